// On a development chain only: makes the gateway's custodian account (//Ferdie in
// gateway.dev.json) a practitioner of a development hospital, so that the gateway started by
// `scripts/gateway.sh` serves at once. The council's sudo key (//Alice) admits "Dev Hospital" with
// //Bob as its admin unless Bob already administers one; Bob invites, Ferdie accepts. Bob then
// names Ferdie the hospital's sponsor (its relayer, for the web console's patients who hold no
// tokens) unless it is. Does nothing that is done already. `node gateway/dev-setup.mjs [ws-url]`.
import { connect, eventsOf, submitOk } from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';

const api = await connect(process.argv[2] ?? 'ws://127.0.0.1:9944');
const { alice, bob, ferdie } = devAccounts();
const standing = (who) => api.call.identityApi.standing(who.address);
if ((await standing(ferdie)).practitioner.isSome) {
  console.log(`the custodian ${ferdie.address} already practises; nothing to do`);
} else {
  let hospital = (await standing(bob)).adminOf;
  if (hospital.isNone) {
    const admit = api.tx.patientIdentity.admitOrganisation(
      'Dev Hospital',
      'Hospital',
      'GB-ENG',
      `0x${'00'.repeat(32)}`,
      bob.address,
    );
    const { events } = await submitOk(api, api.tx.sudo.sudo(admit), alice);
    hospital = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation;
  } else hospital = hospital.unwrap();
  await submitOk(api, api.tx.patientIdentity.invitePractitioner(ferdie.address, 'Clerk'), bob);
  await submitOk(api, api.tx.patientIdentity.acceptInvitation(hospital), ferdie);
  console.log(
    `the custodian ${ferdie.address} now practises at organisation ${hospital} (admin ${bob.address})`,
  );
}
const practice = (await standing(ferdie)).practitioner.unwrap().organisation;
const sponsor = await api.query.sponsorship.sponsors(practice);
if (sponsor.isNone || !sponsor.unwrap().relayer.eq(ferdie.address)) {
  // One unit a day for the dev hospital's patients' fees.
  await submitOk(api, api.tx.sponsorship.setSponsor(ferdie.address, 10n ** 12n), bob);
  console.log(`the custodian ${ferdie.address} now relays for organisation ${practice}'s sponsored patients`);
}
await api.disconnect();
