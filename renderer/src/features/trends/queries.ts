/**
 * Reads and writes for term trends: drop-in sessions, survey waves and their counts, indicators and
 * the school's topic list. Every write validates first and then runs in ONE transaction (awaiting only
 * Dexie inside), so a failure leaves the database exactly as it was. Imports add an audit entry
 * (what and how many, never the content).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { academicYearOf, defaultTermDates } from '@shared/calendar';
import { academicYearOfIso } from '@shared/trend-series';
import type { AcademicYearDates, IsoDate, TermName, YearGroup } from '@shared/domain';
import { waveTerm, type TrendData } from '@shared/indicators';
import { labelProblem } from '@shared/privacy';
import { countsFromPercent, type SurveyImportPlan } from '@shared/survey-aggregate';
import { cleanTopic, DEFAULT_CHECK_IN_TOPICS, tidyCounts, topicProblem, validateSession, type SessionDraft, type TallyImportPlan } from '@shared/tally-import';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';
import type { Campaign, CheckInSession, Indicator, SurveyResult, SurveyWave } from '../../db/records';
import { SCHOOL_SETTINGS_ID } from '../settings/queries';
import { TrendsValidationError } from './errors';

export { TrendsValidationError } from './errors';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

export function useCheckIns(): CheckInSession[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.checkIns.orderBy('date').reverse().toArray(), [db]);
}

/** `undefined` while loading, `null` when there is no such session. */
export function useCheckIn(id: string | undefined): CheckInSession | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.checkIns.get(id)) ?? null) : null), [db, id]);
}

export function useSurveyWaves(): SurveyWave[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.surveyWaves.orderBy('date').reverse().toArray(), [db]);
}

export function useIndicators(): Indicator[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.indicators.orderBy('name').toArray(), [db]);
}

export interface TrendsData extends TrendData {
  indicators: Indicator[];
  campaigns: Campaign[];
  /** Academic years with data but no term dates of the school's own: charted with England's default dates. */
  assumedYears: number[];
}

/**
 * Everything the trends dashboard and report chart, in one read: the school's term dates, all counts
 * (small: aggregates only), indicators and campaigns. One query, so nothing waits on anything else.
 */
export async function loadTrendsData(db: UpstreamDatabase): Promise<TrendsData> {
  return db.transaction('r', [db.settings, db.checkIns, db.surveyWaves, db.surveyResults, db.indicators, db.campaigns], async () => {
    const [settings, sessions, waves, results, indicators, campaigns] = await Promise.all([
      db.settings.get(SCHOOL_SETTINGS_ID),
      db.checkIns.orderBy('date').toArray(),
      db.surveyWaves.orderBy('date').toArray(),
      db.surveyResults.toArray(),
      db.indicators.orderBy('name').toArray(),
      db.campaigns.orderBy('startDate').toArray(),
    ]);
    const own = settings?.academicYears ?? [];
    // Past tallies or surveys from a year the school has no dates for (a historical import) are placed
    // with the default dates for that year in the school's nation, and the screens say so.
    const needed = new Set([...sessions.map((s) => academicYearOfIso(s.date, own)), ...waves.map((w) => w.academicYear)]);
    const assumedYears = [...needed].filter((y) => !own.some((o) => o.startYear === y)).sort((a, b) => a - b);
    const years = assumedYears.length === 0 ? own : [...own, ...assumedYears.map((y) => defaultTermDates(y, settings?.nation))].sort((a, b) => a.startYear - b.startYear);
    return { sessions, waves, results, indicators, campaigns, years, assumedYears };
  });
}

/**
 * The last trends data read, per database: the dashboard shows it at once on arrival while the live
 * query confirms it (a write here clears it; anything else changing is corrected when the query
 * answers, a moment later). `primeTrendsData` fills it in the background from the Dashboard.
 */
const lastRead = new WeakMap<UpstreamDatabase, TrendsData>();

export async function primeTrendsData(db: UpstreamDatabase): Promise<TrendsData> {
  const data = await loadTrendsData(db);
  lastRead.set(db, data);
  return data;
}

function forgetTrendsData(db: UpstreamDatabase): void {
  lastRead.delete(db);
}

