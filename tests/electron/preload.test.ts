import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MENU_CHANNEL, PLATFORM_GLOBAL, type MenuCommand, type PlatformApi, type PlatformCalls, type PrintRequest, type SaveFileRequest } from '../../shared/platform';

// The real 'electron' package must never load here: without a binary its index.js tries to
// download one. vi.mock is hoisted above the imports, so the preload sees only these fakes.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() },
  ipcRenderer: {
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(async () => 'reply'),
    on: vi.fn<(channel: string, listener: (...args: unknown[]) => void) => void>(),
    removeListener: vi.fn<(channel: string, listener: (...args: unknown[]) => void) => void>(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

// Every method name in the contract. The two type checks below fail to compile if the contract
// gains or loses a method and this list is not updated.
const CONTRACT_METHODS = ['getAppInfo', 'saveFile', 'printToPdf', 'openExternal', 'listBackups', 'writeAutomaticBackup', 'readAutomaticBackup', 'openBackupFolder', 'clearAppStorage', 'onMenuCommand', 'onBackupRequest'] as const;
type Listed = (typeof CONTRACT_METHODS)[number];
const _everyContractMethodIsListed: Record<keyof PlatformApi, true> = {
  getAppInfo: true,
  saveFile: true,
  printToPdf: true,
  openExternal: true,
  listBackups: true,
  writeAutomaticBackup: true,
  readAutomaticBackup: true,
  openBackupFolder: true,
  clearAppStorage: true,
  onMenuCommand: true,
  onBackupRequest: true,
} satisfies Record<Listed, true>;
const _onlyContractMethodsAreListed: Record<Listed, true> = _everyContractMethodIsListed;
void _onlyContractMethodsAreListed;

let exposedKey: string;
let api: PlatformApi;

beforeAll(async () => {
  await import('../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  exposedKey = key;
  api = value as PlatformApi;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.on.mockClear();
  electron.ipcRenderer.removeListener.mockClear();
});

describe('preload', () => {
  it(`exposes the API under window.${PLATFORM_GLOBAL}`, () => {
    expect(exposedKey).toBe(PLATFORM_GLOBAL);
    expect(exposedKey).toBe('upstream');
  });

  it('exposes exactly the contract methods, all functions, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...CONTRACT_METHODS].sort());
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IPC_CHANNELS), 'onMenuCommand', 'onBackupRequest'].sort());
    for (const name of CONTRACT_METHODS) expect(api[name], name).toBeTypeOf('function');
    // No generic pass-through and no Node leaks.
    for (const leak of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'process', 'env', 'require']) expect(api).not.toHaveProperty(leak);
  });

  it('uses one distinct channel per call', () => {
    const channels = Object.values(IPC_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels).not.toContain(MENU_CHANNEL);
  });

  const saveRequest: SaveFileRequest = { suggestedName: 'notes.txt', data: 'hello', mimeType: 'text/plain' };
  const printRequest: PrintRequest = { document: { title: 'Leaflet', schoolName: 'Riverside Academy', body: '<p>Sleep well</p>', styles: [] }, kind: 'a4', suggestedName: 'leaflet.pdf' };
  const cases: Array<[name: keyof PlatformCalls, call: (api: PlatformApi) => Promise<unknown>, args: unknown[]]> = [
    ['getAppInfo', (a) => a.getAppInfo(), []],
    ['saveFile', (a) => a.saveFile(saveRequest), [saveRequest]],
    ['printToPdf', (a) => a.printToPdf(printRequest), [printRequest]],
    ['openExternal', (a) => a.openExternal('https://www.nhs.uk/'), ['https://www.nhs.uk/']],
    ['listBackups', (a) => a.listBackups(), []],
    ['writeAutomaticBackup', (a) => a.writeAutomaticBackup('{"format":"upstream-backup"}'), ['{"format":"upstream-backup"}']],
    ['readAutomaticBackup', (a) => a.readAutomaticBackup('upstream-backup-2026-11-24T08-00-00Z.json'), ['upstream-backup-2026-11-24T08-00-00Z.json']],
    ['openBackupFolder', (a) => a.openBackupFolder(), []],
    ['clearAppStorage', (a) => a.clearAppStorage({ includeBackups: false }), [{ includeBackups: false }]],
  ];

  it.each(cases)('%s invokes its own channel once, with only its arguments', async (name, call, args) => {
    await expect(call(api)).resolves.toBe('reply');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS[name], ...args);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('drops extra arguments instead of forwarding them', async () => {
    const loose = api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await loose['getAppInfo']!('extra', 'args');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.getAppInfo);
    await loose['openExternal']!('https://www.nhs.uk/', 'upstream:save-file');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openExternal, 'https://www.nhs.uk/');
  });

  it('onMenuCommand passes only the command to the listener (never the IPC event) and unsubscribes', () => {
    const listener = vi.fn<(command: MenuCommand) => void>();
    const unsubscribe = api.onMenuCommand(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [channel, handler] = electron.ipcRenderer.on.mock.calls[0]!;
    expect(channel).toBe(MENU_CHANNEL);

    const fakeEvent = { sender: { send: vi.fn() }, ports: [] };
    handler(fakeEvent, 'open-settings');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('open-settings');
    expect(listener.mock.calls[0]).toHaveLength(1);

    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_CHANNEL, handler);
  });

  it('keeps separate subscriptions separate', () => {
    const first = vi.fn<(command: MenuCommand) => void>();
    const second = vi.fn<(command: MenuCommand) => void>();
    const unsubscribeFirst = api.onMenuCommand(first);
    api.onMenuCommand(second);
    const [[, firstHandler], [, secondHandler]] = electron.ipcRenderer.on.mock.calls as [[string, unknown], [string, unknown]];
    expect(firstHandler).not.toBe(secondHandler);
    unsubscribeFirst();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_CHANNEL, firstHandler);
    expect(electron.ipcRenderer.removeListener).not.toHaveBeenCalledWith(MENU_CHANNEL, secondHandler);
  });
});
