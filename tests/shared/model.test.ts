/**
 * The record modules in shared/model are the one description of what Upstream stores: the schema
 * versions, every past fixture and a backup's records are all checked against them here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignSchema, RECORD_TABLES, recordProblem, SCHEMA_HISTORY, storesAt, THEMES, upgradesAt } from '../../shared/model';

const fixtureDir = path.resolve(__dirname, '../db/fixtures');

describe('record modules', () => {
  it('name every table once, each with a primary key from the version it arrived in', () => {
    const names = RECORD_TABLES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const table of RECORD_TABLES) {
      const versions = Object.keys(table.indexes).map(Number);
      expect(versions.length, table.name).toBeGreaterThan(0);
      for (const version of versions) expect(SCHEMA_HISTORY.map((h) => h.version), `${table.name} indexes at v${version}`).toContain(version);
      // A primary key never changes: every index string of a table starts with the same key.
      const keys = new Set(Object.values(table.indexes).map((spec) => spec.split(',')[0]!.trim()));
      expect(keys.size, table.name).toBe(1);
    }
  });

  it('give the stores of each schema version: version 2 is version 1 plus campaign templates', () => {
    const v1 = storesAt(1);
    const v2 = storesAt(2);
    expect(Object.keys(v1)).not.toContain('campaignTemplates');
    expect(v2).toEqual({ ...v1, campaignTemplates: '&id, title, updatedAt' });
    expect(upgradesAt(1)).toEqual([]);
  });

  it('accept every record of every committed fixture', () => {
    for (const { version } of SCHEMA_HISTORY) {
      const fixture = JSON.parse(fs.readFileSync(path.join(fixtureDir, `v${version}.json`), 'utf8')) as { tables: Record<string, unknown[]> };
      for (const [table, rows] of Object.entries(fixture.tables)) for (const row of rows) expect(recordProblem(table, row), `v${version} ${table}`).toBeNull();
    }
  });

  it('keep fields they do not know (a newer version’s) and name the damaged field', () => {
    const campaign = { id: 'c1', title: 'Sleep well', theme: 'sleep', audiences: ['pupils'], yearGroups: ['Y7'], startDate: '2026-11-02', endDate: '2026-12-18', partnerIds: [], status: 'planned', createdAt: 'x', updatedAt: 'x' };
    expect(recordProblem('campaigns', { ...campaign, addedLater: true })).toBeNull();
    expect(recordProblem('campaigns', { ...campaign, theme: 'astrology' })).toBe('A record in “campaigns” has a damaged “theme”.');
    expect(recordProblem('campaigns', { ...campaign, yearGroups: ['Y14'] })).toBe('A record in “campaigns” has a damaged “yearGroups.0”.');
    expect(recordProblem('activities', { id: 'a1' })).toMatch(/^A record in “activities” has a damaged “/);
    // A cleared optional date or link stored as "" by an older version still restores.
    expect(recordProblem('campaigns', { ...campaign, reviewDate: '', indicatorId: '' })).toBeNull();
    expect(recordProblem('campaigns', { ...campaign, reviewDate: 'soon' })).toBe('A record in “campaigns” has a damaged “reviewDate”.');
    expect(campaignSchema.shape.theme.options).toEqual([...THEMES]);
  });
});
