//! The dispatcher: the one place every request passes through. It finds the command in the
//! table, applies the cross-cutting checks in Redis's order (unknown command, arity, auth,
//! pub/sub context, MULTI queueing), locks the shards the command's keys live in, runs the
//! handler, and does the bookkeeping (stats, slowlog, propagation) before encoding the reply.

use super::client::{Client, ReplyMode};
use super::clock;
use super::Server;
use crate::commands::{errors, flags, pubsub, tx, CommandEntry, Ctx};
use crate::db::ShardLocks;
use crate::protocol::{encode, Reply};
use crate::server::clock::Instant;
use bytes::{Bytes, BytesMut};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

/// Runs one request and appends its reply to `out`.
pub fn execute(
    server: &Arc<Server>,
    client: &mut Client,
    mut argv: Vec<Bytes>,
    out: &mut BytesMut,
) {
    if server.tracking.is_active() {
        // Redis keeps the tracking table under tracking-table-max-keys before each command.
        server
            .tracking
            .enforce_max_keys(server, Some(client), Some(out));
    }
    let reply = run(server, client, &mut argv);
    // Clients blocked on keys this command made ready are served before it replies.
    super::blocking::serve_ready(server);
    if server.tracking.is_active() {
        after_command_tracking(client, &argv);
    }
    if super::blocking::is_blocked(client) {
        return; // the command blocked: its reply is written when it unblocks
    }
    write_reply(server, client, &reply, out);
}

/// Encodes a reply unless CLIENT REPLY says to stay quiet, counting errors.
pub fn write_reply(server: &Server, client: &mut Client, reply: &Reply, out: &mut BytesMut) {
    count_errors(server, reply);
    let silenced = match client.reply_mode {
        ReplyMode::On => false,
        ReplyMode::Off => true,
        ReplyMode::Skip => {
            client.reply_mode = ReplyMode::On;
            true
        }
        ReplyMode::SkipNext => {
            client.reply_mode = ReplyMode::Skip;
            true
        }
    };
    if !silenced {
        encode(out, reply, client.resp);
        return;
    }
    // Pushes ((un)subscribe confirmations, invalidations) are written even when CLIENT REPLY
    // silences replies, as Redis does for everything it sends with CLIENT_PUSHING.
    match reply {
        Reply::Push(_) => encode(out, reply, client.resp),
        Reply::Many(replies) => {
            for push in replies.iter().filter(|r| matches!(r, Reply::Push(_))) {
                encode(out, push, client.resp);
            }
        }
        _ => {}
    }
}

/// Counts the error replies in `reply` (INFO errorstats): Redis counts every error it sends,
/// including those inside an array (the replies of EXEC's commands).
fn count_errors(server: &Server, reply: &Reply) {
    match reply {
        Reply::Error(text) => server.stats.count_error(text),
        Reply::ErrorBytes(text) => server.stats.count_error(&String::from_utf8_lossy(text)),
        Reply::Array(items) => {
            for item in items {
                count_errors(server, item);
            }
        }
        _ => {}
    }
}

/// The reply for a malformed request; the caller closes the connection after writing it.
pub fn protocol_error(server: &Server, client: &mut Client, text: &str, out: &mut BytesMut) {
    client.reply_mode = ReplyMode::On;
    write_reply(server, client, &Reply::error(format!("ERR {text}")), out);
}

/// Cleanup when a connection ends (transaction state and watches; blocked waits,
/// subscriptions and MONITOR hook in here too).
pub fn client_closed(server: &Arc<Server>, client: &mut Client) {
    tx::forget_client(server, client);
    super::blocking::forget_client(server, client);
    pubsub::forget_client(server, client);
    server.tracking.disable(&client.handle);
}

/// `ERR unknown command 'x', with args beginning with: 'a' 'b' `, as Redis builds it.
fn unknown_command(argv: &[Bytes]) -> Reply {
    let mut args: Vec<u8> = Vec::new();
    for arg in &argv[1..] {
        if args.len() >= 128 {
            break;
        }
        let room = 128 - args.len();
        args.push(b'\'');
        args.extend_from_slice(errors::c_str(arg, room));
        args.extend_from_slice(b"' ");
    }
    let mut text = b"ERR unknown command '".to_vec();
    text.extend_from_slice(errors::c_str(&argv[0], 128));
    text.extend_from_slice(b"', with args beginning with: ");
    text.extend_from_slice(&args);
    Reply::ErrorBytes(Bytes::from(text))
}

