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

pub struct Ctx<'a> {
    pub server: &'a Arc<Server>,
    pub client: &'a mut Client,
    pub cmd: &'static CommandEntry,
    /// Unix ms, fixed for the whole command (and for a whole EXEC).
    pub now_ms: i64,
    pub locks: ShardLocks<'a>,
    /// Changes made by this command (adds to the server's dirty counter).
    pub dirty: u64,
    /// Effects to propagate instead of the command itself (EXPIRE -> PEXPIREAT, ...).
    pub rewritten: Option<Vec<Vec<Bytes>>>,
    /// Expired keys deleted while looking keys up; propagated as DEL before the command.
    pub expired: Vec<(usize, Bytes)>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        server: &'a Arc<Server>,
        client: &'a mut Client,
        cmd: &'static CommandEntry,
        locks: ShardLocks<'a>,
        now_ms: i64,
    ) -> Ctx<'a> {
        Ctx { server, client, cmd, now_ms, locks, dirty: 0, rewritten: None, expired: Vec::new() }
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
        let idx = self.server.keyspace.shard_of(key);
        match self.locks.get_mut(idx) {
            Some(shard) => &mut shard.dbs[db],
            None => panic!("command '{}' touched a key its key spec does not name", self.cmd.full_name),
        }
    }

    /// Looks a key up in the current database, deleting it first if it has expired.
    pub fn lookup(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let db = self.client.db;
        self.lookup_in(db, key)
    }

    pub fn lookup_in(&mut self, db: usize, key: &[u8]) -> Option<&mut Entry> {
        let now = self.now_ms;
        let expired = matches!(self.shard_in(db, key).keys.get(key), Some(e) if e.is_expired(now));
        if expired {
            self.expire_now(db, key);
            return None;
        }
        self.shard_in(db, key).keys.get_mut(key)
    }

    /// A lookup for reading: counts keyspace hits/misses and refreshes the key's LRU clock.
    pub fn lookup_read(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let server = self.server;
        let touch = !self.client.handle.has_flag(crate::server::client::client_flags::NO_TOUCH);
        match self.lookup(key) {
            Some(e) => {
                server.stats.keyspace_hits.fetch_add(1, Relaxed);
                if touch {
                    e.lru = crate::server::clock::lru_clock();
                }
                Some(e)
            }
            None => {
                server.stats.keyspace_misses.fetch_add(1, Relaxed);
                None
            }
        }
    }

    /// Whether `key` exists (expired keys do not).
    pub fn exists(&mut self, key: &[u8]) -> bool {
        self.lookup(key).is_some()
    }

    /// Deletes an expired key now, as Redis does when it finds one: counts it, notifies
    /// `expired`, and propagates a DEL.
    fn expire_now(&mut self, db: usize, key: &[u8]) {
        if let Some((k, _)) = self.shard_in(db, key).keys.remove_entry(key) {
            let shard = self.shard_in(db, key);
            shard.expires -= 1;
            self.server.stats.expired_keys.fetch_add(1, Relaxed);
            self.expired.push((db, k));
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
        shard.insert(key.clone(), entry)
    }

    /// Adds a key known not to exist.
    pub fn add(&mut self, key: &Bytes, value: Value) {
        self.shard(key).insert(key.clone(), Entry::new(value));
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
        Some(if e.expire_at == NO_EXPIRE { -1 } else { (e.expire_at - now).max(0) })
    }

    /// The bookkeeping after a write to `key`: counts a change, tells watchers and trackers the
    /// key changed, and publishes the keyspace event `event` of class `class`.
    pub fn written(&mut self, key: &[u8], class: u32, event: &str) {
        self.dirty += 1;
        self.modified(key);
        self.notify(class, event, key);
    }

    /// Redis's signalModifiedKey: invalidates WATCHes and client-side caches of `key`.
    pub fn modified(&mut self, _key: &[u8]) {
        // Transactions (WATCH) and client tracking hook in here.
    }

    /// Publishes a keyspace notification when `notify-keyspace-events` enables `class`.
    pub fn notify(&mut self, _class: u32, _event: &str, _key: &[u8]) {
        // Keyspace notifications hook in here once pub/sub exists.
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
