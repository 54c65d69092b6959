//! SORT and SORT_RO. Every expected reply is the exact RESP that redis-server 7.0.15 sent for
//! the same data and command (captured with a raw connection).

mod common;
use common::*;

/// Runs setup commands (redis-cli style lines), each of which must succeed.
fn setup(r: &mut Raw, lines: &[&str]) {
    for line in lines {
        let reply = send_line(r, line);
        assert!(!reply.starts_with(b"-"), "{line}: {}", escape(&reply));
    }
}

/// Runs each command and compares its raw reply with Redis's.
fn check(r: &mut Raw, script: &[(&str, &[u8])]) {
    for (line, expected) in script {
        assert_eq!(
            escape(&send_line(r, line)),
            escape(expected),
            "reply to {line}"
        );
    }
}

fn send_line(r: &mut Raw, line: &str) -> Vec<u8> {
    let args = respite::util::splitargs::split_args(line.as_bytes()).expect("balanced quotes");
    let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
    r.send_cmd(&refs);
    r.read_reply()
}

/// Without options elements sort as numbers, ties by their bytes; DESC reverses.
#[test]
fn numbers_by_default() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(&mut r, &["RPUSH l 3 1 2 10 -5 2.5 1e1 010"]);
    check(
        &mut r,
        &[
            ("SORT l", b"*8\r\n$2\r\n-5\r\n$1\r\n1\r\n$1\r\n2\r\n$3\r\n2.5\r\n$1\r\n3\r\n$3\r\n010\r\n$2\r\n10\r\n$3\r\n1e1\r\n"),
            ("SORT l DESC", b"*8\r\n$3\r\n1e1\r\n$2\r\n10\r\n$3\r\n010\r\n$1\r\n3\r\n$3\r\n2.5\r\n$1\r\n2\r\n$1\r\n1\r\n$2\r\n-5\r\n"),
            ("SORT l ASC", b"*8\r\n$2\r\n-5\r\n$1\r\n1\r\n$1\r\n2\r\n$3\r\n2.5\r\n$1\r\n3\r\n$3\r\n010\r\n$2\r\n10\r\n$3\r\n1e1\r\n"),
            ("SORT l desc asc", b"*8\r\n$2\r\n-5\r\n$1\r\n1\r\n$1\r\n2\r\n$3\r\n2.5\r\n$1\r\n3\r\n$3\r\n010\r\n$2\r\n10\r\n$3\r\n1e1\r\n"),
            ("SORT l ASC DESC", b"*8\r\n$3\r\n1e1\r\n$2\r\n10\r\n$3\r\n010\r\n$1\r\n3\r\n$3\r\n2.5\r\n$1\r\n2\r\n$1\r\n1\r\n$2\r\n-5\r\n"),
            ("SORT_RO l", b"*8\r\n$2\r\n-5\r\n$1\r\n1\r\n$1\r\n2\r\n$3\r\n2.5\r\n$1\r\n3\r\n$3\r\n010\r\n$2\r\n10\r\n$3\r\n1e1\r\n"),
            ("SORT_RO l DESC", b"*8\r\n$3\r\n1e1\r\n$2\r\n10\r\n$3\r\n010\r\n$1\r\n3\r\n$3\r\n2.5\r\n$1\r\n2\r\n$1\r\n1\r\n$2\r\n-5\r\n"),
        ],
    );
}

