//! Server commands: databases, CLIENT, CONFIG, INFO, COMMAND, DEBUG and friends.

use super::args;
use super::flags::*;
use super::table::acl::KEYSPACE;
use super::{CmdResult, Command, Ctx};
use crate::protocol::Reply;
use crate::server::client::{client_flags, KIND_REPLICA};
use crate::server::{clock, Server};
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] = &[
    Command::new("dbsize", 1, READONLY | FAST | ALL_SHARDS, dbsize)
        .acl(KEYSPACE)
        .doc("server", "1.0.0", "Counts the keys in the selected database.")
        .complexity("O(1)"),
    Command::new("flushall", -1, WRITE | ALL_SHARDS, flushall)
        .acl(KEYSPACE | super::acl::DANGEROUS)
        .doc("server", "1.0.0", "Deletes every key in every database.")
        .complexity("O(N) where N is the total number of keys in all databases")
        .syntax("[ASYNC | SYNC]"),
    Command::new("flushdb", -1, WRITE | ALL_SHARDS, flushdb)
        .acl(KEYSPACE | super::acl::DANGEROUS)
        .doc("server", "1.0.0", "Deletes every key in the selected database.")
        .complexity("O(N) where N is the number of keys in the selected database")
        .syntax("[ASYNC | SYNC]"),
    Command::new("info", -1, LOADING | STALE | SENTINEL, info)
        .acl(super::acl::DANGEROUS)
        .doc("server", "1.0.0", "Reports server state and statistics, by section.")
        .complexity("O(1)")
        .syntax("[section [section ...]]"),
    Command::new("time", 1, LOADING | STALE | FAST, time)
        .doc("server", "2.6.0", "Replies with the server clock as seconds and microseconds.")
        .complexity("O(1)"),
    Command::new("lastsave", 1, LOADING | STALE | FAST, lastsave)
        .acl(super::acl::ADMIN | super::acl::DANGEROUS)
        .doc("server", "1.0.0", "Tells the Unix time of the most recent successful snapshot.")
        .complexity("O(1)"),
    Command::new("shutdown", -1, ADMIN | NOSCRIPT | LOADING | STALE | NO_MULTI | SENTINEL | ALLOW_BUSY, shutdown)
        .doc("server", "1.0.0", "Stops the server, or cancels a pending shutdown with ABORT.")
        .complexity(
            "O(N) when saving, where N is the total number of keys in all databases when saving data, otherwise O(1)",
        )
        .syntax("[NOSAVE | SAVE] [NOW] [FORCE] [ABORT]"),
    Command::new("monitor", 1, ADMIN | NOSCRIPT | LOADING | STALE, monitor)
        .doc("server", "1.0.0", "Streams every command the server receives to this connection."),
];

fn dbsize(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let db = ctx.db_index();
    let n: usize = ctx
        .locks
        .iter_mut()
        .map(|(_, s)| s.dbs[db].keys.len())
        .sum();
    Ok(Reply::from(n))
}

/// Parses FLUSHALL/FLUSHDB's optional ASYNC|SYNC.
fn flush_mode(argv: &[Bytes]) -> Result<(), Reply> {
    match argv.len() {
        1 => Ok(()),
        2 if args::is(&argv[1], "ASYNC") || args::is(&argv[1], "SYNC") => Ok(()),
        _ => Err(super::errors::syntax()),
    }
}

fn flushall(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    flush_mode(argv)?;
    let mut removed = 0u64;
    for (_, shard) in ctx.locks.iter_mut() {
        for db in 0..shard.dbs.len() {
            shard.touch_all_watched(db, None);
            removed += shard.dbs[db].clear().len() as u64;
        }
    }
    ctx.dirty += removed.max(1);
    ctx.server.tracking.invalidate_all(ctx.server);
    Ok(Reply::Ok)
}

fn flushdb(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    flush_mode(argv)?;
    let db = ctx.db_index();
    let mut removed = 0u64;
    for (_, shard) in ctx.locks.iter_mut() {
        shard.touch_all_watched(db, None);
        removed += shard.dbs[db].clear().len() as u64;
    }
    ctx.dirty += removed.max(1);
    ctx.server.tracking.invalidate_all(ctx.server);
    Ok(Reply::Ok)
}

