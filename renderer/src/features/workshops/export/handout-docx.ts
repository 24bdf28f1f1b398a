/**
 * The parent handout as an editable Word file: the same sections as the PDF (what the workshop
 * covers, key messages in a box that never splits, tips, a QR code to the school's page, where to
 * get help), with the school's logo and picture.
 */
import { Paragraph, type FileChild } from 'docx';
import { formatWeekday } from '@shared/calendar';
import type { SchoolSettings } from '@shared/domain';
import { isHandoutLink } from '@shared/handout-link';
import { box, bullets, docxBytes, heading, masthead, numbered, para, picture, table, wordDocument, BRAND } from '../../../print/docx-parts';
import { markdownToWord } from '../../../print/docx-markdown';
import { qrPng } from '../../../print/qr';
import type { PngPicture } from '../../../print/raster';
import { whenAndWhere } from '../deck';
import { NATIONAL_HELPLINES } from '../labels';
import { handoutLabel, handoutTime, shownLink } from '../print/HandoutPrint';
import type { WorkshopPrintData } from '../queries';

export interface HandoutPictures {
  logo: PngPicture | null;
  picture: PngPicture | null;
}

const ASK = 'ask the school office to put you in touch.';

function whereToGetHelp(settings: SchoolSettings, signposting: string | undefined): FileChild[] {
  return [
    heading('Where to get help', 2),
    ...(signposting ? signposting.split(/\n\s*\n/).map((p) => para(p.trim())) : []),
    heading('At school', 3),
    para([{ text: 'Mental Health Support Team: ', bold: true }, settings.mhstContact?.trim() || ASK]),
    para([{ text: 'Designated Safeguarding Lead', bold: true }, ' (if you are worried about a child’s safety): ', settings.dslContact?.trim() || ASK]),
    heading('Any time, free and confidential', 3),
    table(
      ['Service', 'How to reach it', 'For'],
      NATIONAL_HELPLINES.map((line) => [line.name, line.how, line.when]),
      [20, 32, 48],
    ),
    para([{ text: 'If someone is in immediate danger, call 999.', bold: true }]),
  ];
}

/** The handout's Word document. */
export function handoutDocument(data: WorkshopPrintData, settings: SchoolSettings, pictures: HandoutPictures) {
  const { plan, resources, partners } = data;
  const people = [...plan.facilitators, ...partners.map((p) => p.name)];
  const link = isHandoutLink(settings.handoutLink) ? settings.handoutLink : undefined;
  const children: FileChild[] = [...masthead(settings.name, handoutLabel(plan), pictures.logo)];
  if (pictures.picture) children.push(new Paragraph({ children: [picture(pictures.picture, 260, 180, '')], spacing: { after: 120 } }));
  children.push(heading(plan.title, 1));
  children.push(para([{ text: whenAndWhere({ date: plan.date ? formatWeekday(plan.date) : undefined, time: handoutTime(plan), venue: plan.venue }) || 'Date to be confirmed', color: '444444', size: 12 }]));
  if (people.length > 0) children.push(para(`With ${people.join(', ')}`));

  children.push(heading('What the workshop covers', 2));
  if (plan.summary) children.push(...plan.summary.split(/\n\s*\n/).map((p) => para(p.trim())));
  children.push(...numbered(plan.agenda.map((s) => ({ title: s.title, detail: s.whatHappens }))));
  if (plan.objectives.length > 0) children.push(heading('By the end, you will', 3), ...bullets(plan.objectives));

  const messages = plan.keyMessages ?? [];
  if (messages.length > 0) {
    children.push(heading('Key messages', 2));
    children.push(box(messages.map((m) => para([{ text: m, bold: true, color: BRAND, size: 12 }], { after: 80 }))), para(''));
  }

  if (resources.length > 0) {
    children.push(heading('Tips to try at home', 2));
    for (const resource of resources) {
      children.push(heading(resource.title, 3), ...markdownToWord(resource.bodyMarkdown, resource.title, settings, true));
      if (resource.sources.length > 0) children.push(para([{ text: `Sources: ${resource.sources.map((s) => (s.url ? `${s.title} (${s.url.replace(/^https:\/\//, '')})` : s.title)).join('; ')}`, color: '4A5552', size: 8.5 }]));
    }
  }

  if (link) {
    const code = qrPng(link);
    children.push(
      heading('Find out more', 2),
      box([new Paragraph({ children: [picture(code, 110, 110, `QR code for ${shownLink(link)}`)] }), para('Scan the code with your phone’s camera, or go to'), para([{ text: shownLink(link), bold: true, color: BRAND }])], 'FFFFFF'),
    );
  }

  children.push(...whereToGetHelp(settings, plan.signposting));
  children.push(para([{ text: 'This handout gives general information, not medical advice: if you are worried about your child’s health, speak to your GP.', color: '555555', size: 9 }]));
  return wordDocument({ title: plan.title, schoolName: settings.name, children });
}

export async function buildHandoutDocx(data: WorkshopPrintData, settings: SchoolSettings, pictures: HandoutPictures): Promise<Uint8Array> {
  return docxBytes(handoutDocument(data, settings, pictures));
}
