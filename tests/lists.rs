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
            (r#"LRANGE l 0 -1"#, r#"*5\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n$1\r\nd\r\n$1\r\ne\r\n"#),
            (r#"LLEN l"#, r#":5\r\n"#),
            (r#"LPUSHX l x y"#, r#":7\r\n"#),
            (r#"RPUSHX l z"#, r#":8\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*8\r\n$1\r\ny\r\n$1\r\nx\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nz\r\n"#),
            (r#"LPUSHX missing a"#, r#":0\r\n"#),
            (r#"RPUSHX missing a"#, r#":0\r\n"#),
            (r#"EXISTS missing"#, r#":0\r\n"#),
            (r#"RPUSH n 1 -1 0 12345 -4096 4096 2147483648 9223372036854775807 -9223372036854775808 01 +1 -0 1.5 " 1""#, r#":14\r\n"#),
            (r#"LRANGE n 0 -1"#, r#"*14\r\n$1\r\n1\r\n$2\r\n-1\r\n$1\r\n0\r\n$5\r\n12345\r\n$5\r\n-4096\r\n$4\r\n4096\r\n$10\r\n2147483648\r\n$19\r\n9223372036854775807\r\n$20\r\n-9223372036854775808\r\n$2\r\n01\r\n$2\r\n+1\r\n$2\r\n-0\r\n$3\r\n1.5\r\n$2\r\n 1\r\n"#),
            (r#"RPUSH e """#, r#":1\r\n"#),
            (r#"LRANGE e 0 -1"#, r#"*1\r\n$0\r\n\r\n"#),
            (r#"LLEN e"#, r#":1\r\n"#),
            (r#"LLEN missing"#, r#":0\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LPUSH s a"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"RPUSH s a"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LPUSHX s a"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"RPUSHX s a"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LLEN s"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LPUSH l"#, r#"-ERR wrong number of arguments for 'lpush' command\r\n"#),
            (r#"RPUSH"#, r#"-ERR wrong number of arguments for 'rpush' command\r\n"#),
            (r#"LPUSHX l"#, r#"-ERR wrong number of arguments for 'lpushx' command\r\n"#),
            (r#"LLEN"#, r#"-ERR wrong number of arguments for 'llen' command\r\n"#),
            (r#"LLEN l x"#, r#"-ERR wrong number of arguments for 'llen' command\r\n"#),
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
            (r#"RPUSH b "\x00" "a\r\nb" "\xff\xfe" "\x00\x00""#, r#":4\r\n"#),
            (r#"LRANGE b 0 -1"#, r#"*4\r\n$1\r\n\x00\r\n$4\r\na\r\nb\r\n$2\r\n\xff\xfe\r\n$2\r\n\x00\x00\r\n"#),
            (r#"LINDEX b 1"#, r#"$4\r\na\r\nb\r\n"#),
            (r#"LPOS b "\x00\x00""#, r#":3\r\n"#),
            (r#"LREM b 0 "\x00""#, r#":1\r\n"#),
            (r#"LPOP b 3"#, r#"*3\r\n$4\r\na\r\nb\r\n$2\r\n\xff\xfe\r\n$2\r\n\x00\x00\r\n"#),
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
            (r#"RPOP l 100"#, r#"*3\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n"#),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"LPOP missing"#, r#"$-1\r\n"#),
            (r#"RPOP missing"#, r#"$-1\r\n"#),
            (r#"LPOP missing 1"#, r#"*-1\r\n"#),
            (r#"RPOP missing 0"#, r#"*-1\r\n"#),
            (r#"LPOP missing -1"#, r#"-ERR value is out of range, must be positive\r\n"#),
            (r#"LPOP missing x"#, r#"-ERR value is out of range, must be positive\r\n"#),
            (r#"RPUSH l a"#, r#":1\r\n"#),
            (r#"LPOP l -1"#, r#"-ERR value is out of range, must be positive\r\n"#),
            (r#"LPOP l 1.5"#, r#"-ERR value is out of range, must be positive\r\n"#),
            (r#"LPOP l 9223372036854775808"#, r#"-ERR value is out of range, must be positive\r\n"#),
            (r#"LPOP l 1 2"#, r#"-ERR wrong number of arguments for 'lpop' command\r\n"#),
            (r#"RPOP l 1 2"#, r#"-ERR wrong number of arguments for 'rpop' command\r\n"#),
            (r#"LPOP l 9223372036854775807"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LPOP s"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"RPOP s 1"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LPOP s 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LPOP"#, r#"-ERR wrong number of arguments for 'lpop' command\r\n"#),
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
            (r#"LINDEX l x"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LINDEX l 1.0"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LINDEX missing x"#, r#"$-1\r\n"#),
            (r#"LINDEX missing 0"#, r#"$-1\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LINDEX s 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LINDEX s x"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LINDEX l"#, r#"-ERR wrong number of arguments for 'lindex' command\r\n"#),
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
            (r#"LSET l 1 "a longer value than before, well past sixty-three bytes in size so the entry grows""#, r#"+OK\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*3\r\n$1\r\nx\r\n$82\r\na longer value than before, well past sixty-three bytes in size so the entry grows\r\n$1\r\nz\r\n"#),
            (r#"LSET l 3 y"#, r#"-ERR index out of range\r\n"#),
            (r#"LSET l -4 y"#, r#"-ERR index out of range\r\n"#),
            (r#"LSET l x y"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LSET missing 0 a"#, r#"-ERR no such key\r\n"#),
            (r#"LSET missing x a"#, r#"-ERR no such key\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LSET s 0 a"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LSET s x a"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LSET l 5"#, r#"-ERR wrong number of arguments for 'lset' command\r\n"#),
            (r#"RPUSH n 1 2 3"#, r#":3\r\n"#),
            (r#"LSET n 1 20000"#, r#"+OK\r\n"#),
            (r#"LSET n 0 abc"#, r#"+OK\r\n"#),
            (r#"LRANGE n 0 -1"#, r#"*3\r\n$3\r\nabc\r\n$5\r\n20000\r\n$1\r\n3\r\n"#),
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
            (r#"LRANGE l 0 -1"#, r#"*6\r\n$1\r\na\r\n$1\r\nx\r\n$1\r\nb\r\n$1\r\ny\r\n$1\r\nc\r\n$1\r\nb\r\n"#),
            (r#"LINSERT l before a first"#, r#":7\r\n"#),
            (r#"LINSERT l AFTER c last"#, r#":8\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*8\r\n$5\r\nfirst\r\n$1\r\na\r\n$1\r\nx\r\n$1\r\nb\r\n$1\r\ny\r\n$1\r\nc\r\n$4\r\nlast\r\n$1\r\nb\r\n"#),
            (r#"LINSERT l before nothere z"#, r#":-1\r\n"#),
            (r#"LINSERT missing before a z"#, r#":0\r\n"#),
            (r#"EXISTS missing"#, r#":0\r\n"#),
            (r#"LINSERT l middle a z"#, r#"-ERR syntax error\r\n"#),
            (r#"LINSERT missing middle a z"#, r#"-ERR syntax error\r\n"#),
            (r#"RPUSH n 1 01 10"#, r#":3\r\n"#),
            (r#"LINSERT n after 1 one"#, r#":4\r\n"#),
            (r#"LINSERT n before 01 zero-one"#, r#":5\r\n"#),
            (r#"LINSERT n after 10 ten"#, r#":6\r\n"#),
            (r#"LRANGE n 0 -1"#, r#"*6\r\n$1\r\n1\r\n$3\r\none\r\n$8\r\nzero-one\r\n$2\r\n01\r\n$2\r\n10\r\n$3\r\nten\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LINSERT s before a z"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LINSERT s middle a z"#, r#"-ERR syntax error\r\n"#),
            (r#"LINSERT l before a"#, r#"-ERR wrong number of arguments for 'linsert' command\r\n"#),
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
            (r#"LRANGE l 0 -1"#, r#"*10\r\n$1\r\n0\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n$1\r\n7\r\n$1\r\n8\r\n$1\r\n9\r\n"#),
            (r#"LRANGE l 1 -2"#, r#"*8\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n$1\r\n7\r\n$1\r\n8\r\n"#),
            (r#"LRANGE l -3 -1"#, r#"*3\r\n$1\r\n7\r\n$1\r\n8\r\n$1\r\n9\r\n"#),
            (r#"LRANGE l 5 5"#, r#"*1\r\n$1\r\n5\r\n"#),
            (r#"LRANGE l 7 3"#, r#"*0\r\n"#),
            (r#"LRANGE l -100 2"#, r#"*3\r\n$1\r\n0\r\n$1\r\n1\r\n$1\r\n2\r\n"#),
            (r#"LRANGE l 8 100"#, r#"*2\r\n$1\r\n8\r\n$1\r\n9\r\n"#),
            (r#"LRANGE l 10 20"#, r#"*0\r\n"#),
            (r#"LRANGE l 0 -11"#, r#"*0\r\n"#),
            (r#"LRANGE l -11 -11"#, r#"*0\r\n"#),
            (r#"LRANGE l -9223372036854775808 9223372036854775807"#, r#"*10\r\n$1\r\n0\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n$1\r\n7\r\n$1\r\n8\r\n$1\r\n9\r\n"#),
            (r#"LRANGE l a 1"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LRANGE l 0 b"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LRANGE missing 0 -1"#, r#"*0\r\n"#),
            (r#"LRANGE missing a b"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LRANGE s 0 -1"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LRANGE s a 0"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LRANGE l 0"#, r#"-ERR wrong number of arguments for 'lrange' command\r\n"#),
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
            (r#"LRANGE l 0 -1"#, r#"*4\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n"#),
            (r#"LTRIM l -3 100"#, r#"+OK\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*3\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n"#),
            (r#"LTRIM l 0 0"#, r#"+OK\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*1\r\n$1\r\nc\r\n"#),
            (r#"LTRIM l 5 10"#, r#"+OK\r\n"#),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"RPUSH l a b c"#, r#":3\r\n"#),
            (r#"LTRIM l 2 1"#, r#"+OK\r\n"#),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"LTRIM missing 0 1"#, r#"+OK\r\n"#),
            (r#"LTRIM missing x 1"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"RPUSH l a b"#, r#":2\r\n"#),
            (r#"LTRIM l x 1"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LTRIM l 0 y"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LTRIM s 0 1"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LTRIM l 0"#, r#"-ERR wrong number of arguments for 'ltrim' command\r\n"#),
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
            (r#"LRANGE l 0 -1"#, r#"*5\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\na\r\n"#),
            (r#"LREM l -1 b"#, r#":1\r\n"#),
            (r#"LRANGE l 0 -1"#, r#"*4\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n$1\r\na\r\n"#),
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
            (r#"LREM l x a"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LREM missing x a"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LREM s 1 a"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LREM l 1"#, r#"-ERR wrong number of arguments for 'lrem' command\r\n"#),
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
            (r#"LPOS l c RANK 0"#, r#"-ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list\r\n"#),
            (r#"LPOS l c RANK x"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"LPOS l c RANK"#, r#"-ERR syntax error\r\n"#),
            (r#"LPOS l c COUNT -1"#, r#"-ERR COUNT can't be negative\r\n"#),
            (r#"LPOS l c COUNT x"#, r#"-ERR COUNT can't be negative\r\n"#),
            (r#"LPOS l c MAXLEN -1"#, r#"-ERR MAXLEN can't be negative\r\n"#),
            (r#"LPOS l c MAXLEN x"#, r#"-ERR MAXLEN can't be negative\r\n"#),
            (r#"LPOS l c FOO 1"#, r#"-ERR syntax error\r\n"#),
            (r#"LPOS l c COUNT 1 COUNT 2"#, r#"*2\r\n:2\r\n:6\r\n"#),
            (r#"LPOS l c RANK 1 RANK -1"#, r#":7\r\n"#),
            (r#"LPOS l c RANK -9223372036854775808"#, r#":7\r\n"#),
            (r#"LPOS l c RANK -9223372036854775808 COUNT 2"#, r#"*3\r\n:7\r\n:6\r\n:2\r\n"#),
            (r#"LPOS l c RANK 9223372036854775807"#, r#"$-1\r\n"#),
            (r#"LPOS missing a"#, r#"$-1\r\n"#),
            (r#"LPOS missing a COUNT 1"#, r#"*0\r\n"#),
            (r#"LPOS missing a RANK 0"#, r#"-ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LPOS s a"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LPOS s a RANK 0"#, r#"-ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list\r\n"#),
            (r#"LPOS l"#, r#"-ERR wrong number of arguments for 'lpos' command\r\n"#),
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
            (r#"LRANGE dst 0 -1"#, r#"*4\r\n$1\r\nb\r\n$1\r\nd\r\n$1\r\na\r\n$1\r\nc\r\n"#),
            (r#"LMOVE src dst LEFT RIGHT"#, r#"$-1\r\n"#),
            (r#"RPOPLPUSH dst dst"#, r#"$1\r\nc\r\n"#),
            (r#"LRANGE dst 0 -1"#, r#"*4\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\nd\r\n$1\r\na\r\n"#),
            (r#"LMOVE dst dst LEFT RIGHT"#, r#"$1\r\nc\r\n"#),
            (r#"LRANGE dst 0 -1"#, r#"*4\r\n$1\r\nb\r\n$1\r\nd\r\n$1\r\na\r\n$1\r\nc\r\n"#),
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
            (r#"LMOVE s other LEFT LEFT"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LMOVE other s LEFT LEFT"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LRANGE other 0 -1"#, r#"*1\r\n$1\r\nx\r\n"#),
            (r#"RPOPLPUSH s other"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"RPOPLPUSH other s"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LMOVE missing s LEFT LEFT"#, r#"$-1\r\n"#),
            (r#"RPOPLPUSH missing s"#, r#"$-1\r\n"#),
            (r#"RPOPLPUSH a"#, r#"-ERR wrong number of arguments for 'rpoplpush' command\r\n"#),
            (r#"LMOVE a b LEFT"#, r#"-ERR wrong number of arguments for 'lmove' command\r\n"#),
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
            (r#"LMPOP 0 l LEFT"#, r#"-ERR numkeys should be greater than 0\r\n"#),
            (r#"LMPOP -1 l LEFT"#, r#"-ERR numkeys should be greater than 0\r\n"#),
            (r#"LMPOP x l LEFT"#, r#"-ERR numkeys should be greater than 0\r\n"#),
            (r#"LMPOP 2 l LEFT"#, r#"-ERR syntax error\r\n"#),
            (r#"LMPOP 1 l"#, r#"-ERR wrong number of arguments for 'lmpop' command\r\n"#),
            (r#"LMPOP 1 l UP"#, r#"-ERR syntax error\r\n"#),
            (r#"LMPOP 1 l LEFT COUNT 0"#, r#"-ERR count should be greater than 0\r\n"#),
            (r#"LMPOP 1 l LEFT COUNT -1"#, r#"-ERR count should be greater than 0\r\n"#),
            (r#"LMPOP 1 l LEFT COUNT x"#, r#"-ERR count should be greater than 0\r\n"#),
            (r#"LMPOP 1 l LEFT COUNT"#, r#"-ERR syntax error\r\n"#),
            (r#"LMPOP 1 l LEFT COUNT 1 COUNT 2"#, r#"-ERR syntax error\r\n"#),
            (r#"LMPOP 1 l LEFT extra"#, r#"-ERR syntax error\r\n"#),
            (r#"LMPOP 9223372036854775807 l LEFT"#, r#"-ERR syntax error\r\n"#),
            (r#"LMPOP 1 l LEFT"#, r#"*-1\r\n"#),
            (r#"RPUSH l a b c d e"#, r#":5\r\n"#),
            (r#"RPUSH l2 1 2 3"#, r#":3\r\n"#),
            (r#"LMPOP 2 missing l LEFT"#, r#"*2\r\n$1\r\nl\r\n*1\r\n$1\r\na\r\n"#),
            (r#"LMPOP 2 l l2 RIGHT COUNT 2"#, r#"*2\r\n$1\r\nl\r\n*2\r\n$1\r\ne\r\n$1\r\nd\r\n"#),
            (r#"LMPOP 2 l l2 LEFT COUNT 10"#, r#"*2\r\n$1\r\nl\r\n*2\r\n$1\r\nb\r\n$1\r\nc\r\n"#),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"LMPOP 3 missing l l2 RIGHT"#, r#"*2\r\n$2\r\nl2\r\n*1\r\n$1\r\n3\r\n"#),
            (r#"LMPOP 2 l2 l LEFT COUNT 5"#, r#"*2\r\n$2\r\nl2\r\n*2\r\n$1\r\n1\r\n$1\r\n2\r\n"#),
            (r#"EXISTS l2"#, r#":0\r\n"#),
            (r#"LMPOP 2 l l2 LEFT"#, r#"*-1\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"LMPOP 2 missing s LEFT"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"RPUSH l a"#, r#":1\r\n"#),
            (r#"LMPOP 2 l s LEFT"#, r#"*2\r\n$1\r\nl\r\n*1\r\n$1\r\na\r\n"#),
            (r#"LMPOP 2 s l LEFT"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"LMPOP 1"#, r#"-ERR wrong number of arguments for 'lmpop' command\r\n"#),
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
            (r#"BLMPOP 0 2 missing l LEFT COUNT 5"#, r#"*2\r\n$1\r\nl\r\n*2\r\n$1\r\nx\r\n$1\r\ny\r\n"#),
            (r#"EXISTS l"#, r#":0\r\n"#),
            (r#"RPUSH l a b c d"#, r#":4\r\n"#),
            (r#"BLMOVE l dst LEFT RIGHT 0"#, r#"$1\r\na\r\n"#),
            (r#"BRPOPLPUSH l dst 0"#, r#"$1\r\nd\r\n"#),
            (r#"LRANGE dst 0 -1"#, r#"*2\r\n$1\r\nd\r\n$1\r\na\r\n"#),
            (r#"BLMPOP 0 1 l RIGHT"#, r#"*2\r\n$1\r\nl\r\n*1\r\n$1\r\nc\r\n"#),
            (r#"SET s x"#, r#"+OK\r\n"#),
            (r#"BLPOP s 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"BLPOP missing s 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"BRPOP l s 0"#, r#"*2\r\n$1\r\nl\r\n$1\r\nb\r\n"#),
            (r#"RPUSH l q r"#, r#":2\r\n"#),
            (r#"BLMOVE s dst LEFT LEFT 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"BLMOVE l s LEFT LEFT 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"BRPOPLPUSH s dst 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"BRPOPLPUSH l s 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"BLMPOP 0 2 missing s LEFT"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
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
            (r#"BLPOP l x"#, r#"-ERR timeout is not a float or out of range\r\n"#),
            (r#"BLPOP l """#, r#"-ERR timeout is not a float or out of range\r\n"#),
            (r#"BLPOP l nan"#, r#"-ERR timeout is not a float or out of range\r\n"#),
            (r#"BLPOP l inf"#, r#"-ERR timeout is negative\r\n"#),
            (r#"BLPOP l -0.0011"#, r#"-ERR timeout is negative\r\n"#),
            (r#"BLPOP l 1e5000"#, r#"-ERR timeout is not a float or out of range\r\n"#),
            (r#"BRPOP l -1"#, r#"-ERR timeout is negative\r\n"#),
            (r#"BLMOVE a b LEFT RIGHT -1"#, r#"-ERR timeout is negative\r\n"#),
            (r#"BLMOVE a b UP RIGHT x"#, r#"-ERR syntax error\r\n"#),
            (r#"BLMOVE a b LEFT DOWN x"#, r#"-ERR syntax error\r\n"#),
            (r#"BLMOVE a b LEFT RIGHT x"#, r#"-ERR timeout is not a float or out of range\r\n"#),
            (r#"BRPOPLPUSH a b -1"#, r#"-ERR timeout is negative\r\n"#),
            (r#"BRPOPLPUSH a b abc"#, r#"-ERR timeout is not a float or out of range\r\n"#),
            (r#"BLMPOP -1 1 l LEFT"#, r#"-ERR timeout is negative\r\n"#),
            (r#"BLMPOP x 1 l LEFT"#, r#"-ERR timeout is not a float or out of range\r\n"#),
            (r#"BLMPOP 0 0 l LEFT"#, r#"-ERR numkeys should be greater than 0\r\n"#),
            (r#"BLMPOP 0 1 l UP"#, r#"-ERR syntax error\r\n"#),
            (r#"BLMPOP 0 1 l LEFT COUNT 0"#, r#"-ERR count should be greater than 0\r\n"#),
            (r#"BLMPOP x 2 l LEFT"#, r#"-ERR syntax error\r\n"#),
            (r#"BLMPOP 0 1 l"#, r#"-ERR wrong number of arguments for 'blmpop' command\r\n"#),
            (r#"BLPOP l"#, r#"-ERR wrong number of arguments for 'blpop' command\r\n"#),
            (r#"BLMPOP 0 1 l"#, r#"-ERR wrong number of arguments for 'blmpop' command\r\n"#),
            (r#"BRPOPLPUSH a b"#, r#"-ERR wrong number of arguments for 'brpoplpush' command\r\n"#),
            (r#"BLMOVE a b LEFT RIGHT"#, r#"-ERR wrong number of arguments for 'blmove' command\r\n"#),
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
            (r#"EXEC"#, r#"*7\r\n*2\r\n$1\r\nl\r\n$1\r\na\r\n*-1\r\n*-1\r\n$-1\r\n$-1\r\n*-1\r\n-ERR timeout is negative\r\n"#),
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

