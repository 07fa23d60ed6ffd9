// Decision rate: how many access decisions one node answers per second over JSON-RPC
// `state_call`, against the cheapest runtime call (`Core_version`), at each concurrency, in one
// run on one machine, with the latency of each request.
//
//   (cd scripts && npm ci) && cd scripts/bench && node decisions.mjs [--requests 20000] [--concurrency 1,8,32]
//     [--node-arg=<argument for the node>]...
//
// Starts a dev node with a hospital (admin Bob), its physicians Charlie (also a registered
// patient) and Eve, and a patient (Dave). Dave fills every grantee index a decision about Charlie
// reads to `MaxConsentsPerGrantee`: that many consents each for Charlie as practitioner, for the
// hospital and for Charlie's own patient identity, none covering the request (worst-case.mjs).
// Scenarios:
//
// - `Core_version`: the runtime's cheapest call, the baseline;
// - `check_access, no consent`: a practitioner with no consent of the patient (three empty indices);
// - `check_access, full indices`: Charlie asking for laboratory records: every consent in the three
//   full indices is read and matched before the deny (the worst case of a decision's reads).
//
// "In the node": the mean time the node's RPC server spent per `state_call` (its Prometheus
// histogram `substrate_rpc_calls_time`); the rest of a request's latency is HTTP, JSON and the
// load generator, which shares the machine.
//
// Each scenario sends `--requests` requests with `concurrency` in flight, after 200 to warm up,
// twice, alternating with the others (the machine's drift falls on every scenario alike). Prints
// requests/s, p50/p99, the node process's CPU time and page faults per request and the ratio to
// `Core_version`, and writes results/decisions.json and results/decisions.png (latency
// distribution). Needs the node built (`scripts/build.sh`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { connect, gatewayMetric, patientWallet } from '@medledger/sdk';
import { runtimeApiData } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

import { cdf, lineChart, quantile } from './plot.mjs';
import { worstCaseDecision } from './worst-case.mjs';

const { values: opts } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '1,8,32' },
    out: { type: 'string', default: 'results' },
    // Passed to the node, e.g. `--node-arg=--wasmtime-instantiation-strategy=recreate-instance`.
    'node-arg': { type: 'string', multiple: true, default: [] },
  },
});
const REQUESTS = Number(opts.requests);
const CONCURRENCY = opts.concurrency.split(',').map(Number);
const WARM_UP = 200;
const PASSES = 2;

const node = await startNode({ args: opts['node-arg'] });
const api = await connect(node.wsUrl);
const w = patientWallet();

// ---- Set-up (not measured): worst-case.mjs ----
const { k, dave, perGrantee } = await worstCaseDecision(api, w, { hospitalName: 'Bench Hospital' });

// ---- The requests: JSON-RPC bodies encoded once ----
const decisionArgs = (accessor) => [
  dave,
  accessor,
  w.class('laboratory'),
  'Read',
  w.purpose('TREAT'),
  null,
  null,
];
const body = (method, data) =>
  JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'state_call', params: [method, data] });
const decision = (name, accessor) => ({
  name,
  accessor,
  body: body(
    'ConsentApi_check_access',
    runtimeApiData(api, 'consentApi', 'checkAccess', decisionArgs(accessor)),
  ),
});
const scenarios = [
  { name: 'Core_version', body: body('Core_version', '0x') },
  decision('check_access, no consent', k.eve.address),
  decision('check_access, full indices', k.charlie.address),
];
// Both decisions must be what the scenario says: a deny, after reading every consent for Charlie.
for (const s of scenarios.slice(1)) {
  const answer = await api.call.consentApi.checkAccess(...decisionArgs(s.accessor));
  if (!answer.isDeny || !answer.asDeny.reason.isNoConsent) throw new Error(`${s.name}: ${answer}`);
}

const url = `http://127.0.0.1:${node.rpcPort}`;
/** The node's own time in `state_call` (its RPC server's histogram, microseconds): sum and count. */
const serverTime = async () => {
  const series = (part) =>
    `substrate_rpc_calls_time_${part}{is_rate_limited="false",method="state_call",protocol="http",chain="medledger_dev"}`;
  const metrics = `http://127.0.0.1:${node.promPort}`;
  return {
    sumUs: await gatewayMetric(metrics, series('sum')),
    count: await gatewayMetric(metrics, series('count')),
  };
};
/**
 * The node process's own use of the machine so far (`/proc/<pid>/stat`, all its threads): minor
 * page faults and CPU seconds, user and kernel. Clock ticks are 1/100 s on Linux.
 */
