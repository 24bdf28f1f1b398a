import { useId } from 'react';
import { academicYearLabel, defaultTermDates, formatDateLong, isIsoDate } from '@shared/calendar';
import { NATION_LABELS, NATIONS, termLabel, type AcademicYearDates, type Nation, type TermDates } from '@shared/domain';
import type { FieldErrors } from '@shared/school-settings';
import { FieldError, SelectField } from '../../ui/Field';
import { InsetDaysEditor } from './InsetDaysEditor';

const DATE_FIELDS: { key: keyof Omit<TermDates, 'term'>; label: (term: string) => string }[] = [
  { key: 'start', label: (t) => `${t} term starts` },
  { key: 'halfTermStart', label: (t) => `${t} half term starts` },
  { key: 'halfTermEnd', label: (t) => `${t} half term ends` },
  { key: 'end', label: (t) => `${t} term ends` },
];

interface Props {
  years: AcademicYearDates[];
  /** The school's nation: its typical dates and bank holidays. */
  nation: Nation;
  selected: number;
  onSelect: (index: number) => void;
  onChange: (years: AcademicYearDates[]) => void;
  /** A new nation, with any year still on the old nation's typical dates moved to the new one's. */
  onNationChange: (nation: Nation, years: AcademicYearDates[]) => void;
  /** Errors keyed "academicYears.<i>.terms.<j>.<field>" and "academicYears.<i>.insetDays.<k>" (from validateSchoolSettings). */
  errors: FieldErrors;
}

/** True while a year's terms are exactly the typical dates for the nation (a starting point, not yet the school's own). */
function isTypical(year: AcademicYearDates, nation: Nation): boolean {
  return JSON.stringify(year.terms) === JSON.stringify(defaultTermDates(year.startYear, nation).terms);
}

/** Edits the school's nation, its term and half-term dates and INSET days, one academic year at a time. */
export function TermDatesEditor({ years, nation, selected, onSelect, onChange, onNationChange, errors }: Props) {
  const selectId = useId();
  const year = years[selected];
  const nationName = NATION_LABELS[nation];

  const updateYear = (patch: Partial<AcademicYearDates>) => onChange(years.map((y, i) => (i === selected ? { ...y, ...patch } : y)));
  const updateTerm = (termIndex: number, key: keyof Omit<TermDates, 'term'>, value: string) => {
    if (year) updateYear({ terms: year.terms.map((t, j) => (j === termIndex ? { ...t, [key]: value } : t)) });
  };
  const addYear = () => {
    const last = years.reduce((max, y) => Math.max(max, y.startYear), years[0]?.startYear ?? new Date().getFullYear() - 1);
    onChange([...years, defaultTermDates(last + 1, nation)]);
    onSelect(years.length);
  };
  const resetYear = () => {
    if (year) updateYear({ terms: defaultTermDates(year.startYear, nation).terms });
  };
  const removeYear = () => {
    onChange(years.filter((_, i) => i !== selected));
    onSelect(Math.max(0, selected - 1));
  };
  const changeNation = (next: Nation) => {
    onNationChange(
      next,
      years.map((y) => (isTypical(y, nation) ? { ...y, terms: defaultTermDates(y.startYear, next).terms } : y)),
    );
  };

  const prefix = `academicYears.${selected}`;
  const termsError = errors[`${prefix}.terms`] ?? errors[prefix];

  return (
    <div className="term-dates">
      <SelectField
        label="Where your school is"
        value={nation}
        options={NATIONS.map((n) => ({ value: n, label: NATION_LABELS[n] }))}
        onChange={changeNation}
        error={errors['nation']}
        hint="Sets the bank holidays Upstream keeps clear, and the typical term dates it offers as a starting point."
      />
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
          Use typical {nationName} dates for {year ? academicYearLabel(year.startYear) : 'this year'}
        </button>
        {years.length > 1 ? (
          <button type="button" className="button button--quiet" onClick={removeYear}>
            Remove {year ? academicYearLabel(year.startYear) : 'this year'}
          </button>
        ) : null}
      </div>
      <FieldError message={termsError} />
      {year && isTypical(year, nation) ? (
        <p className="notice notice--info" role="note">
          <strong>A starting point:</strong> these are typical {nationName} dates for {academicYearLabel(year.startYear)}, not your school’s. Change them to match your
          school’s published term dates; academies and free schools often start in late August.
        </p>
      ) : null}
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
          <InsetDaysEditor days={year.insetDays ?? []} onChange={(insetDays) => updateYear({ insetDays })} errors={errors} prefix={`${prefix}.insetDays`} yearLabel={academicYearLabel(year.startYear)} />
        </div>
      ) : null}
    </div>
  );
}
