//! Sorted set values, in Redis's two encodings.
//!
//! * **listpack** (OBJECT ENCODING `listpack`), while the set has at most
//!   `zset-max-listpack-entries` members of at most `zset-max-listpack-value` bytes: one byte
//!   buffer of `(member, score)` entries in (score, member) order. Every operation is a linear
//!   scan, which is fast for the small sizes this encoding is limited to, and the memory per
//!   member is a few bytes of framing.
//! * **skiplist** (the name OBJECT ENCODING reports for Redis's big encoding; here the ordered
//!   part is a counted B+tree rather than a skiplist): a [`Dict`] from member to score, which
//!   gives O(1) ZSCORE, random members and ZSCAN's cursor guarantee, plus an order-statistics
//!   tree of `(score, member)` that gives O(log n) insert, delete and rank and O(log n + m)
//!   ranges by rank, score and lex. The member bytes live once, in the dictionary's key; the
//!   tree points at them.
//!
//! Conversion is one-way (listpack to skiplist) when a set outgrows the limits, as in Redis;
//! results built from scratch (ZRANGESTORE, ZUNIONSTORE, ...) start in whichever encoding their
//! final size calls for ([`ZSet::from_sorted`]).
//!
//! Zero scores: a listpack stores integral scores as integers, so `-0` reads back as `0` there,
//! while the skiplist keeps the sign of `-0`. Redis does the same and prints them accordingly.

use crate::db::dict::Dict;
use crate::util::numbers::{d2string, fmt_f64};
use rand::Rng;
use std::alloc::{self, Layout};
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ptr::NonNull;

/// Encoding thresholds, from `zset-max-listpack-entries` and `zset-max-listpack-value`.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_listpack_entries: usize,
    pub max_listpack_value: usize,
}

impl Limits {
    /// Whether a set of `len` members, the longest `max_member_len` bytes, fits a listpack.
    pub fn fits_listpack(&self, len: usize, max_member_len: usize) -> bool {
        len <= self.max_listpack_entries && max_member_len <= self.max_listpack_value
    }
}

/// The order of sorted set elements: by score, then by member bytes (memcmp, shorter first on a
/// common prefix). `-0` and `0` compare equal, as in Redis.
pub fn cmp_elements(score_a: f64, member_a: &[u8], score_b: f64, member_b: &[u8]) -> Ordering {
    if score_a < score_b {
        Ordering::Less
    } else if score_a > score_b {
        Ordering::Greater
    } else {
        member_a.cmp(member_b)
    }
}

// ------------------------------------------------------------------------------------------
// Members: one allocation of a length header followed by the bytes, behind a thin pointer.
// ------------------------------------------------------------------------------------------

/// An owned member string, 8 bytes wide: a pointer to `[u32 len][bytes]` (lengths of 4 GiB and
/// more use `u32::MAX` followed by a `u64`). The big encoding's tree refers to members by this
/// pointer, so a member is stored once however many structures index it.
pub struct Member(NonNull<u8>);

// SAFETY: a Member exclusively owns its allocation, which is never mutated after creation.
unsafe impl Send for Member {}
unsafe impl Sync for Member {}

const SHORT_HEADER: usize = 4;
const LONG_HEADER: usize = 12;

fn member_layout(header: usize, len: usize) -> Layout {
    Layout::from_size_align(header + len, 4).expect("member size fits in memory")
}

/// Header size and length of the member allocation at `p`.
///
/// # Safety
/// `p` must point at a live allocation made by [`Member::new`].
unsafe fn member_header(p: NonNull<u8>) -> (usize, usize) {
    let short = u32::from_le_bytes(*(p.as_ptr() as *const [u8; 4]));
    if short != u32::MAX {
        (SHORT_HEADER, short as usize)
    } else {
        let long = u64::from_le_bytes(*(p.as_ptr().add(SHORT_HEADER) as *const [u8; 8]));
        (LONG_HEADER, long as usize)
    }
}

/// The bytes of the member allocation at `p`.
///
/// # Safety
/// `p` must point at a live allocation made by [`Member::new`] that outlives `'a`.
unsafe fn member_bytes<'a>(p: NonNull<u8>) -> &'a [u8] {
    let (header, len) = member_header(p);
    std::slice::from_raw_parts(p.as_ptr().add(header), len)
}

impl Member {
    pub fn new(bytes: &[u8]) -> Member {
        let len = bytes.len();
        let header = if len < u32::MAX as usize {
            SHORT_HEADER
        } else {
            LONG_HEADER
        };
        let layout = member_layout(header, len);
        // SAFETY: the layout is never zero-sized (it includes the header); every byte written
        // below lies inside it.
        unsafe {
            let p = alloc::alloc(layout);
            let Some(p) = NonNull::new(p) else {
                alloc::handle_alloc_error(layout)
            };
            if header == SHORT_HEADER {
                std::ptr::copy_nonoverlapping((len as u32).to_le_bytes().as_ptr(), p.as_ptr(), 4);
            } else {
                std::ptr::copy_nonoverlapping(u32::MAX.to_le_bytes().as_ptr(), p.as_ptr(), 4);
                std::ptr::copy_nonoverlapping(
                    (len as u64).to_le_bytes().as_ptr(),
                    p.as_ptr().add(4),
                    8,
                );
            }
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p.as_ptr().add(header), len);
            Member(p)
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: self owns the allocation for as long as the borrow lasts.
        unsafe { member_bytes(self.0) }
    }

    fn raw(&self) -> NonNull<u8> {
        self.0
    }
}

impl Drop for Member {
    fn drop(&mut self) {
        // SAFETY: the allocation was made by Member::new with this same layout.
        unsafe {
            let (header, len) = member_header(self.0);
            alloc::dealloc(self.0.as_ptr(), member_layout(header, len));
        }
    }
}

impl Clone for Member {
    fn clone(&self) -> Member {
        Member::new(self.as_bytes())
    }
}

impl PartialEq for Member {
    fn eq(&self, other: &Member) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}
impl Eq for Member {}

impl Hash for Member {
    // Must hash exactly like `[u8]`, since lookups borrow a Member as `[u8]`.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state)
    }
}

impl Borrow<[u8]> for Member {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(self.as_bytes()))
    }
}

// ------------------------------------------------------------------------------------------
// The order-statistics tree: a B+tree of (score, member) with subtree sizes.
// ------------------------------------------------------------------------------------------

/// An element as the tree stores it: the score and a pointer to a member owned by the
/// dictionary next to the tree (see [`Indexed`]).
#[derive(Clone, Copy)]
struct Item {
    score: f64,
    member: NonNull<u8>,
}

impl Item {
    fn member(&self) -> &[u8] {
        // SAFETY: items only live in an Indexed's tree, whose members are owned by the same
        // Indexed's dictionary and removed from the tree before they are dropped.
        unsafe { member_bytes(self.member) }
    }

    fn cmp_key(&self, score: f64, member: &[u8]) -> Ordering {
        cmp_elements(self.score, self.member(), score, member)
    }
}

