// Talking to a record gateway (scripts/gateway, docs/gateway.md): the signed request every call
// carries, a client for its endpoints, and the check of its access log against the chain.
//
// A request is signed by the caller's chain key (sr25519) over
//
//     medledger-gateway-request v1 \n <audience> \n <METHOD> \n <path and query> \n
//     <SHA-256 of the body, hex> \n <nonce> \n <expires at, ms since the Unix epoch>
//
// and carries the account, the nonce, the expiry and the signature in `x-medledger-*` headers.
// The audience is the gateway's public URL (its `/health` says which), so a request made for one
// gateway is refused by any other; the gateway refuses a nonce it has seen and a request past its
// expiry or expiring further ahead than it allows.
import type { ApiPromise } from '@polkadot/api';
import type {
  MedledgerPrimitivesConsentAccessDecision,
  MedledgerPrimitivesRecordAccessLogLeaf,
  MedledgerPrimitivesRecordRecordInfo,
} from '@polkadot/types/lookup';
import type { Bool, Option } from '@polkadot/types';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { base64Decode, base64Encode, signatureVerify } from '@polkadot/util-crypto';

import { type BytesLike, bytes } from './bytes.js';
import { runtimeCall, runtimeTypes } from './chain.js';
import { sha256 } from './envelope.js';
import { verifyMerkleProof } from './merkle.js';

export const HEADERS = {
  account: 'x-medledger-account',
  nonce: 'x-medledger-nonce',
  expires: 'x-medledger-expires',
  signature: 'x-medledger-signature',
} as const;

/** What signs requests: a keyring pair, or anything with its address and sr25519 `sign`. */
export interface RequestSigner {
  address: string;
  sign(message: Uint8Array): Uint8Array;
}

/** The parts of a request its signature covers. */
export interface RequestParts {
  audience: string;
  method: string;
  path: string;
  bodyHash: string;
  nonce: string;
  expiresAt: string | number;
}

/** The bytes a request's signature covers. */
export function requestMessage({
  audience,
  method,
  path,
  bodyHash,
  nonce,
  expiresAt,
}: RequestParts): Uint8Array {
  return stringToU8a(
    ['medledger-gateway-request v1', audience, method.toUpperCase(), path, bodyHash, nonce, expiresAt].join(
      '\n',
    ),
  );
}

/** The signed headers of a request. */
export type SignedHeaders = Record<(typeof HEADERS)[keyof typeof HEADERS], string>;

/**
 * The headers of a request by `signer`: a fresh nonce, and an expiry `lifetimeMs` from now unless
 * `expiresAt` (ms since the Unix epoch) is given.
 */
export async function signRequest(
  signer: RequestSigner,
  {
    audience,
    method,
    path,
    body = '',
    lifetimeMs = 30_000,
    expiresAt,
  }: {
    audience: string;
    method: string;
    path: string;
    body?: string;
    lifetimeMs?: number;
    expiresAt?: number;
  },
): Promise<SignedHeaders> {
  const nonce = u8aToHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  const expires = String(expiresAt ?? Date.now() + lifetimeMs);
  const bodyHash = await sha256(stringToU8a(body));
  const signature = signer.sign(
    requestMessage({ audience, method, path, bodyHash, nonce, expiresAt: expires }),
  );
  return {
    [HEADERS.account]: signer.address,
    [HEADERS.nonce]: nonce,
    [HEADERS.expires]: expires,
    [HEADERS.signature]: u8aToHex(signature),
  };
}

/**
 * Checks a request's signature (not its nonce or expiry, which the gateway checks against its
 * own state and clock). Resolves the signing account, or null if the signature does not verify.
 */
export async function verifyRequest({
  audience,
  method,
  path,
  body,
  headers,
}: {
  audience: string;
  method: string;
  path: string;
  body: BytesLike;
  headers: Partial<Record<string, string | string[] | undefined>>;
}): Promise<string | null> {
  const header = (name: string) => {
    const value = headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  const account = header(HEADERS.account);
  const nonce = header(HEADERS.nonce);
  const expiresAt = header(HEADERS.expires);
  const signature = header(HEADERS.signature);
  if (!account || !nonce || !expiresAt || !signature) return null;
  const bodyHash = await sha256(body);
  try {
    const message = requestMessage({ audience, method, path, bodyHash, nonce, expiresAt });
    return signatureVerify(message, signature, account).isValid ? account : null;
  } catch {
    return null;
  }
}

/** A FHIR `OperationOutcome`, as the gateway refuses with. */
export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: {
    severity: string;
    code: string;
    details?: { coding?: { system?: string; code: string }[] };
    diagnostics?: string;
  }[];
}

