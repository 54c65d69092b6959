//! The keyspace: databases split into shards by cluster hash slot, each shard behind its own lock.
//!
//! Layout is shard-major: `Keyspace -> Shard (Mutex) -> DbShard per database -> Dict<key, Entry>`.
//! A key lives in shard `slot(key) % shard_count` in every database, so MOVE and COPY between
//! databases, and any command on keys sharing a `{hash tag}`, take a single lock; SWAPDB and
//! FLUSHALL lock every shard. Multi-shard commands lock in ascending shard order (see
//! `ShardLocks`), so no two commands can deadlock.

pub mod dict;
pub mod expire;
pub mod lazyfree;
pub mod locks;
pub mod value;

/// The keyspace's own copy of a key.
pub use crate::util::inline::CompactBytes as Key;
pub use locks::ShardLocks;
pub use value::{Entry, Value, NO_EXPIRE};

use bytes::Bytes;
use dict::Dict;
use expire::ExpireWheel;
use parking_lot::{Mutex, MutexGuard};

/// Number of hash slots in Redis Cluster.
pub const SLOTS: usize = 16384;

/// The part of the key CRC16 is taken over: the content of the first non-empty `{...}`, or the
/// whole key (Redis Cluster's hash tag rule).
pub fn hash_tag(key: &[u8]) -> &[u8] {
    if let Some(open) = key.iter().position(|&b| b == b'{') {
        if let Some(len) = key[open + 1..].iter().position(|&b| b == b'}') {
            if len > 0 {
                return &key[open + 1..open + 1 + len];
            }
        }
    }
    key
}

/// The cluster hash slot of a key: CRC16/XMODEM of its hash tag, mod 16384.
pub fn key_slot(key: &[u8]) -> u16 {
    crc16_xmodem(hash_tag(key)) & (SLOTS as u16 - 1)
}

/// CRC16/XMODEM (the CRC Redis Cluster uses), eight bytes at a time ("slicing-by-8": eight
/// independent table lookups per step instead of a chain of eight dependent ones). Hand-rolled
/// because it runs on every key of every command and the `crc16` crate's generic version costs
/// several times more per byte; the tests check it against that crate.
fn crc16_xmodem(data: &[u8]) -> u16 {
    // TABLES[0][b]: the register after feeding byte b into a zero register; TABLES[k][b]: after
    // feeding b and then k zero bytes.
    const TABLES: [[u16; 256]; 8] = {
        let mut tables = [[0u16; 256]; 8];
        let mut i = 0;
        while i < 256 {
            let mut crc = (i as u16) << 8;
            let mut bit = 0;
            while bit < 8 {
                crc = if crc & 0x8000 != 0 {
                    (crc << 1) ^ 0x1021
                } else {
                    crc << 1
                };
                bit += 1;
            }
            tables[0][i] = crc;
            i += 1;
        }
        let mut k = 1;
        while k < 8 {
            let mut i = 0;
            while i < 256 {
                let prev = tables[k - 1][i];
                tables[k][i] = (prev << 8) ^ tables[0][(prev >> 8) as usize];
                i += 1;
            }
            k += 1;
        }
        tables
    };
    let t = &TABLES;
    let mut crc = 0u16;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        // The register folds into the first two bytes of the block.
        let x0 = c[0] ^ (crc >> 8) as u8;
        let x1 = c[1] ^ crc as u8;
        crc = t[7][x0 as usize]
            ^ t[6][x1 as usize]
            ^ t[5][c[2] as usize]
            ^ t[4][c[3] as usize]
            ^ t[3][c[4] as usize]
            ^ t[2][c[5] as usize]
            ^ t[1][c[6] as usize]
            ^ t[0][c[7] as usize];
    }
    chunks.remainder().iter().fold(crc, |crc, &b| {
        (crc << 8) ^ t[0][((crc >> 8) as u8 ^ b) as usize]
    })
}

