//! CONFIG and its subcommands (the configuration itself lives in `crate::config`).

use super::flags::*;
use super::introspection::help_reply;
use super::{CmdResult, Command, Ctx};
use crate::config::{Config, SetContext};
use crate::protocol::Reply;
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] = &[Command::container("config", CONFIG)
    .doc(
        "server",
        "2.0.0",
        "Subcommands that read and change the server configuration.",
    )
    .complexity("Depends on subcommand.")];

static CONFIG: &[Command] = &[
    Command::new("get", -3, ADMIN | NOSCRIPT | LOADING | STALE, config_get)
        .doc(
            "server",
            "2.0.0",
            "Reads the current values of configuration parameters matching patterns.",
        )
        .complexity("O(N) when N is the number of configuration parameters provided")
        .syntax("parameter [parameter ...]"),
    Command::new("help", 2, LOADING | STALE, config_help)
        .doc("server", "5.0.0", "Describes the CONFIG subcommands.")
        .complexity("O(1)"),
    Command::new(
        "resetstat",
        2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        config_resetstat,
    )
    .doc(
        "server",
        "2.0.0",
        "Zeroes the statistics counters reported by INFO.",
    )
    .complexity("O(1)"),
    Command::new(
        "rewrite",
        2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        config_rewrite,
    )
    .doc(
        "server",
        "2.8.0",
        "Writes the running configuration back to the config file.",
    )
    .complexity("O(1)"),
    Command::new("set", -4, ADMIN | NOSCRIPT | LOADING | STALE, config_set)
        .doc(
            "server",
            "2.0.0",
            "Changes configuration parameters while the server runs.",
        )
        .complexity("O(N) when N is the number of configuration parameters provided")
        .syntax("parameter value [parameter value ...]"),
];

fn config_get(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let patterns: Vec<&[u8]> = argv[2..].iter().map(|a| &a[..]).collect();
    let pairs = ctx.server.config.read().get(&patterns);
    Ok(Reply::Map(
        pairs
            .into_iter()
            .map(|(k, v)| (Reply::bulk(k), Reply::bulk(v)))
            .collect(),
    ))
}

/// Whether the calling client is on the loopback interface (for `enable-*` "local" settings).
pub fn client_is_local(ctx: &Ctx) -> bool {
    ctx.client
        .handle
        .addr
        .parse()
        .is_ok_and(|peer| crate::server::connection::is_local_peer(&peer))
}

fn config_set(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if !argv.len().is_multiple_of(2) {
        return Err(super::errors::wrong_arity("config|set"));
    }
    // Passwords never reach the slow log or MONITOR.
    for (i, name) in argv.iter().enumerate().skip(2).step_by(2) {
        if crate::config::table::is_sensitive(name) {
            ctx.redacted.push(i + 1);
        }
    }
    let pairs: Vec<(&[u8], &[u8])> = argv[2..]
        .chunks(2)
        .map(|p| (&p[0][..], &p[1][..]))
        .collect();
    let set_ctx = SetContext {
        client_is_local: client_is_local(ctx),
        ..SetContext::default()
    };
    let server = ctx.server;
    let mut config = server.config.write();
    let before = config.clone();
    let changed = config.set_with(&pairs, set_ctx).map_err(Reply::error)?;
    // Changes that can still fail once accepted: listening elsewhere. On failure everything the
    // command set is rolled back, as Redis does.
    // (Respite listens on the first bind address only: a change elsewhere moves nothing.)
    let moved = config.port != before.port || config.bind.first() != before.bind.first();
    if moved && (changed.contains(&"port") || changed.contains(&"bind")) {
        match crate::server::bind_listener(&config) {
            Ok(listener) => {
                *server.new_listener.lock() = Some(listener);
                server.rebind.notify_one();
            }
            Err(e) => {
                let (name, reason) = if changed.contains(&"port") {
                    ("port", "Unable to listen on this port. Check server logs.")
                } else {
                    ("bind", "Failed to bind to specified addresses.")
                };
                tracing::warn!("Failed listening on {name} change: {e}");
                *config = before;
                return Err(Reply::error(Config::apply_error(name, reason)));
            }
        }
    }
    drop(config);
    if !changed.is_empty() {
        ctx.server.config_changed();
        if changed.contains(&"slowlog-max-len") {
            // Redis trims the slow log after every command, this one included.
            let hot = &ctx.server.hot;
            if hot.slowlog_log_slower_than.load(Relaxed) >= 0 {
                ctx.server
                    .slowlog
                    .truncate(hot.slowlog_max_len.load(Relaxed) as usize);
            }
        }
    }
    Ok(Reply::Ok)
}

/// CONFIG RESETSTAT: INFO's stats, commandstats and errorstats start again from zero. (As in
/// Redis, the slow log and the latency samples are kept: SLOWLOG RESET and LATENCY RESET clear
/// those.)
fn config_resetstat(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    ctx.server.stats.reset();
    for entry in ctx.server.commands.all_entries() {
        entry.stats.reset();
    }
    Ok(Reply::Ok)
}

fn config_rewrite(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    ctx.server.config.read().rewrite().map_err(Reply::error)?;
    tracing::warn!("CONFIG REWRITE executed with success.");
    Ok(Reply::Ok)
}

fn config_help(_ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(help_reply(
        &argv[0],
        &[
            "GET <pattern>",
            "    Return parameters matching the glob-like <pattern> and their values.",
            "SET <directive> <value>",
            "    Set the configuration <directive> to <value>.",
            "RESETSTAT",
            "    Reset statistics reported by the INFO command.",
            "REWRITE",
            "    Rewrite the configuration file.",
        ],
    ))
}
