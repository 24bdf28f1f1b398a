import { describe, expect, it } from 'vitest';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/src/db/schema';

describe('database schema', () => {
  it('matches the snapshot: a schema change must be deliberate and additive', () => {
    expect(SCHEMA_VERSIONS.map(({ version, stores }) => ({ version, stores }))).toMatchInlineSnapshot(`
      [
        {
          "stores": {
            "activities": "&id, campaignId, date, status, type, workshopPlanId, *yearGroups, *partnerIds",
            "audit": "++seq, at, action",
            "campaigns": "&id, status, theme, startDate, endDate, updatedAt, *yearGroups, *partnerIds",
            "checkIns": "&id, date, sessionType",
            "contacts": "&id, partnerId",
            "indicators": "&id, name",
            "partners": "&id, kind, name",
            "resourceLinks": "&id, resourceId, [ownerType+ownerId]",
            "resources": "&id, builtInId, copiedFromBuiltInId, kind, archived, updatedAt, contentHash, *themes, *tags",
            "settings": "&id",
            "surveyResults": "&id, waveId, [waveId+questionId]",
            "surveyWaves": "&id, date, academicYear",
            "workshopPlans": "&id, date, theme, campaignId, updatedAt",
          },
          "version": 1,
        },
        {
          "stores": {
            "activities": "&id, campaignId, date, status, type, workshopPlanId, *yearGroups, *partnerIds",
            "audit": "++seq, at, action",
            "campaignTemplates": "&id, title, updatedAt",
            "campaigns": "&id, status, theme, startDate, endDate, updatedAt, *yearGroups, *partnerIds",
            "checkIns": "&id, date, sessionType",
            "contacts": "&id, partnerId",
            "indicators": "&id, name",
            "partners": "&id, kind, name",
            "resourceLinks": "&id, resourceId, [ownerType+ownerId]",
            "resources": "&id, builtInId, copiedFromBuiltInId, kind, archived, updatedAt, contentHash, *themes, *tags",
            "settings": "&id",
            "surveyResults": "&id, waveId, [waveId+questionId]",
            "surveyWaves": "&id, date, academicYear",
            "workshopPlans": "&id, date, theme, campaignId, updatedAt",
          },
          "version": 2,
        },
      ]
    `);
  });

  it('numbers versions upwards from 1 without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('never changes a primary key or drops a table in a later version', () => {
    const primaryKeys = new Map<string, string>();
    for (const { version, stores } of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(stores)) {
        expect(spec, `version ${version} deletes ${table}`).not.toBeNull();
        const primary = spec!.split(',')[0]!.trim();
        if (primaryKeys.has(table)) expect(primary, `${table} primary key in version ${version}`).toBe(primaryKeys.get(table));
        primaryKeys.set(table, primary);
      }
      for (const table of primaryKeys.keys()) expect(Object.keys(stores), `version ${version} restates every table`).toContain(table);
    }
  });

  it('opens with every declared table and index', async () => {
    const db = new UpstreamDatabase(`schema-${crypto.randomUUID()}`);
    await db.open();
    const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores;
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(latest).sort());
    expect(db.campaigns.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['status', 'theme', 'startDate', 'yearGroups']));
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });
});