export function useTrendsData(): TrendsData | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => {
      const fresh = await loadTrendsData(db);
      lastRead.set(db, fresh);
      return fresh;
    },
    [db],
    lastRead.get(db),
  );
}

// ── Drop-in sessions ────────────────────────────────────────────────────────────────────────────

/** Saves a new session or replaces one, in one write. Returns the id and, for an edit, what it was before (for Undo). */
export async function saveCheckIn(db: UpstreamDatabase, draft: SessionDraft, id?: string): Promise<{ id: string; previous: CheckInSession | null }> {
  forgetTrendsData(db);
  const errors = validateSession(draft);
  if (Object.keys(errors).length > 0) throw new TrendsValidationError(errors);
  const counts = tidyCounts(draft.counts);
  return db.transaction('rw', db.checkIns, async () => {
    if (id) {
      const previous = await db.checkIns.get(id);
      if (!previous) throw new Error('That session no longer exists.');
      await db.checkIns.put({ ...previous, date: draft.date, sessionType: draft.sessionType, counts, updatedAt: now() });
      return { id, previous };
    }
    const session: CheckInSession = { id: newId(), date: draft.date, sessionType: draft.sessionType, counts, createdAt: now(), updatedAt: now() };
    await db.checkIns.add(session);
    return { id: session.id, previous: null };
  });
}

export async function deleteCheckIn(db: UpstreamDatabase, id: string): Promise<CheckInSession | null> {
  forgetTrendsData(db);
  return db.transaction('rw', db.checkIns, async () => {
    const session = await db.checkIns.get(id);
    if (session) await db.checkIns.delete(id);
    return session ?? null;
  });
}

/** Undo: puts a session back exactly as it was (after a delete or an edit), or removes a new one. */
export async function restoreCheckIn(db: UpstreamDatabase, session: CheckInSession): Promise<void> {
  forgetTrendsData(db);
  await db.checkIns.put(session);
}

/** Historical tallies in one transaction: every session, any new topics added to the school's list, and an audit entry. */
export async function importTallies(db: UpstreamDatabase, plan: TallyImportPlan, fileLabel: string): Promise<number> {
  forgetTrendsData(db);
  const sessions: CheckInSession[] = plan.sessions.map((s) => {
    const errors = validateSession(s);
    if (Object.keys(errors).length > 0) throw new TrendsValidationError(errors);
    return { id: newId(), date: s.date, sessionType: s.sessionType, counts: tidyCounts(s.counts), createdAt: now(), updatedAt: now() };
  });
  await db.transaction('rw', [db.checkIns, db.settings, db.audit], async () => {
    await db.checkIns.bulkAdd(sessions);
    if (plan.newTopics.length > 0) {
      const settings = await db.settings.get(SCHOOL_SETTINGS_ID);
      if (settings) {
        const current = settings.checkInTopics && settings.checkInTopics.length > 0 ? settings.checkInTopics : [...DEFAULT_CHECK_IN_TOPICS];
        await db.settings.put({ ...settings, checkInTopics: [...current, ...plan.newTopics.filter((t) => !current.includes(t))], updatedAt: now() });
      }
    }
    await db.audit.add({ at: now(), action: 'import', subject: `Drop-in tallies (${fileLabel})`, count: sessions.length });
  });
  return sessions.length;
}

// ── Surveys ─────────────────────────────────────────────────────────────────────────────────────

export interface WaveDetails {
  title: string;
  date: IsoDate;
  term?: TermName;
}

export function validateWaveDetails(details: WaveDetails): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = details.title.trim();
  if (title === '') errors['title'] = 'Give the survey a name, for example “Autumn wellbeing survey”.';
  else if (title.length > 120) errors['title'] = 'Keep the name to 120 characters or fewer.';
  else {
    const problem = labelProblem(title, 'The name');
    if (problem) errors['title'] = problem;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(details.date)) errors['date'] = 'Enter the date the survey ran.';
  return errors;
}

