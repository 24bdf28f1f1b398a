/**
 * Reads a rendered Trends screen or governors' report as a motivated intruder would: every table
 * cell, chart table, summary (accessible name) and sentence that quotes a count, turned into a sum
 * of the school's underlying counts (teaching week × topic × year group, survey answers) and what
 * the page says about it. Built from the page's text and the school's calendar only, never from the
 * app's disclosure pass. `leftovers` lists numbers on the page that no reading accounted for.
 */
import { academicYearLabel, teachingWeeks } from '../../shared/calendar';
import { termLabel, yearGroupLabel, type AcademicYearDates, type TermName } from '../../shared/domain';
import { beforeAfterCheckIns, surveyPoints, type IndicatorDefinition, type TrendData } from '../../shared/indicators';
import type { SeenFigure } from './intruder';

interface Unit {
  key: string;
  year: number;
  term: TermName | null;
  monday: string | null;
}

export interface ReaderContext {
  data: TrendData;
  indicators: IndicatorDefinition[];
  campaigns: { id: string; title: string; startDate: string; endDate: string; indicatorId?: string }[];
  topics: string[];
  groups: string[];
  threshold: number;
  period: { year: number; term: TermName | null };
  today: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TERMS: TermName[] = ['autumn', 'spring', 'summer'];

export class TrendsReader {
  readonly figures: SeenFigure[] = [];
  readonly accepted = new Set<string>();
  private readonly units: Unit[] = [];
  private readonly topics: string[];
  private readonly groups: string[];

  constructor(private readonly c: ReaderContext) {
    for (const y of c.data.years) {
      for (const t of y.terms) {
        for (const w of teachingWeeks(t)) this.units.push({ key: w.monday, year: y.startYear, term: t.term, monday: w.monday });
        this.units.push({ key: `${y.startYear}-${t.term}-off`, year: y.startYear, term: t.term, monday: null });
      }
      this.units.push({ key: `${y.startYear}-holidays`, year: y.startYear, term: null, monday: null });
    }
    const topics = new Set(c.topics);
    const groups = new Set([...c.groups, '-']);
    for (const s of c.data.sessions) {
      for (const x of s.counts) {
        topics.add(x.topic);
        groups.add(x.yearGroup ?? '-');
      }
    }
    this.topics = [...topics];
    this.groups = [...groups];
  }

  private inPeriod(u: Unit, year: number): boolean {
    return u.year === year && (this.c.period.term === null || u.term === this.c.period.term);
  }

  /** Sum over units, topics and groups (null: all). */
  terms(units: (u: Unit) => boolean, topics: string[] | null, groups: string[] | null): Record<string, number> {
    const out: Record<string, number> = {};
    for (const u of this.units.filter(units)) for (const t of topics ?? this.topics) for (const g of groups ?? this.groups) out[`${u.key}|${t}|${g}`] = 1;
    return out;
  }

  P = (u: Unit) => this.inPeriod(u, this.c.period.year);
  PL = (u: Unit) => this.inPeriod(u, this.c.period.year - 1);
  weekSet = (mondays: string[]) => (u: Unit) => u.monday !== null && mondays.includes(u.monday);
  termWeeks = (year: number, term: TermName) => (u: Unit) => u.year === year && u.term === term && u.monday !== null;

