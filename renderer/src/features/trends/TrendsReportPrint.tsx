/**
 * The governors' report: one term (or a whole year) of trends on A4, through the shared print
 * pipeline. Charts are SVG at a fixed print width with animations off; every chart has its table
 * beside it; every number is suppressed like on screen.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router-dom';
import { academicYearLabel, formatDateLong, toIsoDate } from '@shared/calendar';
import { DEFAULT_SUPPRESSION_THRESHOLD, TERM_NAMES, yearGroupLabel, type TermName } from '@shared/domain';
import { cellText, countText, suppressTable } from '@shared/suppression';
import { topicsOf } from '@shared/tally-import';
import { sessionsIn, topicByYearGroup, topicTotals } from '@shared/trend-series';
import { useDatabase } from '../../db/DatabaseContext';
import { PrintDocument } from '../../print/PrintDocument';
import { useSchoolSettings } from '../settings/queries';
import { beforeAfterModel, capitalise, indicatorChart, periodLabel, topicRows, weeklyChart, yearOnYearChart, type TrendSelection } from './chart-models';
import { useTrendsData } from './queries';
import { TrendChart } from './TrendChart';
import './trends.css';

const PRINT_CHART = { width: 640, height: 240 };

export function TrendsReportPrint() {
  const { startYear, term } = useParams();
  const db = useDatabase();
  const settings = useSchoolSettings();
  const data = useTrendsData();
  const academicYear = Number(startYear);
  const selectedTerm: TermName | null = (TERM_NAMES as readonly string[]).includes(term ?? '') ? (term as TermName) : null;
  const period = data?.years.find((y) => y.startYear === academicYear);
  const from = selectedTerm ? period?.terms.find((t) => t.term === selectedTerm)?.start : period?.terms[0]?.start;
  const to = selectedTerm ? period?.terms.find((t) => t.term === selectedTerm)?.end : period?.terms[period.terms.length - 1]?.end;
  const activities = useLiveQuery(() => db.activities.toArray(), [db]);
  if (!settings || !data || !activities) return <p role="status">Loading…</p>;

  const threshold = settings.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const selection: TrendSelection = { academicYear, term: selectedTerm, topic: null, yearGroup: null };
  const title = `Term trends: ${capitalise(periodLabel(selection))}`;
  if (!Number.isInteger(academicYear) || (term !== 'year' && !selectedTerm)) {
    return (
      <PrintDocument title="Report not found" schoolName={settings.name} ready>
        <h1>Report not found</h1>
        <p>Choose a term from the Trends screen and export again.</p>
      </PrintDocument>
    );
  }

  const inPeriod = sessionsIn(data.sessions, data.years, academicYear, selectedTerm);
  const totals = topicTotals(inPeriod);
  const total = totals.reduce((n, t) => n + t.total, 0);
  const topics = [...new Set([...topicsOf(settings), ...totals.map((t) => t.topic)])];
  const topicTable = topicRows(data.sessions, data.years, selection, topics, threshold);
  const groups = settings.yearGroups;
  const groupTopics = totals.map((t) => t.topic).filter((topic) => inPeriod.some((s) => s.counts.some((c) => c.topic === topic && c.yearGroup)));
  const byGroup = suppressTable(topicByYearGroup(inPeriod, groupTopics, groups), threshold);
  const anyYearGroups = inPeriod.some((s) => s.counts.some((c) => c.yearGroup));
  const campaigns = data.campaigns.filter((c) => from && to && c.startDate <= to && c.endDate >= from);
  const top = totals.filter((t) => t.total >= threshold).slice(0, 3);

  return (
    <PrintDocument title={`${settings.name} ${title}`} schoolName={settings.name} ready>
      <h1>{title}</h1>
      <p className="print-lede">
        {settings.name}. Produced {formatDateLong(toIsoDate(new Date()))}
        {from && to ? `, covering ${formatDateLong(from)} to ${formatDateLong(to)}` : ''}.
      </p>
      <p>
        This report shows counts only: Upstream never stores pupils’ names or anything that identifies them. Any number below {threshold} is shown as “fewer than {threshold}”, and where a
        total would let a hidden number be worked out, another number is hidden too. Drop-in numbers rise and fall for many reasons, so changes here are worth discussing, not proof of
        what caused them.
      </p>

      {data.assumedYears.some((y) => y === academicYear || y === academicYear - 1) ? (
        <p className="print-footnote">Term dates for {data.assumedYears.map(academicYearLabel).join(', ')} are the usual England dates: the school has not entered its own.</p>
      ) : null}

      <h2>Drop-in visits</h2>
      {inPeriod.length === 0 ? (
        <p>No drop-in sessions were recorded in this period.</p>
      ) : (
        <p>
          {countText(total, threshold)} visits were recorded in {topicTable.weeksRecorded} teaching week{topicTable.weeksRecorded === 1 ? '' : 's'} with a session.
          {top.length > 0 ? ` The most common topics were ${top.map((t) => `${t.topic} (${countText(t.total, threshold)})`).join(', ')}.` : ''}
        </p>
      )}
      <TrendChart {...weeklyChart(data.sessions, data.years, selection, threshold)} print={PRINT_CHART} headingLevel={3} />
      {topicTable.names.length > 0 ? (
        <table>
          <caption className="visually-hidden">Visits by topic</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Visits this period</th>
              <th scope="col">Same period, {academicYearLabel(academicYear - 1)}</th>
            </tr>
          </thead>
          <tbody>
            {topicTable.names.map((name, i) => (
              <tr key={name}>
                <th scope="row">{capitalise(name)}</th>
                <td>{cellText(topicTable.thisPeriod[i]!)}</td>
                <td>{topicTable.lastYearRecorded ? cellText(topicTable.lastYear[i]!) : 'no data'}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">All topics</th>
              <td>{cellText(topicTable.totalThis)}</td>
              <td>{topicTable.lastYearRecorded ? cellText(topicTable.totalLast) : 'no data'}</td>
            </tr>
          </tbody>
        </table>
      ) : null}

      {anyYearGroups ? (
        <>
          <h2>By year group</h2>
          <table className="trends-table--dense">
            <caption className="visually-hidden">Visits by topic and year group</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                {groups.map((g) => (
                  <th key={g} scope="col">
                    {yearGroupLabel(g)}
                  </th>
                ))}
                <th scope="col">All year groups</th>
              </tr>
            </thead>
            <tbody>
              {groupTopics.map((topic, r) => (
                <tr key={topic}>
                  <th scope="row">{capitalise(topic)}</th>
                  {byGroup.cells[r]!.map((cell, c) => (
                    <td key={groups[c]}>{cellText(cell)}</td>
                  ))}
                  <td>{cellText(byGroup.rowTotals[r]!)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">All topics</th>
                {byGroup.columnTotals.map((cell, c) => (
                  <td key={groups[c]}>{cellText(cell)}</td>
                ))}
                <td>{cellText(byGroup.grandTotal)}</td>
              </tr>
            </tbody>
          </table>
          <p className="print-footnote">Only visits recorded with a year group are counted in this table.</p>
        </>
      ) : null}

      <h2>Term by term, year on year</h2>
      <TrendChart {...yearOnYearChart(data.sessions, data.years, selection, threshold)} print={PRINT_CHART} headingLevel={3} />

      <h2>Indicators</h2>
      {data.indicators.length === 0 ? <p>No indicators have been set up.</p> : null}
      {data.indicators.map((indicator) => (
        <TrendChart key={indicator.id} {...indicatorChart(indicator, data, threshold)} print={PRINT_CHART} headingLevel={3} />
      ))}

      <h2>Campaigns in this period</h2>
      {campaigns.length === 0 ? <p>No campaigns ran in this period.</p> : null}
      {campaigns.map((campaign) => {
        const indicator = data.indicators.find((i) => i.id === campaign.indicatorId);
        const model = indicator ? beforeAfterModel(indicator, campaign, data, threshold) : null;
        const own = activities.filter((a) => a.campaignId === campaign.id && a.status !== 'cancelled');
        const done = own.filter((a) => a.status === 'done').length;
        return (
          <section key={campaign.id} aria-label={campaign.title}>
            <h3>{campaign.title}</h3>
            <p>
              {formatDateLong(campaign.startDate)} to {formatDateLong(campaign.endDate)}. {own.length} activit{own.length === 1 ? 'y' : 'ies'}, {done} marked done.
              {indicator ? ` Aims to move: ${indicator.name}.` : ' No indicator chosen.'}
            </p>
            {model ? <p className="trend-reading">{model.result.reading}</p> : null}
            {model?.chart ? <TrendChart {...model.chart} print={{ width: 480, height: 200 }} headingLevel={3} /> : null}
          </section>
        );
      })}
      <p className="print-footnote">
        Made with Upstream from drop-in tallies and survey counts. Teaching weeks follow the school’s own term dates. No pupil can be identified from this report.
      </p>
    </PrintDocument>
  );
}
