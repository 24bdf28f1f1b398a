/**
 * The main process's side of the contract in shared/platform.ts. Each handler checks that the
 * call came from the app's own top frame, validates the payload with zod, and only then acts.
 * Dependencies are passed in so the handlers are unit-tested without Electron.
 */
import type { AppInfo, BackupListing, PrintRequest, SaveFileRequest, SaveFileResult } from '../shared/platform';
import { automaticBackupSchema, backupNameSchema, clearAppStorageSchema, externalUrlSchema, printRequestSchema, saveFileRequestSchema } from '../shared/ipc';

export interface IpcSender {
  /** URL of the frame that sent the message. */
  senderFrameUrl: string | undefined;
  /** True when that frame is the window's top frame. */
  isTopFrame: boolean;
}

export interface IpcDependencies {
  /** True for URLs of the app's own pages. */
  isTrustedUrl: (url: string) => boolean;
  appInfo: () => AppInfo;
  /** Shows a native save dialog; returns the chosen path or undefined when cancelled. */
  chooseSavePath: (suggestedName: string, filters: SaveFileRequest['filters']) => Promise<string | undefined>;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  renderPdf: (request: PrintRequest) => Promise<Uint8Array>;
  openExternal: (url: string) => Promise<void>;
  backups: {
    folder: string;
    list: () => Promise<BackupListing['backups']>;
    write: (data: string) => Promise<string>;
    read: (name: string) => Promise<string>;
    openFolder: () => Promise<void>;
    /** Removes the whole backups folder. */
    removeAll: () => Promise<void>;
  };
  /** Clears every storage area of the app's session (IndexedDB, local storage, caches…). */
  clearSessionStorage: () => Promise<void>;
}

export class IpcRejection extends Error {}

function assertTrustedSender(deps: IpcDependencies, sender: IpcSender): void {
  if (!sender.isTopFrame || !sender.senderFrameUrl || !deps.isTrustedUrl(sender.senderFrameUrl)) {
    throw new IpcRejection('Refused: the request did not come from Upstream.');
  }
}

/** Turns a file-system error into words a person can act on. */
export function describeWriteError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'Upstream could not write there: the folder is read-only or you do not have permission. Choose another folder.';
    case 'ENOSPC':
      return 'The disk is full. Free some space or choose another drive, then try again.';
    case 'ENOENT':
      return 'That folder no longer exists. Choose another folder.';
    default:
      return 'Upstream could not save the file. Try another folder.';
  }
}

async function saveTo(deps: IpcDependencies, suggestedName: string, filters: SaveFileRequest['filters'], produce: () => Promise<string | Uint8Array>): Promise<SaveFileResult> {
  const target = await deps.chooseSavePath(suggestedName, filters);
  if (!target) return { status: 'cancelled' };
  const data = await produce();
  try {
    await deps.writeFile(target, data);
  } catch (error) {
    return { status: 'failed', message: describeWriteError(error) };
  }
  return { status: 'saved', path: target };
}

export function createIpcHandlers(deps: IpcDependencies) {
  return {
    getAppInfo: async (sender: IpcSender): Promise<AppInfo> => {
      assertTrustedSender(deps, sender);
      return deps.appInfo();
    },
    saveFile: async (sender: IpcSender, payload: unknown): Promise<SaveFileResult> => {
      assertTrustedSender(deps, sender);
      const request = saveFileRequestSchema.parse(payload);
      return saveTo(deps, request.suggestedName, request.filters, async () => request.data);
    },
    printToPdf: async (sender: IpcSender, payload: unknown): Promise<SaveFileResult> => {
      assertTrustedSender(deps, sender);
      const request = printRequestSchema.parse(payload);
      // The print window loads stylesheets only from Upstream itself.
      for (const style of request.document.styles) {
        if ('href' in style && !deps.isTrustedUrl(style.href)) throw new IpcRejection('Refused: a stylesheet from outside Upstream.');
      }
      try {
        return await saveTo(deps, request.suggestedName, [{ name: 'PDF document', extensions: ['pdf'] }], () => deps.renderPdf(request));
      } catch (error) {
        if (error instanceof IpcRejection) throw error;
        return { status: 'failed', message: 'Upstream could not make the PDF. Try again; if it keeps failing, restart Upstream.' };
      }
    },
    openExternal: async (sender: IpcSender, payload: unknown): Promise<void> => {
      assertTrustedSender(deps, sender);
      const url = externalUrlSchema.parse(payload);
      await deps.openExternal(url);
    },
    listBackups: async (sender: IpcSender): Promise<BackupListing> => {
      assertTrustedSender(deps, sender);
      return { supported: true, folder: deps.backups.folder, backups: await deps.backups.list() };
    },
    writeAutomaticBackup: async (sender: IpcSender, payload: unknown): Promise<{ name: string }> => {
      assertTrustedSender(deps, sender);
      const data = automaticBackupSchema.parse(payload);
      return { name: await deps.backups.write(data) };
    },
    readAutomaticBackup: async (sender: IpcSender, payload: unknown): Promise<string> => {
      assertTrustedSender(deps, sender);
      return deps.backups.read(backupNameSchema.parse(payload));
    },
    openBackupFolder: async (sender: IpcSender): Promise<void> => {
      assertTrustedSender(deps, sender);
      await deps.backups.openFolder();
    },
    clearAppStorage: async (sender: IpcSender, payload: unknown): Promise<void> => {
      assertTrustedSender(deps, sender);
      const request = clearAppStorageSchema.parse(payload);
      await deps.clearSessionStorage();
      if (request.includeBackups) await deps.backups.removeAll();
    },
  } as const;
}
