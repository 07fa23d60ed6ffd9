// What the gateway keeps, in SQLite (better-sqlite3, WAL): sealed content by content hash, the
// records anchored for it, the data keys wrapped for each reader, and the nonces of requests not
// yet expired. Never a key that opens anything: only the readers' private keys open wrapped keys.
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
`;

/** Opens (and creates) the store at `path` (`:memory:` for none on disk). */
export function openStore(path) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
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
    putKey: db.prepare(
      'insert or replace into wrapped_keys (record, account, wrapped_key, added_by, added_at) values (?, ?, ?, ?, ?)',
    ),
    key: db.prepare('select wrapped_key as wrappedKey from wrapped_keys where record = ? and account = ?'),
    useNonce: db.prepare('insert or ignore into nonces (account, nonce, expires_at) values (?, ?, ?)'),
    pruneNonces: db.prepare('delete from nonces where expires_at < ?'),
  };
  const anchored = db.transaction(({ record, contentHash, patient, author, blockHash, keys, by }) => {
    q.putRecord.run(record, contentHash, patient, author, blockHash);
    for (const [account, wrapped] of Object.entries(keys))
      q.putKey.run(record, account, wrapped, by, Date.now());
  });
  return {
    db,
    /** Keeps sealed content (before its anchor is submitted). */
    putObject: (contentHash, ciphertext, emergencyKey) =>
      q.putObject.run(contentHash, ciphertext, emergencyKey, Date.now()),
    /** Forgets content no record points to (its anchor failed). */
    dropObject: (contentHash) => q.dropObject.run(contentHash),
    object: (contentHash) => q.object.get(contentHash) ?? null,
    /** Notes a record anchored for stored content, with the keys wrapped so far, in one transaction. */
    recordAnchored: (entry) => anchored(entry),
    record: (record) => q.record.get(record) ?? null,
    putKey: (record, account, wrappedKey, by) => q.putKey.run(record, account, wrappedKey, by, Date.now()),
    wrappedKey: (record, account) => q.key.get(record, account)?.wrappedKey ?? null,
    /** Whether `nonce` of `account` is new (and now used, until `expiresAt`). */
    useNonce: (account, nonce, expiresAt) => q.useNonce.run(account, nonce, expiresAt).changes === 1,
    pruneNonces: (now) => q.pruneNonces.run(now).changes,
    close: () => db.close(),
  };
}
