//! Sorted set commands.
//!
//! The data structure is `crate::types::zset`; this module parses arguments in Redis's order
//! (so the same bad request gets the same error), picks elements by rank, score or lex range,
//! and shapes replies: WITHSCORES is a flat array in RESP2 and an array of `[member, score]`
//! pairs in RESP3, scores are doubles (`Reply::Double`).

use super::args::{self, ScanOptions};
use super::errors;
use super::flags::*;
use super::table::acl::SORTEDSET;
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_ZSET};
use crate::db::Value;
use crate::protocol::{Reply, Resp};
use crate::server::blocking;
use crate::types::set::Set;
use crate::types::zset::{
    cmp_elements, scan_score_text, AddFlags, AddOutcome, Interval, LexBound, LexRange, Limits,
    ScoreRange, ZSet,
};
use crate::util::numbers::{parse_f64, parse_i64};
use bytes::Bytes;
use std::collections::HashMap;

const GROUP: &str = "sorted-set";
const RANGE_COMPLEXITY: &str =
    "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.";

pub static COMMANDS: &[Command] = &[
    Command::new("bzmpop", -5, WRITE | BLOCKING, bzmpop)
        .find_keys(0, 0, 0, keys_after_numkeys_at_2)
        .acl(SORTEDSET)
        .doc(GROUP, "7.0.0", "Pops the lowest or highest scoring members of the first non-empty sorted set among the keys, waiting for one if they are all empty.")
        .complexity("O(K) + O(M*log(N)), K being the number of keys, N the size of the sorted set and M the number of members popped.")
        .syntax("timeout numkeys key [key ...] <MIN | MAX> [COUNT count]"),
    Command::new("bzpopmax", -3, WRITE | NOSCRIPT | BLOCKING | FAST, bzpopmax)
        .keys(1, -2, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "5.0.0", "Pops the highest scoring member of the first non-empty sorted set among the keys, waiting for one if they are all empty.")
        .complexity("O(log(N)) with N being the number of elements in the sorted set.")
        .syntax("key [key ...] timeout"),
    Command::new("bzpopmin", -3, WRITE | NOSCRIPT | BLOCKING | FAST, bzpopmin)
        .keys(1, -2, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "5.0.0", "Pops the lowest scoring member of the first non-empty sorted set among the keys, waiting for one if they are all empty.")
        .complexity("O(log(N)) with N being the number of elements in the sorted set.")
        .syntax("key [key ...] timeout"),
    Command::new("zadd", -4, WRITE | DENYOOM | FAST, zadd)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.2.0", "Adds members with scores to a sorted set, or changes the scores of existing members.")
        .complexity("O(log(N)) for each member added or updated, N being the number of elements in the sorted set.")
        .syntax("key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]"),
    Command::new("zcard", 2, READONLY | FAST, zcard)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.2.0", "Returns how many members a sorted set has.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("zcount", 4, READONLY | FAST, zcount)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.0.0", "Counts the members whose scores lie within a range.")
        .complexity("O(log(N)) with N being the number of elements in the sorted set.")
        .syntax("key min max"),
    Command::new("zdiff", -3, READONLY, zdiff)
        .find_keys(0, 0, 0, keys_after_numkeys_at_1)
        .acl(SORTEDSET)
        .doc(GROUP, "6.2.0", "Returns the members of the first sorted set that are in none of the others.")
        .complexity("O(L + (N-K)log(N)) worst case, L being the total number of elements in all the sets, N the size of the first set and K the size of the result.")
        .syntax("numkeys key [key ...] [WITHSCORES]"),
    Command::new("zdiffstore", -4, WRITE | DENYOOM, zdiffstore)
        .find_keys(1, 1, 1, keys_for_store)
        .acl(SORTEDSET)
        .doc(GROUP, "6.2.0", "Saves in a key the members of the first sorted set found in none of the others.")
        .complexity("O(L + (N-K)log(N)) worst case, L being the total number of elements in all the sets, N the size of the first set and K the size of the result.")
        .syntax("destination numkeys key [key ...]"),
    Command::new("zincrby", 4, WRITE | DENYOOM | FAST, zincrby)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.2.0", "Adds an increment to the score of a member, adding the member if needed.")
        .complexity("O(log(N)) where N is the number of elements in the sorted set.")
        .syntax("key increment member"),
    Command::new("zinter", -3, READONLY, zinter)
        .find_keys(0, 0, 0, keys_after_numkeys_at_1)
        .acl(SORTEDSET)
        .doc(GROUP, "6.2.0", "Returns the members common to all the given sorted sets, with combined scores.")
        .complexity("O(N*K)+O(M*log(M)) worst case, N being the smallest input, K the number of inputs and M the size of the result.")
        .syntax("numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>] [WITHSCORES]"),
    Command::new("zintercard", -3, READONLY, zintercard)
        .find_keys(0, 0, 0, keys_after_numkeys_at_1)
        .acl(SORTEDSET)
        .doc(GROUP, "7.0.0", "Counts the members common to all the given sorted sets, optionally stopping at a limit.")
        .complexity("O(N*K) worst case, N being the smallest input and K the number of inputs.")
        .syntax("numkeys key [key ...] [LIMIT limit]"),
    Command::new("zinterstore", -4, WRITE | DENYOOM, zinterstore)
        .find_keys(1, 1, 1, keys_for_store)
        .acl(SORTEDSET)
        .doc(GROUP, "2.0.0", "Saves in a key the members common to all the given sorted sets, with combined scores.")
        .complexity("O(N*K)+O(M*log(M)) worst case, N being the smallest input, K the number of inputs and M the size of the result.")
        .syntax("destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>]"),
    Command::new("zlexcount", 4, READONLY | FAST, zlexcount)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.8.9", "Counts the members within a lexicographical range.")
        .complexity("O(log(N)) with N being the number of elements in the sorted set.")
        .syntax("key min max"),
    Command::new("zmpop", -4, WRITE, zmpop)
        .find_keys(0, 0, 0, keys_after_numkeys_at_1)
        .acl(SORTEDSET)
        .doc(GROUP, "7.0.0", "Removes and returns the lowest or highest scoring members of the first non-empty sorted set among the keys.")
        .complexity("O(K) + O(M*log(N)), K being the number of keys, N the size of the sorted set and M the number of members popped.")
        .syntax("numkeys key [key ...] <MIN | MAX> [COUNT count]"),
    Command::new("zmscore", -3, READONLY | FAST, zmscore)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "6.2.0", "Returns the scores of several members.")
        .complexity("O(N) where N is the number of members asked for.")
        .syntax("key member [member ...]"),
    Command::new("zpopmax", -2, WRITE | FAST, zpopmax)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "5.0.0", "Removes and returns the members with the highest scores.")
        .complexity("O(log(N)*M), N being the size of the sorted set and M the number of members popped.")
        .syntax("key [count]"),
    Command::new("zpopmin", -2, WRITE | FAST, zpopmin)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "5.0.0", "Removes and returns the members with the lowest scores.")
        .complexity("O(log(N)*M), N being the size of the sorted set and M the number of members popped.")
        .syntax("key [count]"),
    Command::new("zrandmember", -2, READONLY, zrandmember)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "6.2.0", "Returns one or more random members, optionally with their scores.")
        .complexity("O(N) where N is the number of members returned.")
        .syntax("key [count [WITHSCORES]]"),
    Command::new("zrange", -4, READONLY, zrange)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.2.0", "Returns the members within a range of ranks, scores or members.")
        .complexity(RANGE_COMPLEXITY)
        .syntax("key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]"),
    Command::new("zrangebylex", -4, READONLY, zrangebylex)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.8.9", "Returns the members within a lexicographical range.")
        .complexity(RANGE_COMPLEXITY)
        .syntax("key min max [LIMIT offset count]"),
    Command::new("zrangebyscore", -4, READONLY, zrangebyscore)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.0.5", "Returns the members whose scores lie within a range.")
        .complexity(RANGE_COMPLEXITY)
        .syntax("key min max [WITHSCORES] [LIMIT offset count]"),
    Command::new("zrangestore", -5, WRITE | DENYOOM, zrangestore)
        .keys(1, 2, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "6.2.0", "Copies the members of a sorted set within a range into another key.")
        .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored.")
        .syntax("dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]"),
    Command::new("zrank", 3, READONLY | FAST, zrank)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.0.0", "Returns the position of a member in ascending score order.")
        .complexity("O(log(N))")
        .syntax("key member"),
    Command::new("zrem", -3, WRITE | FAST, zrem)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.2.0", "Removes members from a sorted set, deleting the key when none remain.")
        .complexity("O(M*log(N)), N being the size of the sorted set and M the number of members removed.")
        .syntax("key member [member ...]"),
    Command::new("zremrangebylex", 4, WRITE, zremrangebylex)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.8.9", "Removes the members within a lexicographical range.")
        .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed.")
        .syntax("key min max"),
    Command::new("zremrangebyrank", 4, WRITE, zremrangebyrank)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.0.0", "Removes the members within a range of ranks.")
        .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed.")
        .syntax("key start stop"),
    Command::new("zremrangebyscore", 4, WRITE, zremrangebyscore)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.2.0", "Removes the members whose scores lie within a range.")
        .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed.")
        .syntax("key min max"),
    Command::new("zrevrange", -4, READONLY, zrevrange)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.2.0", "Returns the members within a range of ranks, highest score first.")
        .complexity(RANGE_COMPLEXITY)
        .syntax("key start stop [WITHSCORES]"),
    Command::new("zrevrangebylex", -4, READONLY, zrevrangebylex)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.8.9", "Returns the members within a lexicographical range, highest first.")
        .complexity(RANGE_COMPLEXITY)
        .syntax("key max min [LIMIT offset count]"),
    Command::new("zrevrangebyscore", -4, READONLY, zrevrangebyscore)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.2.0", "Returns the members whose scores lie within a range, highest score first.")
        .complexity(RANGE_COMPLEXITY)
        .syntax("key max min [WITHSCORES] [LIMIT offset count]"),
    Command::new("zrevrank", 3, READONLY | FAST, zrevrank)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.0.0", "Returns the position of a member in descending score order.")
        .complexity("O(log(N))")
        .syntax("key member"),
    Command::new("zscan", -3, READONLY, zscan)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "2.8.0", "Walks the members and scores of a sorted set a batch at a time using a cursor.")
        .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.")
        .syntax("key cursor [MATCH pattern] [COUNT count]"),
    Command::new("zscore", 3, READONLY | FAST, zscore)
        .keys(1, 1, 1)
        .acl(SORTEDSET)
        .doc(GROUP, "1.2.0", "Returns the score of a member.")
        .complexity("O(1)")
        .syntax("key member"),
    Command::new("zunion", -3, READONLY, zunion)
        .find_keys(0, 0, 0, keys_after_numkeys_at_1)
        .acl(SORTEDSET)
        .doc(GROUP, "6.2.0", "Returns the members of all the given sorted sets, with combined scores.")
        .complexity("O(N)+O(M*log(M)), N being the total size of the inputs and M the size of the result.")
        .syntax("numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>] [WITHSCORES]"),
    Command::new("zunionstore", -4, WRITE | DENYOOM, zunionstore)
        .find_keys(1, 1, 1, keys_for_store)
        .acl(SORTEDSET)
        .doc(GROUP, "2.0.0", "Saves in a key the members of any of the given sorted sets, with combined scores.")
        .complexity("O(N)+O(M log(M)), N being the total size of the inputs and M the size of the result.")
        .syntax("destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>]"),
];

