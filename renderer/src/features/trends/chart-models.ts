/**
 * From trends data and the lead's choices to what each chart shows: categories, protected cells,
 * a spoken summary and campaign marks. Shared by the dashboard and the governors' report, so both
 * show the same numbers the same way. Every number comes from one disclosure pass over the whole
 * screen or report (shared/trends-view.ts), never from a raw count.
 */
import { academicYearLabel, academicYearOf, formatDateLong, placeDate, toIsoDate } from '@shared/calendar';
import { TERM_NAMES, termLabel, yearGroupLabel, type AcademicYearDates, type IsoDate, type TermName, type YearGroup } from '@shared/domain';
import { DEFAULT_WINDOW_WEEKS } from '@shared/indicators';
import { formatAverage, type PlotCell } from '@shared/suppression';
import { topicsOf } from '@shared/tally-import';
import { campaignMarks, weeklyBuckets, yearsWithData, type TallySession } from '@shared/trend-series';
import { averageText, compareReading, plotValue, plural, valueText, visitsPhrase } from '@shared/trends-readings';
import { buildTrendsView, type AverageFigure, type CompareView, type FigureCell, type RateFigure, type TrendsView } from '@shared/trends-view';
import type { Activity, Campaign, Indicator } from '../../db/records';
import type { TrendsData } from './queries';
import type { ChartMarks, TrendChartProps } from './TrendChart';

export interface TrendSelection {
  academicYear: number;
  term: TermName | null;
  topic: string | null;
  yearGroup: YearGroup | null;
}

export type ChartModel = Omit<TrendChartProps, 'print' | 'headingLevel' | 'children'>;

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

/** Views already worked out, per list of sessions (a new list, after any change, starts afresh). */
const views = new WeakMap<TallySession[], { years: AcademicYearDates[]; byKey: Map<string, TrendsView> }>();

export interface ViewSettings {
  yearGroups: YearGroup[];
  checkInTopics?: string[];
}

export interface CompareChoice {
  campaign: Campaign;
  indicator: Indicator;
  windowWeeks?: number;
}

/** The topics table's rows: the school's list, then any other topic ever recorded. */
export function topicList(settings: ViewSettings, sessions: TallySession[]): string[] {
  const list = new Set(topicsOf(settings));
  for (const s of sessions) for (const c of s.counts) list.add(c.topic);
  return [...list];
}

/**
 * Everything the Trends screen shows for a selection, through one disclosure pass: the weekly chart,
 * year on year, year groups, topics, every indicator and the chosen before/after comparison.
 */
export function dashboardView(data: TrendsData, settings: ViewSettings, selection: TrendSelection, threshold: number, today: IsoDate, compare: CompareChoice | null): TrendsView {
  let cached = views.get(data.sessions);
  if (!cached || cached.years !== data.years) {
    cached = { years: data.years, byKey: new Map() };
    views.set(data.sessions, cached);
  }
  const topics = topicList(settings, data.sessions);
  const key = JSON.stringify([selection, threshold, today, topics, settings.yearGroups, data.indicators.map((i) => [i.id, i.source]), data.years.length, compare ? [compare.campaign.id, compare.campaign.startDate, compare.campaign.endDate, compare.indicator.id, compare.windowWeeks] : null, data.results.length]);
  let view = cached.byKey.get(key);
  if (!view) {
    view = buildTrendsView({
      data,
      indicators: data.indicators,
      threshold,
      selection,
      topics,
      schoolGroups: settings.yearGroups,
      today,
      yearGroupChart: true,
      compare: compare ? [{ key: 'compare', source: compare.indicator.source, campaign: compare.campaign, windowWeeks: compare.windowWeeks ?? DEFAULT_WINDOW_WEEKS }] : [],
    });
    cached.byKey.set(key, view);
  }
  return view;
}

/**
 * Works out the view the dashboard opens with (its default choices) while the Dashboard is idle,
 * so opening Trends only has to draw it.
 */
export function primeFirstChart(data: TrendsData, settings: ViewSettings, threshold: number, today: Date): void {
  const { selection } = trendSelection(new URLSearchParams(), data.sessions, data.years, today);
  dashboardView(data, settings, selection, threshold, toIsoDate(today), null);
}

export function periodLabel(selection: Pick<TrendSelection, 'academicYear' | 'term'>): string {
  return selection.term ? `${termLabel(selection.term)} term ${academicYearLabel(selection.academicYear)}` : `academic year ${academicYearLabel(selection.academicYear)}`;
}

function aboutLabel(selection: Pick<TrendSelection, 'topic' | 'yearGroup'>): string {
  const topic = selection.topic ? ` about ${selection.topic}` : '';
  const group = selection.yearGroup ? ` (${yearGroupLabel(selection.yearGroup)})` : '';
  return `${topic}${group}`;
}

