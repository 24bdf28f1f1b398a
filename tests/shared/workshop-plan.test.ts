import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  agendaTimings,
  checkSlot,
  dropIndex,
  exportProblems,
  formatClockTime,
  linesOf,
  moveById,
  moveItem,
  parseClockTime,
  slotWarning,
  totalSummary,
  validateWorkshopPlan,
} from '../../shared/workshop-plan';
import { FileFormatError } from '../../shared/file-format';
import { parseWorkshopTemplate } from '../../shared/workshop-templates';

const section = (id: string, minutes: number, title = `Section ${id}`) => ({ id, title, minutes });

describe('clock times', () => {
  it('reads only 24-hour HH:mm times', () => {
    expect(parseClockTime('18:00')).toBe(18 * 60);
    expect(parseClockTime('08:45')).toBe(8 * 60 + 45);
    expect(parseClockTime('00:00')).toBe(0);
    for (const bad of ['', '9:30', '24:00', '18:60', '6pm', undefined]) expect(parseClockTime(bad)).toBeNull();
  });

  it('formats minutes since midnight, wrapping past midnight', () => {
    expect(formatClockTime(18 * 60 + 5)).toBe('18:05');
    expect(formatClockTime(0)).toBe('00:00');
    expect(formatClockTime(24 * 60 + 15)).toBe('00:15');
    expect(formatClockTime(-30)).toBe('23:30');
  });
});

describe('running and clock times', () => {
  it('gives each section its running time and clock times from the start time', () => {
    const timings = agendaTimings([section('a', 5), section('b', 10), section('c', 15)], '18:00');
    expect(timings.sections.map((s) => [s.startOffset, s.endOffset, s.startClock, s.endClock])).toEqual([
      [0, 5, '18:00', '18:05'],
      [5, 15, '18:05', '18:15'],
      [15, 30, '18:15', '18:30'],
    ]);
    expect(timings.totalMinutes).toBe(30);
    expect(timings.endClock).toBe('18:30');
  });

  it('gives running times only when there is no (valid) start time', () => {
    const timings = agendaTimings([section('a', 20), section('b', 30)], '');
    expect(timings.sections[1]).toMatchObject({ startOffset: 20, endOffset: 50 });
    expect(timings.sections[1]!.startClock).toBeUndefined();
    expect(timings.endClock).toBeUndefined();
    expect(agendaTimings([section('a', 20)], '7pm').endClock).toBeUndefined();
  });

  it('counts sections with unusable minutes as 0, so the rest still add up while they are fixed', () => {
    const timings = agendaTimings([section('a', 10), section('b', 0), section('c', -5), section('d', Number.NaN), section('e', 2.5), section('f', 5)], '09:00');
    expect(timings.totalMinutes).toBe(15);
    expect(timings.sections[5]).toMatchObject({ startClock: '09:10', endClock: '09:15' });
  });

  it('an empty agenda lasts 0 minutes and ends when it starts', () => {
    expect(agendaTimings([], '13:40')).toEqual({ sections: [], totalMinutes: 0, endClock: '13:40' });
  });
});

describe('total against the slot', () => {
  it('fits, fits exactly, runs over, or has no slot', () => {
    expect(checkSlot(55, 60)).toEqual({ status: 'fits', totalMinutes: 55, spareMinutes: 5 });
    expect(checkSlot(60, 60)).toEqual({ status: 'fits', totalMinutes: 60, spareMinutes: 0 });
    expect(checkSlot(65, 60)).toEqual({ status: 'over', totalMinutes: 65, overMinutes: 5 });
    expect(checkSlot(65, undefined)).toEqual({ status: 'no-slot', totalMinutes: 65 });
    expect(checkSlot(65, 0).status).toBe('no-slot');
  });

  it('warns in words only when the agenda runs over', () => {
    expect(slotWarning(65, 60)).toBe('The agenda runs 5 minutes over the 60-minute slot. Shorten a section or ask for a longer slot.');
    expect(slotWarning(61, 60)).toMatch(/^The agenda runs 1 minute over/);
    expect(slotWarning(60, 60)).toBeNull();
    expect(slotWarning(90, undefined)).toBeNull();
  });

  it('sums up the total for the editor and the facilitator plan', () => {
    expect(totalSummary(55, 60)).toBe('Total 55 minutes of a 60-minute slot (5 to spare).');
    expect(totalSummary(60, 60)).toBe('Total 60 minutes of a 60-minute slot.');
    expect(totalSummary(70, 60)).toBe('Total 70 minutes: 10 over the 60-minute slot.');
    expect(totalSummary(1, undefined)).toBe('Total 1 minute.');
  });
});

