// State growth on a node: what a running node spends on anchor_record, log_access, grant_consent
// and check_access with a given state, the node's own database (ParityDB) and trie cache
// underneath, where the benchmark CLI (state-growth.sh's first part) keeps its state in memory.
//
//   MEDLEDGER_NODE=<node> node state-growth-node.mjs <raw chain spec> <records> <out json> [--requests 1500]
//
// scripts/bench/state-growth.sh runs it on each of its states (the chain specs state-growth.mjs
// builds); `state-growth.mjs report` puts the figures beside the CLI's.
//
// It starts a single-validator node on the spec and sets up (not measured) the worst case of a
// decision as decisions.mjs does (worst-case.mjs: a hospital, its physicians Charlie and Eve, the
// patient Dave filling every grantee index a decision about Charlie reads); Dave then prepays
// record deposits, anchors one record at the hospital and lets Eve read laboratory records for
// treatment. Then it asks the node, over JSON-RPC, at its best block:
//
// - `system_dryRun` of Dave's signed transactions: `system.remark` (what every transaction costs:
//   its signature, extensions and fee, the control), `recordAnchor.anchorRecord` (a new record
//   each time, so the record's place in the trie is looked up cold), `consentRegistry.grantConsent`
//   (a consent for Eve); and Eve's `recordAnchor.logAccess` of Dave's record. A dry run applies the
//   transaction to the best block's state as block production would, and discards it.
// - `state_call` of `ConsentApi_check_access`, Charlie's decision about Dave's laboratory records
//   (the worst case: every consent in the three full indices read and matched before the deny),
//   and of `Core_version` (the cheapest runtime call, the control).
//
// "Node µs" is the node's own time per request (its RPC server's `substrate_rpc_calls_time`),
// averaged over `--requests` requests each in four passes, one request in flight, the kinds
// alternating. `state-growth.mjs report` takes a call's cost as its transaction's time less the
// remark's (both signed alike, so the signature, extensions and fee cancel), and the decision's
// as the whole request, as an enforcement point asks it.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { connect, patientWallet, recordId } from '@medledger/sdk';
import { runtimeApiData, submitAll } from 'medledger-toolkit/chain.mjs';
import { startNode } from 'medledger-toolkit/node.mjs';

import { hash } from './load/workloads.mjs';
import { worstCaseDecision } from './worst-case.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { requests: { type: 'string', default: '1500' } },
});
const [specFile, records, outFile] = positionals;
if (!outFile) throw new Error('usage: state-growth-node.mjs <raw chain spec> <records> <out json>');
const REQUESTS = Number(opts.requests);
const WARM_UP = 200;
const PASSES = 4;

