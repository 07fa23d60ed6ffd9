// The patient's pages: registration, consents in plain language, the grant and deny wizard with
// its preview, revocation, and the timeline verified against the chain.
import { u8aToHex } from '@polkadot/util';

import {
  type ConsentTermsInput,
  chainNow,
  openTerms,
  fromMoment,
  type MedledgerPrimitivesRuntimeApiConsentPage,
  runtime,
  timelineEntries,
  toMoment,
  verifyTimelineEntry,
  type TimelineEntry,
} from '@medledger/sdk';

import { act, ChainRefusal, ctx, me, send } from './chain.js';
import {
  ACTION_WORDS,
  CATEGORY_WORDS,
  type Consent,
  dateWords,
  decide,
  decoder,
  PURPOSE_WORDS,
  purposeWords,
  state,
} from './consents.js';
import { checked, choices, field, h, page, shortAddress } from './ui.js';

/** The patient id the wallet's account holds, or null. */
export async function myPatient(): Promise<number | null> {
  const s = await runtime(ctx.api).identityApi.standing(me().address);
  return s.patient.isSome ? s.patient.unwrap().toNumber() : null;
}

function localWallet() {
  const w = me();
  if (!w.consents || !w.encryption)
    throw new ChainRefusal('NoLocalKey', 'A patient’s pages need a key kept in this browser (Sign in).');
  return { consents: w.consents, encryption: w.encryption };
}

export async function patientPage() {
  const wallet = me();
  const patient = await myPatient();
  const out = h('div', { 'aria-live': 'polite' });
  if (patient === null) {
    const { encryption } = localWallet();
    page(
      'Register as a patient',
      h('p', {}, 'Your account ', h('span', { class: 'mono', id: 'my-address' }, wallet.address)),
      h(
        'p',
        {},
        'Registering puts only your account and your public encryption key on the chain: nothing about who you are or your health. If you hold no tokens, your hospital sponsors you: show them the address above first.',
      ),
      h(
        'button',
        {
          onclick: act(out, async () => {
            await send(
              ctx.api.tx.patientIdentity.registerPatient(u8aToHex(encryption.publicKey), null),
              'register as a patient',
            );
            await patientPage();
          }),
        },
        'Register',
      ),
      out,
    );
    return;
  }
  const info = (await runtime(ctx.api).identityApi.patient(patient)).unwrap();
  const reps = await ctx.api.query.patientIdentity.representatives.entries(patient);
  page(
    'Me',
    h('p', {}, `You are patient ${patient}.`),
    h('p', {}, 'Account ', h('span', { class: 'mono', id: 'my-address' }, wallet.address)),
    h('h2', {}, 'My consent key'),
    h(
      'p',
      {},
      'Your consents name kinds of records and purposes by tags made with this key, so the chain learns nothing from them. Give it only to those who keep your records (your hospital’s system reads it from here), never to anyone else.',
    ),
    h(
      'details',
      {},
      h('summary', {}, 'Show my consent key'),
      h('p', { class: 'mono', id: 'tag-key' }, localWallet().consents.tagKey),
    ),
    h('h2', {}, 'My representatives'),
    reps.length
      ? h(
          'ul',
          {},
          reps.map(([key, value]) => {
            const r = value.unwrap();
            const scopes = Object.entries(r.scope.toJSON() as Record<string, boolean>)
              .filter(([, on]) => on)
              .map(([s]) => s);
            return h(
              'li',
              {},
              h('span', { class: 'mono' }, shortAddress(key.args[1].toString())),
              ` may act for you on: ${scopes.join(', ') || 'nothing'}`,
              r.until.isSome ? `, until block ${r.until.unwrap().toNumber()}` : '',
            );
          }),
        )
      : h('p', {}, 'No one represents you.'),
    h('h2', {}, 'My recovery contacts'),
    info.recoveryContacts.length
      ? h(
          'p',
          {},
          `${info.recoveryThreshold.toNumber()} of these must agree to move your identity to a new key: `,
          info.recoveryContacts.map((a) => shortAddress(a.toString())).join(', '),
        )
      : h('p', {}, 'No recovery contacts are set.'),
  );
}

