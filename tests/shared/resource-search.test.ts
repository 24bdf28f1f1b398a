import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseResourceFile } from '../../shared/builtin-resources';
import {
  foldText,
  highlightParts,
  IncrementalSearch,
  indexResource,
  markdownToPlainText,
  queryTerms,
  SearchIndexCache,
  searchResources,
  snippetParts,
  type SearchableResource,
} from '../../shared/resource-search';

const resource = (patch: Partial<SearchableResource> & Pick<SearchableResource, 'id' | 'title'>): SearchableResource => ({
  bodyMarkdown: 'Nothing in particular.',
  tags: [],
  kind: 'tip-sheet',
  themes: ['sleep'],
  audiences: ['pupils'],
  yearGroups: [],
  archived: 0,
  ...patch,
});

const titles = (hits: { entry: { resource: SearchableResource } }[]) => hits.map((h) => h.entry.resource.title);

describe('searchResources: matching', () => {
  const index = [
    resource({ id: 'a', title: 'Screens and sleep', tags: ['phones'], bodyMarkdown: 'Turn off **screens** an hour before bed.' }),
    resource({ id: 'b', title: 'Worry time', tags: ['screens'], bodyMarkdown: 'Write worries down.' }),
    resource({ id: 'c', title: 'Wind-down routine', bodyMarkdown: 'A bath, a book, no screens.' }),
    resource({ id: 'd', title: 'Caffeine', bodyMarkdown: 'Energy drinks keep you awake. Screensavers are not screens-related at all.' }),
    resource({ id: 'e', title: 'Touchscreens', bodyMarkdown: 'Nothing to see.' }),
  ].map(indexResource);

  it('ranks a title match above a tag match above a text match; in the text, a whole word above a word start', () => {
    expect(titles(searchResources(index, 'screens'))).toEqual(['Screens and sleep', 'Worry time', 'Wind-down routine', 'Caffeine']);
  });

  it('matches the start of words only ("screen" finds "screens", not "touchscreens")', () => {
    const found = titles(searchResources(index, 'screen'));
    expect(found).toContain('Screens and sleep');
    expect(found).not.toContain('Touchscreens');
    expect(titles(searchResources(index, 'creens'))).toEqual([]);
  });

  it('needs every word to match, in any field', () => {
    expect(titles(searchResources(index, 'screens phones'))).toEqual(['Screens and sleep']);
    expect(titles(searchResources(index, 'screens bath'))).toEqual(['Wind-down routine']);
    expect(titles(searchResources(index, 'screens homework'))).toEqual([]);
  });

  it('ignores case, accents, curly quotes and punctuation in the query', () => {
    const folded = [resource({ id: 'x', title: 'Café culture', bodyMarkdown: 'Don’t drink cola after 4pm.' })].map(indexResource);
    expect(titles(searchResources(folded, 'CAFE'))).toEqual(['Café culture']);
    expect(titles(searchResources(folded, "don't"))).toEqual(['Café culture']);
    expect(titles(searchResources(folded, '  cola!! '))).toEqual(['Café culture']);
  });

  it('does not search link addresses or markdown symbols', () => {
    const withLink = [resource({ id: 'l', title: 'Help', bodyMarkdown: 'See [Childline](https://www.childline.org.uk/secretword).' })].map(indexResource);
    expect(titles(searchResources(withLink, 'childline'))).toEqual(['Help']);
    expect(titles(searchResources(withLink, 'secretword'))).toEqual([]);
  });

  it('lists everything A to Z for an empty query', () => {
    expect(titles(searchResources(index, '   '))).toEqual(['Caffeine', 'Screens and sleep', 'Touchscreens', 'Wind-down routine', 'Worry time']);
  });
});

describe('searchResources: filters', () => {
  const index = [
    resource({ id: 'p', title: 'Primary sleep tips', themes: ['sleep'], audiences: ['pupils'], yearGroups: ['Y3', 'Y4', 'Y5', 'Y6'], kind: 'tip-sheet' }),
    resource({ id: 's', title: 'Exam stress for Year 11', themes: ['exam-stress'], audiences: ['pupils'], yearGroups: ['Y10', 'Y11'], kind: 'workshop-activity' }),
    resource({ id: 'h', title: 'Parent handout', themes: ['sleep'], audiences: ['parents'], yearGroups: [], kind: 'parent-handout', builtInId: 'parent-handout' }),
    resource({ id: 'x', title: 'Old letter', themes: ['sleep'], audiences: ['parents'], kind: 'letter', archived: 1 }),
  ].map(indexResource);

  it('filters by theme, audience and kind', () => {
    expect(titles(searchResources(index, '', { theme: 'exam-stress' }))).toEqual(['Exam stress for Year 11']);
    expect(titles(searchResources(index, '', { audience: 'parents' }))).toEqual(['Parent handout']);
    expect(titles(searchResources(index, '', { kind: 'tip-sheet' }))).toEqual(['Primary sleep tips']);
  });

  it('filters by key stage or year group; a resource for every year group always matches', () => {
    expect(titles(searchResources(index, '', { stage: 'KS2' }))).toEqual(['Parent handout', 'Primary sleep tips']);
    expect(titles(searchResources(index, '', { stage: 'KS4' }))).toEqual(['Exam stress for Year 11', 'Parent handout']);
    expect(titles(searchResources(index, '', { stage: 'Y11' }))).toEqual(['Exam stress for Year 11', 'Parent handout']);
    expect(titles(searchResources(index, '', { stage: 'KS1' }))).toEqual(['Parent handout']);
  });

  it('hides archived resources unless asked, and separates built-ins from own resources', () => {
    expect(titles(searchResources(index, 'letter'))).toEqual([]);
    expect(titles(searchResources(index, 'letter', { includeArchived: true }))).toEqual(['Old letter']);
    expect(titles(searchResources(index, '', { origin: 'built-in' }))).toEqual(['Parent handout']);
    expect(titles(searchResources(index, '', { origin: 'own' }))).toEqual(['Exam stress for Year 11', 'Primary sleep tips']);
  });
});

