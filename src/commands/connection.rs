//! Connection commands: PING, ECHO, QUIT, SELECT, AUTH, HELLO, RESET.

use super::args;
use super::flags::*;
use super::table::acl::CONNECTION;
use super::{CmdResult, Command, Ctx};
use crate::protocol::{Reply, Resp};
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[
    Command::new("ping", -1, FAST | SENTINEL, ping)
        .acl(CONNECTION)
        .doc(
            "connection",
            "1.0.0",
            "Checks that the server answers; replies PONG or echoes a message.",
        )
        .complexity("O(1)")
        .syntax("[message]"),
    Command::new("echo", 2, LOADING | STALE | FAST, echo)
        .acl(CONNECTION)
        .doc(
            "connection",
            "1.0.0",
            "Replies with the message it was sent.",
        )
        .complexity("O(1)")
        .syntax("message"),
    Command::new(
        "quit",
        -1,
        ALLOW_BUSY | NOSCRIPT | LOADING | STALE | FAST | NO_AUTH,
        quit,
    )
    .acl(CONNECTION)
    .doc(
        "connection",
        "1.0.0",
        "Asks the server to reply OK and then hang up.",
    )
    .complexity("O(1)"),
    Command::new("select", 2, LOADING | STALE | FAST, select)
        .acl(CONNECTION)
        .doc(
            "connection",
            "1.0.0",
            "Switches this connection to another numbered database.",
        )
        .complexity("O(1)")
        .syntax("index"),
    Command::new(
        "auth",
        -2,
        NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | SENTINEL | ALLOW_BUSY,
        auth,
    )
    .acl(CONNECTION)
    .doc(
        "connection",
        "1.0.0",
        "Logs this connection in with a password, optionally as a named user.",
    )
    .complexity("O(N) where N is the number of passwords defined for the user")
    .syntax("[username] password"),
    Command::new(
        "hello",
        -1,
        NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | SENTINEL | ALLOW_BUSY,
        hello,
    )
    .acl(CONNECTION)
    .doc(
        "connection",
        "6.0.0",
        "Negotiates the protocol version and optionally logs in and names the connection.",
    )
    .complexity("O(1)")
    .syntax("[protover [AUTH username password] [SETNAME clientname]]"),
    Command::new(
        "reset",
        1,
        NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY,
        reset,
    )
    .acl(CONNECTION)
    .doc(
        "connection",
        "6.2.0",
        "Puts this connection back in its default state.",
    )
    .complexity("O(1)"),
];

fn ping(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() > 2 {
        return Err(super::errors::wrong_arity("ping"));
    }
    // A subscribed RESP2 client gets PING's answer in the shape of a message.
    if ctx.client.resp == Resp::V2
        && ctx
            .client
            .handle
            .has_flag(crate::server::client::client_flags::PUBSUB)
    {
        let msg = argv.get(1).cloned().unwrap_or_default();
        return Ok(Reply::Array(vec![
            Reply::bulk_str("pong"),
            Reply::Bulk(msg),
        ]));
    }
    match argv.len() {
        1 => Ok(Reply::status("PONG")),
        2 => Ok(Reply::Bulk(argv[1].clone())),
        _ => Err(super::errors::wrong_arity("ping")),
    }
}

fn echo(_ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::Bulk(argv[1].clone()))
}

fn quit(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    ctx.client.close_after_reply = true;
    // QUIT's +OK is sent even under CLIENT REPLY OFF.
    ctx.client.reply_mode = crate::server::client::ReplyMode::On;
    Ok(Reply::Ok)
}

fn select(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let db = args::int(&argv[1])?;
    if ctx.server.config.read().cluster_enabled && db != 0 {
        return Err(Reply::error("ERR SELECT is not allowed in cluster mode"));
    }
    if db < 0 || db as usize >= ctx.server.keyspace.databases() {
        return Err(Reply::error("ERR DB index is out of range"));
    }
    ctx.client.select(db as usize);
    Ok(Reply::Ok)
}

const WRONGPASS: &str = "WRONGPASS invalid username-password pair or user is disabled.";

