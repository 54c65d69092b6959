//! String values with Redis's three encodings: `int`, `embstr` and `raw`.

use crate::util::inline::InlineBytes;
use bytes::Bytes;

/// Longest string Redis stores in the `embstr` encoding.
pub const EMBSTR_MAX: usize = 44;

/// Redis keeps one shared object for each integer below this (OBJ_SHARED_INTEGERS).
pub const SHARED_INTEGERS: i64 = 10000;

/// Longest value held inline: what fits in the space a `Bytes` handle takes anyway.
pub const INLINE_MAX: usize = 38;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Str {
    /// A value that reads as a 64-bit integer (OBJECT ENCODING `int`).
    Int(i64),
    /// Bytes stored as received; `embstr` when short, `raw` otherwise.
    Bytes(Bytes),
    /// Up to `INLINE_MAX` bytes held in the value itself (`embstr`): most values are short, and
    /// reading one then touches no other memory, as Redis's embstr objects do.
    Inline(InlineBytes<INLINE_MAX>),
    /// Bytes changed in place (APPEND, SETRANGE, SETBIT): always `raw`, as in Redis.
    Mut(Vec<u8>),
}

impl Str {
    /// A value as SET stores it: integer-like strings of up to 20 bytes become `int`
    /// (Redis's tryObjectEncoding).
    pub fn from_bytes(data: Bytes) -> Str {
        Str::compact(&data).unwrap_or(Str::Bytes(data))
    }

    /// `from_bytes` for a command's argument: the argument is only cloned (which makes its
    /// `Bytes` allocate a shared header) when the value is too long to be held inline.
    pub fn from_arg(arg: &Bytes) -> Str {
        Str::compact(arg).unwrap_or_else(|| Str::Bytes(arg.clone()))
    }

    /// The value as `int` when it reads as one (up to 20 bytes, Redis's tryObjectEncoding), or
    /// held inline when short; `None` when it needs a buffer of its own.
    fn compact(data: &[u8]) -> Option<Str> {
        if data.len() <= 20 {
            if let Some(n) = crate::util::numbers::parse_i64(data) {
                return Some(Str::Int(n));
            }
        }
        InlineBytes::new(data).map(Str::Inline)
    }

    /// Bytes stored as they are, never as `int` (`embstr` up to 44 bytes, `raw` beyond): what
    /// Redis's createStringObject makes, e.g. for INCRBYFLOAT's result.
    pub fn plain(data: Bytes) -> Str {
        InlineBytes::new(&data).map_or(Str::Bytes(data), Str::Inline)
    }

    /// A buffer built or changed in place (SETRANGE, SETBIT, BITOP, BITFIELD): always `raw`.
    pub fn from_vec(data: Vec<u8>) -> Str {
        Str::Mut(data)
    }

    /// Whether Redis would hold this value as one of its shared integer objects (0..=9999, as
    /// SET, INCR and friends store them unless maxmemory-policy is an LRU/LFU one): OBJECT
    /// REFCOUNT then reports 2147483647.
    pub fn is_shared_integer(&self) -> bool {
        matches!(self, Str::Int(n) if (0..SHARED_INTEGERS).contains(n))
    }

    pub fn len(&self) -> usize {
        self.with_bytes(|b| b.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value as bytes; integers are formatted (allocation-free for the other encodings).
    pub fn to_bytes(&self) -> Bytes {
        match self {
            Str::Int(n) => Bytes::copy_from_slice(itoa::Buffer::new().format(*n).as_bytes()),
            Str::Bytes(b) => b.clone(),
            Str::Inline(b) => Bytes::copy_from_slice(b.as_slice()),
            Str::Mut(v) => Bytes::copy_from_slice(v),
        }
    }

    /// The value as a bulk reply; short values and integers are copied in place, without
    /// allocating.
    pub fn to_reply(&self) -> crate::protocol::Reply {
        use crate::protocol::Reply;
        match self {
            Str::Int(n) => Reply::SmallBulk(
                InlineBytes::new(itoa::Buffer::new().format(*n).as_bytes())
                    .expect("an i64 has at most 20 digits"),
            ),
            Str::Inline(b) => Reply::SmallBulk(*b),
            Str::Bytes(b) => Reply::Bulk(b.clone()),
            Str::Mut(v) => Reply::Bulk(Bytes::copy_from_slice(v)),
        }
    }

    /// Calls `f` with the value's bytes without allocating for integers.
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Str::Int(n) => f(itoa::Buffer::new().format(*n).as_bytes()),
            other => f(other.as_bytes().expect("only integers lend no bytes")),
        }
    }

    /// The value as an integer, if it reads as one.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Str::Int(n) => Some(*n),
            other => crate::util::numbers::parse_i64(other.as_bytes()?),
        }
    }

    /// The stored bytes; `None` for an integer-encoded value (which has none to lend).
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Str::Int(_) => None,
            Str::Bytes(b) => Some(b),
            Str::Inline(b) => Some(b.as_slice()),
            Str::Mut(v) => Some(v),
        }
    }

    /// Switches to the in-place encoding and returns the buffer to modify.
    pub fn make_mut(&mut self) -> &mut Vec<u8> {
        if !matches!(self, Str::Mut(_)) {
            let bytes = self.with_bytes(|b| b.to_vec());
            *self = Str::Mut(bytes);
        }
        match self {
            Str::Mut(v) => v,
            _ => unreachable!(),
        }
    }

    pub fn encoding_name(&self) -> &'static str {
        match self {
            Str::Int(_) => "int",
            Str::Bytes(b) if b.len() <= EMBSTR_MAX => "embstr",
            Str::Inline(_) => "embstr",
            _ => "raw",
        }
    }

    /// Heap bytes this value owns (for MEMORY USAGE and maxmemory accounting).
    pub fn heap_size(&self) -> usize {
        match self {
            Str::Int(_) => 0,
            Str::Bytes(b) => b.len(),
            Str::Inline(_) => 0,
            Str::Mut(v) => v.capacity(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(Str::from_bytes(Bytes::from("123")).encoding_name(), "int");
        assert_eq!(
            Str::from_bytes(Bytes::from("0123")).encoding_name(),
            "embstr"
        );
        assert_eq!(
            Str::from_bytes(Bytes::from(vec![b'a'; 44])).encoding_name(),
            "embstr"
        );
        assert_eq!(
            Str::from_bytes(Bytes::from(vec![b'a'; 45])).encoding_name(),
            "raw"
        );
        let mut s = Str::from_bytes(Bytes::from("12"));
        s.make_mut().push(b'3');
        assert_eq!(s.encoding_name(), "raw");
        assert_eq!(s.to_bytes(), Bytes::from("123"));
    }

    #[test]
    fn short_values_are_inline() {
        let short = Str::plain(Bytes::from(vec![b'a'; INLINE_MAX]));
        assert!(matches!(short, Str::Inline(_)));
        assert_eq!(short.len(), INLINE_MAX);
        assert_eq!(short.as_bytes(), Some(&[b'a'; INLINE_MAX][..]));
        assert!(matches!(
            Str::plain(Bytes::from(vec![b'a'; INLINE_MAX + 1])),
            Str::Bytes(_)
        ));
        // Inline values cost no more room than the `Bytes` handle they replace.
        assert_eq!(std::mem::size_of::<Str>(), 40);
    }
}
