import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { parseCampaignTemplate, type CampaignTemplate } from '../../shared/campaign-templates';
import { academicYearBounds, defaultEnglandTermDates, parseIsoDate, placeDate, teachingWeekOf } from '../../shared/calendar';
import type { AcademicYearDates } from '../../shared/domain';
import {
  activityWarnings,
  addTeachingWeeks,
  copyToNextAcademicYear,
  groupByTermAndHalfTerm,
  moveYearGroupUp,
  planYearWeeks,
  scheduleFromTemplate,
  teachingWeeksBetween,
  type SchedulableActivity,
} from '../../shared/scheduling';

// Default 2026/27 dates: autumn 2 Sep–18 Dec (half term 26–30 Oct), spring 4 Jan–19 Mar
// (half term 15–19 Feb), summer 5 Apr–16 Jul (half term 31 May–4 Jun).
const y2026 = defaultEnglandTermDates(2026);
const years: AcademicYearDates[] = [y2026, defaultEnglandTermDates(2027)];

function builtIn(id: string): CampaignTemplate {
  return parseCampaignTemplate(JSON.parse(readFileSync(join(__dirname, '../../resources/templates/campaigns', `${id}.json`), 'utf8')));
}

const weekday = (date: string) => getDay(parseIsoDate(date));

describe('teaching weeks', () => {
  it('skip the half-term week and the Christmas holidays', () => {
    expect(addTeachingWeeks('2026-10-21', 1, years)).toBe('2026-11-02');
    expect(addTeachingWeeks('2026-12-16', 1, years)).toBe('2027-01-04');
    expect(teachingWeeksBetween('2026-10-19', '2027-01-05', years)).toBe(8);
  });

  it('fall back to calendar weeks where the school has no dates', () => {
    expect(addTeachingWeeks('2028-10-16', 2, years)).toBe('2028-10-30');
    // The known 2028 summer holiday is skipped; from 1 September 2028 the school has no dates.
    expect(addTeachingWeeks('2028-07-17', 1, years)).toBe('2028-08-28');
    expect(addTeachingWeeks('2028-07-17', 8, years)).toBe('2028-10-16');
  });
});

