//! INFO, TIME, LASTSAVE, SHUTDOWN, MONITOR and the connection limits (maxclients, timeout,
//! protected mode), with replies checked against redis-server 7.0.15.

mod common;
use common::*;
use std::io::Read;
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// The bulk payload of a raw `$len\r\n...\r\n` reply.
fn bulk_text(reply: &str) -> String {
    let body = reply.split_once("\r\n").expect("bulk").1;
    body.strip_suffix("\r\n").unwrap_or(body).to_string()
}

fn info(c: &mut Raw, args: &[&str]) -> String {
    let mut argv = vec!["INFO"];
    argv.extend_from_slice(args);
    bulk_text(&c.cmd(&argv))
}

/// `field:value` of an INFO text.
fn info_field(text: &str, name: &str) -> String {
    text.split("\r\n")
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .unwrap_or_else(|| panic!("no {name} in INFO"))
        .to_string()
}

fn section_titles(text: &str) -> Vec<String> {
    text.split("\r\n")
        .filter(|l| l.starts_with("# "))
        .map(|l| l[2..].to_string())
        .collect()
}

#[test]
fn info_default_sections_and_layout() {
    let s = TestServer::start();
    let mut c = s.raw();
    let text = info(&mut c, &[]);
    assert_eq!(
        section_titles(&text),
        [
            "Server",
            "Clients",
            "Memory",
            "Persistence",
            "Stats",
            "Replication",
            "CPU",
            "Modules",
            "Errorstats",
            "Cluster",
            "Keyspace"
        ]
    );
    assert!(text.starts_with("# Server\r\nredis_version:7.0.15\r\nredis_git_sha1:00000000\r\n"));
    // Sections are separated by one empty line; no trailing empty line.
    assert!(text.contains("\r\n\r\n# Clients\r\nconnected_clients:1\r\n"));
    assert!(text.contains("# Modules\r\n\r\n# Errorstats\r\n"));
    assert!(text.ends_with("# Keyspace\r\n"));
    assert!(!text.contains("rejected_calls"));
    assert_eq!(
        section_titles(&info(&mut c, &["default"])),
        section_titles(&text)
    );
}

#[test]
fn info_selection_rules() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.cmd(&["PING"]);
    let all = info(&mut c, &["all"]);
    assert_eq!(
        section_titles(&all),
        [
            "Server",
            "Clients",
            "Memory",
            "Persistence",
            "Stats",
            "Replication",
            "CPU",
            "Modules",
            "Commandstats",
            "Errorstats",
            "Latencystats",
            "Cluster",
            "Keyspace"
        ]
    );
    assert!(all.contains("rejected_calls"));
    assert_eq!(
        section_titles(&info(&mut c, &["everything"])),
        section_titles(&all)
    );
    assert_eq!(section_titles(&info(&mut c, &["cpu"])), ["CPU"]);
    assert_eq!(
        section_titles(&info(&mut c, &["commandSTATS"])),
        ["Commandstats"]
    );
    assert_eq!(
        section_titles(&info(&mut c, &["cpu", "server", "cpu"])),
        ["Server", "CPU"]
    );
    assert_eq!(section_titles(&info(&mut c, &["cpu", "default"])).len(), 11);
    let cpu_all = info(&mut c, &["cpu", "all"]);
    assert_eq!(cpu_all.matches("used_cpu_user_children").count(), 1);
    assert_eq!(section_titles(&info(&mut c, &["modules"])), ["Modules"]);
    assert_eq!(
        section_titles(&info(&mut c, &["sentinel"])),
        Vec::<String>::new()
    );
    assert_eq!(c.cmd(&["INFO", "nosuchsection"]), "$0\r\n\r\n");
    // RESP3: verbatim text.
    c.cmd(&["HELLO", "3"]);
    assert!(c
        .cmd(&["INFO", "cluster"])
        .starts_with("=34\r\ntxt:# Cluster\r\ncluster_enabled:0\r\n"));
}

