import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import { academicYearBounds, academicYearLabel, academicYearOf, formatWeekday, parseIsoDate, toIsoDate } from '@shared/calendar';
import { awarenessDaysBetween, type AwarenessDay } from '@shared/awareness-days';
import { termLabel, yearGroupsSummary, type AcademicYearDates, type Nation } from '@shared/domain';
import { documentFileName } from '@shared/print';
import { clashWarnings, dateWarnings, planYearWeeks, type PlannerWeek } from '@shared/scheduling';
import { addDays } from 'date-fns';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform';
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

/** One activity as the planner shows it: worked out once per data load, not on every render. */
export interface PlannerEntry {
  id: string;
  href: string;
  title: string;
  status: Activity['status'];
  /** "Tuesday 10 November 11:00 · PSHE lesson · Year 7 · Sleep well this winter" */
  meta: string;
  warnings: string[];
}

/**
 * The planner's activities keyed by the Monday of their week, in date and time order, with their
 * warnings (holiday, half term, weekend, a clash for the same year group on the same day). Clashes
 * are looked for only among activities on the same day, so the work grows with the number of
 * activities, not its square.
 */
export function plannerEntries(activities: readonly Activity[], years: AcademicYearDates[], titles: Map<string, string>, nation?: Nation): Map<string, PlannerEntry[]> {
  const byDate = new Map<string, Activity[]>();
  for (const a of activities) (byDate.get(a.date) ?? byDate.set(a.date, []).get(a.date)!).push(a);
  const dayLabels = new Map<string, string>();
  const dayWarnings = new Map<string, string[]>();
  const mondays = new Map<string, string>();
  const byWeek = new Map<string, PlannerEntry[]>();
  const sorted = [...activities].sort((a, b) => (a.date + (a.startTime ?? '')).localeCompare(b.date + (b.startTime ?? '')));
  for (const a of sorted) {
    let day = dayLabels.get(a.date);
    let monday = mondays.get(a.date);
    if (day === undefined || monday === undefined) {
      const date = parseIsoDate(a.date);
      day = formatWeekday(a.date).replace(/ \d{4}$/, '');
      monday = toIsoDate(addDays(date, -((date.getDay() + 6) % 7)));
      dayLabels.set(a.date, day);
      mondays.set(a.date, monday);
    }
    let forDay = dayWarnings.get(a.date);
    if (forDay === undefined) dayWarnings.set(a.date, (forDay = dateWarnings(a.date, years, nation).map((w) => w.message)));
    const warnings = [...forDay, ...clashWarnings(a, byDate.get(a.date) ?? []).map((w) => w.message)];
    const entry: PlannerEntry = {
      id: a.id,
      href: `#/campaigns/${a.campaignId}/activities/${a.id}`,
      title: a.title,
      status: a.status,
      meta: [`${day}${a.startTime ? ` ${a.startTime}` : ''}`, ACTIVITY_TYPE_LABELS[a.type], yearGroupsSummary(a.yearGroups), titles.get(a.campaignId) ?? ''].filter(Boolean).join(' · '),
      warnings,
    };
    (byWeek.get(monday) ?? byWeek.set(monday, []).get(monday)!).push(entry);
  }
  return byWeek;
}

const NO_ENTRIES: PlannerEntry[] = [];
const NO_DAYS: AwarenessDay[] = [];

/** Awareness days keyed by the Monday of the week they start in. */
function awarenessByWeek(start: string, end: string): Map<string, AwarenessDay[]> {
  const byWeek = new Map<string, AwarenessDay[]>();
  for (const day of awarenessDaysBetween(start, end)) {
    const date = parseIsoDate(day.start);
    const monday = toIsoDate(addDays(date, -((date.getDay() + 6) % 7)));
    (byWeek.get(monday) ?? byWeek.set(monday, []).get(monday)!).push(day);
  }
  return byWeek;
}

