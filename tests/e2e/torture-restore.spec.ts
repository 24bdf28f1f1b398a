/**
 * Kill mid-write: close the page at 20 different moments while a large restore is writing, reopen,
 * and check the data is exactly as before or exactly as after, never in between.
 */
import fs from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { buildBackup } from '../../shared/backup';
import { defaultEnglandTermDates } from '../../shared/calendar';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema';

const KILLS = 20;
const CURRENT_SCHEMA = SCHEMA_VERSIONS.at(-1)!.version;

/**
 * A school with `campaigns` campaigns of 20 activities each, as a backup file of the given schema
 * version (every table of that version present; the ones not filled in are empty).
 */
async function largeBackup(name: string, campaigns: number, schemaVersion = CURRENT_SCHEMA): Promise<string> {
  const at = '2026-11-24T09:00:00.000Z';
  const rows = { campaigns: [] as Record<string, unknown>[], activities: [] as Record<string, unknown>[] };
  for (let c = 0; c < campaigns; c += 1) {
    const id = `${name}-c${c}`;
    rows.campaigns.push({ id, title: `${name} campaign ${c}`, theme: 'sleep', audiences: ['pupils'], yearGroups: ['Y7'], startDate: '2026-11-02', endDate: '2026-12-18', partnerIds: [], status: 'planned', createdAt: at, updatedAt: at });
    for (let a = 0; a < 20; a += 1) {
      rows.activities.push({ id: `${id}-a${a}`, campaignId: id, type: 'assembly', title: `${name} activity ${c}.${a}`, date: '2026-11-05', partnerIds: [], audiences: ['pupils'], yearGroups: ['Y7'], status: 'planned', notes: 'x'.repeat(200), createdAt: at, updatedAt: at });
    }
  }
  const settings = [{ id: 'school', name, yearGroups: ['Y7', 'Y8'], academicYears: [defaultEnglandTermDates(2026)], suppressionThreshold: 5, createdAt: at, updatedAt: at }];
  const empty = Object.fromEntries(Object.entries(SCHEMA_VERSIONS.find((v) => v.version === schemaVersion)!.stores).filter(([, spec]) => spec !== null).map(([table]) => [table, [] as Record<string, unknown>[]]));
  return JSON.stringify(await buildBackup({ ...empty, settings, ...rows }, { appVersion: '0.1.0', schemaVersion, school: name }));
}

/**
 * A digest of the school's data, read with raw IndexedDB: every store except the audit log (a
 * restore adds its own entry) and the built-in library rows (the app re-adds those at start-up).
 */
function digestInPage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].filter((n) => n !== 'audit').sort();
    const tx = db.transaction(names, 'readonly');
    const all = await Promise.all(
      names.map(
        (n) =>
          new Promise<unknown[]>((resolve, reject) => {
            const r = tx.objectStore(n).getAll();
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          }),
      ),
    );
    db.close();
    const own = all.map((rows) => rows.filter((row) => !(row as { builtInId?: string }).builtInId));
    const text = JSON.stringify(names.map((n, i) => [n, own[i]]));
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
  });
}

async function startRestore(page: Page, file: string): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('Restore from a backup file…').setInputFiles(file);
  await expect(page.getByRole('button', { name: 'Replace my data with this backup' })).toBeVisible();
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
}

/** Names of the scratch databases a restore of an older backup uses, as the page sees them. */
function strayDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('upstream-restore-')));
}

interface KillFigures {
  restoreMs: number;
  before: number;
  after: number;
  /** Scratch databases found after a kill, before Upstream started again. */
  straysFound: number;
  /** Scratch databases still there once Upstream had started again (should be none). */
  straysAfterStart: number;
}

/**
 * Restores A then B, measures the restore, then starts restores KILLS times and closes the page
 * at moments spread across the measured restore time. After each kill: is any scratch database
 * left (looked at from a page of the same origin that does not run Upstream), and once Upstream
 * has started again, is the data exactly before or after and is every scratch database gone?
 */
