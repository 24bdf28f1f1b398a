/**
 * From trends data and the lead's choices to what each chart shows: categories, suppressed cells,
 * a spoken summary and campaign marks. Shared by the dashboard and the governors' report, so both
 * show the same numbers the same way. Every value goes through shared/suppression.ts here.
 */
import { academicYearLabel, academicYearOf, formatDateLong, placeDate, toIsoDate } from '@shared/calendar';
import { TERM_NAMES, termLabel, yearGroupLabel, type AcademicYearDates, type IsoDate, type TermName, type YearGroup } from '@shared/domain';
import { beforeAfter, indicatorByTerm, indicatorValueText, type BeforeAfter, type TrendData } from '@shared/indicators';
import { cellText, countText, suppressAverage, suppressTable, type Cell, type ChartSeries } from '@shared/suppression';
import { campaignMarks, sessionsIn, termBuckets, topicTotals, weeklyBuckets, yearGroupTotals, yearsWithData, type TallySession } from '@shared/trend-series';
import type { Activity, Campaign, Indicator } from '../../db/records';
import type { ChartMarks, TrendChartProps } from './TrendChart';

export interface TrendSelection {
  academicYear: number;
  term: TermName | null;
  topic: string | null;
  yearGroup: YearGroup | null;
}

type ChartModel = Omit<TrendChartProps, 'print' | 'headingLevel' | 'children'>;

/**
 * What the dashboard shows for the choices in its address: the academic year (default: this one if
 * it has data, else the latest with data), the term (default: this term, in this year), a topic
 * and a year group. `available` is the years with data, for the year picker.
 */
export function trendSelection(params: URLSearchParams, sessions: TallySession[], years: AcademicYearDates[], today: Date): { selection: TrendSelection; available: number[] } {
  const available = yearsWithData(sessions, years);
  const todayPlace = placeDate(toIsoDate(today), years);
  const thisYear = academicYearOf(today, years);
  const defaultYear = available.includes(thisYear) ? thisYear : (available[0] ?? thisYear);
  const yearParam = Number(params.get('year'));
  const termParam = params.get('term');
  return {
    available,
    selection: {
      academicYear: available.includes(yearParam) ? yearParam : defaultYear,
      term: termParam === 'year' ? null : (TERM_NAMES as readonly string[]).includes(termParam ?? '') ? (termParam as TermName) : defaultYear === todayPlace.academicYear && todayPlace.term ? todayPlace.term : null,
      topic: params.get('topic') || null,
      yearGroup: (params.get('group') as YearGroup | null) || null,
    },
  };
}

/** Weekly charts already worked out, per list of sessions (a new list, after any change, starts afresh). */
const weeklyModels = new WeakMap<TallySession[], { years: AcademicYearDates[]; models: Map<string, ChartModel> }>();

/**
 * Works out the chart the dashboard opens with (its default choices) while the Dashboard is idle,
 * so opening Trends only has to draw it.
 */
export function primeFirstChart(sessions: TallySession[], years: AcademicYearDates[], threshold: number, today: Date): void {
  const { selection } = trendSelection(new URLSearchParams(), sessions, years, today);
  weeklyChart(sessions, years, selection, threshold, null, toIsoDate(today));
}

export function periodLabel(selection: Pick<TrendSelection, 'academicYear' | 'term'>): string {
  return selection.term ? `${termLabel(selection.term)} term ${academicYearLabel(selection.academicYear)}` : `academic year ${academicYearLabel(selection.academicYear)}`;
}

function aboutLabel(selection: Pick<TrendSelection, 'topic' | 'yearGroup'>): string {
  const topic = selection.topic ? ` about ${selection.topic}` : '';
  const group = selection.yearGroup ? ` (${yearGroupLabel(selection.yearGroup)})` : '';
  return `${topic}${group}`;
}

function suppressedCount(cells: ChartSeries['cells']): number {
  return cells.filter((c) => c?.suppressed).length;
}

