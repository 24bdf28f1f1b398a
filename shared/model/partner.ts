/** Partners the school works with (the MHST, the school nurse, a community group) and their contacts: work details only. */
import { z } from 'zod';
import { id, isSample, text, timestamp } from './fields';
import { defineTable } from './table';

export const PARTNER_KINDS = ['mhst', 'nhs-trust', 'council', 'community-group', 'charity', 'other'] as const;

export const partnerSchema = z.object({ id, name: text(300), kind: z.enum(PARTNER_KINDS), notes: text(20_000).optional(), isSample, createdAt: timestamp, updatedAt: timestamp });

/** A partner's contact: work details only. */
export const contactSchema = z.object({ id, partnerId: id, name: text(300), role: text(300).optional(), workEmail: text(320).optional(), workPhone: text(60).optional() });

export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type Partner = z.infer<typeof partnerSchema>;
export type Contact = z.infer<typeof contactSchema>;

export const partnersTable = defineTable({ name: 'partners', schema: partnerSchema, indexes: { 1: '&id, kind, name' } });
export const contactsTable = defineTable({ name: 'contacts', schema: contactSchema, indexes: { 1: '&id, partnerId' } });
