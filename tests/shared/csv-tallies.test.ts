import { describe, expect, it } from 'vitest';
import { normaliseSessionType, parseSchoolDate, planTallyImport, tidyCounts, topicsOf, validateSession, validateTopics, DEFAULT_CHECK_IN_TOPICS } from '../../shared/tally-import';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ cells, row: i + 2 }));

describe('the topic list', () => {
  it('uses the defaults until the school has its own', () => {
    expect(topicsOf(null)).toEqual([...DEFAULT_CHECK_IN_TOPICS]);
    expect(topicsOf({ checkInTopics: ['sleep', 'revision'] })).toEqual(['sleep', 'revision']);
  });

  it('refuses blanks, repeats, long labels and anything identifying', () => {
    expect(validateTopics(['sleep', 'Sleep ', '', 'x'.repeat(41), 'amy@x.org'])).toEqual({
      '1': '“sleep” is in the list twice.',
      '2': 'Enter a topic, or remove the empty one.',
      '3': 'Keep topics short: 40 characters at most (this one has 41).',
      '4': 'This topic looks like an email address. Upstream never stores anything that could identify a pupil.',
    });
    expect(validateTopics([])).toEqual({ list: 'Keep at least one topic.' });
  });
});

describe('a session', () => {
  it('needs a date, a type and at least one visit; counts are whole numbers', () => {
    expect(validateSession({ date: '2026-11-24', sessionType: 'bistro-drop-in', counts: [{ topic: 'sleep', count: 3 }] })).toEqual({});
    expect(validateSession({ date: '', sessionType: 'party', counts: [{ topic: 'sleep', count: 0 }] })).toEqual({
      date: 'Enter the date of the session.',
      sessionType: 'Choose the type of session.',
      counts: 'Add at least one visit before saving.',
    });
    expect(validateSession({ date: '2026-11-24', sessionType: 'other', counts: [{ topic: 'sleep', count: 2.5 }] }).counts).toMatch(/whole numbers/);
  });

  it('merges repeats and drops zeros', () => {
    expect(
      tidyCounts([
        { topic: 'Sleep', count: 2 },
        { topic: 'sleep', count: 3 },
        { topic: 'family', count: 0 },
        { topic: 'sleep', yearGroup: 'Y9', count: 1 },
      ]),
    ).toEqual([
      { topic: 'sleep', count: 5 },
      { topic: 'sleep', yearGroup: 'Y9', count: 1 },
    ]);
  });
});

describe('importing historical tallies', () => {
  it('reads dates and session types as schools write them', () => {
    expect(parseSchoolDate('24/11/2026')).toBe('2026-11-24');
    expect(parseSchoolDate('1/9/26')).toBe('2026-09-01');
    expect(parseSchoolDate('2026-11-24')).toBe('2026-11-24');
    expect(parseSchoolDate('31/02/2026')).toBeNull();
    expect(normaliseSessionType('Bistro drop-in')).toBe('bistro-drop-in');
    expect(normaliseSessionType('1:1')).toBe('one-to-one-slots');
    expect(normaliseSessionType('Group')).toBe('group-session');
    expect(normaliseSessionType('assembly')).toBeNull();
  });

  it('groups rows into one session per date and type, adding up repeats, and lists new topics', () => {
    const { plan, problems } = planTallyImport(
      ['Date', 'Topic', 'Count', 'Year group'],
      rows(['07/09/2026', 'sleep', '3', 'Year 9'], ['07/09/2026', 'Sleep', '2', 'Y9'], ['07/09/2026', 'revision', '4', ''], ['14/09/2026', 'family', '1', '10']),
      ['sleep', 'family'],
    );
    expect(problems).toEqual([]);
    expect(plan).toMatchObject({ rows: 4, totalVisits: 10, firstDate: '2026-09-07', lastDate: '2026-09-14', newTopics: ['revision'] });
    expect(plan!.sessions[0]).toEqual({
      date: '2026-09-07',
      sessionType: 'bistro-drop-in',
      counts: [
        { topic: 'sleep', yearGroup: 'Y9', count: 5 },
        { topic: 'revision', count: 4 },
      ],
    });
  });

  it('names the row and column of every problem and plans nothing', () => {
    const { plan, problems } = planTallyImport(
      ['date', 'topic', 'count', 'year'],
      rows(['2026-13-01', 'sleep', '2', ''], ['2026-09-07', '', 'two', 'Year 14'], ['2026-09-07', 'ring 07700 900123', '1', '']),
      [],
    );
    expect(plan).toBeNull();
    expect(problems).toEqual([
      { row: 2, column: 'date', message: '“2026-13-01” is not a date. Write dates as 24/11/2026 or 2026-11-24.' },
      { row: 3, column: 'topic', message: 'Enter a topic, or remove the empty one.' },
      { row: 3, column: 'count', message: '“two” is not a whole number of visits from 0 to 999.' },
      { row: 3, column: 'year', message: '“Year 14” is not a year group. Write “Year 9”, “Y9” or “9”, or leave it blank.' },
      { row: 4, column: 'topic', message: 'This topic looks like a phone. Upstream never stores anything that could identify a pupil.' },
    ]);
  });

  it('needs date, topic and count columns, and at least one row', () => {
    expect(planTallyImport(['When', 'What'], [], []).problems.map((p) => p.message)).toEqual([
      'The header row needs a “date” column (found: “When”, “What”).',
      'The header row needs a “topic” column (found: “When”, “What”).',
      'The header row needs a “count” column (found: “When”, “What”).',
    ]);
    expect(planTallyImport(['Date', 'Topic', 'Count'], [], []).problems[0]!.message).toBe('The file has a header row but no tallies.');
  });
});
