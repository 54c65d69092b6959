//! String commands: GET/SET and their variants, MGET/MSET, ranges, counters, LCS.

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::STRING;
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_STRING};
use crate::db::{Value, NO_EXPIRE};
use crate::protocol::Reply;
use crate::types::string::Str;
use crate::util::numbers::LongDouble;
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] = &[
    Command::new("get", 2, READONLY | FAST, get)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Reads the string stored at a key.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("set", -3, WRITE | DENYOOM, set)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Stores a string at a key, replacing any value of any type, with optional expiry and conditions.")
        .complexity("O(1)")
        .syntax("key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]"),
    Command::new("getex", -2, WRITE | FAST, getex)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "6.2.0", "Reads the string stored at a key and changes or clears its expiry.")
        .complexity("O(1)")
        .syntax("key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]"),
    Command::new("getdel", 2, WRITE | FAST, getdel)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "6.2.0", "Reads the string stored at a key, then removes the key.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("getset", 3, WRITE | DENYOOM | FAST, getset)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Stores a new string at a key and replies with the old one (deprecated: use SET with GET).")
        .complexity("O(1)")
        .syntax("key value"),
    Command::new("setnx", 3, WRITE | DENYOOM | FAST, setnx)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Stores a string at a key unless the key is already there.")
        .complexity("O(1)")
        .syntax("key value"),
    Command::new("setex", 4, WRITE | DENYOOM, setex)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "2.0.0", "Stores a string at a key with a time to live in seconds.")
        .complexity("O(1)")
        .syntax("key seconds value"),
    Command::new("psetex", 4, WRITE | DENYOOM, psetex)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "2.6.0", "Stores a string at a key with a time to live in milliseconds.")
        .complexity("O(1)")
        .syntax("key milliseconds value"),
    Command::new("mset", -3, WRITE | DENYOOM, mset)
        .keys(1, -1, 2)
        .acl(STRING)
        .doc("string", "1.0.1", "Stores strings at several keys in one step.")
        .complexity("O(N) where N is the number of keys to set.")
        .syntax("key value [key value ...]"),
    Command::new("msetnx", -3, WRITE | DENYOOM, msetnx)
        .keys(1, -1, 2)
        .acl(STRING)
        .doc("string", "1.0.1", "Stores strings at several keys, but only if none of them is present.")
        .complexity("O(N) where N is the number of keys to set.")
        .syntax("key value [key value ...]"),
    Command::new("mget", -2, READONLY | FAST, mget)
        .keys(1, -1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Reads the strings stored at several keys (nil for missing ones).")
        .complexity("O(N) where N is the number of keys to retrieve.")
        .syntax("key [key ...]"),
    Command::new("append", 3, WRITE | DENYOOM | FAST, append)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "2.0.0", "Adds bytes to the end of a string, starting from empty if the key is missing.")
        .complexity("O(1). The amortized time complexity is O(1) assuming the appended value is small and the already present value is of any size, since the dynamic string library used by Redis will double the free space available on every reallocation.")
        .syntax("key value"),
    Command::new("strlen", 2, READONLY | FAST, strlen)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "2.2.0", "Counts the bytes of the string stored at a key.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("getrange", 4, READONLY, getrange)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "2.4.0", "Reads the bytes of a string between two offsets.")
        .complexity("O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.")
        .syntax("key start end"),
    Command::new("substr", 4, READONLY, getrange)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Reads the bytes of a string between two offsets (deprecated: use GETRANGE).")
        .complexity("O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.")
        .syntax("key start end"),
    Command::new("setrange", 4, WRITE | DENYOOM, setrange)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "2.2.0", "Writes bytes into a string at an offset, padding with zero bytes as needed.")
        .complexity("O(1), not counting the time taken to copy the new string in place. Usually, this string is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M being the length of the value argument.")
        .syntax("key offset value"),
    Command::new("incr", 2, WRITE | DENYOOM | FAST, incr)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Adds 1 to the integer stored at a key (a missing key counts as 0).")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("decr", 2, WRITE | DENYOOM | FAST, decr)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Subtracts 1 from the integer stored at a key (a missing key counts as 0).")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("incrby", 3, WRITE | DENYOOM | FAST, incrby)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Adds an integer to the integer stored at a key (a missing key counts as 0).")
        .complexity("O(1)")
        .syntax("key increment"),
    Command::new("decrby", 3, WRITE | DENYOOM | FAST, decrby)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "1.0.0", "Subtracts an integer from the integer stored at a key (a missing key counts as 0).")
        .complexity("O(1)")
        .syntax("key decrement"),
    Command::new("incrbyfloat", 3, WRITE | DENYOOM | FAST, incrbyfloat)
        .keys(1, 1, 1)
        .acl(STRING)
        .doc("string", "2.6.0", "Adds a floating point number to the number stored at a key (a missing key counts as 0).")
        .complexity("O(1)")
        .syntax("key increment"),
    Command::new("lcs", -3, READONLY, lcs)
        .keys(1, 2, 1)
        .acl(STRING)
        .doc("string", "7.0.0", "Finds the longest common substring of the strings stored at two keys.")
        .complexity("O(N*M) where N and M are the lengths of s1 and s2, respectively")
        .syntax("key1 key2 [LEN] [IDX] [MINMATCHLEN min-match-len] [WITHMATCHLEN]"),
];

