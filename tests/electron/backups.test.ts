import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, BACKUP_FILE_PATTERN, listBackupFiles, readBackupFile, writeBackupFile } from '../../electron/backups';

let dir: string;
beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-backups-')), 'backups');
});

describe('automatic backups on disk', () => {
  it('names backups by time, in a pattern that sorts', () => {
    const name = backupFileName(new Date('2026-11-24T17:05:09.123Z'));
    expect(name).toBe('upstream-backup-2026-11-24T17-05-09Z.json');
    expect(BACKUP_FILE_PATTERN.test(name)).toBe(true);
  });

  it('writes, lists newest first, and reads back', async () => {
    await writeBackupFile(dir, '{"a":1}', new Date('2026-11-23T08:00:00Z'));
    await writeBackupFile(dir, '{"b":2}', new Date('2026-11-24T08:00:00Z'));
    const list = await listBackupFiles(dir);
    expect(list.map((b) => b.createdAt)).toEqual(['2026-11-24T08:00:00Z', '2026-11-23T08:00:00Z']);
    expect(list[0]!.sizeBytes).toBe(7);
    expect(await readBackupFile(dir, list[1]!.name)).toBe('{"a":1}');
    expect(fs.readdirSync(dir).some((n) => n.endsWith('.partial'))).toBe(false);
  });

  it('keeps only the newest 14', async () => {
    for (let day = 1; day <= 20; day += 1) await writeBackupFile(dir, `{"day":${day}}`, new Date(Date.UTC(2026, 10, day, 8)));
    const list = await listBackupFiles(dir);
    expect(list).toHaveLength(14);
    expect(list.at(-1)!.createdAt).toBe('2026-11-07T08:00:00Z');
  });

  it('refuses names that are not backups, including paths', async () => {
    await writeBackupFile(dir, '{}', new Date('2026-11-24T08:00:00Z'));
    for (const name of ['../secrets.json', 'upstream-backup-2026-11-24T08-00-00Z.json/../../x', 'window-state.json', '']) {
      await expect(readBackupFile(dir, name)).rejects.toThrow('Not an Upstream backup name.');
    }
  });

  it('treats a missing folder as no backups', async () => {
    expect(await listBackupFiles(path.join(dir, 'nowhere'))).toEqual([]);
  });
});
