import { checkLogoFile, logoDataUrl } from '@shared/document-logo';
import type { UpstreamDatabase } from '../../db/database';
import { SCHOOL_SETTINGS_ID } from '../settings/queries';

/** Stores (or, with undefined, removes) the school logo in one small write to the settings. */
export async function saveSchoolLogo(db: UpstreamDatabase, dataUrl: string | undefined): Promise<void> {
  await saveDocumentSetting(db, 'logoDataUrl', dataUrl);
}

/** Stores (or, with undefined, removes) one of the exported documents' settings in one small write. */
export async function saveDocumentSetting(db: UpstreamDatabase, key: 'logoDataUrl' | 'handoutPictureDataUrl' | 'handoutLink', value: string | undefined): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await db.settings.get(SCHOOL_SETTINGS_ID);
    if (!settings) throw new Error('Set up your school first, then add its logo.');
    const next = { ...settings, updatedAt: new Date().toISOString() };
    if (value) next[key] = value;
    else delete next[key];
    await db.settings.put(next);
  });
}

/** Whether the browser can draw the image (a damaged file passes the byte check but fails here). */
export function imageDecodes(src: string, timeoutMs = 5_000): Promise<boolean> {
  return new Promise((resolve) => {
    const image = new Image();
    const timer = setTimeout(() => resolve(false), timeoutMs);
    image.onload = () => {
      clearTimeout(timer);
      resolve(image.naturalWidth > 0 || src.startsWith('data:image/svg'));
    };
    image.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
    image.src = src;
  });
}

export type ReadLogoResult = { ok: true; dataUrl: string } | { ok: false; message: string };

/** Reads a chosen file into a logo data: URL, or explains in words why it cannot be used. */
export async function readLogoFile(file: File, decodes: (src: string) => Promise<boolean> = imageDecodes): Promise<ReadLogoResult> {
  const unreadable = `“${file.name}” could not be read. Check the file opens on this computer, then try again.`;
  try {
    // The check needs only the first bytes; a file too large is refused before it is read in full.
    const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
    const check = checkLogoFile(file, head);
    if (!check.ok) return check;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const dataUrl = logoDataUrl(check.kind, bytes);
    if (!(await decodes(dataUrl))) return { ok: false, message: `“${file.name}” could not be read as an image. It may be damaged: export it again from the original and try once more.` };
    return { ok: true, dataUrl };
  } catch {
    return { ok: false, message: unreadable };
  }
}
