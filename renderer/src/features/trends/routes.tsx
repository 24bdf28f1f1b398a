import { Route } from 'react-router-dom';
import { lazyView } from '../../app/lazy-view';

// Trends screens load when opened: the charts (recharts) and the CSV reader stay out of start-up.
// The Dashboard loads TrendsScreen when idle, so opening Trends draws at once.
export const TrendsScreen = lazyView(() => import('./TrendsScreen').then((m) => m.TrendsScreen));
const CheckInsScreen = lazyView(() => import('./CheckInsScreen').then((m) => m.CheckInsScreen));
const CheckInEditorScreen = lazyView(() => import('./CheckInEditor').then((m) => m.CheckInEditorScreen));
const TallyImportScreen = lazyView(() => import('./TallyImportScreen').then((m) => m.TallyImportScreen));
const SurveysScreen = lazyView(() => import('./SurveysScreen').then((m) => m.SurveysScreen));
const SurveyImportScreen = lazyView(() => import('./SurveyImportScreen').then((m) => m.SurveyImportScreen));
const ManualSurveyScreen = lazyView(() => import('./ManualSurveyScreen').then((m) => m.ManualSurveyScreen));
const IndicatorsScreen = lazyView(() => import('./IndicatorsScreen').then((m) => m.IndicatorsScreen));
const IndicatorEditorScreen = lazyView(() => import('./IndicatorEditor').then((m) => m.IndicatorEditorScreen));
/** The governors' report print view (print-routes.tsx loads it ahead for exports and print windows). */
export const TrendsReportPrint = lazyView(() => import('./TrendsReportPrint').then((m) => m.TrendsReportPrint));

/** Screens of term trends, inside the app frame. */
export const trendRoutes = (
  <>
    <Route path="trends" element={<TrendsScreen />} />
    <Route path="trends/check-ins" element={<CheckInsScreen />} />
    <Route path="trends/check-ins/new" element={<CheckInEditorScreen />} />
    <Route path="trends/check-ins/import" element={<TallyImportScreen />} />
    <Route path="trends/check-ins/:sessionId" element={<CheckInEditorScreen />} />
    <Route path="trends/surveys" element={<SurveysScreen />} />
    <Route path="trends/surveys/import" element={<SurveyImportScreen />} />
    <Route path="trends/surveys/enter" element={<ManualSurveyScreen />} />
    <Route path="trends/indicators" element={<IndicatorsScreen />} />
    <Route path="trends/indicators/new" element={<IndicatorEditorScreen />} />
    <Route path="trends/indicators/:indicatorId" element={<IndicatorEditorScreen />} />
  </>
);

/** Print views of term trends (no app frame). */
export const trendPrintRoutes = (
  <>
    <Route path="print/trends/report/:startYear/:term" element={<TrendsReportPrint />} />
  </>
);
