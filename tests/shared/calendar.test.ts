import { format } from 'date-fns';
import { describe, it, expect } from 'vitest';
import {
  academicYearBounds,
  academicYearLabel,
  academicYearOf,
  defaultEnglandTermDates,
  easterSunday,
  formatDateLong,
  formatDateShort,
  formatWeekday,
  isIsoDate,
  nextTeachingDay,
  parseIsoDate,
  placeDate,
  teachingWeekOf,
  teachingWeeks,
  toIsoDate,
} from '../../shared/calendar';
import { validateAcademicYear } from '../../shared/term-date-checks';
import type { AcademicYearDates, TermDates } from '../../shared/domain';

const defaults2026 = defaultEnglandTermDates(2026);
const schoolYears = [defaults2026];

/** A copy of `year` with one term's dates changed. */
function withTerm(year: AcademicYearDates, index: number, patch: Partial<TermDates>): AcademicYearDates {
  return { ...year, terms: year.terms.map((t, i) => (i === index ? { ...t, ...patch } : t)) };
}

function teachingDayCount(year: AcademicYearDates): number {
  return year.terms.flatMap(teachingWeeks).reduce((sum, week) => sum + week.teachingDays.length, 0);
}

describe('ISO dates', () => {
  it('parses to local midnight', () => {
    const date = parseIsoDate('2026-11-24');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2026, 10, 24, 0, 0]);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-1-5', '2026-13-01', '2026-00-10', '', ' 2026-01-05', '2026-01-05T00:00', '24/11/2026'])(
    'rejects %j',
    (value) => {
      expect(() => parseIsoDate(value)).toThrow(RangeError);
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('accepts real dates, including 29 February in a leap year', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
  });

  it('round-trips through toIsoDate using the local calendar date', () => {
    expect(toIsoDate(parseIsoDate('2027-03-28'))).toBe('2027-03-28');
    expect(toIsoDate(new Date(2026, 8, 1, 23, 59))).toBe('2026-09-01');
  });

  it('writes every day of 15 years exactly as date-fns formats yyyy-MM-dd, and refuses an invalid date', () => {
    for (let day = new Date(2019, 0, 1); day.getFullYear() < 2034; day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)) {
      expect(toIsoDate(day)).toBe(format(day, 'yyyy-MM-dd'));
    }
    expect(toIsoDate(new Date(999, 0, 5))).toBe(format(new Date(999, 0, 5), 'yyyy-MM-dd'));
    expect(() => toIsoDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('en-GB formatting', () => {
  it('formats long, short and weekday forms from strings and Dates', () => {
    expect(formatDateLong('2026-11-24')).toBe('24 November 2026');
    expect(formatDateShort('2026-11-24')).toBe('24/11/2026');
    expect(formatWeekday('2026-11-24')).toBe('Tuesday 24 November 2026');
    expect(formatDateLong(new Date(2027, 0, 4))).toBe('4 January 2027');
    expect(formatDateShort(new Date(2027, 0, 4))).toBe('04/01/2027');
  });

  it('throws on an impossible date rather than printing "Invalid Date"', () => {
    expect(() => formatDateLong('2026-02-30')).toThrow(RangeError);
    expect(() => formatDateShort(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('academic years', () => {
  it('change on the school’s first day of term, else on 1 August when the school has no dates at all', () => {
    const twoYears = [defaultEnglandTermDates(2025), defaults2026];
    expect(academicYearOf('2026-09-01', twoYears)).toBe(2025);
    expect(academicYearOf('2026-09-02', twoYears)).toBe(2026);
    // Before the first year with dates, the year starts on 1 August: its summer days before term are its own.
    expect(academicYearOf('2026-08-01', schoolYears)).toBe(2026);
    expect(academicYearOf('2027-01-01', schoolYears)).toBe(2026);
    expect(academicYearOf('2026-07-31')).toBe(2025);
    expect(academicYearOf('2026-08-01')).toBe(2026);
    expect(academicYearOf(new Date(2026, 6, 31, 23, 59))).toBe(2025);
  });

  it('are labelled by start year and the next year’s last two digits', () => {
    expect(academicYearLabel(2026)).toBe('2026/27');
    expect(academicYearLabel(1999)).toBe('1999/00');
    expect(academicYearLabel(2009)).toBe('2009/10');
  });

  it('run from the first day of term to the day before the next year’s', () => {
    expect(academicYearBounds(2026)).toEqual({ start: '2026-08-01', end: '2027-07-31' });
    expect(academicYearBounds(2026, [defaultEnglandTermDates(2025), defaults2026, defaultEnglandTermDates(2027)])).toEqual({ start: '2026-09-02', end: '2027-09-07' });
    // Before the first year with dates it starts on 1 August; after the last, its summer holiday runs to 31 August.
    expect(academicYearBounds(2026, schoolYears)).toEqual({ start: '2026-08-01', end: '2027-08-31' });
  });
});

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('defaultEnglandTermDates', () => {
  it('gives the usual pattern for 2026/27 (Easter in March)', () => {
    expect(defaults2026).toEqual({
      startYear: 2026,
      terms: [
        { term: 'autumn', start: '2026-09-02', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30', end: '2026-12-18' },
        { term: 'spring', start: '2027-01-04', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19', end: '2027-03-19' },
        { term: 'summer', start: '2027-04-05', halfTermStart: '2027-05-31', halfTermEnd: '2027-06-04', end: '2027-07-16' },
      ],
    });
  });

  it('gives the usual pattern for 2025/26 (Easter in April)', () => {
    expect(defaultEnglandTermDates(2025).terms).toEqual([
      { term: 'autumn', start: '2025-09-03', halfTermStart: '2025-10-27', halfTermEnd: '2025-10-31', end: '2025-12-19' },
      { term: 'spring', start: '2026-01-05', halfTermStart: '2026-02-16', halfTermEnd: '2026-02-20', end: '2026-03-27' },
      { term: 'summer', start: '2026-04-13', halfTermStart: '2026-05-25', halfTermEnd: '2026-05-29', end: '2026-07-17' },
    ]);
  });

  it('matches 2024/25 as local authorities published it, apart from the Easter rule', () => {
    const [autumn, spring, summer] = defaultEnglandTermDates(2024).terms;
    expect(autumn).toMatchObject({ start: '2024-09-04', halfTermStart: '2024-10-28', end: '2024-12-20' });
    expect(spring).toMatchObject({ start: '2025-01-06', halfTermStart: '2025-02-17', end: '2025-04-11' });
    expect(summer).toMatchObject({ start: '2025-04-28', halfTermStart: '2025-05-26', end: '2025-07-18' });
  });

  it('starts spring on the Tuesday when the New Year bank holiday is Monday 3 January (2028)', () => {
    expect(defaultEnglandTermDates(2027).terms[1]?.start).toBe('2028-01-04');
  });

  it('puts the two-week Easter holiday around Easter Sunday whether Easter is in March or April', () => {
    const years = [defaultEnglandTermDates(2025), defaults2026];
    for (const [goodFriday, easterMonday] of [
      ['2026-04-03', '2026-04-06'],
      ['2027-03-26', '2027-03-29'],
    ] as const) {
      expect(placeDate(goodFriday, years).status).toBe('holiday');
      expect(placeDate(easterMonday, years).status).toBe('holiday');
    }
    // March Easter (2027): spring ends 19 March, summer starts 5 April.
    expect(placeDate('2027-03-19', years)).toMatchObject({ status: 'teaching', term: 'spring' });
    expect(placeDate('2027-03-22', years).status).toBe('holiday');
    expect(placeDate('2027-04-02', years).status).toBe('holiday');
    expect(placeDate('2027-04-05', years)).toMatchObject({ status: 'teaching', term: 'summer', halfTerm: 1 });
    // April Easter (2026): spring ends 27 March, summer starts 13 April.
    expect(placeDate('2026-03-27', years)).toMatchObject({ status: 'teaching', term: 'spring' });
    expect(placeDate('2026-04-10', years).status).toBe('holiday');
    expect(placeDate('2026-04-13', years)).toMatchObject({ status: 'teaching', term: 'summer' });
  });

  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030])('%i pass validation and have 185–200 teaching days', (startYear) => {
    const year = defaultEnglandTermDates(startYear);
    expect(validateAcademicYear(year)).toEqual([]);
    expect(teachingDayCount(year)).toBeGreaterThanOrEqual(185);
    expect(teachingDayCount(year)).toBeLessThanOrEqual(200);
    for (const term of year.terms) {
      expect(parseIsoDate(term.halfTermStart).getDay()).toBe(1);
      expect(parseIsoDate(term.halfTermEnd).getDay()).toBe(5);
      expect(parseIsoDate(term.end).getDay()).toBe(5);
    }
  });
});

describe('placeDate', () => {
  it.each([
    // [date, status, term, halfTerm]
    ['2026-10-23', 'teaching', 'autumn', 1], // last day before autumn half term
    ['2026-10-26', 'half-term', 'autumn', undefined], // halfTermStart
    ['2026-10-30', 'half-term', 'autumn', undefined], // halfTermEnd
    ['2026-11-02', 'teaching', 'autumn', 2], // first day back
    ['2027-02-12', 'teaching', 'spring', 1],
    ['2027-02-15', 'half-term', 'spring', undefined],
    ['2027-02-22', 'teaching', 'spring', 2],
    ['2027-05-28', 'teaching', 'summer', 1],
    ['2027-05-31', 'half-term', 'summer', undefined],
    ['2027-06-07', 'teaching', 'summer', 2],
  ] as const)('%s is %s (%s, half %s)', (date, status, term, halfTerm) => {
    const placement = placeDate(date, schoolYears);
    const name = { autumn: 'October half term', spring: 'February half term', summer: 'May half term' }[term];
    const bankHoliday = date === '2027-05-31' ? { bankHoliday: 'Bank holiday (Spring)' } : {};
    expect(placement).toEqual({ academicYear: 2026, status, term, halfTerm, weekend: false, ...(status === 'half-term' ? { name } : {}), ...bankHoliday });
  });

  it.each([
    ['2026-12-25', 2026, 'Christmas holiday'],
    ['2027-03-26', 2026, 'Easter holiday'],
    ['2027-08-10', 2026, 'Summer holiday'],
    ['2026-09-01', 2025, 'Summer holiday'], // the day before the autumn term starts ends the year before
  ] as const)('%s is in the %s year’s %s', (date, academicYear, name) => {
    expect(placeDate(date, schoolYears)).toMatchObject({ academicYear: 2026, status: 'holiday', name });
    expect(placeDate(date, [defaultEnglandTermDates(2025), defaults2026])).toMatchObject({ academicYear, status: 'holiday', name });
    expect(placeDate(date, schoolYears).term).toBeUndefined();
  });

  it('is unknown when the school has no dates for that academic year', () => {
    expect(placeDate('2027-09-15', schoolYears)).toEqual({ academicYear: 2027, status: 'unknown', weekend: false });
    expect(placeDate('2026-11-24', [{ startYear: 2026, terms: [] }]).status).toBe('unknown');
    expect(placeDate('2026-11-24', [])).toMatchObject({ academicYear: 2026, status: 'unknown' });
    expect(placeDate('2026-12-25', [])).toMatchObject({ status: 'unknown', bankHoliday: 'Bank holiday (Christmas Day)' });
  });

  it('flags weekends without changing the term status', () => {
    expect(placeDate('2026-10-24', schoolYears)).toEqual({ academicYear: 2026, status: 'teaching', term: 'autumn', halfTerm: 1, weekend: true });
    expect(placeDate('2026-10-31', schoolYears)).toMatchObject({ status: 'teaching', halfTerm: 2, weekend: true });
    expect(placeDate('2026-12-27', schoolYears)).toMatchObject({ status: 'holiday', weekend: true, name: 'Christmas holiday' });
    expect(placeDate('2026-11-24', schoolYears).weekend).toBe(false);
  });

  it('accepts a Date with a time of day', () => {
    expect(placeDate(new Date(2026, 10, 24, 15, 30), schoolYears)).toMatchObject({ status: 'teaching', term: 'autumn', halfTerm: 2 });
  });

  it('follows a school’s own dates rather than the defaults', () => {
    // An academy that starts on 1 September, takes two weeks at autumn half term and breaks up on 16 December.
    const academy = [withTerm(defaults2026, 0, { start: '2026-09-01', halfTermStart: '2026-10-19', halfTermEnd: '2026-10-30', end: '2026-12-16' })];
    expect(validateAcademicYear(academy[0]!)).toEqual([]);
    expect(placeDate('2026-09-01', academy)).toMatchObject({ status: 'teaching', term: 'autumn', halfTerm: 1 });
    expect(placeDate('2026-09-01', schoolYears)).toMatchObject({ academicYear: 2026, status: 'holiday', name: 'Summer holiday' });
    expect(placeDate('2026-10-21', academy).status).toBe('half-term');
    expect(placeDate('2026-10-21', schoolYears)).toMatchObject({ status: 'teaching', halfTerm: 1 });
    expect(placeDate('2026-12-17', academy).status).toBe('holiday');
    expect(placeDate('2026-12-17', schoolYears).status).toBe('teaching');
    expect(teachingWeekOf('2026-11-02', academy)).toEqual({ academicYear: 2026, term: 'autumn', week: 8 });
    expect(teachingWeekOf('2026-11-02', schoolYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 9 });
  });

  it('ignores a term the school has not finished entering instead of throwing', () => {
    const halfEntered = [withTerm(defaults2026, 1, { start: '', end: '2027-02-30' })];
    expect(placeDate('2027-01-20', halfEntered)).toMatchObject({ status: 'holiday' });
    expect(placeDate('2026-11-24', halfEntered)).toMatchObject({ status: 'teaching', term: 'autumn' });
    expect(teachingWeeks(halfEntered[0]!.terms[1]!)).toEqual([]);
  });
});

describe('teachingWeeks', () => {
  const autumn = teachingWeeks(defaults2026.terms[0]!);

  it('makes week 1 the week of the start date when the term starts on a Wednesday', () => {
    expect(autumn[0]).toEqual({ index: 1, monday: '2026-08-31', teachingDays: ['2026-09-02', '2026-09-03', '2026-09-04'] });
  });

  it('skips the half-term week without numbering it', () => {
    expect(autumn.map((w) => w.monday)).not.toContain('2026-10-26');
    expect(autumn[7]).toMatchObject({ index: 8, monday: '2026-10-19' });
    expect(autumn[8]).toMatchObject({ index: 9, monday: '2026-11-02' });
  });

  it('counts the weeks and teaching days of the term', () => {
    expect(autumn).toHaveLength(15);
    expect(autumn.map((w) => w.index)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(autumn.at(-1)).toEqual({ index: 15, monday: '2026-12-14', teachingDays: ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18'] });
    expect(autumn.reduce((sum, w) => sum + w.teachingDays.length, 0)).toBe(73);
  });

  it('keeps a week that is only partly half term', () => {
    const term: TermDates = { term: 'spring', start: '2027-01-05', halfTermStart: '2027-02-17', halfTermEnd: '2027-02-19', end: '2027-03-19' };
    const weeks = teachingWeeks(term);
    expect(weeks[0]?.teachingDays).toEqual(['2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
    expect(weeks.find((w) => w.monday === '2027-02-15')?.teachingDays).toEqual(['2027-02-15', '2027-02-16']);
    expect(weeks).toHaveLength(11);
  });

  it('has no weeks for a term that ends before it starts', () => {
    expect(teachingWeeks({ term: 'autumn', start: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30', end: '2026-09-02' })).toEqual([]);
  });
});

describe('teachingWeekOf', () => {
  it('numbers weeks within each term', () => {
    expect(teachingWeekOf('2026-09-02', schoolYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 1 });
    expect(teachingWeekOf('2026-09-05', schoolYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 1 });
    expect(teachingWeekOf('2026-11-02', schoolYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 9 });
    expect(teachingWeekOf('2027-01-04', schoolYears)).toEqual({ academicYear: 2026, term: 'spring', week: 1 });
    expect(teachingWeekOf(new Date(2027, 3, 9), schoolYears)).toEqual({ academicYear: 2026, term: 'summer', week: 1 });
  });

  it('is null in half term, holidays and unknown years', () => {
    expect(teachingWeekOf('2026-10-28', schoolYears)).toBeNull();
    expect(teachingWeekOf('2026-10-31', schoolYears)).toBeNull(); // the Saturday ending half-term week
    expect(teachingWeekOf('2026-12-21', schoolYears)).toBeNull();
    expect(teachingWeekOf('2026-08-31', schoolYears)).toBeNull(); // the Monday of week 1, before term starts
    expect(teachingWeekOf('2027-09-15', schoolYears)).toBeNull();
  });
});

describe('nextTeachingDay', () => {
  it('returns a teaching weekday itself', () => {
    expect(nextTeachingDay('2026-10-23', schoolYears)).toBe('2026-10-23');
  });

  it('skips a weekend and the half term', () => {
    expect(nextTeachingDay('2026-10-24', schoolYears)).toBe('2026-11-02');
    expect(nextTeachingDay('2026-10-28', schoolYears)).toBe('2026-11-02');
    expect(nextTeachingDay('2027-02-13', schoolYears)).toBe('2027-02-22');
  });

  it('crosses the Christmas holiday', () => {
    expect(nextTeachingDay('2026-12-19', schoolYears)).toBe('2027-01-04');
    expect(nextTeachingDay(new Date(2026, 11, 25), schoolYears)).toBe('2027-01-04');
  });

  it('crosses the summer holiday into the next known year', () => {
    const years = [defaults2026, defaultEnglandTermDates(2027)];
    expect(nextTeachingDay('2027-07-20', years)).toBe('2027-09-08');
    expect(nextTeachingDay('2020-01-01', years)).toBe('2026-09-02');
  });

  it('is null after the last known term', () => {
    expect(nextTeachingDay('2027-07-17', schoolYears)).toBeNull();
    expect(nextTeachingDay('2027-07-16', schoolYears)).toBe('2027-07-16');
    expect(nextTeachingDay('2026-11-24', [])).toBeNull();
  });
});

describe('validateAcademicYear', () => {
  it('asks for missing dates and rejects impossible ones', () => {
    expect(validateAcademicYear(withTerm(defaults2026, 0, { start: '' }))).toEqual([{ path: 'terms.0.start', message: 'Enter the autumn term start date.' }]);
    expect(validateAcademicYear(withTerm(defaults2026, 1, { halfTermEnd: '2027-02-30' }))).toEqual([
      { path: 'terms.1.halfTermEnd', message: 'Spring half term end date is not a real date.' },
    ]);
  });

  it('needs exactly autumn, spring and summer in that order', () => {
    const [autumn, spring, summer] = defaults2026.terms as [TermDates, TermDates, TermDates];
    const expected = { path: 'terms', message: 'Enter exactly three terms: autumn, spring and summer, in that order.' };
    expect(validateAcademicYear({ startYear: 2026, terms: [autumn, spring] })).toContainEqual(expected);
    expect(validateAcademicYear({ startYear: 2026, terms: [spring, autumn, summer] })).toContainEqual(expected);
    expect(validateAcademicYear({ startYear: 2026, terms: [] })).toEqual([expected]);
  });

  it('says when a term ends before it starts', () => {
    // Only the root cause: the half term is not also reported as outside a back-to-front term.
    expect(validateAcademicYear(withTerm(defaults2026, 0, { end: '2026-09-01' }))).toEqual([
      { path: 'terms.0.end', message: 'Autumn term cannot end before it starts.' },
    ]);
  });

  it('says when a half term falls outside its term', () => {
    expect(validateAcademicYear(withTerm(defaults2026, 0, { halfTermStart: '2026-12-21', halfTermEnd: '2026-12-25' }))).toEqual([
      { path: 'terms.0.halfTermStart', message: 'Autumn half term must fall inside the term.' },
      { path: 'terms.0.halfTermEnd', message: 'Autumn half term must fall inside the term.' },
    ]);
  });

  it('says when a half term ends before it starts', () => {
    expect(validateAcademicYear(withTerm(defaults2026, 2, { halfTermStart: '2027-06-04', halfTermEnd: '2027-05-31' }))).toEqual([
      { path: 'terms.2.halfTermEnd', message: 'Summer half term cannot end before it starts.' },
    ]);
  });

  it('says when terms overlap', () => {
    expect(validateAcademicYear(withTerm(defaults2026, 1, { start: '2026-12-18' }))).toEqual([
      { path: 'terms.1.start', message: 'Spring term must start after the autumn term ends (18 December 2026): terms cannot overlap.' },
    ]);
  });

  it('keeps every date inside 1 August – 31 July', () => {
    expect(validateAcademicYear(withTerm(defaults2026, 2, { end: '2027-08-01' }))).toEqual([
      { path: 'terms.2.end', message: 'Summer term must end by 31 July 2027: the next school year can start on 1 August.' },
    ]);
    expect(validateAcademicYear(withTerm(defaults2026, 2, { end: '2027-07-31' }))).toEqual([]);
    expect(validateAcademicYear(withTerm(defaults2026, 0, { start: '2026-07-31' }))).toEqual([
      { path: 'terms.0.start', message: 'Autumn term cannot start before 1 August 2026: a school year starts on or after 1 August.' },
    ]);
    expect(validateAcademicYear(withTerm(defaults2026, 0, { start: '2026-08-01' }))).toEqual([]);
    expect(validateAcademicYear(withTerm(defaults2026, 0, { start: '2026-08-27' }))).toEqual([]);
  });
});
