//! List commands, including the blocking ones (BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP: their
//! waiting is done by `server::blocking`).
//!
//! The handlers follow Redis's order of checks (argument errors before or after the key lookup
//! exactly where Redis has them), its notifications (`lpush`, `lpop`, ... then `del` when a list
//! is emptied) and its propagation (blocking pops replicate as LPOP/RPOP/LMOVE).

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::LIST;
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_LIST};
use crate::db::Value;
use crate::protocol::{BulkArray, Reply};
use crate::server::blocking;
use crate::types::list::{Elem, End, List, Needle};
use crate::util::numbers::parse_i64;
use bytes::Bytes;

const PUSH_COMPLEXITY: &str =
    "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.";

pub static COMMANDS: &[Command] = &[
    Command::new("blmove", 6, WRITE | DENYOOM | NOSCRIPT | BLOCKING, blmove)
        .keys(1, 2, 1)
        .acl(LIST)
        .doc("list", "6.2.0", "Moves an element from one list to another, waiting until the source has one.")
        .complexity("O(1)")
        .syntax("source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout"),
    Command::new("blmpop", -5, WRITE | BLOCKING, blmpop)
        .find_keys(0, 0, 0, blmpop_keys)
        .acl(LIST)
        .doc("list", "7.0.0", "Pops elements from the first non-empty of several lists, waiting until one has some.")
        .complexity("O(N+M) where N is the number of provided keys and M is the number of elements returned.")
        .syntax("timeout numkeys key [key ...] <LEFT | RIGHT> [COUNT count]"),
    Command::new("blpop", -3, WRITE | NOSCRIPT | BLOCKING, blpop)
        .keys(1, -2, 1)
        .acl(LIST)
        .doc("list", "2.0.0", "Pops the first element of the first non-empty list, waiting until one has one.")
        .complexity("O(N) where N is the number of provided keys.")
        .syntax("key [key ...] timeout"),
    Command::new("brpop", -3, WRITE | NOSCRIPT | BLOCKING, brpop)
        .keys(1, -2, 1)
        .acl(LIST)
        .doc("list", "2.0.0", "Pops the last element of the first non-empty list, waiting until one has one.")
        .complexity("O(N) where N is the number of provided keys.")
        .syntax("key [key ...] timeout"),
    Command::new("brpoplpush", 4, WRITE | DENYOOM | NOSCRIPT | BLOCKING, brpoplpush)
        .keys(1, 2, 1)
        .acl(LIST)
        .doc("list", "2.2.0", "Moves the last element of a list to the head of another, waiting until there is one. Deprecated: use BLMOVE.")
        .complexity("O(1)")
        .syntax("source destination timeout"),
    Command::new("lindex", 3, READONLY, lindex)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Returns the element at an index of a list.")
        .complexity("O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).")
        .syntax("key index"),
    Command::new("linsert", 5, WRITE | DENYOOM, linsert)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "2.2.0", "Inserts an element before or after the first occurrence of another in a list.")
        .complexity("O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).")
        .syntax("key <BEFORE | AFTER> pivot element"),
    Command::new("llen", 2, READONLY | FAST, llen)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Counts the elements of a list.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("lmove", 5, WRITE | DENYOOM, lmove)
        .keys(1, 2, 1)
        .acl(LIST)
        .doc("list", "6.2.0", "Pops an element from one end of a list and pushes it to an end of another, replying with it.")
        .complexity("O(1)")
        .syntax("source destination <LEFT | RIGHT> <LEFT | RIGHT>"),
    Command::new("lmpop", -4, WRITE, lmpop)
        .find_keys(0, 0, 0, lmpop_keys)
        .acl(LIST)
        .doc("list", "7.0.0", "Pops elements from the first non-empty of several lists.")
        .complexity("O(N+M) where N is the number of provided keys and M is the number of elements returned.")
        .syntax("numkeys key [key ...] <LEFT | RIGHT> [COUNT count]"),
    Command::new("lpop", -2, WRITE | FAST, lpop)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Removes and returns the first element (or the first count elements) of a list.")
        .complexity("O(N) where N is the number of elements returned")
        .syntax("key [count]"),
    Command::new("lpos", -3, READONLY, lpos)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "6.0.6", "Returns the positions of the elements of a list equal to a value.")
        .complexity("O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.")
        .syntax("key element [RANK rank] [COUNT num-matches] [MAXLEN len]"),
    Command::new("lpush", -3, WRITE | DENYOOM | FAST, lpush)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Prepends elements to a list, creating it if needed; replies with the new length.")
        .complexity(PUSH_COMPLEXITY)
        .syntax("key element [element ...]"),
    Command::new("lpushx", -3, WRITE | DENYOOM | FAST, lpushx)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "2.2.0", "Prepends elements to a list only if it already exists.")
        .complexity(PUSH_COMPLEXITY)
        .syntax("key element [element ...]"),
    Command::new("lrange", 4, READONLY, lrange)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Returns the elements of a list between two indexes.")
        .complexity("O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.")
        .syntax("key start stop"),
    Command::new("lrem", 4, WRITE, lrem)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Removes occurrences of a value from a list, from the head or from the tail.")
        .complexity("O(N+M) where N is the length of the list and M is the number of elements removed.")
        .syntax("key count element"),
    Command::new("lset", 4, WRITE | DENYOOM, lset)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Replaces the element at an index of a list.")
        .complexity("O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).")
        .syntax("key index element"),
    Command::new("ltrim", 4, WRITE, ltrim)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Keeps only the elements of a list between two indexes.")
        .complexity("O(N) where N is the number of elements to be removed by the operation.")
        .syntax("key start stop"),
    Command::new("rpop", -2, WRITE | FAST, rpop)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Removes and returns the last element (or the last count elements) of a list.")
        .complexity("O(N) where N is the number of elements returned")
        .syntax("key [count]"),
    Command::new("rpoplpush", 3, WRITE | DENYOOM, rpoplpush)
        .keys(1, 2, 1)
        .acl(LIST)
        .doc("list", "1.2.0", "Moves the last element of a list to the head of another, replying with it. Deprecated: use LMOVE.")
        .complexity("O(1)")
        .syntax("source destination"),
    Command::new("rpush", -3, WRITE | DENYOOM | FAST, rpush)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "1.0.0", "Appends elements to a list, creating it if needed; replies with the new length.")
        .complexity(PUSH_COMPLEXITY)
        .syntax("key element [element ...]"),
    Command::new("rpushx", -3, WRITE | DENYOOM | FAST, rpushx)
        .keys(1, 1, 1)
        .acl(LIST)
        .doc("list", "2.2.0", "Appends elements to a list only if it already exists.")
        .complexity(PUSH_COMPLEXITY)
        .syntax("key element [element ...]"),
];