fn info(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let selection = super::info::Selection::parse(&argv[1..]);
    let text = super::info::info_text(ctx.server, &selection);
    Ok(Reply::Verbatim("txt", Bytes::from(text)))
}

fn time(_ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let now = clock::now_us();
    Ok(Reply::Array(vec![
        Reply::bulk_str(&(now / 1_000_000).to_string()),
        Reply::bulk_str(&(now % 1_000_000).to_string()),
    ]))
}

fn lastsave(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::Int(ctx.server.lastsave.load(Relaxed)))
}

/// SHUTDOWN's options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShutdownFlags {
    pub save: bool,
    pub nosave: bool,
    pub now: bool,
    pub force: bool,
}

impl ShutdownFlags {
    /// The behaviour `shutdown-on-sigterm` / `shutdown-on-sigint` ask for (`default`, or any of
    /// `save`, `nosave`, `now`, `force`).
    pub fn from_config(value: &str) -> ShutdownFlags {
        let mut flags = ShutdownFlags::default();
        for word in value.split_whitespace() {
            match word {
                "save" => flags.save = true,
                "nosave" => flags.nosave = true,
                "now" => flags.now = true,
                "force" => flags.force = true,
                _ => {}
            }
        }
        flags
    }
}

/// The shutdown sequence shared by SHUTDOWN and SIGTERM/SIGINT (Redis's prepareForShutdown and
/// finishShutdown): with no replicas to wait for, it finishes at once.
pub fn shutdown_server(server: &Server, flags: ShutdownFlags) -> Result<(), Reply> {
    tracing::warn!("User requested shutdown...");
    let (pidfile, has_save_points) = {
        let config = server.config.read();
        (config.pidfile.clone(), !config.save.is_empty())
    };
    // Redis writes a final snapshot here (with `save` points and no NOSAVE, or with SAVE) and,
    // unless FORCE, stays up when that fails. This is where persistence hooks in.
    if flags.save || (has_save_points && !flags.nosave) {
        tracing::info!("Not saving a final RDB snapshot: Respite does not persist data yet.");
    }
    if !pidfile.is_empty() {
        tracing::info!("Removing the pid file.");
        let _ = std::fs::remove_file(&pidfile);
    }
    tracing::warn!("Redis is now ready to exit, bye bye...");
    server.request_shutdown();
    Ok(())
}

fn shutdown(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut flags = ShutdownFlags::default();
    let mut abort = false;
    for arg in &argv[1..] {
        if args::is(arg, "NOSAVE") {
            flags.nosave = true;
        } else if args::is(arg, "SAVE") {
            flags.save = true;
        } else if args::is(arg, "NOW") {
            flags.now = true;
        } else if args::is(arg, "FORCE") {
            flags.force = true;
        } else if args::is(arg, "ABORT") {
            abort = true;
        } else {
            return Err(super::errors::syntax());
        }
    }
    if (abort && flags != ShutdownFlags::default()) || (flags.save && flags.nosave) {
        return Err(super::errors::syntax());
    }
    if abort {
        // A shutdown here never waits (no replicas to let catch up), so none is ever pending.
        return Err(Reply::error("ERR No shutdown in progress."));
    }
    shutdown_server(ctx.server, flags)?;
    // Redis exits without replying: the client just sees the connection close.
    ctx.client.close_after_reply = true;
    Ok(Reply::None)
}

fn monitor(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    if ctx.client.ext.in_exec {
        return Err(Reply::error(
            "ERR MONITOR isn't allowed for DENY BLOCKING client",
        ));
    }
    let handle = &ctx.client.handle;
    // Already a MONITOR (or a replica): ignored, without a reply.
    if handle.has_flag(client_flags::MONITOR) || handle.kind.load(Relaxed) == KIND_REPLICA {
        return Ok(Reply::None);
    }
    handle.set_flag(client_flags::MONITOR, true);
    ctx.server.clients.add_monitor(handle.clone());
    Ok(Reply::Ok)
}
