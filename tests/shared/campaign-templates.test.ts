import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_TEMPLATE_FORMAT,
  parseCampaignTemplate,
  templateIdFrom,
  type CampaignTemplate,
  type TemplateSourceActivity,
} from '../../shared/campaign-templates';
import { campaignToTemplate } from '../../shared/template-from-campaign';
import { defaultEnglandTermDates } from '../../shared/calendar';
import { FileFormatError } from '../../shared/file-format';
import { scheduleFromTemplate } from '../../shared/scheduling';

const TEMPLATE_DIR = join(__dirname, '../../resources/templates/campaigns');
const years = [defaultEnglandTermDates(2026), defaultEnglandTermDates(2027)];

function readTemplate(file: string): unknown {
  return JSON.parse(readFileSync(join(TEMPLATE_DIR, file), 'utf8'));
}

function builtIn(id: string): CampaignTemplate {
  return parseCampaignTemplate(readTemplate(`${id}.json`));
}

/** The error parseCampaignTemplate throws for `json`. */
function rejection(json: unknown): FileFormatError {
  try {
    parseCampaignTemplate(json);
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return error as FileFormatError;
  }
  throw new Error('Expected the template to be rejected');
}

/** A valid template's JSON with `change` applied. */
function sleepWith(change: (json: Record<string, unknown> & { activities: Record<string, unknown>[] }) => void): unknown {
  const json = readTemplate('sleep-well.json') as Record<string, unknown> & { activities: Record<string, unknown>[] };
  change(json);
  return json;
}

describe('built-in campaign templates', () => {
  const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json'));

  it('ships the four templates', () => {
    expect(files.sort()).toEqual(['mhst-weekly-drop-in.json', 'sleep-well.json', 'sofa-conversations.json', 'year-11-exam-stress.json']);
  });

  it.each(files)('%s parses, and its id matches its file name', (file) => {
    const template = parseCampaignTemplate(readTemplate(file));
    expect(`${template.id}.json`).toBe(file);
    expect(template.title).not.toBe('');
    expect(template.activities.length).toBeGreaterThan(0);
    for (const activity of template.activities) expect(activity.weekOffset).toBeLessThan(template.durationWeeks);
  });

  it('sleep well has assemblies, a PSHE lesson per year group, the parent workshop, website page, fundraiser, drop-in and review', () => {
    const template = builtIn('sleep-well');
    const types = template.activities.map((a) => a.type);
    expect(types.filter((t) => t === 'assembly')).toHaveLength(2);
    expect(template.activities.filter((a) => a.type === 'pshe-lesson').map((a) => a.yearGroups)).toEqual([['Y7'], ['Y8'], ['Y9']]);
    expect(types).toEqual(expect.arrayContaining(['website-content', 'fundraiser', 'drop-in', 'other']));
    expect(template.activities.find((a) => a.type === 'parent-workshop')).toMatchObject({ title: 'Helping your child sleep well', durationMinutes: 60, partner: 'MHST' });
    expect(template.durationWeeks).toBe(8);
  });

  it('the exam stress template covers mock time and summer exam time for Year 11', () => {
    const template = builtIn('year-11-exam-stress');
    expect(template.suggestedYearGroups).toEqual(['Y11']);
    const offsets = template.activities.filter((a) => a.type === 'pupil-workshop').map((a) => a.weekOffset);
    expect(Math.min(...offsets)).toBeLessThan(5);
    expect(Math.max(...offsets)).toBeGreaterThanOrEqual(15);
    expect(template.activities.some((a) => a.type === 'staff-training')).toBe(true);
  });

  it('the MHST drop-in is six weeks at the same weekday and time', () => {
    const template = builtIn('mhst-weekly-drop-in');
    expect(template.activities.map((a) => a.weekOffset)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(template.activities.map((a) => `${a.weekday} ${a.startTime}`)).size).toBe(1);
  });

  it('sofa conversations: three conversations, then you said, we did', () => {
    const template = builtIn('sofa-conversations');
    expect(template.activities.filter((a) => a.type === 'community-conversation')).toHaveLength(3);
    expect(template.activities.at(-1)?.title).toBe('You said, we did');
  });
});

