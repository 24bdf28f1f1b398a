/**
 * Every export, printed in browser mode, runs under the page's Content-Security-Policy (a print
 * frame inherits it): none may log a violation, or part of the document (such as a chart key's
 * colours) silently goes missing.
 */
import { expect, test, type Page } from '@playwright/test';
import { exportedDocument } from './export-pdf';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

test('no export logs a Content-Security-Policy violation, and the governors’ report keeps its chart key colours', async ({ page }) => {
  test.slow(); // nine exports on a busy machine
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    // The browser's print dialog would wait for a person.
    window.print = () => undefined;
  });
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample school' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  const exportsDone: string[] = [];
  /** Inline style attributes in an exported document: the print frame's policy drops every one. */
  const inlineStyles: string[] = [];
  const exportWith = async (name: string) => {
    const html = await exportedDocument(page, () => page.getByRole('button', { name }).first().click());
    await expect(page.getByText('PDF ready.').first()).toBeVisible();
    exportsDone.push(name);
    for (const match of html.matchAll(/<(\w+)[^>]*\sstyle="([^"]*)"/g)) inlineStyles.push(`${name}: <${match[1]!} style="${match[2]!}">`);
    return html;
  };

  await nav(page, 'Trends');
  const report = await exportWith('Governors’ report (PDF)');
  // The key is drawn with SVG fills, which the policy allows; no inline style attribute anywhere.
  expect(report).toMatch(/class="trend-chart__key"[^>]*>\s*<rect[^>]*fill="#[0-9a-f]{6}"/);
  expect(report).not.toMatch(/trend-chart__key"[^>]*style=/);

  await nav(page, 'Workshops');
  await page.getByRole('link', { name: /exam stress/i }).first().click();
  for (const name of ['Parent handout (PDF)', 'Facilitator plan (PDF)', 'Slides (PDF)', 'Campaign one-pager (PDF)']) await exportWith(name);

  await nav(page, 'Resources');
  await page.getByRole('link', { name: /sleep/i }).first().click();
  await exportWith('Print handout (PDF)');

  await nav(page, 'Partners');
  await page.getByRole('link', { name: 'Northvale Mental Health Support Team' }).click();
  await exportWith('Print bookings (PDF)');

  await nav(page, 'Settings');
  await exportWith('Export term dates (PDF)');

  // Give any late report from the last frame a moment to arrive.
  await page.waitForTimeout(500);
  console.log(`exports checked for CSP violations: ${exportsDone.length} (${exportsDone.join(', ')}); violations: ${violations.length}`);
  expect(inlineStyles).toEqual([]);
  expect(violations).toEqual([]);
});
