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
    assert_eq!(text(t.read_reply()), ">2\r\n$10\r\ninvalidate\r\n*1\r\n$1\r\nk\r\n");
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
    let sink_id = sink.cmd(&["CLIENT", "ID"]).trim_start_matches(':').trim().to_string();
    sink.send_cmd(&[b"SUBSCRIBE", b"__redis__:invalidate"]);
    sink.read_reply();
    assert_eq!(t.cmd(&["CLIENT", "TRACKING", "ON", "REDIRECT", &sink_id]), "+OK\r\n");
    assert_eq!(t.cmd(&["CLIENT", "GETREDIR"]), format!(":{sink_id}\r\n"));
    t.cmd(&["GET", "a"]);
    w.cmd(&["SET", "a", "1"]);
    assert_eq!(text(sink.read_reply()), "*3\r\n$7\r\nmessage\r\n$20\r\n__redis__:invalidate\r\n*1\r\n$1\r\na\r\n");
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
    assert_eq!(t.cmd(&["CLIENT", "TRACKING", "ON", "BCAST", "PREFIX", "user:", "NOLOOP"]), "+OK\r\n");
    w.cmd(&["SET", "user:1", "x"]);
    assert_eq!(text(t.read_reply()), ">2\r\n$10\r\ninvalidate\r\n*1\r\n$6\r\nuser:1\r\n");
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
    assert_eq!(text(t.read_reply()), ">2\r\n$10\r\ninvalidate\r\n*1\r\n$1\r\nb\r\n", "only b was cached");
    assert_eq!(
        t.cmd(&["CLIENT", "CACHING", "NO"]),
        "-ERR CLIENT CACHING NO is only valid when tracking is enabled in OPTOUT mode.\r\n"
    );
}

#[test]
fn option_errors() {
    let s = TestServer::start();
    let mut c = s.raw();
    assert_eq!(c.cmd(&["CLIENT", "TRACKING", "ON", "PREFIX", "a"]), "-ERR PREFIX option requires BCAST mode to be enabled\r\n");
    assert_eq!(c.cmd(&["CLIENT", "TRACKING", "ON", "OPTIN", "OPTOUT"]), "-ERR You can't specify both OPTIN mode and OPTOUT mode\r\n");
    assert_eq!(c.cmd(&["CLIENT", "TRACKING", "ON", "BCAST", "OPTIN"]), "-ERR OPTIN and OPTOUT are not compatible with BCAST\r\n");
    assert_eq!(c.cmd(&["CLIENT", "TRACKING", "MAYBE"]), "-ERR syntax error\r\n");
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
