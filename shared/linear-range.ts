/**
 * The range a linear sum can take over a small system of linear facts about non-negative unknowns:
 * the smallest and largest value of Σ x[i] (for the chosen i) such that every fact holds and every
 * x ≥ 0. It is what a careful reader can work out about a hidden number from everything else shown,
 * so shared/disclosure.ts asks it for each hidden figure.
 *
 * A dense two-phase simplex: phase 1 finds a point that satisfies the facts, phase 2 pushes the sum
 * up from there and then down from the same point. The systems here are small (tens to a few
 * hundred unknowns), so a dense tableau is quicker than anything cleverer. Pivots pick the most
 * improving column, and switch to Bland's rule (lowest index) after a run of pivots that gain
 * nothing, which rules out cycling.
 */

export interface LinearFact {
  /** Indexes of the unknowns the fact adds up (each counted once). */
  terms: number[];
  /** Optional coefficient per term (default 1), e.g. −1 for "a − b = 0". */
  coefficients?: number[];
  kind: '=' | '<=' | '>=';
  value: number;
}

export interface Range {
  min: number;
  max: number;
}

const EPS = 1e-9;

/** min and max of Σ x[target] subject to the facts and x ≥ 0; null when the facts cannot all hold. */
export function linearRange(unknowns: number, facts: LinearFact[], target: number[]): Range | null {
  const tableau = feasibleTableau(unknowns, facts);
  if (!tableau) return null;
  const up = optimise(tableau.clone(), target, 1);
  const down = optimise(tableau, target, -1);
  return { min: 0 - down + 0, max: up };
}

class Tableau {
  constructor(
    /** rows × (columns + 1): the last column is the right-hand side. */
    public rows: Float64Array[],
    public basis: Int32Array,
    public columns: number,
    /** Columns that may enter the basis in phase 2 (artificials may not). */
    public usable: number,
  ) {}

  clone(): Tableau {
    return new Tableau(
      this.rows.map((r) => r.slice()),
      this.basis.slice(),
      this.columns,
      this.usable,
    );
  }

  pivot(row: number, column: number): void {
    const pivotRow = this.rows[row]!;
    const p = pivotRow[column]!;
    for (let c = 0; c <= this.columns; c += 1) pivotRow[c]! /= p;
    for (let r = 0; r < this.rows.length; r += 1) {
      if (r === row) continue;
      const current = this.rows[r]!;
      const factor = current[column]!;
      if (Math.abs(factor) < EPS) continue;
      for (let c = 0; c <= this.columns; c += 1) current[c]! -= factor * pivotRow[c]!;
    }
    this.basis[row] = column;
  }
}

/** Builds the standard form (slacks, surpluses, artificials) and runs phase 1. */
function feasibleTableau(unknowns: number, facts: LinearFact[]): Tableau | null {
  const slackCount = facts.filter((f) => f.kind !== '=').length;
  const columns = unknowns + slackCount + facts.length;
  const rows: Float64Array[] = [];
  const basis = new Int32Array(facts.length);
  let slack = unknowns;
  facts.forEach((fact, i) => {
    const row = new Float64Array(columns + 1);
    fact.terms.forEach((t, k) => (row[t]! += fact.coefficients?.[k] ?? 1));
    if (fact.kind === '<=') row[slack++] = 1;
    else if (fact.kind === '>=') row[slack++] = -1;
    row[columns] = fact.value;
    if (fact.value < 0) for (let c = 0; c <= columns; c += 1) row[c] = -row[c]!;
    const artificial = unknowns + slackCount + i;
    row[artificial] = 1;
    basis[i] = artificial;
    rows.push(row);
  });
  const tableau = new Tableau(rows, basis, columns, unknowns + slackCount);
  // Phase 1: minimise the artificials, i.e. maximise −Σ artificials.
  const objective = new Float64Array(columns);
  for (let i = 0; i < facts.length; i += 1) objective[unknowns + slackCount + i] = -1;
  const best = run(tableau, objective, columns);
  if (best === null || best < -1e-7) return null;
  // Drive any artificial still in the basis (at zero) out, so phase 2 never moves it.
  for (let r = 0; r < tableau.rows.length; r += 1) {
    if (tableau.basis[r]! < tableau.usable) continue;
    const row = tableau.rows[r]!;
    let entering = -1;
    for (let c = 0; c < tableau.usable; c += 1) if (Math.abs(row[c]!) > 1e-7) entering = c;
    if (entering >= 0) tableau.pivot(r, entering);
  }
  return tableau;
}

/** Maximises sign · Σ x[target] from a feasible tableau; Infinity when unbounded. */
function optimise(tableau: Tableau, target: number[], sign: 1 | -1): number {
  const objective = new Float64Array(tableau.columns);
  for (const t of target) objective[t]! += sign;
  const best = run(tableau, objective, tableau.usable);
  return best === null ? Infinity : best;
}

/** Primal simplex on the tableau for `objective` over the first `enterable` columns: the optimum, or null if unbounded. */
function run(tableau: Tableau, objective: Float64Array, enterable: number): number | null {
  const { rows, basis } = tableau;
  let stalls = 0;
  for (let iteration = 0; iteration < 50_000; iteration += 1) {
    // Reduced costs: objective[c] − Σ_r objective[basis[r]] · rows[r][c].
    let entering = -1;
    let bestGain = EPS;
    const bland = stalls > 50;
    for (let c = 0; c < enterable; c += 1) {
      let reduced = objective[c]!;
      for (let r = 0; r < rows.length; r += 1) {
        const cb = objective[basis[r]!]!;
        if (cb !== 0) reduced -= cb * rows[r]![c]!;
      }
      if (reduced > bestGain) {
        entering = c;
        bestGain = reduced;
        if (bland) break;
      }
    }
    if (entering < 0) {
      let value = 0;
      for (let r = 0; r < rows.length; r += 1) value += objective[basis[r]!]! * rows[r]![tableau.columns]!;
      return value;
    }
    let leaving = -1;
    let ratio = Infinity;
    for (let r = 0; r < rows.length; r += 1) {
      const a = rows[r]![entering]!;
      if (a <= EPS) continue;
      const q = rows[r]![tableau.columns]! / a;
      if (q < ratio - EPS || (bland && Math.abs(q - ratio) <= EPS && basis[r]! < basis[leaving]!)) {
        ratio = q;
        leaving = r;
      }
    }
    if (leaving < 0) return null;
    stalls = ratio <= EPS ? stalls + 1 : 0;
    tableau.pivot(leaving, entering);
  }
  throw new Error('The linear program did not settle.');
}
