/**
 * Upstream's built-in resource library: one markdown file per resource in resources/library/, with
 * YAML front matter (read by the yaml package, then checked with a zod schema). This module reads those files (and nothing else):
 * it is pure TypeScript, so the shell, the renderer and the tests all parse them the same way.
 *
 * A file looks like this:
 *
 *   ---
 *   id: screens-and-sleep            (must match the file name, screens-and-sleep.md)
 *   version: 1                       (whole number; raise it when the text changes)
 *   title: Screens and sleep         (quote it if it holds ": " or starts with a symbol)
 *   kind: tip-sheet
 *   themes: [sleep, online-safety]
 *   audiences: [parents, pupils]
 *   yearGroups: [Y5, Y6]             ([] means every year group)
 *   readingMinutes: 3                (within 2 of estimateReadingMinutes(body))
 *   tags: [screens, bedtime]
 *   sources:
 *     - title: "NHS: Healthy sleep tips for children"
 *       url: https://www.nhs.uk/...
 *   ---
 *   # Screens and sleep
 *   ...plain CommonMark...
 *
 * Anything else is refused with a FileFormatError naming the file and the field, so a mistake in
 * a resource fails the tests instead of reaching a school. The body must be plain markdown: no raw
 * HTML, no images, and links only to https sites.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { YEAR_GROUPS, type YearGroup } from './domain';
import { isSafeExternalUrl } from './external-url';
import { checkAgainst, FileFormatError, KEBAB_ID, withoutUndefined, type FileProblem } from './file-format';
import { markdownProblems } from './markdown-safety';
import { AUDIENCES, RESOURCE_KINDS, THEMES, type Audience as AudienceName, type ResourceKind as ResourceKindName, type Theme as ThemeName } from './model';

// The lists come from the record modules, so a built-in and a stored resource always agree.
export { AUDIENCES, RESOURCE_KINDS, THEMES } from './model';
export type { Audience as AudienceName, ResourceKind as ResourceKindName, Theme as ThemeName } from './model';

export interface BuiltInResourceSource {
  title: string;
  url?: string;
}

export interface BuiltInResource {
  id: string;
  version: number;
  title: string;
  kind: ResourceKindName;
  themes: ThemeName[];
  audiences: AudienceName[];
  /** Empty means the resource suits every year group. */
  yearGroups: YearGroup[];
  readingMinutes: number;
  tags: string[];
  sources: BuiltInResourceSource[];
  bodyMarkdown: string;
}

/** The placeholders a built-in resource may use; the app fills them from the school's Settings. */
export const PLACEHOLDERS = ['school.name', 'school.mhstContact', 'school.dslContact'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** What a reader sees where the school has not filled in a setting yet. */
export const PLACEHOLDER_FALLBACKS: Readonly<Record<PlaceholderName, string>> = {
  'school.name': 'your school',
  'school.mhstContact': 'your school office, who can put you in touch with the Mental Health Support Team',
  'school.dslContact': 'your school office, who can put you in touch with the Designated Safeguarding Lead',
};

export const READING_WORDS_PER_MINUTE = 200;
/** A stored readingMinutes may differ from the estimate by this much (rounding, tables, scripts). */
export const READING_MINUTES_TOLERANCE = 2;

const FIELD_ORDER = ['id', 'version', 'title', 'kind', 'themes', 'audiences', 'yearGroups', 'readingMinutes', 'tags', 'sources'] as const;
const TAG_PATTERN = /^[a-z0-9]+(?:[ -][a-z0-9]+)*$/;
const TITLE_MAX = 120;
const SOURCE_TITLE_MAX = 400;

/** A whole number from min to max, in the words the library's tests and authors know. */
const count = (min: number, max: number) =>
  z
    .int({ error: (issue) => (issue.input === undefined ? 'is missing' : `must be a whole number, not "${String(issue.input)}"`) })
    .min(min, { error: (issue) => `must be between ${min} and ${max}, not ${String(issue.input)}` })
    .max(max, { error: (issue) => `must be between ${min} and ${max}, not ${String(issue.input)}` });

/** A list without repeats. */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).check((ctx) => {
    const repeated = ctx.value.find((value, i) => ctx.value.indexOf(value) !== i);
    if (repeated !== undefined) ctx.issues.push({ code: 'custom', message: `lists "${repeated}" twice`, input: ctx.value });
  });

const frontMatterSchema = z.strictObject(
  {
    id: z.string().regex(KEBAB_ID, { error: (issue) => `must be lower-case words joined by hyphens, not "${String(issue.input)}"` }),
    version: count(1, 10_000),
    title: z.string().trim().min(1, 'must not be empty').max(TITLE_MAX, `must be ${TITLE_MAX} characters or fewer`),
    kind: z.enum(RESOURCE_KINDS),
    themes: list(z.enum(THEMES)).min(1, 'must name at least one theme'),
    audiences: list(z.enum(AUDIENCES)).min(1, 'must name at least one audience'),
    yearGroups: list(z.enum(YEAR_GROUPS)),
    readingMinutes: count(1, 180),
    tags: list(z.string().regex(TAG_PATTERN, { error: (issue) => `must be lower-case words, not "${String(issue.input)}"` })),
    sources: z
      .array(
        z.strictObject({
          title: z.string().trim().min(1, 'is missing').max(SOURCE_TITLE_MAX, `must be ${SOURCE_TITLE_MAX} characters or fewer`),
          url: z
            .string()
            .refine((url) => isSafeExternalUrl(url) && url.startsWith('https://'), { error: (issue) => `must be a full https:// address, not "${String(issue.input)}"` })
            .optional(),
        }),
      )
      .min(1, 'must cite at least one source'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `has a field "${issue.keys[0]}" that Upstream does not know (known fields: ${FIELD_ORDER.join(', ')})` : undefined) },
);