// ------------------------------------------------------------------------------------------
// Key specs of the commands whose keys follow a count.
// ------------------------------------------------------------------------------------------

/// The keys named by a `numkeys key [key ...]` run whose count is at `numkeys_at`, when the
/// count is valid and that many arguments follow it (otherwise the command fails before it
/// touches any key).
fn keys_after_numkeys(argv: &[Bytes], numkeys_at: usize) -> Vec<usize> {
    match argv.get(numkeys_at).and_then(|n| parse_i64(n)) {
        Some(n) if n >= 1 && (n as u64) < (argv.len() - numkeys_at) as u64 => {
            (numkeys_at + 1..=numkeys_at + n as usize).collect()
        }
        _ => Vec::new(),
    }
}

fn keys_after_numkeys_at_1(argv: &[Bytes]) -> Vec<usize> {
    keys_after_numkeys(argv, 1)
}

fn keys_after_numkeys_at_2(argv: &[Bytes]) -> Vec<usize> {
    keys_after_numkeys(argv, 2)
}

/// ZUNIONSTORE / ZINTERSTORE / ZDIFFSTORE: the destination, then the inputs.
fn keys_for_store(argv: &[Bytes]) -> Vec<usize> {
    let mut keys = vec![1];
    keys.extend(keys_after_numkeys(argv, 2));
    keys
}

// ------------------------------------------------------------------------------------------
// Shared helpers.
// ------------------------------------------------------------------------------------------

fn limits(ctx: &Ctx) -> Limits {
    let config = ctx.server.config.read();
    Limits {
        max_listpack_entries: config.zset_max_listpack_entries,
        max_listpack_value: config.zset_max_listpack_value,
    }
}

