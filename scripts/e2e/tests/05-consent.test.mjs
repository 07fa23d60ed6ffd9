// Consent end to end: a patient grants an organisation access, its practitioner is permitted
// (checked through the ConsentApi runtime API with `api.call`), sensitive data stays closed, the
// grant is listed and revoked (deny at once), and a physician opens, uses and loses emergency
// access. Everything is decoded from metadata only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  connect,
  EMERGENCY_TAG,
  encryptionKeyPair,
  eventsOf,
  openTerms,
  patientWallet,
  reasonCommitment,
  sealTerms,
  submit,
  submitOk,
  verifyReason,
} from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';
import { u8aToHex } from '@polkadot/util';
const LICENCE = `0x${'cd'.repeat(32)}`;

describe('consent registry', () => {
  let node;
  let api;
  let k;
  let org;
  let patient;
  let consent;
  let expiry;
  // Dave's wallet: his tag key, shared with the hospital when he grants it access, and his
  // X25519 encryption key pair (the public key goes on chain).
  const w = patientWallet();
  let daveKeys;

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    k = devAccounts();
    daveKeys = await encryptionKeyPair();
  });
  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  const ok = (tx, signer) => submitOk(api, tx, signer);
  // `cls`: a class tag; `purpose`: a PurposeOfUse code, or 'emergency' (break-glass).
  const check = (who, cls, action, purpose) =>
    api.call.consentApi.checkAccess(
      patient,
      who,
      cls,
      action,
      purpose === 'emergency' ? EMERGENCY_TAG : w.purpose(purpose),
      null,
      null,
    );
  const allergies = () => w.class('allergies');
  const mentalHealth = () => w.class('clinical-notes', ['MH']);

  it('sets up a hospital with a physician (Charlie) and a patient (Dave, represented by Eve for consents)', async () => {
    const admit = api.tx.patientIdentity.admitOrganisation(
      'City Hospital',
      'Hospital',
      'NL',
      LICENCE,
      k.bob.address,
    );
    const { events } = await ok(api.tx.sudo.sudo(admit), k.alice);
    org = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();
    await ok(api.tx.patientIdentity.invitePractitioner(k.charlie.address, 'Physician'), k.bob);
    await ok(api.tx.patientIdentity.acceptInvitation(org), k.charlie);
    const reg = await ok(api.tx.patientIdentity.registerPatient(u8aToHex(daveKeys.publicKey), null), k.dave);
    patient = eventsOf(reg.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
    const scope = { consents: true, records: false, encryptionKey: false, deactivation: false };
    await ok(api.tx.patientIdentity.appointRepresentative(patient, k.eve.address, scope, null, null), k.dave);
  });

  it('without consent the physician is denied', async () => {
    const d = await check(k.charlie.address, allergies(), 'Read', 'TREAT');
    assert.ok(d.isDeny, d.toString());
    assert.ok(d.asDeny.reason.isNoConsent);
    const own = await check(k.dave.address, mentalHealth(), 'Read', 'TREAT');
    assert.ok(own.asPermit.basis.isPatientOrRepresentative);
  });

  it('the representative grants the hospital read access to every unlabelled class', async () => {
    // Dates: milliseconds since the Unix epoch, on the chain's clock (its timestamp).
    expiry = (await api.query.timestamp.now()).toNumber() + 24 * 3_600_000;
    // A broad grant, as the wallet writes it: the tags of every category without a label, and
    // of treatment with its specialisations. Opaque to every other member.
    const terms = w.terms({
      categories: 'standard',
      actions: ['Read'],
      purposes: ['TREAT'],
      expiresAt: expiry,
    });
    const { events } = await ok(
      api.tx.consentRegistry.grantConsent(patient, { Organisation: org }, terms),
      k.eve,
    );
    const [granted] = eventsOf(events, 'consentRegistry', 'ConsentRecorded');
    assert.equal(granted.data.kind.toString(), 'Permit');
    assert.equal(granted.data.by.toString(), k.eve.address);
    assert.equal(granted.data.grantee.asOrganisation.toNumber(), org);
    consent = granted.data.consent.toNumber();
    const holds = await api.query.balances.holds(k.eve.address);
    const held = holds.find((h) => h.id.isConsentRegistry);
    assert.equal(held.amount.toBigInt(), api.consts.consentRegistry.consentDeposit.toBigInt());
  });

  it('ConsentApi permits the physician, under that consent, but not labelled records', async () => {
    const d = await check(k.charlie.address, allergies(), 'Read', 'TREAT');
    assert.ok(d.isPermit, d.toString());
    assert.equal(d.asPermit.basis.asConsent.toNumber(), consent);
    assert.equal(d.asPermit.expiresAt.unwrap().toNumber(), expiry);
    const sensitive = await check(k.charlie.address, mentalHealth(), 'Read', 'TREAT');
    assert.ok(sensitive.asDeny.reason.isNoConsent);
    const write = await check(k.charlie.address, allergies(), 'Amend', 'TREAT');
    assert.ok(write.isDeny);
    const other = await check(k.ferdie.address, allergies(), 'Read', 'TREAT');
    assert.ok(other.isDeny);
  });

  it('the consent is listed for the patient', async () => {
    const page = await api.call.consentApi.consents(patient, null, 10);
    assert.equal(page.consents.length, 1);
    const c = page.consents[0];
    assert.equal(c.id.toNumber(), consent);
    assert.deepEqual(
      c.classes.asOnly.map((t) => t.toHex()),
      w.terms({ categories: 'standard', actions: ['Read'], purposes: ['TREAT'] }).classes.Only,
    );
    assert.deepEqual(
      c.actions.map((a) => a.toString()),
      ['Read'],
    );
    assert.equal(c.grantedBy.toString(), k.eve.address);
    // Given by a representative, not confirmed by the patient: it lapses with the representation.
    assert.ok(c.confirmed.isFalse);
    assert.ok(c.inForce.isTrue);
    assert.ok(page.next.isNone);
  });

  it('revocation denies at once', async () => {
    const { events } = await ok(api.tx.consentRegistry.revokeConsent(patient, consent), k.dave);
    assert.equal(eventsOf(events, 'consentRegistry', 'ConsentRevoked').length, 1);
    const d = await check(k.charlie.address, allergies(), 'Read', 'TREAT');
    assert.ok(d.isDeny && d.asDeny.reason.isNoConsent, d.toString());
    const [c] = (await api.call.consentApi.consents(patient, null, 10)).consents;
    assert.ok(c.revokedAt.isSome);
    assert.ok(c.inForce.isFalse);
  });

  it('only practitioners may break the glass', async () => {
    const bad = await submit(
      api,
      api.tx.consentRegistry.openEmergencyAccess(patient, reasonCommitment('ETREAT').hash),
      k.ferdie,
      { until: 'inBlock' },
    );
    assert.equal(bad.dispatchError?.name, 'consentRegistry.NotPractitioner');
    // A practitioner who commits to no reason (a zero hash) opens nothing.
    const silent = await submit(
      api,
      api.tx.consentRegistry.openEmergencyAccess(patient, `0x${'00'.repeat(32)}`),
      k.charlie,
      { until: 'inBlock' },
    );
    assert.equal(silent.dispatchError?.name, 'consentRegistry.ReasonMissing');
    assert.ok((await api.query.consentRegistry.emergencyAccesses(patient, k.charlie.address)).isNone);
  });

  it('emergency access: opened and recorded, permits non-sensitive reads, closed by the patient', async () => {
    // The hospital keeps its note of why (and the salt) in its own records; the chain gets a hash.
    const reason = reasonCommitment('BTG: unconscious on arrival, anaphylaxis suspected');
    const { events } = await ok(api.tx.consentRegistry.openEmergencyAccess(patient, reason.hash), k.charlie);
    const [opened] = eventsOf(events, 'consentRegistry', 'EmergencyAccessOpened');
    assert.equal(opened.data.practitioner.toString(), k.charlie.address);
    assert.ok(verifyReason(opened.data.reasonHash, reason.note, reason.salt));
    const stored = await api.query.consentRegistry.emergencySessions(opened.data.session);
    assert.ok(verifyReason(stored.unwrap().reasonHash, reason.note, reason.salt));
    assert.ok(!verifyReason(stored.unwrap().reasonHash, 'ETREAT', reason.salt));
    const session = opened.data.session.toNumber();
    const usage = await api.query.consentRegistry.emergencyUsages(k.charlie.address);
    assert.equal(usage.opened.toNumber(), 1);
    assert.equal((await api.query.consentRegistry.emergencyOpenings(patient)).toNumber(), 1);

    // The record of the emergency care (the public emergency class) is open to the session;
    // a record of the patient's needs its keeper's emergency key (06-records logs one).
    const d = await check(k.charlie.address, EMERGENCY_TAG, 'Read', 'emergency');
    assert.ok(d.isPermit, d.toString());
    assert.equal(d.asPermit.basis.asEmergency.toNumber(), session);
    assert.equal(d.asPermit.expiresAt.unwrap().toNumber(), opened.data.expiresAt.toNumber());
    assert.ok((await check(k.charlie.address, EMERGENCY_TAG, 'Append', 'emergency')).isPermit);
    const unopened = await check(k.charlie.address, w.class('medications'), 'Read', 'emergency');
    assert.ok(unopened.isDeny);

    const closed = await ok(api.tx.consentRegistry.closeEmergencyAccess(patient, k.charlie.address), k.dave);
    const [c] = eventsOf(closed.events, 'consentRegistry', 'EmergencyAccessClosed');
    assert.equal(c.data.by.toString(), k.dave.address);
    assert.ok(c.data.expired.isFalse);
    const after = await check(k.charlie.address, EMERGENCY_TAG, 'Read', 'emergency');
    assert.ok(after.isDeny);
  });

  it('anyone removes the revoked consent; the deposit goes back to the representative', async () => {
    await ok(api.tx.consentRegistry.removeConsent(patient, consent), k.ferdie);
    const holds = await api.query.balances.holds(k.eve.address);
    assert.equal(
      holds.find((h) => h.id.isConsentRegistry),
      undefined,
    );
    const page = await api.call.consentApi.consents(patient, null, 10);
    assert.equal(page.consents.length, 0);
  });

  it("the physician asks for a consent; Dave reads the sealed terms and accepts on the physician's deposit", async () => {
    // The physician has no tag key: it writes the terms in codes, sealed for Dave's key on chain.
    const key = await api.call.identityApi.encryptionKey(patient);
    const asked = {
      categories: ['laboratory'],
      actions: ['Read'],
      purposes: ['TREAT'],
      note: 'lipid panel review',
    };
    const sealed = await sealTerms(key.unwrap().key, asked);
    const expires = (await api.query.timestamp.now()).toNumber() + 3_600_000;
    const { events } = await ok(
      api.tx.consentRegistry.requestConsent(patient, { Practitioner: k.charlie.address }, sealed, expires),
      k.charlie,
    );
    const [requested] = eventsOf(events, 'consentRegistry', 'ConsentRequested');
    const request = requested.data.request.toNumber();
    // The chain holds the sealed bytes and the grantee, not what was asked.
    const listed = await api.call.consentApi.openRequests(patient);
    assert.deepEqual(
      listed.map((r) => [r.id.toNumber(), r.requester.toString(), r.keyVersion.toNumber()]),
      [[request, k.charlie.address, 1]],
    );
    assert.ok(!JSON.stringify(listed.toHuman()).includes('laboratory'));
    // Dave's wallet opens them and writes the consent in his tags.
    const terms = await openTerms(daveKeys.privateKey, listed[0].sealedTerms.toU8a(true));
    assert.deepEqual(terms, asked);
    const before = await check(k.charlie.address, w.class('laboratory'), 'Read', 'TREAT');
    assert.ok(before.isDeny, before.toString());
    const accepted = await ok(
      api.tx.consentRegistry.acceptRequest(
        patient,
        request,
        w.terms({ categories: terms.categories, actions: terms.actions, purposes: terms.purposes }),
      ),
      k.dave,
    );
    const [closed] = eventsOf(accepted.events, 'consentRegistry', 'ConsentRequestClosed');
    assert.equal(closed.data.outcome.toString(), 'Accepted');
    const granted = closed.data.consent.unwrap().toNumber();
    const d = await check(k.charlie.address, w.class('laboratory'), 'Read', 'TREAT');
    assert.equal(d.asPermit.basis.asConsent.toNumber(), granted);
    // The deposit is the physician's, held for the consent; none is left for the request.
    const holds = await api.query.balances.holds(k.charlie.address);
    const held = (reason) =>
      holds.filter((h) => h.id.isConsentRegistry && h.id.asConsentRegistry.toString() === reason).length;
    assert.deepEqual([held('ConsentDeposit'), held('RequestDeposit')], [1, 0]);
    assert.equal((await api.call.consentApi.openRequests(patient)).length, 0);
  });
});
