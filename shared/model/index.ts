/**
 * Every record Upstream stores, one module each (the record's enums, zod schema, type, Dexie indexes
 * and upgrade steps). The database class, the schema versions, backups, fixtures and any server
 * derive from this list.
 *
 * To add a field: add it to the record's schema (optional, so older records stay valid). To add an
 * index or a table: add a schema version below and the new index string under that version in the
 * record's module, then run `npm run fixture:db`.
 */
import type { z } from 'zod';
import { activitiesTable } from './activity';
import { auditTable } from './audit';
import { campaignsTable } from './campaign';
import { campaignTemplatesTable } from './campaign-template';
import { checkInsTable } from './check-in';
import { indicatorsTable } from './indicator';
import { contactsTable, partnersTable } from './partner';
import { resourcesTable } from './resource';
import { resourceLinksTable } from './resource-link';
import { settingsTable } from './settings';
import { surveyResultsTable, surveyWavesTable } from './survey';
import { indexesAt, type RecordTable } from './table';
import { workshopPlansTable } from './workshop-plan';

/** Every schema version ever shipped, oldest first, with what it added. Versions only add. */
export const SCHEMA_HISTORY = [
  { version: 1, added: 'the first release' },
  { version: 2, added: 'a lead’s own campaign templates' },
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

export const RECORD_TABLES = [
  settingsTable,
  campaignsTable,
  activitiesTable,
  resourcesTable,
  resourceLinksTable,
  workshopPlansTable,
  checkInsTable,
  surveyWavesTable,
  surveyResultsTable,
  indicatorsTable,
  partnersTable,
  contactsTable,
  auditTable,
  campaignTemplatesTable,
] as const satisfies readonly RecordTable[];

export type TableName = (typeof RECORD_TABLES)[number]['name'];

const byName = new Map<string, RecordTable>(RECORD_TABLES.map((t) => [t.name, t]));

export function recordTable(name: string): RecordTable | undefined {
  return byName.get(name);
}

/** The Dexie stores declaration at a schema version: every table that existed then, with its indexes. */
export function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const table of RECORD_TABLES) {
    const indexes = indexesAt(table, version);
    if (indexes !== undefined) stores[table.name] = indexes;
  }
  return stores;
}

/** The pure upgrade steps a schema version runs, table by table. */
export function upgradesAt(version: number): { table: string; step: (record: Record<string, unknown>) => void }[] {
  return RECORD_TABLES.flatMap((table) => {
    const step = (table as RecordTable).upgrades?.[version];
    return step ? [{ table: table.name, step }] : [];
  });
}

/** A plain-English reason a stored record is damaged, or null when it is sound. Unknown fields are kept (a newer version's). */
export function recordProblem(table: string, record: unknown): string | null {
  const shape = byName.get(table)?.schema;
  if (!shape) return null;
  const result = (shape.loose() as z.ZodType).safeParse(record);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'record';
  return `A record in “${table}” has a damaged “${field}”.`;
}

export { TERM_NAMES, YEAR_GROUPS, type TermName, type YearGroup } from './fields';
export * from './activity';
export * from './audit';
export * from './campaign';
export * from './campaign-template';
export * from './check-in';
export * from './indicator';
export * from './partner';
export * from './resource';
export * from './resource-link';
export * from './settings';
export * from './survey';
export * from './themes';
export * from './workshop-plan';
