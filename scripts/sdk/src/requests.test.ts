// Sealed consent-request terms: only the patient's key opens them, they fit the chain's bound,
// and tampering is detected.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { encryptionKeyPair } from './hpke.js';
import { MAX_SEALED_BYTES, openTerms, sealTerms } from './requests.js';

const TERMS = {
  categories: ['laboratory', 'imaging'],
  actions: ['Read'],
  purposes: ['TREAT'],
  expiresAt: 1_800_000_000_000,
  note: 'follow-up of the March admission',
};

describe('sealed consent-request terms', () => {
  it('opens with the patient key and nothing else', async () => {
    const patient = await encryptionKeyPair();
    const other = await encryptionKeyPair();
    const sealed = await sealTerms(patient.publicKey, TERMS);
    assert.deepEqual(await openTerms(patient.privateKey, sealed), TERMS);
    await assert.rejects(openTerms(other.privateKey, sealed));
    // Sealed twice, never the same bytes: equal requests do not show as equal on chain.
    assert.notEqual(await sealTerms(patient.publicKey, TERMS), sealed);
  });

  it('detects tampering and refuses terms the chain would not take', async () => {
    const patient = await encryptionKeyPair();
    const sealed = await sealTerms(patient.publicKey, TERMS);
    const last = sealed.slice(-2) === '00' ? '01' : '00';
    await assert.rejects(openTerms(patient.privateKey, sealed.slice(0, -2) + last));
    assert.ok((sealed.length - 2) / 2 <= MAX_SEALED_BYTES);
    await assert.rejects(sealTerms(patient.publicKey, { ...TERMS, note: 'x'.repeat(600) }), /512/);
  });
});
