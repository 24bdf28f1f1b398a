/**
 * Serves the built renderer (out/renderer) on loopback: browser mode, end-to-end tests and the
 * benchmark all use it. No dependencies; refuses paths outside the folder.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.md': 'text/markdown; charset=utf-8',
};

export const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', process.env.UPSTREAM_OUT_DIR ?? 'out', 'renderer');

/** Starts the server; resolves with it once listening. Port 0 picks a free port. */
export function serveRenderer({ root = defaultRoot, port = 5180, host = '127.0.0.1' } = {}) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built renderer at ${root}. Run "npm run build" first.`);
  }
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.resolve(root, pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
    if (!file.startsWith(root + path.sep) || pathname.includes('\0')) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5180);
  const server = await serveRenderer({ port });
  const address = server.address();
  console.log(`Upstream is running at http://localhost:${typeof address === 'object' && address ? address.port : port}/`);
}