function waveRecord(details: WaveDetails, years: AcademicYearDates[], source: SurveyWave['source'], questions: SurveyWave['questions'], extra: Partial<SurveyWave>): SurveyWave {
  const academicYear = academicYearOf(details.date, years);
  const term = details.term ?? waveTerm({ date: details.date, academicYear }, years);
  return { id: newId(), title: details.title.trim(), date: details.date, academicYear, term, source, questions, createdAt: now(), ...extra };
}

/**
 * Stores a survey import: the wave and its aggregated counts (never a row of the file) in ONE
 * transaction with an audit entry. Validates first; a failure at any point writes nothing.
 */
export async function importSurvey(db: UpstreamDatabase, details: WaveDetails, plan: SurveyImportPlan, years: AcademicYearDates[]): Promise<SurveyWave> {
  forgetTrendsData(db);
  const errors = validateWaveDetails(details);
  if (plan.questions.length === 0) errors['questions'] = 'Choose at least one question to keep.';
  if (Object.keys(errors).length > 0) throw new TrendsValidationError(errors);
  const questions = plan.questions.map((q) => ({ id: newId(), text: q.text, concernAnswers: q.concernAnswers }));
  const wave = waveRecord(details, years, 'csv', questions, { responses: plan.responses, droppedColumns: plan.dropped });
  const results: SurveyResult[] = plan.questions.flatMap((q, i) =>
    q.counts.map((c) => ({ id: newId(), waveId: wave.id, questionId: questions[i]!.id, answer: c.answer, ...(c.yearGroup ? { yearGroup: c.yearGroup } : {}), count: c.count })),
  );
  for (const r of results) {
    if (!Number.isInteger(r.count) || r.count < 0) throw new TrendsValidationError({ questions: 'A count is not a whole number.' });
  }
  await db.transaction('rw', [db.surveyWaves, db.surveyResults, db.audit], async () => {
    await db.surveyWaves.add(wave);
    await db.surveyResults.bulkAdd(results);
    await db.audit.add({ at: now(), action: 'import', subject: `Survey: ${wave.title}`, count: plan.responses });
  });
  return wave;
}

export interface ManualResultRow {
  yearGroup: YearGroup | null;
  percent: number;
  n: number;
}

/** A result from a report ("32% of Year 9, n = 180") stored as counts, in one transaction. */
export async function saveManualSurvey(
  db: UpstreamDatabase,
  details: WaveDetails,
  question: { text: string; concernLabel: string },
  rows: ManualResultRow[],
  years: AcademicYearDates[],
): Promise<SurveyWave> {
  forgetTrendsData(db);
  const errors = validateWaveDetails(details);
  const text = question.text.trim();
  const concern = question.concernLabel.trim();
  if (text === '') errors['question'] = 'Enter the question, for example “How often do you have trouble sleeping?”.';
  else if (labelProblem(text, 'The question')) errors['question'] = labelProblem(text, 'The question')!;
  if (concern === '') errors['concernLabel'] = 'Say which answers the percentage counts, for example “Often or always”.';
  if (rows.length === 0) errors['rows'] = 'Add at least one result.';
  const seen = new Set<string>();
  const counted = rows.map((row, i) => {
    try {
      const key = row.yearGroup ?? 'all';
      if (seen.has(key)) errors[`rows.${i}`] = 'This year group is already in the list.';
      seen.add(key);
      return { row, ...countsFromPercent(row.percent, row.n) };
    } catch (error) {
      errors[`rows.${i}`] = error instanceof Error ? error.message : 'Check this result.';
      return null;
    }
  });
  if (Object.keys(errors).length > 0) throw new TrendsValidationError(errors);
  const questionId = newId();
  const wave = waveRecord(details, years, 'manual', [{ id: questionId, text, concernAnswers: [concern] }], { responses: rows.reduce((n, r) => n + r.n, 0) });
  const results: SurveyResult[] = counted.flatMap((c) => {
    const group = c!.row.yearGroup ? { yearGroup: c!.row.yearGroup } : {};
    return [
      { id: newId(), waveId: wave.id, questionId, answer: concern, ...group, count: c!.concern },
      { id: newId(), waveId: wave.id, questionId, answer: 'Other answers', ...group, count: c!.other },
    ];
  });
  await db.transaction('rw', [db.surveyWaves, db.surveyResults, db.audit], async () => {
    await db.surveyWaves.add(wave);
    await db.surveyResults.bulkAdd(results);
    await db.audit.add({ at: now(), action: 'import', subject: `Survey results entered by hand: ${wave.title}`, count: rows.length });
  });
  return wave;
}

