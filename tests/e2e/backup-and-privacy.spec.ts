import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { captureScreen, expectAccessible, setUpSchool } from './support';

test('a lead backs up, deletes everything, and restores on first run', async ({ page }, testInfo) => {
  test.slow(); // a backup, a thorough delete and a restore, with axe checks, on a busy machine
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00'));
  await setUpSchool(page, 'Riverside Academy');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Load sample school' }).click();
  await expect(page.getByRole('button', { name: 'Remove sample school' })).toBeVisible();
  await expect(page.getByText(/In the browser, Upstream cannot save backups by itself/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('2026-11-24 Riverside Academy - Upstream backup.json');
  const backupPath = testInfo.outputPath('backup.json');
  await file.saveAs(backupPath);
  const backup = JSON.parse(fs.readFileSync(backupPath, 'utf8')) as { counts: Record<string, number>; school: string };
  expect(backup.school).toBe('Riverside Academy');
  expect(backup.counts['campaigns']).toBe(4);
  await expectAccessible(page, 'settings with backups');

  // The privacy page, then delete everything.
  await page.getByRole('link', { name: 'Data and privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data and privacy' })).toBeVisible();
  await expect(page.getByText('Any count below 5 reads “fewer than 5”', { exact: false })).toBeVisible();
  await expectAccessible(page, 'privacy');
  await captureScreen(page, '50-privacy');
  const deleteButton = page.getByRole('button', { name: 'Delete all data' });
  await expect(deleteButton).toBeDisabled();
  await page.getByLabel('Type DELETE to confirm').fill('delete');
  await expect(deleteButton).toBeDisabled();
  // A draft and a scratch database left by an interrupted restore: "Delete all data" takes them too.
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('upstream-restore-left-behind');
      request.onupgradeneeded = () => request.result.createObjectStore('campaigns');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    localStorage.setItem('left-behind', 'yes');
  });
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await deleteButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Upstream' })).toBeVisible();
  // Only what the fresh first run opens: the school database and an empty drafts database.
  const left = await page.evaluate(async () => ({ databases: (await indexedDB.databases()).map((d) => d.name).sort(), storage: localStorage.length }));
  expect(left.databases.filter((name) => name !== 'upstream-drafts')).toEqual(['upstream']);
  expect(left.storage).toBe(0);

  // A damaged file is refused with a message.
  const truncated = testInfo.outputPath('truncated.json');
  fs.writeFileSync(truncated, fs.readFileSync(backupPath, 'utf8').slice(0, 5000));
  await page.getByLabel('Restore from a backup file…').setInputFiles(truncated);
  await expect(page.getByRole('alert')).toContainText('incomplete or damaged');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Upstream' })).toBeVisible();

  // Restore the real backup from first run.
  await page.getByLabel('Restore from a backup file…').setInputFiles(backupPath);
  const preview = page.getByRole('region', { name: 'Backup to restore' });
  await expect(preview).toContainText('Riverside Academy');
  await expect(preview).toContainText('4 campaigns');
  // Table by table: what is there now (nothing, after deleting) and what there will be.
  const replaced = preview.getByRole('table', { name: 'What will be replaced' });
  await expect(replaced.getByRole('row', { name: /^Campaigns 0 4$/ })).toBeVisible();
  await expect(replaced.getByRole('row', { name: /^School settings 0 1$/ })).toBeVisible();
  await expectAccessible(page, 'first run with a backup to restore');
  await captureScreen(page, '51-restore-preview');
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Sleep well this winter' })).toBeVisible();
});
