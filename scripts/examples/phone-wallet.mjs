// A patient's phone wallet that holds no tokens, and the hospital relayer that pays for it
// (pallet-sponsorship on pallet-meta-tx). The two halves talk over whatever the hospital's app
// uses (HTTPS, a QR code); here they are two functions:
//
// - the phone makes a new key, signs each call as a meta transaction (`signMetaTx`: the call,
//   its nonce and era, the phone's signature) and hands over the bytes;
// - the relayer checks that the pool would take it (`checkRelay`: no fee is paid for a refusal)
//   and submits it in `metaTx.dispatch` (`relay`), paying the fee and the deposits.
//
// The phone registers, grants the hospital read access for treatment and reads its own consents,
// without ever holding a token. `node scripts/examples/phone-wallet.mjs`.
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { mnemonicGenerate } from '@polkadot/util-crypto';
import { checkRelay, encryptionKeyPair, patientWallet, relay, runtime, signMetaTx } from '@medledger/sdk';

import { assert, connect, councilDecides, eventData, freshAccounts, random32, send, show } from './lib.mjs';

const api = await connect();
const a = await freshAccounts(api, ['admin', 'relayer']);

// The hospital: admitted by the council; its admin names the relayer and what it may spend on
// its patients' fees in a day (0.1 unit here).
const admitted = await councilDecides(
  api,
  api.tx.patientIdentity.admitOrganisation(
    'Lakeside Hospital',
    'Hospital',
    'SE',
    random32(),
    a.admin.address,
  ),
);
const hospital = eventData(admitted, 'patientIdentity', 'OrganisationAdmitted').organisation.toNumber();
await send(api, api.tx.sponsorship.setSponsor(a.relayer.address, 10n ** 11n), a.admin);

// The phone: a new key pair (its mnemonic would be the patient's backup), an X25519 key pair
// for what providers seal for it, and a tag key for its consents. Nothing on chain yet.
const phone = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromMnemonic(mnemonicGenerate());
const keys = await encryptionKeyPair();
const wallet = patientWallet();
console.log(`\nphone account ${phone.address}`);

// At the front desk, the hospital's app reads the phone's address (a QR code) and sponsors it.
await send(api, api.tx.sponsorship.sponsorPatient(hospital, phone.address), a.relayer);

/** The phone signs; the relayer checks and submits. Returns the meta transaction's events. */
async function fromPhone(tx) {
  const metaTx = await signMetaTx(api, phone, tx); // on the phone
  const verdict = await checkRelay(api, a.relayer, metaTx); // on the relayer
  assert.ok(verdict.ok, `the pool would refuse it: ${verdict.reason}`);
  const r = await relay(api, a.relayer, metaTx);
  const label = `${tx.method.section}.${tx.method.method}`;
  assert.equal(r.metaDispatchError, null, `${label} failed: ${JSON.stringify(r.metaDispatchError)}`);
  console.log(`\n> ${label}, signed by the phone, relayed and paid by the hospital`);
  const own = r.events
    .map(({ event }) => event)
    .filter((e) => !['system', 'balances', 'transactionPayment', 'metaTx'].includes(e.section));
  for (const e of own) console.log(`  ${e.section}.${e.method} ${JSON.stringify(e.data.toHuman())}`);
  return own;
}

const registered = await fromPhone(api.tx.patientIdentity.registerPatient(u8aToHex(keys.publicKey), null));
const patient = eventData(registered, 'patientIdentity', 'PatientRegistered').patient.toNumber();

const terms = wallet.terms({ categories: 'standard', actions: ['Read'], purposes: ['TREAT'] });
await fromPhone(api.tx.consentRegistry.grantConsent(patient, { Organisation: hospital }, terms));

show(
  'consentApi.consents(patient): what the phone lists',
  await runtime(api).consentApi.consents(patient, null, 10),
);
const account = show('system.account(phone)', await api.query.system.account(phone.address));
assert.equal(account.data.free.toBigInt(), 0n, 'the phone never held a token');
show('sponsorship.sponsorships(phone): calls today', await api.query.sponsorship.sponsorships(phone.address));

console.log('\nphone-wallet example: done');
await api.disconnect();
