// Every call and runtime API of the consent registry: a patient grants a hospital read access,
// the access decision is asked through the ConsentApi runtime API (`api.call`), a deny overrides
// a permit, consents are listed, revoked and removed, and a physician opens and closes emergency
// ("break-glass") access, which is always on record. Classes of records and purposes are the
// patient's tags (docs/privacy.md): the patient's wallet makes them from a key it shares only
// with those it grants. `node scripts/examples/consent.mjs`.
import { u8aToHex } from '@polkadot/util';
import {
  EMERGENCY_TAG,
  encryptionKeyPair,
  openTerms,
  patientWallet,
  reasonCommitment,
  runtime,
  sealTerms,
} from '@medledger/sdk';

import { assert, connect, eventData, freshAccounts, organisationAndPatient, send, show } from './lib.mjs';

const api = await connect();
const tx = api.tx.consentRegistry;
const a = await freshAccounts(api, ['admin', 'doctor', 'researcher', 'patient']);

// The cast: a clinic (admitted by the council) with a physician, and a registered patient,
// whose wallet holds an X25519 key pair (the public key goes on chain).
const keys = await encryptionKeyPair();
const { org, patient } = await organisationAndPatient(api, {
  encryptionKey: u8aToHex(keys.publicKey),
  name: 'Riverside Clinic',
  kind: 'Clinic',
  jurisdiction: 'GB-WLS',
  admin: a.admin,
  practitioner: a.doctor,
  patient: a.patient,
});

// The patient's wallet. The clinic gets its tag key with the grant (off chain, wrapped for the
// clinic's key like a data key), so that its practitioners can name classes and purposes.
const w = patientWallet();
const allergies = w.class('allergies');
const check = (who, cls, action = 'Read', purpose = w.purpose('TREAT')) =>
  runtime(api).consentApi.checkAccess(patient, who, cls, action, purpose, null, null);
show(
  'consentApi.checkAccess(doctor, allergies, Read, TREAT) before any consent',
  await check(a.doctor.address, allergies),
);

// A permit: the clinic (all its practitioners) may read every unlabelled class for treatment
// (and its specialisations, such as emergency treatment), from now for a week. A record with a
// sensitivity label (mental health, substance use, HIV, ...) is never in a broad grant.
// Dates are the chain's timestamp: milliseconds since the Unix epoch.
const now = (await api.query.timestamp.now()).toNumber();
const week = now + 7 * 24 * 3_600_000;
const terms = w.terms({ categories: 'standard', actions: ['Read'], purposes: ['TREAT'], expiresAt: week });
const granted = await send(api, tx.grantConsent(patient, { Organisation: org }, terms), a.patient);
const consent = eventData(granted.events, 'consentRegistry', 'ConsentRecorded').consent.toNumber();
const permit = show(
  'consentApi.checkAccess(doctor, allergies, Read, TREAT)',
  await check(a.doctor.address, allergies),
);
assert.equal(permit.asPermit.basis.asConsent.toNumber(), consent, 'permitted under that consent');
const mentalHealth = w.class('clinical-notes', ['MH']);
assert.ok((await check(a.doctor.address, mentalHealth)).isDeny, 'labelled records need their own consent');
assert.ok(
  (await check(a.doctor.address, allergies, 'Read', w.purpose('ETREAT'))).isPermit,
  'TREAT covers ETREAT',
);

// A deny overrides every permit: this doctor may not read imaging, whatever the clinic may.
const imaging = w.class('imaging');
const denyTerms = w.terms({
  categories: ['imaging'],
  actions: ['Read'],
  purposes: ['TREAT'],
  expiresAt: week,
});
const denied = await send(
  api,
  tx.denyAccess(patient, { Practitioner: a.doctor.address }, denyTerms),
  a.patient,
);
const deny = eventData(denied.events, 'consentRegistry', 'ConsentRecorded').consent.toNumber();
show('consentApi.checkAccess(doctor, imaging, Read, TREAT)', await check(a.doctor.address, imaging));
assert.ok((await check(a.doctor.address, imaging)).isDeny);

show('consentApi.consents(patient, null, 10)', await runtime(api).consentApi.consents(patient, null, 10));

// Revoking ends a consent at once; removing it frees the deposit (history stays in events).
await send(api, tx.revokeConsent(patient, consent), a.patient);
assert.ok((await check(a.doctor.address, allergies)).isDeny, 'revocation denies at once');
await send(api, tx.removeConsent(patient, consent), a.researcher);
await send(api, tx.removeConsent(patient, deny), a.researcher, {
  expectError: 'consentRegistry.ConsentInForce',
});
await send(api, tx.removeConsent(patient, deny), a.patient);

// Break-glass: the physician opens emergency access (a deposit, an event, a time limit). Why is
// the hospital's own note, kept in its records with its salt; the chain gets only their hash...
const reason = reasonCommitment('BTG: patient unconscious, allergy history needed');
await send(api, tx.openEmergencyAccess(patient, reason.hash), a.doctor);
// The session opens the record of the emergency care (the public emergency class and purpose:
// the doctor holds no tag key); the patient's own records open only with the emergency key
// their keeper holds (records.mjs logs such a read).
const emergency = show(
  'consentApi.checkAccess(doctor, EMERGENCY_TAG, Read, EMERGENCY_TAG)',
  await check(a.doctor.address, EMERGENCY_TAG, 'Read', EMERGENCY_TAG),
);
assert.ok(emergency.asPermit.basis.isEmergency);
// ...and the patient (or the physician) closes it.
await send(api, tx.closeEmergencyAccess(patient, a.doctor.address), a.patient);
assert.ok((await check(a.doctor.address, EMERGENCY_TAG, 'Read', EMERGENCY_TAG)).isDeny);

// A consent request: the physician asks for what it needs. It has no tag key, and the chain
// must not show what is asked, so it writes the terms in codes sealed for the patient's key
// (HPKE); it holds a deposit for the request and for the consent it asks for.
const patientKey = (await runtime(api).identityApi.encryptionKey(patient)).unwrap().key;
const sealed = await sealTerms(patientKey, {
  categories: ['laboratory'],
  actions: ['Read'],
  purposes: ['TREAT'],
  note: 'lipid panel review',
});
const asked = await send(
  api,
  tx.requestConsent(patient, { Practitioner: a.doctor.address }, sealed, now + 3_600_000),
  a.doctor,
);
const request = eventData(asked.events, 'consentRegistry', 'ConsentRequested').request.toNumber();
// The patient's wallet lists its open requests, opens the terms, and, if the patient agrees,
// writes the consent in its tags: the deposit stays the physician's.
const open = show('consentApi.openRequests(patient)', await runtime(api).consentApi.openRequests(patient));
const wanted = await openTerms(keys.privateKey, open[0].sealedTerms.toU8a(true));
await send(api, tx.acceptRequest(patient, request, w.terms(wanted)), a.patient);
assert.ok((await check(a.doctor.address, w.class('laboratory'))).isPermit);

console.log('\nconsent example: done');
await api.disconnect();
