// A patient with no tokens, end to end: a hospital names its relayer and budget, sponsors a
// phone's new account, and the phone signs meta transactions (pallet-meta-tx) for the whole
// journey (register, grant, accept a physician's request, revoke, remove, leave) that the
// relayer submits and pays for; the phone's balance stays zero and every deposit goes back to
// the relayer. Then, as an attacker: forged signatures, replays, other relayers, calls outside
// the patient's side, an immortal meta transaction, a lowered budget and a leaked key's day of
// calls, each refused by name with nothing changed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, mnemonicGenerate } from '@polkadot/util-crypto';
import {
  checkRelay,
  connect,
  encryptionKeyPair,
  eventsOf,
  followPatient,
  openTerms,
  patientWallet,
  relay,
  sealTerms,
  signMetaTx,
  submit,
  submitOk,
  timelineEntries,
  verifyTimelineEntry,
} from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

const LICENCE = `0x${'ab'.repeat(32)}`;

describe('sponsored patients (no tokens)', () => {
  let node;
  let api;
  let k;
  let hospital;
  let clinic;
  let patient;
  let phone;
  let phoneKeys;
  const w = patientWallet();

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    k = devAccounts();
    // A phone wallet's key: new, never funded.
    phone = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromMnemonic(mnemonicGenerate());
    phoneKeys = await encryptionKeyPair();
  });
  after(async () => {
    unfollow();
    await api?.disconnect();
    await node?.stop();
  });

  const ok = (tx, signer) => submitOk(api, tx, signer);
  const free = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();
  // What `who` has held for `pallet` (`PatientIdentity`, `ConsentRegistry`, `Sponsorship`).
  const heldBy = async (who, pallet) =>
    (await api.query.balances.holds(who.address))
      .filter((h) => h.id[`is${pallet}`])
      .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
  /** The phone signs `tx`; the hospital's relayer (Ferdie) submits it; the call must succeed. */
  const asPhone = async (tx, opts = {}) => {
    const r = await relay(api, k.ferdie, await signMetaTx(api, phone, tx, opts));
    assert.equal(r.dispatchError, null);
    assert.equal(r.metaDispatchError, null, JSON.stringify(r.metaDispatchError));
    return r;
  };
  const seen = [];
  let unfollow = () => {};
  const sponsorship = async () => (await api.query.sponsorship.sponsorships(phone.address)).unwrap();

  it('sets up a hospital (admin Bob, relayer Ferdie, physician Charlie) and a clinic (admin Eve)', async () => {
    for (const [name, admin] of [
      ['City Hospital', k.bob],
      ['Harbour Clinic', k.eve],
    ]) {
      const admit = api.tx.patientIdentity.admitOrganisation(name, 'Hospital', 'NL', LICENCE, admin.address);
      const { events } = await ok(api.tx.sudo.sudo(admit), k.alice);
      const id = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();
      if (admin === k.bob) hospital = id;
      else clinic = id;
    }
    await ok(api.tx.patientIdentity.invitePractitioner(k.charlie.address, 'Physician'), k.bob);
    await ok(api.tx.patientIdentity.acceptInvitation(hospital), k.charlie);
  });

  it('the hospital names its relayer and budget, and the relayer sponsors the phone', async () => {
    const budget = 10n ** 12n; // one unit a day
    const set = await ok(api.tx.sponsorship.setSponsor(k.ferdie.address, budget), k.bob);
    const [named] = eventsOf(set.events, 'sponsorship', 'SponsorSet');
    assert.equal(named.data.relayer.toString(), k.ferdie.address);
    assert.equal(named.data.dailyBudget.toBigInt(), budget);
    const { events } = await ok(api.tx.sponsorship.sponsorPatient(hospital, phone.address), k.ferdie);
    const [sponsored] = eventsOf(events, 'sponsorship', 'PatientSponsored');
    assert.equal(sponsored.data.depositor.toString(), k.ferdie.address);
    assert.equal(await free(phone), 0n);
    assert.equal((await api.query.system.account(phone.address)).sufficients.toNumber(), 1);
  });

  it('the phone registers; the relayer pays the fee and holds the deposit', async () => {
    const ferdieBefore = await free(k.ferdie);
    const r = await asPhone(api.tx.patientIdentity.registerPatient(u8aToHex(phoneKeys.publicKey), null));
    const [registered] = eventsOf(r.events, 'patientIdentity', 'PatientRegistered');
    assert.equal(registered.data.account.toString(), phone.address);
    patient = registered.data.patient.toNumber();
    // From now on the phone follows its own events.
    unfollow = await followPatient(api, patient, (event) => seen.push(`${event.section}.${event.method}`));
    assert.equal(
      (await api.query.patientIdentity.patientDepositors(patient)).unwrap().toString(),
      k.ferdie.address,
    );
    assert.equal(await free(phone), 0n);
    const deposit = api.consts.patientIdentity.patientDeposit.toBigInt();
    assert.ok(ferdieBefore - (await free(k.ferdie)) > deposit, 'the relayer paid the deposit and the fee');
    const [admitted] = eventsOf(r.events, 'sponsorship', 'SponsoredCallAdmitted');
    assert.equal(admitted.data.callsToday.toNumber(), 1);
    assert.equal((await api.query.system.account(phone.address)).nonce.toNumber(), 1);
  });

  let granted;
  it('the phone grants the hospital access; the consent deposit is the relayer’s', async () => {
    const terms = w.terms({ categories: 'standard', actions: ['Read'], purposes: ['TREAT'] });
    const r = await asPhone(api.tx.consentRegistry.grantConsent(patient, { Organisation: hospital }, terms));
    granted = eventsOf(r.events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
    const consent = (await api.query.consentRegistry.consents([patient, granted])).unwrap();
    assert.equal(consent.depositor.toString(), k.ferdie.address);
    assert.equal(consent.grantedBy.toString(), phone.address);
    assert.equal(await free(phone), 0n);
  });

  it('the physician asks; the phone opens the sealed terms and accepts on the physician’s deposit', async () => {
    const key = (await api.call.identityApi.encryptionKey(patient)).unwrap().key;
    const asked = { categories: ['laboratory'], actions: ['Read'], purposes: ['TREAT'], note: 'lipids' };
    const expires = (await api.query.timestamp.now()).toNumber() + 3_600_000;
    const { events } = await ok(
      api.tx.consentRegistry.requestConsent(
        patient,
        { Practitioner: k.charlie.address },
        await sealTerms(key, asked),
        expires,
      ),
      k.charlie,
    );
    const request = eventsOf(events, 'consentRegistry', 'ConsentRequested')[0].data.request.toNumber();
    const [open] = await api.call.consentApi.openRequests(patient);
    const terms = await openTerms(phoneKeys.privateKey, open.sealedTerms.toU8a(true));
    const r = await asPhone(
      api.tx.consentRegistry.acceptRequest(patient, request, w.terms({ ...terms, note: undefined })),
    );
    const [closed] = eventsOf(r.events, 'consentRegistry', 'ConsentRequestClosed');
    assert.equal(closed.data.outcome.toString(), 'Accepted');
    const consent = (
      await api.query.consentRegistry.consents([patient, closed.data.consent.unwrap()])
    ).unwrap();
    assert.equal(consent.depositor.toString(), k.charlie.address);
  });

  it('revoking and removing the grant gives its deposit back to the relayer', async () => {
    const heldBefore = await heldBy(k.ferdie, 'ConsentRegistry');
    await asPhone(api.tx.consentRegistry.revokeConsent(patient, granted));
    const r = await asPhone(api.tx.consentRegistry.removeConsent(patient, granted));
    const [removed] = eventsOf(r.events, 'consentRegistry', 'ConsentRemoved');
    assert.equal(removed.data.depositor.toString(), k.ferdie.address);
    const deposit = api.consts.consentRegistry.consentDeposit.toBigInt();
    assert.equal(heldBefore - (await heldBy(k.ferdie, 'ConsentRegistry')), deposit);
    assert.equal(await free(phone), 0n);
  });

  describe('as an attacker', () => {
    const unchanged = async (check) => {
      const before = [await sponsorship(), (await api.query.system.account(phone.address)).nonce];
      await check();
      const after = [await sponsorship(), (await api.query.system.account(phone.address)).nonce];
      assert.equal(after.toString(), before.toString());
    };
    const refused = async (relayer, metaTx, reason) => {
      assert.deepEqual(await checkRelay(api, relayer, metaTx), { ok: false, reason });
      await assert.rejects(relay(api, relayer, metaTx), /Invalid|1010/);
    };

    it('a meta transaction signed by another key is refused: BadProof', async () => {
      await unchanged(async () => {
        // Mallory signs a deactivation and claims it is the phone's.
        const mallory = new Keyring({ type: 'sr25519' }).addFromUri('//Mallory');
        const forged = await signMetaTx(api, mallory, api.tx.patientIdentity.deactivatePatient(patient));
        // The account follows the call, the extension version, the `Signed` variant and the
        // signature (its variant and 64 bytes): put the phone's there.
        const tx = api.tx.patientIdentity.deactivatePatient(patient);
        const at = api.createType('Call', tx.method).toU8a().length + 1 + 1 + 1 + 64;
        const claimed = forged.slice();
        claimed.set(api.createType('AccountId', phone.address).toU8a(), at);
        await refused(k.ferdie, claimed, 'BadProof');
      });
      assert.ok((await api.query.patientIdentity.patients(patient)).isSome);
    });

    it('a meta transaction replayed is refused: Stale', async () => {
      const nonce = (await api.query.system.account(phone.address)).nonce.toNumber();
      const used = await signMetaTx(api, phone, api.tx.consentRegistry.revokeConsent(patient, granted), {
        nonce: nonce - 1,
      });
      await unchanged(() => refused(k.ferdie, used, 'Stale'));
    });

    it('a meta transaction signed as immortal is refused: ImmortalMetaTx', async () => {
      // What `signMetaTx` signs, but with the immortal era (one zero byte), whose birth block is
      // the genesis: were it taken, it would be valid again at the same nonce after the account
      // is reaped and sponsored again.
      const call = api.createType('Call', api.tx.patientIdentity.setCommitment(patient, null).method).toU8a();
      const nonce = (await api.rpc.system.accountNextIndex(phone.address)).toNumber();
      const explicit = u8aConcat([0], api.createType('Compact<u32>', nonce).toU8a());
      const { specVersion, transactionVersion } = api.runtimeVersion;
      const implicit = u8aConcat(
        stringToU8a('_meta_tx'),
        specVersion.toU8a(),
        transactionVersion.toU8a(),
        api.genesisHash.toU8a(),
        api.genesisHash.toU8a(),
      );
      const signed = blake2AsU8a(u8aConcat([0], call, explicit, implicit), 256);
      const signature = u8aConcat([1], phone.sign(signed));
      const account = api.createType('AccountId', phone.address).toU8a();
      const immortal = u8aConcat(call, [0], [1], signature, account, explicit);
      await unchanged(() => refused(k.ferdie, immortal, 'ImmortalMetaTx'));
    });

    it("another organisation's relayer cannot spend the phone's sponsor: NotRelayedBySponsor", async () => {
      await ok(api.tx.sponsorship.setSponsor(k.eve.address, 10n ** 12n), k.eve);
      const metaTx = await signMetaTx(api, phone, api.tx.patientIdentity.setCommitment(patient, null));
      await unchanged(() => refused(k.eve, metaTx, 'NotRelayedBySponsor'));
    });

    it('a sponsor pays only for the patient side: a transfer is refused (Call)', async () => {
      const metaTx = await signMetaTx(
        api,
        phone,
        api.tx.balances.transferKeepAlive(k.eve.address, 10n ** 10n),
      );
      await unchanged(() => refused(k.ferdie, metaTx, 'Call'));
    });

    it('a lowered budget stops sponsored calls at once: BudgetExhausted', async () => {
      await ok(api.tx.sponsorship.setSponsor(k.ferdie.address, 0), k.bob);
      const metaTx = await signMetaTx(api, phone, api.tx.patientIdentity.setCommitment(patient, null));
      await unchanged(() => refused(k.ferdie, metaTx, 'BudgetExhausted'));
      await ok(api.tx.sponsorship.setSponsor(k.ferdie.address, 10n ** 12n), k.bob);
    });

    it("a leaked key gets the day's calls and no more: DailyCallsUsed", async () => {
      // A second phone, sponsored and stolen: the thief signs a day's calls at once (each fails
      // inside, as the thief is no patient, and each counts) and the relayer submits them.
      const stolen = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromMnemonic(mnemonicGenerate());
      await ok(api.tx.sponsorship.sponsorPatient(hospital, stolen.address), k.ferdie);
      const limit = api.consts.sponsorship.maxCallsPerDay.toNumber();
      const relayerNonce = (await api.rpc.system.accountNextIndex(k.ferdie.address)).toNumber();
      const pester = (nonce) =>
        signMetaTx(api, stolen, api.tx.patientIdentity.setCommitment(patient, null), { nonce });
      const calls = await Promise.all(Array.from({ length: limit }, (_, i) => pester(i)));
      const results = await Promise.all(
        calls.map((m, i) => relay(api, k.ferdie, m, { nonce: relayerNonce + i })),
      );
      assert.ok(
        results.every((r) => r.metaDispatchError?.name === 'patientIdentity.NotPatientOrRepresentative'),
      );
      const used = (await api.query.sponsorship.sponsorships(stolen.address)).unwrap();
      assert.equal(used.calls.toNumber(), limit);
      const spent = (await api.query.sponsorship.sponsors(hospital)).unwrap().spent.toBigInt();
      const more = await pester(limit);
      assert.deepEqual(await checkRelay(api, k.ferdie, more), { ok: false, reason: 'DailyCallsUsed' });
      await assert.rejects(relay(api, k.ferdie, more), /Invalid|1010/);
      assert.equal((await api.query.sponsorship.sponsors(hospital)).unwrap().spent.toBigInt(), spent);
      assert.equal((await api.query.system.account(stolen.address)).nonce.toNumber(), limit);
      await ok(api.tx.sponsorship.endSponsorship(stolen.address), k.ferdie);
    });

    it('a stranger or another organisation cannot end the sponsorship: MayNotEndSponsorship', async () => {
      for (const who of [k.charlie, k.eve]) {
        const r = await submit(api, api.tx.sponsorship.endSponsorship(phone.address), who, {
          until: 'inBlock',
        });
        assert.equal(r.dispatchError?.name, 'sponsorship.MayNotEndSponsorship');
      }
      assert.equal((await sponsorship()).organisation.toNumber(), hospital);
      assert.ok(clinic !== hospital);
    });
  });

  it('the phone pages its timeline; each entry is in the block it names', async () => {
    const { entries, oldest } = await timelineEntries(api, patient, { pageSize: 4 });
    assert.equal(oldest, 0);
    assert.deepEqual(
      entries.map((e) => e.event.type),
      [
        'ConsentRecorded',
        'ConsentRequested',
        'ConsentRecorded',
        'ConsentRequestClosed',
        'ConsentRevoked',
        'ConsentRemoved',
      ],
    );
    assert.equal(entries[0].event.asConsentRecorded.consent.toNumber(), granted);
    assert.ok(entries[3].event.asConsentRequestClosed.outcome.isAccepted);
    for (const entry of entries) {
      assert.ok(await verifyTimelineEntry(api, patient, entry), `entry ${entry.position} is on chain`);
    }
  });

  it('the phone leaves: the registration deposit and the sponsorship deposit go back to the relayer', async () => {
    const held = await heldBy(k.ferdie, 'PatientIdentity');
    await asPhone(api.tx.patientIdentity.deactivatePatient(patient));
    // The timeline the deposit paid for goes with it.
    assert.equal((await api.call.timelineApi.timeline(patient, 0, 10)).items.length, 0);
    assert.equal((await api.query.timeline.timelineLengths(patient)).toNumber(), 0);
    assert.equal(
      held - (await heldBy(k.ferdie, 'PatientIdentity')),
      api.consts.patientIdentity.patientDeposit.toBigInt(),
    );
    const r = await asPhone(api.tx.sponsorship.endSponsorship(phone.address));
    const [ended] = eventsOf(r.events, 'sponsorship', 'SponsorshipEnded');
    assert.equal(ended.data.endedBy.toString(), phone.address);
    assert.equal(await heldBy(k.ferdie, 'Sponsorship'), 0n);
    assert.equal(await free(phone), 0n);
  });

  it("the phone's subscription saw everything that happened to it, by its patient id", async () => {
    // Finality follows the last block within a few seconds.
    const expected = [
      'consentRegistry.ConsentRecorded',
      'consentRegistry.ConsentRequested',
      'consentRegistry.ConsentRequestClosed',
      'consentRegistry.ConsentRevoked',
      'consentRegistry.ConsentRemoved',
      'patientIdentity.PatientDeactivated',
    ];
    const deadline = Date.now() + 30_000;
    while (!expected.every((e) => seen.includes(e)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
    }
    assert.deepEqual(
      expected.filter((e) => !seen.includes(e)),
      [],
      `seen: ${seen.join(', ')}`,
    );
  });
});
