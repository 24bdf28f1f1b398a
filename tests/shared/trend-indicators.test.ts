import { describe, expect, it } from 'vitest';
import { defaultEnglandTermDates, teachingWeeks } from '../../shared/calendar';
import { beforeAfterCheckIns, beforeAfterSurvey, describeChange, indicatorByTerm, indicatorValueText, suggestIndicatorName, type SurveyResultData, type SurveyWaveData } from '../../shared/indicators';
import { allTeachingWeeks, campaignMarks, termBuckets, topicByYearGroup, weeklyBuckets, yearGroupTotals, type TallySession } from '../../shared/trend-series';

const years = [defaultEnglandTermDates(2025), defaultEnglandTermDates(2026)];
const autumn = years[1]!.terms[0]!;
const weeks = teachingWeeks(autumn);
/** Every teaching week of 2026/27, autumn then spring then summer. */
const yearWeeks = allTeachingWeeks(years).filter((w) => w.academicYear === 2026);

/** One session per teaching week of 2026/27 (from the first) with the given sleep counts. */
function sessionsWith(sleep: number[]): TallySession[] {
  return sleep.map((count, i) => {
    const wednesday = yearWeeks[i]!.teachingDays.at(-1)!;
    return { date: wednesday, sessionType: 'bistro-drop-in', counts: [{ topic: 'sleep', count }, { topic: 'friendships', count: 6, yearGroup: 'Y8' }] };
  });
}

describe('weekly and termly series', () => {
  it('puts sessions in their teaching week, leaves unrecorded weeks as gaps, and skips half term', () => {
    const sessions = sessionsWith([4, 5, 3]);
    const buckets = weeklyBuckets(sessions, years, 2026, 'autumn', { topic: 'sleep' });
    expect(buckets).toHaveLength(weeks.length);
    expect(buckets.slice(0, 4).map((b) => [b.label, b.recorded, b.total])).toEqual([
      ['Aut 1', true, 4],
      ['Aut 2', true, 5],
      ['Aut 3', true, 3],
      ['Aut 4', false, 0],
    ]);
    expect(buckets.some((b) => b.monday === autumn.halfTermStart)).toBe(false);
  });

  it('totals by term, counting only the weeks that had a session', () => {
    const autumnTotals = termBuckets(sessionsWith([4, 5, 3]), years, { topic: 'sleep' }).find((b) => b.academicYear === 2026 && b.term === 'autumn')!;
    expect(autumnTotals).toMatchObject({ label: 'Autumn 2026/27', total: 12, weeksRecorded: 3, teachingWeeks: weeks.length });
  });

  it('breaks visits down by year group, keeping those recorded without one apart', () => {
    const sessions = sessionsWith([4, 5]);
    expect(yearGroupTotals(sessions, null)).toEqual({ byGroup: [{ yearGroup: 'Y8', total: 12 }], withoutYearGroup: 9 });
    expect(topicByYearGroup(sessions, ['sleep', 'friendships'], ['Y8', 'Y9'])).toEqual([
      [0, 0],
      [12, 0],
    ]);
  });

  it('marks a campaign and its activities on the weekly axis', () => {
    const buckets = weeklyBuckets([], years, 2026, 'autumn');
    const marks = campaignMarks(
      { startDate: weeks[8]!.teachingDays[0]!, endDate: weeks[11]!.teachingDays[4]! },
      [
        { title: 'Launch assembly', date: weeks[8]!.teachingDays[0]! },
        { title: 'Cancelled talk', date: weeks[9]!.teachingDays[0]!, status: 'cancelled' },
        { title: 'In half term', date: autumn.halfTermStart },
      ],
      buckets,
      years,
    );
    expect(marks.span).toEqual({ from: 'Aut 9', to: 'Aut 12' });
    expect(marks.activities).toEqual([{ label: 'Aut 9', title: 'Launch assembly', date: weeks[8]!.teachingDays[0]! }]);
  });
});

