/**
 * The school calendar: ISO dates, en-GB formatting, academic years (1 September – 31 August), where
 * a date falls in a school's terms, teaching weeks, and checks on the term dates a school enters.
 *
 * Dates travel as IsoDate strings ("2026-11-24"). ISO strings sort in date order, so comparisons
 * below compare strings; Dates are only made (at local midnight) to step through days.
 */
import { addDays, addWeeks, format, isWeekend, startOfWeek } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { TERM_NAMES, termLabel, type AcademicYearDates, type IsoDate, type TermDates, type TermName } from './domain';

export { defaultEnglandTermDates, easterSunday } from './term-dates';

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

/** The academic year a date falls in, named by its start year: 31 Aug 2026 → 2025, 1 Sep 2026 → 2026. */
export function academicYearOf(value: IsoDate | Date): number {
  const date = asDate(value);
  return date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
}

/** 2026 → "2026/27" */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** 1 September of `startYear` to 31 August of the next year, inclusive. */
export function academicYearBounds(startYear: number): { start: IsoDate; end: IsoDate } {
  const pad = (year: number) => String(year).padStart(4, '0');
  return { start: `${pad(startYear)}-09-01`, end: `${pad(startYear + 1)}-08-31` };
}

// ── Where a date falls ──────────────────────────────────────────────────────────────────────────

export interface DatePlacement {
  academicYear: number;
  /**
   * teaching: in term and not half term; half-term: in a half-term holiday; holiday: between terms
   * (Christmas, Easter, summer) or before the first/after the last term; unknown: the school has no
   * dates for that academic year.
   */
  status: 'teaching' | 'half-term' | 'holiday' | 'unknown';
  /** Set for teaching and half-term. */
  term?: TermName;
  /** Set for teaching: 1 before the half-term break, 2 after. */
  halfTerm?: 1 | 2;
  /** True on Saturday/Sunday (status still reflects term/holiday), false on weekdays. */
  weekend?: boolean;
}

/**
 * Where a date falls in the school's calendar. Only the year whose startYear matches the date's
 * academic year is consulted; terms with missing or impossible dates are ignored, and a year with
 * no usable terms counts as unknown.
 */
export function placeDate(value: IsoDate | Date, years: AcademicYearDates[]): DatePlacement {
  const date = asIsoDate(value);
  const academicYear = academicYearOf(date);
  const weekend = isWeekend(parseIsoDate(date));
  const terms = usableTerms(years.find((y) => y.startYear === academicYear));
  if (terms.length === 0) return { academicYear, status: 'unknown', weekend };
  const term = terms.find((t) => t.start <= date && date <= t.end);
  if (!term) return { academicYear, status: 'holiday', weekend };
  if (inHalfTerm(date, term)) return { academicYear, status: 'half-term', term: term.term, weekend };
  return { academicYear, status: 'teaching', term: term.term, halfTerm: date < term.halfTermStart ? 1 : 2, weekend };
}

export interface TeachingWeek {
  /** 1-based within the term; weeks with no teaching day are not numbered. */
  index: number;
  monday: IsoDate;
  /** Mon–Fri days in term and not in half term. */
  teachingDays: IsoDate[];
}

/**
 * The term's teaching weeks, Monday to Sunday. Week 1 is the week of the start date, even when
 * the term starts midweek; a week with no teaching day (the half-term week) is skipped. A term
 * with missing, impossible or back-to-front dates has no weeks.
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
 * The numbered teaching week a date falls in, for dates from a term's start to its end (weekends
 * included). Null in holidays, in half term, and on the weekends either side of a half term.
 */
export function teachingWeekOf(value: IsoDate | Date, years: AcademicYearDates[]): { academicYear: number; term: TermName; week: number } | null {
  const date = asIsoDate(value);
  const academicYear = academicYearOf(date);
  const term = usableTerms(years.find((y) => y.startYear === academicYear)).find((t) => t.start <= date && date <= t.end);
  if (!term || inHalfTerm(date, term)) return null;
  const monday = toIsoDate(mondayOf(date));
  const week = teachingWeeks(term).find((w) => w.monday === monday);
  return week ? { academicYear, term: term.term, week: week.index } : null;
}

