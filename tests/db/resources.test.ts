import { beforeEach, describe, expect, it } from 'vitest';
import type { BuiltInResource } from '../../shared/builtin-resources';
import { FileFormatError } from '../../shared/file-format';
import { buildShareFile } from '../../shared/resource-share';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import type { Resource } from '../../renderer/src/db/records';
import { SHIPPED_RESOURCES } from '../../renderer/src/features/resources/builtins';
import {
  attachResource,
  buildResourcesFile,
  commitImport,
  copyBuiltIn,
  detachResource,
  prepareImport,
  ResourceValidationError,
  saveOwnResource,
  setArchived,
} from '../../renderer/src/features/resources/queries';
import { buildSampleResourceLinks } from '../../renderer/src/features/resources/sample';
import { builtInRecordId, syncBuiltInResources } from '../../renderer/src/features/resources/sync';

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`resources-${crypto.randomUUID()}`);
  await db.open();
});

const shipped = (id: string, version: number, patch: Partial<BuiltInResource> = {}): BuiltInResource => ({
  id,
  version,
  title: `Sheet ${id} v${version}`,
  kind: 'tip-sheet',
  themes: ['sleep'],
  audiences: ['parents'],
  yearGroups: [],
  readingMinutes: 1,
  tags: ['sleep'],
  sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }],
  bodyMarkdown: `# Sheet ${id}\n\nVersion ${version} of the text.\n`,
  ...patch,
});

const draft = (patch: Partial<Parameters<typeof saveOwnResource>[1]> = {}) => ({
  title: 'Our bedtime letter',
  kind: 'letter' as const,
  themes: ['sleep' as const],
  audiences: ['parents' as const],
  yearGroups: ['Y7' as const],
  tags: ['bedtime'],
  sources: [],
  bodyMarkdown: 'Dear families,\n\nPlease help with bedtimes.\n',
  ...patch,
});

const snapshot = async () => ({ resources: await db.resources.orderBy('id').toArray(), links: await db.resourceLinks.orderBy('id').toArray(), audit: await db.audit.toArray() });