/// Items per leaf and children per inner node, at most.
const LEAF_CAP: usize = 64;
const INNER_CAP: usize = 32;

enum Node {
    Leaf(Vec<Item>),
    Inner(Vec<Child>),
}

struct Child {
    /// The smallest item of the subtree: the separator that routes searches.
    first: Item,
    /// Items in the subtree.
    len: usize,
    node: Box<Node>,
}

/// Whether a node lies on the tree's leftmost / rightmost path.
#[derive(Clone, Copy)]
struct Edges {
    leftmost: bool,
    rightmost: bool,
}

impl Node {
    fn entries(&self) -> usize {
        match self {
            Node::Leaf(items) => items.len(),
            Node::Inner(children) => children.len(),
        }
    }

    fn cap(&self) -> usize {
        match self {
            Node::Leaf(_) => LEAF_CAP,
            Node::Inner(_) => INNER_CAP,
        }
    }

    /// Below a quarter full: a removal then merges it with a sibling or borrows from one.
    fn underfull(&self) -> bool {
        self.entries() < self.cap() / 4
    }

    /// The smallest item (the node is never empty when asked).
    fn first(&self) -> Item {
        match self {
            Node::Leaf(items) => items[0],
            Node::Inner(children) => children[0].first,
        }
    }
}

/// Grows a node's vector one step without overshooting `cap + 1` entries (a node briefly holds
/// one entry too many before it splits), so full nodes don't carry doubled capacity around.
fn reserve_one<T>(v: &mut Vec<T>, cap: usize) {
    if v.len() == v.capacity() {
        let want = (v.capacity() * 2).clamp(4, cap + 1);
        v.reserve_exact(want.saturating_sub(v.len()).max(1));
    }
}

/// Where a node of `len = cap + 1` entries splits after an insert at `pos`: in the middle,
/// except when the insert extended the first or last node of the whole tree (sequential
/// inserts), where the old node stays full and the new one starts with the single new entry.
fn split_point(len: usize, pos: usize, edges: Edges) -> usize {
    if edges.rightmost && pos == len - 1 {
        len - 1
    } else if edges.leftmost && pos == 0 {
        1
    } else {
        len / 2
    }
}

/// The child whose subtree holds (or would hold) the key: the last one whose first item is not
/// greater than the key (the first child for keys below every separator).
fn child_for(children: &[Child], score: f64, member: &[u8]) -> usize {
    children
        .partition_point(|c| c.first.cmp_key(score, member) != Ordering::Greater)
        .saturating_sub(1)
}

fn node_insert(node: &mut Node, item: Item, edges: Edges) -> Option<Child> {
    match node {
        Node::Leaf(items) => {
            let pos =
                items.partition_point(|it| it.cmp_key(item.score, item.member()) == Ordering::Less);
            reserve_one(items, LEAF_CAP);
            items.insert(pos, item);
            if items.len() <= LEAF_CAP {
                return None;
            }
            let at = split_point(items.len(), pos, edges);
            let mut right = Vec::with_capacity(LEAF_CAP + 1);
            right.extend(items.drain(at..));
            Some(Child {
                first: right[0],
                len: right.len(),
                node: Box::new(Node::Leaf(right)),
            })
        }
        Node::Inner(children) => {
            let i = child_for(children, item.score, item.member());
            let last = children.len() - 1;
            let child_edges = Edges {
                leftmost: edges.leftmost && i == 0,
                rightmost: edges.rightmost && i == last,
            };
            let child = &mut children[i];
            let split = node_insert(&mut child.node, item, child_edges);
            child.len += 1;
            child.first = child.node.first();
            let new = split?;
            child.len -= new.len;
            reserve_one(children, INNER_CAP);
            children.insert(i + 1, new);
            if children.len() <= INNER_CAP {
                return None;
            }
            let at = split_point(children.len(), i + 1, edges);
            let mut right = Vec::with_capacity(INNER_CAP + 1);
            right.extend(children.drain(at..));
            let len = right.iter().map(|c| c.len).sum();
            Some(Child {
                first: right[0].first,
                len,
                node: Box::new(Node::Inner(right)),
            })
        }
    }
}

fn node_remove(node: &mut Node, score: f64, member: &[u8]) -> bool {
    match node {
        Node::Leaf(items) => {
            let pos = items.partition_point(|it| it.cmp_key(score, member) == Ordering::Less);
            if pos < items.len() && items[pos].cmp_key(score, member) == Ordering::Equal {
                items.remove(pos);
                true
            } else {
                false
            }
        }
        Node::Inner(children) => {
            let i = child_for(children, score, member);
            if !node_remove(&mut children[i].node, score, member) {
                return false;
            }
            let child = &mut children[i];
            child.len -= 1;
            if child.len == 0 {
                // Only a lone item in a node made by a lopsided split can leave a child empty.
                children.remove(i);
                return true;
            }
            child.first = child.node.first();
            if child.node.underfull() && children.len() > 1 {
                rebalance(children, i);
            }
            true
        }
    }
}

/// Fixes the underfull child `i` by merging it with a neighbour, or by evening out the two when
/// they don't fit in one node.
fn rebalance(children: &mut Vec<Child>, i: usize) {
    let (l, r) = if i + 1 < children.len() {
        (i, i + 1)
    } else {
        (i - 1, i)
    };
    let total = children[l].node.entries() + children[r].node.entries();
    if total <= children[l].node.cap() {
        let right = children.remove(r);
        let left = &mut children[l];
        left.len += right.len;
        match (&mut *left.node, *right.node) {
            (Node::Leaf(a), Node::Leaf(b)) => a.extend(b),
            (Node::Inner(a), Node::Inner(b)) => a.extend(b),
            _ => unreachable!("siblings are at the same depth"),
        }
        return;
    }
    let (head, tail) = children.split_at_mut(r);
    let (left, right) = (&mut head[l], &mut tail[0]);
    let keep = total / 2;
    match (&mut *left.node, &mut *right.node) {
        (Node::Leaf(a), Node::Leaf(b)) => {
            if a.len() > keep {
                let moved: Vec<Item> = a.drain(keep..).collect();
                b.splice(0..0, moved);
            } else {
                let take = keep - a.len();
                a.extend(b.drain(..take));
            }
        }
        (Node::Inner(a), Node::Inner(b)) => {
            if a.len() > keep {
                let moved: Vec<Child> = a.drain(keep..).collect();
                b.splice(0..0, moved);
            } else {
                let take = keep - a.len();
                a.extend(b.drain(..take));
            }
        }
        _ => unreachable!("siblings are at the same depth"),
    }
    let sum = left.len + right.len;
    left.len = subtree_len(&left.node);
    right.len = sum - left.len;
    left.first = left.node.first();
    right.first = right.node.first();
}

fn subtree_len(node: &Node) -> usize {
    match node {
        Node::Leaf(items) => items.len(),
        Node::Inner(children) => children.iter().map(|c| c.len).sum(),
    }
}

