// Connecting to a MedLedger node, record ids, and runtime APIs that survive a runtime upgrade.
import './augment.js';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Metadata, TypeRegistry } from '@polkadot/types';
import type { Codec } from '@polkadot/types/types';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';

import { type BytesLike, bytes } from './bytes.js';

/**
 * The chain's transaction extensions polkadot.js does not know by name, with the data they
 * carry (none): `RelayedBySponsor` (pallet-sponsorship). Give them to every `ApiPromise.create`.
 */
export const SIGNED_EXTENSIONS = {
  RelayedBySponsor: { extrinsic: {}, payload: {} },
};

/** Connections to chopsticks (see `connect`). */
const chopsticks = new WeakSet<ApiPromise>();

/** Whether `api` was connected to chopsticks (`connect(url, { chopsticks: true })`). */
export const isChopsticks = (api: ApiPromise): boolean => chopsticks.has(api);

/**
 * Connects to a node at `wsUrl`; every type comes from the chain's own metadata. `timeoutMs`
 * bounds each request (30 s by default). With `chopsticks`, `submit` sends the connection's
 * transactions as chopsticks needs them (immortal, signed again once if found invalid).
 */
export async function connect(
  wsUrl: string,
  { chopsticks: forked = false, timeoutMs = 30_000 }: { chopsticks?: boolean; timeoutMs?: number } = {},
): Promise<ApiPromise> {
  await cryptoWaitReady();
  const api = await ApiPromise.create({
    provider: new WsProvider(wsUrl, 1000, {}, timeoutMs),
    throwOnConnect: true,
    noInitWarn: true,
    signedExtensions: SIGNED_EXTENSIONS,
  });
  if (forked) chopsticks.add(api);
  return api;
}

/** A block: its hash as hex or as a codec. */
export type BlockHash = string | { toHex(): string };

/** A record's content-hash algorithm, as the chain names it (`HashAlgorithm`). */
export type HashAlgorithm = 'Sha2_256' | 'Blake2_256';
const ALGORITHMS: Record<HashAlgorithm, number> = { Sha2_256: 0, Blake2_256: 1 };

/**
 * The id a record gets when anchored (docs/records.md): the patient id (u64, little-endian), then
 * 24 bytes of BLAKE2-256 over `medledger/record`, the patient id, the hash algorithm's index and
 * the first version's content hash. Known before anchoring, so that an emergency key can be made
 * for it.
 */
export function recordId(
  patient: number | bigint,
  contentHash: BytesLike,
  algorithm: HashAlgorithm = 'Sha2_256',
): string {
  const le = new Uint8Array(8);
  new DataView(le.buffer).setBigUint64(0, BigInt(patient), true);
  const index = ALGORITHMS[algorithm];
  if (index === undefined) throw new Error(`unknown hash algorithm ${algorithm}`);
  const digest = blake2AsU8a(
    u8aConcat(stringToU8a('medledger/record'), le, new Uint8Array([index]), bytes(contentHash)),
    256,
  );
  return u8aToHex(u8aConcat(le, digest.slice(0, 24)));
}

/** A runtime's own types, from its metadata V15. */
export interface RuntimeTypes {
  registry: TypeRegistry;
  apis: Metadata['asLatest']['apis'];
  specVersion: number;
  /** The type whose path ends in `name` (`AccessLogLeaf`), for `registry.createType`. */
  type(name: string): string;
}

/** Each runtime's own metadata (V15), by spec version, per connection. */
const runtimes = new WeakMap<ApiPromise, Map<number, RuntimeTypes>>();
/** The spec version of recent blocks, by hash (a decision is often taken at the same block). */
const versionsAt = new Map<string, number>();

const hexOf = (at: BlockHash) => (typeof at === 'string' ? at : at.toHex());

async function specVersionAt(api: ApiPromise, at: BlockHash): Promise<number> {
  const hash = hexOf(at);
  let version = versionsAt.get(hash);
  if (version === undefined) {
    if (versionsAt.size >= 256) versionsAt.delete(versionsAt.keys().next().value as string);
    version = (await api.rpc.state.getRuntimeVersion(hash)).specVersion.toNumber();
    versionsAt.set(hash, version);
  }
  return version;
}

/** `state_call` at `at`, or at the best block (an explicit `undefined` would be sent as the zero hash). */
function stateCall(api: ApiPromise, method: string, data: string, at?: BlockHash) {
  return at === undefined ? api.rpc.state.call(method, data) : api.rpc.state.call(method, data, hexOf(at));
}