const nodeUsage = () => {
  const fields = readFileSync(`/proc/${node.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { faults: Number(fields[7]), userS: Number(fields[11]) / 100, kernelS: Number(fields[12]) / 100 };
};
/** Sends `n` copies of `request` with `concurrency` in flight; resolves the elapsed s and latencies. */
async function run(request, n, concurrency) {
  const latencies = [];
  let sent = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < n) {
        sent++;
        const t0 = performance.now();
        const r = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request,
        });
        const answer = await r.json();
        if (answer.error) throw new Error(JSON.stringify(answer.error));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { seconds: (performance.now() - start) / 1000, latencies };
}

// ---- Measurement ----
const results = [];
for (const concurrency of CONCURRENCY) {
  const runs = scenarios.map(() => ({
    seconds: 0,
    latencies: [],
    serverUs: 0,
    serverCalls: 0,
    faults: 0,
    userS: 0,
    kernelS: 0,
  }));
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, s] of scenarios.entries()) {
      await run(s.body, WARM_UP, concurrency);
      const before = await serverTime();
      const used = nodeUsage();
      const r = await run(s.body, REQUESTS, concurrency);
      const usedAfter = nodeUsage();
      const after = await serverTime();
      runs[i].faults += usedAfter.faults - used.faults;
      runs[i].userS += usedAfter.userS - used.userS;
      runs[i].kernelS += usedAfter.kernelS - used.kernelS;
      runs[i].serverUs += after.sumUs - before.sumUs;
      runs[i].serverCalls += after.count - before.count;
      runs[i].seconds += r.seconds;
      for (const l of r.latencies) runs[i].latencies.push(l);
    }
  }
  const base = (PASSES * REQUESTS) / runs[0].seconds;
  const perRequest = (total) => total / (PASSES * REQUESTS);
  const cpuUs = (run) => perRequest((run.userS + run.kernelS) * 1e6);
  for (const [i, s] of scenarios.entries()) {
    const sorted = runs[i].latencies.sort((a, b) => a - b);
    const perSecond = (PASSES * REQUESTS) / runs[i].seconds;
    results.push({
      scenario: s.name,
      concurrency,
      perSecond,
      ratio: perSecond / base,
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      serverUs: runs[i].serverUs / runs[i].serverCalls,
      // Per request, of the whole node process: page faults, and CPU µs in user space and kernel.
      faults: perRequest(runs[i].faults),
      userUs: perRequest(runs[i].userS * 1e6),
      kernelUs: perRequest(runs[i].kernelS * 1e6),
      // What the node alone could answer, against `Core_version`: the inverse of its CPU ratio.
      // (None in a run too short for the kernel's 10 ms clock ticks.)
      cpuRatio: cpuUs(runs[0]) > 0 && cpuUs(runs[i]) > 0 ? cpuUs(runs[0]) / cpuUs(runs[i]) : null,
      latencies: sorted,
    });
  }
}

const TARGET = 0.8;
const f = (x, d = 0) => x.toFixed(d);
console.log(
  `\ndecisions over state_call (${PASSES} × ${REQUESTS} per scenario and concurrency; ${cpus().length} cores, ${f(totalmem() / 2 ** 30)} GiB)`,
);
console.log(
  '| concurrency | scenario | requests/s | p50 / p99 ms | in the node µs | node CPU user + kernel µs | page faults | node alone, capacity × Core_version | × Core_version |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.concurrency} | ${r.scenario} | ${f(r.perSecond)} | ${f(r.p50Ms, 2)} / ${f(r.p99Ms, 2)} | ${f(r.serverUs)} | ${f(r.userUs)} + ${f(r.kernelUs)} | ${f(r.faults, 1)} | ${r.cpuRatio === null ? '–' : f(r.cpuRatio, 2)} | ${f(r.ratio, 2)} |`,
  );
}
const worst = results.filter((r) => r.scenario === scenarios[2].name);
for (const r of worst) {
  console.log(
    `target: full indices ≥ ${TARGET} × Core_version at ${r.concurrency} in flight: ${f(r.ratio, 2)} ${r.ratio >= TARGET ? 'met' : 'NOT met'}`,
  );
}

mkdirSync(opts.out, { recursive: true });
writeFileSync(
  join(opts.out, 'decisions.json'),
  JSON.stringify(
    {
      machine: { cores: cpus().length, model: cpus()[0]?.model, memoryGiB: totalmem() / 2 ** 30 },
      requests: REQUESTS,
      passes: PASSES,
      consentsRead: 3 * perGrantee,
      results: results.map(({ latencies, ...r }) => r),
    },
    null,
    2,
  ),
);
writeFileSync(
  join(opts.out, 'decisions.png'),
  lineChart({
    title: 'state_call latency: Core_version and check_access (full indices), by requests in flight',
    xLabel: 'latency (ms, log scale)',
    yLabel: 'fraction of requests answered within',
    xLog: true,
    series: results
      .filter((r) => r.scenario !== scenarios[1].name)
      .map((r) => ({
        name: `${r.scenario}, ${r.concurrency}`,
        points: cdf(r.latencies),
        dashed: r.scenario === 'Core_version',
      })),
  }),
);
console.log(`wrote ${join(opts.out, 'decisions.json')} and ${join(opts.out, 'decisions.png')}`);

await api.disconnect();
await node.stop();
