// FHIR R5 `Consent` to MedLedger consents, and back (docs/consent.md#the-model-mapped-to-fhir-r5-consent).
//
// A MedLedger consent is one rule for one grantee, a permit or a deny, with classes (categories
// and sensitivity labels), actions, purposes, a period and optionally records, in codes; the
// patient's wallet turns the codes into tags (`patientWallet(tagKey).terms(rule.terms)`). R5
// nests provisions, each an exception to the decision above it; MedLedger flattens them into
// rules and lets a deny override every permit (R5 `Permission`'s deny-overrides), so the nesting
// order does not matter. What a Consent says that the chain cannot hold is returned as
// `unsupported`, with the reason; nothing unsupported is ever widened into a permit.
//
//   fromFhir(consent, { grantee, record }) -> { rules, unsupported }
//   toFhir(rule, { patient, grantee, record }) -> Consent
//
// `grantee(reference)` resolves an actor's reference (`Organization/12`) to a MedLedger grantee
// (`{ Organisation: 12 }`, `{ Practitioner: account }`, `{ Individual: patientId }`) or
// undefined; `record(reference)` a data reference to a record id; `toFhir`'s resolvers go the
// other way.
import { CATEGORIES, LABELS, PURPOSES } from '@medledger/sdk';

const SYSTEMS = {
  action: 'http://terminology.hl7.org/CodeSystem/consentaction',
  purpose: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  sensitivity: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  resourceType: 'http://hl7.org/fhir/fhir-types',
  category: 'https://medledger.example/fhir/CodeSystem/category',
  role: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
};

/** consentaction codes: what each lets a grantee do here. */
const ACTIONS = {
  access: ['Read'],
  use: ['Read'],
  disclose: ['Read'],
  collect: ['Append'],
  correct: ['Amend'],
};
const ALL_ACTIONS = ['Read', 'Append', 'Amend'];
/** The top of the PurposeOfUse hierarchy: every purpose a rule without `purpose` covers. */
const ALL_PURPOSES = ['TREAT', 'HPAYMT', 'HOPERAT', 'HRESCH', 'PUBHLTH', 'PATRQT', 'HMARKT'];
/** Resource types, by the categories their records are filed under. */
const RESOURCE_TYPES = {
  AllergyIntolerance: ['allergies'],
  Condition: ['conditions'],
  MedicationRequest: ['medications'],
  MedicationStatement: ['medications'],
  MedicationDispense: ['medications'],
  Observation: ['laboratory', 'vital-signs'],
  DiagnosticReport: ['laboratory', 'imaging'],
  ImagingStudy: ['imaging'],
  Immunization: ['immunizations'],
  Procedure: ['procedures'],
  DocumentReference: ['clinical-notes'],
  Encounter: ['encounters'],
  MolecularSequence: ['genomics'],
  GenomicStudy: ['genomics'],
};
/** Roles that receive data: the grantee of a MedLedger rule. */
const RECIPIENT_ROLES = new Set(['IRCP', 'PRCP']);

const codes = (codings, system) =>
  (codings ?? []).filter((c) => !system || c.system === system).map((c) => c.code);
const ms = (date) => (date === undefined ? null : Date.parse(date));
const iso = (moment) => new Date(moment).toISOString();

