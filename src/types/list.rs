//! List values, stored the way Redis 7.0 stores every list: a quicklist.
//!
//! A [`List`] is a deque of nodes; each node packs up to a few kilobytes of elements back to back
//! into one byte buffer (the role Redis's listpacks play). This keeps the memory per element at
//! Redis's level (two or three bytes of overhead per short element, small integers in two bytes)
//! while pushes and pops at either end stay O(1): they touch only the end node, whose size is
//! bounded by `list-max-listpack-size`.
//!
//! * Node size: `list-max-listpack-size` (the list's `fill`, fixed when the list is created, as in
//!   Redis). Negative values -1..-5 limit a node to 4, 8, 16, 32 or 64 KB; positive values limit
//!   the number of elements per node (and a node still never grows past 8 KB). A value too big
//!   for the current end node starts a new node.
//! * Elements of at least the packed threshold (1 GB, changed by `DEBUG
//!   QUICKLIST-PACKED-THRESHOLD`) get a node of their own ("plain" node) that never takes other
//!   elements.
//! * `OBJECT ENCODING` reports `quicklist` for every list, as Redis 7.0 does (the listpack list
//!   encoding only arrived in 7.2). `list-compress-depth` is accepted but nodes are not
//!   compressed.
//!
//! Element encoding inside a node (Respite's own, close to a listpack's): a header byte, the
//! payload, then a "back length" that lets iteration run backwards.
//!
//! | header        | meaning                                                     |
//! |---------------|-------------------------------------------------------------|
//! | `0xxxxxxx`    | integer 0..=127, no payload                                 |
//! | `10llllll`    | string of 0..=63 bytes                                      |
//! | `110xxxxx` +1 | 13-bit signed integer                                       |
//! | `1110llll` +1 | string of up to 4095 bytes (12-bit length)                  |
//! | `F0` + u32    | string, 32-bit length                                       |
//! | `F1`/`F2`/`F3`/`F4` | 16/24/32/64-bit signed integer, little endian         |
//! | `F5` + u64    | string, 64-bit length                                       |
//!
//! Strings in canonical integer form (what `string2ll` accepts: `-12`, `0`, not `012` or `+1`)
//! are stored as integers; they read back as the same bytes. The back length stores the size of
//! header + payload in 7-bit groups, the lowest group last, each group but the farthest flagged
//! with the high bit, so it can be read from its end.

use bytes::Bytes;
use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Node size limits for `list-max-listpack-size` -1 ..= -5.
const SIZE_LEVELS: [usize; 5] = [4096, 8192, 16384, 32768, 65536];
/// With a positive (element count) fill, a node still never grows past this many bytes.
const SIZE_SAFETY_LIMIT: usize = 8192;
/// Redis's estimate of an entry's overhead when deciding whether a value still fits a node.
const ENTRY_OVERHEAD_ESTIMATE: usize = 8;
/// A listpack's own header and terminator, counted in a node's size as Redis counts them.
const PACK_OVERHEAD: usize = 7;
/// Largest positive fill Redis honours.
const FILL_MAX: i64 = (1 << 15) - 1;
/// `list-max-listpack-size`'s default: 8 KB nodes.
pub const DEFAULT_FILL: i64 = -2;

/// Default packed threshold: elements of 1 GB and more get a node of their own.
const DEFAULT_PACKED_THRESHOLD: usize = 1 << 30;
static PACKED_THRESHOLD: AtomicUsize = AtomicUsize::new(DEFAULT_PACKED_THRESHOLD);

/// The size from which an element is stored in a plain node of its own.
pub fn packed_threshold() -> usize {
    PACKED_THRESHOLD.load(Relaxed)
}

/// `DEBUG QUICKLIST-PACKED-THRESHOLD <bytes>`: 0 restores the default; values above 4 GB - 1 MB
/// are refused (false), as in Redis.
pub fn set_packed_threshold(bytes: u64) -> bool {
    if bytes > (1u64 << 32) - (1 << 20) {
        return false;
    }
    let bytes = if bytes == 0 {
        DEFAULT_PACKED_THRESHOLD
    } else {
        bytes as usize
    };
    PACKED_THRESHOLD.store(bytes, Relaxed);
    true
}

fn is_large(len: usize) -> bool {
    len >= packed_threshold()
}

/// Which end of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Left, index 0 (LPUSH, LPOP).
    Head,
    /// Right, index -1 (RPUSH, RPOP).
    Tail,
}

/// One element as stored: a string, or an integer that reads back as its decimal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elem<'a> {
    Str(&'a [u8]),
    Int(i64),
}

impl Elem<'_> {
    /// The element's bytes (integers in decimal).
    pub fn to_bytes(&self) -> Bytes {
        match *self {
            Elem::Str(s) => Bytes::copy_from_slice(s),
            Elem::Int(i) => Bytes::copy_from_slice(itoa::Buffer::new().format(i).as_bytes()),
        }
    }

    /// Appends the element's bytes to `out`.
    pub fn write_to(&self, out: &mut Vec<u8>) {
        match *self {
            Elem::Str(s) => out.extend_from_slice(s),
            Elem::Int(i) => out.extend_from_slice(itoa::Buffer::new().format(i).as_bytes()),
        }
    }

    /// Length of the element's bytes.
    pub fn len(&self) -> usize {
        match *self {
            Elem::Str(s) => s.len(),
            Elem::Int(i) => itoa::Buffer::new().format(i).len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Elem::Str(s) if s.is_empty())
    }
}

