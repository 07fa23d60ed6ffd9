// The honest-but-curious member of docs/privacy.md: it runs a full node, so it reads every block
// body (each transaction's signer and arguments), every event and every storage item of the
// MedLedger pallets, and it knows who some patient ids are. This module lists, per patient id,
// every health fact it can read there in clear, and where.
//
// It reads generically: any field named for a health fact (a category or class, a sensitivity
// label, a purpose, an emergency reason, a FHIR resource type, a location that names one), at any
// depth of a call's arguments, an event or a stored value, is a fact about the patient that the
// same object (or its record id, or its storage key) names, unless its value is opaque (a tag or
// a hash: bytes, not a code); any account field (author, practitioner, accessor, signer, ...) and
// any grantee is a fact "organisation" when it is, or practises at, an organisation. A new field
// in clear is found without changing this file.

/** Field names whose values are health facts, by the kind of fact. */
const FACT_FIELDS = {
  category: 'category',
  categories: 'category',
  class: 'category',
  classes: 'category',
  label: 'sensitivity label',
  labels: 'sensitivity label',
  securityLabels: 'sensitivity label',
  purpose: 'purpose',
  purposes: 'purpose',
  reason: 'reason',
  reasonHash: 'reason',
  resourceType: 'resource type',
  location: 'location',
};
/** Field names that hold an account whose organisation says who wrote or read. */
const ACCOUNT_FIELDS = new Set([
  'author',
  'practitioner',
  'accessor',
  'loggedBy',
  'by',
  'depositor',
  'signer',
]);
/** Storage maps keyed by patient id first (the rest name the patient in their key otherwise). */
const PATIENT_KEYED = new Set([
  'records',
  'accessLog',
  'accessLogBounds',
  'patientConsents',
  'consentCount',
  'emergencyOpenings',
  'emergencyAccesses',
  'pendingErasures',
]);
const PALLETS = ['patientIdentity', 'consentRegistry', 'recordAnchor'];

const camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** The patient a record id belongs to: its first 8 bytes, little-endian. */
function patientOfRecord(record) {
  if (typeof record !== 'string' || !/^0x[0-9a-f]{64}$/i.test(record)) return undefined;
  return Number(BigInt(`0x${record.slice(2, 18).match(/../g).reverse().join('')}`));
}

/** Bytes as text where they are printable ASCII (locations, resource types), else as given. */
function readable(value) {
  if (typeof value !== 'string' || !/^0x([0-9a-f]{2})+$/i.test(value) || value.length > 2 + 2 * 256)
    return value;
  const text = Buffer.from(value.slice(2), 'hex').toString('latin1');
  return /^[\x20-\x7e]+$/.test(text) ? text : value;
}

/** FHIR resource types a location's path may name (R5 clinical and administrative ones). */
const RESOURCE_TYPES = new Set(
  (
    'AllergyIntolerance Appointment CarePlan CareTeam ClinicalImpression Communication Composition ' +
    'Condition Consent Coverage DetectedIssue DiagnosticReport DocumentReference Encounter ' +
    'EpisodeOfCare FamilyMemberHistory Goal ImagingStudy Immunization MedicationAdministration ' +
    'MedicationDispense MedicationRequest MedicationStatement MolecularSequence NutritionOrder ' +
    'Observation Patient Procedure Questionnaire QuestionnaireResponse RiskAssessment ' +
    'ServiceRequest Specimen'
  ).split(' '),
);

/**
 * Whether a value says nothing about health by itself: hex bytes (a tag, a hash), every class at
 * once, the reason a read was refused (the decision the log exists to show), a location whose
 * path names no resource type.
 */
function opaque(kind, value) {
  if (typeof value === 'string' && /^0x([0-9a-f]{2})+$/i.test(value)) return true;
  // Every class at once (a deny of everything) names none.
  const variant = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value)[0] : value;
  if (kind === 'category' && String(variant).toLowerCase() === 'all') return true;
  if (kind === 'reason') {
    return ['noconsent', 'unknownpatient', 'deniedbyconsent'].includes(String(variant).toLowerCase());
  }
  if (kind === 'location') {
    return !String(readable(value))
      .split(/[/?#]/)
      .some((segment) => RESOURCE_TYPES.has(segment));
  }
  return false;
}

/** The values of a fact field in clear: each of a list, an enum with data as compact JSON. */
function values(kind, value) {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => values(kind, v));
  if (opaque(kind, value)) return [];
  if (typeof value === 'object') {
    // An enum whose data is opaque (`{ only: [tags] }`) says no more than its variant does.
    const [variant, data] = Object.entries(value)[0] ?? [];
    if (variant !== undefined && values(kind, data).length === 0 && data !== null) return [];
    return [JSON.stringify(value)];
  }
  return [String(readable(value))];
}

