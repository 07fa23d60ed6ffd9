// The SDK against a real node: its generated types describe this runtime (else regenerate them:
// docs/sdk.md), its typed runtime APIs answer as polkadot.js' own do, and its dates agree with
// the chain's clock and block numbers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { blockAt, blockDuration, chainNow, connect, dateOfBlock, fromMoment, runtime } from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { startNode, waitFor } from 'medledger-toolkit/node.mjs';

import { metadataV15 } from '../../sdk/codegen/metadata.mjs';

describe('the SDK', () => {
  let node;
  let api;

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  it('was generated from this runtime (metadata V15, runtime APIs included)', async () => {
    const generated = JSON.parse(readFileSync(new URL('../../sdk/metadata.json', import.meta.url), 'utf8'));
    const live = await metadataV15(node.wsUrl.replace(/^ws/, 'http'));
    assert.ok(
      generated.result === live,
      "the SDK's types are not this runtime's: run `npm run generate --workspace @medledger/sdk` against a dev node (docs/sdk.md)",
    );
  });

  it('answers every MedLedger runtime API it types as api.call does', async () => {
    const { alice } = devAccounts();
    const apis = runtime(api);
    const pairs = [
      [apis.identityApi.standing(alice.address), api.call.identityApi.standing(alice.address)],
      [apis.identityApi.patient(0), api.call.identityApi.patient(0)],
      [apis.recordApi.accessLog(0, 0, 10), api.call.recordApi.accessLog(0, 0, 10)],
      [apis.timelineApi.timeline(0, 0, 10), api.call.timelineApi.timeline(0, 0, 10)],
      [apis.consentApi.openRequests(0), api.call.consentApi.openRequests(0)],
    ];
    for (const [ours, theirs] of pairs) assert.equal((await ours).toHex(), (await theirs).toHex());
  });

  it("turns dates into block numbers and back by the chain's clock", async () => {
    await waitFor(async () => (await api.rpc.chain.getHeader()).number.toNumber() >= 2, {
      what: 'block #2',
    });
    const now = await chainNow(api);
    assert.ok(Math.abs(now.getTime() - Date.now()) < 30_000, `chain time ${now.toISOString()}`);
    assert.equal(blockDuration(api), api.consts.aura.slotDuration.toNumber());
    const two = await dateOfBlock(api, 2);
    const stamp = (
      await (await api.at(await api.rpc.chain.getBlockHash(2))).query.timestamp.now()
    ).toNumber();
    assert.equal(two.getTime(), stamp, "a built block's date is its timestamp");
    assert.equal(fromMoment(stamp).getTime(), stamp);
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const inAnHour = new Date(now.getTime() + 3_600_000);
    const block = await blockAt(api, inAnHour);
    const perHour = Math.ceil(3_600_000 / blockDuration(api));
    assert.ok(block >= best + perHour - 2 && block <= best + perHour + 2, `block ${block} from ${best}`);
    const back = await dateOfBlock(api, block);
    assert.ok(Math.abs(back.getTime() - inAnHour.getTime()) <= 2 * blockDuration(api));
  });
});
