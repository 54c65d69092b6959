//! Shared test helpers: an in-process server on an ephemeral loopback port, `redis` crate
//! clients, and a raw socket client that asserts exact reply bytes.
#![allow(dead_code)]

use respite::config::Config;
use respite::server::{spawn, ServerHandle};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

pub struct TestServer {
    pub handle: ServerHandle,
}

impl TestServer {
    /// A server with default settings, bound to 127.0.0.1 on a free port.
    pub fn start() -> TestServer {
        TestServer::with_args(&[])
    }

    /// A server started as `respite-server --port 0 --bind 127.0.0.1 --io-threads 2 <args>`:
    /// two event loops, so that every test also exercises commands, wake-ups and locks across
    /// loops.
    pub fn with_args(args: &[&str]) -> TestServer {
        let mut all: Vec<String> = [
            "--port",
            "0",
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--io-threads",
            "2",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        all.extend(args.iter().map(|s| s.to_string()));
        let config = Config::from_args(&all).expect("test config");
        TestServer {
            handle: spawn(config).expect("server starts"),
        }
    }

    pub fn port(&self) -> u16 {
        self.handle.port()
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port())
    }

    /// A `redis` crate connection.
    pub fn client(&self) -> redis::Connection {
        let client = redis::Client::open(self.url()).unwrap();
        let conn = client.get_connection().expect("connect");
        conn.set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        conn
    }

    pub fn raw(&self) -> Raw {
        Raw::connect(self.port())
    }
}

/// A plain TCP connection for asserting exact protocol bytes.
pub struct Raw {
    pub stream: TcpStream,
    buf: Vec<u8>,
}

impl Raw {
    pub fn connect(port: u16) -> Raw {
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.set_nodelay(true).unwrap();
        Raw {
            stream,
            buf: Vec::new(),
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).unwrap();
    }

    /// Sends a command as a RESP multibulk.
    pub fn send_cmd(&mut self, args: &[&[u8]]) {
        let mut out = format!("*{}\r\n", args.len()).into_bytes();
        for a in args {
            out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
            out.extend_from_slice(a);
            out.extend_from_slice(b"\r\n");
        }
        self.send(&out);
    }

