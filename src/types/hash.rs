//! Hash values with Redis's two encodings.
//!
//! * `listpack` — small hashes: every field and value packed, in insertion order, into one
//!   exactly sized byte buffer ([`PackedPairs`]). Lookups are linear scans, which is what Redis
//!   does too and is fast for the few short entries this encoding is limited to.
//! * `hashtable` — a [`Dict`] from field to value, once the hash outgrows the limits
//!   `hash-max-listpack-entries` / `hash-max-listpack-value` (read from the config by the caller
//!   and passed in as [`ListpackLimits`]). As in Redis the conversion is one-way: a hash that
//!   became a table stays one even if it shrinks again.
//!
//! The observable consequences follow Redis: a listpack hash lists its fields in insertion
//! order (an update keeps the field's place) and HSCAN returns it whole in one call.

use crate::db::dict::{self, Dict};
use crate::util::inline::CompactBytes;
use rand::Rng;

/// Redis refuses to grow a listpack past 1 GiB and converts instead (`LISTPACK_MAX_SAFETY_SIZE`).
const PACKED_SAFETY_SIZE: usize = 1 << 30;

/// The big encoding: field -> value. Boxed slices rather than `Bytes` keep each node small.
type Table = Dict<CompactBytes, CompactBytes>;

/// The thresholds of the compact encoding (`hash-max-listpack-entries`, `hash-max-listpack-value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListpackLimits {
    pub max_entries: usize,
    pub max_value: usize,
}

impl ListpackLimits {
    /// Redis 7.0's compiled-in defaults.
    pub const DEFAULT: ListpackLimits = ListpackLimits {
        max_entries: 512,
        max_value: 64,
    };
}

#[derive(Debug, Clone)]
pub struct Hash {
    repr: Repr,
}

#[derive(Debug, Clone)]
enum Repr {
    Packed(PackedPairs),
    Table(Box<Table>),
}

impl Default for Hash {
    fn default() -> Self {
        Hash::new()
    }
}

impl Hash {
    /// An empty hash in the compact encoding (as Redis creates every new hash).
    pub fn new() -> Hash {
        Hash {
            repr: Repr::Packed(PackedPairs::default()),
        }
    }

