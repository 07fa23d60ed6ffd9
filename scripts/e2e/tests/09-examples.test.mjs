// The runnable examples of scripts/examples (every call and runtime API of the three pallets,
// and the end-to-end privacy example) run and check themselves: each asserts what the chain
// answers and exits non-zero on any surprise. Each example gets a fresh dev node of its own, so
// they run side by side (they wait on blocks, not on the CPU). Each run is time-bounded.
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

import { runScript, startNode } from 'medledger-toolkit/node.mjs';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');

/** Runs `node <script>` in scripts/examples against `wsUrl`; resolves { code, output }. */
function runExample(script, wsUrl, timeoutMs) {
  return runScript(examples, [join(examples, script)], {
    timeoutMs,
    env: { MEDLEDGER_WS: wsUrl },
    killSignal: 'SIGKILL',
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