/** The front matter, read by a real YAML parser with nothing clever allowed (no aliases, no duplicate keys). */
function readFrontMatter(yaml: string, fail: (field: string, detail: string) => never): unknown {
  const document = parseDocument(yaml, { schema: 'core', uniqueKeys: true, merge: false, prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos ? ` on line ${error.linePos[0].line + 1}` : '';
    if (error.code === 'DUPLICATE_KEY') fail('front matter', `gives the same field twice${line}`);
    fail('front matter', `is not valid YAML${line}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Put a value in double quotes if it holds ": " or starts with a symbol`);
  }
  try {
    return document.toJS({ maxAliasCount: 0 });
  } catch {
    return fail('front matter', 'must not use YAML anchors or aliases (& and *)');
  }
}

/**
 * Parses one library file. `fileName` may be a bare name or a path; only the last segment is used,
 * and the resource's id must equal it without ".md". A problem throws a FileFormatError whose field
 * is the front-matter field at fault, "front matter" for the block as a whole, or "body".
 * `checkMarkdown: false` skips the body's syntax-tree check (the slow part): only for the shipped
 * library at start-up, whose every file the tests check in full and which the app draws safely anyway.
 */
export function parseResourceFile(text: string, fileName: string, options: { checkMarkdown?: boolean } = {}): BuiltInResource {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const fail = (field: string, detail: string): never => {
    throw new FileFormatError(`${baseName}: ${field === 'front matter' || field === 'body' ? field : `"${field}"`} ${detail}`, field);
  };
  if (!baseName.endsWith('.md')) fail('front matter', 'must be in a file whose name ends in ".md"');

  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') fail('front matter', 'must start on the first line with "---"');
  const close = lines.indexOf('---', 1);
  if (close < 0) fail('front matter', 'must end with a line holding only "---"');

  const data = readFrontMatter(lines.slice(1, close).join('\n'), fail);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('front matter', 'must be a list of "name: value" lines');
  const checked = checkAgainst(frontMatterSchema, data);
  if ('problems' in checked) {
    const [{ path, message }] = checked.problems as [FileProblem];
    const [field, index, key] = path;
    if (field === undefined) return fail('front matter', message);
    return fail(String(field), field === 'sources' && typeof index === 'number' ? `entry ${index + 1}${key === undefined ? '' : ` ${String(key)}`} ${message}` : message);
  }
  const { id, version, title, kind, themes, audiences, yearGroups, readingMinutes, tags, sources } = checked.data;
  if (`${id}.md` !== baseName) fail('id', `is "${id}" but the file is named ${baseName}; they must match`);

  const afterClose = lines.slice(close + 1).join('\n');
  const leadingBlank = /^\n*/.exec(afterClose)![0].length;
  const bodyMarkdown = afterClose.slice(leadingBlank).replace(/\s+$/, '\n');
  checkBody(bodyMarkdown, close + 2 + leadingBlank, fail, options.checkMarkdown !== false);

  const estimate = estimateReadingMinutes(bodyMarkdown);
  if (Math.abs(readingMinutes - estimate) > READING_MINUTES_TOLERANCE) {
    fail('readingMinutes', `is ${readingMinutes} but the body reads in about ${estimate} (at ${READING_WORDS_PER_MINUTE} words a minute); keep them within ${READING_MINUTES_TOLERANCE}`);
  }
  return { id, version, title, kind, themes, audiences, yearGroups, readingMinutes, tags, sources: sources.map(withoutUndefined), bodyMarkdown };
}

/** Refuses anything in a body that is not plain markdown with [text](https://…) links, judged on its syntax tree. */
function checkBody(body: string, firstLineNo: number, fail: (field: string, detail: string) => never, checkMarkdown: boolean): void {
  if (body.trim() === '') fail('body', 'is empty');
  const lineOf = (index: number) => firstLineNo + body.slice(0, index).split('\n').length - 1;
  const [problem] = checkMarkdown ? markdownProblems(body, { strict: true }) : [];
  if (problem) fail('body', `has a problem on line ${firstLineNo + problem.line - 1}: ${problem.message}`);

  for (const match of body.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(match[1]!)) {
      fail('body', `uses an unknown placeholder {{${match[1]}}} on line ${lineOf(match.index)}; use one of ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
    }
  }
  const blanked = body.replace(/\{\{[^}]*\}\}/g, (placeholder) => ' '.repeat(placeholder.length));
  const stray = /\{\{|\}\}/.exec(blanked);
  if (stray) fail('body', `has an unclosed placeholder on line ${lineOf(stray.index)}`);
}

/** Minutes to read `markdown` at about 200 words a minute, never less than 1. */
export function estimateReadingMinutes(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, ']') // keep link text, drop the address
    .replace(/\{\{[^}]*\}\}/g, 'placeholder');
  const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  return Math.max(1, Math.round(words.length / READING_WORDS_PER_MINUTE));
}

/**
 * Replaces {{school.name}}, {{school.mhstContact}} and {{school.dslContact}} with the school's
 * settings. A blank or missing setting becomes a phrase that still reads well ("your school").
 * Values are inserted as plain text: newlines become spaces and characters markdown would read as
 * links, HTML or code are escaped. Unknown placeholders are left alone (the parser refuses them).
 */
export function fillPlaceholders(markdown: string, values: PlaceholderValues): string {
  return markdown.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (whole, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) return whole;
    const key = name as PlaceholderName;
    const given = values[key]?.replace(/\s+/g, ' ').trim();
    return given ? escapeMarkdownText(given) : PLACEHOLDER_FALLBACKS[key];
  });
}

function escapeMarkdownText(value: string): string {
  return value.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