/** Visits per teaching week in the chosen period: the chosen topic, or all topics with the top three. */
export function weeklyChart(
  sessions: TallySession[],
  years: AcademicYearDates[],
  selection: TrendSelection,
  threshold: number,
  campaign?: { campaign: Campaign; activities: Activity[] } | null,
  today?: IsoDate,
): ChartModel {
  // A campaign's marks change with its activities: worked out each time. Plain charts are kept.
  if (campaign) return workOutWeeklyChart(sessions, years, selection, threshold, campaign, today);
  let cached = weeklyModels.get(sessions);
  if (!cached || cached.years !== years) {
    cached = { years, models: new Map() };
    weeklyModels.set(sessions, cached);
  }
  const key = JSON.stringify([selection.academicYear, selection.term, selection.topic, selection.yearGroup, threshold, today ?? null]);
  let model = cached.models.get(key);
  if (!model) {
    model = workOutWeeklyChart(sessions, years, selection, threshold, null, today);
    cached.models.set(key, model);
  }
  return model;
}

function workOutWeeklyChart(
  sessions: TallySession[],
  years: AcademicYearDates[],
  selection: TrendSelection,
  threshold: number,
  campaign: { campaign: Campaign; activities: Activity[] } | null,
  today: IsoDate | undefined,
): ChartModel {
  const filter = { topic: selection.topic, yearGroup: selection.yearGroup };
  // Weeks that have not started yet are left off, so this term's chart ends at this week.
  const buckets = weeklyBuckets(sessions, years, selection.academicYear, selection.term, filter).filter((b) => !today || b.monday <= today);
  // One line: all topics, or the chosen topic. Its weeks add up to the period's total shown in the
  // topics table on the same screen, so protect that column (a single hidden week would otherwise
  // be the total minus the shown weeks).
  const recordedWeeks = buckets.filter((b) => b.recorded);
  const weekCount = (b: (typeof buckets)[number]) => (selection.topic ? (b.byTopic.get(selection.topic) ?? 0) : b.total);
  const protectedTable = suppressTable(
    recordedWeeks.map((b) => [weekCount(b)]),
    threshold,
    { rowTotals: false, columnTotals: true },
  );
  const series: ChartSeries[] = [
    {
      key: 'total',
      label: selection.topic ? `Visits about ${selection.topic}` : 'All topics',
      cells: buckets.map((b) => {
        const r = recordedWeeks.indexOf(b);
        return r < 0 ? null : protectedTable.cells[r]![0]!;
      }),
    },
  ];
  const recorded = recordedWeeks;
  const total = recorded.reduce((n, b) => n + weekCount(b), 0);
  const peakCell = series[0]!.cells.reduce<{ value: number; label: string } | null>((best, cell, i) => (cell && 'value' in cell && !cell.suppressed && (!best || cell.value > best.value) ? { value: cell.value, label: buckets[i]!.label } : best), null);
  const hidden = suppressedCount(series[0]!.cells);
  const summary =
    recorded.length === 0
      ? `No drop-in sessions recorded in the ${periodLabel(selection)}.`
      : `Line chart of drop-in visits${aboutLabel(selection)} per teaching week, ${periodLabel(selection)}: ${countText(total, threshold)} visits in ${recorded.length} week${recorded.length === 1 ? '' : 's'} with a session` +
        (peakCell ? `; the most was ${peakCell.value} in ${peakCell.label}` : '') +
        (hidden > 0 ? `; ${hidden} week${hidden === 1 ? '' : 's'} had fewer than ${threshold}` : '') +
        '. Weeks without a session recorded are left as gaps.';
  let marks: ChartMarks | undefined;
  if (campaign) {
    const found = campaignMarks(campaign.campaign, campaign.activities, buckets, years);
    marks = {
      span: found.span ? { ...found.span, label: campaign.campaign.title } : null,
      lines: found.activities.map((a, i) => ({ category: a.label, n: i + 1, title: `${a.title}, ${formatDateLong(a.date)}` })),
    };
  }
  return {
    title: `Drop-in visits${aboutLabel(selection)} by teaching week`,
    kind: 'line',
    categoryLabel: 'Teaching week',
    categories: buckets.map((b) => b.label),
    categoryNames: buckets.map((b) => `${b.label} (w/c ${formatDateLong(b.monday)})`),
    series,
    valueLabel: 'Visits',
    summary,
    threshold,
    ...(marks ? { marks } : {}),
  };
}

