//! The wire protocol on raw sockets: RESP2/RESP3 replies, inline commands, pipelining,
//! malformed requests (each answered with Redis's exact `-ERR Protocol error: ...` before the
//! connection closes, while other clients carry on), partial and slow requests, the query
//! buffer limit, and many clients at once.

mod common;
use common::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// Sends `bytes` on a fresh connection and reads until the server closes it.
fn send_and_read_to_close(s: &TestServer, bytes: &[u8]) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", s.port())).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(bytes).unwrap();
    let mut out = Vec::new();
    stream
        .read_to_end(&mut out)
        .expect("the server closes the connection");
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn hello_switches_protocol_with_exact_map() {
    let s = TestServer::start();
    let mut c = s.raw();
    let id = c.cmd(&["CLIENT", "ID"])[1..].trim().to_string();
    let expected = format!(
        "%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$6\r\n7.0.15\r\n$5\r\nproto\r\n:3\r\n$2\r\nid\r\n:{id}\r\n\
         $4\r\nmode\r\n$10\r\nstandalone\r\n$4\r\nrole\r\n$6\r\nmaster\r\n$7\r\nmodules\r\n*0\r\n"
    );
    assert_eq!(c.cmd(&["HELLO", "3"]), expected);
    // RESP3 shapes: null, map.
    assert_eq!(c.cmd(&["GET", "nosuchkey"]), "_\r\n");
    assert_eq!(c.cmd(&["HELLO", "2"]).chars().next(), Some('*'));
    assert_eq!(c.cmd(&["GET", "nosuchkey"]), "$-1\r\n");
    assert_eq!(
        c.cmd(&["HELLO", "4"]),
        "-NOPROTO unsupported protocol version\r\n"
    );
}

#[test]
fn inline_commands_with_quotes() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.send(b"set k \"a\\x41b\" \r\nget k\r\n");
    assert_eq!(c.read_reply(), b"+OK\r\n");
    assert_eq!(c.read_reply(), b"$3\r\naAb\r\n");
    c.send(b"set k 'single \"quoted\"'\nget k\n");
    assert_eq!(c.read_reply(), b"+OK\r\n");
    assert_eq!(c.read_reply(), b"$15\r\nsingle \"quoted\"\r\n");
    // Empty lines and empty multibulks are ignored.
    c.send(b"\r\n\r\n*0\r\n*-1\r\nPING\r\n");
    assert_eq!(c.read_reply(), b"+PONG\r\n");
    // A bulk's two trailing bytes are skipped unchecked, as Redis does; the stray CRLF that
    // follows reads as an empty inline line.
    c.send(b"*2\r\n$3\r\nGET\r\n$1\r\nkXY\r\n");
    assert_eq!(c.read_reply(), b"$15\r\nsingle \"quoted\"\r\n");
    assert_eq!(c.cmd(&["PING"]), "+PONG\r\n");
}

#[test]
fn pipeline_of_a_thousand_commands_in_one_write() {
    let s = TestServer::start();
    let mut c = s.raw();
    let mut batch = Vec::new();
    for i in 0..1000 {
        if i % 2 == 0 {
            batch.extend_from_slice(b"*2\r\n$4\r\nINCR\r\n$7\r\ncounter\r\n");
        } else {
            batch.extend_from_slice(b"INCR counter\r\n");
        }
    }
    c.send(&batch);
    for i in 1..=1000 {
        assert_eq!(
            String::from_utf8_lossy(&c.read_reply()),
            format!(":{i}\r\n")
        );
    }
}

