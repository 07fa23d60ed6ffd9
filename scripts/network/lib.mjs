// A consortium network from a small config file: keys, chain spec, and starting and stopping the
// validators. Needs only Node.js and the medledger-node binary (keys are made by `medledger-node
// key`, the raw chain spec by `medledger-node export-chain-spec`). The config file's fields are
// described in docs/operations.md; scripts/network/consortium.example.json is one.
//
// Layout of a network directory (`generate` writes it; `start`, `stop`, `status` read it):
//   config.json            the config it was generated from
//   chain-spec.json        the plain chain spec (human-readable genesis)
//   chain-spec.raw.json    the raw chain spec every node starts from
//   network.json           public facts: accounts, peer ids, ports, reserved peers (no secrets)
//   secrets/<name>.json    secret phrases of generated accounts and session keys (mode 0600)
//   nodes/<name>/          each validator's base path: node key, keystore, ParityDB
//   logs/<name>.log        each validator's log
//   run/<name>.pid         the pid of each running validator
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

// Relative, not by package name: the network tool runs without `npm ci` (node.mjs uses only
// Node.js's own modules).
import { freePort, nodeBinary, rpc, sleep } from '../toolkit/node.mjs';

const UNIT = 10n ** 12n; // MED has 12 decimals (runtime `currency`).

function node(args, opts = {}) {
  // A chain spec carries the runtime's Wasm in hex: over a megabyte, Node's default buffer.
  return execFileSync(nodeBinary(), args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
    ...opts,
  });
}

/** A new sr25519 account: { secretPhrase, account (SS58), publicKey }. */
function newAccount() {
  const k = JSON.parse(node(['key', 'generate', '--scheme', 'sr25519', '--output-type', 'json']));
  return { secretPhrase: k.secretPhrase, account: k.ss58Address, publicKey: k.publicKey };
}

/** The public key (SS58) of `suri` in `scheme`. */
function publicOf(suri, scheme) {
  return JSON.parse(node(['key', 'inspect', '--scheme', scheme, '--output-type', 'json', suri])).ss58Address;
}

/** Checks a config and fills its defaults; throws with a message that names the bad field. */
export function normaliseConfig(raw) {
  const fail = (m) => {
    throw new Error(`consortium config: ${m}`);
  };
  const c = {
    chainType: 'Local',
    endowment: 1_000_000,
    basePort: 30400,
    rpcBasePort: 9950,
    prometheusBasePort: 9620,
    ...raw,
  };
  if (!c.name || !c.id) fail('"name" and "id" are required');
  if (!/^[a-z0-9_]+$/.test(c.id)) fail('"id" is lower-case letters, digits and _');
  if (!['Local', 'Live'].includes(c.chainType)) fail('"chainType" is "Local" or "Live"');
  const names = new Set();
  const named = (list, what) =>
    (list ?? []).map((e) => {
      const entry = typeof e === 'string' ? { name: e } : e;
      if (!/^[a-z0-9-]+$/.test(entry.name ?? '')) fail(`${what} name "${entry.name}": use a-z, 0-9, -`);
      if (names.has(entry.name)) fail(`name "${entry.name}" is used twice`);
      names.add(entry.name);
      return entry;
    });
  c.validators = named(c.validators, 'validator');
  c.members = named(c.members, 'member');
  if (c.validators.length < 1) fail('at least one validator');
  if (c.members.length < 1) fail('at least one council member');
  if (c.upgradeDelay !== undefined && !(Number.isInteger(c.upgradeDelay) && c.upgradeDelay >= 0)) {
    fail('"upgradeDelay" is a number of blocks');
  }
  c.organisations = (c.organisations ?? []).map((o, i) => {
    if (!o.name || !o.kind || !o.jurisdiction) fail(`organisation ${i}: name, kind, jurisdiction`);
    return { licenceHash: `0x${'00'.repeat(32)}`, ...o, key: `org-${i}` };
  });
  return c;
}

/**
 * Generates a network directory from `config`: an account per council member, per validator and
 * per organisation admin (unless the config gives an SS58 `account`/`admin`), session keys and a
 * node key per validator, the keystores, and the plain and raw chain specs. No sudo key.
 * Refuses to overwrite an existing network directory.
 */
