// Seats and admin accounts kept in cold storage, through polkadot.js against a real node
// (docs/governance.md, "Seats and admin accounts in cold storage"): a council seat held by a
// 2-of-3 multisig of an organisation's officers votes only once two approve; a member's
// Governance proxy votes for it; an admin's OrganisationAdmin proxy invites practitioners. Each
// restricted proxy is then tried as an attacker holding its key would: transfers (alone and in a
// batch), the seat's key, the organisation's admins, a wider proxy; a stranger tries someone
// else's proxy and another officer the first one's pending call. Every attempt fails with a named
// error and leaves the storage it touches as it was. Last, `CheckMetadataHash`: a development
// build takes transactions that do not commit to a metadata hash and refuses those that do.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { createKeyMulti, encodeAddress, sortAddresses } from '@polkadot/util-crypto';

import { connect, decodeDispatchError, eventsOf, submit, submitOk } from '@medledger/sdk';
import { councilMotion, devAccounts, submitAll } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

const LICENCE = `0x${'cd'.repeat(32)}`;
const UNIT = 10n ** 12n;

describe('seats and admin accounts in cold storage', () => {
  let node;
  let api;
  let k;
  let a; // fresh accounts of this file
  let seat; // the multisig account of officers o1, o2, o3 (2 of 3)
  let hospital;

  const ok = (tx, signer) => submitOk(api, tx, signer);
  const attempt = (tx, signer) => submit(api, tx, signer, { until: 'inBlock' });
  const others = (me) =>
    sortAddresses(
      [a.o1, a.o2, a.o3].map((o) => o.address).filter((x) => x !== me.address),
      42,
    );
  /** `delegate` makes `call` as `real`'s proxy; resolves the call's own error (decoded) or null. */
  async function asProxy(delegate, real, call) {
    const { events } = await ok(api.tx.proxy.proxy(real.address, null, call), delegate);
    const [executed] = eventsOf(events, 'proxy', 'ProxyExecuted');
    assert.ok(executed, 'the proxy call ran');
    const { result } = executed.data;
    return result.isOk ? null : decodeDispatchError(api, result.asErr).name;
  }
  /** Runs `act`, asserts it failed with `error`, and that every `reads()` value is unchanged. */
  async function refused(error, act, reads) {
    const before = (await reads()).map((v) => v.toHex());
    assert.equal(await act(), error);
    assert.deepEqual(
      (await reads()).map((v) => v.toHex()),
      before,
      `${error}: storage changed`,
    );
  }
  const free = (who) => api.query.system.account(who.address ?? who).then((i) => i.data.free);
  const proxiesOf = (who) => api.query.proxy.proxies(who.address);
  const remark = () => api.tx.system.remark('0xc01d');
  const transfer = (to) => api.tx.balances.transferKeepAlive(to.address, UNIT);
  /** Bob opens a council motion to remark (three approvals needed): its hash and index. */
  async function motion(text) {
    const call = api.tx.system.remark(text);
    const { events } = await ok(api.tx.council.propose(3, call, call.method.encodedLength), k.bob);
    const [proposed] = eventsOf(events, 'council', 'Proposed');
    return { hash: proposed.data.proposalHash, index: proposed.data.proposalIndex };
  }
  const ayes = async ({ hash }) =>
    ((await api.query.council.voting(hash)).unwrapOr(null)?.ayes ?? []).map(String);

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    k = devAccounts();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const names = ['o1', 'o2', 'o3', 'voter', 'orgAdmin', 'deputy', 'keeper', 'stranger', 'doctor'];
    a = Object.fromEntries(names.map((n) => [n, keyring.addFromUri(`//Cold//${n}`)]));
    await submitAll(
      api,
      Object.values(a).map((acc) => api.tx.balances.transferKeepAlive(acc.address, 1_000n * UNIT)),
      k.alice,
    );
    seat = encodeAddress(createKeyMulti([a.o1.address, a.o2.address, a.o3.address], 2), 42);
  });
  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  it("the council gives Charlie's seat to a 2-of-3 multisig of his organisation's officers", async () => {
    const swap = api.tx.councilMembership.swapMember(k.charlie.address, seat);
    const { executed } = await councilMotion(api, swap, {
      proposer: k.alice,
      voters: [k.alice, k.bob],
      threshold: 2,
    });
    assert.deepEqual(executed, { ok: true });
    assert.ok((await api.query.council.members()).map(String).includes(seat));
  });

  it('the seat votes only once two officers approve, and only the first may cancel', async () => {
    const m = await motion('0x01');
    const vote = api.tx.council.vote(m.hash, m.index, true);
    const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(
      vote,
      vote.method.encodedLength,
    );
    const first = await ok(api.tx.multisig.asMulti(2, others(a.o1), null, vote, weight), a.o1);
    const [started] = eventsOf(first.events, 'multisig', 'NewMultisig');
    assert.equal(started.data.multisig.toString(), seat);
    assert.ok(!(await ayes(m)).includes(seat), 'one approval does not vote');
    const callHash = vote.method.hash;
    const pending = (await api.query.multisig.multisigs(seat, callHash)).unwrap();
    assert.ok(pending.deposit.toBigInt() > 0n, 'the first approver holds the deposit');

    await refused(
      'multisig.NotOwner',
      async () =>
        (await attempt(api.tx.multisig.cancelAsMulti(2, others(a.o2), pending.when, callHash), a.o2))
          .dispatchError?.name,
      async () => [await api.query.multisig.multisigs(seat, callHash)],
    );

    const second = await ok(api.tx.multisig.asMulti(2, others(a.o2), pending.when, vote, weight), a.o2);
    const [done] = eventsOf(second.events, 'multisig', 'MultisigExecuted');
    const { result } = done.data;
    assert.ok(
      result.isOk,
      `the vote was dispatched as the seat: ${result.isErr && decodeDispatchError(api, result.asErr).name}`,
    );
    assert.ok((await ayes(m)).includes(seat));
    assert.ok((await api.query.multisig.multisigs(seat, callHash)).isNone);
  });

  it("a Governance proxy votes in Alice's seat", async () => {
    await ok(api.tx.proxy.addProxy(a.voter.address, 'Governance', 0), k.alice);
    const m = await motion('0x02');
    assert.equal(await asProxy(a.voter, k.alice, api.tx.council.vote(m.hash, m.index, true)), null);
    assert.ok((await ayes(m)).includes(k.alice.address));
  });

  it("the Governance proxy is refused the seat's key, transfers and wider proxies", async () => {
    const reads = async () => [
      await api.query.council.members(),
      await free(k.alice),
      await proxiesOf(k.alice),
    ];
    await refused(
      'system.CallFiltered',
      () => asProxy(a.voter, k.alice, api.tx.councilMembership.changeKey(a.voter.address)),
      reads,
    );
    await refused('system.CallFiltered', () => asProxy(a.voter, k.alice, transfer(a.voter)), reads);
    await refused(
      'system.CallFiltered',
      () => asProxy(a.voter, k.alice, api.tx.utility.batchAll([remark(), transfer(a.voter)])),
      reads,
    );
    await refused(
      'system.CallFiltered',
      () => asProxy(a.voter, k.alice, api.tx.proxy.addProxy(a.stranger.address, 'Any', 0)),
      reads,
    );
  });

  it("an OrganisationAdmin proxy invites a practitioner for the hospital's admin", async () => {
    const admit = api.tx.patientIdentity.admitOrganisation(
      'Cold Storage Hospital',
      'Hospital',
      'DE',
      LICENCE,
      a.orgAdmin.address,
    );
    const { events } = await ok(api.tx.sudo.sudo(admit), k.alice);
    hospital = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation;
    await ok(api.tx.proxy.addProxy(a.deputy.address, 'OrganisationAdmin', 0), a.orgAdmin);
    const invite = api.tx.patientIdentity.invitePractitioner(a.doctor.address, 'Physician');
    assert.equal(await asProxy(a.deputy, a.orgAdmin, invite), null);
    const invitation = await api.query.patientIdentity.practitionerInvitations(a.doctor.address, hospital);
    assert.equal(invitation.unwrap().toString(), 'Physician');
  });

  it("the OrganisationAdmin proxy is refused the organisation's admins, funds and council", async () => {
    const reads = async () => [
      await api.query.patientIdentity.organisationOfAdmin(a.orgAdmin.address),
      await api.query.patientIdentity.organisationOfAdmin(a.deputy.address),
      await api.query.patientIdentity.organisations(hospital),
      await free(a.orgAdmin),
    ];
    const deputy = (call) => asProxy(a.deputy, a.orgAdmin, call);
    await refused(
      'system.CallFiltered',
      () => deputy(api.tx.patientIdentity.addAdmin(hospital, a.deputy.address)),
      reads,
    );
    await refused(
      'system.CallFiltered',
      () => deputy(api.tx.patientIdentity.removeAdmin(hospital, a.orgAdmin.address)),
      reads,
    );
    await refused('system.CallFiltered', () => deputy(transfer(a.deputy)), reads);
    await refused(
      'system.CallFiltered',
      () => deputy(api.tx.proxy.addProxy(a.stranger.address, 'OrganisationAdmin', 0)),
      reads,
    );
  });

  it('a NonTransfer proxy cannot move value: no transfer, multisig approval, sudo or other proxy', async () => {
    await ok(api.tx.proxy.addProxy(a.keeper.address, 'NonTransfer', 0), k.alice);
    // Alice is also o3's `Any` proxy: the keeper may not reach o3's funds through her either.
    await ok(api.tx.proxy.addProxy(k.alice.address, 'Any', 0), a.o3);
    // The keeper pays its own transactions' fees; what it may not touch is Alice's and others'.
    const reads = async () => [await free(k.alice), await free(k.eve), await free(a.o3)];
    const keeper = (call) => asProxy(a.keeper, k.alice, call);
    await refused('system.CallFiltered', () => keeper(transfer(a.keeper)), reads);
    await refused(
      'system.CallFiltered',
      () => keeper(api.tx.utility.batchAll([remark(), transfer(a.keeper)])),
      reads,
    );
    await refused(
      'system.CallFiltered',
      () => keeper(api.tx.multisig.asMultiThreshold1([k.eve.address], transfer(a.keeper))),
      reads,
    );
    await refused(
      'system.CallFiltered',
      () => keeper(api.tx.sudo.sudo(api.tx.balances.forceSetBalance(a.keeper.address, UNIT))),
      reads,
    );
    await refused(
      'system.CallFiltered',
      () => keeper(api.tx.proxy.proxy(a.o3.address, null, transfer(a.keeper))),
      reads,
    );
    // What does not move value goes through.
    assert.equal(await keeper(api.tx.utility.batchAll([remark()])), null);
  });

  it("a stranger cannot use someone else's proxy: proxy.NotProxy", async () => {
    await refused(
      'proxy.NotProxy',
      async () =>
        (await attempt(api.tx.proxy.proxy(k.alice.address, null, transfer(a.stranger)), a.stranger))
          .dispatchError?.name,
      async () => [await free(k.alice), await proxiesOf(k.alice)],
    );
    // Nor the right proxy with a type it was not given.
    await refused(
      'proxy.NotProxy',
      async () =>
        (await attempt(api.tx.proxy.proxy(k.alice.address, 'Any', remark()), a.voter)).dispatchError?.name,
      async () => [await free(k.alice), await proxiesOf(k.alice)],
    );
  });

  it('a proxy holds its deposit until removed', async () => {
    const reserved = async (who) => (await api.query.system.account(who.address)).data.reserved;
    const before = (await reserved(a.orgAdmin)).toBigInt();
    assert.equal(
      before,
      api.consts.proxy.proxyDepositBase.toBigInt() + api.consts.proxy.proxyDepositFactor.toBigInt(),
    );
    await ok(api.tx.proxy.removeProxies(), a.orgAdmin);
    assert.equal((await reserved(a.orgAdmin)).toBigInt(), 0n);
    assert.equal((await proxiesOf(a.orgAdmin))[0].length, 0);
  });

  it('CheckMetadataHash: a development build refuses a transaction committing to a metadata hash', async () => {
    const extensions = api.registry.metadata.extrinsic.transactionExtensions.map((e) =>
      e.identifier.toString(),
    );
    assert.ok(extensions.includes('CheckMetadataHash'), extensions.join(', '));
    const before = await free(a.stranger);
    // A hardware wallet commits to the metadata's hash (mode 1); this build does not know its own
    // hash (no `metadata-hash` feature), so it cannot check the commitment and refuses.
    await assert.rejects(
      transfer(k.bob).signAndSend(a.stranger, { mode: 1, metadataHash: `0x${'11'.repeat(32)}` }),
      /1011|lookup/i,
    );
    assert.equal((await free(a.stranger)).toHex(), before.toHex());
    // Without a commitment (mode 0, every transaction above), it is taken.
    await ok(transfer(k.bob), a.stranger);
  });
});