/// The sorted set at `key` for a read (counts a keyspace hit or miss): None when missing,
/// WRONGTYPE for other types.
fn read_zset<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<Option<&'c mut ZSet>, Reply> {
    ctx.read(key)
}

/// The sorted set at `key` for a write (no hit/miss accounting, as Redis's lookupKeyWrite).
fn write_zset<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<Option<&'c mut ZSet>, Reply> {
    ctx.write(key)
}

/// Bookkeeping after a command changed the set at `key`: `changes` towards the dirty counter,
/// the event, and, when the command emptied the set, the key's deletion with its `del` event.
fn changed(ctx: &mut Ctx, key: &[u8], event: &str, changes: usize, emptied: bool) {
    ctx.written(key, NOTIFY_ZSET, event);
    ctx.dirty += changes.saturating_sub(1) as u64;
    if emptied {
        ctx.delete(key);
        ctx.notify(NOTIFY_GENERIC, "del", key);
    }
}

fn bulk(member: Vec<u8>) -> Reply {
    Reply::Bulk(Bytes::from(member))
}

/// Elements as range replies give them: members only, or with their scores — flat in RESP2,
/// `[member, score]` pairs in RESP3.
fn elements_reply(resp: Resp, items: Vec<(Vec<u8>, f64)>, withscores: bool) -> Reply {
    if !withscores {
        return Reply::Array(items.into_iter().map(|(m, _)| bulk(m)).collect());
    }
    match resp {
        Resp::V2 => Reply::Array(
            items
                .into_iter()
                .flat_map(|(m, s)| [bulk(m), Reply::Double(s)])
                .collect(),
        ),
        Resp::V3 => Reply::Array(pairs(items)),
    }
}

/// `[member, score]` arrays (ZMPOP's reply uses them in both protocols).
fn pairs(items: Vec<(Vec<u8>, f64)>) -> Vec<Reply> {
    items
        .into_iter()
        .map(|(m, s)| Reply::Array(vec![bulk(m), Reply::Double(s)]))
        .collect()
}

/// A long in `min..=max` (Redis's getRangeLongFromObjectOrReply): `msg` replaces both the
/// "not an integer" and the "out of range" errors when given.
fn ranged_int(arg: &[u8], min: i64, max: i64, msg: Option<&'static str>) -> Result<i64, Reply> {
    let err =
        |default: String| Reply::error(format!("ERR {}", msg.map_or(default, str::to_string)));
    let n =
        parse_i64(arg).ok_or_else(|| err("value is not an integer or out of range".to_string()))?;
    if n < min || n > max {
        return Err(err(format!(
            "value is out of range, value must between {min} and {max}"
        )));
    }
    Ok(n)
}

/// A count that must not be negative (getPositiveLongFromObjectOrReply).
fn non_negative(arg: &[u8], msg: &'static str) -> Result<i64, Reply> {
    ranged_int(arg, 0, i64::MAX, Some(msg))
}

/// C `strtod` over a whole argument, as ZRANGEBYSCORE's bounds are read: leading whitespace,
/// hex and out-of-range values (to infinity or zero) are accepted, NaN and trailing bytes are
/// not, and an empty string reads as 0. (Hex literals whose exponent overflows are refused,
/// where C would saturate them.)
fn strtod_whole(arg: &[u8]) -> Option<f64> {
    // Arguments reach C as NUL-terminated strings: strtod stops at the first NUL.
    let text = arg.split(|&b| b == 0).next().unwrap_or_default();
    let start = text
        .iter()
        .position(|b| !b" \t\n\x0b\x0c\r".contains(b))
        .unwrap_or(text.len());
    let number = &text[start..];
    if number.is_empty() {
        // Nothing parsed: valid only when there was nothing at all.
        return text.is_empty().then_some(0.0);
    }
    if let Some(v) = parse_f64(number) {
        return Some(v);
    }
    // parse_f64 refuses decimal overflow and underflow, which strtod saturates.
    let v: f64 = std::str::from_utf8(number).ok()?.parse().ok()?;
    (!v.is_nan()).then_some(v)
}

/// `min max` of ZRANGEBYSCORE and friends (Redis's zslParseRange).
fn parse_score_range(min: &[u8], max: &[u8]) -> Result<ScoreRange, Reply> {
    let bound = |arg: &[u8]| match arg.first() {
        Some(b'(') => strtod_whole(&arg[1..]).map(|v| (v, true)),
        _ => strtod_whole(arg).map(|v| (v, false)),
    };
    match (bound(min), bound(max)) {
        (Some((min, min_exclusive)), Some((max, max_exclusive))) => Ok(ScoreRange {
            min,
            max,
            min_exclusive,
            max_exclusive,
        }),
        _ => Err(Reply::error("ERR min or max is not a float")),
    }
}

/// `min max` of ZRANGEBYLEX and friends: `-`, `+`, `[member` or `(member`.
fn parse_lex_range(min: &[u8], max: &[u8]) -> Result<LexRange, Reply> {
    let bound = |arg: &[u8]| {
        // `+` and `-` must stand alone (a NUL ends the C string, so "+\0..." counts as "+").
        let alone = arg.len() == 1 || arg.get(1) == Some(&0);
        match arg.first() {
            Some(b'+') if alone => Some(LexBound::PosInf),
            Some(b'-') if alone => Some(LexBound::NegInf),
            Some(b'(') => Some(LexBound::Exclusive(arg[1..].to_vec())),
            Some(b'[') => Some(LexBound::Inclusive(arg[1..].to_vec())),
            _ => None,
        }
    };
    match (bound(min), bound(max)) {
        (Some(min), Some(max)) => Ok(LexRange { min, max }),
        _ => Err(Reply::error("ERR min or max not valid string range item")),
    }
}

/// Ranks `lo..hi` for a `start stop` pair of indexes (negative from the end), or None when the
/// range is empty.
fn rank_span(start: i64, end: i64, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    let end = if end < 0 { end + len } else { end };
    if start > end || start >= len {
        return None;
    }
    Some((start as usize, end.min(len - 1) as usize + 1))
}

// ------------------------------------------------------------------------------------------
// ZADD, ZINCRBY, ZREM, reads of single members.
// ------------------------------------------------------------------------------------------

fn zadd(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    zadd_generic(ctx, argv, false)
}

fn zincrby(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    zadd_generic(ctx, argv, true)
}

