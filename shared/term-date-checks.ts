/**
 * Checks on the term dates and INSET days a school enters, one academic year at a time and across
 * years. Every problem is plain English for a school lead, keyed by the field it belongs beside.
 */
import { isWeekend } from 'date-fns';
import { academicYearLabel, earliestAutumnStart, formatDateLong, isIsoDate, latestSummerEnd, parseIsoDate } from './calendar';
import { TERM_NAMES, termLabel, type AcademicYearDates } from './domain';

export interface CalendarIssue {
  /** Where the problem is, e.g. "terms.0.end", "terms.1.start", "insetDays.0" or "terms". */
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
 * Problems with one academic year's dates, most useful first for each path; [] when valid.
 * Checks: every date present and real; autumn, spring, summer in that order; each term's half term
 * inside it and neither running backwards; terms in order without overlapping; every date from
 * 1 August of the start year to 31 July of the next; INSET days real, on weekdays, inside a term
 * and not in its half term, and not entered twice.
 */
export function validateAcademicYear(year: AcademicYearDates): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!Number.isInteger(year.startYear)) add('startYear', 'Choose which academic year these dates are for.');
  const inOrder = year.terms.length === TERM_NAMES.length && year.terms.every((t, i) => t.term === TERM_NAMES[i]);
  if (!inOrder) add('terms', 'Enter exactly three terms: autumn, spring and summer, in that order.');
  const bounds = Number.isInteger(year.startYear) ? { start: earliestAutumnStart(year.startYear), end: latestSummerEnd(year.startYear) } : null;
  const within = bounds ? `between ${formatDateLong(bounds.start)} and ${formatDateLong(bounds.end)}, the ${academicYearLabel(year.startYear)} school year` : '';

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
      if (term.term === 'autumn' && term.start < bounds.start) add(at('start'), `Autumn term cannot start before ${formatDateLong(bounds.start)}: a school year starts on or after 1 August.`);
      else if (term.start < bounds.start || term.start > bounds.end) add(at('start'), `${name} term must start ${within}.`);
      if (term.term === 'summer' && term.end > bounds.end) add(at('end'), `Summer term must end by ${formatDateLong(bounds.end)}: the next school year can start on 1 August.`);
      else if (term.end < bounds.start || term.end > bounds.end) add(at('end'), `${name} term must end ${within}.`);
    }

    const previous = index > 0 ? year.terms[index - 1] : undefined;
    if (inOrder && previous && isIsoDate(previous.end) && term.start <= previous.end) {
      add(at('start'), `${name} term must start after the ${previous.term} term ends (${formatDateLong(previous.end)}): terms cannot overlap.`);
    }
  });

  const seen = new Set<string>();
  (year.insetDays ?? []).forEach((day, index) => {
    const path = `insetDays.${index}`;
    if (!isIsoDate(day ?? '')) return add(path, day ? 'This INSET day is not a real date.' : 'Enter the date of the INSET day, or remove it.');
    if (seen.has(day)) return add(path, `${formatDateLong(day)} is already an INSET day.`);
    seen.add(day);
    if (bounds && (day < bounds.start || day > bounds.end)) return add(path, `An INSET day must fall ${within}.`);
    if (isWeekend(parseIsoDate(day))) return add(path, `${formatDateLong(day)} is a weekend: INSET days are school days.`);
    const term = year.terms.find((t) => isIsoDate(t.start) && isIsoDate(t.end) && t.start <= day && day <= t.end);
    if (!term) return add(path, `${formatDateLong(day)} is not in a term: INSET days fall inside a term.`);
    if (term.halfTermStart <= day && day <= term.halfTermEnd) add(path, `${formatDateLong(day)} is in the ${term.term} half term: INSET days fall on school days.`);
  });
  return issues;
}

/**
 * Problems across a school's years, keyed by index: a year entered twice, or a gap (2025/26 and
 * 2027/28 entered without 2026/27), which would leave a whole year without dates in the middle.
 */
export function validateAcademicYearList(years: readonly AcademicYearDates[]): { index: number; message: string }[] {
  const issues: { index: number; message: string }[] = [];
  const seen = new Set<number>();
  years.forEach((year, index) => {
    if (seen.has(year.startYear)) issues.push({ index, message: 'This academic year appears twice.' });
    seen.add(year.startYear);
  });
  const sorted = [...seen].filter(Number.isInteger).sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i += 1) {
    const gapFrom = sorted[i - 1]! + 1;
    if (sorted[i]! > gapFrom) {
      const index = years.findIndex((y) => y.startYear === sorted[i]);
      issues.push({ index, message: `Add the dates for ${academicYearLabel(gapFrom)} too: Upstream needs every year between ${academicYearLabel(sorted[0]!)} and ${academicYearLabel(sorted[i]!)}.` });
    }
  }
  return issues;
}
