import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { PRINT_HEADER_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '@shared/print';
import '../styles/print.css';

/**
 * Where a print view is being rendered for an export (renderer/src/print/snapshot.tsx): told when
 * the document is ready instead of the view marking the window's <html>, which belongs to the app.
 */
export interface PrintHost {
  ready(document: { title: string; schoolName: string }): void;
}

export const PrintHostContext = createContext<PrintHost | null>(null);

/** Whether this print view is rendered for an export, in the app's window, rather than in a print window. */
export function useIsSnapshot(): boolean {
  return useContext(PrintHostContext) !== null;
}

/**
 * The frame of every printable document. Once its data has loaded (`ready`), it marks <html> so a
 * print window and the tests know they can print, and hands the school's name to the page header
 * template; rendered for an export, it tells the export instead.
 */
export function PrintDocument({ title, schoolName, ready, children }: { title: string; schoolName: string; ready: boolean; children: ReactNode }) {
  const host = useContext(PrintHostContext);
  useEffect(() => {
    if (host) {
      if (ready) host.ready({ title, schoolName });
      return;
    }
    document.title = title;
    const html = document.documentElement;
    html.classList.add('printing');
    html.setAttribute(PRINT_HEADER_ATTRIBUTE, schoolName);
    if (ready) html.setAttribute(PRINT_READY_ATTRIBUTE, '');
    return () => {
      html.classList.remove('printing');
      html.removeAttribute(PRINT_READY_ATTRIBUTE);
      html.removeAttribute(PRINT_HEADER_ATTRIBUTE);
    };
  }, [host, title, schoolName, ready]);
  return <main className="print-document">{children}</main>;
}
