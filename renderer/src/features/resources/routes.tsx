import { Route } from 'react-router-dom';
import { lazyView } from '../../app/lazy-view';
import { ResourcesScreen } from './ResourcesScreen';

// Pages that render markdown load react-markdown with them, after start-up, not before.
const ResourcePage = lazyView(() => import('./ResourcePage').then((m) => m.ResourcePage));
const ResourceEditorScreen = lazyView(() => import('./ResourceEditor').then((m) => m.ResourceEditorScreen));
/** The resource handout's print view (print-routes.tsx loads it ahead for exports and print windows). */
export const ResourcePrint = lazyView(() => import('./ResourcePrint').then((m) => m.ResourcePrint));
const ImportResources = lazyView(() => import('./ImportResources').then((m) => m.ImportResources));

/** Screens of the resource library, inside the app frame. */
export const resourceRoutes = (
  <>
    <Route path="resources" element={<ResourcesScreen />} />
    <Route path="resources/new" element={<ResourceEditorScreen />} />
    <Route path="resources/import" element={<ImportResources />} />
    <Route path="resources/:resourceId" element={<ResourcePage />} />
    <Route path="resources/:resourceId/edit" element={<ResourceEditorScreen />} />
  </>
);

/** Print views of the resource library (no app frame). */
export const resourcePrintRoutes = (
  <>
    <Route path="print/resource/:resourceId" element={<ResourcePrint />} />
  </>
);
