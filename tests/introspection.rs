//! COMMAND and its subcommands, CONFIG GET/SET/RESETSTAT/REWRITE/HELP, SLOWLOG, LATENCY, WAIT
//! and FUNCTION FLUSH. Exact replies were checked against redis-server 7.0.15.

mod common;
use common::*;
use redis::Value;

fn bulk_strings(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
                other => panic!("not a bulk string: {other:?}"),
            })
            .collect(),
        other => panic!("not an array: {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// COMMAND INFO / COUNT / LIST

#[test]
fn command_info_get_is_byte_exact() {
    let s = TestServer::start();
    let mut raw = s.raw();
    assert_eq!(
        raw.cmd(&["COMMAND", "INFO", "get"]),
        "*1\r\n*10\r\n$3\r\nget\r\n:2\r\n*2\r\n+readonly\r\n+fast\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@read\r\n+@string\r\n+@fast\r\n\
*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n\
$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n\
$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n"
    );
}

#[test]
fn command_info_tips_and_unknown_names() {
    let s = TestServer::start();
    let mut raw = s.raw();
    // MSET's tips and stepped key spec; an unknown name is a null entry.
    assert_eq!(
        raw.cmd(&["COMMAND", "INFO", "mset", "nosuch"]),
        "*2\r\n*10\r\n$4\r\nmset\r\n:-3\r\n*2\r\n+write\r\n+denyoom\r\n:1\r\n:-1\r\n:2\r\n*3\r\n+@write\r\n+@string\r\n+@slow\r\n\
*2\r\n$26\r\nrequest_policy:multi_shard\r\n$29\r\nresponse_policy:all_succeeded\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+OW\r\n\
+update\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\n\
find_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:-1\r\n$7\r\nkeystep\r\n:2\r\n\
$5\r\nlimit\r\n:0\r\n*0\r\n$-1\r\n"
    );
    // Subcommands by their full name, any case; deeper or bogus paths are null.
    assert_eq!(
        raw.cmd(&["COMMAND", "INFO", "get|key", "config|get|key"]),
        "*2\r\n$-1\r\n$-1\r\n"
    );
    let info = raw.cmd(&["COMMAND", "INFO", "Config|Get"]);
    assert!(info.starts_with("*1\r\n*10\r\n$10\r\nconfig|get\r\n:-3\r\n*4\r\n+admin\r\n+noscript\r\n+loading\r\n+stale\r\n"), "{info}");
}

#[test]
fn command_info_of_containers_lists_subcommands() {
    let s = TestServer::start();
    let mut c = s.client();
    let v: Value = q(&mut c, &["COMMAND", "INFO", "config"]);
    let Value::Array(entries) = v else { panic!() };
    let Value::Array(entry) = &entries[0] else {
        panic!()
    };
    assert_eq!(entry.len(), 10);
    assert_eq!(entry[1], Value::Int(-2));
    let Value::Array(subs) = &entry[9] else {
        panic!("subcommands: {:?}", entry[9])
    };
    let names: Vec<String> = subs
        .iter()
        .map(|s| match s {
            Value::Array(e) => match &e[0] {
                Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
                _ => panic!(),
            },
            _ => panic!(),
        })
        .collect();
    for sub in [
        "config|get",
        "config|set",
        "config|resetstat",
        "config|rewrite",
        "config|help",
    ] {
        assert!(names.contains(&sub.to_string()), "{names:?}");
    }
}

#[test]
fn movablekeys_flag_follows_key_finders() {
    let s = TestServer::start();
    let mut c = s.client();
    let flags_of = |c: &mut redis::Connection, cmd: &str| -> Vec<String> {
        let v: Value = q(c, &["COMMAND", "INFO", cmd]);
        let Value::Array(e) = v else { panic!() };
        let Value::Array(entry) = &e[0] else {
            panic!("{cmd}: {:?}", e[0])
        };
        let Value::Array(flags) = &entry[2] else {
            panic!()
        };
        flags
            .iter()
            .map(|f| match f {
                Value::SimpleString(s) => s.clone(),
                Value::Okay => "OK".into(),
                other => panic!("{other:?}"),
            })
            .collect()
    };
    for cmd in ["set", "get", "mset", "ping"] {
        assert!(
            !flags_of(&mut c, cmd).contains(&"movablekeys".to_string()),
            "{cmd}"
        );
    }
    for cmd in ["zunionstore", "sort", "sort_ro"] {
        assert!(
            flags_of(&mut c, cmd).contains(&"movablekeys".to_string()),
            "{cmd}"
        );
    }
}

#[test]
fn command_count_and_list_agree() {
    let s = TestServer::start();
    let mut c = s.client();
    let count: i64 = q(&mut c, &["COMMAND", "COUNT"]);
    let all: Value = q(&mut c, &["COMMAND"]);
    let Value::Array(all) = all else { panic!() };
    assert_eq!(all.len() as i64, count);
    let list = bulk_strings(&q(&mut c, &["COMMAND", "LIST"]));
    assert_eq!(
        list.iter().filter(|n| !n.contains('|')).count() as i64,
        count
    );
    assert!(list.contains(&"set".to_string()));
    assert!(list.contains(&"config|get".to_string()));
    assert_eq!(
        err(&mut c, &["COMMAND", "COUNT", "x"]),
        "ERR wrong number of arguments for 'command|count' command"
    );
    assert_eq!(
        err(&mut c, &["COMMAND", "NOSUCH"]),
        "ERR unknown subcommand 'NOSUCH'. Try COMMAND HELP."
    );
}

#[test]
fn command_list_filters() {
    let s = TestServer::start();
    let mut c = s.client();
    let list = |c: &mut redis::Connection, args: &[&str]| bulk_strings(&q(c, args));
    assert_eq!(
        list(&mut c, &["COMMAND", "LIST", "FILTERBY", "PATTERN", "set"]),
        vec!["set"]
    );
    assert_eq!(
        list(&mut c, &["COMMAND", "LIST", "FILTERBY", "pattern", "GET"]),
        vec!["get"]
    );
    let config = list(
        &mut c,
        &["COMMAND", "LIST", "FILTERBY", "PATTERN", "config*"],
    );
    assert!(config.contains(&"config".to_string()) && config.contains(&"config|get".to_string()));
    assert_eq!(
        list(
            &mut c,
            &["COMMAND", "LIST", "FILTERBY", "PATTERN", "config|*re*"]
        ),
        vec!["config|resetstat", "config|rewrite"]
    );
    assert!(list(
        &mut c,
        &["COMMAND", "LIST", "FILTERBY", "PATTERN", "non_exists*"]
    )
    .is_empty());
    assert!(list(
        &mut c,
        &[
            "COMMAND",
            "LIST",
            "FILTERBY",
            "ACLCAT",
            "non_existing_category"
        ]
    )
    .is_empty());
    assert!(list(
        &mut c,
        &[
            "COMMAND",
            "LIST",
            "FILTERBY",
            "MODULE",
            "non_existing_module"
        ]
    )
    .is_empty());
    let admin = list(&mut c, &["COMMAND", "LIST", "FILTERBY", "ACLCAT", "ADMIN"]);
    assert!(admin.contains(&"config|set".to_string()) && !admin.contains(&"get".to_string()));
    for bad in [
        &["COMMAND", "LIST", "bad_arg"][..],
        &["COMMAND", "LIST", "FILTERBY", "bad_arg"],
        &["COMMAND", "LIST", "FILTERBY", "bad_arg", "bad_arg2"],
        &["COMMAND", "LIST", "FILTERBY", "PATTERN", "a", "b"],
    ] {
        assert_eq!(err(&mut c, bad), "ERR syntax error", "{bad:?}");
    }
}

#[test]
fn command_help_is_exact() {
    let s = TestServer::start();
    let mut c = s.client();
    let v: Value = q(&mut c, &["COMMAND", "HELP"]);
    let Value::Array(lines) = v else { panic!() };
    let text: Vec<String> = lines
        .iter()
        .map(|l| match l {
            Value::SimpleString(s) => s.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(text.len(), 21);
    assert_eq!(
        text[0],
        "COMMAND <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"
    );
    assert_eq!(text[1], "(no subcommand)");
    assert_eq!(
        text[18],
        "    Return the keys and the access flags from a full Redis command."
    );
    assert_eq!(text[19], "HELP");
    assert_eq!(text[20], "    Prints this help.");
}

// ---------------------------------------------------------------------------------------------
// COMMAND DOCS

#[test]
fn command_docs_shapes() {
    let s = TestServer::start();
    let mut raw = s.raw();
    let get = raw.cmd(&["COMMAND", "DOCS", "get"]);
    assert!(
        get.starts_with("*2\r\n$3\r\nget\r\n*10\r\n$7\r\nsummary\r\n"),
        "{get}"
    );
    assert!(
        get.ends_with(
            "$5\r\nsince\r\n$5\r\n1.0.0\r\n$5\r\ngroup\r\n$6\r\nstring\r\n$10\r\ncomplexity\r\n$4\r\nO(1)\r\n$9\r\narguments\r\n\
*1\r\n*6\r\n$4\r\nname\r\n$3\r\nkey\r\n$4\r\ntype\r\n$3\r\nkey\r\n$14\r\nkey_spec_index\r\n:0\r\n"
        ),
        "{get}"
    );
    // Unknown names are skipped; RESP3 sends maps.
    assert_eq!(raw.cmd(&["COMMAND", "DOCS", "nosuch"]), "*0\r\n");
    raw.cmd(&["HELLO", "3"]);
    assert!(raw
        .cmd(&["COMMAND", "DOCS", "get"])
        .starts_with("%1\r\n$3\r\nget\r\n%5\r\n"));
    assert_eq!(raw.cmd(&["COMMAND", "DOCS", "nosuch"]), "%0\r\n");
}

#[test]
fn command_docs_set_arguments_as_redis_models_them() {
    let s = TestServer::start();
    let mut raw = s.raw();
    raw.cmd(&["HELLO", "3"]);
    let set = raw.cmd(&["COMMAND", "DOCS", "set"]);
    // key and value, then the NX|XX choice of pure tokens, GET, and the expiration choice whose
    // EX alternative is one integer argument with a token.
    for part in [
        "%3\r\n$4\r\nname\r\n$3\r\nkey\r\n$4\r\ntype\r\n$3\r\nkey\r\n$14\r\nkey_spec_index\r\n:0\r\n",
        "%2\r\n$4\r\nname\r\n$5\r\nvalue\r\n$4\r\ntype\r\n$6\r\nstring\r\n",
        "$4\r\ntype\r\n$5\r\noneof\r\n$5\r\nflags\r\n~1\r\n+optional\r\n$9\r\narguments\r\n*2\r\n\
%3\r\n$4\r\nname\r\n$2\r\nnx\r\n$4\r\ntype\r\n$10\r\npure-token\r\n$5\r\ntoken\r\n$2\r\nNX\r\n",
        "%4\r\n$4\r\nname\r\n$3\r\nget\r\n$4\r\ntype\r\n$10\r\npure-token\r\n$5\r\ntoken\r\n$3\r\nGET\r\n$5\r\nflags\r\n~1\r\n+optional\r\n",
        "%3\r\n$4\r\nname\r\n$7\r\nseconds\r\n$4\r\ntype\r\n$7\r\ninteger\r\n$5\r\ntoken\r\n$2\r\nEX\r\n",
        "$4\r\nname\r\n$17\r\nunix-time-seconds\r\n$4\r\ntype\r\n$9\r\nunix-time\r\n$5\r\ntoken\r\n$4\r\nEXAT\r\n",
    ] {
        assert!(set.contains(part), "missing {part:?} in {set:?}");
    }
}

#[test]
fn command_docs_of_containers_nest_subcommands() {
    let s = TestServer::start();
    let mut raw = s.raw();
    raw.cmd(&["HELLO", "3"]);
    let config = raw.cmd(&["COMMAND", "DOCS", "config"]);
    assert!(config.contains("$11\r\nsubcommands\r\n%5\r\n"), "{config}");
    assert!(config.contains("$10\r\nconfig|get\r\n"));
    // CONFIG GET's parameter repeats.
    assert!(config.contains("$4\r\nname\r\n$9\r\nparameter\r\n$4\r\ntype\r\n$6\r\nstring\r\n$5\r\nflags\r\n~1\r\n+multiple\r\n"));
}

// ---------------------------------------------------------------------------------------------
// COMMAND GETKEYS / GETKEYSANDFLAGS

#[test]
fn getkeys_finds_keys_like_redis() {
    let s = TestServer::start();
    let mut c = s.client();
    let keys = |c: &mut redis::Connection, args: &[&str]| {
        let mut all = vec!["COMMAND", "GETKEYS"];
        all.extend_from_slice(args);
        bulk_strings(&q(c, &all))
    };
    assert_eq!(keys(&mut c, &["get", "key"]), vec!["key"]);
    assert_eq!(keys(&mut c, &["GET", "key"]), vec!["key"]);
    assert_eq!(keys(&mut c, &["mset", "a", "1", "b", "2"]), vec!["a", "b"]);
    assert_eq!(keys(&mut c, &["mset", "a", "1", "b"]), vec!["a", "b"]);
    assert_eq!(keys(&mut c, &["del", "a", "b", "c"]), vec!["a", "b", "c"]);
    assert_eq!(keys(&mut c, &["sort", "k", "store", "d"]), vec!["k", "d"]);
    assert_eq!(
        keys(
            &mut c,
            &["zunionstore", "d", "2", "a", "b", "weights", "1", "2"]
        ),
        vec!["d", "a", "b"]
    );
    let mut args = vec!["zunionstore", "target", "260"];
    let many: Vec<String> = (1..=260).map(|i| format!("key{i}")).collect();
    args.extend(many.iter().map(String::as_str));
    let mut expected = vec!["target".to_string()];
    expected.extend(many.iter().cloned());
    assert_eq!(keys(&mut c, &args), expected);
}

#[test]
fn getkeys_errors() {
    let s = TestServer::start();
    let mut c = s.client();
    assert_eq!(
        err(&mut c, &["COMMAND", "GETKEYS", "nosuch", "a"]),
        "ERR Invalid command specified"
    );
    assert_eq!(
        err(&mut c, &["COMMAND", "GETKEYS", "config", "nosub"]),
        "ERR Invalid command specified"
    );
    assert_eq!(
        err(&mut c, &["COMMAND", "GETKEYS", "config", "get", "x"]),
        "ERR The command has no key arguments"
    );
    assert_eq!(
        err(&mut c, &["COMMAND", "GETKEYS", "ping", "x"]),
        "ERR The command has no key arguments"
    );
    assert_eq!(
        err(&mut c, &["COMMAND", "GETKEYS", "get", "a", "b"]),
        "ERR Invalid number of arguments specified for command"
    );
    assert_eq!(
        err(&mut c, &["COMMAND", "GETKEYS", "set", "a"]),
        "ERR Invalid number of arguments specified for command"
    );
    assert_eq!(
        err(&mut c, &["COMMAND", "GETKEYS", "get"]),
        "ERR wrong number of arguments for 'command|getkeys' command"
    );
    // A bad numkeys leaves no keys: an error for commands whose keys are mandatory.
    assert_eq!(
        err(
            &mut c,
            &["COMMAND", "GETKEYS", "zunionstore", "d", "0", "a"]
        ),
        "ERR Invalid arguments specified for command"
    );
    assert_eq!(
        err(
            &mut c,
            &["COMMAND", "GETKEYS", "zunionstore", "d", "x", "a"]
        ),
        "ERR Invalid arguments specified for command"
    );
    assert_eq!(
        err(&mut c, &["COMMAND", "GETKEYSANDFLAGS", "nosuch", "a"]),
        "ERR Invalid command specified"
    );
}

#[test]
fn getkeysandflags_reports_access_flags() {
    let s = TestServer::start();
    let mut raw = s.raw();
    assert_eq!(
        raw.cmd(&["COMMAND", "GETKEYSANDFLAGS", "set", "k1", "v1"]),
        "*1\r\n*2\r\n$2\r\nk1\r\n*2\r\n+OW\r\n+update\r\n"
    );
    assert_eq!(
        raw.cmd(&["COMMAND", "GETKEYSANDFLAGS", "set", "k1", "v1", "get"]),
        "*1\r\n*2\r\n$2\r\nk1\r\n*3\r\n+RW\r\n+access\r\n+update\r\n"
    );
    assert_eq!(
        raw.cmd(&["COMMAND", "GETKEYSANDFLAGS", "mset", "k1", "v1", "k2", "v2"]),
        "*2\r\n*2\r\n$2\r\nk1\r\n*2\r\n+OW\r\n+update\r\n*2\r\n$2\r\nk2\r\n*2\r\n+OW\r\n+update\r\n"
    );
    assert_eq!(
        raw.cmd(&["COMMAND", "GETKEYSANDFLAGS", "sort", "k1", "store", "k2"]),
        "*2\r\n*2\r\n$2\r\nk1\r\n*2\r\n+RO\r\n+access\r\n*2\r\n$2\r\nk2\r\n*2\r\n+OW\r\n+update\r\n"
    );
    assert_eq!(
        raw.cmd(&["COMMAND", "GETKEYSANDFLAGS", "del", "a"]),
        "*1\r\n*2\r\n$1\r\na\r\n*2\r\n+RM\r\n+delete\r\n"
    );
    assert_eq!(
        raw.cmd(&[
            "COMMAND",
            "GETKEYSANDFLAGS",
            "bitfield",
            "k",
            "get",
            "u8",
            "0"
        ]),
        "*1\r\n*2\r\n$1\r\nk\r\n*2\r\n+RO\r\n+access\r\n"
    );
    assert_eq!(
        raw.cmd(&[
            "COMMAND",
            "GETKEYSANDFLAGS",
            "bitfield",
            "k",
            "set",
            "u8",
            "0",
            "1"
        ]),
        "*1\r\n*2\r\n$1\r\nk\r\n*3\r\n+RW\r\n+access\r\n+update\r\n"
    );
}

// ---------------------------------------------------------------------------------------------
// CONFIG

#[test]
fn config_get_several_patterns() {
    let s = TestServer::start();
    let mut c = s.client();
    let v: Vec<String> = q(&mut c, &["CONFIG", "GET", "maxmemory", "hz", "maxmemory"]);
    assert_eq!(v, vec!["maxmemory", "0", "hz", "10"]);
    let v: Vec<String> = q(&mut c, &["CONFIG", "GET", "nosuch-directive"]);
    assert!(v.is_empty());
    assert_eq!(
        err(&mut c, &["CONFIG", "GET"]),
        "ERR wrong number of arguments for 'config|get' command"
    );
}

#[test]
fn config_set_takes_effect_and_validates() {
    let s = TestServer::start();
    let mut c = s.client();
    assert_eq!(
        q::<String>(
            &mut c,
            &[
                "CONFIG",
                "SET",
                "slowlog-log-slower-than",
                "0",
                "slowlog-max-len",
                "5"
            ]
        ),
        "OK"
    );
    let v: Vec<String> = q(
        &mut c,
        &[
            "CONFIG",
            "GET",
            "slowlog-log-slower-than",
            "slowlog-max-len",
        ],
    );
    assert_eq!(
        v,
        vec!["slowlog-log-slower-than", "0", "slowlog-max-len", "5"]
    );
    // The slow log reacts at once: every command is now slow enough.
    q::<String>(&mut c, &["SLOWLOG", "RESET"]);
    q::<String>(&mut c, &["PING"]);
    assert_eq!(q::<i64>(&mut c, &["SLOWLOG", "LEN"]), 2);
    assert_eq!(
        err(&mut c, &["CONFIG", "SET", "nosuch", "1"]),
        "ERR Unknown option or number of arguments for CONFIG SET - 'nosuch'"
    );
    assert_eq!(
        err(
            &mut c,
            &["CONFIG", "SET", "maxmemory", "1", "maxmemory", "2"]
        ),
        "ERR CONFIG SET failed (possibly related to argument 'maxmemory') - duplicate parameter"
    );
    assert_eq!(
        err(&mut c, &["CONFIG", "SET", "hz"]),
        "ERR wrong number of arguments for 'config|set' command"
    );
    assert_eq!(
        err(&mut c, &["CONFIG", "SET", "hz", "1", "maxmemory"]),
        "ERR wrong number of arguments for 'config|set' command"
    );
}

#[test]
fn config_resetstat_clears_stats_but_not_the_slowlog() {
    let s = TestServer::start();
    let mut c = s.client();
    q::<String>(&mut c, &["CONFIG", "SET", "slowlog-log-slower-than", "0"]);
    q::<String>(&mut c, &["SET", "k", "v"]);
    let _ = err(&mut c, &["GET", "a", "b"]);
    let info: String = q(&mut c, &["INFO", "commandstats"]);
    assert!(info.contains("cmdstat_set:calls=1,"), "{info}");
    assert_eq!(q::<String>(&mut c, &["CONFIG", "RESETSTAT"]), "OK");
    let info: String = q(&mut c, &["INFO", "commandstats"]);
    assert!(!info.contains("cmdstat_set:"), "{info}");
    let info: String = q(&mut c, &["INFO", "errorstats"]);
    assert!(!info.contains("errorstat_ERR"), "{info}");
    assert!(q::<i64>(&mut c, &["SLOWLOG", "LEN"]) > 0);
    assert_eq!(
        err(&mut c, &["CONFIG", "RESETSTAT", "x"]),
        "ERR wrong number of arguments for 'config|resetstat' command"
    );
}

#[test]
fn config_rewrite_needs_a_config_file() {
    let s = TestServer::start();
    let mut c = s.client();
    assert_eq!(
        err(&mut c, &["CONFIG", "REWRITE"]),
        "ERR The server is running without a config file"
    );
}

#[test]
fn config_rewrite_writes_the_file() {
    let dir = std::env::temp_dir().join(format!("respite-introspection-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("redis.conf");
    std::fs::write(&path, "# mine\nmaxmemory-samples 5\n").unwrap();
    let config = respite::config::Config::from_args(&[
        path.to_string_lossy().into_owned(),
        "--port".into(),
        "0".into(),
        "--bind".into(),
        "127.0.0.1".into(),
    ])
    .unwrap();
    let handle = respite::server::spawn(config).unwrap();
    let client = redis::Client::open(format!("redis://127.0.0.1:{}/", handle.port())).unwrap();
    let mut c = client.get_connection().unwrap();
    q::<String>(&mut c, &["CONFIG", "SET", "maxmemory-samples", "7"]);
    assert_eq!(q::<String>(&mut c, &["CONFIG", "REWRITE"]), "OK");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# mine\nmaxmemory-samples 7\n"), "{text}");
    drop(handle);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn config_help_and_unknown_subcommand() {
    let s = TestServer::start();
    let mut raw = s.raw();
    assert_eq!(
        raw.cmd(&["CONFIG", "HELP"]),
        "*11\r\n+CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n+GET <pattern>\r\n\
+    Return parameters matching the glob-like <pattern> and their values.\r\n+SET <directive> <value>\r\n\
+    Set the configuration <directive> to <value>.\r\n+RESETSTAT\r\n+    Reset statistics reported by the INFO command.\r\n\
+REWRITE\r\n+    Rewrite the configuration file.\r\n+HELP\r\n+    Prints this help.\r\n"
    );
    assert_eq!(
        raw.cmd(&["CONFIG", "nosub"]),
        "-ERR unknown subcommand 'nosub'. Try CONFIG HELP.\r\n"
    );
    assert_eq!(
        raw.cmd(&["CONFIG"]),
        "-ERR wrong number of arguments for 'config' command\r\n"
    );
}

// ---------------------------------------------------------------------------------------------
// SLOWLOG

#[test]
fn slowlog_entries_have_redis_shape() {
    let s = TestServer::start();
    let mut c = s.client();
    q::<String>(&mut c, &["CLIENT", "SETNAME", "foobar"]);
    q::<String>(&mut c, &["CONFIG", "SET", "slowlog-log-slower-than", "0"]);
    q::<String>(&mut c, &["SLOWLOG", "RESET"]);
    q::<String>(&mut c, &["SET", "k", "v"]);
    let v: Value = q(&mut c, &["SLOWLOG", "GET", "1"]);
    let Value::Array(entries) = v else { panic!() };
    assert_eq!(entries.len(), 1);
    let Value::Array(e) = &entries[0] else {
        panic!()
    };
    assert_eq!(e.len(), 6);
    assert!(matches!(e[0], Value::Int(_)));
    let Value::Int(time) = e[1] else { panic!() };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((time - now).abs() < 60);
    assert!(matches!(e[2], Value::Int(d) if d >= 0));
    assert_eq!(bulk_strings(&e[3]), vec!["SET", "k", "v"]);
    let Value::BulkString(addr) = &e[4] else {
        panic!()
    };
    assert!(String::from_utf8_lossy(addr).starts_with("127.0.0.1:"));
    assert_eq!(e[5], Value::BulkString(b"foobar".to_vec()));
}

#[test]
fn slowlog_ids_count_limits_and_reset() {
    let s = TestServer::start();
    let mut c = s.client();
    q::<String>(
        &mut c,
        &[
            "CONFIG",
            "SET",
            "slowlog-log-slower-than",
            "0",
            "slowlog-max-len",
            "3",
        ],
    );
    q::<String>(&mut c, &["SLOWLOG", "RESET"]);
    q::<String>(&mut c, &["SET", "key", "test"]);
    q::<i64>(&mut c, &["INCR", "num"]);
    assert_eq!(q::<i64>(&mut c, &["SLOWLOG", "LEN"]), 3);
    let len = |c: &mut redis::Connection, args: &[&str]| match q::<Value>(c, args) {
        Value::Array(a) => a.len(),
        other => panic!("{other:?}"),
    };
    assert_eq!(len(&mut c, &["SLOWLOG", "GET", "0"]), 0);
    assert_eq!(len(&mut c, &["SLOWLOG", "GET", "1"]), 1);
    assert_eq!(len(&mut c, &["SLOWLOG", "GET", "-1"]), 3);
    assert_eq!(len(&mut c, &["SLOWLOG", "GET"]), 3);
    // Newest first, ids increasing with age going down.
    let v: Value = q(&mut c, &["SLOWLOG", "GET", "2"]);
    let Value::Array(entries) = v else { panic!() };
    let id = |e: &Value| match e {
        Value::Array(f) => match f[0] {
            Value::Int(i) => i,
            _ => panic!(),
        },
        _ => panic!(),
    };
    assert_eq!(id(&entries[0]), id(&entries[1]) + 1);
    // Lowering the maximum trims at once.
    q::<String>(&mut c, &["CONFIG", "SET", "slowlog-max-len", "1"]);
    assert_eq!(q::<i64>(&mut c, &["SLOWLOG", "LEN"]), 1);
    // Disabled: nothing new is logged.
    q::<String>(&mut c, &["CONFIG", "SET", "slowlog-log-slower-than", "-1"]);
    q::<String>(&mut c, &["SLOWLOG", "RESET"]);
    q::<String>(&mut c, &["PING"]);
    assert_eq!(q::<i64>(&mut c, &["SLOWLOG", "LEN"]), 0);
}

#[test]
fn slowlog_trims_long_commands_and_redacts_secrets() {
    let s = TestServer::start();
    let mut c = s.client();
    q::<String>(&mut c, &["CONFIG", "SET", "slowlog-log-slower-than", "0"]);
    q::<String>(&mut c, &["SLOWLOG", "RESET"]);
    let mut args: Vec<String> = vec!["SADD".into(), "set".into()];
    args.extend((3..=33).map(|i| i.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    q::<i64>(&mut c, &refs);
    let long = "A".repeat(129);
    q::<i64>(&mut c, &["SADD", "set", "foo", &long]);
    q::<String>(&mut c, &["CONFIG", "SET", "masterauth", "secret"]);
    let v: Value = q(&mut c, &["SLOWLOG", "GET", "3"]);
    let Value::Array(entries) = v else { panic!() };
    let argv = |e: &Value| match e {
        Value::Array(f) => bulk_strings(&f[3]),
        _ => panic!(),
    };
    assert_eq!(
        argv(&entries[0]),
        vec!["CONFIG", "SET", "masterauth", "(redacted)"]
    );
    assert_eq!(
        argv(&entries[1]),
        vec![
            "SADD".to_string(),
            "set".into(),
            "foo".into(),
            format!("{}... (1 more bytes)", "A".repeat(128))
        ]
    );
    let trimmed = argv(&entries[2]);
    assert_eq!(trimmed.len(), 32);
    assert_eq!(trimmed[30], "31");
    assert_eq!(trimmed[31], "... (2 more arguments)");
}

#[test]
fn slowlog_errors_and_help() {
    let s = TestServer::start();
    let mut c = s.client();
    for bad in ["-2", "-222", "x"] {
        assert_eq!(
            err(&mut c, &["SLOWLOG", "GET", bad]),
            "ERR count should be greater than or equal to -1"
        );
    }
    assert_eq!(
        err(&mut c, &["SLOWLOG", "GET", "1", "2"]),
        "ERR unknown subcommand or wrong number of arguments for 'GET'. Try SLOWLOG HELP."
    );
    assert_eq!(
        err(&mut c, &["SLOWLOG", "LEN", "x"]),
        "ERR wrong number of arguments for 'slowlog|len' command"
    );
    assert_eq!(
        err(&mut c, &["SLOWLOG", "nosuch"]),
        "ERR unknown subcommand 'nosuch'. Try SLOWLOG HELP."
    );
    let mut raw = s.raw();
    assert_eq!(
        raw.cmd(&["SLOWLOG", "HELP"]),
        "*12\r\n+SLOWLOG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n+GET [<count>]\r\n\
+    Return top <count> entries from the slowlog (default: 10, -1 mean all).\r\n+    Entries are made of:\r\n\
+    id, timestamp, time in microseconds, arguments array, client IP and port,\r\n+    client name\r\n+LEN\r\n\
+    Return the length of the slowlog.\r\n+RESET\r\n+    Reset the slowlog.\r\n+HELP\r\n+    Prints this help.\r\n"
    );
}

// ---------------------------------------------------------------------------------------------
// LATENCY

#[test]
fn latency_records_slow_commands_over_the_threshold() {
    let s = TestServer::with_args(&["--enable-debug-command", "yes"]);
    let mut c = s.client();
    assert_eq!(q::<i64>(&mut c, &["LATENCY", "RESET"]), 0);
    q::<String>(
        &mut c,
        &["CONFIG", "SET", "latency-monitor-threshold", "100"],
    );
    q::<String>(&mut c, &["DEBUG", "SLEEP", "0.15"]);
    let v: Value = q(&mut c, &["LATENCY", "LATEST"]);
    let Value::Array(events) = v else { panic!() };
    assert_eq!(events.len(), 1);
    let Value::Array(e) = &events[0] else {
        panic!()
    };
    assert_eq!(e[0], Value::BulkString(b"command".to_vec()));
    assert!(matches!(e[2], Value::Int(ms) if ms >= 150), "{e:?}");
    let v: Value = q(&mut c, &["LATENCY", "HISTORY", "command"]);
    let Value::Array(samples) = v else { panic!() };
    assert_eq!(samples.len(), 1);
    assert_eq!(
        q::<Value>(&mut c, &["LATENCY", "HISTORY", "nosuch"]),
        Value::Array(vec![])
    );
    assert_eq!(
        q::<i64>(&mut c, &["LATENCY", "RESET", "nosuch", "command"]),
        1
    );
    assert_eq!(
        q::<Value>(&mut c, &["LATENCY", "LATEST"]),
        Value::Array(vec![])
    );
}

#[test]
fn latency_errors_and_help() {
    let s = TestServer::start();
    let mut c = s.client();
    assert_eq!(
        err(&mut c, &["LATENCY", "HISTORY"]),
        "ERR wrong number of arguments for 'latency|history' command"
    );
    assert_eq!(
        err(&mut c, &["LATENCY", "LATEST", "x"]),
        "ERR wrong number of arguments for 'latency|latest' command"
    );
    assert_eq!(
        err(&mut c, &["LATENCY", "HELP", "x"]),
        "ERR wrong number of arguments for 'latency|help' command"
    );
    assert_eq!(
        err(&mut c, &["LATENCY", "nosuch"]),
        "ERR unknown subcommand 'nosuch'. Try LATENCY HELP."
    );
    let v: Value = q(&mut c, &["LATENCY", "HELP"]);
    let Value::Array(lines) = v else { panic!() };
    assert_eq!(lines.len(), 17);
    assert_eq!(
        lines[0],
        Value::SimpleString(
            "LATENCY <subcommand> [<arg> [value] [opt] ...]. Subcommands are:".into()
        )
    );
}

// ---------------------------------------------------------------------------------------------
// WAIT, FUNCTION FLUSH

#[test]
fn wait_without_replicas() {
    let s = TestServer::start();
    let mut c = s.client();
    assert_eq!(q::<i64>(&mut c, &["WAIT", "0", "0"]), 0);
    let start = std::time::Instant::now();
    assert_eq!(q::<i64>(&mut c, &["WAIT", "1", "50"]), 0);
    assert!(start.elapsed() >= std::time::Duration::from_millis(50));
    assert_eq!(
        err(&mut c, &["WAIT", "x", "0"]),
        "ERR value is not an integer or out of range"
    );
    assert_eq!(
        err(&mut c, &["WAIT", "0", "x"]),
        "ERR timeout is not an integer or out of range"
    );
    assert_eq!(err(&mut c, &["WAIT", "0", "-1"]), "ERR timeout is negative");
    assert_eq!(
        err(&mut c, &["WAIT", "0"]),
        "ERR wrong number of arguments for 'wait' command"
    );
}

#[test]
fn function_flush_options() {
    let s = TestServer::start();
    let mut c = s.client();
    for args in [
        &["FUNCTION", "FLUSH"][..],
        &["FUNCTION", "FLUSH", "ASYNC"],
        &["FUNCTION", "FLUSH", "sync"],
    ] {
        assert_eq!(q::<String>(&mut c, args), "OK");
    }
    assert_eq!(
        err(&mut c, &["FUNCTION", "FLUSH", "x"]),
        "ERR FUNCTION FLUSH only supports SYNC|ASYNC option"
    );
    assert_eq!(
        err(&mut c, &["FUNCTION", "FLUSH", "a", "b"]),
        "ERR unknown subcommand or wrong number of arguments for 'FLUSH'. Try FUNCTION HELP."
    );
}

#[test]
fn config_set_port_moves_the_listener_or_rolls_back() {
    let s = TestServer::start();
    let mut c = s.client();
    let old_port: Vec<String> = q(&mut c, &["CONFIG", "GET", "port"]);
    // A port someone else holds: the whole CONFIG SET is undone.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let taken_port = taken.local_addr().unwrap().port().to_string();
    assert_eq!(
        err(&mut c, &["CONFIG", "SET", "maxmemory", "10000001", "port", &taken_port]),
        "ERR CONFIG SET failed (possibly related to argument 'port') - Unable to listen on this port. Check server logs."
    );
    assert_eq!(
        q::<Vec<String>>(&mut c, &["CONFIG", "GET", "port"]),
        old_port
    );
    assert_eq!(
        q::<Vec<String>>(&mut c, &["CONFIG", "GET", "maxmemory"]),
        vec!["maxmemory", "0"]
    );
    // A free port: new connections go there; this one stays open.
    let free = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    assert_eq!(
        q::<String>(&mut c, &["CONFIG", "SET", "port", &free.to_string()]),
        "OK"
    );
    let mut moved = None;
    for _ in 0..50 {
        if let Ok(stream) = std::net::TcpStream::connect(("127.0.0.1", free)) {
            moved = Some(stream);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(moved.is_some(), "nothing listens on the new port");
    let mut raw = Raw::connect(free);
    assert_eq!(raw.cmd(&["PING"]), "+PONG\r\n");
    assert_eq!(q::<String>(&mut c, &["PING"]), "PONG");
}

#[test]
fn latency_histogram_per_command() {
    let s = TestServer::start();
    let mut c = s.client();
    q::<String>(&mut c, &["CONFIG", "RESETSTAT"]);
    // Only CONFIG RESETSTAT itself has run since.
    let v: Value = q(&mut c, &["LATENCY", "HISTOGRAM"]);
    let Value::Array(all) = v else { panic!() };
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], Value::BulkString(b"config|resetstat".to_vec()));
    q::<String>(&mut c, &["SET", "a", "b"]);
    q::<String>(&mut c, &["SET", "c", "d"]);
    q::<Option<String>>(&mut c, &["GET", "a"]);
    q::<String>(&mut c, &["CLIENT", "SETNAME", "x"]);
    let mut raw = s.raw();
    let set = raw.cmd(&["LATENCY", "HISTOGRAM", "set", "nosuch"]);
    assert!(
        set.starts_with("*2\r\n$3\r\nset\r\n*4\r\n$5\r\ncalls\r\n:2\r\n$14\r\nhistogram_usec\r\n*"),
        "{set}"
    );
    // A container stands for its subcommands.
    let client = raw.cmd(&["LATENCY", "HISTOGRAM", "client"]);
    assert!(
        client.starts_with("*2\r\n$14\r\nclient|setname\r\n*4\r\n$5\r\ncalls\r\n:1\r\n"),
        "{client}"
    );
    assert_eq!(raw.cmd(&["LATENCY", "HISTOGRAM", "blabla"]), "*0\r\n");
    let v: Value = q(&mut c, &["LATENCY", "HISTOGRAM", "set", "get"]);
    let Value::Array(two) = v else { panic!() };
    assert_eq!(two.len(), 4);
}

#[test]
fn latency_doctor_reports() {
    let s = TestServer::with_args(&["--enable-debug-command", "yes"]);
    let mut c = s.client();
    let doctor = |c: &mut redis::Connection| q::<String>(c, &["LATENCY", "DOCTOR"]);
    assert!(doctor(&mut c)
        .starts_with("I'm sorry, Dave, I can't do that. Latency monitoring is disabled"));
    q::<String>(
        &mut c,
        &["CONFIG", "SET", "latency-monitor-threshold", "10"],
    );
    assert!(doctor(&mut c).starts_with("Dave, no latency spike was observed"));
    q::<String>(&mut c, &["DEBUG", "SLEEP", "0.02"]);
    let report = doctor(&mut c);
    assert!(
        report.starts_with("Dave, I have observed latency spikes in this Redis instance."),
        "{report}"
    );
    assert!(
        report.contains("\n1. command: 1 latency spikes (average "),
        "{report}"
    );
}
