//! Set values with Redis 7.0's two encodings.
//!
//! * `intset` — every member reads as a 64-bit integer (Redis's strict `string2ll` form) and
//!   there are at most `set-max-intset-entries` of them: a sorted array of integers stored at the
//!   smallest width (16, 32 or 64 bits) that holds them all ([`IntSet`]). Members come out in
//!   ascending numeric order.
//! * `hashtable` — a [`Dict`] of members, for everything else. Redis 7.0 has no compact
//!   encoding for small sets of strings (the `listpack` set encoding arrived in 7.2), so a set
//!   holding one non-integer member is already a `hashtable`, as OBJECT ENCODING reports in 7.0.
//!
//! Conversion is one-way, as in Redis: a table never goes back to an intset.

use crate::db::dict::{self, Dict};
use crate::util::inline::CompactBytes;
use crate::util::numbers::parse_i64;
use bytes::Bytes;
use rand::Rng;

/// Redis caps the intset limit at 2^30 entries whatever `set-max-intset-entries` says.
const INTSET_HARD_LIMIT: usize = 1 << 30;

type Table = Dict<CompactBytes, ()>;

/// One member as a set hands it out: intsets hold integers, tables hold bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Member<'a> {
    Int(i64),
    Str(&'a [u8]),
}

impl Member<'_> {
    /// Calls `f` with the member's bytes (integers in decimal), without allocating.
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Member::Int(n) => f(itoa::Buffer::new().format(*n).as_bytes()),
            Member::Str(s) => f(s),
        }
    }

    pub fn to_bytes(&self) -> Bytes {
        self.with_bytes(Bytes::copy_from_slice)
    }
}

#[derive(Debug, Clone)]
pub struct Set {
    repr: Repr,
}

#[derive(Debug, Clone)]
enum Repr {
    Ints(IntSet),
    Table(Box<Table>),
}

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

impl Set {
    /// An empty set in the intset encoding (what Redis starts SINTERSTORE & co. results with).
    pub fn new() -> Set {
        Set {
            repr: Repr::Ints(IntSet::default()),
        }
    }

    /// An empty set able to hold `first` in the cheapest way: an intset when it is an integer,
    /// a table otherwise (Redis's setTypeCreate).
    pub fn new_for(first: &[u8]) -> Set {
        if parse_i64(first).is_some() {
            Set::new()
        } else {
            Set {
                repr: Repr::Table(Box::default()),
            }
        }
    }

