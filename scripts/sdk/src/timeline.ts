// The patient's timeline (`TimelineApi`): page it, and check each entry against the events of the
// block it names.
import type { ApiPromise } from '@polkadot/api';
import type { Vec } from '@polkadot/types';
import type {
  FrameSystemEventRecord,
  MedledgerPrimitivesTimelineTimelineEvent,
} from '@polkadot/types/lookup';
import type { Codec } from '@polkadot/types/types';

import { runtime } from './chain.js';

/** The pallet whose event each kind of timeline entry mirrors (the kind is the event's name). */
const SECTION: Record<string, string> = {
  RecordAnchored: 'recordAnchor',
  RecordsAnchored: 'recordAnchor',
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

/** One entry of a patient's timeline; `event.type` is its kind, `event.value` its fields. */
export interface TimelineEntry {
  position: number;
  /** The block's timestamp (a chain moment: `fromMoment`). */
  at: number;
  block: number;
  event: MedledgerPrimitivesTimelineTimelineEvent;
}

/** Every entry of `patient`'s timeline still kept, oldest first, paged `pageSize` at a time. */
export async function timelineEntries(
  api: ApiPromise,
  patient: number | bigint,
  { pageSize = 100 }: { pageSize?: number } = {},
): Promise<{ entries: TimelineEntry[]; oldest: number }> {
  const entries: TimelineEntry[] = [];
  let from = 0;
  for (;;) {
    const page = await runtime(api).timelineApi.timeline(patient, from, pageSize);
    page.items.forEach((entry, i) => {
      entries.push({
        position: page.first.toNumber() + i,
        at: entry.at.toNumber(),
        block: entry.block.toNumber(),
        event: entry.event,
      });
    });
    if (page.next.isNone) return { entries, oldest: page.oldest.toNumber() };
    from = page.next.unwrap().toNumber();
  }
}

const same = (a: Codec | undefined, b: Codec | undefined) =>
  JSON.stringify(a?.toJSON()) === JSON.stringify(b?.toJSON());

/**
 * Checks a timeline entry of `patient` against the chain: the block it names holds the event it
 * mirrors, about `patient`, with the same ids. An `AccessLogged { first, last }` entry is checked
 * by its first log entry (`AccessLogged` or `AccessDenialLogged` with `seq` = `first`); the access
 * log (`RecordApi::access_log`) has the rest. A `RecordsAnchored { first, count }` entry is checked
 * by its batch's `RecordAnchored` events: the run of `patient`'s records from `first`'s on, in the
 * same transaction, is exactly `count` long (`recordsAnchoredIn` lists them). Resolves the matching
 * event (for a run, `first`'s), or null when the block holds none (the entry does not hold).
 */
export async function verifyTimelineEntry(api: ApiPromise, patient: number | bigint, entry: TimelineEntry) {
  const kind = entry.event.type;
  const fields = entry.event.value as unknown as Map<string, Codec>;
  const hash = await api.rpc.chain.getBlockHash(entry.block);
  const events = await (await api.at(hash)).query.system.events();
  if (kind === 'RecordsAnchored') {
    const run = recordsAnchoredIn(events, patient, entry);
    return run?.[0] ?? null;
  }
  const found = events.find(({ event }) => {
    const data = event.data as unknown as Record<string, Codec | undefined>;
    if (event.section !== SECTION[kind] || data.patient?.toString() !== String(patient)) return false;
    if (kind === 'AccessLogged') {
      const first = fields.get('first') as unknown as { toNumber(): number };
      const seq = data.seq as unknown as { toNumber(): number };
      return (
        ['AccessLogged', 'AccessDenialLogged'].includes(event.method) && seq.toNumber() === first.toNumber()
      );
    }
    return event.method === kind && [...fields.keys()].every((name) => same(data[name], fields.get(name)));
  });
  return found?.event ?? null;
}

/**
 * The `RecordAnchored` events a `RecordsAnchored { first, count }` entry of `patient` stands for,
 * among its block's `events`: the run of the batch's records that starts at `first` (the record
 * before it in the transaction, if any, is another patient's) and goes on while the records are
 * `patient`'s. Resolves them in order, or null unless the run is exactly `count` long.
 */
export function recordsAnchoredIn(
  events: Vec<FrameSystemEventRecord>,
  patient: number | bigint,
  entry: TimelineEntry,
) {
  const run = entry.event.asRecordsAnchored;
  const data = (e: FrameSystemEventRecord) => e.event.data as unknown as { patient: Codec; record: Codec };
  const ofPatient = (e: FrameSystemEventRecord) => data(e).patient.toString() === String(patient);
  const start = events.findIndex(
    (e) =>
      e.event.section === 'recordAnchor' &&
      e.event.method === 'RecordAnchored' &&
      ofPatient(e) &&
      data(e).record.toHex() === run.first.toHex(),
  );
  if (start < 0) return null;
  // The batch's records, in order: its transaction's `RecordAnchored` events.
  const phase = events[start].phase.toString();
  const batch = events.filter(
    (e) =>
      e.phase.toString() === phase &&
      e.event.section === 'recordAnchor' &&
      e.event.method === 'RecordAnchored',
  );
  const at = batch.indexOf(events[start]);
  if (at > 0 && ofPatient(batch[at - 1])) return null;
  let end = at;
  while (end < batch.length && ofPatient(batch[end])) end++;
  if (end - at !== run.count.toNumber()) return null;
  return batch.slice(at, end).map((e) => e.event);
}
