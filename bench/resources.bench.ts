/**
 * The resource library with 2,000 generated resources (plus the built-ins) in the page's IndexedDB.
 *
 * - Library search, per keystroke: "screens bedtime" typed one key at a time into "Search
 *   resources"; in-page time from the keydown event to the first animation frame after the result
 *   count reflects the text in the box (its data-query equals the box's value). Baseline: a naive search of the same records in the same
 *   page for the same prefixes, `records.filter((r) => words.every((w) => (title + tags + body)
 *   .toLowerCase().includes(w)))`, timed with performance.now() (the mean of 5 runs per prefix), with
 *   no ranking, highlighting or rendering. A second figure puts the same samples against a plain
 *   input on the same page that echoes its value, timed the same way (the floor for any keystroke).
 * - The search module alone, per keystroke, in Node: shared/resource-search.ts over the same
 *   records (index built once), against the same naive filter in Node.
 * - Opening the library: in-page time from the hash change (from Partners) to the first animation
 *   frame in which the first result card is in the document and the count reads "N resources";
 *   once after a visit (median of 9), and as the first visit a second after the app (re)started
 *   (median of 3). Baseline: the blank page loading in a fresh document until its h1 is visible.
 *
 * The records go in with the raw IndexedDB API (database "upstream", store "resources") after the
 * app has created the database and first run is done, then the page reloads so the app reads them.
 * Scripts run in the page are strings: see page-timing.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseResourceFile, type BuiltInResource } from '../shared/builtin-resources';
import { indexResource, queryTerms, searchResources, type SearchableResource } from '../shared/resource-search';
import type { Benchmark, BenchContext, Figure } from './harness';
import { headingVisible, installKeystrokeTimer, installReadyProbe, readyTime, typeAndTime } from './page-timing';

const GENERATED = 2000;
const QUERY = 'screens bedtime';
const TYPING_ROUNDS = 3;
const OPEN_SAMPLES = 9;
const FIRST_VISIT_SAMPLES = 3;
const NEUTRAL = '#/partners';

interface BenchResource extends SearchableResource {
  sources: { title: string; url?: string }[];
  createdAt: string;
  updatedAt: string;
}

/** A small deterministic random source, so every run searches the same library. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function builtIns(repoRoot: string): BuiltInResource[] {
  const dir = path.join(repoRoot, 'resources', 'library');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parseResourceFile(fs.readFileSync(path.join(dir, f), 'utf8'), f));
}

/**
 * 2,000 resources written from the built-ins' own sentences and headings (so the words and their
 * frequencies are real), about 2,500 characters each, with varied titles, tags and filters.
 */
