import { useState } from 'react';
import type { PrintDocumentKind } from '@shared/print';
import { platform } from '../platform';

type ExportState = { state: 'idle' } | { state: 'exporting' } | { state: 'saved' } | { state: 'cancelled' } | { state: 'failed'; message: string };

/**
 * Exports a print route as a PDF through the platform (a native save dialog in the desktop app,
 * the browser's print dialog in browser mode), showing progress and any failure in words.
 */
export function ExportPdfButton({ route, kind, suggestedName, label }: { route: string; kind: PrintDocumentKind; suggestedName: string; label: string }) {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const run = async () => {
    setStatus({ state: 'exporting' });
    try {
      const result = await platform.printToPdf({ route, kind, suggestedName });
      setStatus(result.status === 'failed' ? { state: 'failed', message: result.message } : { state: result.status });
    } catch {
      setStatus({ state: 'failed', message: 'Upstream could not make the PDF. Try again.' });
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