/** The date itself if it is a teaching weekday, otherwise the next one in the known years; null if there is none. */
export function nextTeachingDay(value: IsoDate | Date, years: AcademicYearDates[]): IsoDate | null {
  const date = asIsoDate(value);
  const terms = years.flatMap(usableTerms).sort((a, b) => (a.start < b.start ? -1 : 1));
  for (const term of terms) {
    if (term.end < date) continue;
    const from = date > term.start ? date : term.start;
    for (let day = parseIsoDate(from); toIsoDate(day) <= term.end; day = addDays(day, 1)) {
      if (!isWeekend(day) && !inHalfTerm(toIsoDate(day), term)) return toIsoDate(day);
    }
  }
  return null;
}

function usableTerms(year: AcademicYearDates | undefined): TermDates[] {
  return year ? year.terms.filter(isUsableTerm) : [];
}

function isUsableTerm(term: TermDates): boolean {
  return [term.start, term.halfTermStart, term.halfTermEnd, term.end].every(isIsoDate) && term.start <= term.end;
}

function inHalfTerm(date: IsoDate, term: TermDates): boolean {
  return term.halfTermStart <= date && date <= term.halfTermEnd;
}

function mondayOf(date: IsoDate): Date {
  return startOfWeek(parseIsoDate(date), { weekStartsOn: 1 });
}

// ── Checking a school's term dates ──────────────────────────────────────────────────────────────

export interface CalendarIssue {
  /** Where the problem is, e.g. "terms.0.end", "terms.1.start" or "terms". */
  path: string;
  /** Plain English for a school lead, e.g. "Autumn term cannot end before it starts." */
  message: string;
}

type DateField = 'start' | 'halfTermStart' | 'halfTermEnd' | 'end';

const FIELD_NAMES: Record<DateField, string> = {
  start: 'term start date',
  halfTermStart: 'half term start date',
  halfTermEnd: 'half term end date',
  end: 'term end date',
};

/**
 * Problems with one academic year's term dates, most useful first for each path; [] when valid.
 * Checks: every date present and real; autumn, spring, summer in that order; each term's half term
 * inside it and neither running backwards; terms in order without overlapping; every date within
 * 1 September – 31 August of the academic year.
 */
export function validateAcademicYear(year: AcademicYearDates): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!Number.isInteger(year.startYear)) add('startYear', 'Choose which academic year these dates are for.');
  const inOrder = year.terms.length === TERM_NAMES.length && year.terms.every((t, i) => t.term === TERM_NAMES[i]);
  if (!inOrder) add('terms', 'Enter exactly three terms: autumn, spring and summer, in that order.');
  const bounds = Number.isInteger(year.startYear) ? academicYearBounds(year.startYear) : null;

  year.terms.forEach((term, index) => {
    const at = (field: DateField) => `terms.${index}.${field}`;
    const name = TERM_NAMES.includes(term.term) ? termLabel(term.term) : 'This';
    const fields = Object.keys(FIELD_NAMES) as DateField[];
    const broken = fields.filter((field) => !isIsoDate(term[field] ?? ''));
    for (const field of broken) {
      add(at(field), term[field] ? `${name} ${FIELD_NAMES[field]} is not a real date.` : `Enter the ${name.toLowerCase()} ${FIELD_NAMES[field]}.`);
    }
    if (broken.length > 0) return;

    if (term.end < term.start) add(at('end'), `${name} term cannot end before it starts.`);
    if (term.halfTermEnd < term.halfTermStart) add(at('halfTermEnd'), `${name} half term cannot end before it starts.`);
    if (term.start <= term.end) {
      if (term.halfTermStart < term.start || term.halfTermStart > term.end) add(at('halfTermStart'), `${name} half term must fall inside the term.`);
      if (term.halfTermEnd < term.start || term.halfTermEnd > term.end) add(at('halfTermEnd'), `${name} half term must fall inside the term.`);
    }
    if (bounds) {
      if (term.start < bounds.start) add(at('start'), `${name} term must start on or after ${formatDateLong(bounds.start)}.`);
      if (term.start > bounds.end) add(at('start'), `${name} term must start by ${formatDateLong(bounds.end)}.`);
      if (term.end < bounds.start) add(at('end'), `${name} term must end on or after ${formatDateLong(bounds.start)}.`);
      if (term.end > bounds.end) add(at('end'), `${name} term must end by ${formatDateLong(bounds.end)}.`);
    }

    const previous = index > 0 ? year.terms[index - 1] : undefined;
    if (inOrder && previous && isIsoDate(previous.end) && term.start <= previous.end) {
      add(at('start'), `${name} term must start after ${previous.term} term ends.`);
    }
  });
  return issues;
}