function generate(library: BuiltInResource[]): BenchResource[] {
  const next = random(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const sentences = library.flatMap((r) => r.bodyMarkdown.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('|')).flatMap((l) => l.split(/(?<=[.!?])\s+/)));
  const headings = library.flatMap((r) => [...r.bodyMarkdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]!));
  const tags = [...new Set(library.flatMap((r) => r.tags))];
  const titleWords = ['Sleep', 'Wellbeing', 'Exam', 'Bedtime', 'Friendship', 'Calm', 'Routine', 'Energy', 'Worry', 'Screens', 'Family', 'Breathing', 'Tutor time', 'Assembly', 'Parents', 'Revision'];
  const kinds = ['tip-sheet', 'parent-handout', 'assembly-script', 'pshe-lesson', 'workshop-activity', 'website-copy', 'letter', 'poster', 'signposting'] as const;
  const themes = ['sleep', 'exam-stress', 'anxiety', 'friendships', 'healthy-eating', 'physical-activity', 'online-safety', 'bereavement', 'other'] as const;
  const audiences = ['pupils', 'parents', 'staff', 'community'] as const;
  const years = ['R', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13'] as const;
  const at = '2026-11-24T09:00:00.000Z';
  return Array.from({ length: GENERATED }, (_, i) => {
    const parts: string[] = [];
    while (parts.join('\n\n').length < 2400) {
      parts.push(`## ${pick(headings)}`);
      parts.push(Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(sentences)).join(' '));
      if (next() < 0.5) parts.push(Array.from({ length: 3 }, () => `- ${pick(sentences)}`).join('\n'));
    }
    const first = Math.floor(next() * 10);
    return {
      id: `bench-${i}`,
      title: `${some(titleWords, 2).join(' and ')}: ${pick(headings).toLowerCase()} (${i + 1})`,
      kind: pick(kinds),
      themes: some(themes, 2),
      audiences: some(audiences, 2),
      yearGroups: next() < 0.2 ? [] : years.slice(first, first + 1 + Math.floor(next() * 5)),
      tags: some(tags, 4),
      bodyMarkdown: `${parts.join('\n\n')}\n`,
      sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }],
      archived: 0,
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** What the library would show for a query: the shared module over the same records. */
function expectedCount(records: readonly SearchableResource[], query: string): number {
  return searchResources(records.map(indexResource), query).length;
}

async function writeRecords(page: Page, records: BenchResource[]): Promise<void> {
  await page.evaluate(`(async (records) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('resources', 'readwrite');
      for (const record of records) tx.objectStore('resources').put(record);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  })(${JSON.stringify(records)})`);
}

async function schoolPage(ctx: BenchContext, records: BenchResource[], builtInCount: number): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(ctx.baseUrl);
  await page.getByLabel('School name').fill('Riverside Academy');
  await page.getByRole('button', { name: 'Start using Upstream', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard', exact: true }).waitFor();
  // The built-ins are added just after start-up; wait for them so the counts below are stable.
  for (let tries = 0; ; tries += 1) {
    const count = (await page.evaluate(`new Promise((resolve) => {
      const r = indexedDB.open('upstream');
      r.onsuccess = () => { const c = r.result.transaction('resources').objectStore('resources').count(); c.onsuccess = () => { r.result.close(); resolve(c.result); }; };
    })`)) as number;
    if (count >= builtInCount) break;
    if (tries > 200) throw new Error(`Only ${count} built-in resources were added at start-up; expected ${builtInCount}.`);
    await page.waitForTimeout(25);
  }
  const started = performance.now();
  await writeRecords(page, records);
  ctx.log(`wrote ${records.length} resources in ${(performance.now() - started).toFixed(0)} ms`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Dashboard', exact: true }).waitFor();
  return page;
}

/** Reloads the app on the Dashboard and gives it the second a lead takes to reach for the menu. */
async function restart(page: Page): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(NEUTRAL)}`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Partners', exact: true }).waitFor();
  await page.waitForTimeout(1000);
}

/** Sets location.hash; resolves with the in-page ms until the first animation frame in which `condition` holds. */
async function timeNavigation(page: Page, hash: string, condition: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const ready = () => { try { return Boolean(${condition}); } catch { return false; } };
    let done = false;
    const finish = () => {
      if (done || !ready()) return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - started));
    };
    const observer = new MutationObserver(finish);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    setTimeout(() => { if (!done) { observer.disconnect(); reject(new Error('not ready within 20 s')); } }, 20000);
    const started = performance.now();
    location.hash = ${JSON.stringify(hash)};
  })`)) as number;
}

const h1 = (name: string) => `Array.from(document.querySelectorAll('h1')).some((h) => h.textContent.trim() === ${JSON.stringify(name)})`;

/** The naive search in the page, per prefix of the query: mean of 5 runs each, in ms. */
async function naiveInPage(page: Page, query: string): Promise<number[]> {
  return (await page.evaluate(`((query) => {
    const records = window.__benchRecords;
    const naive = (q) => {
      const words = q.toLowerCase().split(/\\s+/).filter(Boolean);
      return records.filter((r) => words.every((w) => (r.title + ' ' + r.tags.join(' ') + ' ' + r.bodyMarkdown).toLowerCase().includes(w)));
    };
    const times = [];
    for (let i = 1; i <= query.length; i += 1) {
      const prefix = query.slice(0, i);
      const started = performance.now();
      let found = 0;
      for (let run = 0; run < 5; run += 1) found += naive(prefix).length;
      times.push((performance.now() - started) / 5);
      if (found < 0) throw new Error('unreachable');
    }
    return times;
  })(${JSON.stringify(query)})`)) as number[];
}

