// Dates to and from the chain. The chain keeps two kinds of time:
//
// - **Moments**: `pallet_timestamp`'s milliseconds since the Unix epoch (u64), the block author's
//   clock as the block's timestamp. Consents (`starts_at`, `expires_at`), emergency sessions,
//   consent requests and the access log use them.
// - **Block numbers**: a representative's `until`, a recovery's `delay`, a deactivation's `due`.
//   A future block's date is an estimate: one block per slot (`aura.slotDuration`) from the best
//   block's timestamp; a past block's date is its timestamp.
import type { ApiPromise } from '@polkadot/api';

import type { BlockHash } from './chain.js';

/** A moment as the chain returns it (a codec) or as a number. */
export type MomentLike = { toBigInt(): bigint } | bigint | number;

/** A date as a chain moment (ms since the Unix epoch), for a call's `Moment` argument. */
export function toMoment(date: Date | number): bigint {
  const ms = date instanceof Date ? date.getTime() : date;
  if (!Number.isSafeInteger(ms) || ms < 0) throw new Error(`not a date the chain keeps: ${String(date)}`);
  return BigInt(ms);
}

/** A chain moment as a date. */
export function fromMoment(moment: MomentLike): Date {
  const ms = typeof moment === 'object' ? moment.toBigInt() : BigInt(moment);
  return new Date(Number(ms));
}

/** The chain's time at block `at` (the best block if omitted): that block's timestamp. */
export async function chainNow(api: ApiPromise, at?: BlockHash): Promise<Date> {
  const query = at === undefined ? api.query : (await api.at(typeof at === 'string' ? at : at.toHex())).query;
  return fromMoment(await query.timestamp.now());
}

/** Milliseconds per block: the slot duration. */
export function blockDuration(api: ApiPromise): number {
  return api.consts.aura.slotDuration.toNumber();
}

/** Blocks that span at least `ms` milliseconds (for a duration in blocks, such as a recovery's delay). */
export function blocksFor(api: ApiPromise, ms: number): number {
  return Math.ceil(ms / blockDuration(api));
}

async function best(api: ApiPromise): Promise<{ number: number; date: Date }> {
  const header = await api.rpc.chain.getHeader();
  return { number: header.number.toNumber(), date: await chainNow(api, header.hash) };
}

/**
 * The first block expected at or after `date` (for a block-number argument such as a
 * representative's `until`): the best block, plus the slots until `date`.
 */
export async function blockAt(api: ApiPromise, date: Date): Promise<number> {
  const now = await best(api);
  return now.number + Math.max(0, blocksFor(api, date.getTime() - now.date.getTime()));
}

/** The date of block `number`: its timestamp if it is built, else the expected date. */
export async function dateOfBlock(api: ApiPromise, number: number): Promise<Date> {
  const now = await best(api);
  if (number <= now.number) return chainNow(api, await api.rpc.chain.getBlockHash(number));
  return new Date(now.date.getTime() + (number - now.number) * blockDuration(api));
}
