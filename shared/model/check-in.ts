/** One drop-in or group session: counts per topic (and optionally year group), never names. */
import { z } from 'zod';
import { count, id, isoDate, isSample, text, timestamp, YEAR_GROUPS } from './fields';
import { defineTable } from './table';

export const checkInSessionSchema = z.object({
  id,
  date: isoDate,
  sessionType: text(100),
  counts: z.array(z.object({ topic: text(100), yearGroup: z.enum(YEAR_GROUPS).optional(), count })).max(2000),
  isSample,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type CheckInSession = z.infer<typeof checkInSessionSchema>;

export const checkInsTable = defineTable({ name: 'checkIns', schema: checkInSessionSchema, indexes: { 1: '&id, date, sessionType' } });
