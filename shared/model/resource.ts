/** A resource in the library: a built-in (read-only, versioned) or the lead's own, in markdown. */
import { z } from 'zod';
import { id, text, timestamp, yearGroups } from './fields';
import { defineTable } from './table';
import { audienceSchema, themeSchema } from './themes';

export const RESOURCE_KINDS = [
  'tip-sheet',
  'parent-handout',
  'assembly-script',
  'pshe-lesson',
  'workshop-activity',
  'website-copy',
  'letter',
  'poster',
  'signposting',
] as const;
export const resourceKindSchema = z.enum(RESOURCE_KINDS);

export const resourceSourceSchema = z.object({ title: text(500), url: text(2000).optional() });

export const resourceSchema = z.object({
  id,
  /** Set on built-in resources: the id and version they ship with. Built-ins are read-only. */
  builtInId: id.optional(),
  builtInVersion: z.number().int().min(1).optional(),
  /** Set when this version of Upstream no longer ships the built-in; it is kept because something links to it. */
  builtInRemovedAt: timestamp.optional(),
  /** Set on a lead's copy of a built-in. */
  copiedFromBuiltInId: id.optional(),
  title: text(500),
  kind: resourceKindSchema,
  themes: z.array(themeSchema).max(20),
  audiences: z.array(audienceSchema).max(10),
  yearGroups,
  readingMinutes: z.number().min(0).max(1000).optional(),
  bodyMarkdown: text(500_000),
  sources: z.array(resourceSourceSchema).max(100),
  tags: z.array(text(60)).max(100),
  archived: z.union([z.literal(0), z.literal(1)]),
  /** Digest of title and body, used to spot duplicates on import. */
  contentHash: text(200).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type Resource = z.infer<typeof resourceSchema>;

export const resourcesTable = defineTable({
  name: 'resources',
  schema: resourceSchema,
  indexes: { 1: '&id, builtInId, copiedFromBuiltInId, kind, archived, updatedAt, contentHash, *themes, *tags' },
});
