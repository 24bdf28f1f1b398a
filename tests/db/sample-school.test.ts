import { beforeEach, describe, expect, it } from 'vitest';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { createCampaign, saveActivity } from '../../renderer/src/features/campaigns/queries';
import { savePartner } from '../../renderer/src/features/partners/queries';
import { buildSampleSchool, hasSampleData, loadSampleSchool, removeSampleSchool, SAMPLE_SCHOOL_NAME } from '../../renderer/src/features/sample-school/sample-school';
import { initialSettingsDraft, saveSchoolSettings } from '../../renderer/src/features/settings/queries';

const TODAY = new Date('2026-11-24T09:00:00');

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`sample-${crypto.randomUUID()}`);
  await db.open();
});

const counts = async () => ({
  settings: await db.settings.count(),
  partners: await db.partners.count(),
  contacts: await db.contacts.count(),
  campaigns: await db.campaigns.count(),
  activities: await db.activities.count(),
});

async function ownSchool() {
  await saveSchoolSettings(db, { ...initialSettingsDraft(TODAY), name: 'Riverside Academy' });
}

describe('the sample school', () => {
  it('loads on first run in one go: its own settings and a year of campaigns, every record marked as a sample', async () => {
    const expected = buildSampleSchool(TODAY);
    await loadSampleSchool(db, TODAY);

    expect(await counts()).toEqual({
      settings: 1,
      partners: expected.partners.length,
      contacts: expected.contacts.length,
      campaigns: expected.campaigns.length,
      activities: expected.activities.length,
    });
    expect(expected.campaigns.length).toBeGreaterThanOrEqual(4);
    expect(expected.activities.length).toBeGreaterThan(20);
    const settings = await db.settings.get('school');
    expect(settings).toMatchObject({ name: SAMPLE_SCHOOL_NAME, isSample: true });
    for (const table of [db.partners, db.campaigns, db.activities] as const) {
      expect((await table.toArray()).every((row) => row.isSample === true)).toBe(true);
    }
    // Contacts belong to sample partners only.
    const partnerIds = new Set((await db.partners.toArray()).map((p) => p.id));
    expect((await db.contacts.toArray()).every((c) => partnerIds.has(c.partnerId))).toBe(true);
    // Every activity belongs to a sample campaign, and past ones mostly happened.
    const campaignIds = new Set((await db.campaigns.toArray()).map((c) => c.id));
    const activities = await db.activities.toArray();
    expect(activities.every((a) => campaignIds.has(a.campaignId))).toBe(true);
    expect(activities.some((a) => a.status === 'done' && (a.reach ?? 0) > 0)).toBe(true);
    expect(activities.some((a) => a.status === 'planned' && a.date < '2026-11-24')).toBe(true);
    expect(await hasSampleData(db)).toBe(true);
    expect((await db.audit.toArray()).map((e) => e.action)).toEqual(['sample-loaded']);
  });

  it('removes only sample records, unlinks sample partners from the lead’s own work, and goes back to first run', async () => {
    await loadSampleSchool(db, TODAY);
    const samplePartner = (await db.partners.toArray())[0]!;
    const sampleActivity = (await db.activities.toArray())[0]!;
    // The lead starts their own work alongside the sample, even linking a sample partner.
    const ownPartner = await savePartner(db, { name: 'Riverside Youth Trust', kind: 'charity' }, [{ name: 'Ana Lopes', workEmail: 'ana@riverside.example' }]);
    const ownCampaign = await createCampaign(db, {
      title: 'Friendship week',
      theme: 'friendships',
      audiences: ['pupils'],
      yearGroups: ['Y7'],
      startDate: '2026-12-01',
      endDate: '2026-12-11',
      partnerIds: [samplePartner.id, ownPartner],
      status: 'planned',
    });
    const ownActivity = await saveActivity(db, {
      campaignId: ownCampaign,
      type: 'assembly',
      title: 'Friendship assembly',
      date: '2026-12-02',
      partnerIds: [samplePartner.id],
      audiences: ['pupils'],
      yearGroups: ['Y7'],
      status: 'planned',
    });
    await db.resourceLinks.bulkAdd([
      { id: 'own-link', resourceId: 'r1', ownerType: 'activity', ownerId: ownActivity },
      { id: 'sample-link', resourceId: 'r1', ownerType: 'activity', ownerId: sampleActivity.id },
    ]);

    await removeSampleSchool(db);

    expect(await counts()).toEqual({ settings: 0, partners: 1, contacts: 1, campaigns: 1, activities: 1 });
    expect(await db.campaigns.get(ownCampaign)).toMatchObject({ title: 'Friendship week', partnerIds: [ownPartner] });
    expect(await db.activities.get(ownActivity)).toMatchObject({ title: 'Friendship assembly', partnerIds: [] });
    expect((await db.resourceLinks.toArray()).map((l) => l.id)).toEqual(['own-link']);
    expect(await hasSampleData(db)).toBe(false);
    expect((await db.audit.toArray()).map((e) => e.action)).toEqual(['sample-loaded', 'sample-removed']);
  });

  it('keeps a real school’s settings when loading and removing the sample', async () => {
    await ownSchool();
    const before = await db.settings.get('school');
    await loadSampleSchool(db, TODAY);
    expect(await db.settings.get('school')).toEqual(before);
    expect(await db.campaigns.count()).toBeGreaterThan(0);
    await removeSampleSchool(db);
    expect(await db.settings.get('school')).toEqual(before);
    expect(await counts()).toEqual({ settings: 1, partners: 0, contacts: 0, campaigns: 0, activities: 0 });
  });

  it('refuses to load a second copy, changing nothing', async () => {
    await loadSampleSchool(db, TODAY);
    const before = await counts();
    await expect(loadSampleSchool(db, TODAY)).rejects.toThrow('The sample school is already loaded.');
    expect(await counts()).toEqual(before);
  });

  it('builds the same school from the same day (ids aside), with campaigns from the built-in templates', () => {
    let n = 0;
    const id = () => `id-${(n += 1)}`;
    const first = buildSampleSchool(TODAY, id);
    n = 0;
    expect(buildSampleSchool(TODAY, id)).toEqual(first);
    expect(first.campaigns.map((c) => c.title)).toEqual(expect.arrayContaining(['Sleep well this winter']));
  });
});
