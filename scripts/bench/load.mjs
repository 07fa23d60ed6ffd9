// Load benchmark: how many MedLedger transactions a real node includes and finalises per second,
// against system.remark and balances.transferKeepAlive measured in the same run on the same node.
//
//   cd scripts/bench && npm ci && node load.mjs [--txs 2000] [--batch 16] [--out results]
//
// It starts a single-validator dev node from a chain spec whose genesis endows --txs load accounts
// (and admits one organisation, the grantee of the consent scenario), registers every account as
// a patient (set-up, not measured), then, per scenario, signs one transaction per account up
// front, submits them all as fast as the node accepts them, and follows the blocks:
//
//   included tx/s  = transactions / (on-chain time from the block before the first inclusion to
//                    the block with the last), i.e. per 6 s slot actually used
//   finalised tx/s = transactions / (wall time from the first submission to the finalisation of
//                    the block with the last)
//   ceiling tx/s   = how many fit in a block by weight and length (the runtime's BlockWeights and
//                    BlockLength, each transaction's weight from TransactionPaymentApi plus the
//                    base extrinsic weight) per 6 s
//
// Prints a table with the ratios to the baselines, and writes <out>/load.json and
// <out>/throughput.png (transactions included per block over time, one line per scenario).
// Needs the node built (`scripts/build.sh`); MEDLEDGER_NODE overrides the binary.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { Resvg } from '@resvg/resvg-js';

import { startNode } from '../e2e/lib/node.mjs';
import { nodeBinary } from '../network/lib.mjs';

const { values: opts } = parseArgs({
  options: {
    txs: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '16' },
    out: { type: 'string', default: 'results' },
    report: { type: 'string' },
  },
});
const N = Number(opts.txs);
const BATCH = Number(opts.batch);
const SLOT_SECONDS = 6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hash = (...parts) => u8aToHex(blake2AsU8a(parts.join(':')));