/** The patient's consents, all pages. */
export async function loadConsents(patient: number): Promise<Consent[]> {
  const list: Consent[] = [];
  let after: number | null = null;
  for (;;) {
    const p: MedledgerPrimitivesRuntimeApiConsentPage = await runtime(ctx.api).consentApi.consents(
      patient,
      after,
      100,
    );
    for (const c of p.consents) {
      list.push({
        id: c.id.toNumber(),
        kind: c.kind.type,
        grantee: { [c.grantee.type]: c.grantee.value.toJSON() } as Consent['grantee'],
        classes: c.classes.isAll ? 'All' : c.classes.asOnly.map((t) => t.toHex()),
        actions: c.actions.map((a) => a.type),
        purposes: c.purposes.map((t) => t.toHex()),
        startsAt: c.startsAt.toNumber(),
        expiresAt: c.expiresAt.isSome ? c.expiresAt.unwrap().toNumber() : null,
        records: c.records.map((r) => r.toHex()),
        revokedAt: c.revokedAt.isSome ? c.revokedAt.unwrap().toNumber() : null,
        inForce: c.inForce.isTrue,
        confirmed: c.confirmed.isTrue,
      });
    }
    if (p.next.isNone) return list;
    after = p.next.unwrap().toNumber();
  }
}

const orgNames = new Map<number, string>();
async function organisationName(id: number): Promise<string> {
  if (!orgNames.has(id)) {
    const o = await runtime(ctx.api).identityApi.organisation(id);
    orgNames.set(id, o.isSome ? o.unwrap().name.toUtf8() : `organisation ${id}`);
  }
  return orgNames.get(id) ?? `organisation ${id}`;
}

export async function granteeWords(g: Consent['grantee']): Promise<string> {
  if (g.Organisation !== undefined)
    return `${await organisationName(g.Organisation)} (every practitioner there)`;
  if (g.Practitioner !== undefined) return `practitioner ${shortAddress(g.Practitioner)}`;
  return `patient ${g.Individual}`;
}

async function consentCard(
  patient: number,
  c: Consent,
  now: number,
  d: ReturnType<typeof decoder>,
  out: HTMLElement,
) {
  const cats = d.categories(c);
  const what =
    cats === 'all'
      ? 'everything, labelled and emergency records included'
      : cats === 'unknown'
        ? 'record classes this wallet does not know'
        : cats.map((x) => CATEGORY_WORDS[x] ?? x).join(', ');
  const s = state(c, now);
  const actions = c.actions.map((a) => ACTION_WORDS[a] ?? a).join(', ');
  const card = h(
    'article',
    { class: 'card', 'aria-labelledby': `consent-${c.id}` },
    h(
      'h3',
      { id: `consent-${c.id}` },
      h(
        'span',
        { class: `badge ${c.kind === 'Permit' ? 'permit' : 'deny'}` },
        c.kind === 'Permit' ? 'Allows' : 'Denies',
      ),
      ` ${await granteeWords(c.grantee)}`,
    ),
    h(
      'p',
      {},
      `to ${actions} your ${what}`,
      c.records.length ? ` (only ${c.records.length} named records)` : '',
    ),
    h('p', {}, `for ${d.purposes(c).map(purposeWords).join(', ') || 'purposes this wallet does not know'}`),
    h(
      'p',
      {},
      h(
        'span',
        { class: `badge ${s === 'in force' ? (c.kind === 'Permit' ? 'permit' : 'deny') : 'ended'}` },
        s,
      ),
      ` from ${dateWords(c.startsAt)}`,
      c.revokedAt !== null
        ? `, revoked ${dateWords(c.revokedAt)}`
        : c.expiresAt !== null
          ? ` until ${dateWords(c.expiresAt)}`
          : ', until you revoke it',
      c.confirmed ? '' : ' (granted by a representative, not yet confirmed by you)',
    ),
  );
  if (s === 'in force' || s === 'scheduled') {
    card.append(
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            class: 'danger',
            'aria-label': `Revoke consent ${c.id}`,
            onclick: act(out, async () => {
              await send(ctx.api.tx.consentRegistry.revokeConsent(patient, c.id), `revoke consent ${c.id}`);
              await consentsPage();
            }),
          },
          'Revoke',
        ),
      ),
    );
  }
  return card;
}

