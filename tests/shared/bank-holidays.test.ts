/**
 * The shipped bank-holiday list is checked against the rules GOV.UK's list follows, worked out
 * independently here: fixed dates move off weekends to the next free weekday (substitute days),
 * Easter from the computus, the May and August Mondays by position.
 */
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_DATA, BANK_HOLIDAY_DIVISIONS, BANK_HOLIDAYS_SOURCE, type BankHolidayDivision } from '../../shared/bank-holidays-data';
import { bankHolidayOn, bankHolidaysBetween, BANK_HOLIDAY_YEARS } from '../../shared/bank-holidays';
import { easterSunday } from '../../shared/calendar';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const add = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const mondays = (y: number, m: number) => Array.from({ length: 31 }, (_, i) => utc(y, m, i + 1)).filter((d) => d.getUTCMonth() === m - 1 && d.getUTCDay() === 1);

function byRule(division: BankHolidayDivision, year: number): [string, string, boolean][] {
  const taken = new Set<string>();
  const fixed = (list: [Date, string][]) =>
    list.map(([date, name]): [string, string, boolean] => {
      let day = date;
      while (day.getUTCDay() === 0 || day.getUTCDay() === 6 || taken.has(iso(day))) day = add(day, 1);
      taken.add(iso(day));
      return [iso(day), name, iso(day) !== iso(date)];
    });
  const [ey, em, ed] = easterSunday(year).split('-').map(Number) as [number, number, number];
  const easter = utc(ey, em, ed);
  const out: [string, string, boolean][] = [];
  out.push(...fixed(division === 'scotland' ? [[utc(year, 1, 1), 'New Year’s Day'], [utc(year, 1, 2), '2nd January']] : [[utc(year, 1, 1), 'New Year’s Day']]));
  if (division === 'northern-ireland') out.push(...fixed([[utc(year, 3, 17), 'St Patrick’s Day']]));
  out.push([iso(add(easter, -2)), 'Good Friday', false]);
  if (division !== 'scotland') out.push([iso(add(easter, 1)), 'Easter Monday', false]);
  out.push([iso(mondays(year, 5)[0]!), 'Early May bank holiday', false], [iso(mondays(year, 5).at(-1)!), 'Spring bank holiday', false]);
  if (division === 'northern-ireland') out.push(...fixed([[utc(year, 7, 12), 'Battle of the Boyne (Orangemen’s Day)']]));
  out.push([iso(division === 'scotland' ? mondays(year, 8)[0]! : mondays(year, 8).at(-1)!), 'Summer bank holiday', false]);
  if (division === 'scotland') out.push(...fixed([[utc(year, 11, 30), 'St Andrew’s Day']]));
  out.push(...fixed([[utc(year, 12, 25), 'Christmas Day'], [utc(year, 12, 26), 'Boxing Day']]));
  return out;
}

describe('bank holidays', () => {
  it('name their source', () => {
    expect(BANK_HOLIDAYS_SOURCE.url).toBe('https://www.gov.uk/bank-holidays');
  });

  it.each(BANK_HOLIDAY_DIVISIONS)('match the statutory rules for %s, every year listed', (division) => {
    const expected = [];
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year += 1) expected.push(...byRule(division, year));
    expect(BANK_HOLIDAY_DATA[division].map(([date, name, substitute]) => [date, name, substitute !== undefined])).toEqual(expected);
  });

  it('include the dates GOV.UK published for 2024 to 2026, substitute days too', () => {
    expect(bankHolidayOn('2024-12-02', 'scotland')?.label).toBe('Bank holiday (St Andrew’s Day, substitute day)');
    expect(bankHolidayOn('2025-07-14', 'northern-ireland')?.substitute).toBe(true);
    expect(bankHolidayOn('2024-03-18', 'northern-ireland')?.name).toBe('St Patrick’s Day');
    expect(bankHolidayOn('2026-12-28', 'england')?.label).toBe('Bank holiday (Boxing Day, substitute day)');
    expect(bankHolidayOn('2026-05-04', 'wales')?.label).toBe('Bank holiday (Early May)');
    expect(bankHolidayOn('2026-08-03', 'scotland')?.label).toBe('Bank holiday (Summer)');
    expect(bankHolidayOn('2026-08-03', 'england')).toBeUndefined();
    expect(bankHolidayOn('2026-08-31')?.label).toBe('Bank holiday (Summer)');
  });

  it('are listed for a range of dates in order', () => {
    expect(bankHolidaysBetween('2026-08-01', '2027-07-31', 'england').map((h) => h.date)).toEqual([
      '2026-08-31', '2026-12-25', '2026-12-28', '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31',
    ]);
  });
});
