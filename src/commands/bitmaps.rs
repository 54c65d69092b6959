//! Bitmap commands: strings addressed bit by bit (SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP) or as
//! packed integers of any width (BITFIELD, BITFIELD_RO).
//!
//! Bit 0 is the most significant bit of the first byte; reads past the end of a string see zeros.

use super::args;
use super::errors;
use super::flags::*;
use super::strings::{max_string_len, read_str, replace_value, write_str};
use super::table::acl::BITMAP;
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_STRING};
use crate::db::Value;
use crate::protocol::Reply;
use crate::types::string::Str;
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[
    Command::new("setbit", 4, WRITE | DENYOOM, setbit)
        .keys(1, 1, 1)
        .acl(BITMAP)
        .doc("bitmap", "2.2.0", "Sets one bit of a string to 0 or 1, creating or growing the string as needed.")
        .complexity("O(1)")
        .syntax("key offset value"),
    Command::new("getbit", 3, READONLY | FAST, getbit)
        .keys(1, 1, 1)
        .acl(BITMAP)
        .doc("bitmap", "2.2.0", "Reads the bit at an offset of a string.")
        .complexity("O(1)")
        .syntax("key offset"),
    Command::new("bitcount", -2, READONLY, bitcount)
        .keys(1, 1, 1)
        .acl(BITMAP)
        .doc("bitmap", "2.6.0", "Counts the bits set to 1 in a string, optionally within a range.")
        .complexity("O(N)")
        .syntax("key [start end [BYTE | BIT]]"),
    Command::new("bitpos", -3, READONLY, bitpos)
        .keys(1, 1, 1)
        .acl(BITMAP)
        .doc("bitmap", "2.8.7", "Finds the position of the first bit with a given value in a string.")
        .complexity("O(N)")
        .syntax("key bit [start [end [BYTE | BIT]]]"),
    Command::new("bitop", -4, WRITE | DENYOOM, bitop)
        .keys(2, -1, 1)
        .acl(BITMAP)
        .doc("bitmap", "2.6.0", "Combines strings bit by bit (AND, OR, XOR, NOT) and stores the result in a key.")
        .complexity("O(N)")
        .syntax("AND | OR | XOR | NOT destkey key [key ...]"),
    Command::new("bitfield", -2, WRITE | DENYOOM, bitfield)
        .keys(1, 1, 1)
        .acl(BITMAP)
        .doc("bitmap", "3.2.0", "Reads, writes and increments integers packed at bit offsets of a string.")
        .complexity("O(1) for each subcommand specified")
        .syntax("key [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] SET encoding offset value | INCRBY encoding offset increment [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] SET encoding offset value | INCRBY encoding offset increment ...]]"),
    Command::new("bitfield_ro", -2, READONLY | FAST, bitfield_ro)
        .keys(1, 1, 1)
        .acl(BITMAP)
        .doc("bitmap", "6.0.0", "Reads integers packed at bit offsets of a string (read-only BITFIELD).")
        .complexity("O(1) for each subcommand specified")
        .syntax("key [GET encoding offset [GET encoding offset ...]]"),
];

/// Parses a bit offset (SETBIT, GETBIT, BITFIELD). With `width` (BITFIELD), `#N` means
/// N * width. Offsets must address a byte below `proto-max-bulk-len`.
fn bit_offset(ctx: &Ctx, arg: &[u8], width: Option<u32>) -> Result<u64, Reply> {
    let invalid = || Reply::error("ERR bit offset is not an integer or out of range");
    let (digits, multiplier) = match (arg.first(), width) {
        (Some(b'#'), Some(w)) => (&arg[1..], Some(w)),
        _ => (arg, None),
    };
    let mut offset = crate::util::numbers::parse_i64(digits).ok_or_else(invalid)?;
    if let Some(w) = multiplier {
        // Redis multiplies without an overflow check; two's complement wrap-around is what it gets.
        offset = offset.wrapping_mul(i64::from(w));
    }
    if offset < 0 || (offset >> 3) >= max_string_len(ctx) {
        return Err(invalid());
    }
    Ok(offset as u64)
}

