import { addDays, startOfWeek } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { formatDateLong, formatWeekday, parseIsoDate, toIsoDate } from '@shared/calendar';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign } from '../../db/records';
import { ACTIVITY_TYPE_LABELS } from '../campaigns/labels';

export interface WeekAhead {
  coming: Activity[];
  overdue: Activity[];
  reviewsDue: Campaign[];
}

/** What is coming this week and next, and what needs updating (past activities still planned, reviews due). */
export function weekAhead(activities: Activity[], campaigns: Campaign[], today: Date): WeekAhead {
  const todayIso = toIsoDate(today);
  const monday = toIsoDate(startOfWeek(today, { weekStartsOn: 1 }));
  const endOfNextWeek = toIsoDate(addDays(startOfWeek(today, { weekStartsOn: 1 }), 13));
  return {
    coming: activities.filter((a) => a.status !== 'cancelled' && a.date >= monday && a.date <= endOfNextWeek).sort((a, b) => (a.date + (a.startTime ?? '')).localeCompare(b.date + (b.startTime ?? ''))),
    overdue: activities.filter((a) => a.status === 'planned' && a.date < todayIso).sort((a, b) => a.date.localeCompare(b.date)),
    reviewsDue: campaigns.filter((c) => c.reviewDate && c.reviewDate <= todayIso && c.status !== 'finished' && c.status !== 'archived'),
  };
}

export function ThisWeekCard({ today }: { today: Date }) {
  const db = useDatabase();
  const monday = toIsoDate(startOfWeek(today, { weekStartsOn: 1 }));
  const data = useLiveQuery(async () => {
    const [activities, campaigns] = await Promise.all([
      // Only what the card can show: from a year back (overdue) to the end of next week.
      db.activities.where('date').between(toIsoDate(addDays(today, -365)), toIsoDate(addDays(parseIsoDate(monday), 14)), true, false).toArray(),
      db.campaigns.toArray(),
    ]);
    return { ahead: weekAhead(activities, campaigns, today), titles: new Map(campaigns.map((c) => [c.id, c.title])) };
  }, [db, monday]);

  return (
    <section className="card card--wide" aria-labelledby="coming-up">
      <h2 id="coming-up">This week and next</h2>
      {data === undefined ? (
        <p role="status">Loading…</p>
      ) : data.ahead.coming.length === 0 && data.ahead.overdue.length === 0 && data.ahead.reviewsDue.length === 0 ? (
        <>
          <p>Nothing planned for this week or next. Assemblies, workshops and drop-ins you plan will appear here.</p>
          <Link className="button button--secondary" to="/campaigns">
            Go to campaigns
          </Link>
        </>
      ) : (
        <>
          {data.ahead.coming.length > 0 ? (
            <ul className="week-list" aria-label="Coming up">
              {data.ahead.coming.map((a) => (
                <li key={a.id}>
                  <span className="week-list__when">
                    {formatWeekday(a.date)}
                    {a.startTime ? `, ${a.startTime}` : ''}
                  </span>
                  <Link to={`/campaigns/${a.campaignId}/activities/${a.id}`}>{a.title}</Link>
                  <span className="week-list__meta">
                    {ACTIVITY_TYPE_LABELS[a.type]} · {data.titles.get(a.campaignId)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>Nothing planned for this week or next.</p>
          )}
          {data.ahead.overdue.length > 0 || data.ahead.reviewsDue.length > 0 ? (
            <>
              <h3>Needs updating</h3>
              <ul className="week-list" aria-label="Needs updating">
                {data.ahead.overdue.map((a) => (
                  <li key={a.id}>
                    <Link to={`/campaigns/${a.campaignId}/activities/${a.id}`}>{a.title}</Link>
                    <span className="week-list__meta">was on {formatDateLong(a.date)} and is still marked planned: mark it done with its reach, or cancelled.</span>
                  </li>
                ))}
                {data.ahead.reviewsDue.map((c) => (
                  <li key={c.id}>
                    <Link to={`/campaigns/${c.id}`}>{c.title}</Link>
                    <span className="week-list__meta">review was due on {formatDateLong(c.reviewDate!)}.</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
