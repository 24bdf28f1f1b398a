/**
 * QR codes for printed documents, made here on the computer (the `qrcode` library's encoder; no
 * web service): as an SVG picture for the PDF and as a PNG for Word.
 */
import QRCode from 'qrcode';
import type { PngPicture } from './raster';

/** Modules of quiet (light) border the standard asks for around the code. */
const QUIET = 4;

function matrix(text: string): { size: number; dark: (row: number, column: number) => boolean } {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = code.modules;
  return { size, dark: (row, column) => data[row * size + column] === 1 };
}

/** The code as an SVG data: URL (crisp at any print size). */
export function qrSvgDataUrl(text: string): string {
  const { size, dark } = matrix(text);
  const full = size + QUIET * 2;
  let path = '';
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (dark(r, c)) path += `M${c + QUIET} ${r + QUIET}h1v1h-1z`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges"><rect width="${full}" height="${full}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** The code as a PNG of about `pixels` square (whole pixels per module, so it scans). */
export function qrPng(text: string, pixels = 300): PngPicture {
  const { size, dark } = matrix(text);
  const full = size + QUIET * 2;
  const scale = Math.max(2, Math.floor(pixels / full));
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = full * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas to draw the QR code on.');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (dark(r, c)) context.fillRect((c + QUIET) * scale, (r + QUIET) * scale, scale, scale);
  const dataUrl = canvas.toDataURL('image/png');
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { dataUrl, bytes, width: canvas.width, height: canvas.height };
}
