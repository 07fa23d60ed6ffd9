// Talking to a record gateway (scripts/gateway, docs/gateway.md): the signed request every call
// carries, and a client for its endpoints.
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
import { randomBytes } from 'node:crypto';

import { stringToU8a, u8aToHex } from '@polkadot/util';
import { signatureVerify } from '@polkadot/util-crypto';

import { runtimeCall, runtimeTypes } from './chain.mjs';
import { sha256 } from './envelope.mjs';
import { verifyMerkleProof } from './merkle.mjs';

export const HEADERS = {
  account: 'x-medledger-account',
  nonce: 'x-medledger-nonce',
  expires: 'x-medledger-expires',
  signature: 'x-medledger-signature',
};

/** The bytes a request's signature covers. */
export function requestMessage({ audience, method, path, bodyHash, nonce, expiresAt }) {
  return stringToU8a(
    ['medledger-gateway-request v1', audience, method.toUpperCase(), path, bodyHash, nonce, expiresAt].join(
      '\n',
    ),
  );
}

/**
 * The headers of a request by `signer` (a keyring pair): a fresh nonce, and an expiry
 * `lifetimeMs` from now unless `expiresAt` is given.
 */
export async function signRequest(
  signer,
  { audience, method, path, body = '', lifetimeMs = 30_000, expiresAt },
) {
  const nonce = u8aToHex(randomBytes(16));
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
export async function verifyRequest({ audience, method, path, body, headers }) {
  const account = headers[HEADERS.account];
  const nonce = headers[HEADERS.nonce];
  const expiresAt = headers[HEADERS.expires];
  const signature = headers[HEADERS.signature];
  if (!account || !nonce || !expiresAt || !signature) return null;
  const bodyHash = await sha256(body);
  try {
    const message = requestMessage({ audience, method, path, bodyHash, nonce, expiresAt });
    return signatureVerify(message, signature, account).isValid ? account : null;
  } catch {
    return null;
  }
}

/** A gateway's answer that is not a success: its status and FHIR `OperationOutcome`. */
export class GatewayRefusal extends Error {
  constructor(status, outcome) {
    const issue = outcome?.issue?.[0];
    super(
      `gateway answered ${status}: ${issue?.details?.coding?.[0]?.code ?? issue?.code} (${issue?.diagnostics})`,
    );
    this.status = status;
    this.outcome = outcome;
    /** The reason's code: a deny reason (`NoConsent`), a chain error or a request check. */
    this.reason = issue?.details?.coding?.[0]?.code ?? issue?.code;
  }
}

/**
 * A client of the record gateway at `baseUrl`, signing as `signer`.
 *
 * - `info()`: the gateway's `/health` (audience, custodian organisation, the best block seen).
 * - `upload({ anchor, ciphertext, keys, emergencyKey })`: stores sealed content and anchors it
 *   with `anchor`, an `anchorRecord` transaction the caller signed (`location` from
 *   `locationOf(contentHash)`, `custodian` the gateway's organisation); `keys` maps accounts to
 *   their wrapped data keys. Resolves { record, blockHash }.
 * - `read(record, purpose)`: resolves { record, contentHash, ciphertext, wrappedKey, decision };
 *   throws `GatewayRefusal` with the reason if refused.
 * - `putKey(record, account, wrappedKey)`: the patient (or the record's author) adds the data key
 *   wrapped for `account`, a newly granted reader.
 * - `accessLog(patient, from, limit)`: the patient's page of the gateway's access log: { items,
 *   next }; each item { id, custodian, encoded, root } (root null until anchored, else { seq,
 *   leaves, index, proof }). Check each with `verifyAccessLogItem`.
 * - `send(method, path, body, headers)`: a raw request with the given signed headers (to show
 *   that a replayed one is refused).
 */
export class GatewayClient {
  constructor(baseUrl, signer) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.signer = signer;
  }

  /** The gateway's `/health`, fetched once (again with `fresh`). */
  async info({ fresh = false } = {}) {
    if (!this.cachedInfo || fresh) {
      const r = await fetch(`${this.baseUrl}/health`);
      this.cachedInfo = await r.json();
    }
    return this.cachedInfo;
  }

  /** Where the gateway serves content of `contentHash`: the location to anchor. */
  async locationOf(contentHash) {
    const { audience } = await this.info();
    return `${audience}/objects/${contentHash.replace(/^0x/, '')}`;
  }

  /** Signed headers for a request (without sending it). */
  async sign(method, path, body = '', options = {}) {
    const { audience } = await this.info();
    return signRequest(this.signer, { audience, method, path, body, ...options });
  }

  async send(method, path, body, headers) {
    const r = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body || undefined,
    });
    const json = await r.json();
    if (!r.ok) throw new GatewayRefusal(r.status, json);
    return json;
  }

  async call(method, path, payload, options) {
    const body = payload === undefined ? '' : JSON.stringify(payload);
    return this.send(method, path, body, await this.sign(method, path, body, options));
  }

  async upload({ anchor, ciphertext, keys, emergencyKey = null }) {
    return this.call('POST', '/records', {
      anchor,
      ciphertext: Buffer.from(ciphertext).toString('base64'),
      keys,
      emergencyKey,
    });
  }

  async read(record, purpose, options) {
    const r = await this.call('GET', `/records/${record}?purpose=${purpose}`, undefined, options);
    return { ...r, ciphertext: new Uint8Array(Buffer.from(r.ciphertext, 'base64')) };
  }

  async putKey(record, account, wrappedKey) {
    return this.call('PUT', `/records/${record}/keys/${account}`, { wrappedKey });
  }

  async accessLog(patient, from = 0, limit = 100) {
    return this.call('GET', `/access-log?patient=${patient}&from=${from}&limit=${limit}`);
  }
}

