import Dexie from 'dexie';
import { buildBackup, canonicalJson, checkBackup, parseBackupText, sha256, type BackupCheck, type BackupFile, type SchemaShape } from '@shared/backup';
import { UpstreamDatabase } from '../../db/database';
import { draftStore } from '../../db/drafts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../db/schema';

/** The schema as the backup checker needs it: tables and primary keys at each version. */
export const schemaShape: SchemaShape = {
  currentVersion: CURRENT_SCHEMA_VERSION,
  tablesAt(version) {
    const entry = SCHEMA_VERSIONS.find((v) => v.version === version);
    if (!entry) return undefined;
    return Object.fromEntries(
      Object.entries(entry.stores)
        .filter((pair): pair is [string, string] => pair[1] !== null)
        .map(([name, spec]) => {
          const primary = spec.split(',')[0]!.trim();
          return [name, { primaryKey: primary.replace(/^(\+\+|&)/, ''), autoIncrement: primary.startsWith('++') }];
        }),
    );
  },
};

/** Every table's rows, read in one transaction so the snapshot is consistent. */
export async function readAllTables(db: UpstreamDatabase): Promise<Record<string, Record<string, unknown>[]>> {
  return db.transaction('r', db.tables, async () => {
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const table of db.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
    return tables;
  });
}

/** Records in each table now, for the restore preview. */
export async function countRecords(db: UpstreamDatabase): Promise<Record<string, number>> {
  const counts = await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(counts);
}

/** A digest of the whole database: equal digests mean equal data. */
export async function databaseDigest(db: UpstreamDatabase): Promise<string> {
  return sha256(canonicalJson(await readAllTables(db)));
}

export async function createBackup(db: UpstreamDatabase, appVersion: string, now = new Date()): Promise<BackupFile> {
  const tables = await readAllTables(db);
  const school = (tables['settings']?.find((s) => s['id'] === 'school')?.['name'] as string | undefined) ?? null;
  return buildBackup(tables, { appVersion, schemaVersion: CURRENT_SCHEMA_VERSION, school, now });
}

/** Reads and checks a backup file's text. Never throws: a bad file gives a message. */
export async function inspectBackup(text: string): Promise<BackupCheck> {
  try {
    return await checkBackup(parseBackupText(text), schemaShape);
  } catch (error) {
    return { ok: false, message: error instanceof Error && error.name === 'BackupError' ? error.message : 'This file is not an Upstream backup, or it is damaged. Nothing has been changed.' };
  }
}

/**
 * Scratch databases for bringing an older backup up to date are named with this prefix, so one
 * left behind (the window closed mid-restore, before the cleanup ran) is found and removed.
 */
export const RESTORE_DATABASE_PREFIX = 'upstream-restore-';

/**
 * Removes scratch databases an interrupted restore left behind. Run at start-up, before any
 * restore can begin in this window. Returns the names it removed.
 */
export async function removeLeftoverRestores(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<string[]> {
  if (!factory?.databases) return [];
  const names = (await factory.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith(RESTORE_DATABASE_PREFIX));
  await Promise.all(names.map((name) => Dexie.delete(name).catch(() => undefined)));
  return names;
}

/**
 * Brings an older backup's records up to the current schema through the normal upgrade path: they
 * are written into a scratch database at their own version, which is then opened at the current one.
 */
async function upgradeTables(backup: BackupFile): Promise<Record<string, Record<string, unknown>[]>> {
  if (backup.schemaVersion === CURRENT_SCHEMA_VERSION) return backup.tables;
  const name = `${RESTORE_DATABASE_PREFIX}${crypto.randomUUID()}`;
  const old = new Dexie(name);
  for (const step of SCHEMA_VERSIONS.filter((v) => v.version <= backup.schemaVersion)) {
    const declared = old.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(backup.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const current = new UpstreamDatabase(name);
    await current.open();
    const tables = await readAllTables(current);
    current.close();
    return tables;
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}

export class RestoreError extends Error {}

/** Explains a failed write; storage full is the one a lead can fix. */
export function describeWriteFailure(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'This computer has run out of space for Upstream’s data. Free some disk space and try again. Nothing has been changed.';
  }
  return 'Upstream could not finish writing, so nothing has been changed. Try again.';
}

/**
 * Replaces all data with the backup's in one transaction: it either completes or changes nothing.
 * The caller has already checked the backup with inspectBackup.
 */
export async function restoreBackup(db: UpstreamDatabase, backup: BackupFile): Promise<void> {
  let tables: Record<string, Record<string, unknown>[]>;
  try {
    tables = await upgradeTables(backup);
  } catch (error) {
    throw new RestoreError(`This backup could not be brought up to date. ${describeWriteFailure(error)}`);
  }
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        await table.clear();
        const rows = tables[table.name];
        if (rows?.length) await table.bulkAdd(rows);
      }
      await db.audit.add({ at: new Date().toISOString(), action: 'restore', subject: `Backup of ${backup.createdAt}`, count: Object.values(tables).reduce((n, rows) => n + rows.length, 0) });
    });
  } catch (error) {
    throw new RestoreError(describeWriteFailure(error));
  }
  // Drafts were typed against the data just replaced: offering them back would undo the restore.
  await draftStore.clear(db.name).catch(() => undefined);
}