/** Visits per week in each term, one series per academic year (year on year). */
export function yearOnYearChart(sessions: TallySession[], years: AcademicYearDates[], selection: TrendSelection, threshold: number, maxYears = 5): ChartModel {
  const buckets = termBuckets(sessions, years, { topic: selection.topic, yearGroup: selection.yearGroup });
  const academicYears = [...new Set(buckets.filter((b) => b.weeksRecorded > 0).map((b) => b.academicYear))].sort((a, b) => a - b).slice(-maxYears);
  const terms: TermName[] = ['autumn', 'spring', 'summer'];
  const series: ChartSeries[] = academicYears.map((year) => ({
    key: `y${year}`,
    label: academicYearLabel(year),
    cells: terms.map((term) => {
      const b = buckets.find((x) => x.academicYear === year && x.term === term);
      return b && b.weeksRecorded > 0 ? suppressAverage(b.total, b.weeksRecorded, threshold) : null;
    }),
  }));
  const latest = academicYears[academicYears.length - 1];
  const summary =
    academicYears.length === 0
      ? 'No drop-in sessions recorded yet.'
      : `Bar chart of drop-in visits${aboutLabel(selection)} per week with a session, by term, for ${academicYears.map(academicYearLabel).join(', ')}.` +
        (latest !== undefined
          ? ' ' +
            terms
              .map((term) => {
                const b = buckets.find((x) => x.academicYear === latest && x.term === term);
                return b && b.weeksRecorded > 0 ? `${termLabel(term)} ${academicYearLabel(latest)}: ${indicatorValueText(suppressAverage(b.total, b.weeksRecorded, threshold))}.` : '';
              })
              .filter(Boolean)
              .join(' ')
          : '');
  return {
    title: `Term by term, year on year${aboutLabel(selection)}`,
    kind: 'bar',
    categoryLabel: 'Term',
    categories: terms.map(termLabel),
    series,
    valueLabel: 'Visits a week',
    summary,
    threshold,
  };
}

/** Visits by year group in the chosen period (only counts recorded with a year group). */
export function yearGroupChart(sessions: TallySession[], years: AcademicYearDates[], selection: TrendSelection, schoolGroups: YearGroup[], threshold: number): ChartModel & { withoutYearGroup: Cell | null } {
  const inPeriod = sessionsIn(sessions, years, selection.academicYear, selection.term);
  const { byGroup, withoutYearGroup } = yearGroupTotals(inPeriod, selection.topic);
  const groups = schoolGroups.length > 0 ? schoolGroups : byGroup.map((g) => g.yearGroup);
  // The year groups and "recorded without a year group" add up to the period's total shown in the topics table: protect that line.
  const line = suppressTable([[...groups.map((g) => byGroup.find((x) => x.yearGroup === g)?.total ?? 0), withoutYearGroup]], threshold, { rowTotals: true, columnTotals: false });
  const cells = line.cells[0]!.slice(0, groups.length);
  const withoutCell = line.cells[0]![groups.length]!;
  const anyRecorded = byGroup.length > 0;
  return {
    title: `By year group${selection.topic ? `: ${selection.topic}` : ''}`,
    kind: 'bar',
    categoryLabel: 'Year group',
    categories: groups.map(yearGroupLabel),
    series: [{ key: 'visits', label: 'Visits', cells: anyRecorded ? cells : groups.map(() => null) }],
    valueLabel: 'Visits',
    summary: anyRecorded
      ? `Bar chart of drop-in visits${selection.topic ? ` about ${selection.topic}` : ''} by year group, ${periodLabel(selection)}: ${groups.map((g, i) => `${yearGroupLabel(g)} ${cellText(cells[i]!)}`).join(', ')}.`
      : `No visits were recorded with a year group in the ${periodLabel(selection)}.`,
    threshold,
    withoutYearGroup: withoutYearGroup > 0 ? withoutCell : null,
  };
}

