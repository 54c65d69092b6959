//! SLOWLOG and LATENCY: reading and resetting what the dispatcher records after each command
//! (`crate::server::slowlog`, `crate::server::latency`).

use super::flags::*;
use super::introspection::{help_reply, subcommand_syntax_error};
use super::{CmdResult, Command, CommandEntry, Ctx};
use crate::protocol::Reply;
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] = &[
    Command::container("slowlog", SLOWLOG)
        .doc(
            "server",
            "2.2.12",
            "Subcommands that read and clear the log of slow commands.",
        )
        .complexity("Depends on subcommand."),
    Command::container("latency", LATENCY)
        .doc(
            "server",
            "2.8.13",
            "Subcommands that report on latency spikes and command latencies.",
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
            "Counts the entries currently held in the slow log.",
        )
        .complexity("O(1)"),
    Command::new("reset", 2, ADMIN | LOADING | STALE, slowlog_reset)
        .doc("server", "2.2.12", "Empties the slow log.")
        .complexity("O(N) where N is the number of entries in the slowlog"),
];

static LATENCY: &[Command] = &[
    Command::new(
        "doctor",
        2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        latency_doctor,
    )
    .doc(
        "server",
        "2.8.13",
        "Returns a human-readable report of the latency events seen.",
    )
    .complexity("O(1)"),
    Command::new("help", 2, LOADING | STALE, latency_help)
        .doc("server", "2.8.13", "Describes the LATENCY subcommands.")
        .complexity("O(1)"),
    Command::new(
        "histogram",
        -2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        latency_histogram,
    )
    .doc("server", "7.0.0", "Reports per-command latency histograms.")
    .complexity("O(N) where N is the number of commands with latency information being retrieved.")
    .syntax("[command [command ...]]"),
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
        "Reports the most recent spike recorded for each latency event.",
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

/// One command's LATENCY HISTOGRAM entry: its calls and the cumulative distribution.
fn histogram_entry(entry: &CommandEntry) -> (Reply, Reply) {
    let cdf = entry.stats.latency.log2_cdf_usec();
    let histogram = Reply::Map(
        cdf.into_iter()
            .map(|(usec, calls)| (Reply::Int(usec as i64), Reply::Int(calls as i64)))
            .collect(),
    );
    (
        Reply::bulk(entry.full_name.clone()),
        Reply::Map(vec![
            (
                Reply::bulk_str("calls"),
                Reply::Int(entry.stats.latency.count() as i64),
            ),
            (Reply::bulk_str("histogram_usec"), histogram),
        ]),
    )
}

/// LATENCY HISTOGRAM [command ...]: every command (and subcommand) called since the last
/// CONFIG RESETSTAT, or the named ones (a container stands for its subcommands; unknown names
/// are skipped).
fn latency_histogram(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let server = ctx.server;
    let called = |e: &&CommandEntry| e.stats.latency.count() > 0;
    let entries: Vec<&CommandEntry> = if argv.len() == 2 {
        server
            .commands
            .all_entries()
            .into_iter()
            .filter(called)
            .collect()
    } else {
        let mut picked = Vec::new();
        for name in &argv[2..] {
            let Some(entry) = super::introspection::lookup_by_full_name(server, name) else {
                continue;
            };
            picked.extend(
                std::iter::once(entry)
                    .chain(entry.sorted_subcommands())
                    .filter(called),
            );
        }
        picked
    };
    Ok(Reply::Map(
        entries.into_iter().map(histogram_entry).collect(),
    ))
}

/// LATENCY DOCTOR: per event, the number of spikes, their average and mean deviation, how
/// often they came and the worst one, followed by what to look at. (The event lines and the
/// fixed sentences are Redis's; the advice is Respite's own, shorter than Redis's.)
fn latency_doctor(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let server = ctx.server;
    let latest = server.latency.latest();
    let threshold = server.hot.latency_monitor_threshold.load(Relaxed);
    let mut report = String::new();
    if latest.is_empty() && threshold == 0 {
        report.push_str(
            "I'm sorry, Dave, I can't do that. Latency monitoring is disabled in this Redis instance. You may use \
\"CONFIG SET latency-monitor-threshold <milliseconds>.\" in order to enable it. If we weren't in a deep space \
mission I'd suggest to take a look at https://redis.io/topics/latency-monitor.\n",
        );
        return Ok(Reply::Verbatim("txt", Bytes::from(report)));
    }
    let now_secs = crate::server::clock::now_ms() / 1000;
    let mut advice: Vec<String> = Vec::new();
    for (n, (event, _, max)) in latest.iter().enumerate() {
        if n == 0 {
            report.push_str(
                "Dave, I have observed latency spikes in this Redis instance. You don't mind talking about it, do you Dave?\n\n",
            );
        }
        let samples = server.latency.history(event);
        let count = samples.len().max(1) as u64;
        let avg = samples.iter().map(|s| s.latency_ms).sum::<u64>() / count;
        let mad = samples
            .iter()
            .map(|s| s.latency_ms.abs_diff(avg))
            .sum::<u64>()
            / count;
        let oldest = samples.iter().map(|s| s.time).min().unwrap_or(now_secs);
        let period = (now_secs - oldest).max(1) as f64;
        report.push_str(&format!(
            "{}. {event}: {} latency spikes (average {avg}ms, mean deviation {mad}ms, period {:.2} sec). Worst all time event {max}ms.\n",
            n + 1,
            samples.len(),
            period / count as f64
        ));
        match event.as_str() {
            "command" => {
                let slower_than = server.hot.slowlog_log_slower_than.load(Relaxed);
                if slower_than < 0 {
                    advice.push(format!(
                        "- Slow commands cause these spikes, and the slow log is off: enable it with \
'CONFIG SET slowlog-log-slower-than {}' to see which ones.",
                        threshold * 1000
                    ));
                } else if slower_than as u64 / 1000 > threshold {
                    advice.push(format!(
                        "- The slow log only keeps commands slower than the latency threshold: lower it with \
'CONFIG SET slowlog-log-slower-than {}'.",
                        threshold * 1000
                    ));
                }
                advice.push(
                    "- SLOWLOG GET shows which commands are too slow; O(N) commands on big values (KEYS, \
SMEMBERS, LRANGE of long lists, DEL of large objects) are the usual suspects."
                        .to_string(),
                );
            }
            "fast-command" => advice.push(
                "- Even O(1) commands were slow: the machine itself (scheduler, noisy neighbours, swapping) adds \
latency; compare with redis-cli --intrinsic-latency."
                    .to_string(),
            ),
            _ => {}
        }
    }
    if latest.is_empty() {
        report.push_str(
            "Dave, no latency spike was observed during the lifetime of this Redis instance, not in the slightest \
bit. I honestly think you ought to sit down calmly, take a stress pill, and think things over.\n",
        );
    } else if advice.is_empty() {
        report.push_str(
            "\nWhile there are latency events logged, I'm not able to suggest any easy fix. Please use the Redis \
community to get some help, providing this report in your help request.\n",
        );
    } else {
        report.push_str("\nI have a few advices for you:\n\n");
        for a in advice {
            report.push_str(&a);
            report.push('\n');
        }
    }
    Ok(Reply::Verbatim("txt", Bytes::from(report)))
}