/// The string at `key` made writable and zero-padded so that bit `max_bit` exists (created
/// when missing, as `raw`). Also says whether the key was created or grew.
fn bits_for_write<'c>(
    ctx: &'c mut Ctx,
    key: &Bytes,
    max_bit: u64,
) -> Result<(&'c mut Vec<u8>, bool), Reply> {
    let min_len = (max_bit >> 3) as usize + 1;
    let created = write_str(ctx, key)?.is_none();
    if created {
        ctx.add(key, Value::String(Str::from_vec(Vec::new())));
    }
    let buf = write_str(ctx, key)?.expect("present").make_mut();
    let grew = buf.len() < min_len;
    if grew {
        buf.resize(min_len, 0);
    }
    Ok((buf, created || grew))
}

fn setbit(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let offset = bit_offset(ctx, &argv[2], None)?;
    let bad_bit = || Reply::error("ERR bit is not an integer or out of range");
    let on = crate::util::numbers::parse_i64(&argv[3]).ok_or_else(bad_bit)?;
    if on & !1 != 0 {
        return Err(bad_bit());
    }
    let (buf, created_or_grew) = bits_for_write(ctx, key, offset)?;
    let byte = &mut buf[(offset >> 3) as usize];
    let mask = 0x80u8 >> (offset & 7);
    let was_set = *byte & mask != 0;
    if created_or_grew || was_set != (on == 1) {
        if on == 1 {
            *byte |= mask;
        } else {
            *byte &= !mask;
        }
        ctx.written(key, NOTIFY_STRING, "setbit");
    }
    Ok(Reply::Int(was_set as i64))
}

fn getbit(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let offset = bit_offset(ctx, &argv[2], None)?;
    let Some(s) = read_str(ctx, &argv[1])? else {
        return Ok(Reply::Int(0));
    };
    let set = s.with_bytes(|b| {
        b.get((offset >> 3) as usize)
            .is_some_and(|byte| byte & (0x80 >> (offset & 7)) != 0)
    });
    Ok(Reply::Int(set as i64))
}

/// Number of set bits.
fn popcount(bytes: &[u8]) -> u64 {
    let words = bytes.chunks_exact(8);
    let tail: u64 = words
        .remainder()
        .iter()
        .map(|b| u64::from(b.count_ones()))
        .sum();
    words
        .map(|w| u64::from(u64::from_ne_bytes(w.try_into().expect("8 bytes")).count_ones()))
        .sum::<u64>()
        + tail
}

/// A BITCOUNT/BITPOS range resolved to whole bytes `start..=end`, plus masks of the bits in
/// the first and last byte that lie outside a BIT-unit range.
struct ByteRange {
    start: i64,
    end: i64,
    /// Bits of the first byte before the range (BIT unit).
    first_outside: u8,
    /// Bits of the last byte after the range (BIT unit).
    last_outside: u8,
}

/// Applies Redis's index rules (negative counts from the end, then clamping) to `start..=end`
/// over a string of `len` bytes, in bytes or (`bits`) in bits.
fn resolve_range(mut start: i64, mut end: i64, len: usize, bits: bool) -> ByteRange {
    let total = if bits { len as i64 * 8 } else { len as i64 };
    if start < 0 {
        start += total;
    }
    if end < 0 {
        end += total;
    }
    start = start.max(0);
    end = end.max(0).min(total - 1);
    let (mut first_outside, mut last_outside) = (0, 0);
    if bits && start <= end {
        first_outside = !(0xffu8 >> (start & 7));
        last_outside = ((1u16 << (7 - (end & 7))) - 1) as u8;
        start >>= 3;
        end >>= 3;
    }
    ByteRange {
        start,
        end,
        first_outside,
        last_outside,
    }
}

/// `BYTE` or `BIT`, or a syntax error.
fn range_unit_is_bit(arg: &[u8]) -> Result<bool, Reply> {
    if args::is(arg, "BIT") {
        Ok(true)
    } else if args::is(arg, "BYTE") {
        Ok(false)
    } else {
        Err(errors::syntax())
    }
}

fn bitcount(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let Some(s) = read_str(ctx, &argv[1])? else {
        return Ok(Reply::Int(0));
    };
    s.with_bytes(|data| bitcount_in(data, argv))
}

