// The record gateway: an HTTP service a data custodian runs beside its storage (docs/gateway.md).
// It keeps sealed FHIR resources and the data keys wrapped for each reader, never a key that opens
// them; it anchors an author's upload with the author's own signed transaction, and serves a read
// only to a caller whose signed request is fresh and whom the chain permits. Every read and
// refusal is logged: in `roots` mode as a leaf on disk before the answer leaves, anchored on chain
// in a Merkle root per interval; in `per-read` mode by a transaction per answer, a read served
// once its entry is in a block.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

import { hexToU8a, isHex } from '@polkadot/util';
import { blake2AsHex, checkAddress } from '@polkadot/util-crypto';
import pino from 'pino';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

import { EMERGENCY_TAG, eventsOf, HEADERS, sha256, verifyRequest, WRAPPED_KEY_BYTES } from '@medledger/sdk';

import { accessLogPage, anchorRoots } from './access-log.mjs';
import { connectCustodian } from './custodian.mjs';
import { DecisionCache } from './decisions.mjs';
import { groupCommit, nonceRegister } from './durable.mjs';
import { openStore } from './store.mjs';

/** The code system of the reasons the gateway names in an `OperationOutcome`. */
export const REASON_SYSTEM = 'https://medledger.example/fhir/CodeSystem/gateway-reason';

/** A refusal: HTTP status, FHIR issue type, MedLedger reason code, and words for people. */
class Refusal extends Error {
  constructor(status, issueType, reason, diagnostics) {
    super(diagnostics);
    this.status = status;
    this.issueType = issueType;
    this.reason = reason;
  }
}

/** A FHIR R5 `OperationOutcome` naming `reason`. */
export function operationOutcome(issueType, reason, diagnostics) {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: issueType,
        details: { coding: [{ system: REASON_SYSTEM, code: reason }], text: diagnostics },
        diagnostics,
      },
    ],
  };
}

const RECORD_ID = /^0x[0-9a-f]{64}$/;
/** The largest meta transaction relayed: a call with a consent's terms is well under. */
const MAX_META_TX_BYTES = 16 * 1024;
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
/**
 * The console's pages run only its own scripts (no inline ones, nothing from elsewhere), talk
 * only to this origin and the chain's RPC (a WebSocket), and compile WebAssembly (polkadot.js'
 * cryptography); nothing may frame them.
 */
const CONSOLE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
const TAG = /^0x[0-9a-f]{16}$/;
const SS58_PREFIX = 42;

function metrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'medledger_gateway_' });
  const m = (Kind, name, help, labelNames = [], extra = {}) =>
    new Kind({ name: `medledger_gateway_${name}`, help, labelNames, registers: [registry], ...extra });
  return {
    registry,
    requests: m(Counter, 'http_requests_total', 'HTTP requests answered, by route and status.', [
      'route',
      'status',
    ]),
    duration: m(Histogram, 'http_request_duration_seconds', 'Time to answer, by route.', ['route'], {
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
    }),
    reads: m(Counter, 'reads_total', 'Reads, by outcome (served, refused, no_key, altered, unlogged).', [
      'outcome',
    ]),
    decisions: m(Counter, 'decisions_total', 'Decisions, by source (memory, chain).', ['source']),
    roots: m(Counter, 'access_log_roots_total', 'Access-log roots, by result (ok, or the error).', [
      'result',
    ]),
    uploads: m(Counter, 'uploads_total', 'Uploads, by outcome (anchored, refused).', ['outcome']),
    relayed: m(Counter, 'relayed_total', 'Meta transactions relayed, by outcome (ok, failed, refused).', [
      'outcome',
    ]),
    logs: m(Counter, 'chain_logs_total', 'Access-log transactions, by kind and result.', ['kind', 'result']),
    ready: m(Gauge, 'custodian_ready', '1 while the custodian account is a practitioner in good standing.'),
  };
}

/** Reads a request's body, up to `limit` bytes. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new Refusal(413, 'too-costly', 'BodyTooLarge', `the body exceeds ${limit} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Starts the gateway with `config` (see config.mjs). Resolves { url, audience, store, custodian,
 * close }. `logger` defaults to JSON lines on stdout at `config.logLevel`.
 */
