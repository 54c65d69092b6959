//! Keyspace notifications: for every event class (g $ l s h z x e n m, the A alias, K vs E
//! channels) the exact events representative commands of every type publish, command by
//! command, in the order Redis publishes them. Every expected sequence was recorded from
//! redis-server 7.0.15 running the same commands with a `PSUBSCRIBE __key*__:*` subscriber.
//!
//! Not covered: `evicted` (class `e`) needs maxmemory eviction, which Respite does not do yet;
//! stream events (`t`) need streams; RESTORE's `restore` needs DUMP/RESTORE.

mod common;
use common::*;
use std::time::{Duration, Instant};

fn server() -> TestServer {
    TestServer::with_args(&["--enable-debug-command", "yes"])
}

/// Splits "SET k v" into arguments; `''` is an empty argument.
fn words(cmd: &str) -> Vec<&str> {
    cmd.split(' ')
        .map(|w| if w == "''" { "" } else { w })
        .collect()
}

/// The fields of a RESP2 array of bulk strings.
fn fields(reply: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(reply);
    let mut lines = text.split("\r\n");
    assert!(
        lines.next().is_some_and(|l| l.starts_with('*')),
        "an array: {text:?}"
    );
    let mut out = Vec::new();
    while let Some(len) = lines.next() {
        if len.starts_with('$') {
            out.push(lines.next().unwrap_or_default().to_string());
        }
    }
    out
}

/// Expected events of one step as "channel message". With both channels on (`K` and `E`),
/// steps list them compactly as "key event" (database 0) or "key event@db", and each stands
/// for the keyspace message followed by the keyevent one, as Redis publishes them.
fn expand(flags: &str, events: &[&str]) -> Vec<String> {
    if !(flags.contains('K') && flags.contains('E')) {
        return events.iter().map(|e| e.to_string()).collect();
    }
    let mut out = Vec::new();
    for e in events {
        let (key_event, db) = e.split_once('@').unwrap_or((e, "0"));
        let (key, event) = key_event.split_once(' ').expect("\"key event\"");
        out.push(format!("__keyspace@{db}__:{key} {event}"));
        out.push(format!("__keyevent@{db}__:{event} {key}"));
    }
    out
}