describe('validating a plan', () => {
  const plan = (patch: Partial<Parameters<typeof validateWorkshopPlan>[0]> = {}) => ({ title: 'Helping your child sleep well', agenda: [section('a', 10)], ...patch });

  it('accepts a good plan, and an empty agenda (export explains what it needs instead)', () => {
    expect(validateWorkshopPlan(plan())).toEqual({});
    expect(validateWorkshopPlan(plan({ agenda: [] }))).toEqual({});
  });

  it('requires a title', () => {
    expect(validateWorkshopPlan(plan({ title: '   ' }))).toEqual({ title: 'Give the workshop plan a title.' });
    expect(validateWorkshopPlan(plan({ title: 'x'.repeat(161) }))['title']).toMatch(/160 characters/);
  });

  it('puts an error beside each section with 0, negative, fractional or missing minutes, keyed by the section id', () => {
    const errors = validateWorkshopPlan(plan({ agenda: [section('ok', 5), section('zero', 0), section('neg', -5), section('half', 2.5), section('none', Number.NaN), section('huge', 601)] }));
    expect(errors).toEqual({
      'agenda.zero.minutes': 'A section needs at least 1 minute.',
      'agenda.neg.minutes': 'A section needs at least 1 minute.',
      'agenda.half.minutes': 'Enter the minutes as a whole number, such as 10.',
      'agenda.none.minutes': 'Enter the minutes as a whole number, such as 10.',
      'agenda.huge.minutes': 'Keep a section to 600 minutes or fewer.',
    });
  });

  it('requires each section to have a title', () => {
    expect(validateWorkshopPlan(plan({ agenda: [section('a', 5), section('b', 5, ' ')] }))).toEqual({ 'agenda.b.title': 'Give section 2 a title.' });
  });

  it('checks the date, start time and slot only when they are given', () => {
    expect(validateWorkshopPlan(plan({ date: '2026-02-30', startTime: '25:00', slotMinutes: 0 }))).toEqual({
      date: 'Enter a real date, or leave it empty.',
      startTime: 'Enter a 24-hour time such as 18:00, or leave it empty.',
      slotMinutes: 'The slot must be a whole number of minutes from 1 to 600, or empty.',
    });
    expect(validateWorkshopPlan(plan({ date: '', startTime: '', slotMinutes: undefined }))).toEqual({});
    expect(validateWorkshopPlan(plan({ slotMinutes: Number.NaN }))).toHaveProperty('slotMinutes');
  });

  it('explains why a plan cannot be exported yet', () => {
    expect(exportProblems(plan())).toEqual([]);
    expect(exportProblems(plan({ agenda: [] }))).toEqual(['Add at least one agenda section before exporting: the handout, facilitator plan and slides are built from the agenda.']);
    expect(exportProblems(plan({ agenda: [section('a', 0)] }))).toEqual(['Fix the fields marked in the plan, then save it, before exporting.']);
  });
});

