/**
 * Year groups however schools write them, read into Upstream's YearGroup. Used by every import
 * (survey CSV, tally CSV, reports); kept apart from the CSV code so light screens can use it.
 */
import { YEAR_GROUPS, type YearGroup } from './domain';

/**
 * A year group however a school writes it: "Y9", "Year 9", "9", "yr 9", "Year 09", "Y09", "year9",
 * "Year 9 (age 13-14)", "R", "Reception", "Rec", "YR", "Year R", and tutor groups such as "9B" or
 * "10XY". Null when it is not recognisable (including "Year 14" and "Staff").
 */
export function normaliseYearGroup(raw: string): YearGroup | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return null;
  if (/^(r|rec|reception|yr|y ?r|year r|year reception|foundation 2|f2)$/.test(text)) return 'R';
  const match = /^(?:(?:school )?year|yr|y|yg|year group)?\s*[-.:]?\s*0*(\d{1,2})(?:\s*\(.*\)|\s*[a-z]{1,3}|\s*pupils?|\s*students?)?$/.exec(text);
  if (!match) return null;
  const n = Number(match[1]);
  if (n < 1 || n > 13) return null;
  return `Y${n}` as YearGroup;
}

export function isYearGroup(value: string): value is YearGroup {
  return (YEAR_GROUPS as readonly string[]).includes(value);
}