    /// Reads exactly one complete RESP2/RESP3 reply and returns its bytes.
    pub fn read_reply(&mut self) -> Vec<u8> {
        loop {
            if !self.buf.is_empty() {
                // RESP2 first (its decoder knows `$-1`/`*-1`), then RESP3 for the newer types.
                let len = match redis_protocol::resp2::decode::decode(&self.buf) {
                    Ok(Some((_, len))) => Some(len),
                    Ok(None) => None,
                    Err(_) => match redis_protocol::resp3::decode::complete::decode(&self.buf) {
                        Ok(Some((_, len))) => Some(len),
                        _ => None,
                    },
                };
                if let Some(len) = len {
                    return self.buf.drain(..len).collect();
                }
            }
            let mut chunk = [0u8; 65536];
            let n = self.stream.read(&mut chunk).expect("read reply");
            assert!(
                n > 0,
                "connection closed while waiting for a reply; have {:?}",
                String::from_utf8_lossy(&self.buf)
            );
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

    /// Sends a command and returns the raw reply as a (lossy) string for easy assertions.
    pub fn cmd(&mut self, args: &[&str]) -> String {
        let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
        self.send_cmd(&args);
        String::from_utf8_lossy(&self.read_reply()).into_owned()
    }

    /// True once the server has closed the connection (reads EOF within the timeout).
    pub fn is_closed(&mut self) -> bool {
        let mut chunk = [0u8; 1024];
        loop {
            match self.stream.read(&mut chunk) {
                Ok(0) => return true,
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(_) => return false,
            }
        }
    }
}

/// Runs a command through the `redis` crate and returns its value.
pub fn q<T: redis::FromRedisValue>(c: &mut redis::Connection, args: &[&str]) -> T {
    let mut cmd = redis::cmd(args[0]);
    for a in &args[1..] {
        cmd.arg(*a);
    }
    cmd.query(c)
        .unwrap_or_else(|e| panic!("{args:?} failed: {e}"))
}

/// Runs a command that must fail and returns the error text as the server sent it (code + message).
pub fn err(c: &mut redis::Connection, args: &[&str]) -> String {
    let mut cmd = redis::cmd(args[0]);
    for a in &args[1..] {
        cmd.arg(*a);
    }
    match cmd.query::<redis::Value>(c) {
        Ok(v) => panic!("{args:?} should fail, got {v:?}"),
        Err(e) => {
            let code = e.code().unwrap_or("").to_string();
            let detail = e.detail().unwrap_or("").to_string();
            if code.is_empty() {
                detail
            } else {
                format!("{code} {detail}")
            }
        }
    }
}

/// Sends each `(command, expected)` pair over `raw` and compares the reply byte for byte. The
/// command is split like redis-cli input (`"quoted args"`, `\xHH` escapes); `expected` is the
/// reply as `escape` renders it, e.g. `$3\r\nfoo\r\n` or `$2\r\n\x00\xff\r\n`.
pub fn expect_replies(raw: &mut Raw, script: &[(&str, &str)]) {
    for (line, expected) in script {
        let args = respite::util::splitargs::split_args(line.as_bytes()).expect("balanced quotes");
        let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
        raw.send_cmd(&refs);
        assert_eq!(escape(&raw.read_reply()), *expected, "reply to {line}");
    }
}

/// Bytes as text: printable ASCII as is (quotes too), `\r \n \t \\` escaped, other bytes as `\xHH`.
pub fn escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        match b {
            b'\r' => out.push_str("\\r"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out
}

/// Reads the entry of `key` in database 0 straight from the keyspace (no command involved).
pub fn with_entry<R>(
    s: &TestServer,
    key: &str,
    f: impl FnOnce(Option<&respite::db::Entry>) -> R,
) -> R {
    let keyspace = &s.handle.server.keyspace;
    let shard = keyspace.lock(keyspace.shard_of(key.as_bytes()));
    f(shard.dbs[0].keys.get(key.as_bytes()))
}

/// What OBJECT ENCODING would report for `key` in database 0, or None when it is missing.
pub fn encoding_of(s: &TestServer, key: &str) -> Option<&'static str> {
    with_entry(s, key, |e| e.map(|e| e.value.encoding_name()))
}

/// Milliseconds `key` has left: -1 without a TTL, -2 when missing (as PTTL).
pub fn pttl_of(s: &TestServer, key: &str) -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    with_entry(s, key, |e| match e {
        None => -2,
        Some(e) if e.expire_at == respite::db::NO_EXPIRE => -1,
        Some(e) => e.expire_at - now,
    })
}

/// The absolute deadline of `key` in unix ms: -1 without a TTL, -2 when missing (as PEXPIRETIME).
pub fn expire_at_of(s: &TestServer, key: &str) -> i64 {
    with_entry(s, key, |e| e.map_or(-2, |e| e.expire_at))
}

/// Stores `value` under `key` in database 0 directly, e.g. a value of another type to provoke
/// WRONGTYPE in a family's tests without depending on that family's commands.
pub fn put_value(s: &TestServer, key: &str, value: respite::db::Value) {
    let keyspace = &s.handle.server.keyspace;
    let mut shard = keyspace.lock(keyspace.shard_of(key.as_bytes()));
    shard.dbs[0].insert(key.as_bytes(), respite::db::Entry::new(value));
}

/// A connection subscribed to every keyevent notification of database 0 (enables them all).
pub fn keyevent_listener(s: &TestServer) -> Raw {
    let mut sub = s.raw();
    assert_eq!(
        sub.cmd(&["CONFIG", "SET", "notify-keyspace-events", "KEA"]),
        "+OK\r\n"
    );
    sub.cmd(&["PSUBSCRIBE", "__keyevent@0__:*"]);
    sub
}

/// Reads the notifications sent so far to a `keyevent_listener` as "event key", checking with a
/// PING round trip that no more are pending.
pub fn read_keyevents(sub: &mut Raw) -> Vec<String> {
    sub.send_cmd(&[b"PING"]);
    let mut events = Vec::new();
    loop {
        let reply = String::from_utf8_lossy(&sub.read_reply()).into_owned();
        let parts: Vec<&str> = reply.split("\r\n").collect();
        if parts.get(2) != Some(&"pmessage") {
            assert!(
                reply.contains("pong"),
                "unexpected reply on the listener: {reply}"
            );
            return events;
        }
        let event = parts[6].strip_prefix("__keyevent@0__:").unwrap();
        events.push(format!("{event} {}", parts[8]));
    }
}

/// Everything fed to the propagation stream so far, one "ARG ARG ..." string per command,
/// without SELECTs.
pub fn propagated_commands(
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<bytes::Bytes>,
) -> Vec<String> {
    let mut stream = Vec::new();
    while let Ok(chunk) = rx.try_recv() {
        stream.extend_from_slice(&chunk);
    }
    let text = String::from_utf8_lossy(&stream).into_owned();
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
    commands
}