/// Calls `f` on the items of ranks `lo..hi` of `node` (relative to it), backwards if `reverse`.
fn node_visit<F: FnMut(&Item)>(node: &Node, lo: usize, hi: usize, reverse: bool, f: &mut F) {
    match node {
        Node::Leaf(items) => {
            let run = &items[lo..hi];
            if reverse {
                run.iter().rev().for_each(f);
            } else {
                run.iter().for_each(f);
            }
        }
        Node::Inner(children) => {
            let mut parts = Vec::new();
            let mut start = 0;
            for c in children {
                let end = start + c.len;
                if end > lo && start < hi {
                    parts.push((&*c.node, lo.max(start) - start, hi.min(end) - start));
                }
                if end >= hi {
                    break;
                }
                start = end;
            }
            if reverse {
                parts.reverse();
            }
            for (child, a, b) in parts {
                node_visit(child, a, b, reverse, f);
            }
        }
    }
}

/// The ordered half of the big encoding.
struct OrderTree {
    root: Node,
    len: usize,
}

impl OrderTree {
    fn new() -> OrderTree {
        OrderTree {
            root: Node::Leaf(Vec::new()),
            len: 0,
        }
    }

    /// Inserts an item whose (score, member) is not in the tree yet.
    fn insert(&mut self, item: Item) {
        if let Some(new) = node_insert(
            &mut self.root,
            item,
            Edges {
                leftmost: true,
                rightmost: true,
            },
        ) {
            let old = std::mem::replace(&mut self.root, Node::Leaf(Vec::new()));
            let left = Child {
                first: old.first(),
                len: self.len + 1 - new.len,
                node: Box::new(old),
            };
            self.root = Node::Inner(vec![left, new]);
        }
        self.len += 1;
    }

    fn remove(&mut self, score: f64, member: &[u8]) -> bool {
        if !node_remove(&mut self.root, score, member) {
            return false;
        }
        self.len -= 1;
        loop {
            match &mut self.root {
                Node::Inner(children) if children.len() == 1 => {
                    let only = children.pop().expect("one child");
                    self.root = *only.node;
                }
                Node::Inner(children) if children.is_empty() => self.root = Node::Leaf(Vec::new()),
                _ => break,
            }
        }
        true
    }

    /// 0-based rank of (score, member), if present.
    fn rank(&self, score: f64, member: &[u8]) -> Option<usize> {
        let mut node = &self.root;
        let mut before = 0;
        loop {
            match node {
                Node::Inner(children) => {
                    let i = child_for(children, score, member);
                    before += children[..i].iter().map(|c| c.len).sum::<usize>();
                    node = &children[i].node;
                }
                Node::Leaf(items) => {
                    let pos =
                        items.partition_point(|it| it.cmp_key(score, member) == Ordering::Less);
                    let found =
                        pos < items.len() && items[pos].cmp_key(score, member) == Ordering::Equal;
                    return found.then_some(before + pos);
                }
            }
        }
    }

    fn get(&self, mut rank: usize) -> Option<&Item> {
        let mut node = &self.root;
        loop {
            match node {
                Node::Inner(children) => {
                    let mut next = None;
                    for c in children {
                        if rank < c.len {
                            next = Some(&*c.node);
                            break;
                        }
                        rank -= c.len;
                    }
                    node = next?;
                }
                Node::Leaf(items) => return items.get(rank),
            }
        }
    }

    /// Number of leading items for which `pred` holds, for a `pred` that is true on a prefix of
    /// the order and false after it (for other predicates: some position where it changes).
    fn partition_point(&self, pred: impl Fn(&Item) -> bool) -> usize {
        let mut node = &self.root;
        let mut before = 0;
        loop {
            match node {
                Node::Inner(children) => {
                    let i = children
                        .partition_point(|c| pred(&c.first))
                        .saturating_sub(1);
                    before += children[..i].iter().map(|c| c.len).sum::<usize>();
                    node = &children[i].node;
                }
                Node::Leaf(items) => return before + items.partition_point(&pred),
            }
        }
    }

    fn visit<F: FnMut(&Item)>(&self, lo: usize, hi: usize, reverse: bool, mut f: F) {
        let hi = hi.min(self.len);
        if lo < hi {
            node_visit(&self.root, lo, hi, reverse, &mut f);
        }
    }
}

// ------------------------------------------------------------------------------------------
// The big encoding.
// ------------------------------------------------------------------------------------------

/// Member → score dictionary plus the (score, member) order tree over the same members.
pub struct Indexed {
    dict: Dict<Member, f64>,
    tree: OrderTree,
}

// SAFETY: the tree's raw member pointers only ever point into members owned by the same
// Indexed's dictionary; moving or sharing the Indexed moves or shares them together, and all
// mutation goes through `&mut Indexed`.
unsafe impl Send for Indexed {}
unsafe impl Sync for Indexed {}

impl Indexed {
    fn new() -> Indexed {
        Indexed {
            dict: Dict::new(),
            tree: OrderTree::new(),
        }
    }

    fn len(&self) -> usize {
        self.dict.len()
    }

    /// Adds a member known to be absent.
    fn insert_new(&mut self, member: &[u8], score: f64) {
        let m = Member::new(member);
        let raw = m.raw();
        self.dict.insert(m, score);
        self.tree.insert(Item { score, member: raw });
    }

    /// Moves an existing member from `old` to `new`.
    fn update(&mut self, member: &[u8], old: f64, new: f64) {
        let Some((m, _)) = self.dict.get_key_value(member) else {
            return;
        };
        let raw = m.raw();
        self.tree.remove(old, member);
        *self.dict.get_mut(member).expect("present") = new;
        self.tree.insert(Item {
            score: new,
            member: raw,
        });
    }

    fn remove(&mut self, member: &[u8]) -> Option<f64> {
        let score = *self.dict.get(member)?;
        // The tree goes first: its items point into the dictionary's key.
        self.tree.remove(score, member);
        self.dict.remove(member);
        Some(score)
    }
}

impl Clone for Indexed {
    fn clone(&self) -> Indexed {
        // Fresh members: the copy's tree must point into the copy's own dictionary.
        let mut copy = Indexed::new();
        copy.dict.reserve(self.len());
        self.tree.visit(0, self.tree.len, false, |it| {
            copy.insert_new(it.member(), it.score)
        });
        copy
    }
}

// ------------------------------------------------------------------------------------------
// The listpack encoding.
// ------------------------------------------------------------------------------------------

/// Small sets: entries `[member length (LEB128)][member][score]` back to back in (score,
/// member) order. A score takes one byte when it is an integer in -112..=127, 3, 5 or 9 bytes
/// for other integers within +-2^62 (Redis's listpack keeps those as integers too, which is
/// why `-0` reads back as `0`), and 9 bytes as a raw double otherwise.
#[derive(Clone, Default, PartialEq)]
pub struct Listpack {
    buf: Vec<u8>,
    len: u32,
}

const SCORE_SMALL_BIAS: i64 = 112;
const SCORE_I16: u8 = 0xF0;
const SCORE_I32: u8 = 0xF1;
const SCORE_I64: u8 = 0xF2;
const SCORE_F64: u8 = 0xF3;

