/**
 * THE one small-number suppression rule, used by every chart, table and export.
 *
 * A count below the school's threshold (default 5) is shown as "fewer than N", never exactly:
 * 0 too, because "none of Year 7 said …" is also a small number. Rules that follow from it:
 *
 * 1. Cells. `suppressCount` turns a count into a Cell: shown (with its value) or suppressed (with
 *    no value at all, so nothing downstream can print or plot it by mistake).
 * 2. Charts. `chartValue` gives null for a suppressed cell: no bar, no point, so a bar's height
 *    cannot give the number away. Charts draw a fixed-size hatched marker with the label instead.
 * 3. Rates and percentages. Shown only when the numerator AND what is left of the denominator are
 *    at or above the threshold (and so the denominator too): "3% of 180" would reveal 5 pupils, and
 *    "98% of 180" the 4 who did not answer that way. Otherwise "fewer than 5 of 180" or "all but
 *    fewer than 5 of 180". Averages per week are shown only when the total behind them is shown.
 * 4. Totals. A total printed beside its parts would let a reader subtract the shown parts and find a
 *    suppressed one. `suppressTable` applies secondary (complementary) suppression: in every row and
 *    column that has a shown total, if exactly one cell is suppressed, the smallest shown cell is
 *    suppressed too, repeated until stable, so every hidden cell sits with at least one other in
 *    each line whose total is shown. Totals are computed from the true counts, and a total below
 *    the threshold is itself suppressed. A total can be shown somewhere else on the same screen or
 *    report (a topic's term total in the topics table, under the weekly chart of that topic), so the
 *    chart models pass the weekly series through suppressTable with those totals counted as shown.
 *    Limit, stated plainly: protection holds within one screen or report. Comparing different views
 *    (a term, then the whole year) could narrow a hidden number down; these are counts of visits,
 *    not of pupils, and the threshold is the school's to raise.
 *
 * The Trends screens and the governors' report no longer protect table by table: every number they
 * show goes through ONE pass per screen or document (shared/disclosure.ts, via shared/trends-view.ts),
 * which checks each hidden number against everything else printed beside it. The helpers here remain
 * for single, standalone figures (a survey import's preview, an indicator's latest value).
 */

export const SUPPRESSED_LABEL = 'fewer than';

export type Cell = { suppressed: false; value: number } | { suppressed: true; threshold: number };

function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`Suppression threshold must be a whole number of at least 1, not ${threshold}.`);
}

/** A count as it may be shown: below `threshold` it is suppressed and its value dropped. */
export function suppressCount(count: number, threshold: number): Cell {
  assertThreshold(threshold);
  if (!Number.isFinite(count) || count < 0) throw new RangeError(`A count must be zero or more, not ${count}.`);
  return count < threshold ? { suppressed: true, threshold } : { suppressed: false, value: count };
}

/** "fewer than 5" */
export function suppressedText(threshold: number): string {
  return `${SUPPRESSED_LABEL} ${threshold}`;
}

/** "fewer than 5" or the count, en-GB digits ("1,204"). */
export function cellText(cell: Cell): string {
  return cell.suppressed ? suppressedText(cell.threshold) : cell.value.toLocaleString('en-GB');
}

/** Shortcut: the text for a count. */
export function countText(count: number, threshold: number): string {
  return cellText(suppressCount(count, threshold));
}

/** The number a chart may plot: null for a suppressed cell, so nothing is drawn to scale. */
export function chartValue(cell: Cell): number | null {
  return cell.suppressed ? null : cell.value;
}

// ── Rates ───────────────────────────────────────────────────────────────────────────────────────

export type RateCell =
  | { suppressed: false; percent: number; numerator: number; denominator: number }
  | { suppressed: true; threshold: number; denominator: Cell; why: 'small-count' | 'small-remainder' | 'small-total' };

