import { externalUrlSchema } from '../shared/ipc';
import { APP_ORIGIN } from '../shared/identity';

/** True when a URL belongs to the app's own pinned origin. */
export function isAppUrl(value: string): boolean {
  try {
    return new URL(value).origin === APP_ORIGIN;
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
