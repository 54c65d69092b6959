//! MULTI/EXEC/DISCARD/WATCH/UNWATCH, including atomicity across shards under concurrency.

mod common;
use common::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[test]
fn queue_and_exec() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert_eq!(r.cmd(&["MULTI"]), "+OK\r\n");
    assert_eq!(r.cmd(&["SET", "a", "1"]), "+QUEUED\r\n");
    assert_eq!(r.cmd(&["GET", "a"]), "+QUEUED\r\n");
    assert_eq!(r.cmd(&["DEL", "a", "b"]), "+QUEUED\r\n");
    assert_eq!(r.cmd(&["EXEC"]), "*3\r\n+OK\r\n$1\r\n1\r\n:1\r\n");
    assert_eq!(r.cmd(&["EXEC"]), "-ERR EXEC without MULTI\r\n");
    assert_eq!(r.cmd(&["DISCARD"]), "-ERR DISCARD without MULTI\r\n");
    assert_eq!(r.cmd(&["MULTI"]), "+OK\r\n");
    assert_eq!(r.cmd(&["MULTI"]), "-ERR MULTI calls can not be nested\r\n");
    assert_eq!(
        r.cmd(&["EXEC"]),
        "*0\r\n",
        "a nested MULTI does not abort the transaction"
    );
}

#[test]
fn queue_time_errors_abort_exec() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["MULTI"]);
    assert_eq!(r.cmd(&["SET", "a", "1"]), "+QUEUED\r\n");
    assert_eq!(
        r.cmd(&["NOSUCHCMD"]),
        "-ERR unknown command 'NOSUCHCMD', with args beginning with: \r\n"
    );
    assert_eq!(
        r.cmd(&["GET"]),
        "-ERR wrong number of arguments for 'get' command\r\n"
    );
    assert_eq!(
        r.cmd(&["EXEC"]),
        "-EXECABORT Transaction discarded because of previous errors.\r\n"
    );
    assert_eq!(r.cmd(&["GET", "a"]), "$-1\r\n", "nothing ran");
    r.cmd(&["MULTI"]);
    assert_eq!(
        r.cmd(&["WATCH", "a"]),
        "-ERR WATCH inside MULTI is not allowed\r\n"
    );
    assert_eq!(
        r.cmd(&["EXEC"]),
        "*0\r\n",
        "WATCH inside MULTI is an error reply, not a queue-time abort"
    );
}

#[test]
fn runtime_errors_do_not_roll_back() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["RPUSH", "list", "x"]); // may not exist yet as a command: only the SET/GET path matters
    r.cmd(&["SET", "s", "v"]);
    r.cmd(&["MULTI"]);
    r.cmd(&["SET", "k", "1"]);
    r.cmd(&["SET", "s", "v", "EX", "0"]);
    r.cmd(&["SET", "k2", "2"]);
    let reply = r.cmd(&["EXEC"]);
    assert_eq!(
        reply,
        "*3\r\n+OK\r\n-ERR invalid expire time in 'set' command\r\n+OK\r\n"
    );
    assert_eq!(r.cmd(&["GET", "k2"]), "$1\r\n2\r\n");
}

#[test]
fn discard_forgets_queue_and_watches() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut other = s.raw();
    r.cmd(&["WATCH", "w"]);
    r.cmd(&["MULTI"]);
    r.cmd(&["SET", "x", "1"]);
    assert_eq!(r.cmd(&["DISCARD"]), "+OK\r\n");
    assert_eq!(r.cmd(&["GET", "x"]), "$-1\r\n");
    other.cmd(&["SET", "w", "changed"]);
    r.cmd(&["MULTI"]);
    r.cmd(&["SET", "x", "1"]);
    assert_eq!(r.cmd(&["EXEC"]), "*1\r\n+OK\r\n", "DISCARD unwatched w");
}

