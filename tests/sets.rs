//! Set commands: SADD/SREM and membership, SPOP/SRANDMEMBER, SMOVE, the SINTER/SUNION/SDIFF
//! family with their STORE variants and SINTERCARD, SSCAN; the intset and hashtable encodings
//! (Redis 7.0 has no listpack sets); keyspace events and propagation; a randomized check
//! against a model.
//!
//! The `recorded_*` tests are scripts of commands with the exact reply bytes redis-server 7.0.15
//! sent for them (run against the real server; replies whose order depends on a hash table are
//! only checked order-independently). Encodings are read from the keyspace.

mod common;
use common::*;
use rand::{Rng, SeedableRng};
use std::collections::{BTreeSet, HashMap, HashSet};

#[test]
fn recorded_basics_intset() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SADD s 3 1 2 2"#, r#":3\r\n"#),
            (r#"SADD s 1"#, r#":0\r\n"#),
            (
                r#"SADD s -5 100000 9223372036854775807 -9223372036854775808"#,
                r#":4\r\n"#,
            ),
            (r#"SCARD s"#, r#":7\r\n"#),
            (
                r#"SMEMBERS s"#,
                r#"*7\r\n$20\r\n-9223372036854775808\r\n$2\r\n-5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$6\r\n100000\r\n$19\r\n9223372036854775807\r\n"#,
            ),
            (r#"SISMEMBER s 3"#, r#":1\r\n"#),
            (r#"SISMEMBER s 4"#, r#":0\r\n"#),
            (r#"SISMEMBER s 03"#, r#":0\r\n"#),
            (r#"SISMEMBER s +3"#, r#":0\r\n"#),
            (
                r#"SMISMEMBER s 3 4 1 abc"#,
                r#"*4\r\n:1\r\n:0\r\n:1\r\n:0\r\n"#,
            ),
            (r#"SCARD nokey"#, r#":0\r\n"#),
            (r#"SISMEMBER nokey a"#, r#":0\r\n"#),
            (r#"SMISMEMBER nokey a b"#, r#"*2\r\n:0\r\n:0\r\n"#),
            (r#"SMEMBERS nokey"#, r#"*0\r\n"#),
        ],
    );
}

#[test]
fn recorded_basics_strings() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SADD s a"#, r#":1\r\n"#),
            (r#"SADD s a"#, r#":0\r\n"#),
            (r#"SMEMBERS s"#, r#"*1\r\n$1\r\na\r\n"#),
            (r#"SADD s """#, r#":1\r\n"#),
            (r#"SISMEMBER s """#, r#":1\r\n"#),
            (r#"SCARD s"#, r#":2\r\n"#),
            (r#"SREM s a"#, r#":1\r\n"#),
            (r#"SREM s a"#, r#":0\r\n"#),
            (r#"SMEMBERS s"#, r#"*1\r\n$0\r\n\r\n"#),
            (r#"SREM s """#, r#":1\r\n"#),
            (r#"EXISTS s"#, r#":0\r\n"#),
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
                r#"SADD s"#,
                r#"-ERR wrong number of arguments for 'sadd' command\r\n"#,
            ),
            (
                r#"SREM s"#,
                r#"-ERR wrong number of arguments for 'srem' command\r\n"#,
            ),
            (
                r#"SCARD"#,
                r#"-ERR wrong number of arguments for 'scard' command\r\n"#,
            ),
            (
                r#"SCARD s x"#,
                r#"-ERR wrong number of arguments for 'scard' command\r\n"#,
            ),
            (
                r#"SISMEMBER s"#,
                r#"-ERR wrong number of arguments for 'sismember' command\r\n"#,
            ),
            (
                r#"SMISMEMBER s"#,
                r#"-ERR wrong number of arguments for 'smismember' command\r\n"#,
            ),
            (
                r#"SMEMBERS"#,
                r#"-ERR wrong number of arguments for 'smembers' command\r\n"#,
            ),
            (
                r#"SPOP"#,
                r#"-ERR wrong number of arguments for 'spop' command\r\n"#,
            ),
            (
                r#"SRANDMEMBER"#,
                r#"-ERR wrong number of arguments for 'srandmember' command\r\n"#,
            ),
            (
                r#"SMOVE a b"#,
                r#"-ERR wrong number of arguments for 'smove' command\r\n"#,
            ),
            (
                r#"SINTER"#,
                r#"-ERR wrong number of arguments for 'sinter' command\r\n"#,
            ),
            (
                r#"SINTERSTORE d"#,
                r#"-ERR wrong number of arguments for 'sinterstore' command\r\n"#,
            ),
            (
                r#"SUNION"#,
                r#"-ERR wrong number of arguments for 'sunion' command\r\n"#,
            ),
            (
                r#"SUNIONSTORE d"#,
                r#"-ERR wrong number of arguments for 'sunionstore' command\r\n"#,
            ),
            (
                r#"SDIFF"#,
                r#"-ERR wrong number of arguments for 'sdiff' command\r\n"#,
            ),
            (
                r#"SDIFFSTORE d"#,
                r#"-ERR wrong number of arguments for 'sdiffstore' command\r\n"#,
            ),
            (
                r#"SINTERCARD 1"#,
                r#"-ERR wrong number of arguments for 'sintercard' command\r\n"#,
            ),
            (
                r#"SSCAN s"#,
                r#"-ERR wrong number of arguments for 'sscan' command\r\n"#,
            ),
        ],
    );
}

#[test]
fn recorded_srem() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SADD s 1 2 3 4 5"#, r#":5\r\n"#),
            (r#"SREM s 9"#, r#":0\r\n"#),
            (r#"SREM s 1 1 9 2"#, r#":2\r\n"#),
            (
                r#"SMEMBERS s"#,
                r#"*3\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (r#"SREM s 3 4 5 6"#, r#":3\r\n"#),
            (r#"EXISTS s"#, r#":0\r\n"#),
            (r#"SREM nokey a"#, r#":0\r\n"#),
            (r#"SADD t a"#, r#":1\r\n"#),
            (r#"SREM t a a"#, r#":1\r\n"#),
            (r#"EXISTS t"#, r#":0\r\n"#),
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
                r#"SADD str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SREM str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SCARD str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SISMEMBER str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SMISMEMBER str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SMEMBERS str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SPOP str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SPOP str 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SPOP str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SPOP str -1"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (
                r#"SRANDMEMBER str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SRANDMEMBER str 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SRANDMEMBER str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SINTER str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SINTER nokey str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SINTER str nokey"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SINTERCARD 1 str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SINTERCARD 2 nokey str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SINTERSTORE d str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SINTERSTORE d nokey str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SUNION nokey str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SUNIONSTORE d str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SDIFF nokey str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SDIFF str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SDIFFSTORE d nokey str"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SSCAN str 0"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"SMOVE str s a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"SADD s 1"#, r#":1\r\n"#),
            (
                r#"SMOVE s str 1"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"SMOVE nokey str 1"#, r#":0\r\n"#),
            (r#"SMEMBERS s"#, r#"*1\r\n$1\r\n1\r\n"#),
            (r#"GET str"#, r#"$1\r\nx\r\n"#),
        ],
    );
}

#[test]
fn recorded_spop_srandmember_errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SPOP nokey"#, r#"$-1\r\n"#),
            (r#"SPOP nokey 3"#, r#"*0\r\n"#),
            (r#"SPOP nokey 0"#, r#"*0\r\n"#),
            (
                r#"SPOP nokey -1"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (
                r#"SPOP nokey abc"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (
                r#"SPOP nokey 1.5"#,
                r#"-ERR value is out of range, must be positive\r\n"#,
            ),
            (r#"SPOP nokey 1 2"#, r#"-ERR syntax error\r\n"#),
            (r#"SRANDMEMBER nokey"#, r#"$-1\r\n"#),
            (r#"SRANDMEMBER nokey 5"#, r#"*0\r\n"#),
            (r#"SRANDMEMBER nokey -5"#, r#"*0\r\n"#),
            (r#"SRANDMEMBER nokey 0"#, r#"*0\r\n"#),
            (
                r#"SRANDMEMBER nokey -9223372036854775808"#,
                r#"-ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807\r\n"#,
            ),
            (r#"SRANDMEMBER nokey -9223372036854775807"#, r#"*0\r\n"#),
            (r#"SRANDMEMBER nokey 1 2"#, r#"-ERR syntax error\r\n"#),
            (
                r#"SRANDMEMBER nokey abc"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (r#"SADD one x"#, r#":1\r\n"#),
            (r#"SPOP one 0"#, r#"*0\r\n"#),
            (r#"SRANDMEMBER one 0"#, r#"*0\r\n"#),
            (r#"SRANDMEMBER one"#, r#"$1\r\nx\r\n"#),
            (r#"SRANDMEMBER one 1"#, r#"*1\r\n$1\r\nx\r\n"#),
            (
                r#"SRANDMEMBER one -3"#,
                r#"*3\r\n$1\r\nx\r\n$1\r\nx\r\n$1\r\nx\r\n"#,
            ),
            (r#"SRANDMEMBER one 10"#, r#"*1\r\n$1\r\nx\r\n"#),
            (r#"SADD ints 3 1 2"#, r#":3\r\n"#),
            (
                r#"SRANDMEMBER ints 3"#,
                r#"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (
                r#"SRANDMEMBER ints 100"#,
                r#"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (r#"SPOP one"#, r#"$1\r\nx\r\n"#),
            (r#"EXISTS one"#, r#":0\r\n"#),
            (
                r#"SPOP ints 3"#,
                r#"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (r#"EXISTS ints"#, r#":0\r\n"#),
            (r#"SADD ints 3 1 2"#, r#":3\r\n"#),
            (
                r#"SPOP ints 10"#,
                r#"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
        ],
    );
}

#[test]
fn recorded_smove() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SADD src 1 2 a"#, r#":3\r\n"#),
            (r#"SADD dst 5"#, r#":1\r\n"#),
            (r#"SMOVE src dst 1"#, r#":1\r\n"#),
            (r#"SMOVE src dst 1"#, r#":0\r\n"#),
            (r#"SMOVE src dst zz"#, r#":0\r\n"#),
            (r#"SMEMBERS dst"#, r#"*2\r\n$1\r\n1\r\n$1\r\n5\r\n"#),
            (r#"SMOVE src dst a"#, r#":1\r\n"#),
            (r#"SMOVE src src 2"#, r#":1\r\n"#),
            (r#"SMOVE src src 9"#, r#":0\r\n"#),
            (r#"SMOVE src new 2"#, r#":1\r\n"#),
            (r#"EXISTS src"#, r#":0\r\n"#),
            (r#"SMEMBERS new"#, r#"*1\r\n$1\r\n2\r\n"#),
            (r#"SMOVE nokey dst 1"#, r#":0\r\n"#),
            (r#"SADD d2 7"#, r#":1\r\n"#),
            (r#"SMOVE new d2 2"#, r#":1\r\n"#),
            (r#"SMEMBERS d2"#, r#"*2\r\n$1\r\n2\r\n$1\r\n7\r\n"#),
            (r#"EXISTS new"#, r#":0\r\n"#),
        ],
    );
}

#[test]
fn recorded_sintercard() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SADD a 1 2 3 4 5"#, r#":5\r\n"#),
            (r#"SADD b 2 3 4 5 6"#, r#":5\r\n"#),
            (r#"SADD c 3 4 5 x"#, r#":4\r\n"#),
            (
                r#"SINTERCARD 0 a"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (
                r#"SINTERCARD abc a"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (
                r#"SINTERCARD -1 a"#,
                r#"-ERR numkeys should be greater than 0\r\n"#,
            ),
            (
                r#"SINTERCARD 3 a b"#,
                r#"-ERR Number of keys can't be greater than number of args\r\n"#,
            ),
            (r#"SINTERCARD 1 a LIMIT"#, r#"-ERR syntax error\r\n"#),
            (
                r#"SINTERCARD 1 a LIMIT -1"#,
                r#"-ERR LIMIT can't be negative\r\n"#,
            ),
            (
                r#"SINTERCARD 1 a LIMIT abc"#,
                r#"-ERR LIMIT can't be negative\r\n"#,
            ),
            (r#"SINTERCARD 1 a foo"#, r#"-ERR syntax error\r\n"#),
            (r#"SINTERCARD 1 a LIMIT 0 LIMIT 2"#, r#":2\r\n"#),
            (r#"SINTERCARD 2 a b"#, r#":4\r\n"#),
            (r#"SINTERCARD 2 a b LIMIT 2"#, r#":2\r\n"#),
            (r#"SINTERCARD 2 a b limit 0"#, r#":4\r\n"#),
            (r#"SINTERCARD 2 a b LIMIT 100"#, r#":4\r\n"#),
            (r#"SINTERCARD 3 a b c"#, r#":3\r\n"#),
            (r#"SINTERCARD 3 a b c LIMIT 1"#, r#":1\r\n"#),
            (r#"SINTERCARD 3 a b nokey"#, r#":0\r\n"#),
            (r#"SINTERCARD 1 nokey"#, r#":0\r\n"#),
            (r#"SINTERCARD 2 a a"#, r#":5\r\n"#),
        ],
    );
}

#[test]
fn recorded_inter_union_diff_intsets() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SADD a 1 2 3 4 5"#, r#":5\r\n"#),
            (r#"SADD b 2 3 4 5 6"#, r#":5\r\n"#),
            (r#"SADD c 3 4 5 7"#, r#":4\r\n"#),
            (
                r#"SINTER a b"#,
                r#"*4\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"SINTER a b c"#,
                r#"*3\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"SINTER c b a"#,
                r#"*3\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"SINTER a"#,
                r#"*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (
                r#"SINTER a a"#,
                r#"*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (r#"SINTER a nokey"#, r#"*0\r\n"#),
            (r#"SINTER nokey a"#, r#"*0\r\n"#),
            (
                r#"SUNION a b"#,
                r#"*6\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n"#,
            ),
            (
                r#"SUNION a b c nokey"#,
                r#"*7\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n$1\r\n7\r\n"#,
            ),
            (r#"SUNION nokey"#, r#"*0\r\n"#),
            (r#"SDIFF a b"#, r#"*1\r\n$1\r\n1\r\n"#),
            (r#"SDIFF a b c"#, r#"*1\r\n$1\r\n1\r\n"#),
            (r#"SDIFF b a c"#, r#"*1\r\n$1\r\n6\r\n"#),
            (
                r#"SDIFF a nokey"#,
                r#"*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (r#"SDIFF nokey a"#, r#"*0\r\n"#),
            (r#"SDIFF a a"#, r#"*0\r\n"#),
            (r#"SDIFF a b a"#, r#"*0\r\n"#),
            (r#"SDIFF c a"#, r#"*1\r\n$1\r\n7\r\n"#),
            (r#"SINTERSTORE d a b"#, r#":4\r\n"#),
            (
                r#"SMEMBERS d"#,
                r#"*4\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (r#"SUNIONSTORE d a c"#, r#":6\r\n"#),
            (
                r#"SMEMBERS d"#,
                r#"*6\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n7\r\n"#,
            ),
            (r#"SDIFFSTORE d a c"#, r#":2\r\n"#),
            (r#"SMEMBERS d"#, r#"*2\r\n$1\r\n1\r\n$1\r\n2\r\n"#),
            (r#"SDIFFSTORE d a a"#, r#":0\r\n"#),
            (r#"EXISTS d"#, r#":0\r\n"#),
            (r#"SINTERSTORE d a b"#, r#":4\r\n"#),
            (r#"SINTERSTORE d a nokey"#, r#":0\r\n"#),
            (r#"EXISTS d"#, r#":0\r\n"#),
            (r#"SINTERSTORE d nokey"#, r#":0\r\n"#),
            (r#"SUNIONSTORE d nokey"#, r#":0\r\n"#),
            (r#"SDIFFSTORE d nokey a"#, r#":0\r\n"#),
            (r#"SUNIONSTORE a a b"#, r#":6\r\n"#),
            (
                r#"SMEMBERS a"#,
                r#"*6\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n"#,
            ),
            (r#"SINTERSTORE b b c"#, r#":3\r\n"#),
            (
                r#"SMEMBERS b"#,
                r#"*3\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"#,
            ),
            (r#"SET str x"#, r#"+OK\r\n"#),
            (r#"SUNIONSTORE str a"#, r#":6\r\n"#),
            (r#"TYPE str"#, r#"+set\r\n"#),
            (r#"SET str x"#, r#"+OK\r\n"#),
            (r#"SDIFFSTORE str nokey"#, r#":0\r\n"#),
            (r#"EXISTS str"#, r#":0\r\n"#),
        ],
    );
}

#[test]
fn recorded_mixed_encodings() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SADD a 1 2 3 x"#, r#":4\r\n"#),
            (r#"SADD b 1 2 3"#, r#":3\r\n"#),
            (
                r#"SINTER b a"#,
                r#"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (r#"SDIFF b a"#, r#"*0\r\n"#),
            (r#"SDIFF a b"#, r#"*1\r\n$1\r\nx\r\n"#),
            (r#"SINTERSTORE d a b"#, r#":3\r\n"#),
            (
                r#"SMEMBERS d"#,
                r#"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (r#"SUNIONSTORE d b b"#, r#":3\r\n"#),
            (
                r#"SMEMBERS d"#,
                r#"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
        ],
    );
}

#[test]
fn recorded_sscan_intset() {
    let s = TestServer::start();
    let mut r = s.raw();
    expect_replies(
        &mut r,
        &[
            (r#"SADD s 5 10 15 20 100"#, r#":5\r\n"#),
            (
                r#"SSCAN s 0"#,
                r#"*2\r\n$1\r\n0\r\n*5\r\n$1\r\n5\r\n$2\r\n10\r\n$2\r\n15\r\n$2\r\n20\r\n$3\r\n100\r\n"#,
            ),
            (
                r#"SSCAN s 0 MATCH 1*"#,
                r#"*2\r\n$1\r\n0\r\n*3\r\n$2\r\n10\r\n$2\r\n15\r\n$3\r\n100\r\n"#,
            ),
            (
                r#"SSCAN s 0 COUNT 1"#,
                r#"*2\r\n$1\r\n0\r\n*5\r\n$1\r\n5\r\n$2\r\n10\r\n$2\r\n15\r\n$2\r\n20\r\n$3\r\n100\r\n"#,
            ),
            (
                r#"SSCAN s 77"#,
                r#"*2\r\n$1\r\n0\r\n*5\r\n$1\r\n5\r\n$2\r\n10\r\n$2\r\n15\r\n$2\r\n20\r\n$3\r\n100\r\n"#,
            ),
            (
                r#"SSCAN s 0 MATCH *0 COUNT 2"#,
                r#"*2\r\n$1\r\n0\r\n*3\r\n$2\r\n10\r\n$2\r\n20\r\n$3\r\n100\r\n"#,
            ),
            (r#"SSCAN s 0 COUNT 0"#, r#"-ERR syntax error\r\n"#),
            (r#"SSCAN s 0 NOVALUES"#, r#"-ERR syntax error\r\n"#),
            (r#"SSCAN s 0 TYPE string"#, r#"-ERR syntax error\r\n"#),
            (r#"SSCAN s abc"#, r#"-ERR invalid cursor\r\n"#),
            (
                r#"SSCAN s -1"#,
                r#"*2\r\n$1\r\n0\r\n*5\r\n$1\r\n5\r\n$2\r\n10\r\n$2\r\n15\r\n$2\r\n20\r\n$3\r\n100\r\n"#,
            ),
            (r#"SSCAN nokey 0"#, r#"*2\r\n$1\r\n0\r\n*0\r\n"#),
            (r#"SSCAN nokey 0 COUNT 0"#, r#"*2\r\n$1\r\n0\r\n*0\r\n"#),
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
            (r#"SADD bin "\x00\xff""#, r#":1\r\n"#),
            (r#"SISMEMBER bin "\x00\xff""#, r#":1\r\n"#),
            (r#"SMEMBERS bin"#, r#"*1\r\n$2\r\n\x00\xff\r\n"#),
            (r#"SREM bin "\x00\xff""#, r#":1\r\n"#),
            (r#"EXISTS bin"#, r#":0\r\n"#),
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
            (r#"SMEMBERS nokey"#, r#"~0\r\n"#),
            (r#"SINTER nokey"#, r#"~0\r\n"#),
            (r#"SUNION nokey"#, r#"~0\r\n"#),
            (r#"SDIFF nokey"#, r#"~0\r\n"#),
            (r#"SPOP nokey"#, r#"_\r\n"#),
            (r#"SPOP nokey 2"#, r#"~0\r\n"#),
            (r#"SRANDMEMBER nokey"#, r#"_\r\n"#),
            (r#"SRANDMEMBER nokey 2"#, r#"*0\r\n"#),
            (r#"SADD s 3 1 2"#, r#":3\r\n"#),
            (
                r#"SMEMBERS s"#,
                r#"~3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (
                r#"SINTER s s"#,
                r#"~3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (
                r#"SUNION s nokey"#,
                r#"~3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (
                r#"SDIFF s nokey"#,
                r#"~3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (r#"SPOP s 0"#, r#"~0\r\n"#),
            (r#"SRANDMEMBER s 0"#, r#"*0\r\n"#),
            (
                r#"SRANDMEMBER s 5"#,
                r#"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (r#"SMISMEMBER s 1 9"#, r#"*2\r\n:1\r\n:0\r\n"#),
            (
                r#"SSCAN s 0"#,
                r#"*2\r\n$1\r\n0\r\n*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#,
            ),
            (r#"SPOP s 5"#, r#"~3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"#),
        ],
    );
}

/// Runs a command given as owned strings.
fn run<T: redis::FromRedisValue>(c: &mut redis::Connection, args: &[String]) -> T {
    let refs: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
    q(c, &refs)
}

/// SADDs `members` to `key` in one command.
fn fill_set(c: &mut redis::Connection, key: &str, members: &[String]) {
    let mut args = vec!["SADD".to_string(), key.to_string()];
    args.extend(members.iter().cloned());
    let _: i64 = run(c, &args);
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn ints(range: std::ops::Range<i64>) -> Vec<String> {
    range.map(|i| i.to_string()).collect()
}

#[test]
fn recorded_hashtable_order_independent() {
    let s = TestServer::start();
    let mut c = s.client();
    fill_set(&mut c, "src", &["1".into(), "2".into(), "a".into()]);
    fill_set(&mut c, "dst", &["5".into()]);
    assert_eq!(q::<i64>(&mut c, &["SMOVE", "src", "dst", "1"]), 1);
    assert_eq!(q::<i64>(&mut c, &["SMOVE", "src", "dst", "a"]), 1);
    assert_eq!(sorted(q(&mut c, &["SMEMBERS", "dst"])), vec!["1", "5", "a"]);
    assert_eq!(encoding_of(&s, "dst"), Some("hashtable"));
    assert_eq!(sorted(q(&mut c, &["SMEMBERS", "src"])), vec!["2"]);
    assert_eq!(encoding_of(&s, "src"), Some("hashtable"));
}

#[test]
fn encoding_follows_the_thresholds_one_way() {
    let s = TestServer::start();
    let mut c = s.client();
    q::<i64>(&mut c, &["SADD", "s", "1"]);
    assert_eq!(encoding_of(&s, "s"), Some("intset"));
    q::<i64>(&mut c, &["SADD", "s", "a"]);
    assert_eq!(encoding_of(&s, "s"), Some("hashtable"));
    // A small set of strings is a hash table in Redis 7.0 (listpack sets came with 7.2).
    q::<i64>(&mut c, &["SADD", "str", "a", "b"]);
    assert_eq!(encoding_of(&s, "str"), Some("hashtable"));
    // Only canonical 64-bit integers qualify.
    for m in ["05", "+5", "-0", "9223372036854775808", " 5", "1.0"] {
        q::<i64>(&mut c, &["DEL", "n"]);
        q::<i64>(&mut c, &["SADD", "n", m]);
        assert_eq!(encoding_of(&s, "n"), Some("hashtable"), "{m}");
    }
    q::<i64>(
        &mut c,
        &[
            "SADD",
            "wide",
            "-9223372036854775808",
            "9223372036854775807",
        ],
    );
    assert_eq!(encoding_of(&s, "wide"), Some("intset"));
    // set-max-intset-entries defaults to 512; shrinking back does not convert back.
    fill_set(&mut c, "s2", &ints(0..512));
    assert_eq!(encoding_of(&s, "s2"), Some("intset"));
    q::<i64>(&mut c, &["SADD", "s2", "511"]);
    assert_eq!(encoding_of(&s, "s2"), Some("intset"));
    q::<i64>(&mut c, &["SADD", "s2", "512"]);
    assert_eq!(encoding_of(&s, "s2"), Some("hashtable"));
    q::<i64>(&mut c, &["SREM", "s2", "512"]);
    assert_eq!(encoding_of(&s, "s2"), Some("hashtable"));
    assert_eq!(q::<i64>(&mut c, &["SCARD", "s2"]), 512);

    // The limit is read when a write happens.
    q::<()>(&mut c, &["CONFIG", "SET", "set-max-intset-entries", "10"]);
    fill_set(&mut c, "s3", &ints(0..20));
    assert_eq!(encoding_of(&s, "s3"), Some("hashtable"));
    // SPOP keeping few members builds a new set for them: back to an intset.
    assert_eq!(q::<Vec<String>>(&mut c, &["SPOP", "s3", "18"]).len(), 18);
    assert_eq!(encoding_of(&s, "s3"), Some("intset"));
    fill_set(&mut c, "s4", &ints(0..20));
    q::<Vec<String>>(&mut c, &["SPOP", "s4", "2"]);
    assert_eq!(encoding_of(&s, "s4"), Some("hashtable"));
    // Results of the STORE commands start as intsets.
    fill_set(&mut c, "a", &ints(1..4));
    fill_set(&mut c, "b", &["x".into(), "2".into(), "3".into()]);
    assert_eq!(q::<i64>(&mut c, &["SINTERSTORE", "d", "a", "b"]), 2);
    assert_eq!(encoding_of(&s, "d"), Some("intset"));
    fill_set(&mut c, "e", &ints(100..108));
    assert_eq!(q::<i64>(&mut c, &["SUNIONSTORE", "d", "a", "e"]), 11);
    assert_eq!(encoding_of(&s, "d"), Some("hashtable"));
    assert_eq!(q::<i64>(&mut c, &["SDIFFSTORE", "d", "b", "a"]), 1);
    assert_eq!(encoding_of(&s, "d"), Some("hashtable"));
    // SMOVE creates the destination suited to the member.
    q::<i64>(&mut c, &["SMOVE", "b", "new", "x"]);
    assert_eq!(encoding_of(&s, "new"), Some("hashtable"));
    q::<i64>(&mut c, &["SMOVE", "a", "new2", "1"]);
    assert_eq!(encoding_of(&s, "new2"), Some("intset"));
    q::<()>(&mut c, &["CONFIG", "SET", "set-max-intset-entries", "0"]);
    q::<i64>(&mut c, &["SADD", "z", "1"]);
    assert_eq!(encoding_of(&s, "z"), Some("hashtable"));
}

#[test]
fn table_encoded_set_commands() {
    let s = TestServer::start();
    let mut c = s.client();
    let members: Vec<String> = (0..1000).map(|i| format!("m{i}")).collect();
    fill_set(&mut c, "s", &members);
    assert_eq!(encoding_of(&s, "s"), Some("hashtable"));
    assert_eq!(q::<i64>(&mut c, &["SCARD", "s"]), 1000);
    assert_eq!(
        sorted(q(&mut c, &["SMEMBERS", "s"])),
        sorted(members.clone())
    );
    assert_eq!(
        q::<Vec<i64>>(&mut c, &["SMISMEMBER", "s", "m1", "x", "m999"]),
        vec![1, 0, 1]
    );
    let odd: Vec<String> = (0..1000)
        .filter(|i| i % 2 == 1)
        .map(|i| format!("m{i}"))
        .collect();
    fill_set(&mut c, "odd", &odd);
    fill_set(
        &mut c,
        "small",
        &["m1".into(), "m2".into(), "m3".into(), "zz".into()],
    );
    assert_eq!(
        sorted(q(&mut c, &["SINTER", "s", "odd", "small"])),
        vec!["m1", "m3"]
    );
    assert_eq!(q::<i64>(&mut c, &["SINTERCARD", "2", "s", "odd"]), 500);
    assert_eq!(
        q::<i64>(&mut c, &["SINTERCARD", "2", "s", "odd", "LIMIT", "7"]),
        7
    );
    let diff: Vec<String> = q(&mut c, &["SDIFF", "s", "odd", "small"]);
    assert_eq!(diff.len(), 499);
    assert!(diff
        .iter()
        .all(|m| m != "m2" && m[1..].parse::<u32>().unwrap() % 2 == 0));
    assert_eq!(
        q::<Vec<String>>(&mut c, &["SUNION", "s", "small"]).len(),
        1001
    );
    assert_eq!(q::<i64>(&mut c, &["SDIFFSTORE", "d", "small", "s"]), 1);
    assert_eq!(q::<Vec<String>>(&mut c, &["SMEMBERS", "d"]), vec!["zz"]);
    assert_eq!(q::<i64>(&mut c, &["SUNIONSTORE", "d", "odd", "small"]), 502);
    // SREM everything in batches: the key goes with its last member.
    for chunk in members.chunks(300) {
        let mut args = vec!["SREM".to_string(), "s".to_string(), "nope".to_string()];
        args.extend(chunk.iter().cloned());
        assert_eq!(run::<i64>(&mut c, &args), chunk.len() as i64);
    }
    assert_eq!(q::<i64>(&mut c, &["EXISTS", "s"]), 0);
}

/// Runs a full SSCAN iteration; returns the members seen and the number of calls.
fn full_sscan(c: &mut redis::Connection, key: &str, opts: &[&str]) -> (Vec<String>, usize) {
    let mut cursor = "0".to_string();
    let (mut seen, mut calls) = (Vec::new(), 0);
    loop {
        let mut args = vec!["SSCAN", key, &cursor];
        args.extend_from_slice(opts);
        let (next, items): (String, Vec<String>) = q(c, &args);
        calls += 1;
        seen.extend(items);
        if next == "0" {
            return (seen, calls);
        }
        cursor = next;
    }
}

#[test]
fn sscan_iterates_a_table_with_a_cursor() {
    let s = TestServer::start();
    let mut c = s.client();
    let members: Vec<String> = (0..1000).map(|i| format!("m{i}")).collect();
    fill_set(&mut c, "s", &members);
    let (seen, calls) = full_sscan(&mut c, "s", &["COUNT", "5"]);
    assert!(
        calls > 50,
        "a table is scanned a few buckets at a time ({calls} calls)"
    );
    assert_eq!(
        seen.iter().collect::<HashSet<_>>(),
        members.iter().collect::<HashSet<_>>()
    );
    let (seen, _) = full_sscan(&mut c, "s", &["MATCH", "m9?", "COUNT", "1000"]);
    assert_eq!(
        sorted(seen),
        (90..100).map(|i| format!("m{i}")).collect::<Vec<_>>()
    );
    // An intset comes whole; MATCH applies to the decimal text.
    fill_set(&mut c, "i", &ints(0..30));
    let (cursor, items): (String, Vec<String>) =
        q(&mut c, &["SSCAN", "i", "0", "MATCH", "2*", "COUNT", "1"]);
    assert_eq!(
        (cursor.as_str(), items),
        (
            "0",
            vec![
                "2".to_string(),
                "20".to_string(),
                "21".to_string(),
                "22".to_string(),
                "23".to_string(),
                "24".to_string(),
                "25".to_string(),
                "26".to_string(),
                "27".to_string(),
                "28".to_string(),
                "29".to_string()
            ]
        )
    );
}

/// Checks every SRANDMEMBER strategy on `key`, whose content is `members`.
fn check_srandmember(c: &mut redis::Connection, key: &str, members: &HashSet<String>) {
    let n = members.len();
    for _ in 0..50 {
        assert!(members.contains(&q::<String>(c, &["SRANDMEMBER", key])));
    }
    let r: Vec<String> = q(c, &["SRANDMEMBER", key, "-1000"]);
    assert_eq!(r.len(), 1000);
    assert!(r.iter().all(|m| members.contains(m)));
    assert_eq!(r.iter().collect::<HashSet<_>>().len(), n);
    for count in [n, n + 10] {
        let r: Vec<String> = q(c, &["SRANDMEMBER", key, &count.to_string()]);
        assert_eq!(r.len(), n);
        assert_eq!(&r.into_iter().collect::<HashSet<_>>(), members);
    }
    for count in [n - 2, 2] {
        let mut union = HashSet::new();
        for _ in 0..100 {
            let r: Vec<String> = q(c, &["SRANDMEMBER", key, &count.to_string()]);
            assert_eq!(r.len(), count);
            assert_eq!(
                r.iter().collect::<HashSet<_>>().len(),
                count,
                "distinct members"
            );
            assert!(r.iter().all(|m| members.contains(m)));
            union.extend(r);
        }
        assert_eq!(union.len(), n, "every member shows up eventually");
    }
}

#[test]
fn srandmember_in_both_encodings() {
    let s = TestServer::start();
    let mut c = s.client();
    let members: Vec<String> = ints(0..10);
    fill_set(&mut c, "ints", &members);
    assert_eq!(encoding_of(&s, "ints"), Some("intset"));
    check_srandmember(&mut c, "ints", &members.iter().cloned().collect());
    let members: Vec<String> = (0..10).map(|i| format!("m{i}")).collect();
    fill_set(&mut c, "table", &members);
    check_srandmember(&mut c, "table", &members.iter().cloned().collect());
    let big: Vec<String> = (0..20_000).map(|i| format!("m{i}")).collect();
    fill_set(&mut c, "big", &big);
    assert_eq!(
        q::<Vec<String>>(&mut c, &["SRANDMEMBER", "big", "5"])
            .iter()
            .collect::<HashSet<_>>()
            .len(),
        5
    );
    assert_eq!(
        q::<Vec<String>>(&mut c, &["SRANDMEMBER", "big", "19000"])
            .iter()
            .collect::<HashSet<_>>()
            .len(),
        19000
    );
}

#[test]
fn spop_strategies_in_both_encodings() {
    let s = TestServer::start();
    let mut c = s.client();
    for members in [
        ints(1..21),
        (1..21).map(|i| format!("m{i}")).collect::<Vec<_>>(),
    ] {
        let all: HashSet<String> = members.iter().cloned().collect();
        // Few, many, then everything (the last pop deletes the key).
        for count in [2, 15, 3] {
            fill_set(&mut c, "s", &members);
            let popped: Vec<String> = q(&mut c, &["SPOP", "s", &count.to_string()]);
            assert_eq!(popped.len(), count);
            let rest: Vec<String> = q(&mut c, &["SMEMBERS", "s"]);
            assert_eq!(rest.len(), 20 - count);
            let union: HashSet<String> = popped.iter().chain(rest.iter()).cloned().collect();
            assert_eq!(union, all);
            let everything: Vec<String> = q(&mut c, &["SPOP", "s", "100"]);
            assert_eq!(everything.len(), 20 - count);
            assert_eq!(q::<i64>(&mut c, &["EXISTS", "s"]), 0);
        }
        fill_set(&mut c, "s", &members);
        let mut popped = HashSet::new();
        for _ in 0..20 {
            assert!(popped.insert(q::<String>(&mut c, &["SPOP", "s"])));
        }
        assert_eq!(popped, all);
        assert_eq!(q::<i64>(&mut c, &["EXISTS", "s"]), 0);
    }
}

#[test]
fn spop_keeps_the_ttl() {
    let s = TestServer::start();
    let mut c = s.client();
    fill_set(&mut c, "s", &ints(0..20));
    q::<i64>(&mut c, &["EXPIRE", "s", "1000"]);
    q::<Vec<String>>(&mut c, &["SPOP", "s", "18"]);
    assert!(pttl_of(&s, "s") > 900_000);
    // The STORE commands replace the destination, TTL included.
    q::<i64>(&mut c, &["SUNIONSTORE", "s", "s"]);
    assert_eq!(pttl_of(&s, "s"), -1);
}

#[test]
fn sintercard_key_positions() {
    let cmd = respite::commands::sets::COMMANDS
        .iter()
        .find(|c| c.name == "sintercard")
        .unwrap();
    let argv = |args: &[&str]| {
        args.iter()
            .map(|a| bytes::Bytes::copy_from_slice(a.as_bytes()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cmd.keys
            .positions(&argv(&["SINTERCARD", "2", "a", "b", "LIMIT", "1"])),
        vec![2, 3]
    );
    assert_eq!(
        cmd.keys.positions(&argv(&["SINTERCARD", "1", "a", "b"])),
        vec![2]
    );
    assert!(cmd
        .keys
        .positions(&argv(&["SINTERCARD", "3", "a", "b"]))
        .is_empty());
    assert!(cmd
        .keys
        .positions(&argv(&["SINTERCARD", "0", "a"]))
        .is_empty());
    assert!(cmd
        .keys
        .positions(&argv(&["SINTERCARD", "x", "a"]))
        .is_empty());
    assert!(cmd.movable_keys());
}

#[test]
fn keyspace_events() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut sub = keyevent_listener(&s);
    let script: &[(&[&str], &[&str])] = &[
        (&["SADD", "s", "1", "2"], &["sadd s"]),
        (&["SADD", "s", "1"], &[]),
        (&["SREM", "s", "9"], &[]),
        (&["SREM", "s", "1"], &["srem s"]),
        (&["SMOVE", "s", "d", "2"], &["srem s", "del s", "sadd d"]),
        (&["SADD", "s", "1", "2", "3"], &["sadd s"]),
        (&["SMOVE", "s", "d", "2"], &["srem s"]),
        (&["SMOVE", "s", "d", "9"], &[]),
        (&["SMOVE", "s", "s", "1"], &[]),
        (&["SREM", "s", "1", "3"], &["srem s", "del s"]),
        (&["SADD", "s", "1"], &["sadd s"]),
        (&["SPOP", "s"], &["spop s", "del s"]),
        (
            &[
                "SADD", "s", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
            ],
            &["sadd s"],
        ),
        (&["SPOP", "s", "2"], &["spop s"]),
        (&["SPOP", "s", "0"], &[]),
        (&["SPOP", "s", "100"], &["spop s", "del s"]),
        (&["SADD", "a", "1", "2"], &["sadd a"]),
        (&["SADD", "b", "2", "3"], &["sadd b"]),
        (&["SINTERSTORE", "dst", "a", "b"], &["sinterstore dst"]),
        (&["SINTERSTORE", "dst", "a", "nokey"], &["del dst"]),
        (&["SINTERSTORE", "dst", "a", "nokey"], &[]),
        (&["SUNIONSTORE", "dst", "a", "b"], &["sunionstore dst"]),
        (&["SDIFFSTORE", "dst", "a", "b"], &["sdiffstore dst"]),
        (&["SDIFFSTORE", "dst", "a", "a"], &["del dst"]),
        (&["SINTER", "a", "b"], &[]),
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
    q::<i64>(&mut c, &["SADD", "s", "1"]);
    let one: String = q(&mut c, &["SPOP", "s"]);
    assert_eq!(one, "1");
    fill_set(&mut c, "s", &ints(1..11));
    let _ = propagated_commands(&mut rx);
    // Several effects of one command replay atomically, wrapped in MULTI/EXEC as Redis 7.0 does.
    let wrapped = |popped: &[String]| {
        let mut want = vec!["MULTI".to_string()];
        want.extend(popped.iter().map(|m| format!("SREM s {m}")));
        want.push("EXEC".to_string());
        want
    };
    let popped: Vec<String> = q(&mut c, &["SPOP", "s", "3"]);
    let got = propagated_commands(&mut rx);
    assert_eq!(
        (got.first().cloned(), got.last().cloned()),
        (Some("MULTI".into()), Some("EXEC".into()))
    );
    assert_eq!(sorted(got), sorted(wrapped(&popped)));
    let popped: Vec<String> = q(&mut c, &["SPOP", "s", "6"]);
    assert_eq!(
        sorted(propagated_commands(&mut rx)),
        sorted(wrapped(&popped))
    );
    q::<Vec<String>>(&mut c, &["SPOP", "s", "0"]);
    q::<i64>(&mut c, &["SREM", "s", "nope"]);
    q::<i64>(&mut c, &["SADD", "t", "x"]);
    q::<i64>(&mut c, &["SADD", "t", "x"]);
    q::<Vec<String>>(&mut c, &["SPOP", "s", "10"]);
    q::<i64>(&mut c, &["SMOVE", "t", "u", "x"]);
    q::<i64>(&mut c, &["SINTERSTORE", "d", "u", "u"]);
    q::<i64>(&mut c, &["SINTERSTORE", "nothing", "nokey"]);
    assert_eq!(
        propagated_commands(&mut rx),
        vec!["SADD t x", "DEL s", "SMOVE t u x", "SINTERSTORE d u u"]
    );
}

/// Whether Redis stores `m` in an intset: the canonical text of a 64-bit integer.
fn is_int(m: &str) -> bool {
    respite::util::numbers::parse_i64(m.as_bytes()).is_some()
}

/// What the set commands should answer, kept in plain sets.
struct SetModel {
    sets: HashMap<String, HashSet<String>>,
    /// Keys whose set is a hash table (until the key goes away).
    tables: HashSet<String>,
    max_intset: usize,
}

impl SetModel {
    fn get(&self, key: &str) -> HashSet<String> {
        self.sets.get(key).cloned().unwrap_or_default()
    }

    /// SADD's effect: a new key starts as an intset when its first member is an integer.
    fn add(&mut self, key: &str, member: &str) -> bool {
        if !self.sets.contains_key(key) && !is_int(member) {
            self.tables.insert(key.to_string());
        }
        let set = self.sets.entry(key.to_string()).or_default();
        let added = set.insert(member.to_string());
        if added && (!is_int(member) || set.len() > self.max_intset) {
            self.tables.insert(key.to_string());
        }
        added
    }

    fn remove(&mut self, key: &str, member: &str) -> bool {
        let removed = self.sets.get_mut(key).is_some_and(|s| s.remove(member));
        if self.sets.get(key).is_some_and(|s| s.is_empty()) {
            self.delete(key);
        }
        removed
    }

    fn delete(&mut self, key: &str) {
        self.sets.remove(key);
        self.tables.remove(key);
    }

    /// Replaces `key` by a freshly built set (STORE results, SPOP's survivors).
    fn replace(&mut self, key: &str, members: HashSet<String>) {
        self.delete(key);
        if members.is_empty() {
            return;
        }
        if members.len() > self.max_intset || !members.iter().all(|m| is_int(m)) {
            self.tables.insert(key.to_string());
        }
        self.sets.insert(key.to_string(), members);
    }

    fn encoding(&self, key: &str) -> Option<&'static str> {
        self.sets.contains_key(key).then(|| {
            if self.tables.contains(key) {
                "hashtable"
            } else {
                "intset"
            }
        })
    }
}

fn model_run(seed: u64, max_intset: usize) {
    let s = TestServer::start();
    let mut c = s.client();
    q::<()>(
        &mut c,
        &[
            "CONFIG",
            "SET",
            "set-max-intset-entries",
            &max_intset.to_string(),
        ],
    );
    let mut m = SetModel {
        sets: HashMap::new(),
        tables: HashSet::new(),
        max_intset,
    };
    let mut rng = rand::rngs::SmallRng::seed_from_u64(seed);
    const KEYS: [&str; 4] = ["s0", "s1", "s2", "s3"];
    let member = |rng: &mut rand::rngs::SmallRng| match rng.gen_range(0..30) {
        0 => [
            "9223372036854775807",
            "-9223372036854775808",
            "05",
            "",
            "70000",
        ][rng.gen_range(0..5)]
        .to_string(),
        1..=5 => format!("m{}", rng.gen_range(0..8)),
        _ => rng.gen_range(-12..20).to_string(),
    };
    for step in 0..3000 {
        let key = KEYS[rng.gen_range(0..KEYS.len())];
        let ctx = format!("step {step} seed {seed}");
        match rng.gen_range(0..16) {
            0..=3 => {
                let members: Vec<String> =
                    (0..rng.gen_range(1..4)).map(|_| member(&mut rng)).collect();
                let added = members.iter().filter(|x| m.add(key, x)).count() as i64;
                let mut args = vec!["SADD".to_string(), key.to_string()];
                args.extend(members);
                assert_eq!(run::<i64>(&mut c, &args), added, "{ctx}");
            }
            4 | 5 => {
                let members: Vec<String> =
                    (0..rng.gen_range(1..4)).map(|_| member(&mut rng)).collect();
                let removed = members.iter().filter(|x| m.remove(key, x)).count() as i64;
                let mut args = vec!["SREM".to_string(), key.to_string()];
                args.extend(members);
                assert_eq!(run::<i64>(&mut c, &args), removed, "{ctx}");
            }
            6 => {
                let x = member(&mut rng);
                let y = member(&mut rng);
                assert_eq!(
                    q::<i64>(&mut c, &["SISMEMBER", key, &x]),
                    m.get(key).contains(&x) as i64,
                    "{ctx}"
                );
                let want: Vec<i64> = [&x, &y]
                    .iter()
                    .map(|v| m.get(key).contains(*v) as i64)
                    .collect();
                assert_eq!(
                    q::<Vec<i64>>(&mut c, &["SMISMEMBER", key, &x, &y]),
                    want,
                    "{ctx}"
                );
                assert_eq!(
                    q::<i64>(&mut c, &["SCARD", key]),
                    m.get(key).len() as i64,
                    "{ctx}"
                );
            }
            7 => {
                let got: HashSet<String> = q(&mut c, &["SMEMBERS", key]);
                assert_eq!(got, m.get(key), "{ctx}");
            }
            8 => {
                if rng.gen_bool(0.3) {
                    let got: Option<String> = q(&mut c, &["SPOP", key]);
                    match got {
                        None => assert!(!m.sets.contains_key(key), "{ctx}"),
                        Some(x) => assert!(m.remove(key, &x), "{ctx}: popped {x}"),
                    }
                } else {
                    let count = rng.gen_range(0..12usize);
                    let got: Vec<String> = q(&mut c, &["SPOP", key, &count.to_string()]);
                    let before = m.get(key);
                    let size = before.len();
                    assert_eq!(got.len(), count.min(size), "{ctx}");
                    assert_eq!(got.iter().collect::<HashSet<_>>().len(), got.len(), "{ctx}");
                    let rest: HashSet<String> = before
                        .iter()
                        .filter(|x| !got.contains(x))
                        .cloned()
                        .collect();
                    assert_eq!(
                        rest.len(),
                        size - got.len(),
                        "{ctx}: popped members belong to the set"
                    );
                    if count > 0 && count < size && (size - count) * 5 <= count {
                        m.replace(key, rest); // survivors moved to a new set
                    } else {
                        got.iter().for_each(|x| {
                            m.remove(key, x);
                        });
                    }
                }
            }
            9 => {
                let count: i64 = rng.gen_range(-15..15);
                let got: Vec<String> = q(&mut c, &["SRANDMEMBER", key, &count.to_string()]);
                let set = m.get(key);
                let want_len = if set.is_empty() {
                    0
                } else if count < 0 {
                    -count as usize
                } else {
                    (count as usize).min(set.len())
                };
                assert_eq!(got.len(), want_len, "{ctx}");
                assert!(got.iter().all(|x| set.contains(x)), "{ctx}");
                if count > 0 {
                    assert_eq!(got.iter().collect::<HashSet<_>>().len(), want_len, "{ctx}");
                }
            }
            10 => {
                let dst = KEYS[rng.gen_range(0..KEYS.len())];
                let x = member(&mut rng);
                let want = if !m.get(key).contains(&x) {
                    0
                } else if key == dst {
                    1
                } else {
                    m.remove(key, &x);
                    m.add(dst, &x);
                    1
                };
                assert_eq!(q::<i64>(&mut c, &["SMOVE", key, dst, &x]), want, "{ctx}");
            }
            11..=13 => {
                let keys: Vec<&str> = (0..rng.gen_range(1..4))
                    .map(|_| KEYS[rng.gen_range(0..KEYS.len())])
                    .collect();
                let sets: Vec<HashSet<String>> = keys.iter().map(|k| m.get(k)).collect();
                let (name, result): (&str, HashSet<String>) = match rng.gen_range(0..3) {
                    0 => (
                        "SINTER",
                        sets.iter().skip(1).fold(sets[0].clone(), |acc, s| {
                            acc.intersection(s).cloned().collect()
                        }),
                    ),
                    1 => ("SUNION", sets.iter().flatten().cloned().collect()),
                    _ => (
                        "SDIFF",
                        sets.iter().skip(1).fold(sets[0].clone(), |acc, s| {
                            acc.difference(s).cloned().collect()
                        }),
                    ),
                };
                match rng.gen_range(0..3) {
                    0 => {
                        let mut args = vec![name.to_string()];
                        args.extend(keys.iter().map(|k| k.to_string()));
                        assert_eq!(
                            run::<HashSet<String>>(&mut c, &args),
                            result,
                            "{ctx} {args:?}"
                        );
                    }
                    1 => {
                        let mut args = vec![format!("{name}STORE"), key.to_string()];
                        args.extend(keys.iter().map(|k| k.to_string()));
                        assert_eq!(
                            run::<i64>(&mut c, &args),
                            result.len() as i64,
                            "{ctx} {args:?}"
                        );
                        m.replace(key, result);
                    }
                    _ if name == "SINTER" => {
                        let mut args = vec!["SINTERCARD".to_string(), keys.len().to_string()];
                        args.extend(keys.iter().map(|k| k.to_string()));
                        let limit = rng.gen_range(0..6);
                        let mut want = result.len();
                        if rng.gen_bool(0.5) {
                            args.extend(["LIMIT".to_string(), limit.to_string()]);
                            if limit > 0 {
                                want = want.min(limit);
                            }
                        }
                        assert_eq!(run::<i64>(&mut c, &args), want as i64, "{ctx} {args:?}");
                    }
                    _ => {}
                }
            }
            14 => {
                let count = rng.gen_range(1..10).to_string();
                let (seen, _) = full_sscan(&mut c, key, &["COUNT", &count]);
                assert_eq!(
                    seen.iter().cloned().collect::<HashSet<_>>(),
                    m.get(key),
                    "{ctx}"
                );
            }
            _ => {
                assert_eq!(
                    q::<i64>(&mut c, &["EXISTS", key]),
                    m.sets.contains_key(key) as i64,
                    "{ctx}"
                );
            }
        }
        for key in KEYS {
            assert_eq!(
                encoding_of(&s, key),
                m.encoding(key),
                "{ctx}: encoding of {key}"
            );
        }
    }
    let sizes: BTreeSet<usize> = m.sets.values().map(|s| s.len()).collect();
    assert!(!sizes.is_empty(), "the run ends with some sets");
}

#[test]
fn randomized_ops_match_a_model() {
    model_run(1, 512);
    model_run(2, 6);
    model_run(3, 0);
}
