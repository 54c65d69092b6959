//! Transactions: MULTI, EXEC, DISCARD, WATCH, UNWATCH.
//!
//! MULTI makes the dispatcher queue commands (after the same checks a normal request gets; a
//! rejected one makes EXEC answer EXECABORT). EXEC locks, in one go and in ascending order, every
//! shard any queued command (or watched key) lives in, then runs the queue under those locks, so
//! no other client can observe or interleave with a partial transaction, whichever shards the
//! keys are spread over. WATCH registers the client in its keys' shards; any write to such a key
//! (`Ctx::modified`), its expiry, FLUSHDB/FLUSHALL/SWAPDB touching it, marks the client dirty and
//! EXEC then returns a null reply.

use super::flags::*;
use super::table::acl::TRANSACTION;
use super::{CmdResult, Command, Ctx};
use crate::db::{ShardLocks, Watcher};
use crate::protocol::Reply;
use crate::server::client::{client_flags, Client};
use crate::server::{dispatch, Server};
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] = &[
    Command::new("multi", 1, NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY, multi)
        .acl(TRANSACTION)
        .doc("transactions", "1.2.0", "Starts a transaction.")
        .complexity("O(1)"),
    Command::new("exec", 1, NOSCRIPT | LOADING | STALE | SKIP_SLOWLOG, exec)
        .acl(TRANSACTION)
        .doc("transactions", "1.2.0", "Executes all commands in a transaction.")
        .complexity("Depends on commands in the transaction"),
    Command::new("discard", 1, NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY, discard)
        .acl(TRANSACTION)
        .doc("transactions", "2.0.0", "Discards a transaction.")
        .complexity("O(N), when N is the number of queued commands"),
    Command::new("watch", -2, NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY, watch)
        .keys(1, -1, 1)
        .acl(TRANSACTION)
        .doc("transactions", "2.2.0", "Monitors changes to keys to determine the execution of a transaction.")
        .complexity("O(1) for every key.")
        .syntax("key [key ...]"),
    Command::new("unwatch", 1, NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY, unwatch)
        .acl(TRANSACTION)
        .doc("transactions", "2.2.0", "Forgets about watched keys of a transaction.")
        .complexity("O(1)"),
];

/// Commands that run immediately even inside MULTI.
pub fn runs_inside_multi(name: &str) -> bool {
    matches!(name, "exec" | "discard" | "multi" | "watch" | "quit" | "reset")
}

fn multi(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    if ctx.client.ext.multi.is_some() {
        return Err(Reply::error("ERR MULTI calls can not be nested"));
    }
    ctx.client.ext.multi = Some(Vec::new());
    ctx.client.ext.multi_dirty = false;
    ctx.client.handle.set_flag(client_flags::MULTI, true);
    Ok(Reply::Ok)
}

/// Ends the transaction state (not the watches).
fn end_multi(client: &mut Client) {
    client.ext.multi = None;
    client.ext.multi_dirty = false;
    client.handle.set_flag(client_flags::MULTI, false);
}

fn discard(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    if ctx.client.ext.multi.is_none() {
        return Err(Reply::error("ERR DISCARD without MULTI"));
    }
    end_multi(ctx.client);
    unwatch_all(ctx.server, ctx.client);
    Ok(Reply::Ok)
}

fn watch(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if ctx.client.ext.multi.is_some() {
        return Err(Reply::error("ERR WATCH inside MULTI is not allowed"));
    }
    // No point in watching once already dirty (EXEC will fail anyway).
    if ctx.client.ext.watch_dirty.load(Relaxed) {
        return Ok(Reply::Ok);
    }
    let db = ctx.db_index();
    let now = ctx.now_ms;
    for key in &argv[1..] {
        if ctx.client.ext.watched.iter().any(|(d, k, _)| *d == db && k == key) {
            continue;
        }
        let idx = ctx.server.keyspace.shard_of(key);
        let shard = ctx.locks.get_mut(idx).expect("WATCH locks its keys");
        let expired = matches!(shard.dbs[db].keys.get(&key[..]), Some(e) if e.is_expired(now));
        let watcher = Watcher { db, client_id: ctx.client.id(), dirty: ctx.client.ext.watch_dirty.clone() };
        shard.watched.entry(key.clone()).or_default().push(watcher);
        ctx.client.ext.watched.push((db, key.clone(), expired));
    }
    Ok(Reply::Ok)
}

