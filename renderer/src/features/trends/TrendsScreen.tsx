/**
 * The trends dashboard: drop-in visits by teaching week, term by term year on year, by year group
 * and topic; indicators by term; a campaign's activities on the timeline and its before/after.
 * Choices live in the address (?year=2026&term=autumn&topic=sleep…) so a view can be returned to.
 * Small numbers are suppressed everywhere through shared/suppression.ts (via chart-models.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { academicYearLabel, formatDateLong, toIsoDate } from '@shared/calendar';
import { DEFAULT_SUPPRESSION_THRESHOLD, TERM_NAMES, termLabel, yearGroupLabel, type SchoolSettings } from '@shared/domain';
import { documentFileName } from '@shared/print';
import { hiddenNote } from '@shared/disclosure';
import { useDatabase } from '../../db/DatabaseContext';
import type { Campaign, Indicator } from '../../db/records';
import { ExportPdfButton } from '../../print/ExportPdfButton';
import { EmptyState } from '../../ui/EmptyState';
import { CheckboxGroup, SelectField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { beforeAfterModel, capitalise, dashboardView, indicatorChart, perWeekText, periodLabel, topicList, trendSelection, weeklyChart, yearGroupChart, yearOnYearChart, type TrendSelection } from './chart-models';
import type { TrendsView } from '@shared/trends-view';
import { useTrendsData, type TrendsData } from './queries';
import { ReportCommentary } from './ReportCommentary';
import { reportGrouping, reportQuery, type ReportGrouping } from './report-grouping';
import { TrendChart } from './TrendChart';
import { TrendsNav } from './TrendsNav';
import './trends.css';

export function TrendsScreen({ today = new Date() }: { today?: Date }) {
  const settings = useSchoolSettings();
  const data = useTrendsData();
  if (!settings || !data) return <p role="status">Loading…</p>;
  const empty = data.sessions.length === 0 && data.waves.length === 0;
  return (
    <>
      <PageHeader
        title="Trends"
        actions={
          <Link className="button button--primary" to="/trends/check-ins/new">
            Record a drop-in
          </Link>
        }
      >
        See, term by term, what pupils bring to drop-ins and what surveys say. Counts only, never names.
      </PageHeader>
      <TrendsNav />
      {empty ? (
        <EmptyState
          title="Nothing to chart yet"
          action={
            <div className="actions-row">
              <Link className="button button--primary" to="/trends/check-ins/new">
                Record a drop-in
              </Link>
              <Link className="button button--secondary" to="/trends/check-ins/import">
                Import past tallies (CSV)
              </Link>
              <Link className="button button--secondary" to="/trends/surveys/import">
                Import a survey (CSV)
              </Link>
            </div>
          }
        >
          <p>
            Drop-in tallies and survey results will be charted here by term, teaching week and year group, with small numbers hidden so no pupil can be identified.
          </p>
        </EmptyState>
      ) : (
        <Dashboard settings={settings} data={data} today={today} />
      )}
    </>
  );
}

function Dashboard({ settings, data, today }: { settings: SchoolSettings; data: TrendsData; today: Date }) {
  const db = useDatabase();
  const [params, setParams] = useSearchParams();
  const threshold = settings.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const years = data.years;
  const { selection, available } = useMemo(() => trendSelection(params, data.sessions, years, today), [params, data.sessions, years, today]);
  const campaignId = params.get('campaign') ?? '';
  const campaign = data.campaigns.find((c) => c.id === campaignId) ?? null;
  const indicatorParam = params.get('indicator');
  const compareIndicator = data.indicators.find((i) => i.id === (indicatorParam || campaign?.indicatorId)) ?? null;
  const windowWeeks = [4, 6, 8].includes(Number(params.get('weeks'))) ? Number(params.get('weeks')) : 6;
  // The first chart draws on its own; the rest of the screen follows once it has (so it appears as soon as it can).
  const [rest, setRest] = useState(false);
  // After the frame that shows the first chart has been painted, not before it.
  const showRest = useCallback(() => requestAnimationFrame(() => setTimeout(() => setRest(true), 0)), []);
  const activities = useLiveQuery(async () => (campaignId ? db.activities.where('campaignId').equals(campaignId).sortBy('date') : []), [db, campaignId]);

  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const topics = useMemo(() => topicList(settings, data.sessions), [settings, data.sessions]);
  // One disclosure pass over everything this screen shows, for these choices.
  const view = dashboardView(data, settings, selection, threshold, toIsoDate(today), campaign && compareIndicator ? { campaign, indicator: compareIndicator, windowWeeks } : null);
  const weekly = weeklyChart(view, selection, years, campaign && activities ? { campaign, activities } : null);
  const reportTerm = selection.term ?? 'year';
  const grouping = reportGrouping(params, selection.term);
  const groupingOptions: { value: keyof ReportGrouping; label: string }[] = [
    { value: 'halfTerms', label: 'Weeks into half terms' },
    { value: 'keyStages', label: 'Year groups into key stages' },
    { value: 'otherTopics', label: 'Rare topics into “other topics”' },
  ];
  const setGrouping = (chosen: (keyof ReportGrouping)[]) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const o of groupingOptions) next.set(o.value, chosen.includes(o.value) ? '1' : '0');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <section className="trends-filters filters" aria-label="What to show">
        <SelectField
          label="Academic year"
          value={String(selection.academicYear)}
          options={available.map((y) => ({ value: String(y), label: academicYearLabel(y) }))}
          onChange={(v) => set('year', v)}
        />
        <SelectField label="Term" value={selection.term ?? 'year'} options={[{ value: 'year', label: 'Whole year' }, ...TERM_NAMES.map((t) => ({ value: t, label: termLabel(t) }))]} onChange={(v) => set('term', v)} />
        <SelectField label="Topic" value={selection.topic ?? ''} options={[{ value: '', label: 'All topics' }, ...topics.map((t) => ({ value: t, label: capitalise(t) }))]} onChange={(v) => set('topic', v)} />
        <SelectField label="Year group" value={selection.yearGroup ?? ''} options={[{ value: '', label: 'All year groups' }, ...settings.yearGroups.map((g) => ({ value: g, label: yearGroupLabel(g) }))]} onChange={(v) => set('group', v)} />
        <SelectField
          label="Campaign to mark"
          value={campaignId}
          options={[{ value: '', label: 'None' }, ...[...data.campaigns].reverse().map((c) => ({ value: c.id, label: c.title }))]}
          onChange={(v) => set('campaign', v)}
        />
        <CheckboxGroup
          legend="Governors’ report: group before hiding"
          options={groupingOptions}
          value={groupingOptions.map((o) => o.value).filter((k) => grouping[k])}
          onChange={setGrouping}
        />
        <ExportPdfButton
          route={`/print/trends/report/${selection.academicYear}/${reportTerm}${reportQuery(grouping)}`}
          kind="a4"
          label="Governors’ report (PDF)"
          suggestedName={documentFileName(toIsoDate(today), settings.name, `trends ${selection.term ? `${selection.term} term ` : ''}${academicYearLabel(selection.academicYear).replace('/', '-')}`)}
        />
      </section>

      {data.assumedYears.length > 0 ? (
        <p className="warning trends-notice">
          Upstream has no term dates for {data.assumedYears.map(academicYearLabel).join(', ')}, so it used the usual England dates to place those drop-ins and surveys in terms and
          weeks. <Link to="/settings">Add your school’s dates in Settings</Link> if they differed.
        </p>
      ) : null}
      <section className="trends-section" aria-labelledby="dropins-heading">
        <h2 id="dropins-heading">Drop-ins, {periodLabel(selection)}</h2>
        <TrendChart {...weekly} onDrawn={showRest} />
      </section>

      {rest ? (
        <>
          <ReportCommentary settings={settings} academicYear={selection.academicYear} term={selection.term} periodName={periodLabel(selection)} />
          <MoreTrends view={view} today={today} data={data} selection={selection} threshold={threshold} campaign={campaign} compareIndicator={compareIndicator} windowWeeks={windowWeeks} set={set} campaignId={campaignId} />
        </>
      ) : (
        <p role="status">Loading the other charts…</p>
      )}
    </>
  );
}

interface MoreTrendsProps {
  view: TrendsView;
  today: Date;
  data: TrendsData;
  selection: TrendSelection;
  threshold: number;
  campaign: Campaign | null;
  compareIndicator: Indicator | null;
  windowWeeks: number;
  campaignId: string;
  set: (key: string, value: string) => void;
}

/** Everything under the first chart: drawn in the frame after it, so the first chart appears as soon as it can. */
function MoreTrends({ view, today, data, selection, threshold, campaign, compareIndicator, windowWeeks, campaignId, set }: MoreTrendsProps) {
  const yearOnYear = yearOnYearChart(view, selection, toIsoDate(today), data.years);
  const byGroup = yearGroupChart(view, selection);
  const topicTable = view.topics;
  const comparison = campaign && compareIndicator ? beforeAfterModel(compareIndicator, campaign, view, 'compare', windowWeeks) : null;
  const anyHidden = view.protectedView.counts().protecting + view.protectedView.counts().withheld > 0;
  return (
    <>
      <div className="trends-grid trends-section">
        <TrendChart {...yearOnYear} />
        <TrendChart {...byGroup}>
          <p className="field__hint">Recorded without a year group (not in this chart): {byGroup.withoutYearGroup.text} visits.</p>
        </TrendChart>
      </div>

      <section className="trends-section" aria-labelledby="topics-heading">
        <h2 id="topics-heading">Topics, {periodLabel(selection)}</h2>
        {topicTable.weeksRecorded === 0 && !topicTable.lastYearRecorded ? (
          <p>No drop-in sessions recorded in this period{selection.term ? ' or the same term last year' : ''}.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Visits by topic, with the same period a year earlier</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col">Visits</th>
                <th scope="col">A week</th>
                <th scope="col">Same period, {academicYearLabel(selection.academicYear - 1)}</th>
              </tr>
            </thead>
            <tbody>
              {topicTable.names.map((name, i) => {
                const cell = topicTable.thisPeriod[i]!;
                return (
                  <tr key={name}>
                    <th scope="row">{capitalise(name)}</th>
                    <td>{cell.text}</td>
                    <td>{perWeekText(cell, topicTable.weeksRecorded)}</td>
                    <td>{topicTable.lastYearRecorded ? topicTable.lastYear[i]!.text : 'no sessions'}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All topics</th>
                <td>{topicTable.totalThis.text}</td>
                <td>{perWeekText(topicTable.totalThis, topicTable.weeksRecorded)}</td>
                <td>{topicTable.lastYearRecorded ? topicTable.totalLast.text : 'no sessions'}</td>
              </tr>
            </tfoot>
          </table>
        )}
        <p className="field__hint">
          Numbers below {threshold} read “fewer than {threshold}” (zero too). {anyHidden ? hiddenNote(threshold) : ''}
        </p>
      </section>

      <section className="trends-section" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">Indicators by term</h2>
        {data.indicators.length === 0 ? (
          <p>
            No indicators yet. <Link to="/trends/indicators/new">Make one</Link> from a drop-in topic or a survey question.
          </p>
        ) : (
          <div className="trends-grid">
            {data.indicators.map((indicator) => (
              <TrendChart key={indicator.id} {...indicatorChart(indicator, view)} />
            ))}
          </div>
        )}
      </section>

      <section className="trends-section form-section" aria-labelledby="before-after-heading">
        <h2 id="before-after-heading">Before and after a campaign</h2>
        <div className="filters">
          <SelectField
            label="Campaign"
            value={campaignId}
            options={[{ value: '', label: 'Choose a campaign' }, ...[...data.campaigns].reverse().map((c) => ({ value: c.id, label: c.title }))]}
            onChange={(v) => set('campaign', v)}
          />
          <SelectField
            label="Indicator to compare"
            value={compareIndicator?.id ?? ''}
            options={[{ value: '', label: 'Choose an indicator' }, ...data.indicators.map((i) => ({ value: i.id, label: i.name }))]}
            onChange={(v) => set('indicator', v)}
          />
          <SelectField label="Weeks either side" value={String(windowWeeks)} options={['4', '6', '8'].map((w) => ({ value: w, label: `${w} teaching weeks` }))} onChange={(v) => set('weeks', v)} />
        </div>
        {!campaign ? (
          <p>Choose a campaign to compare its indicator in the weeks before it started with the weeks after it ended.</p>
        ) : !compareIndicator ? (
          <p>
            {campaign.title} does not name an indicator. Choose one above, or <Link to={`/campaigns/${campaign.id}/edit`}>edit the campaign</Link> to say which indicator it aims to move.
          </p>
        ) : (
          <>
            <p>
              {campaign.title} ran from {formatDateLong(campaign.startDate)} to {formatDateLong(campaign.endDate)}.
            </p>
            <p className="trend-reading" data-testid="before-after-reading">
              {comparison!.reading}
            </p>
            {comparison!.chart ? <TrendChart {...comparison!.chart} /> : null}
          </>
        )}
      </section>
    </>
  );
}
