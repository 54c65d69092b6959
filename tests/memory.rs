//! MEMORY USAGE/STATS/DOCTOR/MALLOC-STATS/PURGE/HELP, and the allocator's `used_memory`.
//!
//! Exact replies were checked against redis-server 7.0.15. Sizes cannot match Redis's (other
//! allocator, other structures), so they are checked for what clients rely on: a missing key
//! is nil, bigger values cost more, compact encodings cost less than tables, and used_memory
//! follows the data loaded and freed.
//!
//! `used_memory` is process-wide and the tests of this file run in parallel in one process, so
//! the tests that measure it are one test, run in sequence.

mod common;
use common::*;
use std::time::{Duration, Instant};

fn usage(c: &mut redis::Connection, key: &str) -> i64 {
    q(c, &["MEMORY", "USAGE", key])
}

fn info_field(c: &mut redis::Connection, name: &str) -> String {
    let info: String = q(c, &["INFO", "memory"]);
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .unwrap_or_else(|| panic!("INFO memory has no {name}"))
        .to_string()
}

fn used_memory(c: &mut redis::Connection) -> i64 {
    info_field(c, "used_memory").parse().unwrap()
}

#[test]
fn recorded_help_and_errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (
                "MEMORY HELP",
                concat!(
                    r#"*14\r\n+MEMORY <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n"#,
                    r#"+DOCTOR\r\n+    Return memory problems reports.\r\n"#,
                    r#"+MALLOC-STATS\r\n+    Return internal statistics report from the memory allocator.\r\n"#,
                    r#"+PURGE\r\n+    Attempt to purge dirty pages for reclamation by the allocator.\r\n"#,
                    r#"+STATS\r\n+    Return information about the memory usage of the server.\r\n"#,
                    r#"+USAGE <key> [SAMPLES <count>]\r\n"#,
                    r#"+    Return memory in bytes used by <key> and its value. Nested values are\r\n"#,
                    r#"+    sampled up to <count> times (default: 5, 0 means sample all).\r\n"#,
                    r#"+HELP\r\n+    Prints this help.\r\n"#
                ),
            ),
            (
                "MEMORY",
                r#"-ERR wrong number of arguments for 'memory' command\r\n"#,
            ),
            (
                "MEMORY foo",
                r#"-ERR unknown subcommand 'foo'. Try MEMORY HELP.\r\n"#,
            ),
            (
                "memory Foo bar",
                r#"-ERR unknown subcommand 'Foo'. Try MEMORY HELP.\r\n"#,
            ),
            (
                "MEMORY USAGE",
                r#"-ERR wrong number of arguments for 'memory|usage' command\r\n"#,
            ),
            (
                "MEMORY STATS x",
                r#"-ERR wrong number of arguments for 'memory|stats' command\r\n"#,
            ),
            (
                "MEMORY DOCTOR x",
                r#"-ERR wrong number of arguments for 'memory|doctor' command\r\n"#,
            ),
            (
                "MEMORY MALLOC-STATS x",
                r#"-ERR wrong number of arguments for 'memory|malloc-stats' command\r\n"#,
            ),
            (
                "MEMORY PURGE x",
                r#"-ERR wrong number of arguments for 'memory|purge' command\r\n"#,
            ),
            (
                "MEMORY HELP x",
                r#"-ERR wrong number of arguments for 'memory|help' command\r\n"#,
            ),
            ("MEMORY PURGE", r#"+OK\r\n"#),
            ("memory purge", r#"+OK\r\n"#),
        ],
    );
}

