import type { AcademicYearDates, TermName } from '@shared/domain';
import type { Campaign, Theme } from '../../db/records';

export interface CampaignFilter {
  query: string;
  status: Campaign['status'] | 'all' | 'active';
  theme: Theme | 'all';
  /** "2026-autumn" style key, or "all". */
  term: string;
}

export const NO_FILTER: CampaignFilter = { query: '', status: 'active', theme: 'all', term: 'all' };

export function termKey(startYear: number, term: TermName): string {
  return `${startYear}-${term}`;
}

/** The date range of each term key, from the school's own dates. */
export function termRanges(years: AcademicYearDates[]): Map<string, { start: string; end: string }> {
  const ranges = new Map<string, { start: string; end: string }>();
  for (const year of years) for (const term of year.terms) ranges.set(termKey(year.startYear, term.term), { start: term.start, end: term.end });
  return ranges;
}

/** Prepared once per campaign list so each keystroke only compares strings. */
export function searchText(campaign: Campaign): string {
  return [campaign.title, campaign.why, campaign.goal, campaign.notes, campaign.lead].filter(Boolean).join('\n').toLocaleLowerCase('en-GB');
}

export function filterCampaigns(campaigns: { campaign: Campaign; text: string }[], filter: CampaignFilter, ranges: Map<string, { start: string; end: string }>): Campaign[] {
  const words = filter.query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const range = filter.term === 'all' ? undefined : ranges.get(filter.term);
  const result: Campaign[] = [];
  for (const { campaign, text } of campaigns) {
    if (filter.status === 'active' ? campaign.status === 'archived' : filter.status !== 'all' && campaign.status !== filter.status) continue;
    if (filter.theme !== 'all' && campaign.theme !== filter.theme) continue;
    if (range && (campaign.endDate < range.start || campaign.startDate > range.end)) continue;
    if (words.some((w) => !text.includes(w))) continue;
    result.push(campaign);
  }
  return result;
}
