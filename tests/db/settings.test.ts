import { beforeEach, describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { initialSettingsDraft, saveSchoolSettings, SettingsValidationError } from '../../renderer/src/features/settings/queries';

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`settings-${crypto.randomUUID()}`);
  await db.open();
});

describe('saving school settings', () => {
  it('saves valid settings, trimmed, with years in order', async () => {
    const draft = { ...initialSettingsDraft(new Date(2026, 10, 24)), name: '  Riverside Academy  ', academicYears: [defaultEnglandTermDates(2027), defaultEnglandTermDates(2026)] };
    await saveSchoolSettings(db, draft);
    const saved = await db.settings.get('school');
    expect(saved?.name).toBe('Riverside Academy');
    expect(saved?.academicYears.map((y) => y.startYear)).toEqual([2026, 2027]);
    expect(saved?.suppressionThreshold).toBe(5);
    expect(saved?.createdAt).toBe(saved?.updatedAt);
  });

  it('offers this academic year’s typical England dates on first run, and in August the year about to start', () => {
    expect(initialSettingsDraft(new Date(2026, 6, 31)).academicYears[0]!.startYear).toBe(2025);
    expect(initialSettingsDraft(new Date(2026, 7, 1)).academicYears[0]!.startYear).toBe(2026);
    expect(initialSettingsDraft(new Date(2026, 7, 31)).academicYears[0]!.startYear).toBe(2026);
    expect(initialSettingsDraft(new Date(2026, 8, 1)).academicYears[0]!.startYear).toBe(2026);
    expect(initialSettingsDraft(new Date(2026, 7, 20)).nation).toBe('england');
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a threshold below 1', { suppressionThreshold: 0 }, 'suppressionThreshold'],
    ['a threshold that is not a whole number', { suppressionThreshold: 2.5 }, 'suppressionThreshold'],
    ['no year groups', { yearGroups: [] }, 'yearGroups'],
  ])('refuses %s and writes nothing', async (_label, patch, field) => {
    const draft = { ...initialSettingsDraft(), name: 'Riverside Academy', ...patch };
    const error = await saveSchoolSettings(db, draft).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect(Object.keys((error as SettingsValidationError).errors)).toContain(field);
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses term dates where a term ends before it starts, and keeps the old settings', async () => {
    await saveSchoolSettings(db, { ...initialSettingsDraft(), name: 'Riverside Academy' });
    const before = await db.settings.get('school');
    const year = defaultEnglandTermDates(2026);
    const broken = { ...year, terms: year.terms.map((t) => (t.term === 'autumn' ? { ...t, end: '2026-09-01' } : t)) };
    const error = (await saveSchoolSettings(db, { ...before!, academicYears: [broken] }).catch((e: unknown) => e)) as SettingsValidationError;
    expect(error.errors['academicYears.0.terms.0.end']).toBe('Autumn term cannot end before it starts.');
    expect(await db.settings.get('school')).toEqual(before);
  });
});
