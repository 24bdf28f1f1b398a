/**
 * The one typed contract between the renderer and whatever hosts it.
 *
 * The Electron preload implements it with one named method per call (electron/preload.ts, checked
 * with `satisfies`); renderer/src/platform/browser.ts implements it for plain Chromium. Payloads
 * are validated in the main process by the zod schemas in shared/ipc.ts.
 */
import type { PrintDocumentKind, PrintSnapshot } from './print';

export interface AppInfo {
  name: string;
  version: string;
  /** Which implementation of this contract is running. */
  host: 'electron' | 'browser';
  /** The operating system, as the host reports it (e.g. "linux", "win32", "darwin"). */
  os: string;
  /** Where the data lives, when the host can say. */
  userDataPath?: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. "2026-12-03 Sleep well - calendar.ics". */
  suggestedName: string;
  /** Text (utf-8) or bytes. */
  data: string | Uint8Array;
  mimeType: string;
  filters?: FileFilter[];
}

export type SaveFileResult =
  | { status: 'saved'; path?: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface PrintRequest {
  /** The document, rendered by the app from its print view. */
  document: PrintSnapshot;
  kind: PrintDocumentKind;
  suggestedName: string;
}

export type PrintResult = SaveFileResult;

/** Automatic backups the desktop app keeps (the browser build has none). */
export interface BackupListing {
  supported: boolean;
  folder?: string;
  backups: { name: string; createdAt: string; sizeBytes: number }[];
}

/** The calls the renderer makes; each is one IPC channel in the shell. */
export interface PlatformCalls {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  printToPdf(request: PrintRequest): Promise<PrintResult>;
  openExternal(url: string): Promise<void>;
  listBackups(): Promise<BackupListing>;
  /** Stores an automatic backup made by the renderer; the shell keeps the newest 14. */
  writeAutomaticBackup(data: string): Promise<{ name: string }>;
  readAutomaticBackup(name: string): Promise<string>;
  openBackupFolder(): Promise<void>;
  /**
   * After "Delete all data" has deleted the databases: clears whatever else the host keeps for the
   * app's origin, and the automatic backups folder only when the lead ticked it.
   */
  clearAppStorage(request: ClearAppStorageRequest): Promise<void>;
}

export interface ClearAppStorageRequest {
  includeBackups: boolean;
}

export interface PlatformApi extends PlatformCalls {
  /** The shell asks for a backup before quitting; the listener makes one with writeAutomaticBackup. */
  onBackupRequest(listener: () => void): () => void;
  /** Commands from the native menu (Settings, Dashboard). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Name of the global the preload exposes through contextBridge. */
export const PLATFORM_GLOBAL = 'upstream';

/** IPC channel for each contract method. One channel per call; no generic pass-through. */
export const IPC_CHANNELS = {
  getAppInfo: 'upstream:get-app-info',
  saveFile: 'upstream:save-file',
  printToPdf: 'upstream:print-to-pdf',
  openExternal: 'upstream:open-external',
  listBackups: 'upstream:list-backups',
  writeAutomaticBackup: 'upstream:write-automatic-backup',
  readAutomaticBackup: 'upstream:read-automatic-backup',
  openBackupFolder: 'upstream:open-backup-folder',
  clearAppStorage: 'upstream:clear-app-storage',
} as const satisfies Record<keyof PlatformCalls, string>;

/** Channels the main process sends to the renderer (menu commands). */
export const MENU_CHANNEL = 'upstream:menu';
/** The shell asks the renderer for a backup before quitting. */
export const BACKUP_REQUEST_CHANNEL = 'upstream:backup-request';
export type MenuCommand = 'open-settings' | 'go-dashboard';
