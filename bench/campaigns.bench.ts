/**
 * The campaign planner with ten years of a busy school's campaigns (300 campaigns, 6,000 activities,
 * bench/campaign-data.ts) in the page's IndexedDB:
 *
 * - Year planner after navigation: in-page time from the hash change to the first animation frame
 *   in which the planner table's week rows and activities are in the document. Baseline: the same
 *   navigation to Workshops (a screen without data), timed the same way.
 * - Campaign list, per keystroke: "Sleep well" typed one key at a time into "Search campaigns";
 *   in-page time from the keydown event to the first animation frame after the list reflects the
 *   text in the box (the list's `data-query` equals the box's value: the list lags the box on
 *   purpose, through useDeferredValue). Baseline: the same typing into a plain input added to the
 *   same page that echoes its value into an element, timed the same way.
 *
 * The records go in with the raw IndexedDB API (database "upstream", stores "campaigns",
 * "activities" and "settings") after the app has created the database and first run is done, then
 * the page reloads so the app reads them. Scripts run in the page are strings: see page-timing.ts.
 */
import type { Page } from '@playwright/test';
import { academicYearBounds } from '../shared/calendar';
import { buildBenchSchool, expectedMatches, type BenchSchool } from './campaign-data';
import type { Benchmark, BenchContext, Figure } from './harness';
import { installKeystrokeTimer, typeAndTime } from './page-timing';

const PLANNER_SAMPLES = 9;
const QUERY = 'Sleep well';
const TYPING_ROUNDS = 3;
const NEUTRAL = '#/partners';

/** Writes the school's term dates and every campaign and activity straight into IndexedDB, in one transaction. */
async function writeRecords(page: Page, school: BenchSchool): Promise<void> {
  const payload = JSON.stringify({ campaigns: school.campaigns, activities: school.activities, academicYears: school.academicYears });
  await page.evaluate(`(async (data) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['settings', 'campaigns', 'activities'], 'readwrite');
      const settings = tx.objectStore('settings');
      const read = settings.get('school');
      read.onsuccess = () => settings.put({ ...read.result, academicYears: data.academicYears, updatedAt: new Date().toISOString() });
      for (const campaign of data.campaigns) tx.objectStore('campaigns').put(campaign);
      for (const activity of data.activities) tx.objectStore('activities').put(activity);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  })(${payload})`);
}

