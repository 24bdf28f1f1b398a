import type { Page } from '@playwright/test';
import type { PrintToPDFOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronPrintOptions, footerTemplate, headerTemplate, playwrightPdfOptions, printLayout, type PrintDocumentKind } from '../../shared/print';

type PlaywrightPdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

// Compile-time: each helper fits the API it is handed to.
const _electronShape: PrintToPDFOptions = electronPrintOptions('a4', 'School');
const _playwrightShape: PlaywrightPdfOptions = playwrightPdfOptions('a4', 'School');
void _electronShape;
void _playwrightShape;

const kinds: PrintDocumentKind[] = ['a4', 'slides'];
const inches = (value: string) => {
  expect(value).toMatch(/^\d+(\.\d+)?in$/);
  return Number(value.slice(0, -2));
};

describe.each(kinds)('%s: Electron and Playwright print the same layout', (kind) => {
  const layout = printLayout(kind);
  const electron = electronPrintOptions(kind, 'Riverside Primary');
  const playwright = playwrightPdfOptions(kind, 'Riverside Primary');

  it('uses the same page size, in inches', () => {
    expect(electron.pageSize).toEqual({ width: layout.widthInches, height: layout.heightInches });
    expect(inches(playwright.width)).toBe(layout.widthInches);
    expect(inches(playwright.height)).toBe(layout.heightInches);
  });

  it('uses the same margins, in inches', () => {
    expect(electron.margins).toEqual(layout.marginsInches);
    expect({
      top: inches(playwright.margin.top),
      bottom: inches(playwright.margin.bottom),
      left: inches(playwright.margin.left),
      right: inches(playwright.margin.right),
    }).toEqual(layout.marginsInches);
  });

  it('makes tagged PDFs with an outline (screen-reader navigable)', () => {
    expect(layout.tagged).toBe(true);
    expect(layout.outline).toBe(true);
    expect(electron.generateTaggedPDF).toBe(true);
    expect(electron.generateDocumentOutline).toBe(true);
    expect(playwright.tagged).toBe(true);
    expect(playwright.outline).toBe(true);
  });

  it('agrees on orientation, backgrounds and header/footer', () => {
    expect(electron.landscape).toBe(playwright.landscape);
    expect(electron.landscape).toBe(false); // the page size already says which way round
    expect(electron.printBackground).toBe(true);
    expect(playwright.printBackground).toBe(true);
    // Documents carry page numbers; projected slides carry nothing but the slide.
    expect(electron.displayHeaderFooter).toBe(kind === 'a4');
    expect(playwright.displayHeaderFooter).toBe(kind === 'a4');
    expect(electron.headerTemplate).toBe(playwright.headerTemplate);
    expect(electron.footerTemplate).toBe(playwright.footerTemplate);
  });

  it('leaves room in the margins for the 8pt footer on paper, and none on full-bleed slides', () => {
    // 8pt text is 0.11in; with padding, anything under 0.4in would overlap the content.
    if (kind === 'a4') {
      expect(layout.marginsInches.top).toBeGreaterThanOrEqual(0.4);
      expect(layout.marginsInches.bottom).toBeGreaterThanOrEqual(0.4);
    } else {
      expect(layout.marginsInches).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
    }
  });

  it('does not share mutable state between calls', () => {
    const first = electronPrintOptions(kind, 'A');
    first.margins.top = 99;
    expect(electronPrintOptions(kind, 'A').margins.top).toBe(layout.marginsInches.top);
    expect(printLayout(kind).marginsInches.top).toBe(layout.marginsInches.top);
  });
});

describe('page sizes', () => {
  it('A4 is 8.27 x 11.69 inches, portrait (210 x 297 mm)', () => {
    const a4 = printLayout('a4');
    expect(a4.widthInches).toBe(8.27);
    expect(a4.heightInches).toBe(11.69);
    expect(a4.heightInches).toBeGreaterThan(a4.widthInches);
    expect(a4.widthInches * 25.4).toBeCloseTo(210, 0);
    expect(a4.heightInches * 25.4).toBeCloseTo(297, 0);
  });

  it('slides are 16:9, wider than tall (13.333 x 7.5 inches)', () => {
    const slides = printLayout('slides');
    expect(slides.widthInches).toBe(13.333);
    expect(slides.heightInches).toBe(7.5);
    expect(slides.widthInches / slides.heightInches).toBeCloseTo(16 / 9, 3);
  });
});

describe('header and footer templates', () => {
  it('prints no running header: the masthead already names the school, once', () => {
    const header = headerTemplate(`St Mary's & St John's <script>alert("x")</script>`);
    expect(header).not.toContain('St Mary');
    expect(header).not.toContain('<script>');
    expect(electronPrintOptions('a4', '<img src=x onerror=alert(1)>').headerTemplate).not.toContain('<img');
    expect(playwrightPdfOptions('slides', '<img src=x onerror=alert(1)>').headerTemplate).not.toContain('<img');
  });

  it('sets an explicit font size (Chromium renders templates tiny otherwise)', () => {
    expect(footerTemplate()).toContain('font-size:8pt');
  });

  it('numbers pages with the classes Chromium fills in', () => {
    expect(footerTemplate()).toContain('<span class="pageNumber"></span>');
    expect(footerTemplate()).toContain('<span class="totalPages"></span>');
  });

  it('loads nothing remote in the templates', () => {
    expect(headerTemplate('x') + footerTemplate()).not.toMatch(/https?:|url\(|<img|<link|<script/i);
  });
});