/// `d` as an integer when it is integral and within +-2^62 (Redis's double2ll rule).
fn integral_score(d: f64) -> Option<i64> {
    const LIMIT: f64 = (i64::MAX / 2) as f64;
    if !(-LIMIT..=LIMIT).contains(&d) {
        return None;
    }
    let i = d as i64;
    (i as f64 == d).then_some(i)
}

fn encode_score(out: &mut Vec<u8>, score: f64) {
    match integral_score(score) {
        Some(i) if (-SCORE_SMALL_BIAS..=127).contains(&i) => out.push((i + SCORE_SMALL_BIAS) as u8),
        Some(i) if i16::try_from(i).is_ok() => {
            out.push(SCORE_I16);
            out.extend_from_slice(&(i as i16).to_le_bytes());
        }
        Some(i) if i32::try_from(i).is_ok() => {
            out.push(SCORE_I32);
            out.extend_from_slice(&(i as i32).to_le_bytes());
        }
        Some(i) => {
            out.push(SCORE_I64);
            out.extend_from_slice(&i.to_le_bytes());
        }
        None => {
            out.push(SCORE_F64);
            out.extend_from_slice(&score.to_le_bytes());
        }
    }
}

/// Reads the score at `pos`: (score, end).
fn decode_score(buf: &[u8], pos: usize) -> (f64, usize) {
    let tag = buf[pos];
    let p = pos + 1;
    match tag {
        SCORE_I16 => (i16::from_le_bytes([buf[p], buf[p + 1]]) as f64, p + 2),
        SCORE_I32 => (
            i32::from_le_bytes(buf[p..p + 4].try_into().expect("4 bytes")) as f64,
            p + 4,
        ),
        SCORE_I64 => (
            i64::from_le_bytes(buf[p..p + 8].try_into().expect("8 bytes")) as f64,
            p + 8,
        ),
        SCORE_F64 => (
            f64::from_le_bytes(buf[p..p + 8].try_into().expect("8 bytes")),
            p + 8,
        ),
        small => ((small as i64 - SCORE_SMALL_BIAS) as f64, p),
    }
}

fn encode_entry(out: &mut Vec<u8>, member: &[u8], score: f64) {
    let mut n = member.len();
    loop {
        let byte = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            break;
        }
        out.push(byte | 0x80);
    }
    out.extend_from_slice(member);
    encode_score(out, score);
}

/// One decoded listpack entry and where it lies in the buffer.
#[derive(Clone, Copy)]
struct LpEntry<'a> {
    start: usize,
    end: usize,
    member: &'a [u8],
    score: f64,
}

fn decode_entry(buf: &[u8], start: usize) -> LpEntry<'_> {
    let mut len = 0usize;
    let mut shift = 0;
    let mut p = start;
    loop {
        let byte = buf[p];
        p += 1;
        len |= ((byte & 0x7F) as usize) << shift;
        if byte & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    let member = &buf[p..p + len];
    let (score, end) = decode_score(buf, p + len);
    LpEntry {
        start,
        end,
        member,
        score,
    }
}

struct LpIter<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for LpIter<'a> {
    type Item = LpEntry<'a>;
    fn next(&mut self) -> Option<LpEntry<'a>> {
        if self.pos >= self.buf.len() {
            return None;
        }
        let e = decode_entry(self.buf, self.pos);
        self.pos = e.end;
        Some(e)
    }
}

impl Listpack {
    fn iter(&self) -> LpIter<'_> {
        LpIter {
            buf: &self.buf,
            pos: 0,
        }
    }

    fn entries(&self) -> Vec<LpEntry<'_>> {
        let mut v = Vec::with_capacity(self.len as usize);
        v.extend(self.iter());
        v
    }

    fn find(&self, member: &[u8]) -> Option<LpEntry<'_>> {
        self.iter().find(|e| e.member == member)
    }

    /// Inserts a member known to be absent at its place in the order.
    fn insert(&mut self, member: &[u8], score: f64) {
        let at = self
            .iter()
            .find(|e| cmp_elements(e.score, e.member, score, member) == Ordering::Greater)
            .map_or(self.buf.len(), |e| e.start);
        let mut entry = Vec::with_capacity(member.len() + 12);
        encode_entry(&mut entry, member, score);
        // Exact growth, like a listpack's realloc: small sets are many and their slack adds up.
        self.buf.reserve_exact(entry.len());
        self.buf.splice(at..at, entry);
        self.len += 1;
    }

    fn remove_bytes(&mut self, start: usize, end: usize, entries: u32) {
        self.buf.drain(start..end);
        self.len -= entries;
        if self.buf.capacity() > self.buf.len() * 2 + 64 {
            self.buf.shrink_to_fit();
        }
    }

    fn push_back(&mut self, member: &[u8], score: f64) {
        encode_entry(&mut self.buf, member, score);
        self.len += 1;
    }
}

// ------------------------------------------------------------------------------------------
// Ranges.
// ------------------------------------------------------------------------------------------

/// A score interval as ZRANGEBYSCORE's `min max` give it (`(` makes an end exclusive).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreRange {
    pub min: f64,
    pub max: f64,
    pub min_exclusive: bool,
    pub max_exclusive: bool,
}