/** A protected figure as a chart plots it. */
function plot(v: FigureCell | AverageFigure | RateFigure, threshold: number): PlotCell {
  const status = 'status' in v ? v.status : 'weeks' in v ? v.total.status : v.percent !== null ? 'shown' : 'small';
  // In a chart's table the column says the unit ("Visits a week", "%"): the cell is the number, or its marker.
  const text = 'status' in v ? v.text : 'weeks' in v ? (v.average !== null ? formatAverage(v.average) : v.total.status === 'small' ? `fewer than ${threshold} in all` : v.total.status === 'withheld' ? 'not given' : v.total.text) : valueText(v, threshold);
  return { plot: plotValue(v), text, hidden: status !== 'shown' || plotValue(v) === null };
}

function markerCounts(cells: (FigureCell | null)[]): string {
  const small = cells.filter((c) => c?.status === 'small').length;
  const hidden = cells.filter((c) => c && (c.status === 'protecting' || c.status === 'withheld')).length;
  return [small > 0 ? `${plural(small, 'point')} had fewer than THRESHOLD` : '', hidden > 0 ? `${plural(hidden, 'point')} hidden to protect them` : ''].filter(Boolean).join('; ');
}

/** Visits per teaching week (or half term) in the chosen period: the chosen topic, or all topics. */
export function weeklyChart(view: TrendsView, selection: TrendSelection, years: AcademicYearDates[], campaign?: { campaign: Campaign; activities: Activity[] } | null): ChartModel {
  const { chart, threshold } = view;
  const unit = chart.unit;
  const peak = chart.cells.reduce<{ value: number; label: string } | null>((best, c, i) => (c && c.value !== null && (!best || c.value > best.value) ? { value: c.value, label: chart.categories[i]! } : best), null);
  const markers = markerCounts(chart.cells).replace(/THRESHOLD/g, String(threshold)).replace(/points?/g, (m) => (m === 'point' ? unit : `${unit}s`));
  const summary =
    chart.recorded === 0
      ? `No drop-in sessions recorded in the ${periodLabel(selection)}.`
      : `${unit === 'week' ? 'Line' : 'Bar'} chart of drop-in visits${aboutLabel(selection)} per ${unit === 'week' ? 'teaching week' : 'half term'}, ${periodLabel(selection)}: ${visitsPhrase(chart.total)} in ${plural(chart.recorded, 'week')} with a session` +
        (peak ? `; the most was ${peak.value} in ${peak.label}` : '') +
        (markers ? `; ${markers}` : '') +
        `.${unit === 'week' ? ' Weeks without a session recorded are left as gaps.' : ''}`;
  let marks: ChartMarks | undefined;
  if (campaign && unit === 'week') {
    const buckets = weeklyBuckets([], years, selection.academicYear, selection.term).filter((b) => chart.categories.includes(b.label));
    const found = campaignMarks(campaign.campaign, campaign.activities, buckets, years);
    marks = {
      span: found.span ? { ...found.span, label: campaign.campaign.title } : null,
      lines: found.activities.map((a, i) => ({ category: a.label, n: i + 1, title: `${a.title}, ${formatDateLong(a.date)}` })),
    };
  }
  return {
    title: `Drop-in visits${aboutLabel(selection)} by ${unit === 'week' ? 'teaching week' : 'half term'}`,
    kind: unit === 'week' ? 'line' : 'bar',
    categoryLabel: unit === 'week' ? 'Teaching week' : 'Half term',
    categories: chart.categories,
    categoryNames: chart.categoryNames,
    series: [{ key: 'total', label: selection.topic ? `Visits about ${selection.topic}` : 'All topics', cells: chart.cells.map((c) => (c ? plot(c, threshold) : null)) }],
    valueLabel: 'Visits',
    summary,
    threshold,
    ...(marks ? { marks } : {}),
  };
}

/** Visits per week in each term, one series per academic year (year on year). */
export function yearOnYearChart(view: TrendsView, selection: TrendSelection, today?: IsoDate, calendarYears: AcademicYearDates[] = []): ChartModel {
  const { years, cells } = view.yearOnYear;
  const calendar = years.length > 0 ? calendarYears : [];
  const terms: TermName[] = ['autumn', 'spring', 'summer'];
  const latest = years[years.length - 1];
  const summary =
    years.length === 0
      ? 'No drop-in sessions recorded yet.'
      : `Bar chart of drop-in visits${aboutLabel(selection)} per week with a session, by term, for ${years.map(academicYearLabel).join(', ')}.` +
        (latest !== undefined
          ? ' ' +
            terms
              .map((term, i) => {
                const a = cells[latest]![i];
                return a ? `${termLabel(term)} ${academicYearLabel(latest)}: ${averageText(a, view.threshold)}.` : '';
              })
              .filter(Boolean)
              .join(' ')
          : '');
  return {
    title: `Term by term, year on year${aboutLabel(selection)}`,
    kind: 'bar',
    categoryLabel: 'Term',
    categories: terms.map(termLabel),
    // A term that has not started yet is "not yet", never a gap that reads like no sessions.
    series: years.map((year) => ({
      key: `y${year}`,
      label: academicYearLabel(year),
      cells: cells[year]!.map((a, i) => (a ? plot(a, view.threshold) : today && termStart(calendar, year, terms[i]!) > today ? { plot: null, text: 'not yet', hidden: false } : null)),
    })),
    valueLabel: 'Visits a week',
    summary,
    threshold: view.threshold,
  };
}