/// One database's share of one shard.
#[derive(Default)]
pub struct DbShard {
    pub keys: Dict<Key, Entry>,
    /// Number of keys with a time to live.
    pub expires: usize,
    /// Sum of the deadlines (unix ms) of the keys with a time to live: INFO keyspace's avg_ttl
    /// is `expire_sum / expires - now`, exact at no sampling cost.
    pub expire_sum: i128,
    pub wheel: ExpireWheel,
}

impl DbShard {
    /// Records that `key` now expires at `at` (ms) where it had `old` before.
    pub fn note_expire_change(&mut self, key: &Key, old: i64, at: i64) {
        self.forget_deadline(old);
        self.count_deadline(at);
        if at != NO_EXPIRE {
            self.wheel.schedule(key.clone(), at);
        }
    }

    /// Counts a key's deadline in `expires`/`expire_sum` (no-op for `NO_EXPIRE`).
    fn count_deadline(&mut self, at: i64) {
        if at != NO_EXPIRE {
            self.expires += 1;
            self.expire_sum += at as i128;
        }
    }

    /// Undoes `count_deadline`.
    fn forget_deadline(&mut self, at: i64) {
        if at != NO_EXPIRE {
            self.expires -= 1;
            self.expire_sum -= at as i128;
        }
    }

    /// Inserts or replaces a key, keeping the expire count right. Returns the old entry.
    pub fn insert(&mut self, key: &[u8], entry: Entry) -> Option<Entry> {
        let key = Key::new(key);
        let at = entry.expire_at;
        if at != NO_EXPIRE {
            self.wheel.schedule(key.clone(), at);
        }
        self.count_deadline(at);
        let old = self.keys.insert(key, entry);
        if let Some(old) = &old {
            self.forget_deadline(old.expire_at);
        }
        old
    }

    /// Removes a key, keeping the expire count right.
    pub fn remove(&mut self, key: &[u8]) -> Option<Entry> {
        self.remove_entry(key).map(|(_, e)| e)
    }

    /// Removes a key and returns it with its entry, keeping the expire count right.
    pub fn remove_entry(&mut self, key: &[u8]) -> Option<(Key, Entry)> {
        let (k, old) = self.keys.remove_entry(key)?;
        self.forget_deadline(old.expire_at);
        Some((k, old))
    }

    pub fn clear(&mut self) -> Dict<Key, Entry> {
        self.expires = 0;
        self.expire_sum = 0;
        self.wheel = ExpireWheel::default();
        std::mem::take(&mut self.keys)
    }
}

/// One lock's worth of the keyspace: a slice of every database.
pub struct Shard {
    pub dbs: Vec<DbShard>,
    /// WATCHed keys of this shard: key -> the watchers (db, client id, dirty flag).
    pub watched: std::collections::HashMap<Bytes, Vec<Watcher>>,
}

/// A client WATCHing a key: writes to the key set its `dirty` flag (EXEC then fails).
#[derive(Clone)]
pub struct Watcher {
    pub db: usize,
    pub client_id: u64,
    pub dirty: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// The key was already logically expired (but not yet deleted) when WATCHed: its deletion
    /// is then no change, and only a new value counts (Redis's `watchedKey.expired`).
    pub expired: bool,
}

