/**
 * The motivated intruder on the real page: the sample school's Trends screen and its exported
 * governors' report, read as rendered in Chromium, with every hidden number's range solved from
 * everything else shown (the same reader and solver as the component-level intruder test).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { DATABASE_NAME } from '../../shared/identity';
import { DEFAULT_CHECK_IN_TOPICS } from '../../shared/tally-import';
import { narrowedFigures } from '../support/intruder';
import { leftoverNumbers, TrendsReader, type ReaderContext } from '../support/trends-reader';
import { exportedDocument, printAsTheShellDoes } from './export-pdf';
import { captureScreen, expectAccessible, SCREENSHOT_DIR } from './support';

// Wednesday 10 March 2027: spring term.
const TODAY = new Date('2027-03-10T09:00:00');

/** The stored counts, read straight out of the page's IndexedDB. */
async function storedData(page: Page) {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [settings, checkIns, waves, results, indicators, campaigns] = await Promise.all(['settings', 'checkIns', 'surveyWaves', 'surveyResults', 'indicators', 'campaigns'].map(all));
    db.close();
    return { settings: settings![0] as { yearGroups: string[]; academicYears: never[]; suppressionThreshold?: number; checkInTopics?: string[] }, checkIns, waves, results, indicators, campaigns };
  }, DATABASE_NAME);
}

function readerFor(stored: Awaited<ReturnType<typeof storedData>>, period: ReaderContext['period']): TrendsReader {
  return new TrendsReader({
    data: { sessions: stored.checkIns as never, waves: stored.waves as never, results: stored.results as never, years: stored.settings.academicYears },
    indicators: stored.indicators as never,
    campaigns: stored.campaigns as never,
    topics: stored.settings.checkInTopics ?? [...DEFAULT_CHECK_IN_TOPICS],
    groups: stored.settings.yearGroups,
    threshold: stored.settings.suppressionThreshold ?? 5,
    period,
    today: '2027-03-10',
  });
}

test('nothing hidden on the sample school’s Trends screen or its governors’ report can be worked out from the rest of the page', async ({ page }) => {
  test.slow();
  await page.clock.setFixedTime(TODAY);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample school' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Topics, Spring term 2026\/27/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Indicators by term' })).toBeVisible();
  await expectAccessible(page, 'trends (sample school)');
  await captureScreen(page, '70-trends-disclosure');

  const stored = await storedData(page);
  const screenHtml = await page.locator('main').evaluate((main) => main.outerHTML);
  const screenDom = new JSDOM(`<body>${screenHtml}</body>`).window.document.body;
  const onScreen = readerFor(stored, { year: 2026, term: 'spring' });
  onScreen.readPage(screenDom);
  expect(onScreen.figures.length).toBeGreaterThan(40);
  expect(leftoverNumbers(screenDom, onScreen.accepted)).toEqual([]);
  expect(narrowedFigures(onScreen.figures)).toEqual([]);

  // The exported governors' report for the whole year: the document the export hands to the platform.
  await page.getByLabel('Term', { exact: true }).selectOption('year');
  await expect(page.getByRole('heading', { level: 2, name: /^Topics, academic year 2026\/27/ })).toBeVisible();
  const html = await exportedDocument(page, () => page.getByRole('button', { name: 'Governors’ report (PDF)' }).click());
  const reportDom = new JSDOM(html).window.document.body;
  const inReport = readerFor(stored, { year: 2026, term: null });
  inReport.readPage(reportDom);
  expect(reportDom.textContent).toContain('Grouped for this report');
  expect(inReport.figures.length).toBeGreaterThan(40);
  expect(leftoverNumbers(reportDom, inReport.accepted)).toEqual([]);
  expect(narrowedFigures(inReport.figures)).toEqual([]);

  // Pages to look at.
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdf = path.join(SCREENSHOT_DIR, '71-governors-report.pdf');
  await printAsTheShellDoes(page, html, 'a4', 'Brookfield Academy (sample school)', pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SCREENSHOT_DIR, '71-governors-report')]);
  } catch {
    console.log('pdftoppm is not installed: the report PDF is in test-results/screens for a person to read.');
  }
});
