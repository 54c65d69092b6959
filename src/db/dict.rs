//! `Dict`: the chained hash table under the keyspace and under large hashes and sets.
//!
//! It behaves the way Redis's dictionary does, because several commands depend on it:
//!
//! * **Incremental rehashing.** The bucket array is a power of two. When it has to grow or
//!   shrink, a second array is allocated and entries migrate to it a few buckets at a time: each
//!   insert, removal and `get_mut` moves one bucket, and the server's timer can move more with
//!   [`Dict::rehash_step`] / [`Dict::rehash_for`]. Resizing a table of ten million entries never
//!   stalls the caller; the new bucket array is allocated zeroed (`calloc`), so even its pages are
//!   only touched as the migration reaches them.
//! * **Stateless reverse-binary cursor scanning** ([`Dict::scan`]). A full SCAN iteration returns
//!   every entry that was present for the whole iteration at least once, even when the table
//!   grows, shrinks or is half way through a rehash between calls.
//! * **O(1) random sampling** ([`Dict::random_entry`], [`Dict::sample`]) for RANDOMKEY, SPOP,
//!   SRANDMEMBER, HRANDFIELD and eviction.
//!
//! Layout: each bucket is one pointer (`Option<Box<Node>>`); each entry is one heap allocation
//! holding the key, the value and the pointer to the next node of its chain. Hashes are not
//! cached in the nodes (like Redis): a rehash recomputes them.
//!
//! Resize policy (as Redis): grow to the next power of two above `len` when `len >= buckets`
//! (load factor 1); shrink to the smallest power of two holding `len` (at least 4) when fewer than
//! 10% of the buckets would be used. [`Dict::set_resize_allowed`]`(false)` (while a forked
//! snapshot shares the memory) stops shrinking, pauses ongoing rehashes and defers growth until the
//! load factor exceeds 5.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{BuildHasher, Hash};
use std::iter::FusedIterator;
use std::mem::{self, ManuallyDrop};
use std::time::{Duration, Instant};

use rand::Rng;

/// Smallest non-empty bucket array.
const INITIAL_SIZE: usize = 4;
/// With resizing disallowed, grow anyway past this load factor (and keep rehashing tables whose
/// sizes differ by at least this ratio).
const FORCE_RESIZE_RATIO: usize = 5;
/// Shrink when fewer than this percentage of the buckets would be used.
const MIN_FILL_PERCENT: usize = 10;
/// A rehash step of `n` buckets gives up after visiting `n * this` empty buckets.
const EMPTY_VISITS_PER_STEP: usize = 10;
/// Entries sampled by [`Dict::random_entry`] before choosing one of them.
const FAIR_SAMPLE: usize = 15;
/// Random bucket probes before falling back to a linear pick in a nearly empty table.
const RANDOM_PROBES: usize = 1000;
/// Buckets per [`Dict::rehash_step`] call made by [`Dict::rehash_for`] between clock readings.
const REHASH_BATCH: usize = 100;

type Link<K, V> = Option<Box<Node<K, V>>>;
/// A bucket. `ManuallyDrop` so that freeing an empty bucket array costs nothing per bucket:
/// `Table`'s `Drop` frees the chains itself, and only when the table holds entries.
type Slot<K, V> = ManuallyDrop<Link<K, V>>;

struct Node<K, V> {
    next: Link<K, V>,
    key: K,
    value: V,
}

/// One bucket array and the number of entries chained from it.
struct Table<K, V> {
    buckets: Box<[Slot<K, V>]>,
    used: usize,
}

/// A bucket array of `n` empty buckets, allocated zeroed.
fn alloc_buckets<K, V>(n: usize) -> Box<[Slot<K, V>]> {
    let zeroed = Box::<[Slot<K, V>]>::new_zeroed_slice(n);
    // SAFETY: `Option<Box<T>>` (with `T: Sized`) is guaranteed by the standard library to
    // represent `None` as the all-zero bit pattern (the null pointer niche), and `ManuallyDrop` is
    // `repr(transparent)`, so every zeroed slot is a valid, empty bucket. Allocating zeroed
    // memory instead of writing `None` n times lets the allocator hand out fresh pages without
    // touching them, which keeps the start of a large rehash O(1).
    unsafe { zeroed.assume_init() }
}

impl<K, V> Table<K, V> {
    fn empty() -> Self {
        Table {
            buckets: Box::new([]),
            used: 0,
        }
    }

    fn with_size(n: usize) -> Self {
        if n == 0 {
            return Table::empty();
        }
        Table {
            buckets: alloc_buckets(n),
            used: 0,
        }
    }

    #[inline]
    fn size(&self) -> usize {
        self.buckets.len()
    }

    /// Only meaningful for a non-empty bucket array.
    #[inline]
    fn mask(&self) -> usize {
        self.buckets.len().wrapping_sub(1)
    }
}

impl<K, V> Drop for Table<K, V> {
    fn drop(&mut self) {
        if self.used == 0 {
            return;
        }
        // Unlink node by node: letting `Box<Node>` drop its successor would recurse once per
        // chained entry.
        for slot in self.buckets.iter_mut() {
            let mut chain = mem::take(&mut **slot);
            while let Some(mut node) = chain {
                chain = node.next.take();
            }
        }
    }
}

impl<K: Clone, V: Clone> Clone for Table<K, V> {
    fn clone(&self) -> Self {
        let mut t = Table::with_size(self.size());
        for (dst, src) in t.buckets.iter_mut().zip(self.buckets.iter()) {
            let mut tail: &mut Link<K, V> = dst;
            let mut cur = src.as_deref();
            while let Some(n) = cur {
                let node = Node {
                    next: None,
                    key: n.key.clone(),
                    value: n.value.clone(),
                };
                let new = tail.insert(Box::new(node));
                t.used += 1;
                tail = &mut new.next;
                cur = n.next.as_deref();
            }
        }
        t
    }
}

/// The link holding the node whose key equals `k`, or the empty link at the end of the chain.
fn slot_for<'a, K, V, Q>(mut cur: &'a mut Link<K, V>, k: &Q) -> &'a mut Link<K, V>
where
    K: Borrow<Q>,
    Q: Eq + ?Sized,
{
    while cur.as_ref().is_some_and(|n| n.key.borrow() != k) {
        cur = &mut cur.as_mut().unwrap().next;
    }
    cur
}

/// Steps a cursor to the next value in reverse-binary order over the bits not set in `!mask`.
#[inline]
fn next_cursor(v: u64, mask: u64) -> u64 {
    (v | !mask).reverse_bits().wrapping_add(1).reverse_bits()
}

/// A hash table with incremental rehashing, cursor scanning and random sampling; see the
/// [module documentation](self).
pub struct Dict<K, V, S = ahash::RandomState> {
    /// `tables[0]` is the main table; `tables[1]` is non-empty only while rehashing into it.
    tables: [Table<K, V>; 2],
    /// While rehashing: every bucket of `tables[0]` below this index has been migrated.
    rehash_idx: usize,
    resize_allowed: bool,
    hasher: S,
}

impl<K, V> Dict<K, V, ahash::RandomState> {
    /// An empty dictionary (allocates nothing until the first insert).
    pub fn new() -> Self {
        Dict::with_hasher(ahash::RandomState::new())
    }

    /// An empty dictionary whose bucket array is sized for `n` entries.
    pub fn with_capacity(n: usize) -> Self
    where
        K: Hash + Eq,
    {
        let mut d = Dict::new();
        d.reserve(n);
        d
    }
}

/// Methods that need neither hashing nor key comparison.
impl<K, V, S> Dict<K, V, S> {
    /// An empty dictionary using `hasher` (allocates nothing until the first insert).
    pub fn with_hasher(hasher: S) -> Self {
        Dict {
            tables: [Table::empty(), Table::empty()],
            rehash_idx: 0,
            resize_allowed: true,
            hasher,
        }
    }

