import { describe, expect, it, vi } from 'vitest';
import { formatBytes, readStorageStatus, requestPersistentStorage } from '../../renderer/src/db/storage';

function fakeStorage(overrides: Partial<StorageManager>): StorageManager {
  return overrides as StorageManager;
}

describe('storage', () => {
  it('asks for persistent storage only when not already granted', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage(fakeStorage({ persisted: async () => false, persist }))).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    const persistAgain = vi.fn(async () => true);
    expect(await requestPersistentStorage(fakeStorage({ persisted: async () => true, persist: persistAgain }))).toBe(true);
    expect(persistAgain).not.toHaveBeenCalled();
  });

  it('never throws when the browser refuses', async () => {
    expect(await requestPersistentStorage(fakeStorage({ persisted: async () => false, persist: async () => { throw new Error('denied'); } }))).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });

  it('reads usage and quota', async () => {
    const status = await readStorageStatus(fakeStorage({ persisted: async () => true, estimate: async () => ({ usage: 2_500_000, quota: 10_000_000_000 }) }));
    expect(status).toEqual({ persisted: true, usageBytes: 2_500_000, quotaBytes: 10_000_000_000 });
  });

  it('formats sizes the way people read them', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2_500_000)).toBe('2.4 MB');
    expect(formatBytes(10_000_000_000)).toBe('9.3 GB');
  });
});
