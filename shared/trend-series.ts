/**
 * Drop-in tallies arranged the way a wellbeing lead reads them: by teaching week, by term (using the
 * school's own term dates), by academic year (year on year), by topic and by year group.
 *
 * Everything here returns TRUE counts; the screens pass them through shared/suppression.ts before
 * showing anything. Weeks come from shared/calendar.ts, so half terms and holidays are never weeks.
 */
import { academicYearLabel, academicYearStart, teachingWeeks, type TeachingWeek } from './calendar';
import { TERM_NAMES, termLabel, YEAR_GROUPS, type AcademicYearDates, type IsoDate, type TermName, type YearGroup } from './domain';

// ── Fast lookups ────────────────────────────────────────────────────────────────────────────────
// calendar.ts answers "which teaching week?" by building the term's weeks each time: fine for one
// date, slow for five years of sessions on every render. These build each school calendar's weeks
// once (cached per academicYears array) and answer by string comparison.

interface IndexedWeek {
  academicYear: number;
  term: TermName;
  week: number;
  monday: IsoDate;
  start: IsoDate;
  end: IsoDate;
  halfTermStart: IsoDate;
  halfTermEnd: IsoDate;
}

const weekIndexCache = new WeakMap<AcademicYearDates[], Map<IsoDate, IndexedWeek[]>>();

function weekIndex(years: AcademicYearDates[]): Map<IsoDate, IndexedWeek[]> {
  let index = weekIndexCache.get(years);
  if (!index) {
    index = new Map();
    for (const year of years) {
      for (const t of year.terms) {
        for (const w of teachingWeeks(t)) {
          const entry: IndexedWeek = { academicYear: year.startYear, term: t.term, week: w.index, monday: w.monday, start: t.start, end: t.end, halfTermStart: t.halfTermStart, halfTermEnd: t.halfTermEnd };
          (index.get(w.monday) ?? index.set(w.monday, []).get(w.monday)!).push(entry);
        }
      }
    }
    weekIndexCache.set(years, index);
  }
  return index;
}

/** The Monday of a date's week (ISO dates in, ISO date out). */
export function mondayOfIso(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d);
  day.setDate(d - ((day.getDay() + 6) % 7));
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** Same answer as calendar.ts teachingWeekOf, from the cached index. */
export function fastTeachingWeekOf(date: IsoDate, years: AcademicYearDates[]): { academicYear: number; term: TermName; week: number; monday: IsoDate } | null {
  const candidates = weekIndex(years).get(mondayOfIso(date));
  if (!candidates) return null;
  for (const w of candidates) {
    if (w.start <= date && date <= w.end && !(w.halfTermStart <= date && date <= w.halfTermEnd)) return { academicYear: w.academicYear, term: w.term, week: w.week, monday: w.monday };
  }
  return null;
}

/** The school's academic year of an ISO date (see calendar.ts academicYearOf), by string. */
export function academicYearOfIso(date: IsoDate, years: readonly AcademicYearDates[] = []): number {
  const year = Number(date.slice(0, 4));
  return date >= academicYearStart(year, years) ? year : year - 1;
}

/** The term a date falls in (half term included), or undefined in holidays. */
export function termOfIso(date: IsoDate, years: AcademicYearDates[]): TermName | undefined {
  const year = years.find((y) => y.startYear === academicYearOfIso(date, years));
  return year?.terms.find((t) => t.start <= date && date <= t.end)?.term;
}

export interface TallySession {
  date: IsoDate;
  sessionType: string;
  counts: { topic: string; yearGroup?: YearGroup; count: number }[];
}

export interface TallyFilter {
  /** Only this topic (null: every topic). */
  topic?: string | null;
  /** Only counts recorded against this year group (null: all counts, with or without a year group). */
  yearGroup?: YearGroup | null;
}

function countsOf(session: TallySession, filter: TallyFilter): number {
  let total = 0;
  for (const c of session.counts) {
    if (filter.topic && c.topic !== filter.topic) continue;
    if (filter.yearGroup && c.yearGroup !== filter.yearGroup) continue;
    total += c.count;
  }
  return total;
}

const TERM_SHORT: Record<TermName, string> = { autumn: 'Aut', spring: 'Spr', summer: 'Sum' };

