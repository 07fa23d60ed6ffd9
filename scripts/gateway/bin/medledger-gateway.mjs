#!/usr/bin/env node
// Starts the record gateway: `medledger-gateway --config gateway.json` (docs/gateway.md).
import { parseArgs } from 'node:util';

import { loadConfig } from '../src/config.mjs';
import { startGateway } from '../src/gateway.mjs';

const { values } = parseArgs({ options: { config: { type: 'string', short: 'c' } } });
if (!values.config) {
  console.error('usage: medledger-gateway --config <file.json>   (docs/gateway.md)');
  process.exit(2);
}
const gateway = await startGateway(loadConfig(values.config));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await gateway.close();
    process.exit(0);
  });
}
