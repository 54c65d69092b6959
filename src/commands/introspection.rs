//! COMMAND and its subcommands: the command table as clients see it (COMMAND INFO's 10-element
//! entries, COMMAND DOCS, GETKEYS, LIST...). Also WAIT and FUNCTION FLUSH in the forms that make
//! sense while Respite has no replication and no scripting (see their handlers).

use super::docs;
use super::flags::*;
use super::keyspecs::{self, kflags, Begin, Find, KeySpecDoc};
use super::table::acl::{CONNECTION, SCRIPTING};
use super::{args, errors, CmdResult, Command, CommandEntry, Ctx};
use crate::protocol::Reply;
use crate::server::Server;
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[
    // COMMAND alone lists everything, so the container has a handler and arity -1.
    Command {
        arity: -1,
        flags: LOADING | STALE,
        acl: CONNECTION,
        handler: Some(command_all),
        ..Command::container("command", COMMAND_SUBCOMMANDS)
            .doc("server", "2.8.13", "Describes every command the server knows; its subcommands give narrower answers.")
            .complexity("O(N) where N is the total number of Redis commands")
    },
    Command::new("wait", 3, NOSCRIPT, wait)
        .acl(CONNECTION)
        .doc(
            "generic",
            "3.0.0",
            "Blocks until the writes of this connection reach a number of replicas, or a timeout passes.",
        )
        .complexity("O(1)")
        .syntax("numreplicas timeout"),
    Command::container("function", FUNCTION_SUBCOMMANDS)
        .doc("scripting", "7.0.0", "Subcommands that manage server-side function libraries.")
        .complexity("Depends on subcommand."),
];

static COMMAND_SUBCOMMANDS: &[Command] = &[
    Command::new("count", 2, LOADING | STALE, command_count)
        .acl(CONNECTION)
        .doc(
            "server",
            "2.8.13",
            "Returns how many commands the server has.",
        )
        .complexity("O(1)"),
    Command::new("docs", -2, LOADING | STALE, command_docs)
        .acl(CONNECTION)
        .doc(
            "server",
            "7.0.0",
            "Returns the documentation of one, several or all commands.",
        )
        .complexity("O(N) where N is the number of commands to look up")
        .syntax("[command-name [command-name ...]]"),
    Command::new("getkeys", -4, LOADING | STALE, command_getkeys)
        .acl(CONNECTION)
        .doc(
            "server",
            "2.8.13",
            "Extracts the key names from a complete command.",
        )
        .complexity("O(N) where N is the number of arguments to the command"),
    Command::new(
        "getkeysandflags",
        -4,
        LOADING | STALE,
        command_getkeysandflags,
    )
    .acl(CONNECTION)
    .doc(
        "server",
        "7.0.0",
        "Extracts the key names from a complete command, with how the command uses each key.",
    )
    .complexity("O(N) where N is the number of arguments to the command"),
    Command::new("help", 2, LOADING | STALE, command_help)
        .acl(CONNECTION)
        .doc("server", "5.0.0", "Describes the COMMAND subcommands.")
        .complexity("O(1)"),
    Command::new("info", -2, LOADING | STALE, command_info)
        .acl(CONNECTION)
        .doc(
            "server",
            "2.8.13",
            "Returns the details of one, several or all commands.",
        )
        .complexity("O(N) where N is the number of commands to look up")
        .syntax("[command-name [command-name ...]]"),
    Command::new("list", -2, LOADING | STALE, command_list)
        .acl(CONNECTION)
        .doc(
            "server",
            "7.0.0",
            "Returns the names of the commands, optionally filtered.",
        )
        .complexity("O(N) where N is the total number of Redis commands")
        .syntax("[FILTERBY <MODULE module-name | ACLCAT category | PATTERN pattern>]"),
];

static FUNCTION_SUBCOMMANDS: &[Command] =
    &[Command::new("flush", -2, NOSCRIPT | WRITE, function_flush)
        .acl(SCRIPTING)
        .doc("scripting", "7.0.0", "Deletes every function library.")
        .complexity("O(N) where N is the number of functions deleted")
        .syntax("[ASYNC | SYNC]")];

// ---------------------------------------------------------------------------------------------
// Shared reply helpers

