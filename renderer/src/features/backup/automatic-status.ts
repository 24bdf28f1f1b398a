/**
 * How the last automatic backup went, kept on this computer (local storage) so a failure stays on
 * the Dashboard and in Settings, across restarts, until a later automatic backup succeeds.
 */
import { useSyncExternalStore } from 'react';

export type AutomaticBackupResult = { ok: true; at: string } | { ok: false; at: string; message: string };

const KEY = 'upstream.automaticBackup.last';
const CHANGED = 'upstream:automatic-backup-status';

export function readAutomaticBackupResult(storage: Storage | undefined = globalThis.localStorage): AutomaticBackupResult | null {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? 'null') as AutomaticBackupResult | null;
    return value && typeof value.at === 'string' && typeof value.ok === 'boolean' ? value : null;
  } catch {
    return null;
  }
}

export function recordAutomaticBackupResult(result: AutomaticBackupResult, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(result));
  } catch {
    // Storage full: the failure is still shown for this session through the event below.
  }
  cached = result;
  globalThis.dispatchEvent?.(new Event(CHANGED));
}

let cached: AutomaticBackupResult | null | undefined;

function subscribe(listener: () => void): () => void {
  const onChange = () => {
    cached = readAutomaticBackupResult();
    listener();
  };
  globalThis.addEventListener(CHANGED, onChange);
  globalThis.addEventListener('storage', onChange);
  return () => {
    globalThis.removeEventListener(CHANGED, onChange);
    globalThis.removeEventListener('storage', onChange);
  };
}

function snapshot(): AutomaticBackupResult | null {
  if (cached === undefined) cached = readAutomaticBackupResult();
  return cached;
}

/** The last automatic backup's result, updated as soon as another one finishes. */
export function useAutomaticBackupResult(): AutomaticBackupResult | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/** Turns a failure into words a lead can act on. */
export function describeAutomaticBackupFailure(error: unknown, sizeBytes?: number): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/too large/i.test(text)) return `Upstream’s data${sizeBytes ? ` (${Math.round(sizeBytes / 1024 / 1024)} MB)` : ''} is larger than one backup file can hold.`;
  if (/ENOSPC|disk is full|no space/i.test(text)) return 'The disk is full.';
  if (/EACCES|EPERM|EROFS|permission/i.test(text)) return 'Upstream is not allowed to write to its backups folder.';
  return 'Upstream could not write the backup file.';
}
