// A runtime upgrade rehearsed on a fork of the live chain (docs/governance.md, "Rehearse it on the
// live state"). chopsticks forks the chain at its finalised head; the candidate Wasm is
// authorised and applied as the chain would once the council's delay is over; the blocks that
// follow run its migrations. Then: what changed in storage, item by item; whether a sample of the
// chain's decisions and records reads the same as before; and a smoke journey on the new runtime
// (an organisation, a practitioner, a patient, a consent, a decision, an anchor, a revocation).
// Nothing reaches the live chain: chopsticks only reads from it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, mnemonicGenerate, xxhashAsU8a } from '@polkadot/util-crypto';

import {
  connect,
  encryptionKeyPair,
  eventsOf,
  patientWallet,
  runtime,
  sealedCommitment,
  submit,
} from '@medledger/sdk';
import { freePort, rpc, startProcess } from 'medledger-toolkit/node.mjs';

const CHOPSTICKS = fileURLToPath(new URL('../node_modules/.bin/chopsticks', import.meta.url));

/** Storage every block rewrites: not a migration's doing. */
const BOOKKEEPING = new Set([
  'System.Number',
  'System.ParentHash',
  'System.Digest',
  'System.Events',
  'System.EventCount',
  'System.EventTopics',
  'System.BlockHash',
  'System.BlockWeight',
  'System.ExtrinsicCount',
  'System.AllExtrinsicsLen',
  'System.InherentsApplied',
  'Timestamp.Now',
  'Timestamp.DidUpdate',
  'Aura.CurrentSlot',
  'TransactionPayment.NextFeeMultiplier',
  'Authorship.Author',
  ':extrinsic_index',
]);

const twox128 = (s) => xxhashAsU8a(s, 128);

/** `Pallet.Item` for each storage prefix of the runtime's metadata, and each pallet's version key. */
function storageNames(api) {
  const names = new Map();
  for (const pallet of api.runtimeMetadata.asLatest.pallets) {
    if (pallet.storage.isNone) continue;
    const storage = pallet.storage.unwrap();
    const prefix = storage.prefix.toString();
    for (const item of storage.items) {
      names.set(
        u8aToHex(u8aConcat(twox128(prefix), twox128(item.name.toString()))),
        `${prefix}.${item.name}`,
      );
    }
    names.set(
      u8aToHex(u8aConcat(twox128(prefix), twox128(':__STORAGE_VERSION__:'))),
      `${prefix} storage version`,
    );
  }
  return names;
}

function nameOf(names, key) {
  if (key === '0x3a636f6465') return ':code (the runtime)';
  if (key === '0x3a65787472696e7369635f696e646578') return ':extrinsic_index';
  return names.get(key.slice(0, 66)) ?? `other (${key.slice(0, 34)}…)`;
}

/** Every key and value at block `at`, over chopsticks' JSON-RPC on `port`. */
async function snapshot(port, at, pageSize = 1000) {
  const state = new Map();
  let start = null;
  for (;;) {
    const keys = await rpc(port, 'state_getKeysPaged', ['0x', pageSize, start, at]);
    if (!keys.length) return state;
    const [set] = await rpc(port, 'state_queryStorageAt', [keys, at]);
    for (const [key, value] of set.changes) if (value !== null) state.set(key, value);
    if (keys.length < pageSize) return state;
    start = keys[keys.length - 1];
  }
}

/** Storage items with keys added, removed or changed between two snapshots, by item. */
function storageDiff(before, after, names, ignore) {
  const items = new Map();
  const count = (key, kind) => {
    if (ignore.has(key)) return;
    const name = nameOf(names, key);
    const entry = items.get(name) ?? { item: name, added: 0, removed: 0, changed: 0 };
    entry[kind] += 1;
    items.set(name, entry);
  };
  for (const [key, value] of after) {
    if (!before.has(key)) count(key, 'added');
    else if (before.get(key) !== value) count(key, 'changed');
  }
  for (const key of before.keys()) if (!after.has(key)) count(key, 'removed');
  const all = [...items.values()].sort((a, b) => a.item.localeCompare(b.item));
  return {
    changes: all.filter((e) => !BOOKKEEPING.has(e.item)),
    bookkeeping: all.filter((e) => BOOKKEEPING.has(e.item)).map((e) => e.item),
  };
}

/**
 * The decisions and records to compare across the upgrade, at block `at`: for up to `patients`
 * patients, each permit's own question (its grantee, first class, action and purpose) and a
 * stranger's, and their records with the chain's verification of each content hash.
 */
