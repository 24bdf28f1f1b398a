/**
 * Indicators: named measures a campaign can aim to move, built from drop-in topics ("drop-in visits
 * about sleep per teaching week") or survey questions ("% of Year 9 reporting trouble sleeping often
 * or always"); their values term by term; and the before/after comparison for a campaign, with a
 * plain-English reading that never claims more than the numbers show.
 *
 * All values pass through shared/suppression.ts: a count below the threshold is never shown, and
 * neither is an average or a percentage that would give one away.
 */
import { formatDateLong, placeDate } from './calendar';
import { yearGroupLabel, type AcademicYearDates, type IsoDate, type TermName, type YearGroup } from './domain';
import { countText, formatAverage, rateText, suppressAverage, suppressCount, suppressRate, suppressedText, type AverageCell, type RateCell } from './suppression';
import { allTeachingWeeks, fastTeachingWeekOf, termBuckets, termYearLabel, type TallySession } from './trend-series';

export type IndicatorSource = { kind: 'check-in-topic'; topic: string } | { kind: 'survey-question'; questionText: string; yearGroup?: YearGroup };

export interface IndicatorDefinition {
  id: string;
  name: string;
  source: IndicatorSource;
}

export interface SurveyWaveData {
  id: string;
  title: string;
  date: IsoDate;
  academicYear: number;
  term?: TermName;
  questions: { id: string; text: string; concernAnswers: string[] }[];
}

export interface SurveyResultData {
  waveId: string;
  questionId: string;
  answer: string;
  yearGroup?: YearGroup;
  count: number;
}

export interface TrendData {
  sessions: TallySession[];
  waves: SurveyWaveData[];
  results: SurveyResultData[];
  years: AcademicYearDates[];
}

/** A suggested name for an indicator from its source. */
export function suggestIndicatorName(source: IndicatorSource, concernAnswers: string[] = []): string {
  if (source.kind === 'check-in-topic') return `Drop-in visits about ${source.topic} per teaching week`;
  const who = source.yearGroup ? yearGroupLabel(source.yearGroup) : 'pupils';
  const answers = concernAnswers.length > 0 ? ` ${joinOr(concernAnswers.map((a) => `“${a}”`))}` : ' an answer of concern';
  return `% of ${who} answering${answers} to “${source.questionText}”`;
}

export function joinOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The term a wave belongs to: as recorded, else where its date falls (holidays count with the term before). */
export function waveTerm(wave: Pick<SurveyWaveData, 'date' | 'term' | 'academicYear'>, years: AcademicYearDates[]): TermName {
  if (wave.term) return wave.term;
  const place = placeDate(wave.date, years);
  if (place.term) return place.term;
  const year = years.find((y) => y.startYear === wave.academicYear);
  const before = year?.terms.filter((t) => t.start <= wave.date).pop();
  return before?.term ?? 'autumn';
}

// ── Survey questions ────────────────────────────────────────────────────────────────────────────

