// A runtime upgrade decided by the council, on a running chain with data in every pallet, without
// stopping it. The chain starts on runtime v1 (the node's, spec 100). v2 is the upgrade fixture
// (`runtime/upgrade-fixture`: spec 101, the patient deposit halved, and a storage migration in the
// identity pallet that re-prices existing patients' deposits). Two of the three council members
// authorise v2's code hash through a motion; a single member cannot. The authorisation waits the
// upgrade delay (a minute of blocks on the dev chain), during which a majority can cancel it; once it is
// over, anyone applies the code with an unsigned transaction. Afterwards: the new spec version, the migration's effect,
// every earlier datum intact, and blocks still produced and finalised.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import {
  connect,
  eventsOf,
  patientWallet,
  runtimeCall,
  sealedCommitment,
  submit,
  submitOk,
} from '@medledger/sdk';
import { councilMotion, devAccounts } from 'medledger-toolkit/chain.mjs';
import { rpc, startNode, upgradeFixtureWasm, waitFor } from 'medledger-toolkit/node.mjs';

const KEY = `0x${'55'.repeat(32)}`;
const LICENCE = `0x${'ab'.repeat(32)}`;
const CONTENT = `0x${'07'.repeat(32)}`;
// The patient's wallet: tags for classes and purposes.
const w = patientWallet();