export interface WeekBucket {
  academicYear: number;
  term: TermName;
  week: number;
  monday: IsoDate;
  /** Axis label, e.g. "Aut 3". */
  label: string;
  /** True when at least one session (any topic) was recorded that week: a week without one is a gap, not a zero. */
  recorded: boolean;
  total: number;
  byTopic: Map<string, number>;
}

/** Every teaching week of an academic year (or one term), with what was recorded in it. */
export function weeklyBuckets(sessions: TallySession[], years: AcademicYearDates[], academicYear: number, term: TermName | null, filter: TallyFilter = {}): WeekBucket[] {
  const year = years.find((y) => y.startYear === academicYear);
  if (!year) return [];
  const buckets: WeekBucket[] = [];
  const byKey = new Map<string, WeekBucket>();
  for (const t of year.terms) {
    if (term && t.term !== term) continue;
    for (const w of teachingWeeks(t)) {
      const bucket: WeekBucket = { academicYear, term: t.term, week: w.index, monday: w.monday, label: `${TERM_SHORT[t.term]} ${w.index}`, recorded: false, total: 0, byTopic: new Map() };
      buckets.push(bucket);
      byKey.set(`${t.term}-${w.index}`, bucket);
    }
  }
  for (const session of sessions) {
    const at = fastTeachingWeekOf(session.date, years);
    if (!at || at.academicYear !== academicYear) continue;
    const bucket = byKey.get(`${at.term}-${at.week}`);
    if (!bucket) continue;
    bucket.recorded = true;
    for (const c of session.counts) {
      if (filter.topic && c.topic !== filter.topic) continue;
      if (filter.yearGroup && c.yearGroup !== filter.yearGroup) continue;
      bucket.total += c.count;
      bucket.byTopic.set(c.topic, (bucket.byTopic.get(c.topic) ?? 0) + c.count);
    }
  }
  return buckets;
}

/** "Autumn 2026/27" */
export function termYearLabel(academicYear: number, term: TermName): string {
  return `${termLabel(term)} ${academicYearLabel(academicYear)}`;
}

export interface TermBucket {
  academicYear: number;
  term: TermName;
  label: string;
  total: number;
  /** Teaching weeks with at least one session recorded: the fair divisor for "per week". */
  weeksRecorded: number;
  teachingWeeks: number;
}

/** Totals per academic year and term, oldest first, for every year the school has dates for. */
export function termBuckets(sessions: TallySession[], years: AcademicYearDates[], filter: TallyFilter = {}): TermBucket[] {
  const buckets = new Map<string, TermBucket & { weeks: Set<string> }>();
  for (const year of [...years].sort((a, b) => a.startYear - b.startYear)) {
    for (const t of year.terms) {
      buckets.set(`${year.startYear}-${t.term}`, {
        academicYear: year.startYear,
        term: t.term,
        label: termYearLabel(year.startYear, t.term),
        total: 0,
        weeksRecorded: 0,
        teachingWeeks: teachingWeeks(t).length,
        weeks: new Set(),
      });
    }
  }
  for (const session of sessions) {
    const at = fastTeachingWeekOf(session.date, years);
    if (!at) continue;
    const bucket = buckets.get(`${at.academicYear}-${at.term}`);
    if (!bucket) continue;
    bucket.weeks.add(String(at.week));
    bucket.total += countsOf(session, filter);
  }
  return [...buckets.values()].map(({ weeks, ...b }) => ({ ...b, weeksRecorded: weeks.size }));
}

/** Sessions dated outside teaching weeks (holidays, or years without term dates): reported, not charted. */
export function sessionsOutsideTerm(sessions: TallySession[], years: AcademicYearDates[]): number {
  return sessions.filter((s) => fastTeachingWeekOf(s.date, years) === null).length;
}

/** Which sessions fall in an academic year and (optionally) a term, by the school's dates. */
export function sessionsIn(sessions: TallySession[], years: AcademicYearDates[], academicYear: number, term: TermName | null): TallySession[] {
  return sessions.filter((s) => academicYearOfIso(s.date, years) === academicYear && (term === null || termOfIso(s.date, years) === term));
}

