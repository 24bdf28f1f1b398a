/**
 * Workshop plans to polished PDFs, in Chromium: the same print routes and the same options
 * (shared/print.ts) the shell uses with webContents.printToPDF, checked with poppler's tools.
 * Rendered pages go to test-results/screens (pdftoppm) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DATABASE_NAME } from '../../shared/identity';
import { PRINT_READY_ATTRIBUTE, playwrightPdfOptions, type PrintDocumentKind } from '../../shared/print';
import { exportedDocument, printAsTheShellDoes } from './export-pdf';
import { captureScreen, expectAccessible, idFromUrl, SCREENSHOT_DIR, setUpSchool } from './support';

const TODAY = new Date('2026-11-24T09:00:00');
const SCHOOL = 'Riverside Academy';

/** A logo a school might have: an SVG badge. */
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="96" viewBox="0 0 240 96">
<rect width="96" height="96" rx="18" fill="#1f5f5b"/><path d="M18 64 C36 30, 60 30, 78 64" stroke="#fde68a" stroke-width="8" fill="none"/>
<text x="108" y="44" font-family="sans-serif" font-size="26" font-weight="700" fill="#174744">Riverside</text>
<text x="108" y="74" font-family="sans-serif" font-size="20" fill="#174744">Academy</text></svg>`;

interface Pdf {
  file: string;
  text: string;
  info: string;
  pages: number;
}

/** Opens a print route, waits until it says it is ready, prints it with the shell's options and reads it back. */
async function printRoute(page: Page, route: string, kind: PrintDocumentKind, file: string): Promise<Pdf> {
  // A fresh document each time, as the shell's hidden window has: a hash change alone would keep the
  // previous view's ready mark until React caught up.
  await page.goto('about:blank');
  await page.goto(`/#${route}`);
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`);
  await page.pdf({ path: file, ...playwrightPdfOptions(kind, SCHOOL) });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return { file, text, info, pages };
}

/** The first pages (and the last) as PNGs (60 dpi) under test-results/screens, for a person to look at. */
function renderPages(pdf: Pdf, name: string, first = 4): void {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-l', String(first), pdf.file, path.join(SCREENSHOT_DIR, name)]);
  if (pdf.pages > first) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pdf.pages), '-l', String(pdf.pages), pdf.file, path.join(SCREENSHOT_DIR, name)]);
}

/**
 * The stored plan, read straight from IndexedDB (read-only), to prove exports never change it. The
 * in-page code is a string: this file compiles without DOM types, and tsx helpers do not exist in the page.
 */
async function storedPlan(page: Page, id: string): Promise<unknown> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open(${JSON.stringify(DATABASE_NAME)});
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('workshopPlans').objectStore('workshopPlans').get(${JSON.stringify(id)});
      request.onsuccess = () => { resolve(request.result); open.result.close(); };
      request.onerror = () => reject(request.error);
    };
  })`);
}

const A4 = /Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts/;
const SLIDES = /Page size:\s+960(\.\d+)? x 540(\.\d+)? pts/;

