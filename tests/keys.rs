//! Generic key commands: DEL, UNLINK, EXISTS, TYPE, TOUCH, RENAME(NX), COPY, MOVE, SWAPDB, KEYS,
//! SCAN, RANDOMKEY and OBJECT. Every expected reply was checked against redis-server 7.0.15.
//! (Time to live commands are in tests/expire.rs.)

mod common;
use common::*;
use respite::commands::keys::{parse_cursor, KeyspaceCursor};
use respite::db::key_slot;
use std::collections::HashSet;
use std::sync::atomic::Ordering::Relaxed;

/// Two key names living in different shards of `s`'s keyspace.
fn keys_in_different_shards(s: &TestServer) -> (String, String) {
    let ks = &s.handle.server.keyspace;
    let first = "k0".to_string();
    let other = (1..)
        .map(|i| format!("k{i}"))
        .find(|k| ks.shard_of(k.as_bytes()) != ks.shard_of(first.as_bytes()));
    (first, other.unwrap())
}

/// Every key a full SCAN iteration returns (with `extra` options), running `between` after each call.
fn scan_all(r: &mut Raw, extra: &[&str], mut between: impl FnMut()) -> (Vec<String>, usize) {
    let mut cursor = "0".to_string();
    let mut keys = Vec::new();
    let mut calls = 0;
    loop {
        let mut args = vec!["SCAN", cursor.as_str()];
        args.extend_from_slice(extra);
        let reply = r.cmd(&args);
        calls += 1;
        let (next, page) = parse_scan_reply(&reply);
        keys.extend(page);
        if next == "0" {
            return (keys, calls);
        }
        cursor = next;
        between();
    }
}

/// Splits a raw RESP2 SCAN reply into (cursor, keys).
fn parse_scan_reply(reply: &str) -> (String, Vec<String>) {
    let lines: Vec<&str> = reply.split("\r\n").collect();
    assert_eq!(lines[0], "*2", "{reply}");
    let cursor = lines[2].to_string();
    let n: usize = lines[3][1..].parse().unwrap();
    let keys = (0..n).map(|i| lines[5 + 2 * i].to_string()).collect();
    (cursor, keys)
}

#[test]
fn del_unlink_exists() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["SET", "a", "1"]);
    r.cmd(&["SET", "b", "2"]);
    r.cmd(&["SET", "c", "3"]);
    assert_eq!(
        r.cmd(&["EXISTS", "a", "a", "nokey", "b"]),
        ":3\r\n",
        "repeats count"
    );
    assert_eq!(r.cmd(&["DEL", "a", "a", "nokey"]), ":1\r\n");
    assert_eq!(r.cmd(&["EXISTS", "a"]), ":0\r\n");
    assert_eq!(r.cmd(&["UNLINK", "b", "c", "b"]), ":2\r\n");
    assert_eq!(r.cmd(&["DBSIZE"]), ":0\r\n");
    assert_eq!(
        r.cmd(&["DEL"]),
        "-ERR wrong number of arguments for 'del' command\r\n"
    );
    assert_eq!(
        r.cmd(&["UNLINK"]),
        "-ERR wrong number of arguments for 'unlink' command\r\n"
    );
    assert_eq!(
        r.cmd(&["EXISTS"]),
        "-ERR wrong number of arguments for 'exists' command\r\n"
    );
    // Empty and binary key names.
    r.send_cmd(&[b"SET", b"", b"empty"]);
    assert_eq!(r.read_reply(), b"+OK\r\n");
    r.send_cmd(&[b"SET", b"\x00bin\xff", b"v"]);
    assert_eq!(r.read_reply(), b"+OK\r\n");
    r.send_cmd(&[b"EXISTS", b"", b"\x00bin\xff"]);
    assert_eq!(r.read_reply(), b":2\r\n");
    r.send_cmd(&[b"DEL", b"", b"\x00bin\xff"]);
    assert_eq!(r.read_reply(), b":2\r\n");
}

#[test]
fn del_counts_changes_and_keyspace_stats() {
    let s = TestServer::start();
    let server = &s.handle.server;
    let mut r = s.raw();
    r.cmd(&["SET", "a", "1"]);
    let dirty = server.dirty.load(Relaxed);
    r.cmd(&["DEL", "a", "nokey"]);
    assert_eq!(
        server.dirty.load(Relaxed),
        dirty + 1,
        "one change per deleted key"
    );
    let (hits, misses) = (
        server.stats.keyspace_hits.load(Relaxed),
        server.stats.keyspace_misses.load(Relaxed),
    );
    r.cmd(&["SET", "a", "1"]);
    r.cmd(&["EXISTS", "a", "nokey"]);
    r.cmd(&["TYPE", "a"]);
    assert_eq!(server.stats.keyspace_hits.load(Relaxed), hits + 2);
    assert_eq!(server.stats.keyspace_misses.load(Relaxed), misses + 1);
}