/// Runs `setup` with notifications off, then each step's command with `notify-keyspace-events`
/// set to `flags`, and checks what a `PSUBSCRIBE __key*__:*` subscriber receives during each
/// step. A step "SLEEP secs" only waits (active expiry); "@n CMD ..." sends a blocking command
/// from extra connection n and waits until it blocks.
fn check(s: &TestServer, flags: &str, setup: &[&str], steps: &[(&str, &[&str])]) {
    let mut c = s.raw();
    assert_eq!(c.cmd(&["FLUSHALL"]), "+OK\r\n");
    c.cmd(&["CONFIG", "SET", "notify-keyspace-events", ""]);
    c.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
    for cmd in setup {
        c.cmd(&words(cmd));
    }
    c.cmd(&["CONFIG", "SET", "notify-keyspace-events", flags]);
    let mut sub = s.raw();
    sub.cmd(&["PSUBSCRIBE", "__key*__:*"]);
    // A message on a channel the pattern also matches marks the end of a step's events; it is
    // sent from its own connection, as the step's may be inside MULTI.
    let mut marker = s.raw();
    let mut blocked: Vec<Raw> = Vec::new();
    for (cmd, expected) in steps {
        let args = words(cmd);
        match args[0] {
            "SLEEP" => std::thread::sleep(Duration::from_secs_f64(args[1].parse().unwrap())),
            tag if tag.starts_with('@') => {
                let mut other = s.raw();
                let args: Vec<&[u8]> = args[1..].iter().map(|a| a.as_bytes()).collect();
                other.send_cmd(&args);
                blocked.push(other);
                wait_blocked(&mut marker, blocked.len());
            }
            _ => {
                c.cmd(&args);
            }
        }
        marker.cmd(&["PUBLISH", "__keyZ__:end", "x"]);
        let mut events = Vec::new();
        loop {
            let msg = fields(&sub.read_reply());
            assert_eq!(msg[0], "pmessage");
            if msg[2] == "__keyZ__:end" {
                break;
            }
            events.push(format!("{} {}", msg[2], msg[3]));
        }
        assert_eq!(
            events,
            expand(flags, expected),
            "events of {cmd:?} with flags {flags:?}"
        );
    }
    for other in &mut blocked {
        other.read_reply();
    }
    c.cmd(&["CONFIG", "SET", "notify-keyspace-events", ""]);
    c.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
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
    check(
        &s,
        "KEA",
        &[],
        &[
            ("SET s 1", &["s set"]),
            ("SET s 2 XX", &["s set"]),
            ("SET s 3 NX", &[]),
            ("SET s2 v NX", &["s2 set"]),
            ("SETNX s2 x", &[]),
            ("SETNX s3 x", &["s3 set"]),
            ("SETEX s4 100 v", &["s4 set", "s4 expire"]),
            ("PSETEX s5 100000 v", &["s5 set", "s5 expire"]),
            ("SET s6 v EX 100", &["s6 set", "s6 expire"]),
            ("SET s 4 GET", &["s set"]),
            ("SET s 5 KEEPTTL", &["s set"]),
            ("GETSET s 6", &["s set"]),
            ("GETSET s7 6", &["s7 set"]),
        ],
    );
    check(
        &s,
        "KEA",
        &[],
        &[
            ("MSET a 1 b 2 a 3", &["a set", "b set", "a set"]),
            ("MSETNX c 1 d 2", &["c set", "d set"]),
            ("MSETNX c 1 e 2", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET f 1.5", "SET str abc"],
        &[
            ("INCR i", &["i incrby"]),
            ("INCRBY i 5", &["i incrby"]),
            ("DECR i", &["i incrby"]),
            ("DECRBY i 2", &["i incrby"]),
            ("INCRBYFLOAT f 1.5", &["f incrbyfloat"]),
            ("INCRBYFLOAT nf 2", &["nf incrbyfloat"]),
            ("INCR str", &[]),
            ("INCRBYFLOAT str 1", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &[],
        &[
            ("APPEND a x", &["a append"]),
            ("APPEND a y", &["a append"]),
            ("SETRANGE r 3 ab", &["r setrange"]),
            ("SETRANGE r 0 z", &["r setrange"]),
            ("SETRANGE r2 0 ''", &[]),
            ("SETRANGE r3 2 ''", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET a 1", "SET b 1", "SET c 1 EX 100"],
        &[
            ("GETDEL a", &["a del"]),
            ("GETDEL a", &[]),
            ("GETEX b EX 100", &["b expire"]),
            ("GETEX b PERSIST", &["b persist"]),
            ("GETEX c PERSIST", &["c persist"]),
            ("GETEX b", &[]),
            ("GETEX b PX 0", &[]),
            ("GETEX zz EX 10", &[]),
            ("SET d 1", &["d set"]),
            ("GETEX d EXAT 1", &["d del"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET x abc"],
        &[
            ("SETBIT b 7 1", &["b setbit"]),
            ("SETBIT b 7 1", &[]),
            ("SETBIT b 100 0", &["b setbit"]),
            ("BITOP AND dst x b", &["dst set"]),
            ("BITOP OR dst2 nokey1 nokey2", &[]),
            ("BITFIELD bf SET u8 0 255 GET u8 0", &["bf setbit"]),
            ("BITFIELD bf GET u8 0", &[]),
            ("BITFIELD bf2 INCRBY u8 0 1", &["bf2 setbit"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET dst x"],
        &[("BITOP AND dst nokey1 nokey2", &["dst del"])],
    );
    check(
        &s,
        "KEA",
        &["PFADD h2 z"],
        &[
            ("PFADD h a b", &["h pfadd"]),
            ("PFADD h a", &[]),
            ("PFADD h3", &["h3 pfadd"]),
            ("PFMERGE h h2", &["h pfadd"]),
            ("PFMERGE m h h2", &["m pfadd"]),
            ("PFMERGE m2", &["m2 pfadd"]),
            ("PFCOUNT h h2", &[]),
        ],
    );
}

/// Lists (class `l`): pushes, pops, edits, moves between lists, LMPOP and the blocking
/// commands when they need not block; a list emptied by a pop is deleted (`del`, class `g`).
#[test]
fn list_events() {
    let s = server();
    check(
        &s,
        "KEA",
        &[],
        &[
            ("LPUSH l a b", &["l lpush"]),
            ("RPUSH l c", &["l rpush"]),
            ("LPUSHX l d", &["l lpush"]),
            ("RPUSHX l e", &["l rpush"]),
            ("LPUSHX nol d", &[]),
            ("LPOP l", &["l lpop"]),
            ("RPOP l", &["l rpop"]),
            ("LPOP l 2", &["l lpop"]),
            ("RPOP l 5", &["l rpop", "l del"]),
            ("LPOP l", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["RPUSH l a b c b d"],
        &[
            ("LSET l 0 z", &["l lset"]),
            ("LINSERT l BEFORE b y", &["l linsert"]),
            ("LINSERT l AFTER nope y", &[]),
            ("LREM l 0 b", &["l lrem"]),
            ("LREM l 0 nope", &[]),
            ("LTRIM l 0 1", &["l ltrim"]),
            ("LTRIM l 5 10", &["l ltrim", "l del"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["RPUSH l a b"],
        &[
            ("LTRIM l 0 -1", &["l ltrim"]),
            ("LREM l 1 z", &[]),
            ("LINSERT l BEFORE z q", &[]),
            ("LSET l 1 b", &["l lset"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["RPUSH src a b c"],
        &[
            ("LMOVE src dst LEFT RIGHT", &["dst rpush", "src lpop"]),
            ("RPOPLPUSH src dst", &["dst lpush", "src rpop"]),
            ("LMOVE src src LEFT LEFT", &["src lpush", "src lpop"]),
            ("RPOPLPUSH src dst2", &["dst2 lpush", "src rpop", "src del"]),
            ("LMOVE src dst LEFT LEFT", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["RPUSH l1 a b", "RPUSH l2 c"],
        &[
            ("LMPOP 2 l0 l1 LEFT COUNT 5", &["l1 lpop", "l1 del"]),
            ("LMPOP 2 l1 l2 RIGHT", &["l2 rpop", "l2 del"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["RPUSH l a b"],
        &[
            ("BLPOP l 0", &["l lpop"]),
            ("BRPOP l 0", &["l rpop", "l del"]),
            ("RPUSH l x", &["l rpush"]),
            ("BLMOVE l d RIGHT LEFT 0", &["d lpush", "l rpop", "l del"]),
            ("BLMPOP 0 1 d LEFT", &["d lpop", "d del"]),
        ],
    );
}

/// Hashes (class `h`): one `hset` per HSET/HMSET/HSETNX that stores, `hdel` once per HDEL that
/// removes something, and `del` for the emptied hash.
#[test]
fn hash_events() {
    let s = server();
    check(
        &s,
        "KEA",
        &[],
        &[
            ("HSET h a 1 b 2", &["h hset"]),
            ("HSET h a 1", &["h hset"]),
            ("HMSET h c 3", &["h hset"]),
            ("HSETNX h a x", &[]),
            ("HSETNX h d x", &["h hset"]),
            ("HINCRBY h n 5", &["h hincrby"]),
            ("HINCRBYFLOAT h f 1.5", &["h hincrbyfloat"]),
            ("HDEL h nope", &[]),
            ("HDEL h a b", &["h hdel"]),
            ("HDEL h c d n f", &["h hdel", "h del"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["HSET h a 1"],
        &[
            ("HDEL h a", &["h hdel", "h del"]),
            ("HINCRBY h x 0", &["h hincrby"]),
            ("HINCRBYFLOAT h y 0", &["h hincrbyfloat"]),
        ],
    );
}

/// Sets (class `s`): SADD, SREM, SMOVE (`srem` on the source, then `sadd` on the destination),
/// SPOP, and the *STORE commands (an empty result deletes the destination).
#[test]
fn set_events() {
    let s = server();
    check(
        &s,
        "KEA",
        &[],
        &[
            ("SADD s a b c", &["s sadd"]),
            ("SADD s a", &[]),
            ("SREM s x", &[]),
            ("SREM s a", &["s srem"]),
            ("SMOVE s t b", &["s srem", "t sadd"]),
            ("SMOVE s t zz", &[]),
            ("SMOVE s t c", &["s srem", "s del", "t sadd"]),
            ("SREM t b", &["t srem"]),
            ("SPOP t", &["t spop", "t del"]),
            ("SADD u 1", &["u sadd"]),
            ("SPOP u 1", &["u spop", "u del"]),
            ("SADD u 1", &["u sadd"]),
            ("SPOP u 5", &["u spop", "u del"]),
            ("SPOP nope", &[]),
        ],
    );
    check(&s, "KEA", &["SADD s a"], &[("SMOVE s s a", &[])]);
    check(
        &s,
        "KEA",
        &["SADD a 1 2 3", "SADD b 2 3 4", "SET dst4 x"],
        &[
            ("SINTERSTORE dst a b", &["dst sinterstore"]),
            ("SUNIONSTORE dst2 a b", &["dst2 sunionstore"]),
            ("SDIFFSTORE dst3 a b", &["dst3 sdiffstore"]),
            ("SDIFFSTORE dst a a", &["dst del"]),
            ("SINTERSTORE dst4 a nope", &["dst4 del"]),
            ("SUNIONSTORE dst5 nope", &[]),
        ],
    );
}

/// Sorted sets (class `z`): ZADD (`zincr` with INCR), ZINCRBY, ZREM and the range removals, the
/// pops (blocking ones too), and the *STORE commands.
#[test]
fn zset_events() {
    let s = server();
    check(
        &s,
        "KEA",
        &[],
        &[
            ("ZADD z 1 a 2 b", &["z zadd"]),
            ("ZADD z 1 a", &[]),
            ("ZADD z 5 a", &["z zadd"]),
            ("ZADD z INCR 1 a", &["z zincr"]),
            ("ZADD z NX 9 a", &[]),
            ("ZINCRBY z 1 b", &["z zincr"]),
            ("ZREM z x", &[]),
            ("ZREM z a", &["z zrem"]),
            ("ZADD z 1 c 2 d 3 e", &["z zadd"]),
            ("ZREMRANGEBYSCORE z 100 200", &[]),
            ("ZREMRANGEBYSCORE z 1 1", &["z zremrangebyscore"]),
            ("ZREMRANGEBYRANK z 0 0", &["z zremrangebyrank"]),
            ("ZREMRANGEBYLEX z - +", &["z zremrangebylex", "z del"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["ZADD z 5 a"],
        &[
            ("ZADD z GT 1 a", &[]),
            ("ZADD z LT 1 a", &["z zadd"]),
            ("ZADD z XX 2 b", &[]),
            ("ZADD z CH 1 a", &[]),
            ("ZINCRBY z 0 a", &[]),
            ("ZRANGESTORE d z 0 10 BYSCORE", &["d zrangestore"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["ZADD z 1 a 2 b 3 c 4 d"],
        &[
            ("ZPOPMIN z", &["z zpopmin"]),
            ("ZPOPMAX z", &["z zpopmax"]),
            ("ZPOPMIN z 5", &["z zpopmin", "z del"]),
            ("ZPOPMIN z", &[]),
            ("ZADD y 1 x", &["y zadd"]),
            ("BZPOPMIN y 0", &["y zpopmin", "y del"]),
            ("ZADD y 1 x 2 w", &["y zadd"]),
            ("BZPOPMAX y 0", &["y zpopmax"]),
            ("ZMPOP 1 y MIN", &["y zpopmin", "y del"]),
            ("ZADD y 1 x", &["y zadd"]),
            ("BZMPOP 0 1 y MAX COUNT 3", &["y zpopmax", "y del"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["ZADD a 1 x 2 y", "ZADD b 1 y", "SET d5 x"],
        &[
            ("ZUNIONSTORE d 2 a b", &["d zunionstore"]),
            ("ZINTERSTORE d2 2 a b", &["d2 zinterstore"]),
            ("ZDIFFSTORE d3 2 a b", &["d3 zdiffstore"]),
            ("ZRANGESTORE d4 a 0 -1", &["d4 zrangestore"]),
            ("ZINTERSTORE d5 2 a nope", &["d5 del"]),
            ("ZRANGESTORE d a 5 6", &["d del"]),
            ("ZUNIONSTORE d6 1 nope", &[]),
        ],
    );
}

/// Generic events (class `g`): DEL/UNLINK, the EXPIRE family and PERSIST (a deadline in the past
/// deletes: `del`), RENAME (`rename_from`, `rename_to`), MOVE (`move_from` in the source database,
/// `move_to` in the destination), COPY (`copy_to`), SORT ... STORE (`sortstore`); FLUSHDB, FLUSHALL,
/// SWAPDB and reads publish nothing.
#[test]
fn generic_events() {
    let s = server();
    check(
        &s,
        "KEA",
        &["SET a 1", "SET b 1", "SET c 1"],
        &[
            ("DEL a nope b", &["a del", "b del"]),
            ("UNLINK c nope", &["c del"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET a 1", "SET b 1", "SET c 1"],
        &[
            ("EXPIRE a 100", &["a expire"]),
            ("PEXPIRE a 100000", &["a expire"]),
            ("EXPIREAT a 99999999999", &["a expire"]),
            ("PEXPIREAT a 99999999999999", &["a expire"]),
            ("EXPIRE a 100 NX", &[]),
            ("EXPIRE nope 10", &[]),
            ("PERSIST a", &["a persist"]),
            ("PERSIST a", &[]),
            ("EXPIRE b 0", &["b del"]),
            ("PEXPIRE c -5", &["c del"]),
            ("SET d 1", &["d set"]),
            ("EXPIREAT d 1", &["d del"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET a 1", "SET b 2", "SET x 1"],
        &[
            ("RENAME a c", &["a rename_from", "c rename_to"]),
            ("RENAME c b", &["c rename_from", "b rename_to"]),
            ("RENAMENX b x", &[]),
            ("RENAMENX b y", &["b rename_from", "y rename_to"]),
            ("RENAME y y", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET a 1 EX 100", "SET b 1"],
        &[
            ("RENAME a b", &["a rename_from", "b rename_to"]),
            ("RENAMENX b b", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET a 1", "SET b 1"],
        &[
            ("MOVE a 1", &["a move_from", "a move_to@1"]),
            ("MOVE b 1", &["b move_from", "b move_to@1"]),
            ("MOVE nope 1", &[]),
            ("SELECT 1", &[]),
            ("MOVE a 0", &["a move_from@1", "a move_to"]),
            ("SELECT 0", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET a 1", "SET b 2", "RPUSH l x"],
        &[
            ("COPY a c", &["c copy_to"]),
            ("COPY a b", &[]),
            ("COPY a b REPLACE", &["b copy_to"]),
            ("COPY a z DB 1", &["z copy_to@1"]),
            ("COPY l l2", &["l2 copy_to"]),
            ("COPY nope q", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["RPUSH l 3 1 2", "SET d2 x"],
        &[
            ("SORT l STORE d", &["d sortstore"]),
            ("SORT nope STORE d2", &["d2 del"]),
            ("SORT l STORE d", &["d sortstore"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET d x"],
        &[
            ("SORT nope STORE d", &["d del"]),
            ("SORT nope STORE d", &[]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET a 1"],
        &[("SWAPDB 0 1", &[]), ("FLUSHDB", &[]), ("FLUSHALL", &[])],
    );
    check(
        &s,
        "KEA",
        &["SET a 1"],
        &[
            ("TOUCH a", &[]),
            ("GET a", &[]),
            ("TYPE a", &[]),
            ("EXISTS a", &[]),
        ],
    );
}

/// `expired` (class `x`) when a command finds a key past its deadline (before the command's own
/// event), inside a transaction too, and when active expiry deletes it.
#[test]
fn expired_events() {
    let s = server();
    check(
        &s,
        "KEA",
        &[
            "DEBUG SET-ACTIVE-EXPIRE 0",
            "SET a 1 PX 1",
            "SET b 1 PX 1",
            "SET c 1 PX 1",
            "RPUSH l x",
            "PEXPIRE l 1",
        ],
        &[
            ("SLEEP 0.05", &[]),
            ("GET a", &["a expired"]),
            ("SET b 2", &["b expired", "b set"]),
            ("EXISTS c", &["c expired"]),
            ("LPUSH l y", &["l expired", "l lpush"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["DEBUG SET-ACTIVE-EXPIRE 0", "SET a 1 PX 1"],
        &[
            ("SLEEP 0.05", &[]),
            ("MULTI", &[]),
            ("GET a", &[]),
            ("SET a 2", &[]),
            ("EXEC", &["a expired", "a set"]),
        ],
    );
    check(
        &s,
        "KEA",
        &["SET a 1 PX 20"],
        &[("SLEEP 0.5", &["a expired"])],
    );
}

/// Class `n` (not part of `A`): `new` when a command creates a key, before the command's own
/// event (also for the destination of RENAME, COPY and MOVE, and after a stale key expired);
/// never for an overwrite.
#[test]
fn new_key_events() {
    let s = server();
    check(
        &s,
        "KEAn",
        &["SET old 1"],
        &[
            ("SET a 1", &["a new", "a set"]),
            ("SET a 2", &["a set"]),
            ("LPUSH l x", &["l new", "l lpush"]),
            ("HSET h f v", &["h new", "h hset"]),
            ("SADD s m", &["s new", "s sadd"]),
            ("ZADD z 1 m", &["z new", "z zadd"]),
            ("APPEND ap x", &["ap new", "ap append"]),
            ("INCR i", &["i new", "i incrby"]),
            ("PFADD p x", &["p new", "p pfadd"]),
            ("SETBIT sb 1 1", &["sb new", "sb setbit"]),
            (
                "RENAME old new",
                &["new new", "old rename_from", "new rename_to"],
            ),
            ("COPY a a2", &["a2 new", "a2 copy_to"]),
            ("MOVE a2 1", &["a2 new@1", "a2 move_from", "a2 move_to@1"]),
            ("SUNIONSTORE su s", &["su new", "su sunionstore"]),
            (
                "LMOVE l l2 LEFT LEFT",
                &["l2 new", "l2 lpush", "l lpop", "l del"],
            ),
            ("MSET m1 1 m2 2", &["m1 new", "m1 set", "m2 new", "m2 set"]),
            ("SORT l2 STORE so", &[]),
            ("BITOP NOT bo sb", &["bo new", "bo set"]),
            ("SETRANGE sr 1 x", &["sr new", "sr setrange"]),
        ],
    );
    check(
        &s,
        "KEAn",
        &[
            "DEBUG SET-ACTIVE-EXPIRE 0",
            "SET a 1 PX 1",
            "SET b 1 PX 1",
            "RPUSH l x",
            "PEXPIRE l 1",
            "SET c 1 PX 1",
            "SET d 1 PX 1",
        ],
        &[
            ("SLEEP 0.05", &[]),
            ("SET a 2", &["a expired", "a new", "a set"]),
            ("INCR b", &["b expired", "b new", "b incrby"]),
            ("LPUSH l y", &["l expired", "l new", "l lpush"]),
            ("SETNX c 1", &["c expired", "c new", "c set"]),
            ("APPEND d x", &["d expired", "d new", "d append"]),
        ],
    );
}

/// Class `m` (not part of `A`): `keymiss` for every key a read finds missing (OBJECT excepted),
/// never for writes (LPUSH, INCR, RENAME, RPOPLPUSH on a missing key).
#[test]
fn keymiss_events() {
    let s = server();
    check(
        &s,
        "KEAm",
        &["SET a 1", "RPUSH l x"],
        &[
            ("GET a", &[]),
            ("GET nope", &["nope keymiss"]),
            ("MGET a n1 n2", &["n1 keymiss", "n2 keymiss"]),
            ("EXISTS n3", &["n3 keymiss"]),
            ("TYPE n4", &["n4 keymiss"]),
            ("TTL n5", &["n5 keymiss"]),
            ("STRLEN n6", &["n6 keymiss"]),
            ("LRANGE n7 0 -1", &["n7 keymiss"]),
            ("HGET n8 f", &["n8 keymiss"]),
            ("OBJECT ENCODING n9", &[]),
            ("LPUSH n10 x", &["n10 lpush"]),
            ("INCR n11", &["n11 incrby"]),
            ("SCARD n12", &["n12 keymiss"]),
            ("ZSCORE n13 m", &["n13 keymiss"]),
            ("LPOS n14 x", &["n14 keymiss"]),
            ("LINDEX l 0", &[]),
            ("PTTL n15", &["n15 keymiss"]),
            ("SMEMBERS n16", &["n16 keymiss"]),
            ("GETRANGE n17 0 1", &["n17 keymiss"]),
            ("SINTER n18 n19", &["n18 keymiss", "n19 keymiss"]),
            ("ZRANGE n20 0 1", &["n20 keymiss"]),
            ("HGETALL n21", &["n21 keymiss"]),
            ("PFCOUNT n22", &["n22 keymiss"]),
            ("BITCOUNT n23", &["n23 keymiss"]),
            ("SORT n24", &["n24 keymiss"]),
            ("GETDEL n25", &["n25 keymiss"]),
            ("GETEX n26", &["n26 keymiss"]),
            ("LLEN n27", &["n27 keymiss"]),
            ("SRANDMEMBER n28", &["n28 keymiss"]),
            ("ZRANDMEMBER n29", &["n29 keymiss"]),
            ("HRANDFIELD n30", &["n30 keymiss"]),
            ("TOUCH n31", &["n31 keymiss"]),
            ("EXPIRETIME n32", &["n32 keymiss"]),
            ("COPY n33 x", &["n33 keymiss"]),
            ("RENAME n34 y", &[]),
            ("SISMEMBER n35 m", &["n35 keymiss"]),
            ("RPOPLPUSH n36 x", &[]),
            ("SDIFFSTORE d n37", &["n37 keymiss"]),
            ("ZUNIONSTORE d2 1 n38", &["n38 keymiss"]),
            ("LCS n39 n40", &["n39 keymiss", "n40 keymiss"]),
        ],
    );
}

/// What `notify-keyspace-events` selects: the `K` (keyspace) and `E` (keyevent) channels, each
/// class letter alone, and that neither channels without a class nor classes without a channel
/// publish anything. Events of keys in another database carry its number.
#[test]
fn channel_and_class_masks() {
    let s = server();
    check(
        &s,
        "Kg",
        &["SET a 1"],
        &[
            ("SET b 1", &[]),
            ("DEL a", &["__keyspace@0__:a del"]),
            ("LPUSH l x", &[]),
            ("EXPIRE b 100", &["__keyspace@0__:b expire"]),
        ],
    );
    check(
        &s,
        "El",
        &[],
        &[
            ("SET b 1", &[]),
            ("LPUSH l x", &["__keyevent@0__:lpush l"]),
            ("RPOP l", &["__keyevent@0__:rpop l"]),
        ],
    );
    check(
        &s,
        "K$",
        &[],
        &[
            ("SET b 1", &["__keyspace@0__:b set"]),
            ("INCR i", &["__keyspace@0__:i incrby"]),
            ("DEL b", &[]),
        ],
    );
    check(
        &s,
        "Eshzx",
        &["SET e 1 PX 10"],
        &[
            ("SADD s 1", &["__keyevent@0__:sadd s"]),
            ("HSET h f 1", &["__keyevent@0__:hset h"]),
            ("ZADD z 1 m", &["__keyevent@0__:zadd z"]),
            ("SLEEP 0.3", &["__keyevent@0__:expired e"]),
            ("LPUSH l 1", &[]),
        ],
    );
    check(&s, "K", &[], &[("SET b 1", &[])]);
    check(&s, "A", &[], &[("SET b 1", &[])]);
    check(
        &s,
        "KEA",
        &[],
        &[
            ("SELECT 5", &[]),
            ("SET a 1", &["a set@5"]),
            ("SELECT 0", &[]),
        ],
    );
}

/// A transaction publishes each queued command's events when EXEC runs it.
#[test]
fn transactions_publish_as_commands_run() {
    let s = server();
    check(
        &s,
        "KEA",
        &[],
        &[
            ("MULTI", &[]),
            ("SET a 1", &[]),
            ("LPUSH l x", &[]),
            ("INCR a", &[]),
            ("EXEC", &["a set", "l lpush", "a incrby"]),
        ],
    );
}

/// Blocked clients served by a later write publish their pops right after the write's own
/// event (BLMOVE its push to the destination first); after a whole transaction for one.
#[test]
fn blocking_pops_served_later() {
    let s = server();
    check(
        &s,
        "KEA",
        &[],
        &[
            ("@1 BLPOP bl 0", &[]),
            ("@2 BLMOVE bm dst LEFT RIGHT 0", &[]),
            ("@3 BZPOPMIN bz 0", &[]),
            ("@4 BLMPOP 0 1 bp RIGHT COUNT 2", &[]),
            ("RPUSH bl a b", &["bl rpush", "bl lpop"]),
            (
                "LPUSH bm x",
                &["bm lpush", "dst rpush", "bm lpop", "bm del"],
            ),
            ("ZADD bz 1 m", &["bz zadd", "bz zpopmin", "bz del"]),
            ("RPUSH bp 1 2 3", &["bp rpush", "bp rpop"]),
        ],
    );
    check(
        &s,
        "KEA",
        &[],
        &[
            ("@1 BLPOP bl 0", &[]),
            ("MULTI", &[]),
            ("RPUSH bl a", &[]),
            ("RPUSH bl b", &[]),
            ("EXEC", &["bl rpush", "bl rpush", "bl lpop"]),
        ],
    );
}