/// Finds the command or subcommand `argv` names and checks its arity.
pub fn resolve(server: &Server, argv: &[Bytes]) -> Result<&'static CommandEntry, Reply> {
    let table = server.commands;
    let Some(mut entry) = table.get(&argv[0]) else {
        return Err(unknown_command(argv));
    };
    if !entry.subcommands.is_empty() && argv.len() >= 2 {
        match entry.subcommand(&argv[1]) {
            Some(sub) => entry = sub,
            None => return Err(errors::unknown_subcommand(&argv[1], &argv[0])),
        }
    }
    let arity = entry.cmd.arity;
    let argc = argv.len() as i32;
    if (arity > 0 && arity != argc) || argc < -arity {
        entry.stats.rejected_calls.fetch_add(1, Relaxed);
        return Err(errors::wrong_arity(&entry.full_name));
    }
    Ok(entry)
}

/// Resolves, checks and runs (or queues, inside MULTI) one request; a queued request's
/// arguments are moved into the transaction, leaving `argv` empty.
fn run(server: &Arc<Server>, client: &mut Client, argv: &mut Vec<Bytes>) -> Reply {
    let entry = match resolve(server, argv) {
        Ok(e) => e,
        Err(reply) if argv[0].eq_ignore_ascii_case(b"exec") => {
            return tx::abort_exec(server, client, reply);
        }
        Err(reply) => {
            reject_in_multi(client);
            return reply;
        }
    };
    let cmd = entry.cmd;
    if !client.authenticated && !cmd.has(flags::NO_AUTH) {
        return reject(
            server,
            client,
            entry,
            Reply::error("NOAUTH Authentication required."),
        );
    }
    if client.ext.multi.is_some() && cmd.has(flags::NO_MULTI) {
        return reject(
            server,
            client,
            entry,
            Reply::error("ERR Command not allowed inside a transaction"),
        );
    }
    if client.resp == crate::protocol::Resp::V2
        && client.handle.has_flag(super::client::client_flags::PUBSUB)
        && !pubsub::allowed_while_subscribed(base_name(entry))
    {
        let text = format!(
            "ERR Can't execute '{}': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context",
            entry.full_name
        );
        return reject(server, client, entry, Reply::error(text));
    }
    // MONITOR clients are replicas to Redis, and replicas may not touch the keyspace.
    if client.handle.has_flag(super::client::client_flags::MONITOR)
        && cmd.has(flags::WRITE | flags::READONLY | flags::MAY_REPLICATE)
    {
        return reject(
            server,
            client,
            entry,
            Reply::error("ERR Replica can't interact with the keyspace"),
        );
    }
    if client.ext.multi.is_some() && !tx::runs_inside_multi(base_name(entry)) {
        tx::queue(client, entry, std::mem::take(argv));
        return Reply::status("QUEUED");
    }
    call(server, client, entry, argv)
}

/// A request refused before it runs (Redis's rejectCommand): counted as rejected, it fails an
/// open transaction; EXEC itself refused ends any transaction with EXECABORT and the reason
/// (even outside MULTI, as Redis answers).
fn reject(server: &Server, client: &mut Client, entry: &CommandEntry, error: Reply) -> Reply {
    entry.stats.rejected_calls.fetch_add(1, Relaxed);
    if entry.full_name == "exec" {
        return tx::abort_exec(server, client, error);
    }
    reject_in_multi(client);
    error
}

/// The top-level command's name (`config` for CONFIG GET).
fn base_name(entry: &CommandEntry) -> &str {
    if entry.is_subcommand {
        entry.full_name.split('|').next().unwrap_or("")
    } else {
        entry.cmd.name
    }
}

/// Marks an open transaction as failed (EXEC will answer EXECABORT).
fn reject_in_multi(client: &mut Client) {
    if client.ext.multi.is_some() {
        client.ext.multi_dirty = true;
    }
}

