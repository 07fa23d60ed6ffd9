// The toolkit's tags against the vectors the Rust tests check too (medledger-test-utils::wallet),
// and the wallet's expansions. `npm test --workspace @medledger/sdk` (run by scripts/test.sh through npm test).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  classTag,
  consentTags,
  emergencyKey,
  purposeTag,
  reasonCommitment,
  specialisations,
  verifyReason,
} from './privacy.js';

const KEY = `0x${'7a'.repeat(32)}`;

test('tags are the Rust wallet tags', () => {
  assert.equal(classTag(KEY, 'laboratory'), '0x4aa002f4b7b379da');
  assert.equal(classTag(KEY, 'laboratory', ['V', 'HIV']), '0xaa5982645047eb70');
  assert.equal(purposeTag(KEY, 'TREAT'), '0x12b3ba67243cb96e');
});

test('a purpose covers its specialisations', () => {
  assert.deepEqual(specialisations('TREAT'), [
    'TREAT',
    'CAREMGT',
    'CLINTRL',
    'ETREAT',
    'BTG',
    'ERTREAT',
    'POPHLTH',
  ]);
  assert.deepEqual(specialisations('BTG'), ['BTG']);
});

test('a broad grant lists no labelled class; a named label adds its classes', () => {
  const broad = consentTags(KEY, { categories: 'standard', purposes: ['TREAT'] });
  assert.equal(broad.classes.length, 11);
  assert.ok(!broad.classes.includes(classTag(KEY, 'laboratory', ['HIV'])));
  assert.equal(broad.purposes.length, 7);
  const hiv = consentTags(KEY, { categories: ['laboratory'], labels: ['HIV'], purposes: ['TREAT'] });
  assert.deepEqual(hiv.classes, [classTag(KEY, 'laboratory'), classTag(KEY, 'laboratory', ['HIV'])].sort());
});

test('an emergency key opens its commitment only', () => {
  const record = `0x${'01'.repeat(32)}`;
  const { key, commitment } = emergencyKey(KEY, record);
  assert.notEqual(key, commitment);
  assert.notEqual(emergencyKey(`0x${'7b'.repeat(32)}`, record).commitment, commitment);
});

test('a reason commitment verifies its note only', () => {
  const r = reasonCommitment('BTG: unconscious');
  assert.ok(verifyReason(r.hash, r.note, r.salt));
  assert.ok(!verifyReason(r.hash, 'ETREAT', r.salt));
});
