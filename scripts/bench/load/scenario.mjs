// The load benchmark's machinery on a running node: following blocks (each one's on-chain time
// and the calls it holds, finality), submitting pre-signed transactions, the set-up steps, and a
// scenario's probe and run (see load.mjs for what they measure).
import { sleep } from 'medledger-toolkit/node.mjs';

/** The slot: a block every 2 seconds (the solo runtime's `time::MILLI_SECS_PER_BLOCK`). */
export const SLOT_SECONDS = 2;

/**
 * The runner on `api` for `accounts`: `scenario(name, call, make, opts)` measures a call,
 * `setUp(call, make)` runs one untimed transaction per account, `submitAll` and `included` are
 * what both use; `stop()` ends the finality subscription.
 */
export async function loadRunner(api, accounts, { fillBlocks, maxRounds }) {
  const blocks = new Map(); // hash -> { number, hash, time, calls: Map<'section.method', count>, names }
  let finalizedNumber = 0;
  const finalizedAt = new Map(); // block number -> wall time first seen finalised
  async function blockInfo(h) {
    const key = h.toHex();
    if (blocks.has(key)) return blocks.get(key);
    const { block } = await api.rpc.chain.getBlock(h);
    const calls = new Map();
    const names = [];
    let time = 0;
    for (const ex of block.extrinsics) {
      const name = `${ex.method.section}.${ex.method.method}`;
      names.push(name);
      if (name === 'timestamp.set') time = ex.method.args[0].toNumber();
      if (ex.isSigned) calls.set(name, (calls.get(name) ?? 0) + 1);
    }
    const info = { number: block.header.number.toNumber(), hash: key, time, calls, names };
    blocks.set(key, info);
    return info;
  }
  const unsubFinal = await api.rpc.chain.subscribeFinalizedHeads((header) => {
    const n = header.number.toNumber();
    for (let k = finalizedNumber + 1; k <= n; k += 1) finalizedAt.set(k, Date.now());
    finalizedNumber = n;
  });

  async function bestBlocksFrom(start) {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const out = [];
    for (let n = start; n <= best; n += 1) out.push(await blockInfo(await api.rpc.chain.getBlockHash(n)));
    return out;
  }

  /** Submits pre-signed transactions, `width` at a time. */
  async function submitAll(signed, width = 500) {
    for (let i = 0; i < signed.length; i += width) {
      await Promise.all(signed.slice(i, i + width).map((tx) => api.rpc.author.submitExtrinsic(tx)));
    }
  }

  /** Waits (bounded) until `count` of `call` are included from block `start` on. */
  async function included(name, call, start, count, t0, timeoutMs) {
    for (;;) {
      const seen = await bestBlocksFrom(start);
      const n = seen.reduce((s, b) => s + (b.calls.get(call) ?? 0), 0);
      if (n >= count) return seen;
      if (Date.now() - t0 > timeoutMs) throw new Error(`${name}: only ${n} of ${count} included in time`);
      await sleep(1000);
    }
  }

  /** The weight charged to each `call` in these blocks (ExtrinsicSuccess), averaged; and failures. */
  async function chargedWeight(used, call) {
    let refTime = 0n;
    let proofSize = 0n;
    let n = 0n;
    let failed = 0;
    for (const b of used) {
      const events = await api.query.system.events.at(b.hash);
      for (const { phase, event } of events) {
        if (!phase.isApplyExtrinsic || b.names[phase.asApplyExtrinsic.toNumber()] !== call) continue;
        if (api.events.system.ExtrinsicSuccess.is(event)) {
          const { weight } = event.data.dispatchInfo;
          refTime += weight.refTime.toBigInt();
          proofSize += weight.proofSize.toBigInt();
          n += 1n;
        } else if (api.events.system.ExtrinsicFailed.is(event)) {
          failed += 1;
        }
      }
    }
    if (failed) throw new Error(`${call}: ${failed} transactions failed`);
    return { refTime: refTime / n, proofSize: proofSize / n };
  }

  /** How many transactions of this charged weight and length fit in one block. */
  function ceilingPerBlock(weight, length) {
    const maxTotal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap();
    const per = (dim) => (weight[dim] === 0n ? Infinity : Number(maxTotal[dim].toBigInt() / weight[dim]));
    const maxLen = api.consts.system.blockLength.max.normal.toNumber();
    return Math.min(per('refTime'), per('proofSize'), Math.floor(maxLen / length));
  }

  /** Signs `make(account, i, round)` for each signer and round (nonces from `nonces`). */
  async function signRounds(signers, nonces, make, firstRound, rounds) {
    const out = [];
    for (let r = 0; r < rounds; r += 1) {
      const round = firstRound + r;
      out.push(
        ...(await Promise.all(
          signers.map((a, i) => make(a, i, round).signAsync(a, { nonce: nonces[i] + round, era: 0 })),
        )),
      );
    }
    return out;
  }

  /**
   * A scenario: the probe (one transaction per signer), then enough rounds to fill
   * `fillBlocks` blocks at the ceiling. Returns the measurement of the run.
   */
  async function scenario(
    name,
    call,
    make,
    { units = 1, count = accounts.length, timeoutMs = 900_000 } = {},
  ) {
    const signers = accounts.slice(0, count);
    const nonces = (await Promise.all(signers.map((a) => api.rpc.system.accountNextIndex(a.address)))).map(
      (n) => n.toNumber(),
    );

    // Probe: the charged weight, hence the ceiling.
    const probe = await signRounds(signers, nonces, make, 0, 1);
    const declared = await api.call.transactionPaymentApi.queryInfo(probe[0].toU8a(), probe[0].encodedLength);
    let start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
    let t0 = Date.now();
    await submitAll(probe.map((t) => t.toHex()));
    const probeBlocks = (await included(name, call, start, count, t0, timeoutMs)).filter(
      (b) => (b.calls.get(call) ?? 0) > 0,
    );
    const charged = await chargedWeight(probeBlocks, call);
    const length = probe[0].encodedLength;
    const perBlock = ceilingPerBlock(charged, length);
    const rounds = Math.max(1, Math.min(maxRounds, Math.ceil((fillBlocks * perBlock) / count)));
    if (rounds === maxRounds)
      console.log(`${name}: capped at ${maxRounds} rounds; raise --max-rounds or --accounts`);

    // The run.
    console.log(`${name}: ceiling ${perBlock} per block; signing ${rounds} × ${count} ...`);
    const txs = (await signRounds(signers, nonces, make, 1, rounds)).map((t) => t.toHex());
    start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
    t0 = Date.now();
    await submitAll(txs);
    const submitted = Date.now();
    const seen = await included(name, call, start, txs.length, t0, timeoutMs);
    const used = seen.filter((b) => (b.calls.get(call) ?? 0) > 0);
    const last = used[used.length - 1];
    const first = used[0];
    const prevTime =
      seen.find((b) => b.number === first.number - 1)?.time ?? first.time - SLOT_SECONDS * 1000;
    while (finalizedNumber < last.number) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`${name}: block #${last.number} not finalised`);
      await sleep(250);
    }
    const includedSpan = (last.time - prevTime) / 1000;
    const finalisedSpan = (finalizedAt.get(last.number) - t0) / 1000;
    const r = {
      name,
      call,
      txs: txs.length,
      units: txs.length * units,
      unitsPerTx: units,
      rounds,
      blocks: used.length,
      submitSeconds: (submitted - t0) / 1000,
      includedTps: txs.length / includedSpan,
      finalisedTps: txs.length / finalisedSpan,
      perBlock: used.map((b) => ({ t: (b.time - prevTime) / 1000, n: b.calls.get(call) })),
      declared: {
        refTime: declared.weight.refTime.toBigInt(),
        proofSize: declared.weight.proofSize.toBigInt(),
      },
      charged,
      length,
      ceilingPerBlock: perBlock,
      ceilingTps: perBlock / SLOT_SECONDS,
    };
    console.log(
      `${name}: ${r.txs} txs in ${used.length} blocks; included ${r.includedTps.toFixed(1)} tx/s, ` +
        `finalised ${r.finalisedTps.toFixed(1)} tx/s, ceiling ${r.ceilingTps.toFixed(1)} tx/s`,
    );
    return r;
  }

  /** Set-up (not measured): `make(account, i)` once per account, all included. */
  async function setUp(call, make) {
    console.log(`set-up: ${call} for every load account ...`);
    const nonces = await Promise.all(accounts.map((a) => api.rpc.system.accountNextIndex(a.address)));
    const txs = await Promise.all(
      accounts.map((a, i) => make(a, i).signAsync(a, { nonce: nonces[i], era: 0 })),
    );
    const start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
    await submitAll(txs.map((t) => t.toHex()));
    await included('set-up', call, start, accounts.length, Date.now(), 600_000);
  }

  return { scenario, setUp, submitAll, included, stop: unsubFinal };
}
