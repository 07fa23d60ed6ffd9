// The load benchmark's report: sustained throughput per scenario, the table with the ratios to
// the baselines, load.json and the throughput plot.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { lineChart } from '../plot.mjs';
import { SLOT_SECONDS } from './scenario.mjs';

/**
 * Sustained tx/s over full blocks: the first block (submission still under way) and the last (the
 * remainder) are left out when there are three or more; otherwise the fullest block per slot.
 */
export function steadyTps(perBlock) {
  if (perBlock.length >= 3) {
    const full = perBlock.slice(1, -1);
    return full.reduce((sum, p) => sum + p.n, 0) / (full.at(-1).t - perBlock[0].t);
  }
  return Math.max(...perBlock.map((p) => p.n)) / SLOT_SECONDS;
}

/** Prints the table of `run` (a measurement, or one read back from load.json) and writes `out`. */
export function report(run, out) {
  const us = (ps) => (Number(ps) / 1e6).toFixed(1);
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
  console.log(
    `\n${run.accounts} accounts, spec ${run.specVersion}, ${run.machine.cores} cores ` +
      `(${run.machine.cpu}), ${run.date}`,
  );
  console.table(rows);
  // Named so: the single anchors after deposits are prepaid.
  const single = results.find((r) => r.name === 'recordAnchor.anchorRecord');
  const batch = results.find((r) => r.call === 'recordAnchor.anchorBatch');
  const batchRecords = batch.steadyTps * batch.unitsPerTx;
  console.log(
    `batch anchoring: ${batchRecords.toFixed(1)} records/s = ` +
      `${(batchRecords / single.steadyTps).toFixed(2)} × single anchoring`,
  );
  // The restated targets: a single anchor (prepaid deposits) against a transfer, and a batched
  // record's charge (its share of the batch, after refunds) against the one read and one write
  // it needs at the measured database weights.
  const anchorRatio = single.steadyTps / transfer.steadyTps;
  const perRecord = Number(batch.charged.refTime) / batch.unitsPerTx;
  const floor = Number(run.limits.dbRead) + Number(run.limits.dbWrite);
  const met = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `target: single anchor (prepaid) ≥ 0.9 × transferKeepAlive: ${anchorRatio.toFixed(2)} ${met(anchorRatio >= 0.9)}`,
  );
  console.log(
    `target: batched record ≤ 1.3 × its storage floor (${us(floor)} µs): charged ${us(perRecord)} µs = ` +
      `${(perRecord / floor).toFixed(2)} ${met(perRecord / floor <= 1.3)}`,
  );
  console.log(
    `limits: normal class ${us(run.limits.normalMaxTotal.refTime)} µs per block, base extrinsic ` +
      `${us(run.limits.baseExtrinsic)} µs, DB read ${us(run.limits.dbRead)} µs, write ${us(run.limits.dbWrite)} µs`,
  );

  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'load.json'),
    JSON.stringify({ ...run, table: rows }, (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2),
  );
  writeFileSync(join(out, 'throughput.png'), plot(results, run.accounts));
  console.log(`wrote ${join(out, 'load.json')} and ${join(out, 'throughput.png')}`);
}

/**
 * Throughput over time: per scenario, a step line of each block's included transactions divided
 * by the slot (tx/s), against seconds since the block before the first inclusion.
 */
function plot(series, accounts) {
  return lineChart({
    title: `MedLedger load: transactions included per block, per second of slot (${accounts} accounts)`,
    xLabel: "seconds since the block before the run's first inclusion",
    yLabel: `tx/s (block's transactions / ${SLOT_SECONDS} s)`,
    series: series.map((s) => ({
      name: s.name,
      points: [
        [0, 0],
        ...s.perBlock.flatMap((p) => [
          [p.t - SLOT_SECONDS, p.n / SLOT_SECONDS],
          [p.t, p.n / SLOT_SECONDS],
        ]),
        [s.perBlock.at(-1).t, 0],
      ],
    })),
  });
}
