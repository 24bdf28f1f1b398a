/**
 * The web page a handout's QR code points to (the school's sleep page, say), chosen in Settings.
 * Only http(s) addresses to a real host: a QR code to anything else would not open, or worse.
 */
export const HANDOUT_LINK_MAX = 500;

export type HandoutLinkCheck = { ok: true; url: string } | { ok: false; message: string };

const EXAMPLE = 'such as https://www.riverside.sch.uk/sleep';

/** Checks a link typed by the lead; an empty one means "no QR code". */
export function checkHandoutLink(text: string): HandoutLinkCheck | { ok: true; url: undefined } {
  const value = text.trim();
  if (value === '') return { ok: true, url: undefined };
  if (value.length > HANDOUT_LINK_MAX) return { ok: false, message: `Keep the web address to ${HANDOUT_LINK_MAX} characters or fewer, so its QR code scans easily.` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `Enter a full web address starting with https://, ${EXAMPLE}.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: `A QR code can only link to a web page: enter an address starting with https:// or http://, ${EXAMPLE}.` };
  if (!url.hostname.includes('.') || url.username || url.password) return { ok: false, message: `Enter the web page’s full address, ${EXAMPLE}.` };
  return { ok: true, url: url.href };
}

/** True for a link Upstream itself would store (checked again when documents are made). */
export function isHandoutLink(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const check = checkHandoutLink(value);
  return check.ok && check.url !== undefined;
}
