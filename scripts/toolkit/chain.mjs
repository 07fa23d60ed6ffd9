// polkadot.js helpers the scripts share on top of the SDK (`@medledger/sdk`, which connects,
// submits and decodes): dev keys, council motions, several transactions at once, view functions.
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import { decodeDispatchError, eventsOf, submit, submitOk } from '@medledger/sdk';

/** The well-known development accounts (sr25519). */
export function devAccounts() {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
  return Object.fromEntries(names.map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]));
}

/**
 * Passes `call` through the council: `proposer` (a member) proposes it needing `threshold`
 * approvals, each of `voters` approves, and `proposer` closes the motion, with the call's weight
 * and length (from `TransactionPaymentCallApi`) as bounds. With `threshold` 1 the call executes at
 * once, on the proposal. Resolves { executed, events }: `executed` is null if the motion did not
 * execute, else { ok: true } or { ok: false, error } (decoded) for the dispatched call.
 */
export async function councilMotion(api, call, { proposer, voters = [], threshold }) {
  const len = call.method.encodedLength;
  const proposal = await submitOk(api, api.tx.council.propose(threshold, call, len), proposer);
  let events = proposal.events;
  const [proposed] = eventsOf(events, 'council', 'Proposed');
  if (proposed) {
    const { proposalIndex: index, proposalHash: hash } = proposed.data;
    await Promise.all(voters.map((v) => submitOk(api, api.tx.council.vote(hash, index, true), v)));
    const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call, len);
    ({ events } = await submitOk(api, api.tx.council.close(hash, index, weight, len), proposer));
  }
  const [executed] = eventsOf(events, 'council', 'Executed');
  if (!executed) return { executed: null, events };
  const { result } = executed.data;
  return {
    executed: result.isOk ? { ok: true } : { ok: false, error: decodeDispatchError(api, result.asErr) },
    events,
  };
}

/**
 * The SCALE-encoded arguments of runtime API `section.method` (as `api.call` names them), for
 * `state_call`: each argument encoded as the metadata types it, one after the other.
 */
export function runtimeApiData(api, section, method, args) {
  const { params } = api.call[section][method].meta;
  return u8aToHex(u8aConcat(...params.map((p, i) => api.createType(p.type, args[i]).toU8a())));
}

/**
 * Admits an organisation with root (the dev chain's sudo key, `sudo`), `admin` its admin
 * account; resolves its id.
 */
export async function admitWithSudo(api, sudo, { name, admin, kind = 'Hospital', jurisdiction = 'NL' }) {
  const admit = api.tx.patientIdentity.admitOrganisation(
    name,
    kind,
    jurisdiction,
    `0x${'aa'.repeat(32)}`,
    admin,
  );
  const { events } = await submitOk(api, api.tx.sudo.sudo(admit), sudo);
  return eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();
}

/**
 * Submits `txs` of one `signer` at once, with consecutive nonces, so that they land in the same
 * block or the next; resolves with each one's result (as `submit` with `until: 'inBlock'`).
 */
export async function submitAll(api, txs, signer) {
  const first = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  return Promise.all(txs.map((tx, i) => submit(api, tx, signer, { until: 'inBlock', nonce: first + i })));
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
  if (!fn) throw new Error(`no view function ${pallet}::${name} in the metadata`);
  const type = (id) => api.registry.createLookupType(id);
  const input = u8aConcat(...fn.inputs.map((param, i) => api.createType(type(param.type), args[i]).toU8a()));
  const id = fn.id.toU8a();
  const result = await api.call.runtimeViewFunction.executeViewFunction(
    { prefix: id.slice(0, 16), suffix: id.slice(16) },
    u8aToHex(input),
  );
  if (result.isErr) throw new Error(`${pallet}::${name}: ${result.asErr.toString()}`);
  return api.createType(type(fn.output), result.asOk);
}