export async function consentsPage() {
  const { consents: wallet } = localWallet();
  const patient = await myPatient();
  if (patient === null) return patientPage();
  const consents = await loadConsents(patient);
  const now = (await chainNow(ctx.api)).getTime();
  const d = decoder(wallet);
  const out = h('div', { 'aria-live': 'polite' });
  const open = consents.filter((c) => ['in force', 'scheduled'].includes(state(c, now)));
  const ended = consents.filter((c) => !open.includes(c));
  page(
    'My consents',
    out,
    h('p', {}, h('a', { href: '#/grant', class: 'button' }, 'Grant or deny access')),
    h('h2', {}, `In force and scheduled (${open.length})`),
    open.length
      ? await Promise.all(open.map((c) => consentCard(patient, c, now, d, out)))
      : h('p', {}, 'None.'),
    h('h2', {}, `Ended (${ended.length})`),
    ended.length
      ? await Promise.all(ended.map((c) => consentCard(patient, c, now, d, out)))
      : h('p', {}, 'None.'),
    await openRequests(patient),
    await emergencySessions(patient),
  );
}

async function openRequests(patient: number): Promise<HTMLElement[]> {
  const { consents: wallet, encryption } = localWallet();
  const requests = await runtime(ctx.api).consentApi.openRequests(patient);
  const section: HTMLElement[] = [];
  const out = h('div', { 'aria-live': 'polite' });
  section.push(h('h2', {}, `Requests for your consent (${requests.length})`), out);
  if (!requests.length) section.push(h('p', {}, 'None.'));
  for (const r of requests) {
    const g = { [r.grantee.type]: r.grantee.value.toJSON() } as Consent['grantee'];
    const id = r.id.toNumber();
    // The terms were sealed for this wallet's encryption key: only it can read them.
    let wanted: ConsentTermsInput | null = null;
    try {
      wanted = await openTerms<ConsentTermsInput>(encryption.privateKey, r.sealedTerms.toU8a(true));
    } catch {
      wanted = null;
    }
    const terms = wanted
      ? `to ${wanted.actions.map((a) => ACTION_WORDS[a]).join(', ')} your ${
          wanted.categories === 'standard' || wanted.categories === 'all'
            ? 'records of every kind'
            : wanted.categories.map((c) => CATEGORY_WORDS[c] ?? c).join(', ')
        } for ${wanted.purposes.map(purposeWords).join(', ')}`
      : 'terms sealed for a key you no longer hold';
    const accept = (terms: ConsentTermsInput) =>
      h(
        'button',
        {
          onclick: act(out, async () => {
            await send(
              ctx.api.tx.consentRegistry.acceptRequest(patient, id, wallet.terms(terms)),
              `accept request ${id}`,
            );
            await consentsPage();
          }),
        },
        'Accept',
      );
    section.push(
      h(
        'article',
        { class: 'card', 'aria-labelledby': `request-${id}` },
        h(
          'h3',
          { id: `request-${id}` },
          `${shortAddress(r.requester.toString())} asks for ${
            g.Practitioner === r.requester.toString() ? 'themselves' : await granteeWords(g)
          }`,
        ),
        h('p', {}, terms),
        h(
          'p',
          {},
          `Asked ${dateWords(r.requestedAt.toNumber())}; open until ${dateWords(r.expiresAt.toNumber())}.`,
        ),
        h(
          'div',
          { class: 'actions' },
          wanted ? accept(wanted) : null,
          h(
            'button',
            {
              class: 'secondary',
              onclick: act(out, async () => {
                await send(ctx.api.tx.consentRegistry.closeRequest(patient, id), `decline request ${id}`);
                await consentsPage();
              }),
            },
            'Decline',
          ),
        ),
      ),
    );
  }
  return section;
}

