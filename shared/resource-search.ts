/**
 * Full-text search of the resource library: every word of the query must match the start of a word
 * in the title, the tags or the text; titles rank above tags, tags above text. Pure TypeScript, so
 * the library screen, the resource picker, the tests and the benchmark all search the same way.
 *
 * Speed: each resource is folded (lower case, accents removed, curly quotes straightened) once into
 * an IndexedResource; a keystroke then only runs indexOf over those strings. An index cache reuses
 * entries for resources that have not changed, so a live query that re-reads the table does not
 * rebuild the whole index.
 */
import type { AudienceName, ResourceKindName, ThemeName } from './builtin-resources';
import { YEAR_GROUPS, type YearGroup } from './domain';
import { withoutRepeatedTitle } from './markdown-safety';

export interface SearchableResource {
  id: string;
  title: string;
  bodyMarkdown: string;
  tags: readonly string[];
  kind: ResourceKindName;
  themes: readonly ThemeName[];
  audiences: readonly AudienceName[];
  /** Empty means every year group. */
  yearGroups: readonly YearGroup[];
  archived: 0 | 1;
  builtInId?: string | undefined;
  updatedAt?: string;
}

export interface IndexedResource<R extends SearchableResource = SearchableResource> {
  resource: R;
  titleFolded: string;
  /** Tags joined by " · ", as shown. */
  tagsText: string;
  tagsFolded: string;
  /**
   * The markdown folded for matching, with link addresses removed. Markdown symbols are not words,
   * so they never get in the way of a match; the readable text for snippets is made only for the
   * resources on screen (readableBody).
   */
  bodyFolded: string;
}

/** Key stages as schools name them, with the year groups each covers. */
export const KEY_STAGES = [
  { id: 'EYFS', label: 'Early years (Reception)', yearGroups: ['R'] },
  { id: 'KS1', label: 'Key stage 1 (Years 1 to 2)', yearGroups: ['Y1', 'Y2'] },
  { id: 'KS2', label: 'Key stage 2 (Years 3 to 6)', yearGroups: ['Y3', 'Y4', 'Y5', 'Y6'] },
  { id: 'KS3', label: 'Key stage 3 (Years 7 to 9)', yearGroups: ['Y7', 'Y8', 'Y9'] },
  { id: 'KS4', label: 'Key stage 4 (Years 10 to 11)', yearGroups: ['Y10', 'Y11'] },
  { id: 'KS5', label: 'Sixth form (Years 12 to 13)', yearGroups: ['Y12', 'Y13'] },
] as const satisfies readonly { id: string; label: string; yearGroups: readonly YearGroup[] }[];
export type KeyStageId = (typeof KEY_STAGES)[number]['id'];

export interface SearchFilters {
  theme?: ThemeName | undefined;
  audience?: AudienceName | undefined;
  kind?: ResourceKindName | undefined;
  /** A key stage ("KS3") or one year group ("Y7"). */
  stage?: KeyStageId | YearGroup | undefined;
  origin?: 'built-in' | 'own' | undefined;
  includeArchived?: boolean | undefined;
}

export interface SearchHit<R extends SearchableResource = SearchableResource> {
  entry: IndexedResource<R>;
  score: number;
  /** Where the query matched: shown as "Matched in title, tags". */
  matchedIn: { title: boolean; tags: boolean; body: boolean };
}

// ---------------------------------------------------------------------------------------------
// Folding: one output character per input UTF-16 unit, so positions in folded text are positions
// in the original and highlights land on the right letters.

const foldCache = new Map<string, string>();

function foldChar(c: string): string {
  let folded = foldCache.get(c);
  if (folded === undefined) {
    if (c === '’' || c === '‘' || c === 'ʼ') folded = "'";
    else if (c === '“' || c === '”') folded = '"';
    else if (c === '–' || c === '—') folded = '-';
    else {
      const base = c.normalize('NFD')[0] ?? c;
      const lower = base.toLowerCase();
      folded = lower.length === 1 ? lower : c.length === 1 && c.toLowerCase().length === 1 ? c.toLowerCase() : c;
    }
    if (folded.length !== c.length) folded = c;
    foldCache.set(c, folded);
  }
  return folded;
}

/** Lower case without accents, curly quotes straightened; always the same length as the input. */
export function foldText(text: string): string {
  // Native lower-casing does almost all the work; only non-ASCII characters need the table.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text.replace(/[A-Z]|[^\x00-\x7f]/g, foldChar); // "İ" and the like
  return /[^\x00-\x7f]/.test(lower) ? lower.replace(/[^\x00-\x7f]/g, foldChar) : lower;
}

function isWordChar(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(char);
}

/** The words of a query, folded, without repeats; punctuation separates words ("sleep-tips" is two). */
export function queryTerms(query: string): string[] {
  const words = foldText(query).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(words)].slice(0, 12);
}

// ---------------------------------------------------------------------------------------------
// Plain text of markdown for searching and snippets.

