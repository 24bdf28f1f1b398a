/**
 * THE one place that decides what is identifying. Every import (survey CSV, tally CSV, manual survey
 * entry, check-in topics) asks this module; nothing else keeps its own list.
 *
 * Upstream's rule: counts, plans and resources only, never a pupil's identity. An import drops:
 * - columns whose header names an identity (name, email, UPN, pupil ID, date of birth, postcode, …);
 * - columns where any cell looks like an email address, a UK postcode, a UPN or a phone number, or
 *   where most cells look like dates (a date of birth, or the time a response was sent);
 * - free text: columns with many different, long answers (comments), whatever their header says.
 *
 * The checks lean towards dropping: a question lost by mistake costs the lead one column; a name kept
 * by mistake could identify a child. Ordinary question text ("How often do you have trouble
 * sleeping?", "Do you know who to talk to?") must not be flagged; tests/shared/privacy.test.ts
 * holds both kinds of example.
 */

/** What kind of identity a column or value gives away, in the words shown to the lead ("identifying: email"). */
export type IdentifyingKind =
  | 'name'
  | 'email'
  | 'UPN'
  | 'pupil ID'
  | 'candidate number'
  | 'date of birth'
  | 'postcode'
  | 'address'
  | 'phone'
  | 'time of response';

/** Why a column is dropped, as shown on the import's "what will be stored" step. */
export type ColumnVerdict = { keep: true } | { keep: false; reason: 'identifying'; kind: IdentifyingKind } | { keep: false; reason: 'free text' } | { keep: false; reason: 'empty' };

/** "identifying: email", "free text", "empty" */
export function verdictLabel(verdict: ColumnVerdict): string {
  if (verdict.keep) return 'kept';
  return verdict.reason === 'identifying' ? `identifying: ${verdict.kind}` : verdict.reason;
}

// ── Headers ─────────────────────────────────────────────────────────────────────────────────────

/** Lower case, accents and punctuation removed, single spaces: "E-mail Address:" → "e mail address". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Header rules, checked in order. A header is identifying when, once normalised, it IS one of the
 * phrases, or is a short label (at most SHORT_LABEL_WORDS words, so not a question) that contains one
 * as whole words ("Pupil's full name", "Student email address", "Your postcode"), or a question that
 * asks for one ("What is your name?"). Phrases starting with "=" only count as the whole header
 * ("Phone" is a phone number; "Phone use at night" is a question).
 */
const HEADER_RULES: { kind: IdentifyingKind; phrases: string[] }[] = [
  { kind: 'email', phrases: ['email', 'e mail', 'email address', 'e mail address', 'mail address', 'school email', 'responder email', 'respondent email'] },
  { kind: 'UPN', phrases: ['upn', 'unique pupil number', 'uln', 'unique learner number'] },
  { kind: 'pupil ID', phrases: ['pupil id', 'student id', 'learner id', 'pupil number', 'student number', 'admission number', 'adno', 'mis id', 'sims id', 'id'] },
  { kind: 'candidate number', phrases: ['candidate number', 'candidate no', 'exam number'] },
  { kind: 'date of birth', phrases: ['date of birth', 'dob', 'd o b', 'birth date', 'birthday', 'birthdate'] },
  { kind: 'postcode', phrases: ['postcode', 'post code', 'postal code', 'zip', 'zip code'] },
  { kind: 'address', phrases: ['address', 'home address', '=street', 'house number'] },
  { kind: 'phone', phrases: ['=phone', 'telephone', '=mobile', 'phone number', 'mobile number', 'tel'] },
  {
    kind: 'name',
    phrases: ['name', 'first name', 'last name', 'surname', 'forename', 'forenames', 'given name', 'family name', 'full name', 'legal name', 'preferred name', 'initials', '=pupil', '=student', '=child', '=learner', '=respondent', '=responder', 'username', 'user name', 'login'],
  },
  // Forms and Google Forms add when each response was started and sent: with a timetable, that can single a pupil out.
  { kind: 'time of response', phrases: ['timestamp', 'start time', 'completion time', '=submitted', 'submitted at', 'submission time', 'last modified time', 'date submitted', 'end date', 'start date', 'recorded date', 'ip address'] },
];

