/**
 * Everything one Trends screen or one governors' report shows, declared to ONE disclosure pass
 * (shared/disclosure.ts via shared/tally-figures.ts) and read back as protected figures: the weekly
 * (or half-termly) chart, year on year, year groups, topics, indicators and before/after comparisons.
 * Nothing here hands out a raw count: sentences and summaries (shared/trends-readings.ts) are written
 * from these figures.
 */
import { formatDateLong, teachingWeeks } from './calendar';
import { figureText, type FigureStatus, type ProtectedView } from './disclosure';
import { termLabel, yearGroupLabel, type IsoDate, type TermName, type YearGroup } from './domain';
import { beforeAfterCheckIns, surveyPoints, type IndicatorDefinition, type IndicatorSource, type SurveyPoint, type TrendData } from './indicators';
import { KEY_STAGES, NO_YEAR_GROUP, TallyPlan, type TimeUnit } from './tally-figures';
import { termBuckets, termYearLabel, weeklyBuckets } from './trend-series';

/** A figure as a view shows it: its words, and its number when shown. */
export interface FigureCell {
  status: FigureStatus;
  value: number | null;
  text: string;
}

/** An average per week: shown only when the total behind it is. */
export interface AverageFigure {
  total: FigureCell;
  weeks: number;
  average: number | null;
}

/** A percentage: shown only when those of concern and those who answered both are. */
export interface RateFigure {
  concern: FigureCell;
  answered: FigureCell;
  percent: number | null;
}

export interface TrendsViewOptions {
  data: TrendData;
  indicators: IndicatorDefinition[];
  threshold: number;
  selection: { academicYear: number; term: TermName | null; topic: string | null; yearGroup: YearGroup | null };
  /** The topics table's rows, in order (the school's list; topics recorded but not in it follow). */
  topics: string[];
  schoolGroups: YearGroup[];
  today?: IsoDate;
  /** Before/after comparisons shown on the view. */
  compare?: { key: string; source: IndicatorSource; campaign: { startDate: IsoDate; endDate: IsoDate }; windowWeeks?: number }[];
  /** Groupings the lead chose (reports): weeks into half terms, year groups into key stages, rare topics into "other topics". */
  grouping?: { halfTerms?: boolean; keyStages?: boolean; otherTopics?: boolean };
  /** Include the report's topic × year group table. */
  topicByGroup?: boolean;
  /** Include the dashboard's year group chart. */
  yearGroupChart?: boolean;
}

export interface IndicatorTerm {
  academicYear: number;
  term: TermName;
  label: string;
  value: AverageFigure | RateFigure;
}

export interface CompareView {
  key: string;
  kind: 'check-ins' | 'survey';
  before: { label: string; weeks: number; value: AverageFigure | RateFigure } | null;
  after: { label: string; weeks: number; value: AverageFigure | RateFigure } | null;
  point?: { before: SurveyPoint | null; after: SurveyPoint | null };
  weekCounts?: { before: number[]; after: number[] };
}

export interface TrendsView {
  threshold: number;
  protectedView: ProtectedView;
  chart: { unit: 'week' | 'half term'; categories: string[]; categoryNames: string[]; cells: (FigureCell | null)[]; total: FigureCell; recorded: number };
  yearOnYear: { years: number[]; cells: Record<number, (AverageFigure | null)[]> };
  yearGroups: { labels: string[]; cells: FigureCell[]; without: FigureCell; anyRecorded: boolean } | null;
  topics: { names: string[]; grouped: string[]; thisPeriod: FigureCell[]; lastYear: FigureCell[]; totalThis: FigureCell; totalLast: FigureCell; weeksRecorded: number; lastYearRecorded: boolean };
  topicByGroup: { rows: string[]; columns: string[]; cells: FigureCell[][]; rowTotals: FigureCell[]; columnTotals: FigureCell[]; grand: FigureCell } | null;
  indicators: Map<string, IndicatorTerm[]>;
  compare: Map<string, CompareView>;
}

const TERMS: TermName[] = ['autumn', 'spring', 'summer'];

