//! Keyspace notifications: for every event class (g $ l s h z x e n m, the A alias, K vs E
//! channels) the exact events representative commands of every type publish, in the order Redis
//! publishes them. Every expected sequence was recorded from redis-server 7.0.15 running the same
//! commands with a `PSUBSCRIBE __key*__:*` subscriber.
//!
//! Not covered: `evicted` (class `e`) needs maxmemory eviction, which Respite does not do yet;
//! stream events (`t`) need streams; RESTORE (`restore`) needs DUMP/RESTORE.

mod common;
use common::*;
use std::time::{Duration, Instant};

fn server() -> TestServer {
    TestServer::with_args(&["--enable-debug-command", "yes"])
}

/// Expected events on both channels, keyspace first as Redis publishes them: "key event" in
/// database 0, or "key event@db".
fn both(events: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for e in events {
        let (key_event, db) = match e.split_once('@') {
            Some((ke, db)) => (ke, db),
            None => (*e, "0"),
        };
        let (key, event) = key_event.split_once(' ').expect("\"key event\"");
        out.push(format!("__keyspace@{db}__:{key} {event}"));
        out.push(format!("__keyevent@{db}__:{event} {key}"));
    }
    out
}

fn strings(events: &[&str]) -> Vec<String> {
    events.iter().map(|e| e.to_string()).collect()
}

/// The fields of a RESP2 array of bulk strings.
fn fields(reply: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(reply);
    let mut lines = text.split("\r\n");
    let mut out = Vec::new();
    assert!(
        lines.next().is_some_and(|l| l.starts_with('*')),
        "an array: {text:?}"
    );
    while let Some(len) = lines.next() {
        if len.starts_with('$') {
            out.push(lines.next().unwrap_or_default().to_string());
        }
    }
    out
}

/// Runs `setup` with notifications off, then `cmds` with `notify-keyspace-events` set to
/// `flags`, and returns what a `PSUBSCRIBE __key*__:*` subscriber received, each as "channel
/// message". In `cmds`, `["SLEEP", secs]` pauses, and `["@n", ...]` sends a command from extra
/// connection n without waiting (a blocking command), then waits until it blocks.
fn run(s: &TestServer, flags: &str, setup: &[&[&str]], cmds: &[&[&str]]) -> Vec<String> {
    let mut c = s.raw();
    assert_eq!(c.cmd(&["FLUSHALL"]), "+OK\r\n");
    c.cmd(&["CONFIG", "SET", "notify-keyspace-events", ""]);
    c.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
    for cmd in setup {
        c.cmd(cmd);
    }
    c.cmd(&["CONFIG", "SET", "notify-keyspace-events", flags]);
    let mut sub = s.raw();
    sub.cmd(&["PSUBSCRIBE", "__key*__:*"]);
    let mut others: Vec<(String, Raw)> = Vec::new();
    for cmd in cmds {
        match cmd[0] {
            "SLEEP" => std::thread::sleep(Duration::from_secs_f64(cmd[1].parse().unwrap())),
            name if name.starts_with('@') => {
                let mut other = s.raw();
                let args: Vec<&[u8]> = cmd[1..].iter().map(|a| a.as_bytes()).collect();
                other.send_cmd(&args);
                others.push((name.to_string(), other));
                wait_blocked(&mut c, others.len());
            }
            _ => {
                c.cmd(cmd);
            }
        }
    }
    for (_, other) in &mut others {
        other.read_reply();
    }
    // A message on a channel the pattern also matches marks the end of the events.
    c.cmd(&["PUBLISH", "__keyZ__:end", "x"]);
    let mut events = Vec::new();
    loop {
        let msg = fields(&sub.read_reply());
        assert_eq!(msg[0], "pmessage");
        if msg[2] == "__keyZ__:end" {
            break;
        }
        events.push(format!("{} {}", msg[2], msg[3]));
    }
    c.cmd(&["CONFIG", "SET", "notify-keyspace-events", ""]);
    c.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
    events
}

