import { expect, test } from '@playwright/test';
import { captureScreen, expectAccessible, setUpSchool } from './support';

const SCREENS = ['Dashboard', 'Campaigns', 'Workshops', 'Resources', 'Trends', 'Partners', 'Settings'];

test('a new wellbeing lead sets up their school, and it is still there after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Upstream' })).toBeVisible();
  await expectAccessible(page, 'first run');
  await captureScreen(page, '01-first-run');

  // Nothing typed yet: a clear message beside the name, and nothing saved.
  await page.getByRole('button', { name: 'Start using Upstream' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing has been saved yet');
  await expect(page.getByText('Enter your school’s name.')).toBeVisible();
  await expect(page.getByLabel('School name')).toBeFocused();
  await expectAccessible(page, 'first run with errors');
  await captureScreen(page, '02-first-run-errors');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Upstream' })).toBeVisible();

  // The default England dates are offered; a term ending before it starts is refused.
  await page.getByLabel('School name').fill('Riverside Academy');
  const autumnStart = await page.getByLabel('Autumn term starts').inputValue();
  expect(autumnStart).toMatch(/^\d{4}-09-0\d$/);
  const autumnEnd = page.getByLabel('Autumn term ends');
  const defaultAutumnEnd = await autumnEnd.inputValue();
  await autumnEnd.fill(autumnStart.replace(/-09-0\d$/, '-08-20'));
  await page.getByRole('button', { name: 'Start using Upstream' }).click();
  await expect(page.getByText('Autumn term cannot end before it starts.')).toBeVisible();
  await expect(autumnEnd).toHaveAttribute('aria-invalid', 'true');
  await autumnEnd.fill(defaultAutumnEnd);

  // A primary school.
  await page.getByRole('button', { name: 'Primary (Reception to Year 6)' }).click();
  await expect(page.getByRole('checkbox', { name: 'Reception' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Year 9' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Start using Upstream' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText('Riverside Academy').first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByLabel('School name')).toHaveValue('Riverside Academy');
  await expect(page.getByRole('checkbox', { name: 'Reception' })).toBeChecked();
  await expect(page.getByLabel('Autumn term ends')).toHaveValue(defaultAutumnEnd);
});

test('every screen is reachable from the navigation, says what it will hold, and is accessible', async ({ page }) => {
  await setUpSchool(page);
  for (const [index, screen] of SCREENS.entries()) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen, exact: true })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page, screen);
    await captureScreen(page, `${String(index + 10)}-${screen.toLowerCase()}`);
  }
});

test('the whole app works from the keyboard', async ({ page }) => {
  await setUpSchool(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // Tab through to the Campaigns link and open it with Enter.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Campaigns', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeFocused();
});

test('settings refuse bad values beside the field and keep good ones', async ({ page }) => {
  await setUpSchool(page, 'Hillside High School');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();

  const threshold = page.getByLabel('Hide counts below');
  await expect(threshold).toHaveValue('5');
  await threshold.fill('0');
  await page.getByLabel('School name').fill('   ');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The threshold must be a whole number of at least 1.')).toBeVisible();
  await expect(page.getByText('Enter your school’s name.')).toBeVisible();
  await expectAccessible(page, 'settings with errors');
  await captureScreen(page, '20-settings-errors');

  // Nothing was saved: the sidebar still shows the old name after a reload.
  await page.reload();
  await expect(page.getByLabel('School name')).toHaveValue('Hillside High School');
  await expect(page.getByLabel('Hide counts below')).toHaveValue('5');

  // Overlapping terms are refused.
  const springStart = page.getByLabel('Spring term starts');
  const original = await springStart.inputValue();
  const autumnStart = await page.getByLabel('Autumn term starts').inputValue();
  await springStart.fill(autumnStart);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText(/Spring term must start after the autumn term ends/)).toBeVisible();
  await springStart.fill(original);

  await page.getByLabel('Hide counts below').fill('10');
  await page.getByLabel('Mental Health Support Team contact').fill('Sam Green, Education Mental Health Practitioner, 01632 960123');
  await page.getByRole('button', { name: 'Add next academic year' }).click();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Hide counts below')).toHaveValue('10');
  await expect(page.getByLabel('Mental Health Support Team contact')).toHaveValue(/Sam Green/);
  await expect(page.getByLabel('Academic year').locator('option')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Storage' })).toBeVisible();
  await expect(page.getByText('Space used')).toBeVisible();
});
