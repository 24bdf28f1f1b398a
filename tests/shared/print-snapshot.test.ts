import { describe, expect, it, vi } from 'vitest';
import { PRINT_FACES, PRINT_HEADER_ATTRIBUTE, printFontsReadyScript, printSnapshotCsp, printSnapshotHtml, waitForPrintFonts, type PrintableDocument, type PrintSnapshot } from '../../shared/print';

const snapshot: PrintSnapshot = {
  title: 'Sleep & screens: "parent" handout',
  schoolName: 'St Mary’s <Primary>',
  body: '<main class="print-document"><h1>Sleep well</h1></main>',
  styles: [{ href: 'app://upstream/assets/index-abc.css' }, { css: '.print-document { color: teal; } </style><script>alert(1)</script>' }],
};

describe('the exported document', () => {
  const html = printSnapshotHtml(snapshot);

  it('is a complete en-GB document in print mode, with the body inside the app’s root', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB" class="printing"');
    expect(html).toContain('<div id="root"><main class="print-document"><h1>Sleep well</h1></main></div>');
  });

  it('escapes the title and the school’s name (the page header reads the name)', () => {
    expect(html).toContain('<title>Sleep &#38; screens: &#34;parent&#34; handout</title>');
    expect(html).toContain(`${PRINT_HEADER_ATTRIBUTE}="St Mary’s &#60;Primary&#62;"`);
  });

  it('links the app’s stylesheets and keeps style text from closing its element', () => {
    expect(html).toContain('<link rel="stylesheet" href="app://upstream/assets/index-abc.css">');
    expect(html).not.toContain('</style><script>');
    expect(html.match(/<script/gi)).toBeNull();
  });

  it('carries a policy that allows no script and only the app’s own styles, fonts and images', () => {
    const csp = printSnapshotCsp();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}">`);
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("font-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toMatch(/https?:/);
    expect(printSnapshotCsp('http://localhost:5173')).toContain("font-src 'self' http://localhost:5173");
  });
});

describe('waiting for the fonts an exported document needs', () => {
  const doc = (load: (font: string, text?: string) => Promise<unknown>, text = 'Sleep well نیند'): PrintableDocument => ({ fonts: { load }, body: { textContent: text } });

  it('asks for every print face by the document’s own text, and resolves true when they are in', async () => {
    const load = vi.fn(async (_font: string, _text?: string) => []);
    await expect(waitForPrintFonts(doc(load), PRINT_FACES, 1_000)).resolves.toBe(true);
    expect(load.mock.calls.map(([face]) => face)).toEqual([...PRINT_FACES]);
    for (const [, text] of load.mock.calls) expect(text).toBe('Sleep well نیند');
  });

  it('prints in the fallback font rather than never when a face fails to load', async () => {
    await expect(waitForPrintFonts(doc(() => Promise.reject(new Error('network'))), PRINT_FACES, 1_000)).resolves.toBe(true);
  });

  it('gives up, with false, when the fonts take longer than allowed', async () => {
    await expect(waitForPrintFonts(doc(() => new Promise(() => {})), PRINT_FACES, 20)).resolves.toBe(false);
  });

  it('resolves true where there is no font API', async () => {
    await expect(waitForPrintFonts({ body: null }, PRINT_FACES, 20)).resolves.toBe(true);
  });

  it('is also a self-contained script the shell runs in its print window', async () => {
    const script = printFontsReadyScript(1_000);
    const load = vi.fn(async (_font: string, _text?: string) => []);
    const run = new Function('document', `return ${script};`) as (document: PrintableDocument) => Promise<boolean>;
    await expect(run(doc(load))).resolves.toBe(true);
    expect(load).toHaveBeenCalledTimes(PRINT_FACES.length);
  });
});
