//! Set commands.

use super::args::{self, ScanOptions};
use super::errors;
use super::flags::*;
use super::hashes::scan_reply;
use super::table::acl::SET;
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_SET};
use crate::db::{Entry, Value};
use crate::protocol::Reply;
use crate::types::set::{Member, Set};
use crate::util::numbers::parse_i64;
use bytes::Bytes;
use rand::Rng;
use std::collections::HashSet;

pub static COMMANDS: &[Command] = &[
    Command::new("sadd", -3, WRITE | DENYOOM | FAST, sadd)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Adds members to a set, creating it if needed; replies with the number added.")
        .complexity("O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.")
        .syntax("key member [member ...]"),
    Command::new("scard", 2, READONLY | FAST, scard)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Returns how many members a set has.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("sdiff", -2, READONLY, sdiff)
        .keys(1, -1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Returns the members of the first set that are in none of the others.")
        .complexity("O(N) where N is the total number of elements in all given sets.")
        .syntax("key [key ...]"),
    Command::new("sdiffstore", -3, WRITE | DENYOOM, sdiffstore)
        .keys(1, -1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Saves in a key the members of the first set found in none of the others; an empty result deletes the key.")
        .complexity("O(N) where N is the total number of elements in all given sets.")
        .syntax("destination key [key ...]"),
    Command::new("sinter", -2, READONLY, sinter)
        .keys(1, -1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Returns the members common to all the given sets.")
        .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.")
        .syntax("key [key ...]"),
    Command::new("sintercard", -3, READONLY, sintercard)
        .find_keys(0, 0, 0, sintercard_keys)
        .acl(SET)
        .doc("set", "7.0.0", "Counts the members common to all the given sets, optionally stopping at a limit.")
        .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.")
        .syntax("numkeys key [key ...] [LIMIT limit]"),
    Command::new("sinterstore", -3, WRITE | DENYOOM, sinterstore)
        .keys(1, -1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Saves in a key the members common to all the given sets; an empty result deletes the key.")
        .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.")
        .syntax("destination key [key ...]"),
    Command::new("sismember", 3, READONLY | FAST, sismember)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Tells whether a value is a member of a set.")
        .complexity("O(1)")
        .syntax("key member"),
    Command::new("smembers", 2, READONLY, smembers)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Lists every member of a set.")
        .complexity("O(N) where N is the set cardinality.")
        .syntax("key"),
    Command::new("smismember", -3, READONLY | FAST, smismember)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "6.2.0", "Tells, for each of several values, whether it is a member of a set.")
        .complexity("O(N) where N is the number of elements being checked for membership")
        .syntax("key member [member ...]"),
    Command::new("smove", 4, WRITE | FAST, smove)
        .keys(1, 2, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Transfers a member from one set into another.")
        .complexity("O(1)")
        .syntax("source destination member"),
    Command::new("spop", -2, WRITE | FAST, spop)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Removes random members from a set and returns them; the key goes away with its last member.")
        .complexity("Without the count argument O(1), otherwise O(N) where N is the value of the passed count.")
        .syntax("key [count]"),
    Command::new("srandmember", -2, READONLY, srandmember)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Returns random members of a set without removing them; a negative count allows repeats.")
        .complexity("Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.")
        .syntax("key [count]"),
    Command::new("srem", -3, WRITE | FAST, srem)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Removes members from a set; the key goes away with its last member.")
        .complexity("O(N) where N is the number of members to be removed.")
        .syntax("key member [member ...]"),
    Command::new("sscan", -3, READONLY, sscan)
        .keys(1, 1, 1)
        .acl(SET)
        .doc("set", "2.8.0", "Walks the members of a set a batch at a time using a cursor.")
        .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.")
        .syntax("key cursor [MATCH pattern] [COUNT count]"),
    Command::new("sunion", -2, READONLY, sunion)
        .keys(1, -1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Returns the members of any of the given sets.")
        .complexity("O(N) where N is the total number of elements in all given sets.")
        .syntax("key [key ...]"),
    Command::new("sunionstore", -3, WRITE | DENYOOM, sunionstore)
        .keys(1, -1, 1)
        .acl(SET)
        .doc("set", "1.0.0", "Saves in a key the members of any of the given sets; an empty result deletes the key.")
        .complexity("O(N) where N is the total number of elements in all given sets.")
        .syntax("destination key [key ...]"),
];

/// `set-max-intset-entries`, read from the config at the time of the write.
fn max_intset_entries(ctx: &Ctx) -> usize {
    ctx.server.config.read().set_max_intset_entries
}

/// The set at `key` for a read (counts a keyspace hit or miss): None when missing.
fn read_set<'x>(ctx: &'x mut Ctx, key: &[u8]) -> Result<Option<&'x mut Set>, Reply> {
    ctx.read(key)
}

/// The set at `key` for a write: None when missing.
fn write_set<'x>(ctx: &'x mut Ctx, key: &[u8]) -> Result<Option<&'x mut Set>, Reply> {
    ctx.write(key)
}

/// The set at `key`, created (in the encoding suited to `first`) when missing.
fn set_or_create<'x>(ctx: &'x mut Ctx, key: &Bytes, first: &[u8]) -> Result<&'x mut Set, Reply> {
    if write_set(ctx, key)?.is_none() {
        ctx.add(key, Value::Set(Set::new_for(first)));
    }
    Ok(write_set(ctx, key)?.expect("created above"))
}

