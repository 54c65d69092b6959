//! CLIENT and its subcommands: connection names, CLIENT LIST/INFO lines, KILL, PAUSE, REPLY,
//! UNBLOCK and the per-connection switches.

use super::args;
use super::flags::*;
use super::introspection::{help_reply, subcommand_syntax_error};
use super::table::acl::CONNECTION;
use super::{CmdResult, Command, Ctx};
use crate::protocol::Reply;
use crate::server::client::{
    client_flags, ClientHandle, PauseKind, PausePurpose, ReplyMode, UnblockReason, KIND_MASTER,
    KIND_NORMAL, KIND_PUBSUB, KIND_REPLICA,
};
use crate::server::clock;
use bytes::Bytes;
use std::fmt::Write as _;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] = &[Command::container("client", CLIENT)
    .doc(
        "connection",
        "2.4.0",
        "Subcommands that inspect and manage client connections.",
    )
    .complexity("Depends on subcommand.")];

// CLIENT TRACKING, CACHING, GETREDIR and TRACKINGINFO belong with client-side caching and are
// added to this table by that subsystem.
static CLIENT: &[Command] = &[
    // Client-side caching (commands/tracking.rs).
    super::tracking::TRACKING,
    super::tracking::CACHING,
    super::tracking::GETREDIR,
    super::tracking::TRACKINGINFO,
    Command::new("help", 2, LOADING | STALE | SENTINEL, client_help)
        .acl(CONNECTION)
        .doc("connection", "5.0.0", "Describes the CLIENT subcommands.")
        .complexity("O(1)"),
    Command::new("id", 2, NOSCRIPT | LOADING | STALE | SENTINEL, client_id)
        .acl(CONNECTION)
        .doc("connection", "5.0.0", "Replies with the numeric ID of this connection.")
        .complexity("O(1)"),
    Command::new("info", 2, NOSCRIPT | LOADING | STALE | SENTINEL, client_info)
        .acl(CONNECTION)
        .doc("connection", "6.2.0", "Describes this connection in the CLIENT LIST format.")
        .complexity("O(1)"),
    Command::new("list", -2, ADMIN | NOSCRIPT | LOADING | STALE | SENTINEL, client_list)
        .acl(CONNECTION)
        .doc("connection", "2.4.0", "Describes every connected client, one line each.")
        .complexity("O(N) where N is the number of client connections")
        .syntax("[TYPE <NORMAL | MASTER | REPLICA | PUBSUB>] [ID client-id [client-id ...]]"),
    Command::new("kill", -3, ADMIN | NOSCRIPT | LOADING | STALE | SENTINEL, client_kill)
        .acl(CONNECTION)
        .doc("connection", "2.4.0", "Closes client connections chosen by address or by filters.")
        .complexity("O(N) where N is the number of client connections")
        .syntax(
            "<ip:port | <[ID client-id] | [TYPE <NORMAL | MASTER | SLAVE | REPLICA | PUBSUB>] | [USER username] \
             | [ADDR ip:port] | [LADDR ip:port] | [SKIPME <YES | NO>]> [[ID client-id] | [TYPE <NORMAL | MASTER \
             | SLAVE | REPLICA | PUBSUB>] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME <YES | NO>] ...]>",
        ),
    Command::new("setname", 3, NOSCRIPT | LOADING | STALE | SENTINEL, client_setname)
        .acl(CONNECTION)
        .doc("connection", "2.6.9", "Gives this connection a name.")
        .complexity("O(1)")
        .syntax("connection-name"),
    Command::new("getname", 2, NOSCRIPT | LOADING | STALE | SENTINEL, client_getname)
        .acl(CONNECTION)
        .doc("connection", "2.6.9", "Replies with the name given to this connection, if any.")
        .complexity("O(1)"),
    // Redis 7.2's CLIENT SETINFO: client libraries send it on connect.
    Command::new("setinfo", 4, NOSCRIPT | LOADING | STALE | SENTINEL, client_setinfo)
        .acl(CONNECTION)
        .doc("connection", "7.2.0", "Records the client library's name or version for this connection.")
        .complexity("O(1)")
        .syntax("<LIB-NAME libname | LIB-VER libver>"),
    Command::new("pause", -3, ADMIN | NOSCRIPT | LOADING | STALE | SENTINEL, client_pause)
        .acl(CONNECTION)
        .doc("connection", "2.9.50", "Holds back command processing from clients for a while.")
        .complexity("O(1)")
        .syntax("timeout [WRITE | ALL]"),
    Command::new("unpause", 2, ADMIN | NOSCRIPT | LOADING | STALE | SENTINEL, client_unpause)
        .acl(CONNECTION)
        .doc("connection", "6.2.0", "Ends a CLIENT PAUSE so held-back clients carry on.")
        .complexity("O(N) Where N is the number of paused clients"),
    Command::new("reply", 3, NOSCRIPT | LOADING | STALE | SENTINEL, client_reply)
        .acl(CONNECTION)
        .doc("connection", "3.2.0", "Turns the server's replies to this connection on or off, or skips the next one.")
        .complexity("O(1)")
        .syntax("<ON | OFF | SKIP>"),
    Command::new("unblock", -3, ADMIN | NOSCRIPT | LOADING | STALE | SENTINEL, client_unblock)
        .acl(CONNECTION)
        .doc("connection", "5.0.0", "Wakes another client that is waiting in a blocking command.")
        .complexity("O(log N) where N is the number of client connections")
        .syntax("client-id [TIMEOUT | ERROR]"),
    Command::new("no-evict", 3, ADMIN | NOSCRIPT | LOADING | STALE | SENTINEL, client_no_evict)
        .acl(CONNECTION)
        .doc("connection", "7.0.0", "Exempts this connection from client eviction, or makes it subject again.")
        .complexity("O(1)")
        .syntax("<ON | OFF>"),
    // Redis 7.2's CLIENT NO-TOUCH.
    Command::new("no-touch", 3, NOSCRIPT | LOADING | STALE, client_no_touch)
        .acl(CONNECTION)
        .doc("connection", "7.2.0", "Chooses whether this connection's commands update the access time and frequency of keys.")
        .complexity("O(1)")
        .syntax("<ON | OFF>"),
];

