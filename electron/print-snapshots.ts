/**
 * Documents waiting to be printed: an export's snapshot (shared/print.ts) is kept here, under a
 * random token, only while the hidden print window loads it from app://upstream/print-snapshot/.
 */
import { randomUUID } from 'node:crypto';
import { APP_HOST, APP_SCHEME } from '../shared/identity';
import { PRINT_SNAPSHOT_PATH } from '../shared/print';

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The token in an app:// URL of a snapshot, or undefined for any other URL. */
export function snapshotTokenOf(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || !url.pathname.startsWith(PRINT_SNAPSHOT_PATH)) return undefined;
  const token = url.pathname.slice(PRINT_SNAPSHOT_PATH.length);
  return TOKEN.test(token) ? token : undefined;
}

export class PrintSnapshots {
  private readonly documents = new Map<string, string>();

  /** Keeps a document; returns the URL the print window loads it from. */
  add(html: string): { token: string; url: string } {
    const token = randomUUID();
    this.documents.set(token, html);
    return { token, url: `${APP_SCHEME}://${APP_HOST}${PRINT_SNAPSHOT_PATH}${token}` };
  }

  /** The document for a snapshot URL, if it is still waiting. */
  lookup(url: string): string | undefined {
    const token = snapshotTokenOf(url);
    return token ? this.documents.get(token) : undefined;
  }

  delete(token: string): void {
    this.documents.delete(token);
  }

  get size(): number {
    return this.documents.size;
  }
}
