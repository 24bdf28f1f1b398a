/**
 * What the browser must download and parse before Upstream can draw anything: the JavaScript and CSS
 * that out/renderer/index.html loads up front (script and modulepreload tags; stylesheet links),
 * gzipped at level 9 and summed. Chunks loaded later by dynamic import() are not counted.
 *
 * The JavaScript baseline is the framework floor, built in the same run with the same Vite, React and
 * plugin: a React 19 app that renders one element. JS ratio = how many times the floor Upstream ships.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type { Benchmark, BenchContext, Figure } from './harness';

interface InitialAssets {
  scripts: string[];
  stylesheets: string[];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
}

/** The files an index.html loads before first render, as absolute paths. Remote URLs are refused. */
export function initialAssets(htmlFile: string): InitialAssets {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const dir = path.dirname(htmlFile);
  const local = (url: string): string => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) throw new Error(`${htmlFile} loads ${url} from elsewhere; the bench counts only local files`);
    return path.join(dir, url.startsWith('/') ? url.slice(1) : url);
  };
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) scripts.push(local(src));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) scripts.push(local(href));
    else if (rel.includes('stylesheet')) stylesheets.push(local(href));
  }
  return { scripts: [...new Set(scripts)], stylesheets: [...new Set(stylesheets)] };
}

function gzipSize(files: string[]): number {
  return files.reduce((total, file) => total + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
}

/** Builds the smallest React 19 app with Vite into a temp folder and returns its index.html's initial assets' gzip size. */
async function minimalReactAppJs(ctx: BenchContext): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-bench-react-'));
  try {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>');
    fs.writeFileSync(
      path.join(dir, 'main.jsx'),
      "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Hello</h1>);\n",
    );
    // The temp folder has no node_modules: bare imports from its files (react-dom/client, the JSX
    // runtime) resolve as if from the repository, so both builds use the same packages and versions.
    const appImporter = path.join(ctx.repoRoot, 'index.js');
    const resolveFromApp: Plugin = {
      name: 'bench-resolve-from-app',
      async resolveId(id, importer, options) {
        if (!importer?.startsWith(dir) || /^[./\0]|^[a-z][a-z0-9+.-]*:/i.test(id)) return null;
        return this.resolve(id, appImporter, { ...options, skipSelf: true });
      },
    };
    await build({
      root: dir,
      configFile: false,
      envDir: false,
      logLevel: 'warn',
      mode: 'production',
      plugins: [resolveFromApp, react()],
      // As electron-vite builds the renderer (its renderer preset): relative base, no modulepreload
      // polyfill. Its Chrome build target is left at Vite's default: React's output barely changes.
      base: './',
      build: { outDir: path.join(dir, 'out'), emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },
    });
    const { scripts } = initialAssets(path.join(dir, 'out', 'index.html'));
    if (scripts.length === 0) throw new Error('The minimal React app built no script');
    return gzipSize(scripts);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const kB = (bytes: number) => bytes / 1000;

export const benchmark: Benchmark = {
  name: 'Bundle size',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const app = initialAssets(path.join(ctx.rendererDir, 'index.html'));
    if (app.scripts.length === 0) throw new Error('out/renderer/index.html loads no script');
    const appJs = gzipSize(app.scripts);
    const appCss = gzipSize(app.stylesheets);
    ctx.log(`Upstream: ${app.scripts.length} script(s), ${app.stylesheets.length} stylesheet(s); building the minimal React app`);
    const floorJs = await minimalReactAppJs(ctx);
    return [
      {
        name: 'Initial JavaScript (gzip)',
        value: kB(appJs),
        unit: 'kB',
        baseline: { name: 'Minimal React 19 app (Vite)', value: kB(floorJs) },
      },
      {
        // CSS has no framework floor (the minimal app has none), so it is set against the app's own
        // initial JavaScript: the ratio is CSS as a share of what the page loads as script.
        name: 'Initial CSS (gzip)',
        value: kB(appCss),
        unit: 'kB',
        baseline: { name: "Upstream's initial JS (gzip)", value: kB(appJs) },
      },
    ];
  },
};