    /// The hasher builder.
    pub fn hasher(&self) -> &S {
        &self.hasher
    }

    /// Number of entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.tables[0].used + self.tables[1].used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether entries are being migrated between two bucket arrays.
    #[inline]
    pub fn is_rehashing(&self) -> bool {
        self.tables[1].size() != 0
    }

    /// Buckets in both arrays (the DEBUG HTSTATS "table size", summed while rehashing).
    pub fn bucket_count(&self) -> usize {
        self.tables[0].size() + self.tables[1].size()
    }

    /// Bytes used by the table itself: the bucket arrays plus one node (key, value, next
    /// pointer) per entry. What the keys and values own on the heap is not counted, nor the
    /// allocator's per-allocation overhead, nor `size_of::<Dict>()`.
    pub fn mem_usage(&self) -> usize {
        self.bucket_count() * mem::size_of::<Slot<K, V>>()
            + self.len() * mem::size_of::<Node<K, V>>()
    }

    /// Allows or forbids resizing (forbid it while a forked child shares the memory). While
    /// forbidden the table does not shrink, an ongoing rehash pauses unless the two arrays differ
    /// in size by 5x or more, and the table only grows once the load factor exceeds 5.
    pub fn set_resize_allowed(&mut self, allowed: bool) {
        self.resize_allowed = allowed;
    }

    pub fn resize_allowed(&self) -> bool {
        self.resize_allowed
    }

    /// Removes every entry and frees the bucket arrays.
    pub fn clear(&mut self) {
        self.tables = [Table::empty(), Table::empty()];
        self.rehash_idx = 0;
    }

    /// Removes every entry, returning them as an iterator. The dictionary is empty as soon as
    /// this returns, whether or not the iterator is consumed.
    pub fn drain(&mut self) -> IntoIter<K, V> {
        let tables = mem::replace(&mut self.tables, [Table::empty(), Table::empty()]);
        self.rehash_idx = 0;
        IntoIter::new(tables)
    }

