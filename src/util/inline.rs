//! Short byte strings stored in place: no allocation, and no pointer for a lookup to chase
//! (keys and small string values live inside the keyspace's hash-table nodes this way).

use bytes::Bytes;
use std::borrow::Borrow;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// Up to `N` (at most 255) bytes held inline, with their length.
#[derive(Clone, Copy)]
pub struct InlineBytes<const N: usize> {
    len: u8,
    buf: [u8; N],
}

impl<const N: usize> InlineBytes<N> {
    /// The bytes held inline, or `None` when they do not fit.
    #[inline]
    pub fn new(data: &[u8]) -> Option<Self> {
        if data.len() > N {
            return None;
        }
        let mut buf = [0; N];
        buf[..data.len()].copy_from_slice(data);
        Some(InlineBytes {
            len: data.len() as u8,
            buf,
        })
    }

    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len as usize]
    }
}

impl<const N: usize> PartialEq for InlineBytes<N> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<const N: usize> Eq for InlineBytes<N> {}

impl<const N: usize> std::fmt::Debug for InlineBytes<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", bytes::Bytes::copy_from_slice(self.as_slice()))
    }
}

/// Longest string `CompactBytes` holds inline.
pub const COMPACT_INLINE_MAX: usize = 22;

/// A stored string (keyspace keys, set members, hash fields and values): up to `COMPACT_INLINE_MAX`
/// bytes inside the hash-table node itself, so that finding a short one reads no memory beyond
/// its node; longer ones in an exactly sized heap block. 24 bytes either way (a `Bytes` handle
/// takes 32 and always points elsewhere, a `Box<[u8]>` 16 plus a block of its own).
#[derive(Clone, PartialEq, Eq)]
pub enum CompactBytes {
    Inline(InlineBytes<COMPACT_INLINE_MAX>),
    Heap(Box<[u8]>),
}

impl CompactBytes {
    pub fn new(data: &[u8]) -> CompactBytes {
        match InlineBytes::new(data) {
            Some(inline) => CompactBytes::Inline(inline),
            None => CompactBytes::Heap(data.into()),
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        match self {
            CompactBytes::Inline(b) => b.as_slice(),
            CompactBytes::Heap(b) => b,
        }
    }

    /// A copy to hand out in replies and events.
    pub fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self.as_slice())
    }

    /// Heap bytes the string owns besides itself.
    pub fn heap_size(&self) -> usize {
        CompactBytes::heap_size_of(self.len())
    }

    /// Heap bytes a string of `len` bytes owns once stored.
    pub fn heap_size_of(len: usize) -> usize {
        if len <= COMPACT_INLINE_MAX {
            0
        } else {
            len
        }
    }
}

impl Deref for CompactBytes {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl Borrow<[u8]> for CompactBytes {
    #[inline]
    fn borrow(&self) -> &[u8] {
        self.as_slice()
    }
}

/// Hashes as the byte slice does, so lookups by `&[u8]` find it (the `Borrow` contract).
impl Hash for CompactBytes {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state)
    }
}

impl From<&[u8]> for CompactBytes {
    fn from(data: &[u8]) -> CompactBytes {
        CompactBytes::new(data)
    }
}

impl From<&str> for CompactBytes {
    fn from(data: &str) -> CompactBytes {
        CompactBytes::new(data.as_bytes())
    }
}

impl std::fmt::Debug for CompactBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_strings_inline_long_ones_on_the_heap() {
        let short = CompactBytes::new(&[b'k'; COMPACT_INLINE_MAX]);
        assert!(matches!(short, CompactBytes::Inline(_)));
        let long = CompactBytes::new(&[b'k'; COMPACT_INLINE_MAX + 1]);
        assert!(matches!(long, CompactBytes::Heap(_)));
        assert_eq!(&long[..], &[b'k'; COMPACT_INLINE_MAX + 1][..]);
        assert_eq!(std::mem::size_of::<CompactBytes>(), 24);
    }

    #[test]
    fn hashes_and_compares_as_its_bytes() {
        let s = ahash::RandomState::new();
        for data in [&b""[..], b"a", &[b'x'; 40]] {
            let key = CompactBytes::new(data);
            assert_eq!(s.hash_one(&key), s.hash_one(data));
            assert_eq!(key, CompactBytes::from(data));
            assert_eq!(key.to_bytes(), Bytes::copy_from_slice(data));
        }
    }

    #[test]
    fn holds_up_to_capacity() {
        assert_eq!(InlineBytes::<4>::new(b"").unwrap().as_slice(), b"");
        assert_eq!(InlineBytes::<4>::new(b"abcd").unwrap().as_slice(), b"abcd");
        assert!(InlineBytes::<4>::new(b"abcde").is_none());
        assert_eq!(std::mem::size_of::<InlineBytes<22>>(), 23);
    }
}
