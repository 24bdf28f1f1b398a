/** An indicator the school follows term by term: a drop-in topic or a survey question. */
import { z } from 'zod';
import { id, isSample, text, timestamp, YEAR_GROUPS } from './fields';
import { defineTable } from './table';

export const indicatorSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('check-in-topic'), topic: text(100) }),
  z.object({ kind: z.literal('survey-question'), questionText: text(2000), yearGroup: z.enum(YEAR_GROUPS).optional() }),
]);

export const indicatorSchema = z.object({ id, name: text(300), source: indicatorSourceSchema, isSample, createdAt: timestamp, updatedAt: timestamp.optional() });

export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorsTable = defineTable({ name: 'indicators', schema: indicatorSchema, indexes: { 1: '&id, name' } });