fn wait_blocked(c: &mut Raw, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(10);
    let want = format!("blocked_clients:{n}\r\n");
    while !c.cmd(&["INFO", "clients"]).contains(&want) {
        assert!(Instant::now() < deadline, "{n} clients never blocked");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Strings (class `$`): SET and its variants, MSET, INCR & co, APPEND, SETRANGE, GETDEL,
/// GETEX, bit commands and HyperLogLogs (whose events are string events too).
#[test]
fn string_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["SET", "s", "1"],
                &["SET", "s", "2", "XX"],
                &["SET", "s", "3", "NX"],
                &["SET", "s2", "v", "NX"],
                &["SETNX", "s2", "x"],
                &["SETNX", "s3", "x"],
                &["SETEX", "s4", "100", "v"],
                &["PSETEX", "s5", "100000", "v"],
                &["SET", "s6", "v", "EX", "100"],
                &["SET", "s", "4", "GET"],
                &["SET", "s", "5", "KEEPTTL"],
                &["GETSET", "s", "6"],
                &["GETSET", "s7", "6"]
            ]
        ),
        both(&[
            "s set",
            "s set",
            "s2 set",
            "s3 set",
            "s4 set",
            "s4 expire",
            "s5 set",
            "s5 expire",
            "s6 set",
            "s6 expire",
            "s set",
            "s set",
            "s set",
            "s7 set"
        ]),
        "set-family"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["MSET", "a", "1", "b", "2", "a", "3"],
                &["MSETNX", "c", "1", "d", "2"],
                &["MSETNX", "c", "1", "e", "2"]
            ]
        ),
        both(&["a set", "b set", "a set", "c set", "d set"]),
        "mset"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "f", "1.5"], &["SET", "str", "abc"]],
            &[
                &["INCR", "i"],
                &["INCRBY", "i", "5"],
                &["DECR", "i"],
                &["DECRBY", "i", "2"],
                &["INCRBYFLOAT", "f", "1.5"],
                &["INCRBYFLOAT", "nf", "2"],
                &["INCR", "str"],
                &["INCRBYFLOAT", "str", "1"]
            ]
        ),
        both(&[
            "i incrby",
            "i incrby",
            "i incrby",
            "i incrby",
            "f incrbyfloat",
            "nf incrbyfloat"
        ]),
        "incr"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["APPEND", "a", "x"],
                &["APPEND", "a", "y"],
                &["SETRANGE", "r", "3", "ab"],
                &["SETRANGE", "r", "0", "z"],
                &["SETRANGE", "r2", "0", ""],
                &["SETRANGE", "r3", "2", ""]
            ]
        ),
        both(&["a append", "a append", "r setrange", "r setrange"]),
        "append-setrange"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[
                &["SET", "a", "1"],
                &["SET", "b", "1"],
                &["SET", "c", "1", "EX", "100"]
            ],
            &[
                &["GETDEL", "a"],
                &["GETDEL", "a"],
                &["GETEX", "b", "EX", "100"],
                &["GETEX", "b", "PERSIST"],
                &["GETEX", "c", "PERSIST"],
                &["GETEX", "b"],
                &["GETEX", "b", "PX", "0"],
                &["GETEX", "zz", "EX", "10"],
                &["SET", "d", "1"],
                &["GETEX", "d", "EXAT", "1"]
            ]
        ),
        both(&[
            "a del",
            "b expire",
            "b persist",
            "c persist",
            "d set",
            "d del"
        ]),
        "getdel-getex"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "x", "abc"]],
            &[
                &["SETBIT", "b", "7", "1"],
                &["SETBIT", "b", "7", "1"],
                &["SETBIT", "b", "100", "0"],
                &["BITOP", "AND", "dst", "x", "b"],
                &["BITOP", "OR", "dst2", "nokey1", "nokey2"],
                &["BITFIELD", "bf", "SET", "u8", "0", "255", "GET", "u8", "0"],
                &["BITFIELD", "bf", "GET", "u8", "0"],
                &["BITFIELD", "bf2", "INCRBY", "u8", "0", "1"]
            ]
        ),
        both(&["b setbit", "b setbit", "dst set", "bf setbit", "bf2 setbit"]),
        "setbit-bitop-bitfield"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "dst", "x"]],
            &[&["BITOP", "AND", "dst", "nokey1", "nokey2"]]
        ),
        both(&["dst del"]),
        "bitop-deletes"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["PFADD", "h2", "z"]],
            &[
                &["PFADD", "h", "a", "b"],
                &["PFADD", "h", "a"],
                &["PFADD", "h3"],
                &["PFMERGE", "h", "h2"],
                &["PFMERGE", "m", "h", "h2"],
                &["PFMERGE", "m2"],
                &["PFCOUNT", "h", "h2"]
            ]
        ),
        both(&["h pfadd", "h3 pfadd", "h pfadd", "m pfadd", "m2 pfadd"]),
        "pfadd"
    );
}

