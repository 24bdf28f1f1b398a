/**
 * Import historical drop-in tallies from a CSV (date, topic, count[, year group][, session type]):
 * choose the file, read it off the main thread, check every row (problems named by row and column),
 * preview the sessions it makes, then store them in one transaction.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateLong } from '@shared/calendar';
import { DELIMITER_NAMES, ENCODING_NAMES, sizeProblem, type CsvReadInfo } from '@shared/csv-import';
import { planTallyImport, sessionTypeLabel, topicsOf, type TallyImportPlan, type TallyImportProblem } from '@shared/tally-import';
import { useDatabase } from '../../db/DatabaseContext';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { ImportCancelled, ImportProblem, useCsvClientFactory, type CsvClient } from './csv-client';
import { ChooseFile, ProblemList, ReadingProgress } from './ImportParts';
import { importTallies } from './queries';
import { TrendsNav } from './TrendsNav';
import './trends.css';

type State =
  | { step: 'choose'; problems?: { title: string; list: (TallyImportProblem | { message: string; row?: number; column?: string })[] }; cancelled?: boolean }
  | { step: 'reading'; fileName: string; read: number; total: number }
  | { step: 'preview'; fileName: string; plan: TallyImportPlan; info: CsvReadInfo }
  | { step: 'saving'; fileName: string; plan: TallyImportPlan; info: CsvReadInfo }
  | { step: 'done'; sessions: number };

export function TallyImportScreen() {
  const db = useDatabase();
  const settings = useSchoolSettings();
  const newClient = useCsvClientFactory();
  const client = useRef<CsvClient | null>(null);
  const [state, setState] = useState<State>({ step: 'choose' });
  const [saveError, setSaveError] = useState('');

  useEffect(() => () => client.current?.cancel(), []);

  const read = async (file: File) => {
    const tooBig = sizeProblem(file.size);
    if (tooBig) return setState({ step: 'choose', problems: { title: 'Upstream cannot read this file.', list: [{ message: tooBig.message }] } });
    client.current?.cancel();
    const current = newClient();
    client.current = current;
    setState({ step: 'reading', fileName: file.name, read: 0, total: file.size });
    try {
      const { header, records, info } = await current.readTallies(file, (r, total) => setState((s) => (s.step === 'reading' ? { ...s, read: r, total } : s)));
      const { plan, problems } = planTallyImport(header, records, topicsOf(settings));
      if (!plan) return setState({ step: 'choose', problems: { title: `${file.name} has ${problems.length} problem${problems.length === 1 ? '' : 's'}. Nothing has been imported.`, list: problems } });
      setState({ step: 'preview', fileName: file.name, plan, info });
    } catch (error) {
      if (error instanceof ImportCancelled) return setState({ step: 'choose', cancelled: true });
      const problem = error instanceof ImportProblem ? error.problem : { message: 'Upstream could not read this file.' };
      setState({ step: 'choose', problems: { title: `Upstream cannot import ${file.name}. Nothing has been imported.`, list: [problem] } });
    } finally {
      current.cancel();
      if (client.current === current) client.current = null;
    }
  };

  const cancel = () => {
    client.current?.cancel();
    client.current = null;
    setState({ step: 'choose', cancelled: true });
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setSaveError('');
    setState({ ...state, step: 'saving' });
    try {
      const sessions = await importTallies(db, state.plan, state.fileName);
      setState({ step: 'done', sessions });
    } catch (error) {
      setSaveError(`Upstream could not save the tallies, so nothing was imported. ${error instanceof Error ? error.message : ''}`.trim());
      setState({ ...state, step: 'preview' });
    }
  };

  return (
    <>
      <PageHeader title="Import past drop-in tallies">From a spreadsheet with a row per topic per session: date, topic and count, and optionally year group and session type.</PageHeader>
      <TrendsNav />
      {state.step === 'choose' ? (
        <section className="form-section" aria-labelledby="tally-file-heading">
          <h2 id="tally-file-heading">Choose the file</h2>
          {state.cancelled ? <p role="status">Cancelled. Nothing has been imported.</p> : null}
          {state.problems ? <ProblemList title={state.problems.title} problems={state.problems.list} /> : null}
          <p>
            The first row names the columns: <strong>date</strong>, <strong>topic</strong>, <strong>count</strong>, and if you have them <strong>year group</strong> and{' '}
            <strong>session type</strong>. For example: <code>24/11/2026,sleep,4,Year 9,bistro drop-in</code>.
          </p>
          <ChooseFile label="Tally file (CSV)" hint="Save it from Excel or Google Sheets as CSV." onFile={read} />
        </section>
      ) : null}
      {state.step === 'reading' ? <ReadingProgress fileName={state.fileName} read={state.read} total={state.total} onCancel={cancel} /> : null}
      {state.step === 'preview' || state.step === 'saving' ? (
        <section className="form-section" aria-labelledby="tally-preview-heading">
          <h2 id="tally-preview-heading">Check before importing</h2>
          {saveError ? (
            <p className="notice notice--error" role="alert">
              {saveError}
            </p>
          ) : null}
          <p>
            {state.plan.rows} rows make <strong>{state.plan.sessions.length} sessions</strong> from {formatDateLong(state.plan.firstDate)} to {formatDateLong(state.plan.lastDate)}, with{' '}
            {state.plan.totalVisits} visits in all. Read as {ENCODING_NAMES[state.info.encoding]}, separated by {DELIMITER_NAMES[state.info.delimiter]}.
          </p>
          {state.plan.newTopics.length > 0 ? <p className="warning">These topics are not in your list yet and will be added to it: {state.plan.newTopics.join(', ')}.</p> : null}
          <table className="data-table">
            <caption>The first sessions</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Session</th>
                <th scope="col">Topics and counts</th>
              </tr>
            </thead>
            <tbody>
              {state.plan.sessions.slice(0, 8).map((s) => (
                <tr key={`${s.date}-${s.sessionType}`}>
                  <th scope="row" className="nowrap">
                    {formatDateLong(s.date)}
                  </th>
                  <td>{sessionTypeLabel(s.sessionType)}</td>
                  <td>{s.counts.map((c) => `${c.topic}${c.yearGroup ? ` (${c.yearGroup.replace('Y', 'Year ')})` : ''}: ${c.count}`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions-row">
            <button type="button" className="button button--primary" onClick={confirm} disabled={state.step === 'saving'}>
              Import {state.plan.sessions.length} sessions
            </button>
            <button type="button" className="button button--secondary" onClick={() => setState({ step: 'choose' })} disabled={state.step === 'saving'}>
              Choose another file
            </button>
          </div>
        </section>
      ) : null}
      {state.step === 'done' ? (
        <section className="form-section" aria-labelledby="tally-done-heading">
          <h2 id="tally-done-heading">Imported</h2>
          <p role="status">
            {state.sessions} session{state.sessions === 1 ? '' : 's'} imported. The file itself has not been kept.
          </p>
          <div className="actions-row">
            <Link className="button button--primary" to="/trends">
              See the trends
            </Link>
            <Link className="button button--secondary" to="/trends/check-ins">
              See the sessions
            </Link>
          </div>
        </section>
      ) : null}
    </>
  );
}