export interface DeletedWave {
  wave: SurveyWave;
  results: SurveyResult[];
}

export async function deleteSurveyWave(db: UpstreamDatabase, id: string): Promise<DeletedWave | null> {
  forgetTrendsData(db);
  return db.transaction('rw', db.surveyWaves, db.surveyResults, async () => {
    const wave = await db.surveyWaves.get(id);
    if (!wave) return null;
    const results = await db.surveyResults.where('waveId').equals(id).toArray();
    await db.surveyResults.where('waveId').equals(id).delete();
    await db.surveyWaves.delete(id);
    return { wave, results };
  });
}

export async function restoreSurveyWave(db: UpstreamDatabase, deleted: DeletedWave): Promise<void> {
  forgetTrendsData(db);
  await db.transaction('rw', db.surveyWaves, db.surveyResults, async () => {
    await db.surveyWaves.add(deleted.wave);
    await db.surveyResults.bulkAdd(deleted.results);
  });
}

// ── Indicators ──────────────────────────────────────────────────────────────────────────────────

export type IndicatorDraft = Pick<Indicator, 'name' | 'source'>;

export function validateIndicator(draft: IndicatorDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  if (name === '') errors['name'] = 'Give the indicator a name.';
  else if (name.length > 160) errors['name'] = 'Keep the name to 160 characters or fewer.';
  if (draft.source.kind === 'check-in-topic') {
    const problem = topicProblem(draft.source.topic);
    if (problem) errors['topic'] = problem;
  } else if (draft.source.questionText.trim() === '') errors['question'] = 'Choose a survey question.';
  return errors;
}

export async function saveIndicator(db: UpstreamDatabase, draft: IndicatorDraft, id?: string): Promise<string> {
  forgetTrendsData(db);
  const errors = validateIndicator(draft);
  if (Object.keys(errors).length > 0) throw new TrendsValidationError(errors);
  const source = draft.source.kind === 'check-in-topic' ? { kind: 'check-in-topic' as const, topic: cleanTopic(draft.source.topic) } : draft.source;
  return db.transaction('rw', db.indicators, async () => {
    if (id) {
      const existing = await db.indicators.get(id);
      if (!existing) throw new Error('That indicator no longer exists.');
      await db.indicators.put({ ...existing, name: draft.name.trim(), source, updatedAt: now() });
      return id;
    }
    const indicator: Indicator = { id: newId(), name: draft.name.trim(), source, createdAt: now(), updatedAt: now() };
    await db.indicators.add(indicator);
    return indicator.id;
  });
}

export interface DeletedIndicator {
  indicator: Indicator;
  /** Campaigns that named it: they are unlinked, and Undo links them again. */
  campaignIds: string[];
}

export async function deleteIndicator(db: UpstreamDatabase, id: string): Promise<DeletedIndicator | null> {
  forgetTrendsData(db);
  return db.transaction('rw', db.indicators, db.campaigns, async () => {
    const indicator = await db.indicators.get(id);
    if (!indicator) return null;
    const linked = await db.campaigns.filter((c) => c.indicatorId === id).toArray();
    for (const c of linked) await db.campaigns.put({ ...c, indicatorId: undefined });
    await db.indicators.delete(id);
    return { indicator, campaignIds: linked.map((c) => c.id) };
  });
}

export async function restoreIndicator(db: UpstreamDatabase, deleted: DeletedIndicator): Promise<void> {
  forgetTrendsData(db);
  await db.transaction('rw', db.indicators, db.campaigns, async () => {
    await db.indicators.add(deleted.indicator);
    for (const id of deleted.campaignIds) {
      const campaign = await db.campaigns.get(id);
      if (campaign && !campaign.indicatorId) await db.campaigns.put({ ...campaign, indicatorId: deleted.indicator.id });
    }
  });
}

export { saveTopics } from './topics';
