// Record ids are computed as the chain computes them (e2e 06 holds them to the chain), and the
// typed runtime APIs object is not mistaken for a promise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { ApiPromise } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { recordId, runtime } from './chain.js';

const HASH = `0x${'ab'.repeat(32)}`;

describe('record ids', () => {
  it('start with the patient id, little-endian, and depend on the algorithm and the hash', async () => {
    await cryptoWaitReady();
    const id = recordId(258, HASH);
    assert.match(id, /^0x0201000000000000[0-9a-f]{48}$/);
    assert.equal(recordId(258n, HASH), id);
    assert.notEqual(recordId(258, HASH, 'Blake2_256'), id);
    assert.notEqual(recordId(258, `0x${'ac'.repeat(32)}`), id);
    assert.notEqual(recordId(259, HASH).slice(18), id.slice(18));
  });
});

describe('runtime', () => {
  it('can be awaited and passed around without calling the chain', async () => {
    const apis = runtime({} as ApiPromise);
    assert.equal(await apis, apis);
    assert.equal(typeof apis.consentApi.checkAccess, 'function');
  });
});