describe('scheduleFromTemplate', () => {
  const sleep = builtIn('sleep-well');

  it('schedules the sleep campaign from late October around the half term', () => {
    const { campaign, activities } = scheduleFromTemplate(sleep, { startDate: '2026-10-19', yearGroups: ['Y8', 'Y7', 'Y9'], years });
    expect(activities).toHaveLength(sleep.activities.length);
    for (const activity of activities) {
      expect(placeDate(activity.date, years), activity.title).toMatchObject({ status: 'teaching', weekend: false });
      expect(activity.movedFromHoliday).toBe(false);
    }
    const dates = Object.fromEntries(activities.map((a) => [a.title, a.date]));
    expect(dates['Launch assembly: why sleep matters']).toBe('2026-10-19'); // week 0, Monday
    expect(dates['PSHE: what sleep does for you (Year 7)']).toBe('2026-11-03'); // week 1 is after half term
    expect(dates['Helping your child sleep well']).toBe('2026-11-12');
    expect(dates['Review: what changed and what next']).toBe('2026-12-17'); // week 7, Thursday
    expect(campaign).toMatchObject({ title: 'Sleep well this winter', theme: 'sleep', startDate: '2026-10-19', endDate: '2026-12-17', yearGroups: ['Y7', 'Y8', 'Y9'], status: 'planned' });
    expect(activities.find((a) => a.type === 'assembly')?.yearGroups).toEqual(['Y7', 'Y8', 'Y9']);
    expect(activities.find((a) => a.type === 'pshe-lesson')?.yearGroups).toEqual(['Y7']);
    expect(activities.at(-1)?.yearGroups).toEqual([]);
    expect(activities.map((a) => a.date)).toEqual(activities.map((a) => a.date).sort());
  });

  it('keeps each activity on its weekday and in its teaching week', () => {
    const { activities } = scheduleFromTemplate(sleep, { startDate: '2026-10-19', yearGroups: ['Y7'], years });
    for (const activity of activities) {
      const source = sleep.activities.find((a) => a.title === activity.title)!;
      expect(weekday(activity.date)).toBe(source.weekday);
      expect(teachingWeeksBetween('2026-10-19', activity.date, years)).toBe(source.weekOffset);
    }
  });

  it('moves week-0 activities out of a holiday start to the next teaching day, and flags them', () => {
    const { campaign, activities } = scheduleFromTemplate(sleep, { startDate: '2026-10-28', yearGroups: ['Y7'], years });
    const launch = activities.find((a) => a.title === 'Launch assembly: why sleep matters')!;
    expect(launch).toMatchObject({ date: '2026-11-02', movedFromHoliday: true });
    expect(activities.find((a) => a.title.startsWith('PSHE: what sleep'))).toMatchObject({ date: '2026-11-03', movedFromHoliday: false });
    expect(activities.every((a) => placeDate(a.date, years).status === 'teaching')).toBe(true);
    expect(campaign.startDate).toBe('2026-10-28');
  });

  it('never puts an activity before a midweek start', () => {
    const { activities } = scheduleFromTemplate(sleep, { startDate: '2026-10-21', yearGroups: ['Y7'], years });
    expect(activities.find((a) => a.title === 'Launch assembly: why sleep matters')).toMatchObject({ date: '2026-10-21', movedFromHoliday: true });
    expect(activities.every((a) => a.date >= '2026-10-21')).toBe(true);
  });

  it('runs the exam stress campaign from the mocks into the summer term', () => {
    const { campaign, activities } = scheduleFromTemplate(builtIn('year-11-exam-stress'), { startDate: '2026-11-09', yearGroups: ['Y11'], years });
    const terms = new Set(activities.map((a) => placeDate(a.date, years).term));
    expect([...terms]).toEqual(['autumn', 'spring', 'summer']);
    expect(activities.filter((a) => a.date < '2026-12-19' && a.type === 'pupil-workshop')).toHaveLength(3);
    expect(activities.filter((a) => a.date > '2027-04-01' && a.type === 'pupil-workshop')).toHaveLength(2);
    expect(activities.every((a) => placeDate(a.date, years).status === 'teaching')).toBe(true);
    expect(campaign.endDate).toBe('2027-05-13');
  });

  it('uses calendar weeks where the school has no term dates', () => {
    const { activities } = scheduleFromTemplate(builtIn('mhst-weekly-drop-in'), { startDate: '2028-10-16', yearGroups: ['Y7'], years });
    expect(activities.map((a) => a.date)).toEqual(['2028-10-18', '2028-10-25', '2028-11-01', '2028-11-08', '2028-11-15', '2028-11-22']);
  });

  it('ends an empty template after its length', () => {
    const { campaign } = scheduleFromTemplate({ ...sleep, activities: [] }, { startDate: '2026-10-19', yearGroups: [], years });
    expect(campaign.endDate).toBe('2026-12-18'); // Friday of teaching week 7
  });
});

