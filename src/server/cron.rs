//! Periodic work, run `hz` times a second: active expiry, idle-client timeouts and query-buffer
//! release, the LRU clock and the samples behind INFO's instantaneous rates.

use super::{clock, Server};
use crate::db::expire::deadline_in_bucket;
use crate::db::{DbShard, Shard};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Longest time one expiry pass may hold a shard's lock.
const SHARD_BUDGET: Duration = Duration::from_micros(500);
/// Keys taken from the wheel between two looks at the clock.
const BATCH: usize = 64;
/// Wheel entries one compaction step examines between two looks at the clock.
const COMPACT_BATCH: usize = 256;

pub async fn run(server: Arc<Server>) {
    // Redis creates its shared integers at start-up; their common access clocks start now.
    crate::db::value::shared_integers::start_clocks();
    loop {
        let hz = server.config.read().hz.clamp(1, 500);
        let period = Duration::from_millis(1000 / hz as u64);
        tokio::time::sleep(period).await;
        if server.shutdown_requested.load(Relaxed) {
            return;
        }
        let now = clock::now_ms();
        clock::refresh_lru_clock();
        {
            let st = &server.stats;
            st.ops_samples.lock().sample(
                now,
                st.total_commands_processed.load(Relaxed),
                st.net_input_bytes.load(Relaxed),
                st.net_output_bytes.load(Relaxed),
            );
        }
        // Redis samples its memory peak in its cron too.
        super::memory::sample_peak();
        clients_cron(&server, now);
        // No active expiry while clients are paused: the dataset must not change under a pause.
        if server.active_expire_enabled.load(Relaxed) && !server.clients.paused() {
            // When a pass leaves work behind (a mass expiry), keep going without waiting for the
            // next tick, yielding between passes so requests interleave.
            while expire_pass(&server) && !server.shutdown_requested.load(Relaxed) {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
        if server.tracking.is_active() {
            // BCAST invalidations of the keys just expired; and the tracking table kept under
            // tracking-table-max-keys even when no command runs.
            server.tracking.flush_broadcasts(&server);
            server.tracking.enforce_max_keys(&server, None, None);
        }
    }
}

/// One active expiry pass over every shard, each under its lock for at most `SHARD_BUDGET`:
/// deletes the keys whose wheel bucket is past, then advances the wheel's compaction if stale
/// entries piled up. Returns true if some shard was left with work to do. Does nothing while
/// clients are paused (the dataset must not change then).
pub fn expire_pass(server: &Server) -> bool {
    if server.clients.paused() {
        return false;
    }
    let pass_start = Instant::now();
    let mut behind = false;
    let mut due: Vec<crate::db::Key> = Vec::with_capacity(BATCH);
    for idx in 0..server.keyspace.shard_count() {
        let mut shard = server.keyspace.lock(idx);
        let start = Instant::now();
        let now = clock::now_ms();
        let mut worked = false;
        for db in 0..shard.dbs.len() {
            if expire_db(server, &mut shard, db, now, start, &mut due, &mut worked) {
                behind = true;
                break;
            }
        }
        let held = start.elapsed().as_micros() as u64;
        drop(shard);
        if worked {
            let stats = &server.stats;
            stats.expire_lock_holds.fetch_add(1, Relaxed);
            if held > 1000 {
                stats.expire_lock_holds_over_1ms.fetch_add(1, Relaxed);
            }
            stats.expire_longest_lock_us.fetch_max(held, Relaxed);
        }
    }
    let stats = &server.stats;
    stats
        .expire_cycle_time_us
        .fetch_add(pass_start.elapsed().as_micros() as u64, Relaxed);
    if behind {
        stats.expired_time_cap_reached_count.fetch_add(1, Relaxed);
    }
    behind
}

/// Expires the due keys of one database of a locked shard and compacts its wheel, setting
/// `worked` if there was anything to do. Returns true when the shard's time budget (counted
/// from `start`) ran out with work left.
fn expire_db(
    server: &Server,
    shard: &mut Shard,
    db: usize,
    now: i64,
    start: Instant,
    due: &mut Vec<crate::db::Key>,
    worked: &mut bool,
) -> bool {
    if shard.dbs[db].wheel.is_empty() {
        return false;
    }
    loop {
        due.clear();
        shard.dbs[db].wheel.pop_due(now, BATCH, due);
        if due.is_empty() {
            break;
        }
        *worked = true;
        for key in due.drain(..) {
            // The wheel entry may be stale: trust only the key's own deadline.
            if shard.dbs[db]
                .keys
                .get(&key[..])
                .is_some_and(|e| e.is_expired(now))
            {
                super::delete_expired_key(server, shard, db, &key);
            }
        }
        if start.elapsed() > SHARD_BUDGET {
            return true;
        }
    }
    let DbShard {
        keys,
        wheel,
        expires,
        ..
    } = &mut shard.dbs[db];
    if wheel.needs_compaction(*expires) {
        *worked = true;
        let is_live = |key: &[u8], bucket: i64| {
            keys.get(key)
                .is_some_and(|e| deadline_in_bucket(e.expire_at, bucket))
        };
        while wheel.compact(now, COMPACT_BATCH, is_live) {
            if start.elapsed() > SHARD_BUDGET {
                return true;
            }
        }
    }
    false
}

/// One pass over the clients (Redis's clientsCron): closes those idle past `timeout` (Redis
/// compares whole seconds and spares replicas, blocked and pub/sub clients), and asks the
/// connection tasks of clients idle for 2 seconds to give back their empty query buffers (done
/// here rather than by a timer in each task, which would cost a timer-wheel insert and removal
/// per request).
fn clients_cron(server: &Server, now: i64) {
    const QUERY_BUFFER_IDLE_MS: i64 = 2000;
    let timeout = server.hot.timeout.load(Relaxed) as i64;
    for c in server.clients.all() {
        if timeout > 0 && c.closes_when_idle() && c.idle_secs(now) > timeout {
            tracing::debug!("Closing idle client");
            server.clients.kill(&c);
        } else if c.qbuf_cap.load(Relaxed) > 0
            && c.qbuf.load(Relaxed) == 0
            && now - c.last_interaction_ms.load(Relaxed) >= QUERY_BUFFER_IDLE_MS
            && !c.release_qbuf.swap(true, Relaxed)
        {
            c.wake.notify_one();
        }
    }
}
