// State growth: what anchor_record, log_access, grant_consent and check_access cost with 10^4,
// 10^5 and 10^6 records already in state (and proportional patients, consents and access-log
// entries), each against its cost at 10^4, in one run on one machine.
//
//   node state-growth.mjs spec <base raw spec> <records> <out spec>   # build a state (below)
//   node state-growth.mjs report <dir> <records>...                   # table, JSON and PNG
//
// `report` reads, for each size, the benchmark CLI's `<dir>/state-growth-<records>.json`,
// `benchmark storage`'s raw `state-growth-{read,write}-<records>.json` and the node's
// `state-growth-node-<records>.json` (state-growth-node.mjs), and writes `<dir>/state-growth.json`,
// `<dir>/state-growth.png` (on a node) and `<dir>/state-growth-cli.png` (the benchmark CLI).
//
// scripts/bench/state-growth.sh drives both around the node and its benchmark CLI.
//
// The state is written straight into the raw chain spec of the development chain (`genesis.raw.
// top`), under the storage keys the runtime uses, so that nothing but the state's size differs
// between the points: per 100 records, one patient (`PatientIdentity::Patients`), 100 records
// (`RecordAnchor::Records`, keyed by the patient and a random record key), 100 access-log entries
// (`RecordAnchor::AccessLog`) and 10 consents (`ConsentRegistry::Consents` and the patient's
// `PatientConsents` index). Patients are numbered from 10^9, so the benchmarks' own patients
// (numbered from 0) find none of it as theirs: only the trie around them grows. Values are
// random bytes of each item's usual encoded size; no benchmark decodes them.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';

import { lineChart } from './plot.mjs';

const FIRST_PATIENT = 1_000_000_000n;
const u64 = (n) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(n), true);
  return b;
};
const prefix = (pallet, item) => u8aConcat(xxhashAsU8a(pallet, 128), xxhashAsU8a(item, 128));
const twox64Concat = (bytes) => u8aConcat(xxhashAsU8a(bytes, 64), bytes);
const blake2128Concat = (bytes) => u8aConcat(blake2AsU8a(bytes, 128), bytes);
const random = (n) => crypto.getRandomValues(new Uint8Array(n));
const hex = (u8a) => u8aToHex(u8a).slice(2);

/** Writes `base` (a raw chain spec) with `records` records' worth of state added, to `out`. */
function buildSpec(base, records, out) {
  const spec = JSON.parse(readFileSync(base, 'utf8'));
  const top = spec.genesis.raw.top;
  const MARK = '"__STATE_GROWTH__":""';
  spec.genesis.raw.top = { __STATE_GROWTH__: '' };
  const [head, tail] = JSON.stringify(spec).split(MARK);
  const fd = openSync(out, 'w');
  writeSync(fd, head);
  writeSync(
    fd,
    Object.entries(top)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(','),
  );
  const keys = {
    patients: prefix('PatientIdentity', 'Patients'),
    records: prefix('RecordAnchor', 'Records'),
    log: prefix('RecordAnchor', 'AccessLog'),
    consents: prefix('ConsentRegistry', 'Consents'),
    patientConsents: prefix('ConsentRegistry', 'PatientConsents'),
  };
  let chunk = [];
  let items = Object.keys(top).length;
  const put = (key, value) => {
    items++;
    chunk.push(`"0x${hex(key)}":"0x${hex(value)}"`);
    if (chunk.length >= 10_000) flush();
  };
  const flush = () => {
    if (chunk.length) writeSync(fd, `,${chunk.join(',')}`);
    chunk = [];
  };
  for (let p = 0n; p < BigInt(records / 100); p++) {
    const patient = twox64Concat(u64(FIRST_PATIENT + p));
    put(u8aConcat(keys.patients, patient), random(100));
    for (let r = 0; r < 100; r++) {
      put(u8aConcat(keys.records, patient, random(24)), random(200));
      put(u8aConcat(keys.log, patient, twox64Concat(u64(r))), random(100));
    }
    for (let c = 0n; c < 10n; c++) {
      const id = u64(p * 10n + c);
      put(u8aConcat(keys.consents, blake2128Concat(u8aConcat(u64(FIRST_PATIENT + p), id))), random(400));
      put(u8aConcat(keys.patientConsents, patient, twox64Concat(id)), new Uint8Array());
    }
  }
  flush();
  writeSync(fd, tail);
  closeSync(fd);
  console.log(`${out}: ${records} records, ${items} storage items`);
}