    /// Builds a hash from pairs (RESTORE, loading, tests), choosing the encoding as a sequence
    /// of HSETs would. A repeated field keeps its last value.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a [u8], &'a [u8])>,
        limits: ListpackLimits,
    ) -> Hash {
        let mut h = Hash::new();
        for (f, v) in pairs {
            h.set(f, v, limits);
        }
        h
    }

    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Packed(p) => p.len(),
            Repr::Table(t) => t.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The name OBJECT ENCODING reports.
    pub fn encoding_name(&self) -> &'static str {
        match &self.repr {
            Repr::Packed(_) => "listpack",
            Repr::Table(_) => "hashtable",
        }
    }

    pub fn is_packed(&self) -> bool {
        matches!(self.repr, Repr::Packed(_))
    }

    pub fn get(&self, field: &[u8]) -> Option<&[u8]> {
        match &self.repr {
            Repr::Packed(p) => p.get(field),
            Repr::Table(t) => t.get(field).map(|v| &v[..]),
        }
    }

    pub fn contains(&self, field: &[u8]) -> bool {
        self.get(field).is_some()
    }

    /// Sets `field` to `value`; returns true if the field is new. Converts to the table
    /// encoding first when either string is too long for the compact one, and after inserting
    /// when the hash has too many entries (Redis's hashTypeSet).
    pub fn set(&mut self, field: &[u8], value: &[u8], limits: ListpackLimits) -> bool {
        if let Repr::Packed(p) = &self.repr {
            let too_long = field.len() > limits.max_value || value.len() > limits.max_value;
            if too_long || p.byte_len() + field.len() + value.len() > PACKED_SAFETY_SIZE {
                self.convert_to_table();
            }
        }
        match &mut self.repr {
            Repr::Packed(p) => {
                let inserted = p.set(field, value);
                if p.len() > limits.max_entries {
                    self.convert_to_table();
                }
                inserted
            }
            Repr::Table(t) => match t.get_mut(field) {
                Some(old) => {
                    *old = value.into();
                    false
                }
                None => {
                    t.insert(field.into(), value.into());
                    true
                }
            },
        }
    }

    /// Removes `field`; returns whether it was there.
    pub fn remove(&mut self, field: &[u8]) -> bool {
        match &mut self.repr {
            Repr::Packed(p) => p.remove(field),
            Repr::Table(t) => t.remove(field).is_some(),
        }
    }

    /// Switches to the table encoding (no-op if already there). The table is presized.
    pub fn convert_to_table(&mut self) {
        if let Repr::Packed(p) = &self.repr {
            let mut table = Table::with_capacity(p.len());
            for (f, v) in p.iter() {
                table.insert(f.into(), v.into());
            }
            self.repr = Repr::Table(Box::new(table));
        }
    }

    /// Every (field, value): insertion order for the compact encoding, table order otherwise.
    pub fn iter(&self) -> Iter<'_> {
        match &self.repr {
            Repr::Packed(p) => Iter::Packed(p.iter()),
            Repr::Table(t) => Iter::Table(t.iter()),
        }
    }

    /// One (field, value) picked uniformly at random, None when empty.
    pub fn random_pair(&self, rng: &mut impl Rng) -> Option<(&[u8], &[u8])> {
        match &self.repr {
            Repr::Packed(p) => {
                let n = p.len();
                if n == 0 {
                    return None;
                }
                p.iter().nth(rng.gen_range(0..n))
            }
            Repr::Table(t) => t.random_entry(rng).map(|(f, v)| (&f[..], &v[..])),
        }
    }

    /// `count` distinct pairs chosen at random, for a hash in the compact encoding only (where
    /// picking one at a time would rescan the buffer): one pass of selection sampling, so the
    /// pairs come in hash order. None for the table encoding.
    pub fn packed_random_distinct(
        &self,
        count: usize,
        rng: &mut impl Rng,
    ) -> Option<Vec<(&[u8], &[u8])>> {
        let Repr::Packed(p) = &self.repr else {
            return None;
        };
        let total = p.len();
        let mut needed = count.min(total);
        let mut out = Vec::with_capacity(needed);
        for (seen, pair) in p.iter().enumerate() {
            if needed == 0 {
                break;
            }
            // Take this pair with probability needed / remaining.
            if rng.gen_range(0..total - seen) < needed {
                out.push(pair);
                needed -= 1;
            }
        }
        Some(out)
    }

    /// One step of an HSCAN over the table encoding: visits a bucket, calling `f` for each of
    /// its pairs, and returns the next cursor (0 at the end). The compact encoding is visited
    /// whole and returns 0, as Redis returns small hashes in one call.
    pub fn scan(&self, cursor: u64, mut f: impl FnMut(&[u8], &[u8])) -> u64 {
        match &self.repr {
            Repr::Packed(p) => {
                for (k, v) in p.iter() {
                    f(k, v);
                }
                0
            }
            Repr::Table(t) => t.scan(cursor, |k, v| f(k, v)),
        }
    }

    /// Heap bytes this hash owns (for MEMORY USAGE): the packed buffer, or the table plus its
    /// strings. O(n) for the table encoding.
    pub fn heap_size(&self) -> usize {
        match &self.repr {
            Repr::Packed(p) => p.byte_len(),
            Repr::Table(t) => {
                std::mem::size_of::<Table>()
                    + t.mem_usage()
                    + t.iter()
                        .map(|(k, v)| k.heap_size() + v.heap_size())
                        .sum::<usize>()
            }
        }
    }

    /// DEBUG HTSTATS-KEY output for the table encoding; None for the compact one.
    pub fn table_stats(&self) -> Option<String> {
        match &self.repr {
            Repr::Packed(_) => None,
            Repr::Table(t) => Some(t.stats()),
        }
    }
}

impl PartialEq for Hash {
    /// Same pairs, whatever the encodings and orders.
    fn eq(&self, other: &Hash) -> bool {
        self.len() == other.len() && self.iter().all(|(f, v)| other.get(f) == Some(v))
    }
}

