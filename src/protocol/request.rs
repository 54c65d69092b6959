//! Request framing: turns bytes read from a client into argument vectors.
//!
//! Written by hand rather than with `redis-protocol`'s frame decoder because a *request* is a
//! narrower thing than a RESP frame (an array of bulk strings, or an inline line), and Redis
//! answers each malformed request with its own exact error text and limits
//! (`proto-max-bulk-len`, unauthenticated length caps), which a generic decoder cannot report.
//! Every argument is copied into its own allocation so that values stored in the keyspace never
//! pin a client's read buffer.

use bytes::{Buf, Bytes, BytesMut};

/// Longest inline request, or length line, Redis accepts before it sees a newline.
pub const INLINE_MAX_SIZE: usize = 64 * 1024;

/// What the parser needs to know about the client and the server's limits.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub proto_max_bulk_len: i64,
    /// Redis caps lengths sent before AUTH so unauthenticated clients cannot make it allocate.
    pub unauthenticated: bool,
}

/// A protocol violation: the error text is sent to the client, then the connection is closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolError(pub String);

/// Incremental parser state kept between reads, so a huge multibulk that arrives in many
/// pieces is not re-parsed from its start on every read.
#[derive(Default, Debug)]
pub struct RequestParser {
    /// Arguments still expected by the multibulk being read (0 = between requests).
    pending: usize,
    /// Length of the bulk being read, once its `$len` line has been consumed.
    bulk_len: Option<usize>,
    argv: Vec<Bytes>,
}

fn find(buf: &[u8], byte: u8) -> Option<usize> {
    buf.iter().position(|&b| b == byte)
}

fn proto_err(text: &str) -> ProtocolError {
    ProtocolError(format!("Protocol error: {text}"))
}

impl RequestParser {
    pub fn new() -> Self {
        Self::default()
    }

    /// True while a multibulk request has been started but not finished.
    pub fn in_progress(&self) -> bool {
        self.pending > 0
    }

    /// Bytes of the unfinished request already taken out of the read buffer (its complete
    /// arguments): with the buffer's own length, the client's query buffer size as Redis
    /// counts it for `client-query-buffer-limit`.
    pub fn pending_bytes(&self) -> usize {
        self.argv.iter().map(|a| a.len()).sum()
    }

    /// Parses the next complete request from `buf`, consuming its bytes. `Ok(None)` means more
    /// input is needed. An empty argv (blank inline line, `*0`) is returned as an empty Vec and
    /// is ignored by the caller, as Redis does.
    pub fn next(
        &mut self,
        buf: &mut BytesMut,
        limits: Limits,
    ) -> Result<Option<Vec<Bytes>>, ProtocolError> {
        if self.pending == 0 && !buf.is_empty() && buf[0] != b'*' {
            return self.inline(buf);
        }
        // Parse with a cursor and consume the buffer once on the way out: cheaper than
        // advancing it for every line of a pipelined request.
        let mut pos = 0;
        let result = self.parse_multibulk(&buf[..], &mut pos, limits);
        buf.advance(pos);
        if let Ok(None) = result {
            // About to wait for a big argument: make room for it at once rather than growing
            // the buffer by doubling.
            if let Some(len) = self.bulk_len {
                if buf.capacity() < len + 2 {
                    buf.reserve(len + 2 - buf.len());
                }
            }
        }
        result
    }

    /// The multibulk part of `next`, reading `buf[*pos..]` and moving `*pos` past what it used.
    fn parse_multibulk(
        &mut self,
        buf: &[u8],
        pos: &mut usize,
        limits: Limits,
    ) -> Result<Option<Vec<Bytes>>, ProtocolError> {
        if self.pending == 0 {
            if buf.is_empty() {
                return Ok(None);
            }
            let Some(cr) = find(buf, b'\r') else {
                if buf.len() > INLINE_MAX_SIZE {
                    return Err(proto_err("too big mbulk count string"));
                }
                return Ok(None);
            };
            // The line must be followed by at least one more byte (Redis skips two after '\r').
            if cr + 2 > buf.len() {
                return Ok(None);
            }
            let count = match crate::util::numbers::parse_i64(&buf[1..cr]) {
                Some(n) if n <= i32::MAX as i64 => n,
                _ => return Err(proto_err("invalid multibulk length")),
            };
            if count > 10 && limits.unauthenticated {
                return Err(proto_err("unauthenticated multibulk length"));
            }
            *pos = cr + 2;
            if count <= 0 {
                return Ok(Some(Vec::new()));
            }
            self.pending = count as usize;
            self.argv = Vec::with_capacity(self.pending.min(1024));
        }
        while self.pending > 0 {
            let rest = &buf[*pos..];
            let len = match self.bulk_len {
                Some(len) => len,
                None => {
                    let Some(cr) = find(rest, b'\r') else {
                        if rest.len() > INLINE_MAX_SIZE {
                            return Err(proto_err("too big bulk count string"));
                        }
                        return Ok(None);
                    };
                    if cr + 2 > rest.len() {
                        return Ok(None);
                    }
                    if rest[0] != b'$' {
                        return Err(ProtocolError(format!(
                            "Protocol error: expected '$', got '{}'",
                            rest[0] as char
                        )));
                    }
                    let len = match crate::util::numbers::parse_i64(&rest[1..cr]) {
                        Some(n) if n >= 0 && n <= limits.proto_max_bulk_len => n as usize,
                        _ => return Err(proto_err("invalid bulk length")),
                    };
                    if len > 16384 && limits.unauthenticated {
                        return Err(proto_err("unauthenticated bulk length"));
                    }
                    *pos += cr + 2;
                    self.bulk_len = Some(len);
                    len
                }
            };
            let rest = &buf[*pos..];
            if rest.len() < len + 2 {
                return Ok(None);
            }
            self.argv.push(Bytes::copy_from_slice(&rest[..len]));
            *pos += len + 2;
            self.bulk_len = None;
            self.pending -= 1;
        }
        Ok(Some(std::mem::take(&mut self.argv)))
    }

