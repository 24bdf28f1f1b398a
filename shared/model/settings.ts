/** The school's own settings: one record, id "school". Work details only, never a pupil's. */
import { z } from 'zod';
import { isoDate, isSample, TERM_NAMES, text, timestamp, yearGroups } from './fields';
import { HANDOUT_LINK_MAX, isHandoutLink } from '../handout-link';
import { defineTable } from './table';

/** One term's dates. The half-term holiday sits inside the term: start ≤ halfTermStart ≤ halfTermEnd ≤ end. */
export const termDatesSchema = z
  .object({
    term: z.enum(TERM_NAMES),
    /** First day of teaching. */
    start: isoDate,
    /** First day of the half-term holiday. */
    halfTermStart: isoDate,
    /** Last day of the half-term holiday. */
    halfTermEnd: isoDate,
    /** Last day of teaching. */
    end: isoDate,
  });

/**
 * A school's dates for one academic year, named by the calendar year its autumn term starts in:
 * startYear 2026 for 2026/27, whether the school starts on 20 August or 3 September 2026.
 */
export const academicYearDatesSchema = z.object({
  startYear: z.number().int().min(1990).max(2200),
  terms: z.array(termDatesSchema).max(3),
  /** INSET (training) days: inside a term, closed to pupils, not a holiday. */
  insetDays: z.array(isoDate).max(60).optional(),
});

/** The four UK nations: each has its own typical term pattern, and bank holidays differ. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export const schoolSettingsSchema = z.object({
  id: z.literal('school'),
  name: text(200),
  /** A small image as a data: URL, shown on exported documents. */
  logoDataUrl: z
    .string()
    .max(1_000_000)
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,/)
    .optional(),
  /** A picture for parent handouts (same rules as the logo), and the web page their QR code opens. */
  handoutPictureDataUrl: z
    .string()
    .max(1_000_000)
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,/)
    .optional(),
  handoutLink: z.string().max(HANDOUT_LINK_MAX).refine(isHandoutLink).optional(),
  yearGroups,
  academicYears: z.array(academicYearDatesSchema).max(100),
  /** Where the school is: its bank holidays and typical term dates. England when not set (schools set up before it was asked). */
  nation: z.enum(NATIONS).optional(),
  /** True when the lead has hidden awareness days from the year planner and scheduling. */
  awarenessDaysHidden: z.boolean().optional(),
  /** Counts below this are shown as "fewer than N" everywhere. */
  suppressionThreshold: z.number().int().min(1).max(100),
  /** The school's own wellbeing contacts, printed on signposting sheets. */
  mhstContact: text(500).optional(),
  dslContact: text(500).optional(),
  /** The school's own drop-in topics, in order; the defaults (shared/tally-import.ts) until set. */
  checkInTopics: z.array(text(100)).max(200).optional(),
  /** The lead's own words for the governors' report, per period ("2026-autumn", "2026-year"). */
  reportCommentary: z.record(z.string().max(20), z.string().max(4000)).optional(),
  /** True while the fictional sample school is loaded. */
  isSample,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type TermDates = z.infer<typeof termDatesSchema>;
export type AcademicYearDates = z.infer<typeof academicYearDatesSchema>;
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;

export const settingsTable = defineTable({ name: 'settings', schema: schoolSettingsSchema, indexes: { 1: '&id' } });
