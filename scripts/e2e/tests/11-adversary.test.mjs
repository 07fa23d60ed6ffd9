// Adversaries of the patient's "no", through polkadot.js against a real node: a practitioner the
// patient denied who holds an emergency session, a deny of every class, a practitioner who
// reopens break-glass after the patient closed it, one who floods sessions, a reviewer from
// another organisation, a practitioner who moved to a payer; a hostile representative, an
// impostor who tries to recover a patient's identity, an impostor custodian and a log flood;
// strangers who take up, withdraw or quit someone else's place, a representative who confirms its
// own permits, and rules changed under a running recovery.
// Every attempt fails with a named module error and leaves the storage it touches as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';

import {
  connect,
  EMERGENCY_TAG,
  eventsOf,
  patientWallet,
  reasonCommitment,
  sealedCommitment,
  submit,
  submitOk,
} from '@medledger/sdk';
import { devAccounts, submitAll } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

const KEY = `0x${'55'.repeat(32)}`;
const LICENCE = `0x${'ab'.repeat(32)}`;
const HOUR = 3_600_000;
// The commitment to a hospital's note of why it broke the glass.
const REASON = reasonCommitment('BTG').hash;
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
  let store;

  /** `admin` invites each of `who` to `organisation` with `role`, and each accepts. */
  async function hire(admin, organisation, who, role) {
    await submitAll(
      api,
      who.map((p) => api.tx.patientIdentity.invitePractitioner(p.address, role)),
      admin,
    );
    await Promise.all(who.map((p) => ok(api.tx.patientIdentity.acceptInvitation(organisation), p)));
  }

  const ok = (tx, signer) => submitOk(api, tx, signer);
  const attempt = (tx, signer) => submit(api, tx, signer, { until: 'inBlock' });
  // The patients' wallet (one tag key for the file's patients). A class by its category code, or
  // 'MH' / 'ETH' for a clinical note with that label, or 'emergency' (the public emergency
  // class); a purpose by its PurposeOfUse code, or 'emergency'.
  const w = patientWallet();
  const cls = (name) =>
    name === 'emergency'
      ? EMERGENCY_TAG
      : ['MH', 'ETH'].includes(name)
        ? w.class('clinical-notes', [name])
        : w.class(name);
  const pur = (code) => (code === 'emergency' ? EMERGENCY_TAG : w.purpose(code));
  const check = (who, name, action, purpose, of = patient) =>
    api.call.consentApi.checkAccess(of, who, cls(name), action, pur(purpose), null, null);
  /** Runs `act` and asserts it failed with `error` and left every `reads()` value unchanged. */
  async function refused(error, act, reads) {
    const before = (await reads()).map((v) => v.toHex());
    const r = await act();
    assert.equal(r.dispatchError?.name, error, JSON.stringify(r.dispatchError));
    assert.deepEqual(
      (await reads()).map((v) => v.toHex()),
      before,
      `${error}: storage changed`,
    );
  }
  const request = (n, name, purpose) => ({
    patient,
    contentHash: hash(n),
    algorithm: 'Sha2_256',
    location: `https://store.example/r/${n}`,
    class: cls(name),
    keyManifest: null,
    emergencyCommitment: sealedCommitment(),
    purpose: pur(purpose),
    custodian: store,
  });
  // `categories`: 'All', or { Only: [class names] }; `purposes`: codes (not expanded: each test
  // says exactly what the chain compares).
  const terms = (categories, actions, purposes, expiresAt = null) => ({
    classes: categories === 'All' ? 'All' : { Only: categories.Only.map(cls).sort() },
    actions,
    purposes: purposes.map(pur).sort(),
    startsAt: null,
    expiresAt,
    records: [],
  });
  const records = () => api.query.recordAnchor.records.entries(patient);

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    k = devAccounts();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const names = [
      'nurse',
      'flooder',
      'mover',
      'payerAdmin',
      'storeAdmin',
      'clerk',
      'hostile',
      'impostor',
      'contactA',
      'contactB',
      'contactC',
      'newPhone',
      'invitee',
      'squatter',
      ...Array.from({ length: 9 }, (_, i) => `p${i}`),
    ];
    a = Object.fromEntries(names.map((n) => [n, keyring.addFromUri(`//Adversary//${n}`)]));
    await submitAll(
      api,
      Object.values(a).map((acc) => api.tx.balances.transferKeepAlive(acc.address, 1_000n * 10n ** 12n)),
      k.alice,
    );
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
    const admit = (name, kind, admin) =>
      api.tx.sudo.sudo(api.tx.patientIdentity.admitOrganisation(name, kind, 'DE', LICENCE, admin));
    const [h, , s] = await submitAll(
      api,
      [
        admit('St. Adversary', 'Hospital', k.bob.address),
        admit('Curious Insurance', 'Payer', a.payerAdmin.address),
        admit('Adversary Records Store', 'DataCustodian', a.storeAdmin.address),
      ],
      k.alice,
    );
    const admitted = (r) =>
      eventsOf(r.events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();
    hospital = admitted(h);
    store = admitted(s);
    await hire(k.bob, hospital, [k.charlie, a.nurse, a.flooder, a.mover], 'Physician');
    await hire(a.storeAdmin, store, [a.clerk], 'Clerk');
    const regs = await Promise.all(
      [k.dave, ...names9()].map((p) => ok(api.tx.patientIdentity.registerPatient(KEY, null), p)),
    );
    const ids = regs.map((r) =>
      eventsOf(r.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber(),
    );
    [patient, ...floodPatients] = ids;
    // Eve represents the patient for consents and records.
    await ok(
      api.tx.patientIdentity.appointRepresentative(
        patient,
        k.eve.address,
        { consents: true, records: true, encryptionKey: false, deactivation: false },
        null,
        null,
      ),
      k.dave,
    );
    assert.equal(floodPatients.length, limits.open + 1);
  });
  const names9 = () => Array.from({ length: 9 }, (_, i) => a[`p${i}`]);

  it('a denied practitioner with an emergency session writes nothing through it', async () => {
    await ok(api.tx.consentRegistry.openEmergencyAccess(patient, REASON), k.charlie);
    // The patient denies Dr Charlie appending allergies for treatment.
    const { events } = await ok(
      api.tx.consentRegistry.denyAccess(
        patient,
        { Practitioner: k.charlie.address },
        terms({ Only: ['allergies'] }, ['Append'], ['TREAT']),
      ),
      k.dave,
    );
    const deny = eventsOf(events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
    await refused(
      'recordAnchor.WriteNotPermitted',
      () => attempt(api.tx.recordAnchor.anchorRecord(request(1, 'allergies', 'TREAT')), k.charlie),
      async () => [await records()].map((r) => api.createType('u32', r.length)),
    );
    // A deny naming him also ends his break-glass: no emergency append, no emergency read.
    await refused(
      'recordAnchor.WriteNotPermitted',
      () => attempt(api.tx.recordAnchor.anchorRecord(request(2, 'emergency', 'emergency')), k.charlie),
      async () => [await records()].map((r) => api.createType('u32', r.length)),
    );
    const d = await check(k.charlie.address, 'emergency', 'Read', 'emergency');
    assert.equal(d.asDeny.reason.asDeniedByConsent.toNumber(), deny, d.toString());
    // Nor can he open another session for this patient.
    await refused(
      'consentRegistry.DeniedByPatient',
      () => attempt(api.tx.consentRegistry.openEmergencyAccess(patient, REASON), k.charlie),
      async () => [
        await api.query.consentRegistry.emergencyAccesses(patient, k.charlie.address),
        await api.query.consentRegistry.emergencyUsages(k.charlie.address),
      ],
    );
  });

  it('a deny of all classes blocks the labelled ones; a permit of all is refused', async () => {
    await ok(
      api.tx.consentRegistry.grantConsent(
        patient,
        { Organisation: hospital },
        terms({ Only: ['MH'] }, ['Read'], ['TREAT']),
      ),
      k.dave,
    );
    assert.ok((await check(a.nurse.address, 'MH', 'Read', 'TREAT')).isPermit);
    const everything = terms(
      'All',
      ['Read', 'Append', 'Amend'],
      ['TREAT', 'emergency', 'HPAYMT', 'HOPERAT', 'HRESCH', 'PUBHLTH', 'PATRQT'],
    );
    const { events } = await ok(
      api.tx.consentRegistry.denyAccess(patient, { Organisation: hospital }, everything),
      k.dave,
    );
    const deny = eventsOf(events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
    for (const category of ['MH', 'ETH', 'allergies']) {
      const d = await check(a.nurse.address, category, 'Read', 'TREAT');
      assert.equal(d.asDeny.reason.asDeniedByConsent.toNumber(), deny, `${category}: ${d}`);
    }
    await refused(
      'consentRegistry.PermitOfAllClasses',
      () =>
        attempt(api.tx.consentRegistry.grantConsent(patient, { Organisation: hospital }, everything), k.dave),
      async () => [await api.query.consentRegistry.consentCount(patient)],
    );
    await ok(api.tx.consentRegistry.revokeConsent(patient, deny), k.dave);
  });

  it('a permit cannot name the public emergency tag, so no consent widens break-glass', async () => {
    for (const t of [
      terms({ Only: ['emergency'] }, ['Read'], ['TREAT']),
      terms({ Only: ['allergies'] }, ['Read'], ['emergency']),
    ]) {
      await refused(
        'consentRegistry.ReservedTag',
        () => attempt(api.tx.consentRegistry.grantConsent(patient, { Organisation: hospital }, t), k.dave),
        async () => [await api.query.consentRegistry.consentCount(patient)],
      );
    }
  });

  it('a provider cannot pester a patient with consent requests, nor accept its own', async () => {
    const now = (await api.query.timestamp.now()).toNumber();
    const expires = now + 24 * 3600 * 1000;
    const sealed = `0x${'a5'.repeat(48)}`;
    const ask = (grantee, who) =>
      attempt(api.tx.consentRegistry.requestConsent(patient, grantee, sealed, expires), who);
    const { events } = await ok(
      api.tx.consentRegistry.requestConsent(patient, { Organisation: hospital }, sealed, expires),
      a.nurse,
    );
    const request = eventsOf(events, 'consentRegistry', 'ConsentRequested')[0].data.request.toNumber();
    const reads = async () => [
      await api.query.consentRegistry.openRequestCount(patient),
      await api.query.consentRegistry.consentCount(patient),
      await api.query.consentRegistry.consentRequests(patient, request),
    ];
    await refused(
      'consentRegistry.RequestAlreadyOpen',
      () => ask({ Practitioner: a.nurse.address }, a.nurse),
      reads,
    );
    await refused(
      'consentRegistry.MayNotRequest',
      () => ask({ Practitioner: a.nurse.address }, a.flooder),
      reads,
    );
    const deny = eventsOf(
      (
        await ok(
          api.tx.consentRegistry.denyAccess(
            patient,
            { Practitioner: a.flooder.address },
            terms({ Only: ['allergies'] }, ['Read'], ['TREAT']),
          ),
          k.dave,
        )
      ).events,
      'consentRegistry',
      'ConsentRecorded',
    )[0].data.consent.toNumber();
    await refused(
      'consentRegistry.DeniedByPatient',
      () => ask({ Practitioner: a.flooder.address }, a.flooder),
      reads,
    );
    await ok(api.tx.consentRegistry.revokeConsent(patient, deny), k.dave);
    await refused(
      'consentRegistry.NotPatientOrRepresentative',
      () =>
        attempt(
          api.tx.consentRegistry.acceptRequest(
            patient,
            request,
            terms({ Only: ['allergies'] }, ['Read'], ['TREAT']),
          ),
          a.nurse,
        ),
      reads,
    );
    await refused(
      'consentRegistry.MayNotCloseRequest',
      () => attempt(api.tx.consentRegistry.closeRequest(patient, request), a.flooder),
      reads,
    );
    const listed = await api.call.consentApi.openRequests(patient);
    assert.deepEqual(
      listed.map((r) => r.id.toNumber()),
      [request],
    );
    const closed = await ok(api.tx.consentRegistry.closeRequest(patient, request), k.dave);
    assert.equal(
      eventsOf(closed.events, 'consentRegistry', 'ConsentRequestClosed')[0].data.outcome.toString(),
      'Declined',
    );
  });

  it('after the patient closes a session, the practitioner cannot reopen it during the cool-down', async () => {
    await ok(api.tx.consentRegistry.openEmergencyAccess(patient, REASON), a.nurse);
    const { events } = await ok(api.tx.consentRegistry.closeEmergencyAccess(patient, a.nurse.address), k.eve);
    const [closed] = eventsOf(events, 'consentRegistry', 'EmergencyAccessClosed');
    const cooldown = api.consts.consentRegistry.emergencyCooldown.toNumber();
    assert.ok(closed.data.reopenAfter.toNumber() >= Date.now() + cooldown - 2 * HOUR);
    await refused(
      'consentRegistry.ReopenTooSoon',
      () => attempt(api.tx.consentRegistry.openEmergencyAccess(patient, REASON), a.nurse),
      async () => [
        await api.query.consentRegistry.emergencyAccesses(patient, a.nurse.address),
        await api.query.consentRegistry.emergencyUsages(a.nurse.address),
        await api.query.consentRegistry.emergencyOpenings(patient),
      ],
    );
  });

  it('one practitioner cannot flood sessions: open at once, and openings a day', async () => {
    const open = (p) => api.tx.consentRegistry.openEmergencyAccess(p, REASON);
    const close = (p) => api.tx.consentRegistry.closeEmergencyAccess(p, a.flooder.address);
    const opened = await submitAll(api, floodPatients.slice(0, limits.open).map(open), a.flooder);
    assert.ok(opened.every((r) => r.dispatchError === null));
    const usage = () => api.query.consentRegistry.emergencyUsages(a.flooder.address);
    await refused(
      'consentRegistry.TooManyOpenSessions',
      () => attempt(open(floodPatients[limits.open]), a.flooder),
      async () => [await usage()],
    );
    // Closing its own sessions makes room, but the day's openings still count.
    const txs = floodPatients.slice(0, limits.open).map(close);
    for (let n = limits.open; n < limits.perDay; n += 1) {
      const p = floodPatients[n % floodPatients.length];
      txs.push(open(p), close(p));
    }
    const cycled = await submitAll(api, txs, a.flooder);
    assert.ok(
      cycled.every((r) => r.dispatchError === null),
      JSON.stringify(cycled.map((r) => r.dispatchError)),
    );
    assert.equal((await usage()).openedThatDay.toNumber(), limits.perDay);
    await refused(
      'consentRegistry.TooManyOpeningsToday',
      () => attempt(open(floodPatients[0]), a.flooder),
      async () => [await usage()],
    );
  });

  it("only the session's organisation reviews it; the review returns the deposit", async () => {
    const { session } = (
      await api.query.consentRegistry.emergencyAccesses(patient, a.nurse.address)
    ).unwrap();
    await refused(
      'consentRegistry.NotOrganisationAdmin',
      () => attempt(api.tx.consentRegistry.reviewEmergencyAccess(session), a.payerAdmin),
      async () => [await api.query.consentRegistry.emergencySessions(session)],
    );
    const tally = await api.query.consentRegistry.organisationEmergencies(hospital);
    const { events } = await ok(api.tx.consentRegistry.reviewEmergencyAccess(session), k.bob);
    assert.equal(eventsOf(events, 'consentRegistry', 'EmergencyAccessReviewed').length, 1);
    assert.ok((await api.query.consentRegistry.emergencySessions(session)).isNone);
    const after = await api.query.consentRegistry.organisationEmergencies(hospital);
    assert.equal(after.unreviewed.toNumber(), tally.unreviewed.toNumber() - 1);
  });

  it('a permit does not follow a practitioner who moved to a payer', async () => {
    const expiresAt = (await api.query.timestamp.now()).toNumber() + 30 * 24 * HOUR;
    const { events } = await ok(
      api.tx.consentRegistry.grantConsent(
        patient,
        { Practitioner: a.mover.address },
        terms({ Only: ['laboratory'] }, ['Read', 'Append'], ['TREAT'], expiresAt),
      ),
      k.dave,
    );
    const consent = eventsOf(events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
    const d = await check(a.mover.address, 'laboratory', 'Read', 'TREAT');
    assert.equal(d.asPermit.basis.asConsent.toNumber(), consent);
    assert.equal(d.asPermit.expiresAt.unwrap().toNumber(), expiresAt, 'the period is a date');
    // The practitioner leaves the hospital and joins the payer.
    await ok(api.tx.patientIdentity.removePractitioner(a.mover.address), k.bob);
    await ok(api.tx.patientIdentity.invitePractitioner(a.mover.address, 'Clerk'), a.payerAdmin);
    const payer = (await api.query.patientIdentity.organisationOfAdmin(a.payerAdmin.address)).unwrap();
    await ok(api.tx.patientIdentity.acceptInvitation(payer), a.mover);
    assert.ok((await check(a.mover.address, 'laboratory', 'Read', 'TREAT')).asDeny.reason.isNoConsent);
    await refused(
      'recordAnchor.WriteNotPermitted',
      () => attempt(api.tx.recordAnchor.anchorRecord(request(3, 'laboratory', 'TREAT')), a.mover),
      async () => [await records()].map((r) => api.createType('u32', r.length)),
    );
    const listed = (await api.call.consentApi.consents(patient, null, 100)).consents.find(
      (c) => c.id.toNumber() === consent,
    );
    assert.equal(listed.organisation.unwrap().toNumber(), hospital);
  });
  it('a hostile representative: no key swap, no deactivation, and its permits lapse with it', async () => {
    const scope = { consents: true, records: false, encryptionKey: false, deactivation: false };
    await ok(
      api.tx.patientIdentity.appointRepresentative(patient, a.hostile.address, scope, null, null),
      k.dave,
    );
    const patientEntry = async () => [await api.query.patientIdentity.patients(patient)];
    await refused(
      'patientIdentity.NotPatientOrRepresentative',
      () => attempt(api.tx.patientIdentity.rotateEncryptionKey(patient, `0x${'66'.repeat(32)}`), a.hostile),
      patientEntry,
    );
    await refused(
      'patientIdentity.NotPatientOrRepresentative',
      () => attempt(api.tx.patientIdentity.deactivatePatient(patient), a.hostile),
      patientEntry,
    );
    await refused(
      'patientIdentity.NotPatientOrRepresentative',
      () => attempt(api.tx.patientIdentity.requestDeactivation(patient), a.hostile),
      async () => [await api.query.patientIdentity.pendingDeactivations(patient)],
    );
    const anchored = await ok(api.tx.recordAnchor.anchorRecord(request(8, 'laboratory', 'PATRQT')), k.dave);
    const record = eventsOf(anchored.events, 'recordAnchor', 'RecordAnchored')[0].data.record.toHex();
    await refused(
      'recordAnchor.MayNotErase',
      () => attempt(api.tx.recordAnchor.eraseRecord(record), a.hostile),
      async () => [await api.call.recordApi.record(record)],
    );
    // It grants a sensitive permit in the patient's name (nothing else permits it)...
    const { events } = await ok(
      api.tx.consentRegistry.grantConsent(
        patient,
        { Practitioner: a.nurse.address },
        terms({ Only: ['ETH'] }, ['Read'], ['TREAT']),
      ),
      a.hostile,
    );
    const consent = eventsOf(events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
    assert.equal(
      (await check(a.nurse.address, 'ETH', 'Read', 'TREAT')).asPermit.basis.asConsent.toNumber(),
      consent,
    );
    // ...which stops permitting the moment the patient removes it.
    await ok(api.tx.patientIdentity.removeRepresentative(patient, a.hostile.address), k.dave);
    const d = await check(a.nurse.address, 'ETH', 'Read', 'TREAT');
    assert.ok(d.isDeny, d.toString());
    const listed = (await api.call.consentApi.consents(patient, null, 100)).consents.find(
      (c) => c.id.toNumber() === consent,
    );
    assert.equal(listed.inForce.isTrue, false);
  });

  it("an impostor cannot take over a patient's identity through recovery", async () => {
    await ok(
      api.tx.patientIdentity.setRecoveryConfig(
        [a.contactA.address, a.contactB.address, a.contactC.address],
        2,
        api.consts.patientIdentity.minRecoveryDelay,
      ),
      k.dave,
    );
    const state = async () => [
      await api.query.patientIdentity.patients(patient),
      await api.query.patientIdentity.activeRecoveries(patient),
    ];
    // A contact cannot recover the identity to itself.
    await refused(
      'patientIdentity.ContactCannotRecover',
      () => attempt(api.tx.patientIdentity.startRecovery(patient), a.contactA),
      state,
    );
    // The impostor starts a recovery to its own account; one contact is fooled.
    await ok(api.tx.patientIdentity.startRecovery(patient), a.impostor);
    await ok(api.tx.patientIdentity.approveRecovery(patient, a.impostor.address), a.contactA);
    // Claiming at once is refused: the delay gives the patient time.
    await refused(
      'patientIdentity.RecoveryDelayNotOver',
      () => attempt(api.tx.patientIdentity.claimRecovery(patient), a.impostor),
      state,
    );
    // The fooled contact withdraws; a majority of contacts cancels; the impostor pays.
    await ok(api.tx.patientIdentity.withdrawRecoveryApproval(patient), a.contactA);
    const before = (await api.query.system.account(k.dave.address)).data.free.toBigInt();
    await ok(api.tx.patientIdentity.cancelRecovery(patient), a.contactA);
    const { events } = await ok(api.tx.patientIdentity.cancelRecovery(patient), a.contactB);
    assert.equal(eventsOf(events, 'patientIdentity', 'RecoveryCancelled').length, 1);
    const deposit = api.consts.patientIdentity.recoveryDeposit.toBigInt();
    assert.equal((await api.query.system.account(k.dave.address)).data.free.toBigInt(), before + deposit);
    // The real new phone can start a recovery of its own: nothing is blocked.
    await ok(api.tx.patientIdentity.startRecovery(patient), a.newPhone);
    await ok(api.tx.patientIdentity.cancelRecovery(patient), k.dave);
  });

  it("an impostor custodian writes nothing in a patient's access log, nor does a flood of strangers", async () => {
    const { events } = await ok(api.tx.recordAnchor.anchorRecord(request(9, 'laboratory', 'PATRQT')), k.dave);
    const record = eventsOf(events, 'recordAnchor', 'RecordAnchored')[0].data.record.toHex();
    const log = async () => [await api.query.recordAnchor.accessLogBounds(patient)];
    // The hospital's physician is in good standing, but not the record's custodian.
    await refused(
      'recordAnchor.NotCustodian',
      () => attempt(api.tx.recordAnchor.logAccess(record, k.dave.address, pur('PATRQT'), null), k.charlie),
      log,
    );
    // Accounts without any standing cannot fill the log with denials.
    for (const who of [a.p0, a.p1, a.impostor]) {
      await refused(
        'recordAnchor.NotCustodian',
        () => attempt(api.tx.recordAnchor.logDeniedAccess(record, who.address, pur('HRESCH')), who),
        log,
      );
    }
    // The custodian's clerk logs the read.
    await ok(api.tx.recordAnchor.logAccess(record, k.dave.address, pur('PATRQT'), null), a.clerk);
  });

  it('no one takes up, withdraws or gives up a place that is not theirs', async () => {
    await ok(api.tx.patientIdentity.invitePractitioner(a.invitee.address, 'Nurse'), k.bob);
    const places = async () => [
      await api.query.patientIdentity.practitionerInvitations(a.invitee.address, hospital),
      await api.query.patientIdentity.practitioners(a.squatter.address),
      await api.query.patientIdentity.organisations(hospital),
    ];
    // An uninvited account cannot join the hospital.
    await refused(
      'patientIdentity.InvitationNotFound',
      () => attempt(api.tx.patientIdentity.acceptInvitation(hospital), a.squatter),
      places,
    );
    // Another organisation's admin cannot withdraw the hospital's invitation...
    await refused(
      'patientIdentity.NotOrganisationAuthority',
      () => attempt(api.tx.patientIdentity.withdrawInvitation(hospital, a.invitee.address), a.payerAdmin),
      places,
    );
    // ...nor can a stranger, and no one resigns a place it does not hold.
    await refused(
      'patientIdentity.NotOrganisationAuthority',
      () => attempt(api.tx.patientIdentity.withdrawInvitation(hospital, a.invitee.address), a.squatter),
      places,
    );
    await refused(
      'patientIdentity.PractitionerNotFound',
      () => attempt(api.tx.patientIdentity.resign(), a.squatter),
      places,
    );
    // The invited nurse joins; only then can it resign.
    await ok(api.tx.patientIdentity.acceptInvitation(hospital), a.invitee);
    await ok(api.tx.patientIdentity.resign(), a.invitee);
    assert.ok((await api.query.patientIdentity.practitioners(a.invitee.address)).isNone);
  });

  it("no stranger removes a patient's representative, and a representative cannot confirm its own permits", async () => {
    const representation = async () => [
      await api.query.patientIdentity.representatives(patient, k.eve.address),
    ];
    await refused(
      'patientIdentity.MayNotRemoveRepresentative',
      () => attempt(api.tx.patientIdentity.removeRepresentative(patient, k.eve.address), a.squatter),
      representation,
    );
    // Eve grants in the patient's name; only the patient can make that permit outlast Eve.
    const { events } = await ok(
      api.tx.consentRegistry.grantConsent(
        patient,
        { Practitioner: a.nurse.address },
        terms({ Only: ['laboratory'] }, ['Read'], ['TREAT']),
      ),
      k.eve,
    );
    const consent = eventsOf(events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
    const stored = async () => [await api.query.consentRegistry.consents([patient, consent])];
    await refused(
      'consentRegistry.NotPatient',
      () => attempt(api.tx.consentRegistry.confirmConsent(patient, consent), k.eve),
      stored,
    );
    await refused(
      'consentRegistry.NotPatientOrRepresentative',
      () => attempt(api.tx.consentRegistry.confirmConsent(patient, consent), a.squatter),
      stored,
    );
    await ok(api.tx.consentRegistry.confirmConsent(patient, consent), k.dave);
    // A stranger has no deactivation of its own to cancel; the patient's is not its to stop.
    await refused(
      'patientIdentity.PatientNotFound',
      () => attempt(api.tx.patientIdentity.cancelDeactivation(), a.squatter),
      async () => [await api.query.patientIdentity.pendingDeactivations(patient)],
    );
  });

  it('the recovery rules cannot change while a recovery runs', async () => {
    const rules = async () => [
      await api.query.patientIdentity.recoveryConfigs(patient),
      await api.query.patientIdentity.activeRecoveries(patient),
    ];
    await ok(api.tx.patientIdentity.startRecovery(patient), a.newPhone);
    await refused(
      'patientIdentity.RecoveryInProgress',
      () =>
        attempt(
          api.tx.patientIdentity.setRecoveryConfig(
            [a.contactA.address],
            1,
            api.consts.patientIdentity.minRecoveryDelay,
          ),
          k.dave,
        ),
      rules,
    );
    await refused(
      'patientIdentity.RecoveryInProgress',
      () => attempt(api.tx.patientIdentity.removeRecoveryConfig(), k.dave),
      rules,
    );
    await ok(api.tx.patientIdentity.cancelRecovery(patient), k.dave);
  });
});
