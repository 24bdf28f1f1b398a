/**
 * The deck (@shared/slide-deck) as an editable PowerPoint file: real text boxes in the same layout
 * as the PDF slides, speaker notes in the notes, 16:9. Opens in PowerPoint, Keynote, Google Slides
 * and LibreOffice Impress. Runs in the renderer; the file is saved through the platform contract.
 */
import PptxGenJS from 'pptxgenjs';
import type { DeckSlide } from '@shared/slide-deck';
import { startsRightToLeft } from '@shared/text-direction';
import { fitInside, type PngPicture } from '../../../print/raster';


const BRAND = '174744';
const ACCENT = 'FDE68A';
const TINT = 'E3F0EC';
const INK = '111111';
/** A face every office suite has (LibreOffice substitutes a metric-compatible one). */
const FONT = 'Arial';
const W = 13.333;
const H = 7.5;
const LEFT = 1.15;
const TEXT_W = W - LEFT - 0.85;

const direction = (text: string) => (startsRightToLeft(text) ? { rtlMode: true, align: 'right' as const } : {});

type Slide = ReturnType<PptxGenJS['addSlide']>;

function band(pptx: PptxGenJS, slide: Slide, color: string) {
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.4, h: H, fill: { color }, line: { color, width: 0 } });
}

function heading(slide: Slide, text: string, size = 40, y = 0.45) {
  slide.addText(text, { x: LEFT, y, w: TEXT_W, h: 1.3, fontFace: FONT, fontSize: size, bold: true, color: BRAND, valign: 'bottom', margin: 0, fit: 'none', ...direction(text) });
}

function drawTitle(pptx: PptxGenJS, slide: Slide, s: Extract<DeckSlide, { kind: 'title' }>, logo: PngPicture | null) {
  slide.background = { color: BRAND };
  if (logo) {
    const size = fitInside(logo.width, logo.height, 3.6, 1.1);
    slide.addShape(pptx.ShapeType.roundRect, { x: 1, y: 0.5, w: size.width + 0.44, h: size.height + 0.28, fill: { color: 'FFFFFF' }, line: { color: 'FFFFFF', width: 0 }, rectRadius: 0.12 });
    slide.addImage({ data: logo.dataUrl, x: 1.22, y: 0.64, w: size.width, h: size.height, altText: `${s.schoolName} logo` });
  }
  slide.addText(s.schoolName, { x: 1, y: 2.05, w: 11.3, h: 0.6, fontFace: FONT, fontSize: 24, bold: true, color: ACCENT, margin: 0, ...direction(s.schoolName) });
  slide.addText(s.heading, { x: 1, y: 2.75, w: 11.3, h: 2.8, fontFace: FONT, fontSize: 60, bold: true, color: 'FFFFFF', valign: 'top', margin: 0, fit: 'none', ...direction(s.heading) });
  if (s.subtitle) slide.addText(s.subtitle, { x: 1, y: 5.9, w: 11.3, h: 0.8, fontFace: FONT, fontSize: 26, color: TINT, margin: 0, ...direction(s.subtitle) });
}