/// ZADD and ZINCRBY (which is ZADD INCR; like in Redis, it even takes ZADD's option words).
fn zadd_generic(ctx: &mut Ctx, argv: &[Bytes], incr: bool) -> CmdResult {
    let mut flags = AddFlags {
        incr,
        ..AddFlags::default()
    };
    let mut ch = false;
    let mut first = 2;
    while first < argv.len() {
        let opt = &argv[first][..];
        if args::is(opt, "NX") {
            flags.nx = true;
        } else if args::is(opt, "XX") {
            flags.xx = true;
        } else if args::is(opt, "CH") {
            ch = true;
        } else if args::is(opt, "INCR") {
            flags.incr = true;
        } else if args::is(opt, "GT") {
            flags.gt = true;
        } else if args::is(opt, "LT") {
            flags.lt = true;
        } else {
            break;
        }
        first += 1;
    }
    let rest = &argv[first..];
    if rest.is_empty() || rest.len() % 2 == 1 {
        return Err(errors::syntax());
    }
    if flags.nx && flags.xx {
        return Err(Reply::error(
            "ERR XX and NX options at the same time are not compatible",
        ));
    }
    if (flags.nx && (flags.gt || flags.lt)) || (flags.gt && flags.lt) {
        return Err(Reply::error(
            "ERR GT, LT, and/or NX options at the same time are not compatible",
        ));
    }
    if flags.incr && rest.len() > 2 {
        return Err(Reply::error(
            "ERR INCR option supports a single increment-element pair",
        ));
    }
    // Every score is checked before anything changes: the command applies whole or not at all.
    let scores = rest
        .chunks(2)
        .map(|pair| args::float(&pair[0]))
        .collect::<Result<Vec<f64>, Reply>>()?;

    let key = &argv[1];
    let limits = limits(ctx);
    let (mut added, mut updated, mut processed) = (0usize, 0usize, 0usize);
    let mut last_score = 0.0;
    let exists = write_zset(ctx, key)?.is_some();
    if exists || !flags.xx {
        if !exists {
            ctx.add(key, Value::ZSet(ZSet::new()));
        }
        let Some(z) = write_zset(ctx, key)? else {
            unreachable!("just created")
        };
        for (pair, &score) in rest.chunks(2).zip(&scores) {
            match z.add(score, &pair[1], flags, limits) {
                AddOutcome::NotANumber => {
                    // Only INCR can get here, with its single element: nothing was changed.
                    return Err(Reply::error("ERR resulting score is not a number (NaN)"));
                }
                AddOutcome::Added(s) => {
                    (added, processed, last_score) = (added + 1, processed + 1, s)
                }
                AddOutcome::Updated(s) => {
                    (updated, processed, last_score) = (updated + 1, processed + 1, s)
                }
                AddOutcome::Unchanged(s) => (processed, last_score) = (processed + 1, s),
                AddOutcome::Skipped => {}
            }
        }
    }
    if added + updated > 0 {
        changed(
            ctx,
            key,
            if flags.incr { "zincr" } else { "zadd" },
            added + updated,
            false,
        );
    }
    Ok(if flags.incr {
        if processed > 0 {
            Reply::Double(last_score)
        } else {
            Reply::Nil
        }
    } else {
        Reply::Int((if ch { added + updated } else { added }) as i64)
    })
}

fn zrem(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let Some(z) = write_zset(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let mut deleted = 0;
    for member in &argv[2..] {
        if z.remove(member).is_some() {
            deleted += 1;
        }
        if z.is_empty() {
            break;
        }
    }
    let emptied = z.is_empty();
    if deleted > 0 {
        changed(ctx, key, "zrem", deleted, emptied);
    }
    Ok(Reply::Int(deleted as i64))
}

fn zcard(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::Int(
        read_zset(ctx, &argv[1])?.map_or(0, |z| z.len()) as i64
    ))
}

fn zscore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(
        match read_zset(ctx, &argv[1])?.and_then(|z| z.score(&argv[2])) {
            Some(s) => Reply::Double(s),
            None => Reply::Nil,
        },
    )
}

fn zmscore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let z = read_zset(ctx, &argv[1])?;
    let score = |m: &Bytes| z.as_ref().and_then(|z| z.score(m));
    Ok(Reply::Array(
        argv[2..]
            .iter()
            .map(|m| score(m).map_or(Reply::Nil, Reply::Double))
            .collect(),
    ))
}

fn zrank(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    rank_generic(ctx, argv, false)
}

fn zrevrank(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    rank_generic(ctx, argv, true)
}

fn rank_generic(ctx: &mut Ctx, argv: &[Bytes], reverse: bool) -> CmdResult {
    let Some(z) = read_zset(ctx, &argv[1])? else {
        return Ok(Reply::Nil);
    };
    Ok(match z.rank(&argv[2]) {
        Some(r) => Reply::Int((if reverse { z.len() - 1 - r } else { r }) as i64),
        None => Reply::Nil,
    })
}

// ------------------------------------------------------------------------------------------
// Counting and ranges.
// ------------------------------------------------------------------------------------------

fn zcount(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let range = parse_score_range(&argv[2], &argv[3])?;
    count_in(ctx, &argv[1], &range)
}

fn zlexcount(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let range = parse_lex_range(&argv[2], &argv[3])?;
    count_in(ctx, &argv[1], &range)
}

fn count_in<R: Interval>(ctx: &mut Ctx, key: &[u8], range: &R) -> CmdResult {
    let Some(z) = read_zset(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let (lo, hi) = z.span(range, false);
    Ok(Reply::Int(hi.saturating_sub(lo) as i64))
}

/// How a range command names its elements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RangeBy {
    /// ZRANGE / ZRANGESTORE: decided by BYSCORE / BYLEX, else by rank.
    Auto,
    Rank,
    Score,
    Lex,
}

fn zrange(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    range_generic(ctx, argv, 1, None, RangeBy::Auto, None)
}

fn zrangestore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    range_generic(ctx, argv, 2, Some(&argv[1]), RangeBy::Auto, None)
}

fn zrevrange(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    range_generic(ctx, argv, 1, None, RangeBy::Rank, Some(true))
}

fn zrangebyscore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    range_generic(ctx, argv, 1, None, RangeBy::Score, Some(false))
}

fn zrevrangebyscore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    range_generic(ctx, argv, 1, None, RangeBy::Score, Some(true))
}

fn zrangebylex(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    range_generic(ctx, argv, 1, None, RangeBy::Lex, Some(false))
}

fn zrevrangebylex(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    range_generic(ctx, argv, 1, None, RangeBy::Lex, Some(true))
}

/// The parsed range of a range command.
enum Bounds {
    Rank(i64, i64),
    Score(ScoreRange),
    Lex(LexRange),
}

