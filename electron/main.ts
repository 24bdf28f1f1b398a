/**
 * The Electron main process: small and boring on purpose. It pins the app's identity, serves the
 * renderer from the app:// origin, locks the window down, and answers the calls in
 * shared/platform.ts. Everything with logic in it lives in a module that is unit-tested.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type BrowserWindowConstructorOptions, type IpcMainInvokeEvent, type WebContents } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_NAME, APP_ORIGIN, APP_SCHEME, USER_DATA_DIR_NAME } from '../shared/identity';
import { BACKUP_REQUEST_CHANNEL, IPC_CHANNELS, MENU_CHANNEL, type MenuCommand, type PrintRequest } from '../shared/platform';
import { electronPrintOptions, printFontsReadyScript, printSnapshotCsp, printSnapshotHtml } from '../shared/print';
import { listBackupFiles, readBackupFile, writeBackupFile } from './backups';
import { createIpcHandlers, type IpcSender } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { PrintSnapshots } from './print-snapshots';
import { APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppFile } from './protocol';
import { isAppUrl, isPermissionRequestAllowed, openExternalLink } from './security';
import { loadWindowBounds, saveWindowBounds } from './window-state';

/** The one place a link leaves Upstream: trusted hosts, or others once the lead confirms. */
async function openExternalSafely(url: string): Promise<void> {
  await openExternalLink(url, {
    open: (safe) => shell.openExternal(safe),
    confirm: async (host, safe) => {
      const options = {
        type: 'question' as const,
        buttons: ['Open in my browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `Open a link to ${host}?`,
        detail: `This link leaves Upstream for a website it does not know:\n${safe}\n\nOpen it only if you trust where it came from.`,
      };
      const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
  });
}

// In development the renderer comes from electron-vite's dev server; keep that data apart from a
// real installation's so development never touches a school's data.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

// Pin the name and the userData folder before anything reads them (IndexedDB lives there).
app.setName(APP_NAME);
app.setPath('userData', path.join(app.getPath('appData'), devServerUrl ? `${USER_DATA_DIR_NAME} (development)` : USER_DATA_DIR_NAME));

// Dates are en-GB throughout, including the built-in date pickers, whatever the OS language.
app.commandLine.appendSwitch('lang', 'en-GB');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const rendererRoot = path.join(__dirname, '../renderer');
const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');
const backupFolder = () => path.join(app.getPath('userData'), 'backups');

function isTrustedUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (devServerUrl === undefined) return false;
  // Compare parsed origins: a prefix test would also trust http://localhost:5173@evil.example/.
  try {
    return new URL(url).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

let mainWindow: BrowserWindow | null = null;
let quitState: 'running' | 'waiting-for-backup' | 'quitting' = 'running';

function finishQuit(): void {
  if (quitState === 'quitting') return;
  quitState = 'quitting';
  app.quit();
}

/**
 * Every window Upstream opens, with the Electron security checklist's settings written out where
 * reviewers and Electronegativity can see them.
 */
function createSecureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, { withPreload = true } = {}): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // The print window shows a finished document: it gets no bridge to the shell.
      ...(withPreload ? { preload: path.join(__dirname, '../preload/index.js') } : {}),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      // Off: Chromium would fetch dictionaries from the network on Windows and Linux, and Upstream
      // promises to work offline.
      spellcheck: false,
    },
  });
}

// In development the snapshot's styles and fonts come from the dev server.
const printSnapshots = new PrintSnapshots();
const snapshotCsp = printSnapshotCsp(devServerUrl ? new URL(devServerUrl).origin : undefined);

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const snapshot = printSnapshots.lookup(request.url);
    if (snapshot !== undefined) {
      return new Response(snapshot, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': snapshotCsp, 'x-content-type-options': 'nosniff' } });
    }
    const file = resolveAppFile(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: { 'content-type': mimeTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function lockDownSessions(): void {
  const ses = session.defaultSession;
  // Judge the frame that asks (details.requestingUrl), never the window's top page.
  ses.setPermissionRequestHandler((_webContents, permission, callback, details) => callback(isPermissionRequestAllowed(permission, details)));
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => isPermissionRequestAllowed(permission, { requestingUrl: details.requestingUrl ?? requestingOrigin, isMainFrame: details.isMainFrame }));
}

function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  // Frames inside the app's page (an iframe a document might carry) navigate nowhere either.
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

function createMainWindow(): void {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = loadWindowBounds(windowStateFile(), displays);
  mainWindow = createSecureWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: APP_NAME,
    backgroundColor: '#f7f7f4',
  });
  if (bounds.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // An editor with unsaved changes asks before the window closes or reloads (beforeunload). Chromium
  // would show its own question in a browser; Electron leaves it to the app, so ask here.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'question',
      buttons: ['Leave', 'Stay and keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'Leave without saving?',
      detail: 'Your changes are not saved. Upstream keeps them as a draft on this computer, so you can restore them when you come back.',
    });
    // preventDefault here lets the unload go ahead.
    if (choice === 0) event.preventDefault();
  });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    saveWindowBounds(windowStateFile(), { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(startUrl);
}

/**
 * Prints an export's document (rendered by the app, shared/print.ts) in a hidden window that runs
 * no script of its own: load it, wait for the fonts its text needs, print with the shared options.
 */
async function renderPdf(request: PrintRequest): Promise<Uint8Array> {
  const { token, url } = printSnapshots.add(printSnapshotHtml(request.document, snapshotCsp));
  const win = createSecureWindow({ show: false }, { withPreload: false });
  try {
    await win.loadURL(url);
    const fontsReady = await win.webContents.executeJavaScript(printFontsReadyScript(30_000));
    if (fontsReady !== true) throw new Error('The document’s fonts did not load.');
    const pdf = await win.webContents.printToPDF(electronPrintOptions(request.kind, request.document.schoolName));
    return new Uint8Array(pdf);
  } finally {
    printSnapshots.delete(token);
    win.destroy();
  }
}

function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  return { senderFrameUrl: frame?.url, isTopFrame: frame !== null && frame === event.sender.mainFrame };
}