#[test]
fn type_and_touch() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["SET", "str", "v"]);
    assert_eq!(r.cmd(&["TYPE", "str"]), "+string\r\n");
    assert_eq!(r.cmd(&["TYPE", "nokey"]), "+none\r\n");
    assert_eq!(
        r.cmd(&["TYPE"]),
        "-ERR wrong number of arguments for 'type' command\r\n"
    );
    assert_eq!(r.cmd(&["TOUCH", "str", "nokey", "str"]), ":2\r\n");
    assert_eq!(
        r.cmd(&["TOUCH"]),
        "-ERR wrong number of arguments for 'touch' command\r\n"
    );
}

/// Sets `key`'s LRU clock `seconds` into the past, as if it had not been accessed since.
fn age_key(s: &TestServer, key: &str, seconds: u32) {
    let ks = &s.handle.server.keyspace;
    let mut shard = ks.lock(ks.shard_of(key.as_bytes()));
    let entry = shard.dbs[0]
        .keys
        .get_mut(key.as_bytes())
        .expect("key exists");
    entry.lru = entry.lru.wrapping_sub(seconds) & respite::server::clock::LRU_CLOCK_MAX;
}

#[test]
fn touch_refreshes_idle_time_and_type_exists_do_not() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["SET", "k", "v"]);
    age_key(&s, "k", 100);
    r.cmd(&["EXISTS", "k"]);
    r.cmd(&["TYPE", "k"]);
    r.cmd(&["TTL", "k"]);
    r.cmd(&["OBJECT", "ENCODING", "k"]);
    let idle: i64 = r.cmd(&["OBJECT", "IDLETIME", "k"])[1..]
        .trim()
        .parse()
        .unwrap();
    assert!(
        (100..=102).contains(&idle),
        "idle {idle}: EXISTS/TYPE/TTL/OBJECT must not touch the key"
    );
    assert_eq!(r.cmd(&["TOUCH", "k"]), ":1\r\n");
    assert_eq!(r.cmd(&["OBJECT", "IDLETIME", "k"]), ":0\r\n");
}

#[test]
fn rename_and_renamenx() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert_eq!(r.cmd(&["RENAME", "nokey", "x"]), "-ERR no such key\r\n");
    assert_eq!(r.cmd(&["RENAME", "nokey", "nokey"]), "-ERR no such key\r\n");
    assert_eq!(
        r.cmd(&["RENAMENX", "nokey", "nokey"]),
        "-ERR no such key\r\n"
    );
    r.cmd(&["SET", "a", "1"]);
    assert_eq!(r.cmd(&["RENAME", "a", "a"]), "+OK\r\n");
    assert_eq!(r.cmd(&["RENAMENX", "a", "a"]), ":0\r\n");
    assert_eq!(r.cmd(&["GET", "a"]), "$1\r\n1\r\n");
    assert_eq!(r.cmd(&["RENAME", "a", "b"]), "+OK\r\n");
    assert_eq!(r.cmd(&["EXISTS", "a"]), ":0\r\n");
    assert_eq!(r.cmd(&["GET", "b"]), "$1\r\n1\r\n");
    r.cmd(&["SET", "c", "3"]);
    assert_eq!(r.cmd(&["RENAMENX", "b", "c"]), ":0\r\n");
    assert_eq!(
        r.cmd(&["GET", "b"]),
        "$1\r\n1\r\n",
        "RENAMENX that fails leaves the source"
    );
    assert_eq!(r.cmd(&["RENAME", "b", "c"]), "+OK\r\n");
    assert_eq!(r.cmd(&["GET", "c"]), "$1\r\n1\r\n");
    assert_eq!(r.cmd(&["RENAMENX", "c", "d"]), ":1\r\n");
    assert_eq!(r.cmd(&["MGET", "c", "d"]), "*2\r\n$-1\r\n$1\r\n1\r\n");
    assert_eq!(
        r.cmd(&["RENAME", "d"]),
        "-ERR wrong number of arguments for 'rename' command\r\n"
    );
    assert_eq!(
        r.cmd(&["RENAMENX", "d", "e", "f"]),
        "-ERR wrong number of arguments for 'renamenx' command\r\n"
    );
    assert_eq!(r.cmd(&["DBSIZE"]), ":1\r\n");
}

#[test]
fn rename_across_shards_and_with_hash_tags() {
    let s = TestServer::start();
    let (a, b) = keys_in_different_shards(&s);
    let mut r = s.raw();
    r.cmd(&["SET", &a, "va"]);
    assert_eq!(r.cmd(&["RENAME", &a, &b]), "+OK\r\n");
    assert_eq!(r.cmd(&["GET", &b]), "$2\r\nva\r\n");
    assert_eq!(key_slot(b"{user}.a"), key_slot(b"{user}.b"));
    r.cmd(&["SET", "{user}.a", "1"]);
    assert_eq!(r.cmd(&["RENAME", "{user}.a", "{user}.b"]), "+OK\r\n");
    assert_eq!(r.cmd(&["GET", "{user}.b"]), "$1\r\n1\r\n");
}