// ---------------------------------------------------------------------------------------------
// Shared helpers

/// A new empty list with the configured node size (`list-max-listpack-size`); for every command
/// that creates a list (SORT ... STORE and RESTORE too).
pub fn new_list(ctx: &Ctx) -> List {
    List::new(ctx.server.config.read().list_max_listpack_size)
}

/// The list at `key` for reading (counts hits/misses): None when missing, WRONGTYPE otherwise.
fn list_to_read<'x>(ctx: &'x mut Ctx, key: &[u8]) -> Result<Option<&'x mut List>, Reply> {
    ctx.read(key)
}

/// The list at `key` for modifying it: None when missing, WRONGTYPE otherwise.
fn list_to_write<'x>(ctx: &'x mut Ctx, key: &[u8]) -> Result<Option<&'x mut List>, Reply> {
    ctx.write(key)
}

/// The list at `key` a command has just looked up and found.
fn found_list<'x>(ctx: &'x mut Ctx, key: &[u8]) -> &'x mut List {
    match ctx.shard(key).keys.get_mut(key).map(|e| &mut e.value) {
        Some(Value::List(l)) => l,
        _ => unreachable!("the list was looked up by this command"),
    }
}

/// The list at `key`, created empty if missing (after the caller checked the type).
fn list_or_create<'x>(ctx: &'x mut Ctx, key: &Bytes) -> &'x mut List {
    if ctx.lookup_write(key).is_none() {
        let list = new_list(ctx);
        ctx.add(key, Value::List(Box::new(list)));
    }
    found_list(ctx, key)
}

