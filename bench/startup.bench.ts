/**
 * How long a wellbeing lead waits for Upstream to open, against a blank page loaded the same way.
 *
 * Each sample uses fresh browser contexts: the first load finds an empty IndexedDB (first run), then
 * first run is completed and the page reloaded (warm start, data present). Times are read inside the
 * page (performance.now() from navigation start), at the first animation frame in which the screen
 * is ready.
 */
import type { Page } from '@playwright/test';
import type { Benchmark, BenchContext, Figure } from './harness';
import { allOf, buttonEnabled, headingVisible, installReadyProbe, readyTime } from './page-timing';

const SAMPLES = 7;
const WELCOME = 'Welcome to Upstream';
const START = 'Start using Upstream';
const DASHBOARD = 'Dashboard';

const CONDITIONS = {
  blank: headingVisible(1, 'Blank'),
  firstRun: allOf(headingVisible(1, WELCOME), buttonEnabled(START)),
  dashboard: headingVisible(1, DASHBOARD),
};

interface Sample {
  blankFirstLoad: number;
  blankReload: number;
  coldStart: number;
  warmStart: number;
}

async function probedPage(ctx: BenchContext): Promise<Page> {
  const page = await ctx.newPage();
  await installReadyProbe(page.context(), CONDITIONS);
  return page;
}

/** Confirms with Playwright's own role queries what the in-page probe saw, so the probe cannot drift. */
async function confirm(page: Page, check: () => Promise<boolean>, what: string): Promise<void> {
  if (!(await check())) throw new Error(`The probe said ${what}, but Playwright does not see it on ${page.url()}`);
}

async function sample(ctx: BenchContext): Promise<Sample> {
  const blank = await probedPage(ctx);
  let blankFirstLoad: number;
  let blankReload: number;
  try {
    await blank.goto(ctx.blankUrl, { waitUntil: 'commit' });
    blankFirstLoad = await readyTime(blank, 'blank');
    await blank.reload({ waitUntil: 'commit' });
    blankReload = await readyTime(blank, 'blank');
  } finally {
    await blank.context().close();
  }

  const page = await probedPage(ctx);
  try {
    await page.goto(ctx.baseUrl, { waitUntil: 'commit' });
    const coldStart = await readyTime(page, 'firstRun');
    await confirm(
      page,
      async () =>
        (await page.getByRole('heading', { level: 1, name: WELCOME, exact: true }).isVisible()) &&
        (await page.getByRole('button', { name: START, exact: true }).isEnabled()),
      'first run was ready',
    );

    await page.getByLabel('School name').fill('Riverside Academy');
    await page.getByRole('button', { name: START, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: DASHBOARD, exact: true }).waitFor({ state: 'visible' });

    await page.reload({ waitUntil: 'commit' });
    const warmStart = await readyTime(page, 'dashboard');
    await confirm(page, () => page.getByRole('heading', { level: 1, name: DASHBOARD, exact: true }).isVisible(), 'the Dashboard was showing');
    return { blankFirstLoad, blankReload, coldStart, warmStart };
  } finally {
    await page.context().close();
  }
}

export const benchmark: Benchmark = {
  name: 'Start-up',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const samples = await ctx.repeat(SAMPLES, async (index) => {
      const result = await sample(ctx);
      ctx.log(
        `sample ${index + 1}/${SAMPLES}: cold ${result.coldStart.toFixed(1)} ms, warm ${result.warmStart.toFixed(1)} ms, ` +
          `blank ${result.blankFirstLoad.toFixed(1)} / ${result.blankReload.toFixed(1)} ms`,
      );
      return result;
    });
    const series = (key: keyof Sample) => samples.map((s) => s[key]);
    const figure = (name: string, key: keyof Sample, baselineName: string, baselineKey: keyof Sample, goal?: string): Figure => ({
      name,
      value: ctx.median(series(key)),
      unit: 'ms',
      baseline: { name: baselineName, value: ctx.median(series(baselineKey)), samples: series(baselineKey) },
      ...(goal ? { goal } : {}),
      samples: series(key),
    });
    return [
      figure('Cold start to interactive (first run)', 'coldStart', 'Blank page, first load', 'blankFirstLoad', '< 1000 ms'),
      figure('Warm start to Dashboard (reload)', 'warmStart', 'Blank page, reload', 'blankReload'),
    ];
  },
};
