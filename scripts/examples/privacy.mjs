// End-to-end privacy: health data never touches the chain, and the chain still decides who reads it.
//
// 1. A patient registers with an X25519 public key; the private key never leaves the patient.
// 2. A provider encrypts a FHIR resource with a fresh 256-bit data key (AES-256-GCM), wraps the
//    data key for the patient's X25519 key (read from the chain) and for the grantee's (sent with
//    the grantee's signed access request), stores ciphertext and key envelope off chain in a
//    local folder (the "custodian"), and anchors only the SHA-256 of the ciphertext, an opaque
//    location, the hash of the envelope and the patient's tags for its class and purpose.
// 3. The grantee asks the custodian for the object with a signed request. The custodian asks the
//    chain (ConsentApi via `api.call`) whether that account may read that record now, and logs
//    the read on chain (only the record's custodian organisation may); the grantee verifies the
//    ciphertext's hash and the envelope's hash against the chain, unwraps its copy of the data
//    key and decrypts.
// 4. The patient revokes the consent: the same grantee is denied by the custodian (and the
//    custodian logs the denial on chain).
//
// Crypto is Node's own (OpenSSL): X25519, HKDF-SHA256, AES-256-GCM, SHA-256; signatures are
// sr25519 via @polkadot/util-crypto. Nothing is hand-rolled. `node scripts/examples/privacy.mjs`.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  randomUUID,
} from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { stringToU8a, u8aToHex } from '@polkadot/util';
import { signatureVerify } from '@polkadot/util-crypto';

import { recordId } from 'medledger-toolkit/chain.mjs';
import { patientWallet } from 'medledger-toolkit/privacy.mjs';

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

const sha256 = (bytes) => createHash('sha256').update(bytes).digest();
const hex = (bytes) => `0x${Buffer.from(bytes).toString('hex')}`;

// ---- X25519 key pairs and key wrapping (ECIES: ephemeral X25519, HKDF-SHA256, AES-256-GCM) ----

/** A new X25519 key pair; `publicKey` is the raw 32 bytes that go on chain. */
function x25519KeyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return { privateKey, publicKey: Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url') };
}
const x25519Public = (raw) =>
  createPublicKey({
    key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(raw).toString('base64url') },
    format: 'jwk',
  });

function aesGcmSeal(key, plaintext, aad) {
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(aad);
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  return { nonce, sealed: Buffer.concat([body, c.getAuthTag()]) };
}
function aesGcmOpen(key, nonce, sealed, aad) {
  const d = createDecipheriv('aes-256-gcm', key, nonce);
  d.setAAD(aad);
  d.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]);
}
function kek(shared, ephemeral, recipient) {
  return Buffer.from(
    hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), 'medledger key wrap v1', 32),
  );
}

/** Wraps `dataKey` for the X25519 public key `recipient` (raw bytes), labelled `kid`. */
function wrapKey(dataKey, recipient, kid) {
  const eph = x25519KeyPair();
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: x25519Public(recipient) });
  const { nonce, sealed } = aesGcmSeal(kek(shared, eph.publicKey, recipient), dataKey, Buffer.from(kid));
  return { kid, epk: hex(eph.publicKey), nonce: hex(nonce), wrappedKey: hex(sealed) };
}

/** Unwraps the entry of `envelope` labelled `kid` with `privateKey`. */
function unwrapKey(envelope, kid, privateKey, publicKey) {
  const entry = envelope.recipients.find((r) => r.kid === kid);
  if (!entry) throw new Error(`no key wrapped for ${kid}`);
  const epk = Buffer.from(entry.epk.slice(2), 'hex');
  const shared = diffieHellman({ privateKey, publicKey: x25519Public(epk) });
  return aesGcmOpen(
    kek(shared, epk, publicKey),
    Buffer.from(entry.nonce.slice(2), 'hex'),
    Buffer.from(entry.wrappedKey.slice(2), 'hex'),
    Buffer.from(kid),
  );
}

// ---- The custodian: a local folder, served only to accounts the chain permits ----

