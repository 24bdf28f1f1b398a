/**
 * The school logo printed on exported documents: a PNG, JPEG or SVG of at most 500 KB, stored as a
 * data: URL in the school's settings. The file's own bytes decide what it is (not its name or the
 * type the system reports), so a renamed or damaged file gets a clear message instead of a broken
 * image on every handout.
 */

export const LOGO_MAX_BYTES = 500 * 1024;

export type LogoKind = 'png' | 'jpeg' | 'svg';

export const LOGO_MIME: Record<LogoKind, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

const ACCEPTED_NAME = /\.(png|jpe?g|svg)$/i;
const ACCEPTED_TYPE = /^image\/(png|jpeg|svg\+xml)$/;

/** What the first bytes of a file say it is; null when it is none of the three. */
export function sniffLogo(head: Uint8Array): LogoKind | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  // SVG is text: allow a byte-order mark, an XML declaration, comments and a doctype before <svg.
  let text = '';
  for (const byte of head.subarray(0, 4096)) {
    if (byte === 0) return null;
    text += String.fromCharCode(byte);
  }
  text = text.replace(/^\xef\xbb\xbf/, '');
  const rest = text.replace(/^(\s|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
  return /^<svg[\s>]/i.test(rest) ? 'svg' : null;
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

export type LogoCheck = { ok: true; kind: LogoKind } | { ok: false; message: string };

/**
 * Checks a chosen file before it is read in full: its type by name or reported type, its size, and
 * what its first bytes really are.
 */
export function checkLogoFile(file: { name: string; type: string; size: number }, head: Uint8Array): LogoCheck {
  const named = `“${file.name}”`;
  if (!ACCEPTED_NAME.test(file.name) && !ACCEPTED_TYPE.test(file.type)) {
    return { ok: false, message: `${named} is not a PNG, JPEG or SVG image. Choose your logo in one of those formats.` };
  }
  if (file.size === 0) return { ok: false, message: `${named} is empty. Choose the logo file again.` };
  if (file.size > LOGO_MAX_BYTES) {
    return { ok: false, message: `${named} is ${kb(file.size)}. Choose a logo of 500 KB or less: save a smaller PNG or JPEG (about 600 pixels wide is plenty for print), or use SVG.` };
  }
  const kind = sniffLogo(head);
  if (!kind) return { ok: false, message: `${named} could not be read as an image. It may be damaged, or not really a PNG, JPEG or SVG file.` };
  return { ok: true, kind };
}

/** Base64 of bytes, in chunks so a 500 KB file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function logoDataUrl(kind: LogoKind, bytes: Uint8Array): string {
  return `data:${LOGO_MIME[kind]};base64,${toBase64(bytes)}`;
}

/** True for a data: URL Upstream itself would store as a logo (checked again when documents print). */
export function isLogoDataUrl(value: unknown): value is string {
  return typeof value === 'string' && /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+=*$/.test(value) && value.length <= Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64;
}
