//! String commands.

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::STRING;
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_STRING};
use crate::db::Value;
use crate::protocol::Reply;
use crate::types::string::Str;
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[
    Command::new("get", 2, READONLY | FAST, get)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Returns the string value of a key.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("set", -3, WRITE | DENYOOM, set)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Sets the string value of a key, ignoring its type. The key is created if it doesn't exist.")
        .complexity("O(1)")
        .syntax("key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]"),
];

/// The string stored at `key`: Ok(None) when missing, Err(WRONGTYPE) for other types.
pub fn read_str<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<Option<&'c mut Str>, Reply> {
    match ctx.lookup_read(key) {
        None => Ok(None),
        Some(e) => match &mut e.value {
            Value::String(s) => Ok(Some(s)),
            _ => Err(errors::wrong_type()),
        },
    }
}

fn get(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(match read_str(ctx, &argv[1])? {
        Some(s) => Reply::Bulk(s.to_bytes()),
        None => Reply::Nil,
    })
}

/// How SET-like commands were asked to treat the key's TTL.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Expiry {
    /// Drop any TTL (plain SET).
    Clear,
    Keep,
    /// Absolute deadline in unix ms.
    At(i64),
}

/// Parses an EX/PX/EXAT/PXAT argument into an absolute unix-ms deadline, with Redis's checks:
/// `seconds` scales by 1000, `relative` adds the command's time.
pub fn parse_expire(ctx: &Ctx, arg: &[u8], seconds: bool, relative: bool, cmd: &str) -> Result<i64, Reply> {
    let invalid = || Reply::error(format!("ERR invalid expire time in '{cmd}' command"));
    let mut ms = args::int(arg)?;
    if ms <= 0 || (seconds && ms > i64::MAX / 1000) {
        return Err(invalid());
    }
    if seconds {
        ms *= 1000;
    }
    if relative {
        ms = ms.wrapping_add(ctx.now_ms);
    }
    if ms <= 0 {
        return Err(invalid());
    }
    Ok(ms)
}

fn set(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (mut nx, mut xx, mut get, mut keep) = (false, false, false, false);
    let mut expire: Option<(usize, bool, bool)> = None; // (arg index, seconds, relative)
    let mut i = 3;
    while i < argv.len() {
        let opt = &argv[i][..];
        let has_next = i + 1 < argv.len();
        if args::is(opt, "NX") && !xx {
            nx = true;
        } else if args::is(opt, "XX") && !nx {
            xx = true;
        } else if args::is(opt, "GET") {
            get = true;
        } else if args::is(opt, "KEEPTTL") && expire.is_none() {
            keep = true;
        } else if !keep && expire.is_none() && has_next && (args::is(opt, "EX") || args::is(opt, "PX")) {
            expire = Some((i + 1, args::is(opt, "EX"), true));
            i += 1;
        } else if !keep && expire.is_none() && has_next && (args::is(opt, "EXAT") || args::is(opt, "PXAT")) {
            expire = Some((i + 1, args::is(opt, "EXAT"), false));
            i += 1;
        } else {
            return Err(errors::syntax());
        }
        i += 1;
    }
    let deadline = match expire {
        Some((idx, seconds, relative)) => Some(parse_expire(ctx, &argv[idx], seconds, relative, "set")?),
        None => None,
    };
    let key = &argv[1];
    let old = if get {
        Some(match read_str(ctx, key)? {
            Some(s) => Reply::Bulk(s.to_bytes()),
            None => Reply::Nil,
        })
    } else {
        None
    };
    let found = ctx.exists(key);
    if (nx && found) || (xx && !found) {
        return Ok(old.unwrap_or(Reply::Nil));
    }
    ctx.set(key, Value::String(Str::from_bytes(argv[2].clone())), keep);
    ctx.written(key, NOTIFY_STRING, "set");
    if let Some(at) = deadline {
        ctx.set_expire(key, at);
        ctx.notify(NOTIFY_GENERIC, "expire", key);
        // Replicas and the AOF get an absolute deadline so replays agree.
        ctx.propagate_as(vec![
            Bytes::from_static(b"SET"),
            key.clone(),
            argv[2].clone(),
            Bytes::from_static(b"PXAT"),
            Bytes::from(at.to_string()),
        ]);
    } else if get {
        let without_get = argv.iter().enumerate().filter(|(j, a)| *j < 3 || !args::is(a, "GET"));
        ctx.propagate_as(without_get.map(|(_, a)| a.clone()).collect());
    }
    Ok(old.unwrap_or(Reply::Ok))
}
