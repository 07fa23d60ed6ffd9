// MedLedger as a parachain, from its own genesis: the chain spec made from the parachain runtime's
// Wasm and its `development` preset (para id 2000), run under chopsticks and, when the binary is
// present, under polkadot-omni-node's dev mode. The same steps and helpers as on the solo chain:
// the council admits a hospital, a patient registers and consents, the access decision answers,
// the physician anchors a record that verifies; then a runtime upgrade authorised by the council,
// scheduled with the relay chain and applied at its go-ahead (as the host simulates it), after
// which the data is intact and the next release's migration has re-priced the patient's deposit.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';

import { connect, eventsOf, patientWallet, sealedCommitment, submit, submitOk } from '@medledger/sdk';
import { councilMotion, devAccounts } from 'medledger-toolkit/chain.mjs';
import { waitFor } from 'medledger-toolkit/node.mjs';
import {
  PARA_ID,
  parachainHosts,
  parachainSpec,
  parachainUpgradeWasm,
} from 'medledger-toolkit/parachain.mjs';

const KEY = `0x${'5a'.repeat(32)}`;
const LICENCE = `0x${'ac'.repeat(32)}`;
const CONTENT = `0x${'0c'.repeat(32)}`;
const OTHER = `0x${'0d'.repeat(32)}`;
const UNIT = 10n ** 12n;
// The patient's wallet: tags for classes and purposes.
const w = patientWallet();

