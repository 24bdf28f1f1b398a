/**
 * Loaded with `node --require` before Electronegativity. The tool asks the network for translations
 * and for Electron's release list; `npm test` runs offline, and under Node 24 the tool's HTTP client
 * crashes the process when such a request times out. Every request is refused at once instead, so
 * the tool falls back to its bundled English text. The release-list check is excluded on the
 * command line (its answer depends on the network, not on our code).
 */
const Module = require('node:module');

const refuse = () => Promise.reject(new Error('Upstream runs Electronegativity offline'));
const offlineGot = Object.assign(refuse, { get: refuse, head: refuse, post: refuse, stream: refuse });

const load = Module._load;
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') return offlineGot;
  return load.call(this, request, ...rest);
};