/** The rules and the unsupported parts of an R5 `Consent`. */
export function fromFhir(consent, { grantee, record = () => undefined }) {
  const rules = [];
  const unsupported = [];
  const skip = (where, why) => unsupported.push({ where, why });
  if (consent.resourceType !== 'Consent') throw new Error('not a FHIR Consent');
  if (consent.status !== 'active') {
    skip('status', `a ${consent.status} Consent decides nothing`);
    return { rules, unsupported };
  }
  if (!['permit', 'deny'].includes(consent.decision)) {
    skip('decision', 'an R5 Consent without a decision says nothing');
    return { rules, unsupported };
  }
  const resolve = (refs, where) =>
    refs.flatMap((ref) => {
      const g = grantee(ref.reference);
      if (!g) skip(where, `${ref.reference} is no organisation, practitioner or patient of the chain`);
      return g ? [g] : [];
    });
  const topGrantees = resolve(consent.grantee ?? [], 'grantee');
  // The base decision applies to the top-level grantees, over everything.
  const base = { period: consent.period };
  if (consent.decision === 'permit') {
    if (topGrantees.length) {
      for (const g of topGrantees) rules.push(rule('Permit', g, base, null, skip, record, 'grantee'));
    } else {
      skip('decision', 'a permit to everyone: MedLedger permits name their grantee');
    }
  } else if (topGrantees.length && !consent.provision?.length) {
    for (const g of topGrantees) rules.push(rule('Deny', g, base, null, skip, record, 'grantee'));
  }
  // Each provision is an exception to the decision above it.
  const walk = (provisions, kind, parent, parentGrantees, path) => {
    provisions.forEach((p, i) => {
      const where = `${path}[${i}]`;
      const actors = (p.actor ?? []).filter((a) => {
        const roles = codes(a.role?.coding);
        if (roles.length && !roles.some((r) => RECIPIENT_ROLES.has(r))) {
          skip(`${where}.actor`, `role ${roles.join(',')}: MedLedger rules are for recipients`);
          return false;
        }
        return true;
      });
      const own = resolve(
        actors.map((a) => a.reference),
        `${where}.actor`,
      );
      const grantees = own.length ? own : parentGrantees;
      if (!grantees.length)
        skip(where, `a ${kind.toLowerCase()} for everyone: MedLedger rules name their grantee`);
      for (const g of grantees) rules.push(rule(kind, g, p, parent, skip, record, where));
      if (p.provision?.length)
        walk(p.provision, kind === 'Permit' ? 'Deny' : 'Permit', p, grantees, `${where}.provision`);
    });
  };
  walk(
    consent.provision ?? [],
    consent.decision === 'deny' ? 'Permit' : 'Deny',
    null,
    topGrantees,
    'provision',
  );
  return { rules: rules.filter(Boolean), unsupported };
}

/** One rule from a provision (`parent`'s fields apply where it has none of its own). */
function rule(kind, grantee, p, parent, skip, record, where) {
  const field = (name) => (p[name]?.length ? p[name] : parent?.[name]);
  for (const name of ['dataPeriod', 'code', 'expression']) {
    if (p[name])
      skip(
        `${where}.${name}`,
        `the chain knows no record's ${name === 'dataPeriod' ? 'clinical dates' : 'clinical codes'}`,
      );
  }
  const actions = [
    ...new Set(codes(field('action')?.flatMap((a) => a.coding ?? [])).flatMap((c) => ACTIONS[c] ?? [])),
  ];
  const purposeCodes = codes(field('purpose'), SYSTEMS.purpose);
  const unknownPurposes = purposeCodes.filter((c) => !(c in PURPOSES));
  if (unknownPurposes.length) skip(`${where}.purpose`, `unknown PurposeOfUse ${unknownPurposes.join(',')}`);
  const labels = [
    ...new Set([
      ...codes(field('securityLabel'), SYSTEMS.sensitivity),
      ...codes(field('securityLabel'), SYSTEMS.confidentiality),
    ]),
  ].filter((l) => l in LABELS);
  const types = codes(field('resourceType'), SYSTEMS.resourceType);
  const unknownTypes = types.filter((t) => !(t in RESOURCE_TYPES));
  if (unknownTypes.length) skip(`${where}.resourceType`, `no category holds ${unknownTypes.join(',')}`);
  const categories = [
    ...new Set([
      ...types.flatMap((t) => RESOURCE_TYPES[t] ?? []),
      ...codes(field('documentType'), SYSTEMS.category).filter((c) => CATEGORIES.includes(c)),
    ]),
  ].sort();
  const records = (field('data') ?? []).flatMap((d) => {
    if (d.meaning !== 'instance') {
      skip(`${where}.data`, `meaning ${d.meaning}: only named records (instance)`);
      return [];
    }
    const id = record(d.reference?.reference);
    if (!id) skip(`${where}.data`, `${d.reference?.reference} is no record of the chain`);
    return id ? [id] : [];
  });
  const period = p.period ?? parent?.period;
  const deny = kind === 'Deny';
  let purposes = purposeCodes.filter((c) => c in PURPOSES);
  if (!purposes.length) purposes = ALL_PURPOSES;
  // A deny of treatment covers emergency treatment, break-glass (BTG) included: the public
  // emergency tag.
  if (deny && purposes.some((c) => ['TREAT', 'ETREAT', 'BTG'].includes(c))) {
    purposes = [...new Set([...purposes.filter((c) => c !== 'BTG'), 'emergency'])];
  }
  return {
    kind,
    grantee,
    terms: {
      // A deny without classes covers everything; one naming only labels, every record carrying
      // them. A permit without classes covers the unlabelled ones (labelled records are never
      // implied), plus the labels it names.
      categories: categories.length ? categories : deny && !labels.length ? 'all' : 'standard',
      labels,
      labelledOnly: deny && labels.length > 0 && !categories.length,
      actions: actions.length ? actions : ALL_ACTIONS,
      purposes,
      startsAt: ms(period?.start),
      expiresAt: ms(period?.end),
      records,
    },
  };
}

