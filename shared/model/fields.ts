/**
 * The building blocks every record schema uses: ids, dates, bounded text and counts. Bounds are far
 * above what a school types, and keep a damaged or hostile file from filling the disk.
 */
import { z } from 'zod';

/** Year groups from Reception to Year 13, as schools in England and Wales name them. */
export const YEAR_GROUPS = ['R', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13'] as const;
export type YearGroup = (typeof YEAR_GROUPS)[number];

export const TERM_NAMES = ['autumn', 'spring', 'summer'] as const;
export type TermName = (typeof TERM_NAMES)[number];

export const id = z.string().min(1).max(200);
export const ids = z.array(id).max(1000);
/** An ISO calendar date, yyyy-MM-dd. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A clock time, HH:mm. */
export const clockTime = z.string().regex(/^\d{2}:\d{2}$/);
/** When a record was written (ISO date-time). */
export const timestamp = z.string().min(1).max(40);
export const text = (max: number) => z.string().max(max);
export const yearGroups = z.array(z.enum(YEAR_GROUPS)).max(YEAR_GROUPS.length);
/** A count of people or answers: a whole number, never a name. */
export const count = z.number().int().min(0).max(10_000_000);
/**
 * Optional links, dates and times: an empty string is read as "not set", as older versions could
 * store a cleared field that way, and a backup they made must still restore.
 */
export const optionalId = z.union([id, z.literal('')]).optional();
export const optionalIsoDate = z.union([isoDate, z.literal('')]).optional();
export const optionalClockTime = z.union([clockTime, z.literal('')]).optional();
/** Set on records of the fictional sample school. */
export const isSample = z.boolean().optional();
