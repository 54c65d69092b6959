//! Hash commands.

use super::args::{self, ScanOptions};
use super::errors;
use super::flags::*;
use super::table::acl::HASH;
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_HASH};
use crate::db::Value;
use crate::protocol::{Reply, Resp};
use crate::types::hash::{Hash, ListpackLimits};
use crate::util::numbers::{parse_i64, LongDouble};
use bytes::Bytes;
use rand::Rng;
use std::collections::HashSet;

pub static COMMANDS: &[Command] = &[
    Command::new("hdel", -3, WRITE | FAST, hdel)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Removes fields from a hash; the key goes away with its last field.")
        .complexity("O(N) where N is the number of fields to be removed.")
        .syntax("key field [field ...]"),
    Command::new("hexists", 3, READONLY | FAST, hexists)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Tells whether a hash has a field.")
        .complexity("O(1)")
        .syntax("key field"),
    Command::new("hget", 3, READONLY | FAST, hget)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Returns the value of one field of a hash.")
        .complexity("O(1)")
        .syntax("key field"),
    Command::new("hgetall", 2, READONLY, hgetall)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Returns every field of a hash with its value.")
        .complexity("O(N) where N is the size of the hash.")
        .syntax("key"),
    Command::new("hincrby", 4, WRITE | DENYOOM | FAST, hincrby)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Adds an integer to the integer value of a hash field (a missing field counts as 0).")
        .complexity("O(1)")
        .syntax("key field increment"),
    Command::new("hincrbyfloat", 4, WRITE | DENYOOM | FAST, hincrbyfloat)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.6.0", "Adds a floating point number to the numeric value of a hash field (a missing field counts as 0).")
        .complexity("O(1)")
        .syntax("key field increment"),
    Command::new("hkeys", 2, READONLY, hkeys)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Returns the field names of a hash.")
        .complexity("O(N) where N is the size of the hash.")
        .syntax("key"),
    Command::new("hlen", 2, READONLY | FAST, hlen)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Returns how many fields a hash has.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("hmget", -3, READONLY | FAST, hmget)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Returns the values of several hash fields (nil for missing ones).")
        .complexity("O(N) where N is the number of fields being requested.")
        .syntax("key field [field ...]"),
    Command::new("hmset", -4, WRITE | DENYOOM | FAST, hset)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Sets several hash fields at once and replies OK (deprecated: HSET does the same and counts the new fields).")
        .complexity("O(N) where N is the number of fields being set.")
        .syntax("key field value [field value ...]"),
    Command::new("hrandfield", -2, READONLY, hrandfield)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "6.2.0", "Returns random fields of a hash, optionally with their values; a negative count allows repeats.")
        .complexity("O(N) where N is the number of fields returned")
        .syntax("key [count [WITHVALUES]]"),
    Command::new("hscan", -3, READONLY, hscan)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.8.0", "Walks the fields and values of a hash a batch at a time using a cursor.")
        .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.")
        .syntax("key cursor [MATCH pattern] [COUNT count]"),
    Command::new("hset", -4, WRITE | DENYOOM | FAST, hset)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Sets hash fields, creating the hash if needed; replies with the number of new fields.")
        .complexity("O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.")
        .syntax("key field value [field value ...]"),
    Command::new("hsetnx", 4, WRITE | DENYOOM | FAST, hsetnx)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Sets a hash field only if the hash does not have it yet.")
        .complexity("O(1)")
        .syntax("key field value"),
    Command::new("hstrlen", 3, READONLY | FAST, hstrlen)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "3.2.0", "Returns the length in bytes of a hash field's value (0 when missing).")
        .complexity("O(1)")
        .syntax("key field"),
    Command::new("hvals", 2, READONLY, hvals)
        .keys(1, 1, 1)
        .acl(HASH)
        .doc("hash", "2.0.0", "Returns the values of a hash.")
        .complexity("O(N) where N is the size of the hash.")
        .syntax("key"),
];

