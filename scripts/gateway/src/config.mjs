// The gateway's configuration: a JSON file (gateway.example.json), every field optional but the
// custodian's key. Relative paths are relative to the file.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, resolve } from 'node:path';

export const DEFAULTS = {
  listen: { host: '127.0.0.1', port: 8787 },
  // The https URL clients reach the gateway at (TLS is terminated by a reverse proxy in front of
  // it): the audience of signed requests and the start of every location anchored (the chain
  // takes only https:// and ipfs:// locations). Defaults to https://localhost:<listen.port>.
  publicUrl: null,
  chain: { rpc: 'ws://127.0.0.1:9944' },
  // The custodian's account, a practitioner of the organisation that keeps the records: `suri`
  // (a secret URI, for development) or `suriFile` (a file holding one, mode 0600).
  custodian: { suri: null, suriFile: null },
  database: '~/.local/share/medledger/gateway/gateway.sqlite',
  requests: {
    // The furthest ahead a request's expiry may be: a signed request is good for at most this.
    maxLifetimeMs: 60_000,
    maxBodyBytes: 16 * 1024 * 1024,
  },
  accessLog: {
    // `roots`: each answer is a leaf on disk before it leaves, anchored in a Merkle root every
    // `rootIntervalMs` (one transaction for up to `maxLeavesPerRoot` answers); `per-read`: a
    // transaction per answer, a read served once its entry is in a block.
    mode: 'roots',
    rootIntervalMs: 6_000,
    maxLeavesPerRoot: 10_000,
  },
  // Relay sponsored patients' meta transactions (POST /relay), paid by the custodian account,
  // which must be its organisation's sponsor (`sponsorship.setSponsor`).
  relay: { enabled: false },
  // The web console (scripts/web): `dir`, its built files, served at `/`; `chainRpc`, the
  // node's WebSocket URL as browsers reach it (default: `chain.rpc`).
  console: { dir: null, chainRpc: null },
  logLevel: 'info',
};

const expand = (base, path) => {
  if (path === ':memory:') return path;
  const home = path.startsWith('~/') ? resolve(homedir(), path.slice(2)) : path;
  return isAbsolute(home) ? home : resolve(base, home);
};

/** Merges `overrides` into `DEFAULTS` (one level of nesting), resolving paths against `base`. */
export function makeConfig(overrides = {}, base = process.cwd()) {
  const config = {};
  for (const [k, v] of Object.entries(DEFAULTS)) {
    const o = overrides[k];
    config[k] = v !== null && typeof v === 'object' ? { ...v, ...(o ?? {}) } : (o ?? v);
  }
  for (const k of Object.keys(overrides)) {
    if (!(k in DEFAULTS)) throw new Error(`unknown configuration field ${k}`);
  }
  config.database = expand(base, config.database);
  if (config.console.dir) config.console.dir = expand(base, config.console.dir);
  if (config.custodian.suriFile) {
    config.custodian.suri = readFileSync(expand(base, config.custodian.suriFile), 'utf8').trim();
  }
  if (!config.custodian.suri) throw new Error('custodian.suri or custodian.suriFile is required');
  config.publicUrl = (config.publicUrl ?? `https://localhost:${config.listen.port}`).replace(/\/$/, '');
  if (!config.publicUrl.startsWith('https://')) throw new Error('publicUrl must be an https:// URL');
  if (!['roots', 'per-read'].includes(config.accessLog.mode))
    throw new Error('accessLog.mode is roots or per-read');
  return config;
}

/** Reads the configuration file at `path`. */
export function loadConfig(path) {
  return makeConfig(JSON.parse(readFileSync(path, 'utf8')), dirname(resolve(path)));
}
