import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { PRINT_READY_ATTRIBUTE, playwrightPdfOptions } from '../../shared/print';
import { exportedDocument, printAsTheShellDoes } from './export-pdf';
import { captureScreen, expectAccessible, SCREENSHOT_DIR, setUpSchool } from './support';

// Wednesday 10 March 2027: spring term, after the autumn sleep campaign (2 November 2026 to 7 January 2027).
const TODAY = new Date('2027-03-10T09:00:00');

/** The Wednesday of every teaching week from September 2026 to early March 2027 (default England dates). */
const WEDNESDAYS = [
  '2026-09-02', '2026-09-09', '2026-09-16', '2026-09-23', '2026-09-30', '2026-10-07', '2026-10-14', '2026-10-21',
  // half term 26–30 October
  '2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16',
  '2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27', '2027-02-03', '2027-02-10',
  // half term 15–19 February
  '2027-02-24', '2027-03-03',
];
/** Sleep visits each of those weeks: 4.2 a week in the six weeks before the campaign, 2.8 in the six after it ended. */
const SLEEP = [2, 3, 4, 5, 4, 3, 5, 4, 6, 6, 7, 5, 6, 6, 6, 5, 3, 3, 2, 3, 4, 2, 3];

function talliesCsv(): string {
  const rows = ['Date,Topic,Count,Year group,Session type'];
  WEDNESDAYS.forEach((date, i) => {
    const [y, m, d] = date.split('-');
    const uk = `${d}/${m}/${y}`;
    rows.push(`${uk},sleep,${SLEEP[i]},,Bistro drop-in`);
    rows.push(`${uk},friendships,${6 + (i % 3)},,Bistro drop-in`);
    rows.push(`${uk},exam stress,${1 + (i % 3)},,Bistro drop-in`);
    if (i % 4 === 0) rows.push(`${uk},anxiety,2,Year 9,Bistro drop-in`);
  });
  return rows.join('\n') + '\n';
}

const FIRST_NAMES = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arthur', 'Freya', 'Oscar'];
const SURNAMES = ['Clarke', 'Osei', 'Patel', 'Wright', 'Nowak', 'Khan', 'Evans', 'Murphy'];

