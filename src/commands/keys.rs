//! Generic key commands: deleting, renaming, copying and moving keys, iterating the keyspace,
//! time to live, and OBJECT introspection.

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::{DANGEROUS, KEYSPACE};
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_NEW};
use crate::db::value::shared_integers;
use crate::db::{lazyfree, Entry, NO_EXPIRE};
use crate::protocol::Reply;
use crate::util::glob::glob_match;
use bytes::Bytes;
use rand::Rng;

pub static COMMANDS: &[Command] = &[
    Command::new("del", -2, WRITE, del)
        .keys(1, -1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Removes the given keys and counts how many were there.")
        .complexity("O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).")
        .syntax("key [key ...]"),
    Command::new("unlink", -2, WRITE | FAST, unlink)
        .keys(1, -1, 1)
        .acl(KEYSPACE)
        .doc("generic", "4.0.0", "Deletes one or more keys, freeing big values in the background.")
        .complexity("O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.")
        .syntax("key [key ...]"),
    Command::new("exists", -2, READONLY | FAST, exists)
        .keys(1, -1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Counts how many of the given keys are present.")
        .complexity("O(N) where N is the number of keys to check.")
        .syntax("key [key ...]"),
    Command::new("type", 2, READONLY | FAST, type_cmd)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Returns the type of the value stored at a key.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("touch", -2, READONLY | FAST, touch)
        .keys(1, -1, 1)
        .acl(KEYSPACE)
        .doc("generic", "3.2.1", "Updates the last access time of keys and counts those that exist.")
        .complexity("O(N) where N is the number of keys that will be touched.")
        .syntax("key [key ...]"),
    Command::new("rename", 3, WRITE, rename)
        .keys(1, 2, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Gives a key a new name, replacing any key already there.")
        .complexity("O(1)")
        .syntax("key newkey"),
    Command::new("renamenx", 3, WRITE | FAST, renamenx)
        .keys(1, 2, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Gives a key a new name unless that name is taken.")
        .complexity("O(1)")
        .syntax("key newkey"),
    Command::new("copy", -3, WRITE | DENYOOM, copy)
        .keys(1, 2, 1)
        .acl(KEYSPACE)
        .doc("generic", "6.2.0", "Duplicates a key's value under another name, optionally in another database.")
        .complexity("O(N) worst case for collections, where N is the number of nested items. O(1) for string values.")
        .syntax("source destination [DB destination-db] [REPLACE]"),
    Command::new("move", 3, WRITE | FAST, move_cmd)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Transfers a key into another numbered database.")
        .complexity("O(1)")
        .syntax("key db"),
    Command::new("swapdb", 3, WRITE | FAST | ALL_SHARDS, swapdb)
        .acl(KEYSPACE | DANGEROUS)
        .doc("server", "4.0.0", "Swaps the contents of two databases.")
        .complexity("O(N) where N is the count of clients watching or blocking on keys from both databases.")
        .syntax("index1 index2"),
    Command::new("keys", 2, READONLY | ALL_SHARDS, keys)
        .acl(KEYSPACE | DANGEROUS)
        .doc("generic", "1.0.0", "Lists every key name matching a glob pattern.")
        .complexity("O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.")
        .syntax("pattern"),
    Command::new("scan", -2, READONLY | ALL_SHARDS, scan)
        .acl(KEYSPACE)
        .doc("generic", "2.8.0", "Walks the key names of the database a batch at a time using a cursor.")
        .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.")
        .syntax("cursor [MATCH pattern] [COUNT count] [TYPE type]"),
    Command::new("randomkey", 1, READONLY | ALL_SHARDS, randomkey)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Picks a key name of the database at random.")
        .complexity("O(1)"),
    Command::new("expire", -3, WRITE | FAST, expire)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Sets a key's time to live in seconds.")
        .complexity("O(1)")
        .syntax("key seconds [NX | XX | GT | LT]"),
    Command::new("pexpire", -3, WRITE | FAST, pexpire)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "2.6.0", "Sets a key's time to live in milliseconds.")
        .complexity("O(1)")
        .syntax("key milliseconds [NX | XX | GT | LT]"),
    Command::new("expireat", -3, WRITE | FAST, expireat)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.2.0", "Makes a key expire at a given Unix time in seconds.")
        .complexity("O(1)")
        .syntax("key unix-time-seconds [NX | XX | GT | LT]"),
    Command::new("pexpireat", -3, WRITE | FAST, pexpireat)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "2.6.0", "Makes a key expire at a given Unix time in milliseconds.")
        .complexity("O(1)")
        .syntax("key unix-time-milliseconds [NX | XX | GT | LT]"),
    Command::new("ttl", 2, READONLY | FAST, ttl)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Returns a key's remaining time to live in seconds.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("pttl", 2, READONLY | FAST, pttl)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "2.6.0", "Returns a key's remaining time to live in milliseconds.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("expiretime", 2, READONLY | FAST, expiretime)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "7.0.0", "Tells the Unix time, in seconds, at which a key will expire.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("pexpiretime", 2, READONLY | FAST, pexpiretime)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "7.0.0", "Tells the Unix time, in milliseconds, at which a key will expire.")
        .complexity("O(1)")
        .syntax("key"),
    Command::new("persist", 2, WRITE | FAST, persist)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "2.2.0", "Removes a key's time to live.")
        .complexity("O(1)")
        .syntax("key"),
    Command::container("object", OBJECT_SUBCOMMANDS)
        .doc("generic", "2.2.3", "Subcommands that inspect how a key's value is stored.")
        .complexity("Depends on subcommand."),
];

static OBJECT_SUBCOMMANDS: &[Command] = &[
    Command::new("encoding", 3, READONLY, object_encoding)
        .keys(2, 2, 1)
        .acl(KEYSPACE)
        .doc(
            "generic",
            "2.2.3",
            "Names the representation used to store a key's value.",
        )
        .complexity("O(1)")
        .syntax("key"),
    Command::new("freq", 3, READONLY, object_freq)
        .keys(2, 2, 1)
        .acl(KEYSPACE)
        .doc(
            "generic",
            "4.0.0",
            "Reports how often a key is accessed, as a logarithmic counter (LFU policies only).",
        )
        .complexity("O(1)")
        .syntax("key"),
    Command::new("help", 2, LOADING | STALE, object_help)
        .acl(KEYSPACE)
        .doc("generic", "6.2.0", "Describes the OBJECT subcommands.")
        .complexity("O(1)"),
    Command::new("idletime", 3, READONLY, object_idletime)
        .keys(2, 2, 1)
        .acl(KEYSPACE)
        .doc(
            "generic",
            "2.2.3",
            "Reports how many seconds a key has gone unaccessed.",
        )
        .complexity("O(1)")
        .syntax("key"),
    Command::new("refcount", 3, READONLY, object_refcount)
        .keys(2, 2, 1)
        .acl(KEYSPACE)
        .doc(
            "generic",
            "2.2.3",
            "Reports how many references share a key's value.",
        )
        .complexity("O(1)")
        .syntax("key"),
];

// ---------------------------------------------------------------------------------------------
// Deleting and testing keys

/// Removes an existing key from the current database, freeing its value in the background when
/// `lazy` and the value is big. False if the key does not exist (or just expired).
fn remove_key(ctx: &mut Ctx, key: &[u8], lazy: bool) -> bool {
    if ctx.lookup(key).is_none() {
        return false;
    }
    match ctx.shard(key).remove(key) {
        Some(entry) => {
            lazyfree::drop_entry(entry, lazy);
            true
        }
        None => false,
    }
}

/// DEL and UNLINK: one `del` event and one change per removed key.
fn delete_keys(ctx: &mut Ctx, argv: &[Bytes], lazy: bool) -> CmdResult {
    let mut removed = 0;
    for key in &argv[1..] {
        if remove_key(ctx, key, lazy) {
            ctx.written(key, NOTIFY_GENERIC, "del");
            removed += 1;
        }
    }
    Ok(Reply::Int(removed))
}

fn del(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let lazy = ctx.server.config.read().lazyfree_lazy_user_del;
    delete_keys(ctx, argv, lazy)
}

fn unlink(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    delete_keys(ctx, argv, true)
}

/// Counts every argument naming an existing key, repeats included.
fn exists(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let n = argv[1..]
        .iter()
        .filter(|k| ctx.lookup_read_notouch(k).is_some())
        .count();
    Ok(Reply::from(n))
}

fn type_cmd(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let name = ctx
        .lookup_read_notouch(&argv[1])
        .map_or("none", |e| e.value.type_name());
    Ok(Reply::status(name))
}

/// A read access to each key (refreshes LRU/LFU); counts those that exist.
fn touch(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let n = argv[1..]
        .iter()
        .filter(|k| ctx.lookup_read(k).is_some())
        .count();
    Ok(Reply::from(n))
}

// ---------------------------------------------------------------------------------------------
// Renaming, copying, moving

fn rename(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    rename_generic(ctx, argv, false)
}

fn renamenx(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    rename_generic(ctx, argv, true)
}

/// RENAME and RENAMENX. The entry moves as a whole, so the value, its TTL and its LRU clock
/// all carry over to the new name; a TTL of the overwritten destination does not.
fn rename_generic(ctx: &mut Ctx, argv: &[Bytes], nx: bool) -> CmdResult {
    let (src, dst) = (&argv[1], &argv[2]);
    if ctx.lookup_write(src).is_none() {
        return Err(errors::no_such_key());
    }
    if src == dst {
        return Ok(if nx { Reply::Int(0) } else { Reply::Ok });
    }
    if ctx.lookup_write(dst).is_some() {
        if nx {
            return Ok(Reply::Int(0));
        }
        let lazy = ctx.server.config.read().lazyfree_lazy_server_del;
        remove_key(ctx, dst, lazy);
    }
    let entry = ctx.shard(src).remove(src).expect("looked up above");
    ctx.shard(dst).insert(dst, entry);
    ctx.notify(NOTIFY_NEW, "new", dst);
    ctx.modified(src);
    ctx.modified(dst);
    ctx.notify(NOTIFY_GENERIC, "rename_from", src);
    ctx.notify(NOTIFY_GENERIC, "rename_to", dst);
    ctx.dirty += 1;
    Ok(if nx { Reply::Int(1) } else { Reply::Ok })
}

/// A database index argument: an int, then a valid database (MOVE, COPY ... DB).
fn parse_db(ctx: &Ctx, arg: &[u8]) -> Result<usize, Reply> {
    let id = parse_int32(arg)?;
    if id < 0 || id as usize >= ctx.server.keyspace.databases() {
        return Err(Reply::error("ERR DB index is out of range"));
    }
    Ok(id as usize)
}

/// A 32-bit integer argument, with Redis's two errors (getIntFromObjectOrReply).
fn parse_int32(arg: &[u8]) -> Result<i32, Reply> {
    i32::try_from(args::int(arg)?).map_err(|_| {
        Reply::error(format!(
            "ERR value is out of range, value must between {} and {}",
            i32::MIN,
            i32::MAX
        ))
    })
}

/// Redis's lookupKeyWrite in database `db`: expires the key if due, else records an access to
/// it. True if the key exists.
fn lookup_write_in(ctx: &mut Ctx, db: usize, key: &[u8]) -> bool {
    match ctx.lookup_in(db, key) {
        Some(entry) => {
            entry.touch();
            true
        }
        None => false,
    }
}

fn same_object() -> Reply {
    Reply::error("ERR source and destination objects are the same")
}

/// MOVE key db. A key lives in the same shard in every database, so this needs only the one
/// shard lock the key spec took.
fn move_cmd(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    if ctx.server.config.read().cluster_enabled {
        return Err(Reply::error("ERR MOVE is not allowed in cluster mode"));
    }
    let src = ctx.db_index();
    let dst = parse_db(ctx, &argv[2])?;
    if src == dst {
        return Err(same_object());
    }
    if ctx.lookup_write(key).is_none() || lookup_write_in(ctx, dst, key) {
        return Ok(Reply::Int(0));
    }
    let entry = ctx.shard(key).remove(key).expect("looked up above");
    ctx.shard_in(dst, key).insert(key, entry);
    ctx.notify_in(dst, NOTIFY_NEW, "new", key);
    ctx.modified_in(src, key);
    ctx.modified_in(dst, key);
    ctx.notify_in(src, NOTIFY_GENERIC, "move_from", key);
    ctx.notify_in(dst, NOTIFY_GENERIC, "move_to", key);
    ctx.dirty += 1;
    Ok(Reply::Int(1))
}

/// COPY source destination [DB destination-db] [REPLACE]: a deep copy with the source's TTL.
fn copy(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (src_key, dst_key) = (&argv[1], &argv[2]);
    let src_db = ctx.db_index();
    let mut dst_db = src_db;
    let mut replace = false;
    let mut i = 3;
    while i < argv.len() {
        if args::is(&argv[i], "REPLACE") {
            replace = true;
        } else if args::is(&argv[i], "DB") && i + 1 < argv.len() {
            dst_db = parse_db(ctx, &argv[i + 1])?;
            i += 1;
        } else {
            return Err(errors::syntax());
        }
        i += 1;
    }
    if ctx.server.config.read().cluster_enabled && (src_db != 0 || dst_db != 0) {
        return Err(Reply::error(
            "ERR Copying to another database is not allowed in cluster mode",
        ));
    }
    if src_db == dst_db && src_key == dst_key {
        return Err(same_object());
    }
    let Some(src) = ctx.lookup_read(src_key) else {
        return Ok(Reply::Int(0));
    };
    // A fresh entry (new access data), with the source's TTL.
    let mut copied = Entry::new(src.value.clone());
    copied.expire_at = src.expire_at;
    if lookup_write_in(ctx, dst_db, dst_key) {
        if !replace {
            return Ok(Reply::Int(0));
        }
        let lazy = ctx.server.config.read().lazyfree_lazy_server_del;
        if let Some(old) = ctx.shard_in(dst_db, dst_key).remove(dst_key) {
            lazyfree::drop_entry(old, lazy);
        }
    }
    ctx.shard_in(dst_db, dst_key).insert(dst_key, copied);
    ctx.notify_in(dst_db, NOTIFY_NEW, "new", dst_key);
    ctx.modified_in(dst_db, dst_key);
    ctx.notify_in(dst_db, NOTIFY_GENERIC, "copy_to", dst_key);
    ctx.dirty += 1;
    Ok(Reply::Int(1))
}

/// SWAPDB index1 index2: every shard holds a slice of each database, so the slices are swapped
/// in every shard, all locked for the command.
fn swapdb(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if ctx.server.config.read().cluster_enabled {
        return Err(Reply::error("ERR SWAPDB is not allowed in cluster mode"));
    }
    let first = parse_int32(&argv[1]).map_err(|_| Reply::error("ERR invalid first DB index"))?;
    let second = parse_int32(&argv[2]).map_err(|_| Reply::error("ERR invalid second DB index"))?;
    let databases = ctx.server.keyspace.databases();
    let valid = |id: i32| id >= 0 && (id as usize) < databases;
    if !valid(first) || !valid(second) {
        return Err(Reply::error("ERR DB index is out of range"));
    }
    let (a, b) = (first as usize, second as usize);
    if a != b {
        for (_, shard) in ctx.locks.iter_mut() {
            // WATCHes on keys of either database see a change, as in Redis.
            shard.touch_all_watched(a, Some(b));
            shard.touch_all_watched(b, Some(a));
            shard.dbs.swap(a, b);
        }
        // Clients blocked on a key of either database may find it holds something now.
        crate::server::blocking::signal_db(ctx.server, a);
        crate::server::blocking::signal_db(ctx.server, b);
    }
    ctx.dirty += 1;
    Ok(Reply::Ok)
}

// ---------------------------------------------------------------------------------------------
// Iterating the keyspace

/// KEYS pattern: every live key of the current database matching the glob. Expired keys are
/// skipped but not deleted (as Redis does).
fn keys(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let pattern = &argv[1][..];
    let all = pattern == b"*";
    let (db, now) = (ctx.db_index(), ctx.now_ms);
    let mut out = Vec::new();
    for (_, shard) in ctx.locks.iter_mut() {
        for (key, entry) in shard.dbs[db].keys.iter() {
            if (all || glob_match(pattern, key, false)) && !entry.is_expired(now) {
                out.push(Reply::Bulk(key.to_bytes()));
            }
        }
    }
    Ok(Reply::Array(out))
}

/// A SCAN cursor as a client sends it, read the way Redis's strtoul-based parser reads it:
/// an optional sign and decimal digits, leading whitespace and overflow refused, `-n` wrapping
/// to 2^64 - n, the empty string meaning 0, and the text ending at a NUL byte.
pub fn parse_cursor(arg: &[u8]) -> Result<u64, Reply> {
    let invalid = || Reply::error("ERR invalid cursor");
    let text = arg.split(|&b| b == 0).next().unwrap_or_default();
    if text.first().is_some_and(|b| b" \t\n\x0b\x0c\r".contains(b)) {
        return Err(invalid());
    }
    if text.is_empty() {
        return Ok(0);
    }
    let (negative, digits) = match text[0] {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(invalid());
    }
    let mut value: u64 = 0;
    for d in digits {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add((d - b'0') as u64))
            .ok_or_else(invalid)?;
    }
    Ok(if negative {
        value.wrapping_neg()
    } else {
        value
    })
}

