/**
 * Validation of the school's settings, used by the Settings screen, first run and (later) restore.
 * Returns plain-English messages keyed by field path, e.g. "name" or "academicYears.0.terms.1.end".
 */
import { validateAcademicYear, validateAcademicYearList } from './term-date-checks';
import { NATIONS, YEAR_GROUPS, type SchoolSettings } from './domain';

export type FieldErrors = Record<string, string>;

export const SCHOOL_NAME_MAX = 120;

export function validateSchoolSettings(settings: Pick<SchoolSettings, 'name' | 'yearGroups' | 'academicYears' | 'suppressionThreshold' | 'nation'>): FieldErrors {
  const errors: FieldErrors = {};
  const name = settings.name.trim();
  if (name === '') errors['name'] = 'Enter your school’s name.';
  else if (name.length > SCHOOL_NAME_MAX) errors['name'] = `Keep the school name to ${SCHOOL_NAME_MAX} characters or fewer.`;

  if (settings.yearGroups.length === 0) errors['yearGroups'] = 'Choose at least one year group.';
  else if (settings.yearGroups.some((g) => !(YEAR_GROUPS as readonly string[]).includes(g))) errors['yearGroups'] = 'One of the year groups is not recognised.';

  if (settings.nation !== undefined && !(NATIONS as readonly string[]).includes(settings.nation)) errors['nation'] = 'Choose England, Wales, Scotland or Northern Ireland.';

  const threshold = settings.suppressionThreshold;
  if (!Number.isInteger(threshold) || threshold < 1) errors['suppressionThreshold'] = 'The threshold must be a whole number of at least 1.';
  else if (threshold > 100) errors['suppressionThreshold'] = 'The threshold must be 100 or less.';

  for (const { index, message } of validateAcademicYearList(settings.academicYears)) errors[`academicYears.${index}`] ??= message;
  settings.academicYears.forEach((year, index) => {
    for (const issue of validateAcademicYear(year)) {
      const key = `academicYears.${index}.${issue.path}`;
      errors[key] ??= issue.message;
    }
  });
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
