/**
 * Every schema version Upstream has ever shipped, oldest first, derived from the record modules in
 * shared/model (their index strings and upgrade steps by version). Versions only add: never change
 * a shipped version's tables, never change a primary key. tests/db/schema.test.ts snapshots the
 * result, so a change is always deliberate; tests/db/upgrade.test.ts upgrades every past fixture.
 */
import type { Dexie, Transaction } from 'dexie';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY, storesAt, upgradesAt } from '../../../shared/model';

export { CURRENT_SCHEMA_VERSION };

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

function upgradeFor(version: number): SchemaVersion['upgrade'] {
  const steps = upgradesAt(version);
  if (steps.length === 0) return undefined;
  return async (tx) => {
    for (const { table, step } of steps) await tx.table(table).toCollection().modify((record: Record<string, unknown>) => step(record));
  };
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = SCHEMA_HISTORY.map(({ version }) => {
  const upgrade = upgradeFor(version);
  return { version, stores: storesAt(version), ...(upgrade ? { upgrade } : {}) };
});

/** Declares every schema version up to `upTo` on a Dexie instance: the one loop every database uses. */
export function declareVersions(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
