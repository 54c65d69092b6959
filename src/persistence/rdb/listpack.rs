//! Listpacks: the compact blob Redis 7.0 stores small hashes, small sorted sets and every list
//! node in, and writes to RDB as is.
//!
//! Layout: total size (u32 LE, the whole blob), element count (u16 LE, 65535 when unknown),
//! the entries, and a 0xFF terminator. An entry is an encoding byte (plus length bytes), the
//! payload, and a "back length" (the size of encoding + payload, 7 bits per byte, most
//! significant group first, all but that first byte flagged with 0x80) so it can be walked
//! backwards.
//!
//! | encoding byte        | entry                                         |
//! |----------------------|-----------------------------------------------|
//! | `0xxxxxxx`           | integer 0..=127                               |
//! | `10LLLLLL`           | string of up to 63 bytes                      |
//! | `110xxxxx` + 1       | 13-bit signed integer                         |
//! | `1110LLLL` + 1       | string of up to 4095 bytes (12-bit length)    |
//! | `F0` + u32 LE        | longer string                                 |
//! | `F1` / `F2` / `F3` / `F4` | 16 / 24 / 32 / 64-bit signed integer, LE |
//!
//! A string that reads as a 64-bit integer in canonical form is always stored as an integer.

use super::{le_signed, Item};
use crate::util::numbers::parse_i64;

const HEADER_SIZE: usize = 6;
const EOF: u8 = 0xFF;
/// The element count of a listpack with 65535 elements or more.
const COUNT_UNKNOWN: u16 = u16::MAX;

/// Bytes of the back length of an entry of `len` bytes (Redis's thresholds, which are not
/// exactly 7 bits per byte: a length of 16383 takes three bytes).
fn backlen_size(len: usize) -> usize {
    match len {
        0..=127 => 1,
        128..=16382 => 2,
        16383..=2097150 => 3,
        2097151..=268435454 => 4,
        _ => 5,
    }
}

fn push_backlen(out: &mut Vec<u8>, len: usize) {
    let k = backlen_size(len);
    for i in (0..k).rev() {
        let group = ((len >> (7 * i)) & 0x7f) as u8;
        out.push(if i == k - 1 { group } else { group | 0x80 });
    }
}

/// Builds a listpack element by element.
pub struct ListpackWriter {
    buf: Vec<u8>,
    count: usize,
}

impl Default for ListpackWriter {
    fn default() -> Self {
        ListpackWriter::new()
    }
}

impl ListpackWriter {
    pub fn new() -> ListpackWriter {
        let mut buf = Vec::with_capacity(64);
        buf.extend_from_slice(&[0; HEADER_SIZE]);
        ListpackWriter { buf, count: 0 }
    }

    /// Appends a string (as an integer when it reads as one, as Redis's lpAppend does).
    pub fn push(&mut self, v: &[u8]) {
        if v.len() <= 20 {
            if let Some(n) = parse_i64(v) {
                return self.push_int(n);
            }
        }
        let start = self.buf.len();
        let n = v.len();
        if n < 64 {
            self.buf.push(0x80 | n as u8);
        } else if n < 4096 {
            self.buf.push(0xE0 | (n >> 8) as u8);
            self.buf.push(n as u8);
        } else {
            self.buf.push(0xF0);
            self.buf.extend_from_slice(&(n as u32).to_le_bytes());
        }
        self.buf.extend_from_slice(v);
        self.finish_entry(start);
    }

    pub fn push_int(&mut self, v: i64) {
        let start = self.buf.len();
        let b = &mut self.buf;
        match v {
            0..=127 => b.push(v as u8),
            -4096..=4095 => {
                let u = (v as u16) & 0x1FFF;
                b.push(0xC0 | (u >> 8) as u8);
                b.push(u as u8);
            }
            -32768..=32767 => {
                b.push(0xF1);
                b.extend_from_slice(&(v as i16).to_le_bytes());
            }
            -8388608..=8388607 => {
                b.push(0xF2);
                b.extend_from_slice(&(v as i32).to_le_bytes()[..3]);
            }
            -2147483648..=2147483647 => {
                b.push(0xF3);
                b.extend_from_slice(&(v as i32).to_le_bytes());
            }
            _ => {
                b.push(0xF4);
                b.extend_from_slice(&v.to_le_bytes());
            }
        }
        self.finish_entry(start);
    }

    pub fn push_item(&mut self, item: Item) {
        match item {
            Item::Str(s) => self.push(s),
            Item::Int(n) => self.push_int(n),
        }
    }

    fn finish_entry(&mut self, start: usize) {
        let len = self.buf.len() - start;
        push_backlen(&mut self.buf, len);
        self.count += 1;
    }

    /// Elements appended so far.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The finished blob.
    pub fn finish(mut self) -> Vec<u8> {
        self.buf.push(EOF);
        let total = self.buf.len() as u32;
        let count = u16::try_from(self.count).unwrap_or(COUNT_UNKNOWN);
        self.buf[..4].copy_from_slice(&total.to_le_bytes());
        self.buf[4..6].copy_from_slice(&count.to_le_bytes());
        self.buf
    }
}

