/**
 * The one renderer for resource markdown, on screen and on paper. Nothing in the text can run or load:
 * - react-markdown with skipHtml: raw HTML (<script>, <img onerror>, comments) is dropped, never parsed;
 * - the same parser plugins as the safety check in shared/markdown-safety.ts (GitHub tables and the
 *   rest), and no rehype-raw or other plugin that could reintroduce HTML;
 * - every URL goes through safeLinkTarget: only https:// links and in-page #anchors survive; a link
 *   that does not is shown as plain text;
 * - pictures are never loaded: on screen an image becomes a note with its description, on paper
 *   it is left out;
 * - on screen, external links open through the platform (the shell's validated openExternal), never
 *   in the app; on paper a link's address is printed after its text, since paper cannot be clicked;
 * - heading ids are prefixed ("section-…") so no text can clobber a global or an id the app uses;
 * - table alignment becomes a class, not a style attribute (the app's CSP allows no inline styles).
 */
import { useMemo, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { headingAnchorId, MARKDOWN_PLUGINS, parseMarkdown, safeLinkTarget, topHeadingLevel } from '@shared/markdown-safety';
import { platform } from '../platform';
import './markdown.css';

type Medium = 'screen' | 'print';
type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADING_TAGS: HeadingTag[] = ['h2', 'h3', 'h4', 'h5', 'h6'];

interface HastNode {
  type: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function ScreenLink({ href, children }: { href: string | undefined; children?: ReactNode }) {
  if (!href) {
    return (
      <span className="markdown__removed-link" title="Link removed: only https:// web addresses are kept">
        {children}
      </span>
    );
  }
  const internal = href.startsWith('#');
  return (
    <a
      href={href}
      rel={internal ? undefined : 'noopener noreferrer'}
      onClick={(event) => {
        event.preventDefault();
        if (internal) document.getElementById(headingAnchorId(href.slice(1)))?.scrollIntoView({ block: 'start' });
        else platform.openExternal(href).catch(() => undefined);
      }}
    >
      {children}
    </a>
  );
}

function PrintLink({ href, node, children }: { href: string | undefined; node: HastNode | undefined; children?: ReactNode }) {
  if (!href || href.startsWith('#')) return <>{children}</>;
  const text = textOf(node).trim();
  const shown = href.replace(/^https:\/\//, '').replace(/\/$/, '');
  return (
    <>
      <a href={href}>{children}</a>
      {text === href || text === shown || (text !== '' && shown.startsWith(text)) ? null : <span className="markdown__url"> ({shown})</span>}
    </>
  );
}

/** `shift` is added to each markdown heading level; the result stays between h2 and h6. */
function components(shift: number, medium: Medium): Components {
  const heading = (level: number) => {
    const Tag = HEADING_TAGS[Math.min(HEADING_TAGS.length - 1, Math.max(0, level + shift - 2))]!;
    return function Heading({ node, children }: { node?: unknown; children?: ReactNode }) {
      return (
        <Tag id={medium === 'screen' ? headingAnchorId(textOf(node as HastNode)) : undefined} dir="auto">
          {children}
        </Tag>
      );
    };
  };
  const cell = (Tag: 'th' | 'td') =>
    function Cell({ node, children }: { node?: unknown; children?: ReactNode }) {
      const align = (node as HastNode | undefined)?.properties?.['align'];
      return (
        <Tag scope={Tag === 'th' ? 'col' : undefined} className={align === 'center' || align === 'right' ? `markdown__cell--${align}` : undefined} dir="auto">
          {children}
        </Tag>
      );
    };
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    p: ({ children }) => <p dir="auto">{children}</p>,
    li: ({ children }) => <li dir="auto">{children}</li>,
    table: ({ children }) => (
      <div className="markdown__table">
        <table>{children}</table>
      </div>
    ),
    th: cell('th'),
    td: cell('td'),
    a: ({ href, node, children }) => (medium === 'screen' ? <ScreenLink href={href}>{children}</ScreenLink> : <PrintLink href={href} node={node as HastNode | undefined}>{children}</PrintLink>),
    img: ({ alt }) => (medium === 'screen' ? <span className="markdown__image-note">[Picture not shown{alt ? `: ${alt}` : ''}]</span> : null),
  };
}

const urlTransform = (url: string, key: string) => safeLinkTarget(url, key) ?? undefined;

/**
 * `topLevel` is the heading level the markdown's biggest heading becomes: 2 (the default) puts the
 * text's headings under the page's own h1, the resource's title, without skipping a level.
 * `medium` "print" is for handouts: links print their address, pictures are left out.
 */
export function SafeMarkdown({ markdown, topLevel = 2, className = 'markdown', medium = 'screen' }: { markdown: string; topLevel?: number; className?: string; medium?: Medium }) {
  const top = useMemo(() => topHeadingLevel(parseMarkdown(markdown)), [markdown]);
  const shift = topLevel - (top ?? topLevel);
  const parts = useMemo(() => components(shift, medium), [shift, medium]);
  return (
    <div className={className}>
      <Markdown skipHtml remarkPlugins={MARKDOWN_PLUGINS} urlTransform={urlTransform} components={parts}>
        {markdown}
      </Markdown>
    </div>
  );
}
