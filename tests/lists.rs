//! List commands: every command, option and error path, with the exact reply bytes
//! redis-server 7.0.15 sent for them (recorded against the real server), plus a randomized
//! model test comparing thousands of operations with a `VecDeque`, notifications, propagation
//! and the encoding. Blocking behaviour (waiting, waking, timeouts) is in tests/blocking.rs.

mod common;
use common::*;

#[test]
fn pushes_create_extend_and_report_the_length() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"LPUSH l a"#, r#":1\r\n"#),
            (r#"LPUSH l b c"#, r#":3\r\n"#),
            (r#"RPUSH l d e"#, r#":5\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*5\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n$1\r\nd\r\n$1\r\ne\r\n"#,
            ),
            (r#"LLEN l"#, r#":5\r\n"#),
            (r#"LPUSHX l x y"#, r#":7\r\n"#),
            (r#"RPUSHX l z"#, r#":8\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*8\r\n$1\r\ny\r\n$1\r\nx\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nz\r\n"#,
            ),
            (r#"LPUSHX missing a"#, r#":0\r\n"#),
            (r#"RPUSHX missing a"#, r#":0\r\n"#),
            (r#"EXISTS missing"#, r#":0\r\n"#),
            (
                r#"RPUSH n 1 -1 0 12345 -4096 4096 2147483648 9223372036854775807 -9223372036854775808 01 +1 -0 1.5 " 1""#,
                r#":14\r\n"#,
            ),
            (
                r#"LRANGE n 0 -1"#,
                r#"*14\r\n$1\r\n1\r\n$2\r\n-1\r\n$1\r\n0\r\n$5\r\n12345\r\n$5\r\n-4096\r\n$4\r\n4096\r\n$10\r\n2147483648\r\n$19\r\n9223372036854775807\r\n$20\r\n-9223372036854775808\r\n$2\r\n01\r\n$2\r\n+1\r\n$2\r\n-0\r\n$3\r\n1.5\r\n$2\r\n 1\r\n"#,
            ),
            (r#"RPUSH e """#, r#":1\r\n"#),
            (r#"LRANGE e 0 -1"#, r#"*1\r\n$0\r\n\r\n"#),
            (r#"LLEN e"#, r#":1\r\n"#),
            (r#"LLEN missing"#, r#":0\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LPUSH s a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"RPUSH s a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LPUSHX s a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"RPUSHX s a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LLEN s"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LPUSH l"#,
                r#"-ERR wrong number of arguments for 'lpush' command\r\n"#,
            ),
            (
                r#"RPUSH"#,
                r#"-ERR wrong number of arguments for 'rpush' command\r\n"#,
            ),
            (
                r#"LPUSHX l"#,
                r#"-ERR wrong number of arguments for 'lpushx' command\r\n"#,
            ),
            (
                r#"LLEN"#,
                r#"-ERR wrong number of arguments for 'llen' command\r\n"#,
            ),
            (
                r#"LLEN l x"#,
                r#"-ERR wrong number of arguments for 'llen' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn binary_elements_round_trip() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (
                r#"RPUSH b "\x00" "a\r\nb" "\xff\xfe" "\x00\x00""#,
                r#":4\r\n"#,
            ),
            (
                r#"LRANGE b 0 -1"#,
                r#"*4\r\n$1\r\n\x00\r\n$4\r\na\r\nb\r\n$2\r\n\xff\xfe\r\n$2\r\n\x00\x00\r\n"#,
            ),
            (r#"LINDEX b 1"#, r#"$4\r\na\r\nb\r\n"#),
            (r#"LPOS b "\x00\x00""#, r#":3\r\n"#),
            (r#"LREM b 0 "\x00""#, r#":1\r\n"#),
            (
                r#"LPOP b 3"#,
                r#"*3\r\n$4\r\na\r\nb\r\n$2\r\n\xff\xfe\r\n$2\r\n\x00\x00\r\n"#,
            ),
        ],
    );
}

#[test]
fn lpop_rpop_single_and_counted() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a b c d e f"#, r#":6\r\n"#),
            (r#"LPOP l"#, r#"$1\r\na\r\n"#),
            (r#"RPOP l"#, r#"$1\r\nf\r\n"#),
            (r#"LPOP l 2"#, r#"*2\r\n$1\r\nb\r\n$1\r\nc\r\n"#),
            (r#"RPOP l 2"#, r#"*2\r\n$1\r\ne\r\n$1\r\nd\r\n"#),
            (r#"LPOP l 0"#, r#"*-1\r\n"#),
            (r#"RPOP l 0"#, r#"*-1\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*0\r\n"#),
            (r#"LPOP l 10"#, r#"*-1\r\n"#),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"RPUSH l a b c"#, r#":3\r\n"#),
            (
                r#"RPOP l 100"#,
                r#"*3\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n"#,
            ),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"LPOP missing"#, r#"$-1\r\n"#),
            (r#"RPOP missing"#, r#"$-1\r\n"#),
            (r#"LPOP missing 1"#, r#"*-1\r\n"#),
            (r#"RPOP missing 0"#, r#"*-1\r\n"#),
            (
                r#"LPOP missing -1"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (
                r#"LPOP missing x"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (r#"RPUSH l a"#, r#":1\r\n"#),
            (
                r#"LPOP l -1"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (
                r#"LPOP l 1.5"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (
                r#"LPOP l 9223372036854775808"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (
                r#"LPOP l 1 2"#,
                r#"-ERR wrong number of arguments for 'lpop' command\r\n"#,
            ),
            (
                r#"RPOP l 1 2"#,
                r#"-ERR wrong number of arguments for 'rpop' command\r\n"#,
            ),
            (r#"LPOP l 9223372036854775807"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LPOP s"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"RPOP s 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LPOP s 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LPOP"#,
                r#"-ERR wrong number of arguments for 'lpop' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn pops_in_resp3() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["HELLO", "3"]);
    expect_replies(
        &mut r,
        &[
            (r#"LPOP missing"#, r#"_\r\n"#),
            (r#"LPOP missing 1"#, r#"_\r\n"#),
            (r#"RPOP missing 0"#, r#"_\r\n"#),
            (r#"RPUSH l a"#, r#":1\r\n"#),
            (r#"LPOP l 0"#, r#"*0\r\n"#),
            (r#"LPOP l 5"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"LINDEX missing 0"#, r#"_\r\n"#),
            (r#"LPOS missing a"#, r#"_\r\n"#),
            (r#"LPOS missing a COUNT 0"#, r#"*0\r\n"#),
            (r#"LMPOP 1 missing LEFT"#, r#"_\r\n"#),
            (r#"BLPOP missing 0.01"#, r#"_\r\n"#),
            (r#"BLMPOP 0.01 1 missing RIGHT"#, r#"_\r\n"#),
            (r#"BRPOPLPUSH missing x 0.01"#, r#"_\r\n"#),
            (r#"BLMOVE missing x LEFT LEFT 0.01"#, r#"_\r\n"#),
            (r#"RPOPLPUSH missing x"#, r#"_\r\n"#),
            (r#"LMOVE missing x LEFT LEFT"#, r#"_\r\n"#),
        ],
    );
}

#[test]
fn lindex_positions_and_errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a b c d"#, r#":4\r\n"#),
            (r#"LINDEX l 0"#, r#"$1\r\na\r\n"#),
            (r#"LINDEX l 3"#, r#"$1\r\nd\r\n"#),
            (r#"LINDEX l 4"#, r#"$-1\r\n"#),
            (r#"LINDEX l -1"#, r#"$1\r\nd\r\n"#),
            (r#"LINDEX l -4"#, r#"$1\r\na\r\n"#),
            (r#"LINDEX l -5"#, r#"$-1\r\n"#),
            (r#"LINDEX l 9223372036854775807"#, r#"$-1\r\n"#),
            (r#"LINDEX l -9223372036854775808"#, r#"$-1\r\n"#),
            (
                r#"LINDEX l x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"LINDEX l 1.0"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"LINDEX missing x"#, r#"$-1\r\n"#),
            (r#"LINDEX missing 0"#, r#"$-1\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LINDEX s 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LINDEX s x"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LINDEX l"#,
                r#"-ERR wrong number of arguments for 'lindex' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn lset_replaces_in_range() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a b c"#, r#":3\r\n"#),
            (r#"LSET l 0 x"#, r#"+OK\r\n"#),
            (r#"LSET l -1 z"#, r#"+OK\r\n"#),
            (
                r#"LSET l 1 "a longer value than before, well past sixty-three bytes in size so the entry grows""#,
                r#"+OK\r\n"#,
            ),
            (
                r#"LRANGE l 0 -1"#,
                r#"*3\r\n$1\r\nx\r\n$82\r\na longer value than before, well past sixty-three bytes in size so the entry grows\r\n$1\r\nz\r\n"#,
            ),
            (r#"LSET l 3 y"#, r#"-ERR index out of range\r\n"#),
            (r#"LSET l -4 y"#, r#"-ERR index out of range\r\n"#),
            (
                r#"LSET l x y"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"LSET missing 0 a"#, r#"-ERR no such key\r\n"#),
            (r#"LSET missing x a"#, r#"-ERR no such key\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LSET s 0 a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LSET s x a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LSET l 5"#,
                r#"-ERR wrong number of arguments for 'lset' command\r\n"#,
            ),
            (r#"RPUSH n 1 2 3"#, r#":3\r\n"#),
            (r#"LSET n 1 20000"#, r#"+OK\r\n"#),
            (r#"LSET n 0 abc"#, r#"+OK\r\n"#),
            (
                r#"LRANGE n 0 -1"#,
                r#"*3\r\n$3\r\nabc\r\n$5\r\n20000\r\n$1\r\n3\r\n"#,
            ),
        ],
    );
}

#[test]
fn linsert_before_and_after_a_pivot() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a b c b"#, r#":4\r\n"#),
            (r#"LINSERT l BEFORE b x"#, r#":5\r\n"#),
            (r#"LINSERT l after b y"#, r#":6\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*6\r\n$1\r\na\r\n$1\r\nx\r\n$1\r\nb\r\n$1\r\ny\r\n$1\r\nc\r\n$1\r\nb\r\n"#,
            ),
            (r#"LINSERT l before a first"#, r#":7\r\n"#),
            (r#"LINSERT l AFTER c last"#, r#":8\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*8\r\n$5\r\nfirst\r\n$1\r\na\r\n$1\r\nx\r\n$1\r\nb\r\n$1\r\ny\r\n$1\r\nc\r\n$4\r\nlast\r\n$1\r\nb\r\n"#,
            ),
            (r#"LINSERT l before nothere z"#, r#":-1\r\n"#),
            (r#"LINSERT missing before a z"#, r#":0\r\n"#),
            (r#"EXISTS missing"#, r#":0\r\n"#),
            (r#"LINSERT l middle a z"#, r#"-ERR syntax error\r\n"#),
            (r#"LINSERT missing middle a z"#, r#"-ERR syntax error\r\n"#),
            (r#"RPUSH n 1 01 10"#, r#":3\r\n"#),
            (r#"LINSERT n after 1 one"#, r#":4\r\n"#),
            (r#"LINSERT n before 01 zero-one"#, r#":5\r\n"#),
            (r#"LINSERT n after 10 ten"#, r#":6\r\n"#),
            (
                r#"LRANGE n 0 -1"#,
                r#"*6\r\n$1\r\n1\r\n$3\r\none\r\n$8\r\nzero-one\r\n$2\r\n01\r\n$2\r\n10\r\n$3\r\nten\r\n"#,
            ),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LINSERT s before a z"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"LINSERT s middle a z"#, r#"-ERR syntax error\r\n"#),
            (
                r#"LINSERT l before a"#,
                r#"-ERR wrong number of arguments for 'linsert' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn lrange_slices() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l 0 1 2 3 4 5 6 7 8 9"#, r#":10\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*10\r\n$1\r\n0\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n$1\r\n7\r\n$1\r\n8\r\n$1\r\n9\r\n"#,
            ),
            (
                r#"LRANGE l 1 -2"#,
                r#"*8\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n$1\r\n7\r\n$1\r\n8\r\n"#,
            ),
            (
                r#"LRANGE l -3 -1"#,
                r#"*3\r\n$1\r\n7\r\n$1\r\n8\r\n$1\r\n9\r\n"#,
            ),
            (r#"LRANGE l 5 5"#, r#"*1\r\n$1\r\n5\r\n"#),
            (r#"LRANGE l 7 3"#, r#"*0\r\n"#),
            (
                r#"LRANGE l -100 2"#,
                r#"*3\r\n$1\r\n0\r\n$1\r\n1\r\n$1\r\n2\r\n"#,
            ),
            (r#"LRANGE l 8 100"#, r#"*2\r\n$1\r\n8\r\n$1\r\n9\r\n"#),
            (r#"LRANGE l 10 20"#, r#"*0\r\n"#),
            (r#"LRANGE l 0 -11"#, r#"*0\r\n"#),
            (r#"LRANGE l -11 -11"#, r#"*0\r\n"#),
            (
                r#"LRANGE l -9223372036854775808 9223372036854775807"#,
                r#"*10\r\n$1\r\n0\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n$1\r\n7\r\n$1\r\n8\r\n$1\r\n9\r\n"#,
            ),
            (
                r#"LRANGE l a 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"LRANGE l 0 b"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"LRANGE missing 0 -1"#, r#"*0\r\n"#),
            (
                r#"LRANGE missing a b"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LRANGE s 0 -1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LRANGE s a 0"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"LRANGE l 0"#,
                r#"-ERR wrong number of arguments for 'lrange' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn ltrim_keeps_a_range() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a b c d e f"#, r#":6\r\n"#),
            (r#"LTRIM l 1 -2"#, r#"+OK\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n"#,
            ),
            (r#"LTRIM l -3 100"#, r#"+OK\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*3\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n"#,
            ),
            (r#"LTRIM l 0 0"#, r#"+OK\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*1\r\n$1\r\nc\r\n"#),
            (r#"LTRIM l 5 10"#, r#"+OK\r\n"#),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"RPUSH l a b c"#, r#":3\r\n"#),
            (r#"LTRIM l 2 1"#, r#"+OK\r\n"#),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"LTRIM missing 0 1"#, r#"+OK\r\n"#),
            (
                r#"LTRIM missing x 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"RPUSH l a b"#, r#":2\r\n"#),
            (
                r#"LTRIM l x 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"LTRIM l 0 y"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LTRIM s 0 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LTRIM l 0"#,
                r#"-ERR wrong number of arguments for 'ltrim' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn lrem_from_head_tail_or_all() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a b a c a b a"#, r#":7\r\n"#),
            (r#"LREM l 2 a"#, r#":2\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*5\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\na\r\n"#,
            ),
            (r#"LREM l -1 b"#, r#":1\r\n"#),
            (
                r#"LRANGE l 0 -1"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n$1\r\na\r\n"#,
            ),
            (r#"LREM l 0 a"#, r#":2\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*2\r\n$1\r\nb\r\n$1\r\nc\r\n"#),
            (r#"LREM l 0 nothere"#, r#":0\r\n"#),
            (r#"LREM l 1 c"#, r#":1\r\n"#),
            (r#"EXISTS l"#, r#":1\r\n"#),
            (r#"RPUSH n 1 01 1 10 1"#, r#":5\r\n"#),
            (r#"LREM n 0 1"#, r#":3\r\n"#),
            (r#"LRANGE n 0 -1"#, r#"*2\r\n$2\r\n01\r\n$2\r\n10\r\n"#),
            (r#"LREM n -9223372036854775808 01"#, r#":1\r\n"#),
            (r#"LRANGE n 0 -1"#, r#"*1\r\n$2\r\n10\r\n"#),
            (r#"LREM missing 1 a"#, r#":0\r\n"#),
            (
                r#"LREM l x a"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"LREM missing x a"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LREM s 1 a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LREM l 1"#,
                r#"-ERR wrong number of arguments for 'lrem' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn lpos_options_and_errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a b c 1 2 3 c c"#, r#":8\r\n"#),
            (r#"LPOS l a"#, r#":0\r\n"#),
            (r#"LPOS l c"#, r#":2\r\n"#),
            (r#"LPOS l nothere"#, r#"$-1\r\n"#),
            (r#"LPOS l c RANK 1"#, r#":2\r\n"#),
            (r#"LPOS l c RANK 2"#, r#":6\r\n"#),
            (r#"LPOS l c RANK -1"#, r#":7\r\n"#),
            (r#"LPOS l c RANK -3"#, r#":2\r\n"#),
            (r#"LPOS l c RANK 4"#, r#"$-1\r\n"#),
            (r#"LPOS l c COUNT 0"#, r#"*3\r\n:2\r\n:6\r\n:7\r\n"#),
            (r#"LPOS l c COUNT 2"#, r#"*2\r\n:2\r\n:6\r\n"#),
            (r#"LPOS l c COUNT 0 RANK 2"#, r#"*2\r\n:6\r\n:7\r\n"#),
            (r#"LPOS l c COUNT 0 RANK -1"#, r#"*3\r\n:7\r\n:6\r\n:2\r\n"#),
            (r#"LPOS l c COUNT 1 RANK -2"#, r#"*1\r\n:6\r\n"#),
            (r#"LPOS l c COUNT 5 RANK 5"#, r#"*0\r\n"#),
            (r#"LPOS l c MAXLEN 3"#, r#":2\r\n"#),
            (r#"LPOS l c MAXLEN 6 COUNT 0"#, r#"*1\r\n:2\r\n"#),
            (r#"LPOS l c RANK -1 MAXLEN 2"#, r#":7\r\n"#),
            (r#"LPOS l c RANK -1 MAXLEN 1 COUNT 0"#, r#"*1\r\n:7\r\n"#),
            (r#"LPOS l 1"#, r#":3\r\n"#),
            (r#"LPOS l 01"#, r#"$-1\r\n"#),
            (
                r#"LPOS l c RANK 0"#,
                r#"-ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list\r\n"#,
            ),
            (
                r#"LPOS l c RANK x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"LPOS l c RANK"#, r#"-ERR syntax error\r\n"#),
            (
                r#"LPOS l c COUNT -1"#,
                r#"-ERR COUNT can't be negative\r\n"#,
            ),
            (r#"LPOS l c COUNT x"#, r#"-ERR COUNT can't be negative\r\n"#),
            (
                r#"LPOS l c MAXLEN -1"#,
                r#"-ERR MAXLEN can't be negative\r\n"#,
            ),
            (
                r#"LPOS l c MAXLEN x"#,
                r#"-ERR MAXLEN can't be negative\r\n"#,
            ),
            (r#"LPOS l c FOO 1"#, r#"-ERR syntax error\r\n"#),
            (r#"LPOS l c COUNT 1 COUNT 2"#, r#"*2\r\n:2\r\n:6\r\n"#),
            (r#"LPOS l c RANK 1 RANK -1"#, r#":7\r\n"#),
            (r#"LPOS l c RANK -9223372036854775808"#, r#":7\r\n"#),
            (
                r#"LPOS l c RANK -9223372036854775808 COUNT 2"#,
                r#"*3\r\n:7\r\n:6\r\n:2\r\n"#,
            ),
            (r#"LPOS l c RANK 9223372036854775807"#, r#"$-1\r\n"#),
            (r#"LPOS missing a"#, r#"$-1\r\n"#),
            (r#"LPOS missing a COUNT 1"#, r#"*0\r\n"#),
            (
                r#"LPOS missing a RANK 0"#,
                r#"-ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list\r\n"#,
            ),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LPOS s a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LPOS s a RANK 0"#,
                r#"-ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list\r\n"#,
            ),
            (
                r#"LPOS l"#,
                r#"-ERR wrong number of arguments for 'lpos' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn lmove_and_rpoplpush() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH src a b c d"#, r#":4\r\n"#),
            (r#"LMOVE src dst LEFT RIGHT"#, r#"$1\r\na\r\n"#),
            (r#"LMOVE src dst right left"#, r#"$1\r\nd\r\n"#),
            (r#"LMOVE src dst LEFT LEFT"#, r#"$1\r\nb\r\n"#),
            (r#"LMOVE src dst RIGHT RIGHT"#, r#"$1\r\nc\r\n"#),
            (r#"EXISTS src"#, r#":0\r\n"#),
            (
                r#"LRANGE dst 0 -1"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\nd\r\n$1\r\na\r\n$1\r\nc\r\n"#,
            ),
            (r#"LMOVE src dst LEFT RIGHT"#, r#"$-1\r\n"#),
            (r#"RPOPLPUSH dst dst"#, r#"$1\r\nc\r\n"#),
            (
                r#"LRANGE dst 0 -1"#,
                r#"*4\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\nd\r\n$1\r\na\r\n"#,
            ),
            (r#"LMOVE dst dst LEFT RIGHT"#, r#"$1\r\nc\r\n"#),
            (
                r#"LRANGE dst 0 -1"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\nd\r\n$1\r\na\r\n$1\r\nc\r\n"#,
            ),
            (r#"RPUSH one x"#, r#":1\r\n"#),
            (r#"LMOVE one one LEFT LEFT"#, r#"$1\r\nx\r\n"#),
            (r#"LRANGE one 0 -1"#, r#"*1\r\n$1\r\nx\r\n"#),
            (r#"RPOPLPUSH one one"#, r#"$1\r\nx\r\n"#),
            (r#"RPOPLPUSH one other"#, r#"$1\r\nx\r\n"#),
            (r#"EXISTS one"#, r#":0\r\n"#),
            (r#"LRANGE other 0 -1"#, r#"*1\r\n$1\r\nx\r\n"#),
            (r#"LMOVE other x UP LEFT"#, r#"-ERR syntax error\r\n"#),
            (r#"LMOVE other x LEFT DOWN"#, r#"-ERR syntax error\r\n"#),
            (r#"LMOVE missing x UP LEFT"#, r#"-ERR syntax error\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LMOVE s other LEFT LEFT"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LMOVE other s LEFT LEFT"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"LRANGE other 0 -1"#, r#"*1\r\n$1\r\nx\r\n"#),
            (
                r#"RPOPLPUSH s other"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"RPOPLPUSH other s"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"LMOVE missing s LEFT LEFT"#, r#"$-1\r\n"#),
            (r#"RPOPLPUSH missing s"#, r#"$-1\r\n"#),
            (
                r#"RPOPLPUSH a"#,
                r#"-ERR wrong number of arguments for 'rpoplpush' command\r\n"#,
            ),
            (
                r#"LMOVE a b LEFT"#,
                r#"-ERR wrong number of arguments for 'lmove' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn lmpop_arguments_and_pops() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (
                r#"LMPOP 0 l LEFT"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (
                r#"LMPOP -1 l LEFT"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (
                r#"LMPOP x l LEFT"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (r#"LMPOP 2 l LEFT"#, r#"-ERR syntax error\r\n"#),
            (
                r#"LMPOP 1 l"#,
                r#"-ERR wrong number of arguments for 'lmpop' command\r\n"#,
            ),
            (r#"LMPOP 1 l UP"#, r#"-ERR syntax error\r\n"#),
            (
                r#"LMPOP 1 l LEFT COUNT 0"#,
                r#"-ERR count should be greater than 0\r\n"#,
            ),
            (
                r#"LMPOP 1 l LEFT COUNT -1"#,
                r#"-ERR count should be greater than 0\r\n"#,
            ),
            (
                r#"LMPOP 1 l LEFT COUNT x"#,
                r#"-ERR count should be greater than 0\r\n"#,
            ),
            (r#"LMPOP 1 l LEFT COUNT"#, r#"-ERR syntax error\r\n"#),
            (
                r#"LMPOP 1 l LEFT COUNT 1 COUNT 2"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"LMPOP 1 l LEFT extra"#, r#"-ERR syntax error\r\n"#),
            (
                r#"LMPOP 9223372036854775807 l LEFT"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"LMPOP 1 l LEFT"#, r#"*-1\r\n"#),
            (r#"RPUSH l a b c d e"#, r#":5\r\n"#),
            (r#"RPUSH l2 1 2 3"#, r#":3\r\n"#),
            (
                r#"LMPOP 2 missing l LEFT"#,
                r#"*2\r\n$1\r\nl\r\n*1\r\n$1\r\na\r\n"#,
            ),
            (
                r#"LMPOP 2 l l2 RIGHT COUNT 2"#,
                r#"*2\r\n$1\r\nl\r\n*2\r\n$1\r\ne\r\n$1\r\nd\r\n"#,
            ),
            (
                r#"LMPOP 2 l l2 LEFT COUNT 10"#,
                r#"*2\r\n$1\r\nl\r\n*2\r\n$1\r\nb\r\n$1\r\nc\r\n"#,
            ),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (
                r#"LMPOP 3 missing l l2 RIGHT"#,
                r#"*2\r\n$2\r\nl2\r\n*1\r\n$1\r\n3\r\n"#,
            ),
            (
                r#"LMPOP 2 l2 l LEFT COUNT 5"#,
                r#"*2\r\n$2\r\nl2\r\n*2\r\n$1\r\n1\r\n$1\r\n2\r\n"#,
            ),
            (r#"EXISTS l2"#, r#":0\r\n"#),
            (r#"LMPOP 2 l l2 LEFT"#, r#"*-1\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"LMPOP 2 missing s LEFT"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"RPUSH l a"#, r#":1\r\n"#),
            (
                r#"LMPOP 2 l s LEFT"#,
                r#"*2\r\n$1\r\nl\r\n*1\r\n$1\r\na\r\n"#,
            ),
            (
                r#"LMPOP 2 s l LEFT"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"LMPOP 1"#,
                r#"-ERR wrong number of arguments for 'lmpop' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn blocking_forms_without_blocking() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a b c"#, r#":3\r\n"#),
            (r#"BLPOP l 0"#, r#"*2\r\n$1\r\nl\r\n$1\r\na\r\n"#),
            (r#"BRPOP l 0"#, r#"*2\r\n$1\r\nl\r\n$1\r\nc\r\n"#),
            (r#"BLPOP missing l 0"#, r#"*2\r\n$1\r\nl\r\n$1\r\nb\r\n"#),
            (r#"RPUSH l x y z"#, r#":3\r\n"#),
            (r#"BRPOP missing l 1.5"#, r#"*2\r\n$1\r\nl\r\n$1\r\nz\r\n"#),
            (
                r#"BLMPOP 0 2 missing l LEFT COUNT 5"#,
                r#"*2\r\n$1\r\nl\r\n*2\r\n$1\r\nx\r\n$1\r\ny\r\n"#,
            ),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"RPUSH l a b c d"#, r#":4\r\n"#),
            (r#"BLMOVE l dst LEFT RIGHT 0"#, r#"$1\r\na\r\n"#),
            (r#"BRPOPLPUSH l dst 0"#, r#"$1\r\nd\r\n"#),
            (r#"LRANGE dst 0 -1"#, r#"*2\r\n$1\r\nd\r\n$1\r\na\r\n"#),
            (
                r#"BLMPOP 0 1 l RIGHT"#,
                r#"*2\r\n$1\r\nl\r\n*1\r\n$1\r\nc\r\n"#,
            ),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (
                r#"BLPOP s 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BLPOP missing s 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"BRPOP l s 0"#, r#"*2\r\n$1\r\nl\r\n$1\r\nb\r\n"#),
            (r#"RPUSH l q r"#, r#":2\r\n"#),
            (
                r#"BLMOVE s dst LEFT LEFT 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BLMOVE l s LEFT LEFT 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BRPOPLPUSH s dst 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BRPOPLPUSH l s 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BLMPOP 0 2 missing s LEFT"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"LRANGE l 0 -1"#, r#"*2\r\n$1\r\nq\r\n$1\r\nr\r\n"#),
        ],
    );
}

#[test]
fn blocking_argument_errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"BLPOP l -1"#, r#"-ERR timeout is negative\r\n"#),
            (
                r#"BLPOP l x"#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (
                r#"BLPOP l """#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (
                r#"BLPOP l nan"#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (r#"BLPOP l inf"#, r#"-ERR timeout is negative\r\n"#),
            (r#"BLPOP l -0.0011"#, r#"-ERR timeout is negative\r\n"#),
            (
                r#"BLPOP l 1e5000"#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (r#"BRPOP l -1"#, r#"-ERR timeout is negative\r\n"#),
            (
                r#"BLMOVE a b LEFT RIGHT -1"#,
                r#"-ERR timeout is negative\r\n"#,
            ),
            (r#"BLMOVE a b UP RIGHT x"#, r#"-ERR syntax error\r\n"#),
            (r#"BLMOVE a b LEFT DOWN x"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BLMOVE a b LEFT RIGHT x"#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (r#"BRPOPLPUSH a b -1"#, r#"-ERR timeout is negative\r\n"#),
            (
                r#"BRPOPLPUSH a b abc"#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (r#"BLMPOP -1 1 l LEFT"#, r#"-ERR timeout is negative\r\n"#),
            (
                r#"BLMPOP x 1 l LEFT"#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (
                r#"BLMPOP 0 0 l LEFT"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (r#"BLMPOP 0 1 l UP"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BLMPOP 0 1 l LEFT COUNT 0"#,
                r#"-ERR count should be greater than 0\r\n"#,
            ),
            (r#"BLMPOP x 2 l LEFT"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BLMPOP 0 1 l"#,
                r#"-ERR wrong number of arguments for 'blmpop' command\r\n"#,
            ),
            (
                r#"BLPOP l"#,
                r#"-ERR wrong number of arguments for 'blpop' command\r\n"#,
            ),
            (
                r#"BLMPOP 0 1 l"#,
                r#"-ERR wrong number of arguments for 'blmpop' command\r\n"#,
            ),
            (
                r#"BRPOPLPUSH a b"#,
                r#"-ERR wrong number of arguments for 'brpoplpush' command\r\n"#,
            ),
            (
                r#"BLMOVE a b LEFT RIGHT"#,
                r#"-ERR wrong number of arguments for 'blmove' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn blocking_commands_inside_multi_do_not_block() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"RPUSH l a"#, r#":1\r\n"#),
            (r#"MULTI"#, r#"+OK\r\n"#),
            (r#"BLPOP l 0"#, r#"+QUEUED\r\n"#),
            (r#"BLPOP l 0"#, r#"+QUEUED\r\n"#),
            (r#"BRPOP l 0"#, r#"+QUEUED\r\n"#),
            (r#"BLMOVE l dst LEFT LEFT 0"#, r#"+QUEUED\r\n"#),
            (r#"BRPOPLPUSH l dst 0"#, r#"+QUEUED\r\n"#),
            (r#"BLMPOP 0 1 l LEFT"#, r#"+QUEUED\r\n"#),
            (r#"BLPOP l -1"#, r#"+QUEUED\r\n"#),
            (
                r#"EXEC"#,
                r#"*7\r\n*2\r\n$1\r\nl\r\n$1\r\na\r\n*-1\r\n*-1\r\n$-1\r\n$-1\r\n*-1\r\n-ERR timeout is negative\r\n"#,
            ),
            (r#"MULTI"#, r#"+OK\r\n"#),
            (r#"BLPOP l 0"#, r#"+QUEUED\r\n"#),
            (r#"EXEC"#, r#"*1\r\n*-1\r\n"#),
            (r#"RPUSH l x"#, r#":1\r\n"#),
            (r#"MULTI"#, r#"+OK\r\n"#),
            (r#"BLMOVE l dst LEFT LEFT 0"#, r#"+QUEUED\r\n"#),
            (r#"BRPOPLPUSH l dst 0"#, r#"+QUEUED\r\n"#),
            (r#"EXEC"#, r#"*2\r\n$1\r\nx\r\n$-1\r\n"#),
            (r#"LRANGE dst 0 -1"#, r#"*1\r\n$1\r\nx\r\n"#),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Written by hand: encodings, node sizes, notifications, propagation, a randomized model.

/// The list stored at `key` in database 0, read straight from the keyspace.
fn with_list<R>(s: &TestServer, key: &str, f: impl FnOnce(&respite::types::list::List) -> R) -> R {
    with_entry(s, key, |e| match e.map(|e| &e.value) {
        Some(respite::db::Value::List(l)) => f(l),
        other => panic!("{key} holds no list: {other:?}"),
    })
}

#[test]
fn every_list_is_a_quicklist_as_in_redis_7_0() {
    let s = TestServer::start();
    let mut r = s.raw();
    r.cmd(&["RPUSH", "small", "a"]);
    assert_eq!(
        r.cmd(&["OBJECT", "ENCODING", "small"]),
        "$9\r\nquicklist\r\n"
    );
    let big: Vec<String> = (0..5000).map(|i| format!("element-{i}")).collect();
    let mut args = vec!["RPUSH", "big"];
    args.extend(big.iter().map(|s| s.as_str()));
    assert_eq!(r.cmd(&args), ":5000\r\n");
    assert_eq!(r.cmd(&["OBJECT", "ENCODING", "big"]), "$9\r\nquicklist\r\n");
    // 8 KB nodes by default (list-max-listpack-size -2): ~13-byte entries, about 600 per node.
    let nodes = with_list(&s, "big", |l| l.node_count());
    assert!((7..=12).contains(&nodes), "{nodes} nodes");
    assert_eq!(r.cmd(&["LINDEX", "big", "2500"]), "$12\r\nelement-2500\r\n");
    assert_eq!(
        r.cmd(&["LRANGE", "big", "-2", "-1"]),
        "*2\r\n$12\r\nelement-4998\r\n$12\r\nelement-4999\r\n"
    );
}

#[test]
fn node_size_follows_list_max_listpack_size_when_the_list_is_created() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert_eq!(
        r.cmd(&["CONFIG", "SET", "list-max-listpack-size", "4"]),
        "+OK\r\n"
    );
    r.cmd(&[
        "RPUSH", "counted", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ]);
    assert_eq!(with_list(&s, "counted", |l| l.node_count()), 3);
    assert_eq!(
        r.cmd(&["CONFIG", "SET", "list-max-listpack-size", "-1"]),
        "+OK\r\n"
    );
    // An existing list keeps the fill it was created with, as in Redis.
    r.cmd(&["RPUSH", "counted", "10"]);
    assert_eq!(with_list(&s, "counted", |l| l.node_count()), 3);
    let value = "v".repeat(1000);
    for _ in 0..8 {
        r.cmd(&["RPUSH", "sized", &value]);
    }
    assert_eq!(
        with_list(&s, "sized", |l| l.node_count()),
        2,
        "4 KB nodes hold three 1000-byte elements"
    );
    assert_eq!(
        r.cmd(&["CONFIG", "SET", "list-compress-depth", "2"]),
        "+OK\r\n"
    );
    assert_eq!(
        r.cmd(&["CONFIG", "GET", "list-compress-depth"]),
        "*2\r\n$19\r\nlist-compress-depth\r\n$1\r\n2\r\n"
    );
    r.cmd(&["RPUSH", "compressed", "a", "b"]);
    assert_eq!(
        r.cmd(&["LRANGE", "compressed", "0", "-1"]),
        "*2\r\n$1\r\na\r\n$1\r\nb\r\n"
    );
}

#[test]
fn keyspace_events_match_redis() {
    let s = TestServer::start();
    let mut sub = keyevent_listener(&s);
    let mut r = s.raw();
    let script: &[&[&str]] = &[
        &["LPUSH", "l", "a", "b"],
        &["RPUSH", "l", "c"],
        &["LPUSHX", "l", "x"],
        &["RPUSHX", "l", "y"],
        &["LPUSHX", "missing", "x"],
        &["LINSERT", "l", "BEFORE", "a", "z"],
        &["LINSERT", "l", "BEFORE", "nothere", "z"],
        &["LSET", "l", "0", "first"],
        &["LREM", "l", "0", "nothere"],
        &["LREM", "l", "1", "z"],
        &["LTRIM", "l", "0", "-1"],
        &["LPOP", "l"],
        &["RPOP", "l", "2"],
        &["LMOVE", "l", "dst", "LEFT", "RIGHT"],
        &["RPOPLPUSH", "l", "dst"],
        &["LMPOP", "1", "dst", "RIGHT", "COUNT", "5"],
        &["RPUSH", "t", "1", "2"],
        &["LTRIM", "t", "5", "6"],
        &["RPUSH", "b", "1"],
        &["BLPOP", "b", "0"],
    ];
    for cmd in script {
        r.cmd(cmd);
    }
    assert_eq!(
        read_keyevents(&mut sub),
        [
            "lpush l",
            "rpush l",
            "lpush l",
            "rpush l",
            "linsert l",
            "lset l",
            "lrem l",
            "ltrim l",
            "lpop l",
            "rpop l",
            "rpush dst",
            "lpop l",
            "lpush dst",
            "rpop l",
            "del l",
            "rpop dst",
            "del dst",
            "rpush t",
            "ltrim t",
            "del t",
            "rpush b",
            "lpop b",
            "del b",
        ]
    );
}

#[test]
fn blocking_forms_propagate_as_their_plain_forms() {
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let mut r = s.raw();
    for cmd in [
        &["RPUSH", "l", "a", "b", "c", "d", "e", "f"][..],
        &["BLPOP", "missing", "l", "0"],
        &["BRPOP", "l", "0"],
        &["BLMOVE", "l", "d", "left", "RIGHT", "0"],
        &["BRPOPLPUSH", "l", "d", "0"],
        &["BLMPOP", "0", "1", "l", "LEFT", "COUNT", "5"],
        &["LMPOP", "1", "d", "RIGHT", "COUNT", "1"],
        &["LPOP", "missing"],
        &["LPOP", "d", "0"],
        &["LMOVE", "d", "d", "LEFT", "RIGHT"],
        // Changing nothing, these are not propagated (Redis propagates what made the dataset dirty).
        &["LTRIM", "d", "0", "-1"],
        &["LREM", "d", "0", "nothere"],
        &["BLPOP", "missing", "0.001"],
    ] {
        r.cmd(cmd);
    }
    assert_eq!(
        propagated_commands(&mut rx),
        [
            "RPUSH l a b c d e f",
            "LPOP l",
            "RPOP l",
            "LMOVE l d left RIGHT",
            "RPOPLPUSH l d",
            "LPOP l 2",
            "RPOP d 1",
            "LMOVE d d LEFT RIGHT",
        ]
    );
}

#[test]
fn long_lists_across_many_nodes() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert_eq!(
        r.cmd(&["CONFIG", "SET", "list-max-listpack-size", "5"]),
        "+OK\r\n"
    );
    let n = 2000;
    for i in 0..n {
        r.cmd(&["RPUSH", "l", &i.to_string()]);
    }
    assert_eq!(with_list(&s, "l", |l| l.node_count()), 400);
    assert_eq!(r.cmd(&["LINDEX", "l", "1234"]), "$4\r\n1234\r\n");
    assert_eq!(r.cmd(&["LINDEX", "l", "-1"]), "$4\r\n1999\r\n");
    assert_eq!(r.cmd(&["LSET", "l", "1000", "mid"]), "+OK\r\n");
    assert_eq!(
        r.cmd(&["LRANGE", "l", "998", "1002"]),
        "*5\r\n$3\r\n998\r\n$3\r\n999\r\n$3\r\nmid\r\n$4\r\n1001\r\n$4\r\n1002\r\n"
    );
    assert_eq!(r.cmd(&["LINSERT", "l", "AFTER", "mid", "new"]), ":2001\r\n");
    assert_eq!(r.cmd(&["LPOS", "l", "new"]), ":1001\r\n");
    assert_eq!(r.cmd(&["LPOS", "l", "1999", "RANK", "-1"]), ":2000\r\n");
    assert_eq!(r.cmd(&["LREM", "l", "0", "new"]), ":1\r\n");
    assert_eq!(r.cmd(&["LTRIM", "l", "500", "-501"]), "+OK\r\n");
    assert_eq!(r.cmd(&["LLEN", "l"]), ":1000\r\n");
    assert_eq!(r.cmd(&["LRANGE", "l", "0", "0"]), "*1\r\n$3\r\n500\r\n");
    assert_eq!(r.cmd(&["LRANGE", "l", "-1", "-1"]), "*1\r\n$4\r\n1499\r\n");
    let popped = r.cmd(&["RPOP", "l", "3"]);
    assert_eq!(popped, "*3\r\n$4\r\n1499\r\n$4\r\n1498\r\n$4\r\n1497\r\n");
}

/// RESP2 encodings of the expected replies.
fn bulk(v: &[u8]) -> Vec<u8> {
    let mut out = format!("${}\r\n", v.len()).into_bytes();
    out.extend_from_slice(v);
    out.extend_from_slice(b"\r\n");
    out
}

fn int(n: i64) -> Vec<u8> {
    format!(":{n}\r\n").into_bytes()
}

fn array(items: Vec<Vec<u8>>) -> Vec<u8> {
    let mut out = format!("*{}\r\n", items.len()).into_bytes();
    for item in items {
        out.extend(item);
    }
    out
}

const NIL: &[u8] = b"$-1\r\n";
const NIL_ARRAY: &[u8] = b"*-1\r\n";

/// A list index as Redis resolves it, None when out of range.
fn resolve(index: i64, len: usize) -> Option<usize> {
    let i = if index < 0 { len as i64 + index } else { index };
    (0..len as i64).contains(&i).then_some(i as usize)
}

fn model_clamp(start: i64, stop: i64, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    let start = (if start < 0 { start + len } else { start }).max(0);
    let stop = if stop < 0 { stop + len } else { stop };
    if start > stop || start >= len {
        return None;
    }
    Some((start as usize, (stop.min(len - 1) - start + 1) as usize))
}

/// Thousands of random list commands against the server and against a model built on
/// `VecDeque`, comparing every reply byte for byte.
fn model_test(seed: u64, fill: &str, ops: usize) {
    use rand::rngs::SmallRng;
    use rand::{Rng, SeedableRng};
    use std::collections::{HashMap, VecDeque};

    let s = TestServer::start();
    let mut r = s.raw();
    assert_eq!(
        r.cmd(&["CONFIG", "SET", "list-max-listpack-size", fill]),
        "+OK\r\n"
    );
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut model: HashMap<String, VecDeque<Vec<u8>>> = HashMap::new();
    let keys = ["k1", "k2", "k3"];
    let long_a = "a".repeat(700);
    let long_b = "b".repeat(3000);
    let values: Vec<&str> = vec![
        "a", "b", "c", "1", "01", "-5", "1000000", "", "x y", &long_a, &long_b,
    ];
    for op in 0..ops {
        let key = keys[rng.gen_range(0..keys.len())].to_string();
        let other = keys[rng.gen_range(0..keys.len())].to_string();
        let v = values[rng.gen_range(0..values.len())].to_string();
        let w = values[rng.gen_range(0..values.len())].to_string();
        let side = |left: bool| if left { "LEFT" } else { "RIGHT" };
        let (cmd, expected): (Vec<String>, Vec<u8>) = match rng.gen_range(0..16) {
            0 | 1 => {
                let n = rng.gen_range(1..4);
                let elems: Vec<String> = (0..n)
                    .map(|_| values[rng.gen_range(0..values.len())].to_string())
                    .collect();
                let head = rng.gen_bool(0.5);
                let only_existing = rng.gen_bool(0.2);
                let name = match (head, only_existing) {
                    (true, false) => "LPUSH",
                    (false, false) => "RPUSH",
                    (true, true) => "LPUSHX",
                    (false, true) => "RPUSHX",
                };
                let expected = if only_existing && !model.contains_key(&key) {
                    int(0)
                } else {
                    let list = model.entry(key.clone()).or_default();
                    for e in &elems {
                        if head {
                            list.push_front(e.as_bytes().to_vec());
                        } else {
                            list.push_back(e.as_bytes().to_vec());
                        }
                    }
                    int(list.len() as i64)
                };
                let mut cmd = vec![name.to_string(), key.clone()];
                cmd.extend(elems);
                (cmd, expected)
            }
            2 => {
                let head = rng.gen_bool(0.5);
                let count = rng.gen_bool(0.5).then(|| rng.gen_range(0..5usize));
                let name = if head { "LPOP" } else { "RPOP" };
                let mut cmd = vec![name.to_string(), key.clone()];
                let expected = match (model.get_mut(&key), count) {
                    (None, None) => NIL.to_vec(),
                    (None, Some(_)) => NIL_ARRAY.to_vec(),
                    (Some(list), None) => bulk(
                        &(if head {
                            list.pop_front()
                        } else {
                            list.pop_back()
                        })
                        .unwrap(),
                    ),
                    (Some(list), Some(n)) => {
                        let items = (0..n.min(list.len()))
                            .map(|_| {
                                bulk(
                                    &(if head {
                                        list.pop_front()
                                    } else {
                                        list.pop_back()
                                    })
                                    .unwrap(),
                                )
                            })
                            .collect();
                        array(items)
                    }
                };
                if let Some(n) = count {
                    cmd.push(n.to_string());
                }
                (cmd, expected)
            }
            3 => (
                vec!["LLEN".into(), key.clone()],
                int(model.get(&key).map_or(0, |l| l.len()) as i64),
            ),
            4 => {
                let i = rng.gen_range(-12i64..12);
                let expected = match model.get(&key) {
                    None => NIL.to_vec(),
                    Some(l) => resolve(i, l.len()).map_or(NIL.to_vec(), |i| bulk(&l[i])),
                };
                (vec!["LINDEX".into(), key.clone(), i.to_string()], expected)
            }
            5 => {
                let i = rng.gen_range(-12i64..12);
                let expected = match model.get_mut(&key) {
                    None => b"-ERR no such key\r\n".to_vec(),
                    Some(l) => match resolve(i, l.len()) {
                        None => b"-ERR index out of range\r\n".to_vec(),
                        Some(i) => {
                            l[i] = v.as_bytes().to_vec();
                            b"+OK\r\n".to_vec()
                        }
                    },
                };
                (
                    vec!["LSET".into(), key.clone(), i.to_string(), v.clone()],
                    expected,
                )
            }
            6 => {
                let after = rng.gen_bool(0.5);
                let expected = match model.get_mut(&key) {
                    None => int(0),
                    Some(l) => match l.iter().position(|e| e == v.as_bytes()) {
                        None => int(-1),
                        Some(p) => {
                            l.insert(if after { p + 1 } else { p }, w.as_bytes().to_vec());
                            int(l.len() as i64)
                        }
                    },
                };
                let place = if after { "AFTER" } else { "BEFORE" };
                (
                    vec![
                        "LINSERT".into(),
                        key.clone(),
                        place.into(),
                        v.clone(),
                        w.clone(),
                    ],
                    expected,
                )
            }
            7 | 8 => {
                let (a, b) = (rng.gen_range(-15i64..15), rng.gen_range(-15i64..15));
                let expected = match model
                    .get(&key)
                    .and_then(|l| model_clamp(a, b, l.len()).map(|r| (l, r)))
                {
                    None => array(vec![]),
                    Some((l, (from, n))) => {
                        array(l.iter().skip(from).take(n).map(|e| bulk(e)).collect())
                    }
                };
                (
                    vec!["LRANGE".into(), key.clone(), a.to_string(), b.to_string()],
                    expected,
                )
            }
            9 => {
                let (a, b) = (rng.gen_range(-15i64..15), rng.gen_range(-15i64..15));
                if let Some(l) = model.get_mut(&key) {
                    let kept: VecDeque<Vec<u8>> = match model_clamp(a, b, l.len()) {
                        None => VecDeque::new(),
                        Some((from, n)) => l.iter().skip(from).take(n).cloned().collect(),
                    };
                    *l = kept;
                }
                (
                    vec!["LTRIM".into(), key.clone(), a.to_string(), b.to_string()],
                    b"+OK\r\n".to_vec(),
                )
            }
            10 => {
                let count = rng.gen_range(-3i64..4);
                let expected = match model.get_mut(&key) {
                    None => int(0),
                    Some(l) => {
                        let mut idx: Vec<usize> =
                            (0..l.len()).filter(|&i| l[i] == v.as_bytes()).collect();
                        if count < 0 {
                            idx.reverse();
                        }
                        if count != 0 {
                            idx.truncate(count.unsigned_abs() as usize);
                        }
                        idx.sort_unstable();
                        for &i in idx.iter().rev() {
                            l.remove(i);
                        }
                        int(idx.len() as i64)
                    }
                };
                (
                    vec!["LREM".into(), key.clone(), count.to_string(), v.clone()],
                    expected,
                )
            }
            11 => {
                let rank = [1i64, 2, -1, -2][rng.gen_range(0..4)];
                let count = rng.gen_bool(0.5).then(|| rng.gen_range(0..3i64));
                let maxlen = rng.gen_range(0..6i64);
                let expected = match model.get(&key) {
                    None if count.is_some() => array(vec![]),
                    None => NIL.to_vec(),
                    Some(l) => {
                        let order: Vec<usize> = if rank < 0 {
                            (0..l.len()).rev().collect()
                        } else {
                            (0..l.len()).collect()
                        };
                        let scan = if maxlen == 0 {
                            order.len()
                        } else {
                            (maxlen as usize).min(order.len())
                        };
                        let hits: Vec<usize> = order[..scan]
                            .iter()
                            .copied()
                            .filter(|&i| l[i] == v.as_bytes())
                            .collect();
                        let from_rank: Vec<usize> = hits
                            .into_iter()
                            .skip(rank.unsigned_abs() as usize - 1)
                            .collect();
                        match count {
                            None => from_rank.first().map_or(NIL.to_vec(), |&i| int(i as i64)),
                            Some(c) => {
                                let take = if c == 0 { from_rank.len() } else { c as usize };
                                array(
                                    from_rank
                                        .iter()
                                        .take(take)
                                        .map(|&i| int(i as i64))
                                        .collect(),
                                )
                            }
                        }
                    }
                };
                let mut cmd = vec![
                    "LPOS".into(),
                    key.clone(),
                    v.clone(),
                    "RANK".into(),
                    rank.to_string(),
                ];
                if let Some(c) = count {
                    cmd.extend(["COUNT".into(), c.to_string()]);
                }
                cmd.extend(["MAXLEN".into(), maxlen.to_string()]);
                (cmd, expected)
            }
            12 | 13 => {
                let (from_left, to_left) = (rng.gen_bool(0.5), rng.gen_bool(0.5));
                let expected = match model.get_mut(&key).and_then(|l| {
                    if from_left {
                        l.pop_front()
                    } else {
                        l.pop_back()
                    }
                }) {
                    None => NIL.to_vec(),
                    Some(e) => {
                        let dst = model.entry(other.clone()).or_default();
                        if to_left {
                            dst.push_front(e.clone());
                        } else {
                            dst.push_back(e.clone());
                        }
                        bulk(&e)
                    }
                };
                let cmd = if !from_left && to_left && rng.gen_bool(0.3) {
                    vec!["RPOPLPUSH".into(), key.clone(), other.clone()]
                } else {
                    vec![
                        "LMOVE".into(),
                        key.clone(),
                        other.clone(),
                        side(from_left).into(),
                        side(to_left).into(),
                    ]
                };
                (cmd, expected)
            }
            _ => {
                let left = rng.gen_bool(0.5);
                let count = rng.gen_range(1..4usize);
                let names = [key.clone(), other.clone()];
                let expected = match names
                    .iter()
                    .find(|k| model.get(*k).is_some_and(|l| !l.is_empty()))
                {
                    None => NIL_ARRAY.to_vec(),
                    Some(k) => {
                        let l = model.get_mut(k).unwrap();
                        let items = (0..count.min(l.len()))
                            .map(|_| {
                                bulk(&(if left { l.pop_front() } else { l.pop_back() }).unwrap())
                            })
                            .collect();
                        array(vec![bulk(k.as_bytes()), array(items)])
                    }
                };
                let cmd = vec![
                    "LMPOP".into(),
                    "2".into(),
                    key.clone(),
                    other.clone(),
                    side(left).into(),
                    "COUNT".into(),
                    count.to_string(),
                ];
                (cmd, expected)
            }
        };
        model.retain(|_, l| !l.is_empty());
        let args: Vec<&[u8]> = cmd.iter().map(|a| a.as_bytes()).collect();
        r.send_cmd(&args);
        let got = r.read_reply();
        assert_eq!(
            escape(&got),
            escape(&expected),
            "seed {seed} op {op}: {}",
            cmd.join(" ").chars().take(200).collect::<String>()
        );
        if op % 97 == 0 {
            for k in keys {
                let want = model.get(k).map_or(array(vec![]), |l| {
                    array(l.iter().map(|e| bulk(e)).collect())
                });
                assert_eq!(
                    escape(&r.read_after(&["LRANGE", k, "0", "-1"])),
                    escape(&want),
                    "seed {seed} op {op}: {k}"
                );
            }
            let live = keys.iter().filter(|k| model.contains_key(**k)).count();
            assert_eq!(r.cmd(&["EXISTS", "k1", "k2", "k3"]), format!(":{live}\r\n"));
        }
    }
}

/// Sends a command and returns its raw reply bytes.
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

#[test]
fn random_operations_match_a_model_with_default_nodes() {
    model_test(1, "-2", 4000);
}

#[test]
fn random_operations_match_a_model_with_tiny_nodes() {
    model_test(2, "3", 4000);
}

#[test]
fn random_operations_match_a_model_with_small_byte_limited_nodes() {
    model_test(3, "-1", 4000);
}
