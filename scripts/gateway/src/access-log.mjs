// The gateway's access log in `roots` mode (docs/gateway.md): every answer, read or refusal, is
// written to SQLite as the leaf it will be (`AccessLogLeaf`, SCALE-encoded) before the answer
// leaves; every `rootIntervalMs` the answers in no root yet are anchored on chain with one
// `log_access_root` transaction. The patient pages their answers with Merkle proofs.
import { u8aToHex } from '@polkadot/util';
import { merkleProof, merkleRoot } from '@medledger/sdk';

/**
 * Starts anchoring `store`'s pending answers as `custodian`, at most `maxLeavesPerRoot` per root,
 * one root at a time. Returns { stop(), flush() }: `flush` anchors what is pending now.
 */
export function anchorRoots({ store, custodian, logger, metrics, rootIntervalMs, maxLeavesPerRoot }) {
  let running = null;
  async function once() {
    const pending = store.pendingEntries(maxLeavesPerRoot);
    if (pending.length === 0) return;
    const root = merkleRoot(pending.map((p) => p.leaf));
    const r = await custodian.logRoot(root, pending.length);
    if (r.error) {
      metrics.roots.inc({ result: r.error });
      logger.error({ error: r.error, entries: pending.length }, 'the chain refused an access-log root');
      return;
    }
    store.rootAnchored(
      r.seq,
      root,
      r.blockHash,
      pending.map((p) => p.id),
    );
    metrics.roots.inc({ result: 'ok' });
    logger.info({ seq: r.seq, entries: pending.length, blockHash: r.blockHash }, 'access-log root anchored');
  }
  function tick() {
    running ??= once()
      .catch((e) => {
        metrics.roots.inc({ result: 'not_submitted' });
        logger.error({ err: e.message }, 'could not anchor an access-log root');
      })
      .finally(() => {
        running = null;
      });
    return running;
  }
  const timer = setInterval(tick, rootIntervalMs);
  timer.unref();
  return {
    stop: () => clearInterval(timer),
    /** Anchors what is pending now (after the round already running, if any). */
    async flush() {
      if (running) await running;
      await tick();
    },
  };
}

/**
 * A page of `patient`'s answers from id `from`: { items, next }. Each item: { id, custodian,
 * encoded (the leaf's bytes, hex), root } with `root` null until anchored, else { seq, leaves,
 * index, proof }.
 */
export function accessLogPage(store, custodian, patient, from, limit) {
  const rows = store.patientEntries(patient, from, limit);
  const trees = new Map();
  const items = rows.map((row) => {
    const encoded = u8aToHex(row.leaf);
    if (row.seq === null) return { id: row.id, custodian, encoded, root: null };
    if (!trees.has(row.seq)) trees.set(row.seq, store.rootLeaves(row.seq));
    const leaves = trees.get(row.seq);
    const { proof } = merkleProof(leaves, row.leafIndex);
    return {
      id: row.id,
      custodian,
      encoded,
      root: { seq: row.seq, leaves: leaves.length, index: row.leafIndex, proof },
    };
  });
  return { items, next: rows.length === limit ? rows[rows.length - 1].id + 1 : null };
}
