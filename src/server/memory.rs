//! Memory accounting: what INFO memory, MEMORY STATS/USAGE/DOCTOR and maxmemory report.
//!
//! The process-wide allocator is jemalloc, as in Redis (its size classes start at 8 bytes where
//! glibc's blocks take at least 32, and a keyspace is made of many small blocks). Like Redis's
//! zmalloc, `used_memory` counts the usable size of every live block (the request rounded up to
//! its size class), here from jemalloc's own per-thread counters (`CountingAllocator`). RSS and
//! the machine's memory come from /proc.

use crate::db::{Entry, Shard, Value};
use crate::server::client::KIND_REPLICA;
use crate::server::Server;
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering::Relaxed};
use std::sync::Mutex;
use tikv_jemallocator::Jemalloc;

/// jemalloc, with every thread that allocates registered for `used_memory`.
///
/// jemalloc already counts, per thread and on its own fast path, the usable bytes the thread
/// allocated and freed (`thread.allocated` / `thread.deallocated`). The first time a thread
/// allocates or frees, it registers pointers to its two counters here; `used_memory` sums
/// allocated minus freed over the registered threads (a block freed by another thread than the
/// one that allocated it adds to one thread's first counter and the other's second), plus what
/// threads that have exited left behind. The allocator's fast path only checks a thread-local
/// flag, so counting costs next to nothing, and the total is exact whenever it is read.
pub struct CountingAllocator;

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

static PEAK: AtomicUsize = AtomicUsize::new(0);
static STARTUP: AtomicUsize = AtomicUsize::new(0);

/// A live thread's jemalloc counters, found by the address of its `REGISTERED` flag.
struct ThreadCounters {
    thread: usize,
    allocated: *const u64,
    deallocated: *const u64,
}

// SAFETY: the pointers are only read, and only while the thread is registered (it leaves the
// registry in a thread-local destructor, before jemalloc's per-thread data goes away).
unsafe impl Send for ThreadCounters {}

impl ThreadCounters {
    /// Bytes the thread allocated minus bytes it freed (negative when it freed others' blocks).
    fn net(&self) -> i64 {
        // SAFETY: see `Send`. jemalloc updates the counters without atomics; an aligned u64 is
        // read whole on the platforms jemalloc supports, at worst a moment old.
        let (allocated, deallocated) = unsafe {
            (
                std::ptr::read_volatile(self.allocated),
                std::ptr::read_volatile(self.deallocated),
            )
        };
        allocated.wrapping_sub(deallocated) as i64
    }
}

/// Threads registered so far. (Its lock is never held while allocating: `used_memory` only
/// reads, and a `push` that grows the vector re-enters the allocator on a thread that is
/// already registered, which takes no lock.)
static THREADS: Mutex<Vec<ThreadCounters>> = Mutex::new(Vec::new());
/// Net bytes of the threads that have exited.
static RETIRED: AtomicI64 = AtomicI64::new(0);

thread_local! {
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
    static RETIRE_AT_EXIT: RetireAtExit = const { RetireAtExit };
}

fn threads() -> std::sync::MutexGuard<'static, Vec<ThreadCounters>> {
    THREADS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// This thread's key in `THREADS`.
fn thread_key() -> usize {
    REGISTERED.with(|flag| flag as *const Cell<bool> as usize)
}

#[cold]
#[inline(never)]
fn register_thread() {
    // First, so that the allocations below do not come back here.
    REGISTERED.set(true);
    let (Some(allocated), Some(deallocated)) = (
        mallctl_ptr(c"thread.allocatedp"),
        mallctl_ptr(c"thread.deallocatedp"),
    ) else {
        return;
    };
    // Arm the destructor that hands the thread's count over when it exits. A thread already
    // being torn down cannot arm it: it stays out of the registry (its counters would vanish
    // with it), and what it allocates then goes uncounted.
    if RETIRE_AT_EXIT.try_with(|_| {}).is_ok() {
        threads().push(ThreadCounters {
            thread: thread_key(),
            allocated,
            deallocated,
        });
    }
}

/// Moves an exiting thread's count from the registry to `RETIRED`.
struct RetireAtExit;

