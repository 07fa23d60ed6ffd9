// A dev node keeps its chain across restarts when started again on the same base path.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

import { connect } from '@medledger/sdk';
import { startNode, waitFor } from 'medledger-toolkit/node.mjs';

async function finalizedNumber(api) {
  const head = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(head)).number.toNumber();
}

describe('restart on the same base path', () => {
  const basePath = mkdtempSync(join(tmpdir(), 'medledger-restart-'));
  after(() => rmSync(basePath, { recursive: true, force: true }));

  it('continues the same chain from where it stopped', async () => {
    let node = await startNode({ basePath });
    let api = await connect(node.wsUrl);
    const genesis = api.genesisHash.toHex();
    const reached = await waitFor(
      async () => {
        const n = await finalizedNumber(api);
        return n >= 2 ? n : null;
      },
      { what: 'block #2 to be finalised' },
    );
    const hashAtReached = (await api.rpc.chain.getBlockHash(reached)).toHex();
    await api.disconnect();
    await node.stop();

    node = await startNode({ basePath });
    try {
      api = await connect(node.wsUrl);
      assert.equal(api.genesisHash.toHex(), genesis, 'same genesis');
      // The blocks from before the restart are still there, unchanged.
      assert.equal((await api.rpc.chain.getBlockHash(reached)).toHex(), hashAtReached);
      // And the chain goes on past them, finalising new blocks.
      const later = await waitFor(
        async () => {
          const n = await finalizedNumber(api);
          return n > reached ? n : null;
        },
        { what: 'a block after the restart to be finalised' },
      );
      assert.ok(later > reached);
      await api.disconnect();
    } finally {
      await node.stop();
    }
  });
});
