//! DEBUG: the subcommands Redis's own test suite and client test suites rely on.
//!
//! DEBUG is refused unless `enable-debug-command` allows it (`yes`, or `local` for loopback
//! clients), with Redis's message. Subcommands that read or write keys (OBJECT, DIGEST,
//! DIGEST-VALUE, POPULATE, RELOAD) lock every shard for their duration, which is what DEBUG
//! does to a Redis server anyway.
//!
//! Where Respite differs, by necessity:
//! - SLEEP parks only the calling connection (Redis stops the whole server); no shard lock is
//!   held while it sleeps, so other clients go on.
//! - RELOAD has no RDB to save and load yet: it checks its options, drops keys whose time to
//!   live has passed (as loading an RDB would) and keeps the rest as they are.
//! - DIGEST/DIGEST-VALUE are SHA-1 based and stable (equal datasets, equal digests; an empty
//!   dataset digests to forty zeros), but not the same numbers Redis computes.
//! - OBJECT's `serializedlength` is an estimate of the RDB size (no LZF compression).

use super::config_cmd::client_is_local;
use super::flags::*;
use super::introspection::{block_connection_for, help_reply, subcommand_syntax_error};
use super::{args, errors, CmdResult, Command, Ctx};
use crate::db::{Entry, Value, NO_EXPIRE};
use crate::protocol::{Reply, Resp};
use crate::types::string::Str;
use crate::util::sha1::{hex, Sha1};
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] =
    &[
        Command::new("debug", -2, ADMIN | NOSCRIPT | LOADING | STALE, debug)
            .doc(
                "server",
                "1.0.0",
                "Subcommands for testing and debugging the server.",
            )
            .complexity("Depends on subcommand."),
    ];

const NOT_ALLOWED: &str = "ERR DEBUG command not allowed. If the enable-debug-command option is set to \"local\", \
you can run it from a local connection, otherwise you need to set this option in the configuration file, \
and then restart the server.";

fn debug(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let allowed = ctx
        .server
        .config
        .read()
        .debug_command_allowed(client_is_local(ctx));
    if !allowed {
        return Err(Reply::error(NOT_ALLOWED));
    }
    let sub = String::from_utf8_lossy(&argv[1]).to_ascii_lowercase();
    let argc = argv.len();
    match (sub.as_str(), argc) {
        ("help", 2) => Ok(help_reply(&argv[0], HELP)),
        ("sleep", 3) => {
            let seconds = strtod(&argv[2]);
            if seconds > 0.0 {
                block_connection_for(std::time::Duration::from_micros((seconds * 1e6) as u64));
            }
            Ok(Reply::Ok)
        }
        ("set-active-expire", 3) => {
            ctx.server
                .active_expire_enabled
                .store(atoi(&argv[2]) != 0, Relaxed);
            Ok(Reply::Ok)
        }
        ("set-skip-checksum-validation", 3) => {
            ctx.server
                .skip_checksum_validation
                .store(atoi(&argv[2]) != 0, Relaxed);
            Ok(Reply::Ok)
        }
        ("quicklist-packed-threshold", 3) => {
            let ok = crate::util::memtoull(&argv[2])
                .is_some_and(crate::types::list::set_packed_threshold);
            if ok {
                Ok(Reply::Ok)
            } else {
                Err(Reply::error(
                    "ERR argument must be a memory value bigger than 1 and smaller than 4gb",
                ))
            }
        }
        ("change-repl-id", 2) => {
            tracing::warn!("Changing replication IDs after receiving DEBUG change-repl-id");
            *ctx.server.replid.lock() = crate::server::random_hex(40);
            Ok(Reply::Ok)
        }
        ("log", 3) => {
            tracing::warn!("DEBUG LOG: {}", String::from_utf8_lossy(&argv[2]));
            Ok(Reply::Ok)
        }
        ("error", 3) => Err(Reply::error(String::from_utf8_lossy(&argv[2]).into_owned())),
        ("stringmatch-test", 2) => {
            stringmatch_fuzz();
            Ok(Reply::status("Apparently Redis did not crash: test passed"))
        }
        ("protocol", 3) => protocol(ctx, &argv[2]),
        ("object", 3) => object(ctx, &argv[2]),
        ("digest", 2) => {
            lock_keyspace(ctx)?;
            Ok(Reply::status(hex(&dataset_digest(ctx))))
        }
        ("digest-value", _) => {
            lock_keyspace(ctx)?;
            let db = ctx.client.db;
            let digests = argv[2..]
                .iter()
                .map(|key| {
                    // Logically expired keys count too: DEBUG looks at what is stored.
                    let digest = ctx
                        .shard_in(db, key)
                        .keys
                        .get(&key[..])
                        .map_or([0; 20], value_digest);
                    Reply::status(hex(&digest))
                })
                .collect();
            Ok(Reply::Array(digests))
        }
        ("populate", 3..=5) => populate(ctx, argv),
        ("reload", _) => reload(ctx, argv),
        _ => Err(subcommand_syntax_error(argv)),
    }
}