/// The reply of a container's HELP subcommand, laid out as Redis's addReplyHelp lays it out.
pub fn help_reply(container: &[u8], lines: &[&str]) -> Reply {
    let name = String::from_utf8_lossy(container).to_uppercase();
    let mut out = Vec::with_capacity(lines.len() + 3);
    out.push(Reply::status(format!(
        "{name} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"
    )));
    out.extend(lines.iter().map(|l| Reply::status(l.to_string())));
    out.push(Reply::status("HELP"));
    out.push(Reply::status("    Prints this help."));
    Reply::Array(out)
}

/// `ERR unknown subcommand or wrong number of arguments for 'x'. Try FUNCTION HELP.`
pub fn subcommand_syntax_error(argv: &[Bytes]) -> Reply {
    Reply::error(format!(
        "ERR unknown subcommand or wrong number of arguments for '{}'. Try {} HELP.",
        errors::truncate(&argv[1], 128),
        String::from_utf8_lossy(&argv[0]).to_uppercase()
    ))
}

fn statuses<'s>(names: impl IntoIterator<Item = &'s str>) -> Reply {
    Reply::Set(
        names
            .into_iter()
            .map(|n| Reply::status(n.to_string()))
            .collect(),
    )
}

fn pair(k: &str, v: Reply) -> (Reply, Reply) {
    (Reply::bulk_str(k), v)
}

// ---------------------------------------------------------------------------------------------
// Command lookup

/// A command or subcommand by the name COMMAND INFO/DOCS take: `get`, `config|get` (any case).
pub fn lookup_by_full_name<'s>(server: &'s Server, name: &[u8]) -> Option<&'s CommandEntry> {
    let mut parts = name.split(|&c| c == b'|');
    let base = server.commands.get(parts.next()?)?;
    match (parts.next(), parts.next()) {
        (None, _) => Some(base),
        (Some(sub), None) => base.subcommand(sub),
        _ => None,
    }
}

/// The command an argv runs, as Redis's lookupCommand finds it: a container with arguments
/// means its subcommand (None when there is no such subcommand).
fn lookup_by_argv<'s>(server: &'s Server, argv: &[Bytes]) -> Option<&'s CommandEntry> {
    let base = server.commands.get(argv.first()?)?;
    if base.subcommands.is_empty() || argv.len() == 1 {
        return Some(base);
    }
    base.subcommand(&argv[1])
}

// ---------------------------------------------------------------------------------------------
// COMMAND INFO entries

/// Command flags in COMMAND INFO's order (Redis hides may_replicate, sentinel, protected).
const FLAG_ORDER: &[(u64, &str)] = &[
    (WRITE, "write"),
    (READONLY, "readonly"),
    (DENYOOM, "denyoom"),
    (ADMIN, "admin"),
    (PUBSUB, "pubsub"),
    (NOSCRIPT, "noscript"),
    (BLOCKING, "blocking"),
    (LOADING, "loading"),
    (STALE, "stale"),
    (SKIP_MONITOR, "skip_monitor"),
    (SKIP_SLOWLOG, "skip_slowlog"),
    (ASKING, "asking"),
    (FAST, "fast"),
    (NO_AUTH, "no_auth"),
    (NO_MANDATORY_KEYS, "no_mandatory_keys"),
    (NO_ASYNC_LOADING, "no_async_loading"),
    (NO_MULTI, "no_multi"),
];

fn flag_names(cmd: &Command) -> Vec<&'static str> {
    let mut names: Vec<&str> = FLAG_ORDER
        .iter()
        .filter(|(f, _)| cmd.has(*f))
        .map(|(_, n)| *n)
        .collect();
    if cmd.movable_keys() {
        names.push("movablekeys");
    }
    if cmd.has(ALLOW_BUSY) {
        names.push("allow_busy");
    }
    names
}

/// The key specs of a command: Redis's documented ones, or for a command Redis does not have,
/// one derived from the table's key positions.
fn key_specs(entry: &CommandEntry) -> Vec<KeySpecDoc> {
    let (specs, _) = keyspecs::lookup(&entry.full_name);
    if !specs.is_empty() {
        return specs.to_vec();
    }
    let k = entry.cmd.keys;
    if k.first <= 0 {
        return Vec::new();
    }
    let lastkey = if k.last < 0 { k.last } else { k.last - k.first };
    let flags = if entry.cmd.has(WRITE) {
        kflags::RW | kflags::UPDATE
    } else {
        kflags::RO | kflags::ACCESS
    };
    vec![KeySpecDoc {
        flags,
        begin: Begin::Index(k.first),
        find: Find::Range(lastkey, k.step.max(1), 0),
    }]
}

