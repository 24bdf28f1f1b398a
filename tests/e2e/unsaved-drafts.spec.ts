/**
 * A lead types into each editor, wanders off, and comes back: Upstream asks before leaving, keeps
 * what was typed as a draft, and offers it back. A draft also survives a closed window.
 */
import { expect, test, type Page } from '@playwright/test';
import { captureScreen, expectAccessible, setUpSchool } from './support';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

/** Types into the editor at `path`, leaves through the sidebar (confirming), returns, and restores the draft. */
async function typeLeaveReturn(page: Page, path: string, field: string, text: string, what: string): Promise<void> {
  await page.goto(`/#${path}`);
  const input = page.getByLabel(field, { exact: true });
  await expect(input).toBeVisible();
  const original = await input.inputValue();
  await input.fill(text);

  await nav(page, 'Dashboard');
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(dialog, `${what}: leaving asks first`).toBeVisible();
  await expect(dialog).toContainText(`Your changes to this ${what} are not saved.`);
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await page.goto(`/#${path}`);
  const offer = page.getByRole('region', { name: 'Unsaved draft' });
  await expect(offer, `${what}: the draft is offered back`).toBeVisible();
  await expect(offer).toContainText(`You have a draft of this ${what} that was not saved`);
  await expect(page.getByLabel(field, { exact: true })).toHaveValue(original);
  await offer.getByRole('button', { name: 'Restore draft' }).click();
  await expect(page.getByLabel(field, { exact: true }), `${what}: the draft is restored`).toHaveValue(text);
  await expect(offer).toHaveCount(0);
}

test('every editor keeps a draft, asks before leaving, and offers the draft back', async ({ page }) => {
  test.slow(); // eight editors on a busy machine
  await setUpSchool(page);

  await typeLeaveReturn(page, '/campaigns/new', 'Title', 'Sleep well this winter', 'campaign');
  await expectAccessible(page, 'campaign editor with its draft restored');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeVisible();
  const campaignPath = new URL(page.url()).hash.slice(1);

  await typeLeaveReturn(page, `${campaignPath}/activities/new`, 'Activity title', 'Assembly: why sleep matters', 'activity');
  await typeLeaveReturn(page, '/workshops/new', 'Title', 'Helping your child sleep well', 'workshop plan');
  await typeLeaveReturn(page, '/resources/new', 'Title', 'Ten tips for a calm bedtime', 'resource');
  await typeLeaveReturn(page, '/partners/new', 'Name', 'Northside Mental Health Support Team', 'partner');
  await typeLeaveReturn(page, '/trends/indicators/new', 'Name', 'Pupils raising sleep at drop-ins', 'indicator');
  await typeLeaveReturn(page, '/trends/check-ins/new', 'Date', '2026-11-20', 'drop-in session');
  await typeLeaveReturn(page, '/settings', 'School name', 'Riverside Academy Trust', 'school’s settings');
  await captureScreen(page, '60-settings-draft-restored');

  // Saving clears the draft: leaving no longer asks, and nothing is offered next time.
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await nav(page, 'Dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await nav(page, 'Settings');
  await expect(page.getByLabel('School name', { exact: true })).toHaveValue('Riverside Academy Trust');
  await expect(page.getByRole('region', { name: 'Unsaved draft' })).toHaveCount(0);
});

test('choosing to stay keeps the work on screen; a reload asks first; a closed window keeps the draft', async ({ page, context }) => {
  test.slow(); // full-page screenshots of a long form on a busy machine
  await setUpSchool(page);
  await page.goto('/#/workshops/new');
  await page.getByLabel('Title', { exact: true }).fill('Exam stress: tools that work');
  await nav(page, 'Resources');
  await expectAccessible(page, 'the leave question');
  await captureScreen(page, '61-leave-question');
  await page.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New workshop plan' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Exam stress: tools that work');

  // Reloading with unsaved changes asks (the browser's own question); staying keeps the work.
  const asked = page.waitForEvent('dialog');
  void page.reload().catch(() => undefined);
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Exam stress: tools that work');

  // The window closes without a chance to ask (a crash, a forced quit): the draft is already kept.
  await page.waitForTimeout(1_000);
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto('/#/workshops/new');
  await expect(again.getByRole('region', { name: 'Unsaved draft' })).toBeVisible();
  await expectAccessible(again, 'a draft offered back');
  await captureScreen(again, '62-draft-offered');
  await again.getByRole('region', { name: 'Unsaved draft' }).getByRole('button', { name: 'Restore draft' }).click();
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue('Exam stress: tools that work');
  await captureScreen(again, '63-workshop-draft-restored');
});