/** One week's row; memoised so changing the year or exporting does not re-render untouched weeks. */
const PlannerRow = memo(function PlannerRow({ week, entries, awareness }: { week: PlannerWeek; entries: PlannerEntry[]; awareness: AwarenessDay[] }) {
  return (
    <tr className={`planner__week planner__week--${week.status}`}>
      <th scope="row" className="nowrap">
        {week.label}
      </th>
      <td className="nowrap">
        {week.term && week.status !== 'holiday' ? `${termLabel(week.term)}${week.teachingWeek ? `, week ${week.teachingWeek}` : ''}` : ''}
        {week.status !== 'teaching' ? <span className="planner__status">{WEEK_STATUS_LABELS[week.status]}</span> : null}
        {week.breaks.length > 0 ? (
          <ul className="planner__breaks">
            {week.breaks.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        {awareness.length === 0 ? null : (
          <ul className="planner__awareness" aria-label="Awareness days">
            {awareness.map((d) => (
              <li key={d.id}>
                {d.title} ({d.start === d.end ? formatWeekday(d.start).replace(/ \d{4}$/, '') : `from ${formatWeekday(d.start).replace(/ \d{4}$/, '')}`}){' '}
                <a
                  href={d.source.url}
                  className="week-list__meta"
                  rel="noopener noreferrer"
                  onClick={(event) => {
                    event.preventDefault();
                    platform.openExternal(d.source.url).catch(() => undefined);
                  }}
                >
                  source: {d.source.title}
                  <span className="visually-hidden"> (opens in your browser)</span>
                </a>
              </li>
            ))}
          </ul>
        )}
        {entries.length === 0 ? null : (
          <ul className="planner__activities">
            {entries.map((a) => (
              <li key={a.id} className={`planner__activity planner__activity--${a.status}`}>
                {/* A plain link: the hash router follows it, and 600 of these render far faster than router Links. */}
                <a href={a.href}>{a.title}</a> <span className="week-list__meta">{a.meta}</span>
                {a.warnings.map((w) => (
                  <span className="warning" key={w}>
                    {w}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
});

export function YearPlannerScreen() {
  const db = useDatabase();
  const settings = useSchoolSettings();
  const years = useMemo(() => settings?.academicYears ?? [], [settings]);
  const nation = settings?.nation;
  const [chosenYear, setStartYear] = useState<number | null>(null);
  const startYear = chosenYear ?? academicYearOf(new Date(), years);
  const bounds = academicYearBounds(startYear, years);
  const data = useLiveQuery(async () => {
    const activities = await db.activities.where('date').between(bounds.start, bounds.end, true, true).toArray();
    // Only the campaigns this year's activities belong to, for their titles.
    const campaigns = await db.campaigns.bulkGet([...new Set(activities.map((a) => a.campaignId))]);
    return { activities, titles: new Map(campaigns.filter((c) => c !== undefined).map((c) => [c.id, c.title])) };
  }, [db, bounds.start, bounds.end]);
  const weeks = useMemo(() => planYearWeeks(startYear, years, nation), [startYear, years, nation]);
  const entries = useMemo(() => (data ? plannerEntries(data.activities, years, data.titles, nation) : new Map<string, PlannerEntry[]>()), [data, years, nation]);
  // Shown at once on a click; the saved choice (kept in the school's settings) follows.
  const [shownNow, setShownNow] = useState<boolean | null>(null);
  const showAwareness = shownNow ?? !settings?.awarenessDaysHidden;
  const awareness = useMemo(() => (showAwareness ? awarenessByWeek(bounds.start, bounds.end) : new Map<string, AwarenessDay[]>()), [showAwareness, bounds.start, bounds.end]);
  const setShowAwareness = (show: boolean) => {
    setShownNow(show);
    void db.settings.update('school', { awarenessDaysHidden: !show });
  };
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const yearOptions = [...new Set([...years.map((y) => y.startYear), academicYearOf(new Date(), years), startYear])].sort().map((y) => ({ value: String(y), label: academicYearLabel(y) }));

  const exportYear = async () => {
    const result = await exportActivitiesAsIcs(data?.activities ?? [], `Wellbeing plan ${academicYearLabel(startYear)}`, documentFileName(toIsoDate(new Date()), `Wellbeing plan ${academicYearLabel(startYear).replace('/', '-')}`, 'calendar', 'ics'));
    setMessage(result.status === 'failed' ? { tone: 'error', text: result.message } : result.status === 'saved' ? { tone: 'ok', text: 'Calendar file saved.' } : null);
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
        Every activity across your school’s year, week by week from your first day of term, with holidays, INSET days, bank holidays and awareness days.
      </PageHeader>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'notice notice--error' : 'form-actions__status'}>
          {message.text}
        </p>
      ) : null}
      <div className="filters">
        <SelectField label="Academic year" value={String(startYear)} options={yearOptions} onChange={(v) => setStartYear(Number(v))} />
        {settings ? (
          <label className="checkbox">
            <input type="checkbox" checked={showAwareness} onChange={(e) => setShowAwareness(e.target.checked)} />
            Show awareness days
          </label>
        ) : null}
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
            {weeks.map((week) => (
              <PlannerRow key={week.monday} week={week} entries={entries.get(week.monday) ?? NO_ENTRIES} awareness={awareness.get(week.monday) ?? NO_DAYS} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