impl Drop for RetireAtExit {
    fn drop(&mut self) {
        let key = thread_key();
        let mut threads = threads();
        if let Some(i) = threads.iter().position(|t| t.thread == key) {
            let gone = threads.swap_remove(i);
            RETIRED.fetch_add(gone.net(), Relaxed);
        }
    }
}

/// Reads one of jemalloc's per-thread counter addresses (`thread.allocatedp`, ...).
fn mallctl_ptr(name: &std::ffi::CStr) -> Option<*const u64> {
    let mut value: *mut u64 = std::ptr::null_mut();
    let mut len = std::mem::size_of::<*mut u64>();
    // SAFETY: these names hold a `uint64_t *`, which `value` and `len` describe.
    let rc = unsafe {
        tikv_jemalloc_sys::mallctl(
            name.as_ptr(),
            (&mut value as *mut *mut u64).cast(),
            &mut len,
            std::ptr::null_mut(),
            0,
        )
    };
    (rc == 0 && !value.is_null()).then_some(value as *const u64)
}

// SAFETY: every call is forwarded unchanged to jemalloc. Each method is one flag test and a
// tail call: a thread's first call takes the out-of-line path that registers it first.
unsafe impl GlobalAlloc for CountingAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if REGISTERED.get() {
            Jemalloc.alloc(layout)
        } else {
            first_call::alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if REGISTERED.get() {
            Jemalloc.alloc_zeroed(layout)
        } else {
            first_call::alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if REGISTERED.get() {
            Jemalloc.dealloc(ptr, layout)
        } else {
            first_call::dealloc(ptr, layout)
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if REGISTERED.get() {
            Jemalloc.realloc(ptr, layout, new_size)
        } else {
            first_call::realloc(ptr, layout, new_size)
        }
    }
}

/// A thread's first call into the allocator: register the thread, then do the call. Out of
/// line, so that the usual path keeps no registers to save.
mod first_call {
    use super::{register_thread, Jemalloc};
    use std::alloc::{GlobalAlloc, Layout};

    #[cold]
    #[inline(never)]
    pub unsafe fn alloc(layout: Layout) -> *mut u8 {
        register_thread();
        Jemalloc.alloc(layout)
    }

    #[cold]
    #[inline(never)]
    pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8 {
        register_thread();
        Jemalloc.alloc_zeroed(layout)
    }

    #[cold]
    #[inline(never)]
    pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
        register_thread();
        Jemalloc.dealloc(ptr, layout)
    }

    #[cold]
    #[inline(never)]
    pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        register_thread();
        Jemalloc.realloc(ptr, layout, new_size)
    }
}

/// What jemalloc makes usable for a request of `size` bytes: its size class. Classes are
/// 8 and then multiples of 16 up to 128; above that each power-of-two range is split into four
/// equal steps (160, 192, 224, 256, 320, ...), up to huge sizes, which round to pages.
pub const fn usable_size(size: usize) -> usize {
    if size <= 8 {
        8
    } else if size <= 128 {
        (size + 15) & !15
    } else {
        let lg = usize::BITS - 1 - (size - 1).leading_zeros(); // floor(log2(size - 1))
        let step = 1usize << (lg - 2);
        (size + step - 1) & !(step - 1)
    }
}

/// Bytes currently allocated by the process (INFO used_memory): the usable size of every live
/// block. Also records a new peak.
pub fn used_memory() -> usize {
    let live: i64 = threads().iter().map(ThreadCounters::net).sum();
    let used = (RETIRED.load(Relaxed) + live).max(0) as usize;
    PEAK.fetch_max(used, Relaxed);
    used
}

/// The highest `used_memory` seen (INFO used_memory_peak). Like Redis, the peak is sampled:
/// by the server's cron every tick (`sample_peak`) and whenever the memory in use is read.
pub fn peak_memory() -> usize {
    let used = used_memory();
    PEAK.load(Relaxed).max(used)
}

