/**
 * Print options shared by the shell (webContents.printToPDF) and the tests (Playwright page.pdf):
 * both drive Chromium's print engine, so one definition keeps them identical.
 */
export type PrintDocumentKind = 'a4' | 'slides';

export interface PrintLayout {
  /** Page size in inches (Chromium's unit for printToPDF). */
  widthInches: number;
  heightInches: number;
  landscape: boolean;
  marginsInches: { top: number; bottom: number; left: number; right: number };
  displayHeaderFooter: boolean;
  printBackground: boolean;
  /** Tagged PDF and outline make exported documents navigable with a screen reader. */
  tagged: boolean;
  outline: boolean;
}

const A4 = { widthInches: 8.27, heightInches: 11.69 };
/** 16:9 at 13.333 x 7.5 inches, the size presentation software uses. */
const SLIDE = { widthInches: 13.333, heightInches: 7.5 };

export function printLayout(kind: PrintDocumentKind): PrintLayout {
  const common = { displayHeaderFooter: true, printBackground: true, tagged: true, outline: true, landscape: false };
  if (kind === 'slides') {
    // Slides are projected: full-bleed pages, no header, footer or page numbers (each slide draws its own design).
    return { ...common, ...SLIDE, displayHeaderFooter: false, marginsInches: { top: 0, bottom: 0, left: 0, right: 0 } };
  }
  // Leave room for the header and footer templates (explicit 8pt text) in the margins.
  return { ...common, ...A4, marginsInches: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 } };
}

/**
 * Header template: empty. Each document's masthead already carries the school's name and logo, so a
 * running header would only print the name twice on page 1. (Chromium needs a template, else it
 * prints the page's title and date.) Kept as a function so a document could name itself again.
 */
export function headerTemplate(_schoolName: string): string {
  return '<span></span>';
}

/** Footer template: page x of y. */
export function footerTemplate(): string {
  return '<div style="font-size:8pt;font-family:sans-serif;color:#444;width:100%;padding:0 0.7in;text-align:right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
}

/** The attribute a print view sets on <html> once its data has loaded and it is ready to print. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

/** The options for Electron's webContents.printToPDF (inches). */
export function electronPrintOptions(kind: PrintDocumentKind, schoolName: string) {
  const layout = printLayout(kind);
  return {
    landscape: layout.landscape,
    displayHeaderFooter: layout.displayHeaderFooter,
    printBackground: layout.printBackground,
    pageSize: { width: layout.widthInches, height: layout.heightInches },
    margins: { ...layout.marginsInches },
    headerTemplate: headerTemplate(schoolName),
    footerTemplate: footerTemplate(),
    generateTaggedPDF: layout.tagged,
    generateDocumentOutline: layout.outline,
  };
}

/** The same options in the shape of Playwright's page.pdf (used by tests and the benchmark). */
export function playwrightPdfOptions(kind: PrintDocumentKind, schoolName: string) {
  const layout = printLayout(kind);
  const inches = (n: number) => `${n}in`;
  return {
    landscape: layout.landscape,
    displayHeaderFooter: layout.displayHeaderFooter,
    printBackground: layout.printBackground,
    width: inches(layout.widthInches),
    height: inches(layout.heightInches),
    margin: {
      top: inches(layout.marginsInches.top),
      bottom: inches(layout.marginsInches.bottom),
      left: inches(layout.marginsInches.left),
      right: inches(layout.marginsInches.right),
    },
    headerTemplate: headerTemplate(schoolName),
    footerTemplate: footerTemplate(),
    tagged: layout.tagged,
    outline: layout.outline,
  };
}

/** Attribute holding the school name for the header template, set by the print view. */
export const PRINT_HEADER_ATTRIBUTE = 'data-print-header';

/**
 * A file name people recognise in a folder: "2026-12-03 Helping your child sleep well - parent
 * handout.pdf". Characters file systems refuse are replaced; the result fits the IPC schema.
 */