async function sample(api, at, stranger, { patients = 20 } = {}) {
  const chain = await api.at(at);
  const call = runtime(api, at);
  const ids = (await chain.query.patientIdentity.patients.keys())
    .map((k) => k.args[0].toNumber())
    .slice(0, patients);
  const practitioners = await chain.query.patientIdentity.practitioners.entries();
  const staffOf = (org) =>
    practitioners.find(([, p]) => p.unwrap().organisation.toNumber() === org)?.[0].args[0].toString() ?? null;
  const questions = [];
  const records = [];
  for (const patient of ids) {
    const page = await call.consentApi.consents(patient, null, 20);
    for (const c of page.consents) {
      if (!c.kind.isPermit || !c.classes.isOnly || !c.classes.asOnly.length || !c.purposes.length) continue;
      const g = c.grantee;
      const accessor = g.isPractitioner
        ? g.asPractitioner.toString()
        : g.isOrganisation
          ? staffOf(g.asOrganisation.toNumber())
          : (await chain.query.patientIdentity.patients(g.asIndividual)).unwrapOr(null)?.account.toString();
      if (!accessor) continue;
      questions.push([
        patient,
        accessor,
        c.classes.asOnly[0].toHex(),
        c.actions[0].type,
        c.purposes[0].toHex(),
      ]);
    }
    questions.push([patient, stranger, `0x${'00'.repeat(8)}`, 'Read', `0x${'00'.repeat(8)}`]);
    const listed = await call.recordApi.records(patient, null, 20);
    for (const r of listed.records) records.push([r.id.toHex(), r.contentHash.toHex()]);
  }
  const decisions = [];
  for (const q of questions) {
    const d = await call.consentApi.checkAccess(...q, null, null);
    decisions.push({ question: q, decision: d.toJSON() });
  }
  const kept = [];
  for (const [id, contentHash] of records) {
    const [info, verification] = await Promise.all([
      call.recordApi.record(id),
      call.recordApi.verify(id, contentHash),
    ]);
    kept.push({ record: id, info: info.toJSON(), verification: verification.toJSON() });
  }
  return { decisions, records: kept };
}

/** The entries of `before` that read differently in `after` (matched by position). */
const differing = (before, after) =>
  before
    .filter((b, i) => JSON.stringify(b) !== JSON.stringify(after[i]))
    .map((b, i) => ({ before: b, after: after[i] }));

const keyring = () => new Keyring({ type: 'sr25519', ss58Format: 42 });
const fresh = () => keyring().addFromMnemonic(mnemonicGenerate());

/** Sets storage on the fork's head (chopsticks `dev_setStorage`). */
const setStorage = (port, changes) => rpc(port, 'dev_setStorage', [changes]);

/**
 * The smoke journey on the upgraded fork: each step's name and outcome, in order; it stops at the
 * first failure.
 */