/// The compact-encoding limits, read from the config at the time of the write.
fn listpack_limits(ctx: &Ctx) -> ListpackLimits {
    let config = ctx.server.config.read();
    ListpackLimits {
        max_entries: config.hash_max_listpack_entries,
        max_value: config.hash_max_listpack_value,
    }
}

/// The hash at `key` for a read (counts a keyspace hit or miss): None when missing.
fn read_hash<'x>(ctx: &'x mut Ctx, key: &[u8]) -> Result<Option<&'x mut Hash>, Reply> {
    ctx.read(key)
}

/// The hash at `key` for a write: None when missing.
fn write_hash<'x>(ctx: &'x mut Ctx, key: &[u8]) -> Result<Option<&'x mut Hash>, Reply> {
    ctx.write(key)
}

/// The hash at `key`, created empty (compact) when missing.
fn hash_or_create<'x>(ctx: &'x mut Ctx, key: &Bytes) -> Result<&'x mut Hash, Reply> {
    if write_hash(ctx, key)?.is_none() {
        ctx.add(key, Value::Hash(Hash::new()));
    }
    Ok(write_hash(ctx, key)?.expect("created above"))
}

/// HSET and HMSET: the same write, different replies.
fn hset(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() % 2 == 1 {
        return Err(errors::wrong_arity(&ctx.cmd.full_name));
    }
    let limits = listpack_limits(ctx);
    let key = &argv[1];
    let hash = hash_or_create(ctx, key)?;
    let created = argv[2..]
        .chunks(2)
        .filter(|pair| hash.set(&pair[0], &pair[1], limits))
        .count();
    ctx.written(key, NOTIFY_HASH, "hset");
    ctx.dirty += (argv.len() as u64 - 2) / 2 - 1;
    Ok(if ctx.cmd.full_name == "hmset" {
        Reply::Ok
    } else {
        Reply::from(created)
    })
}

fn hsetnx(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let limits = listpack_limits(ctx);
    let hash = hash_or_create(ctx, &argv[1])?;
    if hash.contains(&argv[2]) {
        return Ok(Reply::Int(0));
    }
    hash.set(&argv[2], &argv[3], limits);
    ctx.written(&argv[1], NOTIFY_HASH, "hset");
    Ok(Reply::Int(1))
}

fn hget(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let value = read_hash(ctx, &argv[1])?.and_then(|h| h.get(&argv[2]).map(Bytes::copy_from_slice));
    Ok(Reply::opt_bulk(value))
}

fn hmget(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let hash = read_hash(ctx, &argv[1])?;
    let hash = hash.as_deref();
    let values = argv[2..]
        .iter()
        .map(|f| Reply::opt_bulk(hash.and_then(|h| h.get(f)).map(Bytes::copy_from_slice)));
    Ok(Reply::Array(values.collect()))
}

fn hdel(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let Some(hash) = write_hash(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let mut deleted = 0;
    for field in &argv[2..] {
        if hash.remove(field) {
            deleted += 1;
            if hash.is_empty() {
                break;
            }
        }
    }
    let emptied = hash.is_empty();
    if emptied {
        ctx.delete(key);
    }
    if deleted > 0 {
        ctx.written(key, NOTIFY_HASH, "hdel");
        ctx.dirty += deleted - 1;
        if emptied {
            ctx.notify(NOTIFY_GENERIC, "del", key);
        }
    }
    Ok(Reply::Int(deleted as i64))
}

fn hlen(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(
        read_hash(ctx, &argv[1])?.map_or(0, |h| h.len()),
    ))
}

fn hstrlen(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(
        read_hash(ctx, &argv[1])?
            .and_then(|h| h.get(&argv[2]))
            .map_or(0, |v| v.len()),
    ))
}

fn hexists(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(
        read_hash(ctx, &argv[1])?.is_some_and(|h| h.contains(&argv[2])),
    ))
}

fn bulk(data: &[u8]) -> Reply {
    Reply::Bulk(Bytes::copy_from_slice(data))
}

