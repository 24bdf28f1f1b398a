import { beforeEach, describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import { parseWorkshopTemplate } from '@shared/workshop-templates';
import parentWorkshop from '../../resources/templates/workshops/parent-sleep-workshop.json';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import type { Resource } from '../../renderer/src/db/records';
import { saveSchoolLogo } from '../../renderer/src/features/workshops/logo';
import {
  blankWorkshopPlan,
  deleteWorkshopPlan,
  draftFromTemplate,
  linkedResources,
  restoreWorkshopPlan,
  saveWorkshopPlan,
  WorkshopValidationError,
  type WorkshopPlanDraft,
} from '../../renderer/src/features/workshops/queries';

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`workshops-${crypto.randomUUID()}`);
  await db.open();
});

const draft = (patch: Partial<WorkshopPlanDraft> = {}): WorkshopPlanDraft => ({
  ...blankWorkshopPlan(),
  title: 'Helping your child sleep well',
  startTime: '18:00',
  slotMinutes: 60,
  agenda: [
    { id: 's1', title: 'Welcome', minutes: 5 },
    { id: 's2', title: 'What sleep does', minutes: 10 },
  ],
  ...patch,
});

const resource = (id: string, title: string, kind: Resource['kind'] = 'tip-sheet'): Resource => ({
  id,
  title,
  kind,
  themes: ['sleep'],
  audiences: ['parents'],
  yearGroups: [],
  bodyMarkdown: `# ${title}\n\nTips.`,
  sources: [],
  tags: [],
  archived: 0,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

describe('workshop plans in the database', () => {
  it('refuses a plan without a title or with a 0- or negative-minute section, writing nothing', async () => {
    await expect(saveWorkshopPlan(db, draft({ title: '  ' }))).rejects.toBeInstanceOf(WorkshopValidationError);
    await expect(saveWorkshopPlan(db, draft({ agenda: [{ id: 'x', title: 'Welcome', minutes: 0 }] }))).rejects.toMatchObject({ errors: { 'agenda.x.minutes': 'A section needs at least 1 minute.' } });
    await expect(saveWorkshopPlan(db, draft({ agenda: [{ id: 'y', title: 'Welcome', minutes: -10 }] }))).rejects.toBeInstanceOf(WorkshopValidationError);
    expect(await db.workshopPlans.count()).toBe(0);
  });

  it('saves a plan with an empty agenda', async () => {
    const id = await saveWorkshopPlan(db, draft({ agenda: [] }));
    expect((await db.workshopPlans.get(id))?.agenda).toEqual([]);
  });

  it('stores what prints: trimmed text, no empty list entries or empty optional fields', async () => {
    const id = await saveWorkshopPlan(
      db,
      draft({
        title: '  Helping your child sleep well ',
        facilitators: [' Wellbeing lead ', ''],
        keyMessages: ['', 'Same wake-up time every day.'],
        materialsChecklist: [
          { item: ' Flipchart ', done: true },
          { item: '  ', done: false },
        ],
        venue: '   ',
        followUp: '',
        agenda: [{ id: 's1', title: ' Welcome ', minutes: 5, whatHappens: '', facilitatorNotes: ' Count heads ', materials: '' }],
      }),
    );
    const stored = (await db.workshopPlans.get(id))!;
    expect(stored).toMatchObject({ title: 'Helping your child sleep well', facilitators: ['Wellbeing lead'], keyMessages: ['Same wake-up time every day.'], materialsChecklist: [{ item: 'Flipchart', done: true }] });
    expect(stored.agenda).toEqual([{ id: 's1', title: 'Welcome', minutes: 5, facilitatorNotes: 'Count heads' }]);
    expect('venue' in stored).toBe(false);
    expect('followUp' in stored).toBe(false);
  });

  it('updates a plan in place, keeping when it was created', async () => {
    const id = await saveWorkshopPlan(db, draft());
    const created = (await db.workshopPlans.get(id))!.createdAt;
    await saveWorkshopPlan(db, draft({ title: 'Sleep well at home' }), id);
    const stored = (await db.workshopPlans.get(id))!;
    expect(stored.title).toBe('Sleep well at home');
    expect(stored.createdAt).toBe(created);
    expect(await db.workshopPlans.count()).toBe(1);
    await expect(saveWorkshopPlan(db, draft(), 'no-such-plan')).rejects.toThrow('That workshop plan no longer exists.');
  });

  it('links a plan to a campaign only if the campaign exists', async () => {
    await expect(saveWorkshopPlan(db, draft({ campaignId: 'gone' }))).rejects.toThrow(/no longer exists/);
    expect(await db.workshopPlans.count()).toBe(0);
  });

  it('deletes a plan with its resource links, unlinks its activities, and undo puts everything back', async () => {
    const keep = await saveWorkshopPlan(db, draft({ title: 'Exam stress' }));
    const id = await saveWorkshopPlan(db, draft());
    await db.resourceLinks.bulkAdd([
      { id: 'l1', resourceId: 'r1', ownerType: 'workshopPlan', ownerId: id },
      { id: 'l2', resourceId: 'r1', ownerType: 'workshopPlan', ownerId: keep },
      { id: 'l3', resourceId: 'r1', ownerType: 'activity', ownerId: id },
    ]);
    const activity = { id: 'a1', campaignId: 'c1', type: 'parent-workshop' as const, title: 'Workshop', date: '2026-12-03', partnerIds: [], audiences: [], yearGroups: [], status: 'planned' as const, workshopPlanId: id, createdAt: 'x', updatedAt: 'x' };
    await db.activities.add(activity);
    const before = { plans: await db.workshopPlans.toArray(), links: await db.resourceLinks.toArray(), activities: await db.activities.toArray() };

    const deleted = await deleteWorkshopPlan(db, id);
    expect(deleted?.links.map((l) => l.id)).toEqual(['l1']);
    expect(await db.workshopPlans.get(id)).toBeUndefined();
    expect((await db.resourceLinks.toArray()).map((l) => l.id).sort()).toEqual(['l2', 'l3']);
    expect((await db.activities.get('a1'))?.workshopPlanId).toBeUndefined();

    await restoreWorkshopPlan(db, deleted!);
    expect(await db.workshopPlans.toArray()).toEqual(before.plans);
    expect((await db.resourceLinks.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.links.sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.activities.toArray()).toEqual(before.activities);
    expect(await deleteWorkshopPlan(db, 'no-such-plan')).toBeNull();
  });

  it('lists linked resources parent handouts first, then by title, skipping ones that were removed', async () => {
    const id = await saveWorkshopPlan(db, draft());
    await db.resources.bulkAdd([resource('r1', 'Screens and sleep'), resource('r2', 'Helping your child sleep well', 'parent-handout'), resource('r3', 'Caffeine and sleep')]);
    await db.resourceLinks.bulkAdd([
      { id: 'z', resourceId: 'r1', ownerType: 'workshopPlan', ownerId: id },
      { id: 'y', resourceId: 'r2', ownerType: 'workshopPlan', ownerId: id },
      { id: 'x', resourceId: 'r3', ownerType: 'workshopPlan', ownerId: id },
      { id: 'w', resourceId: 'gone', ownerType: 'workshopPlan', ownerId: id },
      { id: 'v', resourceId: 'r1', ownerType: 'activity', ownerId: id },
    ]);
    expect((await linkedResources(db, id)).map((r) => r.title)).toEqual(['Helping your child sleep well', 'Caffeine and sleep', 'Screens and sleep']);
  });

  it('turns a template into a plan that saves as it is', async () => {
    const template = parseWorkshopTemplate(parentWorkshop);
    let n = 0;
    const fromTemplate = draftFromTemplate(template, () => `section-${++n}`);
    expect(fromTemplate.agenda.map((s) => s.id)).toEqual(['section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'section-6']);
    expect(fromTemplate).toMatchObject({ title: 'Helping your child sleep well', audience: 'parents', slotMinutes: 60, startTime: '18:00', templateId: 'parent-sleep-workshop' });
    expect(fromTemplate.materialsChecklist.every((m) => !m.done)).toBe(true);
    const id = await saveWorkshopPlan(db, { ...fromTemplate, date: '2026-12-03' });
    expect((await db.workshopPlans.get(id))?.agenda).toHaveLength(6);
  });
});

describe('the school logo in settings', () => {
  const settings = { id: 'school' as const, name: 'Riverside Academy', yearGroups: ['Y7' as const], academicYears: [defaultEnglandTermDates(2026)], suppressionThreshold: 5, createdAt: 'c', updatedAt: 'u' };

  it('stores and removes the logo without touching the other settings', async () => {
    await db.settings.put(settings);
    await saveSchoolLogo(db, 'data:image/png;base64,iVBORw0KGgo=');
    expect(await db.settings.get('school')).toMatchObject({ ...settings, logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=', updatedAt: expect.not.stringMatching(/^u$/) });
    await saveSchoolLogo(db, undefined);
    const after = (await db.settings.get('school'))!;
    expect('logoDataUrl' in after).toBe(false);
    expect(after.name).toBe('Riverside Academy');
  });

  it('refuses a logo before the school is set up', async () => {
    await expect(saveSchoolLogo(db, 'data:image/png;base64,iVBORw0KGgo=')).rejects.toThrow('Set up your school first, then add its logo.');
    expect(await db.settings.count()).toBe(0);
  });
});

describe('the sample school’s workshop plans', () => {
  it('builds three valid plans from the templates, marked as sample, linked to the sample campaigns and MHST', async () => {
    const { buildSampleWorkshopPlans } = await import('../../renderer/src/features/workshops/sample');
    const plans = buildSampleWorkshopPlans(new Date('2026-11-24T09:00:00'), { years: [defaultEnglandTermDates(2026)], campaignIds: { sleep: 'c-sleep', examStress: 'c-exam' }, mhstPartnerId: 'p-mhst' });
    expect(plans.map((p) => p.title)).toEqual(['Helping your child sleep well', 'Exam stress: tools that help', 'Sleep: your secret superpower']);
    expect(plans.every((p) => p.isSample === true)).toBe(true);
    expect(plans.map((p) => p.campaignId)).toEqual(['c-sleep', 'c-exam', 'c-sleep']);
    expect(plans[0]).toMatchObject({ partnerIds: ['p-mhst'], facilitators: ['Wellbeing lead'] });
    for (const p of plans) expect(p.date! >= '2026-11-24').toBe(true);
    for (const p of plans) await db.campaigns.put({ id: p.campaignId!, title: 'x', theme: 'sleep', audiences: [], yearGroups: [], startDate: '2026-11-02', endDate: '2026-12-18', partnerIds: [], status: 'running', createdAt: 'c', updatedAt: 'u' });
    // Each one is a plan the editor would save as it is.
    for (const { id: _id, createdAt: _c, updatedAt: _u, ...rest } of plans) await saveWorkshopPlan(db, rest);
    expect(await db.workshopPlans.count()).toBe(3);
  });
});
