/**
 * Trends for the fictional sample school: three academic years of plausible weekly drop-in tallies
 * (up to today), two survey waves stored as counts, and two indicators, so the dashboard shows
 * something real on first look. A pure builder: the same `today` gives the same numbers (ids aside).
 *
 * Wiring (in sample-school.ts, by the lead): add `academicYears` the school lacks to its settings,
 * bulkAdd the four tables in the sample transaction, and set `indicatorId` on the campaigns in
 * `campaignIndicators`. Removing the sample deletes check-ins, waves and indicators with isSample,
 * and surveyResults whose waveId belongs to a sample wave.
 *
 * Patterns (so the charts tell a story): friendships peak as Year 7 settles in each autumn; sleep
 * climbs in the dark weeks after autumn half term and falls after the sleep campaign; exam stress
 * rises before mocks in spring and GCSEs in May; a few visits each week are recorded by year group.
 */
import { academicYearOf, defaultEnglandTermDates, teachingWeeks, toIsoDate } from '@shared/calendar';
import type { AcademicYearDates, IsoDate, YearGroup } from '@shared/domain';
import { DEFAULT_CHECK_IN_TOPICS } from '@shared/tally-import';
import type { CheckInSession, Indicator, SurveyResult, SurveyWave } from '../../db/records';

export interface TrendsSample {
  /** Term dates the sample's tallies need (three academic years up to today). */
  academicYears: AcademicYearDates[];
  checkIns: CheckInSession[];
  surveyWaves: SurveyWave[];
  surveyResults: SurveyResult[];
  indicators: Indicator[];
  /** Sample campaigns to point at an indicator (campaign.indicatorId). */
  campaignIndicators: { campaignId: string; indicatorId: string }[];
}

export interface TrendsSampleOptions {
  /** The school's term dates; missing years are filled with the England defaults. */
  years?: AcademicYearDates[];
  /** The sample sleep campaign, with its dates: its indicator is set, and sleep visits dip after it. */
  sleepCampaign?: { id: string; startDate: IsoDate; endDate: IsoDate };
  yearGroups?: YearGroup[];
  newId?: () => string;
}

/** A small deterministic generator (LCG), so the sample is the same every time for the same day. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A count near `mean` (Poisson-like spread), never below 0. */
function around(random: () => number, mean: number): number {
  // Sum of Bernoulli trials: mean = n·p with n fixed; keeps values whole and plausibly spread.
  const n = Math.max(1, Math.round(mean * 2));
  const p = mean / n;
  let k = 0;
  for (let i = 0; i < n; i += 1) if (random() < p) k += 1;
  return k;
}

const SLEEP_QUESTION = 'How often do you have trouble sleeping?';
const TALK_QUESTION = 'Do you know who to talk to at school if you are worried?';