/// The string stored at `key`: Ok(None) when missing, Err(WRONGTYPE) for other types.
pub fn read_str<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<Option<&'c mut Str>, Reply> {
    ctx.read(key)
}

/// Like `read_str`, for a command about to change the string in place (no hit/miss stats).
pub fn write_str<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<Option<&'c mut Str>, Reply> {
    ctx.write(key)
}

/// The largest string a client may build (`proto-max-bulk-len`).
pub fn max_string_len(ctx: &Ctx) -> i64 {
    ctx.server.hot.proto_max_bulk_len.load(Relaxed)
}

/// Redis's check before making a string of `size + append` bytes: at most `max` (the
/// `proto-max-bulk-len` read with `max_string_len`).
pub fn check_string_length(max: i64, size: u64, append: usize) -> Result<(), Reply> {
    if u128::from(size) + append as u128 > max as u128 {
        return Err(Reply::error(
            "ERR string exceeds maximum allowed size (proto-max-bulk-len)",
        ));
    }
    Ok(())
}

/// Replaces the value of `key` (and drops its TTL) the way Redis's setKey does: the key is
/// looked up first, so one that has logically expired is deleted as expired (with its DEL
/// propagated) before the new value is stored.
pub fn replace_value(ctx: &mut Ctx, key: &Bytes, value: Str) {
    ctx.lookup(key);
    ctx.set(key, Value::String(value), false);
}

/// GET's reply for `key`: its value, nil when missing, WRONGTYPE for other types.
fn get_reply(ctx: &mut Ctx, key: &[u8]) -> CmdResult {
    Ok(match read_str(ctx, key)? {
        Some(s) => s.to_reply(),
        None => Reply::Nil,
    })
}

fn get(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    get_reply(ctx, &argv[1])
}

