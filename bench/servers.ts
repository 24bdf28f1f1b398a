/**
 * The two loopback servers the benchmarks load pages from: the built renderer (the same server as
 * browser mode and the end-to-end tests) and a blank page, the baseline for load times.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';


/**
 * Starts scripts/serve-renderer.mjs on a free port. Imported dynamically because bench/ runs as
 * CommonJS under tsx (package.json has no "type") and that script uses top-level await, which a
 * require() cannot load.
 */
export async function serveRenderer(root: string): Promise<http.Server> {
  const script = await import('../scripts/serve-renderer.mjs');
  return script.serveRenderer({ root, port: 0, host: '127.0.0.1' });
}

export const BLANK_PAGE = '<!doctype html><title>blank</title><h1>Blank</h1>';

/** A server that answers every request with the blank page, headers as serve-renderer sends them. */
export function serveBlankPage(host = '127.0.0.1'): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(BLANK_PAGE);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve(server));
  });
}

export function urlOf(server: http.Server): string {
  const { address, port } = server.address() as AddressInfo;
  return `http://${address}:${port}/`;
}

export function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