/// Where a keyspace SCAN stands. The cursor a client sees packs the shard index into its low
/// bits and the shard's own `Dict::scan` cursor above them:
///
/// `cursor = dict_cursor << log2(shards) | shard`
///
/// An iteration walks the shards in order, each with the dictionary's reverse-binary cursor,
/// which survives any number of resizes and rehashes between calls. A key never changes
/// shards, so every key present for the whole iteration is returned at least once. Cursor 0 is
/// both the start (shard 0, dict cursor 0) and, returned, the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyspaceCursor {
    pub shard: usize,
    pub dict_cursor: u64,
}

impl KeyspaceCursor {
    /// Splits a client's cursor (`shards` is a power of two).
    pub fn decode(cursor: u64, shards: usize) -> KeyspaceCursor {
        let bits = shards.trailing_zeros();
        KeyspaceCursor {
            shard: (cursor & (shards as u64 - 1)) as usize,
            dict_cursor: cursor.checked_shr(bits).unwrap_or(0),
        }
    }

    pub fn encode(self, shards: usize) -> u64 {
        let bits = shards.trailing_zeros();
        (self.dict_cursor << bits) | self.shard as u64
    }
}

/// SCAN's options.
struct ScanOptions {
    count: usize,
    pattern: Option<Bytes>,
    type_name: Option<Bytes>,
}

