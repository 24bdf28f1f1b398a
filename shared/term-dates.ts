/**
 * Default term dates for each UK nation: a starting point that each school edits to match its own
 * local authority, trust or academy. Re-exported by ./calendar, which is where the rest of the app
 * imports them. Wales follows the England pattern below; Scotland and Northern Ireland are further
 * down, by defaultTermDates.
 *
 * The rules, chosen to match the usual local-authority pattern (about 190 pupil days; check the
 * counts in tests/shared/calendar.test.ts):
 *
 * Autumn  starts on the first Wednesday on or after 2 September (leaving the Monday and Tuesday of
 *         that week for INSET days); half term is Monday–Friday of the week holding the last Monday
 *         of October; ends on the last Friday on or before 20 December.
 * Spring  starts on 4 January when that is a Monday–Thursday, otherwise on the Monday after (so
 *         the New Year bank holiday, including a substitute day on 2 or 3 January, is never a
 *         school day); half term is Monday–Friday of the first week starting on or after
 *         12 February; ends on the Friday before Good Friday (Easter Sunday − 9 days).
 * Summer  starts on the Monday after Easter Monday (Easter Sunday + 8 days), so the Easter holiday
 *         is the two weeks either side of Easter Sunday, in March or April; half term is
 *         Monday–Friday of the week holding the last Monday of May (the spring bank holiday);
 *         ends on the last Friday on or before 22 July.
 *
 * Bank holidays inside a term (the early May bank holiday) come from ./bank-holidays, not from here.
 */
import { addDays, format, getDay, lastDayOfMonth } from 'date-fns';
import type { AcademicYearDates, IsoDate, Nation, TermDates, TermName } from './domain';

const MONDAY = 1;
const WEDNESDAY = 3;
const TUESDAY = 2;
const FRIDAY = 5;

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(localDate(year, month, day));
}

/** The usual England term dates for the academic year starting in September of `startYear`. */
export function defaultEnglandTermDates(startYear: number): AcademicYearDates {
  const next = startYear + 1;
  const easter = easterSundayDate(next);

  const autumnHalfTerm = lastWeekday(lastDayOfMonth(localDate(startYear, 10, 1)), MONDAY);
  const fourthOfJanuary = localDate(next, 1, 4);
  const springStart = getDay(fourthOfJanuary) >= MONDAY && getDay(fourthOfJanuary) <= 4 ? fourthOfJanuary : firstWeekday(fourthOfJanuary, MONDAY);
  const springHalfTerm = firstWeekday(localDate(next, 2, 12), MONDAY);
  const summerHalfTerm = lastWeekday(lastDayOfMonth(localDate(next, 5, 1)), MONDAY);

  return {
    startYear,
    terms: [
      term('autumn', firstWeekday(localDate(startYear, 9, 2), WEDNESDAY), autumnHalfTerm, lastWeekday(localDate(startYear, 12, 20), FRIDAY)),
      term('spring', springStart, springHalfTerm, addDays(easter, -9)),
      term('summer', addDays(easter, 8), summerHalfTerm, lastWeekday(localDate(next, 7, 22), FRIDAY)),
    ],
  };
}

/**
 * A typical year for the school's nation: England and Wales as above.
 *
 * Scotland (local councils' usual pattern): autumn starts on the first Wednesday on or after
 * 14 August; the October week is Monday–Friday of the first week starting on or after 11 October;
 * ends on the last Friday on or before 22 December. Spring starts on the first weekday on or after
 * 5 January (after the two Scottish New Year bank holidays and any substitute days); the February
 * mid-term is the Monday and Tuesday of the first week starting on or after 8 February; ends on the
 * Friday before Good Friday. Summer starts on the Monday after Easter Monday; the May holiday is
 * the early May bank holiday Monday; ends on the last Friday on or before 30 June.
 *
 * Northern Ireland: autumn starts on the first weekday on or after 1 September; the year ends on
 * the last weekday on or before 30 June; otherwise as England.
 */
export function defaultTermDates(startYear: number, nation: Nation = 'england'): AcademicYearDates {
  const england = defaultEnglandTermDates(startYear);
  const [, englandSpring, englandSummer] = england.terms as [TermDates, TermDates, TermDates];
  const next = startYear + 1;
  if (nation === 'scotland') {
    const mayDay = firstWeekday(localDate(next, 5, 1), MONDAY);
    const midTerm = firstWeekday(localDate(next, 2, 8), MONDAY);
    return {
      startYear,
      terms: [
        term('autumn', firstWeekday(localDate(startYear, 8, 14), WEDNESDAY), firstWeekday(localDate(startYear, 10, 11), MONDAY), lastWeekday(localDate(startYear, 12, 22), FRIDAY)),
        { ...englandSpring, start: iso(firstWeekdayOnOrAfter(localDate(next, 1, 5))), halfTermStart: iso(midTerm), halfTermEnd: iso(addDays(midTerm, TUESDAY - MONDAY)) },
        { ...englandSummer, halfTermStart: iso(mayDay), halfTermEnd: iso(mayDay), end: iso(lastWeekday(localDate(next, 6, 30), FRIDAY)) },
      ],
    };
  }
  if (nation === 'northern-ireland') {
    const [autumn] = england.terms as [TermDates];
    const start = firstWeekdayOnOrAfter(localDate(startYear, 9, 1));
    const lastJune = localDate(next, 6, 30);
    const end = getDay(lastJune) === 0 || getDay(lastJune) === 6 ? lastWeekday(lastJune, FRIDAY) : lastJune;
    return { startYear, terms: [{ ...autumn, start: iso(start) }, englandSpring, { ...englandSummer, end: iso(end) }] };
  }
  return england;
}

/** `date` on a weekday, else the Monday after. */
function firstWeekdayOnOrAfter(date: Date): Date {
  return getDay(date) === 0 || getDay(date) === 6 ? firstWeekday(date, MONDAY) : date;
}

/** A term whose half term is the Monday–Friday week starting on `halfTermMonday`. */
function term(name: TermName, start: Date, halfTermMonday: Date, end: Date): TermDates {
  return { term: name, start: iso(start), halfTermStart: iso(halfTermMonday), halfTermEnd: iso(addDays(halfTermMonday, 4)), end: iso(end) };
}

function easterSundayDate(year: number): Date {
  const [y, m, d] = easterSunday(year).split('-').map(Number) as [number, number, number];
  return localDate(y, m, d);
}

/** The first `weekday` (0 = Sunday) on or after `date`. */
function firstWeekday(date: Date, weekday: number): Date {
  return addDays(date, (weekday - getDay(date) + 7) % 7);
}

/** The last `weekday` (0 = Sunday) on or before `date`. */
function lastWeekday(date: Date, weekday: number): Date {
  return addDays(date, -((getDay(date) - weekday + 7) % 7));
}

/** Local midnight on a calendar date; `month` is 1–12. */
function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

function iso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}
