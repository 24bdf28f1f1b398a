import type { FileFilter } from '@shared/platform';
import { platform } from '../platform';
import { ExportButton } from './ExportButton';

/** Thrown by a document builder with words a lead can act on (shown as is). */
export class ExportProblem extends Error {}

/**
 * Exports an editable document (PowerPoint, Word): builds its bytes here in the app, then saves them
 * through the platform (a native save dialog in the desktop app, a download in browser mode),
 * showing progress and any failure in words.
 */
export function ExportFileButton({ label, suggestedName, mimeType, filter, build }: { label: string; suggestedName: string; mimeType: string; filter: FileFilter; build: () => Promise<Uint8Array> }) {
  return (
    <ExportButton
      label={label}
      busyLabel="Preparing…"
      readyText="File ready."
      exportDocument={async () => platform.saveFile({ suggestedName, data: await build(), mimeType, filters: [filter] })}
      describeFailure={(error) => (error instanceof ExportProblem ? error.message : `Upstream could not make the ${filter.name.toLowerCase()}. Try again.`)}
    />
  );
}
