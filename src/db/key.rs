//! The keyspace's own copy of a key.

use crate::util::inline::InlineBytes;
use bytes::Bytes;
use std::borrow::Borrow;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// Longest key held inside the hash-table node.
pub const INLINE_KEY_MAX: usize = 22;

/// A stored key: up to `INLINE_KEY_MAX` bytes inside the hash-table node itself, so that
/// finding a short key reads no memory beyond its node; longer keys in an exactly sized heap
/// block. 24 bytes either way (a `Bytes` handle takes 32 and always points elsewhere).
#[derive(Clone, PartialEq, Eq)]
pub enum Key {
    Inline(InlineBytes<INLINE_KEY_MAX>),
    Heap(Box<[u8]>),
}

impl Key {
    pub fn new(data: &[u8]) -> Key {
        match InlineBytes::new(data) {
            Some(inline) => Key::Inline(inline),
            None => Key::Heap(data.into()),
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        match self {
            Key::Inline(b) => b.as_slice(),
            Key::Heap(b) => b,
        }
    }

    /// A copy to hand out in replies and events.
    pub fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self.as_slice())
    }

    /// Heap bytes the key owns besides itself.
    pub fn heap_size(&self) -> usize {
        match self {
            Key::Inline(_) => 0,
            Key::Heap(b) => b.len(),
        }
    }
}

impl Deref for Key {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl Borrow<[u8]> for Key {
    #[inline]
    fn borrow(&self) -> &[u8] {
        self.as_slice()
    }
}

/// Hashes as the byte slice does, so lookups by `&[u8]` find it (the `Borrow` contract).
impl Hash for Key {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state)
    }
}

impl From<&[u8]> for Key {
    fn from(data: &[u8]) -> Key {
        Key::new(data)
    }
}

impl From<&str> for Key {
    fn from(data: &str) -> Key {
        Key::new(data.as_bytes())
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_inline_long_keys_on_the_heap() {
        let short = Key::new(&[b'k'; INLINE_KEY_MAX]);
        assert!(matches!(short, Key::Inline(_)));
        let long = Key::new(&[b'k'; INLINE_KEY_MAX + 1]);
        assert!(matches!(long, Key::Heap(_)));
        assert_eq!(&long[..], &[b'k'; INLINE_KEY_MAX + 1][..]);
        assert_eq!(std::mem::size_of::<Key>(), 24);
    }

    #[test]
    fn hashes_and_compares_as_its_bytes() {
        let s = ahash::RandomState::new();
        for data in [&b""[..], b"a", &[b'x'; 40]] {
            let key = Key::new(data);
            assert_eq!(s.hash_one(&key), s.hash_one(data));
            assert_eq!(key, Key::from(data));
            assert_eq!(key.to_bytes(), Bytes::copy_from_slice(data));
        }
    }
}
