/**
 * The platform contract for plain Chromium (browser mode and end-to-end tests): saves become a
 * Blob download, PDFs come from the same exported document printed by the browser.
 */
import { APP_NAME } from '@shared/identity';
import type { PlatformApi, PrintRequest, SaveFileRequest, SaveFileResult } from '@shared/platform';
import { isSafeExternalUrl } from '@shared/external-url';
import { PRINT_FACES, printSnapshotHtml, waitForPrintFonts } from '@shared/print';

function download(request: SaveFileRequest): SaveFileResult {
  const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before releasing the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { status: 'saved' };
}

/** print() returns when the dialog closes; the frame goes shortly after. */
const PRINT_FRAME_LIFETIME_MS = 1_000;

/**
 * Prints an export's document in a hidden frame through the browser's print dialog (Save as PDF).
 * The frame holds the finished document only: no script, no database; it waits for the fonts the
 * text needs, as the desktop app's print window does.
 */
async function printDocument(request: PrintRequest): Promise<SaveFileResult> {
  const frame = document.createElement('iframe');
  frame.title = 'Print preview';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  // Never wait for ever: a frame that does not load in time is reported, and the lead can try again.
  const loaded = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The print frame did not load.')), 30_000);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  frame.srcdoc = printSnapshotHtml({ ...request.document, title: request.suggestedName.replace(/\.pdf$/i, '') });
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow;
    if (!win || !(await waitForPrintFonts(win.document, PRINT_FACES, 30_000))) throw new Error('not ready');
    win.focus();
    win.print();
    return { status: 'saved' };
  } catch {
    return { status: 'failed', message: 'The document did not finish loading, so it could not be printed. Try again.' };
  } finally {
    setTimeout(() => frame.remove(), PRINT_FRAME_LIFETIME_MS);
  }
}

export function createBrowserPlatform(): PlatformApi {
  return {
    getAppInfo: async () => ({ name: APP_NAME, version: import.meta.env.VITE_APP_VERSION ?? 'dev', host: 'browser', os: navigator.platform || 'browser' }),
    saveFile: async (request) => download(request),
    printToPdf: (request) => printDocument(request),
    openExternal: async (url) => {
      if (!isSafeExternalUrl(url)) throw new Error('Only https links to other sites can be opened.');
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    onMenuCommand: () => () => {},
    // Automatic backups need the desktop app's file system; the browser build offers manual ones.
    listBackups: async () => ({ supported: false, backups: [] }),
    writeAutomaticBackup: async () => {
      throw new Error('Automatic backups are made by the desktop app.');
    },
    readAutomaticBackup: async () => {
      throw new Error('Automatic backups are made by the desktop app.');
    },
    openBackupFolder: async () => {},
    // The page has deleted the origin's databases and storage itself; a browser keeps no backups folder.
    clearAppStorage: async () => {},
    onBackupRequest: () => () => {},
  };
}