/// Deletes a set a command just emptied, with Redis's `del` event.
fn delete_emptied(ctx: &mut Ctx, key: &[u8]) {
    ctx.delete(key);
    ctx.notify(NOTIFY_GENERIC, "del", key);
}

fn bulks<'a>(members: impl Iterator<Item = Member<'a>>) -> Vec<Reply> {
    members.map(|m| Reply::Bulk(m.to_bytes())).collect()
}

fn sadd(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let max = max_intset_entries(ctx);
    let key = &argv[1];
    let set = set_or_create(ctx, key, &argv[2])?;
    let added = argv[2..].iter().filter(|m| set.add(m, max)).count() as u64;
    if added > 0 {
        ctx.written(key, NOTIFY_SET, "sadd");
        ctx.dirty += added - 1;
    }
    Ok(Reply::Int(added as i64))
}

fn srem(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let Some(set) = write_set(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let mut removed = 0u64;
    for member in &argv[2..] {
        if set.remove(member) {
            removed += 1;
            if set.is_empty() {
                break;
            }
        }
    }
    if removed > 0 {
        let emptied = set.is_empty();
        ctx.written(key, NOTIFY_SET, "srem");
        ctx.dirty += removed - 1;
        if emptied {
            delete_emptied(ctx, key);
        }
    }
    Ok(Reply::Int(removed as i64))
}

fn smove(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (src, dst, member) = (&argv[1], &argv[2], &argv[3]);
    let is_set = |e: &mut Entry| matches!(e.value, Value::Set(_));
    let src_is_set = ctx.lookup_write(src).map(is_set);
    let dst_is_set = ctx.lookup_write(dst).map(is_set);
    match (src_is_set, dst_is_set) {
        (None, _) => return Ok(Reply::Int(0)),
        (Some(false), _) | (_, Some(false)) => return Err(errors::wrong_type()),
        _ => {}
    }
    let source = write_set(ctx, src)?.expect("checked above");
    if src == dst {
        return Ok(Reply::from(source.contains(member)));
    }
    if !source.remove(member) {
        return Ok(Reply::Int(0));
    }
    let emptied = source.is_empty();
    ctx.written(src, NOTIFY_SET, "srem");
    if emptied {
        delete_emptied(ctx, src);
    }
    let max = max_intset_entries(ctx);
    if set_or_create(ctx, dst, member)?.add(member, max) {
        ctx.written(dst, NOTIFY_SET, "sadd");
    }
    Ok(Reply::Int(1))
}

fn sismember(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(
        read_set(ctx, &argv[1])?.is_some_and(|s| s.contains(&argv[2])),
    ))
}

fn smismember(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let set = read_set(ctx, &argv[1])?;
    let set = set.as_deref();
    Ok(Reply::Array(
        argv[2..]
            .iter()
            .map(|m| Reply::from(set.is_some_and(|s| s.contains(m))))
            .collect(),
    ))
}

fn scard(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(read_set(ctx, &argv[1])?.map_or(0, |s| s.len())))
}

fn smembers(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let set = read_set(ctx, &argv[1])?;
    Ok(Reply::Set(set.map_or_else(Vec::new, |s| bulks(s.iter()))))
}