describe('parseCampaignTemplate rejects what it cannot use', () => {
  it.each([null, 42, [], 'not json', '{"format":"something-else"}', { title: 'A campaign' }, { format: 'upstream-backup', formatVersion: 1 }])('%j is damaged or not a template', (json) => {
    expect(rejection(json).message).toBe('This template file is damaged or not an Upstream campaign template.');
  });

  it('reads JSON text as well as parsed JSON', () => {
    expect(parseCampaignTemplate(JSON.stringify(readTemplate('sleep-well.json')))).toEqual(builtIn('sleep-well'));
  });

  it('asks for a newer Upstream for a newer format version', () => {
    const error = rejection(sleepWith((json) => (json['formatVersion'] = 2)));
    expect(error.message).toBe('This template was made by a newer version of Upstream (template format 2). Update Upstream to use it.');
    expect(error.field).toBe('formatVersion');
  });

  it('names a missing title', () => {
    const error = rejection(sleepWith((json) => delete json['title']));
    expect(error.message).toBe('The template’s title is missing.');
    expect(error.field).toBe('title');
    expect(rejection(sleepWith((json) => (json['title'] = '   '))).field).toBe('title');
  });

  it('names a negative week offset and the activity it belongs to', () => {
    const error = rejection(sleepWith((json) => (json.activities[2]!['weekOffset'] = -1)));
    expect(error.field).toBe('activities[2].weekOffset');
    expect(error.message).toContain('Activity 3 (“PSHE: what sleep does for you (Year 7)”)');
    expect(error.message).toContain('whole number of teaching weeks');
  });

  it.each([
    ['activities[0].weekday', (json: { activities: Record<string, unknown>[] }) => (json.activities[0]!['weekday'] = 6), 'Monday'],
    ['activities[0].type', (json: { activities: Record<string, unknown>[] }) => (json.activities[0]!['type'] = 'disco'), 'type'],
    ['activities[0].startTime', (json: { activities: Record<string, unknown>[] }) => (json.activities[0]!['startTime'] = '8.45am'), '08:45'],
    ['activities[0].yearGroups', (json: { activities: Record<string, unknown>[] }) => (json.activities[0]!['yearGroups'] = ['Year 7']), 'year groups'],
    ['activities[1].title', (json: { activities: Record<string, unknown>[] }) => delete json.activities[1]!['title'], 'Activity 2: title is missing.'],
    ['activities[0].weekOffset', (json: { activities: Record<string, unknown>[] }) => (json.activities[0]!['weekOffset'] = 1.5), 'whole number'],
  ])('names %s', (field, change, words) => {
    const error = rejection(sleepWith(change));
    expect(error.field).toBe(field);
    expect(error.message).toContain(words);
  });

  it.each([
    ['theme', 'insomnia'],
    ['audiences', ['governors']],
    ['durationWeeks', 0],
    ['id', 'Sleep Well!'],
    ['activities', 'none'],
  ])('names a bad %s', (field, value) => {
    // A bad item in a list is named exactly: "audiences[0]".
    expect(rejection(sleepWith((json) => (json[field] = value))).field).toMatch(new RegExp(`^${field}(\\[\\d+\\])?$`));
  });

  it('keeps only known fields, so nothing unexpected reaches the database', () => {
    const template = parseCampaignTemplate(
      sleepWith((json) => {
        json['script'] = '<script>alert(1)</script>';
        json.activities[0]!['reach'] = 200;
      }),
    );
    expect(template).not.toHaveProperty('script');
    expect(template.activities[0]).not.toHaveProperty('reach');
  });
});

describe('campaignToTemplate', () => {
  it('turns a scheduled campaign back into the same template', () => {
    const original = builtIn('sleep-well');
    const { campaign, activities } = scheduleFromTemplate(original, { startDate: '2026-11-02', yearGroups: ['Y7', 'Y8', 'Y9'], years });
    const stored: TemplateSourceActivity[] = activities; // as the planner stores them, plus partner names

    const template = campaignToTemplate({ ...campaign, notes: original.summary }, stored, years, { id: 'sleep-well' });
    expect(template.format).toBe(CAMPAIGN_TEMPLATE_FORMAT);
    expect(template).toEqual(original.sources ? { ...original, sources: undefined } : original);
  });

  it('counts weeks in teaching weeks across half term and the Christmas holidays', () => {
    const template = campaignToTemplate(
      { title: 'Autumn into spring', theme: 'anxiety', audiences: ['pupils'], yearGroups: ['Y10'], startDate: '2026-10-19', endDate: '2027-01-08' },
      [
        { type: 'assembly', title: 'Start', date: '2026-10-19', audiences: ['pupils'], yearGroups: ['Y10'] },
        { type: 'drop-in', title: 'After half term', date: '2026-11-04', audiences: ['pupils'], yearGroups: ['Y10', 'Y11'] },
        { type: 'group-session', title: 'New year', date: '2027-01-05', audiences: ['pupils'], yearGroups: ['Y10'] },
        { type: 'other', title: 'Saturday fair', date: '2026-11-07', audiences: ['community'], yearGroups: [] },
        { type: 'other', title: 'Called off', date: '2026-11-05', audiences: ['pupils'], yearGroups: ['Y10'], status: 'cancelled' },
      ],
      years,
    );
    expect(template.id).toBe('autumn-into-spring');
    expect(template.activities.map((a) => [a.title, a.weekOffset, a.weekday, a.yearGroups])).toEqual([
      ['Start', 0, 1, 'campaign'],
      ['After half term', 1, 3, ['Y10', 'Y11']],
      ['Saturday fair', 1, 5, []],
      ['New year', 8, 2, 'campaign'],
    ]);
    expect(template.durationWeeks).toBe(9);
  });

  it('makes a usable id from any title', () => {
    expect(templateIdFrom('Sleep well: Year 7 & 8!')).toBe('sleep-well-year-7-8');
    expect(templateIdFrom('Llesiant ŵyl')).toBe('llesiant-wyl');
    expect(templateIdFrom('😴')).toBe('my-campaign');
  });
});