export function generate(rawConfig, dir) {
  const config = normaliseConfig(rawConfig);
  if (existsSync(join(dir, 'network.json'))) {
    throw new Error(`${dir} already holds a network; stop it and remove the directory first`);
  }
  for (const d of ['secrets', 'nodes', 'logs', 'run']) mkdirSync(join(dir, d), { recursive: true });
  chmodSync(join(dir, 'secrets'), 0o700);
  writeFileSync(join(dir, 'config.json'), `${JSON.stringify(rawConfig, null, 2)}\n`);

  const secrets = {};
  const keep = (name, secret) => {
    secrets[name] = secret;
    const f = join(dir, 'secrets', `${name}.json`);
    writeFileSync(f, `${JSON.stringify(secret, null, 2)}\n`, { mode: 0o600 });
  };
  // An account given in the config is used as is; otherwise one is generated and kept secret.
  const accountFor = (name, given) => {
    if (given) return given;
    const a = newAccount();
    keep(name, { account: a.account, secretPhrase: a.secretPhrase });
    return a.account;
  };

  const validators = config.validators.map((v, i) => {
    const account = accountFor(v.name, v.account);
    const basePath = join(dir, 'nodes', v.name);
    mkdirSync(basePath, { recursive: true });
    // A validator run elsewhere brings its own public session keys and peer id (its operator
    // keeps the secrets); otherwise both are generated here, for a network run on this machine.
    const external = Boolean(v.aura && v.grandpa && v.peerId);
    let { aura, grandpa, peerId } = v;
    if (!external) {
      const session = newAccount();
      aura = publicOf(session.secretPhrase, 'sr25519');
      grandpa = publicOf(session.secretPhrase, 'ed25519');
      keep(`${v.name}.session`, { secretPhrase: session.secretPhrase, aura, grandpa });
      const nodeKeyFile = join(basePath, 'node-key');
      node(['key', 'generate-node-key', '--file', nodeKeyFile]);
      peerId = node(['key', 'inspect-node-key', '--file', nodeKeyFile]).trim();
      chmodSync(nodeKeyFile, 0o600);
    }
    const port = v.port ?? config.basePort + i;
    const address = v.address ?? `/ip4/127.0.0.1/tcp/${port}`;
    return {
      name: v.name,
      account,
      aura,
      grandpa,
      peerId,
      port,
      address,
      external,
      multiaddr: `${address}/p2p/${peerId}`,
      rpcPort: v.rpcPort ?? config.rpcBasePort + i,
      prometheusPort: v.prometheusPort ?? config.prometheusBasePort + i,
      basePath,
    };
  });
  const members = config.members.map((m) => ({ name: m.name, account: accountFor(m.name, m.account) }));
  const organisations = config.organisations.map((o) => ({
    name: o.name,
    kind: o.kind,
    jurisdiction: o.jurisdiction,
    licenceHash: o.licenceHash,
    admin: accountFor(o.key, o.admin),
  }));

  // Every generated account is endowed: validators pay the session-key deposit, members pay
  // for motions, organisation admins register practitioners.
  const endowed = [
    ...new Set(
      Object.values(secrets)
        .map((s) => s.account)
        .filter(Boolean),
    ),
  ];
  const amount = BigInt(config.endowment) * UNIT;

  const base = JSON.parse(node(['export-chain-spec', '--chain', 'local']));
  const spec = {
    ...base,
    name: config.name,
    id: config.id,
    chainType: config.chainType,
    bootNodes: validators.map((v) => v.multiaddr),
    protocolId: config.id,
  };
  spec.genesis = {
    runtimeGenesis: {
      code: base.genesis.runtimeGenesis.code,
      patch: {
        balances: { balances: endowed.map((a) => [a, `__BIG__${amount}`]) },
        consortium: {
          validators: validators.map((v) => v.account),
          // Absent: the runtime's default delay (a day).
          upgradeDelay: config.upgradeDelay ?? null,
        },
        session: {
          keys: validators.map((v) => [v.account, v.account, { aura: v.aura, grandpa: v.grandpa }]),
        },
        councilMembership: { members: members.map((m) => m.account) },
        sudo: { key: null },
        ...(organisations.length > 0 && {
          patientIdentity: {
            organisations: organisations.map((o) => [o.name, o.kind, o.jurisdiction, o.licenceHash, o.admin]),
          },
        }),
      },
    },
  };
  // Balances exceed 2^53: written as JSON integers, not as strings or lossy floats.
  const plain = JSON.stringify(spec, null, 2).replace(/"__BIG__(\d+)"/g, '$1');
  const plainFile = join(dir, 'chain-spec.json');
  writeFileSync(plainFile, `${plain}\n`);
  const rawFile = join(dir, 'chain-spec.raw.json');
  node(['export-chain-spec', '--chain', plainFile, '--raw', '--output', rawFile]);

  for (const v of validators.filter((x) => !x.external)) {
    const { secretPhrase } = secrets[`${v.name}.session`];
    for (const [scheme, type] of [
      ['sr25519', 'aura'],
      ['ed25519', 'gran'],
    ]) {
      node([
        'key',
        'insert',
        '--base-path',
        v.basePath,
        '--chain',
        rawFile,
        '--scheme',
        scheme,
        '--suri',
        secretPhrase,
        '--key-type',
        type,
      ]);
    }
  }

  const network = {
    name: config.name,
    id: config.id,
    chainSpec: rawFile,
    validators: validators.map((v) => ({
      ...v,
      // A validator peers only with the other consortium nodes (reserved-only).
      reservedPeers: validators.filter((o) => o.name !== v.name).map((o) => o.multiaddr),
    })),
    members,
    organisations,
  };
  writeFileSync(join(dir, 'network.json'), `${JSON.stringify(network, null, 2)}\n`);
  return network;
}