export function buildTrendsView(o: TrendsViewOptions): TrendsView {
  const { data, selection: sel, threshold } = o;
  const t = threshold;
  const topicF = sel.topic ? [sel.topic] : null;
  const groupF = sel.yearGroup ? [sel.yearGroup] : null;
  const tp = new TallyPlan(data.sessions, data.years, { topics: o.topics, groups: o.schoolGroups }, t);
  const plan = tp.plan;
  const inP = (u: TimeUnit, year: number) => u.academicYear === year && (sel.term === null || u.term === sel.term);
  const notFuture = (u: TimeUnit) => !o.today || (u.monday ?? '') <= o.today;
  tp.timeSet('P', (u) => inP(u, sel.academicYear));
  tp.timeSet('PL', (u) => inP(u, sel.academicYear - 1));
  tp.timeSet('Pteach', (u) => inP(u, sel.academicYear) && u.monday !== null && notFuture(u));
  for (const y of data.years) for (const term of TERMS) tp.timeSet(`T:${y.startYear}-${term}`, (u) => u.academicYear === y.startYear && u.term === term && u.monday !== null);

  // The chart: single weeks, or half terms.
  const buckets = weeklyBuckets(data.sessions, data.years, sel.academicYear, sel.term).filter((b) => !o.today || b.monday <= o.today);
  const recordedMondays = buckets.filter((b) => b.recorded).map((b) => b.monday);
  const halves: { key: string; label: string; name: string; mondays: string[] }[] = [];
  if (o.grouping?.halfTerms) {
    const year = data.years.find((y) => y.startYear === sel.academicYear);
    for (const term of year?.terms ?? []) {
      if (sel.term && term.term !== sel.term) continue;
      for (const half of [1, 2] as const) {
        const mondays = teachingWeeks(term)
          .map((w) => w.monday)
          .filter((m) => (half === 1 ? m < term.halfTermStart : m > term.halfTermStart) && (!o.today || m <= o.today));
        if (mondays.length === 0) continue;
        const key = `H:${sel.academicYear}-${term.term}-${half}`;
        halves.push({ key, label: `${termLabel(term.term).slice(0, 3)} ${half}`, name: `${termLabel(term.term)} ${half === 1 ? 'first' : 'second'} half term`, mondays });
        const set = new Set(mondays);
        tp.timeSet(key, (u) => u.monday !== null && set.has(u.monday));
      }
    }
  } else tp.weekLine('wk', recordedMondays, topicF, groupF);

  // Before/after windows (weeks with a session, either side of a campaign).
  const compareWeeks = new Map<string, { before: string[]; after: string[]; counts: { before: number[]; after: number[] } }>();
  for (const c of o.compare ?? []) {
    if (c.source.kind !== 'check-in-topic') continue;
    const r = beforeAfterCheckIns(c.source.topic, c.campaign, data, t, c.windowWeeks);
    const before = r.before.weeks.map((w) => w.monday);
    const after = r.after.weeks.map((w) => w.monday);
    compareWeeks.set(c.key, { before, after, counts: { before: r.before.weeks.map((w) => w.count), after: r.after.weeks.map((w) => w.count) } });
    const b = new Set(before);
    const a = new Set(after);
    tp.timeSet(`C:${c.key}:before`, (u) => u.monday !== null && b.has(u.monday));
    tp.timeSet(`C:${c.key}:after`, (u) => u.monday !== null && a.has(u.monday));
  }

  // ── Declare every figure ──
  const chartTotal = tp.visits('chart-total', 'Pteach', topicF, groupF, { weight: 2 });
  const chartIds = o.grouping?.halfTerms
    ? halves.map((h) => (buckets.some((b) => b.recorded && h.mondays.includes(b.monday)) ? tp.visits(`half:${h.key}`, h.key, topicF, groupF) : null))
    : buckets.map((b) => (b.recorded ? tp.week('wk', b.monday) : null));
  const chartParts = chartIds.filter((id): id is string => id !== null);
  if (!o.grouping?.halfTerms) plan.total(chartTotal, chartParts);

  const termStats = termBuckets(data.sessions, data.years, { topic: sel.topic, yearGroup: sel.yearGroup });
  const recordedTerms = termBuckets(data.sessions, data.years);
  const weeksIn = (y: number, term: TermName) => recordedTerms.find((b) => b.academicYear === y && b.term === term)?.weeksRecorded ?? 0;
  const yoyYears = [...new Set(termStats.filter((b) => b.weeksRecorded > 0).map((b) => b.academicYear))].sort((a, b) => a - b).slice(-5);
  const yoyIds: Record<number, (string | null)[]> = {};
  for (const y of yoyYears) yoyIds[y] = TERMS.map((term) => (weeksIn(y, term) > 0 ? tp.visits(`yoy:${y}-${term}`, `T:${y}-${term}`, topicF, groupF) : null));

  let groupIds: { labels: string[]; ids: string[]; without: string } | null = null;
  if (o.yearGroupChart) {
    const listed = o.schoolGroups;
    const others = tp.groups.filter((g) => !(listed as string[]).includes(g));
    groupIds = {
      labels: listed.map(yearGroupLabel),
      ids: listed.map((g) => tp.visits(`group:${g}`, 'P', topicF, [g])),
      without: tp.visits('group:none', 'P', topicF, others),
    };
  }

  // Topics: rare ones grouped into "other topics" where the lead allows (each is then known to be small in both columns).
  const lastYearRecorded = tp.has('PL') && data.sessions.some((s) => {
    const u = tp.unitOfSession(s.date);
    return u !== undefined && inP(u, sel.academicYear - 1);
  });
  const orderedTopics = [...new Set([...o.topics, ...tp.topics])];
  const rawThis = (topic: string) => rawVisits(tp, data, (u) => inP(u, sel.academicYear), [topic], groupF);
  const rawLast = (topic: string) => rawVisits(tp, data, (u) => inP(u, sel.academicYear - 1), [topic], groupF);
  const grouped = o.grouping?.otherTopics ? orderedTopics.filter((topic) => rawThis(topic) < t && rawLast(topic) < t) : [];
  const rows = orderedTopics.filter((topic) => !grouped.includes(topic));
  const rowTopics: { name: string; topics: string[] }[] = rows.map((topic) => ({ name: topic, topics: [topic] }));
  if (grouped.length > 1) {
    rowTopics.push({ name: 'other topics', topics: grouped });
    for (const topic of grouped) {
      tp.visits(`topic:${topic}`, 'P', [topic], groupF);
      if (lastYearRecorded) tp.visits(`topic-last:${topic}`, 'PL', [topic], groupF);
    }
  } else if (grouped.length === 1) rowTopics.push({ name: grouped[0]!, topics: grouped });
  const thisIds = rowTopics.map((r) => tp.visits(`topic:${r.name}`, 'P', r.topics, groupF));
  const lastIds = lastYearRecorded ? rowTopics.map((r) => tp.visits(`topic-last:${r.name}`, 'PL', r.topics, groupF)) : [];
  const totalThisId = tp.visits('topics-total', 'P', null, groupF, { weight: 1 });
  plan.total(totalThisId, thisIds);
  const totalLastId = lastYearRecorded ? tp.visits('topics-total-last', 'PL', null, groupF, { weight: 1 }) : null;
  if (totalLastId) plan.total(totalLastId, lastIds);

  // The report's topic × year group (or key stage) table: only visits recorded with a year group.
  let byGroupIds: { columns: string[]; cells: string[][]; rowTotals: string[]; columnTotals: string[]; grand: string } | null = null;
  if (o.topicByGroup) {
    const columns = o.grouping?.keyStages
      ? KEY_STAGES.map((k) => ({ name: k.name, groups: k.groups.filter((g) => o.schoolGroups.includes(g)) })).filter((k) => k.groups.length > 0)
      : o.schoolGroups.map((g) => ({ name: yearGroupLabel(g), groups: [g] }));
    const all = columns.flatMap((c) => c.groups);
    const cells = rowTopics.map((r) => columns.map((c) => tp.visits(`tg:${r.name}:${c.name}`, 'P', r.topics, c.groups)));
    const rowTotals = rowTopics.map((r) => tp.visits(`tg:${r.name}:all`, 'P', r.topics, all, { weight: 1 }));
    const columnTotals = columns.map((c) => tp.visits(`tg:all:${c.name}`, 'P', null, c.groups, { weight: 1 }));
    const grand = tp.visits('tg:all:all', 'P', null, all, { weight: 2 });
    cells.forEach((row, r) => plan.total(rowTotals[r]!, row));
    columns.forEach((_, c) => plan.total(columnTotals[c]!, cells.map((row) => row[c]!)));
    plan.total(grand, rowTotals);
    plan.total(grand, columnTotals);
    byGroupIds = { columns: columns.map((c) => c.name), cells, rowTotals, columnTotals, grand };
  }

  // Indicators, term by term.
  const indicatorIds = new Map<string, { academicYear: number; term: TermName; ids: AverageIds | RateIds }[]>();
  for (const indicator of o.indicators) {
    const list: { academicYear: number; term: TermName; ids: AverageIds | RateIds }[] = [];
    if (indicator.source.kind === 'check-in-topic') {
      for (const b of termBuckets(data.sessions, data.years, { topic: indicator.source.topic })) {
        if (b.weeksRecorded === 0) continue;
        list.push({ academicYear: b.academicYear, term: b.term, ids: { total: tp.visits(`ind:${indicator.source.topic}:${b.academicYear}-${b.term}`, `T:${b.academicYear}-${b.term}`, [indicator.source.topic], null), weeks: b.weeksRecorded } });
      }
    } else {
      const byTerm = new Map<string, { academicYear: number; term: TermName; points: SurveyPoint[] }>();
      for (const p of surveyPoints(indicator.source, data)) {
        const key = `${p.wave.academicYear}-${p.term}`;
        (byTerm.get(key) ?? byTerm.set(key, { academicYear: p.wave.academicYear, term: p.term, points: [] }).get(key)!).points.push(p);
      }
      for (const [key, e] of [...byTerm.entries()].sort((a, b) => a[1].academicYear - b[1].academicYear || TERMS.indexOf(a[1].term) - TERMS.indexOf(b[1].term))) {
        list.push({ academicYear: e.academicYear, term: e.term, ids: surveyRateIds(plan, data, indicator.source, e.points, `ind:${indicator.id}:${key}`) });
      }
    }
    indicatorIds.set(indicator.id, list);
  }

  // Before/after.
  const compareIds = new Map<string, { kind: 'check-ins' | 'survey'; before: { label: string; weeks: number; ids: AverageIds | RateIds } | null; after: { label: string; weeks: number; ids: AverageIds | RateIds } | null; point?: CompareView['point'] }>();
  for (const c of o.compare ?? []) {
    if (c.source.kind === 'check-in-topic') {
      const w = compareWeeks.get(c.key)!;
      const side = (name: 'before' | 'after', weeks: string[]) =>
        weeks.length === 0 ? null : { label: `${weeks.length} weeks ${name}`, weeks: weeks.length, ids: { total: tp.visits(`cmp:${c.key}:${name}`, `C:${c.key}:${name}`, [(c.source as { topic: string }).topic], null), weeks: weeks.length } };
      compareIds.set(c.key, { kind: 'check-ins', before: side('before', w.before), after: side('after', w.after) });
    } else {
      const source = c.source;
      const points = surveyPoints(source, data);
      const before = points.filter((p) => p.wave.date < c.campaign.startDate).pop() ?? null;
      const after = points.find((p) => p.wave.date > c.campaign.endDate) ?? null;
      const side = (p: SurveyPoint | null, name: string) => (p ? { label: p.wave.title, weeks: 0, ids: surveyRateIds(plan, data, source, [p], `cmp:${c.key}:${name}`) } : null);
      compareIds.set(c.key, { kind: 'survey', before: side(before, 'before'), after: side(after, 'after'), point: { before, after } });
    }
  }

  // ── One pass over everything declared, then read the figures back ──
  const view = plan.protect();
  const cell = (id: string): FigureCell => {
    const f = view.get(id);
    return { status: f.status, value: f.value, text: figureText(f, t) };
  };
  const average = (ids: AverageIds): AverageFigure => {
    const total = cell(ids.total);
    return { total, weeks: ids.weeks, average: total.value === null ? null : total.value / ids.weeks };
  };
  const rate = (ids: RateIds): RateFigure => {
    const concern = cell(ids.concern);
    const answered = cell(ids.answered);
    return { concern, answered, percent: concern.value !== null && answered.value !== null && answered.value > 0 ? (concern.value / answered.value) * 100 : null };
  };
  const read = (ids: AverageIds | RateIds) => ('total' in ids ? average(ids) : rate(ids));

  const categories = o.grouping?.halfTerms ? halves.map((h) => h.label) : buckets.map((b) => b.label);
  const categoryNames = o.grouping?.halfTerms ? halves.map((h) => h.name) : buckets.map((b) => `${b.label} (w/c ${formatDateLong(b.monday)})`);
  return {
    threshold: t,
    protectedView: view,
    chart: {
      unit: o.grouping?.halfTerms ? 'half term' : 'week',
      categories,
      categoryNames,
      cells: chartIds.map((id) => (id ? cell(id) : null)),
      total: cell(chartTotal),
      recorded: recordedMondays.length,
    },
    yearOnYear: { years: yoyYears, cells: Object.fromEntries(yoyYears.map((y) => [y, yoyIds[y]!.map((id, i) => (id ? average({ total: id, weeks: weeksIn(y, TERMS[i]!) }) : null))])) },
    yearGroups: groupIds ? { labels: groupIds.labels, cells: groupIds.ids.map(cell), without: cell(groupIds.without), anyRecorded: data.sessions.some((s) => s.counts.some((c) => c.yearGroup)) } : null,
    topics: {
      names: rowTopics.map((r) => r.name),
      grouped: grouped.length > 1 ? grouped : [],
      thisPeriod: thisIds.map(cell),
      lastYear: lastIds.map(cell),
      totalThis: cell(totalThisId),
      totalLast: totalLastId ? cell(totalLastId) : { status: 'shown', value: null, text: 'no data' },
      weeksRecorded: recordedMondays.length,
      lastYearRecorded,
    },
    topicByGroup: byGroupIds
      ? { rows: rowTopics.map((r) => r.name), columns: byGroupIds.columns, cells: byGroupIds.cells.map((r) => r.map(cell)), rowTotals: byGroupIds.rowTotals.map(cell), columnTotals: byGroupIds.columnTotals.map(cell), grand: cell(byGroupIds.grand) }
      : null,
    indicators: new Map([...indicatorIds.entries()].map(([id, list]) => [id, list.map((e) => ({ academicYear: e.academicYear, term: e.term, label: termYearLabel(e.academicYear, e.term), value: read(e.ids) }))])),
    compare: new Map(
      [...compareIds.entries()].map(([key, c]) => [
        key,
        {
          key,
          kind: c.kind,
          before: c.before ? { label: c.before.label, weeks: c.before.weeks, value: read(c.before.ids) } : null,
          after: c.after ? { label: c.after.label, weeks: c.after.weeks, value: read(c.after.ids) } : null,
          ...(c.point ? { point: c.point } : {}),
          ...(compareWeeks.has(key) ? { weekCounts: compareWeeks.get(key)!.counts } : {}),
        },
      ]),
    ),
  };
}

