import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { version } from './package.json';


const shared = resolve(__dirname, 'shared');
// Builds go to out/ unless UPSTREAM_OUT_DIR says otherwise (parallel test runs on one machine).
const outDir = resolve(__dirname, process.env['UPSTREAM_OUT_DIR'] ?? 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outDir, 'main'),
      // Bundle zod and friends: the package then holds only the built output (see electron-builder.yml).
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(outDir, 'preload'),
      // A sandboxed preload cannot require() its siblings: bundle everything into one file.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/preload.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias: { '@shared': shared } },
    plugins: [react()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    server: { port: 5173, strictPort: true },
    build: {
      outDir: resolve(outDir, 'renderer'),
      emptyOutDir: true,
      // electron-vite leaves output unminified by default; the renderer's start-up cost is its size.
      minify: true,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
