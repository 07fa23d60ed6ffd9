// Every call and runtime API of the consent registry: a patient grants a hospital read access,
// the access decision is asked through the ConsentApi runtime API (`api.call`), a deny overrides
// a permit, consents are listed, revoked and removed, and a physician opens and closes emergency
// ("break-glass") access, which is always on record. `node scripts/examples/consent.mjs`.
import { assert, connect, eventData, freshAccounts, organisationAndPatient, send, show } from './lib.mjs';

const api = await connect();
const tx = api.tx.consentRegistry;
const a = await freshAccounts(api, ['admin', 'doctor', 'researcher', 'patient']);

// The cast: a clinic (admitted by the council) with a physician, and a registered patient.
const { org, patient } = await organisationAndPatient(api, {
  name: 'Riverside Clinic',
  kind: 'Clinic',
  jurisdiction: 'GB-WLS',
  admin: a.admin,
  practitioner: a.doctor,
  patient: a.patient,
});

const check = (who, category, action = 'Read', purpose = 'Treatment') =>
  api.call.consentApi.checkAccess(patient, who, category, action, purpose, null);
show(
  'consentApi.checkAccess(doctor, Allergies, Read, Treatment) before any consent',
  await check(a.doctor.address, 'Allergies'),
);

// A permit: the clinic (all its practitioners) may read every standard category for treatment,
// from now for a week. Sensitive categories are never in AllStandard.
// Dates are the chain's timestamp: milliseconds since the Unix epoch.
const now = (await api.query.timestamp.now()).toNumber();
const terms = {
  categories: 'AllStandard',
  actions: ['Read'],
  purposes: ['Treatment'],
  startsAt: null,
  expiresAt: now + 7 * 24 * 3_600_000, // a week
  records: [],
};
const granted = await send(api, tx.grantConsent(patient, { Organisation: org }, terms), a.patient);
const consent = eventData(granted.events, 'consentRegistry', 'ConsentRecorded').consent.toNumber();
const permit = show(
  'consentApi.checkAccess(doctor, Allergies, Read, Treatment)',
  await check(a.doctor.address, 'Allergies'),
);
assert.equal(permit.asPermit.basis.asConsent.toNumber(), consent, 'permitted under that consent');
assert.ok((await check(a.doctor.address, 'MentalHealth')).isDeny, 'sensitive data needs its own consent');

// A deny overrides every permit: this doctor may not read Imaging, whatever the clinic may.
const denyTerms = { ...terms, categories: { Only: ['Imaging'] } };
const denied = await send(
  api,
  tx.denyAccess(patient, { Practitioner: a.doctor.address }, denyTerms),
  a.patient,
);
const deny = eventData(denied.events, 'consentRegistry', 'ConsentRecorded').consent.toNumber();
show('consentApi.checkAccess(doctor, Imaging, Read, Treatment)', await check(a.doctor.address, 'Imaging'));
assert.ok((await check(a.doctor.address, 'Imaging')).isDeny);

show('consentApi.consents(patient, null, 10)', await api.call.consentApi.consents(patient, null, 10));

// Revoking ends a consent at once; removing it frees the deposit (history stays in events).
await send(api, tx.revokeConsent(patient, consent), a.patient);
assert.ok((await check(a.doctor.address, 'Allergies')).isDeny, 'revocation denies at once');
await send(api, tx.removeConsent(patient, consent), a.researcher);
await send(api, tx.removeConsent(patient, deny), a.researcher, {
  expectError: 'consentRegistry.ConsentInForce',
});
await send(api, tx.removeConsent(patient, deny), a.patient);

// Break-glass: the physician opens emergency access (a deposit, an event, a time limit)...
await send(api, tx.openEmergencyAccess(patient, 'PatientUnableToConsent'), a.doctor);
const emergency = show(
  'consentApi.checkAccess(doctor, Allergies, Read, EmergencyTreatment)',
  await check(a.doctor.address, 'Allergies', 'Read', 'EmergencyTreatment'),
);
assert.ok(emergency.asPermit.basis.isEmergency);
// ...and the patient (or the physician) closes it.
await send(api, tx.closeEmergencyAccess(patient, a.doctor.address), a.patient);
assert.ok((await check(a.doctor.address, 'Allergies', 'Read', 'EmergencyTreatment')).isDeny);

console.log('\nconsent example: done');
await api.disconnect();
