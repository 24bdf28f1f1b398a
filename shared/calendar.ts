/**
 * The school calendar: ISO dates, en-GB formatting, the school's own academic years, where a date
 * falls in a school's terms (with INSET days, bank holidays and named breaks), and teaching weeks.
 * Checks on the dates a school enters are in ./term-date-checks.
 *
 * Dates travel as IsoDate strings ("2026-11-24"). ISO strings sort in date order, so comparisons
 * below compare strings; Dates are only made (at local midnight) to step through days.
 */
import { addDays, addWeeks, format, isWeekend, startOfWeek } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { bankHolidayOn } from './bank-holidays';
import { termLabel, type AcademicYearDates, type IsoDate, type Nation, type TermDates, type TermName } from './domain';

export { defaultEnglandTermDates, defaultTermDates, easterSunday } from './term-dates';

// ── Dates and formatting ────────────────────────────────────────────────────────────────────────

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight on an ISO date. Throws RangeError for anything but a real yyyy-MM-dd date. */
export function parseIsoDate(value: IsoDate): Date {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(2000, 0, 1);
    date.setFullYear(year, month - 1, day);
    if (date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day) return date;
  }
  throw new RangeError(`Not a real date in yyyy-MM-dd form: ${JSON.stringify(value)}`);
}

/** True for a strict yyyy-MM-dd string naming a real date (so not "2026-02-30" or "2026-1-5"). */
export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local calendar date of `date`, as yyyy-MM-dd. Written out by hand: charts place thousands of
 * dates in teaching weeks, and a general-purpose formatter is many times slower for this one shape.
 */