impl Shard {
    /// Marks the watchers of `key` in `db` dirty (Redis's touchWatchedKey).
    pub fn touch_watched(&mut self, db: usize, key: &[u8]) {
        if self.watched.is_empty() {
            return;
        }
        let Some(watchers) = self.watched.get_mut(key) else {
            return;
        };
        let exists = self.dbs[db].keys.contains_key(key);
        for w in watchers.iter_mut().filter(|w| w.db == db) {
            if w.expired {
                if !exists {
                    // The stale key watched is now deleted: logically nothing changed.
                    w.expired = false;
                    continue;
                }
                // As Redis 7.0 does, a stale watch whose key is touched while still present
                // ends the pass over this key's watchers without marking anyone.
                break;
            }
            w.dirty.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// Before `db` is emptied (FLUSHDB/FLUSHALL, `other` None) or swapped with `other`
    /// (SWAPDB): marks dirty the watchers of keys that exist in `db` or in `other`, as Redis's
    /// touchAllWatchedKeysInDb does. A key that was stale when watched and stays missing or
    /// stale, or a missing key replaced by a stale one, is no change.
    pub fn touch_all_watched(&mut self, db: usize, other: Option<usize>) {
        if self.watched.is_empty() {
            return;
        }
        let now = crate::server::clock::now_ms();
        let Shard { dbs, watched } = self;
        for (key, watchers) in watched.iter_mut() {
            let in_emptied = dbs[db].keys.contains_key(&key[..]);
            let replacement = other.and_then(|o| dbs[o].keys.get(&key[..]));
            if !in_emptied && replacement.is_none() {
                continue;
            }
            let replacement_stale = replacement.is_some_and(|e| e.is_expired(now));
            for w in watchers.iter_mut().filter(|w| w.db == db) {
                if w.expired {
                    if replacement.is_none() {
                        w.expired = false;
                        continue;
                    }
                    if replacement_stale {
                        continue;
                    }
                } else if !in_emptied && replacement_stale {
                    w.expired = true;
                    continue;
                }
                w.dirty.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        }
    }
}

/// One database's numbers as INFO keyspace prints them (`db0:keys=1,expires=0,avg_ttl=0`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DbInfo {
    pub keys: usize,
    pub expires: usize,
    /// Average remaining time to live, in ms, of the keys that have one.
    pub avg_ttl: i64,
}

thread_local! {
    /// Set while this thread runs the queue of an EXEC holding every shard lock.
    static EXEC_HOLDS_ALL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// While alive, `Keyspace::lock` on this thread uses the EXEC's locks (see `exec_holds_all`).
pub struct ExecHoldsAll(());

impl Drop for ExecHoldsAll {
    fn drop(&mut self) {
        EXEC_HOLDS_ALL.with(|held| held.set(false));
    }
}

/// A shard reached by `Keyspace::lock`: locked now, or already held by this thread's EXEC.
pub enum ShardGuard<'a> {
    Locked(MutexGuard<'a, Shard>),
    HeldByExec(&'a mut Shard),
}

impl std::ops::Deref for ShardGuard<'_> {
    type Target = Shard;
    fn deref(&self) -> &Shard {
        match self {
            ShardGuard::Locked(guard) => guard,
            ShardGuard::HeldByExec(shard) => shard,
        }
    }
}

impl std::ops::DerefMut for ShardGuard<'_> {
    fn deref_mut(&mut self) -> &mut Shard {
        match self {
            ShardGuard::Locked(guard) => guard,
            ShardGuard::HeldByExec(shard) => shard,
        }
    }
}

pub struct Keyspace {
    shards: Box<[Mutex<Shard>]>,
    databases: usize,
}

impl Keyspace {
    /// `shards` is rounded up to a power of two.
    pub fn new(databases: usize, shards: usize) -> Keyspace {
        let n = shards.max(1).next_power_of_two();
        let shards = (0..n)
            .map(|_| {
                Mutex::new(Shard {
                    dbs: (0..databases).map(|_| DbShard::default()).collect(),
                    watched: Default::default(),
                })
            })
            .collect();
        Keyspace { shards, databases }
    }

    /// A shard count suited to this machine: enough that cores rarely meet on one lock.
    pub fn default_shard_count() -> usize {
        let cores = std::thread::available_parallelism().map_or(4, |n| n.get());
        (cores * 8).clamp(16, 256)
    }

    pub fn databases(&self) -> usize {
        self.databases
    }

    pub fn shard_count(&self) -> usize {
        self.shards.len()
    }

    pub fn shard_of(&self, key: &[u8]) -> usize {
        key_slot(key) as usize & (self.shards.len() - 1)
    }

    /// Locks one shard for code that is not a command's key access (INFO, active expiry, the
    /// WATCH registry). Inside an EXEC that holds every shard (see `ExecHoldsAll`), the shard is
    /// reached through the transaction's lock instead of deadlocking on it.
    pub fn lock(&self, shard: usize) -> ShardGuard<'_> {
        if EXEC_HOLDS_ALL.with(|held| held.get()) {
            // SAFETY: this thread's EXEC holds every shard's lock and, while the queued command
            // that called us runs, does not touch the shards through its own guards.
            return ShardGuard::HeldByExec(unsafe { &mut *self.shards[shard].data_ptr() });
        }
        ShardGuard::Locked(self.shards[shard].lock())
    }

    /// Marks the current thread as running an EXEC that holds every shard lock, until the
    /// returned value is dropped.
    pub fn exec_holds_all(&self) -> ExecHoldsAll {
        EXEC_HOLDS_ALL.with(|held| held.set(true));
        ExecHoldsAll(())
    }

    /// Locks one shard.
    pub fn lock_one(&self, shard: usize) -> ShardLocks<'_> {
        ShardLocks::single(shard, self.shards[shard].lock())
    }