/** Markdown as a reader sees it: link text without addresses, no #, *, _, >, | or backticks. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, ' ') // reference definitions
    .replace(/!?\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1') // [text](url) and ![alt](src)
    .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1') // [text][ref]
    .replace(/^ {0,3}\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/gm, ' ') // table delimiter rows
    .replace(/\{\{\s*school\.([a-zA-Z]+)\s*\}\}/g, (_whole, name: string) => (name === 'name' ? 'your school' : name === 'mhstContact' ? 'MHST contact' : 'DSL contact'))
    .replace(/^ {0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
    .replace(/(?:^|\s)#{1,6}(?=\s|$)/gm, ' ')
    .replace(/[*_`|<>\\]+/g, ' ')
    .replace(/^ {0,3}(?:-{3,}|={3,})\s*$/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// The index.

export function indexResource<R extends SearchableResource>(resource: R): IndexedResource<R> {
  const tagsText = resource.tags.join(' · ');
  return {
    resource,
    titleFolded: foldText(resource.title),
    tagsText,
    tagsFolded: foldText(tagsText),
    bodyFolded: foldText(resource.bodyMarkdown.replace(/\]\([^)\n]*\)?/g, '] ')),
  };
}

const readable = new WeakMap<object, { text: string; folded: string }>();

/** The text a reader sees (no markdown, no repeated title), and its folded form; made once per resource, on demand. */
export function readableBody(entry: Pick<IndexedResource, 'resource'>): { text: string; folded: string } {
  let body = readable.get(entry.resource);
  if (!body) {
    // A body opening with "# <its title>" would only repeat the title in every snippet.
    const text = markdownToPlainText(withoutRepeatedTitle(entry.resource.bodyMarkdown, entry.resource.title));
    body = { text, folded: foldText(text) };
    readable.set(entry.resource, body);
  }
  return body;
}

/**
 * Keeps index entries between calls, keyed by id and updatedAt, so re-reading the table (a live
 * query after any change) re-indexes only what changed.
 */
export class SearchIndexCache<R extends SearchableResource = SearchableResource> {
  private entries = new Map<string, { stamp: string; entry: IndexedResource<R> }>();

  index(resources: readonly R[]): IndexedResource<R>[] {
    const next = new Map<string, { stamp: string; entry: IndexedResource<R> }>();
    const result = resources.map((resource) => {
      const stamp = `${resource.updatedAt ?? ''}\u0000${resource.title.length}\u0000${resource.bodyMarkdown.length}\u0000${resource.archived}`;
      const cached = this.entries.get(resource.id);
      const entry = cached && cached.stamp === stamp ? { ...cached.entry, resource } : indexResource(resource);
      next.set(resource.id, { stamp, entry });
      return entry;
    });
    this.entries = next;
    return result;
  }
}

// ---------------------------------------------------------------------------------------------
// Matching and ranking.

/** Index of the first place `term` starts a word in `folded`, from `from`; -1 if none. */
function findWordStart(folded: string, term: string, from = 0): number {
  for (let at = folded.indexOf(term, from); at >= 0; at = folded.indexOf(term, at + 1)) {
    if (at === 0) return 0;
    const before = folded.charCodeAt(at - 1);
    // An apostrophe inside a word ("don't") does not start a new word.
    if (!isWordChar(before, folded[at - 1]!) && !(before === 39 && at >= 2 && isWordChar(folded.charCodeAt(at - 2), folded[at - 2]!))) return at;
  }
  return -1;
}

function isWholeWord(folded: string, at: number, length: number): boolean {
  const after = folded.charCodeAt(at + length);
  return Number.isNaN(after) || !isWordChar(after, folded[at + length]!);
}

/** One collator for every sort: localeCompare(x, 'en-GB') would look one up for each comparison. */
const TITLE_ORDER = new Intl.Collator('en-GB', { numeric: true });

const TITLE_WEIGHT = 100;
const TAG_WEIGHT = 10;
const BODY_WEIGHT = 1;

function matchesFilters(resource: SearchableResource, filters: SearchFilters): boolean {
  if (!filters.includeArchived && resource.archived === 1) return false;
  if (filters.theme && !resource.themes.includes(filters.theme)) return false;
  if (filters.audience && !resource.audiences.includes(filters.audience)) return false;
  if (filters.kind && resource.kind !== filters.kind) return false;
  if (filters.origin === 'built-in' && !resource.builtInId) return false;
  if (filters.origin === 'own' && resource.builtInId) return false;
  if (filters.stage && resource.yearGroups.length > 0) {
    const stage = KEY_STAGES.find((s) => s.id === filters.stage);
    const groups: readonly string[] = stage ? stage.yearGroups : [filters.stage];
    if (!resource.yearGroups.some((g) => groups.includes(g))) return false;
  }
  return true;
}

/**
 * The resources that match every word of the query (as the start of a word) and every filter, best
 * first: a word found in the title counts most, then tags, then the text; whole words and repeated
 * mentions in the text break ties, then titles A to Z. An empty query lists everything A to Z.
 */