describe('copyToNextAcademicYear', () => {
  const { campaign, activities } = scheduleFromTemplate(builtIn('year-11-exam-stress'), { startDate: '2026-11-09', yearGroups: ['Y10', 'Y11'], years });
  const stored = { ...campaign, id: 'c1', status: 'finished' as const, rag: 'green' as const, partnerIds: ['p1'], createdAt: 'x', updatedAt: 'y' };
  const storedActivities = activities.map((a, i) => ({ ...a, id: `a${i}`, campaignId: 'c1', status: 'done' as const, reach: 24, concernsHeard: ['revision'], partnerIds: ['p1'] }));

  it('keeps each activity in the same teaching week of the same term, on the same weekday', () => {
    const copy = copyToNextAcademicYear(stored, storedActivities, years, { moveYearGroupsUp: false });
    copy.activities.forEach((activity, i) => {
      const before = teachingWeekOf(storedActivities[i]!.date, years)!;
      const after = teachingWeekOf(activity.date, years)!;
      expect(after, activity.title).toEqual({ ...before, academicYear: 2027 });
      expect(weekday(activity.date)).toBe(weekday(storedActivities[i]!.date));
    });
    expect(copy.campaign.startDate).toBe(copy.activities[0]!.date);
    expect(copy.campaign.endDate >= copy.activities.at(-1)!.date).toBe(true);
  });

  it('resets statuses and what happened, keeps the rest, and leaves ids to the caller', () => {
    const copy = copyToNextAcademicYear(stored, storedActivities, years, { moveYearGroupsUp: false });
    expect(copy.campaign).toMatchObject({ status: 'planned', partnerIds: ['p1'], title: campaign.title });
    expect(copy.campaign).not.toHaveProperty('id');
    expect(copy.campaign).not.toHaveProperty('rag');
    expect(copy.campaign).not.toHaveProperty('createdAt');
    for (const activity of copy.activities) {
      expect(activity.status).toBe('planned');
      expect(activity.partnerIds).toEqual(['p1']);
      for (const gone of ['id', 'campaignId', 'reach', 'concernsHeard', 'updatedAt']) expect(activity).not.toHaveProperty(gone);
    }
    expect(storedActivities[0]).toMatchObject({ status: 'done', reach: 24 }); // the originals are untouched
  });

  it('moves year groups up when asked: Y11 becomes Y12, Y13 leaves, Reception becomes Year 1', () => {
    const copy = copyToNextAcademicYear({ ...stored, yearGroups: ['R', 'Y11', 'Y13'] }, storedActivities, years, { moveYearGroupsUp: true });
    expect(copy.campaign.yearGroups).toEqual(['Y1', 'Y12']);
    expect(copy.activities.find((a) => a.type === 'assembly')?.yearGroups).toEqual(['Y11', 'Y12']);
    expect(moveYearGroupUp('Y6')).toBe('Y7');
    expect(moveYearGroupUp('Y13')).toBeNull();
  });

  it('moves a day that is not a teaching day next year, and falls back to 52 weeks without dates', () => {
    // Monday 4 January 2027 is spring week 1; in 2028 that week's Monday is 3 January, before term starts on the 4th.
    const copy = copyToNextAcademicYear({ ...stored, startDate: '2027-01-04', endDate: '2027-01-04' }, [{ title: 'Welcome back', date: '2027-01-04', yearGroups: ['Y7'] }], years, { moveYearGroupsUp: false });
    expect(copy.activities[0]).toMatchObject({ date: '2028-01-04', movedFromHoliday: true });
    expect(copy.campaign).toMatchObject({ startDate: '2028-01-04', endDate: '2028-01-04' });
    const unknown = copyToNextAcademicYear({ ...stored, startDate: '2027-11-10', endDate: '2027-11-10' }, [{ title: 'Later', date: '2027-11-10', yearGroups: ['Y7'] }], years, { moveYearGroupsUp: false });
    expect(unknown.activities[0]).toMatchObject({ date: '2028-11-08', movedFromHoliday: false });
  });
});

