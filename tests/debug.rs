//! DEBUG: gating by enable-debug-command and the subcommands test suites use. Exact replies
//! were checked against redis-server 7.0.15 (digests excepted: see src/commands/debug.rs).

mod common;
use common::*;
use redis::Value;

fn debug_server() -> TestServer {
    TestServer::with_args(&["--enable-debug-command", "yes"])
}

const NOT_ALLOWED: &str = "ERR DEBUG command not allowed. If the enable-debug-command option is set to \"local\", you \
can run it from a local connection, otherwise you need to set this option in the configuration file, and then \
restart the server.";

#[test]
fn refused_unless_enabled() {
    let s = TestServer::start();
    let mut c = s.client();
    assert_eq!(err(&mut c, &["DEBUG", "SLEEP", "0"]), NOT_ALLOWED);
    assert_eq!(err(&mut c, &["DEBUG", "HELP"]), NOT_ALLOWED);
    // Arity is checked first.
    assert_eq!(
        err(&mut c, &["DEBUG"]),
        "ERR wrong number of arguments for 'debug' command"
    );
    // "local" lets loopback clients in.
    let s = TestServer::with_args(&["--enable-debug-command", "local"]);
    let mut c = s.client();
    assert_eq!(q::<String>(&mut c, &["DEBUG", "SLEEP", "0"]), "OK");
}

#[test]
fn help_and_unknown_subcommands() {
    let s = debug_server();
    let mut c = s.client();
    let v: Value = q(&mut c, &["DEBUG", "HELP"]);
    let Value::Array(lines) = v else { panic!() };
    assert_eq!(
        lines[0],
        Value::SimpleString(
            "DEBUG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:".into()
        )
    );
    assert_eq!(
        lines[lines.len() - 1],
        Value::SimpleString("    Prints this help.".into())
    );
    assert!(lines.contains(&Value::SimpleString("SLEEP <seconds>".into())));
    for args in [
        &["DEBUG", "nosuch"][..],
        &["DEBUG", "object"],
        &["DEBUG", "sleep"],
        &["DEBUG", "digest", "x"],
    ] {
        assert_eq!(
            err(&mut c, args),
            format!(
                "ERR unknown subcommand or wrong number of arguments for '{}'. Try DEBUG HELP.",
                args[1]
            )
        );
    }
}

#[test]
fn sleep_blocks_only_the_caller_for_the_time_given() {
    let s = debug_server();
    let mut c = s.client();
    let start = std::time::Instant::now();
    assert_eq!(q::<String>(&mut c, &["DEBUG", "SLEEP", "0.2"]), "OK");
    assert!(start.elapsed() >= std::time::Duration::from_millis(200));
    // Not a number: no sleep at all, as strtod gives 0.
    assert_eq!(q::<String>(&mut c, &["DEBUG", "SLEEP", "abc"]), "OK");
    // Meanwhile other clients are served.
    let port = s.port();
    let sleeper = std::thread::spawn(move || {
        let mut raw = Raw::connect(port);
        raw.cmd(&["DEBUG", "SLEEP", "0.5"])
    });
    std::thread::sleep(std::time::Duration::from_millis(50));
    let start = std::time::Instant::now();
    assert_eq!(q::<String>(&mut c, &["PING"]), "PONG");
    assert!(start.elapsed() < std::time::Duration::from_millis(400));
    assert_eq!(sleeper.join().unwrap(), "+OK\r\n");
}

#[test]
fn sleep_is_logged_as_slow() {
    let s = debug_server();
    let mut c = s.client();
    q::<String>(
        &mut c,
        &["CONFIG", "SET", "slowlog-log-slower-than", "100000"],
    );
    q::<String>(&mut c, &["SLOWLOG", "RESET"]);
    q::<String>(&mut c, &["DEBUG", "SLEEP", "0.2"]);
    let v: Value = q(&mut c, &["SLOWLOG", "GET"]);
    let Value::Array(entries) = v else { panic!() };
    assert_eq!(entries.len(), 1);
    let Value::Array(e) = &entries[0] else {
        panic!()
    };
    assert!(matches!(e[2], Value::Int(us) if us > 100_000));
    assert_eq!(
        e[3],
        Value::Array(vec![
            Value::BulkString(b"DEBUG".to_vec()),
            Value::BulkString(b"SLEEP".to_vec()),
            Value::BulkString(b"0.2".to_vec())
        ])
    );
}

