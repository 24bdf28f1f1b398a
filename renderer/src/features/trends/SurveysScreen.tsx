import { Link } from 'react-router-dom';
import { formatDateLong } from '@shared/calendar';
import { termLabel } from '@shared/domain';
import { academicYearLabel } from '@shared/calendar';
import { useDatabase } from '../../db/DatabaseContext';
import type { SurveyWave } from '../../db/records';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { deleteSurveyWave, restoreSurveyWave, useSurveyWaves } from './queries';
import { TrendsNav } from './TrendsNav';
import './trends.css';

/** Every survey wave stored, with what was kept and what was dropped on import. */
export function SurveysScreen() {
  const db = useDatabase();
  const toasts = useToasts();
  const waves = useSurveyWaves();

  const remove = async (wave: SurveyWave) => {
    const deleted = await deleteSurveyWave(db, wave.id);
    if (deleted) toasts.show({ message: `Deleted “${wave.title}” and its counts.`, action: { label: 'Undo', run: () => restoreSurveyWave(db, deleted) } });
  };

  return (
    <>
      <PageHeader
        title="Surveys"
        actions={
          <div className="actions-row">
            <Link className="button button--primary" to="/trends/surveys/import">
              Import a survey (CSV)
            </Link>
            <Link className="button button--secondary" to="/trends/surveys/enter">
              Enter results from a report
            </Link>
          </div>
        }
      >
        Each survey is stored as counts of answers by year group. Names, emails, IDs, dates of birth, postcodes and comments are never kept.
      </PageHeader>
      <TrendsNav />
      {waves === undefined ? (
        <p role="status">Loading…</p>
      ) : waves.length === 0 ? (
        <EmptyState title="No surveys yet">
          <p>Import the CSV your survey tool exports, or enter the percentages from a report. Upstream keeps only the counts.</p>
        </EmptyState>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Surveys</caption>
          <thead>
            <tr>
              <th scope="col">Survey</th>
              <th scope="col">Ran</th>
              <th scope="col">Term</th>
              <th scope="col">Questions kept</th>
              <th scope="col">Columns dropped</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr key={w.id}>
                <th scope="row">
                  {w.title} {w.source === 'manual' ? <span className="badge">From a report</span> : null} {w.isSample ? <span className="badge badge--sample">Sample</span> : null}
                </th>
                <td className="nowrap">{formatDateLong(w.date)}</td>
                <td>{w.term ? `${termLabel(w.term)} ${academicYearLabel(w.academicYear)}` : academicYearLabel(w.academicYear)}</td>
                <td>{w.questions.map((q) => q.text).join('; ')}</td>
                <td>{w.droppedColumns && w.droppedColumns.length > 0 ? w.droppedColumns.map((d) => `${d.header} (${d.reason})`).join('; ') : '—'}</td>
                <td>
                  <button type="button" className="button button--quiet button--small" onClick={() => remove(w)} aria-label={`Delete ${w.title}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
