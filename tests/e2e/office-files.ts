/**
 * Reading exported office files and PDFs in the end-to-end tests: a .pptx or .docx is unzipped and
 * its XML read (slides, notes, paragraphs); a PDF is checked with poppler's tools (page size and
 * count, fonts embedded, tagged, no page ending on a heading). Where LibreOffice is installed, a
 * file is converted to PDF and its pages rendered to PNG for a person to look at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Download } from '@playwright/test';
import JSZip from 'jszip';
import { SCREENSHOT_DIR } from './support';

/** The text of an Office XML part: its <a:t> / <w:t> runs, paragraphs on their own lines. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<\/(a|w):p>/g, '\n')
    .replace(/<(a|w):(br|tab)\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const partNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);

export interface Presentation {
  file: string;
  slides: string[];
  /** Each slide's XML, for checks on attributes (right to left, pictures). */
  xml: string[];
  notes: string[];
  media: string[];
}

/** Saves a downloaded file under `dir` and returns its path. */
export async function savedDownload(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** A .pptx's slides (text, in order), their speaker notes and its pictures. */
export async function readPptx(file: string): Promise<Presentation> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files);
  const slideNames = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => partNumber(a) - partNumber(b));
  const xml = await Promise.all(slideNames.map((n) => zip.file(n)!.async('string')));
  const slides = xml.map(xmlText);
  // Each slide's notes are linked from its relationships file.
  const notes = await Promise.all(
    slideNames.map(async (n) => {
      const rels = await zip.file(n.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))?.async('string');
      const target = rels ? /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1] : undefined;
      const xml = target ? await zip.file(`ppt/notesSlides/${target}`)?.async('string') : undefined;
      // The notes page holds a picture of the slide (its number) and the notes body.
      return xml ? xmlText(xml).trim() : '';
    }),
  );
  return { file, slides, xml, notes, media: names.filter((n) => n.startsWith('ppt/media/')) };
}

export interface WordDocument {
  file: string;
  text: string;
  xml: string;
  media: string[];
}

/** A .docx's body text and pictures. */
export async function readDocx(file: string): Promise<WordDocument> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return { file, xml, text: xmlText(xml), media: Object.keys(zip.files).filter((n) => n.startsWith('word/media/')) };
}

export interface PdfCheck {
  pages: number;
  info: string;
  text: string;
  /** Each page's text. */
  pageTexts: string[];
}

/** Page count, size, tagging, every font embedded; returns the text, page by page. */
export function checkPdf(file: string, pageSize: RegExp): PdfCheck {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(info, `${path.basename(file)}: page size`).toMatch(pageSize);
  expect(info, `${path.basename(file)}: tagged for screen readers`).toMatch(/Tagged:\s+yes/);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(fonts.length, `${path.basename(file)}: has fonts`).toBeGreaterThan(0);
  // Columns: name type encoding emb sub uni object ID; "emb" must be yes for every font.
  for (const line of fonts) expect(line, `font embedded in ${path.basename(file)}: ${line}`).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pageTexts = text.split('\f').slice(0, pages);
  return { pages, info, text, pageTexts };
}

/** No page but the last ends on one of these headings (a heading stranded at the foot of a page). */
export function expectNoStrandedHeading(pdf: PdfCheck, headings: readonly string[]): void {
  pdf.pageTexts.slice(0, -1).forEach((page, index) => {
    const lines = page
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^Page \d+ of \d+$/.test(l));
    const last = lines[lines.length - 1] ?? '';
    expect(headings.includes(last), `page ${index + 1} ends on the heading “${last}”`).toBe(false);
  });
}

/** Renders a PDF's pages (all, or the first `last`) to PNG under test-results/screens. */
export function renderPdfPages(file: string, name: string, last?: number): void {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', ...(last ? ['-l', String(last)] : []), file, path.join(SCREENSHOT_DIR, name)]);
}

/** Why LibreOffice checks cannot run here, or null when they can. */
export function libreOfficeMissing(): string | null {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? null : 'LibreOffice (soffice) is not installed: apt-get install libreoffice-impress libreoffice-writer';
}

/**
 * Converts an office file to PDF with LibreOffice (proof that it opens cleanly in another office
 * suite) and renders its pages to PNG. Returns the PDF's path.
 */
export function convertWithLibreOffice(file: string, name: string, outDir: string): string {
  const profile = path.join(outDir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
  const pdf = path.join(outDir, `${path.basename(file).replace(/\.(pptx|docx)$/, '')}.pdf`);
  expect(fs.existsSync(pdf), `LibreOffice converted ${path.basename(file)}`).toBe(true);
  renderPdfPages(pdf, name);
  return pdf;
}
