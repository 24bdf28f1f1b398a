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
  /** True while the fictional sample school is loaded. */
  isSample?: boolean;
  createdAt: string;
  updatedAt: string;
}
