//! CLIENT and its subcommands, with replies checked against redis-server 7.0.15.

mod common;
use common::*;
use std::time::{Duration, Instant};

/// The `key=value` fields of a CLIENT LIST / CLIENT INFO line.
fn fields(line: &str) -> Vec<(String, String)> {
    line.trim_end()
        .split(' ')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

fn field(line: &str, name: &str) -> String {
    fields(line)
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("no {name} in {line}"))
}

/// The bulk payload of a raw `$len\r\n...\r\n` reply.
fn bulk_text(reply: &str) -> String {
    let body = reply.split_once("\r\n").expect("bulk").1;
    body.strip_suffix("\r\n").unwrap_or(body).to_string()
}

#[test]
fn id_setname_getname() {
    let s = TestServer::start();
    let mut c = s.raw();
    let id = c.cmd(&["CLIENT", "ID"]);
    assert!(id.starts_with(':'), "{id}");
    assert_eq!(c.cmd(&["CLIENT", "GETNAME"]), "$-1\r\n");
    assert_eq!(c.cmd(&["CLIENT", "SETNAME", "worker-1"]), "+OK\r\n");
    assert_eq!(c.cmd(&["CLIENT", "GETNAME"]), "$8\r\nworker-1\r\n");
    assert_eq!(
        c.cmd(&["CLIENT", "SETNAME", "a b"]),
        "-ERR Client names cannot contain spaces, newlines or special characters.\r\n"
    );
    assert_eq!(c.cmd(&["CLIENT", "GETNAME"]), "$8\r\nworker-1\r\n");
    assert_eq!(c.cmd(&["CLIENT", "SETNAME", ""]), "+OK\r\n");
    assert_eq!(c.cmd(&["CLIENT", "GETNAME"]), "$-1\r\n");
    assert_eq!(
        c.cmd(&["CLIENT", "GETNAME", "x"]),
        "-ERR wrong number of arguments for 'client|getname' command\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "ID", "x"]),
        "-ERR wrong number of arguments for 'client|id' command\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT"]),
        "-ERR wrong number of arguments for 'client' command\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "FOO"]),
        "-ERR unknown subcommand 'FOO'. Try CLIENT HELP.\r\n"
    );
    // Ids are unique and increasing.
    let mut other = s.raw();
    let other_id: i64 = other.cmd(&["CLIENT", "ID"])[1..].trim().parse().unwrap();
    assert!(other_id > id[1..].trim().parse::<i64>().unwrap());
}

#[test]
fn list_and_info_lines_have_redis_fields_in_order() {
    let s = TestServer::start();
    let mut c = s.raw();
    let list = bulk_text(&c.cmd(&["CLIENT", "LIST"]));
    let line = list.lines().next().unwrap();
    let names: Vec<String> = fields(line).into_iter().map(|(k, _)| k).collect();
    let expected = "id addr laddr fd name age idle flags db sub psub ssub multi qbuf qbuf-free argv-mem multi-mem \
                    rbs rbp obl oll omem tot-mem events cmd user redir resp";
    assert_eq!(names.join(" "), expected);
    // As the Redis suite checks them for the caller's own line.
    assert_eq!(field(line, "flags"), "N");
    assert_eq!(field(line, "qbuf"), "26"); // the CLIENT LIST request itself
    assert_eq!(field(line, "argv-mem"), "10");
    assert_eq!(field(line, "cmd"), "client|list");
    assert_eq!(field(line, "user"), "default");
    assert_eq!(field(line, "redir"), "-1");
    assert_eq!(field(line, "resp"), "2");
    assert_eq!(field(line, "multi"), "-1");
    assert_eq!(field(line, "name"), "");
    assert_eq!(field(line, "laddr"), format!("127.0.0.1:{}", s.port()));
    assert!(list.ends_with('\n'));

    let info = bulk_text(&c.cmd(&["CLIENT", "INFO"]));
    assert_eq!(field(&info, "cmd"), "client|info");
    assert_eq!(field(&info, "id"), field(line, "id"));
    assert!(info.ends_with('\n') && info.lines().count() == 1);
    assert_eq!(
        c.cmd(&["CLIENT", "INFO", "x"]),
        "-ERR wrong number of arguments for 'client|info' command\r\n"
    );

    // RESP3: verbatim text.
    c.cmd(&["HELLO", "3"]);
    let reply = c.cmd(&["CLIENT", "INFO"]);
    assert!(
        reply.starts_with('=') && reply.contains("\r\ntxt:id="),
        "{reply}"
    );
    assert!(reply.contains(" resp=3\n"));
}

