// The upgrade rehearsal (scripts/rehearsal, docs/governance.md) on a populated dev node: a
// hospital, a physician, a patient with a consent and a record. Rehearsing the upgrade fixture
// (spec 101, whose multi-block migration re-prices patient deposits) on a chopsticks fork: the
// fork runs 101 and its migration, the report names the storage it changed, the sampled
// decisions and records read the same after, the smoke journey passes on the new runtime, and
// the live chain is untouched.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import {
  connect,
  encryptionKeyPair,
  eventsOf,
  patientWallet,
  sealedCommitment,
  submitOk,
} from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { startNode, upgradeFixtureWasm, waitFor } from 'medledger-toolkit/node.mjs';

const REHEARSE = fileURLToPath(new URL('../../rehearsal/rehearse.mjs', import.meta.url));

describe('upgrade rehearsal on a fork of a populated chain', () => {
  let node;
  let api;
  let report;
  const k = devAccounts();
  const w = patientWallet();

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    const admit = api.tx.patientIdentity.admitOrganisation(
      'Rehearsed Hospital',
      'Hospital',
      'NL',
      `0x${'cd'.repeat(32)}`,
      k.bob.address,
    );
    const { events } = await submitOk(api, api.tx.sudo.sudo(admit), k.alice);
    const org = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();
    await submitOk(api, api.tx.patientIdentity.invitePractitioner(k.charlie.address, 'Physician'), k.bob);
    await submitOk(api, api.tx.patientIdentity.acceptInvitation(org), k.charlie);
    const keys = await encryptionKeyPair();
    const reg = await submitOk(
      api,
      api.tx.patientIdentity.registerPatient(u8aToHex(keys.publicKey), null),
      k.dave,
    );
    const patient = eventsOf(reg.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
    const terms = w.terms({ categories: ['laboratory'], actions: ['Read', 'Append'], purposes: ['TREAT'] });
    await submitOk(
      api,
      api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.charlie.address }, terms),
      k.dave,
    );
    await submitOk(
      api,
      api.tx.recordAnchor.anchorRecord({
        patient,
        custodian: org,
        contentHash: blake2AsHex('a laboratory result', 256),
        algorithm: 'Sha2_256',
        location: 'https://records.rehearsed.example/1',
        class: w.class('laboratory'),
        keyManifest: null,
        emergencyCommitment: sealedCommitment(),
        purpose: w.purpose('TREAT'),
      }),
      k.charlie,
    );
    // The fork starts from the finalised head: wait until all of this is final.
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    await waitFor(
      async () =>
        (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber() >= best,
      { what: 'the populated state to be finalised' },
    );
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  it('the rehearsal command applies the fixture on a fork and reports it clean', async () => {
    const json = join(node.basePath, 'rehearsal.json');
    const out = execFileSync(
      process.execPath,
      [REHEARSE, '--endpoint', node.wsUrl, '--wasm', upgradeFixtureWasm(), '--json', json],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 },
    );
    assert.match(out, /Result: the upgrade rehearsed cleanly\./);
    report = JSON.parse(readFileSync(json, 'utf8'));
    assert.equal(report.ok, true);
    assert.equal(report.codeHash, blake2AsHex(readFileSync(upgradeFixtureWasm()), 256));
  });

  it('the fork ran spec 101 and its migration', () => {
    assert.deepEqual(report.runtime.from, { specName: 'medledger', specVersion: 100 });
    assert.deepEqual(report.runtime.to, { specName: 'medledger', specVersion: 101 });
    const events = report.upgrade.events.map((e) => e.event);
    assert.ok(events.includes('multiBlockMigrations.UpgradeCompleted'), events.join(', '));
    assert.ok(events.includes('patientIdentity.PatientDepositsRepriced'), events.join(', '));
  });

  it('the report names what the migration changed in storage', () => {
    const item = (name) => report.storage.changes.find((c) => c.item === name);
    assert.equal(item('PatientIdentity.Patients')?.changed, 1);
    // The re-pricing and the consent index's copy (nothing to copy on a chain that started on v1).
    assert.equal(item('MultiBlockMigrations.Historic')?.added, 2);
    assert.equal(item('ConsentRegistry.GranteeConsents'), undefined);
    assert.ok(item(':code (the runtime)')?.changed === 1);
    // What every block rewrites is listed apart.
    assert.ok(report.storage.bookkeeping.includes('System.Number'));
    assert.equal(item('System.Number'), undefined);
  });

  it('the sampled decisions and records read the same after the upgrade', () => {
    // The physician's permit and a stranger's refusal, and the patient's record.
    assert.equal(report.decisions.sampled, 2);
    assert.deepEqual(report.decisions.differing, []);
    assert.equal(report.records.sampled, 1);
    assert.deepEqual(report.records.differing, []);
  });

  it('the smoke journey passed on the new runtime', () => {
    assert.deepEqual(
      report.journey.map((s) => [s.step, s.ok]),
      report.journey.map((s) => [s.step, true]),
    );
    assert.equal(report.journey.length, 7);
  });

  it('the live chain is untouched: still spec 100, nothing authorised', async () => {
    assert.equal((await api.rpc.state.getRuntimeVersion()).specVersion.toNumber(), 100);
    assert.equal((await api.query.system.authorizedUpgrade()).isNone, true);
    assert.equal((await api.query.consortium.pendingUpgrade()).isNone, true);
  });
});
