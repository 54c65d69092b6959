//! Blocking list commands: waiting, being served in order, timeouts, CLIENT KILL / UNBLOCK,
//! keys that change while clients wait, propagation of served pops, and that waiting costs no
//! CPU. The replies are those of redis-server 7.0.15 (checked against it).

mod common;
use common::*;
use std::io::ErrorKind;
use std::sync::RwLock;
use std::time::{Duration, Instant};

/// The CPU test measures the whole process: it runs alone, the other tests share this lock.
static CPU_QUIET: RwLock<()> = RwLock::new(());

fn shared() -> std::sync::RwLockReadGuard<'static, ()> {
    CPU_QUIET.read().unwrap_or_else(|e| e.into_inner())
}

/// Waits until exactly `n` clients are blocked in a blocking command.
fn wait_blocked(s: &TestServer, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while s.handle.server.blocking.blocked_clients() != n {
        assert!(
            Instant::now() < deadline,
            "expected {n} blocked clients, have {}",
            s.handle.server.blocking.blocked_clients()
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Sends a command without reading its reply (the client is expected to block).
fn send(raw: &mut Raw, args: &[&str]) {
    let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
    raw.send_cmd(&args);
}

fn reply(raw: &mut Raw) -> String {
    escape(&raw.read_reply())
}

/// Checks that nothing arrives on `raw` for `ms` milliseconds (it is still blocked).
fn assert_silent(raw: &mut Raw, ms: u64) {
    raw.stream
        .set_read_timeout(Some(Duration::from_millis(ms)))
        .unwrap();
    let mut byte = [0u8; 1];
    match raw.stream.peek(&mut byte) {
        Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
        other => panic!("expected no reply, got {other:?}"),
    }
    raw.stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
}

fn client_id(raw: &mut Raw) -> String {
    raw.cmd(&["CLIENT", "ID"])
        .trim_start_matches(':')
        .trim()
        .to_string()
}

#[test]
fn timeouts_are_seconds_as_doubles() {
    let _g = shared();
    let s = TestServer::start();
    let mut c = s.raw();
    for (cmd, expected) in [
        (&["BLPOP", "k", "0.2"][..], r"*-1\r\n"),
        (&["BRPOP", "k", "k2", "0.1"], r"*-1\r\n"),
        (&["BLMOVE", "k", "d", "LEFT", "RIGHT", "0.1"], r"*-1\r\n"),
        (&["BRPOPLPUSH", "k", "d", "0.1"], r"*-1\r\n"),
        (&["BLMPOP", "0.1", "1", "k", "LEFT"], r"*-1\r\n"),
    ] {
        let start = Instant::now();
        send(&mut c, cmd);
        assert_eq!(reply(&mut c), expected, "{cmd:?}");
        let waited = start.elapsed();
        assert!(
            waited >= Duration::from_millis(95),
            "{cmd:?} returned after {waited:?}"
        );
        assert!(
            waited < Duration::from_secs(3),
            "{cmd:?} returned after {waited:?}"
        );
    }
    // 1 ms and less round up to 1 ms; RESP3 timeouts are nulls.
    assert_eq!(c.cmd(&["BLPOP", "k", "0.0001"]), "*-1\r\n");
    c.cmd(&["HELLO", "3"]);
    assert_eq!(c.cmd(&["BLPOP", "k", "0.01"]), "_\r\n");
    assert_eq!(
        c.cmd(&["BLMOVE", "k", "d", "LEFT", "RIGHT", "0.01"]),
        "_\r\n"
    );
    assert_eq!(s.handle.server.blocking.blocked_clients(), 0);
}

#[test]
fn zero_timeout_waits_until_served() {
    let _g = shared();
    let s = TestServer::start();
    let mut waiter = s.raw();
    let mut r = s.raw();
    send(&mut waiter, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 1);
    assert_silent(&mut waiter, 400);
    // A tiny negative timeout rounds up to 0 and waits forever too, as in Redis.
    let mut waiter2 = s.raw();
    send(&mut waiter2, &["BLPOP", "k2", "-0.0001"]);
    wait_blocked(&s, 2);
    assert_eq!(r.cmd(&["RPUSH", "k", "a"]), ":1\r\n");
    assert_eq!(reply(&mut waiter), r"*2\r\n$1\r\nk\r\n$1\r\na\r\n");
    assert_eq!(r.cmd(&["RPUSH", "k2", "b"]), ":1\r\n");
    assert_eq!(reply(&mut waiter2), r"*2\r\n$2\r\nk2\r\n$1\r\nb\r\n");
    assert_eq!(r.cmd(&["EXISTS", "k", "k2"]), ":0\r\n");
}

#[test]
fn waiters_are_served_first_come_first_served() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut waiters: Vec<Raw> = (0..3).map(|_| s.raw()).collect();
    for (i, w) in waiters.iter_mut().enumerate() {
        send(w, &["BLPOP", "k", "0"]);
        wait_blocked(&s, i + 1);
    }
    for (i, value) in ["first", "second", "third"].iter().enumerate() {
        assert_eq!(r.cmd(&["RPUSH", "k", value]), ":1\r\n");
        assert_eq!(
            reply(&mut waiters[i]),
            format!(r"*2\r\n$1\r\nk\r\n${}\r\n{value}\r\n", value.len())
        );
        for later in &mut waiters[i + 1..] {
            assert_silent(later, 50);
        }
    }
    assert_eq!(r.cmd(&["EXISTS", "k"]), ":0\r\n");
}

#[test]
fn one_push_serves_several_waiters_in_order() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut waiters: Vec<Raw> = (0..4).map(|_| s.raw()).collect();
    for (i, w) in waiters.iter_mut().enumerate() {
        // Different blocking commands wait in the same queue.
        match i {
            0 => send(w, &["BLPOP", "k", "0"]),
            1 => send(w, &["BRPOP", "other", "k", "0"]),
            2 => send(w, &["BLMPOP", "0", "1", "k", "LEFT", "COUNT", "1"]),
            _ => send(w, &["BLPOP", "k", "0"]),
        }
        wait_blocked(&s, i + 1);
    }
    // The pusher's reply comes after the waiters were served: its next command sees the result.
    r.send(b"*5\r\n$5\r\nRPUSH\r\n$1\r\nk\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n*2\r\n$4\r\nLLEN\r\n$1\r\nk\r\n");
    assert_eq!(reply(&mut r), r":3\r\n");
    assert_eq!(reply(&mut r), r":0\r\n");
    assert_eq!(reply(&mut waiters[0]), r"*2\r\n$1\r\nk\r\n$1\r\na\r\n");
    assert_eq!(reply(&mut waiters[1]), r"*2\r\n$1\r\nk\r\n$1\r\nc\r\n");
    assert_eq!(
        reply(&mut waiters[2]),
        r"*2\r\n$1\r\nk\r\n*1\r\n$1\r\nb\r\n"
    );
    assert_silent(&mut waiters[3], 100);
    assert_eq!(s.handle.server.blocking.blocked_clients(), 1);
    assert_eq!(r.cmd(&["LPUSH", "k", "d"]), ":1\r\n");
    assert_eq!(reply(&mut waiters[3]), r"*2\r\n$1\r\nk\r\n$1\r\nd\r\n");
}

#[test]
fn a_waiter_on_several_keys_is_served_from_the_key_that_got_data() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    // Each key counts once however often it is named (Redis issue #801).
    send(&mut w, &["BLPOP", "a", "b", "b", "a", "0"]);
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["RPUSH", "b", "x", "y"]), ":2\r\n");
    assert_eq!(reply(&mut w), r"*2\r\n$1\r\nb\r\n$1\r\nx\r\n");
    assert_eq!(r.cmd(&["LRANGE", "b", "0", "-1"]), "*1\r\n$1\r\ny\r\n");
    send(
        &mut w,
        &["BLMPOP", "0", "2", "a", "c", "RIGHT", "COUNT", "2"],
    );
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["RPUSH", "c", "1", "2", "3"]), ":3\r\n");
    assert_eq!(
        reply(&mut w),
        r"*2\r\n$1\r\nc\r\n*2\r\n$1\r\n3\r\n$1\r\n2\r\n"
    );
}

