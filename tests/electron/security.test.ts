import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, BROWSER_MODE_ORIGIN } from '../../shared/identity';
import { isAppUrl, isPermissionAllowed, isSafeExternalUrl } from '../../electron/security';

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