describe('activityWarnings', () => {
  const context = (others: SchedulableActivity[] = []) => ({ campaign: { startDate: '2026-11-03', endDate: '2026-12-18' }, others, years });
  const activity = (date: string, extra: Partial<SchedulableActivity> = {}): SchedulableActivity => ({ id: 'me', title: 'Sleep PSHE', date, yearGroups: ['Y8', 'Y9'], ...extra });

  it('has nothing to say about a teaching day inside the campaign', () => {
    expect(activityWarnings(activity('2026-11-10'), context())).toEqual([]);
  });

  it('warns about half term, holidays and weekends', () => {
    expect(activityWarnings(activity('2026-10-28'), { others: [], years })).toEqual([{ kind: 'half-term', message: 'This falls in the October half term.' }]);
    expect(activityWarnings(activity('2026-12-22'), { others: [], years })).toEqual([{ kind: 'holiday', message: 'This falls in the Christmas holiday.' }]);
    expect(activityWarnings(activity('2027-03-30'), { others: [], years })[0]?.message).toBe('This falls in the Easter holiday.');
    expect(activityWarnings(activity('2027-08-10'), { others: [], years })[0]?.message).toBe('This falls in the Summer holiday.');
    expect(activityWarnings(activity('2026-11-14'), context())).toEqual([{ kind: 'weekend', message: 'This falls on a Saturday.' }]);
  });

  it('warns about a date outside the campaign', () => {
    expect(activityWarnings(activity('2026-11-02'), context())).toEqual([{ kind: 'outside-campaign', message: 'This is outside the campaign’s dates (3 November to 18 December 2026).' }]);
    const across = { campaign: { startDate: '2026-12-14', endDate: '2027-01-08' }, others: [], years };
    expect(activityWarnings(activity('2027-01-11'), across)[0]?.message).toBe('This is outside the campaign’s dates (14 December 2026 to 8 January 2027).');
  });

  it('warns about another activity for the same year group on the same day', () => {
    const others = [
      activity('2026-11-10', { id: 'a', title: 'Sleep assembly', yearGroups: ['Y9', 'Y10'] }),
      activity('2026-11-10', { id: 'b', title: 'Exam workshop', yearGroups: ['Y8', 'Y9'] }),
      activity('2026-11-10', { id: 'c', title: 'Year 7 trip', yearGroups: ['Y7'] }),
      activity('2026-11-11', { id: 'd', title: 'Next day', yearGroups: ['Y9'] }),
      activity('2026-11-10', { title: 'Me, as stored' }),
    ];
    expect(activityWarnings(activity('2026-11-10'), context(others))).toEqual([
      { kind: 'clash', message: 'Year 9 already has “Sleep assembly” on this day.' },
      { kind: 'clash', message: 'Years 8 to 9 already have “Exam workshop” on this day.' },
    ]);
  });

  it('ignores cancelled activities on either side of a clash', () => {
    const other = activity('2026-11-10', { id: 'a', title: 'Sleep assembly', yearGroups: ['Y9'], status: 'cancelled' });
    expect(activityWarnings(activity('2026-11-10'), context([other]))).toEqual([]);
    expect(activityWarnings(activity('2026-11-10', { status: 'cancelled' }), context([{ ...other, status: 'planned' }]))).toEqual([]);
  });

  it('says nothing about holidays where the school has no term dates', () => {
    expect(activityWarnings(activity('2028-12-27'), { others: [], years })).toEqual([]);
  });
});

describe('groupByTermAndHalfTerm', () => {
  it('groups a timeline by half term, half-term break and holiday, in date order', () => {
    const items = [
      { title: 'e', date: '2027-01-05' },
      { title: 'b', date: '2026-10-28' },
      { title: 'a2', date: '2026-10-01', startTime: '13:00' },
      { title: 'a1', date: '2026-10-01', startTime: '09:00' },
      { title: 'c', date: '2026-11-03' },
      { title: 'd', date: '2026-12-23' },
      { title: 'f', date: '2028-10-04' },
    ];
    const groups = groupByTermAndHalfTerm(items, years);
    expect(groups.map((g) => [g.label, g.activities.map((a) => a.title)])).toEqual([
      ['Autumn term, first half 2026/27', ['a1', 'a2']],
      ['October half term 2026/27', ['b']],
      ['Autumn term, second half 2026/27', ['c']],
      ['Christmas holiday 2026/27', ['d']],
      ['Spring term, first half 2026/27', ['e']],
      ['Dates without term dates 2028/29', ['f']],
    ]);
    expect(groups[0]).toMatchObject({ key: '2026-autumn-1', status: 'teaching', academicYear: 2026, term: 'autumn', halfTerm: 1 });
    expect(groups[3]).toMatchObject({ key: '2026-holiday-christmas-holiday', status: 'holiday' });
    expect(groups[5]).toMatchObject({ key: '2028-unknown', status: 'unknown' });
  });
});

