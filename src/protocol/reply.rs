//! The reply value every command handler returns, and its encoding for RESP2 and RESP3.

use bytes::{BufMut, Bytes, BytesMut};
use std::borrow::Cow;

/// A reply, independent of the protocol version the client speaks. The encoder maps RESP3-only
/// types onto their RESP2 shapes exactly as Redis does (maps become flat arrays, doubles and big
/// numbers become bulk strings, booleans become integers, nulls become `$-1`/`*-1`).
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// `+OK`
    Ok,
    /// A status line such as `+PONG` or `+QUEUED`.
    Status(Cow<'static, str>),
    /// An error; the text includes its code, e.g. `ERR syntax error` or `WRONGTYPE ...`.
    Error(Cow<'static, str>),
    /// An error whose text carries raw client bytes (unknown command names can be any bytes).
    ErrorBytes(Bytes),
    Int(i64),
    Bulk(Bytes),
    /// A short bulk string held in place: a GET of a short value replies without allocating.
    SmallBulk(crate::util::inline::InlineBytes<{ crate::types::string::INLINE_MAX }>),
    /// Null bulk: `$-1` in RESP2, `_` in RESP3.
    Nil,
    /// Null array: `*-1` in RESP2, `_` in RESP3.
    NilArray,
    Array(Vec<Reply>),
    /// A map (`%`); a flat array of key, value, ... in RESP2.
    Map(Vec<(Reply, Reply)>),
    /// A set (`~`); an array in RESP2.
    Set(Vec<Reply>),
    /// A double (`,`); a bulk string in RESP2.
    Double(f64),
    /// A boolean (`#`); `:1`/`:0` in RESP2.
    Bool(bool),
    /// Verbatim text (`=`) with its three-letter format; a plain bulk string in RESP2.
    Verbatim(&'static str, Bytes),
    /// Out-of-band push (`>`); an array in RESP2 (pub/sub messages).
    Push(Vec<Reply>),
    /// Bytes already encoded for the client's protocol (fan-out paths, `BulkArray`).
    Raw(Bytes),
    /// Several top-level replies to one command, sent back to back (SUBSCRIBE ch1 ch2 answers
    /// once per channel).
    Many(Vec<Reply>),
    /// Nothing is sent (CLIENT REPLY OFF, a command that blocked).
    None,
}

impl Reply {
    pub fn error(text: impl Into<Cow<'static, str>>) -> Reply {
        Reply::Error(text.into())
    }
    pub fn status(text: impl Into<Cow<'static, str>>) -> Reply {
        Reply::Status(text.into())
    }
    pub fn bulk(data: impl Into<Bytes>) -> Reply {
        Reply::Bulk(data.into())
    }
    pub fn bulk_str(data: &str) -> Reply {
        Reply::Bulk(Bytes::copy_from_slice(data.as_bytes()))
    }
    /// An optional bulk: `Nil` when absent.
    pub fn opt_bulk(data: Option<Bytes>) -> Reply {
        data.map_or(Reply::Nil, Reply::Bulk)
    }
    pub fn bulks<I: IntoIterator<Item = Bytes>>(items: I) -> Reply {
        Reply::Array(items.into_iter().map(Reply::Bulk).collect())
    }
    pub fn is_error(&self) -> bool {
        matches!(self, Reply::Error(_) | Reply::ErrorBytes(_))
    }
}

impl From<i64> for Reply {
    fn from(v: i64) -> Reply {
        Reply::Int(v)
    }
}
impl From<usize> for Reply {
    fn from(v: usize) -> Reply {
        Reply::Int(v as i64)
    }
}
impl From<bool> for Reply {
    fn from(v: bool) -> Reply {
        Reply::Int(v as i64)
    }
}

/// An array of bulk strings encoded as it is built, for long replies (LRANGE, ...) that would
/// otherwise cost an allocation per element and per `Reply`. Arrays and bulk strings are encoded
/// alike in RESP2 and RESP3, so the result suits either.
pub struct BulkArray {
    out: BytesMut,
}

impl BulkArray {
    /// An array of `len` elements of about `element_bytes` bytes each.
    pub fn new(len: usize, element_bytes: usize) -> BulkArray {
        let mut out = BytesMut::with_capacity(16 + len * (element_bytes + 8));
        put_len(&mut out, b'*', len);
        BulkArray { out }
    }

    pub fn push(&mut self, data: &[u8]) {
        put_bulk(&mut self.out, data);
    }

    /// An integer as a bulk string (how list and set elements stored as integers are sent).
    pub fn push_int(&mut self, n: i64) {
        self.push(itoa::Buffer::new().format(n).as_bytes());
    }

    pub fn finish(self) -> Reply {
        Reply::Raw(self.out.freeze())
    }
}

/// The protocol version a client negotiated with HELLO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resp {
    V2,
    V3,
}

fn put_len(out: &mut BytesMut, prefix: u8, len: usize) {
    out.put_u8(prefix);
    let mut b = itoa::Buffer::new();
    out.extend_from_slice(b.format(len).as_bytes());
    out.extend_from_slice(b"\r\n");
}

fn put_bulk(out: &mut BytesMut, data: &[u8]) {
    put_len(out, b'$', data.len());
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
}

/// Writes an error line. Redis replaces newlines in error text so a reply can never be split.
fn put_error(out: &mut BytesMut, text: &[u8]) {
    out.put_u8(b'-');
    for &b in text {
        out.put_u8(if b == b'\r' || b == b'\n' { b' ' } else { b });
    }
    out.extend_from_slice(b"\r\n");
}

/// Appends `reply` encoded for `resp` to `out`.
pub fn encode(out: &mut BytesMut, reply: &Reply, resp: Resp) {
    match reply {
        Reply::Ok => out.extend_from_slice(b"+OK\r\n"),
        Reply::Status(s) => {
            out.put_u8(b'+');
            out.extend_from_slice(s.as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        Reply::Error(e) => put_error(out, e.as_bytes()),
        Reply::ErrorBytes(e) => put_error(out, e),
        Reply::Int(n) => {
            out.put_u8(b':');
            let mut b = itoa::Buffer::new();
            out.extend_from_slice(b.format(*n).as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        Reply::Bulk(data) => put_bulk(out, data),
        Reply::SmallBulk(data) => put_bulk(out, data.as_slice()),
        Reply::Nil => match resp {
            Resp::V2 => out.extend_from_slice(b"$-1\r\n"),
            Resp::V3 => out.extend_from_slice(b"_\r\n"),
        },
        Reply::NilArray => match resp {
            Resp::V2 => out.extend_from_slice(b"*-1\r\n"),
            Resp::V3 => out.extend_from_slice(b"_\r\n"),
        },
        Reply::Array(items) => {
            put_len(out, b'*', items.len());
            for item in items {
                encode(out, item, resp);
            }
        }
        Reply::Map(pairs) => {
            match resp {
                Resp::V2 => put_len(out, b'*', pairs.len() * 2),
                Resp::V3 => put_len(out, b'%', pairs.len()),
            }
            for (k, v) in pairs {
                encode(out, k, resp);
                encode(out, v, resp);
            }
        }
        Reply::Set(items) => {
            put_len(out, if resp == Resp::V3 { b'~' } else { b'*' }, items.len());
            for item in items {
                encode(out, item, resp);
            }
        }
        Reply::Push(items) => {
            put_len(out, if resp == Resp::V3 { b'>' } else { b'*' }, items.len());
            for item in items {
                encode(out, item, resp);
            }
        }
        Reply::Double(d) => {
            let text = crate::util::numbers::fmt_f64(*d);
            match resp {
                Resp::V2 => put_bulk(out, text.as_bytes()),
                Resp::V3 => {
                    out.put_u8(b',');
                    out.extend_from_slice(text.as_bytes());
                    out.extend_from_slice(b"\r\n");
                }
            }
        }
        Reply::Bool(b) => match resp {
            Resp::V2 => out.extend_from_slice(if *b { b":1\r\n" } else { b":0\r\n" }),
            Resp::V3 => out.extend_from_slice(if *b { b"#t\r\n" } else { b"#f\r\n" }),
        },
        Reply::Verbatim(format, text) => match resp {
            Resp::V2 => put_bulk(out, text),
            Resp::V3 => {
                put_len(out, b'=', text.len() + 4);
                out.extend_from_slice(format.as_bytes());
                out.put_u8(b':');
                out.extend_from_slice(text);
                out.extend_from_slice(b"\r\n");
            }
        },
        Reply::Raw(bytes) => out.extend_from_slice(bytes),
        Reply::Many(replies) => {
            for r in replies {
                encode(out, r, resp);
            }
        }
        Reply::None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_bulk_encodes_as_a_bulk_and_costs_no_extra_room() {
        let small = crate::util::inline::InlineBytes::new(b"hello").unwrap();
        assert_eq!(enc(&Reply::SmallBulk(small), Resp::V2), b"$5\r\nhello\r\n");
        assert_eq!(enc(&Reply::SmallBulk(small), Resp::V3), b"$5\r\nhello\r\n");
        // No larger than the Verbatim variant already made every reply.
        assert_eq!(std::mem::size_of::<Reply>(), 56);
    }

    fn enc(r: &Reply, resp: Resp) -> Vec<u8> {
        let mut out = BytesMut::new();
        encode(&mut out, r, resp);
        out.to_vec()
    }

    #[test]
    fn resp2_shapes() {
        assert_eq!(enc(&Reply::Nil, Resp::V2), b"$-1\r\n");
        assert_eq!(enc(&Reply::NilArray, Resp::V2), b"*-1\r\n");
        let map = Reply::Map(vec![(Reply::bulk_str("a"), Reply::Int(1))]);
        assert_eq!(enc(&map, Resp::V2), b"*2\r\n$1\r\na\r\n:1\r\n");
        assert_eq!(enc(&map, Resp::V3), b"%1\r\n$1\r\na\r\n:1\r\n");
        assert_eq!(enc(&Reply::Bool(true), Resp::V2), b":1\r\n");
        assert_eq!(enc(&Reply::Bool(false), Resp::V3), b"#f\r\n");
        assert_eq!(
            enc(&Reply::Verbatim("txt", Bytes::from("hi")), Resp::V3),
            b"=6\r\ntxt:hi\r\n"
        );
        assert_eq!(
            enc(&Reply::Verbatim("txt", Bytes::from("hi")), Resp::V2),
            b"$2\r\nhi\r\n"
        );
    }

    #[test]
    fn errors_never_split_lines() {
        assert_eq!(enc(&Reply::error("ERR a\r\nb"), Resp::V2), b"-ERR a  b\r\n");
    }
}