/// Lists (class `l`): pushes, pops, edits, moves between lists, LMPOP and the blocking
/// commands when they need not block; a list emptied by a pop is deleted (`del`, class `g`).
#[test]
fn list_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["LPUSH", "l", "a", "b"],
                &["RPUSH", "l", "c"],
                &["LPUSHX", "l", "d"],
                &["RPUSHX", "l", "e"],
                &["LPUSHX", "nol", "d"],
                &["LPOP", "l"],
                &["RPOP", "l"],
                &["LPOP", "l", "2"],
                &["RPOP", "l", "5"],
                &["LPOP", "l"]
            ]
        ),
        both(&[
            "l lpush", "l rpush", "l lpush", "l rpush", "l lpop", "l rpop", "l lpop", "l rpop",
            "l del"
        ]),
        "list-push-pop"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["RPUSH", "l", "a", "b", "c", "b", "d"]],
            &[
                &["LSET", "l", "0", "z"],
                &["LINSERT", "l", "BEFORE", "b", "y"],
                &["LINSERT", "l", "AFTER", "nope", "y"],
                &["LREM", "l", "0", "b"],
                &["LREM", "l", "0", "nope"],
                &["LTRIM", "l", "0", "1"],
                &["LTRIM", "l", "5", "10"]
            ]
        ),
        both(&[
            "l lset",
            "l linsert",
            "l lrem",
            "l ltrim",
            "l ltrim",
            "l del"
        ]),
        "list-edit"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["RPUSH", "src", "a", "b", "c"]],
            &[
                &["LMOVE", "src", "dst", "LEFT", "RIGHT"],
                &["RPOPLPUSH", "src", "dst"],
                &["LMOVE", "src", "src", "LEFT", "LEFT"],
                &["RPOPLPUSH", "src", "dst2"],
                &["LMOVE", "src", "dst", "LEFT", "LEFT"]
            ]
        ),
        both(&[
            "dst rpush",
            "src lpop",
            "dst lpush",
            "src rpop",
            "src lpush",
            "src lpop",
            "dst2 lpush",
            "src rpop",
            "src del"
        ]),
        "list-move"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["RPUSH", "l1", "a", "b"], &["RPUSH", "l2", "c"]],
            &[
                &["LMPOP", "2", "l0", "l1", "LEFT", "COUNT", "5"],
                &["LMPOP", "2", "l1", "l2", "RIGHT"]
            ]
        ),
        both(&["l1 lpop", "l1 del", "l2 rpop", "l2 del"]),
        "lmpop"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["RPUSH", "l", "a", "b"]],
            &[
                &["BLPOP", "l", "0"],
                &["BRPOP", "l", "0"],
                &["RPUSH", "l", "x"],
                &["BLMOVE", "l", "d", "RIGHT", "LEFT", "0"],
                &["BLMPOP", "0", "1", "d", "LEFT"]
            ]
        ),
        both(&[
            "l lpop", "l rpop", "l del", "l rpush", "d lpush", "l rpop", "l del", "d lpop", "d del"
        ]),
        "blocking-list-immediate"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["RPUSH", "l", "a", "b"]],
            &[
                &["LTRIM", "l", "0", "-1"],
                &["LREM", "l", "1", "z"],
                &["LINSERT", "l", "BEFORE", "z", "q"],
                &["LSET", "l", "1", "b"]
            ]
        ),
        both(&["l ltrim", "l lset"]),
        "lpos-ltrim-noop"
    );
}

/// Hashes (class `h`): one `hset` per HSET/HMSET/HSETNX that adds, `hdel` once per HDEL that
/// removes something, and `del` for the emptied hash.
#[test]
fn hash_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["HSET", "h", "a", "1", "b", "2"],
                &["HSET", "h", "a", "1"],
                &["HMSET", "h", "c", "3"],
                &["HSETNX", "h", "a", "x"],
                &["HSETNX", "h", "d", "x"],
                &["HINCRBY", "h", "n", "5"],
                &["HINCRBYFLOAT", "h", "f", "1.5"],
                &["HDEL", "h", "nope"],
                &["HDEL", "h", "a", "b"],
                &["HDEL", "h", "c", "d", "n", "f"]
            ]
        ),
        both(&[
            "h hset",
            "h hset",
            "h hset",
            "h hset",
            "h hincrby",
            "h hincrbyfloat",
            "h hdel",
            "h hdel",
            "h del"
        ]),
        "hash"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["HSET", "h", "a", "1"]],
            &[
                &["HDEL", "h", "a"],
                &["HINCRBY", "h", "x", "0"],
                &["HINCRBYFLOAT", "h", "y", "0"]
            ]
        ),
        both(&["h hdel", "h del", "h hincrby", "h hincrbyfloat"]),
        "hash-fields-empty"
    );
}