  /** Records what a cell's text says about a sum. `weeks`: the text is a per-week average over that many weeks. */
  read(text: string, terms: Record<string, number>, label: string, weeks = 1, percentOf: number | null = null): void {
    const t = this.c.threshold;
    const clean = text.trim();
    if (clean === '' || clean === '—' || clean === '–' || clean === 'no sessions' || clean === 'not recorded' || clean === 'not given' || clean === 'not yet' || clean.startsWith('a number of visits not given')) return;
    if (clean === 'no session') return this.push({ terms, label, seen: { kind: 'exact', value: 0 } });
    if (/^fewer than \d+( visits in all| visits| in all)?$/.test(clean)) return this.push({ terms, label, seen: { kind: 'fewer-than', threshold: t } });
    if (clean === 'hidden' || clean === 'a hidden number of visits') return this.push({ terms, label, seen: { kind: 'hidden', threshold: t } });
    const percent = /^(\d+)%$/.exec(clean);
    if (percent && percentOf !== null) {
      this.accepted.add(clean);
      const p = Number(percent[1]);
      return this.push({ terms, label, seen: { kind: 'between', min: ((p - 0.5) / 100) * percentOf, max: ((p + 0.5) / 100) * percentOf } });
    }
    const number = /^([\d,]+(?:\.\d)?)(?: a week| visits?)?$/.exec(clean);
    if (!number) throw new Error(`Cannot read “${clean}” (${label}).`);
    this.accepted.add(number[1]!);
    const value = Number(number[1]!.replace(/,/g, ''));
    if (weeks === 1 && !number[1]!.includes('.')) return this.push({ terms, label, seen: { kind: 'exact', value } });
    return this.push({ terms, label, seen: { kind: 'between', min: (value - 0.05) * weeks, max: (value + 0.05) * weeks } });
  }

  private push(f: SeenFigure): void {
    this.figures.push(f);
  }

  /** Weeks with at least one session (any topic) in a set of units. */
  recordedWeeks(units: (u: Unit) => boolean): string[] {
    const set = new Set<string>();
    const mondays = new Set(this.units.filter((u) => u.monday && units(u)).map((u) => u.monday!));
    for (const s of this.c.data.sessions) {
      const monday = mondayOf(s.date);
      if (mondays.has(monday) && isTeachingDay(s.date, this.c.data.years)) set.add(monday);
    }
    return [...set];
  }

  /** Reads every chart (its table and its accessible name) and table on the page. */
  readPage(root: HTMLElement): void {
    for (const figure of root.querySelectorAll('figure.trend-chart')) this.readChart(figure as HTMLElement);
    for (const table of root.querySelectorAll('table')) {
      const caption = table.querySelector('caption')?.textContent ?? '';
      if (caption.startsWith('Visits by topic and')) this.readTopicByGroup(table);
      else if (caption.startsWith('Visits by topic')) this.readTopics(table, root);
    }
    const hint = [...root.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Recorded without a year group'));
    if (hint) {
      const m = /: (.+) visits\.$/.exec(hint.textContent!)!;
      this.read(m[1]!, this.terms(this.P, this.filter.topic, this.groups.filter((g) => !this.c.groups.includes(g))), 'without a year group');
    }
    this.readSummary(root);
  }

  filter: { topic: string[] | null; group: string[] | null } = { topic: null, group: null };

  private rows(table: Element): { head: string[]; rows: { name: string; cells: string[] }[] } {
    const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const rows = [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) => ({ name: tr.querySelector('th')?.textContent ?? '', cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '') }));
    return { head, rows };
  }

