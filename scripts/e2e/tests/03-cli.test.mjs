// The node's maintenance subcommands, run on a real chain's database: chain specs, keys,
// export/import/check of blocks, revert, chain info, purge. No RocksDB: the database is ParityDB.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

import { connect } from '@medledger/sdk';
import { nodeBinary, startNode, waitFor } from 'medledger-toolkit/node.mjs';

const run = promisify(execFile);
const node = (...args) => run(nodeBinary(), args, { timeout: 60_000, maxBuffer: 64 << 20 });

describe('node subcommands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'medledger-cli-'));
  const basePath = join(dir, 'chain');
  let best;

  before(async () => {
    // A short real chain to work on.
    const n = await startNode({ basePath });
    const api = await connect(n.wsUrl);
    best = await waitFor(
      async () => {
        const b = (await api.rpc.chain.getHeader()).number.toNumber();
        return b >= 3 ? b : null;
      },
      { what: 'block #3' },
    );
    await api.disconnect();
    await n.stop();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the chain in ParityDB', () => {
    assert.ok(existsSync(join(basePath, 'chains/medledger_dev/paritydb/full')));
    assert.ok(!existsSync(join(basePath, 'chains/medledger_dev/db')));
  });

  it('export-chain-spec writes plain and raw specs from the runtime presets', async () => {
    const plain = JSON.parse((await node('export-chain-spec', '--chain', 'local')).stdout);
    assert.equal(plain.id, 'medledger_local');
    // Validators come as session keys (Aura and GRANDPA authorities follow from them).
    const { patch } = plain.genesis.runtimeGenesis;
    assert.equal(patch.session.keys.length, 3);
    assert.equal(patch.consortium.validators.length, 3);
    // Only the development chain has a sudo key; the council governs the others.
    assert.equal(patch.sudo.key, null);
    assert.equal(patch.councilMembership.members.length, 3);
    assert.equal(plain.properties.tokenSymbol, 'MED');
    const dev = JSON.parse((await node('export-chain-spec', '--chain', 'dev')).stdout);
    assert.ok(dev.genesis.runtimeGenesis.patch.sudo.key, 'the development chain has a sudo key');
    const raw = JSON.parse((await node('export-chain-spec', '--chain', 'dev', '--raw')).stdout);
    assert.ok(Object.keys(raw.genesis.raw.top).length > 0);
  });

  it('key generate and inspect agree on the account', async () => {
    const gen = JSON.parse((await node('key', 'generate', '--output-type', 'json')).stdout);
    const back = JSON.parse((await node('key', 'inspect', '--output-type', 'json', gen.secretPhrase)).stdout);
    assert.equal(back.ss58Address, gen.ss58Address);
  });

  it('chain-info reports the best and finalised blocks', async () => {
    const { stdout } = await node('chain-info', '--dev', '--base-path', basePath);
    const info = JSON.parse(stdout.slice(stdout.indexOf('{')));
    assert.ok(info.best_number >= best, stdout);
  });

  it('export-blocks, import-blocks and check-block round-trip the chain', async () => {
    const file = join(dir, 'blocks.bin');
    await node('export-blocks', '--dev', '--base-path', basePath, '--to', '3', '--binary', file);
    assert.ok(statSync(file).size > 0);

    const fresh = join(dir, 'imported');
    await node('import-blocks', '--dev', '--base-path', fresh, '--binary', file);
    const { stdout } = await node('chain-info', '--dev', '--base-path', fresh);
    assert.equal(JSON.parse(stdout.slice(stdout.indexOf('{'))).best_number, 3);

    await node('check-block', '--dev', '--base-path', basePath, '2');
  });

  it('revert and purge-chain remove blocks and then the whole database', async () => {
    const info = async () => {
      const { stdout } = await node('chain-info', '--dev', '--base-path', basePath);
      return JSON.parse(stdout.slice(stdout.indexOf('{')));
    };
    const before = await info();
    await node('revert', '--dev', '--base-path', basePath, '1');
    const afterRevert = await info();
    assert.ok(afterRevert.best_number < before.best_number, JSON.stringify({ before, afterRevert }));

    await node('purge-chain', '--dev', '--base-path', basePath, '-y');
    assert.ok(!existsSync(join(basePath, 'chains/medledger_dev/paritydb/full')));
  });
});
