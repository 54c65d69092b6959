//! SORT and SORT_RO: sort a list, set or sorted set numerically or lexicographically, by the
//! elements themselves or by values found in other keys (`BY weight_*`, `BY obj_*->field`),
//! fetch other keys per element (`GET`), and optionally STORE the result as a list.
//!
//! BY and GET patterns name keys derived from the data, so both commands carry `ALL_SHARDS`:
//! the dispatcher locks every shard and any key of the current database can be read.

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::{DANGEROUS, LIST, SET, SORTEDSET};
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_LIST};
use crate::db::Value;
use crate::protocol::Reply;
use crate::types::list::List;
use bytes::Bytes;
use std::cmp::Ordering;

pub static COMMANDS: &[Command] = &[
    Command::new("sort", -2, WRITE | DENYOOM | ALL_SHARDS, sort)
        .find_keys(1, 1, 1, sort_keys)
        .acl(SET | SORTEDSET | LIST | DANGEROUS)
        .doc("generic", "1.0.0", "Orders the elements of a list, set or sorted set, replying with them or saving them in a key.")
        .complexity("O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).")
        .syntax("key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA] [STORE destination]"),
    Command::new("sort_ro", -2, READONLY | ALL_SHARDS, sort_ro)
        .find_keys(1, 1, 1, sort_ro_keys)
        .acl(SET | SORTEDSET | LIST | DANGEROUS)
        .doc("generic", "7.0.0", "Sorts the elements of a list, set or sorted set (read-only variant of SORT).")
        .complexity("O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).")
        .syntax("key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA]"),
];

/// SORT's keys: the sorted key and the destination of the last `STORE dest`. Options are
/// skipped with their arguments (LIMIT takes two, GET and BY one) so a pattern or limit
/// spelled "store" is not mistaken for the option, as in Redis's sortGetKeys.
fn sort_keys(argv: &[Bytes]) -> Vec<usize> {
    let mut keys = vec![1];
    let mut store = None;
    let mut i = 2;
    while i < argv.len() {
        let arg = &argv[i][..];
        if args::is(arg, "LIMIT") {
            i += 2;
        } else if args::is(arg, "GET") || args::is(arg, "BY") {
            i += 1;
        } else if args::is(arg, "STORE") && i + 1 < argv.len() {
            store = Some(i + 1);
        }
        i += 1;
    }
    keys.extend(store);
    keys
}

fn sort_ro_keys(_argv: &[Bytes]) -> Vec<usize> {
    vec![1]
}

fn sort(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    sort_generic(ctx, argv, false)
}

fn sort_ro(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    sort_generic(ctx, argv, true)
}

/// The parsed options.
struct Options {
    desc: bool,
    alpha: bool,
    limit_start: i64,
    /// -1: no limit.
    limit_count: i64,
    /// The last BY pattern; only used when sorting, and then it contains a `*`.
    by: Option<Bytes>,
    /// A BY pattern without `*` was given: keep the collection's own order.
    dont_sort: bool,
    gets: Vec<Bytes>,
    store: Option<Bytes>,
}

fn parse_options(argv: &[Bytes], readonly: bool) -> Result<Options, Reply> {
    let mut o = Options {
        desc: false,
        alpha: false,
        limit_start: 0,
        limit_count: -1,
        by: None,
        dont_sort: false,
        gets: Vec::new(),
        store: None,
    };
    let mut j = 2;
    while j < argv.len() {
        let arg = &argv[j][..];
        let left = argv.len() - j - 1;
        if args::is(arg, "ASC") {
            o.desc = false;
        } else if args::is(arg, "DESC") {
            o.desc = true;
        } else if args::is(arg, "ALPHA") {
            o.alpha = true;
        } else if args::is(arg, "LIMIT") && left >= 2 {
            o.limit_start = args::int(&argv[j + 1])?;
            o.limit_count = args::int(&argv[j + 2])?;
            j += 2;
        } else if !readonly && args::is(arg, "STORE") && left >= 1 {
            o.store = Some(argv[j + 1].clone());
            j += 1;
        } else if args::is(arg, "BY") && left >= 1 {
            // A pattern without `*` names no per-element key: nothing to sort by. As in Redis,
            // a later BY with a `*` does not bring sorting back.
            let pattern = &argv[j + 1];
            if !c_str(pattern).contains(&b'*') {
                o.dont_sort = true;
            }
            o.by = Some(pattern.clone());
            j += 1;
        } else if args::is(arg, "GET") && left >= 1 {
            o.gets.push(argv[j + 1].clone());
            j += 1;
        } else {
            return Err(errors::syntax());
        }
        j += 1;
    }
    Ok(o)
}