fn key_spec_reply(spec: &KeySpecDoc) -> Reply {
    let int = |v: i32| Reply::Int(v as i64);
    let (begin_type, begin_spec) = match spec.begin {
        Begin::Index(i) => ("index", vec![pair("index", int(i))]),
        Begin::Keyword(k, from) => (
            "keyword",
            vec![
                pair("keyword", Reply::bulk_str(k)),
                pair("startfrom", int(from)),
            ],
        ),
        Begin::Unknown => ("unknown", vec![]),
    };
    let (find_type, find_spec) = match spec.find {
        Find::Range(last, step, limit) => (
            "range",
            vec![
                pair("lastkey", int(last)),
                pair("keystep", int(step)),
                pair("limit", int(limit)),
            ],
        ),
        Find::Keynum(idx, first, step) => (
            "keynum",
            vec![
                pair("keynumidx", int(idx)),
                pair("firstkey", int(first)),
                pair("keystep", int(step)),
            ],
        ),
        Find::Unknown => ("unknown", vec![]),
    };
    Reply::Map(vec![
        pair("flags", statuses(kflags::names(spec.flags))),
        pair(
            "begin_search",
            Reply::Map(vec![
                pair("type", Reply::bulk_str(begin_type)),
                pair("spec", Reply::Map(begin_spec)),
            ]),
        ),
        pair(
            "find_keys",
            Reply::Map(vec![
                pair("type", Reply::bulk_str(find_type)),
                pair("spec", Reply::Map(find_spec)),
            ]),
        ),
    ])
}

/// COMMAND INFO's 10-element description of a command.
pub fn command_info_reply(entry: &CommandEntry) -> Reply {
    let cmd = entry.cmd;
    let categories: Vec<String> = super::table::acl::NAMES
        .iter()
        .filter(|(c, _)| cmd.acl_categories() & c != 0)
        .map(|(_, n)| format!("@{n}"))
        .collect();
    let (_, tips) = keyspecs::lookup(&entry.full_name);
    let subcommands = if entry.subcommands.is_empty() {
        Reply::Set(Vec::new())
    } else {
        Reply::Array(
            entry
                .sorted_subcommands()
                .into_iter()
                .map(command_info_reply)
                .collect(),
        )
    };
    Reply::Array(vec![
        Reply::bulk(entry.full_name.clone()),
        Reply::Int(cmd.arity as i64),
        statuses(flag_names(cmd)),
        Reply::Int(cmd.keys.first as i64),
        Reply::Int(cmd.keys.last as i64),
        Reply::Int(cmd.keys.step as i64),
        statuses(categories.iter().map(String::as_str)),
        Reply::Set(tips.iter().map(|t| Reply::bulk_str(t)).collect()),
        Reply::Set(key_specs(entry).iter().map(key_spec_reply).collect()),
        subcommands,
    ])
}

// ---------------------------------------------------------------------------------------------
// Handlers

fn command_all(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::Array(
        ctx.server
            .commands
            .sorted()
            .into_iter()
            .map(command_info_reply)
            .collect(),
    ))
}

fn command_count(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(ctx.server.commands.len()))
}

fn command_info(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() == 2 {
        return command_all(ctx, argv);
    }
    let server = ctx.server;
    Ok(Reply::Array(
        argv[2..]
            .iter()
            .map(|name| lookup_by_full_name(server, name).map_or(Reply::Nil, command_info_reply))
            .collect(),
    ))
}

fn command_docs(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let server = ctx.server;
    let entries: Vec<&CommandEntry> = if argv.len() == 2 {
        server.commands.sorted()
    } else {
        argv[2..]
            .iter()
            .filter_map(|name| lookup_by_full_name(server, name))
            .collect()
    };
    Ok(Reply::Map(
        entries
            .into_iter()
            .map(|e| (Reply::bulk(e.full_name.clone()), docs::command_docs(e)))
            .collect(),
    ))
}

/// What COMMAND LIST FILTERBY selects.
enum ListFilter<'a> {
    All,
    Module,
    /// An ACL category bit (0: no such category, nothing matches).
    AclCat(u64),
    Pattern(&'a [u8]),
}

