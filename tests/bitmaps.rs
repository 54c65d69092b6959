//! Bitmap commands: SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD, BITFIELD_RO.
//!
//! Most tests are scripts of commands with the exact reply bytes redis-server 7.0.15 sent for
//! them (recorded against the real server); encodings and TTLs are read from the keyspace.

mod common;
use common::*;
use respite::db::Value;

/// Writes that change nothing are neither notified nor propagated; BITFIELD counts every
/// field it changed. Sequences and events as redis-server 7.0.15 produced them.
#[test]
fn events_and_propagation_match_redis() {
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let mut sub = s.raw();
    assert_eq!(
        sub.cmd(&["CONFIG", "SET", "notify-keyspace-events", "KEA"]),
        "+OK\r\n"
    );
    sub.cmd(&["PSUBSCRIBE", "__keyevent@0__:*"]);
    let dirty_before = s
        .handle
        .server
        .dirty
        .load(std::sync::atomic::Ordering::Relaxed);
    let mut r = s.raw();
    for cmd in [
        "SETBIT b 3 1",
        "SETBIT b 3 1",
        "SETBIT b 3 0",
        "SETBIT b 100 0",
        "SETBIT b 100 0",
        "BITOP AND d b missing",
        "BITOP OR d b",
        "BITOP NOT d missing",
        "BITOP XOR e missing",
        "BITFIELD f SET u8 0 1",
        "BITFIELD f SET u8 0 1",
        "BITFIELD f SET u8 0 2 INCRBY u8 8 1 GET u8 0",
        "BITFIELD g OVERFLOW FAIL INCRBY u2 0 10",
        "BITFIELD g GET u8 0",
        "BITFIELD_RO g GET u8 0",
        "BITFIELD h SET u8 0 0",
        "BITFIELD h SET u8 0 0",
    ] {
        r.cmd(&cmd.split(' ').collect::<Vec<_>>());
    }
    let want_events = [
        "setbit b", "setbit b", "setbit b", "set d", "set d", "del d", "setbit f", "setbit f",
        "setbit h",
    ];
    for want in want_events {
        let reply = String::from_utf8(sub.read_reply()).unwrap();
        let parts: Vec<&str> = reply.split("\r\n").collect();
        let event = parts[6].strip_prefix("__keyevent@0__:").unwrap();
        assert_eq!(format!("{event} {}", parts[8]), want);
    }
    sub.send_cmd(&[b"PING"]);
    assert!(
        String::from_utf8(sub.read_reply())
            .unwrap()
            .contains("pong"),
        "no further events"
    );
    assert_eq!(
        propagated_commands(&mut rx),
        [
            "SETBIT b 3 1",
            "SETBIT b 3 0",
            "SETBIT b 100 0",
            "BITOP AND d b missing",
            "BITOP OR d b",
            "BITOP NOT d missing",
            "BITFIELD f SET u8 0 1",
            "BITFIELD f SET u8 0 2 INCRBY u8 8 1 GET u8 0",
            "BITFIELD h SET u8 0 0",
        ]
    );
    // The failed INCRBY still created "g", zero-filled, without counting as a change.
    assert_eq!(r.cmd(&["GET", "g"]), "$1\r\n\x00\r\n");
    let dirty = s
        .handle
        .server
        .dirty
        .load(std::sync::atomic::Ordering::Relaxed)
        - dirty_before;
    assert_eq!(dirty, 10, "SETBIT 3, BITOP 3, BITFIELD 1 + 2 + 1 changes");
}

/// A tiny deterministic generator for the model checks below.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

/// Bit `i` of `data` (bit 0 = most significant bit of the first byte).
fn bit(data: &[u8], i: i64) -> bool {
    data[(i / 8) as usize] & (0x80 >> (i % 8)) != 0
}

/// BITPOS computed bit by bit from its definition: the first `target` bit of the range; a
/// missing zero counts as found just past the end only when no end was given.
fn bitpos_model(data: &[u8], target: bool, range: Option<(i64, Option<i64>, bool)>) -> i64 {
    let len = data.len() as i64;
    let (start, end, unit_bits, end_given) = match range {
        None => (0, len - 1, false, false),
        Some((start, end, unit_bits)) => (start, end.unwrap_or(len - 1), unit_bits, end.is_some()),
    };
    let total = if unit_bits { len * 8 } else { len };
    let resolve = |i: i64| if i < 0 { (i + total).max(0) } else { i };
    let (start, end) = (resolve(start), resolve(end).min(total - 1));
    if start > end {
        return -1;
    }
    let (first, last) = if unit_bits {
        (start, end)
    } else {
        (start * 8, end * 8 + 7)
    };
    match (first..=last).find(|&i| bit(data, i) == target) {
        Some(i) => i,
        None if !target && !end_given => last + 1,
        None => -1,
    }
}

/// BITCOUNT computed bit by bit.
fn bitcount_model(data: &[u8], start: i64, end: i64, unit_bits: bool) -> i64 {
    let len = data.len() as i64;
    if start < 0 && end < 0 && start > end {
        return 0;
    }
    let total = if unit_bits { len * 8 } else { len };
    let resolve = |i: i64| if i < 0 { (i + total).max(0) } else { i };
    let (start, end) = (resolve(start), resolve(end).min(total - 1));
    if start > end {
        return 0;
    }
    let (first, last) = if unit_bits {
        (start, end)
    } else {
        (start * 8, end * 8 + 7)
    };
    (first..=last).filter(|&i| bit(data, i)).count() as i64
}

