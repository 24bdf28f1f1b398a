/**
 * Backups at a large school's size: ten years of a 1,500-pupil secondary school (about 118,000
 * records) restored from a file, then saved again with "Back up now", in the browser build.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildBackup } from '../../shared/backup';
import { defaultEnglandTermDates } from '../../shared/calendar';
import { recordProblem } from '../../shared/model';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import { setUpSchool } from './support';

const at = '2026-11-24T09:00:00.000Z';
const words = (n: number) => 'Pupils talked about sleep, screens and worries before exams. '.repeat(Math.ceil(n / 60)).slice(0, n);

/** The volumes tests/db/backup-size.test.ts measures, in the shapes the app stores. */
function tenYearsOfALargeSchool(): Record<string, Record<string, unknown>[]> {
  const tables = Object.fromEntries(Object.keys(SCHEMA_VERSIONS.at(-1)!.stores).map((t) => [t, [] as Record<string, unknown>[]]));
  tables['settings']!.push({ id: 'school', name: 'Large Secondary School', yearGroups: ['Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13'], academicYears: [defaultEnglandTermDates(2026)], suppressionThreshold: 5, createdAt: at, updatedAt: at });
  for (let c = 0; c < 300; c += 1) {
    tables['campaigns']!.push({ id: `c${c}`, title: `Campaign ${c}`, theme: 'sleep', why: words(400), goal: words(150), audiences: ['pupils'], yearGroups: ['Y9'], startDate: '2026-11-02', endDate: '2026-12-18', partnerIds: [], status: 'finished', createdAt: at, updatedAt: at });
    for (let a = 0; a < 20; a += 1) tables['activities']!.push({ id: `c${c}a${a}`, campaignId: `c${c}`, type: 'assembly', title: `Activity ${c}.${a}`, date: '2026-11-05', partnerIds: [], audiences: ['pupils'], yearGroups: ['Y9'], status: 'done', reach: 180, notes: words(300), createdAt: at, updatedAt: at });
  }
  for (let w = 0; w < 800; w += 1) {
    const agenda = Array.from({ length: 8 }, (_, s) => ({ id: `w${w}s${s}`, title: `Section ${s}`, minutes: 10, whatHappens: words(400), facilitatorNotes: words(300), materials: words(80) }));
    tables['workshopPlans']!.push({ id: `w${w}`, title: `Workshop ${w}`, audience: 'parents', theme: 'sleep', yearGroups: ['Y9'], summary: words(200), date: '2026-11-20', agenda, objectives: [words(80)], keyMessages: [words(80)], facilitators: ['Wellbeing lead'], materialsChecklist: [], partnerIds: [], createdAt: at, updatedAt: at });
  }
  for (let s = 0; s < 3_800; s += 1) tables['checkIns']!.push({ id: `k${s}`, date: '2026-11-05', sessionType: 'bistro-drop-in', counts: Array.from({ length: 30 }, (_, i) => ({ topic: `topic ${i % 10}`, yearGroup: ['Y7', 'Y8', 'Y9'][i % 3], count: 2 })), createdAt: at, updatedAt: at });
  for (let v = 0; v < 40; v += 1) tables['surveyWaves']!.push({ id: `v${v}`, title: `Survey ${v}`, date: '2026-10-01', academicYear: 2026, source: 'csv', questions: [], createdAt: at });
  for (let r = 0; r < 84_000; r += 1) tables['surveyResults']!.push({ id: `r${r}`, waveId: `v${r % 40}`, questionId: `q${r % 60}`, answer: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'][r % 5], yearGroup: 'Y9', count: 12 });
  for (let r = 0; r < 500; r += 1) tables['resources']!.push({ id: `own${r}`, title: `Resource ${r}`, kind: 'tip-sheet', bodyMarkdown: words(4_000), themes: ['sleep'], audiences: ['parents'], yearGroups: [], sources: [], tags: ['bedtime'], archived: 0, createdAt: at, updatedAt: at });
  for (let e = 0; e < 20_000; e += 1) tables['audit']!.push({ seq: e + 1, at, action: 'export', subject: `Export ${e}`, count: 1 });
  // Every record as the app stores it (shared/model), so the restore is refused for nothing but size.
  for (const [table, rows] of Object.entries(tables)) {
    const problem = rows.map((row) => recordProblem(table, row)).find((p) => p !== null);
    if (problem) throw new Error(problem);
  }
  return tables;
}

test('ten years of a large school restore from a file and save again as one backup', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  const tables = tenYearsOfALargeSchool();
  const records = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
  const file = testInfo.outputPath('large-school.json');
  fs.writeFileSync(file, JSON.stringify(await buildBackup(tables, { appVersion: '0.1.0', schemaVersion: SCHEMA_VERSIONS.at(-1)!.version, school: 'Large Secondary School' })));
  const fileBytes = fs.statSync(file).size;

  await setUpSchool(page);
  await page.goto('/#/settings');
  const restoreStarted = Date.now();
  await page.getByLabel('Restore from a backup file…').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click({ timeout: 120_000 });
  await expect(page.getByText('Restored the backup')).toBeVisible({ timeout: 300_000 });
  const restoreMs = Date.now() - restoreStarted;

  const saveStarted = Date.now();
  const download = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByRole('button', { name: 'Back up now' }).click();
  const saved = testInfo.outputPath('saved-again.json');
  await (await download).saveAs(saved);
  await expect(page.getByText('Backup saved.')).toBeVisible();
  const saveMs = Date.now() - saveStarted;
  const again = JSON.parse(fs.readFileSync(saved, 'utf8')) as { counts: Record<string, number> };
  expect(again.counts['surveyResults']).toBe(84_000);
  expect(again.counts['activities']).toBe(6_000);
  console.log(
    `large school, ten years: ${records} records, ${(fileBytes / 1024 / 1024).toFixed(1)} MB restored in ${(restoreMs / 1000).toFixed(1)} s; ` +
      `saved again as ${(fs.statSync(saved).size / 1024 / 1024).toFixed(1)} MB in ${(saveMs / 1000).toFixed(1)} s`,
  );
});
