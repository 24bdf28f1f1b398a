import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseResourceFile } from '../../shared/builtin-resources';
import {
  buildShareFile,
  canonicalJson,
  contentHash,
  normaliseForContentHash,
  readShareFile,
  SHARE_FILE_MAX_CHARS,
  SHARE_FORMAT_VERSION,
  sha256Hex,
  type SharedResource,
} from '../../shared/resource-share';
import { FileFormatError } from '../../shared/file-format';
import { normaliseResourceDraft, parseTags, validateResourceDraft, type ResourceDraft } from '../../shared/resource-validation';

const sheet = (patch: Partial<SharedResource> = {}): SharedResource => ({
  title: 'Screens and sleep (our version)',
  kind: 'tip-sheet',
  themes: ['sleep', 'online-safety'],
  audiences: ['parents'],
  yearGroups: ['Y7', 'Y8'],
  tags: ['screens', 'bedtime'],
  sources: [{ title: 'NHS: Healthy sleep tips for children', url: 'https://www.nhs.uk/live-well/sleep-and-tiredness/healthy-sleep-tips-for-children/' }],
  bodyMarkdown: '# Screens and sleep\n\nScreens off an hour before bed. Ask {{school.name}} for help.\n',
  ...patch,
});

const meta = { appVersion: '0.1.0', exportedAt: '2026-11-24T09:00:00.000Z' };

async function refusal(text: string): Promise<FileFormatError> {
  try {
    await readShareFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return error as FileFormatError;
  }
  throw new Error('expected the file to be refused');
}

/** A file with its resources replaced, re-signed so only the resource checks can refuse it. */
async function signed(resources: unknown[], patch: Record<string, unknown> = {}): Promise<string> {
  const file = JSON.parse(await buildShareFile([sheet()], meta)) as Record<string, unknown>;
  return JSON.stringify({ ...file, resources, checksum: `sha256:${await sha256Hex(canonicalJson(resources))}`, ...patch });
}

describe('checksums and content hashes', () => {
  it('computes SHA-256 like Node does', async () => {
    for (const text of ['', 'abc', 'Don’t panic 😴']) expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('writes canonical JSON with sorted keys whatever the order of insertion', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1, y: undefined } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"z":1}}');
  });

  it('treats resources that differ only in case, spacing or line endings as the same content', async () => {
    const a = await contentHash('Screens and sleep', '# Title\r\n\r\n\r\nText   \n');
    const b = await contentHash('  screens  AND sleep ', '# title\n\ntext');
    expect(a).toBe(b);
    expect(await contentHash('Screens and sleep', 'Other text')).not.toBe(a);
    expect(normaliseForContentHash('A', 'B')).toBe('a\nb');
  });
});

describe('a good file', () => {
  it('round-trips: what is exported is what is imported', async () => {
    const resources = [sheet(), sheet({ title: 'Worry time', kind: 'workshop-activity', basedOnBuiltIn: 'worry-time', sources: [{ title: 'A book' }] })];
    const text = await buildShareFile(resources, meta);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'upstream-resources', formatVersion: SHARE_FORMAT_VERSION, appVersion: '0.1.0', exportedAt: meta.exportedAt });
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const read = await readShareFile(text);
    expect(read.resources).toEqual(resources);
    expect(read.appVersion).toBe('0.1.0');
  });

  it('accepts every built-in resource, exported as it ships', async () => {
    const dir = fileURLToPath(new URL('../../resources/library/', import.meta.url));
    const library = readdirSync(dir).map((f) => parseResourceFile(readFileSync(dir + f, 'utf8'), f));
    const shared = library.map(({ title, kind, themes, audiences, yearGroups, tags, sources, bodyMarkdown, id }) => ({ title, kind, themes, audiences, yearGroups, tags, sources, bodyMarkdown, basedOnBuiltIn: id }));
    const read = await readShareFile(await buildShareFile(shared, meta));
    expect(read.resources).toHaveLength(library.length);
  }, 30_000); // parses the whole library's markdown twice, which takes seconds on a busy machine
});

