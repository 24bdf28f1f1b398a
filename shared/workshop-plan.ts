/**
 * Workshop plans: the agenda's running and clock times, the total against the slot, what makes a
 * plan savable and exportable, and moving agenda sections. Pure TypeScript, used by the editor, the
 * print views and the tests alike.
 *
 * Times are "HH:mm" (24-hour), lengths whole minutes. Field errors are keyed like the other editors'
 * ("title", "startTime") and, for agenda sections, by the section's id ("agenda.<id>.minutes"), so an
 * error stays beside its section when sections move.
 */
import { isIsoDate } from './calendar';
import type { FieldErrors } from './school-settings';

export const WORKSHOP_AUDIENCES = ['parents', 'pupils', 'staff'] as const;
export type WorkshopAudience = (typeof WORKSHOP_AUDIENCES)[number];

export const WORKSHOP_TITLE_MAX = 160;
/** The longest a single section or a whole slot may be: a school day. */
export const WORKSHOP_MINUTES_MAX = 600;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 24 * 60;

// ── Clock times ─────────────────────────────────────────────────────────────────────────────────

/** Minutes since midnight for "HH:mm"; null for anything else (including "" and "9:30"). */
export function parseClockTime(value: string | undefined): number | null {
  const match = value === undefined ? null : CLOCK_TIME.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "HH:mm" for minutes since midnight; a time past midnight wraps to the next day's clock. */
export function formatClockTime(minutes: number): string {
  const wrapped = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** A section's length as it counts towards running time: a usable whole number of minutes, else 0. */
export function countedMinutes(minutes: number): number {
  return Number.isInteger(minutes) && minutes > 0 && minutes <= WORKSHOP_MINUTES_MAX ? minutes : 0;
}

// ── Running times ───────────────────────────────────────────────────────────────────────────────

export interface TimedSection<S> {
  section: S;
  /** Minutes from the start of the workshop to this section's start and end. */
  startOffset: number;
  endOffset: number;
  /** Clock times, when the plan has a start time. */
  startClock?: string;
  endClock?: string;
}

export interface AgendaTimings<S> {
  sections: TimedSection<S>[];
  totalMinutes: number;
  /** When the last section ends, when the plan has a start time. */
  endClock?: string;
}

/**
 * Running time per section and clock times from the start time. Sections whose minutes are not yet
 * valid (0, negative, not a whole number) count as 0, so the rest of the agenda still adds up while
 * the lead fixes them.
 */
export function agendaTimings<S extends { minutes: number }>(agenda: readonly S[], startTime?: string): AgendaTimings<S> {
  const start = parseClockTime(startTime);
  let offset = 0;
  const sections = agenda.map((section) => {
    const startOffset = offset;
    offset += countedMinutes(section.minutes);
    const timed: TimedSection<S> = { section, startOffset, endOffset: offset };
    if (start !== null) {
      timed.startClock = formatClockTime(start + startOffset);
      timed.endClock = formatClockTime(start + offset);
    }
    return timed;
  });
  const result: AgendaTimings<S> = { sections, totalMinutes: offset };
  if (start !== null) result.endClock = formatClockTime(start + offset);
  return result;
}

export type SlotCheck = { status: 'no-slot'; totalMinutes: number } | { status: 'fits'; totalMinutes: number; spareMinutes: number } | { status: 'over'; totalMinutes: number; overMinutes: number };

/** The agenda's total against the slot the workshop has. */
export function checkSlot(totalMinutes: number, slotMinutes: number | undefined): SlotCheck {
  if (slotMinutes === undefined || !Number.isInteger(slotMinutes) || slotMinutes < 1) return { status: 'no-slot', totalMinutes };
  if (totalMinutes > slotMinutes) return { status: 'over', totalMinutes, overMinutes: totalMinutes - slotMinutes };
  return { status: 'fits', totalMinutes, spareMinutes: slotMinutes - totalMinutes };
}

const minutesText = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);

/** "The agenda runs 5 minutes over the 60-minute slot." (null when it fits or there is no slot) */
export function slotWarning(totalMinutes: number, slotMinutes: number | undefined): string | null {
  const check = checkSlot(totalMinutes, slotMinutes);
  if (check.status !== 'over') return null;
  return `The agenda runs ${minutesText(check.overMinutes)} over the ${slotMinutes}-minute slot. Shorten a section or ask for a longer slot.`;
}

/** "Total 55 minutes of a 60-minute slot (5 to spare)." */
export function totalSummary(totalMinutes: number, slotMinutes: number | undefined): string {
  const check = checkSlot(totalMinutes, slotMinutes);
  if (check.status === 'no-slot') return `Total ${minutesText(totalMinutes)}.`;
  if (check.status === 'fits') return `Total ${minutesText(totalMinutes)} of a ${slotMinutes}-minute slot${check.spareMinutes > 0 ? ` (${check.spareMinutes} to spare)` : ''}.`;
  return `Total ${minutesText(totalMinutes)}: ${check.overMinutes} over the ${slotMinutes}-minute slot.`;
}

// ── Validation ──────────────────────────────────────────────────────────────────────────────────

export interface ValidatableSection {
  id: string;
  title: string;
  minutes: number;
}

export interface ValidatablePlan {
  title: string;
  date?: string | undefined;
  startTime?: string | undefined;
  slotMinutes?: number | undefined;
  agenda: readonly ValidatableSection[];
}

/** The error for a section's minutes, or undefined when they are fine. */
export function sectionMinutesError(minutes: number): string | undefined {
  if (!Number.isFinite(minutes) || !Number.isInteger(minutes)) return 'Enter the minutes as a whole number, such as 10.';
  if (minutes <= 0) return 'A section needs at least 1 minute.';
  if (minutes > WORKSHOP_MINUTES_MAX) return `Keep a section to ${WORKSHOP_MINUTES_MAX} minutes or fewer.`;
  return undefined;
}

/**
 * What stops a plan being saved: a missing title, a date or time that is not real, a slot or a
 * section length that is not a positive whole number of minutes, a section without a title. An empty
 * agenda is allowed (a plan is often started before its agenda); exportProblems() explains why it
 * cannot be exported yet.
 */
export function validateWorkshopPlan(plan: ValidatablePlan): FieldErrors {
  const errors: FieldErrors = {};
  const title = plan.title.trim();
  if (title === '') errors['title'] = 'Give the workshop plan a title.';
  else if (title.length > WORKSHOP_TITLE_MAX) errors['title'] = `Keep the title to ${WORKSHOP_TITLE_MAX} characters or fewer.`;
  if (plan.date && !isIsoDate(plan.date)) errors['date'] = 'Enter a real date, or leave it empty.';
  if (plan.startTime && parseClockTime(plan.startTime) === null) errors['startTime'] = 'Enter a 24-hour time such as 18:00, or leave it empty.';
  if (plan.slotMinutes !== undefined) {
    const slot = plan.slotMinutes;
    if (!Number.isInteger(slot) || slot < 1 || slot > WORKSHOP_MINUTES_MAX) errors['slotMinutes'] = `The slot must be a whole number of minutes from 1 to ${WORKSHOP_MINUTES_MAX}, or empty.`;
  }
  plan.agenda.forEach((section, index) => {
    if (section.title.trim() === '') errors[`agenda.${section.id}.title`] = `Give section ${index + 1} a title.`;
    const minutes = sectionMinutesError(section.minutes);
    if (minutes) errors[`agenda.${section.id}.minutes`] = minutes;
  });
  return errors;
}

/** Why a saved plan cannot be exported yet, in words; empty when it can. */
export function exportProblems(plan: ValidatablePlan): string[] {
  const problems: string[] = [];
  if (plan.agenda.length === 0) problems.push('Add at least one agenda section before exporting: the handout, facilitator plan and slides are built from the agenda.');
  const errors = validateWorkshopPlan(plan);
  if (Object.keys(errors).length > 0) problems.push('Fix the fields marked in the plan, then save it, before exporting.');
  return problems;
}

// ── Reordering ──────────────────────────────────────────────────────────────────────────────────

/** A copy of `list` with the item at `from` moved to `to` (both clamped into range). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** Moves the item with `id` one place up (-1) or down (+1); unchanged at either end or when absent. */
export function moveById<T extends { id: string }>(list: readonly T[], id: string, direction: -1 | 1): T[] {
  const from = list.findIndex((item) => item.id === id);
  if (from === -1) return [...list];
  return moveItem(list, from, from + direction);
}

/**
 * Where a dragged item lands when dropped on `overIndex`: on the upper half of the target it goes
 * before it, on the lower half after it (indexes as in the list before the move).
 */
export function dropIndex(fromIndex: number, overIndex: number, dropAfter: boolean): number {
  let target = dropAfter ? overIndex + 1 : overIndex;
  if (fromIndex < target) target -= 1;
  return target;
}

// ── Lists typed one per line ────────────────────────────────────────────────────────────────────

/** "one per line" text → trimmed, non-empty lines. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