/** Runs every scenario on a fresh node; returns the saved form of the run. */
async function measure() {
  // ---- A dev chain whose genesis endows the load accounts ----

  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const alice = keyring.addFromUri('//Alice');
  console.log(`deriving ${N} load accounts ...`);
  const accounts = Array.from({ length: N }, (_, i) => keyring.addFromUri(`//Load//${i}`));

  const work = mkdtempSync(join(tmpdir(), 'medledger-load-'));
  const spec = JSON.parse(execFileSync(nodeBinary(), ['export-chain-spec', '--chain', 'dev'],
    { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }));
  const patch = spec.genesis.runtimeGenesis.patch;
  const ENDOW = '__BIG__10000000000000000'; // 10,000 MED each: fees and deposits of every scenario
  patch.balances.balances.push(...accounts.map((a) => [a.address, ENDOW]));
  patch.patientIdentity = {
    organisations: [['Load Test Hospital', 'Hospital', 'GB', hash('licence'), alice.address]],
  };
  const plainFile = join(work, 'load-spec.json');
  writeFileSync(plainFile, JSON.stringify(spec).replace(/"__BIG__(\d+)"/g, '$1'));
  const rawFile = join(work, 'load-spec.raw.json');
  execFileSync(nodeBinary(), ['export-chain-spec', '--chain', plainFile, '--raw', '--output', rawFile],
    { stdio: 'ignore' });

  const node = await startNode({
    chain: rawFile,
    args: ['--alice', '--validator', '--node-key', `${'0'.repeat(63)}1`, '--pool-limit', String(4 * N + 1000),
      '--pool-kbytes', String(512 * 1024), '--rpc-max-connections', '1000'],
    readyTimeoutMs: 120_000,
  });
  try {
    return await measureOn(node, accounts, alice);
  } finally {
    // Whatever happened, the node and its files go.
    await node.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The set-up and every scenario, on a running node. */
async function measureOn(node, accounts, alice) {
  const api = await ApiPromise.create({
    provider: new WsProvider(node.wsUrl, 1000, {}, 120_000), noInitWarn: true,
  });

  // ---- Following blocks: per block, its on-chain time and the extrinsics it holds ----

  const blocks = new Map(); // hash -> { number, time, calls: Map<'section.method', count> }
  let finalizedNumber = 0;
  const finalizedAt = new Map(); // block number -> wall time first seen finalised
  async function blockInfo(h) {
    const key = h.toHex();
    if (blocks.has(key)) return blocks.get(key);
    const { block } = await api.rpc.chain.getBlock(h);
    const calls = new Map();
    let time = 0;
    for (const ex of block.extrinsics) {
      const name = `${ex.method.section}.${ex.method.method}`;
      if (name === 'timestamp.set') time = ex.method.args[0].toNumber();
      if (ex.isSigned) calls.set(name, (calls.get(name) ?? 0) + 1);
    }
    const info = { number: block.header.number.toNumber(), time, calls };
    blocks.set(key, info);
    return info;
  }
  const unsubFinal = await api.rpc.chain.subscribeFinalizedHeads((header) => {
    const n = header.number.toNumber();
    for (let k = finalizedNumber + 1; k <= n; k += 1) finalizedAt.set(k, Date.now());
    finalizedNumber = n;
  });

  async function bestBlocksFrom(start) {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const out = [];
    for (let n = start; n <= best; n += 1) out.push(await blockInfo(await api.rpc.chain.getBlockHash(n)));
    return out;
  }

  /** Submits pre-signed transactions, `width` at a time. */
  async function submitAll(signed, width = 256) {
    for (let i = 0; i < signed.length; i += width) {
      await Promise.all(signed.slice(i, i + width).map((tx) => api.rpc.author.submitExtrinsic(tx)));
    }
  }

  /**
   * Signs `make(account, i)` for each of the first `count` accounts, submits all, and waits
   * (bounded) until `count` of `call` are included and finalised. Returns the measurement.
   */
  async function scenario(name, call, make, { units = 1, count = N, timeoutMs = 600_000 } = {}) {
    const signers = accounts.slice(0, count);
    const nonces = await Promise.all(signers.map((a) => api.rpc.system.accountNextIndex(a.address)));
    // Immortal (era 0) so that signing everything first cannot make any of them stale.
    const txs = await Promise.all(signers.map((a, i) => make(a, i).signAsync(a, { nonce: nonces[i], era: 0 })));
    const sample = txs[0];
    const { weight } = await api.call.transactionPaymentApi.queryInfo(sample.toU8a(), sample.encodedLength);
    const startBlock = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
    const t0 = Date.now();
    await submitAll(txs.map((t) => t.toHex()));
    const submitted = Date.now();
    let seen = [];
    for (;;) {
      seen = await bestBlocksFrom(startBlock);
      const included = seen.reduce((s, b) => s + (b.calls.get(call) ?? 0), 0);
      if (included >= count) break;
      if (Date.now() - t0 > timeoutMs) throw new Error(`${name}: only ${included} of ${count} included in time`);
      await sleep(1000);
    }
    const used = seen.filter((b) => (b.calls.get(call) ?? 0) > 0);
    const last = used[used.length - 1];
    const first = used[0];
    const prevTime = seen.find((b) => b.number === first.number - 1)?.time
      ?? first.time - SLOT_SECONDS * 1000;
    while (finalizedNumber < last.number) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`${name}: block #${last.number} not finalised`);
      await sleep(250);
    }
    const includedSpan = (last.time - prevTime) / 1000;
    const finalisedSpan = (finalizedAt.get(last.number) - t0) / 1000;
    const r = {
      name,
      call,
      txs: count,
      units: count * units,
      blocks: used.length,
      submitSeconds: (submitted - t0) / 1000,
      includedTps: count / includedSpan,
      finalisedTps: count / finalisedSpan,
      perBlock: used.map((b) => ({ t: (b.time - prevTime) / 1000, n: b.calls.get(call) })),
      weight: { refTime: weight.refTime.toBigInt(), proofSize: weight.proofSize.toBigInt() },
      length: sample.encodedLength,
    };
    r.ceilingTps = ceiling(r) / SLOT_SECONDS;
    console.log(`${name}: ${count} txs in ${used.length} blocks; included ${r.includedTps.toFixed(1)} tx/s, `
      + `finalised ${r.finalisedTps.toFixed(1)} tx/s, ceiling ${r.ceilingTps.toFixed(1)} tx/s`);
    return r;
  }

  /** How many such transactions fit in one block, by weight (both dimensions) and by length. */
  function ceiling({ weight, length }) {
    const bw = api.consts.system.blockWeights;
    const normal = bw.perClass.normal;
    const base = normal.baseExtrinsic;
    const maxTotal = normal.maxTotal.unwrap();
    const per = (dim) => {
      const w = weight[dim] + base[dim].toBigInt();
      return w === 0n ? Infinity : Number(maxTotal[dim].toBigInt() / w);
    };
    const maxLen = api.consts.system.blockLength.max.normal.toNumber();
    return Math.min(per('refTime'), per('proofSize'), Math.floor(maxLen / length));
  }

  // ---- Set-up (not measured): every load account becomes a patient ----

  console.log('set-up: registering the load accounts as patients ...');
  const patientIds = new Map();
  await scenario('set-up: register_patient', 'patientIdentity.registerPatient',
    (a, i) => api.tx.patientIdentity.registerPatient(hash('x25519', i), null));
  for (const a of accounts) {
    patientIds.set(a.address, (await api.call.identityApi.standing(a.address)).patient.unwrap().toNumber());
  }
  const best = (await api.rpc.chain.getHeader()).number.toNumber();

  // ---- The scenarios, in one run, on one node ----

  const request = (a, i, k = 0) => ({
    patient: patientIds.get(a.address),
    contentHash: hash('content', i, k),
    algorithm: 'Sha2_256',
    location: `https://store.example/fhir/Observation/${i}-${k}`,
    category: 'Laboratory',
    resourceType: 'Observation',
    keyManifest: hash('envelope', i, k),
    purpose: 'Treatment',
  });
  const results = [];
  results.push(await scenario('system.remark (baseline)', 'system.remark',
    (a, i) => api.tx.system.remark(hash('remark', i))));
  results.push(await scenario('balances.transferKeepAlive (baseline)', 'balances.transferKeepAlive',
    () => api.tx.balances.transferKeepAlive(alice.address, 10n ** 10n)));
  results.push(await scenario('recordAnchor.anchorRecord', 'recordAnchor.anchorRecord',
    (a, i) => api.tx.recordAnchor.anchorRecord(request(a, i))));
  results.push(await scenario(`recordAnchor.anchorBatch (${BATCH} records)`, 'recordAnchor.anchorBatch',
    (a, i) => api.tx.recordAnchor.anchorBatch(
      Array.from({ length: BATCH }, (_, k) => request(a, i, k + 1)),
    ), { units: BATCH, count: Math.ceil(N / BATCH) }));
  results.push(await scenario('consentRegistry.grantConsent', 'consentRegistry.grantConsent',
    (a) => api.tx.consentRegistry.grantConsent(patientIds.get(a.address), { Organisation: 0 }, {
      categories: 'AllStandard', actions: ['Read'], purposes: ['Treatment'], startsAt: null,
      expiresAt: best + 1_000_000, records: [],
    })));
  // The record of the anchorRecord scenario: its id is BLAKE2-256 of (patient, algorithm, hash);
  // read back from the RecordApi rather than recomputed.
  const recordIds = [];
  for (const [i, a] of accounts.entries()) {
    const page = await api.call.recordApi.records(patientIds.get(a.address), null, 100);
    const mine = page.records.find((r) => r.contentHash.toHex() === hash('content', i, 0));
    recordIds.push(mine.id.toHex());
  }
  results.push(await scenario('recordAnchor.logAccess', 'recordAnchor.logAccess',
    (a, i) => api.tx.recordAnchor.logAccess(recordIds[i], a.address, 'Treatment')));

  unsubFinal();
  await api.disconnect();
  return {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0].model },
    txsPerScenario: N,
    batch: BATCH,
    results,
  };
}

