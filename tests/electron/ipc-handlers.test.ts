import { describe, expect, it, vi } from 'vitest';
import type { AppInfo, PrintRequest, SaveFileRequest } from '../../shared/platform';
import { MAX_SAVE_BYTES } from '../../shared/ipc';
import { createIpcHandlers, describeWriteError, IpcRejection, type IpcDependencies, type IpcSender } from '../../electron/ipc-handlers';
import { isAppUrl } from '../../electron/security';

const APP_INFO: AppInfo = { name: 'Upstream', version: '0.1.0', host: 'electron', os: 'linux', userDataPath: '/home/head/.config/Upstream' };
const CHOSEN_PATH = '/home/head/Documents/Sleep well - calendar.ics';
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"

function makeDeps() {
  return {
    // The real check from the shell, so these tests also cover the app:// origin comparison.
    isTrustedUrl: vi.fn<IpcDependencies['isTrustedUrl']>((url) => isAppUrl(url)),
    appInfo: vi.fn<IpcDependencies['appInfo']>(() => APP_INFO),
    chooseSavePath: vi.fn<IpcDependencies['chooseSavePath']>(async () => CHOSEN_PATH),
    writeFile: vi.fn<IpcDependencies['writeFile']>(async () => undefined),
    renderPdf: vi.fn<IpcDependencies['renderPdf']>(async () => PDF_BYTES),
    openExternal: vi.fn<IpcDependencies['openExternal']>(async () => undefined),
    backups: {
      folder: '/home/lead/.config/Upstream/backups',
      list: vi.fn<IpcDependencies['backups']['list']>(async () => [{ name: 'upstream-backup-2026-11-24T08-00-00Z.json', createdAt: '2026-11-24T08:00:00Z', sizeBytes: 1200 }]),
      write: vi.fn<IpcDependencies['backups']['write']>(async () => 'upstream-backup-2026-11-24T09-00-00Z.json'),
      read: vi.fn<IpcDependencies['backups']['read']>(async () => '{"format":"upstream-backup"}'),
      openFolder: vi.fn<IpcDependencies['backups']['openFolder']>(async () => undefined),
      removeAll: vi.fn<IpcDependencies['backups']['removeAll']>(async () => undefined),
    },
    clearSessionStorage: vi.fn<IpcDependencies['clearSessionStorage']>(async () => undefined),
  };
}
type Deps = ReturnType<typeof makeDeps>;

function setup() {
  const deps = makeDeps();
  return { deps, handlers: createIpcHandlers(deps) };
}

/** None of the effects (dialog, disk, print window, browser, app info) happened. */
function expectNoEffects(deps: Deps): void {
  expect(deps.appInfo).not.toHaveBeenCalled();
  expect(deps.chooseSavePath).not.toHaveBeenCalled();
  expect(deps.writeFile).not.toHaveBeenCalled();
  expect(deps.renderPdf).not.toHaveBeenCalled();
  expect(deps.openExternal).not.toHaveBeenCalled();
  expect(deps.backups.list).not.toHaveBeenCalled();
  expect(deps.backups.write).not.toHaveBeenCalled();
  expect(deps.backups.read).not.toHaveBeenCalled();
  expect(deps.backups.openFolder).not.toHaveBeenCalled();
  expect(deps.backups.removeAll).not.toHaveBeenCalled();
  expect(deps.clearSessionStorage).not.toHaveBeenCalled();
}

const trusted: IpcSender = { senderFrameUrl: 'app://upstream/index.html#/campaigns', isTopFrame: true };