/// One element being sorted, with what it is compared by.
struct Item {
    element: Bytes,
    /// Numeric sort key (0 when the BY key is missing).
    score: f64,
    /// ALPHA BY sort key; None when the BY key is missing (sorts first).
    by_value: Option<Bytes>,
}

fn sort_generic(ctx: &mut Ctx, argv: &[Bytes], readonly: bool) -> CmdResult {
    let mut o = parse_options(argv, readonly)?;

    let value = match ctx.lookup_read(&argv[1]) {
        None => None,
        Some(entry) => match &entry.value {
            v @ (Value::List(_) | Value::Set(_) | Value::ZSet(_)) => Some(v),
            _ => return Err(errors::wrong_type()),
        },
    };
    let (is_set, len) = match value {
        Some(Value::Set(s)) => (true, s.len()),
        Some(Value::List(l)) => (false, l.len()),
        Some(Value::ZSet(z)) => (false, z.len()),
        _ => (false, 0),
    };

    // A set has no order of its own: when the result is stored, sort it anyway so the stored
    // list is the same everywhere it is replicated.
    if o.dont_sort && is_set && o.store.is_some() {
        o.dont_sort = false;
        o.alpha = true;
        o.by = None;
    }

    // LIMIT clamped to the collection exactly as Redis does; `end < start` means empty.
    let len = len as i64;
    let mut start = o.limit_start.max(0).min(len);
    let count = o.limit_count.max(-1).min(len);
    let mut end = if count < 0 {
        len - 1
    } else {
        start + count - 1
    };
    if start >= len {
        start = len - 1;
        end = len - 2;
    }
    if end >= len {
        end = len - 1;
    }

    let mut items: Vec<Item> = match value {
        None => Vec::new(),
        // Lists and sorted sets keep their own order (reversed by DESC) when not sorted:
        // only the LIMIT window is loaded.
        Some(v) if o.dont_sort && !is_set => {
            let window = if end >= start {
                (start as usize, (end - start + 1) as usize)
            } else {
                (0, 0)
            };
            native_window(v, o.desc, window.0, window.1)
        }
        Some(v) => native_window(v, false, 0, len as usize),
    }
    .into_iter()
    .map(Item::new)
    .collect();
    if o.dont_sort && !is_set {
        end -= start;
        start = 0;
    }

    if !o.dont_sort {
        let mut bad_score = false;
        for item in &mut items {
            let by_value = match &o.by {
                Some(pattern) => match lookup_by_pattern(ctx, pattern, &item.element) {
                    Some(v) => v,
                    None => continue,
                },
                None => item.element.clone(),
            };
            if o.alpha {
                if o.by.is_some() {
                    item.by_value = Some(by_value);
                }
            } else {
                match sort_score(&by_value) {
                    Some(score) => item.score = score,
                    None => bad_score = true,
                }
            }
        }
        if bad_score {
            return Err(Reply::error(
                "ERR One or more scores can't be converted into double",
            ));
        }
        let order = SortOrder {
            desc: o.desc,
            alpha: o.alpha,
            by: o.by.is_some(),
            store: o.store.is_some(),
        };
        let compare = |a: &Item, b: &Item| order.compare(a, b);
        if o.by.is_some() && (start != 0 || end != items.len() as i64 - 1) {
            // Redis sorts only as much as the LIMIT window needs here; ties then come out in
            // the order its partial quicksort leaves them, which this reproduces.
            partial_quicksort(&mut items, start, end, &compare);
        } else {
            // glibc's qsort is a stable merge sort for arrays like these.
            items.sort_by(compare);
        }
    }

    let window: &[Item] = if end >= start {
        &items[start as usize..=end as usize]
    } else {
        &[]
    };
    match o.store.take() {
        None => {
            let mut out = Vec::with_capacity(window.len() * o.gets.len().max(1));
            for item in window {
                if o.gets.is_empty() {
                    out.push(Reply::Bulk(item.element.clone()));
                }
                for pattern in &o.gets {
                    out.push(Reply::opt_bulk(lookup_by_pattern(
                        ctx,
                        pattern,
                        &item.element,
                    )));
                }
            }
            Ok(Reply::Array(out))
        }
        Some(dest) => {
            let mut out = Vec::with_capacity(window.len() * o.gets.len().max(1));
            for item in window {
                if o.gets.is_empty() {
                    out.push(item.element.clone());
                }
                for pattern in &o.gets {
                    // A missing value is stored as an empty string.
                    out.push(lookup_by_pattern(ctx, pattern, &item.element).unwrap_or_default());
                }
            }
            let stored = out.len();
            if stored > 0 {
                let fill = ctx.server.config.read().list_max_listpack_size;
                ctx.set(
                    &dest,
                    Value::List(Box::new(List::from_values(fill, out))),
                    false,
                );
                ctx.written(&dest, NOTIFY_LIST, "sortstore");
                ctx.dirty += stored as u64 - 1;
            } else if ctx.delete(&dest) {
                ctx.written(&dest, NOTIFY_GENERIC, "del");
            }
            Ok(Reply::Int(stored as i64))
        }
    }
}

