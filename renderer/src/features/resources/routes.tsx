import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { ResourcesScreen } from './ResourcesScreen';

// Pages that render markdown load react-markdown with them, after start-up, not before.
const ResourcePage = lazy(() => import('./ResourcePage').then((m) => ({ default: m.ResourcePage })));
const ResourceEditorScreen = lazy(() => import('./ResourceEditor').then((m) => ({ default: m.ResourceEditorScreen })));
const ResourcePrint = lazy(() => import('./ResourcePrint').then((m) => ({ default: m.ResourcePrint })));
const ImportResources = lazy(() => import('./ImportResources').then((m) => ({ default: m.ImportResources })));

const loading = (page: ReactNode) => <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>;

/** Screens of the resource library, inside the app frame. */
export const resourceRoutes = (
  <>
    <Route path="resources" element={<ResourcesScreen />} />
    <Route path="resources/new" element={loading(<ResourceEditorScreen />)} />
    <Route path="resources/import" element={loading(<ImportResources />)} />
    <Route path="resources/:resourceId" element={loading(<ResourcePage />)} />
    <Route path="resources/:resourceId/edit" element={loading(<ResourceEditorScreen />)} />
  </>
);

/** Print views of the resource library (no app frame). */
export const resourcePrintRoutes = (
  <>
    <Route path="print/resource/:resourceId" element={loading(<ResourcePrint />)} />
  </>
);
