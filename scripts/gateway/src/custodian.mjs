// The gateway's side of the chain: the custodian's account (a practitioner of the organisation
// that keeps the records), the chain's decisions, and the on-chain access log it writes.
import { Keyring } from '@polkadot/keyring';

import {
  checkRelay,
  connect,
  decodeDispatchError,
  eventsOf,
  runtimeCall,
  runtimeTypes,
  submit,
} from '@medledger/sdk';

/**
 * Where the chain stands on a read: the chain's `AccessDecision` in plain values, with `outcome`,
 * the access-log outcome it makes (`Permitted(basis)` or `Denied(reason)`).
 */
function decision(d) {
  if (d.isPermit) {
    const { basis, expiresAt } = d.asPermit;
    return {
      permit: true,
      basis: basis.toJSON(),
      expiresAt: expiresAt.isSome ? expiresAt.unwrap().toNumber() : null,
      outcome: { Permitted: basis },
    };
  }
  const { reason } = d.asDeny;
  return {
    permit: false,
    reason: reason.type,
    detail: reason.isDeniedByConsent ? `by consent ${reason.asDeniedByConsent.toNumber()}` : reason.type,
    outcome: { Denied: reason },
  };
}

/**
 * Connects to the chain at `rpc` as the custodian account of secret URI `suri`. Transactions are
 * submitted with nonces counted here, so that many logs can be in flight at once.
 */
