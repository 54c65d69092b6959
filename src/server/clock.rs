//! Time as commands see it.

use std::time::{SystemTime, UNIX_EPOCH};

/// Unix time in milliseconds.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// Unix ms of a monotonic instant, derived from one clock read instead of two: commands take
/// their "now" from the `Instant` that also times them. The offset to the wall clock is re-read
/// by the cron (`resync`), so a wall-clock step is followed within one tick.
pub fn ms_at(instant: std::time::Instant) -> i64 {
    let (base, offset) = base();
    offset.load(std::sync::atomic::Ordering::Relaxed) + instant.saturating_duration_since(*base).as_millis() as i64
}

fn base() -> &'static (std::time::Instant, std::sync::atomic::AtomicI64) {
    static BASE: std::sync::OnceLock<(std::time::Instant, std::sync::atomic::AtomicI64)> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let start = std::time::Instant::now();
        (start, std::sync::atomic::AtomicI64::new(now_ms()))
    })
}

/// Re-aligns `ms_at` with the wall clock.
pub fn resync() {
    let (start, offset) = base();
    let now = std::time::Instant::now();
    offset.store(now_ms() - now.saturating_duration_since(*start).as_millis() as i64, std::sync::atomic::Ordering::Relaxed);
}

/// Unix time in microseconds.
pub fn now_us() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_micros() as i64)
}

/// Redis's 24-bit LRU clock: seconds, wrapping.
pub const LRU_CLOCK_MAX: u32 = (1 << 24) - 1;

pub fn lru_clock() -> u32 {
    ((now_ms() / 1000) as u32) & LRU_CLOCK_MAX
}

/// Seconds since a key with LRU clock `lru` was last touched (OBJECT IDLETIME).
pub fn idle_seconds(lru: u32) -> u64 {
    let now = lru_clock();
    if now >= lru {
        (now - lru) as u64
    } else {
        (now + (LRU_CLOCK_MAX - lru)) as u64
    }
}
