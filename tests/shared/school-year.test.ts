/**
 * The school's own year at its boundaries: an academy that starts on a Thursday in August, a
 * two-week October half term, a half term that starts midweek, a Scottish year, INSET days and
 * bank holidays, and the days either side of 31 July, 1 August, 31 August and 1 September.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCampaignTemplate, type CampaignTemplate } from '../../shared/campaign-templates';
import {
  academicYearBounds,
  academicYearOf,
  defaultEnglandTermDates,
  defaultTermDates,
  nextTeachingDay,
  placeDate,
  teachingWeekOf,
  teachingWeeks,
} from '../../shared/calendar';
import type { AcademicYearDates } from '../../shared/domain';
import { recordProblem } from '../../shared/model';
import { validateSchoolSettings } from '../../shared/school-settings';
import { dateWarnings, isUsableSchoolDay, planYearWeeks, scheduleFromTemplate } from '../../shared/scheduling';
import { validateAcademicYear, validateAcademicYearList } from '../../shared/term-date-checks';

/** An academy's 2026/27: starts Thursday 27 August, two weeks at October half term, two INSET days. */
const academy: AcademicYearDates = {
  startYear: 2026,
  terms: [
    { term: 'autumn', start: '2026-08-27', halfTermStart: '2026-10-19', halfTermEnd: '2026-10-30', end: '2026-12-18' },
    { term: 'spring', start: '2027-01-04', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19', end: '2027-03-25' },
    { term: 'summer', start: '2027-04-12', halfTermStart: '2027-05-31', halfTermEnd: '2027-06-04', end: '2027-07-21' },
  ],
  insetDays: ['2026-10-02', '2027-01-04'],
};
const academyYears = [defaultEnglandTermDates(2025), academy];

function builtIn(id: string): CampaignTemplate {
  return parseCampaignTemplate(JSON.parse(readFileSync(join(__dirname, '../../resources/templates/campaigns', `${id}.json`), 'utf8')));
}

describe('an academy that starts on Thursday 27 August', () => {
  it('is valid, and its year starts on its first day of term', () => {
    expect(validateAcademicYear(academy)).toEqual([]);
    expect(academicYearOf('2026-08-26', academyYears)).toBe(2025);
    expect(academicYearOf('2026-08-27', academyYears)).toBe(2026);
    expect(academicYearBounds(2025, academyYears)).toEqual({ start: '2025-08-01', end: '2026-08-26' });
    expect(academicYearBounds(2026, academyYears)).toMatchObject({ start: '2026-08-27' });
  });

  it('counts teaching weeks from the Thursday: the two-day first week is week 1', () => {
    expect(teachingWeeks(academy.terms[0]!)[0]).toEqual({ index: 1, monday: '2026-08-24', teachingDays: ['2026-08-27', '2026-08-28'] });
    expect(teachingWeekOf('2026-08-27', academyYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 1 });
    expect(teachingWeekOf('2026-09-01', academyYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 2 });
    expect(teachingWeekOf('2026-10-16', academyYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 8 });
  });

  it('places the days either side of the start', () => {
    expect(placeDate('2026-08-26', academyYears)).toMatchObject({ academicYear: 2025, status: 'holiday', name: 'Summer holiday' });
    expect(placeDate('2026-08-27', academyYears)).toMatchObject({ academicYear: 2026, status: 'teaching', term: 'autumn', halfTerm: 1 });
    expect(placeDate('2026-08-31', academyYears)).toMatchObject({ academicYear: 2026, status: 'bank-holiday', term: 'autumn', name: 'Bank holiday (Summer)' });
    expect(placeDate('2026-09-01', academyYears)).toMatchObject({ academicYear: 2026, status: 'teaching' });
  });

  it('has a two-week October half term, named, and week 9 after it', () => {
    for (const day of ['2026-10-19', '2026-10-23', '2026-10-26', '2026-10-30']) {
      expect(placeDate(day, academyYears)).toMatchObject({ status: 'half-term', term: 'autumn', name: 'October half term' });
      expect(teachingWeekOf(day, academyYears)).toBeNull();
    }
    expect(teachingWeekOf('2026-11-02', academyYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 9 });
  });

  it('shows the first week and the named breaks in the year planner', () => {
    const weeks = planYearWeeks(2026, academyYears);
    expect(weeks[0]).toMatchObject({ monday: '2026-08-24', status: 'teaching', teachingWeek: 1, term: 'autumn' });
    expect(weeks[1]).toMatchObject({ monday: '2026-08-31', teachingWeek: 2, breaks: ['Bank holiday (Summer), Monday 31 August'] });
    expect(weeks.find((w) => w.monday === '2026-09-28')?.breaks).toEqual(['INSET day, Friday 2 October']);
    expect(weeks.find((w) => w.monday === '2026-10-19')).toMatchObject({ status: 'half-term', breaks: ['October half term'] });
    expect(weeks.find((w) => w.monday === '2026-10-26')).toMatchObject({ status: 'half-term', breaks: ['October half term'] });
    expect(weeks.find((w) => w.monday === '2026-12-21')).toMatchObject({ status: 'holiday', breaks: ['Christmas holiday'] });
    expect(weeks.find((w) => w.monday === '2027-03-29')).toMatchObject({ status: 'holiday', breaks: ['Easter holiday'] });
    expect(weeks.find((w) => w.monday === '2027-05-03')?.breaks).toEqual(['Bank holiday (Early May), Monday 3 May']);
  });
});

describe('INSET days and bank holidays', () => {
  it('are closed days in term, not holidays, and not usable for activities', () => {
    expect(placeDate('2026-10-02', academyYears)).toMatchObject({ status: 'inset', name: 'INSET day', term: 'autumn', halfTerm: 1 });
    expect(teachingWeekOf('2026-10-02', academyYears)).toEqual({ academicYear: 2026, term: 'autumn', week: 6 });
    expect(isUsableSchoolDay('2026-10-02', academyYears)).toBe(false);
    expect(isUsableSchoolDay('2026-08-31', academyYears)).toBe(false);
    expect(isUsableSchoolDay('2027-05-03', academyYears)).toBe(false);
    expect(isUsableSchoolDay('2026-10-01', academyYears)).toBe(true);
    expect(nextTeachingDay('2027-01-04', academyYears)).toBe('2027-01-05');
    expect(nextTeachingDay('2026-08-29', academyYears)).toBe('2026-09-01');
  });

  it('are avoided where the school has no dates too: a bank holiday is never a school day', () => {
    expect(isUsableSchoolDay('2028-12-25', [])).toBe(false);
    expect(isUsableSchoolDay('2028-12-27', [])).toBe(true);
  });

  it('give a warning that names them', () => {
    expect(dateWarnings('2026-10-02', academyYears)).toEqual([{ kind: 'inset', message: 'This is an INSET day: no pupils in school.' }]);
    expect(dateWarnings('2027-05-03', academyYears)).toEqual([{ kind: 'bank-holiday', message: 'This is a bank holiday: Bank holiday (Early May).' }]);
  });

  it('keep the sleep campaign off every INSET day and bank holiday', () => {
    const sleep = builtIn('sleep-well');
    for (const start of ['2026-08-27', '2026-09-28', '2026-12-14', '2027-04-26']) {
      const { activities } = scheduleFromTemplate(sleep, { startDate: start, yearGroups: ['Y7'], years: academyYears });
      for (const a of activities) {
        expect(placeDate(a.date, academyYears).status, `${start}: ${a.title} on ${a.date}`).toBe('teaching');
        expect(placeDate(a.date, academyYears).weekend).toBe(false);
      }
    }
    // Week 0 from 28 September holds the INSET day (Friday 2 October): a Friday activity moves on.
    const { activities } = scheduleFromTemplate(sleep, { startDate: '2026-09-28', yearGroups: ['Y7'], years: academyYears });
    expect(activities.map((a) => a.date)).not.toContain('2026-10-02');
  });

  it('follow the nation: St Andrew’s Day closes a Scottish school, not an English one', () => {
    const scottish = [defaultTermDates(2026, 'scotland')];
    const english = [defaultTermDates(2026, 'england')];
    expect(placeDate('2026-11-30', scottish, 'scotland')).toMatchObject({ status: 'bank-holiday', name: 'Bank holiday (St Andrew’s Day)' });
    expect(placeDate('2026-11-30', english, 'england').status).toBe('teaching');
    expect(placeDate('2027-07-12', [defaultTermDates(2026, 'northern-ireland')], 'northern-ireland')).toMatchObject({ bankHoliday: 'Bank holiday (Battle of the Boyne (Orangemen’s Day))' });
  });
});

describe('a half term that starts midweek', () => {
  const midweek: AcademicYearDates = {
    ...defaultEnglandTermDates(2026),
    terms: defaultEnglandTermDates(2026).terms.map((t) => (t.term === 'autumn' ? { ...t, halfTermStart: '2026-10-21', halfTermEnd: '2026-10-27' } : t)),
  };

  it('keeps the days before it in their week and numbers the week after it', () => {
    expect(validateAcademicYear(midweek)).toEqual([]);
    expect(placeDate('2026-10-20', [midweek])).toMatchObject({ status: 'teaching', halfTerm: 1 });
    expect(placeDate('2026-10-21', [midweek])).toMatchObject({ status: 'half-term', name: 'October half term' });
    expect(placeDate('2026-10-28', [midweek])).toMatchObject({ status: 'teaching', halfTerm: 2 });
    expect(teachingWeekOf('2026-10-20', [midweek])?.week).toBe(8);
    expect(teachingWeekOf('2026-10-28', [midweek])?.week).toBe(9);
    expect(planYearWeeks(2026, [midweek]).find((w) => w.monday === '2026-10-19')).toMatchObject({ status: 'mixed', teachingWeek: 8, breaks: ['October half term'] });
  });
});

describe('a Scottish year', () => {
  const scottish = defaultTermDates(2026, 'scotland');
  const years = [defaultTermDates(2025, 'scotland'), scottish];

  it('starts mid-August and ends in late June, with its own breaks by name', () => {
    expect(validateAcademicYear(scottish)).toEqual([]);
    expect(scottish.terms[0]!.start).toBe('2026-08-19');
    expect(scottish.terms[2]!.end).toBe('2027-06-25');
    expect(academicYearOf('2026-08-18', years)).toBe(2025);
    expect(placeDate('2026-08-18', years, 'scotland')).toMatchObject({ academicYear: 2025, status: 'holiday', name: 'Summer holiday' });
    expect(teachingWeekOf('2026-08-19', years)).toEqual({ academicYear: 2026, term: 'autumn', week: 1 });
    expect(placeDate('2026-10-14', years, 'scotland')).toMatchObject({ status: 'half-term', name: 'October week' });
    expect(placeDate('2026-12-24', years, 'scotland')).toMatchObject({ status: 'holiday', name: 'Christmas holiday' });
    expect(placeDate('2027-02-09', years, 'scotland')).toMatchObject({ status: 'half-term', name: 'February mid-term' });
    expect(placeDate('2027-03-30', years, 'scotland')).toMatchObject({ status: 'holiday', name: 'Easter holiday' });
    expect(placeDate('2027-06-28', years, 'scotland')).toMatchObject({ status: 'holiday', name: 'Summer holiday' });
    // Spring starts after the Scottish New Year holidays (2 January 2027 is a Saturday: its substitute is Monday 4 January).
    expect(scottish.terms[1]!.start).toBe('2027-01-05');
  });
});

describe('31 July, 1 August, 31 August and 1 September', () => {
  const legacy = [defaultEnglandTermDates(2025), { ...academy, insetDays: [], terms: academy.terms.map((t) => (t.term === 'autumn' ? { ...t, start: '2026-09-01' } : t)) }];

  it('with no dates at all, a year starts on 1 August', () => {
    expect(academicYearOf('2026-07-31')).toBe(2025);
    expect(academicYearOf('2026-08-01')).toBe(2026);
    expect(academicYearOf('2026-08-31')).toBe(2026);
    expect(academicYearOf('2026-09-01')).toBe(2026);
  });

  it('after a year with dates and before the next is entered, August is that year’s summer holiday', () => {
    const only2025 = [defaultEnglandTermDates(2025)];
    expect(placeDate('2026-07-31', only2025)).toMatchObject({ academicYear: 2025, status: 'holiday', name: 'Summer holiday' });
    expect(placeDate('2026-08-01', only2025)).toMatchObject({ academicYear: 2025, status: 'holiday' });
    expect(placeDate('2026-08-31', only2025)).toMatchObject({ academicYear: 2025, status: 'holiday' });
    expect(placeDate('2026-09-01', only2025)).toMatchObject({ academicYear: 2026, status: 'unknown' });
  });

  it('before a school’s first year with dates, August is that year’s, so a new school in August sees its year about to start', () => {
    const firstYear = [academy];
    expect(placeDate('2026-07-31', firstYear)).toMatchObject({ academicYear: 2025, status: 'unknown' });
    expect(placeDate('2026-08-01', firstYear)).toMatchObject({ academicYear: 2026, status: 'holiday', name: 'Summer holiday' });
    expect(placeDate('2026-08-20', firstYear)).toMatchObject({ academicYear: 2026, status: 'holiday', name: 'Summer holiday' });
    expect(placeDate('2026-08-27', firstYear)).toMatchObject({ academicYear: 2026, status: 'teaching' });
  });

  it('a school whose dates were forced to 1 September keeps them, numbered as before', () => {
    expect(validateAcademicYear(legacy[1]!)).toEqual([]);
    expect(placeDate('2026-08-31', legacy)).toMatchObject({ academicYear: 2025, status: 'holiday', name: 'Summer holiday' });
    expect(teachingWeekOf('2026-09-01', legacy)).toEqual({ academicYear: 2026, term: 'autumn', week: 1 });
    expect(teachingWeekOf('2026-11-02', legacy)).toEqual({ academicYear: 2026, term: 'autumn', week: 8 });
  });

  it('an autumn term may start on 1 August but not 31 July; a summer term may end on 31 July but not 1 August', () => {
    const at = (patch: Partial<AcademicYearDates['terms'][number]>, index: number) => ({ ...academy, insetDays: [], terms: academy.terms.map((t, i) => (i === index ? { ...t, ...patch } : t)) });
    expect(validateAcademicYear(at({ start: '2026-08-01' }, 0))).toEqual([]);
    expect(validateAcademicYear(at({ start: '2026-07-31' }, 0))[0]).toEqual({ path: 'terms.0.start', message: 'Autumn term cannot start before 1 August 2026: a school year starts on or after 1 August.' });
    expect(validateAcademicYear(at({ end: '2027-07-31' }, 2))).toEqual([]);
    expect(validateAcademicYear(at({ end: '2027-08-01' }, 2))).toEqual([{ path: 'terms.2.end', message: 'Summer term must end by 31 July 2027: the next school year can start on 1 August.' }]);
  });

  it('a year that starts on 1 August owns it, and the year before ends on 31 July', () => {
    const early = { ...academy, insetDays: [], terms: academy.terms.map((t) => (t.term === 'autumn' ? { ...t, start: '2026-08-01' } : t)) };
    const years = [defaultEnglandTermDates(2025), early];
    expect(academicYearOf('2026-07-31', years)).toBe(2025);
    expect(academicYearOf('2026-08-01', years)).toBe(2026);
    expect(academicYearBounds(2025, years).end).toBe('2026-07-31');
  });
});

describe('checking what a lead enters', () => {
  it('refuses INSET days outside the year, outside a term, in half term, at weekends or twice', () => {
    const withInset = (insetDays: string[]) => validateAcademicYear({ ...academy, insetDays });
    expect(withInset(['2027-08-02'])).toEqual([{ path: 'insetDays.0', message: 'An INSET day must fall between 1 August 2026 and 31 July 2027, the 2026/27 school year.' }]);
    expect(withInset(['2026-12-22'])).toEqual([{ path: 'insetDays.0', message: '22 December 2026 is not in a term: INSET days fall inside a term.' }]);
    expect(withInset(['2026-10-21'])).toEqual([{ path: 'insetDays.0', message: '21 October 2026 is in the autumn half term: INSET days fall on school days.' }]);
    expect(withInset(['2026-10-03'])).toEqual([{ path: 'insetDays.0', message: '3 October 2026 is a weekend: INSET days are school days.' }]);
    expect(withInset(['2026-10-02', '2026-10-02'])).toEqual([{ path: 'insetDays.1', message: '2 October 2026 is already an INSET day.' }]);
    expect(withInset([''])).toEqual([{ path: 'insetDays.0', message: 'Enter the date of the INSET day, or remove it.' }]);
  });

  it('refuses a term outside the year and overlapping terms', () => {
    const springOutside = { ...academy, insetDays: [], terms: academy.terms.map((t) => (t.term === 'spring' ? { ...t, start: '2026-07-20' } : t)) };
    expect(validateAcademicYear(springOutside)).toContainEqual({ path: 'terms.1.start', message: 'Spring term must start between 1 August 2026 and 31 July 2027, the 2026/27 school year.' });
    const overlapping = { ...academy, insetDays: [], terms: academy.terms.map((t) => (t.term === 'spring' ? { ...t, start: '2026-12-14' } : t)) };
    expect(validateAcademicYear(overlapping)).toEqual([{ path: 'terms.1.start', message: 'Spring term must start after the autumn term ends (18 December 2026): terms cannot overlap.' }]);
  });

  it('refuses a missing year between two entered years, and a year entered twice', () => {
    expect(validateAcademicYearList([defaultEnglandTermDates(2025), defaultEnglandTermDates(2027)])).toEqual([
      { index: 1, message: 'Add the dates for 2026/27 too: Upstream needs every year between 2025/26 and 2027/28.' },
    ]);
    expect(validateAcademicYearList([defaultEnglandTermDates(2025), defaultEnglandTermDates(2025)])).toEqual([{ index: 1, message: 'This academic year appears twice.' }]);
    const errors = validateSchoolSettings({ name: 'Riverside', yearGroups: ['Y7'], suppressionThreshold: 5, academicYears: [defaultEnglandTermDates(2027), defaultEnglandTermDates(2025)] });
    expect(errors).toEqual({ 'academicYears.0': 'Add the dates for 2026/27 too: Upstream needs every year between 2025/26 and 2027/28.' });
  });

  it('refuses a nation it does not know', () => {
    const errors = validateSchoolSettings({ name: 'Riverside', yearGroups: ['Y7'], suppressionThreshold: 5, academicYears: [academy], nation: 'france' as never });
    expect(errors).toEqual({ nation: 'Choose England, Wales, Scotland or Northern Ireland.' });
  });

  it('accepts every nation’s typical dates for several years', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const) {
      for (let year = 2024; year <= 2030; year += 1) expect(validateAcademicYear(defaultTermDates(year, nation)), `${nation} ${year}`).toEqual([]);
    }
  });

  it('checks the nation and INSET days in a backup before it is restored', () => {
    const settings = { id: 'school', name: 'Oakfield', yearGroups: ['Y7'], suppressionThreshold: 5, academicYears: [academy], nation: 'scotland', awarenessDaysHidden: true, createdAt: '2026-08-01T09:00:00.000Z', updatedAt: '2026-08-01T09:00:00.000Z' };
    expect(recordProblem('settings', settings)).toBeNull();
    expect(recordProblem('settings', { ...settings, nation: 'france' })).not.toBeNull();
    expect(recordProblem('settings', { ...settings, academicYears: [{ ...academy, insetDays: [42] }] })).not.toBeNull();
    const { nation: _nation, awarenessDaysHidden: _hidden, ...older } = settings;
    expect(recordProblem('settings', { ...older, academicYears: [{ startYear: 2026, terms: academy.terms }] })).toBeNull();
  });
});
