#!/usr/bin/env node
// The privacy measurement of docs/privacy.md: starts a dev node, plays a consortium day on it
// (scenario.mjs), then reads the chain as an honest-but-curious member would (observe.mjs) and
// prints, per patient, every health fact in clear and where it was read.
//
//   node scripts/privacy/measure.mjs [--json FILE]
//
// Needs the node built (`scripts/build.sh`) and `npm ci` in scripts/; MEDLEDGER_NODE overrides the
// binary.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { connect } from '@medledger/sdk';
import { startNode } from 'medledger-toolkit/node.mjs';

import { factRows, observe } from './observe.mjs';
import { populate } from './scenario.mjs';

const { values: opts } = parseArgs({ options: { json: { type: 'string' } } });
const node = await startNode();
try {
  const api = await connect(node.wsUrl);
  const { patients } = await populate(api);
  const names = Object.fromEntries(Object.entries(patients).map(([name, id]) => [id, name]));
  const rows = factRows(await observe(api), (id) => `${id}${names[id] ? ` (${names[id]})` : ''}`);
  console.table(rows);
  const perPatient = Object.fromEntries(
    Object.entries(patients).map(([name, id]) => [
      name,
      rows.filter((r) => r.patient.startsWith(`${id} `)).length,
    ]),
  );
  console.log(`health facts in clear, per patient: ${JSON.stringify(perPatient)}`);
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ patients, rows }, null, 2)}\n`);
  await api.disconnect();
} finally {
  await node.stop();
}
