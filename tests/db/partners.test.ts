import { beforeEach, describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { createCampaign, saveActivity } from '../../renderer/src/features/campaigns/queries';
import { bookingsFrom, deletePartner, PartnerValidationError, restorePartner, savePartner } from '../../renderer/src/features/partners/queries';

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`partners-${crypto.randomUUID()}`);
  await db.open();
});

const mhst = { name: 'Northvale Mental Health Support Team', kind: 'mhst' as const };

async function campaignWith(partnerIds: string[]) {
  const campaignId = await createCampaign(db, {
    title: 'Sleep well this winter',
    theme: 'sleep',
    audiences: ['pupils'],
    yearGroups: ['Y7'],
    startDate: '2026-11-02',
    endDate: '2026-12-18',
    partnerIds,
    status: 'planned',
  });
  const activityId = await saveActivity(db, {
    campaignId,
    type: 'drop-in',
    title: 'Sleep drop-in with the MHST',
    date: '2026-12-09',
    partnerIds,
    audiences: ['pupils'],
    yearGroups: ['Y7'],
    status: 'planned',
  });
  return { campaignId, activityId };
}

describe('partners in the database', () => {
  it('saves a partner with trimmed work contacts, and a second save replaces the contacts rather than adding to them', async () => {
    const id = await savePartner(db, { ...mhst, name: '  Northvale MHST  ' }, [
      { name: ' Sam Green ', role: 'Education Mental Health Practitioner', workEmail: ' sam.green@northvale.example ', workPhone: '' },
      { name: 'Priya Shah' },
    ]);
    expect(await db.partners.get(id)).toMatchObject({ name: 'Northvale MHST', kind: 'mhst' });
    const contacts = await db.contacts.where('partnerId').equals(id).toArray();
    expect(contacts.map((c) => c.name).sort()).toEqual(['Priya Shah', 'Sam Green']);
    expect(contacts.find((c) => c.name === 'Sam Green')).toMatchObject({ workEmail: 'sam.green@northvale.example' });
    expect(contacts.find((c) => c.name === 'Sam Green')?.workPhone).toBeUndefined();

    const sam = contacts.find((c) => c.name === 'Sam Green')!;
    await savePartner(db, { id, ...mhst }, [{ ...sam, role: 'Senior practitioner' }]);
    const after = await db.contacts.toArray();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: sam.id, partnerId: id, role: 'Senior practitioner' });
    expect(await db.partners.count()).toBe(1);
  });

  it('refuses a partner without a name or a contact with a bad email, writing nothing', async () => {
    const id = await savePartner(db, mhst, [{ name: 'Sam Green' }]);
    const noName = await savePartner(db, { id, name: '  ', kind: 'mhst' }, []).catch((e: unknown) => e);
    expect(noName).toBeInstanceOf(PartnerValidationError);
    expect((noName as PartnerValidationError).errors).toHaveProperty('name');
    await expect(savePartner(db, { id, ...mhst }, [{ name: 'Sam', workEmail: 'not an email' }])).rejects.toMatchObject({ errors: { 'contacts.0.workEmail': expect.any(String) } });
    expect((await db.contacts.toArray()).map((c) => c.name)).toEqual(['Sam Green']);
    expect((await db.partners.get(id))?.name).toBe(mhst.name);
  });

  it('replaces contacts in one transaction: a failed write leaves the old contacts in place', async () => {
    const id = await savePartner(db, mhst, [{ name: 'Sam Green' }]);
    const existing = (await db.contacts.toArray())[0]!;
    // Two contacts with the same id make bulkAdd fail after the old contacts were deleted: all of it must roll back.
    await expect(savePartner(db, { id, ...mhst, name: 'Renamed' }, [{ id: 'same', name: 'A' }, { id: 'same', name: 'B' }])).rejects.toThrow();
    expect(await db.contacts.toArray()).toEqual([existing]);
    expect((await db.partners.get(id))?.name).toBe(mhst.name);
  });

  it('deletes a partner and their contacts, unlinks them from campaigns and activities (which stay), and undo links them again', async () => {
    const partnerId = await savePartner(db, mhst, [{ name: 'Sam Green' }]);
    const otherId = await savePartner(db, { name: 'Brookfield Community Centre', kind: 'community-group' }, []);
    const { campaignId, activityId } = await campaignWith([partnerId, otherId]);

    const deleted = await deletePartner(db, partnerId);
    expect(deleted).toMatchObject({ partner: { id: partnerId }, campaignIds: [campaignId], activityIds: [activityId] });
    expect(await db.partners.get(partnerId)).toBeUndefined();
    expect(await db.contacts.count()).toBe(0);
    expect((await db.campaigns.get(campaignId))?.partnerIds).toEqual([otherId]);
    expect((await db.activities.get(activityId))?.partnerIds).toEqual([otherId]);
    expect(await db.partners.get(otherId)).toBeDefined();

    await restorePartner(db, deleted!);
    expect(await db.partners.get(partnerId)).toEqual(deleted!.partner);
    expect(await db.contacts.toArray()).toEqual(deleted!.contacts);
    expect((await db.campaigns.get(campaignId))?.partnerIds.sort()).toEqual([partnerId, otherId].sort());
    expect((await db.activities.get(activityId))?.partnerIds.sort()).toEqual([partnerId, otherId].sort());
  });

  it('returns null when deleting a partner that is already gone', async () => {
    expect(await deletePartner(db, 'nobody')).toBeNull();
  });
});

describe('which bookings a partner is sent', () => {
  const years = [defaultEnglandTermDates(2026)];
  it('starts at the first day of the current term', () => {
    expect(bookingsFrom('2026-11-24', years)).toBe(years[0]!.terms[0]!.start);
  });
  it('starts today in a holiday or without term dates', () => {
    expect(bookingsFrom('2026-12-28', years)).toBe('2026-12-28');
    expect(bookingsFrom('2030-01-10', years)).toBe('2030-01-10');
  });
});