describe('reordering', () => {
  const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const ids = (l: { id: string }[]) => l.map((x) => x.id).join('');

  it('moves an item to a new index without changing the original', () => {
    expect(ids(moveItem(list, 0, 2))).toBe('bcad');
    expect(ids(moveItem(list, 3, 0))).toBe('dabc');
    expect(ids(moveItem(list, 1, 99))).toBe('acdb');
    expect(ids(moveItem(list, 7, 0))).toBe('abcd');
    expect(ids(list)).toBe('abcd');
  });

  it('moves by id one place up or down, and not past either end', () => {
    expect(ids(moveById(list, 'b', -1))).toBe('bacd');
    expect(ids(moveById(list, 'b', 1))).toBe('acbd');
    expect(ids(moveById(list, 'a', -1))).toBe('abcd');
    expect(ids(moveById(list, 'd', 1))).toBe('abcd');
    expect(ids(moveById(list, 'x', 1))).toBe('abcd');
  });

  it('drops before or after the target, whichever half it lands on', () => {
    expect(ids(moveItem(list, 3, dropIndex(3, 0, false)))).toBe('dabc');
    expect(ids(moveItem(list, 0, dropIndex(0, 2, true)))).toBe('bcad');
    expect(ids(moveItem(list, 0, dropIndex(0, 2, false)))).toBe('bacd');
    expect(ids(moveItem(list, 2, dropIndex(2, 1, true)))).toBe('abcd');
  });
});

describe('lists typed one per line', () => {
  it('keeps non-empty trimmed lines', () => {
    expect(linesOf('  Wellbeing lead \n\n MHST practitioner\r\n')).toEqual(['Wellbeing lead', 'MHST practitioner']);
    expect(linesOf('')).toEqual([]);
  });
});

describe('the built-in workshop templates', () => {
  const folder = path.resolve(__dirname, '../../resources/templates/workshops');
  const templates = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: f, template: parseWorkshopTemplate(fs.readFileSync(path.join(folder, f), 'utf8')) }));

  it('ships the four workshops the issue asks for, each filling its slot exactly', () => {
    const byId = Object.fromEntries(templates.map(({ template }) => [template.id, template]));
    expect(Object.keys(byId).sort()).toEqual(['parent-sleep-workshop', 'sleep-assembly', 'staff-sleep-briefing', 'year-11-exam-stress']);
    expect(byId['parent-sleep-workshop']).toMatchObject({ title: 'Helping your child sleep well', audience: 'parents', slotMinutes: 60 });
    expect(byId['year-11-exam-stress']).toMatchObject({ title: 'Exam stress: tools that help', audience: 'pupils', yearGroups: ['Y11'], slotMinutes: 50 });
    expect(byId['staff-sleep-briefing']).toMatchObject({ title: 'Spotting sleep problems', audience: 'staff', slotMinutes: 20 });
    expect(byId['sleep-assembly']).toMatchObject({ audience: 'pupils', slotMinutes: 15 });
    for (const { template } of templates) {
      expect(agendaTimings(template.agenda).totalMinutes, template.id).toBe(template.slotMinutes);
      expect(template.keyMessages.length, template.id).toBeGreaterThan(0);
    }
  });

  it('names the file after the template id', () => {
    for (const { file, template } of templates) expect(file).toBe(`${template.id}.json`);
  });

  it('teaches the four CBT tools in the Year 11 workshop, in order', () => {
    const y11 = templates.find((t) => t.template.id === 'year-11-exam-stress')!.template;
    const titles = y11.agenda.map((s) => s.title);
    const order = ['Notice the thought', 'Question it', 'Ground yourself', 'Breathe'].map((t) => titles.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('refuses a damaged template, naming the field', () => {
    const good = JSON.parse(fs.readFileSync(path.join(folder, 'sleep-assembly.json'), 'utf8')) as Record<string, unknown>;
    expect(() => parseWorkshopTemplate('{not json')).toThrow(FileFormatError);
    expect(() => parseWorkshopTemplate({ ...good, format: 'something-else' })).toThrow(/not an Upstream workshop template/);
    expect(() => parseWorkshopTemplate({ ...good, formatVersion: 2 })).toThrow(/newer version of Upstream/);
    expect(() => parseWorkshopTemplate({ ...good, audience: 'governors' })).toThrow(/parents, pupils or staff/);
    expect(() => parseWorkshopTemplate({ ...good, agenda: [] })).toThrow(/at least one section/);
    try {
      parseWorkshopTemplate({ ...good, agenda: [{ title: 'Hook', minutes: 0 }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ field: 'agenda[0].minutes', message: 'Section 1 (“Hook”): A section needs at least 1 minute.' });
    }
  });
});
