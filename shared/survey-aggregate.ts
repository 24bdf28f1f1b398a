/**
 * From a survey export to the counts Upstream stores: one row per question, answer and year group.
 *
 * SurveyAnalyser reads records one at a time (from shared/csv-import.ts) and keeps, per column, only
 * a dictionary of its different answers and, for columns that could be questions, each response's
 * answer as a small number (a code into that dictionary). Names, emails and comments are never kept:
 * a column stops being encoded the moment it has more different values than a choice question has,
 * and the privacy verdict (shared/privacy.ts) decides which columns may be kept at all. Only the
 * first PREVIEW_ROWS rows are held as text, and only masked versions leave the analyser.
 *
 * `planSurveyImport` then applies the lead's choices (which column is the year group, which questions
 * to keep, which answers are "of concern") and returns exactly what will be stored.
 */
import { YEAR_GROUPS, yearGroupLabel, type YearGroup } from './domain';
import { ColumnProfiler, DISTINCT_LIMIT, judgeColumn, labelProblem, maskedCell, verdictLabel, type ColumnVerdict } from './privacy';
import { CsvProblem, uniqueHeaders } from './csv-import';

export { isYearGroup, normaliseYearGroup } from './year-group-names';
import { normaliseYearGroup } from './year-group-names';

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

export const PREVIEW_ROWS = 5;
/** Past this many responses a file is not a school survey (a large secondary has about 2,000 pupils). */
export const MAX_RESPONSES = 1_000_000;

/** A column's dictionary and, while it could still be a question, every response's code into it. */
class EncodedColumn {
  readonly values: string[] = [];
  readonly counts: number[] = [];
  readonly firstRows: number[] = [];
  private readonly index = new Map<string, number>();
  /** Cells exactly as written → code, so most cells cost one Map lookup. */
  private readonly raw = new Map<string, number>();
  /** Code per response (0xffff = blank); null once the column has too many different values to be a question. */
  codes: Uint16Array | null = new Uint16Array(1024);

  add(value: string, response: number, row: number): void {
    if (this.codes === null) return; // not a question: nothing more to count
    if (response >= this.codes.length) {
      const grown = new Uint16Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    // Look the cell up as written first (the common case), then tidied ("  Often " → "Often").
    let code = this.raw.get(value);
    if (code !== undefined) {
      this.counts[code]! += 1;
      this.codes[response] = code;
      return;
    }
    const text = value.trim().replace(/\s+/g, ' ');
    if (text === '') {
      this.codes[response] = BLANK;
      return;
    }
    code = this.index.get(text);
    if (code === undefined) {
      if (this.values.length > DISTINCT_LIMIT) {
        // Too many different answers for a choice question: stop encoding (and stop holding new values).
        this.codes = null;
        return;
      }
      code = this.values.length;
      this.index.set(text, code);
      this.values.push(text);
      this.counts.push(0);
      this.firstRows.push(row);
    }
    if (this.raw.size < 4 * DISTINCT_LIMIT) this.raw.set(value, code);
    this.counts[code]! += 1;
    this.codes[response] = code;
  }

  get encoded(): boolean {
    return this.codes !== null;
  }
}

const BLANK = 0xffff;

export interface ColumnSummary {
  index: number;
  header: string;
  verdict: ColumnVerdict;
  /** "identifying: email", "free text", "empty", or "kept". */
  verdictText: string;
  answered: number;
  /** The different answers and how many gave each (only for columns that may be kept). */
  answers: { answer: string; count: number }[];
  /** For a possible year-group column: how its values read as year groups. */
  yearGroups?: YearGroupReading;
}

export interface YearGroupReading {
  recognised: number;
  /** Values that are not year groups, with how many responses gave each and the first row (1-based, header = row 1). */
  unrecognised: { value: string; count: number; firstRow: number }[];
  blank: number;
}

export interface SurveyAnalysis {
  columns: ColumnSummary[];
  responses: number;
  /** The first rows with every dropped column masked: safe to show. */
  preview: string[][];
  /** Notes on how the file was read (ragged rows and the like), each naming rows. */
  notes: string[];
  /** A guess at the year-group column, by header then by content. */
  suggestedYearGroupColumn: number | null;
}

/** Reads records one at a time. Feed it the header first. */
export class SurveyAnalyser {
  private headers: string[] | null = null;
  private profilers: ColumnProfiler[] = [];
  private columns: EncodedColumn[] = [];
  private previewRows: string[][] = [];
  private responses = 0;
  private shortRows: number[] = [];
  private shortCount = 0;
  private longRows: { row: number; cells: number }[] = [];

