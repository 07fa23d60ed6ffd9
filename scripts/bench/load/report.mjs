// The load benchmark's report: sustained throughput per scenario, the table with the ratios to
// the baselines, load.json and the throughput plot.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Resvg } from '@resvg/resvg-js';

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
  const single = results.find((r) => r.name === 'recordAnchor.anchorRecord');
  const batch = results.find((r) => r.call === 'recordAnchor.anchorBatch');
  const batchRecords = batch.steadyTps * batch.unitsPerTx;
  console.log(
    `batch anchoring: ${batchRecords.toFixed(1)} records/s = ` +
      `${(batchRecords / single.steadyTps).toFixed(2)} × single anchoring`,
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
  const maxN =
    stepN *
    Math.ceil(Math.max(...series.flatMap((s) => s.perBlock.map((p) => p.n / SLOT_SECONDS)), 1) / stepN);
  const x = (t) => M.l + (t / maxT) * (W - M.l - M.r);
  const y = (n) => H - M.b - (n / maxN) * (H - M.t - M.b);
  const colours = ['#888888', '#444444', '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd'];
  const lines = series.map((s, i) => {
    const pts = [
      [0, 0],
      ...s.perBlock.flatMap((p) => [
        [p.t - SLOT_SECONDS, p.n / SLOT_SECONDS],
        [p.t, p.n / SLOT_SECONDS],
      ]),
      [s.perBlock.at(-1).t, 0],
    ];
    const d = pts.map(([t, n], k) => `${k ? 'L' : 'M'}${x(t).toFixed(1)},${y(n).toFixed(1)}`).join(' ');
    return (
      `<path d="${d}" fill="none" stroke="${colours[i % colours.length]}" stroke-width="2"/>` +
      `<text x="${W - M.r + 15}" y="${M.t + 20 + i * 22}" fill="${colours[i % colours.length]}" ` +
      `font-size="13">${s.name}</text>`
    );
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
    .render()
    .asPng();
}
