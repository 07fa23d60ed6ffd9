// The runnable examples of scripts/examples (every call and runtime API of the three pallets,
// and the end-to-end privacy example) run and check themselves: each asserts what the chain
// answers and exits non-zero on any surprise. Each example gets a fresh dev node of its own, so
// they run side by side (they wait on blocks, not on the CPU). Each run is time-bounded.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

import { startNode } from 'medledger-toolkit/node.mjs';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');

/** Runs `node <script>` in scripts/examples against `wsUrl`; resolves { code, output }. */
function runExample(script, wsUrl, timeoutMs) {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join(examples, script)], {
      cwd: examples,
      env: { ...process.env, MEDLEDGER_WS: wsUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      ok({ code, signal, output });
    });
  });
}

describe('scripts/examples, each against a dev node', { concurrency: true }, () => {
  for (const [script, done] of [
    ['identity.mjs', 'identity example: done'],
    ['consent.mjs', 'consent example: done'],
    ['records.mjs', 'records example: done'],
    ['privacy.mjs', 'privacy example: done'],
    ['phone-wallet.mjs', 'phone-wallet example: done'],
  ]) {
    it(`${script} runs and checks every step`, async () => {
      const node = await startNode();
      try {
        const { code, signal, output } = await runExample(script, node.wsUrl, 600_000);
        assert.equal(code, 0, `${script} failed (${signal ?? code}):\n${output.slice(-4000)}`);
        assert.ok(output.includes(done), output.slice(-2000));
      } finally {
        await node.stop();
      }
    });
  }
});