#[test]
fn set_active_expire_and_flags() {
    let s = debug_server();
    let mut c = s.client();
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "SET-ACTIVE-EXPIRE", "0"]),
        "OK"
    );
    assert!(!s
        .handle
        .server
        .active_expire_enabled
        .load(std::sync::atomic::Ordering::Relaxed));
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "set-active-expire", "1"]),
        "OK"
    );
    assert!(s
        .handle
        .server
        .active_expire_enabled
        .load(std::sync::atomic::Ordering::Relaxed));
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "SET-SKIP-CHECKSUM-VALIDATION", "1"]),
        "OK"
    );
    assert!(s
        .handle
        .server
        .skip_checksum_validation
        .load(std::sync::atomic::Ordering::Relaxed));
    let before = s.handle.server.replid.lock().clone();
    assert_eq!(q::<String>(&mut c, &["DEBUG", "CHANGE-REPL-ID"]), "OK");
    assert_ne!(*s.handle.server.replid.lock(), before);
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "LOG", "### Starting test"]),
        "OK"
    );
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "STRINGMATCH-TEST"]),
        "Apparently Redis did not crash: test passed"
    );
    assert_eq!(
        err(&mut c, &["DEBUG", "ERROR", "MYCODE some text"]),
        "MYCODE some text"
    );
}

#[test]
fn quicklist_packed_threshold_bounds() {
    let s = debug_server();
    let mut c = s.client();
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "QUICKLIST-PACKED-THRESHOLD", "100"]),
        "OK"
    );
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "QUICKLIST-PACKED-THRESHOLD", "0"]),
        "OK"
    );
    for bad in ["5gb", "abc", "-1"] {
        assert_eq!(
            err(&mut c, &["DEBUG", "QUICKLIST-PACKED-THRESHOLD", bad]),
            "ERR argument must be a memory value bigger than 1 and smaller than 4gb"
        );
    }
}

#[test]
fn object_describes_the_value() {
    let s = debug_server();
    let mut c = s.client();
    q::<String>(&mut c, &["SET", "s", "hello"]);
    q::<String>(&mut c, &["SET", "n", "123"]);
    q::<String>(&mut c, &["SET", "big", "100000"]);
    q::<i64>(&mut c, &["SADD", "st", "1", "2"]);
    let s_line: String = q(&mut c, &["DEBUG", "OBJECT", "s"]);
    let parts: Vec<&str> = s_line.split(' ').collect();
    assert_eq!(parts.len(), 7, "{s_line}");
    assert_eq!(parts[0], "Value");
    assert!(parts[1].starts_with("at:0x"), "{s_line}");
    assert_eq!(
        &parts[2..5],
        &["refcount:1", "encoding:embstr", "serializedlength:6"]
    );
    assert!(parts[5].starts_with("lru:"));
    assert_eq!(parts[6], "lru_seconds_idle:0");
    let n: String = q(&mut c, &["DEBUG", "OBJECT", "n"]);
    assert!(
        n.contains(" refcount:2147483647 encoding:int serializedlength:2 "),
        "{n}"
    );
    let big: String = q(&mut c, &["DEBUG", "OBJECT", "big"]);
    assert!(
        big.contains(" refcount:1 encoding:int serializedlength:5 "),
        "{big}"
    );
    let set: String = q(&mut c, &["DEBUG", "OBJECT", "st"]);
    assert!(set.contains(" encoding:intset "), "{set}");
    assert_eq!(
        err(&mut c, &["DEBUG", "OBJECT", "nokey"]),
        "ERR no such key"
    );
}