/** A gateway's answer that is not a success: its status and FHIR `OperationOutcome`. */
export class GatewayRefusal extends Error {
  readonly status: number;
  readonly outcome: OperationOutcome;
  /** The reason's code: a deny reason (`NoConsent`), a chain error or a request check. */
  readonly reason: string | undefined;

  constructor(status: number, outcome: OperationOutcome) {
    const issue = outcome?.issue?.[0];
    const reason = issue?.details?.coding?.[0]?.code ?? issue?.code;
    super(`gateway answered ${status}: ${reason} (${issue?.diagnostics})`);
    this.status = status;
    this.outcome = outcome;
    this.reason = reason;
  }
}

/** A gateway's `/health`. */
export interface GatewayInfo {
  status: string;
  audience: string;
  custodian: { account: string; organisation: number | null };
  chain: { bestBlock: number | null; [key: string]: unknown };
  [key: string]: unknown;
}

/** Where an answer sits in the custodian's anchored roots. */
export interface AccessLogRootRef {
  seq: number;
  leaves: number;
  index: number;
  proof: string[];
}

/** One answer in a gateway's access log: the SCALE `AccessLogLeaf` and, once anchored, its root. */
export interface AccessLogItem {
  id: number;
  custodian: number;
  encoded: string;
  root: AccessLogRootRef | null;
}

/** A page of a gateway's access log; `next` is the `from` of the next page, or null. */
export interface AccessLogPage {
  items: AccessLogItem[];
  next: number | null;
}

/** A read the gateway served. */
export interface GatewayRead {
  record: string;
  contentHash: string;
  ciphertext: Uint8Array;
  wrappedKey: string;
  decision: { basis: unknown; expiresAt: number | null; decidedAt: string };
  log: unknown;
}

/**
 * What `upload` sends: `anchor` is the author's signed `recordAnchor.anchorRecord` (a new record)
 * or `recordAnchor.amendRecord` (a new version of a record the gateway keeps), as hex.
 */
export interface Upload {
  anchor: string;
  ciphertext: BytesLike;
  /** Account → the data key wrapped for it (`wrapDataKey`); for an amendment, the new version's. */
  keys?: Record<string, string>;
  /** A new record's emergency key (an amendment keeps the record's). */
  emergencyKey?: string | null;
}

/** What `uploadBatch` sends: the author's signed `recordAnchor.anchorBatch`, and one item per entry, in order. */
export interface BatchUpload {
  anchor: string;
  items: { ciphertext: BytesLike; keys?: Record<string, string> }[];
  /** The emergency key the batch's records share. */
  emergencyKey?: string | null;
}

/** What the gateway answers to an upload: the record (and, for an amendment, its new version). */
export interface Uploaded {
  record: string;
  location: string;
  blockHash: string;
  version?: number;
}

/**
 * A client of the record gateway at `baseUrl`, signing as `signer`.
 *
 * - `info()`: the gateway's `/health` (audience, custodian organisation, the best block seen).
 * - `upload(…)`: stores sealed content and anchors it with the author's signed `anchorRecord`, or
 *   a new version of a record with `amendRecord` (`location` from `locationOf(contentHash)`,
 *   `custodian` the gateway's organisation).
 * - `uploadBatch(…)`: the same for the records of one signed `anchorBatch` (`base` the gateway's
 *   `objectsBase()`, each entry's `path` its content hash in hex without `0x`).
 * - `read(record, purpose)`: the ciphertext and the caller's wrapped key; throws
 *   `GatewayRefusal` with the reason if refused.
 * - `putKey(record, account, wrappedKey)`: the patient (or the record's author) adds the data key
 *   wrapped for `account`, a newly granted reader.
 * - `accessLog(patient, from, limit)`: a page of the patient's log at this gateway, for the
 *   patient or their representative; check each item with `verifyAccessLogItem`.
 * - `send(method, path, body, headers)`: a raw request with the given signed headers.
 */
export class GatewayClient {
  readonly baseUrl: string;
  readonly signer: RequestSigner;
  private cachedInfo: GatewayInfo | undefined;

