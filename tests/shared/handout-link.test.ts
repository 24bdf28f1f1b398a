import { describe, expect, it } from 'vitest';
import { checkHandoutLink, isHandoutLink } from '../../shared/handout-link';
import { recordProblem } from '../../shared/model';
import parentWorkshop from '../../resources/templates/workshops/parent-sleep-workshop.json';
import { parseWorkshopTemplate } from '../../shared/workshop-templates';

describe('the web page a handout’s QR code opens', () => {
  it('accepts https and http addresses, and empty for no code', () => {
    expect(checkHandoutLink(' https://www.riverside.sch.uk/sleep ')).toEqual({ ok: true, url: 'https://www.riverside.sch.uk/sleep' });
    expect(checkHandoutLink('http://riverside.sch.uk')).toEqual({ ok: true, url: 'http://riverside.sch.uk/' });
    expect(checkHandoutLink('')).toEqual({ ok: true, url: undefined });
  });

  it.each([
    ['javascript:alert(1)', /only link to a web page/],
    ['ftp://files.riverside.sch.uk/sleep', /only link to a web page/],
    ['data:text/html,hello', /only link to a web page/],
    ['riverside sleep page', /full web address/],
    ['https://localhost/sleep', /full address/],
    ['https://user:secret@riverside.sch.uk/', /full address/],
    [`https://riverside.sch.uk/${'a'.repeat(600)}`, /500 characters/],
  ])('refuses %s with a clear message', (value, message) => {
    const check = checkHandoutLink(value);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
    expect(isHandoutLink(value)).toBe(false);
  });

  it('is checked again when a backup is restored', () => {
    const base = { id: 'school', name: 'Riverside', yearGroups: ['Y7'], academicYears: [], suppressionThreshold: 5, createdAt: '2026-11-24T09:00:00.000Z', updatedAt: '2026-11-24T09:00:00.000Z' };
    expect(recordProblem('settings', { ...base, handoutLink: 'https://riverside.sch.uk/sleep' })).toBeNull();
    expect(recordProblem('settings', { ...base, handoutLink: 'javascript:alert(1)' })).toBe('A record in “settings” has a damaged “handoutLink”.');
    expect(recordProblem('settings', { ...base, handoutPictureDataUrl: 'data:text/html;base64,PGI+' })).toBe('A record in “settings” has a damaged “handoutPictureDataUrl”.');
  });
});

describe('the parent workshop template speaks to parents', () => {
  it('projects and prints what parents hear, and keeps instructions for the facilitator in the notes', () => {
    const template = parseWorkshopTemplate(parentWorkshop);
    const forParents = template.agenda.map((s) => s.whatHappens ?? '').join('\n');
    expect(forParents).not.toMatch(/\b(facilitators?|welcome families|parents talk|introduce the|count heads|flipchart|walk through the handout)\b/i);
    expect(template.agenda.map((s) => s.facilitatorNotes ?? '').join('\n')).toMatch(/Count heads/);
  });
});
