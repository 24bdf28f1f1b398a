import { externalUrlSchema } from '../shared/ipc';
import { APP_HOST, APP_SCHEME } from '../shared/identity';

/**
 * True when a URL belongs to the app's own pinned origin (app://upstream).
 *
 * Compares scheme and host rather than `url.origin`: the main process parses URLs with Node's
 * WHATWG parser, which knows nothing of Electron's privileged schemes and gives every non-special
 * scheme an opaque origin, so `new URL('app://upstream/').origin` is the string "null" there.
 */
export function isAppUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Only https links to other sites may leave the app, and only through shell.openExternal. */
export function isSafeExternalUrl(value: unknown): value is string {
  return externalUrlSchema.safeParse(value).success;
}

/**
 * Permission requests are denied, with one exception: persistent storage for the app's own
 * origin, so the browser engine never evicts a school's data under disk pressure.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl);
}
