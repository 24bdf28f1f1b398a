/**
 * `npm start`: builds Upstream, then opens it in Electron when an Electron binary is installed,
 * or serves the same renderer in a browser where there is none (browser mode).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serveRenderer } from './serve-renderer.mjs';

const require = createRequire(import.meta.url);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const build = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
if (binary && process.env.UPSTREAM_BROWSER_MODE !== '1') {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = Number(process.env.PORT ?? 5180);
  await serveRenderer({ port });
  const url = `http://localhost:${port}/`;
  console.log(`\nNo Electron binary is installed here, so Upstream is running in browser mode.`);
  console.log(`Open ${url} in Chromium, Chrome or Edge. Press Ctrl+C to stop.\n`);
  for (const browser of ['chromium', 'google-chrome', 'xdg-open']) {
    if (process.env.CI || !process.env.DISPLAY) break;
    const opened = spawnSync('sh', ['-c', `command -v ${browser}`]).status === 0;
    if (opened) {
      spawn(browser, [url], { stdio: 'ignore', detached: true }).unref();
      break;
    }
  }
}
