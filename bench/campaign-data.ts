/**
 * Ten years of a busy school's campaigns for bench/campaigns.bench.ts: 30 campaigns a year with 20
 * activities each (300 campaigns, 6,000 activities), shaped like renderer/src/db/records.ts
 * (Campaign, Activity) so the app reads them as its own. Deterministic: the same `today` always
 * gives the same titles, dates and statuses (ids aside), so runs compare.
 *
 * Dates follow the school's term dates: most activities land on teaching days, a few in half term
 * or on a day another activity already holds for the same year group, so the planner's warnings
 * have real work to do.
 */
import { randomUUID } from 'node:crypto';
import { academicYearLabel, academicYearOf, defaultEnglandTermDates, nextTeachingDay, toIsoDate } from '../shared/calendar';
import type { AcademicYearDates, YearGroup } from '../shared/domain';

export const YEARS = 10;
export const CAMPAIGNS_PER_YEAR = 30;
export const ACTIVITIES_PER_CAMPAIGN = 20;

type Theme = 'sleep' | 'exam-stress' | 'anxiety' | 'friendships' | 'healthy-eating' | 'physical-activity' | 'online-safety' | 'bereavement' | 'other';
type ActivityType = 'assembly' | 'pshe-lesson' | 'parent-workshop' | 'pupil-workshop' | 'drop-in' | 'group-session' | 'staff-training' | 'website-content' | 'fundraiser' | 'community-conversation';