const HELP: &[&str] = &[
    "CHANGE-REPL-ID",
    "    Change the replication IDs of the instance.",
    "    Dangerous: should be used only for testing the replication subsystem.",
    "DIGEST",
    "    Output a hex signature representing the current DB content.",
    "DIGEST-VALUE <key> [<key> ...]",
    "    Output a hex signature of the values of all the specified keys.",
    "ERROR <string>",
    "    Return a Redis protocol error with <string> as message. Useful for clients",
    "    unit tests to simulate Redis errors.",
    "LOG <message>",
    "    Write <message> to the server log.",
    "OBJECT <key>",
    "    Show low level info about `key` and associated value.",
    "POPULATE <count> [<prefix>] [<size>]",
    "    Create <count> string keys named key:<num>. If <prefix> is specified then",
    "    it is used instead of the 'key' prefix. These are not propagated to",
    "    replicas. Cluster slots are not respected so keys not belonging to the",
    "    current node can be created in cluster mode.",
    "PROTOCOL <type>",
    "    Reply with a test value of the specified type. <type> can be: string,",
    "    integer, double, bignum, null, array, set, map, attrib, push, verbatim,",
    "    true, false.",
    "RELOAD [option ...]",
    "    Save the RDB on disk and reload it back to memory. Valid <option> values:",
    "    * MERGE: conflicting keys will be loaded from RDB.",
    "    * NOFLUSH: the existing database will not be removed before load, but",
    "      conflicting keys will generate an exception and kill the server.",
    "    * NOSAVE: the database will be loaded from an existing RDB file.",
    "    Examples:",
    "    * DEBUG RELOAD: verify that the server is able to persist, flush and reload",
    "      the database.",
    "    * DEBUG RELOAD NOSAVE: replace the current database with the contents of an",
    "      existing RDB file.",
    "    * DEBUG RELOAD NOSAVE NOFLUSH MERGE: add the contents of an existing RDB",
    "      file to the database.",
    "SET-ACTIVE-EXPIRE <0|1>",
    "    Setting it to 0 disables expiring keys in background when they are not",
    "    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the",
    "    default.",
    "QUICKLIST-PACKED-THRESHOLD <size>",
    "    Sets the threshold for elements to be inserted as plain vs packed nodes",
    "    Default value is 1GB, allows values up to 4GB. Setting to 0 restores to default.",
    "SET-SKIP-CHECKSUM-VALIDATION <0|1>",
    "    Enables or disables checksum checks for RDB files and RESTORE's payload.",
    "SLEEP <seconds>",
    "    Stop the server for <seconds>. Decimals allowed.",
    "STRINGMATCH-TEST",
    "    Run a fuzz tester against the stringmatchlen() function.",
];

/// C's `atoi`: leading blanks, an optional sign, digits; anything else ends it (0 if none).
fn atoi(arg: &[u8]) -> i64 {
    let s = String::from_utf8_lossy(arg);
    let s = s.trim_start();
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let n = digits
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0i64, |n, d| {
            n.saturating_mul(10).saturating_add((d - b'0') as i64)
        });
    if neg {
        -n
    } else {
        n
    }
}

