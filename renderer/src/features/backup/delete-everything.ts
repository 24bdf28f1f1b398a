/**
 * "Delete all data": every database and every storage area of Upstream's origin, not just the
 * rows of the school database. Scratch databases from an interrupted restore and the drafts
 * database go too; the desktop app also clears its session's storage and, only when the lead asks,
 * the automatic backups folder.
 */
import Dexie from 'dexie';
import type { PlatformCalls } from '@shared/platform';
import type { UpstreamDatabase } from '../../db/database';
import { draftStore } from '../../db/drafts';

export interface DeleteEverythingResult {
  /** Names of the IndexedDB databases deleted. */
  databases: string[];
}

/** Removes the entries of the origin-private file system, where the browser engine has one. */
async function clearOriginPrivateFiles(storage: StorageManager | undefined): Promise<void> {
  if (!storage?.getDirectory) return;
  try {
    const root = await storage.getDirectory();
    const names: string[] = [];
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    await Promise.all(names.map((name) => root.removeEntry(name, { recursive: true })));
  } catch {
    // Not every engine offers it; nothing of Upstream's is kept there.
  }
}

export async function deleteEverything(
  db: UpstreamDatabase,
  options: { includeBackups: boolean; platform: Pick<PlatformCalls, 'clearAppStorage'>; factory?: IDBFactory },
): Promise<DeleteEverythingResult> {
  const factory = options.factory ?? globalThis.indexedDB;
  db.close();
  draftStore.close(db.name);
  const names = new Set([db.name]);
  if (factory.databases) for (const d of await factory.databases()) if (d.name) names.add(d.name);
  for (const name of names) await Dexie.delete(name);
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
  if (globalThis.caches) for (const key of await globalThis.caches.keys()) await globalThis.caches.delete(key);
  await clearOriginPrivateFiles(globalThis.navigator?.storage);
  await options.platform.clearAppStorage({ includeBackups: options.includeBackups });
  return { databases: [...names].sort() };
}
