// Load benchmark: how many MedLedger transactions a real node includes and finalises per second,
// against system.remark and balances.transferKeepAlive measured in the same run on the same node.
//
//   (cd scripts && npm ci) && cd scripts/bench && node load.mjs [--accounts 4000] [--batch <MaxBatchSize>] [--out results]
//   node load.mjs --report results/load.json      # the table and plot again from saved results
//
// It starts a single-validator dev node from a chain spec whose genesis endows --accounts load
// accounts (and admits one organisation, which keeps every record), registers every account as a
// patient and as a practitioner of that organisation (set-up, not measured), then runs each scenario in two parts (after the first anchoring scenario, every
// account prepays its record deposits, as authors who write often do):
//
//   probe  one transaction per account, signed up front and submitted at once; once included,
//          the weight each was charged is read from its `ExtrinsicSuccess` event (the actual
//          weight after refunds, base extrinsic weight included). That gives the ceiling: how
//          many fit in a block by weight (both dimensions, the normal class's `maxTotal`) and
//          by length, per 2-second slot.
//   run    enough rounds of one transaction per account (the next nonces) to fill at least four
//          blocks at the ceiling, all signed up front (immortal, explicit nonces), submitted as
//          fast as the node takes them; then the blocks are followed until all are included and
//          finalised.
//
//   tx/s           sustained: the transactions of the blocks strictly between the first and the
//                  last block holding the scenario's call (both may be partial), per on-chain
//                  second; with fewer than three blocks, the fullest block per slot
//   ceiling tx/s   the weight- and length-bound ceiling above
//   all incl./final. tx/s   every transaction of the run, over on-chain time from the block
//                  before the first inclusion to the last inclusion, and over wall time from the
//                  first submission to the finalisation of the last block
//
// Prints a table with the ratios to the baselines, and writes <out>/load.json and
// <out>/throughput.png (transactions included per block over time, one line per scenario).
// Needs the node built (`scripts/build.sh`); MEDLEDGER_NODE overrides the binary. With
// --keep <dir>, the node's database and chain spec stay in <dir> (replacing what was there), for
// `benchmark storage` on a loaded state (scripts/bench/weights.sh storage).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect } from '@medledger/sdk';
import { nodeBinary, startNode } from 'medledger-toolkit/node.mjs';

import { report } from './load/report.mjs';
import { loadRunner } from './load/scenario.mjs';
import { hash, runWorkloads } from './load/workloads.mjs';

const { values: opts } = parseArgs({
  options: {
    accounts: { type: 'string', default: '4000' },
    batch: { type: 'string' },
    blocks: { type: 'string', default: '4' },
    'max-rounds': { type: 'string', default: '40' },
    out: { type: 'string', default: 'results' },
    keep: { type: 'string' },
    report: { type: 'string' },
  },
});
const N = Number(opts.accounts);
const maxRounds = Number(opts['max-rounds']);

/** Runs every scenario on a fresh node; returns the saved form of the run. */
async function measure() {
  // ---- A dev chain whose genesis endows the load accounts ----

  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const alice = keyring.addFromUri('//Alice');
  console.log(`deriving ${N} load accounts ...`);
  const accounts = Array.from({ length: N }, (_, i) => keyring.addFromUri(`//Load//${i}`));

  const work = mkdtempSync(join(tmpdir(), 'medledger-load-'));
  const spec = JSON.parse(
    execFileSync(nodeBinary(), ['export-chain-spec', '--chain', 'dev'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const patch = spec.genesis.runtimeGenesis.patch;
  const ENDOW = '__BIG__100000000000000000'; // 100,000 MED each: fees and deposits of every round
  patch.balances.balances.push(...accounts.map((a) => [a.address, ENDOW]));
  patch.patientIdentity = {
    organisations: [['Load Test Hospital', 'Hospital', 'GB', hash('licence'), alice.address]],
  };
  const plainFile = join(work, 'load-spec.json');
  writeFileSync(plainFile, JSON.stringify(spec).replace(/"__BIG__(\d+)"/g, '$1'));
  // With --keep, the raw spec stays beside the database: `benchmark storage` opens it with it.
  // (a new database each run: whatever an earlier run kept there is removed first).
  if (opts.keep) {
    rmSync(resolve(opts.keep), { recursive: true, force: true });
    mkdirSync(resolve(opts.keep), { recursive: true });
  }
  const rawFile = join(opts.keep ? resolve(opts.keep) : work, 'load-spec.raw.json');
  execFileSync(nodeBinary(), ['export-chain-spec', '--chain', plainFile, '--raw', '--output', rawFile], {
    stdio: 'ignore',
  });

  const node = await startNode({
    chain: rawFile,
    basePath: opts.keep ? resolve(opts.keep) : undefined,
    args: [
      '--alice',
      '--validator',
      '--node-key',
      `${'0'.repeat(63)}1`,
      '--pool-limit',
      String(maxRounds * N + 10_000),
      '--pool-kbytes',
      String(1024 * 1024),
      '--rpc-max-connections',
      '1000',
      '--rpc-max-request-size',
      '64',
      '--rpc-max-response-size',
      '64',
    ],
    readyTimeoutMs: 120_000,
  });
  try {
    return await measureOn(node, accounts, alice);
  } finally {
    // Whatever happened, the node and its files go (the database stays with --keep).
    await node.stop();
    rmSync(work, { recursive: true, force: true });
    if (opts.keep) console.log(`database kept in ${resolve(opts.keep)} (chain spec: dev + load accounts)`);
  }
}

/** The set-up and every scenario, on a running node. */
async function measureOn(node, accounts, alice) {
  const api = await connect(node.wsUrl, { timeoutMs: 300_000 });
  const specVersion = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
  // Records per batch: the runtime's most, unless --batch says otherwise.
  const batch = Number(opts.batch ?? api.consts.recordAnchor.maxBatchSize.toNumber());
  const runner = await loadRunner(api, accounts, { fillBlocks: Number(opts.blocks), maxRounds });
  const results = await runWorkloads(api, runner, { accounts, alice, batch });
  const bw = api.consts.system.blockWeights;
  const limits = {
    normalMaxTotal: {
      refTime: bw.perClass.normal.maxTotal.unwrap().refTime.toBigInt(),
      proofSize: bw.perClass.normal.maxTotal.unwrap().proofSize.toBigInt(),
    },
    baseExtrinsic: bw.perClass.normal.baseExtrinsic.refTime.toBigInt(),
    baseBlock: bw.baseBlock.refTime.toBigInt(),
    dbRead: api.consts.system.dbWeight.read.toBigInt(),
    dbWrite: api.consts.system.dbWeight.write.toBigInt(),
    normalMaxLength: api.consts.system.blockLength.max.normal.toNumber(),
  };
  runner.stop();
  await api.disconnect();
  return {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0].model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    specVersion,
    accounts: accounts.length,
    batch,
    limits,
    results,
  };
}

report(opts.report ? JSON.parse(readFileSync(opts.report, 'utf8')) : await measure(), opts.out);