/// Deletes the list at `key` if the command emptied it, with Redis's `del` event.
fn delete_if_emptied(ctx: &mut Ctx, key: &[u8]) {
    if found_list(ctx, key).is_empty() {
        ctx.shard(key).remove(key);
        ctx.notify(NOTIFY_GENERIC, "del", key);
    }
}

fn push_event(end: End) -> &'static str {
    match end {
        End::Head => "lpush",
        End::Tail => "rpush",
    }
}

fn pop_event(end: End) -> &'static str {
    match end {
        End::Head => "lpop",
        End::Tail => "rpop",
    }
}

fn pop_name(end: End) -> Bytes {
    Bytes::from_static(match end {
        End::Head => b"LPOP",
        End::Tail => b"RPOP",
    })
}

/// The bookkeeping after popping `count` elements from the `end` of the list at `key`:
/// notifications, deleting an emptied list, dirty (Redis's listElementsRemoved).
fn popped(ctx: &mut Ctx, key: &[u8], end: End, count: usize) {
    ctx.notify(NOTIFY_LIST, pop_event(end), key);
    delete_if_emptied(ctx, key);
    ctx.modified(key);
    ctx.dirty += count as u64;
}

/// Pops up to `count` elements from one end, in popping order.
fn pop_many(list: &mut List, end: End, count: usize) -> Vec<Reply> {
    let n = count.min(list.len());
    let (items, start): (Vec<Reply>, usize) = match end {
        End::Head => (list.iter_from(0, false).take(n).map(bulk).collect(), 0),
        End::Tail => (
            list.iter_from(list.len() - 1, true)
                .take(n)
                .map(bulk)
                .collect(),
            list.len() - n,
        ),
    };
    list.delete_range(start, n);
    items
}

fn bulk(e: Elem) -> Reply {
    Reply::Bulk(e.to_bytes())
}

/// `LEFT` / `RIGHT`, or a syntax error.
fn parse_end(arg: &[u8]) -> Result<End, Reply> {
    if args::is(arg, "LEFT") {
        Ok(End::Head)
    } else if args::is(arg, "RIGHT") {
        Ok(End::Tail)
    } else {
        Err(errors::syntax())
    }
}

/// Redis's LRANGE/LTRIM index arithmetic: negative indexes count from the end, out-of-range
/// ones are clamped. The first position and the number of elements, None when empty.
fn clamp_range(start: i64, stop: i64, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    let mut start = if start < 0 { start + len } else { start };
    let stop = if stop < 0 { stop + len } else { stop };
    if start < 0 {
        start = 0;
    }
    if start > stop || start >= len {
        return None;
    }
    let stop = stop.min(len - 1);
    Some((start as usize, (stop - start + 1) as usize))
}

// ---------------------------------------------------------------------------------------------
// Pushes

fn push(ctx: &mut Ctx, argv: &[Bytes], end: End, only_existing: bool) -> CmdResult {
    let key = &argv[1];
    if list_to_write(ctx, key)?.is_none() {
        if only_existing {
            return Ok(Reply::Int(0));
        }
        let list = new_list(ctx);
        ctx.add(key, Value::List(Box::new(list)));
    }
    let list = found_list(ctx, key);
    for v in &argv[2..] {
        list.push(end, v);
    }
    let len = list.len();
    ctx.dirty += (argv.len() - 2) as u64;
    ctx.modified(key);
    ctx.notify(NOTIFY_LIST, push_event(end), key);
    Ok(Reply::from(len))
}

fn lpush(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    push(ctx, argv, End::Head, false)
}

fn rpush(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    push(ctx, argv, End::Tail, false)
}

fn lpushx(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    push(ctx, argv, End::Head, true)
}

fn rpushx(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    push(ctx, argv, End::Tail, true)
}

fn linsert(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let after = if args::is(&argv[2], "AFTER") {
        true
    } else if args::is(&argv[2], "BEFORE") {
        false
    } else {
        return Err(errors::syntax());
    };
    let key = &argv[1];
    let Some(list) = list_to_write(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    if !list.insert_by_pivot(&argv[3], &argv[4], after) {
        return Ok(Reply::Int(-1));
    }
    let len = list.len();
    ctx.written(key, NOTIFY_LIST, "linsert");
    Ok(Reply::from(len))
}

// ---------------------------------------------------------------------------------------------
// Reads

fn llen(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(
        list_to_read(ctx, &argv[1])?.map_or(0, |l| l.len()),
    ))
}

