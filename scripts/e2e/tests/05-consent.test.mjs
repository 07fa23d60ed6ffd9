// Consent end to end: a patient grants an organisation access, its practitioner is permitted
// (checked through the ConsentApi runtime API with `api.call`), sensitive data stays closed, the
// grant is listed and revoked (deny at once), and a physician opens, uses and loses emergency
// access. Everything is decoded from metadata only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { connect, devAccounts, eventsOf, submit, submitOk } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

const KEY = `0x${'33'.repeat(32)}`;
const LICENCE = `0x${'cd'.repeat(32)}`;

describe('consent registry', () => {
  let node;
  let api;
  let k;
  let org;
  let patient;
  let consent;
  let expiry;

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
  const check = (who, category, action, purpose) =>
    api.call.consentApi.checkAccess(patient, who, category, action, purpose, null);

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
    const reg = await ok(api.tx.patientIdentity.registerPatient(KEY, null), k.dave);
    patient = eventsOf(reg.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
    const scope = { consents: true, records: false, encryptionKey: false, deactivation: false };
    await ok(api.tx.patientIdentity.appointRepresentative(patient, k.eve.address, scope, null, null), k.dave);
  });

  it('without consent the physician is denied', async () => {
    const d = await check(k.charlie.address, 'Allergies', 'Read', 'Treatment');
    assert.ok(d.isDeny, d.toString());
    assert.ok(d.asDeny.reason.isNoConsent);
    const own = await check(k.dave.address, 'MentalHealth', 'Read', 'Treatment');
    assert.ok(own.asPermit.basis.isPatientOrRepresentative);
  });

  it('the representative grants the hospital read access to all standard categories', async () => {
    // Dates: milliseconds since the Unix epoch, on the chain's clock (its timestamp).
    expiry = (await api.query.timestamp.now()).toNumber() + 24 * 3_600_000;
    const terms = {
      categories: 'AllStandard',
      actions: ['Read'],
      purposes: ['Treatment'],
      startsAt: null,
      expiresAt: expiry,
      records: [],
    };
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

  it('ConsentApi permits the physician, under that consent, but not sensitive data', async () => {
    const d = await check(k.charlie.address, 'Allergies', 'Read', 'Treatment');
    assert.ok(d.isPermit, d.toString());
    assert.equal(d.asPermit.basis.asConsent.toNumber(), consent);
    assert.equal(d.asPermit.expiresAt.unwrap().toNumber(), expiry);
    const sensitive = await check(k.charlie.address, 'MentalHealth', 'Read', 'Treatment');
    assert.ok(sensitive.asDeny.reason.isNoConsent);
    const write = await check(k.charlie.address, 'Allergies', 'Amend', 'Treatment');
    assert.ok(write.isDeny);
    const other = await check(k.ferdie.address, 'Allergies', 'Read', 'Treatment');
    assert.ok(other.isDeny);
  });

  it('the consent is listed for the patient', async () => {
    const page = await api.call.consentApi.consents(patient, null, 10);
    assert.equal(page.consents.length, 1);
    const c = page.consents[0];
    assert.equal(c.id.toNumber(), consent);
    assert.ok(c.categories.isAllStandard);
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
    const d = await check(k.charlie.address, 'Allergies', 'Read', 'Treatment');
    assert.ok(d.isDeny && d.asDeny.reason.isNoConsent, d.toString());
    const [c] = (await api.call.consentApi.consents(patient, null, 10)).consents;
    assert.ok(c.revokedAt.isSome);
    assert.ok(c.inForce.isFalse);
  });

  it('only practitioners may break the glass', async () => {
    const bad = await submit(
      api,
      api.tx.consentRegistry.openEmergencyAccess(patient, 'LifeThreatening'),
      k.ferdie,
      { until: 'inBlock' },
    );
    assert.equal(bad.dispatchError?.name, 'consentRegistry.NotPractitioner');
  });

  it('emergency access: opened and recorded, permits non-sensitive reads, closed by the patient', async () => {
    const { events } = await ok(
      api.tx.consentRegistry.openEmergencyAccess(patient, 'PatientUnableToConsent'),
      k.charlie,
    );
    const [opened] = eventsOf(events, 'consentRegistry', 'EmergencyAccessOpened');
    assert.equal(opened.data.practitioner.toString(), k.charlie.address);
    assert.equal(opened.data.reason.toString(), 'PatientUnableToConsent');
    const session = opened.data.session.toNumber();
    const usage = await api.query.consentRegistry.emergencyUsages(k.charlie.address);
    assert.equal(usage.opened.toNumber(), 1);
    assert.equal((await api.query.consentRegistry.emergencyOpenings(patient)).toNumber(), 1);

    const d = await check(k.charlie.address, 'Medications', 'Read', 'EmergencyTreatment');
    assert.ok(d.isPermit, d.toString());
    assert.equal(d.asPermit.basis.asEmergency.toNumber(), session);
    assert.equal(d.asPermit.expiresAt.unwrap().toNumber(), opened.data.expiresAt.toNumber());
    const sensitive = await check(k.charlie.address, 'SubstanceUse', 'Read', 'EmergencyTreatment');
    assert.ok(sensitive.isDeny);

    const closed = await ok(api.tx.consentRegistry.closeEmergencyAccess(patient, k.charlie.address), k.dave);
    const [c] = eventsOf(closed.events, 'consentRegistry', 'EmergencyAccessClosed');
    assert.equal(c.data.by.toString(), k.dave.address);
    assert.ok(c.data.expired.isFalse);
    const after = await check(k.charlie.address, 'Medications', 'Read', 'EmergencyTreatment');
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
});