/// LIMIT offset count, clamped the way Redis clamps it (negative offset = 0, negative count =
/// all, past the end = empty).
#[test]
fn limit_window() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(&mut r, &["RPUSH l 5 3 1 4 2"]);
    check(
        &mut r,
        &[
            ("SORT l LIMIT 0 2", b"*2\r\n$1\r\n1\r\n$1\r\n2\r\n"),
            (
                "SORT l LIMIT 1 3",
                b"*3\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n",
            ),
            ("SORT l LIMIT 3 10", b"*2\r\n$1\r\n4\r\n$1\r\n5\r\n"),
            ("SORT l LIMIT 0 0", b"*0\r\n"),
            ("SORT l LIMIT -1 2", b"*2\r\n$1\r\n1\r\n$1\r\n2\r\n"),
            (
                "SORT l LIMIT 2 -1",
                b"*3\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            (
                "SORT l LIMIT -5 -5",
                b"*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            ("SORT l LIMIT 4 1", b"*1\r\n$1\r\n5\r\n"),
            ("SORT l LIMIT 5 1", b"*0\r\n"),
            ("SORT l LIMIT 100 100", b"*0\r\n"),
            ("SORT l DESC LIMIT 0 2", b"*2\r\n$1\r\n5\r\n$1\r\n4\r\n"),
            ("SORT l LIMIT 1 2 DESC", b"*2\r\n$1\r\n4\r\n$1\r\n3\r\n"),
            ("SORT l LIMIT 0 1 LIMIT 3 1", b"*1\r\n$1\r\n4\r\n"),
            (
                "SORT l LIMIT 2 9223372036854775807",
                b"*3\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            ("SORT l LIMIT 9223372036854775807 2", b"*0\r\n"),
            ("SORT l LIMIT -9223372036854775808 1", b"*1\r\n$1\r\n1\r\n"),
            ("SORT missing LIMIT 0 10", b"*0\r\n"),
            ("SORT missing", b"*0\r\n"),
        ],
    );
}

/// Numbers are read with C strtod over the whole value: leading blanks, hex, inf and an empty
/// string (0) are fine; trailing bytes and NaN are not.
#[test]
fn numeric_parsing_is_strtod() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(
        &mut r,
        &[
            "RPUSH n \" 5\" 0x10 \"\" inf -inf +3 .5 -0 0 1e-3 \"2\\x00junk\"",
            "RPUSH trailing 1 \"5 \"",
            "RPUSH word 1 abc",
            "RPUSH nan 1 nan",
            "RPUSH blank 1 \" \"",
        ],
    );
    check(
        &mut r,
        &[
            ("SORT n", b"*11\r\n$4\r\n-inf\r\n$0\r\n\r\n$2\r\n-0\r\n$1\r\n0\r\n$4\r\n1e-3\r\n$2\r\n.5\r\n$6\r\n2\x00junk\r\n$2\r\n+3\r\n$2\r\n 5\r\n$4\r\n0x10\r\n$3\r\ninf\r\n"),
            ("SORT n DESC", b"*11\r\n$3\r\ninf\r\n$4\r\n0x10\r\n$2\r\n 5\r\n$2\r\n+3\r\n$6\r\n2\x00junk\r\n$2\r\n.5\r\n$4\r\n1e-3\r\n$1\r\n0\r\n$2\r\n-0\r\n$0\r\n\r\n$4\r\n-inf\r\n"),
            ("SORT trailing", b"-ERR One or more scores can't be converted into double\r\n"),
            ("SORT word", b"-ERR One or more scores can't be converted into double\r\n"),
            ("SORT nan", b"-ERR One or more scores can't be converted into double\r\n"),
            ("SORT blank", b"-ERR One or more scores can't be converted into double\r\n"),
            ("SORT word ALPHA", b"*2\r\n$1\r\n1\r\n$3\r\nabc\r\n"),
            ("SORT word LIMIT 0 0", b"-ERR One or more scores can't be converted into double\r\n"),
            ("SORT word BY nosort", b"*2\r\n$1\r\n1\r\n$3\r\nabc\r\n"),
        ],
    );
}

/// ALPHA compares bytes (C locale strcoll); it also applies to integers.
#[test]
fn alpha() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(
        &mut r,
        &[
            "RPUSH a b B a 10 2 aa \"\" é Z",
            "RPUSH mylist 2",
            "LPUSH mylist 1 3 10",
        ],
    );
    check(
        &mut r,
        &[
            ("SORT a ALPHA", b"*9\r\n$0\r\n\r\n$2\r\n10\r\n$1\r\n2\r\n$1\r\nB\r\n$1\r\nZ\r\n$1\r\na\r\n$2\r\naa\r\n$1\r\nb\r\n$2\r\n\xc3\xa9\r\n"),
            ("SORT a ALPHA DESC", b"*9\r\n$2\r\n\xc3\xa9\r\n$1\r\nb\r\n$2\r\naa\r\n$1\r\na\r\n$1\r\nZ\r\n$1\r\nB\r\n$1\r\n2\r\n$2\r\n10\r\n$0\r\n\r\n"),
            ("SORT a alpha LIMIT 1 3", b"*3\r\n$2\r\n10\r\n$1\r\n2\r\n$1\r\nB\r\n"),
            ("SORT a DESC ALPHA LIMIT 0 3", b"*3\r\n$2\r\n\xc3\xa9\r\n$1\r\nb\r\n$2\r\naa\r\n"),
            ("SORT mylist ALPHA", b"*4\r\n$1\r\n1\r\n$2\r\n10\r\n$1\r\n2\r\n$1\r\n3\r\n"),
            ("SORT mylist", b"*4\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$2\r\n10\r\n"),
            ("SORT_RO a ALPHA", b"*9\r\n$0\r\n\r\n$2\r\n10\r\n$1\r\n2\r\n$1\r\nB\r\n$1\r\nZ\r\n$1\r\na\r\n$2\r\naa\r\n$1\r\nb\r\n$2\r\n\xc3\xa9\r\n"),
        ],
    );
}

