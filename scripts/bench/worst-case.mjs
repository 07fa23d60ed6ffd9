// The worst case of a consent decision, set up on a development chain for the benchmarks that
// ask for it (decisions.mjs, state-growth-node.mjs): a hospital (admin Bob) with two physicians,
// Charlie (also a registered patient) and Eve, and a patient, Dave, who fills every grantee index
// a decision about Charlie reads to `MaxConsentsPerGrantee`: consents for Charlie as
// practitioner, for the hospital and for Charlie's own patient identity, none of them covering
// laboratory records. Asked about Dave's laboratory records, a decision about Charlie reads and
// matches all of them before it denies.
import { u8aToHex } from '@polkadot/util';
import { encryptionKeyPair, submitOk } from '@medledger/sdk';
import { admitWithSudo, devAccounts, submitAll } from 'medledger-toolkit/chain.mjs';

/**
 * Sets up the worst case on `api` (the dev chain's sudo key, Alice, admits the hospital), the
 * consents' tags from `wallet` (Dave's). Resolves { k: the dev accounts, hospital, dave (Dave's
 * patient id), perGrantee (consents in each full index) }.
 */
export async function worstCaseDecision(api, wallet, { hospitalName }) {
  const k = devAccounts();
  const ok = (tx, signer) => submitOk(api, tx, signer);
  const hospital = await admitWithSudo(api, k.alice, { name: hospitalName, admin: k.bob.address });
  await submitAll(
    api,
    [k.charlie, k.eve].map((who) => api.tx.patientIdentity.invitePractitioner(who.address, 'Physician')),
    k.bob,
  );
  const register = async (who) =>
    ok(api.tx.patientIdentity.registerPatient(u8aToHex((await encryptionKeyPair()).publicKey), null), who);
  await Promise.all([
    ...[k.charlie, k.eve].map((who) => ok(api.tx.patientIdentity.acceptInvitation(hospital), who)),
    register(k.dave),
  ]);
  await register(k.charlie);
  const patientOf = async (who) =>
    (await api.call.identityApi.standing(who.address)).patient.unwrap().toNumber();
  const dave = await patientOf(k.dave);
  const charlieAsPatient = await patientOf(k.charlie);

  const perGrantee = api.consts.consentRegistry.maxConsentsPerGrantee.toNumber();
  const imaging = wallet.terms({ categories: ['imaging'], actions: ['Read'], purposes: ['TREAT'] });
  const grantees = [
    { Practitioner: k.charlie.address },
    { Organisation: hospital },
    { Individual: charlieAsPatient },
  ];
  const grants = grantees.flatMap((g) =>
    Array.from({ length: perGrantee }, () => api.tx.consentRegistry.grantConsent(dave, g, imaging)),
  );
  await ok(api.tx.utility.batchAll(grants), k.dave);
  for (const g of grantees) {
    const index = await api.query.consentRegistry.granteeConsents([dave, g]);
    if (index.length !== perGrantee) throw new Error(`index ${JSON.stringify(g)} holds ${index.length}`);
  }
  return { k, hospital, dave, perGrantee };
}
