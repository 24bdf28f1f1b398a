import { useEffect } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform';
import { MAX_BACKUP_BYTES } from '@shared/backup';
import { describeAutomaticBackupFailure, recordAutomaticBackupResult } from './automatic-status';
import { createBackup } from './backup';

const DAY_MS = 24 * 60 * 60 * 1000;
const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? 'dev';

/**
 * In the desktop app: a backup at most daily (checked at start) and one whenever the shell asks
 * before quitting. Renders nothing; the browser build has no automatic backups.
 */
export function AutomaticBackups() {
  const db = useDatabase();
  useEffect(() => {
    // Every outcome is recorded: a failure stays on the Dashboard and in Settings until one succeeds.
    const write = async () => {
      let size: number | undefined;
      try {
        const text = JSON.stringify(await createBackup(db, APP_VERSION));
        size = text.length;
        if (size > MAX_BACKUP_BYTES) throw new Error('The backup is too large');
        await platform.writeAutomaticBackup(text);
        recordAutomaticBackupResult({ ok: true, at: new Date().toISOString() });
      } catch (error) {
        recordAutomaticBackupResult({ ok: false, at: new Date().toISOString(), message: describeAutomaticBackupFailure(error, size) });
        throw error;
      }
    };
    void platform.listBackups().then(async (listing) => {
      if (!listing.supported) return;
      const newest = listing.backups[0];
      if (!newest || Date.now() - Date.parse(newest.createdAt) > DAY_MS) await write();
    }).catch(() => undefined);
    return platform.onBackupRequest(() => void write().catch(() => undefined));
  }, [db]);
  return null;
}
