/**
 * Upstream's built-in resource library: one markdown file per resource in resources/library/, with
 * front matter in a small, strict subset of YAML. This module reads those files (and nothing else):
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
 * Anything else is refused with a ResourceFormatError naming the file and the field, so a mistake in
 * a resource fails the tests instead of reaching a school. The body must be plain CommonMark: no raw
 * HTML, no images, and links only to https sites.
 */
import { YEAR_GROUPS, type YearGroup } from './domain';

/** Must match ResourceKind in renderer/src/db/records.ts (a test compares the two). */
export const RESOURCE_KINDS = [
  'tip-sheet',
  'parent-handout',
  'assembly-script',
  'pshe-lesson',
  'workshop-activity',
  'website-copy',
  'letter',
  'poster',
  'signposting',
] as const;
export type ResourceKindName = (typeof RESOURCE_KINDS)[number];

/** Must match Theme in renderer/src/db/records.ts. */
export const THEMES = [
  'sleep',
  'exam-stress',
  'anxiety',
  'friendships',
  'healthy-eating',
  'physical-activity',
  'online-safety',
  'bereavement',
  'other',
] as const;
export type ThemeName = (typeof THEMES)[number];

/** Must match Audience in renderer/src/db/records.ts. */
export const AUDIENCES = ['pupils', 'parents', 'staff', 'community'] as const;
export type AudienceName = (typeof AUDIENCES)[number];

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

export class ResourceFormatError extends Error {
  override readonly name = 'ResourceFormatError';

  constructor(
    readonly fileName: string,
    /** The front-matter field at fault, "front matter" for the block as a whole, or "body". */
    readonly field: string,
    detail: string,
  ) {
    super(`${fileName}: ${field === 'front matter' || field === 'body' ? field : `"${field}"`} ${detail}`);
  }
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
type FieldName = (typeof FIELD_ORDER)[number];
const LIST_FIELDS: ReadonlySet<FieldName> = new Set(['themes', 'audiences', 'yearGroups', 'tags']);

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG_PATTERN = /^[a-z0-9]+(?:[ -][a-z0-9]+)*$/;
const TITLE_MAX = 120;
const SOURCE_TITLE_MAX = 400;
const URL_MAX = 2000;

type Fail = (field: string, detail: string) => never;

type RawValue = { kind: 'scalar'; value: string; quoted: boolean } | { kind: 'list'; items: string[] } | { kind: 'sources'; items: BuiltInResourceSource[] };

/**
 * Parses one library file. `fileName` may be a bare name or a path; only the last segment is used,
 * and the resource's id must equal it without ".md".
 */
export function parseResourceFile(text: string, fileName: string): BuiltInResource {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const fail: Fail = (field, detail) => {
    throw new ResourceFormatError(baseName, field, detail);
  };
  if (!baseName.endsWith('.md')) fail('front matter', 'must be in a file whose name ends in ".md"');

  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') fail('front matter', 'must start on the first line with "---"');
  const close = lines.indexOf('---', 1);
  if (close < 0) fail('front matter', 'must end with a line holding only "---"');

  const raw = readFrontMatter(lines.slice(1, close), fail);
  for (const field of FIELD_ORDER) if (!raw.has(field)) fail(field, 'is missing');

  const scalar = (field: FieldName): string => {
    const value = raw.get(field)!;
    if (value.kind !== 'scalar') return fail(field, 'must be a single value, not a list');
    const text = value.value.trim();
    if (text === '') fail(field, 'must not be empty');
    return text;
  };
  const list = (field: FieldName): string[] => {
    const value = raw.get(field)!;
    if (value.kind !== 'list') return fail(field, 'must be a list in square brackets, e.g. [a, b]');
    const items = value.items;
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item)) fail(field, `lists "${item}" twice`);
      seen.add(item);
    }
    return items;
  };
  const wholeNumber = (field: FieldName, min: number, max: number): number => {
    const text = scalar(field);
    const value = raw.get(field);
    if (!/^[0-9]+$/.test(text) || (value?.kind === 'scalar' && value.quoted)) fail(field, `must be a whole number, not "${text}"`);
    const n = Number(text);
    if (n < min || n > max) fail(field, `must be between ${min} and ${max}, not ${n}`);
    return n;
  };
  const oneOf = <T extends string>(field: FieldName, value: string, allowed: readonly T[]): T => {
    if (!(allowed as readonly string[]).includes(value)) fail(field, `must be one of ${allowed.join(', ')} (found "${value}")`);
    return value as T;
  };

  const id = scalar('id');
  if (!ID_PATTERN.test(id)) fail('id', `must be lower-case words joined by hyphens, not "${id}"`);
  if (`${id}.md` !== baseName) fail('id', `is "${id}" but the file is named ${baseName}; they must match`);

  const version = wholeNumber('version', 1, 10_000);

  const title = scalar('title');
  if (title.length > TITLE_MAX) fail('title', `must be ${TITLE_MAX} characters or fewer`);

  const kind = oneOf('kind', scalar('kind'), RESOURCE_KINDS);

  const themes = list('themes').map((t) => oneOf('themes', t, THEMES));
  if (themes.length === 0) fail('themes', 'must name at least one theme');

  const audiences = list('audiences').map((a) => oneOf('audiences', a, AUDIENCES));
  if (audiences.length === 0) fail('audiences', 'must name at least one audience');

  const yearGroups = list('yearGroups').map((g) => oneOf('yearGroups', g, YEAR_GROUPS));

  const readingMinutes = wholeNumber('readingMinutes', 1, 180);

  const tags = list('tags');
  for (const tag of tags) if (!TAG_PATTERN.test(tag)) fail('tags', `must be lower-case words, not "${tag}"`);

  const sourcesValue = raw.get('sources')!;
  if (sourcesValue.kind !== 'sources') return fail('sources', 'must be a list of "- title:" entries on the lines below "sources:"');
  const sources = sourcesValue.items;
  if (sources.length === 0) fail('sources', 'must cite at least one source');
  for (const source of sources) {
    if (source.title.trim() === '') fail('sources', 'has an entry with an empty title');
    if (source.title.length > SOURCE_TITLE_MAX) fail('sources', `has a title longer than ${SOURCE_TITLE_MAX} characters`);
    if (source.url !== undefined && !isHttpsUrl(source.url)) fail('sources', `url must be a full https:// address, not "${source.url}"`);
  }

  const afterClose = lines.slice(close + 1).join('\n');
  const leadingBlank = /^\n*/.exec(afterClose)![0].length;
  const bodyMarkdown = afterClose.slice(leadingBlank).replace(/\s+$/, '\n');
  checkBody(bodyMarkdown, close + 2 + leadingBlank, fail);

  const estimate = estimateReadingMinutes(bodyMarkdown);
  if (Math.abs(readingMinutes - estimate) > READING_MINUTES_TOLERANCE) {
    fail('readingMinutes', `is ${readingMinutes} but the body reads in about ${estimate} (at ${READING_WORDS_PER_MINUTE} words a minute); keep them within ${READING_MINUTES_TOLERANCE}`);
  }

  return { id, version, title, kind, themes, audiences, yearGroups, readingMinutes, tags, sources, bodyMarkdown };
}

