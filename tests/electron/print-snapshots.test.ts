import { describe, expect, it } from 'vitest';
import { PrintSnapshots, snapshotTokenOf } from '../../electron/print-snapshots';

describe('documents waiting for the print window', () => {
  it('serves a document at its own app:// address until it is deleted', () => {
    const store = new PrintSnapshots();
    const { token, url } = store.add('<p>Sleep well</p>');
    expect(url).toBe(`app://upstream/print-snapshot/${token}`);
    expect(store.lookup(url)).toBe('<p>Sleep well</p>');
    store.delete(token);
    expect(store.lookup(url)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('gives each document a different, unguessable address', () => {
    const store = new PrintSnapshots();
    const a = store.add('a');
    const b = store.add('b');
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['another host', 'app://evil/print-snapshot/0b8e7c1e-8d0a-4c51-9a51-7f0f2d3f4a11'],
    ['another scheme', 'https://upstream/print-snapshot/0b8e7c1e-8d0a-4c51-9a51-7f0f2d3f4a11'],
    ['another folder', 'app://upstream/assets/0b8e7c1e-8d0a-4c51-9a51-7f0f2d3f4a11'],
    ['a token that is not one', 'app://upstream/print-snapshot/../index.html'],
    ['a longer path', 'app://upstream/print-snapshot/0b8e7c1e-8d0a-4c51-9a51-7f0f2d3f4a11/x'],
    ['no token', 'app://upstream/print-snapshot/'],
    ['not a URL', 'print-snapshot/0b8e7c1e'],
  ])('is not fooled by %s', (_label, url) => {
    expect(snapshotTokenOf(url)).toBeUndefined();
  });
});