function naiveInNode(records: readonly SearchableResource[], query: string): number {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return records.filter((r) => words.every((w) => `${r.title} ${r.tags.join(' ')} ${r.bodyMarkdown}`.toLowerCase().includes(w))).length;
}

/** Mean ms per call of fn over 5 calls, for each prefix of the query. */
function timePrefixes(query: string, fn: (prefix: string) => number): number[] {
  const times: number[] = [];
  for (let i = 1; i <= query.length; i += 1) {
    const prefix = query.slice(0, i);
    const started = performance.now();
    let found = 0;
    for (let run = 0; run < 5; run += 1) found += fn(prefix);
    times.push((performance.now() - started) / 5);
    if (found < 0) throw new Error('unreachable');
  }
  return times;
}

async function blankLoad(ctx: BenchContext): Promise<number> {
  const page = await ctx.newPage();
  try {
    await installReadyProbe(page.context(), { blank: headingVisible(1, 'Blank') });
    await page.goto(ctx.blankUrl, { waitUntil: 'commit' });
    return await readyTime(page, 'blank');
  } finally {
    await page.context().close();
  }
}

/** Pauses while typing: after clearing the box, and between keys. */
const TYPING = { settleMs: 200, pauseMs: 60 };

export const benchmark: Benchmark = {
  name: 'Resource library',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const library = builtIns(ctx.repoRoot);
    const records = generate(library);
    const all: SearchableResource[] = [...records, ...library.map((r) => ({ ...r, archived: 0 as const, builtInId: r.id }))];
    const total = all.length;

    // The search module alone, in Node.
    for (let warm = 0; warm < 3; warm += 1) searchResources(all.map(indexResource), QUERY);
    const indexStarted = performance.now();
    const index = all.map(indexResource);
    const indexMs = performance.now() - indexStarted;
    const moduleTimes = timePrefixes(QUERY, (prefix) => searchResources(index, prefix).length);
    const naiveNodeTimes = timePrefixes(QUERY, (prefix) => naiveInNode(all, prefix));
    ctx.log(`node: index built in ${indexMs.toFixed(1)} ms; module median ${ctx.median(moduleTimes).toFixed(2)} ms, naive median ${ctx.median(naiveNodeTimes).toFixed(2)} ms per keystroke`);

    const page = await schoolPage(ctx, records, library.length);
    try {
      // Opening the library, from Partners, against the blank page loading.
      const opened = `document.querySelector('.resource-card') !== null && document.querySelector('.result-count')?.textContent === ${JSON.stringify(`${total} resources`)}`;
      await timeNavigation(page, NEUTRAL, h1('Partners'));
      await timeNavigation(page, '#/resources', opened); // warm-up: first render of the screen
      const openings: number[] = [];
      const blanks: number[] = [];
      for (let i = 0; i < OPEN_SAMPLES; i += 1) {
        await timeNavigation(page, NEUTRAL, h1('Partners'));
        await page.waitForTimeout(100);
        openings.push(await timeNavigation(page, '#/resources', opened));
        blanks.push(await blankLoad(ctx));
        ctx.log(`open sample ${i + 1}/${OPEN_SAMPLES}: library ${openings.at(-1)!.toFixed(1)} ms, blank page ${blanks.at(-1)!.toFixed(1)} ms`);
      }
      // The first visit after start-up (the library is read into memory at an idle moment after start).
      const firstVisits: number[] = [];
      for (let i = 0; i < FIRST_VISIT_SAMPLES; i += 1) {
        await restart(page);
        firstVisits.push(await timeNavigation(page, '#/resources', opened));
        ctx.log(`first visit after start-up ${i + 1}/${FIRST_VISIT_SAMPLES}: ${firstVisits.at(-1)!.toFixed(1)} ms`);
      }
      const cards = await page.locator('.resource-card').count();
      if (cards < 1 || (await page.locator('.result-count').textContent()) !== `${total} resources`) throw new Error(`The library shows ${cards} cards; expected ${total} resources.`);

      // Search per keystroke, against the naive filter in the same page.
      await page.evaluate(`window.__benchRecords = ${JSON.stringify(all.map((r) => ({ title: r.title, tags: r.tags, bodyMarkdown: r.bodyMarkdown })))}`);
      await page.evaluate(`(() => {
        const box = document.createElement('div');
        box.innerHTML = '<label for="bench-echo">Echo</label><input id="bench-echo" type="text"><output id="bench-echo-out" data-query=""></output>';
        document.querySelector('main')?.prepend(box);
        const input = box.querySelector('input');
        const output = box.querySelector('output');
        input.addEventListener('input', () => { output.setAttribute('data-query', input.value); output.textContent = input.value; });
      })()`);
      await installKeystrokeTimer(page, '#resource-query', '.result-count');
      await installKeystrokeTimer(page, '#bench-echo', '#bench-echo-out');
      const keystrokes: number[] = [];
      const naive: number[] = [];
      const plain: number[] = [];
      for (let round = 0; round < TYPING_ROUNDS; round += 1) {
        keystrokes.push(...(await typeAndTime(page, '#resource-query', QUERY, TYPING)));
        plain.push(...(await typeAndTime(page, '#bench-echo', QUERY, TYPING)));
        naive.push(...(await naiveInPage(page, QUERY)));
        ctx.log(`typing round ${round + 1}/${TYPING_ROUNDS}: library median ${ctx.median(keystrokes).toFixed(1)} ms, plain input ${ctx.median(plain).toFixed(1)} ms, naive filter median ${ctx.median(naive).toFixed(2)} ms`);
      }
      const expected = expectedCount(all, QUERY);
      const shown = await page.locator('.result-count').textContent();
      if (shown !== `${expected} resources match “${QUERY}”`) throw new Error(`After typing "${QUERY}" the library says "${shown}"; expected ${expected} matches.`);
      if (queryTerms(QUERY).length !== 2) throw new Error('The benchmark query should have two words.');

      return [
        {
          name: `Library search, per keystroke to results shown (${total} resources), median`,
          value: ctx.median(keystrokes),
          unit: 'ms',
          baseline: { name: 'Naive Array.filter(includes) of the same records in the page, median', value: ctx.median(naive), samples: naive },
          goal: '< 30 ms',
          samples: keystrokes,
        },
        {
          name: 'Library search, per keystroke (same samples), against a plain input',
          value: ctx.median(keystrokes),
          unit: 'ms',
          baseline: { name: 'Plain input on the same page echoing its value, median', value: ctx.median(plain), samples: plain },
          samples: keystrokes,
        },
        {
          name: 'Library search, slowest keystroke',
          value: Math.max(...keystrokes),
          unit: 'ms',
          baseline: { name: 'Naive filter in the page, slowest keystroke', value: Math.max(...naive) },
        },
        {
          name: `Search module alone, per keystroke (${total} resources, Node), median`,
          value: ctx.median(moduleTimes),
          unit: 'ms',
          baseline: { name: 'Naive Array.filter(includes) in Node, median', value: ctx.median(naiveNodeTimes), samples: naiveNodeTimes },
          samples: moduleTimes,
        },
        {
          name: `Opening the library, navigation to first results (${total} resources)`,
          value: ctx.median(openings),
          unit: 'ms',
          baseline: { name: 'Blank page, first load', value: ctx.median(blanks), samples: blanks },
          goal: '< 100 ms',
          samples: openings,
        },
        {
          name: 'Opening the library, first visit a second after start-up',
          value: ctx.median(firstVisits),
          unit: 'ms',
          baseline: { name: 'Blank page, first load', value: ctx.median(blanks), samples: blanks },
          goal: '< 100 ms',
          samples: firstVisits,
        },
      ];
    } finally {
      await page.context().close();
    }
  },
};
