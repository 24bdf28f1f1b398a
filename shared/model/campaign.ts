/** A campaign: a theme the school works on for a few weeks, with its activities and partners. */
import { z } from 'zod';
import { id, ids, isoDate, isSample, optionalId, optionalIsoDate, text, timestamp, yearGroups } from './fields';
import { defineTable } from './table';
import { audienceSchema, themeSchema } from './themes';

export const CAMPAIGN_STATUSES = ['idea', 'planned', 'running', 'finished', 'archived'] as const;
export const RAG_RATINGS = ['red', 'amber', 'green'] as const;

export const campaignSchema = z.object({
  id,
  title: text(500),
  theme: themeSchema,
  why: text(20_000).optional(),
  indicatorId: optionalId,
  goal: text(20_000).optional(),
  audiences: z.array(audienceSchema).max(10),
  yearGroups,
  startDate: isoDate,
  endDate: isoDate,
  lead: text(500).optional(),
  partnerIds: ids,
  status: z.enum(CAMPAIGN_STATUSES),
  rag: z.enum(RAG_RATINGS).optional(),
  reviewDate: optionalIsoDate,
  notes: text(100_000).optional(),
  isSample,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type Campaign = z.infer<typeof campaignSchema>;

export const campaignsTable = defineTable({
  name: 'campaigns',
  schema: campaignSchema,
  indexes: { 1: '&id, status, theme, startDate, endDate, updatedAt, *yearGroups, *partnerIds' },
});
