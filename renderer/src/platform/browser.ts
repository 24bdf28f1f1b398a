/**
 * The platform contract for plain Chromium (browser mode and end-to-end tests): saves become a
 * Blob download, PDFs come from the same print view printed by the browser.
 */
import { APP_NAME } from '@shared/identity';
import type { PlatformApi, PrintRequest, SaveFileRequest, SaveFileResult } from '@shared/platform';
import { isSafeExternalUrl } from '@shared/external-url';

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

/** Opens the print view in a hidden frame and hands it to the browser's print dialog (Save as PDF). */
async function printRoute(request: PrintRequest): Promise<SaveFileResult> {
  const frame = document.createElement('iframe');
  frame.title = 'Print preview';
  frame.setAttribute('aria-hidden', 'true');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.src = `${location.pathname}#${request.route}`;
  document.body.append(frame);
  try {
    const doc = await new Promise<Window>((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        const win = frame.contentWindow;
        if (win?.document.documentElement.hasAttribute('data-print-ready')) return resolve(win);
        if (Date.now() - started > 30_000) return reject(new Error('timeout'));
        setTimeout(poll, 50);
      };
      poll();
    });
    doc.document.title = request.suggestedName.replace(/\.pdf$/i, '');
    doc.focus();
    doc.print();
    return { status: 'saved' };
  } catch {
    return { status: 'failed', message: 'The document did not finish loading, so it could not be printed. Try again.' };
  } finally {
    setTimeout(() => frame.remove(), 1_000);
  }
}

export function createBrowserPlatform(): PlatformApi {
  return {
    getAppInfo: async () => ({ name: APP_NAME, version: import.meta.env.VITE_APP_VERSION ?? 'dev', host: 'browser', os: navigator.platform || 'browser' }),
    saveFile: async (request) => download(request),
    printToPdf: (request) => printRoute(request),
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
    onBackupRequest: () => () => {},
  };
}
