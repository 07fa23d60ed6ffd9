// The release build (`bash scripts/release-runtime.sh`, docs/governance.md "Check the code before
// you vote"), running: a dev chain whose genesis code is the release Wasm instead of the node's
// development build. Its code hash is the one the script printed; it knows the hash of its own
// metadata (the `metadata-hash` feature), so a transaction signed as a hardware wallet signs it,
// committing to that hash (CheckMetadataHash mode 1, the hash computed from the chain's metadata
// as RFC 78 does), is taken, and one committing to any other metadata is refused as a bad
// signature without being charged.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import { connect } from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { nodeBinary, releaseWasm, startNode } from 'medledger-toolkit/node.mjs';

const UNIT = 10n ** 12n;
// `:code`, the storage key of the runtime's Wasm.
const CODE_KEY = '0x3a636f6465';

describe('the release build, running', () => {
  let work;
  let node;
  let api;
  let k;
  let wasmFile;
  let metadataHash;

  /** Signs `tx` with `signer` and `options`, resolves once it is in a block (its success). */
  const signed = (tx, signer, options) =>
    new Promise((resolve, reject) => {
      tx.signAndSend(signer, options, ({ status, dispatchError }) => {
        if (status.isInBlock) resolve(!dispatchError);
        else if (status.isInvalid || status.isDropped) reject(new Error(`transaction ${status.type}`));
      }).catch(reject);
    });
  const free = (who) => api.query.system.account(who.address).then((i) => i.data.free.toBigInt());

  before(async () => {
    wasmFile = releaseWasm('medledger-runtime');
    work = mkdtempSync(join(tmpdir(), 'medledger-release-'));
    const spec = JSON.parse(
      execFileSync(nodeBinary(), ['build-spec', '--chain', 'dev', '--raw'], {
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    spec.genesis.raw.top[CODE_KEY] = u8aToHex(readFileSync(wasmFile));
    const specFile = join(work, 'release-dev.raw.json');
    writeFileSync(specFile, JSON.stringify(spec));
    // A validator of a chain that is not `--dev` needs a node key: any will do here.
    node = await startNode({
      chain: specFile,
      args: ['--alice', '--validator', '--force-authoring', `--node-key=${'01'.repeat(32)}`],
    });
    api = await connect(node.wsUrl);
    k = devAccounts();
    const metadata = (await api.call.metadata.metadataAtVersion(15)).unwrap();
    metadataHash = u8aToHex(
      merkleizeMetadata(metadata.toU8a(true), { decimals: 12, tokenSymbol: 'MED' }).digest(),
    );
  });
  after(async () => {
    await api?.disconnect();
    await node?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs the code whose hash release-runtime.sh printed', async () => {
    const printed = readFileSync(`${wasmFile}.blake2-256`, 'utf8').trim();
    assert.equal(blake2AsHex(readFileSync(wasmFile), 256), printed);
    const onChain = await api.rpc.state.getStorage(CODE_KEY);
    assert.equal(blake2AsHex(onChain.unwrap(), 256), printed);
    assert.equal(await signed(api.tx.system.remark('0x01'), k.bob, {}), true);
  });

  it('takes a transaction clear-signed against its metadata hash (CheckMetadataHash mode 1)', async () => {
    const before = await free(k.charlie);
    const tx = api.tx.balances.transferKeepAlive(k.charlie.address, UNIT);
    assert.equal(await signed(tx, k.bob, { mode: 1, metadataHash }), true);
    assert.equal(await free(k.charlie), before + UNIT);
  });

  it('refuses one signed against any other metadata, and charges nothing', async () => {
    const bob = await free(k.bob);
    const charlie = await free(k.charlie);
    const other = `0x${'42'.repeat(32)}`;
    const tx = api.tx.balances.transferKeepAlive(k.charlie.address, UNIT);
    await assert.rejects(signed(tx, k.bob, { mode: 1, metadataHash: other }), /1010|bad signature|BadProof/i);
    assert.equal(await free(k.bob), bob);
    assert.equal(await free(k.charlie), charlie);
  });
});
