/**
 * `npm run bench`: builds the app (package.json does that first), serves out/renderer, runs every
 * bench/*.bench.ts module one after another, prints a table and writes bench/results/latest.json.
 *
 * `npm run bench -- startup` runs only the modules whose file name contains "startup".
 * Exits non-zero only when a benchmark throws; a missed goal is printed as MISSED, not a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import playwrightConfig, { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { checkGoal, median, repeat, type BenchContext, type Benchmark, type Figure, type GoalVerdict } from './harness';
import { closeServer, serveBlankPage, serveRenderer, urlOf } from './servers';

const BENCH_DIR = __dirname;
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
// Like the build, the served folder follows UPSTREAM_OUT_DIR (default out/).
const RENDERER_DIR = path.join(REPO_ROOT, process.env['UPSTREAM_OUT_DIR'] ?? 'out', 'renderer');
const RESULTS_FILE = path.join(BENCH_DIR, 'results', 'latest.json');

interface BenchmarkResult {
  name: string;
  file: string;
  durationMs: number;
  figures: (Figure & { ratio: number; verdict?: GoalVerdict })[];
  error?: string;
}

/** The same locale, time zone and viewport as the end-to-end tests, read from their config. */
function contextOptions(): BrowserContextOptions {
  const use = playwrightConfig.use ?? {};
  const options: BrowserContextOptions = {};
  if (use.locale !== undefined) options.locale = use.locale;
  if (use.timezoneId !== undefined) options.timezoneId = use.timezoneId;
  if (use.viewport !== undefined) options.viewport = use.viewport;
  return options;
}

function discover(filter: string | undefined): string[] {
  return fs
    .readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith('.bench.ts') && (filter === undefined || file.includes(filter)))
    .sort();
}

async function load(file: string): Promise<Benchmark> {
  const module = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as { benchmark?: Benchmark };
  const benchmark = module.benchmark;
  if (!benchmark || typeof benchmark.name !== 'string' || typeof benchmark.run !== 'function') {
    throw new Error(`${file} must export "benchmark: Benchmark" (a name and a run function)`);
  }
  return benchmark;
}

function assertFigure(figure: Figure): void {
  const problems: string[] = [];
  if (!figure.name) problems.push('no name');
  if (!Number.isFinite(figure.value)) problems.push(`value ${figure.value}`);
  if (!figure.baseline?.name) problems.push('no baseline name');
  if (!Number.isFinite(figure.baseline?.value) || figure.baseline.value <= 0) problems.push(`baseline value ${figure.baseline?.value}`);
  if (problems.length > 0) throw new Error(`figure "${figure.name}" is not usable: ${problems.join(', ')}`);
}

/** Runs one benchmark with its own browsers, closing whatever it leaves open. */
async function runOne(file: string, baseUrl: string, blankUrl: string, chromiumVersion: { value?: string }): Promise<BenchmarkResult> {
  const started = performance.now();
  const browsers: Browser[] = [];
  let shared: Promise<Browser> | undefined;
  const launchBrowser = async (): Promise<Browser> => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    browsers.push(browser);
    chromiumVersion.value ??= browser.version();
    return browser;
  };
  const ctx: BenchContext = {
    baseUrl,
    blankUrl,
    rendererDir: RENDERER_DIR,
    repoRoot: REPO_ROOT,
    launchBrowser,
    async newPage(): Promise<Page> {
      shared ??= launchBrowser();
      const context = await (await shared).newContext(contextOptions());
      return context.newPage();
    },
    median,
    repeat,
    log: (message) => process.stderr.write(`  ${message}\n`),
  };
  let name = file;
  try {
    const benchmark = await load(file);
    name = benchmark.name;
    process.stderr.write(`${name} (${file})\n`);
    const figures = await benchmark.run(ctx);
    figures.forEach(assertFigure);
    return {
      name,
      file,
      durationMs: performance.now() - started,
      figures: figures.map((figure) => {
        const verdict = checkGoal(figure);
        return { ...figure, ratio: figure.value / figure.baseline.value, ...(verdict ? { verdict } : {}) };
      }),
    };
  } catch (error) {
    return { name, file, durationMs: performance.now() - started, figures: [], error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    await Promise.allSettled(browsers.map((browser) => browser.close()));
  }
}

function formatValue(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
    case 'kB':
      return `${value.toFixed(1)} kB`;
    case 'bytes':
      return `${Math.round(value).toLocaleString('en-GB')} bytes`;
  }
}

function printTable(results: BenchmarkResult[]): void {
  const header = ['Figure', 'Value', 'Baseline', 'Baseline value', 'Ratio', 'Goal'];
  const rows = results.flatMap((result) =>
    result.figures.map((figure) => [
      figure.name,
      formatValue(figure.value, figure.unit),
      figure.baseline.name,
      formatValue(figure.baseline.value, figure.unit),
      `${figure.ratio.toFixed(2)}x`,
      figure.goal === undefined ? '-' : `${figure.goal}  ${figure.verdict}`,
    ]),
  );
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const numeric = new Set([1, 3, 4]);
  const line = (cells: string[]) => cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  console.log('');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(line(row)));
  for (const result of results.filter((r) => r.error !== undefined)) {
    console.log(`\n${result.name} (${result.file}) FAILED:\n${result.error}`);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function gitCommit(): string | undefined {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  const files = discover(filter);
  if (files.length === 0) {
    console.error(`No bench/*.bench.ts${filter ? ` matching "${filter}"` : ''}.`);
    return 1;
  }
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const rendererServer = await serveRenderer(RENDERER_DIR);
  const blankServer = await serveBlankPage();
  const chromiumVersion: { value?: string } = {};
  const results: BenchmarkResult[] = [];
  try {
    for (const file of files) results.push(await runOne(file, urlOf(rendererServer), urlOf(blankServer), chromiumVersion));
  } finally {
    await Promise.all([closeServer(rendererServer), closeServer(blankServer)]);
  }
  const durationMs = performance.now() - started;

  printTable(results);
  const figures = results.flatMap((result) => result.figures);
  const withGoal = figures.filter((figure) => figure.goal !== undefined);
  const met = withGoal.filter((figure) => figure.verdict === 'met').length;
  const missed = withGoal.filter((figure) => figure.verdict === 'MISSED').length;
  const unreadable = withGoal.length - met - missed;
  const failed = results.filter((result) => result.error !== undefined);
  console.log(
    `\n${plural(figures.length, 'figure')} from ${plural(results.length, 'benchmark')} in ${(durationMs / 1000).toFixed(1)} s: ` +
      `${met} of ${withGoal.length} goals met, ${missed} MISSED${unreadable ? `, ${unreadable} unreadable` : ''}; ` +
      `${failed.length === 0 ? 'no benchmark failed' : `${failed.length} FAILED (${failed.map((r) => r.name).join(', ')})`}.`,
  );

  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const report = {
    startedAt,
    durationMs: Math.round(durationMs),
    commit: gitCommit(),
    node: process.version,
    chromium: chromiumVersion.value,
    machine: { platform: process.platform, arch: process.arch, cpus: os.cpus().length },
    benchmarks: results,
  };
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
