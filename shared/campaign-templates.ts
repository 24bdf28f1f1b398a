/**
 * Campaign templates: a campaign's shape without its dates. Activities sit at an offset in teaching
 * weeks from the start and on a weekday, so one template fits any school's term dates (see
 * ./scheduling for turning one into dated activities).
 *
 * Built-in templates live in resources/templates/campaigns/*.json; a lead's own templates use the
 * same format, so one validator checks both and every file a lead imports.
 */
import { getDay } from 'date-fns';
import { parseIsoDate } from './calendar';
import { YEAR_GROUPS, type AcademicYearDates, type IsoDate, type YearGroup } from './domain';
import { teachingWeeksBetween } from './scheduling';

export const CAMPAIGN_TEMPLATE_FORMAT = 'upstream-campaign-template';
/** The newest format this version of Upstream reads and writes. */
export const CAMPAIGN_TEMPLATE_FORMAT_VERSION = 1;

// The same words as the renderer's records (renderer/src/db/records.ts), declared here because
// shared/ never imports the renderer. The unions are identical, so values pass between the two.
export const CAMPAIGN_THEMES = ['sleep', 'exam-stress', 'anxiety', 'friendships', 'healthy-eating', 'physical-activity', 'online-safety', 'bereavement', 'other'] as const;
export type CampaignTheme = (typeof CAMPAIGN_THEMES)[number];
export const AUDIENCES = ['pupils', 'parents', 'staff', 'community'] as const;
export type CampaignAudience = (typeof AUDIENCES)[number];
export const ACTIVITY_TYPES = ['assembly', 'pshe-lesson', 'parent-workshop', 'pupil-workshop', 'drop-in', 'group-session', 'support-slot', 'staff-training', 'website-content', 'fundraiser', 'community-conversation', 'other'] as const;
export type CampaignActivityType = (typeof ACTIVITY_TYPES)[number];

/** Monday = 1 … Friday = 5. */
export type SchoolWeekday = 1 | 2 | 3 | 4 | 5;

export interface TemplateActivity {
  type: CampaignActivityType;
  title: string;
  /** Teaching weeks after the campaign's first week (0 = the first week). */
  weekOffset: number;
  weekday: SchoolWeekday;
  /** "HH:mm"; none for all-day items such as website content. */
  startTime?: string;
  durationMinutes?: number;
  audiences: CampaignAudience[];
  owner?: string;
  /** A partner's name or kind as the school would say it ("MHST"); the app matches it to a partner. */
  partner?: string;
  place?: string;
  notes?: string;
  /** "campaign": the year groups chosen for the campaign; a list (possibly empty, e.g. staff only) is used as it is. */
  yearGroups: 'campaign' | YearGroup[];
}

export interface CampaignTemplate {
  format: typeof CAMPAIGN_TEMPLATE_FORMAT;
  formatVersion: number;
  /** Lower-case words joined by hyphens, e.g. "sleep-well". */
  id: string;
  title: string;
  theme: CampaignTheme;
  summary: string;
  why: string;
  goal: string;
  audiences: CampaignAudience[];
  suggestedYearGroups: YearGroup[];
  /** Teaching weeks the campaign runs for. */
  durationWeeks: number;
  activities: TemplateActivity[];
  /** Where any facts in the template's wording come from. */
  sources?: { title: string; url?: string }[];
}

/** A template file that cannot be used; `field` names the bad field ("title", "activities[2].weekOffset"). */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const DAMAGED = 'This template file is damaged or not an Upstream campaign template.';
const MAX_WEEK_OFFSET = 200;
const TEMPLATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Checks a template (parsed JSON, or the JSON text) and returns a clean copy holding only the known
 * fields. Throws TemplateError with a message a lead can act on, naming the first bad field.
 */
