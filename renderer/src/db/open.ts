import Dexie from 'dexie';
import { UpstreamDatabase } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { DATABASE_NAME } from '@shared/identity';

/** Dexie stores version n as native IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

/** The schema version a database was last opened with, or undefined when there is none yet. */
async function storedSchemaVersion(name: string): Promise<number | undefined> {
  if (typeof indexedDB === 'undefined') throw new Dexie.MissingAPIError('IndexedDB is not available');
  const databases = await indexedDB.databases();
  const found = databases.find((d) => d.name === name);
  return found?.version ? found.version / DEXIE_VERSION_FACTOR : undefined;
}

export type OpenFailure =
  | { kind: 'blocked'; title: string; advice: string }
  | { kind: 'newer-version'; title: string; advice: string }
  | { kind: 'unavailable'; title: string; advice: string }
  | { kind: 'failed'; title: string; advice: string; detail: string };

/** Explains why the database could not open, in words a school lead can act on. */
export function describeOpenFailure(error: unknown): OpenFailure {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === Dexie.errnames.Version || inner === 'VersionError') return newerVersionFailure;
  if (name === Dexie.errnames.MissingAPI || name === 'SecurityError' || inner === 'SecurityError' || inner === 'InvalidStateError') {
    return {
      kind: 'unavailable',
      title: 'Upstream cannot reach its storage',
      advice: 'Storage is switched off or blocked (for example in a private window, or by a school device policy). Open Upstream normally, or ask your IT team to allow site data for it.',
    };
  }
  if (name === 'BlockedError' || name === Dexie.errnames.DatabaseClosed && inner === 'BlockedError') {
    return blockedFailure;
  }
  return {
    kind: 'failed',
    title: 'Upstream could not open your data',
    advice: 'Close other Upstream windows and try again. If this keeps happening, restart your computer; your data has not been changed.',
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}

const newerVersionFailure: OpenFailure = {
  kind: 'newer-version',
  title: 'This data was saved by a newer version of Upstream',
  advice: 'Install the latest version of Upstream to open it. Your data is safe and has not been changed.',
};

const blockedFailure: OpenFailure = {
  kind: 'blocked',
  title: 'Upstream is open in another window',
  advice: 'Another Upstream window is holding your data while this one updates it. Close the other window (or tab), then choose Try again.',
};

/**
 * Opens the database. Resolves with the open database, or rejects with an OpenFailure when it is
 * blocked by another window, newer than this app, or storage is unavailable.
 */
export async function openDatabase(name: string = DATABASE_NAME, blockedAfterMs = 3_000): Promise<UpstreamDatabase> {
  // Dexie 4 opens, and even extends, a database of a higher version. A newer Upstream's data must
  // not be touched by this one, so look at the stored version before Dexie does.
  let stored: number | undefined;
  try {
    stored = await storedSchemaVersion(name);
  } catch (error) {
    throw describeOpenFailure(error);
  }
  if (stored !== undefined && stored > CURRENT_SCHEMA_VERSION) throw newerVersionFailure;
  const db = new UpstreamDatabase(name);
  // Another window on an older version keeps its connection open: let it close gracefully.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    db.on('blocked', () => {
      blockedTimer = setTimeout(() => reject(blockedFailure), blockedAfterMs);
    });
  });
  try {
    await Promise.race([db.open(), blocked]);
    return db;
  } catch (error) {
    db.close();
    throw isOpenFailure(error) ? error : describeOpenFailure(error);
  } finally {
    if (blockedTimer) clearTimeout(blockedTimer);
  }
}

export function isOpenFailure(value: unknown): value is OpenFailure {
  return typeof value === 'object' && value !== null && 'kind' in value && 'advice' in value;
}
