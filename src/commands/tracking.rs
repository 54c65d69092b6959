//! CLIENT TRACKING, CLIENT CACHING, CLIENT GETREDIR and CLIENT TRACKINGINFO (client-side
//! caching); the tracking table itself lives in `crate::server::tracking`.

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::CONNECTION;
use super::{CmdResult, Command, Ctx};
use crate::protocol::Reply;
use crate::server::tracking::TrackingState;
use bytes::Bytes;

// Subcommands of CLIENT (listed in its table in `client.rs`).
pub const TRACKING: Command = Command::new("tracking", -3, NOSCRIPT | LOADING | STALE, tracking)
        .acl(CONNECTION)
        .doc("connection", "6.0.0", "Turns key invalidation messages for client-side caching on or off.")
        .complexity("O(1). Some options may introduce additional complexity.")
        .syntax("<ON | OFF> [REDIRECT client-id] [PREFIX prefix [PREFIX prefix ...]] [BCAST] [OPTIN] [OPTOUT] [NOLOOP]");
pub const CACHING: Command = Command::new("caching", 3, NOSCRIPT | LOADING | STALE, caching)
    .acl(CONNECTION)
    .doc(
        "connection",
        "6.0.0",
        "Says whether the keys read by the next command should be tracked.",
    )
    .complexity("O(1)")
    .syntax("<YES | NO>");
pub const GETREDIR: Command = Command::new("getredir", 2, NOSCRIPT | LOADING | STALE, getredir)
    .acl(CONNECTION)
    .doc(
        "connection",
        "6.0.0",
        "Tells which client ID receives this connection's invalidation messages.",
    )
    .complexity("O(1)");
pub const TRACKINGINFO: Command =
    Command::new("trackinginfo", 2, NOSCRIPT | LOADING | STALE, trackinginfo)
        .acl(CONNECTION)
        .doc(
            "connection",
            "6.2.0",
            "Describes this connection's client-side caching settings.",
        )
        .complexity("O(1)");

fn err(text: &'static str) -> Reply {
    Reply::error(text)
}

/// Two prefixes overlap when one starts with the other (they would both match some key).
fn overlaps(a: &[u8], b: &[u8]) -> bool {
    let n = a.len().min(b.len());
    a[..n] == b[..n]
}

fn tracking(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut redirect: i64 = 0;
    let mut state = TrackingState {
        on: true,
        ..Default::default()
    };
    let mut prefixes: Vec<Bytes> = Vec::new();
    let mut j = 3;
    while j < argv.len() {
        let more = argv.len() - 1 - j;
        let opt = &argv[j];
        if args::is(opt, "REDIRECT") && more > 0 {
            j += 1;
            if redirect != 0 {
                return Err(err(
                    "ERR A client can only redirect to a single other client",
                ));
            }
            redirect = args::int(&argv[j])?;
            if redirect <= 0 || ctx.server.clients.get(redirect as u64).is_none() {
                return Err(err("ERR The client ID you want redirect to does not exist"));
            }
        } else if args::is(opt, "BCAST") {
            state.bcast = true;
        } else if args::is(opt, "OPTIN") {
            state.optin = true;
        } else if args::is(opt, "OPTOUT") {
            state.optout = true;
        } else if args::is(opt, "NOLOOP") {
            state.noloop = true;
        } else if args::is(opt, "PREFIX") && more > 0 {
            j += 1;
            prefixes.push(argv[j].clone());
        } else {
            return Err(errors::syntax());
        }
        j += 1;
    }
    let handle = ctx.client.handle.clone();
    if args::is(&argv[2], "OFF") {
        ctx.server.tracking.disable(&handle);
        return Ok(Reply::Ok);
    }
    if !args::is(&argv[2], "ON") {
        return Err(errors::syntax());
    }
    let current = handle.tracking.lock().clone();
    if !state.bcast && !prefixes.is_empty() {
        return Err(err("ERR PREFIX option requires BCAST mode to be enabled"));
    }
    if current.on && current.bcast != state.bcast {
        return Err(err("ERR You can't switch BCAST mode on/off before disabling tracking for this client, and then re-enabling it with a different mode."));
    }
    if state.bcast && (state.optin || state.optout) {
        return Err(err("ERR OPTIN and OPTOUT are not compatible with BCAST"));
    }
    if state.optin && state.optout {
        return Err(err("ERR You can't specify both OPTIN mode and OPTOUT mode"));
    }
    if (state.optin && current.optout) || (state.optout && current.optin) {
        return Err(err("ERR You can't switch OPTIN/OPTOUT mode before disabling tracking for this client, and then re-enabling it with a different mode."));
    }
    if state.bcast {
        for (i, p) in prefixes.iter().enumerate() {
            if let Some(old) = current.prefixes.iter().find(|old| overlaps(old, p)) {
                return Err(Reply::error(format!(
                    "ERR Prefix '{}' overlaps with an existing prefix '{}'. Prefixes for a single client must not overlap.",
                    args::text(p),
                    args::text(old)
                )));
            }
            if let Some(other) = prefixes[i + 1..].iter().find(|o| overlaps(p, o)) {
                return Err(Reply::error(format!(
                    "ERR Prefix '{}' overlaps with another provided prefix '{}'. Prefixes for a single client must not overlap.",
                    args::text(p),
                    args::text(other)
                )));
            }
        }
    }
    state.redirect = redirect as u64;
    state.prefixes = prefixes;
    ctx.server.tracking.enable(&handle, state);
    Ok(Reply::Ok)
}

fn caching(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let handle = ctx.client.handle.clone();
    let mut state = handle.tracking.lock();
    if !state.on {
        return Err(err(
            "ERR CLIENT CACHING can be called only when the client is in tracking mode with OPTIN or OPTOUT mode enabled",
        ));
    }
    if args::is(&argv[2], "YES") {
        if !state.optin {
            return Err(err(
                "ERR CLIENT CACHING YES is only valid when tracking is enabled in OPTIN mode.",
            ));
        }
    } else if args::is(&argv[2], "NO") {
        if !state.optout {
            return Err(err(
                "ERR CLIENT CACHING NO is only valid when tracking is enabled in OPTOUT mode.",
            ));
        }
    } else {
        return Err(errors::syntax());
    }
    state.caching = true;
    Ok(Reply::Ok)
}

fn getredir(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let state = ctx.client.handle.tracking.lock();
    Ok(Reply::Int(if state.on {
        state.redirect as i64
    } else {
        -1
    }))
}

fn trackinginfo(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let state = ctx.client.handle.tracking.lock().clone();
    let mut flags = vec![Reply::bulk_str(if state.on { "on" } else { "off" })];
    let mut flag = |cond: bool, name: &str| {
        if cond {
            flags.push(Reply::bulk_str(name));
        }
    };
    flag(state.bcast, "bcast");
    flag(state.optin, "optin");
    flag(state.optin && state.caching, "caching-yes");
    flag(state.optout, "optout");
    flag(state.optout && state.caching, "caching-no");
    flag(state.noloop, "noloop");
    flag(state.broken_redirect, "broken_redirect");
    Ok(Reply::Map(vec![
        (Reply::bulk_str("flags"), Reply::Set(flags)),
        (
            Reply::bulk_str("redirect"),
            Reply::Int(if state.on { state.redirect as i64 } else { -1 }),
        ),
        (
            Reply::bulk_str("prefixes"),
            Reply::bulks(state.prefixes.iter().cloned()),
        ),
    ]))
}
