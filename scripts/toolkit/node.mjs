// Processes for tests, examples, benchmarks and networks: the medledger-node binary and the
// runtime Wasm blobs the build leaves, a node started on free ports with a temporary base path
// (unless given) and its log in a file, one JSON-RPC call over HTTP, and bounded waits. Every
// process started here is stopped by `stop()`.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Path of the node binary: $MEDLEDGER_NODE, else the release build in the cargo target dir. */
export function nodeBinary() {
  const candidates = [
    process.env.MEDLEDGER_NODE,
    process.env.CARGO_TARGET_DIR && join(process.env.CARGO_TARGET_DIR, 'release/medledger-node'),
    join(homedir(), '.cache/medledger/target/release/medledger-node'),
    join(repoRoot, 'target/release/medledger-node'),
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`medledger-node not found (tried: ${candidates.join(', ')})`);
  return found;
}

/** One JSON-RPC call over HTTP, for methods polkadot.js does not know; rejects if no answer. */
export async function rpc(port, method, params = []) {
  const res = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(5_000),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/**
 * Path of a runtime Wasm that `crate` builds (substrate-wasm-builder's compact, compressed blob):
 * `$<envVar>` if set, else its place in the cargo target dir.
 */
export function runtimeWasm(crate, envVar) {
  const file = `release/wbuild/${crate}/${crate.replaceAll('-', '_')}.compact.compressed.wasm`;
  const candidates = [
    envVar && process.env[envVar],
    process.env.CARGO_TARGET_DIR && join(process.env.CARGO_TARGET_DIR, file),
    join(homedir(), '.cache/medledger/target', file),
    join(repoRoot, 'target', file),
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `${crate} Wasm not found; build it with \`cargo build --release -p ${crate}\`` +
        ` (tried: ${candidates.join(', ')})`,
    );
  }
  return found;
}

/** The upgrade fixture's Wasm (the solo runtime's v2, built by `runtime/upgrade-fixture`). */
export function upgradeFixtureWasm() {
  return runtimeWasm('medledger-runtime-upgrade-fixture', 'MEDLEDGER_UPGRADE_WASM');
}

/**
 * Path of a runtime's release Wasm (`crate`: medledger-runtime or medledger-parachain-runtime),
 * which `bash scripts/release-runtime.sh` builds into release/ with the `metadata-hash` feature.
 */
export function releaseWasm(crate = 'medledger-runtime') {
  const file = join(repoRoot, 'release', `${crate.replaceAll('-', '_')}.compact.compressed.wasm`);
  if (!existsSync(file)) {
    throw new Error(`${file} not found; build it with \`bash scripts/release-runtime.sh\``);
  }
  return file;
}

/** A TCP port that was free a moment ago on loopback. */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/**
 * Runs a Node.js script (`args`: the script and its arguments) in `cwd` with `env` added to the
 * environment, stopped with `killSignal` (SIGINT) after `timeoutMs`. Resolves
 * { code, signal, output } (stdout and stderr together).
 */
export function runScript(cwd, args, { timeoutMs, env = {}, killSignal = 'SIGINT' }) {
  return new Promise((ok) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill(killSignal), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      ok({ code, signal, output });
    });
  });
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a node. Options: `chain` ('dev' by default), `basePath` (a new temporary one by default,
 * removed on stop), `args` (extra CLI arguments), `readyTimeoutMs`.
 * Returns { wsUrl, rpcPort, p2pPort, promPort, basePath, logFile, stop() }.
 */
export async function startNode(opts = {}) {
  const chain = opts.chain ?? 'dev';
  const ports = await nodePorts();
  return startProcess(
    nodeBinary(),
    (basePath) => [
      chain === 'dev' ? '--dev' : `--chain=${chain}`,
      ...nodeArgs(basePath, ports),
      ...(opts.args ?? []),
    ],
    {
      ...opts,
      name: 'node',
      substrate: true,
      rpcPort: ports.rpcPort,
      extra: { p2pPort: ports.p2pPort, promPort: ports.promPort },
    },
  );
}

/** Free RPC, p2p and Prometheus ports for one node. */
export async function nodePorts() {
  return { rpcPort: await freePort(), p2pPort: await freePort(), promPort: await freePort() };
}

/**
 * The arguments every Substrate node started here gets: its base path and ports, no telemetry,
 * no mDNS (tests on one machine find their peers by explicit addresses).
 */