fn parse_scan_options(argv: &[Bytes]) -> Result<ScanOptions, Reply> {
    let mut opts = ScanOptions {
        count: 10,
        pattern: None,
        type_name: None,
    };
    let mut i = 2;
    while i < argv.len() {
        let has_value = i + 1 < argv.len();
        if args::is(&argv[i], "COUNT") && has_value {
            let count = args::int(&argv[i + 1])?;
            if count < 1 {
                return Err(errors::syntax());
            }
            opts.count = count as usize;
        } else if args::is(&argv[i], "MATCH") && has_value {
            // "*" matches everything: no need to test each key.
            opts.pattern = (&argv[i + 1][..] != b"*").then(|| argv[i + 1].clone());
        } else if args::is(&argv[i], "TYPE") && has_value {
            opts.type_name = Some(argv[i + 1].clone());
        } else {
            return Err(errors::syntax());
        }
        i += 2;
    }
    Ok(opts)
}

/// SCAN cursor [MATCH pattern] [COUNT count] [TYPE type].
fn scan(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let cursor = parse_cursor(&argv[1])?;
    let opts = parse_scan_options(argv)?;
    let db = ctx.db_index();
    let shards = ctx.server.keyspace.shard_count();
    let mut at = KeyspaceCursor::decode(cursor, shards);
    let mut found: Vec<Bytes> = Vec::new();
    // As Redis: at most 10 * COUNT bucket visits, so a sparse table cannot stall the server.
    let mut visits = opts.count.saturating_mul(10);
    let finished = loop {
        let dict = &ctx
            .locks
            .get_mut(at.shard)
            .expect("SCAN locks every shard")
            .dbs[db]
            .keys;
        if !dict.is_empty() {
            at.dict_cursor = dict.scan(at.dict_cursor, |key, _| found.push(key.to_bytes()));
            visits -= 1;
        } else {
            at.dict_cursor = 0;
        }
        if at.dict_cursor == 0 {
            at.shard += 1;
            if at.shard == shards {
                break true;
            }
        }
        if found.len() >= opts.count || visits == 0 {
            break false;
        }
    };
    let next = if finished { 0 } else { at.encode(shards) };
    let mut keys = Vec::with_capacity(found.len());
    for key in found {
        if let Some(pattern) = &opts.pattern {
            if !glob_match(pattern, &key, false) {
                continue;
            }
        }
        if let Some(wanted) = &opts.type_name {
            // Like Redis, a key that just expired reads as type "none".
            let actual = ctx
                .lookup_read_notouch(&key)
                .map_or("none", |e| e.value.type_name());
            if !wanted.eq_ignore_ascii_case(actual.as_bytes()) {
                continue;
            }
        }
        if ctx.lookup(&key).is_none() && opts.type_name.is_none() {
            continue; // expired: deleted now, not reported
        }
        keys.push(Reply::Bulk(key));
    }
    Ok(Reply::Array(vec![
        Reply::Bulk(Bytes::from(next.to_string())),
        Reply::Array(keys),
    ]))
}