/** The network described by a directory made by `generate`. */
export function load(dir) {
  const file = join(dir, 'network.json');
  if (!existsSync(file)) throw new Error(`${dir} holds no network (no network.json); generate one`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The secret of a generated account or session key (`name` or `name.session`). */
export function secret(dir, name) {
  return JSON.parse(readFileSync(join(dir, 'secrets', `${name}.json`), 'utf8'));
}

function pidOf(dir, name) {
  const f = join(dir, 'run', `${name}.pid`);
  if (!existsSync(f)) return null;
  const pid = Number(readFileSync(f, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    rmSync(f, { force: true });
    return null;
  }
}

/**
 * Validators for a network on this machine, for `generate`'s config: each name with free p2p, RPC
 * and Prometheus ports.
 */
export async function localValidators(names) {
  const validators = [];
  for (const name of names) {
    validators.push({
      name,
      port: await freePort(),
      rpcPort: await freePort(),
      prometheusPort: await freePort(),
    });
  }
  return validators;
}

/** The command line of a validator. */
export function validatorArgs(network, v) {
  return [
    '--chain',
    network.chainSpec,
    '--base-path',
    v.basePath,
    '--name',
    v.name,
    '--validator',
    '--node-key-file',
    join(v.basePath, 'node-key'),
    '--listen-addr',
    `/ip4/127.0.0.1/tcp/${v.port}`,
    '--rpc-port',
    String(v.rpcPort),
    '--prometheus-port',
    String(v.prometheusPort),
    // Only the consortium's nodes: peers outside the reserved set are refused.
    '--reserved-only',
    ...v.reservedPeers.flatMap((p) => ['--reserved-nodes', p]),
    '--no-mdns',
    '--no-telemetry',
  ];
}

/**
 * Starts the validators (all, or those named in `only`) in the background, logs to
 * logs/<name>.log, and waits (bounded) until each answers RPC. Already running ones are left.
 */
export async function start(dir, { only, readyTimeoutMs = 60_000 } = {}) {
  const network = load(dir);
  const chosen = network.validators.filter((v) => !v.external && (!only || only.includes(v.name)));
  for (const v of chosen) {
    if (pidOf(dir, v.name)) continue;
    const fd = openSync(join(dir, 'logs', `${v.name}.log`), 'a');
    const child = spawn(nodeBinary(), validatorArgs(network, v), {
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    closeSync(fd);
    child.unref();
    writeFileSync(join(dir, 'run', `${v.name}.pid`), String(child.pid));
  }
  for (const v of chosen) {
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (!pidOf(dir, v.name)) {
        const tail = readFileSync(join(dir, 'logs', `${v.name}.log`), 'utf8')
          .split('\n')
          .slice(-20);
        throw new Error(`${v.name} exited:\n${tail.join('\n')}`);
      }
      try {
        await rpc(v.rpcPort, 'system_health');
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`${v.name}: no RPC on ${v.rpcPort} in time`);
        await sleep(250);
      }
    }
  }
  return chosen;
}

/** Stops validators (all, or those in `only`): SIGINT, then SIGKILL after `graceMs`. */
export async function stop(dir, { only, graceMs = 20_000 } = {}) {
  const network = load(dir);
  const chosen = network.validators.filter((v) => !only || only.includes(v.name));
  await Promise.all(
    chosen.map(async (v) => {
      const pid = pidOf(dir, v.name);
      if (!pid) return;
      process.kill(pid, 'SIGINT');
      const deadline = Date.now() + graceMs;
      while (pidOf(dir, v.name) && Date.now() < deadline) await sleep(200);
      if (pidOf(dir, v.name)) {
        process.kill(pid, 'SIGKILL');
        const killDeadline = Date.now() + 5_000;
        while (pidOf(dir, v.name) && Date.now() < killDeadline) await sleep(100);
      }
      if (pidOf(dir, v.name)) throw new Error(`${v.name} (pid ${pid}) did not stop`);
      rmSync(join(dir, 'run', `${v.name}.pid`), { force: true });
    }),
  );
  return chosen;
}

/** Per validator: running or not, peers, best and finalised block numbers. */
export async function status(dir) {
  const network = load(dir);
  return Promise.all(
    network.validators
      .filter((v) => !v.external)
      .map(async (v) => {
        const pid = pidOf(dir, v.name);
        if (!pid) return { name: v.name, running: false };
        try {
          const [health, best, finalizedHash] = await Promise.all([
            rpc(v.rpcPort, 'system_health'),
            rpc(v.rpcPort, 'chain_getHeader'),
            rpc(v.rpcPort, 'chain_getFinalizedHead'),
          ]);
          const fin = await rpc(v.rpcPort, 'chain_getHeader', [finalizedHash]);
          return {
            name: v.name,
            running: true,
            pid,
            rpc: `ws://127.0.0.1:${v.rpcPort}`,
            peers: health.peers,
            best: parseInt(best.number, 16),
            finalized: parseInt(fin.number, 16),
          };
        } catch (e) {
          return { name: v.name, running: true, pid, error: e.message };
        }
      }),
  );
}