export function buildTrendsSample(today: Date, options: TrendsSampleOptions = {}): TrendsSample {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const at = today.toISOString();
  const todayIso = toIsoDate(today);
  const current = academicYearOf(today, options.years ?? []);
  const groups: YearGroup[] = options.yearGroups ?? ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'];
  const startYears = [current - 2, current - 1, current];
  const academicYears = startYears.map((y) => options.years?.find((x) => x.startYear === y) ?? defaultEnglandTermDates(y));
  const random = seeded(Number(todayIso.slice(0, 4)) * 7 + 11);
  const campaign = options.sleepCampaign;

  const checkIns: CheckInSession[] = [];
  for (const year of academicYears) {
    const age = current - year.startYear; // 2, 1, 0: the school's drop-in has grown a little each year
    const growth = 1 - age * 0.12;
    for (const term of year.terms) {
      const weeks = teachingWeeks(term);
      weeks.forEach((week, index) => {
        const day = week.teachingDays.find((d) => new Date(`${d}T12:00:00`).getDay() === 3) ?? week.teachingDays[0]!;
        if (day >= todayIso) return;
        const position = index / Math.max(1, weeks.length - 1);
        const afterHalfTerm = day > term.halfTermEnd;
        let sleep = 3.2;
        if (term.term === 'autumn' && afterHalfTerm) sleep += 1.6;
        if (term.term === 'spring' && !afterHalfTerm) sleep += 0.8;
        if (campaign && day > campaign.endDate && day <= addDays(campaign.endDate, 120)) sleep -= 1.3;
        if (campaign && day >= campaign.startDate && day <= campaign.endDate) sleep += 0.5; // more pupils come once it is talked about
        const means: Record<string, number> = {
          sleep,
          friendships: term.term === 'autumn' ? 5.5 - position * 2.5 : 3.2,
          'exam stress': term.term === 'summer' && !afterHalfTerm ? 5.5 : term.term === 'spring' && afterHalfTerm ? 3.5 : term.term === 'spring' ? 2.8 : 1.2,
          family: 1.8,
          anxiety: 2.6,
          'low mood': 1.6,
          bullying: 0.9,
          online: 1.5,
          other: 1.1,
        };
        const counts: CheckInSession['counts'] = [];
        for (const topic of DEFAULT_CHECK_IN_TOPICS) {
          const total = around(random, means[topic]! * growth);
          if (total === 0) continue;
          // About a third of visits are recorded with a year group (the busy mornings are not).
          let withGroup = 0;
          for (let i = 0; i < total; i += 1) if (random() < 0.35) withGroup += 1;
          const byGroup = new Map<YearGroup, number>();
          for (let i = 0; i < withGroup; i += 1) {
            const weights = topic === 'exam stress' ? [0.05, 0.05, 0.15, 0.25, 0.5] : topic === 'friendships' ? [0.4, 0.25, 0.15, 0.1, 0.1] : [0.2, 0.2, 0.25, 0.2, 0.15];
            let r = random();
            let g = groups[groups.length - 1]!;
            for (let k = 0; k < groups.length; k += 1) {
              r -= weights[k] ?? 0.2;
              if (r <= 0) {
                g = groups[k]!;
                break;
              }
            }
            byGroup.set(g, (byGroup.get(g) ?? 0) + 1);
          }
          if (total - withGroup > 0) counts.push({ topic, count: total - withGroup });
          for (const [yearGroup, count] of byGroup) counts.push({ topic, yearGroup, count });
        }
        if (counts.length > 0) checkIns.push({ id: newId(), date: day, sessionType: 'bistro-drop-in', counts, isSample: true, createdAt: at, updatedAt: at });
        // A group session every third week.
        if (index % 3 === 1) {
          const friday = week.teachingDays[week.teachingDays.length - 1]!;
          if (friday < todayIso) {
            const topic = term.term === 'summer' ? 'exam stress' : term.term === 'autumn' ? 'friendships' : 'anxiety';
            checkIns.push({ id: newId(), date: friday, sessionType: 'group-session', counts: [{ topic, count: 5 + around(random, 2) }], isSample: true, createdAt: at, updatedAt: at });
          }
        }
      });
    }
  }

  // Two survey waves, the two most recent survey dates before today: the summer before last year's end, and early October.
  const candidates: { title: string; date: IsoDate; concernShare: number }[] = [];
  for (const y of [current - 1, current]) {
    candidates.push({ title: `Autumn wellbeing survey ${y}`, date: firstWeekdayOnOrAfter(`${y}-10-05`), concernShare: y === current ? 0.36 : 0.33 });
    candidates.push({ title: `Summer wellbeing survey ${y + 1}`, date: firstWeekdayOnOrAfter(`${y + 1}-06-15`), concernShare: 0.29 });
  }
  const waves = candidates
    .filter((c) => c.date < todayIso)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .slice(-2);
  const surveyWaves: SurveyWave[] = [];
  const surveyResults: SurveyResult[] = [];
  for (const w of waves) {
    const sleepId = newId();
    const talkId = newId();
    const wave: SurveyWave = {
      id: newId(),
      title: w.title,
      date: w.date,
      academicYear: academicYearOf(w.date, academicYears),
      source: 'csv',
      questions: [
        { id: sleepId, text: SLEEP_QUESTION, concernAnswers: ['Often', 'Always'] },
        { id: talkId, text: TALK_QUESTION, concernAnswers: ['No', 'Not sure'] },
      ],
      responses: 0,
      droppedColumns: [
        { header: 'Email', reason: 'identifying: email' },
        { header: 'Name', reason: 'identifying: name' },
        { header: 'Anything else you would like to tell us?', reason: 'free text' },
      ],
      isSample: true,
      createdAt: at,
    };
    let responses = 0;
    groups.forEach((g, gi) => {
      const answered = 140 + Math.round(random() * 40);
      responses += answered;
      const concern = Math.min(0.6, w.concernShare + (gi - 2) * 0.04);
      const sleepShares: [string, number][] = [
        ['Never', 0.2],
        ['Rarely', 0.25],
        ['Sometimes', 1 - 0.45 - concern],
        ['Often', concern * 0.65],
        ['Always', concern * 0.35],
      ];
      splitCounts(answered, sleepShares).forEach(([answer, count]) => surveyResults.push({ id: newId(), waveId: wave.id, questionId: sleepId, answer, yearGroup: g, count }));
      const talkShares: [string, number][] = [
        ['Yes', 0.72 - gi * 0.03],
        ['No', 0.1 + gi * 0.01],
        ['Not sure', 0.18 + gi * 0.02],
      ];
      splitCounts(answered, talkShares).forEach(([answer, count]) => surveyResults.push({ id: newId(), waveId: wave.id, questionId: talkId, answer, yearGroup: g, count }));
    });
    wave.responses = responses;
    surveyWaves.push(wave);
  }

  const sleepVisits: Indicator = { id: newId(), name: 'Drop-in visits about sleep per teaching week', source: { kind: 'check-in-topic', topic: 'sleep' }, isSample: true, createdAt: at, updatedAt: at };
  const year9Sleep: Indicator = {
    id: newId(),
    name: '% of Year 9 reporting trouble sleeping often or always',
    source: { kind: 'survey-question', questionText: SLEEP_QUESTION, yearGroup: 'Y9' },
    isSample: true,
    createdAt: at,
    updatedAt: at,
  };
  return {
    academicYears,
    checkIns,
    surveyWaves,
    surveyResults: surveyResults.filter((r) => r.count > 0),
    indicators: [sleepVisits, year9Sleep],
    campaignIndicators: campaign ? [{ campaignId: campaign.id, indicatorId: sleepVisits.id }] : [],
  };
}

/** Whole counts that add up to `total`, in the given shares (largest remainder). */
function splitCounts(total: number, shares: [string, number][]): [string, number][] {
  const sum = shares.reduce((a, [, s]) => a + Math.max(0, s), 0);
  const raw = shares.map(([answer, s]) => [answer, (Math.max(0, s) / sum) * total] as const);
  const floors = raw.map(([answer, x]) => [answer, Math.floor(x)] as [string, number]);
  let left = total - floors.reduce((a, [, n]) => a + n, 0);
  const order = raw.map(([, x], i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]![1] += 1;
    left -= 1;
  }
  return floors;
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T12:00:00`);
  d.setDate(d.getDate() + days);
  return toIsoDate(d);
}

function firstWeekdayOnOrAfter(date: IsoDate): IsoDate {
  const d = new Date(`${date}T12:00:00`);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return toIsoDate(d);
}