#[test]
fn object_address_is_stable_across_in_place_changes() {
    let s = debug_server();
    let mut c = s.client();
    q::<String>(&mut c, &["SET", "foo", "20000"]);
    q::<i64>(&mut c, &["INCR", "foo"]);
    let at = |c: &mut redis::Connection| {
        q::<String>(c, &["DEBUG", "OBJECT", "foo"])
            .split(' ')
            .nth(1)
            .unwrap()
            .to_string()
    };
    let old = at(&mut c);
    q::<i64>(&mut c, &["INCR", "foo"]);
    assert_eq!(at(&mut c), old);
}

#[test]
fn digests_are_stable_and_content_based() {
    let s = debug_server();
    let mut c = s.client();
    let zeros = "0".repeat(40);
    assert_eq!(q::<String>(&mut c, &["DEBUG", "DIGEST"]), zeros);
    q::<String>(&mut c, &["SET", "a", "1"]);
    q::<i64>(&mut c, &["SADD", "s", "x", "y", "z"]);
    let d1: String = q(&mut c, &["DEBUG", "DIGEST"]);
    assert_eq!(d1.len(), 40);
    assert!(d1.bytes().all(|b| b.is_ascii_hexdigit()) && d1 != zeros);
    assert_eq!(q::<String>(&mut c, &["DEBUG", "DIGEST"]), d1);
    // The same content built another way digests the same.
    q::<i64>(&mut c, &["DEL", "s"]);
    q::<i64>(&mut c, &["SADD", "s", "z", "x", "y"]);
    assert_eq!(q::<String>(&mut c, &["DEBUG", "DIGEST"]), d1);
    // A change in a value, or a TTL, changes it.
    q::<String>(&mut c, &["SET", "a", "2"]);
    assert_ne!(q::<String>(&mut c, &["DEBUG", "DIGEST"]), d1);
    q::<String>(&mut c, &["SET", "a", "1"]);
    q::<i64>(&mut c, &["PEXPIREAT", "a", "99999999999999"]);
    assert_ne!(q::<String>(&mut c, &["DEBUG", "DIGEST"]), d1);

    let values: Vec<String> = q(&mut c, &["DEBUG", "DIGEST-VALUE", "s", "nokey"]);
    assert_eq!(values.len(), 2);
    assert_ne!(values[0], zeros);
    assert_eq!(values[1], zeros);
    assert_eq!(
        q::<Vec<String>>(&mut c, &["DEBUG", "DIGEST-VALUE"]),
        Vec::<String>::new()
    );
    q::<String>(&mut c, &["FLUSHALL"]);
    assert_eq!(q::<String>(&mut c, &["DEBUG", "DIGEST"]), zeros);
}

#[test]
fn reload_keeps_the_dataset() {
    let s = debug_server();
    let mut c = s.client();
    q::<String>(&mut c, &["SET", "a", "1"]);
    q::<i64>(&mut c, &["SADD", "s", "x"]);
    let before: String = q(&mut c, &["DEBUG", "DIGEST"]);
    assert_eq!(q::<String>(&mut c, &["DEBUG", "RELOAD"]), "OK");
    assert_eq!(q::<String>(&mut c, &["DEBUG", "DIGEST"]), before);
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "RELOAD", "MERGE", "NOFLUSH", "nosave"]),
        "OK"
    );
    assert_eq!(
        err(&mut c, &["DEBUG", "RELOAD", "bad"]),
        "ERR DEBUG RELOAD only supports the MERGE, NOFLUSH and NOSAVE options."
    );
    assert_eq!(q::<String>(&mut c, &["GET", "a"]), "1");
}

