// Submitting transactions and reading what they did: submit-and-wait with a time limit, dispatch
// errors decoded from metadata, events by name, and a patient's wallet following its events.
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { DispatchError, Event, EventRecord, Hash } from '@polkadot/types/interfaces';
import type { SpRuntimeDispatchError } from '@polkadot/types/lookup';
import type { ISubmittableResult } from '@polkadot/types/types';

import { isChopsticks } from './chain.js';

/** A dispatch error, named as `section.Name` (`recordAnchor.WriteNotPermitted`, `Token.FundsUnavailable`). */
export interface DecodedError {
  kind: string;
  name: string;
  docs?: string;
}

/** `section.Name` of a dispatch error, decoded with metadata (module, token, arithmetic, ...). */
export function decodeDispatchError(
  api: ApiPromise,
  dispatchError: DispatchError | SpRuntimeDispatchError,
): DecodedError {
  if (dispatchError.isModule) {
    const meta = api.registry.findMetaError(dispatchError.asModule);
    return { kind: 'Module', name: `${meta.section}.${meta.name}`, docs: meta.docs.join(' ') };
  }
  // `Token.FundsUnavailable`, `Arithmetic.Overflow`; plain `BadOrigin` carries no detail.
  const detail = dispatchError.value.toRawType() === 'Null' ? '' : `.${dispatchError.value.toString()}`;
  return { kind: dispatchError.type, name: `${dispatchError.type}${detail}` };
}

/** What signs: a keyring pair (or anything polkadot.js' `signAndSend` takes). */
export type Signer = Parameters<SubmittableExtrinsic<'promise'>['signAndSend']>[0];

/** How `submit` waits. */
export interface SubmitOptions {
  /** Until the transaction's block is finalised (the default) or only in a block. */
  until?: 'finalized' | 'inBlock';
  /** Gives up after this long (90 s by default). */
  timeoutMs?: number;
  /** The signer's nonce, to submit several transactions of one signer at once. */
  nonce?: number;
}

/** What a transaction did. */
export interface Submitted {
  blockHash: Hash;
  events: EventRecord[];
  /** The call's error, decoded, or null if it succeeded. */
  dispatchError: DecodedError | null;
}

/**
 * Signs and submits `tx` (as it is when `signer` is null: already signed, or unsigned), resolving
 * once its block is finalised (or `until: 'inBlock'`). Rejects when the pool refuses it, or after
 * `timeoutMs`. On a chopsticks connection (`connect(url, { chopsticks: true })`) the transaction
 * is immortal, and one the pool calls invalid is signed again once: chopsticks builds blocks on
 * demand, so the block a mortal transaction is anchored to can be one it is still building, and
 * `system_accountNextIndex` can lag a block just built.
 */
export async function submit(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: Signer | null,
  options: SubmitOptions = {},
): Promise<Submitted> {
  try {
    return await submitOnce(api, tx, signer, options);
  } catch (e) {
    const retry = isChopsticks(api) && signer && options.nonce === undefined && /invalid/i.test(String(e));
    if (!retry) throw e;
    await new Promise((r) => setTimeout(r, 500));
    return submitOnce(api, tx, signer, options);
  }
}

function submitOnce(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: Signer | null,
  { until = 'finalized', timeoutMs = 90_000, nonce }: SubmitOptions,
): Promise<Submitted> {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    const timer = setTimeout(() => {
      unsub();
      reject(new Error(`transaction not ${until} within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      unsub();
      settle();
    };
    const onStatus = ({ status, events, dispatchError }: ISubmittableResult) => {
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        finish(() => reject(new Error(`transaction ${status.type}`)));
        return;
      }
      // A node that finalises each block as it seals it (polkadot-omni-node's dev mode) reports
      // a transaction finalised without reporting it in a block first.
      if (status.isFinalized || (until === 'inBlock' && status.isInBlock)) {
        const submitted = {
          blockHash: status.isInBlock ? status.asInBlock : status.asFinalized,
          events,
          dispatchError: dispatchError ? decodeDispatchError(api, dispatchError) : null,
        };
        finish(() => resolve(submitted));
      }
    };
    const options = {
      ...(nonce === undefined ? {} : { nonce }),
      ...(isChopsticks(api) ? { era: 0 } : {}),
    };
    (signer ? tx.signAndSend(signer, options, onStatus) : tx.send(onStatus))
      .then((u) => {
        unsub = u;
      })
      .catch((e) => finish(() => reject(e)));
  });
}

/** Submits `tx` until it is in a block and throws unless it succeeded; resolves like `submit`. */
export async function submitOk(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: Signer | null,
): Promise<Submitted> {
  const r = await submit(api, tx, signer, { until: 'inBlock' });
  if (r.dispatchError !== null) throw new Error(`dispatch failed: ${JSON.stringify(r.dispatchError)}`);
  return r;
}

/**
 * The events of `section.method` among a transaction's (or a block's) events. From TypeScript,
 * `api.events.recordAnchor.RecordAnchored.is(event)` narrows an event to its typed fields.
 */
export function eventsOf(events: readonly EventRecord[], section: string, method: string): Event[] {
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
export async function followPatient(
  api: ApiPromise,
  patient: number | bigint,
  onEvent: (event: EventRecord['event'], blockHash: string) => void,
): Promise<() => void> {
  const id = BigInt(patient);
  return api.rpc.chain.subscribeFinalizedHeads(async (header) => {
    const at = await api.at(header.hash);
    for (const { event } of await at.query.system.events()) {
      const i = event.meta.fields.findIndex((f) => f.name.toString() === 'patient');
      if (i >= 0 && BigInt(event.data[i].toString()) === id) onEvent(event, header.hash.toHex());
    }
  });
}