/// BITCOUNT over the value `data` of an existing key.
fn bitcount_in(data: &[u8], argv: &[Bytes]) -> CmdResult {
    let range = match argv.len() {
        2 => ByteRange {
            start: 0,
            end: data.len() as i64 - 1,
            first_outside: 0,
            last_outside: 0,
        },
        4 | 5 => {
            let start = args::int(&argv[2])?;
            let end = args::int(&argv[3])?;
            if start < 0 && end < 0 && start > end {
                return Ok(Reply::Int(0));
            }
            let bits = argv.len() == 5 && range_unit_is_bit(&argv[4])?;
            resolve_range(start, end, data.len(), bits)
        }
        _ => return Err(errors::syntax()),
    };
    if range.start > range.end {
        return Ok(Reply::Int(0));
    }
    let (start, end) = (range.start as usize, range.end as usize);
    let mut count = popcount(&data[start..=end]);
    // Bits of the edge bytes outside a BIT-unit range were counted: take them back out.
    count -= u64::from((data[start] & range.first_outside).count_ones());
    count -= u64::from((data[end] & range.last_outside).count_ones());
    Ok(Reply::Int(count as i64))
}

/// Position of the first bit equal to `bit` in `bytes`. Past the end the bytes read as zeros:
/// so looking for 0 in all-ones bytes gives `8 * len`, looking for 1 in zeros gives -1.
fn first_bit(bytes: &[u8], bit: bool) -> i64 {
    let skip = if bit { 0x00 } else { 0xff };
    match bytes.iter().position(|&b| b != skip) {
        Some(i) => {
            let b = if bit { bytes[i] } else { !bytes[i] };
            i as i64 * 8 + b.leading_zeros() as i64
        }
        None if bit => -1,
        None => bytes.len() as i64 * 8,
    }
}

fn bitpos(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let bit = args::int(&argv[2])?;
    if bit != 0 && bit != 1 {
        return Err(Reply::error("ERR The bit argument must be 1 or 0."));
    }
    let bit = bit == 1;
    // A missing key is an endless run of zeros.
    let Some(s) = read_str(ctx, &argv[1])? else {
        return Ok(Reply::Int(if bit { -1 } else { 0 }));
    };
    s.with_bytes(|data| {
        let mut end_given = false;
        let range = match argv.len() {
            3 => ByteRange {
                start: 0,
                end: data.len() as i64 - 1,
                first_outside: 0,
                last_outside: 0,
            },
            4..=6 => {
                let start = args::int(&argv[3])?;
                let bits = argv.len() == 6 && range_unit_is_bit(&argv[5])?;
                let end = if argv.len() >= 5 {
                    end_given = true;
                    args::int(&argv[4])?
                } else {
                    data.len() as i64 - 1
                };
                resolve_range(start, end, data.len(), bits)
            }
            _ => return Err(errors::syntax()),
        };
        if range.start > range.end {
            return Ok(Reply::Int(-1));
        }
        Ok(Reply::Int(bitpos_in(data, bit, range, end_given)))
    })
}

/// BITPOS over a non-empty resolved range. The edge bytes of a BIT-unit range are searched
/// with their outside bits forced to the value not looked for.
fn bitpos_in(data: &[u8], bit: bool, range: ByteRange, end_given: bool) -> i64 {
    let hide = |byte: u8, outside: u8| if bit { byte & !outside } else { byte | outside };
    let (mut start, end) = (range.start as usize, range.end as usize);
    let mut bytes = end - start + 1;
    let pos = 'search: {
        if range.first_outside != 0 {
            let mut first = hide(data[start], range.first_outside);
            if bytes == 1 {
                first = hide(first, range.last_outside);
            }
            let pos = first_bit(&[first], bit);
            if bytes == 1 || (pos != -1 && pos != 8) {
                break 'search pos;
            }
            start += 1;
            bytes -= 1;
        }
        let middle = bytes - usize::from(range.last_outside != 0);
        if middle > 0 {
            let pos = first_bit(&data[start..start + middle], bit);
            if middle == bytes || (pos != -1 && pos != middle as i64 * 8) {
                break 'search pos;
            }
            start += middle;
            bytes -= middle;
        }
        first_bit(&[hide(data[end], range.last_outside)], bit)
    };
    // With an explicit end, the zeros past the range do not count.
    if end_given && !bit && pos == bytes as i64 * 8 {
        return -1;
    }
    if pos == -1 {
        -1
    } else {
        pos + start as i64 * 8
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BitOp {
    And,
    Or,
    Xor,
    Not,
}

fn bitop(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let op = match &argv[1][..] {
        o if args::is(o, "AND") => BitOp::And,
        o if args::is(o, "OR") => BitOp::Or,
        o if args::is(o, "XOR") => BitOp::Xor,
        o if args::is(o, "NOT") => BitOp::Not,
        _ => return Err(errors::syntax()),
    };
    if op == BitOp::Not && argv.len() != 4 {
        return Err(Reply::error(
            "ERR BITOP NOT must be called with a single source key.",
        ));
    }
    let dest = &argv[2];
    // Missing sources read as empty strings (zeros).
    let mut sources = Vec::with_capacity(argv.len() - 3);
    for key in &argv[3..] {
        sources.push(
            read_str(ctx, key)?
                .map(|s| s.to_bytes())
                .unwrap_or_default(),
        );
    }
    let len = sources.iter().map(|s| s.len()).max().unwrap_or(0);
    if len == 0 {
        if ctx.delete(dest) {
            ctx.written(dest, NOTIFY_GENERIC, "del");
        }
        return Ok(Reply::Int(0));
    }
    let mut out = vec![0u8; len];
    out[..sources[0].len()].copy_from_slice(&sources[0]);
    match op {
        BitOp::Not => out.iter_mut().for_each(|b| *b = !*b),
        _ => {
            for src in &sources[1..] {
                let padded = src.iter().copied().chain(std::iter::repeat(0));
                for (o, s) in out.iter_mut().zip(padded) {
                    match op {
                        BitOp::And => *o &= s,
                        BitOp::Or => *o |= s,
                        _ => *o ^= s,
                    }
                }
            }
        }
    }
    replace_value(ctx, dest, Str::from_vec(out));
    ctx.written(dest, NOTIFY_STRING, "set");
    Ok(Reply::from(len))
}

/// What BITFIELD does when a SET or INCRBY does not fit its type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Overflow {
    Wrap,
    Sat,
    Fail,
}

