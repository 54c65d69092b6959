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

    /// A server started as `respite-server --port 0 --bind 127.0.0.1 <args>`.
    pub fn with_args(args: &[&str]) -> TestServer {
        let mut all: Vec<String> =
            ["--port", "0", "--bind", "127.0.0.1", "--save", ""].iter().map(|s| s.to_string()).collect();
        all.extend(args.iter().map(|s| s.to_string()));
        let config = Config::from_args(&all).expect("test config");
        TestServer { handle: spawn(config).expect("server starts") }
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
        conn.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
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
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        stream.set_nodelay(true).unwrap();
        Raw { stream, buf: Vec::new() }
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
            assert!(n > 0, "connection closed while waiting for a reply; have {:?}", String::from_utf8_lossy(&self.buf));
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
    cmd.query(c).unwrap_or_else(|e| panic!("{args:?} failed: {e}"))
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
            if code.is_empty() { detail } else { format!("{code} {detail}") }
        }
    }
}