/// One end of a lex interval: `-`, `+`, `[member` or `(member`.
#[derive(Clone, Debug, PartialEq)]
pub enum LexBound {
    NegInf,
    PosInf,
    Inclusive(Vec<u8>),
    Exclusive(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct LexRange {
    pub min: LexBound,
    pub max: LexBound,
}

/// What the range commands need to know of an interval, by score or by member.
pub trait Interval {
    /// True when no element can ever be inside (min above max, or equal with an open end).
    fn is_empty(&self) -> bool;
    fn above_min(&self, member: &[u8], score: f64) -> bool;
    fn below_max(&self, member: &[u8], score: f64) -> bool;
}

impl Interval for ScoreRange {
    fn is_empty(&self) -> bool {
        self.min > self.max || (self.min == self.max && (self.min_exclusive || self.max_exclusive))
    }
    fn above_min(&self, _member: &[u8], score: f64) -> bool {
        if self.min_exclusive {
            score > self.min
        } else {
            score >= self.min
        }
    }
    fn below_max(&self, _member: &[u8], score: f64) -> bool {
        if self.max_exclusive {
            score < self.max
        } else {
            score <= self.max
        }
    }
}

impl LexBound {
    /// Where `value` sorts relative to this bound (`-` below and `+` above every string).
    fn cmp_value(&self, value: &[u8]) -> Ordering {
        match self {
            LexBound::NegInf => Ordering::Greater,
            LexBound::PosInf => Ordering::Less,
            LexBound::Inclusive(b) | LexBound::Exclusive(b) => value.cmp(b),
        }
    }

    fn is_exclusive(&self) -> bool {
        !matches!(self, LexBound::Inclusive(_))
    }

    /// Rank among bounds for comparing two bounds: -inf < strings < +inf.
    fn cmp_bound(&self, other: &LexBound) -> Ordering {
        use LexBound::*;
        match (self, other) {
            (NegInf, NegInf) | (PosInf, PosInf) => Ordering::Equal,
            (NegInf, _) | (_, PosInf) => Ordering::Less,
            (PosInf, _) | (_, NegInf) => Ordering::Greater,
            (Inclusive(a) | Exclusive(a), Inclusive(b) | Exclusive(b)) => a.cmp(b),
        }
    }
}

impl Interval for LexRange {
    fn is_empty(&self) -> bool {
        match self.min.cmp_bound(&self.max) {
            Ordering::Greater => true,
            Ordering::Equal => self.min.is_exclusive() || self.max.is_exclusive(),
            Ordering::Less => false,
        }
    }
    fn above_min(&self, member: &[u8], _score: f64) -> bool {
        match self.min.cmp_value(member) {
            Ordering::Greater => true,
            Ordering::Equal => !self.min.is_exclusive(),
            Ordering::Less => false,
        }
    }
    fn below_max(&self, member: &[u8], _score: f64) -> bool {
        match self.max.cmp_value(member) {
            Ordering::Less => true,
            Ordering::Equal => !self.max.is_exclusive(),
            Ordering::Greater => false,
        }
    }
}

/// The ranks `lo..hi` a forward (or, with `reverse`, backward) range walk visits over a
/// sequence read through `at`, the way Redis walks a listpack: find the first element at or
/// above min (the last at or below max when reversed), give up if it is past the other end,
/// then extend while elements stay inside. For score intervals, and lex intervals over equal
/// scores, this is exactly the set of elements inside; otherwise it is what Redis returns.
fn linear_span<'a, R: Interval>(
    n: usize,
    at: impl Fn(usize) -> (&'a [u8], f64),
    range: &R,
    reverse: bool,
) -> (usize, usize) {
    let above = |i: usize| {
        let (m, s) = at(i);
        range.above_min(m, s)
    };
    let below = |i: usize| {
        let (m, s) = at(i);
        range.below_max(m, s)
    };
    if n == 0 || range.is_empty() || !above(n - 1) || !below(0) {
        return (0, 0);
    }
    if !reverse {
        let Some(lo) = (0..n).find(|&i| above(i)) else {
            return (0, 0);
        };
        if !below(lo) {
            return (0, 0);
        }
        let hi = (lo + 1..n).find(|&i| !below(i)).unwrap_or(n);
        (lo, hi)
    } else {
        let Some(last) = (0..n).rev().find(|&i| below(i)) else {
            return (0, 0);
        };
        if !above(last) {
            return (0, 0);
        }
        let lo = (0..last).rev().find(|&i| !above(i)).map_or(0, |i| i + 1);
        (lo, last + 1)
    }
}

// ------------------------------------------------------------------------------------------
// The sorted set.
// ------------------------------------------------------------------------------------------

pub enum ZSet {
    Listpack(Listpack),
    /// OBJECT ENCODING `skiplist`.
    Indexed(Box<Indexed>),
}

/// ZADD's options, as flags for [`ZSet::add`].
#[derive(Clone, Copy, Debug, Default)]
pub struct AddFlags {
    pub nx: bool,
    pub xx: bool,
    pub gt: bool,
    pub lt: bool,
    pub incr: bool,
}

/// What [`ZSet::add`] did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AddOutcome {
    /// A new member, with this score.
    Added(f64),
    /// An existing member moved to this score.
    Updated(f64),
    /// An existing member kept its score (the same score, or a zero increment).
    Unchanged(f64),
    /// Nothing done because of NX, XX, GT or LT.
    Skipped,
    /// The increment gave NaN (`inf` plus `-inf`): nothing changed.
    NotANumber,
}

/// A score as ZSCAN prints it: a listpack keeps integral scores as integers (Redis's d2string),
/// the big encoding prints `%.17g`.
pub fn scan_score_text(score: f64, listpack: bool) -> String {
    if listpack {
        d2string(score)
    } else {
        fmt_f64(score)
    }
}

impl Default for ZSet {
    fn default() -> ZSet {
        ZSet::new()
    }
}

impl Clone for ZSet {
    fn clone(&self) -> ZSet {
        match self {
            ZSet::Listpack(lp) => ZSet::Listpack(lp.clone()),
            ZSet::Indexed(ix) => ZSet::Indexed(Box::new((**ix).clone())),
        }
    }
}

impl fmt::Debug for ZSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        self.for_each_in(0, self.len(), false, |m, s| {
            list.entry(&(String::from_utf8_lossy(m), s));
        });
        list.finish()
    }
}

impl ZSet {
    /// An empty set in the listpack encoding.
    pub fn new() -> ZSet {
        ZSet::Listpack(Listpack::default())
    }

    /// A set holding `pairs` (distinct members, in any order), in the encoding their count and
    /// longest member call for.
    pub fn from_pairs(mut pairs: Vec<(Vec<u8>, f64)>, limits: Limits) -> ZSet {
        pairs.sort_by(|a, b| cmp_elements(a.1, &a.0, b.1, &b.0));
        Self::from_sorted(pairs.iter().map(|(m, s)| (&m[..], *s)), pairs.len(), limits)
    }

    /// A set holding `len` distinct elements given in (score, member) order.
    pub fn from_sorted<'a>(
        sorted: impl Iterator<Item = (&'a [u8], f64)> + Clone,
        len: usize,
        limits: Limits,
    ) -> ZSet {
        let longest = sorted.clone().map(|(m, _)| m.len()).max().unwrap_or(0);
        if limits.fits_listpack(len, longest) {
            let mut lp = Listpack::default();
            for (m, s) in sorted {
                lp.push_back(m, s);
            }
            lp.buf.shrink_to_fit();
            ZSet::Listpack(lp)
        } else {
            let mut ix = Indexed::new();
            ix.dict.reserve(len);
            for (m, s) in sorted {
                ix.insert_new(m, s);
            }
            ZSet::Indexed(Box::new(ix))
        }
    }