/// A value prepared for comparing with many elements (LREM, LPOS, LINSERT's pivot).
#[derive(Debug, Clone, Copy)]
pub struct Needle<'a> {
    bytes: &'a [u8],
    int: Option<i64>,
}

impl<'a> Needle<'a> {
    pub fn new(bytes: &'a [u8]) -> Needle<'a> {
        Needle {
            bytes,
            int: as_int(bytes),
        }
    }

    /// Byte equality. Canonical integers are always stored as integers and nothing else is,
    /// so comparing by kind is exact.
    pub fn matches(&self, e: Elem) -> bool {
        match e {
            Elem::Str(s) => self.int.is_none() && s == self.bytes,
            Elem::Int(i) => self.int == Some(i),
        }
    }
}

/// The integer a value will be stored as, if it is in canonical integer form.
fn as_int(v: &[u8]) -> Option<i64> {
    if v.is_empty() || v.len() > 20 {
        return None;
    }
    crate::util::numbers::parse_i64(v)
}

// ---------------------------------------------------------------------------------------------
// Entry encoding

/// Bytes the back length of an entry of `len` bytes (header + payload) takes.
fn backlen_size(len: usize) -> usize {
    let mut n = 1;
    let mut rest = len >> 7;
    while rest > 0 {
        n += 1;
        rest >>= 7;
    }
    n
}

fn write_backlen(out: &mut Vec<u8>, len: usize) {
    let k = backlen_size(len);
    for i in (0..k).rev() {
        let group = ((len >> (7 * i)) & 0x7f) as u8;
        out.push(if i == k - 1 { group } else { group | 0x80 });
    }
}

/// Reads the back length that ends at `end`: (header + payload size, back length size).
fn read_backlen(buf: &[u8], end: usize) -> (usize, usize) {
    let mut len = 0usize;
    let mut shift = 0;
    let mut p = end;
    loop {
        p -= 1;
        let b = buf[p];
        len |= ((b & 0x7f) as usize) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            return (len, end - p);
        }
    }
}

/// Appends the encoded entry (header, payload, back length) of `v`.
fn encode_entry(out: &mut Vec<u8>, v: &[u8]) {
    let start = out.len();
    match as_int(v) {
        Some(i) if (0..=127).contains(&i) => out.push(i as u8),
        Some(i) if (-4096..=4095).contains(&i) => {
            let u = (i as u16) & 0x1fff;
            out.push(0xc0 | (u >> 8) as u8);
            out.push(u as u8);
        }
        Some(i) if i16::try_from(i).is_ok() => {
            out.push(0xf1);
            out.extend_from_slice(&(i as i16).to_le_bytes());
        }
        Some(i) if (-(1 << 23)..(1 << 23)).contains(&i) => {
            out.push(0xf2);
            out.extend_from_slice(&(i as i32).to_le_bytes()[..3]);
        }
        Some(i) if i32::try_from(i).is_ok() => {
            out.push(0xf3);
            out.extend_from_slice(&(i as i32).to_le_bytes());
        }
        Some(i) => {
            out.push(0xf4);
            out.extend_from_slice(&i.to_le_bytes());
        }
        None => {
            let n = v.len();
            if n < 64 {
                out.push(0x80 | n as u8);
            } else if n < 4096 {
                out.push(0xe0 | (n >> 8) as u8);
                out.push(n as u8);
            } else if let Ok(n32) = u32::try_from(n) {
                out.push(0xf0);
                out.extend_from_slice(&n32.to_le_bytes());
            } else {
                out.push(0xf5);
                out.extend_from_slice(&(n as u64).to_le_bytes());
            }
            out.extend_from_slice(v);
        }
    }
    let len = out.len() - start;
    write_backlen(out, len);
}

/// Size of `v`'s encoded entry.
fn encoded_size(v: &[u8]) -> usize {
    let body = match as_int(v) {
        Some(i) if (0..=127).contains(&i) => 1,
        Some(i) if (-4096..=4095).contains(&i) => 2,
        Some(i) if i16::try_from(i).is_ok() => 3,
        Some(i) if (-(1 << 23)..(1 << 23)).contains(&i) => 4,
        Some(i) if i32::try_from(i).is_ok() => 5,
        Some(_) => 9,
        None if v.len() < 64 => 1 + v.len(),
        None if v.len() < 4096 => 2 + v.len(),
        None if u32::try_from(v.len()).is_ok() => 5 + v.len(),
        None => 9 + v.len(),
    };
    body + backlen_size(body)
}

