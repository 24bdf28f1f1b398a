/**
 * A lead's campaign turned back into a template (scheduling in reverse), for "Save as my template".
 */
import { getDay } from 'date-fns';
import { parseIsoDate } from './calendar';
import {
  CAMPAIGN_TEMPLATE_FORMAT,
  CAMPAIGN_TEMPLATE_FORMAT_VERSION,
  MAX_WEEK_OFFSET,
  parseCampaignTemplate,
  templateIdFrom,
  type CampaignTemplate,
  type SchoolWeekday,
  type TemplateActivity,
  type TemplateSourceActivity,
  type TemplateSourceCampaign,
} from './campaign-templates';
import type { AcademicYearDates, YearGroup } from './domain';
import { teachingWeeksBetween } from './scheduling';

/**
 * A template from an existing campaign, so a lead can reuse it: each activity's week is its
 * teaching-week distance from the campaign's first week (half terms and holidays not counted),
 * its weekday the day it falls on (a weekend activity goes to that week's Friday). Cancelled
 * activities are left out; year groups equal to the campaign's become "campaign". Counts of who
 * came are never copied. The result passes parseCampaignTemplate.
 */
export function campaignToTemplate(
  campaign: TemplateSourceCampaign,
  activities: readonly TemplateSourceActivity[],
  years: AcademicYearDates[],
  options: { id?: string; summary?: string } = {},
): CampaignTemplate {
  const kept = activities.filter((a) => a.status !== 'cancelled').sort((a, b) => (a.date === b.date ? (a.startTime ?? '').localeCompare(b.startTime ?? '') : a.date < b.date ? -1 : 1));
  const sameGroups = (groups: YearGroup[]) => groups.length === campaign.yearGroups.length && groups.every((g) => campaign.yearGroups.includes(g));
  const templateActivities = kept.map((a): TemplateActivity => {
    const day = getDay(parseIsoDate(a.date));
    const activity: TemplateActivity = {
      type: a.type,
      title: a.title.trim(),
      weekOffset: Math.min(MAX_WEEK_OFFSET, a.date < campaign.startDate ? 0 : teachingWeeksBetween(campaign.startDate, a.date, years)),
      weekday: (day === 0 || day === 6 ? 5 : day) as SchoolWeekday,
      audiences: [...a.audiences],
      yearGroups: campaign.yearGroups.length > 0 && sameGroups(a.yearGroups) ? 'campaign' : [...a.yearGroups],
    };
    if (a.startTime) activity.startTime = a.startTime;
    if (a.durationMinutes) activity.durationMinutes = a.durationMinutes;
    for (const key of ['owner', 'partner', 'place', 'notes'] as const) if (a[key]?.trim()) activity[key] = a[key]!.trim();
    return activity;
  });
  const lastOffset = Math.max(-1, ...templateActivities.map((a) => a.weekOffset));
  const spanWeeks = campaign.endDate >= campaign.startDate ? teachingWeeksBetween(campaign.startDate, campaign.endDate, years) + 1 : 1;
  return parseCampaignTemplate({
    format: CAMPAIGN_TEMPLATE_FORMAT,
    formatVersion: CAMPAIGN_TEMPLATE_FORMAT_VERSION,
    id: options.id ?? templateIdFrom(campaign.title),
    title: campaign.title.trim(),
    theme: campaign.theme,
    summary: options.summary ?? campaign.notes ?? '',
    why: campaign.why ?? '',
    goal: campaign.goal ?? '',
    audiences: campaign.audiences,
    suggestedYearGroups: campaign.yearGroups,
    durationWeeks: Math.min(MAX_WEEK_OFFSET, Math.max(spanWeeks, lastOffset + 1, 1)),
    activities: templateActivities,
  });
}