const validSave: SaveFileRequest = { suggestedName: '2026-12-03 Sleep well - calendar.ics', data: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', mimeType: 'text/calendar', filters: [{ name: 'Calendar', extensions: ['ics'] }] };
const validDocument = {
  title: 'Sleep well',
  schoolName: 'Riverside Academy',
  body: '<main class="print-document"><h1>Sleep well</h1></main>',
  styles: [{ href: 'app://upstream/assets/index.css' }, { css: 'h1 { color: teal; }' }],
};
const validPrint: PrintRequest = { document: validDocument, kind: 'a4', suggestedName: 'Sleep well - parent leaflet.pdf' };
const validUrl = 'https://www.nhs.uk/mental-health/';

type Handlers = ReturnType<typeof createIpcHandlers>;
const calls: Array<[name: keyof Handlers, call: (h: Handlers, sender: IpcSender) => Promise<unknown>]> = [
  ['getAppInfo', (h, s) => h.getAppInfo(s)],
  ['saveFile', (h, s) => h.saveFile(s, validSave)],
  ['printToPdf', (h, s) => h.printToPdf(s, validPrint)],
  ['openExternal', (h, s) => h.openExternal(s, validUrl)],
  ['listBackups', (h, s) => h.listBackups(s)],
  ['writeAutomaticBackup', (h, s) => h.writeAutomaticBackup(s, '{"format":"upstream-backup"}')],
  ['readAutomaticBackup', (h, s) => h.readAutomaticBackup(s, 'upstream-backup-2026-11-24T08-00-00Z.json')],
  ['openBackupFolder', (h, s) => h.openBackupFolder(s)],
];

const untrustedSenders: Array<[label: string, sender: IpcSender]> = [
  ['another origin', { senderFrameUrl: 'https://evil.example/', isTopFrame: true }],
  ['another app:// host', { senderFrameUrl: 'app://evil/index.html', isTopFrame: true }],
  ['the browser-mode origin', { senderFrameUrl: 'http://localhost:5180/', isTopFrame: true }],
  ['a file:// page', { senderFrameUrl: 'file:///opt/Upstream/resources/app.asar/out/renderer/index.html', isTopFrame: true }],
  ['about:blank', { senderFrameUrl: 'about:blank', isTopFrame: true }],
  ['a child frame of the app', { senderFrameUrl: 'app://upstream/index.html', isTopFrame: false }],
  ['a child frame on another origin', { senderFrameUrl: 'https://evil.example/', isTopFrame: false }],
  ['an undefined frame URL (frame gone)', { senderFrameUrl: undefined, isTopFrame: true }],
  ['an empty frame URL', { senderFrameUrl: '', isTopFrame: true }],
];

describe.each(calls)('%s: sender check', (_name, call) => {
  it.each(untrustedSenders)('refuses %s without doing anything', async (_label, sender) => {
    const { deps, handlers } = setup();
    await expect(call(handlers, sender)).rejects.toBeInstanceOf(IpcRejection);
    await expect(call(handlers, sender)).rejects.toThrow(/did not come from Upstream/);
    expectNoEffects(deps);
  });

  it('accepts the app top frame', async () => {
    const { handlers } = setup();
    await expect(call(handlers, trusted)).resolves.not.toThrow();
  });
});

describe('sender is checked before the payload', () => {
  it('refuses an untrusted sender as a rejection, even with a bad payload', async () => {
    const { deps, handlers } = setup();
    const evil = untrustedSenders[0]![1];
    await expect(handlers.saveFile(evil, { nonsense: true })).rejects.toBeInstanceOf(IpcRejection);
    await expect(handlers.printToPdf(evil, 42)).rejects.toBeInstanceOf(IpcRejection);
    await expect(handlers.openExternal(evil, 'javascript:alert(1)')).rejects.toBeInstanceOf(IpcRejection);
    expectNoEffects(deps);
  });
});

describe('getAppInfo', () => {
  it('returns the app info from the shell', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.getAppInfo(trusted)).resolves.toEqual(APP_INFO);
    expect(deps.appInfo).toHaveBeenCalledTimes(1);
  });
});