/// Checks credentials for the single `default` user that `requirepass` configures.
fn check_password(ctx: &Ctx, user: &[u8], pass: &[u8]) -> bool {
    if user != b"default" {
        return false;
    }
    match &ctx.server.config.read().requirepass {
        None => true, // the default user is `nopass`
        Some(p) => p.as_slice() == pass,
    }
}

fn auth(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    // Credentials never show in MONITOR or the slow log.
    ctx.redacted.extend(1..argv.len());
    if argv.len() > 3 {
        return Err(super::errors::syntax());
    }
    let (user, pass): (&[u8], &[u8]) = if argv.len() == 2 {
        if ctx.server.config.read().requirepass.is_none() {
            return Err(Reply::error(
                "ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?",
            ));
        }
        (b"default", &argv[1])
    } else {
        (&argv[1], &argv[2])
    };
    if check_password(ctx, user, pass) {
        ctx.client.authenticated = true;
        Ok(Reply::Ok)
    } else {
        Err(Reply::error(WRONGPASS))
    }
}

fn hello(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut version = None;
    if argv.len() >= 2 {
        let v = args::int_or(
            &argv[1],
            "Protocol version is not an integer or out of range",
        )?;
        if !(2..=3).contains(&v) {
            return Err(Reply::error("NOPROTO unsupported protocol version"));
        }
        version = Some(v);
    }
    let mut i = 2;
    while i < argv.len() {
        let more = argv.len() - 1 - i;
        if args::is(&argv[i], "AUTH") && more >= 2 {
            ctx.redacted.extend([i + 1, i + 2]);
            if !check_password(ctx, &argv[i + 1], &argv[i + 2]) {
                return Err(Reply::error(WRONGPASS));
            }
            ctx.client.authenticated = true;
            i += 3;
        } else if args::is(&argv[i], "SETNAME") && more >= 1 {
            super::client::set_client_name(ctx, &argv[i + 1])?;
            i += 2;
        } else {
            return Err(Reply::error(format!(
                "ERR Syntax error in HELLO option '{}'",
                args::text(&argv[i])
            )));
        }
    }
    if !ctx.client.authenticated {
        return Err(Reply::error(
            "NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time",
        ));
    }
    if let Some(v) = version {
        ctx.client
            .set_resp(if v == 3 { Resp::V3 } else { Resp::V2 });
    }
    let cluster = ctx.server.config.read().cluster_enabled;
    Ok(Reply::Map(vec![
        (Reply::bulk_str("server"), Reply::bulk_str("redis")),
        (
            Reply::bulk_str("version"),
            Reply::bulk_str(crate::server::REDIS_VERSION),
        ),
        (
            Reply::bulk_str("proto"),
            Reply::Int(if ctx.client.resp == Resp::V3 { 3 } else { 2 }),
        ),
        (Reply::bulk_str("id"), Reply::Int(ctx.client.id() as i64)),
        (
            Reply::bulk_str("mode"),
            Reply::bulk_str(if cluster { "cluster" } else { "standalone" }),
        ),
        (Reply::bulk_str("role"), Reply::bulk_str("master")),
        (Reply::bulk_str("modules"), Reply::Array(vec![])),
    ]))
}

fn reset(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    ctx.server.clients.remove_monitor(&ctx.client.handle);
    ctx.client.select(0);
    ctx.client.set_resp(Resp::V2);
    ctx.client.reply_mode = crate::server::client::ReplyMode::On;
    super::tx::forget_client(ctx.server, ctx.client);
    super::pubsub::forget_client(ctx.server, ctx.client);
    ctx.server.tracking.disable(&ctx.client.handle);
    *ctx.client.handle.name.lock() = None;
    ctx.client
        .handle
        .set_flag(crate::server::client::client_flags::NO_EVICT, false);
    ctx.client
        .handle
        .set_flag(crate::server::client::client_flags::NO_TOUCH, false);
    ctx.client.authenticated = !ctx
        .server
        .hot
        .requirepass_set
        .load(std::sync::atomic::Ordering::Relaxed);
    Ok(Reply::status("RESET"))
}
