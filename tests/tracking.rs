//! Client-side caching: CLIENT TRACKING in default, BCAST, OPTIN/OPTOUT and NOLOOP modes, over
//! RESP3 pushes and RESP2 redirection.

mod common;
use common::*;

fn text(b: Vec<u8>) -> String {
    String::from_utf8(b).unwrap()
}

#[test]
fn resp3_default_mode_invalidates_once() {
    let s = TestServer::start();
    let mut t = s.raw();
    let mut w = s.raw();
    t.cmd(&["HELLO", "3"]);
    assert_eq!(t.cmd(&["CLIENT", "TRACKING", "ON"]), "+OK\r\n");
    w.cmd(&["SET", "k", "1"]);
    assert_eq!(t.cmd(&["GET", "k"]), "$1\r\n1\r\n");
    w.cmd(&["SET", "k", "2"]);
    assert_eq!(
        text(t.read_reply()),
        ">2\r\n$10\r\ninvalidate\r\n*1\r\n$1\r\nk\r\n"
    );
    // The key was forgotten: a second write sends nothing until it is read again.
    w.cmd(&["SET", "k", "3"]);
    assert_eq!(t.cmd(&["PING"]), "+PONG\r\n");
    // Untracked keys never notify.
    w.cmd(&["SET", "never-read", "x"]);
    assert_eq!(t.cmd(&["PING"]), "+PONG\r\n");
    // FLUSHALL tells every tracking client to drop everything.
    t.cmd(&["GET", "k"]);
    w.cmd(&["FLUSHALL"]);
    assert_eq!(text(t.read_reply()), ">2\r\n$10\r\ninvalidate\r\n_\r\n");
}

#[test]
fn resp2_redirect_to_subscriber() {
    let s = TestServer::start();
    let mut sink = s.raw();
    let mut t = s.raw();
    let mut w = s.raw();
    let sink_id = sink
        .cmd(&["CLIENT", "ID"])
        .trim_start_matches(':')
        .trim()
        .to_string();
    sink.send_cmd(&[b"SUBSCRIBE", b"__redis__:invalidate"]);
    sink.read_reply();
    assert_eq!(
        t.cmd(&["CLIENT", "TRACKING", "ON", "REDIRECT", &sink_id]),
        "+OK\r\n"
    );
    assert_eq!(t.cmd(&["CLIENT", "GETREDIR"]), format!(":{sink_id}\r\n"));
    t.cmd(&["GET", "a"]);
    w.cmd(&["SET", "a", "1"]);
    assert_eq!(
        text(sink.read_reply()),
        "*3\r\n$7\r\nmessage\r\n$20\r\n__redis__:invalidate\r\n*1\r\n$1\r\na\r\n"
    );
    assert_eq!(
        t.cmd(&["CLIENT", "TRACKING", "ON", "REDIRECT", "999999"]),
        "-ERR The client ID you want redirect to does not exist\r\n"
    );
}

#[test]
fn bcast_prefixes_and_noloop() {
    let s = TestServer::start();
    let mut t = s.raw();
    let mut w = s.raw();
    t.cmd(&["HELLO", "3"]);
    assert_eq!(
        t.cmd(&["CLIENT", "TRACKING", "ON", "BCAST", "PREFIX", "user:", "NOLOOP"]),
        "+OK\r\n"
    );
    w.cmd(&["SET", "user:1", "x"]);
    assert_eq!(
        text(t.read_reply()),
        ">2\r\n$10\r\ninvalidate\r\n*1\r\n$6\r\nuser:1\r\n"
    );
    w.cmd(&["SET", "order:1", "x"]);
    // NOLOOP: the client's own writes are not reported back to it.
    t.cmd(&["SET", "user:2", "mine"]);
    assert_eq!(t.cmd(&["PING"]), "+PONG\r\n");
    let info = t.cmd(&["CLIENT", "TRACKINGINFO"]);
    assert_eq!(
        info,
        "%3\r\n$5\r\nflags\r\n~3\r\n$2\r\non\r\n$5\r\nbcast\r\n$6\r\nnoloop\r\n$8\r\nredirect\r\n:0\r\n$8\r\nprefixes\r\n*1\r\n$5\r\nuser:\r\n"
    );
    assert_eq!(
        t.cmd(&["CLIENT", "TRACKING", "ON", "BCAST", "PREFIX", "use"]),
        "-ERR Prefix 'use' overlaps with an existing prefix 'user:'. Prefixes for a single client must not overlap.\r\n"
    );
}

