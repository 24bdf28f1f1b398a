import { useMemo } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { initialSettingsDraft, saveSchoolSettings } from '../settings/queries';
import { SchoolSettingsForm } from '../settings/SchoolSettingsForm';
import { PageHeader } from '../../ui/PageHeader';
import { SampleSchoolControls } from '../sample-school/SampleSchoolControls';

/** Shown until the school has a name and term dates: greets the lead and asks for the essentials. */
export function FirstRunScreen() {
  const db = useDatabase();
  const initial = useMemo(() => initialSettingsDraft(), []);
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
    </main>
  );
}
