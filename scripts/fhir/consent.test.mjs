// The FHIR R5 Consent converter on Consents modelled on the specification's examples (deny one
// practitioner, opt in to research, opt out of an exchange, a sensitive-label restriction) and on
// one the chain cannot fully express; every Consent read and written is validated against the R5
// model of fhir.resources (validate.py, with the Python that scripts/setup.sh prepares).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { fromFhir, toFhir } from './consent.mjs';

const here = import.meta.dirname;
const example = (name) => JSON.parse(readFileSync(join(here, 'examples', `${name}.json`), 'utf8'));
// Actor references of the examples, as the chain knows them.
const GRANTEES = {
  'Practitioner/dr-khan': { Practitioner: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' },
  'Organization/institute': { Organisation: 4 },
  'Organization/exchange': { Organisation: 5 },
  'Organization/hospital': { Organisation: 2 },
};
const grantee = (ref) => GRANTEES[ref];
const referenceOf = (g) =>
  Object.entries(GRANTEES).find(([, v]) => JSON.stringify(v) === JSON.stringify(g))?.[0];
const ALL = ['TREAT', 'HPAYMT', 'HOPERAT', 'HRESCH', 'PUBHLTH', 'PATRQT', 'HMARKT'];

/** Validates Consent objects with fhir.resources' R5 models. */
function validate(consents) {
  const dir = mkdtempSync(join(tmpdir(), 'medledger-fhir-'));
  const files = consents.map((c, i) => {
    const file = join(dir, `${i}.json`);
    writeFileSync(file, JSON.stringify(c));
    return file;
  });
  const python =
    process.env.MEDLEDGER_PYTHON ?? join(process.env.HOME, '.cache/medledger/fhir-venv/bin/python');
  execFileSync(python, [join(here, 'validate.py'), ...files], { stdio: 'inherit' });
}

test('the examples are valid R5 Consents', () => {
  validate(
    ['deny-practitioner', 'research-opt-in', 'exchange-opt-out', 'label-restriction', 'not-expressible'].map(
      example,
    ),
  );
});

test('deny one practitioner: a deny; the permit to everyone around it is not expressible', () => {
  const { rules, unsupported } = fromFhir(example('deny-practitioner'), { grantee });
  assert.deepEqual(rules, [
    {
      kind: 'Deny',
      grantee: GRANTEES['Practitioner/dr-khan'],
      terms: {
        categories: 'all',
        labels: [],
        labelledOnly: false,
        actions: ['Read'],
        purposes: [...ALL, 'emergency'],
        startsAt: null,
        expiresAt: null,
        records: [],
      },
    },
  ]);
  assert.deepEqual(
    unsupported.map((u) => u.where),
    ['decision'],
  );
});

test('opt in to research: a permit of the classes named, for research, for the period', () => {
  const { rules, unsupported } = fromFhir(example('research-opt-in'), { grantee });
  assert.deepEqual(unsupported, []);
  assert.deepEqual(rules, [
    {
      kind: 'Permit',
      grantee: { Organisation: 4 },
      terms: {
        categories: ['genomics', 'laboratory', 'vital-signs'],
        labels: [],
        labelledOnly: false,
        actions: ['Read'],
        purposes: ['HRESCH'],
        startsAt: Date.parse('2027-01-01T00:00:00Z'),
        expiresAt: Date.parse('2029-01-01T00:00:00Z'),
        records: [],
      },
    },
  ]);
});

test('opt out of an exchange: a deny of everything to the exchange', () => {
  const { rules, unsupported } = fromFhir(example('exchange-opt-out'), { grantee });
  assert.deepEqual(unsupported, []);
  assert.equal(rules.length, 1);
  assert.equal(rules[0].kind, 'Deny');
  assert.deepEqual(rules[0].grantee, { Organisation: 5 });
  assert.equal(rules[0].terms.categories, 'all');
  assert.deepEqual(rules[0].terms.actions, ['Read', 'Append', 'Amend']);
});

test('a sensitive-label restriction: a broad permit, and a deny of every class carrying the label', () => {
  const { rules, unsupported } = fromFhir(example('label-restriction'), { grantee });
  assert.deepEqual(unsupported, []);
  assert.deepEqual(
    rules.map((r) => [r.kind, r.terms.categories, r.terms.labels, r.terms.labelledOnly]),
    [
      ['Permit', 'standard', [], false],
      ['Deny', 'standard', ['ETH'], true],
    ],
  );
});

test('what the chain cannot hold is reported, never widened', () => {
  const { rules, unsupported } = fromFhir(example('not-expressible'), { grantee });
  // The hospital's permit is kept without the clinical period and code it cannot check (the
  // custodian may apply them when it serves); the aunt is no grantee of the chain.
  assert.deepEqual(
    rules.map((r) => [r.kind, r.grantee]),
    [['Permit', { Organisation: 2 }]],
  );
  assert.deepEqual(unsupported.map((u) => u.where).sort(), [
    'provision[0].code',
    'provision[0].dataPeriod',
    'provision[1]',
    'provision[1].actor',
  ]);
});

test('back to FHIR: valid R5 Consents that convert to the same rules', () => {
  const rules = ['deny-practitioner', 'research-opt-in', 'exchange-opt-out', 'label-restriction'].flatMap(
    (name) => fromFhir(example(name), { grantee }).rules,
  );
  const written = rules.map((rule) => toFhir(rule, { patient: 7, grantee: referenceOf }));
  validate(written);
  for (const [i, consent] of written.entries()) {
    const back = fromFhir(consent, { grantee });
    assert.deepEqual(back.rules, [rules[i]], JSON.stringify(consent));
    // A deny's base permit names no one: the one part reported.
    assert.deepEqual(
      back.unsupported.map((u) => u.where),
      rules[i].kind === 'Deny' ? ['decision'] : [],
    );
  }
});
