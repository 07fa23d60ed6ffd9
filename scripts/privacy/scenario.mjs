// A realistic consortium day, for the privacy measurement: a hospital, an addiction clinic, an
// insurer and a records store; three patients, one with sensitive records (substance use, mental
// health), one with ordinary ones, one treated in an emergency; consents that permit and deny,
// a break-glass session, reads logged and a read refused. Everything goes through the chain's
// public calls, signed by the accounts that would sign them, on a dev chain (sudo admits the
// organisations, as the council would).
import { Keyring } from '@polkadot/keyring';
import { randomUUID } from 'node:crypto';

import {
  EMERGENCY_TAG,
  eventsOf,
  patientWallet,
  reasonCommitment,
  recordId,
  sealedCommitment,
  submitOk,
} from '@medledger/sdk';
import { devAccounts, submitAll } from 'medledger-toolkit/chain.mjs';

const LICENCE = `0x${'ab'.repeat(32)}`;
const hash = (n) => `0x${n.toString(16).padStart(2, '0').repeat(32)}`;

/**
 * Populates the chain behind `api`. Resolves { patients: { name: id }, organisations: { name: id },
 * accounts }: the ids the observer will print facts for, and who holds what.
 */
export async function populate(api) {
  const k = devAccounts();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const names = [
    'hospitalAdmin',
    'clinicAdmin',
    'insurerAdmin',
    'storeAdmin',
    'physician',
    'counsellor',
    'claimsClerk',
    'storeClerk',
    'ana',
    'ben',
    'cleo',
  ];
  const a = Object.fromEntries(names.map((n) => [n, keyring.addFromUri(`//Privacy//${n}`)]));
  await submitAll(
    api,
    Object.values(a).map((acc) => api.tx.balances.transferKeepAlive(acc.address, 1_000n * 10n ** 12n)),
    k.alice,
  );
  const ok = (tx, signer) => submitOk(api, tx, signer);

  // Organisations, admitted as the council would (sudo on a dev chain).
  const admit = (name, kind, admin) =>
    api.tx.sudo.sudo(api.tx.patientIdentity.admitOrganisation(name, kind, 'DE', LICENCE, admin.address));
  const admitted = await submitAll(
    api,
    [
      admit('St. Mary Hospital', 'Hospital', a.hospitalAdmin),
      admit('Northside Addiction Clinic', 'Clinic', a.clinicAdmin),
      admit('Acme Health Insurance', 'Payer', a.insurerAdmin),
      admit('Regional Records Store', 'DataCustodian', a.storeAdmin),
    ],
    k.alice,
  );
  const [hospital, clinic, insurer, store] = admitted.map((r) =>
    eventsOf(r.events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber(),
  );
  const hire = async (admin, organisation, who, role) => {
    await ok(api.tx.patientIdentity.invitePractitioner(who.address, role), admin);
    await ok(api.tx.patientIdentity.acceptInvitation(organisation), who);
  };
  await Promise.all([
    hire(a.hospitalAdmin, hospital, a.physician, 'Physician'),
    hire(a.clinicAdmin, clinic, a.counsellor, 'Physician'),
    hire(a.insurerAdmin, insurer, a.claimsClerk, 'Clerk'),
    hire(a.storeAdmin, store, a.storeClerk, 'Clerk'),
  ]);

  // Patients.
  const registered = await Promise.all(
    [a.ana, a.ben, a.cleo].map((p) => ok(api.tx.patientIdentity.registerPatient(hash(0x55), null), p)),
  );
  const [ana, ben, cleo] = registered.map((r) =>
    eventsOf(r.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber(),
  );

  // Each patient's wallet holds a tag key, shared off chain with those the patient grants.
  const w = { ana: patientWallet(), ben: patientWallet(), cleo: patientWallet() };

  // Consents: Ana lets her counsellor read and add substance-use notes for treatment, and
  // refuses her insurer everything; Ben lets the hospital treat him.
  await ok(
    api.tx.consentRegistry.grantConsent(
      ana,
      { Practitioner: a.counsellor.address },
      w.ana.terms({
        categories: ['clinical-notes'],
        labels: ['ETH'],
        actions: ['Read', 'Append'],
        purposes: ['TREAT'],
      }),
    ),
    a.ana,
  );
  await ok(
    api.tx.consentRegistry.denyAccess(
      ana,
      { Organisation: insurer },
      w.ana.terms({ categories: 'all', actions: ['Read'], purposes: ['HPAYMT'] }),
    ),
    a.ana,
  );
  await ok(
    api.tx.consentRegistry.grantConsent(
      ben,
      { Organisation: hospital },
      w.ben.terms({ categories: 'standard', actions: ['Read', 'Append'], purposes: ['TREAT'] }),
    ),
    a.ben,
  );

  // Records, kept by the records store at opaque addresses. A labelled record is sealed against
  // break-glass; an unlabelled one gets an emergency key the store keeps.
  const request = (wallet, patient, n, [category, labels], purpose) => ({
    patient,
    contentHash: hash(n),
    algorithm: 'Sha2_256',
    location: `https://records.example/r/${randomUUID()}`,
    class: wallet.class(category, labels),
    keyManifest: null,
    emergencyCommitment: labels.length
      ? sealedCommitment()
      : wallet.emergencyKey(recordId(patient, hash(n))).commitment,
    purpose: wallet.purpose(purpose),
    custodian: store,
  });
  const anchor = async (signer, req) => {
    const { events } = await ok(api.tx.recordAnchor.anchorRecord(req), signer);
    return eventsOf(events, 'recordAnchor', 'RecordAnchored')[0].data.record.toHex();
  };
  const anaSubstance = await anchor(
    a.counsellor,
    request(w.ana, ana, 1, ['clinical-notes', ['ETH']], 'TREAT'),
  );
  const anaMental = await anchor(a.ana, request(w.ana, ana, 2, ['conditions', ['MH']], 'PATRQT'));
  await anchor(a.physician, request(w.ben, ben, 3, ['laboratory', []], 'TREAT'));
  await anchor(a.physician, request(w.ben, ben, 4, ['imaging', []], 'TREAT'));
  const cleoLab = await anchor(a.cleo, request(w.cleo, cleo, 5, ['laboratory', []], 'PATRQT'));

  // Cleo arrives unconscious: the physician breaks the glass.
  await ok(
    api.tx.consentRegistry.openEmergencyAccess(cleo, reasonCommitment('BTG: unconscious on arrival').hash),
    a.physician,
  );

  // Reads, logged by the store that serves them; the insurer's read of Ana is refused.
  // Cleo's record is read in the emergency with the key the store keeps.
  await ok(
    api.tx.recordAnchor.logAccess(anaSubstance, a.counsellor.address, w.ana.purpose('TREAT'), null),
    a.storeClerk,
  );
  await ok(
    api.tx.recordAnchor.logDeniedAccess(anaMental, a.claimsClerk.address, w.ana.purpose('HPAYMT')),
    a.storeClerk,
  );
  await ok(
    api.tx.recordAnchor.logAccess(
      cleoLab,
      a.physician.address,
      EMERGENCY_TAG,
      w.cleo.emergencyKey(cleoLab).key,
    ),
    a.storeClerk,
  );

  return {
    patients: { ana, ben, cleo },
    organisations: { hospital, clinic, insurer, store },
    accounts: a,
  };
}
