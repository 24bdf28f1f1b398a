/**
 * UK bank holidays, 2024 to 2029, for the three lists GOV.UK publishes: England and Wales, Scotland,
 * and Northern Ireland. Schools are closed on them; inside a term they are not holidays but days
 * with no pupils in school, so scheduling never puts an activity on one.
 *
 * Source: GOV.UK, "UK bank holidays", https://www.gov.uk/bank-holidays (the same list is published
 * as JSON at https://www.gov.uk/bank-holidays.json). Names and substitute days follow that list.
 * Written out on 28 November 2026 from the published list and the rules it follows (the Banking and
 * Financial Dealings Act 1971 and royal proclamations): a fixed-date holiday that falls on a
 * weekend moves to the next weekday not already a holiday ("substitute day"). GOV.UK publishes only
 * a few years ahead; years it has not yet published were worked out by those same rules, and a
 * one-off holiday announced later (as for a coronation) is not here until this file is updated.
 * tests/shared/bank-holidays.test.ts checks every entry against the rules.
 */
import type { IsoDate } from './domain';

export const BANK_HOLIDAYS_SOURCE = { title: 'GOV.UK: UK bank holidays', url: 'https://www.gov.uk/bank-holidays', writtenOut: '2026-11-28' } as const;

export const BANK_HOLIDAY_DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type BankHolidayDivision = (typeof BANK_HOLIDAY_DIVISIONS)[number];

/** The first and last calendar years this file covers. */
export const BANK_HOLIDAY_YEARS = { first: 2024, last: 2029 } as const;

/** [date, name as GOV.UK gives it, and 'substitute day' when the holiday moved off a weekend]. */
type Entry = readonly [IsoDate, string] | readonly [IsoDate, string, 'substitute day'];

