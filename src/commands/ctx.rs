//! `Ctx`: everything a command handler may use — the server, the calling client, the shards the
//! dispatcher locked for it, one notion of "now", and the side effects of writes.

use super::CommandEntry;
use crate::db::{DbShard, Entry, ShardLocks, Value, NO_EXPIRE};
use crate::protocol::Reply;
use crate::server::client::Client;
use crate::server::Server;
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

/// `'a` is how long the server and the shard locks are borrowed; `'c` the client.
pub struct Ctx<'a, 'c> {
    pub server: &'a Arc<Server>,
    pub client: &'c mut Client,
    pub cmd: &'static CommandEntry,
    /// Unix ms, fixed for the whole command (and for a whole EXEC).
    pub now_ms: i64,
    pub locks: ShardLocks<'a>,
    /// Changes made by this command (adds to the server's dirty counter).
    pub dirty: u64,
    /// Effects to propagate instead of the command itself (EXPIRE -> PEXPIREAT, ...).
    pub rewritten: Option<Vec<Vec<Bytes>>>,
    /// Argument indexes the slow log (and MONITOR) must show as `(redacted)`: passwords.
    pub redacted: Vec<usize>,
    /// Keys this command found expired and deleted, (db, key): their DELs are propagated
    /// before the command's own effects, in the same MULTI/EXEC block (Redis 7.0).
    pub expired: Vec<(usize, Bytes)>,
    /// The command's arguments (keys passed by handlers usually point into them).
    argv: &'c [Bytes],
    /// Shard indexes already computed for argument keys, by (address, length) of the argument:
    /// a command touches the same key several times, and CRC16 is not free.
    shard_memo: [(usize, usize, usize); 16],
    memo_len: usize,
}

impl<'a, 'c> Ctx<'a, 'c> {
    pub fn new(
        server: &'a Arc<Server>,
        client: &'c mut Client,
        cmd: &'static CommandEntry,
        locks: ShardLocks<'a>,
        now_ms: i64,
        argv: &'c [Bytes],
    ) -> Ctx<'a, 'c> {
        let mut shard_memo = [(0, 0, 0); 16];
        let mut memo_len = 0;
        // A single-key command under a single shard lock: the dispatcher found that shard from
        // the key, so the key's shard is known without hashing it again.
        if let (Some(idx), Some(i)) = (locks.single_shard(), cmd.cmd.keys.single_key(argv)) {
            shard_memo[0] = (argv[i].as_ptr() as usize, argv[i].len(), idx);
            memo_len = 1;
        }
        Ctx {
            server,
            client,
            cmd,
            now_ms,
            locks,
            dirty: 0,
            rewritten: None,
            redacted: Vec::new(),
            expired: Vec::new(),
            argv,
            shard_memo,
            memo_len,
        }
    }

    /// The shard index of `key`, memoised for keys that are arguments of this command (their
    /// memory cannot change or be reused while the command runs, so address and length
    /// identify them).
    pub fn shard_index(&mut self, key: &[u8]) -> usize {
        let id = (key.as_ptr() as usize, key.len());
        for &(p, l, shard) in &self.shard_memo[..self.memo_len] {
            if (p, l) == id {
                return shard;
            }
        }
        let shard = self.server.keyspace.shard_of(key);
        if self.memo_len < self.shard_memo.len()
            && self
                .argv
                .iter()
                .any(|a| (a.as_ptr() as usize, a.len()) == id)
        {
            self.shard_memo[self.memo_len] = (id.0, id.1, shard);
            self.memo_len += 1;
        }
        shard
    }

    pub fn db_index(&self) -> usize {
        self.client.db
    }

    /// The current database's part of the shard holding `key`.
    ///
    /// Panics when the command's key spec did not name `key`: the dispatcher locks exactly the
    /// declared keys, so touching another one is a bug in the command table.
    pub fn shard(&mut self, key: &[u8]) -> &mut DbShard {
        let db = self.client.db;
        self.shard_in(db, key)
    }

    /// Like `shard`, in database `db` (MOVE, COPY ... DB).
    pub fn shard_in(&mut self, db: usize, key: &[u8]) -> &mut DbShard {
        let idx = self.shard_index(key);
        match self.locks.get_mut(idx) {
            Some(shard) => &mut shard.dbs[db],
            None => panic!(
                "command '{}' touched a key its key spec does not name",
                self.cmd.full_name
            ),
        }
    }

    /// Looks a key up in the current database, deleting it first if it has expired.
    pub fn lookup(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let db = self.client.db;
        self.lookup_in(db, key)
    }

