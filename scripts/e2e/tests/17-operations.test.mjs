// The operations kit (ops/, docs/operations.md), as an operator would use it:
// - the alert rules pass `promtool check rules` and their unit tests (`promtool test rules`);
// - the systemd units pass `systemd-analyze verify`, and the node unit's own command line, with
//   the example environment file, starts a validator from a raw chain spec, with its node key
//   and session keys put in place by the commands the docs give; it authors and finalises;
// - every node metric the rules and the Grafana dashboard use is one that node exports, and
//   every gateway metric one the gateway exports;
// - a backup of the stopped validator's base path, restored to another directory, continues the
//   same chain with the same peer id and session keys, and authors again.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { connect } from '@medledger/sdk';
import { nodeBinary, nodePorts, rpc, startGateway, startProcess, waitFor } from 'medledger-toolkit/node.mjs';

const OPS = fileURLToPath(new URL('../../../ops/', import.meta.url));
const ALICE_SESSION = '//Alice';

/** The metric names an expression file uses that start with `prefix`. */
function metricNames(text, prefix) {
  return [...new Set(text.match(new RegExp(`\\b${prefix}[a-z0-9_]+`, 'g')) ?? [])];
}

/**
 * Which of `names` a /metrics page does not declare (`# TYPE` lines); a histogram's series
 * (`_bucket`, `_count`, `_sum`) are declared by its family.
 */
async function undeclared(url, names) {
  const text = await (await fetch(url)).text();
  const families = new Set([...text.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]));
  return names.filter((n) => !families.has(n) && !families.has(n.replace(/_(bucket|count|sum)$/, '')));
}

/** The unit's ExecStart as arguments, with `env` (the environment file) substituted. */
function execStart(unit, env) {
  const line = unit.replace(/\\\n\s*/g, ' ').match(/^ExecStart=(.*)$/m)[1];
  return line
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      const braced = word.match(/^\$\{(\w+)\}$/);
      if (braced) return [env[braced[1]]];
      const plain = word.match(/^\$(\w+)$/);
      if (plain) return (env[plain[1]] ?? '').split(/\s+/).filter(Boolean);
      return [word];
    });
}

/** `KEY=value` lines of an environment file. */
const envFile = (text) =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^\w+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

