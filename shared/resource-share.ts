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
 * (shared/resource-validation.ts) before the caller writes anything; any problem refuses the whole
 * file with a message a lead can act on.
 */
import { normaliseResourceDraft, validateResourceDraft, type ResourceDraft } from './resource-validation';

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

export class ShareFileError extends Error {
  override readonly name = 'ShareFileError';
  constructor(
    message: string,
    /** Every problem found in the resources, when there is more than one. */
    readonly problems: string[] = [message],
  ) {
    super(message);
  }
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
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FILE_KEYS = new Set(['format', 'formatVersion', 'appVersion', 'exportedAt', 'resources', 'checksum']);
const RESOURCE_KEYS = new Set(['title', 'kind', 'themes', 'audiences', 'yearGroups', 'tags', 'sources', 'bodyMarkdown', 'basedOnBuiltIn']);
const SOURCE_KEYS = new Set(['title', 'url']);

class ForbiddenKey extends Error {}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, function (key, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey) {
      throw new ShareFileError(`This file contains a field named “${error.message}”, which Upstream never writes. It may have been tampered with, so nothing has been imported.`);
    }
    const trimmed = text.trim();
    const looksLikeOurs = trimmed.startsWith('{') && trimmed.slice(0, 200).includes(`"${SHARE_FORMAT}"`);
    const endedEarly = error instanceof SyntaxError && /end of (json )?input|unterminated|unexpected end/i.test(error.message);
    if (looksLikeOurs && (endedEarly || !trimmed.endsWith('}'))) {
      throw new ShareFileError('This file is incomplete: it stops part-way through, perhaps because a download or copy was cut short. Ask for it to be exported again.');
    }
    throw new ShareFileError(NOT_OURS);
  }
}

const str = (value: unknown): value is string => typeof value === 'string';
const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every(str);

/** One resource from the file, checked as the editor checks; returns it or the reasons it is refused. */
function readResource(value: unknown, index: number): { resource: SharedResource } | { problems: string[] } {
  const label = (title: unknown) => `Resource ${index + 1}${str(title) && title.trim() ? ` (“${title.trim().slice(0, 80)}”)` : ''}`;
  if (!isPlainObject(value)) return { problems: [`Resource ${index + 1} is not a resource.`] };
  const name = label(value['title']);
  const unknown = Object.keys(value).filter((k) => !RESOURCE_KEYS.has(k));
  if (unknown.length > 0) return { problems: [`${name} has a field Upstream does not know (“${unknown[0]}”).`] };
  const { title, kind, themes, audiences, yearGroups, tags, sources, bodyMarkdown, basedOnBuiltIn } = value;
  if (!str(title) || !str(kind) || !str(bodyMarkdown) || !strings(themes) || !strings(audiences) || !strings(yearGroups) || !strings(tags) || !Array.isArray(sources)) {
    return { problems: [`${name} is missing a field or has one of the wrong type.`] };
  }
  if (!sources.every((s) => isPlainObject(s) && str(s['title']) && (s['url'] === undefined || str(s['url'])) && Object.keys(s).every((k) => SOURCE_KEYS.has(k)))) {
    return { problems: [`${name} has a source Upstream cannot read.`] };
  }
  if (basedOnBuiltIn !== undefined && (!str(basedOnBuiltIn) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(basedOnBuiltIn) || basedOnBuiltIn.length > 100)) {
    return { problems: [`${name} names a built-in resource Upstream does not recognise.`] };
  }
  const draft = normaliseResourceDraft({
    title,
    kind: kind as ResourceDraft['kind'],
    themes: themes as ResourceDraft['themes'],
    audiences: audiences as ResourceDraft['audiences'],
    yearGroups: yearGroups as ResourceDraft['yearGroups'],
    tags,
    sources: (sources as Record<string, string>[]).map((s) => (s['url'] === undefined ? { title: s['title']! } : { title: s['title']!, url: s['url'] })),
    bodyMarkdown,
  });
  // Normalising drops unknown themes and the like silently; check the originals so nothing is lost unseen.
  const errors = validateResourceDraft({ ...draft, kind: kind as ResourceDraft['kind'], themes: themes as ResourceDraft['themes'], audiences: audiences as ResourceDraft['audiences'], yearGroups: yearGroups as ResourceDraft['yearGroups'] });
  const messages = Object.values(errors);
  if (messages.length > 0) return { problems: messages.map((m) => `${name}: ${m}`) };
  return { resource: basedOnBuiltIn === undefined ? draft : { ...draft, basedOnBuiltIn } };
}

/**
 * Reads and checks a whole file. Resolves with its resources, normalised, only when everything is
 * right; otherwise rejects with a ShareFileError whose message says what is wrong in plain words.
 */
export async function readShareFile(text: string): Promise<ReadShareFile> {
  if (typeof text !== 'string') throw new ShareFileError(NOT_OURS);
  if (text.length > SHARE_FILE_MAX_CHARS) throw new ShareFileError(`This file is too large to be a resources file from Upstream (the limit is ${SHARE_FILE_MAX_CHARS / 1024 / 1024} MB).`);
  if (text.trim() === '') throw new ShareFileError('This file is empty.');
  const data = parseJson(text.replace(/^\uFEFF/, ''));
  if (!isPlainObject(data) || data['format'] !== SHARE_FORMAT) throw new ShareFileError(NOT_OURS);

  const version = data['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ShareFileError('This resources file is damaged: its format version is missing or not a whole number.');
  if (version > SHARE_FORMAT_VERSION) {
    const from = str(data['appVersion']) ? ` (Upstream ${data['appVersion'].slice(0, 20)})` : '';
    throw new ShareFileError(`This file was made by a newer version of Upstream${from}. Update Upstream on this computer, then import it again. Nothing has been added.`);
  }
  const unknown = Object.keys(data).filter((k) => !FILE_KEYS.has(k));
  if (unknown.length > 0) throw new ShareFileError(`This resources file has a part Upstream does not know (“${unknown[0]}”), so it cannot be trusted. Nothing has been added.`);
  const { appVersion, exportedAt, resources, checksum } = data;
  if (!str(appVersion) || appVersion.length > 40 || !str(exportedAt) || Number.isNaN(Date.parse(exportedAt)) || !Array.isArray(resources) || !str(checksum)) {
    throw new ShareFileError('This resources file is damaged: part of it is missing.');
  }
  if (resources.length === 0) throw new ShareFileError('This file holds no resources.');
  if (resources.length > SHARE_FILE_MAX_RESOURCES) throw new ShareFileError(`This file holds ${resources.length} resources; Upstream imports at most ${SHARE_FILE_MAX_RESOURCES} at a time.`);
  const expected = `sha256:${await sha256Hex(canonicalJson(resources))}`;
  if (checksum !== expected) {
    throw new ShareFileError('This file has been changed or damaged since it was exported (its checksum does not match), so nothing has been imported. Ask for it to be exported again.');
  }

  const read = resources.map((r, i) => readResource(r, i));
  const problems = read.flatMap((r) => ('problems' in r ? r.problems : []));
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
    throw new ShareFileError(`Nothing has been imported. ${problems[0]}${more}`, problems);
  }
  return { appVersion, exportedAt, formatVersion: version, resources: read.map((r) => (r as { resource: SharedResource }).resource) };
}
