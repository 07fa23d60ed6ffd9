// Load benchmark: how many MedLedger transactions a real node includes and finalises per second,
// against system.remark and balances.transferKeepAlive measured in the same run on the same node.
//
//   cd scripts/bench && npm ci && node load.mjs [--accounts 4000] [--batch <MaxBatchSize>] [--out results]
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
//          by length, per 6-second slot.
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

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { Resvg } from '@resvg/resvg-js';

import { startNode } from '../e2e/lib/node.mjs';
import { nodeBinary } from '../network/lib.mjs';

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
const FILL_BLOCKS = Number(opts.blocks);
const MAX_ROUNDS = Number(opts['max-rounds']);
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
  execFileSync(nodeBinary(), ['export-chain-spec', '--chain', plainFile, '--raw', '--output', rawFile],
    { stdio: 'ignore' });

  const node = await startNode({
    chain: rawFile,
    basePath: opts.keep ? resolve(opts.keep) : undefined,
    args: ['--alice', '--validator', '--node-key', `${'0'.repeat(63)}1`,
      '--pool-limit', String(MAX_ROUNDS * N + 10_000), '--pool-kbytes', String(1024 * 1024),
      '--rpc-max-connections', '1000', '--rpc-max-request-size', '64', '--rpc-max-response-size', '64'],
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
  const api = await ApiPromise.create({
    provider: new WsProvider(node.wsUrl, 1000, {}, 300_000), noInitWarn: true,
  });
  const specVersion = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
  // Records per batch: the runtime's most, unless --batch says otherwise.
  const BATCH = Number(opts.batch ?? api.consts.recordAnchor.maxBatchSize.toNumber());

  // ---- Following blocks: per block, its on-chain time and the extrinsics it holds ----

  const blocks = new Map(); // hash -> { number, hash, time, calls: Map<'section.method', count>, names }
  let finalizedNumber = 0;
  const finalizedAt = new Map(); // block number -> wall time first seen finalised
  async function blockInfo(h) {
    const key = h.toHex();
    if (blocks.has(key)) return blocks.get(key);
    const { block } = await api.rpc.chain.getBlock(h);
    const calls = new Map();
    const names = [];
    let time = 0;
    for (const ex of block.extrinsics) {
      const name = `${ex.method.section}.${ex.method.method}`;
      names.push(name);
      if (name === 'timestamp.set') time = ex.method.args[0].toNumber();
      if (ex.isSigned) calls.set(name, (calls.get(name) ?? 0) + 1);
    }
    const info = { number: block.header.number.toNumber(), hash: key, time, calls, names };
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
  async function submitAll(signed, width = 500) {
    for (let i = 0; i < signed.length; i += width) {
      await Promise.all(signed.slice(i, i + width).map((tx) => api.rpc.author.submitExtrinsic(tx)));
    }
  }

  /** Waits (bounded) until `count` of `call` are included from block `start` on. */
  async function included(name, call, start, count, t0, timeoutMs) {
    for (;;) {
      const seen = await bestBlocksFrom(start);
      const n = seen.reduce((s, b) => s + (b.calls.get(call) ?? 0), 0);
      if (n >= count) return seen;
      if (Date.now() - t0 > timeoutMs) throw new Error(`${name}: only ${n} of ${count} included in time`);
      await sleep(1000);
    }
  }

  /** The weight charged to each `call` in these blocks (ExtrinsicSuccess), averaged; and failures. */
  async function chargedWeight(used, call) {
    let refTime = 0n;
    let proofSize = 0n;
    let n = 0n;
    let failed = 0;
    for (const b of used) {
      const events = await api.query.system.events.at(b.hash);
      for (const { phase, event } of events) {
        if (!phase.isApplyExtrinsic || b.names[phase.asApplyExtrinsic.toNumber()] !== call) continue;
        if (api.events.system.ExtrinsicSuccess.is(event)) {
          const { weight } = event.data.dispatchInfo;
          refTime += weight.refTime.toBigInt();
          proofSize += weight.proofSize.toBigInt();
          n += 1n;
        } else if (api.events.system.ExtrinsicFailed.is(event)) {
          failed += 1;
        }
      }
    }
    if (failed) throw new Error(`${call}: ${failed} transactions failed`);
    return { refTime: refTime / n, proofSize: proofSize / n };
  }

  /** How many transactions of this charged weight and length fit in one block. */
  function ceilingPerBlock(weight, length) {
    const maxTotal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap();
    const per = (dim) => (weight[dim] === 0n ? Infinity : Number(maxTotal[dim].toBigInt() / weight[dim]));
    const maxLen = api.consts.system.blockLength.max.normal.toNumber();
    return Math.min(per('refTime'), per('proofSize'), Math.floor(maxLen / length));
  }

  /** Signs `make(account, i, round)` for each signer and round (nonces from `nonces`). */
  async function signRounds(signers, nonces, make, firstRound, rounds) {
    const out = [];
    for (let r = 0; r < rounds; r += 1) {
      const round = firstRound + r;
      out.push(...await Promise.all(signers.map((a, i) => make(a, i, round)
        .signAsync(a, { nonce: nonces[i] + round, era: 0 }))));
    }
    return out;
  }

  /**
   * A scenario: the probe (one transaction per signer), then enough rounds to fill
   * `FILL_BLOCKS` blocks at the ceiling. Returns the measurement of the run.
   */
  async function scenario(name, call, make, { units = 1, count = N, timeoutMs = 900_000 } = {}) {
    const signers = accounts.slice(0, count);
    const nonces = (await Promise.all(signers.map((a) => api.rpc.system.accountNextIndex(a.address))))
      .map((n) => n.toNumber());

    // Probe: the charged weight, hence the ceiling.
    const probe = await signRounds(signers, nonces, make, 0, 1);
    const declared = await api.call.transactionPaymentApi.queryInfo(probe[0].toU8a(), probe[0].encodedLength);
    let start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
    let t0 = Date.now();
    await submitAll(probe.map((t) => t.toHex()));
    const probeBlocks = (await included(name, call, start, count, t0, timeoutMs))
      .filter((b) => (b.calls.get(call) ?? 0) > 0);
    const charged = await chargedWeight(probeBlocks, call);
    const length = probe[0].encodedLength;
    const perBlock = ceilingPerBlock(charged, length);
    const rounds = Math.max(1, Math.min(MAX_ROUNDS, Math.ceil((FILL_BLOCKS * perBlock) / count)));
    if (rounds === MAX_ROUNDS) console.log(`${name}: capped at ${MAX_ROUNDS} rounds; raise --max-rounds or --accounts`);

    // The run.
    console.log(`${name}: ceiling ${perBlock} per block; signing ${rounds} × ${count} ...`);
    const txs = (await signRounds(signers, nonces, make, 1, rounds)).map((t) => t.toHex());
    start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
    t0 = Date.now();
    await submitAll(txs);
    const submitted = Date.now();
    const seen = await included(name, call, start, txs.length, t0, timeoutMs);
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
      txs: txs.length,
      units: txs.length * units,
      unitsPerTx: units,
      rounds,
      blocks: used.length,
      submitSeconds: (submitted - t0) / 1000,
      includedTps: txs.length / includedSpan,
      finalisedTps: txs.length / finalisedSpan,
      perBlock: used.map((b) => ({ t: (b.time - prevTime) / 1000, n: b.calls.get(call) })),
      declared: { refTime: declared.weight.refTime.toBigInt(), proofSize: declared.weight.proofSize.toBigInt() },
      charged,
      length,
      ceilingPerBlock: perBlock,
      ceilingTps: perBlock / SLOT_SECONDS,
    };
    console.log(`${name}: ${r.txs} txs in ${used.length} blocks; included ${r.includedTps.toFixed(1)} tx/s, `
      + `finalised ${r.finalisedTps.toFixed(1)} tx/s, ceiling ${r.ceilingTps.toFixed(1)} tx/s`);
    return r;
  }

  // ---- Set-up (not measured): every load account becomes a patient ----

  /** Set-up (not measured): `make(account, i)` once per account, all included. */
  async function setUp(call, make) {
    console.log(`set-up: ${call} for every load account ...`);
    const nonces = await Promise.all(accounts.map((a) => api.rpc.system.accountNextIndex(a.address)));
    const txs = await Promise.all(accounts.map((a, i) => make(a, i)
      .signAsync(a, { nonce: nonces[i], era: 0 })));
    const start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
    await submitAll(txs.map((t) => t.toHex()));
    await included('set-up', call, start, N, Date.now(), 600_000);
  }

  const patientIds = new Map();
  await setUp('patientIdentity.registerPatient',
    (a, i) => api.tx.patientIdentity.registerPatient(hash('x25519', i), null));
  for (const a of accounts) {
    patientIds.set(a.address, (await api.call.identityApi.standing(a.address)).patient.unwrap().toNumber());
  }
  // The load hospital (organisation 0, admitted at genesis) keeps every record: only its
  // practitioners log reads. So every account is also its practitioner: Alice, its admin,
  // invites each, and each accepts.
  console.log('set-up: patientIdentity.invitePractitioner for every load account ...');
  const HOSPITAL = 0;
  const aliceNonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  const invitations = await Promise.all(accounts.map((a, i) => api.tx.patientIdentity
    .invitePractitioner(a.address, 'Physician').signAsync(alice, { nonce: aliceNonce + i, era: 0 })));
  const invited = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  await submitAll(invitations.map((t) => t.toHex()));
  await included('set-up', 'patientIdentity.invitePractitioner', invited, N, Date.now(), 600_000);
  await setUp('patientIdentity.acceptInvitation', () => api.tx.patientIdentity.acceptInvitation(HOSPITAL));
  // Consent periods are dates: milliseconds of the chain's timestamp.
  const now = (await api.query.timestamp.now()).toNumber();

  // ---- The scenarios, in one run, on one node ----

  const request = (a, i, k) => ({
    patient: patientIds.get(a.address),
    custodian: HOSPITAL,
    contentHash: hash('content', i, k),
    algorithm: 'Sha2_256',
    location: `https://store.example/fhir/Observation/${i}-${k}`,
    category: 'Laboratory',
    resourceType: 'Observation',
    keyManifest: hash('envelope', i, k),
    purpose: 'Treatment',
  });
  // The same records as `request` makes, BATCH at a time: what they share given once.
  const base = 'https://store.example/fhir/Observation/';
  const batchOf = (a, i, k) => ({
    category: 'Laboratory',
    resourceType: 'Observation',
    algorithm: 'Sha2_256',
    purpose: 'Treatment',
    custodian: HOSPITAL,
    base,
    entries: Array.from({ length: BATCH }, (_, j) => {
      const one = request(a, i, `${k}-${j}`);
      return {
        patient: one.patient,
        contentHash: one.contentHash,
        path: one.location.slice(base.length),
        keyManifest: one.keyManifest,
      };
    }),
  });
  const results = [];
  results.push(await scenario('system.remark (baseline)', 'system.remark',
    (a, i, r) => api.tx.system.remark(hash('remark', i, r))));
  results.push(await scenario('balances.transferKeepAlive (baseline)', 'balances.transferKeepAlive',
    () => api.tx.balances.transferKeepAlive(alice.address, 10n ** 10n)));
  // Anchoring as it comes: each record's deposit is held as it is written.
  results.push(await scenario('recordAnchor.anchorRecord (deposit held)', 'recordAnchor.anchorRecord',
    (a, i, r) => api.tx.recordAnchor.anchorRecord(request(a, i, `held-${r}`))));
  // Authors who write often prepay their deposits once (docs/records.md); from here on, the
  // record pallet takes each deposit out of what was prepaid.
  await setUp('recordAnchor.prepayDeposits',
    () => api.tx.recordAnchor.prepayDeposits(50_000n * 10n ** 12n));
  results.push(await scenario('recordAnchor.anchorRecord', 'recordAnchor.anchorRecord',
    (a, i, r) => api.tx.recordAnchor.anchorRecord(request(a, i, `single-${r}`))));
  // Enough batches per round that a few dozen rounds fill the blocks.
  const batchSigners = Math.min(N, 64);
  results.push(await scenario(`recordAnchor.anchorBatch (${BATCH} records)`, 'recordAnchor.anchorBatch',
    (a, i, r) => api.tx.recordAnchor.anchorBatch(batchOf(a, i, `batch-${r}`)),
    { units: BATCH, count: batchSigners }));
  // Each patient grants a consent to another patient per round (a relative, say): at most
  // MaxConsentsPerGrantee consents per (patient, grantee), so the grantee changes every round.
  const ids = accounts.map((a) => patientIds.get(a.address));
  results.push(await scenario('consentRegistry.grantConsent', 'consentRegistry.grantConsent',
    (a, i, r) => api.tx.consentRegistry.grantConsent(ids[i], { Individual: ids[(i + 1 + r) % N] }, {
      categories: 'AllStandard', actions: ['Read'], purposes: ['Treatment'], startsAt: null,
      expiresAt: now + 30 * 24 * 3_600_000, records: [],
    })));
  // The records of the anchorRecord scenario's probe, by id (docs/records.md): the patient id
  // (u64, little-endian), then 24 bytes of BLAKE2-256 over ("medledger/record", patient,
  // algorithm, content hash). The first is checked against the chain.
  const recordId = (patient, contentHash) => {
    const le = api.createType('u64', patient).toU8a();
    const digest = blake2AsU8a(u8aConcat(stringToU8a('medledger/record'), le,
      new Uint8Array([0]) /* HashAlgorithm::Sha2_256 */, hexToU8a(contentHash)), 256);
    return u8aToHex(u8aConcat(le, digest.slice(0, 24)));
  };
  const recordIds = accounts.map((a, i) => recordId(patientIds.get(a.address), hash('content', i, 'single-0')));
  const first = await api.call.recordApi.record(recordIds[0]);
  if (first.isNone || first.unwrap().contentHash.toHex() !== hash('content', 0, 'single-0')) {
    throw new Error(`record id derivation does not match the chain: ${first.toString()}`);
  }
  results.push(await scenario('recordAnchor.logAccess', 'recordAnchor.logAccess',
    (a, i) => api.tx.recordAnchor.logAccess(recordIds[i], a.address, 'Treatment')));

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
  unsubFinal();
  await api.disconnect();
  return {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0].model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    specVersion,
    accounts: N,
    batch: BATCH,
    limits,
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

const us = (ps) => (Number(ps) / 1e6).toFixed(1);
const run = opts.report
  ? JSON.parse(readFileSync(opts.report, 'utf8'))
  : await measure();
const { results } = run;
for (const r of results) r.steadyTps = steadyTps(r.perBlock);
const [remark, transfer] = results;
const rows = results.map((r) => ({
  scenario: r.name,
  'tx/s': r.steadyTps.toFixed(1),
  'units/s': (r.steadyTps * r.unitsPerTx).toFixed(1),
  '× remark': (r.steadyTps / remark.steadyTps).toFixed(2),
  '× transfer': (r.steadyTps / transfer.steadyTps).toFixed(2),
  'ceiling tx/s': r.ceilingTps.toFixed(1),
  '% of ceiling': ((100 * r.steadyTps) / r.ceilingTps).toFixed(0),
  'all incl. tx/s': r.includedTps.toFixed(1),
  'all final. tx/s': r.finalisedTps.toFixed(1),
  'charged µs': us(r.charged.refTime),
  'declared µs': us(r.declared.refTime),
  blocks: r.blocks,
  txs: r.txs,
}));
console.log(`\n${run.accounts} accounts, spec ${run.specVersion}, ${run.machine.cores} cores `
  + `(${run.machine.cpu}), ${run.date}`);
console.table(rows);
const single = results.find((r) => r.name === 'recordAnchor.anchorRecord');
const batch = results.find((r) => r.call === 'recordAnchor.anchorBatch');
const batchRecords = batch.steadyTps * batch.unitsPerTx;
console.log(`batch anchoring: ${batchRecords.toFixed(1)} records/s = `
  + `${(batchRecords / single.steadyTps).toFixed(2)} × single anchoring`);
console.log(`limits: normal class ${us(run.limits.normalMaxTotal.refTime)} µs per block, base extrinsic `
  + `${us(run.limits.baseExtrinsic)} µs, DB read ${us(run.limits.dbRead)} µs, write ${us(run.limits.dbWrite)} µs`);

mkdirSync(opts.out, { recursive: true });
writeFileSync(join(opts.out, 'load.json'), JSON.stringify({ ...run, table: rows },
  (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2));
writeFileSync(join(opts.out, 'throughput.png'), plot(results, run.accounts));
console.log(`wrote ${join(opts.out, 'load.json')} and ${join(opts.out, 'throughput.png')}`);

/**
 * Throughput over time: per scenario, a step line of each block's included transactions divided
 * by the slot (tx/s), against seconds since the block before the first inclusion.
 */
function plot(series, accounts) {
  const W = 960;
  const H = 540;
  const M = { l: 80, r: 300, t: 40, b: 50 };
  /** A round step (1, 2 or 5 × 10^k) giving about five ticks up to `max`. */
  const niceStep = (max) => {
    const raw = max / 5;
    const p = 10 ** Math.floor(Math.log10(raw));
    return [1, 2, 5, 10].map((m) => m * p).find((st) => st >= raw);
  };
  const stepT = niceStep(Math.max(...series.flatMap((s) => s.perBlock.map((p) => p.t)), 6));
  const stepN = niceStep(Math.max(...series.flatMap((s) => s.perBlock.map((p) => p.n / SLOT_SECONDS)), 1));
  const maxT = stepT * Math.ceil(Math.max(...series.flatMap((s) => s.perBlock.map((p) => p.t)), 6) / stepT);
  const maxN = stepN * Math.ceil(Math.max(...series.flatMap((s) => s.perBlock.map((p) => p.n / SLOT_SECONDS)), 1) / stepN);
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
  for (let t = 0; t <= maxT; t += stepT) {
    ticks.push(`<line x1="${x(t)}" y1="${M.t}" x2="${x(t)}" y2="${H - M.b}" stroke="#eeeeee"/>`);
    ticks.push(`<text x="${x(t)}" y="${H - M.b + 20}" font-size="12" text-anchor="middle">${t}</text>`);
  }
  for (let n = 0; n <= maxN; n += stepN) {
    ticks.push(`<line x1="${M.l}" y1="${y(n)}" x2="${W - M.r}" y2="${y(n)}" stroke="#eeeeee"/>`);
    ticks.push(`<text x="${M.l - 8}" y="${y(n) + 4}" font-size="12" text-anchor="end">${n}</text>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<rect width="100%" height="100%" fill="white"/>
<text x="${M.l}" y="24" font-size="15">MedLedger load: transactions included per block, per second of slot (${accounts} accounts)</text>
<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="black"/>
<line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="black"/>
<text x="${(M.l + W - M.r) / 2}" y="${H - 10}" font-size="13" text-anchor="middle">seconds since the block before the run's first inclusion</text>
<text transform="translate(22 ${(M.t + H - M.b) / 2}) rotate(-90)" font-size="13" text-anchor="middle">tx/s (block's transactions / 6 s)</text>
${ticks.join('\n')}
${lines.join('\n')}
</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render().asPng();
}
