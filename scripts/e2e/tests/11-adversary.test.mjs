// Adversaries of the patient's "no", through polkadot.js against a real node: a practitioner the
// patient denied who holds an emergency session, a deny of every category, a practitioner who
// reopens break-glass after the patient closed it, one who floods sessions, a reviewer from
// another organisation, and a practitioner who moved to a payer. Every attempt fails with a named
// module error and leaves the storage it touches as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';

import { connect, devAccounts, eventsOf, submit, submitAll, submitOk } from '../lib/chain.mjs';
import { startNode } from '../lib/node.mjs';

const KEY = `0x${'55'.repeat(32)}`;
const LICENCE = `0x${'ab'.repeat(32)}`;
const HOUR = 3_600_000;
const hash = (n) => `0x${n.toString(16).padStart(2, '0').repeat(32)}`;

describe('adversaries of consent and break-glass', () => {
  let node;
  let api;
  let k;
  let a; // fresh accounts of this file
  let hospital;
  let patient;
  let floodPatients;
  let limits;

  const ok = (tx, signer) => submitOk(api, tx, signer);
  const attempt = (tx, signer) => submit(api, tx, signer, { until: 'inBlock' });
  const check = (who, category, action, purpose, of = patient) =>
    api.call.consentApi.checkAccess(of, who, category, action, purpose, null);
  /** Runs `act` and asserts it failed with `error` and left every `reads()` value unchanged. */
  async function refused(error, act, reads) {
    const before = (await reads()).map((v) => v.toHex());
    const r = await act();
    assert.equal(r.dispatchError?.name, error, JSON.stringify(r.dispatchError));
    assert.deepEqual((await reads()).map((v) => v.toHex()), before, `${error}: storage changed`);
  }
  const request = (n, category, purpose) => ({
    patient,
    contentHash: hash(n),
    algorithm: 'Sha2_256',
    location: `https://store.example/fhir/Observation/${n}`,
    category,
    resourceType: 'Observation',
    keyManifest: null,
    purpose,
  });
  const terms = (categories, actions, purposes, expiresAt = null) => ({
    categories, actions, purposes, startsAt: null, expiresAt, records: [],
  });
  const records = () => api.query.recordAnchor.records.entries(patient);

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    k = devAccounts();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const names = ['nurse', 'flooder', 'mover', 'payerAdmin', ...Array.from({ length: 9 }, (_, i) => `p${i}`)];
    a = Object.fromEntries(names.map((n) => [n, keyring.addFromUri(`//Adversary//${n}`)]));
    await submitAll(api, Object.values(a).map(
      (acc) => api.tx.balances.transferKeepAlive(acc.address, 1_000n * 10n ** 12n),
    ), k.alice);
    limits = {
      open: api.consts.consentRegistry.maxOpenEmergencySessions.toNumber(),
      perDay: api.consts.consentRegistry.maxEmergencyOpeningsPerDay.toNumber(),
    };
  });
  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  it('sets up a hospital (admin Bob), a payer, practitioners and patients', async () => {
    const admit = (name, kind, admin) => api.tx.sudo.sudo(
      api.tx.patientIdentity.admitOrganisation(name, kind, 'DE', LICENCE, admin),
    );
    const [h] = await submitAll(api, [
      admit('St. Adversary', 'Hospital', k.bob.address),
      admit('Curious Insurance', 'Payer', a.payerAdmin.address),
    ], k.alice);
    hospital = eventsOf(h.events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();
    await submitAll(api, [k.charlie, a.nurse, a.flooder, a.mover].map(
      (p) => api.tx.patientIdentity.registerPractitioner(p.address, 'Physician'),
    ), k.bob);
    const regs = await Promise.all([k.dave, ...names9()].map(
      (p) => ok(api.tx.patientIdentity.registerPatient(KEY, null), p),
    ));
    const ids = regs.map((r) => eventsOf(r.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber());
    [patient, ...floodPatients] = ids;
    await ok(api.tx.patientIdentity.addGuardian(k.eve.address), k.dave);
    assert.equal(floodPatients.length, limits.open + 1);
  });
  const names9 = () => Array.from({ length: 9 }, (_, i) => a[`p${i}`]);

  it('a denied practitioner with an emergency session writes nothing through it', async () => {
    await ok(api.tx.consentRegistry.openEmergencyAccess(patient, 'PatientUnableToConsent'), k.charlie);
    // The patient denies Dr Charlie appending allergies for treatment.
    const { events } = await ok(api.tx.consentRegistry.denyAccess(
      patient, { Practitioner: k.charlie.address }, terms({ Only: ['Allergies'] }, ['Append'], ['Treatment']),
    ), k.dave);
    const deny = eventsOf(events, 'consentRegistry', 'ConsentGranted')[0].data.consent.toNumber();
    await refused('recordAnchor.NotPermitted',
      () => attempt(api.tx.recordAnchor.anchorRecord(request(1, 'Allergies', 'Treatment')), k.charlie),
      async () => [await records()].map((r) => api.createType('u32', r.length)));
    // A deny naming him also ends his break-glass: no emergency append, no emergency read.
    await refused('recordAnchor.NotPermitted',
      () => attempt(api.tx.recordAnchor.anchorRecord(request(2, 'Allergies', 'EmergencyTreatment')), k.charlie),
      async () => [await records()].map((r) => api.createType('u32', r.length)));
    const d = await check(k.charlie.address, 'Medications', 'Read', 'EmergencyTreatment');
    assert.equal(d.asDeny.reason.asDeniedByConsent.toNumber(), deny, d.toString());
    // Nor can he open another session for this patient.
    await refused('consentRegistry.DeniedByPatient',
      () => attempt(api.tx.consentRegistry.openEmergencyAccess(patient, 'LifeThreatening'), k.charlie),
      async () => [
        await api.query.consentRegistry.emergencyAccesses(patient, k.charlie.address),
        await api.query.consentRegistry.emergencyUsages(k.charlie.address),
      ]);
  });

  it('a deny of all categories blocks the sensitive ones; a permit of all is refused', async () => {
    await ok(api.tx.consentRegistry.grantConsent(
      patient, { Organisation: hospital }, terms({ Only: ['MentalHealth'] }, ['Read'], ['Treatment']),
    ), k.dave);
    assert.ok((await check(a.nurse.address, 'MentalHealth', 'Read', 'Treatment')).isPermit);
    const everything = terms('All', ['Read', 'Append', 'Amend'],
      ['Treatment', 'EmergencyTreatment', 'Payment', 'Operations', 'Research', 'PublicHealth', 'PatientRequest']);
    const { events } = await ok(
      api.tx.consentRegistry.denyAccess(patient, { Organisation: hospital }, everything), k.dave,
    );
    const deny = eventsOf(events, 'consentRegistry', 'ConsentGranted')[0].data.consent.toNumber();
    for (const category of ['MentalHealth', 'SubstanceUse', 'Allergies']) {
      const d = await check(a.nurse.address, category, 'Read', 'Treatment');
      assert.equal(d.asDeny.reason.asDeniedByConsent.toNumber(), deny, `${category}: ${d}`);
    }
    await refused('consentRegistry.PermitOfAllCategories',
      () => attempt(api.tx.consentRegistry.grantConsent(patient, { Organisation: hospital }, everything), k.dave),
      async () => [await api.query.consentRegistry.consentCount(patient)]);
    await ok(api.tx.consentRegistry.revokeConsent(patient, deny), k.dave);
  });

  it('after the patient closes a session, the practitioner cannot reopen it during the cool-down', async () => {
    await ok(api.tx.consentRegistry.openEmergencyAccess(patient, 'UrgentCare'), a.nurse);
    const { events } = await ok(api.tx.consentRegistry.closeEmergencyAccess(patient, a.nurse.address), k.eve);
    const [closed] = eventsOf(events, 'consentRegistry', 'EmergencyAccessClosed');
    const cooldown = api.consts.consentRegistry.emergencyCooldown.toNumber();
    assert.ok(closed.data.reopenAfter.toNumber() >= Date.now() + cooldown - 2 * HOUR);
    await refused('consentRegistry.ReopenTooSoon',
      () => attempt(api.tx.consentRegistry.openEmergencyAccess(patient, 'UrgentCare'), a.nurse),
      async () => [
        await api.query.consentRegistry.emergencyAccesses(patient, a.nurse.address),
        await api.query.consentRegistry.emergencyUsages(a.nurse.address),
        await api.query.consentRegistry.emergencyOpenings(patient),
      ]);
  });

  it('one practitioner cannot flood sessions: open at once, and openings a day', async () => {
    const open = (p) => api.tx.consentRegistry.openEmergencyAccess(p, 'Disaster');
    const close = (p) => api.tx.consentRegistry.closeEmergencyAccess(p, a.flooder.address);
    const opened = await submitAll(api, floodPatients.slice(0, limits.open).map(open), a.flooder);
    assert.ok(opened.every((r) => r.dispatchError === null));
    const usage = () => api.query.consentRegistry.emergencyUsages(a.flooder.address);
    await refused('consentRegistry.TooManyOpenSessions',
      () => attempt(open(floodPatients[limits.open]), a.flooder), async () => [await usage()]);
    // Closing its own sessions makes room, but the day's openings still count.
    const txs = floodPatients.slice(0, limits.open).map(close);
    for (let n = limits.open; n < limits.perDay; n += 1) {
      const p = floodPatients[n % floodPatients.length];
      txs.push(open(p), close(p));
    }
    const cycled = await submitAll(api, txs, a.flooder);
    assert.ok(cycled.every((r) => r.dispatchError === null), JSON.stringify(cycled.map((r) => r.dispatchError)));
    assert.equal((await usage()).openedThatDay.toNumber(), limits.perDay);
    await refused('consentRegistry.TooManyOpeningsToday',
      () => attempt(open(floodPatients[0]), a.flooder), async () => [await usage()]);
  });

  it("only the session's organisation reviews it; the review returns the deposit", async () => {
    const { session } = (await api.query.consentRegistry.emergencyAccesses(patient, a.nurse.address)).unwrap();
    await refused('consentRegistry.NotOrganisationAdmin',
      () => attempt(api.tx.consentRegistry.reviewEmergencyAccess(session), a.payerAdmin),
      async () => [await api.query.consentRegistry.emergencySessions(session)]);
    const tally = (await api.query.consentRegistry.organisationEmergencies(hospital));
    const { events } = await ok(api.tx.consentRegistry.reviewEmergencyAccess(session), k.bob);
    assert.equal(eventsOf(events, 'consentRegistry', 'EmergencyAccessReviewed').length, 1);
    assert.ok((await api.query.consentRegistry.emergencySessions(session)).isNone);
    const after = await api.query.consentRegistry.organisationEmergencies(hospital);
    assert.equal(after.unreviewed.toNumber(), tally.unreviewed.toNumber() - 1);
  });

  it('a permit does not follow a practitioner who moved to a payer', async () => {
    const expiresAt = (await api.query.timestamp.now()).toNumber() + 30 * 24 * HOUR;
    const { events } = await ok(api.tx.consentRegistry.grantConsent(
      patient, { Practitioner: a.mover.address }, terms({ Only: ['Laboratory'] }, ['Read', 'Append'], ['Treatment'], expiresAt),
    ), k.dave);
    const consent = eventsOf(events, 'consentRegistry', 'ConsentGranted')[0].data.consent.toNumber();
    const d = await check(a.mover.address, 'Laboratory', 'Read', 'Treatment');
    assert.equal(d.asPermit.basis.asConsent.toNumber(), consent);
    assert.equal(d.asPermit.expiresAt.unwrap().toNumber(), expiresAt, 'the period is a date');
    // The practitioner leaves the hospital and joins the payer.
    await ok(api.tx.patientIdentity.removePractitioner(a.mover.address), k.bob);
    await ok(api.tx.patientIdentity.registerPractitioner(a.mover.address, 'Clerk'), a.payerAdmin);
    assert.ok((await check(a.mover.address, 'Laboratory', 'Read', 'Treatment')).asDeny.reason.isNoConsent);
    await refused('recordAnchor.NotPermitted',
      () => attempt(api.tx.recordAnchor.anchorRecord(request(3, 'Laboratory', 'Treatment')), a.mover),
      async () => [await records()].map((r) => api.createType('u32', r.length)));
    const listed = (await api.call.consentApi.consents(patient, null, 100)).consents.find((c) => c.id.toNumber() === consent);
    assert.equal(listed.organisation.unwrap().toNumber(), hospital);
  });
});