const SHORT_LABEL_WORDS = 4;

/** Words that make a short header a question about something else, not a field holding an identity. */
const QUESTION_WORDS = new Set(['how', 'what', 'why', 'when', 'do', 'does', 'did', 'are', 'is', 'have', 'has', 'would', 'could', 'can', 'who', 'which', 'i', 'my', 'feel', 'often', 'rate']);

/** Words that, before an identity phrase, make a question ask for it: "What is your name?", "Pupil's date of birth". */
const OWNER_WORDS = new Set(['your', 'pupil', 'pupils', 'student', 'students', 'child', 'childs', 'learner', 'learners', 'their']);

/** The identity a column header names, or null. "Email" → 'email'; "How often do you feel lonely?" → null. */
export function identifyingHeader(header: string): IdentifyingKind | null {
  const text = normaliseHeader(header).replace(/\b(\w+) s\b/g, '$1s');
  if (text === '') return null;
  const words = text.split(' ');
  const isShortLabel = words.length <= SHORT_LABEL_WORDS && !words.some((w) => QUESTION_WORDS.has(w));
  for (const rule of HEADER_RULES) {
    for (const entry of rule.phrases) {
      const exactOnly = entry.startsWith('=');
      const phrase = exactOnly ? entry.slice(1) : entry;
      if (text === phrase) return rule.kind;
      if (exactOnly) continue;
      const phraseWords = phrase.split(' ');
      // Short phrases ("id", "tel", "zip") only count as the whole header, a whole word of a short label,
      // or straight after "your"/"pupil's" in a question.
      if (isShortLabel && containsWords(words, phraseWords)) return rule.kind;
      const at = indexOfWords(words, phraseWords);
      if (at > 0 && OWNER_WORDS.has(words[at - 1]!) && rule.kind !== 'time of response') return rule.kind;
    }
  }
  return null;
}

function containsWords(words: string[], phrase: string[]): boolean {
  return indexOfWords(words, phrase) >= 0;
}

function indexOfWords(words: string[], phrase: string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i += 1) {
    if (phrase.every((p, j) => words[i + j] === p)) return i;
  }
  return -1;
}

/** Headers that invite free text whatever the answers look like. */
const FREE_TEXT_HEADER = /\b(comments?|anything else|tell us (more|about)|please (explain|describe|specify|give details)|in your own words|other \(please|if other|free text|any other)\b/i;

export function freeTextHeader(header: string): boolean {
  return FREE_TEXT_HEADER.test(header);
}

// ── Cell contents ───────────────────────────────────────────────────────────────────────────────

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/;
/** A full UK postcode, e.g. "SW1A 1AA", "b15 2tt", "M1 1AE". */
const POSTCODE = /\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/i;
/** A UPN: a letter then 12 characters, digits (a temporary UPN ends in a letter). */
const UPN = /\b[A-Z]\d{11}[A-Z0-9]\b/i;
/** A UK phone number: 0 or +44 then 9 or 10 more digits, spaces allowed. */
const PHONE = /(?:^|[^\d])(?:\+44\s?|0)(?:\d\s?){9,10}(?:$|[^\d])/;
const DATE_ONLY = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}-\d{2}-\d{2}|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{2,4})\s*$/i;
const DATE_TIME = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}-\d{2}-\d{2})[ T]+\d{1,2}:\d{2}(:\d{2})?(\s?[ap]m)?\s*$/i;

/**
 * What identity a single value gives away, or null. Used on every cell of an import and on anything
 * a lead types that Upstream would store as a label (a topic, an answer).
 */
