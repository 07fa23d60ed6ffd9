// polkadot.js helpers every script shares: connect, dev keys, submit-and-wait with a time limit,
// dispatch-error decoding from metadata, council motions, view functions and record ids.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';

/**
 * The chain's transaction extensions polkadot.js does not know by name, with the data they
 * carry (none): `RelayedBySponsor` (pallet-sponsorship). Given to every `ApiPromise.create`.
 */
export const SIGNED_EXTENSIONS = {
  RelayedBySponsor: { extrinsic: {}, payload: {} },
};

/** Connections to chopsticks (see `connect`). */
const chopsticks = new WeakSet();

/**
 * Connects to a node; every type comes from the chain's own metadata. With `chopsticks`, the
 * connection's transactions are immortal (chopsticks builds blocks on demand, and the block a
 * mortal transaction is anchored to can be one it is still building) and a transaction the pool
 * calls invalid is signed again once (its `system_accountNextIndex` can lag a block just built).
 * `timeoutMs` bounds each RPC request (30 s by default).
 */
export async function connect(wsUrl, { chopsticks: isChopsticks = false, timeoutMs = 30_000 } = {}) {
  await cryptoWaitReady();
  const provider = new WsProvider(wsUrl, 1000, {}, timeoutMs);
  const api = await ApiPromise.create({
    provider,
    throwOnConnect: true,
    noInitWarn: true,
    signedExtensions: SIGNED_EXTENSIONS,
  });
  if (isChopsticks) chopsticks.add(api);
  return api;
}

/** The well-known development accounts (sr25519). */
export function devAccounts() {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
  return Object.fromEntries(names.map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]));
}

/** `section.Name` of a dispatch error, decoded with metadata (module, token, arithmetic, ...). */
export function decodeDispatchError(api, dispatchError) {
  if (dispatchError.isModule) {
    const meta = api.registry.findMetaError(dispatchError.asModule);
    return { kind: 'Module', name: `${meta.section}.${meta.name}`, docs: meta.docs.join(' ') };
  }
  // `Token.FundsUnavailable`, `Arithmetic.Overflow`; plain `BadOrigin` carries no detail.
  const detail = dispatchError.value.toRawType() === 'Null' ? '' : `.${dispatchError.value.toString()}`;
  return { kind: dispatchError.type, name: `${dispatchError.type}${detail}` };
}

/**
 * Signs and submits `tx` (unsigned when `signer` is null), resolving once its block is finalised
 * (or `until: 'inBlock'`). Resolves { blockHash, events, dispatchError } where dispatchError is
 * decoded or null. Rejects on pool rejection (invalid tx) or after `timeoutMs`. With `nonce`,
 * several transactions of one signer can be submitted at once and land in one block.
 */
export async function submit(api, tx, signer, options = {}) {
  try {
    return await submitOnce(api, tx, signer, options);
  } catch (e) {
    if (!(chopsticks.has(api) && signer && options.nonce === undefined && /invalid/i.test(e.message))) {
      throw e;
    }
    await new Promise((r) => setTimeout(r, 500));
    return submitOnce(api, tx, signer, options);
  }
}

