//! Reading the compact blobs of older Redis versions: ziplists (lists, hashes and sorted sets
//! before Redis 7.0) and zipmaps (hashes before Redis 2.6). Redis 7.0 converts both to
//! listpacks when loading; nothing writes them any more.

use super::{le_signed, Item};

/// Ziplist layout: total size (u32 LE), offset of the last entry (u32 LE), entry count (u16 LE,
/// 65535 when unknown), entries, 0xFF. An entry is the previous entry's size (one byte below
/// 254, else 0xFE + u32 LE), an encoding, and the payload.
const HEADER_SIZE: usize = 10;
const END: u8 = 0xFF;
const BIG_PREVLEN: u8 = 0xFE;

/// (header bytes after the prevlen, payload bytes) of the encoding at `p`, or None when the
/// encoding byte is invalid or its length bytes run past `end`.
fn entry_size(zl: &[u8], p: usize, end: usize) -> Option<(usize, usize)> {
    let b = zl[p];
    let (header, payload) = match b >> 6 {
        0 => (1, (b & 0x3F) as usize),
        1 => {
            if p + 1 >= end {
                return None;
            }
            (2, (((b & 0x3F) as usize) << 8) | zl[p + 1] as usize)
        }
        2 => {
            if b != 0x80 || p + 4 >= end {
                return None;
            }
            (
                5,
                u32::from_be_bytes(zl[p + 1..p + 5].try_into().expect("4 bytes")) as usize,
            )
        }
        _ => match b {
            0xC0 => (1, 2),
            0xD0 => (1, 4),
            0xE0 => (1, 8),
            0xF0 => (1, 3),
            0xFE => (1, 1),
            0xF1..=0xFD => (1, 0),
            _ => return None,
        },
    };
    Some((header, payload))
}

fn decode(zl: &[u8], p: usize, header: usize, payload: usize) -> Item<'_> {
    let b = zl[p];
    let data = &zl[p + header..p + header + payload];
    match b {
        0xF1..=0xFD => Item::Int((b & 0x0F) as i64 - 1),
        0xC0 | 0xD0 | 0xE0 | 0xF0 | 0xFE => Item::Int(le_signed(data)),
        _ => Item::Str(data),
    }
}

/// Every element of the ziplist `zl`, after the checks of Redis's deep integrity validation
/// (sizes, tail offset, each entry's previous length, count). None when anything is off.
pub fn parse(zl: &[u8]) -> Option<Vec<Item<'_>>> {
    let size = zl.len();
    if size < HEADER_SIZE + 1 {
        return None;
    }
    let total = u32::from_le_bytes(zl[..4].try_into().expect("4 bytes")) as usize;
    let tail = u32::from_le_bytes(zl[4..8].try_into().expect("4 bytes")) as usize;
    let declared = u16::from_le_bytes([zl[8], zl[9]]);
    let last = size - 1;
    if total != size || zl[last] != END || tail > last {
        return None;
    }
    let mut items = Vec::with_capacity(usize::from(declared).min(4096));
    let mut p = HEADER_SIZE;
    let mut prev_size = 0;
    let mut prev_start = None;
    while zl[p] != END {
        let (prevlen_size, prevlen) = if zl[p] < BIG_PREVLEN {
            (1, zl[p] as usize)
        } else {
            if p + 4 >= last {
                return None;
            }
            (
                5,
                u32::from_le_bytes(zl[p + 1..p + 5].try_into().expect("4 bytes")) as usize,
            )
        };
        let enc = p + prevlen_size;
        if enc >= last {
            return None;
        }
        let (header, payload) = entry_size(zl, enc, last)?;
        let entry = prevlen_size + header + payload;
        if p + entry > last || prevlen != prev_size {
            return None;
        }
        items.push(decode(zl, enc, header, payload));
        prev_size = entry;
        prev_start = Some(p);
        p += entry;
    }
    if p != last || prev_start.is_some_and(|s| s != tail) {
        return None;
    }
    if declared != u16::MAX && usize::from(declared) != items.len() {
        return None;
    }
    Some(items)
}