/// An integer type of BITFIELD: `i1`..`i64` or `u1`..`u63`.
#[derive(Clone, Copy)]
struct FieldType {
    signed: bool,
    bits: u32,
}

impl FieldType {
    fn parse(arg: &[u8]) -> Result<FieldType, Reply> {
        let invalid = || {
            Reply::error(
                "ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.",
            )
        };
        let signed = match arg.first() {
            Some(b'i') => true,
            Some(b'u') => false,
            _ => return Err(invalid()),
        };
        // Redis reads the width as a C string: it ends at the first NUL byte.
        let digits = &arg[1..];
        let digits = &digits[..digits.iter().position(|&b| b == 0).unwrap_or(digits.len())];
        let bits = crate::util::numbers::parse_i64(digits).ok_or_else(invalid)?;
        if bits < 1 || (signed && bits > 64) || (!signed && bits > 63) {
            return Err(invalid());
        }
        Ok(FieldType {
            signed,
            bits: bits as u32,
        })
    }
}

enum FieldOp {
    Get,
    Set(i64),
    IncrBy(i64),
}

struct BitfieldOp {
    op: FieldOp,
    ty: FieldType,
    offset: u64,
    overflow: Overflow,
}

/// Reads `bits` bits at bit `offset` as an unsigned number; bits past the end read as zero.
fn read_bits(data: &[u8], offset: u64, bits: u32) -> u64 {
    let mut value = 0u64;
    for pos in offset..offset + u64::from(bits) {
        let bit = data
            .get((pos >> 3) as usize)
            .map_or(0, |b| (b >> (7 - (pos & 7))) & 1);
        value = (value << 1) | u64::from(bit);
    }
    value
}

/// Writes the low `bits` bits of `value` at bit `offset` (the buffer is long enough).
fn write_bits(data: &mut [u8], offset: u64, bits: u32, value: u64) {
    for j in 0..u64::from(bits) {
        let pos = offset + j;
        let mask = 0x80u8 >> (pos & 7);
        let byte = &mut data[(pos >> 3) as usize];
        if value >> (u64::from(bits) - 1 - j) & 1 == 1 {
            *byte |= mask;
        } else {
            *byte &= !mask;
        }
    }
}

/// Sign-extends a `bits`-wide two's complement number.
fn sign_extend(raw: u64, bits: u32) -> i64 {
    if bits < 64 && raw & (1 << (bits - 1)) != 0 {
        (raw | (u64::MAX << bits)) as i64
    } else {
        raw as i64
    }
}