impl Item {
    fn new(element: Bytes) -> Item {
        Item {
            element,
            score: 0.0,
            by_value: None,
        }
    }
}

/// How two items compare under the chosen options (Redis's sortCompare).
struct SortOrder {
    desc: bool,
    alpha: bool,
    by: bool,
    store: bool,
}

impl SortOrder {
    fn compare(&self, a: &Item, b: &Item) -> Ordering {
        let ord = if !self.alpha {
            // Equal scores fall back to the elements' bytes so the result is deterministic.
            match a.score.partial_cmp(&b.score) {
                Some(Ordering::Equal) | None => a.element.cmp(&b.element),
                Some(ord) => ord,
            }
        } else if self.by {
            match (&a.by_value, &b.by_value) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(x), Some(y)) => self.text_order(x, y),
            }
        } else {
            self.text_order(&a.element, &b.element)
        };
        if self.desc {
            ord.reverse()
        } else {
            ord
        }
    }

    /// ALPHA comparison: binary when storing (so replicas agree whatever their locale),
    /// otherwise strcoll, which under the C locale compares the bytes up to the first NUL.
    fn text_order(&self, a: &[u8], b: &[u8]) -> Ordering {
        if self.store {
            a.cmp(b)
        } else {
            c_str(a).cmp(c_str(b))
        }
    }
}

/// The part of `bytes` a C string function sees: everything before the first NUL.
fn c_str(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len())]
}

/// The number an element sorts by, read as C's strtod over the whole string: leading
/// whitespace is skipped, "" reads as 0, anything left over, NaN, overflow and underflow
/// (including subnormal results) are errors.
fn sort_score(bytes: &[u8]) -> Option<f64> {
    let text = c_str(bytes);
    if text.is_empty() {
        return Some(0.0);
    }
    let skip = text
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
        .count();
    let value = crate::util::numbers::parse_f64(&text[skip..])?;
    if value != 0.0 && value.abs() < f64::MIN_POSITIVE {
        return None;
    }
    Some(value)
}

/// The value a BY/GET pattern yields for `element` (Redis's lookupKeyByPattern):
/// - `#` is the element itself;
/// - otherwise the first `*` is replaced by the element to form a key name (no `*`: nothing);
/// - `key*->field` reads a hash field, anything else reads a string key.
///
/// Missing keys, keys of another type and missing fields give None.
fn lookup_by_pattern(ctx: &mut Ctx, pattern: &[u8], element: &Bytes) -> Option<Bytes> {
    // Redis finds '#', '*' and "->" with C string functions: only up to a NUL.
    let searchable = c_str(pattern);
    if searchable == b"#" {
        return Some(element.clone());
    }
    let star = searchable.iter().position(|&b| b == b'*')?;
    let arrow = searchable[star + 1..]
        .windows(2)
        .position(|w| w == b"->")
        .map(|p| star + 1 + p);
    // "->" at the very end is part of the key name, not an empty field.
    let (key_end, field) = match arrow {
        Some(at) if at + 2 < searchable.len() => (at, Some(&pattern[at + 2..])),
        _ => (pattern.len(), None),
    };
    let mut key = Vec::with_capacity(key_end + element.len());
    key.extend_from_slice(&pattern[..star]);
    key.extend_from_slice(element);
    key.extend_from_slice(&pattern[star + 1..key_end]);

    let entry = ctx.lookup_read(&key)?;
    match (&entry.value, field) {
        (Value::Hash(h), Some(field)) => hash_field(h, field),
        (Value::String(s), None) => Some(s.to_bytes()),
        _ => None,
    }
}

