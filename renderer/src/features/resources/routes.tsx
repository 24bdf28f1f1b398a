import { Route } from 'react-router-dom';
import { ResourcesScreen } from './ResourcesScreen';

/** Screens of the resource library, inside the app frame. */
export const resourceRoutes = (
  <>
    <Route path="resources" element={<ResourcesScreen />} />
  </>
);

/** Print views of the resource library (no app frame). */
export const resourcePrintRoutes = <></>;
