/**
 * The shape each stored record must have for Upstream's indexes and screens to work: ids, dates,
 * statuses and lists. Used to check backups (and imports) before anything is written. Fields not
 * named here pass through, so older and newer optional fields are kept.
 */
import { z } from 'zod';
import { YEAR_GROUPS } from './domain';

const id = z.string().min(1).max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const timestamp = z.string().min(1).max(40);
const text = (max: number) => z.string().max(max);
const yearGroups = z.array(z.enum(YEAR_GROUPS)).max(YEAR_GROUPS.length);
const ids = z.array(id).max(1000);
const count = z.number().int().min(0).max(10_000_000);

const TERM = z.object({ term: z.enum(['autumn', 'spring', 'summer']), start: isoDate, halfTermStart: isoDate, halfTermEnd: isoDate, end: isoDate }).loose();

export const RECORD_SHAPES: Record<string, z.ZodType> = {
  settings: z
    .object({
      id: z.literal('school'),
      name: text(200),
      yearGroups,
      academicYears: z.array(z.object({ startYear: z.number().int().min(1990).max(2200), terms: z.array(TERM).max(3) }).loose()).max(100),
      suppressionThreshold: z.number().int().min(1).max(100),
      logoDataUrl: z.string().max(1_000_000).regex(/^data:image\/(png|jpeg|svg\+xml);base64,/).optional(),
      reportCommentary: z.record(z.string().max(20), z.string().max(4000)).optional(),
    })
    .loose(),
  campaigns: z
    .object({ id, title: text(500), theme: text(40), status: z.enum(['idea', 'planned', 'running', 'finished', 'archived']), startDate: isoDate, endDate: isoDate, yearGroups, partnerIds: ids, audiences: z.array(text(40)).max(10) })
    .loose(),
  activities: z
    .object({ id, campaignId: id, title: text(500), type: text(40), date: isoDate, status: z.enum(['planned', 'done', 'cancelled']), yearGroups, partnerIds: ids, reach: count.optional() })
    .loose(),
  resources: z.object({ id, title: text(500), kind: text(40), bodyMarkdown: text(500_000), themes: z.array(text(40)).max(20), tags: z.array(text(60)).max(100), archived: z.union([z.literal(0), z.literal(1)]) }).loose(),
  resourceLinks: z.object({ id, resourceId: id, ownerType: z.enum(['activity', 'workshopPlan']), ownerId: id }).loose(),
  workshopPlans: z.object({ id, title: text(500), agenda: z.array(z.object({ id, title: text(500), minutes: z.number() }).loose()).max(500) }).loose(),
  checkIns: z.object({ id, date: isoDate, sessionType: text(100), counts: z.array(z.object({ topic: text(100), count }).loose()).max(2000) }).loose(),
  surveyWaves: z.object({ id, title: text(500), date: isoDate, academicYear: z.number().int() }).loose(),
  surveyResults: z.object({ id, waveId: id, questionId: id, answer: text(500), count }).loose(),
  indicators: z.object({ id, name: text(300) }).loose(),
  partners: z.object({ id, name: text(300), kind: text(40) }).loose(),
  contacts: z.object({ id, partnerId: id, name: text(300) }).loose(),
  audit: z.object({ seq: z.number().int().positive().optional(), at: timestamp, action: text(40), subject: text(500) }).loose(),
  campaignTemplates: z.object({ id, title: text(500) }).loose(),
};

/** A plain-English reason a record cannot be stored, or null when it can. */
export function recordProblem(table: string, record: unknown): string | null {
  const shape = RECORD_SHAPES[table];
  if (!shape) return null;
  const result = shape.safeParse(record);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'record';
  return `A record in “${table}” has a damaged “${field}”.`;
}