#[test]
fn info_fields_follow_the_server() {
    let s = TestServer::start();
    let mut c = s.raw();
    let server = info(&mut c, &["server"]);
    assert_eq!(info_field(&server, "redis_version"), "7.0.15");
    assert_eq!(
        info_field(&server, "respite_version"),
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(info_field(&server, "redis_mode"), "standalone");
    assert_eq!(info_field(&server, "tcp_port"), s.port().to_string());
    assert_eq!(
        info_field(&server, "process_id"),
        std::process::id().to_string()
    );
    assert_eq!(info_field(&server, "run_id").len(), 40);
    assert_eq!(info_field(&server, "hz"), "10");
    assert_eq!(info_field(&server, "config_file"), "");
    let now_us = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_micros() as i64;
    let server_us: i64 = info_field(&server, "server_time_usec").parse().unwrap();
    assert!((server_us - now_us).abs() < 5_000_000);

    // Clients.
    let _other = s.raw();
    let mut other2 = s.raw();
    other2.cmd(&["PING"]);
    let clients = info(&mut c, &["clients"]);
    assert_eq!(info_field(&clients, "connected_clients"), "3");
    assert_eq!(info_field(&clients, "maxclients"), "10000");
    assert_eq!(info_field(&clients, "blocked_clients"), "0");

    // Persistence: the dirty counter and the last save time.
    let before: u64 = info_field(
        &info(&mut c, &["persistence"]),
        "rdb_changes_since_last_save",
    )
    .parse()
    .unwrap();
    c.cmd(&["SET", "a", "1"]);
    c.cmd(&["SET", "b", "2"]);
    let persistence = info(&mut c, &["persistence"]);
    assert_eq!(
        info_field(&persistence, "rdb_changes_since_last_save"),
        (before + 2).to_string()
    );
    assert_eq!(
        c.cmd(&["LASTSAVE"]),
        format!(":{}\r\n", info_field(&persistence, "rdb_last_save_time"))
    );

    // Stats.
    c.cmd(&["GET", "a"]);
    c.cmd(&["GET", "nosuchkey"]);
    c.cmd(&["NOSUCHCOMMAND"]);
    let stats = info(&mut c, &["stats"]);
    assert_eq!(info_field(&stats, "keyspace_hits"), "1");
    assert_eq!(info_field(&stats, "keyspace_misses"), "1");
    assert_eq!(info_field(&stats, "total_error_replies"), "1");
    assert_eq!(info_field(&stats, "total_connections_received"), "3");
    // Rejected requests are not "processed"; the INFO calls so far are.
    let processed: u64 = info_field(&stats, "total_commands_processed")
        .parse()
        .unwrap();
    assert!((9..=10).contains(&processed), "{processed}");

    // Replication and memory.
    let replication = info(&mut c, &["replication"]);
    assert_eq!(info_field(&replication, "role"), "master");
    assert_eq!(info_field(&replication, "connected_slaves"), "0");
    assert_eq!(info_field(&replication, "master_replid").len(), 40);
    let memory = info(&mut c, &["memory"]);
    let used: u64 = info_field(&memory, "used_memory").parse().unwrap();
    assert!(used > 0);
    assert!(info_field(&memory, "used_memory_human").ends_with(['B', 'K', 'M', 'G']));
    assert!(
        info_field(&memory, "used_memory_rss")
            .parse::<u64>()
            .unwrap()
            > 0
    );
    assert_eq!(info_field(&memory, "maxmemory_policy"), "noeviction");
    assert!(info_field(&info(&mut c, &["cpu"]), "used_cpu_user").contains('.'));
}

#[test]
fn info_commandstats_errorstats_keyspace() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.cmd(&["SET", "k", "v"]);
    c.cmd(&["SET", "t", "v", "PX", "100000"]);
    c.cmd(&["GET", "k"]);
    c.cmd(&["GET"]); // rejected: arity
    c.cmd(&["INCR", "k"]); // failed: not an integer
    c.cmd(&["CLIENT", "ID"]);
    c.cmd(&["SELECT", "2"]);
    c.cmd(&["SET", "other", "x"]);
    let stats = info(&mut c, &["commandstats"]);
    let line = |name: &str| {
        stats
            .split("\r\n")
            .find(|l| l.starts_with(&format!("cmdstat_{name}:")))
            .map(|l| l.to_string())
    };
    let set = line("set").unwrap();
    assert!(set.starts_with("cmdstat_set:calls=3,usec="), "{set}");
    assert!(
        set.contains(",usec_per_call=") && set.ends_with(",rejected_calls=0,failed_calls=0"),
        "{set}"
    );
    assert!(line("get")
        .unwrap()
        .ends_with(",rejected_calls=1,failed_calls=0"));
    assert!(line("incr")
        .unwrap()
        .ends_with(",rejected_calls=0,failed_calls=1"));
    assert!(line("client|id")
        .unwrap()
        .starts_with("cmdstat_client|id:calls=1,"));
    assert!(line("hset").is_none());

    let errors = info(&mut c, &["errorstats"]);
    assert_eq!(errors, "# Errorstats\r\nerrorstat_ERR:count=2\r\n");
    c.cmd(&["SET", "l", "x"]);
    c.cmd(&["LPUSH", "l", "x"]);
    assert_eq!(
        info(&mut c, &["errorstats"]),
        "# Errorstats\r\nerrorstat_ERR:count=2\r\nerrorstat_WRONGTYPE:count=1\r\n"
    );

    let keyspace = info(&mut c, &["keyspace"]);
    let lines: Vec<&str> = keyspace.split("\r\n").collect();
    assert_eq!(lines[0], "# Keyspace");
    assert!(
        lines[1].starts_with("db0:keys=2,expires=1,avg_ttl="),
        "{keyspace}"
    );
    let avg_ttl: i64 = lines[1].rsplit('=').next().unwrap().parse().unwrap();
    assert!((90_000..=100_000).contains(&avg_ttl), "{avg_ttl}");
    assert_eq!(lines[2], "db2:keys=2,expires=0,avg_ttl=0");
}

