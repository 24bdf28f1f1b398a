import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../shared/csv-import';
import { countsFromPercent, MappingProblem, normaliseYearGroup, parseReportLine, planSurveyImport, SurveyAnalyser } from '../../shared/survey-aggregate';

async function analyse(text: string) {
  const analyser = new SurveyAnalyser();
  await readCsvText(text, (cells, n) => analyser.addRecord(cells, n));
  return { analyser, analysis: analyser.analysis() };
}

const FORMS_HEADER = 'ID,Start time,Completion time,Email,Name,Which year are you in?,How often do you have trouble sleeping?,Do you know who to talk to?,Anything else you would like to tell us?';

function formsExport(rows: [string, string, string][]): string {
  const lines = rows.map(([year, sleep, talk], i) => {
    const comment = i % 3 === 0 ? `"I worry about things at night, number ${i}\nand I can't switch off"` : '';
    return `${i + 1},10/5/26 9:0${i % 10},10/5/26 9:1${i % 10},pupil${i}@riverside.sch.uk,Pupil Number${i},${year},${sleep},${talk},${comment}`;
  });
  return [FORMS_HEADER, ...lines].join('\r\n') + '\r\n';
}

describe('year groups however schools write them', () => {
  it.each([
    ['Y9', 'Y9'],
    ['Year 9', 'Y9'],
    ['9', 'Y9'],
    ['yr 9', 'Y9'],
    ['Year 09', 'Y9'],
    ['Y09', 'Y9'],
    ['year9', 'Y9'],
    ['YEAR 10', 'Y10'],
    ['Year 9 (age 13-14)', 'Y9'],
    ['9B', 'Y9'],
    ['10XY', 'Y10'],
    ['Reception', 'R'],
    ['YR', 'R'],
    ['Y13', 'Y13'],
  ])('“%s” → %s', (raw, group) => {
    expect(normaliseYearGroup(raw)).toBe(group);
  });

  it.each(['Year 14', '0', 'Nine', 'Staff', '', 'Y', '2026'])('“%s” is not a year group', (raw) => {
    expect(normaliseYearGroup(raw)).toBeNull();
  });
});