#[test]
fn list_filters_by_type_and_id() {
    let s = TestServer::start();
    let mut a = s.raw();
    let mut b = s.raw();
    b.cmd(&["CLIENT", "SETNAME", "bee"]);
    let b_id = b.cmd(&["CLIENT", "ID"])[1..].trim().to_string();
    let a_id = a.cmd(&["CLIENT", "ID"])[1..].trim().to_string();

    let normal = bulk_text(&a.cmd(&["CLIENT", "LIST", "TYPE", "normal"]));
    assert_eq!(normal.lines().count(), 2);
    assert_eq!(a.cmd(&["CLIENT", "LIST", "TYPE", "pubsub"]), "$0\r\n\r\n");
    assert_eq!(a.cmd(&["CLIENT", "LIST", "TYPE", "replica"]), "$0\r\n\r\n");
    assert_eq!(a.cmd(&["CLIENT", "LIST", "TYPE", "slave"]), "$0\r\n\r\n");
    assert_eq!(a.cmd(&["CLIENT", "LIST", "TYPE", "master"]), "$0\r\n\r\n");
    assert_eq!(
        a.cmd(&["CLIENT", "LIST", "TYPE", "foo"]),
        "-ERR Unknown client type 'foo'\r\n"
    );

    // IDs: in the order given, unknown ones skipped.
    let by_id = bulk_text(&a.cmd(&["CLIENT", "LIST", "ID", &b_id, "999999", &a_id]));
    let lines: Vec<&str> = by_id.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(field(lines[0], "name"), "bee");
    assert_eq!(field(lines[0], "cmd"), "client|id");
    assert_eq!(field(lines[1], "id"), a_id);
    assert_eq!(
        a.cmd(&["CLIENT", "LIST", "ID", "1", "abc"]),
        "-ERR Invalid client ID\r\n"
    );
    assert_eq!(a.cmd(&["CLIENT", "LIST", "ID"]), "-ERR syntax error\r\n");
    assert_eq!(a.cmd(&["CLIENT", "LIST", "foo"]), "-ERR syntax error\r\n");
    assert_eq!(
        a.cmd(&["CLIENT", "LIST", "TYPE", "normal", "x"]),
        "-ERR syntax error\r\n"
    );
}

#[test]
fn kill_old_and_new_forms() {
    let s = TestServer::start();
    let mut me = s.raw();
    let mut victim = s.raw();
    let victim_info = bulk_text(&victim.cmd(&["CLIENT", "INFO"]));
    let victim_addr = field(&victim_info, "addr");
    let victim_id = field(&victim_info, "id");

    assert_eq!(
        me.cmd(&["CLIENT", "KILL", "1.2.3.4:5"]),
        "-ERR No such client\r\n"
    );
    assert_eq!(me.cmd(&["CLIENT", "KILL", &victim_addr]), "+OK\r\n");
    assert!(victim.is_closed());

    let mut victim = s.raw();
    let victim_id2 = field(&bulk_text(&victim.cmd(&["CLIENT", "INFO"])), "id");
    assert_ne!(victim_id, victim_id2);
    assert_eq!(me.cmd(&["CLIENT", "KILL", "ID", &victim_id]), ":0\r\n");
    assert_eq!(me.cmd(&["CLIENT", "KILL", "ID", &victim_id2]), ":1\r\n");
    assert!(victim.is_closed());
    // It is gone from the list at once.
    assert_eq!(me.cmd(&["CLIENT", "LIST", "ID", &victim_id2]), "$0\r\n\r\n");

    // Illegal arguments, as the Redis suite checks them.
    assert_eq!(
        me.cmd(&["CLIENT", "KILL"]),
        "-ERR wrong number of arguments for 'client|kill' command\r\n"
    );
    assert_eq!(
        me.cmd(&["CLIENT", "KILL", "ID", "10", "wrong_arg"]),
        "-ERR syntax error\r\n"
    );
    for bad in ["str", "-1", "0"] {
        assert_eq!(
            me.cmd(&["CLIENT", "KILL", "ID", bad]),
            "-ERR client-id should be greater than 0\r\n"
        );
    }
    assert_eq!(
        me.cmd(&["CLIENT", "KILL", "TYPE", "wrong_type"]),
        "-ERR Unknown client type 'wrong_type'\r\n"
    );
    assert_eq!(
        me.cmd(&["CLIENT", "KILL", "USER", "wrong_user"]),
        "-ERR No such user 'wrong_user'\r\n"
    );
    assert_eq!(
        me.cmd(&["CLIENT", "KILL", "SKIPME", "yes_or_no"]),
        "-ERR syntax error\r\n"
    );
    assert_eq!(
        me.cmd(&["CLIENT", "KILL", "FOO", "bar"]),
        "-ERR syntax error\r\n"
    );
    // Three arguments is the old form: "ID" is taken as an address.
    assert_eq!(me.cmd(&["CLIENT", "KILL", "ID"]), "-ERR No such client\r\n");
    assert_eq!(me.cmd(&["CLIENT", "KILL", "TYPE", "master"]), ":0\r\n");
    assert_eq!(
        me.cmd(&["CLIENT", "KILL", "ADDR", "1.1.1.1:1", "SKIPME", "no"]),
        ":0\r\n"
    );
}