#[test]
fn recorded_usage_arguments() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            ("MEMORY USAGE nokey", r#"$-1\r\n"#),
            ("MEMORY USAGE nokey SAMPLES 0", r#"$-1\r\n"#),
            ("MEMORY USAGE nokey SAMPLES 5 samples 7", r#"$-1\r\n"#),
            // Options are checked before the key is looked up.
            ("MEMORY USAGE nokey SAMPLES", r#"-ERR syntax error\r\n"#),
            ("MEMORY USAGE nokey SAMPLES -1", r#"-ERR syntax error\r\n"#),
            (
                "MEMORY USAGE nokey SAMPLES abc",
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                "MEMORY USAGE nokey SAMPLES 1.5",
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                "MEMORY USAGE nokey SAMPLES 99999999999999999999",
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            ("MEMORY USAGE nokey foo", r#"-ERR syntax error\r\n"#),
            (
                "MEMORY USAGE nokey SAMPLES 1 foo",
                r#"-ERR syntax error\r\n"#,
            ),
            ("SET k v", r#"+OK\r\n"#),
            ("MEMORY USAGE k foo", r#"-ERR syntax error\r\n"#),
            ("MEMORY USAGE k SAMPLES", r#"-ERR syntax error\r\n"#),
            ("MEMORY USAGE k SAMPLES -5", r#"-ERR syntax error\r\n"#),
        ],
    );
    r.cmd(&["HELLO", "3"]);
    assert_eq!(r.cmd(&["MEMORY", "USAGE", "nokey"]), "_\r\n");
    // Any valid sample count gives the same (exact) estimate.
    let mut c = s.client();
    let plain = usage(&mut c, "k");
    assert!(plain > 0);
    for samples in ["0", "1", "5", "1000"] {
        let n: i64 = q(&mut c, &["MEMORY", "USAGE", "k", "SAMPLES", samples]);
        assert_eq!(n, plain, "SAMPLES {samples}");
    }
    let n: i64 = q(&mut c, &["memory", "usage", "k", "samples", "3"]);
    assert_eq!(n, plain);
}

#[test]
fn usage_follows_value_and_key_size() {
    let s = TestServer::start();
    let mut c = s.client();
    let _: () = q(&mut c, &["SET", "small", "x"]);
    let _: () = q(&mut c, &["SET", "big", &"x".repeat(10_000)]);
    let small = usage(&mut c, "small");
    let big = usage(&mut c, "big");
    assert!(small > 0);
    assert!(big >= small + 10_000 - 100, "small {small} big {big}");
    assert!(big < small + 10_000 + 1_000, "small {small} big {big}");

    // The key's own bytes count too.
    let long_key = "k".repeat(1000);
    let _: () = q(&mut c, &["SET", &long_key, "x"]);
    assert!(usage(&mut c, &long_key) >= small + 900);

    // Integers are held inline: no bigger than a one-byte string.
    let _: () = q(&mut c, &["SET", "int", "123456789"]);
    assert!(usage(&mut c, "int") <= small);

    // Each type grows with its contents.
    for (kind, add) in [
        ("list", &["RPUSH", "KEY", "MEMBER"][..]),
        ("hash", &["HSET", "KEY", "MEMBER", "some value"][..]),
        ("set", &["SADD", "KEY", "MEMBER"][..]),
        ("zset", &["ZADD", "KEY", "1.5", "MEMBER"][..]),
    ] {
        let key = format!("{kind}-key");
        let mut sizes = Vec::new();
        for n in [1, 100, 2000] {
            let _: () = q(&mut c, &["DEL", &key]);
            for i in 0..n {
                let member = format!("member-{i:06}");
                let argv: Vec<&str> = add
                    .iter()
                    .map(|a| match *a {
                        "KEY" => key.as_str(),
                        "MEMBER" => member.as_str(),
                        other => other,
                    })
                    .collect();
                let _: i64 = q(&mut c, &argv);
            }
            sizes.push(usage(&mut c, &key));
        }
        assert!(sizes[0] > 0, "{kind}: {sizes:?}");
        assert!(
            sizes[0] < sizes[1] && sizes[1] < sizes[2],
            "{kind}: {sizes:?}"
        );
        // 2000 elements of at least 13 bytes each.
        assert!(sizes[2] > 2000 * 13, "{kind}: {sizes:?}");
    }
}

#[test]
fn compact_encodings_cost_less_than_tables() {
    let s = TestServer::start();
    let mut c = s.client();
    let encoding =
        |c: &mut redis::Connection, key: &str| -> String { q(c, &["OBJECT", "ENCODING", key]) };

    // The same data twice: once under the default limits, once forced into the big encoding.
    let fill = |c: &mut redis::Connection, suffix: &str| {
        let _: () = q(
            c,
            &["HSET", &format!("h{suffix}"), "a", "1", "b", "2", "c", "3"],
        );
        let _: () = q(
            c,
            &["ZADD", &format!("z{suffix}"), "1", "a", "2", "b", "3", "c"],
        );
        let _: () = q(c, &["SADD", &format!("s{suffix}"), "1", "2", "3"]);
    };
    fill(&mut c, "small");
    for limit in [
        "hash-max-listpack-entries",
        "zset-max-listpack-entries",
        "set-max-intset-entries",
    ] {
        let _: () = q(&mut c, &["CONFIG", "SET", limit, "0"]);
    }
    fill(&mut c, "big");
    for (small, big, small_enc, big_enc) in [
        ("hsmall", "hbig", "listpack", "hashtable"),
        ("zsmall", "zbig", "listpack", "skiplist"),
        ("ssmall", "sbig", "intset", "hashtable"),
    ] {
        assert_eq!(encoding(&mut c, small), small_enc);
        assert_eq!(encoding(&mut c, big), big_enc);
        let (u_small, u_big) = (usage(&mut c, small), usage(&mut c, big));
        assert!(
            u_small > 0 && u_small < u_big,
            "{small}: {u_small} vs {big}: {u_big}"
        );
    }
}

#[test]
fn usage_is_a_plain_lookup() {
    // Like Redis's dictFind: no keyspace hits or misses are counted.
    let s = TestServer::start();
    let mut c = s.client();
    let _: () = q(&mut c, &["SET", "k", "v"]);
    let stats = |c: &mut redis::Connection| -> (String, String) {
        let info: String = q(c, &["INFO", "stats"]);
        let field = |name: &str| {
            info.lines()
                .find_map(|l| l.strip_prefix(&format!("{name}:")))
                .unwrap()
                .to_string()
        };
        (field("keyspace_hits"), field("keyspace_misses"))
    };
    let before = stats(&mut c);
    usage(&mut c, "k");
    let _: Option<i64> = q(&mut c, &["MEMORY", "USAGE", "missing"]);
    assert_eq!(stats(&mut c), before);

    // In another database, and inside a transaction.
    let _: () = q(&mut c, &["SELECT", "3"]);
    assert_eq!(q::<Option<i64>>(&mut c, &["MEMORY", "USAGE", "k"]), None);
    let _: () = q(&mut c, &["SET", "k3", "v"]);
    let _: () = q(&mut c, &["MULTI"]);
    let _: () = q(&mut c, &["MEMORY", "USAGE", "k3"]);
    let _: () = q(&mut c, &["MEMORY", "STATS"]);
    let _: () = q(&mut c, &["MEMORY", "DOCTOR"]);
    let replies: Vec<redis::Value> = q(&mut c, &["EXEC"]);
    assert_eq!(replies.len(), 3);
    assert!(matches!(replies[0], redis::Value::Int(n) if n > 0));
}

/// MEMORY STATS field names, in Redis's order (`db.N` entries go after `functions.caches`).
const STATS_HEAD: &[&str] = &[
    "peak.allocated",
    "total.allocated",
    "startup.allocated",
    "replication.backlog",
    "clients.slaves",
    "clients.normal",
    "cluster.links",
    "aof.buffer",
    "lua.caches",
    "functions.caches",
];
const STATS_TAIL: &[&str] = &[
    "overhead.total",
    "keys.count",
    "keys.bytes-per-key",
    "dataset.bytes",
    "dataset.percentage",
    "peak.percentage",
    "allocator.allocated",
    "allocator.active",
    "allocator.resident",
    "allocator-fragmentation.ratio",
    "allocator-fragmentation.bytes",
    "allocator-rss.ratio",
    "allocator-rss.bytes",
    "rss-overhead.ratio",
    "rss-overhead.bytes",
    "fragmentation",
    "fragmentation.bytes",
];

fn as_text(v: &redis::Value) -> String {
    match v {
        redis::Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
        redis::Value::SimpleString(s) => s.clone(),
        other => panic!("not a string: {other:?}"),
    }
}

fn as_int(v: &redis::Value) -> i64 {
    match v {
        redis::Value::Int(n) => *n,
        other => panic!("not an integer: {other:?}"),
    }
}

#[test]
fn stats_layout_and_consistency() {
    let s = TestServer::start();
    let mut c = s.client();
    let _: () = q(&mut c, &["SET", "a", "1"]);
    let _: () = q(&mut c, &["SELECT", "2"]);
    let _: () = q(&mut c, &["SET", "b", "1", "EX", "1000"]);
    let _: () = q(&mut c, &["SET", "c", "1"]);

    // RESP2: a flat array of name, value.
    let flat: Vec<redis::Value> = q(&mut c, &["MEMORY", "STATS"]);
    assert_eq!(flat.len(), 2 * (27 + 2));
    let names: Vec<String> = flat.iter().step_by(2).map(as_text).collect();
    let mut expected: Vec<&str> = STATS_HEAD.to_vec();
    expected.extend(["db.0", "db.2"]);
    expected.extend(STATS_TAIL);
    assert_eq!(names, expected);
    let value = |name: &str| &flat[2 * names.iter().position(|n| n == name).unwrap() + 1];

    // Per database: the key table, the expiry index (only db 2 has a TTL), no slot index.
    for (db, has_ttl) in [("db.0", false), ("db.2", true)] {
        let redis::Value::Array(table) = value(db) else {
            panic!("{db} is not a map")
        };
        let fields: Vec<String> = table.iter().step_by(2).map(as_text).collect();
        assert_eq!(
            fields,
            [
                "overhead.hashtable.main",
                "overhead.hashtable.expires",
                "overhead.hashtable.slot-to-keys"
            ]
        );
        assert!(as_int(&table[1]) > 0);
        assert_eq!(as_int(&table[3]) > 0, has_ttl, "{db}");
        assert_eq!(as_int(&table[5]), 0);
    }
    assert_eq!(as_int(value("keys.count")), 3);

    // The parts add up as Redis adds them.
    let total = as_int(value("total.allocated"));
    let overhead = as_int(value("overhead.total"));
    assert!(as_int(value("startup.allocated")) <= total);
    assert!(as_int(value("peak.allocated")) >= total);
    assert!(as_int(value("clients.normal")) > 0);
    // (Other tests' servers share this process, so the overhead may exceed the total here.)
    assert_eq!(as_int(value("dataset.bytes")), (total - overhead).max(0));
    for ratio in [
        "dataset.percentage",
        "peak.percentage",
        "fragmentation",
        "allocator-fragmentation.ratio",
    ] {
        let text = as_text(value(ratio));
        assert!(text.parse::<f64>().is_ok(), "{ratio}: {text}");
    }
    assert!(as_int(value("allocator.allocated")) > 0);
    assert!(as_int(value("allocator.resident")) > 0);

    // RESP3: a map of 29 entries, nested maps for the databases, doubles for the ratios.
    let mut r = s.raw();
    r.cmd(&["HELLO", "3"]);
    let reply = r.cmd(&["MEMORY", "STATS"]);
    assert!(
        reply.starts_with("%29\r\n$14\r\npeak.allocated\r\n:"),
        "{reply}"
    );
    assert!(
        reply.contains("$4\r\ndb.0\r\n%3\r\n$23\r\noverhead.hashtable.main\r\n:"),
        "{reply}"
    );
    assert!(reply.contains("$18\r\ndataset.percentage\r\n,"), "{reply}");
    assert!(reply.contains("$13\r\nfragmentation\r\n,"), "{reply}");
}

#[test]
fn stats_on_an_empty_keyspace_lists_no_database() {
    let s = TestServer::start();
    let mut c = s.client();
    let flat: Vec<redis::Value> = q(&mut c, &["MEMORY", "STATS"]);
    let names: Vec<String> = flat.iter().step_by(2).map(as_text).collect();
    let mut expected: Vec<&str> = STATS_HEAD.to_vec();
    expected.extend(STATS_TAIL);
    assert_eq!(names, expected);
    let keys = flat[2 * names.iter().position(|n| n == "keys.count").unwrap() + 1].clone();
    assert_eq!(as_int(&keys), 0);
    let per_key = flat[2 * names
        .iter()
        .position(|n| n == "keys.bytes-per-key")
        .unwrap()
        + 1]
    .clone();
    assert_eq!(as_int(&per_key), 0);
}

#[test]
fn malloc_stats_is_jemallocs_report() {
    let s = TestServer::start();
    let mut c = s.client();
    let text: String = q(&mut c, &["MEMORY", "MALLOC-STATS"]);
    assert!(
        text.starts_with("___ Begin jemalloc statistics ___\n"),
        "{text}"
    );
    assert!(
        text.ends_with("--- End jemalloc statistics ---\n"),
        "{text}"
    );
    assert!(text.contains("\nAllocated: "), "{text}");
    // RESP3: verbatim text.
    let mut r = s.raw();
    r.cmd(&["HELLO", "3"]);
    assert!(r
        .cmd(&["MEMORY", "MALLOC-STATS"])
        .contains("txt:___ Begin jemalloc statistics ___\n"));
}

const DOCTOR_EMPTY: &str = "Hi Sam, this instance is empty or is using very little memory, my issues detector can't be used in these conditions. Please, leave for your mission on Earth and fill it with some data. The new Sam and I will be back to our programming as soon as I finished rebooting.\n";
const DOCTOR_FINE: &str =
    "Hi Sam, I can't find any memory issue in your instance. I can only account for what occurs on this base.\n";

/// Waits up to 10 s for `cond` on used_memory (lazy freeing may finish in the background).
fn wait_used(c: &mut redis::Connection, cond: impl Fn(i64) -> bool) -> i64 {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let used = used_memory(c);
        if cond(used) || Instant::now() > deadline {
            return used;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Loads `n` keys of `value_len`-byte values over one pipelined connection.
fn load(c: &mut redis::Connection, n: usize, value_len: usize) {
    let value = "v".repeat(value_len);
    for chunk in (0..n).collect::<Vec<_>>().chunks(10_000) {
        let mut pipe = redis::pipe();
        for i in chunk {
            pipe.cmd("SET")
                .arg(format!("key:{i:08}"))
                .arg(&value)
                .ignore();
        }
        let _: () = pipe.query(c).unwrap();
    }
}

#[test]
fn used_memory_follows_the_data() {
    // One test, in sequence: used_memory is the whole process's.
    let s = TestServer::start();
    let mut c = s.client();
    let _: () = q(&mut c, &["FLUSHALL", "SYNC"]);
    // Nearly empty: the doctor refuses to diagnose.
    if used_memory(&mut c) < 4 << 20 {
        assert_eq!(q::<String>(&mut c, &["MEMORY", "DOCTOR"]), DOCTOR_EMPTY);
    }

    let before = used_memory(&mut c);
    let (keys, value_len) = (100_000, 100);
    load(&mut c, keys, value_len);
    assert_eq!(q::<i64>(&mut c, &["DBSIZE"]), keys as i64);
    let loaded = used_memory(&mut c);
    let grown = loaded - before;
    let data = (keys * (12 + value_len)) as i64;
    // At least the bytes stored, and not absurdly more: a node, a key block, a value block each.
    assert!(grown >= data, "grew by {grown} for {data} bytes of data");
    assert!(
        grown <= data * 4,
        "grew by {grown} for {data} bytes of data"
    );
    // MEMORY USAGE of one key is in line with the per-key growth.
    let per_key = grown / keys as i64;
    let one = usage(&mut c, "key:00000042");
    assert!(
        one > value_len as i64 && one <= per_key * 2,
        "usage {one}, per key {per_key}"
    );

    // INFO and MEMORY STATS agree with each other.
    let stats: Vec<redis::Value> = q(&mut c, &["MEMORY", "STATS"]);
    let names: Vec<String> = stats.iter().step_by(2).map(as_text).collect();
    let field = |name: &str| as_int(&stats[2 * names.iter().position(|n| n == name).unwrap() + 1]);
    assert_eq!(field("keys.count"), keys as i64);
    assert!(field("keys.bytes-per-key") >= (12 + value_len) as i64);
    assert!(
        field("dataset.bytes") >= data,
        "dataset {}",
        field("dataset.bytes")
    );
    let peak: i64 = info_field(&mut c, "used_memory_peak").parse().unwrap();
    assert!(peak >= loaded);
    assert!(info_field(&mut c, "used_memory_human").ends_with('M'));

    // With real data in, the doctor gives a diagnosis (which one depends on the RSS).
    let report: String = q(&mut c, &["MEMORY", "DOCTOR"]);
    assert!(
        report == DOCTOR_FINE
            || (report.starts_with(
                "Sam, I detected a few issues in this Redis instance memory implants:\n\n"
            ) && report.ends_with("I'm here to keep you safe, Sam. I want to help you.\n")),
        "{report}"
    );

    // FLUSHALL gives it back.
    let _: () = q(&mut c, &["FLUSHALL"]);
    // (Other tests of this file run meanwhile in the same process: a generous margin.)
    let after = wait_used(&mut c, |used| used < before + data / 4);
    assert!(
        after < before + data / 4,
        "before {before}, loaded {loaded}, after flush {after}"
    );
    let peak_after: i64 = info_field(&mut c, "used_memory_peak").parse().unwrap();
    assert!(peak_after >= loaded);
    assert_eq!(q::<String>(&mut c, &["MEMORY", "PURGE"]), "OK");
}
