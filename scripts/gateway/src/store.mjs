// What the gateway keeps, in SQLite (better-sqlite3, WAL): sealed content by content hash, the
// records anchored for it, the data keys wrapped for each reader, the nonces of requests not yet
// expired, and the access log: every answer as the leaf it is in an access-log root, and the roots
// anchored. Never a key that opens anything: only the readers' private keys open wrapped keys.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// biome-ignore lint/correctness/noUnresolvedImports: a CommonJS package with only `main`, which Node resolves
import Database from 'better-sqlite3';

const SCHEMA = `
create table if not exists objects (
  content_hash text primary key,
  ciphertext blob not null,
  emergency_key text,
  stored_at integer not null
);
create table if not exists records (
  record text primary key,
  content_hash text not null references objects(content_hash),
  patient integer not null,
  author text not null,
  block_hash text not null
);
create table if not exists wrapped_keys (
  record text not null references records(record),
  account text not null,
  wrapped_key text not null,
  added_by text not null,
  added_at integer not null,
  primary key (record, account)
);
create table if not exists nonces (
  account text not null,
  nonce text not null,
  expires_at integer not null,
  primary key (account, nonce)
);
create index if not exists nonces_by_expiry on nonces(expires_at);
create table if not exists access_entries (
  id integer primary key autoincrement,
  patient integer not null,
  leaf blob not null,
  root_seq integer,
  leaf_index integer
);
create index if not exists access_by_patient on access_entries(patient, id);
create index if not exists access_by_root on access_entries(root_seq, leaf_index);
create table if not exists access_roots (
  seq integer primary key,
  root text not null,
  entries integer not null,
  block_hash text not null
);
`;

