/**
 * The preload: one named method per call in the contract (shared/platform.ts), nothing more.
 * No generic invoke, no Node, no process.env reaches the renderer.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BACKUP_REQUEST_CHANNEL, IPC_CHANNELS, MENU_CHANNEL, PLATFORM_GLOBAL, type MenuCommand, type PlatformApi } from '../shared/platform';

const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  openExternal: (url) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, url),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  writeAutomaticBackup: (data) => ipcRenderer.invoke(IPC_CHANNELS.writeAutomaticBackup, data),
  readAutomaticBackup: (name) => ipcRenderer.invoke(IPC_CHANNELS.readAutomaticBackup, name),
  openBackupFolder: () => ipcRenderer.invoke(IPC_CHANNELS.openBackupFolder),
  clearAppStorage: (request) => ipcRenderer.invoke(IPC_CHANNELS.clearAppStorage, request),
  onBackupRequest: (listener) => {
    const handler = () => listener();
    ipcRenderer.on(BACKUP_REQUEST_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(BACKUP_REQUEST_CHANNEL, handler);
    };
  },
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, handler);
    };
  },
} satisfies PlatformApi;

contextBridge.exposeInMainWorld(PLATFORM_GLOBAL, api);