describe('files that are refused, with a clear message', () => {
  it('refuses an empty file and a file that is not JSON', async () => {
    expect((await refusal('   ')).message).toBe('This file is empty.');
    expect((await refusal('Title,Kind\nSleep,tip-sheet')).message).toMatch(/^This is not an Upstream resources file\./);
  });

  it('refuses a truncated file, saying it is incomplete', async () => {
    const text = await buildShareFile([sheet()], meta);
    for (const cut of [text.length - 5, Math.floor(text.length / 2), 60]) {
      expect((await refusal(text.slice(0, cut))).message, `cut at ${cut}`).toMatch(/^This file is incomplete: it stops part-way through/);
    }
  });

  it('refuses JSON that is not ours: another format, an array, a backup', async () => {
    for (const text of ['[]', '{"format":"upstream-backup","formatVersion":1}', '{"resources":[]}', 'null', '42']) {
      expect((await refusal(text)).message, text).toMatch(/^This is not an Upstream resources file/);
    }
  });

  it('refuses a file from a newer Upstream, saying to update', async () => {
    const file = JSON.parse(await buildShareFile([sheet()], meta));
    const error = await refusal(JSON.stringify({ ...file, formatVersion: SHARE_FORMAT_VERSION + 1, appVersion: '3.0.0' }));
    expect(error.message).toBe('This file was made by a newer version of Upstream (Upstream 3.0.0). Update Upstream on this computer, then import it again. Nothing has been added.');
  });

  it('refuses a damaged version number or a missing part', async () => {
    const file = JSON.parse(await buildShareFile([sheet()], meta));
    expect((await refusal(JSON.stringify({ ...file, formatVersion: '1' }))).message).toMatch(/format version is missing or not a whole number/);
    expect((await refusal(JSON.stringify({ ...file, exportedAt: 'yesterday' }))).message).toMatch(/damaged: part of it is missing/);
    expect((await refusal(JSON.stringify({ ...file, extra: 1 }))).message).toMatch(/has a part Upstream does not know \(“extra”\)/);
  });

  it('refuses a file edited after export (checksum)', async () => {
    const text = await buildShareFile([sheet()], meta);
    const edited = text.replace('Screens off an hour', 'Screens off a minute');
    expect((await refusal(edited)).message).toMatch(/changed or damaged since it was exported \(its checksum does not match\)/);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, before anything else', async () => {
    const text = await buildShareFile([sheet()], meta);
    const polluted = [
      text.replace('"title": "Screens', '"__proto__": { "isAdmin": true }, "title": "Screens'),
      text.replace('"format":', '"constructor": { "prototype": { "x": 1 } }, "format":'),
      text.replace('"format":', '"prototype": 1, "format":'),
    ];
    for (const bad of polluted) expect((await refusal(bad)).message).toMatch(/contains a field named “(__proto__|constructor|prototype)”, which Upstream never writes/);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('refuses a file that is too large or holds no resources', async () => {
    expect((await refusal(' '.repeat(SHARE_FILE_MAX_CHARS + 1))).message).toMatch(/too large/);
    expect((await refusal(await signed([]))).message).toBe('This file holds no resources.');
  });

  it('checks every resource with the editor’s rules and refuses the whole file, naming the resource', async () => {
    const cases: [unknown, RegExp][] = [
      [sheet({ title: ' ' }), /^Nothing has been imported\. Resource 2: Give the resource a title\.$/],
      [sheet({ bodyMarkdown: '<script>window.__pwned=1</script>' }), /Resource 2 \(“Screens and sleep \(our version\)”\): Line 1: HTML tags are not allowed/],
      [sheet({ bodyMarkdown: '[x](javascript:alert(1))' }), /javascript: links are not allowed/],
      [sheet({ bodyMarkdown: '![x](https://evil.example/x.png)' }), /pictures are not shown/],
      [sheet({ bodyMarkdown: '<img src=x onerror="alert(1)">' }), /HTML tags are not allowed/],
      [sheet({ sources: [{ title: 'Evil', url: 'javascript:alert(1)' }] }), /Use the full web address, starting with https:\/\//],
      [sheet({ kind: 'leaflet' as never }), /Choose what kind of resource this is/],
      [sheet({ themes: ['sleep', 'homework' as never] }), /One of the themes is not recognised/],
      [{ ...sheet(), extra: true }, /has a field Upstream does not know \(“extra”\)/],
      [{ ...sheet(), tags: 'screens' }, /Resource 2 \(“Screens and sleep \(our version\)”\): tags must be a list\.$/],
      [{ ...sheet(), title: undefined }, /Resource 2: title is missing\./],
      [sheet({ sources: [{ title: 'NHS', link: 'https://www.nhs.uk/' } as never] }), /Resource 2 \(“Screens and sleep \(our version\)”\): sources\[0\] has a field Upstream does not know \(“link”\)/],
      [sheet({ basedOnBuiltIn: '../etc' }), /the built-in it is based on is not written in the expected form/],
      ['a string', /Resource 2 cannot be read\./],
    ];
    for (const [bad, message] of cases) {
      const error = await refusal(await signed([sheet(), bad]));
      expect(error.message, JSON.stringify(bad)).toMatch(message);
    }
  });

  it('lists every problem, not just the first', async () => {
    const error = await refusal(await signed([sheet({ title: '' }), sheet({ bodyMarkdown: '<b>x</b>' })]));
    expect(error.message).toMatch(/\(and 1 more problem\)$/);
    expect(error.problems).toHaveLength(2);
  });
});

describe('resource drafts (the editor’s rules)', () => {
  const draft = (patch: Partial<ResourceDraft> = {}): ResourceDraft => normaliseResourceDraft({ ...sheet(), ...patch });

  it('accepts a tidy draft', () => {
    expect(validateResourceDraft(draft())).toEqual({});
  });

  it('needs a title and some text', () => {
    expect(validateResourceDraft(draft({ title: '   ', bodyMarkdown: ' \n ' }))).toEqual({ title: 'Give the resource a title.', bodyMarkdown: 'Write the text of the resource.' });
  });

  it('names the line of unsafe markdown', () => {
    expect(validateResourceDraft(draft({ bodyMarkdown: 'Fine\n\n[x](javascript:window.__pwned=1)' }))['bodyMarkdown']).toMatch(/^Line 3: javascript: links are not allowed/);
  });

  it('checks each source', () => {
    expect(validateResourceDraft(draft({ sources: [{ title: '', url: 'https://www.nhs.uk/' }, { title: 'Old site', url: 'http://example.org' }] }))).toEqual({
      'sources.0.title': 'Give this source a title, such as “NHS: Healthy sleep tips for children”.',
      'sources.1.url': 'Use the full web address, starting with https://.',
    });
  });

  it('tidies tags, titles, sources and line endings', () => {
    expect(parseTags(' Sleep, screens ,, SLEEP,\nbed  time ')).toEqual(['sleep', 'screens', 'bed time']);
    const tidy = normaliseResourceDraft({ ...sheet(), title: '  Sleep   well ', themes: ['online-safety', 'sleep'], sources: [{ title: ' ', url: ' ' }, { title: ' NHS ', url: 'https://www.nhs.uk/ ' }], bodyMarkdown: 'a\r\nb  \n\n' });
    expect(tidy).toMatchObject({ title: 'Sleep well', themes: ['sleep', 'online-safety'], sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }], bodyMarkdown: 'a\nb\n' });
  });
});