    pub fn lookup_in(&mut self, db: usize, key: &[u8]) -> Option<&mut Entry> {
        let now = self.now_ms;
        let entry: *mut Entry = self.shard_in(db, key).keys.get_mut(key)?;
        // SAFETY: `entry` points into the locked shard borrowed through `&mut self`; it is either
        // returned with that borrow's lifetime or, when expired, never used again. (A single
        // lookup instead of two; the borrow checker cannot express the conditional return.)
        if unsafe { &*entry }.is_expired(now) {
            self.expire_now(db, key);
            return None;
        }
        Some(unsafe { &mut *entry })
    }

    /// A lookup for reading: counts keyspace hits/misses and refreshes the key's LRU clock.
    pub fn lookup_read(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let server = self.server;
        let db = self.client.db;
        let touch = !self
            .client
            .handle
            .has_flag(crate::server::client::client_flags::NO_TOUCH);
        match self.lookup(key) {
            Some(e) => {
                server.stats.keyspace_hits.fetch_add(1, Relaxed);
                if touch {
                    e.touch();
                }
                Some(e)
            }
            None => {
                server.stats.keyspace_misses.fetch_add(1, Relaxed);
                server.notify_keyspace_event(crate::config::NOTIFY_KEY_MISS, "keymiss", key, db);
                None
            }
        }
    }

    /// `lookup_read` without refreshing the LRU clock (Redis's LOOKUP_NOTOUCH): EXISTS, TYPE,
    /// TTL and OBJECT count hits and misses but must not change a key's idle time.
    pub fn lookup_read_notouch(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let (server, db) = (self.server, self.client.db);
        let found = self.lookup_read_nonotify(key);
        if found.is_none() {
            server.notify_keyspace_event(crate::config::NOTIFY_KEY_MISS, "keymiss", key, db);
        }
        found
    }

    /// `lookup_read_notouch` without the `keymiss` event (Redis's LOOKUP_NONOTIFY: OBJECT).
    pub fn lookup_read_nonotify(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let stats = &self.server.stats;
        let found = self.lookup(key);
        let counter = if found.is_some() {
            &stats.keyspace_hits
        } else {
            &stats.keyspace_misses
        };
        counter.fetch_add(1, Relaxed);
        found
    }

    /// A lookup before modifying a value in place (Redis's lookupKeyWrite): no hit/miss stats,
    /// but the key's LRU clock is refreshed as for a read.
    /// The value at `key` as type `T`, looked up for reading (keyspace hits/misses, LRU):
    /// `Ok(None)` when the key is missing, WRONGTYPE when it holds another type.
    pub fn read<T: crate::db::value::ValueType>(
        &mut self,
        key: &[u8],
    ) -> Result<Option<&mut T>, Reply> {
        match self.lookup_read(key) {
            None => Ok(None),
            Some(e) => T::from_value(&mut e.value)
                .map(Some)
                .ok_or_else(super::errors::wrong_type),
        }
    }

    /// Like `read`, for a command about to change the value (Redis's lookupKeyWrite: no
    /// hit/miss counting).
    pub fn write<T: crate::db::value::ValueType>(
        &mut self,
        key: &[u8],
    ) -> Result<Option<&mut T>, Reply> {
        match self.lookup_write(key) {
            None => Ok(None),
            Some(e) => T::from_value(&mut e.value)
                .map(Some)
                .ok_or_else(super::errors::wrong_type),
        }
    }

    pub fn lookup_write(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let touch = !self
            .client
            .handle
            .has_flag(crate::server::client::client_flags::NO_TOUCH);
        let e = self.lookup(key)?;
        if touch {
            e.touch();
        }
        Some(e)
    }

    /// Shared access to the entry of `key` in the current database, without expiring it or
    /// counting hits: lets a command hold several values at once (SINTER, SUNION, ...) after it
    /// has looked each key up once with `lookup_read`. An expired entry reads as missing.
    pub fn peek(&self, key: &[u8]) -> Option<&Entry> {
        let idx = self.server.keyspace.shard_of(key);
        let Some(shard) = self.locks.get(idx) else {
            panic!(
                "command '{}' touched a key its key spec does not name",
                self.cmd.full_name
            )
        };
        let entry = shard.dbs[self.client.db].keys.get(key)?;
        (!entry.is_expired(self.now_ms)).then_some(entry)
    }

    /// Whether `key` exists (expired keys do not).
    pub fn exists(&mut self, key: &[u8]) -> bool {
        self.lookup(key).is_some()
    }

    /// Deletes an expired key now, as Redis does when it finds one: counts it, notifies
    /// `expired`, and propagates a DEL.
    fn expire_now(&mut self, db: usize, key: &[u8]) {
        let server = self.server;
        if server.clients.paused() {
            // During a client pause the dataset must not change: the key only reads as missing.
            return;
        }
        let idx = server.keyspace.shard_of(key);
        let shard = self.locks.get_mut(idx).expect("key's shard is locked");
        if crate::server::delete_expired_key_for(server, shard, db, key, Some(self.client.id())) {
            self.expired.push((db, Bytes::copy_from_slice(key)));
        }
    }