#[test]
fn optin_tracks_only_after_caching_yes() {
    let s = TestServer::start();
    let mut t = s.raw();
    let mut w = s.raw();
    t.cmd(&["HELLO", "3"]);
    assert_eq!(t.cmd(&["CLIENT", "TRACKING", "ON", "OPTIN"]), "+OK\r\n");
    t.cmd(&["GET", "a"]);
    assert_eq!(t.cmd(&["CLIENT", "CACHING", "YES"]), "+OK\r\n");
    t.cmd(&["GET", "b"]);
    w.cmd(&["SET", "a", "1"]);
    w.cmd(&["SET", "b", "1"]);
    assert_eq!(
        text(t.read_reply()),
        ">2\r\n$10\r\ninvalidate\r\n*1\r\n$1\r\nb\r\n",
        "only b was cached"
    );
    assert_eq!(
        t.cmd(&["CLIENT", "CACHING", "NO"]),
        "-ERR CLIENT CACHING NO is only valid when tracking is enabled in OPTOUT mode.\r\n"
    );
}

#[test]
fn option_errors() {
    let s = TestServer::start();
    let mut c = s.raw();
    assert_eq!(
        c.cmd(&["CLIENT", "TRACKING", "ON", "PREFIX", "a"]),
        "-ERR PREFIX option requires BCAST mode to be enabled\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "TRACKING", "ON", "OPTIN", "OPTOUT"]),
        "-ERR You can't specify both OPTIN mode and OPTOUT mode\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "TRACKING", "ON", "BCAST", "OPTIN"]),
        "-ERR OPTIN and OPTOUT are not compatible with BCAST\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "TRACKING", "MAYBE"]),
        "-ERR syntax error\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "CACHING", "YES"]),
        "-ERR CLIENT CACHING can be called only when the client is in tracking mode with OPTIN or OPTOUT mode enabled\r\n"
    );
    assert_eq!(c.cmd(&["CLIENT", "GETREDIR"]), ":-1\r\n");
    assert_eq!(c.cmd(&["CLIENT", "TRACKING", "ON"]), "+OK\r\n");
    assert_eq!(
        c.cmd(&["CLIENT", "TRACKING", "ON", "BCAST"]),
        "-ERR You can't switch BCAST mode on/off before disabling tracking for this client, and then re-enabling it with a different mode.\r\n"
    );
    assert_eq!(c.cmd(&["CLIENT", "TRACKING", "OFF"]), "+OK\r\n");
    assert_eq!(c.cmd(&["CLIENT", "GETREDIR"]), ":-1\r\n");
}

const HELLO3_PREFIX: &str = "%7\r\n";

/// A RESP3 connection with tracking on in the given mode.
fn resp3_tracking(s: &TestServer, options: &[&str]) -> Raw {
    let mut t = s.raw();
    assert!(t.cmd(&["HELLO", "3"]).starts_with(HELLO3_PREFIX));
    let mut cmd = vec!["CLIENT", "TRACKING", "ON"];
    cmd.extend_from_slice(options);
    assert_eq!(t.cmd(&cmd), "+OK\r\n");
    t
}

fn invalidate(keys: &[&str]) -> String {
    let mut out = format!(">2\r\n$10\r\ninvalidate\r\n*{}\r\n", keys.len());
    for k in keys {
        out.push_str(&format!("${}\r\n{k}\r\n", k.len()));
    }
    out
}

/// BCAST collects the keys changed by a command (a whole transaction) and sends each prefix's
/// clients one message with that prefix's keys in byte order.
#[test]
fn bcast_sends_one_message_per_prefix_after_the_command() {
    let s = TestServer::start();
    let mut t = resp3_tracking(&s, &["BCAST", "PREFIX", "a:", "PREFIX", "b:"]);
    let mut w = s.raw();
    w.cmd(&["MULTI"]);
    for key in ["b:2", "a:2", "a:1", "b:1", "c:1"] {
        w.cmd(&["INCR", key]);
    }
    assert_eq!(w.cmd(&["EXEC"]), "*5\r\n:1\r\n:1\r\n:1\r\n:1\r\n:1\r\n");
    assert_eq!(text(t.read_reply()), invalidate(&["a:1", "a:2"]));
    assert_eq!(text(t.read_reply()), invalidate(&["b:1", "b:2"]));
    w.cmd(&["MSET", "b:9", "1", "a:3", "1", "a:1", "2"]);
    assert_eq!(text(t.read_reply()), invalidate(&["a:1", "a:3"]));
    assert_eq!(text(t.read_reply()), invalidate(&["b:9"]));
    // The client's own change reaches it after its reply (no NOLOOP).
    assert_eq!(t.cmd(&["INCR", "a:5"]), ":1\r\n");
    assert_eq!(text(t.read_reply()), invalidate(&["a:5"]));
    // Prefixes add up; INFO counts them.
    assert_eq!(
        t.cmd(&["CLIENT", "TRACKING", "ON", "BCAST", "PREFIX", "c:"]),
        "+OK\r\n"
    );
    w.cmd(&["SET", "c:1", "x"]);
    assert_eq!(text(t.read_reply()), invalidate(&["c:1"]));
    assert!(w
        .cmd(&["INFO", "stats"])
        .contains("\r\ntracking_total_prefixes:3\r\n"));
}

