// The load benchmark (scripts/bench/load.mjs) in a small run, so that it keeps working: every
// scenario and both baselines are measured against a real node, the table has its ratios and
// ceilings, and the plot is written. The figures of a run this small mean nothing; the real run
// and its results are in docs/performance.md. Time-bounded; the script stops its own node.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';

import { runScript } from 'medledger-toolkit/node.mjs';

const bench = resolve(dirname(fileURLToPath(import.meta.url)), '../../bench');

describe('load benchmark (scripts/bench/load.mjs), small run', () => {
  const out = mkdtempSync(join(tmpdir(), 'medledger-load-smoke-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('measures every scenario and both baselines, with ratios, ceilings and a plot', async () => {
    const args = [
      'load.mjs',
      '--accounts',
      '32',
      '--batch',
      '4',
      '--blocks',
      '1',
      '--max-rounds',
      '1',
      '--out',
      out,
    ];
    const { code, signal, output } = await runScript(bench, args, { timeoutMs: 420_000 });
    assert.equal(code, 0, `load.mjs failed (${signal ?? code}):\n${output.slice(-4000)}`);

    const run = JSON.parse(readFileSync(join(out, 'load.json'), 'utf8'));
    assert.deepEqual(
      run.results.map((r) => r.call),
      [
        'system.remark',
        'balances.transferKeepAlive',
        'recordAnchor.anchorRecord',
        'recordAnchor.anchorRecord',
        'recordAnchor.anchorBatch',
        'consentRegistry.grantConsent',
        'recordAnchor.logAccess',
      ],
    );
    // Prepaid deposits make anchoring cheaper than holding each deposit.
    const [held, prepaid] = run.results.slice(2, 4);
    assert.ok(
      BigInt(prepaid.charged.refTime) < BigInt(held.charged.refTime),
      `prepaid ${prepaid.charged.refTime} not below held ${held.charged.refTime}`,
    );
    for (const r of run.results) {
      assert.ok(r.txs > 0 && r.includedTps > 0 && r.finalisedTps > 0, `${r.name}: measured`);
      assert.ok(r.ceilingPerBlock > 0, `${r.name}: a ceiling`);
      // Charged (after refunds, base included) never exceeds declared plus the base weight.
      assert.ok(
        BigInt(r.charged.refTime) <= BigInt(r.declared.refTime) + BigInt(run.limits.baseExtrinsic),
        `${r.name}: charged ${r.charged.refTime} > declared ${r.declared.refTime} + base`,
      );
    }
    assert.equal(run.table.length, 7);
    assert.equal(run.table[0]['× remark'], '1.00');
    assert.equal(run.table[1]['× transfer'], '1.00');
    assert.ok(output.includes('batch anchoring:'), output.slice(-2000));
    assert.match(
      output,
      /target: single anchor \(prepaid\) ≥ 0.9 × transferKeepAlive: [0-9.]+ (met|NOT met)/,
    );
    assert.match(output, /target: batched record ≤ 1.3 × its storage floor/);
    assert.ok(existsSync(join(out, 'throughput.png')));
  });
});