#[test]
fn rename_carries_ttl_and_drops_the_targets() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["SET", "src", "v", "EX", "100"]);
    r.cmd(&["SET", "dst", "old", "EX", "5000"]);
    assert_eq!(r.cmd(&["RENAME", "src", "dst"]), "+OK\r\n");
    let ttl: i64 = r.cmd(&["TTL", "dst"])[1..].trim().parse().unwrap();
    assert!((98..=100).contains(&ttl), "ttl {ttl}");
    r.cmd(&["SET", "plain", "v"]);
    assert_eq!(r.cmd(&["RENAME", "plain", "dst"]), "+OK\r\n");
    assert_eq!(
        r.cmd(&["TTL", "dst"]),
        ":-1\r\n",
        "the target's TTL is not inherited"
    );
    assert_eq!(s.handle.server.keyspace.db_stats(0), (1, 0));
}

#[test]
fn copy() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert_eq!(r.cmd(&["COPY", "nokey", "x"]), ":0\r\n");
    r.cmd(&["SET", "a", "hello"]);
    assert_eq!(
        r.cmd(&["COPY", "a", "a"]),
        "-ERR source and destination objects are the same\r\n"
    );
    assert_eq!(
        r.cmd(&["COPY", "a", "a", "DB", "0"]),
        "-ERR source and destination objects are the same\r\n"
    );
    assert_eq!(r.cmd(&["COPY", "a", "b", "DB"]), "-ERR syntax error\r\n");
    assert_eq!(r.cmd(&["COPY", "a", "b", "foo"]), "-ERR syntax error\r\n");
    assert_eq!(
        r.cmd(&["COPY", "a", "b", "DB", "16"]),
        "-ERR DB index is out of range\r\n"
    );
    assert_eq!(
        r.cmd(&["COPY", "a", "b", "DB", "-1"]),
        "-ERR DB index is out of range\r\n"
    );
    assert_eq!(
        r.cmd(&["COPY", "a", "b", "DB", "x"]),
        "-ERR value is not an integer or out of range\r\n"
    );
    assert_eq!(
        r.cmd(&["COPY", "a", "b", "DB", "99999999999"]),
        "-ERR value is out of range, value must between -2147483648 and 2147483647\r\n"
    );
    assert_eq!(
        r.cmd(&["COPY", "a"]),
        "-ERR wrong number of arguments for 'copy' command\r\n"
    );
    assert_eq!(r.cmd(&["COPY", "a", "b"]), ":1\r\n");
    assert_eq!(r.cmd(&["GET", "b"]), "$5\r\nhello\r\n");
    r.cmd(&["APPEND", "b", " world"]);
    assert_eq!(
        r.cmd(&["GET", "a"]),
        "$5\r\nhello\r\n",
        "the copy is independent"
    );
    assert_eq!(
        r.cmd(&["COPY", "a", "b"]),
        ":0\r\n",
        "existing target without REPLACE"
    );
    assert_eq!(r.cmd(&["COPY", "a", "b", "REPLACE"]), ":1\r\n");
    assert_eq!(r.cmd(&["GET", "b"]), "$5\r\nhello\r\n");
    assert_eq!(
        r.cmd(&["COPY", "a", "b", "replace", "db", "0", "REPLACE"]),
        ":1\r\n"
    );
    // Into another database: same key name allowed.
    assert_eq!(r.cmd(&["COPY", "a", "a", "DB", "3"]), ":1\r\n");
    assert_eq!(r.cmd(&["SELECT", "3"]), "+OK\r\n");
    assert_eq!(r.cmd(&["GET", "a"]), "$5\r\nhello\r\n");
    assert_eq!(r.cmd(&["SELECT", "0"]), "+OK\r\n");
    assert_eq!(r.cmd(&["COPY", "a", "a", "DB", "3"]), ":0\r\n");
}

#[test]
fn copy_carries_ttl_but_creates_none() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["SET", "vol", "v", "PX", "100000"]);
    r.cmd(&["SET", "plain", "v"]);
    r.cmd(&["SET", "target", "v", "EX", "100"]);
    assert_eq!(r.cmd(&["COPY", "vol", "c1"]), ":1\r\n");
    let pttl: i64 = r.cmd(&["PTTL", "c1"])[1..].trim().parse().unwrap();
    assert!(pttl > 99_000 && pttl <= 100_000, "pttl {pttl}");
    assert_eq!(r.cmd(&["COPY", "plain", "target", "REPLACE"]), ":1\r\n");
    assert_eq!(r.cmd(&["TTL", "target"]), ":-1\r\n");
    assert_eq!(r.cmd(&["COPY", "vol", "c2", "DB", "1"]), ":1\r\n");
    r.cmd(&["SELECT", "1"]);
    let pttl: i64 = r.cmd(&["PTTL", "c2"])[1..].trim().parse().unwrap();
    assert!(pttl > 99_000, "pttl {pttl}");
    assert_eq!(s.handle.server.keyspace.db_stats(1), (1, 1));
    assert_eq!(s.handle.server.keyspace.db_stats(0), (4, 2));
}