// ---- Report ----

/**
 * Sustained tx/s over full blocks: the first block (submission still under way) and the last (the
 * remainder) are left out when there are three or more; otherwise the fullest block per slot.
 */
function steadyTps(perBlock) {
  if (perBlock.length >= 3) {
    const full = perBlock.slice(1, -1);
    return full.reduce((sum, p) => sum + p.n, 0) / (full.at(-1).t - perBlock[0].t);
  }
  return Math.max(...perBlock.map((p) => p.n)) / SLOT_SECONDS;
}

const run = opts.report
  ? JSON.parse(readFileSync(opts.report, 'utf8'))
  : await measure();
const { results } = run;
for (const r of results) r.steadyTps = steadyTps(r.perBlock);
const [remark, transfer] = results;
const rows = results.map((r) => ({
  scenario: r.name,
  'tx/s': r.steadyTps.toFixed(1),
  'units/s': (r.steadyTps * (r.units / r.txs)).toFixed(1),
  '× remark': (r.steadyTps / remark.steadyTps).toFixed(2),
  '× transfer': (r.steadyTps / transfer.steadyTps).toFixed(2),
  'ceiling tx/s': r.ceilingTps.toFixed(1),
  '% of ceiling': ((100 * r.steadyTps) / r.ceilingTps).toFixed(0),
  'all incl. tx/s': r.includedTps.toFixed(1),
  'all final. tx/s': r.finalisedTps.toFixed(1),
  blocks: r.blocks,
}));
console.log(`\n${run.txsPerScenario} transactions per scenario, ${run.machine.cores} cores `
  + `(${run.machine.cpu}), ${run.date}`);
