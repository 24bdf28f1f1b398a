import { beforeEach, describe, expect, it } from 'vitest';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import {
  createCampaign,
  createCampaignWithActivities,
  deleteCampaign,
  restoreCampaign,
  saveActivity,
  ValidationError,
  type CampaignDraft,
} from '../../renderer/src/features/campaigns/queries';

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`campaigns-${crypto.randomUUID()}`);
  await db.open();
});

const draft = (patch: Partial<CampaignDraft> = {}): CampaignDraft => ({
  title: 'Sleep well this winter',
  theme: 'sleep',
  audiences: ['pupils'],
  yearGroups: ['Y7', 'Y8'],
  startDate: '2026-11-02',
  endDate: '2026-12-18',
  partnerIds: [],
  status: 'planned',
  ...patch,
});

const activity = (campaignId: string, title: string, date = '2026-11-05') => ({ campaignId, type: 'assembly' as const, title, date, partnerIds: [], audiences: ['pupils' as const], yearGroups: ['Y7' as const], status: 'planned' as const });

describe('campaigns in the database', () => {
  it('refuses a campaign without a title or ending before it starts, writing nothing', async () => {
    await expect(createCampaign(db, draft({ title: ' ' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(createCampaign(db, draft({ endDate: '2026-10-01' }))).rejects.toMatchObject({ errors: { endDate: 'The campaign cannot end before it starts.' } });
    expect(await db.campaigns.count()).toBe(0);
  });

  it('writes a campaign and its activities together, or not at all', async () => {
    const bad = [{ ...activity('x', 'Assembly'), reach: -1 }];
    await expect(createCampaignWithActivities(db, draft(), bad)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.campaigns.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    const id = await createCampaignWithActivities(db, draft(), [activity('x', 'Launch assembly'), activity('x', 'PSHE lesson')]);
    expect(await db.activities.where('campaignId').equals(id).count()).toBe(2);
  });

  it('deletes a campaign with its activities and links, touches nothing else, and undo restores it exactly', async () => {
    const keep = await createCampaign(db, draft({ title: 'Exam stress' }));
    const keptActivity = await saveActivity(db, activity(keep, 'Workshop'));
    const id = await createCampaign(db, draft());
    const a1 = await saveActivity(db, activity(id, 'Launch assembly'));
    await db.resourceLinks.bulkAdd([
      { id: 'l1', resourceId: 'r1', ownerType: 'activity', ownerId: a1 },
      { id: 'l2', resourceId: 'r1', ownerType: 'activity', ownerId: keptActivity },
    ]);
    const before = { campaigns: await db.campaigns.toArray(), activities: await db.activities.toArray(), links: await db.resourceLinks.toArray() };

    const deleted = await deleteCampaign(db, id);
    expect(deleted?.activities.map((a) => a.title)).toEqual(['Launch assembly']);
    expect(await db.campaigns.toArray()).toEqual(before.campaigns.filter((c) => c.id !== id));
    expect(await db.activities.toArray()).toEqual(before.activities.filter((a) => a.campaignId !== id));
    expect((await db.resourceLinks.toArray()).map((l) => l.id)).toEqual(['l2']);

    await restoreCampaign(db, deleted!);
    expect(await db.campaigns.toArray()).toEqual(before.campaigns);
    expect(await db.activities.toArray()).toEqual(before.activities);
    expect(await db.resourceLinks.toArray()).toEqual(before.links);
  });
});
