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
            (r#"HGETALL h"#, r#"*8\r\n$1\r\nf\r\n$2\r\nv3\r\n$2\r\nf2\r\n$2\r\nv2\r\n$1\r\na\r\n$1\r\n9\r\n$1\r\nb\r\n$1\r\n2\r\n"#),
            (r#"HKEYS h"#, r#"*4\r\n$1\r\nf\r\n$2\r\nf2\r\n$1\r\na\r\n$1\r\nb\r\n"#),
            (r#"HVALS h"#, r#"*4\r\n$2\r\nv3\r\n$2\r\nv2\r\n$1\r\n9\r\n$1\r\n2\r\n"#),
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
            (r#"HSET h"#, r#"-ERR wrong number of arguments for 'hset' command\r\n"#),
            (r#"HSET h f"#, r#"-ERR wrong number of arguments for 'hset' command\r\n"#),
            (r#"HSET h f v g"#, r#"-ERR wrong number of arguments for 'hset' command\r\n"#),
            (r#"HMSET h f"#, r#"-ERR wrong number of arguments for 'hmset' command\r\n"#),
            (r#"HMSET h f v g"#, r#"-ERR wrong number of arguments for 'hmset' command\r\n"#),
            (r#"HGET h"#, r#"-ERR wrong number of arguments for 'hget' command\r\n"#),
            (r#"HGET h f extra"#, r#"-ERR wrong number of arguments for 'hget' command\r\n"#),
            (r#"HSETNX h f"#, r#"-ERR wrong number of arguments for 'hsetnx' command\r\n"#),
            (r#"HMGET h"#, r#"-ERR wrong number of arguments for 'hmget' command\r\n"#),
            (r#"HDEL h"#, r#"-ERR wrong number of arguments for 'hdel' command\r\n"#),
            (r#"HLEN"#, r#"-ERR wrong number of arguments for 'hlen' command\r\n"#),
            (r#"HSTRLEN h"#, r#"-ERR wrong number of arguments for 'hstrlen' command\r\n"#),
            (r#"HEXISTS h"#, r#"-ERR wrong number of arguments for 'hexists' command\r\n"#),
            (r#"HKEYS"#, r#"-ERR wrong number of arguments for 'hkeys' command\r\n"#),
            (r#"HGETALL h x"#, r#"-ERR wrong number of arguments for 'hgetall' command\r\n"#),
            (r#"HINCRBY h f"#, r#"-ERR wrong number of arguments for 'hincrby' command\r\n"#),
            (r#"HINCRBYFLOAT h f"#, r#"-ERR wrong number of arguments for 'hincrbyfloat' command\r\n"#),
            (r#"HRANDFIELD"#, r#"-ERR wrong number of arguments for 'hrandfield' command\r\n"#),
            (r#"HSCAN h"#, r#"-ERR wrong number of arguments for 'hscan' command\r\n"#),
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
            (r#"HGETALL h"#, r#"*4\r\n$1\r\nf\r\n$1\r\nv\r\n$1\r\ng\r\n$0\r\n\r\n"#),
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
            (r#"HMGET h a nope b a"#, r#"*4\r\n$1\r\n1\r\n$-1\r\n$0\r\n\r\n$1\r\n1\r\n"#),
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
            (r#"HGETALL h"#, r#"*6\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n"#),
            (r#"HDEL h b"#, r#":1\r\n"#),
            (r#"HGETALL h"#, r#"*4\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n"#),
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
            (r#"HSET h s hello n 12345 neg -1 e "" big 9223372036854775808"#, r#":5\r\n"#),
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
            (r#"HSET str f v"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HMSET str f v"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HSETNX str f v"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HGET str f"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HMGET str f"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HDEL str f"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HLEN str"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HSTRLEN str f"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HEXISTS str f"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HKEYS str"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HVALS str"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HGETALL str"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HINCRBY str f 1"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HINCRBYFLOAT str f 1"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HRANDFIELD str"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HRANDFIELD str 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HRANDFIELD str -1 WITHVALUES"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HSCAN str 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
            (r#"HSCAN str 0 COUNT 0"#, r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#),
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
            (r#"HINCRBY h f abc"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HINCRBY h f 1.5"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HINCRBY h f " 1""#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HINCRBY h f 9223372036854775808"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HSET h s " 5" t "5 " u 1.0 big 9223372036854775807 small -9223372036854775808 z 007"#, r#":6\r\n"#),
            (r#"HINCRBY h s 1"#, r#"-ERR hash value is not an integer\r\n"#),
            (r#"HINCRBY h t 1"#, r#"-ERR hash value is not an integer\r\n"#),
            (r#"HINCRBY h u 1"#, r#"-ERR hash value is not an integer\r\n"#),
            (r#"HINCRBY h z 1"#, r#"-ERR hash value is not an integer\r\n"#),
            (r#"HINCRBY h big 1"#, r#"-ERR increment or decrement would overflow\r\n"#),
            (r#"HINCRBY h big 0"#, r#":9223372036854775807\r\n"#),
            (r#"HINCRBY h big -1"#, r#":9223372036854775806\r\n"#),
            (r#"HINCRBY h small -1"#, r#"-ERR increment or decrement would overflow\r\n"#),
            (r#"HINCRBY h small 1"#, r#":-9223372036854775807\r\n"#),
            (r#"HINCRBY h g 9223372036854775807"#, r#":9223372036854775807\r\n"#),
            (r#"HINCRBY h g 1"#, r#"-ERR increment or decrement would overflow\r\n"#),
            (r#"HINCRBY h g2 -9223372036854775808"#, r#":-9223372036854775808\r\n"#),
            (r#"HINCRBY h g2 -1"#, r#"-ERR increment or decrement would overflow\r\n"#),
            (r#"HGET h f"#, r#"$2\r\n-2\r\n"#),
            (r#"HINCRBY nokey f -9223372036854775808"#, r#":-9223372036854775808\r\n"#),
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
            (r#"HINCRBYFLOAT h f abc"#, r#"-ERR value is not a valid float\r\n"#),
            (r#"HINCRBYFLOAT h f """#, r#"-ERR value is not a valid float\r\n"#),
            (r#"HINCRBYFLOAT h f inf"#, r#"-ERR value is NaN or Infinity\r\n"#),
            (r#"HINCRBYFLOAT h f -inf"#, r#"-ERR value is NaN or Infinity\r\n"#),
            (r#"HINCRBYFLOAT h f nan"#, r#"-ERR value is not a valid float\r\n"#),
            (r#"HINCRBYFLOAT h f 0x10"#, r#"$2\r\n16\r\n"#),
            (r#"HINCRBYFLOAT h f "1 ""#, r#"-ERR value is not a valid float\r\n"#),
            (r#"HSET h s " 5" t "5 " i 17 e 1e3 nul "1\x002" huge 1e4932"#, r#":6\r\n"#),
            (r#"HINCRBYFLOAT h s 1"#, r#"-ERR hash value is not a float\r\n"#),
            (r#"HINCRBYFLOAT h t 1"#, r#"-ERR hash value is not a float\r\n"#),
            (r#"HINCRBYFLOAT h nul 1"#, r#"-ERR hash value is not a float\r\n"#),
            (r#"HINCRBYFLOAT h i 0.5"#, r#"$4\r\n17.5\r\n"#),
            (r#"HINCRBYFLOAT h e 1"#, r#"$4\r\n1001\r\n"#),
            (r#"HINCRBYFLOAT h huge 1e4932"#, r#"-ERR increment would produce NaN or Infinity\r\n"#),
            (r#"HINCRBYFLOAT h huge -1e4932"#, r#"$1\r\n0\r\n"#),
            (r#"HINCRBYFLOAT h x 5.0e3"#, r#"$4\r\n5000\r\n"#),
            (r#"HINCRBYFLOAT h y 1.23456789012345678"#, r#"$19\r\n1.23456789012345678\r\n"#),
            (r#"HINCRBYFLOAT h y 1e-20"#, r#"$19\r\n1.23456789012345678\r\n"#),
            (r#"HGETALL h"#, r#"*20\r\n$1\r\nf\r\n$2\r\n16\r\n$1\r\ng\r\n$3\r\n0.3\r\n$1\r\ns\r\n$2\r\n 5\r\n$1\r\nt\r\n$2\r\n5 \r\n$1\r\ni\r\n$4\r\n17.5\r\n$1\r\ne\r\n$4\r\n1001\r\n$3\r\nnul\r\n$3\r\n1\x002\r\n$4\r\nhuge\r\n$1\r\n0\r\n$1\r\nx\r\n$4\r\n5000\r\n$1\r\ny\r\n$19\r\n1.23456789012345678\r\n"#),
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
            (r#"HRANDFIELD nokey -9223372036854775808"#, r#"-ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807\r\n"#),
            (r#"HRANDFIELD nokey 9223372036854775807"#, r#"*0\r\n"#),
            (r#"HRANDFIELD nokey -9223372036854775807"#, r#"*0\r\n"#),
            (r#"HRANDFIELD nokey 9223372036854775807 WITHVALUES"#, r#"-ERR value is out of range\r\n"#),
            (r#"HRANDFIELD nokey -4611686018427387904 WITHVALUES"#, r#"-ERR value is out of range\r\n"#),
            (r#"HRANDFIELD nokey -4611686018427387903 WITHVALUES"#, r#"*0\r\n"#),
            (r#"HRANDFIELD nokey 4611686018427387903 WITHVALUES"#, r#"*0\r\n"#),
            (r#"HRANDFIELD nokey 4611686018427387904 WITHVALUES"#, r#"-ERR value is out of range\r\n"#),
            (r#"HRANDFIELD nokey 1 WITHVALUE"#, r#"-ERR syntax error\r\n"#),
            (r#"HRANDFIELD nokey 1 withvalues x"#, r#"-ERR syntax error\r\n"#),
            (r#"HRANDFIELD nokey abc"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HRANDFIELD nokey abc WITHVALUESX"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HRANDFIELD nokey 1.5"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HRANDFIELD nokey """#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HSET h f v"#, r#":1\r\n"#),
            (r#"HRANDFIELD h 0"#, r#"*0\r\n"#),
            (r#"HRANDFIELD h 0 WITHVALUES"#, r#"*0\r\n"#),
            (r#"HRANDFIELD h"#, r#"$1\r\nf\r\n"#),
            (r#"HRANDFIELD h 1"#, r#"*1\r\n$1\r\nf\r\n"#),
            (r#"HRANDFIELD h 1 WITHVALUES"#, r#"*2\r\n$1\r\nf\r\n$1\r\nv\r\n"#),
            (r#"HRANDFIELD h -3"#, r#"*3\r\n$1\r\nf\r\n$1\r\nf\r\n$1\r\nf\r\n"#),
            (r#"HRANDFIELD h -2 withvalues"#, r#"*4\r\n$1\r\nf\r\n$1\r\nv\r\n$1\r\nf\r\n$1\r\nv\r\n"#),
            (r#"HRANDFIELD h 5 WITHVALUES"#, r#"*2\r\n$1\r\nf\r\n$1\r\nv\r\n"#),
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
            (r#"HSCAN h 0"#, r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#),
            (r#"HSCAN h 0 MATCH ba*"#, r#"*2\r\n$1\r\n0\r\n*4\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n"#),
            (r#"HSCAN h 0 match *a* count 1"#, r#"*2\r\n$1\r\n0\r\n*4\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n"#),
            (r#"HSCAN h 0 COUNT 1"#, r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#),
            (r#"HSCAN h 123"#, r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#),
            (r#"HSCAN h 0 MATCH nomatch"#, r#"*2\r\n$1\r\n0\r\n*0\r\n"#),
            (r#"HSCAN h 0 MATCH *"#, r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#),
            (r#"HSCAN h 0 MATCH """#, r#"*2\r\n$1\r\n0\r\n*2\r\n$0\r\n\r\n$1\r\n5\r\n"#),
            (r#"HSCAN h 0 COUNT 0"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 COUNT -1"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 COUNT abc"#, r#"-ERR value is not an integer or out of range\r\n"#),
            (r#"HSCAN h 0 MATCH"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 COUNT"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 foo bar"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h 0 TYPE string"#, r#"-ERR syntax error\r\n"#),
            (r#"HSCAN h abc"#, r#"-ERR invalid cursor\r\n"#),
            (r#"HSCAN h -1"#, r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#),
            (r#"HSCAN h 18446744073709551615"#, r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#),
            (r#"HSCAN h 18446744073709551616"#, r#"-ERR invalid cursor\r\n"#),
            (r#"HSCAN h """#, r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#),
            (r#"HSCAN h +5"#, r#"*2\r\n$1\r\n0\r\n*10\r\n$3\r\nfoo\r\n$1\r\n1\r\n$3\r\nbar\r\n$1\r\n2\r\n$3\r\nbaz\r\n$1\r\n3\r\n$1\r\nx\r\n$1\r\n4\r\n$0\r\n\r\n$1\r\n5\r\n"#),
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
            (r#"HGETALL bin"#, r#"*4\r\n$2\r\n\x00\xff\r\n$4\r\na\r\nb\r\n$0\r\n\r\n$5\r\nempty\r\n"#),
            (r#"HSTRLEN bin "\x00\xff""#, r#":4\r\n"#),
            (r#"HDEL bin """#, r#":1\r\n"#),
            (r#"HKEYS bin"#, r#"*1\r\n$2\r\n\x00\xff\r\n"#),
        ],
    );
}

