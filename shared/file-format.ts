/**
 * What every file Upstream reads has in common (resource shares, campaign and workshop templates,
 * the built-in library's front matter): the file is parsed, then checked against a zod schema, and
 * anything wrong becomes one FileFormatError naming the field ("activities[2].weekOffset") with a
 * message a wellbeing lead can act on ("Activity 3 (“Assembly”): week must be a whole number…").
 *
 * Pure TypeScript: the shell, the renderer and the tests read files the same way.
 */
import { z } from 'zod';

/** A file, or part of one, that Upstream will not use. Nothing has been written when it is thrown. */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
  constructor(
    message: string,
    /** Where the first problem is, e.g. "activities[2].weekOffset"; "" for the file as a whole. */
    readonly field = '',
    /** Every problem found, each a sentence; the message is the first of them. */
    readonly problems: string[] = [message],
  ) {
    super(message);
  }
}

/** ["activities", 2, "weekOffset"] → "activities[2].weekOffset". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

/** Keys that could reach an object's prototype: never written by Upstream, refused wherever they appear. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class PrototypeKey extends Error {}

/**
 * JSON text to a value, refusing any __proto__, constructor or prototype key before it can reach an
 * object. `unreadable` says, for a lead, why text that is not JSON was refused.
 */
export function parseJsonFile(text: string, unreadable: (error: unknown) => string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''), function (key, value: unknown) {
      if (PROTOTYPE_KEYS.has(key)) throw new PrototypeKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof PrototypeKey) {
      throw new FileFormatError(`This file contains a field named “${error.message}”, which Upstream never writes. It may have been tampered with, so nothing has been imported.`, error.message);
    }
    throw new FileFormatError(unreadable(error));
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of fields',
};

function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
}

/** Plain-English wording for the checks a schema did not word itself: "is missing", "must be a list". */
export const plainEnglish: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${quoted(issue.values[0])}` : `must be one of ${issue.values.join(', ')} (found ${quoted(issue.input)})`;
    case 'unrecognized_keys':
      return `has a field Upstream does not know (${quoted(issue.keys[0])})`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must list at least ${issue.minimum}`;
      return `must be ${issue.minimum} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `must be ${issue.maximum} characters or fewer`;
      if (issue.origin === 'array') return `must list ${issue.maximum} or fewer`;
      return `must be ${issue.maximum} or less`;
    case 'invalid_format':
      return 'is not written in the expected form';
    default:
      return 'is not valid';
  }
};

export interface FileProblem {
  path: PropertyKey[];
  /** fieldPath(path). */
  field: string;
  /** The schema's own words, or plainEnglish's: "is missing", "must be a whole number from 0 to 200". */
  message: string;
}

/** Checks `value` against `schema`: the parsed data, or every problem found. */
export function checkAgainst<S extends z.ZodType>(schema: S, value: unknown): { data: z.output<S> } | { problems: FileProblem[] } {
  const result = schema.safeParse(value, { error: plainEnglish });
  if (result.success) return { data: result.data };
  return { problems: result.error.issues.map((issue) => ({ path: issue.path as PropertyKey[], field: fieldPath(issue.path as PropertyKey[]), message: issue.message })) };
}

/** "Resource 2: title is missing" plus "(and 3 more problems)" when there are more. */
export function withMore(first: string, count: number): string {
  const more = count - 1;
  return more > 0 ? `${first} (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : first;
}

/**
 * Parses `value` with `schema`, or throws one FileFormatError. `describe` turns a problem into a
 * sentence for the lead (by default "<field> <message>."), so each format can name things its way.
 */
export function parseFileFormat<S extends z.ZodType>(schema: S, value: unknown, describe: (problem: FileProblem) => string = (p) => sentence(`${p.field} ${p.message}`)): z.output<S> {
  const checked = checkAgainst(schema, value);
  if ('data' in checked) return checked.data;
  const problems = checked.problems.map(describe);
  throw new FileFormatError(problems[0]!, checked.problems[0]!.field, problems);
}

/** Upper-case first letter and a full stop: "title is missing" → "Title is missing.". */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

/** Lower-case words and numbers joined by hyphens, e.g. "sleep-well": the ids in every format. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ── Pieces the formats' schemas share ─────────────────────────────────────────────────────────────

/** Text that must be there: trimmed, and blank counts as missing. */
export const requiredText = z.string().trim().min(1, 'is missing');

/** Text that may be left out (or null); blank counts as left out. */
export const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || undefined)
  .optional();

/** A whole number from min to max; `message` says so in the format's own words. */
export function wholeNumber(min: number, max: number, message = `must be a whole number from ${min} to ${max}`) {
  const error = (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : message);
  return z.int({ error }).min(min, { error }).max(max, { error });
}

/** A list drawn from `allowed`, returned in `allowed`'s order without repeats. */
export function orderedSet<const T extends readonly [string, ...string[]]>(allowed: T, element: z.ZodType<T[number]> = z.enum(allowed)) {
  return z.array(element).transform((list) => allowed.filter((item) => list.includes(item)) as T[number][]);
}

/** The object without its undefined fields, so a parsed record holds only what the file gave. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The format and version every Upstream file starts with. Throws `damaged` when the file is not this
 * format, and asks for a newer Upstream when it was written by one.
 */
export function checkFormatHeader(
  value: unknown,
  format: string,
  newestVersion: number,
  messages: { damaged: string; badVersion?: string; newer: (version: number, file: Record<string, unknown>) => string },
): number {
  const header = z.looseObject({ format: z.literal(format), formatVersion: z.int().min(1) }).safeParse(value);
  if (!header.success) {
    const versionOnly = header.error.issues.every((issue) => issue.path[0] === 'formatVersion');
    throw new FileFormatError(versionOnly ? (messages.badVersion ?? messages.damaged) : messages.damaged, versionOnly ? 'formatVersion' : 'format');
  }
  const version = header.data.formatVersion;
  if (version > newestVersion) throw new FileFormatError(messages.newer(version, header.data), 'formatVersion');
  return version;
}

/**
 * Words for a problem in a file with lists of named items: "Activity 3 (“Launch assembly”): week
 * must be …", "Section 1: A section needs at least 1 minute.", "The template’s title is missing."
 * A message the schema wrote as a whole sentence (capital first) is used as it is.
 */
export function describeIn(input: unknown, words: { whole: string; items: Record<string, string>; fields?: Record<string, string> }): (problem: FileProblem) => string {
  const fieldName = (key: PropertyKey) => words.fields?.[String(key)] ?? String(key);
  const isSentence = (message: string) => /^[A-Z]/.test(message);
  return ({ path, message }) => {
    const [top, index, key, ...deeper] = path;
    const item = top === undefined ? undefined : words.items[String(top)];
    if (item !== undefined && typeof index === 'number') {
      const found: unknown = (input as Record<string, unknown[] | undefined>)[String(top)]?.[index];
      const title = typeof found === 'object' && found !== null ? (found as Record<string, unknown>)['title'] : undefined;
      const name = `${item} ${index + 1}${typeof title === 'string' && title.trim() ? ` (“${title.trim().slice(0, 80)}”)` : ''}`;
      if (key === undefined) return sentence(`${name} ${message === 'must be a set of fields' ? 'cannot be read' : message}`);
      const field = deeper.some((k) => typeof k === 'number') ? fieldPath([key, ...deeper]) : fieldName(key);
      return sentence(`${name}: ${isSentence(message) ? message : `${field} ${message}`}`);
    }
    if (isSentence(message)) return sentence(message);
    return sentence(top === undefined ? `${words.whole} ${message}` : `${words.whole}’s ${fieldName(top)} ${message}`);
  };
}