/** A percentage that reveals no small number: see rule 3 above. */
export function suppressRate(numerator: number, denominator: number, threshold: number): RateCell {
  assertThreshold(threshold);
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator < numerator) {
    throw new RangeError(`A rate needs 0 ≤ numerator ≤ denominator, not ${numerator} of ${denominator}.`);
  }
  const total = suppressCount(denominator, threshold);
  if (total.suppressed) return { suppressed: true, threshold, denominator: total, why: 'small-total' };
  if (numerator < threshold) return { suppressed: true, threshold, denominator: total, why: 'small-count' };
  if (denominator - numerator < threshold) return { suppressed: true, threshold, denominator: total, why: 'small-remainder' };
  return { suppressed: false, percent: (numerator / denominator) * 100, numerator, denominator };
}

/** "32%", "fewer than 5 of 180", "all but fewer than 5 of 180", "fewer than 5 answered". */
export function rateText(rate: RateCell): string {
  if (!rate.suppressed) return `${formatPercent(rate.percent)}`;
  const of = cellText(rate.denominator);
  if (rate.why === 'small-total') return `${suppressedText(rate.threshold)} answered`;
  if (rate.why === 'small-count') return `${suppressedText(rate.threshold)} of ${of}`;
  return `all but ${suppressedText(rate.threshold)} of ${of}`;
}

export function formatPercent(percent: number): string {
  return `${Math.round(percent)}%`;
}

/** A percentage a chart may plot, or null. */
export function chartRate(rate: RateCell): number | null {
  return rate.suppressed ? null : Math.round(rate.percent * 10) / 10;
}

/**
 * An average per week (or any mean of counts) that is shown only when the total behind it is:
 * 25 visits over 6 weeks → 4.2; 3 visits over 6 weeks → suppressed (0.5 × 6 gives the 3 back).
 */
export type AverageCell = { suppressed: false; average: number; total: number; over: number } | { suppressed: true; threshold: number; over: number };

export function suppressAverage(total: number, over: number, threshold: number): AverageCell {
  const cell = suppressCount(total, threshold);
  if (over <= 0) throw new RangeError('An average needs at least one week.');
  return cell.suppressed ? { suppressed: true, threshold, over } : { suppressed: false, average: total / over, total, over };
}

export function averageText(cell: AverageCell): string {
  return cell.suppressed ? `${suppressedText(cell.threshold)} in all` : formatAverage(cell.average);
}

export function formatAverage(value: number): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function chartAverage(cell: AverageCell): number | null {
  return cell.suppressed ? null : Math.round(cell.average * 10) / 10;
}

// ── Tables with totals ──────────────────────────────────────────────────────────────────────────

export interface SuppressedTable {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  grandTotal: Cell;
}

/**
 * Suppresses a table of counts shown with row totals, column totals and a grand total (rule 4).
 * `counts[r][c]` are the true counts; totals are their sums. Say which totals the table shows:
 * only lines whose total is printed need protecting (the grand total counts as shown when both are).
 */