    /// Iterates over all entries, in no particular order.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter {
            buckets: self.tables[0]
                .buckets
                .iter()
                .chain(self.tables[1].buckets.iter()),
            node: None,
            remaining: self.len(),
        }
    }

    /// Iterates over all entries with mutable access to the values.
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        let remaining = self.len();
        let [t0, t1] = &mut self.tables;
        IterMut {
            buckets: t0.buckets.iter_mut().chain(t1.buckets.iter_mut()),
            node: None,
            remaining,
        }
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut {
            inner: self.iter_mut(),
        }
    }

    /// Visits the bucket(s) the cursor names, calling `f` for each of their entries, and returns
    /// the next cursor: 0 when the iteration is complete. Start an iteration with cursor 0.
    ///
    /// The cursor counts up in reverse-binary order (most significant bucket bit first), which is
    /// what keeps it valid when the table is resized between calls: every entry present for the
    /// whole iteration is reported at least once, though some may be reported more than once.
    /// While rehashing, the bucket of the smaller array is visited together with all the buckets
    /// of the larger array that it expands to.
    pub fn scan(&self, cursor: u64, mut f: impl FnMut(&K, &V)) -> u64 {
        if self.is_empty() {
            return 0;
        }
        let mut visit = |slot: &Slot<K, V>| {
            let mut cur = slot.as_deref();
            while let Some(n) = cur {
                f(&n.key, &n.value);
                cur = n.next.as_deref();
            }
        };
        let mut v = cursor;
        if !self.is_rehashing() {
            let t = &self.tables[0];
            let m = t.mask() as u64;
            visit(&t.buckets[(v & m) as usize]);
            next_cursor(v, m)
        } else {
            let [a, b] = &self.tables;
            let (small, large) = if a.size() < b.size() { (a, b) } else { (b, a) };
            let m0 = small.mask() as u64;
            let m1 = large.mask() as u64;
            visit(&small.buckets[(v & m0) as usize]);
            loop {
                visit(&large.buckets[(v & m1) as usize]);
                v = next_cursor(v, m1);
                // Stop once the bits the large table adds to the small one wrap around.
                if v & (m0 ^ m1) == 0 {
                    break v;
                }
            }
        }
    }

    /// One entry picked at random. Like Redis's "fair" variant: a few entries are sampled from a
    /// random run of buckets and one of them is chosen, which evens out the bias toward entries in
    /// short chains. Needs no rehash step, so it works on a shared borrow.
    pub fn random_entry(&self, rng: &mut impl Rng) -> Option<(&K, &V)> {
        if self.is_empty() {
            return None;
        }
        let found = self.sample_nodes(FAIR_SAMPLE, rng, false);
        let node = if found.is_empty() {
            self.random_bucket_entry(rng)
        } else {
            found[rng.gen_range(0..found.len())]
        };
        Some((&node.key, &node.value))
    }

    /// Up to `count` distinct entries sampled near-randomly: a run of consecutive buckets
    /// starting at a random position, jumping elsewhere after long empty stretches (Redis's
    /// `dictGetSomeKeys`). Returns `min(count, len)` entries. Expected cost is O(count) while the
    /// table is reasonably full (the shrink policy keeps it at least 10% full when resizing is
    /// allowed); at worst it is linear in the number of buckets.
    pub fn sample(&self, count: usize, rng: &mut impl Rng) -> Vec<(&K, &V)> {
        self.sample_nodes(count, rng, true)
            .into_iter()
            .map(|n| (&n.key, &n.value))
            .collect()
    }

    /// The sampling behind [`Dict::sample`]. Positions index the larger bucket array; position
    /// `i` covers bucket `i` of each array that has one (skipping already migrated buckets).
    /// Each position is visited at most once, so no entry is returned twice. Unless
    /// `exhaustive`, gives up after `10 * count` positions, possibly with fewer entries.
    fn sample_nodes(&self, count: usize, rng: &mut impl Rng, exhaustive: bool) -> Vec<&Node<K, V>> {
        let count = count.min(self.len());
        let mut out: Vec<&Node<K, V>> = Vec::with_capacity(count);
        if count == 0 {
            return out;
        }
        let rehashing = self.is_rehashing();
        let [t0, t1] = &self.tables;
        let positions = t0.size().max(t1.size());
        let pmask = positions - 1;
        // Visited positions as circular runs (start, length). Few: a jump to a random position
        // only happens after more than `count` empty buckets, so at most ~10 in the bounded phase.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut visited = 0;
        if rehashing && t1.size() < t0.size() && self.rehash_idx > t1.size() {
            // Shrinking: positions between the small array's end and the migration point hold
            // nothing in either array.
            runs.push((t1.size(), self.rehash_idx - t1.size()));
            visited = self.rehash_idx - t1.size();
        }
        let max_steps = count.saturating_mul(10);
        let mut steps = 0;
        let mut seen = 0;
        let mut empty_run = 0;
        let mut i = rng.gen::<u64>() as usize & pmask;
        while seen < count && visited < positions {
            let bounded = steps < max_steps;
            if !bounded && !exhaustive {
                break;
            }
            steps += 1;
            if let Some(&(s, l)) = runs.iter().find(|&&(s, l)| i.wrapping_sub(s) & pmask < l) {
                i = (s + l) & pmask;
                continue;
            }
            visited += 1;
            match runs.last_mut() {
                Some((s, l)) if (*s + *l) & pmask == i => *l += 1,
                _ => runs.push((i, 1)),
            }
            let mut empty = true;
            for (j, t) in [t0, t1].into_iter().enumerate() {
                if (j == 0 && rehashing && i < self.rehash_idx) || i >= t.size() {
                    continue;
                }
                let mut cur = t.buckets[i].as_deref();
                while let Some(n) = cur {
                    empty = false;
                    // Past `count`, keep going to the end of the chain with reservoir sampling so
                    // the tail of a long chain has its chance too.
                    if out.len() < count {
                        out.push(n);
                    } else {
                        let r = rng.gen_range(0..=seen);
                        if r < count {
                            out[r] = n;
                        }
                    }
                    seen += 1;
                    cur = n.next.as_deref();
                }
            }
            if empty {
                empty_run += 1;
                if bounded && empty_run >= 5 && empty_run > count {
                    i = rng.gen::<u64>() as usize & pmask;
                    empty_run = 0;
                    continue;
                }
            } else {
                empty_run = 0;
            }
            i = (i + 1) & pmask;
        }
        out
    }

    /// A random non-empty bucket, then a random entry of its chain (Redis's `dictGetRandomKey`).
    /// Falls back to a uniform linear pick if the table is so sparse that probing keeps missing.
    fn random_bucket_entry(&self, rng: &mut impl Rng) -> &Node<K, V> {
        let [t0, t1] = &self.tables;
        let rehashing = self.is_rehashing();
        for _ in 0..RANDOM_PROBES {
            let head = if rehashing {
                // Buckets of t0 below rehash_idx are empty: draw from the rest of t0 and all of t1.
                let span = t0.size() + t1.size() - self.rehash_idx;
                let h = self.rehash_idx + rng.gen_range(0..span);
                if h < t0.size() {
                    t0.buckets[h].as_deref()
                } else {
                    t1.buckets[h - t0.size()].as_deref()
                }
            } else {
                t0.buckets[rng.gen::<u64>() as usize & t0.mask()].as_deref()
            };
            if let Some(head) = head {
                let mut len = 0;
                let mut cur = Some(head);
                while let Some(n) = cur {
                    len += 1;
                    cur = n.next.as_deref();
                }
                let mut node = head;
                for _ in 0..rng.gen_range(0..len) {
                    node = node.next.as_deref().unwrap();
                }
                return node;
            }
        }
        self.nth_node(rng.gen_range(0..self.len()))
    }

    /// The `nth` entry in iteration order.
    fn nth_node(&self, nth: usize) -> &Node<K, V> {
        let mut left = nth;
        for slot in self.tables[0]
            .buckets
            .iter()
            .chain(self.tables[1].buckets.iter())
        {
            let mut cur = slot.as_deref();
            while let Some(n) = cur {
                if left == 0 {
                    return n;
                }
                left -= 1;
                cur = n.next.as_deref();
            }
        }
        unreachable!("nth_node past the end")
    }

    /// Human-readable chain statistics in the format of Redis's DEBUG HTSTATS (one section per
    /// bucket array; the second only while rehashing).
    pub fn stats(&self) -> String {
        let mut out = String::new();
        self.table_stats(0, &mut out);
        if self.is_rehashing() {
            self.table_stats(1, &mut out);
        }
        out
    }

    fn table_stats(&self, idx: usize, out: &mut String) {
        use std::fmt::Write;
        const BUCKETS: usize = 50;
        let t = &self.tables[idx];
        let name = if idx == 0 {
            "main hash table"
        } else {
            "rehashing target"
        };
        if t.used == 0 {
            let _ = writeln!(out, "Hash table {idx} stats ({name}):");
            let _ = writeln!(out, "No stats available for empty dictionaries");
            return;
        }
        let mut dist = [0usize; BUCKETS];
        let (mut slots, mut max_chain, mut total) = (0usize, 0usize, 0usize);
        for slot in t.buckets.iter() {
            let mut len = 0;
            let mut cur = slot.as_deref();
            while let Some(n) = cur {
                len += 1;
                cur = n.next.as_deref();
            }
            dist[len.min(BUCKETS - 1)] += 1;
            if len > 0 {
                slots += 1;
                max_chain = max_chain.max(len);
                total += len;
            }
        }
        let _ = write!(
            out,
            "Hash table {idx} stats ({name}):\n table size: {}\n number of elements: {}\n \
             different slots: {slots}\n max chain length: {max_chain}\n \
             avg chain length (counted): {:.2}\n avg chain length (computed): {:.2}\n \
             Chain length distribution:\n",
            t.size(),
            t.used,
            total as f64 / slots as f64,
            t.used as f64 / slots as f64,
        );
        for (len, &n) in dist.iter().enumerate().take(BUCKETS - 1) {
            if n != 0 {
                let pct = n as f64 / t.size() as f64 * 100.0;
                let _ = writeln!(out, "   {len}: {n} ({pct:.2}%)");
            }
        }
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Dict<K, V, S> {
    #[inline]
    fn hash<Q: Hash + ?Sized>(&self, k: &Q) -> usize {
        self.hasher.hash_one(k) as usize
    }

    /// The node holding `k`, in whichever array it lives.
    fn find<Q>(&self, k: &Q) -> Option<&Node<K, V>>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.is_empty() {
            return None;
        }
        let h = self.hash(k);
        let tables = if self.is_rehashing() { 2 } else { 1 };
        for t in &self.tables[..tables] {
            let mut cur = t.buckets[h & t.mask()].as_deref();
            while let Some(n) = cur {
                if n.key.borrow() == k {
                    return Some(n);
                }
                cur = n.next.as_deref();
            }
        }
        None
    }

    pub fn get<Q>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.find(k).map(|n| &n.value)
    }

    pub fn get_key_value<Q>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.find(k).map(|n| (&n.key, &n.value))
    }

    pub fn contains_key<Q>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.find(k).is_some()
    }

    /// Mutable access to the value of `k`. Performs one rehash step, as lookups do in Redis.
    pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.is_empty() {
            return None;
        }
        self.step();
        let h = self.hash(k);
        let rehashing = self.is_rehashing();
        let [t0, t1] = &mut self.tables;
        let i0 = h & t0.mask();
        if let Some(n) = slot_for(&mut t0.buckets[i0], k).as_deref_mut() {
            return Some(&mut n.value);
        }
        if rehashing {
            let i1 = h & t1.mask();
            return slot_for(&mut t1.buckets[i1], k)
                .as_deref_mut()
                .map(|n| &mut n.value);
        }
        None
    }

    /// Inserts `k -> v`. If the key was present, replaces the value (keeping the stored key)
    /// and returns the old value.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        let (slot, used) = self.find_or_vacant(&k);
        match slot {
            Some(node) => Some(mem::replace(&mut node.value, v)),
            None => {
                *slot = Some(Box::new(Node {
                    next: None,
                    key: k,
                    value: v,
                }));
                *used += 1;
                None
            }
        }
    }

    /// The value of `k`, inserting `f()` first if absent. The flag is true if it was inserted.
    pub fn get_or_insert_with(&mut self, k: K, f: impl FnOnce() -> V) -> (&mut V, bool) {
        let (slot, used) = self.find_or_vacant(&k);
        let inserted = slot.is_none();
        if inserted {
            // Compute the value before linking the node so a panicking `f` leaves no trace.
            let value = f();
            *used += 1;
            let node = slot.insert(Box::new(Node {
                next: None,
                key: k,
                value,
            }));
            (&mut node.value, true)
        } else {
            (&mut slot.as_mut().unwrap().value, false)
        }
    }

    /// Does a rehash step and any needed growth, then returns the link holding `k` or, if
    /// absent, the empty link where it should be inserted (end of its chain in the array new
    /// entries go to), together with that array's entry count.
    fn find_or_vacant(&mut self, k: &K) -> (&mut Link<K, V>, &mut usize) {
        self.step();
        self.expand_if_needed();
        let h = self.hash(k);
        let rehashing = self.is_rehashing();
        let [t0, t1] = &mut self.tables;
        let i0 = h & t0.mask();
        if !rehashing {
            return (slot_for(&mut t0.buckets[i0], k), &mut t0.used);
        }
        let slot = slot_for(&mut t0.buckets[i0], k);
        if slot.is_some() {
            return (slot, &mut t0.used);
        }
        let i1 = h & t1.mask();
        (slot_for(&mut t1.buckets[i1], k), &mut t1.used)
    }

    pub fn remove<Q>(&mut self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.remove_entry(k).map(|(_, v)| v)
    }

    /// Removes `k`, returning the stored key and its value. May start shrinking the table.
    pub fn remove_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.is_empty() {
            return None;
        }
        self.step();
        let h = self.hash(k);
        let tables = if self.is_rehashing() { 2 } else { 1 };
        for t in 0..tables {
            let table = &mut self.tables[t];
            let i = h & table.mask();
            let slot = slot_for(&mut table.buckets[i], k);
            if let Some(mut node) = slot.take() {
                *slot = node.next.take();
                table.used -= 1;
                self.shrink_if_needed();
                let Node { key, value, .. } = *node;
                return Some((key, value));
            }
        }
        None
    }

    /// Keeps only the entries for which `f` returns true. May start shrinking the table.
    pub fn retain(&mut self, mut f: impl FnMut(&K, &mut V) -> bool) {
        for table in self.tables.iter_mut() {
            let Table { buckets, used } = table;
            for slot in buckets.iter_mut() {
                let mut cur: &mut Link<K, V> = slot;
                while let Some(node) = cur.as_mut() {
                    if f(&node.key, &mut node.value) {
                        cur = &mut cur.as_mut().unwrap().next;
                    } else {
                        let mut gone = cur.take().unwrap();
                        *cur = gone.next.take();
                        *used -= 1;
                        drop(gone);
                    }
                }
            }
        }
        self.shrink_if_needed();
    }

    /// Makes room for `additional` more entries without further growth. Finishes an ongoing
    /// rehash first (O(len)); meant for bulk loading.
    pub fn reserve(&mut self, additional: usize) {
        let target = self.len().saturating_add(additional);
        if target == 0 {
            return;
        }
        if self.is_rehashing() {
            let allowed = mem::replace(&mut self.resize_allowed, true);
            while self.rehash(1024) {}
            self.resize_allowed = allowed;
        }
        if target > self.tables[0].size() {
            self.expand(target);
        }
    }

    /// Starts shrinking if resizing is allowed, no rehash is under way and fewer than 10% of the
    /// buckets are used. The table also checks this itself after removals; the server cron may
    /// call it too. Returns whether a shrink started.
    pub fn shrink_if_needed(&mut self) -> bool {
        if !self.resize_allowed || self.is_rehashing() {
            return false;
        }
        let (size, used) = (self.tables[0].size(), self.tables[0].used);
        if size > INITIAL_SIZE && used * 100 / size < MIN_FILL_PERCENT {
            return self.expand(used.max(INITIAL_SIZE));
        }
        false
    }

    /// Migrates up to `buckets` non-empty buckets (visiting at most ten times as many empty
    /// ones). Returns true while rehashing remains to be done and can proceed; false once it is
    /// complete, or while it is paused by [`Dict::set_resize_allowed`]`(false)` (check
    /// [`Dict::is_rehashing`] to tell these apart).
    pub fn rehash_step(&mut self, buckets: usize) -> bool {
        self.rehash(buckets)
    }

    /// Rehashes in batches of 100 buckets until done, paused, or `budget` has elapsed (checked
    /// between batches). Returns the number of bucket steps performed.
    pub fn rehash_for(&mut self, budget: Duration) -> usize {
        let start = Instant::now();
        let mut steps = 0;
        while self.rehash(REHASH_BATCH) {
            steps += REHASH_BATCH;
            if start.elapsed() >= budget {
                break;
            }
        }
        steps
    }

    /// The single rehash step each mutating operation performs.
    #[inline]
    fn step(&mut self) {
        if self.is_rehashing() {
            self.rehash(1);
        }
    }

    fn rehash(&mut self, n: usize) -> bool {
        if !self.is_rehashing() {
            return false;
        }
        if !self.resize_allowed {
            let (a, b) = (self.tables[0].size(), self.tables[1].size());
            if a.max(b) / a.min(b) < FORCE_RESIZE_RATIO {
                return false;
            }
        }
        if n == 0 {
            return true;
        }
        let mut empty_visits = n.saturating_mul(EMPTY_VISITS_PER_STEP);
        let [t0, t1] = &mut self.tables;
        let mask1 = t1.mask();
        for _ in 0..n {
            if t0.used == 0 {
                break;
            }
            // t0 still holds entries, so a non-empty bucket exists at or after rehash_idx.
            while t0.buckets[self.rehash_idx].is_none() {
                self.rehash_idx += 1;
                empty_visits -= 1;
                if empty_visits == 0 {
                    return true;
                }
            }
            let slot: &mut Link<K, V> = &mut t0.buckets[self.rehash_idx];
            while let Some(node) = slot.as_ref() {
                // Hash before unlinking, so a panicking `Hash` leaves the table consistent.
                let i = self.hasher.hash_one(&node.key) as usize & mask1;
                let mut node = slot.take().unwrap();
                *slot = node.next.take();
                node.next = mem::take(&mut *t1.buckets[i]);
                *t1.buckets[i] = Some(node);
                t0.used -= 1;
                t1.used += 1;
            }
            self.rehash_idx += 1;
        }
        if t0.used == 0 {
            self.tables[0] = mem::replace(&mut self.tables[1], Table::empty());
            self.rehash_idx = 0;
            return false;
        }
        true
    }

    /// Starts a resize to the smallest power of two (at least 4) holding `size` entries.
    /// No-op while rehashing, if `size < len`, or if the size would not change.
    fn expand(&mut self, size: usize) -> bool {
        if self.is_rehashing() || self.tables[0].used > size {
            return false;
        }
        let new_size = size
            .max(INITIAL_SIZE)
            .checked_next_power_of_two()
            .expect("Dict capacity overflow");
        if new_size == self.tables[0].size() {
            return false;
        }
        let table = Table::with_size(new_size);
        if self.tables[0].size() == 0 {
            self.tables[0] = table;
        } else {
            self.tables[1] = table;
            self.rehash_idx = 0;
        }
        true
    }

    fn expand_if_needed(&mut self) {
        if self.is_rehashing() {
            return;
        }
        let (size, used) = (self.tables[0].size(), self.tables[0].used);
        if size == 0 {
            self.expand(INITIAL_SIZE);
        } else if (self.resize_allowed && used >= size) || used / size > FORCE_RESIZE_RATIO {
            self.expand(used + 1);
        }
    }
}

