import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { PRINT_READY_ATTRIBUTE, playwrightPdfOptions } from '../../shared/print';
import { captureScreen, expectAccessible, idFromUrl, SCREENSHOT_DIR, setUpSchool } from './support';

// Tuesday 24 November 2026, autumn term (as in campaign-planner.spec.ts).
const TODAY = new Date('2026-11-24T09:00:00');

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

async function fromTemplate(page: Page, template: string, start: string) {
  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'Start from a template' }).click();
  await page.getByRole('button', { name: `Use the template ${template}` }).click();
  await page.getByLabel('Campaign starts').fill(start);
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: template })).toBeVisible();
}

test('a newcomer explores the sample school from first run, then removes it and is back at first run', async ({ page }) => {
  test.slow(); // a long story with axe checks: on a busy 2-core machine it can take most of a minute
  await page.clock.setFixedTime(TODAY);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Upstream' })).toBeVisible();
  await page.getByRole('button', { name: 'Load sample school' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('Brookfield Academy (sample school)')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Coming up' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Needs updating' }).getByRole('link').first()).toBeVisible();
  await captureScreen(page, '50-sample-dashboard');

  await nav(page, 'Campaigns');
  await expect(page.getByText('4 campaigns')).toBeVisible();
  await expect(page.getByRole('table').getByText('Sample')).toHaveCount(4);
  await expectAccessible(page, 'campaigns (sample school)');
  await captureScreen(page, '51-sample-campaigns');
  await page.getByRole('link', { name: 'Sleep well this winter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'About this campaign' })).toContainText('Northvale Mental Health Support Team');
  await expect(page.getByText(/^Reach: \d+$/).first()).toBeVisible();

  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'Year planner' }).click();
  await expect(page.locator('.planner__activity').first()).toBeVisible();
  expect(await page.locator('.planner__activity').count()).toBeGreaterThan(20);
  await expectAccessible(page, 'year planner (sample school)');

  await nav(page, 'Partners');
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(3);
  await expectAccessible(page, 'partners (sample school)');
  await page.getByRole('link', { name: 'Northvale Mental Health Support Team' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Contacts' })).toBeVisible();
  await expect(page.getByText('Sam Green')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Bookings' }).getByRole('link').first()).toBeVisible();
  await expectAccessible(page, 'partner page (sample school)');
  await captureScreen(page, '52-sample-partner');

  await nav(page, 'Settings');
  await page.getByRole('button', { name: 'Remove sample school' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Upstream' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load sample school' })).toBeVisible();
  await expect(page.getByLabel('School name')).toHaveValue('');
});

test('a finished campaign is copied into next year at the same teaching weeks, planned again, year groups moved up', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page);
  await nav(page, 'Settings');
  await page.getByRole('button', { name: 'Add next academic year' }).click();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await fromTemplate(page, 'Sleep well this winter', '2026-11-02');
  await expect(page.getByText(/When this campaign is finished/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy to next year' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Edit campaign' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Finished' });
  await page.getByRole('button', { name: 'Save campaign' }).click();
  await expect(page.getByText('Copy into 2027/28 at the same weeks of term, with every activity planned again and no reach.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Move year groups up one' })).toBeChecked();
  await expectAccessible(page, 'finished campaign with copy');
  await page.getByRole('button', { name: 'Copy to next year' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Copied to 2027/28 as “Sleep well this winter”.' })).toBeVisible();
  // Monday of teaching week 9 of autumn 2026 → Monday of teaching week 9 of autumn 2027, and so on.
  await expect(page.locator('.page-header__lede')).toContainText('Years 8 to 10 · 8 November 2027 to 6 January 2028');
  await expect(page.getByRole('heading', { level: 3, name: 'Autumn term, second half 2027/28' })).toBeVisible();
  for (const when of ['Monday 8 November 2027, 08:45', 'Thursday 25 November 2027, 18:00', 'Wednesday 15 December 2027, 12:30', 'Thursday 6 January 2028, 15:30']) {
    await expect(page.getByText(when, { exact: false })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /^Mark “.*” done$/ })).toHaveCount(10);
  await expect(page.getByText(/^Reach:/)).toHaveCount(0);
  await expect(page.getByText('Planned', { exact: true }).first()).toBeVisible();
  await captureScreen(page, '53-copied-campaign');

  await page.getByRole('link', { name: 'PSHE: what sleep does for you (Year 7)' }).click();
  await expect(page.getByLabel('Date')).toHaveValue('2027-11-16');
  await expect(page.getByRole('checkbox', { name: 'Year 8', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Year 7', exact: true })).not.toBeChecked();
});

test('a lead adds the MHST, books them, sends their term as PDF and calendar, and reuses the campaign as a template', async ({ page }, testInfo) => {
  test.slow(); // a long story with axe checks: on a busy 2-core machine it can take most of a minute
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page);

  // The MHST with a work contact.
  await nav(page, 'Partners');
  await expectAccessible(page, 'partners (empty)');
  await page.getByRole('link', { name: 'Add a partner' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Northvale MHST');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Contact name').fill('Sam Green');
  await page.getByLabel('Role').fill('Education Mental Health Practitioner');
  await page.getByLabel('Work email').fill('not-an-email');
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect(page.getByText('Enter a work email such as name@example.nhs.uk.')).toBeVisible();
  await expectAccessible(page, 'partner editor with an error');
  await captureScreen(page, '54-partner-editor');
  await page.getByLabel('Work email').fill('sam.green@northvale.example');
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northvale MHST' })).toBeVisible();
  const partnerId = await idFromUrl(page, /#\/partners\/([0-9a-f-]{8,})$/);

  // A campaign linked to them, with an activity they run.
  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'New campaign' }).click();
  await page.getByLabel('Title').fill('Kindness week');
  await page.getByLabel('Theme').selectOption({ label: 'Friendships' });
  await page.getByRole('checkbox', { name: 'Year 7', exact: true }).check();
  await page.getByLabel('Starts').fill('2026-11-30');
  await page.getByLabel('Ends').fill('2026-12-11');
  await page.getByRole('checkbox', { name: 'Northvale MHST' }).check();
  await expectAccessible(page, 'campaign editor');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kindness week' })).toBeVisible();

  await page.getByRole('link', { name: 'Add activity' }).click();
  await page.getByLabel('Activity title').fill('Kindness assembly');
  await page.getByLabel('Date').fill('2026-11-30');
  await page.getByLabel('Start time').fill('08:45');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await page.getByRole('link', { name: 'Add activity' }).click();
  await page.getByLabel('Type').selectOption({ label: 'Drop-in' });
  await page.getByLabel('Activity title').fill('Friendship drop-in');
  await page.getByLabel('Date').fill('2026-12-02');
  await page.getByLabel('Start time').fill('12:30');
  await page.getByLabel('Length in minutes').fill('40');
  await page.getByLabel('Place').fill('Wellbeing room');
  await page.getByRole('group', { name: 'Partners' }).getByRole('checkbox', { name: 'Northvale MHST' }).check();
  await expectAccessible(page, 'activity editor with partner');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByRole('link', { name: 'Friendship drop-in' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'About this campaign' })).toContainText('Northvale MHST');

  // The partner's page lists the booking; the calendar file and the PDF hold it.
  await nav(page, 'Partners');
  await page.getByRole('link', { name: 'Northvale MHST' }).click();
  await expect(page.getByRole('list', { name: 'Bookings' }).getByRole('link', { name: 'Friendship drop-in' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Bookings' }).getByRole('link', { name: 'Kindness assembly' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Campaigns' }).locator('..')).toContainText('Kindness week');
  await expectAccessible(page, 'partner page');
  await captureScreen(page, '55-partner-page');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export bookings (.ics)' }).click();
  const ics = fs.readFileSync(await (await download).path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.map((e) => e.summary)).toEqual(['Friendship drop-in']);
  expect(events[0]!.location).toBe('Wellbeing room');
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-02T12:30:00.000Z');
  expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2026-12-02T13:10:00.000Z');

  await page.goto(`/#/print/partner/${partnerId}`);
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`);
  const pdfPath = testInfo.outputPath('partner-bookings.pdf');
  await page.pdf({ path: pdfPath, ...playwrightPdfOptions('a4', 'Riverside Academy') });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Bookings with Northvale MHST');
  expect(text).toContain('From Riverside Academy, for 2 September 2026 onwards');
  expect(text).toContain('Wednesday 2 December 2026');
  expect(text).toContain('12:30 for 40 minutes');
  expect(text).toContain('Friendship drop-in');
  expect(text).toContain('Wellbeing room');
  expect(text).not.toContain('Kindness assembly');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfPath, path.join(SCREENSHOT_DIR, '56-partner-bookings-pdf')]);

  // Save the campaign as the lead's own template, then start next term's from it.
  await page.goto('/#/campaigns');
  await page.getByRole('link', { name: 'Kindness week' }).click();
  await page.getByRole('button', { name: 'Save as my template' }).click();
  await expect(page.getByText('Saved as your template “Kindness week”. You will find it under Start from a template.')).toBeVisible();
  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'Start from a template' }).click();
  const own = page.getByRole('region', { name: 'Your templates' });
  await expect(own.getByRole('heading', { level: 3, name: 'Kindness week' })).toBeVisible();
  await expect(own).toContainText('2 activities over 2 teaching weeks');
  await expectAccessible(page, 'templates with an own template');
  await captureScreen(page, '57-own-templates');
  await own.getByRole('button', { name: 'Use the template Kindness week' }).click();
  await page.getByLabel('Campaign starts').fill('2027-01-11');
  await expect(page.getByRole('checkbox', { name: 'Year 7', exact: true })).toBeChecked();
  await expect(page.getByRole('row', { name: /Monday 11 January 2027, 08:45 Kindness assembly/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Wednesday 13 January 2027, 12:30 Friendship drop-in/ })).toBeVisible();
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kindness week' })).toBeVisible();
  await expect(page.locator('.page-header__lede')).toContainText('11 January 2027 to 13 January 2027');
  await expect(page.getByRole('complementary', { name: 'About this campaign' })).toContainText('Northvale MHST');

  // The MHST now has both drop-ins booked.
  await nav(page, 'Partners');
  await page.getByRole('link', { name: 'Northvale MHST' }).click();
  await expect(page.getByRole('list', { name: 'Bookings' }).getByRole('link', { name: 'Friendship drop-in' })).toHaveCount(2);

  // An own template can be deleted, and the deletion undone.
  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'Start from a template' }).click();
  await page.getByRole('button', { name: 'Delete the template Kindness week' }).click();
  await expect(page.getByText(/None yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(own.getByRole('heading', { level: 3, name: 'Kindness week' })).toBeVisible();
});

test('concerns heard at a community conversation seed a new campaign', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page);
  await fromTemplate(page, 'Sofa conversations', '2026-11-09');

  await page.getByRole('link', { name: 'Sofa conversation at the community centre' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Done' });
  await page.getByLabel('Reach (how many attended)').fill('14');
  await page.getByLabel('Concerns heard (one short theme per line)').fill('Closed health centre\nTransport to appointments\nFood costs');
  await expectAccessible(page, 'community conversation editor');
  await captureScreen(page, '58-conversation-editor');
  await page.getByRole('button', { name: 'Save activity' }).click();

  const conversation = page.getByRole('listitem').filter({ hasText: 'Sofa conversation at the community centre' });
  await expect(conversation.getByRole('listitem')).toHaveText(['Closed health centre', 'Transport to appointments', 'Food costs']);
  await conversation.getByRole('link', { name: /^Start a campaign from these concerns/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'New campaign' })).toBeVisible();
  await expect(page.getByText('Started from the concerns heard at “Sofa conversation at the community centre”')).toBeVisible();
  await expect(page.getByLabel('Why: the evidence that prompted it')).toHaveValue(
    /^Concerns heard at “Sofa conversation at the community centre” on .+:\n- Closed health centre\n- Transport to appointments\n- Food costs$/,
  );
  await expect(page.getByLabel('Theme')).toHaveValue('other');
  await expect(page.getByRole('checkbox', { name: 'Community' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Pupils' })).not.toBeChecked();
  await expectAccessible(page, 'campaign editor seeded from concerns');
  await captureScreen(page, '59-seeded-campaign');

  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByText('Give the campaign a title.')).toBeVisible();
  await page.getByLabel('Title').fill('Getting to appointments');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Getting to appointments' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'About this campaign' })).toContainText('- Transport to appointments');
  await expect(page.getByRole('complementary', { name: 'About this campaign' })).toContainText('Idea');
});

test('an unreadable template file is refused with a clear message and nothing is saved', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page);
  await page.goto('/#/campaigns/templates');
  const broken = testInfo.outputPath('broken-template.json');
  fs.writeFileSync(broken, '{ "format": "upstream-campaign-template", "formatVersion": 1, "id": "x", "title": "Half a template", "activi');
  await page.getByLabel('Template file', { exact: true }).setInputFiles(broken);
  await expect(page.getByRole('alert')).toHaveText('“broken-template.json” was not imported. This template file is damaged or not an Upstream campaign template.');
  await expect(page.getByText(/None yet/)).toBeVisible();
  await expectAccessible(page, 'templates with an import error');
  await captureScreen(page, '60-template-import-error');
});