fn lindex(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let Some(list) = list_to_read(ctx, &argv[1])? else {
        return Ok(Reply::Nil);
    };
    let index = args::int(&argv[2])?;
    Ok(list.get(index).map_or(Reply::Nil, bulk))
}

fn lrange(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let start = args::int(&argv[2])?;
    let stop = args::int(&argv[3])?;
    let Some(list) = list_to_read(ctx, &argv[1])? else {
        return Ok(Reply::Array(Vec::new()));
    };
    Ok(match clamp_range(start, stop, list.len()) {
        None => Reply::Array(Vec::new()),
        Some((from, n)) => {
            let mut out = BulkArray::new(n, 16);
            for e in list.iter_from(from, false).take(n) {
                match e {
                    Elem::Str(s) => out.push(s),
                    Elem::Int(i) => out.push_int(i),
                }
            }
            out.finish()
        }
    })
}

fn lpos(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut rank: i64 = 1;
    let mut count: Option<i64> = None;
    let mut maxlen: i64 = 0;
    let non_negative = |arg: &[u8], msg: &'static str| -> Result<i64, Reply> {
        match parse_i64(arg) {
            Some(n) if n >= 0 => Ok(n),
            _ => Err(Reply::error(format!("ERR {msg}"))),
        }
    };
    let mut j = 3;
    while j < argv.len() {
        let more = j + 1 < argv.len();
        if args::is(&argv[j], "RANK") && more {
            j += 1;
            rank = args::int(&argv[j])?;
            if rank == 0 {
                return Err(Reply::error(
                    "ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... \
                     or use negative to start from the end of the list",
                ));
            }
        } else if args::is(&argv[j], "COUNT") && more {
            j += 1;
            count = Some(non_negative(&argv[j], "COUNT can't be negative")?);
        } else if args::is(&argv[j], "MAXLEN") && more {
            j += 1;
            maxlen = non_negative(&argv[j], "MAXLEN can't be negative")?;
        } else {
            return Err(errors::syntax());
        }
        j += 1;
    }
    // A negative rank searches from the tail. (Redis negates LONG_MIN to itself, which then
    // accepts every match; wrapping keeps that.)
    let from_tail = rank < 0;
    if from_tail {
        rank = rank.wrapping_neg();
    }
    let Some(list) = list_to_read(ctx, &argv[1])? else {
        return Ok(if count.is_some() {
            Reply::Array(Vec::new())
        } else {
            Reply::Nil
        });
    };
    let needle = Needle::new(&argv[2]);
    let len = list.len();
    let iter = if from_tail {
        list.iter_from(len.wrapping_sub(1), true)
    } else {
        list.iter_from(0, false)
    };
    let mut found = Vec::new();
    let mut matches: i64 = 0;
    for (index, e) in iter.enumerate() {
        if maxlen != 0 && index as i64 >= maxlen {
            break;
        }
        if !needle.matches(e) {
            continue;
        }
        matches += 1;
        if matches >= rank {
            let position = if from_tail { len - index - 1 } else { index };
            found.push(Reply::from(position));
            match count {
                None => break,
                Some(c) if c != 0 && matches.wrapping_sub(rank).wrapping_add(1) >= c => break,
                Some(_) => {}
            }
        }
    }
    Ok(match count {
        Some(_) => Reply::Array(found),
        None => found.pop().unwrap_or(Reply::Nil),
    })
}

// ---------------------------------------------------------------------------------------------
// Changes in place

fn lset(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let Some(list) = list_to_write(ctx, key)? else {
        return Err(errors::no_such_key());
    };
    let index = args::int(&argv[2])?;
    if !list.set(index, &argv[3]) {
        return Err(Reply::error("ERR index out of range"));
    }
    ctx.written(key, NOTIFY_LIST, "lset");
    Ok(Reply::Ok)
}

