import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDER_FALLBACKS,
  READING_MINUTES_TOLERANCE,
  estimateReadingMinutes,
  fillPlaceholders,
  parseResourceFile,
  type BuiltInResource,
  type ResourceKindName,
} from '../../shared/builtin-resources';
import { FileFormatError } from '../../shared/file-format';

const libraryDir = fileURLToPath(new URL('../../resources/library/', import.meta.url));

const fileNames = readdirSync(libraryDir).sort();
const library: BuiltInResource[] = fileNames.filter((f) => f.endsWith('.md')).map((f) => parseResourceFile(readFileSync(libraryDir + f, 'utf8'), f));
const byId = new Map(library.map((r) => [r.id, r]));

function resource(id: string): BuiltInResource {
  const found = byId.get(id);
  if (!found) throw new Error(`resources/library/${id}.md is missing`);
  return found;
}

describe('the built-in library', () => {
  it('holds only markdown files, and at least 22 of them', () => {
    expect(fileNames.filter((f) => !f.endsWith('.md'))).toEqual([]);
    expect(library.length).toBeGreaterThanOrEqual(22);
  });

  it.each(fileNames)('%s parses', (fileName) => {
    expect(() => parseResourceFile(readFileSync(libraryDir + fileName, 'utf8'), fileName)).not.toThrow();
  });

  it('has unique ids and unique titles', () => {
    expect(new Set(library.map((r) => r.id)).size).toBe(library.length);
    expect(new Set(library.map((r) => r.title.toLowerCase())).size).toBe(library.length);
  });

  it.each(library.map((r) => [r.id, r] as const))('%s cites at least one https source', (_id, r) => {
    expect(r.sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
  });

  it.each(library.map((r) => [r.id, r] as const))('%s states a reading time within 2 minutes of its length', (_id, r) => {
    expect(Math.abs(r.readingMinutes - estimateReadingMinutes(r.bodyMarkdown))).toBeLessThanOrEqual(READING_MINUTES_TOLERANCE);
  });

  it.each(library.map((r) => [r.id, r] as const))('%s never asks for pupils’ names or personal details', (_id, r) => {
    // "Don't collect pupils' names" is fine; "collect pupils' names" is not.
    expect(r.bodyMarkdown).not.toMatch(/(?<!\b(?:don['’]t|do not|never|not)\s)\b(write|put|add|collect|record|list)\b[^.\n]{0,20}\b(your|their|pupils['’]?|pupil['’]s|children['’]s|child['’]s) (full )?names?\b/i);
    expect(r.bodyMarkdown).not.toMatch(/date of birth|postcode|\bUPN\b/i);
  });

  it('keeps tip sheets to a readable length (250 to 600 words)', () => {
    const words = (markdown: string) => (markdown.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
    for (const r of library.filter((x) => x.kind === 'tip-sheet')) {
      expect(words(r.bodyMarkdown), r.id).toBeGreaterThanOrEqual(250);
      expect(words(r.bodyMarkdown), r.id).toBeLessThanOrEqual(600);
    }
  });
});

describe('coverage of the topics schools ask for', () => {
  const required: [id: string, kinds: ResourceKindName[]][] = [
    ['sleep-by-age', ['tip-sheet', 'parent-handout']],
    ['wind-down-routine', ['tip-sheet', 'parent-handout']],
    ['screens-and-sleep', ['tip-sheet', 'parent-handout']],
    ['caffeine-and-energy-drinks', ['tip-sheet', 'parent-handout']],
    ['worry-time', ['tip-sheet', 'workshop-activity']],
    ['sleep-tips-ks2', ['tip-sheet']],
    ['sleep-tips-ks3', ['tip-sheet']],
    ['sleep-tips-ks4', ['tip-sheet']],
    ['parent-handout-helping-children-sleep', ['parent-handout']],
    ['sleep-assembly-script', ['assembly-script']],
    ['pshe-lesson-sleep', ['pshe-lesson']],
    ['website-sleep-hygiene-page', ['website-copy']],
    ['bedding-appeal-letter', ['letter']],
    ['exam-stress-challenging-thoughts', ['workshop-activity', 'tip-sheet']],
    ['grounding-5-4-3-2-1', ['tip-sheet', 'workshop-activity']],
    ['paced-breathing', ['tip-sheet', 'workshop-activity']],
    ['exam-stress-assembly', ['assembly-script']],
    ['signposting-sheet', ['signposting']],
    ['sleep-poster', ['poster']],
    ['staff-briefing-spotting-sleep-problems', ['tip-sheet']],
    ['parent-handout-exam-stress', ['parent-handout']],
    ['friendships-drop-in-tips', ['tip-sheet']],
    ['healthy-eating-and-sleep', ['tip-sheet']],
    ['physical-activity-and-sleep', ['tip-sheet']],
  ];

  it.each(required)('has %s', (id, kinds) => {
    expect(kinds).toContain(resource(id).kind);
  });

  it('has the screens resource the end-to-end search looks for', () => {
    const screens = resource('screens-and-sleep');
    expect(['tip-sheet', 'parent-handout']).toContain(screens.kind);
    expect(screens.title.toLowerCase()).toContain('screens');
    expect(screens.themes).toContain('sleep');
  });

  it('states the AASM sleep ranges exactly', () => {
    const body = resource('sleep-by-age').bodyMarkdown;
    const rows = [
      ['4–12 months', '12–16 hours, including naps'],
      ['1–2 years', '11–14 hours, including naps'],
      ['3–5 years', '10–13 hours, including naps'],
      ['6–12 years', '9–12 hours'],
      ['13–18 years', '8–10 hours'],
    ];
    for (const [age, hours] of rows) expect(body).toContain(`| ${age} | ${hours} |`);
    expect(resource('sleep-by-age').sources.map((s) => s.url)).toContain('https://doi.org/10.5664/jcsm.5866');
  });

  it('gives every helpline number on the signposting sheet, with the school’s own contacts', () => {
    const body = resource('signposting-sheet').bodyMarkdown;
    for (const text of ['0800 1111', 'childline.org.uk', '116 123', 'SHOUT', '85258', 'NHS 111', '999', 'A&E', '{{school.mhstContact}}', '{{school.dslContact}}', '{{school.name}}']) {
      expect(body).toContain(text);
    }
    expect(body).toMatch(/116 123[^\n]*free[^\n]*24 hours/);
  });

  it('asks for bedding help confidentially, through the school', () => {
    const body = resource('bedding-appeal-letter').bodyMarkdown;
    expect(body).toContain('{{school.name}}');
    expect(body).toMatch(/confidential/i);
    expect(body).toMatch(/no need to give a reason/i);
  });

  it('splits the exam-stress CBT tools into thought records, grounding and breathing', () => {
    const thoughts = resource('exam-stress-challenging-thoughts').bodyMarkdown;
    for (const step of ['Situation', 'Thought', 'Feeling', 'Evidence for', 'Evidence against', 'Balanced thought']) expect(thoughts).toContain(`**${step}**`);
    const grounding = resource('grounding-5-4-3-2-1').bodyMarkdown;
    for (const sense of ['5 things you can see', '4 things you can feel', '3 things you can hear', '2 things you can smell', '1 thing you can taste']) expect(grounding).toContain(sense);
    const breathing = resource('paced-breathing').bodyMarkdown;
    expect(breathing).toMatch(/in for 4, out for 6/i);
    expect(breathing).toMatch(/box breathing/i);
    for (const id of ['exam-stress-challenging-thoughts', 'grounding-5-4-3-2-1', 'paced-breathing']) expect(resource(id).themes).toContain('exam-stress');
  });

  it.each(['sleep-assembly-script', 'exam-stress-assembly'])('%s runs to about 15 minutes, with timings', (id) => {
    const timings = [...resource(id).bodyMarkdown.matchAll(/^## (\d+):(\d\d)–(\d+):(\d\d) /gm)].map((m) => [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])] as const);
    expect(timings.length).toBeGreaterThanOrEqual(5);
    expect(timings[0]![0]).toBe(0);
    for (let i = 1; i < timings.length; i++) expect(timings[i]![0]).toBe(timings[i - 1]![1]);
    expect(timings.at(-1)![1]).toBeGreaterThanOrEqual(13 * 60);
    expect(timings.at(-1)![1]).toBeLessThanOrEqual(17 * 60);
  });

  it('outlines a 50 to 60 minute PSHE lesson with objectives, starter, activities and plenary', () => {
    const body = resource('pshe-lesson-sleep').bodyMarkdown;
    expect(body).toMatch(/^## Learning objectives$/m);
    expect(body).toMatch(/^## Starter \(\d+ minutes\)/m);
    expect(body).toMatch(/^## Activity 1 \(\d+ minutes\)/m);
    expect(body).toMatch(/^## Plenary \(\d+ minutes\)/m);
    const minutes = [...body.matchAll(/^## [^\n]*\((\d+) minutes\)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(minutes).toBeGreaterThanOrEqual(50);
    expect(minutes).toBeLessThanOrEqual(60);
  });

  it('keeps the poster short enough to read from a corridor', () => {
    const poster = resource('sleep-poster');
    expect(poster.bodyMarkdown.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(60);
  });

  it('covers each audience and the main themes', () => {
    for (const audience of ['pupils', 'parents', 'staff'] as const) expect(library.some((r) => r.audiences.includes(audience)), audience).toBe(true);
    for (const theme of ['sleep', 'exam-stress', 'anxiety', 'friendships', 'healthy-eating', 'physical-activity', 'online-safety'] as const) {
      expect(library.some((r) => r.themes.includes(theme)), theme).toBe(true);
    }
  });
});

const VALID = `---
id: example-sheet
version: 2
title: "Sleep: an example"
kind: tip-sheet
themes: [sleep, online-safety]
audiences: [parents, pupils]
yearGroups: [R, Y7, Y13]
readingMinutes: 1
tags: [screens, "bed time"]
sources:
  - title: "NHS: a \\"quoted\\" title"
    url: https://www.nhs.uk/example
  - title: A book without a link
---

# Example

Some **text** with a [link](https://www.example.org/page) and {{school.name}}.
`;

/** VALID with one front-matter line replaced (or removed, when `to` is undefined). */
function withLine(from: RegExp, to?: string): string {
  const lines = VALID.split('\n');
  const index = lines.findIndex((l) => from.test(l));
  if (index < 0) throw new Error(`no line matches ${from}`);
  if (to === undefined) lines.splice(index, 1);
  else lines[index] = to;
  return lines.join('\n');
}

function withBody(body: string): string {
  return VALID.replace(/\n# Example[\s\S]*$/, `\n${body}\n`);
}

function errorFor(text: string, fileName = 'example-sheet.md'): FileFormatError {
  try {
    parseResourceFile(text, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return error as FileFormatError;
  }
  throw new Error('expected the file to be refused');
}

describe('parseResourceFile', () => {
  it('reads every field of a valid file', () => {
    expect(parseResourceFile(VALID, 'example-sheet.md')).toEqual({
      id: 'example-sheet',
      version: 2,
      title: 'Sleep: an example',
      kind: 'tip-sheet',
      themes: ['sleep', 'online-safety'],
      audiences: ['parents', 'pupils'],
      yearGroups: ['R', 'Y7', 'Y13'],
      readingMinutes: 1,
      tags: ['screens', 'bed time'],
      sources: [{ title: 'NHS: a "quoted" title', url: 'https://www.nhs.uk/example' }, { title: 'A book without a link' }],
      bodyMarkdown: '# Example\n\nSome **text** with a [link](https://www.example.org/page) and {{school.name}}.\n',
    });
  });

  it('accepts Windows line endings, a byte-order mark, a path and an empty year-group list', () => {
    const text = '\uFEFF' + withLine(/^yearGroups:/, 'yearGroups: []').replace(/\n/g, '\r\n');
    const parsed = parseResourceFile(text, 'resources/library/example-sheet.md');
    expect(parsed.yearGroups).toEqual([]);
    expect(parsed.bodyMarkdown.startsWith('# Example\n')).toBe(true);
  });

  it.each<[string, string, RegExp]>([
    ['a missing title', withLine(/^title:/), /^example-sheet\.md: "title" is missing$/],
    ['an unknown kind', withLine(/^kind:/, 'kind: leaflet'), /^example-sheet\.md: "kind" must be one of tip-sheet, parent-handout, assembly-script, pshe-lesson, workshop-activity, website-copy, letter, poster, signposting \(found “leaflet”\)$/],
    ['an unknown theme', withLine(/^themes:/, 'themes: [sleep, homework]'), /"themes" must be one of sleep, exam-stress, .* \(found “homework”\)/],
    ['no themes', withLine(/^themes:/, 'themes: []'), /"themes" must name at least one theme/],
    ['an unknown audience', withLine(/^audiences:/, 'audiences: [governors]'), /"audiences" must be one of pupils, parents, staff, community/],
    ['an unknown year group', withLine(/^yearGroups:/, 'yearGroups: [Y14]'), /"yearGroups" must be one of R, Y1, .* \(found “Y14”\)/],
    ['a repeated year group', withLine(/^yearGroups:/, 'yearGroups: [Y7, Y7]'), /"yearGroups" lists "Y7" twice/],
    ['a version that is not a whole number', withLine(/^version:/, 'version: 1.5'), /"version" must be a whole number, not "1.5"/],
    ['a reading time of zero', withLine(/^readingMinutes:/, 'readingMinutes: 0'), /"readingMinutes" must be between 1 and 180/],
    ['a reading time far from the body’s length', withLine(/^readingMinutes:/, 'readingMinutes: 9'), /"readingMinutes" is 9 but the body reads in about 1 \(at 200 words a minute\); keep them within 2/],
    ['an unknown field', withLine(/^tags:/, 'tags: [screens]\nauthor: Someone'), /front matter has a field "author" that Upstream does not know \(known fields: id, version/],
    ['a field given twice', withLine(/^version:/, 'kind: tip-sheet'), /front matter gives the same field twice on line 5$/],
    ['an unquoted value containing ": "', withLine(/^title:/, 'title: Sleep: an example'), /front matter is not valid YAML on line 4: .*Put a value in double quotes if it holds ": "/],
    ['a list where one value belongs', withLine(/^kind:/, 'kind: [tip-sheet]'), /"kind" must be one of tip-sheet, .* \(found “\["tip-sheet"\]”\)/],
    ['a bare value where a list belongs', withLine(/^themes:/, 'themes: sleep'), /"themes" must be a list$/],
    ['an id that does not match the file name', withLine(/^id:/, 'id: another-sheet'), /^example-sheet\.md: "id" is "another-sheet" but the file is named example-sheet\.md; they must match$/],
    ['an id that is not kebab-case', withLine(/^id:/, 'id: Example_Sheet'), /"id" must be lower-case words joined by hyphens/],
    ['an http:// source', withLine(/^ {4}url:/, '    url: http://www.nhs.uk/example'), /^example-sheet\.md: "sources" entry 1 url must be a full https:\/\/ address, not "http:\/\/www\.nhs\.uk\/example"$/],
    ['a javascript: source', withLine(/^ {4}url:/, '    url: javascript:alert(1)'), /"sources" entry 1 url must be a full https:\/\/ address/],
    ['no sources', withLine(/^sources:/, 'sources: []').replace(/\n {2}- title: "NHS[^\n]*\n[^\n]*\n[^\n]*\n/, '\n'), /"sources" must cite at least one source/],
    ['a source with an unexpected key', withLine(/^ {4}url:/, '    link: https://www.nhs.uk/example'), /"sources" entry 1 has a field Upstream does not know \(“link”\)/],
    ['a source without a title', withLine(/^ {2}- title: A book/, '  - url: https://www.nhs.uk/other'), /"sources" entry 2 title is missing/],
    ['no opening ---', VALID.replace(/^---\n/, ''), /example-sheet\.md: front matter must start on the first line with "---"/],
    ['no closing ---', VALID.replace(/\n---\n\n# Example/, '\n\n# Example'), /front matter must end with a line holding only "---"/],
  ])('refuses %s', (_case, text, message) => {
    expect(errorFor(text).message).toMatch(message);
  });

  it('names the field on the error', () => {
    const error = errorFor(withLine(/^kind:/, 'kind: leaflet'));
    expect(error.message).toMatch(/^example-sheet\.md: /);
    expect(error.field).toBe('kind');
    expect(error.name).toBe('FileFormatError');
  });

  it.each<[string, string, RegExp]>([
    ['raw HTML', 'Hello <script>alert(1)</script>', /^example-sheet\.md: body has a problem on line \d+: HTML tags are not allowed \(found “<script”\)/],
    ['an HTML comment', 'Hello <!-- hidden -->', /body has a problem on line \d+: HTML comments are not allowed/],
    ['an autolink', 'See <https://www.nhs.uk>', /links must be written as \[text\]\(https:\/\/…\), not <…>/],
    ['an image', 'Look: ![a picture](https://www.example.org/a.png)', /^example-sheet\.md: body has a problem on line \d+: pictures are not shown/],
    ['a javascript: link', 'Click [here](javascript:alert(1))', /^example-sheet\.md: body has a problem on line \d+: javascript: links are not allowed/],
    ['a JavaScript: link in capitals', 'Click [here](JavaScript:alert(1))', /javascript: links are not allowed/],
    ['an http:// link', 'See [the NHS](http://www.nhs.uk)', /the link to “http:\/\/www\.nhs\.uk” is not secure; use its https:\/\/ address instead/],
    ['a mailto: link', 'Email [us](mailto:office@example.org)', /mailto: links are not kept/],
    ['a relative link', 'See [the other sheet](other-sheet.md)', /links must be full https:\/\/ web addresses, not “other-sheet\.md”/],
    ['a reference link to http', 'See [the NHS][nhs]\n\n[nhs]: ftp://example.org/file', /links must be full https:\/\/ web addresses, not “ftp:\/\/example\.org\/file”/],
    ['an unknown placeholder', 'Call {{school.phone}} today', /body uses an unknown placeholder \{\{school\.phone\}\}/],
    ['an unclosed placeholder', 'Call {{school.name today', /body has an unclosed placeholder/],
    ['an empty body', '', /body is empty/],
  ])('refuses a body with %s', (_case, body, message) => {
    const error = errorFor(withBody(body));
    expect(error.field).toBe('body');
    expect(error.message).toMatch(message);
  });

  it('reports the line of a problem in the body', () => {
    const error = errorFor(withBody('# Example\n\nFine.\n\nNot fine: <b>bold</b>'));
    const bodyStart = VALID.split('\n').indexOf('# Example') + 1;
    expect(error.message).toContain(`line ${bodyStart + 4}`);
  });

  it('reads the front matter with a real YAML parser, allowing nothing clever', () => {
    expect(errorFor(withLine(/^tags:/, 'tags: [screens]\n__proto__: {polluted: true}')).message).toMatch(/front matter has a field "__proto__" that Upstream does not know/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(errorFor(withLine(/^tags:/, 'tags: &t [screens]\nx: *t')).message).toMatch(/front matter must not use YAML anchors or aliases/);
    expect(errorFor(withLine(/^version:/, 'version: "2"')).message).toMatch(/"version" must be a whole number, not "2"/);
    // Block lists and single quotes are plain YAML, so they read the same as the flow style.
    expect(parseResourceFile(withLine(/^themes:/, "themes:\n  - sleep\n  - 'online-safety'"), 'example-sheet.md').themes).toEqual(['sleep', 'online-safety']);
  });

  it('refuses a bare http:// address in a body but keeps an email address written as text', () => {
    expect(errorFor(withBody('See http://www.nhs.uk today')).message).toMatch(/the link to “http:\/\/www\.nhs\.uk” is not secure/);
    expect(parseResourceFile(withBody('Email office@example.org for a copy.'), 'example-sheet.md').bodyMarkdown).toContain('office@example.org');
  });

  it('can skip only the body’s markdown check, for the shipped library at start-up', () => {
    expect(parseResourceFile(withBody('Hi <b>there</b>'), 'example-sheet.md', { checkMarkdown: false }).bodyMarkdown).toBe('Hi <b>there</b>\n');
    expect(() => parseResourceFile(withLine(/^kind:/, 'kind: leaflet'), 'example-sheet.md', { checkMarkdown: false })).toThrow(/"kind" must be one of/);
    expect(() => parseResourceFile(withBody('Call {{school.phone}}'), 'example-sheet.md', { checkMarkdown: false })).toThrow(/unknown placeholder/);
  });

  it('refuses a file whose name does not end in .md', () => {
    expect(errorFor(VALID, 'example-sheet.txt').message).toMatch(/must be in a file whose name ends in "\.md"/);
  });
});

describe('fillPlaceholders', () => {
  const body = 'Welcome to {{school.name}}. Talk to {{ school.mhstContact }} or {{school.dslContact}}.';

  it('fills each placeholder from the school’s settings', () => {
    expect(fillPlaceholders(body, { 'school.name': 'Hillside Academy', 'school.mhstContact': 'Ms Khan, 01234 567890', 'school.dslContact': 'Mr Lee (room 12)' })).toBe(
      'Welcome to Hillside Academy. Talk to Ms Khan, 01234 567890 or Mr Lee (room 12).',
    );
  });

  it('uses a sensible phrase for missing or blank settings', () => {
    const filled = fillPlaceholders(body, { 'school.name': '   ' });
    expect(filled).toBe(`Welcome to ${PLACEHOLDER_FALLBACKS['school.name']}. Talk to ${PLACEHOLDER_FALLBACKS['school.mhstContact']} or ${PLACEHOLDER_FALLBACKS['school.dslContact']}.`);
    expect(filled).toContain('your school office');
    expect(filled).not.toContain('{{');
  });

  it('inserts settings as plain text, not markdown', () => {
    expect(fillPlaceholders('Contact: {{school.dslContact}}', { 'school.dslContact': 'Ms *Bold* [x](javascript:alert(1)) <b>\n# heading' })).toBe(
      'Contact: Ms \\*Bold\\* \\[x\\](javascript:alert(1)) \\<b\\> # heading',
    );
  });

  it('leaves unknown placeholders alone', () => {
    expect(fillPlaceholders('Hi {{pupil.name}}', { 'school.name': 'Hillside' })).toBe('Hi {{pupil.name}}');
  });

  it('leaves no placeholder unfilled in any built-in resource', () => {
    for (const r of library) expect(fillPlaceholders(r.bodyMarkdown, {}), r.id).not.toMatch(/\{\{|\}\}/);
  });
});

describe('estimateReadingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('is never less than one minute', () => {
    expect(estimateReadingMinutes('')).toBe(1);
    expect(estimateReadingMinutes('# Hi')).toBe(1);
  });

  it('reads about 200 words a minute', () => {
    expect(estimateReadingMinutes(words(400))).toBe(2);
    expect(estimateReadingMinutes(words(1000))).toBe(5);
  });

  it('counts link text but not the address, and ignores markdown symbols', () => {
    const link = '[NHS](https://www.nhs.uk/a/very/long/address/with/many/segments/and/words/in/it) ';
    expect(estimateReadingMinutes(link.repeat(300))).toBe(2);
    expect(estimateReadingMinutes('| --- | --- |\n'.repeat(500))).toBe(1);
  });
});
