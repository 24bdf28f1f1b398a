import fs from 'node:fs';
import path from 'node:path';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };
const MIN_WIDTH = 800;
const MIN_HEIGHT = 560;

/**
 * Reads the saved window bounds, falling back to the default when the file is missing or
 * damaged, and dropping the position when it would put the window off every screen.
 */
export function loadWindowBounds(file: string, displays: DisplayArea[]): WindowBounds {
  let saved: unknown;
  try {
    saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_BOUNDS };
  }
  if (!saved || typeof saved !== 'object') return { ...DEFAULT_BOUNDS };
  const s = saved as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  // A size of zero or less is damage, not a small window: use the default rather than the minimum.
  const size = (v: unknown) => {
    const n = num(v);
    return n !== undefined && n > 0 ? n : undefined;
  };
  const width = Math.max(MIN_WIDTH, size(s.width) ?? DEFAULT_BOUNDS.width);
  const height = Math.max(MIN_HEIGHT, size(s.height) ?? DEFAULT_BOUNDS.height);
  const bounds: WindowBounds = { width, height, maximized: s.maximized === true };
  const x = num(s.x);
  const y = num(s.y);
  if (x !== undefined && y !== undefined) {
    // Keep the position only if the title bar area is on some display.
    const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width && y >= d.y && y < d.y + d.height - 40);
    if (visible) Object.assign(bounds, { x, y });
  }
  return bounds;
}

export function saveWindowBounds(file: string, bounds: WindowBounds): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(bounds));
  } catch {
    // Remembering the window is a nicety; never fail a quit over it.
  }
}
