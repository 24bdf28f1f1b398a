/**
 * Putting a campaign on the school calendar: dating a template's activities in teaching weeks,
 * copying a campaign into next year, warnings on an activity's date, a campaign's timeline grouped
 * by term, and the weeks of a year planner.
 *
 * "Teaching weeks" skip half-term weeks and holidays and run on into the next term. Where the
 * school has no term dates for a week, every week counts and every weekday but a bank holiday is
 * usable (calendar weeks), so plans still work before a school has entered next year's dates.
 * INSET days and bank holidays (of the school's nation; England and Wales when not given) are
 * never usable: nothing is scheduled onto a day with no pupils in school.
 */
import { addDays, format, getDay, startOfWeek } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import {
  academicYearBounds,
  academicYearLabel,
  formatDateLong,
  formatWeekday,
  isIsoDate,
  parseIsoDate,
  placeDate,
  teachingWeekOf,
  teachingWeeks,
  toIsoDate,
} from './calendar';
import { termLabel, YEAR_GROUPS, yearGroupsSummary, type AcademicYearDates, type IsoDate, type Nation, type TermName, type YearGroup } from './domain';
import type { CampaignTemplate, TemplateActivity } from './campaign-templates';

// ── Teaching weeks ──────────────────────────────────────────────────────────────────────────────

function shift(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(parseIsoDate(date), days));
}

function mondayOf(date: IsoDate): IsoDate {
  return toIsoDate(startOfWeek(parseIsoDate(date), { weekStartsOn: 1 }));
}

/** A weekday the campaign can use: a teaching day, or any weekday but a bank holiday where the school has no term dates. */
export function isUsableSchoolDay(date: IsoDate, years: AcademicYearDates[], nation?: Nation): boolean {
  const place = placeDate(date, years, nation);
  return !place.weekend && (place.status === 'teaching' || (place.status === 'unknown' && !place.bankHoliday));
}

function weekCounts(monday: IsoDate, years: AcademicYearDates[], nation?: Nation): boolean {
  return [0, 1, 2, 3, 4].some((day) => isUsableSchoolDay(shift(monday, day), years, nation));
}

/** The Monday `count` teaching weeks after the week holding `date` (0 gives that week's Monday). */
export function addTeachingWeeks(date: IsoDate, count: number, years: AcademicYearDates[], nation?: Nation): IsoDate {
  let monday = mondayOf(date);
  for (let counted = 0; counted < count; ) {
    monday = shift(monday, 7);
    if (weekCounts(monday, years, nation)) counted += 1;
  }
  return monday;
}

/** Teaching weeks from the week holding `from` to the week holding `to`: 0 for the same week. */
export function teachingWeeksBetween(from: IsoDate, to: IsoDate, years: AcademicYearDates[], nation?: Nation): number {
  const last = mondayOf(to);
  let count = 0;
  for (let monday = shift(mondayOf(from), 7); monday <= last; monday = shift(monday, 7)) if (weekCounts(monday, years, nation)) count += 1;
  return count;
}

/** `date` if the school can use it, otherwise the next usable weekday (within a year; else `date`). */
export function nextUsableSchoolDay(date: IsoDate, years: AcademicYearDates[], nation?: Nation): IsoDate {
  for (let day = date, i = 0; i < 400; day = shift(day, 1), i += 1) if (isUsableSchoolDay(day, years, nation)) return day;
  return date;
}

// ── Scheduling a template ───────────────────────────────────────────────────────────────────────

export interface ScheduledActivity extends Omit<TemplateActivity, 'weekday' | 'yearGroups'> {
  yearGroups: YearGroup[];
  status: 'planned';
  date: IsoDate;
  /** True when the planned day was not usable (weekend, half term, holiday, INSET day, bank holiday, before the start) and the activity moved to the next teaching day. */
  movedFromHoliday: boolean;
}

export interface ScheduledCampaign {
  title: string;
  theme: CampaignTemplate['theme'];
  why: string;
  goal: string;
  audiences: CampaignTemplate['audiences'];
  yearGroups: YearGroup[];
  startDate: IsoDate;
  endDate: IsoDate;
  status: 'planned';
}

