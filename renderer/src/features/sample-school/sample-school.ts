/**
 * The fictional sample school: a year of realistic campaigns built from the built-in templates, so
 * a newcomer can explore. Every record is marked isSample and removed in one step.
 */
import { addDays, startOfWeek } from 'date-fns';
import { academicYearOf, defaultEnglandTermDates, nextTeachingDay, parseIsoDate, toIsoDate } from '@shared/calendar';
import type { CampaignTemplate } from '@shared/campaign-templates';
import type { AcademicYearDates, SchoolSettings, YearGroup } from '@shared/domain';
import { scheduleFromTemplate } from '@shared/scheduling';
import type { UpstreamDatabase } from '../../db/database';
import type { Activity, Campaign, Contact, Partner } from '../../db/records';
import { BUILT_IN_TEMPLATES } from '../campaigns/templates';
import { buildSampleResourceLinks } from '../resources/sample';
import { SCHOOL_SETTINGS_ID } from '../settings/queries';
import { buildTrendsSample } from '../trends/sample';
import { buildSampleWorkshopPlans } from '../workshops/sample';

export const SAMPLE_SCHOOL_NAME = 'Brookfield Academy (sample school)';

export interface SampleSchool {
  settings: SchoolSettings;
  partners: Partner[];
  contacts: Contact[];
  campaigns: Campaign[];
  activities: Activity[];
}

function template(id: string): CampaignTemplate {
  const entry = BUILT_IN_TEMPLATES.find((t) => 'template' in t && t.template.id === id);
  if (!entry || !('template' in entry)) throw new Error(`The built-in template “${id}” is missing.`);
  return entry.template;
}

/** A deterministic fill: the same `today` always gives the same school (ids aside). */
export function buildSampleSchool(today: Date, newId: () => string = () => crypto.randomUUID()): SampleSchool {
  const at = today.toISOString();
  const startYear = academicYearOf(today);
  const years: AcademicYearDates[] = [defaultEnglandTermDates(startYear - 1), defaultEnglandTermDates(startYear), defaultEnglandTermDates(startYear + 1)];
  const current = years[1]!;
  const todayIso = toIsoDate(today);
  const yearGroups: YearGroup[] = ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'];

  const mhst: Partner = { id: newId(), name: 'Northvale Mental Health Support Team', kind: 'mhst', notes: 'With the school every Wednesday.', isSample: true, createdAt: at, updatedAt: at };
  const nursing: Partner = { id: newId(), name: 'Northvale School Nursing Service', kind: 'nhs-trust', isSample: true, createdAt: at, updatedAt: at };
  const centre: Partner = { id: newId(), name: 'Brookfield Community Centre', kind: 'community-group', isSample: true, createdAt: at, updatedAt: at };
  const partners = [mhst, nursing, centre];
  const contacts: Contact[] = [
    { id: newId(), partnerId: mhst.id, name: 'Sam Green', role: 'Education Mental Health Practitioner', workEmail: 'sam.green@northvale-mhst.example', workPhone: '01632 960123' },
    { id: newId(), partnerId: nursing.id, name: 'Priya Shah', role: 'School nurse', workEmail: 'priya.shah@northvale-nursing.example' },
    { id: newId(), partnerId: centre.id, name: 'Dave Morris', role: 'Centre manager', workPhone: '01632 960456' },
  ];

  const term = (name: 'autumn' | 'spring' | 'summer') => current.terms.find((t) => t.term === name)!;
  const weekAfter = (date: string, weeks: number) => nextTeachingDay(toIsoDate(addDays(startOfWeek(parseIsoDate(date), { weekStartsOn: 1 }), weeks * 7)), years) ?? date;
  const plans: { templateId: string; start: string; groups: YearGroup[]; partner: Partner; lead: string }[] = [
    { templateId: 'mhst-weekly-drop-in', start: weekAfter(term('autumn').start, 1), groups: yearGroups, partner: mhst, lead: 'Ms Okafor, wellbeing lead' },
    { templateId: 'sleep-well', start: weekAfter(term('autumn').halfTermEnd, 1), groups: ['Y7', 'Y8', 'Y9'], partner: mhst, lead: 'Ms Okafor, wellbeing lead' },
    { templateId: 'year-11-exam-stress', start: weekAfter(term('autumn').halfTermEnd, 3), groups: ['Y11'], partner: mhst, lead: 'Mr Hughes, Head of Year 11' },
    { templateId: 'sofa-conversations', start: weekAfter(term('spring').start, 1), groups: [], partner: centre, lead: 'Ms Okafor, wellbeing lead' },
  ];

  const campaigns: Campaign[] = [];
  const activities: Activity[] = [];
  plans.forEach((plan, index) => {
    const scheduled = scheduleFromTemplate(template(plan.templateId), { startDate: plan.start, yearGroups: plan.groups, years });
    const campaignId = newId();
    const finished = scheduled.campaign.endDate < todayIso;
    const started = scheduled.campaign.startDate <= todayIso;
    campaigns.push({
      ...scheduled.campaign,
      id: campaignId,
      status: finished ? 'finished' : started ? 'running' : 'planned',
      rag: started ? (index % 2 === 0 ? 'green' : 'amber') : undefined,
      reviewDate: toIsoDate(addDays(parseIsoDate(scheduled.campaign.startDate), 91)),
      lead: plan.lead,
      partnerIds: [plan.partner.id],
      isSample: true,
      createdAt: at,
      updatedAt: at,
    });
    scheduled.activities.forEach((a, i) => {
      const { movedFromHoliday: _moved, partner: _partner, ...fields } = a;
      const past = a.date < todayIso;
      activities.push({
        ...fields,
        id: newId(),
        campaignId,
        partnerIds: a.partner ? [plan.partner.id] : [],
        // Most past activities happened; one in each campaign still needs updating, as in real life.
        status: past && i !== 1 ? 'done' : 'planned',
        reach: past && i !== 1 ? reachFor(a.type, i) : undefined,
        isSample: true,
        createdAt: at,
        updatedAt: at,
      });
    });
  });

  const settings: SchoolSettings = {
    id: SCHOOL_SETTINGS_ID,
    name: SAMPLE_SCHOOL_NAME,
    yearGroups,
    academicYears: years,
    suppressionThreshold: 5,
    mhstContact: 'Sam Green, Education Mental Health Practitioner, Northvale MHST, 01632 960123',
    dslContact: 'Mrs Patel, Designated Safeguarding Lead, via the school office, 01632 960100',
    isSample: true,
    createdAt: at,
    updatedAt: at,
  };
  return { settings, partners, contacts, campaigns, activities };
}