    /// Builds a set from members (RESTORE, loading, tests) as a sequence of SADDs would.
    pub fn from_members<'a>(
        members: impl IntoIterator<Item = &'a [u8]>,
        max_intset_entries: usize,
    ) -> Set {
        let mut members = members.into_iter().peekable();
        let mut set = members.peek().map_or_else(Set::new, |m| Set::new_for(m));
        for m in members {
            set.add(m, max_intset_entries);
        }
        set
    }

    /// A set in the intset encoding holding `ints` as they are, width included (RESTORE of an
    /// intset payload).
    pub fn from_intset(ints: IntSet) -> Set {
        Set {
            repr: Repr::Ints(ints),
        }
    }

    /// The integers of a set in the intset encoding (DUMP writes the array as is).
    pub fn as_intset(&self) -> Option<&IntSet> {
        match &self.repr {
            Repr::Ints(i) => Some(i),
            Repr::Table(_) => None,
        }
    }

    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Ints(i) => i.len(),
            Repr::Table(t) => t.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The name OBJECT ENCODING reports.
    pub fn encoding_name(&self) -> &'static str {
        match &self.repr {
            Repr::Ints(_) => "intset",
            Repr::Table(_) => "hashtable",
        }
    }

    pub fn is_intset(&self) -> bool {
        matches!(self.repr, Repr::Ints(_))
    }

    pub fn contains(&self, member: &[u8]) -> bool {
        match &self.repr {
            Repr::Ints(i) => parse_i64(member).is_some_and(|n| i.contains(n)),
            Repr::Table(t) => t.contains_key(member),
        }
    }

    /// `contains` for a member taken from another set (integers are compared as integers
    /// between intsets, without formatting).
    pub fn contains_member(&self, member: Member) -> bool {
        match (member, &self.repr) {
            (Member::Int(n), Repr::Ints(i)) => i.contains(n),
            (m, _) => m.with_bytes(|b| self.contains(b)),
        }
    }

    /// Adds `member`; returns true if it was not there. An intset becomes a table when the
    /// member is not an integer or when it grows past `max_intset_entries` (Redis's setTypeAdd).
    pub fn add(&mut self, member: &[u8], max_intset_entries: usize) -> bool {
        match &mut self.repr {
            Repr::Ints(ints) => match parse_i64(member) {
                Some(n) => self.add_int(n, max_intset_entries),
                None => {
                    let mut table = Table::with_capacity(ints.len() + 1);
                    for n in ints.iter() {
                        table.insert(int_key(n), ());
                    }
                    table.insert(member.into(), ());
                    self.repr = Repr::Table(Box::new(table));
                    true
                }
            },
            Repr::Table(t) => t.insert(member.into(), ()).is_none(),
        }
    }

    /// `add` for a member taken from another set.
    pub fn add_member(&mut self, member: Member, max_intset_entries: usize) -> bool {
        match member {
            Member::Int(n) => self.add_int(n, max_intset_entries),
            Member::Str(s) => self.add(s, max_intset_entries),
        }
    }

    fn add_int(&mut self, n: i64, max_intset_entries: usize) -> bool {
        match &mut self.repr {
            Repr::Ints(ints) => {
                if !ints.insert(n) {
                    return false;
                }
                if ints.len() > max_intset_entries.min(INTSET_HARD_LIMIT) {
                    self.convert_to_table();
                }
                true
            }
            Repr::Table(t) => t.insert(int_key(n), ()).is_none(),
        }
    }

    /// Removes `member`; returns whether it was there.
    pub fn remove(&mut self, member: &[u8]) -> bool {
        match &mut self.repr {
            Repr::Ints(i) => parse_i64(member).is_some_and(|n| i.remove(n)),
            Repr::Table(t) => t.remove(member).is_some(),
        }
    }

    /// `remove` for a member taken from another set.
    pub fn remove_member(&mut self, member: Member) -> bool {
        match (member, &mut self.repr) {
            (Member::Int(n), Repr::Ints(i)) => i.remove(n),
            (m, _) => m.with_bytes(|b| self.remove(b)),
        }
    }

    /// Switches to the table encoding (no-op if already there). The table is presized.
    pub fn convert_to_table(&mut self) {
        if let Repr::Ints(ints) = &self.repr {
            let mut table = Table::with_capacity(ints.len());
            for n in ints.iter() {
                table.insert(int_key(n), ());
            }
            self.repr = Repr::Table(Box::new(table));
        }
    }

    /// Every member: ascending for an intset, table order otherwise.
    pub fn iter(&self) -> Iter<'_> {
        match &self.repr {
            Repr::Ints(i) => Iter::Ints(i.iter()),
            Repr::Table(t) => Iter::Table(t.keys()),
        }
    }

    /// One member picked uniformly at random, None when empty.
    pub fn random_member(&self, rng: &mut impl Rng) -> Option<Member<'_>> {
        match &self.repr {
            Repr::Ints(i) if i.is_empty() => None,
            Repr::Ints(i) => Some(Member::Int(i.get(rng.gen_range(0..i.len())))),
            Repr::Table(t) => t.random_entry(rng).map(|(k, _)| Member::Str(k)),
        }
    }

    /// One step of an SSCAN over the table encoding: visits a bucket, calling `f` for each of
    /// its members, and returns the next cursor (0 at the end). An intset is visited whole and
    /// returns 0, as Redis returns small sets in one call.
    pub fn scan(&self, cursor: u64, mut f: impl FnMut(Member)) -> u64 {
        match &self.repr {
            Repr::Ints(i) => {
                i.iter().for_each(|n| f(Member::Int(n)));
                0
            }
            Repr::Table(t) => t.scan(cursor, |k, _| f(Member::Str(k))),
        }
    }

    /// Heap bytes this set owns (for MEMORY USAGE). O(n) for the table encoding.
    pub fn heap_size(&self) -> usize {
        match &self.repr {
            Repr::Ints(i) => i.heap_size(),
            Repr::Table(t) => {
                std::mem::size_of::<Table>()
                    + t.mem_usage()
                    + t.keys().map(|k| k.heap_size()).sum::<usize>()
            }
        }
    }

    /// DEBUG HTSTATS-KEY output for the table encoding; None for an intset.
    pub fn table_stats(&self) -> Option<String> {
        match &self.repr {
            Repr::Ints(_) => None,
            Repr::Table(t) => Some(t.stats()),
        }
    }
}

impl PartialEq for Set {
    /// Same members, whatever the encodings.
    fn eq(&self, other: &Set) -> bool {
        self.len() == other.len() && self.iter().all(|m| other.contains_member(m))
    }
}

/// The table key of an integer member.
fn int_key(n: i64) -> CompactBytes {
    itoa::Buffer::new().format(n).as_bytes().into()
}