#[test]
fn move_between_databases() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["SET", "k", "v", "EX", "100"]);
    assert_eq!(
        r.cmd(&["MOVE", "k", "0"]),
        "-ERR source and destination objects are the same\r\n"
    );
    assert_eq!(
        r.cmd(&["MOVE", "k", "16"]),
        "-ERR DB index is out of range\r\n"
    );
    assert_eq!(
        r.cmd(&["MOVE", "k", "-1"]),
        "-ERR DB index is out of range\r\n"
    );
    assert_eq!(
        r.cmd(&["MOVE", "k", "x"]),
        "-ERR value is not an integer or out of range\r\n"
    );
    assert_eq!(
        r.cmd(&["MOVE", "k", "99999999999"]),
        "-ERR value is out of range, value must between -2147483648 and 2147483647\r\n"
    );
    assert_eq!(
        r.cmd(&["MOVE", "nokey", "0"]),
        "-ERR source and destination objects are the same\r\n"
    );
    assert_eq!(r.cmd(&["MOVE", "nokey", "1"]), ":0\r\n");
    assert_eq!(r.cmd(&["MOVE", "k", "1"]), ":1\r\n");
    assert_eq!(r.cmd(&["EXISTS", "k"]), ":0\r\n");
    r.cmd(&["SELECT", "1"]);
    assert_eq!(r.cmd(&["GET", "k"]), "$1\r\nv\r\n");
    let ttl: i64 = r.cmd(&["TTL", "k"])[1..].trim().parse().unwrap();
    assert!((99..=100).contains(&ttl), "the TTL moves along: {ttl}");
    r.cmd(&["SELECT", "0"]);
    r.cmd(&["SET", "k", "other"]);
    assert_eq!(
        r.cmd(&["MOVE", "k", "1"]),
        ":0\r\n",
        "the target database has the key"
    );
    assert_eq!(r.cmd(&["GET", "k"]), "$5\r\nother\r\n");
    assert_eq!(s.handle.server.keyspace.db_stats(1), (1, 1));
    assert_eq!(s.handle.server.keyspace.db_stats(0), (1, 0));
    assert_eq!(
        r.cmd(&["MOVE", "k"]),
        "-ERR wrong number of arguments for 'move' command\r\n"
    );
}