/// Sorts just enough of `v` that positions `lo..=hi` hold what a full sort would put there:
/// a three-way (Bentley–McIlroy) quicksort that skips partitions outside the window. It is the
/// algorithm Redis uses for SORT ... BY ... LIMIT, so equal elements end up where Redis puts
/// them.
fn partial_quicksort<T>(v: &mut [T], lo: i64, hi: i64, cmp: &impl Fn(&T, &T) -> Ordering) {
    let len = v.len();
    quicksort_window(v, 0, len, lo, hi, cmp);
}

/// `partial_quicksort` of the partition `v[base..base + n]` (window bounds are absolute).
fn quicksort_window<T>(
    v: &mut [T],
    mut base: usize,
    mut n: usize,
    lo: i64,
    hi: i64,
    cmp: &impl Fn(&T, &T) -> Ordering,
) {
    // Whether the window touches the partition [start, start + len).
    let touches = |start: usize, len: usize| {
        let (first, after) = (start as i64, (start + len) as i64);
        !((lo < first && hi < first) || (lo >= after && hi >= after))
    };
    loop {
        if n < 7 {
            for m in base + 1..base + n {
                let mut l = m;
                while l > base && cmp(&v[l - 1], &v[l]) == Ordering::Greater {
                    v.swap(l, l - 1);
                    l -= 1;
                }
            }
            return;
        }
        // Pivot: the middle element, or a median of three (of medians, for big partitions).
        let mut mid = base + n / 2;
        if n > 7 {
            let mut left = base;
            let mut right = base + n - 1;
            if n > 40 {
                let d = n / 8;
                left = median_of_three(v, left, left + d, left + 2 * d, cmp);
                mid = median_of_three(v, mid - d, mid, mid + d, cmp);
                right = median_of_three(v, right - 2 * d, right - d, right, cmp);
            }
            mid = median_of_three(v, left, mid, right, cmp);
        }
        v.swap(base, mid);

        // Partition: [equal | less | ... | greater | equal], pivot at `base`.
        let (mut pa, mut pb) = (base + 1, base + 1);
        let (mut pc, mut pd) = (base + n - 1, base + n - 1);
        loop {
            while pb <= pc {
                let ord = cmp(&v[pb], &v[base]);
                if ord == Ordering::Greater {
                    break;
                }
                if ord == Ordering::Equal {
                    v.swap(pa, pb);
                    pa += 1;
                }
                pb += 1;
            }
            while pb <= pc {
                let ord = cmp(&v[pc], &v[base]);
                if ord == Ordering::Less {
                    break;
                }
                if ord == Ordering::Equal {
                    v.swap(pc, pd);
                    pd -= 1;
                }
                pc -= 1;
            }
            if pb > pc {
                break;
            }
            v.swap(pb, pc);
            pb += 1;
            pc -= 1;
        }

        // Move the equal blocks from both ends to the middle.
        let end = base + n;
        let r = (pa - base).min(pb - pa);
        swap_blocks(v, base, pb - r, r);
        let r = (pd - pc).min(end - pd - 1);
        swap_blocks(v, pb, end - r, r);

        let less = pb - pa;
        if less > 1 && touches(base, less) {
            quicksort_window(v, base, less, lo, hi, cmp);
        }
        let greater = pd - pc;
        if greater > 1 && touches(end - greater, greater) {
            base = end - greater;
            n = greater;
            continue;
        }
        return;
    }
}

