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
    assert_eq!(r.cmd(&["EXEC"]), "*0\r\n", "a nested MULTI does not abort the transaction");
}

#[test]
fn queue_time_errors_abort_exec() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["MULTI"]);
    assert_eq!(r.cmd(&["SET", "a", "1"]), "+QUEUED\r\n");
    assert_eq!(r.cmd(&["NOSUCHCMD"]), "-ERR unknown command 'NOSUCHCMD', with args beginning with: \r\n");
    assert_eq!(r.cmd(&["GET"]), "-ERR wrong number of arguments for 'get' command\r\n");
    assert_eq!(r.cmd(&["EXEC"]), "-EXECABORT Transaction discarded because of previous errors.\r\n");
    assert_eq!(r.cmd(&["GET", "a"]), "$-1\r\n", "nothing ran");
    r.cmd(&["MULTI"]);
    assert_eq!(r.cmd(&["WATCH", "a"]), "-ERR WATCH inside MULTI is not allowed\r\n");
    assert_eq!(r.cmd(&["EXEC"]), "*0\r\n", "WATCH inside MULTI is an error reply, not a queue-time abort");
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
    assert_eq!(reply, "*3\r\n+OK\r\n-ERR invalid expire time in 'set' command\r\n+OK\r\n");
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
    let cases: &[&[&str]] = &[&["SET", "w", "2"], &["DEL", "w"], &["FLUSHDB"], &["FLUSHALL"]];
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

#[test]
fn exec_is_propagated_as_one_block() {
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let mut r = s.raw();
    r.cmd(&["MULTI"]);
    r.cmd(&["SET", "a", "1"]);
    r.cmd(&["GET", "a"]);
    r.cmd(&["SET", "b", "2", "EX", "100"]);
    r.cmd(&["EXEC"]);
    let mut stream = Vec::new();
    while let Ok(chunk) = rx.try_recv() {
        stream.extend_from_slice(&chunk);
    }
    let text = String::from_utf8(stream).unwrap();
    assert!(text.starts_with("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*1\r\n$5\r\nMULTI\r\n*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n"), "{text}");
    assert!(text.contains("$4\r\nPXAT\r\n"), "SET EX is propagated with an absolute deadline: {text}");
    assert!(text.ends_with("*1\r\n$4\r\nEXEC\r\n"), "{text}");
}

/// Writers move value between two keys in different shards inside MULTI/EXEC while readers
/// read both keys in their own transactions: every read must see the invariant a + b = 0.
#[test]
fn transactions_are_atomic_across_shards() {
    let s = TestServer::start();
    let (ka, kb) = ("acct:a", "acct:b");
    let ks = &s.handle.server.keyspace;
    assert_ne!(ks.shard_of(ka.as_bytes()), ks.shard_of(kb.as_bytes()), "test needs two shards");
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
