/**
 * Drop-in tallies: the school's topic list, the session types, checking a session before it is
 * saved, and importing historical tallies from a CSV (date, topic, count[, year group][, session type]).
 *
 * Tallies are counts per topic (and optionally year group), never names. Every label is checked by
 * shared/privacy.ts before it is stored.
 */
import { isIsoDate } from './calendar';
import type { IsoDate, YearGroup } from './domain';
import { labelProblem, normaliseHeader } from './privacy';
import { normaliseYearGroup } from './year-group-names';

export const DEFAULT_CHECK_IN_TOPICS = ['sleep', 'friendships', 'exam stress', 'family', 'anxiety', 'low mood', 'bullying', 'online', 'other'] as const;

export const SESSION_TYPES = {
  'bistro-drop-in': 'Bistro drop-in',
  'group-session': 'Group session',
  'one-to-one-slots': '1:1 slots',
  other: 'Other',
} as const;
export type SessionType = keyof typeof SESSION_TYPES;

export function sessionTypeLabel(type: string): string {
  return (SESSION_TYPES as Record<string, string>)[type] ?? type;
}

/** Reads "Bistro drop-in", "drop in", "group", "1:1", "one to one" … as a session type. */
export function normaliseSessionType(raw: string): SessionType | null {
  const text = normaliseHeader(raw);
  if (text === '') return null;
  if (/^(bistro( drop ?in)?|drop ?in|bistro drop in|bistro dropin)$/.test(text)) return 'bistro-drop-in';
  if (/^(group|group session|group sessions|group work)$/.test(text)) return 'group-session';
  if (/^(1 1|1 to 1|one to one|1 1 slots?|one to one slots?|1 to 1 slots?|121|individual)( slots?)?$/.test(text)) return 'one-to-one-slots';
  if (text === 'other') return 'other';
  return null;
}

export const TOPIC_MAX_LENGTH = 40;
export const MAX_TOPICS = 30;
/** No session sees more than this many pupils about one topic: a bigger number is a typing slip. */
export const MAX_COUNT = 999;

/** The topics a school uses: its own list, or the defaults. */
export function topicsOf(settings: { checkInTopics?: string[] } | null | undefined): string[] {
  return settings?.checkInTopics && settings.checkInTopics.length > 0 ? settings.checkInTopics : [...DEFAULT_CHECK_IN_TOPICS];
}

/** A topic as stored: trimmed, single spaces, lower case ("Exam  Stress " → "exam stress"). */
export function cleanTopic(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Problems with one topic label, or null. */
export function topicProblem(topic: string): string | null {
  const clean = cleanTopic(topic);
  if (clean === '') return 'Enter a topic, or remove the empty one.';
  if (clean.length > TOPIC_MAX_LENGTH) return `Keep topics short: ${TOPIC_MAX_LENGTH} characters at most (this one has ${clean.length}).`;
  return labelProblem(clean, 'This topic');
}

/** Problems with a whole topic list, keyed by position ("0", "3") or "list". */
export function validateTopics(topics: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (topics.length === 0) errors['list'] = 'Keep at least one topic.';
  if (topics.length > MAX_TOPICS) errors['list'] = `Keep to ${MAX_TOPICS} topics or fewer, so the tally screen stays quick to use.`;
  const seen = new Set<string>();
  topics.forEach((topic, i) => {
    const problem = topicProblem(topic);
    if (problem) errors[String(i)] = problem;
    else if (seen.has(cleanTopic(topic))) errors[String(i)] = `“${cleanTopic(topic)}” is in the list twice.`;
    seen.add(cleanTopic(topic));
  });
  return errors;
}

// ── One session ─────────────────────────────────────────────────────────────────────────────────

export interface TallyCount {
  topic: string;
  yearGroup?: YearGroup;
  count: number;
}

export interface SessionDraft {
  date: IsoDate;
  sessionType: string;
  counts: TallyCount[];
}

/** Problems with a session before it is saved, keyed "date", "sessionType", "counts". */
export function validateSession(draft: SessionDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isIsoDate(draft.date)) errors['date'] = 'Enter the date of the session.';
  if (!(draft.sessionType in SESSION_TYPES)) errors['sessionType'] = 'Choose the type of session.';
  const bad = draft.counts.find((c) => !Number.isInteger(c.count) || c.count < 0 || c.count > MAX_COUNT);
  if (bad) errors['counts'] = `Counts are whole numbers from 0 to ${MAX_COUNT} (check “${bad.topic}”).`;
  else if (draft.counts.every((c) => c.count === 0)) errors['counts'] = 'Add at least one visit before saving.';
  const badTopic = draft.counts.map((c) => topicProblem(c.topic)).find(Boolean);
  if (badTopic) errors['counts'] = badTopic;
  return errors;
}

