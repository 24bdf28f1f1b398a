/**
 * What an export really produces. The app renders the document (renderer/src/print/snapshot.tsx)
 * and hands it to the platform; in the browser build that is a hidden print frame holding the
 * document. These helpers take that document and print it the way the desktop app's print window
 * does (electron/main.ts renderPdf): loaded on the app's origin, fonts waited for, printed with the
 * shared options.
 */
import { expect, type Page } from '@playwright/test';
import { playwrightPdfOptions, printFontsReadyScript, type PrintDocumentKind } from '../../shared/print';

/** Marks the print frames already in the page, so the next one is the export's own. */
const MARK_OLD_FRAMES = `document.querySelectorAll('iframe.print-frame').forEach((frame) => frame.setAttribute('data-seen', ''))`;

/** Runs `click` (pressing an export button) and returns the document the export handed to the platform. */
export async function exportedDocument(page: Page, click: () => Promise<void>): Promise<string> {
  await page.evaluate(MARK_OLD_FRAMES);
  const frame = page.waitForSelector('iframe.print-frame:not([data-seen])', { state: 'attached' });
  await click();
  const html = await (await frame).getAttribute('srcdoc');
  expect(html, 'the export handed a document to the print frame').toBeTruthy();
  return html!;
}

/** Prints an exported document as the desktop app's print window does; returns the PDF. */
export async function printAsTheShellDoes(page: Page, html: string, kind: PrintDocumentKind, schoolName: string, file?: string): Promise<Buffer> {
  const url = new URL(`/print-snapshot/${Date.now()}`, page.url()).href;
  const window = await page.context().newPage();
  try {
    await window.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await window.goto(url);
    expect(await window.evaluate(printFontsReadyScript(30_000)), 'the document’s fonts loaded').toBe(true);
    return await window.pdf({ ...playwrightPdfOptions(kind, schoolName), ...(file ? { path: file } : {}) });
  } finally {
    await window.close();
  }
}