describe('planYearWeeks', () => {
  const weeks = planYearWeeks(2026, years);
  const week = (monday: string) => weeks.find((w) => w.monday === monday);

  it('lists every week of 2026/27, Monday by Monday, from the first day of term to the day before the next year’s', () => {
    // No dates for 2025/26, so 2026/27 starts on 1 August (a Saturday): its summer days before term are its own.
    expect(weeks[0]).toMatchObject({ monday: '2026-08-03', status: 'holiday', breaks: ['Summer holiday'] });
    expect(weeks.at(-1)?.monday).toBe('2027-09-06'); // 2027/28 starts Wednesday 8 September
    expect(weeks).toHaveLength(58);
    expect(week('2026-09-07')).toEqual({ monday: '2026-09-07', label: 'w/c 7 Sep', status: 'teaching', term: 'autumn', teachingWeek: 2, breaks: [] });
  });

  it('marks half terms, holidays and part weeks, with the breaks named', () => {
    expect(week('2026-08-31')).toMatchObject({ status: 'mixed', term: 'autumn', teachingWeek: 1, breaks: ['Summer holiday'] });
    expect(week('2026-10-26')).toEqual({ monday: '2026-10-26', label: 'w/c 26 Oct', status: 'half-term', term: 'autumn', breaks: ['October half term'] });
    expect(week('2026-11-02')).toMatchObject({ status: 'teaching', teachingWeek: 9 });
    expect(week('2026-12-21')).toEqual({ monday: '2026-12-21', label: 'w/c 21 Dec', status: 'holiday', breaks: ['Christmas holiday'] });
    expect(week('2027-05-03')).toMatchObject({ status: 'teaching', breaks: ['Bank holiday (Early May), Monday 3 May'] });
    expect(week('2027-02-15')?.status).toBe('half-term');
    expect(week('2027-05-31')?.status).toBe('half-term');
    expect(week('2027-07-19')?.status).toBe('holiday');
    expect(weeks.filter((w) => w.status === 'half-term')).toHaveLength(3);
  });

  it('marks a year without term dates as unknown', () => {
    expect(new Set(planYearWeeks(2030, years).map((w) => w.status))).toEqual(new Set(['unknown']));
  });

  it('agrees with placeDate and teachingWeekOf day by day, for default years and a school’s own odd dates', () => {
    // A school that starts midweek, has a one-day half term, a term with a missing date (ignored), and terms touching.
    const odd: AcademicYearDates = {
      startYear: 2027,
      terms: [
        { term: 'autumn', start: '2027-09-08', halfTermStart: '2027-10-29', halfTermEnd: '2027-10-29', end: '2027-12-21' },
        { term: 'spring', start: '2028-01-05', halfTermStart: '', halfTermEnd: '2028-02-18', end: '2028-03-29' },
        { term: 'summer', start: '2028-03-30', halfTermStart: '2028-05-29', halfTermEnd: '2028-06-02', end: '2028-07-20' },
      ],
    };
    for (const [startYear, schoolYears] of [
      [2025, [defaultEnglandTermDates(2025)]],
      [2026, years],
      [2027, [odd]],
      [2029, [defaultEnglandTermDates(2029)]], // 1 September on a Saturday
      [2031, [defaultEnglandTermDates(2031)]],
    ] as const) {
      for (const week of planYearWeeks(startYear, [...schoolYears])) {
        const bounds = academicYearBounds(startYear, [...schoolYears]);
        const days = [0, 1, 2, 3, 4]
          .map((d) => {
            const date = parseIsoDate(week.monday);
            date.setDate(date.getDate() + d);
            return date;
          })
          .filter((d) => d >= parseIsoDate(bounds.start) && d <= parseIsoDate(bounds.end));
        const places = days.map((d) => placeDate(d, [...schoolYears]));
        for (const p of places) expect(p.academicYear, week.monday).toBe(startYear);
        // INSET days and bank holidays are school days with no pupils: the week's status counts them as teaching.
        const statuses = new Set(places.map((p) => (p.status === 'inset' || p.status === 'bank-holiday' ? 'teaching' : p.status)));
        expect(week.status, week.monday).toBe(statuses.size === 1 ? [...statuses][0] : 'mixed');
        expect(week.term, week.monday).toBe(places.find((p) => p.term)?.term);
        const firstTeaching = days.find((_, i) => ['teaching', 'inset', 'bank-holiday'].includes(places[i]!.status));
        expect(week.teachingWeek, week.monday).toBe(firstTeaching ? (teachingWeekOf(firstTeaching, [...schoolYears])?.week ?? undefined) : undefined);
      }
    }
  });
});