/// Every (field, value) of the zipmap `zm`, validated as Redis does (lengths inside the blob,
/// at least one pair, count byte right unless 254). Layout: count byte, then per pair the
/// field length, field, value length, a "free" byte, the value and that many unused bytes,
/// then 0xFF. Lengths take one byte below 254, else 0xFE + u32 LE.
pub fn parse_zipmap(zm: &[u8]) -> Option<Vec<(&[u8], &[u8])>> {
    let size = zm.len();
    if size < 2 || zm[size - 1] != END {
        return None;
    }
    let last = size - 1;
    let length = |p: usize| -> Option<(usize, usize)> {
        if zm[p] < 254 {
            Some((1, zm[p] as usize))
        } else if p + 5 <= last {
            Some((
                5,
                u32::from_le_bytes(zm[p + 1..p + 5].try_into().expect("4 bytes")) as usize,
            ))
        } else {
            None
        }
    };
    let mut pairs = Vec::new();
    let mut p = 1;
    while zm[p] != END {
        let (s, flen) = length(p)?;
        let field_start = p + s;
        p = field_start.checked_add(flen).filter(|&q| q <= last)?;
        let (s, vlen) = length(p)?;
        let free_at = p + s;
        if free_at > last {
            return None;
        }
        let free = zm[free_at] as usize;
        let value_start = free_at + 1;
        p = value_start
            .checked_add(vlen + free)
            .filter(|&q| q <= last)?;
        pairs.push((
            &zm[field_start..field_start + flen],
            &zm[value_start..value_start + vlen],
        ));
    }
    if pairs.is_empty() || (zm[0] != 254 && zm[0] as usize != pairs.len()) {
        return None;
    }
    Some(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_redis_ziplists() {
        // The example of ziplist.c's documentation: "2", "5".
        let zl = [
            0x0f, 0, 0, 0, 0x0c, 0, 0, 0, 2, 0, 0x00, 0xf3, 0x02, 0xf6, 0xff,
        ];
        assert_eq!(parse(&zl), Some(vec![Item::Int(2), Item::Int(5)]));
        let mut bad = zl;
        bad[4] = 0x0a; // tail offset not at the last entry
        assert!(parse(&bad).is_none());
        let mut bad = zl;
        bad[12] = 0x03; // previous length wrong
        assert!(parse(&bad).is_none());
        assert!(parse(&zl[..14]).is_none());
        // "hello", 300 (int16), -2 (int8), 100000 (int24)
        let zl = [
            30, 0, 0, 0, 24, 0, 0, 0, 4, 0, //
            0x00, 0x05, b'h', b'e', b'l', b'l', b'o', //
            0x07, 0xc0, 0x2c, 0x01, //
            0x04, 0xfe, 0xfe, //
            0x03, 0xf0, 0xa0, 0x86, 0x01, //
            0xff,
        ];
        assert_eq!(
            parse(&zl),
            Some(vec![
                Item::Str(b"hello"),
                Item::Int(300),
                Item::Int(-2),
                Item::Int(100000)
            ])
        );
    }

    #[test]
    fn reads_zipmaps() {
        let zm = [
            2, 3, b'f', b'o', b'o', 3, 0, b'b', b'a', b'r', 5, b'h', b'e', b'l', b'l', b'o', 5, 1,
            b'w', b'o', b'r', b'l', b'd', b'!', 0xff,
        ];
        assert_eq!(
            parse_zipmap(&zm),
            Some(vec![
                (&b"foo"[..], &b"bar"[..]),
                (&b"hello"[..], &b"world"[..])
            ])
        );
        let mut bad = zm;
        bad[0] = 3;
        assert!(parse_zipmap(&bad).is_none());
        assert!(parse_zipmap(&[0, 0xff]).is_none(), "empty");
        assert!(parse_zipmap(&zm[..20]).is_none());
    }
}
