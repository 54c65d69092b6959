//! Intsets: how sets of integers are stored, and written to RDB as is. Layout: the element
//! width in bytes (u32 LE: 2, 4 or 8), the count (u32 LE), then the elements in ascending
//! order, little endian, all at that width (the smallest that held every element ever added).

use crate::types::set::IntSet;

/// The blob of `set`, at its current width.
pub fn encode(set: &IntSet) -> Vec<u8> {
    let (width, len) = match set {
        IntSet::W16(v) => (2u32, v.len()),
        IntSet::W32(v) => (4, v.len()),
        IntSet::W64(v) => (8, v.len()),
    };
    let mut out = Vec::with_capacity(8 + width as usize * len);
    out.extend_from_slice(&width.to_le_bytes());
    out.extend_from_slice(&(len as u32).to_le_bytes());
    match set {
        IntSet::W16(v) => v
            .iter()
            .for_each(|n| out.extend_from_slice(&n.to_le_bytes())),
        IntSet::W32(v) => v
            .iter()
            .for_each(|n| out.extend_from_slice(&n.to_le_bytes())),
        IntSet::W64(v) => v
            .iter()
            .for_each(|n| out.extend_from_slice(&n.to_le_bytes())),
    }
    out
}

/// Parses an intset blob, checked as Redis's deep validation does: a known width, a size that
/// matches the count, at least one element, strictly ascending elements. The width is kept.
pub fn decode(blob: &[u8]) -> Option<IntSet> {
    if blob.len() < 8 {
        return None;
    }
    let width = u32::from_le_bytes(blob[..4].try_into().expect("4 bytes")) as usize;
    let count = u32::from_le_bytes(blob[4..8].try_into().expect("4 bytes")) as usize;
    if !matches!(width, 2 | 4 | 8) || blob.len() - 8 != count.checked_mul(width)? || count == 0 {
        return None;
    }
    fn ascending<T: PartialOrd>(v: &[T]) -> bool {
        v.windows(2).all(|w| w[0] < w[1])
    }
    let body = blob[8..].chunks_exact(width);
    let set = match width {
        2 => IntSet::W16(body.map(|c| i16::from_le_bytes([c[0], c[1]])).collect()),
        4 => IntSet::W32(
            body.map(|c| i32::from_le_bytes(c.try_into().expect("4 bytes")))
                .collect(),
        ),
        _ => IntSet::W64(
            body.map(|c| i64::from_le_bytes(c.try_into().expect("8 bytes")))
                .collect(),
        ),
    };
    let sorted = match &set {
        IntSet::W16(v) => ascending(v),
        IntSet::W32(v) => ascending(v),
        IntSet::W64(v) => ascending(v),
    };
    sorted.then_some(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_validation() {
        let set = IntSet::W32(vec![-5, 3, 70000]);
        let blob = encode(&set);
        assert_eq!(blob[..8], [4, 0, 0, 0, 3, 0, 0, 0]);
        let back = decode(&blob).unwrap();
        assert!(matches!(&back, IntSet::W32(v) if v == &[-5, 3, 70000]));
        assert!(decode(&blob[..blob.len() - 1]).is_none(), "size mismatch");
        let mut unsorted = blob.clone();
        unsorted[8..12].copy_from_slice(&4i32.to_le_bytes());
        assert!(decode(&unsorted).is_none(), "not ascending");
        let mut width = blob;
        width[0] = 3;
        assert!(decode(&width).is_none(), "unknown width");
        assert!(decode(&[2, 0, 0, 0, 0, 0, 0, 0]).is_none(), "empty");
    }
}