  private topicOfRow(name: string, root: HTMLElement): string[] | null {
    if (name === 'All topics') return null;
    if (name === 'Other topics') {
      const grouping = root.querySelector('[data-testid="report-grouping"]')?.textContent ?? '';
      return /“other topics” \(([^)]+)\)/.exec(grouping)![1]!.split(', ');
    }
    return [this.topics.find((t) => t.toLowerCase() === name.toLowerCase())!];
  }

  private readTopics(table: Element, root: HTMLElement): void {
    const { head, rows } = this.rows(table);
    const weeks = this.recordedWeeks((u) => this.P(u) && (u.monday ?? '') <= this.c.today).length;
    for (const row of rows) {
      const topics = this.topicOfRow(row.name, root);
      row.cells.forEach((text, i) => {
        const h = head[i + 1]!;
        if (h.startsWith('Same period') || h.startsWith('Visits, same period')) this.read(text, this.terms(this.PL, topics, this.filter.group), `${row.name} last year`);
        else if (/a week/i.test(h)) this.read(text, this.terms(this.P, topics, this.filter.group), `${row.name} a week`, weeks);
        else this.read(text, this.terms(this.P, topics, this.filter.group), `${row.name} this period`);
      });
    }
  }

  private readTopicByGroup(table: Element): void {
    const { head, rows } = this.rows(table);
    const columns = head.slice(1, -1).map((h) => this.groupsOfColumn(h));
    const all = columns.flat();
    for (const row of rows) {
      const topics = row.name === 'All topics' ? null : row.name === 'Other topics' ? this.topicOfRow('Other topics', table.ownerDocument.body) : [this.topics.find((t) => t.toLowerCase() === row.name.toLowerCase())!];
      row.cells.forEach((text, i) => this.read(text, this.terms(this.P, topics, i < columns.length ? columns[i]! : all), `${row.name} × ${head[i + 1]}`));
    }
  }

  private groupsOfColumn(name: string): string[] {
    const stages: Record<string, string[]> = { Reception: ['R'], 'Key stage 1': ['Y1', 'Y2'], 'Key stage 2': ['Y3', 'Y4', 'Y5', 'Y6'], 'Key stage 3': ['Y7', 'Y8', 'Y9'], 'Key stage 4': ['Y10', 'Y11'], 'Sixth form': ['Y12', 'Y13'] };
    const groups = stages[name] ?? this.c.groups.filter((g) => yearGroupLabel(g as never) === name);
    return groups.filter((g) => this.c.groups.includes(g));
  }

  private readChart(figure: HTMLElement): void {
    const title = figure.querySelector('h2, h3')!.textContent ?? '';
    const table = figure.querySelector('table');
    const summary = figure.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '';
    if (!table) return;
    const { head, rows } = this.rows(table);
    const weekly = /^Drop-in visits(?: about (.+?))?(?: \(((?:Year \d+|Reception))\))? by (teaching week|half term)$/.exec(title);
    if (weekly) {
      const topic = weekly[1] ? [weekly[1]] : null;
      const group = weekly[2] ? [this.c.groups.find((g) => yearGroupLabel(g as never) === weekly[2])!] : null;
      for (const row of rows) {
        const mondays = weekly[3] === 'teaching week' ? [isoFromLong(/w\/c (.+)\)/.exec(row.name)![1]!)] : this.halfTermMondays(row.name);
        const text = row.cells[0]!;
        if (text === 'no session') for (const m of mondays) this.read(text, this.terms(this.weekSet([m]), null, null), `${row.name} (no session)`);
        else this.read(text, this.terms(this.weekSet(mondays), topic, group), row.name);
      }
      const total = /: (.+?) visits? in (\d+) weeks? with a session/.exec(summary);
      if (total) this.read(total[1]!.replace(/^a hidden number of$/, 'hidden'), this.terms((u) => this.P(u) && u.monday !== null && u.monday <= this.c.today, topic, group), 'chart total');
      return;
    }
    if (title.startsWith('Term by term, year on year')) {
      const topic = /about (.+?)(?: \(|$)/.exec(title)?.[1];
      const years = head.slice(1).map((h) => Number(h.slice(0, 4)));
      for (const row of rows) {
        const term = TERMS.find((t) => termLabel(t) === row.name)!;
        row.cells.forEach((text, i) => {
          const y = years[i]!;
          const weeks = this.recordedWeeks(this.termWeeks(y, term)).length;
          if (text === 'no session' || text === 'not yet') return;
          this.read(text, this.terms(this.termWeeks(y, term), topic ? [topic] : this.filter.topic, this.filter.group), `${academicYearLabel(y)} ${term}`, weeks);
        });
      }
      return;
    }
    if (title.startsWith('By year group')) {
      for (const row of rows) this.read(row.cells[0]!, this.terms(this.P, this.filter.topic, [this.c.groups.find((g) => yearGroupLabel(g as never) === row.name)!]), row.name);
      return;
    }
    const indicator = this.c.indicators.find((i) => title === i.name || title.startsWith(`${i.name}: before and after`));
    if (!indicator) throw new Error(`Unknown chart “${title}”.`);
    if (title === indicator.name) this.readIndicator(indicator, rows);
    else this.readCompare(indicator, title, rows);
  }

  private readIndicator(indicator: IndicatorDefinition, rows: { name: string; cells: string[] }[]): void {
    for (const row of rows) {
      const [y, term] = termFromLabel(row.name);
      if (indicator.source.kind === 'check-in-topic') {
        const weeks = this.recordedWeeks(this.termWeeks(y, term)).length;
        const terms = this.terms(this.termWeeks(y, term), [indicator.source.topic], null);
        this.read(row.cells[0]!, terms, `${indicator.name} ${row.name}`, weeks);
        const based = /^(.+?) visits? in \d+ weeks?/.exec(row.cells[1]!);
        if (based) this.read(based[1]!.replace(/^a hidden number of$/, 'hidden'), terms, `${indicator.name} ${row.name} based on`);
      } else {
        const points = surveyPoints(indicator.source, this.c.data).filter((p) => p.wave.academicYear === y && p.term === term);
        this.readRate(indicator, points.map((p) => p.wave.id), row.cells[0]!, row.cells[1]!, `${indicator.name} ${row.name}`);
      }
    }
  }

  private readRate(indicator: IndicatorDefinition, waveIds: string[], value: string, answeredText: string, label: string): void {
    const source = indicator.source as Extract<IndicatorDefinition['source'], { kind: 'survey-question' }>;
    const concern: Record<string, number> = {};
    const answered: Record<string, number> = {};
    for (const waveId of waveIds) {
      const wave = this.c.data.waves.find((w) => w.id === waveId)!;
      const q = wave.questions.find((x) => x.text.trim().toLowerCase() === source.questionText.trim().toLowerCase())!;
      const answers = new Set(this.c.data.results.filter((r) => r.waveId === waveId && r.questionId === q.id).map((r) => r.answer));
      const groups = source.yearGroup ? [source.yearGroup] : [...new Set(this.c.data.results.filter((r) => r.waveId === waveId).map((r) => r.yearGroup ?? '-'))];
      for (const a of answers) for (const g of groups) {
        const key = `s:${waveId}|${q.id}|${a}|${g}`;
        answered[key] = 1;
        if (q.concernAnswers.includes(a)) concern[key] = 1;
      }
    }
    const answeredFigure = answeredText.replace(/ answered$/, '');
    this.read(answeredFigure, answered, `${label} answered`);
    const shownAnswered = /^[\d,]+$/.test(answeredFigure.trim()) ? Number(answeredFigure.replace(/,/g, '')) : null;
    const m = /^fewer than \d+ of (.+)$/.exec(value);
    if (m) return this.read(`fewer than ${this.c.threshold}`, concern, label);
    if (value.startsWith('fewer than') && value.endsWith('answered')) return;
    this.read(value, concern, label, 1, shownAnswered);
  }

  private readCompare(indicator: IndicatorDefinition, title: string, rows: { name: string; cells: string[] }[]): void {
    const campaign = this.c.campaigns.find((c) => c.indicatorId === indicator.id && (title.endsWith(c.title) || title.endsWith('before and after')))!;
    if (indicator.source.kind === 'check-in-topic') {
      const r = beforeAfterCheckIns(indicator.source.topic, campaign, this.c.data, this.c.threshold);
      for (const row of rows) {
        const side = row.name.includes('before') ? r.before : r.after;
        const mondays = side.weeks.map((w) => w.monday);
        const terms = this.terms(this.weekSet(mondays), [indicator.source.topic], null);
        this.read(row.cells[0]!, terms, `${title} ${row.name}`, mondays.length);
        this.read(row.cells[1]!, terms, `${title} ${row.name} in all`);
      }
      return;
    }
    const points = surveyPoints(indicator.source, this.c.data);
    for (const row of rows) {
      const p = row.name.startsWith('Before') ? points.filter((x) => x.wave.date < campaign.startDate).pop() : points.find((x) => x.wave.date > campaign.endDate);
      if (!p) continue;
      this.readRate(indicator, [p.wave.id], row.cells[0]!, row.cells[1]!, `${title} ${row.name}`);
    }
  }

  private halfTermMondays(name: string): string[] {
    const m = /^(Autumn|Spring|Summer) (first|second) half term$/.exec(name)!;
    const term = TERMS.find((t) => termLabel(t) === m[1])!;
    const dates = this.c.data.years.find((y) => y.startYear === this.c.period.year)!.terms.find((t) => t.term === term)!;
    return teachingWeeks(dates)
      .map((w) => w.monday)
      .filter((d) => (m[2] === 'first' ? d < dates.halfTermStart : d > dates.halfTermStart) && d <= this.c.today);
  }

  /** The report's page-1 sentences. */
  private readSummary(root: HTMLElement): void {
    for (const li of root.querySelectorAll('.report-headlines li')) {
      const text = li.textContent ?? '';
      const visits = /^Drop-in visits: (.+?) visits \(all topics, all year groups\) in (\d+) teaching weeks? with a session; (.+?) visits a week\.(?: Same period last year: (.+?) visits\.)?/.exec(text);
      if (visits) {
        this.read(visits[1]!, this.terms(this.P, null, null), 'headline visits');
        this.read(visits[3]!, this.terms(this.P, null, null), 'headline a week', Number(visits[2]));
        if (visits[4]) this.read(visits[4], this.terms(this.PL, null, null), 'headline last year');
      }
      const top = /^Most common topics: (.+)\.$/.exec(text);
      if (top) for (const m of top[1]!.matchAll(/([^,(]+?) \((.+?) visits\)/g)) this.read(m[2]!, this.terms(this.P, [m[1]!.trim()], null), `top ${m[1]}`);
    }
  }
}