/**
 * Dates a template's activities from `startDate`: week 0 is the week holding the start date and
 * each activity sits `weekOffset` teaching weeks later on its weekday. An activity whose day is not
 * a teaching day (an INSET day and a bank holiday are not), or falls before the start, moves to the
 * next teaching day and is flagged.
 */
export function scheduleFromTemplate(
  template: CampaignTemplate,
  options: { startDate: IsoDate; yearGroups: YearGroup[]; years: AcademicYearDates[]; nation?: Nation },
): { campaign: ScheduledCampaign; activities: ScheduledActivity[] } {
  const { startDate, years, nation } = options;
  const yearGroups = YEAR_GROUPS.filter((g) => options.yearGroups.includes(g));
  parseIsoDate(startDate); // throws RangeError on a malformed date
  const activities = template.activities
    .map(({ weekday, yearGroups: groups, ...rest }): ScheduledActivity => {
      const planned = shift(addTeachingWeeks(startDate, rest.weekOffset, years, nation), weekday - 1);
      const usable = planned >= startDate && isUsableSchoolDay(planned, years, nation);
      const date = usable ? planned : nextUsableSchoolDay(planned >= startDate ? planned : startDate, years, nation);
      return { ...rest, audiences: [...rest.audiences], yearGroups: groups === 'campaign' ? [...yearGroups] : [...groups], status: 'planned', date, movedFromHoliday: date !== planned };
    })
    .sort(byDateAndTime);
  const lastDate = activities.at(-1)?.date;
  const endOfLength = shift(addTeachingWeeks(startDate, Math.max(template.durationWeeks - 1, 0), years, nation), 4);
  return {
    campaign: {
      title: template.title,
      theme: template.theme,
      why: template.why,
      goal: template.goal,
      audiences: [...template.audiences],
      yearGroups,
      startDate,
      endDate: lastDate ?? (endOfLength >= startDate ? endOfLength : startDate),
      status: 'planned',
    },
    activities,
  };
}

function byDateAndTime(a: { date: IsoDate; startTime?: string }, b: { date: IsoDate; startTime?: string }): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return (a.startTime ?? '').localeCompare(b.startTime ?? '');
}

// ── Copying to next year ────────────────────────────────────────────────────────────────────────

/** Y6 → Y7, R → Y1; Y13 leaves (null). */
export function moveYearGroupUp(group: YearGroup): YearGroup | null {
  return YEAR_GROUPS[YEAR_GROUPS.indexOf(group) + 1] ?? null;
}

function movedUp(groups: readonly YearGroup[]): YearGroup[] {
  return groups.map(moveYearGroupUp).filter((g): g is YearGroup => g !== null);
}

/** Where a date lands a year later: same term, teaching week and weekday; +52 weeks when the school's dates don't say. */
export function sameTeachingDayNextYear(date: IsoDate, years: AcademicYearDates[], nation?: Nation): { date: IsoDate; moved: boolean } {
  const place = teachingWeekOf(date, years);
  const term = place && years.find((y) => y.startYear === place.academicYear + 1)?.terms.find((t) => t.term === place.term);
  const weeks = term ? teachingWeeks(term) : [];
  const week = place ? weeks[Math.min(place.week, weeks.length) - 1] : undefined;
  if (!week) return { date: shift(date, 52 * 7), moved: false };
  const candidate = shift(week.monday, (getDay(parseIsoDate(date)) + 6) % 7);
  if (!isUsableSchoolDay(date, years, nation) || isUsableSchoolDay(candidate, years, nation)) return { date: candidate, moved: false };
  const next = nextUsableSchoolDay(candidate, years, nation);
  return { date: next, moved: next !== candidate };
}

export interface CopyableCampaign {
  startDate: IsoDate;
  endDate: IsoDate;
  yearGroups: YearGroup[];
  reviewDate?: IsoDate;
}

export interface CopyableActivity {
  date: IsoDate;
  yearGroups: YearGroup[];
}

type Fresh = 'id' | 'createdAt' | 'updatedAt' | 'isSample';
export type CopiedCampaign<C> = Omit<C, Fresh | 'status' | 'rag'> & { status: 'planned' };
export type CopiedActivity<A> = Omit<A, Fresh | 'campaignId' | 'status' | 'reach' | 'concernsHeard'> & { status: 'planned'; movedFromHoliday: boolean };