#[test]
fn time_and_lastsave() {
    let s = TestServer::start();
    let mut c = s.client();
    let t: Vec<String> = q(&mut c, &["TIME"]);
    assert_eq!(t.len(), 2);
    let secs: i64 = t[0].parse().unwrap();
    let usecs: i64 = t[1].parse().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((secs - now).abs() <= 2);
    assert!((0..1_000_000).contains(&usecs));
    assert_eq!(
        err(&mut c, &["TIME", "x"]),
        "ERR wrong number of arguments for 'time' command"
    );
    let lastsave: i64 = q(&mut c, &["LASTSAVE"]);
    assert!((lastsave - now).abs() <= 5);
    assert_eq!(
        err(&mut c, &["LASTSAVE", "x"]),
        "ERR wrong number of arguments for 'lastsave' command"
    );
}

#[test]
fn shutdown_arguments_and_shutdown() {
    let s = TestServer::start();
    let mut c = s.raw();
    for args in [
        &["SHUTDOWN", "NOSAVE", "SAVE"][..],
        &["SHUTDOWN", "ABORT", "NOW"],
        &["SHUTDOWN", "FOO"],
    ] {
        assert_eq!(c.cmd(args), "-ERR syntax error\r\n");
    }
    assert_eq!(
        c.cmd(&["SHUTDOWN", "ABORT"]),
        "-ERR No shutdown in progress.\r\n"
    );
    assert_eq!(c.cmd(&["MULTI"]), "+OK\r\n");
    assert_eq!(
        c.cmd(&["SHUTDOWN"]),
        "-ERR Command not allowed inside a transaction\r\n"
    );
    assert_eq!(c.cmd(&["DISCARD"]), "+OK\r\n");
    // Success has no reply: the connection closes and the server stops listening.
    c.send_cmd(&[b"SHUTDOWN", b"NOSAVE", b"NOW", b"FORCE"]);
    assert!(c.is_closed());
    let server = s.handle.server.clone();
    assert!(server
        .shutdown_requested
        .load(std::sync::atomic::Ordering::Relaxed));
    let addr = SocketAddr::from(([127, 0, 0, 1], s.port()));
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
        assert!(Instant::now() < deadline, "still accepting connections");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A connection to the server made from a chosen loopback address.
fn connect_from_address(ip: [u8; 4], port: u16) -> TcpStream {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .unwrap();
    let stream = rt.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind(SocketAddr::from((ip, 0))).unwrap();
        let stream = socket
            .connect(SocketAddr::from(([127, 0, 0, 1], port)))
            .await
            .unwrap();
        stream.into_std().unwrap()
    });
    stream.set_nonblocking(false).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream
}

