import { useId } from 'react';
import { formatWeekday, isIsoDate } from '@shared/calendar';
import type { IsoDate } from '@shared/domain';
import type { FieldErrors } from '@shared/school-settings';

interface Props {
  days: IsoDate[];
  onChange: (days: IsoDate[]) => void;
  /** Errors keyed `${prefix}.<index>`. */
  errors: FieldErrors;
  prefix: string;
  yearLabel: string;
}

/** A year's INSET (training) days: school days with no pupils in school, never used for activities. */
export function InsetDaysEditor({ days, onChange, errors, prefix, yearLabel }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <fieldset className="term-dates__term inset-days">
      <legend>INSET days {yearLabel}</legend>
      <p className="field__hint" id={hintId}>
        Training days inside a term: pupils are not in school, so Upstream never schedules an activity on one. Bank holidays are added for you.
      </p>
      {days.length === 0 ? <p>No INSET days entered for {yearLabel}.</p> : null}
      <ul className="inset-days__list">
        {days.map((day, index) => {
          const error = errors[`${prefix}.${index}`];
          const inputId = `${id}-${index}`;
          const errorId = `${inputId}-error`;
          return (
            <li key={index} className={`field${error ? ' field--invalid' : ''}`}>
              <label htmlFor={inputId}>INSET day {index + 1}</label>
              <div className="inset-days__row">
                <input
                  id={inputId}
                  type="date"
                  value={day}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${hintId} ${errorId}` : hintId}
                  onChange={(e) => onChange(days.map((d, i) => (i === index ? e.target.value : d)))}
                />
                <button type="button" className="button button--quiet" onClick={() => onChange(days.filter((_, i) => i !== index))}>
                  Remove INSET day {index + 1}
                </button>
              </div>
              <span className="field__hint">{isIsoDate(day) ? formatWeekday(day) : 'Not set'}</span>
              {error ? (
                <p className="field__error" id={errorId}>
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--secondary" onClick={() => onChange([...days, ''])}>
        Add an INSET day
      </button>
    </fieldset>
  );
}