function termStart(calendar: AcademicYearDates[], year: number, term: TermName): IsoDate {
  return calendar.find((y) => y.startYear === year)?.terms.find((t) => t.term === term)?.start ?? `${year + (term === 'autumn' ? 0 : 1)}-${term === 'autumn' ? '09-01' : term === 'spring' ? '01-01' : '04-15'}`;
}

/** Visits by year group in the chosen period (only counts recorded with one of the school's year groups). */
export function yearGroupChart(view: TrendsView, selection: TrendSelection): ChartModel & { withoutYearGroup: FigureCell } {
  const g = view.yearGroups!;
  return {
    title: `By year group${selection.topic ? `: ${selection.topic}` : ''}`,
    kind: 'bar',
    categoryLabel: 'Year group',
    categories: g.labels,
    series: [{ key: 'visits', label: 'Visits', cells: g.anyRecorded ? g.cells.map((c) => plot(c, view.threshold)) : g.labels.map(() => null) }],
    valueLabel: 'Visits',
    summary: g.anyRecorded
      ? `Bar chart of drop-in visits${selection.topic ? ` about ${selection.topic}` : ''} by year group, ${periodLabel(selection)}: ${g.labels.map((label, i) => `${label} ${g.cells[i]!.text}`).join(', ')}.`
      : `No visits have been recorded with a year group.`,
    threshold: view.threshold,
    withoutYearGroup: g.without,
  };
}

/** An indicator's value term by term. */
export function indicatorChart(indicator: Indicator, view: TrendsView): ChartModel {
  const values = view.indicators.get(indicator.id) ?? [];
  const percent = indicator.source.kind === 'survey-question';
  const t = view.threshold;
  return {
    title: indicator.name,
    kind: 'bar',
    categoryLabel: 'Term',
    categories: values.map((v) => v.label),
    series: [{ key: 'value', label: percent ? '% answering of concern' : 'Visits a week', cells: values.map((v) => plot(v.value, t)) }],
    valueLabel: percent ? '% answering of concern' : 'Visits a week',
    extraColumns: [{ header: percent ? 'Pupils who answered' : 'Based on', values: values.map((v) => ('weeks' in v.value ? `${visitsPhrase(v.value.total)} in ${plural(v.value.weeks, 'week')} with a drop-in` : answeredText(v.value.answered))) }],
    summary: values.length === 0 ? `${indicator.name}: no data yet.` : `Bar chart of ${indicator.name}, by term: ${values.map((v) => `${v.label} ${valueText(v.value, t)}`).join('; ')}.`,
    threshold: t,
    percent,
  };
}

/** The before/after comparison as a reading and a two-bar chart. */
export function beforeAfterModel(indicator: Indicator, campaign: Campaign, view: TrendsView, key: string, windowWeeks = DEFAULT_WINDOW_WEEKS): { reading: string; chart: ChartModel | null } {
  const c = view.compare.get(key);
  if (!c) return { reading: '', chart: null };
  const { reading } = compareReading(c, indicator.source, campaign, view.threshold, windowWeeks);
  if (!c.before && !c.after) return { reading, chart: null };
  const t = view.threshold;
  const percent = c.kind === 'survey';
  const side = (s: CompareView['before'], name: string) => (s ? (percent ? `${capitalise(name)}: ${s.label}` : `${s.weeks} weeks ${name}`) : percent ? `${capitalise(name)}: no survey${name === 'after' ? ' yet' : ''}` : `No weeks ${name}`);
  return {
    reading,
    chart: {
      title: `${indicator.name}: before and after ${campaign.title}`,
      kind: 'bar',
      categoryLabel: percent ? 'Survey' : 'When',
      categories: [side(c.before, 'before'), side(c.after, 'after')],
      series: [{ key: percent ? 'rate' : 'avg', label: percent ? '% answering of concern' : 'Visits a week', cells: [c.before ? plot(c.before.value, t) : null, c.after ? plot(c.after.value, t) : null] }],
      valueLabel: percent ? '% answering of concern' : 'Visits a week',
      extraColumns: [
        {
          header: percent ? 'Pupils who answered' : 'Visits in all',
          values: [c.before, c.after].map((s) => (!s ? '' : 'weeks' in s.value ? s.value.total.text : answeredText(s.value.answered))),
        },
      ],
      summary: reading,
      threshold: t,
      ...(percent ? { percent: true } : {}),
    },
  };
}

/** "40 answered", "fewer than 5 answered", "hidden". */
function answeredText(cell: FigureCell): string {
  return cell.status === 'shown' || cell.status === 'small' ? `${cell.text} answered` : cell.text;
}

/** "4.2" for the topics table's "a week" column, or the marker of the total behind it. */
export function perWeekText(cell: FigureCell, weeks: number): string {
  if (weeks === 0) return '—';
  if (cell.value === null) return cell.text;
  return (cell.value / weeks).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
