import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBackup, canonicalJson, sha256 } from '@shared/backup';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import Dexie from 'dexie';
import { draftStore } from '../../renderer/src/db/drafts';
import { createBackup, databaseDigest, inspectBackup, readAllTables, removeLeftoverRestores, RESTORE_DATABASE_PREFIX, restoreBackup } from '../../renderer/src/features/backup/backup';
import { deleteEverything } from '../../renderer/src/features/backup/delete-everything';
import { loadSampleSchool } from '../../renderer/src/features/sample-school/sample-school';

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`backup-${crypto.randomUUID()}`);
  await db.open();
});

const fresh = async () => {
  const other = new UpstreamDatabase(`backup-${crypto.randomUUID()}`);
  await other.open();
  return other;
};

describe('backup and restore', () => {
  it('round trip: the full sample school restores into an empty profile record by record', async () => {
    await loadSampleSchool(db, new Date('2026-11-24T09:00:00'));
    const backup = await createBackup(db, '0.1.0');
    expect(backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(backup.school).toBe('Brookfield Academy (sample school)');
    expect(backup.counts['campaigns']).toBeGreaterThan(0);

    const text = JSON.stringify(backup);
    const check = await inspectBackup(text);
    expect(check.ok).toBe(true);
    const empty = await fresh();
    await restoreBackup(empty, check.ok ? check.backup : (undefined as never));

    const before = await readAllTables(db);
    const after = await readAllTables(empty);
    let compared = 0;
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'audit') continue; // the restore adds its own audit entry
      expect(after[table], table).toEqual(rows);
      compared += rows.length;
    }
    expect(after['audit']!.slice(0, -1)).toEqual(before['audit']);
    expect(after['audit']!.at(-1)).toMatchObject({ action: 'restore' });
    expect(compared).toBeGreaterThan(40);
  });

  it('restores a backup from schema version 1 through the normal upgrade path', async () => {
    const fixture = JSON.parse(fs.readFileSync(path.resolve(__dirname, 'fixtures/v1.json'), 'utf8')) as { tables: Record<string, Record<string, unknown>[]> };
    const backup = await buildBackup(fixture.tables, { appVersion: '0.0.9', schemaVersion: 1, school: 'Fixture Primary School' });
    const check = await inspectBackup(JSON.stringify(backup));
    expect(check).toMatchObject({ ok: true });
    await restoreBackup(db, (check as { backup: typeof backup }).backup);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await db.table(table).toArray();
      for (const row of rows) expect(stored, table).toContainEqual(expect.objectContaining(row));
    }
    expect(await db.campaignTemplates.count()).toBe(0);
  });

  it('refuses a backup from a newer Upstream, and changes nothing', async () => {
    await loadSampleSchool(db);
    const digest = await databaseDigest(db);
    const backup = { ...(await createBackup(db, '0.1.0')), schemaVersion: CURRENT_SCHEMA_VERSION + 1, appVersion: '9.0.0' };
    const check = await inspectBackup(JSON.stringify(backup));
    expect(check).toEqual({
      ok: false,
      message: `This backup needs a newer Upstream: it uses data version ${CURRENT_SCHEMA_VERSION + 1}, and this Upstream reads data up to version ${CURRENT_SCHEMA_VERSION}. It was made by Upstream 9.0.0. Update Upstream, then restore it. Nothing has been changed.`,
    });
    expect(await databaseDigest(db)).toBe(digest);
  });

  it('names the backup format a file needs when only its format is newer', async () => {
    const backup = { ...(await createBackup(db, '0.1.0')), formatVersion: 2 };
    const check = await inspectBackup(JSON.stringify(backup));
    expect(check).toEqual({ ok: false, message: 'This backup needs a newer Upstream: it uses backup format 2, and this Upstream reads format 1. It was made by Upstream 0.1.0. Update Upstream, then restore it. Nothing has been changed.' });
  });

  it('refuses a backup with whole tables left out, naming them, and changes nothing', async () => {
    await loadSampleSchool(db);
    const digest = await databaseDigest(db);
    const backup = await createBackup(db, '0.1.0');
    const { campaigns: _c, activities: _a, ...tables } = backup.tables;
    const { campaigns: _cc, activities: _ac, ...counts } = backup.counts;
    const forged = { ...backup, tables, counts, checksum: await sha256(canonicalJson(tables)) };
    expect(await inspectBackup(JSON.stringify(forged))).toEqual({ ok: false, message: 'This backup is incomplete: it has nothing at all for campaigns and activities. Nothing has been changed.' });
    expect(await databaseDigest(db)).toBe(digest);
  });

  it('accepts a table with no records: empty is not missing', async () => {
    const backup = await createBackup(db, '0.1.0');
    expect(backup.tables['campaigns']).toEqual([]);
    expect(await inspectBackup(JSON.stringify(backup))).toMatchObject({ ok: true });
  });

  it.each([
    ['not JSON at all', () => 'hello', /not an Upstream backup/],
    ['cut short', (t: string) => t.slice(0, Math.floor(t.length / 2)), /incomplete or damaged/],
    ['another program’s JSON', () => JSON.stringify({ version: 1, data: [] }), /not an Upstream backup/],
    ['changed by hand', (t: string) => t.replace('Brookfield Community Centre', 'Brookfield Community Centr3'), /checksum does not match/],
    ['a prototype-pollution key', (t: string) => t.replace('"tables":{', '"tables":{"__proto__":{"polluted":true},'), /not an Upstream backup/],
    ['an unknown table', (t: string) => t.replace('"tables":{', '"tables":{"pupils":[],'), /table Upstream does not know/],
  ])('refuses %s with a clear message', async (_label, mutate, message) => {
    await loadSampleSchool(db);
    const text = mutate(JSON.stringify(await createBackup(db, '0.1.0')));
    const check = await inspectBackup(text);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toMatch(message);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses duplicate ids even with a matching checksum', async () => {
    await loadSampleSchool(db);
    const backup = await createBackup(db, '0.1.0');
    const campaigns = backup.tables['campaigns']!;
    const tables = { ...backup.tables, campaigns: [...campaigns, campaigns[0]!] };
    const forged = { ...backup, tables, counts: { ...backup.counts, campaigns: campaigns.length + 1 }, checksum: await sha256(canonicalJson(tables)) };
    expect(await inspectBackup(JSON.stringify(forged))).toMatchObject({ ok: false, message: expect.stringContaining('share the same id') });
  });

  it('a restore that fails part way leaves the database exactly as it was', async () => {
    await loadSampleSchool(db);
    const digest = await databaseDigest(db);
    const backup = await createBackup(db, '0.1.0');
    // A record IndexedDB cannot store (a function) passes the file checks but fails mid-write.
    const broken = { ...backup, tables: { ...backup.tables, partners: [...backup.tables['partners']!, { id: 'x', name: 'Bad', kind: 'other', notes: () => 1 } as unknown as Record<string, unknown>] } };
    await expect(restoreBackup(db, broken)).rejects.toThrow(/nothing has been changed/i);
    expect(await databaseDigest(db)).toBe(digest);
  });

  it('"Delete all data" deletes every database of the origin, drafts and leftovers included, then clears the host', async () => {
    await loadSampleSchool(db);
    await draftStore.write(db.name, 'campaign:new', { title: 'Half typed' });
    const leftover = new Dexie(`${RESTORE_DATABASE_PREFIX}${crypto.randomUUID()}`);
    leftover.version(1).stores({ campaigns: '&id' });
    await leftover.open();
    await leftover.table('campaigns').add({ id: 'c1' });
    leftover.close();
    const clearAppStorage = vi.fn(async () => undefined);
    const { databases } = await deleteEverything(db, { includeBackups: true, platform: { clearAppStorage } });
    expect(databases).toEqual(expect.arrayContaining([db.name, `${db.name}-drafts`, leftover.name]));
    expect(await indexedDB.databases()).toEqual([]);
    expect(clearAppStorage).toHaveBeenCalledWith({ includeBackups: true });
  });

  it('removes scratch databases an interrupted restore left behind, and nothing else', async () => {
    const names = [`${RESTORE_DATABASE_PREFIX}${crypto.randomUUID()}`, `${RESTORE_DATABASE_PREFIX}${crypto.randomUUID()}`];
    for (const name of names) {
      const stray = new Dexie(name);
      stray.version(1).stores({ campaigns: '&id' });
      await stray.open();
      stray.close();
    }
    expect((await removeLeftoverRestores()).sort()).toEqual(names.sort());
    const left = (await indexedDB.databases()).map((d) => d.name);
    for (const name of names) expect(left).not.toContain(name);
    expect(left).toContain(db.name);
  });

  it('a restore forgets the drafts typed against the data it replaces', async () => {
    await loadSampleSchool(db);
    const backup = await createBackup(db, '0.1.0');
    await draftStore.write(db.name, 'campaign:new', { title: 'Half typed' });
    await restoreBackup(db, backup);
    expect(await draftStore.read(db.name, 'campaign:new')).toBeUndefined();
  });
});

describe('running out of space', () => {
  it('says the disk is full and leaves the database exactly as it was', async () => {
    await loadSampleSchool(db);
    const digest = await databaseDigest(db);
    const backup = await createBackup(db, '0.1.0');
    const target = await fresh();
    await loadSampleSchool(target);
    const targetDigest = await databaseDigest(target);
    // The disk fills up half way through the write: after settings, campaigns and more are written.
    const tableProto = Object.getPrototypeOf(target.activities) as { bulkAdd: (...args: unknown[]) => Promise<unknown> };
    const realBulkAdd = tableProto.bulkAdd;
    tableProto.bulkAdd = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'activities') return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return realBulkAdd.apply(this, args);
    };
    try {
      await expect(restoreBackup(target, backup)).rejects.toThrow('This computer has run out of space for Upstream’s data. Free some disk space and try again. Nothing has been changed.');
    } finally {
      tableProto.bulkAdd = realBulkAdd;
    }
    expect(await databaseDigest(target)).toBe(targetDigest);
    expect(await databaseDigest(db)).toBe(digest);
  });
});
