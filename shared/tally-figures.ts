/**
 * Drop-in tallies declared to the disclosure pass (shared/disclosure.ts) for one screen or report.
 *
 * The counts behind every figure are visits by time, topic and year group. Declaring one cell per
 * week × topic × year group would make a system too large to solve quickly, so time is cut into
 * CHUNKS: runs of weeks that every figure on the view treats alike (the same term, the same side of
 * a campaign, the same half term). Each chunk holds one cell per topic × year group. A chart of
 * single weeks adds one cell per week and a link saying those weeks add up to the chunk's cells for
 * the chart's topic and year group. This loses nothing a reader could work out: any set of week
 * values and chunk values that agree on those sums is a possible set of true counts.
 */
import { teachingWeeks } from './calendar';
import { DisclosurePlan, type FigureOptions } from './disclosure';
import type { AcademicYearDates, IsoDate, TermName, YearGroup } from './domain';
import { academicYearOfIso, fastTeachingWeekOf, termOfIso, type TallySession } from './trend-series';

/** A stretch of school time: one teaching week, or the days of a term (or year) outside its teaching weeks. */
export interface TimeUnit {
  key: string;
  academicYear: number;
  term: TermName | null;
  /** Monday of a teaching week; null for days outside teaching weeks (half term, holidays). */
  monday: IsoDate | null;
  /** 1 before the term's half term, 2 after it; null outside teaching weeks. */
  half: 1 | 2 | null;
}

export const NO_YEAR_GROUP = '-';

export class TallyPlan {
  readonly plan: DisclosurePlan;
  private readonly units: TimeUnit[] = [];
  private readonly unitOf = new Map<string, TimeUnit>();
  private readonly timeSets = new Map<string, (u: TimeUnit) => boolean>();
  private readonly weekLines: { id: string; mondays: Set<IsoDate>; topics: string[] | null; groups: string[] | null }[] = [];
  private chunkOf: Map<string, string> | null = null;
  private chunks = new Map<string, Set<string>>();
  /** Each chunk's time sets, for quick membership tests. */
  private chunkSets = new Map<string, Set<string>>();
  readonly topics: string[];
  readonly groups: string[];

  constructor(
    private readonly sessions: TallySession[],
    years: AcademicYearDates[],
    universe: { topics: string[]; groups: string[] },
    threshold: number,
  ) {
    this.plan = new DisclosurePlan(threshold);
    for (const year of years) {
      for (const t of year.terms) {
        teachingWeeks(t).forEach((w) => this.addUnit({ key: w.monday, academicYear: year.startYear, term: t.term, monday: w.monday, half: w.monday < t.halfTermStart ? 1 : 2 }));
        this.addUnit({ key: `${year.startYear}-${t.term}-off`, academicYear: year.startYear, term: t.term, monday: null, half: null });
      }
      this.addUnit({ key: `${year.startYear}-holidays`, academicYear: year.startYear, term: null, monday: null, half: null });
    }
    const topics = new Set(universe.topics);
    const groups = new Set([...universe.groups, NO_YEAR_GROUP]);
    for (const s of sessions) {
      for (const c of s.counts) {
        topics.add(c.topic);
        groups.add(c.yearGroup ?? NO_YEAR_GROUP);
      }
    }
    this.topics = [...topics];
    this.groups = [...groups];
    this.years = years;
  }

  private readonly years: AcademicYearDates[];

  private addUnit(unit: TimeUnit): void {
    if (this.unitOf.has(unit.key)) return;
    this.units.push(unit);
    this.unitOf.set(unit.key, unit);
  }

  /** The unit a session falls in (its teaching week, else its term's or year's days outside teaching weeks). */
  unitOfSession(date: IsoDate): TimeUnit | undefined {
    const at = fastTeachingWeekOf(date, this.years);
    if (at) return this.unitOf.get(at.monday);
    const year = academicYearOfIso(date);
    const term = termOfIso(date, this.years);
    return this.unitOf.get(term ? `${year}-${term}-off` : `${year}-holidays`);
  }

  /** Names a set of time units figures will add up over. Declare every set before the first figure. */
  timeSet(id: string, contains: (u: TimeUnit) => boolean): string {
    if (this.chunkOf) throw new Error('Declare time sets before figures.');
    this.timeSets.set(id, contains);
    return id;
  }

  /** A chart of single weeks: one figure per listed week (ids `${id}:${monday}`), for a topic and year groups. */
  weekLine(id: string, mondays: IsoDate[], topics: string[] | null, groups: string[] | null): void {
    if (this.chunkOf) throw new Error('Declare week lines before figures.');
    const set = new Set(mondays);
    this.weekLines.push({ id, mondays: set, topics, groups });
    this.timeSets.set(`line:${id}`, (u) => u.monday !== null && set.has(u.monday));
  }

