// Merkle proofs: every leaf of every tree from 1 to 40 leaves verifies, and nothing else does.
// (The e2e tests hold the same proofs to the chain's verification.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { merkleProof, merkleRoot, verifyMerkleProof } from './merkle.js';

const leafOf = (i: number) => `0x${(i + 1).toString(16).padStart(2, '0').repeat(32)}`;

describe('Merkle proofs', () => {
  it('verify every leaf of trees of 1 to 40 leaves, and no other leaf or position', () => {
    for (let n = 1; n <= 40; n++) {
      const leaves = Array.from({ length: n }, (_, i) => leafOf(i));
      const root = merkleRoot(leaves);
      for (let i = 0; i < n; i++) {
        const p = merkleProof(leaves, i);
        assert.equal(p.root, root);
        assert.ok(verifyMerkleProof({ ...p, leaf: leaves[i] }), `${n} leaves, leaf ${i}`);
        assert.ok(!verifyMerkleProof({ ...p, leaf: leafOf(n) }), `${n} leaves, a stranger at ${i}`);
        if (n > 1) assert.ok(!verifyMerkleProof({ ...p, index: (i + 1) % n, leaf: leaves[i] }));
        assert.ok(!verifyMerkleProof({ ...p, index: n, leaf: leaves[i] }));
      }
    }
    assert.throws(() => merkleRoot([]));
  });
});
