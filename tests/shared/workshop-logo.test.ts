import { describe, expect, it } from 'vitest';
import { checkLogoFile, isLogoDataUrl, LOGO_MAX_BYTES, logoDataUrl, sniffLogo, toBase64 } from '../../shared/document-logo';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const text = (s: string) => new TextEncoder().encode(s);

describe('the school logo for exported documents', () => {
  it('knows a PNG, a JPEG and an SVG by their bytes, not their names', () => {
    expect(sniffLogo(PNG)).toBe('png');
    expect(sniffLogo(JPEG)).toBe('jpeg');
    expect(sniffLogo(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
    expect(sniffLogo(text('\ufeff<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg>'))).toBe('svg');
    expect(sniffLogo(text('GIF89a'))).toBeNull();
    expect(sniffLogo(text('<html><svg></svg></html>'))).toBeNull();
    expect(sniffLogo(new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0]))).toBeNull();
  });

  it('refuses the wrong type, an empty file and one over 500 KB, in words', () => {
    expect(checkLogoFile({ name: 'crest.gif', type: 'image/gif', size: 10 }, text('GIF89a'))).toEqual({ ok: false, message: '“crest.gif” is not a PNG, JPEG or SVG image. Choose your logo in one of those formats.' });
    expect(checkLogoFile({ name: 'crest.png', type: 'image/png', size: 0 }, new Uint8Array())).toEqual({ ok: false, message: '“crest.png” is empty. Choose the logo file again.' });
    const big = checkLogoFile({ name: 'crest.png', type: 'image/png', size: LOGO_MAX_BYTES + 1 }, PNG);
    expect(big.ok).toBe(false);
    expect(!big.ok && big.message).toMatch(/^“crest.png” is 501 KB\. Choose a logo of 500 KB or less/);
    expect(checkLogoFile({ name: 'crest.png', type: 'image/png', size: LOGO_MAX_BYTES }, PNG)).toEqual({ ok: true, kind: 'png' });
  });

  it('refuses a file whose bytes are not what its name says', () => {
    const result = checkLogoFile({ name: 'crest.png', type: 'image/png', size: 6 }, text('GIF89a'));
    expect(result).toEqual({ ok: false, message: '“crest.png” could not be read as an image. It may be damaged, or not really a PNG, JPEG or SVG file.' });
  });

  it('accepts a JPEG named .jpeg whatever type the system reports', () => {
    expect(checkLogoFile({ name: 'CREST.JPEG', type: '', size: 6 }, JPEG)).toEqual({ ok: true, kind: 'jpeg' });
  });

  it('stores the logo as a data: URL with the type its bytes say', () => {
    const url = logoDataUrl('png', PNG);
    expect(url).toBe(`data:image/png;base64,${Buffer.from(PNG).toString('base64')}`);
    expect(isLogoDataUrl(url)).toBe(true);
    expect(isLogoDataUrl('data:text/html;base64,PHNjcmlwdD4=')).toBe(false);
    expect(isLogoDataUrl('https://example.org/logo.png')).toBe(false);
  });

  it('encodes a 500 KB file to base64 without overflowing', () => {
    const bytes = new Uint8Array(LOGO_MAX_BYTES).map((_, i) => i % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