#[test]
fn databases_are_separate() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    assert_eq!(w.cmd(&["SELECT", "1"]), "+OK\r\n");
    send(&mut w, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["RPUSH", "k", "db0"]), ":1\r\n");
    assert_silent(&mut w, 100);
    r.cmd(&["SELECT", "1"]);
    assert_eq!(r.cmd(&["RPUSH", "k", "db1"]), ":1\r\n");
    assert_eq!(reply(&mut w), r"*2\r\n$1\r\nk\r\n$3\r\ndb1\r\n");
    r.cmd(&["SELECT", "0"]);
    assert_eq!(r.cmd(&["LLEN", "k"]), ":1\r\n");
}

#[test]
fn blmove_chains_circles_and_self_references() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    // Linked: a -> b -> c.
    let mut first = s.raw();
    let mut second = s.raw();
    send(&mut first, &["BLMOVE", "a", "b", "LEFT", "RIGHT", "0"]);
    wait_blocked(&s, 1);
    send(&mut second, &["BLMOVE", "b", "c", "LEFT", "RIGHT", "0"]);
    wait_blocked(&s, 2);
    assert_eq!(r.cmd(&["RPUSH", "a", "x"]), ":1\r\n");
    assert_eq!(reply(&mut first), r"$1\r\nx\r\n");
    assert_eq!(reply(&mut second), r"$1\r\nx\r\n");
    assert_eq!(r.cmd(&["EXISTS", "a", "b"]), ":0\r\n");
    assert_eq!(r.cmd(&["LRANGE", "c", "0", "-1"]), "*1\r\n$1\r\nx\r\n");
    // Circular: list1 -> list2 -> list1.
    send(&mut first, &["BRPOPLPUSH", "list1", "list2", "0"]);
    wait_blocked(&s, 1);
    send(&mut second, &["BRPOPLPUSH", "list2", "list1", "0"]);
    wait_blocked(&s, 2);
    assert_eq!(r.cmd(&["RPUSH", "list1", "foo"]), ":1\r\n");
    assert_eq!(reply(&mut first), r"$3\r\nfoo\r\n");
    assert_eq!(reply(&mut second), r"$3\r\nfoo\r\n");
    assert_eq!(
        r.cmd(&["LRANGE", "list1", "0", "-1"]),
        "*1\r\n$3\r\nfoo\r\n"
    );
    assert_eq!(r.cmd(&["EXISTS", "list2"]), ":0\r\n");
    // Self-referential: the element goes back where it came from.
    send(&mut first, &["BRPOPLPUSH", "blist", "blist", "0"]);
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["RPUSH", "blist", "foo"]), ":1\r\n");
    assert_eq!(reply(&mut first), r"$3\r\nfoo\r\n");
    assert_eq!(
        r.cmd(&["LRANGE", "blist", "0", "-1"]),
        "*1\r\n$3\r\nfoo\r\n"
    );
    // A BLMOVE into a list another client BLPOPs: both are served by one push.
    send(
        &mut first,
        &["BLMOVE", "src", "target", "RIGHT", "LEFT", "0"],
    );
    wait_blocked(&s, 1);
    send(&mut second, &["BLPOP", "target", "0"]);
    wait_blocked(&s, 2);
    assert_eq!(r.cmd(&["RPUSH", "src", "el"]), ":1\r\n");
    assert_eq!(reply(&mut first), r"$2\r\nel\r\n");
    assert_eq!(reply(&mut second), r"*2\r\n$6\r\ntarget\r\n$2\r\nel\r\n");
    assert_eq!(r.cmd(&["EXISTS", "src", "target"]), ":0\r\n");
}