fn hkeys(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let hash = read_hash(ctx, &argv[1])?;
    Ok(Reply::Array(hash.map_or_else(Vec::new, |h| {
        h.iter().map(|(f, _)| bulk(f)).collect()
    })))
}

fn hvals(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let hash = read_hash(ctx, &argv[1])?;
    Ok(Reply::Array(hash.map_or_else(Vec::new, |h| {
        h.iter().map(|(_, v)| bulk(v)).collect()
    })))
}

fn hgetall(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let hash = read_hash(ctx, &argv[1])?;
    Ok(Reply::Map(hash.map_or_else(Vec::new, |h| {
        h.iter().map(|(f, v)| (bulk(f), bulk(v))).collect()
    })))
}

fn hincrby(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let incr = args::int(&argv[3])?;
    let limits = listpack_limits(ctx);
    let hash = hash_or_create(ctx, &argv[1])?;
    let current = match hash.get(&argv[2]) {
        Some(v) => parse_i64(v).ok_or_else(|| Reply::error("ERR hash value is not an integer"))?,
        None => 0,
    };
    let value = current.checked_add(incr).ok_or_else(errors::overflow)?;
    hash.set(
        &argv[2],
        itoa::Buffer::new().format(value).as_bytes(),
        limits,
    );
    ctx.written(&argv[1], NOTIFY_HASH, "hincrby");
    Ok(Reply::Int(value))
}

fn hincrbyfloat(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let incr = LongDouble::parse(&argv[3]).ok_or_else(errors::not_float)?;
    if incr.is_nan() || incr.is_infinite() {
        return Err(Reply::error("ERR value is NaN or Infinity"));
    }
    let limits = listpack_limits(ctx);
    let hash = hash_or_create(ctx, &argv[1])?;
    let current = match hash.get(&argv[2]) {
        Some(v) => {
            LongDouble::parse(v).ok_or_else(|| Reply::error("ERR hash value is not a float"))?
        }
        None => LongDouble::from_i64(0),
    };
    let value = current.add(incr);
    if value.is_nan() || value.is_infinite() {
        return Err(Reply::error("ERR increment would produce NaN or Infinity"));
    }
    let text = Bytes::from(value.to_human_string());
    hash.set(&argv[2], &text, limits);
    ctx.written(&argv[1], NOTIFY_HASH, "hincrbyfloat");
    // Replicas and the AOF get the result, so float formatting can never make them diverge.
    ctx.propagate_as(vec![
        Bytes::from_static(b"HSET"),
        argv[1].clone(),
        argv[2].clone(),
        text.clone(),
    ]);
    Ok(Reply::Bulk(text))
}

fn hrandfield(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() >= 3 {
        let count = args::int(&argv[2])?;
        if count == i64::MIN {
            return Err(Reply::error(format!(
                "ERR value is out of range, value must between {} and {}",
                -i64::MAX,
                i64::MAX
            )));
        }
        let withvalues = argv.len() == 4;
        if argv.len() > 4 || (withvalues && !args::is(&argv[3], "WITHVALUES")) {
            return Err(errors::syntax());
        }
        // Twice the count of replies must stay addressable.
        if withvalues && !(-(i64::MAX / 2)..=i64::MAX / 2).contains(&count) {
            return Err(Reply::error("ERR value is out of range"));
        }
        return hrandfield_with_count(ctx, &argv[1], count, withvalues);
    }
    let Some(hash) = read_hash(ctx, &argv[1])? else {
        return Ok(Reply::Nil);
    };
    let field = hash
        .random_pair(&mut rand::thread_rng())
        .map(|(f, _)| Bytes::copy_from_slice(f));
    Ok(Reply::opt_bulk(field))
}

/// Multiplier below which HRANDFIELD copies the hash and drops random fields instead of
/// drawing random ones until it has enough distinct ones.
const HRANDFIELD_SUB_STRATEGY_MUL: u64 = 3;

