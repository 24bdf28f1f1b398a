import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeOpenFailure, openDatabase } from '../../renderer/src/db/open';

function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore('placeholder');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('opening the database', () => {
  it('opens a fresh database', async () => {
    const db = await openDatabase(`open-${crypto.randomUUID()}`);
    expect(db.isOpen()).toBe(true);
    db.close();
  });

  it('explains data saved by a newer Upstream, and leaves it alone', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    const newer = await rawOpen(name, 9_990);
    newer.close();
    await expect(openDatabase(name)).rejects.toMatchObject({ kind: 'newer-version', title: expect.stringContaining('newer version') });
    const again = await rawOpen(name, 9_990);
    expect([...again.objectStoreNames]).toEqual(['placeholder']);
    again.close();
  });

  it('explains when another window blocks the upgrade', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    // An older window that ignores versionchange keeps the database open.
    const older = await rawOpen(name, 1);
    await expect(openDatabase(name, 50)).rejects.toMatchObject({ kind: 'blocked', advice: expect.stringContaining('Close the other window') });
    older.close();
  });

  it('explains missing storage', () => {
    const failure = describeOpenFailure(new Dexie.MissingAPIError('IndexedDB API missing'));
    expect(failure.kind).toBe('unavailable');
    expect(failure.advice).toMatch(/IT team/);
  });

  it('keeps unknown errors for the IT team', () => {
    const failure = describeOpenFailure(new Error('disk I/O'));
    expect(failure).toMatchObject({ kind: 'failed', detail: 'Error: disk I/O' });
  });
});
