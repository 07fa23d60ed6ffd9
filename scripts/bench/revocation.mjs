// Revocation latency on a 4-validator network: from submitting `revoke_consent` until
// `check_access` denies on every validator's best block, and until the revocation is final on
// every validator, over `--revocations` revocations.
//
//   (cd scripts && npm ci) && cd scripts/bench && node revocation.mjs [--revocations 60] [--patients 6] [--full-blocks 5]
//
// Generates a consortium of four validators on this machine with scripts/network (its chain spec,
// keys and reserved peers; the runtime's 2-second slots), one hospital, a physician and
// `--patients` patients, funded by the hospital's admin. In each round every patient grants the
// hospital read access to laboratory records, the grant is awaited until it permits on every
// validator's best and finalised block, and then the patient's revocation, signed beforehand, is
// submitted at a random moment of the slot (to the validators in turn). Each validator is
// watched over its own connection: at every new best block and every newly finalised block, the
// decision for the physician is asked of that validator at that block (`state_call`), and the
// time of the first deny's answer is kept. Latency per revocation: the slowest validator.
// Counts the blocks imported that did not become final (forks). Then fills `--full-blocks`
// blocks with transfers and reads how long the validators that did not author a block took to
// verify and import it (their import queues' histograms). Prints p50/p90/p99/max against
// the targets, and writes results/revocation.json and
// results/revocation.png (the latency distributions). Needs the node built (`scripts/build.sh`).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { connect, encryptionKeyPair, eventsOf, gatewayMetric, patientWallet, submitOk } from '@medledger/sdk';
import { runtimeApiData, submitAll } from 'medledger-toolkit/chain.mjs';
import { sleep, waitFor } from 'medledger-toolkit/node.mjs';

// Relative, as the network tool itself is used (no workspace dependency needed).
import { generate, localValidators, secret, start, status, stop } from '../network/lib.mjs';
import { cdf, lineChart, quantile } from './plot.mjs';

const { values: opts } = parseArgs({
  options: {
    revocations: { type: 'string', default: '60' },
    patients: { type: 'string', default: '6' },
    'full-blocks': { type: 'string', default: '5' },
    out: { type: 'string', default: 'results' },
  },
});
const PATIENTS = Number(opts.patients);
const ROUNDS = Math.ceil(Number(opts.revocations) / PATIENTS);
const TARGETS = { bestP99S: 3, finalP99S: 8 };
const UNIT = 10n ** 12n;

