/**
 * Calendar export (.ics, RFC 5545) so a lead and the MHST can put a campaign's activities in
 * Outlook or Google Calendar. The only module that imports the `ics` library: the renderer loads
 * it lazily, so the generator's dependencies stay out of start-up.
 *
 * Times. School activities happen at UK wall-clock times. The `ics` library cannot write a
 * VTIMEZONE, and a bare TZID=Europe/London without one is ignored by some versions of Outlook,
 * while "floating" times (no zone) are read by some calendars (Outlook on the web among them) as
 * UTC, an hour out all summer.
 * So timed events are written in UTC ("…Z"), converted from UK time here with the UK's fixed
 * daylight-saving rule; every calendar shows a UTC time correctly in the user's own zone.
 * All-day events (no start time) are plain DATE values, which every calendar treats as the day.
 *
 * Updates. The UID is the caller's stable id (e.g. "<activity id>@upstream.app"), so importing a
 * newer export updates events instead of duplicating them. When the caller passes `updatedAt`,
 * LAST-MODIFIED is that time and SEQUENCE counts seconds since 2024 (it only ever grows, as
 * Outlook expects of a newer version, without storing a counter).
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { IsoDate } from './domain';

export interface CalendarEvent {
  /** Stable across exports, e.g. `${activity.id}@upstream.app`. */
  uid: string;
  title: string;
  date: IsoDate;
  /** "HH:mm" UK time; none for an all-day event. */
  startTime?: string;
  /** Defaults to 60 for a timed event. */
  durationMinutes?: number;
  location?: string;
  description?: string;
  status?: 'planned' | 'done' | 'cancelled';
  /** When the activity last changed (ISO timestamp): sets LAST-MODIFIED and SEQUENCE. */
  updatedAt?: string;
}

export const ICS_PRODUCT_ID = '-//Upstream//Campaign planner//EN';
const DEFAULT_MINUTES = 60;
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/**
 * One VCALENDAR holding every event. `options.now` fixes DTSTAMP (when the file was made), which
 * otherwise is the current time. Throws an Error naming the problem if an event cannot be written.
 */
export function buildIcs(events: readonly CalendarEvent[], calendarName: string, options: { now?: Date } = {}): string {
  const timestamp = (options.now ?? new Date()).getTime();
  const attributes = events.map((event, index) => toAttributes(event, index, timestamp));
  const { error, value } = createEvents(attributes, { productId: ICS_PRODUCT_ID, method: 'PUBLISH', calName: calendarName.trim() || 'Upstream' });
  if (error || !value) {
    const detail = (error as { message?: string; errors?: string[] } | null)?.errors?.join('; ') || error?.message || 'unknown problem';
    throw new Error(`Could not make the calendar file: ${detail}`);
  }
  return refold(value);
}

function toAttributes(event: CalendarEvent, index: number, timestamp: number): EventAttributes & { timestamp: number } {
  const where = `event ${index + 1} (“${event.title}”)`;
  const [year, month, day] = dateParts(event.date, where);
  if (!event.uid?.trim()) throw new Error(`Could not make the calendar file: ${where} has no id.`);
  const base = {
    uid: event.uid,
    title: event.title,
    timestamp,
    status: event.status === 'cancelled' ? ('CANCELLED' as const) : ('CONFIRMED' as const),
    ...(event.location ? { location: event.location } : {}),
    ...(event.description ? { description: event.description } : {}),
    ...updateFields(event.updatedAt, where),
  };
  if (!event.startTime) {
    // DTEND is exclusive: an all-day event ends at the start of the next day. Shown as free time.
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    const end: DateArray = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
    return { ...base, start: [year, month, day], end, transp: 'TRANSPARENT', busyStatus: 'FREE' };
  }
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(event.startTime);
  if (!time) throw new Error(`Could not make the calendar file: ${where} has a start time that is not HH:mm.`);
  const minutes = event.durationMinutes && event.durationMinutes > 0 ? Math.round(event.durationMinutes) : DEFAULT_MINUTES;
  const start = ukTimeToUtc(year, month, day, Number(time[1]), Number(time[2]));
  // DTEND rather than DURATION: every calendar reads it.
  const end = new Date(Date.UTC(start[0], start[1] - 1, start[2], start[3], (start[4] ?? 0) + minutes));
  return {
    ...base,
    start,
    end: [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate(), end.getUTCHours(), end.getUTCMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    transp: 'OPAQUE',
    busyStatus: 'BUSY',
  };
}

function dateParts(date: IsoDate, where: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parts = match ? ([Number(match[1]), Number(match[2]), Number(match[3])] as [number, number, number]) : null;
  const check = parts && new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
  if (!parts || !check || check.getUTCMonth() !== parts[1] - 1 || check.getUTCDate() !== parts[2]) {
    throw new Error(`Could not make the calendar file: ${where} does not have a real date.`);
  }
  return parts;
}

function updateFields(updatedAt: string | undefined, where: string): { lastModified?: number; sequence?: number } {
  if (!updatedAt) return {};
  const at = Date.parse(updatedAt);
  if (Number.isNaN(at)) throw new Error(`Could not make the calendar file: ${where} has an unreadable change time.`);
  return { lastModified: at, sequence: Math.max(0, Math.floor((at - SEQUENCE_EPOCH) / 1000)) };
}

/**
 * UK wall-clock time to UTC. British Summer Time runs from 01:00 UTC on the last Sunday of March
 * to 01:00 UTC on the last Sunday of October (UK law since 1998); outside it the UK is on UTC.
 * In the repeated hour at the October change the first (BST) reading is used.
 */
export function ukTimeToUtc(year: number, month: number, day: number, hour: number, minute: number): DateArray {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const bstStartsLocal = Date.UTC(year, 2, lastSunday(year, 2), 2); // 01:00 GMT is 02:00 on the clock
  const bstEndsLocal = Date.UTC(year, 9, lastSunday(year, 9), 2); // 01:00 GMT is 02:00 BST on the clock
  const instant = new Date(asUtc >= bstStartsLocal && asUtc < bstEndsLocal ? asUtc - 3_600_000 : asUtc);
  return [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(), instant.getUTCHours(), instant.getUTCMinutes()];
}

/** Day of the month of the last Sunday in `monthIndex` (0-based). */
function lastSunday(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * The `ics` library folds lines at 75 characters; RFC 5545 says 75 octets, which Welsh letters and
 * emoji exceed. Unfold and fold again by UTF-8 length, never splitting a character.
 */
function refold(text: string): string {
  const lines = text.replace(/\r\n[\t ]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const code = char.codePointAt(0)!;
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