/// Parses an EX/PX/EXAT/PXAT argument into an absolute unix-ms deadline, with Redis's checks:
/// `seconds` scales by 1000, `relative` adds the command's time.
pub fn parse_expire(
    ctx: &Ctx,
    arg: &[u8],
    seconds: bool,
    relative: bool,
    cmd: &str,
) -> Result<i64, Reply> {
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

/// Option flags of SET and GETEX (Redis's OBJ_SET_* / OBJ_EX ... bits).
mod opt {
    pub const NX: u32 = 1 << 0;
    pub const XX: u32 = 1 << 1;
    pub const GET: u32 = 1 << 2;
    pub const KEEPTTL: u32 = 1 << 3;
    pub const PERSIST: u32 = 1 << 4;
    pub const EX: u32 = 1 << 5;
    pub const PX: u32 = 1 << 6;
    pub const EXAT: u32 = 1 << 7;
    pub const PXAT: u32 = 1 << 8;
    /// Every option that decides the TTL: at most one kind may be given.
    pub const TTL: u32 = KEEPTTL | PERSIST | EX | PX | EXAT | PXAT;
}

/// The options of a SET or GETEX call.
#[derive(Default)]
struct StringOpts {
    flags: u32,
    /// Argument index of the EX/PX/EXAT/PXAT value (the last one given wins, as in Redis).
    expire_arg: Option<usize>,
}

impl StringOpts {
    fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Parses `argv[first..]`: SET accepts NX XX GET KEEPTTL and the expire options, GETEX
    /// PERSIST and the expire options. The same expire option may repeat (the last one
    /// counts); two different ones, or one next to KEEPTTL/PERSIST, are a syntax error.
    fn parse(argv: &[Bytes], first: usize, for_set: bool) -> Result<StringOpts, Reply> {
        const TIMED: [(&str, u32); 4] = [
            ("EX", opt::EX),
            ("PX", opt::PX),
            ("EXAT", opt::EXAT),
            ("PXAT", opt::PXAT),
        ];
        let mut o = StringOpts::default();
        let mut j = first;
        while j < argv.len() {
            let a = &argv[j][..];
            let has_next = j + 1 < argv.len();
            let timed = TIMED.iter().find(|(name, _)| args::is(a, name));
            if for_set && args::is(a, "NX") && !o.has(opt::XX) {
                o.flags |= opt::NX;
            } else if for_set && args::is(a, "XX") && !o.has(opt::NX) {
                o.flags |= opt::XX;
            } else if for_set && args::is(a, "GET") {
                o.flags |= opt::GET;
            } else if for_set && args::is(a, "KEEPTTL") && !o.has(opt::TTL & !opt::KEEPTTL) {
                o.flags |= opt::KEEPTTL;
            } else if !for_set && args::is(a, "PERSIST") && !o.has(opt::TTL & !opt::PERSIST) {
                o.flags |= opt::PERSIST;
            } else if let Some(&(_, flag)) =
                timed.filter(|(_, f)| has_next && !o.has(opt::TTL & !f))
            {
                o.flags |= flag;
                o.expire_arg = Some(j + 1);
                j += 1;
            } else {
                return Err(errors::syntax());
            }
            j += 1;
        }
        Ok(o)
    }

    /// The absolute deadline the expire option asks for, validated (None without one).
    fn deadline(&self, ctx: &Ctx, argv: &[Bytes]) -> Result<Option<i64>, Reply> {
        let Some(idx) = self.expire_arg else {
            return Ok(None);
        };
        let seconds = self.has(opt::EX | opt::EXAT);
        let relative = self.has(opt::EX | opt::PX);
        parse_expire(ctx, &argv[idx], seconds, relative, &ctx.cmd.full_name).map(Some)
    }

    /// Whether the deadline is absolute (EXAT/PXAT): such a deadline may already have passed.
    fn absolute(&self) -> bool {
        self.has(opt::EXAT | opt::PXAT)
    }
}

/// What SET, SETNX, SETEX, PSETEX do once their arguments are parsed: checks the expire value,
/// fetches the old value for GET, applies NX/XX, stores `value`, sets the TTL, and rewrites
/// what is propagated so replicas get an absolute deadline and no GET.
fn set_generic(
    ctx: &mut Ctx,
    argv: &[Bytes],
    key: &Bytes,
    value: &Bytes,
    opts: &StringOpts,
    ok_reply: Reply,
    abort_reply: Reply,
) -> CmdResult {
    let deadline = opts.deadline(ctx, argv)?;
    let get = opts.has(opt::GET);
    let old = if get {
        Some(get_reply(ctx, key)?)
    } else {
        None
    };
    let found = ctx.exists(key);
    if (opts.has(opt::NX) && found) || (opts.has(opt::XX) && !found) {
        return Ok(old.unwrap_or(abort_reply));
    }
    ctx.set(
        key,
        Value::String(Str::from_arg(value)),
        opts.has(opt::KEEPTTL),
    );
    ctx.written(key, NOTIFY_STRING, "set");
    if let Some(at) = deadline {
        ctx.set_expire(key, at);
        // Replicas and the AOF get an absolute deadline so replays agree.
        ctx.propagate_as(vec![
            Bytes::from_static(b"SET"),
            key.clone(),
            value.clone(),
            Bytes::from_static(b"PXAT"),
            Bytes::from(at.to_string()),
        ]);
        ctx.notify(NOTIFY_GENERIC, "expire", key);
    } else if get {
        let without_get = argv
            .iter()
            .enumerate()
            .filter(|(j, a)| *j < 3 || !args::is(a, "GET"));
        ctx.propagate_as(without_get.map(|(_, a)| a.clone()).collect());
    }
    Ok(old.unwrap_or(ok_reply))
}

fn set(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let opts = StringOpts::parse(argv, 3, true)?;
    set_generic(ctx, argv, &argv[1], &argv[2], &opts, Reply::Ok, Reply::Nil)
}

fn setnx(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let opts = StringOpts {
        flags: opt::NX,
        expire_arg: None,
    };
    set_generic(
        ctx,
        argv,
        &argv[1],
        &argv[2],
        &opts,
        Reply::Int(1),
        Reply::Int(0),
    )
}

fn setex(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let opts = StringOpts {
        flags: opt::EX,
        expire_arg: Some(2),
    };
    set_generic(ctx, argv, &argv[1], &argv[3], &opts, Reply::Ok, Reply::Nil)
}

fn psetex(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let opts = StringOpts {
        flags: opt::PX,
        expire_arg: Some(2),
    };
    set_generic(ctx, argv, &argv[1], &argv[3], &opts, Reply::Ok, Reply::Nil)
}

/// DEL, or UNLINK when the matching lazyfree option is on: how a deletion is propagated.
fn del_command(lazy: bool) -> Bytes {
    Bytes::from_static(if lazy { b"UNLINK" } else { b"DEL" })
}

fn getex(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let opts = StringOpts::parse(argv, 2, false)?;
    let key = &argv[1];
    let value = match read_str(ctx, key)? {
        Some(s) => s.to_bytes(),
        None => return Ok(Reply::Nil),
    };
    let deadline = opts.deadline(ctx, argv)?;
    match deadline {
        // An absolute deadline that has already passed deletes the key right away.
        Some(at) if opts.absolute() && at <= ctx.now_ms => {
            ctx.delete(key);
            let lazy = ctx.server.config.read().lazyfree_lazy_expire;
            ctx.propagate_as(vec![del_command(lazy), key.clone()]);
            ctx.written(key, NOTIFY_GENERIC, "del");
        }
        Some(at) => {
            ctx.set_expire(key, at);
            ctx.propagate_as(vec![
                Bytes::from_static(b"PEXPIREAT"),
                key.clone(),
                Bytes::from(at.to_string()),
            ]);
            ctx.written(key, NOTIFY_GENERIC, "expire");
        }
        // PERSIST on a key without a TTL changes nothing.
        None if opts.has(opt::PERSIST)
            && ctx.lookup(key).is_some_and(|e| e.expire_at != NO_EXPIRE) =>
        {
            ctx.set_expire(key, NO_EXPIRE);
            ctx.propagate_as(vec![Bytes::from_static(b"PERSIST"), key.clone()]);
            ctx.written(key, NOTIFY_GENERIC, "persist");
        }
        None => {}
    }
    Ok(Reply::Bulk(value))
}

fn getdel(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let reply = get_reply(ctx, key)?;
    if ctx.delete(key) {
        let lazy = ctx.server.config.read().lazyfree_lazy_user_del;
        ctx.propagate_as(vec![del_command(lazy), key.clone()]);
        ctx.written(key, NOTIFY_GENERIC, "del");
    }
    Ok(reply)
}

fn getset(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let old = get_reply(ctx, key)?;
    ctx.set(key, Value::String(Str::from_arg(&argv[2])), false);
    ctx.written(key, NOTIFY_STRING, "set");
    ctx.propagate_as(vec![
        Bytes::from_static(b"SET"),
        key.clone(),
        argv[2].clone(),
    ]);
    Ok(old)
}

/// MSET and MSETNX: `nx` sets nothing (and replies 0) when any of the keys exists.
fn mset_generic(ctx: &mut Ctx, argv: &[Bytes], nx: bool) -> CmdResult {
    if argv.len().is_multiple_of(2) {
        return Err(errors::wrong_arity(&ctx.cmd.full_name));
    }
    if nx && argv[1..].iter().step_by(2).any(|k| ctx.exists(k)) {
        return Ok(Reply::Int(0));
    }
    for pair in argv[1..].chunks_exact(2) {
        replace_value(ctx, &pair[0], Str::from_arg(&pair[1]));
        ctx.written(&pair[0], NOTIFY_STRING, "set");
    }
    Ok(if nx { Reply::Int(1) } else { Reply::Ok })
}

fn mset(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    mset_generic(ctx, argv, false)
}

fn msetnx(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    mset_generic(ctx, argv, true)
}

fn mget(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let values = argv[1..].iter().map(|key| match ctx.lookup_read(key) {
        Some(e) => match &e.value {
            Value::String(s) => Reply::Bulk(s.to_bytes()),
            _ => Reply::Nil,
        },
        None => Reply::Nil,
    });
    Ok(Reply::Array(values.collect()))
}

fn append(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (key, tail) = (&argv[1], &argv[2]);
    let max = max_string_len(ctx);
    let total = match write_str(ctx, key)? {
        None => {
            ctx.add(key, Value::String(Str::from_arg(tail)));
            tail.len()
        }
        Some(s) => {
            check_string_length(max, s.len() as u64, tail.len())?;
            let buf = s.make_mut();
            buf.extend_from_slice(tail);
            buf.len()
        }
    };
    ctx.written(key, NOTIFY_STRING, "append");
    Ok(Reply::from(total))
}

fn strlen(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(read_str(ctx, &argv[1])?.map_or(0, |s| s.len())))
}