test('a lead builds the parent workshop from its template, links two handouts and exports polished PDFs', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);

  // The school's contacts and logo, which every handout carries.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Mental Health Support Team contact').fill('Sam Green, Education Mental Health Practitioner, 01632 960123');
  await page.getByLabel('Designated Safeguarding Lead contact').fill('Mrs Ahmed, via the school office, 01632 960100');
  await page.getByRole('button', { name: 'Save settings' }).click();
  const logoInput = page.getByLabel('Upload a logo');
  await logoInput.setInputFiles({ name: 'notes.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(page.getByRole('alert')).toContainText('“notes.gif” is not a PNG, JPEG or SVG image.');
  await logoInput.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(600 * 1024, 1) });
  await expect(page.getByRole('alert')).toContainText('“huge.png” is 600 KB. Choose a logo of 500 KB or less');
  await logoInput.setInputFiles({ name: 'riverside.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
  await expect(page.getByText('Logo saved.')).toBeVisible();
  await expect(page.getByRole('img', { name: `Current logo of ${SCHOOL}` })).toBeVisible();
  await expectAccessible(page, 'settings with logo');
  await captureScreen(page, 'workshops-01-settings-logo');

  // Start from the template and choose the date.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshops', exact: true }).click();
  await expectAccessible(page, 'workshops (empty)');
  await page.getByRole('link', { name: 'Start from a template' }).first().click();
  await expectAccessible(page, 'workshop templates');
  await captureScreen(page, 'workshops-02-templates');
  await page.getByRole('link', { name: 'Use the template Helping your child sleep well' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Helping your child sleep well');
  await page.getByLabel('Date').fill('2026-12-03');
  await expect(page.getByText('Total 60 minutes of a 60-minute slot.')).toBeVisible();
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Helping your child sleep well' })).toBeVisible();
  const planId = await idFromUrl(page, /#\/workshops\/([0-9a-f-]+)$/);
  expect(planId).toBeTruthy();

  // Clock times run from the start time.
  const agenda = page.getByRole('list', { name: 'Agenda sections' });
  await expect(agenda.getByRole('listitem').nth(1)).toContainText('18:05–18:15');
  await expect(agenda.getByRole('listitem').last()).toContainText('18:50–19:00');

  // Link two handouts from the library with the resource picker.
  const find = page.getByLabel('Find a resource to attach');
  await find.fill('helping your child sleep');
  await page.getByRole('button', { name: 'Attach “Helping your child sleep well”' }).click();
  await find.fill('screens and sleep');
  await page.getByRole('button', { name: 'Attach “Screens and sleep”' }).click();
  const attached = page.getByRole('list', { name: 'Resources attached to this workshop plan' });
  await expect(attached.getByRole('listitem')).toHaveCount(2);

  await expectAccessible(page, 'workshop plan editor');
  await captureScreen(page, 'workshops-03-editor');

  // An export panel, with the documents and their file names, for the saved plan.
  await expect(page.getByRole('button', { name: 'Parent handout (PDF)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Facilitator plan (PDF)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Slides (PDF)' })).toBeVisible();

  const before = await storedPlan(page, planId!);
  // The export renders the document in the app and hands it to the platform: here the browser's
  // print frame (the desktop app prints it in a hidden window and saves it with a native dialog).
  const exported = await exportedDocument(page, () => page.getByRole('button', { name: 'Parent handout (PDF)' }).click());
  await expect(page.getByText('PDF ready.')).toBeVisible({ timeout: 30_000 });
  expect(exported).not.toMatch(/<script/i);
  const dir = testInfo.outputPath();
  const exportFile = path.join(dir, 'exported-handout.pdf');
  await printAsTheShellDoes(page, exported, 'a4', SCHOOL, exportFile);
  const exportedText = execFileSync('pdftotext', ['-layout', exportFile, '-'], { encoding: 'utf8' });
  // The other two documents, exported the same way.
  const exportedFacilitatorFile = path.join(dir, 'exported-facilitator.pdf');
  await printAsTheShellDoes(page, await exportedDocument(page, () => page.getByRole('button', { name: 'Facilitator plan (PDF)' }).click()), 'a4', SCHOOL, exportedFacilitatorFile);
  const exportedSlidesFile = path.join(dir, 'exported-slides.pdf');
  await printAsTheShellDoes(page, await exportedDocument(page, () => page.getByRole('button', { name: 'Slides (PDF)' }).click()), 'slides', SCHOOL, exportedSlidesFile);

  // Parent handout (A4).
  const handout = await printRoute(page, `/print/workshop/${planId}/handout`, 'a4', path.join(dir, 'handout.pdf'));
  await expect(page.getByRole('heading', { level: 1, name: 'Helping your child sleep well' })).toBeVisible();
  await expectAccessible(page, 'parent handout print view');
  expect(handout.text).toContain('Helping your child sleep well');
  expect(handout.text).toContain(SCHOOL);
  expect(handout.text).toMatch(/Thursday 3 December 2026 · 18:00 to 19:00 · School library/);
  expect(handout.text).toContain('Key messages');
  expect(handout.text).toContain('Tips to try at home');
  expect(handout.text).toContain('Screens and sleep'); // the second linked resource's tips
  expect(handout.text).toContain('Where to get help');
  expect(handout.text).toMatch(/Sam Green, Education Mental Health Practitioner, 01632\s+960123/);
  expect(handout.text).toContain('0800 1111');
  expect(handout.text).toContain('116 123');
  expect(handout.text).toMatch(/SHOUT to 85258/);
  expect(handout.text).toContain('NHS 111');
  expect(handout.text).toMatch(new RegExp(`Page 1 of ${handout.pages}`));
  expect(handout.pages).toBeGreaterThanOrEqual(2);
  expect(handout.info).toMatch(A4);
  expect(handout.info).toMatch(/Tagged:\s+yes/);
  renderPages(handout, 'workshops-04-handout');
  // What the export button made is the same document, page for page.
  const exportedInfo = execFileSync('pdfinfo', [exportFile], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(exportedInfo)?.[1])).toBe(handout.pages);
  expect(exportedInfo).toMatch(A4);
  expect(exportedText.replace(/\s+/g, ' ')).toBe(handout.text.replace(/\s+/g, ' '));
  renderPages({ file: exportFile, text: exportedText, info: exportedInfo, pages: handout.pages }, 'workshops-04b-exported-handout');

  // Facilitator plan (A4) with clock times.
  const facilitator = await printRoute(page, `/print/workshop/${planId}/facilitator`, 'a4', path.join(dir, 'facilitator.pdf'));
  await expectAccessible(page, 'facilitator plan print view');
  expect(facilitator.text).toContain('Facilitator plan');
  for (const time of ['18:00–18:05', '18:05–18:15', '18:15–18:25', '18:25–18:40', '18:40–18:50', '18:50–19:00']) expect(facilitator.text).toContain(time);
  expect(facilitator.text).toContain('Materials checklist');
  expect(facilitator.text).toContain('Routine planner cards');
  expect(facilitator.text).toContain('Handouts to bring');
  expect(facilitator.info).toMatch(A4);
  expect(facilitator.info).toMatch(/Tagged:\s+yes/);
  renderPages(facilitator, 'workshops-05-facilitator');
  expect(execFileSync('pdftotext', ['-layout', exportedFacilitatorFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toBe(facilitator.text.replace(/\s+/g, ' '));

  // Assembly-style slides (16:9): a title slide, one per section, key messages, where to get help.
  const slides = await printRoute(page, `/print/workshop/${planId}/slides`, 'slides', path.join(dir, 'slides.pdf'));
  await expectAccessible(page, 'slides print view');
  expect(slides.info).toMatch(SLIDES);
  // Title, six sections, five key messages on two balanced slides (3 and 2), and where to get help: the
  // school's own contacts on one slide (they are long here), the national helplines on the next.
  expect(slides.pages).toBe(1 + 6 + 2 + 2);
  expect(slides.text).not.toMatch(/Page \d+ of \d+/);
  expect(slides.text).toContain('What gets in the way at home');
  expect(slides.text).toContain('Remember');
  expect(slides.text).toContain('Where to get help');
  renderPages(slides, 'workshops-06-slides');
  const exportedSlidesInfo = execFileSync('pdfinfo', [exportedSlidesFile], { encoding: 'utf8' });
  expect(exportedSlidesInfo).toMatch(SLIDES);
  expect(Number(/Pages:\s+(\d+)/.exec(exportedSlidesInfo)?.[1])).toBe(slides.pages);
  expect(execFileSync('pdftotext', ['-layout', exportedSlidesFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toBe(slides.text.replace(/\s+/g, ' '));

  // Exporting changed nothing in the plan.
  expect(await storedPlan(page, planId!)).toEqual(before);

  // The plan is listed with its date, length and audience.
  await page.goto('/#/workshops');
  const row = page.getByRole('row', { name: /Helping your child sleep well/ });
  await expect(row).toContainText('3 December 2026, 18:00');
  await expect(row).toContainText('60 min of 60');
  await expectAccessible(page, 'workshops list');
  await captureScreen(page, 'workshops-11-list');
});

test('a long agenda with Welsh, Polish and Urdu text, emoji and a 5,000-word section flows over pages without losing a word', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);
  await page.goto('/#/workshops/new');

  // An empty agenda saves, but export explains what it needs.
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('alert')).toContainText('Some fields need fixing');
  await expect(page.getByText('Give the workshop plan a title.')).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Cysgu’n dda · Dobry sen dla dzieci · بچوں کی اچھی نیند');
  await page.getByLabel('Start time').fill('09:00');
  await page.getByLabel('Slot length (minutes)').fill('90');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByText('Add at least one agenda section before exporting')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Parent handout (PDF)' })).toHaveCount(0);

  // Twenty sections, one of 5,000 words, one with emoji and one in Urdu.
  const longWords = Array.from({ length: 5_000 }, (_, i) => (i % 17 === 0 ? 'sleep' : i % 11 === 0 ? 'routine' : 'bedtime')).join(' ');
  const sections = Array.from({ length: 20 }, (_, i) => `Section ${i + 1}`);
  sections[2] = 'Gwely, ŵyr a ŷd: amser gwely';
  sections[3] = 'Łóżko i żółw: spokojny wieczór';
  sections[4] = 'نیند کے لیے پرسکون معمول';
  sections[5] = 'Phones away 📵 and lights down 🌙';
  for (const [i, title] of sections.entries()) {
    await page.getByRole('button', { name: 'Add a section' }).click();
    await page.getByLabel(`Section ${i + 1} Title`).fill(title);
    await page.getByLabel(`Section ${i + 1} Minutes`).fill('5');
  }
  await page.getByLabel('Section 7 What happens').fill(`${longWords} LASTWORDOFTHESECTION`);
  await page.getByLabel('Section 8 What happens').fill('A long link: https://www.example.org/a/very/long/path/that/would/otherwise/run/off/the/edge/of/the/page/if/it/did/not/wrap/anywhere');

  // Zero and negative minutes are errors beside the field; nothing is saved until they are fixed.
  await page.getByLabel('Section 9 Minutes').fill('0');
  await expect(page.getByText('A section needs at least 1 minute.')).toBeVisible();
  await page.getByLabel('Section 9 Minutes').fill('-5');
  await expect(page.getByLabel('Section 9 Minutes')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing has been saved yet');
  await page.getByLabel('Section 9 Minutes').fill('5');
  // 20 × 5 = 100 minutes in a 90-minute slot: a warning, not an error.
  await expect(page.getByText('The agenda runs 10 minutes over the 90-minute slot.')).toBeVisible();
  await expectAccessible(page, 'long agenda editor');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Plan saved.')).toBeVisible();
  const planId = await idFromUrl(page, /#\/workshops\/([0-9a-f-]+)$/);

  const dir = testInfo.outputPath();
  const facilitator = await printRoute(page, `/print/workshop/${planId}/facilitator`, 'a4', path.join(dir, 'long-facilitator.pdf'));
  expect(facilitator.pages).toBeGreaterThanOrEqual(2);
  expect(facilitator.text).toContain('LASTWORDOFTHESECTION'); // nothing of the 5,000 words is lost
  expect(facilitator.text).toContain('10:35–10:40'); // the last section's clock time
  expect(facilitator.text).toContain('The agenda runs 10 minutes over the 90-minute slot.');
  for (const words of ['ŵyr', 'ŷd', 'Łóżko', 'żółw', 'پرسکون']) expect(facilitator.text).toContain(words);
  expect(facilitator.text).toContain('anywhere');
  renderPages(facilitator, 'workshops-07-long-facilitator');

  const handout = await printRoute(page, `/print/workshop/${planId}/handout`, 'a4', path.join(dir, 'long-handout.pdf'));
  expect(handout.text).toContain('LASTWORDOFTHESECTION');
  for (const words of ['ŵyr', 'Łóżko', 'پرسکون']) expect(handout.text).toContain(words);
  renderPages(handout, 'workshops-08-long-handout');

  const slides = await printRoute(page, `/print/workshop/${planId}/slides`, 'slides', path.join(dir, 'long-slides.pdf'));
  expect(slides.info).toMatch(SLIDES);
  expect(slides.text).toContain('LASTWORDOFTHESECTION');
  expect(slides.pages).toBeGreaterThan(22);
  renderPages(slides, 'workshops-09-long-slides');
});

test('agenda sections reorder by keyboard and by dragging, and focus stays on the moved section', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);
  await page.goto('/#/workshops/new?template=sleep-assembly');
  const items = page.getByRole('list', { name: 'Agenda sections' }).getByRole('listitem');
  const titles = () => items.locator('h3').allInnerTexts();
  await expect(items).toHaveCount(6);

  // Move down with the button: the button keeps focus on the moved section.
  await page.getByRole('button', { name: 'Move “How did you sleep?” down' }).click();
  expect((await titles())[1]).toContain('How did you sleep?');
  await expect(page.getByRole('button', { name: 'Move “How did you sleep?” down' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Moved “How did you sleep?” to position 2 of 6.' })).toBeAttached();

  // Alt+Up from inside the section's fields moves it back; the field keeps focus.
  await page.getByLabel('Section 2 Title').focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect((await titles())[0]).toContain('How did you sleep?');
  await expect(page.getByLabel('Section 1 Title')).toBeFocused();
  await expect(page.getByLabel('Section 1 Title')).toHaveValue('How did you sleep?');
  // At the top, Move up is unavailable and focus moves to Move down in the same section.
  await page.getByRole('button', { name: 'Move “How did you sleep?” down' }).click();
  await page.getByRole('button', { name: 'Move “How did you sleep?” up' }).click();
  await expect(page.getByRole('button', { name: 'Move “How did you sleep?” up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move “How did you sleep?” down' })).toBeFocused();

  // Drag the second section's handle onto the top half of the first (both on screen, as a person would).
  await items.first().evaluate((item) => item.scrollIntoView());
  await page.getByRole('button', { name: /^Reorder “What sleep does for you”/ }).dragTo(items.first(), { targetPosition: { x: 40, y: 8 } });
  expect((await titles())[0]).toContain('What sleep does for you');
  expect((await titles())[1]).toContain('How did you sleep?');
  // Clock times follow the new order: the 3-minute section now opens the assembly.
  await expect(items.first()).toContainText('08:45–08:48');
  await expect(items.nth(1)).toContainText('08:48–08:50');
  await expect(page.getByText('Total 15 minutes of a 15-minute slot.')).toBeVisible();
  await expectAccessible(page, 'agenda after reordering');
});

test('the campaign one-pager for governors reads the campaign and its reach', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Load sample school' }).click();
  await expect(page.getByText('Sample school loaded.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  await page.getByRole('link', { name: 'Sleep well this winter' }).click();
  const campaignId = await idFromUrl(page, /#\/campaigns\/([0-9a-f-]+)$/);

  const pdf = await printRoute(page, `/print/campaign/${campaignId}/one-pager`, 'a4', testInfo.outputPath('one-pager.pdf'));
  await expectAccessible(page, 'campaign one-pager print view');
  expect(pdf.text).toContain('Campaign summary for senior leaders and governors');
  expect(pdf.text).toContain('Sleep well this winter');
  for (const heading of ['Why', 'What', 'When', 'Reach so far']) expect(pdf.text).toMatch(new RegExp(`^\\s*${heading}\\s*$`, 'm'));
  expect(pdf.text).toMatch(/\d+ of \d+ activities done/);
  expect(pdf.info).toMatch(A4);
  renderPages(pdf, 'workshops-10-one-pager');
});
