/**
 * Disclosure control for one whole screen or one whole document: nothing hidden can be worked out
 * from everything else that is shown beside it.
 *
 * A view declares every number it will show as a FIGURE: a sum of underlying counts (CELLS: "visits
 * about sleep from Year 7 in the week of 8 September"), which the reader never sees directly. Two
 * sums the reader knows to be equal without seeing either (a chart's weeks and a table's topics both
 * add up to the term's visits) are declared as LINKS. `protect()` then decides, for the whole view:
 *
 * - a figure below the threshold is hidden and reads "fewer than N" (a zero too: see zeroRule);
 * - while any hidden figure could be narrowed (the range of values consistent with everything shown
 *   and every marker is narrower than the threshold: anything short of 0 to 4 for a threshold of 5),
 *   one more figure near it is hidden, and reads "hidden" (it is not small: it protects another);
 * - figures a view never prints but that would be sensitive when small (those who did NOT give an
 *   answer of concern, behind a percentage) are declared `printed: false` and protected the same way.
 *
 * The range of each hidden figure is found by linear programming over the view's facts
 * (shared/linear-range.ts). Every sentence, summary and accessible name is then written from the
 * protected figures, never from the raw counts.
 */
import { linearRange, type LinearFact } from './linear-range';

/** How a true zero is shown: the one rule every view follows (stated on the Data and privacy page). */
export function zeroRule(threshold: number): string {
  return `A count of zero is a small number like any below ${threshold}, so it reads “fewer than ${threshold}” too: “none of Year 7 came” says as much as “one did”. A row or week is never left out because its count is zero; “no session” means no drop-in was held that week, which is a fact about the timetable, not about pupils.`;
}

export type FigureStatus = 'shown' | 'small' | 'protecting' | 'withheld';

export interface ProtectedFigure {
  status: FigureStatus;
  /** The true value: only for shown figures. */
  value: number | null;
}

interface Figure {
  id: string;
  cells: number[];
  value: number;
  printed: boolean;
  /** Higher keeps it shown longer when something must be hidden to protect another (totals, headline figures). */
  weight: number;
}

export interface FigureOptions {
  /** False for a figure that is never printed but is sensitive when small (default true). */
  printed?: boolean;
  /** Higher: hide it as a protector only after lower ones (default 0; totals 1, headline figures 2). */
  weight?: number;
}

export class DisclosurePlan {
  private readonly cellIndex = new Map<string, number>();
  private readonly cellValues: number[] = [];
  private readonly figures = new Map<string, Figure>();
  private readonly bySignature = new Map<string, Figure>();
  private readonly aliases = new Map<string, string>();
  private readonly links: [number[], number[]][] = [];
  private readonly lines: { total: string; parts: string[] }[] = [];
  private withhold: (status: Map<string, FigureStatus>) => Map<string, FigureStatus> = (s) => s;

