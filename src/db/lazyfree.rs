//! Lazy freeing: big values removed from the keyspace are dropped on a background thread, so
//! that UNLINK, FLUSHALL ASYNC and the `lazyfree-lazy-*` options never make a client wait for
//! millions of deallocations.
//!
//! As in Redis, only values whose freeing takes real work go to the background: a value's
//! "free effort" is roughly the number of allocations it owns, and anything at or below
//! `LAZYFREE_THRESHOLD` is cheaper to drop in place than to hand over.

use super::{Entry, Value};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::mpsc::{channel, Sender};
use std::sync::OnceLock;

/// Values with a free effort above this are dropped in the background (Redis's value).
pub const LAZYFREE_THRESHOLD: usize = 64;

/// Something the background thread drops.
type Garbage = Box<dyn Send>;

/// Objects handed to the background thread and not yet freed (INFO lazyfree_pending_objects).
static PENDING: AtomicU64 = AtomicU64::new(0);
/// Objects the background thread has freed (INFO lazyfreed_objects).
static FREED: AtomicU64 = AtomicU64::new(0);

/// How much work dropping `value` takes: about one unit per allocation it owns.
pub fn free_effort(value: &Value) -> usize {
    match value {
        Value::String(_) => 1,
        Value::List(l) => l.len(),
        Value::Hash(h) => h.len(),
        Value::Set(s) => s.len(),
        Value::ZSet(z) => z.len(),
    }
}

/// Drops a removed entry: in the background when `lazy` and its value is big, in place
/// otherwise.
pub fn drop_entry(entry: Entry, lazy: bool) {
    if lazy && free_effort(&entry.value) > LAZYFREE_THRESHOLD {
        drop_in_background(Box::new(entry));
    }
    // Otherwise `entry` is freed here, on the caller's thread.
}

/// Hands `garbage` (a value, a whole emptied database...) to the background thread.
pub fn drop_in_background(garbage: Garbage) {
    static SENDER: OnceLock<Sender<Garbage>> = OnceLock::new();
    let sender = SENDER.get_or_init(|| {
        let (tx, rx) = channel::<Garbage>();
        std::thread::Builder::new()
            .name("respite-lazyfree".into())
            .spawn(move || {
                for garbage in rx {
                    drop(garbage);
                    PENDING.fetch_sub(1, Relaxed);
                    FREED.fetch_add(1, Relaxed);
                }
            })
            .expect("spawn the lazyfree thread");
        tx
    });
    PENDING.fetch_add(1, Relaxed);
    if let Err(returned) = sender.send(garbage) {
        // The thread is gone (process shutting down): free in place.
        PENDING.fetch_sub(1, Relaxed);
        drop(returned.0);
    }
}

/// (pending, freed) object counts for INFO memory/stats.
pub fn counters() -> (u64, u64) {
    (PENDING.load(Relaxed), FREED.load(Relaxed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::string::Str;
    use bytes::Bytes;

    #[test]
    fn background_drops_are_counted() {
        let (_, freed_before) = counters();
        drop_in_background(Box::new(vec![0u8; 1024]));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while counters().1 == freed_before {
            assert!(
                std::time::Instant::now() < deadline,
                "background thread never freed the object"
            );
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    #[test]
    fn small_values_are_freed_in_place() {
        assert_eq!(
            free_effort(&Value::String(Str::from_bytes(Bytes::from_static(b"v")))),
            1
        );
    }
}