export function documentFileName(date: string, title: string, documentName: string, extension = 'pdf'): string {
  const clean = (text: string) =>
    text
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  const stem = [date, clean(title)].filter(Boolean).join(' ');
  const suffix = ` - ${clean(documentName)}.${extension}`;
  return `${stem.slice(0, 200 - suffix.length).trim()}${suffix}`;
}

/**
 * The bundled print faces (print.css). An export asks for them by the document's own text, so the
 * Arabic-script faces load only for text that needs them, and no on-screen layout is needed first.
 */
export const PRINT_FACES: readonly string[] = [
  '400 1em "Upstream Print Sans"',
  '700 1em "Upstream Print Sans"',
  'italic 400 1em "Upstream Print Sans"',
  '400 1em "Upstream Print Naskh"',
  '700 1em "Upstream Print Naskh"',
];

/** A stylesheet of the app: its URL, or (in a development build, which injects styles) its text. */
export type PrintStyle = { href: string } | { css: string };

/**
 * An export: the print view rendered in the app's own window (its data and code are already there),
 * ready to be printed as a plain document. The print window runs no script of its own.
 */
export interface PrintSnapshot {
  title: string;
  schoolName: string;
  /** The rendered document (HTML written by React from the print view: text is escaped). */
  body: string;
  styles: PrintStyle[];
}

/** Where the shell serves a snapshot to its hidden print window, on the app's own origin. */
export const PRINT_SNAPSHOT_PATH = '/print-snapshot/';

/**
 * The policy a snapshot is printed under: no script at all, styles and fonts from the app (inline
 * styles for development builds), images from the app or embedded (the school's logo).
 */
export function printSnapshotCsp(extraOrigin?: string): string {
  const also = extraOrigin ? ` ${extraOrigin}` : '';
  return [`default-src 'none'`, `script-src 'none'`, `style-src 'self' 'unsafe-inline'${also}`, `font-src 'self'${also}`, `img-src 'self' data:`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The snapshot as one HTML document, the same in the shell's print window and the browser's print frame. */
export function printSnapshotHtml(snapshot: PrintSnapshot, csp = printSnapshotCsp()): string {
  const styles = snapshot.styles
    .map((style) => ('href' in style ? `<link rel="stylesheet" href="${escapeAttribute(style.href)}">` : `<style>${style.css.replace(/</g, '\\3c ')}</style>`))
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="en-GB" class="printing" ${PRINT_HEADER_ATTRIBUTE}="${escapeAttribute(snapshot.schoolName)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`,
    `<title>${escapeAttribute(snapshot.title)}</title>`,
    styles,
    '</head>',
    `<body><div id="root">${snapshot.body}</div></body>`,
    '</html>',
  ].join('\n');
}

/** What waitForPrintFonts needs of a DOM document (shared code is compiled without the DOM types). */
export interface PrintableDocument {
  fonts?: { load(font: string, text?: string): Promise<unknown> };
  body: { textContent: string | null } | null;
}

/**
 * Loads the print faces the document's text needs; resolves true once they are in (or have failed:
 * the text then prints in the fallback font), false after `timeoutMs`. Self-contained, so the shell
 * can run it in its print window as a script (printFontsReadyScript).
 */
export function waitForPrintFonts(doc: PrintableDocument, faces: readonly string[], timeoutMs: number): Promise<boolean> {
  const fonts = doc.fonts;
  if (!fonts) return Promise.resolve(true);
  const text = doc.body ? doc.body.textContent || ' ' : ' ';
  const loaded = Promise.all(faces.map((face) => fonts.load(face, text).catch(() => []))).then(() => true);
  const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([loaded, timedOut]);
}

/** waitForPrintFonts as a script expression, for webContents.executeJavaScript and page.evaluate. */
export function printFontsReadyScript(timeoutMs = 30_000): string {
  return `(${waitForPrintFonts.toString()})(document, ${JSON.stringify(PRINT_FACES)}, ${Math.max(0, Math.floor(timeoutMs))})`;
}