/// BY w_*: each element sorts by the string at w_<element>; a missing key counts as 0, ties
/// by the element.
#[test]
fn by_string_keys() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(
        &mut r,
        &[
            "RPUSH l 1 2 3 4 5",
            "SET w_1 40",
            "SET w_2 10",
            "SET w_3 30",
            "SET w_5 10",
            "SET n_1 b",
            "SET n_2 a",
            "SET n_3 c",
            "RPUSH w_4 notastring",
            "SET x_1 oops",
            "SET x_2 1",
        ],
    );
    check(
        &mut r,
        &[
            (
                "SORT l BY w_*",
                b"*5\r\n$1\r\n4\r\n$1\r\n2\r\n$1\r\n5\r\n$1\r\n3\r\n$1\r\n1\r\n",
            ),
            (
                "SORT l BY w_* DESC",
                b"*5\r\n$1\r\n1\r\n$1\r\n3\r\n$1\r\n5\r\n$1\r\n2\r\n$1\r\n4\r\n",
            ),
            ("SORT l BY w_* LIMIT 1 2", b"*2\r\n$1\r\n2\r\n$1\r\n5\r\n"),
            (
                "SORT l BY w_* DESC LIMIT 0 3",
                b"*3\r\n$1\r\n1\r\n$1\r\n3\r\n$1\r\n5\r\n",
            ),
            (
                "SORT l BY n_* ALPHA",
                b"*5\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n2\r\n$1\r\n1\r\n$1\r\n3\r\n",
            ),
            (
                "SORT l BY n_* ALPHA DESC",
                b"*5\r\n$1\r\n3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            (
                "SORT l BY n_* ALPHA LIMIT 0 2",
                b"*2\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            (
                "SORT l BY missing_*",
                b"*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            (
                "SORT l BY missing_* DESC",
                b"*5\r\n$1\r\n5\r\n$1\r\n4\r\n$1\r\n3\r\n$1\r\n2\r\n$1\r\n1\r\n",
            ),
            (
                "SORT l BY x_*",
                b"-ERR One or more scores can't be converted into double\r\n",
            ),
            (
                "SORT l BY *_w",
                b"*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            (
                "SORT l BY w_* BY n_* ALPHA",
                b"*5\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n2\r\n$1\r\n1\r\n$1\r\n3\r\n",
            ),
            (
                "SORT l BY nosort BY w_*",
                b"*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            (
                "SORT l BY w_* BY nosort",
                b"*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n",
            ),
            (
                "SORT_RO l BY w_*",
                b"*5\r\n$1\r\n4\r\n$1\r\n2\r\n$1\r\n5\r\n$1\r\n3\r\n$1\r\n1\r\n",
            ),
        ],
    );
}