    pub fn len(&self) -> usize {
        match self {
            ZSet::Listpack(lp) => lp.len as usize,
            ZSet::Indexed(ix) => ix.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The name OBJECT ENCODING reports.
    pub fn encoding_name(&self) -> &'static str {
        match self {
            ZSet::Listpack(_) => "listpack",
            ZSet::Indexed(_) => "skiplist",
        }
    }

    pub fn is_listpack(&self) -> bool {
        matches!(self, ZSet::Listpack(_))
    }

    pub fn score(&self, member: &[u8]) -> Option<f64> {
        match self {
            ZSet::Listpack(lp) => lp.find(member).map(|e| e.score),
            ZSet::Indexed(ix) => ix.dict.get(member).copied(),
        }
    }

    /// Converts a listpack to the big encoding (one-way, as in Redis).
    fn convert_to_indexed(&mut self) {
        if let ZSet::Listpack(lp) = self {
            let mut ix = Indexed::new();
            ix.dict.reserve(lp.len as usize + 1);
            for e in lp.iter() {
                ix.insert_new(e.member, e.score);
            }
            *self = ZSet::Indexed(Box::new(ix));
        }
    }

    /// ZADD's core for one element (Redis's zsetAdd): adds `member` or updates its score
    /// according to `flags`, converting to the big encoding when the set outgrows `limits`.
    pub fn add(
        &mut self,
        score: f64,
        member: &[u8],
        flags: AddFlags,
        limits: Limits,
    ) -> AddOutcome {
        if score.is_nan() {
            return AddOutcome::NotANumber;
        }
        if let Some(current) = self.score(member) {
            if flags.nx {
                return AddOutcome::Skipped;
            }
            let new = if flags.incr { score + current } else { score };
            if new.is_nan() {
                return AddOutcome::NotANumber;
            }
            if (flags.lt && new >= current) || (flags.gt && new <= current) {
                return AddOutcome::Skipped;
            }
            if new == current {
                return AddOutcome::Unchanged(new);
            }
            match self {
                ZSet::Listpack(lp) => {
                    let e = lp.find(member).expect("present");
                    let (start, end) = (e.start, e.end);
                    lp.remove_bytes(start, end, 1);
                    lp.insert(member, new);
                }
                ZSet::Indexed(ix) => ix.update(member, current, new),
            }
            return AddOutcome::Updated(new);
        }
        if flags.xx {
            return AddOutcome::Skipped;
        }
        if let ZSet::Listpack(lp) = self {
            if lp.len as usize + 1 > limits.max_listpack_entries
                || member.len() > limits.max_listpack_value
            {
                self.convert_to_indexed();
            }
        }
        match self {
            ZSet::Listpack(lp) => lp.insert(member, score),
            ZSet::Indexed(ix) => ix.insert_new(member, score),
        }
        AddOutcome::Added(score)
    }

    /// Removes `member`; returns its score if it was there.
    pub fn remove(&mut self, member: &[u8]) -> Option<f64> {
        match self {
            ZSet::Listpack(lp) => {
                let e = lp.find(member)?;
                let (start, end, score) = (e.start, e.end, e.score);
                lp.remove_bytes(start, end, 1);
                Some(score)
            }
            ZSet::Indexed(ix) => ix.remove(member),
        }
    }

    /// 0-based rank of `member` in ascending order.
    pub fn rank(&self, member: &[u8]) -> Option<usize> {
        match self {
            ZSet::Listpack(lp) => lp.iter().position(|e| e.member == member),
            ZSet::Indexed(ix) => {
                let score = *ix.dict.get(member)?;
                ix.tree.rank(score, member)
            }
        }
    }

    /// Calls `f(member, score)` for the elements of ranks `lo..hi` (clamped to the set), in
    /// ascending order, or descending from `hi - 1` down to `lo` with `reverse`.
    pub fn for_each_in(&self, lo: usize, hi: usize, reverse: bool, mut f: impl FnMut(&[u8], f64)) {
        let hi = hi.min(self.len());
        if lo >= hi {
            return;
        }
        match self {
            ZSet::Listpack(lp) => {
                let run = lp.iter().skip(lo).take(hi - lo);
                if reverse {
                    let run: Vec<_> = run.collect();
                    run.iter().rev().for_each(|e| f(e.member, e.score));
                } else {
                    run.for_each(|e| f(e.member, e.score));
                }
            }
            ZSet::Indexed(ix) => ix
                .tree
                .visit(lo, hi, reverse, |it| f(it.member(), it.score)),
        }
    }

    /// The elements of ranks `lo..hi`, as [`ZSet::for_each_in`] visits them.
    pub fn collect_range(&self, lo: usize, hi: usize, reverse: bool) -> Vec<(Vec<u8>, f64)> {
        let mut out = Vec::with_capacity(hi.min(self.len()).saturating_sub(lo));
        self.for_each_in(lo, hi, reverse, |m, s| out.push((m.to_vec(), s)));
        out
    }

    /// The element of rank `rank`.
    pub fn nth(&self, rank: usize) -> Option<(Vec<u8>, f64)> {
        match self {
            ZSet::Listpack(lp) => lp.iter().nth(rank).map(|e| (e.member.to_vec(), e.score)),
            ZSet::Indexed(ix) => ix.tree.get(rank).map(|it| (it.member().to_vec(), it.score)),
        }
    }

    /// The ranks `lo..hi` of the elements a range walk over `range` visits (see
    /// [`linear_span`]); walks are forward unless `reverse`.
    pub fn span<R: Interval>(&self, range: &R, reverse: bool) -> (usize, usize) {
        match self {
            ZSet::Listpack(lp) => {
                let entries = lp.entries();
                linear_span(
                    entries.len(),
                    |i| (entries[i].member, entries[i].score),
                    range,
                    reverse,
                )
            }
            ZSet::Indexed(ix) => {
                let tree = &ix.tree;
                let n = tree.len;
                if n == 0 {
                    return (0, 0);
                }
                let item = |i: usize| *tree.get(i).expect("rank in range");
                let (first, last) = (item(0), item(n - 1));
                if range.is_empty()
                    || !range.above_min(last.member(), last.score)
                    || !range.below_max(first.member(), first.score)
                {
                    return (0, 0);
                }
                let lo = tree.partition_point(|it| !range.above_min(it.member(), it.score));
                let hi = tree.partition_point(|it| range.below_max(it.member(), it.score));
                if !reverse {
                    if lo >= n || !range.below_max(item(lo).member(), item(lo).score) {
                        return (0, 0);
                    }
                    (lo, hi.max(lo + 1))
                } else {
                    if hi == 0 || !range.above_min(item(hi - 1).member(), item(hi - 1).score) {
                        return (0, 0);
                    }
                    (lo.min(hi - 1), hi)
                }
            }
        }
    }

    /// Removes the elements of ranks `lo..hi`; returns how many went.
    pub fn remove_ranks(&mut self, lo: usize, hi: usize) -> usize {
        let hi = hi.min(self.len());
        if lo >= hi {
            return 0;
        }
        match self {
            ZSet::Listpack(lp) => {
                let entries = lp.entries();
                let (start, end) = (entries[lo].start, entries[hi - 1].end);
                lp.remove_bytes(start, end, (hi - lo) as u32);
            }
            ZSet::Indexed(ix) => {
                let mut doomed = Vec::with_capacity(hi - lo);
                ix.tree
                    .visit(lo, hi, false, |it| doomed.push(it.member().to_vec()));
                for m in doomed {
                    ix.remove(&m);
                }
            }
        }
        hi - lo
    }

    /// Removes and returns the lowest (or, with `max`, the highest) element.
    pub fn pop(&mut self, max: bool) -> Option<(Vec<u8>, f64)> {
        let rank = if max { self.len().checked_sub(1)? } else { 0 };
        let (member, score) = self.nth(rank)?;
        self.remove(&member);
        Some((member, score))
    }

    /// A uniformly random element.
    pub fn random(&self, rng: &mut impl Rng) -> Option<(Vec<u8>, f64)> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        self.nth(rng.gen_range(0..n))
    }

