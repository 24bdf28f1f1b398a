import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { captureScreen, expectAccessible, SCREENSHOT_DIR, setUpSchool } from './support';

/**
 * An academy's real year: it starts on Thursday 27 August 2026, takes two weeks at October half
 * term, and has two INSET days. The lead sets Upstream up in August, enters the dates by hand,
 * schedules the sleep campaign, and the dashboard says where each day falls.
 */

const TERMS: [string, string][] = [
  ['Autumn term starts', '2026-08-27'],
  ['Autumn half term starts', '2026-10-19'],
  ['Autumn half term ends', '2026-10-30'],
  ['Autumn term ends', '2026-12-18'],
  ['Spring term starts', '2027-01-04'],
  ['Spring half term starts', '2027-02-15'],
  ['Spring half term ends', '2027-02-19'],
  ['Spring term ends', '2027-03-25'],
  ['Summer term starts', '2027-04-12'],
  ['Summer half term starts', '2027-05-31'],
  ['Summer half term ends', '2027-06-04'],
  ['Summer term ends', '2027-07-21'],
];

/** What a lead sees at 1280×720 with `at` scrolled into view. */
async function captureView(page: Page, name: string, at: Locator): Promise<void> {
  await at.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

test.use({ viewport: { width: 1280, height: 720 } });

test('an academy that starts in August enters its own year, INSET days and a campaign, and the dashboard knows each day', async ({ page }) => {
  test.slow(); // a long story with axe checks on a busy machine
  await page.clock.setFixedTime(new Date('2026-08-20T09:00:00'));

  // First run in August offers the year about to start, marked as a starting point.
  await page.goto('/');
  await expect(page.getByLabel('Academic year', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Academic year', { exact: true }).locator('option:checked')).toHaveText('2026/27');
  await expect(page.getByRole('note')).toContainText('A starting point: these are typical England dates for 2026/27');
  await setUpSchool(page, 'Oakfield Academy');
  await expect(page.getByText('Summer holiday, 2026/27.')).toBeVisible();

  // Settings: the academy's dates by hand. An autumn start in July is refused beside the field, and nothing is saved.
  await nav(page, 'Settings');
  await expect(page.getByLabel('Where your school is')).toHaveValue('england');
  await page.getByLabel('Autumn term starts').fill('2026-07-30');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByLabel('Autumn term starts')).toHaveAccessibleDescription(/Autumn term cannot start before 1 August 2026/);
  await expect(page.getByRole('alert')).toContainText('Nothing has been saved yet.');
  await captureView(page, 'school-year-01-autumn-too-early', page.getByRole('group', { name: 'Autumn term' }));
  for (const [label, value] of TERMS) await page.getByLabel(label, { exact: true }).fill(value);
  await expect(page.getByRole('note')).toHaveCount(0); // the school's own dates, no longer the typical ones

  // Two INSET days; one typed into the Christmas holiday first is refused beside it.
  await page.getByRole('button', { name: 'Add an INSET day' }).click();
  await page.getByLabel('INSET day 1').fill('2026-10-02');
  await page.getByRole('button', { name: 'Add an INSET day' }).click();
  await page.getByLabel('INSET day 2').fill('2026-12-22');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByLabel('INSET day 2')).toHaveAccessibleDescription(/22 December 2026 is not in a term/);
  await page.getByLabel('INSET day 2').fill('2027-01-04');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await expectAccessible(page, 'settings with an August start and INSET days');
  await captureScreen(page, 'school-year-02-settings');
  await captureView(page, 'school-year-02b-inset-days', page.getByRole('group', { name: 'Summer term' }));

  // The sleep campaign, offered on World Sleep Day, then started on the first day of spring term: an INSET day.
  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'Start from a template' }).click();
  await page.getByRole('button', { name: 'Use the template Sleep well this winter' }).click();
  await page.getByLabel('Line it up with an awareness day').selectOption({ label: 'World Sleep Day: 19 March 2027' });
  await expect(page.getByLabel('Campaign starts')).toHaveValue('2027-03-15');
  await page.getByLabel('Campaign starts').fill('2027-01-04');
  const firstRow = page.getByRole('row', { name: /Launch assembly: why sleep matters/ });
  await expect(firstRow).toContainText('Tuesday 5 January 2027');
  await expect(firstRow).toContainText('Moved to the next teaching day');
  await expect(page.getByRole('cell', { name: /Monday 4 January 2027/ })).toHaveCount(0);
  await expectAccessible(page, 'scheduling the sleep campaign');
  await captureView(page, 'school-year-03-schedule', page.getByRole('heading', { name: 'Sleep well this winter' }));
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Spring term, first half 2026/27' })).toBeVisible();

  // The year planner: the two-day first week, the named breaks, the closed days and awareness days.
  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'Year planner' }).click();
  await expect(page.getByLabel('Academic year')).toHaveValue('2026');
  await expect(page.getByRole('row', { name: /w\/c 24 Aug/ })).toContainText('Autumn, week 1');
  await expect(page.getByRole('row', { name: /w\/c 31 Aug/ })).toContainText('Bank holiday (Summer), Monday 31 August');
  await expect(page.getByRole('row', { name: /w\/c 28 Sep/ })).toContainText('INSET day, Friday 2 October');
  await expect(page.getByRole('row', { name: /w\/c 19 Oct/ })).toContainText('October half term');
  await expect(page.getByRole('row', { name: /w\/c 26 Oct/ })).toContainText('October half term');
  await expect(page.getByRole('row', { name: /w\/c 2 Nov/ })).toContainText('Autumn, week 9');
  await expect(page.getByRole('row', { name: /w\/c 21 Dec/ })).toContainText('Christmas holiday');
  await expect(page.getByRole('row', { name: /w\/c 4 Jan/ })).toContainText('INSET day, Monday 4 January');
  await expect(page.getByRole('row', { name: /w\/c 15 Feb/ })).toContainText('February half term');
  await expect(page.getByRole('row', { name: /w\/c 29 Mar/ })).toContainText('Easter holiday');
  await expect(page.getByRole('row', { name: /w\/c 3 May/ })).toContainText('Bank holiday (Early May), Monday 3 May');
  await expect(page.getByRole('row', { name: /w\/c 5 Oct/ })).toContainText('World Mental Health Day');
  await expect(page.getByRole('row', { name: /w\/c 15 Mar/ })).toContainText('World Sleep Day');
  await expectAccessible(page, 'year planner with named breaks');
  await captureView(page, 'school-year-04-planner-start', page.getByRole('heading', { level: 1, name: 'Year planner' }));
  await captureView(page, 'school-year-04b-planner-october', page.getByRole('row', { name: /w\/c 28 Sep/ }));
  await page.getByRole('checkbox', { name: 'Show awareness days' }).uncheck();
  await expect(page.getByRole('row', { name: /w\/c 5 Oct/ })).not.toContainText('World Mental Health Day');
  await page.getByRole('checkbox', { name: 'Show awareness days' }).check();

  // The dashboard, day by day.
  const days: [string, string][] = [
    ['2026-08-27', 'Autumn term 1, 2026/27: teaching week 1.'], // first day of term, a Thursday
    ['2026-08-31', 'Bank holiday (Summer): school closed. Autumn term 1, 2026/27: teaching week 2.'],
    ['2026-10-02', 'INSET day: no pupils in school. Autumn term 1, 2026/27: teaching week 6.'],
    ['2026-10-16', 'Autumn term 1, 2026/27: teaching week 8.'], // the Friday before half term
    ['2026-10-21', 'October half term, 2026/27.'],
    ['2026-11-02', 'Autumn term 2, 2026/27: teaching week 9.'], // the Monday after half term
    ['2026-12-23', 'Christmas holiday, 2026/27.'],
  ];
  for (const [day, banner] of days) {
    await page.clock.setFixedTime(new Date(`${day}T09:00:00`));
    await page.goto('/#/');
    await page.reload(); // a fresh start on the new day, as opening Upstream that morning would be
    await expect(page.getByText(banner, { exact: true }), day).toBeVisible();
    if (day === '2026-10-02') await captureScreen(page, 'school-year-05a-dashboard-inset-day');
  }
  await expectAccessible(page, 'dashboard in the Christmas holiday');
  await captureScreen(page, 'school-year-05-dashboard-christmas');
});
