/**
 * Unsaved editor drafts, kept as the lead types so a crash, a closed window or a wandering click
 * never loses work.
 *
 * They live in their own small database beside the school's (`upstream-drafts`), not in a table of
 * it, on purpose: a draft is half-typed work on this computer, not part of the school's record.
 * Keeping it apart means a backup never carries one (restoring on another computer must not offer
 * edits against records that backup may have changed), the school database's schema does not move,
 * and clearing drafts can never touch saved data.
 */
import Dexie, { type EntityTable } from 'dexie';

export interface StoredDraft {
  /** Which editor and record, e.g. "campaign:new" or "workshop:2b1c…". */
  key: string;
  value: unknown;
  savedAt: string;
}

class DraftDatabase extends Dexie {
  drafts!: EntityTable<StoredDraft, 'key'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ drafts: '&key, savedAt' });
  }
}

/** The drafts database that belongs to a school database: "upstream" → "upstream-drafts". */
export function draftDatabaseName(schoolDatabaseName: string): string {
  return `${schoolDatabaseName}-drafts`;
}

const open = new Map<string, DraftDatabase>();

function draftsFor(schoolDatabaseName: string): DraftDatabase {
  const name = draftDatabaseName(schoolDatabaseName);
  let db = open.get(name);
  if (!db) {
    db = new DraftDatabase(name);
    open.set(name, db);
  }
  return db;
}

export const draftStore = {
  async read(schoolDatabaseName: string, key: string): Promise<StoredDraft | undefined> {
    return draftsFor(schoolDatabaseName).drafts.get(key);
  },
  async write(schoolDatabaseName: string, key: string, value: unknown, now = new Date()): Promise<void> {
    await draftsFor(schoolDatabaseName).drafts.put({ key, value, savedAt: now.toISOString() });
  },
  async remove(schoolDatabaseName: string, key: string): Promise<void> {
    await draftsFor(schoolDatabaseName).drafts.delete(key);
  },
  /** After a restore every draft belongs to data that has been replaced. */
  async clear(schoolDatabaseName: string): Promise<void> {
    await draftsFor(schoolDatabaseName).drafts.clear();
  },
  /** Closes the connection, so "Delete all data" can delete the database itself. */
  close(schoolDatabaseName: string): void {
    const name = draftDatabaseName(schoolDatabaseName);
    open.get(name)?.close();
    open.delete(name);
  },
};
