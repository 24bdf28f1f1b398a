/**
 * The file format for sharing resources between schools ("upstream-resources"), and the checks an
 * imported file must pass before anything is written.
 *
 *   {
 *     "format": "upstream-resources",
 *     "formatVersion": 1,
 *     "appVersion": "0.1.0",
 *     "exportedAt": "2026-11-24T09:00:00.000Z",
 *     "resources": [ { "title": …, "kind": …, "themes": […], "audiences": […], "yearGroups": […],
 *                      "tags": […], "sources": [{ "title": …, "url": … }], "bodyMarkdown": …,
 *                      "basedOnBuiltIn": "screens-and-sleep" (optional) } ],
 *     "checksum": "sha256:<hex of SHA-256 over canonicalJson(resources)>"
 *   }
 *
 * A file is read completely and every resource checked with the editor's own rules
 * (resourceDraftSchema in shared/resource-validation.ts) before the caller writes anything; any problem refuses the whole
 * file with a message a lead can act on.
 */
import { z } from 'zod';
import { checkAgainst, checkFormatHeader, describeIn, FileFormatError, KEBAB_ID, parseFileFormat, parseJsonFile, withMore, type FileProblem } from './file-format';
import { normaliseResourceDraft, resourceDraftSchema, type ResourceDraft } from './resource-validation';

export const SHARE_FORMAT = 'upstream-resources';
/** Raise when the shape of a shared resource changes; older Upstreams then refuse the file clearly. */
export const SHARE_FORMAT_VERSION = 1;
/** 10 MB of text: about a hundred times the whole built-in library. */
export const SHARE_FILE_MAX_CHARS = 10 * 1024 * 1024;
export const SHARE_FILE_MAX_RESOURCES = 1000;
export const SHARE_FILE_EXTENSION = 'json';

export interface SharedResource extends ResourceDraft {
  /** The built-in this resource is, or was copied from, so a school can see where it came from. */
  basedOnBuiltIn?: string;
}

export interface ShareFile {
  format: typeof SHARE_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  resources: SharedResource[];
  checksum: string;
}

export interface ReadShareFile {
  appVersion: string;
  exportedAt: string;
  formatVersion: number;
  resources: SharedResource[];
}

/** SHA-256 of the text's UTF-8 bytes, as lower-case hex (Web Crypto: the renderer, Node and the tests alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** JSON with object keys sorted and no spaces: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** Title and text with case, spacing and line endings ironed out: what "the same content" means. */
export function normaliseForContentHash(title: string, bodyMarkdown: string): string {
  const body = bodyMarkdown
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .toLowerCase();
  return `${title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}\n${body}`;
}

/** The digest stored as Resource.contentHash and used to spot duplicates on import. */
export function contentHash(title: string, bodyMarkdown: string): Promise<string> {
  return sha256Hex(normaliseForContentHash(title, bodyMarkdown));
}

function sharedResourceOf(resource: SharedResource): SharedResource {
  const shared: SharedResource = {
    title: resource.title,
    kind: resource.kind,
    themes: [...resource.themes],
    audiences: [...resource.audiences],
    yearGroups: [...resource.yearGroups],
    tags: [...resource.tags],
    sources: resource.sources.map((s) => (s.url === undefined ? { title: s.title } : { title: s.title, url: s.url })),
    bodyMarkdown: resource.bodyMarkdown,
  };
  if (resource.basedOnBuiltIn) shared.basedOnBuiltIn = resource.basedOnBuiltIn;
  return shared;
}

