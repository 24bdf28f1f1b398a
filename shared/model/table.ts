/**
 * How a record module describes its table: the zod schema of one record (its TypeScript type is
 * `z.infer` of it), the Dexie index string each schema version gave it, and any upgrade step that
 * fills in existing records when a version adds a field. Index strings are history: a version that
 * changes them adds an entry, never edits a shipped one.
 */
import type { z } from 'zod';

export interface RecordTable<S extends z.ZodObject = z.ZodObject> {
  /** The table's name in the database and in backups. */
  name: string;
  schema: S;
  /** Dexie index strings by the schema version that set them; the first key is when the table arrived. */
  indexes: Readonly<Record<number, string>>;
  /** Pure steps that bring a stored record up to a schema version (a server can run them too). */
  upgrades?: Readonly<Record<number, (record: Record<string, unknown>) => void>>;
}

export function defineTable<S extends z.ZodObject>(table: RecordTable<S>): RecordTable<S> {
  return table;
}

/** The index string a table had at `version`, or undefined when it did not exist yet. */
export function indexesAt(table: RecordTable, version: number): string | undefined {
  const since = Object.keys(table.indexes)
    .map(Number)
    .filter((v) => v <= version)
    .sort((a, b) => b - a)[0];
  return since === undefined ? undefined : table.indexes[since];
}