/// CLIENT HELP, worded as redis-server 7.0 words it.
const HELP: &[&str] = &[
    "CACHING (YES|NO)",
    "    Enable/disable tracking of the keys for next command in OPTIN/OPTOUT modes.",
    "GETREDIR",
    "    Return the client ID we are redirecting to when tracking is enabled.",
    "GETNAME",
    "    Return the name of the current connection.",
    "ID",
    "    Return the ID of the current connection.",
    "INFO",
    "    Return information about the current client connection.",
    "KILL <ip:port>",
    "    Kill connection made from <ip:port>.",
    "KILL <option> <value> [<option> <value> [...]]",
    "    Kill connections. Options are:",
    "    * ADDR (<ip:port>|<unixsocket>:0)",
    "      Kill connections made from the specified address",
    "    * LADDR (<ip:port>|<unixsocket>:0)",
    "      Kill connections made to specified local address",
    "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
    "      Kill connections by type.",
    "    * USER <username>",
    "      Kill connections authenticated by <username>.",
    "    * SKIPME (YES|NO)",
    "      Skip killing current connection (default: yes).",
    "LIST [options ...]",
    "    Return information about client connections. Options:",
    "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
    "      Return clients of specified type.",
    "UNPAUSE",
    "    Stop the current client pause, resuming traffic.",
    "PAUSE <timeout> [WRITE|ALL]",
    "    Suspend all, or just write, clients for <timeout> milliseconds.",
    "REPLY (ON|OFF|SKIP)",
    "    Control the replies sent to the current connection.",
    "SETNAME <name>",
    "    Assign the name <name> to the current connection.",
    "UNBLOCK <clientid> [TIMEOUT|ERROR]",
    "    Unblock the specified blocked client.",
    "TRACKING (ON|OFF) [REDIRECT <id>] [BCAST] [PREFIX <prefix> [...]]",
    "         [OPTIN] [OPTOUT] [NOLOOP]",
    "    Control server assisted client side caching.",
    "TRACKINGINFO",
    "    Report tracking status for the current connection.",
    "NO-EVICT (ON|OFF)",
    "    Protect current client connection from eviction.",
];

fn client_help(_ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(help_reply(&argv[0], HELP))
}

fn client_id(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::Int(ctx.client.id() as i64))
}

