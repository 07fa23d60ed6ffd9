// The web console in a real browser: Debian's Chromium, headless, driven by playwright-core,
// against a dev node and the record gateway that serves the console and relays for patients.
//
// A hospital's admin (//Bob, restored in the console) invites a physician; a patient with no
// tokens makes a key in the browser, is sponsored at the front desk, registers, grants the
// hospital through the wizard (its preview read first); the physician uploads and reads a record
// through the gateway; the patient sees the read in the timeline, each entry checked against the
// chain, revokes, and the next read is refused. A council member votes on a motion and closes
// it. Every page is checked by axe-core (WCAG 2.2 AA) and saved as a screenshot at phone and
// desktop size. The attacker's cases: a call refused by the chain shows its named error and
// changes nothing; an unsponsored patient's call is refused before anything is paid; a stranger
// cannot have the gateway sponsor anyone; a wrong passphrase unlocks nothing.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { chromium } from 'playwright-core';

import {
  connect,
  encryptionKeyPair,
  eventsOf,
  GatewayClient,
  patientWallet,
  sealedCommitment,
  reasonCommitment,
  sealRecord,
  sealTerms,
  signMetaTx,
  submitOk,
  wrapDataKey,
} from '@medledger/sdk';
import { refusedByGateway } from 'medledger-toolkit/assert.mjs';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { startGateway, startNode, waitFor } from 'medledger-toolkit/node.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const SHOTS = process.env.MEDLEDGER_SCREENSHOTS ?? fileURLToPath(new URL('../screenshots', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const PASSPHRASE = 'correct horse battery';
const LICENCE = `0x${'ab'.repeat(32)}`;
const OBSERVATION = {
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }] },
  valueQuantity: { value: 5.4, unit: 'mmol/L' },
};

