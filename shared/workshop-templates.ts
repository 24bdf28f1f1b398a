/**
 * Workshop templates: a ready-made plan without a date (resources/templates/workshops/*.json). The
 * checker is strict, so a mistake in a shipped template fails the tests instead of reaching a school.
 */
import { YEAR_GROUPS, type YearGroup } from './domain';
import { CAMPAIGN_THEMES, type CampaignTheme } from './campaign-templates';
import { parseClockTime, sectionMinutesError, WORKSHOP_AUDIENCES, WORKSHOP_MINUTES_MAX, type WorkshopAudience } from './workshop-plan';

export const WORKSHOP_TEMPLATE_FORMAT = 'upstream-workshop-template';
export const WORKSHOP_TEMPLATE_FORMAT_VERSION = 1;

export interface WorkshopTemplateSection {
  title: string;
  minutes: number;
  whatHappens?: string;
  facilitatorNotes?: string;
  materials?: string;
}

export interface WorkshopTemplate {
  format: typeof WORKSHOP_TEMPLATE_FORMAT;
  formatVersion: number;
  id: string;
  title: string;
  audience: WorkshopAudience;
  theme: CampaignTheme;
  yearGroups: YearGroup[];
  slotMinutes: number;
  startTime?: string;
  venue?: string;
  facilitators: string[];
  /** What the workshop covers, in a sentence or two (the handout's opening). */
  summary: string;
  objectives: string[];
  keyMessages: string[];
  agenda: WorkshopTemplateSection[];
  materialsChecklist: string[];
  followUp?: string;
  signposting?: string;
  sources?: { title: string; url?: string }[];
}

export class WorkshopTemplateError extends Error {
  override readonly name = 'WorkshopTemplateError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const DAMAGED = 'This file is damaged or not an Upstream workshop template.';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(from: Record<string, unknown>, key: string, field: string, required: string | false): string | undefined {
  const value = from[key];
  if (value === undefined && required === false) return undefined;
  if (typeof value !== 'string' || (required !== false && value.trim() === '')) throw new WorkshopTemplateError(required || `“${field}” must be text.`, field);
  return value.trim() === '' ? undefined : value.trim();
}

function textList(from: Record<string, unknown>, key: string): string[] {
  const value = from[key];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) throw new WorkshopTemplateError(`“${key}” must be a list of text.`, key);
  return value.map((item: string) => item.trim());
}

/** Checks a template (parsed JSON or its text) and returns a clean copy holding only known fields. */
export function parseWorkshopTemplate(json: unknown): WorkshopTemplate {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new WorkshopTemplateError(DAMAGED);
    }
  }
  if (!isRecord(value) || value['format'] !== WORKSHOP_TEMPLATE_FORMAT) throw new WorkshopTemplateError(DAMAGED, 'format');
  const version = value['formatVersion'];
  if (!Number.isInteger(version) || (version as number) < 1) throw new WorkshopTemplateError(DAMAGED, 'formatVersion');
  if ((version as number) > WORKSHOP_TEMPLATE_FORMAT_VERSION) throw new WorkshopTemplateError('This template was made by a newer version of Upstream. Update Upstream to use it.', 'formatVersion');
  const id = value['id'];
  if (typeof id !== 'string' || !ID.test(id)) throw new WorkshopTemplateError('The template’s id must be lower-case letters and numbers joined by hyphens.', 'id');

  const audience = value['audience'];
  if (!(WORKSHOP_AUDIENCES as readonly unknown[]).includes(audience)) throw new WorkshopTemplateError('The audience must be parents, pupils or staff.', 'audience');
  const theme = value['theme'];
  if (!(CAMPAIGN_THEMES as readonly unknown[]).includes(theme)) throw new WorkshopTemplateError('The template’s theme is not one Upstream knows.', 'theme');
  const yearGroups = value['yearGroups'];
  if (!Array.isArray(yearGroups) || yearGroups.some((g) => !(YEAR_GROUPS as readonly unknown[]).includes(g))) throw new WorkshopTemplateError('Year groups must be a list such as ["Y11"].', 'yearGroups');
  const slot = value['slotMinutes'];
  if (!Number.isInteger(slot) || (slot as number) < 1 || (slot as number) > WORKSHOP_MINUTES_MAX) throw new WorkshopTemplateError('The slot must be a whole number of minutes.', 'slotMinutes');

  if (!Array.isArray(value['agenda']) || value['agenda'].length === 0) throw new WorkshopTemplateError('A template needs an agenda of at least one section.', 'agenda');
  const agenda = value['agenda'].map((raw: unknown, index): WorkshopTemplateSection => {
    const at = `agenda[${index}]`;
    if (!isRecord(raw)) throw new WorkshopTemplateError(`Section ${index + 1} is not a section.`, at);
    const minutes = raw['minutes'];
    const minutesError = typeof minutes === 'number' ? sectionMinutesError(minutes) : 'Enter the minutes as a whole number.';
    if (minutesError) throw new WorkshopTemplateError(`Section ${index + 1}: ${minutesError}`, `${at}.minutes`);
    const section: WorkshopTemplateSection = { title: text(raw, 'title', `${at}.title`, `Section ${index + 1} has no title.`)!, minutes: minutes as number };
    for (const key of ['whatHappens', 'facilitatorNotes', 'materials'] as const) {
      const found = text(raw, key, `${at}.${key}`, false);
      if (found) section[key] = found;
    }
    return section;
  });

  const template: WorkshopTemplate = {
    format: WORKSHOP_TEMPLATE_FORMAT,
    formatVersion: WORKSHOP_TEMPLATE_FORMAT_VERSION,
    id,
    title: text(value, 'title', 'title', 'The template has no title.')!,
    audience: audience as WorkshopAudience,
    theme: theme as CampaignTheme,
    yearGroups: yearGroups as YearGroup[],
    slotMinutes: slot as number,
    facilitators: textList(value, 'facilitators'),
    summary: text(value, 'summary', 'summary', 'The template needs a summary of what it covers.')!,
    objectives: textList(value, 'objectives'),
    keyMessages: textList(value, 'keyMessages'),
    agenda,
    materialsChecklist: textList(value, 'materialsChecklist'),
  };
  const startTime = text(value, 'startTime', 'startTime', false);
  if (startTime !== undefined) {
    if (parseClockTime(startTime) === null) throw new WorkshopTemplateError('The start time must be a 24-hour time such as 18:00.', 'startTime');
    template.startTime = startTime;
  }
  for (const key of ['venue', 'followUp', 'signposting'] as const) {
    const found = text(value, key, key, false);
    if (found) template[key] = found;
  }
  if (value['sources'] !== undefined) {
    if (!Array.isArray(value['sources'])) throw new WorkshopTemplateError('The template’s sources must be a list.', 'sources');
    template.sources = value['sources'].map((source: unknown, i) => {
      if (!isRecord(source)) throw new WorkshopTemplateError(`Source ${i + 1} must have a title.`, `sources[${i}]`);
      const title = text(source, 'title', `sources[${i}].title`, `Source ${i + 1} must have a title.`)!;
      const url = text(source, 'url', `sources[${i}].url`, false);
      return url ? { title, url } : { title };
    });
  }
  return template;
}
