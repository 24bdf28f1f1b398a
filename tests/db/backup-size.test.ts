/**
 * How large a backup gets: a large secondary school's ten years, built from the sample school's
 * records (real shapes and text lengths) repeated to a busy school's volumes, measured against the
 * one backup limit.
 */
import { describe, expect, it } from 'vitest';
import { buildBackup, checkBackup, fitsBackupLimit, MAX_BACKUP_BYTES } from '@shared/backup';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import { createBackup, schemaShape } from '../../renderer/src/features/backup/backup';
import { loadSampleSchool } from '../../renderer/src/features/sample-school/sample-school';

/**
 * Ten years of a 1,500-pupil secondary school that uses every part of Upstream: 30 campaigns a year
 * of 20 activities, 80 workshop plans a year, two drop-in sessions every school day, four surveys a
 * year of 60 questions × 5 answers × 7 year groups, 50 of its own resources a year, and a busy log.
 */
const TEN_YEARS: Record<string, number> = {
  campaigns: 300,
  activities: 6_000,
  workshopPlans: 800,
  checkIns: 3_800,
  surveyWaves: 40,
  surveyResults: 84_000,
  resources: 524,
  resourceLinks: 3_000,
  indicators: 60,
  partners: 60,
  contacts: 200,
  audit: 20_000,
  campaignTemplates: 50,
};

function repeatTo(rows: Record<string, unknown>[], count: number, table: string): Record<string, unknown>[] {
  if (rows.length === 0) return [];
  return Array.from({ length: count }, (_, i) => {
    const row = { ...rows[i % rows.length]! };
    if (table === 'audit') delete row['seq'];
    else row['id'] = `${table}-${i}`;
    if (table === 'resources') delete row['builtInId'];
    return row;
  });
}

describe('backups at a large school’s size', () => {
  it('ten years of a large school fit the one backup limit with room to spare, and pass every check', async () => {
    const db = new UpstreamDatabase(`backup-size-${crypto.randomUUID()}`);
    await db.open();
    await loadSampleSchool(db, new Date('2026-11-24T09:00:00'));
    const sample = (await createBackup(db, '0.1.0')).tables;
    const tables = Object.fromEntries(Object.entries(sample).map(([table, rows]) => [table, table in TEN_YEARS ? repeatTo(rows, TEN_YEARS[table]!, table) : rows]));
    const started = performance.now();
    const text = JSON.stringify(await buildBackup(tables, { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, school: 'Large Secondary School' }));
    const bytes = new TextEncoder().encode(text).byteLength;
    const records = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
    const check = await checkBackup(JSON.parse(text), schemaShape);
    const ms = Math.round(performance.now() - started);
    console.log(`large school, ten years: ${records} records, ${(bytes / 1024 / 1024).toFixed(1)} MB as a backup (limit ${MAX_BACKUP_BYTES / 1024 / 1024} MB); built and checked in ${ms} ms`);
    expect(check.ok).toBe(true);
    expect(fitsBackupLimit(text)).toBe(true);
    expect(bytes * 3, 'at least three times headroom under the limit').toBeLessThan(MAX_BACKUP_BYTES);
    expect(bytes, 'a realistic size, not a toy').toBeGreaterThan(10 * 1024 * 1024);
  }, 120_000);

  it('counts UTF-8 bytes against the limit, not characters', () => {
    expect(fitsBackupLimit('€'.repeat(Math.floor(MAX_BACKUP_BYTES / 3)))).toBe(true);
    expect(fitsBackupLimit('€'.repeat(Math.floor(MAX_BACKUP_BYTES / 3) + 1))).toBe(false);
    expect(fitsBackupLimit('a'.repeat(MAX_BACKUP_BYTES + 1))).toBe(false);
  }, 60_000);
});
