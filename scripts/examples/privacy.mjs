// End-to-end privacy: health data never touches the chain, and the chain still decides who reads it.
//
// 1. A patient registers with an X25519 public key; the private key never leaves the patient.
// 2. A provider seals a FHIR resource under a fresh data key (AES-256-GCM), wraps the data key
//    for the patient's key (read from the chain) and for the grantee's (sent with a request the
//    grantee signed), and uploads ciphertext, wrapped keys and its own signed anchor to the
//    hospital's record gateway (scripts/gateway, started here as its own process). The gateway
//    anchors it: only the SHA-256 of the ciphertext, an opaque location and the patient's tags go
//    on chain.
// 3. The grantee reads through the gateway with a signed request. The gateway asks the chain
//    whether that account may read that record now, logs the read on chain, and only then serves
//    ciphertext and the grantee's wrapped key; the grantee checks the ciphertext against the chain,
//    unwraps its key and decrypts.
// 4. The patient revokes the consent: the same grantee is refused by the gateway with the chain's
//    reason, and the gateway logs the refusal on chain.
//
// Crypto: `@hpke/core` (RFC 9180) for key wrapping and WebCrypto's AES-256-GCM (toolkit
// envelope.mjs); sr25519 signatures from @polkadot/util-crypto. Nothing is hand-rolled.
// `node scripts/examples/privacy.mjs` against a dev node (`./scripts/dev.sh`).
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { signatureVerify } from '@polkadot/util-crypto';

import {
  encryptionKeyPair,
  GatewayClient,
  GatewayRefusal,
  openRecord,
  patientWallet,
  runtime,
  sealedCommitment,
  sealRecord,
  sha256,
  unwrapDataKey,
  wrapDataKey,
} from '@medledger/sdk';
import { startGateway, waitFor } from 'medledger-toolkit/node.mjs';

import {
  assert,
  connect,
  councilDecides,
  enrolPractitioner,
  eventData,
  freshAccounts,
  organisationAndPatient,
  random32,
  send,
  show,
} from './lib.mjs';

// ---- The story ----

const api = await connect();
const a = await freshAccounts(api, [
  'hospitalAdmin',
  'author',
  'gateway',
  'clinicAdmin',
  'grantee',
  'patient',
]);

// 1. The patient's X25519 key pair: the public half goes on chain when the patient registers, the
// private half stays here. Two organisations, each with a physician: the author (hospital) and
// the grantee (clinic). The hospital's record gateway signs the access log as one of its
// practitioners (a clerk).
const patientKeys = await encryptionKeyPair();
const { org: hospital, patient } = await organisationAndPatient(api, {
  name: "St Mary's Hospital",
  kind: 'Hospital',
  admin: a.hospitalAdmin,
  practitioner: a.author,
  patient: a.patient,
  encryptionKey: u8aToHex(patientKeys.publicKey),
});
await enrolPractitioner(api, a.hospitalAdmin, a.gateway, 'Clerk');
await councilDecides(
  api,
  api.tx.patientIdentity.admitOrganisation(
    'Kingsway Clinic',
    'Clinic',
    'GB-ENG',
    random32(),
    a.clinicAdmin.address,
  ),
);
await enrolPractitioner(api, a.clinicAdmin, a.grantee);
const gateway = await startGateway({
  rpc: process.env.MEDLEDGER_WS ?? 'ws://127.0.0.1:9944',
  suri: a.gateway.suri,
  // A transaction per answer: each read is in the chain's own access log before it is served
  // (the default, `roots`, logs many answers with one Merkle root; docs/gateway.md).
  config: { publicUrl: 'https://records.st-marys.example', accessLog: { mode: 'per-read' } },
});
console.log(`\nthe hospital's record gateway listens on ${gateway.url} (log: ${gateway.logFile})`);

// The patient lets the author write and the grantee read laboratory results, for treatment.
// Classes and purposes are tags of the patient's wallet: the patient shares its tag key with the
// author and the grantee off chain (wrapped for their keys, as a data key is), and every other
// member sees only opaque bytes. Dates are the chain's timestamp: milliseconds since the Unix
// epoch.
const w = patientWallet();
const now = (await api.query.timestamp.now()).toNumber();
const terms = (actions) =>
  w.terms({ categories: ['laboratory'], actions, purposes: ['TREAT'], expiresAt: now + 7 * 24 * 3_600_000 });
await send(
  api,
  api.tx.consentRegistry.grantConsent(patient, { Practitioner: a.author.address }, terms(['Append'])),
  a.patient,
);
const granted = await send(
  api,
  api.tx.consentRegistry.grantConsent(patient, { Practitioner: a.grantee.address }, terms(['Read'])),
  a.patient,
);
const consent = eventData(granted.events, 'consentRegistry', 'ConsentRecorded').consent.toNumber();

