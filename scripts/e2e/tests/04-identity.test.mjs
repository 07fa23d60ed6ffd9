// Patient identity end to end: the consortium (sudo in dev) admits an organisation, its admin
// invites a practitioner who accepts, a patient registers, rotates a key, appoints a
// representative and sets up recovery; all of it is read back through the IdentityApi runtime
// API, decoded from metadata only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { connect, eventsOf, submit, submitOk } from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

const KEY1 = `0x${'11'.repeat(32)}`;
const KEY2 = `0x${'22'.repeat(32)}`;
const LICENCE = `0x${'ab'.repeat(32)}`;

describe('patient identity', () => {
  let node;
  let api;
  let k;
  let org;
  let patient;

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

  it('the consortium admits an organisation with Bob as admin', async () => {
    const call = api.tx.patientIdentity.admitOrganisation(
      'General Hospital',
      'Hospital',
      'DE',
      LICENCE,
      k.bob.address,
    );
    const { events } = await ok(api.tx.sudo.sudo(call), k.alice);
    const [sudid] = eventsOf(events, 'sudo', 'Sudid');
    assert.ok(sudid.data.sudoResult.isOk, 'sudo call succeeded');
    const [admitted] = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted');
    assert.equal(admitted.data.admin.toString(), k.bob.address);
    assert.equal(admitted.data.kind.toString(), 'Hospital');
    org = admitted.data.organisation.toNumber();
  });

  it('a non-admin cannot invite practitioners; the admin invites and the practitioner accepts', async () => {
    const bad = await submit(
      api,
      api.tx.patientIdentity.invitePractitioner(k.ferdie.address, 'Nurse'),
      k.charlie,
      { until: 'inBlock' },
    );
    assert.equal(bad.dispatchError?.name, 'patientIdentity.NotOrganisationAuthority');

    const invited = await ok(
      api.tx.patientIdentity.invitePractitioner(k.charlie.address, 'Physician'),
      k.bob,
    );
    assert.equal(eventsOf(invited.events, 'patientIdentity', 'PractitionerInvited').length, 1);
    // Invited is not registered: no standing until Charlie's own account accepts.
    assert.equal((await api.call.identityApi.standing(k.charlie.address)).practitioner.isNone, true);
    const { events } = await ok(api.tx.patientIdentity.acceptInvitation(org), k.charlie);
    const [reg] = eventsOf(events, 'patientIdentity', 'PractitionerRegistered');
    assert.equal(reg.data.practitioner.toString(), k.charlie.address);
    assert.equal(reg.data.organisation.toNumber(), org);
  });

  it('Dave registers as a patient, holding a deposit', async () => {
    const { events } = await ok(api.tx.patientIdentity.registerPatient(KEY1, null), k.dave);
    const [reg] = eventsOf(events, 'patientIdentity', 'PatientRegistered');
    patient = reg.data.patient.toNumber();
    const deposit = reg.data.deposit.toBigInt();
    assert.equal(deposit, api.consts.patientIdentity.patientDeposit.toBigInt());
    const holds = await api.query.balances.holds(k.dave.address);
    const held = holds.find((h) => h.id.isPatientIdentity);
    assert.ok(held, `a PatientIdentity hold: ${JSON.stringify(holds.toHuman())}`);
    assert.equal(held.amount.toBigInt(), deposit);
  });

  it('Dave rotates the key, appoints Eve as representative for keys and sets up recovery', async () => {
    const { events } = await ok(api.tx.patientIdentity.rotateEncryptionKey(patient, KEY2), k.dave);
    const [rot] = eventsOf(events, 'patientIdentity', 'EncryptionKeyRotated');
    assert.equal(rot.data.version.toNumber(), 2);
    assert.equal(rot.data.actor.toString(), k.dave.address);
    const scope = { consents: false, records: false, encryptionKey: true, deactivation: false };
    const appointed = await ok(
      api.tx.patientIdentity.appointRepresentative(patient, k.eve.address, scope, null, null),
      k.dave,
    );
    const [rep] = eventsOf(appointed.events, 'patientIdentity', 'RepresentativeAppointed');
    assert.equal(rep.data.representative.toString(), k.eve.address);
    assert.equal(rep.data.scope.encryptionKey.isTrue, true);
    const delay = api.consts.patientIdentity.minRecoveryDelay;
    await ok(api.tx.patientIdentity.setRecoveryConfig([k.ferdie.address], 1, delay), k.dave);
  });

  it('IdentityApi reads it all back, decoded from metadata', async () => {
    const bob = await api.call.identityApi.standing(k.bob.address);
    assert.equal(bob.adminOf.unwrap().toNumber(), org);
    const charlie = await api.call.identityApi.standing(k.charlie.address);
    const standing = charlie.practitioner.unwrap();
    assert.equal(standing.role.toString(), 'Physician');
    assert.equal(standing.kind.toString(), 'Hospital');
    assert.equal(standing.organisation.toNumber(), org);
    const dave = await api.call.identityApi.standing(k.dave.address);
    assert.equal(dave.patient.unwrap().toNumber(), patient);

    const o = (await api.call.identityApi.organisation(org)).unwrap();
    assert.equal(o.name.toUtf8(), 'General Hospital');
    assert.equal(o.jurisdiction.toUtf8(), 'DE');
    assert.equal(o.licenceHash.toHex(), LICENCE);
    assert.equal(o.status.toString(), 'Active');
    assert.deepEqual(
      o.admins.map((a) => a.toString()),
      [k.bob.address],
    );
    assert.equal(o.practitioners.toNumber(), 1);

    const p = (await api.call.identityApi.patient(patient)).unwrap();
    assert.equal(p.account.toString(), k.dave.address);
    assert.equal(p.encryptionKey.key.toHex(), KEY2);
    assert.equal(p.encryptionKey.version.toNumber(), 2);
    assert.deepEqual(
      p.representatives.map((g) => g.toString()),
      [k.eve.address],
    );
    assert.deepEqual(
      p.recoveryContacts.map((g) => g.toString()),
      [k.ferdie.address],
    );
    assert.equal(p.recoveryThreshold.toNumber(), 1);
    assert.equal(p.hasCommitment.isTrue, false);

    const key = (await api.call.identityApi.encryptionKey(patient)).unwrap();
    assert.equal(key.version.toNumber(), 2);
    assert.equal((await api.call.identityApi.patient(patient + 1000)).isNone, true);
  });

  it('a representative acts for the patient within its scope, and the event names who acted', async () => {
    const { events } = await ok(api.tx.patientIdentity.rotateEncryptionKey(patient, KEY1), k.eve);
    const [rot] = eventsOf(events, 'patientIdentity', 'EncryptionKeyRotated');
    assert.equal(rot.data.actor.toString(), k.eve.address);
    assert.equal(rot.data.version.toNumber(), 3);
    // Outside it (deactivation), nothing.
    const refused = await submit(api, api.tx.patientIdentity.requestDeactivation(patient), k.eve, {
      until: 'inBlock',
    });
    assert.equal(refused.dispatchError?.name, 'patientIdentity.NotPatientOrRepresentative');
  });

  it('a recovery contact has no power over the data, and cannot recover the identity to itself', async () => {
    const rotate = await submit(api, api.tx.patientIdentity.rotateEncryptionKey(patient, KEY2), k.ferdie, {
      until: 'inBlock',
    });
    assert.equal(rotate.dispatchError?.name, 'patientIdentity.NotPatientOrRepresentative');
    const self = await submit(api, api.tx.patientIdentity.startRecovery(patient), k.ferdie, {
      until: 'inBlock',
    });
    assert.equal(self.dispatchError?.name, 'patientIdentity.ContactCannotRecover');
    const p = (await api.call.identityApi.patient(patient)).unwrap();
    assert.equal(p.account.toString(), k.dave.address);
    assert.equal(p.encryptionKey.version.toNumber(), 3);
  });

  it("suspending the organisation removes the practitioner's standing at once", async () => {
    await ok(api.tx.sudo.sudo(api.tx.patientIdentity.suspendOrganisation(org)), k.alice);
    const charlie = await api.call.identityApi.standing(k.charlie.address);
    assert.equal(charlie.practitioner.isNone, true);
  });
});
