/**
 * Domain types shared by the shell and the renderer. Dates are ISO calendar dates ("2026-11-24"),
 * times are "HH:mm"; both are shown en-GB on screen.
 */

/** An ISO calendar date, yyyy-MM-dd. */
export type IsoDate = string;

export const YEAR_GROUPS = ['R', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13'] as const;
export type YearGroup = (typeof YEAR_GROUPS)[number];

export function yearGroupLabel(group: YearGroup): string {
  return group === 'R' ? 'Reception' : `Year ${group.slice(1)}`;
}

export const TERM_NAMES = ['autumn', 'spring', 'summer'] as const;
export type TermName = (typeof TERM_NAMES)[number];

export function termLabel(term: TermName): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

/** One term's dates. The half-term holiday sits inside the term: start ≤ halfTermStart ≤ halfTermEnd ≤ end. */
export interface TermDates {
  term: TermName;
  /** First day of teaching. */
  start: IsoDate;
  /** First day of the half-term holiday. */
  halfTermStart: IsoDate;
  /** Last day of the half-term holiday. */
  halfTermEnd: IsoDate;
  /** Last day of teaching. */
  end: IsoDate;
}

/** A school's dates for one academic year, e.g. startYear 2026 for 2026/27. */
export interface AcademicYearDates {
  startYear: number;
  terms: TermDates[];
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface SchoolSettings {
  id: 'school';
  name: string;
  /** A small image as a data: URL, shown on exported documents. */
  logoDataUrl?: string;
  yearGroups: YearGroup[];
  academicYears: AcademicYearDates[];
  /** Counts below this are shown as "fewer than N" everywhere. */
  suppressionThreshold: number;
  /** The school's own wellbeing contacts, printed on signposting sheets. */
  mhstContact?: string;
  dslContact?: string;
  /** The school's own drop-in topics, in order; the defaults (shared/tally-import.ts) until set. */
  checkInTopics?: string[];
  /** The lead's own words for the governors' report, per period ("2026-autumn", "2026-year"). */
  reportCommentary?: Record<string, string>;
  /** True while the fictional sample school is loaded. */
  isSample?: boolean;
  createdAt: string;
  updatedAt: string;
}

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