#[test]
fn swapdb() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut other = s.raw();
    r.cmd(&["SET", "in0", "zero"]);
    r.cmd(&["SELECT", "1"]);
    r.cmd(&["SET", "in1", "one", "EX", "100"]);
    r.cmd(&["SET", "in1b", "one"]);
    assert_eq!(r.cmd(&["SWAPDB", "0", "1"]), "+OK\r\n");
    assert_eq!(
        r.cmd(&["GET", "in0"]),
        "$4\r\nzero\r\n",
        "clients stay on their db number"
    );
    assert_eq!(other.cmd(&["GET", "in1"]), "$3\r\none\r\n");
    assert_eq!(other.cmd(&["DBSIZE"]), ":2\r\n");
    assert_eq!(s.handle.server.keyspace.db_stats(0), (2, 1));
    assert_eq!(s.handle.server.keyspace.db_stats(1), (1, 0));
    assert_eq!(r.cmd(&["SWAPDB", "1", "1"]), "+OK\r\n");
    assert_eq!(
        r.cmd(&["SWAPDB", "0", "x"]),
        "-ERR invalid second DB index\r\n"
    );
    assert_eq!(
        r.cmd(&["SWAPDB", "x", "0"]),
        "-ERR invalid first DB index\r\n"
    );
    assert_eq!(
        r.cmd(&["SWAPDB", "99999999999", "0"]),
        "-ERR invalid first DB index\r\n"
    );
    assert_eq!(
        r.cmd(&["SWAPDB", "0", "16"]),
        "-ERR DB index is out of range\r\n"
    );
    assert_eq!(
        r.cmd(&["SWAPDB", "-1", "0"]),
        "-ERR DB index is out of range\r\n"
    );
    assert_eq!(
        r.cmd(&["SWAPDB", "0"]),
        "-ERR wrong number of arguments for 'swapdb' command\r\n"
    );
    // Keys with a TTL still expire actively after a swap: the expiry index moved with them.
    other.cmd(&["PEXPIRE", "in1b", "1"]);
    other.cmd(&["PEXPIRE", "in1", "1"]);
    other.cmd(&["SWAPDB", "0", "2"]);
    other.cmd(&["SELECT", "2"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    while other.cmd(&["DBSIZE"]) != ":0\r\n" {
        assert!(
            std::time::Instant::now() < deadline,
            "swapped keys did not expire"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn keys_pattern() {
    let s = TestServer::start();
    let mut r = s.raw();
    for k in ["key_x", "key_y", "key_z", "foo_a", "foo_b", "foo_c"] {
        r.cmd(&["SET", k, "hello"]);
    }
    let sorted = |reply: String| {
        let mut v: Vec<String> = reply
            .split("\r\n")
            .filter(|l| !l.starts_with(['*', '$']) && !l.is_empty())
            .map(String::from)
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        sorted(r.cmd(&["KEYS", "foo*"])),
        ["foo_a", "foo_b", "foo_c"]
    );
    assert_eq!(sorted(r.cmd(&["KEYS", "*"])).len(), 6);
    assert_eq!(sorted(r.cmd(&["KEYS", "key_[xy]"])), ["key_x", "key_y"]);
    assert_eq!(sorted(r.cmd(&["KEYS", "*_?"])).len(), 6);
    assert_eq!(r.cmd(&["KEYS", "nomatch*"]), "*0\r\n");
    assert_eq!(
        r.cmd(&["KEYS"]),
        "-ERR wrong number of arguments for 'keys' command\r\n"
    );
    assert_eq!(
        r.cmd(&["KEYS", "*", "x"]),
        "-ERR wrong number of arguments for 'keys' command\r\n"
    );
    // Expired keys are not listed (nor deleted).
    s.handle.server.active_expire_enabled.store(false, Relaxed);
    r.cmd(&["SET", "foo_gone", "v", "PX", "1"]);
    std::thread::sleep(std::time::Duration::from_millis(10));
    assert_eq!(
        sorted(r.cmd(&["KEYS", "foo*"])),
        ["foo_a", "foo_b", "foo_c"]
    );
    assert_eq!(r.cmd(&["DBSIZE"]), ":7\r\n");
    // A long key with a pattern that used to explode (Redis issue #1208 / nested stars).
    let long = "a".repeat(100);
    r.cmd(&["SET", &long, "v"]);
    assert_eq!(r.cmd(&["KEYS", &format!("{}b", "*a".repeat(20))]), "*0\r\n");
}

#[test]
fn scan_cursor_parsing_follows_strtoul() {
    assert_eq!(parse_cursor(b"0"), Ok(0));
    assert_eq!(parse_cursor(b""), Ok(0));
    assert_eq!(parse_cursor(b"+12"), Ok(12));
    assert_eq!(parse_cursor(b"-1"), Ok(u64::MAX));
    assert_eq!(parse_cursor(b"18446744073709551615"), Ok(u64::MAX));
    assert_eq!(parse_cursor(b"7\x00junk"), Ok(7));
    for bad in [
        &b"x"[..],
        b" 1",
        b"1 ",
        b"+",
        b"-",
        b"18446744073709551616",
        b"0x10",
        b"1.5",
    ] {
        assert!(
            parse_cursor(bad).is_err(),
            "{:?}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[test]
fn scan_cursor_encoding_round_trips() {
    for shards in [1usize, 2, 16, 256] {
        for (shard, dict_cursor) in [
            (0, 0u64),
            (shards - 1, 0),
            (shards / 2, 12345),
            (shards - 1, (1 << 40) - 1),
        ] {
            let at = KeyspaceCursor { shard, dict_cursor };
            assert_eq!(KeyspaceCursor::decode(at.encode(shards), shards), at);
        }
        assert_eq!(
            KeyspaceCursor::decode(0, shards),
            KeyspaceCursor {
                shard: 0,
                dict_cursor: 0
            }
        );
    }
}

#[test]
fn scan_errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert_eq!(r.cmd(&["SCAN", "x"]), "-ERR invalid cursor\r\n");
    assert_eq!(r.cmd(&["SCAN", " 1"]), "-ERR invalid cursor\r\n");
    assert_eq!(r.cmd(&["SCAN", "+"]), "-ERR invalid cursor\r\n");
    assert_eq!(
        r.cmd(&["SCAN", "18446744073709551616"]),
        "-ERR invalid cursor\r\n"
    );
    assert_eq!(
        r.cmd(&["SCAN", "x", "COUNT", "0"]),
        "-ERR invalid cursor\r\n",
        "the cursor is checked first"
    );
    assert_eq!(r.cmd(&["SCAN", "0", "COUNT", "0"]), "-ERR syntax error\r\n");
    assert_eq!(
        r.cmd(&["SCAN", "0", "COUNT", "-1"]),
        "-ERR syntax error\r\n"
    );
    assert_eq!(
        r.cmd(&["SCAN", "0", "COUNT", "x"]),
        "-ERR value is not an integer or out of range\r\n"
    );
    assert_eq!(r.cmd(&["SCAN", "0", "MATCH"]), "-ERR syntax error\r\n");
    assert_eq!(r.cmd(&["SCAN", "0", "TYPE"]), "-ERR syntax error\r\n");
    assert_eq!(r.cmd(&["SCAN", "0", "foo", "bar"]), "-ERR syntax error\r\n");
    assert_eq!(
        r.cmd(&["SCAN"]),
        "-ERR wrong number of arguments for 'scan' command\r\n"
    );
    assert_eq!(r.cmd(&["SCAN", "0"]), "*2\r\n$1\r\n0\r\n*0\r\n");
    assert_eq!(r.cmd(&["SCAN", "-1"]), "*2\r\n$1\r\n0\r\n*0\r\n");
    assert_eq!(r.cmd(&["SCAN", ""]), "*2\r\n$1\r\n0\r\n*0\r\n");
}

#[test]
fn scan_full_iteration_with_options() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut c = s.client();
    let mut pipe = redis::pipe();
    for i in 0..1000 {
        pipe.cmd("SET").arg(format!("key:{i}")).arg(i).ignore();
    }
    pipe.query::<()>(&mut c).unwrap();
    let (keys, calls) = scan_all(&mut r, &[], || {});
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 1000);
    assert!(
        calls > 10,
        "COUNT 10 is the default page size ({calls} calls)"
    );
    let (keys, calls5) = scan_all(&mut r, &["COUNT", "5"], || {});
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 1000);
    assert!(calls5 > calls);
    let (keys, _) = scan_all(&mut r, &["COUNT", "100000"], || {});
    assert_eq!(
        keys.len(),
        1000,
        "a huge COUNT returns everything at once, once"
    );
    let (keys, _) = scan_all(&mut r, &["MATCH", "key:1??"], || {});
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 100);
    let (keys, _) = scan_all(&mut r, &["TYPE", "list"], || {});
    assert!(keys.is_empty());
    let (keys, _) = scan_all(
        &mut r,
        &["type", "STRING", "match", "key:*", "count", "10"],
        || {},
    );
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 1000);
}

#[test]
fn scan_skips_and_deletes_expired_keys() {
    let s = TestServer::start();
    s.handle.server.active_expire_enabled.store(false, Relaxed);
    let mut r = s.raw();
    for i in 0..50 {
        r.cmd(&["SET", &format!("live:{i}"), "v"]);
        r.cmd(&["SET", &format!("gone:{i}"), "v", "PX", "1"]);
    }
    std::thread::sleep(std::time::Duration::from_millis(10));
    assert_eq!(r.cmd(&["DBSIZE"]), ":100\r\n");
    let (keys, _) = scan_all(&mut r, &[], || {});
    assert_eq!(keys.len(), 50);
    assert!(keys.iter().all(|k| k.starts_with("live:")));
    assert_eq!(
        r.cmd(&["DBSIZE"]),
        ":50\r\n",
        "SCAN deleted what it found expired"
    );
}

/// Redis's SCAN guarantee across shards: every key present for the whole iteration is returned,
/// while other keys are added and removed in bulk between calls, so the shards' tables grow,
/// shrink and rehash under the cursor.
#[test]
fn scan_guarantee_under_concurrent_growth_and_shrink() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut c = s.client();
    let mut writer = s.client();
    let mut pipe = redis::pipe();
    for i in 0..200 {
        pipe.cmd("SET").arg(format!("stable:{i}")).arg(i).ignore();
    }
    pipe.query::<()>(&mut c).unwrap();
    let mut round = 0u32;
    let mut churn: Vec<String> = Vec::new();
    let mut peak = 0;
    let (keys, calls) = scan_all(&mut r, &[], || {
        round += 1;
        let mut pipe = redis::pipe();
        if !round.is_multiple_of(5) {
            // Grow: the tables soon hold ten times the stable keys.
            for j in 0..600 {
                let key = format!("churn:{round}:{j}");
                pipe.cmd("SET").arg(&key).arg(j).ignore();
                churn.push(key);
            }
            peak = peak.max(churn.len());
        } else {
            // Shrink: back to the stable keys alone, under 10% fill, so the tables shrink.
            for key in churn.drain(..) {
                pipe.cmd("DEL").arg(key).ignore();
            }
        }
        pipe.query::<()>(&mut writer).unwrap();
    });
    assert!(
        round >= 10 && peak >= 2400,
        "the churn must span grow and shrink cycles ({round} rounds)"
    );
    let stable: HashSet<_> = keys.iter().filter(|k| k.starts_with("stable:")).collect();
    assert_eq!(
        stable.len(),
        200,
        "after {calls} calls and {round} rounds of churn"
    );
}

