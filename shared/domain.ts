/**
 * Domain types shared by the shell and the renderer. Dates are ISO calendar dates ("2026-11-24"),
 * times are "HH:mm"; both are shown en-GB on screen.
 */

import { YEAR_GROUPS, type TermName, type YearGroup } from './model/fields';
import type { Nation } from './model/settings';

// The stored shapes live with their schemas in shared/model; these names are kept for every caller.
export { TERM_NAMES, YEAR_GROUPS, type TermName, type YearGroup } from './model/fields';
export { NATIONS, type AcademicYearDates, type Nation, type SchoolSettings, type TermDates } from './model/settings';

/** An ISO calendar date, yyyy-MM-dd. */
export type IsoDate = string;

export function yearGroupLabel(group: YearGroup): string {
  return group === 'R' ? 'Reception' : `Year ${group.slice(1)}`;
}

export function termLabel(term: TermName): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

export const NATION_LABELS: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** "Years 7 to 9", "Reception to Year 2", "Years 7, 9 and 11": how a school writes year groups. */
export function yearGroupsSummary(groups: readonly YearGroup[]): string {
  const sorted = YEAR_GROUPS.filter((g) => groups.includes(g));
  if (sorted.length === 0) return 'No year groups';
  if (sorted.length === YEAR_GROUPS.length) return 'All year groups';
  const runs: YearGroup[][] = [];
  for (const group of sorted) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous !== undefined && YEAR_GROUPS.indexOf(group) === YEAR_GROUPS.indexOf(previous) + 1) run.push(group);
    else runs.push([group]);
  }
  const number = (g: YearGroup) => g.slice(1);
  const parts = runs.map((run) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    if (run.length === 1) return yearGroupLabel(first);
    if (first === 'R') return `Reception to Year ${number(last)}`;
    return `Years ${number(first)} to ${number(last)}`;
  });
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
