//! String commands: GET/SET and variants, MGET/MSET, ranges, counters, LCS.
//!
//! Most tests are scripts of commands with the exact reply bytes redis-server 7.0.15 sent for
//! them (recorded against the real server); encodings and TTLs are read from the keyspace.

mod common;
use common::*;
use respite::db::Value;

/// A connection subscribed to every keyevent notification of database 0.
fn keyevent_listener(s: &TestServer) -> Raw {
    let mut sub = s.raw();
    assert_eq!(
        sub.cmd(&["CONFIG", "SET", "notify-keyspace-events", "KEA"]),
        "+OK\r\n"
    );
    sub.cmd(&["PSUBSCRIBE", "__keyevent@0__:*"]);
    sub
}

/// Reads `n` notifications as "event key", then checks nothing else arrived before a PING.
fn keyevents(sub: &mut Raw, n: usize) -> Vec<String> {
    let mut events = Vec::new();
    for _ in 0..n {
        let reply = String::from_utf8(sub.read_reply()).unwrap();
        let parts: Vec<&str> = reply.split("\r\n").collect();
        assert_eq!(parts[2], "pmessage", "{reply}");
        let event = parts[6].strip_prefix("__keyevent@0__:").unwrap();
        events.push(format!("{event} {}", parts[8]));
    }
    sub.send_cmd(&[b"PING"]);
    let next = String::from_utf8(sub.read_reply()).unwrap();
    assert!(next.contains("pong"), "more events than expected: {next}");
    events
}

/// The unix-ms deadline at the end of a propagated command, checked to be `ms` from now.
fn deadline_in(command: &str, ms: i64) -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let at: i64 = command.rsplit(' ').next().unwrap().parse().unwrap();
    assert!(
        (now + ms - 10_000..=now + ms).contains(&at),
        "{command}: deadline not {ms} ms from now"
    );
    at
}

#[test]
fn keyspace_events_match_redis() {
    let s = TestServer::start();
    let mut sub = keyevent_listener(&s);
    let mut r = s.raw();
    for cmd in [
        "SET k v",
        "SET k v EX 100",
        "SET k v4 NX",
        "SETNX k x",
        "SETNX n x",
        "SETEX k 100 v",
        "GETSET k w",
        "MSET a 1 b 2",
        "MSETNX a 1 c 3",
        "MSETNX c 1 d 2",
    ] {
        r.cmd(&cmd.split(' ').collect::<Vec<_>>());
    }
    let want = [
        "set k", "set k", "expire k", "set n", "set k", "expire k", "set k", "set a", "set b",
        "set c", "set d",
    ];
    assert_eq!(keyevents(&mut sub, want.len()), want);

    for cmd in [
        "GETEX k",
        "GETEX k EX 100",
        "GETEX k PERSIST",
        "GETEX k PERSIST",
        "GETEX k EXAT 1",
        "GETEX k EX 10",
        "SET k v",
        "GETDEL k",
        "GETDEL k",
    ] {
        r.cmd(&cmd.split(' ').collect::<Vec<_>>());
    }
    let want = ["expire k", "persist k", "del k", "set k", "del k"];
    assert_eq!(keyevents(&mut sub, want.len()), want);

    for cmd in [
        "APPEND k ab",
        "SETRANGE k 1 X",
        "SETRANGE z 0 ",
        "INCR n2",
        "DECR n2",
        "INCRBY n2 5",
        "DECRBY n2 2",
        "INCRBYFLOAT f 1.5",
        "INCR k",
        "INCRBYFLOAT k 1",
    ] {
        r.cmd(&cmd.split(' ').collect::<Vec<_>>());
    }
    let want = [
        "append k",
        "setrange k",
        "incrby n2",
        "incrby n2",
        "incrby n2",
        "incrby n2",
        "incrbyfloat f",
    ];
    assert_eq!(keyevents(&mut sub, want.len()), want);
}

#[test]
fn propagation_rewrites_match_redis() {
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let mut r = s.raw();
    for cmd in [
        "SET k v",
        "SET k v EX 100",
        "SET k v2 KEEPTTL GET",
        "SET k v3 GET get",
        "SET k v4 NX",
        "SET k v5 XX GET PX 5000",
        "SETNX k x",
        "SETNX n x",
        "SETEX k 100 v",
        "PSETEX k 100000 v",
        "GETSET k w",
        "MSETNX a 1 n 3",
    ] {
        r.cmd(&cmd.split(' ').collect::<Vec<_>>());
    }
    let got = propagated_commands(&mut rx);
    assert_eq!(got.len(), 9, "{got:?}");
    assert_eq!(got[0], "SET k v");
    assert_eq!(
        got[1],
        format!("SET k v PXAT {}", deadline_in(&got[1], 100_000))
    );
    assert_eq!(got[2..4], ["SET k v2 KEEPTTL", "SET k v3"]);
    assert_eq!(
        got[4],
        format!("SET k v5 PXAT {}", deadline_in(&got[4], 5_000))
    );
    assert_eq!(got[5], "SETNX n x");
    assert_eq!(
        got[6],
        format!("SET k v PXAT {}", deadline_in(&got[6], 100_000))
    );
    assert_eq!(
        got[7],
        format!("SET k v PXAT {}", deadline_in(&got[7], 100_000))
    );
    assert_eq!(got[8], "SET k w", "a failed MSETNX is not propagated");

    for cmd in [
        "SET k v",
        "GETEX k",
        "GETEX k EX 100",
        "GETEX k PXAT 4102444800000",
        "GETEX k PERSIST",
        "GETEX k PERSIST",
        "GETEX k EXAT 1",
        "GETEX k EX 10",
        "SET k v",
        "GETDEL k",
        "GETDEL k",
    ] {
        r.cmd(&cmd.split(' ').collect::<Vec<_>>());
    }
    let got = propagated_commands(&mut rx);
    assert_eq!(got.len(), 7, "{got:?}");
    assert_eq!(
        got[1],
        format!("PEXPIREAT k {}", deadline_in(&got[1], 100_000))
    );
    assert_eq!(
        got[2..],
        [
            "PEXPIREAT k 4102444800000",
            "PERSIST k",
            "DEL k",
            "SET k v",
            "DEL k"
        ]
    );

    for cmd in [
        "APPEND k ab",
        "SETRANGE k 1 X",
        "SETRANGE k 1 ",
        "INCR c",
        "DECRBY c 2",
        "INCRBYFLOAT f 1.5",
        "SET f 1 EX 100",
        "INCRBYFLOAT f 10.1",
        "INCR k",
    ] {
        r.cmd(&cmd.split(' ').collect::<Vec<_>>());
    }
    let got = propagated_commands(&mut rx);
    assert_eq!(got.len(), 7, "{got:?}");
    assert_eq!(
        got[..5],
        [
            "APPEND k ab",
            "SETRANGE k 1 X",
            "INCR c",
            "DECRBY c 2",
            "SET f 1.5 KEEPTTL"
        ]
    );
    assert_eq!(got[6], "SET f 11.1 KEEPTTL");
}