describe('analysing a survey export', () => {
  const rows: [string, string, string][] = [];
  for (let i = 0; i < 40; i += 1) rows.push([['Year 9', 'Y9', '9', 'Year 09'][i % 4]!, ['Often', 'Always', 'Sometimes', 'Never'][i % 4]!, i % 2 ? 'Yes' : 'No']);
  for (let i = 0; i < 12; i += 1) rows.push(['Year 7', ['Often', 'Never', 'Sometimes'][i % 3]!, 'Yes']);
  for (let i = 0; i < 3; i += 1) rows.push(['Year 8', 'Always', 'No']);

  it('drops identifying and free-text columns, masks them in the preview, and suggests the year-group column', async () => {
    const { analysis } = await analyse(formsExport(rows));
    expect(analysis.responses).toBe(55);
    const verdicts = Object.fromEntries(analysis.columns.map((c) => [c.header, c.verdictText]));
    expect(verdicts).toEqual({
      ID: 'identifying: pupil ID',
      'Start time': 'identifying: time of response',
      'Completion time': 'identifying: time of response',
      Email: 'identifying: email',
      Name: 'identifying: name',
      'Which year are you in?': 'kept',
      'How often do you have trouble sleeping?': 'kept',
      'Do you know who to talk to?': 'kept',
      'Anything else you would like to tell us?': 'free text',
    });
    expect(analysis.suggestedYearGroupColumn).toBe(5);
    const preview = analysis.preview.flat().join(' ');
    expect(preview).not.toMatch(/@|Pupil Number|worry/);
    expect(analysis.preview[0]).toEqual(['(hidden: pupil ID)', '(hidden: time of response)', '(hidden: time of response)', '(hidden: email)', '(hidden: name)', 'Year 9', 'Often', 'No', '(free text, not kept)']);
    // Dropped columns never report their answers.
    expect(analysis.columns[3]!.answers).toEqual([]);
  });

  it('counts per question, answer and year group, normalising mixed year-group forms', async () => {
    const { analyser, analysis } = await analyse(formsExport(rows));
    const plan = planSurveyImport(analyser, analysis, {
      yearGroupColumn: 5,
      unrecognisedYearGroups: 'refuse',
      questions: [{ column: 6, text: 'How often do you have trouble sleeping?', concernAnswers: ['Often', 'Always'] }],
    });
    const q = plan.questions[0]!;
    expect(q.answered).toBe(55);
    const y9 = q.counts.filter((c) => c.yearGroup === 'Y9');
    // Answers in scale order, not A to Z.
    expect(y9).toEqual([
      { answer: 'Never', yearGroup: 'Y9', count: 10 },
      { answer: 'Sometimes', yearGroup: 'Y9', count: 10 },
      { answer: 'Often', yearGroup: 'Y9', count: 10 },
      { answer: 'Always', yearGroup: 'Y9', count: 10 },
    ]);
    expect(plan.yearGroups).toEqual(['Y7', 'Y8', 'Y9']);
    expect(plan.withoutYearGroup).toBe(0);
    expect(plan.dropped.map((d) => `${d.header}: ${d.reason}`)).toEqual([
      'ID: identifying: pupil ID',
      'Start time: identifying: time of response',
      'Completion time: identifying: time of response',
      'Email: identifying: email',
      'Name: identifying: name',
      'Do you know who to talk to?: not chosen',
      'Anything else you would like to tell us?: free text',
    ]);
    expect(plan.rowCount).toBe(q.counts.length);
  });

  it('names the row and column of a year group it cannot read, and can count those responses without one instead', async () => {
    const text = 'Year,Q\nYear 9,Often\nY9,Never\nYear 14,Often\nStaff,Never\n,Often\n';
    const { analyser, analysis } = await analyse(text);
    const mapping = { yearGroupColumn: 0, unrecognisedYearGroups: 'refuse' as const, questions: [{ column: 1, text: 'Q', concernAnswers: ['Often'] }] };
    expect(() => planSurveyImport(analyser, analysis, mapping)).toThrow(MappingProblem);
    expect(() => planSurveyImport(analyser, analysis, mapping)).toThrow('Row 4, column “Year”: “Year 14” is not a year group Upstream recognises (nor 1 other value)');
    const plan = planSurveyImport(analyser, analysis, { ...mapping, unrecognisedYearGroups: 'count-without-year-group' });
    expect(plan.withoutYearGroup).toBe(3);
    expect(plan.questions[0]!.counts).toContainEqual({ answer: 'Often', yearGroup: null, count: 2 });
  });

  it('refuses a row wider than the header (a wrong delimiter or an unquoted comma), naming the row', async () => {
    await expect(analyse('Year,Q\nY9,Often\nY9,Often, really,extra\n')).rejects.toThrow(/^Row 3 has 4 cells but the header row has 2 columns/);
  });

  it('pads short rows and says which rows they were', async () => {
    const { analysis } = await analyse('Year,Q1,Q2\nY9,Often,Yes\nY9,Never\nY10\n');
    expect(analysis.notes[0]).toBe('2 rows were shorter than the header (rows 3, 4): the missing answers at the end are treated as blank.');
  });

  it('refuses a file with a header but no responses, and an empty one', async () => {
    await expect(analyse('Year,Q\n')).rejects.toThrow('The file has a header row but no responses.');
    await expect(analyse('\n\n')).rejects.toThrow('The file is empty: there is no header row.');
  });

  it('reads a semicolon export from European Excel the same way', async () => {
    const { analysis } = await analyse('Year;Q\nY9;Often\nY9;"Often; very"\n');
    expect(analysis.columns.map((c) => c.header)).toEqual(['Year', 'Q']);
    expect(analysis.columns[1]!.answers.map((a) => a.answer)).toEqual(['Often', 'Often; very']);
  });

  it('refuses choices that would break the rules: identifying columns, concern answers that do not exist, an identifying question text', async () => {
    const { analyser, analysis } = await analyse(formsExport(rows));
    expect(() => planSurveyImport(analyser, analysis, { yearGroupColumn: 5, unrecognisedYearGroups: 'refuse', questions: [{ column: 3, text: 'Email', concernAnswers: [] }] })).toThrow('“Email” cannot be kept (identifying: email).');
    expect(() => planSurveyImport(analyser, analysis, { yearGroupColumn: 5, unrecognisedYearGroups: 'refuse', questions: [{ column: 6, text: 'Sleep', concernAnswers: ['Nightly'] }] })).toThrow('“Nightly” is not one of the answers');
    expect(() => planSurveyImport(analyser, analysis, { yearGroupColumn: 5, unrecognisedYearGroups: 'refuse', questions: [] })).toThrow('Choose at least one question to keep.');
    expect(() => planSurveyImport(analyser, analysis, { yearGroupColumn: 5, unrecognisedYearGroups: 'refuse', questions: [{ column: 6, text: 'ask amy@x.org', concernAnswers: [] }] })).toThrow(/looks like an email address/);
  });

  it('analyses 200,000 responses while holding only dictionaries', { timeout: 60_000 }, async () => {
    const lines = ['Year,Q1,Q2,Comment'];
    for (let i = 0; i < 200_000; i += 1) lines.push(`Y${7 + (i % 5)},${['Often', 'Never', 'Sometimes'][i % 3]},${i % 2 ? 'Yes' : 'No'},note ${i}`);
    const { analyser, analysis } = await analyse(lines.join('\n'));
    expect(analysis.responses).toBe(200_000);
    expect(analysis.columns[3]!.verdictText).toBe('free text');
    const plan = planSurveyImport(analyser, analysis, { yearGroupColumn: 0, unrecognisedYearGroups: 'refuse', questions: [{ column: 1, text: 'Q1', concernAnswers: ['Often'] }] });
    expect(plan.questions[0]!.counts).toHaveLength(15);
    expect(plan.questions[0]!.answered).toBe(200_000);
  });
});

describe('results from a report', () => {
  it('turns a percentage and n into whole-pupil counts', () => {
    expect(countsFromPercent(32, 180)).toEqual({ concern: 58, other: 122 });
    expect(countsFromPercent(0, 10)).toEqual({ concern: 0, other: 10 });
    expect(() => countsFromPercent(120, 10)).toThrow(RangeError);
    expect(() => countsFromPercent(10, 0)).toThrow(RangeError);
  });

  it('reads “32% of Year 9, n = 180” as pasted from a report', () => {
    expect(parseReportLine('32% of Year 9, n = 180')).toEqual({ percent: 32, yearGroup: 'Y9', n: 180 });
    expect(parseReportLine('12.5% of Y10 (n=1,204)')).toEqual({ percent: 12.5, yearGroup: 'Y10', n: 1204 });
    expect(parseReportLine('40% of all pupils, n = 900')).toEqual({ percent: 40, yearGroup: null, n: 900 });
    expect(parseReportLine('most of them')).toBeNull();
  });
});