/// BY h_*->f reads hash field f of h_<element>; missing keys, missing fields and keys that are
/// not hashes count as missing. A pattern ending in "->" names a string key.
#[test]
fn by_hash_fields() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(
        &mut r,
        &[
            "RPUSH l a b c d",
            "HSET h_a f 3 g z",
            "HSET h_b f 1",
            "HSET h_c g 9",
            "SET h_d 5",
            "SET k_a-> 2",
            "SET k_b-> 1",
            "HSET x_a f->g 1 f 9",
            "HSET x_b f->g 0 f 8",
        ],
    );
    check(
        &mut r,
        &[
            (
                "SORT l BY h_*->f",
                b"*4\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\nb\r\n$1\r\na\r\n",
            ),
            (
                "SORT l BY h_*->f DESC",
                b"*4\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nd\r\n$1\r\nc\r\n",
            ),
            (
                "SORT l BY h_*->g ALPHA",
                b"*4\r\n$1\r\nb\r\n$1\r\nd\r\n$1\r\nc\r\n$1\r\na\r\n",
            ),
            (
                "SORT l BY h_*->nope",
                b"*4\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n",
            ),
            (
                "SORT l BY k_*->",
                b"*4\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\nb\r\n$1\r\na\r\n",
            ),
            (
                "SORT l BY x_*->f->g",
                b"*4\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\na\r\n",
            ),
            (
                "SORT l BY h_*->f LIMIT 1 2",
                b"*2\r\n$1\r\nd\r\n$1\r\nb\r\n",
            ),
            (
                "SORT l BY *->f",
                b"*4\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n",
            ),
        ],
    );
}

/// A BY pattern without * (conventionally "nosort") skips sorting: lists and sorted sets keep
/// their order (DESC reverses it), LIMIT picks from that order.
#[test]
fn by_constant_keeps_native_order() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(
        &mut r,
        &[
            "RPUSH testa 2 1 4 3 5",
            "ZADD zset 1 a 5 b 2 c 10 d 3 e",
            "SADD ints 5 3 9 1",
        ],
    );
    check(
        &mut r,
        &[
            (
                "SORT testa BY nosort",
                b"*5\r\n$1\r\n2\r\n$1\r\n1\r\n$1\r\n4\r\n$1\r\n3\r\n$1\r\n5\r\n",
            ),
            (
                "SORT testa BY nosort DESC",
                b"*5\r\n$1\r\n5\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n1\r\n$1\r\n2\r\n",
            ),
            (
                "SORT testa BY nosort LIMIT 1 2",
                b"*2\r\n$1\r\n1\r\n$1\r\n4\r\n",
            ),
            (
                "SORT testa BY nosort DESC LIMIT 1 2",
                b"*2\r\n$1\r\n3\r\n$1\r\n4\r\n",
            ),
            ("SORT testa BY nosort LIMIT 5 1", b"*0\r\n"),
            (
                "SORT testa BY # ",
                b"*5\r\n$1\r\n2\r\n$1\r\n1\r\n$1\r\n4\r\n$1\r\n3\r\n$1\r\n5\r\n",
            ),
            (
                "SORT zset BY nosort",
                b"*5\r\n$1\r\na\r\n$1\r\nc\r\n$1\r\ne\r\n$1\r\nb\r\n$1\r\nd\r\n",
            ),
            (
                "SORT zset BY nosort DESC",
                b"*5\r\n$1\r\nd\r\n$1\r\nb\r\n$1\r\ne\r\n$1\r\nc\r\n$1\r\na\r\n",
            ),
            ("SORT zset BY nosort ASC LIMIT 0 1", b"*1\r\n$1\r\na\r\n"),
            ("SORT zset BY nosort DESC LIMIT 0 1", b"*1\r\n$1\r\nd\r\n"),
            (
                "SORT zset BY nosort ASC LIMIT 0 2",
                b"*2\r\n$1\r\na\r\n$1\r\nc\r\n",
            ),
            (
                "SORT zset BY nosort DESC LIMIT 0 2",
                b"*2\r\n$1\r\nd\r\n$1\r\nb\r\n",
            ),
            ("SORT zset BY nosort LIMIT 5 10", b"*0\r\n"),
            (
                "SORT zset BY nosort LIMIT -10 100",
                b"*5\r\n$1\r\na\r\n$1\r\nc\r\n$1\r\ne\r\n$1\r\nb\r\n$1\r\nd\r\n",
            ),
            (
                "SORT zset BY nosort DESC LIMIT 3 5",
                b"*2\r\n$1\r\nc\r\n$1\r\na\r\n",
            ),
            (
                "SORT ints BY nosort",
                b"*4\r\n$1\r\n1\r\n$1\r\n3\r\n$1\r\n5\r\n$1\r\n9\r\n",
            ),
            (
                "SORT ints BY nosort LIMIT 1 2",
                b"*2\r\n$1\r\n3\r\n$1\r\n5\r\n",
            ),
            (
                "SORT ints BY nosort ALPHA",
                b"*4\r\n$1\r\n1\r\n$1\r\n3\r\n$1\r\n5\r\n$1\r\n9\r\n",
            ),
            (
                "SORT testa BY nosort ALPHA DESC",
                b"*5\r\n$1\r\n5\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n1\r\n$1\r\n2\r\n",
            ),
        ],
    );
}

