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
const printViews = { handout: HandoutPrint, facilitator: FacilitatorPrint, slides: SlidesPrint, 'one-pager': CampaignOnePagerPrint };

/** Starts loading the code of the print view a route names, if it is one of these. */
export function preloadWorkshopPrint(route: string): Promise<void> | undefined {
  const match = /^\/print\/(?:workshop|campaign)\/[^/]+\/(handout|facilitator|slides|one-pager)\b/.exec(route);
  return match ? printViews[match[1] as keyof typeof printViews].preload() : undefined;
}

// A window opened on a print route loads the view's code with the app, while the database opens.
if (typeof location !== 'undefined') void preloadWorkshopPrint(location.hash.slice(1));

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
