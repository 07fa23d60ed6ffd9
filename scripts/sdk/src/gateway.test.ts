// The gateway's request signature: it holds for exactly the request signed, by the account that
// signed it, for the gateway it was made for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { HEADERS, signRequest, verifyRequest } from './gateway.js';

const AUDIENCE = 'https://records.hospital.example';
const PATH = `/records/0x${'11'.repeat(32)}?purpose=0x${'22'.repeat(8)}`;

describe('gateway request signatures', () => {
  it('verify for the request signed and nothing else', async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519' });
    const [alice, bob] = ['//Alice', '//Bob'].map((suri) => keyring.addFromUri(suri));
    const body = '{"wrappedKey":"0x00"}';
    const headers = await signRequest(alice, { audience: AUDIENCE, method: 'put', path: PATH, body });
    const request = { audience: AUDIENCE, method: 'PUT', path: PATH, body: stringToU8a(body), headers };
    assert.equal(await verifyRequest(request), alice.address);
    assert.ok(Number(headers[HEADERS.expires]) > Date.now());
    assert.equal(headers[HEADERS.nonce].length, 2 + 32);
    const changed = [
      { audience: 'https://other.example' },
      { method: 'GET' },
      { path: PATH.replace('22', '33') },
      { body: stringToU8a('{"wrappedKey":"0x01"}') },
      { headers: { ...headers, [HEADERS.account]: bob.address } },
      { headers: { ...headers, [HEADERS.expires]: String(Number(headers[HEADERS.expires]) + 1) } },
      { headers: { ...headers, [HEADERS.nonce]: `0x${'00'.repeat(16)}` } },
      { headers: { ...headers, [HEADERS.signature]: undefined } },
      { headers: { ...headers, [HEADERS.account]: 'not an account' } },
    ];
    for (const change of changed)
      assert.equal(await verifyRequest({ ...request, ...change }), null, JSON.stringify(change));
  });
});
