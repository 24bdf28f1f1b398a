/** A workshop plan: agenda, objectives and materials, printed as a handout, a facilitator plan and slides. */
import { z } from 'zod';
import { id, ids, isSample, optionalClockTime, optionalId, optionalIsoDate, text, timestamp, yearGroups } from './fields';
import { defineTable } from './table';
import { themeSchema } from './themes';

export const WORKSHOP_AUDIENCES = ['parents', 'pupils', 'staff'] as const;

export const agendaSectionSchema = z.object({
  id,
  title: text(500),
  minutes: z.number().min(0).max(100_000),
  whatHappens: text(200_000).optional(),
  facilitatorNotes: text(200_000).optional(),
  materials: text(20_000).optional(),
});

export const workshopPlanSchema = z.object({
  id,
  title: text(500),
  audience: z.enum(WORKSHOP_AUDIENCES),
  yearGroups,
  theme: themeSchema,
  date: optionalIsoDate,
  startTime: optionalClockTime,
  slotMinutes: z.number().min(0).max(100_000).optional(),
  venue: text(500).optional(),
  facilitators: z.array(text(500)).max(100),
  objectives: z.array(text(2000)).max(100),
  agenda: z.array(agendaSectionSchema).max(500),
  materialsChecklist: z.array(z.object({ item: text(1000), done: z.boolean() })).max(500),
  followUp: text(100_000).optional(),
  campaignId: optionalId,
  /** What the workshop covers, in a sentence or two (opens the parent handout). */
  summary: text(20_000).optional(),
  /** Short messages for the handout and slides, one idea each. */
  keyMessages: z.array(text(2000)).max(100).optional(),
  /** Where to get help, in the plan's own words (printed with the school's contacts and national helplines). */
  signposting: text(20_000).optional(),
  /** Partners facilitating (the MHST, the school nurse); `facilitators` holds staff. */
  partnerIds: ids.optional(),
  /** The built-in template the plan started from. */
  templateId: text(200).optional(),
  isSample,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type AgendaSection = z.infer<typeof agendaSectionSchema>;
export type WorkshopPlan = z.infer<typeof workshopPlanSchema>;

export const workshopPlansTable = defineTable({ name: 'workshopPlans', schema: workshopPlanSchema, indexes: { 1: '&id, date, theme, campaignId, updatedAt' } });
