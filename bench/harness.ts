/**
 * The contract between bench/run.ts and each bench/*.bench.ts module.
 *
 * A benchmark module exports `benchmark: Benchmark`; its run() returns figures. Every figure carries a
 * baseline measured in the same run on the same machine, so the ratio means something even though
 * absolute times on a 2-core CI box differ from a school laptop. See bench/README.md.
 */
import type { Browser, Page } from '@playwright/test';

export type Unit = 'ms' | 'bytes' | 'kB';

export interface Figure {
  /** What was measured, in words a reader of the table understands, e.g. "Cold start to interactive". */
  name: string;
  value: number;
  unit: Unit;
  /** Measured in this run, in the same unit as value. */
  baseline: { name: string; value: number; samples?: number[] };
  /** Optional target: '< 1.5x' (ratio to baseline) or '< 150 ms' / '<= 200 kB' (absolute, same unit). */
  goal?: string;
  /** The raw samples behind value, if it is a median: written to the JSON, not printed. */
  samples?: number[];
}

export interface BenchContext {
  /** The built renderer (out/renderer) served on loopback, ending in '/'. */
  baseUrl: string;
  /** A second loopback server that answers every path with a blank page holding one h1 ("Blank"): the load-time floor. */
  blankUrl: string;
  /** Absolute path of out/renderer, for figures about the build output. */
  rendererDir: string;
  /** Absolute path of the repository root. */
  repoRoot: string;
  /** A fresh headless Chromium with the shared flags from playwright.config.ts. The caller closes it. */
  launchBrowser(): Promise<Browser>;
  /**
   * A page in a fresh browser context (so IndexedDB starts empty) on a browser shared by the benchmark,
   * with the locale, time zone and viewport the end-to-end tests use. Close it with
   * `page.context().close()`; whatever is left open is closed when the benchmark ends.
   */
  newPage(): Promise<Page>;
  median(samples: readonly number[]): number;
  /** Runs fn n times one after another (never in parallel: the machine has 2 cores) and returns the results. */
  repeat<T>(n: number, fn: (index: number) => Promise<T>): Promise<T[]>;
  /** A progress line on stderr, so the table on stdout stays clean. */
  log(message: string): void;
}

export interface Benchmark {
  name: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median() of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function repeat<T>(n: number, fn: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < n; i += 1) results.push(await fn(i));
  return results;
}

export type GoalVerdict = 'met' | 'MISSED' | 'unreadable goal';

/**
 * Checks a figure against its goal. '< 1.5x' compares value/baseline; '< 150 ms' compares the value,
 * and the goal's unit must be the figure's unit (a goal in the wrong unit is reported, never guessed).
 */
export function checkGoal(figure: Figure): GoalVerdict | undefined {
  if (figure.goal === undefined) return undefined;
  const match = /^\s*(<=|<|>=|>)\s*([\d.]+)\s*(x|ms|bytes|kB)\s*$/.exec(figure.goal);
  if (!match) return 'unreadable goal';
  const [, operator, limitText, unit] = match;
  const limit = Number(limitText);
  let actual: number;
  if (unit === 'x') {
    actual = figure.value / figure.baseline.value;
  } else if (unit === figure.unit) {
    actual = figure.value;
  } else {
    return 'unreadable goal';
  }
  if (!Number.isFinite(actual) || !Number.isFinite(limit)) return 'unreadable goal';
  const met = operator === '<' ? actual < limit : operator === '<=' ? actual <= limit : operator === '>' ? actual > limit : actual >= limit;
  return met ? 'met' : 'MISSED';
}