/// Every ZRANGE-like command (Redis's zrangeGenericCommand): `src` is the source key's index,
/// `store` the destination of ZRANGESTORE; `by` and `reverse` are fixed by the legacy commands
/// and left to the options (BYSCORE, BYLEX, REV) by ZRANGE and ZRANGESTORE.
fn range_generic(
    ctx: &mut Ctx,
    argv: &[Bytes],
    src: usize,
    store: Option<&Bytes>,
    mut by: RangeBy,
    mut reverse: Option<bool>,
) -> CmdResult {
    let (mut withscores, mut offset, mut limit) = (false, 0i64, -1i64);
    let mut j = src + 3;
    while j < argv.len() {
        let opt = &argv[j][..];
        let left = argv.len() - j - 1;
        if store.is_none() && args::is(opt, "WITHSCORES") {
            withscores = true;
        } else if args::is(opt, "LIMIT") && left >= 2 {
            offset = args::int(&argv[j + 1])?;
            limit = args::int(&argv[j + 2])?;
            j += 2;
        } else if reverse.is_none() && args::is(opt, "REV") {
            reverse = Some(true);
        } else if by == RangeBy::Auto && args::is(opt, "BYLEX") {
            by = RangeBy::Lex;
        } else if by == RangeBy::Auto && args::is(opt, "BYSCORE") {
            by = RangeBy::Score;
        } else {
            return Err(errors::syntax());
        }
        j += 1;
    }
    let reverse = reverse.unwrap_or(false);
    if by == RangeBy::Auto {
        by = RangeBy::Rank;
    }
    if limit != -1 && by == RangeBy::Rank {
        return Err(Reply::error(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        ));
    }
    if withscores && by == RangeBy::Lex {
        return Err(Reply::error(
            "ERR syntax error, WITHSCORES not supported in combination with BYLEX",
        ));
    }
    // Reversed score and lex ranges are written max first.
    let (mut min, mut max) = (&argv[src + 1][..], &argv[src + 2][..]);
    if reverse && by != RangeBy::Rank {
        std::mem::swap(&mut min, &mut max);
    }
    let bounds = match by {
        RangeBy::Score => Bounds::Score(parse_score_range(min, max)?),
        RangeBy::Lex => Bounds::Lex(parse_lex_range(min, max)?),
        _ => Bounds::Rank(args::int(min)?, args::int(max)?),
    };

    let resp = ctx.client.resp;
    let items = match read_zset(ctx, &argv[src])? {
        None => Vec::new(),
        Some(z) => match &bounds {
            Bounds::Rank(start, end) => match rank_span(*start, *end, z.len()) {
                None => Vec::new(),
                // REV indexes count from the highest score.
                Some((lo, hi)) if reverse => z.collect_range(z.len() - hi, z.len() - lo, true),
                Some((lo, hi)) => z.collect_range(lo, hi, false),
            },
            Bounds::Score(range) => walk(z, range, reverse, offset, limit),
            Bounds::Lex(range) => walk(z, range, reverse, offset, limit),
        },
    };
    match store {
        None => Ok(elements_reply(resp, items, withscores)),
        Some(dst) => Ok(store_result(ctx, dst, items, "zrangestore")),
    }
}

/// The elements a score or lex range walk returns after skipping `offset` of them and taking at
/// most `limit` (a negative limit takes all; a negative offset, like in Redis, skips them all).
fn walk<R: Interval>(
    z: &ZSet,
    range: &R,
    reverse: bool,
    offset: i64,
    limit: i64,
) -> Vec<(Vec<u8>, f64)> {
    let (lo, hi) = z.span(range, reverse);
    let available = hi.saturating_sub(lo) as u64;
    if offset < 0 || offset as u64 >= available {
        return Vec::new();
    }
    let skip = offset as usize;
    let take = if limit < 0 {
        available as usize - skip
    } else {
        (limit as u64).min(available - skip as u64) as usize
    };
    if reverse {
        z.collect_range(hi - skip - take, hi - skip, true)
    } else {
        z.collect_range(lo + skip, lo + skip + take, false)
    }
}

/// Stores a computed result at `dst` as the *STORE commands do: the new set replaces whatever
/// was there (and its TTL); an empty result deletes `dst`. Replies with the stored size.
fn store_result(ctx: &mut Ctx, dst: &Bytes, items: Vec<(Vec<u8>, f64)>, event: &str) -> Reply {
    let n = items.len();
    if n == 0 {
        if ctx.delete(dst) {
            ctx.written(dst, NOTIFY_GENERIC, "del");
        }
        return Reply::Int(0);
    }
    let z = ZSet::from_pairs(items, limits(ctx));
    ctx.set(dst, Value::ZSet(z), false);
    ctx.written(dst, NOTIFY_ZSET, event);
    Reply::Int(n as i64)
}

// ------------------------------------------------------------------------------------------
// Removing ranges.
// ------------------------------------------------------------------------------------------

fn zremrangebyrank(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (start, end) = (args::int(&argv[2])?, args::int(&argv[3])?);
    remove_range(ctx, &argv[1], "zremrangebyrank", |z| {
        rank_span(start, end, z.len()).unwrap_or((0, 0))
    })
}

fn zremrangebyscore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let range = parse_score_range(&argv[2], &argv[3])?;
    remove_range(ctx, &argv[1], "zremrangebyscore", |z| z.span(&range, false))
}

fn zremrangebylex(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let range = parse_lex_range(&argv[2], &argv[3])?;
    remove_range(ctx, &argv[1], "zremrangebylex", |z| z.span(&range, false))
}

