import { defineConfig } from '@playwright/test';
import { BROWSER_MODE_PORT } from './shared/identity';

// End-to-end tests serve the build on the browser-mode port unless PORT says otherwise.
const port = Number(process.env['PORT'] ?? BROWSER_MODE_PORT);

/** Debian's Chromium: Playwright's own browser download is never used. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-GB'];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env['UPSTREAM_OUT_DIR'] ? `test-results/${process.env['UPSTREAM_OUT_DIR'].replace(/[^a-z0-9-]/gi, '-')}` : 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  webServer: {
    command: `node scripts/serve-renderer.mjs`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
  use: {
    baseURL: `http://localhost:${port}/`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 860 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testIgnore: [/electron-.*\.spec\.ts/, /torture-.*\.spec\.ts/] },
    // Slow "try to break it" stories (npm run test:torture): killing the page mid-write.
    { name: 'torture', testMatch: /torture-.*\.spec\.ts/ },
    { name: 'electron', testMatch: /electron-.*\.spec\.ts/ },
  ],
});