  addRecord(cells: string[], recordNumber: number): void {
    if (this.headers === null) {
      this.headers = uniqueHeaders(cells);
      this.profilers = this.headers.map((h) => new ColumnProfiler(h));
      this.columns = this.headers.map(() => new EncodedColumn());
      return;
    }
    const width = this.headers.length;
    if (cells.length > width) {
      const extra = cells.slice(width);
      if (extra.some((c) => c.trim() !== '')) {
        // A row wider than the header: its answers would land under the wrong questions, so refuse.
        throw new CsvProblem(
          `Row ${recordNumber} has ${cells.length} cells but the header row has ${width} columns, so its answers would land under the wrong questions. ` +
            'Check that the file uses one separator throughout, and that answers containing commas are in quotes.',
          { row: recordNumber },
        );
      }
    } else if (cells.length < width) {
      this.shortCount += 1;
      if (this.shortRows.length < 5) this.shortRows.push(recordNumber);
    }
    if (this.responses >= MAX_RESPONSES) {
      throw new CsvProblem(`This file has more than ${MAX_RESPONSES.toLocaleString('en-GB')} responses, so it is not a school survey export.`, { row: recordNumber });
    }
    const response = this.responses;
    this.responses += 1;
    for (let c = 0; c < width; c += 1) {
      const value = cells[c] ?? '';
      this.profilers[c]!.add(value, recordNumber);
      this.columns[c]!.add(value, response, recordNumber);
    }
    if (this.previewRows.length < PREVIEW_ROWS) this.previewRows.push(Array.from({ length: width }, (_, c) => cells[c] ?? ''));
  }

  get responseCount(): number {
    return this.responses;
  }

  analysis(): SurveyAnalysis {
    if (this.headers === null) throw new CsvProblem('The file is empty: there is no header row.');
    if (this.responses === 0) throw new CsvProblem('The file has a header row but no responses.', { row: 2 });
    const columns: ColumnSummary[] = this.headers.map((header, index) => {
      const encoded = this.columns[index]!;
      const profile = this.profilers[index]!.profile();
      let verdict = judgeColumn(profile);
      // A column with too many different answers to encode cannot be a question, whatever else it is.
      if (verdict.keep && !encoded.encoded) verdict = { keep: false, reason: 'free text' };
      const summary: ColumnSummary = {
        index,
        header,
        verdict,
        verdictText: verdictLabel(verdict),
        answered: profile.answered,
        answers: verdict.keep ? orderAnswers(encoded.values.map((answer, i) => ({ answer, count: encoded.counts[i]! })), (a) => a.answer) : [],
      };
      if (verdict.keep) summary.yearGroups = this.readYearGroups(index);
      return summary;
    });
    const notes: string[] = [];
    if (this.shortCount > 0) {
      notes.push(
        `${this.shortCount.toLocaleString('en-GB')} ${this.shortCount === 1 ? 'row was' : 'rows were'} shorter than the header (row${this.shortRows.length > 1 ? 's' : ''} ${this.shortRows.join(', ')}${this.shortCount > this.shortRows.length ? ' and others' : ''}): the missing answers at the end are treated as blank.`,
      );
    }
    const preview = this.previewRows.map((row) => row.map((value, c) => maskedCell(columns[c]!.verdict, value)));
    return { columns, responses: this.responses, preview, notes, suggestedYearGroupColumn: suggestYearGroupColumn(columns) };
  }

  private readYearGroups(index: number): YearGroupReading {
    const column = this.columns[index]!;
    const reading: YearGroupReading = { recognised: 0, unrecognised: [], blank: 0 };
    column.values.forEach((value, code) => {
      if (normaliseYearGroup(value)) reading.recognised += column.counts[code]!;
      else reading.unrecognised.push({ value, count: column.counts[code]!, firstRow: column.firstRows[code]! });
    });
    reading.blank = this.responses - column.counts.reduce((a, b) => a + b, 0);
    return reading;
  }