#[test]
fn blmove_to_a_destination_of_another_type_fails_when_served() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    send(&mut w, &["BRPOPLPUSH", "src", "dst", "0"]);
    wait_blocked(&s, 1);
    r.cmd(&["SET", "dst", "string"]);
    assert_eq!(r.cmd(&["RPUSH", "src", "a", "b"]), ":2\r\n");
    assert_eq!(
        reply(&mut w),
        r"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"
    );
    // Nothing moved, and the client is free again.
    assert_eq!(
        r.cmd(&["LRANGE", "src", "0", "-1"]),
        "*2\r\n$1\r\na\r\n$1\r\nb\r\n"
    );
    assert_eq!(w.cmd(&["PING"]), "+PONG\r\n");
    assert_eq!(s.handle.server.blocking.blocked_clients(), 0);
}

#[test]
fn keys_deleted_or_of_another_type_do_not_wake_waiters() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    send(&mut w, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 1);
    // Pushed and deleted within one transaction: nothing to serve once it is done.
    r.cmd(&["MULTI"]);
    r.cmd(&["RPUSH", "k", "a"]);
    r.cmd(&["DEL", "k"]);
    assert_eq!(r.cmd(&["EXEC"]), "*2\r\n:1\r\n:1\r\n");
    assert_silent(&mut w, 100);
    // Replaced by a string: the client keeps waiting (Redis 7.0).
    r.cmd(&["MULTI"]);
    r.cmd(&["RPUSH", "k", "a"]);
    r.cmd(&["DEL", "k"]);
    r.cmd(&["SET", "k", "string"]);
    assert_eq!(r.cmd(&["EXEC"]), "*3\r\n:1\r\n:1\r\n+OK\r\n");
    assert_silent(&mut w, 100);
    r.cmd(&["SET", "k", "other"]);
    assert_silent(&mut w, 100);
    assert_eq!(s.handle.server.blocking.blocked_clients(), 1);
    assert_eq!(r.cmd(&["DEL", "k"]), ":1\r\n");
    assert_eq!(r.cmd(&["RPUSH", "k", "finally"]), ":1\r\n");
    assert_eq!(reply(&mut w), r"*2\r\n$1\r\nk\r\n$7\r\nfinally\r\n");
}