/// GET # is the element, GET w_* / h_*->f fetch per element (nil when missing or of another
/// type); a pattern without * fetches nothing. Several GETs give one row per element.
#[test]
fn get_patterns() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(
        &mut r,
        &[
            "RPUSH l 3 1 2",
            "SET w_1 one",
            "SET w_3 three",
            "HSET h_1 f uno",
            "HSET h_2 f dos",
            "SET foo bar",
            "RPUSH w_2 list",
        ],
    );
    check(
        &mut r,
        &[
            ("SORT l GET #", b"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"),
            ("SORT l GET w_*", b"*3\r\n$3\r\none\r\n$-1\r\n$5\r\nthree\r\n"),
            ("SORT l GET # GET w_* GET h_*->f", b"*9\r\n$1\r\n1\r\n$3\r\none\r\n$3\r\nuno\r\n$1\r\n2\r\n$-1\r\n$3\r\ndos\r\n$1\r\n3\r\n$5\r\nthree\r\n$-1\r\n"),
            ("SORT l GET foo", b"*3\r\n$-1\r\n$-1\r\n$-1\r\n"),
            ("SORT l GET #x", b"*3\r\n$-1\r\n$-1\r\n$-1\r\n"),
            ("SORT l GET h_*->missing", b"*3\r\n$-1\r\n$-1\r\n$-1\r\n"),
            ("SORT l GET w_*->f", b"*3\r\n$-1\r\n$-1\r\n$-1\r\n"),
            ("SORT l DESC LIMIT 0 2 GET # GET w_*", b"*4\r\n$1\r\n3\r\n$5\r\nthree\r\n$1\r\n2\r\n$-1\r\n"),
            ("SORT l BY w_* ALPHA GET #", b"*3\r\n$1\r\n2\r\n$1\r\n1\r\n$1\r\n3\r\n"),
            ("SORT l BY nosort GET w_* DESC", b"*3\r\n$-1\r\n$3\r\none\r\n$5\r\nthree\r\n"),
            ("SORT_RO l GET # GET h_*->f", b"*6\r\n$1\r\n1\r\n$3\r\nuno\r\n$1\r\n2\r\n$3\r\ndos\r\n$1\r\n3\r\n$-1\r\n"),
            ("SORT l GET *", b"*3\r\n$-1\r\n$-1\r\n$-1\r\n"),
            ("SORT l GET", b"-ERR syntax error\r\n"),
        ],
    );
}

/// STORE saves the result as a list (replacing any value and its TTL) and answers its length;
/// an empty result deletes the destination.
#[test]
fn store_writes_a_list() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(
        &mut r,
        &[
            "RPUSH l 3 1 2",
            "SET w_1 one",
            "SET dst old",
            "EXPIRE dst 1000",
            "SET other x",
            "SADD myset b a c",
        ],
    );
    check(
        &mut r,
        &[
            ("SORT l STORE dst", b":3\r\n"),
            ("TYPE dst", b"+list\r\n"),
            ("TTL dst", b":-1\r\n"),
            (
                "LRANGE dst 0 -1",
                b"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n",
            ),
            ("SORT l DESC LIMIT 0 2 STORE dst", b":2\r\n"),
            ("LRANGE dst 0 -1", b"*2\r\n$1\r\n3\r\n$1\r\n2\r\n"),
            ("SORT l GET # GET w_* STORE dst", b":6\r\n"),
            (
                "LRANGE dst 0 -1",
                b"*6\r\n$1\r\n1\r\n$3\r\none\r\n$1\r\n2\r\n$0\r\n\r\n$1\r\n3\r\n$0\r\n\r\n",
            ),
            ("SORT l STORE a STORE b", b":3\r\n"),
            ("EXISTS a", b":0\r\n"),
            ("LRANGE b 0 -1", b"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"),
            ("SORT l LIMIT 10 10 STORE other", b":0\r\n"),
            ("EXISTS other", b":0\r\n"),
            ("SORT missing STORE dst", b":0\r\n"),
            ("EXISTS dst", b":0\r\n"),
            ("SORT missing STORE dst", b":0\r\n"),
            ("SORT myset BY nosort STORE dst", b":3\r\n"),
            (
                "LRANGE dst 0 -1",
                b"*3\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n",
            ),
            ("SORT myset BY nosort DESC STORE dst", b":3\r\n"),
            (
                "LRANGE dst 0 -1",
                b"*3\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n",
            ),
            ("SORT l STORE l", b":3\r\n"),
            ("LRANGE l 0 -1", b"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"),
            ("SORT_RO l STORE dst", b"-ERR syntax error\r\n"),
            ("SORT l STORE", b"-ERR syntax error\r\n"),
            ("SORT l ALPHA STORE dst", b":3\r\n"),
            (
                "LRANGE dst 0 -1",
                b"*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n",
            ),
        ],
    );
}

