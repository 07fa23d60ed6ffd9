// Every call and runtime API of the patient-identity pallet, in the order a consortium meets them:
// the council admits an organisation, its admin registers a practitioner, a patient registers,
// rotates keys, appoints guardians and is recovered to a new account; then everything is wound
// down. Run against a dev node: `node scripts/examples/identity.mjs` (see docs/api.md).
import {
  assert, connect, councilDecides, eventData, freshAccounts, random32, send, show,
} from './lib.mjs';

const api = await connect();
const tx = api.tx.patientIdentity;
const a = await freshAccounts(api, ['admin', 'admin2', 'doctor', 'patient', 'guardianA',
  'guardianB', 'newAccount']);

// Organisations: admitted, suspended, reinstated and removed by the consortium (a council
// motion); dev chains also allow sudo.
const admitted = await councilDecides(api, tx.admitOrganisation(
  "St Mary's Hospital", 'Hospital', 'GB-ENG', random32(), a.admin.address,
));
const org = eventData(admitted, 'patientIdentity', 'OrganisationAdmitted').organisation.toNumber();
show('identityApi.organisation(org)', await api.call.identityApi.organisation(org));

// Admins: an admin adds and removes other admins of its own organisation.
await send(api, tx.addAdmin(org, a.admin2.address), a.admin);
await send(api, tx.removeAdmin(org, a.admin2.address), a.admin);
// The last admin cannot be removed: a named error, nothing changes.
await send(api, tx.removeAdmin(org, a.admin.address), a.admin, { expectError: 'patientIdentity.LastAdmin' });

// Practitioners: registered by an admin of an active organisation, with a role.
await send(api, tx.registerPractitioner(a.doctor.address, 'Physician'), a.admin);
const standing = show('identityApi.standing(doctor)', await api.call.identityApi.standing(a.doctor.address));
assert.equal(standing.practitioner.unwrap().role.toString(), 'Physician');

// Patients: any account registers itself with an X25519 public key (the privacy example derives
// a real one) and, optionally, a salted hash of off-chain identifiers. It holds a deposit.
const registered = await send(api, tx.registerPatient(random32(), random32()), a.patient);
const patient = eventData(registered.events, 'patientIdentity', 'PatientRegistered').patient.toNumber();
await send(api, tx.registerPatient(random32(), null), a.patient, { expectError: 'patientIdentity.AlreadyPatient' });
await send(api, tx.rotateEncryptionKey(patient, random32()), a.patient);
const key = show('identityApi.encryptionKey(patient)', await api.call.identityApi.encryptionKey(patient));
assert.equal(key.unwrap().version.toNumber(), 2);
await send(api, tx.setCommitment(patient, null), a.patient);

// Guardians and recovery: two guardians, both needed; the patient cancels a first attempt.
await send(api, tx.addGuardian(a.guardianA.address), a.patient);
await send(api, tx.addGuardian(a.guardianB.address), a.patient);
await send(api, tx.setRecoveryThreshold(2), a.patient);
await send(api, tx.approveRecovery(patient, a.newAccount.address), a.guardianA);
await send(api, tx.cancelRecovery(), a.patient);
await send(api, tx.approveRecovery(patient, a.newAccount.address), a.guardianA);
await send(api, tx.approveRecovery(patient, a.newAccount.address), a.guardianB);
const info = show('identityApi.patient(patient)', await api.call.identityApi.patient(patient));
assert.equal(info.unwrap().account.toString(), a.newAccount.address, 'same id, new account');
await send(api, tx.setRecoveryThreshold(1), a.newAccount);
await send(api, tx.removeGuardian(a.guardianB.address), a.newAccount);

// Winding down: the practitioner, the organisation (suspended, reinstated, removed), the patient.
await send(api, tx.removePractitioner(a.doctor.address), a.admin);
await councilDecides(api, tx.suspendOrganisation(org));
await councilDecides(api, tx.reinstateOrganisation(org));
await councilDecides(api, tx.removeOrganisation(org));
await send(api, tx.deactivatePatient(patient), a.newAccount);
assert.ok(show('identityApi.patient(patient)', await api.call.identityApi.patient(patient)).isNone);
// A signed account is not the consortium.
await send(api, tx.suspendOrganisation(org), a.admin, { expectError: 'BadOrigin' });

console.log('\nidentity example: done');
await api.disconnect();