#[test]
fn transactions_are_isolated_from_waiters() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    send(&mut w, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 1);
    r.cmd(&["MULTI"]);
    r.cmd(&["LPUSH", "k", "a"]);
    r.cmd(&["LPUSH", "k", "b"]);
    r.cmd(&["LPUSH", "k", "c"]);
    r.cmd(&["LRANGE", "k", "0", "-1"]);
    assert_eq!(
        r.cmd(&["EXEC"]),
        "*4\r\n:1\r\n:2\r\n:3\r\n*3\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n"
    );
    assert_eq!(reply(&mut w), r"*2\r\n$1\r\nk\r\n$1\r\nc\r\n");
    assert_eq!(
        r.cmd(&["LRANGE", "k", "0", "-1"]),
        "*2\r\n$1\r\nb\r\n$1\r\na\r\n"
    );
}

#[test]
fn keys_moved_into_place_wake_waiters() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    send(&mut w, &["BLPOP", "foo", "0"]);
    wait_blocked(&s, 1);
    r.cmd(&["LPUSH", "bob", "abc", "def", "hij"]);
    assert_eq!(r.cmd(&["RENAME", "bob", "foo"]), "+OK\r\n");
    assert_eq!(reply(&mut w), r"*2\r\n$3\r\nfoo\r\n$3\r\nhij\r\n");
    r.cmd(&["DEL", "foo"]);

    send(&mut w, &["BLPOP", "foo", "5"]);
    wait_blocked(&s, 1);
    r.cmd(&[
        "LPUSH",
        "notfoo",
        "hello",
        "hola",
        "aguacate",
        "konichiwa",
        "zanzibar",
    ]);
    r.cmd(&["SORT", "notfoo", "ALPHA", "STORE", "foo"]);
    assert_eq!(reply(&mut w), r"*2\r\n$3\r\nfoo\r\n$8\r\naguacate\r\n");
    r.cmd(&["DEL", "foo"]);

    send(&mut w, &["BLPOP", "foo", "0"]);
    wait_blocked(&s, 1);
    r.cmd(&["SELECT", "3"]);
    r.cmd(&["RPUSH", "foo", "from-db3"]);
    assert_eq!(r.cmd(&["MOVE", "foo", "0"]), ":1\r\n");
    assert_eq!(reply(&mut w), r"*2\r\n$3\r\nfoo\r\n$8\r\nfrom-db3\r\n");
}