    /// Locks the given shards (any order, duplicates allowed) in ascending order.
    pub fn lock_shards(&self, mut shards: Vec<usize>) -> ShardLocks<'_> {
        shards.sort_unstable();
        shards.dedup();
        if shards.len() == 1 {
            return self.lock_one(shards[0]);
        }
        ShardLocks::new(
            shards
                .into_iter()
                .map(|i| (i, self.shards[i].lock()))
                .collect(),
            false,
        )
    }

    /// Locks the shards holding `keys`.
    pub fn lock_keys<'a, I: IntoIterator<Item = &'a [u8]>>(&self, keys: I) -> ShardLocks<'_> {
        self.lock_shards(keys.into_iter().map(|k| self.shard_of(k)).collect())
    }

    /// Locks every shard (FLUSHALL, SWAPDB, KEYS, SCAN, ...).
    pub fn lock_all(&self) -> ShardLocks<'_> {
        ShardLocks::new(
            self.shards
                .iter()
                .enumerate()
                .map(|(i, m)| (i, m.lock()))
                .collect(),
            true,
        )
    }

    /// INFO keyspace's line for database `db`: keys, keys with a TTL, and their average
    /// remaining TTL in ms (summed shard by shard, not a consistent snapshot).
    pub fn db_info(&self, db: usize, now_ms: i64) -> DbInfo {
        let mut info = DbInfo::default();
        let mut expire_sum: i128 = 0;
        for idx in 0..self.shards.len() {
            let s = self.lock(idx);
            let d = &s.dbs[db];
            info.keys += d.keys.len();
            info.expires += d.expires;
            expire_sum += d.expire_sum;
        }
        if info.expires > 0 {
            info.avg_ttl = (expire_sum / info.expires as i128 - now_ms as i128).max(0) as i64;
        }
        info
    }

    /// Key and expire counts of one database, shard by shard (not a consistent snapshot).
    pub fn db_stats(&self, db: usize) -> (usize, usize) {
        let mut keys = 0;
        let mut expires = 0;
        for shard in self.shards.iter() {
            let s = shard.lock();
            keys += s.dbs[db].keys.len();
            expires += s.dbs[db].expires;
        }
        (keys, expires)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc16_matches_the_crc16_crate() {
        let mut data = Vec::new();
        for i in 0..300u32 {
            assert_eq!(
                crc16_xmodem(&data),
                crc16::State::<crc16::XMODEM>::calculate(&data)
            );
            data.push((i.wrapping_mul(2654435761) >> 13) as u8);
        }
        assert_eq!(crc16_xmodem(b"123456789"), 0x31C3);
    }

    #[test]
    fn slots_match_redis_cluster() {
        // Values from the Redis Cluster specification's examples and redis-cli CLUSTER KEYSLOT.
        assert_eq!(key_slot(b"foo"), 12182);
        assert_eq!(key_slot(b"bar"), 5061);
        assert_eq!(
            key_slot(b"{user1000}.following"),
            key_slot(b"{user1000}.followers")
        );
        assert_eq!(key_slot(b"foo{}{bar}"), key_slot(b"foo{}{bar}"));
        assert_eq!(hash_tag(b"foo{}{bar}"), b"foo{}{bar}");
        assert_eq!(hash_tag(b"foo{{bar}}zap"), b"{bar");
        assert_eq!(hash_tag(b"foo{bar}{zap}"), b"bar");
    }
}