export const BANK_HOLIDAY_DATA: Record<BankHolidayDivision, readonly Entry[]> = {
  'england-and-wales': [
    ['2024-01-01', 'New Year’s Day'],
    ['2024-03-29', 'Good Friday'],
    ['2024-04-01', 'Easter Monday'],
    ['2024-05-06', 'Early May bank holiday'],
    ['2024-05-27', 'Spring bank holiday'],
    ['2024-08-26', 'Summer bank holiday'],
    ['2024-12-25', 'Christmas Day'],
    ['2024-12-26', 'Boxing Day'],

    ['2025-01-01', 'New Year’s Day'],
    ['2025-04-18', 'Good Friday'],
    ['2025-04-21', 'Easter Monday'],
    ['2025-05-05', 'Early May bank holiday'],
    ['2025-05-26', 'Spring bank holiday'],
    ['2025-08-25', 'Summer bank holiday'],
    ['2025-12-25', 'Christmas Day'],
    ['2025-12-26', 'Boxing Day'],

    ['2026-01-01', 'New Year’s Day'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-08-31', 'Summer bank holiday'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day', 'substitute day'],

    ['2027-01-01', 'New Year’s Day'],
    ['2027-03-26', 'Good Friday'],
    ['2027-03-29', 'Easter Monday'],
    ['2027-05-03', 'Early May bank holiday'],
    ['2027-05-31', 'Spring bank holiday'],
    ['2027-08-30', 'Summer bank holiday'],
    ['2027-12-27', 'Christmas Day', 'substitute day'],
    ['2027-12-28', 'Boxing Day', 'substitute day'],

    ['2028-01-03', 'New Year’s Day', 'substitute day'],
    ['2028-04-14', 'Good Friday'],
    ['2028-04-17', 'Easter Monday'],
    ['2028-05-01', 'Early May bank holiday'],
    ['2028-05-29', 'Spring bank holiday'],
    ['2028-08-28', 'Summer bank holiday'],
    ['2028-12-25', 'Christmas Day'],
    ['2028-12-26', 'Boxing Day'],

    ['2029-01-01', 'New Year’s Day'],
    ['2029-03-30', 'Good Friday'],
    ['2029-04-02', 'Easter Monday'],
    ['2029-05-07', 'Early May bank holiday'],
    ['2029-05-28', 'Spring bank holiday'],
    ['2029-08-27', 'Summer bank holiday'],
    ['2029-12-25', 'Christmas Day'],
    ['2029-12-26', 'Boxing Day'],
  ],
  scotland: [
    ['2024-01-01', 'New Year’s Day'],
    ['2024-01-02', '2nd January'],
    ['2024-03-29', 'Good Friday'],
    ['2024-05-06', 'Early May bank holiday'],
    ['2024-05-27', 'Spring bank holiday'],
    ['2024-08-05', 'Summer bank holiday'],
    ['2024-12-02', 'St Andrew’s Day', 'substitute day'],
    ['2024-12-25', 'Christmas Day'],
    ['2024-12-26', 'Boxing Day'],

    ['2025-01-01', 'New Year’s Day'],
    ['2025-01-02', '2nd January'],
    ['2025-04-18', 'Good Friday'],
    ['2025-05-05', 'Early May bank holiday'],
    ['2025-05-26', 'Spring bank holiday'],
    ['2025-08-04', 'Summer bank holiday'],
    ['2025-12-01', 'St Andrew’s Day', 'substitute day'],
    ['2025-12-25', 'Christmas Day'],
    ['2025-12-26', 'Boxing Day'],

    ['2026-01-01', 'New Year’s Day'],
    ['2026-01-02', '2nd January'],
    ['2026-04-03', 'Good Friday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-08-03', 'Summer bank holiday'],
    ['2026-11-30', 'St Andrew’s Day'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day', 'substitute day'],

    ['2027-01-01', 'New Year’s Day'],
    ['2027-01-04', '2nd January', 'substitute day'],
    ['2027-03-26', 'Good Friday'],
    ['2027-05-03', 'Early May bank holiday'],
    ['2027-05-31', 'Spring bank holiday'],
    ['2027-08-02', 'Summer bank holiday'],
    ['2027-11-30', 'St Andrew’s Day'],
    ['2027-12-27', 'Christmas Day', 'substitute day'],
    ['2027-12-28', 'Boxing Day', 'substitute day'],

    ['2028-01-03', 'New Year’s Day', 'substitute day'],
    ['2028-01-04', '2nd January', 'substitute day'],
    ['2028-04-14', 'Good Friday'],
    ['2028-05-01', 'Early May bank holiday'],
    ['2028-05-29', 'Spring bank holiday'],
    ['2028-08-07', 'Summer bank holiday'],
    ['2028-11-30', 'St Andrew’s Day'],
    ['2028-12-25', 'Christmas Day'],
    ['2028-12-26', 'Boxing Day'],

    ['2029-01-01', 'New Year’s Day'],
    ['2029-01-02', '2nd January'],
    ['2029-03-30', 'Good Friday'],
    ['2029-05-07', 'Early May bank holiday'],
    ['2029-05-28', 'Spring bank holiday'],
    ['2029-08-06', 'Summer bank holiday'],
    ['2029-11-30', 'St Andrew’s Day'],
    ['2029-12-25', 'Christmas Day'],
    ['2029-12-26', 'Boxing Day'],
  ],
  'northern-ireland': [
    ['2024-01-01', 'New Year’s Day'],
    ['2024-03-18', 'St Patrick’s Day', 'substitute day'],
    ['2024-03-29', 'Good Friday'],
    ['2024-04-01', 'Easter Monday'],
    ['2024-05-06', 'Early May bank holiday'],
    ['2024-05-27', 'Spring bank holiday'],
    ['2024-07-12', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2024-08-26', 'Summer bank holiday'],
    ['2024-12-25', 'Christmas Day'],
    ['2024-12-26', 'Boxing Day'],

    ['2025-01-01', 'New Year’s Day'],
    ['2025-03-17', 'St Patrick’s Day'],
    ['2025-04-18', 'Good Friday'],
    ['2025-04-21', 'Easter Monday'],
    ['2025-05-05', 'Early May bank holiday'],
    ['2025-05-26', 'Spring bank holiday'],
    ['2025-07-14', 'Battle of the Boyne (Orangemen’s Day)', 'substitute day'],
    ['2025-08-25', 'Summer bank holiday'],
    ['2025-12-25', 'Christmas Day'],
    ['2025-12-26', 'Boxing Day'],

    ['2026-01-01', 'New Year’s Day'],
    ['2026-03-17', 'St Patrick’s Day'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-07-13', 'Battle of the Boyne (Orangemen’s Day)', 'substitute day'],
    ['2026-08-31', 'Summer bank holiday'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day', 'substitute day'],

    ['2027-01-01', 'New Year’s Day'],
    ['2027-03-17', 'St Patrick’s Day'],
    ['2027-03-26', 'Good Friday'],
    ['2027-03-29', 'Easter Monday'],
    ['2027-05-03', 'Early May bank holiday'],
    ['2027-05-31', 'Spring bank holiday'],
    ['2027-07-12', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2027-08-30', 'Summer bank holiday'],
    ['2027-12-27', 'Christmas Day', 'substitute day'],
    ['2027-12-28', 'Boxing Day', 'substitute day'],

    ['2028-01-03', 'New Year’s Day', 'substitute day'],
    ['2028-03-17', 'St Patrick’s Day'],
    ['2028-04-14', 'Good Friday'],
    ['2028-04-17', 'Easter Monday'],
    ['2028-05-01', 'Early May bank holiday'],
    ['2028-05-29', 'Spring bank holiday'],
    ['2028-07-12', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2028-08-28', 'Summer bank holiday'],
    ['2028-12-25', 'Christmas Day'],
    ['2028-12-26', 'Boxing Day'],

    ['2029-01-01', 'New Year’s Day'],
    ['2029-03-19', 'St Patrick’s Day', 'substitute day'],
    ['2029-03-30', 'Good Friday'],
    ['2029-04-02', 'Easter Monday'],
    ['2029-05-07', 'Early May bank holiday'],
    ['2029-05-28', 'Spring bank holiday'],
    ['2029-07-12', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2029-08-27', 'Summer bank holiday'],
    ['2029-12-25', 'Christmas Day'],
    ['2029-12-26', 'Boxing Day'],
  ],
};
