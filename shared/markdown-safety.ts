/**
 * What markdown a lead may write in a resource, and how it is made safe to show.
 *
 * Two layers, on purpose:
 *  1. markdownProblems() finds what Upstream will not keep (raw HTML, pictures, links that are not
 *     https://) and explains it by line, so the editor and the importer can refuse it with a clear
 *     message before anything is written.
 *  2. The renderer never trusts that check: it renders with react-markdown without raw HTML and
 *     passes every URL through safeLinkTarget(), which keeps only https:// links and in-page
 *     #anchors. So even markdown that slipped past (1) cannot run script or load anything.
 *
 * Pure TypeScript: used by the editor, the importer, the renderer and the tests alike.
 */
import { isSafeExternalUrl } from './external-url';

export interface MarkdownProblem {
  /** 1-based line in the markdown. */
  line: number;
  message: string;
}

const ANCHOR = /^#[A-Za-z0-9_-]{1,100}$/;

/**
 * The URL a rendered link may keep: a full https:// address to another site, or an in-page
 * "#anchor". Everything else (javascript:, data:, vbscript:, file:, http:, mailto:, relative paths,
 * protocol-relative //host) becomes null, and the link is shown as plain text.
 * Image sources are never kept: Upstream does not load pictures from resources.
 */
export function safeLinkTarget(url: string, attribute = 'href'): string | null {
  if (attribute !== 'href') return null;
  const value = url.trim();
  if (ANCHOR.test(value)) return value;
  return isSafeExternalUrl(value) && value.toLowerCase().startsWith('https://') ? value : null;
}

