/**
 * Pictures for editable documents (PowerPoint, Word): the school's logo or a chosen picture drawn
 * to a PNG of a sensible size, whatever it was stored as (SVG, JPEG or PNG), with its proportions,
 * so every office suite shows it. A picture that cannot be drawn is left out, never shown broken.
 */
export interface PngPicture {
  /** "data:image/png;base64,…" */
  dataUrl: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

function decode(src: string, timeoutMs: number): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image();
    const timer = setTimeout(() => resolve(null), timeoutMs);
    image.onload = () => {
      clearTimeout(timer);
      resolve(image);
    };
    image.onerror = () => {
      clearTimeout(timer);
      resolve(null);
    };
    image.src = src;
  });
}

function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The picture as a PNG at most `maxPixels` on its longer side; null when it cannot be drawn. */
export async function pictureAsPng(dataUrl: string | undefined, maxPixels = 800, timeoutMs = 5_000): Promise<PngPicture | null> {
  if (!dataUrl || !/^data:image\/(png|jpeg|svg\+xml);base64,/.test(dataUrl)) return null;
  const image = await decode(dataUrl, timeoutMs);
  if (!image) return null;
  // An SVG without its own size reports 0 × 0: draw it at a width that prints sharply.
  const naturalWidth = image.naturalWidth || 600;
  const naturalHeight = image.naturalHeight || 240;
  const scale = Math.min(1, maxPixels / Math.max(naturalWidth, naturalHeight));
  const width = Math.max(1, Math.round(naturalWidth * scale));
  const height = Math.max(1, Math.round(naturalHeight * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(image, 0, 0, width, height);
  const png = canvas.toDataURL('image/png');
  if (!png.startsWith('data:image/png')) return null;
  return { dataUrl: png, bytes: bytesOf(png), width, height };
}

/** Fits a picture of `width` × `height` inside a box, keeping its proportions. */
export function fitInside(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / width, maxHeight / height);
  return { width: width * scale, height: height * scale };
}
