import { useEffect } from 'react';
import type { PrintDocumentKind } from '@shared/print';
import { useDatabase } from '../db/DatabaseContext';
import { platform } from '../platform';
import { ExportButton } from './ExportButton';
import { preloadPrintView } from './print-views';
import { PrintSnapshotError, snapshotPrintRoute } from './snapshot';

/**
 * Exports a print route as a PDF: renders the document here (snapshot.tsx), then hands it to the
 * platform (a native save dialog in the desktop app, the browser's print dialog in browser mode),
 * showing progress and any failure in words.
 */
export function ExportPdfButton({ route, kind, suggestedName, label }: { route: string; kind: PrintDocumentKind; suggestedName: string; label: string }) {
  const db = useDatabase();
  // Have the view's code in before the lead clicks, once the screen around the button has settled.
  useEffect(() => {
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = whenIdle(() => void preloadPrintView(route));
    return () => cancel(handle);
  }, [route]);
  return (
    <ExportButton
      label={label}
      busyLabel="Preparing PDF…"
      readyText="PDF ready."
      exportDocument={async () => platform.printToPdf({ document: await snapshotPrintRoute(db, route), kind, suggestedName })}
      describeFailure={(error) => (error instanceof PrintSnapshotError ? error.message : 'Upstream could not make the PDF. Try again.')}
    />
  );
}