/// Records the memory in use if it is a new peak (the server's cron calls it every tick).
pub fn sample_peak() {
    used_memory();
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

// ---------------------------------------------------------------------------------------------
// What one key costs (MEMORY USAGE)

/// Bytes of one node of the keyspace table: the chain link, the key (short ones inline) and the entry
/// (with the value's inline part), laid out as `crate::db::dict` lays out its nodes.
const KEY_NODE_SIZE: usize = std::mem::size_of::<usize>()
    + std::mem::size_of::<crate::db::Key>()
    + std::mem::size_of::<Entry>();

/// Usable bytes of a heap block of `len` bytes; nothing when there is no block.
fn heap_block(len: usize) -> usize {
    if len == 0 {
        0
    } else {
        usable_size(len)
    }
}

/// Estimated bytes a key costs (MEMORY USAGE): its node in the keyspace table, the key's own
/// bytes and what the value holds on the heap.
pub fn key_memory_usage(key: &[u8], entry: &Entry) -> usize {
    usable_size(KEY_NODE_SIZE)
        + heap_block(crate::db::Key::heap_size_of(key.len()))
        + value_memory_usage(&entry.value)
}

/// What a value holds on the heap, from its type's own accounting. Compact encodings are one
/// block, rounded here as the allocator rounds it; the others are sums over many blocks.
pub fn value_memory_usage(value: &Value) -> usize {
    let heap = match value {
        Value::String(s) => s.heap_size(),
        Value::Hash(h) => h.heap_size(),
        Value::Set(s) => s.heap_size(),
        Value::ZSet(z) => z.heap_size(),
        // `memory_usage` includes the list's inline header, already counted in the key's node.
        Value::List(l) => l
            .memory_usage()
            .saturating_sub(std::mem::size_of::<crate::types::list::List>()),
    };
    match value.encoding_name() {
        "embstr" | "raw" | "listpack" | "intset" => heap_block(heap),
        _ => heap,
    }
}

// ---------------------------------------------------------------------------------------------
// Where the memory goes (MEMORY STATS, MEMORY DOCTOR, INFO memory)

/// Size of the reply buffer every connection holds (CLIENT LIST `rbs`).
const CLIENT_REPLY_BUFFER: usize = 16 * 1024;

/// Memory a client holds: its query buffer, its reply buffer and queued output.
pub fn client_memory(c: &crate::server::client::ClientHandle) -> usize {
    c.qbuf.load(Relaxed) + c.qbuf_cap.load(Relaxed) + c.omem.load(Relaxed) + CLIENT_REPLY_BUFFER
}

/// The keyspace's own structures in one database (MEMORY STATS `db.N`).
#[derive(Debug, Clone, Default)]
pub struct DbOverhead {
    pub db: usize,
    pub keys: usize,
    /// The key table: its buckets and one node (key handle and entry) per key.
    pub main: usize,
    /// The expiry index: one key handle per key with a time to live.
    pub expires: usize,
}

/// Per-database overhead of the databases that hold keys, summed over `shards` (every shard of
/// the keyspace, each locked by the caller).
pub fn db_overheads<'s>(shards: impl IntoIterator<Item = &'s Shard>) -> Vec<DbOverhead> {
    let mut dbs: Vec<DbOverhead> = Vec::new();
    for shard in shards {
        if dbs.is_empty() {
            dbs = (0..shard.dbs.len())
                .map(|db| DbOverhead {
                    db,
                    ..Default::default()
                })
                .collect();
        }
        for (sum, part) in dbs.iter_mut().zip(&shard.dbs) {
            sum.keys += part.keys.len();
            sum.main += part.keys.mem_usage();
            sum.expires += part.wheel.len() * std::mem::size_of::<bytes::Bytes>();
        }
    }
    dbs.retain(|d| d.keys > 0);
    dbs
}

/// `db_overheads` of the whole keyspace, locking one shard at a time (for callers that hold no
/// shard lock, e.g. INFO).
pub fn keyspace_overheads(server: &Server) -> Vec<DbOverhead> {
    let per_shard: Vec<_> = (0..server.keyspace.shard_count())
        .map(|i| {
            let shard = server.keyspace.lock(i);
            db_overheads(std::iter::once(&*shard))
        })
        .collect();
    let mut dbs: Vec<DbOverhead> = Vec::new();
    for part in per_shard.into_iter().flatten() {
        match dbs.iter_mut().find(|d| d.db == part.db) {
            Some(d) => {
                d.keys += part.keys;
                d.main += part.main;
                d.expires += part.expires;
            }
            None => dbs.push(part),
        }
    }
    dbs.sort_by_key(|d| d.db);
    dbs
}