fn unwatch(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    unwatch_all(ctx.server, ctx.client);
    Ok(Reply::Ok)
}

/// Removes all of the client's watches and clears its dirty flag (UNWATCH, EXEC, DISCARD,
/// RESET, disconnection). Must not be called while holding shard locks.
pub fn unwatch_all(server: &Server, client: &mut Client) {
    let id = client.id();
    for (_, key, _) in client.ext.watched.drain(..) {
        let mut shard = server.keyspace.lock(server.keyspace.shard_of(&key));
        if let Some(watchers) = shard.watched.get_mut(&key[..]) {
            watchers.retain(|w| w.client_id != id);
            if watchers.is_empty() {
                shard.watched.remove(&key[..]);
            }
        }
    }
    client.ext.watch_dirty.store(false, Relaxed);
}

/// Everything a connection must undo when it closes or RESETs.
pub fn forget_client(server: &Server, client: &mut Client) {
    end_multi(client);
    unwatch_all(server, client);
}

fn exec(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let Some(queue) = ctx.client.ext.multi.take() else {
        return Err(Reply::error("ERR EXEC without MULTI"));
    };
    let aborted = ctx.client.ext.multi_dirty;
    end_multi(ctx.client);
    if aborted {
        unwatch_all(ctx.server, ctx.client);
        return Err(Reply::error("EXECABORT Transaction discarded because of previous errors."));
    }
    let server = ctx.server;
    let mut locks = lock_transaction(server, &queue, &ctx.client.ext.watched);
    // A watched key that expired since WATCH counts as modified (Redis 7).
    let now = crate::server::clock::now_ms();
    let expired_since_watch = ctx.client.ext.watched.iter().any(|(db, key, was_expired)| {
        !was_expired
            && locks
                .get_mut(server.keyspace.shard_of(key))
                .and_then(|s| s.dbs[*db].keys.get(&key[..]))
                .is_some_and(|e| e.is_expired(now))
    });
    if expired_since_watch || ctx.client.ext.watch_dirty.load(Relaxed) {
        drop(locks);
        unwatch_all(server, ctx.client);
        return Ok(Reply::NilArray);
    }
    ctx.client.ext.in_exec = true;
    let mut replies = Vec::with_capacity(queue.len());
    for queued in &queue {
        let (reply, returned) = dispatch::call_with_locks(server, ctx.client, queued.entry, &queued.argv, locks);
        locks = returned;
        replies.push(reply);
    }
    ctx.client.ext.in_exec = false;
    let effects = std::mem::take(&mut ctx.client.ext.exec_effects);
    if !effects.is_empty() {
        server.propagation.feed_transaction(&effects);
    }
    drop(locks);
    unwatch_all(server, ctx.client);
    Ok(Reply::Array(replies))
}

/// Locks every shard the queued commands and the watched keys live in.
fn lock_transaction<'a>(server: &'a Server, queue: &[super::super::server::client::QueuedCommand], watched: &[(usize, Bytes, bool)]) -> ShardLocks<'a> {
    if queue.iter().any(|q| q.entry.cmd.has(ALL_SHARDS)) {
        return server.keyspace.lock_all();
    }
    let mut shards: Vec<usize> = watched.iter().map(|(_, k, _)| server.keyspace.shard_of(k)).collect();
    for q in queue {
        for pos in q.entry.cmd.keys.positions(&q.argv) {
            shards.push(server.keyspace.shard_of(&q.argv[pos]));
        }
    }
    server.keyspace.lock_shards(shards)
}
