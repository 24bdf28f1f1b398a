import { Route } from 'react-router-dom';
import { TrendsScreen } from './TrendsScreen';

/** Screens of term trends, inside the app frame. */
export const trendRoutes = (
  <>
    <Route path="trends" element={<TrendsScreen />} />
  </>
);

/** Print views of term trends (no app frame). */
export const trendPrintRoutes = <></>;
