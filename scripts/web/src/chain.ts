// The console's link to the chain and the gateway: one connection, the signed-in wallet, and
// `send`, which takes a transaction to a block and to finality with a progress bar, through the
// gateway's relay when the account holds no tokens (a sponsored patient).
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';

import { connect, GatewayClient, GatewayRefusal, type Relayed, signMetaTx, submit } from '@medledger/sdk';

import { h, message, progress, showProgressIn } from './ui.js';
import type { Wallet } from './wallet.js';

export interface Context {
  api: ApiPromise;
  /** The gateway that serves this console (its origin). */
  gatewayUrl: string;
  wallet: Wallet | null;
}

export const ctx: Context = { api: null as unknown as ApiPromise, gatewayUrl: '', wallet: null };

/** The signed-in wallet (pages other than sign-in are shown only with one). */
export function me(): Wallet {
  if (!ctx.wallet) throw new ChainRefusal('NotSignedIn', 'Sign in first.');
  return ctx.wallet;
}

/** Connects to the chain the serving gateway names in /console.json (or `?rpc=` in the URL). */
export async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  ctx.gatewayUrl = params.get('gateway') ?? location.origin;
  let chainRpc = params.get('rpc');
  if (!chainRpc) {
    const r = await fetch(`${ctx.gatewayUrl}/console.json`);
    chainRpc = ((await r.json()) as { chainRpc: string }).chainRpc;
  }
  ctx.api = await connect(chainRpc);
}

/** The gateway client signing as the wallet's local key. */
export function gateway(): GatewayClient {
  const pair = ctx.wallet?.pair;
  if (!pair)
    throw new ChainRefusal('NoLocalKey', 'Reading records at the gateway needs a key kept in this browser.');
  return new GatewayClient(ctx.gatewayUrl, pair);
}

/** A refusal by the chain (or the relay), named as the chain names it, with plain words. */
export class ChainRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly words: string,
  ) {
    super(`${reason}: ${words}`);
  }
}

/** Why the pool (or the gateway's relay) would not take a sponsored call, in plain words. */
const POOL_WORDS: Record<string, string> = {
  NotSponsored:
    'No organisation sponsors this account yet. Ask your hospital to sponsor it (show them your address).',
  Payment:
    'This account holds no tokens to pay with and no organisation sponsors it yet. Ask your hospital to sponsor it (show them your address).',
  SponsorNotActive: 'The organisation that sponsors you is not active on the chain.',
  DailyCallsUsed: 'You have used today’s sponsored changes. Try again tomorrow.',
  BudgetExhausted: 'Your sponsor’s budget for today is spent. Try again later.',
  NotRelayedBySponsor: 'This gateway does not relay for your sponsor.',
  ImmortalMetaTx: 'The wallet signed a change that never expires; the chain takes only ones that do.',
  RelayNotEnabled: 'This gateway does not relay transactions for patients.',
  Stale: 'The transaction was already used. Try again.',
  BadProof: 'The signature does not match. Try again.',
};

/** The plain words for a chain error `section.Name`: the runtime's own documentation of it. */
export function explain(name: string): string {
  const [section, method] = name.split('.');
  const docs = (
    ctx.api.errors as unknown as Record<string, Record<string, { meta: { docs: { toString(): string }[] } }>>
  )[section]?.[method]?.meta.docs
    .map(String)
    .join(' ');
  return POOL_WORDS[name] ?? (docs || 'The chain refused it.');
}

/** Whether the wallet's account can pay fees itself. */
async function paysItsOwnFees(address: string): Promise<boolean> {
  const account = await ctx.api.query.system.account(address);
  return account.data.free.toBigInt() > ctx.api.consts.balances.existentialDeposit.toBigInt();
}

