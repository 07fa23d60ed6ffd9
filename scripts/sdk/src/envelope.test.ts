// Envelope encryption: content opens only with its data key, a wrapped key only with its reader's
// private key and only for the record it was wrapped for; tampering is detected.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openRecord, sealRecord, sha256, unwrapDataKey, WRAPPED_KEY_BYTES, wrapDataKey } from './envelope.js';
import { encryptionKeyPair } from './hpke.js';

const RESOURCE = {
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] },
  valueQuantity: { value: 6.1, unit: '%' },
};

const flipLast = (hexString: string) => hexString.slice(0, -2) + (hexString.slice(-2) === '00' ? '01' : '00');

describe('envelope encryption', () => {
  it('seals a resource that opens with its data key, hashed as anchored', async () => {
    const { ciphertext, contentHash, dataKey } = await sealRecord(RESOURCE);
    assert.equal(contentHash, await sha256(ciphertext));
    assert.deepEqual(await openRecord(ciphertext, dataKey), RESOURCE);
    const other = await sealRecord(RESOURCE);
    await assert.rejects(openRecord(ciphertext, other.dataKey));
    const tampered = Uint8Array.from(ciphertext);
    tampered[20] ^= 1;
    await assert.rejects(openRecord(tampered, dataKey));
  });

  it('wraps the data key for one reader and one record only', async () => {
    const reader = await encryptionKeyPair();
    const stranger = await encryptionKeyPair();
    const { contentHash, dataKey } = await sealRecord(RESOURCE);
    const wrapped = await wrapDataKey(dataKey, reader.publicKey, contentHash);
    assert.equal((wrapped.length - 2) / 2, WRAPPED_KEY_BYTES);
    assert.deepEqual(await unwrapDataKey(wrapped, reader.privateKey, contentHash), dataKey);
    await assert.rejects(unwrapDataKey(wrapped, stranger.privateKey, contentHash));
    const elsewhere = await sealRecord(RESOURCE);
    await assert.rejects(unwrapDataKey(wrapped, reader.privateKey, elsewhere.contentHash));
    await assert.rejects(unwrapDataKey(flipLast(wrapped), reader.privateKey, contentHash));
  });
});