const storeDir = process.env.MEDLEDGER_STORE ?? mkdtempSync(join(tmpdir(), 'medledger-store-'));
mkdirSync(join(storeDir, 'objects'), { recursive: true });

const STORE_URL = 'https://custodian.medledger.example/objects/';
const custodian = {
  put(ciphertext, envelopeBytes) {
    const id = randomUUID(); // Opaque: says nothing about the patient or the content.
    writeFileSync(join(storeDir, 'objects', `${id}.bin`), ciphertext);
    writeFileSync(join(storeDir, 'objects', `${id}.envelope.json`), envelopeBytes);
    // The location anchored on chain: the custodian's opaque address for the object (https or
    // ipfs; nothing in it names the patient or the kind of record); here it maps to the local
    // folder.
    return `${STORE_URL}${id}`;
  },
  /**
   * Serves an object to `request.account` if its signature is valid and the chain permits that
   * account to read the record (of its class) now, for the purpose tag given.
   */
  async get(api, request) {
    const { record, account, purpose, signature } = request;
    const message = stringToU8a(`medledger-read:${record}:${purpose}`);
    if (!signatureVerify(message, signature, account).isValid) return { refused: 'BadSignature' };
    const info = (await api.call.recordApi.record(record)).unwrap();
    const decision = await api.call.consentApi.checkAccess(
      info.patient,
      account,
      info.class,
      'Read',
      purpose,
      record,
      null,
    );
    if (decision.isDeny) return { refused: decision.asDeny.reason.toString() };
    const id = info.location.toUtf8().slice(STORE_URL.length);
    return {
      ciphertext: readFileSync(join(storeDir, 'objects', `${id}.bin`)),
      envelopeBytes: readFileSync(join(storeDir, 'objects', `${id}.envelope.json`)),
      basis: decision.asPermit.basis.toHuman(),
    };
  },
};

// ---- The story ----

const api = await connect();
const a = await freshAccounts(api, ['hospitalAdmin', 'author', 'clinicAdmin', 'grantee', 'patient']);

// 1. The patient's X25519 key pair: the public half goes on chain when the patient registers, the
// private half stays here. Two organisations, each with a physician: the author (hospital) and
// the grantee (clinic).
const patientKeys = x25519KeyPair();
const { org: hospital, patient } = await organisationAndPatient(api, {
  name: "St Mary's Hospital",
  kind: 'Hospital',
  admin: a.hospitalAdmin,
  practitioner: a.author,
  patient: a.patient,
  encryptionKey: hex(patientKeys.publicKey),
});
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

// The grantee's X25519 key pair; its public half reaches the provider with a request signed by
// the grantee's account, so the provider knows whose key it is.
const granteeKeys = x25519KeyPair();
const keyRequest = stringToU8a(`medledger-x25519:${hex(granteeKeys.publicKey)}`);
const keyRequestSignature = a.grantee.sign(keyRequest);

