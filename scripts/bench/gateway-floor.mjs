// The storage floor of the gateway benchmark (gateway.mjs): the record gateway's reads with no
// decision and no access log. The same HTTP server module, the same signed-request check
// (signature, expiry, nonce kept by the same group commit), the same SQLite store and the same
// content-hash check, against the hash the gateway stored at upload instead of the chain's.
//
//   node gateway-floor.mjs --database <gateway.sqlite> --audience <publicUrl> --port <n>
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { HEADERS, sha256, verifyRequest } from '@medledger/sdk';

import { groupCommit, nonceRegister } from 'medledger-gateway/durable.mjs';
import { openStore } from 'medledger-gateway/store.mjs';

const { values } = parseArgs({
  options: { database: { type: 'string' }, audience: { type: 'string' }, port: { type: 'string' } },
});
const store = openStore(values.database);
const durable = groupCommit(store);
const nonces = nonceRegister(store);

async function read(req, body) {
  const account = await verifyRequest({
    audience: values.audience,
    method: req.method,
    path: req.url,
    body,
    headers: req.headers,
  });
  const expiresAt = Number(req.headers[HEADERS.expires]);
  if (!account || expiresAt <= Date.now()) return [401, { refused: 'BadSignature' }];
  if (!nonces.use(account, req.headers[HEADERS.nonce], expiresAt))
    return [401, { refused: 'RequestReplayed' }];
  // Kept with the next commit, as the gateway keeps it (which also commits a leaf per read).
  durable.nonce(account, req.headers[HEADERS.nonce], expiresAt);
  const record = new URL(req.url, 'http://floor').pathname.split('/')[2];
  const kept = store.record(record);
  const object = kept && store.object(kept.contentHash);
  const wrappedKey = kept && store.wrappedKey(record, account);
  if (!object || !wrappedKey) return [404, { refused: 'NotHeldHere' }];
  if ((await sha256(object.ciphertext)) !== kept.contentHash)
    return [502, { refused: 'StoredContentAltered' }];
  const ciphertext = object.ciphertext.toString('base64');
  return [200, { record, contentHash: kept.contentHash, ciphertext, wrappedKey }];
}

createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () =>
    read(req, Buffer.concat(chunks)).then(([status, json]) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    }),
  );
}).listen(Number(values.port), '127.0.0.1', () => console.log(`floor listening on ${values.port}`));