/** A Microsoft Forms export: UTF-8 with a byte-order mark, names and emails, mixed year-group spellings, a comment with a line break. */
function formsCsv(wave: number): Buffer {
  const header = [
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    'Which year group are you in?',
    'How often do you have trouble sleeping?',
    'Do you know who to talk to at school if you are worried?',
    'Anything else you would like to tell us?',
  ];
  const lines = [header.map((h) => `"${h}"`).join(',')];
  const years = [...Array(40).fill('9'), ...Array(24).fill('7'), ...Array(16).fill('8')];
  const yearSpelling = (g: string, i: number) => [`Year ${g}`, `Y${g}`, g, `Year 0${g}`][i % 4]!;
  years.forEach((g, i) => {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[(i * 3 + wave) % SURNAMES.length]}`;
    const email = `${name.toLowerCase().replace(' ', '.')}${i}@riverside.sch.uk`;
    // Year 9: 15 of 40 (38%) in the autumn wave, 11 of 40 in spring say often or always.
    const concern = g === '9' ? i < (wave === 1 ? 15 : 11) : g === '7' ? i % 8 === 0 : i % 3 === 0;
    const sleep = concern ? (i % 2 === 0 ? 'Often' : 'Always') : ['Never', 'Rarely', 'Sometimes'][i % 3]!;
    const talk = i % 5 === 0 ? 'Not sure' : 'Yes';
    const comment = i % 6 === 0 ? `"I lie awake worrying, ${name} here\nplease help"` : '';
    const started = `${wave === 1 ? '10/5/26' : '2/1/27'} 9:${String(10 + (i % 40)).padStart(2, '0')}`;
    lines.push([i + 1, started, started, email, name, yearSpelling(g, i), sleep, talk, comment].join(','));
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

async function importSurvey(page: Page, file: { name: string; buffer: Buffer }, title: string, date: string, screens: string | null) {
  await page.getByRole('navigation', { name: 'Trends' }).getByRole('link', { name: 'Surveys' }).click();
  await page.getByRole('link', { name: 'Import a survey (CSV)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a survey' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Survey file (CSV)').click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'text/csv', buffer: file.buffer });

  // Preview: the identifying columns are already masked.
  await expect(page.getByText('80 responses')).toBeVisible();
  await expect(page.getByText(/read as UTF-8 \(with a byte-order mark\), separated by commas/)).toBeVisible();
  const preview = page.getByRole('table', { name: /The first 5 responses/ });
  await expect(preview).toContainText('(hidden: email)');
  await expect(preview).toContainText('(hidden: name)');
  await expect(preview).not.toContainText('@riverside');
  await expect(preview).not.toContainText('Amelia');
  const dropped = page.getByRole('list', { name: 'Columns Upstream will not keep' });
  await expect(dropped).toContainText('Email: identifying: email');
  await expect(dropped).toContainText('Name: identifying: name');
  await expect(dropped).toContainText('Anything else you would like to tell us?: free text');
  if (screens) {
    await expectAccessible(page, 'survey preview');
    await captureScreen(page, `${screens}-survey-preview`);
  }
  await page.getByRole('button', { name: 'Next: choose questions' }).click();

  // Map: the year-group column is found; keep the sleep question with Often and Always of concern.
  await expect(page.getByLabel('Which year is the year group?').or(page.getByLabel('Which column is the year group?'))).toHaveValue('5');
  await expect(page.getByText(/Most responses read as year groups .*; fewer than 5 left it blank/)).toBeVisible();
  await page.getByLabel('Survey name').fill(title);
  await page.getByLabel('Date the survey ran').fill(date);
  const sleep = page.getByRole('group', { name: 'How often do you have trouble sleeping?' });
  await sleep.getByRole('checkbox', { name: 'Keep this question' }).check();
  await sleep.getByRole('checkbox', { name: /^Often/ }).check();
  await sleep.getByRole('checkbox', { name: /^Always/ }).check();
  if (screens) {
    await expectAccessible(page, 'survey mapping');
    await captureScreen(page, `${screens}-survey-mapping`);
  }
  await page.getByRole('button', { name: 'Next: check what will be stored' }).click();

  // What will be stored: counts only, small ones shown as "fewer than 5", and the dropped columns again.
  await expect(page.getByRole('heading', { level: 2, name: 'What will be stored' })).toBeVisible();
  const stored = page.getByRole('table', { name: /How often do you have trouble sleeping\?/ });
  await expect(stored.getByRole('columnheader')).toHaveText(['Answer', 'Year 7', 'Year 8', 'Year 9']);
  await expect(stored).toContainText('fewer than 5');
  await expect(page.getByRole('list', { name: 'Columns Upstream will not keep' })).toContainText('Do you know who to talk to at school if you are worried?: not chosen');
  if (screens) {
    await expectAccessible(page, 'survey review');
    await captureScreen(page, `${screens}-survey-review`);
  }
  await page.getByRole('button', { name: 'Store these counts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stored' })).toContainText(`from 80 responses as “${title}”`);
}

test('a lead imports tallies and surveys, sees identifying columns dropped, compares before and after the sleep campaign, and exports the governors’ report', async ({ page }, testInfo: TestInfo) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, 'Riverside Academy');

  // Trends starts empty, with ways in.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing to chart yet' })).toBeVisible();
  await expectAccessible(page, 'trends (empty)');

  // Historical tallies from a spreadsheet.
  await page.getByRole('link', { name: 'Import past tallies (CSV)' }).click();
  const tallyChooser = page.waitForEvent('filechooser');
  await page.getByLabel('Tally file (CSV)').click();
  await (await tallyChooser).setFiles({ name: 'drop-in tallies 2026-27.csv', mimeType: 'text/csv', buffer: Buffer.from(talliesCsv()) });
  await expect(page.getByText(/make 23 sessions from 2 September 2026 to 3 March 2027/)).toBeVisible();
  await expectAccessible(page, 'tally import preview');
  await captureScreen(page, '80-trends-tally-import-preview');
  await page.getByRole('button', { name: 'Import 23 sessions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText('23 sessions imported. The file itself has not been kept.');

  // Two survey waves from Forms, before and after the campaign.
  await importSurvey(page, { name: 'Autumn wellbeing survey(1-80).csv', buffer: formsCsv(1) }, 'Autumn wellbeing survey', '2026-10-05', '81-trends');
  await page.getByRole('link', { name: 'Make an indicator from “How often do you have trouble sleeping?”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New indicator' })).toBeVisible();
  await page.getByLabel('Pupils').selectOption({ label: 'Year 9' });
  await expect(page.getByLabel('Name')).toHaveValue('% of Year 9 answering “Often” or “Always” to “How often do you have trouble sleeping?”');
  await page.getByLabel('Name').fill('% of Year 9 reporting trouble sleeping often or always');
  await expect(page.getByRole('row', { name: /Autumn 2026\/27 38% 40 answered/ })).toBeVisible();
  await expectAccessible(page, 'indicator editor');
  await page.getByRole('button', { name: 'Create indicator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();

  await importSurvey(page, { name: 'Spring wellbeing survey(1-80).csv', buffer: formsCsv(2) }, 'Spring wellbeing survey', '2027-02-01', null);

  // An indicator from drop-in tallies.
  await page.getByRole('navigation', { name: 'Trends' }).getByRole('link', { name: 'Indicators' }).click();
  await page.getByRole('link', { name: 'New indicator' }).click();
  await page.getByLabel('Topic', { exact: true }).selectOption('sleep');
  await expect(page.getByLabel('Name')).toHaveValue('Drop-in visits about sleep per teaching week');
  await page.getByRole('button', { name: 'Create indicator' }).click();
  await expect(page.getByRole('row', { name: /Drop-in visits about sleep per teaching week/ })).toBeVisible();
  await expectAccessible(page, 'indicators');
  await captureScreen(page, '82-trends-indicators');

  // The sleep campaign from its template, aiming to move sleep visits.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  await page.getByRole('link', { name: 'Start from a template' }).click();
  await page.getByRole('button', { name: 'Use the template Sleep well this winter' }).click();
  await page.getByLabel('Campaign starts').fill('2026-11-02');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit campaign' }).click();
  await page.getByLabel('Indicator this campaign aims to move').selectOption({ label: 'Drop-in visits about sleep per teaching week' });
  await page.getByRole('button', { name: 'Save campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeVisible();

  // The dashboard: this term's weekly chart, the Year 9 sleep indicator by term.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Drop-ins, Spring term 2026/27' })).toBeVisible();
  await page.getByLabel('Term', { exact: true }).selectOption({ label: 'Whole year' });
  const weekly = page.getByRole('img', { name: /^Line chart of drop-in visits per teaching week, academic year 2026\/27/ });
  await expect(weekly).toBeVisible();
  await expect(weekly.locator('.recharts-line-curve').first()).toBeVisible();

  const y9 = page.getByRole('figure', { name: '% of Year 9 reporting trouble sleeping often or always' });
  await expect(y9.getByRole('img', { name: /^Bar chart/ })).toHaveAccessibleName('Bar chart of % of Year 9 reporting trouble sleeping often or always, by term: Autumn 2026/27 38%; Spring 2026/27 28%.');
  await y9.getByRole('button', { name: 'Show as table' }).click();
  await expect(y9.getByRole('row')).toHaveText(['Term% answering of concernPupils who answered', 'Autumn 2026/2738%40 answered', 'Spring 2026/2728%40 answered']);

  // Mark the campaign and compare before and after.
  await page.getByLabel('Campaign to mark').selectOption({ label: 'Sleep well this winter' });
  await expect(weekly.locator('.recharts-reference-area')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Campaign activities marked on the chart' })).toContainText('Launch assembly: why sleep matters, 2 November 2026 (Aut 9)');
  await page.getByRole('figure', { name: 'Drop-in visits by teaching week' }).screenshot({ path: path.join(SCREENSHOT_DIR, '84-trends-weekly-chart.png') });
  await expect(page.getByTestId('before-after-reading')).toHaveText(
    'Visits about sleep averaged 4.2 a week in the 6 weeks before and 2.8 a week in the 6 weeks after. This is a fall, but drop-in numbers vary week to week and other things changed too, so it does not show the campaign caused it.',
  );
  const comparison = page.getByRole('figure', { name: /before and after Sleep well this winter/ });
  await comparison.getByRole('button', { name: 'Show as table' }).click();
  await expect(comparison.getByRole('row')).toHaveText(['WhenVisits a weekVisits in all', '6 weeks before4.225', '6 weeks after2.817']);
  // Small numbers never appear exactly: exam stress is 1 to 3 a week, so those weeks are "fewer than 5".
  await page.getByLabel('Topic', { exact: true }).selectOption({ label: 'Exam stress' });
  const examWeekly = page.getByRole('img', { name: /^Line chart of drop-in visits about exam stress per teaching week/ });
  await expect(examWeekly).toHaveAccessibleName(/had fewer than 5/);
  await expect(examWeekly.locator('.trend-chart__suppressed').first()).toBeVisible();
  await page.getByRole('figure', { name: 'Drop-in visits about exam stress by teaching week' }).getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('figure', { name: 'Drop-in visits about exam stress by teaching week' }).getByRole('row', { name: /^Aut 1 / })).toHaveText(/fewer than 5/);
  await page.getByLabel('Topic', { exact: true }).selectOption({ label: 'All topics' });
  await expectAccessible(page, 'trends dashboard');
  await captureScreen(page, '83-trends-dashboard');

  // The governors' report for the autumn term: export button, then the print view as a PDF.
  await page.getByLabel('Term', { exact: true }).selectOption({ label: 'Autumn' });
  await expect(page.getByRole('button', { name: 'Governors’ report (PDF)' })).toBeEnabled();
  const exported = await exportedDocument(page, () => page.getByRole('button', { name: 'Governors’ report (PDF)' }).click());
  await expect(page.getByText('PDF ready.')).toBeVisible();
  const exportPath = testInfo.outputPath('trends-report-exported.pdf');
  await printAsTheShellDoes(page, exported, 'a4', 'Riverside Academy', exportPath);
  // The export draws its charts too: the lines and bars are in the document it handed over.
  expect(exported).toContain('recharts-line-curve');
  expect(exported).toContain('recharts-bar-rectangle');
  await page.goto('/#/print/trends/report/2026/autumn');
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`);
  await expect(page.getByRole('heading', { level: 1, name: 'Term trends: Autumn term 2026/27' })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  const pdfPath = testInfo.outputPath('trends-report.pdf');
  await page.pdf({ path: pdfPath, ...playwrightPdfOptions('a4', 'Riverside Academy') });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Term trends: Autumn term 2026/27');
  expect(flat).toContain('Riverside Academy');
  expect(flat).toContain('fewer than 5');
  expect(flat).toContain('Sleep well this winter');
  expect(flat).toContain('Visits about sleep averaged 4.2 a week in the 6 weeks before and 2.8 a week in the 6 weeks after.');
  expect(flat).toContain('% of Year 9 reporting trouble sleeping often or always');
  // No pupil's name or email anywhere.
  expect(text).not.toMatch(/@|riverside\.sch\.uk/);
  for (const name of [...FIRST_NAMES, ...SURNAMES]) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12]/);
  // What the export button made is the same report, page for page.
  const exportedText = execFileSync('pdftotext', ['-layout', exportPath, '-'], { encoding: 'utf8' });
  expect(exportedText.replace(/\s+/g, ' ')).toBe(flat);
  expect(execFileSync('pdfinfo', [exportPath], { encoding: 'utf8' }).match(/Pages:\s+\d+/)?.[0]).toBe(info.match(/Pages:\s+\d+/)?.[0]);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', exportPath, path.join(SCREENSHOT_DIR, '85b-trends-report-exported')]);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdfPath, path.join(SCREENSHOT_DIR, '85-trends-report-pdf')]);
});