for (const [name, start] of parachainHosts()) {
  describe(`the parachain under ${name}`, () => {
    let dir;
    let host;
    let api;
    let k;
    let patient;
    let record;
    let depositBefore;
    let org;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'medledger-parachain-'));
      host = await start(parachainSpec(dir, 'development'));
      api = await connect(host.wsUrl, { chopsticks: host.host === 'chopsticks' });
      k = devAccounts();
    });
    after(async () => {
      await api?.disconnect();
      await host?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const ok = (tx, signer) => submitOk(api, tx, signer);
    const council = (call) =>
      councilMotion(api, call, {
        proposer: k.alice,
        voters: [k.alice, k.bob],
        threshold: 2,
      });

    it('runs the parachain runtime from its genesis, with its para id and its collator', async () => {
      assert.equal(api.runtimeVersion.specName.toString(), 'medledger-parachain');
      assert.equal(api.runtimeVersion.specVersion.toNumber(), 100);
      assert.equal((await api.query.parachainInfo.parachainId()).toNumber(), PARA_ID);
      assert.equal((await api.call.getParachainInfo.parachainId()).toNumber(), PARA_ID);
      assert.deepEqual((await api.query.consortium.validators()).toJSON(), [k.alice.address]);
      // The MedLedger pallets at the solo chain's indices.
      const index = (pallet) =>
        api.registry.metadata.pallets.find((p) => p.name.toString() === pallet).index.toNumber();
      assert.deepEqual(['PatientIdentity', 'ConsentRegistry', 'RecordAnchor'].map(index), [20, 21, 22]);
      // The minimal XCM configuration: nothing leaves this chain but what root sends upward.
      assert.ok(api.tx.polkadotXcm.send);
    });

    it('the council admits a hospital; a physician, a patient and a consent', async () => {
      const admitted = await council(
        api.tx.patientIdentity.admitOrganisation(
          'Parachain Hospital',
          'Hospital',
          'NL',
          LICENCE,
          k.bob.address,
        ),
      );
      assert.deepEqual(admitted.executed, { ok: true });
      org = eventsOf(
        admitted.events,
        'patientIdentity',
        'OrganisationAdmitted',
      )[0].data.organisation.toNumber();
      await ok(api.tx.patientIdentity.invitePractitioner(k.charlie.address, 'Physician'), k.bob);
      await ok(api.tx.patientIdentity.acceptInvitation(org), k.charlie);
      const reg = await ok(api.tx.patientIdentity.registerPatient(KEY, null), k.dave);
      patient = eventsOf(reg.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
      depositBefore = (await api.query.patientIdentity.patients(patient)).unwrap().deposit.toBigInt();
      await ok(
        api.tx.consentRegistry.grantConsent(
          patient,
          { Practitioner: k.charlie.address },
          w.terms({ categories: ['laboratory'], actions: ['Read', 'Append'], purposes: ['TREAT'] }),
        ),
        k.dave,
      );
    });

    it('check_access answers from the consents, and a record anchored under them verifies', async () => {
      const decide = (who, cls) =>
        api.call.consentApi.checkAccess(patient, who, cls, 'Read', w.purpose('TREAT'), null, null);
      assert.ok((await decide(k.charlie.address, w.class('laboratory'))).isPermit);
      assert.ok((await decide(k.charlie.address, w.class('clinical-notes', ['MH']))).isDeny);
      assert.ok((await decide(k.eve.address, w.class('laboratory'))).isDeny);

      const anchored = await ok(
        api.tx.recordAnchor.anchorRecord({
          patient,
          custodian: org,
          contentHash: CONTENT,
          algorithm: 'Sha2_256',
          location: 'https://store.example/r/parachain',
          class: w.class('laboratory'),
          keyManifest: null,
          emergencyCommitment: sealedCommitment(),
          purpose: w.purpose('TREAT'),
        }),
        k.charlie,
      );
      record = eventsOf(anchored.events, 'recordAnchor', 'RecordAnchored')[0].data.record.toHex();
      assert.ok((await api.call.recordApi.verify(record, CONTENT)).isValid);
      assert.ok((await api.call.recordApi.verify(record, OTHER)).isMismatch);
      // Without a consent for it, the same physician cannot anchor a record of another class.
      const refused = await submit(
        api,
        api.tx.recordAnchor.anchorRecord({
          patient,
          custodian: org,
          contentHash: OTHER,
          algorithm: 'Sha2_256',
          location: 'https://store.example/r/refused',
          class: w.class('clinical-notes', ['MH']),
          keyManifest: null,
          emergencyCommitment: sealedCommitment(),
          purpose: w.purpose('TREAT'),
        }),
        k.charlie,
        { until: 'inBlock' },
      );
      assert.equal(refused.dispatchError?.name, 'recordAnchor.WriteNotPermitted');
    });

    it('a signed account cannot send XCM or move assets over it; nothing changes', async () => {
      const dest = { V5: { parents: 1, interior: 'Here' } };
      const beneficiary = {
        V5: { parents: 0, interior: { X1: [{ AccountId32: { id: k.eve.publicKey } }] } },
      };
      const assets = { V5: [{ id: { parents: 0, interior: 'Here' }, fun: { Fungible: 10n ** 12n } }] };
      const before = (await api.query.system.account(k.eve.address)).data.free.toBigInt();
      // Sending is root's: included, refused with BadOrigin, the fee paid.
      const r = await submit(api, api.tx.polkadotXcm.send(dest, { V5: [{ ClearOrigin: null }] }), k.eve, {
        until: 'inBlock',
      });
      assert.equal(r.dispatchError?.name, 'BadOrigin');
      const [paid] = eventsOf(r.events, 'transactionPayment', 'TransactionFeePaid');
      const fees = paid.data.actualFee.toBigInt();
      // Moving assets is filtered out for everyone: its weight (Weight::MAX) fits no block, so the
      // pool refuses it before any fee.
      for (const tx of [
        api.tx.polkadotXcm.limitedTeleportAssets(dest, beneficiary, assets, 0, 'Unlimited'),
        api.tx.polkadotXcm.limitedReserveTransferAssets(dest, beneficiary, assets, 0, 'Unlimited'),
      ]) {
        await assert.rejects(
          submit(api, tx, k.eve, { until: 'inBlock' }),
          /exhaustsResources|exhaust the block limits/,
          tx.method.method,
        );
      }
      // Only the fees left the account; no message went upward.
      assert.equal((await api.query.system.account(k.eve.address)).data.free.toBigInt(), before - fees);
      assert.equal((await api.query.parachainSystem.upwardMessages()).length, 0);
    });

    it('one council member cannot authorise an upgrade', async () => {
      const code = readFileSync(parachainUpgradeWasm());
      const alone = await councilMotion(api, api.tx.consortium.authorizeUpgrade(blake2AsHex(code, 256)), {
        proposer: k.alice,
        threshold: 1,
      });
      assert.equal(alone.executed.ok, false);
      assert.equal(alone.executed.error.name, 'BadOrigin');
      assert.ok((await api.query.system.authorizedUpgrade()).isNone);
    });

    it("the council upgrades the runtime; it applies at the relay chain's go-ahead, data intact", async (t) => {
      const code = readFileSync(parachainUpgradeWasm());
      const authorised = await council(api.tx.consortium.authorizeUpgrade(blake2AsHex(code, 256)));
      assert.deepEqual(authorised.executed, { ok: true });
      // Enacted once the upgrade delay (a minute of blocks on the development preset) is over.
      await waitFor(
        async () => {
          if ((await api.query.system.authorizedUpgrade()).isSome) return true;
          await host.newBlock(api);
          return false;
        },
        { timeoutMs: 180_000, intervalMs: 500, what: 'the upgrade to be enacted' },
      );

      // Anyone brings the code; the parachain schedules it with the relay chain.
      const applied = await submit(
        api,
        api.tx.system.applyAuthorizedUpgrade(`0x${code.toString('hex')}`),
        null,
        { until: 'inBlock', timeoutMs: 180_000 },
      );
      assert.equal(applied.dispatchError, null);
      assert.equal(eventsOf(applied.events, 'parachainSystem', 'ValidationFunctionStored').length, 1);
      assert.equal(api.runtimeVersion.specVersion.toNumber(), 100, 'not before the go-ahead');

      // The next block carries the relay chain's go-ahead: the new code takes over.
      const scheduledIn = (await api.rpc.chain.getHeader(applied.blockHash)).number.toNumber();
      await waitFor(
        async () => {
          await host.newBlock(api);
          return api.runtimeVersion.specVersion.toNumber() === 101;
        },
        { timeoutMs: 120_000, intervalMs: 1_000, what: 'spec version 101' },
      );
      const goAhead = await api.at(await api.rpc.chain.getBlockHash(scheduledIn + 1));
      assert.equal(
        eventsOf(await goAhead.query.system.events(), 'parachainSystem', 'ValidationFunctionApplied').length,
        1,
        'applied in the block after the one that scheduled it',
      );

      // polkadot.js drops the runtime APIs of a connection opened before an upgrade
      // (07-upgrade): read over a new one.
      const now = await connect(host.wsUrl, { chopsticks: host.host === 'chopsticks' });
      t.after(() => now.disconnect());
      assert.equal((await now.query.system.lastRuntimeUpgrade()).unwrap().specVersion.toNumber(), 101);
      assert.ok((await now.call.recordApi.verify(record, CONTENT)).isValid);
      assert.ok(
        (
          await now.call.consentApi.checkAccess(
            patient,
            k.charlie.address,
            w.class('laboratory'),
            'Read',
            w.purpose('TREAT'),
            null,
            null,
          )
        ).isPermit,
      );
      // The next release's migration re-priced the patient's deposit to its half.
      const deposit = (await now.query.patientIdentity.patients(patient)).unwrap().deposit.toBigInt();
      assert.equal(deposit * 2n, depositBefore);
      assert.ok(depositBefore > UNIT);
      // And the chain goes on.
      await submitOk(
        now,
        now.tx.recordAnchor.logAccess(record, k.charlie.address, w.purpose('TREAT'), null),
        k.charlie,
      );
    });
  });
}
