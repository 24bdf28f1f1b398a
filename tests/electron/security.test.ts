import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, BROWSER_MODE_ORIGIN } from '../../shared/identity';
import { vi } from 'vitest';
import { isAppUrl, isPermissionAllowed, isPermissionRequestAllowed, isSafeExternalUrl, openExternalLink } from '../../electron/security';
import { decideExternalLink } from '../../shared/external-url';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.nhs.uk/mental-health/',
    'https://www.nhs.uk/nhs-services/mental-health-services/',
    'https://www.annafreud.org/schools-and-colleges/?utm=1#resources',
    'https://youngminds.org.uk',
  ])('accepts the https link %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['http', 'http://www.nhs.uk/'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript disguised by case', 'JavaScript:alert(document.domain)'],
    ['file', 'file:///etc/passwd'],
    ['file on Windows', 'file:///C:/Windows/System32/calc.exe'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['the app origin', 'app://upstream/index.html'],
    ['the app origin alone', APP_ORIGIN],
    ['credentials in the URL', 'https://user:pass@www.nhs.uk/'],
    ['a user name in the URL', 'https://user@www.nhs.uk/'],
    ['localhost', 'https://localhost'],
    ['localhost with a port', 'https://localhost:5180/'],
    ['localhost with a trailing dot', 'https://localhost./'],
    ['localhost in capitals with a trailing dot', 'https://LOCALHOST.:8443/'],
    ['a .localhost name', 'https://admin.localhost/'],
    ['an IPv4 address', 'https://192.168.1.10/'],
    ['loopback', 'https://127.0.0.1/'],
    ['an IPv4 address as one number', 'https://2130706433/'],
    ['an IPv4 address in hex', 'https://0x7f.0.0.1/'],
    ['an IPv6 address', 'https://[::1]/'],
    ['an IPv6-mapped IPv4 address', 'https://[::ffff:127.0.0.1]/'],
    ['a single-label host', 'https://intranet/'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://server/share'],
    ['mailto', 'mailto:head@school.sch.uk'],
    ['relative URL', '/print/resource/abc'],
    ['empty string', ''],
    ['not a URL', 'nhs.uk'],
    ['a very long URL', `https://www.nhs.uk/${'a'.repeat(2001)}`],
  ])('refuses %s (%s)', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, true, {}, ['https://www.nhs.uk/'], new URL('https://www.nhs.uk/')])('refuses the non-string %s', (value) => {
    expect(isSafeExternalUrl(value)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it.each(['app://upstream/', 'app://upstream', 'app://upstream/index.html', 'app://upstream/index.html#/print/resource/abc', 'app://upstream/assets/x.js?v=1'])(
    'accepts %s',
    (url) => {
      // Regression: Node's URL gives app:// an opaque origin ("null"), so comparing url.origin
      // with APP_ORIGIN refused every one of these in the main process.
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://evil/',
    'app://upstream.evil/',
    'app://upstream:1234/',
    'app://user@upstream/',
    'https://upstream/',
    'http://upstream/',
    'file:///opt/Upstream/resources/app.asar/out/renderer/index.html',
    BROWSER_MODE_ORIGIN,
    'https://www.nhs.uk/',
    'null',
    'about:blank',
    '',
    'app:upstream',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  const denied = [
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'mediaKeySystem',
    'idle-detection',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'window-management',
    'keyboardLock',
    'speaker-selection',
    'storage-access',
    'top-level-storage-access',
    'unknown',
    '',
  ];

  it.each(denied)('denies %s to the app itself', (permission) => {
    expect(isPermissionAllowed(permission, 'app://upstream/index.html')).toBe(false);
    expect(isPermissionAllowed(permission, APP_ORIGIN)).toBe(false);
  });

  it('allows persistent-storage for the app origin (request URL or check origin)', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://upstream/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://upstream/index.html#/settings')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', `${APP_ORIGIN}/`)).toBe(true);
  });

  it.each(['https://www.nhs.uk/', 'http://localhost:5173/', 'app://evil/', 'file:///index.html', 'null', '', 'about:blank'])(
    'denies persistent-storage to %s',
    (origin) => {
      expect(isPermissionAllowed('persistent-storage', origin)).toBe(false);
    },
  );

  it('matches the permission name exactly', () => {
    expect(isPermissionAllowed('Persistent-Storage', APP_ORIGIN)).toBe(false);
    expect(isPermissionAllowed('persistent-storage ', APP_ORIGIN)).toBe(false);
  });
});

describe('external links', () => {
  it.each([
    ['https://www.nhs.uk/mental-health/', 'www.nhs.uk'],
    ['https://111.nhs.uk/', '111.nhs.uk'],
    ['https://www.childline.org.uk/get-support/', 'www.childline.org.uk'],
    ['https://www.samaritans.org/', 'www.samaritans.org'],
    ['https://giveusashout.org/', 'giveusashout.org'],
    ['https://www.NHS.uk./', 'www.nhs.uk'],
  ])('opens %s without asking', (url, host) => {
    expect(decideExternalLink(url)).toMatchObject({ action: 'open', host });
  });

  it.each(['https://www.annafreud.org/', 'https://nhs.uk.evil.example/', 'https://evilnhs.uk/', 'https://riverside.sch.uk/'])('asks the lead before opening %s', (url) => {
    expect(decideExternalLink(url)).toMatchObject({ action: 'confirm' });
  });

  it('opens a host the school added (its own website) without asking', () => {
    expect(decideExternalLink('https://www.riverside.sch.uk/wellbeing', ['riverside.sch.uk'])).toMatchObject({ action: 'open' });
  });

  it.each(['http://www.nhs.uk/', 'https://127.0.0.1/', 'https://localhost./', 'https://[::1]/', 'javascript:alert(1)'])('refuses %s outright', (url) => {
    expect(decideExternalLink(url)).toEqual({ action: 'refuse' });
  });

  it('opens only after the lead confirms another host, and never a refused one', async () => {
    const open = vi.fn(async () => undefined);
    const no = vi.fn(async () => false);
    const yes = vi.fn(async () => true);
    await expect(openExternalLink('https://www.annafreud.org/', { open, confirm: no })).resolves.toBe('declined');
    expect(no).toHaveBeenCalledWith('www.annafreud.org', 'https://www.annafreud.org/');
    expect(open).not.toHaveBeenCalled();
    await expect(openExternalLink('https://www.annafreud.org/', { open, confirm: yes })).resolves.toBe('opened');
    expect(open).toHaveBeenCalledWith('https://www.annafreud.org/');
    open.mockClear();
    await expect(openExternalLink('https://www.nhs.uk/', { open, confirm: no })).resolves.toBe('opened');
    await expect(openExternalLink('https://2130706433/', { open, confirm: yes })).resolves.toBe('refused');
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('isPermissionRequestAllowed', () => {
  it('judges the frame that asks, not the page around it', () => {
    expect(isPermissionRequestAllowed('persistent-storage', { requestingUrl: 'app://upstream/index.html', isMainFrame: true })).toBe(true);
    // An embedded frame of another origin inside the app's page.
    expect(isPermissionRequestAllowed('persistent-storage', { requestingUrl: 'https://evil.example/', isMainFrame: false })).toBe(false);
    // Even an app:// sub-frame is not the app's window.
    expect(isPermissionRequestAllowed('persistent-storage', { requestingUrl: 'app://upstream/index.html', isMainFrame: false })).toBe(false);
    expect(isPermissionRequestAllowed('persistent-storage', {})).toBe(false);
    expect(isPermissionRequestAllowed('media', { requestingUrl: 'app://upstream/index.html', isMainFrame: true })).toBe(false);
  });
});

describe('the main window', () => {
  const main = readFileSync(new URL('../../electron/main.ts', import.meta.url), 'utf8');
  it('turns spellcheck off (no dictionary downloads) and blocks frame navigation', () => {
    expect(main).toMatch(/spellcheck: false/);
    expect(main).not.toMatch(/spellcheck: true/);
    expect(main).toMatch(/'will-frame-navigate'/);
  });
  it('asks before closing over unsaved changes instead of silently refusing to close', () => {
    expect(main).toMatch(/'will-prevent-unload'/);
  });
  it('judges permissions by the requesting frame', () => {
    expect(main).not.toMatch(/webContents\.getURL\(\)\)\)/);
    expect(main).toMatch(/isPermissionRequestAllowed\(permission, details\)/);
  });
});
