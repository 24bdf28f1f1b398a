import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, ICS_PRODUCT_ID, ukTimeToUtc, type CalendarEvent } from '../../shared/ics';

const NOW = new Date(Date.UTC(2026, 9, 1, 9, 30));

const events: CalendarEvent[] = [
  { uid: 'a1@upstream.app', title: 'Launch assembly: why sleep matters', date: '2026-11-24', startTime: '08:45', durationMinutes: 20, location: 'Main hall', status: 'planned' },
  { uid: 'a2@upstream.app', title: 'Sleep hygiene page goes live', date: '2026-11-25' },
  { uid: 'a3@upstream.app', title: 'Helping your child sleep well', date: '2027-06-10', startTime: '18:00', durationMinutes: 90, status: 'cancelled', description: 'With the MHST' },
];

function parse(ics: string): { calendar: ICAL.Component; vevents: ICAL.Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

function value(component: ICAL.Component, name: string): string {
  const found = component.getFirstPropertyValue(name);
  return found === null ? '' : String(found);
}

describe('buildIcs', () => {
  const ics = buildIcs(events, 'Sleep well this winter', { now: NOW });
  const { calendar, vevents } = parse(ics);

  it('makes one VEVENT per activity, with the calendar named and Upstream as the product', () => {
    expect(vevents).toHaveLength(3);
    expect(value(calendar, 'prodid')).toBe(ICS_PRODUCT_ID);
    expect(value(calendar, 'x-wr-calname')).toBe('Sleep well this winter');
    expect(value(calendar, 'version')).toBe('2.0');
    expect(vevents.map((e) => value(e, 'uid'))).toEqual(['a1@upstream.app', 'a2@upstream.app', 'a3@upstream.app']);
    expect(vevents.map((e) => value(e, 'summary'))).toEqual(events.map((e) => e.title));
    expect(ics).toMatch(/\r\n$/);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('writes timed events in UTC from UK time: GMT in November, BST in June', () => {
    const [assembly, , workshop] = vevents;
    const start = assembly!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(false);
    expect(start.toICALString()).toBe('20261124T084500Z');
    expect((assembly!.getFirstPropertyValue('dtend') as ICAL.Time).toICALString()).toBe('20261124T090500Z');
    expect(new ICAL.Event(assembly).duration.toSeconds()).toBe(20 * 60);
    expect((workshop!.getFirstPropertyValue('dtstart') as ICAL.Time).toICALString()).toBe('20270610T170000Z');
    expect(new ICAL.Event(workshop).endDate.toICALString()).toBe('20270610T183000Z');
    expect(value(assembly!, 'location')).toBe('Main hall');
    expect(value(assembly!, 'transp')).toBe('OPAQUE');
  });

  it('writes all-day events as dates ending the next day, shown as free', () => {
    const page = vevents[1]!;
    const start = page.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-11-25');
    expect((page.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-11-26');
    expect(value(page, 'transp')).toBe('TRANSPARENT');
  });

  it('marks cancelled activities as cancelled and the rest as confirmed', () => {
    expect(vevents.map((e) => value(e, 'status'))).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
  });

  it('gives the same UIDs and text for the same input, so a re-import updates events', () => {
    const again = buildIcs(events, 'Sleep well this winter', { now: NOW });
    expect(again).toBe(ics);
    const later = parse(buildIcs(events, 'Sleep well this winter'));
    expect(later.vevents.map((e) => value(e, 'uid'))).toEqual(vevents.map((e) => value(e, 'uid')));
    expect(value(vevents[0]!, 'dtstamp')).toBe('2026-10-01T09:30:00Z');
  });

  it('sets LAST-MODIFIED and a SEQUENCE that grows with each change', () => {
    const sequenceAt = (updatedAt: string) => {
      const [event] = parse(buildIcs([{ ...events[0]!, updatedAt }], 'x', { now: NOW })).vevents;
      return { sequence: Number(value(event!, 'sequence')), modified: value(event!, 'last-modified') };
    };
    const first = sequenceAt('2026-10-01T10:00:00.000Z');
    const second = sequenceAt('2026-10-02T08:00:00.000Z');
    expect(first.modified).toBe('2026-10-01T10:00:00Z');
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(second.sequence).toBeLessThan(2 ** 31);
  });

  it('keeps commas, semicolons, new lines, emoji and Welsh letters intact', () => {
    const title = 'Sgwrs soffa 🛋️: “Beth sy’n bwysig?”, te; bisgedi — ŵ ŷ';
    const description = 'Line one, with a comma;\nline two 😴\nBackslash \\ too. ' + 'Llanfairpwllgwyngyll ŵ '.repeat(8);
    const [event] = parse(buildIcs([{ uid: 'w1@upstream.app', title, description, location: 'Ystafell 1, Bloc B; llawr 2', date: '2026-11-24' }], 'Calendr ŵ, Cymru', { now: NOW })).vevents;
    expect(value(event!, 'summary')).toBe(title);
    expect(value(event!, 'description')).toBe(description);
    expect(value(event!, 'location')).toBe('Ystafell 1, Bloc B; llawr 2');
  });

  it('makes a valid calendar with no events', () => {
    const { calendar: empty, vevents: none } = parse(buildIcs([], 'Nothing yet', { now: NOW }));
    expect(none).toEqual([]);
    expect(value(empty, 'x-wr-calname')).toBe('Nothing yet');
  });

  it('throws a clear error for a date or time it cannot write', () => {
    expect(() => buildIcs([{ ...events[0]!, date: '2026-02-30' }], 'x')).toThrow('Could not make the calendar file: event 1 (“Launch assembly: why sleep matters”) does not have a real date.');
    expect(() => buildIcs([{ ...events[0]!, startTime: '8.45' }], 'x')).toThrow(/start time/);
    expect(() => buildIcs([{ ...events[0]!, uid: ' ' }], 'x')).toThrow('Could not make the calendar file: event 1 (“Launch assembly: why sleep matters”) has no id.');
    // Anything the ics library itself refuses comes back as an Error too.
    expect(() => buildIcs([{ ...events[0]!, title: 42 as unknown as string }], 'x')).toThrow(/^Could not make the calendar file: .*title/);
  });
});

describe('ukTimeToUtc', () => {
  it('follows British Summer Time, changing on the last Sundays of March and October', () => {
    expect(ukTimeToUtc(2027, 3, 27, 9, 0)).toEqual([2027, 3, 27, 9, 0]); // Saturday before the clocks go forward
    expect(ukTimeToUtc(2027, 3, 28, 9, 0)).toEqual([2027, 3, 28, 8, 0]);
    expect(ukTimeToUtc(2026, 10, 24, 18, 0)).toEqual([2026, 10, 24, 17, 0]);
    expect(ukTimeToUtc(2026, 10, 25, 18, 0)).toEqual([2026, 10, 25, 18, 0]);
    expect(ukTimeToUtc(2026, 7, 1, 0, 30)).toEqual([2026, 6, 30, 23, 30]);
  });
});