/** Visits per topic, largest first (ties alphabetical). */
export function topicTotals(sessions: TallySession[], filter: Omit<TallyFilter, 'topic'> = {}): { topic: string; total: number }[] {
  const totals = new Map<string, number>();
  for (const s of sessions) {
    for (const c of s.counts) {
      if (filter.yearGroup && c.yearGroup !== filter.yearGroup) continue;
      totals.set(c.topic, (totals.get(c.topic) ?? 0) + c.count);
    }
  }
  return [...totals.entries()].map(([topic, total]) => ({ topic, total })).sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic));
}

/** Visits per year group (counts recorded with one), plus those recorded without. */
export function yearGroupTotals(sessions: TallySession[], topic: string | null): { byGroup: { yearGroup: YearGroup; total: number }[]; withoutYearGroup: number } {
  const totals = new Map<YearGroup, number>();
  let without = 0;
  for (const s of sessions) {
    for (const c of s.counts) {
      if (topic && c.topic !== topic) continue;
      if (c.yearGroup) totals.set(c.yearGroup, (totals.get(c.yearGroup) ?? 0) + c.count);
      else without += c.count;
    }
  }
  return { byGroup: YEAR_GROUPS.filter((g) => totals.has(g)).map((g) => ({ yearGroup: g, total: totals.get(g)! })), withoutYearGroup: without };
}

/** Topic × year group counts, for a table with totals (rows: topics, columns: year groups). */
export function topicByYearGroup(sessions: TallySession[], topics: string[], groups: YearGroup[]): number[][] {
  const index = new Map(topics.map((t, i) => [t, i]));
  const column = new Map(groups.map((g, i) => [g, i]));
  const table = topics.map(() => groups.map(() => 0));
  for (const s of sessions) {
    for (const c of s.counts) {
      const r = index.get(c.topic);
      const k = c.yearGroup ? column.get(c.yearGroup) : undefined;
      if (r !== undefined && k !== undefined) table[r]![k]! += c.count;
    }
  }
  return table;
}

/** Academic years that have tallies or term dates, newest first. */
export function yearsWithData(sessions: TallySession[], years: AcademicYearDates[]): number[] {
  const set = new Set(years.map((y) => y.startYear));
  for (const s of sessions) set.add(academicYearOfIso(s.date, years));
  return [...set].sort((a, b) => b - a);
}

// ── Campaign marks ──────────────────────────────────────────────────────────────────────────────

export interface WeekMark {
  label: string;
  title: string;
  date: IsoDate;
}

/**
 * Where a campaign's activities fall on a weekly axis: each activity's teaching-week label (activities
 * in holidays are left off), and the first and last week labels the campaign covers on the axis.
 */
export function campaignMarks(
  campaign: { startDate: IsoDate; endDate: IsoDate },
  activities: { title: string; date: IsoDate; status?: string }[],
  buckets: WeekBucket[],
  years: AcademicYearDates[],
): { span: { from: string; to: string } | null; activities: WeekMark[] } {
  const labelOf = (date: IsoDate) => {
    const at = fastTeachingWeekOf(date, years);
    return at ? buckets.find((b) => b.academicYear === at.academicYear && b.term === at.term && b.week === at.week)?.label : undefined;
  };
  const inSpan = buckets.filter((b) => weekEnd(b.monday) >= campaign.startDate && b.monday <= campaign.endDate);
  const span = inSpan.length > 0 ? { from: inSpan[0]!.label, to: inSpan[inSpan.length - 1]!.label } : null;
  const marks: WeekMark[] = [];
  for (const a of activities) {
    if (a.status === 'cancelled') continue;
    const label = labelOf(a.date);
    if (label) marks.push({ label, title: a.title, date: a.date });
  }
  return { span, activities: marks };
}

function weekEnd(monday: IsoDate): IsoDate {
  const [y, m, d] = monday.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + 6);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Every teaching week of the known years, oldest first (for before/after windows). */
export function allTeachingWeeks(years: AcademicYearDates[]): (TeachingWeek & { academicYear: number; term: TermName })[] {
  return [...years]
    .sort((a, b) => a.startYear - b.startYear)
    .flatMap((y) => TERM_NAMES.flatMap((name) => y.terms.filter((t) => t.term === name)).flatMap((t) => teachingWeeks(t).map((w) => ({ ...w, academicYear: y.startYear, term: t.term }))));
}