/// Sets (class `s`): SADD, SREM, SMOVE (`srem` on the source, `sadd` on the destination),
/// SPOP, and the *STORE commands (an empty result deletes the destination).
#[test]
fn set_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["SADD", "s", "a", "b", "c"],
                &["SADD", "s", "a"],
                &["SREM", "s", "x"],
                &["SREM", "s", "a"],
                &["SMOVE", "s", "t", "b"],
                &["SMOVE", "s", "t", "zz"],
                &["SMOVE", "s", "t", "c"],
                &["SPOP", "t"],
                &["SADD", "u", "1"],
                &["SPOP", "u", "1"],
                &["SADD", "u", "1"],
                &["SPOP", "u", "5"],
                &["SPOP", "nope"]
            ]
        ),
        both(&[
            "s sadd", "s srem", "s srem", "t sadd", "s srem", "s del", "t sadd", "t spop",
            "u sadd", "u spop", "u del", "u sadd", "u spop", "u del"
        ]),
        "set"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[
                &["SADD", "a", "1", "2", "3"],
                &["SADD", "b", "2", "3", "4"],
                &["SET", "dst4", "x"]
            ],
            &[
                &["SINTERSTORE", "dst", "a", "b"],
                &["SUNIONSTORE", "dst2", "a", "b"],
                &["SDIFFSTORE", "dst3", "a", "b"],
                &["SDIFFSTORE", "dst", "a", "a"],
                &["SINTERSTORE", "dst4", "a", "nope"],
                &["SUNIONSTORE", "dst5", "nope"]
            ]
        ),
        both(&[
            "dst sinterstore",
            "dst2 sunionstore",
            "dst3 sdiffstore",
            "dst del",
            "dst4 del"
        ]),
        "set-store"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SADD", "s", "a"]],
            &[&["SMOVE", "s", "s", "a"]]
        ),
        both(&[]),
        "smove-same"
    );
}

/// Sorted sets (class `z`): ZADD (`zincr` with INCR), ZINCRBY, ZREM and the range removals, the
/// pops (blocking ones too), and the *STORE commands.
#[test]
fn zset_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["ZADD", "z", "1", "a", "2", "b"],
                &["ZADD", "z", "1", "a"],
                &["ZADD", "z", "5", "a"],
                &["ZADD", "z", "INCR", "1", "a"],
                &["ZADD", "z", "NX", "9", "a"],
                &["ZINCRBY", "z", "1", "b"],
                &["ZREM", "z", "x"],
                &["ZREM", "z", "a"],
                &["ZADD", "z", "1", "c", "2", "d", "3", "e"],
                &["ZREMRANGEBYSCORE", "z", "100", "200"],
                &["ZREMRANGEBYSCORE", "z", "1", "1"],
                &["ZREMRANGEBYRANK", "z", "0", "0"],
                &["ZREMRANGEBYLEX", "z", "-", "+"]
            ]
        ),
        both(&[
            "z zadd",
            "z zadd",
            "z zincr",
            "z zincr",
            "z zrem",
            "z zadd",
            "z zremrangebyscore",
            "z zremrangebyrank",
            "z zremrangebylex",
            "z del"
        ]),
        "zset"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["ZADD", "z", "1", "a", "2", "b", "3", "c", "4", "d"]],
            &[
                &["ZPOPMIN", "z"],
                &["ZPOPMAX", "z"],
                &["ZPOPMIN", "z", "5"],
                &["ZPOPMIN", "z"],
                &["ZADD", "y", "1", "x"],
                &["BZPOPMIN", "y", "0"],
                &["ZADD", "y", "1", "x", "2", "w"],
                &["BZPOPMAX", "y", "0"],
                &["ZMPOP", "1", "y", "MIN"],
                &["ZADD", "y", "1", "x"],
                &["BZMPOP", "0", "1", "y", "MAX", "COUNT", "3"]
            ]
        ),
        both(&[
            "z zpopmin",
            "z zpopmax",
            "z zpopmin",
            "z del",
            "y zadd",
            "y zpopmin",
            "y del",
            "y zadd",
            "y zpopmax",
            "y zpopmin",
            "y del",
            "y zadd",
            "y zpopmax",
            "y del"
        ]),
        "zpop"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[
                &["ZADD", "a", "1", "x", "2", "y"],
                &["ZADD", "b", "1", "y"],
                &["SET", "d5", "x"]
            ],
            &[
                &["ZUNIONSTORE", "d", "2", "a", "b"],
                &["ZINTERSTORE", "d2", "2", "a", "b"],
                &["ZDIFFSTORE", "d3", "2", "a", "b"],
                &["ZRANGESTORE", "d4", "a", "0", "-1"],
                &["ZINTERSTORE", "d5", "2", "a", "nope"],
                &["ZRANGESTORE", "d", "a", "5", "6"],
                &["ZUNIONSTORE", "d6", "1", "nope"]
            ]
        ),
        both(&[
            "d zunionstore",
            "d2 zinterstore",
            "d3 zdiffstore",
            "d4 zrangestore",
            "d5 del",
            "d del"
        ]),
        "zset-store"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["ZADD", "z", "5", "a"]],
            &[
                &["ZADD", "z", "GT", "1", "a"],
                &["ZADD", "z", "LT", "1", "a"],
                &["ZADD", "z", "XX", "2", "b"],
                &["ZADD", "z", "CH", "1", "a"],
                &["ZINCRBY", "z", "0", "a"],
                &["ZRANGESTORE", "d", "z", "0", "10", "BYSCORE"]
            ]
        ),
        both(&["z zadd", "d zrangestore"]),
        "zadd-flags"
    );
}

