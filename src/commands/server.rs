//! Server commands: databases, CLIENT, CONFIG, INFO, COMMAND, DEBUG and friends.

use super::args;
use super::flags::*;
use super::table::acl::KEYSPACE;
use super::{CmdResult, Command, Ctx};
use crate::protocol::Reply;
use bytes::Bytes;


pub static COMMANDS: &[Command] = &[
    Command::new("dbsize", 1, READONLY | FAST | ALL_SHARDS, dbsize)
        .acl(KEYSPACE)
        .doc("server", "1.0.0", "Returns the number of keys in the database.")
        .complexity("O(1)"),
    Command::new("flushall", -1, WRITE | ALL_SHARDS, flushall)
        .acl(KEYSPACE | super::acl::DANGEROUS)
        .doc("server", "1.0.0", "Removes all keys from all databases.")
        .complexity("O(N) where N is the total number of keys in all databases")
        .syntax("[ASYNC | SYNC]"),
    Command::new("flushdb", -1, WRITE | ALL_SHARDS, flushdb)
        .acl(KEYSPACE | super::acl::DANGEROUS)
        .doc("server", "1.0.0", "Remove all keys from the current database.")
        .complexity("O(N) where N is the number of keys in the selected database")
        .syntax("[ASYNC | SYNC]"),
];

fn dbsize(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let db = ctx.db_index();
    let n: usize = ctx.locks.iter_mut().map(|(_, s)| s.dbs[db].keys.len()).sum();
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
    Ok(Reply::Ok)
}
