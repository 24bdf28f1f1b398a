/**
 * Pins the app's identity.
 *
 * IndexedDB is stored per origin, inside Electron's userData folder. If any of these values
 * changes after release (the app:// origin, the app or folder name, the database name, the
 * browser-mode port), Upstream opens a new, empty database and every school's existing campaigns,
 * check-ins and plans are orphaned on disk: still there, but invisible to the app. So a failure
 * here is not fixed by updating the expected value; it needs a migration plan.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findAndReadConfig } from 'app-builder-lib/out/util/config/load';
import type { Configuration } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';
import { APP_HOST, APP_ID, APP_NAME, APP_ORIGIN, APP_SCHEME, BROWSER_MODE_ORIGIN, BROWSER_MODE_PORT, DATABASE_NAME, USER_DATA_DIR_NAME } from '../../shared/identity';

const projectDir = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(projectDir, file), 'utf8');

describe('app identity (changing any of these orphans every school’s data)', () => {
  it('pins the app id and names', () => {
    expect(APP_ID).toBe('uk.org.upstream.app');
    expect(APP_NAME).toBe('Upstream');
    expect(USER_DATA_DIR_NAME).toBe('Upstream');
  });

  it('pins the app:// origin the renderer (and so IndexedDB) lives on', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('upstream');
    expect(APP_ORIGIN).toBe('app://upstream');
  });

  it('pins the database name', () => {
    expect(DATABASE_NAME).toBe('upstream');
  });

  it('pins the browser-mode origin (its IndexedDB is per origin too, port included)', () => {
    expect(BROWSER_MODE_PORT).toBe(5180);
    expect(BROWSER_MODE_ORIGIN).toBe('http://localhost:5180');
  });
});

describe('electron/main.ts pins the identity before anything reads it', () => {
  const main = read('electron/main.ts');
  const setName = main.indexOf('app.setName(APP_NAME)');
  const setPath = main.search(/app\.setPath\(\s*'userData'\s*,[^;]*\bUSER_DATA_DIR_NAME\b[^;]*\)/);
  const registerSchemes = main.indexOf('protocol.registerSchemesAsPrivileged(');

  it('imports the names from shared/identity.ts', () => {
    expect(main).toMatch(/import\s*{[^}]*\bAPP_NAME\b[^}]*}\s*from\s*'\.\.\/shared\/identity'/);
    expect(main).toMatch(/import\s*{[^}]*\bUSER_DATA_DIR_NAME\b[^}]*}\s*from\s*'\.\.\/shared\/identity'/);
  });

  it('calls app.setName(APP_NAME)', () => {
    expect(setName).toBeGreaterThan(-1);
  });

  it("calls app.setPath('userData', ...USER_DATA_DIR_NAME...) under appData", () => {
    expect(setPath).toBeGreaterThan(-1);
    expect(main).toMatch(/app\.setPath\(\s*'userData'\s*,\s*path\.join\(\s*app\.getPath\('appData'\)/);
  });

  it('does both before registering the app scheme, and before anything reads userData', () => {
    expect(registerSchemes).toBeGreaterThan(-1);
    expect(setName).toBeLessThan(registerSchemes);
    expect(setPath).toBeLessThan(registerSchemes);
    expect(setName).toBeLessThan(setPath);
    const firstUserDataRead = main.indexOf("getPath('userData')");
    if (firstUserDataRead !== -1) expect(firstUserDataRead).toBeGreaterThan(setPath);
    expect(main.indexOf('app.whenReady(')).toBeGreaterThan(registerSchemes);
  });

  it('registers the scheme with the pinned privileges, not inline values', () => {
    expect(main).toContain('protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])');
  });
});

describe('packaging agrees with the identity', () => {
  it('package.json productName is the app name', () => {
    const pkg = JSON.parse(read('package.json')) as { productName?: string };
    expect(pkg.productName).toBe(APP_NAME);
  });

  it('electron-builder.yml appId and productName match', async () => {
    const found = await findAndReadConfig<Configuration>({ packageKey: 'build', configFilename: 'electron-builder', projectDir, packageMetadata: null });
    expect(found?.configFile).toBe(path.join(projectDir, 'electron-builder.yml'));
    expect(found?.result.appId).toBe(APP_ID);
    expect(found?.result.productName).toBe(APP_NAME);
  });
});
