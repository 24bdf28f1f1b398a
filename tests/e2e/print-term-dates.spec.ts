import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PRINT_READY_ATTRIBUTE, playwrightPdfOptions } from '../../shared/print';
import { setUpSchool } from './support';

test('the term dates print view becomes an A4 PDF with the school name, dates and page numbers', async ({ page }, testInfo) => {
  await setUpSchool(page, 'Riverside Academy');
  await page.goto('/#/print/term-dates');
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`);
  await expect(page.getByRole('heading', { level: 1, name: 'Term dates' })).toBeVisible();

  // The same options the shell passes to webContents.printToPDF.
  const pdfPath = testInfo.outputPath('term-dates.pdf');
  await page.pdf({ path: pdfPath, ...playwrightPdfOptions('a4', 'Riverside Academy') });

  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Term dates');
  expect(text).toContain('Riverside Academy');
  expect(text).toMatch(/Autumn\s+2 September 2026/);
  expect(text).toContain('Page 1 of 1');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1/);
  // A4 is 595 x 842 points.
  expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)?|Page size:\s+595(\.\d+)? x 842/);
  expect(info).toMatch(/Tagged:\s+yes/);

  const screens = path.resolve('test-results/screens');
  fs.mkdirSync(screens, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfPath, path.join(screens, '30-term-dates-pdf')]);
});
