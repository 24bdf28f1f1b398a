import { describe, expect, it } from 'vitest';
import { linearRange } from '../../shared/linear-range';

describe('linearRange', () => {
  it('finds what subtraction gives away', () => {
    // a + b = 10, b = 7 → a is exactly 3
    expect(linearRange(2, [{ terms: [0, 1], kind: '=', value: 10 }, { terms: [1], kind: '=', value: 7 }], [0])).toEqual({ min: 3, max: 3 });
  });
  it('keeps a range open when two hidden cells share a shown total', () => {
    // a + b = 7, a ≤ 4, b ≤ 4 → a in 3..4
    const r = linearRange(2, [{ terms: [0, 1], kind: '=', value: 7 }, { terms: [0], kind: '<=', value: 4 }, { terms: [1], kind: '<=', value: 4 }], [0])!;
    expect(r.min).toBeCloseTo(3);
    expect(r.max).toBeCloseTo(4);
  });
  it('reports an unbounded maximum and an infeasible system', () => {
    expect(linearRange(2, [{ terms: [0, 1], kind: '>=', value: 5 }], [0])).toEqual({ min: 0, max: Infinity });
    expect(linearRange(1, [{ terms: [0], kind: '=', value: 5 }, { terms: [0], kind: '<=', value: 4 }], [0])).toBeNull();
  });
  it('handles links with negative coefficients', () => {
    // x0 + x1 = x2, x2 = 9, x0 = 4 → x1 = 5
    const r = linearRange(3, [{ terms: [0, 1, 2], coefficients: [1, 1, -1], kind: '=', value: 0 }, { terms: [2], kind: '=', value: 9 }, { terms: [0], kind: '=', value: 4 }], [1])!;
    expect(r.min).toBeCloseTo(5);
    expect(r.max).toBeCloseTo(5);
  });
});
