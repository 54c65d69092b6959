//! The per-command latency histogram behind INFO latencystats: an HDR histogram with the
//! parameters Redis uses (values from 1 ns to 1 s, two significant digits), so percentiles
//! come out with the same bucket boundaries (`p50=1.003` for a 1 µs command). Counts are
//! atomic so every connection task records without a lock; the 24 KiB of counters are
//! allocated on a command's first call.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::OnceLock;

const LOWEST: u64 = 1;
const HIGHEST: u64 = 1_000_000_000;
/// 2 significant digits: 2 * 10^2 values need single-unit resolution, so 256 sub-buckets.
const SUB_BUCKET_COUNT_MAGNITUDE: u32 = 8;
const SUB_BUCKET_HALF_COUNT_MAGNITUDE: u32 = SUB_BUCKET_COUNT_MAGNITUDE - 1;
const SUB_BUCKET_COUNT: u64 = 1 << SUB_BUCKET_COUNT_MAGNITUDE;
const SUB_BUCKET_HALF_COUNT: u64 = SUB_BUCKET_COUNT / 2;
const SUB_BUCKET_MASK: u64 = SUB_BUCKET_COUNT - 1;

/// Buckets needed to cover `HIGHEST` (each doubles the range of the previous one).
const fn bucket_count() -> usize {
    let mut smallest_untrackable = SUB_BUCKET_COUNT;
    let mut buckets = 1;
    while smallest_untrackable <= HIGHEST {
        smallest_untrackable <<= 1;
        buckets += 1;
    }
    buckets
}

const COUNTS_LEN: usize = (bucket_count() + 1) * SUB_BUCKET_HALF_COUNT as usize;

fn bucket_index(value: u64) -> u32 {
    (64 - (value | SUB_BUCKET_MASK).leading_zeros()) - (SUB_BUCKET_HALF_COUNT_MAGNITUDE + 1)
}

fn counts_index(value: u64) -> usize {
    let bucket = bucket_index(value);
    let sub_bucket = value >> bucket;
    // In bucket 0 the sub-bucket may be below the half count: the offset is then negative.
    let base = ((bucket + 1) as u64) << SUB_BUCKET_HALF_COUNT_MAGNITUDE;
    (base + sub_bucket - SUB_BUCKET_HALF_COUNT) as usize
}

/// The lowest value counted at `index`.
fn value_at_index(index: usize) -> u64 {
    let mut bucket = (index >> SUB_BUCKET_HALF_COUNT_MAGNITUDE) as i64 - 1;
    let mut sub_bucket = (index as u64 & (SUB_BUCKET_HALF_COUNT - 1)) + SUB_BUCKET_HALF_COUNT;
    if bucket < 0 {
        sub_bucket -= SUB_BUCKET_HALF_COUNT;
        bucket = 0;
    }
    sub_bucket << bucket
}

/// The width of the range of values counted together with `value`.
fn equivalent_range(value: u64) -> u64 {
    let bucket = bucket_index(value);
    let sub_bucket = value >> bucket;
    let adjusted = if sub_bucket >= SUB_BUCKET_COUNT {
        bucket + 1
    } else {
        bucket
    };
    1 << adjusted
}

fn lowest_equivalent(value: u64) -> u64 {
    let bucket = bucket_index(value);
    (value >> bucket) << bucket
}

fn highest_equivalent(value: u64) -> u64 {
    lowest_equivalent(value) + equivalent_range(value) - 1
}

/// A latency histogram that every worker thread records into without contention: each thread
/// counts into its own copy (see `util::counter`), and reads merge the copies.
#[derive(Default)]
pub struct LatencyHistogram {
    shards: [OnceLock<Box<[AtomicU64]>>; crate::util::counter::SLOTS],
    total: crate::util::counter::Counter,
}

impl LatencyHistogram {
    /// Records one command that took `usec` microseconds (kept in nanoseconds, as Redis does).
    pub fn record_usec(&self, usec: u64) {
        let ns = usec.saturating_mul(1000).clamp(LOWEST, HIGHEST);
        let counts = self.shards[crate::util::counter::slot()]
            .get_or_init(|| (0..COUNTS_LEN).map(|_| AtomicU64::new(0)).collect());
        counts[counts_index(ns)].fetch_add(1, Relaxed);
        self.total.add(1);
    }

    pub fn count(&self) -> u64 {
        self.total.get()
    }

