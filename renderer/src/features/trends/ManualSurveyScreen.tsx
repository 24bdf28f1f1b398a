/**
 * Survey results from a report ("32% of Year 9, n = 180"), for schools that never see the raw
 * responses. Stored as counts (58 of concern, 122 other) like an imported survey.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { toIsoDate } from '@shared/calendar';
import { yearGroupLabel, type YearGroup } from '@shared/domain';
import { countsFromPercent, parseReportLine } from '@shared/survey-aggregate';
import { useDatabase } from '../../db/DatabaseContext';
import { Field, FieldError } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { saveManualSurvey, TrendsValidationError, type ManualResultRow } from './queries';
import { TrendsNav } from './TrendsNav';
import './trends.css';

interface RowDraft {
  yearGroup: YearGroup | '';
  percent: string;
  n: string;
}

export function ManualSurveyScreen() {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const groups = settings?.yearGroups ?? [];
  const [details, setDetails] = useState({ title: '', date: toIsoDate(new Date()) });
  const [question, setQuestion] = useState({ text: '', concernLabel: '' });
  const [rows, setRows] = useState<RowDraft[]>([{ yearGroup: groups[0] ?? '', percent: '', n: '' }]);
  const [paste, setPaste] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const update = (i: number, patch: Partial<RowDraft>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const addFromPaste = () => {
    const parsed = parseReportLine(paste);
    if (!parsed) return setErrors({ paste: 'Write it like “32% of Year 9, n = 180”.' });
    setErrors({});
    setRows((all) => [...all.filter((r) => r.percent !== '' || r.n !== ''), { yearGroup: parsed.yearGroup ?? '', percent: String(parsed.percent), n: String(parsed.n) }]);
    setPaste('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed: ManualResultRow[] = rows.map((r) => ({ yearGroup: r.yearGroup || null, percent: r.percent.trim() === '' ? NaN : Number(r.percent), n: r.n.trim() === '' ? NaN : Number(r.n) }));
    try {
      const wave = await saveManualSurvey(db, details, question, parsed, settings?.academicYears ?? []);
      toasts.show({ message: `Saved “${wave.title}”.` });
      navigate('/trends/surveys');
    } catch (error) {
      setErrors(error instanceof TrendsValidationError ? error.errors : { form: error instanceof Error ? error.message : 'Upstream could not save the results.' });
    }
  };

  return (
    <>
      <PageHeader title="Enter survey results from a report">For results that arrive as percentages, such as “32% of Year 9, n = 180”. Upstream turns them into counts of pupils.</PageHeader>
      <TrendsNav />
      <form className="settings-form" onSubmit={submit} noValidate aria-label="Survey results from a report">
        {Object.keys(errors).length > 0 && !errors['paste'] ? (
          <div className="notice notice--error" role="alert">
            {errors['form'] ?? 'Some fields need fixing. Nothing has been saved yet.'}
          </div>
        ) : null}
        <section className="form-section" aria-labelledby="manual-survey-heading">
          <h2 id="manual-survey-heading">The survey</h2>
          <div className="form-grid">
            <Field label="Survey name" value={details.title} onChange={(e) => setDetails({ ...details, title: e.target.value })} error={errors['title']} hint="For example: OxWell survey 2026" />
            <Field label="Date the survey ran" type="date" value={details.date} onChange={(e) => setDetails({ ...details, date: e.target.value })} error={errors['date']} />
          </div>
          <Field label="Question" value={question.text} onChange={(e) => setQuestion({ ...question, text: e.target.value })} error={errors['question']} hint="For example: How often do you have trouble sleeping?" />
          <Field label="What the percentage counts" value={question.concernLabel} onChange={(e) => setQuestion({ ...question, concernLabel: e.target.value })} error={errors['concernLabel']} hint="For example: Often or always" />
        </section>
        <section className="form-section" aria-labelledby="manual-results-heading">
          <h2 id="manual-results-heading">Results</h2>
          <div className="field--inline">
            <Field label="Paste a line from the report" value={paste} onChange={(e) => setPaste(e.target.value)} error={errors['paste']} hint="“32% of Year 9, n = 180”" />
            <button type="button" className="button button--secondary" onClick={addFromPaste}>
              Add
            </button>
          </div>
          <table className="data-table">
            <caption className="visually-hidden">Results by year group</caption>
            <thead>
              <tr>
                <th scope="col">Year group</th>
                <th scope="col">Percentage</th>
                <th scope="col">Pupils who answered (n)</th>
                <th scope="col">Stored as</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const label = row.yearGroup ? yearGroupLabel(row.yearGroup) : 'All pupils';
                let storedAs = '';
                try {
                  const c = countsFromPercent(Number(row.percent), Number(row.n));
                  if (row.percent !== '' && row.n !== '') storedAs = `${c.concern} of ${Number(row.n)}`;
                } catch {
                  storedAs = '';
                }
                return (
                  <tr key={i}>
                    <td>
                      <select aria-label={`Year group, result ${i + 1}`} value={row.yearGroup} onChange={(e) => update(i, { yearGroup: e.target.value as YearGroup | '' })}>
                        <option value="">All pupils</option>
                        {groups.map((g) => (
                          <option key={g} value={g}>
                            {yearGroupLabel(g)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input type="number" min={0} max={100} step="0.1" aria-label={`Percentage, ${label}`} value={row.percent} onChange={(e) => update(i, { percent: e.target.value })} />
                    </td>
                    <td>
                      <input type="number" min={1} step={1} aria-label={`Pupils who answered, ${label}`} value={row.n} onChange={(e) => update(i, { n: e.target.value })} />
                      <FieldError message={errors[`rows.${i}`]} />
                    </td>
                    <td>{storedAs}</td>
                    <td>
                      <button type="button" className="button button--quiet button--small" onClick={() => setRows((all) => all.filter((_, j) => j !== i))} aria-label={`Remove the result for ${label}`}>
                        Remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <FieldError message={errors['rows']} />
          <div>
            <button type="button" className="button button--secondary" onClick={() => setRows((all) => [...all, { yearGroup: '', percent: '', n: '' }])}>
              Add a result
            </button>
          </div>
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            Save results
          </button>
          <Link className="button button--secondary" to="/trends/surveys">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
