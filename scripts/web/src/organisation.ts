// The organisation's pages: for its admin, practitioners (invite, withdraw, remove) and the
// emergency sessions to review; for a practitioner, invitations to accept and the front desk's
// sponsorship of a patient's new account (through the gateway, which relays for the hospital).
import { GatewayRefusal, runtime } from '@medledger/sdk';

import { act, ChainRefusal, ctx, me, gateway, send } from './chain.js';
import { dateWords } from './consents.js';
import { field, h, message, page, shortAddress } from './ui.js';

const ROLES = ['Physician', 'Nurse', 'Pharmacist', 'LaboratoryScientist', 'Researcher', 'Clerk'] as const;
const ROLE_WORDS: Record<string, string> = {
  Physician: 'physician',
  Nurse: 'nurse',
  Pharmacist: 'pharmacist',
  LaboratoryScientist: 'laboratory scientist',
  Researcher: 'researcher',
  Clerk: 'clerk',
};

async function invitations(out: HTMLElement) {
  const self = me().address;
  const offered = await ctx.api.query.patientIdentity.practitionerInvitations.entries(self);
  if (!offered.length) return [];
  return [
    h('h2', {}, 'Invitations for you'),
    ...(await Promise.all(
      offered.map(async ([key, role]) => {
        const org = key.args[1].toNumber();
        const info = await runtime(ctx.api).identityApi.organisation(org);
        const name = info.isSome ? info.unwrap().name.toUtf8() : `organisation ${org}`;
        return h(
          'article',
          { class: 'card' },
          h('h3', {}, `${name} invites you as ${ROLE_WORDS[role.unwrap().type]}`),
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              {
                onclick: act(out, async () => {
                  await send(ctx.api.tx.patientIdentity.acceptInvitation(org), `join ${name}`);
                  await organisationPage();
                }),
              },
              'Accept',
            ),
            h(
              'button',
              {
                class: 'secondary',
                onclick: act(out, async () => {
                  await send(ctx.api.tx.patientIdentity.withdrawInvitation(org, self), `decline ${name}`);
                  await organisationPage();
                }),
              },
              'Decline',
            ),
          ),
        );
      }),
    )),
  ];
}

/** A signed request to the gateway; its refusal shown like the chain's, by name. */
async function staffRequest<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (e) {
    if (e instanceof GatewayRefusal)
      throw new ChainRefusal(e.reason ?? `HTTP${e.status}`, e.outcome.issue?.[0]?.diagnostics ?? e.message);
    throw e;
  }
}

/** The records the gateway keeps for the organisation (the first page). */
async function keptRecords() {
  if (!me().pair)
    return [h('h2', {}, 'Records kept here'), h('p', {}, 'Listing them needs a key kept in this browser.')];
  const page = await staffRequest(() => gateway().keptRecords({ limit: 100 }));
  return [
    h('h2', {}, `Records kept here (${page.items.length}${page.next ? '+' : ''})`),
    page.items.length
      ? h(
          'table',
          {},
          h('caption', {}, 'Records whose encrypted content this organisation keeps at its gateway'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Record', 'Patient', 'Author', 'Stored'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            page.items.map((r) =>
              h(
                'tr',
                {},
                h('td', { class: 'mono' }, `${r.record.slice(0, 10)}…`),
                h('td', {}, String(r.patient)),
                h('td', { class: 'mono' }, shortAddress(r.author)),
                h('td', {}, dateWords(r.storedAt)),
              ),
            ),
          ),
        )
      : h('p', {}, 'None yet.'),
  ];
}

function frontDesk(out: HTMLElement) {
  const account = h('input', {
    type: 'text',
    id: 'sponsor-account',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  return [
    h('h2', {}, 'Sponsor a patient'),
    h(
      'p',
      {},
      'A patient who holds no tokens shows you their account address; sponsoring it lets this hospital’s gateway pay for their changes.',
    ),
    field('Patient’s account address', account),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          onclick: act(out, async () => {
            // Signed by the practitioner's key: the gateway sponsors only for its own staff.
            await staffRequest(() => gateway().sponsor(account.value.trim()));
            out.append(
              message('ok', 'Sponsored', `${account.value.trim()} may now register and manage consents.`),
            );
          }),
        },
        'Sponsor',
      ),
    ),
  ];
}

