// What every example shares: connecting, well-known dev keys, fresh accounts per run, submitting
// a transaction and printing what the chain says about it. Every type comes from the chain's
// metadata; nothing here knows MedLedger's types.
//
// Each example runs against a dev node (`./scripts/dev.sh`), or the node at $MEDLEDGER_WS, and
// uses fresh accounts, so it can be run again on the same chain.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

export { assert };

/** Connects to $MEDLEDGER_WS (default: the dev node on ws://127.0.0.1:9944). */
export async function connect() {
  await cryptoWaitReady();
  const url = process.env.MEDLEDGER_WS ?? 'ws://127.0.0.1:9944';
  const api = await ApiPromise.create({
    provider: new WsProvider(url, 1000, {}, 30_000), throwOnConnect: true, noInitWarn: true,
  });
  const chain = await api.rpc.system.chain();
  console.log(`connected to ${chain} at ${url} (spec ${api.runtimeVersion.specName} `
    + `v${api.runtimeVersion.specVersion})`);
  return api;
}

const keyring = () => new Keyring({ type: 'sr25519', ss58Format: 42 });

/** Alice, Bob and Charlie: the dev chain's council (and Alice its sudo key). */
export function council() {
  const k = keyring();
  return ['Alice', 'Bob', 'Charlie'].map((n) => k.addFromUri(`//${n}`));
}

/**
 * Fresh accounts for this run (`//Example//<run>//<name>`), each funded by Alice with `amount`
 * (in planck) so that it pays its fees and deposits.
 */
export async function freshAccounts(api, names, amount = 1_000n * 10n ** 12n) {
  const k = keyring();
  const run = randomBytes(4).toString('hex');
  const [alice] = council();
  const accounts = Object.fromEntries(names.map((n) => [n, k.addFromUri(`//Example//${run}//${n}`)]));
  // Explicit nonces: the transfers go in the same block.
  const first = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  await Promise.all(Object.values(accounts).map((a, i) => send(
    api, api.tx.balances.transferKeepAlive(a.address, amount), alice, { nonce: first + i, quiet: true },
  )));
  return accounts;
}

/** `section.Name` of a dispatch error, from metadata. */
export function errorName(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}`;
  }
  return dispatchError.type;
}

/**
 * Signs `tx` with `signer`, waits until it is in a block and prints its events (decoded). Throws
 * on a failed dispatch unless `expectError` names the error, then returns it.
 */
export function send(api, tx, signer, { expectError, nonce = -1, quiet = false } = {}) {
  const label = `${tx.method.section}.${tx.method.method}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label}: not in a block after 60 s`)), 60_000);
    let unsub = () => {};
    tx.signAndSend(signer, { nonce }, ({ status, events, dispatchError }) => {
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        clearTimeout(timer);
        unsub();
        reject(new Error(`${label}: ${status.type}`));
        return;
      }
      // polkadot-omni-node's dev mode finalises as it seals: no in-block report comes first.
      if (!status.isInBlock && !status.isFinalized) return;
      clearTimeout(timer);
      unsub();
      const error = dispatchError ? errorName(api, dispatchError) : null;
      if (error !== (expectError ?? null)) {
        reject(new Error(`${label}: expected ${expectError ?? 'success'}, got ${error ?? 'success'}`));
        return;
      }
      const own = events.map(({ event }) => event)
        .filter((e) => !['system', 'balances', 'transactionPayment'].includes(e.section));
      if (!quiet) {
        console.log(`\n> ${label} by ${signer.address.slice(0, 8)}…`
          + (error ? `  -> failed as expected: ${error}` : ''));
        for (const e of own) console.log(`  ${e.section}.${e.method} ${JSON.stringify(e.data.toHuman())}`);
      }
      resolve({ blockHash: status.isInBlock ? status.asInBlock : status.asFinalized, events: own, error });
    }).then((u) => {
      unsub = u;
    }).catch((e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** The `data` of the first `section.method` event among `events`. */
export function eventData(events, section, method) {
  const e = events.find((ev) => ev.section === section && ev.method === method);
  assert.ok(e, `no ${section}.${method} event`);
  return e.data;
}

/** Prints a runtime-API or storage answer, decoded. */
export function show(label, value) {
  console.log(`\n? ${label}\n  ${JSON.stringify(value.toHuman())}`);
  return value;
}

/**
 * Passes `call` through the dev council: Alice proposes it (threshold 2), Alice and Bob approve,
 * Alice closes; the call executes as the council's origin. Returns the events of the close.
 */
export async function councilDecides(api, call) {
  const [alice, bob] = council();
  const len = call.method.encodedLength;
  console.log(`\n> council motion: ${call.method.section}.${call.method.method}`);
  const { events } = await send(api, api.tx.council.propose(2, call, len), alice, { quiet: true });
  const { proposalIndex, proposalHash } = eventData(events, 'council', 'Proposed');
  // The proposer's own aye is a vote like any other.
  await Promise.all([alice, bob].map((m) => send(api,
    api.tx.council.vote(proposalHash, proposalIndex, true), m, { quiet: true })));
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call, len);
  const closed = await send(api, api.tx.council.close(proposalHash, proposalIndex, weight, len),
    alice, { quiet: true });
  const { result } = eventData(closed.events, 'council', 'Executed');
  assert.ok(result.isOk, `the motion's call failed: ${result.isErr && errorName(api, result.asErr)}`);
  for (const e of closed.events.filter((ev) => ev.section !== 'council')) {
    console.log(`  ${e.section}.${e.method} ${JSON.stringify(e.data.toHuman())}`);
  }
  return closed.events;
}