async function emergencySessions(patient: number): Promise<HTMLElement[]> {
  const sessions = (await ctx.api.query.consentRegistry.emergencySessions.entries()).filter(
    ([, v]) => v.isSome && v.unwrap().patient.toNumber() === patient,
  );
  const section: HTMLElement[] = [];
  const out = h('div', { 'aria-live': 'polite' });
  const now = (await chainNow(ctx.api)).getTime();
  const open = sessions.filter(
    ([, v]) => v.unwrap().closedBy.isNone && v.unwrap().expiresAt.toNumber() > now,
  );
  section.push(h('h2', {}, `Emergency access open now (${open.length})`), out);
  if (!open.length) section.push(h('p', {}, 'None.'));
  for (const [key, v] of open) {
    const s = v.unwrap();
    section.push(
      h(
        'article',
        { class: 'card' },
        h(
          'h3',
          {},
          `${shortAddress(s.practitioner.toString())} at ${await organisationName(s.organisation.toNumber())}`,
        ),
        h('p', {}, `Opened ${dateWords(s.openedAt.toNumber())}; ends ${dateWords(s.expiresAt.toNumber())}.`),
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              class: 'danger',
              onclick: act(out, async () => {
                await send(
                  ctx.api.tx.consentRegistry.closeEmergencyAccess(patient, s.practitioner),
                  `close emergency session ${key.args[0].toNumber()}`,
                );
                await consentsPage();
              }),
            },
            'Close now',
          ),
        ),
      ),
    );
  }
  return section;
}

const CATEGORY_OPTIONS = Object.entries(CATEGORY_WORDS).map(([value, label]) => ({ value, label }));
const PURPOSE_OPTIONS = ['TREAT', 'ETREAT', 'HRESCH', 'PUBHLTH', 'HPAYMT', 'HOPERAT', 'HMARKT'].map(
  (value) => ({
    value,
    label: PURPOSE_WORDS[value],
  }),
);