fn spop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    match argv.len() {
        3 => return spop_with_count(ctx, argv),
        4.. => return Err(errors::syntax()),
        _ => {}
    }
    let key = &argv[1];
    let Some(set) = write_set(ctx, key)? else {
        return Ok(Reply::Nil);
    };
    let member = set
        .random_member(&mut rand::thread_rng())
        .expect("sets are never empty")
        .to_bytes();
    set.remove(&member);
    let emptied = set.is_empty();
    ctx.written(key, NOTIFY_SET, "spop");
    ctx.propagate_as(vec![
        Bytes::from_static(b"SREM"),
        key.clone(),
        member.clone(),
    ]);
    if emptied {
        delete_emptied(ctx, key);
    }
    Ok(Reply::Bulk(member))
}

/// SPOP pops members one at a time while at least this many times the count stays behind;
/// otherwise it keeps a random remainder in a new set and hands out the old one.
const SPOP_MOVE_STRATEGY_MUL: u64 = 5;

fn spop_with_count(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    // Redis words a non-integer count like a negative one here.
    let count = match parse_i64(&argv[2]) {
        Some(n) if n >= 0 => n as u64,
        _ => return Err(Reply::error("ERR value is out of range, must be positive")),
    };
    let key = &argv[1];
    let max = max_intset_entries(ctx);
    let Some(set) = write_set(ctx, key)? else {
        return Ok(Reply::Set(Vec::new()));
    };
    if count == 0 {
        return Ok(Reply::Set(Vec::new()));
    }
    let size = set.len() as u64;
    if count >= size {
        // Everything goes: reply with the set and delete it; replicas just DEL the key.
        let all = bulks(set.iter());
        ctx.notify(NOTIFY_SET, "spop", key);
        ctx.dirty += size;
        delete_emptied(ctx, key);
        ctx.modified(key);
        ctx.propagate_as(vec![Bytes::from_static(b"DEL"), key.clone()]);
        return Ok(Reply::Set(all));
    }
    let rng = &mut rand::thread_rng();
    let remaining = size - count;
    let mut popped: Vec<Bytes> = Vec::with_capacity(count as usize);
    if remaining * SPOP_MOVE_STRATEGY_MUL > count {
        for _ in 0..count {
            let member = set.random_member(rng).expect("count < size").to_bytes();
            set.remove(&member);
            popped.push(member);
        }
    } else {
        // Popping most of the set: move the few survivors to a new set instead.
        let mut kept: Option<Set> = None;
        for _ in 0..remaining {
            let member = set.random_member(rng).expect("remaining < size").to_bytes();
            kept.get_or_insert_with(|| Set::new_for(&member))
                .add(&member, max);
            set.remove(&member);
        }
        popped.extend(set.iter().map(|m| m.to_bytes()));
        *set = kept.expect("remaining > 0");
    }
    ctx.notify(NOTIFY_SET, "spop", key);
    ctx.dirty += count;
    ctx.modified(key);
    let reply = popped.iter().map(|m| Reply::Bulk(m.clone())).collect();
    for member in popped {
        ctx.propagate_as(vec![Bytes::from_static(b"SREM"), key.clone(), member]);
    }
    Ok(Reply::Set(reply))
}

fn srandmember(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    match argv.len() {
        3 => return srandmember_with_count(ctx, argv),
        4.. => return Err(errors::syntax()),
        _ => {}
    }
    let Some(set) = read_set(ctx, &argv[1])? else {
        return Ok(Reply::Nil);
    };
    Ok(Reply::opt_bulk(
        set.random_member(&mut rand::thread_rng())
            .map(|m| m.to_bytes()),
    ))
}

/// Multiplier below which SRANDMEMBER copies the set and drops random members instead of
/// drawing random ones until it has enough distinct ones.
const SRANDMEMBER_SUB_STRATEGY_MUL: u64 = 3;

