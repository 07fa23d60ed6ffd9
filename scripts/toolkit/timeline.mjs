// The patient's timeline (TimelineApi): page it, and check each entry against the events of the
// block it names.

/** The pallet whose event each kind of timeline entry mirrors (the kind is the event's name). */
const SECTION = {
  RecordAnchored: 'recordAnchor',
  RecordAmended: 'recordAnchor',
  RecordErased: 'recordAnchor',
  AccessLogged: 'recordAnchor',
  ConsentRecorded: 'consentRegistry',
  ConsentConfirmed: 'consentRegistry',
  ConsentRevoked: 'consentRegistry',
  ConsentRemoved: 'consentRegistry',
  ConsentRequested: 'consentRegistry',
  ConsentRequestClosed: 'consentRegistry',
  EmergencyAccessOpened: 'consentRegistry',
  EmergencyAccessClosed: 'consentRegistry',
  EmergencyAccessReviewed: 'consentRegistry',
};

/**
 * Every entry of `patient`'s timeline still kept, oldest first, paged `pageSize` at a time.
 * Resolves { entries: [{ position, at, block, event }], oldest }; `event` is the polkadot.js enum
 * (`event.type` its kind, `event.value` its fields).
 */
export async function timelineEntries(api, patient, { pageSize = 100 } = {}) {
  const entries = [];
  let from = 0;
  let oldest = 0;
  for (;;) {
    const page = await api.call.timelineApi.timeline(patient, from, pageSize);
    oldest = page.oldest.toNumber();
    page.items.forEach((entry, i) => {
      entries.push({
        position: page.first.toNumber() + i,
        at: entry.at.toNumber(),
        block: entry.block.toNumber(),
        event: entry.event,
      });
    });
    if (page.next.isNone) return { entries, oldest };
    from = page.next.unwrap().toNumber();
  }
}

const same = (a, b) => JSON.stringify(a.toJSON()) === JSON.stringify(b.toJSON());

/**
 * Checks a timeline entry of `patient` against the chain: the block it names holds the event it
 * mirrors, about `patient`, with the same ids. An `AccessLogged { first, last }` entry is checked
 * by its first log entry (`AccessLogged` or `AccessDenialLogged` with `seq` = `first`); the access
 * log (`RecordApi::access_log`) has the rest. Resolves the matching event, or null when the block
 * holds none (the entry does not hold).
 */
export async function verifyTimelineEntry(api, patient, entry) {
  const kind = entry.event.type;
  const fields = entry.event.value;
  const hash = await api.rpc.chain.getBlockHash(entry.block);
  const events = await (await api.at(hash)).query.system.events();
  const matches = ({ event }) => {
    if (event.section !== SECTION[kind] || event.data.patient?.toString() !== String(patient)) return false;
    if (kind === 'AccessLogged') {
      return (
        ['AccessLogged', 'AccessDenialLogged'].includes(event.method) &&
        event.data.seq.toNumber() === fields.first.toNumber()
      );
    }
    return (
      event.method === kind && [...fields.keys()].every((name) => same(event.data[name], fields.get(name)))
    );
  };
  return events.find(matches)?.event ?? null;
}