export async function organisationPage() {
  const out = h('div', { 'aria-live': 'polite' });
  const standing = await runtime(ctx.api).identityApi.standing(me().address);
  const sections: (HTMLElement | string)[] = [out, ...(await invitations(out))];
  if (standing.practitioner.isSome && me().pair) sections.push(...frontDesk(out));
  if (standing.adminOf.isNone) {
    if (sections.length === 1) sections.push(h('p', {}, 'This account administers no organisation.'));
    page('Organisation', ...sections);
    return;
  }
  const org = standing.adminOf.unwrap().toNumber();
  const info = (await runtime(ctx.api).identityApi.organisation(org)).unwrap();
  const staff = (await ctx.api.query.patientIdentity.practitioners.entries()).filter(
    ([, p]) => p.unwrap().organisation.toNumber() === org,
  );
  const account = h('input', {
    type: 'text',
    id: 'invite-account',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const role = h(
    'select',
    { id: 'invite-role' },
    ROLES.map((r) => h('option', { value: r }, ROLE_WORDS[r])),
  );
  const sessions = (await ctx.api.query.consentRegistry.emergencySessions.entries()).filter(
    ([, s]) => s.unwrap().organisation.toNumber() === org,
  );
  page(
    info.name.toUtf8(),
    ...sections,
    h('p', {}, `${info.kind.type} in ${info.jurisdiction.toUtf8()}, ${info.status.type.toLowerCase()}.`),
    h('h2', {}, `Practitioners (${staff.length})`),
    staff.length
      ? h(
          'ul',
          {},
          staff.map(([key, p]) => {
            const who = key.args[0].toString();
            return h(
              'li',
              {},
              h('span', { class: 'mono' }, shortAddress(who)),
              `, ${ROLE_WORDS[p.unwrap().role.type]} `,
              h(
                'button',
                {
                  class: 'danger',
                  'aria-label': `Remove practitioner ${shortAddress(who)}`,
                  onclick: act(out, async () => {
                    await send(
                      ctx.api.tx.patientIdentity.removePractitioner(who),
                      `remove ${shortAddress(who)}`,
                    );
                    await organisationPage();
                  }),
                },
                'Remove',
              ),
            );
          }),
        )
      : h('p', {}, 'None yet.'),
    h('h2', {}, 'Invite a practitioner'),
    field('Practitioner’s account address', account),
    field('Role', role),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          onclick: act(out, async () => {
            const who = account.value.trim();
            await send(
              ctx.api.tx.patientIdentity.invitePractitioner(who, role.value as (typeof ROLES)[number]),
              `invite ${shortAddress(who)}`,
            );
            out.append(message('ok', 'Invited', `${who} can accept the invitation from their console.`));
          }),
        },
        'Invite',
      ),
    ),
    ...(await keptRecords()),
    h('h2', {}, `Emergency sessions to review (${sessions.length})`),
    sessions.length
      ? h(
          'ul',
          {},
          sessions.map(([key, s]) => {
            const session = s.unwrap();
            const id = key.args[0].toNumber();
            return h(
              'li',
              {},
              `Session ${id}: `,
              h('span', { class: 'mono' }, shortAddress(session.practitioner.toString())),
              ` for patient ${session.patient.toNumber()}, opened ${dateWords(session.openedAt.toNumber())}${
                session.closedBy.isSome ? ', closed' : ', open'
              }. `,
              h(
                'button',
                {
                  class: 'secondary',
                  onclick: act(out, async () => {
                    await send(ctx.api.tx.consentRegistry.reviewEmergencyAccess(id), `review session ${id}`);
                    await organisationPage();
                  }),
                },
                'Mark reviewed',
              ),
            );
          }),
        )
      : h('p', {}, 'None.'),
  );
}
