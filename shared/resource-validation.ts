/**
 * The rules for a lead's own resource, shared by the editor and the importer so a file from another
 * school passes exactly the checks a resource typed in by hand does. Messages are in plain words,
 * keyed by field ("title", "bodyMarkdown", "sources.1.url").
 */
import { AUDIENCES, RESOURCE_KINDS, THEMES, type AudienceName, type ResourceKindName, type ThemeName } from './builtin-resources';
import { YEAR_GROUPS, type YearGroup } from './domain';
import { isSafeExternalUrl } from './external-url';
import { describeMarkdownProblems, markdownProblems } from './markdown-safety';
import type { FieldErrors } from './school-settings';

export const RESOURCE_TITLE_MAX = 120;
/** About 15,000 words: far more than any handout, small enough to keep the library fast. */
export const RESOURCE_BODY_MAX = 100_000;
export const RESOURCE_TAGS_MAX = 20;
export const RESOURCE_TAG_MAX_LENGTH = 40;
export const RESOURCE_SOURCES_MAX = 20;
export const SOURCE_TITLE_MAX = 400;

export interface ResourceSource {
  title: string;
  url?: string;
}

/** What a lead edits; the stored record adds ids, dates and flags. */
export interface ResourceDraft {
  title: string;
  kind: ResourceKindName;
  themes: ThemeName[];
  audiences: AudienceName[];
  yearGroups: YearGroup[];
  tags: string[];
  sources: ResourceSource[];
  bodyMarkdown: string;
}

/** "Sleep, Screens , bedtime" → ["sleep", "screens", "bedtime"]: trimmed, lower case, no repeats or empties. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** The draft as it will be stored: title and text trimmed, tags tidied, empty source rows dropped. */
export function normaliseResourceDraft(draft: ResourceDraft): ResourceDraft {
  return {
    title: draft.title.replace(/\s+/g, ' ').trim(),
    kind: draft.kind,
    themes: THEMES.filter((t) => draft.themes.includes(t)),
    audiences: AUDIENCES.filter((a) => draft.audiences.includes(a)),
    yearGroups: YEAR_GROUPS.filter((g) => draft.yearGroups.includes(g)),
    tags: parseTags(draft.tags.join(',')),
    sources: draft.sources
      .map((s) => ({ title: s.title.replace(/\s+/g, ' ').trim(), url: s.url?.trim() || undefined }))
      .filter((s) => s.title !== '' || s.url !== undefined)
      .map((s) => (s.url === undefined ? { title: s.title } : { title: s.title, url: s.url })),
    bodyMarkdown: draft.bodyMarkdown.replace(/\r\n?/g, '\n').replace(/\s+$/, '') + '\n',
  };
}

const isOneOf = <T extends string>(allowed: readonly T[], value: unknown): value is T => typeof value === 'string' && (allowed as readonly string[]).includes(value);

/** Checks a (normalised) draft. No errors means it can be saved as it is. */
export function validateResourceDraft(draft: ResourceDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (typeof draft.title !== 'string' || draft.title.trim() === '') errors['title'] = 'Give the resource a title.';
  else if (draft.title.length > RESOURCE_TITLE_MAX) errors['title'] = `Keep the title to ${RESOURCE_TITLE_MAX} characters or fewer.`;

  if (!isOneOf(RESOURCE_KINDS, draft.kind)) errors['kind'] = 'Choose what kind of resource this is.';
  if (!Array.isArray(draft.themes) || !draft.themes.every((t) => isOneOf(THEMES, t))) errors['themes'] = 'One of the themes is not recognised.';
  if (!Array.isArray(draft.audiences) || !draft.audiences.every((a) => isOneOf(AUDIENCES, a))) errors['audiences'] = 'One of the audiences is not recognised.';
  if (!Array.isArray(draft.yearGroups) || !draft.yearGroups.every((g) => isOneOf(YEAR_GROUPS, g))) errors['yearGroups'] = 'One of the year groups is not recognised.';

  if (!Array.isArray(draft.tags) || !draft.tags.every((t) => typeof t === 'string')) errors['tags'] = 'Tags must be words separated by commas.';
  else if (draft.tags.length > RESOURCE_TAGS_MAX) errors['tags'] = `Use ${RESOURCE_TAGS_MAX} tags or fewer.`;
  else if (draft.tags.some((t) => t.length > RESOURCE_TAG_MAX_LENGTH)) errors['tags'] = `Keep each tag to ${RESOURCE_TAG_MAX_LENGTH} characters or fewer.`;

  if (!Array.isArray(draft.sources)) errors['sources'] = 'The sources could not be read.';
  else if (draft.sources.length > RESOURCE_SOURCES_MAX) errors['sources'] = `List ${RESOURCE_SOURCES_MAX} sources or fewer.`;
  else {
    draft.sources.forEach((source, index) => {
      if (typeof source !== 'object' || source === null || typeof source.title !== 'string') {
        errors[`sources.${index}.title`] = 'This source could not be read.';
        return;
      }
      if (source.title.trim() === '') errors[`sources.${index}.title`] = 'Give this source a title, such as “NHS: Healthy sleep tips for children”.';
      else if (source.title.length > SOURCE_TITLE_MAX) errors[`sources.${index}.title`] = `Keep the source title to ${SOURCE_TITLE_MAX} characters or fewer.`;
      if (source.url !== undefined && (typeof source.url !== 'string' || !isSafeExternalUrl(source.url) || !source.url.startsWith('https://'))) {
        errors[`sources.${index}.url`] = 'Use the full web address, starting with https://.';
      }
    });
  }

  if (typeof draft.bodyMarkdown !== 'string' || draft.bodyMarkdown.trim() === '') errors['bodyMarkdown'] = 'Write the text of the resource.';
  else if (draft.bodyMarkdown.length > RESOURCE_BODY_MAX) errors['bodyMarkdown'] = `The text is too long: keep it under ${RESOURCE_BODY_MAX.toLocaleString('en-GB')} characters.`;
  else {
    const problem = describeMarkdownProblems(markdownProblems(draft.bodyMarkdown));
    if (problem) errors['bodyMarkdown'] = problem;
  }
  return errors;
}
