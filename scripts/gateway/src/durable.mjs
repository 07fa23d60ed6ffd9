// Group commit: what the requests of one turn of the event loop must keep (the nonces they used,
// the answers they log) goes to disk in one SQLite transaction, one fsync, and each request waits
// for its own transaction before it answers. Concurrent requests share the cost of durability;
// a lone request pays one commit.
export function groupCommit(store) {
  let batch = null;
  function commit() {
    const { nonces, entries, waiters } = batch;
    batch = null;
    try {
      const ids = store.commit(nonces, entries);
      for (const { resolve, entry } of waiters) resolve(entry === undefined ? undefined : ids[entry]);
    } catch (e) {
      for (const { reject } of waiters) reject(e);
    }
  }
  function queued(add) {
    if (!batch) {
      batch = { nonces: [], entries: [], waiters: [] };
      setImmediate(commit);
    }
    return new Promise((resolve, reject) => batch.waiters.push({ resolve, reject, entry: add(batch) }));
  }
  return {
    /** Resolves once the use of `nonce` is on disk. */
    nonce: (account, nonce, expiresAt) =>
      queued((b) => {
        b.nonces.push([account, nonce, expiresAt]);
      }),
    /** Resolves the answer's access-log id once it is on disk. */
    entry: (patient, leaf) => queued((b) => b.entries.push([patient, leaf]) - 1),
  };
}

/**
 * The nonces of requests not yet expired, in memory (loaded from `store` at start): a nonce seen
 * once is refused until its request expires, across restarts too.
 */
export function nonceRegister(store) {
  const seen = new Map();
  for (const { account, nonce, expiresAt } of store.liveNonces(Date.now()))
    seen.set(`${account}|${nonce}`, expiresAt);
  return {
    /** Whether the nonce is new; notes it as seen. */
    use(account, nonce, expiresAt) {
      const key = `${account}|${nonce}`;
      if (seen.has(key)) return false;
      seen.set(key, expiresAt);
      return true;
    },
    /** Forgets (here and on disk) the nonces of requests expired at `now`. */
    prune(now) {
      for (const [key, expiresAt] of seen) if (expiresAt < now) seen.delete(key);
      store.pruneNonces(now);
    },
  };
}
