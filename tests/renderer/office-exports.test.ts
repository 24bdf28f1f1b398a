/**
 * The editable exports, opened as another office suite would: the .pptx and .docx unzipped and
 * their XML read (slides, notes, paragraphs, keep-together rules).
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildSlideDeck } from '@shared/slide-deck';
import type { Resource, WorkshopPlan } from '../../renderer/src/db/records';
import { buildHandoutDocx } from '../../renderer/src/features/workshops/export/handout-docx';
import { buildSlidesPptx } from '../../renderer/src/features/workshops/export/slides-pptx';
import { notForParents } from '../../renderer/src/features/workshops/WorkshopExports';
import { buildResourceDocx } from '../../renderer/src/features/resources/resource-docx';
import { markdownToWord } from '../../renderer/src/print/docx-markdown';
import { docxBytes, wordDocument } from '../../renderer/src/print/docx-parts';

const text = (xml: string) => xml.replace(/<\/(a|w):p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');

const settings = { id: 'school' as const, name: 'Riverside Academy', mhstContact: 'Sam Green, 01632 960123', dslContact: 'Mrs Ahmed', yearGroups: [], academicYears: [], suppressionThreshold: 5, createdAt: '', updatedAt: '' };

const plan: WorkshopPlan = {
  id: 'p1',
  title: 'Helping your child sleep well',
  audience: 'parents',
  theme: 'sleep',
  yearGroups: [],
  date: '2026-12-03',
  startTime: '18:00',
  venue: 'School library',
  facilitators: ['Wellbeing lead'],
  partnerIds: [],
  objectives: ['Leave with one change to try'],
  keyMessages: ['Same wake-up time every day.', 'Phones charge outside the bedroom.'],
  summary: 'An hour for parents and carers.',
  agenda: [
    { id: 'a', title: 'Welcome', minutes: 5, whatHappens: 'A warm welcome.', facilitatorNotes: 'Count heads at the door.' },
    { id: 'b', title: 'نیند کے لیے پرسکون معمول', minutes: 10, whatHappens: 'ہر رات ایک ہی وقت پر سونا۔' },
  ],
  materialsChecklist: [],
  createdAt: '',
  updatedAt: '',
};

const resource = (over: Partial<Resource>): Resource =>
  ({ id: 'r', title: 'Screens and sleep', kind: 'parent-handout', bodyMarkdown: 'Tips.', themes: ['sleep'], audiences: ['parents'], yearGroups: [], tags: [], sources: [], archived: 0, createdAt: '', updatedAt: '', ...over }) as Resource;

describe('slides as PowerPoint', () => {
  it('has a slide for each of the deck’s slides, with real text and the speaker notes in the notes', async () => {
    const deck = buildSlideDeck({
      schoolName: 'Riverside Academy',
      title: plan.title,
      when: 'Thursday 3 December 2026',
      sections: plan.agenda.map((s) => ({ title: s.title, whatHappens: s.whatHappens, facilitatorNotes: s.facilitatorNotes })),
      keyMessages: plan.keyMessages ?? [],
      mhstContact: settings.mhstContact,
      helplines: [{ name: 'Childline', how: 'Call 0800 1111' }],
    });
    const zip = await JSZip.loadAsync(await buildSlidesPptx(deck, { title: plan.title, schoolName: settings.name, logo: null }));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.length);
    const all = await Promise.all(slides.map((n) => zip.file(n)!.async('string')));
    expect(all.map(text).join('\n')).toContain('Helping your child sleep well');
    expect(all.map(text).join('\n')).toContain('0800 1111');
    expect(all.map(text).join('\n')).not.toContain('Count heads');
    const notes = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(notes.map(text).join('\n')).toContain('Count heads at the door.');
    // The Urdu section reads right to left.
    expect(all.find((xml) => xml.includes('ہر رات'))).toContain('rtl="1"');
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('cx="12192000"'); // 13.333 in: 16:9
  });
});

describe('the parent handout as Word', () => {
  it('keeps headings with what follows and the key messages in one box that never splits', async () => {
    const zip = await JSZip.loadAsync(await buildHandoutDocx({ plan, resources: [resource({ bodyMarkdown: '## Before bed\n\n- Lights low\n- A story' })], partners: [] }, settings, { logo: null, picture: null }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = text(xml);
    for (const expected of ['Riverside Academy', 'Workshop for parents and carers', 'What the workshop covers', 'Key messages', 'Same wake-up time every day.', 'Tips to try at home', 'Before bed', 'Lights low', 'Where to get help', 'Sam Green, 01632 960123', 'Childline']) expect(words).toContain(expected);
    expect(words).not.toContain('Find out more'); // no link in Settings, no QR code
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:keepNext/>');
    expect(xml).toContain('<w:bidi/>');
    expect(await zip.file('word/footer1.xml')?.async('string')).toContain('PAGE');
  });
});

describe('resources as Word', () => {
  it('writes the bedding appeal letter without its library title, the school filled in, no raw HTML or unsafe links', async () => {
    const bodyMarkdown = 'Dear families,\n\n## Our bedding appeal\n\nThis term, {{school.name}} is collecting bedding. <script>x()</script>\n\n- **new** pillows\n- [Donate](javascript:alert(1)) or see [NHS advice](https://www.nhs.uk/sleep)\n\n| Size | Needed |\n| --- | --- |\n| Single | Most |';
    const zip = await JSZip.loadAsync(await buildResourceDocx(resource({ title: 'Letter to families: our bedding appeal', kind: 'letter', bodyMarkdown }), settings, null, 'Letter'));
    const words = text(await zip.file('word/document.xml')!.async('string'));
    expect(words).toContain('Dear families,');
    expect(words).toContain('Riverside Academy is collecting bedding.');
    expect(words).not.toContain('Letter to families: our bedding appeal');
    expect(words).not.toMatch(/script|javascript/);
    expect(words).toContain('NHS advice (www.nhs.uk/sleep)');
    expect(words).toContain('Single');
  });

  it('reads markdown from its tree: pictures and HTML are left out', async () => {
    const blocks = markdownToWord('# Title\n\n![tracker](https://example.org/t.png)\n\n<b>html</b>\n\nText', 'Other', settings);
    const zip = await JSZip.loadAsync(await docxBytes(wordDocument({ title: 't', schoolName: 's', children: blocks })));
    const words = text(await zip.file('word/document.xml')!.async('string'));
    expect(words).toContain('Title');
    expect(words).toContain('Text');
    expect(words).not.toMatch(/tracker|<b>/); // the tags go; their words stay, as in the PDF
  });
});

describe('a pupil resource on a parents’ handout', () => {
  it('is named, so the lead can check the wording before it goes home', () => {
    expect(notForParents(plan, [resource({ title: 'Sleep tips for Key Stage 3', audiences: ['pupils'] }), resource({ title: 'Screens', audiences: ['parents', 'pupils'] })])).toEqual(['Sleep tips for Key Stage 3']);
    expect(notForParents({ audience: 'pupils' }, [resource({ audiences: ['pupils'] })])).toEqual([]);
  });
});
