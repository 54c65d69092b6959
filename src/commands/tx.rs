//! Transactions: MULTI, EXEC, DISCARD, WATCH, UNWATCH.
//!
//! MULTI makes the dispatcher queue commands (after the same checks a normal request gets; a
//! refused one makes EXEC answer EXECABORT, and EXEC itself refused answers EXECABORT with the
//! reason). EXEC locks, in one go and in ascending order, every shard any queued command (or
//! watched key) lives in — every shard when a queued command looks at the whole keyspace — then
//! runs the queue under those locks at one fixed time, so no other client can observe or
//! interleave with a partial transaction, whichever shards the keys are spread over.
//!
//! WATCH registers the client in its keys' shards (`db::Watcher`); any write to such a key
//! (`Ctx::modified`), its expiry, FLUSHDB/FLUSHALL/SWAPDB touching it, marks the client dirty and
//! EXEC then returns a null reply. As in Redis 7.0, a key already logically expired when watched
//! ("stale") counts only if it gets a new value, not when expiry or a flush removes it; a key
//! that expires after WATCH counts even if nothing deleted it yet.

use super::flags::*;
use super::table::acl::TRANSACTION;
use super::{CmdResult, Command, CommandEntry, Ctx};
use crate::db::{Shard, ShardLocks, Watcher};
use crate::protocol::Reply;
use crate::server::client::{client_flags, Client, QueuedCommand};
use crate::server::{dispatch, Server};
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] = &[
    Command::new(
        "multi",
        1,
        NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        multi,
    )
    .acl(TRANSACTION)
    .doc(
        "transactions",
        "1.2.0",
        "Begins queueing commands for a transaction.",
    )
    .complexity("O(1)"),
    Command::new("exec", 1, NOSCRIPT | LOADING | STALE | SKIP_SLOWLOG, exec)
        .acl(TRANSACTION)
        .doc(
            "transactions",
            "1.2.0",
            "Runs the queued commands of a transaction as one unit.",
        )
        .complexity("Depends on commands in the transaction"),
    Command::new(
        "discard",
        1,
        NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        discard,
    )
    .acl(TRANSACTION)
    .doc(
        "transactions",
        "2.0.0",
        "Drops the queued commands of a transaction.",
    )
    .complexity("O(N), when N is the number of queued commands"),
    Command::new(
        "watch",
        -2,
        NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        watch,
    )
    .keys(1, -1, 1)
    .acl(TRANSACTION)
    .doc(
        "transactions",
        "2.2.0",
        "Makes the next EXEC fail if any of the given keys changes first.",
    )
    .complexity("O(1) for every key.")
    .syntax("key [key ...]"),
    Command::new(
        "unwatch",
        1,
        NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        unwatch,
    )
    .acl(TRANSACTION)
    .doc(
        "transactions",
        "2.2.0",
        "Forgets every key this connection is watching.",
    )
    .complexity("O(1)"),
];

/// Commands that run immediately even inside MULTI.
pub fn runs_inside_multi(name: &str) -> bool {
    matches!(
        name,
        "exec" | "discard" | "multi" | "watch" | "quit" | "reset"
    )
}

/// Queues a command inside MULTI. Once the transaction is bound to fail (an earlier command
/// was refused, or a watched key changed) nothing more is stored, as in Redis.
pub fn queue(client: &mut Client, entry: &'static CommandEntry, argv: Vec<Bytes>) {
    if client.ext.multi_dirty || client.ext.watch_dirty.load(Relaxed) {
        return;
    }
    if let Some(queue) = client.ext.multi.as_mut() {
        queue.push(QueuedCommand { entry, argv });
    }
}

/// EXEC refused before running (Redis's execCommandAbort): the transaction is discarded and
/// the reason given after EXECABORT.
pub fn abort_exec(server: &Server, client: &mut Client, error: Reply) -> Reply {
    end_multi(client);
    unwatch_all(server, client);
    let text = match &error {
        Reply::Error(text) => text.to_string(),
        Reply::ErrorBytes(text) => String::from_utf8_lossy(text).into_owned(),
        _ => String::new(),
    };
    // A plain ERR error is given without its code, others (NOAUTH, OOM, ...) with it.
    let reason = text.strip_prefix("ERR ").unwrap_or(&text);
    Reply::error(format!(
        "EXECABORT Transaction discarded because of: {reason}"
    ))
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
    let client_id = ctx.client.id();
    for key in &argv[1..] {
        if ctx
            .client
            .ext
            .watched
            .iter()
            .any(|(d, k)| *d == db && k == key)
        {
            continue;
        }
        let idx = ctx.server.keyspace.shard_of(key);
        let shard = ctx.locks.get_mut(idx).expect("WATCH locks its keys");
        // A key still stored but past its deadline is watched as "stale": its deletion by
        // expiry is then no change (Redis 7.0).
        let expired = matches!(shard.dbs[db].keys.get(&key[..]), Some(e) if e.is_expired(now));
        let watcher = Watcher {
            db,
            client_id,
            dirty: ctx.client.ext.watch_dirty.clone(),
            expired,
        };
        shard.watched.entry(key.clone()).or_default().push(watcher);
        ctx.client.ext.watched.push((db, key.clone()));
    }
    Ok(Reply::Ok)
}

fn unwatch(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    unwatch_all(ctx.server, ctx.client);
    Ok(Reply::Ok)
}