/// Reads MONITOR lines until `n` have arrived, with the timestamp and the client's port
/// replaced by `T` and `P`.
fn monitor_lines(m: &mut Raw, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| {
            let line = String::from_utf8_lossy(&m.read_reply()).into_owned();
            let (stamp, rest) = line[1..].split_once(' ').expect("timestamp");
            let (secs, usecs) = stamp.split_once('.').expect("seconds.micros");
            assert!(secs.parse::<u64>().is_ok() && usecs.len() == 6, "{line}");
            let (origin, args) = rest.split_once("] ").expect("origin");
            let origin = match origin.rsplit_once(':') {
                Some((host, _port)) => format!("{host}:P"),
                None => origin.to_string(),
            };
            format!("+T {origin}] {args}")
        })
        .collect()
}

#[test]
fn monitor_shows_commands_like_redis() {
    let s = TestServer::start();
    let mut m = s.raw();
    assert_eq!(m.cmd(&["MONITOR"]), "+OK\r\n");
    let mut c = s.raw();
    c.send_cmd(&[b"set", b"k", b"a\"b\\c\r\n\t\x07\x08\x00\xff ~"]);
    c.read_reply();
    for args in [
        &["SELECT", "3"][..],
        &["get", "k"],
        &["AUTH", "x"],
        &["AUTH", "u", "p"],
        &["CONFIG", "GET", "port"],
        &["CLIENT", "ID"],
        &["HELLO", "2", "AUTH", "u", "p"],
        &["nosuch"],
        &["get"],
        &["MULTI"],
        &["SET", "a", "1"],
        &["EXEC"],
        &["INFO", "server"],
        &["TIME"],
        &["SHUTDOWN", "ABORT"],
        &["CLIENT", "LIST"],
        &["PING"],
    ] {
        c.cmd(args);
    }
    // Exactly what redis-server 7.0.15 shows for the same session: no admin commands (CONFIG,
    // SHUTDOWN, CLIENT LIST), no rejected ones, passwords redacted, the database after SELECT.
    let expected = [
        r#"+T [0 127.0.0.1:P] "set" "k" "a\"b\\c\r\n\t\a\b\x00\xff ~""#,
        r#"+T [3 127.0.0.1:P] "SELECT" "3""#,
        r#"+T [3 127.0.0.1:P] "get" "k""#,
        r#"+T [3 127.0.0.1:P] "AUTH" "(redacted)""#,
        r#"+T [3 127.0.0.1:P] "AUTH" "(redacted)" "(redacted)""#,
        r#"+T [3 127.0.0.1:P] "CLIENT" "ID""#,
        r#"+T [3 127.0.0.1:P] "HELLO" "2" "AUTH" "(redacted)" "(redacted)""#,
        r#"+T [3 127.0.0.1:P] "MULTI""#,
        r#"+T [3 127.0.0.1:P] "SET" "a" "1""#,
        r#"+T [3 127.0.0.1:P] "EXEC""#,
        r#"+T [3 127.0.0.1:P] "INFO" "server""#,
        r#"+T [3 127.0.0.1:P] "TIME""#,
        r#"+T [3 127.0.0.1:P] "PING""#,
    ];
    let expected: Vec<String> = expected.iter().map(|l| format!("{l}\r\n")).collect();
    assert_eq!(monitor_lines(&mut m, expected.len()), expected);
}