  private build(): void {
    if (this.chunkOf) return;
    this.chunkOf = new Map();
    const ids = [...this.timeSets.keys()];
    // A teaching week without a session is known to be empty (charts say "no session"): it has no cells.
    const held = new Set<string>();
    for (const s of this.sessions) {
      const unit = this.unitOfSession(s.date);
      if (unit) held.add(unit.key);
    }
    for (const u of this.units) {
      if (u.monday !== null && !held.has(u.key)) continue;
      const signature = ids.filter((id) => this.timeSets.get(id)!(u)).join('|');
      if (!signature) continue;
      this.chunkOf.set(u.key, signature);
      (this.chunks.get(signature) ?? this.chunks.set(signature, new Set()).get(signature)!).add(u.key);
      if (!this.chunkSets.has(signature)) this.chunkSets.set(signature, new Set(signature.split('|')));
    }
    for (const chunk of this.chunks.keys()) for (const t of this.topics) for (const g of this.groups) this.plan.cell(cellKey(chunk, t, g), 0);
    const weekValues = new Map<string, number>();
    for (const s of this.sessions) {
      const unit = this.unitOfSession(s.date);
      const chunk = unit && this.chunkOf.get(unit.key);
      if (!unit || !chunk) continue;
      for (const c of s.counts) {
        const g = c.yearGroup ?? NO_YEAR_GROUP;
        this.plan.cell(cellKey(chunk, c.topic, g), c.count);
        for (const line of this.weekLines) {
          if (!unit.monday || !line.mondays.has(unit.monday)) continue;
          if (line.topics && !line.topics.includes(c.topic)) continue;
          if (line.groups && !line.groups.includes(g)) continue;
          const key = `w:${line.id}:${unit.monday}`;
          weekValues.set(key, (weekValues.get(key) ?? 0) + c.count);
        }
      }
    }
    for (const line of this.weekLines) {
      for (const monday of line.mondays) this.plan.cell(`w:${line.id}:${monday}`, weekValues.get(`w:${line.id}:${monday}`) ?? 0);
      // Per chunk: the chart's weeks in it add up to the chunk's cells for the chart's topics and year groups.
      for (const [chunk, units] of this.chunks) {
        if (!this.chunkSets.get(chunk)!.has(`line:${line.id}`)) continue;
        const weeks = [...units].filter((k) => line.mondays.has(k)).map((k) => `w:${line.id}:${k}`);
        this.plan.link(weeks, this.cellsIn(chunk, line.topics, line.groups));
      }
    }
  }

  private cellsIn(chunk: string, topics: string[] | null, groups: string[] | null): string[] {
    const keys: string[] = [];
    for (const t of topics ?? this.topics) for (const g of groups ?? this.groups) keys.push(cellKey(chunk, t, g));
    return keys;
  }

  /** Visits over a declared time set, for some topics and year groups (null: all). */
  visits(id: string, timeSet: string, topics: string[] | null, groups: string[] | null, options?: FigureOptions): string {
    this.build();
    const keys: string[] = [];
    for (const chunk of this.chunks.keys()) if (this.chunkSets.get(chunk)!.has(timeSet)) keys.push(...this.cellsIn(chunk, topics, groups));
    return this.plan.figure(id, keys, options);
  }

  /** One week of a week line. */
  week(lineId: string, monday: IsoDate, options?: FigureOptions): string {
    this.build();
    return this.plan.figure(`${lineId}:${monday}`, [`w:${lineId}:${monday}`], options);
  }

  /** Whether any time unit with sessions (or any unit outside teaching weeks) falls in the set. */
  has(timeSet: string): boolean {
    this.build();
    return [...this.chunkSets.values()].some((sets) => sets.has(timeSet));
  }
}

function cellKey(chunk: string, topic: string, group: string): string {
  return `y:${chunk}#${topic}#${group}`;
}

/** Key stages, for grouping year groups in a report. */
export const KEY_STAGES: { name: string; groups: YearGroup[] }[] = [
  { name: 'Reception', groups: ['R'] },
  { name: 'Key stage 1', groups: ['Y1', 'Y2'] },
  { name: 'Key stage 2', groups: ['Y3', 'Y4', 'Y5', 'Y6'] },
  { name: 'Key stage 3', groups: ['Y7', 'Y8', 'Y9'] },
  { name: 'Key stage 4', groups: ['Y10', 'Y11'] },
  { name: 'Sixth form', groups: ['Y12', 'Y13'] },
];
