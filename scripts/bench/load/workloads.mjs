// What the load benchmark measures: the set-up (every load account a patient and a practitioner
// of the hospital that keeps every record), then the scenarios in order, each against the
// baselines measured on the same node (see load.mjs).
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { patientWallet, recordId } from '@medledger/sdk';

/** A 32-byte test value, BLAKE2-256 of `parts` joined by ':'. */
export const hash = (...parts) => u8aToHex(blake2AsU8a(parts.join(':')));

/**
 * Sets up and runs every scenario with `runner` (load/scenario.mjs); `batch` records per
 * anchored batch. Resolves the scenarios' measurements, in order.
 */
export async function runWorkloads(api, runner, { accounts, alice, batch }) {
  const { scenario, setUp, submitAll, included } = runner;
  const patientIds = new Map();
  await setUp('patientIdentity.registerPatient', (_a, i) =>
    api.tx.patientIdentity.registerPatient(hash('x25519', i), null),
  );
  for (const a of accounts) {
    patientIds.set(a.address, (await api.call.identityApi.standing(a.address)).patient.unwrap().toNumber());
  }
  // The load hospital (organisation 0, admitted at genesis) keeps every record: only its
  // practitioners log reads. So every account is also its practitioner: Alice, its admin,
  // invites each, and each accepts.
  console.log('set-up: patientIdentity.invitePractitioner for every load account ...');
  const HOSPITAL = 0;
  const aliceNonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  const invitations = await Promise.all(
    accounts.map((a, i) =>
      api.tx.patientIdentity
        .invitePractitioner(a.address, 'Physician')
        .signAsync(alice, { nonce: aliceNonce + i, era: 0 }),
    ),
  );
  const invited = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  await submitAll(invitations.map((t) => t.toHex()));
  await included(
    'set-up',
    'patientIdentity.invitePractitioner',
    invited,
    accounts.length,
    Date.now(),
    600_000,
  );
  await setUp('patientIdentity.acceptInvitation', () => api.tx.patientIdentity.acceptInvitation(HOSPITAL));
  // Consent periods are dates: milliseconds of the chain's timestamp.
  const now = (await api.query.timestamp.now()).toNumber();

  // The load patients' wallets share one tag key: what the chain does does not depend on it.
  const w = patientWallet();
  const laboratory = w.class('laboratory');
  const treatment = w.purpose('TREAT');
  const request = (a, i, k) => ({
    patient: patientIds.get(a.address),
    custodian: HOSPITAL,
    contentHash: hash('content', i, k),
    algorithm: 'Sha2_256',
    location: `https://store.example/r/${i}-${k}`,
    class: laboratory,
    keyManifest: hash('envelope', i, k),
    emergencyCommitment: hash('emergency', i, k),
    purpose: treatment,
  });
  // The same records as `request` makes, batch at a time: what they share given once.
  const base = 'https://store.example/r/';
  const batchOf = (a, i, k) => ({
    class: laboratory,
    algorithm: 'Sha2_256',
    purpose: treatment,
    emergencyCommitment: hash('emergency', i, k),
    custodian: HOSPITAL,
    base,
    entries: Array.from({ length: batch }, (_, j) => {
      const one = request(a, i, `${k}-${j}`);
      return {
        patient: one.patient,
        contentHash: one.contentHash,
        path: one.location.slice(base.length),
        keyManifest: one.keyManifest,
      };
    }),
  });
  const results = [];
  results.push(
    await scenario('system.remark (baseline)', 'system.remark', (_a, i, r) =>
      api.tx.system.remark(hash('remark', i, r)),
    ),
  );
  results.push(
    await scenario('balances.transferKeepAlive (baseline)', 'balances.transferKeepAlive', () =>
      api.tx.balances.transferKeepAlive(alice.address, 10n ** 10n),
    ),
  );
  // Anchoring as it comes: each record's deposit is held as it is written.
  results.push(
    await scenario('recordAnchor.anchorRecord (deposit held)', 'recordAnchor.anchorRecord', (a, i, r) =>
      api.tx.recordAnchor.anchorRecord(request(a, i, `held-${r}`)),
    ),
  );
  // Authors who write often prepay their deposits once (docs/records.md); from here on, the
  // record pallet takes each deposit out of what was prepaid.
  await setUp('recordAnchor.prepayDeposits', () => api.tx.recordAnchor.prepayDeposits(50_000n * 10n ** 12n));
  results.push(
    await scenario('recordAnchor.anchorRecord', 'recordAnchor.anchorRecord', (a, i, r) =>
      api.tx.recordAnchor.anchorRecord(request(a, i, `single-${r}`)),
    ),
  );
  // Enough batches per round that a few dozen rounds fill the blocks.
  const batchSigners = Math.min(accounts.length, 64);
  results.push(
    await scenario(
      `recordAnchor.anchorBatch (${batch} records)`,
      'recordAnchor.anchorBatch',
      (a, i, r) => api.tx.recordAnchor.anchorBatch(batchOf(a, i, `batch-${r}`)),
      { units: batch, count: batchSigners },
    ),
  );
  // Each patient grants a consent to another patient per round (a relative, say): at most
  // MaxConsentsPerGrantee consents per (patient, grantee), so the grantee changes every round.
  // A broad grant: every unlabelled class, treatment and its specialisations.
  const ids = accounts.map((a) => patientIds.get(a.address));
  const broad = w.terms({
    categories: 'standard',
    actions: ['Read'],
    purposes: ['TREAT'],
    expiresAt: now + 30 * 24 * 3_600_000,
  });
  results.push(
    await scenario('consentRegistry.grantConsent', 'consentRegistry.grantConsent', (_a, i, r) =>
      api.tx.consentRegistry.grantConsent(ids[i], { Individual: ids[(i + 1 + r) % accounts.length] }, broad),
    ),
  );
  // The records of the anchorRecord scenario's probe, by id (docs/records.md; the first is
  // checked against the chain).
  const recordIds = accounts.map((a, i) =>
    recordId(patientIds.get(a.address), hash('content', i, 'single-0')),
  );
  const first = await api.call.recordApi.record(recordIds[0]);
  if (first.isNone || first.unwrap().contentHash.toHex() !== hash('content', 0, 'single-0')) {
    throw new Error(`record id derivation does not match the chain: ${first.toString()}`);
  }
  results.push(
    await scenario('recordAnchor.logAccess', 'recordAnchor.logAccess', (a, i) =>
      api.tx.recordAnchor.logAccess(recordIds[i], a.address, treatment, null),
    ),
  );
  return results;
}