/**
 * Reads the chain behind `api` from block 1 to the best block as the member would. Resolves a
 * Map: patient id -> Map of `kind: value` -> Set of sources ('block', 'event', 'state').
 */
export async function observe(api) {
  const facts = new Map();
  const { organisationOf, organisationName } = await organisations(api);
  const note = (patient, kind, value, source) => {
    if (patient === undefined || patient === null) return;
    const id = Number(patient);
    if (!facts.has(id)) facts.set(id, new Map());
    const key = `${kind}: ${value}`;
    const seen = facts.get(id);
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key).add(source);
  };
  const walk = (value, patient, source) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, patient, source);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const own = value.patient ?? patientOfRecord(value.record) ?? patient;
    for (const [rawKey, v] of Object.entries(value)) {
      const key = camel(rawKey);
      if (FACT_FIELDS[key]) {
        for (const fact of values(FACT_FIELDS[key], v)) note(own, FACT_FIELDS[key], fact, source);
      } else if (key === 'grantee' && v && typeof v === 'object') {
        const organisation = v.organisation ?? v.Organisation;
        const practitioner = v.practitioner ?? v.Practitioner;
        const name =
          organisation !== undefined ? organisationName.get(organisation) : organisationOf.get(practitioner);
        if (name) note(own, 'organisation', name, source);
      } else if (ACCOUNT_FIELDS.has(key) && typeof v === 'string' && organisationOf.has(v)) {
        note(own, 'organisation', organisationOf.get(v), source);
      } else {
        walk(v, own, source);
      }
    }
  };

  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  for (let n = 1; n <= best; n += 1) {
    const hash = await api.rpc.chain.getBlockHash(n);
    const [{ block }, events] = await Promise.all([
      api.rpc.chain.getBlock(hash),
      api.query.system.events.at(hash),
    ]);
    for (const ex of block.extrinsics) {
      if (!ex.isSigned) continue;
      // The signer is part of what the block says: whose organisation acted.
      walk({ signer: ex.signer.toString(), call: ex.method.toJSON() }, undefined, 'block');
    }
    for (const { event } of events) {
      if (!PALLETS.includes(event.section)) continue;
      const names = event.data.names ?? [];
      walk(Object.fromEntries(names.map((name, i) => [name, event.data[i].toJSON()])), undefined, 'event');
    }
  }
  for (const pallet of PALLETS) {
    for (const [item, query] of Object.entries(api.query[pallet])) {
      if (!query.creator?.meta?.type?.isMap) continue;
      for (const [key, value] of await query.entries()) {
        const args = key.args.map((k) => k.toJSON());
        const first = args[0];
        const patient = Array.isArray(first)
          ? first[0]
          : PATIENT_KEYED.has(item)
            ? first
            : patientOfRecord(first);
        walk(value.toJSON(), patient, 'state');
      }
    }
  }
  return facts;
}

/**
 * `organisationOf`: account -> "name (kind)" of the organisation it practises at or administers;
 * `organisationName`: organisation id -> "name (kind)".
 */
async function organisations(api) {
  const names = new Map();
  for (const [key, org] of await api.query.patientIdentity.organisations.entries()) {
    const o = org.unwrap();
    names.set(key.args[0].toNumber(), `${o.name.toUtf8()} (${o.kind.toString()})`);
  }
  const out = new Map();
  for (const [key, p] of await api.query.patientIdentity.practitioners.entries()) {
    out.set(key.args[0].toString(), names.get(p.unwrap().organisation.toNumber()));
  }
  for (const [key, org] of await api.query.patientIdentity.organisationOfAdmin.entries()) {
    out.set(key.args[0].toString(), names.get(org.unwrap().toNumber()));
  }
  return { organisationOf: out, organisationName: names };
}

/** Rows for console.table: one per patient and fact, with where it was read. */
export function factRows(facts, label = (id) => String(id)) {
  const rows = [];
  for (const [patient, seen] of [...facts].sort(([a], [b]) => a - b)) {
    for (const [fact, sources] of [...seen].sort(([a], [b]) => a.localeCompare(b))) {
      rows.push({ patient: label(patient), fact, 'read from': [...sources].sort().join(', ') });
    }
  }
  return rows;
}
