// Every call and runtime API of the patient-identity pallet, in the order a consortium meets them:
// the council admits an organisation, its admin invites a practitioner who accepts, a patient
// registers, rotates keys, appoints a representative, sets up recovery and stops an attempt to
// recover the identity to a new account; then everything is wound down. Run against a dev node: `node scripts/examples/identity.mjs` (see docs/api.md).
import { runtime } from '@medledger/sdk';
import {
  assert,
  connect,
  councilDecides,
  eventData,
  freshAccounts,
  random32,
  send,
  show,
  viewFunction,
} from './lib.mjs';

const api = await connect();
const tx = api.tx.patientIdentity;
const a = await freshAccounts(api, [
  'admin',
  'admin2',
  'doctor',
  'patient',
  'parent',
  'contactA',
  'contactB',
  'newAccount',
]);

// Organisations: admitted, suspended, reinstated and removed by the consortium (a council
// motion); dev chains also allow sudo.
const admitted = await councilDecides(
  api,
  tx.admitOrganisation("St Mary's Hospital", 'Hospital', 'GB-ENG', random32(), a.admin.address),
);
const org = eventData(admitted, 'patientIdentity', 'OrganisationAdmitted').organisation.toNumber();
show('identityApi.organisation(org)', await runtime(api).identityApi.organisation(org));

// Admins: an admin adds and removes other admins of its own organisation.
await send(api, tx.addAdmin(org, a.admin2.address), a.admin);
await send(api, tx.removeAdmin(org, a.admin2.address), a.admin);
// The last admin cannot be removed: a named error, nothing changes.
await send(api, tx.removeAdmin(org, a.admin.address), a.admin, { expectError: 'patientIdentity.LastAdmin' });

// Practitioners: an admin of an active organisation invites an account with a role; the account
// accepts (nobody is registered without agreeing to it) and may later resign.
await send(api, tx.invitePractitioner(a.doctor.address, 'Physician'), a.admin);
await send(api, tx.acceptInvitation(org), a.doctor);
const standing = show(
  'identityApi.standing(doctor)',
  await runtime(api).identityApi.standing(a.doctor.address),
);
assert.equal(standing.practitioner.unwrap().role.toString(), 'Physician');

// What a transaction will cost, before sending it: `tx.paymentInfo(signer)`, or the runtime API
// with the signed transaction's bytes (`queryInfo(signed.toU8a(), length)`: passing the
// extrinsic object itself makes polkadot.js encode it wrongly and the runtime traps).
const registration = tx.registerPatient(random32(), random32());
const fee = show('registerPatient(...).paymentInfo(patient)', await registration.paymentInfo(a.patient));
const signed = await registration.signAsync(a.patient);
const queried = await runtime(api).transactionPaymentApi.queryInfo(signed.toU8a(), signed.encodedLength);
assert.ok(fee.partialFee.toBigInt() > 0n);
assert.equal(queried.weight.refTime.toBigInt(), fee.weight.refTime.toBigInt());

// Patients: any account registers itself with an X25519 public key (the privacy example derives
// a real one) and, optionally, a salted hash of off-chain identifiers. It holds a deposit.
const registered = await send(api, tx.registerPatient(random32(), random32()), a.patient);
const patient = eventData(registered.events, 'patientIdentity', 'PatientRegistered').patient.toNumber();
// View functions answer from the pallet itself (`viewFunction` in lib.mjs shows the recipe).
const viewed = show(
  'view PatientIdentity::account_patient(patient)',
  await viewFunction(api, 'PatientIdentity', 'account_patient', a.patient.address),
);
assert.equal(viewed.unwrap().toNumber(), patient);
assert.equal(
  (await viewFunction(api, 'PatientIdentity', 'practitioner', a.doctor.address)).unwrap().role.toString(),
  'Physician',
);
await send(api, tx.registerPatient(random32(), null), a.patient, {
  expectError: 'patientIdentity.AlreadyPatient',
});
await send(api, tx.rotateEncryptionKey(patient, random32()), a.patient);
const key = show('identityApi.encryptionKey(patient)', await runtime(api).identityApi.encryptionKey(patient));
assert.equal(key.unwrap().version.toNumber(), 2);
await send(api, tx.setCommitment(patient, null), a.patient);

// Representatives (a parent, a legal guardian, a proxy) act for the patient within a scope:
// consents, records, keys, deactivation; and until a block, if given. This one may manage
// consents only: rotating the patient's key is refused.
const scope = { consents: true, records: false, encryptionKey: false, deactivation: false };
await send(api, tx.appointRepresentative(patient, a.parent.address, scope, null, null), a.patient);
await send(api, tx.rotateEncryptionKey(patient, random32()), a.parent, {
  expectError: 'patientIdentity.NotPatientOrRepresentative',
});
show('identityApi.patient(patient)', await runtime(api).identityApi.patient(patient));
await send(api, tx.removeRepresentative(patient, a.parent.address), a.patient);

// Recovery, as pallet-recovery does it: contacts (who get no data access), a threshold and a
// delay of at least a day. A new account starts a recovery (holding a deposit), contacts approve
// that account, and only after the delay can it claim. The patient, still holding the old key,
// cancels from the old account and keeps the deposit.
const oneDay = api.consts.patientIdentity.minRecoveryDelay;
await send(api, tx.setRecoveryConfig([a.contactA.address, a.contactB.address], 2, oneDay), a.patient);
await send(api, tx.startRecovery(patient), a.contactA, {
  expectError: 'patientIdentity.ContactCannotRecover',
});
await send(api, tx.startRecovery(patient), a.newAccount);
await send(api, tx.approveRecovery(patient, a.newAccount.address), a.contactA);
await send(api, tx.withdrawRecoveryApproval(patient), a.contactA);
await send(api, tx.approveRecovery(patient, a.newAccount.address), a.contactA);
await send(api, tx.approveRecovery(patient, a.newAccount.address), a.contactB);
await send(api, tx.claimRecovery(patient), a.newAccount, {
  expectError: 'patientIdentity.RecoveryDelayNotOver',
});
await send(api, tx.cancelRecovery(patient), a.patient);
const info = show('identityApi.patient(patient)', await runtime(api).identityApi.patient(patient));
assert.equal(info.unwrap().account.toString(), a.patient.address, 'the identity stays with the patient');
await send(api, tx.removeRecoveryConfig(), a.patient);

// Winding down: the practitioner, the organisation (suspended, reinstated, removed), the patient.
await send(api, tx.resign(), a.doctor);
await councilDecides(api, tx.suspendOrganisation(org));
await councilDecides(api, tx.reinstateOrganisation(org));
await councilDecides(api, tx.removeOrganisation(org));
await send(api, tx.deactivatePatient(patient), a.patient);
assert.ok(show('identityApi.patient(patient)', await runtime(api).identityApi.patient(patient)).isNone);
// A signed account is not the consortium.
await send(api, tx.suspendOrganisation(org), a.admin, { expectError: 'BadOrigin' });

console.log('\nidentity example: done');
await api.disconnect();
