// Assertions the tests share.
import assert from 'node:assert/strict';

import { GatewayRefusal } from '@medledger/sdk';

/** Asserts that `promise` is refused by a record gateway with HTTP `status` and `reason`, as a FHIR OperationOutcome. */
export async function refusedByGateway(promise, status, reason) {
  await assert.rejects(promise, (e) => {
    assert.ok(e instanceof GatewayRefusal, e.message);
    assert.equal(e.outcome.resourceType, 'OperationOutcome');
    assert.equal(e.reason, reason, e.message);
    assert.equal(e.status, status);
    return true;
  });
}