impl ListFilter<'_> {
    fn keeps(&self, entry: &CommandEntry) -> bool {
        match self {
            ListFilter::All => true,
            ListFilter::Module => false, // there are no modules
            ListFilter::AclCat(cat) => *cat != 0 && entry.cmd.acl_categories() & cat != 0,
            ListFilter::Pattern(p) => {
                crate::util::glob::glob_match(p, entry.full_name.as_bytes(), true)
            }
        }
    }
}

fn command_list(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut filter = ListFilter::All;
    let mut i = 2;
    while i < argv.len() {
        let more = argv.len() - 1 - i;
        if !(args::is(&argv[i], "FILTERBY") && more == 2) {
            return Err(errors::syntax());
        }
        let value = &argv[i + 2];
        filter = if args::is(&argv[i + 1], "MODULE") {
            ListFilter::Module
        } else if args::is(&argv[i + 1], "ACLCAT") {
            let cat = super::table::acl::NAMES
                .iter()
                .find(|(_, n)| args::is(value, n))
                .map_or(0, |(c, _)| *c);
            ListFilter::AclCat(cat)
        } else if args::is(&argv[i + 1], "PATTERN") {
            ListFilter::Pattern(value)
        } else {
            return Err(errors::syntax());
        };
        i += 3;
    }
    let mut names = Vec::new();
    for entry in ctx.server.commands.sorted() {
        if filter.keeps(entry) {
            names.push(Reply::bulk(entry.full_name.clone()));
        }
        for sub in entry.sorted_subcommands() {
            if filter.keeps(sub) {
                names.push(Reply::bulk(sub.full_name.clone()));
            }
        }
    }
    Ok(Reply::Array(names))
}

/// The keys of `argv` (a full command line) with their key-spec flags, as Redis finds them:
/// by the key specs when they are complete and their flags fixed, else by the command's own
/// key finder (here: the table's key positions), taking flags from the spec that covers each key.
pub fn keys_with_flags(entry: &CommandEntry, argv: &[Bytes]) -> Vec<(usize, u32)> {
    let specs = key_specs(entry);
    let real: Vec<&KeySpecDoc> = specs
        .iter()
        .filter(|s| s.flags & kflags::NOT_KEY == 0)
        .collect();
    let variable = real.iter().any(|s| s.flags & kflags::VARIABLE_FLAGS != 0);
    if !real.is_empty() && !variable {
        let mut found = Vec::new();
        let mut complete = true;
        for spec in &real {
            match spec.positions(argv) {
                Some(positions) if spec.flags & kflags::INCOMPLETE == 0 => {
                    found.extend(positions.into_iter().map(|p| (p, spec.flags)))
                }
                // A bad numkeys: Redis's own key finders then find no keys at all.
                None if matches!(spec.find, Find::Keynum(..)) => return Vec::new(),
                _ => {
                    complete = false;
                    break;
                }
            }
        }
        if complete {
            return found;
        }
    }
    let positions = entry.cmd.keys.positions(argv);
    positions
        .into_iter()
        .map(|p| (p, flags_of_key(entry, &real, argv, p)))
        .collect()
}

/// The flags of the key at `pos` when the command's own finder located it.
fn flags_of_key(entry: &CommandEntry, specs: &[&KeySpecDoc], argv: &[Bytes], pos: usize) -> u32 {
    use kflags::*;
    match entry.full_name.as_str() {
        // The only commands whose key flags depend on the arguments.
        "set" => {
            return if argv.iter().skip(3).any(|a| args::is(a, "GET")) {
                RW | ACCESS | UPDATE
            } else {
                OW | UPDATE
            };
        }
        "bitfield" => {
            return if bitfield_is_read_only(argv) {
                RO | ACCESS
            } else {
                RW | ACCESS | UPDATE
            }
        }
        _ => {}
    }
    if let Some(spec) = specs
        .iter()
        .find(|s| s.positions(argv).is_some_and(|p| p.contains(&pos)))
    {
        return spec.flags;
    }
    // Keys no spec can locate (SORT's STORE, MIGRATE's KEYS) belong to the open-ended specs.
    specs
        .iter()
        .rev()
        .find(|s| s.begin == Begin::Unknown || s.flags & INCOMPLETE != 0)
        .map_or(0, |s| s.flags & !(INCOMPLETE | VARIABLE_FLAGS))
}

/// BITFIELD with only GET (and OVERFLOW) operations only reads its key.
fn bitfield_is_read_only(argv: &[Bytes]) -> bool {
    let mut i = 2;
    while i < argv.len() {
        let remaining = argv.len() - i - 1;
        if args::is(&argv[i], "GET") && remaining >= 2 {
            i += 3;
        } else if args::is(&argv[i], "OVERFLOW") && remaining >= 1 {
            i += 2;
        } else {
            return false; // SET, INCRBY or a syntax error: assume a write, as Redis does
        }
    }
    true
}