#[test]
fn killed_or_disconnected_waiters_leave_the_queue() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut killed = s.raw();
    let id = client_id(&mut killed);
    send(&mut killed, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["CLIENT", "KILL", "ID", &id]), ":1\r\n");
    assert!(killed.is_closed());
    wait_blocked(&s, 0);
    {
        let mut gone = s.raw();
        send(&mut gone, &["BRPOP", "k", "0"]);
        wait_blocked(&s, 1);
    }
    wait_blocked(&s, 0);
    // Nobody takes the element any more.
    assert_eq!(r.cmd(&["RPUSH", "k", "a"]), ":1\r\n");
    assert_eq!(r.cmd(&["LLEN", "k"]), ":1\r\n");
}

#[test]
fn client_unblock_with_timeout_or_error() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    let id = client_id(&mut w);
    assert_eq!(r.cmd(&["CLIENT", "UNBLOCK", &id]), ":0\r\n", "not blocked");
    send(&mut w, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["CLIENT", "UNBLOCK", &id]), ":1\r\n");
    assert_eq!(reply(&mut w), r"*-1\r\n");
    send(&mut w, &["BLMOVE", "k", "d", "LEFT", "LEFT", "0"]);
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["CLIENT", "UNBLOCK", &id, "TIMEOUT"]), ":1\r\n");
    assert_eq!(reply(&mut w), r"*-1\r\n");
    send(&mut w, &["BLMPOP", "0", "1", "k", "LEFT"]);
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["CLIENT", "UNBLOCK", &id, "ERROR"]), ":1\r\n");
    assert_eq!(
        reply(&mut w),
        r"-UNBLOCKED client unblocked via CLIENT UNBLOCK\r\n"
    );
    assert_eq!(r.cmd(&["CLIENT", "UNBLOCK", &id, "ERROR"]), ":0\r\n");
    wait_blocked(&s, 0);
    // The unblocked client no longer waits: the element stays.
    assert_eq!(r.cmd(&["RPUSH", "k", "a"]), ":1\r\n");
    assert_eq!(w.cmd(&["LLEN", "k"]), ":1\r\n");
    // The helper other code can call directly.
    w.cmd(&["DEL", "k"]);
    send(&mut w, &["BRPOP", "k", "0"]);
    wait_blocked(&s, 1);
    let numeric: u64 = id.parse().unwrap();
    assert!(respite::server::blocking::unblock(
        &s.handle.server,
        numeric,
        true
    ));
    assert_eq!(
        reply(&mut w),
        r"-UNBLOCKED client unblocked via CLIENT UNBLOCK\r\n"
    );
    assert!(!respite::server::blocking::unblock(
        &s.handle.server,
        numeric,
        false
    ));
}