/// NOLOOP in BCAST mode leaves out the keys the client changed itself, but not its keys that
/// expire (expiry has no author); a key changed by others and by itself in one batch is sent.
#[test]
fn bcast_noloop_and_expired_keys() {
    let s = TestServer::start();
    let mut t = resp3_tracking(&s, &["BCAST", "NOLOOP"]);
    let mut w = s.raw();
    w.cmd(&["SET", "other", "1"]);
    assert_eq!(text(t.read_reply()), invalidate(&["other"]));
    assert_eq!(t.cmd(&["SET", "mine", "1", "PX", "30"]), "+OK\r\n");
    // Nothing about "mine" until active expiry deletes it.
    assert_eq!(text(t.read_reply()), invalidate(&["mine"]));
    assert_eq!(t.cmd(&["PING"]), "+PONG\r\n");
}

/// In default mode a client's own change of a key it cached is reported after the reply of the
/// command (or of the whole EXEC), and FLUSHDB's null likewise; a key found expired by a read
/// is reported after that read's reply.
#[test]
fn own_invalidations_follow_the_reply() {
    let s = TestServer::with_args(&["--enable-debug-command", "yes"]);
    let mut t = resp3_tracking(&s, &[]);
    t.cmd(&["HSET", "h", "f", "1"]);
    t.cmd(&["HGET", "h", "f"]);
    assert_eq!(t.cmd(&["HDEL", "h", "f"]), ":1\r\n");
    assert_eq!(text(t.read_reply()), invalidate(&["h"]));
    t.cmd(&["MSET", "x", "1", "y", "2"]);
    t.cmd(&["GET", "x"]);
    t.cmd(&["MULTI"]);
    t.cmd(&["INCR", "x"]);
    t.cmd(&["GET", "y"]);
    assert_eq!(t.cmd(&["EXEC"]), "*2\r\n:2\r\n$1\r\n2\r\n");
    assert_eq!(text(t.read_reply()), invalidate(&["x"]));
    t.cmd(&["GET", "x"]);
    t.cmd(&["MULTI"]);
    t.cmd(&["FLUSHDB"]);
    assert_eq!(t.cmd(&["EXEC"]), "*1\r\n+OK\r\n");
    assert_eq!(text(t.read_reply()), ">2\r\n$10\r\ninvalidate\r\n_\r\n");
    t.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "0"]);
    t.cmd(&["MSET", "x", "1", "y", "2"]);
    t.cmd(&["PEXPIRE", "y", "20"]);
    t.cmd(&["GET", "y"]);
    std::thread::sleep(std::time::Duration::from_millis(60));
    assert_eq!(t.cmd(&["MGET", "x", "y"]), "*2\r\n$1\r\n1\r\n_\r\n");
    assert_eq!(text(t.read_reply()), invalidate(&["y"]));
    t.cmd(&["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
}

/// A blocked BLMOVE served by another client's push: its reply comes before the invalidation
/// of the destination it had cached.
#[test]
fn served_blocked_client_gets_its_reply_first() {
    let s = TestServer::start();
    let mut t = resp3_tracking(&s, &[]);
    let mut w = s.raw();
    w.cmd(&["RPUSH", "list2", "a"]);
    assert_eq!(t.cmd(&["LRANGE", "list2", "0", "-1"]), "*1\r\n$1\r\na\r\n");
    t.send_cmd(&[b"BLMOVE", b"list1", b"list2", b"LEFT", b"LEFT", b"0"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !w
        .cmd(&["INFO", "clients"])
        .contains("blocked_clients:1\r\n")
    {
        assert!(std::time::Instant::now() < deadline);
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    w.cmd(&["RPUSH", "list1", "foo"]);
    assert_eq!(text(t.read_reply()), "$3\r\nfoo\r\n");
    assert_eq!(text(t.read_reply()), invalidate(&["list2"]));
}

/// Past tracking-table-max-keys, keys are forgotten before the next command runs — their
/// clients told at once, ahead of that command's reply — until the table is under the limit.
#[test]
fn table_limit_evicts_keys_before_the_next_command() {
    let s = TestServer::start();
    let mut t = resp3_tracking(&s, &[]);
    let mut admin = s.raw();
    t.cmd(&["MGET", "1{tag}", "2{tag}"]);
    t.cmd(&["MULTI"]);
    admin.cmd(&["CONFIG", "SET", "tracking-table-max-keys", "1"]);
    t.send_cmd(&[b"PING"]);
    let evicted = text(t.read_reply());
    assert!(
        evicted == invalidate(&["1{tag}"]) || evicted == invalidate(&["2{tag}"]),
        "{evicted}"
    );
    assert_eq!(text(t.read_reply()), "+QUEUED\r\n");
    assert_eq!(t.cmd(&["EXEC"]), "*1\r\n+PONG\r\n");
    // Many keys over the limit: exactly the surplus is evicted, over several rounds.
    admin.cmd(&["CONFIG", "SET", "tracking-table-max-keys", "0"]);
    let mut sink = s.raw();
    let sink_id = sink
        .cmd(&["CLIENT", "ID"])
        .trim_start_matches(':')
        .trim()
        .to_string();
    sink.cmd(&["SUBSCRIBE", "__redis__:invalidate"]);
    t.cmd(&["CLIENT", "TRACKING", "OFF"]);
    admin.cmd(&["FLUSHALL"]);
    let mut r = s.raw();
    r.cmd(&["CLIENT", "TRACKING", "ON", "REDIRECT", &sink_id]);
    for i in 0..250 {
        r.cmd(&["GET", &format!("key{i}")]);
    }
    assert!(admin
        .cmd(&["INFO", "stats"])
        .contains("\r\ntracking_total_keys:250\r\n"));
    admin.cmd(&["CONFIG", "SET", "tracking-table-max-keys", "1"]);
    for _ in 0..249 {
        let msg = text(sink.read_reply());
        assert!(
            msg.starts_with("*3\r\n$7\r\nmessage\r\n$20\r\n__redis__:invalidate\r\n*1\r\n"),
            "{msg}"
        );
    }
    assert_eq!(
        sink.cmd(&["PING"]),
        "*2\r\n$4\r\npong\r\n$0\r\n\r\n",
        "no more than the surplus"
    );
    assert!(admin
        .cmd(&["INFO", "stats"])
        .contains("\r\ntracking_total_keys:1\r\n"));
}

/// A RESP2 client redirecting to a subscriber: FLUSHALL sends the null of the tracking client's
/// protocol; when the target is gone, a RESP3 client is told `tracking-redir-broken`. INFO and
/// CLIENT LIST report tracking state.
#[test]
fn redirection_flush_and_broken_target() {
    let s = TestServer::start();
    let mut sink = s.raw();
    let sink_id = sink
        .cmd(&["CLIENT", "ID"])
        .trim_start_matches(':')
        .trim()
        .to_string();
    sink.cmd(&["SUBSCRIBE", "__redis__:invalidate"]);
    let mut r = s.raw();
    let mut w = s.raw();
    r.cmd(&["CLIENT", "TRACKING", "ON", "REDIRECT", &sink_id]);
    r.cmd(&["GET", "k"]);
    w.cmd(&["FLUSHALL"]);
    assert_eq!(
        text(sink.read_reply()),
        "*3\r\n$7\r\nmessage\r\n$20\r\n__redis__:invalidate\r\n$-1\r\n"
    );
    let list = w.cmd(&["CLIENT", "LIST"]);
    assert!(
        list.contains(" flags=t db=0 ") && list.contains(&format!(" redir={sink_id} ")),
        "{list}"
    );
    let mut t = resp3_tracking(&s, &["REDIRECT", &sink_id]);
    t.cmd(&["GET", "k2"]);
    r.cmd(&["GET", "k1"]);
    w.cmd(&["SET", "k1", "1"]);
    sink.read_reply();
    let info = w.cmd(&["INFO"]);
    for field in [
        "tracking_clients:2",
        "tracking_total_keys:1",
        "tracking_total_items:1",
        "tracking_total_prefixes:0",
    ] {
        assert!(info.contains(&format!("\r\n{field}\r\n")), "{field}");
    }
    assert_eq!(sink.cmd(&["QUIT"]), "+OK\r\n");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while w
        .cmd(&["CLIENT", "LIST"])
        .contains(&format!("id={sink_id} "))
    {
        assert!(std::time::Instant::now() < deadline);
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    w.cmd(&["SET", "k2", "x"]);
    assert_eq!(
        text(t.read_reply()),
        format!(">2\r\n$21\r\ntracking-redir-broken\r\n:{sink_id}\r\n")
    );
    let info = t.cmd(&["CLIENT", "TRACKINGINFO"]);
    assert!(
        info.contains("~2\r\n$2\r\non\r\n$15\r\nbroken_redirect\r\n"),
        "{info}"
    );
    assert!(w.cmd(&["CLIENT", "LIST"]).contains(" flags=tR "));
    let mut b = resp3_tracking(&s, &["BCAST"]);
    assert!(b.cmd(&["CLIENT", "INFO"]).contains(" flags=tB "));
}

/// CLIENT CACHING applies to the next command, or to the whole transaction that follows it (the
/// flag is kept while MULTI queues, and by other CLIENT subcommands).
#[test]
fn caching_flag_lifetime() {
    let s = TestServer::start();
    let mut t = resp3_tracking(&s, &["OPTIN"]);
    let mut w = s.raw();
    t.cmd(&["CLIENT", "CACHING", "YES"]);
    t.cmd(&["MULTI"]);
    t.cmd(&["GET", "k1"]);
    t.cmd(&["EXEC"]);
    t.cmd(&["CLIENT", "CACHING", "YES"]);
    t.cmd(&["PING"]);
    t.cmd(&["GET", "k2"]);
    t.cmd(&["CLIENT", "CACHING", "YES"]);
    t.cmd(&["CLIENT", "ID"]);
    t.cmd(&["GET", "k3"]);
    t.cmd(&["CLIENT", "CACHING", "YES"]);
    t.cmd(&["MULTI"]);
    t.cmd(&["CLIENT", "CACHING", "YES"]);
    t.cmd(&["GET", "k4"]);
    t.cmd(&["EXEC"]);
    t.cmd(&["GET", "k5"]);
    w.cmd(&[
        "MSET", "k1", "1", "k2", "1", "k3", "1", "k4", "1", "k5", "1",
    ]);
    for key in ["k1", "k3", "k4"] {
        assert_eq!(text(t.read_reply()), invalidate(&[key]));
    }
    assert_eq!(t.cmd(&["PING"]), "+PONG\r\n");
}

/// Keys read before switching to BCAST give no default-mode message any more.
#[test]
fn switching_to_bcast_forgets_earlier_keys() {
    let s = TestServer::start();
    let mut t = resp3_tracking(&s, &[]);
    let mut w = s.raw();
    t.cmd(&["GET", "key1"]);
    t.cmd(&["CLIENT", "TRACKING", "OFF"]);
    t.cmd(&["CLIENT", "TRACKING", "ON", "BCAST"]);
    w.cmd(&["INCR", "key1"]);
    assert_eq!(text(t.read_reply()), invalidate(&["key1"]));
    assert_eq!(t.cmd(&["PING"]), "+PONG\r\n");
}

/// RESET turns tracking off, BCAST prefixes included.
#[test]
fn reset_turns_tracking_off() {
    let s = TestServer::start();
    let mut t = resp3_tracking(&s, &["BCAST"]);
    assert_eq!(t.cmd(&["RESET"]), "+RESET\r\n");
    assert_eq!(
        t.cmd(&["CLIENT", "TRACKINGINFO"]),
        "*6\r\n$5\r\nflags\r\n*1\r\n$3\r\noff\r\n$8\r\nredirect\r\n:-1\r\n$8\r\nprefixes\r\n*0\r\n"
    );
    assert_eq!(t.cmd(&["SET", "a", "1"]), "+OK\r\n");
    assert_eq!(t.cmd(&["PING"]), "+PONG\r\n");
    assert!(t
        .cmd(&["INFO", "stats"])
        .contains("\r\ntracking_total_prefixes:0\r\n"));
}