/** An indicator's value term by term. */
export function indicatorChart(indicator: Indicator, data: TrendData, threshold: number): ChartModel {
  const values = indicatorByTerm(indicator.source, data, threshold);
  const percent = indicator.source.kind === 'survey-question';
  return {
    title: indicator.name,
    kind: 'bar',
    categoryLabel: 'Term',
    categories: values.map((v) => v.label),
    series: [{ key: 'value', label: percent ? '% answering of concern' : 'Visits a week', cells: values.map((v) => v.cell) }],
    valueLabel: percent ? '% answering of concern' : 'Visits a week',
    extraColumns: [{ header: percent ? 'Pupils who answered' : 'Based on', values: values.map((v) => v.detail) }],
    summary:
      values.length === 0
        ? `${indicator.name}: no data yet.`
        : `Bar chart of ${indicator.name}, by term: ${values.map((v) => `${v.label} ${indicatorValueText(v.cell)}`).join('; ')}.`,
    threshold,
    percent,
  };
}

/** The before/after comparison as a two-bar chart (plus its reading). */
export function beforeAfterModel(indicator: Indicator, campaign: Campaign, data: TrendData, threshold: number, windowWeeks?: number): { result: BeforeAfter; chart: ChartModel | null } {
  const result = beforeAfter(indicator.source, campaign, data, threshold, windowWeeks);
  if (result.kind === 'check-ins') {
    if (result.before.weeks.length === 0 && result.after.weeks.length === 0) return { result, chart: null };
    return {
      result,
      chart: {
        title: `${indicator.name}: before and after ${campaign.title}`,
        kind: 'bar',
        categoryLabel: 'When',
        categories: [`${result.before.weeks.length} weeks before`, `${result.after.weeks.length} weeks after`],
        series: [{ key: 'avg', label: 'Visits a week', cells: [result.before.cell, result.after.cell] }],
        valueLabel: 'Visits a week',
        extraColumns: [{ header: 'Visits in all', values: [countText(result.before.total, threshold), countText(result.after.total, threshold)] }],
        summary: result.reading,
        threshold,
      },
    };
  }
  if (!result.before && !result.after) return { result, chart: null };
  return {
    result,
    chart: {
      title: `${indicator.name}: before and after ${campaign.title}`,
      kind: 'bar',
      categoryLabel: 'Survey',
      categories: [result.before ? `Before: ${result.before.wave.title}` : 'Before: no survey', result.after ? `After: ${result.after.wave.title}` : 'After: no survey yet'],
      series: [{ key: 'rate', label: '% answering of concern', cells: [result.beforeCell, result.afterCell] }],
      valueLabel: '% answering of concern',
      extraColumns: [{ header: 'Pupils who answered', values: [result.before ? countText(result.before.answered, threshold) : '', result.after ? countText(result.after.answered, threshold) : ''] }],
      summary: result.reading,
      threshold,
      percent: true,
    },
  };
}

/** Topics in the period with visits, per week, and the same term a year earlier, plus a total row (secondary suppression applied). */
export function topicRows(sessions: TallySession[], years: AcademicYearDates[], selection: TrendSelection, topics: string[], threshold: number) {
  const period = sessionsIn(sessions, years, selection.academicYear, selection.term);
  const earlier = sessionsIn(sessions, years, selection.academicYear - 1, selection.term);
  const totals = topicTotals(period, { yearGroup: selection.yearGroup });
  const lastYear = topicTotals(earlier, { yearGroup: selection.yearGroup });
  const names = [...new Set([...topics, ...totals.map((t) => t.topic)])].filter((t) => totals.some((x) => x.topic === t) || lastYear.some((x) => x.topic === t));
  const counts = names.map((t) => [totals.find((x) => x.topic === t)?.total ?? 0, lastYear.find((x) => x.topic === t)?.total ?? 0]);
  const table = suppressTable(counts, threshold, { rowTotals: false, columnTotals: true });
  const weeks = new Set<string>();
  for (const b of weeklyBuckets(sessions, years, selection.academicYear, selection.term)) if (b.recorded) weeks.add(b.label);
  return {
    names,
    /** False when nothing at all was recorded in the same period a year earlier: show "no data", not "fewer than N". */
    lastYearRecorded: earlier.length > 0,
    thisPeriod: table.cells.map((r) => r[0]!),
    lastYear: table.cells.map((r) => r[1]!),
    totalThis: table.columnTotals[0]!,
    totalLast: table.columnTotals[1]!,
    weeksRecorded: weeks.size,
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
