//! Server-wide counters reported by INFO stats.

use crate::util::counter::Counter;
use parking_lot::Mutex;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

#[derive(Default)]
pub struct Stats {
    pub total_connections_received: AtomicU64,
    pub total_commands_processed: Counter,
    pub rejected_connections: AtomicU64,
    pub expired_keys: AtomicU64,
    pub expired_stale_perc: AtomicU64,
    /// Active expiry passes that ran out of time with expired keys left (INFO
    /// expired_time_cap_reached_count).
    pub expired_time_cap_reached_count: AtomicU64,
    /// Time spent in active expiry, in µs (INFO expire_cycle_cpu_milliseconds).
    pub expire_cycle_time_us: AtomicU64,
    /// Longest time an active expiry pass held one shard's lock, in µs (Respite's own measure,
    /// like the two below: shard visits that found work to do, and those that took over 1 ms).
    pub expire_longest_lock_us: AtomicU64,
    pub expire_lock_holds: AtomicU64,
    pub expire_lock_holds_over_1ms: AtomicU64,
    pub evicted_keys: AtomicU64,
    pub keyspace_hits: Counter,
    pub keyspace_misses: Counter,
    pub net_input_bytes: Counter,
    pub net_output_bytes: Counter,
    pub total_error_replies: AtomicU64,
    pub unexpected_error_replies: AtomicU64,
    pub client_qbuf_limit_disconnections: AtomicU64,
    pub client_outbuf_limit_disconnections: AtomicU64,
    /// Socket reads and writes done for clients (INFO total_reads/writes_processed).
    pub total_reads_processed: Counter,
    pub total_writes_processed: Counter,
    /// Error counts by error code (the first word of the error), for INFO errorstats.
    pub errors: Mutex<BTreeMap<String, u64>>,
    /// (time ms, commands) samples for instantaneous_ops_per_sec.
    pub ops_samples: Mutex<OpsSamples>,
}

/// A ring of per-cron samples from which INFO derives instantaneous rates.
#[derive(Default)]
pub struct OpsSamples {
    last: Option<(i64, u64, u64, u64)>,
    ops: [u64; 16],
    input: [u64; 16],
    output: [u64; 16],
    idx: usize,
}

impl OpsSamples {
    /// Records the counters at `now_ms` (called from the server cron).
    pub fn sample(&mut self, now_ms: i64, ops: u64, input: u64, output: u64) {
        if let Some((t, o, i, w)) = self.last {
            let dt = (now_ms - t).max(1) as u64;
            self.ops[self.idx] = (ops - o) * 1000 / dt;
            self.input[self.idx] = (input - i) * 1000 / dt;
            self.output[self.idx] = (output - w) * 1000 / dt;
            self.idx = (self.idx + 1) % 16;
        }
        self.last = Some((now_ms, ops, input, output));
    }
    pub fn ops_per_sec(&self) -> u64 {
        self.ops.iter().sum::<u64>() / 16
    }
    pub fn input_kbps(&self) -> f64 {
        self.input.iter().sum::<u64>() as f64 / 16.0 / 1024.0
    }
    pub fn output_kbps(&self) -> f64 {
        self.output.iter().sum::<u64>() as f64 / 16.0 / 1024.0
    }
}

impl Stats {
    /// Counts an error reply under its code (`ERR`, `WRONGTYPE`, ...).
    pub fn count_error(&self, text: &str) {
        self.total_error_replies.fetch_add(1, Relaxed);
        let code = text.split(' ').next().unwrap_or("ERR");
        let mut errors = self.errors.lock();
        // Redis stops tracking new codes past 128 to bound memory.
        if errors.len() < 128 || errors.contains_key(code) {
            *errors.entry(code.to_string()).or_default() += 1;
        }
    }

    /// CONFIG RESETSTAT.
    pub fn reset(&self) {
        for c in [
            &self.total_commands_processed,
            &self.keyspace_hits,
            &self.keyspace_misses,
            &self.net_input_bytes,
            &self.net_output_bytes,
            &self.total_reads_processed,
            &self.total_writes_processed,
        ] {
            c.set(0);
        }
        for c in [
            &self.total_connections_received,
            &self.rejected_connections,
            &self.expired_keys,
            &self.expired_time_cap_reached_count,
            &self.expire_cycle_time_us,
            &self.expire_longest_lock_us,
            &self.expire_lock_holds,
            &self.expire_lock_holds_over_1ms,
            &self.evicted_keys,
            &self.total_error_replies,
            &self.unexpected_error_replies,
            &self.client_qbuf_limit_disconnections,
            &self.client_outbuf_limit_disconnections,
        ] {
            c.store(0, Relaxed);
        }
        self.errors.lock().clear();
    }
}
