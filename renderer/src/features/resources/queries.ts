/**
 * Reading and writing resources and their links. Every write validates first and then writes in one
 * transaction, awaiting only Dexie calls inside it; a refused write leaves the database as it was.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { FormValidationError } from '@shared/field-errors';
import { estimateReadingMinutes, type PlaceholderValues } from '@shared/builtin-resources';
import type { SchoolSettings } from '@shared/domain';
import { withoutRepeatedTitle } from '@shared/markdown-safety';
import { buildShareFile, contentHash, readShareFile, type SharedResource } from '@shared/resource-share';
import { hasErrors } from '@shared/school-settings';
import { normaliseResourceDraft, validateResourceDraft, type ResourceDraft } from '@shared/resource-validation';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';
import type { Resource, ResourceLink } from '../../db/records';

/** The app's one form error (field → message), under the name this feature's screens use. */
export { FormValidationError as ResourceValidationError } from '@shared/field-errors';

/** undefined while loading, null when there is no such resource. */
export function useResource(id: string | undefined): Resource | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.resources.get(id)) ?? null) : null), [db, id]);
}

export function placeholderValues(settings: SchoolSettings | null | undefined): PlaceholderValues {
  return { 'school.name': settings?.name, 'school.mhstContact': settings?.mhstContact, 'school.dslContact': settings?.dslContact };
}

export function draftOf(resource: Resource): ResourceDraft {
  return {
    title: resource.title,
    kind: resource.kind,
    themes: [...resource.themes],
    audiences: [...resource.audiences],
    yearGroups: [...resource.yearGroups],
    tags: [...resource.tags],
    sources: resource.sources.map((s) => ({ ...s })),
    bodyMarkdown: resource.bodyMarkdown,
  };
}

/** Checks and saves a lead's own resource (new, or an update of one of theirs). Returns its id. */
export async function saveOwnResource(db: UpstreamDatabase, input: ResourceDraft, existingId?: string, now = new Date()): Promise<string> {
  const draft = normaliseResourceDraft(input);
  const errors = validateResourceDraft(draft);
  if (hasErrors(errors)) throw new FormValidationError(errors);
  const hash = await contentHash(draft.title, draft.bodyMarkdown);
  const at = now.toISOString();
  return db.transaction('rw', db.resources, async () => {
    const existing = existingId ? await db.resources.get(existingId) : undefined;
    if (existingId && !existing) throw new FormValidationError({ form: 'This resource no longer exists, so it could not be saved.' });
    if (existing?.builtInId) throw new FormValidationError({ form: 'Built-in resources cannot be changed. Make your own copy to edit it.' });
    const record: Resource = {
      ...(existing ?? { id: crypto.randomUUID(), archived: 0, createdAt: at }),
      ...draft,
      readingMinutes: estimateReadingMinutes(draft.bodyMarkdown),
      contentHash: hash,
      updatedAt: at,
    };
    await db.resources.put(record);
    return record.id;
  });
}

/** "Make my copy": an editable copy of a built-in, titled "… (my copy)". Returns the copy's id. */
export async function copyBuiltIn(db: UpstreamDatabase, builtIn: Resource, now = new Date()): Promise<string> {
  if (!builtIn.builtInId) throw new Error('Only built-in resources are copied.');
  const suffix = ' (my copy)';
  const title = `${builtIn.title.slice(0, 120 - suffix.length)}${suffix}`;
  // The title has its own field; a copy whose body also opens with "# <title>" would repeat it once renamed.
  const bodyMarkdown = withoutRepeatedTitle(builtIn.bodyMarkdown, builtIn.title);
  const hash = await contentHash(title, bodyMarkdown);
  const at = now.toISOString();
  const copy: Resource = {
    ...draftOf(builtIn),
    id: crypto.randomUUID(),
    title,
    bodyMarkdown,
    copiedFromBuiltInId: builtIn.builtInId,
    readingMinutes: builtIn.readingMinutes,
    archived: 0,
    contentHash: hash,
    createdAt: at,
    updatedAt: at,
  };
  await db.resources.add(copy);
  return copy.id;
}

export async function setArchived(db: UpstreamDatabase, id: string, archived: boolean): Promise<void> {
  await db.resources.update(id, { archived: archived ? 1 : 0, updatedAt: new Date().toISOString() });
}

// -------------------------------------------------------------------------------------------------
// Links to activities and workshop plans.

export type ResourceOwnerType = ResourceLink['ownerType'];

export function useLinksOf(ownerType: ResourceOwnerType, ownerId: string): ResourceLink[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.resourceLinks.where('[ownerType+ownerId]').equals([ownerType, ownerId]).toArray(), [db, ownerType, ownerId]);
}

/** Attaches a resource once (attaching it again changes nothing). Returns the link. */
export async function attachResource(db: UpstreamDatabase, resourceId: string, ownerType: ResourceOwnerType, ownerId: string): Promise<ResourceLink> {
  return db.transaction('rw', db.resources, db.resourceLinks, async () => {
    if (!(await db.resources.get(resourceId))) throw new Error('That resource no longer exists.');
    const existing = (await db.resourceLinks.where('[ownerType+ownerId]').equals([ownerType, ownerId]).toArray()).find((l) => l.resourceId === resourceId);
    if (existing) return existing;
    const link: ResourceLink = { id: crypto.randomUUID(), resourceId, ownerType, ownerId };
    await db.resourceLinks.add(link);
    return link;
  });
}

export async function detachResource(db: UpstreamDatabase, linkId: string): Promise<ResourceLink | undefined> {
  return db.transaction('rw', db.resourceLinks, async () => {
    const link = await db.resourceLinks.get(linkId);
    if (link) await db.resourceLinks.delete(linkId);
    return link;
  });
}