/// Locks the shards of the command's keys (every shard for ALL_SHARDS commands).
pub fn lock_for<'a>(server: &'a Server, entry: &CommandEntry, argv: &[Bytes]) -> ShardLocks<'a> {
    let cmd = entry.cmd;
    if cmd.has(flags::ALL_SHARDS) {
        return server.keyspace.lock_all();
    }
    // Fast path: a single-key command (GET, SET, INCR, ...) locks one shard without allocating.
    if let Some(i) = cmd.keys.single_key(argv) {
        return server.keyspace.lock_one(server.keyspace.shard_of(&argv[i]));
    }
    let positions = cmd.keys.positions(argv);
    if positions.is_empty() {
        return ShardLocks::none();
    }
    server
        .keyspace
        .lock_keys(positions.into_iter().map(|i| &argv[i][..]))
}

/// Runs a resolved command: locks its keys' shards, then `call_with_locks`.
pub fn call(
    server: &Arc<Server>,
    client: &mut Client,
    entry: &'static CommandEntry,
    argv: &[Bytes],
) -> Reply {
    let locks = lock_for(server, entry, argv);
    call_with_locks(server, client, entry, argv, locks, None).0
}

/// Runs a resolved command under shard locks the caller already holds (EXEC holds the locks of
/// its whole transaction), at time `now_ms` (one for a whole EXEC, as in Redis; `None`: now),
/// and gives the locks back.
pub fn call_with_locks<'a>(
    server: &'a Arc<Server>,
    client: &mut Client,
    entry: &'static CommandEntry,
    argv: &[Bytes],
    locks: ShardLocks<'a>,
    now_ms: Option<i64>,
) -> (Reply, ShardLocks<'a>) {
    let handler = entry.cmd.handler.expect("resolved commands have handlers");
    let start = Instant::now();
    let now_ms = now_ms.unwrap_or_else(|| start.unix_ms());
    let mut ctx = Ctx::new(server, client, entry, locks, now_ms, argv);
    let reply = match handler(&mut ctx, argv) {
        Ok(r) => r,
        Err(e) => e,
    };
    let dirty = ctx.dirty;
    if server.propagation.is_active() {
        propagate(server, &mut ctx, entry, argv);
    }
    let locks = std::mem::replace(&mut ctx.locks, ShardLocks::none());
    let redacted = std::mem::take(&mut ctx.redacted);
    drop(ctx);
    client.handle.last_cmd.set(entry);
    if server.tracking.is_active() {
        track_reads(server, client, entry, argv);
    }
    let elapsed = start.elapsed();
    if dirty > 0 {
        server.dirty.fetch_add(dirty, Relaxed);
    }
    let usec = elapsed.as_micros() as u64;
    entry.stats.calls.fetch_add(1, Relaxed);
    entry.stats.usec.fetch_add(usec, Relaxed);
    if reply.is_error() {
        entry.stats.failed_calls.fetch_add(1, Relaxed);
    }
    record_latency(server, client, entry, argv, usec, &redacted);
    client.calls += 1;
    if server.hot.latency_tracking.load(Relaxed) {
        entry.stats.latency.record_usec(usec);
    }
    // MONITOR sees every executed command but administrative ones, after it ran (so in the
    // database it left selected), with passwords redacted.
    if server.clients.has_monitors() && !entry.cmd.has(flags::SKIP_MONITOR | flags::ADMIN) {
        server
            .clients
            .feed_monitors(&client.handle.addr, client.db, argv, &redacted);
    }
    (reply, locks)
}

/// Re-runs a blocked client's command when a key it waits on may be ready (see
/// `server::blocking`): the locking, handler and propagation of `call`, without counting another
/// call or showing it to MONITOR again (Redis counts a blocking command once, when issued).
pub fn rerun_blocked(
    server: &Arc<Server>,
    client: &mut Client,
    entry: &'static CommandEntry,
    argv: &[Bytes],
) -> Reply {
    let handler = entry.cmd.handler.expect("resolved commands have handlers");
    let locks = lock_for(server, entry, argv);
    let mut ctx = Ctx::new(server, client, entry, locks, clock::now_ms(), argv);
    let reply = match handler(&mut ctx, argv) {
        Ok(r) => r,
        Err(e) => e,
    };
    let dirty = ctx.dirty;
    if server.propagation.is_active() {
        propagate(server, &mut ctx, entry, argv);
    }
    drop(ctx);
    if dirty > 0 {
        server.dirty.fetch_add(dirty, Relaxed);
    }
    // Invalidations of keys this very client had cached go out after its reply.
    if !client.ext.tracking_deferred.is_empty() {
        let mut replies = vec![reply];
        replies.append(&mut client.ext.tracking_deferred);
        return Reply::Many(replies);
    }
    reply
}