    /// Inline commands (`PING\r\n`, as typed into telnet), split with redis-cli's quoting rules.
    fn inline(&mut self, buf: &mut BytesMut) -> Result<Option<Vec<Bytes>>, ProtocolError> {
        // Redis looks for the newline with strchr, which stops at a NUL byte: a line with a NUL
        // before its newline waits for more input (until it is too big).
        let searchable = find(buf, 0).unwrap_or(buf.len());
        let Some(nl) = find(&buf[..searchable], b'\n') else {
            if buf.len() > INLINE_MAX_SIZE {
                return Err(proto_err("too big inline request"));
            }
            return Ok(None);
        };
        let line_end = if nl > 0 && buf[nl - 1] == b'\r' {
            nl - 1
        } else {
            nl
        };
        let parts = crate::util::splitargs::split_args(&buf[..line_end]);
        buf.advance(nl + 1);
        match parts {
            Some(parts) => Ok(Some(parts.into_iter().map(Bytes::from).collect())),
            None => Err(proto_err("unbalanced quotes in request")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        proto_max_bulk_len: 512 * 1024 * 1024,
        unauthenticated: false,
    };

    fn parse_all(input: &[u8]) -> Result<Vec<Vec<Bytes>>, ProtocolError> {
        let mut p = RequestParser::new();
        let mut buf = BytesMut::from(input);
        let mut out = Vec::new();
        while let Some(argv) = p.next(&mut buf, LIMITS)? {
            out.push(argv);
        }
        Ok(out)
    }

    #[test]
    fn multibulk_and_pipeline() {
        let got = parse_all(b"*2\r\n$3\r\nGET\r\n$1\r\nk\r\n*1\r\n$4\r\nPING\r\n").unwrap();
        assert_eq!(
            got,
            vec![
                vec![Bytes::from("GET"), Bytes::from("k")],
                vec![Bytes::from("PING")]
            ]
        );
    }

    #[test]
    fn byte_at_a_time() {
        let input = b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nhello\r\n";
        let mut p = RequestParser::new();
        let mut buf = BytesMut::new();
        let mut done = None;
        for &b in input.iter() {
            buf.extend_from_slice(&[b]);
            if let Some(argv) = p.next(&mut buf, LIMITS).unwrap() {
                done = Some(argv);
            }
        }
        assert_eq!(done.unwrap()[2], Bytes::from("hello"));
        assert!(buf.is_empty());
    }

    #[test]
    fn inline_and_quotes() {
        let got = parse_all(b"set k \"a b\"\r\nping\n\r\n").unwrap();
        assert_eq!(
            got[0],
            vec![Bytes::from("set"), Bytes::from("k"), Bytes::from("a b")]
        );
        assert_eq!(got[1], vec![Bytes::from("ping")]);
        assert!(got[2].is_empty());
        assert_eq!(
            parse_all(b"set \"k\r\n").unwrap_err().0,
            "Protocol error: unbalanced quotes in request"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            parse_all(b"*x\r\n").unwrap_err().0,
            "Protocol error: invalid multibulk length"
        );
        assert_eq!(
            parse_all(b"*3000000000\r\n").unwrap_err().0,
            "Protocol error: invalid multibulk length"
        );
        assert_eq!(
            parse_all(b"*1\r\nfoo\r\n").unwrap_err().0,
            "Protocol error: expected '$', got 'f'"
        );
        assert_eq!(
            parse_all(b"*1\r\n$-1\r\n").unwrap_err().0,
            "Protocol error: invalid bulk length"
        );
        let small = Limits {
            proto_max_bulk_len: 10,
            unauthenticated: false,
        };
        let mut buf = BytesMut::from(&b"*1\r\n$11\r\n"[..]);
        assert_eq!(
            RequestParser::new().next(&mut buf, small).unwrap_err().0,
            "Protocol error: invalid bulk length"
        );
        let unauth = Limits {
            proto_max_bulk_len: 1 << 20,
            unauthenticated: true,
        };
        let mut buf = BytesMut::from(&b"*11\r\n"[..]);
        assert_eq!(
            RequestParser::new().next(&mut buf, unauth).unwrap_err().0,
            "Protocol error: unauthenticated multibulk length"
        );
        let big = vec![b'a'; INLINE_MAX_SIZE + 1];
        assert_eq!(
            parse_all(&big).unwrap_err().0,
            "Protocol error: too big inline request"
        );
    }

    #[test]
    fn zero_count_is_empty() {
        assert_eq!(
            parse_all(b"*0\r\n*-1\r\n").unwrap(),
            vec![Vec::<Bytes>::new(), Vec::new()]
        );
    }
}