/// HRANDFIELD with a count, with Redis's four strategies so that the work stays O(count):
/// repeats allowed; the whole hash; most of the hash (copy, then drop random fields); a few
/// fields of a big hash (draw distinct ones).
fn hrandfield_with_count(ctx: &mut Ctx, key: &[u8], count: i64, withvalues: bool) -> CmdResult {
    let nested = withvalues && ctx.client.resp == Resp::V3;
    let Some(hash) = read_hash(ctx, key)? else {
        return Ok(Reply::Array(Vec::new()));
    };
    let (n, unique) = (count.unsigned_abs(), count >= 0);
    let mut out = Vec::with_capacity(n.min(hash.len() as u64 * 2 + 16) as usize);
    let mut emit = |f: &[u8], v: &[u8]| {
        if nested {
            out.push(Reply::Array(vec![bulk(f), bulk(v)]));
        } else {
            out.push(bulk(f));
            if withvalues {
                out.push(bulk(v));
            }
        }
    };
    let rng = &mut rand::thread_rng();
    let size = hash.len() as u64;
    if n == 0 {
        // nothing to pick
    } else if !unique || n == 1 {
        if hash.is_packed() {
            // Random access into the packed buffer is a scan: index it once.
            let pairs: Vec<(&[u8], &[u8])> = hash.iter().collect();
            for _ in 0..n {
                let (f, v) = pairs[rng.gen_range(0..pairs.len())];
                emit(f, v);
            }
        } else {
            for _ in 0..n {
                let (f, v) = hash.random_pair(rng).expect("hashes are never empty");
                emit(f, v);
            }
        }
    } else if n >= size {
        hash.iter().for_each(|(f, v)| emit(f, v));
    } else if n * HRANDFIELD_SUB_STRATEGY_MUL > size {
        let mut pairs: Vec<(&[u8], &[u8])> = hash.iter().collect();
        while pairs.len() as u64 > n {
            pairs.swap_remove(rng.gen_range(0..pairs.len()));
        }
        pairs.into_iter().for_each(|(f, v)| emit(f, v));
    } else if let Some(pairs) = hash.packed_random_distinct(n as usize, rng) {
        pairs.into_iter().for_each(|(f, v)| emit(f, v));
    } else {
        let mut picked: HashSet<&[u8]> = HashSet::with_capacity(n as usize);
        while (picked.len() as u64) < n {
            let (f, v) = hash.random_pair(rng).expect("hashes are never empty");
            if picked.insert(f) {
                emit(f, v);
            }
        }
    }
    Ok(Reply::Array(out))
}

/// The reply of the SCAN family: the next cursor and the elements.
pub(super) fn scan_reply(cursor: u64, items: Vec<Reply>) -> Reply {
    Reply::Array(vec![
        Reply::Bulk(crate::util::numbers::u64_to_bytes(cursor)),
        Reply::Array(items),
    ])
}

fn hscan(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut cursor = args::scan_cursor(&argv[2])?;
    let Some(hash) = read_hash(ctx, &argv[1])? else {
        return Ok(scan_reply(0, Vec::new()));
    };
    let opts = ScanOptions::parse(&argv[3..], false, true)?;
    let mut pairs: Vec<(Bytes, Bytes)> = Vec::new();
    if hash.is_packed() {
        cursor = hash.scan(cursor, |f, v| {
            pairs.push((Bytes::copy_from_slice(f), Bytes::copy_from_slice(v)))
        });
    } else {
        // As Redis: stop at COUNT pairs, or after visiting ten times COUNT buckets.
        let mut budget = opts.count * 10;
        loop {
            cursor = hash.scan(cursor, |f, v| {
                pairs.push((Bytes::copy_from_slice(f), Bytes::copy_from_slice(v)))
            });
            if cursor == 0 || budget == 0 || pairs.len() >= opts.count {
                break;
            }
            budget -= 1;
        }
    }
    let mut items = Vec::with_capacity(pairs.len() * 2);
    for (f, v) in pairs.into_iter().filter(|(f, _)| opts.matches(f)) {
        items.push(Reply::Bulk(f));
        if !opts.novalues {
            items.push(Reply::Bulk(v));
        }
    }
    Ok(scan_reply(cursor, items))
}
