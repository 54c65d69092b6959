//! Memory accounting for INFO memory (and maxmemory): the process-wide allocator counts the
//! bytes it hands out, as Redis's zmalloc does, so `used_memory` is what Respite really holds,
//! not a guess. RSS and the machine's memory come from /proc.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting. Each thread accumulates its changes locally and adds them
/// to the shared total once they reach `FLUSH_AT` bytes either way, so the hot path touches no
/// shared cache line; the total is exact to within that much per thread.
pub struct CountingAllocator;

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

static USED: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static STARTUP: AtomicUsize = AtomicUsize::new(0);
const FLUSH_AT: isize = 16 * 1024;

thread_local! {
    static PENDING: Cell<isize> = const { Cell::new(0) };
}

#[inline]
fn account(delta: isize) {
    let flush = PENDING.try_with(|pending| {
        let v = pending.get() + delta;
        if v >= FLUSH_AT || v <= -FLUSH_AT {
            pending.set(0);
            v
        } else {
            pending.set(v);
            0
        }
    });
    // A thread being torn down has no local counter left: count directly.
    let amount = flush.unwrap_or(delta);
    if amount != 0 {
        let now = USED.fetch_add(amount, Relaxed) + amount;
        if amount > 0 {
            PEAK.fetch_max(now.max(0) as usize, Relaxed);
        }
    }
}

// SAFETY: every call is forwarded unchanged to `System`; only the byte counts are observed.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            account(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            account(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        account(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            account(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Bytes currently allocated by the process (INFO used_memory).
pub fn used_memory() -> usize {
    USED.load(Relaxed).max(0) as usize
}

/// The highest `used_memory` seen (INFO used_memory_peak).
pub fn peak_memory() -> usize {
    PEAK.load(Relaxed).max(used_memory())
}

/// Records the memory in use once the server is initialized (INFO used_memory_startup).
pub fn mark_startup() {
    STARTUP.store(used_memory(), Relaxed);
}

pub fn startup_memory() -> usize {
    STARTUP.load(Relaxed)
}

/// Resident set size of the process, from /proc (0 where unavailable).
pub fn rss_bytes() -> usize {
    proc_kb_field("/proc/self/status", "VmRSS:")
}

/// Physical memory of the machine (INFO total_system_memory).
pub fn total_system_memory() -> usize {
    proc_kb_field("/proc/meminfo", "MemTotal:")
}

/// A `Name:   1234 kB` field of a /proc file, in bytes.
fn proc_kb_field(path: &str, name: &str) -> usize {
    let Ok(text) = std::fs::read_to_string(path) else {
        return 0;
    };
    text.lines()
        .find_map(|l| l.strip_prefix(name))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse::<usize>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// Redis's bytesToHuman: `943.24K`, `11.85M`, `0B`.
pub fn bytes_to_human(n: u64) -> String {
    const UNITS: [(u64, &str); 5] = [
        (1 << 10, "K"),
        (1 << 20, "M"),
        (1 << 30, "G"),
        (1 << 40, "T"),
        (1 << 50, "P"),
    ];
    if n < 1024 {
        return format!("{n}B");
    }
    for (i, (unit, suffix)) in UNITS.iter().enumerate() {
        let next = UNITS.get(i + 1).map_or(1u64 << 60, |u| u.0);
        if n < next {
            return format!("{:.2}{}", n as f64 / *unit as f64, suffix);
        }
    }
    format!("{n}B")
}

/// CPU time of the process, its reaped children, and the calling thread, as (system, user)
/// seconds, from /proc (INFO cpu).
pub struct CpuTimes {
    pub sys: f64,
    pub user: f64,
    pub sys_children: f64,
    pub user_children: f64,
    pub sys_thread: f64,
    pub user_thread: f64,
}

/// Clock ticks per second of /proc's times (the kernel's USER_HZ, 100 on Linux).
const TICKS_PER_SEC: f64 = 100.0;

/// utime, stime, cutime, cstime of a /proc `stat` file, in ticks.
fn stat_times(path: &str) -> [u64; 4] {
    let Ok(text) = std::fs::read_to_string(path) else {
        return [0; 4];
    };
    // Fields after the parenthesised command name (which may contain spaces); utime is the
    // 14th field overall, i.e. the 12th after the name.
    let rest = text.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<u64> = rest
        .split_whitespace()
        .skip(11)
        .take(4)
        .map(|f| f.parse().unwrap_or(0))
        .collect();
    let mut out = [0; 4];
    for (o, f) in out.iter_mut().zip(fields) {
        *o = f;
    }
    out
}

pub fn cpu_times() -> CpuTimes {
    let [utime, stime, cutime, cstime] = stat_times("/proc/self/stat");
    let [tutime, tstime, _, _] = stat_times("/proc/thread-self/stat");
    let secs = |ticks: u64| ticks as f64 / TICKS_PER_SEC;
    CpuTimes {
        sys: secs(stime),
        user: secs(utime),
        sys_children: secs(cstime),
        user_children: secs(cutime),
        sys_thread: secs(tstime),
        user_thread: secs(tutime),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes_like_redis() {
        assert_eq!(bytes_to_human(0), "0B");
        assert_eq!(bytes_to_human(1023), "1023B");
        assert_eq!(bytes_to_human(965880), "943.24K");
        assert_eq!(bytes_to_human(12423168), "11.85M");
        assert_eq!(bytes_to_human(25276502016), "23.54G");
    }

    #[test]
    fn allocations_are_counted() {
        let before = USED.load(Relaxed) + PENDING.with(|p| p.get());
        let v: Vec<u8> = Vec::with_capacity(1 << 20);
        let during = USED.load(Relaxed) + PENDING.with(|p| p.get());
        assert!(during - before >= 1 << 20);
        drop(v);
        assert!(rss_bytes() > 0);
        assert!(total_system_memory() > 0);
    }
}
