/**
 * Pieces every editable Word document shares (docx library): the school's masthead with its logo,
 * headings that keep with what follows, boxes that never split across pages, lists, right-to-left
 * paragraphs, page numbers, and a resource's markdown as Word paragraphs. Built in the renderer; the
 * bytes are saved through the platform contract.
 */
import { AlignmentType, BorderStyle, LineRuleType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type FileChild, type ParagraphChild } from 'docx';
import { startsRightToLeft } from '@shared/text-direction';
import { fitInside, type PngPicture } from './raster';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCX_FILTER = { name: 'Word document', extensions: ['docx'] };

export const BRAND = '174744';
export const TINT = 'E3F0EC';
const MUTED = '4A5552';
const FONT = 'Arial';
/** Half-points, as Word counts font sizes. */
const pt = (points: number) => points * 2;

type Run = { text: string; bold?: boolean; italics?: boolean; color?: string; size?: number };

function runs(parts: readonly (string | Run)[], rightToLeft: boolean): TextRun[] {
  return parts.map((part) => {
    const run = typeof part === 'string' ? { text: part } : part;
    return new TextRun({ text: run.text, bold: run.bold ?? false, italics: run.italics ?? false, ...(run.color ? { color: run.color } : {}), ...(run.size ? { size: pt(run.size) } : {}), rightToLeft });
  });
}

const textOf = (parts: readonly (string | Run)[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

/** A paragraph of text (or runs), right to left when its words are. */
export function para(parts: string | readonly (string | Run)[], options: { after?: number; keepNext?: boolean; style?: string } = {}): Paragraph {
  const list = typeof parts === 'string' ? [parts] : parts;
  const rtl = startsRightToLeft(textOf(list));
  return new Paragraph({
    children: runs(list, rtl),
    bidirectional: rtl,
    // Line spacing on text only: a paragraph holding a picture keeps single spacing, or it is clipped.
    spacing: { after: options.after ?? 120, line: 288, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext ?? false,
    ...(options.style ? { style: options.style } : {}),
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading that always stays on the same page as what follows it. */
export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const rtl = startsRightToLeft(text);
  return new Paragraph({ heading: HEADINGS[level], children: [new TextRun({ text, rightToLeft: rtl })], keepNext: true, keepLines: true, bidirectional: rtl });
}

/** A bulleted list; each item kept whole on a page. */
export function bullets(items: readonly (string | readonly (string | Run)[])[]): Paragraph[] {
  return items.map((item) => {
    const list = typeof item === 'string' ? [item] : item;
    const rtl = startsRightToLeft(textOf(list));
    return new Paragraph({ children: runs(list, rtl), bullet: { level: 0 }, keepLines: true, bidirectional: rtl, spacing: { after: 80 } });
  });
}

/** A numbered list, numbers written out so it reads the same in every office suite. */
export function numbered(items: readonly { title: string; detail?: string | undefined }[]): Paragraph[] {
  return items.flatMap((item, i) => {
    const rtl = startsRightToLeft(item.title);
    const title = new Paragraph({ children: runs([`${i + 1}.  `, { text: item.title, bold: true }], rtl), indent: { left: 400, hanging: 400 }, keepLines: true, keepNext: !!item.detail, bidirectional: rtl, spacing: { after: item.detail ? 20 : 100 } });
    if (!item.detail) return [title];
    const detailRtl = startsRightToLeft(item.detail);
    return [title, new Paragraph({ children: runs([item.detail], detailRtl), indent: { left: 400 }, keepLines: true, bidirectional: detailRtl, spacing: { after: 120 } })];
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/**
 * A tinted box (a table of one cell) whose row may not break across pages: the key messages never
 * split, leaving one alone at the foot of a page.
 */
export function box(children: Paragraph[], fill = TINT): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER, left: { style: BorderStyle.SINGLE, size: 24, color: BRAND } },
    rows: [new TableRow({ cantSplit: true, children: [new TableCell({ children, shading: { type: ShadingType.CLEAR, fill, color: 'auto' }, margins: { top: 120, bottom: 120, left: 200, right: 200 } })] })],
  });
}

/** A table with a header row; no row splits across pages, and the header repeats. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]): Table {
  const cell = (text: string, index: number, head: boolean) =>
    new TableCell({
      children: [para(head ? [{ text, bold: true, color: BRAND }] : [text], { after: 40 })],
      ...(head ? { shading: { type: ShadingType.CLEAR, fill: TINT, color: 'auto' } } : {}),
      ...(widths ? { width: { size: widths[index]!, type: WidthType.PERCENTAGE } } : {}),
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** A picture at most `maxWidth` × `maxHeight` pixels (96 to the inch), proportions kept. */
export function picture(image: PngPicture, maxWidth: number, maxHeight: number, description: string): ImageRun {
  const size = fitInside(image.width, image.height, maxWidth, maxHeight);
  return new ImageRun({ type: 'png', data: image.bytes, transformation: { width: Math.round(size.width), height: Math.round(size.height) }, altText: { name: description, title: description, description } });
}

/** The top of a document: the school's logo (when it has one that works), its name once, and what the document is. */
export function masthead(schoolName: string, label: string, logo: PngPicture | null): Paragraph[] {
  const rtl = startsRightToLeft(schoolName);
  const children: ParagraphChild[] = [];
  if (logo) children.push(picture(logo, 200, 64, `${schoolName} logo`), new TextRun({ text: '   ' }));
  children.push(new TextRun({ text: schoolName, bold: true, color: BRAND, size: pt(13), rightToLeft: rtl }));
  return [
    new Paragraph({ children, bidirectional: rtl, spacing: { after: 40 }, keepNext: true }),
    new Paragraph({
      children: [new TextRun({ text: label, color: MUTED, size: pt(10) })],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: BRAND, space: 6 } },
      spacing: { after: 240 },
    }),
  ];
}

/** An A4 Word document with the house styles and "Page x of y" in the footer. */
export function wordDocument(options: { title: string; schoolName: string; children: FileChild[] }): Document {
  return new Document({
    title: options.title,
    creator: options.schoolName,
    description: options.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(11) } },
        heading1: { run: { font: FONT, size: pt(22), bold: true, color: BRAND }, paragraph: { spacing: { before: 0, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: pt(14), bold: true, color: BRAND }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
        heading3: { run: { font: FONT, size: pt(12), bold: true, color: '111111' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1080, bottom: 1080, left: 1008, right: 1008 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: pt(8), color: MUTED })] })],
          }),
        },
        children: options.children,
      },
    ],
  });
}

/** The document's bytes. */
export async function docxBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