export function parseCampaignTemplate(json: unknown): CampaignTemplate {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new TemplateError(DAMAGED);
    }
  }
  if (!isRecord(value) || value['format'] !== CAMPAIGN_TEMPLATE_FORMAT) throw new TemplateError(DAMAGED, 'format');
  const version = value['formatVersion'];
  if (!Number.isInteger(version) || (version as number) < 1) throw new TemplateError(DAMAGED, 'formatVersion');
  if ((version as number) > CAMPAIGN_TEMPLATE_FORMAT_VERSION) {
    throw new TemplateError(`This template was made by a newer version of Upstream (template format ${String(version)}). Update Upstream to use it.`, 'formatVersion');
  }

  const id = value['id'];
  if (typeof id !== 'string' || !TEMPLATE_ID.test(id)) throw new TemplateError('The template’s id must be lower-case letters and numbers joined by hyphens, e.g. "sleep-well".', 'id');
  const template: CampaignTemplate = {
    format: CAMPAIGN_TEMPLATE_FORMAT,
    formatVersion: CAMPAIGN_TEMPLATE_FORMAT_VERSION,
    id,
    title: requiredText(value, 'title', 'The template has no title.'),
    theme: oneOf(value['theme'], CAMPAIGN_THEMES, 'theme', 'The template’s theme is not one Upstream knows.'),
    summary: optionalText(value, 'summary') ?? '',
    why: optionalText(value, 'why') ?? '',
    goal: optionalText(value, 'goal') ?? '',
    audiences: listOf(value['audiences'], AUDIENCES, 'audiences', 'The template’s audiences must be pupils, parents, staff or community.'),
    suggestedYearGroups: listOf(value['suggestedYearGroups'], YEAR_GROUPS, 'suggestedYearGroups', 'The template’s suggested year groups must be R or Y1 to Y13.'),
    durationWeeks: wholeNumber(value['durationWeeks'], 1, MAX_WEEK_OFFSET, 'durationWeeks', `The template’s length must be a whole number of weeks from 1 to ${MAX_WEEK_OFFSET}.`),
    activities: [],
  };
  if (!Array.isArray(value['activities'])) throw new TemplateError('The template has no list of activities.', 'activities');
  template.activities = value['activities'].map(parseActivity);

  if (value['sources'] !== undefined) {
    if (!Array.isArray(value['sources'])) throw new TemplateError('The template’s sources must be a list.', 'sources');
    template.sources = value['sources'].map((source: unknown, i) => {
      if (!isRecord(source)) throw new TemplateError(`Source ${i + 1} must have a title.`, `sources[${i}]`);
      const title = requiredText(source, 'title', `Source ${i + 1} must have a title.`, `sources[${i}].`);
      const url = optionalText(source, 'url', `sources[${i}].`);
      return url ? { title, url } : { title };
    });
  }
  return template;
}