export function identifyingValue(value: string): IdentifyingKind | null {
  const text = value.trim();
  if (text === '') return null;
  if (EMAIL.test(text)) return 'email';
  if (UPN.test(text)) return 'UPN';
  if (POSTCODE.test(text)) return 'postcode';
  if (PHONE.test(text)) return 'phone';
  return null;
}

/** A cell holding only a date (a date of birth in a survey export) or a date and time (a response timestamp). */
export function dateLikeValue(value: string): 'date' | 'date-time' | null {
  if (DATE_TIME.test(value)) return 'date-time';
  if (DATE_ONLY.test(value)) return 'date';
  return null;
}

// ── Whole columns ───────────────────────────────────────────────────────────────────────────────

/** What an import learned about one column while reading it (built by ColumnProfiler). */
export interface ColumnProfile {
  header: string;
  /** Non-blank cells. */
  answered: number;
  /** Different non-blank values seen (counting stops at DISTINCT_LIMIT + 1). */
  distinct: number;
  /** Mean length of the different values seen. */
  meanDistinctLength: number;
  /** The first identifying kind seen in any cell, and the 1-based data row it was in. */
  identifyingCell: { kind: IdentifyingKind; row: number } | null;
  dateCells: number;
  dateTimeCells: number;
  /** Different values that read like a person's name ("Amy Clarke", "O'Neil, Sam"). */
  nameLikeDistinct: number;
}

/** Past this many different answers a column is not a multiple-choice question. */
export const DISTINCT_LIMIT = 60;
/** How many cells of a column past that limit are looked at to say why it is dropped (it is dropped either way). */
const OVERFLOW_SAMPLE = 2_000;

/** Free text: many different answers that are mostly long, or more different answers than any choice question has. */
export function looksLikeFreeText(profile: Pick<ColumnProfile, 'answered' | 'distinct' | 'meanDistinctLength'>): boolean {
  if (profile.distinct > DISTINCT_LIMIT) return true;
  const share = profile.answered === 0 ? 0 : profile.distinct / profile.answered;
  return profile.distinct >= 8 && share > 0.5 && profile.meanDistinctLength >= 15;
}

/** Most answers different, and most of them shaped like "Firstname Lastname": a names column under some other header. */
function looksLikeNames(profile: Pick<ColumnProfile, 'answered' | 'distinct' | 'nameLikeDistinct'>): boolean {
  return profile.distinct >= 5 && profile.distinct / Math.max(1, profile.answered) > 0.7 && profile.nameLikeDistinct / profile.distinct >= 0.8;
}

const NAME_LIKE = /^(?:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}|[A-Z][a-z'’-]+, [A-Z][a-z'’-]+)$/;

/** Keep or drop a column, and why. Identifying beats free text beats empty. */
export function judgeColumn(profile: ColumnProfile): ColumnVerdict {
  const byHeader = identifyingHeader(profile.header);
  if (byHeader) return { keep: false, reason: 'identifying', kind: byHeader };
  if (profile.identifyingCell) return { keep: false, reason: 'identifying', kind: profile.identifyingCell.kind };
  if (looksLikeNames(profile)) return { keep: false, reason: 'identifying', kind: 'name' };
  if (profile.answered > 0 && profile.dateTimeCells / profile.answered >= 0.5) return { keep: false, reason: 'identifying', kind: 'time of response' };
  if (profile.answered > 0 && (profile.dateCells + profile.dateTimeCells) / profile.answered >= 0.5) return { keep: false, reason: 'identifying', kind: 'date of birth' };
  if (freeTextHeader(profile.header) || looksLikeFreeText(profile)) return { keep: false, reason: 'free text' };
  if (profile.answered === 0) return { keep: false, reason: 'empty' };
  return { keep: true };
}

/**
 * Builds a ColumnProfile cell by cell without keeping the cells: only the distinct values (up to
 * DISTINCT_LIMIT + 1) are held, so memory stays small whatever the file size.
 */