interface AverageIds {
  total: string;
  weeks: number;
}

interface RateIds {
  concern: string;
  answered: string;
}

/** Survey counts as cells (wave, question, concern or not, year group); a rate as those of concern, those who answered, and (never printed, but protected) those who did not give an answer of concern. */
function surveyRateIds(plan: TallyPlan['plan'], data: TrendData, source: Extract<IndicatorSource, { kind: 'survey-question' }>, points: SurveyPoint[], id: string): RateIds {
  const concern: string[] = [];
  const rest: string[] = [];
  for (const p of points) {
    const question = p.wave.questions.find((q) => q.text.trim().toLowerCase() === source.questionText.trim().toLowerCase());
    if (!question) continue;
    for (const r of data.results) {
      if (r.waveId !== p.wave.id || r.questionId !== question.id) continue;
      if (source.yearGroup && r.yearGroup !== source.yearGroup) continue;
      const of = question.concernAnswers.includes(r.answer);
      const key = `s:${p.wave.id}#${question.id}#${of ? 1 : 0}#${r.yearGroup ?? NO_YEAR_GROUP}`;
      (of ? concern : rest).push(key);
    }
    // Unknown-to-the-reader zero cells: every year group the question could have been answered by.
    for (const g of source.yearGroup ? [source.yearGroup] : [...new Set(data.results.filter((r) => r.waveId === p.wave.id).map((r) => r.yearGroup ?? NO_YEAR_GROUP))]) {
      concern.push(`s:${p.wave.id}#${question.id}#1#${g}`);
      rest.push(`s:${p.wave.id}#${question.id}#0#${g}`);
    }
  }
  declareSurveyCells(plan, data);
  plan.figure(`${id}:rest`, rest, { printed: false });
  return { concern: plan.figure(`${id}:concern`, concern), answered: plan.figure(`${id}:answered`, [...concern, ...rest]) };
}

const declared = new WeakMap<object, true>();
function declareSurveyCells(plan: TallyPlan['plan'], data: TrendData): void {
  if (declared.has(plan)) return;
  declared.set(plan, true);
  for (const r of data.results) {
    const wave = data.waves.find((w) => w.id === r.waveId);
    const question = wave?.questions.find((q) => q.id === r.questionId);
    if (!question) continue;
    plan.cell(`s:${r.waveId}#${r.questionId}#${question.concernAnswers.includes(r.answer) ? 1 : 0}#${r.yearGroup ?? NO_YEAR_GROUP}`, r.count);
  }
}

/** A raw total, used only to decide which topics the lead's grouping folds into "other topics". */
function rawVisits(tp: TallyPlan, data: TrendData, inPeriod: (u: TimeUnit) => boolean, topics: string[], groups: string[] | null): number {
  let n = 0;
  for (const s of data.sessions) {
    const u = tp.unitOfSession(s.date);
    if (!u || !inPeriod(u)) continue;
    for (const c of s.counts) if (topics.includes(c.topic) && (!groups || groups.includes(c.yearGroup ?? NO_YEAR_GROUP))) n += c.count;
  }
  return n;
}