fn remove_range(
    ctx: &mut Ctx,
    key: &[u8],
    event: &str,
    span: impl FnOnce(&ZSet) -> (usize, usize),
) -> CmdResult {
    let Some(z) = write_zset(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let (lo, hi) = span(z);
    let deleted = z.remove_ranks(lo, hi);
    let emptied = z.is_empty();
    if deleted > 0 {
        changed(ctx, key, event, deleted, emptied);
    }
    Ok(Reply::Int(deleted as i64))
}

// ------------------------------------------------------------------------------------------
// Popping.
// ------------------------------------------------------------------------------------------

fn zpopmin(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    zpop_command(ctx, argv, false)
}

fn zpopmax(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    zpop_command(ctx, argv, true)
}

/// ZPOPMIN / ZPOPMAX key [count].
fn zpop_command(ctx: &mut Ctx, argv: &[Bytes], max: bool) -> CmdResult {
    if argv.len() > 3 {
        return Err(errors::syntax());
    }
    let count = match argv.get(2) {
        Some(arg) => Some(non_negative(
            arg,
            "value is out of range, must be positive",
        )?),
        None => None,
    };
    let key = &argv[1];
    if write_zset(ctx, key)?.is_none() || count == Some(0) {
        return Ok(Reply::Array(Vec::new()));
    }
    let popped = pop_from(ctx, key, max, count.unwrap_or(1) as u64);
    // RESP3 nests [member, score] pairs when a count was given.
    Ok(if ctx.client.resp == Resp::V3 && count.is_some() {
        Reply::Array(pairs(popped))
    } else {
        Reply::Array(
            popped
                .into_iter()
                .flat_map(|(m, s)| [bulk(m), Reply::Double(s)])
                .collect(),
        )
    })
}

/// Pops up to `count` elements from the (existing, non-empty) sorted set at `key`, with the
/// keyspace events of Redis's genericZpopCommand.
fn pop_from(ctx: &mut Ctx, key: &[u8], max: bool, count: u64) -> Vec<(Vec<u8>, f64)> {
    let Ok(Some(z)) = write_zset(ctx, key) else {
        return Vec::new();
    };
    let n = count.min(z.len() as u64) as usize;
    let mut popped = Vec::with_capacity(n);
    for _ in 0..n {
        popped.extend(z.pop(max));
    }
    let emptied = z.is_empty();
    if !popped.is_empty() {
        changed(
            ctx,
            key,
            if max { "zpopmax" } else { "zpopmin" },
            popped.len(),
            emptied,
        );
    }
    popped
}

/// `<MIN | MAX> [COUNT count]` after ZMPOP's and BZMPOP's keys: (max, count).
fn parse_mpop_tail(argv: &[Bytes], numkeys_at: usize) -> Result<(Vec<Bytes>, bool, u64), Reply> {
    let numkeys = ranged_int(
        &argv[numkeys_at],
        1,
        i64::MAX,
        Some("numkeys should be greater than 0"),
    )?;
    let where_at = (numkeys as u64)
        .checked_add(numkeys_at as u64 + 1)
        .filter(|&w| w < argv.len() as u64);
    let Some(where_at) = where_at.map(|w| w as usize) else {
        return Err(errors::syntax());
    };
    let max = if args::is(&argv[where_at], "MIN") {
        false
    } else if args::is(&argv[where_at], "MAX") {
        true
    } else {
        return Err(errors::syntax());
    };
    let mut count = None;
    let mut j = where_at + 1;
    while j < argv.len() {
        if count.is_none() && args::is(&argv[j], "COUNT") && j + 1 < argv.len() {
            count = Some(ranged_int(
                &argv[j + 1],
                1,
                i64::MAX,
                Some("count should be greater than 0"),
            )? as u64);
            j += 2;
        } else {
            return Err(errors::syntax());
        }
    }
    Ok((
        argv[numkeys_at + 1..where_at].to_vec(),
        max,
        count.unwrap_or(1),
    ))
}

fn zmpop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (keys, max, count) = parse_mpop_tail(argv, 1)?;
    // The first key that exists is the one popped from (or the WRONGTYPE error).
    for key in &keys {
        if write_zset(ctx, key)?.is_none() {
            continue;
        }
        return Ok(mpop_reply(ctx, key, max, count));
    }
    Ok(Reply::NilArray)
}

/// Pops for ZMPOP / BZMPOP from `key` (an existing sorted set): `[key, [[member, score], ...]]`,
/// replicated as the ZPOPMIN/ZPOPMAX with COUNT it amounted to.
fn mpop_reply(ctx: &mut Ctx, key: &Bytes, max: bool, count: u64) -> Reply {
    let popped = pop_from(ctx, key, max, count);
    ctx.propagate_as(vec![
        pop_command_name(max),
        key.clone(),
        Bytes::from(popped.len().to_string()),
    ]);
    Reply::Array(vec![Reply::Bulk(key.clone()), Reply::Array(pairs(popped))])
}

fn pop_command_name(max: bool) -> Bytes {
    Bytes::from_static(if max { b"ZPOPMAX" } else { b"ZPOPMIN" })
}

// ------------------------------------------------------------------------------------------
// Blocking pops (the waiting itself is `crate::server::blocking`'s).
// ------------------------------------------------------------------------------------------

fn bzpopmin(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    bzpop(ctx, argv, false)
}

fn bzpopmax(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    bzpop(ctx, argv, true)
}