/**
 * A copy of a campaign for next academic year. Other fields are kept; ids, timestamps, statuses,
 * RAG rating and what happened (reach, concerns heard) are not: the caller assigns new ids.
 */
export function copyToNextAcademicYear<C extends CopyableCampaign, A extends CopyableActivity>(
  campaign: C,
  activities: readonly A[],
  years: AcademicYearDates[],
  options: { moveYearGroupsUp: boolean; nation?: Nation },
): { campaign: CopiedCampaign<C>; activities: CopiedActivity<A>[] } {
  const { nation } = options;
  const groups = (list: readonly YearGroup[]) => (options.moveYearGroupsUp ? movedUp(list) : [...list]);
  const copied = activities
    .map((activity): CopiedActivity<A> => {
      const { id: _id, campaignId: _campaignId, createdAt: _created, updatedAt: _updated, isSample: _sample, status: _status, reach: _reach, concernsHeard: _heard, ...rest } = activity as A & Record<string, unknown>;
      const next = sameTeachingDayNextYear(activity.date, years, nation);
      return { ...(rest as Omit<A, Fresh | 'campaignId' | 'status' | 'reach' | 'concernsHeard'>), date: next.date, yearGroups: groups(activity.yearGroups), status: 'planned', movedFromHoliday: next.moved };
    })
    .sort(byDateAndTime);

  const { id: _id, createdAt: _created, updatedAt: _updated, isSample: _sample, status: _status, rag: _rag, ...rest } = campaign as C & Record<string, unknown>;
  const dates = copied.map((a) => a.date).sort();
  const mappedStart = sameTeachingDayNextYear(campaign.startDate, years, nation).date;
  const mappedEnd = sameTeachingDayNextYear(campaign.endDate, years, nation).date;
  const startDate = [mappedStart, dates[0]].filter(Boolean).sort()[0]!;
  const endDate = [mappedEnd, dates.at(-1), startDate].filter(Boolean).sort().at(-1)!;
  const nextCampaign = { ...(rest as Omit<C, Fresh | 'status' | 'rag'>), startDate, endDate, yearGroups: groups(campaign.yearGroups), status: 'planned' as const };
  if (campaign.reviewDate) Object.assign(nextCampaign, { reviewDate: sameTeachingDayNextYear(campaign.reviewDate, years, nation).date });
  return { campaign: nextCampaign, activities: copied };
}

// ── Warnings on an activity's date ──────────────────────────────────────────────────────────────

export interface SchedulableActivity {
  id?: string;
  campaignId?: string;
  title: string;
  date: IsoDate;
  yearGroups: YearGroup[];
  status?: string;
}

export interface ActivityWarning {
  kind: 'holiday' | 'half-term' | 'inset' | 'bank-holiday' | 'weekend' | 'outside-campaign' | 'clash';
  message: string;
}

/** Plain-English reasons to look again at an activity's date; [] when there are none. */
export function activityWarnings(
  activity: SchedulableActivity,
  context: { campaign?: { startDate: IsoDate; endDate: IsoDate }; others: readonly SchedulableActivity[]; years: AcademicYearDates[]; nation?: Nation },
): ActivityWarning[] {
  if (!isIsoDate(activity.date)) return [];
  const warnings = dateWarnings(activity.date, context.years, context.nation);
  const { campaign } = context;
  if (campaign && (activity.date < campaign.startDate || activity.date > campaign.endDate)) {
    warnings.push({ kind: 'outside-campaign', message: `This is outside the campaign’s dates (${dateRange(campaign.startDate, campaign.endDate)}).` });
  }
  warnings.push(...clashWarnings(activity, context.others));
  return warnings;
}

/**
 * The warnings that depend only on the day (weekend, a named break, an INSET day, a bank holiday),
 * in a new array. A screen showing many activities on fewer days (the year planner) works them out
 * once per day.
 */
