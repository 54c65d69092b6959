//! SLOWLOG and LATENCY: reading and resetting what the dispatcher records after each command
//! (`crate::server::slowlog`, `crate::server::latency`).

use super::flags::*;
use super::introspection::{help_reply, subcommand_syntax_error};
use super::{CmdResult, Command, Ctx};
use crate::protocol::Reply;
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[
    Command::container("slowlog", SLOWLOG)
        .doc("server", "2.2.12", "A container for slow log commands.")
        .complexity("Depends on subcommand."),
    Command::container("latency", LATENCY)
        .doc(
            "server",
            "2.8.13",
            "A container for latency diagnostics commands.",
        )
        .complexity("Depends on subcommand."),
];

static SLOWLOG: &[Command] = &[
    Command::new("get", -2, ADMIN | LOADING | STALE, slowlog_get)
        .doc(
            "server",
            "2.2.12",
            "Returns the newest entries of the slow log.",
        )
        .complexity("O(N) where N is the number of entries returned")
        .syntax("[count]"),
    Command::new("help", 2, LOADING | STALE, slowlog_help)
        .doc("server", "6.2.0", "Describes the SLOWLOG subcommands.")
        .complexity("O(1)"),
    Command::new("len", 2, ADMIN | LOADING | STALE, slowlog_len)
        .doc(
            "server",
            "2.2.12",
            "Returns the number of entries in the slow log.",
        )
        .complexity("O(1)"),
    Command::new("reset", 2, ADMIN | LOADING | STALE, slowlog_reset)
        .doc("server", "2.2.12", "Empties the slow log.")
        .complexity("O(N) where N is the number of entries in the slowlog"),
];

static LATENCY: &[Command] = &[
    Command::new("help", 2, LOADING | STALE, latency_help)
        .doc("server", "2.8.13", "Describes the LATENCY subcommands.")
        .complexity("O(1)"),
    Command::new(
        "history",
        3,
        ADMIN | NOSCRIPT | LOADING | STALE,
        latency_history,
    )
    .doc(
        "server",
        "2.8.13",
        "Returns the latency samples recorded for an event.",
    )
    .complexity("O(1)")
    .syntax("event"),
    Command::new(
        "latest",
        2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        latency_latest,
    )
    .doc(
        "server",
        "2.8.13",
        "Returns the latest latency sample of every event.",
    )
    .complexity("O(1)"),
    Command::new(
        "reset",
        -2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        latency_reset,
    )
    .doc(
        "server",
        "2.8.13",
        "Forgets the latency samples of some or all events.",
    )
    .complexity("O(1)")
    .syntax("[event [event ...]]"),
];

fn slowlog_get(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let count = match argv.len() {
        2 => 10,
        3 => {
            let n = super::args::int_or(&argv[2], "count should be greater than or equal to -1")?;
            if n < -1 {
                return Err(Reply::error(
                    "ERR count should be greater than or equal to -1",
                ));
            }
            if n == -1 {
                usize::MAX
            } else {
                n as usize
            }
        }
        _ => return Err(subcommand_syntax_error(argv)),
    };
    let entries = ctx.server.slowlog.with_newest(count, |entries| {
        entries
            .map(|e| {
                Reply::Array(vec![
                    Reply::Int(e.id as i64),
                    Reply::Int(e.time),
                    Reply::Int(e.duration_us as i64),
                    Reply::bulks(e.argv.iter().cloned()),
                    Reply::bulk_str(&e.peer),
                    Reply::Bulk(e.client_name.clone()),
                ])
            })
            .collect()
    });
    Ok(Reply::Array(entries))
}

fn slowlog_len(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(ctx.server.slowlog.len()))
}

fn slowlog_reset(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    ctx.server.slowlog.reset();
    Ok(Reply::Ok)
}

fn slowlog_help(_ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(help_reply(
        &argv[0],
        &[
            "GET [<count>]",
            "    Return top <count> entries from the slowlog (default: 10, -1 mean all).",
            "    Entries are made of:",
            "    id, timestamp, time in microseconds, arguments array, client IP and port,",
            "    client name",
            "LEN",
            "    Return the length of the slowlog.",
            "RESET",
            "    Reset the slowlog.",
        ],
    ))
}

fn latency_history(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let event = String::from_utf8_lossy(&argv[2]);
    let samples = ctx.server.latency.history(&event);
    Ok(Reply::Array(
        samples
            .into_iter()
            .map(|s| Reply::Array(vec![Reply::Int(s.time), Reply::Int(s.latency_ms as i64)]))
            .collect(),
    ))
}

fn latency_latest(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::Array(
        ctx.server
            .latency
            .latest()
            .into_iter()
            .map(|(event, last, max)| {
                Reply::Array(vec![
                    Reply::bulk(event),
                    Reply::Int(last.time),
                    Reply::Int(last.latency_ms as i64),
                    Reply::Int(max as i64),
                ])
            })
            .collect(),
    ))
}

fn latency_reset(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let latency = &ctx.server.latency;
    let resets = if argv.len() == 2 {
        latency.reset(None)
    } else {
        argv[2..]
            .iter()
            .map(|e| latency.reset(Some(&String::from_utf8_lossy(e))))
            .sum()
    };
    Ok(Reply::from(resets))
}

fn latency_help(_ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(help_reply(
        &argv[0],
        &[
            "DOCTOR",
            "    Return a human readable latency analysis report.",
            "GRAPH <event>",
            "    Return an ASCII latency graph for the <event> class.",
            "HISTORY <event>",
            "    Return time-latency samples for the <event> class.",
            "LATEST",
            "    Return the latest latency samples for all events.",
            "RESET [<event> ...]",
            "    Reset latency data of one or more <event> classes.",
            "    (default: reset all data for all event classes)",
            "HISTOGRAM [COMMAND ...]",
            "    Return a cumulative distribution of latencies in the format of a histogram for the specified command names.",
            "    If no commands are specified then all histograms are replied.",
        ],
    ))
}
