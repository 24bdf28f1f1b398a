/**
 * Automatic backups on disk: written atomically into the backups folder under userData, at most
 * the newest KEEP kept. The renderer makes the backup (it owns the data); the shell stores it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export const KEEP_BACKUPS = 14;
export const BACKUP_FILE_PATTERN = /^upstream-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/;

export interface StoredBackup {
  name: string;
  createdAt: string;
  sizeBytes: number;
}

export function backupFileName(now: Date): string {
  return `upstream-backup-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z.json`;
}

function createdAtOf(name: string): string {
  const stamp = name.slice('upstream-backup-'.length, -'Z.json'.length);
  return `${stamp.slice(0, 10)}T${stamp.slice(11).replace(/-/g, ':')}Z`;
}

/** Newest first. A missing folder is simply no backups. */
export async function listBackupFiles(dir: string): Promise<StoredBackup[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const backups = await Promise.all(
    names
      .filter((n) => BACKUP_FILE_PATTERN.test(n))
      .map(async (name) => ({ name, createdAt: createdAtOf(name), sizeBytes: (await fs.stat(path.join(dir, name))).size })),
  );
  return backups.sort((a, b) => b.name.localeCompare(a.name));
}

/** Writes to a temporary file and renames it, so a crash never leaves half a backup; then prunes. */
export async function writeBackupFile(dir: string, data: string, now: Date, keep = KEEP_BACKUPS): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const name = backupFileName(now);
  const target = path.join(dir, name);
  const temporary = `${target}.partial`;
  await fs.writeFile(temporary, data, 'utf8');
  await fs.rename(temporary, target);
  const all = await listBackupFiles(dir);
  await Promise.all(all.slice(keep).map((b) => fs.rm(path.join(dir, b.name), { force: true })));
  return name;
}

/** Reads one backup by name; names outside the pattern (paths, traversal) are refused. */
export async function readBackupFile(dir: string, name: string): Promise<string> {
  if (!BACKUP_FILE_PATTERN.test(name)) throw new Error('Not an Upstream backup name.');
  return fs.readFile(path.join(dir, name), 'utf8');
}
