import { useLiveQuery } from 'dexie-react-hooks';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';
import type { Contact, Partner, PartnerKind } from '../../db/records';

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  mhst: 'Mental Health Support Team',
  'nhs-trust': 'NHS trust',
  council: 'Council service',
  'community-group': 'Community group',
  charity: 'Charity',
  other: 'Other',
};

export type ContactDraft = Omit<Contact, 'id' | 'partnerId'> & { id?: string };

export function usePartners(): Partner[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.partners.orderBy('name').toArray(), [db]);
}

export interface PartnerBookings {
  partner: Partner;
  contacts: Contact[];
  campaigns: { id: string; title: string; startDate: string; endDate: string }[];
  activities: import('../../db/records').Activity[];
}

/** A partner with everything they are booked for: their campaigns and activities. */
export function usePartnerBookings(id: string | undefined): PartnerBookings | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!id) return null;
    const partner = await db.partners.get(id);
    if (!partner) return null;
    const [contacts, campaigns, activities] = await Promise.all([
      db.contacts.where('partnerId').equals(id).toArray(),
      db.campaigns.where('partnerIds').equals(id).toArray(),
      db.activities.where('partnerIds').equals(id).sortBy('date'),
    ]);
    return { partner, contacts, campaigns: campaigns.sort((a, b) => a.startDate.localeCompare(b.startDate)), activities };
  }, [db, id]);
}

export function validatePartner(name: string, contacts: ContactDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (name.trim() === '') errors['name'] = 'Give the organisation a name.';
  contacts.forEach((c, i) => {
    if (c.name.trim() === '') errors[`contacts.${i}.name`] = 'Give the contact a name, or remove them.';
    if (c.workEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.workEmail)) errors[`contacts.${i}.workEmail`] = 'Enter a work email such as name@example.nhs.uk.';
  });
  return errors;
}

/** Saves a partner and replaces their contacts in one transaction. */
export async function savePartner(db: UpstreamDatabase, partner: { id?: string; name: string; kind: PartnerKind; notes?: string }, contacts: ContactDraft[]): Promise<string> {
  const now = new Date().toISOString();
  return db.transaction('rw', db.partners, db.contacts, async () => {
    const existing = partner.id ? await db.partners.get(partner.id) : undefined;
    const id = existing?.id ?? crypto.randomUUID();
    await db.partners.put({ ...existing, name: partner.name.trim(), kind: partner.kind, notes: partner.notes, id, createdAt: existing?.createdAt ?? now, updatedAt: now });
    await db.contacts.where('partnerId').equals(id).delete();
    await db.contacts.bulkAdd(contacts.map((c) => ({ ...c, name: c.name.trim(), id: c.id ?? crypto.randomUUID(), partnerId: id })));
    return id;
  });
}

/** Removes a partner, their contacts and every link to them; campaigns and activities stay. */
export async function deletePartner(db: UpstreamDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.partners, db.contacts, db.campaigns, db.activities, async () => {
    await db.contacts.where('partnerId').equals(id).delete();
    await db.campaigns.where('partnerIds').equals(id).modify((c) => {
      c.partnerIds = c.partnerIds.filter((p) => p !== id);
    });
    await db.activities.where('partnerIds').equals(id).modify((a) => {
      a.partnerIds = a.partnerIds.filter((p) => p !== id);
    });
    await db.partners.delete(id);
  });
}