export function dateWarnings(date: IsoDate, years: AcademicYearDates[], nation?: Nation): ActivityWarning[] {
  const warnings: ActivityWarning[] = [];
  if (!isIsoDate(date)) return warnings;
  const place = placeDate(date, years, nation);
  if (place.weekend) warnings.push({ kind: 'weekend', message: `This falls on a ${format(parseIsoDate(date), 'EEEE', { locale: enGB })}.` });
  if (place.status === 'half-term') warnings.push({ kind: 'half-term', message: `This falls in the ${place.name ?? 'half term'}.` });
  if (place.status === 'holiday') warnings.push({ kind: 'holiday', message: `This falls in the ${place.name ?? 'school holiday'}.` });
  if (place.status === 'inset') warnings.push({ kind: 'inset', message: 'This is an INSET day: no pupils in school.' });
  if (place.bankHoliday && !place.weekend && (place.status === 'bank-holiday' || place.status === 'unknown')) {
    warnings.push({ kind: 'bank-holiday', message: `This is a bank holiday: ${place.bankHoliday}.` });
  }
  return warnings;
}

/** Another activity on the same day for a year group this one is also for (cancelled ones never clash). */
export function clashWarnings(activity: SchedulableActivity, others: readonly SchedulableActivity[]): ActivityWarning[] {
  const warnings: ActivityWarning[] = [];
  if (activity.status === 'cancelled') return warnings;
  for (const other of others) {
    if (other === activity || (activity.id !== undefined && other.id === activity.id)) continue;
    if (other.status === 'cancelled' || other.date !== activity.date) continue;
    const shared = YEAR_GROUPS.filter((g) => activity.yearGroups.includes(g) && other.yearGroups.includes(g));
    if (shared.length === 0) continue;
    const verb = shared.length === 1 ? 'has' : 'have';
    warnings.push({ kind: 'clash', message: `${yearGroupsSummary(shared)} already ${verb} “${other.title}” on this day.` });
  }
  return warnings;
}