/** The median time of each benchmark at each state size, from the CLI's JSON, and the plot. */
/** The committed ParityDB weights (runtime/common/src/weights/paritydb_weights.rs), µs per key. */
function databaseWeights() {
  const file = new URL('../../runtime/common/src/weights/paritydb_weights.rs', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const ns = (op) => Number(text.match(new RegExp(`${op}: ([\\d_]+) \\*`))[1].replaceAll('_', '')) / 1000;
  return { read: ns('read'), write: ns('write') };
}

function report(dir, sizes) {
  // Each call, and whether it notes an entry on the patient's timeline: the pallets' benchmarks
  // leave that out (it is charged apart, as the timeline's worst case), so it is measured by the
  // timeline's own benchmark at the same size and added.
  const CALLS = [
    ['pallet_record_anchor', 'anchor_record', true],
    ['pallet_record_anchor', 'log_access', true],
    ['pallet_consent_registry', 'grant_consent', true],
    ['pallet_consent_registry', 'check_access', false],
  ];
  const ENTRY = ['pallet_timeline', 'note_on_a_new_page'];
  // Controls, measured in the same run: a call that touches no storage (the machine's drift
  // between the points), and one read and one write of a single value, whose place in the trie
  // the added state leaves as it is (what the benchmark's own state store adds as it grows).
  const CONTROLS = [
    ['frame_system', 'remark', 'control: system.remark (no storage)'],
    ['pallet_sudo', 'set_key', 'control: sudo.set_key (one value, 1 read 1 write)'],
  ];
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // The median µs of a benchmark (call and storage root) at its highest components (the worst
  // case: check_access with every grantee index full; `pick` = Math.min for the lowest: an empty
  // remark), at `size` records.
  const medianAt = (size, pallet, name, pick = Math.max) => {
    const bench = JSON.parse(readFileSync(join(dir, `state-growth-${size}.json`), 'utf8')).find(
      (b) => b.pallet === pallet && b.benchmark === name,
    );
    const top = pick(...bench.time_results.map((r) => r.components.reduce((s, [, v]) => s + v, 0)));
    const times = bench.time_results
      .filter((r) => r.components.reduce((s, [, v]) => s + v, 0) === top)
      .map((r) => (r.extrinsic_time + r.storage_root_time) / 1000);
    return { us: median(times), samples: times.length };
  };
  const rows = CALLS.map(([pallet, name, noted]) => {
    const points = sizes.map((size) => {
      const call = medianAt(size, pallet, name);
      const entry = noted ? medianAt(size, ...ENTRY).us : 0;
      return {
        records: Number(size),
        medianUs: call.us + entry,
        callUs: call.us,
        entryUs: entry,
        samples: call.samples,
      };
    });
    for (const p of points) p.ratio = p.medianUs / points[0].medianUs;
    return { call: noted ? `${name} + timeline entry` : name, points };
  });
  const controls = CONTROLS.map(([pallet, name, call]) => {
    const points = sizes.map((size) => {
      const { us, samples } = medianAt(size, pallet, name, Math.min);
      return { records: Number(size), medianUs: us, samples };
    });
    for (const p of points) p.ratio = p.medianUs / points[0].medianUs;
    return { call, points };
  });
  // The database at each size (`benchmark storage`: the mean per key, as the committed database
  // weights are), against the committed weights the calls are charged with.
  const committed = databaseWeights();
  const database = ['read', 'write'].map((op) => {
    const points = sizes.map((size) => {
      const path = join(dir, `state-growth-${op}-${size}.json`);
      const ns = JSON.parse(readFileSync(path, 'utf8')).ns_per_size.map(([, t]) => t);
      return {
        records: Number(size),
        meanUs: ns.reduce((a, b) => a + b, 0) / ns.length / 1000,
        keys: ns.length,
      };
    });
    for (const p of points) p.ratio = p.meanUs / points[0].meanUs;
    return { op, committedUs: committed[op], points };
  });
  // The same calls on a node (state-growth-node.mjs): each transaction's time less a remark's
  // (the signature, extensions and fee every transaction pays, not the call's); the decision as
  // an enforcement point asks it, a whole `state_call`, and also less `Core_version`'s (a
  // runtime call's fixed cost: no target, as it carries that control's own drift between the
  // nodes); and the two controls as they are. [request, less, against the target]
  const NODE = [
    ['anchor_record', 'remark', true],
    ['log_access', 'remark', true],
    ['grant_consent', 'remark', true],
    ['check_access', null, true],
    ['check_access', 'Core_version', false],
    ['remark', null, false],
    ['Core_version', null, false],
  ];
  const nodeAt = (size) => JSON.parse(readFileSync(join(dir, `state-growth-node-${size}.json`), 'utf8'));
  const onNode = NODE.map(([name, less, target]) => {
    const points = sizes.map((size) => {
      const { nodeUs, requests } = nodeAt(size);
      return {
        records: Number(size),
        us: nodeUs[name] - (less ? nodeUs[less] : 0),
        requestUs: nodeUs[name],
        requests,
      };
    });
    for (const p of points) p.ratio = p.us / points[0].us;
    const call = less
      ? `${name} (less ${less})`
      : target
        ? `${name} (the whole request)`
        : `control: ${name}`;
    return { call, target, points };
  });
  const TARGET = 1.25;
  console.log(
    `\ncost with records in state (median µs of the call and its storage root; ${cpus()[0]?.model})`,
  );
  console.log(
    `| call | ${sizes.map((s) => `${Number(s).toLocaleString('en')} records`).join(' | ')} | worst × 10^4 |`,
  );
  console.log(`|---|${sizes.map(() => '---|').join('')}---|`);
  for (const r of rows) {
    const worst = Math.max(...r.points.map((p) => p.ratio));
    console.log(
      `| ${r.call} | ${r.points.map((p) => `${p.medianUs.toFixed(1)} (${p.ratio.toFixed(2)})`).join(' | ')} | ${worst.toFixed(2)} ${worst <= TARGET ? 'met' : 'NOT met'} |`,
    );
  }
  for (const r of controls) {
    console.log(
      `| ${r.call} | ${r.points.map((p) => `${p.medianUs.toFixed(1)} (${p.ratio.toFixed(2)})`).join(' | ')} | (no target) |`,
    );
  }
  console.log('\non a node (µs of node time per request; state-growth-node.mjs)');
  console.log(
    `| call | ${sizes.map((s) => `${Number(s).toLocaleString('en')} records`).join(' | ')} | worst × 10^4 |`,
  );
  console.log(`|---|${sizes.map(() => '---|').join('')}---|`);
  for (const r of onNode) {
    const worst = Math.max(...r.points.map((p) => p.ratio));
    const verdict = r.target ? `${worst.toFixed(2)} ${worst <= TARGET ? 'met' : 'NOT met'}` : '(no target)';
    console.log(
      `| ${r.call} | ${r.points.map((p) => `${p.us.toFixed(1)} (${p.ratio.toFixed(2)})`).join(' | ')} | ${verdict} |`,
    );
  }
  console.log('\nParityDB per key (mean µs of `benchmark storage`; committed: the database weights charged)');
  console.log(
    `| operation | ${sizes.map((s) => `${Number(s).toLocaleString('en')} records`).join(' | ')} | committed |`,
  );
  console.log(`|---|${sizes.map(() => '---|').join('')}---|`);
  for (const d of database) {
    console.log(
      `| ${d.op} | ${d.points.map((p) => `${p.meanUs.toFixed(1)} (${p.ratio.toFixed(2)})`).join(' | ')} | ${d.committedUs.toFixed(1)} |`,
    );
  }
  writeFileSync(
    join(dir, 'state-growth.json'),
    JSON.stringify({ machine: cpus()[0]?.model, target: TARGET, rows, controls, onNode, database }, null, 2),
  );
  const chart = (title, series) =>
    lineChart({
      title,
      xLabel: 'records in state (and proportional patients, consents, log entries)',
      yLabel: '× cost at 10^4 records',
      xLog: true,
      yMin: 0.5,
      series: series.map((r) => ({ name: r.call, points: r.points.map((p) => [p.records, p.ratio]) })),
      lines: [{ y: TARGET, name: `target ${TARGET} ×` }],
    });
  writeFileSync(
    join(dir, 'state-growth.png'),
    chart('On a node: cost against records in state, × the cost at 10^4 records', onNode),
  );
  writeFileSync(
    join(dir, 'state-growth-cli.png'),
    chart('Benchmark CLI: cost against records in state, × the cost at 10^4 records', [...rows, ...controls]),
  );
  console.log(`wrote state-growth.json, state-growth.png (node) and state-growth-cli.png in ${dir}`);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'spec') buildSpec(args[0], Number(args[1]), args[2]);
else if (command === 'report') report(args[0], args.slice(1));
else throw new Error('usage: state-growth.mjs spec <base> <records> <out> | report <dir> <records>...');