const node = await startNode({
  chain: specFile,
  args: ['--alice', '--validator', '--node-key', `${'0'.repeat(63)}1`, '--rpc-methods=unsafe'],
  readyTimeoutMs: 600_000,
});
try {
  const api = await connect(node.wsUrl, { timeoutMs: 300_000 });
  const w = patientWallet();
  const laboratory = w.class('laboratory');
  const treatment = w.purpose('TREAT');

  // ---- Set-up (not measured): the worst-case decision (worst-case.mjs), then Dave's record ----
  const { k, hospital, dave } = await worstCaseDecision(api, w, { hospitalName: 'Growth Hospital' });
  const request = (key) => ({
    patient: dave,
    custodian: hospital,
    contentHash: hash('content', records, key),
    algorithm: 'Sha2_256',
    location: `https://store.example/r/${key}`,
    class: laboratory,
    keyManifest: hash('envelope', key),
    emergencyCommitment: hash('emergency', key),
    purpose: treatment,
  });
  const readLaboratory = w.terms({ categories: ['laboratory'], actions: ['Read'], purposes: ['TREAT'] });
  const grantee = { Practitioner: k.eve.address };
  await submitAll(
    api,
    [
      api.tx.recordAnchor.prepayDeposits(1_000n * 10n ** 12n),
      api.tx.recordAnchor.anchorRecord(request('set-up')),
      api.tx.consentRegistry.grantConsent(dave, grantee, readLaboratory),
    ],
    k.dave,
  );
  const record = recordId(dave, hash('content', records, 'set-up'));
  if ((await api.call.recordApi.record(record)).isNone) throw new Error('the set-up record is not on chain');

  // ---- The requests: JSON-RPC bodies encoded once ----
  const body = (method, params) => JSON.stringify({ jsonrpc: '2.0', id: 1, method, params });
  const count = PASSES * (WARM_UP + REQUESTS);
  /** `count` signed copies of what `make(i)` builds, each a transaction of `signer` at its next nonce. */
  const signed = async (signer, make) => {
    const nonce = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
    const out = [];
    for (let i = 0; i < count; i++) {
      const tx = await make(i).signAsync(signer, { nonce, era: 0 });
      out.push(body('system_dryRun', [tx.toHex()]));
    }
    return out;
  };
  const decision = runtimeApiData(api, 'consentApi', 'checkAccess', [
    dave,
    k.charlie.address,
    laboratory,
    'Read',
    treatment,
    null,
    null,
  ]);
  const kinds = [
    { name: 'Core_version', method: 'state_call', bodies: [body('state_call', ['Core_version', '0x'])] },
    {
      name: 'check_access',
      method: 'state_call',
      bodies: [body('state_call', ['ConsentApi_check_access', decision])],
    },
    {
      name: 'remark',
      method: 'system_dryRun',
      bodies: await signed(k.dave, (i) => api.tx.system.remark(hash('remark', i))),
    },
    {
      name: 'anchor_record',
      method: 'system_dryRun',
      bodies: await signed(k.dave, (i) => api.tx.recordAnchor.anchorRecord(request(`dry-${i}`))),
    },
    {
      name: 'grant_consent',
      method: 'system_dryRun',
      bodies: await signed(k.dave, () => api.tx.consentRegistry.grantConsent(dave, grantee, readLaboratory)),
    },
    {
      name: 'log_access',
      method: 'system_dryRun',
      bodies: await signed(k.eve, () =>
        api.tx.recordAnchor.logAccess(record, k.eve.address, treatment, null),
      ),
    },
  ];

  const url = `http://127.0.0.1:${node.rpcPort}`;
  const post = async (b) => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });
    const answer = await r.json();
    if (answer.error) throw new Error(JSON.stringify(answer.error));
    return answer.result;
  };
  // Every request answers as it should: the decision denies for want of a consent (having read
  // all 48), every transaction applies and its call succeeds (a refused one would measure its
  // refusal).
  for (const kind of kinds.slice(1)) {
    const result = await post(kind.bodies[0]);
    if (kind.method === 'state_call') {
      const answer = api.createType(api.call.consentApi.checkAccess.meta.type, result);
      if (!answer.isDeny || !answer.asDeny.reason.isNoConsent)
        throw new Error(`${kind.name}: ${answer.toString()}`);
    } else {
      const applied = api.createType('ApplyExtrinsicResult', result);
      if (applied.isErr || applied.asOk.isErr) throw new Error(`${kind.name}: ${applied.toString()}`);
    }
  }
  /** The node's RPC server time so far for `method`: µs in all and calls. */
  const serverTime = async (method) => {
    const text = await (await fetch(`http://127.0.0.1:${node.promPort}/metrics`)).text();
    const value = (part) => {
      const line = text
        .split('\n')
        .find(
          (l) =>
            l.startsWith(`substrate_rpc_calls_time_${part}{`) &&
            l.includes(`method="${method}"`) &&
            l.includes('protocol="http"'),
        );
      if (!line) throw new Error(`no substrate_rpc_calls_time_${part} for ${method}`);
      return Number(line.split(' ').pop());
    };
    return { us: value('sum'), calls: value('count') };
  };
  const totals = kinds.map(() => ({ us: 0, calls: 0 }));
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, kind] of kinds.entries()) {
      const next = (j) => kind.bodies[(pass * (WARM_UP + REQUESTS) + j) % kind.bodies.length];
      for (let j = 0; j < WARM_UP; j++) await post(next(j));
      const before = await serverTime(kind.method);
      for (let j = WARM_UP; j < WARM_UP + REQUESTS; j++) await post(next(j));
      const after = await serverTime(kind.method);
      totals[i].us += after.us - before.us;
      totals[i].calls += after.calls - before.calls;
    }
  }
  const nodeUs = Object.fromEntries(kinds.map((kind, i) => [kind.name, totals[i].us / totals[i].calls]));
  await api.disconnect();
  const result = { records: Number(records), requests: PASSES * REQUESTS, nodeUs };
  console.log(`${records} records, node µs per request: ${JSON.stringify(nodeUs)}`);
  writeFileSync(outFile, JSON.stringify(result, null, 2));
} finally {
  await node.stop();
}