#[test]
fn kill_filters_skipme_and_self() {
    let s = TestServer::start();
    let mut me = s.raw();
    let mut others: Vec<Raw> = (0..3).map(|_| s.raw()).collect();
    for o in others.iter_mut() {
        assert_eq!(o.cmd(&["PING"]), "+PONG\r\n");
    }
    let laddr = format!("127.0.0.1:{}", s.port());
    // LADDR and USER match every client here; SKIPME yes (the default) spares the caller.
    assert_eq!(
        me.cmd(&["CLIENT", "KILL", "LADDR", &laddr, "USER", "default", "TYPE", "normal"]),
        ":3\r\n"
    );
    for o in others.iter_mut() {
        assert!(o.is_closed());
    }
    let mut o = s.raw();
    assert_eq!(o.cmd(&["PING"]), "+PONG\r\n");
    // SKIPME no: the caller too; its own reply still arrives, then the connection closes.
    assert_eq!(me.cmd(&["CLIENT", "KILL", "SKIPME", "no"]), ":2\r\n");
    assert!(me.is_closed());
    assert!(o.is_closed());

    // Old form on one's own address: +OK, then closed.
    let mut me = s.raw();
    let addr = field(&bulk_text(&me.cmd(&["CLIENT", "INFO"])), "addr");
    assert_eq!(me.cmd(&["CLIENT", "KILL", &addr]), "+OK\r\n");
    assert!(me.is_closed());
}

#[test]
fn reply_on_off_skip() {
    let s = TestServer::start();
    let mut c = s.raw();
    // Sequence checked byte for byte against redis-server.
    c.send(
        b"CLIENT REPLY OFF\r\nPING\r\nCLIENT REPLY SKIP\r\nPING\r\nCLIENT REPLY ON\r\nPING\r\nCLIENT REPLY SKIP\r\n\
PING a\r\nPING b\r\nCLIENT REPLY SKIP\r\nCLIENT REPLY ON\r\nPING c\r\n",
    );
    let mut got = String::new();
    for _ in 0..4 {
        got.push_str(&String::from_utf8_lossy(&c.read_reply()));
    }
    assert_eq!(got, "+OK\r\n+PONG\r\n$1\r\nb\r\n+OK\r\n");
    assert_eq!(String::from_utf8_lossy(&c.read_reply()), "$1\r\nc\r\n");
    // Errors are silenced too.
    c.send(b"CLIENT REPLY OFF\r\nNOSUCHCOMMAND\r\nCLIENT REPLY ON\r\n");
    assert_eq!(String::from_utf8_lossy(&c.read_reply()), "+OK\r\n");
    assert_eq!(
        c.cmd(&["CLIENT", "REPLY", "maybe"]),
        "-ERR syntax error\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "REPLY", "on", "x"]),
        "-ERR wrong number of arguments for 'client|reply' command\r\n"
    );
}

