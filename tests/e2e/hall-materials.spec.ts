/**
 * Materials a school is proud of: the sleep assembly and the parent workshop exported as PDF,
 * PowerPoint and Word, the campaign one-pager and the bedding appeal letter as Word, each opened
 * and checked (pages, fonts, tagging, slides, notes, text) and, where LibreOffice is installed,
 * converted and rendered for a person to look at (test-results/screens).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { exportedDocument, printAsTheShellDoes } from './export-pdf';
import { checkPdf, convertWithLibreOffice, expectNoStrandedHeading, libreOfficeMissing, readDocx, readPptx, renderPdfPages, savedDownload } from './office-files';
import { captureScreen, expectAccessible, setUpSchool } from './support';

const TODAY = new Date('2026-11-24T09:00:00');
const SCHOOL = 'Riverside Academy';
const A4 = /Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts/;
const SLIDES = /Page size:\s+960(\.\d+)? x 540(\.\d+)? pts/;
const MHST = 'Sam Green, Education Mental Health Practitioner, 01632 960123';
const DSL = 'Mrs Ahmed, via the school office, 01632 960100';
const SLEEP_PAGE = 'https://www.riverside.sch.uk/sleep';

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="96" viewBox="0 0 240 96">
<rect width="96" height="96" rx="18" fill="#1f5f5b"/><path d="M18 64 C36 30, 60 30, 78 64" stroke="#fde68a" stroke-width="8" fill="none"/>
<text x="108" y="44" font-family="sans-serif" font-size="26" font-weight="700" fill="#174744">Riverside</text>
<text x="108" y="74" font-family="sans-serif" font-size="20" fill="#174744">Academy</text></svg>`;
/** A picture for the handout: a moon over a bed. */
const PICTURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="220" viewBox="0 0 320 220">
<rect width="320" height="220" rx="16" fill="#1e3a5f"/><circle cx="250" cy="60" r="32" fill="#fde68a"/><circle cx="264" cy="50" r="30" fill="#1e3a5f"/>
<rect x="40" y="130" width="240" height="50" rx="10" fill="#e3f0ec"/><rect x="50" y="110" width="70" height="30" rx="10" fill="#fff"/><rect x="40" y="180" width="12" height="24" fill="#e3f0ec"/><rect x="268" y="180" width="12" height="24" fill="#e3f0ec"/></svg>`;

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

async function download(page: Page, button: string, dir: string): Promise<string> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return savedDownload(await started, dir);
}

async function createFromTemplate(page: Page, template: string, date: string): Promise<void> {
  await nav(page, 'Workshops');
  await page.getByRole('link', { name: 'Start from a template' }).first().click();
  await page.getByRole('link', { name: `Use the template ${template}` }).click();
  await page.getByLabel('Date').fill(date);
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: template })).toBeVisible();
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

test('a lead exports the sleep assembly and the parent workshop as PDF, PowerPoint and Word, and each is fit to project or send home', async ({ page }, testInfo) => {
  test.setTimeout(900_000);
  const dir = testInfo.outputPath();
  fs.mkdirSync(dir, { recursive: true });
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);

  // Settings: contacts, logo (a wrong type and one over 1 MB refused), the handout's QR link and picture.
  await nav(page, 'Settings');
  await page.getByLabel('Mental Health Support Team contact').fill(MHST);
  await page.getByLabel('Designated Safeguarding Lead contact').fill(DSL);
  await page.getByRole('button', { name: 'Save settings' }).click();
  const logo = page.getByLabel('Upload a logo');
  await logo.setInputFiles({ name: 'crest.bmp', mimeType: 'image/bmp', buffer: Buffer.from('BM') });
  await expect(page.getByRole('alert')).toContainText('“crest.bmp” is not a PNG, JPEG or SVG image.');
  await logo.setInputFiles({ name: 'crest.png', mimeType: 'image/png', buffer: Buffer.alloc(1_100 * 1024, 1) });
  await expect(page.getByRole('alert')).toContainText('Choose a logo of 500 KB or less');
  await logo.setInputFiles({ name: 'riverside.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
  await expect(page.getByText('Logo saved.')).toBeVisible();
  const link = page.getByLabel('Web page for the handout’s QR code');
  for (const bad of ['ftp://files.riverside.sch.uk/sleep', 'javascript:alert(1)', 'riverside sleep page']) {
    await link.fill(bad);
    await page.getByRole('button', { name: 'Save link' }).click();
    await expect(page.getByRole('alert')).toContainText(/web page|full web address/);
  }
  await link.fill(SLEEP_PAGE);
  await page.getByRole('button', { name: 'Save link' }).click();
  await expect(page.getByText('Link saved. Parent handouts carry a QR code to it.')).toBeVisible();
  await page.getByLabel('Add a picture to handouts').setInputFiles({ name: 'bedtime.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(PICTURE_SVG) });
  await expect(page.getByText('Picture saved.')).toBeVisible();
  await expectAccessible(page, 'settings with handout extras');
  await captureScreen(page, 'hall-01-settings');

  // ── The sleep assembly: slides for the hall ──────────────────────────────────────────────
  await createFromTemplate(page, 'Sleep: your secret superpower', '2026-12-07');
  await expect(page.getByRole('button', { name: 'Slides (PowerPoint)' })).toBeVisible();
  await expectAccessible(page, 'assembly plan with exports');
  const slidesPdf = path.join(dir, 'assembly-slides.pdf');
  await printAsTheShellDoes(page, await exportedDocument(page, () => page.getByRole('button', { name: 'Slides (PDF)' }).click()), 'slides', SCHOOL, slidesPdf);
  const slides = checkPdf(slidesPdf, SLIDES);
  // Title, six sections, four key messages on one slide, where to get help: no "(2 of 2)" slide.
  expect(slides.pages).toBe(9);
  expect(slides.text).not.toMatch(/Page \d+ of \d+|\d of 6|\(2 of 2\)/);
  expect(slides.pageTexts[0]).toContain(SCHOOL);
  expect(flat(slides.pageTexts[0]!)).toContain('Sleep: your secret superpower');
  expect(slides.text).not.toContain('Keep it light'); // facilitator notes stay off the slides
  const help = flat(slides.pageTexts[8]!);
  for (const expected of ['Where to get help', 'Sam Green', 'Mrs Ahmed', 'NHS 111', '0800 1111', '116 123', 'SHOUT to 85258', 'call 999']) expect(help).toContain(expected);
  renderPdfPages(slidesPdf, 'hall-02-assembly-slides');

  const pptxFile = await download(page, 'Slides (PowerPoint)', dir);
  expect(path.basename(pptxFile)).toBe('2026-12-07 Sleep- your secret superpower - slides.pptx');
  const deck = await readPptx(pptxFile);
  expect(deck.slides).toHaveLength(slides.pages);
  expect(deck.slides[0]).toContain('Sleep: your secret superpower');
  expect(deck.media.length).toBeGreaterThan(0); // the school's logo on the title slide
  expect(deck.slides[1]).toContain('How did you sleep?');
  expect(deck.notes[1]).toContain('Keep it light and quick; no one is in trouble.');
  expect(deck.notes[1]).toContain('08:45–08:47');
  for (const slide of deck.slides) expect(slide).not.toContain('Keep it light');
  for (const expected of ['Sam Green', '0800 1111', 'SHOUT to 85258']) expect(deck.slides[8]).toContain(expected);

  // ── The parent workshop: a pupil tip sheet is flagged before it goes home ──────────────
  await createFromTemplate(page, 'Helping your child sleep well', '2026-12-03');
  const find = page.getByLabel('Find a resource to attach');
  await find.fill('helping your child sleep');
  await page.getByRole('button', { name: 'Attach “Helping your child sleep well”' }).click();
  await find.fill('sleep tips for key stage 3');
  await page.getByRole('button', { name: 'Attach “Sleep tips for Key Stage 3”' }).click();
  await expect(page.getByRole('note')).toContainText('“Sleep tips for Key Stage 3” is written for pupils or staff, not parents');
  await expectAccessible(page, 'parent workshop with a pupil resource');
  await captureScreen(page, 'hall-03-pupil-resource-warning');
  await page.getByRole('button', { name: 'Remove “Sleep tips for Key Stage 3”' }).click();
  await expect(page.getByRole('note')).toHaveCount(0);

  const handoutPdf = path.join(dir, 'parent-handout.pdf');
  await printAsTheShellDoes(page, await exportedDocument(page, () => page.getByRole('button', { name: 'Parent handout (PDF)' }).click()), 'a4', SCHOOL, handoutPdf);
  const handout = checkPdf(handoutPdf, A4);
  expect(handout.pages).toBeGreaterThanOrEqual(2);
  expect(handout.pages).toBeLessThanOrEqual(4);
  // The school's name once on page 1 (the masthead), not again in a running header or footnote.
  expect(handout.pageTexts[0]!.split(SCHOOL).length - 1).toBe(1);
  for (const expected of ['Find out more', 'riverside.sch.uk/sleep', 'Key messages', MHST, 'SHOUT to 85258', 'A warm welcome']) expect(flat(handout.text)).toContain(expected);
  expect(handout.text).not.toContain('Welcome families'); // parent-facing wording
  // The key messages box is whole on one page.
  const keyMessagesPage = handout.pageTexts.findIndex((p) => p.includes('Key messages'));
  expect(flat(handout.pageTexts[keyMessagesPage]!)).toContain('If sleep problems go on for weeks');
  expectNoStrandedHeading(handout, ['What the workshop covers', 'Key messages', 'Tips to try at home', 'Where to get help', 'Find out more', 'At school', 'By the end, you will']);
  renderPdfPages(handoutPdf, 'hall-04-parent-handout');

  const parentDeck = await readPptx(await download(page, 'Slides (PowerPoint)', dir));
  // The parents' deck shows what parents hear; the facilitator's instructions are in the notes.
  expect(parentDeck.slides.join('\n')).not.toMatch(/Count heads|flipchart|Point out exits/i);
  expect(parentDeck.notes.join('\n')).toContain('Count heads at the door');
  const parentSlidesPdf = path.join(dir, 'parent-slides.pdf');
  await printAsTheShellDoes(page, await exportedDocument(page, () => page.getByRole('button', { name: 'Slides (PDF)' }).click()), 'slides', SCHOOL, parentSlidesPdf);
  const parentSlides = checkPdf(parentSlidesPdf, SLIDES);
  expect(parentSlides.pages).toBe(parentDeck.slides.length);
  renderPdfPages(parentSlidesPdf, 'hall-05-parent-slides');

  const handoutDocx = await readDocx(await download(page, 'Parent handout (Word)', dir));
  for (const expected of ['Helping your child sleep well', 'What the workshop covers', 'Key messages', 'Charge phones and tablets outside the bedroom overnight.', 'Find out more', 'riverside.sch.uk/sleep', MHST, 'Childline']) expect(handoutDocx.text).toContain(expected);
  expect(handoutDocx.text.split('What the workshop covers')[0]!.split(SCHOOL).length - 1).toBe(1);
  expect(handoutDocx.media.length).toBe(3); // logo, picture, QR code
  expect(handoutDocx.xml).toContain('<w:cantSplit/>'); // boxes and table rows never split
  expect(handoutDocx.xml).toContain('<w:keepNext/>'); // headings stay with what follows

  // ── The campaign one-pager and the bedding appeal letter, as Word ────────────────────
  await nav(page, 'Settings');
  await page.getByRole('button', { name: 'Load sample school' }).click();
  await expect(page.getByText('Sample school loaded.')).toBeVisible();
  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'Sleep well this winter' }).click();
  const onePager = await readDocx(await download(page, 'Campaign one-pager (Word)', dir));
  for (const expected of ['Campaign summary for senior leaders and governors', 'Sleep well this winter', 'Why', 'Reach so far', 'activities done']) expect(onePager.text).toContain(expected);
  await nav(page, 'Resources');
  await page.getByLabel('Search resources').fill('bedding appeal');
  await page.getByRole('link', { name: 'Letter to families: our bedding appeal' }).click();
  const letter = await readDocx(await download(page, 'Word document (.docx)', dir));
  for (const expected of ['Dear families,', 'Sleep well: our bedding appeal', 'If you would like to donate', 'With warm wishes,']) expect(letter.text).toContain(expected);
  expect(letter.text).not.toContain('{{school.name}}');
  await expectAccessible(page, 'resource with Word export');

  // ── Opened by another office suite ─────────────────────────────────────────────────
  const missing = libreOfficeMissing();
  if (missing) {
    console.log(`Skipped the LibreOffice checks: ${missing}`);
    return;
  }
  const files: [string, string][] = [
    [deck.file, 'hall-06-lo-assembly-pptx'],
    [parentDeck.file, 'hall-07-lo-parent-pptx'],
    [handoutDocx.file, 'hall-08-lo-handout-docx'],
    [onePager.file, 'hall-09-lo-one-pager-docx'],
    [letter.file, 'hall-10-lo-letter-docx'],
  ];
  for (const [file, name] of files) {
    const pdf = convertWithLibreOffice(file, name, dir);
    const pages = checkPdfPages(pdf);
    if (file === deck.file) expect(pages).toBe(deck.slides.length);
    else expect(pages).toBeGreaterThanOrEqual(1);
  }
});

function checkPdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

test('a 3,000-word section, emoji and right-to-left text make slides that continue, never shrink, in the PDF and the PowerPoint file alike', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const dir = testInfo.outputPath();
  fs.mkdirSync(dir, { recursive: true });
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);
  await page.goto('/#/workshops/new');
  await page.getByLabel('Title', { exact: true }).fill('Phones away 📵 · نیند کے لیے پرسکون معمول');
  await page.getByLabel('Audience').selectOption({ label: 'Parents and carers' });
  const words = Array.from({ length: 3_000 }, (_, i) => (i % 15 === 14 ? 'bedtime.' : i % 7 === 0 ? 'sleep' : 'routine')).join(' ');
  const sections: [string, string][] = [
    ['A very long section', `${words} LASTWORDOFTHESECTION`],
    ['Lights down 🌙 and phones away 📵', 'Charge phones in the kitchen 🔌 and read a story 📖 together.'],
    ['نیند کے لیے پرسکون معمول', 'ہر رات ایک ہی وقت پر سونا اور جاگنا بچوں کی نیند کے لیے اچھا ہے۔'],
  ];
  for (const [i, [title, text]] of sections.entries()) {
    await page.getByRole('button', { name: 'Add a section' }).click();
    await page.getByLabel(`Section ${i + 1} Title`).fill(title);
    await page.getByLabel(`Section ${i + 1} Minutes`).fill('10');
    await page.getByLabel(`Section ${i + 1} What happens`).fill(text);
  }
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('button', { name: 'Slides (PowerPoint)' })).toBeVisible();

  const pdfFile = path.join(dir, 'long-slides.pdf');
  await printAsTheShellDoes(page, await exportedDocument(page, () => page.getByRole('button', { name: 'Slides (PDF)' }).click()), 'slides', SCHOOL, pdfFile);
  const pdf = checkPdf(pdfFile, SLIDES);
  expect(pdf.text).toContain('LASTWORDOFTHESECTION'); // not a word lost
  expect(pdf.text).toContain('A very long section (continued)');
  expect(pdf.text).toContain('پرسکون');
  // Every slide of the long section is well filled: the words are shared out, not left as a stub.
  const longPages = pdf.pageTexts.filter((p) => p.includes('A very long section'));
  expect(longPages.length).toBeGreaterThan(40);
  for (const p of longPages) expect(flat(p).length).toBeGreaterThan(150);
  renderPdfPages(pdfFile, 'hall-11-long-slides', 3);
  // No slide's words run past its edge: each slide's content fits inside its 16:9 box.
  const planId = /#\/workshops\/([0-9a-f-]+)$/.exec(page.url())?.[1];
  await page.goto(`/#/print/workshop/${planId}/slides`);
  await page.waitForSelector('html[data-print-ready]');
  await page.emulateMedia({ media: 'print' });
  const overflowing = await page.evaluate(`[...document.querySelectorAll('.slide')].filter((s) => s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1).length`);
  expect(overflowing).toBe(0);
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/#/workshops/${planId}`);

  const deck = await readPptx(await download(page, 'Slides (PowerPoint)', dir));
  expect(deck.slides).toHaveLength(pdf.pages); // the same slides as the PDF, page for page
  expect(deck.slides.join('\n')).toContain('LASTWORDOFTHESECTION');
  expect(deck.slides.join('\n')).toContain('📵');
  const rtlSlide = deck.slides.findIndex((s) => s.includes('ہر رات'));
  expect(rtlSlide).toBeGreaterThan(0);
  expect(deck.xml[rtlSlide]).toContain('rtl="1"'); // the Urdu paragraph reads right to left

  const handout = await readDocx(await download(page, 'Parent handout (Word)', dir));
  expect(handout.text).toContain('LASTWORDOFTHESECTION');
  expect(handout.text).toContain('ہر رات');
  expect(handout.xml).toContain('<w:bidi/>'); // the Urdu paragraph reads right to left
});
