// The record gateway against a real node, as its own process with its SQLite file: a physician
// uploads a sealed Observation and the gateway anchors it; the patient grants a physician of
// another organisation and wraps the data key for her; she reads and decrypts, the second time on
// a decision the gateway remembers; the patient revokes and, once the gateway has seen that block,
// the next read is refused with the chain's reason. The patient pages the gateway's access log and
// checks every answer against a Merkle root on chain and against the chain's decision at the
// block it names. The attacker's cases: a replayed, a late and a misdirected request, an upload
// without consent, a key wrapped by someone who may not, content altered in the gateway's
// database, an answer moved or altered in the log, and a stranger paging the patient's log.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
// biome-ignore lint/correctness/noUnresolvedImports: a CommonJS package with only `main`, which Node resolves
import Database from 'better-sqlite3';

import {
  connect,
  encryptionKeyPair,
  eventsOf,
  GatewayClient,
  gatewayMetric,
  HEADERS,
  openRecord,
  patientWallet,
  runtimeTypes,
  sealedCommitment,
  sealRecord,
  signRequest,
  submit,
  submitOk,
  timelineEntries,
  unwrapDataKey,
  verifyAccessLogItem,
  verifyTimelineEntry,
  wrapDataKey,
} from '@medledger/sdk';
import { refusedByGateway } from 'medledger-toolkit/assert.mjs';
import { devAccounts, submitAll } from 'medledger-toolkit/chain.mjs';
import { startGateway, startNode, waitFor } from 'medledger-toolkit/node.mjs';

const LICENCE = `0x${'cd'.repeat(32)}`;
/** Where the hospital's reverse proxy serves its gateway (TLS ends there). */
const PUBLIC_URL = 'https://records.gateway-hospital.example';
const OBSERVATION = {
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '2093-3', display: 'Cholesterol' }] },
  valueQuantity: { value: 5.2, unit: 'mmol/L' },
};

