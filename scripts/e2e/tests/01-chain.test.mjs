// The foundation: a real dev node produces and finalises blocks, polkadot.js can read it, a
// transfer lands in a finalised block with its events, and failures decode from metadata.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { connect, eventsOf, submit } from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { startNode, waitFor } from 'medledger-toolkit/node.mjs';

describe('dev chain', () => {
  let node;
  let api;
  let keys;

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    keys = devAccounts();
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  it('reports its chain name, runtime version and token', async () => {
    assert.equal((await api.rpc.system.chain()).toString(), 'MedLedger Development');
    const version = api.runtimeVersion;
    assert.equal(version.specName.toString(), 'medledger');
    assert.ok(version.specVersion.toNumber() >= 100);
    const props = await api.rpc.system.properties();
    assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'MED');
    assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 12);
  });

  it('produces and finalises blocks', async () => {
    const finalized = await waitFor(
      async () => {
        const head = await api.rpc.chain.getFinalizedHead();
        const n = (await api.rpc.chain.getHeader(head)).number.toNumber();
        return n >= 2 ? n : null;
      },
      { timeoutMs: 60_000, what: 'block #2 to be finalised' },
    );
    assert.ok(finalized >= 2);
  });

  it('offers metadata V16 and the standard runtime APIs', async () => {
    const versions = (await api.call.metadata.metadataVersions()).map((v) => v.toNumber());
    assert.ok(versions.includes(16), `metadata versions: ${versions}`);
    const nonce = await api.call.accountNonceApi.accountNonce(keys.alice.address);
    assert.ok(nonce.toNumber() >= 0);
    const presets = (await api.call.genesisBuilder.presetNames()).map((p) => p.toString());
    assert.deepEqual(presets.sort(), ['development', 'local_testnet']);
  });

  it('Alice sends Bob a transferKeepAlive, finalised with its events and balances', async () => {
    const amount = 12_345_000_000_000n; // 12.345 MED
    const before = await api.query.system.account.multi([keys.alice.address, keys.bob.address]);
    const [aliceBefore, bobBefore] = before.map((a) => a.data.free.toBigInt());

    const tx = api.tx.balances.transferKeepAlive(keys.bob.address, amount);
    const { blockHash, events, dispatchError } = await submit(api, tx, keys.alice);
    assert.equal(dispatchError, null);

    const [transfer] = eventsOf(events, 'balances', 'Transfer');
    assert.ok(transfer, 'a balances.Transfer event');
    assert.equal(transfer.data.from.toString(), keys.alice.address);
    assert.equal(transfer.data.to.toString(), keys.bob.address);
    assert.equal(transfer.data.amount.toBigInt(), amount);
    const [feePaid] = eventsOf(events, 'transactionPayment', 'TransactionFeePaid');
    assert.ok(feePaid, 'a transactionPayment.TransactionFeePaid event');
    const fee = feePaid.data.actualFee.toBigInt();
    assert.ok(fee > 0n);
    assert.equal(eventsOf(events, 'system', 'ExtrinsicSuccess').length, 1);

    // Balances as of the finalised block that holds the transfer.
    const at = await api.at(blockHash);
    const after = await at.query.system.account.multi([keys.alice.address, keys.bob.address]);
    const [aliceAfter, bobAfter] = after.map((a) => a.data.free.toBigInt());
    assert.equal(bobAfter - bobBefore, amount);
    assert.equal(aliceBefore - aliceAfter, amount + fee);
  });

  it('a transfer above the free balance fails with a decoded error and moves nothing', async () => {
    const { data } = await api.query.system.account(keys.ferdie.address);
    const tooMuch = data.free.toBigInt() * 2n;
    const bobBefore = (await api.query.system.account(keys.bob.address)).data.free.toBigInt();

    const tx = api.tx.balances.transferKeepAlive(keys.bob.address, tooMuch);
    const { blockHash, events, dispatchError } = await submit(api, tx, keys.ferdie);
    assert.ok(dispatchError, 'the extrinsic failed');
    assert.equal(dispatchError.name, EXPECTED_INSUFFICIENT_BALANCE);
    assert.equal(eventsOf(events, 'system', 'ExtrinsicFailed').length, 1);
    assert.equal(eventsOf(events, 'balances', 'Transfer').length, 0);
    const bobAfter = (
      await (await api.at(blockHash)).query.system.account(keys.bob.address)
    ).data.free.toBigInt();
    assert.equal(bobAfter, bobBefore);
  });

  it('a call from the wrong origin fails with a decoded module error', async () => {
    const call = api.tx.system.remark('0x00');
    const { dispatchError } = await submit(api, api.tx.sudo.sudo(call), keys.bob, { until: 'inBlock' });
    assert.deepEqual(
      { kind: dispatchError.kind, name: dispatchError.name },
      { kind: 'Module', name: 'sudo.RequireSudo' },
    );
    assert.match(dispatchError.docs, /sudo/i);
  });
});

const EXPECTED_INSUFFICIENT_BALANCE = 'Token.FundsUnavailable';
