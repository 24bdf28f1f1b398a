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
    return { ...common, ...SLIDE, marginsInches: { top: 0.5, bottom: 0.55, left: 0.5, right: 0.5 } };
  }
  // Leave room for the header and footer templates (explicit 8pt text) in the margins.
  return { ...common, ...A4, marginsInches: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 } };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Header template: the school's name. Chromium renders templates at a tiny default size, so set it. */
export function headerTemplate(schoolName: string): string {
  return `<div style="font-size:8pt;font-family:sans-serif;color:#444;width:100%;padding:0 0.7in;">${escapeHtml(schoolName)}</div>`;
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
