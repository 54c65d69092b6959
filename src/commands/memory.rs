//! MEMORY: per-key usage estimates and the server's memory breakdown. The accounting itself
//! (the counting allocator, the breakdown, the doctor's report) is in `crate::server::memory`.

use super::flags::*;
use super::introspection::help_reply;
use super::{args, errors, CmdResult, Command, Ctx};
use crate::protocol::Reply;
use crate::server::memory::{self, MemoryOverhead};
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[Command::container("memory", MEMORY)
    .doc(
        "server",
        "4.0.0",
        "Subcommands that report on the server's memory use.",
    )
    .complexity("Depends on subcommand.")];

static MEMORY: &[Command] = &[
    Command::new("doctor", 2, 0, memory_doctor)
        .doc(
            "server",
            "4.0.0",
            "Reports memory problems and advice on them.",
        )
        .complexity("O(1)"),
    Command::new("help", 2, LOADING | STALE, memory_help)
        .doc("server", "4.0.0", "Describes the MEMORY subcommands.")
        .complexity("O(1)"),
    Command::new("malloc-stats", 2, 0, memory_malloc_stats)
        .doc(
            "server",
            "4.0.0",
            "Reports the allocator's internal statistics.",
        )
        .complexity("Depends on how much memory is allocated, could be slow"),
    Command::new("purge", 2, 0, memory_purge)
        .doc(
            "server",
            "4.0.0",
            "Asks the allocator to give unused memory back to the system.",
        )
        .complexity("Depends on how much memory is allocated, could be slow"),
    // ALL_SHARDS: the per-database figures read every shard, under the dispatcher's locks
    // (also inside EXEC, where taking a shard lock of our own could deadlock).
    Command::new("stats", 2, ALL_SHARDS, memory_stats)
        .doc(
            "server",
            "4.0.0",
            "Reports how the server's memory is used.",
        )
        .complexity("O(1)"),
    Command::new("usage", -3, READONLY, memory_usage)
        .keys(2, 2, 1)
        .doc(
            "server",
            "4.0.0",
            "Estimates the bytes a key and its value occupy.",
        )
        .complexity("O(N) where N is the number of samples.")
        .syntax("key [SAMPLES count]"),
];

const MEMORY_HELP: &[&str] = &[
    "DOCTOR",
    "    Return memory problems reports.",
    "MALLOC-STATS",
    "    Return internal statistics report from the memory allocator.",
    "PURGE",
    "    Attempt to purge dirty pages for reclamation by the allocator.",
    "STATS",
    "    Return information about the memory usage of the server.",
    "USAGE <key> [SAMPLES <count>]",
    "    Return memory in bytes used by <key> and its value. Nested values are",
    "    sampled up to <count> times (default: 5, 0 means sample all).",
];

fn memory_help(_ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(help_reply(&argv[0], MEMORY_HELP))
}

/// MEMORY USAGE key [SAMPLES count]. Options are checked before the key, as Redis does. The
/// estimate is computed over every element, so the sample count only has to be valid.
fn memory_usage(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut rest = argv[3..].iter();
    while let Some(opt) = rest.next() {
        match rest.as_slice().first() {
            Some(count) if args::is(opt, "SAMPLES") => {
                if args::int(count)? < 0 {
                    return Err(errors::syntax());
                }
                rest.next();
            }
            _ => return Err(errors::syntax()),
        }
    }
    let key = &argv[2];
    // A plain table lookup, as Redis's: no expiry, no keyspace hit/miss, no LRU update.
    match ctx.shard(key).keys.get(&key[..]) {
        Some(entry) => Ok(Reply::Int(memory::key_memory_usage(key, entry) as i64)),
        None => Ok(Reply::Nil),
    }
}

/// MEMORY STATS: Redis's fields, in its order.
fn memory_stats(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let shards = (0..ctx.server.keyspace.shard_count()).filter_map(|i| ctx.locks.get(i));
    let dbs = memory::db_overheads(shards);
    let m = MemoryOverhead::compute(ctx.server, dbs);
    let int = |n: usize| Reply::Int(n as i64);
    let ratio = |r: f32| Reply::Double(r as f64);
    let mut fields: Vec<(&str, Reply)> = vec![
        ("peak.allocated", int(m.peak_allocated)),
        ("total.allocated", int(m.total_allocated)),
        ("startup.allocated", int(m.startup_allocated)),
        ("replication.backlog", int(m.repl_backlog)),
        ("clients.slaves", int(m.clients_slaves)),
        ("clients.normal", int(m.clients_normal)),
        ("cluster.links", int(m.cluster_links)),
        ("aof.buffer", int(m.aof_buffer)),
        ("lua.caches", int(m.lua_caches)),
        ("functions.caches", int(m.functions_caches)),
    ];
    let db_names: Vec<String> = m.dbs.iter().map(|d| format!("db.{}", d.db)).collect();
    for (d, name) in m.dbs.iter().zip(&db_names) {
        let table = Reply::Map(vec![
            (Reply::bulk_str("overhead.hashtable.main"), int(d.main)),
            (
                Reply::bulk_str("overhead.hashtable.expires"),
                int(d.expires),
            ),
            (Reply::bulk_str("overhead.hashtable.slot-to-keys"), int(0)),
        ]);
        fields.push((name, table));
    }
    fields.extend([
        ("overhead.total", int(m.overhead_total)),
        ("keys.count", int(m.total_keys)),
        ("keys.bytes-per-key", int(m.bytes_per_key)),
        ("dataset.bytes", int(m.dataset)),
        ("dataset.percentage", ratio(m.dataset_perc)),
        ("peak.percentage", ratio(m.peak_perc)),
        ("allocator.allocated", int(m.allocator_allocated)),
        ("allocator.active", int(m.allocator_active)),
        ("allocator.resident", int(m.allocator_resident)),
        ("allocator-fragmentation.ratio", ratio(m.allocator_frag)),
        (
            "allocator-fragmentation.bytes",
            Reply::Int(m.allocator_frag_bytes),
        ),
        ("allocator-rss.ratio", ratio(m.allocator_rss)),
        ("allocator-rss.bytes", Reply::Int(m.allocator_rss_bytes)),
        ("rss-overhead.ratio", ratio(m.rss_extra)),
        ("rss-overhead.bytes", Reply::Int(m.rss_extra_bytes)),
        // The total RSS overhead, fragmentation included (kept by Redis for compatibility).
        ("fragmentation", ratio(m.total_frag)),
        ("fragmentation.bytes", Reply::Int(m.total_frag_bytes)),
    ]);
    Ok(Reply::Map(
        fields
            .into_iter()
            .map(|(k, v)| (Reply::bulk_str(k), v))
            .collect(),
    ))
}

fn memory_doctor(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    // The doctor looks at totals and clients only, not at the per-database tables.
    let report = MemoryOverhead::compute(ctx.server, Vec::new()).doctor_report();
    Ok(Reply::Verbatim("txt", Bytes::from(report)))
}

fn memory_malloc_stats(_ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::Verbatim(
        "txt",
        Bytes::from(memory::malloc_stats_text()),
    ))
}

fn memory_purge(_ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    if memory::purge() {
        Ok(Reply::Ok)
    } else {
        Err(Reply::error("ERR Error purging dirty pages"))
    }
}
