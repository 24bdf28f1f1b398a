/**
 * Looking up the bank holidays in ./bank-holidays-data for a school's nation: Wales shares
 * England's list; Scotland and Northern Ireland have their own.
 */
import { BANK_HOLIDAY_DATA, type BankHolidayDivision } from './bank-holidays-data';
import type { IsoDate, Nation } from './domain';

export { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS_SOURCE } from './bank-holidays-data';

export interface BankHoliday {
  date: IsoDate;
  /** As GOV.UK names it: "Early May bank holiday", "St Andrew’s Day". */
  name: string;
  substitute: boolean;
  /** As the school calendar shows it: "Bank holiday (Early May)", "Bank holiday (Boxing Day, substitute day)". */
  label: string;
}

export function bankHolidayDivision(nation: Nation | undefined): BankHolidayDivision {
  if (nation === 'scotland') return 'scotland';
  if (nation === 'northern-ireland') return 'northern-ireland';
  return 'england-and-wales';
}

const byDivision = new Map<BankHolidayDivision, Map<IsoDate, BankHoliday>>();

function holidays(division: BankHolidayDivision): Map<IsoDate, BankHoliday> {
  let found = byDivision.get(division);
  if (!found) {
    found = new Map(
      BANK_HOLIDAY_DATA[division].map(([date, name, substitute]) => {
        const short = name.endsWith(' bank holiday') ? name.slice(0, -' bank holiday'.length) : name;
        return [date, { date, name, substitute: substitute !== undefined, label: `Bank holiday (${short}${substitute ? ', substitute day' : ''})` }];
      }),
    );
    byDivision.set(division, found);
  }
  return found;
}

/** The bank holiday on `date` where the school is, or undefined. England when the nation is not set. */
export function bankHolidayOn(date: IsoDate, nation?: Nation): BankHoliday | undefined {
  return holidays(bankHolidayDivision(nation)).get(date);
}

/** The bank holidays from `from` to `to` inclusive, in date order. */
export function bankHolidaysBetween(from: IsoDate, to: IsoDate, nation?: Nation): BankHoliday[] {
  return [...holidays(bankHolidayDivision(nation)).values()].filter((h) => h.date >= from && h.date <= to);
}
