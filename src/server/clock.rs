//! Time as commands see it.

use std::time::{SystemTime, UNIX_EPOCH};

/// Unix time in milliseconds.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Unix time in microseconds.
pub fn now_us() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as i64)
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
