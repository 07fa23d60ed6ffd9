// Record gateway benchmark: reads per second and latency of the gateway with decisions and the
// access log on (`roots` mode: a signed request checked, the chain's decision, from memory
// while no block has touched the patient, a leaf on disk before the answer, the content hash
// checked against the chain, a Merkle root anchored every 6 s) against the storage floor, the
// same signed reads of the same SQLite file with no decision and no log (gateway-floor.mjs), in
// one run on one machine, at each concurrency.
//
//   (cd scripts && npm ci) && cd scripts/bench && node gateway.mjs [--reads 2000] [--concurrency 1,8,32]
//
// Starts a dev node, an organisation with the gateway's account (Ferdie), an author (Charlie) and
// a reader (Dave); Alice is the patient, who lets Charlie write and Dave read. Charlie uploads one
// sealed Observation through the gateway, wrapped for Dave. Then, per concurrency, the floor and
// the gateway each serve `--reads` reads by Dave, all signed before the clock starts (the load
// generator's signing is not measured), after a warm-up of 100. Prints reads/s and p50/p99, the
// ratios to the floor and whether the targets hold (at least 0.5 × the floor, p99 under 50 ms),
// and writes results/gateway.json. Needs the node built (`scripts/build.sh`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { u8aToHex } from '@polkadot/util';
import {
  connect,
  encryptionKeyPair,
  GatewayClient,
  gatewayMetric,
  patientWallet,
  sealedCommitment,
  sealRecord,
  signRequest,
  submitOk,
  wrapDataKey,
} from '@medledger/sdk';
import { admitWithSudo, devAccounts, submitAll } from 'medledger-toolkit/chain.mjs';
import { freePort, startGateway, startNode, startProcess } from 'medledger-toolkit/node.mjs';

const { values: opts } = parseArgs({
  options: {
    reads: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '1,8,32' },
    out: { type: 'string', default: 'results' },
  },
});
const READS = Number(opts.reads);
const CONCURRENCY = opts.concurrency.split(',').map(Number);
const PUBLIC_URL = 'https://records.bench-hospital.example';
const WARM_UP = 100;

const node = await startNode();
const api = await connect(node.wsUrl);
const k = devAccounts();
const w = patientWallet();
const ok = (tx, signer) => submitOk(api, tx, signer);

// ---- Set-up (not measured) ----
const hospital = await admitWithSudo(api, k.alice, { name: 'Bench Hospital', admin: k.bob.address });
const invite = (who) => api.tx.patientIdentity.invitePractitioner(who.address, 'Physician');
await submitAll(api, [invite(k.ferdie), invite(k.charlie), invite(k.dave)], k.bob);
const patientKeys = await encryptionKeyPair();
await Promise.all([
  ...[k.ferdie, k.charlie, k.dave].map((who) => ok(api.tx.patientIdentity.acceptInvitation(hospital), who)),
  ok(api.tx.patientIdentity.registerPatient(u8aToHex(patientKeys.publicKey), null), k.alice),
]);
const patient = (await api.call.identityApi.standing(k.alice.address)).patient.unwrap().toNumber();
const terms = (actions) => w.terms({ categories: ['laboratory'], actions, purposes: ['TREAT'] });
await submitAll(
  api,
  [
    api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.charlie.address }, terms(['Append'])),
    api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.dave.address }, terms(['Read'])),
  ],
  k.alice,
);
const gateway = await startGateway({ rpc: node.wsUrl, suri: '//Ferdie', config: { publicUrl: PUBLIC_URL } });
const readerKeys = await encryptionKeyPair();
const sealed = await sealRecord({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '2093-3', display: 'Cholesterol' }] },
  valueQuantity: { value: 5.2, unit: 'mmol/L' },
});
const author = new GatewayClient(gateway.url, k.charlie);
const anchor = await api.tx.recordAnchor
  .anchorRecord({
    patient,
    custodian: hospital,
    contentHash: sealed.contentHash,
    algorithm: 'Sha2_256',
    location: await author.locationOf(sealed.contentHash),
    class: w.class('laboratory'),
    keyManifest: null,
    emergencyCommitment: sealedCommitment(),
    purpose: w.purpose('TREAT'),
  })
  .signAsync(k.charlie);