console.table(rows);
const single = results.find((r) => r.call === 'recordAnchor.anchorRecord');
const batch = results.find((r) => r.call === 'recordAnchor.anchorBatch');
console.log(`batch anchoring: ${(batch.steadyTps * run.batch).toFixed(1)} records/s = `
  + `${((batch.steadyTps * run.batch) / single.steadyTps).toFixed(2)} × single anchoring`);

mkdirSync(opts.out, { recursive: true });
writeFileSync(join(opts.out, 'load.json'), JSON.stringify({ ...run, table: rows },
  (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2));
writeFileSync(join(opts.out, 'throughput.png'), plot(results, run.txsPerScenario));
console.log(`wrote ${join(opts.out, 'load.json')} and ${join(opts.out, 'throughput.png')}`);

/**
 * Throughput over time: per scenario, a step line of each block's included transactions divided
 * by the slot (tx/s), against seconds since the block before the first inclusion.
 */
function plot(series, N) {
  const W = 960;
  const H = 540;
  const M = { l: 70, r: 300, t: 40, b: 50 };
  const maxT = Math.max(...series.flatMap((s) => s.perBlock.map((p) => p.t)), 6);
  const maxN = Math.max(...series.flatMap((s) => s.perBlock.map((p) => p.n / SLOT_SECONDS)), 1);
  const x = (t) => M.l + (t / maxT) * (W - M.l - M.r);
  const y = (n) => H - M.b - (n / maxN) * (H - M.t - M.b);
  const colours = ['#888888', '#444444', '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd'];
  const lines = series.map((s, i) => {
    const pts = [[0, 0], ...s.perBlock.flatMap((p) => [
      [p.t - SLOT_SECONDS, p.n / SLOT_SECONDS], [p.t, p.n / SLOT_SECONDS]]), [s.perBlock.at(-1).t, 0]];
    const d = pts.map(([t, n], k) => `${k ? 'L' : 'M'}${x(t).toFixed(1)},${y(n).toFixed(1)}`).join(' ');
    return `<path d="${d}" fill="none" stroke="${colours[i % colours.length]}" stroke-width="2"/>`
      + `<text x="${W - M.r + 15}" y="${M.t + 20 + i * 22}" fill="${colours[i % colours.length]}" `
      + `font-size="13">${s.name}</text>`;
  });
  const ticks = [];
  for (let k = 0; k <= 5; k += 1) {
    const t = (maxT * k) / 5;
    const n = Math.round((maxN * k) / 5);
    ticks.push(`<text x="${x(t)}" y="${H - M.b + 20}" font-size="12" text-anchor="middle">${t.toFixed(0)}</text>`);
    ticks.push(`<text x="${M.l - 8}" y="${y(n) + 4}" font-size="12" text-anchor="end">${n}</text>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<rect width="100%" height="100%" fill="white"/>
<text x="${M.l}" y="24" font-size="15">MedLedger load: included tx/s per block (${N} transactions per scenario)</text>
<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="black"/>
<line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="black"/>
<text x="${(M.l + W - M.r) / 2}" y="${H - 10}" font-size="13" text-anchor="middle">seconds since the first submission's block</text>
${ticks.join('\n')}
${lines.join('\n')}
</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render().asPng();
}