    /// Stores `value` under `key` as SET does: replaces any old value and, unless `keep_ttl`,
    /// its TTL. Returns the old entry.
    pub fn set(&mut self, key: &Bytes, value: Value, keep_ttl: bool) -> Option<Entry> {
        let now = self.now_ms;
        let shard = self.shard(key);
        let mut entry = Entry::new(value);
        if keep_ttl {
            if let Some(old) = shard.keys.get(&key[..]) {
                if !old.is_expired(now) {
                    entry.expire_at = old.expire_at;
                }
            }
        }
        let old = shard.insert(key, entry);
        if let Some(n) = old.as_ref().and_then(Entry::small_integer) {
            // Redis looks the old value up for writing first, touching the shared integer.
            crate::db::value::shared_integers::touch(n, crate::server::clock::lru_clock());
        }
        if old.as_ref().is_none_or(|e| e.is_expired(now)) {
            self.notify(crate::config::NOTIFY_NEW, "new", key);
        }
        old
    }

    /// Adds a key known not to exist.
    pub fn add(&mut self, key: &Bytes, value: Value) {
        self.shard(key).insert(key, Entry::new(value));
        self.notify(crate::config::NOTIFY_NEW, "new", key);
    }

    /// Deletes a key; true if it existed (and had not expired).
    pub fn delete(&mut self, key: &[u8]) -> bool {
        if self.lookup(key).is_none() {
            return false;
        }
        self.shard(key).remove(key).is_some()
    }

    /// Sets or clears (`NO_EXPIRE`) the deadline of an existing key.
    pub fn set_expire(&mut self, key: &[u8], at: i64) {
        let shard = self.shard(key);
        if let Some((k, e)) = shard.keys.get_key_value(key) {
            let (k, old) = (k.clone(), e.expire_at);
            shard.keys.get_mut(key).expect("present").expire_at = at;
            shard.note_expire_change(&k, old, at);
        }
    }

    /// Remaining TTL in ms, -1 without expire, None when the key does not exist.
    pub fn ttl_ms(&mut self, key: &[u8]) -> Option<i64> {
        let now = self.now_ms;
        let e = self.lookup_read(key)?;
        Some(if e.expire_at == NO_EXPIRE {
            -1
        } else {
            (e.expire_at - now).max(0)
        })
    }

    /// The bookkeeping after a write to `key`: counts a change, tells watchers and trackers the
    /// key changed, and publishes the keyspace event `event` of class `class`.
    pub fn written(&mut self, key: &[u8], class: u32, event: &str) {
        self.dirty += 1;
        self.modified(key);
        self.notify(class, event, key);
    }

    /// Redis's signalModifiedKey: invalidates WATCHes and client-side caches of `key`.
    pub fn modified(&mut self, key: &[u8]) {
        let db = self.client.db;
        self.modified_in(db, key);
    }

    /// `modified` for a key of database `db` (MOVE, COPY ... DB).
    pub fn modified_in(&mut self, db: usize, key: &[u8]) {
        let idx = self.shard_index(key);
        if let Some(shard) = self.locks.get_mut(idx) {
            shard.touch_watched(db, key);
        }
        // Clients blocked on the key (BLPOP & co) get a chance once this command is done.
        crate::server::blocking::signal_key(self.server, db, key);
        if self.server.tracking.is_active() {
            let id = Some(self.client.id());
            let cause = crate::server::tracking::Cause {
                current: id,
                writer: id,
            };
            // A blocked client's re-run command gets its own invalidations after its reply.
            let rerun = crate::server::blocking::rerunning(self);
            let deferred = rerun.then_some(&mut self.client.ext.tracking_deferred);
            self.server
                .tracking
                .invalidate(self.server, key, cause, deferred);
        }
    }

    /// Publishes a keyspace notification when `notify-keyspace-events` enables `class`.
    pub fn notify(&mut self, class: u32, event: &str, key: &[u8]) {
        let db = self.client.db;
        self.notify_in(db, class, event, key);
    }

    /// `notify` for a key of database `db` (MOVE, COPY ... DB).
    pub fn notify_in(&mut self, db: usize, class: u32, event: &str, key: &[u8]) {
        self.server.notify_keyspace_event(class, event, key, db);
    }

    /// Replaces what is propagated to AOF/replicas for this command.
    pub fn propagate_as(&mut self, argv: Vec<Bytes>) {
        self.rewritten.get_or_insert_with(Vec::new).push(argv);
    }

    /// Shortcut for handlers: a typed view of a key or WRONGTYPE.
    pub fn wrong_type() -> Reply {
        super::errors::wrong_type()
    }
}
