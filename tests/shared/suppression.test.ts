import { describe, expect, it } from 'vitest';
import {
  averageText,
  cellText,
  chartRows,
  chartValue,
  countText,
  rateText,
  suppressAverage,
  suppressCount,
  suppressRate,
  suppressTable,
  SUPPRESSED_SUFFIX,
  type Cell,
} from '../../shared/suppression';

describe('small-number suppression', () => {
  it('suppresses below the threshold and shows the threshold itself (the boundary)', () => {
    expect(countText(4, 5)).toBe('fewer than 5');
    expect(countText(5, 5)).toBe('5');
    expect(countText(0, 5)).toBe('fewer than 5');
    expect(countText(1204, 5)).toBe('1,204');
    expect(countText(9, 10)).toBe('fewer than 10');
    expect(countText(1, 1)).toBe('1');
  });

  it('never carries the exact value of a suppressed cell, so nothing downstream can show or plot it', () => {
    for (let n = 0; n < 5; n += 1) {
      const cell = suppressCount(n, 5);
      expect(cell).toEqual({ suppressed: true, threshold: 5 });
      expect(JSON.stringify(cell)).not.toContain(`"value"`);
      expect(chartValue(cell)).toBeNull();
    }
  });

  it('refuses nonsense thresholds and counts', () => {
    expect(() => suppressCount(3, 0)).toThrow(RangeError);
    expect(() => suppressCount(-1, 5)).toThrow(RangeError);
    expect(() => suppressCount(3, 2.5)).toThrow(RangeError);
  });

  it('shows a percentage only when neither those who answered that way nor the rest are a small number', () => {
    expect(rateText(suppressRate(58, 180, 5))).toBe('32%');
    expect(rateText(suppressRate(4, 180, 5))).toBe('fewer than 5 of 180');
    expect(rateText(suppressRate(177, 180, 5))).toBe('all but fewer than 5 of 180');
    expect(rateText(suppressRate(3, 4, 5))).toBe('fewer than 5 answered');
    expect(rateText(suppressRate(5, 10, 5))).toBe('50%');
  });

  it('shows an average per week only when the total behind it is shown', () => {
    expect(averageText(suppressAverage(25, 6, 5))).toBe('4.2');
    const small = suppressAverage(3, 6, 5);
    expect(averageText(small)).toBe('fewer than 5 in all');
    expect(JSON.stringify(small)).not.toContain('"total"');
  });
});

describe('tables with totals (secondary suppression)', () => {
  const shown = (cells: Cell[]) => cells.map(cellText);

  it('hides a second cell in a row when one is hidden and the row total is shown, so subtraction reveals nothing', () => {
    const table = suppressTable([[3, 20, 30]], 5);
    expect(shown(table.cells[0]!)).toEqual(['fewer than 5', 'fewer than 5', '30']);
    expect(cellText(table.rowTotals[0]!)).toBe('53');
  });

  it('protects columns too, and repeats until every line is safe', () => {
    const counts = [
      [2, 10, 12],
      [9, 11, 14],
      [8, 6, 20],
    ];
    const table = suppressTable(counts, 5);
    // Every row and column with a shown total has 0 or at least 2 hidden cells (totals included as cells of the margin lines).
    const hidden = table.cells.map((row) => row.map((c) => c.suppressed));
    for (let r = 0; r < 3; r += 1) {
      const n = hidden[r]!.filter(Boolean).length;
      if (!table.rowTotals[r]!.suppressed) expect(n === 0 || n >= 2).toBe(true);
    }
    for (let c = 0; c < 3; c += 1) {
      const n = hidden.map((row) => row[c]).filter(Boolean).length;
      if (!table.columnTotals[c]!.suppressed) expect(n === 0 || n >= 2).toBe(true);
    }
    expect(hidden[0]![0]).toBe(true);
  });

  it('hides a small total and leaves a table of large numbers alone', () => {
    const tiny = suppressTable([[1, 2]], 5);
    expect(cellText(tiny.rowTotals[0]!)).toBe('fewer than 5');
    const big = suppressTable(
      [
        [10, 20],
        [30, 40],
      ],
      5,
    );
    expect(big.cells.flat().every((c) => !c.suppressed)).toBe(true);
    expect(cellText(big.grandTotal)).toBe('100');
  });

  it('cannot be undone by subtracting shown cells from shown totals (exhaustive on small tables)', () => {
    // For random tables, any line whose total is shown must not have exactly one hidden part.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 300; trial += 1) {
      const rows = 1 + Math.floor(random() * 4);
      const cols = 1 + Math.floor(random() * 4);
      const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(random() * 14)));
      const t = suppressTable(counts, 5);
      for (let r = 0; r < rows; r += 1) {
        if (!t.rowTotals[r]!.suppressed) expect(t.cells[r]!.filter((c) => c.suppressed).length).not.toBe(1);
      }
      for (let c = 0; c < cols; c += 1) {
        if (!t.columnTotals[c]!.suppressed) expect(t.cells.map((row) => row[c]!).filter((x) => x.suppressed).length).not.toBe(1);
      }
      if (!t.grandTotal.suppressed) {
        expect(t.rowTotals.filter((x) => x.suppressed).length).not.toBe(1);
        expect(t.columnTotals.filter((x) => x.suppressed).length).not.toBe(1);
      }
    }
  });
});

describe('chart rows', () => {
  it('plots a suppressed point as null and flags it, so bar height cannot reveal it', () => {
    const rows = chartRows(['Aut 1', 'Aut 2'], [{ key: 'sleep', label: 'Sleep', cells: [suppressCount(3, 5), suppressCount(8, 5)] }]);
    expect(rows).toEqual([
      { category: 'Aut 1', sleep: null, [`sleep${SUPPRESSED_SUFFIX}`]: true },
      { category: 'Aut 2', sleep: 8 },
    ]);
  });
});

describe('tables that show only some totals', () => {
  it('protects only the lines whose total is printed', () => {
    // Two columns (this term, last year) with a column total each, no row totals: a small cell hides one more in its column only.
    const table = suppressTable(
      [
        [3, 20],
        [12, 30],
        [15, 2],
      ],
      5,
      { rowTotals: false, columnTotals: true },
    );
    // Column 1: 3 is hidden, so 12 (the smallest shown) goes too; column 2: 2 is hidden, so 20 goes too. Rows are left alone.
    expect(table.cells.map((r) => r.map(cellText))).toEqual([
      ['fewer than 5', 'fewer than 5'],
      ['fewer than 5', '30'],
      ['15', 'fewer than 5'],
    ]);
    expect(cellText(table.columnTotals[0]!)).toBe('30');
  });
});
