#!/usr/bin/env node
// The consortium network tool: generate keys and a chain spec from a config, start and stop the
// validators, show their state. See docs/operations.md.
//
//   node scripts/network/consortium.mjs generate --config FILE --dir DIR
//   node scripts/network/consortium.mjs start  --dir DIR [--only NAME,...]
//   node scripts/network/consortium.mjs stop   --dir DIR [--only NAME,...]
//   node scripts/network/consortium.mjs status --dir DIR
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generate, start, status, stop } from './lib.mjs';

const usage = `usage: consortium.mjs generate --config FILE --dir DIR
       consortium.mjs start|stop [--only NAME,...] --dir DIR
       consortium.mjs status --dir DIR`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { config: { type: 'string' }, dir: { type: 'string' }, only: { type: 'string' } },
  });
  const [command] = positionals;
  const { dir } = values;
  const only = values.only?.split(',');
  if (!dir) throw new Error(usage);
  switch (command) {
    case 'generate': {
      if (!values.config) throw new Error(usage);
      const net = generate(JSON.parse(readFileSync(values.config, 'utf8')), dir);
      console.log(`generated "${net.name}" in ${dir}`);
      console.log(`  chain spec: ${net.chainSpec}`);
      for (const v of net.validators) {
        console.log(`  validator ${v.name}: ${v.account}, peer ${v.peerId}, rpc ${v.rpcPort}`);
      }
      for (const m of net.members) console.log(`  council member ${m.name}: ${m.account}`);
      for (const o of net.organisations) console.log(`  organisation ${o.name}: admin ${o.admin}`);
      console.log(`  secret phrases: ${dir}/secrets (keep them offline)`);
      break;
    }
    case 'start':
      for (const v of await start(dir, { only })) {
        console.log(`started ${v.name}: ws://127.0.0.1:${v.rpcPort}, log ${dir}/logs/${v.name}.log`);
      }
      break;
    case 'stop':
      for (const v of await stop(dir, { only })) console.log(`stopped ${v.name}`);
      break;
    case 'status':
      for (const s of await status(dir)) {
        console.log(
          !s.running
            ? `${s.name}: stopped`
            : s.error
              ? `${s.name}: running (pid ${s.pid}), RPC not answering: ${s.error}`
              : `${s.name}: ${s.rpc} peers ${s.peers} best #${s.best} finalised #${s.finalized}`,
        );
      }
      break;
    default:
      throw new Error(usage);
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
