// Every call and runtime API of the record-anchor pallet: a physician with the patient's consent
// anchors a pointer to an encrypted record, anyone verifies a hash against it (RecordApi, via
// `api.call`), the physician amends it, reads and refusals are logged with the decision taken on
// chain by the record's custodian, the patient pages through the log, anchors a batch, a practitioner anchors a Merkle root
// that proves membership, the physician's prepaid deposits pay for its writes and the rest is
// withdrawn, and the patient erases the record. A record's class and purpose are the patient's
// tags, its location an opaque URL: what the chain shows every member says nothing about health
// (docs/privacy.md). `node scripts/examples/records.mjs`.
import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { EMERGENCY_TAG, patientWallet, reasonCommitment, recordId, runtime } from '@medledger/sdk';

import {
  assert,
  connect,
  eventData,
  freshAccounts,
  organisationAndPatient,
  random32,
  send,
  show,
} from './lib.mjs';

const api = await connect();
const tx = api.tx.recordAnchor;
const a = await freshAccounts(api, ['admin', 'doctor', 'researcher', 'patient']);

const { org, patient } = await organisationAndPatient(api, {
  name: 'Northgate Hospital',
  kind: 'Hospital',
  admin: a.admin,
  practitioner: a.doctor,
  patient: a.patient,
});

// The patient lets the physician write, read and amend laboratory results for treatment, and
// shares the wallet's tag key with the hospital (off chain) so that it can name them.
// Dates are the chain's timestamp: milliseconds since the Unix epoch.
const w = patientWallet();
const now = (await api.query.timestamp.now()).toNumber();
await send(
  api,
  api.tx.consentRegistry.grantConsent(
    patient,
    { Practitioner: a.doctor.address },
    w.terms({
      categories: ['laboratory'],
      actions: ['Read', 'Append', 'Amend'],
      purposes: ['TREAT'],
      expiresAt: now + 7 * 24 * 3_600_000, // a week
    }),
  ),
  a.patient,
);

// A physician who anchors often prepays deposits once: each later deposit (record, version, log
// entry) is taken out of them instead of being held one by one, which is cheaper.
const c = api.consts.recordAnchor;
const prepaidTotal = c.recordDeposit.toBigInt() * 10n;
await send(api, tx.prepayDeposits(prepaidTotal), a.doctor);
const prepaidNow = async () => (await api.query.recordAnchor.prepaid(a.doctor.address)).toBigInt();

// Anchoring: a hash of the ciphertext, where it is (an opaque URL), which organisation keeps it
// (the custodian), its class tag, the hash of the key envelope, and its emergency commitment: an
// unlabelled record may be opened in an emergency with a key the custodian keeps. The record's
// id is known before (recordId) and comes back in the event.
const request = (contentHash, location) => ({
  patient,
  custodian: org,
  contentHash,
  algorithm: 'Sha2_256',
  location,
  class: w.class('laboratory'),
  keyManifest: random32(),
  emergencyCommitment: w.emergencyKey(recordId(patient, contentHash)).commitment,
  purpose: w.purpose('TREAT'),
});
const h1 = random32();
const anchored = await send(api, tx.anchorRecord(request(h1, 'https://store.example/r/7f3a')), a.doctor);
const record = eventData(anchored.events, 'recordAnchor', 'RecordAnchored').record.toHex();
assert.equal(record, recordId(patient, h1));
// Its deposit came out of the prepaid ones: nothing more was held.
assert.equal(await prepaidNow(), prepaidTotal - c.recordDeposit.toBigInt());
assert.ok(!anchored.events.some((e) => e.section === 'balances' && e.method === 'Held'));
// Someone without consent cannot anchor for the patient.
await send(api, tx.anchorRecord(request(random32(), 'https://x.example/1')), a.researcher, {
  expectError: 'recordAnchor.WriteNotPermitted',
});

show('recordApi.verify(record, h1)', await runtime(api).recordApi.verify(record, h1));
assert.ok((await runtime(api).recordApi.verify(record, random32())).isMismatch);

// Amending adds version 2; version 1 stays verifiable, marked not current.
const h2 = random32();
await send(
  api,
  tx.amendRecord(record, {
    contentHash: h2,
    algorithm: 'Blake2_256',
    location: 'https://store.example/r/7f3a-2',
    keyManifest: null,
    purpose: w.purpose('TREAT'),
  }),
  a.doctor,
);
show('recordApi.record(record)', await runtime(api).recordApi.record(record));
assert.ok((await runtime(api).recordApi.verify(record, h1)).asValid.current.isFalse);