/// Generic events (class `g`): DEL/UNLINK, the EXPIRE family and PERSIST (a deadline in the past
/// deletes: `del`), RENAME (`rename_from`, `rename_to`), MOVE (`move_from` in the source database,
/// `move_to` in the destination), COPY (`copy_to`), SORT ... STORE (`sortstore`); FLUSHDB, FLUSHALL,
/// SWAPDB and read commands publish nothing.
#[test]
fn generic_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1"], &["SET", "b", "1"], &["SET", "c", "1"]],
            &[&["DEL", "a", "nope", "b"], &["UNLINK", "c", "nope"]]
        ),
        both(&["a del", "b del", "c del"]),
        "del-unlink"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1"], &["SET", "b", "1"], &["SET", "c", "1"]],
            &[
                &["EXPIRE", "a", "100"],
                &["PEXPIRE", "a", "100000"],
                &["EXPIREAT", "a", "99999999999"],
                &["PEXPIREAT", "a", "99999999999999"],
                &["EXPIRE", "a", "100", "NX"],
                &["EXPIRE", "nope", "10"],
                &["PERSIST", "a"],
                &["PERSIST", "a"],
                &["EXPIRE", "b", "0"],
                &["PEXPIRE", "c", "-5"],
                &["SET", "d", "1"],
                &["EXPIREAT", "d", "1"]
            ]
        ),
        both(&[
            "a expire",
            "a expire",
            "a expire",
            "a expire",
            "a persist",
            "b del",
            "c del",
            "d set",
            "d del"
        ]),
        "expire"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1"], &["SET", "b", "2"], &["SET", "x", "1"]],
            &[
                &["RENAME", "a", "c"],
                &["RENAME", "c", "b"],
                &["RENAMENX", "b", "x"],
                &["RENAMENX", "b", "y"],
                &["RENAME", "y", "y"]
            ]
        ),
        both(&[
            "a rename_from",
            "c rename_to",
            "c rename_from",
            "b rename_to",
            "b rename_from",
            "y rename_to"
        ]),
        "rename"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1", "EX", "100"], &["SET", "b", "1"]],
            &[&["RENAME", "a", "b"], &["RENAMENX", "b", "b"]]
        ),
        both(&["a rename_from", "b rename_to"]),
        "rename-ttl"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1"], &["SET", "b", "1"]],
            &[
                &["MOVE", "a", "1"],
                &["MOVE", "b", "1"],
                &["MOVE", "nope", "1"],
                &["SELECT", "1"],
                &["MOVE", "a", "0"],
                &["SELECT", "0"]
            ]
        ),
        both(&[
            "a move_from",
            "a move_to@1",
            "b move_from",
            "b move_to@1",
            "a move_from@1",
            "a move_to"
        ]),
        "move"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1"], &["SET", "b", "2"], &["RPUSH", "l", "x"]],
            &[
                &["COPY", "a", "c"],
                &["COPY", "a", "b"],
                &["COPY", "a", "b", "REPLACE"],
                &["COPY", "a", "z", "DB", "1"],
                &["COPY", "l", "l2"],
                &["COPY", "nope", "q"]
            ]
        ),
        both(&["c copy_to", "b copy_to", "z copy_to@1", "l2 copy_to"]),
        "copy"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["RPUSH", "l", "3", "1", "2"], &["SET", "d2", "x"]],
            &[
                &["SORT", "l", "STORE", "d"],
                &["SORT", "nope", "STORE", "d2"],
                &["SORT", "l", "STORE", "d"]
            ]
        ),
        both(&["d sortstore", "d2 del", "d sortstore"]),
        "sort-store"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "d", "x"]],
            &[
                &["SORT", "nope", "STORE", "d"],
                &["SORT", "nope", "STORE", "d"]
            ]
        ),
        both(&["d del"]),
        "sort-empty"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1"]],
            &[&["SWAPDB", "0", "1"], &["FLUSHDB"], &["FLUSHALL"]]
        ),
        both(&[]),
        "flush-swapdb"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1"]],
            &[
                &["TOUCH", "a"],
                &["GET", "a"],
                &["TYPE", "a"],
                &["EXISTS", "a"]
            ]
        ),
        both(&[]),
        "touch-noop"
    );
}