/** The id a heading gets in rendered markdown, prefixed so no text can clobber a global (window.x) or an app id. */
export function headingAnchorId(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `section-${slug || 'untitled'}`;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', sol: '/', tab: '\t', newline: '\n', nbsp: ' ', lpar: '(', rpar: ')', period: '.', comma: ',', num: '#' };

/** Decodes the character references markdown decodes in link destinations (numeric ones and the common named ones). */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The markdown with code (fenced blocks and `inline spans`) replaced by spaces, keeping every line
 * break, so checks only look at text markdown would interpret and line numbers still match.
 * Backslash-escaped characters are blanked too (\< is a literal "<", not a tag).
 */
export function blankCode(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let fence: string | undefined;
  const kept = lines.map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (opening && opening[1]![0] === fence[0] && opening[1]!.length >= fence.length && line.trim() === opening[1]) fence = undefined;
      return ' '.repeat(line.length);
    }
    if (opening) {
      fence = opening[1]!;
      return ' '.repeat(line.length);
    }
    return line;
  });
  const blanked = (text: string) => text.replace(/[^\n]/g, ' ');
  return kept
    .join('\n')
    .replace(/\\[!-/:-@[-`{-~]/g, (escaped) => blanked(escaped))
    .replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => blanked(span));
}

const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/;
const EMAIL_AUTOLINK = /^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/;
/** A tag as browsers and CommonMark read it: "<name" then a space, "/", ">" or the end of the line. */
const TAG_START = /^<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)/;
const SPECIAL_HTML = /^<(!--|!\[CDATA\[|![A-Za-z]|\?)/;

function linkProblem(target: string): string | undefined {
  const decoded = decodeCharacterReferences(target).replace(/^<|>$/g, '').trim();
  if (safeLinkTarget(decoded) !== null) return undefined;
  const compact = decoded.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' || scheme === 'file') return `${scheme}: links are not allowed; links must go to https:// web addresses`;
  if (scheme === 'http') return `the link to “${shorten(decoded)}” is not secure; use its https:// address instead`;
  if (scheme === 'mailto' || scheme === 'tel') return `${scheme}: links are not kept; write the email address or phone number as text`;
  if (decoded.startsWith('#')) return `the in-page link “${shorten(decoded)}” should be # followed by letters, numbers or hyphens`;
  return `links must be full https:// web addresses, not “${shorten(decoded)}”`;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Everything in this markdown that Upstream will not keep, in the order it appears, each with its
 * line and a message in plain words. An empty list means the markdown can be saved as it is.
 */
export function markdownProblems(markdown: string): MarkdownProblem[] {
  const text = blankCode(markdown);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (index: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const found: (MarkdownProblem & { at: number })[] = [];
  const add = (at: number, message: string) => found.push({ at, line: lineOf(at), message });

  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const rest = text.slice(at, at + 2100);
    const autolink = AUTOLINK.exec(rest);
    if (autolink) {
      const problem = linkProblem(autolink[1]!);
      if (problem) add(at, problem);
      continue;
    }
    if (EMAIL_AUTOLINK.test(rest)) {
      add(at, 'email links are not kept; write the email address as text, without < and >');
      continue;
    }
    const special = SPECIAL_HTML.exec(rest);
    if (special) {
      add(at, special[1] === '!--' ? 'HTML comments are not allowed; delete the <!-- … --> part' : `HTML is not allowed (found “${shorten(rest.split('\n')[0]!.slice(0, 20))}”)`);
      continue;
    }
    const tag = TAG_START.exec(rest);
    if (tag) add(at, `HTML tags are not allowed (found “${tag[0]}”); use markdown instead, such as **bold** or [a link](https://…). For a less-than sign, put a space after it`);
  }

  for (let at = text.indexOf('!['); at >= 0; at = text.indexOf('![', at + 2)) {
    add(at, 'pictures are not shown in Upstream resources (Upstream never loads images); remove the ![…](…) part');
  }

  // Inline links and images: ](destination "title")
  for (const match of text.matchAll(/\]\(\s*(<[^>\n]*>|[^\s)]*)/g)) {
    if (text[match.index - 1] === '!' || /!\[[^\]]*$/.test(text.slice(Math.max(0, match.index - 400), match.index))) continue; // reported as a picture
    const problem = linkProblem(match[1]!);
    if (problem) add(match.index, problem);
  }
  // Reference definitions: [label]: destination
  for (const match of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S+)/gm)) {
    const problem = linkProblem(match[1]!);
    if (problem) add(match.index, problem);
  }
  // Belt and braces: script URLs anywhere in the text, even spelled with character references.
  const SCRIPT_URL = /(?:java|vb)[\s]*script[\s]*:/i;
  for (const match of text.matchAll(/(?:java|vb)\s*script\s*:/gi)) {
    if (!found.some((f) => f.line === lineOf(match.index) && /script: links/.test(f.message))) add(match.index, `${match[0].replace(/\s+/g, '').toLowerCase()} is not allowed in a resource`);
  }
  for (const match of text.matchAll(/&(?:#x?[0-9a-f]+|[a-z]+);/gi)) {
    const around = text.slice(Math.max(0, match.index - 12), match.index + 60);
    if (!SCRIPT_URL.test(around) && SCRIPT_URL.test(decodeCharacterReferences(around))) {
      if (!found.some((f) => f.line === lineOf(match.index) && /script: links/.test(f.message))) add(match.index, 'script links spelled with character codes are not allowed');
      break;
    }
  }

  found.sort((a, b) => a.at - b.at);
  const unique = found.filter((p, i) => i === 0 || p.line !== found[i - 1]!.line || p.message !== found[i - 1]!.message);
  return unique.map(({ line, message }) => ({ line, message }));
}

/** One problem in a sentence for a form, e.g. "Line 4: HTML tags are not allowed … (and 2 more problems)". */
export function describeMarkdownProblems(problems: readonly MarkdownProblem[]): string | undefined {
  const first = problems[0];
  if (!first) return undefined;
  const more = problems.length - 1;
  return `Line ${first.line}: ${first.message}.${more > 0 ? ` (And ${more} more ${more === 1 ? 'problem' : 'problems'}.)` : ''}`;
}

export type TableAlignment = 'left' | 'center' | 'right' | null;

export type MarkdownSegment =
  | { kind: 'markdown'; text: string }
  | { kind: 'table'; header: string[]; alignments: TableAlignment[]; rows: string[][] };

function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  let inCode = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\' && row[i + 1] === '|') {
      current += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      current += c;
    } else if (c === '|' && !inCode) {
      cells.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  cells.push(current.trim());
  return cells;
}

const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Splits markdown into ordinary markdown and GitHub-style pipe tables, so tables can be shown as
 * tables (react-markdown alone reads only CommonMark). Tables inside fenced code stay as code.
 * Reference-link definitions are repeated into every markdown part so [text][ref] still resolves.
 */
export function splitMarkdownTables(markdown: string): MarkdownSegment[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const code = blankCode(markdown).split('\n');
  const segments: MarkdownSegment[] = [];
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.join('').trim() !== '') segments.push({ kind: 'markdown', text: buffer.join('\n') });
    buffer = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const isCode = code[i]!.trim() === '' && line.trim() !== '';
    const previousBlank = i === 0 || lines[i - 1]!.trim() === '' || buffer.length === 0;
    if (!isCode && previousBlank && line.includes('|') && next !== undefined && DELIMITER_ROW.test(next) && next.includes('-')) {
      const header = splitRow(line);
      const delimiters = splitRow(next);
      if (header.length === delimiters.length) {
        flush();
        const alignments = delimiters.map((d): TableAlignment => (d.startsWith(':') && d.endsWith(':') ? 'center' : d.endsWith(':') ? 'right' : d.startsWith(':') ? 'left' : null));
        const rows: string[][] = [];
        i += 2;
        while (i < lines.length && lines[i]!.trim() !== '' && lines[i]!.includes('|')) {
          const cells = splitRow(lines[i]!);
          rows.push(header.map((_, c) => cells[c] ?? ''));
          i++;
        }
        segments.push({ kind: 'table', header, alignments, rows });
        continue;
      }
    }
    buffer.push(line);
    i++;
  }
  flush();
  const definitions = lines.filter((line, index) => code[index]!.trim() !== '' && /^ {0,3}\[[^\]\n]+\]:\s*\S/.test(line));
  if (definitions.length > 0 && segments.filter((s) => s.kind === 'markdown').length > 1) {
    for (const segment of segments) if (segment.kind === 'markdown') segment.text = `${segment.text}\n\n${definitions.join('\n')}\n`;
  }
  return segments;
}

