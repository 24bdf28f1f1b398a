/** Pieces both imports use: choosing a file, a progress bar with Cancel, and problems listed by row and column. */
import { useId } from 'react';
import { CSV_LIMITS, formatBytes } from '@shared/csv-import';

export function ChooseFile({ label, hint, onFile, disabled }: { label: string; hint: string; onFile: (file: File) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint} Files up to {formatBytes(CSV_LIMITS.maxBytes)}.
      </p>
      <input
        id={id}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}

export function ReadingProgress({ fileName, read, total, onCancel }: { fileName: string; read: number; total: number; onCancel: () => void }) {
  const percent = total > 0 ? Math.round((read / total) * 100) : 0;
  return (
    <div className="import-progress">
      <label htmlFor="import-progress">Reading {fileName}</label>
      <progress id="import-progress" max={100} value={percent} aria-valuetext={`${percent}% read`}>
        {percent}%
      </progress>
      <p role="status" className="field__hint">
        Read {formatBytes(read)} of {formatBytes(total)}. Nothing is saved until you confirm.
      </p>
      <div>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ProblemList({ title, problems }: { title: string; problems: { row?: number; column?: string; message: string }[] }) {
  const shown = problems.slice(0, 20);
  return (
    <div className="notice notice--error" role="alert">
      <p>{title}</p>
      <ul className="problem-list">
        {shown.map((p, i) => (
          <li key={i}>
            {p.row !== undefined && p.column && !p.message.startsWith('Row ') ? `Row ${p.row}, column “${p.column}”: ` : p.row !== undefined && !p.message.startsWith('Row ') ? `Row ${p.row}: ` : ''}
            {p.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length ? <p>…and {problems.length - shown.length} more. Fix these first, then try again.</p> : null}
    </div>
  );
}

/**
 * What the survey wizard says about the year-group column, under the small-number rule: the number
 * of responses is shown on the screen before, so when one part is small the other is not given
 * exactly either (it would give the small one away by subtraction). A blank count of zero is small too.
 */
export function yearGroupReadingText(recognised: number, blank: number, threshold: number): string {
  const how = '(written as “Y9”, “Year 9”, “9” and so on)';
  if (recognised < threshold) return `Fewer than ${threshold} responses read as year groups ${how}; the rest left it blank.`;
  if (blank < threshold) return `Most responses read as year groups ${how}; fewer than ${threshold} left it blank.`;
  return `${recognised.toLocaleString('en-GB')} responses read as year groups ${how}; ${blank.toLocaleString('en-GB')} left it blank.`;
}
