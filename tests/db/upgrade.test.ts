/**
 * Nothing lost: a database at each past schema version, filled from its committed fixture, opens
 * with the current schema and every record survives. A schema version without a fixture fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { startOfWeek } from 'date-fns';
import { academicYearOf, parseIsoDate, teachingWeekOf, teachingWeeks, toIsoDate } from '../../shared/calendar';
import { validateSchoolSettings } from '../../shared/school-settings';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION, declareVersions, SCHEMA_VERSIONS } from '../../renderer/src/db/schema';

interface Fixture {
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtureDir = path.resolve(__dirname, 'fixtures');
const fixture = (version: number): Fixture => JSON.parse(fs.readFileSync(path.join(fixtureDir, `v${version}.json`), 'utf8')) as Fixture;

/** Builds a database exactly as Upstream at `version` would have left it. */
async function databaseAtVersion(name: string, version: number, data: Fixture): Promise<void> {
  const old = new Dexie(name);
  declareVersions(old, version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(data.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('schema upgrades', () => {
  it('has a fixture for every schema version (run "npm run fixture:db" after adding one)', () => {
    for (const { version } of SCHEMA_VERSIONS) {
      expect(fs.existsSync(path.join(fixtureDir, `v${version}.json`)), `tests/db/fixtures/v${version}.json`).toBe(true);
      expect(fixture(version).schemaVersion).toBe(version);
    }
  });

  it('each fixture has records in every table its version declared', () => {
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const tables = fixture(version).tables;
      for (const table of Object.keys(stores)) expect(tables[table]?.length ?? 0, `v${version} fixture: ${table}`).toBeGreaterThan(0);
    }
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrades a version ${version} database to version ${CURRENT_SCHEMA_VERSION} with every record intact`, async () => {
      const name = `upgrade-v${version}-${crypto.randomUUID()}`;
      const data = fixture(version);
      await databaseAtVersion(name, version, data);

      const db = new UpstreamDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(data.tables)) {
        const stored = await db.table(table).toArray();
        expect(stored, `${table} after upgrade`).toHaveLength(rows.length);
        // Upgrades may add fields, never drop or change what was there.
        for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(row));
      }
      db.close();
    });

    it(`keeps a version ${version} school's term dates, and places every stored date in the same term and teaching week as before`, async () => {
      const name = `upgrade-dates-v${version}-${crypto.randomUUID()}`;
      await databaseAtVersion(name, version, fixture(version));
      const db = new UpstreamDatabase(name);
      await db.open();
      const settings = (await db.settings.get('school'))!;
      // The dates a school saved (forced to 1 September or not) still pass every check, so Settings saves unchanged.
      expect(validateSchoolSettings(settings)).toEqual({});
      const years = settings.academicYears;
      const dates = [...(await db.activities.toArray()).map((a) => a.date), ...(await db.checkIns.toArray()).map((c) => c.date)];
      for (const wave of await db.surveyWaves.toArray()) {
        dates.push(wave.date);
        expect(academicYearOf(wave.date, years), `survey wave ${wave.date}`).toBe(wave.academicYear);
      }
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) {
        // Before: the year ran 1 September to 31 August; a date in a term took that term's teaching week.
        const oldYear = Number(date.slice(5, 7)) >= 9 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
        const term = years.find((y) => y.startYear === oldYear)?.terms.find((t) => t.start <= date && date <= t.end);
        if (!term) continue;
        expect(academicYearOf(date, years), date).toBe(oldYear);
        const monday = toIsoDate(startOfWeek(parseIsoDate(date), { weekStartsOn: 1 }));
        const week = teachingWeeks(term).find((w) => w.monday === monday)?.index;
        const now = teachingWeekOf(date, years);
        expect(now ? now.week : undefined, date).toBe(date >= term.halfTermStart && date <= term.halfTermEnd ? undefined : week);
      }
      db.close();
    });
  }
});
