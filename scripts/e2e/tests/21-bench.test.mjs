// The decision-rate and revocation-latency benchmarks (scripts/bench/decisions.mjs and
// revocation.mjs) in small runs, so that they keep working: each measures against real nodes,
// prints its ratios or percentiles against the targets and writes its JSON and PNG. The figures
// of runs this small mean nothing; the real runs are in docs/performance.md. Time-bounded; each
// script stops its own nodes.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';

import { runScript } from 'medledger-toolkit/node.mjs';

const bench = resolve(dirname(fileURLToPath(import.meta.url)), '../../bench');

describe('decision-rate and revocation-latency benchmarks, small runs', () => {
  const out = mkdtempSync(join(tmpdir(), 'medledger-bench-smoke-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('decisions.mjs: Core_version and both decisions at each concurrency, full indices read', async () => {
    const args = ['decisions.mjs', '--requests', '100', '--concurrency', '1,4', '--out', out];
    const { code, signal, output } = await runScript(bench, args, { timeoutMs: 240_000 });
    assert.equal(code, 0, `decisions.mjs failed (${signal ?? code}):\n${output.slice(-4000)}`);
    const run = JSON.parse(readFileSync(join(out, 'decisions.json'), 'utf8'));
    assert.equal(run.consentsRead, 48);
    assert.deepEqual(
      run.results.map((r) => `${r.concurrency} ${r.scenario}`),
      [1, 4].flatMap((c) =>
        ['Core_version', 'check_access, no consent', 'check_access, full indices'].map((s) => `${c} ${s}`),
      ),
    );
    for (const r of run.results) assert.ok(r.perSecond > 0 && r.p99Ms >= r.p50Ms, JSON.stringify(r));
    assert.match(output, /target: full indices ≥ 0.8 × Core_version at 4 in flight/);
    assert.ok(existsSync(join(out, 'decisions.png')));
  });

  it('revocation.mjs: every revocation denied and final on all four validators', async () => {
    const args = [
      'revocation.mjs',
      '--revocations',
      '4',
      '--patients',
      '2',
      '--full-blocks',
      '1',
      '--out',
      out,
    ];
    const { code, signal, output } = await runScript(bench, args, { timeoutMs: 300_000 });
    assert.equal(code, 0, `revocation.mjs failed (${signal ?? code}):\n${output.slice(-4000)}`);
    const run = JSON.parse(readFileSync(join(out, 'revocation.json'), 'utf8'));
    assert.equal(run.samples.length, 4);
    assert.equal(run.slotMs, 2000);
    for (const s of run.samples) assert.ok(s.firstBestS <= s.bestS && s.bestS <= s.finalS, JSON.stringify(s));
    assert.match(output, /target: best blocks p99 ≤ 3 s/);
    assert.ok(existsSync(join(out, 'revocation.png')));
  });
});