function drawContent(pptx: PptxGenJS, slide: Slide, s: Extract<DeckSlide, { kind: 'content' }>) {
  band(pptx, slide, BRAND);
  if (s.paragraphs.length === 0) {
    slide.addText(s.heading, { x: LEFT, y: 1.5, w: TEXT_W, h: 4.5, fontFace: FONT, fontSize: 54, bold: true, color: BRAND, valign: 'middle', margin: 0, ...direction(s.heading) });
    return;
  }
  // Short text is set larger and sits in the middle of the slide, as in the PDF.
  const top = s.large ? 1.3 : 0.45;
  heading(slide, s.heading, 40, top);
  slide.addShape(pptx.ShapeType.rect, { x: LEFT, y: top + 1.4, w: 2.4, h: 0.06, fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
  slide.addText(
    s.paragraphs.map((text) => ({ text, options: { breakLine: true, paraSpaceAfter: 14, ...direction(text) } })),
    { x: LEFT, y: top + 1.65, w: TEXT_W, h: H - top - 2.1, fontFace: FONT, fontSize: s.large ? 36 : 28, color: INK, valign: 'top', margin: 0, lineSpacingMultiple: 1.1, fit: 'none' },
  );
}

function drawMessages(pptx: PptxGenJS, slide: Slide, s: Extract<DeckSlide, { kind: 'messages' }>) {
  slide.background = { color: TINT };
  band(pptx, slide, ACCENT);
  heading(slide, s.heading, 40, 0.8);
  slide.addText(
    s.bullets.map((text) => ({ text, options: { bullet: { indent: 30 }, breakLine: true, paraSpaceAfter: 18, ...direction(text) } })),
    { x: LEFT, y: 2.4, w: TEXT_W, h: 4.7, fontFace: FONT, fontSize: 30, bold: true, color: BRAND, valign: 'top', margin: 0, fit: 'none' },
  );
}

function drawHelp(pptx: PptxGenJS, slide: Slide, s: Extract<DeckSlide, { kind: 'help' }>) {
  band(pptx, slide, BRAND);
  heading(slide, s.heading);
  const twoColumns = (s.intro.length > 0 || s.school.length > 0) && s.helplines.length > 0;
  const schoolWidth = twoColumns ? 5.6 : TEXT_W;
  if (s.intro.length > 0 || s.school.length > 0) {
    const runs = [
      ...s.intro.map((text) => ({ text, options: { breakLine: true, paraSpaceAfter: 10, ...direction(text) } })),
      ...s.school.flatMap((c) => [
        { text: c.label, options: { bold: true, color: BRAND, breakLine: true } },
        { text: c.value, options: { breakLine: true, paraSpaceAfter: 10, ...direction(c.value) } },
      ]),
    ];
    slide.addText(runs, { x: LEFT, y: 2.0, w: schoolWidth, h: 4.5, fontFace: FONT, fontSize: s.helplines.length === 0 ? 24 : 20, color: INK, valign: 'top', margin: 0, fit: 'none' });
  }
  if (s.helplines.length > 0) {
    const x = twoColumns ? LEFT + schoolWidth + 0.45 : LEFT;
    const w = twoColumns ? W - x - 0.6 : TEXT_W;
    s.helplines.forEach((line, i) => {
      const y = 2.0 + i * 1.12;
      slide.addShape(pptx.ShapeType.rect, { x, y, w: 0.08, h: 0.95, fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
      slide.addText(
        [
          { text: line.name, options: { bold: true, color: BRAND, breakLine: true } },
          { text: line.how, options: {} },
        ],
        { x: x + 0.08, y, w: w - 0.08, h: 0.95, fontFace: FONT, fontSize: 22, color: INK, fill: { color: TINT }, valign: 'middle', margin: 8 },
      );
    });
  }
  if (s.emergency) {
    slide.addShape(pptx.ShapeType.rect, { x: 0.4, y: H - 0.75, w: W - 0.4, h: 0.75, fill: { color: BRAND }, line: { color: BRAND, width: 0 } });
    slide.addText(s.emergency, { x: LEFT, y: H - 0.75, w: TEXT_W, h: 0.75, fontFace: FONT, fontSize: 22, bold: true, color: 'FFFFFF', margin: 0, valign: 'middle' });
  }
}

export interface PptxOptions {
  title: string;
  schoolName: string;
  logo: PngPicture | null;
}

/** The .pptx file's bytes. */
export async function buildSlidesPptx(deck: readonly DeckSlide[], options: PptxOptions): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = options.title;
  pptx.company = options.schoolName;
  pptx.author = options.schoolName;
  pptx.subject = 'Slides';
  for (const s of deck) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    if (s.kind === 'title') drawTitle(pptx, slide, s, options.logo);
    else if (s.kind === 'content') drawContent(pptx, slide, s);
    else if (s.kind === 'messages') drawMessages(pptx, slide, s);
    else drawHelp(pptx, slide, s);
    if (s.notes) slide.addNotes(s.notes);
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  if (out instanceof Uint8Array) return out;
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new Error('The slides could not be written.');
}