    /// The per-bucket counts of all threads added up; None before the first record.
    fn merged(&self) -> Option<Vec<u64>> {
        let mut merged: Option<Vec<u64>> = None;
        for shard in self.shards.iter().filter_map(|s| s.get()) {
            let m = merged.get_or_insert_with(|| vec![0; COUNTS_LEN]);
            for (sum, c) in m.iter_mut().zip(shard.iter()) {
                *sum += c.load(Relaxed);
            }
        }
        merged
    }

    /// The value (ns) at `percentile` (0..=100), as hdr_value_at_percentile computes it.
    pub fn value_at_percentile(&self, percentile: f64) -> u64 {
        let Some(counts) = self.merged() else {
            return 0;
        };
        let requested = percentile.min(100.0);
        let wanted = ((requested / 100.0 * self.count() as f64) + 0.5) as u64;
        let wanted = wanted.max(1);
        let mut seen = 0;
        for (index, count) in counts.iter().enumerate() {
            seen += count;
            if seen >= wanted {
                let value = value_at_index(index);
                return if percentile == 0.0 {
                    lowest_equivalent(value)
                } else {
                    highest_equivalent(value)
                };
            }
        }
        0
    }

    /// LATENCY HISTOGRAM's distribution: walking powers of two from 1024 ns (Redis's
    /// logarithmic iteration, base 2), `(highest value of the step in µs, calls up to it)` for
    /// every step where the cumulative count grows.
    pub fn log2_cdf_usec(&self) -> Vec<(u64, u64)> {
        let mut out = Vec::new();
        let Some(counts) = self.merged() else {
            return out;
        };
        let total = self.count();
        let (mut cumulative, mut next_index, mut level) = (0u64, 0usize, 1024u64);
        while cumulative < total && next_index < counts.len() {
            let last = counts_index(level).min(counts.len() - 1);
            let before = cumulative;
            while next_index <= last {
                cumulative += counts[next_index];
                next_index += 1;
            }
            if cumulative > before {
                out.push((highest_equivalent(level) / 1000, cumulative));
            }
            level *= 2;
        }
        out
    }

    pub fn reset(&self) {
        for counts in self.shards.iter().filter_map(|s| s.get()) {
            for c in counts.iter() {
                c.store(0, Relaxed);
            }
        }
        self.total.set(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log2_cdf_matches_latency_histogram() {
        // redis-server 7.0 reports two SETs of 1 and 4 µs as {1: 1, 4: 2}.
        let h = LatencyHistogram::default();
        assert!(h.log2_cdf_usec().is_empty());
        h.record_usec(1);
        h.record_usec(4);
        assert_eq!(h.log2_cdf_usec(), vec![(1, 1), (4, 2)]);
        h.record_usec(60);
        h.record_usec(5_000_000); // clamped to 1 s
        assert_eq!(
            h.log2_cdf_usec(),
            vec![(1, 1), (4, 2), (66, 3), (1_082_130, 4)]
        );
    }

    #[test]
    fn redis_bucket_boundaries() {
        // What redis-server 7.0 prints for a 1 µs and a 9 µs command.
        let h = LatencyHistogram::default();
        h.record_usec(1);
        assert_eq!(h.value_at_percentile(50.0), 1003);
        assert_eq!(h.value_at_percentile(0.0), 1000);
        let h = LatencyHistogram::default();
        h.record_usec(9);
        assert_eq!(h.value_at_percentile(99.9), 9023);
        assert_eq!(COUNTS_LEN, 24 * 128);
        // Sub-microsecond values land in the first bucket, one count per nanosecond.
        assert_eq!(counts_index(1), 1);
        assert_eq!(value_at_index(counts_index(100)), 100);
        let h = LatencyHistogram::default();
        h.record_usec(0);
        assert_eq!(h.value_at_percentile(50.0), 1);
    }

    #[test]
    fn percentiles_and_reset() {
        let h = LatencyHistogram::default();
        for usec in 1..=100 {
            h.record_usec(usec);
        }
        assert_eq!(h.count(), 100);
        let p50 = h.value_at_percentile(50.0);
        assert!((50_000..51_000).contains(&p50), "{p50}");
        let p100 = h.value_at_percentile(100.0);
        assert!((100_000..101_000).contains(&p100), "{p100}");
        // Over a second is counted as a second.
        h.record_usec(5_000_000);
        assert!(h.value_at_percentile(100.0) >= HIGHEST);
        h.reset();
        assert_eq!(h.count(), 0);
        assert_eq!(h.value_at_percentile(50.0), 0);
    }
}
