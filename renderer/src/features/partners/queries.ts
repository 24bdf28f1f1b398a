import { useLiveQuery } from 'dexie-react-hooks';
import { FormValidationError } from '@shared/field-errors';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';
import { isIsoDate } from '@shared/calendar';
import type { AcademicYearDates, IsoDate } from '@shared/domain';
import type { Activity, Contact, Partner, PartnerKind } from '../../db/records';

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
  activities: Activity[];
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
    if (c.workEmail?.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.workEmail.trim())) errors[`contacts.${i}.workEmail`] = 'Enter a work email such as name@example.nhs.uk.';
  });
  return errors;
}

/** The app's one form error (field → message), under the name this feature's screens use. */
export { FormValidationError as PartnerValidationError } from '@shared/field-errors';

/** Checks, then saves a partner and replaces their contacts in one transaction: all or nothing. */
export async function savePartner(db: UpstreamDatabase, partner: { id?: string; name: string; kind: PartnerKind; notes?: string }, contacts: ContactDraft[]): Promise<string> {
  const errors = validatePartner(partner.name, contacts);
  if (Object.keys(errors).length > 0) throw new FormValidationError(errors);
  const now = new Date().toISOString();
  return db.transaction('rw', db.partners, db.contacts, async () => {
    const existing = partner.id ? await db.partners.get(partner.id) : undefined;
    const id = existing?.id ?? crypto.randomUUID();
    await db.partners.put({ ...existing, name: partner.name.trim(), kind: partner.kind, notes: partner.notes, id, createdAt: existing?.createdAt ?? now, updatedAt: now });
    await db.contacts.where('partnerId').equals(id).delete();
    await db.contacts.bulkAdd(
      contacts.map((c) => ({
        ...c,
        name: c.name.trim(),
        role: c.role?.trim() || undefined,
        workEmail: c.workEmail?.trim() || undefined,
        workPhone: c.workPhone?.trim() || undefined,
        id: c.id ?? crypto.randomUUID(),
        partnerId: id,
      })),
    );
    return id;
  });
}

/** What deleting a partner removed, so Undo can put it back and link it again. */
export interface DeletedPartner {
  partner: Partner;
  contacts: Contact[];
  campaignIds: string[];
  activityIds: string[];
}

/** Removes a partner, their contacts and every link to them in one transaction; campaigns and activities stay. */
export async function deletePartner(db: UpstreamDatabase, id: string): Promise<DeletedPartner | null> {
  return db.transaction('rw', db.partners, db.contacts, db.campaigns, db.activities, async () => {
    const partner = await db.partners.get(id);
    if (!partner) return null;
    const contacts = await db.contacts.where('partnerId').equals(id).toArray();
    const campaignIds = (await db.campaigns.where('partnerIds').equals(id).primaryKeys()) as string[];
    const activityIds = (await db.activities.where('partnerIds').equals(id).primaryKeys()) as string[];
    await db.contacts.where('partnerId').equals(id).delete();
    await db.campaigns.where('partnerIds').equals(id).modify((c) => {
      c.partnerIds = c.partnerIds.filter((p) => p !== id);
    });
    await db.activities.where('partnerIds').equals(id).modify((a) => {
      a.partnerIds = a.partnerIds.filter((p) => p !== id);
    });
    await db.partners.delete(id);
    return { partner, contacts, campaignIds, activityIds };
  });
}

/** Undo for deletePartner: the partner, their contacts, and their links on campaigns and activities that still exist. */
export async function restorePartner(db: UpstreamDatabase, deleted: DeletedPartner): Promise<void> {
  const link = (row: { partnerIds: string[] }) => {
    if (!row.partnerIds.includes(deleted.partner.id)) row.partnerIds = [...row.partnerIds, deleted.partner.id];
  };
  await db.transaction('rw', db.partners, db.contacts, db.campaigns, db.activities, async () => {
    await db.partners.add(deleted.partner);
    await db.contacts.bulkAdd(deleted.contacts);
    await db.campaigns.where('id').anyOf(deleted.campaignIds).modify(link);
    await db.activities.where('id').anyOf(deleted.activityIds).modify(link);
  });
}

/**
 * Where a partner's bookings start for "send them their term": the first day of the term holding
 * `today`; in a holiday, or without term dates, `today` itself (so only what is still to come).
 */
export function bookingsFrom(today: IsoDate, years: AcademicYearDates[]): IsoDate {
  const term = years
    .flatMap((y) => y.terms)
    .filter((t) => isIsoDate(t.start) && isIsoDate(t.end))
    .sort((a, b) => a.start.localeCompare(b.start))
    .find((t) => t.end >= today);
  return term && term.start <= today ? term.start : today;
}
