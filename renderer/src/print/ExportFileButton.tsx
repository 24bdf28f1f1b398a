import { useState } from 'react';
import type { FileFilter } from '@shared/platform';
import { platform } from '../platform';

type ExportState = { state: 'idle' } | { state: 'exporting' } | { state: 'saved' } | { state: 'cancelled' } | { state: 'failed'; message: string };

/** Thrown by a document builder with words a lead can act on (shown as is). */
export class ExportProblem extends Error {}

/**
 * Exports an editable document (PowerPoint, Word): builds its bytes here in the app, then saves them
 * through the platform (a native save dialog in the desktop app, a download in browser mode),
 * showing progress and any failure in words.
 */
export function ExportFileButton({ label, suggestedName, mimeType, filter, build }: { label: string; suggestedName: string; mimeType: string; filter: FileFilter; build: () => Promise<Uint8Array> }) {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const run = async () => {
    setStatus({ state: 'exporting' });
    try {
      const data = await build();
      const result = await platform.saveFile({ suggestedName, data, mimeType, filters: [filter] });
      setStatus(result.status === 'failed' ? { state: 'failed', message: result.message } : { state: result.status });
    } catch (error) {
      setStatus({ state: 'failed', message: error instanceof ExportProblem ? error.message : `Upstream could not make the ${filter.name.toLowerCase()}. Try again.` });
    }
  };
  return (
    <span className="export-button">
      <button type="button" className="button button--secondary" onClick={run} disabled={status.state === 'exporting'} aria-busy={status.state === 'exporting'}>
        {status.state === 'exporting' ? 'Preparing…' : label}
      </button>
      <span role="status" className="export-button__status">
        {status.state === 'saved' ? 'File ready.' : status.state === 'cancelled' ? 'Export cancelled.' : ''}
      </span>
      {status.state === 'failed' ? (
        <span role="alert" className="field__error">
          {status.message}
        </span>
      ) : null}
    </span>
  );
}