describe('before and after a campaign', () => {
  // Six weeks at 4.2 a week on average before (25 visits), a four-week campaign, six weeks at 2.9 after (17.4 → use 17 or 18).
  const sleep = [4, 5, 4, 3, 5, 4, /* campaign */ 6, 6, 6, 6, /* after */ 3, 3, 2, 3, 3, 3];
  const campaign = { startDate: yearWeeks[6]!.teachingDays[0]!, endDate: yearWeeks[9]!.teachingDays.at(-1)! };

  it('compares the weeks before it started with the weeks after it ended, in words that claim no more than that', () => {
    const result = beforeAfterCheckIns('sleep', campaign, { sessions: sessionsWith(sleep), years }, 5);
    expect(result.before.weeks).toHaveLength(6);
    expect(result.after.weeks).toHaveLength(6);
    expect(result.before.total).toBe(25);
    expect(result.after.total).toBe(17);
    expect(result.reading).toBe(
      'Visits about sleep averaged 4.2 a week in the 6 weeks before and 2.8 a week in the 6 weeks after. ' +
        'This is a fall, but drop-in numbers vary week to week and other things changed too, so it does not show the campaign caused it.',
    );
    expect(result.reading).not.toMatch(/because of|worked|success|improv/i);
    expect(result.comparable).toBe(true);
  });

  it('says when the difference is within the usual weekly swing, and when it is about the same', () => {
    const noisy = [1, 9, 2, 8, 1, 9, 5, 5, 5, 5, 1, 8, 1, 7, 1, 8];
    expect(beforeAfterCheckIns('sleep', campaign, { sessions: sessionsWith(noisy), years }, 5).reading).toMatch(/could be chance\.$/);
    const flat = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4];
    expect(beforeAfterCheckIns('sleep', campaign, { sessions: sessionsWith(flat), years }, 5).reading).toMatch(/about the same, so there is no sign of a change either way\.$/);
    expect(describeChange(4.2, 4.0)).toBe('about the same');
  });

  it('will not compare too few weeks, or totals so small they would identify pupils', () => {
    const tooSoon = beforeAfterCheckIns('sleep', campaign, { sessions: sessionsWith(sleep.slice(0, 11)), years }, 5);
    expect(tooSoon.comparable).toBe(false);
    expect(tooSoon.reading).toMatch(/^There is only 1 week of drop-in tallies after the campaign ended on .*, so it is too soon to compare\./);
    const small = beforeAfterCheckIns('sleep', campaign, { sessions: sessionsWith([1, 0, 1, 0, 1, 0, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3]), years }, 5);
    expect(small.comparable).toBe(false);
    expect(small.reading).toBe('Fewer than 5 visits about sleep were recorded in the weeks before the campaign, so the numbers are too small to compare without risking identifying pupils.');
    expect(small.before.cell).toEqual({ suppressed: true, threshold: 5, over: 6 });
  });
});

describe('survey indicators', () => {
  const waves: SurveyWaveData[] = [
    { id: 'w1', title: 'Autumn wellbeing survey', date: '2026-10-05', academicYear: 2026, questions: [{ id: 'q1', text: 'How often do you have trouble sleeping?', concernAnswers: ['Often', 'Always'] }] },
    { id: 'w2', title: 'Spring wellbeing survey', date: '2027-02-01', academicYear: 2026, questions: [{ id: 'qa', text: 'How often do you have trouble sleeping? ', concernAnswers: ['Often', 'Always'] }] },
  ];
  const results: SurveyResultData[] = [
    { waveId: 'w1', questionId: 'q1', answer: 'Often', yearGroup: 'Y9', count: 40 },
    { waveId: 'w1', questionId: 'q1', answer: 'Always', yearGroup: 'Y9', count: 28 },
    { waveId: 'w1', questionId: 'q1', answer: 'Never', yearGroup: 'Y9', count: 112 },
    { waveId: 'w1', questionId: 'q1', answer: 'Often', yearGroup: 'Y7', count: 3 },
    { waveId: 'w1', questionId: 'q1', answer: 'Never', yearGroup: 'Y7', count: 30 },
    { waveId: 'w2', questionId: 'qa', answer: 'Often', yearGroup: 'Y9', count: 30 },
    { waveId: 'w2', questionId: 'qa', answer: 'Always', yearGroup: 'Y9', count: 20 },
    { waveId: 'w2', questionId: 'qa', answer: 'Never', yearGroup: 'Y9', count: 122 },
  ];
  const source = { kind: 'survey-question' as const, questionText: 'How often do you have trouble sleeping?', yearGroup: 'Y9' as const };

  it('gives the share of a year group answering of concern, term by term, matching the question across waves', () => {
    const values = indicatorByTerm(source, { sessions: [], waves, results, years }, 5);
    expect(values.map((v) => [v.label, indicatorValueText(v.cell), v.detail])).toEqual([
      ['Autumn 2026/27', '38%', '180 answered'],
      ['Spring 2026/27', '29%', '172 answered'],
    ]);
    expect(suggestIndicatorName(source, ['Often', 'Always'])).toBe('% of Year 9 answering “Often” or “Always” to “How often do you have trouble sleeping?”');
  });

  it('suppresses a year group where few gave an answer of concern', () => {
    const y7 = indicatorByTerm({ ...source, yearGroup: 'Y7' }, { sessions: [], waves, results, years }, 5);
    expect(indicatorValueText(y7[0]!.cell)).toBe('fewer than 5 of 33');
  });

  it('compares the survey before a campaign with the one after, without claiming cause', () => {
    const result = beforeAfterSurvey(source, { startDate: '2026-11-02', endDate: '2026-12-18' }, { waves, results, years }, 5);
    expect(result.reading).toBe(
      'In the survey before the campaign (Autumn wellbeing survey, 5 October 2026, 180 answered), 38% of Year 9 answered “Often” or “Always”; ' +
        'in the survey after (Spring wellbeing survey, 1 February 2027, 172 answered), 29% did. ' +
        'This is a fall, but different pupils answer each time and other things changed too, so it does not show the campaign caused it. ' +
        'With this many pupils answering, a difference this size could also be chance.',
    );
    const none = beforeAfterSurvey(source, { startDate: '2027-03-01', endDate: '2027-04-01' }, { waves, results, years }, 5);
    expect(none.reading).toMatch(/has taken place since the campaign ended/);
  });
});