function readFrontMatter(lines: string[], fail: Fail): Map<FieldName, RawValue> {
  const fields = new Map<FieldName, RawValue>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const lineNo = i + 2;
    i++;
    if (line.trim() === '') continue;
    const match = /^([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/.exec(line);
    if (!match) fail('front matter', `line ${lineNo} is not "name: value" ("${line.trim()}")`);
    const key = match![1]!;
    const rest = (match![2] ?? '').trim();
    if (!(FIELD_ORDER as readonly string[]).includes(key)) fail(key, `is not a known field (known fields: ${FIELD_ORDER.join(', ')})`);
    const field = key as FieldName;
    if (fields.has(field)) fail(field, 'appears twice');

    if (field === 'sources') {
      if (rest === '[]') {
        fields.set(field, { kind: 'sources', items: [] });
        continue;
      }
      if (rest !== '') fail('sources', 'must be followed by "- title:" entries on the lines below');
      const start = i;
      while (i < lines.length && (lines[i]!.startsWith(' ') || lines[i]!.trim() === '')) i++;
      fields.set(field, { kind: 'sources', items: readSources(lines.slice(start, i), start + 2, fail) });
      continue;
    }
    if (i < lines.length && lines[i]!.startsWith(' ') && lines[i]!.trim() !== '') fail(field, `must be on one line (line ${i + 2} is indented)`);
    if (LIST_FIELDS.has(field)) {
      fields.set(field, { kind: 'list', items: readFlowList(rest, field, fail) });
    } else {
      if (rest.startsWith('[')) fail(field, 'must be a single value, not a list');
      fields.set(field, readScalar(rest, field, fail));
    }
  }
  return fields;
}

function readSources(lines: string[], firstLineNo: number, fail: Fail): BuiltInResourceSource[] {
  const items: BuiltInResourceSource[] = [];
  let current: Partial<BuiltInResourceSource> | undefined;
  let itemIndent = -1;
  const finish = () => {
    if (current === undefined) return;
    if (current.title === undefined) fail('sources', `entry ${items.length + 1} has no title`);
    items.push(current.url === undefined ? { title: current.title! } : { title: current.title!, url: current.url });
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNo = firstLineNo + index;
    const item = /^( +)- ([A-Za-z]+):(?: (.*))?$/.exec(line);
    const cont = /^( +)([A-Za-z]+):(?: (.*))?$/.exec(line);
    let key: string;
    let value: string;
    if (item) {
      if (itemIndent >= 0 && item[1]!.length !== itemIndent) fail('sources', `line ${lineNo} is indented differently from the entries above it`);
      itemIndent = item[1]!.length;
      finish();
      current = {};
      key = item[2]!;
      value = (item[3] ?? '').trim();
    } else if (cont && current !== undefined && cont[1]!.length === itemIndent + 2) {
      key = cont[2]!;
      value = (cont[3] ?? '').trim();
    } else {
      return fail('sources', `line ${lineNo} should be "- title: ..." or "url: ..." lined up under the title ("${line.trim()}")`);
    }
    if (key !== 'title' && key !== 'url') fail('sources', `entries may only have a title and a url, not "${key}" (line ${lineNo})`);
    if (current![key] !== undefined) fail('sources', `entry ${items.length + 1} has two "${key}" lines`);
    current![key] = readScalar(value, 'sources', fail).value;
  });
  finish();
  return items;
}

