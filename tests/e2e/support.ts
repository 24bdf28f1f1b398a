import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import path from 'node:path';

export const SCREENSHOT_DIR = path.resolve('test-results/screens');

/** axe-core on the current screen: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `accessibility problems on ${screen}`).toEqual([]);
}

/** Saves a full-page screenshot for a person to look at (test-results/screens/<name>.png). */
export async function captureScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Completes first run with the default dates, so a test can start from a set-up school. */
export async function setUpSchool(page: Page, name = 'Riverside Academy'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('School name').fill(name);
  await page.getByRole('button', { name: 'Start using Upstream' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

/**
 * The record id in the current address, once the address matches `pattern` (its first group).
 * The router may still be settling when a heading shows, so the address is awaited, never read bare.
 */
export async function idFromUrl(page: Page, pattern: RegExp): Promise<string> {
  await expect(page).toHaveURL(pattern);
  const id = pattern.exec(page.url())?.[1];
  if (!id) throw new Error(`No record id in ${page.url()}`);
  return id;
}
