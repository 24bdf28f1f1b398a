import { useLiveQuery } from 'dexie-react-hooks';
import { FormValidationError } from '@shared/field-errors';
import { validateActivityDraft, validateCampaignDraft } from '@shared/campaign-validation';
import { hasErrors } from '@shared/school-settings';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign, ResourceLink } from '../../db/records';

/** The app's one form error (field → message), under the name this feature's screens use. */
export { FormValidationError as ValidationError } from '@shared/field-errors';

export type CampaignDraft = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'>;
export type ActivityDraft = Omit<Activity, 'id' | 'createdAt' | 'updatedAt'>;

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

export function useCampaigns(): Campaign[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.campaigns.orderBy('startDate').reverse().toArray(), [db]);
}

/** `undefined` while loading, `null` when there is no such campaign. */
export function useCampaign(id: string | undefined): Campaign | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.campaigns.get(id)) ?? null) : null), [db, id]);
}

export function useCampaignActivities(campaignId: string | undefined): Activity[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (campaignId ? db.activities.where('campaignId').equals(campaignId).sortBy('date') : []), [db, campaignId]);
}

export function useAllActivities(): Activity[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.activities.orderBy('date').toArray(), [db]);
}

function cleanCampaign(draft: CampaignDraft): CampaignDraft {
  const errors = validateCampaignDraft(draft);
  if (hasErrors(errors)) throw new FormValidationError(errors);
  return { ...draft, title: draft.title.trim() };
}

function cleanActivity(draft: ActivityDraft): ActivityDraft {
  const errors = validateActivityDraft(draft);
  if (hasErrors(errors)) throw new FormValidationError(errors);
  return { ...draft, title: draft.title.trim() };
}

export async function createCampaign(db: UpstreamDatabase, draft: CampaignDraft): Promise<string> {
  const campaign: Campaign = { ...cleanCampaign(draft), id: newId(), createdAt: now(), updatedAt: now() };
  await db.campaigns.add(campaign);
  return campaign.id;
}

export async function updateCampaign(db: UpstreamDatabase, id: string, draft: CampaignDraft): Promise<void> {
  const clean = cleanCampaign(draft);
  await db.transaction('rw', db.campaigns, async () => {
    const existing = await db.campaigns.get(id);
    if (!existing) throw new Error('That campaign no longer exists.');
    await db.campaigns.put({ ...existing, ...clean, id, updatedAt: now() });
  });
}

/** An activity to create with its campaign; `copyLinksFrom` names an activity whose linked resources the new one gets too (copy to next year). */
export type NewActivity = Omit<ActivityDraft, 'campaignId'> & { copyLinksFrom?: string };

/** A campaign and its activities (and any copied resource links) in one write (templates, copies): all or nothing. */
export async function createCampaignWithActivities(db: UpstreamDatabase, draft: CampaignDraft, activities: NewActivity[]): Promise<string> {
  const campaign: Campaign = { ...cleanCampaign(draft), id: newId(), createdAt: now(), updatedAt: now() };
  const sources = new Map<string, string>();
  const rows: Activity[] = activities.map(({ copyLinksFrom, ...a }) => {
    const row: Activity = { ...cleanActivity({ ...a, campaignId: campaign.id }), id: newId(), createdAt: now(), updatedAt: now() };
    if (copyLinksFrom) sources.set(copyLinksFrom, row.id);
    return row;
  });
  await db.transaction('rw', db.campaigns, db.activities, db.resourceLinks, async () => {
    await db.campaigns.add(campaign);
    await db.activities.bulkAdd(rows);
    if (sources.size === 0) return;
    const links = await db.resourceLinks.where('[ownerType+ownerId]').anyOf([...sources.keys()].map((id) => ['activity', id])).toArray();
    await db.resourceLinks.bulkAdd(links.map((link) => ({ ...link, id: newId(), ownerId: sources.get(link.ownerId)! })));
  });
  return campaign.id;
}

export async function saveActivity(db: UpstreamDatabase, draft: ActivityDraft, id?: string): Promise<string> {
  const clean = cleanActivity(draft);
  return db.transaction('rw', db.activities, db.campaigns, async () => {
    if (!(await db.campaigns.get(clean.campaignId))) throw new Error('That campaign no longer exists.');
    if (id) {
      const existing = await db.activities.get(id);
      if (!existing) throw new Error('That activity no longer exists.');
      await db.activities.put({ ...existing, ...clean, id, updatedAt: now() });
      return id;
    }
    const activity: Activity = { ...clean, id: newId(), createdAt: now(), updatedAt: now() };
    await db.activities.add(activity);
    return activity.id;
  });
}

/** Everything a deletion removed, so Undo can put it back exactly. */
export interface DeletedCampaign {
  campaign: Campaign;
  activities: Activity[];
  links: ResourceLink[];
}

/** Removes a campaign, its activities and their resource links in one transaction; nothing else. */
export async function deleteCampaign(db: UpstreamDatabase, id: string): Promise<DeletedCampaign | null> {
  return db.transaction('rw', db.campaigns, db.activities, db.resourceLinks, async () => {
    const campaign = await db.campaigns.get(id);
    if (!campaign) return null;
    const activities = await db.activities.where('campaignId').equals(id).toArray();
    const activityIds = activities.map((a) => a.id);
    const links = (await db.resourceLinks.where('[ownerType+ownerId]').anyOf(activityIds.map((a) => ['activity', a])).toArray()) ?? [];
    await db.resourceLinks.bulkDelete(links.map((l) => l.id));
    await db.activities.bulkDelete(activityIds);
    await db.campaigns.delete(id);
    return { campaign, activities, links };
  });
}

export async function restoreCampaign(db: UpstreamDatabase, deleted: DeletedCampaign): Promise<void> {
  await db.transaction('rw', db.campaigns, db.activities, db.resourceLinks, async () => {
    await db.campaigns.add(deleted.campaign);
    await db.activities.bulkAdd(deleted.activities);
    await db.resourceLinks.bulkAdd(deleted.links);
  });
}

export interface DeletedActivity {
  activity: Activity;
  links: ResourceLink[];
}

export async function deleteActivity(db: UpstreamDatabase, id: string): Promise<DeletedActivity | null> {
  return db.transaction('rw', db.activities, db.resourceLinks, async () => {
    const activity = await db.activities.get(id);
    if (!activity) return null;
    const links = await db.resourceLinks.where('[ownerType+ownerId]').equals(['activity', id]).toArray();
    await db.resourceLinks.bulkDelete(links.map((l) => l.id));
    await db.activities.delete(id);
    return { activity, links };
  });
}

export async function restoreActivity(db: UpstreamDatabase, deleted: DeletedActivity): Promise<void> {
  await db.transaction('rw', db.activities, db.resourceLinks, async () => {
    await db.activities.add(deleted.activity);
    await db.resourceLinks.bulkAdd(deleted.links);
  });
}