fn ltrim(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let start = args::int(&argv[2])?;
    let stop = args::int(&argv[3])?;
    let key = &argv[1];
    let Some(list) = list_to_write(ctx, key)? else {
        return Ok(Reply::Ok);
    };
    let before = list.len();
    match clamp_range(start, stop, before) {
        Some((from, n)) => list.retain_range(from, n),
        None => list.retain_range(0, 0),
    }
    let removed = before - list.len();
    ctx.notify(NOTIFY_LIST, "ltrim", key);
    delete_if_emptied(ctx, key);
    ctx.modified(key);
    ctx.dirty += removed as u64;
    Ok(Reply::Ok)
}

fn lrem(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let count = args::int(&argv[2])?;
    let key = &argv[1];
    let Some(list) = list_to_write(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let removed = list.remove_matching(&argv[3], count.unsigned_abs() as usize, count < 0);
    if removed > 0 {
        ctx.modified(key);
        ctx.notify(NOTIFY_LIST, "lrem", key);
    }
    delete_if_emptied(ctx, key);
    ctx.dirty += removed as u64;
    Ok(Reply::from(removed))
}

// ---------------------------------------------------------------------------------------------
// Pops

fn pop(ctx: &mut Ctx, argv: &[Bytes], end: End) -> CmdResult {
    if argv.len() > 3 {
        return Err(errors::wrong_arity(&ctx.cmd.full_name));
    }
    // Unlike args::positive, a count that is not an integer gets the same message as a negative
    // one (Redis's getPositiveLongFromObjectOrReply).
    let count = match argv.get(2).map(|arg| parse_i64(arg)) {
        None => None,
        Some(Some(n)) if n >= 0 => Some(n as usize),
        Some(_) => return Err(Reply::error("ERR value is out of range, must be positive")),
    };
    let key = &argv[1];
    let Some(list) = list_to_write(ctx, key)? else {
        return Ok(if count.is_some() {
            Reply::NilArray
        } else {
            Reply::Nil
        });
    };
    match count {
        Some(0) => Ok(Reply::Array(Vec::new())),
        None => {
            let value = list.pop(end).expect("stored lists are never empty");
            popped(ctx, key, end, 1);
            Ok(Reply::Bulk(value))
        }
        Some(n) => {
            let items = pop_many(list, end, n);
            popped(ctx, key, end, items.len());
            Ok(Reply::Array(items))
        }
    }
}

fn lpop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    pop(ctx, argv, End::Head)
}

fn rpop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    pop(ctx, argv, End::Tail)
}

/// The pop of BLPOP/BRPOP/LMPOP/BLMPOP: from the first of `keys` holding a non-empty list (only
/// the ready key when re-run for a blocked client). `count` None pops one element, replying
/// `[key, element]` and replicating `LPOP key`; Some(n) pops up to n, replying
/// `[key, [elements]]` and replicating `LPOP key n`. Ok(None) when every list was empty.
fn pop_from_first(
    ctx: &mut Ctx,
    keys: &[Bytes],
    end: End,
    count: Option<usize>,
) -> Result<Option<Reply>, Reply> {
    let rerun = blocking::rerunning(ctx);
    for key in blocking::keys_to_try(ctx, keys) {
        let Some(e) = ctx.lookup_write(key) else {
            continue;
        };
        let Value::List(list) = &mut e.value else {
            if rerun {
                continue; // Redis 7.0 leaves a client blocked on a key that changed type waiting
            }
            return Err(errors::wrong_type());
        };
        if list.is_empty() {
            continue;
        }
        let (reply, n, effect) = match count {
            None => {
                let value = list.pop(end).expect("non-empty");
                (
                    Reply::Array(vec![Reply::Bulk(key.clone()), Reply::Bulk(value)]),
                    1,
                    vec![pop_name(end), key.clone()],
                )
            }
            Some(count) => {
                let items = pop_many(list, end, count);
                let n = items.len();
                let effect = vec![pop_name(end), key.clone(), Bytes::from(n.to_string())];
                (
                    Reply::Array(vec![Reply::Bulk(key.clone()), Reply::Array(items)]),
                    n,
                    effect,
                )
            }
        };
        popped(ctx, key, end, n);
        ctx.propagate_as(effect);
        return Ok(Some(reply));
    }
    Ok(None)
}