#[test]
fn bitpos_and_bitcount_agree_with_bit_by_bit_models() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut rng = Lcg(7);
    for round in 0..300 {
        let len = 1 + rng.next(12) as usize;
        // Runs of 0x00 / 0xff with a few mixed bytes, so both searches find and miss.
        let data: Vec<u8> = (0..len)
            .map(|_| match rng.next(4) {
                0 => 0x00,
                1 => 0xff,
                _ => rng.next(256) as u8,
            })
            .collect();
        r.send_cmd(&[b"SET", b"k", &data]);
        r.read_reply();
        for _ in 0..20 {
            let target = rng.next(2) == 1;
            let unit_bits = rng.next(2) == 1;
            let span = if unit_bits {
                len as i64 * 8 + 4
            } else {
                len as i64 + 2
            };
            let start = rng.next(2 * span as u64) as i64 - span;
            let end = rng.next(2 * span as u64) as i64 - span;
            let (t, st, en) = (
                (target as u8).to_string(),
                start.to_string(),
                end.to_string(),
            );
            let unit = if unit_bits { "BIT" } else { "BYTE" };
            let (reply, want) = match rng.next(4) {
                0 => (
                    r.cmd(&["BITPOS", "k", &t]),
                    bitpos_model(&data, target, None),
                ),
                1 => (
                    r.cmd(&["BITPOS", "k", &t, &st]),
                    bitpos_model(&data, target, Some((start, None, false))),
                ),
                2 => (
                    r.cmd(&["BITPOS", "k", &t, &st, &en, unit]),
                    bitpos_model(&data, target, Some((start, Some(end), unit_bits))),
                ),
                _ => (
                    r.cmd(&["BITCOUNT", "k", &st, &en, unit]),
                    bitcount_model(&data, start, end, unit_bits),
                ),
            };
            assert_eq!(
                reply,
                format!(":{want}\r\n"),
                "round {round}, data {data:02x?}, {target} {start} {end} {unit}"
            );
        }
    }
}

/// SETBIT against a local copy of the bitmap, checked with GET after every write.
#[test]
fn setbit_agrees_with_a_local_bitmap() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut rng = Lcg(11);
    let mut model: Vec<u8> = Vec::new();
    for _ in 0..1000 {
        let offset = rng.next(2048) as usize;
        let on = rng.next(2) == 1;
        if model.len() <= offset / 8 {
            model.resize(offset / 8 + 1, 0);
        }
        let was = model[offset / 8] & (0x80 >> (offset % 8)) != 0;
        if on {
            model[offset / 8] |= 0x80 >> (offset % 8);
        } else {
            model[offset / 8] &= !(0x80 >> (offset % 8));
        }
        let reply = r.cmd(&[
            "SETBIT",
            "k",
            &offset.to_string(),
            if on { "1" } else { "0" },
        ]);
        assert_eq!(reply, format!(":{}\r\n", was as u8));
    }
    r.send_cmd(&[b"GET", b"k"]);
    let mut want = format!("${}\r\n", model.len()).into_bytes();
    want.extend_from_slice(&model);
    want.extend_from_slice(b"\r\n");
    assert_eq!(r.read_reply(), want);
}

/// BITOP against byte-wise operations on local copies, with sources of different lengths.
#[test]
fn bitop_agrees_with_bytewise_operations() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut rng = Lcg(3);
    for _ in 0..50 {
        let sources: Vec<Vec<u8>> = (0..1 + rng.next(4))
            .map(|_| (0..rng.next(70)).map(|_| rng.next(256) as u8).collect())
            .collect();
        for (i, src) in sources.iter().enumerate() {
            r.send_cmd(&[b"SET", format!("s{i}{{t}}").as_bytes(), src]);
            r.read_reply();
        }
        let byte = |s: &Vec<u8>, i: usize| s.get(i).copied().unwrap_or(0);
        for op in ["AND", "OR", "XOR", "NOT"] {
            let used = if op == "NOT" {
                &sources[..1]
            } else {
                &sources[..]
            };
            let len = used.iter().map(|s| s.len()).max().unwrap();
            let want: Vec<u8> = (0..len)
                .map(|i| match op {
                    "AND" => used.iter().fold(0xff, |acc, s| acc & byte(s, i)),
                    "OR" => used.iter().fold(0, |acc, s| acc | byte(s, i)),
                    "XOR" => used.iter().fold(0, |acc, s| acc ^ byte(s, i)),
                    _ => !byte(&used[0], i),
                })
                .collect();
            let mut args = vec!["BITOP".to_string(), op.to_string(), "d{t}".to_string()];
            args.extend((0..used.len()).map(|i| format!("s{i}{{t}}")));
            let args: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
            assert_eq!(r.cmd(&args), format!(":{}\r\n", want.len()), "{args:?}");
            r.send_cmd(&[b"GET", b"d{t}"]);
            let got = r.read_reply();
            if want.is_empty() {
                assert_eq!(got, b"$-1\r\n", "an empty result deletes the destination");
            } else {
                let mut expected = format!("${}\r\n", want.len()).into_bytes();
                expected.extend_from_slice(&want);
                expected.extend_from_slice(b"\r\n");
                assert_eq!(got, expected, "{args:?}");
            }
        }
    }
}

