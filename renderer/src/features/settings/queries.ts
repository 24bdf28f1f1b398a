import { useLiveQuery } from 'dexie-react-hooks';
import { FormValidationError } from '@shared/field-errors';
import { DEFAULT_SUPPRESSION_THRESHOLD, type SchoolSettings, type YearGroup } from '@shared/domain';
import { academicYearOf, defaultTermDates } from '@shared/calendar';
import { hasErrors, validateSchoolSettings } from '@shared/school-settings';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';

export const SCHOOL_SETTINGS_ID = 'school';

/**
 * The settings last read from each database. A screen opened later starts from them instead of a
 * "Loading…" frame; its live query still reads them again at once and keeps them current.
 */
const lastRead = new WeakMap<UpstreamDatabase, SchoolSettings | null>();

/** The school's settings; `undefined` while loading, `null` before first run has saved them. */
export function useSchoolSettings(): SchoolSettings | null | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => {
      const settings = (await db.settings.get(SCHOOL_SETTINGS_ID)) ?? null;
      lastRead.set(db, settings);
      return settings;
    },
    [db],
    lastRead.get(db),
  );
}

/** The app's one form error (field → message), under the name this feature's screens use. */
export { FormValidationError as SettingsValidationError } from '@shared/field-errors';

/** Validates, then saves in one write. Invalid settings are never stored. */
export async function saveSchoolSettings(db: UpstreamDatabase, settings: Omit<SchoolSettings, 'id' | 'createdAt' | 'updatedAt'> & Partial<Pick<SchoolSettings, 'createdAt'>>): Promise<SchoolSettings> {
  const errors = validateSchoolSettings(settings);
  if (hasErrors(errors)) throw new FormValidationError(errors);
  const now = new Date().toISOString();
  const record: SchoolSettings = {
    ...settings,
    name: settings.name.trim(),
    academicYears: [...settings.academicYears].sort((a, b) => a.startYear - b.startYear),
    id: SCHOOL_SETTINGS_ID,
    createdAt: settings.createdAt ?? now,
    updatedAt: now,
  };
  await db.settings.put(record);
  return record;
}

export const YEAR_GROUP_PRESETS: { label: string; groups: YearGroup[] }[] = [
  { label: 'Primary (Reception to Year 6)', groups: ['R', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6'] },
  { label: 'Secondary (Years 7 to 11)', groups: ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'] },
  { label: 'Secondary with sixth form (Years 7 to 13)', groups: ['Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13'] },
];

/**
 * What first run offers: typical England dates (the lead can pick another nation) for the academic
 * year under way, or in August for the one about to start, a secondary school, threshold 5.
 */
export function initialSettingsDraft(today: Date = new Date()) {
  return {
    name: '',
    yearGroups: YEAR_GROUP_PRESETS[1]!.groups,
    nation: 'england' as const,
    academicYears: [defaultTermDates(academicYearOf(today), 'england')],
    suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
  };
}
