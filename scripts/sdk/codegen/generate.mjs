// Regenerates the SDK's types from a running MedLedger node's metadata (V15, which carries the
// runtime APIs): `metadata.json`, then polkadot.js typegen's lookup types and its augmentation of
// `api.tx`, `api.query`, `api.consts`, `api.events`, `api.errors` and `api.call`.
//
//   ./scripts/dev.sh &                      # or any node of the runtime to describe
//   npm run generate --workspace @medledger/sdk [-- ws://127.0.0.1:9944]
//
// The end-to-end suite fails when `metadata.json` is not the dev runtime's (tests/16-sdk).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metadataV15 } from './metadata.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const endpoint = process.argv[2] ?? process.env.MEDLEDGER_RPC ?? 'ws://127.0.0.1:9944';

const http = endpoint.replace(/^ws/, 'http');
writeFileSync(join(root, 'metadata.json'), `${JSON.stringify({ result: await metadataV15(http) })}\n`);

const typegen = join(root, '..', 'node_modules', '@polkadot', 'typegen');
const run = (script, args) =>
  execFileSync(process.execPath, ['--import', join(here, 'plain-ts.mjs'), join(typegen, script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
run('scripts/polkadot-types-from-defs.mjs', [
  '--package',
  '@medledger/sdk/interfaces',
  '--input',
  './src/interfaces',
  '--endpoint',
  './metadata.json',
]);
run('scripts/polkadot-types-from-chain.mjs', [
  '--package',
  '@medledger/sdk/interfaces',
  '--output',
  './src/interfaces',
  '--endpoint',
  './metadata.json',
  '--strict',
]);

// Two mends to typegen's runtime APIs: it names a parameter as the runtime does, and `class`
// (ConsentApi's `check_access`) is a reserved word in TypeScript, where a parameter's name is only
// a label; and it knows the runtime's call type only by the names of Polkadot's runtimes, so ours
// (`MedledgerRuntimeRuntimeCall`, for TransactionPaymentCallApi) becomes polkadot.js' `Call`.
const runtimeFile = join(root, 'src', 'interfaces', 'augment-api-runtime.ts');
writeFileSync(
  runtimeFile,
  readFileSync(runtimeFile, 'utf8')
    .replace(/([(,] )class: /g, '$1class_: ')
    .replaceAll('MedledgerRuntimeRuntimeCall', 'Call')
    .replace(
      "import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';",
      "import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';\nimport type { Call } from '@polkadot/types/interfaces/runtime';",
    ),
);
