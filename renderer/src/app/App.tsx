import { useCallback, useEffect, useState } from 'react';
import { createHashRouter, Route, RouterProvider, Routes } from 'react-router-dom';
import type { UpstreamDatabase } from '../db/database';
import { DatabaseProvider } from '../db/DatabaseContext';
import { isOpenFailure, openDatabase, type OpenFailure } from '../db/open';
import { requestPersistentStorage } from '../db/storage';
import { ActivityEditorScreen } from '../features/campaigns/ActivityEditor';
import { CampaignEditorScreen } from '../features/campaigns/CampaignEditor';
import { CampaignPage } from '../features/campaigns/CampaignPage';
import { CampaignsScreen } from '../features/campaigns/CampaignsScreen';
import { TemplatesScreen } from '../features/campaigns/TemplatesScreen';
import { YearPlannerScreen } from '../features/campaigns/YearPlannerScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { FirstRunScreen } from '../features/first-run/FirstRunScreen';
import { PartnerEditorScreen } from '../features/partners/PartnerEditor';
import { PartnerPage } from '../features/partners/PartnerPage';
import { PartnersScreen } from '../features/partners/PartnersScreen';
import { PrivacyScreen } from '../features/privacy/PrivacyScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { resourceRoutes } from '../features/resources/routes';
import { BuiltInResourceSync } from '../features/resources/BuiltInResourceSync';
import { trendRoutes } from '../features/trends/routes';
import { workshopRoutes } from '../features/workshops/routes';
import { useSchoolSettings } from '../features/settings/queries';
import { AutomaticBackups } from '../features/backup/AutomaticBackups';
import { removeLeftoverRestores } from '../features/backup/backup';
import { ToastProvider } from '../ui/Toasts';
import { DatabaseErrorScreen } from './DatabaseErrorScreen';
import { Layout } from './Layout';
import { printRoutes } from './print-routes';

/**
 * A window opened to print one document (the shell's hidden window, the browser's print frame)
 * reads data only: no built-in sync, no automatic backup.
 */
const isPrintWindow = typeof window !== 'undefined' && window.location.hash.startsWith('#/print/');

type OpenState = { state: 'opening' } | { state: 'open'; db: UpstreamDatabase } | { state: 'failed'; failure: OpenFailure };

/** Opens the database, then shows first run or the app. Never a blank window. */
export function App({ databaseName }: { databaseName?: string }) {
  const [open, setOpen] = useState<OpenState>({ state: 'opening' });
  // A data router (rather than a plain one) so an editor can ask before the lead leaves with unsaved
  // changes; the routes themselves stay as elements in AppRoutes.
  const [router] = useState(() => createHashRouter([{ path: '*', element: <AppRoutes /> }]));

  const start = useCallback(() => {
    setOpen({ state: 'opening' });
    // A window closed mid-restore leaves its scratch copy of the school's data: remove it first.
    const tidied = isPrintWindow ? Promise.resolve() : removeLeftoverRestores().then(() => undefined, () => undefined);
    tidied.then(() => openDatabase(databaseName)).then(
      (db) => setOpen({ state: 'open', db }),
      (error: unknown) =>
        setOpen({
          state: 'failed',
          failure: isOpenFailure(error) ? error : { kind: 'failed', title: 'Upstream could not open your data', advice: 'Try again.', detail: String(error) },
        }),
    );
  }, [databaseName]);

  useEffect(() => {
    start();
    void requestPersistentStorage();
  }, [start]);

  if (open.state === 'opening') return <p className="startup" role="status">Opening Upstream…</p>;
  if (open.state === 'failed') return <DatabaseErrorScreen failure={open.failure} onRetry={start} />;
  return (
    <DatabaseProvider db={open.db}>
      {isPrintWindow ? null : <BuiltInResourceSync />}
      <ToastProvider>
        {isPrintWindow ? null : <AutomaticBackups />}
        {/* A screen opens in the click that asks for it: its data is local, so there is nothing to wait
            for, and the first frame of the new screen is not held back behind a transition. */}
        <RouterProvider router={router} useTransitions={false} />
      </ToastProvider>
    </DatabaseProvider>
  );
}

function AppRoutes() {
  const settings = useSchoolSettings();
  if (settings === undefined) return <p className="startup" role="status">Opening Upstream…</p>;
  if (settings === null) return <FirstRunScreen />;
  return (
    <Routes>
      {printRoutes}
      <Route element={<Layout />}>
        <Route index element={<DashboardScreen />} />
        <Route path="campaigns" element={<CampaignsScreen />} />
        <Route path="campaigns/new" element={<CampaignEditorScreen />} />
        <Route path="campaigns/templates" element={<TemplatesScreen />} />
        <Route path="campaigns/planner" element={<YearPlannerScreen />} />
        <Route path="campaigns/:campaignId" element={<CampaignPage />} />
        <Route path="campaigns/:campaignId/edit" element={<CampaignEditorScreen />} />
        <Route path="campaigns/:campaignId/activities/new" element={<ActivityEditorScreen />} />
        <Route path="campaigns/:campaignId/activities/:activityId" element={<ActivityEditorScreen />} />
        {workshopRoutes}
        {resourceRoutes}
        {trendRoutes}
        <Route path="partners" element={<PartnersScreen />} />
        <Route path="partners/new" element={<PartnerEditorScreen />} />
        <Route path="partners/:partnerId" element={<PartnerPage />} />
        <Route path="partners/:partnerId/edit" element={<PartnerEditorScreen />} />
        <Route path="settings" element={<SettingsScreen />} />
        <Route path="privacy" element={<PrivacyScreen />} />
        <Route path="*" element={<DashboardScreen />} />
      </Route>
    </Routes>
  );
}