/// The bytes `start..=end` of a string of `len` bytes after Redis's GETRANGE index rules
/// (negative indexes count from the end, both ends clamped), or None when the range is empty.
fn clamp_range(mut start: i64, mut end: i64, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    if start < 0 && end < 0 && start > end {
        return None;
    }
    if start < 0 {
        start += len;
    }
    if end < 0 {
        end += len;
    }
    start = start.max(0);
    end = end.max(0).min(len - 1);
    if start > end || len == 0 {
        return None;
    }
    Some((start as usize, end as usize))
}

fn getrange(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let start = args::int(&argv[2])?;
    let end = args::int(&argv[3])?;
    let Some(s) = read_str(ctx, &argv[1])? else {
        return Ok(Reply::Bulk(Bytes::new()));
    };
    Ok(Reply::Bulk(s.with_bytes(|b| {
        match clamp_range(start, end, b.len()) {
            Some((from, to)) => Bytes::copy_from_slice(&b[from..=to]),
            None => Bytes::new(),
        }
    })))
}

fn setrange(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (key, patch) = (&argv[1], &argv[3]);
    let offset = args::int(&argv[2])?;
    if offset < 0 {
        return Err(errors::out_of_range("offset"));
    }
    let max = max_string_len(ctx);
    let fits = || check_string_length(max, offset as u64, patch.len());
    let offset = offset as usize;
    let total = match write_str(ctx, key)? {
        None => {
            if patch.is_empty() {
                return Ok(Reply::Int(0));
            }
            fits()?;
            let mut buf = vec![0u8; offset + patch.len()];
            buf[offset..].copy_from_slice(patch);
            let len = buf.len();
            ctx.add(key, Value::String(Str::from_vec(buf)));
            len
        }
        Some(s) => {
            if patch.is_empty() {
                return Ok(Reply::from(s.len()));
            }
            fits()?;
            let buf = s.make_mut();
            let end = offset + patch.len();
            if buf.len() < end {
                buf.resize(end, 0);
            }
            buf[offset..end].copy_from_slice(patch);
            buf.len()
        }
    };
    ctx.written(key, NOTIFY_STRING, "setrange");
    Ok(Reply::from(total))
}