export function nodeArgs(basePath, { rpcPort, p2pPort, promPort }) {
  return [
    `--base-path=${basePath}`,
    `--rpc-port=${rpcPort}`,
    `--port=${p2pPort}`,
    `--prometheus-port=${promPort}`,
    '--no-telemetry',
    '--no-mdns',
  ];
}

/**
 * Starts `binary` with the arguments `argsFor(basePath)` returns, its output in a log file under
 * the base path, and resolves once JSON-RPC answers on `rpcPort` (over HTTP; or once `ready()`
 * resolves truthy). Options: `basePath` (a new temporary one by default, removed on stop), `name`
 * (of the log file), `substrate` (a Substrate node: its RPC port is the one its log names),
 * `readyTimeoutMs`, `extra` (merged into the result).
 * Returns { wsUrl, rpcPort, basePath, logFile, stop(), pid, ...extra }.
 */
export async function startProcess(binary, argsFor, opts) {
  const { rpcPort } = opts;
  const ownBasePath = !opts.basePath;
  const basePath = opts.basePath ?? mkdtempSync(join(tmpdir(), 'medledger-e2e-'));
  mkdirSync(basePath, { recursive: true });
  const logFile = join(basePath, `${opts.name ?? 'process'}-${Date.now()}.log`);
  const fd = openSync(logFile, 'a');
  const child = spawn(binary, argsFor(basePath), { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited = null;
  const exitPromise = new Promise((r) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      r(exited);
    }),
  );

  const stop = async () => {
    if (!exited) {
      child.kill('SIGINT');
      const timeout = sleep(20_000).then(() => 'timeout');
      if ((await Promise.race([exitPromise, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exitPromise;
      }
    }
    if (ownBasePath) rmSync(basePath, { recursive: true, force: true });
  };

  const logTail = () => readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  // A Substrate node (`opts.substrate`) whose `--rpc-port` another process bound after it was
  // chosen listens on a random port instead, and names it in its log: such a node is ready only
  // once its log names its address, and is followed there.
  let port = rpcPort;
  const logged = () => {
    const found = /Running JSON-RPC server: addr=127\.0\.0\.1:(\d+)/.exec(readFileSync(logFile, 'utf8'));
    if (found) port = Number(found[1]);
    return found !== null;
  };
  const ready = opts.ready ?? (async () => (!opts.substrate || logged()) && rpc(port, 'system_health'));
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exited) {
      throw new Error(`${opts.name ?? binary} exited early (${JSON.stringify(exited)}):\n${logTail()}`);
    }
    try {
      if (await ready()) break;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) {
      const tail = logTail();
      await stop();
      throw new Error(
        `${opts.name ?? binary}: RPC not ready on port ${port} within the time limit:\n${tail}`,
      );
    }
    await sleep(250);
  }
  return {
    wsUrl: `ws://127.0.0.1:${port}`,
    rpcPort: port,
    basePath,
    logFile,
    stop,
    pid: child.pid,
    ...(opts.extra ?? {}),
  };
}

/** Resolves when `check()` returns a truthy value, polling; rejects after `timeoutMs`. */
export async function waitFor(check, { timeoutMs = 60_000, intervalMs = 500, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * Starts the record gateway (scripts/gateway) as its own process against the node at `rpc`, as
 * the custodian account of secret URI `suri`, with its configuration file and SQLite database in
 * the base path. Resolves like `startProcess`, plus `url` and `database`.
 */
export async function startGateway({ rpc: chainRpc, suri, basePath, config = {} }) {
  const port = await freePort();
  const bin = fileURLToPath(new URL('../gateway/bin/medledger-gateway.mjs', import.meta.url));
  const url = `http://127.0.0.1:${port}`;
  let database;
  return startProcess(
    process.execPath,
    (base) => {
      database = join(base, 'gateway.sqlite');
      const file = join(base, 'gateway.json');
      writeFileSync(
        file,
        JSON.stringify({
          listen: { host: '127.0.0.1', port },
          chain: { rpc: chainRpc },
          custodian: { suri },
          database,
          ...config,
        }),
      );
      return [bin, '--config', file];
    },
    {
      basePath,
      name: 'gateway',
      ready: async () => (await fetch(`${url}/health`)).status > 0,
      extra: {
        url,
        get database() {
          return database;
        },
      },
    },
  );
}