#[test]
fn commands_pipelined_after_a_blocking_one_wait_for_it() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    w.send(b"*3\r\n$5\r\nBLPOP\r\n$1\r\nk\r\n$1\r\n0\r\n*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nLLEN\r\n$1\r\nk\r\n");
    wait_blocked(&s, 1);
    assert_silent(&mut w, 200);
    assert_eq!(r.cmd(&["RPUSH", "k", "a", "b"]), ":2\r\n");
    assert_eq!(reply(&mut w), r"*2\r\n$1\r\nk\r\n$1\r\na\r\n");
    assert_eq!(reply(&mut w), r"+PONG\r\n");
    assert_eq!(reply(&mut w), r":1\r\n");
    // Replies before the blocking command are written before it blocks.
    w.send(b"*1\r\n$4\r\nPING\r\n*3\r\n$5\r\nBLPOP\r\n$1\r\nz\r\n$1\r\n0\r\n");
    assert_eq!(reply(&mut w), r"+PONG\r\n");
    wait_blocked(&s, 1);
    assert_silent(&mut w, 100);
}

#[test]
fn blocked_clients_show_in_info_and_client_list() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut w = s.raw();
    let id = client_id(&mut w);
    send(&mut w, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 1);
    assert!(r
        .cmd(&["INFO", "clients"])
        .contains("blocked_clients:1\r\n"));
    let line = r.cmd(&["CLIENT", "LIST", "ID", &id]);
    assert!(line.contains(" flags=b "), "{line}");
    assert!(line.contains(" cmd=blpop "), "{line}");
    r.cmd(&["RPUSH", "k", "a"]);
    reply(&mut w);
    assert!(r
        .cmd(&["INFO", "clients"])
        .contains("blocked_clients:0\r\n"));
    let line = r.cmd(&["CLIENT", "LIST", "ID", &id]);
    assert!(line.contains(" flags=N "), "{line}");
}

#[test]
fn served_pops_propagate_after_the_write_that_woke_them() {
    let _g = shared();
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let mut r = s.raw();
    let mut w1 = s.raw();
    let mut w2 = s.raw();
    let mut w3 = s.raw();
    send(&mut w1, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 1);
    send(&mut w2, &["BLMOVE", "k", "d", "RIGHT", "LEFT", "0"]);
    wait_blocked(&s, 2);
    send(&mut w3, &["BLMPOP", "0", "1", "k", "LEFT", "COUNT", "5"]);
    wait_blocked(&s, 3);
    r.cmd(&["RPUSH", "k", "a", "b", "c", "d"]);
    for w in [&mut w1, &mut w2, &mut w3] {
        reply(w);
    }
    send(&mut w1, &["BRPOPLPUSH", "k", "d", "0"]);
    wait_blocked(&s, 1);
    r.cmd(&["LPUSH", "k", "x"]);
    reply(&mut w1);
    assert_eq!(
        propagated_commands(&mut rx),
        [
            "RPUSH k a b c d",
            "LPOP k",
            "LMOVE k d right left",
            "LPOP k 2",
            "LPUSH k x",
            "RPOPLPUSH k d",
        ]
    );
}

#[test]
fn no_element_is_lost_or_duplicated_when_timeouts_race_with_pushes() {
    let _g = shared();
    let s = TestServer::start();
    let port = s.port();
    let total = 600;
    let consumers: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(move || {
                let mut c = Raw::connect(port);
                let mut got = Vec::new();
                let mut idle = 0;
                while idle < 60 {
                    let text = escape(&c.read_after(&["BLPOP", "q", "0.002"]));
                    if text == r"*-1\r\n" {
                        idle += 1;
                    } else {
                        idle = 0;
                        got.push(text.rsplit(r"\r\n").nth(1).unwrap().to_string());
                    }
                }
                got
            })
        })
        .collect();
    let mut p = s.raw();
    for i in 0..total {
        p.cmd(&["RPUSH", "q", &i.to_string()]);
    }
    let mut all: Vec<String> = consumers
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    let left: usize = p.cmd(&["LLEN", "q"])[1..].trim().parse().unwrap();
    let got = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), got, "an element was delivered twice");
    assert_eq!(got + left, total, "an element was lost");
}

trait ReadAfter {
    fn read_after(&mut self, args: &[&str]) -> Vec<u8>;
}