#[test]
fn setbit_getbit() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SETBIT k 1 1"#, r#":0\r\n"#),
            (r#"GET k"#, r#"$1\r\n@\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "k"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"SETBIT k 1 1"#, r#":1\r\n"#),
            (r#"SETBIT k 1 0"#, r#":1\r\n"#),
            (r#"GET k"#, r#"$1\r\n\x00\r\n"#),
            (r#"GETBIT k 1"#, r#":0\r\n"#),
            (r#"GETBIT k 0"#, r#":0\r\n"#),
            (r#"SET k @"#, r#"+OK\r\n"#),
            (r#"SETBIT k 2 1"#, r#":0\r\n"#),
            (r#"GET k"#, r#"$1\r\n`\r\n"#),
            (r#"SETBIT k 1 0"#, r#":1\r\n"#),
            (r#"GET k"#, r#"$1\r\n \r\n"#),
            (r#"SET n 1"#, r#"+OK\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n"), Some("int"));
    expect_replies(&mut r, &[(r#"SETBIT n 6 1"#, r#":0\r\n"#)]);
    assert_eq!(encoding_of(&s, "n"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"GET n"#, r#"$1\r\n3\r\n"#),
            (r#"SETBIT n 2 0"#, r#":1\r\n"#),
            (r#"GET n"#, r#"$1\r\n\x13\r\n"#),
            (r#"SET n2 1"#, r#"+OK\r\n"#),
            (r#"SETBIT n2 2 1"#, r#":1\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n2"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"GET n2"#, r#"$1\r\n1\r\n"#),
            (
                r#"SETBIT k 4294967296 1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k -1 1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k abc 1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 1.5 1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k "" 1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k #8 1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 0 -1"#,
                r#"-ERR bit is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 0 2"#,
                r#"-ERR bit is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 0 10"#,
                r#"-ERR bit is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 0 x"#,
                r#"-ERR bit is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 0 01"#,
                r#"-ERR bit is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 0 """#,
                r#"-ERR bit is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 9223372036854775807 1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT k 4294967296 x"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (r#"SETBIT big 100 1"#, r#":0\r\n"#),
            (r#"STRLEN big"#, r#":13\r\n"#),
            (r#"GETBIT big 100"#, r#":1\r\n"#),
            (r#"GETBIT big 101"#, r#":0\r\n"#),
            (r#"GETBIT big 1000000"#, r#":0\r\n"#),
            (r#"GETBIT missing 0"#, r#":0\r\n"#),
            (r#"GETBIT missing 4294967295"#, r#":0\r\n"#),
            (
                r#"GETBIT missing 4294967296"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"GETBIT missing -1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"GETBIT missing x"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (r#"SET s `"#, r#"+OK\r\n"#),
            (r#"GETBIT s 0"#, r#":0\r\n"#),
            (r#"GETBIT s 1"#, r#":1\r\n"#),
            (r#"GETBIT s 2"#, r#":1\r\n"#),
            (r#"GETBIT s 3"#, r#":0\r\n"#),
            (r#"GETBIT s 8"#, r#":0\r\n"#),
            (r#"GETBIT s 10000"#, r#":0\r\n"#),
            (r#"SET i 1"#, r#"+OK\r\n"#),
            (r#"GETBIT i 2"#, r#":1\r\n"#),
            (r#"GETBIT i 3"#, r#":1\r\n"#),
            (r#"GETBIT i 7"#, r#":1\r\n"#),
            (r#"GETBIT i 8"#, r#":0\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "i"), Some("int"));
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"SETBIT l 0 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GETBIT l 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SETBIT l x 1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"GETBIT l x"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"SETBIT l 0 5"#,
                r#"-ERR bit is not an integer or out of range\r\n"#,
            ),
            (r#"SET t v EX 100"#, r#"+OK\r\n"#),
            (r#"SETBIT t 0 1"#, r#":0\r\n"#),
        ],
    );
    let t = pttl_of(&s, "t");
    assert!((94000..=100000).contains(&t), "@ttl t 95 100: {t}");
    expect_replies(
        &mut r,
        &[
            (
                r#"SETBIT k 0"#,
                r#"-ERR wrong number of arguments for 'setbit' command\r\n"#,
            ),
            (
                r#"GETBIT k"#,
                r#"-ERR wrong number of arguments for 'getbit' command\r\n"#,
            ),
            (
                r#"SETBIT k 0 1 1"#,
                r#"-ERR wrong number of arguments for 'setbit' command\r\n"#,
            ),
            (
                r#"GETBIT k 0 1"#,
                r#"-ERR wrong number of arguments for 'getbit' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn bitcount_cases() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET k foobar"#, r#"+OK\r\n"#),
            (r#"BITCOUNT k"#, r#":26\r\n"#),
            (r#"BITCOUNT k 0 0"#, r#":4\r\n"#),
            (r#"BITCOUNT k 1 1"#, r#":6\r\n"#),
            (r#"BITCOUNT k 1 1 BYTE"#, r#":6\r\n"#),
            (r#"BITCOUNT k 5 30 BIT"#, r#":17\r\n"#),
            (r#"BITCOUNT k 0 -1"#, r#":26\r\n"#),
            (r#"BITCOUNT k -2 -1"#, r#":7\r\n"#),
            (r#"BITCOUNT k -1 -2"#, r#":0\r\n"#),
            (r#"BITCOUNT k -100 100"#, r#":26\r\n"#),
            (r#"BITCOUNT k 0 -1 BIT"#, r#":26\r\n"#),
            (r#"BITCOUNT k -8 -1 BIT"#, r#":4\r\n"#),
            (r#"BITCOUNT k 1 2 bit"#, r#":2\r\n"#),
            (r#"BITCOUNT k 1 2 byte"#, r#":12\r\n"#),
            (r#"BITCOUNT k 3 3 BIT"#, r#":0\r\n"#),
            (r#"BITCOUNT k 3 4 BIT"#, r#":0\r\n"#),
            (r#"BITCOUNT k 9 14 BIT"#, r#":5\r\n"#),
            (r#"BITCOUNT k 47 47 BIT"#, r#":0\r\n"#),
            (r#"BITCOUNT k 48 100 BIT"#, r#":0\r\n"#),
            (r#"BITCOUNT k 10 5 BIT"#, r#":0\r\n"#),
            (r#"BITCOUNT k -1 -5 FOO"#, r#":0\r\n"#),
            (r#"BITCOUNT k 0 1 FOO"#, r#"-ERR syntax error\r\n"#),
            (r#"BITCOUNT k 0"#, r#"-ERR syntax error\r\n"#),
            (r#"BITCOUNT k 0 1 BIT x"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BITCOUNT k a 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITCOUNT k 0 b"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITCOUNT k 0 1.5"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"BITCOUNT missing"#, r#":0\r\n"#),
            (r#"BITCOUNT missing 0"#, r#":0\r\n"#),
            (r#"BITCOUNT missing a b"#, r#":0\r\n"#),
            (r#"BITCOUNT missing 0 1 FOO"#, r#":0\r\n"#),
            (
                r#"BITCOUNT k -9223372036854775808 9223372036854775807"#,
                r#":26\r\n"#,
            ),
            (
                r#"BITCOUNT k -9223372036854775808 9223372036854775807 BIT"#,
                r#":26\r\n"#,
            ),
            (r#"SET n 12345"#, r#"+OK\r\n"#),
            (r#"BITCOUNT n"#, r#":17\r\n"#),
            (r#"BITCOUNT n 1 2"#, r#":7\r\n"#),
            (r#"BITCOUNT n 3 10 BIT"#, r#":3\r\n"#),
            (r#"SET e """#, r#"+OK\r\n"#),
            (r#"BITCOUNT e"#, r#":0\r\n"#),
            (r#"BITCOUNT e 0 -1"#, r#":0\r\n"#),
            (r#"BITCOUNT e 0 -1 BIT"#, r#":0\r\n"#),
            (
                r#"SET b "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01""#,
                r#"+OK\r\n"#,
            ),
            (r#"BITCOUNT b"#, r#":89\r\n"#),
            (r#"BITCOUNT b 1 -2"#, r#":80\r\n"#),
            (r#"BITCOUNT b 3 92 BIT"#, r#":85\r\n"#),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"BITCOUNT l"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITCOUNT l 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITCOUNT"#,
                r#"-ERR wrong number of arguments for 'bitcount' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn bitpos_cases() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET k "\xff\xf0\x00""#, r#"+OK\r\n"#),
            (r#"BITPOS k 0"#, r#":12\r\n"#),
            (r#"BITPOS k 1"#, r#":0\r\n"#),
            (r#"BITPOS k 0 2"#, r#":16\r\n"#),
            (r#"BITPOS k 1 2"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 0 0"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 0 1"#, r#":12\r\n"#),
            (r#"BITPOS k 1 2 -1 BYTE"#, r#":-1\r\n"#),
            (r#"BITPOS k 1 7 15 BIT"#, r#":7\r\n"#),
            (r#"BITPOS k 0 7 15 BIT"#, r#":12\r\n"#),
            (r#"BITPOS k 0 0 7 BIT"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 0 11 BIT"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 0 12 BIT"#, r#":12\r\n"#),
            (r#"BITPOS k 1 12 23 BIT"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 -1"#, r#":16\r\n"#),
            (r#"BITPOS k 1 -1"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 -100 -50"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 5 2"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 2 1"#, r#":-1\r\n"#),
            (r#"BITPOS k 1 3"#, r#":-1\r\n"#),
            (r#"BITPOS k 0 3"#, r#":-1\r\n"#),
            (r#"SET a "\xff\xff\xff""#, r#"+OK\r\n"#),
            (r#"BITPOS a 0"#, r#":24\r\n"#),
            (r#"BITPOS a 0 0"#, r#":24\r\n"#),
            (r#"BITPOS a 0 0 -1"#, r#":-1\r\n"#),
            (r#"BITPOS a 0 1 1"#, r#":-1\r\n"#),
            (r#"BITPOS a 0 0 -1 BIT"#, r#":-1\r\n"#),
            (r#"BITPOS a 0 3 20 BIT"#, r#":-1\r\n"#),
            (
                r#"BITPOS a 0 3 BIT"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITPOS a 1 3 BIT"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET z "\x00\x00\x00""#, r#"+OK\r\n"#),
            (r#"BITPOS z 1"#, r#":-1\r\n"#),
            (r#"BITPOS z 0"#, r#":0\r\n"#),
            (r#"BITPOS z 1 0 -1"#, r#":-1\r\n"#),
            (r#"BITPOS z 1 1 22 BIT"#, r#":-1\r\n"#),
            (r#"BITPOS z 0 5 5 BIT"#, r#":5\r\n"#),
            (r#"SET m "\x00\x01\x00\x80""#, r#"+OK\r\n"#),
            (r#"BITPOS m 1"#, r#":15\r\n"#),
            (r#"BITPOS m 1 2"#, r#":24\r\n"#),
            (r#"BITPOS m 1 9 14 BIT"#, r#":-1\r\n"#),
            (r#"BITPOS m 1 9 15 BIT"#, r#":15\r\n"#),
            (r#"BITPOS m 1 15 24 BIT"#, r#":15\r\n"#),
            (r#"BITPOS m 0 8 15 BIT"#, r#":8\r\n"#),
            (r#"BITPOS m 1 3 5 BIT"#, r#":-1\r\n"#),
            (r#"BITPOS m 1 0 7"#, r#":15\r\n"#),
            (r#"BITPOS m 0 1 1 BYTE"#, r#":8\r\n"#),
            (r#"BITPOS missing 0"#, r#":0\r\n"#),
            (r#"BITPOS missing 1"#, r#":-1\r\n"#),
            (r#"BITPOS missing 1 0 -1 BIT"#, r#":-1\r\n"#),
            (r#"BITPOS missing 0 x"#, r#":0\r\n"#),
            (
                r#"BITPOS missing 2"#,
                r#"-ERR The bit argument must be 1 or 0.\r\n"#,
            ),
            (
                r#"BITPOS k 2"#,
                r#"-ERR The bit argument must be 1 or 0.\r\n"#,
            ),
            (
                r#"BITPOS k -1"#,
                r#"-ERR The bit argument must be 1 or 0.\r\n"#,
            ),
            (
                r#"BITPOS k x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITPOS k 1.0"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITPOS k 1 x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITPOS k 1 0 x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"BITPOS k 1 0 x FOO"#, r#"-ERR syntax error\r\n"#),
            (r#"BITPOS k 1 0 1 FOO"#, r#"-ERR syntax error\r\n"#),
            (r#"BITPOS k 1 0 1 BIT x"#, r#"-ERR syntax error\r\n"#),
            (r#"BITPOS k 1 0 1 bit"#, r#":0\r\n"#),
            (r#"BITPOS k 1 0 1 byte"#, r#":0\r\n"#),
            (r#"SET n 1"#, r#"+OK\r\n"#),
            (r#"BITPOS n 1"#, r#":2\r\n"#),
            (r#"BITPOS n 0"#, r#":0\r\n"#),
            (r#"BITPOS n 1 0 0"#, r#":2\r\n"#),
            (r#"BITPOS n 0 2 7 BIT"#, r#":4\r\n"#),
            (r#"SET e """#, r#"+OK\r\n"#),
            (r#"BITPOS e 0"#, r#":-1\r\n"#),
            (r#"BITPOS e 1"#, r#":-1\r\n"#),
            (r#"BITPOS e 0 0"#, r#":-1\r\n"#),
            (r#"BITPOS e 0 0 -1"#, r#":-1\r\n"#),
            (r#"BITPOS e 1 0 -1 BIT"#, r#":-1\r\n"#),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"BITPOS l 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITPOS l 2"#,
                r#"-ERR The bit argument must be 1 or 0.\r\n"#,
            ),
            (
                r#"BITPOS l 1 x"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITPOS k"#,
                r#"-ERR wrong number of arguments for 'bitpos' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn bitop_cases() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET a{t} "\x0f\xf0""#, r#"+OK\r\n"#),
            (r#"SET b{t} "\xff""#, r#"+OK\r\n"#),
            (r#"BITOP AND d{t} a{t} b{t}"#, r#":2\r\n"#),
            (r#"GET d{t}"#, r#"$2\r\n\x0f\x00\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "d{t}"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"BITOP OR d{t} a{t} b{t}"#, r#":2\r\n"#),
            (r#"GET d{t}"#, r#"$2\r\n\xff\xf0\r\n"#),
            (r#"BITOP XOR d{t} a{t} b{t}"#, r#":2\r\n"#),
            (r#"GET d{t}"#, r#"$2\r\n\xf0\xf0\r\n"#),
            (r#"BITOP NOT d{t} a{t}"#, r#":2\r\n"#),
            (r#"GET d{t}"#, r#"$2\r\n\xf0\x0f\r\n"#),
            (r#"BITOP and d{t} a{t} missing{t}"#, r#":2\r\n"#),
            (r#"GET d{t}"#, r#"$2\r\n\x00\x00\r\n"#),
            (r#"BITOP or d{t} missing{t} b{t}"#, r#":1\r\n"#),
            (r#"GET d{t}"#, r#"$1\r\n\xff\r\n"#),
            (r#"BITOP xor d{t} a{t}"#, r#":2\r\n"#),
            (r#"GET d{t}"#, r#"$2\r\n\x0f\xf0\r\n"#),
            (
                r#"BITOP NOT d{t} a{t} b{t}"#,
                r#"-ERR BITOP NOT must be called with a single source key.\r\n"#,
            ),
            (
                r#"BITOP NOT d{t}"#,
                r#"-ERR wrong number of arguments for 'bitop' command\r\n"#,
            ),
            (r#"BITOP NAND d{t} a{t}"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BITOP AND d{t}"#,
                r#"-ERR wrong number of arguments for 'bitop' command\r\n"#,
            ),
            (r#"BITOP AND d{t} missing{t}"#, r#":0\r\n"#),
            (r#"EXISTS d{t}"#, r#":0\r\n"#),
            (r#"SET d{t} x"#, r#"+OK\r\n"#),
            (r#"BITOP OR d{t} missing{t} missing2{t}"#, r#":0\r\n"#),
            (r#"EXISTS d{t}"#, r#":0\r\n"#),
            (r#"BITOP NOT d{t} missing{t}"#, r#":0\r\n"#),
            (r#"SET d{t} x EX 100"#, r#"+OK\r\n"#),
            (r#"BITOP AND d{t} a{t}"#, r#":2\r\n"#),
        ],
    );
    assert_eq!(expire_at_of(&s, "d{t}"), -1);
    expect_replies(
        &mut r,
        &[
            (r#"SET n1{t} 123"#, r#"+OK\r\n"#),
            (r#"SET n2{t} 45"#, r#"+OK\r\n"#),
            (r#"BITOP AND d{t} n1{t} n2{t}"#, r#":3\r\n"#),
            (r#"GET d{t}"#, r#"$3\r\n00\x00\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "d{t}"), Some("raw"));
    put_value(&s, "l{t}", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"BITOP AND d{t} a{t} l{t}"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"BITOP AND l{t} a{t}"#, r#":2\r\n"#),
        ],
    );
    assert_eq!(
        with_entry(&s, "l{t}", |e| e.map(|e| e.value.type_name())),
        Some("string")
    );
    expect_replies(
        &mut r,
        &[
            (r#"BITOP NOT d{t} l{t}"#, r#":2\r\n"#),
            (
                r#"SET long1{t} 0123456789abcdef0123456789abcdef0123456789abcdef"#,
                r#"+OK\r\n"#,
            ),
            (
                r#"SET long2{t} ffffffffffffffffffffffffffffffffffffffffffffffffff"#,
                r#"+OK\r\n"#,
            ),
            (r#"BITOP AND d{t} long1{t} long2{t}"#, r#":50\r\n"#),
            (
                r#"GET d{t}"#,
                r#"$50\r\n  ""$$&&  `bbddf  ""$$&&  `bbddf  ""$$&&  `bbddf\x00\x00\r\n"#,
            ),
            (r#"BITOP OR d{t} long1{t} long2{t}"#, r#":50\r\n"#),
            (
                r#"GET d{t}"#,
                r#"$50\r\nvwvwvwvw~\x7fgfgfgfvwvwvwvw~\x7fgfgfgfvwvwvwvw~\x7fgfgfgfff\r\n"#,
            ),
            (r#"BITOP XOR d{t} long1{t} long2{t} a{t}"#, r#":50\r\n"#),
            (
                r#"GET d{t}"#,
                r#"$50\r\nY\xa7TURSPQ^_\x07\x04\x05\x02\x03\x00VWTURSPQ^_\x07\x04\x05\x02\x03\x00VWTURSPQ^_\x07\x04\x05\x02\x03\x00ff\r\n"#,
            ),
            (r#"BITOP NOT d{t} long1{t}"#, r#":48\r\n"#),
            (
                r#"GET d{t}"#,
                r#"$48\r\n\xcf\xce\xcd\xcc\xcb\xca\xc9\xc8\xc7\xc6\x9e\x9d\x9c\x9b\x9a\x99\xcf\xce\xcd\xcc\xcb\xca\xc9\xc8\xc7\xc6\x9e\x9d\x9c\x9b\x9a\x99\xcf\xce\xcd\xcc\xcb\xca\xc9\xc8\xc7\xc6\x9e\x9d\x9c\x9b\x9a\x99\r\n"#,
            ),
            (r#"BITOP AND d{t} d{t} d{t}"#, r#":48\r\n"#),
            (
                r#"GET d{t}"#,
                r#"$48\r\n\xcf\xce\xcd\xcc\xcb\xca\xc9\xc8\xc7\xc6\x9e\x9d\x9c\x9b\x9a\x99\xcf\xce\xcd\xcc\xcb\xca\xc9\xc8\xc7\xc6\x9e\x9d\x9c\x9b\x9a\x99\xcf\xce\xcd\xcc\xcb\xca\xc9\xc8\xc7\xc6\x9e\x9d\x9c\x9b\x9a\x99\r\n"#,
            ),
            (r#"SET e{t} """#, r#"+OK\r\n"#),
            (r#"BITOP AND d{t} e{t}"#, r#":0\r\n"#),
            (r#"EXISTS d{t}"#, r#":0\r\n"#),
        ],
    );
}

#[test]
fn bitfield_cases() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"BITFIELD k SET u8 0 255"#, r#"*1\r\n:0\r\n"#),
            (r#"GET k"#, r#"$1\r\n\xff\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "k"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (
                r#"BITFIELD k GET u8 0 GET i8 0 GET u4 0 GET i4 4 GET u1 7"#,
                r#"*5\r\n:255\r\n:-1\r\n:15\r\n:-1\r\n:1\r\n"#,
            ),
            (r#"BITFIELD k INCRBY u8 0 1"#, r#"*1\r\n:0\r\n"#),
            (r#"BITFIELD k INCRBY u8 0 -1"#, r#"*1\r\n:255\r\n"#),
            (
                r#"BITFIELD k OVERFLOW SAT INCRBY u8 0 -1"#,
                r#"*1\r\n:254\r\n"#,
            ),
            (
                r#"BITFIELD k SET i8 0 127 INCRBY i8 0 1"#,
                r#"*2\r\n:-2\r\n:-128\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT SET i8 0 127 INCRBY i8 0 1 INCRBY i8 0 -500"#,
                r#"*3\r\n:-128\r\n:127\r\n:-128\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW FAIL SET i8 0 127 INCRBY i8 0 1 GET i8 0"#,
                r#"*3\r\n:-128\r\n$-1\r\n:127\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW FAIL SET u8 0 256"#,
                r#"*1\r\n$-1\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT SET u8 0 256"#,
                r#"*1\r\n:127\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW WRAP SET u8 0 257"#,
                r#"*1\r\n:255\r\n"#,
            ),
            (r#"BITFIELD k OVERFLOW SAT SET u8 0 -1"#, r#"*1\r\n:1\r\n"#),
            (
                r#"BITFIELD k OVERFLOW WRAP SET u8 0 -1"#,
                r#"*1\r\n:255\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW FAIL SET u8 0 -1"#,
                r#"*1\r\n$-1\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT SET i8 0 -9223372036854775808"#,
                r#"*1\r\n:-1\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW WRAP SET i8 0 -9223372036854775808"#,
                r#"*1\r\n:127\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT SET i8 0 9223372036854775807"#,
                r#"*1\r\n:0\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT SET i8 0 -200"#,
                r#"*1\r\n:127\r\n"#,
            ),
            (
                r#"BITFIELD k SET i64 0 9223372036854775807 INCRBY i64 0 1"#,
                r#"*2\r\n:-9223372036854775808\r\n:-9223372036854775808\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT SET i64 0 9223372036854775807 INCRBY i64 0 1"#,
                r#"*2\r\n:-9223372036854775808\r\n:9223372036854775807\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT INCRBY i64 0 -9223372036854775808 INCRBY i64 0 -9223372036854775808 INCRBY i64 0 -1"#,
                r#"*3\r\n:-1\r\n:-9223372036854775808\r\n:-9223372036854775808\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW FAIL SET i64 0 -9223372036854775808 INCRBY i64 0 -1 INCRBY i64 0 9223372036854775807 INCRBY i64 0 1"#,
                r#"*4\r\n:-9223372036854775808\r\n$-1\r\n:-1\r\n:0\r\n"#,
            ),
            (
                r#"BITFIELD k SET u63 0 9223372036854775807 INCRBY u63 0 1 GET u63 0"#,
                r#"*3\r\n:0\r\n:0\r\n:0\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT INCRBY u63 0 -5 INCRBY u63 0 9223372036854775807 INCRBY u63 0 1"#,
                r#"*3\r\n:0\r\n:9223372036854775807\r\n:9223372036854775807\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW FAIL INCRBY u63 0 -1"#,
                r#"*1\r\n:9223372036854775806\r\n"#,
            ),
            (
                r#"BITFIELD k SET u63 0 -1"#,
                r#"*1\r\n:9223372036854775806\r\n"#,
            ),
            (
                r#"BITFIELD k SET i63 0 -1 GET i63 0 GET u63 0"#,
                r#"*3\r\n:-1\r\n:-1\r\n:9223372036854775807\r\n"#,
            ),
            (
                r#"BITFIELD k SET u1 0 1 SET u1 1 0 SET i1 2 -1 GET i1 2 GET u1 2 SET i1 3 1 GET i1 3"#,
                r#"*7\r\n:1\r\n:1\r\n:-1\r\n:-1\r\n:1\r\n:-1\r\n:-1\r\n"#,
            ),
            (
                r#"BITFIELD k OVERFLOW SAT INCRBY i1 0 1 INCRBY i1 0 -5 INCRBY u1 0 7"#,
                r#"*3\r\n:0\r\n:-1\r\n:1\r\n"#,
            ),
            (
                r#"BITFIELD k SET i5 #3 -7 GET i5 #3 GET i5 15 GET u5 #3"#,
                r#"*4\r\n:-1\r\n:-7\r\n:-7\r\n:25\r\n"#,
            ),
            (
                r#"BITFIELD k SET u16 #2 65535 GET u16 32 GET u32 #1"#,
                r#"*3\r\n:65535\r\n:65535\r\n:4294967294\r\n"#,
            ),
            (r#"BITFIELD k SET u8 100 7"#, r#"*1\r\n:0\r\n"#),
            (r#"STRLEN k"#, r#":14\r\n"#),
            (
                r#"BITFIELD k GET u8 1000 GET i64 10000"#,
                r#"*2\r\n:0\r\n:0\r\n"#,
            ),
            (r#"STRLEN k"#, r#":14\r\n"#),
            (
                r#"BITFIELD k SET i3 5 -2 GET i3 5 GET u8 0"#,
                r#"*3\r\n:-1\r\n:-2\r\n:190\r\n"#,
            ),
            (
                r#"BITFIELD k GET u64 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET i65 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET i0 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET u0 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET x8 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET 8 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET "" 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET I8 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET U8 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET u08 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD k GET u8 -1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k GET u8 #-1"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k GET u8 4294967296"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (r#"BITFIELD k GET u8 4294967295"#, r#"*1\r\n:0\r\n"#),
            (
                r#"BITFIELD k GET u8 abc"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k GET u8 #abc"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k GET u8 #9999999999"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k GET u8 """#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (r#"BITFIELD k GET u8 #536870911"#, r#"*1\r\n:0\r\n"#),
            (
                r#"BITFIELD k GET u8 #536870912"#,
                r#"-ERR bit offset is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k GET i64 #2305843009213693952"#,
                r#"*1\r\n:-4683849165581582338\r\n"#,
            ),
            (
                r#"BITFIELD k SET u8 0 abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k SET u8 0 1.5"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k SET u8 0 """#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD k SET u8 0 9223372036854775808"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"BITFIELD k INCRBY u8 0"#, r#"-ERR syntax error\r\n"#),
            (r#"BITFIELD k SET u8 0"#, r#"-ERR syntax error\r\n"#),
            (r#"BITFIELD k GET u8"#, r#"-ERR syntax error\r\n"#),
            (r#"BITFIELD k OVERFLOW"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BITFIELD k OVERFLOW FOO"#,
                r#"-ERR Invalid OVERFLOW type specified\r\n"#,
            ),
            (r#"BITFIELD k overflow wrap get u8 0"#, r#"*1\r\n:190\r\n"#),
            (r#"BITFIELD k FOO"#, r#"-ERR syntax error\r\n"#),
            (r#"BITFIELD k GET u8 0 FOO"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BITFIELD k GET u8 0 OVERFLOW BAR GET x 0"#,
                r#"-ERR Invalid OVERFLOW type specified\r\n"#,
            ),
            (
                r#"BITFIELD k SET x8 0 1 GET u8 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (r#"BITFIELD k"#, r#"*0\r\n"#),
            (r#"BITFIELD missing"#, r#"*0\r\n"#),
            (
                r#"BITFIELD missing GET u8 0 GET i16 100"#,
                r#"*2\r\n:0\r\n:0\r\n"#,
            ),
            (r#"EXISTS missing"#, r#":0\r\n"#),
            (
                r#"BITFIELD missing OVERFLOW FAIL INCRBY u2 0 10"#,
                r#"*1\r\n$-1\r\n"#,
            ),
            (r#"EXISTS missing"#, r#":1\r\n"#),
            (r#"GET missing"#, r#"$1\r\n\x00\r\n"#),
            (r#"BITFIELD fresh SET u8 #3 1"#, r#"*1\r\n:0\r\n"#),
            (r#"GET fresh"#, r#"$4\r\n\x00\x00\x00\x01\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "fresh"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"SET n 1"#, r#"+OK\r\n"#),
            (r#"BITFIELD n GET u8 0"#, r#"*1\r\n:49\r\n"#),
        ],
    );
    assert_eq!(encoding_of(&s, "n"), Some("int"));
    expect_replies(&mut r, &[(r#"BITFIELD n SET u8 0 50"#, r#"*1\r\n:49\r\n"#)]);
    assert_eq!(encoding_of(&s, "n"), Some("raw"));
    expect_replies(
        &mut r,
        &[
            (r#"GET n"#, r#"$1\r\n2\r\n"#),
            (r#"SET t v EX 100"#, r#"+OK\r\n"#),
            (r#"BITFIELD t SET u8 0 1"#, r#"*1\r\n:118\r\n"#),
        ],
    );
    let t = pttl_of(&s, "t");
    assert!((94000..=100000).contains(&t), "@ttl t 95 100: {t}");
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"BITFIELD l GET u8 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITFIELD l SET u8 0 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITFIELD l GET x 0"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (
                r#"BITFIELD l"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITFIELD"#,
                r#"-ERR wrong number of arguments for 'bitfield' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn bitfield_ro_cases() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET k "\xff\x01""#, r#"+OK\r\n"#),
            (
                r#"BITFIELD_RO k GET u8 0 GET i8 0 GET u16 0 GET u4 12"#,
                r#"*4\r\n:255\r\n:-1\r\n:65281\r\n:1\r\n"#,
            ),
            (r#"BITFIELD_RO k"#, r#"*0\r\n"#),
            (r#"BITFIELD_RO missing GET u8 0"#, r#"*1\r\n:0\r\n"#),
            (r#"EXISTS missing"#, r#":0\r\n"#),
            (
                r#"BITFIELD_RO k SET u8 0 1"#,
                r#"-ERR BITFIELD_RO only supports the GET subcommand\r\n"#,
            ),
            (
                r#"BITFIELD_RO k INCRBY u8 0 1"#,
                r#"-ERR BITFIELD_RO only supports the GET subcommand\r\n"#,
            ),
            (
                r#"BITFIELD_RO k OVERFLOW SAT GET u8 0"#,
                r#"*1\r\n:255\r\n"#,
            ),
            (r#"BITFIELD_RO k OVERFLOW SAT"#, r#"*0\r\n"#),
            (
                r#"BITFIELD_RO k GET u8 0 SET u8 0 1"#,
                r#"-ERR BITFIELD_RO only supports the GET subcommand\r\n"#,
            ),
            (
                r#"BITFIELD_RO k SET u8 0 x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"BITFIELD_RO k GET x 0 SET u8 0 1"#,
                r#"-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"#,
            ),
            (r#"BITFIELD_RO k FOO"#, r#"-ERR syntax error\r\n"#),
            (r#"BITFIELD_RO k get u8 #1"#, r#"*1\r\n:1\r\n"#),
            (r#"GET k"#, r#"$2\r\n\xff\x01\r\n"#),
        ],
    );
    put_value(&s, "l", Value::List(Default::default()));
    expect_replies(
        &mut r,
        &[
            (
                r#"BITFIELD_RO l GET u8 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITFIELD_RO l SET u8 0 1"#,
                r#"-ERR BITFIELD_RO only supports the GET subcommand\r\n"#,
            ),
            (
                r#"BITFIELD_RO l"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BITFIELD_RO"#,
                r#"-ERR wrong number of arguments for 'bitfield_ro' command\r\n"#,
            ),
        ],
    );
}