/// `value + incr` as stored in an unsigned field of `bits`, or None when it overflows under
/// OVERFLOW FAIL. WRAP keeps the low bits, SAT clamps to 0..=max. Mirrors Redis, including
/// that a SET value (checked as `value + 0`) above the maximum or negative overflows.
fn unsigned_result(value: u64, incr: i64, bits: u32, overflow: Overflow) -> Option<u64> {
    let max = (1u64 << bits) - 1;
    let max_incr = max.wrapping_sub(value) as i64;
    let min_incr = value.wrapping_neg() as i64;
    let above = value > max || (incr > 0 && incr > max_incr);
    let below = !above && incr < 0 && incr < min_incr;
    if !(above || below) {
        return Some(value.wrapping_add(incr as u64));
    }
    match overflow {
        Overflow::Wrap => Some(value.wrapping_add(incr as u64) & max),
        Overflow::Sat => Some(if above { max } else { 0 }),
        Overflow::Fail => None,
    }
}

/// The signed counterpart of `unsigned_result` (range min..=max of `bits`), with Redis's exact
/// overflow tests, whose arithmetic wraps for 64-bit fields.
fn signed_result(value: i64, incr: i64, bits: u32, overflow: Overflow) -> Option<i64> {
    let max = if bits == 64 {
        i64::MAX
    } else {
        (1i64 << (bits - 1)) - 1
    };
    let min = -max - 1;
    let max_incr = (max as u64).wrapping_sub(value as u64) as i64;
    let min_incr = min.wrapping_sub(value);
    let above = value > max
        || (bits != 64 && incr > max_incr)
        || (value >= 0 && incr > 0 && incr > max_incr);
    let below = value < min
        || (bits != 64 && incr < min_incr)
        || (value < 0 && incr < 0 && incr < min_incr);
    if !(above || below) {
        return Some(value.wrapping_add(incr));
    }
    match overflow {
        Overflow::Wrap => {
            let sum = (value as u64).wrapping_add(incr as u64);
            Some(sign_extend(
                if bits < 64 {
                    sum & ((1u64 << bits) - 1)
                } else {
                    sum
                },
                bits,
            ))
        }
        Overflow::Sat => Some(if above { max } else { min }),
        Overflow::Fail => None,
    }
}

fn bitfield(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    bitfield_generic(ctx, argv, false)
}

fn bitfield_ro(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    bitfield_generic(ctx, argv, true)
}

/// Parses BITFIELD's subcommands: every error is reported before the key is looked at.
fn parse_bitfield_ops(ctx: &Ctx, argv: &[Bytes]) -> Result<Vec<BitfieldOp>, Reply> {
    let mut ops = Vec::new();
    let mut overflow = Overflow::Wrap;
    let mut j = 2;
    while j < argv.len() {
        let remaining = argv.len() - j - 1;
        let sub = &argv[j][..];
        let is_get = args::is(sub, "GET") && remaining >= 2;
        let is_set = args::is(sub, "SET") && remaining >= 3;
        let is_incr = args::is(sub, "INCRBY") && remaining >= 3;
        if args::is(sub, "OVERFLOW") && remaining >= 1 {
            let kind = &argv[j + 1][..];
            overflow = if args::is(kind, "WRAP") {
                Overflow::Wrap
            } else if args::is(kind, "SAT") {
                Overflow::Sat
            } else if args::is(kind, "FAIL") {
                Overflow::Fail
            } else {
                return Err(Reply::error("ERR Invalid OVERFLOW type specified"));
            };
            j += 2;
            continue;
        }
        if !(is_get || is_set || is_incr) {
            return Err(errors::syntax());
        }
        let ty = FieldType::parse(&argv[j + 1])?;
        let offset = bit_offset(ctx, &argv[j + 2], Some(ty.bits))?;
        let op = if is_get {
            FieldOp::Get
        } else {
            let n = args::int(&argv[j + 3])?;
            if is_set {
                FieldOp::Set(n)
            } else {
                FieldOp::IncrBy(n)
            }
        };
        ops.push(BitfieldOp {
            op,
            ty,
            offset,
            overflow,
        });
        j += if is_get { 3 } else { 4 };
    }
    Ok(ops)
}

