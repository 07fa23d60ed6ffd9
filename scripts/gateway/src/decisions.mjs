// What the gateway remembers of the chain between blocks: records and permits, per patient,
// decided at the best block it has seen. Every new best block's events are read before the next
// answer from memory: a block with a consent, identity or record event about a patient forgets
// that patient; one whose events say nothing of a patient (an organisation suspended, a runtime
// upgrade), one not built on the block before (a re-organisation) or one whose events could not
// be read forgets everything. So no permit is served from memory once a revocation is in a block
// the gateway has seen. Denies are not remembered: a consent that starts later must not be
// refused from memory once it is in force.

/** Events that cannot change a decision or a record: the logs and deposits. */
const NEUTRAL = new Set([
  'recordAnchor.AccessLogged',
  'recordAnchor.AccessDenialLogged',
  'recordAnchor.AccessLogRootAnchored',
  'recordAnchor.AccessLogPruned',
  'recordAnchor.AccessLogRootsPruned',
  'recordAnchor.MerkleRootAnchored',
  'recordAnchor.DepositsPrepaid',
  'recordAnchor.PrepaidWithdrawn',
]);
const WATCHED = new Set(['consentRegistry', 'patientIdentity', 'recordAnchor']);

/** The patient id a record id starts with (u64, little-endian). */
export function patientOfRecord(record) {
  return Buffer.from(record.slice(2, 18), 'hex').readBigUInt64LE(0).toString();
}

export class DecisionCache {
  constructor() {
    /** patient → { records: Map<record, info>, permits: Map<key, decision> } */
    this.patients = new Map();
    /** The best block seen and read: decisions are taken, and remembered, at it. */
    this.head = { hash: null, number: 0 };
    this.hits = 0;
    this.misses = 0;
  }

  /** Reads a new best block's events (null: unreadable) and forgets what they may change. */
  onHead({ hash, number, parentHash, events }) {
    if (events === null || parentHash !== this.head.hash) {
      this.patients.clear();
    } else {
      for (const { event } of events) {
        const name = `${event.section}.${event.method}`;
        if (name === 'system.CodeUpdated') this.patients.clear();
        if (!WATCHED.has(event.section) || NEUTRAL.has(name)) continue;
        const i = event.meta.fields.findIndex((f) => f.name.toString() === 'patient');
        if (i < 0) this.patients.clear();
        else this.patients.delete(event.data[i].toString());
      }
    }
    this.head = { hash, number };
  }

  entry(patient) {
    let e = this.patients.get(patient);
    if (!e) {
      e = { records: new Map(), permits: new Map() };
      this.patients.set(patient, e);
    }
    return e;
  }

  record(record) {
    return this.patients.get(patientOfRecord(record))?.records.get(record) ?? null;
  }

  /** Remembers `info`, read at block `at`, unless a newer block has been seen since. */
  putRecord(record, info, at) {
    if (at === this.head.hash) this.entry(patientOfRecord(record)).records.set(record, info);
  }

  /** A remembered permit still in force by this machine's clock, or null. */
  permit(record, accessor, purpose) {
    const d = this.patients.get(patientOfRecord(record))?.permits.get(`${accessor}|${purpose}|${record}`);
    if (d && (d.expiresAt === null || Date.now() < d.expiresAt)) {
      this.hits++;
      return d;
    }
    this.misses++;
    return null;
  }

  /** Remembers a permit decided at block `at`, unless a newer block has been seen since. */
  putPermit(record, accessor, purpose, decision, at) {
    if (decision.permit && at === this.head.hash) {
      this.entry(patientOfRecord(record)).permits.set(`${accessor}|${purpose}|${record}`, {
        ...decision,
        at,
      });
    }
  }
}
