// Merkle roots and proofs as the chain computes and checks them: polkadot-sdk's
// `binary-merkle-tree` over BLAKE2-256. A leaf's hash is BLAKE2-256 of the leaf's bytes; a row
// pairs its nodes left to right (BLAKE2-256 of the two, concatenated) and promotes an odd last
// node unchanged; a proof lists the siblings from the leaf up, skipping rows where the node had
// none. Any number of leaves; the e2e tests hold every count from 1 to 9 to the chain's own
// verification (`RecordApi::verify_in_merkle_root`, `verify_in_access_log_root`).
import { u8aConcat, u8aEq, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

import { type BytesLike, bytes } from './bytes.js';

/** A proof that leaf `index` of `leaves` leaves is under `root`; hashes as hex. */
export interface MerkleProof {
  root: string;
  proof: string[];
  leaves: number;
  index: number;
}

const node = (a: Uint8Array, b: Uint8Array) => blake2AsU8a(u8aConcat(a, b), 256);

/** Every row of the tree over `leaves`, from the leaves' hashes up to the root. */
function rows(leaves: readonly BytesLike[]): Uint8Array[][] {
  if (leaves.length === 0) throw new Error('a Merkle tree needs at least one leaf');
  const all = [leaves.map((l) => blake2AsU8a(bytes(l), 256))];
  for (let row = all[0]; row.length > 1; row = all[all.length - 1]) {
    const next: Uint8Array[] = [];
    for (let j = 0; j < row.length; j += 2) next.push(j + 1 < row.length ? node(row[j], row[j + 1]) : row[j]);
    all.push(next);
  }
  return all;
}

/** The root over `leaves` (bytes or hex), as hex. */
export function merkleRoot(leaves: readonly BytesLike[]): string {
  const all = rows(leaves);
  return u8aToHex(all[all.length - 1][0]);
}

/** The root and the proof of leaf `index` (siblings from the leaf up). */
export function merkleProof(leaves: readonly BytesLike[], index: number): MerkleProof {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) throw new Error(`no leaf ${index}`);
  const all = rows(leaves);
  const proof: string[] = [];
  let position = index;
  for (const row of all.slice(0, -1)) {
    const sibling = position ^ 1;
    if (sibling < row.length) proof.push(u8aToHex(row[sibling]));
    position >>= 1;
  }
  return { root: u8aToHex(all[all.length - 1][0]), proof, leaves: leaves.length, index };
}

/**
 * Whether `leaf` (bytes or hex) is leaf `index` of `leaves` leaves under `root`, by `proof`: the
 * chain's `verify_proof`, step for step.
 */
export function verifyMerkleProof({
  root,
  proof,
  leaves,
  index,
  leaf,
}: {
  root: BytesLike;
  proof: readonly BytesLike[];
  leaves: number;
  index: number;
  leaf: BytesLike;
}): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= leaves) return false;
  let hash = blake2AsU8a(bytes(leaf), 256);
  let position = index;
  let width = leaves;
  for (const sibling of proof.map(bytes)) {
    hash = position % 2 === 1 || position + 1 === width ? node(sibling, hash) : node(hash, sibling);
    position = Math.floor(position / 2);
    width = Math.floor((width - 1) / 2) + 1;
  }
  return u8aEq(hash, bytes(root));
}
