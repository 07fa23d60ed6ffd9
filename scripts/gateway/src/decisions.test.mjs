// What the gateway remembers between blocks: a permit is forgotten by the first block it has seen
// with an event about the patient, by any event about no patient, by a runtime upgrade, by a
// re-organisation and by events it could not read; a decision taken at an older block is not
// remembered; an expired permit is not served.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DecisionCache, patientOfRecord } from './decisions.mjs';

const RECORD = `0x0700000000000000${'ab'.repeat(24)}`;
const PERMIT = { permit: true, basis: { consent: 1 }, expiresAt: null };
/** A polkadot.js-like event of `section.method` with a `patient` field (or none). */
const event = (section, method, patient) => ({
  event: {
    section,
    method,
    meta: { fields: patient === undefined ? [] : [{ name: 'patient' }] },
    data: patient === undefined ? [] : [patient],
  },
});

function remembering() {
  const cache = new DecisionCache();
  cache.onHead({ hash: '0x01', number: 1, parentHash: '0x00', events: [] });
  cache.putPermit(RECORD, 'dave', 'treat', PERMIT, '0x01');
  assert.ok(cache.permit(RECORD, 'dave', 'treat'));
  return cache;
}
const next = (cache, events, parentHash = cache.head.hash) =>
  cache.onHead({ hash: `${parentHash}1`, number: cache.head.number + 1, parentHash, events });

describe('decisions from memory', () => {
  it('reads the patient from the record id', () => {
    assert.equal(patientOfRecord(RECORD), '7');
  });

  it('keeps a permit over blocks that say nothing of the patient, and logs that change nothing', () => {
    const cache = remembering();
    next(cache, [
      event('balances', 'Transfer'),
      event('consentRegistry', 'ConsentRecorded', 8),
      event('recordAnchor', 'AccessLogged', 7),
      event('recordAnchor', 'AccessLogRootAnchored'),
    ]);
    assert.ok(cache.permit(RECORD, 'dave', 'treat'));
  });

  it('forgets the patient on a consent, identity or record event about them', () => {
    for (const [section, method] of [
      ['consentRegistry', 'ConsentRevoked'],
      ['patientIdentity', 'RepresentativeRemoved'],
      ['recordAnchor', 'RecordErased'],
    ]) {
      const cache = remembering();
      next(cache, [event(section, method, 7)]);
      assert.equal(cache.permit(RECORD, 'dave', 'treat'), null, `${section}.${method}`);
    }
  });

  it('forgets everything on an event about no patient, an upgrade, a re-organisation or unreadable events', () => {
    const cases = [
      (c) => next(c, [event('patientIdentity', 'OrganisationSuspended')]),
      (c) => next(c, [event('system', 'CodeUpdated')]),
      (c) => next(c, [], '0xfork'),
      (c) => next(c, null),
    ];
    for (const [i, change] of cases.entries()) {
      const cache = remembering();
      change(cache);
      assert.equal(cache.permit(RECORD, 'dave', 'treat'), null, `case ${i}`);
    }
  });

  it('does not remember a decision taken at an older block, a deny, or a permit past its expiry', () => {
    const cache = remembering();
    next(cache, [event('consentRegistry', 'ConsentRevoked', 7)]);
    // Taken at block 0x01 while 0x011, which revoked, was being read: not remembered.
    cache.putPermit(RECORD, 'dave', 'treat', PERMIT, '0x01');
    assert.equal(cache.permit(RECORD, 'dave', 'treat'), null);
    cache.putPermit(RECORD, 'dave', 'treat', { permit: false, reason: 'NoConsent' }, cache.head.hash);
    assert.equal(cache.permit(RECORD, 'dave', 'treat'), null);
    cache.putPermit(RECORD, 'dave', 'treat', { ...PERMIT, expiresAt: Date.now() - 1 }, cache.head.hash);
    assert.equal(cache.permit(RECORD, 'dave', 'treat'), null);
  });
});