export function searchResources<R extends SearchableResource>(index: readonly IndexedResource<R>[], query: string, filters: SearchFilters = {}): SearchHit<R>[] {
  const terms = queryTerms(query);
  const hits: SearchHit<R>[] = [];
  for (const entry of index) {
    if (!matchesFilters(entry.resource, filters)) continue;
    if (terms.length === 0) {
      hits.push({ entry, score: 0, matchedIn: { title: false, tags: false, body: false } });
      continue;
    }
    let score = 0;
    const matchedIn = { title: false, tags: false, body: false };
    let all = true;
    for (const term of terms) {
      const inTitle = findWordStart(entry.titleFolded, term);
      if (inTitle >= 0) {
        matchedIn.title = true;
        score += TITLE_WEIGHT + (isWholeWord(entry.titleFolded, inTitle, term.length) ? 20 : 0) + (inTitle === 0 ? 5 : 0);
        continue;
      }
      const inTags = findWordStart(entry.tagsFolded, term);
      if (inTags >= 0) {
        matchedIn.tags = true;
        score += TAG_WEIGHT + (isWholeWord(entry.tagsFolded, inTags, term.length) ? 2 : 0);
        continue;
      }
      const inBody = findWordStart(entry.bodyFolded, term);
      if (inBody < 0) {
        all = false;
        break;
      }
      matchedIn.body = true;
      let mentions = 1;
      for (let at = findWordStart(entry.bodyFolded, term, inBody + term.length); at >= 0 && mentions < 5; at = findWordStart(entry.bodyFolded, term, at + term.length)) mentions++;
      score += BODY_WEIGHT + (isWholeWord(entry.bodyFolded, inBody, term.length) ? 0.5 : 0) + mentions * 0.2;
    }
    if (all) hits.push({ entry, score, matchedIn });
  }
  hits.sort((a, b) => b.score - a.score || TITLE_ORDER.compare(a.entry.resource.title, b.entry.resource.title));
  return hits;
}

/**
 * searchResources for a search box: while the lead keeps typing (each word of the last query is the
 * start of a word of the new one, same filters, same index), the new matches can only be among the
 * last ones, so only those are searched again.
 */
export class IncrementalSearch<R extends SearchableResource = SearchableResource> {
  private last: { index: readonly IndexedResource<R>[]; terms: string[]; filters: string; matches: IndexedResource<R>[] } | undefined;

  search(index: readonly IndexedResource<R>[], query: string, filters: SearchFilters = {}): SearchHit<R>[] {
    const terms = queryTerms(query);
    const filterKey = JSON.stringify([filters.theme, filters.audience, filters.kind, filters.stage, filters.origin, Boolean(filters.includeArchived)]);
    const last = this.last;
    const narrowing = last !== undefined && last.index === index && last.filters === filterKey && last.terms.length > 0 && last.terms.every((old) => terms.some((term) => term.startsWith(old)));
    const hits = searchResources(narrowing ? last.matches : index, query, filters);
    this.last = { index, terms, filters: filterKey, matches: hits.map((hit) => hit.entry) };
    return hits;
  }
}

// ---------------------------------------------------------------------------------------------
// Highlighting.

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into parts, marking where a query word starts a word (the whole matched prefix).
 * The caller renders matched parts in <mark>: text only, never HTML.
 */
export function highlightParts(text: string, terms: readonly string[], folded = foldText(text)): TextPart[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const marks: [number, number][] = [];
  for (const term of terms) {
    for (let at = findWordStart(folded, term); at >= 0; at = findWordStart(folded, term, at + term.length)) marks.push([at, at + term.length]);
  }
  if (marks.length === 0) return [{ text, match: false }];
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const mark of marks) {
    const last = merged[merged.length - 1];
    if (last && mark[0] <= last[1]) last[1] = Math.max(last[1], mark[1]);
    else merged.push([mark[0], mark[1]]);
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/**
 * A short passage of the text around the first place a query word appears (or its opening when
 * none does), cut at word boundaries with an ellipsis, and highlighted.
 */
export function snippetParts(entry: Pick<IndexedResource, 'resource'>, terms: readonly string[], length = 180): TextPart[] {
  const { text: bodyText, folded: bodyFolded } = readableBody(entry);
  let first = -1;
  for (const term of terms) {
    const at = findWordStart(bodyFolded, term);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = bodyText.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(bodyText.length, start + length);
  if (end < bodyText.length) {
    const space = bodyText.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const parts = highlightParts(bodyText.slice(start, end), terms, bodyFolded.slice(start, end));
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < bodyText.length) parts.push({ text: '…', match: false });
  return parts;
}

/** Every year group, for a select: key stages first, then single years. */
export const STAGE_OPTIONS: { value: KeyStageId | YearGroup; label: string; group: 'Key stages' | 'Year groups' }[] = [
  ...KEY_STAGES.map((s) => ({ value: s.id, label: s.label, group: 'Key stages' as const })),
  ...YEAR_GROUPS.map((g) => ({ value: g, label: g === 'R' ? 'Reception' : `Year ${g.slice(1)}`, group: 'Year groups' as const })),
];