  /** Counts of answer × year group for one question column, year groups read from another column. */
  crossTab(questionColumn: number, yearGroupColumn: number | null): Map<string, Map<YearGroup | null, number>> {
    const question = this.columns[questionColumn];
    if (!question?.codes) throw new Error(`Column ${questionColumn + 1} cannot be counted.`);
    const groups = yearGroupColumn === null ? null : this.columns[yearGroupColumn];
    if (groups && !groups.codes) throw new Error(`Column ${yearGroupColumn! + 1} cannot be used for year groups.`);
    const groupOfCode = groups ? groups.values.map((v) => normaliseYearGroup(v)) : [];
    const table = new Map<string, Map<YearGroup | null, number>>();
    const byCode: Map<YearGroup | null, number>[] = question.values.map((answer) => {
      const row = new Map<YearGroup | null, number>();
      table.set(answer, row);
      return row;
    });
    const qCodes = question.codes;
    const gCodes = groups?.codes ?? null;
    for (let r = 0; r < this.responses; r += 1) {
      const code = qCodes[r]!;
      if (code === BLANK) continue;
      const g = gCodes ? gCodes[r]! : BLANK;
      const group = g === BLANK ? null : (groupOfCode[g] ?? null);
      const row = byCode[code]!;
      row.set(group, (row.get(group) ?? 0) + 1);
    }
    return table;
  }
}

const YEAR_HEADER = /\b(year|yr|year group|school year|form|tutor group)\b/i;

function suggestYearGroupColumn(columns: ColumnSummary[]): number | null {
  const candidates = columns.filter((c) => c.verdict.keep && c.yearGroups && c.yearGroups.recognised > 0);
  const score = (c: ColumnSummary) => {
    const r = c.yearGroups!;
    const share = r.recognised / Math.max(1, r.recognised + r.unrecognised.reduce((a, u) => a + u.count, 0));
    return share + (YEAR_HEADER.test(c.header) ? 1 : 0);
  };
  const best = candidates.sort((a, b) => score(b) - score(a))[0];
  return best && score(best) >= 0.9 ? best.index : null;
}

// ── The lead's choices, and what will be stored ─────────────────────────────────────────────────

export interface SurveyMapping {
  yearGroupColumn: number | null;
  /** What to do with responses whose year group is blank or not recognised. */
  unrecognisedYearGroups: 'refuse' | 'count-without-year-group';
  questions: { column: number; text: string; concernAnswers: string[] }[];
}

export interface PlannedQuestion {
  column: number;
  text: string;
  concernAnswers: string[];
  /** Counts per answer and year group (null = year group not given). */
  counts: { answer: string; yearGroup: YearGroup | null; count: number }[];
  answered: number;
}

export interface SurveyImportPlan {
  responses: number;
  questions: PlannedQuestion[];
  /** Every column not kept, with the reason shown to the lead. */
  dropped: { header: string; reason: string }[];
  /** Year groups found, in order. */
  yearGroups: YearGroup[];
  /** Responses counted without a year group. */
  withoutYearGroup: number;
  /** Stored rows: one per question, answer and year group. */
  rowCount: number;
}

/** A mapping problem, naming the column (and row) where it is, for the wizard to show. */
export class MappingProblem extends CsvProblem {}

/** Checks the lead's choices against the analysis and counts what will be stored. Throws MappingProblem. */
export function planSurveyImport(analyser: SurveyAnalyser, analysis: SurveyAnalysis, mapping: SurveyMapping): SurveyImportPlan {
  const column = (i: number) => analysis.columns[i];
  if (mapping.questions.length === 0) throw new MappingProblem('Choose at least one question to keep.');
  const yearColumn = mapping.yearGroupColumn === null ? null : column(mapping.yearGroupColumn);
  if (mapping.yearGroupColumn !== null) {
    if (!yearColumn || !yearColumn.verdict.keep) throw new MappingProblem('That year-group column cannot be used.', { column: yearColumn?.header });
    const reading = yearColumn.yearGroups!;
    if (mapping.unrecognisedYearGroups === 'refuse' && reading.unrecognised.length > 0) {
      const first = [...reading.unrecognised].sort((a, b) => a.firstRow - b.firstRow)[0]!;
      throw new MappingProblem(
        `Row ${first.firstRow}, column “${yearColumn.header}”: “${first.value}” is not a year group Upstream recognises` +
          (reading.unrecognised.length > 1 ? ` (nor ${reading.unrecognised.length - 1} other value${reading.unrecognised.length > 2 ? 's' : ''})` : '') +
          '. Write year groups as “Year 9”, “Y9” or “9”, or count these responses without a year group.',
        { row: first.firstRow, column: yearColumn.header },
      );
    }
  }
  const seenText = new Set<string>();
  const questions: PlannedQuestion[] = mapping.questions.map((q) => {
    const col = column(q.column);
    if (!col) throw new MappingProblem(`There is no column ${q.column + 1}.`);
    if (!col.verdict.keep) throw new MappingProblem(`“${col.header}” cannot be kept (${col.verdictText}).`, { column: col.header });
    if (q.column === mapping.yearGroupColumn) throw new MappingProblem(`“${col.header}” is the year-group column, so it cannot also be a question.`, { column: col.header });
    const text = q.text.trim();
    if (text === '') throw new MappingProblem(`Give the question in column “${col.header}” some words.`, { column: col.header });
    const textProblem = labelProblem(text, 'The question');
    if (textProblem) throw new MappingProblem(textProblem, { column: col.header });
    if (seenText.has(text.toLowerCase())) throw new MappingProblem(`Two questions are both called “${text}”. Give each its own wording.`, { column: col.header });
    seenText.add(text.toLowerCase());
    const answers = new Set(col.answers.map((a) => a.answer));
    const missing = q.concernAnswers.filter((a) => !answers.has(a));
    if (missing.length > 0) throw new MappingProblem(`“${missing[0]}” is not one of the answers to “${text}”.`, { column: col.header });
    const table = analyser.crossTab(q.column, mapping.yearGroupColumn);
    const counts: PlannedQuestion['counts'] = [];
    let answered = 0;
    for (const [answer, byGroup] of table) {
      for (const [yearGroup, count] of byGroup) {
        counts.push({ answer, yearGroup, count });
        answered += count;
      }
    }
    const answerRank = new Map(orderAnswers(col.answers, (a) => a.answer).map((a, i) => [a.answer, i]));
    counts.sort((a, b) => answerRank.get(a.answer)! - answerRank.get(b.answer)! || yearOrder(a.yearGroup) - yearOrder(b.yearGroup));
    return { column: q.column, text, concernAnswers: [...q.concernAnswers], counts, answered };
  });
  const kept = new Set([...mapping.questions.map((q) => q.column), ...(mapping.yearGroupColumn === null ? [] : [mapping.yearGroupColumn])]);
  const dropped = analysis.columns.filter((c) => !kept.has(c.index)).map((c) => ({ header: c.header, reason: c.verdict.keep ? 'not chosen' : c.verdictText }));
  const groups = new Set<YearGroup>();
  let withoutYearGroup = 0;
  if (yearColumn) {
    for (const a of yearColumn.answers) {
      const g = normaliseYearGroup(a.answer);
      if (g) groups.add(g);
      else withoutYearGroup += a.count;
    }
    withoutYearGroup += yearColumn.yearGroups!.blank;
  } else withoutYearGroup = analysis.responses;
  return {
    responses: analysis.responses,
    questions,
    dropped,
    yearGroups: YEAR_GROUPS.filter((g) => groups.has(g)),
    withoutYearGroup,
    rowCount: questions.reduce((n, q) => n + q.counts.length, 0),
  };
}

/** Answer scales surveys use, in reading order, so tables list "Never … Always" rather than A to Z. */
const SCALES = [
  ['never', 'rarely', 'hardly ever', 'sometimes', 'often', 'very often', 'most of the time', 'always', 'all of the time'],
  ['strongly disagree', 'disagree', 'neither agree nor disagree', 'neutral', 'agree', 'strongly agree'],
  ['no', 'not sure', "don't know", 'yes'],
  ['very poor', 'poor', 'fair', 'ok', 'okay', 'good', 'very good', 'excellent'],
];

/** Sorts answers along a known scale (others after, in the order first seen). */
export function orderAnswers<T>(items: T[], answerOf: (item: T) => string): T[] {
  const rank = (answer: string) => {
    const text = answer.trim().toLowerCase();
    for (const scale of SCALES) {
      const i = scale.indexOf(text);
      if (i >= 0) return i;
    }
    return 1000;
  };
  return items.map((item, i) => ({ item, i, r: rank(answerOf(item)) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}

function yearOrder(group: YearGroup | null): number {
  return group === null ? 99 : YEAR_GROUPS.indexOf(group);
}

/** "Year 9" or "Year group not given" */
export function yearGroupOrBlankLabel(group: YearGroup | null | undefined): string {
  return group ? yearGroupLabel(group) : 'Year group not given';
}

// ── Manual entry ────────────────────────────────────────────────────────────────────────────────

/**
 * A result from a report ("32% of Year 9, n = 180") as the counts Upstream stores: the share who
 * gave an answer of concern, and everyone else. Percentages are turned into whole pupils.
 */
export function countsFromPercent(percent: number, n: number): { concern: number; other: number } {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('The number of pupils who answered (n) must be a whole number of at least 1.');
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RangeError('The percentage must be between 0 and 100.');
  const concern = Math.round((percent / 100) * n);
  return { concern, other: n - concern };
}

/** Reads "32% of Year 9, n = 180" style text, as a convenience for pasting from a report. */
export function parseReportLine(text: string): { percent: number; yearGroup: YearGroup | null; n: number } | null {
  const match = /(\d+(?:\.\d+)?)\s*%\s*(?:of\s+)?(.*?)[,;(]?\s*\(?\s*n\s*=\s*(\d[\d,]*)\s*\)?\s*$/i.exec(text.trim());
  if (!match) return null;
  const n = Number(match[3]!.replace(/,/g, ''));
  const groupText = match[2]!.replace(/[,;(]\s*$/, '').trim();
  const yearGroup = groupText === '' || /^(all|everyone|all pupils|whole school)$/i.test(groupText) ? null : normaliseYearGroup(groupText);
  if (groupText !== '' && yearGroup === null && !/^(all|everyone|all pupils|whole school)$/i.test(groupText)) return null;
  return { percent: Number(match[1]), yearGroup, n };
}
