/**
 * Every schema version Upstream has ever shipped, oldest first. Versions only add: never edit a
 * shipped entry, never change a primary key. A new version appends an entry (with an upgrade
 * function when existing records need filling in) and a fixture for tests/db/upgrade.test.ts.
 * tests/db/schema.test.ts snapshots the result, so a change is always deliberate.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Version 1's tables, as first shipped. Never edit: later versions build on it. */
const VERSION_1_STORES = {
  settings: '&id',
  campaigns: '&id, status, theme, startDate, endDate, updatedAt, *yearGroups, *partnerIds',
  activities: '&id, campaignId, date, status, type, workshopPlanId, *yearGroups, *partnerIds',
  resources: '&id, builtInId, copiedFromBuiltInId, kind, archived, updatedAt, contentHash, *themes, *tags',
  resourceLinks: '&id, resourceId, [ownerType+ownerId]',
  workshopPlans: '&id, date, theme, campaignId, updatedAt',
  checkIns: '&id, date, sessionType',
  surveyWaves: '&id, date, academicYear',
  surveyResults: '&id, waveId, [waveId+questionId]',
  indicators: '&id, name',
  partners: '&id, kind, name',
  contacts: '&id, partnerId',
  audit: '++seq, at, action',
} as const;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: VERSION_1_STORES },
  // A lead's own campaign templates ("Save as my template").
  { version: 2, stores: { ...VERSION_1_STORES, campaignTemplates: '&id, title, updatedAt' } },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
