import { useState } from 'react';

type ExportState = { state: 'idle' } | { state: 'exporting' } | { state: 'saved' } | { state: 'cancelled' } | { state: 'failed'; message: string };

/** What an export came to, as the platform reports a save or a print. */
export type ExportOutcome = { status: 'saved' | 'cancelled' } | { status: 'failed'; message: string };

export interface ExportButtonProps {
  label: string;
  /** Shown on the button while the document is made ("Preparing PDF…"). */
  busyLabel: string;
  /** Announced once the document is saved ("PDF ready."). */
  readyText: string;
  /** Makes the document and hands it to the platform. */
  exportDocument: () => Promise<ExportOutcome>;
  /** The words for a failure: the error's own when it has words a lead can act on, otherwise a general one. */
  describeFailure: (error: unknown) => string;
}

/** The button every export shares: progress while the document is made, then the outcome in words. */
export function ExportButton({ label, busyLabel, readyText, exportDocument, describeFailure }: ExportButtonProps) {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const run = async () => {
    setStatus({ state: 'exporting' });
    try {
      const result = await exportDocument();
      setStatus(result.status === 'failed' ? { state: 'failed', message: result.message } : { state: result.status });
    } catch (error) {
      setStatus({ state: 'failed', message: describeFailure(error) });
    }
  };
  return (
    <span className="export-button">
      <button type="button" className="button button--secondary" onClick={run} disabled={status.state === 'exporting'} aria-busy={status.state === 'exporting'}>
        {status.state === 'exporting' ? busyLabel : label}
      </button>
      <span role="status" className="export-button__status">
        {status.state === 'saved' ? readyText : status.state === 'cancelled' ? 'Export cancelled.' : ''}
      </span>
      {status.state === 'failed' ? (
        <span role="alert" className="field__error">
          {status.message}
        </span>
      ) : null}
    </span>
  );
}