/// Class `n` (not part of `A`): `new` when a command creates a key, before the command's own event
/// (also for the destination of RENAME, COPY and MOVE); never for an overwrite.
#[test]
fn new_key_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEAn",
            &[&["SET", "old", "1"]],
            &[
                &["SET", "a", "1"],
                &["SET", "a", "2"],
                &["LPUSH", "l", "x"],
                &["HSET", "h", "f", "v"],
                &["SADD", "s", "m"],
                &["ZADD", "z", "1", "m"],
                &["APPEND", "ap", "x"],
                &["INCR", "i"],
                &["PFADD", "p", "x"],
                &["SETBIT", "sb", "1", "1"],
                &["RENAME", "old", "new"],
                &["COPY", "a", "a2"],
                &["MOVE", "a2", "1"],
                &["SUNIONSTORE", "su", "s"],
                &["LMOVE", "l", "l2", "LEFT", "LEFT"],
                &["MSET", "m1", "1", "m2", "2"],
                &["SORT", "l2", "STORE", "so"],
                &["BITOP", "NOT", "bo", "sb"],
                &["SETRANGE", "sr", "1", "x"]
            ]
        ),
        both(&[
            "a new",
            "a set",
            "a set",
            "l new",
            "l lpush",
            "h new",
            "h hset",
            "s new",
            "s sadd",
            "z new",
            "z zadd",
            "ap new",
            "ap append",
            "i new",
            "i incrby",
            "p new",
            "p pfadd",
            "sb new",
            "sb setbit",
            "new new",
            "old rename_from",
            "new rename_to",
            "a2 new",
            "a2 copy_to",
            "a2 new@1",
            "a2 move_from",
            "a2 move_to@1",
            "su new",
            "su sunionstore",
            "l2 new",
            "l2 lpush",
            "l lpop",
            "l del",
            "m1 new",
            "m1 set",
            "m2 new",
            "m2 set",
            "bo new",
            "bo set",
            "sr new",
            "sr setrange"
        ]),
        "new"
    );
    assert_eq!(
        run(
            &s,
            "KEAn",
            &[
                &["DEBUG", "SET-ACTIVE-EXPIRE", "0"],
                &["SET", "a", "1", "PX", "1"],
                &["SET", "b", "1", "PX", "1"],
                &["RPUSH", "l", "x"],
                &["PEXPIRE", "l", "1"],
                &["SET", "c", "1", "PX", "1"],
                &["SET", "d", "1", "PX", "1"]
            ],
            &[
                &["SLEEP", "0.05"],
                &["SET", "a", "2"],
                &["INCR", "b"],
                &["LPUSH", "l", "y"],
                &["SETNX", "c", "1"],
                &["APPEND", "d", "x"]
            ]
        ),
        both(&[
            "a expired",
            "a new",
            "a set",
            "b expired",
            "b new",
            "b incrby",
            "l expired",
            "l new",
            "l lpush",
            "c expired",
            "c new",
            "c set",
            "d expired",
            "d new",
            "d append"
        ]),
        "expired-then-new"
    );
}