/// SRANDMEMBER with a count, with Redis's four strategies so that the work stays O(count):
/// repeats allowed; the whole set; most of the set (copy, then drop random members); a few
/// members of a big set (draw distinct ones).
fn srandmember_with_count(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let count = args::int(&argv[2])?;
    if count == i64::MIN {
        return Err(Reply::error(format!(
            "ERR value is out of range, value must between {} and {}",
            -i64::MAX,
            i64::MAX
        )));
    }
    let Some(set) = read_set(ctx, &argv[1])? else {
        return Ok(Reply::Array(Vec::new()));
    };
    let (n, unique) = (count.unsigned_abs(), count >= 0);
    let size = set.len() as u64;
    let rng = &mut rand::thread_rng();
    let picked: Vec<Member> = if n == 0 {
        Vec::new()
    } else if !unique || n == 1 {
        let mut out = Vec::with_capacity(n.min(1 << 20) as usize);
        for _ in 0..n {
            out.push(set.random_member(rng).expect("sets are never empty"));
        }
        out
    } else if n >= size {
        set.iter().collect()
    } else if n * SRANDMEMBER_SUB_STRATEGY_MUL > size {
        let mut all: Vec<Member> = set.iter().collect();
        while all.len() as u64 > n {
            all.swap_remove(rng.gen_range(0..all.len()));
        }
        all
    } else {
        let mut seen = HashSet::with_capacity(n as usize);
        let mut out = Vec::with_capacity(n as usize);
        while (out.len() as u64) < n {
            let m = set.random_member(rng).expect("sets are never empty");
            if seen.insert(m) {
                out.push(m);
            }
        }
        out
    };
    Ok(Reply::Array(bulks(picked.into_iter())))
}

/// The set of each key for a multi-key read: looks every key up once (expiring it, counting a
/// hit or miss) and fails with WRONGTYPE if one holds another type. Returns which keys exist;
/// the values themselves are then read with [`peek_set`].
fn lookup_sets(ctx: &mut Ctx, keys: &[Bytes]) -> Result<Vec<bool>, Reply> {
    keys.iter()
        .map(|k| Ok(ctx.read::<Set>(k)?.is_some()))
        .collect()
}

/// Shared access to a set [`lookup_sets`] found.
fn peek_set<'x>(ctx: &'x Ctx, key: &[u8]) -> Option<&'x Set> {
    match &ctx.peek(key)?.value {
        Value::Set(s) => Some(s),
        _ => None,
    }
}

/// What a set operation produces.
enum Output<'k> {
    /// The members, as a set reply.
    Members,
    /// Only how many there are (SINTERCARD), stopping at the limit (0 = none).
    Count(u64),
    /// Stored at this key (the *STORE variants), whose new size is the reply.
    Store(&'k Bytes, &'static str),
}

/// Replies with, or stores, the result of a set operation. An empty result deletes the
/// destination of a STORE.
fn finish(ctx: &mut Ctx, result: Set, output: Output) -> CmdResult {
    match output {
        Output::Members => Ok(Reply::Set(bulks(result.iter()))),
        Output::Count(_) => Ok(Reply::from(result.len())),
        Output::Store(dst, event) => {
            let len = result.len();
            if len > 0 {
                ctx.set(dst, Value::Set(result), false);
                ctx.written(dst, NOTIFY_SET, event);
            } else if ctx.delete(dst) {
                ctx.written(dst, NOTIFY_GENERIC, "del");
            }
            Ok(Reply::from(len))
        }
    }
}

fn sinter(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    intersect(ctx, &argv[1..], Output::Members)
}

fn sinterstore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    intersect(ctx, &argv[2..], Output::Store(&argv[1], "sinterstore"))
}

/// SINTERCARD's keys: the `numkeys` arguments after it (none when numkeys is invalid; the
/// handler then reports the error).
fn sintercard_keys(argv: &[Bytes]) -> Vec<usize> {
    match argv.get(1).and_then(|n| parse_i64(n)) {
        Some(n) if n >= 1 && (n as u64) <= argv.len() as u64 - 2 => (2..2 + n as usize).collect(),
        _ => Vec::new(),
    }
}

fn sintercard(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let numkeys = match parse_i64(&argv[1]) {
        Some(n) if n >= 1 => n as u64,
        _ => return Err(Reply::error("ERR numkeys should be greater than 0")),
    };
    if numkeys > argv.len() as u64 - 2 {
        return Err(Reply::error(
            "ERR Number of keys can't be greater than number of args",
        ));
    }
    let keys_end = 2 + numkeys as usize;
    let mut limit = 0;
    let mut i = keys_end;
    while i < argv.len() {
        if args::is(&argv[i], "LIMIT") && i + 1 < argv.len() {
            limit = match parse_i64(&argv[i + 1]) {
                Some(n) if n >= 0 => n as u64,
                _ => return Err(Reply::error("ERR LIMIT can't be negative")),
            };
            i += 2;
        } else {
            return Err(errors::syntax());
        }
    }
    intersect(ctx, &argv[2..keys_end], Output::Count(limit))
}