/// INCR, DECR, INCRBY, DECRBY: adds `by` to the integer at `key` (0 when missing), keeping
/// the key's TTL.
fn incr_by(ctx: &mut Ctx, key: &Bytes, by: i64) -> CmdResult {
    let value = match write_str(ctx, key)? {
        Some(s) => {
            let old = s.as_i64().ok_or_else(errors::not_integer)?;
            let new = old.checked_add(by).ok_or_else(errors::overflow)?;
            *s = Str::Int(new);
            new
        }
        None => {
            ctx.add(key, Value::String(Str::Int(by)));
            by
        }
    };
    ctx.written(key, NOTIFY_STRING, "incrby");
    Ok(Reply::Int(value))
}

fn incr(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    incr_by(ctx, &argv[1], 1)
}

fn decr(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    incr_by(ctx, &argv[1], -1)
}

fn incrby(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let by = args::int(&argv[2])?;
    incr_by(ctx, &argv[1], by)
}

fn decrby(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let by = args::int(&argv[2])?;
    if by == i64::MIN {
        return Err(Reply::error("ERR decrement would overflow"));
    }
    incr_by(ctx, &argv[1], -by)
}

fn incrbyfloat(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    // The current value is parsed before the increment, as Redis reports their errors.
    let add_increment = |value: LongDouble| -> Result<Bytes, Reply> {
        let by = LongDouble::parse(&argv[2]).ok_or_else(errors::not_float)?;
        let sum = value.add(by);
        if sum.is_nan() || sum.is_infinite() {
            return Err(Reply::error("ERR increment would produce NaN or Infinity"));
        }
        Ok(Bytes::from(sum.to_human_string()))
    };
    // The result is stored as text (`embstr`/`raw`), never as `int`, as Redis does.
    let text = match write_str(ctx, key)? {
        Some(s) => {
            let value = match &*s {
                Str::Int(n) => Some(LongDouble::from_i64(*n)),
                other => other.with_bytes(LongDouble::parse),
            };
            let text = add_increment(value.ok_or_else(errors::not_float)?)?;
            *s = Str::plain(text.clone());
            text
        }
        None => {
            let text = add_increment(LongDouble::ZERO)?;
            ctx.add(key, Value::String(Str::plain(text.clone())));
            text
        }
    };
    ctx.written(key, NOTIFY_STRING, "incrbyfloat");
    // Replicas store the exact text computed here, whatever their float formatting.
    ctx.propagate_as(vec![
        Bytes::from_static(b"SET"),
        key.clone(),
        text.clone(),
        Bytes::from_static(b"KEEPTTL"),
    ]);
    Ok(Reply::Bulk(text))
}

