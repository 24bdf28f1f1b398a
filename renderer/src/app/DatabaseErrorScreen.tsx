import { useEffect } from 'react';
import type { OpenFailure } from '../db/open';

/** Shown instead of a blank window when the data cannot be opened: what happened and what to do. */
export function DatabaseErrorScreen({ failure, onRetry }: { failure: OpenFailure; onRetry: () => void }) {
  useEffect(() => {
    document.title = 'Upstream cannot open your data';
  }, []);
  return (
    <main className="startup-problem" id="main">
      <h1>{failure.title}</h1>
      <p>{failure.advice}</p>
      {failure.kind === 'failed' ? (
        <details>
          <summary>Details for your IT team</summary>
          <code>{failure.detail}</code>
        </details>
      ) : null}
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </main>
  );
}
