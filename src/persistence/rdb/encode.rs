//! Serializing values the way Redis 7.0's rdbSaveObjectType / rdbSaveObject do.

use super::{container, intset, kind, listpack::ListpackWriter, lzf};
use crate::db::Value;
use crate::types::list::{Elem, List};
use crate::types::{hash::Hash, set::Set, string::Str, zset::ZSet};
use crate::util::numbers::{d2string, parse_i64};
use std::io::{self, Write};

/// Settings that change the bytes written.
#[derive(Debug, Clone, Copy)]
pub struct SaveOptions {
    /// `rdbcompression`: LZF-compress strings longer than 20 bytes when that saves 4 bytes.
    pub compress: bool,
    /// `list-compress-depth`: Redis keeps list nodes farther than this from both ends
    /// LZF-compressed and writes them so; 0 compresses nothing.
    pub list_compress_depth: usize,
}

impl Default for SaveOptions {
    /// Redis's defaults: compression on, list nodes uncompressed.
    fn default() -> Self {
        SaveOptions {
            compress: true,
            list_compress_depth: 0,
        }
    }
}

/// Quicklist nodes smaller than this are never compressed.
const MIN_COMPRESS_BYTES: usize = 48;
/// A compressed quicklist node must save more than this many bytes.
const MIN_COMPRESS_IMPROVE: usize = 8;

