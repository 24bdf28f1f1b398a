import { useLiveQuery } from 'dexie-react-hooks';
import { FormValidationError } from '@shared/field-errors';
import { hasErrors } from '@shared/school-settings';
import { validateWorkshopPlan } from '@shared/workshop-plan';
import type { WorkshopTemplate } from '@shared/workshop-templates';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign, Partner, Resource, ResourceLink, WorkshopPlan } from '../../db/records';

export type WorkshopPlanDraft = Omit<WorkshopPlan, 'id' | 'createdAt' | 'updatedAt'>;

/** The app's one form error (field → message), under the name this feature's screens use. */
export { FormValidationError as WorkshopValidationError } from '@shared/field-errors';

const now = () => new Date().toISOString();

export function useWorkshopPlans(): WorkshopPlan[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.workshopPlans.orderBy('updatedAt').reverse().toArray(), [db]);
}

/** `undefined` while loading, `null` when there is no such plan. */
export function useWorkshopPlan(id: string | undefined): WorkshopPlan | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.workshopPlans.get(id)) ?? null) : null), [db, id]);
}

/**
 * The resources linked to a plan, parent handouts first, then by title, so documents come out the
 * same every time. Links to resources that no longer exist are skipped.
 */
export async function linkedResources(db: UpstreamDatabase, planId: string): Promise<Resource[]> {
  const links = await db.resourceLinks.where('[ownerType+ownerId]').equals(['workshopPlan', planId]).toArray();
  const found = (await db.resources.bulkGet(links.map((l) => l.resourceId))).filter((r): r is Resource => r !== undefined);
  const rank = (r: Resource) => (r.kind === 'parent-handout' ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'en-GB'));
}

export function useLinkedResources(planId: string | undefined): Resource[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (planId ? linkedResources(db, planId) : []), [db, planId]);
}

/** Trims text, drops empty list entries and empty optional fields, so what is stored is what prints. */
function cleanDraft(draft: WorkshopPlanDraft): WorkshopPlanDraft {
  const errors = validateWorkshopPlan(draft);
  if (hasErrors(errors)) throw new FormValidationError(errors);
  const optional = (text: string | undefined) => (text && text.trim() !== '' ? text.trim() : undefined);
  const clean: WorkshopPlanDraft = {
    ...draft,
    title: draft.title.trim(),
    facilitators: draft.facilitators.map((f) => f.trim()).filter(Boolean),
    objectives: draft.objectives.map((o) => o.trim()).filter(Boolean),
    keyMessages: (draft.keyMessages ?? []).map((m) => m.trim()).filter(Boolean),
    agenda: draft.agenda.map((s) => ({
      id: s.id,
      title: s.title.trim(),
      minutes: s.minutes,
      whatHappens: optional(s.whatHappens),
      facilitatorNotes: optional(s.facilitatorNotes),
      materials: optional(s.materials),
    })),
    materialsChecklist: draft.materialsChecklist.map((m) => ({ item: m.item.trim(), done: m.done })).filter((m) => m.item !== ''),
    date: optional(draft.date),
    startTime: optional(draft.startTime),
    venue: optional(draft.venue),
    summary: optional(draft.summary),
    followUp: optional(draft.followUp),
    signposting: optional(draft.signposting),
    campaignId: optional(draft.campaignId),
  };
  // Dexie stores `undefined` keys as absent; drop them so records stay tidy.
  for (const key of Object.keys(clean) as (keyof WorkshopPlanDraft)[]) if (clean[key] === undefined) delete clean[key];
  for (const section of clean.agenda) for (const key of Object.keys(section) as (keyof typeof section)[]) if (section[key] === undefined) delete section[key];
  return clean;
}

/** Validates, then writes the plan in one transaction. Returns its id. Invalid plans are never stored. */
export async function saveWorkshopPlan(db: UpstreamDatabase, draft: WorkshopPlanDraft, id?: string): Promise<string> {
  const clean = cleanDraft(draft);
  return db.transaction('rw', db.workshopPlans, db.campaigns, async () => {
    if (clean.campaignId && !(await db.campaigns.get(clean.campaignId))) throw new Error('The campaign this plan was linked to no longer exists. Choose another, or none.');
    if (id) {
      const existing = await db.workshopPlans.get(id);
      if (!existing) throw new Error('That workshop plan no longer exists.');
      const { createdAt } = existing;
      await db.workshopPlans.put({ ...clean, id, createdAt, updatedAt: now(), ...(existing.isSample ? { isSample: true } : {}) });
      return id;
    }
    const plan: WorkshopPlan = { ...clean, id: crypto.randomUUID(), createdAt: now(), updatedAt: now() };
    await db.workshopPlans.add(plan);
    return plan.id;
  });
}