/// C's `strtod` without an end pointer: the longest numeric prefix, 0 when there is none.
fn strtod(arg: &[u8]) -> f64 {
    let s = String::from_utf8_lossy(arg);
    let s = s.trim_start();
    (1..=s.len())
        .rev()
        .filter(|&n| s.is_char_boundary(n))
        .find_map(|n| s[..n].parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// Takes every shard lock unless this command already holds them all (inside an EXEC that
/// locked everything). An EXEC holding only some shards cannot take more without risking a
/// deadlock, so there the subcommand is refused.
fn lock_keyspace(ctx: &mut Ctx) -> Result<(), Reply> {
    if ctx.locks.holds_all() {
        return Ok(());
    }
    if !ctx.locks.is_empty() {
        return Err(Reply::error(
            "ERR DEBUG cannot inspect the keyspace inside this transaction",
        ));
    }
    ctx.locks = ctx.server.keyspace.lock_all();
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// PROTOCOL

fn protocol(ctx: &mut Ctx, kind: &[u8]) -> CmdResult {
    let resp3 = ctx.client.resp == Resp::V3;
    let raw = |resp2: &str, resp3_text: &str| {
        Reply::Raw(Bytes::from(
            if resp3 { resp3_text } else { resp2 }.to_string(),
        ))
    };
    let kind = String::from_utf8_lossy(kind).to_ascii_lowercase();
    Ok(match kind.as_str() {
        "string" => Reply::bulk_str("Hello World"),
        "integer" => Reply::Int(12345),
        // Redis's fixed test value (not an approximation of pi).
        #[allow(clippy::approx_constant)]
        "double" => Reply::Double(3.141),
        "bignum" => raw(
            "$37\r\n1234567999999999999999999999999999999\r\n",
            "(1234567999999999999999999999999999999\r\n",
        ),
        "null" => Reply::Nil,
        "array" => Reply::Array((0..3).map(Reply::Int).collect()),
        "set" => Reply::Set((0..3).map(Reply::Int).collect()),
        "map" => Reply::Map((0..3).map(|j| (Reply::Int(j), Reply::Bool(j == 1))).collect()),
        "attrib" => raw(
            "$39\r\nSome real reply following the attribute\r\n",
            "|1\r\n$14\r\nkey-popularity\r\n*2\r\n$7\r\nkey:123\r\n:90\r\n$39\r\nSome real reply following the attribute\r\n",
        ),
        "push" if !resp3 => return Err(Reply::error("ERR RESP2 is not supported by this command")),
        "push" => Reply::Raw(Bytes::from_static(
            b">2\r\n$16\r\nserver-cpu-usage\r\n:42\r\n$40\r\nSome real reply following the push reply\r\n",
        )),
        "true" => Reply::Bool(true),
        "false" => Reply::Bool(false),
        "verbatim" => Reply::Verbatim("txt", Bytes::from_static(b"This is a verbatim\nstring")),
        _ => {
            return Err(Reply::error(
                "ERR Wrong protocol type name. Please use one of the following: \
string|integer|double|bignum|null|array|set|map|attrib|push|verbatim|true|false",
            ))
        }
    })
}

// ---------------------------------------------------------------------------------------------
// OBJECT

fn object(ctx: &mut Ctx, key: &Bytes) -> CmdResult {
    lock_keyspace(ctx)?;
    let (fill, compress) = {
        let config = ctx.server.config.read();
        (config.list_max_listpack_size, config.list_compress_depth)
    };
    let db = ctx.client.db;
    let Some(entry) = ctx.shard_in(db, key).keys.get(&key[..]) else {
        return Err(errors::no_such_key());
    };
    let value = &entry.value;
    let refcount: i64 = match value {
        Value::String(s) if s.is_shared_integer() => i32::MAX as i64,
        _ => 1,
    };
    let mut extra = String::new();
    if let Value::List(l) = value {
        if l.encoding_name() == "quicklist" {
            let nodes = l.node_count().max(1);
            extra = format!(
                " ql_nodes:{} ql_avg_node:{:.2} ql_listpack_max:{} ql_compressed:{} ql_uncompressed_size:{}",
                l.node_count(),
                l.len() as f64 / nodes as f64,
                fill,
                (compress != 0) as u8,
                l.memory_usage()
            );
        }
    }
    Ok(Reply::status(format!(
        "Value at:{:p} refcount:{} encoding:{} serializedlength:{} lru:{} lru_seconds_idle:{}{}",
        value as *const Value,
        refcount,
        value.encoding_name(),
        serialized_length(value),
        entry.lru,
        crate::server::clock::idle_seconds(entry.lru),
        extra
    )))
}

/// RDB's length prefix size for `n`.
fn rdb_len_size(n: usize) -> usize {
    match n {
        0..=63 => 1,
        64..=16383 => 2,
        _ if n <= u32::MAX as usize => 5,
        _ => 9,
    }
}

/// RDB's size for a string: small integers are stored as integers.
fn rdb_string_size(s: &[u8]) -> usize {
    if s.len() <= 11 {
        if let Some(n) = crate::util::parse_i64(s) {
            if (-128..=127).contains(&n) {
                return 2;
            } else if (i16::MIN as i64..=i16::MAX as i64).contains(&n) {
                return 3;
            } else if (i32::MIN as i64..=i32::MAX as i64).contains(&n) {
                return 5;
            }
        }
    }
    rdb_len_size(s.len()) + s.len()
}

/// An estimate of the value's size in an RDB file (DEBUG OBJECT's `serializedlength`).
fn serialized_length(value: &Value) -> usize {
    match value {
        Value::String(s) => s.with_bytes(rdb_string_size),
        Value::List(l) => {
            rdb_len_size(l.len())
                + l.iter()
                    .map(|e| rdb_string_size(&e.to_bytes()))
                    .sum::<usize>()
        }
        Value::Hash(h) => {
            rdb_len_size(h.len())
                + h.iter()
                    .map(|(f, v)| rdb_string_size(f) + rdb_string_size(v))
                    .sum::<usize>()
        }
        Value::Set(s) => {
            rdb_len_size(s.len())
                + s.iter()
                    .map(|m| m.with_bytes(rdb_string_size))
                    .sum::<usize>()
        }
        Value::ZSet(z) => {
            let mut size = rdb_len_size(z.len());
            z.for_each_in(0, z.len(), false, |m, _| size += rdb_string_size(m) + 8);
            size
        }
    }
}

// ---------------------------------------------------------------------------------------------
// DIGEST

fn xor_into(acc: &mut [u8; 20], digest: &[u8; 20]) {
    for (a, d) in acc.iter_mut().zip(digest) {
        *a ^= d;
    }
}

fn put_len_prefixed(h: &mut Sha1, data: &[u8]) {
    h.update(&(data.len() as u64).to_le_bytes()).update(data);
}

/// The digest of a stored value and its expiry. Members of unordered collections are folded in
/// with XOR, so the digest does not depend on their order in memory.
fn value_digest(entry: &Entry) -> [u8; 20] {
    let mut h = Sha1::new();
    h.update(entry.value.type_name().as_bytes());
    match &entry.value {
        Value::String(s) => s.with_bytes(|b| put_len_prefixed(&mut h, b)),
        Value::List(l) => {
            for e in l.iter() {
                put_len_prefixed(&mut h, &e.to_bytes());
            }
        }
        Value::Hash(hash) => {
            let mut acc = [0u8; 20];
            for (f, v) in hash.iter() {
                let mut p = Sha1::new();
                put_len_prefixed(&mut p, f);
                put_len_prefixed(&mut p, v);
                xor_into(&mut acc, &p.finish());
            }
            h.update(&acc);
        }
        Value::Set(set) => {
            let mut acc = [0u8; 20];
            for m in set.iter() {
                m.with_bytes(|b| xor_into(&mut acc, &Sha1::new().update(b).finish()));
            }
            h.update(&acc);
        }
        Value::ZSet(z) => {
            // Sorted by score and member: the order itself is canonical.
            z.for_each_in(0, z.len(), false, |m, score| {
                put_len_prefixed(&mut h, m);
                h.update(&score.to_le_bytes());
            });
        }
    }
    if entry.expire_at != NO_EXPIRE {
        h.update(b"!!expire!!")
            .update(&entry.expire_at.to_le_bytes());
    }
    h.finish()
}

/// The digest of every key in every database; forty zeros when there are none.
fn dataset_digest(ctx: &mut Ctx) -> [u8; 20] {
    let mut acc = [0u8; 20];
    for (_, shard) in ctx.locks.iter_mut() {
        for (db, dbs) in shard.dbs.iter().enumerate() {
            for (key, entry) in dbs.keys.iter() {
                let mut h = Sha1::new();
                h.update(&(db as u64).to_le_bytes());
                put_len_prefixed(&mut h, key);
                h.update(&value_digest(entry));
                xor_into(&mut acc, &h.finish());
            }
        }
    }
    acc
}

// ---------------------------------------------------------------------------------------------
// POPULATE, RELOAD

fn populate(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    // Redis answers the same error for a negative number and for no number at all.
    let positive = |arg: &[u8]| {
        crate::util::parse_i64(arg)
            .filter(|n| *n >= 0)
            .ok_or_else(|| Reply::error("ERR value is out of range, must be positive"))
    };
    let count = positive(&argv[2])?;
    let size = if argv.len() == 5 {
        positive(&argv[4])? as usize
    } else {
        0
    };
    lock_keyspace(ctx)?;
    let prefix: &[u8] = if argv.len() >= 4 { &argv[3] } else { b"key" };
    let db = ctx.client.db;
    for j in 0..count {
        let mut key = prefix.to_vec();
        key.extend_from_slice(format!(":{j}").as_bytes());
        let key = Bytes::from(key);
        if ctx.lookup_in(db, &key).is_some() {
            continue;
        }
        let mut value = format!("value:{j}").into_bytes();
        if size > 0 {
            value.resize(size, 0);
        }
        ctx.shard_in(db, &key).insert(
            &key,
            Entry::new(Value::String(Str::plain(Bytes::from(value)))),
        );
        ctx.modified(&key);
    }
    Ok(Reply::Ok)
}

fn reload(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    for opt in &argv[2..] {
        if !(args::is(opt, "MERGE") || args::is(opt, "NOFLUSH") || args::is(opt, "NOSAVE")) {
            return Err(Reply::error(
                "ERR DEBUG RELOAD only supports the MERGE, NOFLUSH and NOSAVE options.",
            ));
        }
    }
    lock_keyspace(ctx)?;
    // Loading a dataset skips keys whose time to live has passed.
    let now = ctx.now_ms;
    for (_, shard) in ctx.locks.iter_mut() {
        for db in shard.dbs.iter_mut() {
            let expired: Vec<crate::db::Key> = db
                .keys
                .iter()
                .filter(|(_, e)| e.is_expired(now))
                .map(|(k, _)| k.clone())
                .collect();
            for key in expired {
                db.remove(&key);
            }
        }
    }
    tracing::warn!("DB reloaded by DEBUG RELOAD");
    Ok(Reply::Ok)
}

// ---------------------------------------------------------------------------------------------
// STRINGMATCH-TEST

/// Throws random patterns and subjects at the glob matcher (Redis's stringmatchlen fuzzer): it
/// passes by not crashing or hanging.
fn stringmatch_fuzz() {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    for _ in 0..100_000 {
        let pattern: Vec<u8> = (0..rng.gen_range(0..32)).map(|_| rng.gen()).collect();
        let subject: Vec<u8> = (0..rng.gen_range(0..32)).map(|_| rng.gen()).collect();
        crate::util::glob_match(&pattern, &subject, rng.gen());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_number_parsing() {
        assert_eq!(atoi(b"1"), 1);
        assert_eq!(atoi(b"  -12abc"), -12);
        assert_eq!(atoi(b"abc"), 0);
        assert_eq!(strtod(b"0.25"), 0.25);
        assert_eq!(strtod(b"1.5s"), 1.5);
        assert_eq!(strtod(b"x"), 0.0);
    }

    #[test]
    fn rdb_sizes() {
        assert_eq!(rdb_string_size(b"123"), 2);
        assert_eq!(rdb_string_size(b"100000"), 5);
        assert_eq!(rdb_string_size(b"hello"), 6);
    }
}