/// Removes the client's watch of `key` in `db` from its shard's registry.
fn forget_watch(shard: &mut Shard, db: usize, key: &[u8], client_id: u64) {
    if let Some(watchers) = shard.watched.get_mut(key) {
        watchers.retain(|w| w.client_id != client_id || w.db != db);
        if watchers.is_empty() {
            shard.watched.remove(key);
        }
    }
}

/// Removes all of the client's watches and clears its dirty flag (UNWATCH, DISCARD, RESET,
/// disconnection). Must not be called while holding shard locks: EXEC, which holds them, uses
/// `unwatch_locked`.
pub fn unwatch_all(server: &Server, client: &mut Client) {
    let id = client.id();
    for (db, key) in client.ext.watched.drain(..) {
        let mut shard = server.keyspace.lock(server.keyspace.shard_of(&key));
        forget_watch(&mut shard, db, &key, id);
    }
    client.ext.watch_dirty.store(false, Relaxed);
}

/// `unwatch_all` under locks that hold the shards of every watched key (EXEC's).
fn unwatch_locked(server: &Server, locks: &mut ShardLocks, client: &mut Client) {
    let id = client.id();
    for (db, key) in client.ext.watched.drain(..) {
        let shard = locks
            .get_mut(server.keyspace.shard_of(&key))
            .expect("EXEC locks the watched keys");
        forget_watch(shard, db, &key, id);
    }
    client.ext.watch_dirty.store(false, Relaxed);
}

/// Everything a connection must undo when it closes or RESETs.
pub fn forget_client(server: &Server, client: &mut Client) {
    end_multi(client);
    unwatch_all(server, client);
}

/// Whether a key the client watched has expired since (Redis's isWatchedKeyExpired): a key
/// that was already stale when watched does not count.
fn watched_key_expired(server: &Server, locks: &mut ShardLocks, client: &Client, now: i64) -> bool {
    let id = client.id();
    client.ext.watched.iter().any(|(db, key)| {
        let Some(shard) = locks.get_mut(server.keyspace.shard_of(key)) else {
            return false;
        };
        let stale_when_watched = shard
            .watched
            .get(&key[..])
            .and_then(|ws| ws.iter().find(|w| w.client_id == id && w.db == *db))
            .is_some_and(|w| w.expired);
        !stale_when_watched
            && shard.dbs[*db]
                .keys
                .get(&key[..])
                .is_some_and(|e| e.is_expired(now))
    })
}

fn exec(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let Some(queue) = ctx.client.ext.multi.take() else {
        return Err(Reply::error("ERR EXEC without MULTI"));
    };
    let aborted = ctx.client.ext.multi_dirty;
    end_multi(ctx.client);
    let server = ctx.server;
    let mut locks = lock_transaction(server, &queue, &ctx.client.ext.watched);
    let touched = ctx.client.ext.watch_dirty.load(Relaxed)
        || watched_key_expired(server, &mut locks, ctx.client, ctx.now_ms);
    // Unwatch before running anything, as Redis does: a queued UNWATCH then has nothing to do.
    unwatch_locked(server, &mut locks, ctx.client);
    if aborted {
        return Err(Reply::error(
            "EXECABORT Transaction discarded because of previous errors.",
        ));
    }
    if touched {
        return Ok(Reply::NilArray);
    }
    ctx.client.ext.in_exec = true;
    // INFO and DEBUG read shards outside their key specs: with every lock held, they reach
    // them through ours.
    let holds_all = locks.holds_all().then(|| server.keyspace.exec_holds_all());
    let mut replies = Vec::with_capacity(queue.len());
    for queued in &queue {
        let (reply, returned) = dispatch::call_with_locks(
            server,
            ctx.client,
            queued.entry,
            &queued.argv,
            locks,
            Some(ctx.now_ms),
        );
        locks = returned;
        replies.push(reply);
    }
    drop(holds_all);
    ctx.client.ext.in_exec = false;
    let effects = std::mem::take(&mut ctx.client.ext.exec_effects);
    if !effects.is_empty() {
        server.propagation.feed_transaction(&effects);
    }
    drop(locks);
    Ok(Reply::Array(replies))
}

/// Keyless commands that look at the whole keyspace on their own (INFO's keyspace and memory
/// sections, DEBUG): a transaction queueing one locks every shard.
fn inspects_keyspace(entry: &CommandEntry) -> bool {
    entry.full_name == "info" || entry.full_name == "debug"
}

/// Locks every shard the queued commands and the watched keys live in.
fn lock_transaction<'a>(
    server: &'a Server,
    queue: &[QueuedCommand],
    watched: &[(usize, Bytes)],
) -> ShardLocks<'a> {
    if queue
        .iter()
        .any(|q| q.entry.cmd.has(ALL_SHARDS) || inspects_keyspace(q.entry))
    {
        return server.keyspace.lock_all();
    }
    let mut shards: Vec<usize> = watched
        .iter()
        .map(|(_, k)| server.keyspace.shard_of(k))
        .collect();
    for q in queue {
        for pos in q.entry.cmd.keys.positions(&q.argv) {
            shards.push(server.keyspace.shard_of(&q.argv[pos]));
        }
    }
    if shards.is_empty() {
        return ShardLocks::none();
    }
    server.keyspace.lock_shards(shards)
}
