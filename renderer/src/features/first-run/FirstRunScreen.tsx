import { useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useDatabase } from '../../db/DatabaseContext';
import { initialSettingsDraft, saveSchoolSettings } from '../settings/queries';
import { SchoolSettingsForm } from '../settings/SchoolSettingsForm';
import { PageHeader } from '../../ui/PageHeader';
import { BackupSection } from '../backup/BackupSection';
import { SampleSchoolControls } from '../sample-school/SampleSchoolControls';

/** Shown until the school has a name and term dates: greets the lead and asks for the essentials. */
export function FirstRunScreen() {
  const db = useDatabase();
  const initial = useMemo(() => initialSettingsDraft(), []);
  const location = useLocation();
  const navigate = useNavigate();
  // First run stands in for every screen; once a school exists (typed, restored or the sample),
  // the app should open on the dashboard, not on whatever page was showing before.
  useEffect(() => {
    if (location.pathname !== '/') navigate('/', { replace: true });
  }, [location.pathname, navigate]);
  return (
    <main className="first-run" id="main">
      <PageHeader title="Welcome to Upstream">
        Plan wellbeing campaigns with your Mental Health Support Team, keep your resources in one place and see how things change term by term. Everything
        stays on this computer. First, tell Upstream about your school; you can change any of this later in Settings.
      </PageHeader>
      <SchoolSettingsForm
        initial={initial}
        compact
        submitLabel="Start using Upstream"
        onSave={async (draft) => {
          await saveSchoolSettings(db, draft);
        }}
      />
      <SampleSchoolControls compact />
      <BackupSection restoreOnly />
    </main>
  );
}