  constructor(readonly threshold: number) {
    if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`Suppression threshold must be a whole number of at least 1, not ${threshold}.`);
  }

  /** An underlying count (adds up if declared twice). */
  cell(key: string, value: number): void {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`A count must be zero or more, not ${value}.`);
    const i = this.cellIndex.get(key);
    if (i === undefined) {
      this.cellIndex.set(key, this.cellValues.length);
      this.cellValues.push(value);
    } else this.cellValues[i]! += value;
  }

  /** Declares a figure as the sum of cells (unknown keys count as cells of 0). The same sum declared twice is one figure. */
  figure(id: string, cellKeys: Iterable<string>, options: FigureOptions = {}): string {
    const cells = [...new Set([...cellKeys].map((k) => this.indexOf(k)))].sort((a, b) => a - b);
    const signature = cells.join(',');
    const printed = options.printed ?? true;
    const existing = this.bySignature.get(signature);
    if (existing) {
      existing.printed ||= printed;
      existing.weight = Math.max(existing.weight, options.weight ?? 0);
      this.aliases.set(id, existing.id);
      return existing.id;
    }
    const figure: Figure = { id, cells, value: cells.reduce((n, c) => n + this.cellValues[c]!, 0), printed, weight: options.weight ?? 0 };
    this.figures.set(id, figure);
    this.bySignature.set(signature, figure);
    this.aliases.set(id, id);
    return id;
  }

  /** A fact the reader knows without seeing either side: these two sums are equal. */
  link(a: Iterable<string>, b: Iterable<string>): void {
    this.links.push([[...a].map((k) => this.indexOf(k)), [...b].map((k) => this.indexOf(k))]);
  }

  /**
   * Says that a printed total is the sum of printed parts (a table's row, a chart's bars). A total
   * whose parts are all hidden is not printed at all, whatever its size ("–"): its parts are hidden,
   * so it would only tell a reader about them.
   */
  total(totalId: string, partIds: string[]): void {
    this.lines.push({ total: totalId, parts: partIds });
  }

  private linkIndex: Map<number, number[]> | null = null;
  private linksOfCell(): Map<number, number[]> {
    if (!this.linkIndex) {
      this.linkIndex = new Map();
      this.links.forEach(([a, b], i) => {
        for (const c of [...a, ...b]) (this.linkIndex!.get(c) ?? this.linkIndex!.set(c, []).get(c)!).push(i);
      });
    }
    return this.linkIndex;
  }

  private indexOf(key: string): number {
    if (!this.cellIndex.has(key)) this.cell(key, 0);
    return this.cellIndex.get(key)!;
  }

  /** Decides what every figure shows. */
  protect(): ProtectedView {
    const t = this.threshold;
    const all = [...this.figures.values()];
    const status = new Map<string, FigureStatus>();
    for (const f of all) status.set(f.id, f.value < t ? 'small' : 'shown');
    // Figures sharing a cell, and cells tied by links, form one system; others never affect each other.
    const figuresOfCell = new Map<number, Figure[]>();
    for (const f of all) for (const c of f.cells) (figuresOfCell.get(c) ?? figuresOfCell.set(c, []).get(c)!).push(f);
    // Hiding one more figure only ever widens the others' ranges, so each hidden figure is checked
    // until it is wide enough, and a figure newly hidden to protect joins the queue.
    const lines = this.lines.map((l) => ({ total: this.aliases.get(l.total)!, parts: l.parts.map((p) => this.aliases.get(p)!) }));
    this.withhold = (s) => withholdTotals(s, lines);
    const queue = all.filter((f) => f.value < t).sort((a, b) => a.cells.length - b.cells.length);
    while (queue.length > 0) {
      const target = queue.shift()!;
      for (let guard = 0; guard < all.length; guard += 1) {
        const system = this.systemAround(target, figuresOfCell, status);
        if (this.wideEnough(target, system, status)) break;
        const victim = this.chooseProtector(target, system, status);
        if (!victim) break;
        status.set(victim.id, 'protecting');
        queue.push(victim);
      }
    }
    this.prune(all, figuresOfCell, status);
    return new ProtectedView(t, this.figures, this.aliases, this.withhold(status));
  }

  /**
   * Fewest hidden: each figure hidden only to protect others is shown again, heaviest first, if every
   * hidden figure around it stays wide enough without it.
   */
  private prune(all: Figure[], figuresOfCell: Map<number, Figure[]>, status: Map<string, FigureStatus>): void {
    const protectors = all.filter((f) => status.get(f.id) === 'protecting').sort((a, b) => b.weight - a.weight || b.value - a.value);
    const hidden = all.filter((f) => f.value < this.threshold || status.get(f.id) === 'protecting');
    if (protectors.length * hidden.length > 2_000) return;
    for (const p of protectors) {
      status.set(p.id, 'shown');
      const cells = new Set(this.systemAround(p, figuresOfCell, status).cells);
      const affected = hidden.filter((h) => h !== p && status.get(h.id) !== 'shown' && h.cells.some((c) => cells.has(c)));
      if (!affected.every((h) => this.wideEnough(h, this.systemAround(h, figuresOfCell, status), status))) status.set(p.id, 'protecting');
    }
  }

  /** Every figure and link connected to the target through shared cells (hidden and shown alike). */
  private systemAround(target: Figure, figuresOfCell: Map<number, Figure[]>, status: Map<string, FigureStatus>): { figures: Figure[]; links: [number[], number[]][]; cells: number[] } {
    const cells = new Set<number>();
    const figures = new Set<Figure>();
    const links = new Set<number>();
    const queue = [...target.cells];
    const visit = (c: number) => {
      if (!cells.has(c)) {
        cells.add(c);
        queue.push(c);
      }
    };
    target.cells.forEach((c) => cells.add(c));
    while (queue.length > 0) {
      const c = queue.pop()!;
      for (const f of figuresOfCell.get(c) ?? []) {
        if (figures.has(f)) continue;
        // An unprinted figure that is not itself the target says nothing to the reader.
        if (!f.printed && f !== target) continue;
        figures.add(f);
        f.cells.forEach(visit);
      }
      for (const i of this.linksOfCell().get(c) ?? []) {
        if (links.has(i)) continue;
        links.add(i);
        this.links[i]![0].forEach(visit);
        this.links[i]![1].forEach(visit);
      }
    }
    void status;
    return { figures: [...figures], links: [...links].map((i) => this.links[i]!), cells: [...cells] };
  }

  private wideEnough(target: Figure, system: { figures: Figure[]; links: [number[], number[]][]; cells: number[] }, status: Map<string, FigureStatus>): boolean {
    return this.width(target, system, status) >= this.threshold - 1 - 1e-6;
  }

  /** How far apart the smallest and largest values of the target are, given everything shown. */
  private width(target: Figure, system: { figures: Figure[]; links: [number[], number[]][]; cells: number[] }, status: Map<string, FigureStatus>): number {
    const t = this.threshold;
    status = this.withhold(status);
    const printed = system.figures.filter((f) => f.printed && status.get(f.id) !== 'withheld');
    // Nothing pins it when no fact involves more than what its own marker says.
    if (printed.length === 0 || (printed.length === 1 && printed[0] === target && system.links.length === 0)) return Infinity;
    // Cells that every fact treats alike are one unknown to the reader: merge them (same ranges, smaller system).
    const membership = new Map<number, string[]>();
    const note = (c: number, tag: string) => (membership.get(c) ?? membership.set(c, []).get(c)!).push(tag);
    printed.forEach((f, i) => f.cells.forEach((c) => note(c, `f${i}`)));
    if (!target.printed) target.cells.forEach((c) => note(c, 'target'));
    system.links.forEach(([a, b], i) => {
      a.forEach((c) => note(c, `a${i}`));
      b.forEach((c) => note(c, `b${i}`));
    });
    const variable = new Map<string, number>();
    const local = new Map<number, number>();
    for (const c of system.cells) {
      const signature = (membership.get(c) ?? []).join(',');
      if (!variable.has(signature)) variable.set(signature, variable.size);
      local.set(c, variable.get(signature)!);
    }
    const termsOf = (cells: number[]) => [...new Set(cells.map((c) => local.get(c)!))];
    const facts: LinearFact[] = [];
    for (const f of printed) {
      const terms = termsOf(f.cells);
      const s = status.get(f.id)!;
      if (s === 'shown') facts.push({ terms, kind: '=', value: f.value });
      else if (s === 'small') facts.push({ terms, kind: '<=', value: t - 1 });
      else facts.push({ terms, kind: '>=', value: t });
    }
    for (const [a, b] of system.links) {
      const ta = termsOf(a);
      const tb = termsOf(b);
      facts.push({ terms: [...ta, ...tb], coefficients: [...ta.map(() => 1), ...tb.map(() => -1)], kind: '=', value: 0 });
    }
    const range = linearRange(variable.size, facts, termsOf(target.cells));
    if (!range) return Infinity; // cannot happen with true counts; nothing to narrow
    return range.max - range.min;
  }

  /**
   * The shown figure to hide next. Candidates are figures near the target (sharing a cell with it,
   * or with a figure that does), lightest first (weight, then value); the first whose hiding makes
   * the target wide enough wins, else the first that widens it at all.
   */
  private chooseProtector(target: Figure, system: { figures: Figure[]; links: [number[], number[]][]; cells: number[] }, status: Map<string, FigureStatus>): Figure | null {
    const shown = system.figures.filter((f) => f.printed && status.get(f.id) === 'shown' && f !== target);
    const touches = (f: Figure, cells: Set<number>) => f.cells.some((c) => cells.has(c));
    const own = new Set(target.cells);
    const near = system.figures.filter((f) => f !== target && touches(f, own));
    const nearCells = new Set(near.flatMap((f) => f.cells));
    const pool = shown.filter((f) => touches(f, own) || touches(f, nearCells));
    const ordered = (pool.length > 0 ? pool : shown).sort((a, b) => a.weight - b.weight || a.value - b.value || a.cells.length - b.cells.length);
    const before = this.width(target, system, status);
    let widening: Figure | null = null;
    for (const [i, candidate] of ordered.entries()) {
      if ((i >= 12 && widening) || i >= 24) break;
      status.set(candidate.id, 'protecting');
      const width = this.width(target, system, status);
      status.set(candidate.id, 'shown');
      if (width >= this.threshold - 1 - 1e-6) return candidate;
      if (!widening && width > before + 1e-6) widening = candidate;
    }
    return widening ?? ordered[0] ?? null;
  }
}