export function toIsoDate(date: Date): IsoDate {
  const year = date.getFullYear();
  if (Number.isNaN(year)) throw new RangeError('Invalid time value');
  const month = date.getMonth() + 1;
  const day = date.getDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** "24 November 2026" */
export function formatDateLong(value: IsoDate | Date): string {
  return format(asDate(value), 'd MMMM yyyy', { locale: enGB });
}

/** "24/11/2026" */
export function formatDateShort(value: IsoDate | Date): string {
  return format(asDate(value), 'dd/MM/yyyy', { locale: enGB });
}

/** "Tuesday 24 November 2026" */
export function formatWeekday(value: IsoDate | Date): string {
  return format(asDate(value), 'EEEE d MMMM yyyy', { locale: enGB });
}

function asDate(value: IsoDate | Date): Date {
  if (typeof value === 'string') return parseIsoDate(value);
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid date');
  return value;
}

function asIsoDate(value: IsoDate | Date): IsoDate {
  if (typeof value !== 'string') return toIsoDate(asDate(value));
  parseIsoDate(value); // throws on a malformed date
  return value;
}

// ── Academic years ──────────────────────────────────────────────────────────────────────────────
// A school's academic year is named by the calendar year its autumn term starts in, and runs from
// the first day of that autumn term to the day before the next year's autumn term. An autumn term
// may start on any day from 1 August. Where the school has dates for only one side of a boundary,
// the boundary is a convention: after a year with dates and before one without, its summer holiday
// is taken to run to 31 August, as it usually does; before the first year with dates (or with no
// dates at all), a year starts on 1 August, the earliest any school year starts, so first run in
// August offers the year about to start and its summer days before term are that year's.

/** The earliest day an autumn term may start: 1 August of `startYear`. */
export function earliestAutumnStart(startYear: number): IsoDate {
  return `${pad4(startYear)}-08-01`;
}

/** The latest day a summer term may end: 31 July of the year after `startYear`. */
export function latestSummerEnd(startYear: number): IsoDate {
  return `${pad4(startYear + 1)}-07-31`;
}

/**
 * The first day of academic year `startYear`. With dates for it and the year before: its autumn
 * term start. With dates for the year before only: 1 September. Otherwise: 1 August.
 */
export function academicYearStart(startYear: number, years: readonly AcademicYearDates[] = []): IsoDate {
  const floor = earliestAutumnStart(startYear);
  const previousKnown = years.some((y) => y.startYear === startYear - 1);
  if (!previousKnown) return floor;
  const autumn = years.find((y) => y.startYear === startYear)?.terms.find((t) => t.term === 'autumn');
  // Only a real autumn start inside the calendar year counts: anything else falls back.
  if (autumn && typeof autumn.start === 'string' && autumn.start >= floor && autumn.start <= `${pad4(startYear)}-12-31` && isIsoDate(autumn.start)) return autumn.start;
  return `${pad4(startYear)}-09-01`;
}

/**
 * The academic year a date falls in, by the school's own dates: with an autumn term starting
 * Thursday 27 August 2026, 26 August 2026 is in 2025/26 and 27 August in 2026/27. Without dates
 * for a year, see academicYearStart.
 */
export function academicYearOf(value: IsoDate | Date, years: readonly AcademicYearDates[] = []): number {
  const date = asIsoDate(value);
  const calendarYear = Number(date.slice(0, 4));
  return date >= academicYearStart(calendarYear, years) ? calendarYear : calendarYear - 1;
}

/** 2026 → "2026/27" */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The first and last day of academic year `startYear`, inclusive (see academicYearStart). */
export function academicYearBounds(startYear: number, years: readonly AcademicYearDates[] = []): { start: IsoDate; end: IsoDate } {
  const next = parseIsoDate(academicYearStart(startYear + 1, years));
  return { start: academicYearStart(startYear, years), end: toIsoDate(addDays(next, -1)) };
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}

// ── Where a date falls ──────────────────────────────────────────────────────────────────────────

export type DateStatus = 'teaching' | 'half-term' | 'holiday' | 'inset' | 'bank-holiday' | 'unknown';

export interface DatePlacement {
  academicYear: number;
  /**
   * teaching: in term and not half term; half-term: in a half-term break; holiday: between terms
   * (Christmas, Easter, summer); inset and bank-holiday: a weekday in term with no pupils in school;
   * unknown: the school has no dates for that academic year.
   */
  status: DateStatus;
  /** Set in term: teaching, half-term, inset and bank-holiday. */
  term?: TermName;
  /** Set for teaching, inset and bank-holiday: 1 before the half-term break, 2 after. */
  halfTerm?: 1 | 2;
  /** True on Saturday/Sunday (status still reflects term/holiday), false on weekdays. */
  weekend?: boolean;
  /** What the school calls a day without teaching: "Christmas holiday", "October half term", "INSET day", "Bank holiday (Early May)". */
  name?: string;
  /** Set on a bank holiday where the school is, whatever the status. */
  bankHoliday?: string;
}

/**
 * Where a date falls in the school's calendar. Only the school's year the date falls in is
 * consulted; terms with missing or impossible dates are ignored, and a year with no usable terms
 * counts as unknown. Bank holidays are those of `nation` (England and Wales when not given).
 */
export function placeDate(value: IsoDate | Date, years: readonly AcademicYearDates[], nation?: Nation): DatePlacement {
  const date = asIsoDate(value);
  const academicYear = academicYearOf(date, years);
  const weekend = isWeekend(parseIsoDate(date));
  const holiday = bankHolidayOn(date, nation);
  const extra = holiday ? { bankHoliday: holiday.label } : {};
  const year = years.find((y) => y.startYear === academicYear);
  const terms = usableTerms(year);
  if (terms.length === 0) return { academicYear, status: 'unknown', weekend, ...extra };
  const term = terms.find((t) => t.start <= date && date <= t.end);
  if (!term) return { academicYear, status: 'holiday', weekend, name: holidayName(date, terms), ...extra };
  if (inHalfTerm(date, term)) return { academicYear, status: 'half-term', term: term.term, weekend, name: halfTermName(term, nation), ...extra };
  const inTerm = { academicYear, term: term.term, halfTerm: date < term.halfTermStart ? 1 : 2, weekend, ...extra } as const;
  if (!weekend && year?.insetDays?.includes(date)) return { ...inTerm, status: 'inset', name: 'INSET day' };
  if (!weekend && holiday) return { ...inTerm, status: 'bank-holiday', name: holiday.label };
  return { ...inTerm, status: 'teaching' };
}

/** "October half term"; in Scotland "October week", "February mid-term" and "May holiday". */
export function halfTermName(term: TermDates, nation?: Nation): string {
  const month = isIsoDate(term.halfTermStart) ? format(parseIsoDate(term.halfTermStart), 'MMMM', { locale: enGB }) : '';
  if (nation === 'scotland') {
    const scottish: Record<TermName, [string, string]> = { autumn: ['October', 'October week'], spring: ['February', 'February mid-term'], summer: ['May', 'May holiday'] };
    const [usualMonth, name] = scottish[term.term];
    return month === usualMonth ? name : `${termLabel(term.term)} break`;
  }
  return month ? `${month} half term` : `${termLabel(term.term)} half term`;
}

/** Which holiday a date between terms is: "Christmas holiday", "Easter holiday", "Summer holiday". */
function holidayName(date: IsoDate, terms: readonly TermDates[]): string {
  const sorted = [...terms].sort((a, b) => (a.start < b.start ? -1 : 1));
  const before = sorted.filter((t) => t.end < date).at(-1);
  const after = sorted.find((t) => t.start > date);
  if (!before || !after) return 'Summer holiday';
  if (before.term === 'autumn' && after.term === 'spring') return 'Christmas holiday';
  if (before.term === 'spring' && after.term === 'summer') return 'Easter holiday';
  return 'School holiday';
}

export interface TeachingWeek {
  /** 1-based within the term; weeks with no teaching day are not numbered. */
  index: number;
  monday: IsoDate;
  /** Mon–Fri days in term and not in half term. */
  teachingDays: IsoDate[];
}

/**
 * The term's teaching weeks, Monday to Sunday. Week 1 is the week of the first day of term,
 * whatever the weekday (a Thursday start makes a two-day week 1); a week with no day outside the
 * half term is skipped. INSET days and bank holidays do not change the numbering. A term with
 * missing, impossible or back-to-front dates has no weeks.
 */
export function teachingWeeks(term: TermDates): TeachingWeek[] {
  if (!isUsableTerm(term)) return [];
  const weeks: TeachingWeek[] = [];
  for (let monday = mondayOf(term.start); toIsoDate(monday) <= term.end; monday = addWeeks(monday, 1)) {
    const teachingDays = [0, 1, 2, 3, 4]
      .map((offset) => toIsoDate(addDays(monday, offset)))
      .filter((day) => term.start <= day && day <= term.end && !inHalfTerm(day, term));
    if (teachingDays.length > 0) weeks.push({ index: weeks.length + 1, monday: toIsoDate(monday), teachingDays });
  }
  return weeks;
}

/**
 * The numbered teaching week a date falls in, for dates from a term's start to its end (weekends,
 * INSET days and bank holidays included). Null in holidays, in half term, and on the weekends
 * either side of a half term.
 */
export function teachingWeekOf(value: IsoDate | Date, years: readonly AcademicYearDates[]): { academicYear: number; term: TermName; week: number } | null {
  const date = asIsoDate(value);
  const academicYear = academicYearOf(date, years);
  const term = usableTerms(years.find((y) => y.startYear === academicYear)).find((t) => t.start <= date && date <= t.end);
  if (!term || inHalfTerm(date, term)) return null;
  const monday = toIsoDate(mondayOf(date));
  const week = teachingWeeks(term).find((w) => w.monday === monday);
  return week ? { academicYear, term: term.term, week: week.index } : null;
}

/**
 * The date itself if it is a teaching weekday, otherwise the next one in the known years (never
 * an INSET day or bank holiday); null if there is none.
 */
export function nextTeachingDay(value: IsoDate | Date, years: readonly AcademicYearDates[], nation?: Nation): IsoDate | null {
  const date = asIsoDate(value);
  const closed = new Set(years.flatMap((y) => y.insetDays ?? []));
  const terms = years.flatMap(usableTerms).sort((a, b) => (a.start < b.start ? -1 : 1));
  for (const term of terms) {
    if (term.end < date) continue;
    const from = date > term.start ? date : term.start;
    for (let day = parseIsoDate(from); toIsoDate(day) <= term.end; day = addDays(day, 1)) {
      const iso = toIsoDate(day);
      if (!isWeekend(day) && !inHalfTerm(iso, term) && !closed.has(iso) && !bankHolidayOn(iso, nation)) return iso;
    }
  }
  return null;
}

function usableTerms(year: AcademicYearDates | undefined): TermDates[] {
  return year ? year.terms.filter(isUsableTerm) : [];
}

/** Every date present and real, and the term not back to front. */
export function isUsableTerm(term: TermDates): boolean {
  return [term.start, term.halfTermStart, term.halfTermEnd, term.end].every(isIsoDate) && term.start <= term.end;
}

function inHalfTerm(date: IsoDate, term: TermDates): boolean {
  return term.halfTermStart <= date && date <= term.halfTermEnd;
}

function mondayOf(date: IsoDate): Date {
  return startOfWeek(parseIsoDate(date), { weekStartsOn: 1 });
}
