/**
 * The app's identity on disk and in the browser.
 *
 * IndexedDB lives per origin, and Electron keeps each profile under the userData folder.
 * Changing any value here after release orphans every school's data, so the values are
 * pinned by tests/shared/identity.test.ts. Add new values; never edit these.
 */
export const APP_ID = 'uk.org.upstream.app';
export const APP_NAME = 'Upstream';
/** Folder name under the OS's application-data folder (see README: "Where your data lives"). */
export const USER_DATA_DIR_NAME = 'Upstream';
/** Custom privileged scheme the packaged renderer is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'upstream';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}` as const;
/** The Dexie database name inside that origin. */
export const DATABASE_NAME = 'upstream';
/** Browser mode (no Electron binary) serves the built renderer on this fixed loopback port. */
export const BROWSER_MODE_PORT = 5180;
export const BROWSER_MODE_ORIGIN = `http://localhost:${BROWSER_MODE_PORT}` as const;
