/**
 * Try to break the imports: 1,000 generated malformed resource-share files and 1,000 malformed tally
 * CSVs. Each must end in a clear message or a complete import, never a crash, and a refused input
 * must leave the database exactly as it was (same digest).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FileFormatError } from '@shared/file-format';
import { buildShareFile } from '@shared/resource-share';
import { CsvProblem, readCsvText } from '@shared/csv-import';
import { DEFAULT_CHECK_IN_TOPICS, planTallyImport } from '@shared/tally-import';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { databaseDigest } from '../../renderer/src/features/backup/backup';
import { commitImport, prepareImport } from '../../renderer/src/features/resources/queries';
import { loadSampleSchool } from '../../renderer/src/features/sample-school/sample-school';
import { TrendsValidationError } from '../../renderer/src/features/trends/errors';
import { importTallies } from '../../renderer/src/features/trends/queries';
import { misdecode, pick, random, slots, STRANGE_VALUES } from '../support/fuzz';

const CASES = 1_000;

let db: UpstreamDatabase;
beforeAll(async () => {
  db = new UpstreamDatabase(`import-fuzz-${crypto.randomUUID()}`);
  await db.open();
  await loadSampleSchool(db, new Date('2026-11-24T09:00:00'));
});

/** Text-level damage that applies to any file. */
function damage(text: string, rand: () => number): string {
  switch (Math.floor(rand() * 6)) {
    case 0:
      return text.slice(0, Math.floor(rand() * text.length));
    case 1: {
      const at = Math.floor(rand() * text.length);
      return text.slice(0, at) + pick(rand, ['"', ',', ';', '\n', '\r', '\t', '{', '}', '\u0000', '\uFEFF', 'é']) + text.slice(at + 1);
    }
    case 2:
      return misdecode(text);
    case 3:
      return Array.from({ length: 1 + Math.floor(rand() * 300) }, () => String.fromCharCode(Math.floor(rand() * 0xffff))).join('');
    case 4:
      return text + text.slice(0, Math.floor(rand() * text.length));
    default:
      return `${text.slice(0, Math.floor(rand() * text.length))}${'x'.repeat(Math.floor(rand() * 100_000))}`;
  }
}

describe(`resource import, fuzzed with ${CASES} malformed files`, () => {
  it('never crashes, always explains, and a refused file changes nothing', async () => {
    const valid = await buildShareFile(
      [
        { title: 'Screens and sleep (our version)', kind: 'tip-sheet', themes: ['sleep'], audiences: ['parents'], yearGroups: ['Y7'], bodyMarkdown: '# Screens\n\nCharge phones **outside** the bedroom.', sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }], tags: ['screens'] },
        { title: 'Worry time', kind: 'tip-sheet', themes: ['anxiety'], audiences: ['pupils'], yearGroups: [], bodyMarkdown: 'Write worries down before bed.', sources: [{ title: 'NHS' }], tags: [] },
      ],
      { appVersion: '0.1.0', exportedAt: '2026-11-24T09:00:00.000Z' },
    );
    let refused = 0;
    for (let seed = 1; seed <= CASES; seed += 1) {
      const rand = random(seed);
      let text: string;
      if (rand() < 0.5) text = damage(valid, rand);
      else {
        const file = JSON.parse(valid) as Record<string, unknown>;
        const [target, key] = pick(rand, slots(file));
        if (rand() < 0.15) (target as Record<string, unknown>)[pick(rand, ['__proto__', 'constructor', 'prototype'])] = { polluted: true };
        else (target as Record<string | number, unknown>)[key] = pick(rand, STRANGE_VALUES);
        text = JSON.stringify(file);
      }
      const before = await databaseDigest(db);
      try {
        const preview = await prepareImport(db, text, `fuzz-${seed}.json`);
        await commitImport(db, preview);
      } catch (error) {
        expect(error, `seed ${seed}`).toBeInstanceOf(FileFormatError);
        expect((error as Error).message.length, `seed ${seed}`).toBeGreaterThan(10);
        expect(await databaseDigest(db), `seed ${seed} changed the database`).toBe(before);
        refused += 1;
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    console.log(`resource import fuzz: ${CASES} inputs, ${refused} refused with a message, ${CASES - refused} imported whole`);
    expect(refused).toBeGreaterThan(CASES * 0.8);
  }, 180_000);
});

describe(`tally CSV import, fuzzed with ${CASES} malformed files`, () => {
  it('never crashes, names the problem, and a refused file changes nothing', async () => {
    const lines = ['Date,Topic,Count,Year group,Session type'];
    for (let day = 2; day <= 27; day += 1) lines.push(`${String(day).padStart(2, '0')}/11/2026,sleep,${day % 7},Year 9,Drop-in`, `2026-11-${String(day).padStart(2, '0')},friendships,${day % 4},Y8,drop-in`);
    const valid = lines.join('\r\n');
    let refused = 0;
    for (let seed = 1; seed <= CASES; seed += 1) {
      const rand = random(10_000 + seed);
      const text = rand() < 0.7 ? damage(valid, rand) : valid.replace(/\d+(?=,Y)/g, () => String(pick(rand, ['-1', '1e9', 'many', '', '3.5', '999999'])));
      const before = await databaseDigest(db);
      try {
        const records: { cells: string[]; row: number }[] = [];
        let header: string[] = [];
        await readCsvText(text, (cells, row) => {
          if (row === 1) header = cells;
          else records.push({ cells, row });
        });
        const { plan, problems } = planTallyImport(header, records, [...DEFAULT_CHECK_IN_TOPICS]);
        if (!plan) {
          expect(problems.length, `seed ${seed}`).toBeGreaterThan(0);
          for (const problem of problems) expect(problem.message.length, `seed ${seed}`).toBeGreaterThan(5);
          expect(await databaseDigest(db)).toBe(before);
          refused += 1;
          continue;
        }
        await importTallies(db, plan, `fuzz-${seed}.csv`);
      } catch (error) {
        expect([CsvProblem, TrendsValidationError].some((type) => error instanceof type), `seed ${seed}: ${String(error)}`).toBe(true);
        expect(await databaseDigest(db), `seed ${seed} changed the database`).toBe(before);
        refused += 1;
      }
    }
    console.log(`tally CSV fuzz: ${CASES} inputs, ${refused} refused with a message, ${CASES - refused} imported whole`);
    expect(refused).toBeGreaterThan(CASES * 0.3);
  }, 300_000);
});
