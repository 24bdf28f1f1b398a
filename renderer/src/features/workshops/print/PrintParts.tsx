/**
 * Pieces every workshop and campaign document shares: the masthead with the school's name and logo,
 * safe markdown for resource tips, where to get help, and knowing when the page is ready to print
 * (data loaded, logo decoded or given up on, bundled fonts loaded).
 */
import { useEffect, useState } from 'react';
import { fillPlaceholders } from '@shared/builtin-resources';
import type { SchoolSettings } from '@shared/domain';
import { PRINT_FACES, waitForPrintFonts } from '@shared/print';
import { withoutRepeatedTitle } from '@shared/markdown-safety';
import { useIsSnapshot } from '../../../print/PrintDocument';
import { SafeMarkdown } from '../../../ui/SafeMarkdown';
import { NATIONAL_HELPLINES } from '../labels';

// Ask for the bundled print fonts as soon as a print view's code has arrived (its stylesheet holds the
// @font-face rules), so they download while the data is read rather than after the first layout.
if (typeof document !== 'undefined' && document.fonts) {
  for (const weight of ['400', '700']) void document.fonts.load(`${weight} 11pt "Upstream Print Sans"`).catch(() => undefined);
}

export type LogoState = { state: 'none' } | { state: 'loading' } | { state: 'ready'; src: string } | { state: 'broken' };

/**
 * Decodes the school's logo before printing. A logo that cannot be decoded (a damaged file) is
 * left out rather than printed as a broken image, and never holds the document up.
 */
export function useLogo(dataUrl: string | undefined): LogoState {
  const [state, setState] = useState<LogoState>(dataUrl ? { state: 'loading' } : { state: 'none' });
  useEffect(() => {
    if (!dataUrl) {
      setState({ state: 'none' });
      return;
    }
    if (!/^data:image\/(png|jpeg|svg\+xml);base64,/.test(dataUrl)) {
      setState({ state: 'broken' });
      return;
    }
    let live = true;
    setState({ state: 'loading' });
    const image = new Image();
    const settle = (next: LogoState) => live && setState(next);
    image.onload = () => settle(image.naturalWidth > 0 || dataUrl.startsWith('data:image/svg') ? { state: 'ready', src: dataUrl } : { state: 'broken' });
    image.onerror = () => settle({ state: 'broken' });
    image.src = dataUrl;
    // Some environments never fire either event; do not hold the document up for ever.
    const timer = setTimeout(() => settle({ state: 'broken' }), 5_000);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataUrl]);
  return state;
}

/**
 * True once the bundled fonts the rendered document's text needs have loaded (or failed to: the
 * document then prints in the fallback font rather than never). It asks for them by the text itself,
 * so no layout of the page on screen is needed first: print lays the document out once, for paper.
 */
export function useFontsReady(rendered: boolean): boolean {
  const [ready, setReady] = useState(false);
  // Rendered for an export, the fonts are loaded where the document is printed, not here.
  const snapshot = useIsSnapshot();
  useEffect(() => {
    if (!rendered) return;
    if (snapshot) {
      setReady(true);
      return;
    }
    let live = true;
    const settle = () => live && setReady(true);
    void waitForPrintFonts(document, PRINT_FACES, 30_000).then(settle, settle);
    return () => {
      live = false;
    };
  }, [rendered, snapshot]);
  return ready;
}

/** Whether a print view can be printed: its data is there, its logo settled and its fonts loaded. */
export function usePrintReady(dataLoaded: boolean, logo: LogoState): boolean {
  const fontsReady = useFontsReady(dataLoaded);
  return dataLoaded && logo.state !== 'loading' && fontsReady;
}

/** The document's top: the school's logo (when it has one that works), its name, and what the document is. */
export function Masthead({ schoolName, logo, label }: { schoolName: string; logo: LogoState; label: string }) {
  return (
    <header className="print-masthead">
      {logo.state === 'ready' ? <img className="print-masthead__logo" src={logo.src} alt={`${schoolName} logo`} /> : null}
      <div className="print-masthead__text">
        <p className="print-masthead__school" dir="auto">
          {schoolName}
        </p>
        <p className="print-masthead__label">{label}</p>
      </div>
    </header>
  );
}

/**
 * A resource's markdown for print: the school's details filled in, drawn by the app's one markdown
 * renderer for paper (no raw HTML, no pictures, only https links with their address printed).
 * The resource's title is already the section heading (h3): its own headings sit below it.
 */
export function PrintMarkdown({ markdown, title, settings }: { markdown: string; title: string; settings: Pick<SchoolSettings, 'name' | 'mhstContact' | 'dslContact'> }) {
  const filled = fillPlaceholders(withoutRepeatedTitle(markdown, title), {
    'school.name': settings.name,
    'school.mhstContact': settings.mhstContact ?? '',
    'school.dslContact': settings.dslContact ?? '',
  });
  return <SafeMarkdown markdown={filled} medium="print" topLevel={4} className="print-markdown" />;
}

/** Where to get help: the plan's own words, the school's contacts from Settings, then national helplines. */
export function WhereToGetHelp({ settings, signposting, heading = 'Where to get help' }: { settings: Pick<SchoolSettings, 'name' | 'mhstContact' | 'dslContact'>; signposting?: string | undefined; heading?: string }) {
  return (
    <section className="print-help" aria-labelledby="help-heading">
      <h2 id="help-heading">{heading}</h2>
      {signposting ? <TextBlock text={signposting} /> : null}
      <h3>At school</h3>
      <ul className="print-help__school">
        <li dir="auto">
          <strong>Mental Health Support Team:</strong> {settings.mhstContact?.trim() || 'ask the school office to put you in touch.'}
        </li>
        <li dir="auto">
          <strong>Designated Safeguarding Lead</strong> (if you are worried about a child’s safety): {settings.dslContact?.trim() || 'ask the school office to put you in touch.'}
        </li>
      </ul>
      <h3>Any time, free and confidential</h3>
      <table className="print-help__lines">
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">How to reach it</th>
            <th scope="col">For</th>
          </tr>
        </thead>
        <tbody>
          {NATIONAL_HELPLINES.map((line) => (
            <tr key={line.name}>
              <th scope="row">{line.name}</th>
              <td className="print-help__how">{line.how}</td>
              <td>{line.when}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-help__emergency">
        <strong>If someone is in immediate danger, call 999.</strong>
      </p>
    </section>
  );
}

/** Plain text typed in Upstream, kept as paragraphs (blank lines) and line breaks. */
export function TextBlock({ text, className }: { text: string; className?: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} dir="auto" className={className}>
          {paragraph.split('\n').map((line, i) => (
            <span key={i}>
              {i > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

export { whenAndWhere } from '../deck';
