/** A resource attached to an activity or a workshop plan. */
import { z } from 'zod';
import { id } from './fields';
import { defineTable } from './table';

export const resourceLinkSchema = z.object({ id, resourceId: id, ownerType: z.enum(['activity', 'workshopPlan']), ownerId: id });

export type ResourceLink = z.infer<typeof resourceLinkSchema>;

export const resourceLinksTable = defineTable({ name: 'resourceLinks', schema: resourceLinkSchema, indexes: { 1: '&id, resourceId, [ownerType+ownerId]' } });
