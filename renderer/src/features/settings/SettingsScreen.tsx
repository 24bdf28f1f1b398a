import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/platform';
import { useDatabase } from '../../db/DatabaseContext';
import { formatBytes, readStorageStatus, type StorageStatus } from '../../db/storage';
import { platform } from '../../platform';
import { documentFileName } from '@shared/print';
import { toIsoDate } from '@shared/calendar';
import { ExportPdfButton } from '../../print/ExportPdfButton';
import { PageHeader } from '../../ui/PageHeader';
import { BackupSection } from '../backup/BackupSection';
import { SampleSchoolControls } from '../sample-school/SampleSchoolControls';
import { TrendsSettingsSection } from '../trends/TrendsSettingsSection';
import { DocumentSettingsSection } from '../workshops/DocumentSettingsSection';
import { saveSchoolSettings, useSchoolSettings } from './queries';
import { SchoolSettingsForm } from './SchoolSettingsForm';

export function SettingsScreen() {
  const db = useDatabase();
  const settings = useSchoolSettings();
  return (
    <>
      <PageHeader
        title="Settings"
        actions={
          settings ? (
            <ExportPdfButton route="/print/term-dates" kind="a4" label="Export term dates (PDF)" suggestedName={documentFileName(toIsoDate(new Date()), settings.name, 'term dates')} />
          ) : null
        }
      >
        Your school’s details, term dates and how Upstream protects small numbers.
      </PageHeader>
      {settings ? (
        <SchoolSettingsForm
          initial={settings}
          submitLabel="Save settings"
          onSave={async (draft) => {
            await saveSchoolSettings(db, { ...settings, ...draft });
          }}
        />
      ) : (
        <p role="status">Loading your settings…</p>
      )}
      <DocumentSettingsSection />
      <TrendsSettingsSection />
      <BackupSection />
      <SampleSchoolControls />
      <StorageSection />
      <AboutSection />
    </>
  );
}

function StorageSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let live = true;
    void readStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="form-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      {status === null ? (
        <p role="status">Checking storage…</p>
      ) : (
        <dl className="facts">
          <dt>Kept safe from clean-ups</dt>
          <dd>
            {status.persisted === true
              ? 'Yes: this computer will not clear Upstream’s data to save space.'
              : status.persisted === 'unsupported'
                ? 'This system does not say.'
                : 'Not yet: this computer may clear Upstream’s data if it runs very low on space. Back up regularly.'}
          </dd>
          <dt>Space used</dt>
          <dd>
            {status.usageBytes !== undefined ? formatBytes(status.usageBytes) : 'Unknown'}
            {status.quotaBytes !== undefined ? ` of ${formatBytes(status.quotaBytes)} available` : ''}
          </dd>
        </dl>
      )}
    </section>
  );
}

function AboutSection() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.getAppInfo().then(setInfo, () => setInfo(null));
  }, []);
  return (
    <section className="form-section" aria-labelledby="about-heading">
      <h2 id="about-heading">About Upstream</h2>
      {info ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running as</dt>
          <dd>{info.host === 'electron' ? 'Desktop app' : 'Browser (manual backups only)'}</dd>
          <dt>Where your data lives</dt>
          <dd>{info.userDataPath ? <code>{info.userDataPath}</code> : 'In this browser’s storage for this site, on this computer only.'}</dd>
        </dl>
      ) : (
        <p role="status">Loading…</p>
      )}
    </section>
  );
}
