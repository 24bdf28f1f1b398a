import { useEffect, type ReactNode } from 'react';
import { PRINT_HEADER_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '@shared/print';
import '../styles/print.css';

/**
 * The frame of every printable document. Once its data has loaded (`ready`), it marks <html> so
 * the shell's hidden window, the browser's print frame and the tests know they can print, and
 * hands the school's name to the page header template.
 */
export function PrintDocument({ title, schoolName, ready, children }: { title: string; schoolName: string; ready: boolean; children: ReactNode }) {
  useEffect(() => {
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
  }, [title, schoolName, ready]);
  return <main className="print-document">{children}</main>;
}