/** Drops zero counts and merges repeats (same topic and year group), in topic order. */
export function tidyCounts(counts: TallyCount[]): TallyCount[] {
  const merged = new Map<string, TallyCount>();
  for (const c of counts) {
    if (c.count === 0) continue;
    const topic = cleanTopic(c.topic);
    const key = `${topic}\u0000${c.yearGroup ?? ''}`;
    const existing = merged.get(key);
    if (existing) existing.count += c.count;
    else merged.set(key, { topic, ...(c.yearGroup ? { yearGroup: c.yearGroup } : {}), count: c.count });
  }
  return [...merged.values()];
}

// ── CSV import ──────────────────────────────────────────────────────────────────────────────────

export interface TallyImportRow {
  /** 1-based line of the file (header = 1). */
  row: number;
  date: IsoDate;
  topic: string;
  count: number;
  yearGroup?: YearGroup;
  sessionType: SessionType;
}

export interface TallyImportPlan {
  sessions: SessionDraft[];
  rows: number;
  totalVisits: number;
  firstDate: IsoDate;
  lastDate: IsoDate;
  /** Topics not in the school's list: added to it when the lead confirms. */
  newTopics: string[];
}

/** Problems found, each naming its row and column; the import goes ahead only when there are none. */
export interface TallyImportProblem {
  row: number;
  column: string;
  message: string;
}

const COLUMN_NAMES = {
  date: ['date', 'session date', 'day'],
  topic: ['topic', 'theme', 'what about', 'subject'],
  count: ['count', 'number', 'visits', 'pupils', 'tally', 'how many'],
  yearGroup: ['year group', 'year', 'yr', 'year grp'],
  sessionType: ['session type', 'session', 'type'],
} as const;

/** Where each column is, from the header row. Date, topic and count are required. */
export function tallyColumns(header: string[]): { columns: Record<keyof typeof COLUMN_NAMES, number>; problems: TallyImportProblem[] } {
  const normalised = header.map(normaliseHeader);
  const find = (names: readonly string[]) => normalised.findIndex((h) => names.includes(h));
  const columns = {
    date: find(COLUMN_NAMES.date),
    topic: find(COLUMN_NAMES.topic),
    count: find(COLUMN_NAMES.count),
    yearGroup: find(COLUMN_NAMES.yearGroup),
    sessionType: find(COLUMN_NAMES.sessionType),
  };
  const problems: TallyImportProblem[] = [];
  for (const required of ['date', 'topic', 'count'] as const) {
    if (columns[required] < 0) problems.push({ row: 1, column: required, message: `The header row needs a “${required}” column (found: ${header.map((h) => `“${h}”`).join(', ') || 'nothing'}).` });
  }
  return { columns, problems };
}

