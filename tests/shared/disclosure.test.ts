import { describe, expect, it, vi } from 'vitest';
import { DisclosurePlan, figureText } from '../../shared/disclosure';
import { narrowedFigures, type SeenFigure } from '../support/intruder';

vi.setConfig({ testTimeout: 60_000 });

/** A table with row totals, column totals and a grand total, declared cell by cell. */
function tablePlan(counts: number[][], threshold: number) {
  const plan = new DisclosurePlan(threshold);
  const rows = counts.length;
  const cols = counts[0]!.length;
  counts.forEach((row, r) => row.forEach((v, c) => plan.cell(`${r},${c}`, v)));
  const ids: { id: string; cells: string[] }[] = [];
  const add = (id: string, cells: string[], weight = 0) => ids.push({ id: plan.figure(id, cells, { weight }), cells });
  for (let r = 0; r < rows; r += 1) for (let c = 0; c < cols; c += 1) add(`cell ${r},${c}`, [`${r},${c}`]);
  for (let r = 0; r < rows; r += 1) add(`row ${r}`, counts[r]!.map((_, c) => `${r},${c}`), 1);
  for (let c = 0; c < cols; c += 1) add(`col ${c}`, counts.map((_, r) => `${r},${c}`), 1);
  add('grand', counts.flatMap((row, r) => row.map((_, c) => `${r},${c}`)), 2);
  for (let r = 0; r < rows; r += 1) plan.total(`row ${r}`, counts[r]!.map((_, c) => `cell ${r},${c}`));
  for (let c = 0; c < cols; c += 1) plan.total(`col ${c}`, counts.map((_, r) => `cell ${r},${c}`));
  plan.total('grand', counts.map((_, r) => `row ${r}`));
  plan.total('grand', counts[0]!.map((_, c) => `col ${c}`));
  return { plan, ids };
}

/** What a reader sees, as the intruder reads it. */
function seen(view: ReturnType<DisclosurePlan['protect']>, ids: { id: string; cells: string[] }[], threshold: number): SeenFigure[] {
  return ids.filter(({ id }) => view.text(id) !== '–').map(({ id, cells }) => {
    const text = view.text(id);
    const terms = Object.fromEntries(cells.map((c) => [c, 1]));
    if (text.startsWith('fewer than')) return { terms, label: id, seen: { kind: 'fewer-than', threshold } };
    if (text === 'hidden') return { terms, label: id, seen: { kind: 'hidden', threshold } };
    return { terms, label: id, seen: { kind: 'exact', value: Number(text.replace(/,/g, '')) } };
  });
}

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('one disclosure pass over a table with totals', () => {
  it('hides a small cell as “fewer than 5” and a protector as “hidden”, and nothing can be narrowed', () => {
    const { plan, ids } = tablePlan(
      [
        [3, 20, 12],
        [14, 9, 30],
      ],
      5,
    );
    const view = plan.protect();
    expect(view.text('cell 0,0')).toBe('fewer than 5');
    expect(view.counts().protecting).toBeGreaterThan(0);
    const texts = ids.map(({ id }) => view.text(id));
    // Never "fewer than 5" for a number that is not small.
    ids.forEach(({ id }, i) => {
      if (texts[i] === 'fewer than 5') expect(id).toBe('cell 0,0');
    });
    expect(narrowedFigures(seen(view, ids, 5))).toEqual([]);
  });

  it('catches what the old per-line rule missed: two small cells in one line whose sum pins both', () => {
    // 4 + 3 = 7 with both "fewer than 5": each is 3 or 4, not 0 to 4.
    const plan = new DisclosurePlan(5);
    plan.cell('a', 4);
    plan.cell('b', 3);
    plan.cell('c', 40);
    plan.figure('a', ['a']);
    plan.figure('b', ['b']);
    plan.figure('c', ['c']);
    plan.figure('total', ['a', 'b', 'c'], { weight: 1 });
    const view = plan.protect();
    expect(view.text('c')).toBe('hidden');
    expect(view.text('total')).toBe('47');
  });

  it('states a figure declared twice once: the same sum reads the same everywhere', () => {
    const plan = new DisclosurePlan(5);
    plan.cell('x', 2);
    plan.figure('table', ['x']);
    plan.figure('sentence', ['x']);
    const view = plan.protect();
    expect(view.text('sentence')).toBe(view.text('table'));
    expect(figureText(view.get('table'), 5)).toBe('fewer than 5');
  });

  it('protects a sensitive number that is never printed (the remainder behind a percentage)', () => {
    const plan = new DisclosurePlan(5);
    plan.cell('concern', 176);
    plan.cell('other', 4);
    plan.figure('concern', ['concern']);
    plan.figure('answered', ['concern', 'other']);
    plan.figure('remainder', ['other'], { printed: false });
    const view = plan.protect();
    expect([view.text('concern'), view.text('answered')]).toContain('hidden');
  });

  for (const threshold of [5, 10]) {
    it(`leaves no hidden cell narrower than 0 to ${threshold - 1} in 150 random small tables (threshold ${threshold})`, () => {
      const next = random(threshold);
      for (let n = 0; n < 150; n += 1) {
        const rows = 1 + Math.floor(next() * 4);
        const cols = 2 + Math.floor(next() * 4);
        const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (next() < 0.45 ? Math.floor(next() * threshold) : Math.floor(next() * threshold * 4))));
        const { plan, ids } = tablePlan(counts, threshold);
        const view = plan.protect();
        const narrowed = narrowedFigures(seen(view, ids, threshold));
        expect(narrowed, JSON.stringify(counts)).toEqual([]);
        // Honest markers: "fewer than" only on small numbers, "hidden" only on the rest.
        ids.forEach(({ id, cells }) => {
          const value = cells.reduce((sum, c) => sum + counts[Number(c.split(',')[0])]![Number(c.split(',')[1])]!, 0);
          const text = view.text(id);
          if (text.startsWith('fewer than')) expect(value).toBeLessThan(threshold);
          if (text === 'hidden') expect(value).toBeGreaterThanOrEqual(threshold);
          if (value < threshold && text !== '–') expect(text).toBe(`fewer than ${threshold}`);
          if (text === '–') expect(id).toMatch(/row|col|grand/);
        });
      }
    });
  }
});