/**
 * The level of the biggest heading in the markdown (1 for "# …" or a === underline, 2 for "## …"),
 * or undefined when it has none: the renderer maps it to the level below the page's own heading.
 */
export function topHeadingLevel(markdown: string): number | undefined {
  const lines = blankCode(markdown).split('\n');
  let top: number | undefined;
  lines.forEach((line, i) => {
    const atx = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
    let level = atx ? atx[1]!.length : undefined;
    const previous = lines[i - 1]?.trim() ?? '';
    if (level === undefined && previous !== '' && !/^ {0,3}(?:[-*+]|\d+[.)]|#|>)/.test(lines[i - 1]!)) {
      if (/^ {0,3}=+[ \t]*$/.test(line)) level = 1;
      else if (/^ {0,3}-+[ \t]*$/.test(line)) level = 2;
    }
    if (level !== undefined && (top === undefined || level < top)) top = level;
  });
  return top;
}

/**
 * Removes a first "# Title" line when it repeats the resource's title, which the page already shows
 * as its heading.
 */
export function withoutRepeatedTitle(markdown: string, title: string): string {
  const match = /^\s*#[ \t]+([^\n]*?)[ \t#]*(?:\n|$)/.exec(markdown);
  if (!match) return markdown;
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(match[1]!) === norm(title) ? markdown.slice(match[0].length).replace(/^\s*\n/, '') : markdown;
}