/// RANDOMKEY: picks a shard with probability proportional to its share of the database, then a
/// fair random entry of its dictionary, so every key is about equally likely. Expired keys
/// picked on the way are deleted and another one is drawn.
fn randomkey(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let db = ctx.db_index();
    let mut rng = rand::thread_rng();
    // While clients are paused expired keys stay (they only read as missing); if the draw keeps
    // landing on them, give up after this many and return one, as later Redis versions do,
    // rather than loop forever.
    let mut tries_left = 100;
    loop {
        let sizes: Vec<usize> = ctx
            .locks
            .iter_mut()
            .map(|(_, s)| s.dbs[db].keys.len())
            .collect();
        let total: usize = sizes.iter().sum();
        if total == 0 {
            return Ok(Reply::Nil);
        }
        let mut pick = rng.gen_range(0..total);
        let shard = sizes.iter().position(|&n| {
            if pick < n {
                return true;
            }
            pick -= n;
            false
        });
        let shard = shard.expect("pick < total");
        let dict = &ctx
            .locks
            .get_mut(shard)
            .expect("RANDOMKEY locks every shard")
            .dbs[db]
            .keys;
        let (key, entry) = dict.random_entry(&mut rng).expect("shard is not empty");
        let (key, expired) = (key.to_bytes(), entry.is_expired(ctx.now_ms));
        if !expired {
            return Ok(Reply::Bulk(key));
        }
        ctx.lookup(&key); // deletes it (and propagates the DEL), unless clients are paused
        if ctx.server.clients.paused() {
            tries_left -= 1;
            if tries_left == 0 {
                return Ok(Reply::Bulk(key));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Time to live

fn expire(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let now = ctx.now_ms;
    expire_generic(ctx, argv, now, true)
}

fn pexpire(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let now = ctx.now_ms;
    expire_generic(ctx, argv, now, false)
}

fn expireat(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    expire_generic(ctx, argv, 0, true)
}

fn pexpireat(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    expire_generic(ctx, argv, 0, false)
}

/// The NX | XX | GT | LT conditions of the EXPIRE family.
#[derive(Default, Clone, Copy)]
struct ExpireCondition {
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
}

impl ExpireCondition {
    fn parse(options: &[Bytes]) -> Result<ExpireCondition, Reply> {
        let mut c = ExpireCondition::default();
        for opt in options {
            if args::is(opt, "NX") {
                c.nx = true;
            } else if args::is(opt, "XX") {
                c.xx = true;
            } else if args::is(opt, "GT") {
                c.gt = true;
            } else if args::is(opt, "LT") {
                c.lt = true;
            } else {
                // Redis formats the option as a C string: it ends at a NUL byte.
                let opt = opt.split(|&b| b == 0).next().unwrap_or_default();
                return Err(Reply::error(format!(
                    "ERR Unsupported option {}",
                    args::text(opt)
                )));
            }
        }
        if c.nx && (c.xx || c.gt || c.lt) {
            return Err(Reply::error(
                "ERR NX and XX, GT or LT options at the same time are not compatible",
            ));
        }
        if c.gt && c.lt {
            return Err(Reply::error(
                "ERR GT and LT options at the same time are not compatible",
            ));
        }
        Ok(c)
    }

    /// Whether a key whose deadline is `current` (`NO_EXPIRE` for none, which counts as an
    /// infinite TTL) may get the deadline `when`.
    fn allows(self, current: i64, when: i64) -> bool {
        let persistent = current == NO_EXPIRE;
        !((self.nx && !persistent)
            || (self.xx && persistent)
            || (self.gt && (persistent || when <= current))
            || (self.lt && !persistent && when >= current))
    }
}

/// EXPIRE, PEXPIRE, EXPIREAT and PEXPIREAT: the argument is scaled to ms if `seconds` and
/// added to `base_ms` (now for the relative forms, 0 for the absolute ones). A deadline that is
/// already past deletes the key (propagated as DEL); otherwise the change is propagated as
/// PEXPIREAT with the absolute deadline, so replicas and the AOF agree.
fn expire_generic(ctx: &mut Ctx, argv: &[Bytes], base_ms: i64, seconds: bool) -> CmdResult {
    let key = &argv[1];
    let condition = ExpireCondition::parse(&argv[3..])?;
    let invalid = || {
        Reply::error(format!(
            "ERR invalid expire time in '{}' command",
            ctx.cmd.full_name
        ))
    };
    let mut when = args::int(&argv[2])?;
    if seconds {
        when = when.checked_mul(1000).ok_or_else(invalid)?;
    }
    let when = when.checked_add(base_ms).ok_or_else(invalid)?;
    let Some(entry) = ctx.lookup_write(key) else {
        return Ok(Reply::Int(0));
    };
    if !condition.allows(entry.expire_at, when) {
        return Ok(Reply::Int(0));
    }
    if deadline_passed(ctx, when) {
        let lazy = ctx.server.config.read().lazyfree_lazy_expire;
        remove_key(ctx, key, lazy);
        let del: &'static [u8] = if lazy { b"UNLINK" } else { b"DEL" };
        ctx.propagate_as(vec![Bytes::from_static(del), key.clone()]);
        ctx.written(key, NOTIFY_GENERIC, "del");
        return Ok(Reply::Int(1));
    }
    ctx.set_expire(key, when);
    let mut effect = vec![
        Bytes::from_static(b"PEXPIREAT"),
        key.clone(),
        Bytes::from(when.to_string()),
    ];
    effect.extend_from_slice(&argv[3..]);
    ctx.propagate_as(effect);
    ctx.written(key, NOTIFY_GENERIC, "expire");
    Ok(Reply::Int(1))
}

/// Whether an EXPIRE-family deadline means "delete now" (Redis's checkAlreadyExpired). A
/// replica keeps the key with its past deadline and waits for its master's DEL instead.
fn deadline_passed(ctx: &Ctx, when: i64) -> bool {
    when <= ctx.now_ms && ctx.server.config.read().replicaof.is_none()
}

/// What the TTL family reports about a key's deadline.
#[derive(Clone, Copy)]
enum TtlReport {
    /// Remaining time (TTL, PTTL).
    Remaining,
    /// The deadline itself (EXPIRETIME, PEXPIRETIME).
    Absolute,
}

/// -2 for a missing key, -1 for a key without TTL, else the remaining or absolute time, in ms
/// or rounded to seconds.
fn ttl_generic(ctx: &mut Ctx, key: &[u8], report: TtlReport, in_ms: bool) -> CmdResult {
    let now = ctx.now_ms;
    let Some(entry) = ctx.lookup_read_notouch(key) else {
        return Ok(Reply::Int(-2));
    };
    if entry.expire_at == NO_EXPIRE {
        return Ok(Reply::Int(-1));
    }
    let ms = match report {
        TtlReport::Remaining => entry.expire_at - now,
        TtlReport::Absolute => entry.expire_at,
    }
    .max(0);
    // Rounded to the nearest second; in 128 bits so a deadline near i64::MAX cannot overflow.
    Ok(Reply::Int(if in_ms {
        ms
    } else {
        ((ms as i128 + 500) / 1000) as i64
    }))
}

fn ttl(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    ttl_generic(ctx, &argv[1], TtlReport::Remaining, false)
}

fn pttl(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    ttl_generic(ctx, &argv[1], TtlReport::Remaining, true)
}

fn expiretime(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    ttl_generic(ctx, &argv[1], TtlReport::Absolute, false)
}

fn pexpiretime(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    ttl_generic(ctx, &argv[1], TtlReport::Absolute, true)
}

fn persist(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    match ctx.lookup_write(key) {
        Some(e) if e.expire_at != NO_EXPIRE => {
            ctx.set_expire(key, NO_EXPIRE);
            ctx.written(key, NOTIFY_GENERIC, "persist");
            Ok(Reply::Int(1))
        }
        _ => Ok(Reply::Int(0)),
    }
}

// ---------------------------------------------------------------------------------------------
// OBJECT

const OBJECT_HELP: &[&str] = &[
    "ENCODING <key>",
    "    Return the kind of internal representation used in order to store the value",
    "    associated with a <key>.",
    "FREQ <key>",
    "    Return the access frequency index of the <key>. The returned integer is",
    "    proportional to the logarithm of the recent access frequency of the key.",
    "IDLETIME <key>",
    "    Return the idle time of the <key>, that is the approximated number of",
    "    seconds elapsed since the last access to the key.",
    "REFCOUNT <key>",
    "    Return the number of references of the value associated with the specified",
    "    <key>.",
];

fn object_help(_ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(super::introspection::help_reply(&argv[0], OBJECT_HELP))
}

/// Whether `maxmemory-policy` is one of the LFU ones (the key's `lru` field then holds Redis's
/// LFU data instead of an LRU clock).
fn lfu_policy(ctx: &Ctx) -> bool {
    ctx.server.config.read().maxmemory_policy.ends_with("-lfu")
}

/// The entry OBJECT reports on, looked up without touching it (a missing key gives a null).
fn object_entry<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<&'c mut Entry, Reply> {
    ctx.lookup_read_nonotify(key).ok_or(Reply::Nil)
}

fn object_encoding(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let entry = object_entry(ctx, &argv[2])?;
    Ok(Reply::bulk_str(entry.value.encoding_name()))
}

/// Whether small integers are shared objects under the current maxmemory settings.
fn integers_shared(ctx: &Ctx) -> bool {
    let config = ctx.server.config.read();
    shared_integers::enabled(config.maxmemory, &config.maxmemory_policy)
}

/// A shared small integer's refcount reads as INT_MAX (see `shared_integers`); others have 1.
fn object_refcount(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let sharing = integers_shared(ctx);
    let entry = object_entry(ctx, &argv[2])?;
    let shared = sharing && entry.small_integer().is_some();
    Ok(Reply::Int(if shared { i32::MAX as i64 } else { 1 }))
}

fn object_idletime(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let lfu = lfu_policy(ctx);
    let sharing = integers_shared(ctx);
    let entry = object_entry(ctx, &argv[2])?;
    if lfu {
        return Err(Reply::error(
            "ERR An LFU maxmemory policy is selected, idle time not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
        ));
    }
    Ok(Reply::Int(
        crate::server::clock::idle_seconds(entry.access_clock(sharing)) as i64,
    ))
}

fn object_freq(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let lfu = lfu_policy(ctx);
    let decay_minutes = ctx.server.config.read().lfu_decay_time;
    let entry = object_entry(ctx, &argv[2])?;
    if !lfu {
        return Err(Reply::error(
            "ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
        ));
    }
    Ok(Reply::Int(entry.lfu_counter(decay_minutes) as i64))
}
