import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { WorkshopsScreen } from './WorkshopsScreen';

// The editor and the print views (react-markdown, print fonts) load when opened, not at start-up.
const WorkshopEditorScreen = lazy(() => import('./WorkshopEditor').then((m) => ({ default: m.WorkshopEditorScreen })));
const WorkshopTemplatesScreen = lazy(() => import('./WorkshopTemplatesScreen').then((m) => ({ default: m.WorkshopTemplatesScreen })));
const printViews = {
  handout: () => import('./print/HandoutPrint').then((m) => ({ default: m.HandoutPrint })),
  facilitator: () => import('./print/FacilitatorPrint').then((m) => ({ default: m.FacilitatorPrint })),
  slides: () => import('./print/SlidesPrint').then((m) => ({ default: m.SlidesPrint })),
  'one-pager': () => import('./print/CampaignOnePagerPrint').then((m) => ({ default: m.CampaignOnePagerPrint })),
};
const HandoutPrint = lazy(printViews.handout);
const FacilitatorPrint = lazy(printViews.facilitator);
const SlidesPrint = lazy(printViews.slides);
const CampaignOnePagerPrint = lazy(printViews['one-pager']);

// An export opens its print route in a fresh window. Start loading that view's code (and its fonts)
// with the app, while the database opens, instead of after the school's settings have been read.
const printRoute = typeof location === 'undefined' ? null : /^#\/print\/(?:workshop|campaign)\/[^/]+\/(handout|facilitator|slides|one-pager)\b/.exec(location.hash);
if (printRoute) void printViews[printRoute[1] as keyof typeof printViews]().catch(() => undefined);

const loading = (page: ReactNode) => <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>;

/** Screens of workshop plans, inside the app frame. */
export const workshopRoutes = (
  <>
    <Route path="workshops" element={<WorkshopsScreen />} />
    <Route path="workshops/new" element={loading(<WorkshopEditorScreen />)} />
    <Route path="workshops/templates" element={loading(<WorkshopTemplatesScreen />)} />
    <Route path="workshops/:planId" element={loading(<WorkshopEditorScreen />)} />
  </>
);

/** Print views of workshop plans and campaign one-pagers (no app frame). */
export const workshopPrintRoutes = (
  <>
    <Route path="print/workshop/:planId/handout" element={loading(<HandoutPrint />)} />
    <Route path="print/workshop/:planId/facilitator" element={loading(<FacilitatorPrint />)} />
    <Route path="print/workshop/:planId/slides" element={loading(<SlidesPrint />)} />
    <Route path="print/campaign/:campaignId/one-pager" element={loading(<CampaignOnePagerPrint />)} />
  </>
);