/** Numbers on the page that no reading accounted for (dates, week labels and the like removed first). */
export function leftoverNumbers(root: HTMLElement, accepted: Set<string>): string[] {
  const clone = root.cloneNode(true) as HTMLElement;
  for (const el of clone.querySelectorAll('svg, select, option, [data-intruder-skip], .print-lede, caption')) el.remove();
  for (const table of clone.querySelectorAll('table')) if (table.querySelector('th')?.textContent === 'Campaign') table.remove();
  const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
  const parts: string[] = [];
  const walker = clone.ownerDocument.createTreeWalker(clone, 4 /* text nodes */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  let text = `${parts.join(' ')} ${labels.join(' ')}`.replace(/\s+/g, ' ');
  const patterns = [
    new RegExp(`\\d{1,2} (${MONTHS.join('|')}) \\d{4}`, 'g'),
    /\d{4}\/\d{2}/g,
    /\d{4}-\d{2}-\d{2}/g,
    /\b(Aut|Spr|Sum) \d+/g,
    /\b(Year|Key stage) \d+/g,
    /fewer than \d+/g,
    /below \d+/g,
    /\d+ or more/g,
    /\d+ (teaching )?weeks?/g,
    /\d+ (half terms?|points?) (had|hidden)/g,
    /at least \d+/g,
    /up to \d+/g,
    /\d+ (numbers? read|read “hidden”|totals? read)/g,
    /\d+ (campaigns?|activit(y|ies))/g,
  ];
  for (const p of patterns) text = text.replace(p, ' ');
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?%?/g)]
    .filter((m) => !accepted.has(m[0].replace(/[.,]$/, '')))
    .map((m) => `${m[0]} in “…${text.slice(Math.max(0, m.index - 40), m.index + 20).replace(/\s+/g, ' ')}…”`);
}

function isoFromLong(text: string): string {
  const [d, month, y] = text.split(' ');
  return `${y}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

function termFromLabel(label: string): [number, TermName] {
  const [name, years] = label.split(' ');
  return [Number(years!.slice(0, 4)), TERMS.find((t) => termLabel(t) === name)!];
}

function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d);
  day.setDate(d - ((day.getDay() + 6) % 7));
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function isTeachingDay(date: string, years: AcademicYearDates[]): boolean {
  return years.some((y) => y.terms.some((t) => t.start <= date && date <= t.end && !(t.halfTermStart <= date && date <= t.halfTermEnd)));
}
