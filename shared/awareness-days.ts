/**
 * Awareness days and weeks that wellbeing leads plan around, worked out for any year by the rule
 * each organiser follows, with the organiser's page as the source. Organisers announce each year's
 * dates; where one has announced a date that breaks its usual rule it is listed in `announced`.
 */
import { addDays, getDay } from 'date-fns';
import type { IsoDate } from './domain';

export interface AwarenessDayRule {
  id: string;
  title: string;
  /** How the date is worked out, in plain words. */
  rule: string;
  source: { title: string; url: string };
  /** First day, for a calendar year. */
  start: (year: number) => Date;
  /** Days it lasts: 1 for a day, 7 for a week (Monday to Sunday), 5 for a school week. */
  days: number;
  /** Start dates the organiser announced that differ from the rule. */
  announced?: Record<number, IsoDate>;
}

export interface AwarenessDay {
  id: string;
  title: string;
  start: IsoDate;
  end: IsoDate;
  rule: string;
  source: { title: string; url: string };
}

const MONDAY = 1;
const THURSDAY = 4;
const FRIDAY = 5;

function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** The `nth` (1-based) `weekday` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  const first = localDate(year, month, 1);
  return addDays(first, ((weekday - getDay(first) + 7) % 7) + 7 * (nth - 1));
}

function iso(date: Date): IsoDate {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export const AWARENESS_DAY_RULES: readonly AwarenessDayRule[] = [
  {
    id: 'time-to-talk-day',
    title: 'Time to Talk Day',
    rule: 'The first Thursday in February.',
    source: { title: 'Mind and Rethink Mental Illness: Time to Talk Day', url: 'https://www.mind.org.uk/get-involved/time-to-talk-day/' },
    start: (year) => nthWeekday(year, 2, THURSDAY, 1),
    days: 1,
  },
  {
    id: 'childrens-mental-health-week',
    title: 'Children’s Mental Health Week',
    rule: 'Usually the week starting on the first Monday in February; Place2Be announces each year’s dates.',
    source: { title: 'Place2Be: Children’s Mental Health Week', url: 'https://www.childrensmentalhealthweek.org.uk/' },
    start: (year) => nthWeekday(year, 2, MONDAY, 1),
    days: 7,
    announced: { 2026: '2026-02-09' },
  },
  {
    id: 'world-sleep-day',
    title: 'World Sleep Day',
    rule: 'The Friday before the March equinox (20 March in these years).',
    source: { title: 'World Sleep Society: World Sleep Day', url: 'https://worldsleepday.org/' },
    start: (year) => {
      const equinox = localDate(year, 3, 20);
      return addDays(equinox, -(((getDay(equinox) - FRIDAY + 7) % 7) || 7));
    },
    days: 1,
  },
  {
    id: 'mental-health-awareness-week',
    title: 'Mental Health Awareness Week',
    rule: 'Usually the week starting on the second Monday in May; the Mental Health Foundation announces each year’s dates.',
    source: { title: 'Mental Health Foundation: Mental Health Awareness Week', url: 'https://www.mentalhealth.org.uk/our-work/public-engagement/mental-health-awareness-week' },
    start: (year) => nthWeekday(year, 5, MONDAY, 2),
    days: 7,
  },
  {
    id: 'world-mental-health-day',
    title: 'World Mental Health Day',
    rule: '10 October every year.',
    source: { title: 'World Health Organization: World Mental Health Day', url: 'https://www.who.int/campaigns/world-mental-health-day' },
    start: (year) => localDate(year, 10, 10),
    days: 1,
  },
  {
    id: 'anti-bullying-week',
    title: 'Anti-Bullying Week',
    rule: 'The school week (Monday to Friday) starting on the second Monday in November.',
    source: { title: 'Anti-Bullying Alliance: Anti-Bullying Week', url: 'https://anti-bullyingalliance.org.uk/anti-bullying-week' },
    start: (year) => nthWeekday(year, 11, MONDAY, 2),
    days: 5,
  },
];

/** One awareness day or week in a calendar year. */
export function awarenessDayIn(rule: AwarenessDayRule, year: number): AwarenessDay {
  const announced = rule.announced?.[year];
  const start = announced ? localDate(year, Number(announced.slice(5, 7)), Number(announced.slice(8, 10))) : rule.start(year);
  return { id: rule.id, title: rule.title, start: iso(start), end: iso(addDays(start, rule.days - 1)), rule: rule.rule, source: rule.source };
}

/** Every awareness day or week that starts between `from` and `to` inclusive, in date order. */
export function awarenessDaysBetween(from: IsoDate, to: IsoDate): AwarenessDay[] {
  const days: AwarenessDay[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const rule of AWARENESS_DAY_RULES) {
      const day = awarenessDayIn(rule, year);
      if (day.start >= from && day.start <= to) days.push(day);
    }
  }
  return days.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.title.localeCompare(b.title)));
}