// 2. The provider encrypts a (synthetic) FHIR Observation with a fresh data key.
const resource = {
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
  valueQuantity: { value: 6.1, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
  effectiveDateTime: '2026-11-20T09:30:00Z',
};
assert.ok(signatureVerify(keyRequest, keyRequestSignature, a.grantee.address).isValid);
const patientKey = (await api.call.identityApi.encryptionKey(patient)).unwrap();
assert.equal(patientKey.key.toHex(), hex(patientKeys.publicKey), "the key on chain is the patient's");
const dataKey = randomBytes(32);
const aad = Buffer.from(`medledger:v1:Observation`);
const { nonce, sealed: ciphertext } = aesGcmSeal(dataKey, Buffer.from(JSON.stringify(resource)), aad);
const patientKid = `patient:${patient}:v${patientKey.version.toNumber()}`;
const granteeKid = `account:${a.grantee.address}`;
const envelope = {
  version: 1,
  content: { alg: 'A256GCM', nonce: hex(nonce), aad: aad.toString() },
  wrap: 'ECDH-ES X25519 + HKDF-SHA256 + A256GCM',
  recipients: [
    wrapKey(dataKey, patientKeys.publicKey, patientKid),
    wrapKey(dataKey, granteeKeys.publicKey, granteeKid),
  ],
};
const envelopeBytes = Buffer.from(JSON.stringify(envelope));
const location = custodian.put(ciphertext, envelopeBytes);
const contentHash = hex(sha256(ciphertext));
console.log(`\nprovider: ${ciphertext.length} bytes of ciphertext at ${location}, sha256 ${contentHash}`);

// Only hashes, an opaque pointer and the patient's tags go on chain. The hospital keeps the content: it
// is the record's custodian, and only its practitioners log who read it.
const anchored = await send(
  api,
  api.tx.recordAnchor.anchorRecord({
    patient,
    custodian: hospital,
    contentHash,
    algorithm: 'Sha2_256',
    location,
    class: w.class('laboratory'),
    keyManifest: hex(sha256(envelopeBytes)),
    emergencyCommitment: w.emergencyKey(recordId(patient, contentHash)).commitment,
    purpose: w.purpose('TREAT'),
  }),
  a.author,
);
const record = eventData(anchored.events, 'recordAnchor', 'RecordAnchored').record.toHex();

/** 3. What a grantee's application does to read a record. */
async function read(reader, keys, kid) {
  const purpose = w.purpose('TREAT');
  const signature = u8aToHex(reader.sign(stringToU8a(`medledger-read:${record}:${purpose}`)));
  const served = await custodian.get(api, { record, account: reader.address, purpose, signature });
  if (served.refused) {
    // The refusal is on record too, written by the custodian (here the hospital's physician's
    // account stands for the hospital's store).
    await send(api, api.tx.recordAnchor.logDeniedAccess(record, reader.address, purpose), a.author);
    return { refused: served.refused };
  }
  const verification = show(
    'recordApi.verify(record, sha256(ciphertext))',
    await api.call.recordApi.verify(record, hex(sha256(served.ciphertext))),
  );
  assert.ok(verification.isValid && verification.asValid.current.isTrue, 'ciphertext as anchored');
  const info = (await api.call.recordApi.record(record)).unwrap();
  assert.equal(info.keyManifest.unwrap().toHex(), hex(sha256(served.envelopeBytes)), 'envelope as anchored');
  await send(api, api.tx.recordAnchor.logAccess(record, reader.address, purpose, null), a.author);
  const env = JSON.parse(served.envelopeBytes);
  const key = unwrapKey(env, kid, keys.privateKey, keys.publicKey);
  const plain = aesGcmOpen(
    key,
    Buffer.from(env.content.nonce.slice(2), 'hex'),
    served.ciphertext,
    Buffer.from(env.content.aad),
  );
  return { resource: JSON.parse(plain), basis: served.basis };
}

const first = await read(a.grantee, granteeKeys, granteeKid);
console.log(`\ngrantee read (basis ${JSON.stringify(first.basis)}): ${JSON.stringify(first.resource)}`);
assert.deepEqual(first.resource, resource);
// The patient reads their own record with their own key.
const own = await read(a.patient, patientKeys, patientKid);
assert.deepEqual(own.resource, resource);
// Someone else's key cannot open the envelope.
assert.throws(() => unwrapKey(envelope, granteeKid, patientKeys.privateKey, granteeKeys.publicKey));

// 4. The patient revokes; the same grantee is refused from the next block on.
await send(api, api.tx.consentRegistry.revokeConsent(patient, consent), a.patient);
const second = await read(a.grantee, granteeKeys, granteeKid);
console.log(`\ngrantee after revocation: refused (${second.refused})`);
assert.equal(second.refused, 'NoConsent');
const log = show('recordApi.accessLog(patient, 0, 10)', await api.call.recordApi.accessLog(patient, 0, 10));
assert.equal(log.items.length, 3, 'grantee read, patient read, grantee refused');

console.log('\nprivacy example: done (ciphertext and envelope stayed in', storeDir, ')');
await api.disconnect();
