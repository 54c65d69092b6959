//! What the keyspace stores per key.

use crate::types::{hash::Hash, list::List, set::Set, string::Str, zset::ZSet};

/// `expire_at` of a key without a time to live.
pub const NO_EXPIRE: i64 = -1;

/// Reply text for an operation against a key holding the wrong kind of value.
pub const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

#[derive(Debug, Clone)]
pub enum Value {
    String(Str),
    /// Boxed: a list's own header is the largest of the types, and every key pays for the
    /// largest variant (lists are rarer than strings, hashes and sets of small keys).
    List(Box<List>),
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
        Entry {
            value,
            expire_at: NO_EXPIRE,
            lru: crate::server::clock::lru_clock(),
        }
    }

    /// Records an access (Redis's lookup without LOOKUP_NOTOUCH): refreshes the LRU clock, and
    /// for a shared small integer the clock all keys holding it share.
    pub fn touch(&mut self) {
        let now = crate::server::clock::lru_clock();
        self.lru = now;
        if let Some(n) = self.small_integer() {
            shared_integers::touch(n, now);
        }
    }

    /// The value as one of the small integers Redis shares among all keys (0..9999), if it is.
    pub fn small_integer(&self) -> Option<i64> {
        match &self.value {
            Value::String(s) if s.is_shared_integer() => s.as_i64(),
            _ => None,
        }
    }

    /// The LRU clock OBJECT IDLETIME reads: a shared small integer's common clock when Redis
    /// would share it (`sharing`, see `shared_integers::enabled`), the key's own otherwise.
    pub fn access_clock(&self, sharing: bool) -> u32 {
        match self.small_integer() {
            Some(n) if sharing => shared_integers::clock(n),
            _ => self.lru,
        }
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
        let elapsed = if now >= last {
            now - last
        } else {
            0xffff - last + now
        };
        counter.saturating_sub((elapsed / decay_minutes).min(255) as u8)
    }

    /// Redis counts a key as expired once now is strictly past its deadline.
    pub fn is_expired(&self, now_ms: i64) -> bool {
        self.expire_at != NO_EXPIRE && self.expire_at < now_ms
    }
}

/// Redis keeps one object for each integer from 0 to 9999 and stores it, instead of a new
/// object, whenever a string value is such an integer — unless an LRU/LFU maxmemory policy
/// needs per-key access data. Every key holding the integer then shares that object, hence its
/// refcount (OBJECT REFCOUNT reads 2147483647) and its access clock (OBJECT IDLETIME is the time
/// since any of those keys was last read). Respite stores the integers inline; their common
/// clocks live here, starting when the (first) server starts, as Redis creates them at start-up.
pub mod shared_integers {
    use std::sync::atomic::{AtomicU32, Ordering::Relaxed};
    use std::sync::OnceLock;

    /// How many small integers Redis shares.
    pub const COUNT: usize = crate::types::string::SHARED_INTEGERS as usize;

    fn clocks() -> &'static [AtomicU32] {
        static CLOCKS: OnceLock<Box<[AtomicU32]>> = OnceLock::new();
        CLOCKS.get_or_init(|| {
            let start = crate::server::clock::lru_clock();
            (0..COUNT).map(|_| AtomicU32::new(start)).collect()
        })
    }

    /// Whether values are shared under this maxmemory setting and policy.
    pub fn enabled(maxmemory: u64, policy: &str) -> bool {
        maxmemory == 0 || !(policy.ends_with("-lru") || policy.ends_with("-lfu"))
    }

    /// Sets every clock to now unless already started (called when the server starts).
    pub fn start_clocks() {
        clocks();
    }

    pub fn touch(n: i64, now: u32) {
        clocks()[n as usize].store(now, Relaxed);
    }

    pub fn clock(n: i64) -> u32 {
        clocks()[n as usize].load(Relaxed)
    }
}

/// A value type a command can borrow out of a key: `Ctx::read::<Hash>(key)` gives the hash at
/// `key`, `None` when the key is missing, or the WRONGTYPE error for another type.
pub trait ValueType {
    fn from_value(value: &mut Value) -> Option<&mut Self>;
}

macro_rules! value_type {
    ($type:ty, $variant:ident) => {
        impl ValueType for $type {
            fn from_value(value: &mut Value) -> Option<&mut Self> {
                match value {
                    Value::$variant(v) => Some(v),
                    _ => None,
                }
            }
        }
    };
}

value_type!(Str, String);
impl ValueType for List {
    fn from_value(value: &mut Value) -> Option<&mut Self> {
        match value {
            Value::List(v) => Some(v),
            _ => None,
        }
    }
}
value_type!(Hash, Hash);
value_type!(Set, Set);
value_type!(ZSet, ZSet);
