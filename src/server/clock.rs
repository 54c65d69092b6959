//! Time as commands see it.
//!
//! The clock is read several times per command (its time, its duration, the key's access
//! clock), so reads go through the CPU's time-stamp counter (`quanta`) instead of a system call:
//! each thread notes the wall clock against the counter and re-reads the wall clock every
//! `RECALIBRATE_NS`, so a change of the system time shows within that period, as Redis's cached
//! time does.

use std::cell::Cell;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

/// A monotonic instant for measuring durations: one read of the time-stamp counter.
#[derive(Clone, Copy, Debug)]
pub struct Instant(u64);

impl Instant {
    #[inline]
    pub fn now() -> Instant {
        Instant(counter().raw())
    }

    /// Unix time in milliseconds at this instant (one counter read serves both a command's
    /// time and the start of its duration).
    pub fn unix_ms(&self) -> i64 {
        unix_ns_at(self.0) / 1_000_000
    }

    #[inline]
    pub fn elapsed(&self) -> std::time::Duration {
        let clock = counter();
        std::time::Duration::from_nanos(clock.delta_as_nanos(self.0, clock.raw()))
    }
}

/// How often a thread re-reads the wall clock.
const RECALIBRATE_NS: u64 = 20_000_000;

fn counter() -> &'static quanta::Clock {
    static CLOCK: OnceLock<quanta::Clock> = OnceLock::new();
    CLOCK.get_or_init(quanta::Clock::new)
}

thread_local! {
    /// (counter reading, unix time in ns at that reading); a zero reading means not yet taken.
    static BASE: Cell<(u64, i64)> = const { Cell::new((0, 0)) };
}

fn system_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64)
}

/// Unix time in nanoseconds.
fn now_ns() -> i64 {
    unix_ns_at(counter().raw())
}

/// Unix time in nanoseconds at counter reading `raw` (taken on this thread just before).
fn unix_ns_at(raw: u64) -> i64 {
    let clock = counter();
    BASE.with(|base| {
        let (base_raw, base_ns) = base.get();
        if base_raw != 0 && raw >= base_raw {
            let elapsed = clock.delta_as_nanos(base_raw, raw);
            if elapsed < RECALIBRATE_NS {
                return base_ns + elapsed as i64;
            }
        }
        let ns = system_ns();
        base.set((raw, ns));
        ns
    })
}

/// Unix time in milliseconds.
pub fn now_ms() -> i64 {
    now_ns() / 1_000_000
}

/// Unix time in microseconds.
pub fn now_us() -> i64 {
    now_ns() / 1_000
}
/// Redis's 24-bit LRU clock: seconds, wrapping.
pub const LRU_CLOCK_MAX: u32 = (1 << 24) - 1;

/// The LRU clock as the cron last set it (`u32::MAX`: not yet set). Like Redis's cached
/// `server.lruclock`: keys read and written on every command take it without reading the time.
static LRU_CLOCK: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(u32::MAX);

pub fn lru_clock() -> u32 {
    match LRU_CLOCK.load(std::sync::atomic::Ordering::Relaxed) {
        u32::MAX => refresh_lru_clock(),
        cached => cached,
    }
}

/// Sets the cached LRU clock from the time now (the cron calls it on every tick).
pub fn refresh_lru_clock() -> u32 {
    let now = ((now_ms() / 1000) as u32) & LRU_CLOCK_MAX;
    LRU_CLOCK.store(now, std::sync::atomic::Ordering::Relaxed);
    now
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