/// The sorted set to pop from for a blocking pop: the first of `keys` (only the ready key when
/// re-run for a blocked client) holding a sorted set. WRONGTYPE for another type met first,
/// except during a re-run, where the client just keeps waiting.
fn first_poppable(ctx: &mut Ctx, keys: &[Bytes]) -> Result<Option<Bytes>, Reply> {
    let rerun = blocking::rerunning(ctx);
    for key in blocking::keys_to_try(ctx, keys) {
        match write_zset(ctx, key) {
            Ok(Some(z)) if !z.is_empty() => return Ok(Some(key.clone())),
            Ok(_) => {}
            Err(_) if rerun => {}
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

/// BZPOPMIN / BZPOPMAX key [key ...] timeout: `[key, member, score]`, or a null array when the
/// time runs out.
fn bzpop(ctx: &mut Ctx, argv: &[Bytes], max: bool) -> CmdResult {
    let keys = &argv[1..argv.len() - 1];
    let timeout = blocking::parse_timeout(&argv[argv.len() - 1])?;
    let Some(key) = first_poppable(ctx, keys)? else {
        return blocking::block(ctx, argv, keys, timeout, Reply::NilArray, Reply::NilArray);
    };
    let mut popped = pop_from(ctx, &key, max, 1);
    // Replicated as the plain pop it amounted to.
    ctx.propagate_as(vec![pop_command_name(max), key.clone()]);
    let (member, score) = popped.pop().expect("the set was not empty");
    Ok(Reply::Array(vec![
        Reply::Bulk(key),
        bulk(member),
        Reply::Double(score),
    ]))
}

/// BZMPOP timeout numkeys key [key ...] <MIN | MAX> [COUNT count].
fn bzmpop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (keys, max, count) = parse_mpop_tail(argv, 2)?;
    let timeout = blocking::parse_timeout(&argv[1])?;
    match first_poppable(ctx, &keys)? {
        Some(key) => Ok(mpop_reply(ctx, &key, max, count)),
        None => blocking::block(ctx, argv, &keys, timeout, Reply::NilArray, Reply::NilArray),
    }
}

// ------------------------------------------------------------------------------------------
// ZRANDMEMBER.
// ------------------------------------------------------------------------------------------

fn zrandmember(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() < 3 {
        let Some(z) = read_zset(ctx, &argv[1])? else {
            return Ok(Reply::Nil);
        };
        let (member, _) = z
            .random(&mut rand::thread_rng())
            .expect("stored sets are never empty");
        return Ok(bulk(member));
    }
    let l = ranged_int(&argv[2], -i64::MAX, i64::MAX, None)?;
    if argv.len() > 4 || (argv.len() == 4 && !args::is(&argv[3], "WITHSCORES")) {
        return Err(errors::syntax());
    }
    let withscores = argv.len() == 4;
    if withscores && !(-i64::MAX / 2..=i64::MAX / 2).contains(&l) {
        return Err(Reply::error("ERR value is out of range"));
    }
    let resp = ctx.client.resp;
    let Some(z) = read_zset(ctx, &argv[1])? else {
        return Ok(Reply::Array(Vec::new()));
    };
    let count = l.unsigned_abs() as usize;
    let rng = &mut rand::thread_rng();
    let items = if count == 0 {
        Vec::new()
    } else if l < 0 || count == 1 {
        z.random_with_repeats(count, rng)
    } else if count >= z.len() {
        // The whole set, in the order Redis's set-operation iterator gives it (highest first).
        z.collect_range(0, z.len(), true)
    } else {
        z.random_distinct(count, rng)
    };
    Ok(elements_reply(resp, items, withscores))
}

// ------------------------------------------------------------------------------------------
// ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD.
// ------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum SetOp {
    Union,
    Inter,
    Diff,
}

#[derive(Clone, Copy)]
enum Aggregate {
    Sum,
    Min,
    Max,
}

impl Aggregate {
    fn apply(self, acc: &mut f64, value: f64) {
        match self {
            Aggregate::Sum => {
                *acc += value;
                // inf + -inf: Redis's convention is 0.
                if acc.is_nan() {
                    *acc = 0.0;
                }
            }
            Aggregate::Min => {
                if value < *acc {
                    *acc = value;
                }
            }
            Aggregate::Max => {
                if value > *acc {
                    *acc = value;
                }
            }
        }
    }
}

/// One input of a set operation: a sorted set, or a plain set whose members all score 1.
#[derive(Clone, Copy)]
enum Input<'a> {
    Missing,
    Sorted(&'a ZSet),
    Plain(&'a Set),
}

impl Input<'_> {
    fn len(&self) -> usize {
        match self {
            Input::Missing => 0,
            Input::Sorted(z) => z.len(),
            Input::Plain(s) => s.len(),
        }
    }

    fn score(&self, member: &[u8]) -> Option<f64> {
        match self {
            Input::Missing => None,
            Input::Sorted(z) => z.score(member),
            Input::Plain(s) => s.contains(member).then_some(1.0),
        }
    }

    fn for_each(&self, mut f: impl FnMut(&[u8], f64)) {
        match self {
            Input::Missing => {}
            Input::Sorted(z) => z.for_each_in(0, z.len(), false, f),
            Input::Plain(s) => s.iter().for_each(|m| m.with_bytes(|b| f(b, 1.0))),
        }
    }
}

fn zunion(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_op_command(ctx, argv, None, SetOp::Union, false)
}

fn zinter(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_op_command(ctx, argv, None, SetOp::Inter, false)
}

fn zdiff(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_op_command(ctx, argv, None, SetOp::Diff, false)
}

fn zintercard(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_op_command(ctx, argv, None, SetOp::Inter, true)
}

fn zunionstore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_op_command(ctx, argv, Some(&argv[1]), SetOp::Union, false)
}

fn zinterstore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_op_command(ctx, argv, Some(&argv[1]), SetOp::Inter, false)
}

fn zdiffstore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_op_command(ctx, argv, Some(&argv[1]), SetOp::Diff, false)
}

/// Redis's zunionInterDiffGenericCommand, checks in its order: numkeys, the inputs' types,
/// then the options.
fn set_op_command(
    ctx: &mut Ctx,
    argv: &[Bytes],
    dst: Option<&Bytes>,
    op: SetOp,
    card_only: bool,
) -> CmdResult {
    let numkeys_at = if dst.is_some() { 2 } else { 1 };
    let setnum = args::int(&argv[numkeys_at])?;
    if setnum < 1 {
        return Err(Reply::error(format!(
            "ERR at least 1 input key is needed for '{}' command",
            ctx.cmd.full_name
        )));
    }
    if setnum as u64 > (argv.len() - numkeys_at - 1) as u64 {
        return Err(errors::syntax());
    }
    let keys = &argv[numkeys_at + 1..numkeys_at + 1 + setnum as usize];
    for key in keys {
        if let Some(e) = ctx.lookup_read(key) {
            if !matches!(e.value, Value::ZSet(_) | Value::Set(_)) {
                return Err(errors::wrong_type());
            }
        }
    }

    let mut weights = vec![1.0; keys.len()];
    let mut aggregate = Aggregate::Sum;
    let mut withscores = false;
    let mut limit = 0u64;
    let mut j = numkeys_at + 1 + keys.len();
    while j < argv.len() {
        let remaining = argv.len() - j;
        let opt = &argv[j][..];
        if op != SetOp::Diff && !card_only && remaining > keys.len() && args::is(opt, "WEIGHTS") {
            for (w, arg) in weights.iter_mut().zip(&argv[j + 1..]) {
                *w = parse_f64(arg)
                    .ok_or_else(|| Reply::error("ERR weight value is not a float"))?;
            }
            j += 1 + keys.len();
        } else if op != SetOp::Diff && !card_only && remaining >= 2 && args::is(opt, "AGGREGATE") {
            let how = &argv[j + 1];
            aggregate = if args::is(how, "SUM") {
                Aggregate::Sum
            } else if args::is(how, "MIN") {
                Aggregate::Min
            } else if args::is(how, "MAX") {
                Aggregate::Max
            } else {
                return Err(errors::syntax());
            };
            j += 2;
        } else if dst.is_none() && !card_only && args::is(opt, "WITHSCORES") {
            withscores = true;
            j += 1;
        } else if card_only && remaining >= 2 && args::is(opt, "LIMIT") {
            limit = non_negative(&argv[j + 1], "LIMIT can't be negative")? as u64;
            j += 2;
        } else {
            return Err(errors::syntax());
        }
    }

    let inputs: Vec<Input> = keys
        .iter()
        .map(|k| match ctx.peek(k).map(|e| &e.value) {
            Some(Value::ZSet(z)) => Input::Sorted(z),
            Some(Value::Set(s)) => Input::Plain(s),
            _ => Input::Missing,
        })
        .collect();
    let mut order: Vec<usize> = (0..inputs.len()).collect();
    if op != SetOp::Diff {
        // Smallest first, ties in argument order (what Redis's qsort does with few inputs).
        order.sort_by_key(|&i| inputs[i].len());
    }
    let mut result = match op {
        SetOp::Union => union(&inputs, &order, &weights, aggregate),
        SetOp::Inter if card_only => {
            let count = intersection(&inputs, &order, &weights, aggregate, limit).len();
            return Ok(Reply::Int(count as i64));
        }
        SetOp::Inter => intersection(&inputs, &order, &weights, aggregate, 0),
        SetOp::Diff => difference(&inputs),
    };
    // Replies and stored sets are in (score, member) order.
    result.sort_by(|a, b| cmp_elements(a.1, &a.0, b.1, &b.0));
    match dst {
        Some(dst) => {
            let event = match op {
                SetOp::Union => "zunionstore",
                SetOp::Inter => "zinterstore",
                SetOp::Diff => "zdiffstore",
            };
            Ok(store_result(ctx, dst, result, event))
        }
        None => Ok(elements_reply(ctx.client.resp, result, withscores)),
    }
}