function parseActivity(raw: unknown, index: number): TemplateActivity {
  const at = `activities[${index}].`;
  const number = `Activity ${index + 1}`;
  if (!isRecord(raw)) throw new TemplateError(`${number} is not an activity.`, `activities[${index}]`);
  const title = requiredText(raw, 'title', `${number} has no title.`, at);
  const name = `${number} (“${title}”)`;
  const activity: TemplateActivity = {
    type: oneOf(raw['type'], ACTIVITY_TYPES, `${at}type`, `${name} has a type Upstream does not know.`),
    title,
    weekOffset: wholeNumber(raw['weekOffset'], 0, MAX_WEEK_OFFSET, `${at}weekOffset`, `${name}: the week must be a whole number of teaching weeks from 0 to ${MAX_WEEK_OFFSET} after the start.`),
    weekday: wholeNumber(raw['weekday'], 1, 5, `${at}weekday`, `${name}: the weekday must be 1 (Monday) to 5 (Friday).`) as SchoolWeekday,
    audiences: listOf(raw['audiences'], AUDIENCES, `${at}audiences`, `${name}: audiences must be pupils, parents, staff or community.`),
    yearGroups:
      raw['yearGroups'] === 'campaign'
        ? 'campaign'
        : listOf(raw['yearGroups'], YEAR_GROUPS, `${at}yearGroups`, `${name}: year groups must be "campaign" or a list such as ["Y7", "Y8"].`),
  };
  const startTime = optionalText(raw, 'startTime', at);
  if (startTime !== undefined) {
    if (!TIME.test(startTime)) throw new TemplateError(`${name}: the start time must be a 24-hour time such as 08:45.`, `${at}startTime`);
    activity.startTime = startTime;
  }
  if (raw['durationMinutes'] !== undefined) {
    activity.durationMinutes = wholeNumber(raw['durationMinutes'], 1, 24 * 60, `${at}durationMinutes`, `${name}: the length must be a whole number of minutes.`);
  }
  for (const key of ['owner', 'partner', 'place', 'notes'] as const) {
    const text = optionalText(raw, key, at);
    if (text) activity[key] = text;
  }
  return activity;
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

/**
 * A template from an existing campaign, so a lead can reuse it: each activity's week is its
 * teaching-week distance from the campaign's first week (half terms and holidays not counted),
 * its weekday the day it falls on (a weekend activity goes to that week's Friday). Cancelled
 * activities are left out; year groups equal to the campaign's become "campaign". Counts of who
 * came are never copied. The result passes parseCampaignTemplate.
 */
export function campaignToTemplate(
  campaign: TemplateSourceCampaign,
  activities: readonly TemplateSourceActivity[],
  years: AcademicYearDates[],
  options: { id?: string; summary?: string } = {},
): CampaignTemplate {
  const kept = activities.filter((a) => a.status !== 'cancelled').sort((a, b) => (a.date === b.date ? (a.startTime ?? '').localeCompare(b.startTime ?? '') : a.date < b.date ? -1 : 1));
  const sameGroups = (groups: YearGroup[]) => groups.length === campaign.yearGroups.length && groups.every((g) => campaign.yearGroups.includes(g));
  const templateActivities = kept.map((a): TemplateActivity => {
    const day = getDay(parseIsoDate(a.date));
    const activity: TemplateActivity = {
      type: a.type,
      title: a.title.trim(),
      weekOffset: Math.min(MAX_WEEK_OFFSET, a.date < campaign.startDate ? 0 : teachingWeeksBetween(campaign.startDate, a.date, years)),
      weekday: (day === 0 || day === 6 ? 5 : day) as SchoolWeekday,
      audiences: [...a.audiences],
      yearGroups: campaign.yearGroups.length > 0 && sameGroups(a.yearGroups) ? 'campaign' : [...a.yearGroups],
    };
    if (a.startTime) activity.startTime = a.startTime;
    if (a.durationMinutes) activity.durationMinutes = a.durationMinutes;
    for (const key of ['owner', 'partner', 'place', 'notes'] as const) if (a[key]?.trim()) activity[key] = a[key]!.trim();
    return activity;
  });
  const lastOffset = Math.max(-1, ...templateActivities.map((a) => a.weekOffset));
  const spanWeeks = campaign.endDate >= campaign.startDate ? teachingWeeksBetween(campaign.startDate, campaign.endDate, years) + 1 : 1;
  return parseCampaignTemplate({
    format: CAMPAIGN_TEMPLATE_FORMAT,
    formatVersion: CAMPAIGN_TEMPLATE_FORMAT_VERSION,
    id: options.id ?? templateIdFrom(campaign.title),
    title: campaign.title.trim(),
    theme: campaign.theme,
    summary: options.summary ?? campaign.notes ?? '',
    why: campaign.why ?? '',
    goal: campaign.goal ?? '',
    audiences: campaign.audiences,
    suggestedYearGroups: campaign.yearGroups,
    durationWeeks: Math.min(MAX_WEEK_OFFSET, Math.max(spanWeeks, lastOffset + 1, 1)),
    activities: templateActivities,
  });
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

// ── Small checks ────────────────────────────────────────────────────────────────────────────────

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requiredText(record: Record<string, unknown>, key: string, message: string, at = ''): string {
  const value = record[key];
  if (typeof value !== 'string' || value.trim() === '') throw new TemplateError(message, `${at}${key}`);
  return value.trim();
}

function optionalText(record: Record<string, unknown>, key: string, at = ''): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new TemplateError(`The template’s “${at}${key}” must be text.`, `${at}${key}`);
  return value.trim();
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, message: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw new TemplateError(message, field);
  return value as T;
}

function listOf<T extends string>(value: unknown, allowed: readonly T[], field: string, message: string): T[] {
  if (!Array.isArray(value)) throw new TemplateError(message, field);
  const list = value.map((item) => oneOf(item, allowed, field, message));
  return allowed.filter((item) => list.includes(item)); // known order, no repeats
}

function wholeNumber(value: unknown, min: number, max: number, field: string, message: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new TemplateError(message, field);
  return value;
}