describe('saveFile', () => {
  const protoPayload = JSON.parse('{"suggestedName":"notes.txt","data":"x","mimeType":"text/plain","__proto__":{"isAdmin":true}}') as unknown;
  const bad: Array<[label: string, payload: unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'notes.txt'],
    ['an array', [validSave]],
    ['a number for the name', { ...validSave, suggestedName: 42 }],
    ['a missing name', { data: 'x', mimeType: 'text/plain' }],
    ['an empty name', { ...validSave, suggestedName: '' }],
    ['a 201-character name', { ...validSave, suggestedName: `${'a'.repeat(197)}.txt` }],
    ['a forward slash in the name', { ...validSave, suggestedName: 'exports/notes.txt' }],
    ['a backslash in the name', { ...validSave, suggestedName: 'exports\\notes.txt' }],
    ['a ../ name', { ...validSave, suggestedName: '../notes.txt' }],
    ['a ..\\ name', { ...validSave, suggestedName: '..\\..\\notes.txt' }],
    ['an absolute path', { ...validSave, suggestedName: '/etc/passwd' }],
    ['a drive letter', { ...validSave, suggestedName: 'C:notes.txt' }],
    ['a UNC path', { ...validSave, suggestedName: '\\\\server\\share\\notes.txt' }],
    ['a NUL in the name', { ...validSave, suggestedName: 'notes.txt\u0000.exe' }],
    ['a newline in the name', { ...validSave, suggestedName: 'notes\n.txt' }],
    ['Windows-forbidden characters', { ...validSave, suggestedName: 'what?.txt' }],
    ['missing data', { suggestedName: 'notes.txt', mimeType: 'text/plain' }],
    ['a number for data', { ...validSave, data: 42 }],
    ['an object for data', { ...validSave, data: { text: 'x' } }],
    ['an array of bytes for data', { ...validSave, data: [1, 2, 3] }],
    ['text over MAX_SAVE_BYTES', { ...validSave, data: 'a'.repeat(MAX_SAVE_BYTES + 1) }],
    ['bytes over MAX_SAVE_BYTES', { ...validSave, data: new Uint8Array(MAX_SAVE_BYTES + 1) }],
    ['a missing mime type', { suggestedName: 'notes.txt', data: 'x' }],
    ['an empty mime type', { ...validSave, mimeType: '' }],
    ['filters not an array', { ...validSave, filters: { name: 'Calendar', extensions: ['ics'] } }],
    ['a filter extension with a dot', { ...validSave, filters: [{ name: 'Calendar', extensions: ['.ics'] }] }],
    ['a filter extension with a wildcard', { ...validSave, filters: [{ name: 'All', extensions: ['*'] }] }],
    ['a filter with no extensions', { ...validSave, filters: [{ name: 'Calendar', extensions: [] }] }],
    ['an extra key (a path)', { ...validSave, path: '/etc/cron.d/evil' }],
    ['an extra key (defaultPath)', { ...validSave, defaultPath: '/tmp' }],
    ['a __proto__ key', protoPayload],
  ];

  it.each(bad)('refuses %s without opening a dialog or writing', async (_label, payload) => {
    const { deps, handlers } = setup();
    await expect(handlers.saveFile(trusted, payload)).rejects.toThrow();
    expectNoEffects(deps);
  });

  it('accepts data of exactly MAX_SAVE_BYTES', async () => {
    const { deps, handlers } = setup();
    const data = new Uint8Array(MAX_SAVE_BYTES);
    await expect(handlers.saveFile(trusted, { ...validSave, data })).resolves.toEqual({ status: 'saved', path: CHOSEN_PATH });
    expect(deps.writeFile).toHaveBeenCalledTimes(1);
    // Compare by identity: a deep equality over 50 million bytes takes minutes.
    const [writtenPath, written] = deps.writeFile.mock.calls[0]!;
    expect(writtenPath).toBe(CHOSEN_PATH);
    expect(written).toBe(data);
  });

  it('asks for a path with the suggested name and filters, then writes the text there', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.saveFile(trusted, validSave)).resolves.toEqual({ status: 'saved', path: CHOSEN_PATH });
    expect(deps.chooseSavePath).toHaveBeenCalledTimes(1);
    expect(deps.chooseSavePath).toHaveBeenCalledWith(validSave.suggestedName, validSave.filters);
    expect(deps.writeFile).toHaveBeenCalledTimes(1);
    expect(deps.writeFile).toHaveBeenCalledWith(CHOSEN_PATH, validSave.data);
    expect(deps.renderPdf).not.toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('writes bytes unchanged', async () => {
    const { deps, handlers } = setup();
    const data = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    await handlers.saveFile(trusted, { suggestedName: 'export.zip', data, mimeType: 'application/zip' });
    expect(deps.chooseSavePath).toHaveBeenCalledWith('export.zip', undefined);
    expect(deps.writeFile).toHaveBeenCalledWith(CHOSEN_PATH, data);
  });

  it('keeps names with spaces, dots and non-ASCII letters', async () => {
    const { deps, handlers } = setup();
    const suggestedName = "St Mary's C.E. Primary – Sleep well (Year 6).ics";
    await handlers.saveFile(trusted, { ...validSave, suggestedName });
    expect(deps.chooseSavePath).toHaveBeenCalledWith(suggestedName, validSave.filters);
  });

  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const { deps, handlers } = setup();
    deps.chooseSavePath.mockResolvedValueOnce(undefined);
    await expect(handlers.saveFile(trusted, validSave)).resolves.toEqual({ status: 'cancelled' });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['EACCES', /do not have permission/],
    ['EPERM', /do not have permission/],
    ['EROFS', /read-only/],
    ['ENOSPC', /disk is full/],
    ['ENOENT', /no longer exists/],
    ['EIO', /could not save the file/],
  ])('turns a %s write error into a clear failure', async (code, message) => {
    const { deps, handlers } = setup();
    deps.writeFile.mockRejectedValueOnce(Object.assign(new Error(`${code}: open '${CHOSEN_PATH}'`), { code }));
    const result = await handlers.saveFile(trusted, validSave);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.message).toMatch(message);
    // A sentence for a person, not the raw error with its code and path.
    expect(result.message).not.toContain(code);
    expect(result.message).not.toContain(CHOSEN_PATH);
    expect(result.message).toMatch(/\.$/);
  });
});