function submitOnce(api, tx, signer, { until = 'finalized', timeoutMs = 90_000, nonce } = {}) {
  return new Promise((resolveP, rejectP) => {
    let unsub = () => {};
    const timer = setTimeout(() => {
      unsub();
      rejectP(new Error(`transaction not ${until} within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = (fn, v) => {
      clearTimeout(timer);
      unsub();
      fn(v);
    };
    const onStatus = (result) => {
      const { status, events, dispatchError } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        done(rejectP, new Error(`transaction ${status.type}`));
        return;
      }
      // A node that finalises each block as it seals it (polkadot-omni-node's dev mode) reports
      // a transaction finalised without reporting it in a block first.
      const reached = status.isFinalized || (until === 'inBlock' && status.isInBlock);
      if (reached) {
        done(resolveP, {
          blockHash: status.isInBlock ? status.asInBlock : status.asFinalized,
          events,
          dispatchError: dispatchError ? decodeDispatchError(api, dispatchError) : null,
        });
      }
    };
    const options = {
      ...(nonce === undefined ? {} : { nonce }),
      ...(chopsticks.has(api) ? { era: 0 } : {}),
    };
    (signer ? tx.signAndSend(signer, options, onStatus) : tx.send(onStatus))
      .then((u) => {
        unsub = u;
      })
      .catch((e) => done(rejectP, e));
  });
}

/**
 * Submits `tx` until it is in a block and throws unless it succeeded; resolves like `submit`.
 */
export async function submitOk(api, tx, signer) {
  const r = await submit(api, tx, signer, { until: 'inBlock' });
  if (r.dispatchError !== null) {
    throw new Error(`dispatch failed: ${JSON.stringify(r.dispatchError)}`);
  }
  return r;
}

/** The events of `section.method` among a transaction's events. */
export function eventsOf(events, section, method) {
  return events
    .filter(({ event }) => event.section === section && event.method === method)
    .map(({ event }) => event);
}

/**
 * A patient's wallet following what happens to it: every event of a finalised block whose
 * `patient` field is `patient` (records anchored, amended, erased; consents, requests, emergency
 * sessions; reads logged; the identity's own changes) is passed to `onEvent(event, blockHash)`.
 * Resolves the unsubscribe function.
 */
export async function followPatient(api, patient, onEvent) {
  const id = BigInt(patient);
  return api.rpc.chain.subscribeFinalizedHeads(async (header) => {
    const at = await api.at(header.hash);
    for (const { event } of await at.query.system.events()) {
      const i = event.meta.fields.findIndex((f) => f.name.toString() === 'patient');
      if (i >= 0 && BigInt(event.data[i].toString()) === id) onEvent(event, header.hash);
    }
  });
}

/**
 * Passes `call` through the council: `proposer` (a member) proposes it needing `threshold`
 * approvals, each of `voters` approves, and `proposer` closes the motion, with the call's weight
 * and length (from `TransactionPaymentCallApi`) as bounds. With `threshold` 1 the call executes at
 * once, on the proposal. Resolves { executed, events }: `executed` is null if the motion did not
 * execute, else { ok: true } or { ok: false, error } (decoded) for the dispatched call.
 */
export async function councilMotion(api, call, { proposer, voters = [], threshold }) {
  const len = call.method.encodedLength;
  const proposal = await submitOk(api, api.tx.council.propose(threshold, call, len), proposer);
  let events = proposal.events;
  const [proposed] = eventsOf(events, 'council', 'Proposed');
  if (proposed) {
    const { proposalIndex: index, proposalHash: hash } = proposed.data;
    await Promise.all(voters.map((v) => submitOk(api, api.tx.council.vote(hash, index, true), v)));
    const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call, len);
    ({ events } = await submitOk(api, api.tx.council.close(hash, index, weight, len), proposer));
  }
  const [executed] = eventsOf(events, 'council', 'Executed');
  if (!executed) return { executed: null, events };
  const { result } = executed.data;
  return {
    executed: result.isOk ? { ok: true } : { ok: false, error: decodeDispatchError(api, result.asErr) },
    events,
  };
}

/**
 * Submits `txs` of one `signer` at once, with consecutive nonces, so that they land in the same
 * block or the next; resolves with each one's result (as `submit` with `until: 'inBlock'`).
 */
export async function submitAll(api, txs, signer) {
  const first = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  return Promise.all(txs.map((tx, i) => submit(api, tx, signer, { until: 'inBlock', nonce: first + i })));
}

/**
 * Calls a pallet's view function, e.g. `viewFunction(api, 'PatientIdentity', 'account_patient',
 * account)`. polkadot.js 16 has no `api.view`: the function's id, argument types and result type
 * come from the metadata (V16), the arguments are SCALE-encoded one after the other, and the
 * runtime API `RuntimeViewFunction` executes it. Resolves the decoded result.
 */
export async function viewFunction(api, pallet, name, ...args) {
  const meta = api.registry.metadata.pallets.find((p) => p.name.toString() === pallet);
  const fn = meta?.viewFunctions.find((f) => f.name.toString() === name);
  if (!fn) throw new Error(`no view function ${pallet}::${name} in the metadata`);
  const type = (id) => api.registry.createLookupType(id);
  const input = u8aConcat(...fn.inputs.map((param, i) => api.createType(type(param.type), args[i]).toU8a()));
  const id = fn.id.toU8a();
  const result = await api.call.runtimeViewFunction.executeViewFunction(
    { prefix: id.slice(0, 16), suffix: id.slice(16) },
    u8aToHex(input),
  );
  if (result.isErr) throw new Error(`${pallet}::${name}: ${result.asErr.toString()}`);
  return api.createType(type(fn.output), result.asOk);
}

/**
 * The id a record gets when anchored (docs/records.md): the patient id (u64, little-endian), then
 * 24 bytes of BLAKE2-256 over `medledger/record`, the patient id, the hash algorithm's index
 * (`Sha2_256` 0, `Blake2_256` 1) and the first version's content hash. Known before anchoring,
 * so that an emergency key can be made for it.
 */
export function recordId(patient, contentHash, algorithm = 'Sha2_256') {
  const le = new Uint8Array(8);
  new DataView(le.buffer).setBigUint64(0, BigInt(patient), true);
  const index = { Sha2_256: 0, Blake2_256: 1 }[algorithm];
  if (index === undefined) throw new Error(`unknown hash algorithm ${algorithm}`);
  const digest = blake2AsU8a(
    u8aConcat(stringToU8a('medledger/record'), le, new Uint8Array([index]), hexToU8a(contentHash)),
    256,
  );
  return u8aToHex(u8aConcat(le, digest.slice(0, 24)));
}

/** Each runtime's own metadata (V15), by spec version: its types and runtime APIs. */
const runtimes = new Map();
/** The spec version of recent blocks, by hash (a decision is often taken at the same block). */
const versionsAt = new Map();

async function specVersionAt(api, at) {
  const hash = typeof at === 'string' ? at : at.toHex();
  if (!versionsAt.has(hash)) {
    if (versionsAt.size >= 256) versionsAt.delete(versionsAt.keys().next().value);
    versionsAt.set(hash, (await api.rpc.state.getRuntimeVersion(hash)).specVersion.toNumber());
  }
  return versionsAt.get(hash);
}

/**
 * The runtime's own types at block `at` (the best block if omitted), from its metadata V15:
 * { registry, apis, specVersion, type(path) }. Unlike the connection's registry, it follows a
 * runtime upgrade: polkadot.js 16 refreshes a connection's metadata from V14 after an upgrade,
 * and V14 does not describe runtime APIs (`api.call` loses them) nor the types only they use.
 * `type('AccessLogLeaf')` names a type by the end of its path, for `registry.createType`.
 */
export async function runtimeTypes(api, at) {
  const specVersion =
    at === undefined ? api.runtimeVersion.specVersion.toNumber() : await specVersionAt(api, at);
  if (!runtimes.has(specVersion)) {
    const v15 = u8aToHex(new Uint8Array([15, 0, 0, 0]));
    // An explicit `undefined` block would be sent as the zero hash: leave it out.
    const raw = await api.rpc.state.call(
      ...['Metadata_metadata_at_version', v15, at].filter((a) => a !== undefined),
    );
    const registry = new TypeRegistry();
    const opaque = registry.createType('Option<OpaqueMetadata>', raw).unwrap();
    const metadata = new Metadata(registry, opaque.toU8a(true));
    registry.setMetadata(metadata);
    registry.setChainProperties(api.registry.getChainProperties());
    const byPath = (name) => {
      const found = registry.lookup.types.find((t) => t.type.path.toHuman().join('::').endsWith(`::${name}`));
      if (!found) throw new Error(`no type ${name} in the runtime's metadata`);
      return registry.createLookupType(found.id);
    };
    runtimes.set(specVersion, { registry, apis: metadata.asLatest.apis, specVersion, type: byPath });
  }
  return runtimes.get(specVersion);
}

/**
 * Calls runtime API `section.method` (as `api.call` names them: `consentApi`, `checkAccess`) over
 * `state_call`, at block `at` (hash; the best block if omitted), with its argument and result
 * types from that block's runtime metadata (`runtimeTypes`). Unlike `api.call`, it answers for any
 * block, so a decision can be taken, and later re-run, at the block it names, and it keeps working
 * on a connection opened before a runtime upgrade.
 */
export async function runtimeCall(api, section, method, args, at) {
  const { registry, apis } = await runtimeTypes(api, at);
  const apiName = `${section[0].toUpperCase()}${section.slice(1)}`;
  const snake = method.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const fn = apis
    .find((a) => a.name.toString() === apiName)
    ?.methods.find((m) => m.name.toString() === snake);
  if (!fn) throw new Error(`no runtime API ${apiName}_${snake} in the runtime's metadata`);
  const type = (id) => registry.createLookupType(id);
  // Hex, not bytes: polkadot.js reads a `Uint8Array` given as `Bytes` as length-prefixed.
  const data = u8aToHex(
    u8aConcat(...fn.inputs.map((p, i) => registry.createType(type(p.type), args[i]).toU8a())),
  );
  const raw = await api.rpc.state.call(...[`${apiName}_${snake}`, data, at].filter((a) => a !== undefined));
  return registry.createType(type(fn.output), raw);
}
