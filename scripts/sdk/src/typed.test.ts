// The SDK's types hold at compile time: importing it types every MedLedger call, storage item,
// event and runtime API from the runtime's metadata. Each `@ts-expect-error` below is a mistake
// the compiler must refuse; if the generated types went missing, `npm run build` would fail on the
// unused directive. Run, the test only checks that the typed runtime APIs are functions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { ApiPromise } from '@polkadot/api';

import { type MedledgerPrimitivesConsentAccessDecision, runtime, toMoment } from './index.js';

/** Never called: compiled for its types only. */
export async function typedUse(api: ApiPromise) {
  const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
  api.tx.consentRegistry.grantConsent(
    7,
    { Practitioner: alice },
    {
      classes: { Only: [] },
      actions: ['Read'],
      purposes: [],
      startsAt: null,
      expiresAt: toMoment(new Date('2027-01-01')),
      records: null,
    },
  );
  // @ts-expect-error a consent is revoked by patient and consent number, not by a grantee
  api.tx.consentRegistry.revokeConsent(7, { Practitioner: alice });
  // @ts-expect-error there is no such call
  api.tx.consentRegistry.grantEverything();
  const patient = await api.query.patientIdentity.patients(7);
  patient.isSome satisfies boolean;
  const decision: MedledgerPrimitivesConsentAccessDecision = await runtime(api).consentApi.checkAccess(
    7,
    alice,
    `0x${'00'.repeat(8)}`,
    'Read',
    `0x${'00'.repeat(8)}`,
    null,
    null,
  );
  decision.isPermit satisfies boolean;
  // @ts-expect-error an action the chain does not know
  await runtime(api).consentApi.checkAccess(7, alice, '0x00', 'Delete', '0x00', null, null);
  // @ts-expect-error there is no such runtime API
  await runtime(api).consentApi.grantEverything();
}

describe('typed API', () => {
  it('types every runtime API as api.call does, answered through runtimeCall', () => {
    const apis = runtime({} as ApiPromise);
    for (const method of [apis.consentApi.checkAccess, apis.recordApi.accessLog, apis.identityApi.standing])
      assert.equal(typeof method, 'function');
  });
});