/// Sets and sorted sets sort by their members like lists do.
#[test]
fn sets_and_sorted_sets() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(
        &mut r,
        &[
            "SADD ints 5 3 9 1 -2",
            "SADD words pear apple fig",
            "ZADD z 1 c 2 b 3 a 0 10 0 9",
            "SADD mixed 1 b 2 a",
        ],
    );
    check(
        &mut r,
        &[
            (
                "SORT ints",
                b"*5\r\n$2\r\n-2\r\n$1\r\n1\r\n$1\r\n3\r\n$1\r\n5\r\n$1\r\n9\r\n",
            ),
            (
                "SORT ints DESC",
                b"*5\r\n$1\r\n9\r\n$1\r\n5\r\n$1\r\n3\r\n$1\r\n1\r\n$2\r\n-2\r\n",
            ),
            ("SORT ints LIMIT 1 2", b"*2\r\n$1\r\n1\r\n$1\r\n3\r\n"),
            (
                "SORT words ALPHA",
                b"*3\r\n$5\r\napple\r\n$3\r\nfig\r\n$4\r\npear\r\n",
            ),
            (
                "SORT words ALPHA DESC",
                b"*3\r\n$4\r\npear\r\n$3\r\nfig\r\n$5\r\napple\r\n",
            ),
            (
                "SORT words",
                b"-ERR One or more scores can't be converted into double\r\n",
            ),
            (
                "SORT z ALPHA",
                b"*5\r\n$2\r\n10\r\n$1\r\n9\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n",
            ),
            (
                "SORT z ALPHA DESC",
                b"*5\r\n$1\r\nc\r\n$1\r\nb\r\n$1\r\na\r\n$1\r\n9\r\n$2\r\n10\r\n",
            ),
            (
                "SORT z",
                b"-ERR One or more scores can't be converted into double\r\n",
            ),
            (
                "SORT mixed",
                b"-ERR One or more scores can't be converted into double\r\n",
            ),
            (
                "SORT mixed ALPHA",
                b"*4\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\na\r\n$1\r\nb\r\n",
            ),
            (
                "SORT z BY nosort LIMIT 1 3",
                b"*3\r\n$1\r\n9\r\n$1\r\nc\r\n$1\r\nb\r\n",
            ),
            (
                "SORT_RO ints DESC LIMIT 0 2",
                b"*2\r\n$1\r\n9\r\n$1\r\n5\r\n",
            ),
        ],
    );
}