#[test]
fn no_evict_no_touch_and_setinfo() {
    let s = TestServer::start();
    let mut c = s.raw();
    assert_eq!(c.cmd(&["CLIENT", "NO-EVICT", "on"]), "+OK\r\n");
    assert_eq!(field(&bulk_text(&c.cmd(&["CLIENT", "INFO"])), "flags"), "e");
    assert_eq!(c.cmd(&["CLIENT", "NO-TOUCH", "ON"]), "+OK\r\n");
    assert_eq!(
        field(&bulk_text(&c.cmd(&["CLIENT", "INFO"])), "flags"),
        "eT"
    );
    assert_eq!(c.cmd(&["CLIENT", "NO-EVICT", "off"]), "+OK\r\n");
    assert_eq!(c.cmd(&["CLIENT", "NO-TOUCH", "off"]), "+OK\r\n");
    assert_eq!(field(&bulk_text(&c.cmd(&["CLIENT", "INFO"])), "flags"), "N");
    assert_eq!(
        c.cmd(&["CLIENT", "NO-EVICT", "maybe"]),
        "-ERR syntax error\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "NO-TOUCH", "maybe"]),
        "-ERR syntax error\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "NO-EVICT", "on", "x"]),
        "-ERR wrong number of arguments for 'client|no-evict' command\r\n"
    );

    // CLIENT SETINFO (Redis 7.2), sent by client libraries on connect.
    assert_eq!(
        c.cmd(&["CLIENT", "SETINFO", "LIB-NAME", "redis-py"]),
        "+OK\r\n"
    );
    assert_eq!(c.cmd(&["CLIENT", "SETINFO", "lib-ver", "5.0.1"]), "+OK\r\n");
    assert_eq!(c.cmd(&["CLIENT", "SETINFO", "lib-ver", ""]), "+OK\r\n");
    assert_eq!(
        c.cmd(&["CLIENT", "SETINFO", "badattr", "x"]),
        "-ERR Unrecognized option 'badattr'\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "SETINFO", "lib-name", "a b"]),
        "-ERR lib-name cannot contain spaces, newlines or special characters.\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "SETINFO", "lib-name"]),
        "-ERR wrong number of arguments for 'client|setinfo' command\r\n"
    );
}

#[test]
fn help_lists_subcommands() {
    let s = TestServer::start();
    let mut c = s.client();
    let help: Vec<String> = q(&mut c, &["CLIENT", "HELP"]);
    assert_eq!(
        help[0],
        "CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"
    );
    assert_eq!(help[1], "CACHING (YES|NO)");
    assert!(help.contains(&"PAUSE <timeout> [WRITE|ALL]".to_string()));
    assert_eq!(help[help.len() - 2], "HELP");
    assert_eq!(help[help.len() - 1], "    Prints this help.");
    assert_eq!(help.len(), 48);
}

#[test]
fn unblock_arguments() {
    let s = TestServer::start();
    let mut c = s.raw();
    let id = c.cmd(&["CLIENT", "ID"])[1..].trim().to_string();
    // Not blocked: nothing to do.
    assert_eq!(c.cmd(&["CLIENT", "UNBLOCK", &id]), ":0\r\n");
    assert_eq!(c.cmd(&["CLIENT", "UNBLOCK", "999999", "ERROR"]), ":0\r\n");
    assert_eq!(c.cmd(&["CLIENT", "UNBLOCK", "-1"]), ":0\r\n");
    assert_eq!(
        c.cmd(&["CLIENT", "UNBLOCK", "abc"]),
        "-ERR value is not an integer or out of range\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "UNBLOCK", "5", "foo"]),
        "-ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "UNBLOCK", "1", "timeout", "x"]),
        "-ERR unknown subcommand or wrong number of arguments for 'UNBLOCK'. Try CLIENT HELP.\r\n"
    );
}