/// Redis's breakdown of the memory in use (its getMemoryOverheadData); the allocator figures
/// are `allocator_figures`'.
#[derive(Debug, Clone, Default)]
pub struct MemoryOverhead {
    pub peak_allocated: usize,
    pub total_allocated: usize,
    pub startup_allocated: usize,
    pub repl_backlog: usize,
    pub clients_slaves: usize,
    pub clients_normal: usize,
    pub cluster_links: usize,
    pub aof_buffer: usize,
    pub lua_caches: usize,
    pub functions_caches: usize,
    pub dbs: Vec<DbOverhead>,
    pub overhead_total: usize,
    pub total_keys: usize,
    pub bytes_per_key: usize,
    pub dataset: usize,
    pub dataset_perc: f32,
    pub peak_perc: f32,
    pub rss: usize,
    pub allocator_allocated: usize,
    pub allocator_active: usize,
    pub allocator_resident: usize,
    pub allocator_frag: f32,
    pub allocator_frag_bytes: i64,
    pub allocator_rss: f32,
    pub allocator_rss_bytes: i64,
    pub rss_extra: f32,
    pub rss_extra_bytes: i64,
    pub total_frag: f32,
    pub total_frag_bytes: i64,
    /// Connected clients other than replicas (MEMORY DOCTOR's per-client average).
    pub normal_clients: usize,
    pub replicas: usize,
}

/// `a / b` as Redis computes its ratios (in single precision); 0 when `b` is 0.
fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

impl MemoryOverhead {
    /// The breakdown now, with `dbs` from `db_overheads` or `keyspace_overheads`.
    pub fn compute(server: &Server, dbs: Vec<DbOverhead>) -> MemoryOverhead {
        let used = used_memory();
        let peak = peak_memory();
        let startup = startup_memory().min(used);
        let rss = rss_bytes();
        let (mut clients_normal, mut clients_slaves, mut normal_clients, mut replicas) =
            (0, 0, 0, 0);
        for c in server.clients.all() {
            if c.kind.load(Relaxed) == KIND_REPLICA {
                clients_slaves += client_memory(&c);
                replicas += 1;
            } else {
                clients_normal += client_memory(&c);
                normal_clients += 1;
            }
        }
        let tables: usize = dbs.iter().map(|d| d.main + d.expires).sum();
        let total_keys = dbs.iter().map(|d| d.keys).sum();
        let overhead_total = startup + clients_normal + clients_slaves + tables;
        let dataset = used.saturating_sub(overhead_total);
        // Past the memory the server started with (at least 1, as Redis divides by it).
        let net_usage = if used > startup { used - startup } else { 1 };
        let (allocated, active, resident) = allocator_figures(used, rss);
        let diff = |a: usize, b: usize| a as i64 - b as i64;
        MemoryOverhead {
            peak_allocated: peak,
            total_allocated: used,
            startup_allocated: startup,
            repl_backlog: 0,
            clients_slaves,
            clients_normal,
            cluster_links: 0,
            aof_buffer: 0,
            lua_caches: 0,
            functions_caches: 0,
            dbs,
            overhead_total,
            total_keys,
            bytes_per_key: net_usage.checked_div(total_keys).unwrap_or(0),
            dataset,
            dataset_perc: dataset as f32 * 100.0 / net_usage as f32,
            peak_perc: ratio(used, peak) * 100.0,
            rss,
            allocator_allocated: allocated,
            allocator_active: active,
            allocator_resident: resident,
            allocator_frag: ratio(active, allocated),
            allocator_frag_bytes: diff(active, allocated),
            allocator_rss: ratio(resident, active),
            allocator_rss_bytes: diff(resident, active),
            rss_extra: ratio(rss, resident),
            rss_extra_bytes: diff(rss, resident),
            total_frag: ratio(rss, used),
            total_frag_bytes: diff(rss, used),
            normal_clients,
            replicas,
        }
    }