fn bitfield_generic(ctx: &mut Ctx, argv: &[Bytes], read_only_cmd: bool) -> CmdResult {
    let key = &argv[1];
    let ops = parse_bitfield_ops(ctx, argv)?;
    let highest_write = ops
        .iter()
        .filter(|o| !matches!(o.op, FieldOp::Get))
        .map(|o| o.offset + u64::from(o.ty.bits) - 1)
        .max();
    let Some(highest_write) = highest_write else {
        // Only GETs: a missing key reads as zeros.
        let read_all = |data: &[u8]| {
            let replies = ops.iter().map(|o| {
                let raw = read_bits(data, o.offset, o.ty.bits);
                Reply::Int(if o.ty.signed {
                    sign_extend(raw, o.ty.bits)
                } else {
                    raw as i64
                })
            });
            Reply::Array(replies.collect())
        };
        return Ok(match read_str(ctx, key)? {
            Some(s) => s.with_bytes(read_all),
            None => read_all(&[]),
        });
    };
    if read_only_cmd {
        return Err(Reply::error(
            "ERR BITFIELD_RO only supports the GET subcommand",
        ));
    }
    let (buf, created_or_grew) = bits_for_write(ctx, key, highest_write)?;
    let mut changes = 0u64;
    let mut replies = Vec::with_capacity(ops.len());
    for o in &ops {
        let FieldType { signed, bits } = o.ty;
        let raw = read_bits(buf, o.offset, bits);
        let (incr, is_set) = match o.op {
            FieldOp::Get => {
                replies.push(Reply::Int(if signed {
                    sign_extend(raw, bits)
                } else {
                    raw as i64
                }));
                continue;
            }
            FieldOp::Set(v) => (v, true),
            FieldOp::IncrBy(v) => (v, false),
        };
        // (bits to store, reply): SET replies the old value, INCRBY the new one.
        let outcome = if signed {
            let old = sign_extend(raw, bits);
            let new = if is_set {
                signed_result(incr, 0, bits, o.overflow)
            } else {
                signed_result(old, incr, bits, o.overflow)
            };
            new.map(|n| (n as u64, if is_set { old } else { n }))
        } else {
            let new = if is_set {
                unsigned_result(incr as u64, 0, bits, o.overflow)
            } else {
                unsigned_result(raw, incr, bits, o.overflow)
            };
            new.map(|n| (n, if is_set { raw as i64 } else { n as i64 }))
        };
        let Some((new, reply)) = outcome else {
            replies.push(Reply::Nil); // OVERFLOW FAIL: nothing written
            continue;
        };
        write_bits(buf, o.offset, bits, new);
        replies.push(Reply::Int(reply));
        // The stored value is always within the field's range, so comparing bits is comparing values.
        if created_or_grew || read_bits(buf, o.offset, bits) != raw {
            changes += 1;
        }
    }
    if changes > 0 {
        ctx.written(key, NOTIFY_STRING, "setbit");
        ctx.dirty += changes - 1;
    }
    Ok(Reply::Array(replies))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_bit_pads_with_zeros() {
        assert_eq!(first_bit(&[0xff, 0xf0], false), 12);
        assert_eq!(first_bit(&[0xff, 0xff], false), 16);
        assert_eq!(first_bit(&[0x00, 0x00], true), -1);
        assert_eq!(first_bit(&[0x00, 0x01], true), 15);
    }

    #[test]
    fn bits_round_trip() {
        let mut buf = vec![0u8; 3];
        write_bits(&mut buf, 7, 5, 23);
        assert_eq!(buf, [0b0000_0001, 0b0111_0000, 0]);
        assert_eq!(read_bits(&buf, 7, 5), 23);
        assert_eq!(sign_extend(read_bits(&[0xff], 0, 4), 4), -1);
    }

    #[test]
    fn overflow_rules() {
        assert_eq!(unsigned_result(255, 1, 8, Overflow::Wrap), Some(0));
        assert_eq!(unsigned_result(255, 1, 8, Overflow::Sat), Some(255));
        assert_eq!(unsigned_result(0, -1, 8, Overflow::Sat), Some(0));
        assert_eq!(unsigned_result(u64::MAX, 0, 8, Overflow::Wrap), Some(255));
        assert_eq!(unsigned_result(3, 1, 2, Overflow::Fail), None);
        assert_eq!(signed_result(127, 1, 8, Overflow::Wrap), Some(-128));
        assert_eq!(signed_result(-128, -1, 8, Overflow::Sat), Some(-128));
        assert_eq!(
            signed_result(i64::MAX, 1, 64, Overflow::Wrap),
            Some(i64::MIN)
        );
        assert_eq!(signed_result(5, 0, 64, Overflow::Fail), Some(5));
        assert_eq!(signed_result(200, 0, 8, Overflow::Fail), None);
    }
}
