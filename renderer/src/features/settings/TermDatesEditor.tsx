import { useId } from 'react';
import { academicYearLabel, defaultEnglandTermDates, formatDateLong, isIsoDate } from '@shared/calendar';
import { termLabel, type AcademicYearDates, type TermDates } from '@shared/domain';
import type { FieldErrors } from '@shared/school-settings';
import { FieldError } from '../../ui/Field';

const DATE_FIELDS: { key: keyof Omit<TermDates, 'term'>; label: (term: string) => string }[] = [
  { key: 'start', label: (t) => `${t} term starts` },
  { key: 'halfTermStart', label: (t) => `${t} half term starts` },
  { key: 'halfTermEnd', label: (t) => `${t} half term ends` },
  { key: 'end', label: (t) => `${t} term ends` },
];

interface Props {
  years: AcademicYearDates[];
  selected: number;
  onSelect: (index: number) => void;
  onChange: (years: AcademicYearDates[]) => void;
  /** Errors keyed "academicYears.<i>.terms.<j>.<field>" (from validateSchoolSettings). */
  errors: FieldErrors;
}

/** Edits a school's term and half-term dates, one academic year at a time. */
export function TermDatesEditor({ years, selected, onSelect, onChange, errors }: Props) {
  const selectId = useId();
  const year = years[selected];

  const updateTerm = (termIndex: number, key: keyof Omit<TermDates, 'term'>, value: string) => {
    onChange(
      years.map((y, i) =>
        i !== selected ? y : { ...y, terms: y.terms.map((t, j) => (j === termIndex ? { ...t, [key]: value } : t)) },
      ),
    );
  };
  const addYear = () => {
    const last = years.reduce((max, y) => Math.max(max, y.startYear), years[0]?.startYear ?? new Date().getFullYear() - 1);
    onChange([...years, defaultEnglandTermDates(last + 1)]);
    onSelect(years.length);
  };
  const resetYear = () => {
    if (!year) return;
    onChange(years.map((y, i) => (i === selected ? defaultEnglandTermDates(y.startYear) : y)));
  };
  const removeYear = () => {
    onChange(years.filter((_, i) => i !== selected));
    onSelect(Math.max(0, selected - 1));
  };

  const prefix = `academicYears.${selected}`;
  const termsError = errors[`${prefix}.terms`] ?? errors[prefix];

  return (
    <div className="term-dates">
      <div className="term-dates__toolbar">
        <div className="field field--inline">
          <label htmlFor={selectId}>Academic year</label>
          <select id={selectId} value={selected} onChange={(e) => onSelect(Number(e.target.value))}>
            {years.map((y, i) => (
              <option key={y.startYear} value={i}>
                {academicYearLabel(y.startYear)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={addYear}>
          Add next academic year
        </button>
        <button type="button" className="button button--secondary" onClick={resetYear} disabled={!year}>
          Use England defaults for {year ? academicYearLabel(year.startYear) : 'this year'}
        </button>
        {years.length > 1 ? (
          <button type="button" className="button button--quiet" onClick={removeYear}>
            Remove {year ? academicYearLabel(year.startYear) : 'this year'}
          </button>
        ) : null}
      </div>
      <FieldError message={termsError} />
      {year ? (
        <div className="term-dates__terms">
          {year.terms.map((term, termIndex) => {
            const name = termLabel(term.term);
            const termErrors = DATE_FIELDS.map((f) => errors[`${prefix}.terms.${termIndex}.${f.key}`]).filter(Boolean);
            const errorId = `${selectId}-${termIndex}-error`;
            return (
              <fieldset key={term.term} className="term-dates__term">
                <legend>{name} term</legend>
                <div className="term-dates__grid">
                  {DATE_FIELDS.map((field) => {
                    const value = term[field.key];
                    const invalid = Boolean(errors[`${prefix}.terms.${termIndex}.${field.key}`]);
                    const inputId = `${selectId}-${termIndex}-${field.key}`;
                    return (
                      <div className={`field${invalid ? ' field--invalid' : ''}`} key={field.key}>
                        <label htmlFor={inputId}>{field.label(name)}</label>
                        <input
                          id={inputId}
                          type="date"
                          value={value}
                          required
                          aria-invalid={invalid || undefined}
                          aria-describedby={invalid ? errorId : undefined}
                          onChange={(e) => updateTerm(termIndex, field.key, e.target.value)}
                        />
                        <span className="field__hint">{isIsoDate(value) ? formatDateLong(value) : 'Not set'}</span>
                      </div>
                    );
                  })}
                </div>
                {termErrors.length > 0 ? (
                  <div id={errorId}>
                    {[...new Set(termErrors)].map((message) => (
                      <FieldError key={message} message={message} />
                    ))}
                  </div>
                ) : null}
              </fieldset>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
