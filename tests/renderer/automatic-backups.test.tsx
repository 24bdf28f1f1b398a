import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlatformApi } from '@shared/platform';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import { platform } from '../../renderer/src/platform';
import { AutomaticBackupAlert } from '../../renderer/src/features/backup/AutomaticBackupAlert';
import { AutomaticBackups } from '../../renderer/src/features/backup/AutomaticBackups';
import { readAutomaticBackupResult, recordAutomaticBackupResult } from '../../renderer/src/features/backup/automatic-status';

let db: UpstreamDatabase;
beforeEach(async () => {
  localStorage.clear();
  db = new UpstreamDatabase(`auto-backup-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(() => vi.restoreAllMocks());

function renderShell() {
  return render(
    <DatabaseProvider db={db}>
      <MemoryRouter>
        <AutomaticBackups />
        <AutomaticBackupAlert showSettingsLink />
      </MemoryRouter>
    </DatabaseProvider>,
  );
}

function desktop(write: PlatformApi['writeAutomaticBackup']) {
  vi.spyOn(platform, 'listBackups').mockResolvedValue({ supported: true, folder: '/home/lead/.config/Upstream/backups', backups: [] });
  vi.spyOn(platform, 'writeAutomaticBackup').mockImplementation(write);
}

describe('automatic backups', () => {
  it('shows a failed automatic backup until a later one succeeds', async () => {
    desktop(async () => {
      throw new Error('ENOSPC: no space left on device');
    });
    const first = renderShell();
    expect(await screen.findByRole('alert')).toHaveTextContent(/The automatic backup on .* failed: The disk is full\. Upstream will try again/);
    expect(screen.getByRole('link', { name: 'Back up now in Settings' })).toBeVisible();
    expect(readAutomaticBackupResult()).toMatchObject({ ok: false });
    first.unmount();

    // Still shown after a restart, before the next attempt.
    vi.spyOn(platform, 'listBackups').mockResolvedValue({ supported: true, folder: '/x', backups: [{ name: 'upstream-backup-2099-01-01T00-00-00Z.json', createdAt: '2099-01-01T00:00:00Z', sizeBytes: 10 }] });
    const second = renderShell();
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full.');
    second.unmount();

    desktop(async () => ({ name: 'upstream-backup-2026-11-24T09-00-00Z.json' }));
    renderShell();
    await waitFor(() => expect(readAutomaticBackupResult()).toMatchObject({ ok: true }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows nothing when there is no result yet, or the last one succeeded', () => {
    render(
      <MemoryRouter>
        <AutomaticBackupAlert />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    recordAutomaticBackupResult({ ok: true, at: new Date().toISOString() });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