#[test]
fn randomkey() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert_eq!(r.cmd(&["RANDOMKEY"]), "$-1\r\n");
    assert_eq!(
        r.cmd(&["RANDOMKEY", "x"]),
        "-ERR wrong number of arguments for 'randomkey' command\r\n"
    );
    let (a, b) = keys_in_different_shards(&s);
    r.cmd(&["SET", &a, "1"]);
    r.cmd(&["SET", &b, "2"]);
    let (mut seen_a, mut seen_b) = (0, 0);
    for _ in 0..1000 {
        let reply = r.cmd(&["RANDOMKEY"]);
        if reply == format!("${}\r\n{a}\r\n", a.len()) {
            seen_a += 1;
        } else if reply == format!("${}\r\n{b}\r\n", b.len()) {
            seen_b += 1;
        } else {
            panic!("unexpected {reply:?}");
        }
    }
    assert!(
        seen_a > 350 && seen_b > 350,
        "close to uniform: {seen_a} / {seen_b}"
    );
}

#[test]
fn randomkey_weights_shards_by_size() {
    let s = TestServer::start();
    let mut c = s.client();
    let ks = &s.handle.server.keyspace;
    // 900 keys in one shard (one hash tag), 100 spread over the others.
    let mut pipe = redis::pipe();
    for i in 0..900 {
        pipe.cmd("SET").arg(format!("{{big}}:{i}")).arg(1).ignore();
    }
    let big_shard = ks.shard_of(b"{big}");
    let mut small = 0;
    let mut i = 0;
    while small < 100 {
        let k = format!("small:{i}");
        i += 1;
        if ks.shard_of(k.as_bytes()) != big_shard {
            pipe.cmd("SET").arg(k).arg(1).ignore();
            small += 1;
        }
    }
    pipe.query::<()>(&mut c).unwrap();
    let mut in_big = 0;
    for _ in 0..2000 {
        let k: String = q(&mut c, &["RANDOMKEY"]);
        if k.starts_with("{big}") {
            in_big += 1;
        }
    }
    assert!(
        (1650..=1950).contains(&in_big),
        "expected ~90% from the big shard, got {in_big}/2000"
    );
}