/** The value of one series of a gateway's `/metrics` (`name{labels}` as printed; 0 if absent). */
export async function gatewayMetric(url, series) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return Number(line?.split(' ')[1] ?? 0);
}

/**
 * Checks an item of a gateway's access log (`GatewayClient.accessLog`) against the chain, for
 * `patient`. Resolves { leaf, anchored, inRoot, onChain, decisionHolds }:
 * - `leaf`: the answer, decoded from the bytes that are hashed (never from the gateway's words);
 * - `anchored`: the custodian's root `seq` is on chain with as many leaves as the proof says;
 * - `inRoot`: the proof leads from the leaf to that root (the toolkit's own check);
 * - `onChain`: the chain agrees (`RecordApi::verify_in_access_log_root`);
 * - `decisionHolds`: the chain, re-run at the block the leaf names (`decided_at`, which needs a
 *   node that keeps that block's state), decides as the leaf says; null for an emergency read
 *   (the gateway holds the record's emergency key, the patient's wallet need not).
 * An item not anchored yet resolves with `anchored` false and the rest null.
 */
export async function verifyAccessLogItem(api, patient, item) {
  const { registry, type } = await runtimeTypes(api);
  const leaf = registry.createType(type('AccessLogLeaf'), item.encoded);
  if (leaf.patient.toNumber() !== Number(patient))
    throw new Error(`item ${item.id} is not about patient ${patient}`);
  if (!item.root) return { leaf, anchored: false, inRoot: null, onChain: null, decisionHolds: null };
  const { seq, leaves, index, proof } = item.root;
  const root = await api.query.recordAnchor.accessLogRoots(item.custodian, seq);
  const anchored = root.isSome && root.unwrap().leaves.toNumber() === leaves;
  const inRoot =
    anchored &&
    verifyMerkleProof({ root: root.unwrap().root.toHex(), proof, leaves, index, leaf: item.encoded });
  const verified = await runtimeCall(api, 'recordApi', 'verifyInAccessLogRoot', [
    item.custodian,
    seq,
    leaf,
    proof,
    index,
  ]);
  const at = leaf.decidedAt.toHex();
  const emergency = leaf.outcome.isPermitted && leaf.outcome.asPermitted.isEmergency;
  let decisionHolds = null;
  if (!emergency) {
    const info = (await runtimeCall(api, 'recordApi', 'record', [leaf.record], at)).unwrap();
    const args = [leaf.patient, leaf.accessor, info.class, 'Read', leaf.purpose, leaf.record, null];
    const d = await runtimeCall(api, 'consentApi', 'checkAccess', args, at);
    const outcome = d.isPermit ? { Permitted: d.asPermit.basis } : { Denied: d.asDeny.reason };
    decisionHolds = registry.createType(type('AccessOutcome'), outcome).toHex() === leaf.outcome.toHex();
  }
  return { leaf, anchored, inRoot, onChain: verified.isTrue, decisionHolds };
}
