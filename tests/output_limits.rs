//! client-output-buffer-limit for ordinary clients: a client whose pending replies pass the
//! hard limit is disconnected; everyone else keeps working.

mod common;
use common::*;

#[test]
fn normal_class_hard_limit_disconnects_only_that_client() {
    let s = TestServer::start();
    let mut admin = s.raw();
    assert_eq!(
        admin.cmd(&[
            "CONFIG",
            "SET",
            "client-output-buffer-limit",
            "normal 1mb 0 0"
        ]),
        "+OK\r\n"
    );
    let big = "v".repeat(100 * 1024);
    assert_eq!(admin.cmd(&["SET", "big", &big]), "+OK\r\n");
    // Small replies stay under the limit.
    let mut small = s.raw();
    assert_eq!(small.cmd(&["GET", "missing"]), "$-1\r\n");
    // 30 pipelined GETs of 100 KB: about 3 MB of replies in one batch.
    let mut greedy = s.raw();
    let mut batch = Vec::new();
    for _ in 0..30 {
        batch.extend_from_slice(b"*2\r\n$3\r\nGET\r\n$3\r\nbig\r\n");
    }
    greedy.send(&batch);
    assert!(
        greedy.is_closed(),
        "the client past the hard limit is disconnected"
    );
    assert_eq!(small.cmd(&["PING"]), "+PONG\r\n");
    assert_eq!(admin.cmd(&["STRLEN", "big"]), format!(":{}\r\n", big.len()));
    // With the limit off (the default), the same batch is answered in full.
    admin.cmd(&[
        "CONFIG",
        "SET",
        "client-output-buffer-limit",
        "normal 0 0 0",
    ]);
    let mut fine = s.raw();
    fine.send(&batch);
    for _ in 0..30 {
        assert!(fine.read_reply().len() > 100 * 1024);
    }
}