describe('web console in headless Chromium', () => {
  let node;
  let gateway;
  let api;
  let browser;
  let hospital;
  const k = devAccounts();

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    node = await startNode();
    api = await connect(node.wsUrl);
    const { events } = await submitOk(
      api,
      api.tx.sudo.sudo(
        api.tx.patientIdentity.admitOrganisation(
          'Riverside Hospital',
          'Hospital',
          'IE',
          LICENCE,
          k.bob.address,
        ),
      ),
      k.alice,
    );
    hospital = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber();
    // Ferdie keeps the records and relays for the hospital's sponsored patients.
    await submitOk(api, api.tx.patientIdentity.invitePractitioner(k.ferdie.address, 'Clerk'), k.bob);
    await submitOk(api, api.tx.patientIdentity.acceptInvitation(hospital), k.ferdie);
    await submitOk(api, api.tx.sponsorship.setSponsor(k.ferdie.address, 10n ** 12n), k.bob);
    gateway = await startGateway({
      rpc: node.wsUrl,
      suri: '//Ferdie',
      config: { relay: { enabled: true }, console: { dir: DIST }, accessLog: { mode: 'per-read' } },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  after(async () => {
    await browser?.close();
    await api?.disconnect();
    await gateway?.stop();
    await node?.stop();
  });

  /** A person's own browser (its own storage), at phone or desktop size. */
  async function person(viewport) {
    // The console's CSP allows only its own scripts; axe-core is injected by the test.
    const context = await browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`${gateway.url}/`);
    return page;
  }

  /** axe-core's WCAG 2.2 A/AA violations on the page as it is now. */
  async function accessibility(page, what) {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const r = await globalThis.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return r.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    });
    assert.deepEqual(violations, [], `${what}: accessibility violations`);
  }

  /** Checks the page and saves it at phone and desktop size: `<name>-phone.png`, `<name>-desktop.png`. */
  async function shoot(page, name) {
    await accessibility(page, name);
    const original = page.viewportSize();
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ]) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
    }
    await page.setViewportSize(original);
  }

  /**
   * Waits until the progress bar reports the transaction `what` (the words it shows for it)
   * finalised or refused; resolves which.
   */
  async function settled(page, what) {
    const step = await page.waitForFunction(
      (w) => {
        const el = document.querySelector('#progress [data-step]');
        const done = el?.textContent.includes(w) && ['finalized', 'failed'].includes(el.dataset.step);
        return done ? el.dataset.step : null;
      },
      what,
      { timeout: 120_000 },
    );
    return step.jsonValue();
  }

  async function restore(page, uri) {
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByLabel(/Recovery phrase/).fill(uri);
    await page.getByRole('button', { name: 'Make my key' }).click();
    await page.getByRole('button', { name: 'I have written it down' }).click();
  }

  /** Alice proposes `call` to the council (a majority of 3 passes it) and votes aye. */
  async function proposedByAlice(call) {
    const len = call.method.encodedLength;
    const { events } = await submitOk(api, api.tx.council.propose(2, call, len), k.alice);
    const { proposalIndex, proposalHash } = eventsOf(events, 'council', 'Proposed')[0].data;
    await submitOk(api, api.tx.council.vote(proposalHash, proposalIndex, true), k.alice);
    return { proposalIndex, proposalHash };
  }

  let admin;
  let patientPage;
  let patientAddress;
  let patient;
  let tagKey;
  let record;
  const asPhysician = () => new GatewayClient(gateway.url, k.charlie);

  it('adversary: the gateway serves the console’s files and nothing outside them', async () => {
    const index = await fetch(`${gateway.url}/`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
    for (const path of [
      '/..%2f..%2fpackage.json',
      '/..%2fgateway.sqlite',
      '/%2e%2e/tests/console.test.mjs',
    ]) {
      const r = await fetch(`${gateway.url}${path}`);
      assert.equal(r.status, 404, path);
      assert.equal((await r.json()).issue[0].details.coding[0].code, 'NoSuchEndpoint');
    }
  });

  it('the sign-in page: make a key, or restore one', async () => {
    admin = await person(DESKTOP);
    await admin.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shoot(admin, 'sign-in');
  });

  it('keyboard only: a key is made without a pointer; the skip link comes first on the page', async () => {
    const page = await person(PHONE);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const focused = () =>
      page.evaluate(() => document.activeElement.id || document.activeElement.textContent);
    // Each page moves focus to its content, so the next Tab is the page's first control.
    assert.equal(await focused(), 'main');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'new-passphrase');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'restore-phrase');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'Make my key');
    await page.keyboard.press('Enter');
    await page.locator('#recovery-phrase').waitFor();
    // Backwards from the content: the menu's seven links, then the skip link, first on the page,
    // which takes focus back to the content.
    await page.locator('#main').focus();
    const stops = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      stops.push(await focused());
    }
    assert.deepEqual(stops, [
      'Council',
      'Organisation',
      'Timeline',
      'Grant or deny',
      'My consents',
      'Me',
      'Sign in',
      'Skip to content',
    ]);
    await page.keyboard.press('Enter');
    assert.equal(await focused(), 'main');
    assert.equal(new URL(page.url()).hash, '');
    await page.context().close();
  });

  it('the admin restores his key and invites a physician; the chain’s refusal of a second invitation is shown by name', async () => {
    await restore(admin, '//Bob');
    await admin.getByRole('heading', { name: 'Riverside Hospital' }).waitFor();
    await admin.getByLabel('Practitioner’s account address').fill(k.charlie.address);
    await admin.getByLabel('Role').selectOption('Physician');
    await admin.getByRole('button', { name: 'Invite' }).click();
    assert.equal(await settled(admin, 'invite'), 'finalized');
    await admin.getByText('Invited').waitFor();
    const invited = await api.query.patientIdentity.practitionerInvitations(k.charlie.address, hospital);
    assert.equal(invited.unwrap().type, 'Physician');
    // Adversary: the same invitation again is refused by the chain, named, and changes nothing.
    await admin.getByRole('button', { name: 'Invite' }).click();
    assert.equal(await settled(admin, 'invite'), 'failed');
    const alert = admin.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Refused: patientIdentity\.\w+/);
    assert.equal(
      (await api.query.patientIdentity.practitionerInvitations(k.charlie.address, hospital)).isSome,
      true,
    );
    await submitOk(api, api.tx.patientIdentity.acceptInvitation(hospital), k.charlie);
    await admin.reload();
    await admin.getByRole('heading', { name: 'Sign in' }).waitFor();
    // Adversary: a wrong passphrase unlocks nothing.
    await admin.getByLabel('Passphrase').fill('not the passphrase');
    await admin.getByRole('button', { name: 'Unlock' }).click();
    await admin.getByText('That passphrase does not unlock the key kept here.').waitFor();
    await admin.getByLabel('Passphrase').fill(PASSPHRASE);
    await admin.getByRole('button', { name: 'Unlock' }).click();
    await admin.getByText('Practitioners (2)').waitFor();
  });

  it('a patient with no tokens makes a key; registering before any sponsor is refused by the pool, named, and nothing is paid', async () => {
    patientPage = await person(PHONE);
    await patientPage.getByLabel('Passphrase').fill(PASSPHRASE);
    await patientPage.getByRole('button', { name: 'Make my key' }).click();
    const phrase = await patientPage.locator('#recovery-phrase').innerText();
    assert.equal(phrase.split(' ').length, 12);
    await patientPage.getByRole('button', { name: 'I have written it down' }).click();
    await patientPage.getByRole('heading', { name: 'Register as a patient' }).waitFor();
    patientAddress = await patientPage.locator('#my-address').innerText();
    await shoot(patientPage, 'register');
    await patientPage.getByRole('button', { name: 'Register' }).click();
    assert.equal(await settled(patientPage, 'register as a patient'), 'failed');
    assert.match(
      await patientPage.getByRole('alert').innerText(),
      /Refused: Payment\s+This account holds no tokens/,
    );
    const s = await api.call.identityApi.standing(patientAddress);
    assert.equal(s.patient.isNone, true);
    assert.equal((await api.query.system.account(patientAddress)).data.free.toBigInt(), 0n);
  });

  it('adversary: only a practitioner of the custodian’s organisation has the gateway sponsor an account', async () => {
    const stranger = new GatewayClient(gateway.url, k.dave);
    await refusedByGateway(stranger.sponsor(patientAddress), 403, 'NotPractitionerHere');
    assert.equal((await api.query.sponsorship.sponsorships(patientAddress)).isNone, true);
  });

  it('the front desk sponsors the patient; the patient registers through the relay, holding no tokens', async () => {
    const sponsored = await asPhysician().sponsor(patientAddress);
    assert.equal(sponsored.organisation, hospital);
    await patientPage.getByRole('button', { name: 'Register' }).click();
    assert.equal(await settled(patientPage, 'register as a patient'), 'finalized');
    await patientPage.getByText(/You are patient \d+/).waitFor();
    patient = (await api.call.identityApi.standing(patientAddress)).patient.unwrap().toNumber();
    await patientPage.getByText('Show my consent key').click();
    tagKey = await patientPage.locator('#tag-key').innerText();
    await shoot(patientPage, 'me');
    assert.equal((await api.query.system.account(patientAddress)).data.free.toBigInt(), 0n);
  });

  it('the patient grants the hospital through the wizard, after reading its preview', async () => {
    await patientPage.goto(`${gateway.url}/#/grant`);
    await patientPage.getByRole('heading', { name: 'Grant or deny access' }).waitFor();
    await patientPage.getByLabel('Who').selectOption(`org:${hospital}`);
    await patientPage.getByLabel('allergies').uncheck();
    await patientPage.getByLabel('laboratory results').check();
    await patientPage.getByLabel('Add new records').check();
    const question = patientPage.getByText(
      'Can Riverside Hospital (every practitioner there) read your laboratory results for treatment?',
    );
    await question.waitFor();
    assert.match(await question.innerText(), /Yes — this new consent allows it \(changes\)/);
    const allergies = patientPage.getByText(/read your allergies for treatment\?/);
    assert.match(await allergies.innerText(), /No — nothing you have given allows it/);
    await shoot(patientPage, 'grant');
    await patientPage.getByRole('button', { name: 'Sign and save' }).click();
    assert.equal(await settled(patientPage, 'grant consent'), 'finalized');
    await patientPage.getByRole('heading', { name: 'My consents' }).waitFor();
    await patientPage.getByText('In force and scheduled (1)').waitFor();
    const card = patientPage.locator('article.card').first();
    assert.match(
      await card.innerText(),
      /Allows Riverside Hospital[\s\S]*add to[\s\S]*laboratory results[\s\S]*treatment/,
    );
    await shoot(patientPage, 'consents');
  });

  it('the physician uploads and reads a laboratory result through the gateway', async () => {
    const w = patientWallet(tagKey);
    const client = asPhysician();
    const sealed = await sealRecord(OBSERVATION);
    const patientKey = (await api.call.identityApi.encryptionKey(patient)).unwrap().key;
    const charlieKeys = await encryptionKeyPair();
    const keys = {
      [patientAddress]: await wrapDataKey(sealed.dataKey, patientKey, sealed.contentHash),
      [k.charlie.address]: await wrapDataKey(sealed.dataKey, charlieKeys.publicKey, sealed.contentHash),
    };
    const anchor = await api.tx.recordAnchor
      .anchorRecord({
        patient,
        custodian: hospital,
        contentHash: sealed.contentHash,
        algorithm: 'Sha2_256',
        location: await client.locationOf(sealed.contentHash),
        class: w.class('laboratory'),
        keyManifest: null,
        emergencyCommitment: sealedCommitment(),
        purpose: w.purpose('TREAT'),
      })
      .signAsync(k.charlie);
    ({ record } = await client.upload({ anchor: anchor.toHex(), ciphertext: sealed.ciphertext, keys }));
    const read = await client.read(record, w.purpose('TREAT'));
    assert.equal(read.contentHash, sealed.contentHash);
  });

  it('the patient sees the read in the timeline, every entry checked against the chain', async () => {
    await patientPage.goto(`${gateway.url}/#/timeline`);
    const accessed = patientPage.locator('li[data-kind="AccessLogged"]');
    await accessed.waitFor();
    const text = await accessed.innerText();
    assert.match(text, /Your records were accessed/);
    assert.match(text, new RegExp(`Read by ${k.charlie.address.slice(0, 6)}`));
    assert.equal(await patientPage.getByText('Does not match the chain!').count(), 0);
    // The consent, the record and the read.
    assert.equal(await patientPage.getByText('Checked against the chain.').count(), 3);
    await shoot(patientPage, 'timeline');
  });

  it('the patient revokes; once the gateway has seen that block, the next read is refused', async () => {
    await patientPage.goto(`${gateway.url}/#/consents`);
    await patientPage.getByRole('button', { name: /Revoke consent/ }).click();
    assert.equal(await settled(patientPage, 'revoke consent'), 'finalized');
    await patientPage.getByText('In force and scheduled (0)').waitFor();
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    await waitFor(async () => (await (await fetch(`${gateway.url}/health`)).json()).chain.bestBlock >= best, {
      what: 'the gateway to see the revocation',
    });
    await refusedByGateway(
      asPhysician().read(record, patientWallet(tagKey).purpose('TREAT')),
      403,
      'NoConsent',
    );
  });

  it('the patient opens a physician’s request for consent, reads its terms and accepts it', async () => {
    const patientKey = (await api.call.identityApi.encryptionKey(patient)).unwrap().key;
    const sealed = await sealTerms(patientKey, {
      categories: ['laboratory'],
      actions: ['Read'],
      purposes: ['TREAT'],
      note: 'follow-up of the glucose result',
    });
    const now = (await api.query.timestamp.now()).toNumber();
    await submitOk(
      api,
      api.tx.consentRegistry.requestConsent(
        patient,
        { Practitioner: k.charlie.address },
        sealed,
        now + 3_600_000,
      ),
      k.charlie,
    );
    await patientPage.getByRole('link', { name: 'Timeline' }).click();
    await patientPage.getByRole('link', { name: 'My consents' }).click();
    await patientPage.getByText('Requests for your consent (1)').waitFor();
    const request = patientPage.locator('article', { hasText: 'asks for themselves' });
    assert.match(await request.innerText(), /to read your laboratory results for treatment/);
    await shoot(patientPage, 'consent-request');
    await request.getByRole('button', { name: 'Accept' }).click();
    assert.equal(await settled(patientPage, 'accept request'), 'finalized');
    await patientPage.getByText('Requests for your consent (0)').waitFor();
    await patientPage.getByText('In force and scheduled (1)').waitFor();
    assert.equal((await api.call.consentApi.openRequests(patient)).length, 0);
  });

  it('the patient closes a physician’s emergency access; the admin marks the session reviewed', async () => {
    await submitOk(
      api,
      api.tx.consentRegistry.openEmergencyAccess(patient, reasonCommitment('unconscious on arrival').hash),
      k.charlie,
    );
    await patientPage.getByRole('link', { name: 'Timeline' }).click();
    await patientPage.getByRole('link', { name: 'My consents' }).click();
    await patientPage.getByText('Emergency access open now (1)').waitFor();
    await shoot(patientPage, 'emergency');
    await patientPage.getByRole('button', { name: 'Close now' }).click();
    assert.equal(await settled(patientPage, 'close emergency session'), 'finalized');
    await patientPage.getByText('Emergency access open now (0)').waitFor();
    await admin.getByRole('link', { name: 'Council' }).click();
    await admin.getByRole('link', { name: 'Organisation' }).click();
    await admin.getByText('Emergency sessions to review (1)').waitFor();
    await admin.getByRole('button', { name: 'Mark reviewed' }).click();
    assert.equal(await settled(admin, 'review session'), 'finalized');
    await admin.getByText('Emergency sessions to review (0)').waitFor();
    const sessions = await api.query.consentRegistry.emergencySessions.entries();
    assert.equal(sessions.length, 0);
  });

  it('the admin sees the records the hospital keeps; a stranger cannot list them', async () => {
    await admin.getByRole('link', { name: 'Council' }).click();
    await admin.getByRole('link', { name: 'Organisation' }).click();
    await admin.getByText('Records kept here (1)').waitFor();
    assert.match(
      await admin.locator('table tbody').innerText(),
      new RegExp(`${record.slice(0, 10)}…\\s+${patient}`),
    );
    await shoot(admin, 'organisation');
    await refusedByGateway(new GatewayClient(gateway.url, k.dave).keptRecords(), 403, 'NotStaffHere');
  });

  it('the admin removes the physician', async () => {
    await admin.getByRole('button', { name: `Remove practitioner ${k.charlie.address.slice(0, 6)}` }).click();
    assert.equal(await settled(admin, 'remove'), 'finalized');
    await admin.getByText('Practitioners (1)').waitFor();
    assert.equal((await api.call.identityApi.standing(k.charlie.address)).practitioner.isNone, true);
  });

  it('a council member sees a motion decoded, votes and closes it; it passes and executes', async () => {
    const call = api.tx.patientIdentity.admitOrganisation(
      'Harbour Clinic',
      'Clinic',
      'IE',
      LICENCE,
      k.eve.address,
    );
    await proposedByAlice(call);
    await admin.goto(`${gateway.url}/#/council`);
    await admin.getByText('patientIdentity.admitOrganisation').waitFor();
    assert.match(
      await admin.locator('article.card').innerText(),
      /1 aye, 0 nay of 3 members; 2 ayes pass it/,
    );
    await shoot(admin, 'council');
    await admin.getByRole('button', { name: 'Vote aye' }).click();
    assert.equal(await settled(admin, 'vote aye on motion'), 'finalized');
    await admin.getByText(/2 aye, 0 nay/).waitFor();
    await admin.getByRole('button', { name: 'Close' }).click();
    assert.equal(await settled(admin, 'close motion'), 'finalized');
    await admin.getByText('Passed and executed').waitFor();
    const s = await api.call.identityApi.standing(k.eve.address);
    assert.equal(s.adminOf.isSome, true);
  });

  it('the council page shows a pending runtime upgrade: its code hash and when it is enacted', async () => {
    const codeHash = `0x${'5e'.repeat(32)}`;
    const call = api.tx.consortium.authorizeUpgrade(codeHash);
    const { proposalIndex, proposalHash } = await proposedByAlice(call);
    await submitOk(api, api.tx.council.vote(proposalHash, proposalIndex, true), k.charlie);
    const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(
      call,
      call.method.encodedLength,
    );
    await submitOk(
      api,
      api.tx.council.close(proposalHash, proposalIndex, weight, call.method.encodedLength),
      k.alice,
    );
    const pending = (await api.query.consortium.pendingUpgrade()).unwrap();
    // The same page again: through another, as a person would by the menu.
    await admin.getByRole('link', { name: 'Organisation' }).click();
    await admin.getByRole('link', { name: 'Council' }).click();
    await admin.locator('#upgrade-hash').waitFor();
    assert.equal(await admin.locator('#upgrade-hash').innerText(), codeHash);
    await admin.getByText(`Enacted at block ${pending.enactableAt.toNumber()}`).waitFor();
    await shoot(admin, 'council-upgrade');
  });

  it('an admin signs in with a browser extension, which signs her transaction (Eve, of the clinic admitted above)', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
    // A stand-in for the polkadot.js extension: the page sees `injectedWeb3`, as the extension
    // injects it; signing happens outside the page (here in the test, with Eve's key).
    await context.exposeFunction(
      'extensionSignPayload',
      (payload) =>
        api.registry.createType('ExtrinsicPayload', payload, { version: payload.version }).sign(k.eve)
          .signature,
    );
    await context.addInitScript((address) => {
      globalThis.injectedWeb3 = {
        'polkadot-js': {
          version: 'test',
          enable: async () => ({
            accounts: { get: async () => [{ address, name: 'Eve' }] },
            signer: {
              signPayload: async (payload) => ({
                id: 1,
                signature: await globalThis.extensionSignPayload(payload),
              }),
            },
          }),
        },
      };
    }, k.eve.address);
    const page = await context.newPage();
    await page.goto(`${gateway.url}/`);
    await page.getByRole('button', { name: /polkadot-js: 5HGjWA/ }).click();
    await page.getByRole('heading', { name: 'Harbour Clinic' }).waitFor();
    await page.getByText('Listing them needs a key kept in this browser.').waitFor();
    await page.getByLabel('Practitioner’s account address').fill(k.dave.address);
    await page.getByRole('button', { name: 'Invite' }).click();
    assert.equal(await settled(page, 'invite'), 'finalized');
    const clinic = (await api.call.identityApi.standing(k.eve.address)).adminOf.unwrap();
    assert.equal(
      (await api.query.patientIdentity.practitionerInvitations(k.dave.address, clinic)).isSome,
      true,
    );
    await context.close();
  });

  it('adversary: a meta transaction altered after signing is refused by the relay, named, and costs the relayer nothing', async () => {
    const pair = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Eve');
    await submitOk(api, api.tx.sponsorship.sponsorPatient(hospital, pair.address), k.ferdie);
    const metaTx = await signMetaTx(
      api,
      pair,
      api.tx.patientIdentity.registerPatient(`0x${'11'.repeat(32)}`, null),
    );
    // The last byte of the call's key changed: the signature no longer covers it.
    const forged = u8aToHex(metaTx).replace(/11(?=11000)/, '12');
    assert.notEqual(forged, u8aToHex(metaTx));
    const before = (await api.query.system.account(k.ferdie.address)).data.free.toBigInt();
    const r = await fetch(`${gateway.url}/relay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ metaTx: forged }),
    });
    assert.equal(r.status, 422);
    assert.equal((await r.json()).issue[0].details.coding[0].code, 'BadProof');
    const bad = await fetch(`${gateway.url}/relay`, { method: 'POST', body: '{"metaTx":"nothex"}' });
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).issue[0].details.coding[0].code, 'InvalidMetaTx');
    assert.equal((await api.query.system.account(k.ferdie.address)).data.free.toBigInt(), before);
    assert.equal((await api.call.identityApi.standing(pair.address)).patient.isNone, true);
  });
});