    /// MEMORY DOCTOR's report (Redis's wording, Sam and all).
    pub fn doctor_report(&self) -> String {
        const MB10: i64 = 10 << 20;
        if self.total_allocated < 5 * 1024 * 1024 {
            return "Hi Sam, this instance is empty or is using very little memory, my issues detector can't be used in these conditions. Please, leave for your mission on Earth and fill it with some data. The new Sam and I will be back to our programming as soon as I finished rebooting.\n".to_string();
        }
        let big_peak = ratio(self.peak_allocated, self.total_allocated) > 1.5;
        let high_frag = self.total_frag > 1.4 && self.total_frag_bytes > MB10;
        let high_alloc_frag = self.allocator_frag > 1.1 && self.allocator_frag_bytes > MB10;
        let high_alloc_rss = self.allocator_rss > 1.1 && self.allocator_rss_bytes > MB10;
        let high_proc_rss = self.rss_extra > 1.1 && self.rss_extra_bytes > MB10;
        let big_client_buf = self.clients_normal / self.normal_clients.max(1) > 200 * 1024;
        let big_slave_buf = self.replicas > 0 && self.clients_slaves > 10 * 1024 * 1024;
        let findings: [(bool, &str); 7] = [
            (big_peak, DOCTOR_BIG_PEAK),
            (high_frag, DOCTOR_HIGH_FRAG),
            (high_alloc_frag, DOCTOR_HIGH_ALLOC_FRAG),
            (high_alloc_rss, DOCTOR_HIGH_ALLOC_RSS),
            (high_proc_rss, DOCTOR_HIGH_PROC_RSS),
            (big_slave_buf, DOCTOR_BIG_REPLICA_BUF),
            (big_client_buf, DOCTOR_BIG_CLIENT_BUF),
        ];
        if !findings.iter().any(|(found, _)| *found) {
            return "Hi Sam, I can't find any memory issue in your instance. I can only account for what occurs on this base.\n".to_string();
        }
        let mut s = String::from(
            "Sam, I detected a few issues in this Redis instance memory implants:\n\n",
        );
        for (_, text) in findings.iter().filter(|(found, _)| *found) {
            s.push_str(" * ");
            s.push_str(text);
            s.push_str("\n\n");
        }
        s.push_str("I'm here to keep you safe, Sam. I want to help you.\n");
        s
    }
}

const DOCTOR_BIG_PEAK: &str = "Peak memory: In the past this instance used more than 150% the memory that is currently using. The allocator is normally not able to release memory after a peak, so you can expect to see a big fragmentation ratio, however this is actually harmless and is only due to the memory peak, and if the Redis instance Resident Set Size (RSS) is currently bigger than expected, the memory will be used as soon as you fill the Redis instance with more data. If the memory peak was only occasional and you want to try to reclaim memory, please try the MEMORY PURGE command, otherwise the only other option is to shutdown and restart the instance.";
// (Names the allocator as ALLOCATOR_NAME does.)
const DOCTOR_HIGH_FRAG: &str = "High total RSS: This instance has a memory fragmentation and RSS overhead greater than 1.4 (this means that the Resident Set Size of the Redis process is much larger than the sum of the logical allocations Redis performed). This problem is usually due either to a large peak memory (check if there is a peak memory entry above in the report) or may result from a workload that causes the allocator to fragment memory a lot. If the problem is a large peak memory, then there is no issue. Otherwise, make sure you are using the Jemalloc allocator and not the default libc malloc. Note: The currently used allocator is \"jemalloc-5.3.0\".";
const DOCTOR_HIGH_ALLOC_FRAG: &str = "High allocator fragmentation: This instance has an allocator external fragmentation greater than 1.1. This problem is usually due either to a large peak memory (check if there is a peak memory entry above in the report) or may result from a workload that causes the allocator to fragment memory a lot. You can try enabling 'activedefrag' config option.";
const DOCTOR_HIGH_ALLOC_RSS: &str = "High allocator RSS overhead: This instance has an RSS memory overhead is greater than 1.1 (this means that the Resident Set Size of the allocator is much larger than the sum what the allocator actually holds). This problem is usually due to a large peak memory (check if there is a peak memory entry above in the report), you can try the MEMORY PURGE command to reclaim it.";
const DOCTOR_HIGH_PROC_RSS: &str = "High process RSS overhead: This instance has non-allocator RSS memory overhead is greater than 1.1 (this means that the Resident Set Size of the Redis process is much larger than the RSS the allocator holds). This problem may be due to Lua scripts or Modules.";
const DOCTOR_BIG_REPLICA_BUF: &str = "Big replica buffers: The replica output buffers in this instance are greater than 10MB for each replica (on average). This likely means that there is some replica instance that is struggling receiving data, either because it is too slow or because of networking issues. As a result, data piles on the master output buffers. Please try to identify what replica is not receiving data correctly and why. You can use the INFO output in order to check the replicas delays and the CLIENT LIST command to check the output buffers of each replica.";
const DOCTOR_BIG_CLIENT_BUF: &str = "Big client buffers: The clients output buffers in this instance are greater than 200K per client (on average). This may result from different causes, like Pub/Sub clients subscribed to channels bot not receiving data fast enough, so that data piles on the Redis instance output buffer, or clients sending commands with large replies or very large sequences of commands in the same pipeline. Please use the CLIENT LIST command in order to investigate the issue if it causes problems in your instance, or to understand better why certain clients are using a big amount of memory.";