export interface ResourceUse {
  linkId: string;
  ownerType: ResourceOwnerType;
  title: string;
  /** Where the activity or plan is edited. */
  path: string;
  /** "Assembly in Sleep well this winter", shown after the title. */
  context?: string;
  date?: string;
}

/** The activities and workshop plans that use a resource. */
export function useResourceUses(resourceId: string): ResourceUse[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const links = await db.resourceLinks.where('resourceId').equals(resourceId).toArray();
    const activityLinks = links.filter((l) => l.ownerType === 'activity');
    const planLinks = links.filter((l) => l.ownerType === 'workshopPlan');
    const activities = await db.activities.bulkGet(activityLinks.map((l) => l.ownerId));
    const campaigns = await db.campaigns.bulkGet([...new Set(activities.flatMap((a) => (a ? [a.campaignId] : [])))]);
    const plans = await db.workshopPlans.bulkGet(planLinks.map((l) => l.ownerId));
    const uses: ResourceUse[] = [];
    activityLinks.forEach((link, i) => {
      const activity = activities[i];
      if (!activity) return;
      const campaign = campaigns.find((c) => c?.id === activity.campaignId);
      uses.push({ linkId: link.id, ownerType: 'activity', title: activity.title, path: `/campaigns/${activity.campaignId}/activities/${activity.id}`, context: campaign ? `Activity in ${campaign.title}` : 'Activity', date: activity.date });
    });
    planLinks.forEach((link, i) => {
      const plan = plans[i];
      if (!plan) return;
      uses.push({ linkId: link.id, ownerType: 'workshopPlan', title: plan.title, path: `/workshops/${plan.id}`, context: 'Workshop plan', date: plan.date });
    });
    return uses.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
  }, [db, resourceId]);
}

// -------------------------------------------------------------------------------------------------
// Sharing.

export function sharedResourceOf(resource: Resource): SharedResource {
  const shared: SharedResource = draftOf(resource);
  const basedOn = resource.builtInId ?? resource.copiedFromBuiltInId;
  if (basedOn) shared.basedOnBuiltIn = basedOn;
  return shared;
}

/** The text of a share file holding these resources (in the order given). */
export async function buildResourcesFile(db: UpstreamDatabase, ids: readonly string[], appVersion: string, now = new Date()): Promise<{ text: string; resources: Resource[] }> {
  const found = (await db.resources.bulkGet([...ids])).filter((r): r is Resource => r !== undefined);
  if (found.length === 0) throw new Error('Choose at least one resource to export.');
  const text = await buildShareFile(found.map(sharedResourceOf), { appVersion, exportedAt: now.toISOString() });
  return { text, resources: found };
}

export async function recordExport(db: UpstreamDatabase, count: number, now = new Date()): Promise<void> {
  await db.audit.add({ at: now.toISOString(), action: 'export', subject: 'Resource library', count });
}

export interface ImportCandidate extends SharedResource {
  contentHash: string;
}

export interface ImportPreview {
  fileName: string;
  appVersion: string;
  exportedAt: string;
  toAdd: ImportCandidate[];
  /** Skipped: the same title and text are already in the library, or earlier in the file. */
  duplicates: { title: string; reason: string }[];
}

/** Reads and checks a share file and works out what would be added. Writes nothing. */
export async function prepareImport(db: UpstreamDatabase, text: string, fileName: string): Promise<ImportPreview> {
  const file = await readShareFile(text);
  const candidates = await Promise.all(file.resources.map(async (r): Promise<ImportCandidate> => ({ ...r, contentHash: await contentHash(r.title, r.bodyMarkdown) })));
  const existing = await db.resources.where('contentHash').anyOf(candidates.map((c) => c.contentHash)).toArray();
  const existingByHash = new Map(existing.map((r) => [r.contentHash!, r]));
  const seen = new Set<string>();
  const toAdd: ImportCandidate[] = [];
  const duplicates: ImportPreview['duplicates'] = [];
  for (const candidate of candidates) {
    const match = existingByHash.get(candidate.contentHash);
    if (match) duplicates.push({ title: candidate.title, reason: `Already in your library as “${match.title}”${match.archived ? ' (archived)' : ''}` });
    else if (seen.has(candidate.contentHash)) duplicates.push({ title: candidate.title, reason: 'Appears more than once in the file' });
    else {
      seen.add(candidate.contentHash);
      toAdd.push(candidate);
    }
  }
  return { fileName, appVersion: file.appVersion, exportedAt: file.exportedAt, toAdd, duplicates };
}

/**
 * Adds the previewed resources as the lead's own, with an audit entry, in one transaction. Anything
 * added to the library since the preview with the same content is skipped. Returns how many were added.
 */
export async function commitImport(db: UpstreamDatabase, preview: ImportPreview, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction('rw', db.resources, db.audit, async () => {
    const clash = new Set((await db.resources.where('contentHash').anyOf(preview.toAdd.map((c) => c.contentHash)).toArray()).map((r) => r.contentHash));
    const records: Resource[] = preview.toAdd
      .filter((c) => !clash.has(c.contentHash))
      .map(({ basedOnBuiltIn, contentHash: hash, ...draft }) => ({
        ...draft,
        id: crypto.randomUUID(),
        ...(basedOnBuiltIn ? { copiedFromBuiltInId: basedOnBuiltIn } : {}),
        readingMinutes: estimateReadingMinutes(draft.bodyMarkdown),
        archived: 0 as const,
        contentHash: hash,
        createdAt: at,
        updatedAt: at,
      }));
    await db.resources.bulkAdd(records);
    await db.audit.add({ at, action: 'import', subject: 'Resource library', count: records.length });
    return records.length;
  });
}
