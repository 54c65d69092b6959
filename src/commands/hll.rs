//! HyperLogLog commands: PFADD, PFCOUNT, PFMERGE and the PFDEBUG / PFSELFTEST internals.
//!
//! A sketch is an ordinary string value holding Redis's exact bytes (see `crate::types::hll`),
//! so TYPE says string and GET/SET/DUMP move sketches between Respite and Redis unchanged.

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::HYPERLOGLOG;
use super::{CmdResult, Command, Ctx};
use crate::config::NOTIFY_STRING;
use crate::db::Value;
use crate::protocol::Reply;
use crate::types::hll::{self, Encoding, Registers};
use crate::types::string::Str;
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[
    Command::new("pfadd", -2, WRITE | DENYOOM | FAST, pfadd)
        .keys(1, 1, 1)
        .acl(HYPERLOGLOG)
        .doc("hyperloglog", "2.8.9", "Adds elements to a HyperLogLog key, creating the key if needed.")
        .complexity("O(1) to add every element.")
        .syntax("key [element [element ...]]"),
    // Read-only, but a single-key count stores the computed cardinality in the value's header
    // and that write is replicated (Redis's may_replicate).
    Command::new("pfcount", -2, READONLY | MAY_REPLICATE, pfcount)
        .keys(1, -1, 1)
        .acl(HYPERLOGLOG)
        .doc("hyperloglog", "2.8.9", "Returns the approximate number of distinct elements seen by one HyperLogLog, or by the union of several.")
        .complexity("O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.")
        .syntax("key [key ...]"),
    Command::new("pfmerge", -2, WRITE | DENYOOM, pfmerge)
        .keys(1, -1, 1)
        .acl(HYPERLOGLOG)
        .doc("hyperloglog", "2.8.9", "Stores the union of several HyperLogLogs in a key.")
        .complexity("O(N) to merge N HyperLogLogs, but with high constant times.")
        .syntax("destkey sourcekey [sourcekey ...]"),
    Command::new("pfdebug", 3, WRITE | DENYOOM | ADMIN, pfdebug)
        .keys(2, 2, 1)
        .acl(HYPERLOGLOG)
        .doc("hyperloglog", "2.8.9", "Internal command to inspect or convert the representation of a HyperLogLog.")
        .complexity("N/A")
        .syntax("subcommand key"),
    Command::new("pfselftest", 1, ADMIN, pfselftest)
        .acl(HYPERLOGLOG)
        .doc("hyperloglog", "2.8.9", "Internal command that checks the HyperLogLog implementation.")
        .complexity("N/A"),
];

fn not_a_sketch() -> Reply {
    Reply::error("WRONGTYPE Key is not a valid HyperLogLog string value.")
}

fn corrupt() -> Reply {
    Reply::error("INVALIDOBJ Corrupted HLL object detected")
}

/// The sketch's bytes, read-only, with its encoding; WRONGTYPE errors for other values.
/// (Integer-encoded strings are never sketches, as in Redis.)
fn sketch(value: &Value) -> Result<(&[u8], Encoding), Reply> {
    let bytes: &[u8] = match value {
        Value::String(s) => s.as_bytes().ok_or_else(not_a_sketch)?,
        _ => return Err(errors::wrong_type()),
    };
    let encoding = hll::encoding_of(bytes).ok_or_else(not_a_sketch)?;
    Ok((bytes, encoding))
}

/// The sketch's bytes for changing in place (the value becomes a `raw` string, like Redis's
/// dbUnshareStringValue).
fn sketch_mut(value: &mut Value) -> Result<&mut Vec<u8>, Reply> {
    sketch(value)?;
    match value {
        Value::String(s) => Ok(s.make_mut()),
        _ => unreachable!("checked by sketch()"),
    }
}

fn sparse_max_bytes(ctx: &Ctx) -> usize {
    ctx.server.config.read().hll_sparse_max_bytes
}

/// Creates `key` holding an empty sketch unless it exists; true when created.
fn create_if_missing(ctx: &mut Ctx, key: &Bytes) -> bool {
    if ctx.exists(key) {
        return false;
    }
    ctx.add(key, Value::String(Str::Mut(hll::new_sparse())));
    true
}