/**
 * Registers `practitioner` with `admin`'s organisation, as the chain requires: the admin invites,
 * the practitioner's own account accepts. Resolves the organisation's id.
 */
export async function enrolPractitioner(api, admin, practitioner, role = 'Physician') {
  const invited = await send(api, api.tx.patientIdentity.invitePractitioner(practitioner.address, role), admin);
  const org = eventData(invited.events, 'patientIdentity', 'PractitionerInvited').organisation.toNumber();
  await send(api, api.tx.patientIdentity.acceptInvitation(org), practitioner);
  return org;
}

/**
 * The cast most examples start from: an organisation admitted by the council, with `admin` as
 * its admin and `practitioner` registered with `role`, and `patient` registered with
 * `encryptionKey` (an X25519 public key). Resolves { org, patient } (their ids).
 */
export async function organisationAndPatient(api, {
  name, kind, jurisdiction = 'GB-ENG', admin, practitioner, role = 'Physician', patient,
  encryptionKey = random32(),
}) {
  const admitted = await councilDecides(api, api.tx.patientIdentity.admitOrganisation(
    name, kind, jurisdiction, random32(), admin.address,
  ));
  const org = eventData(admitted, 'patientIdentity', 'OrganisationAdmitted').organisation.toNumber();
  await enrolPractitioner(api, admin, practitioner, role);
  const reg = await send(api, api.tx.patientIdentity.registerPatient(encryptionKey, null), patient);
  const id = eventData(reg.events, 'patientIdentity', 'PatientRegistered').patient.toNumber();
  return { org, patient: id };
}

/**
 * Calls a pallet's view function, e.g. `viewFunction(api, 'PatientIdentity', 'account_patient',
 * account)`. polkadot.js 16 has no `api.view`: the function's id, argument types and result type
 * come from the metadata (V16), the arguments are SCALE-encoded one after the other, and the
 * runtime API `RuntimeViewFunction` executes it. Resolves the decoded result.
 */
export async function viewFunction(api, pallet, name, ...args) {
  const meta = api.registry.metadata.pallets.find((p) => p.name.toString() === pallet);
  const fn = meta?.viewFunctions.find((f) => f.name.toString() === name);
  assert.ok(fn, `no view function ${pallet}::${name} in the metadata`);
  const type = (id) => api.registry.createLookupType(id);
  const input = u8aConcat(...fn.inputs.map((param, i) => api.createType(type(param.type), args[i]).toU8a()));
  const id = fn.id.toU8a();
  const result = await api.call.runtimeViewFunction.executeViewFunction(
    { prefix: id.slice(0, 16), suffix: id.slice(16) }, u8aToHex(input),
  );
  if (result.isErr) throw new Error(`${pallet}::${name}: ${result.asErr.toString()}`);
  return api.createType(type(fn.output), result.asOk);
}

/** A random 32-byte value as hex (licence hashes, commitments, test content hashes). */
export const random32 = () => `0x${randomBytes(32).toString('hex')}`;