async function smokeJourney(api, port, sudoer) {
  const steps = [];
  const admin = fresh();
  const physician = fresh();
  const patientKey = fresh();
  const funds = (10n ** 18n).toString();
  await setStorage(port, {
    System: {
      Account: [admin, physician, patientKey].map((p) => [
        [p.address],
        { providers: 1, data: { free: funds } },
      ]),
    },
  });
  const w = patientWallet();
  const ctx = {};
  const step = async (name, run) => {
    if (steps.some((s) => !s.ok)) return;
    try {
      const detail = await run();
      steps.push({ step: name, ok: true, ...(detail ? { detail } : {}) });
    } catch (e) {
      steps.push({ step: name, ok: false, error: e.message });
    }
  };
  const send = async (tx, signer) => {
    const r = await submit(api, tx, signer, { until: 'inBlock', timeoutMs: 60_000 });
    if (r.dispatchError) throw new Error(r.dispatchError.name);
    return r.events;
  };
  const decide = async () => {
    const args = [
      ctx.patient,
      physician.address,
      w.class('laboratory'),
      'Read',
      w.purpose('TREAT'),
      null,
      null,
    ];
    const d = await runtime(api).consentApi.checkAccess(...args);
    return d.isPermit ? 'Permit' : `Deny (${d.asDeny.reason.type})`;
  };
  await step('the council (root, here) admits an organisation', async () => {
    const admit = api.tx.patientIdentity.admitOrganisation(
      'Rehearsal Hospital',
      'Hospital',
      'XX',
      `0x${'77'.repeat(32)}`,
      admin.address,
    );
    const events = await send(api.tx.sudo.sudo(admit), sudoer);
    const [admitted] = eventsOf(events, 'patientIdentity', 'OrganisationAdmitted');
    if (!admitted) throw new Error('no OrganisationAdmitted event');
    ctx.org = admitted.data.organisation.toNumber();
    return `organisation ${ctx.org}`;
  });
  await step('its admin invites a physician, who accepts', async () => {
    await send(api.tx.patientIdentity.invitePractitioner(physician.address, 'Physician'), admin);
    await send(api.tx.patientIdentity.acceptInvitation(ctx.org), physician);
  });
  await step('a patient registers', async () => {
    const keys = await encryptionKeyPair();
    const events = await send(
      api.tx.patientIdentity.registerPatient(u8aToHex(keys.publicKey), null),
      patientKey,
    );
    ctx.patient = eventsOf(events, 'patientIdentity', 'PatientRegistered')[0].data.patient.toNumber();
    return `patient ${ctx.patient}`;
  });
  await step('the patient grants the organisation laboratory results for treatment', async () => {
    const terms = w.terms({ categories: ['laboratory'], actions: ['Read', 'Append'], purposes: ['TREAT'] });
    const events = await send(
      api.tx.consentRegistry.grantConsent(ctx.patient, { Organisation: ctx.org }, terms),
      patientKey,
    );
    ctx.consent = eventsOf(events, 'consentRegistry', 'ConsentRecorded')[0].data.consent.toNumber();
  });
  await step('the chain permits the physician to read them', async () => {
    const d = await decide();
    if (d !== 'Permit') throw new Error(d);
    return d;
  });
  await step('the physician anchors a record; the chain has it', async () => {
    const events = await send(
      api.tx.recordAnchor.anchorRecord({
        patient: ctx.patient,
        custodian: ctx.org,
        contentHash: blake2AsHex('rehearsal record', 256),
        algorithm: 'Sha2_256',
        location: 'https://rehearsal.example/records/1',
        class: w.class('laboratory'),
        keyManifest: null,
        emergencyCommitment: sealedCommitment(),
        purpose: w.purpose('TREAT'),
      }),
      physician,
    );
    const record = eventsOf(events, 'recordAnchor', 'RecordAnchored')[0].data.record.toHex();
    if ((await runtime(api).recordApi.record(record)).isNone)
      throw new Error('recordApi.record finds nothing');
    return record;
  });
  await step('the patient revokes; the chain denies the physician', async () => {
    await send(api.tx.consentRegistry.revokeConsent(ctx.patient, ctx.consent), patientKey);
    const d = await decide();
    if (d === 'Permit') throw new Error('still permitted');
    return d;
  });
  return steps;
}

/**
 * Rehearses the upgrade to the Wasm at `wasm` on a fork of the chain at `endpoint` (a node's
 * WebSocket RPC). Resolves the report; `report.ok` says whether every check held.
 */