// The custodian logs every read it serves, with the consent decision taken on chain; so is every
// refusal. Only the custodian's practitioners write a record's log: nobody else can flood it.
const research = w.purpose('HRESCH');
await send(api, tx.logAccess(record, a.doctor.address, w.purpose('TREAT'), null), a.doctor);
await send(api, tx.logAccess(record, a.researcher.address, research, null), a.doctor, {
  expectError: 'recordAnchor.ReadNotPermitted',
});
await send(api, tx.logDeniedAccess(record, a.researcher.address, research), a.doctor);
await send(api, tx.logDeniedAccess(record, a.researcher.address, research), a.researcher, {
  expectError: 'recordAnchor.NotCustodian',
});
// Break-glass: the physician opens emergency access; the custodian (here his hospital) serves
// the record and logs the read for the public emergency purpose with the record's emergency key.
await send(api, api.tx.consentRegistry.openEmergencyAccess(patient, reasonCommitment('BTG').hash), a.doctor);
const { key } = w.emergencyKey(record);
await send(api, tx.logAccess(record, a.doctor.address, EMERGENCY_TAG, random32()), a.doctor, {
  expectError: 'recordAnchor.EmergencyKeyMismatch',
});
await send(api, tx.logAccess(record, a.doctor.address, EMERGENCY_TAG, key), a.doctor);
await send(api, api.tx.consentRegistry.closeEmergencyAccess(patient, a.doctor.address), a.patient);
const log = show(
  'recordApi.accessLog(patient, 0, 10)',
  await runtime(api).recordApi.accessLog(patient, 0, 10),
);
assert.equal(log.items.length, 3);
assert.ok(log.items[2].outcome.asPermitted.isEmergency);
// Entries are kept for LogRetention; nothing is old enough to prune yet.
await send(api, tx.pruneAccessLog(patient, 10), a.researcher, { expectError: 'recordAnchor.NothingToPrune' });

// A batch: many records of one kind in one transaction, all or none. What they share is given
// once (one emergency key for the batch, made for its first record); each entry's location is
// the base followed by its path.
const first = random32();
await send(
  api,
  tx.anchorBatch({
    class: w.class('laboratory'),
    algorithm: 'Sha2_256',
    purpose: w.purpose('PATRQT'),
    emergencyCommitment: w.emergencyKey(recordId(patient, first)).commitment,
    custodian: org,
    base: 'https://store.example/r/',
    entries: [first, random32()].map((contentHash, i) => ({
      patient,
      contentHash,
      path: `b${i}`,
      keyManifest: random32(),
    })),
  }),
  a.patient,
);
show('recordApi.records(patient, null, 10)', await runtime(api).recordApi.records(patient, null, 10));

// A Merkle root over many content hashes: one anchor, membership proven per record.
const leaves = [random32(), random32(), random32(), random32()];
let level = leaves.map((h) => blake2AsU8a(h));
const proof = [];
for (let i = 2; level.length > 1; i >>= 1) {
  proof.push(u8aToHex(level[i ^ 1]));
  const next = [];
  for (let j = 0; j < level.length; j += 2) next.push(blake2AsU8a(u8aConcat(level[j], level[j + 1])));
  level = next;
}
const rooted = await send(api, tx.anchorMerkleRoot(u8aToHex(level[0]), leaves.length), a.doctor);
const merkleRoot = eventData(rooted.events, 'recordAnchor', 'MerkleRootAnchored').id.toNumber();
show(
  'recordApi.verifyInMerkleRoot(merkleRoot, leaves[2], proof, 2)',
  await runtime(api).recordApi.verifyInMerkleRoot(merkleRoot, leaves[2], proof, 2),
);
assert.ok((await runtime(api).recordApi.verifyInMerkleRoot(merkleRoot, leaves[2], proof, 2)).isTrue);

// The physician takes back what is prepaid and unused: ten record deposits less a record, a
// version, three log entries (the read, the refusal and the emergency read it logged) and the
// Merkle root. Asking for more than that fails.
const left =
  prepaidTotal -
  c.recordDeposit.toBigInt() -
  c.versionDeposit.toBigInt() -
  3n * c.logDeposit.toBigInt() -
  c.merkleRootDeposit.toBigInt();
assert.equal(await prepaidNow(), left);
await send(api, tx.withdrawPrepaid(left + 1n), a.doctor, { expectError: 'recordAnchor.InsufficientPrepaid' });
const withdrawn = await send(api, tx.withdrawPrepaid(left), a.doctor);
assert.equal(eventData(withdrawn.events, 'recordAnchor', 'PrepaidWithdrawn').left.toBigInt(), 0n);
assert.equal(await prepaidNow(), 0n);

// Erasure: locations are forgotten, hashes and the fact of erasure stay.
await send(api, tx.eraseRecord(record), a.patient);
show('recordApi.verify(record, h2)', await runtime(api).recordApi.verify(record, h2));

// The patient's timeline: all of the above that happened to the patient, oldest first, four
// entries a page (reads in a row share one entry; its `first` and `last` page the access log).
const timeline = show(
  'timelineApi.timeline(patient, 0, 4)',
  await runtime(api).timelineApi.timeline(patient, 0, 4),
);
assert.equal(timeline.items.length, 4);
show(
  'timelineApi.timeline(patient, 4, 4)',
  await runtime(api).timelineApi.timeline(patient, timeline.next.unwrap(), 4),
);

console.log('\nrecords example: done');
await api.disconnect();