/// Size of the encoding + payload of the entry at `p`, or None for an invalid encoding byte
/// or when its length bytes run past `end`.
fn entry_body_size(lp: &[u8], p: usize, end: usize) -> Option<usize> {
    let b = lp[p];
    let length_bytes = match b {
        0xE0..=0xEF => 2,
        0xF0 => 5,
        _ => 1,
    };
    if p + length_bytes > end {
        return None;
    }
    Some(match b {
        0x00..=0x7F => 1,
        0x80..=0xBF => 1 + (b & 0x3F) as usize,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 2 + ((((b & 0x0F) as usize) << 8) | lp[p + 1] as usize),
        0xF0 => 5 + u32::from_le_bytes(lp[p + 1..p + 5].try_into().expect("4 bytes")) as usize,
        0xF1 => 3,
        0xF2 => 4,
        0xF3 => 5,
        0xF4 => 9,
        _ => return None,
    })
}

/// Reads the back length ending just before `end`, as Redis does: at most five bytes.
fn read_backlen(lp: &[u8], end: usize) -> Option<usize> {
    let mut value = 0usize;
    let mut p = end;
    for shift in (0..35).step_by(7) {
        p = p.checked_sub(1)?;
        value |= ((lp[p] & 0x7F) as usize) << shift;
        if lp[p] & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// Decodes the (validated) entry at `p`.
fn decode(lp: &[u8], p: usize, body: usize) -> Item<'_> {
    let b = lp[p];
    match b {
        0x00..=0x7F => Item::Int(b as i64),
        0x80..=0xBF => Item::Str(&lp[p + 1..p + body]),
        0xC0..=0xDF => {
            let u = (((b & 0x1F) as u16) << 8) | lp[p + 1] as u16;
            Item::Int(((u << 3) as i16 >> 3) as i64)
        }
        0xE0..=0xEF => Item::Str(&lp[p + 2..p + body]),
        0xF0 => Item::Str(&lp[p + 5..p + body]),
        _ => Item::Int(le_signed(&lp[p + 1..p + body])),
    }
}

/// Every element of the listpack `lp`, after checking it the way Redis's deep integrity
/// validation does: header size and count, each entry inside the blob with a matching back
/// length, the terminator right after the last entry. None when anything is off.
pub fn parse(lp: &[u8]) -> Option<Vec<Item<'_>>> {
    if lp.len() < HEADER_SIZE + 1 {
        return None;
    }
    let total = u32::from_le_bytes(lp[..4].try_into().expect("4 bytes")) as usize;
    let declared = u16::from_le_bytes([lp[4], lp[5]]);
    if total != lp.len() || lp[total - 1] != EOF {
        return None;
    }
    let last = total - 1; // where the terminator is
    let mut items = Vec::with_capacity(usize::from(declared).min(4096));
    let mut p = HEADER_SIZE;
    while lp[p] != EOF {
        let body = entry_body_size(lp, p, last)?;
        let entry = body + backlen_size(body);
        if p + entry > last || read_backlen(lp, p + entry)? != body {
            return None;
        }
        items.push(decode(lp, p, body));
        p += entry;
    }
    if p != last || (declared != COUNT_UNKNOWN && usize::from(declared) != items.len()) {
        return None;
    }
    Some(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(values: &[&[u8]]) -> Vec<u8> {
        let mut w = ListpackWriter::new();
        for v in values {
            w.push(v);
        }
        let lp = w.finish();
        let items = parse(&lp).expect("valid");
        let back: Vec<Vec<u8>> = items.iter().map(|i| i.to_vec()).collect();
        assert_eq!(back, values.iter().map(|v| v.to_vec()).collect::<Vec<_>>());
        lp
    }

    #[test]
    fn encodings_match_redis() {
        // What Redis 7.0 writes for RPUSH l a 1 -1 300 (the listpack inside DUMP's payload).
        let lp = round_trip(&[b"a", b"1", b"-1", b"300"]);
        assert_eq!(
            lp,
            [0x12, 0, 0, 0, 4, 0, 0x81, b'a', 2, 1, 1, 0xDF, 0xFF, 2, 0xC1, 0x2C, 2, 0xFF]
        );
        let long = vec![b'x'; 5000];
        let mid = vec![b'y'; 200];
        let edge = vec![b'z'; 16378]; // 5 + 16378 = 16383: a three-byte back length
        round_trip(&[
            b"",
            b"127",
            b"128",
            b"-4096",
            b"4095",
            b"-4097",
            b"32767",
            b"32768",
            b"-8388608",
            b"8388608",
            b"2147483647",
            b"-2147483649",
            b"9223372036854775807",
            b"-9223372036854775808",
            b"9223372036854775808",
            b"01",
            b"-0",
            &mid,
            &long,
            &edge,
        ]);
    }

    #[test]
    fn corrupt_listpacks_are_refused() {
        let good = round_trip(&[b"a", b"bb", b"7"]);
        assert!(parse(&good[..good.len() - 1]).is_none(), "truncated");
        let mut bad = good.clone();
        bad[4] = 2;
        assert!(parse(&bad).is_none(), "wrong count");
        let mut bad = good.clone();
        bad[8] = 5; // back length of the first entry
        assert!(parse(&bad).is_none(), "wrong back length");
        let mut bad = good.clone();
        bad[6] = 0x85; // first string claims 5 bytes
        assert!(parse(&bad).is_none(), "entry overruns");
        let mut bad = good;
        bad[6] = 0xF7;
        assert!(parse(&bad).is_none(), "unknown encoding");
        let mut unknown_count = ListpackWriter::new();
        unknown_count.push(b"x");
        let mut lp = unknown_count.finish();
        lp[4] = 0xFF;
        lp[5] = 0xFF;
        assert_eq!(parse(&lp).unwrap().len(), 1);
    }
}