/** The fields of records.ts's Campaign that these records use (all required ones included). */
export interface BenchCampaign {
  id: string;
  title: string;
  theme: Theme;
  why: string;
  goal: string;
  audiences: string[];
  yearGroups: YearGroup[];
  startDate: string;
  endDate: string;
  lead: string;
  partnerIds: string[];
  status: 'idea' | 'planned' | 'running' | 'finished' | 'archived';
  rag?: 'red' | 'amber' | 'green';
  reviewDate: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** The fields of records.ts's Activity that these records use (all required ones included). */
export interface BenchActivity {
  id: string;
  campaignId: string;
  type: ActivityType;
  title: string;
  date: string;
  startTime?: string;
  durationMinutes?: number;
  place?: string;
  owner?: string;
  partnerIds: string[];
  audiences: string[];
  yearGroups: YearGroup[];
  status: 'planned' | 'done' | 'cancelled';
  reach?: number;
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

const IDEAS: { theme: Theme; titles: string[]; why: string; goal: string }[] = [
  { theme: 'sleep', titles: ['Sleep well this winter', 'Screens off, lights out', 'Bedtime routines'], why: 'Pupils at drop-ins keep saying they are tired; the survey agrees.', goal: 'Fewer pupils mention tiredness at drop-ins.' },
  { theme: 'exam-stress', titles: ['Calm before mocks', 'Year 11 exam stress programme', 'Revision without panic'], why: 'Year 11 check-ins about exams doubled before mocks.', goal: 'Pupils use one grounding technique before each exam.' },
  { theme: 'anxiety', titles: ['Worry less week', 'Anxiety drop-ins', 'Naming worries'], why: 'Worries were the most common drop-in topic last term.', goal: 'Pupils know where to go when worried.' },
  { theme: 'friendships', titles: ['Friendship week', 'Kindness counts', 'Lunchtime buddies'], why: 'Fallings-out at lunchtime came up in every year group.', goal: 'Fewer friendship problems reported at drop-ins.' },
  { theme: 'healthy-eating', titles: ['Healthy eating fortnight', 'Breakfast club push', 'Cook and share'], why: 'Many pupils arrive without breakfast.', goal: 'More pupils use breakfast club.' },
  { theme: 'physical-activity', titles: ['Active lunchtimes', 'Walk to school month', 'Move more challenge'], why: 'Pupils say they sit still all evening.', goal: 'Every tutor group joins one active challenge.' },
  { theme: 'online-safety', titles: ['Online safety week', 'Group chats and you', 'Safer internet day'], why: 'Group chat arguments spill into school.', goal: 'Pupils know how to report and block.' },
  { theme: 'bereavement', titles: ['Support after loss', 'Remembering together'], why: 'Several families have been bereaved this year.', goal: 'Staff feel able to talk about loss.' },
  { theme: 'other', titles: ['Community sofa conversations', 'MHST weekly drop-in', 'Wellbeing ambassadors'], why: 'Residents raised concerns about transport and food costs.', goal: 'Concerns heard become actions.' },
];

const ACTIVITIES: { type: ActivityType; title: string; time?: string; minutes?: number; place: string }[] = [
  { type: 'assembly', title: 'Launch assembly', time: '08:45', minutes: 20, place: 'Main hall' },
  { type: 'pshe-lesson', title: 'PSHE lesson', time: '11:00', minutes: 50, place: 'Classrooms' },
  { type: 'drop-in', title: 'Lunchtime drop-in', time: '12:30', minutes: 40, place: 'Wellbeing room' },
  { type: 'group-session', title: 'Small group session', time: '14:00', minutes: 45, place: 'Library' },
  { type: 'parent-workshop', title: 'Parent workshop', time: '18:00', minutes: 60, place: 'Main hall' },
  { type: 'pupil-workshop', title: 'Pupil workshop', time: '10:00', minutes: 60, place: 'Drama studio' },
  { type: 'staff-training', title: 'Staff briefing', time: '15:30', minutes: 30, place: 'Staff room' },
  { type: 'website-content', title: 'Website page', place: 'School website' },
  { type: 'fundraiser', title: 'Fundraiser', place: 'Whole school' },
  { type: 'community-conversation', title: 'Sofa conversation', time: '17:30', minutes: 90, place: 'Community centre' },
];

const SECONDARY: YearGroup[] = ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'];

/** A small repeatable random source (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

export interface BenchSchool {
  /** Term dates for the ten years and the next, for the settings record. */
  academicYears: AcademicYearDates[];
  campaigns: BenchCampaign[];
  activities: BenchActivity[];
  currentYear: number;
}

/** Ten academic years ending with the one holding `today`. */
export function buildBenchSchool(today: Date): BenchSchool {
  // The year holding today by the defaults' own dates (a year starts on its first day of term).
  const guess = academicYearOf(today);
  const currentYear = academicYearOf(today, [guess - 1, guess, guess + 1].map(defaultEnglandTermDates));
  const todayIso = toIsoDate(today);
  const academicYears = Array.from({ length: YEARS + 1 }, (_, i) => defaultEnglandTermDates(currentYear - YEARS + 1 + i));
  const rand = random(20261124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const at = today.toISOString();
  const campaigns: BenchCampaign[] = [];
  const activities: BenchActivity[] = [];

  for (let y = currentYear - YEARS + 1; y <= currentYear; y += 1) {
    const year = academicYears.find((a) => a.startYear === y)!;
    const yearStart = year.terms[0]!.start;
    const yearEnd = year.terms.at(-1)!.end;
    const span = (Date.parse(yearEnd) - Date.parse(yearStart)) / 86_400_000;
    for (let c = 0; c < CAMPAIGNS_PER_YEAR; c += 1) {
      const idea = IDEAS[c % IDEAS.length]!;
      const first = SECONDARY.indexOf(pick(SECONDARY));
      const groups = SECONDARY.slice(first, Math.min(SECONDARY.length, first + 1 + Math.floor(rand() * 3)));
      const start = nextTeachingDay(addDays(yearStart, Math.floor(rand() * (span - 70))), academicYears) ?? yearStart;
      const days: string[] = [];
      for (let a = 0; a < ACTIVITIES_PER_CAMPAIGN; a += 1) {
        const offset = Math.floor((a * 56) / ACTIVITIES_PER_CAMPAIGN) + Math.floor(rand() * 3);
        // About one in twelve left where it falls (half term, a weekend): the planner warns about those.
        const raw = addDays(start, offset);
        days.push(rand() < 0.08 ? raw : (nextTeachingDay(raw, academicYears) ?? raw));
      }
      days.sort();
      const end = days.at(-1)!;
      const campaignId = randomUUID();
      const finished = end < todayIso;
      const running = !finished && start <= todayIso;
      campaigns.push({
        id: campaignId,
        title: `${idea.titles[Math.floor(c / IDEAS.length) % idea.titles.length]!} ${academicYearLabel(y)}`,
        theme: idea.theme,
        why: idea.why,
        goal: idea.goal,
        audiences: ['pupils', 'parents'],
        yearGroups: groups,
        startDate: start,
        endDate: end,
        lead: c % 3 === 0 ? 'Ms Okafor, wellbeing lead' : 'Mr Hughes, Head of Year',
        partnerIds: [],
        status: finished ? 'finished' : running ? 'running' : 'planned',
        ...(finished || running ? { rag: pick(['red', 'amber', 'green'] as const) } : {}),
        reviewDate: addDays(start, 91),
        notes: `Reviewed with the MHST each half term. Campaign ${c + 1} of ${academicYearLabel(y)}.`,
        createdAt: at,
        updatedAt: at,
      });
      days.forEach((date, a) => {
        const kind = ACTIVITIES[a % ACTIVITIES.length]!;
        const done = date < todayIso;
        activities.push({
          id: randomUUID(),
          campaignId,
          type: kind.type,
          title: `${kind.title} ${a + 1}`,
          date,
          ...(kind.time ? { startTime: kind.time } : {}),
          ...(kind.minutes ? { durationMinutes: kind.minutes } : {}),
          place: kind.place,
          owner: a % 2 === 0 ? 'Wellbeing lead' : 'MHST practitioner',
          partnerIds: [],
          audiences: ['pupils'],
          yearGroups: a % 4 === 0 ? groups : [groups[a % groups.length]!],
          status: done ? 'done' : 'planned',
          ...(done ? { reach: 10 + Math.floor(rand() * 150) } : {}),
          createdAt: at,
          updatedAt: at,
        });
      });
    }
  }
  return { academicYears, campaigns, activities, currentYear };
}

/** What the campaign list's search shows for `query` with its default status filter (all but archived): the app's rule, restated. */
export function expectedMatches(campaigns: readonly BenchCampaign[], query: string): number {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  return campaigns.filter((c) => {
    if (c.status === 'archived') return false;
    const text = [c.title, c.why, c.goal, c.notes, c.lead].filter(Boolean).join('\n').toLocaleLowerCase('en-GB');
    return words.every((w) => text.includes(w));
  }).length;
}
