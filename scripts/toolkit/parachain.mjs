// MedLedger's parachain runtime for a test: its chain spec, made from the runtime's Wasm and a
// genesis preset by the node's `chain-spec-builder` (as `scripts/parachain.sh spec` makes it), and
// the two hosts that run it without a relay chain: chopsticks (npm, always) and
// polkadot-omni-node's dev mode (when the binary is present: `scripts/parachain.sh
// install-omni-node`). `node toolkit/parachain.mjs spec DIR [PRESET]` writes the chain specs
// (`scripts/parachain.sh spec` runs it). Each host simulates the relay chain's side: the parachain inherent and, for
// a scheduled runtime upgrade, the relay chain's go-ahead.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  freePort,
  nodeArgs,
  nodeBinary,
  nodePorts,
  rpc,
  runtimeWasm,
  startProcess,
  waitFor,
} from './node.mjs';

// The npm workspace's root (`scripts/`), where its packages' binaries are.
const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The parachain runtime's Wasm (`runtime/parachain`). */
export function parachainWasm() {
  return runtimeWasm('medledger-parachain-runtime', 'MEDLEDGER_PARACHAIN_WASM');
}

/** Its next release (`runtime/parachain/upgrade-fixture`: spec + 1, patient deposit halved). */
export function parachainUpgradeWasm() {
  return runtimeWasm('medledger-parachain-runtime-upgrade-fixture', 'MEDLEDGER_PARACHAIN_UPGRADE_WASM');
}

/** The para id of the runtime's genesis presets. */
export const PARA_ID = 2000;

/**
 * Writes the plain and raw chain specs of `preset` into `dir` with `medledger-node
 * chain-spec-builder` and returns the raw one's path.
 */
export function parachainSpec(dir, preset = 'development') {
  const plain = join(dir, `${preset}.json`);
  const raw = join(dir, `${preset}.raw.json`);
  const run = (args) =>
    execFileSync(nodeBinary(), ['chain-spec-builder', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
  run([
    '-c',
    plain,
    'create',
    '--chain-name',
    `MedLedger parachain (${preset})`,
    '--chain-id',
    `medledger_parachain_${preset}`,
    '-t',
    preset === 'development' ? 'development' : 'local',
    '--relay-chain',
    'rococo-local',
    '--para-id',
    String(PARA_ID),
    '--runtime',
    parachainWasm(),
    '--properties',
    'tokenSymbol=MED,tokenDecimals=12,ss58Format=42',
    'named-preset',
    preset,
  ]);
  run(['-c', raw, 'convert-to-raw', plain]);
  return raw;
}

/** polkadot-omni-node: $POLKADOT_OMNI_NODE, else the cargo cache's bin dir; null if absent. */
export function omniNodeBinary() {
  const candidates = [
    process.env.POLKADOT_OMNI_NODE,
    join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin/polkadot-omni-node'),
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Starts chopsticks on the raw chain spec `spec` (the parachain's own genesis, no live chain). It
 * builds a block for each transaction (`newBlock` builds one on demand) and makes up the relay
 * chain's data, the go-ahead for a scheduled upgrade among it.
 * Returns { host, wsUrl, newBlock(), stop() }.
 */
export async function startChopsticks(spec) {
  const rpcPort = await freePort();
  const proc = await startProcess(
    join(workspaceRoot, 'node_modules/.bin/chopsticks'),
    () => [`--genesis=${spec}`, `--port=${rpcPort}`, '--build-block-mode=Instant'],
    { name: 'chopsticks', rpcPort, readyTimeoutMs: 120_000 },
  );
  return {
    ...proc,
    host: 'chopsticks',
    newBlock: () => rpc(rpcPort, 'dev_newBlock', []),
  };
}

/**
 * Starts polkadot-omni-node in dev mode (no relay chain, a block every 6 s, ParityDB) on the raw
 * chain spec `spec`. Returns { host, wsUrl, newBlock(api), stop() }.
 */
export async function startOmniNode(spec) {
  const ports = await nodePorts();
  const proc = await startProcess(
    omniNodeBinary(),
    (basePath) => [
      `--chain=${spec}`,
      '--dev',
      '--dev-block-time=6000',
      '--database=paritydb',
      ...nodeArgs(basePath, ports),
    ],
    { name: 'omni-node', substrate: true, rpcPort: ports.rpcPort, readyTimeoutMs: 120_000 },
  );
  return {
    ...proc,
    host: 'polkadot-omni-node',
    // Blocks come every 6 s: wait for the next one.
    newBlock: async (api) => {
      const now = (await api.rpc.chain.getHeader()).number.toNumber();
      await waitFor(async () => (await api.rpc.chain.getHeader()).number.toNumber() > now, {
        timeoutMs: 30_000,
        what: 'the next block',
      });
    },
  };
}

/** The hosts to test on: chopsticks, and the omni-node when its binary is present. */
export function parachainHosts() {
  return [
    ['chopsticks', startChopsticks],
    ...(omniNodeBinary() ? [['polkadot-omni-node', startOmniNode]] : []),
  ];
}

// As a command: `node parachain.mjs spec DIR [PRESET]` writes DIR/PRESET.json and
// DIR/PRESET.raw.json and prints the raw one's path.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, dir, preset = 'development'] = process.argv.slice(2);
  if (command !== 'spec' || !dir) {
    console.error('usage: node parachain.mjs spec DIR [PRESET]');
    process.exit(2);
  }
  console.log(parachainSpec(dir, preset));
}
