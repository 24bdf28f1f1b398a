/**
 * Campaign templates: a campaign's shape without its dates. Activities sit at an offset in teaching
 * weeks from the start and on a weekday, so one template fits any school's term dates (see
 * ./scheduling for turning one into dated activities).
 *
 * Built-in templates live in resources/templates/campaigns/*.json; a lead's own templates use the
 * same format, so one validator checks both and every file a lead imports.
 */
import { ACTIVITY_TYPES, AUDIENCES, THEMES as CAMPAIGN_THEMES, type ActivityType as CampaignActivityType, type Audience as CampaignAudience, type Theme as CampaignTheme } from './model';
import { z } from 'zod';
import { YEAR_GROUPS, type IsoDate, type YearGroup } from './domain';
import { checkFormatHeader, describeIn, KEBAB_ID, optionalText, orderedSet, parseFileFormat, parseJsonFile, requiredText, wholeNumber, withoutUndefined } from './file-format';

export const CAMPAIGN_TEMPLATE_FORMAT = 'upstream-campaign-template';
/** The newest format this version of Upstream reads and writes. */
export const CAMPAIGN_TEMPLATE_FORMAT_VERSION = 1;

// The words of the stored records (shared/model), so a template's values pass straight into them.
export { ACTIVITY_TYPES, AUDIENCES, THEMES as CAMPAIGN_THEMES } from './model';
export type { ActivityType as CampaignActivityType, Audience as CampaignAudience, Theme as CampaignTheme } from './model';

/** Monday = 1 … Friday = 5. */
export type SchoolWeekday = 1 | 2 | 3 | 4 | 5;

export const MAX_WEEK_OFFSET = 200;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAMAGED = 'This template file is damaged or not an Upstream campaign template.';

const yearGroup = z.enum(YEAR_GROUPS, { error: (issue) => `must be R or Y1 to Y13 (found “${String(issue.input)}”)` });
const source = z.object({ title: requiredText, url: optionalText }).transform(withoutUndefined);

const templateActivitySchema = z
  .object({
    type: z.enum(ACTIVITY_TYPES),
    title: requiredText,
    /** Teaching weeks after the campaign's first week (0 = the first week). */
    weekOffset: wholeNumber(0, MAX_WEEK_OFFSET, `must be a whole number of teaching weeks from 0 to ${MAX_WEEK_OFFSET} after the start`),
    weekday: wholeNumber(1, 5, 'must be 1 (Monday) to 5 (Friday)').transform((day) => day as SchoolWeekday),
    /** "HH:mm"; none for all-day items such as website content. */
    startTime: optionalText.refine((time) => time === undefined || TIME.test(time), 'must be a 24-hour time such as 08:45'),
    durationMinutes: wholeNumber(1, 24 * 60, 'must be a whole number of minutes').optional(),
    audiences: orderedSet(AUDIENCES),
    owner: optionalText,
    /** A partner's name or kind as the school would say it ("MHST"); the app matches it to a partner. */
    partner: optionalText,
    place: optionalText,
    notes: optionalText,
    /** "campaign": the year groups chosen for the campaign; a list (possibly empty, e.g. staff only) is used as it is. */
    yearGroups: z.union([z.literal('campaign'), orderedSet(YEAR_GROUPS, yearGroup)], {
      error: (issue) => (issue.input === undefined ? 'is missing' : 'must be "campaign" or a list such as ["Y7", "Y8"]'),
    }),
  })
  .transform(withoutUndefined);

const campaignTemplateSchema = z
  .object({
    format: z.literal(CAMPAIGN_TEMPLATE_FORMAT),
    formatVersion: z.int().transform(() => CAMPAIGN_TEMPLATE_FORMAT_VERSION),
    /** Lower-case words joined by hyphens, e.g. "sleep-well". */
    id: z.string().regex(KEBAB_ID, 'must be lower-case letters and numbers joined by hyphens, e.g. "sleep-well"'),
    title: requiredText,
    theme: z.enum(CAMPAIGN_THEMES),
    summary: optionalText.transform((text) => text ?? ''),
    why: optionalText.transform((text) => text ?? ''),
    goal: optionalText.transform((text) => text ?? ''),
    audiences: orderedSet(AUDIENCES),
    suggestedYearGroups: orderedSet(YEAR_GROUPS, yearGroup),
    /** Teaching weeks the campaign runs for. */
    durationWeeks: wholeNumber(1, MAX_WEEK_OFFSET, `must be a whole number of weeks from 1 to ${MAX_WEEK_OFFSET}`),
    activities: z.array(templateActivitySchema),
    /** Where any facts in the template's wording come from. */
    sources: z.array(source).optional(),
  })
  .transform(withoutUndefined);

export type TemplateActivity = z.output<typeof templateActivitySchema>;
export type CampaignTemplate = z.output<typeof campaignTemplateSchema>;

const FIELD_NAMES: Record<string, string> = { suggestedYearGroups: 'suggested year groups', durationWeeks: 'length', weekOffset: 'week', startTime: 'start time', durationMinutes: 'length', yearGroups: 'year groups', url: 'web address' };

/**
 * Checks a template (parsed JSON, or the JSON text) and returns a clean copy holding only the known
 * fields. Throws FileFormatError with a message a lead can act on, naming the first bad field.
 */
export function parseCampaignTemplate(json: unknown): CampaignTemplate {
  const value = typeof json === 'string' ? parseJsonFile(json, () => DAMAGED) : json;
  checkFormatHeader(value, CAMPAIGN_TEMPLATE_FORMAT, CAMPAIGN_TEMPLATE_FORMAT_VERSION, {
    damaged: DAMAGED,
    newer: (version) => `This template was made by a newer version of Upstream (template format ${version}). Update Upstream to use it.`,
  });
  return parseFileFormat(campaignTemplateSchema, value, describeIn(value, { whole: 'The template', items: { activities: 'Activity', sources: 'Source' }, fields: FIELD_NAMES }));
}

// ── Saving a campaign as a template ─────────────────────────────────────────────────────────────

export interface TemplateSourceCampaign {
  title: string;
  theme: CampaignTheme;
  why?: string;
  goal?: string;
  notes?: string;
  audiences: CampaignAudience[];
  yearGroups: YearGroup[];
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface TemplateSourceActivity {
  type: CampaignActivityType;
  title: string;
  date: IsoDate;
  startTime?: string;
  durationMinutes?: number;
  audiences: CampaignAudience[];
  yearGroups: YearGroup[];
  owner?: string;
  /** The partner's name, looked up by the caller from the activity's partner ids. */
  partner?: string;
  place?: string;
  notes?: string;
  status?: string;
}

/** "Sleep well: Year 7 & 8!" → "sleep-well-year-7-8"; "Cwŵl" → "cwwl". */
export function templateIdFrom(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'my-campaign';
}