// The grantee's X25519 key pair; its public half reaches the provider with a statement signed by
// the grantee's account, so the provider knows whose key it is.
const granteeKeys = await encryptionKeyPair();
const keyStatement = stringToU8a(`medledger-x25519:${u8aToHex(granteeKeys.publicKey)}`);
const keyStatementSignature = a.grantee.sign(keyStatement);

// 2. The provider seals a (synthetic) FHIR Observation under a fresh data key and wraps the key
// for the patient and the grantee.
const resource = {
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
  valueQuantity: { value: 6.1, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
  effectiveDateTime: '2026-11-20T09:30:00Z',
};
assert.ok(signatureVerify(keyStatement, keyStatementSignature, a.grantee.address).isValid);
const patientKey = (await runtime(api).identityApi.encryptionKey(patient)).unwrap();
assert.equal(patientKey.key.toHex(), u8aToHex(patientKeys.publicKey), "the key on chain is the patient's");
const { ciphertext, contentHash, dataKey } = await sealRecord(resource);
const keys = {
  [a.patient.address]: await wrapDataKey(dataKey, patientKey.key, contentHash),
  [a.grantee.address]: await wrapDataKey(dataKey, granteeKeys.publicKey, contentHash),
};

// Only hashes, an opaque pointer and the patient's tags go on chain. The author signs the anchor;
// the gateway checks it is for this content, at its location, for its hospital, and submits it.
const asAuthor = new GatewayClient(gateway.url, a.author);
const anchor = await api.tx.recordAnchor
  .anchorRecord({
    patient,
    custodian: hospital,
    contentHash,
    algorithm: 'Sha2_256',
    location: await asAuthor.locationOf(contentHash),
    class: w.class('laboratory'),
    keyManifest: null,
    emergencyCommitment: sealedCommitment(),
    purpose: w.purpose('TREAT'),
  })
  .signAsync(a.author);
const uploaded = await asAuthor.upload({ anchor: anchor.toHex(), ciphertext, keys });
const { record } = uploaded;
console.log(`\nprovider: ${ciphertext.length} bytes of ciphertext uploaded; anchored as ${record}`);
show('recordApi.record(record)', await runtime(api).recordApi.record(record));

/** 3. What a reader's application does to read a record through the gateway. */
async function read(reader, privateKey) {
  const client = new GatewayClient(gateway.url, reader);
  let served;
  try {
    served = await client.read(record, w.purpose('TREAT'));
  } catch (e) {
    if (e instanceof GatewayRefusal) return { refused: e.reason, outcome: e.outcome };
    throw e;
  }
  const verification = show(
    'recordApi.verify(record, sha256(ciphertext))',
    await runtime(api).recordApi.verify(record, await sha256(served.ciphertext)),
  );
  assert.ok(verification.isValid && verification.asValid.current.isTrue, 'ciphertext as anchored');
  const key = await unwrapDataKey(served.wrappedKey, privateKey, served.contentHash);
  return { resource: await openRecord(served.ciphertext, key), basis: served.decision.basis };
}

const first = await read(a.grantee, granteeKeys.privateKey);
console.log(`\ngrantee read (basis ${JSON.stringify(first.basis)}): ${JSON.stringify(first.resource)}`);
assert.deepEqual(first.resource, resource);
// The patient reads their own record with their own key.
const own = await read(a.patient, patientKeys.privateKey);
assert.deepEqual(own.resource, resource);
// Someone else's key cannot open the grantee's wrapped key.
await assert.rejects(unwrapDataKey(keys[a.grantee.address], patientKeys.privateKey, contentHash));

// 4. The patient revokes; the same grantee is refused from the next block on, with the chain's
// reason in a FHIR OperationOutcome.
await send(api, api.tx.consentRegistry.revokeConsent(patient, consent), a.patient);
const second = await read(a.grantee, granteeKeys.privateKey);
console.log(`\ngrantee after revocation: refused (${second.refused}): ${JSON.stringify(second.outcome)}`);
assert.equal(second.refused, 'NoConsent');
// The gateway logs the refusal on chain once it has answered.
const log = await waitFor(
  async () => {
    const page = await runtime(api).recordApi.accessLog(patient, 0, 10);
    return page.items.length === 3 ? page : null;
  },
  { what: 'the refusal in the access log' },
);
show('recordApi.accessLog(patient, 0, 10)', log);

await gateway.stop();
console.log('\nprivacy example: done (the ciphertext never left the gateway, which never had its key)');
await api.disconnect();
