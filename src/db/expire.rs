//! Active expiry: a coarse timer wheel per database shard.
//!
//! Keys with a TTL are filed under the 16 ms bucket of their deadline. The server's expiry task
//! pops buckets whose whole span is in the past and deletes the keys that are really expired.
//! Entries go stale when a key's TTL changes or the key is deleted; they are checked against the
//! key's real deadline when popped, and the wheel is rebuilt when stale entries pile up.

use bytes::Bytes;
use std::collections::BTreeMap;

const BUCKET_SHIFT: u32 = 4;

#[derive(Default, Debug)]
pub struct ExpireWheel {
    buckets: BTreeMap<i64, Vec<Bytes>>,
    entries: usize,
}

impl ExpireWheel {
    pub fn schedule(&mut self, key: Bytes, at: i64) {
        self.buckets.entry(at >> BUCKET_SHIFT).or_default().push(key);
        self.entries += 1;
    }

    /// Number of filed entries, stale ones included.
    pub fn len(&self) -> usize {
        self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries == 0
    }

    /// Takes up to `max` keys from buckets lying wholly before `now_ms`. The caller checks each
    /// key's real deadline.
    pub fn pop_due(&mut self, now_ms: i64, max: usize, out: &mut Vec<Bytes>) {
        let due_before = now_ms >> BUCKET_SHIFT; // buckets < this one are entirely past
        while out.len() < max {
            let Some(mut first) = self.buckets.first_entry() else { return };
            if *first.key() >= due_before {
                return;
            }
            let keys = first.get_mut();
            let take = (max - out.len()).min(keys.len());
            let start = keys.len() - take;
            out.extend(keys.drain(start..));
            self.entries -= take;
            if keys.is_empty() {
                first.remove();
            }
        }
    }

    /// True when more than half the entries are stale (given how many keys really expire).
    pub fn needs_rebuild(&self, live_expires: usize) -> bool {
        self.entries > 2 * live_expires + 1024
    }

    /// Refiles exactly the given (key, deadline) pairs, dropping every stale entry.
    pub fn rebuild<'a>(&mut self, live: impl Iterator<Item = (&'a Bytes, i64)>) {
        self.buckets.clear();
        self.entries = 0;
        for (key, at) in live {
            self.schedule(key.clone(), at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_only_past_buckets() {
        let mut w = ExpireWheel::default();
        w.schedule(Bytes::from("a"), 100);
        w.schedule(Bytes::from("b"), 1000);
        let mut out = Vec::new();
        w.pop_due(100, 10, &mut out);
        assert!(out.is_empty(), "bucket of 100 still runs until 111");
        w.pop_due(120, 10, &mut out);
        assert_eq!(out, vec![Bytes::from("a")]);
        out.clear();
        w.pop_due(5000, 10, &mut out);
        assert_eq!(out, vec![Bytes::from("b")]);
        assert!(w.is_empty());
    }

    #[test]
    fn respects_max() {
        let mut w = ExpireWheel::default();
        for i in 0..10 {
            w.schedule(Bytes::from(format!("k{i}")), i);
        }
        let mut out = Vec::new();
        w.pop_due(1000, 4, &mut out);
        assert_eq!(out.len(), 4);
        assert_eq!(w.len(), 6);
    }
}