/// The value of an LCS input key: empty when missing, an error for non-strings.
fn lcs_input(ctx: &mut Ctx, key: &[u8]) -> Result<Option<Bytes>, ()> {
    match ctx.lookup_read(key) {
        None => Ok(None),
        Some(e) => match &e.value {
            Value::String(s) => Ok(Some(s.to_bytes())),
            _ => Err(()),
        },
    }
}

fn lcs(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let a = lcs_input(ctx, &argv[1]);
    let b = lcs_input(ctx, &argv[2]);
    let (Ok(a), Ok(b)) = (a, b) else {
        return Err(Reply::error(
            "ERR The specified keys must contain string values",
        ));
    };
    let (a, b) = (a.unwrap_or_default(), b.unwrap_or_default());
    let (mut want_len, mut want_idx, mut with_match_len, mut min_match_len) =
        (false, false, false, 0i64);
    let mut j = 3;
    while j < argv.len() {
        let o = &argv[j][..];
        if args::is(o, "IDX") {
            want_idx = true;
        } else if args::is(o, "LEN") {
            want_len = true;
        } else if args::is(o, "WITHMATCHLEN") {
            with_match_len = true;
        } else if args::is(o, "MINMATCHLEN") && j + 1 < argv.len() {
            min_match_len = args::int(&argv[j + 1])?.max(0);
            j += 1;
        } else {
            return Err(errors::syntax());
        }
        j += 1;
    }
    if want_len && want_idx {
        return Err(Reply::error(
            "ERR If you want both the length and indexes, please just use IDX.",
        ));
    }
    if a.len() >= u32::MAX as usize - 1 || b.len() >= u32::MAX as usize - 1 {
        return Err(Reply::error("ERR String too long for LCS"));
    }
    // The dynamic-programming table needs (|a|+1)*(|b|+1) cells, bounded as in Redis.
    let cells = (a.len() as u128 + 1) * (b.len() as u128 + 1);
    if cells * 4 > max_string_len(ctx) as u128 {
        return Err(Reply::error(
            "ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len",
        ));
    }
    let table = LcsTable::build(&a, &b);
    let total = table.len(a.len(), b.len());
    if want_len {
        return Ok(Reply::Int(total as i64));
    }
    let (common, ranges) = table.backtrack(&a, &b);
    if !want_idx {
        return Ok(Reply::Bulk(Bytes::from(common)));
    }
    let pair = |x: usize, y: usize| Reply::Array(vec![Reply::Int(x as i64), Reply::Int(y as i64)]);
    let matches = ranges
        .into_iter()
        .filter(|r| min_match_len == 0 || r.len() as i64 >= min_match_len)
        .map(|r| {
            let mut item = vec![pair(r.a_start, r.a_end), pair(r.b_start, r.b_end)];
            if with_match_len {
                item.push(Reply::Int(r.len() as i64));
            }
            Reply::Array(item)
        })
        .collect();
    Ok(Reply::Map(vec![
        (Reply::bulk_str("matches"), Reply::Array(matches)),
        (Reply::bulk_str("len"), Reply::Int(total as i64)),
    ]))
}