/// Options are parsed before the key is looked up; LIMIT needs two integers.
#[test]
fn errors() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(&mut r, &["SET str x", "HSET hash f v", "RPUSH l 1 2"]);
    check(
        &mut r,
        &[
            (
                "SORT str",
                b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n",
            ),
            (
                "SORT hash",
                b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n",
            ),
            (
                "SORT_RO str",
                b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n",
            ),
            ("SORT str FOO", b"-ERR syntax error\r\n"),
            ("SORT l FOO", b"-ERR syntax error\r\n"),
            ("SORT l LIMIT 1", b"-ERR syntax error\r\n"),
            ("SORT l LIMIT", b"-ERR syntax error\r\n"),
            (
                "SORT l LIMIT a 1",
                b"-ERR value is not an integer or out of range\r\n",
            ),
            (
                "SORT l LIMIT 1 b",
                b"-ERR value is not an integer or out of range\r\n",
            ),
            (
                "SORT l LIMIT 1.5 2",
                b"-ERR value is not an integer or out of range\r\n",
            ),
            ("SORT l BY", b"-ERR syntax error\r\n"),
            ("SORT l GET", b"-ERR syntax error\r\n"),
            ("SORT l STORE", b"-ERR syntax error\r\n"),
            ("SORT l ASC DESC ALPHA BAD", b"-ERR syntax error\r\n"),
            ("SORT_RO l STORE dst", b"-ERR syntax error\r\n"),
            (
                "SORT",
                b"-ERR wrong number of arguments for 'sort' command\r\n",
            ),
            (
                "SORT_RO",
                b"-ERR wrong number of arguments for 'sort_ro' command\r\n",
            ),
            ("SORT missing FOO", b"-ERR syntax error\r\n"),
            (
                "SORT str LIMIT a b",
                b"-ERR value is not an integer or out of range\r\n",
            ),
            (
                "SORT str BY nosort STORE dst",
                b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n",
            ),
            ("EXISTS dst", b":0\r\n"),
        ],
    );
}

/// COMMAND GETKEYS finds the sorted key and the last STORE destination; SORT_RO has one key.
#[test]
fn key_extraction() {
    let s = TestServer::start();
    let mut r = s.raw();
    check(
        &mut r,
        &[
            (
                "COMMAND GETKEYS SORT abc STORE def",
                b"*2\r\n$3\r\nabc\r\n$3\r\ndef\r\n",
            ),
            (
                "COMMAND GETKEYS SORT abc store invalid store stillbad store def",
                b"*2\r\n$3\r\nabc\r\n$3\r\ndef\r\n",
            ),
            (
                "COMMAND GETKEYS SORT abc LIMIT store store",
                b"*1\r\n$3\r\nabc\r\n",
            ),
            (
                "COMMAND GETKEYS SORT abc GET store BY store",
                b"*1\r\n$3\r\nabc\r\n",
            ),
            ("COMMAND GETKEYS SORT abc STORE", b"*1\r\n$3\r\nabc\r\n"),
            ("COMMAND GETKEYS SORT_RO abc", b"*1\r\n$3\r\nabc\r\n"),
            (
                "COMMAND GETKEYS SORT_RO abc STORE def",
                b"*1\r\n$3\r\nabc\r\n",
            ),
        ],
    );
}

/// Equal sort keys under BY ... LIMIT come out in the order Redis's partial quicksort leaves
/// them (here every key is missing, so all compare equal).
#[test]
fn ties_under_by_and_limit_follow_redis() {
    let s = TestServer::start();
    let mut r = s.raw();
    let mut push = vec!["RPUSH".to_string(), "x".to_string()];
    push.extend((0..100).map(|i| i.to_string()));
    r.cmd(&push.iter().map(|a| a.as_str()).collect::<Vec<_>>());
    check(
        &mut r,
        &[
            (
                "SORT x BY nosuch_* ALPHA LIMIT 0 5",
                b"*5\r\n$2\r\n99\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n",
            ),
            (
                "SORT x BY nosuch_* ALPHA LIMIT 95 5",
                b"*5\r\n$2\r\n95\r\n$2\r\n96\r\n$2\r\n97\r\n$2\r\n98\r\n$1\r\n0\r\n",
            ),
            (
                "SORT x BY nosuch_* ALPHA DESC LIMIT 3 4",
                b"*4\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n$1\r\n6\r\n",
            ),
            // DESC negates comparisons, and equal stays equal: the same order as ASC.
            (
                "SORT x BY nosuch_* ALPHA LIMIT 0 3 DESC",
                b"*3\r\n$2\r\n99\r\n$1\r\n1\r\n$1\r\n2\r\n",
            ),
        ],
    );
    // Without LIMIT the whole vector is sorted stably: input order.
    let all = send_line(&mut r, "SORT x BY nosuch_* ALPHA");
    let mut expected = b"*100\r\n".to_vec();
    for i in 0..100 {
        expected.extend_from_slice(format!("${}\r\n{i}\r\n", i.to_string().len()).as_bytes());
    }
    assert_eq!(escape(&all), escape(&expected));
}

