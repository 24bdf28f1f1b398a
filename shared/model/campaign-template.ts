/** A lead's own campaign template: the template document (shared/campaign-templates.ts) plus when it was saved. */
import { z } from 'zod';
import { id, text, timestamp } from './fields';
import { defineTable } from './table';

export const storedCampaignTemplateSchema = z.object({
  id,
  title: text(500),
  /** The template in the same format as the built-in ones, checked by its own parser when used. */
  template: z.unknown(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type StoredCampaignTemplate = z.infer<typeof storedCampaignTemplateSchema>;

/** Arrived in schema version 2 ("Save as my template"). */
export const campaignTemplatesTable = defineTable({ name: 'campaignTemplates', schema: storedCampaignTemplateSchema, indexes: { 2: '&id, title, updatedAt' } });