/// Writes RDB data to `out`.
pub struct Writer<W> {
    out: W,
    options: SaveOptions,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, options: SaveOptions) -> Writer<W> {
        Writer { out, options }
    }

    pub fn into_inner(self) -> W {
        self.out
    }

    pub fn write_u8(&mut self, b: u8) -> io::Result<()> {
        self.out.write_all(&[b])
    }

    pub fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    /// A length: 6 bits in one byte, 14 bits in two, else 0x80 + u32 BE or 0x81 + u64 BE.
    pub fn write_len(&mut self, len: u64) -> io::Result<()> {
        if len < 1 << 6 {
            self.write_u8(len as u8)
        } else if len < 1 << 14 {
            self.write_raw(&[0x40 | (len >> 8) as u8, len as u8])
        } else if let Ok(len32) = u32::try_from(len) {
            self.write_u8(0x80)?;
            self.write_raw(&len32.to_be_bytes())
        } else {
            self.write_u8(0x81)?;
            self.write_raw(&len.to_be_bytes())
        }
    }

    /// An integer in the special string form (0xC0 + i8, 0xC1 + i16 LE, 0xC2 + i32 LE); false
    /// when it does not fit 32 bits.
    fn write_encoded_int(&mut self, n: i64) -> io::Result<bool> {
        if let Ok(b) = i8::try_from(n) {
            self.write_raw(&[0xC0, b as u8])?;
        } else if let Ok(s) = i16::try_from(n) {
            let b = s.to_le_bytes();
            self.write_raw(&[0xC1, b[0], b[1]])?;
        } else if let Ok(w) = i32::try_from(n) {
            self.write_u8(0xC2)?;
            self.write_raw(&w.to_le_bytes())?;
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// A string (rdbSaveRawString): as a 32-bit integer when it is one in canonical form of at
    /// most 11 bytes, LZF-compressed when longer than 20 bytes and that saves at least 4
    /// bytes (with compression on), else length-prefixed.
    pub fn write_string(&mut self, s: &[u8]) -> io::Result<()> {
        if s.len() <= 11 {
            if let Some(n) = parse_i64(s) {
                if self.write_encoded_int(n)? {
                    return Ok(());
                }
            }
        }
        if self.options.compress && s.len() > 20 {
            if let Some(compressed) = lzf::compress(s, s.len() - 4) {
                return self.write_lzf_blob(&compressed, s.len());
            }
        }
        self.write_len(s.len() as u64)?;
        self.write_raw(s)
    }

    /// An integer as a string (rdbSaveLongLongAsStringObject): the special form when it fits
    /// 32 bits, its decimal digits otherwise.
    pub fn write_int_string(&mut self, n: i64) -> io::Result<()> {
        if self.write_encoded_int(n)? {
            return Ok(());
        }
        let mut digits = itoa::Buffer::new();
        let digits = digits.format(n).as_bytes();
        self.write_len(digits.len() as u64)?;
        self.write_raw(digits)
    }

    /// An LZF-compressed string: 0xC3, compressed length, original length, data.
    pub fn write_lzf_blob(&mut self, compressed: &[u8], original_len: usize) -> io::Result<()> {
        self.write_u8(0xC3)?;
        self.write_len(compressed.len() as u64)?;
        self.write_len(original_len as u64)?;
        self.write_raw(compressed)
    }

    /// A double in binary form (RDB 8 and later): IEEE 754, little endian.
    pub fn write_binary_double(&mut self, d: f64) -> io::Result<()> {
        self.write_raw(&d.to_le_bytes())
    }

    /// Unix time in milliseconds, little endian (after the EXPIRETIME_MS opcode).
    pub fn write_ms_time(&mut self, ms: i64) -> io::Result<()> {
        self.write_raw(&ms.to_le_bytes())
    }

    /// The type byte of `value` in its current encoding.
    pub fn write_value_type(&mut self, value: &Value) -> io::Result<()> {
        self.write_u8(value_type(value))
    }

    /// The body of `value` (what follows its type byte).
    pub fn write_value(&mut self, value: &Value) -> io::Result<()> {
        match value {
            Value::String(s) => self.write_str(s),
            Value::List(l) => self.write_list(l),
            Value::Set(s) => self.write_set(s),
            Value::ZSet(z) => self.write_zset(z),
            Value::Hash(h) => self.write_hash(h),
        }
    }

    fn write_str(&mut self, s: &Str) -> io::Result<()> {
        match s {
            Str::Int(n) => self.write_int_string(*n),
            other => other.with_bytes(|b| self.write_string(b)),
        }
    }

    /// A quicklist: node count, then per node its container and its listpack (or its one
    /// element for a plain node), possibly LZF-compressed as a compressed node would be.
    fn write_list(&mut self, list: &List) -> io::Result<()> {
        let count = list.node_count();
        self.write_len(count as u64)?;
        let depth = self.options.list_compress_depth;
        for (i, (plain, elements)) in list.nodes().enumerate() {
            let data = if plain {
                self.write_len(container::PLAIN)?;
                let mut one = Vec::new();
                elements.for_each(|e| e.write_to(&mut one));
                one
            } else {
                self.write_len(container::PACKED)?;
                let mut lp = ListpackWriter::new();
                for e in elements {
                    match e {
                        Elem::Str(s) => lp.push(s),
                        Elem::Int(n) => lp.push_int(n),
                    }
                }
                lp.finish()
            };
            let interior = depth > 0 && i >= depth && i + depth < count;
            if interior && data.len() >= MIN_COMPRESS_BYTES {
                if let Some(c) = lzf::compress(&data, data.len()) {
                    if c.len() + MIN_COMPRESS_IMPROVE < data.len() {
                        self.write_lzf_blob(&c, data.len())?;
                        continue;
                    }
                }
            }
            self.write_string(&data)?;
        }
        Ok(())
    }

    fn write_set(&mut self, set: &Set) -> io::Result<()> {
        if let Some(ints) = set.as_intset() {
            return self.write_string(&intset::encode(ints));
        }
        self.write_len(set.len() as u64)?;
        for m in set.iter() {
            m.with_bytes(|b| self.write_string(b))?;
        }
        Ok(())
    }

    /// A listpack of (member, score) in order, scores as integers when integral (within
    /// +-2^62) and as their shortest exact text otherwise; or, for the big encoding, the
    /// count then members from the highest to the lowest, each with its binary score.
    fn write_zset(&mut self, z: &ZSet) -> io::Result<()> {
        let len = z.len();
        let mut result = Ok(());
        if z.is_listpack() {
            let mut lp = ListpackWriter::new();
            z.for_each_in(0, len, false, |member, score| {
                lp.push(member);
                match integral(score) {
                    Some(n) => lp.push_int(n),
                    None => lp.push(d2string(score).as_bytes()),
                }
            });
            return self.write_string(&lp.finish());
        }
        self.write_len(len as u64)?;
        z.for_each_in(0, len, true, |member, score| {
            if result.is_ok() {
                result = self
                    .write_string(member)
                    .and_then(|_| self.write_binary_double(score));
            }
        });
        result
    }

    /// A listpack of field, value, ... in the hash's order; or the count then the pairs.
    fn write_hash(&mut self, h: &Hash) -> io::Result<()> {
        if h.is_packed() {
            let mut lp = ListpackWriter::new();
            for (f, v) in h.iter() {
                lp.push(f);
                lp.push(v);
            }
            return self.write_string(&lp.finish());
        }
        self.write_len(h.len() as u64)?;
        for (f, v) in h.iter() {
            self.write_string(f)?;
            self.write_string(v)?;
        }
        Ok(())
    }
}

/// The type byte Redis 7.0 writes for `value` in its current encoding.
pub fn value_type(value: &Value) -> u8 {
    match value {
        Value::String(_) => kind::STRING,
        Value::List(_) => kind::LIST_QUICKLIST_2,
        Value::Set(s) if s.is_intset() => kind::SET_INTSET,
        Value::Set(_) => kind::SET,
        Value::ZSet(z) if z.is_listpack() => kind::ZSET_LISTPACK,
        Value::ZSet(_) => kind::ZSET_2,
        Value::Hash(h) if h.is_packed() => kind::HASH_LISTPACK,
        Value::Hash(_) => kind::HASH,
    }
}

/// `d` as an integer when it is integral within +-2^62 (Redis's double2ll), as a listpack
/// stores such scores.
fn integral(d: f64) -> Option<i64> {
    const LIMIT: f64 = 4611686018427387904.0;
    if !(-LIMIT..=LIMIT).contains(&d) {
        return None;
    }
    let n = d as i64;
    (n as f64 == d).then_some(n)
}
