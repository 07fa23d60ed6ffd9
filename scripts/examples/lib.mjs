// What every example shares, on top of the toolkit (connect, submit, errors, council motions,
// view functions: scripts/toolkit/chain.mjs): fresh accounts per run, submitting a transaction
// and printing what the chain says about it, the cast most examples start from. Every type comes
// from the chain's metadata.
//
// Each example runs against a dev node (`./scripts/dev.sh`), or the node at $MEDLEDGER_WS, and
// uses fresh accounts, so it can be run again on the same chain.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { Keyring } from '@polkadot/keyring';
import { connect as connectTo, decodeDispatchError, submit } from '@medledger/sdk';
import { councilMotion, devAccounts, viewFunction } from 'medledger-toolkit/chain.mjs';

export { assert, viewFunction };

/** Connects to $MEDLEDGER_WS (default: the dev node on ws://127.0.0.1:9944). */
export async function connect() {
  const url = process.env.MEDLEDGER_WS ?? 'ws://127.0.0.1:9944';
  const api = await connectTo(url);
  const chain = await api.rpc.system.chain();
  console.log(
    `connected to ${chain} at ${url} (spec ${api.runtimeVersion.specName} ` +
      `v${api.runtimeVersion.specVersion})`,
  );
  return api;
}

const keyring = () => new Keyring({ type: 'sr25519', ss58Format: 42 });

/** Alice, Bob and Charlie: the dev chain's council (and Alice its sudo key). */
export function council() {
  const { alice, bob, charlie } = devAccounts();
  return [alice, bob, charlie];
}

/**
 * Fresh accounts for this run (`//Example//<run>//<name>`), each funded by Alice with `amount`
 * (in planck) so that it pays its fees and deposits.
 */
export async function freshAccounts(api, names, amount = 1_000n * 10n ** 12n) {
  const k = keyring();
  const run = randomBytes(4).toString('hex');
  const [alice] = council();
  // Each pair keeps its secret URI (`suri`), for a process that signs as it (the record gateway).
  const accounts = Object.fromEntries(
    names.map((n) => {
      const suri = `//Example//${run}//${n}`;
      return [n, Object.assign(k.addFromUri(suri), { suri })];
    }),
  );
  // Explicit nonces: the transfers go in the same block.
  const first = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  await Promise.all(
    Object.values(accounts).map((a, i) =>
      send(api, api.tx.balances.transferKeepAlive(a.address, amount), alice, {
        nonce: first + i,
        quiet: true,
      }),
    ),
  );
  return accounts;
}

/** `section.Name` of a dispatch error, from metadata. */
export const errorName = (api, dispatchError) => decodeDispatchError(api, dispatchError).name;

/**
 * Signs `tx` with `signer`, waits until it is in a block and prints its events (decoded). Throws
 * on a failed dispatch unless `expectError` names the error, then returns it.
 */
export async function send(api, tx, signer, { expectError, nonce, quiet = false } = {}) {
  const label = `${tx.method.section}.${tx.method.method}`;
  const r = await submit(api, tx, signer, { until: 'inBlock', timeoutMs: 60_000, nonce });
  const error = r.dispatchError?.name ?? null;
  if (error !== (expectError ?? null)) {
    throw new Error(`${label}: expected ${expectError ?? 'success'}, got ${error ?? 'success'}`);
  }
  const own = r.events
    .map(({ event }) => event)
    .filter((e) => !['system', 'balances', 'transactionPayment'].includes(e.section));
  if (!quiet) {
    console.log(
      `\n> ${label} by ${signer.address.slice(0, 8)}…${error ? `  -> failed as expected: ${error}` : ''}`,
    );
    for (const e of own) console.log(`  ${e.section}.${e.method} ${JSON.stringify(e.data.toHuman())}`);
  }
  return { blockHash: r.blockHash, events: own, error };
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
  console.log(`\n> council motion: ${call.method.section}.${call.method.method}`);
  // The proposer's own aye is a vote like any other.
  const { executed, events } = await councilMotion(api, call, {
    proposer: alice,
    voters: [alice, bob],
    threshold: 2,
  });
  assert.ok(executed?.ok, `the motion's call failed: ${JSON.stringify(executed)}`);
  const own = events
    .map(({ event }) => event)
    .filter((e) => !['system', 'balances', 'transactionPayment'].includes(e.section));
  for (const e of own.filter((ev) => ev.section !== 'council')) {
    console.log(`  ${e.section}.${e.method} ${JSON.stringify(e.data.toHuman())}`);
  }
  return own;
}

/**
 * Registers `practitioner` with `admin`'s organisation, as the chain requires: the admin invites,
 * the practitioner's own account accepts. Resolves the organisation's id.
 */
export async function enrolPractitioner(api, admin, practitioner, role = 'Physician') {
  const invited = await send(
    api,
    api.tx.patientIdentity.invitePractitioner(practitioner.address, role),
    admin,
  );
  const org = eventData(invited.events, 'patientIdentity', 'PractitionerInvited').organisation.toNumber();
  await send(api, api.tx.patientIdentity.acceptInvitation(org), practitioner);
  return org;
}

/**
 * The cast most examples start from: an organisation admitted by the council, with `admin` as
 * its admin and `practitioner` registered with `role`, and `patient` registered with
 * `encryptionKey` (an X25519 public key). Resolves { org, patient } (their ids).
 */
export async function organisationAndPatient(
  api,
  {
    name,
    kind,
    jurisdiction = 'GB-ENG',
    admin,
    practitioner,
    role = 'Physician',
    patient,
    encryptionKey = random32(),
  },
) {
  const admitted = await councilDecides(
    api,
    api.tx.patientIdentity.admitOrganisation(name, kind, jurisdiction, random32(), admin.address),
  );
  const org = eventData(admitted, 'patientIdentity', 'OrganisationAdmitted').organisation.toNumber();
  await enrolPractitioner(api, admin, practitioner, role);
  const reg = await send(api, api.tx.patientIdentity.registerPatient(encryptionKey, null), patient);
  const id = eventData(reg.events, 'patientIdentity', 'PatientRegistered').patient.toNumber();
  return { org, patient: id };
}

/** A random 32-byte value as hex (licence hashes, commitments, test content hashes). */
export const random32 = () => `0x${randomBytes(32).toString('hex')}`;
