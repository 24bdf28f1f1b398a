#!/usr/bin/env node
/**
 * Rasterises resources/icons/icon.svg into the PNGs electron-builder packages:
 *   resources/icons/icon.png       512x512, used for Windows (.ico) and macOS (.icns); electron-builder converts it
 *   resources/icons/<N>x<N>.png    the Linux icon set (linux.icon points at this folder)
 *
 * Run after changing icon.svg, then commit the PNGs:
 *   node scripts/render-icons.mjs
 *
 * It drives a local Chromium through Playwright; nothing is downloaded. Set CHROMIUM_PATH to use
 * a browser other than /usr/bin/chromium.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'resources', 'icons');
const svgFile = path.join(iconsDir, 'icon.svg');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Linux icon sizes (hicolor theme); 256 is also the minimum electron-builder accepts for Windows. */
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

/** Width and height from a PNG's IHDR chunk, to check what was written. */
function pngSize(buffer) {
  const signature = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function main() {
  const svg = await fs.readFile(svgFile, 'utf8');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const targets = [{ file: 'icon.png', size: 512 }, ...LINUX_SIZES.map((size) => ({ file: `${size}x${size}.png`, size }))];
    for (const { file, size } of targets) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      // The SVG inline, sized to the viewport, on a transparent page: no network, no file:// access.
      await page.setContent(
        `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      const actual = pngSize(png);
      if (actual.width !== size || actual.height !== size) throw new Error(`${file}: expected ${size}x${size}, got ${actual.width}x${actual.height}`);
      await fs.writeFile(path.join(iconsDir, file), png);
      console.log(`wrote resources/icons/${file} (${size}x${size}, ${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
