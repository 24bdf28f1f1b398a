import { Route } from 'react-router-dom';
import { lazyView } from '../../app/lazy-view';
import { WorkshopsScreen } from './WorkshopsScreen';

// The editor and the print views (react-markdown, print fonts) load when opened, not at start-up.
const WorkshopEditorScreen = lazyView(() => import('./WorkshopEditor').then((m) => m.WorkshopEditorScreen));
const WorkshopTemplatesScreen = lazyView(() => import('./WorkshopTemplatesScreen').then((m) => m.WorkshopTemplatesScreen));
const HandoutPrint = lazyView(() => import('./print/HandoutPrint').then((m) => m.HandoutPrint));
const FacilitatorPrint = lazyView(() => import('./print/FacilitatorPrint').then((m) => m.FacilitatorPrint));
const SlidesPrint = lazyView(() => import('./print/SlidesPrint').then((m) => m.SlidesPrint));
const CampaignOnePagerPrint = lazyView(() => import('./print/CampaignOnePagerPrint').then((m) => m.CampaignOnePagerPrint));
/** The print views, by the last part of their route (print-routes.tsx loads them ahead for exports and print windows). */
export const workshopPrintViews = { handout: HandoutPrint, facilitator: FacilitatorPrint, slides: SlidesPrint, 'one-pager': CampaignOnePagerPrint };

/** Screens of workshop plans, inside the app frame. */
export const workshopRoutes = (
  <>
    <Route path="workshops" element={<WorkshopsScreen />} />
    <Route path="workshops/new" element={<WorkshopEditorScreen />} />
    <Route path="workshops/templates" element={<WorkshopTemplatesScreen />} />
    <Route path="workshops/:planId" element={<WorkshopEditorScreen />} />
  </>
);

/** Print views of workshop plans and campaign one-pagers (no app frame). */
export const workshopPrintRoutes = (
  <>
    <Route path="print/workshop/:planId/handout" element={<HandoutPrint />} />
    <Route path="print/workshop/:planId/facilitator" element={<FacilitatorPrint />} />
    <Route path="print/workshop/:planId/slides" element={<SlidesPrint />} />
    <Route path="print/campaign/:campaignId/one-pager" element={<CampaignOnePagerPrint />} />
  </>
);
