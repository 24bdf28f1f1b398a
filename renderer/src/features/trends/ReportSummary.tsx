/**
 * Page 1 of the governors' report: what a governor reads in a minute. Headline figures with their
 * units and bases, the campaigns run and their reach, and the indicators that moved, worded with the
 * same caution as the rest of the report. Every number is a protected figure from the report's one
 * disclosure pass (or, for reach, a count shown nowhere else and suppressed on its own).
 */
import { formatDateLong } from '@shared/calendar';
import { describeChange } from '@shared/indicators';
import { countText } from '@shared/suppression';
import { plural, valueText } from '@shared/trends-readings';
import type { TrendsView } from '@shared/trends-view';
import type { Activity, Campaign, Indicator } from '../../db/records';
import { capitalise, periodLabel, perWeekText, type TrendSelection } from './chart-models';

export function ReportSummary({
  view,
  selection,
  campaigns,
  activities,
  indicators,
}: {
  view: TrendsView;
  selection: TrendSelection;
  campaigns: Campaign[];
  activities: Activity[];
  indicators: Indicator[];
  compared: { campaign: Campaign; indicator: Indicator }[];
}) {
  const t = view.threshold;
  const topics = view.topics;
  const top = topics.names
    .map((name, i) => ({ name, cell: topics.thisPeriod[i]! }))
    .filter((r) => r.name !== 'other topics' && r.cell.value !== null)
    .sort((a, b) => b.cell.value! - a.cell.value!)
    .slice(0, 3);
  const moved = indicators.flatMap((indicator) => {
    const values = (view.indicators.get(indicator.id) ?? []).filter((v) => ('weeks' in v.value ? v.value.average !== null : v.value.percent !== null));
    if (values.length < 2) return [];
    const [a, b] = values.slice(-2) as [(typeof values)[number], (typeof values)[number]];
    const before = 'weeks' in a.value ? a.value.average! : a.value.percent!;
    const after = 'weeks' in b.value ? b.value.average! : b.value.percent!;
    return [{ indicator, a, b, direction: describeChange(before, after) }];
  });
  return (
    <section aria-labelledby="summary-heading" className="report-summary">
      <h2 id="summary-heading">At a glance</h2>
      <ul className="report-headlines">
        <li>
          <strong>Drop-in visits:</strong>{' '}
          {topics.weeksRecorded === 0 ? (
            <>no drop-in sessions were recorded in the {periodLabel(selection)}.</>
          ) : (
            <>
              {topics.totalThis.text} visits (all topics, all year groups) in {plural(topics.weeksRecorded, 'teaching week')} with a session; {perWeekText(topics.totalThis, topics.weeksRecorded)} visits a week.
              {topics.lastYearRecorded ? ` Same period last year: ${topics.totalLast.text} visits.` : ''}
            </>
          )}
        </li>
        {top.length > 0 ? (
          <li>
            <strong>Most common topics:</strong> {top.map((r) => `${r.name} (${r.cell.text} visits)`).join(', ')}.
          </li>
        ) : null}
        <li>
          <strong>Campaigns:</strong>{' '}
          {campaigns.length === 0
            ? 'none ran in this period.'
            : `${plural(campaigns.length, 'campaign')} ran in this period.`}
        </li>
      </ul>
      {campaigns.length > 0 ? (
        <table>
          <caption>Campaigns in this period</caption>
          <thead>
            <tr>
              <th scope="col">Campaign</th>
              <th scope="col">Dates</th>
              <th scope="col">Activities done</th>
              <th scope="col">People reached (recorded)</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => {
              const own = activities.filter((a) => a.campaignId === c.id && a.status !== 'cancelled');
              const done = own.filter((a) => a.status === 'done');
              const reached = done.filter((a) => a.reach !== undefined);
              const reach = reached.reduce((n, a) => n + (a.reach ?? 0), 0);
              return (
                <tr key={c.id}>
                  <th scope="row">{c.title}</th>
                  <td>
                    {formatDateLong(c.startDate)} to {formatDateLong(c.endDate)}
                  </td>
                  <td>
                    {done.length} of {plural(own.length, 'activity').replace('activitys', 'activities')}
                  </td>
                  <td>{reached.length === 0 ? 'not recorded' : `${countText(reach, t)} at ${plural(reached.length, 'activity').replace('activitys', 'activities')}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {moved.length > 0 ? (
        <>
          <h3>Indicators, latest two terms</h3>
          <ul>
            {moved.map(({ indicator, a, b, direction }) => (
              <li key={indicator.id}>
                {capitalise(indicator.name)}: {valueText(a.value, t)} in {a.label}, {valueText(b.value, t)} in {b.label}
                {direction === 'about the same' ? ': about the same.' : `: a ${direction}.`}
              </li>
            ))}
          </ul>
          <p className="print-footnote">Indicators move for many reasons; a rise or fall here is worth discussing, not proof that a campaign caused it.</p>
        </>
      ) : null}
    </section>
  );
}
