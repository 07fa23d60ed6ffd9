#!/usr/bin/env node
// Rehearses a runtime upgrade on a fork of a live MedLedger chain (docs/governance.md):
//   node scripts/rehearsal/rehearse.mjs --endpoint ws://127.0.0.1:9944 --wasm candidate.wasm [--json report.json]
// Prints the report; exits 1 if a check failed.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { formatReport, rehearseUpgrade } from './lib.mjs';

const { values } = parseArgs({
  options: {
    endpoint: { type: 'string', default: 'ws://127.0.0.1:9944' },
    wasm: { type: 'string' },
    json: { type: 'string' },
  },
});
if (!values.wasm) {
  console.error(
    'usage: rehearse.mjs --endpoint <ws://node:9944> --wasm <candidate.compact.compressed.wasm> [--json <report.json>]',
  );
  process.exit(2);
}
const report = await rehearseUpgrade({
  endpoint: values.endpoint,
  wasm: values.wasm,
  log: (line) => console.error(`[rehearsal] ${line}`),
});
console.log(formatReport(report));
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
process.exit(report.ok ? 0 : 1);
