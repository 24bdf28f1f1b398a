import { useEffect, useState, type ChangeEvent } from 'react';
import { formatDateLong, toIsoDate } from '@shared/calendar';
import { MAX_BACKUP_BYTES, type BackupFile } from '@shared/backup';
import type { BackupListing } from '@shared/platform';
import { documentFileName } from '@shared/print';
import { useDatabase } from '../../db/DatabaseContext';
import { formatBytes } from '../../db/storage';
import { platform } from '../../platform';
import { countRecords, createBackup, inspectBackup, restoreBackup } from './backup';
import { ReplacedTables } from './ReplacedTables';
import { AutomaticBackupAlert } from './AutomaticBackupAlert';

const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? 'dev';

type Pending = { source: string; backup: BackupFile; now: Record<string, number> };

/**
 * "Back up now", restore from a file or an automatic backup, and the automatic backups list.
 * On first run only restoring makes sense (`restoreOnly`).
 */
export function BackupSection({ restoreOnly = false }: { restoreOnly?: boolean }) {
  const db = useDatabase();
  const [listing, setListing] = useState<BackupListing | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = () => void platform.listBackups().then(setListing, () => setListing({ supported: false, backups: [] }));
  useEffect(refresh, []);

  const backUpNow = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const backup = await createBackup(db, APP_VERSION);
      const result = await platform.saveFile({
        suggestedName: documentFileName(toIsoDate(new Date()), backup.school ?? 'Upstream', 'Upstream backup', 'json'),
        data: JSON.stringify(backup),
        mimeType: 'application/json',
        filters: [{ name: 'Upstream backup', extensions: ['json'] }],
      });
      if (result.status === 'saved') {
        await db.audit.add({ at: new Date().toISOString(), action: 'backup', subject: 'Backup file', count: Object.values(backup.counts).reduce((a, b) => a + b, 0) });
        setMessage({ tone: 'ok', text: 'Backup saved. Keep it somewhere safe, such as your school’s secure storage.' });
      } else if (result.status === 'failed') setMessage({ tone: 'error', text: result.message });
    } catch {
      setMessage({ tone: 'error', text: 'Upstream could not make the backup. Try again.' });
    } finally {
      setBusy(false);
    }
  };

  const check = async (source: string, text: string) => {
    setMessage(null);
    const result = await inspectBackup(text);
    if (result.ok) setPending({ source, backup: result.backup, now: await countRecords(db) });
    else {
      setPending(null);
      setMessage({ tone: 'error', text: result.message });
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // The same limit as saving and automatic backups, checked before a byte is read.
    if (file.size > MAX_BACKUP_BYTES) {
      setPending(null);
      setMessage({ tone: 'error', text: `This file is larger than any Upstream backup can be (${MAX_BACKUP_BYTES / 1024 / 1024} MB). Nothing has been changed.` });
      return;
    }
    await check(file.name, await file.text());
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreBackup(db, pending.backup);
      setPending(null);
      setMessage({ tone: 'ok', text: `Restored the backup of ${formatDateLong(pending.backup.createdAt.slice(0, 10))}.` });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : 'The restore did not complete. Nothing has been changed.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{restoreOnly ? 'Moving from another computer?' : 'Backups'}</h2>
      <p className="form-section__lede">
        {restoreOnly
          ? 'Restore an Upstream backup file to carry on where you left off.'
          : 'A backup is one file holding everything in Upstream. Restoring one replaces all your data in a single step that either completes or changes nothing.'}
      </p>
      <div className="actions-row">
        {restoreOnly ? null : (
          <button type="button" className="button button--primary" onClick={backUpNow} disabled={busy}>
            Back up now
          </button>
        )}
        <label className="button button--secondary file-button">
          Restore from a backup file…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={chooseFile} disabled={busy} />
        </label>
      </div>
      {pending ? (
        <div className="restore-preview" role="region" aria-label="Backup to restore">
          <h3>Restore this backup?</h3>
          <dl className="facts">
            <dt>From</dt>
            <dd>{pending.source}</dd>
            <dt>Made</dt>
            <dd>{formatDateLong(pending.backup.createdAt.slice(0, 10))}</dd>
            <dt>School</dt>
            <dd>{pending.backup.school ?? 'Not set'}</dd>
            <dt>Holds</dt>
            <dd>
              {pending.backup.counts['campaigns'] ?? 0} campaigns, {pending.backup.counts['activities'] ?? 0} activities, {pending.backup.counts['resources'] ?? 0} resources,{' '}
              {pending.backup.counts['workshopPlans'] ?? 0} workshop plans, {pending.backup.counts['checkIns'] ?? 0} drop-in sessions, {pending.backup.counts['partners'] ?? 0} partners
            </dd>
          </dl>
          <p>Restoring replaces everything in Upstream now with what this backup holds.</p>
          <ReplacedTables now={pending.now} after={pending.backup.counts} />
          <div className="actions-row">
            <button type="button" className="button button--primary" onClick={restore} disabled={busy}>
              Replace my data with this backup
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPending(null)} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'field__error' : 'form-actions__status'}>
          {message.text}
        </p>
      ) : null}
      {restoreOnly ? null : <h3>Automatic backups</h3>}
      {restoreOnly ? null : <AutomaticBackupAlert />}
      {restoreOnly ? null : listing === null ? (
        <p role="status">Checking…</p>
      ) : !listing.supported ? (
        <p>In the browser, Upstream cannot save backups by itself: use Back up now regularly. The desktop app backs up automatically every day and when you quit, keeping the last 14.</p>
      ) : (
        <>
          <p>
            Upstream backs up every day and when you quit, keeping the last 14, in <code>{listing.folder}</code>.{' '}
            <button type="button" className="button button--small button--secondary" onClick={() => void platform.openBackupFolder()}>
              Open folder
            </button>
          </p>
          {listing.backups.length === 0 ? (
            <p>No automatic backups yet.</p>
          ) : (
            <ul className="week-list">
              {listing.backups.map((b) => (
                <li key={b.name}>
                  <span>
                    {new Date(b.createdAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })} · {formatBytes(b.sizeBytes)}
                  </span>
                  <button type="button" className="button button--small button--secondary" onClick={async () => check(`Automatic backup of ${new Date(b.createdAt).toLocaleString('en-GB')}`, await platform.readAutomaticBackup(b.name))}>
                    Restore this one
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
