/**
 * Try to break restore: 1,000 generated malformed backups. Each must give a clear message (or, if the
 * mutation happens to leave a valid backup, restore cleanly), never crash, and a refused file must
 * leave the database exactly as it was (same digest).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from '@shared/backup';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { createBackup, databaseDigest, inspectBackup, restoreBackup, RestoreError } from '../../renderer/src/features/backup/backup';
import { loadSampleSchool } from '../../renderer/src/features/sample-school/sample-school';
import { misdecode, pick, random, slots, STRANGE_VALUES } from '../support/fuzz';

const CASES = 1_000;

let db: UpstreamDatabase;
let validText: string;
beforeAll(async () => {
  db = new UpstreamDatabase(`fuzz-${crypto.randomUUID()}`);
  await db.open();
  await loadSampleSchool(db, new Date('2026-11-24T09:00:00'));
  const backup = await createBackup(db, '0.1.0');
  backup.school = 'Ysgol Gymraeg Bro Ŵyr';
  validText = JSON.stringify(backup);
});

type Mutation = (rand: () => number) => Promise<string>;

const MUTATIONS: Record<string, Mutation> = {
  truncate: async (rand) => validText.slice(0, Math.floor(rand() * validText.length)),
  flipCharacter: async (rand) => {
    const at = Math.floor(rand() * validText.length);
    return validText.slice(0, at) + pick(rand, ['"', '{', ']', ',', 'x', '\\', '\u0000']) + validText.slice(at + 1);
  },
  wrongEncoding: async () => misdecode(validText),
  garbage: async (rand) => Array.from({ length: 1 + Math.floor(rand() * 200) }, () => String.fromCharCode(Math.floor(rand() * 0xffff))).join(''),
  strangeValue: async (rand) => mutateObject(rand, (target, key) => {
    (target as Record<string | number, unknown>)[key] = pick(rand, STRANGE_VALUES);
  }),
  deleteKey: async (rand) => mutateObject(rand, (target, key) => {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key as string];
  }),
  duplicateId: async (rand) => {
    const file = JSON.parse(validText) as { tables: Record<string, Record<string, unknown>[]>; counts: Record<string, number> };
    const table = pick(rand, Object.keys(file.tables).filter((t) => file.tables[t]!.length > 0));
    file.tables[table]!.push({ ...file.tables[table]![0]! });
    file.counts[table] = file.tables[table]!.length;
    return reseal(file, rand);
  },
  prototypeKey: async (rand) => {
    const key = pick(rand, ['__proto__', 'constructor', 'prototype']);
    const at = validText.indexOf('{', Math.floor(rand() * validText.length));
    return at < 0 ? `{"${key}":{}}` : `${validText.slice(0, at + 1)}"${key}":{"polluted":true},${validText.slice(at + 1)}`;
  },
  newerVersion: async (rand) => {
    const file = JSON.parse(validText) as Record<string, unknown>;
    file[pick(rand, ['schemaVersion', 'formatVersion'])] = 99;
    return JSON.stringify(file);
  },
};

/** Changes one random place in the parsed backup, then (half the time) fixes the checksum so deeper checks run. */
async function mutateObject(rand: () => number, change: (target: Record<string, unknown> | unknown[], key: string | number) => void): Promise<string> {
  const file = JSON.parse(validText) as Record<string, unknown>;
  const all = slots(file);
  const [target, key] = pick(rand, all);
  change(target, key);
  return reseal(file, rand);
}

async function reseal(file: Record<string, unknown>, rand: () => number): Promise<string> {
  if (rand() < 0.5 && file['tables'] && typeof file['tables'] === 'object') file['checksum'] = await sha256(canonicalJson(file['tables']));
  return JSON.stringify(file);
}

describe(`restore, fuzzed with ${CASES} malformed backups`, () => {
  it('never crashes, always explains, and a refused file changes nothing', async () => {
    const names = Object.keys(MUTATIONS);
    const tally: Record<string, { refused: number; restored: number }> = Object.fromEntries(names.map((n) => [n, { refused: 0, restored: 0 }]));
    for (let seed = 1; seed <= CASES; seed += 1) {
      const rand = random(seed);
      const name = names[seed % names.length]!;
      const text = await MUTATIONS[name]!(rand);
      const before = await databaseDigest(db);
      const check = await inspectBackup(text);
      if (!check.ok) {
        expect(check.message, `seed ${seed} (${name})`).toMatch(/\w+.*Nothing has been changed\./);
        expect(await databaseDigest(db), `seed ${seed} (${name}) changed the database`).toBe(before);
        tally[name]!.refused += 1;
        continue;
      }
      // The mutation left a valid backup: restoring it must complete or change nothing.
      try {
        await restoreBackup(db, check.backup);
        tally[name]!.restored += 1;
      } catch (error) {
        expect(error, `seed ${seed} (${name})`).toBeInstanceOf(RestoreError);
        expect(await databaseDigest(db)).toBe(before);
        tally[name]!.refused += 1;
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const refused = Object.values(tally).reduce((n, t) => n + t.refused, 0);
    console.log(`restore fuzz: ${CASES} inputs, ${refused} refused with a message, ${CASES - refused} valid after mutation and restored`, tally);
    expect(refused).toBeGreaterThan(CASES * 0.9);
  }, 120_000);
});