#[test]
fn malformed_requests_get_exact_errors_and_close() {
    let s = TestServer::start();
    let mut bystander = s.raw();
    assert_eq!(bystander.cmd(&["SET", "k", "v"]), "+OK\r\n");
    let huge_inline = vec![b'a'; 70_000];
    let mut huge_count = b"*".to_vec();
    huge_count.extend(std::iter::repeat_n(b'1', 70_000));
    let mut huge_bulk_count = b"*1\r\n$".to_vec();
    huge_bulk_count.extend(std::iter::repeat_n(b'1', 70_000));
    let cases: Vec<(&[u8], &str)> = vec![
        (
            b"*1\r\nfoo\r\n",
            "-ERR Protocol error: expected '$', got 'f'\r\n",
        ),
        (
            b"*abc\r\n",
            "-ERR Protocol error: invalid multibulk length\r\n",
        ),
        (
            b"*3000000000\r\n",
            "-ERR Protocol error: invalid multibulk length\r\n",
        ),
        (
            b"*1\r\n$abc\r\n",
            "-ERR Protocol error: invalid bulk length\r\n",
        ),
        (
            b"*1\r\n$-1\r\n",
            "-ERR Protocol error: invalid bulk length\r\n",
        ),
        (
            b"*1\r\n$600000000\r\n",
            "-ERR Protocol error: invalid bulk length\r\n",
        ),
        (
            b"set \"k\r\n",
            "-ERR Protocol error: unbalanced quotes in request\r\n",
        ),
        (
            b"set 'it''s'\r\n",
            "-ERR Protocol error: unbalanced quotes in request\r\n",
        ),
        (
            &huge_inline,
            "-ERR Protocol error: too big inline request\r\n",
        ),
        (
            &huge_count,
            "-ERR Protocol error: too big mbulk count string\r\n",
        ),
        (
            &huge_bulk_count,
            "-ERR Protocol error: too big bulk count string\r\n",
        ),
        // Requests before the bad one are answered first.
        (
            b"*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$x\r\nPING\r\n",
            "+PONG\r\n-ERR Protocol error: invalid bulk length\r\n",
        ),
    ];
    for (bytes, expected) in cases {
        assert_eq!(
            send_and_read_to_close(&s, bytes),
            expected,
            "for {:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(40)])
        );
        // Other clients keep working.
        assert_eq!(bystander.cmd(&["GET", "k"]), "$1\r\nv\r\n");
    }
    let errors = bystander.cmd(&["INFO", "errorstats"]);
    assert!(errors.contains("errorstat_ERR:count=12"), "{errors}");
}

#[test]
fn proto_max_bulk_len_is_enforced() {
    let s = TestServer::with_args(&["--proto-max-bulk-len", "1mb"]);
    let header = b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1048577\r\n";
    assert_eq!(
        send_and_read_to_close(&s, header),
        "-ERR Protocol error: invalid bulk length\r\n"
    );
    let mut c = s.raw();
    let value = "x".repeat(1 << 20);
    assert_eq!(c.cmd(&["SET", "k", &value]), "+OK\r\n");
    assert_eq!(c.cmd(&["STRLEN", "k"]), ":1048576\r\n");
}

#[test]
fn unauthenticated_clients_get_tighter_limits() {
    let s = TestServer::with_args(&["--requirepass", "secret"]);
    assert_eq!(
        send_and_read_to_close(&s, b"*11\r\n"),
        "-ERR Protocol error: unauthenticated multibulk length\r\n"
    );
    assert_eq!(
        send_and_read_to_close(&s, b"*2\r\n$3\r\nSET\r\n$16385\r\n"),
        "-ERR Protocol error: unauthenticated bulk length\r\n"
    );
    let mut c = s.raw();
    assert_eq!(c.cmd(&["PING"]), "-NOAUTH Authentication required.\r\n");
    assert_eq!(c.cmd(&["AUTH", "secret"]), "+OK\r\n");
    let big = "x".repeat(20_000);
    assert_eq!(c.cmd(&["SET", "k", &big]), "+OK\r\n");
}

