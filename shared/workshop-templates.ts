/**
 * Workshop templates: a ready-made plan without a date (resources/templates/workshops/*.json). The
 * checker is strict, so a mistake in a shipped template fails the tests instead of reaching a school.
 */
import { z } from 'zod';
import { YEAR_GROUPS } from './domain';
import { CAMPAIGN_THEMES } from './campaign-templates';
import { checkFormatHeader, describeIn, KEBAB_ID, optionalText, parseFileFormat, parseJsonFile, requiredText, wholeNumber, withoutUndefined } from './file-format';
import { parseClockTime, sectionMinutesError, WORKSHOP_AUDIENCES, WORKSHOP_MINUTES_MAX } from './workshop-plan';

export const WORKSHOP_TEMPLATE_FORMAT = 'upstream-workshop-template';
export const WORKSHOP_TEMPLATE_FORMAT_VERSION = 1;

const DAMAGED = 'This file is damaged or not an Upstream workshop template.';

/** A list of lines of text, each trimmed and none blank. */
const textList = z.array(requiredText);

const sectionSchema = z
  .object({
    title: requiredText,
    minutes: z.number({ error: (issue) => (issue.input === undefined ? 'is missing' : 'Enter the minutes as a whole number.') }).check((ctx) => {
      const problem = sectionMinutesError(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    }),
    whatHappens: optionalText,
    facilitatorNotes: optionalText,
    materials: optionalText,
  })
  .transform(withoutUndefined);

const workshopTemplateSchema = z
  .object({
    format: z.literal(WORKSHOP_TEMPLATE_FORMAT),
    formatVersion: z.int().transform(() => WORKSHOP_TEMPLATE_FORMAT_VERSION),
    id: z.string().regex(KEBAB_ID, 'must be lower-case letters and numbers joined by hyphens'),
    title: requiredText,
    audience: z.enum(WORKSHOP_AUDIENCES, { error: (issue) => (issue.input === undefined ? 'is missing' : 'must be parents, pupils or staff') }),
    theme: z.enum(CAMPAIGN_THEMES),
    yearGroups: z.array(z.enum(YEAR_GROUPS, { error: 'must be a list such as ["Y11"]' })),
    slotMinutes: wholeNumber(1, WORKSHOP_MINUTES_MAX, 'must be a whole number of minutes'),
    startTime: optionalText.refine((time) => time === undefined || parseClockTime(time) !== null, 'must be a 24-hour time such as 18:00'),
    venue: optionalText,
    facilitators: textList,
    /** What the workshop covers, in a sentence or two (the handout's opening). */
    summary: requiredText,
    objectives: textList,
    keyMessages: textList,
    agenda: z.array(sectionSchema).min(1, 'A template needs an agenda of at least one section.'),
    materialsChecklist: textList,
    followUp: optionalText,
    signposting: optionalText,
    sources: z.array(z.object({ title: requiredText, url: optionalText }).transform(withoutUndefined)).optional(),
  })
  .transform(withoutUndefined);

export type WorkshopTemplate = z.output<typeof workshopTemplateSchema>;
export type WorkshopTemplateSection = WorkshopTemplate['agenda'][number];

const FIELD_NAMES: Record<string, string> = { slotMinutes: 'slot', startTime: 'start time', yearGroups: 'year groups', keyMessages: 'key messages', materialsChecklist: 'materials checklist', followUp: 'follow-up', whatHappens: 'what happens', facilitatorNotes: 'facilitator notes', url: 'web address' };

/** Checks a template (parsed JSON or its text) and returns a clean copy holding only known fields. */
export function parseWorkshopTemplate(json: unknown): WorkshopTemplate {
  const value = typeof json === 'string' ? parseJsonFile(json, () => DAMAGED) : json;
  checkFormatHeader(value, WORKSHOP_TEMPLATE_FORMAT, WORKSHOP_TEMPLATE_FORMAT_VERSION, {
    damaged: DAMAGED,
    newer: () => 'This template was made by a newer version of Upstream. Update Upstream to use it.',
  });
  return parseFileFormat(workshopTemplateSchema, value, describeIn(value, { whole: 'The template', items: { agenda: 'Section', sources: 'Source' }, fields: FIELD_NAMES }));
}
