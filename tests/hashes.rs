//! Hash commands: HSET/HMSET/HSETNX, reads, HDEL, counters, HRANDFIELD, HSCAN; the listpack and
//! hashtable encodings; keyspace events and propagation; a randomized check against a model.
//!
//! The `recorded_*` tests are scripts of commands with the exact reply bytes redis-server 7.0.15
//! sent for them (run against the real server; hashes there are small, so listpack-encoded and
//! in insertion order). Encodings are read from the keyspace.

mod common;
use common::*;
use rand::{Rng, SeedableRng};
use std::collections::{BTreeMap, HashMap, HashSet};

#[test]
fn recorded_basics() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HSET h f v"#, r#":1\r\n"#),
            (r#"HSET h f v f2 v2 f v3"#, r#":1\r\n"#),
            (r#"HGET h f"#, r#"$2\r\nv3\r\n"#),
            (r#"HGET h f2"#, r#"$2\r\nv2\r\n"#),
            (r#"HGET h nope"#, r#"$-1\r\n"#),
            (r#"HGET nokey f"#, r#"$-1\r\n"#),
            (r#"HMSET h a 1 b 2"#, r#"+OK\r\n"#),
            (r#"HMSET h a 9"#, r#"+OK\r\n"#),
            (
                r#"HGETALL h"#,
                r#"*8\r\n$1\r\nf\r\n$2\r\nv3\r\n$2\r\nf2\r\n$2\r\nv2\r\n$1\r\na\r\n$1\r\n9\r\n$1\r\nb\r\n$1\r\n2\r\n"#,
            ),
            (
                r#"HKEYS h"#,
                r#"*4\r\n$1\r\nf\r\n$2\r\nf2\r\n$1\r\na\r\n$1\r\nb\r\n"#,
            ),
            (
                r#"HVALS h"#,
                r#"*4\r\n$2\r\nv3\r\n$2\r\nv2\r\n$1\r\n9\r\n$1\r\n2\r\n"#,
            ),
            (r#"HLEN h"#, r#":4\r\n"#),
            (r#"HLEN nokey"#, r#":0\r\n"#),
            (r#"HKEYS nokey"#, r#"*0\r\n"#),
            (r#"HVALS nokey"#, r#"*0\r\n"#),
            (r#"HGETALL nokey"#, r#"*0\r\n"#),
        ],
    );
}

#[test]
fn recorded_arity() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (
                r#"HSET h"#,
                r#"-ERR wrong number of arguments for 'hset' command\r\n"#,
            ),
            (
                r#"HSET h f"#,
                r#"-ERR wrong number of arguments for 'hset' command\r\n"#,
            ),
            (
                r#"HSET h f v g"#,
                r#"-ERR wrong number of arguments for 'hset' command\r\n"#,
            ),
            (
                r#"HMSET h f"#,
                r#"-ERR wrong number of arguments for 'hmset' command\r\n"#,
            ),
            (
                r#"HMSET h f v g"#,
                r#"-ERR wrong number of arguments for 'hmset' command\r\n"#,
            ),
            (
                r#"HGET h"#,
                r#"-ERR wrong number of arguments for 'hget' command\r\n"#,
            ),
            (
                r#"HGET h f extra"#,
                r#"-ERR wrong number of arguments for 'hget' command\r\n"#,
            ),
            (
                r#"HSETNX h f"#,
                r#"-ERR wrong number of arguments for 'hsetnx' command\r\n"#,
            ),
            (
                r#"HMGET h"#,
                r#"-ERR wrong number of arguments for 'hmget' command\r\n"#,
            ),
            (
                r#"HDEL h"#,
                r#"-ERR wrong number of arguments for 'hdel' command\r\n"#,
            ),
            (
                r#"HLEN"#,
                r#"-ERR wrong number of arguments for 'hlen' command\r\n"#,
            ),
            (
                r#"HSTRLEN h"#,
                r#"-ERR wrong number of arguments for 'hstrlen' command\r\n"#,
            ),
            (
                r#"HEXISTS h"#,
                r#"-ERR wrong number of arguments for 'hexists' command\r\n"#,
            ),
            (
                r#"HKEYS"#,
                r#"-ERR wrong number of arguments for 'hkeys' command\r\n"#,
            ),
            (
                r#"HGETALL h x"#,
                r#"-ERR wrong number of arguments for 'hgetall' command\r\n"#,
            ),
            (
                r#"HINCRBY h f"#,
                r#"-ERR wrong number of arguments for 'hincrby' command\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h f"#,
                r#"-ERR wrong number of arguments for 'hincrbyfloat' command\r\n"#,
            ),
            (
                r#"HRANDFIELD"#,
                r#"-ERR wrong number of arguments for 'hrandfield' command\r\n"#,
            ),
            (
                r#"HSCAN h"#,
                r#"-ERR wrong number of arguments for 'hscan' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn recorded_hsetnx() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HSETNX h f v"#, r#":1\r\n"#),
            (r#"HSETNX h f x"#, r#":0\r\n"#),
            (r#"HGET h f"#, r#"$1\r\nv\r\n"#),
            (r#"HSETNX h g """#, r#":1\r\n"#),
            (
                r#"HGETALL h"#,
                r#"*4\r\n$1\r\nf\r\n$1\r\nv\r\n$1\r\ng\r\n$0\r\n\r\n"#,
            ),
        ],
    );
}

#[test]
fn recorded_hmget() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HSET h a 1 b """#, r#":2\r\n"#),
            (
                r#"HMGET h a nope b a"#,
                r#"*4\r\n$1\r\n1\r\n$-1\r\n$0\r\n\r\n$1\r\n1\r\n"#,
            ),
            (r#"HMGET nokey a b"#, r#"*2\r\n$-1\r\n$-1\r\n"#),
        ],
    );
}

#[test]
fn recorded_hdel() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HSET h a 1 b 2 c 3 d 4"#, r#":4\r\n"#),
            (r#"HDEL h zz"#, r#":0\r\n"#),
            (r#"HDEL h a zz a"#, r#":1\r\n"#),
            (
                r#"HGETALL h"#,
                r#"*6\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n"#,
            ),
            (r#"HDEL h b"#, r#":1\r\n"#),
            (
                r#"HGETALL h"#,
                r#"*4\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n"#,
            ),
            (r#"HDEL h c d a"#, r#":2\r\n"#),
            (r#"EXISTS h"#, r#":0\r\n"#),
            (r#"HDEL nokey a"#, r#":0\r\n"#),
        ],
    );
}

#[test]
fn recorded_hdel_stops_at_empty() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HSET h a 1"#, r#":1\r\n"#),
            (r#"HDEL h a a b"#, r#":1\r\n"#),
            (r#"EXISTS h"#, r#":0\r\n"#),
        ],
    );
}

#[test]
fn recorded_hstrlen_hexists() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (
                r#"HSET h s hello n 12345 neg -1 e "" big 9223372036854775808"#,
                r#":5\r\n"#,
            ),
            (r#"HSTRLEN h s"#, r#":5\r\n"#),
            (r#"HSTRLEN h n"#, r#":5\r\n"#),
            (r#"HSTRLEN h neg"#, r#":2\r\n"#),
            (r#"HSTRLEN h e"#, r#":0\r\n"#),
            (r#"HSTRLEN h big"#, r#":19\r\n"#),
            (r#"HSTRLEN h nope"#, r#":0\r\n"#),
            (r#"HSTRLEN nokey s"#, r#":0\r\n"#),
            (r#"HEXISTS h s"#, r#":1\r\n"#),
            (r#"HEXISTS h e"#, r#":1\r\n"#),
            (r#"HEXISTS h nope"#, r#":0\r\n"#),
            (r#"HEXISTS nokey s"#, r#":0\r\n"#),
        ],
    );
}

#[test]
fn recorded_wrongtype() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SET str x"#, r#"+OK\r\n"#),
            (
                r#"HSET str f v"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HMSET str f v"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HSETNX str f v"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HGET str f"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HMGET str f"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HDEL str f"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HLEN str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HSTRLEN str f"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HEXISTS str f"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HKEYS str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HVALS str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HGETALL str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HINCRBY str f 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT str f 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HRANDFIELD str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HRANDFIELD str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HRANDFIELD str -1 WITHVALUES"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HSCAN str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"HSCAN str 0 COUNT 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"GET str"#, r#"$1\r\nx\r\n"#),
        ],
    );
}

#[test]
fn recorded_hincrby() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HINCRBY h f 5"#, r#":5\r\n"#),
            (r#"HINCRBY h f -7"#, r#":-2\r\n"#),
            (r#"HINCRBY h f 0"#, r#":-2\r\n"#),
            (
                r#"HINCRBY h f abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"HINCRBY h f 1.5"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"HINCRBY h f " 1""#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"HINCRBY h f 9223372036854775808"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"HSET h s " 5" t "5 " u 1.0 big 9223372036854775807 small -9223372036854775808 z 007"#,
                r#":6\r\n"#,
            ),
            (
                r#"HINCRBY h s 1"#,
                r#"-ERR hash value is not an integer\r\n"#,
            ),
            (
                r#"HINCRBY h t 1"#,
                r#"-ERR hash value is not an integer\r\n"#,
            ),
            (
                r#"HINCRBY h u 1"#,
                r#"-ERR hash value is not an integer\r\n"#,
            ),
            (
                r#"HINCRBY h z 1"#,
                r#"-ERR hash value is not an integer\r\n"#,
            ),
            (
                r#"HINCRBY h big 1"#,
                r#"-ERR increment or decrement would overflow\r\n"#,
            ),
            (r#"HINCRBY h big 0"#, r#":9223372036854775807\r\n"#),
            (r#"HINCRBY h big -1"#, r#":9223372036854775806\r\n"#),
            (
                r#"HINCRBY h small -1"#,
                r#"-ERR increment or decrement would overflow\r\n"#,
            ),
            (r#"HINCRBY h small 1"#, r#":-9223372036854775807\r\n"#),
            (
                r#"HINCRBY h g 9223372036854775807"#,
                r#":9223372036854775807\r\n"#,
            ),
            (
                r#"HINCRBY h g 1"#,
                r#"-ERR increment or decrement would overflow\r\n"#,
            ),
            (
                r#"HINCRBY h g2 -9223372036854775808"#,
                r#":-9223372036854775808\r\n"#,
            ),
            (
                r#"HINCRBY h g2 -1"#,
                r#"-ERR increment or decrement would overflow\r\n"#,
            ),
            (r#"HGET h f"#, r#"$2\r\n-2\r\n"#),
            (
                r#"HINCRBY nokey f -9223372036854775808"#,
                r#":-9223372036854775808\r\n"#,
            ),
        ],
    );
}

#[test]
fn recorded_hincrbyfloat() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HINCRBYFLOAT h f 1.5"#, r#"$3\r\n1.5\r\n"#),
            (r#"HINCRBYFLOAT h f 0.1"#, r#"$3\r\n1.6\r\n"#),
            (r#"HINCRBYFLOAT h f -1.6"#, r#"$1\r\n0\r\n"#),
            (r#"HINCRBYFLOAT h f 10.5e2"#, r#"$4\r\n1050\r\n"#),
            (r#"HINCRBYFLOAT h f 3.0e3"#, r#"$4\r\n4050\r\n"#),
            (r#"HINCRBYFLOAT h f -4050"#, r#"$1\r\n0\r\n"#),
            (r#"HINCRBYFLOAT h g 0.1"#, r#"$3\r\n0.1\r\n"#),
            (r#"HINCRBYFLOAT h g 0.2"#, r#"$3\r\n0.3\r\n"#),
            (
                r#"HINCRBYFLOAT h f abc"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h f """#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h f inf"#,
                r#"-ERR value is NaN or Infinity\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h f -inf"#,
                r#"-ERR value is NaN or Infinity\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h f nan"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"HINCRBYFLOAT h f 0x10"#, r#"$2\r\n16\r\n"#),
            (
                r#"HINCRBYFLOAT h f "1 ""#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"HSET h s " 5" t "5 " i 17 e 1e3 nul "1\x002" huge 1e4932"#,
                r#":6\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h s 1"#,
                r#"-ERR hash value is not a float\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h t 1"#,
                r#"-ERR hash value is not a float\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h nul 1"#,
                r#"-ERR hash value is not a float\r\n"#,
            ),
            (r#"HINCRBYFLOAT h i 0.5"#, r#"$4\r\n17.5\r\n"#),
            (r#"HINCRBYFLOAT h e 1"#, r#"$4\r\n1001\r\n"#),
            (
                r#"HINCRBYFLOAT h huge 1e4932"#,
                r#"-ERR increment would produce NaN or Infinity\r\n"#,
            ),
            (r#"HINCRBYFLOAT h huge -1e4932"#, r#"$1\r\n0\r\n"#),
            (r#"HINCRBYFLOAT h x 5.0e3"#, r#"$4\r\n5000\r\n"#),
            (
                r#"HINCRBYFLOAT h y 1.23456789012345678"#,
                r#"$19\r\n1.23456789012345678\r\n"#,
            ),
            (
                r#"HINCRBYFLOAT h y 1e-20"#,
                r#"$19\r\n1.23456789012345678\r\n"#,
            ),
            (
                r#"HGETALL h"#,
                r#"*20\r\n$1\r\nf\r\n$2\r\n16\r\n$1\r\ng\r\n$3\r\n0.3\r\n$1\r\ns\r\n$2\r\n 5\r\n$1\r\nt\r\n$2\r\n5 \r\n$1\r\ni\r\n$4\r\n17.5\r\n$1\r\ne\r\n$4\r\n1001\r\n$3\r\nnul\r\n$3\r\n1\x002\r\n$4\r\nhuge\r\n$1\r\n0\r\n$1\r\nx\r\n$4\r\n5000\r\n$1\r\ny\r\n$19\r\n1.23456789012345678\r\n"#,
            ),
        ],
    );
}

#[test]
fn recorded_hrandfield_errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HRANDFIELD nokey"#, r#"$-1\r\n"#),
            (r#"HRANDFIELD nokey 5"#, r#"*0\r\n"#),
            (r#"HRANDFIELD nokey -5 WITHVALUES"#, r#"*0\r\n"#),
            (r#"HRANDFIELD nokey 0"#, r#"*0\r\n"#),
            (
                r#"HRANDFIELD nokey -9223372036854775808"#,
                r#"-ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807\r\n"#,
            ),
            (r#"HRANDFIELD nokey 9223372036854775807"#, r#"*0\r\n"#),
            (r#"HRANDFIELD nokey -9223372036854775807"#, r#"*0\r\n"#),
            (
                r#"HRANDFIELD nokey 9223372036854775807 WITHVALUES"#,
                r#"-ERR value is out of range\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey -4611686018427387904 WITHVALUES"#,
                r#"-ERR value is out of range\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey -4611686018427387903 WITHVALUES"#,
                r#"*0\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey 4611686018427387903 WITHVALUES"#,
                r#"*0\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey 4611686018427387904 WITHVALUES"#,
                r#"-ERR value is out of range\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey 1 WITHVALUE"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey 1 withvalues x"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey abc WITHVALUESX"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey 1.5"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"HRANDFIELD nokey """#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"HSET h f v"#, r#":1\r\n"#),
            (r#"HRANDFIELD h 0"#, r#"*0\r\n"#),
            (r#"HRANDFIELD h 0 WITHVALUES"#, r#"*0\r\n"#),
            (r#"HRANDFIELD h"#, r#"$1\r\nf\r\n"#),
            (r#"HRANDFIELD h 1"#, r#"*1\r\n$1\r\nf\r\n"#),
            (
                r#"HRANDFIELD h 1 WITHVALUES"#,
                r#"*2\r\n$1\r\nf\r\n$1\r\nv\r\n"#,
            ),
            (
                r#"HRANDFIELD h -3"#,
                r#"*3\r\n$1\r\nf\r\n$1\r\nf\r\n$1\r\nf\r\n"#,
            ),
            (
                r#"HRANDFIELD h -2 withvalues"#,
                r#"*4\r\n$1\r\nf\r\n$1\r\nv\r\n$1\r\nf\r\n$1\r\nv\r\n"#,
            ),
            (
                r#"HRANDFIELD h 5 WITHVALUES"#,
                r#"*2\r\n$1\r\nf\r\n$1\r\nv\r\n"#,
            ),
            (r#"HRANDFIELD h 1 foo"#, r#"-ERR syntax error\r\n"#),
        ],
    );
}

#[test]
fn recorded_hscan_listpack() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HSET h foo 1 bar 2 baz 3 x 4 "" 5"#, r#":5\r\n"#),
            (
                r#"HSCAN h 0"#,
                r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"HSCAN h 0 MATCH ba*"#,
                r#"*2\r\n$1\r\n0\r\n*4\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n"#,
            ),
            (
                r#"HSCAN h 0 match *a* count 1"#,
                r#"*2\r\n$1\r\n0\r\n*4\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n"#,
            ),
            (
                r#"HSCAN h 0 COUNT 1"#,
                r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"HSCAN h 123"#,
                r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (r#"HSCAN h 0 MATCH nomatch"#, r#"*2\r\n$1\r\n0\r\n*0\r\n"#),
            (
                r#"HSCAN h 0 MATCH *"#,
                r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"HSCAN h 0 MATCH """#,
                r#"*2\r\n$1\r\n0\r\n*2\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (r#"HSCAN h 0 COUNT 0"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 COUNT -1"#, r#"-ERR syntax error\r\n"#),
            (
                r#"HSCAN h 0 COUNT abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"HSCAN h 0 MATCH"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 COUNT"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 foo bar"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 TYPE string"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h abc"#, r#"-ERR invalid cursor\r\n"#),
            (
                r#"HSCAN h -1"#,
                r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"HSCAN h 18446744073709551615"#,
                r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"HSCAN h 18446744073709551616"#,
                r#"-ERR invalid cursor\r\n"#,
            ),
            (
                r#"HSCAN h """#,
                r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"HSCAN h +5"#,
                r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#,
            ),
            (r#"HSCAN h " 5""#, r#"-ERR invalid cursor\r\n"#),
            (r#"HSCAN h "5 ""#, r#"-ERR invalid cursor\r\n"#),
            (r#"HSCAN h -"#, r#"-ERR invalid cursor\r\n"#),
            (r#"HSCAN nokey 0"#, r#"*2\r\n$1\r\n0\r\n*0\r\n"#),
            (r#"HSCAN nokey 0 COUNT 0"#, r#"*2\r\n$1\r\n0\r\n*0\r\n"#),
            (r#"HSCAN nokey abc"#, r#"-ERR invalid cursor\r\n"#),
        ],
    );
}

#[test]
fn recorded_binary() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"HSET bin "\x00\xff" "a\r\nb" "" empty"#, r#":2\r\n"#),
            (r#"HGET bin "\x00\xff""#, r#"$4\r\na\r\nb\r\n"#),
            (r#"HGET bin """#, r#"$5\r\nempty\r\n"#),
            (
                r#"HGETALL bin"#,
                r#"*4\r\n$2\r\n\x00\xff\r\n$4\r\na\r\nb\r\n$0\r\n\r\n$5\r\nempty\r\n"#,
            ),
            (r#"HSTRLEN bin "\x00\xff""#, r#":4\r\n"#),
            (r#"HDEL bin """#, r#":1\r\n"#),
            (r#"HKEYS bin"#, r#"*1\r\n$2\r\n\x00\xff\r\n"#),
        ],
    );
}

#[test]
fn recorded_resp3_shapes() {
    let s = TestServer::start();
    let mut r = s.raw();
    assert!(r.cmd(&["HELLO", "3"]).starts_with('%'));
    expect_replies(
        &mut r,
        &[
            (r#"HGET nokey f"#, r#"_\r\n"#),
            (r#"HGETALL nokey"#, r#"%0\r\n"#),
            (r#"HRANDFIELD nokey"#, r#"_\r\n"#),
            (r#"HRANDFIELD nokey 2 WITHVALUES"#, r#"*0\r\n"#),
            (r#"HSET one f v"#, r#":1\r\n"#),
            (r#"HGETALL one"#, r#"%1\r\n$1\r\nf\r\n$1\r\nv\r\n"#),
            (r#"HRANDFIELD one"#, r#"$1\r\nf\r\n"#),
            (
                r#"HRANDFIELD one 1 WITHVALUES"#,
                r#"*1\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n"#,
            ),
            (
                r#"HRANDFIELD one -2 WITHVALUES"#,
                r#"*2\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n"#,
            ),
            (
                r#"HRANDFIELD one 3 WITHVALUES"#,
                r#"*1\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n"#,
            ),
            (r#"HRANDFIELD one 2"#, r#"*1\r\n$1\r\nf\r\n"#),
            (
                r#"HSCAN one 0"#,
                r#"*2\r\n$1\r\n0\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n"#,
            ),
            (r#"HMGET one f x"#, r#"*2\r\n$1\r\nv\r\n_\r\n"#),
        ],
    );
}

/// Runs a command given as owned strings.
fn run<T: redis::FromRedisValue>(c: &mut redis::Connection, args: &[String]) -> T {
    let refs: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
    q(c, &refs)
}

/// Fills `key` with `n` fields `f<i>` set to `v<i>`, in one HSET.
fn fill_hash(c: &mut redis::Connection, key: &str, n: usize) -> HashMap<String, String> {
    let pairs: HashMap<String, String> =
        (0..n).map(|i| (format!("f{i}"), format!("v{i}"))).collect();
    let mut args = vec!["HSET".to_string(), key.to_string()];
    for (f, v) in &pairs {
        args.push(f.clone());
        args.push(v.clone());
    }
    let _: i64 = run(c, &args);
    pairs
}

#[test]
fn encoding_follows_the_thresholds_one_way() {
    let s = TestServer::start();
    let mut c = s.client();
    let (v64, v65) = ("x".repeat(64), "x".repeat(65));
    q::<i64>(&mut c, &["HSET", "h", "f", &v64]);
    assert_eq!(encoding_of(&s, "h"), Some("listpack"));
    q::<i64>(&mut c, &["HSET", "h", "f", &v65]);
    assert_eq!(encoding_of(&s, "h"), Some("hashtable"));
    assert_eq!(q::<String>(&mut c, &["HGET", "h", "f"]), v65);
    q::<i64>(&mut c, &["HSET", "h2", &v65, "v"]);
    assert_eq!(encoding_of(&s, "h2"), Some("hashtable"));
    assert_eq!(q::<String>(&mut c, &["HGET", "h2", &v65]), "v");

    // hash-max-listpack-entries defaults to 512; shrinking back does not convert back.
    fill_hash(&mut c, "h3", 512);
    assert_eq!(encoding_of(&s, "h3"), Some("listpack"));
    q::<i64>(&mut c, &["HSET", "h3", "extra", "v"]);
    assert_eq!(encoding_of(&s, "h3"), Some("hashtable"));
    q::<i64>(&mut c, &["HDEL", "h3", "extra"]);
    assert_eq!(encoding_of(&s, "h3"), Some("hashtable"));
    assert_eq!(q::<i64>(&mut c, &["HLEN", "h3"]), 512);

    // The thresholds are read when a write happens.
    q::<()>(&mut c, &["CONFIG", "SET", "hash-max-listpack-entries", "2"]);
    q::<i64>(&mut c, &["HSET", "h4", "a", "1", "b", "2"]);
    assert_eq!(encoding_of(&s, "h4"), Some("listpack"));
    q::<i64>(&mut c, &["HSET", "h4", "c", "3"]);
    assert_eq!(encoding_of(&s, "h4"), Some("hashtable"));
    q::<()>(
        &mut c,
        &["CONFIG", "SET", "hash-max-listpack-entries", "512"],
    );

    q::<()>(&mut c, &["CONFIG", "SET", "hash-max-listpack-value", "10"]);
    q::<i64>(&mut c, &["HSET", "hf", "f", "1"]);
    q::<String>(&mut c, &["HINCRBYFLOAT", "hf", "f", "0.123456789"]);
    assert_eq!(encoding_of(&s, "hf"), Some("hashtable"));
    q::<i64>(&mut c, &["HSET", "hi", "f", "1"]);
    q::<i64>(&mut c, &["HINCRBY", "hi", "f", "99999999999"]);
    assert_eq!(encoding_of(&s, "hi"), Some("hashtable"));
    q::<i64>(&mut c, &["HSET", "hn", "f", "1"]);
    let long = "y".repeat(20);
    assert_eq!(q::<i64>(&mut c, &["HSETNX", "hn", "f", &long]), 0);
    assert_eq!(encoding_of(&s, "hn"), Some("listpack"));
    assert_eq!(q::<i64>(&mut c, &["HSETNX", "hn", "g", &long]), 1);
    assert_eq!(encoding_of(&s, "hn"), Some("hashtable"));
    q::<()>(&mut c, &["CONFIG", "SET", "hash-max-listpack-value", "64"]);

    q::<()>(&mut c, &["CONFIG", "SET", "hash-max-listpack-entries", "0"]);
    q::<i64>(&mut c, &["HSET", "hz", "f", "v"]);
    assert_eq!(encoding_of(&s, "hz"), Some("hashtable"));
}

#[test]
fn table_encoded_hash_commands() {
    let s = TestServer::start();
    let mut c = s.client();
    let pairs = fill_hash(&mut c, "h", 1000);
    assert_eq!(encoding_of(&s, "h"), Some("hashtable"));
    assert_eq!(q::<i64>(&mut c, &["HLEN", "h"]), 1000);
    assert_eq!(q::<String>(&mut c, &["HGET", "h", "f999"]), "v999");
    assert_eq!(
        q::<Vec<Option<String>>>(&mut c, &["HMGET", "h", "f0", "nope", "f5"]),
        vec![Some("v0".to_string()), None, Some("v5".to_string())]
    );
    assert_eq!(q::<i64>(&mut c, &["HSTRLEN", "h", "f123"]), 4);
    assert_eq!(q::<i64>(&mut c, &["HEXISTS", "h", "f123"]), 1);
    assert_eq!(
        q::<HashMap<String, String>>(&mut c, &["HGETALL", "h"]),
        pairs
    );
    let mut keys: Vec<String> = q(&mut c, &["HKEYS", "h"]);
    keys.sort();
    let mut want: Vec<String> = pairs.keys().cloned().collect();
    want.sort();
    assert_eq!(keys, want);
    let mut vals: Vec<String> = q(&mut c, &["HVALS", "h"]);
    vals.sort();
    let mut want: Vec<String> = pairs.values().cloned().collect();
    want.sort();
    assert_eq!(vals, want);
    assert_eq!(
        q::<i64>(&mut c, &["HSET", "h", "f0", "new", "f1000", "x"]),
        1
    );
    assert_eq!(q::<i64>(&mut c, &["HSETNX", "h", "f0", "again"]), 0);
    assert_eq!(q::<String>(&mut c, &["HGET", "h", "f0"]), "new");
    assert_eq!(q::<i64>(&mut c, &["HINCRBY", "h", "n", "5"]), 5);
    assert_eq!(
        q::<String>(&mut c, &["HINCRBYFLOAT", "h", "n", "0.5"]),
        "5.5"
    );
    // Delete everything in batches: the key goes with its last field.
    let mut all: Vec<String> = q(&mut c, &["HKEYS", "h"]);
    assert_eq!(all.len(), 1002);
    while !all.is_empty() {
        let batch: Vec<String> = all.drain(..all.len().min(300)).collect();
        let mut args = vec!["HDEL".to_string(), "h".to_string()];
        args.extend(batch.iter().cloned());
        args.push("nope".to_string());
        assert_eq!(run::<i64>(&mut c, &args), batch.len() as i64);
    }
    assert_eq!(q::<i64>(&mut c, &["EXISTS", "h"]), 0);
}

/// Runs a full HSCAN iteration; returns the (field, value) pairs seen and the number of calls.
fn full_hscan(
    c: &mut redis::Connection,
    key: &str,
    opts: &[&str],
    novalues: bool,
) -> (Vec<(String, String)>, usize) {
    let mut cursor = "0".to_string();
    let (mut seen, mut calls) = (Vec::new(), 0);
    loop {
        let mut args = vec!["HSCAN", key, &cursor];
        args.extend_from_slice(opts);
        let (next, items): (String, Vec<String>) = q(c, &args);
        calls += 1;
        if novalues {
            seen.extend(items.into_iter().map(|f| (f, String::new())));
        } else {
            seen.extend(items.chunks(2).map(|p| (p[0].clone(), p[1].clone())));
        }
        if next == "0" {
            return (seen, calls);
        }
        cursor = next;
    }
}

#[test]
fn hscan_iterates_a_table_with_a_cursor() {
    let s = TestServer::start();
    let mut c = s.client();
    let pairs = fill_hash(&mut c, "h", 1000);
    let (seen, calls) = full_hscan(&mut c, "h", &["COUNT", "7"], false);
    assert!(
        calls > 50,
        "a table is scanned a few buckets at a time ({calls} calls)"
    );
    let got: HashMap<String, String> = seen.into_iter().collect();
    assert_eq!(got, pairs);
    let (seen, _) = full_hscan(&mut c, "h", &["MATCH", "f1*", "COUNT", "100"], false);
    let got: HashSet<String> = seen
        .iter()
        .map(|(f, v)| {
            assert_eq!(pairs[f], *v);
            f.clone()
        })
        .collect();
    assert_eq!(
        got,
        pairs
            .keys()
            .filter(|f| f.starts_with("f1"))
            .cloned()
            .collect()
    );
    assert_eq!(got.len(), 111);
    // NOVALUES (a Redis 7.4 addition; 7.0 answers it with a syntax error).
    let (seen, _) = full_hscan(&mut c, "h", &["NOVALUES"], true);
    let got: HashSet<String> = seen.into_iter().map(|(f, _)| f).collect();
    assert_eq!(got, pairs.keys().cloned().collect());
    // A small hash is returned whole, with NOVALUES too.
    q::<i64>(&mut c, &["HSET", "small", "a", "1", "b", "2"]);
    let (cursor, items): (String, Vec<String>) = q(&mut c, &["HSCAN", "small", "0", "NOVALUES"]);
    assert_eq!(
        (cursor.as_str(), items),
        ("0", vec!["a".to_string(), "b".to_string()])
    );
}

/// Checks every HRANDFIELD strategy on `key`, whose content is `pairs`.
fn check_hrandfield(c: &mut redis::Connection, key: &str, pairs: &HashMap<String, String>) {
    let n = pairs.len();
    for _ in 0..50 {
        let f: String = q(c, &["HRANDFIELD", key]);
        assert!(pairs.contains_key(&f));
    }
    // Negative counts: repeats, exactly that many, uniform enough to see every field.
    let r: Vec<String> = q(c, &["HRANDFIELD", key, "-1000"]);
    assert_eq!(r.len(), 1000);
    assert!(r.iter().all(|f| pairs.contains_key(f)));
    assert_eq!(r.iter().collect::<HashSet<_>>().len(), n);
    let r: Vec<String> = q(c, &["HRANDFIELD", key, "-20", "WITHVALUES"]);
    assert_eq!(r.len(), 40);
    assert!(r.chunks(2).all(|p| pairs[&p[0]] == p[1]));
    // A count covering the hash: all of it.
    for count in [n, n + 10] {
        let r: Vec<String> = q(c, &["HRANDFIELD", key, &count.to_string()]);
        assert_eq!(
            r.iter().collect::<HashSet<_>>(),
            pairs.keys().collect::<HashSet<_>>()
        );
        assert_eq!(r.len(), n);
        let r: HashMap<String, String> =
            q(c, &["HRANDFIELD", key, &count.to_string(), "WITHVALUES"]);
        assert_eq!(&r, pairs);
    }
    // Most of the hash (copy and drop) and a few fields (distinct draws).
    for count in [n - 2, 2] {
        let mut union = HashSet::new();
        for i in 0..200 {
            if i % 2 == 0 {
                let r: Vec<String> = q(c, &["HRANDFIELD", key, &count.to_string()]);
                assert_eq!(r.len(), count);
                assert_eq!(
                    r.iter().collect::<HashSet<_>>().len(),
                    count,
                    "distinct fields"
                );
                union.extend(r);
            } else {
                let r: Vec<String> = q(c, &["HRANDFIELD", key, &count.to_string(), "WITHVALUES"]);
                assert_eq!(r.len(), count * 2);
                assert!(r.chunks(2).all(|p| pairs[&p[0]] == p[1]));
                union.extend(r.chunks(2).map(|p| p[0].clone()));
            }
        }
        assert_eq!(union.len(), n, "every field shows up eventually");
    }
}

#[test]
fn hrandfield_in_both_encodings() {
    let s = TestServer::start();
    let mut c = s.client();
    let pairs = fill_hash(&mut c, "small", 10);
    assert_eq!(encoding_of(&s, "small"), Some("listpack"));
    check_hrandfield(&mut c, "small", &pairs);
    q::<()>(&mut c, &["CONFIG", "SET", "hash-max-listpack-entries", "4"]);
    let pairs = fill_hash(&mut c, "table", 10);
    assert_eq!(encoding_of(&s, "table"), Some("hashtable"));
    check_hrandfield(&mut c, "table", &pairs);
    // A few fields out of a big table: drawn, not by copying the table.
    let pairs = fill_hash(&mut c, "big", 20_000);
    let r: Vec<String> = q(&mut c, &["HRANDFIELD", "big", "5", "WITHVALUES"]);
    assert!(r.chunks(2).all(|p| pairs[&p[0]] == p[1]));
    let r: Vec<String> = q(&mut c, &["HRANDFIELD", "big", "19000"]);
    assert_eq!(r.iter().collect::<HashSet<_>>().len(), 19000);
}

#[test]
fn keyspace_events() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut sub = keyevent_listener(&s);
    let script: &[(&[&str], &[&str])] = &[
        (&["HSET", "h", "a", "1", "b", "2"], &["hset h"]),
        (&["HSET", "h", "a", "1"], &["hset h"]),
        (&["HSETNX", "h", "a", "2"], &[]),
        (&["HSETNX", "h", "c", "3"], &["hset h"]),
        (&["HDEL", "h", "zz"], &[]),
        (&["HDEL", "h", "a", "b"], &["hdel h"]),
        (&["HDEL", "h", "c", "zz"], &["hdel h", "del h"]),
        (&["HINCRBY", "h", "x", "1"], &["hincrby h"]),
        (&["HINCRBYFLOAT", "h", "x", "1.5"], &["hincrbyfloat h"]),
        (&["HINCRBY", "h", "x", "1"], &[]),
        (&["HMSET", "h", "y", "1"], &["hset h"]),
    ];
    for (cmd, events) in script {
        r.cmd(cmd);
        assert_eq!(read_keyevents(&mut sub), *events, "events of {cmd:?}");
    }
}

#[test]
fn propagation() {
    let s = TestServer::start();
    let mut c = s.client();
    let mut rx = s.handle.server.propagation.subscribe();
    q::<i64>(&mut c, &["HSET", "h", "a", "1"]);
    q::<i64>(&mut c, &["HSETNX", "h", "a", "2"]);
    q::<String>(&mut c, &["HINCRBYFLOAT", "h", "x", "1.5"]);
    q::<String>(&mut c, &["HINCRBYFLOAT", "h", "x", "0.1"]);
    q::<i64>(&mut c, &["HINCRBY", "h", "n", "5"]);
    err(&mut c, &["HINCRBY", "h", "x", "1"]);
    q::<i64>(&mut c, &["HDEL", "h", "zz"]);
    q::<i64>(&mut c, &["HDEL", "h", "a", "x", "n"]);
    q::<()>(&mut c, &["HMSET", "h2", "f", "v"]);
    assert_eq!(
        propagated_commands(&mut rx),
        vec![
            "HSET h a 1",
            "HSET h x 1.5",
            "HSET h x 1.6",
            "HINCRBY h n 5",
            "HDEL h a x n",
            "HMSET h2 f v"
        ]
    );
}

/// What the hash commands should answer, kept in plain maps.
struct HashModel {
    hashes: HashMap<String, HashMap<String, String>>,
    /// Keys whose hash has left the compact encoding (for good, until the key goes away).
    tables: HashSet<String>,
    max_entries: usize,
    max_value: usize,
}

impl HashModel {
    fn set(&mut self, key: &str, field: &str, value: &str) -> bool {
        let hash = self.hashes.entry(key.to_string()).or_default();
        let new = hash.insert(field.to_string(), value.to_string()).is_none();
        if field.len() > self.max_value
            || value.len() > self.max_value
            || hash.len() > self.max_entries
        {
            self.tables.insert(key.to_string());
        }
        new
    }

    fn get(&self, key: &str, field: &str) -> Option<String> {
        self.hashes.get(key).and_then(|h| h.get(field)).cloned()
    }

    fn encoding(&self, key: &str) -> Option<&'static str> {
        self.hashes.contains_key(key).then(|| {
            if self.tables.contains(key) {
                "hashtable"
            } else {
                "listpack"
            }
        })
    }

    fn remove_key_if_empty(&mut self, key: &str) {
        if self.hashes.get(key).is_some_and(|h| h.is_empty()) {
            self.hashes.remove(key);
            self.tables.remove(key);
        }
    }
}

/// The text HINCRBYFLOAT replies for the exactly representable sums the model test produces.
fn float_text(v: f64) -> String {
    if v == v.trunc() {
        format!("{}", v as i64)
    } else {
        format!("{v:.17}").trim_end_matches('0').to_string()
    }
}

fn model_run(seed: u64, max_entries: usize, max_value: usize) {
    let s = TestServer::start();
    let mut c = s.client();
    q::<()>(
        &mut c,
        &[
            "CONFIG",
            "SET",
            "hash-max-listpack-entries",
            &max_entries.to_string(),
        ],
    );
    q::<()>(
        &mut c,
        &[
            "CONFIG",
            "SET",
            "hash-max-listpack-value",
            &max_value.to_string(),
        ],
    );
    let mut m = HashModel {
        hashes: HashMap::new(),
        tables: HashSet::new(),
        max_entries,
        max_value,
    };
    let mut rng = rand::rngs::SmallRng::seed_from_u64(seed);
    let long = "L".repeat(max_value + 1);
    for step in 0..3000 {
        let key = ["h0", "h1", "h2"][rng.gen_range(0..3)];
        let field = |rng: &mut rand::rngs::SmallRng| format!("f{}", rng.gen_range(0..24));
        let value = |rng: &mut rand::rngs::SmallRng| match rng.gen_range(0..40) {
            0 => long.clone(),
            1..=4 => rng.gen_range(-100..100).to_string(),
            _ => format!("v{}", rng.gen_range(0..1000)),
        };
        let ctx = format!("step {step} seed {seed}");
        match rng.gen_range(0..15) {
            0..=2 => {
                let mut args = vec!["HSET".to_string(), key.to_string()];
                let mut created = 0;
                for _ in 0..rng.gen_range(1..4) {
                    let (f, v) = if rng.gen_bool(0.1) {
                        (format!("n{}", rng.gen_range(0..4)), "abc".to_string())
                    } else {
                        (field(&mut rng), value(&mut rng))
                    };
                    // Repeated fields in one HSET count once.
                    created += m.set(key, &f, &v) as i64;
                    args.push(f);
                    args.push(v);
                }
                assert_eq!(run::<i64>(&mut c, &args), created, "{ctx} {args:?}");
            }
            3 => {
                let (f, v) = (field(&mut rng), value(&mut rng));
                let want = if m.get(key, &f).is_some() {
                    0
                } else {
                    m.set(key, &f, &v) as i64
                };
                assert_eq!(q::<i64>(&mut c, &["HSETNX", key, &f, &v]), want, "{ctx}");
            }
            4 => {
                let fields: Vec<String> =
                    (0..rng.gen_range(1..4)).map(|_| field(&mut rng)).collect();
                let mut want = 0;
                if let Some(h) = m.hashes.get_mut(key) {
                    want = fields.iter().filter(|f| h.remove(*f).is_some()).count() as i64;
                }
                m.remove_key_if_empty(key);
                let mut args = vec!["HDEL".to_string(), key.to_string()];
                args.extend(fields);
                assert_eq!(run::<i64>(&mut c, &args), want, "{ctx}");
            }
            5 => {
                let f = field(&mut rng);
                assert_eq!(
                    q::<Option<String>>(&mut c, &["HGET", key, &f]),
                    m.get(key, &f),
                    "{ctx}"
                );
            }
            6 => {
                let fields: Vec<String> =
                    (0..rng.gen_range(1..5)).map(|_| field(&mut rng)).collect();
                let want: Vec<Option<String>> = fields.iter().map(|f| m.get(key, f)).collect();
                let mut args = vec!["HMGET".to_string(), key.to_string()];
                args.extend(fields);
                assert_eq!(run::<Vec<Option<String>>>(&mut c, &args), want, "{ctx}");
            }
            7 => {
                let f = field(&mut rng);
                let len = m.hashes.get(key).map_or(0, |h| h.len()) as i64;
                assert_eq!(q::<i64>(&mut c, &["HLEN", key]), len, "{ctx}");
                let strlen = m.get(key, &f).map_or(0, |v| v.len()) as i64;
                assert_eq!(q::<i64>(&mut c, &["HSTRLEN", key, &f]), strlen, "{ctx}");
                assert_eq!(
                    q::<i64>(&mut c, &["HEXISTS", key, &f]),
                    m.get(key, &f).is_some() as i64,
                    "{ctx}"
                );
            }
            8 => {
                let f = format!("n{}", rng.gen_range(0..4));
                let incr: i64 = if rng.gen_bool(0.05) {
                    i64::MAX
                } else {
                    rng.gen_range(-50..50)
                };
                let want = match m.get(key, &f) {
                    None => Ok(incr),
                    Some(v) => match respite::util::numbers::parse_i64(v.as_bytes()) {
                        None => Err("ERR hash value is not an integer".to_string()),
                        Some(cur) => cur
                            .checked_add(incr)
                            .ok_or("ERR increment or decrement would overflow".to_string()),
                    },
                };
                match want {
                    Ok(n) => {
                        assert_eq!(
                            q::<i64>(&mut c, &["HINCRBY", key, &f, &incr.to_string()]),
                            n,
                            "{ctx}"
                        );
                        m.set(key, &f, &n.to_string());
                    }
                    Err(e) => assert_eq!(
                        err(&mut c, &["HINCRBY", key, &f, &incr.to_string()]),
                        e,
                        "{ctx}"
                    ),
                }
            }
            9 => {
                let f = format!("n{}", rng.gen_range(0..4));
                let incr = rng.gen_range(-40..40) as f64 / 4.0;
                let want = match m.get(key, &f) {
                    None => Ok(incr),
                    Some(v) => v
                        .parse::<f64>()
                        .map(|cur| cur + incr)
                        .map_err(|_| "ERR hash value is not a float".to_string()),
                };
                match want {
                    Ok(v) => {
                        let text = float_text(v);
                        assert_eq!(
                            q::<String>(&mut c, &["HINCRBYFLOAT", key, &f, &incr.to_string()]),
                            text,
                            "{ctx}"
                        );
                        m.set(key, &f, &text);
                    }
                    Err(e) => assert_eq!(
                        err(&mut c, &["HINCRBYFLOAT", key, &f, &incr.to_string()]),
                        e,
                        "{ctx}"
                    ),
                }
            }
            10 => {
                let want = m.hashes.get(key).cloned().unwrap_or_default();
                assert_eq!(
                    q::<HashMap<String, String>>(&mut c, &["HGETALL", key]),
                    want,
                    "{ctx}"
                );
                let mut keys: Vec<String> = q(&mut c, &["HKEYS", key]);
                keys.sort();
                let mut want_keys: Vec<String> = want.keys().cloned().collect();
                want_keys.sort();
                assert_eq!(keys, want_keys, "{ctx}");
                let mut vals: Vec<String> = q(&mut c, &["HVALS", key]);
                vals.sort();
                let mut want_vals: Vec<String> = want.values().cloned().collect();
                want_vals.sort();
                assert_eq!(vals, want_vals, "{ctx}");
            }
            11 => {
                let count: i64 = rng.gen_range(-30..30);
                let withvalues = rng.gen_bool(0.5);
                let mut args = vec!["HRANDFIELD", key];
                let count_text = count.to_string();
                args.push(&count_text);
                if withvalues {
                    args.push("WITHVALUES");
                }
                let got: Vec<String> = q(&mut c, &args);
                let h = m.hashes.get(key).cloned().unwrap_or_default();
                let want_len = if h.is_empty() {
                    0
                } else if count < 0 {
                    -count as usize
                } else {
                    (count as usize).min(h.len())
                };
                let fields: Vec<&String> = if withvalues {
                    assert!(got.chunks(2).all(|p| h.get(&p[0]) == Some(&p[1])), "{ctx}");
                    got.iter().step_by(2).collect()
                } else {
                    got.iter().collect()
                };
                assert_eq!(fields.len(), want_len, "{ctx} {args:?}");
                assert!(fields.iter().all(|f| h.contains_key(*f)), "{ctx}");
                if count > 0 {
                    assert_eq!(
                        fields.iter().collect::<HashSet<_>>().len(),
                        want_len,
                        "{ctx}"
                    );
                }
            }
            12 => {
                let count = rng.gen_range(1..20).to_string();
                let (seen, _) = full_hscan(&mut c, key, &["COUNT", &count], false);
                let got: HashMap<String, String> = seen.into_iter().collect();
                assert_eq!(got, m.hashes.get(key).cloned().unwrap_or_default(), "{ctx}");
            }
            13 => {
                let (f, v) = (field(&mut rng), value(&mut rng));
                let new = m.set(key, &f, &v);
                assert_eq!(
                    q::<i64>(&mut c, &["HSET", key, &f, &v]),
                    new as i64,
                    "{ctx}"
                );
            }
            _ => {
                let exists = m.hashes.contains_key(key) as i64;
                assert_eq!(q::<i64>(&mut c, &["EXISTS", key]), exists, "{ctx}");
            }
        }
        for key in ["h0", "h1", "h2"] {
            assert_eq!(
                encoding_of(&s, key),
                m.encoding(key),
                "{ctx}: encoding of {key}"
            );
        }
    }
    let sizes: BTreeMap<&String, usize> = m.hashes.iter().map(|(k, h)| (k, h.len())).collect();
    assert!(!sizes.is_empty(), "the run ends with some hashes");
}

#[test]
fn randomized_ops_match_a_model() {
    model_run(1, 512, 64);
    model_run(2, 8, 12);
    model_run(3, 3, 64);
}