/** Opens (and creates) the store at `path` (`:memory:` for none on disk). */
export function openStore(path) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: an answer's log entry is on disk before the answer leaves, power cut or not.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const q = {
    putObject: db.prepare(
      'insert or ignore into objects (content_hash, ciphertext, emergency_key, stored_at) values (?, ?, ?, ?)',
    ),
    dropObject: db.prepare(
      'delete from objects where content_hash = ? and not exists (select 1 from records r where r.content_hash = objects.content_hash)',
    ),
    object: db.prepare(
      'select ciphertext, emergency_key as emergencyKey from objects where content_hash = ?',
    ),
    putRecord: db.prepare(
      'insert or replace into records (record, content_hash, patient, author, block_hash) values (?, ?, ?, ?, ?)',
    ),
    record: db.prepare(
      'select record, content_hash as contentHash, patient, author from records where record = ?',
    ),
    keptRecords: db.prepare(
      'select r.record, r.patient, r.author, r.content_hash as contentHash, o.stored_at as storedAt from records r join objects o on o.content_hash = r.content_hash where r.record > ? order by r.record limit ?',
    ),
    putKey: db.prepare(
      'insert or replace into wrapped_keys (record, account, wrapped_key, added_by, added_at) values (?, ?, ?, ?, ?)',
    ),
    newVersion: db.prepare('update records set content_hash = ?, block_hash = ? where record = ?'),
    dropKeys: db.prepare('delete from wrapped_keys where record = ?'),
    key: db.prepare('select wrapped_key as wrappedKey from wrapped_keys where record = ? and account = ?'),
    putNonce: db.prepare('insert or ignore into nonces (account, nonce, expires_at) values (?, ?, ?)'),
    liveNonces: db.prepare(
      'select account, nonce, expires_at as expiresAt from nonces where expires_at >= ?',
    ),
    pruneNonces: db.prepare('delete from nonces where expires_at < ?'),
    addEntry: db.prepare('insert into access_entries (patient, leaf) values (?, ?)'),
    pending: db.prepare('select id, leaf from access_entries where root_seq is null order by id limit ?'),
    placeEntry: db.prepare('update access_entries set root_seq = ?, leaf_index = ? where id = ?'),
    addRoot: db.prepare('insert into access_roots (seq, root, entries, block_hash) values (?, ?, ?, ?)'),
    patientEntries: db.prepare(
      'select id, leaf, root_seq as seq, leaf_index as leafIndex from access_entries where patient = ? and id >= ? order by id limit ?',
    ),
    rootLeaves: db.prepare('select leaf from access_entries where root_seq = ? order by leaf_index'),
  };
  const committed = db.transaction((nonces, entries) => {
    for (const [account, nonce, expiresAt] of nonces) q.putNonce.run(account, nonce, expiresAt);
    return entries.map(([patient, leaf]) =>
      Number(q.addEntry.run(patient, Buffer.from(leaf)).lastInsertRowid),
    );
  });
  const placed = db.transaction((seq, root, blockHash, ids) => {
    q.addRoot.run(seq, root, ids.length, blockHash);
    for (const [index, id] of ids.entries()) q.placeEntry.run(seq, index, id);
  });
  const putKeys = (record, keys, by) => {
    for (const [account, wrapped] of Object.entries(keys))
      q.putKey.run(record, account, wrapped, by, Date.now());
  };
  const anchored = db.transaction((records) => {
    for (const { record, contentHash, patient, author, blockHash, keys, by } of records) {
      q.putRecord.run(record, contentHash, patient, author, blockHash);
      putKeys(record, keys, by);
    }
  });
  const amended = db.transaction(({ record, contentHash, blockHash, keys, by }) => {
    q.newVersion.run(contentHash, blockHash, record);
    q.dropKeys.run(record);
    putKeys(record, keys, by);
  });
  return {
    db,
    /** Keeps sealed content (before its anchor is submitted). */
    putObject: (contentHash, ciphertext, emergencyKey) =>
      q.putObject.run(contentHash, ciphertext, emergencyKey, Date.now()),
    /** Forgets content no record points to (its anchor failed). */
    dropObject: (contentHash) => q.dropObject.run(contentHash),
    object: (contentHash) => q.object.get(contentHash) ?? null,
    /**
     * Notes records anchored for stored content ([{ record, contentHash, patient, author,
     * blockHash, keys, by }]), with the keys wrapped so far, in one transaction.
     */
    recordsAnchored: (records) => anchored(records),
    /**
     * Notes a record's new version (its content now `contentHash`), with the keys wrapped for it
     * in place of the old version's, in one transaction. The old version's content stays.
     */
    recordAmended: (version) => amended(version),
    record: (record) => q.record.get(record) ?? null,
    /** The records kept here after record id `after` (`''`: from the first), `limit` of them, by id. */
    keptRecords: (after, limit) => q.keptRecords.all(after, limit),
    putKey: (record, account, wrappedKey, by) => q.putKey.run(record, account, wrappedKey, by, Date.now()),
    wrappedKey: (record, account) => q.key.get(record, account)?.wrappedKey ?? null,
    /** The nonces of requests not expired at `now`: [{ account, nonce, expiresAt }]. */
    liveNonces: (now) => q.liveNonces.all(now),
    pruneNonces: (now) => q.pruneNonces.run(now).changes,
    /**
     * In one transaction: notes used `nonces` ([account, nonce, expiresAt]) and appends answers
     * (`entries`: [patient, leaf (SCALE-encoded)]) to the access log; returns their ids.
     */
    commit: (nonces, entries) => committed(nonces, entries),
    /** The oldest `limit` answers in no root yet: [{ id, leaf }]. */
    pendingEntries: (limit) => q.pending.all(limit),
    /** Notes the root anchored at `seq` over the answers `ids`, in that order. */
    rootAnchored: (seq, root, blockHash, ids) => placed(seq, root, blockHash, ids),
    /** A patient's answers from id `from` on: [{ id, leaf, seq, leafIndex }] (seq null: pending). */
    patientEntries: (patient, from, limit) => q.patientEntries.all(patient, from, limit),
    /** The leaves of root `seq`, in order. */
    rootLeaves: (seq) => q.rootLeaves.all(seq).map((r) => r.leaf),
    close: () => db.close(),
  };
}