impl<K, V, S: Default> Default for Dict<K, V, S> {
    fn default() -> Self {
        Dict::with_hasher(S::default())
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for Dict<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Clone, V: Clone, S: Clone> Clone for Dict<K, V, S> {
    fn clone(&self) -> Self {
        Dict {
            tables: [self.tables[0].clone(), self.tables[1].clone()],
            rehash_idx: self.rehash_idx,
            resize_allowed: self.resize_allowed,
            hasher: self.hasher.clone(),
        }
    }
}

impl<K: Hash + Eq, V: PartialEq, S: BuildHasher> PartialEq for Dict<K, V, S> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: Hash + Eq, V: Eq, S: BuildHasher> Eq for Dict<K, V, S> {}

impl<K: Hash + Eq, V, S: BuildHasher + Default> FromIterator<(K, V)> for Dict<K, V, S> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut d = Dict::default();
        d.extend(iter);
        d
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Extend<(K, V)> for Dict<K, V, S> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K, V, S> IntoIterator for Dict<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;
    fn into_iter(self) -> IntoIter<K, V> {
        let Dict { tables, .. } = self;
        IntoIter::new(tables)
    }
}

impl<'a, K, V, S> IntoIterator for &'a Dict<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut Dict<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;
    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

type SlotIter<'a, K, V> =
    std::iter::Chain<std::slice::Iter<'a, Slot<K, V>>, std::slice::Iter<'a, Slot<K, V>>>;
type SlotIterMut<'a, K, V> =
    std::iter::Chain<std::slice::IterMut<'a, Slot<K, V>>, std::slice::IterMut<'a, Slot<K, V>>>;

/// Iterator over `(&K, &V)`; see [`Dict::iter`].
pub struct Iter<'a, K, V> {
    buckets: SlotIter<'a, K, V>,
    node: Option<&'a Node<K, V>>,
    remaining: usize,
}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter {
            buckets: self.buckets.clone(),
            node: self.node,
            remaining: self.remaining,
        }
    }
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(n) = self.node {
                self.node = n.next.as_deref();
                self.remaining -= 1;
                return Some((&n.key, &n.value));
            }
            if self.remaining == 0 {
                return None;
            }
            self.node = self.buckets.next()?.as_deref();
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
impl<K, V> FusedIterator for Iter<'_, K, V> {}