/** The file's text: readable JSON with a checksum over the canonical JSON of its resources. */
export async function buildShareFile(resources: readonly SharedResource[], meta: { appVersion: string; exportedAt: string }): Promise<string> {
  const list = resources.map(sharedResourceOf);
  const file: ShareFile = {
    format: SHARE_FORMAT,
    formatVersion: SHARE_FORMAT_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    resources: list,
    checksum: `sha256:${await sha256Hex(canonicalJson(list))}`,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const NOT_OURS = 'This is not an Upstream resources file. Choose a file that was exported from the resource library in Upstream.';
const DAMAGED = 'This resources file is damaged: part of it is missing.';

const shareFileSchema = z.strictObject(
  {
    format: z.literal(SHARE_FORMAT),
    formatVersion: z.int(),
    appVersion: z.string({ error: DAMAGED }).max(40, DAMAGED),
    exportedAt: z.string({ error: DAMAGED }).refine((date) => !Number.isNaN(Date.parse(date)), DAMAGED),
    resources: z
      .array(z.unknown(), { error: DAMAGED })
      .min(1, 'This file holds no resources.')
      .max(SHARE_FILE_MAX_RESOURCES, { error: (issue) => `This file holds ${(issue.input as unknown[]).length} resources; Upstream imports at most ${SHARE_FILE_MAX_RESOURCES} at a time.` }),
    checksum: z.string({ error: DAMAGED }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `This resources file has a part Upstream does not know (“${issue.keys[0]}”), so it cannot be trusted. Nothing has been added.` : undefined) },
);

/** What a resource in the file must look like before the editor's rules are applied to it. */
const sharedResourceSchema = z.strictObject({
  title: z.string(),
  kind: z.string(),
  themes: z.array(z.string()),
  audiences: z.array(z.string()),
  yearGroups: z.array(z.string()),
  tags: z.array(z.string()),
  sources: z.array(z.strictObject({ title: z.string(), url: z.string().optional() })),
  bodyMarkdown: z.string(),
  /** The built-in this resource is, or was copied from, so a school can see where it came from. */
  basedOnBuiltIn: z.string().max(100).regex(KEBAB_ID).optional(),
});

const RESOURCE_FIELDS: Record<string, string> = { yearGroups: 'year groups', bodyMarkdown: 'text', basedOnBuiltIn: 'the built-in it is based on' };

/** Problems in one resource from the file, checked as the editor checks, in words that name the resource. */
function resourceProblems(value: unknown, index: number, resources: unknown[]): { resource: SharedResource } | { problems: string[] } {
  const describe = describeIn({ resources }, { whole: 'The file', items: { resources: 'Resource' }, fields: RESOURCE_FIELDS });
  const at = (problems: FileProblem[]) => problems.map((p) => describe({ ...p, path: ['resources', index, ...p.path] }));
  const shape = checkAgainst(sharedResourceSchema, value);
  if ('problems' in shape) return { problems: at(shape.problems) };
  const { basedOnBuiltIn, ...fields } = shape.data;
  const draft = normaliseResourceDraft(fields as ResourceDraft);
  // Normalising drops unknown themes and the like silently; check the originals so nothing is lost unseen.
  const checked = checkAgainst(resourceDraftSchema, { ...draft, kind: fields.kind, themes: fields.themes, audiences: fields.audiences, yearGroups: fields.yearGroups });
  if ('problems' in checked) return { problems: at(checked.problems) };
  return { resource: basedOnBuiltIn === undefined ? draft : { ...draft, basedOnBuiltIn } };
}

/**
 * Reads and checks a whole file. Resolves with its resources, normalised, only when everything is
 * right; otherwise rejects with a FileFormatError whose message says what is wrong in plain words.
 */
export async function readShareFile(text: string): Promise<ReadShareFile> {
  if (typeof text !== 'string') throw new FileFormatError(NOT_OURS);
  if (text.length > SHARE_FILE_MAX_CHARS) throw new FileFormatError(`This file is too large to be a resources file from Upstream (the limit is ${SHARE_FILE_MAX_CHARS / 1024 / 1024} MB).`);
  if (text.trim() === '') throw new FileFormatError('This file is empty.');
  const data = parseJsonFile(text, (error) => {
    const trimmed = text.trim();
    const looksLikeOurs = trimmed.replace(/^\uFEFF/, '').startsWith('{') && trimmed.slice(0, 200).includes(`"${SHARE_FORMAT}"`);
    const endedEarly = error instanceof SyntaxError && /end of (json )?input|unterminated|unexpected end/i.test(error.message);
    return looksLikeOurs && (endedEarly || !trimmed.endsWith('}')) ? 'This file is incomplete: it stops part-way through, perhaps because a download or copy was cut short. Ask for it to be exported again.' : NOT_OURS;
  });
  const version = checkFormatHeader(data, SHARE_FORMAT, SHARE_FORMAT_VERSION, {
    damaged: NOT_OURS,
    badVersion: 'This resources file is damaged: its format version is missing or not a whole number.',
    newer: (_version, file) => {
      const from = typeof file['appVersion'] === 'string' ? ` (Upstream ${file['appVersion'].slice(0, 20)})` : '';
      return `This file was made by a newer version of Upstream${from}. Update Upstream on this computer, then import it again. Nothing has been added.`;
    },
  });
  const { appVersion, exportedAt, resources, checksum } = parseFileFormat(shareFileSchema, data, (problem) => problem.message);
  const expected = `sha256:${await sha256Hex(canonicalJson(resources))}`;
  if (checksum !== expected) {
    throw new FileFormatError('This file has been changed or damaged since it was exported (its checksum does not match), so nothing has been imported. Ask for it to be exported again.', 'checksum');
  }

  const read = resources.map((r, i) => resourceProblems(r, i, resources));
  const problems = read.flatMap((r) => ('problems' in r ? r.problems : []));
  if (problems.length > 0) throw new FileFormatError(`Nothing has been imported. ${withMore(problems[0]!, problems.length)}`, 'resources', problems);
  return { appVersion, exportedAt, formatVersion: version, resources: read.map((r) => (r as { resource: SharedResource }).resource) };
}
