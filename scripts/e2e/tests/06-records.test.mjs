// Records end to end: a physician with an append consent anchors a record (its id comes back in
// the event), anyone verifies a hash via the RecordApi, the physician amends it (with an amend
// consent), the record's custodian logs reads with the consent that permitted them (nobody else
// may), the patient pages through the access log, anchors a batch, a custodian anchors a Merkle
// root (proof checked on chain), and the patient erases the record. Classes and purposes are the
// patient's tags; an emergency read is logged with the record's emergency key. Decoded from
// metadata only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';

import {
  connect,
  EMERGENCY_TAG,
  eventsOf,
  merkleProof,
  merkleRoot,
  patientWallet,
  reasonCommitment,
  recordId,
  sealedCommitment,
  submit,
  submitOk,
  recordsAnchoredIn,
  timelineEntries,
  verifyTimelineEntry,
} from '@medledger/sdk';
import { devAccounts, submitAll } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

const KEY = `0x${'44'.repeat(32)}`;
const LICENCE = `0x${'ef'.repeat(32)}`;
const hash = (n) => `0x${n.toString(16).padStart(2, '0').repeat(32)}`;

describe('record anchoring', () => {
  let node;
  let api;
  let k;
  let patient;
  let record;
  let store;
  // Dave's wallet; Charlie, whom Dave grants, and the store hold its tag key.
  const w = patientWallet();

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    k = devAccounts();
  });
  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  const ok = (tx, signer) => submitOk(api, tx, signer);
  // A laboratory record: its class and purpose are Dave's tags; it has no sensitivity label, so
  // its author makes it openable in an emergency with a key the store keeps.
  const request = (n, location = 'https://store.example/r/1') => ({
    patient,
    custodian: store,
    contentHash: hash(n),
    algorithm: 'Sha2_256',
    location,
    class: w.class('laboratory'),
    keyManifest: hash(0xee),
    emergencyCommitment: w.emergencyKey(recordId(patient, hash(n))).commitment,
    purpose: w.purpose('TREAT'),
  });

  it('sets up a hospital physician (Charlie), a custodian (Ferdie) and a patient (Dave)', async () => {
    const admit = (name, kind, admin) =>
      api.tx.sudo.sudo(api.tx.patientIdentity.admitOrganisation(name, kind, 'FR', LICENCE, admin));
    const orgOf = ({ events }) =>
      eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();
    const hospital = orgOf(await ok(admit('Hôpital Central', 'Hospital', k.bob.address), k.alice));
    store = orgOf(await ok(admit('Secure Store', 'DataCustodian', k.eve.address), k.alice));
    await ok(api.tx.patientIdentity.invitePractitioner(k.charlie.address, 'Physician'), k.bob);
    await ok(api.tx.patientIdentity.acceptInvitation(hospital), k.charlie);
    await ok(api.tx.patientIdentity.invitePractitioner(k.ferdie.address, 'Clerk'), k.eve);
    await ok(api.tx.patientIdentity.acceptInvitation(store), k.ferdie);
    const reg = await ok(api.tx.patientIdentity.registerPatient(KEY, null), k.dave);
    patient = eventsOf(reg.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
  });

  it('without an append consent the physician cannot anchor', async () => {
    const r = await submit(api, api.tx.recordAnchor.anchorRecord(request(1)), k.charlie, {
      until: 'inBlock',
    });
    assert.equal(r.dispatchError?.name, 'recordAnchor.WriteNotPermitted');
  });

  it('with consent the physician anchors; the id comes back in the event', async () => {
    const terms = w.terms({
      categories: ['laboratory'],
      actions: ['Read', 'Append', 'Amend'],
      purposes: ['TREAT'],
    });
    await ok(
      api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.charlie.address }, terms),
      k.dave,
    );
    const { events } = await ok(api.tx.recordAnchor.anchorRecord(request(1)), k.charlie);
    const [anchored] = eventsOf(events, 'recordAnchor', 'RecordAnchored');
    assert.equal(anchored.data.author.toString(), k.charlie.address);
    assert.equal(anchored.data.patient.toNumber(), patient);
    record = anchored.data.record.toHex();
    // The id is known before anchoring (the emergency key was made for it).
    assert.equal(record, recordId(patient, hash(1)));
    assert.equal(anchored.data.class.toHex(), w.class('laboratory'));
  });

  it('RecordApi verifies the hash; a wrong hash is a mismatch', async () => {
    const v = await api.call.recordApi.verify(record, hash(1));
    assert.ok(v.isValid, v.toString());
    assert.equal(v.asValid.version.toNumber(), 1);
    assert.equal(v.asValid.author.toString(), k.charlie.address);
    assert.ok((await api.call.recordApi.verify(record, hash(2))).isMismatch);
    assert.ok((await api.call.recordApi.verify(hash(0x77), hash(1))).isUnknown);
  });

  it('the physician amends: version 2, version 1 still verifiable', async () => {
    const amendment = {
      contentHash: hash(2),
      algorithm: 'Blake2_256',
      location: 'ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
      keyManifest: null,
      purpose: w.purpose('TREAT'),
    };
    const { events } = await ok(api.tx.recordAnchor.amendRecord(record, amendment), k.charlie);
    assert.equal(eventsOf(events, 'recordAnchor', 'RecordAmended')[0].data.version.toNumber(), 2);
    const v1 = await api.call.recordApi.verify(record, hash(1));
    assert.ok(v1.isValid && v1.asValid.current.isFalse);
    const info = (await api.call.recordApi.record(record)).unwrap();
    assert.equal(info.currentVersion.toNumber(), 2);
    assert.equal(info.algorithm.toString(), 'Blake2_256');
    assert.equal(info.class.toHex(), w.class('laboratory'));
  });

  it('the custodian logs reads with their basis; the patient pages through the log', async () => {
    // The store keeps the record: its clerk logs the physician's read.
    const info = (await api.call.recordApi.record(record)).unwrap();
    assert.equal(info.custodian.toNumber(), store);
    await ok(api.tx.recordAnchor.logAccess(record, k.charlie.address, w.purpose('TREAT'), null), k.ferdie);
    // and a refused research read (Alice holds no consent).
    const denied = await ok(
      api.tx.recordAnchor.logDeniedAccess(record, k.alice.address, w.purpose('HRESCH')),
      k.ferdie,
    );
    assert.ok(eventsOf(denied.events, 'recordAnchor', 'AccessDenialLogged')[0].data.reason.isNoConsent);
    // Without a permitting decision there is no "permitted" entry.
    const bad = await submit(
      api,
      api.tx.recordAnchor.logAccess(record, k.alice.address, w.purpose('HRESCH'), null),
      k.ferdie,
      { until: 'inBlock' },
    );
    assert.equal(bad.dispatchError?.name, 'recordAnchor.ReadNotPermitted');
    // Nobody but the custodian's practitioners writes this record's log, the author neither.
    const notCustodian = await submit(
      api,
      api.tx.recordAnchor.logAccess(record, k.charlie.address, w.purpose('TREAT'), null),
      k.charlie,
      { until: 'inBlock' },
    );
    assert.equal(notCustodian.dispatchError?.name, 'recordAnchor.NotCustodian');

    const page = await api.call.recordApi.accessLog(patient, 0, 1);
    assert.equal(page.items.length, 1);
    const [first] = page.items;
    assert.equal(first.accessor.toString(), k.charlie.address);
    assert.equal(first.loggedBy.toString(), k.ferdie.address);
    assert.ok(first.outcome.isPermitted && first.outcome.asPermitted.isConsent);
    const next = await api.call.recordApi.accessLog(patient, page.next.unwrap(), 10);
    assert.equal(next.items.length, 1);
    assert.ok(next.items[0].outcome.isDenied);
    assert.equal(next.items[0].loggedBy.toString(), k.ferdie.address);
    assert.ok(next.next.isNone);
  });

  it('an emergency read is logged with the record emergency key, which only its keeper holds', async () => {
    // A physician of another hospital breaks the glass; she holds no tag key and no consent.
    const doctor = new Keyring({ type: 'sr25519' }).addFromUri('//Records//Emergency');
    await ok(api.tx.balances.transferKeepAlive(doctor.address, 10n ** 15n), k.alice);
    const admit = api.tx.patientIdentity.admitOrganisation(
      'Clinique du Port',
      'Hospital',
      'FR',
      LICENCE,
      k.alice.address,
    );
    const { events } = await ok(api.tx.sudo.sudo(admit), k.alice);
    const clinic = eventsOf(
      events,
      'patientIdentity',
      'OrganisationAdmitted',
    )[0].data.organisation.toNumber();
    await ok(api.tx.patientIdentity.invitePractitioner(doctor.address, 'Physician'), k.alice);
    await ok(api.tx.patientIdentity.acceptInvitation(clinic), doctor);
    await ok(api.tx.consentRegistry.openEmergencyAccess(patient, reasonCommitment('BTG').hash), doctor);
    const { key } = w.emergencyKey(record);
    const attempt = (emergencyKey) =>
      submit(
        api,
        api.tx.recordAnchor.logAccess(record, doctor.address, EMERGENCY_TAG, emergencyKey),
        k.ferdie,
        {
          until: 'inBlock',
        },
      );
    // A wrong key is refused and logs nothing; so is a read without one.
    const before = (await api.query.recordAnchor.accessLogBounds(patient)).next.toNumber();
    assert.equal((await attempt(hash(0x99))).dispatchError?.name, 'recordAnchor.EmergencyKeyMismatch');
    assert.equal((await attempt(null)).dispatchError?.name, 'recordAnchor.ReadNotPermitted');
    assert.equal((await api.query.recordAnchor.accessLogBounds(patient)).next.toNumber(), before);
    // With the store's key the read is logged on the session, and the runtime API agrees.
    const decision = await api.call.consentApi.checkAccess(
      patient,
      doctor.address,
      w.class('laboratory'),
      'Read',
      EMERGENCY_TAG,
      record,
      key,
    );
    assert.ok(decision.isPermit && decision.asPermit.basis.isEmergency, decision.toString());
    const logged = await ok(
      api.tx.recordAnchor.logAccess(record, doctor.address, EMERGENCY_TAG, key),
      k.ferdie,
    );
    const [entry] = eventsOf(logged.events, 'recordAnchor', 'AccessLogged');
    assert.ok(entry.data.basis.isEmergency);
    // A labelled record's author seals it: no key opens it, so break-glass never reaches it.
    const sealed = {
      ...request(5),
      class: w.class('clinical-notes', ['ETH']),
      emergencyCommitment: sealedCommitment(),
    };
    const anchored = await ok(api.tx.recordAnchor.anchorRecord(sealed), k.dave);
    const note = eventsOf(anchored.events, 'recordAnchor', 'RecordAnchored')[0].data.record.toHex();
    const tried = await submit(
      api,
      api.tx.recordAnchor.logAccess(note, doctor.address, EMERGENCY_TAG, w.emergencyKey(note).key),
      k.ferdie,
      { until: 'inBlock' },
    );
    assert.equal(tried.dispatchError?.name, 'recordAnchor.EmergencyKeyMismatch');
    await ok(api.tx.consentRegistry.closeEmergencyAccess(patient, doctor.address), k.dave);
  });

  it('the patient anchors a batch; records are listed', async () => {
    // What the records share is given once; each entry has its own hash, path and manifest.
    const batch = {
      class: w.class('clinical-notes'),
      algorithm: 'Sha2_256',
      purpose: w.purpose('PATRQT'),
      // One key for the batch, made for its first record.
      emergencyCommitment: w.emergencyKey(recordId(patient, hash(3))).commitment,
      custodian: store,
      base: 'https://store.example/r/',
      entries: [3, 4].map((n) => ({
        patient,
        contentHash: hash(n),
        path: `doc-${n}`,
        keyManifest: hash(0xee),
      })),
    };
    const { events } = await ok(api.tx.recordAnchor.anchorBatch(batch), k.dave);
    const anchored = eventsOf(events, 'recordAnchor', 'RecordAnchored');
    assert.equal(anchored.length, 2);
    const info = (await api.call.recordApi.record(anchored[1].data.record)).unwrap();
    assert.equal(info.location.toUtf8(), 'https://store.example/r/doc-4');
    assert.equal(info.class.toHex(), w.class('clinical-notes'));
    const page = await api.call.recordApi.records(patient, null, 10);
    assert.equal(page.records.length, 4);
    assert.ok(page.next.isNone);
  });

  it('a custodian anchors Merkle roots of 1 to 9 leaves; the toolkit’s proofs verify on chain, wrong ones do not', async () => {
    const trees = Array.from({ length: 9 }, (_, t) =>
      Array.from({ length: t + 1 }, (_, i) => hash(0x10 + t * 9 + i)),
    );
    const anchored = await submitAll(
      api,
      trees.map((leaves) => api.tx.recordAnchor.anchorMerkleRoot(merkleRoot(leaves), leaves.length)),
      k.ferdie,
    );
    for (const [t, leaves] of trees.entries()) {
      const id = eventsOf(anchored[t].events, 'recordAnchor', 'MerkleRootAnchored')[0].data.id.toNumber();
      const verify = (leaf, proof, index) => api.call.recordApi.verifyInMerkleRoot(id, leaf, proof, index);
      for (const [i, leaf] of leaves.entries()) {
        const { proof } = merkleProof(leaves, i);
        assert.ok((await verify(leaf, proof, i)).isTrue, `${leaves.length} leaves, leaf ${i}`);
        assert.ok((await verify(hash(0xff), proof, i)).isFalse);
        if (leaves.length > 1) assert.ok((await verify(leaf, proof, (i + 1) % leaves.length)).isFalse);
      }
    }
  });

  it('the patient erases the record: location gone, proof of existence kept', async () => {
    const { events } = await ok(api.tx.recordAnchor.eraseRecord(record), k.dave);
    assert.equal(eventsOf(events, 'recordAnchor', 'RecordErased')[0].data.by.toString(), k.dave.address);
    const v = await api.call.recordApi.verify(record, hash(1));
    assert.ok(v.isErased, v.toString());
    const info = (await api.call.recordApi.record(record)).unwrap();
    assert.equal(info.location.length, 0);
    assert.ok(info.erasedAt.isSome);
  });

  it("the patient's timeline has everything that happened, in order, each entry in its block", async () => {
    const { entries, oldest } = await timelineEntries(api, patient, { pageSize: 3 });
    assert.equal(oldest, 0);
    assert.deepEqual(
      entries.map((e) => e.event.type),
      [
        'ConsentRecorded',
        'RecordAnchored',
        'RecordAmended',
        // The permitted read and the refused one, in a row: one entry.
        'AccessLogged',
        'EmergencyAccessOpened',
        'AccessLogged',
        'RecordAnchored',
        'EmergencyAccessClosed',
        // The patient's batch of two: one entry.
        'RecordsAnchored',
        'RecordErased',
      ],
    );
    assert.deepEqual(
      entries.map((e) => e.position),
      entries.map((_, i) => i),
    );
    const reads = entries[3].event.asAccessLogged;
    assert.deepEqual([reads.first.toNumber(), reads.last.toNumber()], [0, 1]);
    assert.equal(entries[1].event.asRecordAnchored.record.toHex(), record);
    assert.equal(entries[2].event.asRecordAmended.version.toNumber(), 2);
    for (const entry of entries) {
      assert.ok(await verifyTimelineEntry(api, patient, entry), `entry ${entry.position} is on chain`);
    }
    // An entry moved to another block does not verify.
    const moved = { ...entries[1], block: entries[1].block - 1 };
    assert.equal(await verifyTimelineEntry(api, patient, moved), null);
    // The batch's entry stands for both its records, which its block's events name.
    const batch = entries[8];
    assert.equal(batch.event.asRecordsAnchored.count.toNumber(), 2);
    assert.equal(batch.event.asRecordsAnchored.first.toHex(), recordId(patient, hash(3)));
    const events = await (await api.at(await api.rpc.chain.getBlockHash(batch.block))).query.system.events();
    assert.deepEqual(
      recordsAnchoredIn(events, patient, batch).map((e) => e.data.record.toHex()),
      [3, 4].map((n) => recordId(patient, hash(n))),
    );
    // A node that claims another count does not verify: the batch had two.
    const claimed = api.createType('MedledgerPrimitivesTimelineTimelineEvent', {
      RecordsAnchored: { first: recordId(patient, hash(3)), count: 3 },
    });
    assert.equal(await verifyTimelineEntry(api, patient, { ...batch, event: claimed }), null);
    // Nor does a run claimed to start inside the batch's run (fewer records than it had).
    const shortened = api.createType('MedledgerPrimitivesTimelineTimelineEvent', {
      RecordsAnchored: { first: recordId(patient, hash(4)), count: 1 },
    });
    assert.equal(await verifyTimelineEntry(api, patient, { ...batch, event: shortened }), null);
  });

  it('a refused write leaves no entry: WriteNotPermitted, the timeline unchanged', async () => {
    const before = (await api.call.timelineApi.timeline(patient, 0, 100)).toHex();
    // Charlie's consent covers laboratory records, not imaging.
    const r = await submit(
      api,
      api.tx.recordAnchor.anchorRecord({ ...request(9), class: w.class('imaging') }),
      k.charlie,
      { until: 'inBlock' },
    );
    assert.equal(r.dispatchError?.name, 'recordAnchor.WriteNotPermitted');
    assert.equal((await api.call.timelineApi.timeline(patient, 0, 100)).toHex(), before);
  });
});