export async function connectCustodian({ rpc, suri }) {
  const api = await connect(rpc);
  const account = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(suri);
  let nextNonce = null;
  let submissions = Promise.resolve();

  /** Submits `tx` as the custodian, until in a block; resolves { blockHash, events, error }. */
  function sign(tx) {
    // Nonces are taken in order; the submissions themselves run concurrently.
    submissions = submissions
      .catch(() => null)
      .then(async () => {
        if (nextNonce === null)
          nextNonce = (await api.rpc.system.accountNextIndex(account.address)).toNumber();
        return nextNonce++;
      });
    const nonce = submissions;
    return nonce.then(async (n) => {
      try {
        const r = await submit(api, tx, account, { until: 'inBlock', nonce: n, timeoutMs: 60_000 });
        return { blockHash: r.blockHash.toHex(), events: r.events, error: r.dispatchError?.name ?? null };
      } catch (e) {
        // The pool refused it (a nonce taken elsewhere, too low a balance): count afresh.
        nextNonce = null;
        throw e;
      }
    });
  }

  return {
    api,
    account,
    /** What the custodian account is: { organisation } while a practitioner in good standing. */
    async standing() {
      return { organisation: (await this.standingOf(account.address)).practitionerAt };
    },
    /**
     * What `who` is at the best block: the patient id it holds, the organisation it practises at
     * in good standing, and the one it administers (each null if none).
     */
    async standingOf(who) {
      const s = await runtimeCall(api, 'identityApi', 'standing', [who]);
      const num = (o) => (o.isSome ? o.unwrap().toNumber() : null);
      return {
        patient: num(s.patient),
        practitionerAt: s.practitioner.isSome ? s.practitioner.unwrap().organisation.toNumber() : null,
        adminOf: num(s.adminOf),
      };
    },
    /** The record as the chain has it (at block `at`, or the best), or null. */
    async record(record, at) {
      const info = await runtimeCall(api, 'recordApi', 'record', [record], at);
      if (info.isNone) return null;
      const r = info.unwrap();
      return {
        patient: r.patient.toNumber(),
        class: r.class.toHex(),
        author: r.author.toString(),
        custodian: r.custodian.toNumber(),
        contentHash: r.contentHash.toHex(),
        algorithm: r.algorithm.type,
        location: r.location.toUtf8(),
        erased: r.erasedAt.isSome,
      };
    },
    /** The patient id an account holds, or null. */
    async patientOf(who) {
      return (await this.standingOf(who)).patient;
    },
    /**
     * How `who` stands to `patient`'s records, as the chain's `PatientRelation::may(Records)`
     * says at the best block: 'patient', 'representative' (in force, with the records scope), or
     * null. A representation is taken as ended a block early, at the next block's number.
     */
    async recordsRelation(who, patient) {
      if ((await this.patientOf(who)) === patient) return 'patient';
      const [found, header] = await Promise.all([
        api.query.patientIdentity.representatives(patient, who),
        api.rpc.chain.getHeader(),
      ]);
      if (found.isNone) return null;
      const { scope, until } = found.unwrap();
      const next = header.number.toNumber() + 1;
      const inForce = until.isNone || next < until.unwrap().toNumber();
      return inForce && scope.records.isTrue ? 'representative' : null;
    },
    /** The chain's decision at block `at` (or the best): may `accessor` read `record` for `purpose`? */
    async decide(record, info, accessor, purpose, emergencyKey, at) {
      const args = [info.patient, accessor, info.class, 'Read', purpose, record, emergencyKey];
      return decision(await runtimeCall(api, 'consentApi', 'checkAccess', args, at));
    },
    /** The SCALE encoding of an access-log leaf (`AccessLogLeaf`), as the chain hashes it. */
    async encodeLeaf(leaf) {
      const { registry, type } = await runtimeTypes(api);
      return registry.createType(type('AccessLogLeaf'), leaf).toU8a();
    },
    /** Anchors the root of `leaves` answers; resolves { seq, blockHash } or { error }. */
    async logRoot(root, leaves) {
      const r = await sign(api.tx.recordAnchor.logAccessRoot(root, leaves));
      if (r.error) return { error: r.error };
      const [anchored] = eventsOf(r.events, 'recordAnchor', 'AccessLogRootAnchored');
      return { seq: anchored.data.seq.toNumber(), blockHash: r.blockHash };
    },
    /**
     * Calls `onHead({ hash, number, parentHash, events })` for each new best block, one at a
     * time, in the order the node reports them. Resolves the unsubscribe function.
     */
    async follow(onHead) {
      let queue = Promise.resolve();
      return api.rpc.chain.subscribeNewHeads((header) => {
        queue = queue
          .then(async () => {
            const hash = header.hash.toHex();
            // `events` null: they could not be read (the gateway then forgets every decision).
            const events = await api.query.system.events.at(hash).catch(() => null);
            await onHead({
              hash,
              number: header.number.toNumber(),
              parentHash: header.parentHash.toHex(),
              events,
            });
          })
          .catch(() => null);
      });
    },
    /** Logs a read on chain; the chain decides again, in the block. */
    logRead: (record, accessor, purpose, emergencyKey) =>
      sign(api.tx.recordAnchor.logAccess(record, accessor, purpose, emergencyKey)),
    /** Logs a refusal on chain. */
    logRefusal: (record, accessor, purpose) =>
      sign(api.tx.recordAnchor.logDeniedAccess(record, accessor, purpose)),
    /**
     * Submits an author's signed `anchorRecord` transaction; resolves { record, blockHash } or
     * { error } (the chain's error, decoded).
     */
    async submitAuthored(extrinsic) {
      // Already signed by the author: submitted as it is (`submit` without a signer).
      const r = await submit(api, api.tx(extrinsic), null, { until: 'inBlock', timeoutMs: 60_000 });
      return { blockHash: r.blockHash.toHex(), events: r.events, error: r.dispatchError?.name ?? null };
    },
    /** Sponsors a patient's `who` for `organisation` (the custodian is its relayer). */
    async sponsorPatient(organisation, who) {
      const r = await sign(api.tx.sponsorship.sponsorPatient(organisation, who));
      return { blockHash: r.blockHash, error: r.error };
    },
    /**
     * Relays a sponsored patient's meta transaction (`signMetaTx`'s bytes) in a `metaTx.dispatch`
     * the custodian signs and pays for, once the pool says it would take it. Resolves
     * { refused } (the pool's reason, as `checkRelay` names it: nothing was paid), or
     * { blockHash, blockNumber, events, error, callError }: `callError`, the patient's call's own
     * error (`section.Name`), or null.
     */
    async relayMetaTx(metaTx) {
      const verdict = await checkRelay(api, account, metaTx);
      if (!verdict.ok) return { refused: verdict.reason };
      const r = await sign(api.tx.metaTx.dispatch(metaTx, metaTx.length));
      const [dispatched] = eventsOf(r.events, 'metaTx', 'Dispatched');
      const outcome = dispatched?.data[0];
      const callError = outcome?.isErr ? decodeDispatchError(api, outcome.asErr.error).name : null;
      const header = await api.rpc.chain.getHeader(r.blockHash);
      return { ...r, blockNumber: header.number.toNumber(), callError };
    },
    disconnect: () => api.disconnect(),
  };
}
