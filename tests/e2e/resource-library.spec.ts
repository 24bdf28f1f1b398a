import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DATABASE_NAME } from '../../shared/identity';
import { PRINT_READY_ATTRIBUTE, playwrightPdfOptions } from '../../shared/print';
import { buildShareFile } from '../../shared/resource-share';
import { captureScreen, expectAccessible, idFromUrl, setUpSchool } from './support';

// A fixed "today" so the story reads the same every run: Tuesday 24 November 2026, autumn term.
const TODAY = new Date('2026-11-24T09:00:00');
const SCHOOL = 'Riverside Academy';
const SCREENS = path.resolve('test-results/screens');

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

/** Anything that tries to run shows up here: a dialog, or window.__pwned being set. */
function watchForScript(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}
const pwned = (page: Page) => page.evaluate('window.__pwned');

test('a lead finds the screens handout, makes a copy, edits it, attaches it to an activity and prints it', async ({ page }, testInfo) => {
  // A long story with six accessibility checks and a PDF: more than the default minute on a shared 2-core machine.
  test.setTimeout(150_000);
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);

  // The built-in library is there on day one.
  await nav(page, 'Resources');
  await expect(page.getByRole('heading', { level: 1, name: 'Resources' })).toBeVisible();
  await expect(page.getByText(/^2\d resources$/)).toBeVisible();
  await expectAccessible(page, 'resource library');
  await captureScreen(page, '70-resource-library');

  // Search "screens": the sleep handout comes first, with the match highlighted.
  await page.getByLabel('Search resources').fill('screens');
  await expect(page.getByText(/resources? match “screens”/)).toBeVisible();
  const results = page.getByRole('list', { name: 'Resources found' });
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Screens and sleep');
  await expect(first.locator('h2 mark')).toHaveText('Screens');
  await expect(first.locator('.resource-card__snippet mark').first()).toBeVisible();
  await expectAccessible(page, 'resource search');
  await captureScreen(page, '71-resource-search');

  // The built-in: read-only, sourced, not used yet.
  await first.getByRole('link', { name: 'Screens and sleep' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Screens and sleep' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Why screens get in the way' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Childline: Problems sleeping/ })).toHaveAttribute('href', /^https:\/\/www\.childline\.org\.uk\//);
  await expect(page.getByText('Not attached to any activity or workshop plan yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print handout (PDF)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expectAccessible(page, 'built-in resource page');
  await captureScreen(page, '72-resource-page');

  // Make my copy, and edit it.
  await page.getByRole('button', { name: 'Make my copy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Screens and sleep (my copy)' })).toBeVisible();
  const copyId = await idFromUrl(page, /#\/resources\/([^/]+)\/edit$/);
  await page.getByLabel('Title', { exact: true }).fill('Screens and sleep at Riverside');
  const body = page.getByLabel('Text (markdown)');
  await body.press('ControlOrMeta+End');
  await body.pressSequentially('\n\n## Our charging boxes\n\nIn Year 9, phones go in the charging box by 9pm. Ask your tutor.');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Our charging boxes' })).toBeVisible();
  await page.getByLabel('Tags').fill('screens, phones, bedtime, charging box');
  await expectAccessible(page, 'resource editor');
  await captureScreen(page, '73-resource-editor');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Screens and sleep at Riverside' })).toBeVisible();
  await expect(page.getByText('Your copy of a built-in resource', { exact: false })).toBeVisible();
  await expect(page.getByText('In Year 9, phones go in the charging box by 9pm.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();

  // The built-in is unchanged, and knows about the copy.
  await page.getByRole('link', { name: 'Screens and sleep', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Screens and sleep' })).toBeVisible();
  await expect(page.getByText('In Year 9, phones go in the charging box')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Screens and sleep at Riverside' })).toBeVisible();

  // A campaign from the sleep template, then attach the copy to its parent workshop.
  await nav(page, 'Campaigns');
  await page.getByRole('link', { name: 'Start from a template' }).click();
  await page.getByRole('button', { name: 'Use the template Sleep well this winter' }).click();
  await page.getByLabel('Campaign starts').fill('2026-11-02');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeVisible();
  await page.getByRole('link', { name: 'Helping your child sleep well' }).click();
  const picker = page.getByRole('region', { name: 'Resources' });
  await expect(picker.getByText(/No resources attached yet/)).toBeVisible();
  await picker.getByLabel('Find a resource to attach').fill('riverside');
  await expect(picker.getByText('1 resource matches.')).toBeVisible();
  await picker.getByRole('button', { name: 'Attach “Screens and sleep at Riverside”' }).click();
  const attached = picker.getByRole('list', { name: 'Resources attached to this activity' });
  await expect(attached.getByRole('link', { name: 'Screens and sleep at Riverside' })).toBeVisible();
  await picker.getByLabel('Find a resource to attach').fill('wind down');
  await picker.getByRole('button', { name: 'Attach “A wind-down routine for better sleep”' }).click();
  await expect(attached.getByRole('listitem')).toHaveCount(2);
  await picker.getByRole('button', { name: 'Remove “A wind-down routine for better sleep”' }).click();
  await expect(attached.getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page, 'activity editor with resources');
  await captureScreen(page, '74-resource-picker');

  // Where it is used: the resource page links back to the activity.
  await attached.getByRole('link', { name: 'Screens and sleep at Riverside' }).click();
  const uses = page.getByRole('region', { name: 'Where it is used' });
  await expect(uses.getByRole('link', { name: 'Helping your child sleep well' })).toBeVisible();
  await expect(uses).toContainText('Activity in Sleep well this winter, Thursday 19 November 2026');
  await expectAccessible(page, 'own resource page');
  await captureScreen(page, '75-resource-used');

  // Print it: the same print view and options the desktop app's PDF export uses.
  await page.goto(`/#/print/resource/${copyId}`);
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`);
  await expect(page.getByRole('heading', { level: 1, name: 'Screens and sleep at Riverside' })).toBeVisible();
  const pdfPath = testInfo.outputPath('resource.pdf');
  await page.pdf({ path: pdfPath, ...playwrightPdfOptions('a4', SCHOOL) });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Screens and sleep at Riverside');
  expect(text).toContain(SCHOOL);
  expect(text).toContain('Our charging boxes');
  expect(text).toMatch(/In Year 9, phones go in the charging box by 9pm\./);
  expect(text).toMatch(/Sources\s+1\. Blackpool Teaching Hospitals/);
  expect(text).toContain('https://www.childline.org.uk/info-advice/your-feelings/feelings-emotions/problems-sleeping/');
  expect(text).toMatch(/Page 1 of [12]/);
  expect(text).not.toContain('{{');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12]/);
  expect(info).toMatch(/Tagged:\s+yes/);
  fs.mkdirSync(SCREENS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, path.join(SCREENS, '76-resource-pdf')]);
});

test('pasted script never runs: not in the editor preview, not from a stored resource, not in print', async ({ page }) => {
  const dialogs = watchForScript(page);
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);

  await page.goto('/#/resources/new');
  await page.getByLabel('Title', { exact: true }).fill('Pasted from a website');
  const payload = [
    'Hello from the web.',
    '',
    '<script>window.__pwned=1</script>',
    '',
    '[x](javascript:window.__pwned=1)',
    '',
    '<img src=x onerror="window.__pwned=1">',
    '',
    '![tracker](https://evil.example/pixel.png)',
    '',
    '[entity](&#106;avascript:window.__pwned=1)',
  ].join('\n');
  await page.getByLabel('Text (markdown)').fill(payload);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('Hello from the web.')).toBeVisible();
  await expect(preview.locator('script, img, iframe')).toHaveCount(0);
  await expect(preview.getByText('[Picture not shown: tracker]')).toBeVisible();
  await preview.getByText('x', { exact: true }).click();
  await preview.getByText('entity', { exact: true }).click();
  await expect(page.getByText('Upstream will not save these parts of the text:')).toBeVisible();
  await page.getByRole('button', { name: 'Save resource' }).click();
  await expect(page.getByRole('alert')).toContainText('Some fields need fixing. Nothing has been saved yet.');
  await expect(page.locator('.field__error', { hasText: /^⚠?\s*Line 3: HTML tags are not allowed/ })).toBeVisible();
  await expectAccessible(page, 'editor refusing unsafe markdown');
  await captureScreen(page, '77-resource-editor-refused');
  expect(await pwned(page)).toBeUndefined();
  // The refused text was never saved: leaving asks first (and keeps it only as a draft on this computer).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // Even a resource written straight into the database (not through the editor) renders harmlessly.
  await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open(${JSON.stringify(DATABASE_NAME)});
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('resources', 'readwrite');
      tx.objectStore('resources').put({
        id: 'evil-resource', title: 'Sneaky <img src=x onerror="window.__pwned=9">', kind: 'tip-sheet', themes: ['sleep'], audiences: ['parents'],
        yearGroups: [], bodyMarkdown: ${JSON.stringify(`${payload}\n\n[data](data:text/html,<script>window.__pwned=1</script>)\n\n## __pwned\n`)},
        sources: [{ title: 'Evil source', url: 'javascript:window.__pwned=2' }], tags: ['<b>tag</b>'], archived: 0,
        createdAt: '2026-11-24T09:00:00.000Z', updatedAt: '2026-11-24T09:00:00.000Z'
      });
      tx.oncomplete = () => { open.result.close(); resolve(undefined); };
      tx.onerror = () => reject(tx.error);
    };
  })`);
  // Written behind the app's back, so start it again to read it (as after copying data in from elsewhere).
  await page.reload();
  await page.goto('/#/resources/evil-resource');
  await expect(page.getByRole('heading', { level: 1, name: 'Sneaky <img src=x onerror="window.__pwned=9">' })).toBeVisible();
  const article = page.locator('article.resource-body');
  await expect(article.getByText('Hello from the web.')).toBeVisible();
  await expect(page.locator('main script, main img, main iframe')).toHaveCount(0);
  await expect(page.getByText('Evil source')).toBeVisible();
  await expect(page.getByRole('link', { name: /Evil source/ })).toHaveCount(0);
  for (const name of ['x', 'entity', 'data']) await article.getByText(name, { exact: true }).click();
  await page.getByText('Evil source').click();
  expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');

  // The search results and the print view show the same text as text.
  await page.goto('/#/resources');
  await page.getByLabel('Search resources').fill('sneaky');
  await expect(page.getByRole('heading', { level: 2, name: /^Sneaky <img/ })).toBeVisible();
  await page.goto('/#/print/resource/evil-resource');
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`);
  await expect(page.locator('body img, body script, body iframe')).toHaveCount(0);
  await expect(page.getByText('Hello from the web.')).toBeVisible();

  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('resources are shared as a checked file: exported, refused when damaged or newer, imported once', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, SCHOOL);
  await nav(page, 'Resources');

  // Export two built-ins.
  await page.getByLabel('Search resources').fill('worry');
  await page.getByRole('checkbox', { name: /Select “Worry time: park your worries before bed” to export/ }).check();
  await page.getByLabel('Search resources').fill('grounding');
  await page.getByRole('checkbox', { name: /Select “Grounding with 5-4-3-2-1” to export/ }).check();
  await expect(page.getByText('2 selected to share with another school')).toBeVisible();
  await expectAccessible(page, 'library with a selection');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export selected (2)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('2026-11-24 2 resources - shared resources.json');
  const exported = fs.readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(exported);
  expect(file).toMatchObject({ format: 'upstream-resources', formatVersion: 1 });
  expect(file.resources.map((r: { title: string }) => r.title).sort()).toEqual(['Grounding with 5-4-3-2-1', 'Worry time: park your worries before bed']);
  await expect(page.getByText(/^Exported 2 resources\./)).toBeVisible();

  const write = (name: string, content: string) => {
    const target = testInfo.outputPath(name);
    fs.writeFileSync(target, content);
    return target;
  };
  await page.getByRole('link', { name: 'Import resources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import resources' })).toBeVisible();
  const input = page.getByLabel('Resources file (.json)');

  // Bad files: a clear message, nothing written.
  const refusals: [string, string, RegExp][] = [
    ['truncated.json', exported.slice(0, Math.floor(exported.length / 2)), /This file is incomplete/],
    ['newer.json', JSON.stringify({ ...file, formatVersion: 2, appVersion: '9.0.0' }), /made by a newer version of Upstream \(Upstream 9\.0\.0\)/],
    ['notes.json', '{"hello": "world"}', /This is not an Upstream resources file/],
    ['edited.json', exported.replace('Worry time', 'Hurry time'), /checksum does not match/],
    ['proto.json', exported.replace('"format":', '"__proto__": {"polluted": true}, "format":'), /field named “__proto__”/],
  ];
  for (const [name, content, message] of refusals) {
    await input.setInputFiles(write(name, content));
    await expect(page.getByRole('alert')).toContainText(message);
  }
  await expectAccessible(page, 'import refused');
  await captureScreen(page, '78-resource-import-refused');

  // The same file again: everything is already here, so nothing to add.
  await input.setInputFiles(write('again.json', exported));
  await expect(page.getByText('Every resource in this file is already in your library, so there is nothing to add.')).toBeVisible();
  await expect(page.getByText(/Worry time: park your worries before bed: Already in your library as “Worry time/)).toBeVisible();

  // A trust's file with one new resource and one we already have.
  const trustFile = await buildShareFile(
    [
      { title: 'Trust-wide sleep letter', kind: 'letter', themes: ['sleep'], audiences: ['parents'], yearGroups: [], tags: ['trust'], sources: [{ title: 'NHS: sleep tips', url: 'https://www.nhs.uk/' }], bodyMarkdown: 'Dear families,\n\nSleep matters. See the [NHS](https://www.nhs.uk/).\n' },
      file.resources[0],
    ],
    { appVersion: '0.1.0', exportedAt: '2026-11-20T10:00:00.000Z' },
  );
  await input.setInputFiles(write('trust.json', trustFile));
  await expect(page.getByRole('heading', { level: 2, name: 'What will be added' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Trust-wide sleep letter' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Skipped because you already have them' })).toBeVisible();
  await expectAccessible(page, 'import preview');
  await captureScreen(page, '79-resource-import-preview');
  await page.getByRole('button', { name: 'Add 1 resource' }).click();
  await expect(page.getByText('Added 1 resource to your library.')).toBeVisible();
  await page.getByLabel('Search resources').fill('trust');
  await expect(page.getByRole('heading', { level: 2, name: 'Trust-wide sleep letter' })).toBeVisible();
});
