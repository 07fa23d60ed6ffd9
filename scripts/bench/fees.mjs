#!/usr/bin/env node
// What the common calls cost their payer: the fee `paymentInfo` quotes (before dispatch: the
// declared weight, the length and the base fee), the declared weight and the encoded length, for
// the calls issue-level cost targets name (docs/performance.md). Nothing is submitted: a fee
// quote needs only a decodable, fake-signed transaction, so the figures do not depend on state.
//
//   node scripts/bench/fees.mjs [--json FILE]        # MEDLEDGER_NODE picks the node binary
//
// The calls are written in the shape the node's metadata has: tags (a class and purpose per
// record, an emergency commitment) or, for a runtime from before them, category and purpose
// codes with a resource type and a FHIR-style location. Same content either way: a laboratory
// record for treatment; a grant of laboratory reads and appends for treatment; a broad grant
// (every unlabelled category) for treatment; a batch of 16 records; a logged read.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { connect, patientWallet, sealedCommitment } from '@medledger/sdk';
import { devAccounts } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

const { values: opts } = parseArgs({ options: { json: { type: 'string' } } });
const h = (n) => `0x${n.toString(16).padStart(2, '0').repeat(32)}`;

/** The calls, in the shape the runtime takes. */
function calls(api) {
  const tags = api.events.recordAnchor.RecordAnchored.meta.fields.some((f) => f.name.toString() === 'class');
  const w = patientWallet(`0x${'7a'.repeat(32)}`);
  const [patient, org] = [7, 3];
  const record = tags
    ? (n) => ({
        patient,
        custodian: org,
        contentHash: h(n),
        algorithm: 'Sha2_256',
        location: 'https://store.example/r/5f3a9c2e-4b1d-4e8a-9f6b-2d7c1a0e3b45',
        class: w.class('laboratory'),
        keyManifest: h(0xee),
        emergencyCommitment: sealedCommitment(),
        purpose: w.purpose('TREAT'),
      })
    : (n) => ({
        patient,
        custodian: org,
        contentHash: h(n),
        algorithm: 'Sha2_256',
        location: 'https://store.example/fhir/Observation/5f3a9c2e-4b1d-4e8a-9f6b-2d7c1a0e3b45',
        category: 'Laboratory',
        resourceType: 'Observation',
        keyManifest: h(0xee),
        purpose: 'Treatment',
      });
  const terms = (categories, actions) =>
    tags
      ? w.terms({ categories, actions, purposes: ['TREAT'], expiresAt: 1_900_000_000_000 })
      : {
          categories: categories === 'standard' ? 'AllStandard' : { Only: ['Laboratory'] },
          actions,
          purposes: ['Treatment'],
          startsAt: null,
          expiresAt: 1_900_000_000_000,
          records: [],
        };
  const batch = {
    ...(tags
      ? { class: w.class('laboratory'), purpose: w.purpose('TREAT'), emergencyCommitment: sealedCommitment() }
      : { category: 'Laboratory', resourceType: 'Observation', purpose: 'Treatment' }),
    algorithm: 'Sha2_256',
    custodian: org,
    base: tags ? 'https://store.example/r/' : 'https://store.example/fhir/Observation/',
    entries: Array.from({ length: 16 }, (_, i) => ({
      patient,
      contentHash: h(0x40 + i),
      path: `5f3a9c2e-${i}`,
      keyManifest: h(0xee),
    })),
  };
  const tx = api.tx;
  return {
    shape: tags ? 'tags' : 'codes',
    calls: {
      'recordAnchor.anchorRecord': tx.recordAnchor.anchorRecord(record(1)),
      'recordAnchor.anchorBatch (16 records)': tx.recordAnchor.anchorBatch(batch),
      'consentRegistry.grantConsent (laboratory, read and append)': tx.consentRegistry.grantConsent(
        patient,
        { Organisation: org },
        terms(['laboratory'], ['Read', 'Append']),
      ),
      'consentRegistry.grantConsent (broad)': tx.consentRegistry.grantConsent(
        patient,
        { Organisation: org },
        terms('standard', ['Read']),
      ),
      'recordAnchor.logAccess': tags
        ? tx.recordAnchor.logAccess(h(1), devAccounts().bob.address, w.purpose('TREAT'), null)
        : tx.recordAnchor.logAccess(h(1), devAccounts().bob.address, 'Treatment'),
    },
  };
}

const node = await startNode();
try {
  const api = await connect(node.wsUrl);
  const { alice } = devAccounts();
  const { shape, calls: all } = calls(api);
  const rows = {};
  for (const [name, tx] of Object.entries(all)) {
    const info = await tx.paymentInfo(alice);
    rows[name] = {
      fee: info.partialFee.toBigInt().toString(),
      'ref time (ps)': info.weight.refTime.toBigInt().toString(),
      'proof (bytes)': info.weight.proofSize.toBigInt().toString(),
      'call (bytes)': tx.method.encodedLength,
    };
  }
  console.log(`call shape: ${shape}, spec ${api.runtimeVersion.specVersion.toNumber()}`);
  console.table(rows);
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ shape, rows }, null, 2)}\n`);
  await api.disconnect();
} finally {
  await node.stop();
}
