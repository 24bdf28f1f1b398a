/**
 * Smoke tests of the Electron shell itself: the window opens on the pinned app:// origin, with the
 * CSP, navigation and window.open locked down, only the contract exposed to the page, and data
 * kept in the pinned userData folder. They need `npm run build` (out/) and an Electron binary.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/protocol';
import { APP_NAME, APP_ORIGIN, USER_DATA_DIR_NAME } from '../../shared/identity';
import { IPC_CHANNELS, PLATFORM_GLOBAL } from '../../shared/platform';

const projectDir = path.resolve(__dirname, '../..');
const mainEntry = path.join(projectDir, 'out', 'main', 'index.js');
const rendererEntry = path.join(projectDir, 'out', 'renderer', 'index.html');

/**
 * The Electron executable, if one is installed. Never `require('electron')` to find it: without a
 * binary, the package's index.js starts downloading one. Read its path.txt instead, the way its
 * install script does.
 */
function findElectronBinary(): string | undefined {
  try {
    const packageDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(packageDir, 'path.txt');
    const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
    const binary = override ? path.join(override, relative || 'electron') : relative ? path.join(packageDir, 'dist', relative) : '';
    return binary && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const electronBinary = findElectronBinary();
const SKIP_REASON =
  'No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the shell smoke tests run wherever Electron is installed.';
if (!electronBinary) console.log(`electron-smoke.spec.ts skipped: ${SKIP_REASON}`);
test.skip(!electronBinary, SKIP_REASON);

/** What the page sees of the few DOM globals used below (this project's Node tsconfig has no DOM lib). */
interface PageGlobals {
  location: { origin: string; href: string };
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
    createElement(tag: 'script'): { textContent: string | null };
    head: { appendChild(node: unknown): unknown };
    addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string }) => void): void;
  };
  open(url: string): unknown;
  require?: unknown;
  process?: unknown;
  module?: unknown;
  Buffer?: unknown;
  __upstreamInlineScriptRan?: boolean;
  [PLATFORM_GLOBAL]?: Record<string, unknown> & { getAppInfo(): Promise<{ name: string; host: string }> };
}

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let appData: string;

test.beforeAll(async () => {
  if (!fs.existsSync(mainEntry) || !fs.existsSync(rendererEntry)) {
    throw new Error('The built app is missing: run `npm run build` before the Electron smoke tests (they load out/main and out/renderer).');
  }
  // Keep the test profile out of the real one: Electron's appData follows XDG_CONFIG_HOME on
  // Linux and APPDATA on Windows. main.ts then puts userData at <appData>/Upstream.
  appData = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-electron-smoke-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Without ELECTRON_RENDERER_URL the shell serves the built renderer from app://upstream.
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  env['XDG_CONFIG_HOME'] = appData;
  env['APPDATA'] = appData;
  // Chromium's sandbox cannot start as root (CI containers); everywhere else it stays on.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', mainEntry] : [mainEntry];
  app = await electron.launch({ executablePath: electronBinary!, args, env, cwd: projectDir });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (appData) fs.rmSync(appData, { recursive: true, force: true });
});

test('the window opens, titled Upstream', async () => {
  await expect(page).toHaveTitle(/Upstream/);
  const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), visible: w.isVisible() })));
  expect(windows).toHaveLength(1);
  expect(windows[0]!.title).toMatch(/Upstream/);
});

test('the renderer is served from the pinned app://upstream origin', async () => {
  expect(page.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);
  // Read the origin in the page: Node's URL parser gives app:// an opaque "null" origin.
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.origin)).toBe(APP_ORIGIN);
});

test('the CSP is set by the response header and the meta tag, and blocks inline script', async () => {
  const header = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
  expect(header).toBe(CONTENT_SECURITY_POLICY);

  const meta = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toContain('unsafe-inline');

  const result = await page.evaluate(async () => {
    const g = globalThis as unknown as PageGlobals;
    let violated = '';
    g.document.addEventListener('securitypolicyviolation', (event) => {
      violated = event.violatedDirective;
    });
    const script = g.document.createElement('script');
    script.textContent = 'globalThis.__upstreamInlineScriptRan = true;';
    g.document.head.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { ran: g.__upstreamInlineScriptRan === true, violated };
  });
  expect(result.ran).toBe(false);
  expect(result.violated).toMatch(/^script-src/);
});

test('navigating away to another site is blocked', async () => {
  const before = page.url();
  await page
    .evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    })
    .catch(() => undefined);
  await page.waitForTimeout(1_000);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.origin)).toBe(APP_ORIGIN);
});

test('window.open opens no window', async () => {
  // Not an https link here: those are handed to the system browser, which a test must not open.
  const results = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return ['about:blank', `${g.location.origin}/index.html`, 'javascript:alert(1)', 'file:///etc/passwd'].map((url) => g.open(url) === null);
  });
  expect(results).toEqual([true, true, true, true]);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test(`the page sees only window.${PLATFORM_GLOBAL} with the contract's methods, and no Node`, async () => {
  const exposed = await page.evaluate((name) => {
    const g = globalThis as unknown as PageGlobals;
    const api = g[name as typeof PLATFORM_GLOBAL];
    return {
      methods: api ? Object.keys(api).sort() : null,
      types: api ? Object.values(api).map((value) => typeof value) : [],
      require: typeof g.require,
      process: typeof g.process,
      module: typeof g.module,
      Buffer: typeof g.Buffer,
    };
  }, PLATFORM_GLOBAL);
  expect(exposed.methods).toEqual([...Object.keys(IPC_CHANNELS), 'onMenuCommand'].sort());
  expect(new Set(exposed.types)).toEqual(new Set(['function']));
  expect(exposed.require).toBe('undefined');
  expect(exposed.process).toBe('undefined');
  expect(exposed.module).toBe('undefined');
  expect(exposed.Buffer).toBe('undefined');
});

test('a contract call from the app reaches the main process (sender check passes)', async () => {
  const info = await page.evaluate((name) => (globalThis as unknown as PageGlobals)[name as typeof PLATFORM_GLOBAL]!.getAppInfo(), PLATFORM_GLOBAL);
  expect(info).toMatchObject({ name: APP_NAME, host: 'electron' });
});

test('data lives in the pinned userData folder', async () => {
  const paths = await app.evaluate(({ app: electronApp }) => ({ name: electronApp.getName(), userData: electronApp.getPath('userData'), appData: electronApp.getPath('appData') }));
  expect(paths.name).toBe(APP_NAME);
  expect(path.basename(paths.userData)).toBe(USER_DATA_DIR_NAME);
  expect(paths.userData.endsWith('Upstream')).toBe(true);
  expect(path.dirname(paths.userData)).toBe(paths.appData);
});
