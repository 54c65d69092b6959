//! What the keyspace stores per key.

use crate::types::{hash::Hash, list::List, set::Set, string::Str, zset::ZSet};

/// `expire_at` of a key without a time to live.
pub const NO_EXPIRE: i64 = -1;

/// Reply text for an operation against a key holding the wrong kind of value.
pub const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

#[derive(Debug, Clone)]
pub enum Value {
    String(Str),
    List(List),
    Hash(Hash),
    Set(Set),
    ZSet(ZSet),
}

impl Value {
    /// The name TYPE reports.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::List(_) => "list",
            Value::Hash(_) => "hash",
            Value::Set(_) => "set",
            Value::ZSet(_) => "zset",
        }
    }

    /// The name OBJECT ENCODING reports.
    pub fn encoding_name(&self) -> &'static str {
        match self {
            Value::String(s) => s.encoding_name(),
            Value::List(l) => l.encoding_name(),
            Value::Hash(h) => h.encoding_name(),
            Value::Set(s) => s.encoding_name(),
            Value::ZSet(z) => z.encoding_name(),
        }
    }
}

/// A key's value and metadata.
#[derive(Debug, Clone)]
pub struct Entry {
    pub value: Value,
    /// Unix time in milliseconds at which the key expires, or `NO_EXPIRE`.
    pub expire_at: i64,
    /// LRU clock (seconds, 24 bits as in Redis) of the last access, or the LFU counter.
    pub lru: u32,
}

impl Entry {
    pub fn new(value: Value) -> Entry {
        Entry { value, expire_at: NO_EXPIRE, lru: crate::server::clock::lru_clock() }
    }

    /// The LFU counter kept in `lru` under an LFU maxmemory policy (Redis's layout: minutes of
    /// the last decrement in the top 16 bits, a logarithmic counter in the low 8), less one
    /// for every `decay_minutes` elapsed since: what OBJECT FREQ reports (LFUDecrAndReturn).
    pub fn lfu_counter(&self, decay_minutes: u32) -> u8 {
        let counter = (self.lru & 0xff) as u8;
        if decay_minutes == 0 {
            return counter;
        }
        let last = (self.lru >> 8) & 0xffff;
        let now = ((crate::server::clock::now_ms() / 60_000) & 0xffff) as u32;
        let elapsed = if now >= last { now - last } else { 0xffff - last + now };
        counter.saturating_sub((elapsed / decay_minutes).min(255) as u8)
    }

    /// Redis counts a key as expired once now is strictly past its deadline.
    pub fn is_expired(&self, now_ms: i64) -> bool {
        self.expire_at != NO_EXPIRE && self.expire_at < now_ms
    }
}