export async function startGateway(config, { logger = pino({ level: config.logLevel }) } = {}) {
  const store = openStore(config.database);
  const custodian = await connectCustodian({ rpc: config.chain.rpc, suri: config.custodian.suri });
  const m = metrics();
  const cache = new DecisionCache();
  let seenFirstHead;
  const firstHead = new Promise((resolve) => {
    seenFirstHead = resolve;
  });
  let organisation = null;
  async function refreshStanding() {
    ({ organisation } = await custodian.standing());
    m.ready.set(organisation === null ? 0 : 1);
    return organisation;
  }
  const unfollow = await custodian.follow((head) => {
    cache.onHead(head);
    seenFirstHead();
    // The custodian's own standing changes only with an identity event about no patient (its
    // practitioner removed or resigned, its organisation suspended): read it again then.
    const identityChanged =
      head.events === null ||
      head.events.some(
        ({ event }) =>
          event.section === 'patientIdentity' &&
          !event.meta.fields.some((f) => f.name.toString() === 'patient'),
      );
    if (identityChanged) {
      refreshStanding().catch((e) =>
        logger.error({ err: e.message }, 'could not read the custodian standing'),
      );
    }
  });
  await firstHead;
  const roots = config.accessLog.mode === 'roots';
  const durable = groupCommit(store);
  const nonces = nonceRegister(store);
  const anchorer = roots ? anchorRoots({ store, custodian, logger, metrics: m, ...config.accessLog }) : null;
  const audience = config.publicUrl;
  await refreshStanding();
  if (organisation === null) {
    logger.warn(
      { account: custodian.account.address },
      'the custodian account is not a practitioner in good standing: uploads and reads are refused until it is',
    );
  }
  const pruner = setInterval(() => nonces.prune(Date.now()), 10_000);
  pruner.unref();

  /** The caller of a signed request, once its signature, expiry and nonce are good. */
  async function authenticate(req, path, body) {
    if (!req.headers[HEADERS.signature]) {
      throw new Refusal(401, 'login', 'MissingSignature', 'the request is not signed (docs/gateway.md)');
    }
    const account = await verifyRequest({ audience, method: req.method, path, body, headers: req.headers });
    if (!account)
      throw new Refusal(401, 'login', 'BadSignature', 'the signature does not verify for this request');
    const expiresAt = Number(req.headers[HEADERS.expires]);
    const now = Date.now();
    if (!Number.isSafeInteger(expiresAt) || expiresAt <= now) {
      throw new Refusal(401, 'login', 'RequestExpired', 'the request has expired');
    }
    if (expiresAt > now + config.requests.maxLifetimeMs) {
      throw new Refusal(
        401,
        'login',
        'ExpiryTooFar',
        `a request may be valid for at most ${config.requests.maxLifetimeMs} ms`,
      );
    }
    const nonce = req.headers[HEADERS.nonce];
    if (!nonces.use(account, nonce, expiresAt)) {
      throw new Refusal(401, 'login', 'RequestReplayed', 'this request was already received');
    }
    // On disk with the next group commit, before any answer that logs (commits go in order).
    durable
      .nonce(account, nonce, expiresAt)
      .catch((e) => logger.error({ err: e.message }, 'could not keep a nonce'));
    return account;
  }

  async function custodianOrganisation() {
    if (organisation === null && (await refreshStanding()) === null) {
      throw new Refusal(
        503,
        'transient',
        'CustodianNotReady',
        `the gateway's account ${custodian.account.address} is not a practitioner in good standing`,
      );
    }
    return organisation;
  }

  // ---- Upload: sealed content, the keys wrapped so far, and the author's signed anchor ----
  //
  // The author signs the transaction that anchors the content (a record, a new version of a
  // record this gateway keeps, or a batch of records); the gateway checks that it anchors exactly
  // the content sent, kept here, then submits it. The chain decides whether the author may write.
  async function upload(caller, body) {
    const org = await custodianOrganisation();
    let payload;
    try {
      payload = JSON.parse(body);
    } catch {
      throw new Refusal(400, 'invalid', 'InvalidJson', 'the body is not JSON');
    }
    if (!isHex(payload?.anchor)) {
      throw new Refusal(
        400,
        'invalid',
        'InvalidUpload',
        'an upload has `anchor`: a signed transaction, as hex',
      );
    }
    const api = custodian.api;
    let xt;
    try {
      xt = api.createType('Extrinsic', payload.anchor);
    } catch {
      throw new Refusal(422, 'invalid', 'NotAnAnchor', '`anchor` is not a transaction of this chain');
    }
    const { anchorRecord, amendRecord, anchorBatch } = api.tx.recordAnchor;
    const kind = [anchorRecord, amendRecord, anchorBatch].find((call) => xt.isSigned && call.is(xt.method));
    if (!kind) {
      throw new Refusal(
        422,
        'invalid',
        'NotAnAnchor',
        '`anchor` must be a signed recordAnchor.anchorRecord, amendRecord or anchorBatch',
      );
    }
    if (xt.signer.toString() !== caller) {
      throw new Refusal(422, 'invalid', 'SignerMismatch', 'the anchor must be signed by the caller');
    }
    if (kind === anchorRecord) return uploadRecord(caller, org, xt, payload);
    if (kind === amendRecord) return uploadAmendment(caller, org, xt, payload);
    return uploadBatch(caller, org, xt, payload);
  }

  /** Where this gateway serves content of `contentHash`. */
  const locationOf = (contentHash) => `${audience}/objects/${contentHash.slice(2)}`;

  /**
   * The sealed content `b64` (base64), checked against what its anchor says of it: SHA-256
   * `contentHash`, served at `location` (from here). Resolves { ciphertext, contentHash }.
   */
  async function checkedContent(b64, { algorithm, contentHash: anchored, location }, what = 'the anchor') {
    if (typeof b64 !== 'string') {
      throw new Refusal(400, 'invalid', 'InvalidUpload', `the content of ${what} is \`ciphertext\` (base64)`);
    }
    const ciphertext = Buffer.from(b64, 'base64');
    const contentHash = await sha256(ciphertext);
    if (algorithm.type !== 'Sha2_256' || anchored.toHex() !== contentHash) {
      throw new Refusal(422, 'invalid', 'ContentHashMismatch', `${what} is not of this content (SHA-256)`);
    }
    if (location !== locationOf(contentHash)) {
      throw new Refusal(
        422,
        'invalid',
        'WrongLocation',
        `the location of ${what}'s content is ${locationOf(contentHash)}`,
      );
    }
    return { ciphertext, contentHash };
  }

  function checkKeys(keys) {
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      throw new Refusal(400, 'invalid', 'InvalidUpload', '`keys` maps accounts to wrapped keys');
    }
    for (const [account, wrapped] of Object.entries(keys)) checkKey(account, wrapped);
    return keys;
  }

  function checkCustodian(custodianId, org) {
    if (custodianId !== org) {
      throw new Refusal(422, 'invalid', 'WrongCustodian', `the custodian this gateway keeps for is ${org}`);
    }
  }

  function checkEmergencyKey(emergencyKey, commitment) {
    if (emergencyKey === null) return null;
    if (!isHex(emergencyKey, 256) || blake2AsHex(hexToU8a(emergencyKey), 256) !== commitment.toHex()) {
      throw new Refusal(
        422,
        'invalid',
        'EmergencyKeyMismatch',
        "the emergency key does not open the record's commitment",
      );
    }
    return emergencyKey;
  }

  /**
   * Keeps `objects` ([contentHash, ciphertext, emergencyKey]), submits the author's transaction
   * and resolves its events; on any refusal, forgets the objects no record points to.
   */
  async function submitAuthored(xt, objects) {
    for (const [contentHash, ciphertext, emergencyKey] of objects)
      store.putObject(contentHash, ciphertext, emergencyKey);
    const forget = () => {
      for (const [contentHash] of objects) store.dropObject(contentHash);
      m.uploads.inc({ outcome: 'refused' });
    };
    let submitted;
    try {
      submitted = await custodian.submitAuthored(xt);
    } catch (e) {
      forget();
      throw new Refusal(
        422,
        'processing',
        'TransactionInvalid',
        `the chain did not take the anchor: ${e.message}`,
      );
    }
    if (submitted.error) {
      forget();
      const status = submitted.error.endsWith('NotPermitted') ? 403 : 422;
      throw new Refusal(
        status,
        status === 403 ? 'forbidden' : 'processing',
        submitted.error,
        'the chain refused the anchor',
      );
    }
    m.uploads.inc({ outcome: 'anchored' });
    return submitted;
  }

  /** A new record: `anchorRecord(request)`, with `ciphertext`, `keys` and the `emergencyKey`. */
  async function uploadRecord(caller, org, xt, { ciphertext: b64, keys = {}, emergencyKey = null }) {
    const [request] = xt.method.args;
    checkCustodian(request.custodian.toNumber(), org);
    const { ciphertext, contentHash } = await checkedContent(b64, {
      algorithm: request.algorithm,
      contentHash: request.contentHash,
      location: request.location.toUtf8(),
    });
    checkKeys(keys);
    checkEmergencyKey(emergencyKey, request.emergencyCommitment);
    const { blockHash, events } = await submitAuthored(xt, [[contentHash, ciphertext, emergencyKey]]);
    const [anchored] = eventsOf(events, 'recordAnchor', 'RecordAnchored');
    const record = anchored.data.record.toHex();
    store.recordsAnchored([
      {
        record,
        contentHash,
        patient: request.patient.toNumber(),
        author: caller,
        blockHash,
        keys,
        by: caller,
      },
    ]);
    return { status: 201, json: { record, location: locationOf(contentHash), blockHash } };
  }

  /**
   * A new version of a record this gateway keeps: `amendRecord(record, amendment)`, with
   * `ciphertext` and `keys`, the new version's data key wrapped for its readers (the old version's
   * keys do not open it, and are dropped). The record's emergency key stays the record's.
   */
  async function uploadAmendment(caller, org, xt, { ciphertext: b64, keys = {} }) {
    const [recordCodec, amendment] = xt.method.args;
    const record = recordCodec.toHex();
    const kept = store.record(record);
    if (!kept) throw new Refusal(422, 'invalid', 'NotHeldHere', 'this gateway does not keep that record');
    if (amendment.custodian.isSome) checkCustodian(amendment.custodian.unwrap().toNumber(), org);
    const { ciphertext, contentHash } = await checkedContent(b64, {
      algorithm: amendment.algorithm,
      contentHash: amendment.contentHash,
      location: amendment.location.toUtf8(),
    });
    checkKeys(keys);
    const emergencyKey = store.object(kept.contentHash)?.emergencyKey ?? null;
    const { blockHash, events } = await submitAuthored(xt, [[contentHash, ciphertext, emergencyKey]]);
    const [amended] = eventsOf(events, 'recordAnchor', 'RecordAmended');
    store.recordAmended({ record, contentHash, blockHash, keys, by: caller });
    return {
      status: 201,
      json: {
        record,
        version: amended.data.version.toNumber(),
        location: locationOf(contentHash),
        blockHash,
      },
    };
  }

  /**
   * Records of one class anchored together: `anchorBatch(batch)`, with `items` in the order of
   * the batch's entries ({ ciphertext, keys } each) and the `emergencyKey` they share.
   */
  async function uploadBatch(caller, org, xt, { items, emergencyKey = null }) {
    const [batch] = xt.method.args;
    checkCustodian(batch.custodian.toNumber(), org);
    // `entries_`: polkadot.js renames a struct field named `entries` (a Struct is a Map).
    const entries = batch.entries_;
    if (!Array.isArray(items) || items.length !== entries.length) {
      throw new Refusal(
        400,
        'invalid',
        'InvalidUpload',
        `a batch upload has \`items\`: one { ciphertext, keys } per entry (${entries.length})`,
      );
    }
    const base = batch.base.toU8a(true);
    const checked = [];
    for (const [i, entry] of entries.entries()) {
      const location = Buffer.concat([base, entry.path.toU8a(true)]).toString('utf8');
      const content = await checkedContent(
        items[i]?.ciphertext,
        { algorithm: batch.algorithm, contentHash: entry.contentHash, location },
        `entry ${i}`,
      );
      checked.push({
        ...content,
        patient: entry.patient.unwrap().toNumber(),
        keys: checkKeys(items[i].keys ?? {}),
      });
    }
    checkEmergencyKey(emergencyKey, batch.emergencyCommitment);
    const { blockHash, events } = await submitAuthored(
      xt,
      checked.map((c) => [c.contentHash, c.ciphertext, emergencyKey]),
    );
    const anchored = eventsOf(events, 'recordAnchor', 'RecordAnchored');
    const records = checked.map((c, i) => ({
      record: anchored[i].data.record.toHex(),
      contentHash: c.contentHash,
      patient: c.patient,
      author: caller,
      blockHash,
      keys: c.keys,
      by: caller,
    }));
    store.recordsAnchored(records);
    return {
      status: 201,
      json: {
        records: records.map((r) => ({ record: r.record, location: locationOf(r.contentHash) })),
        blockHash,
      },
    };
  }

  function checkKey(account, wrapped) {
    if (!checkAddress(account, SS58_PREFIX)[0]) {
      throw new Refusal(422, 'invalid', 'InvalidAccount', `${account} is not an account of this chain`);
    }
    if (!isHex(wrapped, WRAPPED_KEY_BYTES * 8)) {
      throw new Refusal(
        422,
        'invalid',
        'InvalidWrappedKey',
        `a wrapped key is ${WRAPPED_KEY_BYTES} bytes of hex`,
      );
    }
  }

  /** The chain's record, if this gateway keeps it and it is not erased. */
  async function heldRecord(record) {
    if (!RECORD_ID.test(record))
      throw new Refusal(400, 'invalid', 'InvalidRecordId', 'a record id is 32 bytes of hex');
    const org = await custodianOrganisation();
    const at = cache.head.hash;
    let info = cache.record(record);
    if (!info) {
      info = await custodian.record(record, at);
      if (info) cache.putRecord(record, info, at);
    }
    if (!info) throw new Refusal(404, 'not-found', 'UnknownRecord', 'no such record on chain');
    const kept = store.record(record);
    if (info.custodian !== org || !kept) {
      throw new Refusal(404, 'not-found', 'NotHeldHere', 'this gateway does not keep that record');
    }
    if (info.erased) throw new Refusal(410, 'deleted', 'Erased', 'the record was erased');
    return { info, kept };
  }

  // ---- Read: decide, verify, log, then serve ----

  /** The chain's decision for this read: remembered since the block it was taken at, or taken now. */
  async function decide(record, info, caller, purpose, emergencyKey) {
    const remembered = emergencyKey ? null : cache.permit(record, caller, purpose);
    if (remembered) {
      m.decisions.inc({ source: 'memory' });
      return remembered;
    }
    const at = cache.head.hash;
    const decision = { ...(await custodian.decide(record, info, caller, purpose, emergencyKey, at)), at };
    m.decisions.inc({ source: 'chain' });
    if (!emergencyKey) cache.putPermit(record, caller, purpose, decision, at);
    return decision;
  }

  /** Writes an answer to the access log (`roots` mode); resolves its id once it is on disk. */
  async function logLeaf(record, info, caller, purpose, decision) {
    const leaf = await custodian.encodeLeaf({
      patient: info.patient,
      record,
      accessor: caller,
      purpose,
      outcome: decision.outcome,
      at: Date.now(),
      decidedAt: decision.at,
    });
    return durable.entry(info.patient, leaf);
  }

  async function read(caller, record, purpose) {
    if (!TAG.test(purpose ?? ''))
      throw new Refusal(400, 'invalid', 'InvalidPurpose', '`purpose` is an 8-byte tag (hex)');
    const { info } = await heldRecord(record);
    const object = store.object(info.contentHash);
    if (!object)
      throw new Refusal(404, 'not-found', 'VersionNotHeld', "the record's current version is not kept here");
    const emergencyKey = purpose === EMERGENCY_TAG ? object.emergencyKey : null;
    const decision = await decide(record, info, caller, purpose, emergencyKey);
    if (!decision.permit) {
      m.reads.inc({ outcome: 'refused' });
      if (roots) await logLeaf(record, info, caller, purpose, decision);
      else logRefusal(record, caller, purpose);
      throw new Refusal(403, 'forbidden', decision.reason, `the chain denies this read: ${decision.detail}`);
    }
    const wrappedKey = store.wrappedKey(record, caller);
    if (!wrappedKey) {
      m.reads.inc({ outcome: 'no_key' });
      throw new Refusal(
        409,
        'conflict',
        'NoKeyWrapped',
        "no data key is wrapped for this account yet: the patient's wallet wraps one",
      );
    }
    if ((await sha256(object.ciphertext)) !== info.contentHash) {
      m.reads.inc({ outcome: 'altered' });
      logger.error(
        { record, contentHash: info.contentHash },
        'stored content does not match its hash on chain',
      );
      throw new Refusal(
        502,
        'exception',
        'StoredContentAltered',
        'the stored content does not match the chain; not served',
      );
    }
    let log;
    if (roots) {
      log = { mode: 'roots', entry: await logLeaf(record, info, caller, purpose, decision) };
    } else {
      const logged = await custodian.logRead(record, caller, purpose, emergencyKey);
      m.logs.inc({ kind: 'read', result: logged.error ?? 'ok' });
      if (logged.error) {
        // Decided again in the block: a revocation got there first.
        m.reads.inc({ outcome: 'unlogged' });
        const again = await custodian.decide(record, info, caller, purpose, emergencyKey);
        const reason = again.permit ? logged.error : again.reason;
        if (!again.permit) logRefusal(record, caller, purpose);
        throw new Refusal(403, 'forbidden', reason, `the chain refused to log the read (${logged.error})`);
      }
      log = { mode: 'per-read', blockHash: logged.blockHash };
    }
    m.reads.inc({ outcome: 'served' });
    return {
      status: 200,
      json: {
        record,
        contentHash: info.contentHash,
        ciphertext: object.ciphertext.toString('base64'),
        wrappedKey,
        decision: { basis: decision.basis, expiresAt: decision.expiresAt, decidedAt: decision.at },
        log,
      },
    };
  }

  // ---- The patient's page of the access log (`roots` mode) ----
  async function patientLog(caller, url) {
    const patient = Number(url.searchParams.get('patient'));
    const from = Number(url.searchParams.get('from') ?? 0);
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 100);
    if (![patient, from, limit].every((n) => Number.isSafeInteger(n) && n >= 0) || limit === 0) {
      throw new Refusal(
        400,
        'invalid',
        'InvalidPage',
        '`patient`, `from` and `limit` (1 to 100) are numbers',
      );
    }
    if ((await custodian.recordsRelation(caller, patient)) === null) {
      throw new Refusal(
        403,
        'forbidden',
        'NotPatientOrRepresentative',
        "only the patient's account, or their representative for records, pages their log here",
      );
    }
    return { status: 200, json: accessLogPage(store, await custodianOrganisation(), patient, from, limit) };
  }

  function logRefusal(record, caller, purpose) {
    custodian.logRefusal(record, caller, purpose).then(
      (r) => m.logs.inc({ kind: 'refusal', result: r.error ?? 'ok' }),
      (e) => {
        m.logs.inc({ kind: 'refusal', result: 'not_submitted' });
        logger.error({ record, err: e.message }, 'could not log a refusal');
      },
    );
  }

  // ---- A data key wrapped for a newly granted reader ----
  async function putKey(caller, record, account, body) {
    const { info, kept } = await heldRecord(record);
    let wrappedKey;
    try {
      ({ wrappedKey } = JSON.parse(body));
    } catch {
      throw new Refusal(400, 'invalid', 'InvalidJson', 'the body is not JSON');
    }
    checkKey(account, wrappedKey);
    if (caller !== kept.author && (await custodian.recordsRelation(caller, info.patient)) === null) {
      throw new Refusal(
        403,
        'forbidden',
        'MayNotWrapKeys',
        "only the patient, their representative for records, or the record's author adds wrapped keys",
      );
    }
    store.putKey(record, account, wrappedKey, caller);
    return { status: 200, json: { record, account } };
  }

  const routes = [
    ['GET', /^\/health$/, 'health', false],
    ['GET', /^\/metrics$/, 'metrics', false],
    ['POST', /^\/records$/, 'upload', true],
    ['GET', /^\/records$/, 'kept_records', true],
    ['GET', /^\/records\/([^/?]+)$/, 'read', true],
    ['PUT', /^\/records\/([^/?]+)\/keys\/([^/?]+)$/, 'put_key', true],
    ['GET', /^\/access-log$/, 'access_log', true],
    ['POST', /^\/relay$/, 'relay', false],
    ['POST', /^\/sponsorships$/, 'sponsor', true],
    ['GET', /^\/console\.json$/, 'console_config', false],
  ];

  // ---- Relay: sponsored patients' meta transactions, paid by the custodian account ----
  //
  // A patient who holds no tokens signs a meta transaction in their wallet (the web console's
  // `signMetaTx`); the custodian account relays it in `metaTx.dispatch` and pays, if it is the
  // sponsor of the organisation that sponsors the patient (pallet-sponsorship). The chain bounds
  // what that costs: the patient's calls a day and the sponsor's budget. The pool is asked first,
  // so that a refused meta transaction costs the custodian nothing.
  function relayEnabled() {
    if (!config.relay.enabled)
      throw new Refusal(
        404,
        'not-supported',
        'RelayNotEnabled',
        'this gateway does not relay (relay.enabled)',
      );
  }

  async function relay(body) {
    relayEnabled();
    let metaTx;
    try {
      ({ metaTx } = JSON.parse(body));
    } catch {
      throw new Refusal(400, 'invalid', 'InvalidJson', 'the body is not JSON');
    }
    if (!isHex(metaTx) || metaTx.length < 4 || metaTx.length > 2 + 2 * MAX_META_TX_BYTES)
      throw new Refusal(
        400,
        'invalid',
        'InvalidMetaTx',
        `metaTx is the hex of at most ${MAX_META_TX_BYTES} bytes`,
      );
    const r = await custodian.relayMetaTx(hexToU8a(metaTx));
    if (r.refused) {
      m.relayed.inc({ outcome: 'refused' });
      throw new Refusal(422, 'business-rule', r.refused, `the chain would not take it: ${r.refused}`);
    }
    m.relayed.inc({ outcome: r.error || r.callError ? 'failed' : 'ok' });
    return {
      status: 200,
      json: {
        blockHash: r.blockHash,
        blockNumber: r.blockNumber,
        // The relayed call's own error, as the chain names it (`section.Name`), or null.
        error: r.callError ?? r.error,
        events: r.events
          .map(({ event }) => event)
          .filter((e) => !['system', 'balances', 'transactionPayment'].includes(e.section))
          .map((e) => ({ section: e.section, method: e.method, data: e.data.toJSON() })),
      },
    };
  }

  // ---- Sponsorship at the front desk: a practitioner of the custodian's organisation has the
  // gateway's account (the organisation's relayer) sponsor a patient's new account ----
  async function sponsor(caller, body) {
    relayEnabled();
    const org = await custodianOrganisation();
    let account;
    try {
      ({ account } = JSON.parse(body));
    } catch {
      throw new Refusal(400, 'invalid', 'InvalidJson', 'the body is not JSON');
    }
    if (typeof account !== 'string' || !checkAddress(account, SS58_PREFIX)[0])
      throw new Refusal(400, 'invalid', 'InvalidAccount', 'account is an SS58 address (prefix 42)');
    if ((await custodian.standingOf(caller)).practitionerAt !== org)
      throw new Refusal(
        403,
        'forbidden',
        'NotPractitionerHere',
        "only a practitioner of the custodian's organisation has patients sponsored here",
      );
    const r = await custodian.sponsorPatient(org, account);
    if (r.error) throw new Refusal(422, 'business-rule', r.error, `the chain refused it: ${r.error}`);
    return { status: 200, json: { organisation: org, account, blockHash: r.blockHash } };
  }

  // ---- The records kept here, for the custodian organisation's staff and admins ----
  async function keptRecords(caller, url) {
    const org = await custodianOrganisation();
    const { practitionerAt, adminOf } = await custodian.standingOf(caller);
    if (practitionerAt !== org && adminOf !== org)
      throw new Refusal(
        403,
        'forbidden',
        'NotStaffHere',
        "only a practitioner or an admin of the custodian's organisation lists the records kept here",
      );
    const after = url.searchParams.get('after') ?? '';
    if (after !== '' && !RECORD_ID.test(after))
      throw new Refusal(
        400,
        'invalid',
        'InvalidRecordId',
        'after is a record id (0x and 64 lowercase hex digits)',
      );
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100) || 100, 1000);
    const items = store.keptRecords(after, limit);
    return {
      status: 200,
      json: {
        organisation: org,
        items,
        next: items.length === limit ? items[items.length - 1].record : null,
      },
    };
  }

  // ---- The web console: static files (console.dir), and where it finds the chain ----
  async function consoleFile(pathname) {
    const root = resolve(config.console.dir);
    const wanted = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
    const file = resolve(join(root, normalize(wanted)));
    if (!file.startsWith(`${root}${sep}`))
      throw new Refusal(404, 'not-found', 'NoSuchEndpoint', `GET ${pathname} is not served`);
    try {
      return {
        status: 200,
        file: await readFile(file),
        type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      };
    } catch {
      throw new Refusal(404, 'not-found', 'NoSuchEndpoint', `GET ${pathname} is not served`);
    }
  }

  async function handle(req) {
    const url = new URL(req.url, 'http://gateway');
    const route = routes.find(([method, re]) => method === req.method && re.test(url.pathname));
    if (!route && req.method === 'GET' && config.console.dir) {
      req.routeName = 'console';
      return consoleFile(url.pathname);
    }
    if (!route)
      throw new Refusal(404, 'not-found', 'NoSuchEndpoint', `${req.method} ${url.pathname} is not served`);
    const [, re, name, signed] = route;
    const params = url.pathname.match(re).slice(1);
    const body = await readBody(req, config.requests.maxBodyBytes);
    req.routeName = name;
    if (name === 'health') {
      const org = await refreshStanding();
      return {
        status: org === null ? 503 : 200,
        json: {
          status: org === null ? 'custodian-not-ready' : 'ok',
          audience,
          custodian: { account: custodian.account.address, organisation: org },
          // The best block the gateway has seen and read the events of: every decision it
          // remembers holds at it.
          chain: {
            bestBlock: cache.head.number,
            specVersion: custodian.api.runtimeVersion.specVersion.toNumber(),
          },
          accessLog: config.accessLog.mode,
        },
      };
    }
    if (name === 'metrics')
      return { status: 200, text: await m.registry.metrics(), type: m.registry.contentType };
    if (name === 'console_config')
      return { status: 200, json: { chainRpc: config.console.chainRpc ?? config.chain.rpc, audience } };
    if (name === 'relay') return relay(body.toString('utf8'));
    const caller = signed ? await authenticate(req, req.url, body) : null;
    req.caller = caller;
    if (name === 'upload') return upload(caller, body.toString('utf8'));
    if (name === 'read') return read(caller, params[0], url.searchParams.get('purpose'));
    if (name === 'access_log') return patientLog(caller, url);
    if (name === 'sponsor') return sponsor(caller, body.toString('utf8'));
    if (name === 'kept_records') return keptRecords(caller, url);
    return putKey(caller, params[0], params[1], body.toString('utf8'));
  }

  const server = createServer((req, res) => {
    const end = m.duration.startTimer();
    handle(req)
      .catch((e) => {
        if (e instanceof Refusal)
          return { status: e.status, json: operationOutcome(e.issueType, e.reason, e.message) };
        logger.error({ err: e.message, stack: e.stack }, 'request failed');
        return { status: 500, json: operationOutcome('exception', 'InternalError', e.message) };
      })
      .then(({ status, json, text, file, type }) => {
        const route = req.routeName ?? 'unknown';
        const contentType = type ?? (status >= 400 ? 'application/fhir+json' : 'application/json');
        res.writeHead(status, {
          'content-type': contentType,
          ...(route === 'console' ? CONSOLE_HEADERS : {}),
        });
        res.end(file ?? text ?? JSON.stringify(json));
        end({ route });
        m.requests.inc({ route, status });
        if (route !== 'metrics' && route !== 'health') {
          const reason = status >= 400 ? json.issue[0].details.coding[0].code : undefined;
          logger.info({ route, status, account: req.caller ?? undefined, reason }, 'request');
        }
      });
  });
  await new Promise((resolve) => server.listen(config.listen.port, config.listen.host, resolve));
  const { port } = server.address();
  const url = `http://${config.listen.host}:${port}`;
  logger.info({ url, audience, database: config.database, organisation }, 'record gateway listening');
  return {
    url,
    audience,
    store,
    custodian,
    /** Anchors the answers not in a root yet (`roots` mode). */
    flushAccessLog: () => anchorer?.flush(),
    async close() {
      clearInterval(pruner);
      anchorer?.stop();
      await new Promise((resolve) => server.close(resolve));
      unfollow();
      await custodian.disconnect();
      store.close();
    },
  };
}
