//! Pub/sub: subscriptions, patterns, shard channels, PUBSUB introspection, the RESP2 subscribed
//! context, RESP3 pushes, keyspace notifications, and slow subscribers.

mod common;
use common::*;
use std::io::Read;
use std::time::{Duration, Instant};

#[test]
fn subscribe_publish_unsubscribe() {
    let s = TestServer::start();
    let mut sub = s.raw();
    let mut publ = s.raw();
    sub.send_cmd(&[b"SUBSCRIBE", b"a", b"b"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$9\r\nsubscribe\r\n$1\r\na\r\n:1\r\n"
    );
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$9\r\nsubscribe\r\n$1\r\nb\r\n:2\r\n"
    );
    assert_eq!(publ.cmd(&["PUBLISH", "a", "hi"]), ":1\r\n");
    assert_eq!(publ.cmd(&["PUBLISH", "nobody", "hi"]), ":0\r\n");
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$7\r\nmessage\r\n$1\r\na\r\n$2\r\nhi\r\n"
    );
    assert_eq!(
        publ.cmd(&["PUBSUB", "NUMSUB", "a", "zz"]),
        "*4\r\n$1\r\na\r\n:1\r\n$2\r\nzz\r\n:0\r\n"
    );
    assert_eq!(publ.cmd(&["PUBSUB", "NUMPAT"]), ":0\r\n");
    sub.send_cmd(&[b"UNSUBSCRIBE", b"a"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$11\r\nunsubscribe\r\n$1\r\na\r\n:1\r\n"
    );
    sub.send_cmd(&[b"UNSUBSCRIBE"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$11\r\nunsubscribe\r\n$1\r\nb\r\n:0\r\n"
    );
    sub.send_cmd(&[b"UNSUBSCRIBE"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$11\r\nunsubscribe\r\n$-1\r\n:0\r\n"
    );
    // Out of the subscribed context, ordinary commands work again.
    assert_eq!(sub.cmd(&["SET", "k", "v"]), "+OK\r\n");
}

#[test]
fn patterns_and_counts() {
    let s = TestServer::start();
    let mut sub = s.raw();
    let mut publ = s.raw();
    sub.send_cmd(&[b"PSUBSCRIBE", b"news.*"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$10\r\npsubscribe\r\n$6\r\nnews.*\r\n:1\r\n"
    );
    sub.send_cmd(&[b"SUBSCRIBE", b"news.art"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$9\r\nsubscribe\r\n$8\r\nnews.art\r\n:2\r\n"
    );
    assert_eq!(
        publ.cmd(&["PUBLISH", "news.art", "x"]),
        ":2\r\n",
        "channel and pattern both count"
    );
    let first = String::from_utf8(sub.read_reply()).unwrap();
    let second = String::from_utf8(sub.read_reply()).unwrap();
    assert_eq!(
        first,
        "*3\r\n$7\r\nmessage\r\n$8\r\nnews.art\r\n$1\r\nx\r\n"
    );
    assert_eq!(
        second,
        "*4\r\n$8\r\npmessage\r\n$6\r\nnews.*\r\n$8\r\nnews.art\r\n$1\r\nx\r\n"
    );
    assert_eq!(publ.cmd(&["PUBSUB", "NUMPAT"]), ":1\r\n");
    assert_eq!(
        publ.cmd(&["PUBSUB", "CHANNELS", "news.*"]),
        "*1\r\n$8\r\nnews.art\r\n"
    );
    assert_eq!(publ.cmd(&["PUBSUB", "CHANNELS", "other*"]), "*0\r\n");
    sub.send_cmd(&[b"PUNSUBSCRIBE"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$12\r\npunsubscribe\r\n$6\r\nnews.*\r\n:1\r\n"
    );
}

#[test]
fn resp2_subscribed_context_and_ping() {
    let s = TestServer::start();
    let mut sub = s.raw();
    sub.send_cmd(&[b"SUBSCRIBE", b"a"]);
    sub.read_reply();
    assert_eq!(
        sub.cmd(&["GET", "k"]),
        "-ERR Can't execute 'get': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context\r\n"
    );
    assert_eq!(sub.cmd(&["PING"]), "*2\r\n$4\r\npong\r\n$0\r\n\r\n");
    assert_eq!(sub.cmd(&["PING", "x"]), "*2\r\n$4\r\npong\r\n$1\r\nx\r\n");
    assert_eq!(sub.cmd(&["RESET"]), "+RESET\r\n");
    assert_eq!(sub.cmd(&["PING"]), "+PONG\r\n");
}

#[test]
fn resp3_pushes_interleave_with_replies() {
    let s = TestServer::start();
    let mut sub = s.raw();
    let mut publ = s.raw();
    sub.cmd(&["HELLO", "3"]);
    sub.send_cmd(&[b"SUBSCRIBE", b"a"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        ">3\r\n$9\r\nsubscribe\r\n$1\r\na\r\n:1\r\n"
    );
    assert_eq!(
        sub.cmd(&["SET", "k", "v"]),
        "+OK\r\n",
        "RESP3 clients may run any command while subscribed"
    );
    publ.cmd(&["PUBLISH", "a", "m"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        ">3\r\n$7\r\nmessage\r\n$1\r\na\r\n$1\r\nm\r\n"
    );
    assert_eq!(sub.cmd(&["GET", "k"]), "$1\r\nv\r\n");
}

#[test]
fn shard_channels() {
    let s = TestServer::start();
    let mut sub = s.raw();
    let mut publ = s.raw();
    sub.send_cmd(&[b"SSUBSCRIBE", b"s1"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$10\r\nssubscribe\r\n$2\r\ns1\r\n:1\r\n"
    );
    assert_eq!(
        publ.cmd(&["PUBLISH", "s1", "x"]),
        ":0\r\n",
        "PUBLISH does not reach shard channels"
    );
    assert_eq!(publ.cmd(&["SPUBLISH", "s1", "y"]), ":1\r\n");
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$8\r\nsmessage\r\n$2\r\ns1\r\n$1\r\ny\r\n"
    );
    assert_eq!(publ.cmd(&["PUBSUB", "SHARDCHANNELS"]), "*1\r\n$2\r\ns1\r\n");
    assert_eq!(
        publ.cmd(&["PUBSUB", "SHARDNUMSUB", "s1"]),
        "*2\r\n$2\r\ns1\r\n:1\r\n"
    );
    sub.send_cmd(&[b"SUNSUBSCRIBE"]);
    assert_eq!(
        String::from_utf8(sub.read_reply()).unwrap(),
        "*3\r\n$12\r\nsunsubscribe\r\n$2\r\ns1\r\n:0\r\n"
    );
}

#[test]
fn disconnect_drops_subscriptions() {
    let s = TestServer::start();
    let mut publ = s.raw();
    {
        let mut sub = s.raw();
        sub.send_cmd(&[b"SUBSCRIBE", b"gone"]);
        sub.read_reply();
        assert_eq!(
            publ.cmd(&["PUBSUB", "NUMSUB", "gone"]),
            "*2\r\n$4\r\ngone\r\n:1\r\n"
        );
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while publ.cmd(&["PUBLISH", "gone", "x"]) != ":0\r\n" {
        assert!(
            Instant::now() < deadline,
            "subscription outlived its connection"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn keyspace_notifications() {
    let s = TestServer::start();
    let mut c = s.raw();
    let mut sub = s.raw();
    sub.send_cmd(&[b"PSUBSCRIBE", b"__key*__:*"]);
    sub.read_reply();
    // Off by default: nothing is published.
    c.cmd(&["SET", "quiet", "1"]);
    assert_eq!(
        c.cmd(&["CONFIG", "SET", "notify-keyspace-events", "KEA"]),
        "+OK\r\n"
    );
    c.cmd(&["SET", "foo", "bar"]);
    let a = String::from_utf8(sub.read_reply()).unwrap();
    let b = String::from_utf8(sub.read_reply()).unwrap();
    assert_eq!(
        a,
        "*4\r\n$8\r\npmessage\r\n$10\r\n__key*__:*\r\n$18\r\n__keyspace@0__:foo\r\n$3\r\nset\r\n"
    );
    assert_eq!(
        b,
        "*4\r\n$8\r\npmessage\r\n$10\r\n__key*__:*\r\n$18\r\n__keyevent@0__:set\r\n$3\r\nfoo\r\n"
    );
    // Only the keyevent channel, only generic events: DEL is seen, SET is not.
    c.cmd(&["CONFIG", "SET", "notify-keyspace-events", "Eg"]);
    c.cmd(&["SET", "foo", "baz"]);
    c.cmd(&["DEL", "foo"]);
    let del = String::from_utf8(sub.read_reply()).unwrap();
    assert_eq!(
        del,
        "*4\r\n$8\r\npmessage\r\n$10\r\n__key*__:*\r\n$18\r\n__keyevent@0__:del\r\n$3\r\nfoo\r\n"
    );
    // Expired keys are announced when actually removed.
    c.cmd(&["CONFIG", "SET", "notify-keyspace-events", "Ex"]);
    c.cmd(&["SET", "temp", "1", "PX", "30"]);
    let expired = String::from_utf8(sub.read_reply()).unwrap();
    assert_eq!(expired, "*4\r\n$8\r\npmessage\r\n$10\r\n__key*__:*\r\n$22\r\n__keyevent@0__:expired\r\n$4\r\ntemp\r\n");
}

/// A subscriber that never reads is disconnected once its output passes the pubsub hard limit,
/// and the publisher and a healthy subscriber are not held up meanwhile.
#[test]
fn slow_subscriber_is_cut_off() {
    let s = TestServer::start();
    let mut publ = s.raw();
    assert_eq!(
        publ.cmd(&[
            "CONFIG",
            "SET",
            "client-output-buffer-limit",
            "pubsub 256kb 0 0"
        ]),
        "+OK\r\n"
    );
    let mut slow = s.raw();
    slow.send_cmd(&[b"SUBSCRIBE", b"firehose"]);
    slow.read_reply();
    let mut healthy = s.raw();
    healthy.send_cmd(&[b"SUBSCRIBE", b"firehose"]);
    healthy.read_reply();
    let payload = "x".repeat(16 * 1024);
    let start = Instant::now();
    let mut last = String::new();
    for i in 0..400 {
        last = publ.cmd(&["PUBLISH", "firehose", &payload]);
        // The healthy subscriber keeps up.
        let msg = healthy.read_reply();
        assert!(msg.len() > 16 * 1024, "message {i}");
    }
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "publishing was held up by the slow subscriber"
    );
    assert_eq!(
        last, ":1\r\n",
        "the slow subscriber was dropped, only the healthy one remains"
    );
    // The slow client's socket is closed by the server (drain what was sent, then EOF).
    slow.stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0usize;
    loop {
        match slow.stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => total += n,
            Err(e) => panic!("slow subscriber not closed after {total} bytes: {e}"),
        }
    }
    assert!(
        total < 64 * 1024 * 1024,
        "memory for the slow subscriber stayed bounded"
    );
}

/// (Un)subscribe confirmations are pushes: CLIENT REPLY OFF or SKIP do not silence them, as
/// they do not silence messages; the replies around them stay silenced.
#[test]
fn confirmations_ignore_client_reply() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.send_cmd(&[b"CLIENT", b"REPLY", b"OFF"]);
    c.send_cmd(&[b"SUBSCRIBE", b"x"]);
    assert_eq!(
        String::from_utf8(c.read_reply()).unwrap(),
        "*3\r\n$9\r\nsubscribe\r\n$1\r\nx\r\n:1\r\n"
    );
    c.send_cmd(&[b"PING"]);
    c.send_cmd(&[b"UNSUBSCRIBE", b"x"]);
    assert_eq!(
        String::from_utf8(c.read_reply()).unwrap(),
        "*3\r\n$11\r\nunsubscribe\r\n$1\r\nx\r\n:0\r\n"
    );
    assert_eq!(c.cmd(&["CLIENT", "REPLY", "ON"]), "+OK\r\n");
    c.send_cmd(&[b"CLIENT", b"REPLY", b"SKIP"]);
    c.send_cmd(&[b"PSUBSCRIBE", b"p*"]);
    assert_eq!(
        String::from_utf8(c.read_reply()).unwrap(),
        "*3\r\n$10\r\npsubscribe\r\n$2\r\np*\r\n:1\r\n"
    );
    assert_eq!(
        c.cmd(&["PING"]),
        "*2\r\n$4\r\npong\r\n$0\r\n\r\n",
        "SKIP applied to PSUBSCRIBE only"
    );
}

/// PUNSUBSCRIBE without arguments answers in subscription order (Redis keeps a client's
/// patterns in a list); unsubscribing from nothing still answers once.
#[test]
fn punsubscribe_all_in_subscription_order() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.send_cmd(&[b"PSUBSCRIBE", b"c*", b"b*", b"a*", b"d*"]);
    for _ in 0..4 {
        c.read_reply();
    }
    c.send_cmd(&[b"PUNSUBSCRIBE"]);
    for (pattern, left) in [("c*", 3), ("b*", 2), ("a*", 1), ("d*", 0)] {
        assert_eq!(
            String::from_utf8(c.read_reply()).unwrap(),
            format!("*3\r\n$12\r\npunsubscribe\r\n$2\r\n{pattern}\r\n:{left}\r\n")
        );
    }
    assert_eq!(
        c.cmd(&["PUNSUBSCRIBE"]),
        "*3\r\n$12\r\npunsubscribe\r\n$-1\r\n:0\r\n"
    );
}

/// PUBSUB NUMSUB and SHARDNUMSUB answer for each channel asked, in order and repeats
/// included; CHANNELS with too many arguments is a subcommand syntax error.
#[test]
fn pubsub_introspection_replies() {
    let s = TestServer::start();
    let mut sub = s.raw();
    sub.send_cmd(&[b"SUBSCRIBE", b"a", b"b"]);
    sub.read_reply();
    sub.read_reply();
    sub.cmd(&["SSUBSCRIBE", "s1"]);
    let mut c = s.raw();
    assert_eq!(
        c.cmd(&["PUBSUB", "NUMSUB", "b", "a", "zz", "a"]),
        "*8\r\n$1\r\nb\r\n:1\r\n$1\r\na\r\n:1\r\n$2\r\nzz\r\n:0\r\n$1\r\na\r\n:1\r\n"
    );
    assert_eq!(
        c.cmd(&["PUBSUB", "SHARDNUMSUB", "s1", "zz"]),
        "*4\r\n$2\r\ns1\r\n:1\r\n$2\r\nzz\r\n:0\r\n"
    );
    assert_eq!(c.cmd(&["PUBSUB", "NUMSUB"]), "*0\r\n");
    assert_eq!(
        c.cmd(&["PUBSUB", "SHARDCHANNELS", "s*"]),
        "*1\r\n$2\r\ns1\r\n"
    );
    assert_eq!(
        c.cmd(&["PUBSUB", "CHANNELS", "a", "b"]),
        "-ERR unknown subcommand or wrong number of arguments for 'CHANNELS'. Try PUBSUB HELP.\r\n"
    );
    assert_eq!(
        c.cmd(&["PUBSUB", "NUMPAT", "x"]),
        "-ERR wrong number of arguments for 'pubsub|numpat' command\r\n"
    );
}

/// In RESP3 a subscribed client runs any command, transactions included; confirmations and
/// messages are pushes.
#[test]
fn resp3_subscriber_runs_commands_and_transactions() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.cmd(&["HELLO", "3"]);
    assert_eq!(
        c.cmd(&["SUBSCRIBE", "ch"]),
        ">3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n"
    );
    assert_eq!(c.cmd(&["SET", "k", "v"]), "+OK\r\n");
    assert_eq!(c.cmd(&["PING"]), "+PONG\r\n");
    c.cmd(&["MULTI"]);
    c.cmd(&["SUBSCRIBE", "y"]);
    c.cmd(&["GET", "k"]);
    assert_eq!(
        c.cmd(&["EXEC"]),
        "*2\r\n>3\r\n$9\r\nsubscribe\r\n$1\r\ny\r\n:2\r\n$1\r\nv\r\n"
    );
    let mut p = s.raw();
    assert_eq!(p.cmd(&["PUBLISH", "y", "hi"]), ":1\r\n");
    assert_eq!(
        String::from_utf8(c.read_reply()).unwrap(),
        ">3\r\n$7\r\nmessage\r\n$1\r\ny\r\n$2\r\nhi\r\n"
    );
}
