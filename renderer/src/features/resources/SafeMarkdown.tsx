/**
 * Renders resource markdown so that nothing in it can run or load:
 * - react-markdown with skipHtml: raw HTML (<script>, <img onerror>, comments) is dropped, never parsed;
 * - no rehype-raw, no other plugins that could reintroduce HTML;
 * - every URL goes through safeLinkTarget: only https:// links and in-page #anchors survive; a link
 *   that does not is shown as plain text;
 * - pictures are never loaded: an image becomes a note with its description;
 * - external links open through the platform (the shell's validated openExternal), never in the app;
 * - heading ids are prefixed ("section-…") so no text can clobber a global or an id the app uses.
 * Pipe tables are split out first (shared/markdown-safety.ts) and drawn as real tables.
 */
import { Fragment, useMemo, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { headingAnchorId, safeLinkTarget, splitMarkdownTables, topHeadingLevel, type MarkdownSegment } from '@shared/markdown-safety';
import { platform } from '../../platform';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADING_TAGS: HeadingTag[] = ['h2', 'h3', 'h4', 'h5', 'h6'];

interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}

function textOf(node: HastNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function SafeLink({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  if (!href) {
    return (
      <span className="markdown__removed-link" title="Link removed: only https:// web addresses are kept">
        {children}
      </span>
    );
  }
  if (href.startsWith('#')) {
    return (
      <a
        href={href}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(headingAnchorId(href.slice(1)))?.scrollIntoView({ block: 'start' });
        }}
      >
        {children}
      </a>
    );
  }
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      onClick={(event) => {
        event.preventDefault();
        platform.openExternal(href).catch(() => undefined);
      }}
    >
      {children}
    </a>
  );
}

/** `shift` is added to each markdown heading level; the result stays between h2 and h6. */
function components(shift: number): Components {
  const heading = (level: number) => {
    const Tag = HEADING_TAGS[Math.min(HEADING_TAGS.length - 1, Math.max(0, level + shift - 2))]!;
    return function Heading({ node, children }: { node?: unknown; children?: ReactNode }) {
      return <Tag id={headingAnchorId(textOf(node as HastNode))}>{children}</Tag>;
    };
  };
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
    img: ({ alt }) => <span className="markdown__image-note">[Picture not shown{alt ? `: ${alt}` : ''}]</span>,
  };
}

const urlTransform = (url: string, key: string) => safeLinkTarget(url, key) ?? undefined;

function Table({ segment, parts }: { segment: Extract<MarkdownSegment, { kind: 'table' }>; parts: Components }) {
  const cell = (text: string) => (
    <Markdown skipHtml urlTransform={urlTransform} components={{ ...parts, p: ({ children }) => <Fragment>{children}</Fragment> }}>
      {text}
    </Markdown>
  );
  // Classes, not style attributes: the app's CSP allows no inline styles.
  const align = (i: number) => (segment.alignments[i] ? `markdown__cell--${segment.alignments[i]}` : undefined);
  return (
    <div className="markdown__table">
      <table>
        <thead>
          <tr>
            {segment.header.map((text, i) => (
              <th key={i} scope="col" className={align(i)}>
                {cell(text)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {segment.rows.map((row, r) => (
            <tr key={r}>
              {row.map((text, i) => (
                <td key={i} className={align(i)}>
                  {cell(text)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * `topLevel` is the heading level the markdown's biggest heading becomes: 2 (the default) puts the
 * text's headings under the page's own h1, the resource's title, without skipping a level.
 */
export function SafeMarkdown({ markdown, topLevel = 2, className = 'markdown' }: { markdown: string; topLevel?: number; className?: string }) {
  const segments = useMemo(() => splitMarkdownTables(markdown), [markdown]);
  const shift = topLevel - (useMemo(() => topHeadingLevel(markdown), [markdown]) ?? topLevel);
  const parts = useMemo(() => components(shift), [shift]);
  return (
    <div className={className}>
      {segments.map((segment, i) =>
        segment.kind === 'markdown' ? (
          <Markdown key={i} skipHtml urlTransform={urlTransform} components={parts}>
            {segment.text}
          </Markdown>
        ) : (
          <Table key={i} segment={segment} parts={parts} />
        ),
      )}
    </div>
  );
}