export interface SurveyPoint {
  wave: SurveyWaveData;
  term: TermName;
  /** Pupils (in the year group, if any) who gave an answer of concern, and who answered at all. */
  concern: number;
  answered: number;
  concernAnswers: string[];
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Every wave that asked the question, oldest first, with its counts for the year group (or everyone). */
export function surveyPoints(source: Extract<IndicatorSource, { kind: 'survey-question' }>, data: Pick<TrendData, 'waves' | 'results' | 'years'>): SurveyPoint[] {
  const points: SurveyPoint[] = [];
  for (const wave of [...data.waves].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const question = wave.questions.find((q) => sameText(q.text, source.questionText));
    if (!question) continue;
    let concern = 0;
    let answered = 0;
    for (const r of data.results) {
      if (r.waveId !== wave.id || r.questionId !== question.id) continue;
      if (source.yearGroup && r.yearGroup !== source.yearGroup) continue;
      answered += r.count;
      if (question.concernAnswers.includes(r.answer)) concern += r.count;
    }
    if (answered === 0) continue;
    points.push({ wave, term: waveTerm(wave, data.years), concern, answered, concernAnswers: question.concernAnswers });
  }
  return points;
}

// ── Values by term ──────────────────────────────────────────────────────────────────────────────

export interface IndicatorTermValue {
  academicYear: number;
  term: TermName;
  label: string;
  cell: AverageCell | RateCell;
  /** What a table shows beside the value: "25 visits in 6 weeks", "n = 180". */
  detail: string;
}

/** An indicator's value for each term that has data, oldest first. */
export function indicatorByTerm(source: IndicatorSource, data: TrendData, threshold: number): IndicatorTermValue[] {
  if (source.kind === 'check-in-topic') {
    return termBuckets(data.sessions, data.years, { topic: source.topic })
      .filter((b) => b.weeksRecorded > 0)
      .map((b) => ({
        academicYear: b.academicYear,
        term: b.term,
        label: b.label,
        cell: suppressAverage(b.total, b.weeksRecorded, threshold),
        detail: `${countText(b.total, threshold)} visits in ${b.weeksRecorded} week${b.weeksRecorded === 1 ? '' : 's'} with a drop-in recorded`,
      }));
  }
  const byTerm = new Map<string, { academicYear: number; term: TermName; concern: number; answered: number }>();
  for (const p of surveyPoints(source, data)) {
    const key = `${p.wave.academicYear}-${p.term}`;
    const entry = byTerm.get(key) ?? byTerm.set(key, { academicYear: p.wave.academicYear, term: p.term, concern: 0, answered: 0 }).get(key)!;
    entry.concern += p.concern;
    entry.answered += p.answered;
  }
  return [...byTerm.values()]
    .sort((a, b) => a.academicYear - b.academicYear || termIndex(a.term) - termIndex(b.term))
    .map((e) => ({
      academicYear: e.academicYear,
      term: e.term,
      label: termYearLabel(e.academicYear, e.term),
      cell: suppressRate(e.concern, e.answered, threshold),
      detail: `${countText(e.answered, threshold)} answered`,
    }));
}

function termIndex(term: TermName): number {
  return ['autumn', 'spring', 'summer'].indexOf(term);
}

/** The value as words: "4.2 a week", "32%", "fewer than 5 of 180". */
export function indicatorValueText(cell: AverageCell | RateCell): string {
  if ('over' in cell) return cell.suppressed ? `${suppressedText(cell.threshold)} visits in all` : `${formatAverage(cell.average)} a week`;
  return rateText(cell);
}

// ── Before and after a campaign ─────────────────────────────────────────────────────────────────

export const DEFAULT_WINDOW_WEEKS = 6;
/** Fewer recorded weeks than this on either side and the comparison is not made. */
export const MIN_WINDOW_WEEKS = 3;

export interface WeeklyWindow {
  weeks: { monday: IsoDate; label: string; count: number }[];
  total: number;
  cell: AverageCell | null;
}

export type BeforeAfter =
  | {
      kind: 'check-ins';
      topic: string;
      before: WeeklyWindow;
      after: WeeklyWindow;
      reading: string;
      comparable: boolean;
    }
  | {
      kind: 'survey';
      before: SurveyPoint | null;
      after: SurveyPoint | null;
      beforeCell: RateCell | null;
      afterCell: RateCell | null;
      reading: string;
      comparable: boolean;
    };

/**
 * The drop-in weeks before a campaign started vs after it ended. Weeks are teaching weeks with at
 * least one session recorded (a week nobody recorded is unknown, not zero): up to `weeks` of them
 * ending the week before the campaign's first week, and up to `weeks` starting the week after its last.
 */
export function beforeAfterCheckIns(
  topic: string,
  campaign: { startDate: IsoDate; endDate: IsoDate },
  data: Pick<TrendData, 'sessions' | 'years'>,
  threshold: number,
  windowWeeks = DEFAULT_WINDOW_WEEKS,
): Extract<BeforeAfter, { kind: 'check-ins' }> {
  const weeks = allTeachingWeeks(data.years);
  const counts = new Map<string, number>();
  const recorded = new Set<string>();
  for (const s of data.sessions) {
    const at = fastTeachingWeekOf(s.date, data.years);
    if (!at) continue;
    recorded.add(at.monday);
    let n = 0;
    for (const c of s.counts) if (c.topic === topic) n += c.count;
    counts.set(at.monday, (counts.get(at.monday) ?? 0) + n);
  }
  const startMonday = mondayOf(campaign.startDate);
  const endMonday = mondayOf(campaign.endDate);
  const usable = weeks.filter((w) => recorded.has(w.monday));
  const toWindow = (list: typeof usable): WeeklyWindow => {
    const rows = list.map((w) => ({ monday: w.monday, label: `${w.term.charAt(0).toUpperCase()}${w.term.slice(1)} week ${w.index}, ${w.academicYear}/${String((w.academicYear + 1) % 100).padStart(2, '0')}`, count: counts.get(w.monday) ?? 0 }));
    const total = rows.reduce((n, r) => n + r.count, 0);
    return { weeks: rows, total, cell: rows.length > 0 ? suppressAverage(total, rows.length, threshold) : null };
  };
  const before = toWindow(usable.filter((w) => w.monday < startMonday).slice(-windowWeeks));
  const after = toWindow(usable.filter((w) => w.monday > endMonday).slice(0, windowWeeks));
  const { reading, comparable } = readCheckIns(topic, campaign, before, after, threshold, windowWeeks);
  return { kind: 'check-ins', topic, before, after, reading, comparable };
}

function readCheckIns(topic: string, campaign: { startDate: IsoDate; endDate: IsoDate }, before: WeeklyWindow, after: WeeklyWindow, threshold: number, windowWeeks: number): { reading: string; comparable: boolean } {
  const weeksText = (n: number) => `${n} week${n === 1 ? '' : 's'}`;
  if (before.weeks.length < MIN_WINDOW_WEEKS) {
    return {
      comparable: false,
      reading: `There ${before.weeks.length === 1 ? 'is' : 'are'} only ${weeksText(before.weeks.length)} of drop-in tallies before the campaign started on ${formatDateLong(campaign.startDate)}, so there is not enough to compare. Upstream needs at least ${MIN_WINDOW_WEEKS}.`,
    };
  }
  if (after.weeks.length < MIN_WINDOW_WEEKS) {
    return {
      comparable: false,
      reading: `There ${after.weeks.length === 1 ? 'is' : 'are'} only ${weeksText(after.weeks.length)} of drop-in tallies after the campaign ended on ${formatDateLong(campaign.endDate)}, so it is too soon to compare. Upstream needs at least ${MIN_WINDOW_WEEKS}; up to ${windowWeeks} are used.`,
    };
  }
  const b = before.cell!;
  const a = after.cell!;
  if (b.suppressed || a.suppressed) {
    const side = b.suppressed && a.suppressed ? 'before and after' : b.suppressed ? 'before' : 'after';
    return {
      comparable: false,
      reading: `${capitalise(suppressedText(threshold))} visits about ${topic} were recorded in the weeks ${side} the campaign, so the numbers are too small to compare without risking identifying pupils.`,
    };
  }
  const direction = describeChange(b.average, a.average);
  let reading =
    `Visits about ${topic} averaged ${formatAverage(b.average)} a week in the ${weeksText(before.weeks.length)} before and ${formatAverage(a.average)} a week in the ${weeksText(after.weeks.length)} after. `;
  if (direction === 'about the same') {
    reading += 'That is about the same, so there is no sign of a change either way.';
  } else {
    reading += `This is a ${direction}, but drop-in numbers vary week to week and other things changed too, so it does not show the campaign caused it.`;
    if (withinWeeklySwing(before.weeks.map((w) => w.count), after.weeks.map((w) => w.count))) {
      reading += ' The difference is also smaller than the usual swing from one week to the next, so it could be chance.';
    }
  }
  return { reading, comparable: true };
}

/** "rise", "fall" or "about the same" (a change of less than a tenth either way). */
export function describeChange(before: number, after: number): 'rise' | 'fall' | 'about the same' {
  const base = Math.max(Math.abs(before), 1e-9);
  if (Math.abs(after - before) / base < 0.1) return 'about the same';
  return after > before ? 'rise' : 'fall';
}

/** Is the difference in means within about two standard errors of the weekly counts? */
export function withinWeeklySwing(before: number[], after: number[]): boolean {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = (xs: number[]) => {
    const m = mean(xs);
    return xs.length < 2 ? m : xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
  };
  const se = Math.sqrt(variance(before) / before.length + variance(after) / after.length);
  return Math.abs(mean(after) - mean(before)) < 2 * se;
}

/** The survey wave closest before the campaign started vs the first after it ended. */
export function beforeAfterSurvey(
  source: Extract<IndicatorSource, { kind: 'survey-question' }>,
  campaign: { startDate: IsoDate; endDate: IsoDate },
  data: Pick<TrendData, 'waves' | 'results' | 'years'>,
  threshold: number,
): Extract<BeforeAfter, { kind: 'survey' }> {
  const points = surveyPoints(source, data);
  const before = points.filter((p) => p.wave.date < campaign.startDate).pop() ?? null;
  const after = points.find((p) => p.wave.date > campaign.endDate) ?? null;
  const beforeCell = before ? suppressRate(before.concern, before.answered, threshold) : null;
  const afterCell = after ? suppressRate(after.concern, after.answered, threshold) : null;
  const who = source.yearGroup ? yearGroupLabel(source.yearGroup) : 'pupils';
  let reading: string;
  let comparable = false;
  if (!before) reading = `No survey that asked “${source.questionText}” took place before the campaign started on ${formatDateLong(campaign.startDate)}, so there is nothing to compare with.`;
  else if (!after) reading = `No survey that asked “${source.questionText}” has taken place since the campaign ended on ${formatDateLong(campaign.endDate)}. Compare again after the next survey.`;
  else if (beforeCell!.suppressed || afterCell!.suppressed) {
    reading = `In at least one of the surveys the group is too small, or too few gave an answer of concern, to show a percentage without risking identifying pupils (before: ${rateText(beforeCell!)}; after: ${rateText(afterCell!)}).`;
  } else {
    const b = beforeCell as Extract<RateCell, { suppressed: false }>;
    const a = afterCell as Extract<RateCell, { suppressed: false }>;
    const answers = joinOr(before.concernAnswers.map((x) => `“${x}”`));
    const direction = describeChange(b.percent, a.percent);
    reading =
      `In the survey before the campaign (${before.wave.title}, ${formatDateLong(before.wave.date)}, ${countText(before.answered, threshold)} answered), ${rateText(b)} of ${who} answered ${answers}; ` +
      `in the survey after (${after.wave.title}, ${formatDateLong(after.wave.date)}, ${countText(after.answered, threshold)} answered), ${rateText(a)} did. `;
    reading +=
      direction === 'about the same'
        ? 'That is about the same, so there is no sign of a change either way.'
        : `This is a ${direction}, but different pupils answer each time and other things changed too, so it does not show the campaign caused it.`;
    if (direction !== 'about the same' && withinSamplingError(before.concern, before.answered, after.concern, after.answered)) {
      reading += ' With this many pupils answering, a difference this size could also be chance.';
    }
    comparable = true;
  }
  return { kind: 'survey', before, after, beforeCell, afterCell, reading, comparable };
}

/** A two-proportion check: is the difference within about two standard errors? */
export function withinSamplingError(x1: number, n1: number, x2: number, n2: number): boolean {
  const p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return se === 0 ? false : Math.abs(x1 / n1 - x2 / n2) < 2 * se;
}

/** The before/after for whichever kind of indicator a campaign aims to move. */
export function beforeAfter(source: IndicatorSource, campaign: { startDate: IsoDate; endDate: IsoDate }, data: TrendData, threshold: number, windowWeeks = DEFAULT_WINDOW_WEEKS): BeforeAfter {
  return source.kind === 'check-in-topic' ? beforeAfterCheckIns(source.topic, campaign, data, threshold, windowWeeks) : beforeAfterSurvey(source, campaign, data, threshold);
}

/** A count as it may be printed. */
export function visitsText(count: number, threshold: number): string {
  const cell = suppressCount(count, threshold);
  return cell.suppressed ? `${suppressedText(threshold)} visits` : `${cell.value.toLocaleString('en-GB')} visit${cell.value === 1 ? '' : 's'}`;
}

function mondayOf(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d);
  const offset = (day.getDay() + 6) % 7;
  day.setDate(day.getDate() - offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
