//! Periodic work, run `hz` times a second: active expiry, idle-client timeouts and the samples
//! behind INFO's instantaneous rates.

use super::{clock, Server};
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Longest time one expiry pass may hold a shard's lock.
const SHARD_BUDGET: Duration = Duration::from_micros(500);
/// Keys taken from the wheel between two looks at the clock.
const BATCH: usize = 64;

pub async fn run(server: Arc<Server>) {
    loop {
        let hz = server.config.read().hz.clamp(1, 500);
        let period = Duration::from_millis(1000 / hz as u64);
        tokio::time::sleep(period).await;
        if server.shutdown_requested.load(Relaxed) {
            return;
        }
        let now = clock::now_ms();
        {
            let st = &server.stats;
            st.ops_samples.lock().sample(
                now,
                st.total_commands_processed.load(Relaxed),
                st.net_input_bytes.load(Relaxed),
                st.net_output_bytes.load(Relaxed),
            );
        }
        close_idle_clients(&server, now);
        if server.active_expire_enabled.load(Relaxed) {
            // When a pass leaves work behind (a mass expiry), keep going without waiting for the
            // next tick, yielding between passes so requests interleave.
            while expire_pass(&server) {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
    }
}

/// One pass over every shard, each under its lock for at most `SHARD_BUDGET`. Returns true
/// if some shard still has due keys.
pub fn expire_pass(server: &Server) -> bool {
    let mut behind = false;
    let mut due: Vec<Bytes> = Vec::with_capacity(BATCH);
    for idx in 0..server.keyspace.shard_count() {
        let mut shard = server.keyspace.lock(idx);
        let start = Instant::now();
        let now = clock::now_ms();
        for db in shard.dbs.iter_mut() {
            if db.wheel.is_empty() {
                continue;
            }
            loop {
                due.clear();
                db.wheel.pop_due(now, BATCH, &mut due);
                if due.is_empty() {
                    break;
                }
                for key in due.drain(..) {
                    // The wheel entry may be stale: trust only the key's own deadline.
                    if matches!(db.keys.get(&key[..]), Some(e) if e.is_expired(now)) {
                        db.remove(&key);
                        server.stats.expired_keys.fetch_add(1, Relaxed);
                    }
                }
                if start.elapsed() > SHARD_BUDGET {
                    behind = true;
                    break;
                }
            }
            if db.wheel.needs_rebuild(db.expires) {
                let live: Vec<(Bytes, i64)> = db
                    .keys
                    .iter()
                    .filter(|(_, e)| e.expire_at != crate::db::NO_EXPIRE)
                    .map(|(k, e)| (k.clone(), e.expire_at))
                    .collect();
                db.wheel.rebuild(live.iter().map(|(k, at)| (k, *at)));
            }
            if behind {
                break;
            }
        }
    }
    behind
}

fn close_idle_clients(server: &Server, now: i64) {
    let timeout = server.hot.timeout.load(Relaxed) as i64;
    if timeout == 0 {
        return;
    }
    for c in server.clients.all() {
        if now - c.last_interaction_ms.load(Relaxed) > timeout * 1000 {
            c.kill();
        }
    }
}
