//! Short byte strings stored in place: no allocation, and no pointer for a lookup to chase
//! (keys and small string values live inside the keyspace's hash-table nodes this way).

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_up_to_capacity() {
        assert_eq!(InlineBytes::<4>::new(b"").unwrap().as_slice(), b"");
        assert_eq!(InlineBytes::<4>::new(b"abcd").unwrap().as_slice(), b"abcd");
        assert!(InlineBytes::<4>::new(b"abcde").is_none());
        assert_eq!(std::mem::size_of::<InlineBytes<22>>(), 23);
    }
}
