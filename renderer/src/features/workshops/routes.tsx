import { Route } from 'react-router-dom';
import { WorkshopsScreen } from './WorkshopsScreen';

/** Screens of workshop plans, inside the app frame. */
export const workshopRoutes = (
  <>
    <Route path="workshops" element={<WorkshopsScreen />} />
  </>
);

/** Print views of workshop plans and campaign one-pagers (no app frame). */
export const workshopPrintRoutes = <></>;
