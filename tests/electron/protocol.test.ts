import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_HOST, APP_SCHEME } from '../../shared/identity';
import { APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppFile } from '../../electron/protocol';

const root = path.resolve('/opt/Upstream/resources/app.asar/out/renderer');

/** Parses a CSP string into directive -> sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe('resolveAppFile', () => {
  it('serves index.html for the root of the origin', () => {
    expect(resolveAppFile(root, 'app://upstream/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://upstream')).toBe(path.join(root, 'index.html'));
  });

  it('ignores the query string and the hash (hash routing)', () => {
    expect(resolveAppFile(root, 'app://upstream/index.html?x=1#/print/resource/abc')).toBe(path.join(root, 'index.html'));
  });

  it('serves nested assets inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://upstream/assets/index-abc123.js')).toBe(path.join(root, 'assets', 'index-abc123.js'));
    expect(resolveAppFile(root, 'app://upstream/assets/fonts/Atkinson%20Hyperlegible.woff2')).toBe(path.join(root, 'assets', 'fonts', 'Atkinson Hyperlegible.woff2'));
  });

  it.each([
    ['..', 'app://upstream/..', 'index.html'],
    ['%2e%2e', 'app://upstream/%2e%2e', 'index.html'],
    ['%2E%2E', 'app://upstream/%2E%2E', 'index.html'],
    ['.%2e', 'app://upstream/.%2e/.%2e/etc/passwd', 'etc/passwd'],
    ['../../', 'app://upstream/../../etc/passwd', 'etc/passwd'],
    ['%2e%2e after a folder', 'app://upstream/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['.. back into the folder', 'app://upstream/assets/../index.html', 'index.html'],
  ])('cannot climb out with %s segments: the URL parser resolves them at the origin root', (_label, url, inside) => {
    // ".." and "%2e%2e" path segments are resolved by the WHATWG URL parser (Chromium's too) before
    // the handler sees the path, and they cannot go above the origin's root.
    expect(resolveAppFile(root, url)).toBe(path.join(root, inside));
  });

  it.each([
    ['encoded slash then dots', 'app://upstream/%2F..'],
    ['encoded dots and slash', 'app://upstream/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['traversal to the folder itself', 'app://upstream/assets/%2e%2e%2f'],
    ['encoded slash inside dot segments', 'app://upstream/assets/..%2f..%2f..%2fetc%2fpasswd'],
    ['mixed-case encoded slash', 'app://upstream/a/..%2F..%2Fsecret.txt'],
    ['encoded backslash', 'app://upstream/..%5c..%5cwindows%5cwin.ini'],
    ['encoded backslash alone', 'app://upstream/assets%5Cindex.js'],
    ['encoded NUL', 'app://upstream/index.html%00.png'],
    ['another host', 'app://evil/'],
    ['another host with a file', 'app://evil/index.html'],
    ['host with a port', 'app://upstream:8080/index.html'],
    ['userinfo before the host', 'app://x@evil/index.html'],
    ['file scheme', 'file:///etc/passwd'],
    ['https scheme with the app host', 'https://upstream/index.html'],
    ['http scheme', 'http://localhost:5180/index.html'],
    ['malformed percent-encoding', 'app://upstream/%E0%A4%A'],
    ['not a URL', 'index.html'],
    ['empty string', ''],
  ])('refuses %s (%s)', (_label, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('never returns a path outside the renderer folder, whatever the request', () => {
    const attempts = [
      'app://upstream/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://upstream/%2E%2E/%2E%2E/etc/passwd',
      'app://upstream//..%2f..%2fetc',
      'app://upstream/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2f',
      'app://upstream/assets/..%252f..%252f',
    ];
    for (const url of attempts) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
    }
  });

  it('treats a double-encoded traversal as a literal (harmless) file name', () => {
    expect(resolveAppFile(root, 'app://upstream/%252e%252e/secret')).toBe(path.join(root, '%2e%2e', 'secret'));
  });

  it('uses the pinned scheme and host', () => {
    expect(`${APP_SCHEME}://${APP_HOST}`).toBe('app://upstream');
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['font.woff2', 'font/woff2'],
    ['font.woff', 'font/woff'],
    ['font.ttf', 'font/ttf'],
    ['LICENSE.md', 'text/markdown; charset=utf-8'],
    ['INDEX.HTML', 'text/html; charset=utf-8'],
  ])('%s -> %s', (file, type) => {
    expect(mimeTypeFor(path.join(root, file))).toBe(type);
  });

  it('falls back to application/octet-stream for unknown or missing extensions', () => {
    expect(mimeTypeFor(path.join(root, 'data.bin'))).toBe('application/octet-stream');
    expect(mimeTypeFor(path.join(root, 'README'))).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it('allows no inline or eval-ed script or style', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
  });

  it("allows scripts from 'self' only", () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('blocks plugins, base-tag hijacking and form posts', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/i);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/wss?:/i);
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
    for (const sources of csp.values()) {
      for (const source of sources) expect(["'self'", "'none'", 'data:', 'blob:']).toContain(source);
    }
  });

  it("agrees with renderer/index.html's meta CSP on default-src, script-src and style-src", () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(match, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    const meta = parseCsp(match![1]!);
    for (const directive of ['default-src', 'script-src', 'style-src', 'object-src']) {
      expect(meta.get(directive), directive).toEqual(csp.get(directive));
    }
    expect(match![1]).not.toContain('unsafe-inline');
    expect(match![1]).not.toMatch(/https?:/i);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers the app scheme as a standard, secure origin so IndexedDB and fetch work', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges.standard).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges.secure).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges.supportFetchAPI).toBe(true);
  });

  it('does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP', true);
  });
});
