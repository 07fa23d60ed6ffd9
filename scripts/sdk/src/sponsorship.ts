// Sponsored patients: the patient's wallet signs a meta transaction (pallet-meta-tx), the
// sponsoring organisation's relayer submits it in `metaTx.dispatch` and pays. Nothing here holds
// a patient key: `signMetaTx` runs on the patient's device, `relay` on the relayer's server.
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { bnToU8a, stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

import {
  type DecodedError,
  decodeDispatchError,
  type SubmitOptions,
  type Submitted,
  submit,
} from './transactions.js';

/** Why the chain refuses a sponsored call: `InvalidTransaction::Custom` codes (pallet-sponsorship). */
export const SPONSORSHIP_INVALID: Record<number, string> = {
  1: 'NotSponsored',
  2: 'SponsorNotActive',
  3: 'DailyCallsUsed',
  4: 'BudgetExhausted',
  5: 'NotRelayedBySponsor',
  6: 'ImmortalMetaTx',
};

/**
 * How many blocks a meta transaction stays valid for. The chain takes only mortal ones
 * (`ImmortalMetaTx`): a reaped account's nonce starts again, and its old ones must not return.
 */
export const META_TX_PERIOD = 64;

const u32 = (n: number) => bnToU8a(n, { bitLength: 32, isLe: true });

/** `MultiSignature`'s variant for a keypair type. */
const SIGNATURE_VARIANT: Record<string, number> = { ed25519: 0, sr25519: 1, ecdsa: 2 };

/**
 * The patient's wallet: signs `tx` (a polkadot.js extrinsic, e.g. `api.tx.consentRegistry.grantConsent(...)`)
 * as a meta transaction of `pair`, at the account's next nonce (or `nonce`), valid for
 * `period` blocks from the best block. Returns the meta transaction's SCALE bytes, which the
 * wallet hands to its sponsor's relayer. Needs no balance.
 */
export async function signMetaTx(
  api: ApiPromise,
  pair: KeyringPair,
  tx: SubmittableExtrinsic<'promise'>,
  { nonce, period = META_TX_PERIOD }: { nonce?: number; period?: number } = {},
): Promise<Uint8Array> {
  const call = api.createType('Call', tx.method);
  const next = nonce ?? (await api.rpc.system.accountNextIndex(pair.address)).toNumber();
  const best = await api.rpc.chain.getHeader();
  const era = api.createType('ExtrinsicEra', { current: best.number.toNumber(), period });
  const birth = await api.rpc.chain.getBlockHash(era.asMortalEra.birth(best.number.toNumber()));
  const { specVersion, transactionVersion } = api.runtimeVersion;
  // What follows the signature, in the order of the runtime's `MetaTxExtension`: the marker,
  // CheckNonZeroSender, CheckSpecVersion, CheckTxVersion, CheckGenesis (no data), the era,
  // the nonce, SponsoredUse (no data) ...
  const explicit = u8aConcat(era.toU8a(), api.createType('Compact<u32>', next).toU8a());
  // ... and what they imply without carrying it.
  const implicit = u8aConcat(
    stringToU8a('_meta_tx'),
    u32(specVersion.toNumber()),
    u32(transactionVersion.toNumber()),
    api.genesisHash.toU8a(),
    birth.toU8a(),
  );
  const version = new Uint8Array([0]);
  const signed = blake2AsU8a(u8aConcat(version, call.toU8a(), explicit, implicit), 256);
  const signature = u8aConcat([SIGNATURE_VARIANT[pair.type]], pair.sign(signed));
  const verify = u8aConcat([1], signature, api.createType('AccountId', pair.address).toU8a());
  return u8aConcat(call.toU8a(), version, verify, explicit);
}

/**
 * The relayer: submits the meta transaction `metaTx` (bytes from `signMetaTx`) in a
 * `metaTx.dispatch` signed by `relayer`, and resolves like `submit` with, in addition,
 * `metaDispatchError`: the meta transaction's own call's error, decoded, or null. Rejects when the
 * pool refuses it (a forged signature, no sponsor, the day's calls used, ...): then the relayer
 * paid nothing.
 */
export async function relay(
  api: ApiPromise,
  relayer: KeyringPair,
  metaTx: Uint8Array,
  options: SubmitOptions = {},
): Promise<Submitted & { metaDispatchError: DecodedError | null }> {
  const tx = api.tx.metaTx.dispatch(metaTx, metaTx.length);
  const result = await submit(api, tx, relayer, { until: 'inBlock', ...options });
  const dispatched = result.events.find(({ event }) => api.events.metaTx.Dispatched.is(event));
  let metaDispatchError: DecodedError | null = null;
  if (dispatched && api.events.metaTx.Dispatched.is(dispatched.event)) {
    const [inner] = dispatched.event.data;
    if (inner.isErr) metaDispatchError = decodeDispatchError(api, inner.asErr.error);
  }
  return { ...result, metaDispatchError };
}

/**
 * Asks the pool whether it would take the relayer's `metaTx.dispatch` of `metaTx`, without
 * submitting: resolves `{ ok: true }` or `{ ok: false, reason }`, `reason` named as the chain
 * names it (`BadProof`, `Stale`, `Call`, or a `SPONSORSHIP_INVALID` name).
 */
export async function checkRelay(
  api: ApiPromise,
  relayer: KeyringPair,
  metaTx: Uint8Array,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const tx = api.tx.metaTx.dispatch(metaTx, metaTx.length);
  await tx.signAsync(relayer);
  const best = await api.rpc.chain.getBlockHash();
  // The signed transaction's bytes: given the object, polkadot.js 16 encodes it wrongly.
  const validity = await api.call.taggedTransactionQueue.validateTransaction('External', tx.toU8a(), best);
  if (validity.isOk) return { ok: true };
  const error = validity.asErr;
  if (error.isInvalid && error.asInvalid.isCustom) {
    return { ok: false, reason: SPONSORSHIP_INVALID[error.asInvalid.asCustom.toNumber()] ?? 'Custom' };
  }
  return { ok: false, reason: error.isInvalid ? error.asInvalid.type : error.type };
}