test('a busy morning: tallies by keyboard and by tapping, then an edit and a delete, each undone', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, 'Riverside Academy');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends', exact: true }).click();
  await page.getByRole('link', { name: 'Record a drop-in' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a drop-in' })).toBeVisible();
  await expect(page.getByLabel('Date')).toHaveValue('2027-03-10');

  // Keyboard: + and the arrow keys on a counter, digits typed straight in.
  const sleep = page.getByRole('spinbutton', { name: 'sleep' });
  await sleep.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await expect(sleep).toHaveValue('2');
  await page.getByRole('spinbutton', { name: 'exam stress' }).fill('7');
  // Tapping the big buttons.
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Add one friendships' }).click();
  await page.getByRole('button', { name: 'Remove one friendships' }).click();
  await expect(page.getByText('11 visits so far')).toBeVisible();
  const add = await page.getByRole('button', { name: 'Add one sleep' }).boundingBox();
  expect(add!.height).toBeGreaterThanOrEqual(44); // a comfortable touch target
  await expectAccessible(page, 'tally screen');
  await captureScreen(page, '86-trends-tally');
  await page.getByRole('button', { name: 'Save session' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Drop-in sessions' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Session saved' })).toContainText('Session saved: 10 March 2027, 11 visits.');
  const row = page.getByRole('row', { name: /10 March 2027/ });
  await expect(row).toContainText('Bistro drop-in');
  await expect(row).toContainText('11');
  await expectAccessible(page, 'sessions list');

  // Edit, then undo the edit.
  await page.getByRole('link', { name: 'Edit the session on 10 March 2027' }).click();
  await page.getByRole('spinbutton', { name: 'sleep' }).fill('1');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(row).toContainText('10');
  await page.locator('.toast', { hasText: 'Changes saved' }).getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText('11');

  // Delete, then undo the delete.
  await page.getByRole('button', { name: 'Delete the session on 10 March 2027' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'No sessions yet' })).toBeVisible();
  await page.locator('.toast', { hasText: 'Deleted the session' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /10 March 2027/ })).toContainText('11');
});