  constructor(baseUrl: string, signer: RequestSigner) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.signer = signer;
  }

  /** The gateway's `/health`, fetched once (again with `fresh`). */
  async info({ fresh = false }: { fresh?: boolean } = {}): Promise<GatewayInfo> {
    if (!this.cachedInfo || fresh) {
      const r = await fetch(`${this.baseUrl}/health`);
      this.cachedInfo = (await r.json()) as GatewayInfo;
    }
    return this.cachedInfo;
  }

  /** Where the gateway serves content of `contentHash`: the location to anchor. */
  async locationOf(contentHash: string): Promise<string> {
    return `${await this.objectsBase()}${contentHash.replace(/^0x/, '')}`;
  }

  /** Signed headers for a request (without sending it). */
  async sign(
    method: string,
    path: string,
    body = '',
    options: { lifetimeMs?: number; expiresAt?: number } = {},
  ): Promise<SignedHeaders> {
    const { audience } = await this.info();
    return signRequest(this.signer, { audience, method, path, body, ...options });
  }

  async send<T = unknown>(
    method: string,
    path: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<T> {
    const r = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body || undefined,
    });
    const json = await r.json();
    if (!r.ok) throw new GatewayRefusal(r.status, json as OperationOutcome);
    return json as T;
  }

  async call<T = unknown>(
    method: string,
    path: string,
    payload?: unknown,
    options?: { lifetimeMs?: number; expiresAt?: number },
  ): Promise<T> {
    const body = payload === undefined ? '' : JSON.stringify(payload);
    return this.send<T>(method, path, body, await this.sign(method, path, body, options));
  }

  /** Where the gateway serves content: `locationOf(hash)` is this followed by the hash in hex without `0x`. */
  async objectsBase(): Promise<string> {
    const { audience } = await this.info();
    return `${audience}/objects/`;
  }

  async upload({ anchor, ciphertext, keys = {}, emergencyKey = null }: Upload): Promise<Uploaded> {
    return this.call('POST', '/records', {
      anchor,
      ciphertext: base64Encode(bytes(ciphertext)),
      keys,
      emergencyKey,
    });
  }

  async uploadBatch({
    anchor,
    items,
    emergencyKey = null,
  }: BatchUpload): Promise<{ records: { record: string; location: string }[]; blockHash: string }> {
    return this.call('POST', '/records', {
      anchor,
      items: items.map(({ ciphertext, keys = {} }) => ({
        ciphertext: base64Encode(bytes(ciphertext)),
        keys,
      })),
      emergencyKey,
    });
  }

  async read(
    record: string,
    purpose: string,
    options?: { lifetimeMs?: number; expiresAt?: number },
  ): Promise<GatewayRead> {
    const r = await this.call<Omit<GatewayRead, 'ciphertext'> & { ciphertext: string }>(
      'GET',
      `/records/${record}?purpose=${purpose}`,
      undefined,
      options,
    );
    return { ...r, ciphertext: base64Decode(r.ciphertext) };
  }

  async putKey(
    record: string,
    account: string,
    wrappedKey: string,
  ): Promise<{ record: string; account: string }> {
    return this.call('PUT', `/records/${record}/keys/${account}`, { wrappedKey });
  }

  async accessLog(patient: number | bigint, from = 0, limit = 100): Promise<AccessLogPage> {
    return this.call('GET', `/access-log?patient=${patient}&from=${from}&limit=${limit}`);
  }

  /** The front desk: the custodian's organisation sponsors a patient's `account` (staff only). */
  async sponsor(account: string): Promise<{ organisation: number; account: string; blockHash: string }> {
    return this.call('POST', '/sponsorships', { account });
  }

  /** The records this gateway keeps, by record id, `limit` after `after` (its staff and admins only). */
  async keptRecords({
    after = '',
    limit = 100,
  }: {
    after?: string;
    limit?: number;
  } = {}): Promise<KeptRecordsPage> {
    return this.call('GET', `/records?${after ? `after=${after}&` : ''}limit=${limit}`);
  }

  /**
   * Relays a sponsored patient's meta transaction (`signMetaTx`'s bytes): resolves once it is in
   * a block, with the patient's call's own `error` (`section.Name`) or null; a `GatewayRefusal`
   * names what the pool refused (nothing was paid). Needs no signer.
   */
  async relay(metaTx: BytesLike): Promise<Relayed> {
    return this.send('POST', '/relay', JSON.stringify({ metaTx: u8aToHex(bytes(metaTx)) }), {});
  }
}