// ---------------------------------------------------------------------------------------------
// The allocator itself (MEMORY PURGE, MEMORY MALLOC-STATS, the allocator.* figures)

/// What INFO's mem_allocator and MEMORY DOCTOR name the allocator (the jemalloc release that
/// tikv-jemalloc-sys builds).
pub const ALLOCATOR_NAME: &str = "jemalloc-5.3.0";

/// Reads a `size_t` statistic through jemalloc's mallctl, e.g. `c"stats.allocated"`.
fn mallctl_usize(name: &std::ffi::CStr) -> Option<usize> {
    let mut value: usize = 0;
    let mut len = std::mem::size_of::<usize>();
    // SAFETY: `value` and `len` describe a writable size_t, which is what these names hold;
    // no new value is written.
    let rc = unsafe {
        tikv_jemalloc_sys::mallctl(
            name.as_ptr(),
            (&mut value as *mut usize).cast(),
            &mut len,
            std::ptr::null_mut(),
            0,
        )
    };
    (rc == 0).then_some(value)
}

/// jemalloc's (allocated, active, resident) bytes, fresh (Redis's zmalloc_get_allocator_info):
/// the bytes handed out, the pages holding them, and the pages jemalloc keeps mapped.
/// Without statistics, what Redis reports without them: allocated is `used_memory`, active
/// and resident the process RSS.
fn allocator_figures(used: usize, rss: usize) -> (usize, usize, usize) {
    let mut epoch: u64 = 1;
    let mut len = std::mem::size_of::<u64>();
    // SAFETY: "epoch" reads and writes a u64; writing it makes jemalloc refresh the figures.
    unsafe {
        let p = (&mut epoch as *mut u64).cast();
        tikv_jemalloc_sys::mallctl(c"epoch".as_ptr(), p, &mut len, p, len);
    }
    match (
        mallctl_usize(c"stats.allocated"),
        mallctl_usize(c"stats.active"),
        mallctl_usize(c"stats.resident"),
    ) {
        (Some(allocated), Some(active), Some(resident)) => (allocated, active, resident),
        _ => (used, rss, rss),
    }
}

