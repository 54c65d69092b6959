//! The dispatcher: the one place every request passes through. It finds the command in the
//! table, applies the cross-cutting checks in Redis's order (unknown command, arity, auth,
//! pub/sub context, MULTI queueing), locks the shards the command's keys live in, runs the
//! handler, and does the bookkeeping (stats, slowlog, propagation) before encoding the reply.

use super::client::{Client, ReplyMode};
use super::clock;
use super::Server;
use crate::commands::{errors, flags, CommandEntry, Ctx};
use crate::db::ShardLocks;
use crate::protocol::{encode, Reply};
use bytes::{Bytes, BytesMut};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Instant;

/// Runs one request and appends its reply to `out`.
pub fn execute(server: &Arc<Server>, client: &mut Client, argv: Vec<Bytes>, out: &mut BytesMut) {
    let reply = run(server, client, &argv);
    write_reply(server, client, &reply, out);
}

/// Encodes a reply unless CLIENT REPLY says to stay quiet, counting errors.
pub fn write_reply(server: &Server, client: &mut Client, reply: &Reply, out: &mut BytesMut) {
    if let Reply::Error(text) = reply {
        server.stats.count_error(text);
    }
    match client.reply_mode {
        ReplyMode::On => encode(out, reply, client.resp),
        ReplyMode::Off => {}
        ReplyMode::Skip => client.reply_mode = ReplyMode::On,
        ReplyMode::SkipNext => client.reply_mode = ReplyMode::Skip,
    }
}

/// The reply for a malformed request; the caller closes the connection after writing it.
pub fn protocol_error(server: &Server, client: &mut Client, text: &str, out: &mut BytesMut) {
    client.reply_mode = ReplyMode::On;
    write_reply(server, client, &Reply::error(format!("ERR {text}")), out);
}

/// Cleanup when a connection ends (blocked waits, subscriptions, MONITOR...).
pub fn client_closed(_server: &Arc<Server>, _client: &mut Client) {}

/// `ERR unknown command 'x', with args beginning with: 'a' 'b' `, as Redis builds it.
fn unknown_command(argv: &[Bytes]) -> Reply {
    let mut args = String::new();
    for arg in &argv[1..] {
        if args.len() >= 128 {
            break;
        }
        let room = 128 - args.len();
        args.push('\'');
        args.push_str(&errors::truncate(arg, room));
        args.push_str("' ");
    }
    Reply::error(format!(
        "ERR unknown command '{}', with args beginning with: {}",
        errors::truncate(&argv[0], 128),
        args
    ))
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

fn run(server: &Arc<Server>, client: &mut Client, argv: &[Bytes]) -> Reply {
    let entry = match resolve(server, argv) {
        Ok(e) => e,
        Err(reply) => {
            reject_in_multi(client);
            return reply;
        }
    };
    let cmd = entry.cmd;
    if !client.authenticated && !cmd.has(flags::NO_AUTH) {
        entry.stats.rejected_calls.fetch_add(1, Relaxed);
        reject_in_multi(client);
        return Reply::error("NOAUTH Authentication required.");
    }
    call(server, client, entry, argv)
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
    let positions = cmd.keys.positions(argv);
    if positions.is_empty() {
        return ShardLocks::none();
    }
    server.keyspace.lock_keys(positions.into_iter().map(|i| &argv[i][..]))
}

/// Runs a resolved command: the common path of normal requests and of EXEC's queued commands.
pub fn call(server: &Arc<Server>, client: &mut Client, entry: &'static CommandEntry, argv: &[Bytes]) -> Reply {
    let handler = entry.cmd.handler.expect("resolved commands have handlers");
    let locks = lock_for(server, entry, argv);
    let start = Instant::now();
    let mut ctx = Ctx::new(server, client, entry, locks, clock::now_ms());
    let reply = match handler(&mut ctx, argv) {
        Ok(r) => r,
        Err(e) => e,
    };
    let dirty = ctx.dirty;
    drop(ctx);
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
    *client.handle.last_cmd.lock() = Some(entry);
    reply
}
