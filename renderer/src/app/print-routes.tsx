import { Route } from 'react-router-dom';
import { PartnerPrint } from '../features/partners/PartnerPrint';
import { preloadResourcePrint, resourcePrintRoutes } from '../features/resources/routes';
import { TermDatesPrint } from '../features/settings/TermDatesPrint';
import { preloadTrendsPrint, trendPrintRoutes } from '../features/trends/routes';
import { preloadWorkshopPrint, workshopPrintRoutes } from '../features/workshops/routes';

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

/** Loads the code of the print view a route names (resolves at once for views already in). */
export function preloadPrintView(route: string): Promise<void> {
  return preloadWorkshopPrint(route) ?? preloadResourcePrint(route) ?? preloadTrendsPrint(route) ?? Promise.resolve();
}