/** What the pass decided: ask it for any figure's status and words. */
export class ProtectedView {
  constructor(
    readonly threshold: number,
    private readonly figures: Map<string, Figure>,
    private readonly aliases: Map<string, string>,
    private readonly status: Map<string, FigureStatus>,
  ) {}

  get(id: string): ProtectedFigure {
    const real = this.aliases.get(id);
    const figure = real ? this.figures.get(real) : undefined;
    if (!figure) throw new Error(`No figure “${id}” was declared to the disclosure pass.`);
    const status = this.status.get(figure.id)!;
    return { status, value: status === 'shown' ? figure.value : null };
  }

  /** "12", "fewer than 5" or "hidden". */
  text(id: string): string {
    return figureText(this.get(id), this.threshold);
  }

  /** The shown value, or null. */
  value(id: string): number | null {
    return this.get(id).value;
  }

  /** How many printed figures ended up small (primary) and protecting (secondary). */
  counts(): { shown: number; small: number; protecting: number; withheld: number } {
    const out = { shown: 0, small: 0, protecting: 0, withheld: 0 };
    for (const f of this.figures.values()) if (f.printed) out[this.status.get(f.id)!] += 1;
    return out;
  }
}

/** Totals with every part of one of their lines hidden become 'withheld' (repeated: a total of totals too). */
function withholdTotals(status: Map<string, FigureStatus>, lines: { total: string; parts: string[] }[]): Map<string, FigureStatus> {
  if (lines.length === 0) return status;
  const out = new Map(status);
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (out.get(line.total) === 'withheld' || line.parts.length === 0 || line.parts.includes(line.total)) continue;
      if (line.parts.every((p) => out.get(p) !== 'shown')) {
        out.set(line.total, 'withheld');
        changed = true;
      }
    }
  }
  return out;
}

/**
 * Whether a list may name the topics raised in a session beside its total visits. Naming a topic
 * says at least one pupil raised it, so with k topics named each topic's count lies between 1 and
 * total − (k − 1): a range narrower than the threshold unless total ≥ threshold + k − 1 ("6 visits:
 * six topics" means each was exactly 1). A small total never has its topics named.
 */
export function mayNameTopics(total: number, topicsNamed: number, threshold: number): boolean {
  return topicsNamed === 0 || (total >= threshold && total - topicsNamed >= threshold - 1);
}

export const HIDDEN_LABEL = 'hidden';
export const WITHHELD_LABEL = '–';

export function figureText(figure: ProtectedFigure, threshold: number): string {
  if (figure.status === 'small') return `fewer than ${threshold}`;
  if (figure.status === 'protecting') return HIDDEN_LABEL;
  if (figure.status === 'withheld') return WITHHELD_LABEL;
  return figure.value!.toLocaleString('en-GB');
}

/** The note printed once under anything that has a "hidden" figure. */
export function hiddenNote(threshold: number): string {
  return `“Hidden” marks a number of ${threshold} or more that is hidden only so that a smaller one beside it cannot be worked out by subtraction; “–” marks a total whose parts are all hidden.`;
}
