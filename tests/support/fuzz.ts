/** Small, seeded helpers for generating malformed inputs reproducibly. */

/** mulberry32: a tiny deterministic PRNG, so a failing case can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/** Every [container, key] inside a JSON value, for mutating one at random. */
export function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = [], depth = 0): typeof out {
  if (depth > 8 || value === null || typeof value !== 'object') return out;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    out.push([value as Record<string, unknown> | unknown[], key]);
    slots(child, out, depth + 1);
  }
  return out;
}

export const STRANGE_VALUES: unknown[] = [null, 0, -1, 1.5, 1e308, '', ' ', 'x'.repeat(200_000), true, [], {}, [null], { nested: { deeper: [1, 2, 3] } }, '2026-02-30', '<script>alert(1)</script>', '\u0000', '😀🏳️‍🌈', 'Ysgol Gymraeg Bro Ŵyr'];

/** Reads UTF-8 text as if it were Windows-1252 (what Excel sometimes does), producing mojibake. */
export function misdecode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return new TextDecoder('windows-1252').decode(bytes);
}