#[test]
fn big_binary_values_round_trip() {
    let s = TestServer::start();
    let mut r = s.raw();
    let value: Vec<u8> = (0..1_000_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    r.send_cmd(&[b"SET", b"big", &value]);
    assert_eq!(r.read_reply(), b"+OK\r\n");
    r.send_cmd(&[b"APPEND", b"big", &value]);
    assert_eq!(r.read_reply(), b":2000000\r\n");
    r.send_cmd(&[b"GET", b"big"]);
    let mut want = b"$2000000\r\n".to_vec();
    want.extend_from_slice(&value);
    want.extend_from_slice(&value);
    want.extend_from_slice(b"\r\n");
    assert!(
        r.read_reply() == want,
        "GET returns the appended value unchanged"
    );
    r.send_cmd(&[b"GETRANGE", b"big", b"999998", b"1000001"]);
    let mut want = b"$4\r\n".to_vec();
    want.extend_from_slice(&value[999_998..]);
    want.extend_from_slice(&value[..2]);
    want.extend_from_slice(b"\r\n");
    assert_eq!(r.read_reply(), want);
    assert_eq!(encoding_of(&s, "big"), Some("raw"));
}

/// GETRANGE against a plain slice of the value, over many index pairs (both signs).
#[test]
fn getrange_agrees_with_slicing() {
    let s = TestServer::start();
    let mut r = s.raw();
    let value = b"0123456789abcdefghij";
    r.send_cmd(&[b"SET", b"k", value]);
    r.read_reply();
    let len = value.len() as i64;
    for start in -25..25i64 {
        for end in -25..25i64 {
            let (from, to) = (
                if start < 0 { len + start } else { start },
                if end < 0 { len + end } else { end },
            );
            let (from, to) = (from.max(0), to.max(0).min(len - 1));
            let want = if (start < 0 && end < 0 && start > end) || from > to {
                &value[..0]
            } else {
                &value[from as usize..=to as usize]
            };
            let reply = r.cmd(&["GETRANGE", "k", &start.to_string(), &end.to_string()]);
            assert_eq!(
                reply,
                format!("${}\r\n{}\r\n", want.len(), String::from_utf8_lossy(want)),
                "GETRANGE k {start} {end}"
            );
        }
    }
}

#[test]
fn get_set_basics() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET k v"#, r#"+OK\r\n"#),
            (r#"GET k"#, r#"$1\r\nv\r\n"#),
            (r#"GET missing"#, r#"$-1\r\n"#),
            (r#"SET empty """#, r#"+OK\r\n"#),
            (r#"GET empty"#, r#"$0\r\n\r\n"#),
            (r#"STRLEN empty"#, r#":0\r\n"#),
            (r#"SET bin "\x00\xff\r\n\x80 a""#, r#"+OK\r\n"#),
            (r#"GET bin"#, r#"$7\r\n\x00\xff\r\n\x80 a\r\n"#),
            (r#"STRLEN bin"#, r#":7\r\n"#),
            (r#"SET k v extra"#, r#"-ERR syntax error\r\n"#),
            (
                r#"SET k"#,
                r#"-ERR wrong number of arguments for 'set' command\r\n"#,
            ),
            (
                r#"GET"#,
                r#"-ERR wrong number of arguments for 'get' command\r\n"#,
            ),
            (
                r#"GET k k"#,
                r#"-ERR wrong number of arguments for 'get' command\r\n"#,
            ),
        ],
    );
    put_value(&s, "list", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"GET list"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"SET list x"#, r#"+OK\r\n"#),
            (r#"GET list"#, r#"$1\r\nx\r\n"#),
        ],
    );
}

#[test]
fn set_options() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET k 1 NX"#, r#"+OK\r\n"#),
            (r#"SET k 2 NX"#, r#"$-1\r\n"#),
            (r#"GET k"#, r#"$1\r\n1\r\n"#),
            (r#"SET k 3 XX"#, r#"+OK\r\n"#),
            (r#"GET k"#, r#"$1\r\n3\r\n"#),
            (r#"SET nokey 1 XX"#, r#"$-1\r\n"#),
            (r#"EXISTS nokey"#, r#":0\r\n"#),
            (r#"SET k v nx xx"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v xx nx"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v NX NX"#, r#"$-1\r\n"#),
            (r#"SET k v XX XX"#, r#"+OK\r\n"#),
            (r#"SET k v bogus"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v EX"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v PX 100 EX 10"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v EX 10 KEEPTTL"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v KEEPTTL PX 10"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v EXAT 10 PXAT 10"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v PERSIST"#, r#"-ERR syntax error\r\n"#),
            (
                r#"SET k v EX 0"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET k v EX -5"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET k v PX 0"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET k v EX abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"SET k v PX 1.5"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"SET k v EX 9223372036854775"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET k v EX 9223372036854776"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET k v PX 9223372036854775807"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET k v EXAT 0"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET k v PXAT -1"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET k v EXAT 9223372036854775808"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET k v EX 100 EX 200"#, r#"+OK\r\n"#),
        ],
    );
    let t = pttl_of(&s, "k");
    assert!((194000..=200000).contains(&t), "@ttl k 195 200: {t}");
    expect_replies(&mut r, &[(r#"SET k v EX abc EX 300"#, r#"+OK\r\n"#)]);
    let t = pttl_of(&s, "k");
    assert!((294000..=300000).contains(&t), "@ttl k 295 300: {t}");
    expect_replies(&mut r, &[(r#"SET k v PX 100000"#, r#"+OK\r\n"#)]);
    let t = pttl_of(&s, "k");
    assert!((90000..=100000).contains(&t), "@pttl k 90000 100000: {t}");
    expect_replies(&mut r, &[(r#"SET k v KEEPTTL"#, r#"+OK\r\n"#)]);
    let t = pttl_of(&s, "k");
    assert!((90000..=100000).contains(&t), "@pttl k 90000 100000: {t}");
    expect_replies(&mut r, &[(r#"SET k v KEEPTTL KEEPTTL"#, r#"+OK\r\n"#)]);
    let t = pttl_of(&s, "k");
    assert!((90000..=100000).contains(&t), "@pttl k 90000 100000: {t}");
    expect_replies(&mut r, &[(r#"SET k v"#, r#"+OK\r\n"#)]);
    assert_eq!(expire_at_of(&s, "k"), -1);
    expect_replies(&mut r, &[(r#"SET k v XX PX 50000 GET"#, r#"$1\r\nv\r\n"#)]);
    let t = pttl_of(&s, "k");
    assert!((40000..=50000).contains(&t), "@pttl k 40000 50000: {t}");
    expect_replies(&mut r, &[(r#"SET k v PXAT 4102444800000"#, r#"+OK\r\n"#)]);
    assert_eq!(expire_at_of(&s, "k"), 4102444800000);
    expect_replies(&mut r, &[(r#"SET k v EXAT 4102444800"#, r#"+OK\r\n"#)]);
    assert_eq!(expire_at_of(&s, "k"), 4102444800000);
    expect_replies(
        &mut r,
        &[(r#"SET k v exat 4102444800 xx get"#, r#"$1\r\nv\r\n"#)],
    );
    assert_eq!(expire_at_of(&s, "k"), 4102444800000);
}

#[test]
fn set_get_option() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET k v1 GET"#, r#"$-1\r\n"#),
            (r#"SET k v2 GET"#, r#"$2\r\nv1\r\n"#),
            (r#"SET k v3 GET GET"#, r#"$2\r\nv2\r\n"#),
            (r#"GET k"#, r#"$2\r\nv3\r\n"#),
            (r#"SET k v4 GET NX"#, r#"$2\r\nv3\r\n"#),
            (r#"GET k"#, r#"$2\r\nv3\r\n"#),
            (r#"SET new v GET NX"#, r#"$-1\r\n"#),
            (r#"GET new"#, r#"$1\r\nv\r\n"#),
            (r#"SET k2 v GET XX"#, r#"$-1\r\n"#),
            (r#"EXISTS k2"#, r#":0\r\n"#),
            (r#"SET k v5 GET XX"#, r#"$2\r\nv3\r\n"#),
            (r#"GET k"#, r#"$2\r\nv5\r\n"#),
        ],
    );
    put_value(&s, "list", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[(
            r#"SET list v GET"#,
            r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
        )],
    );
    assert_eq!(
        with_entry(&s, "list", |e| e.map(|e| e.value.type_name())),
        Some("list")
    );
    expect_replies(
        &mut r,
        &[
            (
                r#"SET list v GET EX 0"#,
                r#"-ERR invalid expire time in 'set' command\r\n"#,
            ),
            (
                r#"SET list v GET NX"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SET list v GET XX"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
        ],
    );
    assert_eq!(
        with_entry(&s, "list", |e| e.map(|e| e.value.type_name())),
        Some("list")
    );
    expect_replies(
        &mut r,
        &[
            (r#"SET k 12 get"#, r#"$2\r\nv5\r\n"#),
            (r#"SET k 13 get"#, r#"$2\r\n12\r\n"#),
            (r#"GET k"#, r#"$2\r\n13\r\n"#),
        ],
    );
}

#[test]
fn setnx_setex_psetex() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SETNX k a"#, r#":1\r\n"#),
            (r#"SETNX k b"#, r#":0\r\n"#),
            (r#"GET k"#, r#"$1\r\na\r\n"#),
            (
                r#"SETNX k"#,
                r#"-ERR wrong number of arguments for 'setnx' command\r\n"#,
            ),
            (
                r#"SETNX k a b"#,
                r#"-ERR wrong number of arguments for 'setnx' command\r\n"#,
            ),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(&mut r, &[(r#"SETNX l v"#, r#":0\r\n"#)]);
    assert_eq!(
        with_entry(&s, "l", |e| e.map(|e| e.value.type_name())),
        Some("list")
    );
    expect_replies(&mut r, &[(r#"SETEX k 100 v"#, r#"+OK\r\n"#)]);
    let t = pttl_of(&s, "k");
    assert!((94000..=100000).contains(&t), "@ttl k 95 100: {t}");
    expect_replies(
        &mut r,
        &[
            (r#"GET k"#, r#"$1\r\nv\r\n"#),
            (
                r#"SETEX k 0 v"#,
                r#"-ERR invalid expire time in 'setex' command\r\n"#,
            ),
            (
                r#"SETEX k -1 v"#,
                r#"-ERR invalid expire time in 'setex' command\r\n"#,
            ),
            (
                r#"SETEX k abc v"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETEX k 9223372036854776 v"#,
                r#"-ERR invalid expire time in 'setex' command\r\n"#,
            ),
            (r#"SETEX l 100 v"#, r#"+OK\r\n"#),
        ],
    );
    assert_eq!(
        with_entry(&s, "l", |e| e.map(|e| e.value.type_name())),
        Some("string")
    );
    expect_replies(
        &mut r,
        &[
            (
                r#"SETEX k 100"#,
                r#"-ERR wrong number of arguments for 'setex' command\r\n"#,
            ),
            (r#"PSETEX k 100000 v2"#, r#"+OK\r\n"#),
        ],
    );
    let t = pttl_of(&s, "k");
    assert!((90000..=100000).contains(&t), "@pttl k 90000 100000: {t}");
    expect_replies(
        &mut r,
        &[
            (r#"GET k"#, r#"$2\r\nv2\r\n"#),
            (
                r#"PSETEX k 0 v"#,
                r#"-ERR invalid expire time in 'psetex' command\r\n"#,
            ),
            (
                r#"PSETEX k -10 v"#,
                r#"-ERR invalid expire time in 'psetex' command\r\n"#,
            ),
            (
                r#"PSETEX k 1.5 v"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"PSETEX k 9223372036854775807 v"#,
                r#"-ERR invalid expire time in 'psetex' command\r\n"#,
            ),
            (r#"SETEX n 100 12345"#, r#"+OK\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n"), Some("int"));
    expect_replies(&mut r, &[(r#"SETEX n 100 abc"#, r#"+OK\r\n"#)]);
    assert_eq!(encoding_of(&s, "n"), Some("embstr"));
}

#[test]
fn getex_options() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"GETEX missing"#, r#"$-1\r\n"#),
            (r#"GETEX missing EX 10"#, r#"$-1\r\n"#),
            (r#"GETEX missing EX abc"#, r#"$-1\r\n"#),
            (r#"GETEX missing bogus"#, r#"-ERR syntax error\r\n"#),
            (r#"SET k v"#, r#"+OK\r\n"#),
            (r#"GETEX k"#, r#"$1\r\nv\r\n"#),
        ],
    );
    assert_eq!(expire_at_of(&s, "k"), -1);
    expect_replies(&mut r, &[(r#"GETEX k EX 100"#, r#"$1\r\nv\r\n"#)]);
    let t = pttl_of(&s, "k");
    assert!((94000..=100000).contains(&t), "@ttl k 95 100: {t}");
    expect_replies(&mut r, &[(r#"GETEX k PX 200000"#, r#"$1\r\nv\r\n"#)]);
    let t = pttl_of(&s, "k");
    assert!((190000..=200000).contains(&t), "@pttl k 190000 200000: {t}");
    expect_replies(&mut r, &[(r#"GETEX k PERSIST"#, r#"$1\r\nv\r\n"#)]);
    assert_eq!(expire_at_of(&s, "k"), -1);
    expect_replies(&mut r, &[(r#"GETEX k PERSIST"#, r#"$1\r\nv\r\n"#)]);
    assert_eq!(expire_at_of(&s, "k"), -1);
    expect_replies(&mut r, &[(r#"GETEX k EXAT 4102444800"#, r#"$1\r\nv\r\n"#)]);
    assert_eq!(expire_at_of(&s, "k"), 4102444800000);
    expect_replies(
        &mut r,
        &[(r#"GETEX k PXAT 4102444800123"#, r#"$1\r\nv\r\n"#)],
    );
    assert_eq!(expire_at_of(&s, "k"), 4102444800123);
    expect_replies(
        &mut r,
        &[
            (
                r#"GETEX k EX 0"#,
                r#"-ERR invalid expire time in 'getex' command\r\n"#,
            ),
            (
                r#"GETEX k EX -1"#,
                r#"-ERR invalid expire time in 'getex' command\r\n"#,
            ),
            (
                r#"GETEX k PX abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"GETEX k EX 9223372036854776"#,
                r#"-ERR invalid expire time in 'getex' command\r\n"#,
            ),
            (
                r#"GETEX k EXAT 0"#,
                r#"-ERR invalid expire time in 'getex' command\r\n"#,
            ),
            (r#"GETEX k EX 10 PX 10"#, r#"-ERR syntax error\r\n"#),
            (r#"GETEX k EX 10 PERSIST"#, r#"-ERR syntax error\r\n"#),
            (r#"GETEX k PERSIST EX 10"#, r#"-ERR syntax error\r\n"#),
            (r#"GETEX k PERSIST PERSIST"#, r#"$1\r\nv\r\n"#),
            (r#"GETEX k EX 10 EX 1000"#, r#"$1\r\nv\r\n"#),
        ],
    );
    let t = pttl_of(&s, "k");
    assert!((994000..=1000000).contains(&t), "@ttl k 995 1000: {t}");
    expect_replies(
        &mut r,
        &[
            (r#"GETEX k KEEPTTL"#, r#"-ERR syntax error\r\n"#),
            (r#"GETEX k NX"#, r#"-ERR syntax error\r\n"#),
            (r#"GETEX k GET"#, r#"-ERR syntax error\r\n"#),
            (r#"GETEX k EX"#, r#"-ERR syntax error\r\n"#),
            (r#"GETEX k persist"#, r#"$1\r\nv\r\n"#),
        ],
    );
    assert_eq!(expire_at_of(&s, "k"), -1);
    expect_replies(
        &mut r,
        &[
            (r#"GETEX k PXAT 1"#, r#"$1\r\nv\r\n"#),
            (r#"EXISTS k"#, r#":0\r\n"#),
            (r#"SET k v"#, r#"+OK\r\n"#),
            (r#"GETEX k EXAT 1"#, r#"$1\r\nv\r\n"#),
            (r#"EXISTS k"#, r#":0\r\n"#),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"GETEX l"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GETEX l EX 10"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GETEX l EX abc"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"GETEX l bogus"#, r#"-ERR syntax error\r\n"#),
            (
                r#"GETEX"#,
                r#"-ERR wrong number of arguments for 'getex' command\r\n"#,
            ),
            (r#"SET n 123"#, r#"+OK\r\n"#),
            (r#"GETEX n EX 100"#, r#"$3\r\n123\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n"), Some("int"));
}

#[test]
fn getdel_getset() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"GETDEL missing"#, r#"$-1\r\n"#),
            (r#"SET k v"#, r#"+OK\r\n"#),
            (r#"GETDEL k"#, r#"$1\r\nv\r\n"#),
            (r#"EXISTS k"#, r#":0\r\n"#),
            (r#"GETDEL k"#, r#"$-1\r\n"#),
            (r#"SET k v EX 100"#, r#"+OK\r\n"#),
            (r#"GETDEL k"#, r#"$1\r\nv\r\n"#),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[(
            r#"GETDEL l"#,
            r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
        )],
    );
    assert_eq!(
        with_entry(&s, "l", |e| e.map(|e| e.value.type_name())),
        Some("list")
    );
    expect_replies(
        &mut r,
        &[
            (
                r#"GETDEL"#,
                r#"-ERR wrong number of arguments for 'getdel' command\r\n"#,
            ),
            (
                r#"GETDEL a b"#,
                r#"-ERR wrong number of arguments for 'getdel' command\r\n"#,
            ),
            (r#"GETSET k v1"#, r#"$-1\r\n"#),
            (r#"GETSET k v2"#, r#"$2\r\nv1\r\n"#),
            (r#"GET k"#, r#"$2\r\nv2\r\n"#),
            (r#"SET k v EX 100"#, r#"+OK\r\n"#),
            (r#"GETSET k v3"#, r#"$1\r\nv\r\n"#),
        ],
    );
    assert_eq!(expire_at_of(&s, "k"), -1);
    expect_replies(
        &mut r,
        &[(
            r#"GETSET l v"#,
            r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
        )],
    );
    assert_eq!(
        with_entry(&s, "l", |e| e.map(|e| e.value.type_name())),
        Some("list")
    );
    expect_replies(
        &mut r,
        &[
            (
                r#"GETSET k"#,
                r#"-ERR wrong number of arguments for 'getset' command\r\n"#,
            ),
            (r#"GETSET k 42"#, r#"$2\r\nv3\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "k"), Some("int"));
    expect_replies(&mut r, &[(r#"GETSET k abc"#, r#"$2\r\n42\r\n"#)]);
    assert_eq!(encoding_of(&s, "k"), Some("embstr"));
}

#[test]
fn mset_msetnx_mget() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"MSET a 1 b 2 c 3"#, r#"+OK\r\n"#),
            (
                r#"MGET a b c missing"#,
                r#"*4\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$-1\r\n"#,
            ),
            (
                r#"MSET a"#,
                r#"-ERR wrong number of arguments for 'mset' command\r\n"#,
            ),
            (
                r#"MSET a 1 b"#,
                r#"-ERR wrong number of arguments for 'mset' command\r\n"#,
            ),
            (
                r#"MSETNX a"#,
                r#"-ERR wrong number of arguments for 'msetnx' command\r\n"#,
            ),
            (
                r#"MSETNX a 1 b"#,
                r#"-ERR wrong number of arguments for 'msetnx' command\r\n"#,
            ),
            (r#"MSETNX a 10 x 20"#, r#":0\r\n"#),
            (r#"MGET a x"#, r#"*2\r\n$1\r\n1\r\n$-1\r\n"#),
            (r#"MSETNX x 1 y 2"#, r#":1\r\n"#),
            (r#"MGET x y"#, r#"*2\r\n$1\r\n1\r\n$1\r\n2\r\n"#),
            (r#"MSETNX z 1 z 2"#, r#":1\r\n"#),
            (r#"GET z"#, r#"$1\r\n2\r\n"#),
            (r#"MSETNX z 3 z 4"#, r#":0\r\n"#),
            (r#"GET z"#, r#"$1\r\n2\r\n"#),
            (r#"MSET dup 1 dup 2"#, r#"+OK\r\n"#),
            (r#"GET dup"#, r#"$1\r\n2\r\n"#),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (r#"MGET a l missing"#, r#"*3\r\n$1\r\n1\r\n$-1\r\n$-1\r\n"#),
            (r#"MSET l v"#, r#"+OK\r\n"#),
        ],
    );
    assert_eq!(
        with_entry(&s, "l", |e| e.map(|e| e.value.type_name())),
        Some("string")
    );
    expect_replies(
        &mut r,
        &[
            (r#"SET t v EX 100"#, r#"+OK\r\n"#),
            (r#"MSET t w"#, r#"+OK\r\n"#),
        ],
    );
    assert_eq!(expire_at_of(&s, "t"), -1);
    expect_replies(&mut r, &[(r#"MSET n 100 s hello"#, r#"+OK\r\n"#)]);
    assert_eq!(encoding_of(&s, "n"), Some("int"));
    assert_eq!(encoding_of(&s, "s"), Some("embstr"));
    expect_replies(
        &mut r,
        &[
            (
                r#"MGET"#,
                r#"-ERR wrong number of arguments for 'mget' command\r\n"#,
            ),
            (r#"MSET "" empty"#, r#"+OK\r\n"#),
            (r#"GET """#, r#"$5\r\nempty\r\n"#),
        ],
    );
}

#[test]
fn append_strlen() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"APPEND k hello"#, r#":5\r\n"#),
            (r#"APPEND k " world""#, r#":11\r\n"#),
            (r#"GET k"#, r#"$11\r\nhello world\r\n"#),
            (r#"STRLEN k"#, r#":11\r\n"#),
            (r#"STRLEN missing"#, r#":0\r\n"#),
            (r#"APPEND n 12"#, r#":2\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n"), Some("int"));
    expect_replies(&mut r, &[(r#"APPEND n 3"#, r#":3\r\n"#)]);
    assert_eq!(encoding_of(&s, "n"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"GET n"#, r#"$3\r\n123\r\n"#),
            (r#"INCR n"#, r#":124\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n"), Some("int"));
    expect_replies(
        &mut r,
        &[
            (r#"APPEND e """#, r#":0\r\n"#),
            (r#"EXISTS e"#, r#":1\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "e"), Some("embstr"));
    expect_replies(&mut r, &[(r#"APPEND e """#, r#":0\r\n"#)]);
    assert_eq!(encoding_of(&s, "e"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"APPEND b "\x00\xff""#, r#":2\r\n"#),
            (r#"APPEND b "\x01""#, r#":3\r\n"#),
            (r#"GET b"#, r#"$3\r\n\x00\xff\x01\r\n"#),
            (r#"STRLEN b"#, r#":3\r\n"#),
            (r#"SET t v EX 100"#, r#"+OK\r\n"#),
            (r#"APPEND t w"#, r#":2\r\n"#),
        ],
    );
    let t = pttl_of(&s, "t");
    assert!((94000..=100000).contains(&t), "@ttl t 95 100: {t}");
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"APPEND l x"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"STRLEN l"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"SET i -555"#, r#"+OK\r\n"#),
            (r#"STRLEN i"#, r#":4\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "i"), Some("int"));
    expect_replies(
        &mut r,
        &[(
            r#"SET long 0123456789012345678901234567890123456789abcd"#,
            r#"+OK\r\n"#,
        )],
    );
    assert_eq!(encoding_of(&s, "long"), Some("embstr"));
    expect_replies(
        &mut r,
        &[
            (r#"STRLEN long"#, r#":44\r\n"#),
            (
                r#"SET long2 0123456789012345678901234567890123456789abcde"#,
                r#"+OK\r\n"#,
            ),
        ],
    );
    assert_eq!(encoding_of(&s, "long2"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (
                r#"APPEND k"#,
                r#"-ERR wrong number of arguments for 'append' command\r\n"#,
            ),
            (
                r#"STRLEN"#,
                r#"-ERR wrong number of arguments for 'strlen' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn getrange_substr() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET k "Hello World""#, r#"+OK\r\n"#),
            (r#"GETRANGE k 0 3"#, r#"$4\r\nHell\r\n"#),
            (r#"GETRANGE k 0 -1"#, r#"$11\r\nHello World\r\n"#),
            (r#"GETRANGE k -4 -1"#, r#"$4\r\norld\r\n"#),
            (r#"GETRANGE k 5 3"#, r#"$0\r\n\r\n"#),
            (r#"GETRANGE k 5 5000"#, r#"$6\r\n World\r\n"#),
            (r#"GETRANGE k -5000 10000"#, r#"$11\r\nHello World\r\n"#),
            (r#"GETRANGE k -1 -5"#, r#"$0\r\n\r\n"#),
            (r#"GETRANGE k -5 -1"#, r#"$5\r\nWorld\r\n"#),
            (r#"GETRANGE k 100 200"#, r#"$0\r\n\r\n"#),
            (r#"GETRANGE k 0 0"#, r#"$1\r\nH\r\n"#),
            (r#"GETRANGE k -100 -50"#, r#"$1\r\nH\r\n"#),
            (
                r#"GETRANGE k 0 9223372036854775807"#,
                r#"$11\r\nHello World\r\n"#,
            ),
            (
                r#"GETRANGE k -9223372036854775808 9223372036854775807"#,
                r#"$11\r\nHello World\r\n"#,
            ),
            (r#"GETRANGE k 0 4294967297"#, r#"$11\r\nHello World\r\n"#),
            (
                r#"GETRANGE k a 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"GETRANGE k 0 b"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"GETRANGE k 1.5 2"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"GETRANGE missing 0 -1"#, r#"$0\r\n\r\n"#),
            (
                r#"GETRANGE missing a b"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SUBSTR k 0 4"#, r#"$5\r\nHello\r\n"#),
            (r#"SUBSTR k -3 -1"#, r#"$3\r\nrld\r\n"#),
            (r#"SUBSTR missing 0 1"#, r#"$0\r\n\r\n"#),
            (r#"SET n 1234"#, r#"+OK\r\n"#),
            (r#"GETRANGE n 0 2"#, r#"$3\r\n123\r\n"#),
            (r#"GETRANGE n -3 -1"#, r#"$3\r\n234\r\n"#),
            (r#"GETRANGE n 3 5000"#, r#"$1\r\n4\r\n"#),
            (r#"GETRANGE n 5 3"#, r#"$0\r\n\r\n"#),
            (r#"SET e """#, r#"+OK\r\n"#),
            (r#"GETRANGE e 0 -1"#, r#"$0\r\n\r\n"#),
            (r#"GETRANGE e 0 0"#, r#"$0\r\n\r\n"#),
            (r#"GETRANGE e -1 0"#, r#"$0\r\n\r\n"#),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"GETRANGE l 0 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GETRANGE l x 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"GETRANGE k 0"#,
                r#"-ERR wrong number of arguments for 'getrange' command\r\n"#,
            ),
            (
                r#"SUBSTR k 0"#,
                r#"-ERR wrong number of arguments for 'substr' command\r\n"#,
            ),
            (r#"SET b "\x00\xff\xfe""#, r#"+OK\r\n"#),
            (r#"GETRANGE b 1 1"#, r#"$1\r\n\xff\r\n"#),
            (r#"GETRANGE b -2 -1"#, r#"$2\r\n\xff\xfe\r\n"#),
        ],
    );
}

#[test]
fn setrange_cases() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SETRANGE k 0 foo"#, r#":3\r\n"#),
            (r#"GET k"#, r#"$3\r\nfoo\r\n"#),
            (r#"SETRANGE e 0 """#, r#":0\r\n"#),
            (r#"EXISTS e"#, r#":0\r\n"#),
            (r#"SETRANGE p 1 foo"#, r#":4\r\n"#),
            (r#"GET p"#, r#"$4\r\n\x00foo\r\n"#),
            (r#"SETRANGE e 100 """#, r#":0\r\n"#),
            (r#"EXISTS e"#, r#":0\r\n"#),
            (r#"SET k foo"#, r#"+OK\r\n"#),
            (r#"SETRANGE k 0 b"#, r#":3\r\n"#),
            (r#"GET k"#, r#"$3\r\nboo\r\n"#),
            (r#"SETRANGE k 0 """#, r#":3\r\n"#),
            (r#"SETRANGE k 1 b"#, r#":3\r\n"#),
            (r#"GET k"#, r#"$3\r\nbbo\r\n"#),
            (r#"SETRANGE k 4 bar"#, r#":7\r\n"#),
            (r#"GET k"#, r#"$7\r\nbbo\x00bar\r\n"#),
            (r#"STRLEN k"#, r#":7\r\n"#),
            (r#"SET n 1234"#, r#"+OK\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n"), Some("int"));
    expect_replies(&mut r, &[(r#"SETRANGE n 0 2"#, r#":4\r\n"#)]);
    assert_eq!(encoding_of(&s, "n"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"GET n"#, r#"$4\r\n2234\r\n"#),
            (r#"SET n 1234"#, r#"+OK\r\n"#),
            (r#"SETRANGE n 0 """#, r#":4\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n"), Some("int"));
    expect_replies(
        &mut r,
        &[
            (r#"SETRANGE n 5 2"#, r#":6\r\n"#),
            (r#"GET n"#, r#"$6\r\n1234\x002\r\n"#),
            (r#"SETRANGE k -1 x"#, r#"-ERR offset is out of range\r\n"#),
            (
                r#"SETRANGE k abc x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETRANGE k 1.5 x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETRANGE k 9223372036854775808 x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETRANGE k 536870912 x"#,
                r#"-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n"#,
            ),
            (
                r#"SETRANGE k 536870908 world"#,
                r#"-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n"#,
            ),
            (
                r#"SETRANGE new 536870912 x"#,
                r#"-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n"#,
            ),
            (r#"EXISTS new"#, r#":0\r\n"#),
            (
                r#"SETRANGE k 9223372036854775807 x"#,
                r#"-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n"#,
            ),
            (
                r#"SETRANGE k 2147483647 x"#,
                r#"-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n"#,
            ),
            (r#"SETRANGE k 536870912 """#, r#":7\r\n"#),
            (r#"SETRANGE new 536870912 """#, r#":0\r\n"#),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"SETRANGE l 0 x"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SETRANGE l 0 """#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"SETRANGE l -1 x"#, r#"-ERR offset is out of range\r\n"#),
            (r#"SET t v EX 100"#, r#"+OK\r\n"#),
            (r#"SETRANGE t 0 w"#, r#":1\r\n"#),
        ],
    );
    let t = pttl_of(&s, "t");
    assert!((94000..=100000).contains(&t), "@ttl t 95 100: {t}");
    expect_replies(
        &mut r,
        &[
            (r#"SETRANGE bin 2 "\xff\x00""#, r#":4\r\n"#),
            (r#"GET bin"#, r#"$4\r\n\x00\x00\xff\x00\r\n"#),
            (
                r#"SETRANGE k 0"#,
                r#"-ERR wrong number of arguments for 'setrange' command\r\n"#,
            ),
        ],
    );
    assert_eq!(encoding_of(&s, "p"), Some("raw"));
}

#[test]
fn incr_decr() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"INCR c"#, r#":1\r\n"#),
            (r#"INCR c"#, r#":2\r\n"#),
            (r#"GET c"#, r#"$1\r\n2\r\n"#),
            (r#"DECR c"#, r#":1\r\n"#),
            (r#"DECR d"#, r#":-1\r\n"#),
            (r#"INCRBY c 10"#, r#":11\r\n"#),
            (r#"DECRBY c 3"#, r#":8\r\n"#),
            (r#"INCRBY c -5"#, r#":3\r\n"#),
            (r#"DECRBY c -5"#, r#":8\r\n"#),
            (r#"SET c 17179869184"#, r#"+OK\r\n"#),
            (r#"INCR c"#, r#":17179869185\r\n"#),
            (r#"INCRBY c 17179869184"#, r#":34359738369\r\n"#),
            (r#"DECRBY c 34359738370"#, r#":-1\r\n"#),
            (r#"SET m 9223372036854775806"#, r#"+OK\r\n"#),
            (r#"INCR m"#, r#":9223372036854775807\r\n"#),
            (
                r#"INCR m"#,
                r#"-ERR increment or decrement would overflow\r\n"#,
            ),
            (r#"GET m"#, r#"$19\r\n9223372036854775807\r\n"#),
            (r#"INCRBY m -1"#, r#":9223372036854775806\r\n"#),
            (r#"INCRBY m 0"#, r#":9223372036854775806\r\n"#),
            (r#"SET m -9223372036854775807"#, r#"+OK\r\n"#),
            (r#"DECR m"#, r#":-9223372036854775808\r\n"#),
            (
                r#"DECR m"#,
                r#"-ERR increment or decrement would overflow\r\n"#,
            ),
            (
                r#"DECRBY m 1"#,
                r#"-ERR increment or decrement would overflow\r\n"#,
            ),
            (r#"SET m 0"#, r#"+OK\r\n"#),
            (
                r#"INCRBY m 9223372036854775807"#,
                r#":9223372036854775807\r\n"#,
            ),
            (
                r#"INCRBY m 1"#,
                r#"-ERR increment or decrement would overflow\r\n"#,
            ),
            (
                r#"DECRBY m -9223372036854775808"#,
                r#"-ERR decrement would overflow\r\n"#,
            ),
            (r#"DECRBY m 9223372036854775807"#, r#":0\r\n"#),
            (
                r#"DECRBY m 9223372036854775808"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"INCRBY m -9223372036854775808"#,
                r#":-9223372036854775808\r\n"#,
            ),
            (r#"SET s " 11""#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s "11 ""#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s "+1""#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s 01"#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s 1.0"#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s abc"#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s """#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s -0"#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s 99999999999999999999"#, r#"+OK\r\n"#),
            (
                r#"INCR s"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"INCRBY c abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"INCRBY c 1.5"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"INCRBY c """#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"DECRBY c 9223372036854775808"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"INCRBY c"#,
                r#"-ERR wrong number of arguments for 'incrby' command\r\n"#,
            ),
            (
                r#"INCR"#,
                r#"-ERR wrong number of arguments for 'incr' command\r\n"#,
            ),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"INCR l"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"INCRBY l abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"DECRBY l 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"SET t 5 EX 100"#, r#"+OK\r\n"#),
            (r#"INCR t"#, r#":6\r\n"#),
        ],
    );
    let t = pttl_of(&s, "t");
    assert!((94000..=100000).contains(&t), "@ttl t 95 100: {t}");
    expect_replies(&mut r, &[(r#"SET b 10"#, r#"+OK\r\n"#)]);
    assert_eq!(encoding_of(&s, "b"), Some("int"));
    expect_replies(&mut r, &[(r#"INCR b"#, r#":11\r\n"#)]);
    assert_eq!(encoding_of(&s, "b"), Some("int"));
    expect_replies(&mut r, &[(r#"SET big 12345678901234567"#, r#"+OK\r\n"#)]);
    assert_eq!(encoding_of(&s, "big"), Some("int"));
    expect_replies(&mut r, &[(r#"INCR big"#, r#":12345678901234568\r\n"#)]);
    assert_eq!(encoding_of(&s, "big"), Some("int"));
    expect_replies(&mut r, &[(r#"SETRANGE r 0 5"#, r#":1\r\n"#)]);
    assert_eq!(encoding_of(&s, "r"), Some("raw"));
    expect_replies(&mut r, &[(r#"INCR r"#, r#":6\r\n"#)]);
    assert_eq!(encoding_of(&s, "r"), Some("int"));
    expect_replies(&mut r, &[(r#"GET r"#, r#"$1\r\n6\r\n"#)]);
}

#[test]
fn incrbyfloat_cases() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"INCRBYFLOAT f 1"#, r#"$1\r\n1\r\n"#),
            (r#"GET f"#, r#"$1\r\n1\r\n"#),
            (r#"INCRBYFLOAT f 0.25"#, r#"$4\r\n1.25\r\n"#),
            (r#"SET f 10.5"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT f 0.1"#, r#"$4\r\n10.6\r\n"#),
            (r#"SET f 1.5"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT f 1.5"#, r#"$1\r\n3\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "f"), Some("embstr"));
    expect_replies(
        &mut r,
        &[
            (r#"SET f 17179869184"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT f 1.5"#, r#"$13\r\n17179869185.5\r\n"#),
            (
                r#"INCRBYFLOAT f 17179869184"#,
                r#"$13\r\n34359738369.5\r\n"#,
            ),
            (r#"SET f 1"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT f -1.1"#, r#"$4\r\n-0.1\r\n"#),
            (r#"SET f 3"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT f 1.0e3"#, r#"$4\r\n1003\r\n"#),
            (r#"INCRBYFLOAT f -0x10"#, r#"$3\r\n987\r\n"#),
            (r#"INCRBYFLOAT f 5e-3"#, r#"$7\r\n987.005\r\n"#),
            (
                r#"INCRBYFLOAT f 1e300"#,
                r#"$301\r\n1000000000000000000008997324079559193870523944273290747938260082321265646596180935755849152083750497190350372508614274835903592556184672983913096260520748646287327135641843653294084255107606016789726652932370030551382947620994540294772781889620606179267611627097410650567187386105690089424915104006144\r\n"#,
            ),
            (r#"INCRBYFLOAT f -1e300"#, r#"$1\r\n0\r\n"#),
            (r#"SET f 0"#, r#"+OK\r\n"#),
            (
                r#"INCRBYFLOAT f inf"#,
                r#"-ERR increment would produce NaN or Infinity\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f +inf"#,
                r#"-ERR increment would produce NaN or Infinity\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f -inf"#,
                r#"-ERR increment would produce NaN or Infinity\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f nan"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f abc"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f """#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f " 1""#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f "1 ""#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"SET f inf"#, r#"+OK\r\n"#),
            (
                r#"INCRBYFLOAT f 1"#,
                r#"-ERR increment would produce NaN or Infinity\r\n"#,
            ),
            (r#"SET f " 11""#, r#"+OK\r\n"#),
            (
                r#"INCRBYFLOAT f 1"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"SET f "11 ""#, r#"+OK\r\n"#),
            (
                r#"INCRBYFLOAT f 1"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"SET f abc"#, r#"+OK\r\n"#),
            (
                r#"INCRBYFLOAT f 1"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"SET f 1"#, r#"+OK\r\n"#),
            (r#"SETRANGE f 2 2"#, r#":3\r\n"#),
            (
                r#"INCRBYFLOAT f 1"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"DEL f"#, r#":1\r\n"#),
            (
                r#"INCRBYFLOAT f 0.024390243902439025"#,
                r#"$19\r\n0.02439024390243902\r\n"#,
            ),
            (r#"INCRBYFLOAT f -0.024390243902439025"#, r#"$1\r\n0\r\n"#),
            (r#"GET f"#, r#"$1\r\n0\r\n"#),
            (r#"SET f 0.1"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT f 0.2"#, r#"$3\r\n0.3\r\n"#),
            (
                r#"INCRBYFLOAT f 1e20"#,
                r#"$21\r\n100000000000000000000\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f 1.18e4932"#,
                r#"$4933\r\n1180000000000000000000652812918093699202690437140160471729831240061836527728446996012081496266122792766769526197391834470385973446835903298007991162169912966947483432647234577200620123818005620603216257683072266755211783073893898892841127338796175305374054091321687546156682155069073575171445007331886449883972605670279112001894706223479273103388187109252411475067321186171650490014973281786310961801892974347811555972675118076008364474119889409096902972911571111722000012900838073028887876011653413722049093775689610052158171712672675312191860205707373857429696551375461512237222374125392296878412490926543256444715457885744757843332317750009750044474026536227473904108356153561601836754442548437331630037906553604744949536052094844982697237163293846595793258042695214484990516867168618164099787322518019960254607003540997954076606590858795050113610840630804766871136616096982025230870439467519299693068341253864352069045881626821806916079867754639859469835409085083594237523080292455434741052868642836835210064989898506786513997391275147656863273129451676352529023424735216484708541519480383689313518880865332035386986581272618282622263294922458522487092489246848496220427191942086507486544776470922310619000995917510864138006375800351059431677908692814905392594556749361661108507097928847605190877634012108914507104486113446632140122768706008638984440444198305569232385679153938559797935021816219139585866861382724251371364526030115222178568045453654547409741333506956237640992066929023173269233654683532111622851704286923188006244792169250738500363927791147370600107300854922046256077724098335184191723549570219751132076688397032232131864422262128386814242042433021010643793830637879715393923070470176438389631582735600410608292223519551435722202597740323075649281123602380362432096140576547879322985016432010390630709666677007420717046036747982344446642247311826011876662720752591997603001901888151960861797042788112416889721405076107717310955903048252818561918602080662514292460866146139724050582377608975562156524273382537932855085468816961079044082733624654313500464992566968563697686008555988481210914042712850600793163708299712413566896579577491705957884445667058253741893317205684197536054822744804652416156580893826000572389070053936205923925166847319592734073740337961359180888245875673002110522779038346737920578235219062791324852056744699697950909270492071436126295948101137596430106513153861481385093555883246892187259379586908398955559139676430431479041029234127555336912060788541520162560158359279679421628678763992736089307860030752828652481868251222163929309566396626089930340364495283446510762008616030226734269488012978691544148687956832009063891719358442436062152955251648426046186743362865128313040543008364722577148548027503143662437092951494462744876143865873898575005587453968482256732226717507658830506541647189181112311971028195238821918504810628023248710999797545027520421514318196657569279971379239736676020452238303630497519919062153480653628449604451332111593716402554065177980694979163881698664541180149135653819092130890109215017921974689654229453155826443979960995798006711235595049584766811146505145397676813614581856512743436620813791643836651522272332831696150579335013786807977229817660274534189290709809957605037228977004713897424909992111564890380469059240068268195012694238538547910270782388685619277638094729075696231217932047081103452374538517611467369583161657057019250658156584566311760738135047415894967698889479470998763402046639180166784535208471077226676674420718691260687095485255502405982930311543281379958121633960951545538186059161675736792549198479360379338077007658139765639411871980771712876794736882693152594905636817771717256161474945775626291015767245783686711048852979080350509093989705813580682340461941673878215932907453122698607571183890061732925060115917356544095445249070071768322356448499125701280357593963898576429238363088779913522269912151170691843124741654779703628298511668041961733504412886903504715530467459998504788206824665238902254950663954466568653288005962656430119998695515993470186527833359024963284846521178530217508807249178797004385647567166371327186563619329837048997946816148541945186413857471386857078776530085336734879705024425740156796735855611847123888963075899234846068840714524970118470213153132490140015479629784422040282291288184207579459126070922819823027630691045768306394804642695159976638779238653664752673668473688927285292071386058263554978370880801473686040877448001619541811581977953772054500693749326440604142213617411543965585681360612179143186325343731925121620800797331500927455994370918404760496715673880488648459134567112619105219946835578284848821815852069426615994552896338947261882518183064552386711352852580742354189795068806327879421241741669861493568089037690852168828912932235771572050086275752407863937093313987791716297259294404240787898515981799475248091913789298771782383555351070887222606896512585853888628785152\r\n"#,
            ),
            (r#"SET f 5"#, r#"+OK\r\n"#),
            (
                r#"INCRBYFLOAT f 1.1e4932"#,
                r#"$4933\r\n1099999999999999999974373107528241817659030869279043407734988001817024145106513112504247507989334878520248308281361039478032934883265306874247558219180296632615879769284426144446587301862925949044860103916345584575444940764072805023841127038694056136469796496577126541639538344365510095288710750981114492840403606011035722140950388865380426626956598546884662554156676899849274474003946737153202663113471019038507440355784997612447212190315662150842498356408074864010786635463165434158504462993091203108212159354301043245621277048030590981217752749212401923243127138342167748918430168950395586853357811402450292366170936077374287304280516496791243181744660062034825766801562331288150173113824584687813457202545074014431803319775315998574294061353416922646887741547820181608294728217534644103487399058533712092272305657732870431777406038928081305932744454766811852554655135914113871013315952423872114812576001290757699422940111221911945045555478113741593424829620020501745005161710852074978186012721939150513407866391014807697433774795954470026204995541086095733716024007432033404098852964387711906037511284559079635511511105265001649140398250845901004463286876433863964550221008676952276372763575067911963853973001567055756406569343128045403641205087980394365831369003383371685227603278316511752728825492551800986973888739380062196017445702056808445069966439845998936831463863177685365729564195287455361289677323687699873017110388717240797343316362732376481099624642042706786493959231517121398104419805714616715338680064974161422455804452567918920783640928588852013556050411583586757800270730283623088608996390812328255730910963083908032153603402103429802759514853593616153177067415500911713676922818119941758485502483713233836391339711841574287048214054398466058177648133951583659697856319367061612039944071671309477097363997509664406124665760289811187313097505600091492012780926469541380190748595297191682855137672939243900595892243809281653980678128535594541228440218634574770280704029980829588473167907433901747603664817549052020034363401122401934497142344372734618140572998330462995589527034982774919647972676484630128249232151111400418665059666503407412833853472426302097183776179610563338678157970778598436154852230047505079011474601450756518383098667900525033393730130873831407982398320863044521090953981107647680374498820504991155090311321944715075464093659603368699803397944284348470932230600497140776992039106460467277241357274444180967598387038056950513122745966308365514701933261279467260780160047872244699873110020313983169069446477846410770223000745472326974222305733387182924217259845948288427247030039382730488672890229875724957711454218804526205902529773029920794664316040495109529187373742219119822413974416337644618016902599598961368374895207391065016376787494616448057680729910798524806625099187066004462348989545247911652754375344583008535499532314813905020948248399115016943815715937994396941618435619169772385095396152416767195742049851747613446789499374318798671625381003617099318979921187323092570719108388936497413021570787532233753573732786708918585920746076107959919806474257304522391293937223772917858124175606129639031362747570161480150988788136235047002696138807315834676967498996056893633045100327055704032355749831583184677746838894850303565926247689146391879788439427269920324541554278141768823388006416617704470227965980425854679637276674238801946369896560455431159381910870233417834630593573883650136801998237960628020208247398481757468084566811835562055730279594121590811427373679641364043894097024788364847476979150654114561895755972439261022946239838345042369327640360307656142990885171448040586898198259723915086866804741833530114682089637546435457028154781181140931264907183459409078936729981544306081683010025321003041561883391470801186929063790223066325097692289553470222652062743716817355209725137427212444146559934968597141351682488626743327756829921471593990068872438225701901480173844607644558335922716519091818910648440929906650467666042330589650648201165134007539549842213154851674975025009949919518589140278940864888841740301067579841024563714682594585397073634656151707861040438536974108573443444281454191384584475697323062320067494855247657937783341904958252264900431607261250517735640918806139627134190829662969929928161163150996697459754147389369654546789346295061279066556987634926829726090875108170773496087213988428078725430074999430133270176603727855456303366522730112671767574399401456844648538462547659531008270166403919064525301187429965384383165284377279321704286099496402949518133649750949806158890635637969041636190902934947020628579214382009278904086610444871161338666575623527742889622596223558611437936647589192801663915111889094971481486408327912032020150988471330536026172285448434458991524947597084554968263341074076517000345409674031798358143745760733861343415397393159190284273438760077636163984763308746185933756214688892548733454529957267178522323242088136704\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f 1.1e4932"#,
                r#"-ERR increment would produce NaN or Infinity\r\n"#,
            ),
            (r#"SET f 1"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT f 1e-400"#, r#"$1\r\n1\r\n"#),
            (r#"INCRBYFLOAT f 1e-4950"#, r#"$1\r\n1\r\n"#),
            (r#"INCRBYFLOAT f 5.5"#, r#"$3\r\n6.5\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "f"), Some("embstr"));
    expect_replies(
        &mut r,
        &[
            (r#"SET t 1 EX 100"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT t 1"#, r#"$1\r\n2\r\n"#),
        ],
    );
    let t = pttl_of(&s, "t");
    assert!((94000..=100000).contains(&t), "@ttl t 95 100: {t}");
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"INCRBYFLOAT l 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"INCRBYFLOAT l abc"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"INCRBYFLOAT f"#,
                r#"-ERR wrong number of arguments for 'incrbyfloat' command\r\n"#,
            ),
            (r#"SET f 123456789012345678"#, r#"+OK\r\n"#),
            (r#"INCRBYFLOAT f 1"#, r#"$18\r\n123456789012345679\r\n"#),
            (
                r#"INCRBYFLOAT g 12345678901234567890123456789012345678901234567890"#,
                r#"$50\r\n12345678901234567890019423336468287027557880037376\r\n"#,
            ),
        ],
    );
    assert_eq!(encoding_of(&s, "g"), Some("raw"));
}

#[test]
fn lcs_cases() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"MSET a{t} ohmytext b{t} mynewtext"#, r#"+OK\r\n"#),
            (r#"LCS a{t} b{t}"#, r#"$6\r\nmytext\r\n"#),
            (r#"LCS a{t} b{t} LEN"#, r#":6\r\n"#),
            (
                r#"LCS a{t} b{t} IDX"#,
                r#"*4\r\n$7\r\nmatches\r\n*2\r\n*2\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n*2\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n$3\r\nlen\r\n:6\r\n"#,
            ),
            (
                r#"LCS a{t} b{t} IDX MINMATCHLEN 4"#,
                r#"*4\r\n$7\r\nmatches\r\n*1\r\n*2\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n$3\r\nlen\r\n:6\r\n"#,
            ),
            (
                r#"LCS a{t} b{t} IDX MINMATCHLEN 4 WITHMATCHLEN"#,
                r#"*4\r\n$7\r\nmatches\r\n*1\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n$3\r\nlen\r\n:6\r\n"#,
            ),
            (
                r#"LCS a{t} b{t} IDX WITHMATCHLEN"#,
                r#"*4\r\n$7\r\nmatches\r\n*2\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n*3\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n:2\r\n$3\r\nlen\r\n:6\r\n"#,
            ),
            (
                r#"LCS a{t} b{t} LEN IDX"#,
                r#"-ERR If you want both the length and indexes, please just use IDX.\r\n"#,
            ),
            (
                r#"LCS a{t} b{t} IDX LEN"#,
                r#"-ERR If you want both the length and indexes, please just use IDX.\r\n"#,
            ),
            (r#"LCS a{t} b{t} MINMATCHLEN"#, r#"-ERR syntax error\r\n"#),
            (
                r#"LCS a{t} b{t} MINMATCHLEN abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"LCS a{t} b{t} MINMATCHLEN -5 IDX"#,
                r#"*4\r\n$7\r\nmatches\r\n*2\r\n*2\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n*2\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n$3\r\nlen\r\n:6\r\n"#,
            ),
            (r#"LCS a{t} b{t} FOO"#, r#"-ERR syntax error\r\n"#),
            (r#"LCS a{t} b{t} WITHMATCHLEN"#, r#"$6\r\nmytext\r\n"#),
            (r#"LCS a{t} b{t} MINMATCHLEN 2 LEN"#, r#":6\r\n"#),
            (r#"LCS a{t} missing{t}"#, r#"$0\r\n\r\n"#),
            (
                r#"LCS missing{t} a{t} IDX"#,
                r#"*4\r\n$7\r\nmatches\r\n*0\r\n$3\r\nlen\r\n:0\r\n"#,
            ),
            (r#"LCS missing{t} other{t} LEN"#, r#":0\r\n"#),
            (
                r#"LCS missing{t} other{t} IDX"#,
                r#"*4\r\n$7\r\nmatches\r\n*0\r\n$3\r\nlen\r\n:0\r\n"#,
            ),
            (
                r#"LCS a{t} a{t} IDX WITHMATCHLEN"#,
                r#"*4\r\n$7\r\nmatches\r\n*1\r\n*3\r\n*2\r\n:0\r\n:7\r\n*2\r\n:0\r\n:7\r\n:8\r\n$3\r\nlen\r\n:8\r\n"#,
            ),
        ],
    );
    put_value(&s, "l{t}", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"LCS a{t} l{t}"#,
                r#"-ERR The specified keys must contain string values\r\n"#,
            ),
            (
                r#"LCS l{t} a{t} FOO"#,
                r#"-ERR The specified keys must contain string values\r\n"#,
            ),
            (
                r#"LCS l{t} missing{t} LEN IDX"#,
                r#"-ERR The specified keys must contain string values\r\n"#,
            ),
            (
                r#"LCS a{t}"#,
                r#"-ERR wrong number of arguments for 'lcs' command\r\n"#,
            ),
            (r#"SET n1{t} 12345"#, r#"+OK\r\n"#),
            (r#"SET n2{t} 2340"#, r#"+OK\r\n"#),
            (
                r#"LCS n1{t} n2{t} IDX WITHMATCHLEN"#,
                r#"*4\r\n$7\r\nmatches\r\n*1\r\n*3\r\n*2\r\n:1\r\n:3\r\n*2\r\n:0\r\n:2\r\n:3\r\n$3\r\nlen\r\n:3\r\n"#,
            ),
            (r#"SET x{t} "a\x00b\xffc""#, r#"+OK\r\n"#),
            (r#"SET y{t} "\x00\xffc""#, r#"+OK\r\n"#),
            (r#"LCS x{t} y{t}"#, r#"$3\r\n\x00\xffc\r\n"#),
            (
                r#"LCS x{t} y{t} IDX"#,
                r#"*4\r\n$7\r\nmatches\r\n*2\r\n*2\r\n*2\r\n:3\r\n:4\r\n*2\r\n:1\r\n:2\r\n*2\r\n*2\r\n:1\r\n:1\r\n*2\r\n:0\r\n:0\r\n$3\r\nlen\r\n:3\r\n"#,
            ),
            (r#"SET p{t} abcdefgh"#, r#"+OK\r\n"#),
            (r#"SET q{t} xbcyzfgh"#, r#"+OK\r\n"#),
            (
                r#"LCS p{t} q{t} IDX WITHMATCHLEN MINMATCHLEN 2"#,
                r#"*4\r\n$7\r\nmatches\r\n*2\r\n*3\r\n*2\r\n:5\r\n:7\r\n*2\r\n:5\r\n:7\r\n:3\r\n*3\r\n*2\r\n:1\r\n:2\r\n*2\r\n:1\r\n:2\r\n:2\r\n$3\r\nlen\r\n:5\r\n"#,
            ),
        ],
    );
    r.cmd(&["HELLO", "3"]);
    expect_replies(
        &mut r,
        &[
            (
                r#"LCS a{t} b{t} IDX WITHMATCHLEN"#,
                r#"%2\r\n$7\r\nmatches\r\n*2\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n*3\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n:2\r\n$3\r\nlen\r\n:6\r\n"#,
            ),
            (r#"LCS a{t} b{t} LEN"#, r#":6\r\n"#),
        ],
    );
}

#[test]
fn arity_errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (
                r#"GET"#,
                r#"-ERR wrong number of arguments for 'get' command\r\n"#,
            ),
            (
                r#"SET k"#,
                r#"-ERR wrong number of arguments for 'set' command\r\n"#,
            ),
            (
                r#"GETEX"#,
                r#"-ERR wrong number of arguments for 'getex' command\r\n"#,
            ),
            (
                r#"GETDEL"#,
                r#"-ERR wrong number of arguments for 'getdel' command\r\n"#,
            ),
            (
                r#"GETSET k"#,
                r#"-ERR wrong number of arguments for 'getset' command\r\n"#,
            ),
            (
                r#"SETNX k"#,
                r#"-ERR wrong number of arguments for 'setnx' command\r\n"#,
            ),
            (
                r#"SETEX k 1"#,
                r#"-ERR wrong number of arguments for 'setex' command\r\n"#,
            ),
            (
                r#"PSETEX k 1"#,
                r#"-ERR wrong number of arguments for 'psetex' command\r\n"#,
            ),
            (
                r#"MSET k"#,
                r#"-ERR wrong number of arguments for 'mset' command\r\n"#,
            ),
            (
                r#"MSETNX k"#,
                r#"-ERR wrong number of arguments for 'msetnx' command\r\n"#,
            ),
            (
                r#"MGET"#,
                r#"-ERR wrong number of arguments for 'mget' command\r\n"#,
            ),
            (
                r#"APPEND k"#,
                r#"-ERR wrong number of arguments for 'append' command\r\n"#,
            ),
            (
                r#"STRLEN"#,
                r#"-ERR wrong number of arguments for 'strlen' command\r\n"#,
            ),
            (
                r#"GETRANGE k 0"#,
                r#"-ERR wrong number of arguments for 'getrange' command\r\n"#,
            ),
            (
                r#"SUBSTR k 0"#,
                r#"-ERR wrong number of arguments for 'substr' command\r\n"#,
            ),
            (
                r#"SETRANGE k 0"#,
                r#"-ERR wrong number of arguments for 'setrange' command\r\n"#,
            ),
            (
                r#"INCR"#,
                r#"-ERR wrong number of arguments for 'incr' command\r\n"#,
            ),
            (
                r#"DECR"#,
                r#"-ERR wrong number of arguments for 'decr' command\r\n"#,
            ),
            (
                r#"INCRBY k"#,
                r#"-ERR wrong number of arguments for 'incrby' command\r\n"#,
            ),
            (
                r#"DECRBY k"#,
                r#"-ERR wrong number of arguments for 'decrby' command\r\n"#,
            ),
            (
                r#"INCRBYFLOAT k"#,
                r#"-ERR wrong number of arguments for 'incrbyfloat' command\r\n"#,
            ),
            (
                r#"LCS k"#,
                r#"-ERR wrong number of arguments for 'lcs' command\r\n"#,
            ),
            (
                r#"INCR k extra"#,
                r#"-ERR wrong number of arguments for 'incr' command\r\n"#,
            ),
            (
                r#"STRLEN k k"#,
                r#"-ERR wrong number of arguments for 'strlen' command\r\n"#,
            ),
            (
                r#"GETRANGE k 0 1 2"#,
                r#"-ERR wrong number of arguments for 'getrange' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn size_limits_follow_proto_max_bulk_len() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"CONFIG SET proto-max-bulk-len 1048576"#, r#"+OK\r\n"#),
            (
                r#"SETRANGE k 1048576 x"#,
                r#"-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n"#,
            ),
            (r#"EXISTS k"#, r#":0\r\n"#),
            (r#"SETRANGE k 1048575 x"#, r#":1048576\r\n"#),
            (r#"STRLEN k"#, r#":1048576\r\n"#),
            (
                r#"APPEND k x"#,
                r#"-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n"#,
            ),
            (r#"STRLEN k"#, r#":1048576\r\n"#),
            (r#"SETRANGE k 1048575 y"#, r#":1048576\r\n"#),
            (r#"SETRANGE k 1048576 """#, r#":1048576\r\n"#),
            (
                r#"SETRANGE k 1048576 y"#,
                r#"-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n"#,
            ),
            (r#"SETRANGE x{t} 599 a"#, r#":600\r\n"#),
            (r#"SETRANGE y{t} 599 b"#, r#":600\r\n"#),
            (
                r#"LCS x{t} y{t} LEN"#,
                r#"-ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len\r\n"#,
            ),
            (r#"SETRANGE s{t} 400 a"#, r#":401\r\n"#),
            (r#"LCS s{t} y{t} LEN"#, r#":400\r\n"#),
            (r#"CONFIG SET proto-max-bulk-len 536870912"#, r#"+OK\r\n"#),
        ],
    );
}
