/**
 * The motivated intruder, against what the lead's screens and reports actually show: render each
 * Trends view and the governors' report, read every number off the page (tables, charts' tables,
 * accessible names, sentences), and solve for the range of every hidden number with a linear
 * program (javascript-lp-solver, not the app's own solver). No hidden number may be pinned to a
 * range narrower than the threshold (0 to 4 for 5), at thresholds 5 and 10, for the sample school
 * and for generated schools with deliberately small numbers.
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultEnglandTermDates } from '../../shared/calendar';
import type { TermName, YearGroup } from '../../shared/domain';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import type { Campaign, CheckInSession, Indicator, SurveyResult, SurveyWave } from '../../renderer/src/db/records';
import { buildTrendsSample } from '../../renderer/src/features/trends/sample';
import { renderTrendsAt } from './render-trends';
import { narrowedFigures } from '../support/intruder';
import { leftoverNumbers, TrendsReader } from '../support/trends-reader';

vi.setConfig({ testTimeout: 240_000 });

interface School {
  name: string;
  today: Date;
  groups: YearGroup[];
  topics?: string[];
  years: ReturnType<typeof defaultEnglandTermDates>[];
  sessions: CheckInSession[];
  waves: SurveyWave[];
  results: SurveyResult[];
  indicators: Indicator[];
  campaigns: Campaign[];
}

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

function campaign(id: string, title: string, startDate: string, endDate: string, indicatorId?: string): Campaign {
  return { id, title, theme: 'sleep', audiences: ['pupils'], yearGroups: [], startDate, endDate, partnerIds: [], status: 'finished', ...(indicatorId ? { indicatorId } : {}), ...stamp };
}

/** The sample school, plus a few small sessions recorded through the tally form (one with a topic of its own). */
function sampleSchool(): School {
  const today = new Date('2027-03-10T09:00:00');
  const sample = buildTrendsSample(today, { yearGroups: ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'], sleepCampaign: { id: 'sleep-campaign', startDate: '2026-11-09', endDate: '2026-12-04' }, newId: counter('s') });
  const small: CheckInSession[] = [
    { id: 'small-1', date: '2027-02-23', sessionType: 'bistro-drop-in', counts: [{ topic: 'bereavement', count: 3 }, { topic: 'sleep', yearGroup: 'Y8', count: 2 }], ...stamp },
    { id: 'small-2', date: '2027-03-02', sessionType: 'bistro-drop-in', counts: [{ topic: 'bereavement', count: 1 }, { topic: 'anxiety', yearGroup: 'Y10', count: 1 }], ...stamp },
  ] as CheckInSession[];
  const sleepIndicator = sample.indicators[0]!;
  return {
    name: 'the sample school',
    today,
    groups: ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'],
    years: sample.academicYears,
    sessions: [...sample.checkIns, ...small],
    waves: sample.surveyWaves,
    results: sample.surveyResults,
    indicators: sample.indicators,
    campaigns: [campaign('sleep-campaign', 'Sleep campaign', '2026-11-09', '2026-12-04', sleepIndicator.id)],
  };
}

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
}

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A small school: one drop-in a week with a handful of visits, a few recorded by year group, and a small survey. */
function smallSchool(seed: number): School {
  const next = random(seed);
  const years = [defaultEnglandTermDates(2025), defaultEnglandTermDates(2026)];
  const topics = ['sleep', 'friendships', 'anxiety', 'other'];
  const groups: YearGroup[] = ['Y7', 'Y8', 'Y9'];
  const sessions: CheckInSession[] = [];
  let id = 0;
  for (const y of years) {
    for (const t of y.terms) {
      for (let d = new Date(`${t.start}T12:00:00`); d.toISOString().slice(0, 10) <= t.end; d.setDate(d.getDate() + 7)) {
        const date = d.toISOString().slice(0, 10);
        if ((date >= t.halfTermStart && date <= t.halfTermEnd) || next() < 0.25 || date > '2027-03-10') continue;
        const counts = topics.flatMap((topic) => {
          const n = Math.floor(next() * (topic === 'friendships' ? 6 : 3));
          if (n === 0) return [];
          const g = next() < 0.4 ? groups[Math.floor(next() * groups.length)] : undefined;
          return [{ topic, count: n, ...(g ? { yearGroup: g } : {}) }];
        });
        sessions.push({ id: `c${(id += 1)}`, date, sessionType: 'bistro-drop-in', counts, ...stamp } as CheckInSession);
      }
    }
  }
  const waves: SurveyWave[] = ['2025-11-20', '2026-05-14', '2026-11-19'].map((date, i) => ({
    id: `w${i}`,
    title: ['Autumn wellbeing survey', 'Summer wellbeing survey', 'Winter wellbeing survey'][i]!,
    date,
    academicYear: date < '2026-09-01' ? 2025 : 2026,
    questions: [{ id: 'q1', text: 'How often do you have trouble sleeping?', concernAnswers: ['Often'] }],
    source: 'manual',
    ...stamp,
  })) as unknown as SurveyWave[];
  const results: SurveyResult[] = [];
  for (const w of waves) for (const g of groups) for (const answer of ['Never', 'Sometimes', 'Often']) results.push({ id: `r${results.length}`, waveId: w.id, questionId: 'q1', answer, yearGroup: g, count: Math.floor(next() * (answer === 'Often' ? 4 : 12)) } as SurveyResult);
  const indicators: Indicator[] = [
    { id: 'i-sleep', name: 'Drop-in visits about sleep per teaching week', source: { kind: 'check-in-topic', topic: 'sleep' }, ...stamp } as Indicator,
    { id: 'i-survey', name: '% of Year 8 answering “Often”', source: { kind: 'survey-question', questionText: 'How often do you have trouble sleeping?', yearGroup: 'Y8' }, ...stamp } as Indicator,
  ];
  return {
    name: `small school ${seed}`,
    today: new Date('2027-03-10T09:00:00'),
    groups,
    topics,
    years,
    sessions,
    waves,
    results,
    indicators,
    campaigns: [campaign('c-sleep', 'Sleep week', '2026-11-02', '2026-11-13', 'i-sleep'), campaign('c-survey', 'Talk to someone', '2026-01-05', '2026-03-27', 'i-survey')],
  };
}

let db: UpstreamDatabase;

async function load(school: School, threshold: number) {
  db = new UpstreamDatabase(`intruder-${crypto.randomUUID()}`);
  await db.open();
  await db.settings.put({ id: 'school', name: 'Riverside Academy', yearGroups: school.groups, academicYears: school.years, suppressionThreshold: threshold, ...(school.topics ? { checkInTopics: school.topics } : {}), createdAt: '', updatedAt: '' });
  await db.checkIns.bulkAdd(school.sessions);
  await db.surveyWaves.bulkAdd(school.waves);
  await db.surveyResults.bulkAdd(school.results);
  await db.indicators.bulkAdd(school.indicators);
  await db.campaigns.bulkAdd(school.campaigns);
}

afterEach(() => {
  vi.useRealTimers();
});

async function renderPage(path: string, today: Date) {
  const view = renderTrendsAt(db, path, today);
  if (path.startsWith('/trends')) await screen.findByRole('heading', { name: /^Indicators by term/ }, { timeout: 20_000 });
  else await screen.findByRole('heading', { name: 'At a glance' }, { timeout: 20_000 });
  return view.container;
}

interface Case {
  path: string;
  period: { year: number; term: TermName | null };
  filter?: { topic?: string; group?: YearGroup };
}

function check(school: School, threshold: number, c: Case, container: HTMLElement) {
  const reader = new TrendsReader({
    data: { sessions: school.sessions, waves: school.waves, results: school.results, years: school.years },
    indicators: school.indicators,
    campaigns: school.campaigns,
    topics: school.topics ?? ['sleep', 'friendships', 'exam stress', 'family', 'anxiety', 'low mood', 'bullying', 'online', 'other'],
    groups: school.groups,
    threshold,
    period: c.period,
    today: school.today.toISOString().slice(0, 10),
  });
  reader.filter = { topic: c.filter?.topic ? [c.filter.topic] : null, group: c.filter?.group ? [c.filter.group] : null };
  reader.readPage(container);
  const hidden = reader.figures.filter((f) => f.seen.kind === 'fewer-than' || f.seen.kind === 'hidden').length;
  expect(reader.figures.length, 'the reader found the numbers on the page').toBeGreaterThan(10);
  expect(leftoverNumbers(container, reader.accepted), `numbers on ${c.path} that no reading accounts for`).toEqual([]);
  const narrowed = narrowedFigures(reader.figures);
  expect(narrowed, `${school.name}, ${c.path}, threshold ${threshold}: ${hidden} hidden numbers`).toEqual([]);
  return { hidden, figures: reader.figures.length };
}

const schools = [sampleSchool(), smallSchool(7), smallSchool(11)];

describe.each([5, 10])('nothing hidden can be narrowed, threshold %i', (threshold) => {
  for (const school of schools) {
    const small = school.name !== 'the sample school';
    const cases: Case[] = [
      { path: '/trends?year=2026&term=spring', period: { year: 2026, term: 'spring' } },
      { path: `/trends?year=2026&term=autumn&topic=sleep&campaign=${school.campaigns[0]!.id}`, period: { year: 2026, term: 'autumn' }, filter: { topic: 'sleep' } },
      { path: `/trends?year=2026&term=autumn&group=Y8&campaign=${school.campaigns[small ? 1 : 0]!.id}`, period: { year: 2026, term: 'autumn' }, filter: { group: 'Y8' } },
      { path: '/print/trends/report/2026/autumn', period: { year: 2026, term: 'autumn' } },
      { path: '/print/trends/report/2026/year', period: { year: 2026, term: null } },
      { path: '/print/trends/report/2026/spring?halfTerms=0&keyStages=0&otherTopics=0', period: { year: 2026, term: 'spring' } },
      ...(small ? [{ path: '/trends?year=2025&term=year', period: { year: 2025, term: null } } as Case] : []),
    ];
    for (const c of cases) {
      it(`${school.name}: ${c.path}`, async () => {
        await load(school, threshold);
        const container = await renderPage(c.path, school.today);
        check(school, threshold, c, container);
      });
    }
  }
});