/// A missing GET value is nil in RESP3 too.
#[test]
fn resp3_nulls() {
    let s = TestServer::start();
    let mut r = s.raw();
    setup(&mut r, &["RPUSH l 2 1", "SET w_1 x"]);
    send_line(&mut r, "HELLO 3");
    check(
        &mut r,
        &[(
            "SORT l GET w_* GET #",
            b"*4\r\n$1\r\nx\r\n$1\r\n1\r\n_\r\n$1\r\n2\r\n",
        )],
    );
}

/// Keyspace events, the dirty counter and the replication stream as redis-server 7.0.15
/// produced them: a stored result is "sortstore" (one change per stored element), an empty
/// result deletes the destination ("del", one change), and only writes are propagated.
#[test]
fn store_events_dirty_and_propagation_match_redis() {
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let mut sub = s.raw();
    assert_eq!(
        sub.cmd(&["CONFIG", "SET", "notify-keyspace-events", "KEA"]),
        "+OK\r\n"
    );
    sub.cmd(&["PSUBSCRIBE", "__keyevent@0__:*"]);
    let dirty = || {
        s.handle
            .server
            .dirty
            .load(std::sync::atomic::Ordering::Relaxed)
    };
    let mut r = s.raw();
    r.cmd(&["RPUSH", "l", "3", "1", "2"]);
    let script = [
        "SORT l",
        "SORT l STORE dst",
        "SORT l LIMIT 0 1 STORE dst",
        "SORT l LIMIT 5 1 STORE dst",
        "SORT l LIMIT 5 1 STORE dst",
        "SORT l GET # GET nokey STORE dst",
        "SORT_RO l",
        "SORT l BY nokey_* STORE dst",
    ];
    let mut changes = Vec::new();
    for cmd in script {
        let before = dirty();
        send_line(&mut r, cmd);
        changes.push(dirty() - before);
    }
    assert_eq!(changes, [0, 3, 1, 1, 0, 6, 0, 3]);
    for want in [
        "rpush l",
        "sortstore dst",
        "sortstore dst",
        "del dst",
        "sortstore dst",
        "sortstore dst",
    ] {
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
    let mut stream = Vec::new();
    while let Ok(chunk) = rx.try_recv() {
        stream.extend_from_slice(&chunk);
    }
    let text = String::from_utf8(stream).unwrap();
    let mut lines = text.split("\r\n");
    let mut commands = Vec::new();
    while let Some(header) = lines.next() {
        let Some(n) = header.strip_prefix('*') else {
            continue;
        };
        let args: Vec<&str> = (0..n.parse::<usize>().unwrap())
            .map(|_| lines.nth(1).unwrap())
            .collect();
        if args[0] != "SELECT" {
            commands.push(args.join(" "));
        }
    }
    assert_eq!(
        commands,
        [
            "RPUSH l 3 1 2",
            "SORT l STORE dst",
            "SORT l LIMIT 0 1 STORE dst",
            "SORT l LIMIT 5 1 STORE dst",
            "SORT l GET # GET nokey STORE dst",
            "SORT l BY nokey_* STORE dst",
        ]
    );
}

/// Keys named by BY and GET patterns may live in any shard.
#[test]
fn patterns_reach_keys_in_every_shard() {
    let s = TestServer::start();
    let mut c = s.client();
    let n = 300;
    let mut push = redis::cmd("RPUSH");
    push.arg("ids");
    for i in 0..n {
        push.arg(i);
        q::<()>(
            &mut c,
            &["SET", &format!("weight:{i}"), &((i * 7919) % n).to_string()],
        );
        q::<()>(
            &mut c,
            &["HSET", &format!("obj:{i}"), "name", &format!("name{i}")],
        );
    }
    push.query::<()>(&mut c).unwrap();
    let sorted: Vec<String> = q(
        &mut c,
        &["SORT", "ids", "BY", "weight:*", "GET", "obj:*->name"],
    );
    let mut expected: Vec<usize> = (0..n).collect();
    expected.sort_by_key(|i| (i * 7919) % n);
    assert_eq!(
        sorted,
        expected
            .iter()
            .map(|i| format!("name{i}"))
            .collect::<Vec<_>>()
    );
}
