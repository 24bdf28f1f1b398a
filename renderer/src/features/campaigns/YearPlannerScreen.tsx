import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { academicYearBounds, academicYearLabel, academicYearOf, formatWeekday, parseIsoDate, toIsoDate } from '@shared/calendar';
import { termLabel, yearGroupsSummary } from '@shared/domain';
import { documentFileName } from '@shared/print';
import { activityWarnings, planYearWeeks, type PlannerWeek } from '@shared/scheduling';
import { addDays } from 'date-fns';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity } from '../../db/records';
import { SelectField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { exportActivitiesAsIcs } from './calendar-export';
import { ACTIVITY_TYPE_LABELS } from './labels';

const WEEK_STATUS_LABELS: Record<PlannerWeek['status'], string> = {
  teaching: 'Teaching',
  'half-term': 'Half term',
  holiday: 'Holiday',
  mixed: 'Part holiday',
  unknown: 'No term dates',
};

/** Activities keyed by the Monday of their week, and by date for clash checks. */
export function indexActivities(activities: Activity[]) {
  const byWeek = new Map<string, Activity[]>();
  const byDate = new Map<string, Activity[]>();
  for (const a of activities) {
    const date = parseIsoDate(a.date);
    const monday = toIsoDate(addDays(date, -((date.getDay() + 6) % 7)));
    (byWeek.get(monday) ?? byWeek.set(monday, []).get(monday)!).push(a);
    (byDate.get(a.date) ?? byDate.set(a.date, []).get(a.date)!).push(a);
  }
  return { byWeek, byDate };
}

export function YearPlannerScreen() {
  const db = useDatabase();
  const settings = useSchoolSettings();
  const years = useMemo(() => settings?.academicYears ?? [], [settings]);
  const [startYear, setStartYear] = useState(() => academicYearOf(new Date()));
  const bounds = academicYearBounds(startYear);
  const data = useLiveQuery(async () => {
    const [activities, campaigns] = await Promise.all([db.activities.where('date').between(bounds.start, bounds.end, true, true).toArray(), db.campaigns.toArray()]);
    return { activities, titles: new Map(campaigns.map((c) => [c.id, c.title])) };
  }, [db, bounds.start, bounds.end]);
  const weeks = useMemo(() => planYearWeeks(startYear, years), [startYear, years]);
  const index = useMemo(() => indexActivities(data?.activities ?? []), [data]);
  const [message, setMessage] = useState('');

  const yearOptions = [...new Set([...years.map((y) => y.startYear), academicYearOf(new Date()), startYear])].sort().map((y) => ({ value: String(y), label: academicYearLabel(y) }));

  const exportYear = async () => {
    const result = await exportActivitiesAsIcs(data?.activities ?? [], `Wellbeing plan ${academicYearLabel(startYear)}`, documentFileName(toIsoDate(new Date()), `Wellbeing plan ${academicYearLabel(startYear).replace('/', '-')}`, 'calendar', 'ics'));
    setMessage(result.status === 'failed' ? result.message : result.status === 'saved' ? 'Calendar file saved.' : '');
  };

  return (
    <>
      <PageHeader
        title="Year planner"
        actions={
          <button type="button" className="button button--secondary" onClick={exportYear} disabled={!data || data.activities.length === 0}>
            Export the year (.ics)
          </button>
        }
      >
        Every activity across the academic year, week by week, with holidays shaded.
      </PageHeader>
      {message ? <p role="status">{message}</p> : null}
      <div className="filters">
        <SelectField label="Academic year" value={String(startYear)} options={yearOptions} onChange={(v) => setStartYear(Number(v))} />
      </div>
      {data === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <table className="data-table planner">
          <caption className="visually-hidden">Activities by week, {academicYearLabel(startYear)}</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Term</th>
              <th scope="col">Activities</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => {
              const activities = (index.byWeek.get(week.monday) ?? []).sort((a, b) => (a.date + (a.startTime ?? '')).localeCompare(b.date + (b.startTime ?? '')));
              return (
                <tr key={week.monday} className={`planner__week planner__week--${week.status}`}>
                  <th scope="row" className="nowrap">
                    {week.label}
                  </th>
                  <td className="nowrap">
                    {week.term && week.status !== 'holiday' ? `${termLabel(week.term)}${week.teachingWeek ? `, week ${week.teachingWeek}` : ''}` : ''}
                    {week.status !== 'teaching' ? <span className="planner__status">{WEEK_STATUS_LABELS[week.status]}</span> : null}
                  </td>
                  <td>
                    {activities.length === 0 ? null : (
                      <ul className="planner__activities">
                        {activities.map((a) => {
                          const warnings = activityWarnings(a, { others: (index.byDate.get(a.date) ?? []).filter((o) => o.id !== a.id), years }).filter((w) => w.kind !== 'outside-campaign');
                          return (
                            <li key={a.id} className={`planner__activity planner__activity--${a.status}`}>
                              <Link to={`/campaigns/${a.campaignId}/activities/${a.id}`}>{a.title}</Link>{' '}
                              <span className="week-list__meta">
                                {formatWeekday(a.date).replace(/ \d{4}$/, '')}
                                {a.startTime ? ` ${a.startTime}` : ''} · {ACTIVITY_TYPE_LABELS[a.type]} · {yearGroupsSummary(a.yearGroups)} · {data.titles.get(a.campaignId)}
                              </span>
                              {warnings.map((w) => (
                                <span className="warning" key={w.kind + w.message}>
                                  {w.message}
                                </span>
                              ))}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