fn bpop(ctx: &mut Ctx, argv: &[Bytes], end: End) -> CmdResult {
    let timeout = blocking::parse_timeout(&argv[argv.len() - 1])?;
    let keys = &argv[1..argv.len() - 1];
    match pop_from_first(ctx, keys, end, None)? {
        Some(reply) => Ok(reply),
        None => blocking::block(ctx, argv, keys, timeout, Reply::NilArray, Reply::NilArray),
    }
}

fn blpop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    bpop(ctx, argv, End::Head)
}

fn brpop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    bpop(ctx, argv, End::Tail)
}

/// The keys of a `numkeys key [key ...]` run whose count is at `numkeys_at`, when the count is
/// valid and that many arguments follow it (otherwise the command fails before touching keys).
fn keys_after_numkeys(argv: &[Bytes], numkeys_at: usize) -> Vec<usize> {
    match argv.get(numkeys_at).and_then(|n| parse_i64(n)) {
        Some(n) if n >= 1 && (n as u64) < (argv.len() - numkeys_at) as u64 => {
            (numkeys_at + 1..=numkeys_at + n as usize).collect()
        }
        _ => Vec::new(),
    }
}

fn lmpop_keys(argv: &[Bytes]) -> Vec<usize> {
    keys_after_numkeys(argv, 1)
}

fn blmpop_keys(argv: &[Bytes]) -> Vec<usize> {
    keys_after_numkeys(argv, 2)
}

/// LMPOP/BLMPOP's `numkeys key [key ...] LEFT|RIGHT [COUNT count]` starting at `numkeys_at`:
/// the keys, the end and the count (1 by default).
fn parse_mpop(argv: &[Bytes], numkeys_at: usize) -> Result<(&[Bytes], End, usize), Reply> {
    let numkeys = match parse_i64(&argv[numkeys_at]) {
        Some(n) if n >= 1 => n as u64,
        _ => return Err(Reply::error("ERR numkeys should be greater than 0")),
    };
    let where_at = numkeys_at as u64 + numkeys + 1;
    if where_at >= argv.len() as u64 {
        return Err(errors::syntax());
    }
    let where_at = where_at as usize;
    let end = parse_end(&argv[where_at])?;
    let mut count = None;
    let mut j = where_at + 1;
    while j < argv.len() {
        if count.is_none() && args::is(&argv[j], "COUNT") && j + 1 < argv.len() {
            j += 1;
            match parse_i64(&argv[j]) {
                Some(n) if n >= 1 => count = Some(n as usize),
                _ => return Err(Reply::error("ERR count should be greater than 0")),
            }
        } else {
            return Err(errors::syntax());
        }
        j += 1;
    }
    Ok((&argv[numkeys_at + 1..where_at], end, count.unwrap_or(1)))
}

fn lmpop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (keys, end, count) = parse_mpop(argv, 1)?;
    Ok(pop_from_first(ctx, keys, end, Some(count))?.unwrap_or(Reply::NilArray))
}

fn blmpop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (keys, end, count) = parse_mpop(argv, 2)?;
    let timeout = blocking::parse_timeout(&argv[1])?;
    match pop_from_first(ctx, keys, end, Some(count))? {
        Some(reply) => Ok(reply),
        None => blocking::block(ctx, argv, keys, timeout, Reply::NilArray, Reply::NilArray),
    }
}

// ---------------------------------------------------------------------------------------------
// Moves

/// Moves one element from the `from` end of the list at `src` (known to be non-empty) to the
/// `to` end of `dst`, creating it if needed. WRONGTYPE (nothing moved) if `dst` holds another
/// type. Replies with the element.
fn move_element(ctx: &mut Ctx, src: &Bytes, dst: &Bytes, from: End, to: End) -> CmdResult {
    list_to_write(ctx, dst)?;
    let value = found_list(ctx, src)
        .pop(from)
        .expect("stored lists are never empty");
    // Push first: with src == dst the list must not be deleted while momentarily empty.
    list_or_create(ctx, dst).push(to, &value);
    ctx.modified(dst);
    ctx.notify(NOTIFY_LIST, push_event(to), dst);
    ctx.notify(NOTIFY_LIST, pop_event(from), src);
    delete_if_emptied(ctx, src);
    ctx.modified(src);
    ctx.dirty += 1;
    Ok(Reply::Bulk(value))
}