/// Validates and sets a connection name (CLIENT SETNAME, HELLO SETNAME).
pub fn set_client_name(ctx: &mut Ctx, name: &Bytes) -> Result<(), Reply> {
    if name.iter().any(|&b| b <= b' ' || b > b'~') {
        return Err(Reply::error(
            "ERR Client names cannot contain spaces, newlines or special characters.",
        ));
    }
    *ctx.client.handle.name.lock() = if name.is_empty() {
        None
    } else {
        Some(name.clone())
    };
    Ok(())
}

fn client_setname(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_client_name(ctx, &argv[2])?;
    Ok(Reply::Ok)
}

fn client_getname(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::opt_bulk(ctx.client.handle.name.lock().clone()))
}

fn client_setinfo(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let attr = &argv[2];
    let slot = if args::is(attr, "LIB-NAME") {
        &ctx.client.handle.lib_name
    } else if args::is(attr, "LIB-VER") {
        &ctx.client.handle.lib_ver
    } else {
        return Err(Reply::error(format!(
            "ERR Unrecognized option '{}'",
            args::text(attr)
        )));
    };
    let value = &argv[3];
    if value.iter().any(|&b| b <= b' ' || b > b'~') {
        return Err(Reply::error(format!(
            "ERR {} cannot contain spaces, newlines or special characters.",
            args::text(attr)
        )));
    }
    *slot.lock() = if value.is_empty() {
        None
    } else {
        Some(value.clone())
    };
    Ok(Reply::Ok)
}

/// The per-connection facts only the connection's own task knows while it runs a command;
/// CLIENT LIST and CLIENT INFO use them for the caller's own line.
pub struct OwnCommand<'a> {
    pub full_name: &'a str,
    pub argv_mem: usize,
    /// Commands queued by MULTI, when inside one.
    pub multi: Option<usize>,
}

fn own_command<'a>(ctx: &'a Ctx, argv: &[Bytes]) -> OwnCommand<'a> {
    OwnCommand {
        full_name: &ctx.cmd.full_name,
        argv_mem: argv.iter().map(|a| a.len()).sum(),
        multi: ctx.client.ext.multi.as_ref().map(|q| q.len()),
    }
}

/// Size of the reply buffer every connection starts with (CLIENT LIST `rbs`/`rbp`).
const REPLY_BUFFER: usize = 16 * 1024;
/// Rough per-connection bookkeeping beyond its buffers, for `tot-mem`.
const CLIENT_OVERHEAD: usize = 2 * 1024;

/// One CLIENT LIST / CLIENT INFO line (without the newline), with Redis 7.0's fields in its
/// order. `own` describes the command the caller itself is running, for its own line.
pub fn info_line(c: &ClientHandle, own: Option<&OwnCommand>) -> String {
    let now = clock::now_ms();
    let flags = c.flag_chars();
    let (sub, psub, ssub, queued) = *c.sub_counts.lock();
    let multi = match own {
        Some(own) => own.multi.map_or(-1, |n| n as i64),
        None if c.has_flag(client_flags::MULTI) => queued.max(0),
        None => -1,
    };
    let qbuf = c.qbuf.load(Relaxed);
    let qbuf_free = c.qbuf_cap.load(Relaxed);
    let argv_mem = own.map_or(0, |o| o.argv_mem);
    let omem = c.omem.load(Relaxed);
    let tot_mem = qbuf + qbuf_free + REPLY_BUFFER + omem + argv_mem + CLIENT_OVERHEAD;
    let cmd = match own {
        Some(own) => own.full_name.to_string(),
        None => c
            .last_cmd
            .get()
            .map_or_else(|| "NULL".to_string(), |e| e.full_name.clone()),
    };
    let redir = if c.has_flag(client_flags::TRACKING) {
        c.tracking_redirect.load(Relaxed)
    } else {
        -1
    };
    let name = c
        .name
        .lock()
        .as_ref()
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default();
    let mut line = String::with_capacity(320);
    let _ = write!(
        line,
        "id={} addr={} laddr={} fd={} name={} age={} idle={} flags={} db={} sub={} psub={} ssub={} multi={} \
         qbuf={} qbuf-free={} argv-mem={} multi-mem=0 rbs={} rbp={} obl=0 oll=0 omem={} tot-mem={} events={} \
         cmd={} user={} redir={} resp={}",
        c.id,
        c.addr,
        c.laddr,
        c.fd.load(Relaxed),
        name,
        (now - c.created_ms).max(0) / 1000,
        c.idle_secs(now),
        flags,
        c.db.load(Relaxed),
        sub,
        psub,
        ssub,
        multi,
        qbuf,
        qbuf_free,
        argv_mem,
        REPLY_BUFFER,
        REPLY_BUFFER,
        omem,
        tot_mem,
        if omem > 0 { "rw" } else { "r" },
        cmd,
        c.user.lock(),
        redir,
        c.resp.load(Relaxed),
    );
    line
}