test('bad survey files are read or refused in words, naming the row; a large file can be cancelled while it is read', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(TODAY);
  await setUpSchool(page, 'Riverside Academy');
  await page.goto('/#/trends/surveys/import');
  const choose = async (name: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByLabel('Survey file (CSV)').click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
  };

  // Windows-1252 from older Excel, semicolons: decoded without mojibake.
  const cp1252 = Buffer.from('Year group;Où dors-tu ?\r\nYear 9;Café\r\nY9;Thé\r\n', 'latin1');
  await choose('excel.csv', cp1252);
  await expect(page.getByText(/read as Windows-1252 \(older Excel\), separated by semicolons/)).toBeVisible();
  await expect(page.getByRole('table', { name: /The first 2 responses/ })).toContainText('Café');
  await expect(page.getByRole('columnheader', { name: 'Où dors-tu ?' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled. Nothing has been stored, and Upstream has let go of the file.')).toBeVisible();

  // A row wider than the header (a comma inside an unquoted answer).
  await choose('ragged.csv', Buffer.from('Year,Q\nY9,Often\nY9,Often, really\n'));
  await expect(page.getByRole('alert')).toContainText('Row 3 has 3 cells but the header row has 2 columns');
  // A header and nothing else.
  await choose('empty.csv', Buffer.from('Year,Q\n'));
  await expect(page.getByRole('alert')).toContainText('The file has a header row but no responses.');

  // A large export (about 40 MB): read off the main thread with a progress bar, and cancelled part-way.
  const big = testInfo.outputPath('big-survey.csv');
  const out = fs.openSync(big, 'w');
  fs.writeSync(out, 'ID,Email,Year group,How often do you have trouble sleeping?,Comments\n');
  const block: string[] = [];
  for (let i = 0; i < 10_000; i += 1) block.push(`${i},pupil${i}@school.org,Y${7 + (i % 5)},${['Often', 'Never', 'Sometimes'][i % 3]},"Something I would like to say about my week, number ${i}"`);
  const text = block.join('\n') + '\n';
  for (let k = 0; k < 40; k += 1) fs.writeSync(out, text);
  fs.closeSync(out);
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Survey file (CSV)').click();
  await (await chooser).setFiles(big);
  await expect(page.getByRole('progressbar', { name: /Reading big-survey\.csv/ })).toBeVisible();
  await expectAccessible(page, 'reading progress');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled. Nothing has been stored, and Upstream has let go of the file.')).toBeVisible();
  await page.goto('/#/trends/surveys');
  await expect(page.getByRole('heading', { level: 2, name: 'No surveys yet' })).toBeVisible();
});
