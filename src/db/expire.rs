//! Active expiry's index: a coarse timer wheel per database shard, which lets the server's cron
//! find expired keys without scanning. (Expired keys are deleted by
//! `crate::server::delete_expired_key`, whichever way they are found.)
//!
//! Keys with a TTL are filed under the 16 ms bucket of their deadline. The cron pops buckets
//! whose whole span is in the past and deletes the keys that are really expired. Entries go
//! stale when a key's TTL changes or the key is deleted: they are checked against the key's real
//! deadline when popped, and when stale entries pile up a compaction sweep drops them a few at a
//! time (never a whole rebuild under the shard lock).

use super::Key;
use super::NO_EXPIRE;
use std::collections::BTreeMap;

/// log2 of a bucket's span in ms.
const BUCKET_SHIFT: u32 = 4;
/// Stale entries tolerated beyond twice the live ones before a compaction sweep starts.
const STALE_SLACK: usize = 1024;

/// The wheel bucket a deadline is filed under.
fn bucket_of(at: i64) -> i64 {
    at >> BUCKET_SHIFT
}

#[derive(Default, Debug)]
pub struct ExpireWheel {
    buckets: BTreeMap<i64, Vec<Key>>,
    entries: usize,
    /// Entries left by the last compaction sweep: a new sweep starts only once the wheel has
    /// grown well past it, so live duplicates cannot make sweeps run back to back.
    baseline: usize,
    sweep: Option<Sweep>,
}

/// A compaction sweep in progress: it walks the future buckets in order, keeping the live
/// entries of each at the front (`kept`) and truncating the rest when the bucket is done.
#[derive(Debug, Clone, Copy)]
struct Sweep {
    bucket: i64,
    /// Entries of `bucket` examined so far.
    read: usize,
    /// Live entries among them, moved to the front.
    kept: usize,
}

