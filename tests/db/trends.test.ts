import { beforeEach, describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '../../shared/calendar';
import { bytesSource } from '../../shared/csv-import';
import { planTallyImport } from '../../shared/tally-import';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { CsvJobs } from '../../renderer/src/features/trends/csv-jobs';
import {
  deleteCheckIn,
  deleteIndicator,
  importSurvey,
  importTallies,
  restoreCheckIn,
  restoreIndicator,
  saveCheckIn,
  saveIndicator,
  saveManualSurvey,
  saveTopics,
  TrendsValidationError,
} from '../../renderer/src/features/trends/queries';
import { buildTrendsSample } from '../../renderer/src/features/trends/sample';

const years = [defaultEnglandTermDates(2026)];
let db: UpstreamDatabase;

beforeEach(async () => {
  db = new UpstreamDatabase(`trends-${crypto.randomUUID()}`);
  await db.open();
  await db.settings.put({ id: 'school', name: 'Riverside Academy', yearGroups: ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'], academicYears: years, suppressionThreshold: 5, createdAt: '', updatedAt: '' });
});

/** Every table's rows, for "nothing changed" checks. */
async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

const FORMS = [
  'ID,Email,Name,Year group,How often do you have trouble sleeping?,Any comments?',
  ...Array.from({ length: 30 }, (_, i) => `${i + 1},pupil${i}@school.org,Pupil ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ames,${['Year 9', 'Y9', '9'][i % 3]},${['Often', 'Never', 'Always'][i % 3]},"I feel ${i}, honestly"`),
].join('\n');

async function plannedSurvey() {
  const jobs = new CsvJobs();
  await jobs.analyseSurvey(bytesSource(new TextEncoder().encode(FORMS)), () => undefined);
  return jobs.planSurvey({ yearGroupColumn: 3, unrecognisedYearGroups: 'refuse', questions: [{ column: 4, text: 'How often do you have trouble sleeping?', concernAnswers: ['Often', 'Always'] }] });
}

describe('drop-in sessions', () => {
  it('saves a session in one write, refusing an invalid one without writing', async () => {
    await expect(saveCheckIn(db, { date: '2026-11-24', sessionType: 'bistro-drop-in', counts: [{ topic: 'sleep', count: 0 }] })).rejects.toBeInstanceOf(TrendsValidationError);
    expect(await db.checkIns.count()).toBe(0);
    const { id, previous } = await saveCheckIn(db, { date: '2026-11-24', sessionType: 'bistro-drop-in', counts: [{ topic: 'Sleep', count: 3 }, { topic: 'family', count: 0 }, { topic: 'sleep', yearGroup: 'Y9', count: 2 }] });
    expect(previous).toBeNull();
    expect((await db.checkIns.get(id))!.counts).toEqual([
      { topic: 'sleep', count: 3 },
      { topic: 'sleep', yearGroup: 'Y9', count: 2 },
    ]);
  });

  it('edits and deletes with an exact undo', async () => {
    const { id } = await saveCheckIn(db, { date: '2026-11-24', sessionType: 'bistro-drop-in', counts: [{ topic: 'sleep', count: 3 }] });
    const original = await db.checkIns.get(id);
    const { previous } = await saveCheckIn(db, { date: '2026-11-25', sessionType: 'group-session', counts: [{ topic: 'sleep', count: 4 }] }, id);
    expect(previous).toEqual(original);
    await restoreCheckIn(db, previous!);
    expect(await db.checkIns.get(id)).toEqual(original);
    const deleted = await deleteCheckIn(db, id);
    expect(await db.checkIns.count()).toBe(0);
    await restoreCheckIn(db, deleted!);
    expect(await db.checkIns.get(id)).toEqual(original);
  });

  it('imports historical tallies with new topics and an audit entry, all in one transaction', async () => {
    const { plan } = planTallyImport(['date', 'topic', 'count'], [{ cells: ['07/09/2026', 'sleep', '3'], row: 2 }, { cells: ['07/09/2026', 'revision', '2'], row: 3 }, { cells: ['14/09/2026', 'sleep', '1'], row: 4 }], ['sleep']);
    expect(await importTallies(db, plan!, 'tallies.csv')).toBe(2);
    expect(await db.checkIns.count()).toBe(2);
    expect((await db.settings.get('school'))!.checkInTopics).toContain('revision');
    expect(await db.audit.toArray()).toEqual([expect.objectContaining({ action: 'import', subject: 'Drop-in tallies (tallies.csv)', count: 2 })]);
  });

  it('a tally import that fails part-way writes nothing', async () => {
    const { plan } = planTallyImport(['date', 'topic', 'count'], [{ cells: ['07/09/2026', 'sleep', '3'], row: 2 }, { cells: ['14/09/2026', 'revision', '2'], row: 3 }], ['sleep']);
    const before = await snapshot();
    db.audit.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(importTallies(db, plan!, 'tallies.csv')).rejects.toThrow('disk full');
    expect(await snapshot()).toEqual(before);
  });
});

describe('surveys', () => {
  it('stores only aggregated counts: no row, name, email or comment of the file anywhere in the database', async () => {
    const plan = await plannedSurvey();
    const wave = await importSurvey(db, { title: 'Autumn wellbeing survey', date: '2026-10-05' }, plan, years);
    expect(wave).toMatchObject({ academicYear: 2026, term: 'autumn', responses: 30, source: 'csv' });
    const results = await db.surveyResults.toArray();
    expect(results.map((r) => [r.answer, r.yearGroup, r.count]).sort()).toEqual([
      ['Always', 'Y9', 10],
      ['Never', 'Y9', 10],
      ['Often', 'Y9', 10],
    ]);
    const everything = JSON.stringify(await snapshot());
    expect(everything).not.toMatch(/@school\.org|Pupil [A-Z]ames|I feel/);
    expect(wave.droppedColumns).toEqual([
      { header: 'ID', reason: 'identifying: pupil ID' },
      { header: 'Email', reason: 'identifying: email' },
      { header: 'Name', reason: 'identifying: name' },
      { header: 'Any comments?', reason: 'free text' },
    ]);
    expect(await db.audit.toArray()).toEqual([expect.objectContaining({ action: 'import', subject: 'Survey: Autumn wellbeing survey', count: 30 })]);
  });

  it('a survey import that fails part-way, or fails validation, writes nothing', async () => {
    const plan = await plannedSurvey();
    const before = await snapshot();
    await expect(importSurvey(db, { title: ' ', date: '2026-10-05' }, plan, years)).rejects.toBeInstanceOf(TrendsValidationError);
    let n = 0;
    db.surveyResults.hook('creating', () => {
      if (++n === 2) throw new Error('quota exceeded');
    });
    await expect(importSurvey(db, { title: 'Autumn', date: '2026-10-05' }, plan, years)).rejects.toThrow('quota exceeded');
    expect(await snapshot()).toEqual(before);
  });

  it('stores a result from a report as counts', async () => {
    const wave = await saveManualSurvey(db, { title: 'OxWell 2026', date: '2026-11-01' }, { text: 'How often do you have trouble sleeping?', concernLabel: 'Often or always' }, [{ yearGroup: 'Y9', percent: 32, n: 180 }], years);
    const results = await db.surveyResults.where('waveId').equals(wave.id).toArray();
    expect(results.map((r) => [r.answer, r.count]).sort()).toEqual([
      ['Often or always', 58],
      ['Other answers', 122],
    ]);
    await expect(saveManualSurvey(db, { title: 'x', date: '2026-11-01' }, { text: 'Q', concernLabel: 'Often' }, [{ yearGroup: 'Y9', percent: 120, n: 10 }], years)).rejects.toMatchObject({ errors: { 'rows.0': 'The percentage must be between 0 and 100.' } });
    expect(await db.surveyWaves.count()).toBe(1);
  });
});

describe('indicators and topics', () => {
  it('unlinks campaigns when an indicator is deleted, and undo links them again', async () => {
    const id = await saveIndicator(db, { name: 'Sleep visits', source: { kind: 'check-in-topic', topic: 'Sleep ' } });
    expect((await db.indicators.get(id))!.source).toEqual({ kind: 'check-in-topic', topic: 'sleep' });
    await db.campaigns.add({ id: 'c1', title: 'Sleep well', theme: 'sleep', audiences: [], yearGroups: [], startDate: '2026-11-02', endDate: '2026-12-18', partnerIds: [], status: 'planned', indicatorId: id, createdAt: '', updatedAt: '' });
    const deleted = await deleteIndicator(db, id);
    expect((await db.campaigns.get('c1'))!.indicatorId).toBeUndefined();
    await restoreIndicator(db, deleted!);
    expect((await db.campaigns.get('c1'))!.indicatorId).toBe(id);
  });

  it('saves the school’s topic list, refusing a list with a problem', async () => {
    await expect(saveTopics(db, ['sleep', 'amy@x.org'])).rejects.toBeInstanceOf(TrendsValidationError);
    expect((await db.settings.get('school'))!.checkInTopics).toBeUndefined();
    expect(await saveTopics(db, ['Sleep', 'revision '])).toEqual(['sleep', 'revision']);
  });
});

describe('the sample school’s trends', () => {
  it('builds three years of weekly tallies up to today, two survey waves and two indicators, all marked sample and loadable', async () => {
    const today = new Date('2026-11-24T09:00:00');
    const sample = buildTrendsSample(today, { sleepCampaign: { id: 'camp', startDate: '2026-11-09', endDate: '2027-01-08' } });
    expect(sample.academicYears.map((y) => y.startYear)).toEqual([2024, 2025, 2026]);
    const first = sample.checkIns.map((s) => s.date).sort()[0]!;
    expect(first.startsWith('2024-09')).toBe(true);
    expect(sample.checkIns.every((s) => s.date < '2026-11-24' && s.isSample)).toBe(true);
    expect(sample.checkIns.length).toBeGreaterThan(100);
    expect(sample.surveyWaves.map((w) => w.date)).toEqual(['2026-06-15', '2026-10-05']);
    expect(sample.surveyResults.every((r) => Number.isInteger(r.count) && r.count > 0)).toBe(true);
    expect(sample.campaignIndicators).toEqual([{ campaignId: 'camp', indicatorId: sample.indicators[0]!.id }]);
    // The same day gives the same numbers.
    const again = buildTrendsSample(today, { sleepCampaign: { id: 'camp', startDate: '2026-11-09', endDate: '2027-01-08' } });
    expect(again.checkIns.map((s) => s.counts)).toEqual(sample.checkIns.map((s) => s.counts));
    await db.transaction('rw', [db.checkIns, db.surveyWaves, db.surveyResults, db.indicators], async () => {
      await db.checkIns.bulkAdd(sample.checkIns);
      await db.surveyWaves.bulkAdd(sample.surveyWaves);
      await db.surveyResults.bulkAdd(sample.surveyResults);
      await db.indicators.bulkAdd(sample.indicators);
    });
    expect(await db.checkIns.count()).toBe(sample.checkIns.length);
  });
});