/**
 * The R5 `Consent` of one rule: a permit as `decision: deny` with the permitting provision, a
 * deny as `decision: permit` with the denying provision and no top-level grantee (its base
 * permits no one: read it with deny-overrides).
 */
export function toFhir({ kind, grantee: g, terms }, { patient, grantee, record = (id) => id }) {
  const provision = {
    actor: [
      { role: { coding: [{ system: SYSTEMS.role, code: 'IRCP' }] }, reference: { reference: grantee(g) } },
    ],
  };
  if (terms.startsAt !== null || terms.expiresAt !== null) {
    provision.period = {
      ...(terms.startsAt !== null ? { start: iso(terms.startsAt) } : {}),
      ...(terms.expiresAt !== null ? { end: iso(terms.expiresAt) } : {}),
    };
  }
  const actionCode = { Read: 'access', Append: 'collect', Amend: 'correct' };
  provision.action = terms.actions.map((a) => ({
    coding: [{ system: SYSTEMS.action, code: actionCode[a] }],
  }));
  // Break-glass access is HL7's BTG.
  const purposes = [...new Set(terms.purposes.map((c) => (c === 'emergency' ? 'BTG' : c)))];
  provision.purpose = purposes.map((code) => ({ system: SYSTEMS.purpose, code }));
  if (terms.labels?.length) {
    provision.securityLabel = terms.labels.map((code) => ({
      system: ['R', 'V'].includes(code) ? SYSTEMS.confidentiality : SYSTEMS.sensitivity,
      code,
    }));
  }
  // A permit without classes is a broad one; a deny without them covers everything (with labels,
  // every class carrying one of them), so a deny of the unlabelled classes lists its categories.
  const everyCategory = terms.categories === 'standard' && kind === 'Deny' && !terms.labels?.length;
  const categories = everyCategory ? CATEGORIES : terms.categories;
  if (Array.isArray(categories)) {
    provision.documentType = categories.map((code) => ({ system: SYSTEMS.category, code }));
  }
  if (terms.records?.length) {
    provision.data = terms.records.map((id) => ({
      meaning: 'instance',
      reference: { reference: record(id) },
    }));
  }
  return {
    resourceType: 'Consent',
    status: 'active',
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    subject: { reference: `Patient/${patient}` },
    decision: kind === 'Permit' ? 'deny' : 'permit',
    provision: [provision],
  };
}