#[test]
fn partial_requests_wait_for_the_rest() {
    let s = TestServer::start();
    let mut c = s.raw();
    c.stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    c.send(b"*2\r\n$4\r\nECHO\r\n$5\r\nhel");
    let mut buf = [0u8; 16];
    let early = c.stream.read(&mut buf);
    assert!(
        early.is_err(),
        "no reply before the request is complete: {early:?}"
    );
    c.stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    c.send(b"lo\r\n");
    assert_eq!(c.read_reply(), b"$5\r\nhello\r\n");
    // A NUL before the newline of an inline request keeps it waiting, as in Redis.
    c.send(b"PING\x00\r\n");
    c.stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    assert!(c.stream.read(&mut buf).is_err());
}

#[test]
fn slow_writer_sending_a_byte_at_a_time() {
    let s = TestServer::start();
    let mut c = s.raw();
    for b in b"*3\r\n$3\r\nSET\r\n$4\r\nslow\r\n$6\r\nwriter\r\nGET slow\r\n" {
        c.send(&[*b]);
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(c.read_reply(), b"+OK\r\n");
    assert_eq!(c.read_reply(), b"$6\r\nwriter\r\n");
}

#[test]
fn query_buffer_limit_closes_the_client() {
    let s = TestServer::with_args(&["--client-query-buffer-limit", "1mb"]);
    let mut bystander = s.raw();
    let mut c = s.raw();
    // A bulk bigger than the limit, arriving in pieces: closed without a reply once the
    // buffered request passes 1mb.
    c.send(b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2000000\r\n");
    let chunk = vec![b'x'; 64 * 1024];
    let mut sent = 0;
    while sent < 1_500_000 {
        if c.stream.write_all(&chunk).is_err() {
            break;
        }
        sent += chunk.len();
    }
    let mut rest = Vec::new();
    let _ = c.stream.read_to_end(&mut rest);
    assert!(
        rest.is_empty(),
        "no reply, just a close: {:?}",
        String::from_utf8_lossy(&rest)
    );
    assert_eq!(bystander.cmd(&["EXISTS", "k"]), ":0\r\n");
    assert_eq!(bystander.cmd(&["PING"]), "+PONG\r\n");
    // Under the limit all is well.
    let value = "y".repeat(900_000);
    assert_eq!(bystander.cmd(&["SET", "k", &value]), "+OK\r\n");
}

#[test]
fn fifty_clients_incrementing_shared_keys() {
    const CLIENTS: usize = 50;
    const INCRS: usize = 2000;
    let s = TestServer::start();
    let port = s.port();
    let threads: Vec<_> = (0..CLIENTS)
        .map(|n| {
            std::thread::spawn(move || {
                let mut c = Raw::connect(port);
                let mut last = 0i64;
                for batch in 0..INCRS / 100 {
                    let mut out = Vec::new();
                    for i in 0..100 {
                        // Two shared keys in different shards, plus one hash-tagged pair.
                        let key: &[u8] = match (batch * 100 + i + n) % 3 {
                            0 => b"shared:a",
                            1 => b"shared:b",
                            _ => b"{tag}:c",
                        };
                        out.extend_from_slice(
                            format!("*2\r\n$4\r\nINCR\r\n${}\r\n", key.len()).as_bytes(),
                        );
                        out.extend_from_slice(key);
                        out.extend_from_slice(b"\r\n");
                    }
                    out.extend_from_slice(b"*2\r\n$4\r\nINCR\r\n$5\r\ntotal\r\n");
                    c.send(&out);
                    for _ in 0..100 {
                        assert!(c.read_reply().starts_with(b":"));
                    }
                    // Each client sees "total" only grow.
                    let reply = String::from_utf8(c.read_reply()).unwrap();
                    let total: i64 = reply[1..].trim().parse().unwrap();
                    assert!(total > last);
                    last = total;
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let mut c = s.client();
    let a: i64 = q(&mut c, &["GET", "shared:a"]);
    let b: i64 = q(&mut c, &["GET", "shared:b"]);
    let tagged: i64 = q(&mut c, &["GET", "{tag}:c"]);
    assert_eq!(a + b + tagged, (CLIENTS * INCRS) as i64);
    let total: i64 = q(&mut c, &["GET", "total"]);
    assert_eq!(total, (CLIENTS * INCRS / 100) as i64);
}