impl ReadAfter for Raw {
    fn read_after(&mut self, args: &[&str]) -> Vec<u8> {
        let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
        self.send_cmd(&args);
        self.read_reply()
    }
}

/// utime + stime of this whole process, in clock ticks.
fn cpu_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    // Fields after the ")" closing the command name: state is field 3, utime 14, stime 15.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn blocked_clients_cost_no_cpu() {
    let _alone = CPU_QUIET.write().unwrap_or_else(|e| e.into_inner());
    let s = TestServer::start();
    let mut waiters: Vec<Raw> = (0..100).map(|_| s.raw()).collect();
    for (i, w) in waiters.iter_mut().enumerate() {
        let key = format!("key{i}");
        send(w, &["BLPOP", &key, "0"]);
    }
    wait_blocked(&s, 100);
    std::thread::sleep(Duration::from_millis(100));
    let before = cpu_ticks();
    std::thread::sleep(Duration::from_secs(1));
    let used = cpu_ticks() - before;
    // Clock ticks are 1/100 s: a busy loop would burn ~100 per core; waiting burns ~none.
    assert!(
        used <= 10,
        "100 blocked clients used {used} ticks of CPU in one second"
    );
    let mut r = s.raw();
    r.cmd(&["RPUSH", "key42", "v"]);
    assert_eq!(reply(&mut waiters[42]), r"*2\r\n$5\r\nkey42\r\n$1\r\nv\r\n");
}

#[test]
fn waiters_for_other_types_do_not_hold_up_the_queue() {
    let _g = shared();
    let s = TestServer::start();
    let mut r = s.raw();
    let mut zset_waiter = s.raw();
    let mut list_waiter = s.raw();
    send(&mut zset_waiter, &["BZPOPMIN", "k", "0"]);
    wait_blocked(&s, 1);
    send(&mut list_waiter, &["BLPOP", "k", "0"]);
    wait_blocked(&s, 2);
    assert_eq!(r.cmd(&["RPUSH", "k", "a"]), ":1\r\n");
    assert_eq!(reply(&mut list_waiter), r"*2\r\n$1\r\nk\r\n$1\r\na\r\n");
    assert_silent(&mut zset_waiter, 100);
    assert_eq!(r.cmd(&["ZADD", "k", "1", "m"]), ":1\r\n");
    assert_eq!(
        reply(&mut zset_waiter),
        r"*3\r\n$1\r\nk\r\n$1\r\nm\r\n$1\r\n1\r\n"
    );
}

#[test]
fn a_key_expired_when_served_leaves_its_waiter_blocked() {
    let _g = shared();
    let s = TestServer::with_args(&["--enable-debug-command", "yes"]);
    let mut rx = s.handle.server.propagation.subscribe();
    let mut r = s.raw();
    let mut w = s.raw();
    let id = client_id(&mut w);
    assert_eq!(r.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "0"]), "+OK\r\n");
    send(&mut w, &["BRPOP", "k", "0"]);
    wait_blocked(&s, 1);
    r.cmd(&["MULTI"]);
    r.cmd(&["RPUSH", "k", "hello"]);
    r.cmd(&["PEXPIRE", "k", "100"]);
    r.cmd(&["DEBUG", "SLEEP", "0.2"]);
    assert_eq!(r.cmd(&["EXEC"]), "*3\r\n:1\r\n:1\r\n+OK\r\n");
    assert!(r.cmd(&["CLIENT", "LIST", "ID", &id]).contains(" flags=b "));
    assert_eq!(r.cmd(&["CLIENT", "UNBLOCK", &id]), ":1\r\n");
    assert_eq!(reply(&mut w), r"*-1\r\n");
    let stream = propagated_commands(&mut rx);
    assert_eq!(stream.first().map(String::as_str), Some("MULTI"));
    assert_eq!(
        stream.last().map(String::as_str),
        Some("DEL k"),
        "{stream:?}"
    );
}