export async function grantPage() {
  const { consents: wallet } = localWallet();
  const patient = await myPatient();
  if (patient === null) return patientPage();
  const existing = await loadConsents(patient);
  const organisations = (await ctx.api.query.patientIdentity.organisations.entries()).map(([k, v]) => ({
    id: k.args[0].toNumber(),
    name: v.unwrap().name.toUtf8(),
  }));
  const granteeSelect = h(
    'select',
    { id: 'grantee' },
    organisations.map((o) => h('option', { value: `org:${o.id}` }, `${o.name} (every practitioner there)`)),
    h('option', { value: 'practitioner' }, 'One practitioner (by account)'),
  );
  const practitioner = h('input', {
    type: 'text',
    id: 'practitioner',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const until = h('input', { type: 'date', id: 'until' });
  const form = h(
    'form',
    { 'aria-label': 'New consent' },
    choices(
      'Allow or deny',
      'kind',
      [
        { value: 'Permit', label: 'Allow', checked: true },
        { value: 'Deny', label: 'Deny (wins over any allow)' },
      ],
      'radio',
    ),
    field('Who', granteeSelect),
    field('Practitioner’s account (for one practitioner)', practitioner),
    choices(
      'Which records',
      'category',
      CATEGORY_OPTIONS.map((o) => ({ ...o, checked: o.value === 'allergies' })),
    ),
    choices('What they may do', 'action', [
      { value: 'Read', label: 'Read', checked: true },
      { value: 'Append', label: 'Add new records' },
      { value: 'Amend', label: 'Correct records' },
    ]),
    choices(
      'For which purpose',
      'purpose',
      PURPOSE_OPTIONS.map((o) => ({ ...o, checked: o.value === 'TREAT' })),
    ),
    field('Until (leave empty: until you revoke it)', until),
  );
  const preview = h('section', {
    class: 'preview',
    'aria-live': 'polite',
    'aria-labelledby': 'preview-title',
  });
  const out = h('div', { 'aria-live': 'polite' });

  const proposal = () => {
    const kind = checked(form, 'kind')[0] as 'Permit' | 'Deny';
    const g = granteeSelect.value;
    const grantee: Consent['grantee'] = g.startsWith('org:')
      ? { Organisation: Number(g.slice(4)) }
      : { Practitioner: practitioner.value.trim() };
    const categories = checked(form, 'category');
    const actions = checked(form, 'action') as ('Read' | 'Append' | 'Amend')[];
    const purposes = checked(form, 'purpose');
    const expiresAt = until.value ? toMoment(new Date(`${until.value}T00:00:00Z`)) : null;
    return { kind, grantee, categories, actions, purposes, expiresAt };
  };

  const renderPreview = async () => {
    const p = proposal();
    const now = (await chainNow(ctx.api)).getTime();
    const terms = wallet.terms({ categories: p.categories, actions: p.actions, purposes: p.purposes });
    const draft: Consent = {
      id: -1,
      kind: p.kind,
      grantee: p.grantee,
      classes: 'All' in (terms.classes as object) ? 'All' : (terms.classes as { Only: string[] }).Only,
      actions: p.actions,
      purposes: terms.purposes,
      startsAt: now,
      expiresAt: p.expiresAt === null ? null : Number(p.expiresAt),
      records: [],
      revokedAt: null,
      inForce: true,
      confirmed: true,
    };
    const who = p.grantee.Practitioner === '' ? 'this practitioner' : await granteeWords(p.grantee);
    const questions = [
      ...new Set([...p.categories, 'allergies', 'medications', 'laboratory'].map((c) => c)),
    ].flatMap((category) =>
      ['Read', ...p.actions.filter((a) => a !== 'Read')].map((action) => ({
        category,
        action,
        purpose: p.purposes[0] ?? 'TREAT',
      })),
    );
    const items = questions.slice(0, 8).map((q) => {
      const before = decide(wallet, existing, p.grantee, q, now);
      const after = decide(wallet, [...existing, draft], p.grantee, q, now);
      const answer = after.allowed ? 'Yes' : 'No';
      const why =
        after.by === null
          ? 'nothing you have given allows it'
          : after.by.id === -1
            ? `this new consent ${after.allowed ? 'allows' : 'denies'} it`
            : `your consent ${after.by.id} ${after.allowed ? 'allows' : 'denies'} it`;
      const changed = before.allowed !== after.allowed ? ' (changes)' : '';
      return h(
        'li',
        {},
        `Can ${who} ${ACTION_WORDS[q.action]} your ${CATEGORY_WORDS[q.category]} for ${PURPOSE_WORDS[q.purpose] ?? q.purpose}? `,
        h('strong', { class: after.allowed ? 'permit' : 'deny' }, answer),
        ` — ${why}${changed}.`,
      );
    });
    preview.replaceChildren(
      h('h2', { id: 'preview-title' }, 'What it would decide'),
      h('ul', {}, items),
      h(
        'p',
        { class: 'hint' },
        'A practitioner is covered only while in good standing at an active organisation; a deny always wins.',
      ),
    );
  };
  form.addEventListener('change', () => void renderPreview());

  const sign = h(
    'button',
    {
      type: 'button',
      onclick: act(out, async () => {
        const p = proposal();
        if (!p.categories.length || !p.actions.length || !p.purposes.length)
          throw new ChainRefusal(
            'Incomplete',
            'Choose at least one kind of record, one action and one purpose.',
          );
        const terms = wallet.terms({
          categories: p.categories,
          actions: p.actions,
          purposes: p.purposes,
          expiresAt: p.expiresAt,
        });
        const grantee =
          p.grantee.Organisation !== undefined
            ? { Organisation: p.grantee.Organisation }
            : { Practitioner: p.grantee.Practitioner ?? '' };
        const tx =
          p.kind === 'Permit'
            ? ctx.api.tx.consentRegistry.grantConsent(patient, grantee, terms)
            : ctx.api.tx.consentRegistry.denyAccess(patient, grantee, terms);
        await send(tx, p.kind === 'Permit' ? 'grant consent' : 'deny access');
        location.hash = '#/consents';
      }),
    },
    'Sign and save',
  );
  page(
    'Grant or deny access',
    h(
      'p',
      {},
      'Choose who, what and why. Before you sign, the box below shows what your consents would then decide.',
    ),
    form,
    preview,
    h('div', { class: 'actions' }, sign),
    out,
  );
  await renderPreview();
}

const TIMELINE_WORDS: Record<string, string> = {
  RecordAnchored: 'A record about you was added',
  RecordsAnchored: 'Records about you were added',
  RecordAmended: 'A record about you was corrected',
  RecordErased: 'A record about you was erased',
  ConsentRecorded: 'A consent was saved',
  ConsentConfirmed: 'You confirmed a consent',
  ConsentRevoked: 'A consent was revoked',
  ConsentRemoved: 'An ended consent was removed',
  ConsentRequested: 'Someone asked for your consent',
  ConsentRequestClosed: 'A request for your consent was closed',
  EmergencyAccessOpened: 'Emergency access was opened',
  EmergencyAccessClosed: 'Emergency access was closed',
  EmergencyAccessReviewed: 'Emergency access was reviewed',
  AccessLogged: 'Your records were accessed',
};

async function accessDetails(patient: number, entry: TimelineEntry) {
  const v = entry.event.value as unknown as { first: { toNumber(): number }; last: { toNumber(): number } };
  const first = v.first.toNumber();
  const page = await runtime(ctx.api).recordApi.accessLog(
    patient,
    first,
    Math.min(v.last.toNumber() - first + 1, 20),
  );
  return h(
    'ul',
    {},
    page.items.map((i) =>
      h(
        'li',
        {},
        i.outcome.isPermitted ? 'Read by ' : 'Refused to ',
        h('span', { class: 'mono' }, shortAddress(i.accessor.toString())),
        i.outcome.isDenied ? ` (${i.outcome.asDenied.type})` : '',
        ` at ${dateWords(i.at.toNumber())}`,
      ),
    ),
  );
}

export async function timelinePage() {
  const patient = await myPatient();
  if (patient === null) return patientPage();
  const { entries } = await timelineEntries(ctx.api, patient);
  const items = await Promise.all(
    [...entries].reverse().map(async (entry) => {
      const verified = (await verifyTimelineEntry(ctx.api, patient, entry)) !== null;
      const kind = entry.event.type;
      return h(
        'li',
        { 'data-kind': kind },
        h('strong', {}, TIMELINE_WORDS[kind] ?? kind),
        ` — ${fromMoment(entry.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC, block ${entry.block}. `,
        h(
          'span',
          { class: verified ? 'permit' : 'deny' },
          verified ? 'Checked against the chain.' : 'Does not match the chain!',
        ),
        kind === 'AccessLogged' ? await accessDetails(patient, entry) : null,
        kind === 'RecordsAnchored'
          ? ` ${entry.event.asRecordsAnchored.count.toNumber()} records in one batch.`
          : null,
      );
    }),
  );
  page(
    'My timeline',
    h(
      'p',
      {},
      'Everything that happened to your data, newest first. Each entry is checked against the block it names.',
    ),
    entries.length ? h('ol', { class: 'timeline', reversed: true }, items) : h('p', {}, 'Nothing yet.'),
  );
}