#[test]
fn monitor_client_rules() {
    let s = TestServer::start();
    let mut m = s.raw();
    // MONITOR twice: the second is ignored without a reply. The monitor's own commands are
    // shown after their replies; keyspace commands are refused (it is a replica to Redis).
    m.send(b"MONITOR\r\nGET a\r\nPING\r\nMONITOR\r\nECHO x\r\n");
    assert_eq!(String::from_utf8_lossy(&m.read_reply()), "+OK\r\n");
    assert_eq!(
        String::from_utf8_lossy(&m.read_reply()),
        "-ERR Replica can't interact with the keyspace\r\n"
    );
    assert_eq!(String::from_utf8_lossy(&m.read_reply()), "+PONG\r\n");
    assert_eq!(
        monitor_lines(&mut m, 1),
        [r#"+T [0 127.0.0.1:P] "PING""#.to_string() + "\r\n"]
    );
    assert_eq!(String::from_utf8_lossy(&m.read_reply()), "$1\r\nx\r\n");
    assert_eq!(
        monitor_lines(&mut m, 1),
        [r#"+T [0 127.0.0.1:P] "ECHO" "x""#.to_string() + "\r\n"]
    );
    let mut c = s.raw();
    let list = bulk_text(&c.cmd(&["CLIENT", "LIST"]));
    assert!(list.lines().any(|l| l.contains(" flags=O ")), "{list}");
    // RESET ends MONITOR mode.
    let mut m3 = s.raw();
    assert_eq!(m3.cmd(&["MONITOR"]), "+OK\r\n");
    assert_eq!(m3.cmd(&["RESET"]), "+RESET\r\n");
    assert_eq!(m3.cmd(&["SET", "after", "reset"]), "+OK\r\n");
    // Inside a transaction MONITOR is refused.
    c.cmd(&["MULTI"]);
    c.cmd(&["MONITOR"]);
    assert_eq!(
        c.cmd(&["EXEC"]),
        "*1\r\n-ERR MONITOR isn't allowed for DENY BLOCKING client\r\n"
    );
    // A monitor that disconnects stops being fed; the others go on.
    let mut m2 = s.raw();
    assert_eq!(m2.cmd(&["MONITOR"]), "+OK\r\n");
    drop(m);
    c.cmd(&["ECHO", "still"]);
    assert_eq!(
        monitor_lines(&mut m2, 1),
        [r#"+T [0 127.0.0.1:P] "ECHO" "still""#.to_string() + "\r\n"]
    );
    let monitors = || {
        let all = s.handle.server.clients.all();
        all.iter()
            .filter(|c| c.has_flag(respite::server::client::client_flags::MONITOR))
            .count()
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while monitors() != 1 {
        assert!(
            Instant::now() < deadline,
            "the closed monitor is still registered"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn maxclients_rejects_with_redis_error() {
    let s = TestServer::with_args(&["--maxclients", "2"]);
    let mut a = s.raw();
    let mut b = s.raw();
    assert_eq!(a.cmd(&["PING"]), "+PONG\r\n");
    assert_eq!(b.cmd(&["PING"]), "+PONG\r\n");
    let mut third = TcpStream::connect(("127.0.0.1", s.port())).unwrap();
    third
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut got = Vec::new();
    third.read_to_end(&mut got).unwrap();
    assert_eq!(got, b"-ERR max number of clients reached\r\n");
    let stats = info(&mut a, &["stats"]);
    assert_eq!(info_field(&stats, "rejected_connections"), "1");
    assert_eq!(info_field(&stats, "total_connections_received"), "2");
    drop(b);
    // A freed slot is usable again.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mut c = s.raw();
        c.send_cmd(&[b"PING"]);
        if String::from_utf8_lossy(&c.read_reply()) == "+PONG\r\n" {
            break;
        }
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn timeout_closes_idle_clients_but_not_subscribers() {
    let s = TestServer::with_args(&["--timeout", "1"]);
    let mut idle = s.raw();
    let mut subscriber = s.raw();
    assert_eq!(idle.cmd(&["PING"]), "+PONG\r\n");
    assert_eq!(
        subscriber.cmd(&["SUBSCRIBE", "ch"]),
        "*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n"
    );
    let start = Instant::now();
    assert!(idle.is_closed());
    let after = start.elapsed();
    assert!(
        after >= Duration::from_millis(900) && after < Duration::from_secs(5),
        "{after:?}"
    );
    // The subscriber is still there.
    assert_eq!(subscriber.cmd(&["PING"]), "*2\r\n$4\r\npong\r\n$0\r\n\r\n");
}

#[test]
fn protected_mode_denies_non_local_clients_without_password() {
    let s = TestServer::with_args(&["--protected-mode", "yes"]);
    // 127.0.0.2 is loopback but not "local" to Redis, which compares with 127.0.0.1 and ::1.
    let connect_from = |ip: [u8; 4]| connect_from_address(ip, s.port());
    let mut far = connect_from([127, 0, 0, 2]);
    let mut got = Vec::new();
    far.read_to_end(&mut got).unwrap();
    let text = String::from_utf8(got).unwrap();
    assert!(text.starts_with("-DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user."), "{text}");
    assert!(text.ends_with("the server to start accepting connections from the outside.\r\n"));
    assert_eq!(
        text.len(),
        respite::server::connection::PROTECTED_MODE_DENIED.len()
    );
    let mut c = s.raw();
    assert_eq!(
        info_field(&info(&mut c, &["stats"]), "rejected_connections"),
        "1"
    );
    // With protected mode off, the same client is served.
    assert_eq!(c.cmd(&["CONFIG", "SET", "protected-mode", "no"]), "+OK\r\n");
    let mut far = connect_from([127, 0, 0, 2]);
    std::io::Write::write_all(&mut far, b"PING\r\n").unwrap();
    let mut buf = [0u8; 7];
    far.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"+PONG\r\n");
}

#[test]
fn info_latencystats_percentiles() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.cmd(&["SET", "a", "b"]);
    c.cmd(&["GET", "a"]);
    let text = info(&mut c, &["latencystats"]);
    let line = |text: &str, name: &str| {
        text.split("\r\n")
            .find(|l| l.starts_with(&format!("latency_percentiles_usec_{name}:")))
            .map(|l| l.to_string())
    };
    let set = line(&text, "set").expect("set is tracked");
    // p50=1.003,p99=1.003,p99.9=1.003: three values in µs with three decimals.
    let values = set.split_once(':').unwrap().1;
    let labels: Vec<&str> = values
        .split(',')
        .map(|kv| kv.split_once('=').unwrap().0)
        .collect();
    assert_eq!(labels, ["p50", "p99", "p99.9"]);
    for kv in values.split(',') {
        let v = kv.split_once('=').unwrap().1;
        assert_eq!(v.split_once('.').unwrap().1.len(), 3, "{set}");
    }
    assert!(line(&text, "get").is_some());
    assert_eq!(
        c.cmd(&[
            "CONFIG",
            "SET",
            "latency-tracking-info-percentiles",
            "0.0 50.0 100.0"
        ]),
        "+OK\r\n"
    );
    let set = line(&info(&mut c, &["latencystats"]), "set").unwrap();
    assert!(set.starts_with("latency_percentiles_usec_set:p0="), "{set}");
    assert!(set.contains(",p50=") && set.contains(",p100="));
    assert_eq!(c.cmd(&["CONFIG", "RESETSTAT"]), "+OK\r\n");
    assert!(line(&info(&mut c, &["latencystats"]), "set").is_none());
    assert_eq!(
        c.cmd(&["CONFIG", "SET", "latency-tracking", "no"]),
        "+OK\r\n"
    );
    c.cmd(&["SET", "a", "b"]);
    assert_eq!(info(&mut c, &["latencystats"]), "# Latencystats\r\n");
}

#[test]
fn errors_inside_exec_are_counted() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.cmd(&["SET", "a", "b"]);
    c.cmd(&["MULTI"]);
    c.cmd(&["SET", "x", "1"]);
    c.cmd(&["INCR", "a"]);
    assert_eq!(
        c.cmd(&["EXEC"]),
        "*2\r\n+OK\r\n-ERR value is not an integer or out of range\r\n"
    );
    assert_eq!(
        info(&mut c, &["errorstats"]),
        "# Errorstats\r\nerrorstat_ERR:count=1\r\n"
    );
    let stats = info(&mut c, &["commandstats"]);
    assert!(stats.contains("cmdstat_incr:calls=1,"), "{stats}");
    assert!(stats.contains(",rejected_calls=0,failed_calls=1\r\n"));
    assert!(stats.contains("cmdstat_exec:calls=1,"));
    assert_eq!(c.cmd(&["EXEC"]), "-ERR EXEC without MULTI\r\n");
    assert_eq!(
        info(&mut c, &["errorstats"]),
        "# Errorstats\r\nerrorstat_ERR:count=2\r\n"
    );
}

/// `io-threads N` runs N event loops over one keyspace: clients spread over them all see every
/// write of the others, and INCRs from all of them add up exactly.
#[test]
fn io_threads_sets_the_number_of_event_loops() {
    let s = TestServer::with_args(&["--io-threads", "3"]);
    let mut c = s.raw();
    assert_eq!(
        c.cmd(&["CONFIG", "GET", "io-threads"]),
        "*2\r\n$10\r\nio-threads\r\n$1\r\n3\r\n"
    );
    let port = s.port();
    let workers: Vec<_> = (0..9)
        .map(|_| {
            std::thread::spawn(move || {
                let mut c = Raw::connect(port);
                for _ in 0..200 {
                    assert!(c.cmd(&["INCR", "counter"]).starts_with(':'));
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    assert_eq!(c.cmd(&["GET", "counter"]), "$4\r\n1800\r\n");
    // Like Redis, the directive cannot change at run time.
    assert!(c
        .cmd(&["CONFIG", "SET", "io-threads", "2"])
        .starts_with("-ERR"));
}
