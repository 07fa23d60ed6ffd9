// polkadot.js helpers shared by the tests: connect, dev keys, submit-and-wait with a time limit,
// and dispatch-error decoding from metadata.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** Connects to a node; every type comes from the chain's own metadata. */
export async function connect(wsUrl) {
  await cryptoWaitReady();
  const provider = new WsProvider(wsUrl, 1000, {}, 30_000);
  return ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true });
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
  return { kind: dispatchError.type, name: `${dispatchError.type}.${dispatchError.value.toString()}` };
}

/**
 * Signs and submits `tx`, resolving once its block is finalised (or `until: 'inBlock'`).
 * Resolves { blockHash, events, dispatchError } where dispatchError is decoded or null.
 * Rejects on pool rejection (invalid tx) or after `timeoutMs`.
 */
export function submit(api, tx, signer, { until = 'finalized', timeoutMs = 90_000 } = {}) {
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
    tx.signAndSend(signer, (result) => {
      const { status, events, dispatchError } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        done(rejectP, new Error(`transaction ${status.type}`));
        return;
      }
      const reached = until === 'inBlock' ? status.isInBlock : status.isFinalized;
      if (reached) {
        done(resolveP, {
          blockHash: until === 'inBlock' ? status.asInBlock : status.asFinalized,
          events,
          dispatchError: dispatchError ? decodeDispatchError(api, dispatchError) : null,
        });
      }
    })
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
  return events.filter(({ event }) => event.section === section && event.method === method)
    .map(({ event }) => event);
}