export async function rehearseUpgrade({ endpoint, wasm, log = () => {} }) {
  const code = readFileSync(wasm);
  const codeHash = blake2AsHex(code, 256);
  const live = await connect(endpoint);
  const forkedAt = (await live.rpc.chain.getFinalizedHead()).toHex();
  const forkedNumber = (await live.rpc.chain.getHeader(forkedAt)).number.toNumber();
  const chainName = (await live.rpc.system.chain()).toString();
  await live.disconnect();
  log(`forking ${chainName} at its finalised block #${forkedNumber} with chopsticks`);

  const port = await freePort();
  const fork = await startProcess(
    CHOPSTICKS,
    () => [`--endpoint=${endpoint}`, `--block=${forkedAt}`, `--port=${port}`, '--build-block-mode=Instant'],
    { name: 'chopsticks', rpcPort: port, readyTimeoutMs: 120_000 },
  );
  const report = {
    chain: chainName,
    endpoint,
    forkedAt: { number: forkedNumber, hash: forkedAt },
    wasm,
    codeHash,
  };
  try {
    let api = await connect(fork.wsUrl, { chopsticks: true });
    const from = api.runtimeVersion;
    const stranger = fresh();
    const names = storageNames(api);
    log('reading the state before the upgrade');
    const head = (await api.rpc.chain.getBlockHash()).toHex();
    const before = await snapshot(port, head);
    const sampleBefore = await sample(api, head, stranger.address);

    // The rehearsal's own account, which applies the code (and is root for the journey): its
    // account and the sudo key are left out of the comparison.
    const sudoer = fresh();
    const sudoerKeys = [api.query.system.account.key(sudoer.address), api.query.sudo.key.key()];
    await setStorage(port, {
      System: {
        Account: [[[sudoer.address], { providers: 1, data: { free: (10n ** 18n).toString() } }]],
        // What consortium.authorize_upgrade enacts once the council's delay is over.
        AuthorizedUpgrade: { codeHash, checkVersion: true },
      },
      Sudo: { Key: sudoer.address },
    });
    log(`applying the candidate (code hash ${codeHash})`);
    const applied = await submit(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), sudoer, {
      until: 'inBlock',
      timeoutMs: 120_000,
    });
    if (applied.dispatchError) throw new Error(`applying the code failed: ${applied.dispatchError.name}`);
    const appliedIn = (await api.rpc.chain.getHeader(applied.blockHash)).number.toNumber();
    await api.disconnect();

    // The blocks after run the migrations: single-block ones in the first, multi-block ones for
    // as many blocks as they take.
    const migrationEvents = [];
    let migratedIn = appliedIn;
    for (let i = 0; i < 50; i++) {
      await rpc(port, 'dev_newBlock', [{ count: 1 }]);
      migratedIn += 1;
      api = await connect(fork.wsUrl, { chopsticks: true });
      const at = await api.at(await api.rpc.chain.getBlockHash());
      for (const { event } of await at.query.system.events()) {
        if (['system', 'balances', 'transactionPayment', 'timestamp'].includes(event.section)) continue;
        migrationEvents.push({
          block: migratedIn,
          event: `${event.section}.${event.method}`,
          data: event.data.toHuman(),
        });
      }
      const cursor = at.query.multiBlockMigrations ? await at.query.multiBlockMigrations.cursor() : null;
      if (!cursor || cursor.isNone) break;
      await api.disconnect();
    }
    const to = api.runtimeVersion;
    report.runtime = {
      from: { specName: from.specName.toString(), specVersion: from.specVersion.toNumber() },
      to: { specName: to.specName.toString(), specVersion: to.specVersion.toNumber() },
    };
    report.upgrade = { appliedIn, migratedThrough: migratedIn, events: migrationEvents };
    log(
      `running ${report.runtime.to.specName} ${report.runtime.to.specVersion} from #${appliedIn + 1}; reading the state after`,
    );
    const afterHead = (await api.rpc.chain.getBlockHash()).toHex();
    const after = await snapshot(port, afterHead);
    report.storage = storageDiff(before, after, names, new Set(sudoerKeys));
    const sampleAfter = await sample(api, afterHead, stranger.address);
    report.decisions = {
      sampled: sampleBefore.decisions.length,
      differing: differing(sampleBefore.decisions, sampleAfter.decisions),
    };
    report.records = {
      sampled: sampleBefore.records.length,
      differing: differing(sampleBefore.records, sampleAfter.records),
    };
    log('the smoke journey on the new runtime');
    report.journey = await smokeJourney(api, port, sudoer);
    await api.disconnect();
    report.ok =
      report.runtime.to.specVersion > report.runtime.from.specVersion &&
      report.decisions.differing.length === 0 &&
      report.records.differing.length === 0 &&
      report.journey.every((s) => s.ok);
    return report;
  } finally {
    await fork.stop();
  }
}

/** The report as text for people. */
export function formatReport(r) {
  const lines = [
    `Rehearsal of ${r.wasm}`,
    `  code hash ${r.codeHash}`,
    `  on a fork of ${r.chain} (${r.endpoint}) at its finalised block #${r.forkedAt.number} ${r.forkedAt.hash}`,
    '',
    `Runtime: ${r.runtime.from.specName} ${r.runtime.from.specVersion} → ${r.runtime.to.specName} ${r.runtime.to.specVersion}`,
    `Applied in block #${r.upgrade.appliedIn}; migrations ran through #${r.upgrade.migratedThrough}. Events:`,
    ...r.upgrade.events.map((e) => `  #${e.block} ${e.event} ${JSON.stringify(e.data)}`),
    '',
    'Storage changed (added / removed / changed keys), besides what every block rewrites:',
    ...r.storage.changes.map((c) => `  ${c.item}: +${c.added} −${c.removed} ~${c.changed}`),
    '',
    `Decisions: ${r.decisions.sampled} sampled, ${r.decisions.differing.length} differ after the upgrade`,
    ...r.decisions.differing.map((d) => `  ${JSON.stringify(d)}`),
    `Records: ${r.records.sampled} sampled, ${r.records.differing.length} differ after the upgrade`,
    ...r.records.differing.map((d) => `  ${JSON.stringify(d)}`),
    '',
    'Smoke journey on the new runtime:',
    ...r.journey.map(
      (s) =>
        `  ${s.ok ? 'ok  ' : 'FAIL'} ${s.step}${s.detail ? ` (${s.detail})` : ''}${s.error ? `: ${s.error}` : ''}`,
    ),
    '',
    r.ok ? 'Result: the upgrade rehearsed cleanly.' : 'Result: FAILED (see above).',
  ];
  return lines.join('\n');
}