/// A weighted score; `inf * 0` gives 0 rather than NaN, as in Redis.
fn weighted(score: f64, weight: f64) -> f64 {
    let v = score * weight;
    if v.is_nan() {
        0.0
    } else {
        v
    }
}

fn union(
    inputs: &[Input],
    order: &[usize],
    weights: &[f64],
    aggregate: Aggregate,
) -> Vec<(Vec<u8>, f64)> {
    let mut acc: HashMap<Vec<u8>, f64> =
        HashMap::with_capacity(order.last().map_or(0, |&i| inputs[i].len()));
    for &i in order {
        inputs[i].for_each(|m, s| {
            let score = weighted(s, weights[i]);
            match acc.get_mut(m) {
                Some(total) => aggregate.apply(total, score),
                None => {
                    acc.insert(m.to_vec(), score);
                }
            }
        });
    }
    acc.into_iter().collect()
}

/// The members of every input, scored by aggregating in input order (smallest input first);
/// stops after `limit` members when `limit` is not 0 (ZINTERCARD).
fn intersection(
    inputs: &[Input],
    order: &[usize],
    weights: &[f64],
    aggregate: Aggregate,
    limit: u64,
) -> Vec<(Vec<u8>, f64)> {
    let first = order[0];
    let mut out = Vec::new();
    if inputs[first].len() == 0 {
        return out;
    }
    inputs[first].for_each(|m, s| {
        if limit != 0 && out.len() as u64 >= limit {
            return;
        }
        let mut score = weighted(s, weights[first]);
        for &j in &order[1..] {
            match inputs[j].score(m) {
                // Unlike the first score, a NaN product here goes to the aggregate as it is.
                Some(v) => aggregate.apply(&mut score, v * weights[j]),
                None => return,
            }
        }
        out.push((m.to_vec(), score));
    });
    out
}

/// The members of the first input found in none of the others, with their first-input scores.
fn difference(inputs: &[Input]) -> Vec<(Vec<u8>, f64)> {
    let mut out = Vec::new();
    inputs[0].for_each(|m, s| {
        if inputs[1..].iter().all(|other| other.score(m).is_none()) {
            out.push((m.to_vec(), s));
        }
    });
    out
}

// ------------------------------------------------------------------------------------------
// ZSCAN.
// ------------------------------------------------------------------------------------------

fn zscan(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let cursor = args::scan_cursor(&argv[2])?;
    let empty = || Reply::Array(vec![Reply::bulk_str("0"), Reply::Array(Vec::new())]);
    let Some(z) = read_zset(ctx, &argv[1])? else {
        return Ok(empty());
    };
    let opts = ScanOptions::parse(&argv[3..], false, false)?;
    // COUNT counts members and scores alike; at most ten bucket visits per requested item.
    let want = opts.count.saturating_mul(2);
    let listpack = z.is_listpack();
    let mut out = Vec::new();
    let next = z.scan(cursor, want, want.saturating_mul(10), |m, s| {
        if opts.matches(m) {
            out.push(Reply::Bulk(Bytes::copy_from_slice(m)));
            out.push(Reply::Bulk(Bytes::from(scan_score_text(s, listpack))));
        }
    });
    Ok(Reply::Array(vec![
        Reply::Bulk(Bytes::from(next.to_string())),
        Reply::Array(out),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(args: &[&str]) -> Vec<Bytes> {
        args.iter()
            .map(|a| Bytes::copy_from_slice(a.as_bytes()))
            .collect()
    }

    #[test]
    fn key_positions_follow_numkeys() {
        assert_eq!(
            keys_for_store(&argv(&["zunionstore", "d", "2", "a", "b"])),
            vec![1, 3, 4]
        );
        assert_eq!(
            keys_for_store(&argv(&["zunionstore", "d", "3", "a", "b"])),
            vec![1]
        );
        assert_eq!(
            keys_after_numkeys_at_1(&argv(&["zmpop", "1", "a", "min"])),
            vec![2]
        );
        assert_eq!(
            keys_after_numkeys_at_1(&argv(&["zunion", "0", "a"])),
            Vec::<usize>::new()
        );
        assert_eq!(
            keys_after_numkeys_at_1(&argv(&["zunion", "9223372036854775807", "a"])),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn score_bounds_read_like_strtod() {
        assert_eq!(strtod_whole(b""), Some(0.0));
        assert_eq!(strtod_whole(b" 1"), Some(1.0));
        assert_eq!(strtod_whole(b"  "), None);
        assert_eq!(strtod_whole(b"1 "), None);
        assert_eq!(strtod_whole(b"0x10"), Some(16.0));
        assert_eq!(strtod_whole(b"1e400"), Some(f64::INFINITY));
        assert_eq!(strtod_whole(b"-1e-400"), Some(-0.0));
        assert_eq!(strtod_whole(b"nan"), None);
        assert_eq!(strtod_whole(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(strtod_whole(b"2\0junk"), Some(2.0));
        let r = parse_score_range(b"(1", b"+inf").unwrap();
        assert!(r.min_exclusive && !r.max_exclusive && r.min == 1.0 && r.max == f64::INFINITY);
        assert!(parse_score_range(b"((1", b"2").is_err());
    }

    #[test]
    fn lex_bounds() {
        assert_eq!(
            parse_lex_range(b"-", b"+").unwrap(),
            LexRange {
                min: LexBound::NegInf,
                max: LexBound::PosInf
            }
        );
        assert!(parse_lex_range(b"a", b"+").is_err());
        assert!(parse_lex_range(b"-a", b"+").is_err());
        assert!(parse_lex_range(b"", b"+").is_err());
        assert_eq!(
            parse_lex_range(b"(", b"[b").unwrap().min,
            LexBound::Exclusive(Vec::new())
        );
    }

    #[test]
    fn rank_spans() {
        assert_eq!(rank_span(0, -1, 4), Some((0, 4)));
        assert_eq!(rank_span(-100, 100, 4), Some((0, 4)));
        assert_eq!(rank_span(2, 1, 4), None);
        assert_eq!(rank_span(4, 10, 4), None);
        assert_eq!(rank_span(-1, -1, 4), Some((3, 4)));
        assert_eq!(rank_span(i64::MIN, i64::MAX, 4), Some((0, 4)));
    }
}
