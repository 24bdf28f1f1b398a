import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, loadWindowBounds, saveWindowBounds, type DisplayArea } from '../../electron/window-state';

// The same minimum size main.ts gives the BrowserWindow (minWidth/minHeight).
const MIN_WIDTH = 800;
const MIN_HEIGHT = 560;

const laptop: DisplayArea = { x: 0, y: 0, width: 1920, height: 1040 };
// A second monitor to the left of the primary one, so its x is negative.
const leftMonitor: DisplayArea = { x: -1280, y: 0, width: 1280, height: 984 };

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-window-state-'));
  file = path.join(dir, 'window-state.json');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (content: string) => fs.writeFileSync(file, content);

describe('loadWindowBounds falls back to the default size', () => {
  it('when the file is missing', () => {
    expect(loadWindowBounds(file, [laptop])).toEqual(DEFAULT_BOUNDS);
  });

  it('when the folder is missing', () => {
    expect(loadWindowBounds(path.join(dir, 'no', 'such', 'window-state.json'), [laptop])).toEqual(DEFAULT_BOUNDS);
  });

  it.each([
    ['an empty file', ''],
    ['garbage', '\u0000\u0001not json at all'],
    ['truncated JSON (crash while saving)', '{"width":1400,"hei'],
    ['a bare NaN', 'NaN'],
    ['NaN inside an object (not JSON)', '{"width":NaN,"height":NaN}'],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON string', '"big"'],
  ])('when the file holds %s', (_label, content) => {
    write(content);
    expect(loadWindowBounds(file, [laptop])).toEqual(DEFAULT_BOUNDS);
  });

  it.each([
    ['negative sizes', { width: -1400, height: -900 }],
    ['zero sizes', { width: 0, height: 0 }],
    ['string sizes', { width: '1400', height: '900' }],
    ['null sizes', { width: null, height: null }],
    ['an array', [1400, 900]],
    ['an empty object', {}],
  ])('when the file holds %s', (_label, saved) => {
    write(JSON.stringify(saved));
    const bounds = loadWindowBounds(file, [laptop]);
    expect(bounds.width).toBe(DEFAULT_BOUNDS.width);
    expect(bounds.height).toBe(DEFAULT_BOUNDS.height);
    expect(bounds.x).toBeUndefined();
    expect(bounds.y).toBeUndefined();
    expect(bounds.maximized).toBe(false);
  });

  it('when values are non-finite (Infinity written by hand)', () => {
    write('{"width":1e999,"height":-1e999,"x":1e999,"y":0}');
    const bounds = loadWindowBounds(file, [laptop]);
    expect(bounds).toEqual({ width: DEFAULT_BOUNDS.width, height: DEFAULT_BOUNDS.height, maximized: false });
  });
});

describe('loadWindowBounds sizes', () => {
  it('never returns a window smaller than the minimum size', () => {
    write(JSON.stringify({ width: 200, height: 100, x: 10, y: 10 }));
    const bounds = loadWindowBounds(file, [laptop]);
    expect(bounds.width).toBe(MIN_WIDTH);
    expect(bounds.height).toBe(MIN_HEIGHT);
  });

  it('rounds fractional sizes and positions (HiDPI scaling)', () => {
    write(JSON.stringify({ width: 1400.6, height: 900.2, x: 100.4, y: 50.5 }));
    expect(loadWindowBounds(file, [laptop])).toEqual({ width: 1401, height: 900, x: 100, y: 51, maximized: false });
  });

  it('keeps maximized only when it is literally true', () => {
    write(JSON.stringify({ width: 1400, height: 900, maximized: 'yes' }));
    expect(loadWindowBounds(file, [laptop]).maximized).toBe(false);
    write(JSON.stringify({ width: 1400, height: 900, maximized: true }));
    expect(loadWindowBounds(file, [laptop]).maximized).toBe(true);
  });
});

describe('loadWindowBounds positions', () => {
  it('keeps a position on a screen', () => {
    write(JSON.stringify({ width: 1400, height: 900, x: 120, y: 80 }));
    expect(loadWindowBounds(file, [laptop])).toEqual({ width: 1400, height: 900, x: 120, y: 80, maximized: false });
  });

  it('keeps a position on a monitor left of the primary one (negative x)', () => {
    write(JSON.stringify({ width: 1200, height: 900, x: -1200, y: 40 }));
    expect(loadWindowBounds(file, [laptop, leftMonitor])).toMatchObject({ x: -1200, y: 40 });
  });

  it('drops a position on a monitor that has been unplugged, keeping the size', () => {
    write(JSON.stringify({ width: 1200, height: 900, x: -1200, y: 40 }));
    expect(loadWindowBounds(file, [laptop])).toEqual({ width: 1200, height: 900, maximized: false });
  });

  it.each([
    ['far right', { x: 5000, y: 100 }],
    ['far left', { x: -5000, y: 100 }],
    ['above the screen', { x: 100, y: -500 }],
    ['below the screen', { x: 100, y: 3000 }],
    ['title bar under the bottom edge', { x: 100, y: 1030 }],
  ])('drops a position %s', (_label, position) => {
    write(JSON.stringify({ width: 1400, height: 900, ...position }));
    const bounds = loadWindowBounds(file, [laptop]);
    expect(bounds.x).toBeUndefined();
    expect(bounds.y).toBeUndefined();
    expect(bounds.width).toBe(1400);
  });

  it('drops a position when there are no displays at all', () => {
    write(JSON.stringify({ width: 1400, height: 900, x: 10, y: 10 }));
    expect(loadWindowBounds(file, [])).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('drops half a position (x without y)', () => {
    write(JSON.stringify({ width: 1400, height: 900, x: 10 }));
    expect(loadWindowBounds(file, [laptop])).toEqual({ width: 1400, height: 900, maximized: false });
  });
});

describe('saveWindowBounds', () => {
  it('round-trips through loadWindowBounds', () => {
    const saved = { width: 1500, height: 950, x: 200, y: 120, maximized: true };
    saveWindowBounds(file, saved);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(saved);
    expect(loadWindowBounds(file, [laptop])).toEqual(saved);
  });

  it('overwrites the previous state', () => {
    saveWindowBounds(file, { width: 1500, height: 950, x: 200, y: 120 });
    saveWindowBounds(file, { width: 1000, height: 700, x: 10, y: 20, maximized: false });
    expect(loadWindowBounds(file, [laptop])).toEqual({ width: 1000, height: 700, x: 10, y: 20, maximized: false });
  });

  it('creates the folder when it does not exist yet (first run)', () => {
    const nested = path.join(dir, 'Upstream', 'window-state.json');
    saveWindowBounds(nested, { width: 1300, height: 800 });
    expect(loadWindowBounds(nested, [laptop])).toEqual({ width: 1300, height: 800, maximized: false });
  });

  it('never throws when the file cannot be written (quit must not fail)', () => {
    // A directory where the file should be makes writeFileSync fail with EISDIR.
    fs.mkdirSync(file);
    expect(() => saveWindowBounds(file, { width: 1300, height: 800 })).not.toThrow();
    expect(loadWindowBounds(file, [laptop])).toEqual(DEFAULT_BOUNDS);
  });
});