/** "2026-11-24", "24/11/2026", "24/11/26", "24-11-2026", "24.11.2026" → "2026-11-24"; null if not a real date. */
export function parseSchoolDate(raw: string): IsoDate | null {
  const text = raw.trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!match) return null;
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const iso = `${year}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Checks every row of a tally CSV (records after the header) and groups them into sessions (one per
 * date and session type; repeated topic rows are added up). Nothing is written here.
 */
export function planTallyImport(header: string[], records: { cells: string[]; row: number }[], schoolTopics: string[]): { plan: TallyImportPlan | null; problems: TallyImportProblem[] } {
  const { columns, problems } = tallyColumns(header);
  if (problems.length > 0) return { plan: null, problems };
  const name = (key: keyof typeof columns) => header[columns[key]] ?? key;
  const rows: TallyImportRow[] = [];
  for (const { cells, row } of records) {
    const cell = (key: keyof typeof columns) => (columns[key] >= 0 ? (cells[columns[key]] ?? '').trim() : '');
    const problem = (key: keyof typeof columns, message: string) => problems.push({ row, column: name(key), message });
    const date = parseSchoolDate(cell('date'));
    if (!date) problem('date', `“${cell('date')}” is not a date. Write dates as 24/11/2026 or 2026-11-24.`);
    const topic = cleanTopic(cell('topic'));
    const topicIssue = topicProblem(topic);
    if (topicIssue) problem('topic', topicIssue);
    const countText = cell('count');
    const count = /^\d+$/.test(countText) ? Number(countText) : NaN;
    if (!Number.isInteger(count) || count > MAX_COUNT) problem('count', `“${countText}” is not a whole number of visits from 0 to ${MAX_COUNT}.`);
    let yearGroup: YearGroup | undefined;
    if (columns.yearGroup >= 0 && cell('yearGroup') !== '') {
      const group = normaliseYearGroup(cell('yearGroup'));
      if (!group) problem('yearGroup', `“${cell('yearGroup')}” is not a year group. Write “Year 9”, “Y9” or “9”, or leave it blank.`);
      else yearGroup = group;
    }
    let sessionType: SessionType = 'bistro-drop-in';
    if (columns.sessionType >= 0 && cell('sessionType') !== '') {
      const type = normaliseSessionType(cell('sessionType'));
      if (!type) problem('sessionType', `“${cell('sessionType')}” is not a session type. Use bistro drop-in, group session, 1:1 slots or other.`);
      else sessionType = type;
    }
    if (date && !topicIssue && Number.isInteger(count) && count <= MAX_COUNT) rows.push({ row, date, topic, count, sessionType, ...(yearGroup ? { yearGroup } : {}) });
  }
  if (records.length === 0) problems.push({ row: 2, column: name('date'), message: 'The file has a header row but no tallies.' });
  if (problems.length > 0) return { plan: null, problems };

  const bySession = new Map<string, SessionDraft>();
  for (const r of rows) {
    const key = `${r.date}|${r.sessionType}`;
    const session = bySession.get(key) ?? bySession.set(key, { date: r.date, sessionType: r.sessionType, counts: [] }).get(key)!;
    session.counts.push({ topic: r.topic, count: r.count, ...(r.yearGroup ? { yearGroup: r.yearGroup } : {}) });
  }
  const sessions = [...bySession.values()].map((s) => ({ ...s, counts: tidyCounts(s.counts) })).filter((s) => s.counts.length > 0);
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sessionType.localeCompare(b.sessionType)));
  const known = new Set(schoolTopics.map(cleanTopic));
  const newTopics = [...new Set(rows.map((r) => r.topic))].filter((t) => !known.has(t));
  if (sessions.length === 0) return { plan: null, problems: [{ row: 2, column: name('count'), message: 'Every count in the file is 0, so there is nothing to import.' }] };
  return {
    plan: {
      sessions,
      rows: rows.length,
      totalVisits: rows.reduce((n, r) => n + r.count, 0),
      firstDate: sessions[0]!.date,
      lastDate: sessions[sessions.length - 1]!.date,
      newTopics,
    },
    problems: [],
  };
}