#[test]
fn watch_detects_writes_deletes_and_flushes() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut other = s.raw();
    let cases: &[&[&str]] = &[
        &["SET", "w", "2"],
        &["DEL", "w"],
        &["FLUSHDB"],
        &["FLUSHALL"],
    ];
    for change in cases {
        r.cmd(&["SET", "w", "1"]);
        assert_eq!(r.cmd(&["WATCH", "w"]), "+OK\r\n");
        other.cmd(change);
        r.cmd(&["MULTI"]);
        r.cmd(&["SET", "out", "x"]);
        assert_eq!(r.cmd(&["EXEC"]), "*-1\r\n", "{change:?} must fail the EXEC");
    }
    // Untouched: EXEC succeeds; a write in another database does not count.
    r.cmd(&["SET", "w", "1"]);
    r.cmd(&["WATCH", "w"]);
    other.cmd(&["SELECT", "1"]);
    other.cmd(&["SET", "w", "elsewhere"]);
    r.cmd(&["MULTI"]);
    r.cmd(&["GET", "w"]);
    assert_eq!(r.cmd(&["EXEC"]), "*1\r\n$1\r\n1\r\n");
    // FLUSHALL of a key that did not exist does not invalidate (Redis checks existence).
    r.cmd(&["DEL", "ghost"]);
    r.cmd(&["WATCH", "ghost"]);
    other.cmd(&["FLUSHALL"]);
    r.cmd(&["MULTI"]);
    r.cmd(&["PING"]);
    assert_eq!(r.cmd(&["EXEC"]), "*1\r\n+PONG\r\n");
}

#[test]
fn watch_unwatch_and_expiry() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut other = s.raw();
    r.cmd(&["SET", "w", "1"]);
    r.cmd(&["WATCH", "w"]);
    assert_eq!(r.cmd(&["UNWATCH"]), "+OK\r\n");
    other.cmd(&["SET", "w", "2"]);
    r.cmd(&["MULTI"]);
    r.cmd(&["PING"]);
    assert_eq!(r.cmd(&["EXEC"]), "*1\r\n+PONG\r\n");
    // A watched key that expires before EXEC counts as changed.
    r.cmd(&["SET", "e", "1", "PX", "50"]);
    r.cmd(&["WATCH", "e"]);
    std::thread::sleep(std::time::Duration::from_millis(120));
    r.cmd(&["MULTI"]);
    r.cmd(&["PING"]);
    assert_eq!(r.cmd(&["EXEC"]), "*-1\r\n");
    // The client's own write after WATCH also invalidates, as in Redis.
    r.cmd(&["WATCH", "w"]);
    r.cmd(&["SET", "w", "mine"]);
    r.cmd(&["MULTI"]);
    r.cmd(&["PING"]);
    assert_eq!(r.cmd(&["EXEC"]), "*-1\r\n");
}

/// A list of commands, each as its arguments.
type Commands<'a> = &'a [&'a [&'a str]];

/// The commands fed to the propagation stream so far, as "ARG ARG ...", SELECTs included
/// (where they fall around MULTI matters here; `common::propagated_commands` drops them).
fn propagated_with_selects(
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<bytes::Bytes>,
) -> Vec<String> {
    let mut stream = Vec::new();
    while let Ok(chunk) = rx.try_recv() {
        stream.extend_from_slice(&chunk);
    }
    let text = String::from_utf8(stream).unwrap();
    let mut lines = text.split("\r\n").filter(|l| !l.is_empty());
    let mut out = Vec::new();
    while let Some(header) = lines.next() {
        let n: usize = header
            .strip_prefix('*')
            .expect("a multibulk")
            .parse()
            .unwrap();
        let args: Vec<&str> = (0..n).map(|_| lines.nth(1).unwrap()).collect();
        out.push(args.join(" "));
    }
    out
}