    /// `count` elements picked at random with repetition.
    pub fn random_with_repeats(&self, count: usize, rng: &mut impl Rng) -> Vec<(Vec<u8>, f64)> {
        let n = self.len();
        if n == 0 {
            return Vec::new();
        }
        match self {
            ZSet::Listpack(lp) => {
                let entries = lp.entries();
                (0..count)
                    .map(|_| {
                        let e = entries[rng.gen_range(0..n)];
                        (e.member.to_vec(), e.score)
                    })
                    .collect()
            }
            ZSet::Indexed(_) => (0..count)
                .filter_map(|_| self.nth(rng.gen_range(0..n)))
                .collect(),
        }
    }

    /// `count` (< len) distinct elements picked at random, in random order.
    pub fn random_distinct(&self, count: usize, rng: &mut impl Rng) -> Vec<(Vec<u8>, f64)> {
        let n = self.len();
        let count = count.min(n);
        // Partial Fisher-Yates over ranks when the pick is a large share of the set; otherwise
        // draw ranks and skip repeats, which stays O(count) for a small share of a big set.
        let ranks: Vec<usize> = if count * 3 > n {
            let mut all: Vec<usize> = (0..n).collect();
            for i in 0..count {
                let j = rng.gen_range(i..n);
                all.swap(i, j);
            }
            all.truncate(count);
            all
        } else {
            let mut seen = std::collections::HashSet::with_capacity(count * 2);
            let mut out = Vec::with_capacity(count);
            while out.len() < count {
                let r = rng.gen_range(0..n);
                if seen.insert(r) {
                    out.push(r);
                }
            }
            out
        };
        match self {
            ZSet::Listpack(lp) => {
                let entries = lp.entries();
                ranks
                    .iter()
                    .map(|&r| (entries[r].member.to_vec(), entries[r].score))
                    .collect()
            }
            ZSet::Indexed(_) => ranks.iter().filter_map(|&r| self.nth(r)).collect(),
        }
    }

    /// One ZSCAN step: calls `f(member, score)` for the elements the cursor covers and returns
    /// the next cursor. A listpack is returned whole (cursor 0); the big encoding walks its
    /// dictionary's buckets until `want` elements are collected or `budget` steps are used.
    pub fn scan(
        &self,
        cursor: u64,
        want: usize,
        budget: usize,
        mut f: impl FnMut(&[u8], f64),
    ) -> u64 {
        match self {
            ZSet::Listpack(lp) => {
                lp.iter().for_each(|e| f(e.member, e.score));
                0
            }
            ZSet::Indexed(ix) => {
                let mut seen = 0;
                let mut cursor = cursor;
                let mut steps = budget;
                loop {
                    cursor = ix.dict.scan(cursor, |m, s| {
                        seen += 1;
                        f(m.as_bytes(), *s)
                    });
                    if cursor == 0 || steps == 0 || seen >= want {
                        break cursor;
                    }
                    steps -= 1;
                }
            }
        }
    }

    /// Heap bytes this set owns (for MEMORY USAGE): the listpack buffer, or the dictionary,
    /// its members and the tree. O(n) for the big encoding.
    pub fn heap_size(&self) -> usize {
        match self {
            ZSet::Listpack(lp) => lp.buf.capacity(),
            ZSet::Indexed(ix) => {
                let members: usize = ix
                    .dict
                    .keys()
                    .map(|m| SHORT_HEADER + m.as_bytes().len())
                    .sum();
                std::mem::size_of::<Indexed>()
                    + ix.dict.mem_usage()
                    + members
                    + node_heap_size(&ix.tree.root)
            }
        }
    }

    /// DEBUG HTSTATS-KEY's report on the big encoding's dictionary; None for a listpack.
    pub fn table_stats(&self) -> Option<String> {
        match self {
            ZSet::Listpack(_) => None,
            ZSet::Indexed(ix) => Some(ix.dict.stats()),
        }
    }

    /// Checks the structure's invariants (tests).
    #[doc(hidden)]
    pub fn check_invariants(&self) {
        match self {
            ZSet::Listpack(lp) => {
                let entries = lp.entries();
                assert_eq!(entries.len(), lp.len as usize);
                for w in entries.windows(2) {
                    assert_eq!(
                        cmp_elements(w[0].score, w[0].member, w[1].score, w[1].member),
                        Ordering::Less
                    );
                }
            }
            ZSet::Indexed(ix) => {
                assert_eq!(ix.tree.len, ix.dict.len());
                let mut prev: Option<Item> = None;
                ix.tree.visit(0, ix.tree.len, false, |it| {
                    if let Some(p) = prev {
                        assert_eq!(p.cmp_key(it.score, it.member()), Ordering::Less);
                    }
                    assert_eq!(
                        ix.dict.get(it.member()).copied().map(f64::to_bits),
                        Some(it.score.to_bits())
                    );
                    prev = Some(*it);
                });
                check_node(&ix.tree.root, true);
            }
        }
    }
}

/// Bytes of the tree nodes under (and in) `node`, besides the root's inline part.
fn node_heap_size(node: &Node) -> usize {
    match node {
        Node::Leaf(items) => items.capacity() * std::mem::size_of::<Item>(),
        Node::Inner(children) => {
            children.capacity() * std::mem::size_of::<Child>()
                + children
                    .iter()
                    .map(|c| std::mem::size_of::<Node>() + node_heap_size(&c.node))
                    .sum::<usize>()
        }
    }
}

