/** What was imported or exported, when, and how much: never the content itself. Stays on this device. */
import { z } from 'zod';
import { count, text, timestamp } from './fields';
import { defineTable } from './table';

export const AUDIT_ACTIONS = ['import', 'export', 'backup', 'restore', 'delete-all', 'sample-loaded', 'sample-removed'] as const;

export const auditEntrySchema = z.object({
  seq: z.number().int().positive().optional(),
  at: timestamp,
  action: z.enum(AUDIT_ACTIONS),
  subject: text(500),
  count: count.optional(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditTable = defineTable({ name: 'audit', schema: auditEntrySchema, indexes: { 1: '++seq, at, action' } });