async function finality(blockHash: string, blockNumber: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let unsub: (() => void) | null = null;
    let done = false;
    ctx.api.rpc.chain
      .subscribeFinalizedHeads(async (header) => {
        if (done || header.number.toNumber() < blockNumber) return;
        done = true;
        unsub?.();
        const canonical = await ctx.api.rpc.chain.getBlockHash(blockNumber);
        if (canonical.toHex() === blockHash) resolve();
        else reject(new ChainRefusal('Retracted', 'The block with your change was replaced. Try again.'));
      })
      .then((u) => {
        unsub = u;
        if (done) u();
      }, reject);
  });
}

export interface Sent {
  blockHash: string;
  blockNumber: number;
  /** `section.Method` and JSON fields of the call's own events. */
  events: { section: string; method: string; data: unknown }[];
}

/**
 * Signs `tx` with the wallet and takes it to a block, then to finality, with the progress bar.
 * Rejects with a `ChainRefusal` naming the chain's error.
 */
export async function send(tx: SubmittableExtrinsic<'promise'>, what: string): Promise<Sent> {
  const wallet = ctx.wallet;
  if (!wallet) throw new ChainRefusal('NotSignedIn', 'Sign in first.');
  progress('signing', `Signing: ${what}`);
  try {
    let sent: Sent;
    let error: string | null;
    if (wallet.pair && !(await paysItsOwnFees(wallet.address))) {
      // A sponsored patient: the wallet signs a meta transaction, the gateway relays and pays.
      const metaTx = await signMetaTx(ctx.api, wallet.pair, tx);
      progress('submitted', `Sent to the gateway’s relay: ${what}`);
      let relayed: Relayed;
      try {
        relayed = await new GatewayClient(ctx.gatewayUrl, wallet.pair).relay(metaTx);
      } catch (e) {
        if (e instanceof GatewayRefusal) {
          const reason = e.reason ?? `HTTP${e.status}`;
          throw new ChainRefusal(reason, explain(reason));
        }
        throw e;
      }
      sent = { blockHash: relayed.blockHash, blockNumber: relayed.blockNumber, events: relayed.events };
      error = relayed.error;
    } else {
      if (wallet.extensionSigner) ctx.api.setSigner(wallet.extensionSigner as never);
      progress('submitted', `Submitted: ${what}`);
      const r = await submit(ctx.api, tx, wallet.pair ?? wallet.address, { until: 'inBlock' });
      const header = await ctx.api.rpc.chain.getHeader(r.blockHash);
      sent = {
        blockHash: r.blockHash.toHex(),
        blockNumber: header.number.toNumber(),
        events: r.events.map(({ event }) => ({
          section: event.section,
          method: event.method,
          data: event.data.toJSON(),
        })),
      };
      error = r.dispatchError?.name ?? null;
    }
    if (error) throw new ChainRefusal(error, explain(error));
    progress('inBlock', `In block #${sent.blockNumber}, waiting for finality: ${what}`);
    await finality(sent.blockHash, sent.blockNumber);
    progress('finalized', `Finalised in block #${sent.blockNumber}: ${what}`);
    return sent;
  } catch (e) {
    const refusal = e instanceof ChainRefusal ? e : new ChainRefusal('Failed', (e as Error).message);
    progress('failed', `Refused: ${what} (${refusal.reason})`);
    throw refusal;
  }
}

/**
 * A button's handler that runs `action`, the button disabled meanwhile, and shows a refusal in
 * `out` as the chain names it, with its plain words.
 */
export function act(out: HTMLElement, action: () => Promise<void>) {
  return async (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    button.disabled = true;
    const near = h('div', { class: 'progress', 'aria-hidden': 'true' });
    out.replaceChildren(near);
    progress(null);
    showProgressIn(near);
    try {
      await action();
    } catch (err) {
      const r = err instanceof ChainRefusal ? err : new ChainRefusal('Failed', (err as Error).message);
      out.append(message('error', `Refused: ${r.reason}`, r.words));
    } finally {
      showProgressIn(null);
      button.disabled = false;
    }
  };
}