/// Verifies sizes and separators of a subtree; returns its item count.
fn check_node(node: &Node, root: bool) -> usize {
    match node {
        Node::Leaf(items) => {
            assert!(root || !items.is_empty());
            assert!(items.len() <= LEAF_CAP);
            items.len()
        }
        Node::Inner(children) => {
            assert!(!children.is_empty() && children.len() <= INNER_CAP);
            assert!(!root || children.len() >= 2);
            children
                .iter()
                .map(|c| {
                    assert_eq!(check_node(&c.node, false), c.len);
                    let f = c.node.first();
                    assert_eq!(c.first.cmp_key(f.score, f.member()), Ordering::Equal);
                    c.len
                })
                .sum()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::SmallRng;
    use rand::SeedableRng;
    use std::collections::BTreeMap;

    fn limits(entries: usize) -> Limits {
        Limits {
            max_listpack_entries: entries,
            max_listpack_value: 64,
        }
    }

    /// A model keyed like the set's order: (score bits made orderable, member).
    fn model_order(model: &BTreeMap<Vec<u8>, f64>) -> Vec<(Vec<u8>, f64)> {
        let mut v: Vec<_> = model.iter().map(|(m, s)| (m.clone(), *s)).collect();
        v.sort_by(|a, b| cmp_elements(a.1, &a.0, b.1, &b.0));
        v
    }

    fn check_against(z: &ZSet, model: &BTreeMap<Vec<u8>, f64>) {
        z.check_invariants();
        let expect = model_order(model);
        assert_eq!(z.len(), expect.len());
        assert_eq!(z.collect_range(0, z.len(), false), expect);
        for (i, (m, s)) in expect.iter().enumerate() {
            assert_eq!(z.rank(m), Some(i));
            assert_eq!(z.score(m), Some(*s));
        }
    }

    #[test]
    fn member_roundtrip() {
        for len in [0, 1, 3, 4, 100, 70000] {
            let bytes: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let m = Member::new(&bytes);
            assert_eq!(m.as_bytes(), &bytes[..]);
            assert_eq!(m.clone().as_bytes(), &bytes[..]);
        }
    }

    #[test]
    fn scores_survive_the_listpack() {
        let mut lp = Listpack::default();
        let scores = [
            0.0,
            -0.0,
            1.0,
            -112.0,
            -113.0,
            127.0,
            128.0,
            40000.0,
            -5e9,
            4611686018427387904.0,
            1e300,
            0.1,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for (i, s) in scores.iter().enumerate() {
            lp.insert(format!("m{i}").as_bytes(), *s);
        }
        for (i, s) in scores.iter().enumerate() {
            let got = lp.find(format!("m{i}").as_bytes()).unwrap().score;
            assert_eq!(got, *s);
            // -0 is stored as an integer and comes back as +0, as in Redis.
            assert_eq!(got.is_sign_negative(), s.is_sign_negative() && *s != 0.0);
        }
    }

    #[test]
    fn random_ops_match_a_model_in_both_encodings() {
        for (seed, entries) in [(1u64, 128usize), (2, 0), (3, 16), (4, 100000)] {
            let mut rng = SmallRng::seed_from_u64(seed);
            let mut z = ZSet::new();
            let mut model: BTreeMap<Vec<u8>, f64> = BTreeMap::new();
            for step in 0..6000 {
                let member = format!("m{}", rng.gen_range(0..900)).into_bytes();
                let score = match rng.gen_range(0..4) {
                    0 => rng.gen_range(-5..5) as f64,
                    1 => rng.gen_range(-1000.0..1000.0),
                    2 => 0.0,
                    _ => rng.gen_range(0..50) as f64 * 0.5,
                };
                match rng.gen_range(0..10) {
                    0..=5 => {
                        let out = z.add(score, &member, AddFlags::default(), limits(entries));
                        let old = model.insert(member.clone(), score);
                        match old {
                            None => assert_eq!(out, AddOutcome::Added(score)),
                            Some(o) if o == score => assert_eq!(out, AddOutcome::Unchanged(score)),
                            Some(_) => assert_eq!(out, AddOutcome::Updated(score)),
                        }
                    }
                    6 | 7 => {
                        assert_eq!(z.remove(&member).is_some(), model.remove(&member).is_some())
                    }
                    8 => {
                        let got = z.pop(rng.gen_bool(0.5));
                        if let Some((m, _)) = &got {
                            model.remove(m);
                        }
                    }
                    _ => {
                        let lo = rng.gen_range(0..=z.len());
                        let hi = rng.gen_range(lo..=z.len());
                        let n = z.remove_ranks(lo, hi);
                        let order = model_order(&model);
                        for (m, _) in &order[lo..lo + n] {
                            model.remove(m);
                        }
                    }
                }
                if step % 97 == 0 {
                    check_against(&z, &model);
                }
            }
            check_against(&z, &model);
            let copy = z.clone();
            check_against(&copy, &model);
            if entries == 0 {
                assert_eq!(z.encoding_name(), "skiplist");
            }
        }
    }

    #[test]
    fn deep_trees_stay_consistent_under_random_deletes() {
        let mut rng = SmallRng::seed_from_u64(7);
        let mut z = ZSet::new();
        let mut model: BTreeMap<Vec<u8>, f64> = BTreeMap::new();
        // Enough members for three levels of inner nodes, then churn and mass deletes.
        for i in 0..150_000u32 {
            let m = format!("{:x}", i.wrapping_mul(2654435761)).into_bytes();
            let s = rng.gen_range(0..1000) as f64;
            z.add(s, &m, AddFlags::default(), limits(128));
            model.insert(m, s);
        }
        z.check_invariants();
        for round in 0..4 {
            let keys: Vec<Vec<u8>> = model.keys().cloned().collect();
            for k in keys.iter().filter(|_| rng.gen_ratio(2, 3)) {
                assert!(z.remove(k).is_some());
                model.remove(k);
            }
            let n = z.len();
            let lo = rng.gen_range(0..n / 2);
            let gone = z.collect_range(lo, lo + n / 10, false);
            assert_eq!(z.remove_ranks(lo, lo + n / 10), gone.len());
            for (m, _) in gone {
                model.remove(&m);
            }
            z.check_invariants();
            assert_eq!(z.len(), model.len(), "round {round}");
        }
        check_against(&z, &model);
        assert!(z.heap_size() > z.len() * 16);
    }

    #[test]
    fn sequential_inserts_fill_leaves() {
        let mut z = ZSet::new();
        for i in 0..10000 {
            z.add(
                i as f64,
                format!("{i:08}").as_bytes(),
                AddFlags::default(),
                limits(0),
            );
        }
        z.check_invariants();
        let ZSet::Indexed(ix) = &z else { panic!("big") };
        fn leaves(n: &Node, out: &mut Vec<usize>) {
            match n {
                Node::Leaf(items) => out.push(items.len()),
                Node::Inner(c) => c.iter().for_each(|c| leaves(&c.node, out)),
            }
        }
        let mut sizes = Vec::new();
        leaves(&ix.tree.root, &mut sizes);
        let full = sizes.iter().filter(|&&s| s == LEAF_CAP).count();
        assert!(
            full + 1 >= sizes.len(),
            "ascending inserts leave full leaves: {sizes:?}"
        );
    }

    #[test]
    fn spans_follow_redis_walks() {
        let mut z = ZSet::new();
        for (s, m) in [(1.0, "a"), (2.0, "b"), (3.0, "c"), (4.0, "d")] {
            z.add(s, m.as_bytes(), AddFlags::default(), limits(128));
        }
        let r = ScoreRange {
            min: 2.0,
            max: 3.0,
            min_exclusive: false,
            max_exclusive: false,
        };
        assert_eq!(z.span(&r, false), (1, 3));
        assert_eq!(z.span(&r, true), (1, 3));
        let r = ScoreRange {
            min: 2.0,
            max: 2.0,
            min_exclusive: true,
            max_exclusive: false,
        };
        assert_eq!(z.span(&r, false), (0, 0));
        let lex = LexRange {
            min: LexBound::Exclusive(b"a".to_vec()),
            max: LexBound::PosInf,
        };
        assert_eq!(z.span(&lex, false), (1, 4));
        let mut big = z.clone();
        big.convert_to_indexed();
        assert_eq!(big.span(&lex, false), (1, 4));
        assert_eq!(big.span(&lex, true), (1, 4));
    }
}
