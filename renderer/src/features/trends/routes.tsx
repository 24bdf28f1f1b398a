import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router-dom';

// Trends screens load when opened: the charts (recharts) and the CSV reader stay out of start-up.
const TrendsScreen = lazy(() => import('./TrendsScreen').then((m) => ({ default: m.TrendsScreen })));
const CheckInsScreen = lazy(() => import('./CheckInsScreen').then((m) => ({ default: m.CheckInsScreen })));
const CheckInEditorScreen = lazy(() => import('./CheckInEditor').then((m) => ({ default: m.CheckInEditorScreen })));
const TallyImportScreen = lazy(() => import('./TallyImportScreen').then((m) => ({ default: m.TallyImportScreen })));
const SurveysScreen = lazy(() => import('./SurveysScreen').then((m) => ({ default: m.SurveysScreen })));
const SurveyImportScreen = lazy(() => import('./SurveyImportScreen').then((m) => ({ default: m.SurveyImportScreen })));
const ManualSurveyScreen = lazy(() => import('./ManualSurveyScreen').then((m) => ({ default: m.ManualSurveyScreen })));
const IndicatorsScreen = lazy(() => import('./IndicatorsScreen').then((m) => ({ default: m.IndicatorsScreen })));
const IndicatorEditorScreen = lazy(() => import('./IndicatorEditor').then((m) => ({ default: m.IndicatorEditorScreen })));
const TrendsReportPrint = lazy(() => import('./TrendsReportPrint').then((m) => ({ default: m.TrendsReportPrint })));

const loading = (page: ReactNode) => <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>;

/** Screens of term trends, inside the app frame. */
export const trendRoutes = (
  <>
    <Route path="trends" element={loading(<TrendsScreen />)} />
    <Route path="trends/check-ins" element={loading(<CheckInsScreen />)} />
    <Route path="trends/check-ins/new" element={loading(<CheckInEditorScreen />)} />
    <Route path="trends/check-ins/import" element={loading(<TallyImportScreen />)} />
    <Route path="trends/check-ins/:sessionId" element={loading(<CheckInEditorScreen />)} />
    <Route path="trends/surveys" element={loading(<SurveysScreen />)} />
    <Route path="trends/surveys/import" element={loading(<SurveyImportScreen />)} />
    <Route path="trends/surveys/enter" element={loading(<ManualSurveyScreen />)} />
    <Route path="trends/indicators" element={loading(<IndicatorsScreen />)} />
    <Route path="trends/indicators/new" element={loading(<IndicatorEditorScreen />)} />
    <Route path="trends/indicators/:indicatorId" element={loading(<IndicatorEditorScreen />)} />
  </>
);

/** Print views of term trends (no app frame). */
export const trendPrintRoutes = (
  <>
    <Route path="print/trends/report/:startYear/:term" element={loading(<TrendsReportPrint />)} />
  </>
);