fn lmove(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let from = parse_end(&argv[3])?;
    let to = parse_end(&argv[4])?;
    if list_to_write(ctx, &argv[1])?.is_none() {
        return Ok(Reply::Nil);
    }
    move_element(ctx, &argv[1], &argv[2], from, to)
}

fn rpoplpush(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if list_to_write(ctx, &argv[1])?.is_none() {
        return Ok(Reply::Nil);
    }
    move_element(ctx, &argv[1], &argv[2], End::Tail, End::Head)
}

/// BLMOVE and BRPOPLPUSH once parsed. They replicate as LMOVE (with the direction arguments as
/// given, or `left`/`right` when a blocked client is served, as Redis does) and RPOPLPUSH.
fn blocking_move(
    ctx: &mut Ctx,
    argv: &[Bytes],
    from: End,
    to: End,
    timeout: i64,
    brpoplpush: bool,
) -> CmdResult {
    let src = &argv[1];
    let rerun = blocking::rerunning(ctx);
    let ready = match ctx.lookup_write(src) {
        None => false,
        Some(e) => match &e.value {
            Value::List(_) => true,
            _ if rerun => false, // a key that changed type leaves the client waiting
            _ => return Err(errors::wrong_type()),
        },
    };
    if !ready {
        return blocking::block(ctx, argv, &argv[1..2], timeout, Reply::NilArray, Reply::Nil);
    }
    let reply = move_element(ctx, src, &argv[2], from, to)?;
    let effect = if brpoplpush {
        vec![
            Bytes::from_static(b"RPOPLPUSH"),
            src.clone(),
            argv[2].clone(),
        ]
    } else if rerun {
        let side = |end: End| Bytes::from_static(if end == End::Head { b"left" } else { b"right" });
        vec![
            Bytes::from_static(b"LMOVE"),
            src.clone(),
            argv[2].clone(),
            side(from),
            side(to),
        ]
    } else {
        vec![
            Bytes::from_static(b"LMOVE"),
            src.clone(),
            argv[2].clone(),
            argv[3].clone(),
            argv[4].clone(),
        ]
    };
    ctx.propagate_as(effect);
    Ok(reply)
}

fn blmove(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let from = parse_end(&argv[3])?;
    let to = parse_end(&argv[4])?;
    let timeout = blocking::parse_timeout(&argv[5])?;
    blocking_move(ctx, argv, from, to, timeout, false)
}

fn brpoplpush(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let timeout = blocking::parse_timeout(&argv[3])?;
    blocking_move(ctx, argv, End::Tail, End::Head, timeout, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_clamp_like_redis() {
        assert_eq!(clamp_range(0, -1, 5), Some((0, 5)));
        assert_eq!(clamp_range(-100, 100, 5), Some((0, 5)));
        assert_eq!(clamp_range(2, 1, 5), None);
        assert_eq!(clamp_range(5, 10, 5), None);
        assert_eq!(clamp_range(-2, -1, 5), Some((3, 2)));
        assert_eq!(clamp_range(0, -6, 5), None);
        assert_eq!(clamp_range(i64::MIN, i64::MAX, 5), Some((0, 5)));
        assert_eq!(clamp_range(0, 0, 0), None);
    }

    #[test]
    fn numkeys_key_positions() {
        let argv: Vec<Bytes> = ["LMPOP", "2", "a", "b", "LEFT"]
            .iter()
            .map(|s| Bytes::from(*s))
            .collect();
        assert_eq!(lmpop_keys(&argv), vec![2, 3]);
        let bad: Vec<Bytes> = ["LMPOP", "5", "a", "LEFT"]
            .iter()
            .map(|s| Bytes::from(*s))
            .collect();
        assert!(lmpop_keys(&bad).is_empty());
        let b: Vec<Bytes> = ["BLMPOP", "0", "1", "a", "LEFT"]
            .iter()
            .map(|s| Bytes::from(*s))
            .collect();
        assert_eq!(blmpop_keys(&b), vec![3]);
    }
}