const dir = mkdtempSync(join(tmpdir(), 'medledger-revocation-'));
const validators = await localValidators(['st-mary', 'northgate', 'riverside', 'kingsway']);
const net = generate(
  {
    name: 'MedLedger revocation benchmark',
    id: 'medledger_revocation_bench',
    validators,
    members: ['st-mary-council'],
    organisations: [{ name: "St Mary's Hospital", kind: 'Hospital', jurisdiction: 'GB-ENG' }],
  },
  dir,
);
const apis = [];
try {
  await start(dir);
  await waitFor(
    async () => (await status(dir)).every((v) => v.running && v.peers === 3 && v.finalized >= 2),
    {
      timeoutMs: 120_000,
      what: 'four validators with 3 peers each, finalising',
    },
  );
  for (const v of net.validators) apis.push(await connect(`ws://127.0.0.1:${v.rpcPort}`));
  const api = apis[0];
  const slotMs = (await api.call.auraApi.slotDuration()).toNumber();

  // ---- Set-up (not measured) ----
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const admin = keyring.addFromUri(secret(dir, 'org-0').secretPhrase);
  const physician = keyring.addFromUri('//RevocationBench//physician');
  const patients = Array.from({ length: PATIENTS }, (_, i) =>
    keyring.addFromUri(`//RevocationBench//patient/${i}`),
  );
  const org = (await api.query.patientIdentity.organisationOfAdmin(admin.address)).unwrap().toNumber();
  await submitAll(
    api,
    [
      ...[physician, ...patients].map((p) => api.tx.balances.transferKeepAlive(p.address, 1_000n * UNIT)),
      api.tx.patientIdentity.invitePractitioner(physician.address, 'Physician'),
    ],
    admin,
  );
  await submitOk(api, api.tx.patientIdentity.acceptInvitation(org), physician);
  const wallets = patients.map(() => patientWallet());
  const ids = await Promise.all(
    patients.map(async (p) => {
      const key = u8aToHex((await encryptionKeyPair()).publicKey);
      const { events } = await submitOk(api, api.tx.patientIdentity.registerPatient(key, null), p);
      return eventsOf(events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
    }),
  );
  // The decision each validator is asked, encoded once per patient.
  const decisionData = ids.map((id, i) =>
    runtimeApiData(api, 'consentApi', 'checkAccess', [
      id,
      physician.address,
      wallets[i].class('laboratory'),
      'Read',
      wallets[i].purpose('TREAT'),
      null,
      null,
    ]),
  );
  /** Whether validator `v` denies patient `i`'s request at block `hash` (Deny is variant 1). */
  const denies = async (v, i, hash) =>
    (await apis[v].rpc.state.call('ConsentApi_check_access', decisionData[i], hash)).toU8a(true)[0] === 1;

  // ---- Watching every validator: a new best block, a newly finalised block ----
  /** Open revocations: { i, t0, best: Map<v, t>, final: Map<v, t>, done() }. */
  const open = new Set();
  // A question that fails is reported and left unanswered: that revocation then runs into its
  // 60-second bound, which stops the run.
  const watch = (v, kind) => (header) => {
    const hash = header.hash.toHex();
    for (const r of open) {
      if (r[kind].has(v)) continue;
      denies(v, r.i, hash).then(
        (denied) => {
          if (!denied || r[kind].has(v)) return;
          r[kind].set(v, performance.now());
          if (r.best.size === apis.length && r.final.size === apis.length) r.done();
        },
        (e) => console.error(`validator ${v}, block ${hash}: ${e.message}`),
      );
    }
  };
  // Every block any validator imports during the run, for the fork rate.
  const imported = new Map();
  const firstNumber = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  const unsubscribe = [];
  for (const [v, a] of apis.entries()) {
    unsubscribe.push(await a.rpc.chain.subscribeNewHeads(watch(v, 'best')));
    unsubscribe.push(await a.rpc.chain.subscribeFinalizedHeads(watch(v, 'final')));
    unsubscribe.push(
      await a.rpc.chain.subscribeAllHeads((h) => imported.set(h.hash.toHex(), h.number.toNumber())),
    );
  }

  // ---- Measurement ----
  const samples = [];
  const terms = (w) => w.terms({ categories: ['laboratory'], actions: ['Read'], purposes: ['TREAT'] });
  for (let round = 0; round < ROUNDS; round++) {
    const consents = await Promise.all(
      patients.map(async (p, i) => {
        const tx = api.tx.consentRegistry.grantConsent(ids[i], { Organisation: org }, terms(wallets[i]));
        const { events } = await submitOk(api, tx, p, { until: 'finalized' });
        return eventsOf(events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
      }),
    );
    // Every validator permits at its best and its finalised block before the revocation is sent.
    await waitFor(
      async () => {
        for (const [v, a] of apis.entries()) {
          const heads = [
            (await a.rpc.chain.getHeader()).hash.toHex(),
            (await a.rpc.chain.getFinalizedHead()).toHex(),
          ];
          for (const head of heads) for (const i of ids.keys()) if (await denies(v, i, head)) return false;
        }
        return true;
      },
      { timeoutMs: 30_000, what: 'the grants permitting on every validator, best and final' },
    );
    const signed = await Promise.all(
      patients.map(async (p, i) => {
        const nonce = await api.rpc.system.accountNextIndex(p.address);
        return api.tx.consentRegistry.revokeConsent(ids[i], consents[i]).signAsync(p, { nonce });
      }),
    );
    await Promise.all(
      signed.map(async (tx, i) => {
        await sleep(Math.random() * slotMs);
        const entry = { i, best: new Map(), final: new Map() };
        const finished = new Promise((resolve) => {
          entry.done = resolve;
        });
        const via = apis[(round * PATIENTS + i) % apis.length];
        entry.t0 = performance.now();
        open.add(entry);
        await via.rpc.author.submitExtrinsic(tx);
        await Promise.race([
          finished,
          sleep(60_000).then(() => {
            throw new Error(`revocation ${round}/${i} not denied everywhere within 60 s`);
          }),
        ]);
        open.delete(entry);
        samples.push({
          bestS: (Math.max(...entry.best.values()) - entry.t0) / 1000,
          finalS: (Math.max(...entry.final.values()) - entry.t0) / 1000,
          firstBestS: (Math.min(...entry.best.values()) - entry.t0) / 1000,
        });
      }),
    );
  }
  for (const u of unsubscribe) u();
  // Blocks imported but not on the finalised chain, over the blocks of the run.
  const lastNumber = (
    await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())
  ).number.toNumber();
  const span = [...imported.values()].filter((n) => n >= firstNumber && n <= lastNumber).length;
  const canonical = lastNumber - firstNumber + 1;
  const forks = { blocks: canonical, orphaned: span - canonical, rate: (span - canonical) / canonical };

  // ---- Full blocks: import time on the validators that did not author them ----
  // Transfers among the funded accounts, signed up front with consecutive nonces, enough for
  // `--full-blocks` blocks at the normal class's weight limit, each sender's submitted in order to
  // one validator. Each validator's import queue times every block another validator authored
  // (`substrate_block_verification_and_import_time`); read half a second after each block a
  // validator imports, the histogram's growth is that block's import on that validator (none
  // when it authored the block itself).
  const histogram = async (v) => {
    const metrics = `http://127.0.0.1:${v.prometheusPort}`;
    const series = (part) => `substrate_block_verification_and_import_time_${part}{chain="${net.id}"}`;
    return {
      sum: await gatewayMetric(metrics, series('sum')),
      count: await gatewayMetric(metrics, series('count')),
    };
  };
  const imports = [];
  const importWatch = [];
  // Readings still to come; all are awaited before the watch ends.
  const readings = new Set();
  for (const [v, a] of apis.entries()) {
    let last = await histogram(net.validators[v]);
    importWatch.push(
      await a.rpc.chain.subscribeAllHeads((h) => {
        const reading = sleep(500)
          .then(() => histogram(net.validators[v]))
          .then((now) => {
            if (now.count === last.count + 1) {
              imports.push({ validator: v, number: h.number.toNumber(), seconds: now.sum - last.sum });
            }
            last = now;
          })
          .finally(() => readings.delete(reading));
        readings.add(reading);
      }),
    );
  }
  const senders = [admin, physician, ...patients];
  const transfer = (i) => api.tx.balances.transferKeepAlive(senders[(i + 1) % senders.length].address, UNIT);
  const limits = api.consts.system.blockWeights;
  const normalMax = limits.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
  const { weight } = await transfer(0).paymentInfo(admin);
  const perBlock = Number(
    normalMax / (weight.refTime.toBigInt() + limits.perClass.normal.baseExtrinsic.refTime.toBigInt()),
  );
  const fill = [];
  for (const [i, who] of senders.entries()) {
    const first = (await api.rpc.system.accountNextIndex(who.address)).toNumber();
    const n = Math.ceil((Number(opts['full-blocks']) * perBlock) / senders.length);
    fill.push([]);
    for (let j = 0; j < n; j++) fill[i].push(await transfer(i).signAsync(who, { nonce: first + j, era: 0 }));
  }
  const fillStart = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  // Each sender's in nonce order to one validator (a pool keeps few transactions from the future).
  await Promise.all(
    fill.map(async (txs, i) => {
      for (const tx of txs) await apis[i % apis.length].rpc.author.submitExtrinsic(tx);
    }),
  );
  await waitFor(async () => (await api.rpc.author.pendingExtrinsics()).length === 0, {
    timeoutMs: 120_000,
    what: 'every transfer in a block',
  });
  await sleep(3 * slotMs);
  for (const u of importWatch) u();
  await Promise.all(readings);
  const fillEnd = (await api.rpc.chain.getHeader()).number.toNumber();
  const blocks = [];
  for (let n = fillStart; n <= fillEnd; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    const used = (await (await api.at(hash)).query.system.blockWeight()).normal.refTime.toBigInt();
    const times = imports.filter((i) => i.number === n).map((i) => i.seconds);
    blocks.push({ number: n, normalPercent: Number((100n * used) / normalMax), importS: times });
  }
  const full = blocks.filter((b) => b.normalPercent >= 90);
  const fullBlocks = {
    transfers: fill.flat().length,
    perBlockByWeight: perBlock,
    blocks,
    full: full.length,
    maxImportS: Math.max(...full.flatMap((b) => b.importS)),
    meanImportS:
      full.flatMap((b) => b.importS).reduce((a, b) => a + b, 0) / full.flatMap((b) => b.importS).length,
    blockRefTimeS: Number(limits.maxBlock.refTime.toBigInt()) / 1e12,
  };

  // ---- Report ----
  const stats = (key) => {
    const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
    return {
      p50: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
      p99: quantile(sorted, 0.99),
      max: sorted.at(-1),
    };
  };
  const rows = {
    'denied at the best block of the first validator': stats('firstBestS'),
    'denied at the best block of every validator': stats('bestS'),
    'final on every validator': stats('finalS'),
  };
  const f = (x) => x.toFixed(2);
  console.log(
    `\nrevocation latency, ${samples.length} revocations, 4 validators, ${slotMs} ms slots (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB)`,
  );
  console.log('| from submission until | p50 s | p90 s | p99 s | max s |');
  console.log('|---|---|---|---|---|');
  for (const [what, s] of Object.entries(rows))
    console.log(`| ${what} | ${f(s.p50)} | ${f(s.p90)} | ${f(s.p99)} | ${f(s.max)} |`);
  const best = rows['denied at the best block of every validator'];
  const final = rows['final on every validator'];
  console.log(
    `forks: ${forks.orphaned} of ${forks.blocks + forks.orphaned} blocks imported left the chain (${(100 * forks.rate).toFixed(1)} %)`,
  );
  console.log(
    `full blocks: ${fullBlocks.full} of ${blocks.length} blocks ≥ 90 % of the normal weight (${fullBlocks.transfers} transfers); ` +
      `imported by the other validators in ${(fullBlocks.meanImportS * 1000).toFixed(0)} ms on average, at most ${(fullBlocks.maxImportS * 1000).toFixed(0)} ms ` +
      `(block weight limit ${(fullBlocks.blockRefTimeS * 1000).toFixed(0)} ms, slot ${slotMs} ms)`,
  );
  console.log(
    `target: best blocks p99 ≤ ${TARGETS.bestP99S} s: ${f(best.p99)} ${best.p99 <= TARGETS.bestP99S ? 'met' : 'NOT met'}`,
  );
  console.log(
    `target: finality p99 ≤ ${TARGETS.finalP99S} s: ${f(final.p99)} ${final.p99 <= TARGETS.finalP99S ? 'met' : 'NOT met'}`,
  );

  mkdirSync(opts.out, { recursive: true });
  writeFileSync(
    join(opts.out, 'revocation.json'),
    JSON.stringify(
      {
        machine: { cores: cpus().length, model: cpus()[0]?.model },
        slotMs,
        validators: 4,
        rows,
        forks,
        fullBlocks,
        targets: TARGETS,
        samples,
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(opts.out, 'revocation.png'),
    lineChart({
      title: `Revocation to deny, ${samples.length} revocations, 4 validators, ${slotMs / 1000} s slots`,
      xLabel: 'seconds from submitting revoke_consent',
      yLabel: 'fraction of revocations',
      series: [
        { name: 'denied, first best block', points: cdf(samples.map((s) => s.firstBestS)), dashed: true },
        { name: 'denied, every best block', points: cdf(samples.map((s) => s.bestS)) },
        { name: 'final on every validator', points: cdf(samples.map((s) => s.finalS)) },
      ],
      lines: [{ y: 0.99, name: `p99 (targets ${TARGETS.bestP99S} s, ${TARGETS.finalP99S} s)` }],
    }),
  );
  console.log(`wrote ${join(opts.out, 'revocation.json')} and ${join(opts.out, 'revocation.png')}`);
} finally {
  await Promise.all(apis.map((a) => a.disconnect()));
  await stop(dir, { graceMs: 10_000 });
  rmSync(dir, { recursive: true, force: true });
}