/// One run of consecutive matching bytes: `a[a_start..=a_end] == b[b_start..=b_end]`.
struct LcsRange {
    a_start: usize,
    a_end: usize,
    b_start: usize,
    b_end: usize,
}

impl LcsRange {
    fn len(&self) -> usize {
        self.a_end - self.a_start + 1
    }
}

/// `cell(i, j)` = length of the longest common subsequence of `a[..i]` and `b[..j]`.
struct LcsTable {
    cells: Vec<u32>,
    width: usize,
}

impl LcsTable {
    fn build(a: &[u8], b: &[u8]) -> LcsTable {
        let width = b.len() + 1;
        let mut cells = vec![0u32; (a.len() + 1) * width];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                cells[i * width + j] = if a[i - 1] == b[j - 1] {
                    cells[(i - 1) * width + j - 1] + 1
                } else {
                    cells[(i - 1) * width + j].max(cells[i * width + j - 1])
                };
            }
        }
        LcsTable { cells, width }
    }

    fn len(&self, i: usize, j: usize) -> u32 {
        self.cells[i * self.width + j]
    }

    /// Walks back from the end: the common subsequence and its matching runs, last run first
    /// (the order Redis reports them in). On ties it moves along `b` first, as Redis does.
    fn backtrack(&self, a: &[u8], b: &[u8]) -> (Vec<u8>, Vec<LcsRange>) {
        let mut left = self.len(a.len(), b.len()) as usize;
        let mut common = vec![0u8; left];
        let mut ranges = Vec::new();
        let mut current: Option<LcsRange> = None;
        let (mut i, mut j) = (a.len(), b.len());
        while i > 0 && j > 0 {
            let mut emit = false;
            if a[i - 1] == b[j - 1] {
                common[left - 1] = a[i - 1];
                match &mut current {
                    None => {
                        current = Some(LcsRange {
                            a_start: i - 1,
                            a_end: i - 1,
                            b_start: j - 1,
                            b_end: j - 1,
                        })
                    }
                    // Extend the run backwards while it stays contiguous in both strings.
                    Some(r) if r.a_start == i && r.b_start == j => {
                        r.a_start -= 1;
                        r.b_start -= 1;
                    }
                    Some(_) => emit = true,
                }
                if let Some(r) = &current {
                    if r.a_start == 0 || r.b_start == 0 {
                        emit = true;
                    }
                }
                left -= 1;
                i -= 1;
                j -= 1;
            } else {
                if self.len(i - 1, j) > self.len(i, j - 1) {
                    i -= 1;
                } else {
                    j -= 1;
                }
                emit = current.is_some();
            }
            if emit {
                ranges.extend(current.take());
            }
        }
        (common, ranges)
    }
}