/** Plausible attendance counts, varied but repeatable. */
function reachFor(type: Activity['type'], index: number): number {
  const base: Partial<Record<Activity['type'], number>> = { assembly: 180, 'pshe-lesson': 28, 'parent-workshop': 19, 'pupil-workshop': 24, 'drop-in': 9, 'community-conversation': 12, 'staff-training': 41 };
  return (base[type] ?? 15) + ((index * 7) % 11);
}

/** The whole sample: the school and campaigns, plus each feature's own sample records. */
export function buildFullSample(today: Date) {
  const school = buildSampleSchool(today);
  const sleep = school.campaigns.find((c) => c.theme === 'sleep');
  const exam = school.campaigns.find((c) => c.theme === 'exam-stress');
  const mhst = school.partners.find((p) => p.kind === 'mhst');
  const trends = buildTrendsSample(today, {
    years: school.settings.academicYears,
    sleepCampaign: sleep ? { id: sleep.id, startDate: sleep.startDate, endDate: sleep.endDate } : undefined,
    yearGroups: school.settings.yearGroups,
  });
  // The tallies go back three academic years: make sure the school has dates for all of them.
  const years = [...school.settings.academicYears];
  for (const year of trends.academicYears) if (!years.some((y) => y.startYear === year.startYear)) years.push(year);
  years.sort((x, y) => x.startYear - y.startYear);
  const settings = { ...school.settings, academicYears: years };
  const parentWorkshop = school.activities.find((a) => a.campaignId === sleep?.id && a.type === 'parent-workshop');
  const workshopPlans = buildSampleWorkshopPlans(today, {
    years,
    campaignIds: { sleep: sleep?.id, examStress: exam?.id },
    mhstPartnerId: mhst?.id,
    dates: parentWorkshop ? { parentWorkshop: parentWorkshop.date } : {},
  });
  if (parentWorkshop) parentWorkshop.workshopPlanId = workshopPlans.find((p) => p.audience === 'parents')?.id;
  const indicatorOf = new Map(trends.campaignIndicators.map((c) => [c.campaignId, c.indicatorId]));
  const campaigns = school.campaigns.map((c) => (indicatorOf.has(c.id) ? { ...c, indicatorId: indicatorOf.get(c.id) } : c));
  const resourceLinks = buildSampleResourceLinks(school.activities);
  return { ...school, settings, campaigns, workshopPlans, resourceLinks, checkIns: trends.checkIns, surveyWaves: trends.surveyWaves, surveyResults: trends.surveyResults, indicators: trends.indicators };
}

