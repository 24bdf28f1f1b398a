import { defineConfig } from '@playwright/test';
import { BROWSER_MODE_PORT } from './shared/identity';

/** Debian's Chromium: Playwright's own browser download is never used. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-GB'];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  webServer: {
    command: `node scripts/serve-renderer.mjs`,
    env: { PORT: String(BROWSER_MODE_PORT) },
    url: `http://localhost:${BROWSER_MODE_PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
  use: {
    baseURL: `http://localhost:${BROWSER_MODE_PORT}/`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 860 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testIgnore: /electron-.*\.spec\.ts/ },
    { name: 'electron', testMatch: /electron-.*\.spec\.ts/ },
  ],
});
