/**
 * The rules for a lead's own resource, shared by the editor and the importer so a file from another
 * school passes exactly the checks a resource typed in by hand does. Messages are in plain words,
 * keyed by field ("title", "bodyMarkdown", "sources.1.url").
 */
import { AUDIENCES, RESOURCE_KINDS, THEMES, type AudienceName, type ResourceKindName, type ThemeName } from './builtin-resources';
import { z } from 'zod';
import { YEAR_GROUPS, type YearGroup } from './domain';
import { isSafeExternalUrl } from './external-url';
import { checkAgainst } from './file-format';
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

const nonBlank = (text: string) => text.trim() !== '';

/** The editor's rules, in the editor's words; an imported resource is checked against the same schema. */
export const resourceDraftSchema = z.object({
  title: z
    .string({ error: 'Give the resource a title.' })
    .refine(nonBlank, { error: 'Give the resource a title.', abort: true })
    .max(RESOURCE_TITLE_MAX, `Keep the title to ${RESOURCE_TITLE_MAX} characters or fewer.`),
  kind: z.enum(RESOURCE_KINDS, { error: 'Choose what kind of resource this is.' }),
  themes: z.array(z.enum(THEMES, { error: 'One of the themes is not recognised.' }), { error: 'One of the themes is not recognised.' }),
  audiences: z.array(z.enum(AUDIENCES, { error: 'One of the audiences is not recognised.' }), { error: 'One of the audiences is not recognised.' }),
  yearGroups: z.array(z.enum(YEAR_GROUPS, { error: 'One of the year groups is not recognised.' }), { error: 'One of the year groups is not recognised.' }),
  tags: z
    .array(z.string({ error: 'Tags must be words separated by commas.' }).max(RESOURCE_TAG_MAX_LENGTH, `Keep each tag to ${RESOURCE_TAG_MAX_LENGTH} characters or fewer.`), {
      error: 'Tags must be words separated by commas.',
    })
    .max(RESOURCE_TAGS_MAX, `Use ${RESOURCE_TAGS_MAX} tags or fewer.`),
  sources: z
    .array(
      z.object(
        {
          title: z
            .string({ error: 'This source could not be read.' })
            .refine(nonBlank, { error: 'Give this source a title, such as “NHS: Healthy sleep tips for children”.', abort: true })
            .max(SOURCE_TITLE_MAX, `Keep the source title to ${SOURCE_TITLE_MAX} characters or fewer.`),
          url: z
            .string({ error: 'Use the full web address, starting with https://.' })
            .refine((url) => isSafeExternalUrl(url) && url.startsWith('https://'), 'Use the full web address, starting with https://.')
            .optional(),
        },
        { error: 'This source could not be read.' },
      ),
      { error: 'The sources could not be read.' },
    )
    .max(RESOURCE_SOURCES_MAX, `List ${RESOURCE_SOURCES_MAX} sources or fewer.`),
  bodyMarkdown: z
    .string({ error: 'Write the text of the resource.' })
    .refine(nonBlank, { error: 'Write the text of the resource.', abort: true })
    .max(RESOURCE_BODY_MAX, { error: `The text is too long: keep it under ${RESOURCE_BODY_MAX.toLocaleString('en-GB')} characters.`, abort: true })
    .check((ctx) => {
      const problem = describeMarkdownProblems(markdownProblems(ctx.value));
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    }),
});

/** The form field a problem belongs to: "title", "themes", "sources.1.url". */
function formField(path: readonly PropertyKey[]): string {
  return (path[0] === 'sources' && path.length >= 3 ? path.slice(0, 3) : path.slice(0, 1)).map(String).join('.');
}

/** Checks a (normalised) draft. No errors means it can be saved as it is. */
export function validateResourceDraft(draft: ResourceDraft): FieldErrors {
  const checked = checkAgainst(resourceDraftSchema, draft);
  const errors: FieldErrors = {};
  if ('problems' in checked) for (const problem of checked.problems) errors[formField(problem.path)] ??= problem.message;
  return errors;
}