/**
 * Adds the sample school in one transaction. On first run it also becomes the school's settings;
 * a school that already has its own settings keeps them.
 */
export async function loadSampleSchool(db: UpstreamDatabase, today = new Date()): Promise<void> {
  const sample = buildFullSample(today);
  await db.transaction('rw', db.tables, async () => {
    if ((await db.campaigns.filter((c) => c.isSample === true).count()) > 0) throw new Error('The sample school is already loaded.');
    if (!(await db.settings.get(SCHOOL_SETTINGS_ID))) await db.settings.add(sample.settings);
    await db.partners.bulkAdd(sample.partners);
    await db.contacts.bulkAdd(sample.contacts);
    await db.campaigns.bulkAdd(sample.campaigns);
    await db.activities.bulkAdd(sample.activities);
    await db.workshopPlans.bulkAdd(sample.workshopPlans);
    await db.resourceLinks.bulkAdd(sample.resourceLinks);
    await db.checkIns.bulkAdd(sample.checkIns);
    await db.surveyWaves.bulkAdd(sample.surveyWaves);
    await db.surveyResults.bulkAdd(sample.surveyResults);
    await db.indicators.bulkAdd(sample.indicators);
    await db.audit.add({ at: new Date().toISOString(), action: 'sample-loaded', subject: 'Sample school', count: sample.campaigns.length });
  });
}

const sampleIds = async (table: { toArray(): Promise<{ id: string; isSample?: boolean }[]> }) => (await table.toArray()).filter((row) => row.isSample).map((row) => row.id);

/** Removes every sample record in one transaction; the lead's own records are untouched. */
export async function removeSampleSchool(db: UpstreamDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const samplePartners = await sampleIds(db.partners);
    const sampleActivities = await sampleIds(db.activities);
    const samplePlans = await sampleIds(db.workshopPlans);
    const sampleWaves = await sampleIds(db.surveyWaves);
    await db.resourceLinks
      .where('[ownerType+ownerId]')
      .anyOf([...sampleActivities.map((id) => ['activity', id]), ...samplePlans.map((id) => ['workshopPlan', id])])
      .delete();
    await db.surveyResults.where('waveId').anyOf(sampleWaves).delete();
    await db.contacts.where('partnerId').anyOf(samplePartners).delete();
    for (const table of [db.activities, db.campaigns, db.workshopPlans, db.checkIns, db.surveyWaves, db.indicators, db.partners] as const) {
      await (table as unknown as { bulkDelete(ids: string[]): Promise<void> }).bulkDelete(await sampleIds(table as unknown as { toArray(): Promise<{ id: string; isSample?: boolean }[]> }));
    }
    // The lead's own campaigns and activities may have linked a sample partner: unlink it.
    const unlink = (row: { partnerIds: string[] }) => {
      row.partnerIds = row.partnerIds.filter((id) => !samplePartners.includes(id));
    };
    await db.campaigns.where('partnerIds').anyOf(samplePartners).modify(unlink);
    await db.activities.where('partnerIds').anyOf(samplePartners).modify(unlink);
    const settings = await db.settings.get(SCHOOL_SETTINGS_ID);
    if (settings?.isSample) await db.settings.delete(SCHOOL_SETTINGS_ID);
    await db.audit.add({ at: new Date().toISOString(), action: 'sample-removed', subject: 'Sample school' });
  });
}

export async function hasSampleData(db: UpstreamDatabase): Promise<boolean> {
  return (await db.campaigns.filter((c) => c.isSample === true).count()) > 0 || (await db.settings.get(SCHOOL_SETTINGS_ID))?.isSample === true;
}