describe('record gateway', () => {
  let node;
  let gateway;
  let api;
  let k;
  let hospital;
  let patient;
  let patientAccount;
  let patientKeys;
  let readerKeys;
  let authorKeys;
  let record;
  let grant;
  let asAuthor;
  let asReader;
  let asPatient;
  const w = patientWallet();

  before(async () => {
    node = await startNode();
    api = await connect(node.wsUrl);
    k = devAccounts();
    patientAccount = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Gateway//Patient');
    [patientKeys, readerKeys, authorKeys] = await Promise.all([1, 2, 3].map(() => encryptionKeyPair()));
  });
  after(async () => {
    await api?.disconnect();
    await gateway?.stop();
    await node?.stop();
  });

  const ok = (tx, signer) => submitOk(api, tx, signer);
  /** Every answer in the gateway's access log about the patient, as the patient pages it. */
  const accessLog = async () => {
    const items = [];
    for (let from = 0; from !== null; ) {
      const page = await asPatient.accessLog(patient, from, 2);
      items.push(...page.items);
      from = page.next;
    }
    return items;
  };
  const metric = (series) => gatewayMetric(gateway.url, series);

  it('a hospital (admin Bob) keeps records behind its gateway (Ferdie); a clinic (admin Eve) has Dave', async () => {
    // Independent transactions of one signer go in together (consecutive nonces).
    const admitted = await submitAll(
      api,
      [
        ['Gateway Hospital', k.bob],
        ['Gateway Clinic', k.eve],
      ].map(([name, admin]) =>
        api.tx.sudo.sudo(
          api.tx.patientIdentity.admitOrganisation(name, 'Hospital', 'NL', LICENCE, admin.address),
        ),
      ),
      k.alice,
    );
    const orgs = admitted.map((r) =>
      eventsOf(r.events, 'patientIdentity', 'OrganisationAdmitted')[0].data.organisation.toNumber(),
    );
    [hospital] = orgs;
    const invite = (who) => api.tx.patientIdentity.invitePractitioner(who.address, 'Physician');
    await Promise.all([
      submitAll(api, [invite(k.ferdie), invite(k.charlie)], k.bob),
      ok(invite(k.dave), k.eve),
      ok(api.tx.balances.transferKeepAlive(patientAccount.address, 10n ** 15n), k.alice),
    ]);
    await Promise.all([
      ok(api.tx.patientIdentity.acceptInvitation(orgs[0]), k.ferdie),
      ok(api.tx.patientIdentity.acceptInvitation(orgs[0]), k.charlie),
      ok(api.tx.patientIdentity.acceptInvitation(orgs[1]), k.dave),
    ]);
    const reg = await ok(
      api.tx.patientIdentity.registerPatient(u8aToHex(patientKeys.publicKey), null),
      patientAccount,
    );
    patient = eventsOf(reg.events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
    // The patient lets Charlie write laboratory results for treatment.
    const terms = w.terms({ categories: ['laboratory'], actions: ['Append'], purposes: ['TREAT'] });
    await ok(
      api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.charlie.address }, terms),
      patientAccount,
    );

    gateway = await startGateway({
      rpc: node.wsUrl,
      suri: '//Ferdie',
      config: { publicUrl: PUBLIC_URL, accessLog: { mode: 'roots', rootIntervalMs: 2_000 } },
    });
    asAuthor = new GatewayClient(gateway.url, k.charlie);
    asReader = new GatewayClient(gateway.url, k.dave);
    asPatient = new GatewayClient(gateway.url, patientAccount);
    const health = await asAuthor.info();
    assert.equal(health.status, 'ok');
    assert.equal(health.audience, PUBLIC_URL);
    assert.deepEqual(health.custodian, { account: k.ferdie.address, organisation: hospital });
  });

  /** Charlie's signed `anchorRecord` of sealed content, with the gateway's location for it. */
  async function signedAnchor(signer, contentHash, client) {
    const tx = api.tx.recordAnchor.anchorRecord({
      patient,
      custodian: hospital,
      contentHash,
      algorithm: 'Sha2_256',
      location: await client.locationOf(contentHash),
      class: w.class('laboratory'),
      keyManifest: null,
      emergencyCommitment: sealedCommitment(),
      purpose: w.purpose('TREAT'),
    });
    return (await tx.signAsync(signer)).toHex();
  }

  let sealed;
  it('a physician uploads a sealed Observation; the gateway anchors it with his own transaction', async () => {
    sealed = await sealRecord(OBSERVATION);
    const patientKey = (await api.call.identityApi.encryptionKey(patient)).unwrap().key;
    const keys = {
      [patientAccount.address]: await wrapDataKey(sealed.dataKey, patientKey, sealed.contentHash),
      [k.charlie.address]: await wrapDataKey(sealed.dataKey, authorKeys.publicKey, sealed.contentHash),
    };
    const anchor = await signedAnchor(k.charlie, sealed.contentHash, asAuthor);
    const r = await asAuthor.upload({ anchor, ciphertext: sealed.ciphertext, keys });
    record = r.record;
    const info = (await api.call.recordApi.record(record)).unwrap();
    assert.equal(info.author.toString(), k.charlie.address);
    assert.equal(info.custodian.toNumber(), hospital);
    assert.equal(info.contentHash.toHex(), sealed.contentHash);
    assert.equal(info.location.toUtf8(), r.location);
    // The author reads his own record back through the gateway: his write consent does not
    // let him read, and the gateway says so, with the chain's reason.
    await refusedByGateway(asAuthor.read(record, w.purpose('TREAT')), 403, 'NoConsent');
  });

  it('adversary: an upload without the patient’s consent is refused by the chain and nothing is kept', async () => {
    const other = await sealRecord({ ...OBSERVATION, valueQuantity: { value: 9.9, unit: 'mmol/L' } });
    const anchor = await signedAnchor(k.dave, other.contentHash, asReader);
    await refusedByGateway(
      asReader.upload({ anchor, ciphertext: other.ciphertext, keys: {} }),
      403,
      'recordAnchor.WriteNotPermitted',
    );
    const db = new Database(gateway.database, { readonly: true });
    assert.equal(
      db.prepare('select count(*) as n from objects where content_hash = ?').get(other.contentHash).n,
      0,
    );
    db.close();
    // Another's signed anchor, uploaded by Dave: refused before it reaches the chain.
    const charlies = await signedAnchor(k.charlie, other.contentHash, asAuthor);
    await refusedByGateway(
      asReader.upload({ anchor: charlies, ciphertext: other.ciphertext, keys: {} }),
      422,
      'SignerMismatch',
    );
    // An anchor of other content than uploaded.
    await refusedByGateway(
      asAuthor.upload({ anchor: charlies, ciphertext: sealed.ciphertext, keys: {} }),
      422,
      'ContentHashMismatch',
    );
  });

  it('the patient grants Dave and wraps the data key for him; nobody else may add keys', async () => {
    const terms = w.terms({ categories: ['laboratory'], actions: ['Read'], purposes: ['TREAT'] });
    const { events } = await ok(
      api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.dave.address }, terms),
      patientAccount,
    );
    grant = eventsOf(events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
    // Before a key is wrapped for him, the gateway has nothing he could open.
    await refusedByGateway(asReader.read(record, w.purpose('TREAT')), 409, 'NoKeyWrapped');
    // Dave cannot wrap a key for himself (he would need the data key anyway).
    const forged = await wrapDataKey(new Uint8Array(32), readerKeys.publicKey, sealed.contentHash);
    await refusedByGateway(asReader.putKey(record, k.dave.address, forged), 403, 'MayNotWrapKeys');
    // The patient's wallet opens its own copy and wraps it for Dave's key.
    const mine = await asPatient.read(record, w.purpose('TREAT'));
    const dataKey = await unwrapDataKey(mine.wrappedKey, patientKeys.privateKey, sealed.contentHash);
    await asPatient.putKey(
      record,
      k.dave.address,
      await wrapDataKey(dataKey, readerKeys.publicKey, sealed.contentHash),
    );
  });

  let daveHeaders;
  it('Dave reads and decrypts; the read is in the gateway’s access log before he gets it', async () => {
    const path = `/records/${record}?purpose=${w.purpose('TREAT')}`;
    daveHeaders = await asReader.sign('GET', path);
    const r = await asReader.send('GET', path, '', daveHeaders);
    const dataKey = await unwrapDataKey(r.wrappedKey, readerKeys.privateKey, r.contentHash);
    assert.deepEqual(await openRecord(Buffer.from(r.ciphertext, 'base64'), dataKey), OBSERVATION);
    assert.deepEqual(r.decision.basis, { consent: grant });
    assert.equal(r.log.mode, 'roots');
    const log = await accessLog();
    assert.equal(log[log.length - 1].id, r.log.entry);
    const { leaf } = await verifyAccessLogItem(api, patient, log[log.length - 1]);
    assert.equal(leaf.accessor.toString(), k.dave.address);
    assert.ok(leaf.outcome.isPermitted);
    // A second read is decided from memory: nothing about the patient happened since.
    const fromMemory = await metric('medledger_gateway_decisions_total{source="memory"}');
    await asReader.read(record, w.purpose('TREAT'));
    assert.equal(await metric('medledger_gateway_decisions_total{source="memory"}'), fromMemory + 1);
  });

  it('adversary: a replayed, a late, a far-future, a misdirected and an unsigned request are refused', async () => {
    const path = `/records/${record}?purpose=${w.purpose('TREAT')}`;
    const before = (await accessLog()).length;
    await refusedByGateway(asReader.send('GET', path, '', daveHeaders), 401, 'RequestReplayed');
    await refusedByGateway(
      asReader.read(record, w.purpose('TREAT'), { expiresAt: Date.now() - 1 }),
      401,
      'RequestExpired',
    );
    await refusedByGateway(
      asReader.read(record, w.purpose('TREAT'), { lifetimeMs: 3_600_000 }),
      401,
      'ExpiryTooFar',
    );
    const elsewhere = await signRequest(k.dave, {
      audience: 'https://other-gateway.example',
      method: 'GET',
      path,
    });
    await refusedByGateway(asReader.send('GET', path, '', elsewhere), 401, 'BadSignature');
    // Dave's signed request with its signer changed to Charlie's account.
    const swapped = { ...(await asReader.sign('GET', path)), [HEADERS.account]: k.charlie.address };
    await refusedByGateway(asReader.send('GET', path, '', swapped), 401, 'BadSignature');
    await refusedByGateway(asReader.send('GET', path, '', {}), 401, 'MissingSignature');
    assert.equal((await accessLog()).length, before, 'nothing read, nothing logged');
  });

  it('adversary: content altered in the gateway’s database is detected and not served', async () => {
    const db = new Database(gateway.database);
    const { ciphertext } = db
      .prepare('select ciphertext from objects where content_hash = ?')
      .get(sealed.contentHash);
    const altered = Buffer.from(ciphertext);
    altered[altered.length - 1] ^= 0xff;
    const put = db.prepare('update objects set ciphertext = ? where content_hash = ?');
    put.run(altered, sealed.contentHash);
    const before = (await accessLog()).length;
    await refusedByGateway(asReader.read(record, w.purpose('TREAT')), 502, 'StoredContentAltered');
    assert.equal((await accessLog()).length, before);
    put.run(ciphertext, sealed.contentHash);
    db.close();
    assert.equal(await metric('medledger_gateway_reads_total{outcome="altered"}'), 1);
  });

  it('the patient revokes; once the gateway has seen that block, no permit is served from memory', async () => {
    // Dave's permit is remembered (the read above); the revocation's block must end it.
    const { blockHash } = await ok(api.tx.consentRegistry.revokeConsent(patient, grant), patientAccount);
    const revokedIn = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    await waitFor(async () => (await asReader.info({ fresh: true })).chain.bestBlock >= revokedIn, {
      what: 'the gateway to see the revocation’s block',
      timeoutMs: 30_000,
    });
    await refusedByGateway(asReader.read(record, w.purpose('TREAT')), 403, 'NoConsent');
    const log = await accessLog();
    const { leaf } = await verifyAccessLogItem(api, patient, log[log.length - 1]);
    assert.equal(leaf.accessor.toString(), k.dave.address);
    assert.ok(leaf.outcome.isDenied && leaf.outcome.asDenied.isNoConsent);
  });

  it('the patient pages the access log and checks every answer against a root on chain and the chain’s decision', async () => {
    const log = await waitFor(
      async () => {
        const items = await accessLog();
        return items.every((i) => i.root) ? items : null;
      },
      { what: 'every answer in an anchored root', timeoutMs: 30_000 },
    );
    const checked = await Promise.all(log.map((item) => verifyAccessLogItem(api, patient, item)));
    for (const c of checked)
      assert.deepEqual([c.anchored, c.inRoot, c.onChain, c.decisionHolds], [true, true, true, true]);
    // The author refused, the patient's own read, Dave's two reads, Dave refused after the
    // revocation; nothing for the refused requests, the missing key or the altered content.
    assert.deepEqual(
      checked.map(({ leaf }) => [leaf.accessor.toString(), leaf.outcome.isPermitted]),
      [
        [k.charlie.address, false],
        [patientAccount.address, true],
        [k.dave.address, true],
        [k.dave.address, true],
        [k.dave.address, false],
      ],
    );
    // Reads went to the gateway's log, not a transaction each: the chain's own log is empty.
    assert.equal((await api.call.recordApi.accessLog(patient, 0, 10)).items.length, 0);
    // The roots are the custodian's, anchored by its gateway's account.
    const root = (await api.query.recordAnchor.accessLogRoots(hospital, log[0].root.seq)).unwrap();
    assert.equal(root.loggedBy.toString(), k.ferdie.address);
    for (const entry of (await timelineEntries(api, patient)).entries) {
      assert.ok(await verifyTimelineEntry(api, patient, entry), entry.event.type);
    }
  });

  it('adversary: a moved or altered answer does not verify, and no one but the patient pages the log', async () => {
    const log = await accessLog();
    const [item] = log;
    // An answer moved within its root (Dave's two reads share one), or claimed for another root.
    const shared = log.find((i) => i.root.leaves > 1);
    assert.ok(shared, 'a root of several answers');
    const moved = {
      ...shared,
      root: { ...shared.root, index: (shared.root.index + 1) % shared.root.leaves },
    };
    const other = log.find((i) => i.root.seq !== item.root.seq);
    for (const wrong of [moved, { ...item, root: other.root }]) {
      const check = await verifyAccessLogItem(api, patient, wrong);
      assert.deepEqual([check.inRoot, check.onChain], [false, false]);
    }
    // The first answer (Charlie refused) claimed as a permit.
    const { registry, type } = await runtimeTypes(api);
    const leaf = registry.createType(type('AccessLogLeaf'), item.encoded);
    const claimed = { ...leaf.toJSON(), outcome: { Permitted: 'PatientOrRepresentative' } };
    const forged = { ...item, encoded: registry.createType(type('AccessLogLeaf'), claimed).toHex() };
    const forgedCheck = await verifyAccessLogItem(api, patient, forged);
    assert.deepEqual(
      [forgedCheck.inRoot, forgedCheck.onChain, forgedCheck.decisionHolds],
      [false, false, false],
    );
    await refusedByGateway(asReader.accessLog(patient), 403, 'NotPatientOrRepresentative');
  });

  it('a representative for records pages the patient’s log; one for consents only, or removed, does not', async () => {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const [guardian, consentsOnly] = ['//Gateway//Guardian', '//Gateway//ConsentsOnly'].map((suri) =>
      keyring.addFromUri(suri),
    );
    const scope = (records) => ({ consents: true, records, encryptionKey: false, deactivation: false });
    await submitAll(
      api,
      [
        [guardian, true],
        [consentsOnly, false],
      ].map(([who, records]) =>
        api.tx.patientIdentity.appointRepresentative(patient, who.address, scope(records), null, null),
      ),
      patientAccount,
    );
    const asGuardian = new GatewayClient(gateway.url, guardian);
    const page = await asGuardian.accessLog(patient, 0, 100);
    assert.deepEqual(
      page.items.map((i) => i.id),
      (await accessLog()).map((i) => i.id),
    );
    const asConsentsOnly = new GatewayClient(gateway.url, consentsOnly);
    await refusedByGateway(asConsentsOnly.accessLog(patient), 403, 'NotPatientOrRepresentative');
    await ok(api.tx.patientIdentity.removeRepresentative(patient, guardian.address), patientAccount);
    await refusedByGateway(asGuardian.accessLog(patient), 403, 'NotPatientOrRepresentative');
  });

  it('adversary: no one writes the hospital’s roots but its own practitioners, and none is pruned early', async () => {
    const bounds = async () => (await api.query.recordAnchor.accessLogRootBounds(hospital)).toJSON();
    const before = await bounds();
    // The patient practises nowhere.
    const stranger = await submit(
      api,
      api.tx.recordAnchor.logAccessRoot(`0x${'77'.repeat(32)}`, 1),
      patientAccount,
      {
        until: 'inBlock',
      },
    );
    assert.equal(stranger.dispatchError?.name, 'recordAnchor.NotPractitioner');
    // Dave practises at the clinic: his root is the clinic's, never the hospital's.
    const { events } = await ok(api.tx.recordAnchor.logAccessRoot(`0x${'77'.repeat(32)}`, 1), k.dave);
    assert.notEqual(
      eventsOf(events, 'recordAnchor', 'AccessLogRootAnchored')[0].data.custodian.toNumber(),
      hospital,
    );
    // Anyone may prune, but only roots past the six-year retention.
    const early = await submit(api, api.tx.recordAnchor.pruneAccessLogRoots(hospital, 10), k.dave, {
      until: 'inBlock',
    });
    assert.equal(early.dispatchError?.name, 'recordAnchor.NothingToPrune');
    assert.deepEqual(await bounds(), before);
  });

  /** The patient's copy of a record through the gateway, opened. */
  const patientOpens = async (id) => {
    const r = await asPatient.read(id, w.purpose('TREAT'));
    const dataKey = await unwrapDataKey(r.wrappedKey, patientKeys.privateKey, r.contentHash);
    return openRecord(r.ciphertext, dataKey);
  };
  const patientWraps = async (s) => {
    const patientKey = (await api.call.identityApi.encryptionKey(patient)).unwrap().key;
    return { [patientAccount.address]: await wrapDataKey(s.dataKey, patientKey, s.contentHash) };
  };

  it('the physician amends the record through the gateway; the new version is kept and served, the old keys dropped', async () => {
    const terms = w.terms({ categories: ['laboratory'], actions: ['Amend'], purposes: ['TREAT'] });
    await ok(
      api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.charlie.address }, terms),
      patientAccount,
    );
    const corrected = { ...OBSERVATION, valueQuantity: { value: 5.4, unit: 'mmol/L' } };
    const v2 = await sealRecord(corrected);
    const amendment = async (s, client, custodian = null) => ({
      contentHash: s.contentHash,
      algorithm: 'Sha2_256',
      location: await client.locationOf(s.contentHash),
      keyManifest: null,
      purpose: w.purpose('TREAT'),
      custodian,
    });
    const anchor = (
      await api.tx.recordAnchor.amendRecord(record, await amendment(v2, asAuthor)).signAsync(k.charlie)
    ).toHex();
    const r = await asAuthor.upload({ anchor, ciphertext: v2.ciphertext, keys: await patientWraps(v2) });
    assert.equal(r.record, record);
    assert.equal(r.version, 2);
    const info = (await api.call.recordApi.record(record)).unwrap();
    assert.equal(info.contentHash.toHex(), v2.contentHash);
    assert.deepEqual(await patientOpens(record), corrected);
    const db = new Database(gateway.database, { readonly: true });
    const keyed = db.prepare('select account from wrapped_keys where record = ?').all(record);
    db.close();
    assert.deepEqual(
      keyed.map((row) => row.account),
      [patientAccount.address],
    );
  });

  it('adversary: an amendment of a record kept elsewhere, moved away, or not permitted changes nothing', async () => {
    const v3 = await sealRecord({ ...OBSERVATION, valueQuantity: { value: 0.1, unit: 'mmol/L' } });
    const amend = async (id, signer, custodian = null) =>
      (
        await api.tx.recordAnchor
          .amendRecord(id, {
            contentHash: v3.contentHash,
            algorithm: 'Sha2_256',
            location: await asAuthor.locationOf(v3.contentHash),
            keyManifest: null,
            purpose: w.purpose('TREAT'),
            custodian,
          })
          .signAsync(signer)
      ).toHex();
    const upload = (anchor, client = asAuthor) =>
      client.upload({ anchor, ciphertext: v3.ciphertext, keys: {} });
    await refusedByGateway(upload(await amend(`0x${'12'.repeat(32)}`, k.charlie)), 422, 'NotHeldHere');
    await refusedByGateway(upload(await amend(record, k.charlie, hospital + 1)), 422, 'WrongCustodian');
    // Dave may not amend the patient's records: the chain refuses, the gateway keeps nothing.
    await refusedByGateway(
      upload(await amend(record, k.dave), asReader),
      403,
      'recordAnchor.WriteNotPermitted',
    );
    assert.equal((await api.call.recordApi.record(record)).unwrap().currentVersion.toNumber(), 2);
    const db = new Database(gateway.database, { readonly: true });
    assert.equal(
      db.prepare('select count(*) as n from objects where content_hash = ?').get(v3.contentHash).n,
      0,
    );
    db.close();
  });

  it('the physician anchors a batch through the gateway: every entry kept, each served as its own record', async () => {
    const grant = w.terms({ categories: ['clinical-notes'], actions: ['Append'], purposes: ['TREAT'] });
    await ok(
      api.tx.consentRegistry.grantConsent(patient, { Practitioner: k.charlie.address }, grant),
      patientAccount,
    );
    const notes = [1, 2, 3].map((n) => ({
      resourceType: 'DocumentReference',
      status: 'current',
      description: `note ${n}`,
    }));
    const sealedNotes = await Promise.all(notes.map((n) => sealRecord(n)));
    const base = await asAuthor.objectsBase();
    const batch = (entries) => ({
      class: w.class('clinical-notes'),
      algorithm: 'Sha2_256',
      purpose: w.purpose('TREAT'),
      emergencyCommitment: sealedCommitment(),
      custodian: hospital,
      base,
      entries,
    });
    const entryOf = (s) => ({
      patient,
      contentHash: s.contentHash,
      path: s.contentHash.slice(2),
      keyManifest: null,
    });
    const sign = async (entries) =>
      (await api.tx.recordAnchor.anchorBatch(batch(entries)).signAsync(k.charlie)).toHex();
    const items = await Promise.all(
      sealedNotes.map(async (s) => ({ ciphertext: s.ciphertext, keys: await patientWraps(s) })),
    );
    // Adversary: items out of the entries' order, or one missing, are refused before the chain.
    const anchor = await sign(sealedNotes.map(entryOf));
    await refusedByGateway(
      asAuthor.uploadBatch({ anchor, items: [items[1], items[0], items[2]] }),
      422,
      'ContentHashMismatch',
    );
    await refusedByGateway(asAuthor.uploadBatch({ anchor, items: items.slice(0, 2) }), 400, 'InvalidUpload');
    const r = await asAuthor.uploadBatch({ anchor, items });
    assert.equal(r.records.length, 3);
    for (const [i, { record: id, location }] of r.records.entries()) {
      const info = (await api.call.recordApi.record(id)).unwrap();
      assert.equal(info.contentHash.toHex(), sealedNotes[i].contentHash);
      assert.equal(info.location.toUtf8(), location);
    }
    // The patient reads their own records without a consent.
    assert.deepEqual(await patientOpens(r.records[2].record), notes[2]);
  });

  it('once its account is removed from the hospital, the gateway serves nothing more', async () => {
    await ok(api.tx.patientIdentity.removePractitioner(k.ferdie.address), k.bob);
    await waitFor(async () => (await asPatient.info({ fresh: true })).status === 'custodian-not-ready', {
      what: "the gateway to read its account's new standing",
      timeoutMs: 30_000,
    });
    await refusedByGateway(asPatient.read(record, w.purpose('TREAT')), 503, 'CustodianNotReady');
    assert.equal(await metric('medledger_gateway_custodian_ready'), 0);
  });
});
