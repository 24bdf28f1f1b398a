/**
 * A resource (a letter to families such as the bedding appeal, a handout, a tip sheet) as an
 * editable Word file, so the school can add its own touches before it goes home.
 */
import type { SchoolSettings } from '@shared/domain';
import { documentFileName } from '@shared/print';
import { docxBytes, heading, masthead, para, wordDocument } from '../../print/docx-parts';
import { markdownToWord } from '../../print/docx-markdown';
import type { PngPicture } from '../../print/raster';
import type { Resource } from '../../db/records';

export function resourceDocument(resource: Pick<Resource, 'title' | 'bodyMarkdown' | 'sources' | 'kind'>, settings: Pick<SchoolSettings, 'name' | 'mhstContact' | 'dslContact'>, logo: PngPicture | null, label: string) {
  const body = markdownToWord(resource.bodyMarkdown, resource.title, settings);
  // A letter opens with "Dear families": its title is for the lead's library, not for the page.
  const children = [...masthead(settings.name, label, logo), ...(resource.kind === 'letter' ? [] : [heading(resource.title, 1)]), ...body];
  if (resource.sources.length > 0) children.push(para([{ text: `Sources: ${resource.sources.map((s) => (s.url ? `${s.title} (${s.url.replace(/^https:\/\//, '')})` : s.title)).join('; ')}`, color: '4A5552', size: 8.5 }]));
  return wordDocument({ title: resource.title, schoolName: settings.name, children });
}

export async function buildResourceDocx(...args: Parameters<typeof resourceDocument>): Promise<Uint8Array> {
  return docxBytes(resourceDocument(...args));
}

/** The resource's "Word document" button: built from the saved resource and the school's settings. */
export function resourceWordFileName(resource: Pick<Resource, 'title' | 'kind'>, kindLabel: string, today: string): string {
  return documentFileName(today, resource.title, kindLabel.toLowerCase(), 'docx');
}