/// Returns the pages jemalloc holds but does not use to the system (MEMORY PURGE); false if
/// jemalloc refused.
pub fn purge() -> bool {
    // "arena.<MALLCTL_ARENAS_ALL>.purge": every arena.
    // SAFETY: a command without old or new value.
    let rc = unsafe {
        tikv_jemalloc_sys::mallctl(
            c"arena.4096.purge".as_ptr(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            0,
        )
    };
    rc == 0
}

/// MEMORY MALLOC-STATS: jemalloc's own report, as Redis gives it.
pub fn malloc_stats_text() -> String {
    unsafe extern "C" fn append(out: *mut std::ffi::c_void, text: *const std::ffi::c_char) {
        // SAFETY: `out` is the String passed below; `text` is a C string from jemalloc.
        let out = unsafe { &mut *out.cast::<String>() };
        out.push_str(&unsafe { std::ffi::CStr::from_ptr(text) }.to_string_lossy());
    }
    let mut out = String::new();
    // SAFETY: the callback only appends to `out`, which outlives the call.
    unsafe {
        tikv_jemalloc_sys::malloc_stats_print(
            Some(append),
            (&mut out as *mut String).cast(),
            std::ptr::null(),
        );
    }
    out
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
        // Other tests allocate meanwhile on their threads: compare with generous margins.
        let before = used_memory();
        let v: Vec<u8> = Vec::with_capacity(64 << 20);
        let during = used_memory();
        assert!(during >= before + (60 << 20), "{before} -> {during}");
        assert!(peak_memory() >= during);
        drop(v);
        assert!(used_memory() < during - (60 << 20));
        // A block freed by another thread than the one that allocated it.
        let block: Vec<u8> = Vec::with_capacity(64 << 20);
        let with_block = used_memory();
        std::thread::spawn(move || drop(block)).join().unwrap();
        assert!(used_memory() < with_block - (60 << 20));
        // Threads that exit leave their count behind.
        let kept = std::thread::spawn(|| Vec::<u8>::with_capacity(64 << 20))
            .join()
            .unwrap();
        assert!(
            used_memory() >= with_block - (8 << 20),
            "the exited thread's block is still counted"
        );
        drop(kept);
        assert!(rss_bytes() > 0);
        assert!(total_system_memory() > 0);
    }

    #[test]
    fn usable_sizes_are_jemallocs() {
        for size in (1..=4096).chain([10_000, 65_536, 100_000, 1 << 20]) {
            let v: Vec<u8> = Vec::with_capacity(size);
            // SAFETY: a live block allocated by the global allocator (jemalloc).
            let real = unsafe { tikv_jemallocator::usable_size(v.as_ptr()) };
            assert_eq!(usable_size(size), real, "malloc({size})");
        }
    }

    #[test]
    fn jemalloc_statistics_are_read() {
        let (allocated, active, resident) = allocator_figures(0, 0);
        assert!(allocated > 0 && allocated <= active && active <= resident);
        assert!(malloc_stats_text().starts_with("___ Begin jemalloc statistics ___\n"));
        assert!(purge());
    }

    /// An overhead report with the given totals and otherwise unremarkable figures.
    fn report(used: usize, peak: usize, rss: usize, active: usize) -> MemoryOverhead {
        let diff = |a: usize, b: usize| a as i64 - b as i64;
        MemoryOverhead {
            total_allocated: used,
            peak_allocated: peak,
            rss,
            allocator_allocated: used,
            allocator_active: active,
            allocator_resident: active,
            allocator_frag: ratio(active, used),
            allocator_frag_bytes: diff(active, used),
            allocator_rss: 1.0,
            rss_extra: ratio(rss, active),
            rss_extra_bytes: diff(rss, active),
            total_frag: ratio(rss, used),
            total_frag_bytes: diff(rss, used),
            normal_clients: 1,
            clients_normal: 20 * 1024,
            ..Default::default()
        }
    }

    #[test]
    fn doctor_diagnoses_like_redis() {
        const MB: usize = 1 << 20;
        assert!(report(4 * MB, 4 * MB, 12 * MB, 4 * MB)
            .doctor_report()
            .starts_with("Hi Sam, this instance is empty"));
        assert_eq!(
            report(100 * MB, 110 * MB, 105 * MB, 101 * MB).doctor_report(),
            "Hi Sam, I can't find any memory issue in your instance. I can only account for what occurs on this base.\n"
        );
        // A past peak twice the current use, the RSS and the heap still that big.
        let text = report(100 * MB, 200 * MB, 205 * MB, 200 * MB).doctor_report();
        assert!(text.starts_with("Sam, I detected a few issues in this Redis instance memory implants:\n\n * Peak memory: "));
        assert!(text.contains("\n\n * High total RSS: "));
        assert!(text.contains("\n\n * High allocator fragmentation: "));
        assert!(!text.contains("High process RSS overhead"));
        assert!(text.ends_with(".\n\nI'm here to keep you safe, Sam. I want to help you.\n"));
        // Big client buffers: more than 200 KB per client on average.
        let mut busy = report(100 * MB, 100 * MB, 100 * MB, 100 * MB);
        busy.clients_normal = 3 * MB;
        busy.normal_clients = 10;
        assert!(busy.doctor_report().contains(" * Big client buffers: "));
    }
}
