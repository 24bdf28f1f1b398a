/**
 * Upstream's backup file: one JSON document holding every table.
 *
 *   {
 *     "format": "upstream-backup", "formatVersion": 1,
 *     "appVersion": "0.1.0", "schemaVersion": 2, "createdAt": "2026-11-24T09:00:00.000Z",
 *     "school": "Riverside Academy",
 *     "counts": { "campaigns": 3, ... },          // rows per table
 *     "checksum": "sha256:…",                     // SHA-256 of the canonical JSON of "tables"
 *     "tables": { "campaigns": [ … ], ... }
 *   }
 *
 * Validation happens before anything is written; a file that fails says why in words a school
 * lead can act on.
 */

import { recordProblem } from './model';

export const BACKUP_FORMAT = 'upstream-backup';
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The one limit for a backup, wherever it goes: saved with "Back up now", written as an automatic
 * backup, or restored. A large secondary school's ten years (about 118,000 records) measure about
 * 25 MB (tests/db/backup-size.test.ts), so this leaves eight times that as headroom while still
 * refusing a runaway file before parsing it. Every other file Upstream saves is far smaller.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** True when text's UTF-8 form fits the backup limit; encodes only when the quick bound is not enough. */
export function fitsBackupLimit(text: string): boolean {
  // A UTF-16 code unit never takes more than 3 bytes in UTF-8, nor less than 1.
  if (text.length > MAX_BACKUP_BYTES) return false;
  return text.length * 3 <= MAX_BACKUP_BYTES || new TextEncoder().encode(text).byteLength <= MAX_BACKUP_BYTES;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  school: string | null;
  counts: Record<string, number>;
  checksum: string;
  tables: Record<string, Record<string, unknown>[]>;
}

/** What the schema declared at a version: table names and each table's primary key path. */
export interface SchemaShape {
  currentVersion: number;
  tablesAt(version: number): Record<string, { primaryKey: string; autoIncrement: boolean }> | undefined;
}

export type BackupCheck = { ok: true; backup: BackupFile } | { ok: false; message: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON with object keys sorted, so the same data always gives the same text (and checksum). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as object)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export async function sha256(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export async function buildBackup(tables: Record<string, Record<string, unknown>[]>, meta: { appVersion: string; schemaVersion: number; school: string | null; now?: Date }): Promise<BackupFile> {
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: (meta.now ?? new Date()).toISOString(),
    school: meta.school,
    counts,
    checksum: await sha256(canonicalJson(tables)),
    tables,
  };
}

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasForbiddenKey(v, depth + 1));
  return Object.keys(value).some((k) => FORBIDDEN_KEYS.has(k) || hasForbiddenKey((value as Record<string, unknown>)[k], depth + 1));
}

const TOO_LARGE = `This file is larger than any Upstream backup can be (${MAX_BACKUP_BYTES / 1024 / 1024} MB). Nothing has been changed.`;
const NOT_OURS = 'This file is not an Upstream backup, or it is damaged. Nothing has been changed.';

/** Parses the text of a backup file, refusing anything too large or not JSON. */
export function parseBackupText(text: string): unknown {
  if (!fitsBackupLimit(text)) throw new BackupError(TOO_LARGE);
  try {
    // Reject prototype-pollution keys while parsing, not after.
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError(NOT_OURS);
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(text.trim().startsWith('{') ? 'This backup file is incomplete or damaged (it may have been cut short while copying). Nothing has been changed.' : NOT_OURS);
  }
}

/**
 * Names what the file needs, so "made by a newer version (0.1.0)" never appears while 0.1.0 runs:
 * the file's backup format or data version is what this Upstream cannot read.
 */
function newerVersionMessage(file: Record<string, unknown>, schemaVersion: number, currentVersion: number): string {
  const madeBy = typeof file['appVersion'] === 'string' && file['appVersion'].length <= 40 ? ` It was made by Upstream ${file['appVersion']}.` : '';
  const needs =
    (file['formatVersion'] as number) > BACKUP_FORMAT_VERSION
      ? `backup format ${String(file['formatVersion'])}, and this Upstream reads format ${BACKUP_FORMAT_VERSION}`
      : `data version ${schemaVersion}, and this Upstream reads data up to version ${currentVersion}`;
  return `This backup needs a newer Upstream: it uses ${needs}.${madeBy} Update Upstream, then restore it. Nothing has been changed.`;
}

