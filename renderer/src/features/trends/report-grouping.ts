/**
 * What the lead lets the governors' report group before anything is hidden, so fewer numbers need
 * hiding: weeks into half terms, year groups into key stages, rare topics into "other topics". The
 * choices travel in the report's address (?halfTerms=1&keyStages=1&otherTopics=1) and the report
 * says which were made.
 */
import type { TermName } from '@shared/domain';

export interface ReportGrouping {
  halfTerms: boolean;
  keyStages: boolean;
  otherTopics: boolean;
}

/** The choices in an address; unset ones default to grouping (weeks into half terms only for a whole year). */
export function reportGrouping(params: URLSearchParams, term: TermName | null): ReportGrouping {
  const flag = (name: keyof ReportGrouping, fallback: boolean) => (params.get(name) === null ? fallback : params.get(name) === '1');
  return { halfTerms: flag('halfTerms', term === null), keyStages: flag('keyStages', true), otherTopics: flag('otherTopics', true) };
}

export function reportQuery(grouping: ReportGrouping): string {
  return `?halfTerms=${grouping.halfTerms ? 1 : 0}&keyStages=${grouping.keyStages ? 1 : 0}&otherTopics=${grouping.otherTopics ? 1 : 0}`;
}

/** The sentence the report prints about its grouping. */
export function groupingSentence(grouping: ReportGrouping, groupedTopics: string[], threshold: number): string {
  const parts = [
    grouping.halfTerms ? 'weeks into half terms' : '',
    grouping.keyStages ? 'year groups into key stages' : '',
    grouping.otherTopics && groupedTopics.length > 0 ? `topics with fewer than ${threshold} visits in both periods into “other topics” (${groupedTopics.join(', ')})` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Grouped for this report, so that fewer numbers need hiding: ${parts.join('; ')}.` : 'Nothing is grouped in this report: every week, year group and topic is shown on its own.';
}