/// SINTER, SINTERSTORE and SINTERCARD: walk the smallest set and keep the members every other
/// set has. A missing key makes the result empty.
fn intersect(ctx: &mut Ctx, keys: &[Bytes], output: Output) -> CmdResult {
    let exist = lookup_sets(ctx, keys)?;
    let max = max_intset_entries(ctx);
    let limit = match output {
        Output::Count(limit) if limit > 0 => limit as usize,
        _ => usize::MAX,
    };
    let mut found: Vec<Member> = Vec::new();
    if exist.iter().all(|&e| e) {
        let mut sets: Vec<&Set> = keys
            .iter()
            .map(|k| peek_set(ctx, k).expect("looked up"))
            .collect();
        sets.sort_by_key(|s| s.len());
        for member in sets[0].iter() {
            if sets[1..]
                .iter()
                .all(|s| std::ptr::eq(*s, sets[0]) || s.contains_member(member))
            {
                found.push(member);
                if found.len() >= limit {
                    break;
                }
            }
        }
    }
    match output {
        Output::Members => Ok(Reply::Set(bulks(found.into_iter()))),
        Output::Count(_) => Ok(Reply::from(found.len())),
        Output::Store(..) => {
            let mut result = Set::new();
            for member in found {
                result.add_member(member, max);
            }
            finish(ctx, result, output)
        }
    }
}

fn sunion(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    union_or_diff(ctx, &argv[1..], false, Output::Members)
}

fn sunionstore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    union_or_diff(
        ctx,
        &argv[2..],
        false,
        Output::Store(&argv[1], "sunionstore"),
    )
}

fn sdiff(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    union_or_diff(ctx, &argv[1..], true, Output::Members)
}

fn sdiffstore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    union_or_diff(ctx, &argv[2..], true, Output::Store(&argv[1], "sdiffstore"))
}

/// SUNION(STORE) and SDIFF(STORE). Missing keys are empty sets. The difference picks, as Redis
/// does, between testing each member of the first set against the others (cheap when the first
/// set is small) and copying the first set then removing the others' members.
fn union_or_diff(ctx: &mut Ctx, keys: &[Bytes], diff: bool, output: Output) -> CmdResult {
    lookup_sets(ctx, keys)?;
    let max = max_intset_entries(ctx);
    let mut result = Set::new();
    let sets: Vec<Option<&Set>> = keys.iter().map(|k| peek_set(ctx, k)).collect();
    if !diff {
        for set in sets.iter().flatten() {
            set.iter().for_each(|m| {
                result.add_member(m, max);
            });
        }
    } else if let Some(first) = sets[0] {
        let mut others: Vec<&Set> = sets[1..].iter().flatten().copied().collect();
        if others.iter().any(|s| std::ptr::eq(*s, first)) {
            // The first set is subtracted from itself: nothing remains.
        } else if first.len() * (others.len() + 1) / 2
            <= first.len() + others.iter().map(|s| s.len()).sum::<usize>()
        {
            // Big sets first: a member found in one of them is rejected sooner.
            others.sort_by_key(|s| std::cmp::Reverse(s.len()));
            for member in first.iter() {
                if !others.iter().any(|s| s.contains_member(member)) {
                    result.add_member(member, max);
                }
            }
        } else {
            first.iter().for_each(|m| {
                result.add_member(m, max);
            });
            for set in others {
                if result.is_empty() {
                    break;
                }
                set.iter().for_each(|m| {
                    result.remove_member(m);
                });
            }
        }
    }
    finish(ctx, result, output)
}

fn sscan(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut cursor = args::scan_cursor(&argv[2])?;
    let Some(set) = read_set(ctx, &argv[1])? else {
        return Ok(scan_reply(0, Vec::new()));
    };
    let opts = ScanOptions::parse(&argv[3..], false, false)?;
    let mut found: Vec<Bytes> = Vec::new();
    if set.is_intset() {
        cursor = set.scan(cursor, |m| found.push(m.to_bytes()));
    } else {
        // As Redis: stop at COUNT members, or after visiting ten times COUNT buckets.
        let mut budget = opts.count * 10;
        loop {
            cursor = set.scan(cursor, |m| found.push(m.to_bytes()));
            if cursor == 0 || budget == 0 || found.len() >= opts.count {
                break;
            }
            budget -= 1;
        }
    }
    let items = found
        .into_iter()
        .filter(|m| opts.matches(m))
        .map(Reply::Bulk)
        .collect();
    Ok(scan_reply(cursor, items))
}
