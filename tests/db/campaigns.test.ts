import { beforeEach, describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import { parseCampaignTemplate } from '@shared/campaign-templates';
import { campaignToTemplate } from '@shared/template-from-campaign';
import { scheduleFromTemplate } from '@shared/scheduling';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import type { Partner } from '../../renderer/src/db/records';
import { deleteOwnTemplate, importTemplateFile, matchPartners, restoreOwnTemplate, saveOwnTemplate } from '../../renderer/src/features/campaigns/templates';
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

describe('copies and own templates', () => {
  it('copies an activity’s linked resources to its copy in the same write', async () => {
    const source = await createCampaign(db, draft());
    const a1 = await saveActivity(db, activity(source, 'Launch assembly'));
    await db.resourceLinks.bulkAdd([
      { id: 'l1', resourceId: 'script', ownerType: 'activity', ownerId: a1 },
      { id: 'l2', resourceId: 'handout', ownerType: 'activity', ownerId: a1 },
    ]);
    const copy = await createCampaignWithActivities(db, draft({ startDate: '2027-11-01', endDate: '2027-12-17' }), [{ ...activity('x', 'Launch assembly', '2027-11-04'), copyLinksFrom: a1 }]);
    const copied = await db.activities.where('campaignId').equals(copy).first();
    expect(copied).not.toHaveProperty('copyLinksFrom');
    const links = await db.resourceLinks.where('[ownerType+ownerId]').equals(['activity', copied!.id]).toArray();
    expect(links.map((l) => l.resourceId).sort()).toEqual(['handout', 'script']);
    expect(links.every((l) => l.id !== 'l1' && l.id !== 'l2')).toBe(true);
    expect(await db.resourceLinks.count()).toBe(4);
  });

  it('saves a campaign as the lead’s template with partner names, which schedule back onto the same partner', async () => {
    const partner: Partner = { id: 'p1', name: 'Northvale MHST', kind: 'mhst', createdAt: 'x', updatedAt: 'x' };
    await db.partners.add(partner);
    const years = [defaultEnglandTermDates(2026)];
    const campaign = { ...draft(), id: 'c1', createdAt: 'x', updatedAt: 'x' };
    const activities = [
      { ...activity('c1', 'Launch assembly', '2026-11-02'), partnerIds: [] as string[] },
      { ...activity('c1', 'Drop-in with the MHST', '2026-11-11'), partnerIds: ['p1'] },
    ];
    const names = new Map([['p1', 'Northvale MHST']]);
    const template = campaignToTemplate(campaign, activities.map((a) => ({ ...a, partner: a.partnerIds.map((id) => names.get(id)).join(' and ') || undefined })), years);
    const first = await saveOwnTemplate(db, template);
    expect(first).toMatchObject({ title: 'Sleep well this winter', replaced: false });
    // Saving again replaces rather than duplicates.
    const second = await saveOwnTemplate(db, { ...template, summary: 'Second go' });
    expect(second).toMatchObject({ id: first.id, replaced: true });
    expect(await db.campaignTemplates.count()).toBe(1);

    const stored = parseCampaignTemplate((await db.campaignTemplates.get(first.id))!.template);
    expect(stored.summary).toBe('Second go');
    const plan = scheduleFromTemplate(stored, { startDate: '2027-01-04', yearGroups: ['Y8'], years: [...years, defaultEnglandTermDates(2027)] });
    const dropIn = plan.activities.find((a) => a.title === 'Drop-in with the MHST')!;
    expect(matchPartners(dropIn.partner, [partner])).toEqual(['p1']);
    expect(plan.activities.map((a) => a.title)).toEqual(['Launch assembly', 'Drop-in with the MHST']);
  });

  it('deletes an own template and undo brings it back', async () => {
    const { id } = await saveOwnTemplate(db, campaignToTemplate({ ...draft() }, [activity('c', 'Assembly', '2026-11-03')], []));
    const deleted = await deleteOwnTemplate(db, id);
    expect(await db.campaignTemplates.count()).toBe(0);
    await restoreOwnTemplate(db, deleted!);
    expect(await db.campaignTemplates.get(id)).toEqual(deleted);
  });

  it('refuses an unreadable template file with a clear message and saves nothing', async () => {
    const file = (text: string, name = 'shared.json') => ({ name, size: text.length, text: async () => text });
    await expect(importTemplateFile(db, file('{ not json'))).rejects.toThrow('This template file is damaged or not an Upstream campaign template.');
    await expect(importTemplateFile(db, file(JSON.stringify({ format: 'upstream-campaign-template', formatVersion: 9 })))).rejects.toThrow(/newer version of Upstream/);
    await expect(importTemplateFile(db, { name: 'huge.json', size: 5_000_000, text: async () => '' })).rejects.toThrow(/too large/);
    expect(await db.campaignTemplates.count()).toBe(0);
    const good = campaignToTemplate({ ...draft(), title: 'Kindness week' }, [activity('c', 'Assembly', '2026-11-03')], []);
    expect(await importTemplateFile(db, file(JSON.stringify(good)))).toMatchObject({ title: 'Kindness week', replaced: false });
  });
});
