/**
 * Workshop plans for the fictional sample school, built from the shipped templates. A pure builder:
 * the sample school passes today's date and the ids of its campaigns and partners, and gets records
 * marked isSample back to write (and later remove) with the rest of the sample.
 */
import { addDays, nextThursday, nextTuesday } from 'date-fns';
import { nextTeachingDay, toIsoDate } from '@shared/calendar';
import type { AcademicYearDates, IsoDate } from '@shared/domain';
import type { WorkshopPlan } from '../../db/records';
import { draftFromTemplate } from './queries';
import { findWorkshopTemplate } from './templates';

export interface SampleWorkshopOptions {
  /** The sample school's academic years, so dates land on teaching days. */
  years?: AcademicYearDates[];
  /** The sample campaigns the plans belong to, when the sample has them. */
  campaignIds?: { sleep?: string; examStress?: string };
  /** The sample MHST, named as a facilitating partner. */
  mhstPartnerId?: string;
  /** Dates to use instead of the defaults (for example the sample campaign's own activity dates). */
  dates?: { parentWorkshop?: IsoDate; examStress?: IsoDate; assembly?: IsoDate };
}

export function buildSampleWorkshopPlans(today: Date, options: SampleWorkshopOptions = {}, newId: () => string = () => crypto.randomUUID()): WorkshopPlan[] {
  const at = today.toISOString();
  const onTeachingDay = (date: Date) => (options.years ? (nextTeachingDay(date, options.years) ?? toIsoDate(date)) : toIsoDate(date));
  const plans: { templateId: string; date: IsoDate; campaignId?: string | undefined; withMhst: boolean; done: boolean }[] = [
    { templateId: 'parent-sleep-workshop', date: options.dates?.parentWorkshop ?? onTeachingDay(nextThursday(addDays(today, 7))), campaignId: options.campaignIds?.sleep, withMhst: true, done: true },
    { templateId: 'year-11-exam-stress', date: options.dates?.examStress ?? onTeachingDay(nextTuesday(addDays(today, 14))), campaignId: options.campaignIds?.examStress, withMhst: true, done: false },
    { templateId: 'sleep-assembly', date: options.dates?.assembly ?? onTeachingDay(addDays(today, 3)), campaignId: options.campaignIds?.sleep, withMhst: false, done: false },
  ];
  return plans.flatMap((p) => {
    const template = findWorkshopTemplate(p.templateId);
    if (!template) return [];
    const draft = draftFromTemplate(template, newId);
    const plan: WorkshopPlan = {
      ...draft,
      id: newId(),
      date: p.date,
      // A partner facilitating replaces the template's generic "MHST practitioner".
      facilitators: p.withMhst && options.mhstPartnerId ? draft.facilitators.filter((f) => !/mhst/i.test(f)) : draft.facilitators,
      partnerIds: p.withMhst && options.mhstPartnerId ? [options.mhstPartnerId] : [],
      // The parent workshop's kit is already packed; the others are still being prepared.
      materialsChecklist: draft.materialsChecklist.map((m, i) => ({ ...m, done: p.done || i === 0 })),
      isSample: true,
      createdAt: at,
      updatedAt: at,
    };
    if (p.campaignId) plan.campaignId = p.campaignId;
    return [plan];
  });
}