impl ExpireWheel {
    pub fn schedule(&mut self, key: Key, at: i64) {
        self.buckets.entry(bucket_of(at)).or_default().push(key);
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
    pub fn pop_due(&mut self, now_ms: i64, max: usize, out: &mut Vec<Key>) {
        let due_before = bucket_of(now_ms); // buckets below this one are entirely past
        while out.len() < max {
            let Some(mut first) = self.buckets.first_entry() else {
                return;
            };
            let bucket = *first.key();
            if bucket >= due_before {
                return;
            }
            if let Some(sweep) = &mut self.sweep {
                if sweep.bucket == bucket {
                    // Popping from the end would disturb the sweep's positions; its work so far
                    // only reordered the bucket, so restart it from the front.
                    sweep.read = 0;
                    sweep.kept = 0;
                }
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

    /// Whether a compaction sweep is running or should start, given how many keys of this
    /// database shard really have a deadline.
    pub fn needs_compaction(&self, live_expires: usize) -> bool {
        self.sweep.is_some() || self.entries > 2 * live_expires.max(self.baseline) + STALE_SLACK
    }

    /// Advances the compaction sweep by up to `budget` entries, starting one at the first
    /// bucket not yet due if none runs. `is_live(key, bucket)` tells whether the key still
    /// expires within `bucket`; other entries are dropped. Returns true while the sweep has
    /// work left.
    pub fn compact(
        &mut self,
        now_ms: i64,
        budget: usize,
        mut is_live: impl FnMut(&[u8], i64) -> bool,
    ) -> bool {
        let mut sweep = match self.sweep.take() {
            Some(s) => s,
            None => match self.buckets.range(bucket_of(now_ms)..).next() {
                Some((&bucket, _)) => Sweep {
                    bucket,
                    read: 0,
                    kept: 0,
                },
                None => {
                    self.baseline = self.entries;
                    return false;
                }
            },
        };
        let mut done = 0;
        while done < budget {
            let Some(keys) = self.buckets.get_mut(&sweep.bucket) else {
                // Popped meanwhile: go on with the next bucket.
                match self.next_bucket(sweep.bucket) {
                    Some(b) => {
                        sweep = Sweep {
                            bucket: b,
                            read: 0,
                            kept: 0,
                        }
                    }
                    None => return self.finish_sweep(),
                }
                continue;
            };
            while sweep.read < keys.len() && done < budget {
                if is_live(&keys[sweep.read], sweep.bucket) {
                    keys.swap(sweep.kept, sweep.read);
                    sweep.kept += 1;
                }
                sweep.read += 1;
                done += 1;
            }
            if sweep.read < keys.len() {
                break; // out of budget inside this bucket
            }
            self.entries -= keys.len() - sweep.kept;
            keys.truncate(sweep.kept);
            if keys.is_empty() {
                self.buckets.remove(&sweep.bucket);
            }
            match self.next_bucket(sweep.bucket) {
                Some(b) => {
                    sweep = Sweep {
                        bucket: b,
                        read: 0,
                        kept: 0,
                    }
                }
                None => return self.finish_sweep(),
            }
        }
        self.sweep = Some(sweep);
        true
    }

    fn next_bucket(&self, after: i64) -> Option<i64> {
        self.buckets.range(after + 1..).next().map(|(&b, _)| b)
    }

    fn finish_sweep(&mut self) -> bool {
        self.sweep = None;
        self.baseline = self.entries;
        false
    }
}

/// The liveness test of a compaction sweep: does `entry_at` (a key's real deadline) still
/// fall within wheel bucket `bucket`?
pub fn deadline_in_bucket(entry_at: i64, bucket: i64) -> bool {
    entry_at != NO_EXPIRE && bucket_of(entry_at) == bucket
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_only_past_buckets() {
        let mut w = ExpireWheel::default();
        w.schedule(Key::from("a"), 100);
        w.schedule(Key::from("b"), 1000);
        let mut out = Vec::new();
        w.pop_due(100, 10, &mut out);
        assert!(out.is_empty(), "bucket of 100 still runs until 111");
        w.pop_due(120, 10, &mut out);
        assert_eq!(out, vec![Key::from("a")]);
        out.clear();
        w.pop_due(5000, 10, &mut out);
        assert_eq!(out, vec![Key::from("b")]);
        assert!(w.is_empty());
    }

    #[test]
    fn respects_max() {
        let mut w = ExpireWheel::default();
        for i in 0..10 {
            w.schedule(Key::from(format!("k{i}").as_str()), i);
        }
        let mut out = Vec::new();
        w.pop_due(1000, 4, &mut out);
        assert_eq!(out.len(), 4);
        assert_eq!(w.len(), 6);
    }

    /// A key whose deadline keeps moving leaves stale entries; compaction in small steps
    /// drops them and keeps exactly the live ones.
    #[test]
    fn compaction_drops_stale_entries_in_bounded_steps() {
        let mut w = ExpireWheel::default();
        let mut deadline = std::collections::HashMap::new();
        for round in 0..10 {
            for k in 0..1000 {
                let at = 10_000 + round * 100 + k;
                w.schedule(Key::from(format!("k{k}").as_str()), at);
                deadline.insert(format!("k{k}"), at);
            }
        }
        assert_eq!(w.len(), 10_000);
        assert!(w.needs_compaction(deadline.len()));
        let mut steps = 0;
        let is_live = |key: &[u8], bucket: i64| {
            deadline_in_bucket(deadline[std::str::from_utf8(key).unwrap()], bucket)
        };
        while w.compact(0, 100, is_live) {
            steps += 1;
            assert!(steps < 1000, "sweep never ends");
        }
        assert!(steps >= 90, "each step handled at most 100 entries");
        // Keys of round 9 are live; a few stale entries may share a bucket with their live one.
        assert!(
            w.len() >= 1000 && w.len() < 1100,
            "{} entries left",
            w.len()
        );
        assert!(!w.needs_compaction(deadline.len()));
        let mut out = Vec::new();
        w.pop_due(i64::MAX, usize::MAX, &mut out);
        let unique: std::collections::HashSet<_> = out.iter().collect();
        assert_eq!(unique.len(), 1000, "every live key is still filed");
    }

    #[test]
    fn popping_the_bucket_under_sweep_restarts_it_safely() {
        let mut w = ExpireWheel::default();
        for k in 0..3000 {
            w.schedule(Key::from(format!("k{k}").as_str()), 100);
        }
        // Every entry is live: start a sweep, pop a few while it is half way, finish it.
        assert!(w.compact(0, 10, |_, _| true));
        let mut out = Vec::new();
        w.pop_due(1000, 5, &mut out);
        while w.compact(0, 10, |_, _| true) {}
        out.clear();
        w.pop_due(1000, usize::MAX, &mut out);
        assert_eq!(w.len(), 0);
        let unique: std::collections::HashSet<_> = out.iter().collect();
        assert_eq!(unique.len(), 2995, "no live entry may be lost");
    }
}
