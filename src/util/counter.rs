//! Statistics counters that many threads bump on every command without fighting over one
//! cache line: each thread adds to its own padded slot; a read sums the slots (exact, not
//! sampled). The method names mirror `AtomicU64` so counters read like ordinary atomics.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Number of slots (a power of two); threads share slots round-robin beyond that.
pub const SLOTS: usize = 8;

#[derive(Default)]
#[repr(align(64))]
struct Slot(AtomicU64);

/// The slot this thread adds to.
pub fn slot() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    thread_local! {
        static SLOT: Cell<usize> = const { Cell::new(usize::MAX) };
    }
    SLOT.with(|s| {
        if s.get() == usize::MAX {
            s.set(NEXT.fetch_add(1, Ordering::Relaxed) % SLOTS);
        }
        s.get()
    })
}

#[derive(Default)]
pub struct Counter {
    slots: [Slot; SLOTS],
}

impl Counter {
    pub fn new(value: u64) -> Counter {
        let c = Counter::default();
        c.slots[0].0.store(value, Ordering::Relaxed);
        c
    }

    #[inline]
    pub fn add(&self, n: u64) {
        self.slots[slot()].0.fetch_add(n, Ordering::Relaxed);
    }

    pub fn get(&self) -> u64 {
        self.slots
            .iter()
            .fold(0u64, |sum, s| sum.wrapping_add(s.0.load(Ordering::Relaxed)))
    }

    pub fn set(&self, value: u64) {
        for s in &self.slots[1..] {
            s.0.store(0, Ordering::Relaxed);
        }
        self.slots[0].0.store(value, Ordering::Relaxed);
    }

    /// `AtomicU64`-style add. Returns nothing: the total is a sum over the slots, and taking
    /// it on every bump would read every thread's cache line.
    #[inline]
    pub fn fetch_add(&self, n: u64, _order: Ordering) {
        self.add(n);
    }

    pub fn load(&self, _order: Ordering) -> u64 {
        self.get()
    }

    pub fn store(&self, value: u64, _order: Ordering) {
        self.set(value);
    }
}

/// Anything INFO can read a count from.
pub trait ReadCount {
    fn count(&self) -> u64;
}

impl ReadCount for Counter {
    fn count(&self) -> u64 {
        self.get()
    }
}

impl ReadCount for AtomicU64 {
    fn count(&self) -> u64 {
        self.load(Ordering::Relaxed)
    }
}

impl std::fmt::Debug for Counter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.get())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn sums_across_threads() {
        let c = Arc::new(Counter::default());
        let threads: Vec<_> = (0..6)
            .map(|_| {
                let c = c.clone();
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        c.add(1);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(c.get(), 60_000);
        c.set(5);
        assert_eq!(c.load(Ordering::Relaxed), 5);
        c.add(2);
        assert_eq!(c.get(), 7);
    }
}
