/**
 * The disclosure pass for a full-year governors' report (shared/trends-view.ts): every number the
 * report prints declared to one system and protected so none can be narrowed, timed in Node.
 * Baseline, in the same run: the per-table pass it replaces (suppressTable over each of the report's
 * tables on its own), which is quicker but leaves hidden numbers that can be worked out.
 */
import { performance } from 'node:perf_hooks';
import { suppressTable } from '../shared/suppression';
import { buildTrendsView } from '../shared/trends-view';
import { DEFAULT_CHECK_IN_TOPICS } from '../shared/tally-import';
import { topicByYearGroup, topicTotals, sessionsIn, weeklyBuckets } from '../shared/trend-series';
import type { YearGroup } from '../shared/domain';
import { defaultEnglandTermDates, teachingWeeks } from '../shared/calendar';
import type { IndicatorDefinition, TrendData } from '../shared/indicators';
import type { Benchmark, BenchContext, Figure } from './harness';

const SAMPLES = 7;
const GROUPS: YearGroup[] = ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'];

/** Two years of a secondary school's drop-ins: two sessions a week, every default topic, a third of visits recorded by year group. */
function reportInputs() {
  let state = 42;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const years = [defaultEnglandTermDates(2025), defaultEnglandTermDates(2026)];
  const sessions: TrendData['sessions'] = [];
  for (const y of years) {
    for (const t of y.terms) {
      for (const w of teachingWeeks(t)) {
        for (const day of w.teachingDays.slice(0, 2)) {
          const counts = DEFAULT_CHECK_IN_TOPICS.flatMap((topic, i) => {
            const n = Math.floor(next() * (i < 3 ? 7 : 3));
            if (n === 0) return [];
            const g = next() < 0.33 ? GROUPS[Math.floor(next() * GROUPS.length)] : undefined;
            return [{ topic, count: n, ...(g ? { yearGroup: g } : {}) }];
          });
          sessions.push({ date: day, sessionType: 'bistro-drop-in', counts });
        }
      }
    }
  }
  const indicators: IndicatorDefinition[] = [
    { id: 'sleep', name: 'Drop-in visits about sleep per teaching week', source: { kind: 'check-in-topic', topic: 'sleep' } },
    { id: 'anxiety', name: 'Drop-in visits about anxiety per teaching week', source: { kind: 'check-in-topic', topic: 'anxiety' } },
  ];
  const data: TrendData = { sessions, waves: [], results: [], years };
  return { sample: { checkIns: sessions, indicators }, data };
}

/** The report's pass: one system for everything printed. */
function protectReport(inputs: ReturnType<typeof reportInputs>, threshold: number) {
  const { sample, data } = inputs;
  return buildTrendsView({
    data,
    indicators: sample.indicators,
    threshold,
    selection: { academicYear: 2026, term: null, topic: null, yearGroup: null },
    topics: [...DEFAULT_CHECK_IN_TOPICS],
    schoolGroups: GROUPS,
    today: '2027-08-20',
    grouping: { halfTerms: true, keyStages: true, otherTopics: true },
    topicByGroup: true,
    compare: sample.indicators.map((indicator) => ({ key: indicator.id, source: indicator.source, campaign: { startDate: '2026-11-09', endDate: '2026-12-04' } })),
  });
}

/** The old way: each table of the report suppressed on its own. */
function perTablePass(inputs: ReturnType<typeof reportInputs>, threshold: number): number {
  const { data } = inputs;
  const inYear = sessionsIn(data.sessions, data.years, 2026, null);
  const lastYear = sessionsIn(data.sessions, data.years, 2025, null);
  const topics = [...DEFAULT_CHECK_IN_TOPICS];
  const now = topicTotals(inYear);
  const then = topicTotals(lastYear);
  let hidden = 0;
  const count = (t: ReturnType<typeof suppressTable>) => (hidden += t.cells.flat().filter((c) => c.suppressed).length);
  count(suppressTable(topics.map((t) => [now.find((x) => x.topic === t)?.total ?? 0, then.find((x) => x.topic === t)?.total ?? 0]), threshold, { rowTotals: false, columnTotals: true }));
  count(suppressTable(topicByYearGroup(inYear, topics, GROUPS), threshold));
  count(suppressTable(weeklyBuckets(data.sessions, data.years, 2026, null).filter((b) => b.recorded).map((b) => [b.total]), threshold, { rowTotals: false, columnTotals: true }));
  return hidden;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export const benchmark: Benchmark = {
  name: 'Disclosure control',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const inputs = reportInputs();
    const figures: Figure[] = [];
    for (const threshold of [5, 10]) {
      // One warm-up each, then the samples, alternating so both see the same machine.
      protectReport(inputs, threshold);
      perTablePass(inputs, threshold);
      const pass: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < SAMPLES; i += 1) {
        pass.push(time(() => protectReport(inputs, threshold)));
        baseline.push(time(() => perTablePass(inputs, threshold)));
      }
      const counts = protectReport(inputs, threshold).protectedView.counts();
      ctx.log(`threshold ${threshold}: ${counts.small} fewer than, ${counts.protecting} hidden, ${counts.withheld} withheld, ${counts.shown} shown; old per-table pass hid ${perTablePass(inputs, threshold)} table cells`);
      figures.push({
        name: `Protection pass, full-year governors’ report (${inputs.sample.checkIns.length} sessions, threshold ${threshold})`,
        value: ctx.median(pass),
        unit: 'ms',
        baseline: { name: 'Per-table suppressTable over the same tables', value: Math.max(ctx.median(baseline), 0.01), samples: baseline },
        goal: '< 1000 ms',
        samples: pass,
      });
    }
    return figures;
  },
};