#[test]
fn populate_creates_missing_keys() {
    let s = debug_server();
    let mut c = s.client();
    q::<String>(&mut c, &["SET", "key:1", "mine"]);
    assert_eq!(q::<String>(&mut c, &["DEBUG", "POPULATE", "3"]), "OK");
    assert_eq!(q::<i64>(&mut c, &["DBSIZE"]), 3);
    assert_eq!(q::<String>(&mut c, &["GET", "key:0"]), "value:0");
    assert_eq!(q::<String>(&mut c, &["GET", "key:1"]), "mine");
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "POPULATE", "2", "p", "10"]),
        "OK"
    );
    let mut raw = s.raw();
    assert_eq!(raw.cmd(&["GET", "p:1"]), "$10\r\nvalue:1\0\0\0\r\n");
    assert_eq!(
        q::<String>(&mut c, &["DEBUG", "POPULATE", "1", "short", "3"]),
        "OK"
    );
    assert_eq!(raw.cmd(&["GET", "short:0"]), "$3\r\nval\r\n");
    for bad in [
        &["DEBUG", "POPULATE", "-1"][..],
        &["DEBUG", "POPULATE", "x"],
        &["DEBUG", "POPULATE", "1", "p", "-1"],
    ] {
        assert_eq!(
            err(&mut c, bad),
            "ERR value is out of range, must be positive"
        );
    }
}

#[test]
fn protocol_shapes_in_resp2() {
    let s = debug_server();
    let mut raw = s.raw();
    for (kind, expected) in [
        ("string", "$11\r\nHello World\r\n"),
        ("integer", ":12345\r\n"),
        ("double", "$5\r\n3.141\r\n"),
        ("bignum", "$37\r\n1234567999999999999999999999999999999\r\n"),
        ("null", "$-1\r\n"),
        ("array", "*3\r\n:0\r\n:1\r\n:2\r\n"),
        ("set", "*3\r\n:0\r\n:1\r\n:2\r\n"),
        ("map", "*6\r\n:0\r\n:0\r\n:1\r\n:1\r\n:2\r\n:0\r\n"),
        (
            "attrib",
            "$39\r\nSome real reply following the attribute\r\n",
        ),
        ("push", "-ERR RESP2 is not supported by this command\r\n"),
        ("true", ":1\r\n"),
        ("false", ":0\r\n"),
        ("verbatim", "$25\r\nThis is a verbatim\nstring\r\n"),
        (
            "nope",
            "-ERR Wrong protocol type name. Please use one of the following: \
string|integer|double|bignum|null|array|set|map|attrib|push|verbatim|true|false\r\n",
        ),
    ] {
        assert_eq!(raw.cmd(&["DEBUG", "PROTOCOL", kind]), expected, "{kind}");
    }
}

#[test]
fn protocol_shapes_in_resp3() {
    let s = debug_server();
    let mut raw = s.raw();
    raw.cmd(&["HELLO", "3"]);
    for (kind, expected) in [
        ("double", ",3.141\r\n"),
        ("bignum", "(1234567999999999999999999999999999999\r\n"),
        ("null", "_\r\n"),
        ("set", "~3\r\n:0\r\n:1\r\n:2\r\n"),
        ("map", "%3\r\n:0\r\n#f\r\n:1\r\n#t\r\n:2\r\n#f\r\n"),
        ("true", "#t\r\n"),
        ("false", "#f\r\n"),
        ("verbatim", "=29\r\ntxt:This is a verbatim\nstring\r\n"),
    ] {
        assert_eq!(raw.cmd(&["DEBUG", "PROTOCOL", kind]), expected, "{kind}");
    }
    // An attribute, then the real reply; a push, then the real reply. (The test decoder may
    // frame an attribute together with the reply it annotates: read until both are in.)
    let both = |raw: &mut Raw, kind: &[u8], tail: &str| {
        raw.send_cmd(&[b"DEBUG", b"PROTOCOL", kind]);
        let mut got = String::from_utf8_lossy(&raw.read_reply()).into_owned();
        if !got.ends_with(tail) {
            got.push_str(&String::from_utf8_lossy(&raw.read_reply()));
        }
        got
    };
    assert_eq!(
        both(&mut raw, b"attrib", "attribute\r\n"),
        "|1\r\n$14\r\nkey-popularity\r\n*2\r\n$7\r\nkey:123\r\n:90\r\n$39\r\nSome real reply following the attribute\r\n"
    );
    assert_eq!(
        both(&mut raw, b"push", "push reply\r\n"),
        ">2\r\n$16\r\nserver-cpu-usage\r\n:42\r\n$40\r\nSome real reply following the push reply\r\n"
    );
}