#[test]
fn randomkey_deletes_expired_keys_it_draws() {
    let s = TestServer::start();
    s.handle.server.active_expire_enabled.store(false, Relaxed);
    let mut r = s.raw();
    r.cmd(&["SET", "foo1", "bar", "PX", "1"]);
    r.cmd(&["SET", "foo2", "bar", "PX", "1"]);
    std::thread::sleep(std::time::Duration::from_millis(10));
    assert_eq!(r.cmd(&["DBSIZE"]), ":2\r\n");
    assert_eq!(r.cmd(&["RANDOMKEY"]), "$-1\r\n");
    assert_eq!(r.cmd(&["DBSIZE"]), ":0\r\n");
    r.cmd(&["SET", "gone", "v", "PX", "1"]);
    r.cmd(&["SET", "live", "v"]);
    std::thread::sleep(std::time::Duration::from_millis(10));
    assert_eq!(r.cmd(&["RANDOMKEY"]), "$4\r\nlive\r\n");
}

#[test]
fn object_subcommands() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["SET", "int", "12345"]);
    r.cmd(&["SET", "emb", "hello"]);
    r.cmd(&["SET", "raw", &"x".repeat(45)]);
    r.cmd(&["SET", "small", "1"]);
    r.cmd(&["SET", "edge", "10000"]);
    r.cmd(&["SET", "neg", "-1"]);
    assert_eq!(r.cmd(&["OBJECT", "ENCODING", "int"]), "$3\r\nint\r\n");
    assert_eq!(r.cmd(&["OBJECT", "ENCODING", "emb"]), "$6\r\nembstr\r\n");
    assert_eq!(r.cmd(&["OBJECT", "ENCODING", "raw"]), "$3\r\nraw\r\n");
    assert_eq!(r.cmd(&["OBJECT", "ENCODING", "nokey"]), "$-1\r\n");
    assert_eq!(r.cmd(&["OBJECT", "REFCOUNT", "small"]), ":2147483647\r\n");
    assert_eq!(r.cmd(&["OBJECT", "REFCOUNT", "edge"]), ":1\r\n");
    assert_eq!(r.cmd(&["OBJECT", "REFCOUNT", "neg"]), ":1\r\n");
    assert_eq!(r.cmd(&["OBJECT", "REFCOUNT", "emb"]), ":1\r\n");
    assert_eq!(r.cmd(&["OBJECT", "REFCOUNT", "nokey"]), "$-1\r\n");
    assert_eq!(r.cmd(&["OBJECT", "IDLETIME", "emb"]), ":0\r\n");
    assert_eq!(r.cmd(&["OBJECT", "IDLETIME", "nokey"]), "$-1\r\n");
    assert_eq!(
        r.cmd(&["OBJECT", "FREQ", "emb"]),
        "-ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.\r\n"
    );
    assert_eq!(
        r.cmd(&["OBJECT", "FREQ", "nokey"]),
        "$-1\r\n",
        "a missing key answers null before the policy check"
    );
    assert_eq!(
        r.cmd(&["OBJECT", "foo", "emb"]),
        "-ERR unknown subcommand 'foo'. Try OBJECT HELP.\r\n"
    );
    assert_eq!(
        r.cmd(&["OBJECT", "ENCODING"]),
        "-ERR wrong number of arguments for 'object|encoding' command\r\n"
    );
    assert_eq!(
        r.cmd(&["OBJECT", "HELP", "x"]),
        "-ERR wrong number of arguments for 'object|help' command\r\n"
    );
    assert_eq!(
        r.cmd(&["OBJECT"]),
        "-ERR wrong number of arguments for 'object' command\r\n"
    );
    // RESP3 null for a missing key.
    r.cmd(&["HELLO", "3"]);
    assert_eq!(r.cmd(&["OBJECT", "ENCODING", "nokey"]), "_\r\n");
}

#[test]
fn object_under_lru_and_lfu_policies() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["CONFIG", "SET", "maxmemory", "1073741824"]);
    r.cmd(&["CONFIG", "SET", "maxmemory-policy", "allkeys-lru"]);
    r.cmd(&["SET", "a", "1"]);
    assert_eq!(
        r.cmd(&["OBJECT", "REFCOUNT", "a"]),
        ":1\r\n",
        "no shared integers under LRU"
    );
    r.cmd(&["CONFIG", "SET", "maxmemory-policy", "allkeys-random"]);
    assert_eq!(r.cmd(&["OBJECT", "REFCOUNT", "a"]), ":2147483647\r\n");
    r.cmd(&["CONFIG", "SET", "maxmemory-policy", "volatile-lfu"]);
    assert_eq!(
        r.cmd(&["OBJECT", "IDLETIME", "a"]),
        "-ERR An LFU maxmemory policy is selected, idle time not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.\r\n"
    );
    assert!(r.cmd(&["OBJECT", "FREQ", "a"]).starts_with(':'));
}

