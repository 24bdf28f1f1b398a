import { useEffect, useState } from 'react';
import type { PrintDocumentKind } from '@shared/print';
import { useDatabase } from '../db/DatabaseContext';
import { platform } from '../platform';
import { preloadPrintView } from './print-views';
import { PrintSnapshotError, snapshotPrintRoute } from './snapshot';

type ExportState = { state: 'idle' } | { state: 'exporting' } | { state: 'saved' } | { state: 'cancelled' } | { state: 'failed'; message: string };

/**
 * Exports a print route as a PDF: renders the document here (snapshot.tsx), then hands it to the
 * platform (a native save dialog in the desktop app, the browser's print dialog in browser mode),
 * showing progress and any failure in words.
 */
export function ExportPdfButton({ route, kind, suggestedName, label }: { route: string; kind: PrintDocumentKind; suggestedName: string; label: string }) {
  const db = useDatabase();
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  // Have the view's code in before the lead clicks, once the screen around the button has settled.
  useEffect(() => {
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = whenIdle(() => void preloadPrintView(route));
    return () => cancel(handle);
  }, [route]);
  const run = async () => {
    setStatus({ state: 'exporting' });
    try {
      const document = await snapshotPrintRoute(db, route);
      const result = await platform.printToPdf({ document, kind, suggestedName });
      setStatus(result.status === 'failed' ? { state: 'failed', message: result.message } : { state: result.status });
    } catch (error) {
      setStatus({ state: 'failed', message: error instanceof PrintSnapshotError ? error.message : 'Upstream could not make the PDF. Try again.' });
    }
  };
  return (
    <span className="export-button">
      <button type="button" className="button button--secondary" onClick={run} disabled={status.state === 'exporting'} aria-busy={status.state === 'exporting'}>
        {status.state === 'exporting' ? 'Preparing PDF…' : label}
      </button>
      <span role="status" className="export-button__status">
        {status.state === 'saved' ? 'PDF ready.' : status.state === 'cancelled' ? 'Export cancelled.' : ''}
      </span>
      {status.state === 'failed' ? (
        <span role="alert" className="field__error">
          {status.message}
        </span>
      ) : null}
    </span>
  );
}