async function killRestores(context: BrowserContext, files: Record<'A' | 'B', string>): Promise<KillFigures> {
  let page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Restore from a backup file…').setInputFiles(files.A);
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 60_000 });
  const digests: Record<'A' | 'B', string> = { A: await digestInPage(page), B: '' };
  const started = Date.now();
  await startRestore(page, files.B);
  await expect(page.getByText('Restored the backup')).toBeVisible({ timeout: 60_000 });
  const restoreMs = Date.now() - started;
  digests.B = await digestInPage(page);
  expect(digests.B).not.toBe(digests.A);

  let current: 'A' | 'B' = 'B';
  const outcomes: string[] = [];
  let straysFound = 0;
  let straysAfterStart = 0;
  for (let kill = 0; kill < KILLS; kill += 1) {
    const target: 'A' | 'B' = current === 'A' ? 'B' : 'A';
    await startRestore(page, files[target]);
    // Spread the kills from the click to a little past the measured restore time.
    await page.waitForTimeout(Math.round(((kill + 0.5) / KILLS) * restoreMs * 1.1));
    await page.close();
    page = await context.newPage();
    // A page of the same origin that is not Upstream: what did the kill leave behind?
    await page.goto('/not-upstream');
    straysFound += (await strayDatabases(page)).length;
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const strays = await strayDatabases(page);
    straysAfterStart += strays.length;
    expect(strays, `kill ${kill + 1}: scratch databases left after start-up`).toEqual([]);
    const digest = await digestInPage(page);
    expect([digests.A, digests.B], `kill ${kill + 1}: data is neither before nor after`).toContain(digest);
    const after = digest === digests[target];
    outcomes.push(after ? 'after' : 'before');
    if (after) current = target;
    console.log(`kill ${kill + 1}/${KILLS}: ${after ? 'after' : 'before'}, ${straysFound} scratch databases found so far, none left after start-up`);
  }
  await page.close();
  expect(outcomes).toHaveLength(KILLS);
  return { restoreMs, before: outcomes.filter((o) => o === 'before').length, after: outcomes.filter((o) => o === 'after').length, straysFound, straysAfterStart };
}

test('a restore killed at any moment leaves the data exactly before or exactly after', async ({ context }, testInfo) => {
  // Slow by design, and slower on a shared machine.
  test.setTimeout(900_000);
  const files = { A: testInfo.outputPath('school-a.json'), B: testInfo.outputPath('school-b.json') };
  fs.writeFileSync(files.A, await largeBackup('Ash Grove School', 150));
  fs.writeFileSync(files.B, await largeBackup('Beech Hill School', 150));
  const figures = await killRestores(context, files);
  console.log(`kill mid-restore: ${KILLS} kills over a ${figures.restoreMs} ms restore of ${150 * 21 + 1} records: ${figures.before} left it before, ${figures.after} after, 0 in between`);
  expect(figures.straysAfterStart).toBe(0);
});

test('an older-format restore killed at any moment leaves no copy of the data behind', async ({ context }, testInfo) => {
  test.setTimeout(900_000);
  const files = { A: testInfo.outputPath('old-school-a.json'), B: testInfo.outputPath('old-school-b.json') };
  fs.writeFileSync(files.A, await largeBackup('Ash Grove School', 150, 1));
  fs.writeFileSync(files.B, await largeBackup('Beech Hill School', 150, 1));
  const figures = await killRestores(context, files);
  const left = await (async () => {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').sort());
    await page.close();
    return names;
  })();
  console.log(
    `kill mid-restore of a schema-1 backup: ${KILLS} kills over a ${figures.restoreMs} ms restore of ${150 * 21 + 1} records: ${figures.before} left it before, ${figures.after} after, 0 in between; ` +
      `${figures.straysFound} scratch databases found after the kills, ${figures.straysAfterStart} left once Upstream started; databases at the end: ${left.join(', ')}`,
  );
  expect(figures.straysAfterStart).toBe(0);
  expect(left.filter((n) => n.startsWith('upstream-restore-'))).toEqual([]);
  expect(left.every((n) => n === 'upstream' || n === 'upstream-drafts')).toBe(true);
});