#[test]
fn object_help() {
    let s = TestServer::start();
    let mut r = s.raw();
    let expected = [
        "OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
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
        "HELP",
        "    Prints this help.",
    ];
    let mut want = format!("*{}\r\n", expected.len());
    for line in expected {
        want.push_str(&format!("+{line}\r\n"));
    }
    assert_eq!(r.cmd(&["OBJECT", "help"]), want);
}

#[test]
fn unlink_frees_big_values_in_the_background() {
    use respite::db::lazyfree;
    let s = TestServer::start();
    let mut c = s.client();
    let handed_over = || {
        let (pending, freed) = lazyfree::counters();
        pending + freed
    };
    let items: Vec<String> = (0..1000).map(|i| i.to_string()).collect();
    let mut push = vec!["RPUSH", "big"];
    push.extend(items.iter().map(String::as_str));
    let _: i64 = q(&mut c, &push);
    let before = handed_over();
    let _: i64 = q(&mut c, &["RPUSH", "small", "a", "b"]);
    assert_eq!(q::<i64>(&mut c, &["UNLINK", "small", "big"]), 2);
    assert!(
        handed_over() > before,
        "the 1000-element list went to the lazyfree thread"
    );
    // DEL frees in place unless lazyfree-lazy-user-del is set.
    let _: i64 = q(&mut c, &push);
    let _: () = q(&mut c, &["CONFIG", "SET", "lazyfree-lazy-user-del", "yes"]);
    let before = handed_over();
    assert_eq!(q::<i64>(&mut c, &["DEL", "big"]), 1);
    assert!(handed_over() > before);
}

#[test]
fn small_integers_share_refcount_and_idle_time() {
    use respite::db::value::shared_integers;
    use respite::server::clock::lru_clock;
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["SET", "a", "7777"]);
    r.cmd(&["SET", "b", "7777"]);
    // Every key holding 7777 shares one object, hence one access clock.
    shared_integers::touch(7777, lru_clock() - 100);
    let idle = int_reply(&r.cmd(&["OBJECT", "IDLETIME", "a"]));
    assert!((100..=101).contains(&idle), "idle {idle}");
    r.cmd(&["GET", "b"]);
    assert_eq!(
        r.cmd(&["OBJECT", "IDLETIME", "a"]),
        ":0\r\n",
        "reading b touched a's shared object"
    );
    // A big integer is a key's own.
    r.cmd(&["SET", "big", "123456"]);
    age_key(&s, "big", 50);
    let idle = int_reply(&r.cmd(&["OBJECT", "IDLETIME", "big"]));
    assert!((50..=51).contains(&idle), "idle {idle}");
}

fn int_reply(reply: &str) -> i64 {
    reply[1..]
        .trim_end()
        .parse()
        .unwrap_or_else(|_| panic!("not an integer: {reply:?}"))
}

#[test]
fn keyspace_events_of_generic_commands() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut sub = s.raw();
    r.cmd(&["CONFIG", "SET", "notify-keyspace-events", "EA"]);
    s.handle.server.active_expire_enabled.store(false, Relaxed);
    sub.cmd(&["PSUBSCRIBE", "__keyevent@*"]);
    let script: &[&[&str]] = &[
        &["SET", "a", "1"],
        &["RENAME", "a", "b"],
        &["RENAMENX", "b", "b"],
        &["COPY", "b", "c", "DB", "2"],
        &["MOVE", "b", "3"],
        &["SELECT", "3"],
        &["EXPIRE", "b", "100"],
        &["PERSIST", "b"],
        &["EXPIRE", "b", "-1"],
        &["SET", "d", "1"],
        &["UNLINK", "d"],
        &["SET", "e", "1", "PX", "1"],
        &["SWAPDB", "3", "4"],
    ];
    for cmd in script {
        r.cmd(cmd);
    }
    std::thread::sleep(std::time::Duration::from_millis(10));
    r.cmd(&["SELECT", "4"]);
    assert_eq!(r.cmd(&["GET", "e"]), "$-1\r\n");
    let expected = [
        ("__keyevent@0__:set", "a"),
        ("__keyevent@0__:rename_from", "a"),
        ("__keyevent@0__:rename_to", "b"),
        ("__keyevent@2__:copy_to", "c"),
        ("__keyevent@0__:move_from", "b"),
        ("__keyevent@3__:move_to", "b"),
        ("__keyevent@3__:expire", "b"),
        ("__keyevent@3__:persist", "b"),
        ("__keyevent@3__:del", "b"),
        ("__keyevent@3__:set", "d"),
        ("__keyevent@3__:del", "d"),
        ("__keyevent@3__:set", "e"),
        ("__keyevent@3__:expire", "e"),
        ("__keyevent@4__:expired", "e"),
    ];
    for (channel, key) in expected {
        let msg = String::from_utf8(sub.read_reply()).unwrap();
        let want = format!(
            "*4\r\n$8\r\npmessage\r\n$12\r\n__keyevent@*\r\n${}\r\n{channel}\r\n${}\r\n{key}\r\n",
            channel.len(),
            key.len()
        );
        assert_eq!(msg, want);
    }
}
