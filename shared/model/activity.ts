/** One thing a campaign does on a day: an assembly, a lesson, a parent workshop, a drop-in. */
import { z } from 'zod';
import { count, id, ids, isoDate, isSample, optionalClockTime, optionalId, text, timestamp, yearGroups } from './fields';
import { defineTable } from './table';
import { audienceSchema } from './themes';

export const ACTIVITY_TYPES = [
  'assembly',
  'pshe-lesson',
  'parent-workshop',
  'pupil-workshop',
  'drop-in',
  'group-session',
  'support-slot',
  'staff-training',
  'website-content',
  'fundraiser',
  'community-conversation',
  'other',
] as const;
export const ACTIVITY_STATUSES = ['planned', 'done', 'cancelled'] as const;

export const activitySchema = z.object({
  id,
  campaignId: id,
  type: z.enum(ACTIVITY_TYPES),
  title: text(500),
  date: isoDate,
  startTime: optionalClockTime,
  durationMinutes: z.number().min(0).max(100_000).optional(),
  place: text(500).optional(),
  owner: text(500).optional(),
  partnerIds: ids,
  audiences: z.array(audienceSchema).max(10),
  yearGroups,
  status: z.enum(ACTIVITY_STATUSES),
  /** How many attended: a count, never names. */
  reach: count.optional(),
  workshopPlanId: optionalId,
  /** Short themes heard at a community conversation. */
  concernsHeard: z.array(text(500)).max(200).optional(),
  notes: text(100_000).optional(),
  isSample,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type Activity = z.infer<typeof activitySchema>;

export const activitiesTable = defineTable({
  name: 'activities',
  schema: activitySchema,
  indexes: { 1: '&id, campaignId, date, status, type, workshopPlanId, *yearGroups, *partnerIds' },
});