export function suppressTable(
  counts: number[][],
  threshold: number,
  shown: { rowTotals: boolean; columnTotals: boolean; hiddenColumns?: number[] } = { rowTotals: true, columnTotals: true },
): SuppressedTable {
  assertThreshold(threshold);
  const rows = counts.length;
  const columns = rows === 0 ? 0 : Math.max(...counts.map((r) => r.length));
  const value = (r: number, c: number) => counts[r]?.[c] ?? 0;
  // The table with its margins: cell (r, columns) is row r's total, (rows, c) column c's, (rows, columns) the grand total.
  const full: number[][] = [];
  for (let r = 0; r <= rows; r += 1) {
    full.push([]);
    for (let c = 0; c <= columns; c += 1) {
      let v = 0;
      if (r < rows && c < columns) v = value(r, c);
      else if (r < rows) for (let k = 0; k < columns; k += 1) v += value(r, k);
      else if (c < columns) for (let k = 0; k < rows; k += 1) v += value(k, c);
      else for (let i = 0; i < rows; i += 1) for (let k = 0; k < columns; k += 1) v += value(i, k);
      full[r]!.push(v);
    }
  }
  const hidden = full.map((row) => row.map((v) => v < threshold));
  // Columns never displayed (e.g. "other topics" inside a shown total) are unknown to the reader: hidden from the start.
  const neverShown = new Set(shown.hiddenColumns ?? []);
  for (let r = 0; r < rows; r += 1) for (const c of neverShown) if (c < columns) hidden[r]![c] = true;

  // Every line: its parts and the total they sum to. Rows (including the column-totals row) and columns (including the row-totals column).
  const lines: { parts: [number, number][]; total: [number, number] }[] = [];
  const grand = shown.rowTotals && shown.columnTotals;
  if (shown.rowTotals) for (let r = 0; r < rows; r += 1) lines.push({ parts: range(columns).map((c) => [r, c]), total: [r, columns] });
  if (shown.columnTotals) for (let c = 0; c < columns; c += 1) lines.push({ parts: range(rows).map((r) => [r, c]), total: [rows, c] });
  if (grand) {
    lines.push({ parts: range(columns).map((c) => [rows, c]), total: [rows, columns] });
    lines.push({ parts: range(rows).map((r) => [r, columns]), total: [rows, columns] });
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const [tr, tc] = line.total;
      if (hidden[tr]![tc]) continue; // a hidden total cannot be subtracted from
      const hiddenParts = line.parts.filter(([r, c]) => hidden[r]![c]);
      if (hiddenParts.length !== 1) continue;
      const shown = line.parts.filter(([r, c]) => !hidden[r]![c]);
      // Hide the smallest shown part (ties: the first); with no part left, hide the total itself.
      const victim = shown.sort((a, b) => full[a[0]]![a[1]]! - full[b[0]]![b[1]]!)[0] ?? line.total;
      hidden[victim[0]]![victim[1]] = true;
      changed = true;
    }
  }

  const cell = (r: number, c: number): Cell => (hidden[r]![c] ? { suppressed: true, threshold } : { suppressed: false, value: full[r]![c]! });
  return {
    cells: range(rows).map((r) => range(columns).map((c) => cell(r, c))),
    rowTotals: range(rows).map((r) => cell(r, columns)),
    columnTotals: range(columns).map((c) => cell(rows, c)),
    grandTotal: cell(rows, columns),
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

// ── Chart data ──────────────────────────────────────────────────────────────────────────────────

/** A figure already protected by a view's disclosure pass (shared/disclosure.ts): its plotted number (or null) and its words. */
export interface PlotCell {
  plot: number | null;
  text: string;
  hidden: boolean;
}

/** One series of a chart: a label and a cell per category (x value). */
export interface ChartSeries {
  key: string;
  label: string;
  cells: (Cell | AverageCell | RateCell | PlotCell | null)[];
}

/** A plotted cell: the number (or null), what a table or tooltip shows, and whether it was suppressed. */
export interface ChartPoint {
  value: number | null;
  text: string;
  suppressed: boolean;
  /** No data at all for this category (not the same as suppressed). */
  missing: boolean;
}

export function chartPoint(cell: Cell | AverageCell | RateCell | PlotCell | null): ChartPoint {
  if (cell === null) return { value: null, text: 'no session', suppressed: false, missing: true };
  if ('plot' in cell) return { value: cell.hidden ? null : cell.plot, text: cell.text, suppressed: cell.hidden, missing: false };
  if ('percent' in cell || 'why' in cell) return { value: chartRate(cell), text: rateText(cell), suppressed: cell.suppressed, missing: false };
  if ('average' in cell || 'over' in cell) return { value: chartAverage(cell), text: averageText(cell), suppressed: cell.suppressed, missing: false };
  return { value: chartValue(cell), text: cellText(cell), suppressed: cell.suppressed, missing: false };
}

/**
 * Rows for recharts: one per category, `{ category, [key]: number | null, [key + SUPPRESSED]: true }`.
 * A suppressed point is null (nothing drawn to scale) and flagged, so the chart can draw its marker.
 */
export const SUPPRESSED_SUFFIX = '__suppressed';

export function chartRows(categories: string[], series: ChartSeries[]): Record<string, string | number | boolean | null>[] {
  return categories.map((category, i) => {
    const row: Record<string, string | number | boolean | null> = { category };
    for (const s of series) {
      const point = chartPoint(s.cells[i] ?? null);
      row[s.key] = point.value;
      if (point.suppressed) row[s.key + SUPPRESSED_SUFFIX] = true;
    }
    return row;
  });
}
