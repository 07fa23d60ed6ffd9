// What every member's node shows about patients, read as the honest-but-curious member of
// docs/privacy.md reads it: a consortium day (scripts/privacy/scenario.mjs) on a dev node, then
// every block, event and storage item (scripts/privacy/observe.mjs). No category, sensitivity
// label, purpose, emergency reason, FHIR resource type or location naming one may be in clear for
// any patient; what remains is the organisations that act, the limit docs/privacy.md states.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { connect } from '@medledger/sdk';
import { startNode } from 'medledger-toolkit/node.mjs';
import { observe } from 'medledger-privacy/observe.mjs';
import { populate } from 'medledger-privacy/scenario.mjs';

describe('what a member reads about patients', () => {
  let node;
  let api;
  let facts;
  let patients;

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    ({ patients } = await populate(api));
    facts = await observe(api);
  });
  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  it('no health fact is in clear, for any patient', () => {
    const inClear = [];
    for (const [patient, seen] of facts) {
      for (const [fact, sources] of seen) {
        if (!fact.startsWith('organisation: '))
          inClear.push(`${patient}: ${fact} (${[...sources].join(', ')})`);
      }
    }
    assert.deepEqual(inClear, []);
  });

  it('the observer still sees what it should: the patients and the organisations that act', () => {
    // A sanity check of the observer itself: it reads the scenario's patients.
    for (const id of Object.values(patients)) assert.ok(facts.has(id), `patient ${id} observed`);
  });
});