fn le_i64(bytes: &[u8]) -> i64 {
    let mut b = [0u8; 8];
    b[..bytes.len()].copy_from_slice(bytes);
    let v = i64::from_le_bytes(b);
    let unused = 64 - 8 * bytes.len() as u32;
    if unused == 0 {
        v
    } else {
        (v << unused) >> unused // sign-extend
    }
}

fn le_len(bytes: &[u8]) -> usize {
    let mut b = [0u8; 8];
    b[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(b) as usize
}

/// Decodes the entry at `off`: the element and the size of its header + payload.
// Always inlined: returned through the stack, the entry cost a store-forwarding stall per
// element in LRANGE and friends.
#[inline(always)]
fn decode_entry(buf: &[u8], off: usize) -> (Elem<'_>, usize) {
    let b = buf[off];
    let string = |hdr: usize, n: usize| (Elem::Str(&buf[off + hdr..off + hdr + n]), hdr + n);
    match b {
        0x00..=0x7f => (Elem::Int(b as i64), 1),
        0x80..=0xbf => string(1, (b & 0x3f) as usize),
        0xc0..=0xdf => {
            let u = (((b & 0x1f) as u16) << 8) | buf[off + 1] as u16;
            (Elem::Int(((u << 3) as i16 >> 3) as i64), 2)
        }
        0xe0..=0xef => string(2, (((b & 0x0f) as usize) << 8) | buf[off + 1] as usize),
        0xf0 => string(5, le_len(&buf[off + 1..off + 5])),
        0xf1 => (Elem::Int(le_i64(&buf[off + 1..off + 3])), 3),
        0xf2 => (Elem::Int(le_i64(&buf[off + 1..off + 4])), 4),
        0xf3 => (Elem::Int(le_i64(&buf[off + 1..off + 5])), 5),
        0xf4 => (Elem::Int(le_i64(&buf[off + 1..off + 9])), 9),
        0xf5 => string(9, le_len(&buf[off + 1..off + 9])),
        _ => unreachable!("corrupt list node: header byte {b:#x}"),
    }
}

/// Grows `buf` so `extra` more bytes fit, by half its size at least (amortized O(1) appends
/// without doubling's waste; full nodes are shrunk to fit anyway).
fn reserve_for(buf: &mut Vec<u8>, extra: usize) {
    if buf.capacity() - buf.len() < extra {
        buf.reserve_exact(extra.max(buf.len() / 2));
    }
}

// ---------------------------------------------------------------------------------------------
// Nodes

#[derive(Clone)]
struct Node {
    /// Encoded entries, back to back.
    buf: Vec<u8>,
    count: u32,
    /// Holds one large element and takes no others.
    plain: bool,
}

impl Node {
    fn with_value(v: &[u8], plain: bool) -> Node {
        let mut buf = Vec::with_capacity(encoded_size(v));
        encode_entry(&mut buf, v);
        Node {
            buf,
            count: 1,
            plain,
        }
    }

    /// The node's size as Redis measures it (a listpack's total bytes).
    fn size(&self) -> usize {
        self.buf.len() + PACK_OVERHEAD
    }

    /// Whether `sz` more bytes in `count` elements respect the fill (Redis's size/count rule).
    fn fits(sz: usize, count: usize, fill: i32) -> bool {
        if fill < 0 {
            sz <= SIZE_LEVELS[(-fill - 1) as usize]
        } else {
            sz <= SIZE_SAFETY_LIMIT && count <= fill as usize
        }
    }

    /// Whether a value of `len` bytes may join this node.
    fn allows_insert(&self, fill: i32, len: usize) -> bool {
        !self.plain
            && !is_large(len)
            && Node::fits(
                self.size() + len + ENTRY_OVERHEAD_ESTIMATE,
                self.count as usize + 1,
                fill,
            )
    }

    /// The entry at `off` and the offset just past it.
    #[inline(always)]
    fn next(&self, off: usize) -> (Elem<'_>, usize) {
        let (e, body) = decode_entry(&self.buf, off);
        (e, off + body + backlen_size(body))
    }

    /// The entry ending at `end` and its start offset.
    fn prev(&self, end: usize) -> (Elem<'_>, usize) {
        let (body, k) = read_backlen(&self.buf, end);
        let start = end - k - body;
        (decode_entry(&self.buf, start).0, start)
    }

    /// Byte offset of entry `i` (`count` gives the end), walking from the nearer end.
    fn offset_of(&self, i: usize) -> usize {
        let count = self.count as usize;
        if i <= count / 2 {
            let mut off = 0;
            for _ in 0..i {
                off = self.next(off).1;
            }
            off
        } else {
            let mut off = self.buf.len();
            for _ in 0..count - i {
                off = self.prev(off).1;
            }
            off
        }
    }

    /// Inserts `v` at byte offset `off` (an entry boundary).
    fn insert_at(&mut self, off: usize, v: &[u8]) {
        let size = encoded_size(v);
        reserve_for(&mut self.buf, size);
        let old_len = self.buf.len();
        encode_entry(&mut self.buf, v);
        if off < old_len {
            // Encoded at the end, then moved into place: one memmove, no temporary buffer.
            let added = self.buf.len() - old_len;
            self.buf[off..].rotate_right(added);
        }
        self.count += 1;
    }

    /// Replaces the entry starting at `off`.
    fn replace_at(&mut self, off: usize, v: &[u8]) {
        let end = self.next(off).1;
        let mut entry = Vec::with_capacity(encoded_size(v));
        encode_entry(&mut entry, v);
        self.buf.splice(off..end, entry);
    }

    /// Removes the `n` entries in bytes `start..end`.
    fn remove_bytes(&mut self, start: usize, end: usize, n: usize) {
        self.buf.drain(start..end);
        self.count -= n as u32;
    }

    /// Splits at byte offset `off`: entries from `off` on move to the returned node.
    fn split_off(&mut self, off: usize) -> Node {
        let right = self.buf[off..].to_vec();
        let mut moved = 0;
        let mut p = 0;
        while p < right.len() {
            let (_, body) = decode_entry(&right, p);
            p += body + backlen_size(body);
            moved += 1;
        }
        self.buf.truncate(off);
        self.buf.shrink_to_fit();
        self.count -= moved;
        Node {
            buf: right,
            count: moved,
            plain: false,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The list

/// A Redis list (see the module documentation).
#[derive(Clone)]
pub struct List {
    nodes: VecDeque<Node>,
    len: usize,
    /// `list-max-listpack-size` when the list was created, clamped as Redis clamps it.
    fill: i32,
}

impl Default for List {
    fn default() -> Self {
        List::new(DEFAULT_FILL)
    }
}

impl List {
    /// An empty list whose nodes follow `list-max-listpack-size` = `fill`.
    pub fn new(fill: i64) -> List {
        List {
            nodes: VecDeque::new(),
            len: 0,
            fill: fill.clamp(-5, FILL_MAX) as i32,
        }
    }

    /// A list holding `values` in order (SORT STORE, RESTORE, tests).
    pub fn from_values<I, V>(fill: i64, values: I) -> List
    where
        I: IntoIterator<Item = V>,
        V: AsRef<[u8]>,
    {
        let mut list = List::new(fill);
        for v in values {
            list.push(End::Tail, v.as_ref());
        }
        list
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// What OBJECT ENCODING reports: Redis 7.0 keeps every list in a quicklist.
    pub fn encoding_name(&self) -> &'static str {
        "quicklist"
    }

    /// The `list-max-listpack-size` the list was created with (DEBUG OBJECT's
    /// `ql_listpack_max`).
    pub fn fill(&self) -> i64 {
        self.fill as i64
    }

    /// Number of nodes (DEBUG OBJECT's `ql_nodes`).
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// Approximate bytes used (MEMORY USAGE).
    pub fn memory_usage(&self) -> usize {
        std::mem::size_of::<List>()
            + self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.nodes.iter().map(|n| n.buf.capacity()).sum::<usize>()
    }

    /// Converts a possibly negative index into a position, None when out of range.
    pub fn resolve(&self, index: i64) -> Option<usize> {
        let i = if index < 0 {
            self.len as i64 + index
        } else {
            index
        };
        (0..self.len as i64).contains(&i).then_some(i as usize)
    }

    /// (node, entry within node) of position `i` < len, walking from the nearer end.
    fn locate(&self, i: usize) -> (usize, usize) {
        if i < self.len / 2 {
            let mut rest = i;
            for (ni, node) in self.nodes.iter().enumerate() {
                if rest < node.count as usize {
                    return (ni, rest);
                }
                rest -= node.count as usize;
            }
        } else {
            let mut from_tail = self.len - i; // >= 1
            for (ni, node) in self.nodes.iter().enumerate().rev() {
                if from_tail <= node.count as usize {
                    return (ni, node.count as usize - from_tail);
                }
                from_tail -= node.count as usize;
            }
        }
        unreachable!("list position {i} beyond length {}", self.len)
    }

    /// Pushes a value at one end.
    pub fn push(&mut self, end: End, v: &[u8]) {
        let fill = self.fill;
        self.len += 1;
        let edge = match end {
            End::Head => self.nodes.front_mut(),
            End::Tail => self.nodes.back_mut(),
        };
        if let Some(node) = edge {
            if node.allows_insert(fill, v.len()) {
                let off = if end == End::Head { 0 } else { node.buf.len() };
                node.insert_at(off, v);
                return;
            }
            // The edge node is done growing: give back its spare capacity.
            node.buf.shrink_to_fit();
        }
        let node = Node::with_value(v, is_large(v.len()));
        if self.nodes.len() == self.nodes.capacity() {
            self.nodes.reserve_exact((self.nodes.len() / 2).max(1));
        }
        match end {
            End::Head => self.nodes.push_front(node),
            End::Tail => self.nodes.push_back(node),
        }
    }

    /// Pops the element at one end.
    pub fn pop(&mut self, end: End) -> Option<Bytes> {
        if self.len == 0 {
            return None;
        }
        let ni = match end {
            End::Head => 0,
            End::Tail => self.nodes.len() - 1,
        };
        let node = &mut self.nodes[ni];
        let (value, start, stop) = match end {
            End::Head => {
                let (e, next) = node.next(0);
                (e.to_bytes(), 0, next)
            }
            End::Tail => {
                let len = node.buf.len();
                let (e, start) = node.prev(len);
                (e.to_bytes(), start, len)
            }
        };
        node.remove_bytes(start, stop, 1);
        if node.count == 0 {
            self.nodes.remove(ni);
        }
        self.len -= 1;
        Some(value)
    }

    /// The element at `index` (negative counts from the tail).
    pub fn get(&self, index: i64) -> Option<Elem<'_>> {
        let i = self.resolve(index)?;
        let (ni, ei) = self.locate(i);
        let node = &self.nodes[ni];
        Some(node.next(node.offset_of(ei)).0)
    }

    /// Replaces the element at `index`; false when out of range.
    pub fn set(&mut self, index: i64, v: &[u8]) -> bool {
        let Some(i) = self.resolve(index) else {
            return false;
        };
        let (ni, ei) = self.locate(i);
        let large = is_large(v.len());
        let node = &mut self.nodes[ni];
        if !node.plain && !large {
            let off = node.offset_of(ei);
            node.replace_at(off, v);
        } else if node.plain && large {
            *node = Node::with_value(v, true);
        } else {
            // Between kinds of nodes: take the old element out and insert the new one in its
            // place, which finds or makes the right node.
            self.delete_range(i, 1);
            self.insert_at_position(i, v);
        }
        true
    }

    /// Inserts `v` so that it ends up at position `i` (0 ..= len).
    fn insert_at_position(&mut self, i: usize, v: &[u8]) {
        if i == self.len {
            self.push(End::Tail, v);
        } else if i == 0 {
            self.push(End::Head, v);
        } else {
            let (ni, ei) = self.locate(i);
            let off = self.nodes[ni].offset_of(ei);
            self.insert_in_node(ni, off, v);
        }
    }

    /// Inserts `v` at byte offset `off` of node `ni`, spilling into a neighbour, a new node or
    /// a split of the node when it is full (or when `v` needs a plain node).
    fn insert_in_node(&mut self, ni: usize, off: usize, v: &[u8]) {
        let fill = self.fill;
        let large = is_large(v.len());
        self.len += 1;
        let node = &mut self.nodes[ni];
        if node.allows_insert(fill, v.len()) {
            node.insert_at(off, v);
            return;
        }
        let at_head = off == 0;
        let at_tail = off == node.buf.len();
        if at_tail {
            if let Some(next) = self.nodes.get_mut(ni + 1) {
                if next.allows_insert(fill, v.len()) {
                    next.insert_at(0, v);
                    return;
                }
            }
            self.nodes.insert(ni + 1, Node::with_value(v, large));
        } else if at_head {
            if ni > 0 && self.nodes[ni - 1].allows_insert(fill, v.len()) {
                let prev = &mut self.nodes[ni - 1];
                let end = prev.buf.len();
                prev.insert_at(end, v);
                return;
            }
            self.nodes.insert(ni, Node::with_value(v, large));
        } else {
            let right = self.nodes[ni].split_off(off);
            let left = &mut self.nodes[ni];
            if left.allows_insert(fill, v.len()) {
                let end = left.buf.len();
                left.insert_at(end, v);
                self.nodes.insert(ni + 1, right);
            } else {
                self.nodes.insert(ni + 1, Node::with_value(v, large));
                self.nodes.insert(ni + 2, right);
            }
        }
    }

    /// LINSERT: inserts `v` before (or after) the first element equal to `pivot`, scanning from
    /// the head. False when there is no such element.
    pub fn insert_by_pivot(&mut self, pivot: &[u8], v: &[u8], after: bool) -> bool {
        let needle = Needle::new(pivot);
        for ni in 0..self.nodes.len() {
            let node = &self.nodes[ni];
            let mut off = 0;
            while off < node.buf.len() {
                let (e, next) = node.next(off);
                if needle.matches(e) {
                    self.insert_in_node(ni, if after { next } else { off }, v);
                    return true;
                }
                off = next;
            }
        }
        false
    }

    /// Removes `count` elements from position `start` (clamped to the list).
    pub fn delete_range(&mut self, start: usize, count: usize) {
        if start >= self.len {
            return;
        }
        let mut remaining = count.min(self.len - start);
        if remaining == 0 {
            return;
        }
        let (mut ni, mut ei) = self.locate(start);
        while remaining > 0 {
            let node = &mut self.nodes[ni];
            let here = node.count as usize;
            if ei == 0 && here <= remaining {
                self.nodes.remove(ni);
                self.len -= here;
                remaining -= here;
                continue;
            }
            let take = remaining.min(here - ei);
            let from = node.offset_of(ei);
            let to = if ei + take == here {
                node.buf.len()
            } else {
                let mut p = from;
                for _ in 0..take {
                    p = node.next(p).1;
                }
                p
            };
            node.remove_bytes(from, to, take);
            self.len -= take;
            remaining -= take;
            ni += 1;
            ei = 0;
        }
    }

    /// LTRIM: keeps only `count` elements from position `start`.
    pub fn retain_range(&mut self, start: usize, count: usize) {
        let start = start.min(self.len);
        let count = count.min(self.len - start);
        let tail = self.len - start - count;
        self.delete_range(start + count, tail);
        self.delete_range(0, start);
    }

    /// LREM: removes up to `limit` elements equal to `v` (0 = all), scanning from the head, or
    /// from the tail when `from_tail`. Returns how many were removed.
    pub fn remove_matching(&mut self, v: &[u8], limit: usize, from_tail: bool) -> usize {
        let needle = Needle::new(v);
        let mut removed = 0;
        let nodes = self.nodes.len();
        let order = (0..nodes).map(|i| if from_tail { nodes - 1 - i } else { i });
        let mut emptied = false;
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for ni in order {
            if limit != 0 && removed == limit {
                break;
            }
            let node = &mut self.nodes[ni];
            ranges.clear();
            let mut off = 0;
            while off < node.buf.len() {
                let (e, next) = node.next(off);
                if needle.matches(e) {
                    ranges.push((off, next));
                }
                off = next;
            }
            if ranges.is_empty() {
                continue;
            }
            if limit != 0 && ranges.len() > limit - removed {
                let keep = limit - removed;
                if from_tail {
                    ranges.drain(..ranges.len() - keep);
                } else {
                    ranges.truncate(keep);
                }
            }
            // Compact the node in place, skipping the removed byte ranges.
            let mut write = ranges[0].0;
            for (k, &(_, end)) in ranges.iter().enumerate() {
                let next_start = ranges.get(k + 1).map_or(node.buf.len(), |r| r.0);
                node.buf.copy_within(end..next_start, write);
                write += next_start - end;
            }
            node.buf.truncate(write);
            node.count -= ranges.len() as u32;
            removed += ranges.len();
            emptied |= node.count == 0;
        }
        if emptied {
            self.nodes.retain(|n| n.count > 0);
        }
        self.len -= removed;
        removed
    }

    /// Iterates from the head.
    pub fn iter(&self) -> Iter<'_> {
        self.iter_from(0, false)
    }

    /// Iterates from position `i` towards the tail, or towards the head when `reverse`.
    /// Finding position `i` walks from the nearer end of the list.
    pub fn iter_from(&self, i: usize, reverse: bool) -> Iter<'_> {
        if i >= self.len {
            return Iter {
                list: self,
                node: 0,
                off: 0,
                reverse,
                remaining: 0,
            };
        }
        let (ni, ei) = self.locate(i);
        let node = &self.nodes[ni];
        let (off, remaining) = if reverse {
            (node.offset_of(ei + 1), i + 1)
        } else {
            (node.offset_of(ei), self.len - i)
        };
        Iter {
            list: self,
            node: ni,
            off,
            reverse,
            remaining,
        }
    }

    /// Every element, head to tail (tests, debugging).
    pub fn to_vec(&self) -> Vec<Bytes> {
        self.iter().map(|e| e.to_bytes()).collect()
    }

    /// The nodes head to tail, each as (whether it is a plain node, its elements): DUMP writes
    /// one listpack (or one plain element) per node, as Redis does.
    pub fn nodes(&self) -> impl Iterator<Item = (bool, NodeIter<'_>)> + '_ {
        self.nodes
            .iter()
            .map(|node| (node.plain, NodeIter { node, off: 0 }))
    }

    /// Appends a node holding exactly `values` at the tail, whatever the fill: RESTORE keeps a
    /// payload's nodes as they were, as Redis does. `plain` marks a node of one large element.
    /// No values, no node.
    pub fn append_node<V: AsRef<[u8]>>(
        &mut self,
        values: impl IntoIterator<Item = V>,
        plain: bool,
    ) {
        let mut node = Node {
            buf: Vec::new(),
            count: 0,
            plain,
        };
        for v in values {
            encode_entry(&mut node.buf, v.as_ref());
            node.count += 1;
        }
        if node.count > 0 {
            node.buf.shrink_to_fit();
            self.len += node.count as usize;
            self.nodes.push_back(node);
        }
    }
}

/// The elements of one node, in order (see [`List::nodes`]).
pub struct NodeIter<'a> {
    node: &'a Node,
    off: usize,
}

impl<'a> Iterator for NodeIter<'a> {
    type Item = Elem<'a>;

    fn next(&mut self) -> Option<Elem<'a>> {
        if self.off >= self.node.buf.len() {
            return None;
        }
        let (e, next) = self.node.next(self.off);
        self.off = next;
        Some(e)
    }
}