/// What a transaction propagates, as redis-server 7.0.15's replication stream shows it: one
/// MULTI/EXEC block for several effects (keys found expired included, their DEL first), a lone
/// effect unwrapped, nothing for reads or writes without effect, a SELECT on database changes.
#[test]
fn transactions_propagate_like_redis() {
    let s = TestServer::with_args(&["--enable-debug-command", "yes"]);
    let mut r = s.raw();
    let mut run = |setup: &[&[&str]], cmds: &[&[&str]]| {
        r.cmd(&["FLUSHALL"]);
        for cmd in setup {
            r.cmd(cmd);
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        let mut rx = s.handle.server.propagation.subscribe();
        for cmd in cmds {
            r.cmd(cmd);
        }
        r.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
        propagated_with_selects(&mut rx)
    };
    let stale: &[&[&str]] = &[
        &["DEBUG", "SET-ACTIVE-EXPIRE", "0"],
        &["SET", "k", "1", "PX", "1"],
        &["SET", "j", "1", "PX", "1"],
    ];
    let cases: &[(&str, Commands, Commands, &[&str])] = &[
        (
            "one write",
            &[],
            &[
                &["MULTI"],
                &["SET", "foo", "bar"],
                &["EXEC"],
                &["SET", "foo2", "bar"],
            ],
            &["SELECT 0", "SET foo bar", "SET foo2 bar"],
        ),
        (
            "several",
            &[],
            &[
                &["MULTI"],
                &["SET", "a", "1"],
                &["GET", "a"],
                &["SET", "b", "2"],
                &["EXEC"],
            ],
            &["SELECT 0", "MULTI", "SET a 1", "SET b 2", "EXEC"],
        ),
        (
            "SELECT inside",
            &[],
            &[
                &["MULTI"],
                &["SELECT", "1"],
                &["SET", "a", "1"],
                &["SELECT", "2"],
                &["SET", "b", "1"],
                &["EXEC"],
                &["SELECT", "0"],
            ],
            &[
                "SELECT 1", "MULTI", "SET a 1", "SELECT 2", "SET b 1", "EXEC",
            ],
        ),
        (
            "empty",
            &[],
            &[&["MULTI"], &["EXEC"], &["SET", "foo", "bar"]],
            &["SELECT 0", "SET foo bar"],
        ),
        (
            "read-only",
            &[&["SET", "foo", "v"]],
            &[
                &["MULTI"],
                &["GET", "foo"],
                &["EXEC"],
                &["SET", "foo", "v2"],
            ],
            &["SELECT 0", "SET foo v2"],
        ),
        (
            "no effect",
            &[],
            &[
                &["MULTI"],
                &["DEL", "nokey"],
                &["EXEC"],
                &["SET", "foo", "bar"],
            ],
            &["SELECT 0", "SET foo bar"],
        ),
        (
            "rewritten effects",
            &[&["SADD", "s", "a"]],
            &[&["MULTI"], &["SPOP", "s"], &["SET", "x", "1"], &["EXEC"]],
            &["SELECT 0", "MULTI", "SREM s a", "SET x 1", "EXEC"],
        ),
        (
            "FLUSHALL inside",
            &[],
            &[&["MULTI"], &["SET", "foo", "bar"], &["FLUSHALL"], &["EXEC"]],
            &["SELECT 0", "MULTI", "SET foo bar", "FLUSHALL", "EXEC"],
        ),
        (
            "write over a stale key",
            stale,
            &[&["SET", "k", "2"]],
            &["SELECT 0", "MULTI", "DEL k", "SET k 2", "EXEC"],
        ),
        (
            "read of a stale key",
            stale,
            &[&["GET", "k"]],
            &["SELECT 0", "DEL k"],
        ),
        (
            "read of two stale keys",
            stale,
            &[&["MGET", "k", "j"]],
            &["SELECT 0", "MULTI", "DEL k", "DEL j", "EXEC"],
        ),
        (
            "stale key read inside EXEC",
            stale,
            &[&["MULTI"], &["GET", "k"], &["EXEC"]],
            &["SELECT 0", "DEL k"],
        ),
        (
            "stale key and a write inside EXEC",
            stale,
            &[&["MULTI"], &["GET", "k"], &["SET", "x", "1"], &["EXEC"]],
            &["SELECT 0", "MULTI", "DEL k", "SET x 1", "EXEC"],
        ),
    ];
    for (what, setup, cmds, expected) in cases {
        assert_eq!(run(setup, cmds), *expected, "{what}");
    }
}

/// Writers move value between two keys in different shards inside MULTI/EXEC while readers
/// read both keys in their own transactions: every read must see the invariant a + b = 0.
#[test]
fn transactions_are_atomic_across_shards() {
    let s = TestServer::start();
    let (ka, kb) = ("acct:a", "acct:b");
    let ks = &s.handle.server.keyspace;
    assert_ne!(
        ks.shard_of(ka.as_bytes()),
        ks.shard_of(kb.as_bytes()),
        "test needs two shards"
    );
    let mut c = s.client();
    let _: () = q(&mut c, &["SET", ka, "0"]);
    let _: () = q(&mut c, &["SET", kb, "0"]);
    let stop = Arc::new(AtomicBool::new(false));
    let mut threads = Vec::new();
    for w in 0..6 {
        let port = s.port();
        threads.push(std::thread::spawn(move || {
            let mut r = Raw::connect(port);
            for i in 0..300 {
                let v = (w * 1000 + i).to_string();
                let neg = format!("-{v}");
                r.cmd(&["MULTI"]);
                r.cmd(&["SET", "acct:a", &v]);
                r.cmd(&["SET", "acct:b", &neg]);
                let reply = r.cmd(&["EXEC"]);
                assert_eq!(reply, "*2\r\n+OK\r\n+OK\r\n");
            }
        }));
    }
    let mut readers = Vec::new();
    for _ in 0..4 {
        let port = s.port();
        let stop = stop.clone();
        readers.push(std::thread::spawn(move || {
            let mut r = Raw::connect(port);
            let mut checks = 0;
            while !stop.load(Ordering::Relaxed) || checks < 50 {
                r.cmd(&["MULTI"]);
                r.cmd(&["GET", "acct:a"]);
                r.cmd(&["GET", "acct:b"]);
                let reply = r.cmd(&["EXEC"]);
                let parts: Vec<&str> = reply.split("\r\n").collect();
                let a: i64 = parts[2].parse().unwrap();
                let b: i64 = parts[4].parse().unwrap();
                assert_eq!(a + b, 0, "torn read: {reply:?}");
                checks += 1;
            }
            checks
        }));
    }
    for t in threads {
        t.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    let checks: i32 = readers.into_iter().map(|t| t.join().unwrap()).sum();
    assert!(checks >= 200);
}

/// Runs `change` from another connection between WATCH and EXEC and returns EXEC's reply
/// (`*-1` when the watch saw a change). Each case starts from an empty keyspace in db 0 after
/// `setup`; the watcher watches `watched` in db 0.
fn exec_after(s: &TestServer, setup: &[&[&str]], watched: &[&str], change: &[&[&str]]) -> String {
    let mut r = s.raw();
    let mut other = s.raw();
    r.cmd(&["FLUSHALL"]);
    for cmd in setup {
        r.cmd(cmd);
    }
    r.cmd(&["SELECT", "0"]);
    let mut watch = vec!["WATCH"];
    watch.extend_from_slice(watched);
    assert_eq!(r.cmd(&watch), "+OK\r\n");
    for cmd in change {
        other.cmd(cmd);
    }
    r.cmd(&["MULTI"]);
    r.cmd(&["PING"]);
    r.cmd(&["EXEC"])
}

const FAILED: &str = "*-1\r\n";
const RAN: &str = "*1\r\n+PONG\r\n";

/// Every way a key can be written, moved, swapped or flushed away invalidates a WATCH of it;
/// writes that change nothing do not (each case checked against redis-server 7.0.15).
#[test]
fn watch_is_invalidated_by_every_write_path() {
    let s = TestServer::start();
    let cases: &[(&str, Commands, Commands, &str)] = &[
        (
            "RENAME onto",
            &[&["SET", "a", "1"], &["SET", "w", "2"]],
            &[&["RENAME", "a", "w"]],
            FAILED,
        ),
        (
            "RENAME away",
            &[&["SET", "w", "1"]],
            &[&["RENAME", "w", "x"]],
            FAILED,
        ),
        (
            "RENAMENX refused",
            &[&["SET", "a", "1"], &["SET", "w", "2"]],
            &[&["RENAMENX", "a", "w"]],
            RAN,
        ),
        (
            "MOVE out",
            &[&["SET", "w", "1"]],
            &[&["MOVE", "w", "1"]],
            FAILED,
        ),
        (
            "MOVE in",
            &[&["SELECT", "1"], &["SET", "w", "1"]],
            &[&["SELECT", "1"], &["MOVE", "w", "0"]],
            FAILED,
        ),
        (
            "MOVE refused",
            &[&["SET", "w", "1"], &["SELECT", "1"], &["SET", "w", "1"]],
            &[&["MOVE", "w", "1"]],
            RAN,
        ),
        (
            "COPY onto",
            &[&["SET", "a", "1"]],
            &[&["COPY", "a", "w"]],
            FAILED,
        ),
        (
            "COPY refused",
            &[&["SET", "a", "1"], &["SET", "w", "1"]],
            &[&["COPY", "a", "w"]],
            RAN,
        ),
        (
            "COPY ... DB 0",
            &[&["SELECT", "1"], &["SET", "a", "1"]],
            &[&["SELECT", "1"], &["COPY", "a", "w", "DB", "0"]],
            FAILED,
        ),
        (
            "SWAPDB, key in db 0",
            &[&["SET", "w", "1"]],
            &[&["SWAPDB", "0", "1"]],
            FAILED,
        ),
        (
            "SWAPDB, key in db 1",
            &[&["SELECT", "1"], &["SET", "w", "1"]],
            &[&["SWAPDB", "1", "0"]],
            FAILED,
        ),
        (
            "SWAPDB, key in neither",
            &[&["SET", "other", "1"]],
            &[&["SWAPDB", "0", "1"]],
            RAN,
        ),
        (
            "SWAPDB of other dbs",
            &[&["SET", "w", "1"]],
            &[&["SWAPDB", "2", "3"]],
            RAN,
        ),
        ("FLUSHDB", &[&["SET", "w", "1"]], &[&["FLUSHDB"]], FAILED),
        ("FLUSHDB, key missing", &[], &[&["FLUSHDB"]], RAN),
        (
            "FLUSHDB of another db",
            &[&["SET", "w", "1"]],
            &[&["SELECT", "1"], &["FLUSHDB"]],
            RAN,
        ),
        (
            "FLUSHALL ASYNC",
            &[&["SET", "w", "1"]],
            &[&["FLUSHALL", "ASYNC"]],
            FAILED,
        ),
        (
            "EXPIRE",
            &[&["SET", "w", "1"]],
            &[&["EXPIRE", "w", "100"]],
            FAILED,
        ),
        (
            "EXPIRE in the past",
            &[&["SET", "w", "1"]],
            &[&["EXPIRE", "w", "-1"]],
            FAILED,
        ),
        (
            "PERSIST without TTL",
            &[&["SET", "w", "1"]],
            &[&["PERSIST", "w"]],
            RAN,
        ),
        ("DEL of a missing key", &[], &[&["DEL", "w"]], RAN),
        (
            "SET to the same value",
            &[&["SET", "w", "1"]],
            &[&["SET", "w", "1"]],
            FAILED,
        ),
        (
            "SORT STORE, empty result",
            &[&["SET", "w", "1"]],
            &[&["SORT", "nokey", "STORE", "w"]],
            FAILED,
        ),
        (
            "SORT STORE, empty onto nothing",
            &[],
            &[&["SORT", "nokey", "STORE", "w"]],
            RAN,
        ),
        (
            "SINTERSTORE, empty onto nothing",
            &[],
            &[&["SINTERSTORE", "w", "nokey"]],
            RAN,
        ),
        (
            "LTRIM keeping all",
            &[&["RPUSH", "w", "a"]],
            &[&["LTRIM", "w", "0", "-1"]],
            FAILED,
        ),
        (
            "LSET to the same value",
            &[&["RPUSH", "w", "a"]],
            &[&["LSET", "w", "0", "a"]],
            FAILED,
        ),
        (
            "LREM of nothing",
            &[&["RPUSH", "w", "a"]],
            &[&["LREM", "w", "0", "z"]],
            RAN,
        ),
        (
            "ZADD of the same score",
            &[&["ZADD", "w", "1", "a"]],
            &[&["ZADD", "w", "1", "a"]],
            RAN,
        ),
        (
            "PFADD of a known element",
            &[&["PFADD", "w", "a"]],
            &[&["PFADD", "w", "a"]],
            RAN,
        ),
        (
            "HDEL of a missing field",
            &[&["HSET", "w", "a", "1"]],
            &[&["HDEL", "w", "zz"]],
            RAN,
        ),
        (
            "SMOVE onto itself",
            &[&["SADD", "w", "a"]],
            &[&["SMOVE", "w", "w", "a"]],
            RAN,
        ),
        (
            "APPEND of nothing",
            &[&["SET", "w", "abc"]],
            &[&["APPEND", "w", ""]],
            FAILED,
        ),
        (
            "SETRANGE of nothing",
            &[&["SET", "w", "abc"]],
            &[&["SETRANGE", "w", "1", ""]],
            RAN,
        ),
        (
            "INCRBYFLOAT refused",
            &[&["SET", "w", "abc"]],
            &[&["INCRBYFLOAT", "w", "1"]],
            RAN,
        ),
        (
            "a write in another db",
            &[&["SET", "w", "1"]],
            &[&["SELECT", "1"], &["SET", "w", "2"]],
            RAN,
        ),
    ];
    for (what, setup, change, expected) in cases {
        assert_eq!(exec_after(&s, setup, &["w"], change), *expected, "{what}");
    }
}

/// A blocked client served after a write changes keys too: the source it pops from and the
/// destination BLMOVE pushes to, while a watched key the pass does not touch stays valid.
#[test]
fn watch_sees_blocked_clients_served_later() {
    let s = TestServer::start();
    for (dest, watched, expected) in [
        ("w", "w", FAILED),
        ("src", "src", FAILED),
        ("dst", "w", RAN),
    ] {
        let mut r = s.raw();
        let mut blocked = s.raw();
        let mut other = s.raw();
        r.cmd(&["FLUSHALL"]);
        r.cmd(&["WATCH", watched]);
        blocked.send_cmd(&[b"BLMOVE", b"src", dest.as_bytes(), b"LEFT", b"LEFT", b"0"]);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !other
            .cmd(&["INFO", "clients"])
            .contains("blocked_clients:1\r\n")
        {
            assert!(std::time::Instant::now() < deadline, "never blocked");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        // The push alone leaves src empty again once BLMOVE is served: only the pop and the
        // push to the destination can touch the watched key.
        other.cmd(&["RPUSH", "src", "x"]);
        assert_eq!(blocked.read_reply(), b"$1\r\nx\r\n");
        r.cmd(&["MULTI"]);
        r.cmd(&["PING"]);
        assert_eq!(
            r.cmd(&["EXEC"]),
            expected,
            "BLMOVE src {dest}, watching {watched}"
        );
    }
}

/// Expiry: a watched key deleted by lazy or active expiry, or merely past its deadline at EXEC,
/// counts as changed. A key already stale when watched does not count when expiry deletes it or
/// FLUSHDB/SWAPDB drops it, only when it gets a new value (Redis 7.0's stale-key rules).
#[test]
fn watch_and_expiry() {
    let s = TestServer::with_args(&["--enable-debug-command", "yes"]);
    let mut r = s.raw();
    let mut other = s.raw();
    let no_active_expiry =
        |r: &mut Raw| assert_eq!(r.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "0"]), "+OK\r\n");
    let exec = |r: &mut Raw| {
        r.cmd(&["MULTI"]);
        r.cmd(&["PING"]);
        r.cmd(&["EXEC"])
    };
    let sleep = |ms| std::thread::sleep(std::time::Duration::from_millis(ms));

    // Lazy expiry by a read of the watcher itself, or still stored but past its deadline.
    no_active_expiry(&mut r);
    r.cmd(&["SET", "w", "1", "PX", "30"]);
    r.cmd(&["WATCH", "w"]);
    sleep(60);
    assert_eq!(r.cmd(&["GET", "w"]), "$-1\r\n");
    assert_eq!(exec(&mut r), FAILED, "lazy expiry");
    r.cmd(&["SET", "w", "1", "PX", "30"]);
    r.cmd(&["WATCH", "w"]);
    sleep(60);
    assert_eq!(exec(&mut r), FAILED, "expired by EXEC time");
    // Active expiry.
    r.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
    r.cmd(&["SET", "w", "1", "PX", "30"]);
    r.cmd(&["WATCH", "w"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while other.cmd(&["DBSIZE"]) != ":0\r\n" {
        assert!(
            std::time::Instant::now() < deadline,
            "active expiry never ran"
        );
        sleep(10);
    }
    assert_eq!(exec(&mut r), FAILED, "active expiry");

    // Stale when watched.
    let stale = |r: &mut Raw, db: &str| {
        r.cmd(&["SELECT", db]);
        r.cmd(&["SET", "w", "old", "PX", "1"]);
        r.cmd(&["SELECT", "0"]);
        sleep(10);
    };
    no_active_expiry(&mut r);
    r.cmd(&["FLUSHALL"]);
    stale(&mut r, "0");
    r.cmd(&["WATCH", "w"]);
    assert_eq!(exec(&mut r), RAN, "watching a stale key");
    stale(&mut r, "0");
    r.cmd(&["WATCH", "w"]);
    assert_eq!(r.cmd(&["EXISTS", "w"]), ":0\r\n");
    assert_eq!(exec(&mut r), RAN, "a stale key deleted by expiry");
    stale(&mut r, "0");
    r.cmd(&["WATCH", "w"]);
    other.cmd(&["SET", "w", "new"]);
    assert_eq!(exec(&mut r), FAILED, "a stale key given a new value");
    r.cmd(&["FLUSHALL"]);
    stale(&mut r, "0");
    r.cmd(&["WATCH", "w"]);
    other.cmd(&["FLUSHDB"]);
    assert_eq!(exec(&mut r), RAN, "FLUSHDB of a stale key");
    // SWAPDB: stale replaced with nothing, nothing with stale, stale with stale.
    for (stale_in, what) in [
        (&["0"][..], "stale -> none"),
        (&["1"][..], "none -> stale"),
        (&["0", "1"][..], "stale -> stale"),
    ] {
        r.cmd(&["FLUSHALL"]);
        for db in stale_in {
            stale(&mut r, db);
        }
        r.cmd(&["WATCH", "w"]);
        other.cmd(&["SWAPDB", "0", "1"]);
        assert_eq!(exec(&mut r), RAN, "SWAPDB {what}");
    }
    r.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
}

/// Commands that look at the whole keyspace (INFO, DBSIZE, DEBUG, KEYS), and UNWATCH, run
/// inside a transaction that also holds key locks and watches (this once deadlocked).
#[test]
fn keyspace_wide_commands_inside_exec() {
    let s = TestServer::with_args(&["--enable-debug-command", "yes"]);
    let mut r = s.raw();
    r.cmd(&["SET", "a", "1"]);
    r.cmd(&["WATCH", "a", "b"]);
    r.cmd(&["MULTI"]);
    r.cmd(&["SET", "b", "2"]);
    r.cmd(&["INFO", "keyspace"]);
    r.cmd(&["DBSIZE"]);
    r.cmd(&["UNWATCH"]);
    r.cmd(&["KEYS", "*"]);
    r.cmd(&["DEBUG", "SLEEP", "0"]);
    let reply = r.cmd(&["EXEC"]);
    assert!(reply.starts_with("*6\r\n+OK\r\n$"), "{reply}");
    assert!(reply.contains("db0:keys=2,expires=0,avg_ttl=0"), "{reply}");
    assert!(
        reply.ends_with(":2\r\n+OK\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n+OK\r\n")
            || reply.ends_with(":2\r\n+OK\r\n*2\r\n$1\r\nb\r\n$1\r\na\r\n+OK\r\n"),
        "{reply}"
    );
    assert_eq!(r.cmd(&["GET", "b"]), "$1\r\n2\r\n");
}

/// Commands refused while queueing (unknown, wrong arity, not allowed in MULTI) fail the whole
/// transaction; blocking commands queued in MULTI answer at once as if timed out.
#[test]
fn queue_time_refusals_and_blocking_commands() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["MULTI"]);
    assert_eq!(r.cmd(&["SET", "foo", "bar"]), "+QUEUED\r\n");
    assert_eq!(
        r.cmd(&["SHUTDOWN"]),
        "-ERR Command not allowed inside a transaction\r\n"
    );
    assert_eq!(
        r.cmd(&["EXEC"]),
        "-EXECABORT Transaction discarded because of previous errors.\r\n"
    );
    assert_eq!(r.cmd(&["GET", "foo"]), "$-1\r\n");
    r.cmd(&["MULTI"]);
    for cmd in [
        &["BLPOP", "e", "0"][..],
        &["BRPOP", "e", "0"],
        &["BLMOVE", "e", "e2", "LEFT", "LEFT", "0"],
        &["BZPOPMIN", "z", "0"],
        &["BLMPOP", "0", "1", "e", "LEFT"],
        &["BZMPOP", "0", "1", "z", "MIN"],
        &["BRPOPLPUSH", "e", "e2", "0"],
    ] {
        assert_eq!(r.cmd(cmd), "+QUEUED\r\n");
    }
    assert_eq!(
        r.cmd(&["EXEC"]),
        "*7\r\n*-1\r\n*-1\r\n$-1\r\n*-1\r\n*-1\r\n*-1\r\n$-1\r\n"
    );
    // MULTI inside MULTI and WATCH inside MULTI are errors that do not fail the transaction.
    r.cmd(&["MULTI"]);
    assert_eq!(r.cmd(&["MULTI"]), "-ERR MULTI calls can not be nested\r\n");
    assert_eq!(
        r.cmd(&["WATCH", "x"]),
        "-ERR WATCH inside MULTI is not allowed\r\n"
    );
    assert_eq!(r.cmd(&["SELECT", "1"]), "+QUEUED\r\n");
    assert_eq!(r.cmd(&["SET", "a", "1"]), "+QUEUED\r\n");
    assert_eq!(r.cmd(&["EXEC"]), "*2\r\n+OK\r\n+OK\r\n");
    assert_eq!(
        r.cmd(&["GET", "a"]),
        "$1\r\n1\r\n",
        "SELECT inside EXEC stays in effect"
    );
    // EXEC refused before running discards the transaction with EXECABORT and the reason, even
    // outside MULTI (Redis's execCommandAbort).
    r.cmd(&["MULTI"]);
    r.cmd(&["SET", "never", "1"]);
    let arity = "-EXECABORT Transaction discarded because of: wrong number of arguments for 'exec' command\r\n";
    assert_eq!(r.cmd(&["EXEC", "x"]), arity);
    assert_eq!(r.cmd(&["EXEC"]), "-ERR EXEC without MULTI\r\n");
    assert_eq!(r.cmd(&["GET", "never"]), "$-1\r\n");
    assert_eq!(r.cmd(&["EXEC", "x"]), arity);
    // In RESP2, SUBSCRIBE inside a transaction enters the subscribed context.
    let mut sub = s.raw();
    sub.cmd(&["MULTI"]);
    sub.cmd(&["SUBSCRIBE", "ch"]);
    assert_eq!(
        sub.cmd(&["EXEC"]),
        "*1\r\n*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n"
    );
    assert!(sub
        .cmd(&["GET", "a"])
        .starts_with("-ERR Can't execute 'get'"));
    assert_eq!(
        sub.cmd(&["MULTI"]),
        "-ERR Can't execute 'multi': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context\r\n"
    );
    assert_eq!(
        sub.cmd(&["EXEC"]),
        "-EXECABORT Transaction discarded because of: Can't execute 'exec': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context\r\n"
    );
}
