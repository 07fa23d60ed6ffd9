// The record gateway: an HTTP service a data custodian runs beside its storage (docs/gateway.md).
// It keeps sealed FHIR resources and the data keys wrapped for each reader, never a key that opens
// them; it anchors an author's upload with the author's own signed transaction, and serves a read
// only to a caller whose signed request is fresh and whom the chain permits. Every read and
// refusal is logged: in `roots` mode as a leaf on disk before the answer leaves, anchored on chain
// in a Merkle root per interval; in `per-read` mode by a transaction per answer, a read served
// once its entry is in a block.
import { createServer } from 'node:http';

import { hexToU8a, isHex } from '@polkadot/util';
import { blake2AsHex, checkAddress } from '@polkadot/util-crypto';
import pino from 'pino';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

import { sha256, WRAPPED_KEY_BYTES } from 'medledger-toolkit/envelope.mjs';
import { HEADERS, verifyRequest } from 'medledger-toolkit/gateway.mjs';
import { EMERGENCY_TAG } from 'medledger-toolkit/privacy.mjs';

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
  const unfollow = await custodian.follow((head) => {
    cache.onHead(head);
    seenFirstHead();
  });
  await firstHead;
  const roots = config.accessLog.mode === 'roots';
  const durable = groupCommit(store);
  const nonces = nonceRegister(store);
  const anchorer = roots ? anchorRoots({ store, custodian, logger, metrics: m, ...config.accessLog }) : null;
  const audience = config.publicUrl;
  let organisation = null;
  async function refreshStanding() {
    ({ organisation } = await custodian.standing());
    m.ready.set(organisation === null ? 0 : 1);
    return organisation;
  }
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
  async function upload(caller, body) {
    const org = await custodianOrganisation();
    let payload;
    try {
      payload = JSON.parse(body);
    } catch {
      throw new Refusal(400, 'invalid', 'InvalidJson', 'the body is not JSON');
    }
    const { anchor, ciphertext: b64, keys = {}, emergencyKey = null } = payload;
    if (!isHex(anchor) || typeof b64 !== 'string') {
      throw new Refusal(
        400,
        'invalid',
        'InvalidUpload',
        'an upload has `anchor` (hex) and `ciphertext` (base64)',
      );
    }
    const api = custodian.api;
    let xt;
    try {
      xt = api.createType('Extrinsic', anchor);
    } catch {
      throw new Refusal(422, 'invalid', 'NotAnAnchor', '`anchor` is not a transaction of this chain');
    }
    if (!xt.isSigned || !api.tx.recordAnchor.anchorRecord.is(xt.method)) {
      throw new Refusal(422, 'invalid', 'NotAnAnchor', '`anchor` must be a signed recordAnchor.anchorRecord');
    }
    if (xt.signer.toString() !== caller) {
      throw new Refusal(422, 'invalid', 'SignerMismatch', 'the anchor must be signed by the caller');
    }
    const request = xt.method.args[0];
    const ciphertext = Buffer.from(b64, 'base64');
    const contentHash = await sha256(ciphertext);
    if (request.custodian.toNumber() !== org) {
      throw new Refusal(422, 'invalid', 'WrongCustodian', `the custodian this gateway keeps for is ${org}`);
    }
    if (request.algorithm.type !== 'Sha2_256' || request.contentHash.toHex() !== contentHash) {
      throw new Refusal(422, 'invalid', 'ContentHashMismatch', 'the anchor is not of this content (SHA-256)');
    }
    const location = `${audience}/objects/${contentHash.slice(2)}`;
    if (request.location.toUtf8() !== location) {
      throw new Refusal(422, 'invalid', 'WrongLocation', `the location of this content is ${location}`);
    }
    for (const [account, wrapped] of Object.entries(keys)) checkKey(account, wrapped);
    if (emergencyKey !== null) {
      if (
        !isHex(emergencyKey, 256) ||
        blake2AsHex(hexToU8a(emergencyKey), 256) !== request.emergencyCommitment.toHex()
      ) {
        throw new Refusal(
          422,
          'invalid',
          'EmergencyKeyMismatch',
          "the emergency key does not open the record's commitment",
        );
      }
    }
    store.putObject(contentHash, ciphertext, emergencyKey);
    let anchored;
    try {
      anchored = await custodian.anchor(xt);
    } catch (e) {
      store.dropObject(contentHash);
      m.uploads.inc({ outcome: 'refused' });
      throw new Refusal(
        422,
        'processing',
        'TransactionInvalid',
        `the chain did not take the anchor: ${e.message}`,
      );
    }
    if (anchored.error) {
      store.dropObject(contentHash);
      m.uploads.inc({ outcome: 'refused' });
      const status = anchored.error.endsWith('NotPermitted') ? 403 : 422;
      throw new Refusal(
        status,
        status === 403 ? 'forbidden' : 'processing',
        anchored.error,
        'the chain refused the anchor',
      );
    }
    store.recordAnchored({
      record: anchored.record,
      contentHash,
      patient: request.patient.toNumber(),
      author: caller,
      blockHash: anchored.blockHash,
      keys,
      by: caller,
    });
    m.uploads.inc({ outcome: 'anchored' });
    return { status: 201, json: { record: anchored.record, location, blockHash: anchored.blockHash } };
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
    if ((await custodian.patientOf(caller)) !== patient) {
      throw new Refusal(
        403,
        'forbidden',
        'NotThePatient',
        "only the patient's own account pages their log here",
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
    const patientOfCaller = await custodian.patientOf(caller);
    if (patientOfCaller !== info.patient && caller !== kept.author) {
      throw new Refusal(
        403,
        'forbidden',
        'MayNotWrapKeys',
        "only the patient or the record's author adds wrapped keys",
      );
    }
    store.putKey(record, account, wrappedKey, caller);
    return { status: 200, json: { record, account } };
  }

  const routes = [
    ['GET', /^\/health$/, 'health', false],
    ['GET', /^\/metrics$/, 'metrics', false],
    ['POST', /^\/records$/, 'upload', true],
    ['GET', /^\/records\/([^/?]+)$/, 'read', true],
    ['PUT', /^\/records\/([^/?]+)\/keys\/([^/?]+)$/, 'put_key', true],
    ['GET', /^\/access-log$/, 'access_log', true],
  ];

  async function handle(req) {
    const url = new URL(req.url, 'http://gateway');
    const route = routes.find(([method, re]) => method === req.method && re.test(url.pathname));
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
    const caller = signed ? await authenticate(req, req.url, body) : null;
    req.caller = caller;
    if (name === 'upload') return upload(caller, body.toString('utf8'));
    if (name === 'read') return read(caller, params[0], url.searchParams.get('purpose'));
    if (name === 'access_log') return patientLog(caller, url);
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
      .then(({ status, json, text, type }) => {
        const route = req.routeName ?? 'unknown';
        const contentType = type ?? (status >= 400 ? 'application/fhir+json' : 'application/json');
        res.writeHead(status, { 'content-type': contentType });
        res.end(text ?? JSON.stringify(json));
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