const wrapped = await wrapDataKey(sealed.dataKey, readerKeys.publicKey, sealed.contentHash);
const { record } = await author.upload({
  anchor: anchor.toHex(),
  ciphertext: sealed.ciphertext,
  keys: { [k.dave.address]: wrapped },
});

const floorPort = await freePort();
const floor = await startProcess(
  process.execPath,
  () => [
    fileURLToPath(new URL('gateway-floor.mjs', import.meta.url)),
    '--database',
    gateway.database,
    '--audience',
    PUBLIC_URL,
    '--port',
    String(floorPort),
  ],
  { name: 'floor', ready: async () => (await fetch(`http://127.0.0.1:${floorPort}/`)).status > 0 },
);

// ---- Measurement ----
const path = `/records/${record}?purpose=${w.purpose('TREAT')}`;

/** `n` requests of Dave's, signed now, valid for 55 s. */
const signed = (n) =>
  Promise.all(
    Array.from({ length: n }, () =>
      signRequest(k.dave, { audience: PUBLIC_URL, method: 'GET', path, lifetimeMs: 55_000 }),
    ),
  );

/** Sends `requests` to `base` with `concurrency` in flight; resolves reads/s and latencies. */
async function run(base, requests, concurrency) {
  const latencies = [];
  let next = 0;
  let failed = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const headers = requests[next++];
        const t0 = performance.now();
        const r = await fetch(`${base}${path}`, { headers });
        await r.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (r.status !== 200) failed++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  if (failed) throw new Error(`${failed} of ${requests.length} reads failed at ${base}`);
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { readsPerSecond: requests.length / seconds, p50: q(0.5), p99: q(0.99) };
}

const metric = (series) => gatewayMetric(gateway.url, series);

const targets = { ratio: 0.5, p99Ms: 50 };
const results = [];
for (const concurrency of CONCURRENCY) {
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  await run(floorUrl, await signed(WARM_UP), concurrency);
  const floorRun = await run(floorUrl, await signed(READS), concurrency);
  await run(gateway.url, await signed(WARM_UP), concurrency);
  const fromMemory = await metric('medledger_gateway_decisions_total{source="memory"}');
  const fromChain = await metric('medledger_gateway_decisions_total{source="chain"}');
  const gatewayRun = await run(gateway.url, await signed(READS), concurrency);
  const memory = (await metric('medledger_gateway_decisions_total{source="memory"}')) - fromMemory;
  const chain = (await metric('medledger_gateway_decisions_total{source="chain"}')) - fromChain;
  results.push({
    concurrency,
    floor: floorRun,
    gateway: gatewayRun,
    ratio: gatewayRun.readsPerSecond / floorRun.readsPerSecond,
    decisions: { memory, chain },
  });
}
// Every read is logged: wait for the last root, then count.
await new Promise((r) => setTimeout(r, 8_000));
const logged = await metric('medledger_gateway_access_log_roots_total{result="ok"}');

const f = (x, d = 0) => x.toFixed(d);
console.log(
  `\nrecord gateway reads (${READS} per run; ${cpus().length} cores, ${f(totalmem() / 2 ** 30, 0)} GiB)`,
);
console.log(
  '| concurrency | floor reads/s | floor p50 / p99 ms | gateway reads/s | gateway p50 / p99 ms | ratio | decisions (memory / chain) |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.concurrency} | ${f(r.floor.readsPerSecond)} | ${f(r.floor.p50, 1)} / ${f(r.floor.p99, 1)} | ` +
      `${f(r.gateway.readsPerSecond)} | ${f(r.gateway.p50, 1)} / ${f(r.gateway.p99, 1)} | ${f(r.ratio, 2)} | ` +
      `${r.decisions.memory} / ${r.decisions.chain} |`,
  );
}
const met = results.every((r) => r.ratio >= targets.ratio && r.gateway.p99 < targets.p99Ms);
console.log(
  `\ntargets (ratio ≥ ${targets.ratio}, gateway p99 < ${targets.p99Ms} ms): ${met ? 'met' : 'NOT met'}`,
);
console.log(`access-log roots anchored: ${logged}`);
mkdirSync(opts.out, { recursive: true });
writeFileSync(
  join(opts.out, 'gateway.json'),
  JSON.stringify({ reads: READS, targets, results, roots: logged }, null, 2),
);

await floor.stop();
await gateway.stop();
await api.disconnect();
await node.stop();
