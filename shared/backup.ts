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
/** Far above a real school's data; refuses a runaway file before parsing it. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

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

const NOT_OURS = 'This file is not an Upstream backup, or it is damaged. Nothing has been changed.';

/** Parses the text of a backup file, refusing anything too large or not JSON. */
export function parseBackupText(text: string): unknown {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError('This file is too large to be an Upstream backup. Nothing has been changed.');
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
  if (file['formatVersion'] > BACKUP_FORMAT_VERSION || schemaVersion > schema.currentVersion) {
    return fail(`This backup was made by a newer version of Upstream${typeof file['appVersion'] === 'string' ? ` (${file['appVersion']})` : ''}. Update Upstream, then restore it. Nothing has been changed.`);
  }
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

  if ((await sha256(canonicalJson(tables))) !== file['checksum']) {
    return fail('This backup has been changed or damaged since it was made (its checksum does not match). Nothing has been changed.');
  }
  return { ok: true, backup: value as BackupFile };
}