/** What each table holds, in the school's words, for messages and the restore preview. */
export const TABLE_LABELS: Record<string, string> = {
  settings: 'school settings',
  campaigns: 'campaigns',
  activities: 'activities',
  resources: 'resources',
  resourceLinks: 'resources attached to plans',
  workshopPlans: 'workshop plans',
  checkIns: 'drop-in sessions',
  surveyWaves: 'surveys',
  surveyResults: 'survey totals',
  indicators: 'indicators',
  partners: 'partners',
  contacts: 'partner contacts',
  audit: 'log of imports, exports and backups',
  campaignTemplates: 'your campaign templates',
};

export function tableLabel(name: string): string {
  return TABLE_LABELS[name] ?? name;
}

/** "a, b and c" */
function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Checks everything about a parsed backup before a single record is written. */
export async function checkBackup(value: unknown, schema: SchemaShape): Promise<BackupCheck> {
  const fail = (message: string): BackupCheck => ({ ok: false, message });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail(NOT_OURS);
  if (hasForbiddenKey(value)) return fail(NOT_OURS);
  const file = value as Record<string, unknown>;
  if (file['format'] !== BACKUP_FORMAT) return fail(NOT_OURS);
  if (typeof file['formatVersion'] !== 'number' || !Number.isInteger(file['formatVersion']) || file['formatVersion'] < 1) return fail(NOT_OURS);
  const schemaVersion = file['schemaVersion'];
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) return fail(NOT_OURS);
  if (file['formatVersion'] > BACKUP_FORMAT_VERSION || schemaVersion > schema.currentVersion) return fail(newerVersionMessage(file, schemaVersion, schema.currentVersion));
  if (typeof file['createdAt'] !== 'string' || Number.isNaN(Date.parse(file['createdAt']))) return fail(NOT_OURS);
  if (typeof file['appVersion'] !== 'string' || typeof file['checksum'] !== 'string') return fail(NOT_OURS);
  if (file['school'] !== null && typeof file['school'] !== 'string') return fail(NOT_OURS);
  const tables = file['tables'];
  const counts = file['counts'];
  if (!tables || typeof tables !== 'object' || Array.isArray(tables) || !counts || typeof counts !== 'object' || Array.isArray(counts)) return fail(NOT_OURS);

  const declared = schema.tablesAt(schemaVersion);
  if (!declared) return fail(NOT_OURS);
  for (const [name, rows] of Object.entries(tables as Record<string, unknown>)) {
    const table = declared[name];
    if (!table) return fail(`This backup has a table Upstream does not know (“${name.slice(0, 40)}”). Nothing has been changed.`);
    if (!Array.isArray(rows)) return fail(NOT_OURS);
    if ((counts as Record<string, unknown>)[name] !== rows.length) return fail('This backup is incomplete: its record counts do not match what it holds. Nothing has been changed.');
    const keys = new Set<unknown>();
    for (const row of rows) {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) return fail(`A record in “${name}” is damaged. Nothing has been changed.`);
      const key = (row as Record<string, unknown>)[table.primaryKey];
      const validKey = table.autoIncrement ? key === undefined || (typeof key === 'number' && Number.isInteger(key) && key > 0) : typeof key === 'string' && key.length > 0 && key.length <= 200;
      if (!validKey) return fail(`A record in “${name}” has no valid id. Nothing has been changed.`);
      if (key !== undefined && keys.has(key)) return fail(`Two records in “${name}” share the same id. Nothing has been changed.`);
      keys.add(key);
      const problem = recordProblem(name, row);
      if (problem) return fail(`${problem} Nothing has been changed.`);
    }
  }
  for (const name of Object.keys(counts as object)) if (!(name in (tables as object))) return fail('This backup is incomplete: a table is missing. Nothing has been changed.');
  // Every table of the backup's schema version must be there: an empty table is a list with no
  // records, never a missing key (restoring would otherwise silently empty that table).
  const missing = Object.keys(declared).filter((name) => !Object.hasOwn(tables as object, name));
  if (missing.length > 0) {
    return fail(`This backup is incomplete: it has nothing at all for ${listOf(missing.map(tableLabel))}. Nothing has been changed.`);
  }

  if ((await sha256(canonicalJson(tables))) !== file['checksum']) {
    return fail('This backup has been changed or damaged since it was made (its checksum does not match). Nothing has been changed.');
  }
  return { ok: true, backup: value as BackupFile };
}