describe('printToPdf', () => {
  const protoPayload = JSON.parse(`{"document":${JSON.stringify(validDocument)},"kind":"a4","suggestedName":"x.pdf","__proto__":{"kind":"slides"}}`) as unknown;
  const withDocument = (changes: Record<string, unknown>) => ({ ...validPrint, document: { ...validDocument, ...changes } });
  const bad: Array<[label: string, payload: unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a bare HTML string', '<h1>Sleep well</h1>'],
    ['a route instead of a document', { route: '/print/resource/abc', kind: 'a4', suggestedName: 'x.pdf' }],
    ['a missing document', { kind: 'a4', suggestedName: 'x.pdf' }],
    ['an empty body', withDocument({ body: '' })],
    ['a number for the body', withDocument({ body: 7 })],
    ['a body over the size limit', withDocument({ body: 'x'.repeat(MAX_SAVE_BYTES + 1) })],
    ['a missing school name', { ...validPrint, document: { title: 'x', body: '<p>x</p>', styles: [] } }],
    ['a very long title', withDocument({ title: 'x'.repeat(501) })],
    ['a stylesheet from another site', withDocument({ styles: [{ href: 'https://evil.example/steal.css' }] })],
    ['a stylesheet from a file', withDocument({ styles: [{ href: 'file:///etc/passwd' }] })],
    ['a stylesheet with both a URL and text', withDocument({ styles: [{ href: 'app://upstream/a.css', css: 'x' }] })],
    ['too many stylesheets', withDocument({ styles: Array.from({ length: 101 }, () => ({ css: '' })) })],
    ['an extra key in the document (a URL to load)', withDocument({ url: 'https://evil.example/' })],
    ['an unknown kind', { ...validPrint, kind: 'a3' }],
    ['a missing kind', { document: validDocument, suggestedName: 'x.pdf' }],
    ['a missing name', { document: validDocument, kind: 'a4' }],
    ['a ../ name', { ...validPrint, suggestedName: '../x.pdf' }],
    ['a path in the name', { ...validPrint, suggestedName: 'C:\\Users\\Public\\x.pdf' }],
    ['an extra key (a URL to load)', { ...validPrint, url: 'https://evil.example/' }],
    ['an extra key (print options)', { ...validPrint, options: { pageRanges: '1-999' } }],
    ['a __proto__ key', protoPayload],
  ];

  it.each(bad)('refuses %s without printing, opening a dialog or writing', async (_label, payload) => {
    const { deps, handlers } = setup();
    await expect(handlers.printToPdf(trusted, payload)).rejects.toThrow();
    expectNoEffects(deps);
  });

  it('asks for a PDF path, renders the document with the shared options and writes the bytes', async () => {
    const { deps, handlers } = setup();
    deps.chooseSavePath.mockResolvedValueOnce('/home/head/Documents/leaflet.pdf');
    await expect(handlers.printToPdf(trusted, validPrint)).resolves.toEqual({ status: 'saved', path: '/home/head/Documents/leaflet.pdf' });
    expect(deps.chooseSavePath).toHaveBeenCalledWith(validPrint.suggestedName, [{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(deps.renderPdf).toHaveBeenCalledTimes(1);
    expect(deps.renderPdf).toHaveBeenCalledWith(validPrint);
    expect(deps.writeFile).toHaveBeenCalledWith('/home/head/Documents/leaflet.pdf', PDF_BYTES);
  });

  it('prints slides too', async () => {
    const { deps, handlers } = setup();
    const slides: PrintRequest = { document: validDocument, kind: 'slides', suggestedName: 'Workshop slides.pdf' };
    await handlers.printToPdf(trusted, slides);
    expect(deps.renderPdf).toHaveBeenCalledWith(slides);
  });

  it('returns cancelled and neither renders nor writes when the dialog is cancelled', async () => {
    const { deps, handlers } = setup();
    deps.chooseSavePath.mockResolvedValueOnce(undefined);
    await expect(handlers.printToPdf(trusted, validPrint)).resolves.toEqual({ status: 'cancelled' });
    expect(deps.renderPdf).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('returns a clear failure and writes nothing when rendering throws', async () => {
    const { deps, handlers } = setup();
    deps.renderPdf.mockRejectedValueOnce(new Error('The print view did not finish loading.'));
    const result = await handlers.printToPdf(trusted, validPrint);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/could not make the PDF/) });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['EACCES', /do not have permission/],
    ['EROFS', /read-only/],
    ['ENOSPC', /disk is full/],
  ])('turns a %s write error into a clear failure', async (code, message) => {
    const { deps, handlers } = setup();
    deps.writeFile.mockRejectedValueOnce(Object.assign(new Error(code), { code }));
    const result = await handlers.printToPdf(trusted, validPrint);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(message) });
  });
});