/// Class `m` (not part of `A`): `keymiss` for every key a read finds missing (OBJECT excepted), never
/// for writes (LPUSH, INCR, RENAME, RPOPLPUSH on a missing key).
#[test]
fn keymiss_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEAm",
            &[&["SET", "a", "1"], &["RPUSH", "l", "x"]],
            &[
                &["GET", "a"],
                &["GET", "nope"],
                &["MGET", "a", "n1", "n2"],
                &["EXISTS", "n3"],
                &["TYPE", "n4"],
                &["TTL", "n5"],
                &["STRLEN", "n6"],
                &["LRANGE", "n7", "0", "-1"],
                &["HGET", "n8", "f"],
                &["OBJECT", "ENCODING", "n9"],
                &["LPUSH", "n10", "x"],
                &["INCR", "n11"],
                &["SCARD", "n12"],
                &["ZSCORE", "n13", "m"],
                &["LPOS", "n14", "x"],
                &["LINDEX", "l", "0"],
                &["PTTL", "n15"],
                &["SMEMBERS", "n16"],
                &["GETRANGE", "n17", "0", "1"],
                &["SINTER", "n18", "n19"],
                &["ZRANGE", "n20", "0", "1"],
                &["HGETALL", "n21"],
                &["PFCOUNT", "n22"],
                &["BITCOUNT", "n23"],
                &["SORT", "n24"],
                &["GETDEL", "n25"],
                &["GETEX", "n26"],
                &["LLEN", "n27"],
                &["SRANDMEMBER", "n28"],
                &["ZRANDMEMBER", "n29"],
                &["HRANDFIELD", "n30"],
                &["TOUCH", "n31"],
                &["EXPIRETIME", "n32"],
                &["COPY", "n33", "x"],
                &["RENAME", "n34", "y"],
                &["SISMEMBER", "n35", "m"],
                &["RPOPLPUSH", "n36", "x"],
                &["SDIFFSTORE", "d", "n37"],
                &["ZUNIONSTORE", "d2", "1", "n38"],
                &["LCS", "n39", "n40"]
            ]
        ),
        both(&[
            "nope keymiss",
            "n1 keymiss",
            "n2 keymiss",
            "n3 keymiss",
            "n4 keymiss",
            "n5 keymiss",
            "n6 keymiss",
            "n7 keymiss",
            "n8 keymiss",
            "n10 lpush",
            "n11 incrby",
            "n12 keymiss",
            "n13 keymiss",
            "n14 keymiss",
            "n15 keymiss",
            "n16 keymiss",
            "n17 keymiss",
            "n18 keymiss",
            "n19 keymiss",
            "n20 keymiss",
            "n21 keymiss",
            "n22 keymiss",
            "n23 keymiss",
            "n24 keymiss",
            "n25 keymiss",
            "n26 keymiss",
            "n27 keymiss",
            "n28 keymiss",
            "n29 keymiss",
            "n30 keymiss",
            "n31 keymiss",
            "n32 keymiss",
            "n33 keymiss",
            "n35 keymiss",
            "n37 keymiss",
            "n38 keymiss",
            "n39 keymiss",
            "n40 keymiss"
        ]),
        "keymiss"
    );
}

/// What `notify-keyspace-events` selects: the `K` (keyspace) and `E` (keyevent) channels, each
/// class letter alone, and that neither channels without a class nor classes without a channel
/// publish anything. Events of keys in another database carry its number.
#[test]
fn channel_and_class_masks() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "Kg",
            &[&["SET", "a", "1"]],
            &[
                &["SET", "b", "1"],
                &["DEL", "a"],
                &["LPUSH", "l", "x"],
                &["EXPIRE", "b", "100"]
            ]
        ),
        strings(&["__keyspace@0__:a del", "__keyspace@0__:b expire"]),
        "mask-K-g"
    );
    assert_eq!(
        run(
            &s,
            "El",
            &[],
            &[&["SET", "b", "1"], &["LPUSH", "l", "x"], &["RPOP", "l"]]
        ),
        strings(&["__keyevent@0__:lpush l", "__keyevent@0__:rpop l"]),
        "mask-E-l"
    );
    assert_eq!(
        run(
            &s,
            "K$",
            &[],
            &[&["SET", "b", "1"], &["INCR", "i"], &["DEL", "b"]]
        ),
        strings(&["__keyspace@0__:b set", "__keyspace@0__:i incrby"]),
        "mask-K-$"
    );
    assert_eq!(
        run(
            &s,
            "Eshzx",
            &[&["SET", "e", "1", "PX", "10"]],
            &[
                &["SADD", "s", "1"],
                &["HSET", "h", "f", "1"],
                &["ZADD", "z", "1", "m"],
                &["SLEEP", "0.3"],
                &["LPUSH", "l", "1"]
            ]
        ),
        strings(&[
            "__keyevent@0__:sadd s",
            "__keyevent@0__:hset h",
            "__keyevent@0__:zadd z",
            "__keyevent@0__:expired e"
        ]),
        "mask-E-shzx"
    );
    assert_eq!(
        run(&s, "K", &[], &[&["SET", "b", "1"]]),
        strings(&[]),
        "mask-none"
    );
    assert_eq!(
        run(&s, "A", &[], &[&["SET", "b", "1"]]),
        strings(&[]),
        "mask-A-only"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[&["SELECT", "5"], &["SET", "a", "1"], &["SELECT", "0"]]
        ),
        both(&["a set@5"]),
        "db-number"
    );
}

