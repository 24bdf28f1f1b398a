/**
 * Keeps the built-in resources in the database in step with the ones this version of Upstream ships.
 *
 * - A built-in is stored read-only under a fixed id ("builtin-<id>") with builtInId/builtInVersion.
 * - A shipped resource with a higher version replaces the stored one; the lead's choice to archive
 *   it is kept. A lower shipped version (an older app opening newer data) changes nothing.
 * - Copies (copiedFromBuiltInId) and resource links are never touched.
 * - A built-in no longer shipped is deleted, unless something links to it: then it stays, marked
 *   builtInRemovedAt, so activities and workshop plans keep their material.
 *
 * Runs at every start: it first compares versions (one small read) and writes nothing when nothing
 * changed; otherwise it applies every change in one transaction, so it is idempotent and two windows
 * starting together cannot half-apply it.
 */
import type { BuiltInResource } from '@shared/builtin-resources';
import { contentHash } from '@shared/resource-share';
import type { UpstreamDatabase } from '../../db/database';
import type { Resource } from '../../db/records';

export const builtInRecordId = (builtInId: string) => `builtin-${builtInId}`;

export interface BuiltInSyncResult {
  added: number;
  updated: number;
  removed: number;
  /** No longer shipped but kept because something links to them. */
  keptBecauseLinked: number;
  /** True when nothing needed writing (the usual start-up). */
  unchanged: boolean;
}

interface Plan {
  put: BuiltInResource[];
  /** Stored built-ins the app no longer ships (to delete, or to keep and mark if linked). */
  gone: Resource[];
}

function plan(stored: readonly Resource[], shipped: readonly BuiltInResource[]): Plan {
  const byId = new Map(stored.map((r) => [r.builtInId!, r]));
  const shippedIds = new Set(shipped.map((s) => s.id));
  return {
    put: shipped.filter((s) => {
      const current = byId.get(s.id);
      return current === undefined || (current.builtInVersion ?? 0) < s.version || current.builtInRemovedAt !== undefined;
    }),
    gone: stored.filter((r) => !shippedIds.has(r.builtInId!)),
  };
}

/** Of the built-ins no longer shipped, those with nothing linking to them (to delete) and those to keep. */
async function splitByLinks(db: UpstreamDatabase, gone: readonly Resource[]): Promise<{ remove: Resource[]; keep: Resource[] }> {
  if (gone.length === 0) return { remove: [], keep: [] };
  const linked = new Set((await db.resourceLinks.where('resourceId').anyOf(gone.map((r) => r.id)).toArray()).map((l) => l.resourceId));
  return { remove: gone.filter((r) => !linked.has(r.id)), keep: gone.filter((r) => linked.has(r.id)) };
}

const storedBuiltIns = (db: UpstreamDatabase) => db.resources.where('builtInId').above('').toArray();

function recordOf(resource: BuiltInResource, hash: string, current: Resource | undefined, now: string): Resource {
  return {
    id: current?.id ?? builtInRecordId(resource.id),
    builtInId: resource.id,
    builtInVersion: resource.version,
    title: resource.title,
    kind: resource.kind,
    themes: [...resource.themes],
    audiences: [...resource.audiences],
    yearGroups: [...resource.yearGroups],
    readingMinutes: resource.readingMinutes,
    bodyMarkdown: resource.bodyMarkdown,
    sources: resource.sources.map((s) => ({ ...s })),
    tags: [...resource.tags],
    archived: current?.archived ?? 0,
    contentHash: hash,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  };
}

export async function syncBuiltInResources(db: UpstreamDatabase, shipped: readonly BuiltInResource[], now: Date = new Date()): Promise<BuiltInSyncResult> {
  const first = plan(await storedBuiltIns(db), shipped);
  const firstGone = await splitByLinks(db, first.gone);
  const nothingToDo = first.put.length === 0 && firstGone.remove.length === 0 && firstGone.keep.every((r) => r.builtInRemovedAt !== undefined);
  if (nothingToDo) return { added: 0, updated: 0, removed: 0, keptBecauseLinked: 0, unchanged: true };

  // Hashing is not a Dexie call, so it happens before the transaction.
  const hashes = new Map(await Promise.all(first.put.map(async (r) => [r.id, await contentHash(r.title, r.bodyMarkdown)] as const)));
  const at = now.toISOString();

  return db.transaction('rw', db.resources, db.resourceLinks, async () => {
    // Plan again inside the transaction: another window may have synced in the meantime.
    const stored = await storedBuiltIns(db);
    const current = new Map(stored.map((r) => [r.builtInId!, r]));
    const { put, gone } = plan(stored, shipped);
    const result: BuiltInSyncResult = { added: 0, updated: 0, removed: 0, keptBecauseLinked: 0, unchanged: false };

    const records = put.filter((r) => hashes.has(r.id)).map((r) => recordOf(r, hashes.get(r.id)!, current.get(r.id), at));
    for (const record of records) {
      if (current.has(record.builtInId!)) result.updated++;
      else result.added++;
    }
    await db.resources.bulkPut(records);

    const { remove, keep } = await splitByLinks(db, gone);
    const mark = keep.filter((r) => r.builtInRemovedAt === undefined);
    await db.resources.bulkDelete(remove.map((r) => r.id));
    await db.resources.bulkPut(mark.map((r) => ({ ...r, builtInRemovedAt: at })));
    result.removed = remove.length;
    result.keptBecauseLinked = keep.length;
    result.unchanged = records.length === 0 && remove.length === 0 && mark.length === 0;
    return result;
  });
}
