/**
 * An export renders its print view here, in the app's own window where the data and the code are
 * already loaded, into a detached element (nothing on screen changes, nothing is laid out), then
 * hands the finished document to the platform to print as a plain page. The print window runs no
 * script of its own and never opens the database.
 */
import { createRoot } from 'react-dom/client';
import { MemoryRouter, Routes } from 'react-router-dom';
import type { PrintSnapshot, PrintStyle } from '@shared/print';
import type { UpstreamDatabase } from '../db/database';
import { DatabaseProvider } from '../db/DatabaseContext';
import { PrintHostContext, type PrintHost } from './PrintDocument';
import { printViews } from './print-views';

export class PrintSnapshotError extends Error {}

/** How long the document must stay unchanged after it says it is ready (a chart may draw in a second pass). */
const SETTLE_MS = 30;

/** The app's stylesheets: by URL when they are files (a built app), as text when injected (development). */
export function collectStyles(doc: Document = document): PrintStyle[] {
  const styles: PrintStyle[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    if (sheet.href) {
      styles.push({ href: sheet.href });
      continue;
    }
    try {
      const base = doc.baseURI;
      const css = Array.from(sheet.cssRules, (rule) => rule.cssText)
        .join('\n')
        .replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (_match, _quote: string, url: string) => `url("${url.startsWith('data:') ? url : new URL(url, base).href}")`);
      styles.push({ css });
    } catch {
      // A stylesheet that cannot be read adds nothing the print views need.
    }
  }
  return styles;
}

/**
 * The document's HTML without style attributes. The browser build's print frame runs under the
 * page's policy (style-src 'self'), which drops every inline style and logs a violation for each;
 * the desktop app would apply them. Removing them keeps both printing the same document, styled by
 * the app's stylesheets only (the charts' sizes are also in their SVG width and height).
 */
export function withoutInlineStyles(container: HTMLElement): string {
  const copy = container.cloneNode(true) as HTMLElement;
  for (const element of Array.from(copy.querySelectorAll('[style]'))) element.removeAttribute('style');
  return copy.innerHTML;
}

/**
 * Renders the print view for `route` (e.g. "/print/workshop/abc/handout") and resolves with it once
 * its data and logo are in. Rejects with a PrintSnapshotError if it is not ready in `timeoutMs`.
 */
export async function snapshotPrintRoute(db: UpstreamDatabase, route: string, timeoutMs = 30_000): Promise<PrintSnapshot> {
  const views = printViews();
  await views.preload(route);
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    const ready = await new Promise<{ title: string; schoolName: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new PrintSnapshotError('The document did not finish loading, so it could not be exported. Try again.')), timeoutMs);
      let settleTimer: ReturnType<typeof setTimeout> | undefined;
      let latest: { title: string; schoolName: string } | undefined;
      // Take the document once it has said it is ready and then stayed the same for a moment.
      const settle = () => {
        clearTimeout(settleTimer);
        settleTimer = setTimeout(() => {
          observer.disconnect();
          clearTimeout(timer);
          if (latest) resolve(latest);
        }, SETTLE_MS);
      };
      const observer = new MutationObserver(() => {
        if (latest) settle();
      });
      observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
      const host: PrintHost = {
        ready: (document) => {
          latest = document;
          settle();
        },
      };
      root.render(
        <DatabaseProvider db={db}>
          <PrintHostContext.Provider value={host}>
            <MemoryRouter initialEntries={[route]}>
              <Routes>{views.routes}</Routes>
            </MemoryRouter>
          </PrintHostContext.Provider>
        </DatabaseProvider>,
      );
    });
    return { ...ready, body: withoutInlineStyles(container), styles: collectStyles() };
  } finally {
    root.unmount();
  }
}
