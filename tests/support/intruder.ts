/**
 * The motivated intruder: given what a reader saw (sums of unknown non-negative counts, each shown
 * exactly, as "fewer than N" or as "hidden"), how far can each hidden sum be pinned down? Solved
 * with javascript-lp-solver, a different solver from the one the app uses, so the two check each other.
 */
import solver from 'javascript-lp-solver';

export interface SeenFigure {
  /** The unknown counts the figure adds up (with a coefficient; default 1). */
  terms: Record<string, number>;
  seen: { kind: 'exact'; value: number } | { kind: 'fewer-than'; threshold: number } | { kind: 'hidden'; threshold: number } | { kind: 'between'; min: number; max: number };
  label: string;
}

export interface Narrowed {
  label: string;
  min: number;
  max: number;
}

interface Model {
  optimize: string;
  opType: 'max' | 'min';
  constraints: Record<string, { equal?: number; min?: number; max?: number }>;
  variables: Record<string, Record<string, number>>;
}

/** Every hidden figure whose range, given everything seen, is narrower than the threshold (max − min < threshold − 1). */
export function narrowedFigures(figures: SeenFigure[], equalities: Record<string, number>[] = []): Narrowed[] {
  // Merge unknowns that appear in exactly the same figures (the same ranges, a much smaller system).
  const membership = new Map<string, string[]>();
  figures.forEach((f, i) => Object.keys(f.terms).forEach((v) => (membership.get(v) ?? membership.set(v, []).get(v)!).push(`f${i}:${f.terms[v]}`)));
  equalities.forEach((e, i) => Object.keys(e).forEach((v) => (membership.get(v) ?? membership.set(v, []).get(v)!).push(`e${i}:${e[v]}`)));
  const merged = new Map<string, string>();
  for (const [v, m] of membership) merged.set(v, `v${m.join(';')}`);
  const variables: Record<string, Record<string, number>> = {};
  const constraints: Model['constraints'] = {};
  const add = (name: string, terms: Record<string, number>) => {
    for (const [v, coef] of Object.entries(terms)) {
      const id = merged.get(v)!;
      variables[id] ??= {};
      variables[id]![name] = coef; // merged unknowns share coefficients
    }
  };
  figures.forEach((f, i) => {
    const name = `f${i}`;
    add(name, f.terms);
    const s = f.seen;
    constraints[name] = s.kind === 'exact' ? { equal: s.value } : s.kind === 'fewer-than' ? { max: s.threshold - 1 } : s.kind === 'hidden' ? { min: s.threshold } : { min: s.min, max: s.max };
  });
  equalities.forEach((e, i) => {
    add(`e${i}`, e);
    constraints[`e${i}`] = { equal: 0 };
  });
  const out: Narrowed[] = [];
  figures.forEach((f) => {
    if (f.seen.kind !== 'fewer-than' && f.seen.kind !== 'hidden') return;
    const threshold = f.seen.threshold;
    const objective = Object.fromEntries(Object.keys(f.terms).map((v) => [merged.get(v)!, f.terms[v]!]));
    const solve = (opType: 'max' | 'min') => {
      const vars: Record<string, Record<string, number>> = {};
      for (const [id, row] of Object.entries(variables)) vars[id] = { ...row, target: objective[id] ?? 0 };
      const result = solver.Solve({ optimize: 'target', opType, constraints, variables: vars } as Model) as { feasible: boolean; bounded?: boolean; result: number };
      if (!result.feasible) throw new Error(`What was seen is inconsistent (${f.label}).`);
      if (opType === 'max' && result.bounded === false) return Infinity;
      return result.result;
    };
    const min = solve('min');
    const max = solve('max');
    if (max - min < threshold - 1 - 1e-6) out.push({ label: f.label, min, max });
  });
  return out;
}