/** A plain scalar, or a double-quoted one with \" and \\ escapes. Refuses YAML features we don't read. */
function readScalar(text: string, field: string, fail: Fail): { kind: 'scalar'; value: string; quoted: boolean } {
  if (text.startsWith('"')) {
    const match = /^"((?:[^"\\]|\\["\\])*)"$/.exec(text);
    if (!match) fail(field, `has a quoted value that is not closed properly, or uses an escape other than \\" or \\\\ (${text})`);
    return { kind: 'scalar', value: match![1]!.replace(/\\(["\\])/g, '$1'), quoted: true };
  }
  if (/^[[\]{}&*!|>'%@`#,]/.test(text) || /^[-?:](?:\s|$)/.test(text)) fail(field, `must be put in double quotes because it starts with "${text[0]}"`);
  if (/: |:$| #/.test(text)) fail(field, 'must be put in double quotes because it contains ": " or " #"');
  return { kind: 'scalar', value: text, quoted: false };
}

function readFlowList(text: string, field: string, fail: Fail): string[] {
  if (!text.startsWith('[') || !text.endsWith(']')) fail(field, 'must be a list in square brackets, e.g. [a, b]');
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  const items: string[] = [];
  const pattern = /\s*("(?:[^"\\]|\\["\\])*"|[^,"[\]{}]+)\s*(,|$)/y;
  let at = 0;
  while (at < inner.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(inner);
    if (!match || match[0] === '') fail(field, `is not a simple list of values ("${text}")`);
    const token = match![1]!.trim();
    const value = readScalar(token, field, fail).value.trim();
    if (value === '') fail(field, 'has an empty item');
    items.push(value);
    at = pattern.lastIndex;
    if (match![2] === ',' && at >= inner.length) fail(field, 'ends with a comma');
  }
  return items;
}

function isHttpsUrl(value: string): boolean {
  if (value.length > URL_MAX || !value.startsWith('https://')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Refuses anything in a body that is not plain CommonMark with https links. */
function checkBody(body: string, firstLineNo: number, fail: Fail): void {
  if (body.trim() === '') fail('body', 'is empty');
  const lineOf = (index: number) => firstLineNo + body.slice(0, index).split('\n').length - 1;
  const find = (pattern: RegExp) => {
    const match = pattern.exec(body);
    return match ? { text: match[0], line: lineOf(match.index) } : undefined;
  };

  const html = find(/<[A-Za-z!/?]/);
  if (html) fail('body', `must not contain raw HTML or <...> links (found "${html.text}" on line ${html.line}); write [text](https://...) instead`);
  const image = find(/!\[/);
  if (image) fail('body', `must not contain images (found "![" on line ${image.line})`);
  const script = find(/javascript:|vbscript:/i);
  if (script) fail('body', `must not contain ${script.text} links (line ${script.line})`);
  const insecure = find(/http:\/\//i);
  if (insecure) fail('body', `links must use https://, not http:// (line ${insecure.line})`);

  for (const pattern of [/\]\(\s*<?([^)\s>]*)/g, /^ {0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)/gm]) {
    for (const match of body.matchAll(pattern)) {
      const target = match[1]!;
      if (!isHttpsUrl(target)) fail('body', `links must go to full https:// addresses, not "${target}" (line ${lineOf(match.index)})`);
    }
  }

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