/** A page with a set-up school holding the ten years of records. */
async function schoolPage(ctx: BenchContext, school: BenchSchool): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(ctx.baseUrl);
  await page.getByLabel('School name').fill('Riverside Academy');
  await page.getByRole('button', { name: 'Start using Upstream', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard', exact: true }).waitFor();
  const started = performance.now();
  await writeRecords(page, school);
  ctx.log(`wrote ${school.campaigns.length} campaigns and ${school.activities.length} activities in ${(performance.now() - started).toFixed(0)} ms`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Dashboard', exact: true }).waitFor();
  return page;
}

/**
 * Sets location.hash and resolves with the in-page milliseconds until the first animation frame in
 * which `condition` (a JavaScript expression) holds. A MutationObserver checks it after each change.
 */
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
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => { if (!done) { observer.disconnect(); reject(new Error('not ready within 20 s')); } }, 20000);
    const started = performance.now();
    location.hash = ${JSON.stringify(hash)};
  })`)) as number;
}

const h1 = (name: string) => `Array.from(document.querySelectorAll('h1')).some((h) => h.textContent.trim() === ${JSON.stringify(name)})`;
const PLANNER_READY = `${h1('Year planner')} && document.querySelectorAll('table.planner tbody tr').length >= 50 && document.querySelector('table.planner .planner__activity') !== null`;

async function goNeutral(page: Page): Promise<void> {
  await timeNavigation(page, NEUTRAL, h1('Partners'));
  await page.waitForTimeout(100);
}

/** Pauses while typing: after clearing the box, and between keys. */
const TYPING = { settleMs: 150, pauseMs: 40 };

export const benchmark: Benchmark = {
  name: 'Campaign planner',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const school = buildBenchSchool(new Date());
    const page = await schoolPage(ctx, school);
    try {
      // Year planner vs an empty screen, alternating which goes first.
      await goNeutral(page);
      await timeNavigation(page, '#/campaigns/planner', PLANNER_READY); // warm-up: first render of each screen
      await goNeutral(page);
      await timeNavigation(page, '#/workshops', h1('Workshops'));
      const planner: number[] = [];
      const empty: number[] = [];
      for (let i = 0; i < PLANNER_SAMPLES; i += 1) {
        const order = i % 2 === 0 ? (['planner', 'empty'] as const) : (['empty', 'planner'] as const);
        for (const which of order) {
          await goNeutral(page);
          if (which === 'planner') planner.push(await timeNavigation(page, '#/campaigns/planner', PLANNER_READY));
          else empty.push(await timeNavigation(page, '#/workshops', h1('Workshops')));
        }
        ctx.log(`planner sample ${i + 1}/${PLANNER_SAMPLES}: planner ${planner.at(-1)!.toFixed(1)} ms, workshops ${empty.at(-1)!.toFixed(1)} ms`);
      }
      await goNeutral(page);
      await timeNavigation(page, '#/campaigns/planner', PLANNER_READY);
      const rows = await page.getByRole('table').getByRole('row').count();
      const weekActivities = await page.locator('.planner__activity').count();
      const bounds = academicYearBounds(school.currentYear, school.academicYears);
      const inYear = school.activities.filter((a) => a.date >= bounds.start && a.date <= bounds.end).length;
      if (rows < 50 || weekActivities !== inYear) throw new Error(`The planner shows ${rows} rows and ${weekActivities} activities; expected 50+ rows and ${inYear} activities.`);

      // Campaign list search, per keystroke, vs a plain echo input on the same page.
      await timeNavigation(page, '#/campaigns', `document.querySelector('.result-count') !== null`);
      const search = page.getByRole('searchbox', { name: 'Search campaigns' });
      await search.waitFor();
      await page.evaluate(`(() => {
        const box = document.createElement('div');
        box.innerHTML = '<label for="bench-echo">Echo</label><input id="bench-echo" type="text"><output id="bench-echo-out" data-query=""></output>';
        document.querySelector('main')?.prepend(box);
        const input = box.querySelector('input');
        const output = box.querySelector('output');
        input.addEventListener('input', () => { output.setAttribute('data-query', input.value); output.textContent = input.value; });
      })()`);
      await installKeystrokeTimer(page, 'input[type="search"]', '.result-count');
      await installKeystrokeTimer(page, '#bench-echo', '#bench-echo-out');
      const list: number[] = [];
      const plain: number[] = [];
      for (let round = 0; round < TYPING_ROUNDS; round += 1) {
        list.push(...(await typeAndTime(page, 'input[type="search"]', QUERY, TYPING)));
        plain.push(...(await typeAndTime(page, '#bench-echo', QUERY, TYPING)));
        ctx.log(`typing round ${round + 1}/${TYPING_ROUNDS}: list median ${ctx.median(list).toFixed(1)} ms, plain input median ${ctx.median(plain).toFixed(1)} ms`);
      }
      const expected = expectedMatches(school.campaigns, QUERY);
      const shown = await page.locator('.result-count').textContent();
      if (shown !== `${expected} campaigns`) throw new Error(`After typing "${QUERY}" the list says "${shown}"; expected "${expected} campaigns".`);

      const worst = (samples: number[]) => Math.max(...samples);
      return [
        {
          name: `Year planner rendered after navigation (${inYear} activities this year, ${school.activities.length} in all)`,
          value: ctx.median(planner),
          unit: 'ms',
          baseline: { name: 'Navigation to Workshops (no data)', value: ctx.median(empty), samples: empty },
          goal: '< 150 ms',
          samples: planner,
        },
        {
          name: `Campaign list search, per keystroke (${school.campaigns.length} campaigns), median`,
          value: ctx.median(list),
          unit: 'ms',
          baseline: { name: 'Plain input on the same page, median', value: ctx.median(plain), samples: plain },
          goal: '< 30 ms',
          samples: list,
        },
        {
          name: 'Campaign list search, slowest keystroke',
          value: worst(list),
          unit: 'ms',
          baseline: { name: 'Plain input, slowest keystroke', value: worst(plain) },
        },
      ];
    } finally {
      await page.context().close();
    }
  },
};