fn pfadd(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let max_bytes = sparse_max_bytes(ctx);
    let mut changes = u64::from(create_if_missing(ctx, key));
    let entry = ctx.lookup(key).expect("present");
    let bytes = sketch_mut(&mut entry.value)?;
    for element in &argv[2..] {
        // A corrupt sketch keeps what was changed before the error, unannounced, as in Redis.
        if hll::add(bytes, element, max_bytes).map_err(|_| corrupt())? {
            changes += 1;
        }
    }
    if changes == 0 {
        return Ok(Reply::Int(0));
    }
    hll::invalidate_cache(bytes);
    ctx.written(key, NOTIFY_STRING, "pfadd");
    // Redis counts one change per register raised (plus the creation).
    ctx.dirty += changes - 1;
    Ok(Reply::Int(1))
}

fn pfcount(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() > 2 {
        // The union's estimate; nothing is written.
        let mut union = Registers::default();
        for key in &argv[1..] {
            let Some(entry) = ctx.lookup_read(key) else {
                continue;
            };
            let (bytes, _) = sketch(&entry.value)?;
            union.merge(bytes).map_err(|_| corrupt())?;
        }
        return Ok(Reply::Int(union.count() as i64));
    }
    let key = &argv[1];
    let Some(entry) = ctx.lookup_read(key) else {
        return Ok(Reply::Int(0));
    };
    let bytes = sketch_mut(&mut entry.value)?;
    if let Some(card) = hll::cached_cardinality(bytes) {
        return Ok(Reply::Int(card as i64));
    }
    let card = hll::count(bytes).map_err(|_| corrupt())?;
    hll::store_cardinality(bytes, card);
    // Caching the result changes the value: replicate it and invalidate WATCH, without a
    // keyspace event (Redis does the same).
    ctx.dirty += 1;
    ctx.modified(key);
    Ok(Reply::Int(card as i64))
}

fn pfmerge(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut union = Registers::default();
    let mut any_dense = false;
    // The destination is also a source (argv[1..]), so it is type-checked here too.
    for key in &argv[1..] {
        let Some(entry) = ctx.lookup_read(key) else {
            continue;
        };
        let (bytes, encoding) = sketch(&entry.value)?;
        any_dense |= encoding == Encoding::Dense;
        union.merge(bytes).map_err(|_| corrupt())?;
    }
    let dest = &argv[1];
    let max_bytes = sparse_max_bytes(ctx);
    create_if_missing(ctx, dest);
    let entry = ctx.lookup(dest).expect("present");
    let bytes = sketch_mut(&mut entry.value)?;
    // A dense input makes the result dense; otherwise it stays sparse until a register
    // forces the usual promotion.
    if any_dense {
        hll::to_dense(bytes).map_err(|_| corrupt())?;
    }
    for (register, value) in union.nonzero() {
        hll::set_register(bytes, register, value, max_bytes).map_err(|_| corrupt())?;
    }
    hll::invalidate_cache(bytes);
    // Redis announces a merge as "pfadd" too: it is a bulk add.
    ctx.written(dest, NOTIFY_STRING, "pfadd");
    Ok(Reply::Ok)
}

fn pfdebug(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let sub = &argv[1];
    let Some(entry) = ctx.lookup(&argv[2]) else {
        return Err(Reply::error("ERR The specified key does not exist"));
    };
    let bytes = sketch_mut(&mut entry.value)?;
    let sparse = hll::encoding_of(bytes) == Some(Encoding::Sparse);
    if args::is(sub, "GETREG") {
        if sparse {
            hll::to_dense(bytes).map_err(|_| corrupt())?;
        }
        let registers = hll::dense_registers(bytes)
            .map(|r| Reply::Int(i64::from(r)))
            .collect();
        if sparse {
            // The encoding changed: propagate it (no keyspace event, as in Redis).
            ctx.dirty += 1;
        }
        Ok(Reply::Array(registers))
    } else if args::is(sub, "DECODE") {
        if !sparse {
            return Err(Reply::error("ERR HLL encoding is not sparse"));
        }
        Ok(Reply::bulk(hll::decode_sparse(bytes)))
    } else if args::is(sub, "ENCODING") {
        let encoding = if sparse {
            Encoding::Sparse
        } else {
            Encoding::Dense
        };
        Ok(Reply::status(encoding.name()))
    } else if args::is(sub, "TODENSE") {
        if !sparse {
            return Ok(Reply::Int(0));
        }
        hll::to_dense(bytes).map_err(|_| corrupt())?;
        ctx.dirty += 1;
        Ok(Reply::Int(1))
    } else {
        Err(Reply::error(format!(
            "ERR Unknown PFDEBUG subcommand '{}'",
            args::text(sub)
        )))
    }
}

fn pfselftest(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let max_bytes = sparse_max_bytes(ctx);
    hll::self_test(max_bytes).map_err(Reply::error)?;
    Ok(Reply::Ok)
}
