/**
 * Validation of the school's settings, used by the Settings screen, first run and (later) restore.
 * Returns plain-English messages keyed by field path, e.g. "name" or "academicYears.0.terms.1.end".
 */
import { validateAcademicYear } from './calendar';
import { YEAR_GROUPS, type SchoolSettings } from './domain';

export type FieldErrors = Record<string, string>;

export const SCHOOL_NAME_MAX = 120;

export function validateSchoolSettings(settings: Pick<SchoolSettings, 'name' | 'yearGroups' | 'academicYears' | 'suppressionThreshold'>): FieldErrors {
  const errors: FieldErrors = {};
  const name = settings.name.trim();
  if (name === '') errors['name'] = 'Enter your school’s name.';
  else if (name.length > SCHOOL_NAME_MAX) errors['name'] = `Keep the school name to ${SCHOOL_NAME_MAX} characters or fewer.`;

  if (settings.yearGroups.length === 0) errors['yearGroups'] = 'Choose at least one year group.';
  else if (settings.yearGroups.some((g) => !(YEAR_GROUPS as readonly string[]).includes(g))) errors['yearGroups'] = 'One of the year groups is not recognised.';

  const threshold = settings.suppressionThreshold;
  if (!Number.isInteger(threshold) || threshold < 1) errors['suppressionThreshold'] = 'The threshold must be a whole number of at least 1.';
  else if (threshold > 100) errors['suppressionThreshold'] = 'The threshold must be 100 or less.';

  const seen = new Set<number>();
  settings.academicYears.forEach((year, index) => {
    if (seen.has(year.startYear)) errors[`academicYears.${index}`] = 'This academic year appears twice.';
    seen.add(year.startYear);
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
