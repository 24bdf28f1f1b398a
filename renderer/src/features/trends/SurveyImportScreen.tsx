/**
 * The survey import wizard: choose the file → read it off the main thread (progress, Cancel) →
 * preview (identifying columns already masked) → map (year group, questions, answers of concern) →
 * see exactly what will be stored → confirm: ONE transaction of aggregated counts.
 *
 * The file's rows never reach this component: the worker keeps them encoded until the wizard ends
 * and sends only masked preview rows and per-answer counts. Cancelling, leaving the screen or
 * finishing terminates the worker, and everything it read goes with it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { toIsoDate } from '@shared/calendar';
import { DELIMITER_NAMES, ENCODING_NAMES, sizeProblem, type CsvReadInfo } from '@shared/csv-import';
import { DEFAULT_SUPPRESSION_THRESHOLD, YEAR_GROUPS, type YearGroup } from '@shared/domain';
import { countText } from '@shared/suppression';
import { yearGroupOrBlankLabel, type SurveyAnalysis, type SurveyImportPlan, type SurveyMapping } from '@shared/survey-aggregate';
import { useDatabase } from '../../db/DatabaseContext';
import type { SurveyWave } from '../../db/records';
import { Field, FieldError } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { ImportCancelled, ImportProblem, useCsvClientFactory, type CsvClient } from './csv-client';
import type { JobProblem } from './csv-jobs';
import { ChooseFile, ProblemList, ReadingProgress, yearGroupReadingText } from './ImportParts';
import { importSurvey, TrendsValidationError, validateWaveDetails } from './queries';
import { TrendsNav } from './TrendsNav';
import './trends.css';

const STEPS = ['Choose the file', 'Preview', 'Choose questions', 'Check and confirm'] as const;

type Step =
  | { step: 'choose'; problem?: JobProblem; cancelled?: boolean }
  | { step: 'reading'; fileName: string; read: number; total: number }
  | { step: 'preview'; fileName: string; analysis: SurveyAnalysis; info: CsvReadInfo }
  | { step: 'map'; fileName: string; analysis: SurveyAnalysis; info: CsvReadInfo }
  | { step: 'review'; fileName: string; analysis: SurveyAnalysis; info: CsvReadInfo; plan: SurveyImportPlan }
  | { step: 'done'; wave: SurveyWave; plan: SurveyImportPlan };

interface QuestionChoice {
  keep: boolean;
  text: string;
  concern: string[];
}

function mark(name: string) {
  performance.mark(`upstream:survey-${name}`);
}

export function SurveyImportScreen() {
  const db = useDatabase();
  const settings = useSchoolSettings();
  const threshold = settings?.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const newClient = useCsvClientFactory();
  const client = useRef<CsvClient | null>(null);
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [yearColumn, setYearColumn] = useState<number | null>(null);
  const [unrecognised, setUnrecognised] = useState<SurveyMapping['unrecognisedYearGroups']>('refuse');
  const [choices, setChoices] = useState<Map<number, QuestionChoice>>(new Map());
  const [details, setDetails] = useState({ title: '', date: toIsoDate(new Date()) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<JobProblem | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => () => client.current?.cancel(), []);

  const letGo = () => {
    client.current?.cancel();
    client.current = null;
  };

  const read = async (file: File) => {
    setProblem(null);
    const tooBig = sizeProblem(file.size);
    if (tooBig) return setState({ step: 'choose', problem: { message: tooBig.message } });
    letGo();
    const current = newClient();
    client.current = current;
    mark('read:start');
    setState({ step: 'reading', fileName: file.name, read: 0, total: file.size });
    try {
      const { analysis, info } = await current.analyseSurvey(file, (read, total) => setState((s) => (s.step === 'reading' ? { ...s, read, total } : s)));
      mark('read:end');
      setYearColumn(analysis.suggestedYearGroupColumn);
      setUnrecognised('refuse');
      setChoices(new Map(analysis.columns.filter((c) => c.verdict.keep).map((c) => [c.index, { keep: false, text: c.header, concern: [] }])));
      setDetails((d) => ({ ...d, title: d.title || '' }));
      setState({ step: 'preview', fileName: file.name, analysis, info });
    } catch (error) {
      if (client.current === current) letGo();
      if (error instanceof ImportCancelled) return;
      setState({ step: 'choose', problem: error instanceof ImportProblem ? error.problem : { message: 'Upstream could not read this file.' } });
    }
  };

  const cancel = () => {
    letGo();
    setProblem(null);
    setErrors({});
    setState({ step: 'choose', cancelled: true });
  };

  const mapping = (): SurveyMapping => ({
    yearGroupColumn: yearColumn,
    unrecognisedYearGroups: unrecognised,
    questions: [...choices.entries()].filter(([column, c]) => c.keep && column !== yearColumn).map(([column, c]) => ({ column, text: c.text, concernAnswers: c.concern })),
  });

  const toReview = async () => {
    if (state.step !== 'map' || !client.current) return;
    const found: Record<string, string> = { ...validateWaveDetails(details) };
    const chosen = mapping().questions;
    if (chosen.length === 0) found['questions'] = 'Choose at least one question to keep.';
    for (const q of chosen) if (q.concernAnswers.length === 0) found[`q${q.column}`] = 'Choose at least one answer that counts as “of concern”.';
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input, .question-choice .field__error')?.scrollIntoView({ block: 'center' }));
      return;
    }
    setBusy(true);
    try {
      mark('plan:start');
      const plan = await client.current.planSurvey(mapping());
      mark('plan:end');
      setState({ ...state, step: 'review', plan });
      window.scrollTo?.(0, 0);
    } catch (error) {
      setProblem(error instanceof ImportProblem ? error.problem : { message: 'Upstream could not work out the counts. Check your choices.' });
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (state.step !== 'review') return;
    setBusy(true);
    setProblem(null);
    try {
      mark('save:start');
      const wave = await importSurvey(db, details, state.plan, settings?.academicYears ?? []);
      mark('save:end');
      letGo();
      setState({ step: 'done', wave, plan: state.plan });
    } catch (error) {
      setProblem({ message: `Nothing has been stored. ${error instanceof TrendsValidationError ? error.message : error instanceof Error ? error.message : 'Upstream could not save the counts.'}` });
    } finally {
      setBusy(false);
    }
  };

  const stepIndex = state.step === 'choose' || state.step === 'reading' ? 0 : state.step === 'preview' ? 1 : state.step === 'map' ? 2 : 3;
  return (
    <>
      <PageHeader title="Import a survey">
        From Microsoft Forms, Google Forms or a survey provider, saved as CSV. Upstream keeps only counts of answers by year group: never names, emails, IDs or comments, and never the
        file’s rows.
      </PageHeader>
      <TrendsNav />
      {state.step !== 'done' ? (
        <ol className="wizard-steps" aria-label="Import steps">
          {STEPS.map((label, i) => (
            <li key={label} aria-current={i === stepIndex ? 'step' : undefined}>
              {i + 1}. {label}
            </li>
          ))}
        </ol>
      ) : null}
      {problem ? <ProblemList title="This needs fixing first. Nothing has been stored." problems={[problem]} /> : null}

      {state.step === 'choose' ? (
        <section className="form-section" aria-labelledby="choose-heading">
          <h2 id="choose-heading">Choose the file</h2>
          {state.cancelled ? <p role="status">Cancelled. Nothing has been stored, and Upstream has let go of the file.</p> : null}
          {state.problem ? <ProblemList title="Upstream cannot import this file. Nothing has been stored." problems={[state.problem]} /> : null}
          <ChooseFile label="Survey file (CSV)" hint="In Forms: Responses, Open in Excel, then Save As “CSV UTF-8”. In Google Forms: Responses, Download responses (.csv)." onFile={read} />
        </section>
      ) : null}

      {state.step === 'reading' ? <ReadingProgress fileName={state.fileName} read={state.read} total={state.total} onCancel={cancel} /> : null}

      {state.step === 'preview' ? <PreviewStep analysis={state.analysis} info={state.info} fileName={state.fileName} onNext={() => setState({ ...state, step: 'map' })} onCancel={cancel} /> : null}

      {state.step === 'map' ? (
        <MapStep
          analysis={state.analysis}
          threshold={threshold}
          yearColumn={yearColumn}
          setYearColumn={setYearColumn}
          unrecognised={unrecognised}
          setUnrecognised={setUnrecognised}
          choices={choices}
          setChoice={(column, patch) => setChoices((all) => new Map(all).set(column, { ...all.get(column)!, ...patch }))}
          details={details}
          setDetails={setDetails}
          errors={errors}
          busy={busy}
          onBack={() => setState({ ...state, step: 'preview' })}
          onNext={toReview}
          onCancel={cancel}
        />
      ) : null}

      {state.step === 'review' ? <ReviewStep plan={state.plan} threshold={threshold} title={details.title} busy={busy} onBack={() => setState({ ...state, step: 'map' })} onConfirm={confirm} onCancel={cancel} /> : null}

      {state.step === 'done' ? (
        <section className="form-section" aria-labelledby="done-heading">
          <h2 id="done-heading">Stored</h2>
          <p role="status">
            Stored {state.plan.rowCount} counts from {state.plan.responses.toLocaleString('en-GB')} responses as “{state.wave.title}”. Upstream has let go of the file: none of its rows were
            kept.
          </p>
          <ul className="actions-row" aria-label="What next">
            {state.wave.questions.map((q) => (
              <li key={q.id} style={{ listStyle: 'none' }}>
                <Link className="button button--secondary" to={`/trends/indicators/new?question=${encodeURIComponent(q.text)}`}>
                  Make an indicator from “{q.text}”
                </Link>
              </li>
            ))}
            <li style={{ listStyle: 'none' }}>
              <Link className="button button--primary" to="/trends">
                See the trends
              </Link>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  );
}

function PreviewStep({ analysis, info, fileName, onNext, onCancel }: { analysis: SurveyAnalysis; info: CsvReadInfo; fileName: string; onNext: () => void; onCancel: () => void }) {
  const dropped = analysis.columns.filter((c) => !c.verdict.keep);
  return (
    <section className="form-section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <p>
        {fileName}: <strong>{analysis.responses.toLocaleString('en-GB')} responses</strong> and {analysis.columns.length} columns, read as {ENCODING_NAMES[info.encoding]}
        {info.hadBom ? ' (with a byte-order mark)' : ''}, separated by {DELIMITER_NAMES[info.delimiter]}.
      </p>
      {analysis.notes.map((note) => (
        <p key={note} className="warning">
          {note}
        </p>
      ))}
      <div className="preview-table" tabIndex={0} role="region" aria-label="Preview of the first responses">
        <table className="data-table">
          <caption>The first {analysis.preview.length} responses, with identifying columns and free text already hidden</caption>
          <thead>
            <tr>
              {analysis.columns.map((c) => (
                <th key={c.index} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {analysis.preview.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className={analysis.columns[c]!.verdict.keep ? undefined : 'masked'}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DroppedList dropped={dropped.map((c) => ({ header: c.header, reason: c.verdictText }))} />
      <div className="actions-row">
        <button type="button" className="button button--primary" onClick={onNext}>
          Next: choose questions
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function DroppedList({ dropped }: { dropped: { header: string; reason: string }[] }) {
  if (dropped.length === 0) return <p>Every column can be kept: none looks identifying or like free text.</p>;
  return (
    <div>
      <h3>Columns Upstream will not keep</h3>
      <ul className="dropped-list" aria-label="Columns Upstream will not keep">
        {dropped.map((d) => (
          <li key={d.header}>
            <strong>{d.header}</strong>: {d.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface MapStepProps {
  analysis: SurveyAnalysis;
  threshold: number;
  yearColumn: number | null;
  setYearColumn: (column: number | null) => void;
  unrecognised: SurveyMapping['unrecognisedYearGroups'];
  setUnrecognised: (value: SurveyMapping['unrecognisedYearGroups']) => void;
  choices: Map<number, QuestionChoice>;
  setChoice: (column: number, patch: Partial<QuestionChoice>) => void;
  details: { title: string; date: string };
  setDetails: (details: { title: string; date: string }) => void;
  errors: Record<string, string>;
  busy: boolean;
  onBack: () => void;
  onNext: () => void;
  onCancel: () => void;
}

function MapStep(props: MapStepProps) {
  const { analysis, threshold, yearColumn, choices, errors } = props;
  const kept = analysis.columns.filter((c) => c.verdict.keep);
  const yearReading = yearColumn === null ? null : analysis.columns[yearColumn]?.yearGroups;
  return (
    <section className="form-section" aria-labelledby="map-heading">
      <h2 id="map-heading">Choose what to keep</h2>
      <div className="form-grid">
        <Field label="Survey name" value={props.details.title} onChange={(e) => props.setDetails({ ...props.details, title: e.target.value })} error={errors['title']} hint="For example: Autumn wellbeing survey" />
        <Field label="Date the survey ran" type="date" value={props.details.date} onChange={(e) => props.setDetails({ ...props.details, date: e.target.value })} error={errors['date']} />
      </div>
      <div className="field">
        <label htmlFor="year-column">Which column is the year group?</label>
        <select id="year-column" value={yearColumn === null ? '' : String(yearColumn)} onChange={(e) => props.setYearColumn(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">No year-group column (count everyone together)</option>
          {kept.map((c) => (
            <option key={c.index} value={String(c.index)}>
              {c.header}
            </option>
          ))}
        </select>
        {yearReading ? (
          <p className="field__hint">
            {yearGroupReadingText(yearReading.recognised, yearReading.blank, threshold)}
          </p>
        ) : null}
      </div>
      {yearReading && yearReading.unrecognised.length > 0 ? (
        <fieldset className="question-choice">
          <legend>Some year groups could not be read</legend>
          <ul className="dropped-list">
            {yearReading.unrecognised.slice(0, 8).map((u) => (
              <li key={u.value}>
                Row {u.firstRow}, column “{analysis.columns[yearColumn!]!.header}”: “{u.value}” ({countText(u.count, threshold)} responses)
              </li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="radio" name="unrecognised" checked={props.unrecognised === 'refuse'} onChange={() => props.setUnrecognised('refuse')} />
            Stop: I will fix the file and import it again
          </label>
          <label className="checkbox">
            <input type="radio" name="unrecognised" checked={props.unrecognised === 'count-without-year-group'} onChange={() => props.setUnrecognised('count-without-year-group')} />
            Count these responses under “year group not given”
          </label>
        </fieldset>
      ) : null}
      <h3>Questions</h3>
      <FieldError message={errors['questions']} />
      {kept
        .filter((c) => c.index !== yearColumn)
        .map((c) => {
          const choice = choices.get(c.index) ?? { keep: false, text: c.header, concern: [] };
          const error = errors[`q${c.index}`];
          return (
            <fieldset key={c.index} className={`question-choice${error ? ' field--invalid' : ''}`}>
              <legend>{c.header}</legend>
              <label className="checkbox">
                <input type="checkbox" checked={choice.keep} onChange={(e) => props.setChoice(c.index, { keep: e.target.checked })} />
                Keep this question
              </label>
              {choice.keep ? (
                <>
                  <Field label="Question as it will be shown" value={choice.text} onChange={(e) => props.setChoice(c.index, { text: e.target.value })} />
                  <fieldset className="checkbox-group">
                    <legend>Answers that count as “of concern”</legend>
                    <div className="checkbox-group__options">
                      {c.answers.map((a) => (
                        <label key={a.answer} className="checkbox">
                          <input
                            type="checkbox"
                            checked={choice.concern.includes(a.answer)}
                            onChange={(e) => props.setChoice(c.index, { concern: e.target.checked ? [...choice.concern, a.answer] : choice.concern.filter((x) => x !== a.answer) })}
                          />
                          {a.answer} <span className="field__hint">({countText(a.count, threshold)})</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                  <FieldError message={error} />
                </>
              ) : null}
            </fieldset>
          );
        })}
      <div className="actions-row">
        <button type="button" className="button button--primary" onClick={props.onNext} disabled={props.busy}>
          Next: check what will be stored
        </button>
        <button type="button" className="button button--secondary" onClick={props.onBack}>
          Back
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function ReviewStep({ plan, threshold, title, busy, onBack, onConfirm, onCancel }: { plan: SurveyImportPlan; threshold: number; title: string; busy: boolean; onBack: () => void; onConfirm: () => void; onCancel: () => void }) {
  const groups: (YearGroup | null)[] = useMemo(() => [...YEAR_GROUPS.filter((g) => plan.yearGroups.includes(g)), ...(plan.withoutYearGroup > 0 ? [null] : [])], [plan]);
  return (
    <section className="form-section" aria-labelledby="review-heading">
      <h2 id="review-heading">What will be stored</h2>
      <p>
        Upstream will store <strong>{plan.rowCount} counts</strong> for “{title.trim()}”: how many of the {plan.responses.toLocaleString('en-GB')} responses gave each answer, by year group. It
        will not store any row of the file.
      </p>
      {plan.questions.map((q) => {
        const answers = [...new Set(q.counts.map((c) => c.answer))];
        return (
          <div key={q.column} className="preview-table" tabIndex={0} role="region" aria-label={`Counts for ${q.text}`}>
            <table className="data-table">
              <caption>
                {q.text} (of concern: {q.concernAnswers.join(', ')})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  {groups.map((g) => (
                    <th key={g ?? 'none'} scope="col">
                      {yearGroupOrBlankLabel(g)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {answers.map((answer) => (
                  <tr key={answer}>
                    <th scope="row">
                      {answer}
                      {q.concernAnswers.includes(answer) ? ' (of concern)' : ''}
                    </th>
                    {groups.map((g) => (
                      <td key={g ?? 'none'}>{countText(q.counts.find((c) => c.answer === answer && c.yearGroup === g)?.count ?? 0, threshold)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <p className="field__hint">Counts are stored exactly, so totals add up; here, on charts and in reports, any count below {threshold} is shown as “fewer than {threshold}”.</p>
      <DroppedList dropped={plan.dropped} />
      <div className="actions-row">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          Store these counts
        </button>
        <button type="button" className="button button--secondary" onClick={onBack} disabled={busy}>
          Back
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}
