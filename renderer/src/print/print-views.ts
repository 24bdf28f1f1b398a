/**
 * The printable documents' routes, as the app registers them at start-up (app/print-routes.tsx).
 * print/ renders and exports them without importing the features that define them, so features can
 * use the export button without an import cycle.
 */
import type { ReactNode } from 'react';

export interface PrintViews {
  /** Every print route, for a <Routes> with no app frame. */
  routes: ReactNode;
  /** Loads the code of the view a route names (resolves at once for views already in). */
  preload(route: string): Promise<void>;
}

let registered: PrintViews | undefined;

export function registerPrintViews(views: PrintViews): void {
  registered = views;
}

export function printViews(): PrintViews {
  if (!registered) throw new Error('The print views are registered by app/print-routes.tsx, which the app loads at start-up.');
  return registered;
}

/** Loads a print view's code ahead of an export; does nothing before the app has registered its views. */
export function preloadPrintView(route: string): Promise<void> {
  return registered ? registered.preload(route) : Promise.resolve();
}