/// Walks a list's elements in one direction.
pub struct Iter<'a> {
    list: &'a List,
    node: usize,
    /// Forward: offset of the next entry; reverse: offset just past it.
    off: usize,
    reverse: bool,
    remaining: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Elem<'a>;

    #[inline]
    fn next(&mut self) -> Option<Elem<'a>> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let nodes = &self.list.nodes;
        if self.reverse {
            if self.off == 0 {
                self.node -= 1;
                self.off = nodes[self.node].buf.len();
            }
            let (e, start) = nodes[self.node].prev(self.off);
            self.off = start;
            Some(e)
        } else {
            if self.off == nodes[self.node].buf.len() {
                self.node += 1;
                self.off = 0;
            }
            let (e, next) = nodes[self.node].next(self.off);
            self.off = next;
            Some(e)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl PartialEq for List {
    fn eq(&self, other: &List) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl fmt::Debug for List {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(
                self.iter()
                    .map(|e| String::from_utf8_lossy(&e.to_bytes()).into_owned()),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::SmallRng;
    use rand::{Rng, SeedableRng};

    fn b(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }

    #[test]
    fn entries_round_trip_every_encoding() {
        let mut values: Vec<Vec<u8>> = vec![
            b(""),
            b("0"),
            b("127"),
            b("128"),
            b("-1"),
            b("-4096"),
            b("4095"),
            b("4096"),
            b("-4097"),
            b("32767"),
            b("-32768"),
            b("32768"),
            b("8388607"),
            b("-8388608"),
            b("8388608"),
            b("2147483647"),
            b("-2147483648"),
            b("2147483648"),
            b("9223372036854775807"),
            b("-9223372036854775808"),
            b("9223372036854775808"),
            b("012"),
            b("+1"),
            b("-0"),
            b("1.5"),
            b(" 1"),
        ];
        values.push(vec![b'x'; 63]);
        values.push(vec![b'x'; 64]);
        values.push(vec![b'y'; 4095]);
        values.push(vec![b'y'; 4096]);
        values.push(vec![b'z'; 100_000]);
        for v in &values {
            let mut buf = Vec::new();
            encode_entry(&mut buf, v);
            assert_eq!(
                buf.len(),
                encoded_size(v),
                "size of {:?}",
                String::from_utf8_lossy(v)
            );
            let (e, body) = decode_entry(&buf, 0);
            assert_eq!(e.to_bytes(), Bytes::from(v.clone()));
            assert_eq!(body + backlen_size(body), buf.len());
            assert_eq!(read_backlen(&buf, buf.len()), (body, buf.len() - body));
        }
        // Small integers take two bytes, as in a listpack.
        assert_eq!(encoded_size(b"7"), 2);
        assert_eq!(encoded_size(b"foo"), 5);
    }

    #[test]
    fn push_pop_index_and_nodes() {
        let mut l = List::new(-2);
        for i in 0..10_000 {
            l.push(End::Tail, format!("element-{i}").as_bytes());
        }
        assert_eq!(l.len(), 10_000);
        assert!(l.node_count() > 10, "8 KB nodes split a long list");
        assert_eq!(l.get(0).unwrap().to_bytes(), "element-0");
        assert_eq!(l.get(-1).unwrap().to_bytes(), "element-9999");
        assert_eq!(l.get(5000).unwrap().to_bytes(), "element-5000");
        assert!(l.get(10_000).is_none());
        assert!(l.get(-10_001).is_none());
        assert_eq!(l.pop(End::Head).unwrap(), "element-0");
        assert_eq!(l.pop(End::Tail).unwrap(), "element-9999");
        let rev: Vec<Bytes> = l
            .iter_from(9997, true)
            .take(3)
            .map(|e| e.to_bytes())
            .collect();
        assert_eq!(rev, vec!["element-9998", "element-9997", "element-9996"]);
        // Roughly Redis's memory: well under 20 bytes per 12-byte element.
        assert!(l.memory_usage() < 10_000 * 20, "{}", l.memory_usage());
    }

    #[test]
    fn count_fill_limits_elements_per_node() {
        let mut l = List::new(3);
        for i in 0..10 {
            l.push(End::Head, i.to_string().as_bytes());
        }
        assert_eq!(l.node_count(), 4);
        let l0 = List::new(0);
        let mut l0 = l0;
        l0.push(End::Tail, b"a");
        l0.push(End::Tail, b"b");
        assert_eq!(l0.node_count(), 2, "fill 0 gives one element per node");
    }

    /// Applies random operations to a list and to a VecDeque model, comparing everything.
    fn model_run(seed: u64, fill: i64, threshold: Option<u64>) {
        let mut rng = SmallRng::seed_from_u64(seed);
        let mut list = List::new(fill);
        let mut model: VecDeque<Vec<u8>> = VecDeque::new();
        let value = |rng: &mut SmallRng| -> Vec<u8> {
            match rng.gen_range(0..6) {
                0 => rng.gen_range(-200i64..200).to_string().into_bytes(),
                1 => rng.gen::<i64>().to_string().into_bytes(),
                2 => vec![b'a' + rng.gen_range(0..3); rng.gen_range(0..3)],
                3 => vec![b'q'; rng.gen_range(0..300)],
                4 => format!("0{}", rng.gen_range(0..9)).into_bytes(),
                _ => vec![b'L'; rng.gen_range(1000..6000)],
            }
        };
        for step in 0..3000 {
            if let Some(t) = threshold {
                if step % 500 == 0 {
                    set_packed_threshold(t);
                }
            }
            let n = model.len() as i64;
            match rng.gen_range(0..12) {
                0 | 1 => {
                    let v = value(&mut rng);
                    list.push(End::Head, &v);
                    model.push_front(v);
                }
                2 | 3 => {
                    let v = value(&mut rng);
                    list.push(End::Tail, &v);
                    model.push_back(v);
                }
                4 => assert_eq!(list.pop(End::Head).map(|b| b.to_vec()), model.pop_front()),
                5 => assert_eq!(list.pop(End::Tail).map(|b| b.to_vec()), model.pop_back()),
                6 => {
                    let i = rng.gen_range(-n - 2..n + 2);
                    let v = value(&mut rng);
                    let ok = list.set(i, &v);
                    let idx = if i < 0 { n + i } else { i };
                    assert_eq!(ok, (0..n).contains(&idx));
                    if ok {
                        model[idx as usize] = v;
                    }
                }
                7 => {
                    let i = rng.gen_range(-n - 2..n + 2);
                    let idx = if i < 0 { n + i } else { i };
                    let want = (0..n).contains(&idx).then(|| model[idx as usize].clone());
                    assert_eq!(list.get(i).map(|e| e.to_bytes().to_vec()), want);
                }
                8 => {
                    let pivot = value(&mut rng);
                    let v = value(&mut rng);
                    let after = rng.gen_bool(0.5);
                    let pos = model.iter().position(|x| *x == pivot);
                    assert_eq!(list.insert_by_pivot(&pivot, &v, after), pos.is_some());
                    if let Some(p) = pos {
                        model.insert(if after { p + 1 } else { p }, v);
                    }
                }
                9 => {
                    let v = value(&mut rng);
                    let limit = rng.gen_range(0..3);
                    let from_tail = rng.gen_bool(0.5);
                    let mut idxs: Vec<usize> =
                        (0..model.len()).filter(|&i| model[i] == v).collect();
                    if from_tail {
                        idxs.reverse();
                    }
                    if limit > 0 {
                        idxs.truncate(limit);
                    }
                    idxs.sort_unstable();
                    for &i in idxs.iter().rev() {
                        model.remove(i);
                    }
                    assert_eq!(list.remove_matching(&v, limit, from_tail), idxs.len());
                }
                10 => {
                    let start = rng.gen_range(0..=model.len());
                    let count = rng.gen_range(0..=model.len() + 1);
                    list.retain_range(start, count);
                    let keep: VecDeque<Vec<u8>> =
                        model.iter().skip(start).take(count).cloned().collect();
                    model = keep;
                }
                _ => {
                    let start = rng.gen_range(0..=model.len());
                    let count = rng.gen_range(0..4);
                    list.delete_range(start, count);
                    let end = (start + count).min(model.len());
                    model.drain(start..end);
                }
            }
            assert_eq!(list.len(), model.len());
            if step % 50 == 0 || model.len() < 20 {
                let all: Vec<Vec<u8>> = list.iter().map(|e| e.to_bytes().to_vec()).collect();
                assert_eq!(
                    all,
                    model.iter().cloned().collect::<Vec<_>>(),
                    "seed {seed} step {step}"
                );
                if !model.is_empty() {
                    let i = rng.gen_range(0..model.len());
                    let rev: Vec<Vec<u8>> = list
                        .iter_from(i, true)
                        .map(|e| e.to_bytes().to_vec())
                        .collect();
                    let want: Vec<Vec<u8>> = model.iter().take(i + 1).rev().cloned().collect();
                    assert_eq!(rev, want);
                }
                let counted: usize = list.nodes.iter().map(|n| n.count as usize).sum();
                assert_eq!(counted, list.len());
                assert!(list.nodes.iter().all(|n| n.count > 0), "no empty nodes");
            }
        }
    }

    #[test]
    fn random_operations_match_a_model() {
        for (seed, fill) in [(1, -2), (2, -1), (3, 1), (4, 4), (5, -5), (6, 0), (7, 128)] {
            model_run(seed, fill, None);
        }
    }

    #[test]
    fn plain_nodes_for_large_elements() {
        // Only this test changes the global threshold; the operations stay correct whatever
        // its value, so concurrently running tests are unaffected.
        model_run(11, -2, Some(100));
        let mut l = List::new(-2);
        set_packed_threshold(100);
        l.push(End::Tail, b"a");
        l.push(End::Tail, &[b'x'; 200]);
        l.push(End::Tail, b"b");
        assert_eq!(l.node_count(), 3);
        assert!(l.set(1, b"small"));
        assert!(l.set(0, &[b'y'; 150]));
        set_packed_threshold(0);
        assert_eq!(
            l.to_vec(),
            vec![
                Bytes::from(vec![b'y'; 150]),
                Bytes::from("small"),
                Bytes::from("b")
            ]
        );
        assert!(!set_packed_threshold(1 << 33));
    }
}