/// Iterator over a hash's (field, value) pairs.
pub enum Iter<'a> {
    Packed(PackedIter<'a>),
    Table(dict::Iter<'a, CompactBytes, CompactBytes>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Packed(it) => it.next(),
            Iter::Table(it) => it.next().map(|(k, v)| (&k[..], &v[..])),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The compact encoding
// ---------------------------------------------------------------------------------------------

/// Field/value pairs in one exactly sized allocation: `varint(pair count)`, then per pair a
/// header byte holding both lengths (field length in the high nibble, value length in the low
/// one; 15 means "too long, a varint follows"), the varints of the long lengths, the field and
/// the value. A pair of short strings thus costs one byte of overhead (a Redis listpack spends
/// two or more per string). Varints are LEB128. An empty hash owns no allocation.
///
/// Every change rebuilds the buffer (like a listpack's realloc + memmove), which is O(size) —
/// fine for the few short entries the compact encoding is limited to.
#[derive(Debug, Clone, Default)]
pub struct PackedPairs {
    buf: Box<[u8]>,
}

/// Lengths from 0 to 14 fit in a nibble of the pair header; 15 escapes to a varint.
const NIBBLE_ESCAPE: usize = 15;

/// Where a pair sits in the buffer: `[start, end)` covers the whole pair; the value's bytes
/// are `value_start..end`.
struct PairPos {
    start: usize,
    value_start: usize,
    end: usize,
}

fn varint_len(mut v: usize) -> usize {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

fn put_varint(out: &mut Vec<u8>, mut v: usize) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Decodes the varint at `pos`; returns (value, position after it).
fn get_varint(buf: &[u8], mut pos: usize) -> (usize, usize) {
    let mut v = 0usize;
    let mut shift = 0;
    loop {
        let b = buf[pos];
        pos += 1;
        v |= ((b & 0x7f) as usize) << shift;
        if b & 0x80 == 0 {
            return (v, pos);
        }
        shift += 7;
    }
}

/// Bytes a pair takes in the buffer.
fn pair_size(field: &[u8], value: &[u8]) -> usize {
    let long = |len: usize| {
        if len >= NIBBLE_ESCAPE {
            varint_len(len)
        } else {
            0
        }
    };
    1 + long(field.len()) + long(value.len()) + field.len() + value.len()
}

fn put_pair(out: &mut Vec<u8>, field: &[u8], value: &[u8]) {
    let nibble = |len: usize| len.min(NIBBLE_ESCAPE) as u8;
    out.push(nibble(field.len()) << 4 | nibble(value.len()));
    for len in [field.len(), value.len()] {
        if len >= NIBBLE_ESCAPE {
            put_varint(out, len);
        }
    }
    out.extend_from_slice(field);
    out.extend_from_slice(value);
}

/// Decodes the pair at `pos`; returns it with its position.
fn get_pair(buf: &[u8], pos: usize) -> (&[u8], &[u8], PairPos) {
    let header = buf[pos];
    let mut at = pos + 1;
    let mut length = |nibble: u8| {
        if usize::from(nibble) < NIBBLE_ESCAPE {
            usize::from(nibble)
        } else {
            let (len, next) = get_varint(buf, at);
            at = next;
            len
        }
    };
    let field_len = length(header >> 4);
    let value_len = length(header & 0x0f);
    let value_start = at + field_len;
    let end = value_start + value_len;
    (
        &buf[at..value_start],
        &buf[value_start..end],
        PairPos {
            start: pos,
            value_start,
            end,
        },
    )
}

impl PackedPairs {
    /// Number of pairs.
    pub fn len(&self) -> usize {
        if self.buf.is_empty() {
            0
        } else {
            get_varint(&self.buf, 0).0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// Size of the buffer in bytes.
    pub fn byte_len(&self) -> usize {
        self.buf.len()
    }

    fn body_start(&self) -> usize {
        if self.buf.is_empty() {
            0
        } else {
            get_varint(&self.buf, 0).1
        }
    }

    pub fn iter(&self) -> PackedIter<'_> {
        PackedIter {
            buf: &self.buf,
            pos: self.body_start(),
        }
    }

    fn find(&self, field: &[u8]) -> Option<PairPos> {
        let mut pos = self.body_start();
        while pos < self.buf.len() {
            let (f, _, at) = get_pair(&self.buf, pos);
            if f == field {
                return Some(at);
            }
            pos = at.end;
        }
        None
    }

    pub fn get(&self, field: &[u8]) -> Option<&[u8]> {
        self.find(field).map(|p| &self.buf[p.value_start..p.end])
    }

    /// Sets a field, appending new ones at the end; returns true if the field is new.
    pub fn set(&mut self, field: &[u8], value: &[u8]) -> bool {
        let count = self.len();
        match self.find(field) {
            Some(at) => {
                self.splice(at.start, at.end, Some((field, value)), count);
                false
            }
            None => {
                let end = self.buf.len();
                self.splice(end, end, Some((field, value)), count + 1);
                true
            }
        }
    }

    /// Removes a field; returns whether it was there.
    pub fn remove(&mut self, field: &[u8]) -> bool {
        match self.find(field) {
            Some(at) => {
                let count = self.len() - 1;
                self.splice(at.start, at.end, None, count);
                true
            }
            None => false,
        }
    }

    /// Rebuilds the buffer with the body bytes `[start, end)` replaced by `pair`, and the pair
    /// count set to `count` (an empty hash frees the buffer).
    fn splice(&mut self, start: usize, end: usize, pair: Option<(&[u8], &[u8])>, count: usize) {
        if count == 0 {
            self.buf = Box::default();
            return;
        }
        let body_start = self.body_start();
        let added = pair.map_or(0, |(f, v)| pair_size(f, v));
        let size = varint_len(count) + (self.buf.len() - body_start) - (end - start) + added;
        let mut out = Vec::with_capacity(size);
        put_varint(&mut out, count);
        out.extend_from_slice(&self.buf[body_start..start]);
        if let Some((f, v)) = pair {
            put_pair(&mut out, f, v);
        }
        out.extend_from_slice(&self.buf[end..]);
        debug_assert_eq!(out.len(), size);
        self.buf = out.into_boxed_slice();
    }
}

/// Iterator over the pairs of a [`PackedPairs`].
pub struct PackedIter<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for PackedIter<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.buf.len() {
            return None;
        }
        let (field, value, at) = get_pair(self.buf, self.pos);
        self.pos = at.end;
        Some((field, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn pairs(h: &Hash) -> Vec<(Vec<u8>, Vec<u8>)> {
        h.iter().map(|(f, v)| (f.to_vec(), v.to_vec())).collect()
    }

    #[test]
    fn packed_keeps_insertion_order_and_updates_in_place() {
        let mut h = Hash::new();
        let l = ListpackLimits::DEFAULT;
        assert!(h.set(b"b", b"1", l));
        assert!(h.set(b"a", b"2", l));
        assert!(h.set(b"c", b"3", l));
        assert!(!h.set(b"b", b"9", l));
        assert!(h.remove(b"a"));
        assert!(!h.remove(b"a"));
        assert!(h.set(b"a", b"0", l));
        let got = pairs(&h);
        let want: Vec<(Vec<u8>, Vec<u8>)> = vec![
            (b"b".to_vec(), b"9".to_vec()),
            (b"c".to_vec(), b"3".to_vec()),
            (b"a".to_vec(), b"0".to_vec()),
        ];
        assert_eq!(got, want);
        assert_eq!(h.len(), 3);
        assert_eq!(h.get(b"c"), Some(&b"3"[..]));
        assert_eq!(h.get(b"zz"), None);
        assert_eq!(h.encoding_name(), "listpack");
    }

    #[test]
    fn empty_strings_and_long_entries_round_trip() {
        let mut h = Hash::new();
        let l = ListpackLimits {
            max_entries: 1000,
            max_value: 100_000,
        };
        let long = vec![b'x'; 20_000];
        h.set(b"", b"", l);
        h.set(&long, b"v", l);
        h.set(b"k", &long, l);
        assert_eq!(h.encoding_name(), "listpack");
        assert_eq!(h.get(b""), Some(&b""[..]));
        assert_eq!(h.get(&long), Some(&b"v"[..]));
        assert_eq!(h.get(b"k"), Some(&long[..]));
        assert!(h.remove(&long));
        assert_eq!(h.len(), 2);
        // Many pairs: the count header grows past one byte.
        for i in 0..300 {
            h.set(format!("f{i}").as_bytes(), format!("{i}").as_bytes(), l);
        }
        assert_eq!(h.len(), 302);
        assert_eq!(h.get(b"f299"), Some(&b"299"[..]));
        for i in 0..300 {
            assert!(h.remove(format!("f{i}").as_bytes()));
        }
        assert_eq!(h.len(), 2);
    }

    #[test]
    fn converts_at_the_thresholds() {
        let l = ListpackLimits {
            max_entries: 4,
            max_value: 8,
        };
        let mut h = Hash::new();
        for i in 0..4 {
            h.set(format!("f{i}").as_bytes(), b"v", l);
        }
        assert_eq!(h.encoding_name(), "listpack");
        h.set(b"f5", b"v", l);
        assert_eq!(h.encoding_name(), "hashtable");
        // One-way: shrinking does not convert back.
        for i in 0..4 {
            h.remove(format!("f{i}").as_bytes());
        }
        assert_eq!(h.encoding_name(), "hashtable");
        assert_eq!(h.len(), 1);

        let mut h = Hash::new();
        h.set(b"12345678", b"12345678", l);
        assert_eq!(h.encoding_name(), "listpack");
        h.set(b"f", b"123456789", l);
        assert_eq!(h.encoding_name(), "hashtable");
        let mut h = Hash::new();
        h.set(b"123456789", b"v", l);
        assert_eq!(h.encoding_name(), "hashtable");
        assert_eq!(h.get(b"123456789"), Some(&b"v"[..]));

        let mut h = Hash::new();
        h.set(
            b"f",
            b"v",
            ListpackLimits {
                max_entries: 0,
                max_value: 64,
            },
        );
        assert_eq!(h.encoding_name(), "hashtable");
    }

    #[test]
    fn random_choices_belong_to_the_hash() {
        let mut rng = rand::thread_rng();
        for max_entries in [512, 0] {
            let l = ListpackLimits {
                max_entries,
                max_value: 64,
            };
            let h = Hash::from_pairs((0..10).map(|i| (FIELDS[i], VALUES[i])), l);
            for _ in 0..50 {
                let (f, v) = h.random_pair(&mut rng).unwrap();
                assert_eq!(h.get(f), Some(v));
            }
            if let Some(picked) = h.packed_random_distinct(4, &mut rng) {
                assert_eq!(picked.len(), 4);
                let mut fields: Vec<_> = picked.iter().map(|p| p.0).collect();
                fields.dedup();
                assert_eq!(fields.len(), 4);
            }
        }
        assert!(Hash::new().random_pair(&mut rng).is_none());
    }

    const FIELDS: [&[u8]; 10] = [b"a", b"b", b"c", b"d", b"e", b"f", b"g", b"h", b"i", b"j"];
    const VALUES: [&[u8]; 10] = [b"0", b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"8", b"9"];

    #[test]
    fn scan_of_a_table_visits_everything() {
        let l = ListpackLimits {
            max_entries: 2,
            max_value: 64,
        };
        let h = Hash::from_pairs((0..10).map(|i| (FIELDS[i], VALUES[i])), l);
        assert_eq!(h.encoding_name(), "hashtable");
        let mut seen = HashMap::new();
        let mut cursor = 0;
        loop {
            cursor = h.scan(cursor, |f, v| {
                seen.insert(f.to_vec(), v.to_vec());
            });
            if cursor == 0 {
                break;
            }
        }
        assert_eq!(seen.len(), 10);
        let packed = Hash::from_pairs(
            (0..10).map(|i| (FIELDS[i], VALUES[i])),
            ListpackLimits::DEFAULT,
        );
        let mut n = 0;
        assert_eq!(packed.scan(0, |_, _| n += 1), 0);
        assert_eq!(n, 10);
        assert_eq!(h, packed);
    }

    #[test]
    fn model_check_against_hashmap() {
        use rand::SeedableRng;
        let mut rng = rand::rngs::SmallRng::seed_from_u64(7);
        for limits in [
            ListpackLimits::DEFAULT,
            ListpackLimits {
                max_entries: 16,
                max_value: 6,
            },
        ] {
            let mut h = Hash::new();
            let mut model: HashMap<Vec<u8>, Vec<u8>> = HashMap::new();
            for _ in 0..5000 {
                let f = format!("f{}", rng.gen_range(0..40)).into_bytes();
                let v = vec![b'v'; rng.gen_range(0..9)];
                if rng.gen_bool(0.6) {
                    assert_eq!(h.set(&f, &v, limits), model.insert(f.clone(), v).is_none());
                } else {
                    assert_eq!(h.remove(&f), model.remove(&f).is_some());
                }
                assert_eq!(h.len(), model.len());
            }
            for (f, v) in &model {
                assert_eq!(h.get(f), Some(&v[..]));
            }
        }
    }

    #[test]
    fn lengths_around_the_nibble_escape() {
        let l = ListpackLimits {
            max_entries: 1000,
            max_value: 1000,
        };
        let mut h = Hash::new();
        let strings: Vec<Vec<u8>> = [0, 1, 13, 14, 15, 16, 127, 128, 300]
            .iter()
            .map(|&n| vec![b'a' + (n % 26) as u8; n])
            .collect();
        for f in &strings {
            for v in &strings {
                let field = [&f[..], b"|", &v.len().to_string().into_bytes()[..]].concat();
                assert!(h.set(&field, v, l));
            }
        }
        assert_eq!(h.len(), 81);
        assert_eq!(h.encoding_name(), "listpack");
        for f in &strings {
            for v in &strings {
                let field = [&f[..], b"|", &v.len().to_string().into_bytes()[..]].concat();
                assert_eq!(h.get(&field), Some(&v[..]));
            }
        }
        assert_eq!(h.iter().count(), 81);
    }

    #[test]
    fn stays_small() {
        assert!(std::mem::size_of::<Hash>() <= 16);
    }
}