describe('runtime upgrade through the council', () => {
  let node;
  let api;
  let k;
  let code;
  let codeHash;
  let org;
  let patient;
  let record;
  let appliedIn;
  let enactableAt;
  const v1 = {};

  before(async () => {
    code = readFileSync(upgradeFixtureWasm());
    codeHash = blake2AsHex(code, 256);
    node = await startNode();
    api = await connect(node.wsUrl);
    k = devAccounts();
  });
  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  const ok = (tx, signer) => submitOk(api, tx, signer);
  // Submits an unsigned `tx` and resolves with the hash of the block that includes it, without
  // decoding that block's events (see the apply step).
  const inBlock = (tx) =>
    new Promise((resolve, reject) => {
      let unsub = Promise.resolve(() => {});
      const done = (fn, v) => {
        clearTimeout(timer);
        unsub.then((u) => u()).catch(() => {});
        fn(v);
      };
      const timer = setTimeout(() => done(reject, new Error('not in a block within 90 s')), 90_000);
      unsub = api.rpc.author.submitAndWatchExtrinsic(tx, (status) => {
        if (status.isInBlock) done(resolve, status.asInBlock);
        else if (status.isInvalid || status.isDropped || status.isUsurped) {
          done(reject, new Error(`transaction ${status.type}`));
        }
      });
      unsub.catch((e) => done(reject, e));
    });
  const council = (call, threshold, voters) =>
    councilMotion(api, call, { proposer: k.alice, voters, threshold });
  const finalizedNumber = async () =>
    (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();

  it('v1: the council admits a hospital and a validator; a physician, a patient, a consent, a record, a logged read', async () => {
    assert.equal(api.runtimeVersion.specVersion.toNumber(), 100);
    const admit = api.tx.patientIdentity.admitOrganisation(
      'Upgrade Hospital',
      'Hospital',
      'NL',
      LICENCE,
      k.bob.address,
    );
    const { executed, events } = await council(admit, 2, [k.alice, k.bob]);
    assert.deepEqual(executed, { ok: true });
    org = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();

    const [, reg] = await Promise.all([
      ok(api.tx.patientIdentity.invitePractitioner(k.charlie.address, 'Physician'), k.bob),
      ok(api.tx.patientIdentity.registerPatient(KEY, null), k.dave),
    ]);
    await ok(api.tx.patientIdentity.acceptInvitation(org), k.charlie);
    patient = eventsOf(reg.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
    const terms = w.terms({ categories: ['laboratory'], actions: ['Read', 'Append'], purposes: ['TREAT'] });
    await ok(
      api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.charlie.address }, terms),
      k.dave,
    );
    const anchored = await ok(
      api.tx.recordAnchor.anchorRecord({
        patient,
        custodian: org,
        contentHash: CONTENT,
        algorithm: 'Sha2_256',
        location: 'https://store.example/r/upgrade',
        class: w.class('laboratory'),
        keyManifest: null,
        emergencyCommitment: sealedCommitment(),
        purpose: w.purpose('TREAT'),
      }),
      k.charlie,
    );
    record = eventsOf(anchored.events, 'recordAnchor', 'RecordAnchored')[0].data.record.toHex();
    await ok(api.tx.recordAnchor.logAccess(record, k.charlie.address, w.purpose('TREAT'), null), k.charlie);

    // Dave becomes a validator: keys from his node's keystore with a proof that his account owns
    // them, registered with session.setKeys, then two thirds of the council add him.
    // (polkadot.js 16 has no definition for this RPC, so it goes over plain JSON-RPC.)
    const generated = await rpc(node.rpcPort, 'author_rotateKeysWithOwner', [u8aToHex(k.dave.publicKey)]);
    await ok(api.tx.session.setKeys(generated.keys, generated.proof), k.dave);
    assert.ok((await api.query.session.nextKeys(k.dave.address)).isSome);
    const added = await council(api.tx.consortium.addValidator(k.dave.address), 2, [k.alice, k.bob]);
    assert.deepEqual(added.executed, { ok: true });
    assert.equal(
      eventsOf(added.events, 'consortium', 'ValidatorAdded')[0].data.validator.toString(),
      k.dave.address,
    );

    // What must survive the upgrade, as v1 reports it.
    v1.organisation = (await api.query.patientIdentity.organisations(org)).toJSON();
    v1.practitioner = (await api.query.patientIdentity.practitioners(k.charlie.address)).toJSON();
    v1.patient = (await api.query.patientIdentity.patients(patient)).toJSON();
    v1.consents = (await api.call.consentApi.consents(patient, null, 10)).toJSON();
    v1.record = (await api.call.recordApi.record(record)).toJSON();
    v1.log = (await api.query.recordAnchor.accessLog.entries(patient)).map(([key, v]) => [
      key.toHex(),
      v.toJSON(),
    ]);
    v1.validators = (await api.query.consortium.validators()).toJSON();
    v1.members = (await api.query.council.members()).toJSON();
    v1.deposit = api.consts.patientIdentity.patientDeposit.toBigInt();
    const holds = await api.query.balances.holds(k.dave.address);
    assert.equal(holds.find((h) => h.id.isPatientIdentity).amount.toBigInt(), v1.deposit);
    v1.free = (await api.query.system.account(k.dave.address)).data.free.toBigInt();
    assert.equal((await api.query.patientIdentity.palletVersion()).toNumber(), 0);
  });

  it('a single council member cannot authorise an upgrade', async () => {
    const { executed } = await council(api.tx.consortium.authorizeUpgrade(codeHash), 1, []);
    assert.deepEqual(executed, { ok: false, error: { kind: 'BadOrigin', name: 'BadOrigin' } });
    assert.ok((await api.query.system.authorizedUpgrade()).isNone);
  });

  const authorise = () => council(api.tx.consortium.authorizeUpgrade(codeHash), 2, [k.alice, k.bob]);
  const applyV2 = () => api.tx.system.applyAuthorizedUpgrade(`0x${code.toString('hex')}`);

  it('a majority cancels a pending upgrade during its delay; one member alone cannot', async () => {
    assert.deepEqual((await authorise()).executed, { ok: true });
    const pending = await api.query.consortium.pendingUpgrade();
    const alone = await council(api.tx.consortium.cancelUpgrade(), 1, []);
    assert.deepEqual(alone.executed, { ok: false, error: { kind: 'BadOrigin', name: 'BadOrigin' } });
    assert.deepEqual((await api.query.consortium.pendingUpgrade()).toJSON(), pending.toJSON());
    const { executed, events } = await council(api.tx.consortium.cancelUpgrade(), 2, [k.alice, k.bob]);
    assert.deepEqual(executed, { ok: true });
    assert.equal(eventsOf(events, 'consortium', 'UpgradeCancelled')[0].data.codeHash.toHex(), codeHash);
    assert.ok((await api.query.consortium.pendingUpgrade()).isNone);
    assert.ok((await api.query.system.authorizedUpgrade()).isNone);
  });

  it('two of three members authorise the v2 code hash: pending for the delay, nothing to apply yet', async () => {
    const { executed, events } = await authorise();
    assert.deepEqual(executed, { ok: true });
    const [authorised] = eventsOf(events, 'consortium', 'UpgradeAuthorized');
    assert.equal(authorised.data.codeHash.toHex(), codeHash);
    enactableAt = authorised.data.enactableAt.toNumber();
    // The delay (a minute of blocks) after the block that closed the motion (the best block, or about).
    const delay = (await api.query.consortium.upgradeDelay()).toNumber();
    assert.equal(delay, 60_000 / api.consts.aura.slotDuration.toNumber());
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    assert.ok(enactableAt > best && enactableAt <= best + delay, `enactable at ${enactableAt}, best ${best}`);
    assert.equal((await api.query.consortium.pendingUpgrade()).unwrap().codeHash.toHex(), codeHash);
    // Adversary: before the delay is over, the code cannot be applied, by anyone.
    assert.ok((await api.query.system.authorizedUpgrade()).isNone);
    await assert.rejects(submit(api, applyV2(), null, { until: 'inBlock' }), /1010: Invalid Transaction/);
    // Adversary: nor can other code take its place during the delay, even with two thirds.
    const pending = (await api.query.consortium.pendingUpgrade()).toJSON();
    const swap = await council(api.tx.consortium.authorizeUpgrade(`0x${'66'.repeat(32)}`), 2, [
      k.alice,
      k.bob,
    ]);
    assert.equal(swap.executed.error?.name, 'consortium.UpgradePending');
    assert.deepEqual((await api.query.consortium.pendingUpgrade()).toJSON(), pending);
  });

  it('at the end of the delay the upgrade is enacted: anyone may now apply it', async () => {
    const authorized = await waitFor(
      async () => {
        const a = await api.query.system.authorizedUpgrade();
        return a.isSome ? a.unwrap() : null;
      },
      { timeoutMs: 120_000, what: 'the upgrade to be enacted' },
    );
    assert.equal(authorized.codeHash.toHex(), codeHash);
    assert.ok(authorized.checkVersion.isTrue);
    assert.ok((await api.query.consortium.pendingUpgrade()).isNone);
    const enactedIn = await api.rpc.chain.getBlockHash(enactableAt);
    const enacted = eventsOf(
      await (await api.at(enactedIn)).query.system.events(),
      'consortium',
      'UpgradeEnacted',
    );
    assert.equal(
      enacted[0]?.data.codeHash.toHex(),
      codeHash,
      `consortium.UpgradeEnacted in block ${enactableAt}`,
    );
  });

  it('wrong code is refused; anyone applies the authorised code with an unsigned transaction', async () => {
    const wrong = api.tx.system.applyAuthorizedUpgrade(`0x${'00'.repeat(64)}`);
    await assert.rejects(submit(api, wrong, null, { until: 'inBlock' }), /1010: Invalid Transaction/);

    const blockHash = await inBlock(applyV2());
    appliedIn = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    // When polkadot.js sees the new runtime version it swaps the connection's metadata to v2 in
    // place. The upgrade block's events were written by v1; decoding them while the swap happens
    // may pick v2's types (this failed once in CI). After the swap, `api.at` reads the block with
    // the metadata of its parent, v1.
    await waitFor(() => api.runtimeVersion.specVersion.toNumber() === 101, {
      timeoutMs: 30_000,
      what: 'polkadot.js to see spec version 101',
    });
    const at = await api.at(blockHash);
    assert.equal(eventsOf(await at.query.system.events(), 'system', 'CodeUpdated').length, 1);
    assert.ok((await at.query.system.authorizedUpgrade()).isNone, 'the authorisation is used up');
  });

  it('the chain runs v2 from the next block, which ran the migration', async () => {
    await waitFor(async () => (await api.rpc.chain.getHeader()).number.toNumber() > appliedIn, {
      timeoutMs: 30_000,
      what: 'the first block on v2',
    });
    const before = await api.rpc.chain.getBlockHash(appliedIn - 1);
    const first = await api.rpc.chain.getBlockHash(appliedIn + 1);
    assert.equal((await api.rpc.state.getRuntimeVersion(before)).specVersion.toNumber(), 100);
    const version = await api.rpc.state.getRuntimeVersion(first);
    assert.equal(version.specName.toString(), 'medledger');
    assert.equal(version.specVersion.toNumber(), 101);

    const at = await api.at(first);
    assert.equal((await at.query.system.lastRuntimeUpgrade()).unwrap().specVersion.toNumber(), 101);
    // The re-pricing is a multi-block migration: pallet-migrations starts it in the first v2 block
    // and, with one patient, completes it there.
    const events = await at.query.system.events();
    assert.equal(eventsOf(events, 'multiBlockMigrations', 'UpgradeStarted').length, 1);
    assert.equal(eventsOf(events, 'multiBlockMigrations', 'UpgradeCompleted').length, 1);
    const [repriced] = eventsOf(events, 'patientIdentity', 'PatientDepositsRepriced');
    assert.ok(repriced, 'patientIdentity.PatientDepositsRepriced in the first v2 block');
    assert.equal(repriced.data.repriced.toNumber(), 1);
    assert.equal(repriced.data.kept.toNumber(), 0);
    // pallet-migrations remembers what ran: the re-pricing to this deposit (it runs once) and the
    // consent index's copy from v1, which v2 still lists for a chain that skipped v1 (this chain
    // started on v1, so it had nothing to copy). The identity pallet's storage layout, and so its
    // version, did not change.
    assert.equal((await at.query.multiBlockMigrations.historic.keys()).length, 2);
    assert.equal((await at.query.consentRegistry.palletVersion()).toNumber(), 1);
    assert.equal((await at.query.patientIdentity.palletVersion()).toNumber(), 0);
    // The open connection follows the upgrade by itself.
    await waitFor(() => api.runtimeVersion.specVersion.toNumber() === 101, {
      timeoutMs: 30_000,
      what: 'polkadot.js to see spec version 101',
    });
  });

  // After an upgrade polkadot.js 16 refreshes a connection's metadata from V14, which does not
  // describe runtime APIs: `api.call.consentApi` and MedLedger's other runtime APIs are gone from a
  // connection opened before the upgrade (`api.at(hash).call` too). Transactions, storage and
  // constants follow the upgrade. A client that uses the runtime APIs reconnects, as below.
  const latest = async () => api.at(await api.rpc.chain.getBlockHash());
  /** `check_access`'s arguments for Charlie reading the record for treatment. */
  const charliesRead = () => [
    patient,
    k.charlie.address,
    w.class('laboratory'),
    'Read',
    w.purpose('TREAT'),
    record,
    null,
  ];

  it("the migration re-priced the patient's deposit; the difference is free again", async () => {
    const now = await latest();
    const deposit = now.consts.patientIdentity.patientDeposit.toBigInt();
    assert.equal(deposit, v1.deposit / 2n);
    const p = (await now.query.patientIdentity.patients(patient)).unwrap();
    assert.equal(p.deposit.toBigInt(), deposit);
    const holds = await now.query.balances.holds(k.dave.address);
    assert.equal(holds.find((h) => h.id.isPatientIdentity).amount.toBigInt(), deposit);
    const free = (await now.query.system.account(k.dave.address)).data.free.toBigInt();
    assert.equal(free - v1.free, v1.deposit - deposit);
  });

  it('every earlier datum is intact (read over a new connection)', async (t) => {
    const now = await connect(node.wsUrl);
    t.after(() => now.disconnect());
    assert.deepEqual((await now.query.patientIdentity.organisations(org)).toJSON(), v1.organisation);
    assert.deepEqual(
      (await now.query.patientIdentity.practitioners(k.charlie.address)).toJSON(),
      v1.practitioner,
    );
    const { deposit: _v1Deposit, ...rest1 } = v1.patient;
    const { deposit: _v2Deposit, ...rest2 } = (await now.query.patientIdentity.patients(patient)).toJSON();
    assert.deepEqual(rest2, rest1);
    assert.deepEqual((await now.call.consentApi.consents(patient, null, 10)).toJSON(), v1.consents);
    assert.deepEqual((await now.call.recordApi.record(record)).toJSON(), v1.record);
    const log = (await now.query.recordAnchor.accessLog.entries(patient)).map(([key, v]) => [
      key.toHex(),
      v.toJSON(),
    ]);
    assert.deepEqual(log, v1.log);
    assert.deepEqual((await now.query.consortium.validators()).toJSON(), v1.validators);
    assert.deepEqual((await now.query.council.members()).toJSON(), v1.members);
    const d = await now.call.consentApi.checkAccess(...charliesRead());
    assert.ok(d.isPermit, d.toString());
    const v = await now.call.recordApi.verify(record, CONTENT);
    assert.ok(v.isValid, v.toString());
  });

  it('the connection opened before the upgrade still answers runtime APIs through runtimeCall', async () => {
    // `api.call` lost them with the V14 refresh; `runtimeCall` reads each runtime's own metadata.
    const d = await runtimeCall(api, 'consentApi', 'checkAccess', charliesRead());
    assert.ok(d.isPermit, d.toString());
    // And at a block of v1, with v1's metadata.
    const v1Block = await api.rpc.chain.getBlockHash(1);
    assert.ok((await runtimeCall(api, 'recordApi', 'verify', [record, CONTENT], v1Block)).isUnknown);
    assert.ok((await runtimeCall(api, 'recordApi', 'verify', [record, CONTENT])).isValid);
  });

  it('v2 takes transactions at the new price, and blocks are produced and finalised', async () => {
    const { events } = await ok(api.tx.patientIdentity.registerPatient(KEY, null), k.ferdie);
    const [registered] = eventsOf(events, 'patientIdentity', 'PatientRegistered');
    assert.equal(registered.data.deposit.toBigInt(), v1.deposit / 2n);
    const from = await finalizedNumber();
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    await waitFor(async () => (await finalizedNumber()) >= Math.max(from, best) + 2, {
      timeoutMs: 90_000,
      what: 'two more finalised blocks on v2',
    });
  });
});