/// Iterator over `(&K, &mut V)`; see [`Dict::iter_mut`].
pub struct IterMut<'a, K, V> {
    buckets: SlotIterMut<'a, K, V>,
    node: Option<&'a mut Node<K, V>>,
    remaining: usize,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(n) = self.node.take() {
                let Node { next, key, value } = n;
                self.node = next.as_deref_mut();
                self.remaining -= 1;
                return Some((key, value));
            }
            if self.remaining == 0 {
                return None;
            }
            let slot: &'a mut Link<K, V> = self.buckets.next()?;
            self.node = slot.as_deref_mut();
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}
impl<K, V> FusedIterator for IterMut<'_, K, V> {}

/// Owning iterator; see [`Dict::drain`] and `Dict::into_iter`.
pub struct IntoIter<K, V> {
    tables: [Table<K, V>; 2],
    table: usize,
    bucket: usize,
    /// The rest of the chain being yielded; it came from `tables[table]`, whose `used` still
    /// counts it.
    chain: Link<K, V>,
    remaining: usize,
}

impl<K, V> IntoIter<K, V> {
    fn new(tables: [Table<K, V>; 2]) -> Self {
        let remaining = tables[0].used + tables[1].used;
        IntoIter {
            tables,
            table: 0,
            bucket: 0,
            chain: None,
            remaining,
        }
    }
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        loop {
            if let Some(mut node) = self.chain.take() {
                self.chain = node.next.take();
                self.tables[self.table].used -= 1;
                self.remaining -= 1;
                let Node { key, value, .. } = *node;
                return Some((key, value));
            }
            if self.remaining == 0 || self.table == 2 {
                return None;
            }
            let t = &mut self.tables[self.table];
            if self.bucket < t.size() {
                self.chain = mem::take(&mut *t.buckets[self.bucket]);
                self.bucket += 1;
            } else {
                self.table += 1;
                self.bucket = 0;
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
impl<K, V> FusedIterator for IntoIter<K, V> {}

impl<K, V> Drop for IntoIter<K, V> {
    fn drop(&mut self) {
        // The tables free what they still hold; the detached chain is freed here, iteratively.
        while let Some(mut node) = self.chain.take() {
            self.chain = node.next.take();
        }
    }
}

/// Iterator over keys; see [`Dict::keys`].
pub struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys {
            inner: self.inner.clone(),
        }
    }
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K> {
        self.inner.next().map(|(k, _)| k)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Keys<'_, K, V> {}
impl<K, V> FusedIterator for Keys<'_, K, V> {}

/// Iterator over values; see [`Dict::values`].
pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<K, V> Clone for Values<'_, K, V> {
    fn clone(&self) -> Self {
        Values {
            inner: self.inner.clone(),
        }
    }
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;
    fn next(&mut self) -> Option<&'a V> {
        self.inner.next().map(|(_, v)| v)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Values<'_, K, V> {}
impl<K, V> FusedIterator for Values<'_, K, V> {}

/// Iterator over mutable values; see [`Dict::values_mut`].
pub struct ValuesMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;
    fn next(&mut self) -> Option<&'a mut V> {
        self.inner.next().map(|(_, v)| v)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for ValuesMut<'_, K, V> {}
impl<K, V> FusedIterator for ValuesMut<'_, K, V> {}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use rand::rngs::SmallRng;
    use rand::SeedableRng;
    use std::collections::{HashMap, HashSet};
    use std::hash::{BuildHasherDefault, Hasher};

    /// Checks the internal invariants: every node in the bucket its hash names, counts right,
    /// migrated buckets empty, sizes powers of two.
    fn check<K: Hash + Eq, V, S: BuildHasher>(d: &Dict<K, V, S>) {
        let rehashing = d.is_rehashing();
        for (j, t) in d.tables.iter().enumerate() {
            assert!(t.size() == 0 || (t.size().is_power_of_two() && t.size() >= INITIAL_SIZE));
            let mut count = 0;
            for (i, slot) in t.buckets.iter().enumerate() {
                let mut cur = slot.as_deref();
                while let Some(n) = cur {
                    assert_eq!(d.hash(&n.key) & t.mask(), i, "entry in the wrong bucket");
                    if j == 0 && rehashing {
                        assert!(i >= d.rehash_idx, "entry below rehash_idx");
                    }
                    count += 1;
                    cur = n.next.as_deref();
                }
            }
            assert_eq!(count, t.used);
        }
        if rehashing {
            assert!(d.tables[0].size() > 0 && d.tables[0].size() != d.tables[1].size());
            assert!(d.rehash_idx <= d.tables[0].size());
        } else {
            assert_eq!(d.rehash_idx, 0);
        }
        if !d.is_empty() {
            assert!(d.tables[0].size() > 0);
        }
        assert_eq!(d.iter().count(), d.len());
        assert_eq!(d.iter().len(), d.len());
    }

    fn rng(seed: u64) -> SmallRng {
        SmallRng::seed_from_u64(seed)
    }

    #[test]
    fn model_against_hashmap() {
        let mut ops_rehashing = 0usize;
        let mut resizes = 0usize;
        for seed in 0..8 {
            let mut r = rng(seed);
            let mut d: Dict<u32, u64> = Dict::new();
            let mut m: HashMap<u32, u64> = HashMap::new();
            let mut was_rehashing = false;
            for op in 0..40_000u32 {
                // Alternate growth and shrink phases so the table resizes both ways repeatedly.
                let phase = op / 4000;
                let p_insert = if phase % 2 == 0 { 0.7 } else { 0.25 };
                let space = [64u32, 4000, 300, 6000, 16, 3000, 100, 5000, 8, 2000][phase as usize];
                let k = r.gen_range(0..space.max(8));
                if d.is_rehashing() {
                    ops_rehashing += 1;
                }
                let roll: f64 = r.gen();
                if roll < p_insert * 0.6 {
                    let v = r.gen::<u64>();
                    assert_eq!(d.insert(k, v), m.insert(k, v));
                } else if roll < p_insert * 0.8 {
                    let v = r.gen::<u64>();
                    let (got, inserted) = d.get_or_insert_with(k, || v);
                    let expect_inserted = !m.contains_key(&k);
                    assert_eq!(inserted, expect_inserted);
                    let mv = m.entry(k).or_insert(v);
                    assert_eq!(*got, *mv);
                    *got += 1;
                    *mv += 1;
                } else if roll < p_insert {
                    if let Some(v) = d.get_mut(&k) {
                        *v ^= 0xff;
                    }
                    if let Some(v) = m.get_mut(&k) {
                        *v ^= 0xff;
                    }
                } else if roll < p_insert + (1.0 - p_insert) * 0.5 {
                    assert_eq!(d.remove(&k), m.remove(&k));
                } else if roll < p_insert + (1.0 - p_insert) * 0.7 {
                    assert_eq!(d.remove_entry(&k), m.remove_entry(&k));
                } else if roll < 0.995 {
                    assert_eq!(d.get(&k), m.get(&k));
                    assert_eq!(d.contains_key(&k), m.contains_key(&k));
                    assert_eq!(d.get_key_value(&k), m.get_key_value(&k));
                } else if roll < 0.997 {
                    d.rehash_step(r.gen_range(0..4));
                } else if roll < 0.998 {
                    let allowed = !d.resize_allowed();
                    d.set_resize_allowed(allowed);
                } else if roll < 0.9999 {
                    let modulus = r.gen_range(2..5u32);
                    d.retain(|k, v| {
                        *v = v.wrapping_add(1);
                        k % modulus != 0
                    });
                    m.retain(|k, v| {
                        *v = v.wrapping_add(1);
                        k % modulus != 0
                    });
                } else {
                    d.clear();
                    m.clear();
                }
                assert_eq!(d.len(), m.len());
                if d.is_rehashing() && !was_rehashing {
                    resizes += 1;
                }
                was_rehashing = d.is_rehashing();
                if op % 1000 == 0 {
                    check(&d);
                    let got: HashMap<u32, u64> = d.iter().map(|(k, v)| (*k, *v)).collect();
                    assert_eq!(got, m);
                }
            }
            check(&d);
            let got: HashMap<u32, u64> = d.iter().map(|(k, v)| (*k, *v)).collect();
            assert_eq!(got, m);
            let got: HashMap<u32, u64> = d.into_iter().collect();
            assert_eq!(got, m);
        }
        assert!(
            ops_rehashing > 10_000,
            "too few ops during rehash: {ops_rehashing}"
        );
        assert!(resizes > 50, "too few resizes: {resizes}");
    }

    /// Runs a full SCAN iteration, calling `between` after every call that did not finish it.
    /// Returns how often each key was reported.
    fn full_scan<K: Clone + Hash + Eq, V, S: BuildHasher>(
        d: &mut Dict<K, V, S>,
        mut between: impl FnMut(&mut Dict<K, V, S>),
    ) -> HashMap<K, usize> {
        let mut seen = HashMap::new();
        let mut cursor = 0;
        for _ in 0..10_000_000 {
            cursor = d.scan(cursor, |k, _| *seen.entry(k.clone()).or_insert(0) += 1);
            if cursor == 0 {
                return seen;
            }
            between(d);
        }
        panic!("scan did not terminate");
    }

    fn assert_all_seen(stable: &[u64], seen: &HashMap<u64, usize>) {
        for k in stable {
            assert!(seen.contains_key(k), "scan missed {k}");
        }
    }

    #[test]
    fn scan_static_table_reports_each_entry_once() {
        let mut d: Dict<u64, ()> = (0..1000).map(|k| (k, ())).collect();
        while d.rehash_step(100) {}
        let mut calls = 0;
        let seen = full_scan(&mut d, |_| calls += 1);
        assert_eq!(seen.len(), 1000);
        assert!(seen.values().all(|&n| n == 1));
        assert_eq!(calls + 1, d.bucket_count());
        let mut empty: Dict<u64, ()> = Dict::new();
        assert_eq!(empty.scan(0, |_, _| panic!()), 0);
        empty.insert(1, ());
        empty.remove(&1);
        assert_eq!(empty.scan(0, |_, _| panic!()), 0);
    }

    #[test]
    fn scan_while_growing() {
        for seed in 0..10 {
            let mut r = rng(seed);
            let stable: Vec<u64> = (0..100).map(|_| r.gen::<u64>() >> 1).collect();
            let mut d: Dict<u64, ()> = stable.iter().map(|&k| (k, ())).collect();
            let start_buckets = d.bucket_count();
            let mut next = 1u64 << 63;
            let mut saw_rehash = 0;
            let seen = full_scan(&mut d, |d| {
                saw_rehash += d.is_rehashing() as usize;
                if d.len() < 60_000 {
                    for _ in 0..r.gen_range(0..300) {
                        d.insert(next, ());
                        next += 1;
                    }
                }
                if r.gen_bool(0.1) {
                    d.rehash_step(r.gen_range(1..50));
                }
            });
            assert_all_seen(&stable, &seen);
            assert!(
                d.bucket_count() >= start_buckets * 256,
                "table did not grow enough"
            );
            assert!(saw_rehash > 0);
            check(&d);
        }
    }

    #[test]
    fn scan_while_shrinking() {
        for seed in 0..10 {
            let mut r = rng(100 + seed);
            let mut d: Dict<u64, ()> = (0..50_000u64).map(|k| (k, ())).collect();
            while d.rehash_step(1000) {}
            let start_buckets = d.bucket_count();
            let stable: Vec<u64> = (0..100).map(|_| r.gen_range(0..50_000)).collect();
            let stable_set: HashSet<u64> = stable.iter().copied().collect();
            let mut doomed: Vec<u64> = (0..50_000).filter(|k| !stable_set.contains(k)).collect();
            let mut saw_rehash = 0;
            let mut min_buckets = start_buckets;
            let seen = full_scan(&mut d, |d| {
                saw_rehash += d.is_rehashing() as usize;
                min_buckets = min_buckets.min(d.bucket_count());
                for _ in 0..r.gen_range(0..1500) {
                    if doomed.is_empty() {
                        break;
                    }
                    let i = r.gen_range(0..doomed.len());
                    assert!(d.remove(&doomed.swap_remove(i)).is_some());
                }
                if r.gen_bool(0.1) {
                    d.rehash_step(r.gen_range(1..50));
                }
            });
            assert_all_seen(&stable, &seen);
            assert!(
                min_buckets * 8 <= start_buckets,
                "table did not shrink enough"
            );
            assert!(saw_rehash > 0);
            check(&d);
        }
    }

    /// A dictionary half way through growing (or shrinking), frozen there.
    fn mid_rehash(grow: bool, progress: usize) -> Dict<u64, ()> {
        let mut d: Dict<u64, ()> = Dict::new();
        if grow {
            for k in 0..4096 {
                d.insert(k, ());
            }
            while d.rehash_step(100) {}
            // The next insert finds used == size and starts growing 4096 -> 8192.
            d.insert(4096, ());
        } else {
            for k in 0..4096 {
                d.insert(k, ());
            }
            while d.rehash_step(100) {}
            for k in 400..4096 {
                d.remove(&k);
                if d.is_rehashing() {
                    break;
                }
            }
        }
        assert!(d.is_rehashing());
        d.rehash_step(progress);
        assert!(d.is_rehashing());
        check(&d);
        d
    }

    #[test]
    fn scan_mid_rehash() {
        for grow in [true, false] {
            for progress in [0, 1, 7, 100, 300] {
                // Frozen mid-rehash for the whole iteration.
                let mut d = mid_rehash(grow, progress);
                let all: Vec<u64> = d.keys().copied().collect();
                let seen = full_scan(&mut d, |_| {});
                assert_all_seen(&all, &seen);
                assert_eq!(seen.len(), all.len());
                // The rehash proceeding (and finishing) between calls.
                let mut d = mid_rehash(grow, progress);
                let mut r = rng(progress as u64);
                let seen = full_scan(&mut d, |d| {
                    d.rehash_step(r.gen_range(0..3));
                });
                assert_all_seen(&all, &seen);
                // Starting from a single table and then being mid-rehash.
                let mut d = mid_rehash(grow, progress);
                while d.rehash_step(100) {}
                let mut first = true;
                let seen = full_scan(&mut d, |d| {
                    if first {
                        first = false;
                        if grow {
                            d.reserve(d.len() * 4);
                        } else {
                            let keep: HashSet<u64> = all.iter().take(20).copied().collect();
                            d.retain(|k, _| keep.contains(k));
                        }
                        assert!(d.is_rehashing());
                    }
                    d.rehash_step(1);
                });
                if grow {
                    assert_all_seen(&all, &seen);
                } else {
                    assert_all_seen(&all[..20], &seen);
                }
            }
        }
    }

    #[test]
    fn scan_with_random_churn() {
        for seed in 0..30 {
            let mut r = rng(1000 + seed);
            let stable: Vec<u64> = (0..200).map(|i| i << 40).collect();
            let mut d: Dict<u64, ()> = Dict::new();
            for &k in &stable {
                d.insert(k, ());
            }
            let mut churn: Vec<u64> = Vec::new();
            let target_big = r.gen_bool(0.5);
            let seen = full_scan(&mut d, |d| {
                let n = r.gen_range(0..200);
                let grow = if target_big {
                    d.len() < 20_000
                } else {
                    r.gen_bool(0.4)
                };
                for _ in 0..n {
                    if grow || churn.is_empty() {
                        let k = r.gen::<u64>() | 1;
                        d.insert(k, ());
                        churn.push(k);
                    } else {
                        let i = r.gen_range(0..churn.len());
                        d.remove(&churn.swap_remove(i));
                    }
                }
                match r.gen_range(0..20) {
                    0 => {
                        d.rehash_step(r.gen_range(0..100));
                    }
                    1 => d.set_resize_allowed(!d.resize_allowed()),
                    2 => {
                        d.shrink_if_needed();
                    }
                    _ => {}
                }
            });
            assert_all_seen(&stable, &seen);
            check(&d);
        }
    }

    #[test]
    fn random_entry_and_sample_return_existing_entries() {
        let mut r = rng(7);
        // Small dict: every element gets picked eventually.
        let d: Dict<u32, u32> = (0..10).map(|k| (k, k * 10)).collect();
        let mut hits = HashSet::new();
        for _ in 0..2000 {
            let (k, v) = d.random_entry(&mut r).unwrap();
            assert_eq!(*v, *k * 10);
            hits.insert(*k);
        }
        assert_eq!(hits.len(), 10);
        let empty: Dict<u32, u32> = Dict::new();
        assert!(empty.random_entry(&mut r).is_none());
        assert!(empty.sample(5, &mut r).is_empty());

        for grow in [true, false] {
            for progress in [0, 50, 250] {
                let d = mid_rehash(grow, progress);
                let mut hits = HashSet::new();
                for _ in 0..20_000 {
                    let (k, _) = d.random_entry(&mut r).unwrap();
                    assert!(d.contains_key(k));
                    hits.insert(*k);
                }
                assert!(
                    hits.len() > d.len() / 2,
                    "poor coverage: {} of {}",
                    hits.len(),
                    d.len()
                );
                for count in [0, 1, 5, 15, 100, d.len() - 1, d.len(), d.len() + 10] {
                    let s = d.sample(count, &mut r);
                    assert_eq!(s.len(), count.min(d.len()));
                    let keys: HashSet<u64> = s.iter().map(|(k, _)| **k).collect();
                    assert_eq!(keys.len(), s.len(), "duplicates in sample");
                    assert!(keys.iter().all(|k| d.contains_key(k)));
                }
            }
        }
    }

    #[test]
    fn random_entry_in_sparse_table() {
        let mut r = rng(8);
        let mut d: Dict<u32, ()> = (0..5000).map(|k| (k, ())).collect();
        while d.rehash_step(100) {}
        d.set_resize_allowed(false);
        d.retain(|k, _| *k == 4321 || *k == 17);
        assert_eq!(d.bucket_count(), 8192);
        let mut hits = HashSet::new();
        for _ in 0..200 {
            hits.insert(*d.random_entry(&mut r).unwrap().0);
        }
        assert_eq!(hits, HashSet::from([4321, 17]));
        let s = d.sample(10, &mut r);
        assert_eq!(s.len(), 2);
        // Allowing resizes again lets the next removal shrink the table.
        d.set_resize_allowed(true);
        d.remove(&17);
        while d.rehash_step(100) {}
        assert_eq!(d.bucket_count(), INITIAL_SIZE);
        assert_eq!(d.random_entry(&mut r), Some((&4321, &())));
    }

    #[test]
    fn random_entry_is_roughly_fair() {
        let mut r = rng(9);
        let d: Dict<u32, ()> = (0..1000).map(|k| (k, ())).collect();
        let mut counts = vec![0u32; 1000];
        for _ in 0..200_000 {
            counts[*d.random_entry(&mut r).unwrap().0 as usize] += 1;
        }
        // Mean 200; no entry should be starved or hugely favoured.
        let (min, max) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
        assert!(*min > 40 && *max < 800, "min {min} max {max}");
    }

    #[test]
    fn resize_policy() {
        let mut d: Dict<u32, ()> = Dict::new();
        assert_eq!(d.bucket_count(), 0);
        assert_eq!(d.mem_usage(), 0);
        for k in 0..4 {
            d.insert(k, ());
        }
        assert_eq!(d.bucket_count(), 4);
        assert!(!d.is_rehashing());
        d.insert(4, ());
        assert!(d.is_rehashing());
        assert_eq!(d.bucket_count(), 4 + 8);
        // Paused while resizing is not allowed (sizes differ by less than 5x)...
        d.set_resize_allowed(false);
        assert!(!d.rehash_step(100));
        assert!(d.is_rehashing());
        d.set_resize_allowed(true);
        assert!(!d.rehash_step(100));
        assert!(!d.is_rehashing());
        assert_eq!(d.bucket_count(), 8);

        // ...and growth deferred until the load factor passes 5.
        let mut d: Dict<u32, ()> = Dict::new();
        d.set_resize_allowed(false);
        for k in 0..24 {
            d.insert(k, ());
        }
        assert_eq!(d.bucket_count(), 4);
        d.insert(24, ());
        assert!(d.is_rehashing());
        assert_eq!(d.bucket_count(), 4 + 32);
        // A 4 -> 32 rehash proceeds even while resizing is disallowed.
        assert!(!d.rehash_step(100));
        assert_eq!(d.bucket_count(), 32);
        check(&d);

        // Shrinking below 10% fill.
        let mut d: Dict<u32, ()> = (0..1000).map(|k| (k, ())).collect();
        while d.rehash_step(100) {}
        assert_eq!(d.bucket_count(), 1024);
        for k in 0..897 {
            d.remove(&k);
        }
        assert!(!d.is_rehashing(), "103 of 1024 is still over 10%");
        d.remove(&897);
        assert!(d.is_rehashing());
        while d.rehash_step(1) {}
        assert_eq!(d.bucket_count(), 128);
        assert_eq!(d.len(), 102);
        check(&d);

        // with_capacity: no rehash while filling to capacity.
        let mut d: Dict<u32, u32> = Dict::with_capacity(1000);
        assert_eq!(d.bucket_count(), 1024);
        for k in 0..1000 {
            d.insert(k, k);
            assert!(!d.is_rehashing());
        }
        assert_eq!(
            d.mem_usage(),
            1024 * mem::size_of::<usize>() + 1000 * mem::size_of::<Node<u32, u32>>()
        );
        assert!(d
            .stats()
            .contains(" table size: 1024\n number of elements: 1000\n"));
        // reserve while rehashing finishes the rehash, then starts the bigger one.
        for k in 1000..1024 {
            d.insert(k, k);
        }
        assert!(!d.is_rehashing());
        d.insert(1024, 0);
        assert!(d.is_rehashing());
        d.reserve(10_000);
        assert!(d.is_rehashing());
        assert_eq!(d.bucket_count(), 2048 + 16384);
        assert!(d.stats().contains("rehashing target"));
        assert!(d.rehash_for(Duration::from_secs(10)) > 0);
        assert!(!d.is_rehashing());
        check(&d);
    }

    #[test]
    fn drain_retain_clear_into_iter() {
        let mut d: Dict<u32, String> = (0..500).map(|k| (k, k.to_string())).collect();
        assert!(d.is_rehashing() || d.len() == 500);
        let mut got: Vec<(u32, String)> = d.drain().collect();
        got.sort();
        assert_eq!(
            got,
            (0..500).map(|k| (k, k.to_string())).collect::<Vec<_>>()
        );
        assert!(d.is_empty());
        assert_eq!(d.bucket_count(), 0);
        d.insert(1, "x".into());
        assert_eq!(d.get(&1).map(String::as_str), Some("x"));

        // Partially consumed drain and into_iter free the rest.
        let mut d: Dict<u32, String> = (0..300).map(|k| (k, k.to_string())).collect();
        let mut dr = d.drain();
        assert_eq!(dr.len(), 300);
        dr.next();
        dr.next();
        assert_eq!(dr.len(), 298);
        drop(dr);
        assert!(d.is_empty());
        let d: Dict<u32, String> = (0..300).map(|k| (k, k.to_string())).collect();
        let mut it = d.into_iter();
        assert_eq!(it.by_ref().take(150).count(), 150);
        drop(it);

        let mut d: Dict<u32, u32> = (0..2000).map(|k| (k, k)).collect();
        d.retain(|k, v| {
            *v += 1;
            k % 3 == 0
        });
        assert_eq!(d.len(), 667);
        assert!(d.iter().all(|(k, v)| k % 3 == 0 && *v == k + 1));
        check(&d);
        d.retain(|_, _| false);
        assert!(d.is_empty());
        check(&d);
        d.insert(5, 5);
        d.clear();
        assert!(d.is_empty() && d.bucket_count() == 0 && d.get(&5).is_none());
        d.clear();

        let mut d: Dict<u32, u32> = (0..100).map(|k| (k, k)).collect();
        for (_, v) in d.iter_mut() {
            *v *= 2;
        }
        for v in d.values_mut() {
            *v += 1;
        }
        for (k, v) in &mut d {
            assert_eq!(*v, k * 2 + 1);
        }
        assert_eq!(
            d.values().map(|v| *v as u64).sum::<u64>(),
            (0..100u64).map(|k| k * 2 + 1).sum()
        );
        let mut keys: Vec<u32> = d.keys().copied().collect();
        keys.sort();
        assert_eq!(keys, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn clone_eq_debug_extend() {
        let mut d = mid_rehash(true, 10);
        let c = d.clone();
        assert!(c.is_rehashing());
        check(&c);
        assert_eq!(c, d);
        d.insert(u64::MAX, ());
        assert_ne!(c, d);
        assert!(!c.contains_key(&u64::MAX));

        let mut small: Dict<u32, &str> = Dict::default();
        small.insert(1, "one");
        assert_eq!(format!("{small:?}"), r#"{1: "one"}"#);
        small.extend([(2, "two"), (1, "uno")]);
        assert_eq!(small.len(), 2);
        assert_eq!(small.get(&1), Some(&"uno"));
    }

    #[test]
    fn insert_keeps_the_stored_key() {
        #[derive(Debug)]
        struct Tagged(u32, &'static str);
        impl PartialEq for Tagged {
            fn eq(&self, o: &Self) -> bool {
                self.0 == o.0
            }
        }
        impl Eq for Tagged {}
        impl Hash for Tagged {
            fn hash<H: Hasher>(&self, h: &mut H) {
                self.0.hash(h)
            }
        }
        let mut d = Dict::new();
        assert_eq!(d.insert(Tagged(1, "first"), 1), None);
        assert_eq!(d.insert(Tagged(1, "second"), 2), Some(1));
        let (k, v) = d.get_key_value(&Tagged(1, "")).unwrap();
        assert_eq!((k.1, *v), ("first", 2));
        let (v, inserted) = d.get_or_insert_with(Tagged(1, "third"), || 3);
        assert!(!inserted);
        assert_eq!(*v, 2);
        let (k, v) = d.remove_entry(&Tagged(1, "")).unwrap();
        assert_eq!((k.1, v), ("first", 2));
        let (v, inserted) = d.get_or_insert_with(Tagged(1, "fourth"), || 4);
        assert!(inserted);
        *v += 1;
        assert_eq!(d.get(&Tagged(1, "")), Some(&5));
    }

    #[test]
    fn borrow_lookup_with_bytes() {
        let mut d: Dict<Bytes, u32> = Dict::new();
        for i in 0..100u32 {
            d.insert(Bytes::from(format!("key:{i}")), i);
        }
        assert_eq!(d.get(&b"key:42"[..]), Some(&42));
        assert_eq!(d.get(b"key:7".as_slice()), Some(&7));
        assert!(d.contains_key(&b"key:99"[..]));
        assert!(!d.contains_key(&b"key:100"[..]));
        *d.get_mut(&b"key:1"[..]).unwrap() = 1000;
        assert_eq!(d.get(&Bytes::from_static(b"key:1")), Some(&1000));
        assert_eq!(d.remove(&b"key:1"[..]), Some(1000));
        let (k, v) = d.remove_entry(&b"key:2"[..]).unwrap();
        assert_eq!((&k[..], v), (&b"key:2"[..], 2));
        assert_eq!(d.len(), 98);
    }

    /// Every key hashes the same: one long chain.
    #[derive(Default)]
    struct Constant;
    impl Hasher for Constant {
        fn finish(&self) -> u64 {
            42
        }
        fn write(&mut self, _: &[u8]) {}
    }

    #[test]
    fn long_chains() {
        let mut d: Dict<u32, u32, BuildHasherDefault<Constant>> = Dict::default();
        for k in 0..3000 {
            d.insert(k, k);
        }
        while d.rehash_step(10) {}
        check(&d);
        assert!(d.stats().contains("max chain length: 3000"));
        let mut r = rng(3);
        let s = d.sample(10, &mut r);
        assert_eq!(s.len(), 10);
        assert_eq!(s.iter().map(|(k, _)| **k).collect::<HashSet<_>>().len(), 10);
        assert!(d.random_entry(&mut r).is_some());
        let seen = full_scan(&mut d, |_| {});
        assert_eq!(seen.len(), 3000);
        assert_eq!(d.get(&2999), Some(&2999));
        let c = d.clone();
        d.retain(|k, _| k % 2 == 0);
        assert_eq!(d.len(), 1500);
        check(&d);
        drop(c);
        drop(d);
    }

    /// Builds a 200k-node chain directly (inserting would be quadratic) to test that dropping and
    /// draining do not recurse.
    fn fill_long_chain(d: &mut Dict<u32, u32, BuildHasherDefault<Constant>>) {
        let slot: &mut Link<u32, u32> = &mut d.tables[0].buckets[42 & 3];
        for k in 0..200_000 {
            let next = slot.take();
            *slot = Some(Box::new(Node {
                next,
                key: k,
                value: k,
            }));
        }
        d.tables[0].used = 200_000;
    }

    #[test]
    fn huge_chain_drop_and_drain_do_not_recurse() {
        let mut d: Dict<u32, u32, BuildHasherDefault<Constant>> = Dict::default();
        d.tables[0] = Table::with_size(4);
        fill_long_chain(&mut d);
        let c = d.clone();
        assert_eq!(c.len(), 200_000);
        let mut it = c.into_iter();
        it.next();
        drop(it);
        assert_eq!(d.drain().count(), 200_000);
        d.tables[0] = Table::with_size(4);
        fill_long_chain(&mut d);
        drop(d);
    }
}
