//! Sorted set commands: ZADD and its options, ZINCRBY, member reads, ranges by rank / score /
//! lex, removals, pops (blocking too), ZRANDMEMBER, ZUNION / ZINTER / ZDIFF and their STORE
//! forms, ZINTERCARD, ZSCAN; the listpack and skiplist encodings and the conversion between
//! them; keyspace events and propagation; a randomized check against a model.
//!
//! The `recorded_*` tests are scripts of commands with the exact reply bytes redis-server 7.0.15
//! sent for them (each script run from an empty keyspace against the real server).

mod common;
use common::*;
use rand::{Rng, SeedableRng};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::time::{Duration, Instant};

/// ZADD's options, their invalid combinations and NaN results; ZINCRBY; score parsing and printing; WRONGTYPE.
#[test]
fn recorded_zadd_and_zincrby() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"ZADD z 1 a"#, r#":1\r\n"#),
            (r#"ZADD z 2 b 3 c 1 a"#, r#":2\r\n"#),
            (r#"ZADD z 10 a"#, r#":0\r\n"#),
            (
                r#"ZRANGE z 0 -1 WITHSCORES"#,
                r#"*6\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\na\r\n$2\r\n10\r\n"#,
            ),
            (r#"ZADD z NX 20 a 4 d"#, r#":1\r\n"#),
            (r#"ZADD z XX 30 a 5 e"#, r#":0\r\n"#),
            (r#"ZADD z XX CH 30 a 31 b 6 f"#, r#":1\r\n"#),
            (r#"ZADD z CH 1 a 2 b 0 g"#, r#":3\r\n"#),
            (r#"ZADD z GT 0 a 50 c"#, r#":0\r\n"#),
            (r#"ZADD z LT 100 a -5 c"#, r#":0\r\n"#),
            (r#"ZADD z GT CH 1 a 2 c 7 h"#, r#":2\r\n"#),
            (r#"ZADD z LT CH 100 a 1 c"#, r#":1\r\n"#),
            (r#"ZADD z XX GT 200 a 0 b 9 nope"#, r#":0\r\n"#),
            (r#"ZADD z XX LT CH 0 a 1 nope"#, r#":1\r\n"#),
            (
                r#"ZRANGE z 0 -1 WITHSCORES"#,
                r#"*12\r\n$1\r\na\r\n$1\r\n0\r\n$1\r\ng\r\n$1\r\n0\r\n$1\r\nc\r\n$1\r\n1\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nd\r\n$1\r\n4\r\n$1\r\nh\r\n$1\r\n7\r\n"#,
            ),
            (
                r#"ZADD z nx XX 1 a"#,
                r#"-ERR XX and NX options at the same time are not compatible\r\n"#,
            ),
            (
                r#"ZADD z GT lt 1 a"#,
                r#"-ERR GT, LT, and/or NX options at the same time are not compatible\r\n"#,
            ),
            (
                r#"ZADD z GT NX 1 a"#,
                r#"-ERR GT, LT, and/or NX options at the same time are not compatible\r\n"#,
            ),
            (
                r#"ZADD z LT NX 1 a"#,
                r#"-ERR GT, LT, and/or NX options at the same time are not compatible\r\n"#,
            ),
            (
                r#"ZADD z GT LT NX XX 1 a"#,
                r#"-ERR XX and NX options at the same time are not compatible\r\n"#,
            ),
            (
                r#"ZADD z INCR 1 a 2 b"#,
                r#"-ERR INCR option supports a single increment-element pair\r\n"#,
            ),
            (
                r#"ZADD z 1"#,
                r#"-ERR wrong number of arguments for 'zadd' command\r\n"#,
            ),
            (r#"ZADD z NX 1"#, r#"-ERR syntax error\r\n"#),
            (r#"ZADD z 1 a 2"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZADD z NX"#,
                r#"-ERR wrong number of arguments for 'zadd' command\r\n"#,
            ),
            (r#"ZADD z abc a"#, r#"-ERR value is not a valid float\r\n"#),
            (r#"ZADD z nan a"#, r#"-ERR value is not a valid float\r\n"#),
            (
                r#"ZADD z 1 a abc b"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"ZADD z "" a"#, r#"-ERR value is not a valid float\r\n"#),
            (r#"ZADD z " 1" a"#, r#"-ERR value is not a valid float\r\n"#),
            (
                r#"ZADD z 1e400 a"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"ZADD z 0x10 hex"#, r#":1\r\n"#),
            (r#"ZADD z inf pinf -inf ninf +inf pinf2"#, r#":3\r\n"#),
            (r#"ZADD z INCR 5 a"#, r#"$1\r\n5\r\n"#),
            (
                r#"ZADD z INCR -inf pinf"#,
                r#"-ERR resulting score is not a number (NaN)\r\n"#,
            ),
            (
                r#"ZADD z INCR inf ninf"#,
                r#"-ERR resulting score is not a number (NaN)\r\n"#,
            ),
            (r#"ZADD z INCR NX 5 a"#, r#"$-1\r\n"#),
            (r#"ZADD z INCR NX 5 brandnew"#, r#"$1\r\n5\r\n"#),
            (r#"ZADD z INCR XX 5 a"#, r#"$2\r\n10\r\n"#),
            (r#"ZADD z INCR XX 5 missing"#, r#"$-1\r\n"#),
            (r#"ZADD z INCR GT -1 a"#, r#"$-1\r\n"#),
            (r#"ZADD z INCR GT 1 a"#, r#"$2\r\n11\r\n"#),
            (r#"ZADD z INCR LT 1 a"#, r#"$-1\r\n"#),
            (r#"ZADD z INCR LT -1 a"#, r#"$2\r\n10\r\n"#),
            (r#"ZADD z INCR 0 a"#, r#"$2\r\n10\r\n"#),
            (r#"ZADD z CH INCR 1 a"#, r#"$2\r\n11\r\n"#),
            (r#"ZADD z INCR CH 0 a"#, r#"$2\r\n11\r\n"#),
            (r#"ZADD z -0 negzero"#, r#":1\r\n"#),
            (r#"ZSCORE z negzero"#, r#"$1\r\n0\r\n"#),
            (r#"ZADD nokey XX 1 a"#, r#":0\r\n"#),
            (r#"EXISTS nokey"#, r#":0\r\n"#),
            (r#"ZADD nokey XX INCR 1 a"#, r#"$-1\r\n"#),
            (r#"ZADD nokey INCR 2.5 a"#, r#"$3\r\n2.5\r\n"#),
            (
                r#"ZADD z 1.5 x 0.1 y 1e17 big 123456789012345678 bigger 3.0000000000000004 ugly"#,
                r#":5\r\n"#,
            ),
            (
                r#"ZRANGE z 0 -1 WITHSCORES"#,
                r#"*34\r\n$4\r\nninf\r\n$4\r\n-inf\r\n$1\r\ng\r\n$1\r\n0\r\n$7\r\nnegzero\r\n$1\r\n0\r\n$1\r\ny\r\n$19\r\n0.10000000000000001\r\n$1\r\nc\r\n$1\r\n1\r\n$1\r\nx\r\n$3\r\n1.5\r\n$1\r\nb\r\n$1\r\n2\r\n$4\r\nugly\r\n$18\r\n3.0000000000000004\r\n$1\r\nd\r\n$1\r\n4\r\n$8\r\nbrandnew\r\n$1\r\n5\r\n$1\r\nh\r\n$1\r\n7\r\n$1\r\na\r\n$2\r\n11\r\n$3\r\nhex\r\n$2\r\n16\r\n$3\r\nbig\r\n$5\r\n1e+17\r\n$6\r\nbigger\r\n$22\r\n1.2345678901234568e+17\r\n$4\r\npinf\r\n$3\r\ninf\r\n$5\r\npinf2\r\n$3\r\ninf\r\n"#,
            ),
            (r#"ZCARD z"#, r#":17\r\n"#),
            (r#"ZINCRBY z 1 a"#, r#"$2\r\n12\r\n"#),
            (r#"ZINCRBY z -1.5 newone"#, r#"$4\r\n-1.5\r\n"#),
            (
                r#"ZINCRBY z abc a"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"ZINCRBY z inf a"#, r#"$3\r\ninf\r\n"#),
            (
                r#"ZINCRBY z -inf a"#,
                r#"-ERR resulting score is not a number (NaN)\r\n"#,
            ),
            (r#"ZINCRBY z nx a"#, r#"-ERR syntax error\r\n"#),
            (r#"ZINCRBY z 1 2"#, r#"$1\r\n1\r\n"#),
            (r#"ZINCRBY nokey2 3 m"#, r#"$1\r\n3\r\n"#),
            (r#"ZSCORE nokey2 m"#, r#"$1\r\n3\r\n"#),
            (r#"SET str v"#, r#"+OK\r\n"#),
            (
                r#"ZADD str 1 a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZINCRBY str 1 a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZADD str XX 1 a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"ZADD "bin\x00key" 1 "m\x00\xff""#, r#":1\r\n"#),
            (
                r#"ZRANGE "bin\x00key" 0 -1 WITHSCORES"#,
                r#"*2\r\n$3\r\nm\x00\xff\r\n$1\r\n1\r\n"#,
            ),
        ],
    );
}

/// ZCARD, ZSCORE, ZMSCORE, ZRANK, ZREVRANK, ZREM (deleting the emptied key), ZCOUNT's strtod-style bounds, ZLEXCOUNT.
#[test]
fn recorded_member_reads_and_counts() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"ZADD z 1 a 2 b 3 c 3 d -1 e"#, r#":5\r\n"#),
            (r#"ZCARD z"#, r#":5\r\n"#),
            (r#"ZCARD nokey"#, r#":0\r\n"#),
            (r#"ZSCORE z a"#, r#"$1\r\n1\r\n"#),
            (r#"ZSCORE z nope"#, r#"$-1\r\n"#),
            (r#"ZSCORE nokey a"#, r#"$-1\r\n"#),
            (
                r#"ZMSCORE z a nope c"#,
                r#"*3\r\n$1\r\n1\r\n$-1\r\n$1\r\n3\r\n"#,
            ),
            (r#"ZMSCORE nokey a b"#, r#"*2\r\n$-1\r\n$-1\r\n"#),
            (
                r#"ZMSCORE z"#,
                r#"-ERR wrong number of arguments for 'zmscore' command\r\n"#,
            ),
            (r#"ZRANK z a"#, r#":1\r\n"#),
            (r#"ZRANK z c"#, r#":3\r\n"#),
            (r#"ZRANK z d"#, r#":4\r\n"#),
            (r#"ZRANK z e"#, r#":0\r\n"#),
            (r#"ZRANK z nope"#, r#"$-1\r\n"#),
            (r#"ZRANK nokey a"#, r#"$-1\r\n"#),
            (r#"ZREVRANK z a"#, r#":3\r\n"#),
            (r#"ZREVRANK z e"#, r#":4\r\n"#),
            (r#"ZREVRANK z nope"#, r#"$-1\r\n"#),
            (
                r#"ZRANK z a WITHSCORE"#,
                r#"-ERR wrong number of arguments for 'zrank' command\r\n"#,
            ),
            (
                r#"ZREVRANK z"#,
                r#"-ERR wrong number of arguments for 'zrevrank' command\r\n"#,
            ),
            (r#"ZREM z a nope"#, r#":1\r\n"#),
            (r#"ZREM z nope"#, r#":0\r\n"#),
            (r#"ZREM nokey a"#, r#":0\r\n"#),
            (
                r#"ZREM z"#,
                r#"-ERR wrong number of arguments for 'zrem' command\r\n"#,
            ),
            (r#"ZREM z b c d e"#, r#":4\r\n"#),
            (r#"EXISTS z"#, r#":0\r\n"#),
            (r#"ZADD z 1 a 2 b"#, r#":2\r\n"#),
            (r#"ZREM z a b a"#, r#":2\r\n"#),
            (r#"EXISTS z"#, r#":0\r\n"#),
            (r#"SET str v"#, r#"+OK\r\n"#),
            (
                r#"ZCARD str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZSCORE str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZMSCORE str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZRANK str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZREVRANK str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZREM str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZCOUNT str 0 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZLEXCOUNT str - +"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"ZADD z 1 a 2 b 3 c 4 d 5 e"#, r#":5\r\n"#),
            (r#"ZCOUNT z -inf +inf"#, r#":5\r\n"#),
            (r#"ZCOUNT z 2 4"#, r#":3\r\n"#),
            (r#"ZCOUNT z (2 4"#, r#":2\r\n"#),
            (r#"ZCOUNT z (2 (4"#, r#":1\r\n"#),
            (r#"ZCOUNT z 4 2"#, r#":0\r\n"#),
            (r#"ZCOUNT z (3 (3"#, r#":0\r\n"#),
            (r#"ZCOUNT z 3 3"#, r#":1\r\n"#),
            (r#"ZCOUNT z (3 3"#, r#":0\r\n"#),
            (r#"ZCOUNT z -inf (1"#, r#":0\r\n"#),
            (r#"ZCOUNT z 5 +inf"#, r#":1\r\n"#),
            (r#"ZCOUNT z (5 +inf"#, r#":0\r\n"#),
            (r#"ZCOUNT z abc 1"#, r#"-ERR min or max is not a float\r\n"#),
            (r#"ZCOUNT z 1 abc"#, r#"-ERR min or max is not a float\r\n"#),
            (
                r#"ZCOUNT z (abc 1"#,
                r#"-ERR min or max is not a float\r\n"#,
            ),
            (r#"ZCOUNT z ( 1"#, r#":1\r\n"#),
            (r#"ZCOUNT z "" 2"#, r#":2\r\n"#),
            (r#"ZCOUNT z " 2" 3"#, r#":2\r\n"#),
            (
                r#"ZCOUNT z "2 " 3"#,
                r#"-ERR min or max is not a float\r\n"#,
            ),
            (r#"ZCOUNT z 1 nan"#, r#"-ERR min or max is not a float\r\n"#),
            (r#"ZCOUNT z 0x2 inf"#, r#":4\r\n"#),
            (r#"ZCOUNT z -1e400 1e400"#, r#":5\r\n"#),
            (r#"ZCOUNT z [1 2"#, r#"-ERR min or max is not a float\r\n"#),
            (r#"ZCOUNT z ((1 2"#, r#"-ERR min or max is not a float\r\n"#),
            (r#"ZCOUNT nokey 0 1"#, r#":0\r\n"#),
            (
                r#"ZCOUNT nokey abc 1"#,
                r#"-ERR min or max is not a float\r\n"#,
            ),
            (
                r#"ZCOUNT z 1"#,
                r#"-ERR wrong number of arguments for 'zcount' command\r\n"#,
            ),
            (r#"ZLEXCOUNT z - +"#, r#":5\r\n"#),
            (r#"ZLEXCOUNT z [a [c"#, r#":3\r\n"#),
            (r#"ZLEXCOUNT z - (c"#, r#":2\r\n"#),
            (
                r#"ZLEXCOUNT z a c"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
            (
                r#"ZLEXCOUNT z -a +"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
            (
                r#"ZLEXCOUNT z - +b"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
            (
                r#"ZLEXCOUNT z "" +"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
            (r#"ZLEXCOUNT z + -"#, r#":0\r\n"#),
            (r#"ZLEXCOUNT z - -"#, r#":0\r\n"#),
            (r#"ZLEXCOUNT z [a (a"#, r#":0\r\n"#),
            (r#"ZLEXCOUNT z [a [a"#, r#":1\r\n"#),
            (r#"ZLEXCOUNT nokey - +"#, r#":0\r\n"#),
            (
                r#"ZLEXCOUNT nokey a b"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
        ],
    );
}

/// ZRANGE with BYSCORE / BYLEX / REV / LIMIT / WITHSCORES, the legacy range commands, ZRANGESTORE.
#[test]
fn recorded_ranges() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"ZADD z 1 a 2 b 3 c 4 d 5 e 6 f"#, r#":6\r\n"#),
            (
                r#"ZRANGE z 0 -1"#,
                r#"*6\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nf\r\n"#,
            ),
            (
                r#"ZRANGE z 0 -1 WITHSCORES"#,
                r#"*12\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n$1\r\ne\r\n$1\r\n5\r\n$1\r\nf\r\n$1\r\n6\r\n"#,
            ),
            (
                r#"ZRANGE z 1 3 withscores"#,
                r#"*6\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n"#,
            ),
            (r#"ZRANGE z -2 -1"#, r#"*2\r\n$1\r\ne\r\n$1\r\nf\r\n"#),
            (
                r#"ZRANGE z -100 100"#,
                r#"*6\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nf\r\n"#,
            ),
            (r#"ZRANGE z 3 1"#, r#"*0\r\n"#),
            (r#"ZRANGE z 6 10"#, r#"*0\r\n"#),
            (r#"ZRANGE z -1 -100"#, r#"*0\r\n"#),
            (
                r#"ZRANGE z 0 -1 REV"#,
                r#"*6\r\n$1\r\nf\r\n$1\r\ne\r\n$1\r\nd\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n"#,
            ),
            (
                r#"ZRANGE z 0 1 REV WITHSCORES"#,
                r#"*4\r\n$1\r\nf\r\n$1\r\n6\r\n$1\r\ne\r\n$1\r\n5\r\n"#,
            ),
            (r#"ZRANGE z -2 -1 REV"#, r#"*2\r\n$1\r\nb\r\n$1\r\na\r\n"#),
            (
                r#"ZRANGE z 0 -1 LIMIT 0 1"#,
                r#"-ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX\r\n"#,
            ),
            (
                r#"ZRANGE z 0 -1 LIMIT 0 -1"#,
                r#"*6\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nf\r\n"#,
            ),
            (
                r#"ZRANGE z a 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"ZRANGE z 0 1 LIMIT a 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"ZRANGE z 0 1 foo"#, r#"-ERR syntax error\r\n"#),
            (r#"ZRANGE z 0 1 REV REV"#, r#"-ERR syntax error\r\n"#),
            (r#"ZRANGE z 0 1 BYSCORE BYLEX"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZRANGE z 0 1 BYSCORE BYSCORE"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"ZRANGE z 0 1 LIMIT 0"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZRANGE z 2 4 BYSCORE"#,
                r#"*3\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n"#,
            ),
            (
                r#"ZRANGE z (2 4 BYSCORE WITHSCORES"#,
                r#"*4\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n"#,
            ),
            (
                r#"ZRANGE z 4 2 BYSCORE REV"#,
                r#"*3\r\n$1\r\nd\r\n$1\r\nc\r\n$1\r\nb\r\n"#,
            ),
            (r#"ZRANGE z 2 4 BYSCORE REV"#, r#"*0\r\n"#),
            (
                r#"ZRANGE z -inf +inf BYSCORE LIMIT 1 2"#,
                r#"*2\r\n$1\r\nb\r\n$1\r\nc\r\n"#,
            ),
            (
                r#"ZRANGE z -inf +inf BYSCORE LIMIT 1 -1"#,
                r#"*5\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nf\r\n"#,
            ),
            (r#"ZRANGE z -inf +inf BYSCORE LIMIT -1 2"#, r#"*0\r\n"#),
            (r#"ZRANGE z -inf +inf BYSCORE LIMIT 0 0"#, r#"*0\r\n"#),
            (
                r#"ZRANGE z -inf +inf BYSCORE LIMIT 5 10"#,
                r#"*1\r\n$1\r\nf\r\n"#,
            ),
            (r#"ZRANGE z -inf +inf BYSCORE LIMIT 6 10"#, r#"*0\r\n"#),
            (
                r#"ZRANGE z +inf -inf BYSCORE REV LIMIT 1 2 WITHSCORES"#,
                r#"*4\r\n$1\r\ne\r\n$1\r\n5\r\n$1\r\nd\r\n$1\r\n4\r\n"#,
            ),
            (
                r#"ZRANGE z abc 1 BYSCORE"#,
                r#"-ERR min or max is not a float\r\n"#,
            ),
            (
                r#"ZRANGE z [a [c BYLEX"#,
                r#"*3\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n"#,
            ),
            (
                r#"ZRANGE z [c [a BYLEX REV"#,
                r#"*3\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n"#,
            ),
            (
                r#"ZRANGE z - + BYLEX LIMIT 2 2"#,
                r#"*2\r\n$1\r\nc\r\n$1\r\nd\r\n"#,
            ),
            (
                r#"ZRANGE z + - BYLEX REV LIMIT 1 1"#,
                r#"*1\r\n$1\r\ne\r\n"#,
            ),
            (
                r#"ZRANGE z - + BYLEX WITHSCORES"#,
                r#"-ERR syntax error, WITHSCORES not supported in combination with BYLEX\r\n"#,
            ),
            (
                r#"ZRANGE z a c BYLEX"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
            (r#"ZRANGE nokey 0 -1"#, r#"*0\r\n"#),
            (r#"ZRANGE nokey 0 -1 WITHSCORES"#, r#"*0\r\n"#),
            (
                r#"ZRANGE nokey abc 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"ZRANGE nokey - + BYLEX"#, r#"*0\r\n"#),
            (
                r#"ZRANGE nokey a b BYLEX"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
            (
                r#"ZREVRANGE z 0 -1"#,
                r#"*6\r\n$1\r\nf\r\n$1\r\ne\r\n$1\r\nd\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n"#,
            ),
            (
                r#"ZREVRANGE z 0 1 WITHSCORES"#,
                r#"*4\r\n$1\r\nf\r\n$1\r\n6\r\n$1\r\ne\r\n$1\r\n5\r\n"#,
            ),
            (r#"ZREVRANGE z 0 1 REV"#, r#"-ERR syntax error\r\n"#),
            (r#"ZREVRANGE z 0 1 BYSCORE"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZREVRANGE z 0 1 LIMIT 0 1"#,
                r#"-ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX\r\n"#,
            ),
            (
                r#"ZRANGEBYSCORE z 2 4"#,
                r#"*3\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n"#,
            ),
            (
                r#"ZRANGEBYSCORE z 2 4 WITHSCORES"#,
                r#"*6\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n"#,
            ),
            (
                r#"ZRANGEBYSCORE z -inf +inf LIMIT 2 3"#,
                r#"*3\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n"#,
            ),
            (
                r#"ZRANGEBYSCORE z -inf +inf WITHSCORES LIMIT 2 3"#,
                r#"*6\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n$1\r\ne\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"ZRANGEBYSCORE z -inf +inf LIMIT 2 3 WITHSCORES"#,
                r#"*6\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n$1\r\ne\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"ZRANGEBYSCORE z (1 (6"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n"#,
            ),
            (r#"ZRANGEBYSCORE z 0 1 BYSCORE"#, r#"-ERR syntax error\r\n"#),
            (r#"ZRANGEBYSCORE z 0 1 REV"#, r#"-ERR syntax error\r\n"#),
            (r#"ZRANGEBYSCORE z 0 1 LIMIT 0"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZRANGEBYSCORE z 0 1 LIMIT 0 a"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"ZREVRANGEBYSCORE z 4 2"#,
                r#"*3\r\n$1\r\nd\r\n$1\r\nc\r\n$1\r\nb\r\n"#,
            ),
            (r#"ZREVRANGEBYSCORE z 2 4"#, r#"*0\r\n"#),
            (
                r#"ZREVRANGEBYSCORE z +inf -inf WITHSCORES LIMIT 1 2"#,
                r#"*4\r\n$1\r\ne\r\n$1\r\n5\r\n$1\r\nd\r\n$1\r\n4\r\n"#,
            ),
            (r#"ZREVRANGEBYSCORE z (4 (2"#, r#"*1\r\n$1\r\nc\r\n"#),
            (
                r#"ZRANGEBYLEX z - +"#,
                r#"*6\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nf\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX z [b (e"#,
                r#"*3\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX z [b (e LIMIT 1 10"#,
                r#"*2\r\n$1\r\nc\r\n$1\r\nd\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX z - + WITHSCORES"#,
                r#"-ERR syntax error, WITHSCORES not supported in combination with BYLEX\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX z b e"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
            (
                r#"ZREVRANGEBYLEX z + -"#,
                r#"*6\r\n$1\r\nf\r\n$1\r\ne\r\n$1\r\nd\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n"#,
            ),
            (
                r#"ZREVRANGEBYLEX z (e [b"#,
                r#"*3\r\n$1\r\nd\r\n$1\r\nc\r\n$1\r\nb\r\n"#,
            ),
            (
                r#"ZREVRANGEBYLEX z + - LIMIT 0 2"#,
                r#"*2\r\n$1\r\nf\r\n$1\r\ne\r\n"#,
            ),
            (r#"ZRANGESTORE dst z 0 -1"#, r#":6\r\n"#),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*12\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n$1\r\ne\r\n$1\r\n5\r\n$1\r\nf\r\n$1\r\n6\r\n"#,
            ),
            (r#"ZRANGESTORE dst z 1 2 REV"#, r#":2\r\n"#),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*4\r\n$1\r\nd\r\n$1\r\n4\r\n$1\r\ne\r\n$1\r\n5\r\n"#,
            ),
            (r#"ZRANGESTORE dst z (2 5 BYSCORE LIMIT 1 2"#, r#":2\r\n"#),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*4\r\n$1\r\nd\r\n$1\r\n4\r\n$1\r\ne\r\n$1\r\n5\r\n"#,
            ),
            (r#"ZRANGESTORE dst z [b [d BYLEX REV"#, r#":0\r\n"#),
            (r#"ZRANGE dst 0 -1 WITHSCORES"#, r#"*0\r\n"#),
            (
                r#"ZRANGESTORE dst z 0 -1 WITHSCORES"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"ZRANGESTORE dst z 10 20"#, r#":0\r\n"#),
            (r#"EXISTS dst"#, r#":0\r\n"#),
            (r#"ZRANGESTORE dst nokey 0 -1"#, r#":0\r\n"#),
            (r#"ZRANGESTORE dst2 z 0 0"#, r#":1\r\n"#),
            (r#"SET str v"#, r#"+OK\r\n"#),
            (r#"ZRANGESTORE str z 0 0"#, r#":1\r\n"#),
            (r#"TYPE str"#, r#"+zset\r\n"#),
            (r#"ZRANGESTORE dst str 0 0"#, r#":1\r\n"#),
            (r#"ZRANGE str 0 -1"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"ZRANGEBYSCORE str 0 1"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"ZRANGEBYLEX str - +"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"ZREVRANGE str 0 1"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"ZRANGESTORE z z 1 2"#, r#":2\r\n"#),
            (
                r#"ZRANGE z 0 -1 WITHSCORES"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n"#,
            ),
        ],
    );
}

/// ZREMRANGEBY*, ZPOPMIN / ZPOPMAX, ZMPOP and their errors.
#[test]
fn recorded_remove_ranges_and_pops() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"ZADD z 1 a 2 b 3 c 4 d 5 e 6 f"#, r#":6\r\n"#),
            (r#"ZREMRANGEBYRANK z 0 0"#, r#":1\r\n"#),
            (r#"ZREMRANGEBYRANK z -1 -1"#, r#":1\r\n"#),
            (r#"ZREMRANGEBYRANK z 10 20"#, r#":0\r\n"#),
            (r#"ZREMRANGEBYRANK z 2 1"#, r#":0\r\n"#),
            (
                r#"ZREMRANGEBYRANK z a 1"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"ZREMRANGEBYRANK z 0 b"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"ZRANGE z 0 -1"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n"#,
            ),
            (r#"ZREMRANGEBYRANK z 0 -1"#, r#":4\r\n"#),
            (r#"EXISTS z"#, r#":0\r\n"#),
            (r#"ZREMRANGEBYRANK nokey 0 -1"#, r#":0\r\n"#),
            (r#"ZADD z 1 a 2 b 3 c 4 d 5 e 6 f"#, r#":6\r\n"#),
            (r#"ZREMRANGEBYSCORE z (1 3"#, r#":2\r\n"#),
            (r#"ZREMRANGEBYSCORE z 10 20"#, r#":0\r\n"#),
            (
                r#"ZREMRANGEBYSCORE z abc 1"#,
                r#"-ERR min or max is not a float\r\n"#,
            ),
            (r#"ZREMRANGEBYSCORE z -inf +inf"#, r#":4\r\n"#),
            (r#"EXISTS z"#, r#":0\r\n"#),
            (r#"ZREMRANGEBYSCORE nokey -inf +inf"#, r#":0\r\n"#),
            (r#"ZADD z 0 a 0 b 0 c 0 d 0 e"#, r#":5\r\n"#),
            (r#"ZREMRANGEBYLEX z [b (d"#, r#":2\r\n"#),
            (
                r#"ZREMRANGEBYLEX z a b"#,
                r#"-ERR min or max not valid string range item\r\n"#,
            ),
            (r#"ZREMRANGEBYLEX z + -"#, r#":0\r\n"#),
            (
                r#"ZRANGE z 0 -1"#,
                r#"*3\r\n$1\r\na\r\n$1\r\nd\r\n$1\r\ne\r\n"#,
            ),
            (r#"ZREMRANGEBYLEX z - +"#, r#":3\r\n"#),
            (r#"EXISTS z"#, r#":0\r\n"#),
            (r#"ZREMRANGEBYLEX nokey - +"#, r#":0\r\n"#),
            (r#"ZADD z 1 a 2 b 3 c 4 d 5 e"#, r#":5\r\n"#),
            (r#"ZPOPMIN z"#, r#"*2\r\n$1\r\na\r\n$1\r\n1\r\n"#),
            (r#"ZPOPMAX z"#, r#"*2\r\n$1\r\ne\r\n$1\r\n5\r\n"#),
            (
                r#"ZPOPMIN z 2"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n"#,
            ),
            (r#"ZPOPMAX z 0"#, r#"*0\r\n"#),
            (
                r#"ZPOPMIN z -1"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (
                r#"ZPOPMIN z abc"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (r#"ZPOPMIN z 1 2"#, r#"-ERR syntax error\r\n"#),
            (r#"ZPOPMAX z 10"#, r#"*2\r\n$1\r\nd\r\n$1\r\n4\r\n"#),
            (r#"EXISTS z"#, r#":0\r\n"#),
            (r#"ZPOPMIN nokey"#, r#"*0\r\n"#),
            (r#"ZPOPMIN nokey 0"#, r#"*0\r\n"#),
            (
                r#"ZPOPMIN nokey -1"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (r#"ZPOPMAX nokey 3"#, r#"*0\r\n"#),
            (r#"ZADD z 1 a 2 b 3 c 4 d 5 e"#, r#":5\r\n"#),
            (
                r#"ZMPOP 1 z MIN"#,
                r#"*2\r\n$1\r\nz\r\n*1\r\n*2\r\n$1\r\na\r\n$1\r\n1\r\n"#,
            ),
            (
                r#"ZMPOP 1 z max COUNT 2"#,
                r#"*2\r\n$1\r\nz\r\n*2\r\n*2\r\n$1\r\ne\r\n$1\r\n5\r\n*2\r\n$1\r\nd\r\n$1\r\n4\r\n"#,
            ),
            (
                r#"ZMPOP 2 nokey z MIN COUNT 10"#,
                r#"*2\r\n$1\r\nz\r\n*2\r\n*2\r\n$1\r\nb\r\n$1\r\n2\r\n*2\r\n$1\r\nc\r\n$1\r\n3\r\n"#,
            ),
            (r#"EXISTS z"#, r#":0\r\n"#),
            (r#"ZMPOP 1 z MIN"#, r#"*-1\r\n"#),
            (
                r#"ZMPOP 0 z MIN"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (
                r#"ZMPOP -1 z MIN"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (
                r#"ZMPOP abc z MIN"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (
                r#"ZMPOP 1 z"#,
                r#"-ERR wrong number of arguments for 'zmpop' command\r\n"#,
            ),
            (r#"ZMPOP 2 z MIN"#, r#"-ERR syntax error\r\n"#),
            (r#"ZMPOP 1 z FOO"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZMPOP 1 z MIN COUNT 0"#,
                r#"-ERR count should be greater than 0\r\n"#,
            ),
            (
                r#"ZMPOP 1 z MIN COUNT -1"#,
                r#"-ERR count should be greater than 0\r\n"#,
            ),
            (
                r#"ZMPOP 1 z MIN COUNT abc"#,
                r#"-ERR count should be greater than 0\r\n"#,
            ),
            (
                r#"ZMPOP 1 z MIN COUNT 1 COUNT 1"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"ZMPOP 1 z MIN COUNT"#, r#"-ERR syntax error\r\n"#),
            (r#"ZMPOP 1 z MIN FOO"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZMPOP 9223372036854775807 z MIN"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"SET str v"#, r#"+OK\r\n"#),
            (r#"ZADD z2 1 x"#, r#":1\r\n"#),
            (
                r#"ZMPOP 2 str z2 MIN"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZMPOP 2 z2 str MIN"#,
                r#"*2\r\n$2\r\nz2\r\n*1\r\n*2\r\n$1\r\nx\r\n$1\r\n1\r\n"#,
            ),
            (
                r#"ZMPOP 2 nokey str MIN"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZPOPMIN str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZPOPMAX str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZREMRANGEBYRANK str 0 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZREMRANGEBYSCORE str 0 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZREMRANGEBYLEX str - +"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
        ],
    );
}

/// ZUNION / ZINTER / ZDIFF (+STORE), ZINTERCARD: weights, aggregates, plain sets as inputs, inf arithmetic, errors.
#[test]
fn recorded_set_operations() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"ZADD a 1 x 2 y 3 z"#, r#":3\r\n"#),
            (r#"ZADD b 10 y 20 z 30 w"#, r#":3\r\n"#),
            (r#"SADD s y w q"#, r#":3\r\n"#),
            (
                r#"ZUNION 2 a b"#,
                r#"*4\r\n$1\r\nx\r\n$1\r\ny\r\n$1\r\nz\r\n$1\r\nw\r\n"#,
            ),
            (
                r#"ZUNION 2 a b WITHSCORES"#,
                r#"*8\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$2\r\n12\r\n$1\r\nz\r\n$2\r\n23\r\n$1\r\nw\r\n$2\r\n30\r\n"#,
            ),
            (
                r#"ZUNION 2 a b WEIGHTS 2 0.5 WITHSCORES"#,
                r#"*8\r\n$1\r\nx\r\n$1\r\n2\r\n$1\r\ny\r\n$1\r\n9\r\n$1\r\nw\r\n$2\r\n15\r\n$1\r\nz\r\n$2\r\n16\r\n"#,
            ),
            (
                r#"ZUNION 2 a b AGGREGATE MIN WITHSCORES"#,
                r#"*8\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n$1\r\nw\r\n$2\r\n30\r\n"#,
            ),
            (
                r#"ZUNION 2 a b AGGREGATE max WITHSCORES"#,
                r#"*8\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$2\r\n10\r\n$1\r\nz\r\n$2\r\n20\r\n$1\r\nw\r\n$2\r\n30\r\n"#,
            ),
            (
                r#"ZUNION 3 a b s WITHSCORES"#,
                r#"*10\r\n$1\r\nq\r\n$1\r\n1\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$2\r\n13\r\n$1\r\nz\r\n$2\r\n23\r\n$1\r\nw\r\n$2\r\n31\r\n"#,
            ),
            (
                r#"ZUNION 2 a nokey WITHSCORES"#,
                r#"*6\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n"#,
            ),
            (r#"ZUNION 1 nokey"#, r#"*0\r\n"#),
            (
                r#"ZINTER 2 a b WITHSCORES"#,
                r#"*4\r\n$1\r\ny\r\n$2\r\n12\r\n$1\r\nz\r\n$2\r\n23\r\n"#,
            ),
            (
                r#"ZINTER 2 a b WEIGHTS 1 -1 AGGREGATE SUM WITHSCORES"#,
                r#"*4\r\n$1\r\nz\r\n$3\r\n-17\r\n$1\r\ny\r\n$2\r\n-8\r\n"#,
            ),
            (
                r#"ZINTER 3 a b s WITHSCORES"#,
                r#"*2\r\n$1\r\ny\r\n$2\r\n13\r\n"#,
            ),
            (r#"ZINTER 2 a nokey"#, r#"*0\r\n"#),
            (
                r#"ZINTER 2 a a WITHSCORES"#,
                r#"*6\r\n$1\r\nx\r\n$1\r\n2\r\n$1\r\ny\r\n$1\r\n4\r\n$1\r\nz\r\n$1\r\n6\r\n"#,
            ),
            (
                r#"ZDIFF 2 a b WITHSCORES"#,
                r#"*2\r\n$1\r\nx\r\n$1\r\n1\r\n"#,
            ),
            (r#"ZDIFF 2 b a"#, r#"*1\r\n$1\r\nw\r\n"#),
            (
                r#"ZDIFF 2 b s WITHSCORES"#,
                r#"*2\r\n$1\r\nz\r\n$2\r\n20\r\n"#,
            ),
            (
                r#"ZDIFF 1 a WITHSCORES"#,
                r#"*6\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n"#,
            ),
            (r#"ZDIFF 2 a a"#, r#"*0\r\n"#),
            (r#"ZDIFF 2 nokey a"#, r#"*0\r\n"#),
            (r#"ZINTERCARD 2 a b"#, r#":2\r\n"#),
            (r#"ZINTERCARD 2 a b LIMIT 1"#, r#":1\r\n"#),
            (r#"ZINTERCARD 2 a b LIMIT 0"#, r#":2\r\n"#),
            (r#"ZINTERCARD 3 a b s"#, r#":1\r\n"#),
            (r#"ZINTERCARD 1 nokey"#, r#":0\r\n"#),
            (
                r#"ZINTERCARD 2 a b LIMIT -1"#,
                r#"-ERR LIMIT can't be negative\r\n"#,
            ),
            (
                r#"ZINTERCARD 2 a b LIMIT abc"#,
                r#"-ERR LIMIT can't be negative\r\n"#,
            ),
            (
                r#"ZINTERCARD 0 a"#,
                r#"-ERR at least 1 input key is needed for 'zintercard' command\r\n"#,
            ),
            (r#"ZINTERCARD 3 a b"#, r#"-ERR syntax error\r\n"#),
            (r#"ZINTERCARD 1 a WITHSCORES"#, r#"-ERR syntax error\r\n"#),
            (r#"ZINTERCARD 1 a LIMIT"#, r#"-ERR syntax error\r\n"#),
            (r#"ZUNIONSTORE dst 2 a b"#, r#":4\r\n"#),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*8\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$2\r\n12\r\n$1\r\nz\r\n$2\r\n23\r\n$1\r\nw\r\n$2\r\n30\r\n"#,
            ),
            (r#"ZINTERSTORE dst 2 a b WEIGHTS 2 3"#, r#":2\r\n"#),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*4\r\n$1\r\ny\r\n$2\r\n34\r\n$1\r\nz\r\n$2\r\n66\r\n"#,
            ),
            (r#"ZDIFFSTORE dst 2 a b"#, r#":1\r\n"#),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*2\r\n$1\r\nx\r\n$1\r\n1\r\n"#,
            ),
            (r#"ZDIFFSTORE dst 2 a a"#, r#":0\r\n"#),
            (r#"EXISTS dst"#, r#":0\r\n"#),
            (r#"ZINTERSTORE dst 2 a nokey"#, r#":0\r\n"#),
            (r#"ZUNIONSTORE dst 1 nokey"#, r#":0\r\n"#),
            (
                r#"ZUNIONSTORE dst 0 a"#,
                r#"-ERR at least 1 input key is needed for 'zunionstore' command\r\n"#,
            ),
            (
                r#"ZUNION 0 a"#,
                r#"-ERR at least 1 input key is needed for 'zunion' command\r\n"#,
            ),
            (
                r#"ZINTER 0 a"#,
                r#"-ERR at least 1 input key is needed for 'zinter' command\r\n"#,
            ),
            (
                r#"ZDIFF 0 a"#,
                r#"-ERR at least 1 input key is needed for 'zdiff' command\r\n"#,
            ),
            (
                r#"ZINTERSTORE dst 0 a"#,
                r#"-ERR at least 1 input key is needed for 'zinterstore' command\r\n"#,
            ),
            (
                r#"ZDIFFSTORE dst 0 a"#,
                r#"-ERR at least 1 input key is needed for 'zdiffstore' command\r\n"#,
            ),
            (
                r#"ZUNION -1 a"#,
                r#"-ERR at least 1 input key is needed for 'zunion' command\r\n"#,
            ),
            (
                r#"ZUNION abc a"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"ZUNION 3 a b"#, r#"-ERR syntax error\r\n"#),
            (r#"ZUNIONSTORE dst 3 a b"#, r#"-ERR syntax error\r\n"#),
            (r#"ZUNION 2 a b WEIGHTS 1"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZUNION 2 a b WEIGHTS 1 abc"#,
                r#"-ERR weight value is not a float\r\n"#,
            ),
            (r#"ZUNION 2 a b WEIGHTS 1 2 3"#, r#"-ERR syntax error\r\n"#),
            (r#"ZUNION 2 a b AGGREGATE"#, r#"-ERR syntax error\r\n"#),
            (r#"ZUNION 2 a b AGGREGATE AVG"#, r#"-ERR syntax error\r\n"#),
            (r#"ZUNION 2 a b FOO"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZUNIONSTORE dst 2 a b WITHSCORES"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"ZDIFF 2 a b WEIGHTS 1 2"#, r#"-ERR syntax error\r\n"#),
            (r#"ZDIFF 2 a b AGGREGATE SUM"#, r#"-ERR syntax error\r\n"#),
            (r#"ZADD inf1 inf m"#, r#":1\r\n"#),
            (r#"ZADD ninf1 -inf m"#, r#":1\r\n"#),
            (
                r#"ZUNION 2 inf1 ninf1 WITHSCORES"#,
                r#"*2\r\n$1\r\nm\r\n$1\r\n0\r\n"#,
            ),
            (
                r#"ZINTER 2 inf1 ninf1 WITHSCORES"#,
                r#"*2\r\n$1\r\nm\r\n$1\r\n0\r\n"#,
            ),
            (
                r#"ZUNION 2 inf1 inf1 WEIGHTS 0 1 WITHSCORES"#,
                r#"*2\r\n$1\r\nm\r\n$3\r\ninf\r\n"#,
            ),
            (
                r#"ZINTER 2 inf1 inf1 WEIGHTS 1 0 WITHSCORES"#,
                r#"*2\r\n$1\r\nm\r\n$1\r\n0\r\n"#,
            ),
            (
                r#"ZINTER 2 inf1 inf1 WEIGHTS 1 0 AGGREGATE MIN WITHSCORES"#,
                r#"*2\r\n$1\r\nm\r\n$3\r\ninf\r\n"#,
            ),
            (
                r#"ZINTER 2 inf1 inf1 WEIGHTS 1 0 AGGREGATE MAX WITHSCORES"#,
                r#"*2\r\n$1\r\nm\r\n$3\r\ninf\r\n"#,
            ),
            (
                r#"ZINTER 2 inf1 inf1 WEIGHTS 0 1 AGGREGATE MIN WITHSCORES"#,
                r#"*2\r\n$1\r\nm\r\n$1\r\n0\r\n"#,
            ),
            (
                r#"ZUNION 2 a b WEIGHTS inf -inf WITHSCORES"#,
                r#"*8\r\n$1\r\nw\r\n$4\r\n-inf\r\n$1\r\ny\r\n$1\r\n0\r\n$1\r\nz\r\n$1\r\n0\r\n$1\r\nx\r\n$3\r\ninf\r\n"#,
            ),
            (r#"SET str v"#, r#"+OK\r\n"#),
            (
                r#"ZUNION 2 a str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZUNION 2 str a WEIGHTS x"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZINTERSTORE dst 2 a str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"ZUNIONSTORE str 2 a b"#, r#":4\r\n"#),
            (r#"TYPE str"#, r#"+zset\r\n"#),
            (
                r#"ZRANGE str 0 -1 WITHSCORES"#,
                r#"*8\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$2\r\n12\r\n$1\r\nz\r\n$2\r\n23\r\n$1\r\nw\r\n$2\r\n30\r\n"#,
            ),
        ],
    );
}

/// ZSCAN on a listpack; ZRANDMEMBER's deterministic cases and count checks.
#[test]
fn recorded_scan_and_randmember() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"ZADD z 1 a 2.5 b -0 c 1e17 d inf e 0.1 f"#, r#":6\r\n"#),
            (
                r#"ZSCAN z 0"#,
                r#"*2\r\n$1\r\n0\r\n*12\r\n$1\r\nc\r\n$1\r\n0\r\n$1\r\nf\r\n$19\r\n0.10000000000000001\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$3\r\n2.5\r\n$1\r\nd\r\n$18\r\n100000000000000000\r\n$1\r\ne\r\n$3\r\ninf\r\n"#,
            ),
            (
                r#"ZSCAN z 0 MATCH [a-c]"#,
                r#"*2\r\n$1\r\n0\r\n*6\r\n$1\r\nc\r\n$1\r\n0\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$3\r\n2.5\r\n"#,
            ),
            (
                r#"ZSCAN z 0 COUNT 1"#,
                r#"*2\r\n$1\r\n0\r\n*12\r\n$1\r\nc\r\n$1\r\n0\r\n$1\r\nf\r\n$19\r\n0.10000000000000001\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$3\r\n2.5\r\n$1\r\nd\r\n$18\r\n100000000000000000\r\n$1\r\ne\r\n$3\r\ninf\r\n"#,
            ),
            (r#"ZSCAN z 0 COUNT 0"#, r#"-ERR syntax error\r\n"#),
            (r#"ZSCAN z 0 COUNT -1"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZSCAN z 0 COUNT abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"ZSCAN z 0 MATCH"#, r#"-ERR syntax error\r\n"#),
            (r#"ZSCAN z 0 FOO bar"#, r#"-ERR syntax error\r\n"#),
            (r#"ZSCAN z 0 TYPE zset"#, r#"-ERR syntax error\r\n"#),
            (r#"ZSCAN z abc"#, r#"-ERR invalid cursor\r\n"#),
            (
                r#"ZSCAN z -1"#,
                r#"*2\r\n$1\r\n0\r\n*12\r\n$1\r\nc\r\n$1\r\n0\r\n$1\r\nf\r\n$19\r\n0.10000000000000001\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$3\r\n2.5\r\n$1\r\nd\r\n$18\r\n100000000000000000\r\n$1\r\ne\r\n$3\r\ninf\r\n"#,
            ),
            (
                r#"ZSCAN z """#,
                r#"*2\r\n$1\r\n0\r\n*12\r\n$1\r\nc\r\n$1\r\n0\r\n$1\r\nf\r\n$19\r\n0.10000000000000001\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$3\r\n2.5\r\n$1\r\nd\r\n$18\r\n100000000000000000\r\n$1\r\ne\r\n$3\r\ninf\r\n"#,
            ),
            (r#"ZSCAN z " 1""#, r#"-ERR invalid cursor\r\n"#),
            (
                r#"ZSCAN z 18446744073709551616"#,
                r#"-ERR invalid cursor\r\n"#,
            ),
            (r#"ZSCAN nokey 0"#, r#"*2\r\n$1\r\n0\r\n*0\r\n"#),
            (r#"ZSCAN nokey 0 COUNT 0"#, r#"*2\r\n$1\r\n0\r\n*0\r\n"#),
            (r#"ZSCAN nokey abc"#, r#"-ERR invalid cursor\r\n"#),
            (r#"SET str v"#, r#"+OK\r\n"#),
            (
                r#"ZSCAN str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZSCAN str 0 COUNT 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"ZRANDMEMBER nokey"#, r#"$-1\r\n"#),
            (r#"ZRANDMEMBER nokey 5"#, r#"*0\r\n"#),
            (r#"ZRANDMEMBER nokey -5 WITHSCORES"#, r#"*0\r\n"#),
            (
                r#"ZRANDMEMBER nokey abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"ZRANDMEMBER nokey 1.5"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"ZRANDMEMBER z 0"#, r#"*0\r\n"#),
            (r#"ZRANDMEMBER z 0 WITHSCORES"#, r#"*0\r\n"#),
            (
                r#"ZRANDMEMBER z 6"#,
                r#"*6\r\n$1\r\ne\r\n$1\r\nd\r\n$1\r\nb\r\n$1\r\na\r\n$1\r\nf\r\n$1\r\nc\r\n"#,
            ),
            (
                r#"ZRANDMEMBER z 100 WITHSCORES"#,
                r#"*12\r\n$1\r\ne\r\n$3\r\ninf\r\n$1\r\nd\r\n$5\r\n1e+17\r\n$1\r\nb\r\n$3\r\n2.5\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nf\r\n$19\r\n0.10000000000000001\r\n$1\r\nc\r\n$1\r\n0\r\n"#,
            ),
            (r#"ZRANDMEMBER z 1 foo"#, r#"-ERR syntax error\r\n"#),
            (
                r#"ZRANDMEMBER z 1 WITHSCORES foo"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"ZRANDMEMBER z -9223372036854775808"#,
                r#"-ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807\r\n"#,
            ),
            (
                r#"ZRANDMEMBER z 9223372036854775807 WITHSCORES"#,
                r#"-ERR value is out of range\r\n"#,
            ),
            (
                r#"ZRANDMEMBER z -9223372036854775807 WITHSCORES"#,
                r#"-ERR value is out of range\r\n"#,
            ),
            (
                r#"ZRANDMEMBER z 4611686018427387904 WITHSCORES"#,
                r#"-ERR value is out of range\r\n"#,
            ),
            (
                r#"ZRANDMEMBER z -4611686018427387904 WITHSCORES"#,
                r#"-ERR value is out of range\r\n"#,
            ),
            (
                r#"ZRANDMEMBER nokey 4611686018427387903 WITHSCORES"#,
                r#"*0\r\n"#,
            ),
            (
                r#"ZRANDMEMBER str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"ZRANDMEMBER str 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"ZADD one 5 only"#, r#":1\r\n"#),
            (r#"ZRANDMEMBER one"#, r#"$4\r\nonly\r\n"#),
            (
                r#"ZRANDMEMBER one 1 WITHSCORES"#,
                r#"*2\r\n$4\r\nonly\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"ZRANDMEMBER one -3 WITHSCORES"#,
                r#"*6\r\n$4\r\nonly\r\n$1\r\n5\r\n$4\r\nonly\r\n$1\r\n5\r\n$4\r\nonly\r\n$1\r\n5\r\n"#,
            ),
            (r#"ZRANDMEMBER one 3"#, r#"*1\r\n$4\r\nonly\r\n"#),
        ],
    );
}

/// listpack / skiplist thresholds and conversions, -0 per encoding, ZSCAN score text per encoding, encodings of STORE results.
#[test]
fn recorded_encodings() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"CONFIG SET zset-max-listpack-entries 3"#, r#"+OK\r\n"#),
            (r#"CONFIG SET zset-max-listpack-value 8"#, r#"+OK\r\n"#),
            (r#"ZADD z 1 a 2 b 3 c"#, r#":3\r\n"#),
            (r#"OBJECT ENCODING z"#, r#"$8\r\nlistpack\r\n"#),
            (r#"ZADD z 4 d"#, r#":1\r\n"#),
            (r#"OBJECT ENCODING z"#, r#"$8\r\nskiplist\r\n"#),
            (r#"ZREM z a b c"#, r#":3\r\n"#),
            (r#"OBJECT ENCODING z"#, r#"$8\r\nskiplist\r\n"#),
            (r#"ZADD long 1 abcdefghi"#, r#":1\r\n"#),
            (r#"OBJECT ENCODING long"#, r#"$8\r\nskiplist\r\n"#),
            (r#"ZADD long2 1 abcdefgh"#, r#":1\r\n"#),
            (r#"OBJECT ENCODING long2"#, r#"$8\r\nlistpack\r\n"#),
            (r#"ZADD long2 2 abcdefghi"#, r#":1\r\n"#),
            (r#"OBJECT ENCODING long2"#, r#"$8\r\nskiplist\r\n"#),
            (r#"ZADD neg -0 m"#, r#":1\r\n"#),
            (r#"ZSCORE neg m"#, r#"$1\r\n0\r\n"#),
            (r#"ZADD big 1 a 2 b 3 c 4 d"#, r#":4\r\n"#),
            (r#"ZADD big -0 m"#, r#":1\r\n"#),
            (r#"ZSCORE big m"#, r#"$2\r\n-0\r\n"#),
            (
                r#"ZRANGE big 0 0 WITHSCORES"#,
                r#"*2\r\n$1\r\nm\r\n$2\r\n-0\r\n"#,
            ),
            (r#"ZINCRBY big 0 m"#, r#"$1\r\n0\r\n"#),
            (r#"ZADD sk 1e17 x"#, r#":1\r\n"#),
            (r#"ZADD sk 1 y 2 z 3 w"#, r#":3\r\n"#),
            (r#"ZSCORE sk x"#, r#"$5\r\n1e+17\r\n"#),
            (r#"ZREMRANGEBYRANK sk 0 2"#, r#":3\r\n"#),
            (
                r#"ZSCAN sk 0"#,
                r#"*2\r\n$1\r\n0\r\n*2\r\n$1\r\nx\r\n$5\r\n1e+17\r\n"#,
            ),
            (r#"ZADD lp 1e17 x"#, r#":1\r\n"#),
            (
                r#"ZSCAN lp 0"#,
                r#"*2\r\n$1\r\n0\r\n*2\r\n$1\r\nx\r\n$18\r\n100000000000000000\r\n"#,
            ),
            (r#"ZUNIONSTORE u 1 big"#, r#":5\r\n"#),
            (r#"OBJECT ENCODING u"#, r#"$8\r\nskiplist\r\n"#),
            (r#"ZRANGESTORE r big 0 1"#, r#":2\r\n"#),
            (r#"OBJECT ENCODING r"#, r#"$8\r\nlistpack\r\n"#),
            (r#"ZRANGESTORE r big 0 -1"#, r#":5\r\n"#),
            (r#"OBJECT ENCODING r"#, r#"$8\r\nskiplist\r\n"#),
            (
                r#"ZRANGESTORE r big -inf +inf BYSCORE LIMIT 0 3"#,
                r#":3\r\n"#,
            ),
            (r#"OBJECT ENCODING r"#, r#"$8\r\nlistpack\r\n"#),
            (r#"ZINTERSTORE i 2 big big"#, r#":5\r\n"#),
            (r#"OBJECT ENCODING i"#, r#"$8\r\nskiplist\r\n"#),
            (r#"ZUNIONSTORE u 2 big long"#, r#":6\r\n"#),
            (r#"OBJECT ENCODING u"#, r#"$8\r\nskiplist\r\n"#),
            (r#"ZDIFFSTORE d 2 big z"#, r#":4\r\n"#),
            (r#"OBJECT ENCODING d"#, r#"$8\r\nskiplist\r\n"#),
            (
                r#"ZRANGE d 0 -1 WITHSCORES"#,
                r#"*8\r\n$1\r\nm\r\n$2\r\n-0\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n"#,
            ),
            (r#"CONFIG SET zset-max-listpack-entries 0"#, r#"+OK\r\n"#),
            (r#"ZADD zero 1 a"#, r#":1\r\n"#),
            (r#"OBJECT ENCODING zero"#, r#"$8\r\nskiplist\r\n"#),
            (r#"ZUNIONSTORE u 1 zero"#, r#":1\r\n"#),
            (r#"OBJECT ENCODING u"#, r#"$8\r\nskiplist\r\n"#),
            (r#"CONFIG SET zset-max-listpack-entries 128"#, r#"+OK\r\n"#),
            (r#"CONFIG SET zset-max-listpack-value 64"#, r#"+OK\r\n"#),
        ],
    );
}

/// Arity errors, empty and binary keys, lex bounds with NUL and 0xff bytes, mixed-score lex ranges on a listpack.
#[test]
fn recorded_arity_and_lex_edges() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (
                r#"ZADD z"#,
                r#"-ERR wrong number of arguments for 'zadd' command\r\n"#,
            ),
            (
                r#"ZADD z 1"#,
                r#"-ERR wrong number of arguments for 'zadd' command\r\n"#,
            ),
            (
                r#"ZCARD"#,
                r#"-ERR wrong number of arguments for 'zcard' command\r\n"#,
            ),
            (
                r#"ZCARD z extra"#,
                r#"-ERR wrong number of arguments for 'zcard' command\r\n"#,
            ),
            (
                r#"ZCOUNT z 1"#,
                r#"-ERR wrong number of arguments for 'zcount' command\r\n"#,
            ),
            (
                r#"ZINCRBY z 1"#,
                r#"-ERR wrong number of arguments for 'zincrby' command\r\n"#,
            ),
            (
                r#"ZINCRBY z 1 a b"#,
                r#"-ERR wrong number of arguments for 'zincrby' command\r\n"#,
            ),
            (
                r#"ZSCORE z"#,
                r#"-ERR wrong number of arguments for 'zscore' command\r\n"#,
            ),
            (
                r#"ZMSCORE z"#,
                r#"-ERR wrong number of arguments for 'zmscore' command\r\n"#,
            ),
            (
                r#"ZRANK z"#,
                r#"-ERR wrong number of arguments for 'zrank' command\r\n"#,
            ),
            (
                r#"ZRANK z a b c"#,
                r#"-ERR wrong number of arguments for 'zrank' command\r\n"#,
            ),
            (
                r#"ZREVRANK z"#,
                r#"-ERR wrong number of arguments for 'zrevrank' command\r\n"#,
            ),
            (
                r#"ZRANGE z 0"#,
                r#"-ERR wrong number of arguments for 'zrange' command\r\n"#,
            ),
            (
                r#"ZRANGESTORE d z 0"#,
                r#"-ERR wrong number of arguments for 'zrangestore' command\r\n"#,
            ),
            (
                r#"ZREVRANGE z 0"#,
                r#"-ERR wrong number of arguments for 'zrevrange' command\r\n"#,
            ),
            (
                r#"ZRANGEBYSCORE z 0"#,
                r#"-ERR wrong number of arguments for 'zrangebyscore' command\r\n"#,
            ),
            (
                r#"ZREVRANGEBYSCORE z 0"#,
                r#"-ERR wrong number of arguments for 'zrevrangebyscore' command\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX z -"#,
                r#"-ERR wrong number of arguments for 'zrangebylex' command\r\n"#,
            ),
            (
                r#"ZREVRANGEBYLEX z +"#,
                r#"-ERR wrong number of arguments for 'zrevrangebylex' command\r\n"#,
            ),
            (
                r#"ZLEXCOUNT z -"#,
                r#"-ERR wrong number of arguments for 'zlexcount' command\r\n"#,
            ),
            (
                r#"ZREM z"#,
                r#"-ERR wrong number of arguments for 'zrem' command\r\n"#,
            ),
            (
                r#"ZREMRANGEBYRANK z 0"#,
                r#"-ERR wrong number of arguments for 'zremrangebyrank' command\r\n"#,
            ),
            (
                r#"ZREMRANGEBYSCORE z 0"#,
                r#"-ERR wrong number of arguments for 'zremrangebyscore' command\r\n"#,
            ),
            (
                r#"ZREMRANGEBYLEX z -"#,
                r#"-ERR wrong number of arguments for 'zremrangebylex' command\r\n"#,
            ),
            (
                r#"ZPOPMIN"#,
                r#"-ERR wrong number of arguments for 'zpopmin' command\r\n"#,
            ),
            (
                r#"ZPOPMAX"#,
                r#"-ERR wrong number of arguments for 'zpopmax' command\r\n"#,
            ),
            (
                r#"ZMPOP 1 z"#,
                r#"-ERR wrong number of arguments for 'zmpop' command\r\n"#,
            ),
            (
                r#"ZUNION 1"#,
                r#"-ERR wrong number of arguments for 'zunion' command\r\n"#,
            ),
            (
                r#"ZINTER 1"#,
                r#"-ERR wrong number of arguments for 'zinter' command\r\n"#,
            ),
            (
                r#"ZDIFF 1"#,
                r#"-ERR wrong number of arguments for 'zdiff' command\r\n"#,
            ),
            (
                r#"ZUNIONSTORE d 1"#,
                r#"-ERR wrong number of arguments for 'zunionstore' command\r\n"#,
            ),
            (
                r#"ZINTERSTORE d 1"#,
                r#"-ERR wrong number of arguments for 'zinterstore' command\r\n"#,
            ),
            (
                r#"ZDIFFSTORE d 1"#,
                r#"-ERR wrong number of arguments for 'zdiffstore' command\r\n"#,
            ),
            (
                r#"ZINTERCARD 1"#,
                r#"-ERR wrong number of arguments for 'zintercard' command\r\n"#,
            ),
            (
                r#"ZRANDMEMBER"#,
                r#"-ERR wrong number of arguments for 'zrandmember' command\r\n"#,
            ),
            (
                r#"ZSCAN z"#,
                r#"-ERR wrong number of arguments for 'zscan' command\r\n"#,
            ),
            (r#"ZADD z 1 a"#, r#":1\r\n"#),
            (r#"ZADD "" 1 """#, r#":1\r\n"#),
            (r#"ZSCORE "" """#, r#"$1\r\n1\r\n"#),
            (
                r#"ZRANGE "" 0 -1 WITHSCORES"#,
                r#"*2\r\n$0\r\n\r\n$1\r\n1\r\n"#,
            ),
            (r#"ZRANGEBYLEX z "[" "[\xff""#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"ZRANGEBYLEX z "(" +"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"ZRANGEBYLEX z "+\x00" -"#, r#"*0\r\n"#),
            (
                r#"ZADD lex 0 a 0 ab 0 b 0 "a\x00" 0 "\xff" 0 """#,
                r#":6\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX lex - +"#,
                r#"*6\r\n$0\r\n\r\n$1\r\na\r\n$2\r\na\x00\r\n$2\r\nab\r\n$1\r\nb\r\n$1\r\n\xff\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX lex [a (b"#,
                r#"*3\r\n$1\r\na\r\n$2\r\na\x00\r\n$2\r\nab\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX lex (a [b"#,
                r#"*3\r\n$2\r\na\x00\r\n$2\r\nab\r\n$1\r\nb\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX lex "[a\x00" +"#,
                r#"*4\r\n$2\r\na\x00\r\n$2\r\nab\r\n$1\r\nb\r\n$1\r\n\xff\r\n"#,
            ),
            (
                r#"ZREVRANGEBYLEX lex + "(a""#,
                r#"*4\r\n$1\r\n\xff\r\n$1\r\nb\r\n$2\r\nab\r\n$2\r\na\x00\r\n"#,
            ),
            (r#"ZLEXCOUNT lex "(" "[\xff""#, r#":5\r\n"#),
            (r#"ZLEXCOUNT lex "[" "(\xff""#, r#":5\r\n"#),
            (r#"ZADD mixed 1 b 2 a 3 d 4 c"#, r#":4\r\n"#),
            (
                r#"ZRANGEBYLEX mixed [a [c"#,
                r#"*2\r\n$1\r\nb\r\n$1\r\na\r\n"#,
            ),
            (
                r#"ZRANGEBYLEX mixed [b +"#,
                r#"*4\r\n$1\r\nb\r\n$1\r\na\r\n$1\r\nd\r\n$1\r\nc\r\n"#,
            ),
            (
                r#"ZREVRANGEBYLEX mixed [c [a"#,
                r#"*4\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\na\r\n$1\r\nb\r\n"#,
            ),
            (
                r#"ZREVRANGEBYLEX mixed + [b"#,
                r#"*2\r\n$1\r\nc\r\n$1\r\nd\r\n"#,
            ),
            (r#"ZLEXCOUNT mixed [a [c"#, r#":2\r\n"#),
            (r#"ZLEXCOUNT mixed - (c"#, r#":2\r\n"#),
            (r#"ZREMRANGEBYLEX mixed [c +"#, r#":2\r\n"#),
            (r#"ZRANGE mixed 0 -1"#, r#"*2\r\n$1\r\nb\r\n$1\r\na\r\n"#),
        ],
    );
}

/// RESP3: doubles, nulls, WITHSCORES as [member, score] pairs, pop shapes.
#[test]
fn recorded_resp3_shapes() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert!(r.cmd(&["HELLO", "3"]).starts_with('%'));
    expect_replies(
        &mut r,
        &[
            (r#"ZADD z 1 a 2.5 b inf c"#, r#":3\r\n"#),
            (r#"ZSCORE z b"#, r#",2.5\r\n"#),
            (r#"ZSCORE z nope"#, r#"_\r\n"#),
            (r#"ZSCORE nokey a"#, r#"_\r\n"#),
            (r#"ZMSCORE z a nope"#, r#"*2\r\n,1\r\n_\r\n"#),
            (r#"ZINCRBY z 1 a"#, r#",2\r\n"#),
            (r#"ZADD z INCR 1 a"#, r#",3\r\n"#),
            (r#"ZADD z NX INCR 1 a"#, r#"_\r\n"#),
            (r#"ZRANK z a"#, r#":1\r\n"#),
            (r#"ZRANK z nope"#, r#"_\r\n"#),
            (
                r#"ZRANGE z 0 -1"#,
                r#"*3\r\n$1\r\nb\r\n$1\r\na\r\n$1\r\nc\r\n"#,
            ),
            (
                r#"ZRANGE z 0 -1 WITHSCORES"#,
                r#"*3\r\n*2\r\n$1\r\nb\r\n,2.5\r\n*2\r\n$1\r\na\r\n,3\r\n*2\r\n$1\r\nc\r\n,inf\r\n"#,
            ),
            (
                r#"ZRANGE z 0 -1 REV WITHSCORES"#,
                r#"*3\r\n*2\r\n$1\r\nc\r\n,inf\r\n*2\r\n$1\r\na\r\n,3\r\n*2\r\n$1\r\nb\r\n,2.5\r\n"#,
            ),
            (
                r#"ZRANGEBYSCORE z -inf +inf WITHSCORES"#,
                r#"*3\r\n*2\r\n$1\r\nb\r\n,2.5\r\n*2\r\n$1\r\na\r\n,3\r\n*2\r\n$1\r\nc\r\n,inf\r\n"#,
            ),
            (
                r#"ZREVRANGEBYSCORE z +inf -inf WITHSCORES LIMIT 0 1"#,
                r#"*1\r\n*2\r\n$1\r\nc\r\n,inf\r\n"#,
            ),
            (r#"ZRANGE nokey 0 -1 WITHSCORES"#, r#"*0\r\n"#),
            (
                r#"ZUNION 1 z WITHSCORES"#,
                r#"*3\r\n*2\r\n$1\r\nb\r\n,2.5\r\n*2\r\n$1\r\na\r\n,3\r\n*2\r\n$1\r\nc\r\n,inf\r\n"#,
            ),
            (
                r#"ZINTER 1 z WITHSCORES"#,
                r#"*3\r\n*2\r\n$1\r\nb\r\n,2.5\r\n*2\r\n$1\r\na\r\n,3\r\n*2\r\n$1\r\nc\r\n,inf\r\n"#,
            ),
            (
                r#"ZDIFF 1 z WITHSCORES"#,
                r#"*3\r\n*2\r\n$1\r\nb\r\n,2.5\r\n*2\r\n$1\r\na\r\n,3\r\n*2\r\n$1\r\nc\r\n,inf\r\n"#,
            ),
            (
                r#"ZRANDMEMBER z 10 WITHSCORES"#,
                r#"*3\r\n*2\r\n$1\r\nc\r\n,inf\r\n*2\r\n$1\r\na\r\n,3\r\n*2\r\n$1\r\nb\r\n,2.5\r\n"#,
            ),
            (
                r#"ZRANDMEMBER z 10"#,
                r#"*3\r\n$1\r\nc\r\n$1\r\na\r\n$1\r\nb\r\n"#,
            ),
            (r#"ZRANDMEMBER nokey"#, r#"_\r\n"#),
            (r#"ZRANDMEMBER nokey 3 WITHSCORES"#, r#"*0\r\n"#),
            (
                r#"ZSCAN z 0"#,
                r#"*2\r\n$1\r\n0\r\n*6\r\n$1\r\nb\r\n$3\r\n2.5\r\n$1\r\na\r\n$1\r\n3\r\n$1\r\nc\r\n$3\r\ninf\r\n"#,
            ),
            (r#"ZPOPMIN z"#, r#"*2\r\n$1\r\nb\r\n,2.5\r\n"#),
            (r#"ZPOPMIN z 1"#, r#"*1\r\n*2\r\n$1\r\na\r\n,3\r\n"#),
            (r#"ZPOPMAX z 5"#, r#"*1\r\n*2\r\n$1\r\nc\r\n,inf\r\n"#),
            (r#"ZADD z 1 a 2 b 3 c"#, r#":3\r\n"#),
            (r#"ZPOPMIN z 0"#, r#"*0\r\n"#),
            (r#"ZPOPMIN nokey"#, r#"*0\r\n"#),
            (r#"ZPOPMIN nokey 1"#, r#"*0\r\n"#),
            (
                r#"ZMPOP 1 z MIN"#,
                r#"*2\r\n$1\r\nz\r\n*1\r\n*2\r\n$1\r\na\r\n,1\r\n"#,
            ),
            (
                r#"ZMPOP 1 z MAX COUNT 5"#,
                r#"*2\r\n$1\r\nz\r\n*2\r\n*2\r\n$1\r\nc\r\n,3\r\n*2\r\n$1\r\nb\r\n,2\r\n"#,
            ),
            (r#"ZMPOP 1 z MAX COUNT 5"#, r#"_\r\n"#),
        ],
    );
}

// ------------------------------------------------------------------------------------------
// Keyspace events, propagation, blocking.
// ------------------------------------------------------------------------------------------

/// Reads the keyevent notifications that arrived on `sub` within a short while, as
/// "event key" strings.
fn events(sub: &mut Raw) -> Vec<String> {
    let mut out = Vec::new();
    sub.stream
        .set_read_timeout(Some(Duration::from_millis(150)))
        .unwrap();
    loop {
        let mut chunk = [0u8; 4096];
        match sub.stream.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&chunk[..n]),
        }
    }
    sub.stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let text = String::from_utf8_lossy(&out).into_owned();
    let parts: Vec<&str> = text.split("\r\n").collect();
    let mut found = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if *p == "pmessage" && i + 6 < parts.len() {
            let channel = parts[i + 4];
            let event = channel.rsplit(':').next().unwrap();
            found.push(format!("{event} {}", parts[i + 6]));
        }
    }
    found
}

/// The keyevent notifications of each command, as redis-server 7.0.15 sends them.
#[test]
fn keyspace_events_match_redis() {
    let s = TestServer::start();
    let mut sub = keyevent_listener(&s);
    events(&mut sub);
    let mut r = s.raw();
    let script: &[(&str, &[&str])] = &[
        ("ZADD z 1 a 2 b 3 c", &["zadd z"]),
        ("ZADD z 1 a", &[]),
        ("ZADD z XX 5 nope", &[]),
        ("ZADD z 2 a", &["zadd z"]),
        ("ZINCRBY z 1 a", &["zincr z"]),
        ("ZADD z INCR 0 a", &[]),
        ("ZADD z INCR 1 a", &["zincr z"]),
        ("ZREM z nope", &[]),
        ("ZREM z a", &["zrem z"]),
        ("ZREMRANGEBYSCORE z 100 200", &[]),
        ("ZREMRANGEBYSCORE z 2 2", &["zremrangebyscore z"]),
        ("ZADD z 1 x 2 y", &["zadd z"]),
        ("ZREMRANGEBYRANK z 0 0", &["zremrangebyrank z"]),
        ("ZREMRANGEBYLEX z - +", &["zremrangebylex z", "del z"]),
        ("ZADD z 1 a 2 b 3 c", &["zadd z"]),
        ("ZPOPMIN z", &["zpopmin z"]),
        ("ZPOPMAX z 5", &["zpopmax z", "del z"]),
        ("ZADD z 1 a 2 b", &["zadd z"]),
        ("ZMPOP 1 z MIN COUNT 5", &["zpopmin z", "del z"]),
        ("ZADD a 1 x", &["zadd a"]),
        ("ZADD b 2 x", &["zadd b"]),
        ("ZUNIONSTORE d 2 a b", &["zunionstore d"]),
        ("ZINTERSTORE d 2 a b", &["zinterstore d"]),
        ("ZDIFFSTORE d 2 a b", &["del d"]),
        ("ZUNIONSTORE d 1 nokey", &[]),
        ("ZRANGESTORE d a 0 -1", &["zrangestore d"]),
        ("ZRANGESTORE d a 5 6", &["del d"]),
        ("ZRANGESTORE d a 5 6", &[]),
        ("ZADD c 1 x 2 y", &["zadd c"]),
        ("BZPOPMAX c 0", &["zpopmax c"]),
        ("BZMPOP 0 1 c MIN", &["zpopmin c", "del c"]),
        ("ZREM a x", &["zrem a", "del a"]),
    ];
    for (cmd, expected) in script {
        let args: Vec<&str> = cmd.split(' ').collect();
        r.cmd(&args);
        assert_eq!(events(&mut sub), *expected, "events of {cmd}");
    }
}

/// What reaches AOF and replicas: writes as sent, ZMPOP / BZPOPMIN / BZMPOP as the
/// ZPOPMIN / ZPOPMAX they amounted to, nothing for commands that changed nothing (recorded
/// from redis-server 7.0.15's AOF for the same commands).
#[test]
fn propagation_matches_redis() {
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let mut r = s.raw();
    for cmd in [
        "ZADD z 1 a 2 b 3 c",
        "ZADD z 1 a",
        "ZADD z INCR 0 a",
        "ZADD z INCR 1.5 a",
        "ZINCRBY z 2 b",
        "ZADD z NX 9 a 4 d",
        "ZREM z nope",
        "ZREM z d",
        "ZPOPMIN z",
        "ZPOPMAX z 5",
        "ZADD z 1 a 2 b 3 c",
        "ZMPOP 1 z MIN COUNT 2",
        "ZMPOP 1 z MAX COUNT 10",
        "ZMPOP 1 z MAX",
        "ZADD a 1 x",
        "ZUNIONSTORE d 1 a",
        "ZRANGESTORE e a 0 -1",
        "ZRANGESTORE e a 5 6",
        "ZRANGESTORE e a 5 6",
        "ZREMRANGEBYSCORE a 0 0",
        "ZREMRANGEBYSCORE a 1 1",
        "ZPOPMIN nokey",
        "ZPOPMIN a 0",
        "ZADD q 1 a 2 b 3 c",
        "BZPOPMIN q 0",
        "BZMPOP 0 1 q MAX COUNT 5",
        "BZMPOP 0.01 1 q MAX COUNT 5",
    ] {
        let args: Vec<&str> = cmd.split(' ').collect();
        r.cmd(&args);
    }
    assert_eq!(
        propagated_commands(&mut rx),
        [
            "ZADD z 1 a 2 b 3 c",
            "ZADD z INCR 1.5 a",
            "ZINCRBY z 2 b",
            "ZADD z NX 9 a 4 d",
            "ZREM z d",
            "ZPOPMIN z",
            "ZPOPMAX z 5",
            "ZADD z 1 a 2 b 3 c",
            "ZPOPMIN z 2",
            "ZPOPMAX z 1",
            "ZADD a 1 x",
            "ZUNIONSTORE d 1 a",
            "ZRANGESTORE e a 0 -1",
            "ZRANGESTORE e a 5 6",
            "ZREMRANGEBYSCORE a 1 1",
            "ZADD q 1 a 2 b 3 c",
            "ZPOPMIN q",
            "ZPOPMAX q 2",
        ]
    );
}

/// Blocking pops that find data at once, their errors, and their behaviour in MULTI.
#[test]
fn recorded_blocking_pops_without_waiting() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"ZADD z 1 a 2 b 3 c"#, r#":3\r\n"#),
            (
                r#"BZPOPMIN z 0"#,
                r#"*3\r\n$1\r\nz\r\n$1\r\na\r\n$1\r\n1\r\n"#,
            ),
            (
                r#"BZPOPMAX nokey z 0"#,
                r#"*3\r\n$1\r\nz\r\n$1\r\nc\r\n$1\r\n3\r\n"#,
            ),
            (
                r#"BZPOPMIN nokey z z 1"#,
                r#"*3\r\n$1\r\nz\r\n$1\r\nb\r\n$1\r\n2\r\n"#,
            ),
            (r#"ZADD z 1 a"#, r#":1\r\n"#),
            (
                r#"BZMPOP 0 1 z MIN"#,
                r#"*2\r\n$1\r\nz\r\n*1\r\n*2\r\n$1\r\na\r\n$1\r\n1\r\n"#,
            ),
            (r#"ZADD z 1 a 2 b 3 c"#, r#":3\r\n"#),
            (
                r#"BZMPOP 0 2 nokey z MAX COUNT 2"#,
                r#"*2\r\n$1\r\nz\r\n*2\r\n*2\r\n$1\r\nc\r\n$1\r\n3\r\n*2\r\n$1\r\nb\r\n$1\r\n2\r\n"#,
            ),
            (r#"BZMPOP 0.01 1 nokey MIN"#, r#"*-1\r\n"#),
            (r#"BZPOPMIN nokey 0.01"#, r#"*-1\r\n"#),
            (
                r#"BZPOPMIN z abc"#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (r#"BZPOPMIN z -1"#, r#"-ERR timeout is negative\r\n"#),
            (
                r#"BZPOPMIN z "#,
                r#"-ERR wrong number of arguments for 'bzpopmin' command\r\n"#,
            ),
            (
                r#"BZPOPMIN"#,
                r#"-ERR wrong number of arguments for 'bzpopmin' command\r\n"#,
            ),
            (
                r#"BZMPOP abc 1 z MIN"#,
                r#"-ERR timeout is not a float or out of range\r\n"#,
            ),
            (r#"BZMPOP -1 1 z MIN"#, r#"-ERR timeout is negative\r\n"#),
            (
                r#"BZMPOP 0 0 z MIN"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (r#"BZMPOP 0 1 z FOO"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BZMPOP 0 1 z MIN COUNT 0"#,
                r#"-ERR count should be greater than 0\r\n"#,
            ),
            (r#"BZMPOP abc 1 z FOO"#, r#"-ERR syntax error\r\n"#),
            (
                r#"BZMPOP 0 1 z"#,
                r#"-ERR wrong number of arguments for 'bzmpop' command\r\n"#,
            ),
            (r#"SET str v"#, r#"+OK\r\n"#),
            (
                r#"BZPOPMIN str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BZPOPMIN nokey str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BZPOPMIN z str 0"#,
                r#"*3\r\n$1\r\nz\r\n$1\r\na\r\n$1\r\n1\r\n"#,
            ),
            (
                r#"BZMPOP 0 2 str z MIN"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"BZMPOP 0 2 z str MIN"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"MULTI"#, r#"+OK\r\n"#),
            (r#"BZPOPMIN nokey 0"#, r#"+QUEUED\r\n"#),
            (r#"BZMPOP 0 1 nokey MIN"#, r#"+QUEUED\r\n"#),
            (r#"BZPOPMAX z 0"#, r#"+QUEUED\r\n"#),
            (r#"EXEC"#, r#"*3\r\n*-1\r\n*-1\r\n*-1\r\n"#),
        ],
    );
}

/// Sends a command without waiting for its reply.
fn send(r: &mut Raw, cmd: &str) {
    let args: Vec<&[u8]> = cmd.split(' ').map(str::as_bytes).collect();
    r.send_cmd(&args);
}

/// Waits until `n` clients are blocked (INFO's blocked_clients).
fn wait_blocked(s: &TestServer, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while s.handle.server.blocking.blocked_clients() != n {
        assert!(Instant::now() < deadline, "expected {n} blocked clients");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Waiters are served in the order they blocked, one element each, by the write that fills
/// the key; the served pops are replicated as ZPOPMIN / ZPOPMAX after that write.
#[test]
fn blocked_pops_are_served_by_later_writes() {
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let (mut w1, mut w2, mut w3) = (s.raw(), s.raw(), s.raw());
    send(&mut w1, "BZPOPMIN k other 0");
    wait_blocked(&s, 1);
    send(&mut w2, "BZPOPMIN other k 0");
    wait_blocked(&s, 2);
    send(&mut w3, "BZMPOP 0 1 k MAX COUNT 5");
    wait_blocked(&s, 3);
    let mut r = s.raw();
    assert_eq!(
        r.cmd(&["ZADD", "k", "1", "a", "2", "b", "3", "c", "4", "d"]),
        ":4\r\n"
    );
    assert_eq!(
        escape(&w1.read_reply()),
        r"*3\r\n$1\r\nk\r\n$1\r\na\r\n$1\r\n1\r\n"
    );
    assert_eq!(
        escape(&w2.read_reply()),
        r"*3\r\n$1\r\nk\r\n$1\r\nb\r\n$1\r\n2\r\n"
    );
    assert_eq!(
        escape(&w3.read_reply()),
        r"*2\r\n$1\r\nk\r\n*2\r\n*2\r\n$1\r\nd\r\n$1\r\n4\r\n*2\r\n$1\r\nc\r\n$1\r\n3\r\n"
    );
    wait_blocked(&s, 0);
    assert_eq!(r.cmd(&["EXISTS", "k"]), ":0\r\n");
    assert_eq!(
        propagated_commands(&mut rx),
        [
            "ZADD k 1 a 2 b 3 c 4 d",
            "ZPOPMIN k",
            "ZPOPMIN k",
            "ZPOPMAX k 2"
        ]
    );
}

/// A waiter is not woken by a key turning into another type (it keeps waiting, as in Redis),
/// and times out with a null array; RESP3 clients get its RESP3 shape.
#[test]
fn blocked_pops_ignore_other_types_and_time_out() {
    let s = TestServer::start();
    let mut w = s.raw();
    send(&mut w, "BZPOPMAX k 0");
    wait_blocked(&s, 1);
    let mut r = s.raw();
    assert_eq!(r.cmd(&["SET", "k", "v"]), "+OK\r\n");
    assert_eq!(r.cmd(&["DEL", "k"]), ":1\r\n");
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(s.handle.server.blocking.blocked_clients(), 1);
    assert_eq!(r.cmd(&["ZADD", "k", "5", "x", "6", "y"]), ":2\r\n");
    assert_eq!(
        escape(&w.read_reply()),
        r"*3\r\n$1\r\nk\r\n$1\r\ny\r\n$1\r\n6\r\n"
    );

    assert_eq!(w.cmd(&["BZPOPMIN", "nokey", "0.05"]), "*-1\r\n");
    assert_eq!(w.cmd(&["BZMPOP", "0.05", "1", "nokey", "MIN"]), "*-1\r\n");
    assert!(w.cmd(&["HELLO", "3"]).starts_with('%'));
    assert_eq!(w.cmd(&["BZPOPMIN", "nokey", "0.05"]), "_\r\n");
    send(&mut w, "BZPOPMIN k2 0");
    wait_blocked(&s, 1);
    assert_eq!(r.cmd(&["ZADD", "k2", "1.5", "m"]), ":1\r\n");
    assert_eq!(
        escape(&w.read_reply()),
        r"*3\r\n$2\r\nk2\r\n$1\r\nm\r\n,1.5\r\n"
    );
}

// ------------------------------------------------------------------------------------------
// Big sets: ZSCAN, ZRANDMEMBER, lex ranges.
// ------------------------------------------------------------------------------------------

fn zadd_many(c: &mut redis::Connection, key: &str, members: impl Iterator<Item = (f64, String)>) {
    let mut cmd = redis::cmd("ZADD");
    cmd.arg(key);
    for (score, member) in members {
        cmd.arg(score).arg(member);
    }
    let _: i64 = cmd.query(c).unwrap();
}

/// A full ZSCAN of a skiplist-encoded set returns every member (with its score) at least once,
/// even while other members come and go between the calls.
#[test]
fn zscan_covers_a_big_set() {
    let s = TestServer::start();
    let mut c = s.client();
    zadd_many(
        &mut c,
        "z",
        (0..2000).map(|i| (i as f64 * 0.5, format!("m{i}"))),
    );
    assert_eq!(encoding_of(&s, "z"), Some("skiplist"));
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut cursor = "0".to_string();
    let mut calls = 0;
    loop {
        let (next, items): (String, Vec<String>) =
            q(&mut c, &["ZSCAN", "z", &cursor, "COUNT", "25"]);
        for pair in items.chunks(2) {
            seen.insert(pair[0].clone(), pair[1].clone());
        }
        // Churn: members that come and go, and a growing set.
        let _: i64 = q(&mut c, &["ZADD", "z", "1", &format!("extra{calls}")]);
        let _: i64 = q(&mut c, &["ZREM", "z", &format!("extra{}", calls / 2)]);
        calls += 1;
        cursor = next;
        if cursor == "0" {
            break;
        }
    }
    assert!(calls > 10, "COUNT 25 takes many calls");
    for i in 0..2000 {
        let score = seen
            .get(&format!("m{i}"))
            .unwrap_or_else(|| panic!("m{i} missed"));
        assert_eq!(score.parse::<f64>().unwrap(), i as f64 * 0.5);
    }
    // MATCH filters members (scores go with them).
    let (_, items): (String, Vec<String>) = q(
        &mut c,
        &["ZSCAN", "z", "0", "MATCH", "m1999", "COUNT", "100000"],
    );
    assert_eq!(items, ["m1999", "999.5"]);
}

/// ZRANDMEMBER's contracts in both encodings: distinct members for a positive count, repeats
/// allowed for a negative one, the whole set (highest score first) when the count covers it,
/// scores that belong to their members.
#[test]
fn zrandmember_contracts() {
    let s = TestServer::start();
    let mut c = s.client();
    for (key, n) in [("small", 20usize), ("big", 500)] {
        zadd_many(&mut c, key, (0..n).map(|i| (i as f64, format!("m{i}"))));
        let expected_encoding = if n <= 128 { "listpack" } else { "skiplist" };
        assert_eq!(encoding_of(&s, key), Some(expected_encoding));
        for count in [1usize, 3, n / 2, n - 1] {
            let got: Vec<String> = q(&mut c, &["ZRANDMEMBER", key, &count.to_string()]);
            assert_eq!(got.len(), count);
            let distinct: HashSet<&String> = got.iter().collect();
            assert_eq!(distinct.len(), count, "{key} {count}: {got:?}");
            assert!(got.iter().all(|m| m[1..].parse::<usize>().unwrap() < n));
        }
        let all: Vec<String> = q(&mut c, &["ZRANDMEMBER", key, &(n + 5).to_string()]);
        let descending: Vec<String> = (0..n).rev().map(|i| format!("m{i}")).collect();
        assert_eq!(all, descending);
        let repeats: Vec<String> = q(&mut c, &["ZRANDMEMBER", key, &format!("-{}", n * 3)]);
        assert_eq!(repeats.len(), n * 3);
        let distinct: HashSet<&String> = repeats.iter().collect();
        assert!(
            distinct.len() < n * 3 && distinct.len() > n / 2,
            "random picks with repeats"
        );
        let with: Vec<String> = q(&mut c, &["ZRANDMEMBER", key, "-50", "WITHSCORES"]);
        assert_eq!(with.len(), 100);
        for pair in with.chunks(2) {
            assert_eq!(
                pair[0][1..].parse::<f64>().unwrap(),
                pair[1].parse::<f64>().unwrap()
            );
        }
        let mut hits = HashSet::new();
        for _ in 0..(n * 20) {
            let m: String = q(&mut c, &["ZRANDMEMBER", key]);
            hits.insert(m);
        }
        assert!(
            hits.len() > n * 9 / 10,
            "single picks reach most members: {}",
            hits.len()
        );
    }
}

/// Lex ranges over equal scores behave the same in both encodings, and agree with a model.
#[test]
fn lex_ranges_in_both_encodings() {
    let s = TestServer::start();
    let mut c = s.client();
    let words: Vec<String> = (0..300)
        .map(|i| format!("{:03}", (i * 7919) % 1000))
        .collect();
    zadd_many(
        &mut c,
        "small",
        words[..100].iter().map(|w| (0.0, w.clone())),
    );
    zadd_many(&mut c, "big", words.iter().map(|w| (0.0, w.clone())));
    assert_eq!(encoding_of(&s, "small"), Some("listpack"));
    assert_eq!(encoding_of(&s, "big"), Some("skiplist"));
    let bounds = [
        "-", "+", "[100", "(100", "[5", "(5", "[999", "(000", "[000", "[55", "(550", "[",
    ];
    for (key, n) in [("small", 100), ("big", 300)] {
        let mut sorted: Vec<&String> = words[..n].iter().collect();
        sorted.sort();
        for min in bounds {
            for max in bounds {
                let inside = |w: &&&String| lex_above(w, min) && lex_below(w, max);
                let expect: Vec<String> = sorted
                    .iter()
                    .filter(inside)
                    .map(|w| w.to_string())
                    .collect();
                let got: Vec<String> = q(&mut c, &["ZRANGEBYLEX", key, min, max]);
                assert_eq!(got, expect, "{key} ZRANGEBYLEX {min} {max}");
                let count: usize = q(&mut c, &["ZLEXCOUNT", key, min, max]);
                assert_eq!(count, expect.len());
                let rev: Vec<String> = q(
                    &mut c,
                    &["ZREVRANGEBYLEX", key, max, min, "LIMIT", "1", "3"],
                );
                let expect_rev: Vec<String> =
                    expect.iter().rev().skip(1).take(3).cloned().collect();
                assert_eq!(rev, expect_rev, "{key} ZREVRANGEBYLEX {max} {min}");
            }
        }
    }
}

fn lex_above(w: &str, min: &str) -> bool {
    match min {
        "-" => true,
        "+" => false,
        _ if min.starts_with('[') => w >= &min[1..],
        _ => w > &min[1..],
    }
}

fn lex_below(w: &str, max: &str) -> bool {
    match max {
        "+" => true,
        "-" => false,
        _ if max.starts_with('[') => w <= &max[1..],
        _ => w < &max[1..],
    }
}

/// Copies of a big set (COPY-like duplication through the value's Clone) and results of set
/// operations keep members and scores; ZUNIONSTORE of a big set shrinks back to a listpack
/// when the result is small, as Redis does.
#[test]
fn big_set_operations() {
    let s = TestServer::start();
    let mut c = s.client();
    zadd_many(&mut c, "a", (0..1000).map(|i| (i as f64, format!("m{i}"))));
    zadd_many(
        &mut c,
        "b",
        (500..1500).map(|i| (-(i as f64), format!("m{i}"))),
    );
    let inter: usize = q(&mut c, &["ZINTERSTORE", "i", "2", "a", "b"]);
    assert_eq!(inter, 500);
    assert_eq!(encoding_of(&s, "i"), Some("skiplist"));
    let all: Vec<(String, f64)> = q(&mut c, &["ZRANGE", "i", "0", "-1", "WITHSCORES"]);
    assert!(all.iter().all(|(_, s)| *s == 0.0));
    let union: usize = q(
        &mut c,
        &["ZUNIONSTORE", "u", "2", "a", "b", "AGGREGATE", "MAX"],
    );
    assert_eq!(union, 1500);
    let card: usize = q(&mut c, &["ZINTERCARD", "2", "a", "b", "LIMIT", "100"]);
    assert_eq!(card, 100);
    let diff: usize = q(&mut c, &["ZDIFFSTORE", "d", "2", "a", "b"]);
    assert_eq!(diff, 500);
    let small: usize = q(&mut c, &["ZRANGESTORE", "s", "a", "0", "9"]);
    assert_eq!(small, 10);
    assert_eq!(encoding_of(&s, "s"), Some("listpack"));
    let shrunk: usize = q(&mut c, &["ZUNIONSTORE", "s2", "1", "s"]);
    assert_eq!(shrunk, 10);
    assert_eq!(encoding_of(&s, "s2"), Some("listpack"));
    let removed: usize = q(&mut c, &["ZREMRANGEBYSCORE", "a", "10", "+inf"]);
    assert_eq!(removed, 990);
    assert_eq!(
        encoding_of(&s, "a"),
        Some("skiplist"),
        "no conversion back on removal"
    );
    let rank: Option<usize> = q(&mut c, &["ZREVRANK", "u", "m0"]);
    assert_eq!(rank, Some(1499 - 500));
}

// ------------------------------------------------------------------------------------------
// The randomized check against a model.
// ------------------------------------------------------------------------------------------

/// A sorted set as the model keeps it, plus the encoding Redis would be using.
#[derive(Default)]
struct Model {
    members: BTreeMap<String, f64>,
    skiplist: bool,
}

impl Model {
    fn ordered(&self) -> Vec<(String, f64)> {
        let mut v: Vec<(String, f64)> = self.members.iter().map(|(m, s)| (m.clone(), *s)).collect();
        v.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap().then_with(|| a.0.cmp(&b.0)));
        v
    }

    fn remove(&mut self, member: &str) -> bool {
        let gone = self.members.remove(member).is_some();
        if self.members.is_empty() {
            // The key is deleted; a later ZADD starts a new listpack.
            self.skiplist = false;
        }
        gone
    }

    fn insert(&mut self, member: &str, score: f64) {
        if !self.members.contains_key(member) && (self.members.len() + 1 > 128 || member.len() > 64)
        {
            self.skiplist = true;
        }
        self.members.insert(member.to_string(), score);
    }
}

fn r_int(n: usize) -> String {
    format!(":{n}\r\n")
}

fn r_bulk(b: &str) -> String {
    format!("${}\r\n{b}\r\n", b.len())
}

fn r_score(s: f64) -> String {
    r_bulk(&respite::util::numbers::fmt_f64(s))
}

fn r_array(items: &[String]) -> String {
    format!("*{}\r\n{}", items.len(), items.concat())
}

fn r_elements(items: &[(String, f64)], withscores: bool) -> String {
    let mut out = Vec::new();
    for (m, s) in items {
        out.push(r_bulk(m));
        if withscores {
            out.push(r_score(*s));
        }
    }
    r_array(&out)
}

const NIL: &str = "$-1\r\n";

/// Score arguments the generator uses, with the value Redis reads (None: not a valid float).
const SCORES: &[(&str, Option<f64>)] = &[
    ("0", Some(0.0)),
    ("1", Some(1.0)),
    ("-1", Some(-1.0)),
    ("2.5", Some(2.5)),
    ("-3", Some(-3.0)),
    ("10", Some(10.0)),
    ("0.1", Some(0.1)),
    ("1e2", Some(100.0)),
    ("7", Some(7.0)),
    ("3.25", Some(3.25)),
    ("inf", Some(f64::INFINITY)),
    ("-inf", Some(f64::NEG_INFINITY)),
    ("abc", None),
];

/// Score range bounds: (argument, value, exclusive).
const BOUNDS: &[(&str, f64, bool)] = &[
    ("-inf", f64::NEG_INFINITY, false),
    ("+inf", f64::INFINITY, false),
    ("(inf", f64::INFINITY, true),
    ("0", 0.0, false),
    ("(0", 0.0, true),
    ("1", 1.0, false),
    ("(1", 1.0, true),
    ("2.5", 2.5, false),
    ("(2.5", 2.5, true),
    ("-3", -3.0, false),
    ("(10", 10.0, true),
    ("100", 100.0, false),
];

fn in_bounds(score: f64, min: (f64, bool), max: (f64, bool)) -> bool {
    let above = if min.1 { score > min.0 } else { score >= min.0 };
    let below = if max.1 { score < max.0 } else { score <= max.0 };
    above && below
}

/// Applies LIMIT's offset and count the way Redis's range walks do.
fn limited(items: Vec<(String, f64)>, offset: i64, count: i64) -> Vec<(String, f64)> {
    if offset < 0 {
        return Vec::new();
    }
    let rest = items.into_iter().skip(offset as usize);
    if count < 0 {
        rest.collect()
    } else {
        rest.take(count as usize).collect()
    }
}

fn sanitize(start: i64, end: i64, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    let end = if end < 0 { end + len } else { end };
    if start > end || start >= len {
        return None;
    }
    Some((start as usize, end.min(len - 1) as usize))
}

/// The model's expected reply for a ZADD / ZINCRBY-style request.
fn model_zadd(m: &mut Model, opts: &[&str], pairs: &[(usize, String)]) -> String {
    let has = |o: &str| opts.contains(&o);
    let (nx, xx, gt, lt, incr, ch) = (
        has("NX"),
        has("XX"),
        has("GT"),
        has("LT"),
        has("INCR"),
        has("CH"),
    );
    if nx && xx {
        return "-ERR XX and NX options at the same time are not compatible\r\n".into();
    }
    if (nx && (gt || lt)) || (gt && lt) {
        return "-ERR GT, LT, and/or NX options at the same time are not compatible\r\n".into();
    }
    if incr && pairs.len() > 1 {
        return "-ERR INCR option supports a single increment-element pair\r\n".into();
    }
    let mut scores = Vec::new();
    for (i, _) in pairs {
        match SCORES[*i].1 {
            Some(v) => scores.push(v),
            None => return "-ERR value is not a valid float\r\n".into(),
        }
    }
    let (mut added, mut updated, mut processed, mut last) = (0, 0, 0, 0.0);
    for ((_, member), score) in pairs.iter().zip(scores) {
        match m.members.get(member).copied() {
            Some(cur) => {
                if nx {
                    continue;
                }
                let new = if incr { cur + score } else { score };
                if new.is_nan() {
                    return "-ERR resulting score is not a number (NaN)\r\n".into();
                }
                if (lt && new >= cur) || (gt && new <= cur) {
                    continue;
                }
                processed += 1;
                last = new;
                if new != cur {
                    updated += 1;
                    m.members.insert(member.clone(), new);
                }
            }
            None if xx => {}
            None => {
                m.insert(member, score);
                added += 1;
                processed += 1;
                last = score;
            }
        }
    }
    if incr {
        if processed > 0 {
            r_score(last)
        } else {
            NIL.into()
        }
    } else {
        r_int(if ch { added + updated } else { added })
    }
}

/// Thousands of random commands against one key with mixed scores and one with equal scores
/// (lex commands), compared reply for reply with a model; the sets grow past the listpack limit
/// and shrink back, so both encodings and the conversion are exercised, and the encoding is
/// checked against Redis's rules along the way.
#[test]
fn random_commands_match_a_model() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut rng = rand::rngs::StdRng::seed_from_u64(20240611);
    let mut m = Model::default();
    let mut lex = Model::default();
    let long_member = |i: usize| format!("long{i}-{}", "x".repeat(70));
    let member = |rng: &mut rand::rngs::StdRng| -> String {
        if rng.gen_ratio(1, 150) {
            long_member(rng.gen_range(0..3))
        } else {
            format!("m{}", rng.gen_range(0..260))
        }
    };
    let lex_member = |rng: &mut rand::rngs::StdRng| -> String {
        let len = rng.gen_range(1..=3);
        (0..len)
            .map(|_| (b'a' + rng.gen_range(0..6)) as char)
            .collect()
    };
    let lex_bound = |rng: &mut rand::rngs::StdRng| -> String {
        match rng.gen_range(0..8) {
            0 => "-".to_string(),
            1 => "+".to_string(),
            2 => "[".to_string(),
            n => format!("{}{}", if n % 2 == 0 { '[' } else { '(' }, lex_member(rng)),
        }
    };
    let ops = 12000;
    // Checks in each encoding, per key, to make sure the run crossed the threshold both ways.
    let mut checked = HashMap::new();
    for step in 0..ops {
        let (cmd, expected): (Vec<String>, String) = match rng.gen_range(0..100) {
            0..=29 => {
                let mut opts: Vec<&str> = Vec::new();
                for (o, p) in [
                    ("NX", 8),
                    ("XX", 10),
                    ("GT", 8),
                    ("LT", 8),
                    ("CH", 20),
                    ("INCR", 8),
                ] {
                    if rng.gen_range(0..100) < p {
                        opts.push(o);
                    }
                }
                let n = if opts.contains(&"INCR") && rng.gen_ratio(9, 10) {
                    1
                } else {
                    rng.gen_range(1..=4)
                };
                let pairs: Vec<(usize, String)> = (0..n)
                    .map(|_| {
                        let i = if rng.gen_ratio(1, 40) {
                            SCORES.len() - 1
                        } else {
                            rng.gen_range(0..SCORES.len() - 1)
                        };
                        (i, member(&mut rng))
                    })
                    .collect();
                let mut cmd = vec!["ZADD".to_string(), "k".to_string()];
                cmd.extend(opts.iter().map(|o| o.to_string()));
                for (i, mem) in &pairs {
                    cmd.push(SCORES[*i].0.to_string());
                    cmd.push(mem.clone());
                }
                let exp = model_zadd(&mut m, &opts, &pairs);
                (cmd, exp)
            }
            30..=34 => {
                let i = rng.gen_range(0..SCORES.len() - 1);
                let mem = member(&mut rng);
                let exp = model_zadd(&mut m, &["INCR"], &[(i, mem.clone())]);
                (
                    vec!["ZINCRBY".into(), "k".into(), SCORES[i].0.into(), mem],
                    exp,
                )
            }
            35..=41 => {
                let members: Vec<String> = (0..rng.gen_range(1..=3))
                    .map(|_| member(&mut rng))
                    .collect();
                let mut n = 0;
                for mem in &members {
                    if m.members.is_empty() {
                        break;
                    }
                    if m.remove(mem) {
                        n += 1;
                    }
                }
                let mut cmd = vec!["ZREM".to_string(), "k".to_string()];
                cmd.extend(members);
                (cmd, r_int(n))
            }
            42..=46 => {
                let mem = member(&mut rng);
                let exp = m.members.get(&mem).map_or(NIL.to_string(), |s| r_score(*s));
                (vec!["ZSCORE".into(), "k".into(), mem], exp)
            }
            47..=50 => {
                let mem = member(&mut rng);
                let rev = rng.gen_bool(0.5);
                let ordered = m.ordered();
                let exp = match ordered.iter().position(|(x, _)| *x == mem) {
                    Some(p) if rev => r_int(ordered.len() - 1 - p),
                    Some(p) => r_int(p),
                    None => NIL.to_string(),
                };
                (
                    vec![
                        if rev { "ZREVRANK" } else { "ZRANK" }.into(),
                        "k".into(),
                        mem,
                    ],
                    exp,
                )
            }
            51..=54 => {
                let (min, max) = (
                    BOUNDS[rng.gen_range(0..BOUNDS.len())],
                    BOUNDS[rng.gen_range(0..BOUNDS.len())],
                );
                let n = m
                    .members
                    .values()
                    .filter(|s| in_bounds(**s, (min.1, min.2), (max.1, max.2)))
                    .count();
                (
                    vec!["ZCOUNT".into(), "k".into(), min.0.into(), max.0.into()],
                    r_int(n),
                )
            }
            55..=62 => {
                let (start, end) = (rng.gen_range(-8..8i64), rng.gen_range(-8..8i64));
                let rev = rng.gen_bool(0.3);
                let ws = rng.gen_bool(0.5);
                let mut ordered = m.ordered();
                if rev {
                    ordered.reverse();
                }
                let items = match sanitize(start, end, ordered.len()) {
                    Some((a, b)) => ordered[a..=b].to_vec(),
                    None => Vec::new(),
                };
                let mut cmd = vec![
                    "ZRANGE".to_string(),
                    "k".into(),
                    start.to_string(),
                    end.to_string(),
                ];
                if rev {
                    cmd.push("REV".into());
                }
                if ws {
                    cmd.push("WITHSCORES".into());
                }
                (cmd, r_elements(&items, ws))
            }
            63..=70 => {
                let (min, max) = (
                    BOUNDS[rng.gen_range(0..BOUNDS.len())],
                    BOUNDS[rng.gen_range(0..BOUNDS.len())],
                );
                let rev = rng.gen_bool(0.4);
                let ws = rng.gen_bool(0.5);
                let limit = rng
                    .gen_bool(0.5)
                    .then(|| (rng.gen_range(-1..6i64), rng.gen_range(-1..6i64)));
                let mut items: Vec<(String, f64)> = m
                    .ordered()
                    .into_iter()
                    .filter(|(_, s)| in_bounds(*s, (min.1, min.2), (max.1, max.2)))
                    .collect();
                if rev {
                    items.reverse();
                }
                if let Some((o, c)) = limit {
                    items = limited(items, o, c);
                }
                let mut cmd = if rng.gen_bool(0.5) {
                    let name = if rev {
                        "ZREVRANGEBYSCORE"
                    } else {
                        "ZRANGEBYSCORE"
                    };
                    let (a, b) = if rev { (max.0, min.0) } else { (min.0, max.0) };
                    vec![name.to_string(), "k".into(), a.into(), b.into()]
                } else {
                    let (a, b) = if rev { (max.0, min.0) } else { (min.0, max.0) };
                    let mut v = vec![
                        "ZRANGE".to_string(),
                        "k".into(),
                        a.into(),
                        b.into(),
                        "BYSCORE".into(),
                    ];
                    if rev {
                        v.push("REV".into());
                    }
                    v
                };
                if let Some((o, c)) = limit {
                    cmd.extend(["LIMIT".to_string(), o.to_string(), c.to_string()]);
                }
                if ws {
                    cmd.push("WITHSCORES".into());
                }
                (cmd, r_elements(&items, ws))
            }
            71..=74 => {
                let (start, end) = (rng.gen_range(-10..10i64), rng.gen_range(-10..10i64));
                let ordered = m.ordered();
                let mut n = 0;
                if let Some((a, b)) = sanitize(start, end, ordered.len()) {
                    for (mem, _) in &ordered[a..=b] {
                        m.remove(mem);
                        n += 1;
                    }
                }
                (
                    vec![
                        "ZREMRANGEBYRANK".into(),
                        "k".into(),
                        start.to_string(),
                        end.to_string(),
                    ],
                    r_int(n),
                )
            }
            75..=77 => {
                let (min, max) = (
                    BOUNDS[rng.gen_range(0..BOUNDS.len())],
                    BOUNDS[rng.gen_range(0..BOUNDS.len())],
                );
                let doomed: Vec<String> = m
                    .ordered()
                    .into_iter()
                    .filter(|(_, s)| in_bounds(*s, (min.1, min.2), (max.1, max.2)))
                    .map(|(mem, _)| mem)
                    .collect();
                for mem in &doomed {
                    m.remove(mem);
                }
                (
                    vec![
                        "ZREMRANGEBYSCORE".into(),
                        "k".into(),
                        min.0.into(),
                        max.0.into(),
                    ],
                    r_int(doomed.len()),
                )
            }
            78..=81 => {
                let max = rng.gen_bool(0.5);
                let count = rng.gen_bool(0.6).then(|| rng.gen_range(0..5usize));
                let mut ordered = m.ordered();
                if max {
                    ordered.reverse();
                }
                let take = if m.members.is_empty() {
                    0
                } else {
                    count.unwrap_or(1)
                };
                let popped: Vec<(String, f64)> = ordered.into_iter().take(take).collect();
                for (mem, _) in &popped {
                    m.remove(mem);
                }
                let mut cmd = vec![
                    if max { "ZPOPMAX" } else { "ZPOPMIN" }.to_string(),
                    "k".into(),
                ];
                if let Some(n) = count {
                    cmd.push(n.to_string());
                }
                (cmd, r_elements(&popped, true))
            }
            82..=83 => (vec!["ZCARD".into(), "k".into()], r_int(m.members.len())),
            84 => {
                // Now and then the whole set goes, so a new listpack starts.
                let n = m.members.len();
                m.members.clear();
                m.skiplist = false;
                (
                    vec![
                        "ZREMRANGEBYRANK".into(),
                        "k".into(),
                        "0".into(),
                        "-1".into(),
                    ],
                    r_int(n),
                )
            }
            85..=89 => {
                let mut cmd = vec!["ZADD".to_string(), "lex".to_string()];
                let mut added = 0;
                for _ in 0..rng.gen_range(1..=8) {
                    let mem = lex_member(&mut rng);
                    if !lex.members.contains_key(&mem) {
                        added += 1;
                    }
                    lex.insert(&mem, 0.0);
                    cmd.extend(["0".to_string(), mem]);
                }
                (cmd, r_int(added))
            }
            _ => {
                let (min, max) = (lex_bound(&mut rng), lex_bound(&mut rng));
                let inside: Vec<(String, f64)> = lex
                    .ordered()
                    .into_iter()
                    .filter(|(w, _)| lex_above(w, &min) && lex_below(w, &max))
                    .collect();
                match rng.gen_range(0..6) {
                    0 => (
                        vec!["ZLEXCOUNT".into(), "lex".into(), min, max],
                        r_int(inside.len()),
                    ),
                    1 if rng.gen_ratio(1, 3) => {
                        for (w, _) in &inside {
                            lex.remove(w);
                        }
                        (
                            vec!["ZREMRANGEBYLEX".into(), "lex".into(), min, max],
                            r_int(inside.len()),
                        )
                    }
                    2 => {
                        let mut items = inside;
                        items.reverse();
                        let (o, c) = (rng.gen_range(-1..4i64), rng.gen_range(-1..6i64));
                        let items = limited(items, o, c);
                        let cmd = vec![
                            "ZREVRANGEBYLEX".into(),
                            "lex".into(),
                            max,
                            min,
                            "LIMIT".into(),
                            o.to_string(),
                            c.to_string(),
                        ];
                        (cmd, r_elements(&items, false))
                    }
                    3 => {
                        let cmd = vec!["ZRANGE".into(), "lex".into(), min, max, "BYLEX".into()];
                        (cmd, r_elements(&inside, false))
                    }
                    _ => (
                        vec!["ZRANGEBYLEX".into(), "lex".into(), min, max],
                        r_elements(&inside, false),
                    ),
                }
            }
        };
        let args: Vec<&str> = cmd.iter().map(String::as_str).collect();
        assert_eq!(r.cmd(&args), expected, "step {step}: {cmd:?}");
        if step % 50 == 0 || step == ops - 1 {
            for (key, model) in [("k", &m), ("lex", &lex)] {
                assert_eq!(
                    r.cmd(&["ZRANGE", key, "0", "-1", "WITHSCORES"]),
                    r_elements(&model.ordered(), true),
                    "step {step}"
                );
                let encoding = match (model.members.is_empty(), model.skiplist) {
                    (true, _) => None,
                    (false, true) => Some("skiplist"),
                    (false, false) => Some("listpack"),
                };
                assert_eq!(
                    encoding_of(&s, key),
                    encoding,
                    "step {step}: encoding of {key}"
                );
                *checked.entry((key, encoding)).or_insert(0) += 1;
            }
        }
    }
    for key in ["k", "lex"] {
        for encoding in ["listpack", "skiplist"] {
            let n = checked.get(&(key, Some(encoding))).copied().unwrap_or(0);
            assert!(n >= 3, "{key} in {encoding}: {checked:?}");
        }
    }
}
