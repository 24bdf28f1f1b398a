import { decideExternalLink } from '../shared/external-url';
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

export interface ExternalLinkDependencies {
  open: (url: string) => Promise<void>;
  /** Asks the lead whether to open a link to this host; true when they agree. */
  confirm: (host: string, url: string) => Promise<boolean>;
}

/**
 * The one way a link leaves Upstream (links in resources, window.open, the Help menu): trusted
 * hosts open, any other safe https host only after the lead confirms, the rest never.
 */
export async function openExternalLink(value: unknown, deps: ExternalLinkDependencies): Promise<'opened' | 'declined' | 'refused'> {
  const decision = decideExternalLink(value);
  if (decision.action === 'refuse') return 'refused';
  if (decision.action === 'confirm' && !(await deps.confirm(decision.host, decision.url))) return 'declined';
  await deps.open(decision.url);
  return 'opened';
}

/**
 * Permission requests are denied, with one exception: persistent storage for the app's own
 * origin, so the browser engine never evicts a school's data under disk pressure.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl);
}

/**
 * Judges a permission request by the frame that asked, not the window's top page: a frame inside
 * the app's page is not the app. Electron gives the requesting frame's URL in `details`.
 */
export function isPermissionRequestAllowed(permission: string, details: { requestingUrl?: string | undefined; isMainFrame?: boolean | undefined }): boolean {
  return details.isMainFrame !== false && isPermissionAllowed(permission, details.requestingUrl ?? '');
}