/// Client types as CLIENT LIST/KILL TYPE name them.
fn client_type_by_name(name: &[u8]) -> Option<u8> {
    if args::is(name, "normal") {
        Some(KIND_NORMAL)
    } else if args::is(name, "slave") || args::is(name, "replica") {
        Some(KIND_REPLICA)
    } else if args::is(name, "pubsub") {
        Some(KIND_PUBSUB)
    } else if args::is(name, "master") {
        Some(KIND_MASTER)
    } else {
        None
    }
}

fn unknown_type(name: &[u8]) -> Reply {
    Reply::error(format!("ERR Unknown client type '{}'", args::text(name)))
}

fn client_info(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let own = own_command(ctx, argv);
    let mut text = info_line(&ctx.client.handle, Some(&own));
    text.push('\n');
    Ok(Reply::Verbatim("txt", Bytes::from(text)))
}

fn client_list(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut kind = None;
    let mut ids = None;
    if argv.len() == 4 && args::is(&argv[2], "TYPE") {
        kind = Some(client_type_by_name(&argv[3]).ok_or_else(|| unknown_type(&argv[3]))?);
    } else if argv.len() > 3 && args::is(&argv[2], "ID") {
        let mut list = Vec::with_capacity(argv.len() - 3);
        for arg in &argv[3..] {
            list.push(args::int_or(arg, "Invalid client ID")?);
        }
        ids = Some(list);
    } else if argv.len() != 2 {
        return Err(super::errors::syntax());
    }
    let own = own_command(ctx, argv);
    let me = ctx.client.id();
    let line_of = |c: &ClientHandle| {
        let mut line = info_line(c, (c.id == me).then_some(&own));
        line.push('\n');
        line
    };
    let mut text = String::new();
    match ids {
        // In the order asked, once per mention, as Redis does.
        Some(ids) => {
            for id in ids {
                if let Some(c) = u64::try_from(id)
                    .ok()
                    .and_then(|id| ctx.server.clients.get(id))
                {
                    text.push_str(&line_of(&c));
                }
            }
        }
        None => {
            for c in ctx.server.clients.all() {
                if kind.is_none_or(|k| c.client_type() == k) {
                    text.push_str(&line_of(&c));
                }
            }
        }
    }
    Ok(Reply::Verbatim("txt", Bytes::from(text)))
}

/// CLIENT KILL filters; every given one must match.
#[derive(Default)]
struct KillFilter {
    addr: Option<Bytes>,
    laddr: Option<Bytes>,
    kind: Option<u8>,
    id: Option<u64>,
    user: Option<Bytes>,
}

impl KillFilter {
    fn matches(&self, c: &ClientHandle) -> bool {
        self.addr
            .as_ref()
            .is_none_or(|a| a[..] == *c.addr.as_bytes())
            && self
                .laddr
                .as_ref()
                .is_none_or(|a| a[..] == *c.laddr.as_bytes())
            && self.kind.is_none_or(|k| c.client_type() == k)
            && self.id.is_none_or(|id| c.id == id)
            && self
                .user
                .as_ref()
                .is_none_or(|u| u[..] == *c.user.lock().as_bytes())
    }
}

/// Whether an ACL user of that name exists. Respite has the single `default` user.
fn user_exists(name: &[u8]) -> bool {
    name == b"default"
}