/** One record a gateway keeps. */
export interface KeptRecord {
  record: string;
  patient: number;
  author: string;
  contentHash: string;
  /** When its content was stored (ms since the Unix epoch). */
  storedAt: number;
}

/** A page of the records a gateway keeps; `next`: pass as `after` for the next page. */
export interface KeptRecordsPage {
  organisation: number;
  items: KeptRecord[];
  next: string | null;
}

/** A relayed meta transaction, in a block. */
export interface Relayed {
  blockHash: string;
  blockNumber: number;
  error: string | null;
  events: { section: string; method: string; data: unknown }[];
}

/** The value of one series of a gateway's `/metrics` (`name{labels}` as printed; 0 if absent). */
export async function gatewayMetric(url: string, series: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return Number(line?.split(' ')[1] ?? 0);
}

/** What `verifyAccessLogItem` found. */
export interface AccessLogItemCheck {
  /** The answer, decoded from the bytes that are hashed (never from the gateway's words). */
  leaf: MedledgerPrimitivesRecordAccessLogLeaf;
  /** The custodian's root `seq` is on chain with as many leaves as the proof says. */
  anchored: boolean;
  /** The proof leads from the leaf to that root (checked here). */
  inRoot: boolean | null;
  /** The chain agrees (`RecordApi::verify_in_access_log_root`). */
  onChain: boolean | null;
  /**
   * The chain, re-run at the block the leaf names (`decided_at`, which needs a node that keeps
   * that block's state), decides as the leaf says; null for an emergency read (the gateway holds
   * the record's emergency key, the patient's wallet need not).
   */
  decisionHolds: boolean | null;
}

/**
 * Checks an item of a gateway's access log (`GatewayClient.accessLog`) against the chain, for
 * `patient`. An item not anchored yet resolves with `anchored` false and the rest null.
 */
export async function verifyAccessLogItem(
  api: ApiPromise,
  patient: number | bigint,
  item: AccessLogItem,
): Promise<AccessLogItemCheck> {
  const { registry, type } = await runtimeTypes(api);
  const leaf = registry.createType(
    type('AccessLogLeaf'),
    item.encoded,
  ) as MedledgerPrimitivesRecordAccessLogLeaf;
  if (leaf.patient.toBigInt() !== BigInt(patient))
    throw new Error(`item ${item.id} is not about patient ${patient}`);
  if (!item.root) return { leaf, anchored: false, inRoot: null, onChain: null, decisionHolds: null };
  const { seq, leaves, index, proof } = item.root;
  const root = await api.query.recordAnchor.accessLogRoots(item.custodian, seq);
  const anchored = root.isSome && root.unwrap().leaves.toNumber() === leaves;
  const inRoot =
    anchored &&
    verifyMerkleProof({ root: root.unwrap().root.toHex(), proof, leaves, index, leaf: item.encoded });
  const verified = (await runtimeCall(api, 'recordApi', 'verifyInAccessLogRoot', [
    item.custodian,
    seq,
    leaf,
    proof,
    index,
  ])) as Bool;
  const at = leaf.decidedAt.toHex();
  const emergency = leaf.outcome.isPermitted && leaf.outcome.asPermitted.isEmergency;
  let decisionHolds: boolean | null = null;
  if (!emergency) {
    const info = (
      (await runtimeCall(
        api,
        'recordApi',
        'record',
        [leaf.record],
        at,
      )) as Option<MedledgerPrimitivesRecordRecordInfo>
    ).unwrap();
    const args = [leaf.patient, leaf.accessor, info.class, 'Read', leaf.purpose, leaf.record, null];
    const d = (await runtimeCall(
      api,
      'consentApi',
      'checkAccess',
      args,
      at,
    )) as MedledgerPrimitivesConsentAccessDecision;
    const outcome = d.isPermit ? { Permitted: d.asPermit.basis } : { Denied: d.asDeny.reason };
    decisionHolds = registry.createType(type('AccessOutcome'), outcome).toHex() === leaf.outcome.toHex();
  }
  return { leaf, anchored, inRoot, onChain: verified.isTrue, decisionHolds };
}