describe('openExternal', () => {
  const bad: Array<[label: string, payload: unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object with a url', { url: validUrl }],
    ['an array', [validUrl]],
    ['http', 'http://www.nhs.uk/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['data:', 'data:text/html,hi'],
    ['the app itself', 'app://upstream/index.html'],
    ['credentials in the URL', 'https://user:pass@www.nhs.uk/'],
    ['localhost', 'https://localhost'],
    ['a custom protocol', 'ms-settings:privacy'],
    ['an empty string', ''],
  ];

  it.each(bad)('refuses %s without opening anything', async (_label, payload) => {
    const { deps, handlers } = setup();
    await expect(handlers.openExternal(trusted, payload)).rejects.toThrow();
    expectNoEffects(deps);
  });

  it('opens a validated https link with the shell', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.openExternal(trusted, validUrl)).resolves.toBeUndefined();
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
    expect(deps.openExternal).toHaveBeenCalledWith(validUrl);
  });
});

describe('describeWriteError', () => {
  it('has a fallback for errors without a code, and for non-errors', () => {
    expect(describeWriteError(new Error('boom'))).toMatch(/could not save the file/);
    expect(describeWriteError(null)).toMatch(/could not save the file/);
    expect(describeWriteError(undefined)).toMatch(/could not save the file/);
    expect(describeWriteError('EACCES')).toMatch(/could not save the file/);
  });
});

describe('automatic backups', () => {
  it('lists the folder and its backups for the app', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.listBackups(trusted)).resolves.toEqual({ supported: true, folder: deps.backups.folder, backups: [expect.objectContaining({ sizeBytes: 1200 })] });
  });

  it('stores a backup and reads one back by name', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.writeAutomaticBackup(trusted, '{"format":"upstream-backup"}')).resolves.toEqual({ name: 'upstream-backup-2026-11-24T09-00-00Z.json' });
    expect(deps.backups.write).toHaveBeenCalledWith('{"format":"upstream-backup"}');
    await expect(handlers.readAutomaticBackup(trusted, 'upstream-backup-2026-11-24T08-00-00Z.json')).resolves.toContain('upstream-backup');
  });

  it.each([
    ['a path', '../../secrets.json'],
    ['another file', 'window-state.json'],
    ['a number', 42],
    ['a prototype key', { __proto__: { polluted: true } }],
  ])('refuses to read %s', async (_label, name) => {
    const { deps, handlers } = setup();
    await expect(handlers.readAutomaticBackup(trusted, name)).rejects.toThrow();
    expect(deps.backups.read).not.toHaveBeenCalled();
  });

  it.each([
    ['not text', 42],
    ['empty text', ''],
    ['an object', { tables: {} }],
  ])('refuses to store %s', async (_label, payload) => {
    const { deps, handlers } = setup();
    await expect(handlers.writeAutomaticBackup(trusted, payload)).rejects.toThrow();
    expect(deps.backups.write).not.toHaveBeenCalled();
  });
});

describe('clearing the app’s storage after "Delete all data"', () => {
  it('clears the session and keeps the backups folder unless the lead ticked it', async () => {
    const { deps, handlers } = setup();
    await handlers.clearAppStorage(trusted, { includeBackups: false });
    expect(deps.clearSessionStorage).toHaveBeenCalledTimes(1);
    expect(deps.backups.removeAll).not.toHaveBeenCalled();
    await handlers.clearAppStorage(trusted, { includeBackups: true });
    expect(deps.backups.removeAll).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no choice', {}],
    ['a string', { includeBackups: 'yes' }],
    ['an extra key', { includeBackups: true, path: '/' }],
  ])('refuses %s and touches nothing', async (_label, payload) => {
    const { deps, handlers } = setup();
    await expect(handlers.clearAppStorage(trusted, payload)).rejects.toThrow();
    expectNoEffects(deps);
  });

  it('refuses a frame that is not the app’s own', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.clearAppStorage({ senderFrameUrl: 'https://evil.example/', isTopFrame: true }, { includeBackups: true })).rejects.toThrow(IpcRejection);
    expectNoEffects(deps);
  });
});
