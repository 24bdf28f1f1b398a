/**
 * How long a 10-page parent handout takes to export, against Chromium printing the same content as
 * static HTML, measured in the same page one after the other.
 *
 * Upstream's figure is what the shell does for an export: load the print route in a fresh document,
 * wait until the view marks itself ready (data read from IndexedDB, logo and fonts loaded), then
 * print with the shared options (page.pdf here, webContents.printToPDF in the shell). The baseline
 * takes the print view's rendered HTML with every stylesheet inlined (fonts still loaded from the
 * same server), loads it as a static page and prints it with the same options: the floor any
 * HTML-to-PDF export has to pay for this document. The static page is served on the app's origin
 * so the fonts load from the same place without a cross-origin request.
 */
import type { Page } from '@playwright/test';
import { PRINT_READY_ATTRIBUTE, playwrightPdfOptions } from '../shared/print';
import { DATABASE_NAME } from '../shared/identity';
import type { Benchmark, BenchContext, Figure } from './harness';

const SAMPLES = 5;
const SCHOOL = 'Riverside Academy';
const PLAN_ID = 'bench-handout';
const TARGET_PAGES = 10;

/** Pages in a PDF Chromium wrote (one /Type /Page object per page). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** A plan whose handout runs to about ten A4 pages: `words` words of "what happens" per section. */
function benchPlan(words: number) {
  const sentence = 'Families talk about what makes bedtime hard and agree one small change to try this week, such as a regular wake-up time.';
  const text = (n: number) => Array.from({ length: Math.ceil(n / 22) }, () => sentence).join(' ');
  const now = new Date().toISOString();
  return {
    id: PLAN_ID,
    title: 'Helping your child sleep well',
    audience: 'parents',
    yearGroups: [],
    theme: 'sleep',
    date: '2026-12-03',
    startTime: '18:00',
    slotMinutes: 60,
    venue: 'School library',
    facilitators: ['Wellbeing lead', 'MHST practitioner'],
    objectives: ['Understand why sleep matters', 'Leave with one change to try'],
    keyMessages: ['Same wake-up time every day.', 'Screens off an hour before bed.', 'Phones charge outside the bedroom.'],
    summary: 'An hour for parents and carers on helping children get the sleep they need.',
    agenda: Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, title: `Section ${i + 1}: sleep and routines`, minutes: 5, whatHappens: text(words) })),
    materialsChecklist: [{ item: 'Printed handouts', done: false }],
    signposting: 'Talk to your child’s tutor or our wellbeing lead.',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Writes the plan and links two built-in resources straight into IndexedDB (the app is open in the
 * page). In-page code is a string, as in page-timing.ts: tsx helpers do not exist in the page.
 */
async function storePlan(page: Page, words: number): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const plan = ${JSON.stringify(benchPlan(words))};
    const open = indexedDB.open(${JSON.stringify(DATABASE_NAME)});
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['workshopPlans', 'resourceLinks', 'resources'], 'readwrite');
      tx.objectStore('workshopPlans').put(plan);
      const all = tx.objectStore('resources').getAll();
      all.onsuccess = () => {
        for (const r of all.result) {
          if (r.builtInId !== 'parent-handout-helping-children-sleep' && r.builtInId !== 'screens-and-sleep') continue;
          tx.objectStore('resourceLinks').put({ id: 'bench-' + r.id, resourceId: r.id, ownerType: 'workshopPlan', ownerId: plan.id });
        }
      };
      tx.oncomplete = () => { db.close(); resolve(undefined); };
      tx.onerror = () => reject(tx.error);
    };
  })`);
}

/** True once the built-in resources (synced just after start-up) are in the database. */
const RESOURCES_SYNCED = `new Promise((resolve) => {
  const open = indexedDB.open(${JSON.stringify(DATABASE_NAME)});
  open.onerror = () => resolve(false);
  open.onsuccess = () => {
    const count = open.result.transaction('resources').objectStore('resources').count();
    count.onsuccess = () => { resolve(count.result > 0); open.result.close(); };
  };
})`;

/** The rendered print view as one static HTML document: stylesheets inlined (font URLs made absolute), no scripts. */
const STATIC_HTML = `(() => {
  const css = [...document.styleSheets].map((sheet) => {
    const base = sheet.href || location.href;
    return [...sheet.cssRules].map((rule) => rule.cssText.replace(/url\\("?([^")]+)"?\\)/g, (_, url) => 'url("' + new URL(url, base).href + '")')).join('\\n');
  }).join('\\n');
  const clone = document.documentElement.cloneNode(true);
  clone.querySelectorAll('script, link, style, meta[http-equiv]').forEach((node) => node.remove());
  const style = document.createElement('style');
  style.textContent = css;
  clone.querySelector('head').append(style);
  return '<!doctype html>' + clone.outerHTML;
})()`;

/** Load the print route in a fresh document, wait until ready, print: what an export does. */
async function exportHandout(page: Page, route: string): Promise<{ ms: number; pages: number }> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(route);
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`, { state: 'attached' });
  const pdf = await page.pdf(playwrightPdfOptions('a4', SCHOOL));
  return { ms: performance.now() - started, pages: pageCount(pdf) };
}

