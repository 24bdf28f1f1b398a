/**
 * Writes tests/db/fixtures/v<N>.json: a small database at the current schema version with a record
 * in every table. Run it once each time a schema version is added (npm run fixture:db); fixtures
 * of past versions are never rewritten, so the upgrade test always starts from what real users had.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION, recordProblem, storesAt } from '../shared/model';

const at = '2026-11-24T09:00:00.000Z';

/** One or two plausible records per table, shaped as the schema version that is current now. */
function records(): Record<string, unknown[]> {
  return {
    settings: [
      {
        id: 'school',
        name: 'Fixture Primary School',
        yearGroups: ['R', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6'],
        academicYears: [
          {
            startYear: 2026,
            terms: [
              { term: 'autumn', start: '2026-09-02', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30', end: '2026-12-18' },
              { term: 'spring', start: '2027-01-05', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19', end: '2027-03-19' },
              { term: 'summer', start: '2027-04-05', halfTermStart: '2027-05-31', halfTermEnd: '2027-06-04', end: '2027-07-22' },
            ],
          },
        ],
        suppressionThreshold: 5,
        mhstContact: 'MHST duty line, 01632 960000',
        createdAt: at,
        updatedAt: at,
      },
    ],
    campaigns: [
      { id: 'c1', title: 'Sleep well this winter', theme: 'sleep', audiences: ['pupils', 'parents'], yearGroups: ['Y5', 'Y6'], startDate: '2026-11-02', endDate: '2026-12-18', partnerIds: ['p1'], status: 'running', rag: 'green', reviewDate: '2027-02-01', createdAt: at, updatedAt: at },
    ],
    activities: [
      { id: 'a1', campaignId: 'c1', type: 'parent-workshop', title: 'Helping your child sleep well', date: '2026-12-03', startTime: '15:30', durationMinutes: 60, partnerIds: ['p1'], audiences: ['parents'], yearGroups: ['Y5', 'Y6'], status: 'done', reach: 23, workshopPlanId: 'w1', createdAt: at, updatedAt: at },
    ],
    resources: [
      { id: 'r1', title: 'Screens and sleep', kind: 'tip-sheet', themes: ['sleep'], audiences: ['parents'], yearGroups: ['Y5', 'Y6'], bodyMarkdown: '# Screens and sleep\n\nCharge devices outside the bedroom.', sources: [{ title: 'NHS: Healthy sleep tips for children' }], tags: ['screens'], archived: 0, createdAt: at, updatedAt: at },
    ],
    resourceLinks: [{ id: 'l1', resourceId: 'r1', ownerType: 'activity', ownerId: 'a1' }],
    workshopPlans: [
      { id: 'w1', title: 'Helping your child sleep well', audience: 'parents', yearGroups: ['Y5', 'Y6'], theme: 'sleep', date: '2026-12-03', startTime: '15:30', slotMinutes: 60, facilitators: ['Wellbeing lead'], objectives: ['Know how much sleep children need'], agenda: [{ id: 's1', title: 'Welcome', minutes: 5 }], materialsChecklist: [{ item: 'Handouts', done: false }], campaignId: 'c1', createdAt: at, updatedAt: at },
    ],
    checkIns: [{ id: 'k1', date: '2026-11-23', sessionType: 'Drop-in', counts: [{ topic: 'sleep', yearGroup: 'Y6', count: 4 }], createdAt: at, updatedAt: at }],
    surveyWaves: [{ id: 's1', title: 'Autumn wellbeing survey', date: '2026-10-12', academicYear: 2026, term: 'autumn', source: 'manual', questions: [{ id: 'q1', text: 'How often do you have trouble sleeping?', concernAnswers: ['Often', 'Always'] }], createdAt: at }],
    surveyResults: [{ id: 'sr1', waveId: 's1', questionId: 'q1', answer: 'Often', yearGroup: 'Y6', count: 12 }],
    indicators: [{ id: 'i1', name: 'Drop-in visits about sleep', source: { kind: 'check-in-topic', topic: 'sleep' }, createdAt: at }],
    partners: [{ id: 'p1', name: 'Northside MHST', kind: 'mhst', createdAt: at, updatedAt: at }],
    contacts: [{ id: 'ct1', partnerId: 'p1', name: 'Sam Green', role: 'Education Mental Health Practitioner', workEmail: 'sam.green@example.nhs.uk' }],
    audit: [{ seq: 1, at, action: 'export', subject: 'Parent handout PDF', count: 1 }],
    campaignTemplates: [{ id: 't1', title: 'Our sleep week', template: { format: 'upstream-campaign-template', formatVersion: 1, id: 'our-sleep-week', title: 'Our sleep week', theme: 'sleep', audiences: ['pupils'], suggestedYearGroups: ['Y6'], durationWeeks: 1, activities: [] }, createdAt: at, updatedAt: at }],
  };
}

const file = path.resolve('tests/db/fixtures', `v${CURRENT_SCHEMA_VERSION}.json`);
if (fs.existsSync(file)) {
  console.log(`${path.relative(process.cwd(), file)} already exists; past fixtures are never rewritten.`);
} else {
  const tables = records();
  const declared = Object.keys(storesAt(CURRENT_SCHEMA_VERSION)).sort();
  const missing = declared.filter((t) => !(t in tables));
  if (missing.length) throw new Error(`Add fixture records for: ${missing.join(', ')}`);
  // Every fixture record must be one the record modules in shared/model accept.
  for (const [table, rows] of Object.entries(tables)) {
    for (const row of rows) {
      const problem = recordProblem(table, row);
      if (problem) throw new Error(`Fixture: ${problem}`);
    }
  }
  fs.writeFileSync(file, `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, tables }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
