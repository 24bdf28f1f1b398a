/**
 * Electronegativity (Doyensec) over the shell: the main process and preload sources, and the
 * renderer's index.html (for its CSP). Fails on any HIGH or MEDIUM finding, except the reviewed ones
 * listed below, each with the reason it is safe.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-electronegativity-'));
for (const file of fs.readdirSync(path.join(root, 'electron'))) fs.copyFileSync(path.join(root, 'electron', file), path.join(work, file));
fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(work, 'index.html'));

/** Findings a person has reviewed: the check, the file, a snippet that must match, and why it is safe. */
const REVIEWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main.ts',
    sample: 'open: (safe) => shell.openExternal(safe),',
    why: 'the single call site, reached only through openExternalLink: https to a trusted host, or another safe host once the lead confirms; never IP literals or localhost (tests/electron/security.test.ts)',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'ipc-handlers.ts',
    sample: 'await deps.openExternal(url);',
    why: 'the payload is parsed by externalUrlSchema first and the sender checked (tests/electron/ipc-handlers.test.ts)',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main.ts',
    sample: 'handlers.openExternal(senderOf(event), payload)',
    why: 'registers the validated handler above; it calls openExternalSafely only after the checks',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main.ts',
    sample: "preload: path.join(__dirname, '../preload/index.js')",
    why: 'the sandboxed preload exposes only the contract methods through contextBridge (tests/electron/preload.test.ts)',
  },
];

const csv = path.join(work, 'findings.csv');
const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const offline = path.join(root, 'scripts', 'electronegativity-offline.cjs');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
try {
  // Offline by design (see electronegativity-offline.cjs); the release-list check needs the network.
  const args = ['--require', offline, cli, '-i', work, '-r', '-v', 'false', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', csv];
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (error) {
  console.error('Electronegativity did not run:', error.stderr?.toString() ?? error);
  process.exit(1);
}

/** Minimal CSV reader for the tool's output (quoted fields, commas inside quotes). */
function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/).filter(Boolean)) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const c = line[i];
      if (c === '"' && line[i + 1] === '"' && quoted) {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        cells.push(cell.trim());
        cell = '';
      } else cell += c;
    }
    cells.push(cell.trim());
    rows.push(cells);
  }
  return rows;
}

const [header, ...rows] = parseCsv(fs.readFileSync(csv, 'utf8'));
const col = (name) => header.findIndex((h) => h.trim() === name);
const findings = rows.map((r) => ({ check: r[col('issue')], severity: r[col('severity')], confidence: r[col('confidence')], file: r[col('filename')], location: r[col('location')], sample: r[col('sample')] }));
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const reviewOf = (f) => REVIEWED.find((r) => r.check === f.check && r.file === f.file && f.sample.includes(r.sample));
const reviewed = serious.filter((f) => reviewOf(f));
const failing = serious.filter((f) => !reviewOf(f));

console.log(`Electronegativity: ${findings.length} findings (${serious.length} HIGH or MEDIUM, ${reviewed.length} reviewed, ${failing.length} failing).`);
for (const f of reviewed) console.log(`  reviewed ${f.check} ${f.file}:${f.location}: ${reviewOf(f).why}`);
for (const f of failing) console.log(`  FAIL ${f.severity} ${f.check} ${f.file}:${f.location} ${f.sample}`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(failing.length > 0 ? 1 : 0);
