//! The ordered stream of write effects that the AOF and replicas consume.
//!
//! Every write command's effect (its argv, or the rewritten form it recorded with
//! `Ctx::propagate_as`) and every key deleted by expiry is fed here by the dispatcher while the
//! command still holds its shard locks, so two conflicting commands always appear in the order
//! they ran. The stream is encoded as Redis's replication stream: RESP multibulk commands, with a
//! `SELECT db` whenever the database changes. Its byte count is the replication offset.

use bytes::{Bytes, BytesMut};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

#[derive(Default)]
pub struct Propagation {
    /// Number of live consumers; zero makes `feed` a single atomic load.
    consumers: AtomicUsize,
    stream: Mutex<Stream>,
}

#[derive(Default)]
struct Stream {
    offset: u64,
    /// Database of the last command in the stream (None: a SELECT is needed first).
    last_db: Option<usize>,
    consumers: Vec<UnboundedSender<Bytes>>,
}

/// Appends `argv` as a RESP multibulk.
pub fn encode_command(out: &mut BytesMut, argv: &[Bytes]) {
    out.extend_from_slice(format!("*{}\r\n", argv.len()).as_bytes());
    for a in argv {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b"\r\n");
    }
}

impl Propagation {
    /// True when someone consumes the stream (callers may skip building effects otherwise).
    pub fn is_active(&self) -> bool {
        self.consumers.load(Relaxed) > 0
    }

    /// A new consumer; it receives every effect fed from now on, starting with a SELECT.
    pub fn subscribe(&self) -> UnboundedReceiver<Bytes> {
        let (tx, rx) = unbounded_channel();
        let mut s = self.stream.lock();
        s.consumers.push(tx);
        s.last_db = None;
        self.consumers.store(s.consumers.len(), Relaxed);
        rx
    }

    /// Bytes fed so far (the replication offset).
    pub fn offset(&self) -> u64 {
        self.stream.lock().offset
    }

    /// Feeds one effect executed in database `db`.
    pub fn feed(&self, db: usize, argv: &[Bytes]) {
        if !self.is_active() {
            return;
        }
        let mut s = self.stream.lock();
        let mut out = BytesMut::new();
        s.append(&mut out, db, argv);
        self.send(&mut s, out);
    }

    /// Feeds the effects of one EXEC as a single MULTI ... EXEC block, under one hold of the
    /// stream so nothing else lands inside it (a lone effect goes without the wrapper).
    pub fn feed_transaction(&self, effects: &[(usize, Vec<Bytes>)]) {
        if !self.is_active() || effects.is_empty() {
            return;
        }
        let mut s = self.stream.lock();
        let mut out = BytesMut::new();
        let wrap = effects.len() > 1;
        if wrap {
            s.append(&mut out, effects[0].0, &[Bytes::from_static(b"MULTI")]);
        }
        for (db, argv) in effects {
            s.append(&mut out, *db, argv);
        }
        if wrap {
            s.append(
                &mut out,
                effects[effects.len() - 1].0,
                &[Bytes::from_static(b"EXEC")],
            );
        }
        self.send(&mut s, out);
    }

    fn send(&self, s: &mut Stream, out: BytesMut) {
        s.offset += out.len() as u64;
        let chunk = out.freeze();
        s.consumers.retain(|c| c.send(chunk.clone()).is_ok());
        self.consumers.store(s.consumers.len(), Relaxed);
    }
}

impl Stream {
    /// Encodes one effect, preceded by a SELECT when the database changes.
    fn append(&mut self, out: &mut BytesMut, db: usize, argv: &[Bytes]) {
        if self.last_db != Some(db) {
            encode_command(
                out,
                &[Bytes::from_static(b"SELECT"), Bytes::from(db.to_string())],
            );
            self.last_db = Some(db);
        }
        encode_command(out, argv);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selects_once_per_db_change_and_counts_bytes() {
        let p = Propagation::default();
        assert!(!p.is_active());
        p.feed(0, &[Bytes::from("SET"), Bytes::from("a"), Bytes::from("1")]);
        assert_eq!(p.offset(), 0, "nothing is encoded without consumers");
        let mut rx = p.subscribe();
        p.feed(0, &[Bytes::from("SET"), Bytes::from("a"), Bytes::from("1")]);
        p.feed(0, &[Bytes::from("DEL"), Bytes::from("a")]);
        p.feed(3, &[Bytes::from("DEL"), Bytes::from("b")]);
        let mut all = Vec::new();
        while let Ok(chunk) = rx.try_recv() {
            all.extend_from_slice(&chunk);
        }
        let text = String::from_utf8(all.clone()).unwrap();
        assert_eq!(
            text,
            "*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n*2\r\n$3\r\nDEL\r\n$1\r\na\r\n\
             *2\r\n$6\r\nSELECT\r\n$1\r\n3\r\n*2\r\n$3\r\nDEL\r\n$1\r\nb\r\n"
        );
        assert_eq!(p.offset(), all.len() as u64);
        drop(rx);
        p.feed(0, &[Bytes::from("PING")]);
        assert!(!p.is_active(), "dropped consumers are forgotten");
    }
}
