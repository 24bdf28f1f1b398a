/**
 * The governors' report: one term (or a whole year) of trends on A4, through the shared print
 * pipeline. Page 1 is what a governor reads in a minute; the detail follows. Every number on every
 * page comes from ONE disclosure pass over the whole document (shared/trends-view.ts), so nothing
 * hidden in one table can be worked out from a sentence, chart or table elsewhere in it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useParams, useSearchParams } from 'react-router-dom';
import { academicYearLabel, formatDateLong, toIsoDate } from '@shared/calendar';
import { hiddenNote, zeroRule } from '@shared/disclosure';
import { DEFAULT_SUPPRESSION_THRESHOLD, TERM_NAMES, type TermName } from '@shared/domain';
import { DEFAULT_WINDOW_WEEKS } from '@shared/indicators';
import { plural } from '@shared/trends-readings';
import { buildTrendsView } from '@shared/trends-view';
import { useDatabase } from '../../db/DatabaseContext';
import { PrintDocument } from '../../print/PrintDocument';
import { useSchoolSettings } from '../settings/queries';
import { beforeAfterModel, capitalise, indicatorChart, periodLabel, perWeekText, topicList, weeklyChart, yearOnYearChart, type TrendSelection } from './chart-models';
import { useTrendsData } from './queries';
import { commentaryKey } from './ReportCommentary';
import { ReportSummary } from './ReportSummary';
import { reportGrouping, groupingSentence } from './report-grouping';
import { TrendChart } from './TrendChart';
import './trends.css';

const PRINT_CHART = { width: 640, height: 240 };

export function TrendsReportPrint() {
  const { startYear, term } = useParams();
  const [params] = useSearchParams();
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

  const today = toIsoDate(new Date());
  const grouping = reportGrouping(params, selectedTerm);
  const campaigns = data.campaigns.filter((c) => from && to && c.startDate <= to && c.endDate >= from);
  const compared = campaigns.flatMap((c) => {
    const indicator = data.indicators.find((i) => i.id === c.indicatorId);
    return indicator ? [{ campaign: c, indicator }] : [];
  });
  // One pass over everything the report prints.
  const view = buildTrendsView({
    data,
    indicators: data.indicators,
    threshold,
    selection,
    topics: topicList(settings, data.sessions),
    schoolGroups: settings.yearGroups,
    today,
    grouping,
    topicByGroup: true,
    compare: compared.map(({ campaign, indicator }) => ({ key: campaign.id, source: indicator.source, campaign, windowWeeks: DEFAULT_WINDOW_WEEKS })),
  });
  const counts = view.protectedView.counts();
  const topics = view.topics;
  const byGroup = view.topicByGroup!;
  const hasSessions = topics.weeksRecorded > 0;
  const commentary = settings.reportCommentary?.[commentaryKey(academicYear, selectedTerm)];

  return (
    <PrintDocument title={`${settings.name} ${title}`} schoolName={settings.name} ready>
      <h1>{title}</h1>
      <p className="print-lede">
        {settings.name}. Produced {formatDateLong(today)}
        {from && to ? `, covering ${formatDateLong(from)} to ${formatDateLong(to)}` : ''}.
      </p>
      <ReportSummary view={view} selection={selection} campaigns={campaigns} activities={activities} indicators={data.indicators} compared={compared} />
      {commentary ? (
        <section aria-labelledby="commentary-heading">
          <h2 id="commentary-heading">From the wellbeing lead</h2>
          {commentary.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i} className="report-commentary" data-intruder-skip>
              {paragraph}
            </p>
          ))}
        </section>
      ) : null}

      <h2>How to read this report</h2>
      <p>
        Counts only: Upstream never stores pupils’ names or anything that identifies them. Any number below {threshold} reads “fewer than {threshold}”. {zeroRule(threshold)}{' '}
        {hiddenNote(threshold)} Drop-in numbers rise and fall for many reasons, so changes here are worth discussing, not proof of what caused them.
      </p>
      <p className="print-footnote" data-testid="report-grouping">
        {groupingSentence(grouping, topics.grouped, threshold)}
      </p>
      <p className="print-footnote" data-intruder-skip>
        {`In this report ${plural(counts.small, 'number')} read “fewer than ${threshold}”, ${counts.protecting} read “hidden” and ${plural(counts.withheld, 'total')} read “–”.`}
      </p>
      {data.assumedYears.some((y) => y === academicYear || y === academicYear - 1) ? (
        <p className="print-footnote">Term dates for {data.assumedYears.map(academicYearLabel).join(', ')} are the usual England dates: the school has not entered its own.</p>
      ) : null}

      <h2>Drop-in visits in detail</h2>
      {hasSessions ? <TrendChart {...weeklyChart(view, selection, data.years)} print={PRINT_CHART} headingLevel={3} /> : <p>No drop-in sessions were recorded in this period.</p>}
      {hasSessions || topics.lastYearRecorded ? (
        <table>
          <caption>Visits by topic</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Visits this period</th>
              <th scope="col">Visits a week</th>
              <th scope="col">Visits, same period {academicYearLabel(academicYear - 1)}</th>
            </tr>
          </thead>
          <tbody>
            {topics.names.map((name, i) => (
              <tr key={name}>
                <th scope="row">{capitalise(name)}</th>
                <td>{topics.thisPeriod[i]!.text}</td>
                <td>{perWeekText(topics.thisPeriod[i]!, topics.weeksRecorded)}</td>
                <td>{topics.lastYearRecorded ? topics.lastYear[i]!.text : 'no sessions'}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">All topics</th>
              <td>{topics.totalThis.text}</td>
              <td>{perWeekText(topics.totalThis, topics.weeksRecorded)}</td>
              <td>{topics.lastYearRecorded ? topics.totalLast.text : 'no sessions'}</td>
            </tr>
          </tbody>
        </table>
      ) : null}

      {hasSessions ? (
        <>
          <h3>By {grouping.keyStages ? 'key stage' : 'year group'}</h3>
          <table className="trends-table--dense">
            <caption>Visits by topic and {grouping.keyStages ? 'key stage' : 'year group'} (only visits recorded with a year group)</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                {byGroup.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                <th scope="col">All</th>
              </tr>
            </thead>
            <tbody>
              {byGroup.rows.map((topic, r) => (
                <tr key={topic}>
                  <th scope="row">{capitalise(topic)}</th>
                  {byGroup.cells[r]!.map((cell, c) => (
                    <td key={byGroup.columns[c]}>{cell.text}</td>
                  ))}
                  <td>{byGroup.rowTotals[r]!.text}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">All topics</th>
                {byGroup.columnTotals.map((cell, c) => (
                  <td key={byGroup.columns[c]}>{cell.text}</td>
                ))}
                <td>{byGroup.grand.text}</td>
              </tr>
            </tbody>
          </table>
        </>
      ) : null}

      {view.yearOnYear.years.length > 1 ? (
        <TrendChart {...yearOnYearChart(view, selection, today, data.years)} print={PRINT_CHART} headingLevel={2} />
      ) : null}

      {data.indicators.some((i) => (view.indicators.get(i.id) ?? []).length > 0) ? (
        <>
          <h2>Indicators</h2>
          {data.indicators
            .filter((i) => (view.indicators.get(i.id) ?? []).length > 0)
            .map((indicator) => (
              <TrendChart key={indicator.id} {...indicatorChart(indicator, view)} print={PRINT_CHART} headingLevel={3} />
            ))}
        </>
      ) : null}

      {compared.length > 0 ? (
        <>
          <h2>Campaigns: before and after</h2>
          {compared.map(({ campaign, indicator }) => {
            const model = beforeAfterModel(indicator, campaign, view, campaign.id);
            return (
              <section key={campaign.id} aria-label={campaign.title}>
                <h3>{campaign.title}</h3>
                <p className="trend-reading">{model.reading}</p>
                {model.chart ? <TrendChart {...model.chart} title={`${indicator.name}: before and after`} print={{ width: 480, height: 200 }} headingLevel={3} /> : null}
              </section>
            );
          })}
        </>
      ) : null}
      <p className="print-footnote">
        Made with Upstream from drop-in tallies and survey counts. Teaching weeks follow the school’s own term dates. No pupil can be identified from this report.
      </p>
    </PrintDocument>
  );
}