#[test]
fn pause_arguments() {
    let s = TestServer::start();
    let mut c = s.raw();
    assert_eq!(
        c.cmd(&["CLIENT", "PAUSE"]),
        "-ERR wrong number of arguments for 'client|pause' command\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "PAUSE", "10", "foo"]),
        "-ERR CLIENT PAUSE mode must be WRITE or ALL\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "PAUSE", "-1"]),
        "-ERR timeout is negative\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "PAUSE", "abc"]),
        "-ERR timeout is not an integer or out of range\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "PAUSE", "99999999999999999999"]),
        "-ERR timeout is not an integer or out of range\r\n"
    );
    assert_eq!(
        c.cmd(&["CLIENT", "PAUSE", "10", "write", "x"]),
        "-ERR unknown subcommand or wrong number of arguments for 'PAUSE'. Try CLIENT HELP.\r\n"
    );
    // A zero timeout is a pause that is already over.
    assert_eq!(c.cmd(&["CLIENT", "PAUSE", "0"]), "+OK\r\n");
    assert_eq!(c.cmd(&["PING"]), "+PONG\r\n");
    assert_eq!(
        c.cmd(&["CLIENT", "PAUSE", "9223372036854775807", "WRITE"]),
        "+OK\r\n"
    );
    assert_eq!(c.cmd(&["CLIENT", "UNPAUSE"]), "+OK\r\n");
    assert_eq!(c.cmd(&["SET", "k", "v"]), "+OK\r\n");
}

fn blocked_clients(c: &mut Raw) -> String {
    let info = bulk_text(&c.cmd(&["INFO", "clients"]));
    info.lines()
        .find_map(|l| l.strip_prefix("blocked_clients:"))
        .unwrap()
        .to_string()
}