/// Iterator over a set's members.
pub enum Iter<'a> {
    Ints(IntIter<'a>),
    Table(dict::Keys<'a, CompactBytes, ()>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = Member<'a>;

    fn next(&mut self) -> Option<Member<'a>> {
        match self {
            Iter::Ints(it) => it.next().map(Member::Int),
            Iter::Table(it) => it.next().map(|k| Member::Str(k)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The intset encoding
// ---------------------------------------------------------------------------------------------

/// Sorted, distinct integers stored at the smallest width that fits them all. Like Redis's
/// intset the width only ever grows (removing the one wide member keeps the wide array).
#[derive(Debug, Clone)]
pub enum IntSet {
    W16(Vec<i16>),
    W32(Vec<i32>),
    W64(Vec<i64>),
}

impl Default for IntSet {
    fn default() -> Self {
        IntSet::W16(Vec::new())
    }
}

/// Runs `$body` with `$v` bound to the array, whatever its width.
macro_rules! each_width {
    ($set:expr, $v:ident => $body:expr) => {
        match $set {
            IntSet::W16($v) => $body,
            IntSet::W32($v) => $body,
            IntSet::W64($v) => $body,
        }
    };
}

/// Bits needed to store `n`: 16, 32 or 64.
fn width_of(n: i64) -> u8 {
    if i16::try_from(n).is_ok() {
        16
    } else if i32::try_from(n).is_ok() {
        32
    } else {
        64
    }
}

/// One of the element types of an [`IntSet`].
trait Width: Copy + Ord + Into<i64> + TryFrom<i64> {}
impl Width for i16 {}
impl Width for i32 {}
impl Width for i64 {}

/// Where `n` is (Ok) or would go (Err) in the sorted array `v`; None when `n` does not fit
/// this width (so it is not there).
fn position<T: Width>(v: &[T], n: i64) -> Option<Result<usize, usize>> {
    T::try_from(n).ok().map(|n| v.binary_search(&n))
}

fn nth<T: Width>(v: &[T], i: usize) -> i64 {
    v[i].into()
}

/// Inserts `n` (which must fit the width) in order; false if it was there.
fn insert_sorted<T: Width>(v: &mut Vec<T>, n: i64) -> bool {
    match (T::try_from(n), position(v, n)) {
        (Ok(n), Some(Err(pos))) => {
            // Grow by exactly one, as Redis's intset does: a small set must not carry the
            // doubling slack of a Vec (the allocator's size classes keep reallocs cheap).
            v.reserve_exact(1);
            v.insert(pos, n);
            true
        }
        _ => false,
    }
}

fn remove_sorted<T: Width>(v: &mut Vec<T>, n: i64) -> bool {
    match position(v, n) {
        Some(Ok(pos)) => {
            v.remove(pos);
            true
        }
        _ => false,
    }
}

impl IntSet {
    pub fn len(&self) -> usize {
        each_width!(self, v => v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn width(&self) -> u8 {
        match self {
            IntSet::W16(_) => 16,
            IntSet::W32(_) => 32,
            IntSet::W64(_) => 64,
        }
    }

    /// The `i`-th smallest member.
    pub fn get(&self, i: usize) -> i64 {
        each_width!(self, v => nth(v, i))
    }

    pub fn contains(&self, n: i64) -> bool {
        each_width!(self, v => position(v, n).is_some_and(|found| found.is_ok()))
    }

    /// Inserts `n`, widening the array first if needed; returns false if it was there.
    pub fn insert(&mut self, n: i64) -> bool {
        if width_of(n) > self.width() {
            self.widen(width_of(n));
        }
        each_width!(self, v => insert_sorted(v, n))
    }

    pub fn remove(&mut self, n: i64) -> bool {
        each_width!(self, v => remove_sorted(v, n))
    }

    fn widen(&mut self, width: u8) {
        let wide: Vec<i64> = self.iter().collect();
        *self = if width == 32 {
            IntSet::W32(wide.into_iter().map(|n| n as i32).collect())
        } else {
            IntSet::W64(wide)
        };
    }

    pub fn iter(&self) -> IntIter<'_> {
        IntIter { set: self, next: 0 }
    }

    pub fn heap_size(&self) -> usize {
        each_width!(self, v => v.capacity() * std::mem::size_of_val(v.first().unwrap_or(&Default::default())))
    }
}

/// Ascending iterator over an [`IntSet`].
pub struct IntIter<'a> {
    set: &'a IntSet,
    next: usize,
}

impl Iterator for IntIter<'_> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if self.next >= self.set.len() {
            return None;
        }
        self.next += 1;
        Some(self.set.get(self.next - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn members(s: &Set) -> Vec<Vec<u8>> {
        s.iter().map(|m| m.to_bytes().to_vec()).collect()
    }

    #[test]
    fn intset_is_sorted_and_widens() {
        let mut s = Set::new_for(b"5");
        for m in ["5", "-3", "100", "5", "0"] {
            s.add(m.as_bytes(), 512);
        }
        assert_eq!(s.encoding_name(), "intset");
        assert_eq!(
            members(&s),
            vec![
                b"-3".to_vec(),
                b"0".to_vec(),
                b"5".to_vec(),
                b"100".to_vec()
            ]
        );
        s.add(b"70000", 512);
        assert!(matches!(&s.repr, Repr::Ints(IntSet::W32(_))));
        s.add(b"-9223372036854775808", 512);
        assert!(matches!(&s.repr, Repr::Ints(IntSet::W64(_))));
        assert!(s.contains(b"70000"));
        assert!(s.contains(b"-9223372036854775808"));
        assert!(s.remove(b"-9223372036854775808"));
        // The width never shrinks.
        assert!(matches!(&s.repr, Repr::Ints(IntSet::W64(_))));
        assert_eq!(members(&s).first().unwrap(), b"-3");
        assert!(!s.contains(b"05"));
        assert!(!s.contains(b"+5"));
        assert!(s.contains(b"5"));
        assert_eq!(s.encoding_name(), "intset");
    }

    #[test]
    fn non_integers_and_size_convert_to_a_table() {
        assert_eq!(Set::new_for(b"a").encoding_name(), "hashtable");
        assert_eq!(Set::new_for(b"1").encoding_name(), "intset");
        let mut s = Set::new_for(b"1");
        s.add(b"1", 512);
        s.add(b"2", 512);
        s.add(b"a", 512);
        assert_eq!(s.encoding_name(), "hashtable");
        assert!(s.contains(b"1") && s.contains(b"2") && s.contains(b"a"));
        assert!(s.contains_member(Member::Int(2)));
        // 9223372036854775808 does not fit in 64 bits: it is a string.
        let mut s = Set::new_for(b"1");
        s.add(b"1", 512);
        s.add(b"9223372036854775808", 512);
        assert_eq!(s.encoding_name(), "hashtable");

        let mut s = Set::new();
        for i in 0..4 {
            s.add(i.to_string().as_bytes(), 4);
        }
        assert_eq!(s.encoding_name(), "intset");
        assert!(!s.add(b"3", 4));
        assert_eq!(s.encoding_name(), "intset");
        s.add(b"4", 4);
        assert_eq!(s.encoding_name(), "hashtable");
        s.remove(b"4");
        s.remove(b"3");
        assert_eq!(s.encoding_name(), "hashtable");
        let mut s = Set::new();
        s.add(b"1", 0);
        assert_eq!(s.encoding_name(), "hashtable");
    }

    #[test]
    fn model_check_against_hashset() {
        use rand::SeedableRng;
        let mut rng = rand::rngs::SmallRng::seed_from_u64(11);
        for max in [512, 20] {
            let mut s = Set::new();
            let mut model: HashSet<Vec<u8>> = HashSet::new();
            for _ in 0..5000 {
                let m = match rng.gen_range(0..10) {
                    0 => format!("m{}", rng.gen_range(0..10)),
                    1 => format!("{}", rng.gen::<i64>()),
                    _ => format!("{}", rng.gen_range(-40000i64..40000)),
                }
                .into_bytes();
                if rng.gen_bool(0.6) {
                    assert_eq!(s.add(&m, max), model.insert(m.clone()));
                } else {
                    assert_eq!(s.remove(&m), model.remove(&m));
                }
                assert_eq!(s.len(), model.len());
                if model.len() > 60 && rng.gen_bool(0.05) {
                    // drain a bit so intsets come back into play
                    let drop: Vec<_> = model.iter().take(40).cloned().collect();
                    for d in drop {
                        assert!(s.remove(&d));
                        model.remove(&d);
                    }
                }
            }
            let got: HashSet<Vec<u8>> = members(&s).into_iter().collect();
            assert_eq!(got, model);
            let mut rng2 = rand::thread_rng();
            if let Some(m) = s.random_member(&mut rng2) {
                assert!(model.contains(&m.to_bytes().to_vec()));
            }
        }
    }

    #[test]
    fn scan_visits_everything() {
        let s = Set::from_members(
            (0..100)
                .map(|i| format!("m{i}"))
                .collect::<Vec<_>>()
                .iter()
                .map(|m| m.as_bytes()),
            512,
        );
        let mut seen = HashSet::new();
        let mut cursor = 0;
        loop {
            cursor = s.scan(cursor, |m| {
                seen.insert(m.to_bytes());
            });
            if cursor == 0 {
                break;
            }
        }
        assert_eq!(seen.len(), 100);
        let ints = Set::from_members([&b"3"[..], b"1", b"2"], 512);
        let mut got = Vec::new();
        assert_eq!(ints.scan(0, |m| got.push(m.to_bytes())), 0);
        assert_eq!(
            got,
            vec![Bytes::from("1"), Bytes::from("2"), Bytes::from("3")]
        );
    }

    #[test]
    fn stays_small() {
        assert!(std::mem::size_of::<Set>() <= 32);
    }
}