/**
 * The same export in a window where Upstream is already running (what a shell that kept one hidden
 * print window warm would pay): from another screen, switch to the print route, wait, print.
 */
async function exportInWarmWindow(page: Page, baseUrl: string, route: string): Promise<number> {
  await page.goto(`${baseUrl}#/workshops`);
  await page.getByRole('heading', { level: 1, name: 'Workshops' }).waitFor();
  await page.waitForSelector(`html:not([${PRINT_READY_ATTRIBUTE}])`, { state: 'attached' });
  const started = performance.now();
  await page.evaluate(`location.hash = ${JSON.stringify(new URL(route).hash)}`);
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`, { state: 'attached' });
  await page.pdf(playwrightPdfOptions('a4', SCHOOL));
  return performance.now() - started;
}

/** Chromium printing the same content from static HTML, timed the same way. */
async function printStatic(page: Page, url: string): Promise<{ ms: number; pages: number }> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const pdf = await page.pdf(playwrightPdfOptions('a4', SCHOOL));
  return { ms: performance.now() - started, pages: pageCount(pdf) };
}

export const benchmark: Benchmark = {
  name: 'PDF export',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const page = await ctx.newPage();
    await page.goto(ctx.baseUrl);
    await page.getByLabel('School name').fill(SCHOOL);
    await page.getByRole('button', { name: 'Start using Upstream' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    // Built-in resources arrive just after start-up; the handout's tips come from two of them.
    await page.waitForFunction(RESOURCES_SYNCED);

    // Size the plan so the handout is ten pages.
    const route = `${ctx.baseUrl}#/print/workshop/${PLAN_ID}/handout`;
    let words = 200;
    let pages = 0;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await storePlan(page, words);
      pages = (await exportHandout(page, route)).pages;
      if (pages === TARGET_PAGES) break;
      words = Math.max(20, Math.round((words * (TARGET_PAGES - 2)) / Math.max(1, pages - 2)));
    }
    ctx.log(`handout: ${pages} pages with ${words} words per agenda section`);
    if (pages < TARGET_PAGES - 1 || pages > TARGET_PAGES + 1) throw new Error(`The bench handout came out at ${pages} pages, not about ${TARGET_PAGES}.`);

    await page.goto(route);
    await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`, { state: 'attached' });
    const html = String(await page.evaluate(STATIC_HTML));
    // Served from the app's own origin (as a plain page, no scripts) so the bundled fonts load as they do for the print view.
    const staticUrl = new URL('bench-static-handout.html', ctx.baseUrl).href;
    await page.route(staticUrl, (request) => request.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const warm = await printStatic(page, staticUrl);
    if (warm.pages !== pages) throw new Error(`The static copy printed ${warm.pages} pages, the print view ${pages}: they are not the same content.`);

    const samples = await ctx.repeat(SAMPLES, async (index) => {
      const upstream = await exportHandout(page, route);
      const plain = await printStatic(page, staticUrl);
      const warmWindow = await exportInWarmWindow(page, ctx.baseUrl, route);
      ctx.log(`sample ${index + 1}/${SAMPLES}: print view ${upstream.ms.toFixed(0)} ms, static HTML ${plain.ms.toFixed(0)} ms, print view in a warm window ${warmWindow.toFixed(0)} ms`);
      return { upstream: upstream.ms, plain: plain.ms, warmWindow };
    });
    await page.context().close();
    return [
      {
        name: `Parent handout PDF, ${pages} A4 pages (load print view, wait until ready, print)`,
        value: ctx.median(samples.map((s) => s.upstream)),
        unit: 'ms',
        baseline: { name: 'Chromium printing the same handout as static HTML', value: ctx.median(samples.map((s) => s.plain)), samples: samples.map((s) => s.plain) },
        goal: '< 1.5x',
        samples: samples.map((s) => s.upstream),
      },
      {
        // Not a goal: shows how much of the export is Upstream starting up in a fresh window.
        name: `Parent handout PDF, ${pages} A4 pages, in a window where Upstream is already running`,
        value: ctx.median(samples.map((s) => s.warmWindow)),
        unit: 'ms',
        baseline: { name: 'Chromium printing the same handout as static HTML', value: ctx.median(samples.map((s) => s.plain)), samples: samples.map((s) => s.plain) },
        samples: samples.map((s) => s.warmWindow),
      },
    ];
  },
};