/** Everything deleting a plan removed or changed, so Undo puts it back exactly. */
export interface DeletedWorkshopPlan {
  plan: WorkshopPlan;
  links: ResourceLink[];
  /** Activities that pointed at the plan (their link is cleared, the activities stay). */
  activities: Activity[];
}

export async function deleteWorkshopPlan(db: UpstreamDatabase, id: string): Promise<DeletedWorkshopPlan | null> {
  return db.transaction('rw', db.workshopPlans, db.resourceLinks, db.activities, async () => {
    const plan = await db.workshopPlans.get(id);
    if (!plan) return null;
    const links = await db.resourceLinks.where('[ownerType+ownerId]').equals(['workshopPlan', id]).toArray();
    const activities = await db.activities.where('workshopPlanId').equals(id).toArray();
    await db.resourceLinks.bulkDelete(links.map((l) => l.id));
    await db.activities.bulkPut(
      activities.map((a) => {
        const { workshopPlanId: _unlinked, ...rest } = a;
        return rest;
      }),
    );
    await db.workshopPlans.delete(id);
    return { plan, links, activities };
  });
}

export async function restoreWorkshopPlan(db: UpstreamDatabase, deleted: DeletedWorkshopPlan): Promise<void> {
  await db.transaction('rw', db.workshopPlans, db.resourceLinks, db.activities, async () => {
    await db.workshopPlans.put(deleted.plan);
    await db.resourceLinks.bulkPut(deleted.links);
    // Only re-link activities that still exist: one deleted meanwhile stays deleted.
    const still = await db.activities.bulkGet(deleted.activities.map((a) => a.id));
    const relink = still.filter((a): a is Activity => a !== undefined).map((a) => ({ ...a, workshopPlanId: deleted.plan.id }));
    await db.activities.bulkPut(relink);
  });
}

/** A new plan's fields from a template: everything but the date, which the lead chooses. */
export function draftFromTemplate(template: WorkshopTemplate, newId: () => string = () => crypto.randomUUID()): WorkshopPlanDraft {
  return {
    title: template.title,
    audience: template.audience,
    theme: template.theme,
    yearGroups: [...template.yearGroups],
    ...(template.startTime ? { startTime: template.startTime } : {}),
    slotMinutes: template.slotMinutes,
    ...(template.venue ? { venue: template.venue } : {}),
    facilitators: [...template.facilitators],
    partnerIds: [],
    objectives: [...template.objectives],
    keyMessages: [...template.keyMessages],
    summary: template.summary,
    agenda: template.agenda.map((s) => ({ ...s, id: newId() })),
    materialsChecklist: template.materialsChecklist.map((item) => ({ item, done: false })),
    ...(template.followUp ? { followUp: template.followUp } : {}),
    ...(template.signposting ? { signposting: template.signposting } : {}),
    templateId: template.id,
  };
}

export function blankWorkshopPlan(): WorkshopPlanDraft {
  return { title: '', audience: 'parents', theme: 'sleep', yearGroups: [], facilitators: [], partnerIds: [], objectives: [], keyMessages: [], agenda: [], materialsChecklist: [] };
}

/** Everything a print view needs, read in one go. */
export interface WorkshopPrintData {
  plan: WorkshopPlan;
  resources: Resource[];
  partners: Partner[];
  campaign?: Campaign;
}

/** Everything a workshop document needs, read in one go; `null` when the plan does not exist. */
export async function loadWorkshopPrintData(db: UpstreamDatabase, planId: string): Promise<WorkshopPrintData | null> {
  // The plan and its links are read side by side: an export waits on every round trip.
  const [plan, resources] = await Promise.all([db.workshopPlans.get(planId), linkedResources(db, planId)]);
  if (!plan) return null;
  const [partners, campaign] = await Promise.all([db.partners.bulkGet(plan.partnerIds ?? []), plan.campaignId ? db.campaigns.get(plan.campaignId) : Promise.resolve(undefined)]);
  const data: WorkshopPrintData = { plan, resources, partners: partners.filter((p): p is Partner => p !== undefined) };
  if (campaign) data.campaign = campaign;
  return data;
}

/** `undefined` while loading, `null` when the plan does not exist. */
export function useWorkshopPrintData(planId: string | undefined): WorkshopPrintData | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (planId ? loadWorkshopPrintData(db, planId) : null), [db, planId]);
}
