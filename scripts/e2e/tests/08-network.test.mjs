// A 4-validator consortium network made by scripts/network from a config: it survives a validator
// going down, the validator catches up with nothing lost, and a node the consortium has not
// authorised cannot join (until its peer id is reserved). Every wait is bounded; every process
// started here is stopped in `after`.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { connect, submitOk } from '@medledger/sdk';
import { generate, localValidators, secret, start, status, stop } from 'medledger-network/lib.mjs';
import { rpc, sleep, startNode, waitFor } from 'medledger-toolkit/node.mjs';

const number = (hex) => parseInt(hex, 16);

async function finalized(port) {
  return number((await rpc(port, 'chain_getHeader', [await rpc(port, 'chain_getFinalizedHead')])).number);
}

describe('consortium network of 4 validators (scripts/network)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'medledger-net-'));
  const outsiderPath = mkdtempSync(join(tmpdir(), 'medledger-outsider-'));
  let net;
  let api;
  let outsider;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });

  before(async () => {
    const validators = await localValidators(['st-mary', 'northgate', 'riverside', 'kingsway']);
    net = generate(
      {
        name: 'MedLedger E2E Consortium',
        id: 'medledger_e2e_consortium',
        validators,
        members: ['st-mary-council', 'northgate-council', 'riverside-council'],
        organisations: [{ name: "St Mary's Hospital", kind: 'Hospital', jurisdiction: 'GB-ENG' }],
      },
      dir,
    );
    await start(dir);
    api = await connect(`ws://127.0.0.1:${net.validators[0].rpcPort}`);
  });

  after(async () => {
    await api?.disconnect();
    await outsider?.stop();
    if (net) await stop(dir, { graceMs: 10_000 });
    rmSync(dir, { recursive: true, force: true });
    rmSync(outsiderPath, { recursive: true, force: true });
  });

  it('starts from the generated chain spec: validators peer and finalise', async () => {
    await waitFor(
      async () => {
        const s = await status(dir);
        return s.every((v) => v.running && v.peers === 3 && v.finalized >= 2);
      },
      { timeoutMs: 120_000, what: 'four validators with 3 peers each, finalising' },
    );
  });

  it('has the genesis the config asked for: council, validators, organisation, no sudo', async () => {
    const members = (await api.query.councilMembership.members()).map((a) => a.toString());
    assert.deepEqual(members.sort(), net.members.map((m) => m.account).sort());
    const validators = (await api.query.consortium.validators()).map((a) => a.toString());
    assert.deepEqual(
      validators,
      net.validators.map((v) => v.account),
    );
    assert.equal((await api.query.session.validators()).length, 4);
    assert.ok((await api.query.sudo.key()).isNone, 'no sudo key');
    const org = (await api.query.patientIdentity.organisations(0)).unwrap();
    assert.equal(org.name.toUtf8(), "St Mary's Hospital");
    assert.equal(org.kind.toString(), 'Hospital');
    assert.equal(org.admins[0].toString(), net.organisations[0].admin);
  });

  let first;
  let second;
  // Two council members' generated accounts, endowed at genesis.
  const payer = () => keyring.addFromUri(secret(dir, 'st-mary-council').secretPhrase);
  const payee = () => net.members[1].account;

  it('with one validator stopped, blocks are still produced and finalised', async () => {
    first = await submitOk(api, api.tx.balances.transferKeepAlive(payee(), 10n ** 12n), payer());
    await stop(dir, { only: ['kingsway'] });
    const from = await finalized(net.validators[0].rpcPort);
    // 3 of 4 GRANDPA voters are more than two thirds: finality goes on.
    await waitFor(async () => (await finalized(net.validators[0].rpcPort)) >= from + 3, {
      timeoutMs: 90_000,
      what: 'three more finalised blocks without kingsway',
    });
    second = await submitOk(api, api.tx.balances.transferKeepAlive(payee(), 2n * 10n ** 12n), payer());
    const s = await status(dir);
    assert.equal(s.find((v) => v.name === 'kingsway').running, false);
  });

  it('restarted, the validator catches up with no data lost', async () => {
    const kingsway = net.validators[3];
    await start(dir, { only: ['kingsway'] });
    const target = await finalized(net.validators[0].rpcPort);
    await waitFor(async () => (await finalized(kingsway.rpcPort)) >= target, {
      timeoutMs: 90_000,
      what: `kingsway to finalise #${target}`,
    });
    // The blocks with both transfers, the one from while it was down included, are the same.
    for (const { blockHash } of [first, second]) {
      const header = await api.rpc.chain.getHeader(blockHash);
      assert.equal(
        await rpc(kingsway.rpcPort, 'chain_getBlockHash', [header.number.toNumber()]),
        blockHash.toHex(),
      );
    }
    const k = await connect(`ws://127.0.0.1:${kingsway.rpcPort}`);
    try {
      const at = await api.rpc.chain.getBlockHash(target);
      const [mine, theirs] = await Promise.all([
        (await k.at(at)).query.system.account(payee()),
        (await api.at(at)).query.system.account(payee()),
      ]);
      assert.equal(mine.data.free.toString(), theirs.data.free.toString());
    } finally {
      await k.disconnect();
    }
  });

  it('a node without authorisation cannot join; once its peer id is reserved, it syncs', async () => {
    // A full node with the right chain spec and every validator as a bootnode: all it lacks is
    // the consortium's authorisation. Its node key is generated on first start.
    outsider = await startNode({
      chain: net.chainSpec,
      basePath: outsiderPath,
      args: net.validators.flatMap((v) => ['--bootnodes', v.multiaddr]),
    });
    const { rpcPort, p2pPort } = outsider;

    const from = await finalized(net.validators[0].rpcPort);
    // Bounded observation: 30 s, about five blocks of the consortium.
    for (let i = 0; i < 15; i += 1) {
      const health = await rpc(rpcPort, 'system_health');
      assert.equal(health.peers, 0, 'no consortium node accepts the outsider');
      await sleep(2_000);
    }
    assert.ok((await finalized(net.validators[0].rpcPort)) > from, 'the consortium went on');
    assert.equal(number((await rpc(rpcPort, 'chain_getHeader')).number), 0, 'outsider has no blocks');
    const peerId = await rpc(rpcPort, 'system_localPeerId');
    for (const v of net.validators) {
      const peers = await rpc(v.rpcPort, 'system_peers');
      assert.ok(!peers.some((p) => p.peerId === peerId), `${v.name} does not peer with it`);
    }

    // The consortium authorises it: each validator reserves its peer id (no restart).
    const multiaddr = `/ip4/127.0.0.1/tcp/${p2pPort}/p2p/${peerId}`;
    for (const v of net.validators) await rpc(v.rpcPort, 'system_addReservedPeer', [multiaddr]);
    const target = await finalized(net.validators[0].rpcPort);
    await waitFor(async () => (await finalized(rpcPort)) >= target, {
      timeoutMs: 90_000,
      what: `the authorised node to finalise #${target}`,
    });
  });
});
