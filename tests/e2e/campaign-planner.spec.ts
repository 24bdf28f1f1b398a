import fs from 'node:fs';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { captureScreen, expectAccessible, setUpSchool } from './support';

// A fixed "today" so the story reads the same every run: Tuesday 24 November 2026, autumn term.
const TODAY = new Date('2026-11-24T09:00:00');

test('a lead plans the sleep campaign from its template and runs it', async ({ page }) => {
  test.slow(); // a long story with axe checks: on a busy 2-core machine it can take most of a minute
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, 'Riverside Academy');

  // Create the sleep campaign from its template, for Years 7 to 9, starting after half term.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  await expectAccessible(page, 'campaigns (empty)');
  await page.getByRole('link', { name: 'Start from a template' }).click();
  await expectAccessible(page, 'templates');
  await captureScreen(page, '40-templates');
  await page.getByRole('button', { name: 'Use the template Sleep well this winter' }).click();
  await page.getByLabel('Campaign starts').fill('2026-11-02');
  for (const year of ['Year 7', 'Year 8', 'Year 9']) await expect(page.getByRole('checkbox', { name: year, exact: true })).toBeChecked();
  await expect(page.getByRole('cell', { name: 'Helping your child sleep well' })).toBeVisible();
  await expectAccessible(page, 'template schedule');
  await captureScreen(page, '41-template-schedule');
  await page.getByRole('button', { name: 'Create campaign' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Autumn term, second half 2026/27' })).toBeVisible();
  await expectAccessible(page, 'campaign page');
  await captureScreen(page, '42-campaign');

  // Adjust the parent workshop: a later start, in the school hall.
  await page.getByRole('link', { name: 'Helping your child sleep well' }).click();
  await expect(page.getByLabel('Date')).toHaveValue('2026-11-19');
  await page.getByLabel('Start time').fill('18:30');
  await page.getByLabel('Place').fill('School hall');
  await expectAccessible(page, 'activity editor');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText('Thursday 19 November 2026, 18:30')).toBeVisible();

  // The year planner shows it in its week, with half term shaded.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  await page.getByRole('link', { name: 'Year planner' }).click();
  const week = page.getByRole('row', { name: /w\/c 16 Nov/ });
  await expect(week.getByRole('link', { name: 'Helping your child sleep well' })).toBeVisible();
  await expect(page.getByRole('row', { name: /w\/c 26 Oct/ })).toContainText('Half term');
  await expectAccessible(page, 'year planner');
  await captureScreen(page, '43-year-planner');

  // The dashboard: what is coming, and the workshop that needs updating.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  const coming = page.getByRole('list', { name: 'Coming up' });
  await expect(coming.getByRole('link', { name: 'Cosy bedding fundraiser (non-uniform day)' })).toBeVisible();
  await expect(coming.getByRole('link', { name: 'Assembly: build your wind-down routine' })).toBeVisible();
  const needsUpdating = page.getByRole('list', { name: 'Needs updating' });
  await expect(needsUpdating.getByRole('link', { name: 'Helping your child sleep well' })).toBeVisible();
  await expectAccessible(page, 'dashboard with campaign');
  await captureScreen(page, '44-dashboard');

  // Mark the parent workshop done with its reach.
  await needsUpdating.getByRole('link', { name: 'Helping your child sleep well' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Done' });
  await page.getByLabel('Reach (how many attended)').fill('23');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText('Reach: 23')).toBeVisible();
  await expect(page.getByText('23 across 1 completed activity', { exact: true })).toBeVisible();

  // Export the calendar and check it parses with the expected events.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^2026-11-24 Sleep well this winter - calendar\.ics$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events).toHaveLength(10);
  const workshop = events.find((e) => e.summary === 'Helping your child sleep well')!;
  expect(workshop.location).toBe('School hall');
  expect(workshop.startDate.toJSDate().toISOString()).toBe('2026-11-19T18:30:00.000Z');
  expect(new Set(events.map((e) => e.uid)).size).toBe(10);

  // Exporting again gives the same UIDs, so a re-import updates rather than duplicates.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const secondText = fs.readFileSync(await (await again).path(), 'utf8');
  const secondUids = new ICAL.Component(ICAL.parse(secondText)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).uid);
  expect(secondUids.sort()).toEqual(events.map((e) => e.uid).sort());
});

test('deleting a campaign can be undone, and bad input is refused beside the field', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page);
  await page.goto('/#/campaigns/new');
  await page.getByLabel('Starts').fill('2026-12-01');
  await page.getByLabel('Ends').fill('2026-11-01');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByText('Give the campaign a title.')).toBeVisible();
  await expect(page.getByText('The campaign cannot end before it starts.')).toBeVisible();
  await expectAccessible(page, 'campaign editor with errors');
  await captureScreen(page, '45-campaign-errors');

  await page.getByLabel('Title').fill('Friendships week');
  await page.getByLabel('Ends').fill('2026-12-11');
  await page.getByLabel('Theme').selectOption({ label: 'Friendships' });
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Friendships week' })).toBeVisible();

  await page.getByRole('link', { name: 'Add activity' }).click();
  await page.getByLabel('Activity title').fill('Friendship assembly');
  await page.getByLabel('Date').fill('2026-12-19');
  await expect(page.getByText(/outside the campaign’s dates/)).toBeVisible();
  await page.getByLabel('Reach (how many attended)').fill('-3');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByText('Reach is how many attended: a whole number, 0 or more.')).toBeVisible();
  await page.getByLabel('Reach (how many attended)').fill('');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByRole('link', { name: 'Friendship assembly' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await expect(page.getByText('No campaigns yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Friendships week' })).toBeVisible();
  await page.getByRole('link', { name: 'Friendships week' }).click();
  await expect(page.getByRole('link', { name: 'Friendship assembly' })).toBeVisible();
});