fn client_kill(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut filter = KillFilter::default();
    // The old form `CLIENT KILL addr` may kill the caller itself; the new form skips it by
    // default (SKIPME yes).
    let old_form = argv.len() == 3;
    let mut skip_me = !old_form;
    if old_form {
        filter.addr = Some(argv[2].clone());
    } else {
        let mut i = 2;
        while i < argv.len() {
            let (option, value) = (&argv[i], argv.get(i + 1));
            let Some(value) = value else {
                return Err(super::errors::syntax());
            };
            if args::is(option, "ID") {
                match crate::util::parse_i64(value) {
                    Some(id) if id >= 1 => filter.id = Some(id as u64),
                    _ => return Err(Reply::error("ERR client-id should be greater than 0")),
                }
            } else if args::is(option, "TYPE") {
                filter.kind = Some(client_type_by_name(value).ok_or_else(|| unknown_type(value))?);
            } else if args::is(option, "ADDR") {
                filter.addr = Some(value.clone());
            } else if args::is(option, "LADDR") {
                filter.laddr = Some(value.clone());
            } else if args::is(option, "USER") {
                if !user_exists(value) {
                    return Err(Reply::error(format!(
                        "ERR No such user '{}'",
                        args::text(value)
                    )));
                }
                filter.user = Some(value.clone());
            } else if args::is(option, "SKIPME") {
                skip_me = if args::is(value, "YES") {
                    true
                } else if args::is(value, "NO") {
                    false
                } else {
                    return Err(super::errors::syntax());
                };
            } else {
                return Err(super::errors::syntax());
            }
            i += 2;
        }
    }
    let me = ctx.client.id();
    let mut killed = 0;
    for c in ctx.server.clients.all() {
        if !filter.matches(&c) || (c.id == me && skip_me) {
            continue;
        }
        if c.id == me {
            // Closed once this reply is written.
            ctx.client.close_after_reply = true;
        } else {
            ctx.server.clients.kill(&c);
        }
        killed += 1;
    }
    if old_form {
        if killed == 0 {
            return Err(Reply::error("ERR No such client"));
        }
        return Ok(Reply::Ok);
    }
    Ok(Reply::Int(killed))
}

fn client_pause(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() > 4 {
        return Err(subcommand_syntax_error(argv));
    }
    let mut kind = PauseKind::All;
    if argv.len() == 4 {
        if args::is(&argv[3], "WRITE") {
            kind = PauseKind::Write;
        } else if !args::is(&argv[3], "ALL") {
            return Err(Reply::error("ERR CLIENT PAUSE mode must be WRITE or ALL"));
        }
    }
    let timeout = args::int_or(&argv[2], "timeout is not an integer or out of range")?;
    if timeout < 0 {
        return Err(Reply::error("ERR timeout is negative"));
    }
    // A zero timeout is a pause that has already ended.
    let end = if timeout > 0 {
        timeout.saturating_add(clock::now_ms())
    } else {
        0
    };
    ctx.server
        .clients
        .pause(PausePurpose::ClientCommand, end, kind);
    Ok(Reply::Ok)
}

fn client_unpause(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    ctx.server.clients.unpause(PausePurpose::ClientCommand);
    Ok(Reply::Ok)
}

fn client_reply(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mode = &argv[2];
    if args::is(mode, "ON") {
        ctx.client.reply_mode = ReplyMode::On;
        Ok(Reply::Ok)
    } else if args::is(mode, "OFF") {
        ctx.client.reply_mode = ReplyMode::Off;
        Ok(Reply::None)
    } else if args::is(mode, "SKIP") {
        if ctx.client.reply_mode != ReplyMode::Off {
            ctx.client.reply_mode = ReplyMode::SkipNext;
        }
        Ok(Reply::None)
    } else {
        Err(super::errors::syntax())
    }
}

fn client_unblock(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() > 4 {
        return Err(subcommand_syntax_error(argv));
    }
    let mut reason = UnblockReason::Timeout;
    if argv.len() == 4 {
        if args::is(&argv[3], "ERROR") {
            reason = UnblockReason::Error;
        } else if !args::is(&argv[3], "TIMEOUT") {
            return Err(Reply::error(
                "ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR",
            ));
        }
    }
    let id = args::int(&argv[2])?;
    let unblocked = u64::try_from(id)
        .ok()
        .and_then(|id| ctx.server.clients.get(id))
        .is_some_and(|target| target.request_unblock(reason));
    Ok(Reply::Int(unblocked as i64))
}

/// Parses an ON|OFF switch.
fn on_off(arg: &[u8]) -> Result<bool, Reply> {
    if args::is(arg, "ON") {
        Ok(true)
    } else if args::is(arg, "OFF") {
        Ok(false)
    } else {
        Err(super::errors::syntax())
    }
}

fn client_no_evict(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let on = on_off(&argv[2])?;
    ctx.client.handle.set_flag(client_flags::NO_EVICT, on);
    Ok(Reply::Ok)
}

fn client_no_touch(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let on = on_off(&argv[2])?;
    ctx.client.handle.set_flag(client_flags::NO_TOUCH, on);
    Ok(Reply::Ok)
}