function registerIpc(): void {
  const handlers = createIpcHandlers({
    isTrustedUrl,
    appInfo: () => ({ name: APP_NAME, version: app.getVersion(), host: 'electron', os: process.platform, userDataPath: app.getPath('userData') }),
    chooseSavePath: async (suggestedName, filters) => {
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: filters ?? [] };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    writeFile: (file, data) => fs.writeFile(file, data),
    renderPdf,
    openExternal: openExternalSafely,
    backups: {
      folder: backupFolder(),
      list: () => listBackupFiles(backupFolder()),
      write: async (data) => {
        const name = await writeBackupFile(backupFolder(), data, new Date());
        if (quitState === 'waiting-for-backup') finishQuit();
        return name;
      },
      read: (name) => readBackupFile(backupFolder(), name),
      openFolder: async () => {
        await fs.mkdir(backupFolder(), { recursive: true });
        await shell.openPath(backupFolder());
      },
      removeAll: () => fs.rm(backupFolder(), { recursive: true, force: true }),
    },
    clearSessionStorage: async () => {
      await session.defaultSession.clearStorageData();
      await session.defaultSession.clearCache();
    },
  });
  ipcMain.handle(IPC_CHANNELS.getAppInfo, (event) => handlers.getAppInfo(senderOf(event)));
  ipcMain.handle(IPC_CHANNELS.saveFile, (event, payload: unknown) => handlers.saveFile(senderOf(event), payload));
  ipcMain.handle(IPC_CHANNELS.printToPdf, (event, payload: unknown) => handlers.printToPdf(senderOf(event), payload));
  ipcMain.handle(IPC_CHANNELS.openExternal, (event, payload: unknown) => handlers.openExternal(senderOf(event), payload));
  ipcMain.handle(IPC_CHANNELS.listBackups, (event) => handlers.listBackups(senderOf(event)));
  ipcMain.handle(IPC_CHANNELS.writeAutomaticBackup, (event, payload: unknown) => handlers.writeAutomaticBackup(senderOf(event), payload));
  ipcMain.handle(IPC_CHANNELS.readAutomaticBackup, (event, payload: unknown) => handlers.readAutomaticBackup(senderOf(event), payload));
  ipcMain.handle(IPC_CHANNELS.openBackupFolder, (event) => handlers.openBackupFolder(senderOf(event)));
  ipcMain.handle(IPC_CHANNELS.clearAppStorage, (event, payload: unknown) => handlers.clearAppStorage(senderOf(event), payload));
}

if (!app.requestSingleInstanceLock()) {
  // Another Upstream is running: it gets focus (below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  void app.whenReady().then(() => {
    serveRenderer();
    lockDownSessions();
    registerIpc();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(process.platform, APP_NAME, sendMenuCommand, () => void openExternalSafely('https://www.nhs.uk/nhs-services/mental-health-services/'))),
    );
    createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });
  // A backup on quit: ask the renderer (which owns the data) for one, and quit when it is stored
  // or after a short wait, so a stuck window never stops Upstream closing.
  app.on('before-quit', (event) => {
    if (quitState === 'quitting' || !mainWindow || mainWindow.isDestroyed()) return;
    event.preventDefault();
    if (quitState === 'waiting-for-backup') return;
    quitState = 'waiting-for-backup';
    mainWindow.webContents.send(BACKUP_REQUEST_CHANNEL);
    setTimeout(finishQuit, 10_000);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