fn wait_blocked(c: &mut Raw, n: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while blocked_clients(c) != n {
        assert!(Instant::now() < deadline, "never saw {n} blocked clients");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn pause_write_holds_writes_only_until_unpause() {
    let s = TestServer::start();
    let mut admin = s.raw();
    let mut writer = s.raw();
    let mut reader = s.raw();
    assert_eq!(admin.cmd(&["SET", "k", "old"]), "+OK\r\n");
    assert_eq!(
        admin.cmd(&["CLIENT", "PAUSE", "100000", "WRITE"]),
        "+OK\r\n"
    );
    // Reads go on.
    assert_eq!(reader.cmd(&["GET", "k"]), "$3\r\nold\r\n");
    assert_eq!(reader.cmd(&["PING"]), "+PONG\r\n");
    assert_eq!(blocked_clients(&mut reader), "0");
    // A write waits, and so does what the client pipelined after it.
    writer.send(b"*1\r\n$4\r\nPING\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$3\r\nnew\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
    assert_eq!(String::from_utf8_lossy(&writer.read_reply()), "+PONG\r\n");
    wait_blocked(&mut admin, "1");
    let list = bulk_text(&admin.cmd(&["CLIENT", "LIST"]));
    assert!(list.lines().any(|l| field(l, "flags") == "b"), "{list}");
    assert_eq!(reader.cmd(&["GET", "k"]), "$3\r\nold\r\n");
    assert_eq!(admin.cmd(&["CLIENT", "UNPAUSE"]), "+OK\r\n");
    assert_eq!(String::from_utf8_lossy(&writer.read_reply()), "+OK\r\n");
    assert_eq!(
        String::from_utf8_lossy(&writer.read_reply()),
        "$3\r\nnew\r\n"
    );
    assert_eq!(blocked_clients(&mut admin), "0");
}

#[test]
fn pause_write_holds_exec_of_writes_but_not_of_reads() {
    let s = TestServer::start();
    let mut admin = s.raw();
    let mut tx = s.raw();
    assert_eq!(admin.cmd(&["SET", "foo", "bar"]), "+OK\r\n");
    assert_eq!(
        admin.cmd(&["CLIENT", "PAUSE", "100000", "WRITE"]),
        "+OK\r\n"
    );
    assert_eq!(tx.cmd(&["MULTI"]), "+OK\r\n");
    assert_eq!(tx.cmd(&["PING"]), "+QUEUED\r\n");
    assert_eq!(tx.cmd(&["GET", "foo"]), "+QUEUED\r\n");
    assert_eq!(tx.cmd(&["EXEC"]), "*2\r\n+PONG\r\n$3\r\nbar\r\n");
    assert_eq!(admin.cmd(&["CLIENT", "UNPAUSE"]), "+OK\r\n");

    assert_eq!(tx.cmd(&["MULTI"]), "+OK\r\n");
    assert_eq!(tx.cmd(&["SET", "foo", "baz"]), "+QUEUED\r\n");
    assert_eq!(
        admin.cmd(&["CLIENT", "PAUSE", "100000", "WRITE"]),
        "+OK\r\n"
    );
    tx.send_cmd(&[b"EXEC"]);
    wait_blocked(&mut admin, "1");
    assert_eq!(admin.cmd(&["CLIENT", "UNPAUSE"]), "+OK\r\n");
    assert_eq!(String::from_utf8_lossy(&tx.read_reply()), "*1\r\n+OK\r\n");
}

#[test]
fn pause_all_holds_everything_and_ends_by_itself() {
    let s = TestServer::start();
    let mut admin = s.raw();
    let mut other = s.raw();
    assert_eq!(admin.cmd(&["CLIENT", "PAUSE", "300", "ALL"]), "+OK\r\n");
    let start = Instant::now();
    assert_eq!(other.cmd(&["PING"]), "+PONG\r\n");
    let waited = start.elapsed();
    assert!(
        waited >= Duration::from_millis(200),
        "PING ran after {waited:?}"
    );
    // Unknown commands and arity errors are answered at once even while paused.
    assert_eq!(admin.cmd(&["CLIENT", "PAUSE", "100000"]), "+OK\r\n");
    let start = Instant::now();
    assert!(other
        .cmd(&["NOSUCH"])
        .starts_with("-ERR unknown command 'NOSUCH'"));
    assert!(other
        .cmd(&["GET"])
        .starts_with("-ERR wrong number of arguments"));
    assert!(start.elapsed() < Duration::from_secs(5));
    // Under PAUSE ALL even INFO waits: look at the registry directly.
    other.send_cmd(&[b"PING"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while s.handle.server.clients.blocked_count() != 1 {
        assert!(Instant::now() < deadline, "the PING was never held");
        std::thread::sleep(Duration::from_millis(10));
    }
    // Its own CLIENT UNPAUSE is held too, so lift the pause from the server side.
    s.handle
        .server
        .clients
        .unpause(respite::server::client::PausePurpose::ClientCommand);
    assert_eq!(String::from_utf8_lossy(&other.read_reply()), "+PONG\r\n");
    assert_eq!(admin.cmd(&["PING"]), "+PONG\r\n");
}

#[test]
fn paused_client_can_be_killed() {
    let s = TestServer::start();
    let mut admin = s.raw();
    let mut victim = s.raw();
    let victim_id = victim.cmd(&["CLIENT", "ID"])[1..].trim().to_string();
    assert_eq!(
        admin.cmd(&["CLIENT", "PAUSE", "100000", "WRITE"]),
        "+OK\r\n"
    );
    victim.send_cmd(&[b"SET", b"k", b"v"]);
    wait_blocked(&mut admin, "1");
    assert_eq!(admin.cmd(&["CLIENT", "KILL", "ID", &victim_id]), ":1\r\n");
    assert!(victim.is_closed());
    wait_blocked(&mut admin, "0");
    assert_eq!(admin.cmd(&["CLIENT", "UNPAUSE"]), "+OK\r\n");
    // The held SET never ran.
    assert_eq!(admin.cmd(&["EXISTS", "k"]), ":0\r\n");
}

#[test]
fn idle_clients_give_back_their_query_buffer() {
    let s = TestServer::start();
    let mut idle = s.raw();
    let idle_id = idle.cmd(&["CLIENT", "ID"])[1..].trim().to_string();
    let mut c = s.raw();
    let line_of = |c: &mut Raw| {
        bulk_text(&c.cmd(&["CLIENT", "LIST"]))
            .lines()
            .find(|l| field(l, "id") == idle_id)
            .unwrap()
            .to_string()
    };
    // Right after a request the buffer it was read into is still held...
    assert_ne!(field(&line_of(&mut c), "qbuf-free"), "0");
    // ... and about two seconds of idleness later it has been freed (Redis frees it in its
    // clients cron after 2 s too).
    let deadline = Instant::now() + Duration::from_secs(5);
    while field(&line_of(&mut c), "qbuf-free") != "0" {
        assert!(Instant::now() < deadline, "query buffer never released");
        std::thread::sleep(Duration::from_millis(100));
    }
    // The client still works, with a new buffer.
    assert_eq!(idle.cmd(&["PING"]), "+PONG\r\n");
}