describe('operations kit', () => {
  const work = mkdtempSync(join(tmpdir(), 'medledger-ops-'));
  const spec = join(work, 'chain-spec.raw.json');
  const unit = readFileSync(join(OPS, 'systemd/medledger-node.service'), 'utf8');
  after(() => rmSync(work, { recursive: true, force: true }));

  before(() => {
    writeFileSync(
      spec,
      execFileSync(nodeBinary(), ['build-spec', '--chain', 'dev', '--raw'], {
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      }),
    );
  });

  it('the alert rules pass promtool’s check and their unit tests', () => {
    const check = execFileSync('promtool', ['check', 'rules', 'medledger.rules.yml'], {
      cwd: join(OPS, 'prometheus'),
      encoding: 'utf8',
    });
    assert.match(check, /SUCCESS: \d+ rules found/);
    const tests = execFileSync('promtool', ['test', 'rules', 'medledger.rules.test.yml'], {
      cwd: join(OPS, 'prometheus'),
      encoding: 'utf8',
    });
    assert.match(tests, /SUCCESS/);
  });

  it('the systemd units pass systemd-analyze verify', () => {
    // The node unit names the installed binary; verify it against the one built here.
    const local = join(work, 'medledger-node.service');
    writeFileSync(local, unit.replace('/usr/local/bin/medledger-node', nodeBinary()));
    for (const file of [local, join(OPS, 'systemd/medledger-gateway.service')]) {
      execFileSync('systemd-analyze', ['verify', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    }
  });

  /** Starts a node with the unit's command line, base path `base`, on free ports. */
  async function unitNode(base) {
    const ports = await nodePorts();
    const env = {
      ...envFile(readFileSync(join(OPS, 'systemd/node.env.example'), 'utf8')),
      RESERVED_NODES: '',
      EXTRA_ARGS: '--no-telemetry --no-mdns',
    };
    const args = execStart(unit, env).map((a) =>
      a
        .replace('/etc/medledger/chain-spec.raw.json', spec)
        .replace('/var/lib/medledger', base)
        .replace('/ip4/0.0.0.0/tcp/30333', `/ip4/127.0.0.1/tcp/${ports.p2pPort}`)
        .replace(/^9944$/, String(ports.rpcPort))
        .replace(/^9615$/, String(ports.promPort)),
    );
    const [binary, ...rest] = args;
    assert.equal(binary, '/usr/local/bin/medledger-node');
    const node = await startProcess(nodeBinary(), () => rest, {
      basePath: base,
      name: 'node',
      substrate: true,
      rpcPort: ports.rpcPort,
    });
    return { ...node, metricsUrl: `http://127.0.0.1:${ports.promPort}/metrics` };
  }

  const finalised = async (api) =>
    (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  let base;
  let node;
  let peerId;
  let genesis;
  let reached;

  it('the node unit’s command line starts a validator whose keys the documented commands put in place', async () => {
    base = join(work, 'var-lib-medledger');
    // `install -d -m 0700 /var/lib/medledger`, as the docs say.
    mkdirSync(base, { mode: 0o700 });
    const cli = (...args) =>
      execFileSync(nodeBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    cli('key', 'generate-node-key', '--file', join(base, 'node-key'));
    const nodeKeyPeer = cli('key', 'inspect-node-key', '--file', join(base, 'node-key')).trim();
    const keys = [
      ['aura', 'sr25519'],
      ['gran', 'ed25519'],
    ];
    for (const [type, scheme] of keys) {
      cli(
        'key',
        'insert',
        '--base-path',
        base,
        '--chain',
        spec,
        '--scheme',
        scheme,
        '--key-type',
        type,
        '--suri',
        ALICE_SESSION,
      );
    }
    node = await unitNode(base);
    const api = await connect(node.wsUrl);
    genesis = api.genesisHash.toHex();
    peerId = (await api.rpc.system.localPeerId()).toString();
    assert.equal(peerId, nodeKeyPeer);
    reached = await waitFor(async () => ((await finalised(api)) >= 3 ? finalised(api) : null), {
      what: 'the unit’s validator to author and finalise block #3',
    });
    await api.disconnect();
  });

  it('every node metric the alert rules and the dashboard use is one the node exports', async () => {
    const used = [
      readFileSync(join(OPS, 'prometheus/medledger.rules.yml'), 'utf8'),
      readFileSync(join(OPS, 'grafana/medledger.json'), 'utf8'),
    ].flatMap((text) => metricNames(text, 'substrate_'));
    assert.ok(used.length >= 8, used.join(', '));
    assert.deepEqual(await undeclared(node.metricsUrl, [...new Set(used)]), []);
    // The dashboard is Grafana JSON with a panel per query.
    const dashboard = JSON.parse(readFileSync(join(OPS, 'grafana/medledger.json'), 'utf8'));
    assert.equal(dashboard.uid, 'medledger');
    assert.ok(dashboard.panels.filter((p) => p.targets?.length).length >= 15);
  });

  it('every gateway metric the alert rules and the dashboard use is one the gateway exports', async () => {
    const gateway = await startGateway({
      rpc: node.wsUrl,
      suri: '//Ferdie',
      basePath: join(work, 'gateway'),
    });
    try {
      const used = [
        readFileSync(join(OPS, 'prometheus/medledger.rules.yml'), 'utf8'),
        readFileSync(join(OPS, 'grafana/medledger.json'), 'utf8'),
      ].flatMap((text) => metricNames(text, 'medledger_gateway_'));
      assert.ok(used.length >= 5, used.join(', '));
      assert.deepEqual(await undeclared(`${gateway.url}/metrics`, [...new Set(used)]), []);
    } finally {
      await gateway.stop();
    }
  });

  it('a backup of the stopped validator, restored to another directory, goes on with the same identity and keys', async () => {
    await node.stop();
    // The backup: the whole base path of the stopped node (database, keystore, node key).
    const restored = join(work, 'restored');
    cpSync(base, restored, { recursive: true });
    rmSync(base, { recursive: true, force: true });
    node = await unitNode(restored);
    try {
      const api = await connect(node.wsUrl);
      assert.equal(api.genesisHash.toHex(), genesis);
      assert.equal((await api.rpc.system.localPeerId()).toString(), peerId);
      const aura = execFileSync(
        nodeBinary(),
        ['key', 'inspect', '--scheme', 'sr25519', '--output-type', 'json', ALICE_SESSION],
        {
          encoding: 'utf8',
        },
      );
      assert.equal(await rpc(node.rpcPort, 'author_hasKey', [JSON.parse(aura).publicKey, 'aura']), true);
      const later = await waitFor(
        async () => {
          const n = await finalised(api);
          return n > reached ? n : null;
        },
        { what: 'the restored validator to author and finalise a new block' },
      );
      assert.ok(later > reached);
      await api.disconnect();
    } finally {
      await node.stop();
    }
  });
});
