import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateLong } from '@shared/calendar';
import { mayNameTopics } from '@shared/disclosure';
import { countText } from '@shared/suppression';
import { sessionTypeLabel } from '@shared/tally-import';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '@shared/domain';
import { useDatabase } from '../../db/DatabaseContext';
import type { CheckInSession } from '../../db/records';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { deleteCheckIn, restoreCheckIn, useCheckIns } from './queries';
import { TrendsNav } from './TrendsNav';
import './trends.css';

const PAGE = 40;

/** Past drop-in sessions, newest first, with edit and delete (undo in the toast). */
export function CheckInsScreen() {
  const db = useDatabase();
  const toasts = useToasts();
  const sessions = useCheckIns();
  const settings = useSchoolSettings();
  const threshold = settings?.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const [shown, setShown] = useState(PAGE);
  const [error, setError] = useState('');

  const remove = async (session: CheckInSession) => {
    setError('');
    try {
      const deleted = await deleteCheckIn(db, session.id);
      if (deleted) toasts.show({ message: `Deleted the session on ${formatDateLong(session.date)}.`, action: { label: 'Undo', run: () => restoreCheckIn(db, deleted) } });
    } catch {
      setError('Upstream could not delete that session. Nothing has changed.');
    }
  };

  return (
    <>
      <PageHeader
        title="Drop-in sessions"
        actions={
          <Link className="button button--primary" to="/trends/check-ins/new">
            Record a drop-in
          </Link>
        }
      >
        Every session you have tallied. Totals below {threshold} are shown as “fewer than {threshold}”.
      </PageHeader>
      <TrendsNav />
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {sessions === undefined ? (
        <p role="status">Loading…</p>
      ) : sessions.length === 0 ? (
        <EmptyState
          title="No sessions yet"
          action={
            <Link className="button button--secondary" to="/trends/check-ins/import">
              Import past tallies (CSV)
            </Link>
          }
        >
          <p>Record a drop-in as it happens, or import the tallies you kept last year from a spreadsheet.</p>
        </EmptyState>
      ) : (
        <>
          <p className="result-count">
            {sessions.length} session{sessions.length === 1 ? '' : 's'}
          </p>
          <table className="data-table">
            <caption className="visually-hidden">Past drop-in sessions</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Session</th>
                <th scope="col">Visits</th>
                <th scope="col">Topics raised</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.slice(0, shown).map((s) => {
                const total = s.counts.reduce((n, c) => n + c.count, 0);
                const topics = [...new Set(s.counts.map((c) => c.topic))];
                return (
                  <tr key={s.id}>
                    <th scope="row" className="nowrap">
                      {formatDateLong(s.date)}
                    </th>
                    <td>{sessionTypeLabel(s.sessionType)}</td>
                    <td>{countText(total, threshold)}</td>
                    <td>{mayNameTopics(total, topics.length, threshold) ? topics.join(', ') : <span className="field__hint">not listed: too few visits to name the topics without revealing small numbers</span>}</td>
                    <td>
                      <div className="actions-row">
                        <Link className="button button--secondary button--small" to={`/trends/check-ins/${s.id}`} aria-label={`Edit the session on ${formatDateLong(s.date)}`}>
                          Edit
                        </Link>
                        <button type="button" className="button button--quiet button--small" onClick={() => remove(s)} aria-label={`Delete the session on ${formatDateLong(s.date)}`}>
                          Delete
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {sessions.length > shown ? (
            <p>
              <button type="button" className="button button--secondary" onClick={() => setShown((n) => n + PAGE * 5)}>
                Show more sessions
              </button>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