/**
 * The runtime's own types at block `at` (the best block if omitted), from its metadata V15.
 * Unlike the connection's registry, it follows a runtime upgrade: polkadot.js 16 refreshes a
 * connection's metadata from V14 after an upgrade, and V14 does not describe runtime APIs
 * (`api.call` loses them) nor the types only they use.
 */
export async function runtimeTypes(api: ApiPromise, at?: BlockHash): Promise<RuntimeTypes> {
  const specVersion =
    at === undefined ? api.runtimeVersion.specVersion.toNumber() : await specVersionAt(api, at);
  let known = runtimes.get(api);
  if (!known) {
    known = new Map();
    runtimes.set(api, known);
  }
  let types = known.get(specVersion);
  if (!types) {
    const raw = await stateCall(
      api,
      'Metadata_metadata_at_version',
      u8aToHex(new Uint8Array([15, 0, 0, 0])),
      at,
    );
    const registry = new TypeRegistry();
    const opaque = registry.createType('Option<OpaqueMetadata>', raw).unwrap();
    const metadata = new Metadata(registry, opaque.toU8a(true));
    registry.setMetadata(metadata);
    registry.setChainProperties(api.registry.getChainProperties());
    const type = (name: string) => {
      const found = registry.lookup.types.find((t) =>
        t.type.path
          .map((segment) => segment.toString())
          .join('::')
          .endsWith(`::${name}`),
      );
      if (!found) throw new Error(`no type ${name} in the runtime's metadata`);
      return registry.createLookupType(found.id);
    };
    types = { registry, apis: metadata.asLatest.apis, specVersion, type };
    known.set(specVersion, types);
  }
  return types;
}

/**
 * Calls runtime API `section.method` (as `api.call` names them: `consentApi`, `checkAccess`) over
 * `state_call`, at block `at` (the best block if omitted), with its argument and result types from
 * that block's runtime metadata (`runtimeTypes`). Unlike `api.call`, it answers for any block, so
 * a decision can be taken, and later re-run, at the block it names, and it keeps working on a
 * connection opened before a runtime upgrade. Typed: `runtime(api, at)`.
 */
export async function runtimeCall(
  api: ApiPromise,
  section: string,
  method: string,
  args: readonly unknown[],
  at?: BlockHash,
): Promise<Codec> {
  const { registry, apis } = await runtimeTypes(api, at);
  const apiName = `${section[0].toUpperCase()}${section.slice(1)}`;
  const snake = method.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const fn = apis
    .find((a) => a.name.toString() === apiName)
    ?.methods.find((m) => m.name.toString() === snake);
  if (!fn) throw new Error(`no runtime API ${apiName}_${snake} in the runtime's metadata`);
  if (args.length !== fn.inputs.length) {
    throw new Error(`${apiName}_${snake} takes ${fn.inputs.length} arguments, not ${args.length}`);
  }
  const type = (id: { toNumber(): number }) => registry.createLookupType(id.toNumber());
  // Hex, not bytes: polkadot.js reads a `Uint8Array` given as `Bytes` as length-prefixed.
  const data = u8aToHex(
    u8aConcat(...fn.inputs.map((p, i) => registry.createType(type(p.type), args[i]).toU8a())),
  );
  const raw = await stateCall(api, `${apiName}_${snake}`, data, at);
  return registry.createType(type(fn.output), raw);
}

/** Every runtime API, typed as `api.call` (from the metadata), answered by `runtimeCall`. */
export type RuntimeApis = ApiPromise['call'];

/**
 * Every runtime API of the chain, typed like `api.call` (`runtime(api).consentApi.checkAccess(…)`),
 * at block `at` (the best block if omitted), through `runtimeCall`: it keeps working after a
 * runtime upgrade on a connection opened before it, and answers at any block the node keeps.
 */
export function runtime(api: ApiPromise, at?: BlockHash): RuntimeApis {
  const section = (name: string) =>
    new Proxy(
      {},
      {
        get: (_, method) =>
          typeof method === 'string' && method !== 'then'
            ? (...args: unknown[]) => runtimeCall(api, name, method, args, at)
            : undefined,
      },
    );
  return new Proxy({} as RuntimeApis, {
    get: (_, name) => (typeof name === 'string' && name !== 'then' ? section(name) : undefined),
  });
}
