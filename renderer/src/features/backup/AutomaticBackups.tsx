import { useEffect } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform';
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
    const write = async () => {
      const backup = await createBackup(db, APP_VERSION);
      await platform.writeAutomaticBackup(JSON.stringify(backup));
    };
    void platform.listBackups().then(async (listing) => {
      if (!listing.supported) return;
      const newest = listing.backups[0];
      if (!newest || Date.now() - Date.parse(newest.createdAt) > DAY_MS) await write();
    }, () => undefined);
    return platform.onBackupRequest(() => void write().catch(() => undefined));
  }, [db]);
  return null;
}