/// A transaction publishes each command's events as it runs.
#[test]
fn transactions_publish_in_order() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["MULTI"],
                &["SET", "a", "1"],
                &["LPUSH", "l", "x"],
                &["INCR", "a"],
                &["EXEC"]
            ]
        ),
        both(&["a set", "l lpush", "a incrby"]),
        "multi-exec"
    );
}

/// `expired` (class `x`) when a command finds a key past its deadline (before the command's own
/// event), inside a transaction too, and when active expiry deletes it.
#[test]
fn expired_events() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[
                &["DEBUG", "SET-ACTIVE-EXPIRE", "0"],
                &["SET", "a", "1", "PX", "1"],
                &["SET", "b", "1", "PX", "1"],
                &["SET", "c", "1", "PX", "1"],
                &["RPUSH", "l", "x"],
                &["PEXPIRE", "l", "1"]
            ],
            &[
                &["SLEEP", "0.05"],
                &["GET", "a"],
                &["SET", "b", "2"],
                &["EXISTS", "c"],
                &["LPUSH", "l", "y"]
            ]
        ),
        both(&[
            "a expired",
            "b expired",
            "b set",
            "c expired",
            "l expired",
            "l lpush"
        ]),
        "expired-lazy"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[
                &["DEBUG", "SET-ACTIVE-EXPIRE", "0"],
                &["SET", "a", "1", "PX", "1"]
            ],
            &[
                &["SLEEP", "0.05"],
                &["MULTI"],
                &["GET", "a"],
                &["SET", "a", "2"],
                &["EXEC"]
            ]
        ),
        both(&["a expired", "a set"]),
        "expired-in-multi"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[&["SET", "a", "1", "PX", "20"]],
            &[&["SLEEP", "0.5"]]
        ),
        both(&["a expired"]),
        "expired-active"
    );
}

/// Blocked clients served by a later write publish their pops (and BLMOVE its push to the
/// destination, first) right after the write's own event; a transaction's writes come first.
#[test]
fn blocking_pops_served_later() {
    let s = server();
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["@1", "BLPOP", "bl", "0"],
                &["@2", "BLMOVE", "bm", "dst", "LEFT", "RIGHT", "0"],
                &["@3", "BZPOPMIN", "bz", "0"],
                &["@4", "BLMPOP", "0", "1", "bp", "RIGHT", "COUNT", "2"],
                &["RPUSH", "bl", "a", "b"],
                &["LPUSH", "bm", "x"],
                &["ZADD", "bz", "1", "m"],
                &["RPUSH", "bp", "1", "2", "3"]
            ]
        ),
        both(&[
            "bl rpush",
            "bl lpop",
            "bm lpush",
            "dst rpush",
            "bm lpop",
            "bm del",
            "bz zadd",
            "bz zpopmin",
            "bz del",
            "bp rpush",
            "bp rpop"
        ]),
        "blocking-served"
    );
    assert_eq!(
        run(
            &s,
            "KEA",
            &[],
            &[
                &["@1", "BLPOP", "bl", "0"],
                &["MULTI"],
                &["RPUSH", "bl", "a"],
                &["RPUSH", "bl", "b"],
                &["EXEC"]
            ]
        ),
        both(&["bl rpush", "bl rpush", "bl lpop"]),
        "blocking-served-multi"
    );
}
