/**
 * A resource's markdown as Word paragraphs, read from the parser's tree (never by pattern): headings
 * kept with what follows, lists, bold and italics, https links written out after their text so they
 * work on paper, pipe tables as tables. Raw HTML and pictures are left out, as in the PDF.
 */
import type { FileChild } from 'docx';
import type { List, ListItem, PhrasingContent, RootContent, TableRow } from 'mdast';
import { fillPlaceholders } from '@shared/builtin-resources';
import type { SchoolSettings } from '@shared/domain';
import { parseMarkdown, safeLinkTarget, withoutRepeatedTitle } from '@shared/markdown-safety';
import { bullets, heading, para, table } from './docx-parts';

type Run = { text: string; bold?: boolean; italics?: boolean };

function inline(nodes: readonly PhrasingContent[], style: { bold?: boolean; italics?: boolean } = {}): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.value, ...style }];
      case 'inlineCode':
        return [{ text: node.value, ...style }];
      case 'strong':
        return inline(node.children, { ...style, bold: true });
      case 'emphasis':
        return inline(node.children, { ...style, italics: true });
      case 'delete':
        return inline(node.children, style);
      case 'break':
        return [{ text: ' ', ...style }];
      case 'link': {
        const text = inline(node.children, style);
        const target = safeLinkTarget(node.url);
        if (!target || target.startsWith('#')) return text;
        const shown = target.replace(/^https:\/\//, '').replace(/\/$/, '');
        const words = text.map((r) => r.text).join('');
        return words === target || words === shown || shown.startsWith(words) ? text : [...text, { text: ` (${shown})` }];
      }
      default:
        // Pictures and raw HTML are never carried into a document.
        return [];
    }
  });
}

const level = (depth: number): 1 | 2 | 3 => (depth <= 2 ? 2 : 3);

function listItems(list: List): Run[][] {
  return list.children.map((item: ListItem, i) => {
    const prefix: Run[] = list.ordered ? [{ text: `${(list.start ?? 1) + i}. ` }] : [];
    const words = item.children.flatMap((child, c) => (child.type === 'paragraph' ? [...(c > 0 ? [{ text: ' ' }] : []), ...inline(child.children)] : []));
    return [...prefix, ...words];
  });
}

function blocks(nodes: readonly RootContent[], headingOffset: number): FileChild[] {
  return nodes.flatMap((node): FileChild[] => {
    switch (node.type) {
      case 'heading': {
        const text = inline(node.children)
          .map((r) => r.text)
          .join('');
        return [heading(text, Math.min(3, level(node.depth) + headingOffset) as 2 | 3)];
      }
      case 'paragraph': {
        const content = inline(node.children);
        return content.length > 0 ? [para(content)] : [];
      }
      case 'list':
        return bullets(listItems(node).map((item) => (node.ordered ? item.map((r, i) => (i === 0 ? { ...r, bold: true } : r)) : item)));
      case 'blockquote':
        return blocks(node.children, headingOffset);
      case 'code':
        return [para(node.value)];
      case 'table': {
        const [head, ...rows] = node.children;
        return head ? [table(cellsOf(head), rows.map(cellsOf))] : [];
      }
      default:
        return [];
    }
  });
}

/**
 * A resource's body, school details filled in, as Word paragraphs. Its own headings sit one level
 * below the heading the document gives the resource (`nested`), as in the PDF.
 */
export function markdownToWord(markdown: string, title: string, settings: Pick<SchoolSettings, 'name' | 'mhstContact' | 'dslContact'>, nested = false): FileChild[] {
  const filled = fillPlaceholders(withoutRepeatedTitle(markdown, title), {
    'school.name': settings.name,
    'school.mhstContact': settings.mhstContact ?? '',
    'school.dslContact': settings.dslContact ?? '',
  });
  return blocks(parseMarkdown(filled).children, nested ? 1 : 0);
}

/** A table row's cells as plain words. */
function cellsOf(row: TableRow): string[] {
  return row.children.map((cell) =>
    inline(cell.children)
      .map((r) => r.text)
      .join(''),
  );
}