fn getkeys(ctx: &mut Ctx, argv: &[Bytes], with_flags: bool) -> CmdResult {
    let line = &argv[2..];
    let Some(entry) = lookup_by_argv(ctx.server, line) else {
        return Err(Reply::error("ERR Invalid command specified"));
    };
    let cmd = entry.cmd;
    let has_keys = cmd.keys.first > 0
        || cmd.movable_keys()
        || key_specs(entry)
            .iter()
            .any(|s| s.flags & kflags::NOT_KEY == 0);
    if !has_keys {
        return Err(Reply::error("ERR The command has no key arguments"));
    }
    let argc = line.len() as i32;
    if (cmd.arity > 0 && cmd.arity != argc) || argc < -cmd.arity {
        return Err(Reply::error(
            "ERR Invalid number of arguments specified for command",
        ));
    }
    let keys = keys_with_flags(entry, line);
    if keys.is_empty() && !cmd.has(NO_MANDATORY_KEYS) {
        return Err(Reply::error("ERR Invalid arguments specified for command"));
    }
    Ok(Reply::Array(
        keys.into_iter()
            .map(|(pos, flags)| {
                let key = Reply::Bulk(line[pos].clone());
                if with_flags {
                    Reply::Array(vec![key, statuses(kflags::names(flags))])
                } else {
                    key
                }
            })
            .collect(),
    ))
}

fn command_getkeys(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    getkeys(ctx, argv, false)
}

fn command_getkeysandflags(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    getkeys(ctx, argv, true)
}

fn command_help(_ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(help_reply(
        &argv[0],
        &[
            "(no subcommand)",
            "    Return details about all Redis commands.",
            "COUNT",
            "    Return the total number of commands in this Redis server.",
            "LIST",
            "    Return a list of all commands in this Redis server.",
            "INFO [<command-name> ...]",
            "    Return details about multiple Redis commands.",
            "    If no command names are given, documentation details for all",
            "    commands are returned.",
            "DOCS [<command-name> ...]",
            "    Return documentation details about multiple Redis commands.",
            "    If no command names are given, documentation details for all",
            "    commands are returned.",
            "GETKEYS <full-command>",
            "    Return the keys from a full Redis command.",
            "GETKEYSANDFLAGS <full-command>",
            "    Return the keys and the access flags from a full Redis command.",
        ],
    ))
}

/// WAIT numreplicas timeout. Respite has no replicas yet, so no write is ever acknowledged:
/// the reply is 0. Asked for no replicas, or inside MULTI, it answers at once, as Redis does;
/// otherwise it waits out a positive timeout (this connection only) before answering, and with
/// timeout 0, where Redis would block forever, it answers 0 at once.
fn wait(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let numreplicas = args::int(&argv[1])?;
    let timeout_ms = args::int_or(&argv[2], "timeout is not an integer or out of range")?;
    if timeout_ms < 0 {
        return Err(Reply::error("ERR timeout is negative"));
    }
    let acked = 0;
    if numreplicas > acked && timeout_ms > 0 && !ctx.client.ext.in_exec {
        block_connection_for(std::time::Duration::from_millis(timeout_ms as u64));
    }
    Ok(Reply::Int(acked))
}

/// Parks the calling connection (its handler runs on a runtime worker) without stalling the
/// other connections the worker serves: the runtime moves them to another thread meanwhile.
pub fn block_connection_for(duration: std::time::Duration) {
    let sleep = || std::thread::sleep(duration);
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(sleep),
        _ => sleep(),
    }
}

/// FUNCTION FLUSH [ASYNC|SYNC]: there are no function libraries yet, so there is nothing to
/// delete; the options are checked as Redis checks them and the flush counts as a change.
fn function_flush(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    match argv.len() {
        2 => {}
        3 if args::is(&argv[2], "SYNC") || args::is(&argv[2], "ASYNC") => {}
        3 => {
            return Err(Reply::error(
                "ERR FUNCTION FLUSH only supports SYNC|ASYNC option",
            ))
        }
        _ => return Err(subcommand_syntax_error(argv)),
    }
    ctx.dirty += 1;
    Ok(Reply::Ok)
}