export class ColumnProfiler {
  private answered = 0;
  /** Each different value and how many cells held it, until there are too many to be a choice question. */
  private readonly seen = new Map<string, number>();
  private overflow = false;
  private identifyingCell: ColumnProfile['identifyingCell'] = null;
  /** Past the distinct limit the column is dropped whatever else is found; a sample of its cells names the reason. */
  private overflowChecked = 0;
  private overflowDateCells = 0;
  private overflowDateTimeCells = 0;

  constructor(private readonly header: string) {}

  add(value: string, row: number): void {
    const count = this.seen.get(value);
    if (count !== undefined) {
      // The common case in a choice column: an answer seen before, exactly as written.
      this.seen.set(value, count + 1);
      this.answered += 1;
      return;
    }
    const text = value.trim();
    if (text === '') return;
    this.answered += 1;
    if (!this.overflow) {
      const again = this.seen.get(text);
      if (again !== undefined) {
        this.seen.set(text, again + 1);
        return;
      }
      if (this.seen.size <= DISTINCT_LIMIT) {
        // Each different value is checked once: a choice column costs a handful of checks, not one per response.
        this.seen.set(text, 1);
        this.checkIdentity(text, row);
        return;
      }
      this.overflow = true;
    }
    if (this.overflowChecked >= OVERFLOW_SAMPLE) return;
    this.overflowChecked += 1;
    this.checkIdentity(text, row);
    const date = dateLikeValue(text);
    if (date === 'date') this.overflowDateCells += 1;
    if (date === 'date-time') this.overflowDateTimeCells += 1;
  }

  private checkIdentity(text: string, row: number): void {
    if (this.identifyingCell) return;
    const kind = identifyingValue(text);
    if (kind) this.identifyingCell = { kind, row };
  }

  profile(): ColumnProfile {
    // Scale the overflow sample's dates up to every overflow cell.
    const overflowCells = this.answered - [...this.seen.values()].reduce((a, b) => a + b, 0);
    const scale = this.overflowChecked === 0 ? 0 : overflowCells / this.overflowChecked;
    let dateCells = this.overflowDateCells * scale;
    let dateTimeCells = this.overflowDateTimeCells * scale;
    let length = 0;
    let nameLike = 0;
    for (const [value, count] of this.seen) {
      length += value.length;
      if (NAME_LIKE.test(value)) nameLike += 1;
      const date = dateLikeValue(value);
      if (date === 'date') dateCells += count;
      if (date === 'date-time') dateTimeCells += count;
    }
    return {
      header: this.header,
      answered: this.answered,
      distinct: this.overflow ? DISTINCT_LIMIT + 1 : this.seen.size,
      meanDistinctLength: this.seen.size === 0 ? 0 : length / this.seen.size,
      identifyingCell: this.identifyingCell,
      dateCells,
      dateTimeCells,
      nameLikeDistinct: nameLike,
    };
  }
}

/** What the preview shows instead of a dropped column's cells. */
export function maskedCell(verdict: ColumnVerdict, value: string): string {
  if (verdict.keep) return identifyingValue(value) ? '(hidden)' : value;
  if (value.trim() === '') return '';
  return verdict.reason === 'identifying' ? `(hidden: ${verdict.kind})` : verdict.reason === 'free text' ? '(free text, not kept)' : '';
}

/**
 * Checks a short label a lead types or imports (a topic, an answer, a question) before it is stored:
 * null when fine, otherwise a sentence saying why not.
 */
export function labelProblem(label: string, what = 'This'): string | null {
  const kind = identifyingValue(label);
  if (kind) return `${what} looks like ${kind === 'email' ? 'an email address' : kind === 'UPN' ? 'a UPN' : `a ${kind}`}. Upstream never stores anything that could identify a pupil.`;
  if (dateLikeValue(label) === 'date') return `${what} looks like a date of birth. Upstream never stores anything that could identify a pupil.`;
  return null;
}
