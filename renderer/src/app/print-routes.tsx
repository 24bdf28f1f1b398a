import { Route } from 'react-router-dom';
import { PartnerPrint } from '../features/partners/PartnerPrint';
import { ResourcePrint, resourcePrintRoutes } from '../features/resources/routes';
import { TermDatesPrint } from '../features/settings/TermDatesPrint';
import { trendPrintRoutes, TrendsReportPrint } from '../features/trends/routes';
import { workshopPrintRoutes, workshopPrintViews } from '../features/workshops/routes';
import { registerPrintViews } from '../print/print-views';
import type { LazyView } from './lazy-view';

/** Every printable document's route (no app frame): in a print window, and rendered for an export. */
export const printRoutes = (
  <>
    <Route path="print/term-dates" element={<TermDatesPrint />} />
    <Route path="print/partner/:partnerId" element={<PartnerPrint />} />
    {workshopPrintRoutes}
    {resourcePrintRoutes}
    {trendPrintRoutes}
  </>
);

/** The print views whose code loads on first use, by their routes (the others are in from the start). */
const LAZY_PRINT_VIEWS: [RegExp, LazyView][] = [
  [/^\/print\/workshop\/[^/]+\/handout$/, workshopPrintViews.handout],
  [/^\/print\/workshop\/[^/]+\/facilitator$/, workshopPrintViews.facilitator],
  [/^\/print\/workshop\/[^/]+\/slides$/, workshopPrintViews.slides],
  [/^\/print\/campaign\/[^/]+\/one-pager$/, workshopPrintViews['one-pager']],
  [/^\/print\/resource\//, ResourcePrint],
  [/^\/print\/trends\//, TrendsReportPrint],
];

/** Loads the code of the print view a route names (resolves at once for views already in). */
export function preloadPrintView(route: string): Promise<void> {
  const view = LAZY_PRINT_VIEWS.find(([pattern]) => pattern.test(route))?.[1];
  return view ? view.preload() : Promise.resolve();
}

registerPrintViews({ routes: printRoutes, preload: preloadPrintView });

// A window opened on a print route loads the view's code with the app, while the database opens.
if (typeof location !== 'undefined') void preloadPrintView(location.hash.slice(1));