describe('built-in resources at start-up', () => {
  it('adds every shipped built-in as a read-only record with its id, version and content hash', async () => {
    const result = await syncBuiltInResources(db, SHIPPED_RESOURCES);
    expect(result).toMatchObject({ added: SHIPPED_RESOURCES.length, updated: 0, removed: 0, unchanged: false });
    expect(SHIPPED_RESOURCES.length).toBeGreaterThanOrEqual(22);
    const screens = await db.resources.get(builtInRecordId('screens-and-sleep'));
    expect(screens).toMatchObject({ builtInId: 'screens-and-sleep', builtInVersion: 1, title: 'Screens and sleep', archived: 0 });
    expect(screens?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is idempotent: a second start writes nothing', async () => {
    await syncBuiltInResources(db, SHIPPED_RESOURCES);
    const before = await snapshot();
    const result = await syncBuiltInResources(db, SHIPPED_RESOURCES);
    expect(result.unchanged).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('updates a built-in when the app ships a higher version, leaving copies, links and the archive choice alone', async () => {
    await syncBuiltInResources(db, [shipped('a', 1), shipped('b', 1)], new Date('2026-09-01T09:00:00Z'));
    const copyId = await copyBuiltIn(db, (await db.resources.get(builtInRecordId('a')))!);
    await saveOwnResource(db, { ...draft(), title: 'My edited copy' }, copyId);
    const activityLink = await attachResource(db, builtInRecordId('a'), 'activity', 'activity-1');
    await attachResource(db, copyId, 'workshopPlan', 'plan-1');
    await setArchived(db, builtInRecordId('b'), true);
    const copyBefore = await db.resources.get(copyId);
    const linksBefore = await db.resourceLinks.toArray();

    const result = await syncBuiltInResources(db, [shipped('a', 2), shipped('b', 1)], new Date('2027-01-10T09:00:00Z'));
    expect(result).toMatchObject({ added: 0, updated: 1, removed: 0 });
    const a = await db.resources.get(builtInRecordId('a'));
    expect(a).toMatchObject({ builtInVersion: 2, title: 'Sheet a v2', bodyMarkdown: '# Sheet a\n\nVersion 2 of the text.\n', createdAt: '2026-09-01T09:00:00.000Z', updatedAt: '2027-01-10T09:00:00.000Z' });
    expect(await db.resources.get(copyId)).toEqual(copyBefore);
    expect(await db.resourceLinks.toArray()).toEqual(linksBefore);
    expect(await db.resourceLinks.get(activityLink.id)).toMatchObject({ resourceId: builtInRecordId('a') });
    expect((await db.resources.get(builtInRecordId('b')))?.archived).toBe(1);
  });

  it('never goes back to an older version (an older Upstream opening newer data)', async () => {
    await syncBuiltInResources(db, [shipped('a', 3)]);
    const result = await syncBuiltInResources(db, [shipped('a', 2)]);
    expect(result.unchanged).toBe(true);
    expect((await db.resources.get(builtInRecordId('a')))?.builtInVersion).toBe(3);
  });

  it('removes a built-in no longer shipped, but keeps (and marks) one that something links to', async () => {
    await syncBuiltInResources(db, [shipped('keep', 1), shipped('drop', 1), shipped('stay', 1)]);
    await attachResource(db, builtInRecordId('keep'), 'activity', 'activity-1');
    const result = await syncBuiltInResources(db, [shipped('stay', 1)], new Date('2027-01-10T09:00:00Z'));
    expect(result).toMatchObject({ removed: 1, keptBecauseLinked: 1 });
    expect(await db.resources.get(builtInRecordId('drop'))).toBeUndefined();
    expect(await db.resources.get(builtInRecordId('keep'))).toMatchObject({ builtInRemovedAt: '2027-01-10T09:00:00.000Z' });
    expect(await db.resourceLinks.count()).toBe(1);
    // Nothing more to do on the next start while it is still linked.
    expect((await syncBuiltInResources(db, [shipped('stay', 1)])).unchanged).toBe(true);
    // Shipped again later: it is a normal built-in once more.
    await syncBuiltInResources(db, [shipped('stay', 1), shipped('keep', 1)]);
    expect((await db.resources.get(builtInRecordId('keep')))?.builtInRemovedAt).toBeUndefined();
  });

  it('applies nothing when the transaction fails part-way', async () => {
    await syncBuiltInResources(db, [shipped('a', 1)]);
    const before = await snapshot();
    const broken = [shipped('a', 2), { ...shipped('b', 1), themes: undefined as never }];
    await expect(syncBuiltInResources(db, broken)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('two windows starting at once end with one copy of each built-in', async () => {
    await Promise.all([syncBuiltInResources(db, SHIPPED_RESOURCES), syncBuiltInResources(db, SHIPPED_RESOURCES)]);
    expect(await db.resources.count()).toBe(SHIPPED_RESOURCES.length);
  });
});

describe('own resources', () => {
  it('refuses a resource without a title, or with unsafe markdown, writing nothing', async () => {
    await expect(saveOwnResource(db, draft({ title: '  ' }))).rejects.toMatchObject({ errors: { title: 'Give the resource a title.' } });
    await expect(saveOwnResource(db, draft({ bodyMarkdown: 'Hi <script>window.__pwned=1</script>' }))).rejects.toBeInstanceOf(ResourceValidationError);
    await expect(saveOwnResource(db, draft({ bodyMarkdown: '[x](javascript:window.__pwned=1)' }))).rejects.toBeInstanceOf(ResourceValidationError);
    await expect(saveOwnResource(db, draft({ bodyMarkdown: '![x](https://evil.example/x.png)' }))).rejects.toBeInstanceOf(ResourceValidationError);
    expect(await db.resources.count()).toBe(0);
  });

  it('saves a tidy resource with its reading time and content hash, and updates it in place', async () => {
    const id = await saveOwnResource(db, draft({ title: '  Our   bedtime letter ', tags: ['Bedtime', 'bedtime'] }), undefined, new Date('2026-11-24T09:00:00Z'));
    const saved = await db.resources.get(id);
    expect(saved).toMatchObject({ title: 'Our bedtime letter', tags: ['bedtime'], readingMinutes: 1, archived: 0, createdAt: '2026-11-24T09:00:00.000Z' });
    expect(saved?.builtInId).toBeUndefined();
    await saveOwnResource(db, draft({ title: 'Renamed' }), id, new Date('2026-11-25T09:00:00Z'));
    expect(await db.resources.get(id)).toMatchObject({ title: 'Renamed', createdAt: '2026-11-24T09:00:00.000Z', updatedAt: '2026-11-25T09:00:00.000Z' });
    expect((await db.resources.get(id))?.contentHash).not.toBe(saved?.contentHash);
  });

  it('never lets a built-in be edited, but copies it on request', async () => {
    await syncBuiltInResources(db, [shipped('a', 1)]);
    await expect(saveOwnResource(db, draft(), builtInRecordId('a'))).rejects.toMatchObject({ errors: { form: 'Built-in resources cannot be changed. Make your own copy to edit it.' } });
    const copyId = await copyBuiltIn(db, (await db.resources.get(builtInRecordId('a')))!);
    const copy = await db.resources.get(copyId);
    expect(copy).toMatchObject({ title: 'Sheet a v1 (my copy)', copiedFromBuiltInId: 'a', archived: 0, sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }] });
    expect(copy?.builtInId).toBeUndefined();
  });

  it('copies the text without the heading that repeats the title, since the copy has its own title', async () => {
    await syncBuiltInResources(db, SHIPPED_RESOURCES);
    const original = (await db.resources.get(builtInRecordId('screens-and-sleep')))!;
    expect(original.bodyMarkdown.startsWith('# Screens and sleep\n')).toBe(true);
    const copy = (await db.resources.get(await copyBuiltIn(db, original)))!;
    expect(copy.bodyMarkdown.startsWith('Phones, tablets, consoles and TVs')).toBe(true);
    expect(copy.bodyMarkdown).toContain('## Why screens get in the way');
  });

  it('archives and unarchives', async () => {
    const id = await saveOwnResource(db, draft());
    await setArchived(db, id, true);
    expect((await db.resources.get(id))?.archived).toBe(1);
    await setArchived(db, id, false);
    expect((await db.resources.get(id))?.archived).toBe(0);
  });
});

describe('links to activities and workshop plans', () => {
  it('attaches once, detaches, and refuses a resource that does not exist', async () => {
    const id = await saveOwnResource(db, draft());
    const first = await attachResource(db, id, 'activity', 'act-1');
    const again = await attachResource(db, id, 'activity', 'act-1');
    expect(again.id).toBe(first.id);
    await attachResource(db, id, 'workshopPlan', 'plan-1');
    expect(await db.resourceLinks.count()).toBe(2);
    expect(await detachResource(db, first.id)).toEqual(first);
    expect(await db.resourceLinks.count()).toBe(1);
    await expect(attachResource(db, 'missing', 'activity', 'act-1')).rejects.toThrow('That resource no longer exists.');
  });
});

describe('sharing between schools', () => {
  it('exports chosen resources and imports them on another machine as the lead’s own, with an audit entry', async () => {
    await syncBuiltInResources(db, SHIPPED_RESOURCES);
    const own = await saveOwnResource(db, draft());
    const { text } = await buildResourcesFile(db, [own, builtInRecordId('worry-time')], '0.1.0', new Date('2026-11-24T09:00:00Z'));

    const other = new UpstreamDatabase(`resources-other-${crypto.randomUUID()}`);
    await other.open();
    const preview = await prepareImport(other, text, 'shared.json');
    expect(preview.toAdd.map((r) => r.title)).toEqual(['Our bedtime letter', 'Worry time: park your worries before bed']);
    expect(preview.duplicates).toEqual([]);
    expect(await other.resources.count()).toBe(0);

    expect(await commitImport(other, preview, new Date('2026-11-25T10:00:00Z'))).toBe(2);
    const imported = (await other.resources.toArray()).sort((a, b) => a.title.localeCompare(b.title));
    expect(imported.map((r) => [r.title, r.builtInId, r.copiedFromBuiltInId])).toEqual([
      ['Our bedtime letter', undefined, undefined],
      ['Worry time: park your worries before bed', undefined, 'worry-time'],
    ]);
    expect(await other.audit.toArray()).toEqual([{ seq: 1, at: '2026-11-25T10:00:00.000Z', action: 'import', subject: 'Resource library', count: 2 }]);
  });

  it('skips resources already in the library (same title and text) and repeats within the file', async () => {
    await syncBuiltInResources(db, SHIPPED_RESOURCES);
    const screens = (await db.resources.get(builtInRecordId('screens-and-sleep')))!;
    const own = { title: 'Our letter', kind: 'letter' as const, themes: [], audiences: [], yearGroups: [], tags: [], sources: [], bodyMarkdown: 'Hello.\n' };
    const text = await buildShareFile(
      [
        { title: screens.title, kind: screens.kind, themes: screens.themes, audiences: screens.audiences, yearGroups: screens.yearGroups, tags: screens.tags, sources: screens.sources, bodyMarkdown: screens.bodyMarkdown.replace(/\n/g, '\r\n') },
        own,
        { ...own, title: 'OUR LETTER ' },
      ],
      { appVersion: '0.1.0', exportedAt: '2026-11-24T09:00:00Z' },
    );
    const preview = await prepareImport(db, text, 'trust.json');
    expect(preview.toAdd.map((r) => r.title)).toEqual(['Our letter']);
    expect(preview.duplicates).toEqual([
      { title: 'Screens and sleep', reason: 'Already in your library as “Screens and sleep”' },
      { title: 'OUR LETTER', reason: 'Appears more than once in the file' },
    ]);
  });

  it('refuses a bad file before writing anything', async () => {
    const before = await snapshot();
    await expect(prepareImport(db, '{"format":"upstream-resources","formatVersion":1,"resour', 'cut.json')).rejects.toBeInstanceOf(FileFormatError);
    await expect(prepareImport(db, '{"format":"upstream-resources","formatVersion":99}', 'new.json')).rejects.toThrow(/newer version of Upstream/);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing at all when the import fails part-way', async () => {
    const text = await buildShareFile(
      [1, 2, 3].map((n) => ({ title: `Sheet ${n}`, kind: 'tip-sheet' as const, themes: [], audiences: [], yearGroups: [], tags: [], sources: [], bodyMarkdown: `Text ${n}\n` })),
      { appVersion: '0.1.0', exportedAt: '2026-11-24T09:00:00Z' },
    );
    const preview = await prepareImport(db, text, 'three.json');
    // Something else claims the id the third resource would get: the bulk add fails inside the transaction.
    const clash: Resource = { id: 'fixed-id', title: 'x', kind: 'letter', themes: [], audiences: [], yearGroups: [], bodyMarkdown: 'x', sources: [], tags: [], archived: 0, createdAt: '', updatedAt: '' };
    await db.resources.add(clash);
    const before = await snapshot();
    const realUuid = crypto.randomUUID.bind(crypto);
    let calls = 0;
    const spy = (() => (++calls === 3 ? 'fixed-id' : realUuid())) as typeof crypto.randomUUID;
    crypto.randomUUID = spy;
    try {
      await expect(commitImport(db, preview)).rejects.toThrow();
    } finally {
      crypto.randomUUID = realUuid;
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('the sample school’s resource links', () => {
  it('links sample activities to built-ins that exist, and leaves the lead’s own activities alone', async () => {
    await syncBuiltInResources(db, SHIPPED_RESOURCES);
    const links = buildSampleResourceLinks([
      { id: 'a1', type: 'assembly', title: 'Assembly: sleep, your secret superpower', isSample: true },
      { id: 'a2', type: 'assembly', title: 'Exam stress assembly for Year 11', isSample: true },
      { id: 'a3', type: 'fundraiser', title: 'Cosy bedding fundraiser', isSample: true },
      { id: 'a4', type: 'pupil-workshop', title: 'Exam stress toolkit', isSample: true },
      { id: 'a5', type: 'assembly', title: 'Our own assembly' },
    ]);
    expect(links.map((l) => [l.ownerId, l.resourceId])).toEqual([
      ['a1', builtInRecordId('sleep-assembly-script')],
      ['a2', builtInRecordId('exam-stress-assembly')],
      ['a3', builtInRecordId('bedding-appeal-letter')],
      ['a4', builtInRecordId('exam-stress-challenging-thoughts')],
      ['a4', builtInRecordId('grounding-5-4-3-2-1')],
      ['a4', builtInRecordId('paced-breathing')],
    ]);
    const found = await db.resources.bulkGet([...new Set(links.map((l) => l.resourceId))]);
    expect(found.every(Boolean)).toBe(true);
  });

  it('names only built-ins that ship', () => {
    const shipped = new Set(SHIPPED_RESOURCES.map((r) => builtInRecordId(r.id)));
    const types = ['assembly', 'pshe-lesson', 'parent-workshop', 'pupil-workshop', 'group-session', 'website-content', 'fundraiser', 'drop-in', 'support-slot', 'staff-training'] as const;
    const activities = types.flatMap((type, i) => [
      { id: `s${i}`, type, title: 'Sleep', isSample: true },
      { id: `e${i}`, type, title: 'Exam stress', isSample: true },
    ]);
    for (const link of buildSampleResourceLinks(activities)) expect(shipped.has(link.resourceId), link.resourceId).toBe(true);
  });
});
