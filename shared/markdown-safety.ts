/**
 * What markdown a lead may write in a resource, and how it is made safe to show.
 *
 * Two layers, on purpose:
 *  1. markdownProblems() finds what Upstream will not keep (raw HTML, pictures, links that are not
 *     https://) in the parser's syntax tree (mdast, the tree react-markdown renders from) and
 *     explains it by line, so the editor and the importer can refuse it with a clear message
 *     before anything is written.
 *  2. The renderer never trusts that check: it renders with react-markdown (same parser, same
 *     plugins) without raw HTML and passes every URL through safeLinkTarget(), which keeps only
 *     https:// links and in-page #anchors. So even markdown that slipped past (1) cannot run
 *     script or load anything.
 *
 * Pure TypeScript: used by the editor, the importer, the renderer and the tests alike.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The syntax tree of resource markdown: CommonMark plus GitHub's tables, strikethrough, task lists
 * and bare web addresses, exactly as the renderer reads it (the same parser and plugins), so what
 * is checked here is what is shown.
 */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** Same options as the renderer: tables and the rest of GitHub's markdown. */
export const MARKDOWN_PLUGINS = [remarkGfm];

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Why a link's destination (already decoded by the parser: character references, escapes) is not kept. */
function linkProblem(url: string, strict: boolean): string | undefined {
  const target = url.trim();
  if (strict ? isSafeExternalUrl(target) && target.startsWith('https://') : safeLinkTarget(target) !== null) return undefined;
  const compact = target.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' || scheme === 'file') return `${scheme}: links are not allowed; links must go to https:// web addresses`;
  if (scheme === 'http') return `the link to “${shorten(target)}” is not secure; use its https:// address instead`;
  if (scheme === 'mailto' || scheme === 'tel') return `${scheme}: links are not kept; write the email address or phone number as text`;
  if (target.startsWith('#') && !strict) return `the in-page link “${shorten(target)}” should be # followed by letters, numbers or hyphens`;
  return `links must be full https:// web addresses, not “${shorten(target)}”`;
}

function htmlProblem(html: string): string {
  const text = html.trim();
  if (text.startsWith('<!--')) return 'HTML comments are not allowed; delete the <!-- … --> part';
  const tag = /^<\/?[A-Za-z][A-Za-z0-9-]*/.exec(text);
  if (tag) return `HTML tags are not allowed (found “${tag[0]}”); use markdown instead, such as **bold** or [a link](https://…). For a less-than sign, put a space after it`;
  return `HTML is not allowed (found “${shorten(text.split('\n')[0]!.slice(0, 20))}”)`;
}

const SCRIPT_URL = /(?:java|vb)\s*script\s*:/i;

export interface MarkdownCheckOptions {
  /**
   * The built-in library's stricter rule: every link written as [text](https://…), so no in-page
   * #anchors and no <…> autolinks, and no bare http:// address in the text.
   */
  strict?: boolean;
}

/**
 * Everything in this markdown that Upstream will not keep, in the order it appears, each with its
 * line and a message in plain words. An empty list means the markdown can be saved as it is.
 * Decided on the syntax tree: code, escaped characters and &lt;entities&gt; are text, and link
 * destinations are judged after the parser has decoded them, as a browser would see them.
 */
export function markdownProblems(markdown: string, options: MarkdownCheckOptions = {}): MarkdownProblem[] {
  const strict = options.strict === true;
  const found: (MarkdownProblem & { at: number })[] = [];
  const add = (node: Nodes, message: string) => found.push({ at: node.position?.start.offset ?? 0, line: node.position?.start.line ?? 1, message });
  const sourceOf = (node: Nodes) => markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'html':
        add(node, htmlProblem(node.value));
        return;
      case 'image':
      case 'imageReference':
        add(node, 'pictures are not shown in Upstream resources (Upstream never loads images); remove the ![…](…) part');
        return;
      case 'definition': {
        const problem = linkProblem(node.url, strict);
        if (problem) add(node, problem);
        return;
      }
      case 'link': {
        const source = sourceOf(node);
        const written = source.startsWith('[') ? 'inline' : source.startsWith('<') ? 'autolink' : 'bare';
        if (written === 'autolink' && node.url.startsWith('mailto:') && !/^<mailto:/i.test(source)) add(node, 'email links are not kept; write the email address as text, without < and >');
        else if (written === 'autolink' && strict) add(node, `links must be written as [text](https://…), not <…> (found “${shorten(source)}”)`);
        else if (written !== 'bare' || (strict && /^http:/i.test(node.url))) {
          const problem = linkProblem(node.url, strict);
          if (problem) add(node, problem);
        }
        break;
      }
      case 'text':
        // Belt and braces: a script URL written as text, perhaps spelled with character codes, is refused too.
        if (SCRIPT_URL.test(node.value)) {
          const spelled = !SCRIPT_URL.test(sourceOf(node));
          add(node, spelled ? 'script links spelled with character codes are not allowed' : `${SCRIPT_URL.exec(node.value)![0].replace(/\s+/g, '').toLowerCase()} is not allowed in a resource`);
        }
        return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(markdown));

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

/**
 * The level of the biggest heading in the markdown (1 for "# …" or a === underline, 2 for "## …"),
 * or undefined when it has none: the renderer maps it to the level below the page's own heading.
 */
export function topHeadingLevel(markdown: string | Root): number | undefined {
  const tree = typeof markdown === 'string' ? parseMarkdown(markdown) : markdown;
  let top: number | undefined;
  const visit = (node: Nodes): void => {
    if (node.type === 'heading' && (top === undefined || node.depth < top)) top = node.depth;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
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