fn median_of_three<T>(
    v: &[T],
    a: usize,
    b: usize,
    c: usize,
    cmp: &impl Fn(&T, &T) -> Ordering,
) -> usize {
    if cmp(&v[a], &v[b]) == Ordering::Less {
        if cmp(&v[b], &v[c]) == Ordering::Less {
            b
        } else if cmp(&v[a], &v[c]) == Ordering::Less {
            c
        } else {
            a
        }
    } else if cmp(&v[b], &v[c]) == Ordering::Greater {
        b
    } else if cmp(&v[a], &v[c]) == Ordering::Less {
        a
    } else {
        c
    }
}

/// Swaps `v[a..a+n]` with `v[b..b+n]` element by element.
fn swap_blocks<T>(v: &mut [T], a: usize, b: usize, n: usize) {
    for k in 0..n {
        v.swap(a + k, b + k);
    }
}

// ----- reading and building the collections -----

/// `count` elements from position `skip` of the collection in its own order (reversed when
/// `reverse`): list order, sorted-set rank order, set iteration order.
fn native_window(value: &Value, reverse: bool, skip: usize, count: usize) -> Vec<Bytes> {
    match value {
        Value::List(list) => {
            if count == 0 {
                return Vec::new();
            }
            let from = if reverse { list.len() - 1 - skip } else { skip };
            list.iter_from(from, reverse)
                .take(count)
                .map(|e| e.to_bytes())
                .collect()
        }
        Value::Set(set) => set
            .iter()
            .skip(skip)
            .take(count)
            .map(|m| m.to_bytes())
            .collect(),
        Value::ZSet(zset) => {
            // Ranks lo..hi, visited from hi - 1 down when reversed.
            let (lo, hi) = if reverse {
                let hi = zset.len().saturating_sub(skip);
                (hi.saturating_sub(count), hi)
            } else {
                (skip, skip.saturating_add(count))
            };
            let mut out = Vec::with_capacity(count.min(zset.len()));
            zset.for_each_in(lo, hi, reverse, |member, _| {
                out.push(Bytes::copy_from_slice(member))
            });
            out
        }
        _ => Vec::new(),
    }
}

fn hash_field(hash: &crate::types::hash::Hash, field: &[u8]) -> Option<Bytes> {
    hash.get(field).map(Bytes::copy_from_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(args: &[&str]) -> Vec<usize> {
        sort_keys(
            &args
                .iter()
                .map(|a| Bytes::copy_from_slice(a.as_bytes()))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn store_key_extraction() {
        assert_eq!(keys(&["sort", "abc", "store", "def"]), vec![1, 3]);
        assert_eq!(
            keys(&["sort", "abc", "store", "invalid", "store", "stillbad", "store", "def"]),
            vec![1, 7]
        );
        assert_eq!(
            keys(&["sort", "abc", "get", "store", "by", "store"]),
            vec![1]
        );
        assert_eq!(keys(&["sort", "abc", "limit", "store", "store"]), vec![1]);
        assert_eq!(keys(&["sort", "abc", "store"]), vec![1]);
    }

    #[test]
    fn strtod_scores() {
        assert_eq!(sort_score(b""), Some(0.0));
        assert_eq!(sort_score(b"  1.5"), Some(1.5));
        assert_eq!(sort_score(b"0x10"), Some(16.0));
        assert_eq!(sort_score(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(sort_score(b"2\0junk"), Some(2.0));
        assert_eq!(sort_score(b"1 "), None);
        assert_eq!(sort_score(b"   "), None);
        assert_eq!(sort_score(b"nan"), None);
        assert_eq!(sort_score(b"1e400"), None);
        assert_eq!(sort_score(b"1e-400"), None);
    }

    #[test]
    fn partial_quicksort_orders_the_window() {
        let data: Vec<u32> = (0..200).map(|i| (i * 7919 + 13) % 211).collect();
        let mut full = data.clone();
        full.sort();
        for (lo, hi) in [(0, 9), (50, 60), (190, 199), (0, 199), (100, 100)] {
            let mut v = data.clone();
            partial_quicksort(&mut v, lo, hi, &|a: &u32, b: &u32| a.cmp(b));
            assert_eq!(
                v[lo as usize..=hi as usize],
                full[lo as usize..=hi as usize]
            );
        }
    }
}