describe('IncrementalSearch (typing into the box)', () => {
  const index = Array.from({ length: 60 }, (_, i) =>
    indexResource(resource({ id: `r${i}`, title: `Sheet ${i}`, tags: i % 3 === 0 ? ['screens'] : ['sleep'], bodyMarkdown: i % 2 === 0 ? 'Bedtime routines and screens.' : 'Breakfast and bedtime.' })),
  );

  it('gives the same results as a full search at every keystroke, forwards and backwards', () => {
    const incremental = new IncrementalSearch();
    const typed = 'screens bedtime';
    const steps = [...Array.from({ length: typed.length }, (_, i) => typed.slice(0, i + 1)), 'screens bed', 'scr', 'b', 'br', ''];
    for (const query of steps) expect(titles(incremental.search(index, query)), query).toEqual(titles(searchResources(index, query)));
  });

  it('starts again when the filters or the library change', () => {
    const incremental = new IncrementalSearch();
    expect(incremental.search(index, 'screens', { theme: 'exam-stress' })).toEqual([]);
    expect(incremental.search(index, 'screens b').length).toBe(searchResources(index, 'screens b').length);
    const changed = [...index, indexResource(resource({ id: 'new', title: 'Screens at bedtime' }))];
    expect(titles(incremental.search(changed, 'screens be'))).toContain('Screens at bedtime');
  });
});

describe('highlighting', () => {
  it('marks each matched word start, merging overlaps, as text parts', () => {
    expect(highlightParts('Screens and sleep: screen time', queryTerms('screen sl'))).toEqual([
      { text: 'Screen', match: true },
      { text: 's and ', match: false },
      { text: 'sl', match: true },
      { text: 'eep: ', match: false },
      { text: 'screen', match: true },
      { text: ' time', match: false },
    ]);
  });

  it('keeps positions right with accents and curly quotes', () => {
    const parts = highlightParts('Don’t skip café time', queryTerms('cafe dont'));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['café']);
    expect(highlightParts('Don’t skip', queryTerms("don't")).filter((p) => p.match).map((p) => p.text)).toEqual(['Don’t']);
  });

  it('returns markup-looking text as text, never as HTML', () => {
    const parts = highlightParts('<img src=x onerror=alert(1)> sleep', ['sleep']);
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'sleep', match: true },
    ]);
  });

  it('cuts a snippet around the first match with ellipses', () => {
    const entry = indexResource(resource({ id: 's', title: 'Long', bodyMarkdown: `${'Filler words here. '.repeat(30)}Caffeine stays in the body for hours. ${'More filler. '.repeat(30)}` }));
    const parts = snippetParts(entry, ['caffeine'], 120);
    const text = parts.map((p) => p.text).join('');
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    expect(parts.find((p) => p.match)?.text).toBe('Caffeine');
    expect(text.length).toBeLessThanOrEqual(125);
  });
});

describe('text helpers', () => {
  it('folds text to the same length', () => {
    for (const text of ['Café', 'İstanbul', 'Straße', 'ÅNGSTRÖM', 'emoji 😴 ok']) expect(foldText(text).length).toBe(text.length);
    expect(foldText('Café ÅNGSTRÖM')).toBe('cafe angstrom');
  });

  it('turns markdown into the text a reader sees', () => {
    expect(markdownToPlainText('# Title\n\n- **Bold** and [a link](https://x.org/a_(b))\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\nCall {{school.dslContact}}.')).toBe('Title Bold and a link A B 1 2 Call DSL contact.');
  });

  it('re-indexes only resources that changed', () => {
    const cache = new SearchIndexCache();
    const first = cache.index([resource({ id: 'a', title: 'One', updatedAt: '1' }), resource({ id: 'b', title: 'Two', updatedAt: '1' })]);
    const second = cache.index([resource({ id: 'a', title: 'One', updatedAt: '1' }), resource({ id: 'b', title: 'Two, changed', updatedAt: '2' })]);
    expect(second[0]!.bodyFolded).toBe(first[0]!.bodyFolded);
    expect(second[0]!.titleFolded).toBe(first[0]!.titleFolded);
    expect(second[1]!.titleFolded).toBe('two, changed');
  });
});

describe('the built-in library', () => {
  const dir = fileURLToPath(new URL('../../resources/library/', import.meta.url));
  const library = readdirSync(dir).map((f) => parseResourceFile(readFileSync(dir + f, 'utf8'), f));
  const index = library.map((r) => indexResource({ ...r, archived: 0 as const, builtInId: r.id }));

  it('finds "Screens and sleep" first when searching "screens"', () => {
    expect(titles(searchResources(index, 'screens'))[0]).toBe('Screens and sleep');
  });

  it('finds the signposting sheet by a helpline name and the breathing sheet by a prefix', () => {
    expect(titles(searchResources(index, 'samarit'))).toContain('Where to get help');
    expect(titles(searchResources(index, 'paced breath'))[0]).toBe('Paced breathing: slow your breath, calm your body');
  });
});