/// Feeds the slow log and the latency monitor (Redis does it in call(), after the command).
fn record_latency(
    server: &Server,
    client: &Client,
    entry: &CommandEntry,
    argv: &[Bytes],
    usec: u64,
    redacted: &[usize],
) {
    let slower_than = server.hot.slowlog_log_slower_than.load(Relaxed);
    let threshold_ms = server.hot.latency_monitor_threshold.load(Relaxed);
    let slow =
        slower_than >= 0 && usec as i64 >= slower_than && !entry.cmd.has(flags::SKIP_SLOWLOG);
    if !slow && (threshold_ms == 0 || usec / 1000 < threshold_ms) {
        return; // the common case: nothing to record
    }
    let now_secs = clock::now_ms() / 1000;
    let event = if entry.cmd.has(flags::FAST) {
        "fast-command"
    } else {
        "command"
    };
    server
        .latency
        .add_if_needed(event, usec / 1000, threshold_ms, now_secs);
    if slow {
        let sample = super::slowlog::Sample {
            argv,
            redacted,
            duration_us: usec,
            peer: &client.handle.addr,
            client_name: client.handle.name.lock().clone(),
        };
        server.slowlog.push_if_needed(
            sample,
            slower_than,
            server.hot.slowlog_max_len.load(Relaxed) as usize,
            now_secs,
        );
    }
}

/// Feeds the command's effects to the propagation stream; called while its locks are held.
/// Inside EXEC the effects are collected and fed as one MULTI/EXEC block at the end.
fn propagate(server: &Server, ctx: &mut Ctx, entry: &CommandEntry, argv: &[Bytes]) {
    // Keys the command found expired are deleted first, as in Redis's propagation order.
    let mut effects: Vec<(usize, Vec<Bytes>)> = Vec::new();
    if !ctx.expired.is_empty() {
        let del = Bytes::from_static(super::expired_key_deletion(server));
        effects.extend(
            ctx.expired
                .drain(..)
                .map(|(db, key)| (db, vec![del.clone(), key])),
        );
    }
    if ctx.dirty > 0 && (entry.cmd.has(flags::WRITE) || entry.cmd.has(flags::MAY_REPLICATE)) {
        match ctx.rewritten.take() {
            Some(rewritten) => {
                effects.extend(rewritten.into_iter().map(|argv| (ctx.client.db, argv)))
            }
            None => effects.push((ctx.client.db, argv.to_vec())),
        }
    }
    if ctx.client.ext.in_exec {
        ctx.client.ext.exec_effects.extend(effects);
    } else {
        // Several effects of one command (SPOP with a count -> SREMs) replay atomically: as in
        // Redis 7.0 they go out wrapped in MULTI/EXEC.
        server.propagation.feed_transaction(&effects);
    }
}

/// Client-side caching: remembers the keys a tracking client just read.
fn track_reads(server: &Server, client: &mut Client, entry: &CommandEntry, argv: &[Bytes]) {
    if !client
        .handle
        .has_flag(super::client::client_flags::TRACKING)
    {
        return;
    }
    if entry.cmd.has(flags::READONLY) && !entry.cmd.has(flags::PUBSUB) {
        let keys: Vec<&Bytes> = entry
            .cmd
            .keys
            .positions(argv)
            .into_iter()
            .map(|i| &argv[i])
            .collect();
        server.tracking.remember(&client.handle, &keys);
    }
}

/// After a connection ran a batch of pipelined requests (Redis: before the event loop sleeps):
/// sends the BCAST invalidations collected meanwhile, one message per prefix. One atomic load
/// while nothing is pending.
pub fn end_of_batch(server: &Server) {
    server.tracking.flush_broadcasts(server);
}

/// Client-side caching after a top-level command: ends the effect of CLIENT CACHING, which
/// applies to the next command (as in Redis, not while MULTI queues, nor after another CLIENT
/// subcommand).
fn after_command_tracking(client: &mut Client, argv: &[Bytes]) {
    if client.ext.multi.is_none()
        && !argv
            .first()
            .is_some_and(|a| a.eq_ignore_ascii_case(b"client"))
    {
        let mut state = client.handle.tracking.lock();
        if state.caching {
            state.caching = false;
        }
    }
}