/** "3 November to 18 December 2026", "20 December 2026 to 8 January 2027" */
function dateRange(start: IsoDate, end: IsoDate): string {
  if (start === end) return formatDateLong(start);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${sameYear ? format(parseIsoDate(start), 'd MMMM', { locale: enGB }) : formatDateLong(start)} to ${formatDateLong(end)}`;
}

// ── A campaign's timeline ───────────────────────────────────────────────────────────────────────

export interface TimelineGroup<A> {
  /** Stable within a school's dates, e.g. "2026-autumn-1", "2026-autumn-half-term", "2026-holiday-christmas", "2027-unknown". */
  key: string;
  /** "Autumn term, first half 2026/27", "October half term 2026/27", "Christmas holiday 2026/27", "Dates without term dates 2027/28" */
  label: string;
  status: 'teaching' | 'half-term' | 'holiday' | 'unknown';
  academicYear: number;
  term?: TermName;
  halfTerm?: 1 | 2;
  activities: A[];
}

/** Activities in date order, grouped by half term, half-term break and holiday, in the order they happen. */
export function groupByTermAndHalfTerm<A extends { date: IsoDate; startTime?: string }>(activities: readonly A[], years: AcademicYearDates[], nation?: Nation): TimelineGroup<A>[] {
  const groups = new Map<string, TimelineGroup<A>>();
  for (const activity of [...activities].sort(byDateAndTime)) {
    const group = timelineGroupOf(activity.date, years, nation);
    const existing = groups.get(group.key);
    if (existing) existing.activities.push(activity);
    else groups.set(group.key, { ...group, activities: [activity] });
  }
  return [...groups.values()];
}

function timelineGroupOf(date: IsoDate, years: AcademicYearDates[], nation?: Nation): Omit<TimelineGroup<never>, 'activities'> {
  const place = placeDate(date, years, nation);
  const ay = place.academicYear;
  const yearLabel = academicYearLabel(ay);
  const { term, halfTerm, status } = place;
  // An INSET day or bank holiday sits in its half of the term; the activity's own warning says why.
  if ((status === 'teaching' || status === 'inset' || status === 'bank-holiday') && term && halfTerm) {
    return { key: `${ay}-${term}-${halfTerm}`, label: `${termLabel(term)} term, ${halfTerm === 1 ? 'first' : 'second'} half ${yearLabel}`, status: 'teaching', academicYear: ay, term, halfTerm };
  }
  if (status === 'half-term' && term) return { key: `${ay}-${term}-half-term`, label: `${place.name ?? `${termLabel(term)} half term`} ${yearLabel}`, status, academicYear: ay, term };
  if (status === 'holiday') {
    const name = place.name ?? 'School holiday';
    return { key: `${ay}-holiday-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`, label: `${name} ${yearLabel}`, status, academicYear: ay };
  }
  return { key: `${ay}-unknown`, label: `Dates without term dates ${yearLabel}`, status: 'unknown', academicYear: ay };
}

// ── The year planner ────────────────────────────────────────────────────────────────────────────

export interface PlannerWeek {
  monday: IsoDate;
  /** "w/c 7 Sep" */
  label: string;
  /**
   * From the week's weekdays inside the academic year: all teaching, all half term, all holiday, a
   * mix, or no term dates. INSET days and bank holidays count as teaching here; `breaks` names them.
   */
  status: 'teaching' | 'half-term' | 'holiday' | 'mixed' | 'unknown';
  term?: TermName;
  /** The term's teaching-week number, for weeks with teaching. */
  teachingWeek?: number;
  /**
   * The named breaks and closed days in the week, in order: "October half term", "Christmas
   * holiday", "INSET day, Friday 2 October", "Bank holiday (Summer), Monday 31 August".
   */
  breaks: string[];
}

/** Days since 1970 of a yyyy-MM-dd date, and back: plain UTC arithmetic, cheap enough for every day of a year. */
const dayNumber = (date: IsoDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const dateOfDay = (day: number): IsoDate => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Every week (Monday to Sunday) with a weekday in the academic year `startYear`, from the school's
 * first day of term (the week holding it, whatever the weekday) to the day before the next year's.
 * Each day is placed by placeDate (shared/calendar.ts), so the planner and the rest of the app
 * agree on every day; a year of weekdays is a few hundred look-ups, cheap on every visit.
 */
export function planYearWeeks(startYear: number, years: AcademicYearDates[], nation?: Nation): PlannerWeek[] {
  const bounds = academicYearBounds(startYear, years);
  const terms = (years.find((y) => y.startYear === startYear)?.terms ?? []).filter(
    (t) => [t.start, t.halfTermStart, t.halfTermEnd, t.end].every(isIsoDate) && t.start <= t.end,
  );
  const numbering = new Map<TermName, Map<IsoDate, number>>(terms.map((term) => [term.term, new Map(teachingWeeks(term).map((w) => [w.monday, w.index]))]));
  const first = dayNumber(bounds.start);
  const last = dayNumber(bounds.end);
  const weeks: PlannerWeek[] = [];
  // 1 January 1970 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  for (let mondayDay = first - ((first + 3) % 7); mondayDay <= last; mondayDay += 7) {
    const monday = dateOfDay(mondayDay);
    const days = [0, 1, 2, 3, 4].filter((d) => mondayDay + d >= first && mondayDay + d <= last).map((d) => dateOfDay(mondayDay + d));
    if (days.length === 0) continue; // the year starts on a weekend
    const places = days.map((day) => ({ day, ...placeDate(day, years, nation) }));
    const statuses = new Set(places.map((p): PlannerWeek['status'] => (p.status === 'inset' || p.status === 'bank-holiday' ? 'teaching' : p.status)));
    const breaks: string[] = [];
    for (const p of places) {
      if (p.status === 'inset' || (p.bankHoliday && (p.status === 'bank-holiday' || p.status === 'unknown'))) {
        breaks.push(`${p.status === 'inset' ? 'INSET day' : p.bankHoliday}, ${formatWeekday(p.day).replace(/ \d{4}$/, '')}`);
      } else if (p.name && !breaks.includes(p.name)) breaks.push(p.name);
    }
    const week: PlannerWeek = {
      monday,
      label: `w/c ${format(parseIsoDate(monday), 'd MMM', { locale: enGB })}`,
      status: statuses.size === 1 ? [...statuses][0]! : 'mixed',
      breaks,
    };
    const term = places.find((p) => p.term)?.term;
    if (term) week.term = term;
    const teachingTerm = places.find((p) => p.status === 'teaching' || p.status === 'inset' || p.status === 'bank-holiday')?.term;
    const teachingWeek = teachingTerm ? numbering.get(teachingTerm)?.get(monday) : undefined;
    if (teachingWeek) week.teachingWeek = teachingWeek;
    weeks.push(week);
  }
  return weeks;
}
