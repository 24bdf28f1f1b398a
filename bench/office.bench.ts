/**
 * Editable office files against the PDF of the same content, measured in the same run:
 * - a 20-slide deck exported as PowerPoint (.pptx) against the same deck exported as PDF;
 * - the 10-page parent handout exported as Word (.docx) against the same handout exported as PDF.
 *
 * Each export is timed as a lead makes it, with the plan open in the editor. The PDF figures are the
 * PDF benchmark's own (pdf.bench.ts): press the button, the app renders and hands the document over,
 * the desktop app's print window loads it, waits for its fonts and prints it. An office file is done
 * when the app has built its bytes and handed them to the platform to save: timed in the page, from
 * the click reaching the app to the browser build's download link being clicked.
 */
import type { Page } from '@playwright/test';
import type { Benchmark, BenchContext, Figure } from './harness';
import { exportHandout, openSchoolWithTenPageHandout, PLAN_ID, storePlan } from './pdf.bench';

const SAMPLES = 5;
const DECK_ID = 'bench-deck';
/** With a title slide, one of key messages and one of where to get help, 17 sections make 20 slides. */
const DECK_SECTIONS = 17;

/** An assembly whose deck has exactly 20 slides: a title slide, 17 sections, one of key messages, where to get help. */
function deckPlan() {
  const now = new Date().toISOString();
  return {
    id: DECK_ID,
    title: 'Sleep: your secret superpower',
    audience: 'pupils',
    yearGroups: ['Y7', 'Y8', 'Y9'],
    theme: 'sleep',
    date: '2026-12-07',
    startTime: '08:45',
    slotMinutes: 60,
    venue: 'Main hall',
    facilitators: ['Wellbeing lead'],
    objectives: ['Know what sleep does for you'],
    keyMessages: ['Sleep stores what you learned today.', 'Teenagers need about 8 to 10 hours a night.', 'Put your phone on charge outside your room.', 'Pick one change and stick with it.'],
    summary: 'An assembly on sleep.',
    agenda: Array.from({ length: DECK_SECTIONS }, (_, i) => ({
      id: `d${i}`,
      title: `Part ${i + 1}: what sleep does for you`,
      minutes: 3,
      whatHappens: 'While you sleep, your brain sorts and stores what you learned today, resets your mood, and helps your muscles recover after sport. Screens keep your brain busy, so try an hour without them before bed.',
      facilitatorNotes: 'Keep it light and quick; no one is in trouble.',
    })),
    materialsChecklist: [],
    signposting: 'Talk to your tutor or the wellbeing team.',
    createdAt: now,
    updatedAt: now,
  };
}

/** Times the click on `button` to the file being handed to the platform (the download link clicked), in the page. */
const WATCH_SAVE = `(() => {
  const times = (window.__benchSave = {});
  document.addEventListener('click', (event) => {
    if (times.clicked === undefined) times.clicked = performance.now();
    else if (event.target instanceof HTMLAnchorElement && event.target.download) times.saved = performance.now();
  }, { capture: true });
})()`;

async function exportOfficeFile(app: Page, button: string): Promise<{ ms: number; bytes: number; name: string }> {
  await app.bringToFront();
  await app.getByRole('button', { name: button }).waitFor();
  await app.evaluate(WATCH_SAVE);
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: button }).click();
  const file = await download;
  const times = (await app.evaluate('window.__benchSave')) as { clicked?: number; saved?: number };
  if (times.clicked === undefined || times.saved === undefined) throw new Error(`The ${button} export was not timed in the page.`);
  const stream = await file.createReadStream();
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  if (bytes < 1000) throw new Error(`The ${button} export wrote only ${bytes} bytes.`);
  return { ms: times.saved - times.clicked, bytes, name: file.suggestedFilename() };
}

export const benchmark: Benchmark = {
  name: 'PowerPoint and Word export',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const { page, pages } = await openSchoolWithTenPageHandout(ctx);
    await storePlan(page, 0, deckPlan());
    const printWindow = await page.context().newPage();
    const snapshotUrl = new URL('print-snapshot/bench-office', ctx.baseUrl).href;

    // The 20-slide deck: PDF against PowerPoint.
    await page.goto(`${ctx.baseUrl}#/workshops/${DECK_ID}`);
    await page.getByRole('heading', { level: 1, name: 'Sleep: your secret superpower' }).waitFor();
    const firstPdf = await exportHandout(page, printWindow, snapshotUrl, 'Slides (PDF)', 'slides');
    if (firstPdf.pages !== 20) throw new Error(`The bench deck printed ${firstPdf.pages} slides, not 20.`);
    await exportOfficeFile(page, 'Slides (PowerPoint)');
    const deck = await ctx.repeat(SAMPLES, async (index) => {
      const pdf = await exportHandout(page, printWindow, snapshotUrl, 'Slides (PDF)', 'slides');
      const pptx = await exportOfficeFile(page, 'Slides (PowerPoint)');
      ctx.log(`deck ${index + 1}/${SAMPLES}: PowerPoint ${pptx.ms.toFixed(0)} ms (${(pptx.bytes / 1024).toFixed(0)} KB), PDF ${pdf.ms.toFixed(0)} ms`);
      return { pdf: pdf.ms, pptx: pptx.ms };
    });

    // The 10-page handout: PDF against Word.
    await page.goto(`${ctx.baseUrl}#/workshops/${PLAN_ID}`);
    await page.getByRole('heading', { level: 1, name: 'Helping your child sleep well' }).waitFor();
    await exportOfficeFile(page, 'Parent handout (Word)');
    const handout = await ctx.repeat(SAMPLES, async (index) => {
      const pdf = await exportHandout(page, printWindow, snapshotUrl);
      const docx = await exportOfficeFile(page, 'Parent handout (Word)');
      ctx.log(`handout ${index + 1}/${SAMPLES}: Word ${docx.ms.toFixed(0)} ms (${(docx.bytes / 1024).toFixed(0)} KB), PDF ${pdf.ms.toFixed(0)} ms`);
      return { pdf: pdf.ms, docx: docx.ms };
    });
    await page.context().close();

    return [
      {
        name: '20-slide deck as PowerPoint (.pptx), press Export to file handed over',
        value: ctx.median(deck.map((s) => s.pptx)),
        unit: 'ms',
        baseline: { name: 'The same 20 slides exported as PDF', value: ctx.median(deck.map((s) => s.pdf)), samples: deck.map((s) => s.pdf) },
        goal: '< 1.5x',
        samples: deck.map((s) => s.pptx),
      },
      {
        name: `Parent handout (${pages} A4 pages as PDF) as Word (.docx), press Export to file handed over`,
        value: ctx.median(handout.map((s) => s.docx)),
        unit: 'ms',
        baseline: { name: 'The same handout exported as PDF', value: ctx.median(handout.map((s) => s.pdf)), samples: handout.map((s) => s.pdf) },
        goal: '< 1.5x',
        samples: handout.map((s) => s.docx),
      },
    ];
  },
};
