// Dates to and from the chain: moments are milliseconds since the Unix epoch, both ways, and
// nothing the chain cannot keep is sent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { TypeRegistry } from '@polkadot/types';

import { fromMoment, toMoment } from './dates.js';

describe('dates', () => {
  it('turn a date into a moment and a moment (codec, bigint or number) back into the date', () => {
    const date = new Date('2027-03-01T09:30:00.250Z');
    assert.equal(toMoment(date), 1_803_893_400_250n);
    assert.equal(toMoment(date.getTime()), 1_803_893_400_250n);
    const codec = new TypeRegistry().createType('u64', toMoment(date));
    for (const moment of [codec, 1_803_893_400_250n, 1_803_893_400_250])
      assert.equal(fromMoment(moment).toISOString(), date.toISOString());
  });

  it('refuse what is not a date the chain keeps', () => {
    for (const bad of [new Date('not a date'), -1, 1.5, Number.MAX_SAFE_INTEGER + 2])
      assert.throws(() => toMoment(bad), /not a date/);
  });
});
