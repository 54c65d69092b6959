//! Number parsing and formatting with the exact behaviour of Redis 7.0.
//!
//! * [`parse_i64`] / [`parse_u64`]: `string2ll` / `string2ull`.
//! * [`parse_f64`]: `string2d` (what `getDoubleFromObject` accepts).
//! * [`fmt_f64`] / [`write_f64`]: `addReplyDouble` (`"%.17g"`, `inf`/`-inf`).
//! * [`d2string`]: `d2string` (listpack score encoding: integers printed
//!   exactly via the integer path, `"%.17g"` otherwise).
//! * [`LongDouble`]: a software x87 80-bit extended float, used to reproduce
//!   INCRBYFLOAT / HINCRBYFLOAT (`string2ld`, `long double` addition and
//!   `ld2string(..., LD_STR_HUMAN)`) bit for bit.
//! * [`memtoull`] / [`memtoll`]: memory sizes in config (`1k`, `5gb`, ...).
//! * [`i64_to_bytes`] and friends: fast integer formatting with `itoa`.

use bytes::Bytes;
use std::io::Write as _;

// ===========================================================================
// Integers
// ===========================================================================

/// Length limit used by `string2ll`: strings of 21 bytes or more are never
/// integers (LONG_STR_SIZE).
const LONG_STR_SIZE: usize = 21;

/// Parse a signed 64-bit integer exactly like Redis's `string2ll`.
///
/// Only the canonical decimal form is accepted: an optional `-`, then either
/// `0` alone or a digit 1-9 followed by digits. No `+`, no spaces, no leading
/// zeros, no `-0`, nothing longer than 20 bytes, no overflow.
pub fn parse_i64(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() >= LONG_STR_SIZE {
        return None;
    }
    if s == b"0" {
        return Some(0);
    }
    let (negative, digits) = match s[0] {
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    match digits.first() {
        Some(b'1'..=b'9') => {}
        _ => return None,
    }
    let mut v: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
    }
    if negative {
        if v > (i64::MAX as u64) + 1 {
            None
        } else {
            Some((v as i64).wrapping_neg())
        }
    } else if v > i64::MAX as u64 {
        None
    } else {
        Some(v as i64)
    }
}

#[inline]
fn c_isspace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Parse an unsigned 64-bit integer exactly like Redis's `string2ull` (used
/// for stream IDs): first [`parse_i64`] (negative results rejected), then a
/// fallback to C `strtoull(s, &end, 10)` requiring the whole C string to be
/// consumed. The fallback is lax the way strtoull is: leading whitespace,
/// `+`, leading zeros are fine, and `-N` (after whitespace, or beyond the
/// i64 range) wraps around like in C. The input is treated as a C string:
/// it ends at the first NUL byte.
pub fn parse_u64(s: &[u8]) -> Option<u64> {
    let s = match s.iter().position(|&c| c == 0) {
        Some(n) => &s[..n],
        None => s,
    };
    if let Some(v) = parse_i64(s) {
        return if v < 0 { None } else { Some(v as u64) };
    }
    let mut i = 0;
    while i < s.len() && c_isspace(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        negative = s[i] == b'-';
        i += 1;
    }
    let start = i;
    let mut v: u64 = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        // Overflow is ERANGE: rejected.
        v = v.checked_mul(10)?.checked_add(u64::from(s[i] - b'0'))?;
        i += 1;
    }
    if i == start || i != s.len() {
        return None;
    }
    Some(if negative { v.wrapping_neg() } else { v })
}

/// Format an integer into a fresh `Bytes` (like Redis's `ll2string`).
pub fn i64_to_bytes(v: i64) -> Bytes {
    Bytes::copy_from_slice(itoa::Buffer::new().format(v).as_bytes())
}

/// Format an unsigned integer into a fresh `Bytes`.
pub fn u64_to_bytes(v: u64) -> Bytes {
    Bytes::copy_from_slice(itoa::Buffer::new().format(v).as_bytes())
}

/// Append the decimal form of `v` to `out`.
pub fn write_i64(out: &mut Vec<u8>, v: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// Append the decimal form of `v` to `out`.
pub fn write_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

// ===========================================================================
// Memory sizes (config)
// ===========================================================================

/// Redis 7.0 `memtoull`: `<digits><unit>` where unit is one of (case
/// insensitive) nothing, `b`, `k` (1000), `kb` (1024), `m`, `mb`, `g`, `gb`.
/// Negative numbers, spaces, `+`, decimals and other units are errors.
/// Quirks kept on purpose: the digits may be empty (`""`, `"k"` are 0),
/// more than 127 digits is an error, a number too big for u64 saturates to
/// `u64::MAX` (strtoull's ERANGE is not checked), and the multiplication by
/// the unit wraps modulo 2^64.
pub fn memtoull(s: &[u8]) -> Option<u64> {
    if s.first() == Some(&b'-') {
        return None;
    }
    let ndigits = s.iter().take_while(|c| c.is_ascii_digit()).count();
    let unit = &s[ndigits..];
    let mul: u64 = if unit.is_empty() || unit.eq_ignore_ascii_case(b"b") {
        1
    } else if unit.eq_ignore_ascii_case(b"k") {
        1000
    } else if unit.eq_ignore_ascii_case(b"kb") {
        1024
    } else if unit.eq_ignore_ascii_case(b"m") {
        1000 * 1000
    } else if unit.eq_ignore_ascii_case(b"mb") {
        1024 * 1024
    } else if unit.eq_ignore_ascii_case(b"g") {
        1000 * 1000 * 1000
    } else if unit.eq_ignore_ascii_case(b"gb") {
        1024 * 1024 * 1024
    } else {
        return None;
    };
    if ndigits >= 128 {
        return None;
    }
    let mut v: u64 = 0;
    for &c in &s[..ndigits] {
        match v
            .checked_mul(10)
            .and_then(|x| x.checked_add(u64::from(c - b'0')))
        {
            Some(x) => v = x,
            None => {
                v = u64::MAX;
                break;
            }
        }
    }
    Some(v.wrapping_mul(mul))
}

/// Memory value as stored by Redis 7.0 numeric configs: [`memtoull`]'s
/// result reinterpreted as a signed `long long`. Negative inputs are
/// rejected in 7.0 (older versions' `memtoll` accepted them).
pub fn memtoll(s: &str) -> Option<i64> {
    memtoull(s.as_bytes()).map(|v| v as i64)
}

// ===========================================================================
// Float syntax (strtod / strtold)
// ===========================================================================

/// A syntactically valid C floating point literal (the whole input).
#[derive(Debug)]
enum FloatLit<'a> {
    Inf,
    /// `int.frac e exp` (decimal digits, ASCII).
    Dec {
        int: &'a [u8],
        frac: &'a [u8],
        exp: i64,
    },
    /// `0x int.frac p exp` (hex digits, ASCII, binary exponent).
    Hex {
        int: &'a [u8],
        frac: &'a [u8],
        exp: i64,
    },
}

/// Largest exponent magnitude we track; anything beyond is far outside every
/// floating point range, whatever the number of mantissa digits.
const EXP_CLAMP: i64 = 1 << 50;

fn scan_digits(s: &[u8], i: usize, hex: bool) -> usize {
    let mut j = i;
    while j < s.len()
        && (if hex {
            s[j].is_ascii_hexdigit()
        } else {
            s[j].is_ascii_digit()
        })
    {
        j += 1;
    }
    j
}

/// Scan `[eEpP][+-]?digits` at `i`. Returns (exponent, end) or None if there
/// is no well-formed exponent there (C then leaves it unconsumed).
fn scan_exponent(s: &[u8], i: usize) -> Option<(i64, usize)> {
    let mut j = i + 1;
    let mut neg = false;
    if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
        neg = s[j] == b'-';
        j += 1;
    }
    let start = j;
    let mut e: i64 = 0;
    while j < s.len() && s[j].is_ascii_digit() {
        e = (e * 10 + i64::from(s[j] - b'0')).min(EXP_CLAMP);
        j += 1;
    }
    if j == start {
        return None;
    }
    Some((if neg { -e } else { e }, j))
}

/// Recognise a complete strtod/strtold literal (after a leading sign, no
/// whitespace). NaN in any form and anything with trailing bytes -> None.
fn scan_float(s: &[u8]) -> Option<(bool, FloatLit<'_>)> {
    let mut i = 0;
    let mut negative = false;
    if !s.is_empty() && (s[0] == b'+' || s[0] == b'-') {
        negative = s[0] == b'-';
        i = 1;
    }
    let rest = &s[i..];
    if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        return Some((negative, FloatLit::Inf));
    }
    // Hexadecimal: "0x" must be followed by at least one hex digit (possibly
    // after the point), otherwise C parses just the "0" and stops at 'x'.
    if rest.len() >= 2 && rest[0] == b'0' && (rest[1] | 0x20) == b'x' {
        let a = i + 2;
        let b = scan_digits(s, a, true);
        let (frac_start, frac_end) = if b < s.len() && s[b] == b'.' {
            (b + 1, scan_digits(s, b + 1, true))
        } else {
            (b, b)
        };
        if b > a || frac_end > frac_start {
            let mut end = frac_end;
            let mut exp = 0;
            if end < s.len() && (s[end] | 0x20) == b'p' {
                if let Some((e, j)) = scan_exponent(s, end) {
                    exp = e;
                    end = j;
                }
            }
            if end != s.len() {
                return None;
            }
            return Some((
                negative,
                FloatLit::Hex {
                    int: &s[a..b],
                    frac: &s[frac_start..frac_end],
                    exp,
                },
            ));
        }
        return None;
    }
    let b = scan_digits(s, i, false);
    let (frac_start, frac_end) = if b < s.len() && s[b] == b'.' {
        (b + 1, scan_digits(s, b + 1, false))
    } else {
        (b, b)
    };
    if b == i && frac_end == frac_start {
        return None;
    }
    let mut end = frac_end;
    let mut exp = 0;
    if end < s.len() && (s[end] | 0x20) == b'e' {
        if let Some((e, j)) = scan_exponent(s, end) {
            exp = e;
            end = j;
        }
    }
    if end != s.len() {
        return None;
    }
    Some((
        negative,
        FloatLit::Dec {
            int: &s[i..b],
            frac: &s[frac_start..frac_end],
            exp,
        },
    ))
}

// ===========================================================================
// Binary rounding shared by f64 and the 80-bit long double
// ===========================================================================

/// Outcome of rounding an exact value to a binary format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rounded {
    Zero,
    Inf,
    /// value = m * 2^e; either m >= 2^(prec-1) or e == emin (subnormal).
    Finite {
        m: u64,
        e: i64,
    },
}

/// Round `q * 2^exp2` (+ a little more if `sticky`) to `prec` significant
/// bits, round-to-nearest-even. `emin` is the exponent of the smallest
/// subnormal's unit, `emax` the largest exponent allowed for a normalized
/// `prec`-bit mantissa. Callers must provide at least `prec + 2` bits in `q`
/// whenever `sticky` is set.
fn round_bits(q: u128, exp2: i64, sticky: bool, prec: u32, emin: i64, emax: i64) -> Rounded {
    if q == 0 {
        return Rounded::Zero;
    }
    let nb = i64::from(128 - q.leading_zeros());
    let mut shift = nb - i64::from(prec);
    if exp2.saturating_add(shift) < emin {
        shift = emin.saturating_sub(exp2);
    }
    let (mut m, mut e);
    if shift <= 0 {
        m = (q << (-shift) as u32) as u64;
        e = exp2 + shift;
    } else {
        e = exp2 + shift;
        let (kept, up) = if shift > 128 {
            (0u128, false)
        } else if shift == 128 {
            let half = 1u128 << 127;
            (0u128, q > half || (q == half && sticky))
        } else {
            let kept = q >> shift;
            let rem = q & ((1u128 << shift) - 1);
            let half = 1u128 << (shift - 1);
            let up = rem > half || (rem == half && (sticky || kept & 1 == 1));
            (kept, up)
        };
        let mut k = kept + u128::from(up);
        if k == 1u128 << prec {
            k >>= 1;
            e += 1;
        }
        m = k as u64;
    }
    if m == 0 {
        return Rounded::Zero;
    }
    if e > emax {
        return Rounded::Inf;
    }
    // Keep the invariant for callers (only reachable for exact shifts).
    while m < (1u64 << (prec - 1)) && e > emin {
        m <<= 1;
        e -= 1;
    }
    Rounded::Finite { m, e }
}

const F64_PREC: u32 = 53;
const F64_EMIN: i64 = -1074;
const F64_EMAX: i64 = 971;

const LD_PREC: u32 = 64;
const LD_EMIN: i64 = -16445;
const LD_EMAX: i64 = 16320;

fn f64_from_rounded(neg: bool, r: Rounded) -> f64 {
    let bits = match r {
        Rounded::Zero => 0,
        Rounded::Inf => 0x7ff0_0000_0000_0000,
        Rounded::Finite { m, e } => {
            if m < (1 << 52) {
                m
            } else {
                (((e + 1075) as u64) << 52) | (m & ((1 << 52) - 1))
            }
        }
    };
    f64::from_bits(bits | if neg { 1 << 63 } else { 0 })
}

/// Exact value of a hex literal as (q, exp2, sticky): q has at most ~124
/// bits; digits beyond that only feed the sticky bit.
fn hex_parts(int: &[u8], frac: &[u8], exp: i64) -> (u128, i64, bool) {
    let mut q: u128 = 0;
    let mut exp2 = exp;
    let mut sticky = false;
    let val = |c: u8| -> u128 { u128::from((c as char).to_digit(16).unwrap_or(0)) };
    for &c in int {
        if q >> 120 == 0 {
            q = (q << 4) | val(c);
        } else {
            exp2 += 4;
            sticky |= val(c) != 0;
        }
    }
    for &c in frac {
        if q >> 120 == 0 {
            q = (q << 4) | val(c);
            exp2 -= 4;
        } else {
            sticky |= val(c) != 0;
        }
    }
    (q, exp2, sticky)
}

/// Exact decimal -> binary conversion result.
enum DecParts {
    Zero,
    /// Certainly beyond the long double range (either way).
    Huge,
    Tiny,
    Val {
        q: u128,
        exp2: i64,
        sticky: bool,
    },
}

/// Convert `int.frac * 10^exp` exactly into 128 significant bits + sticky.
/// Magnitudes far outside the 80-bit range are reported as Huge/Tiny.
/// Input sizes are bounded by the callers (string2ld limits to 5119 bytes).
fn decimal_parts(int: &[u8], frac: &[u8], exp: i64) -> DecParts {
    let mut digits: Vec<u8> = Vec::with_capacity(int.len() + frac.len());
    digits.extend_from_slice(int);
    digits.extend_from_slice(frac);
    let mut e10 = exp - frac.len() as i64;
    let lead = digits.iter().take_while(|&&c| c == b'0').count();
    if lead == digits.len() {
        return DecParts::Zero;
    }
    let trail = digits.iter().rev().take_while(|&&c| c == b'0').count();
    let digits = &digits[lead..digits.len() - trail];
    e10 += trail as i64;
    // Decimal exponent of the leading digit.
    let lead_exp = digits.len() as i64 - 1 + e10;
    if lead_exp > 4940 {
        return DecParts::Huge;
    }
    if lead_exp < -4965 {
        return DecParts::Tiny;
    }
    let n = big::Big::from_decimal(digits);
    if e10 >= 0 {
        let mut x = n;
        x.mul_pow10(e10 as u64);
        let (q, shift, sticky) = x.top128();
        DecParts::Val {
            q,
            exp2: shift as i64,
            sticky,
        }
    } else {
        let k = (-e10) as u64;
        let mut den = big::Big::pow5(k);
        let s = 127 + den.bit_len() as i64 - n.bit_len() as i64;
        let mut num = n;
        if s >= 0 {
            num.shl(s as u64);
        } else {
            den.shl((-s) as u64);
        }
        let (q, rem_nonzero) = big::div_to_u128(num, den);
        DecParts::Val {
            q,
            exp2: -s - k as i64,
            sticky: rem_nonzero,
        }
    }
}

// ===========================================================================
// f64 parsing and formatting
// ===========================================================================

/// Parse a double exactly like Redis's `string2d` (`getDoubleFromObject`,
/// used by ZADD, ZINCRBY, GEOADD, ...): the whole string must be one C
/// `strtod` literal with no leading whitespace. Accepted: decimal forms
/// (`1`, `+1`, `01`, `-0`, `.5`, `5.`, `1e10`, `1E+5`), hex floats (`0x10`,
/// `0x1.8p1`), `inf`/`infinity` in any case with an optional sign. Rejected:
/// empty, leading/trailing spaces or garbage, NaN in every spelling, values
/// that overflow to infinity and non-zero values that underflow to zero
/// (ERANGE). Results are correctly rounded (like glibc).
pub fn parse_f64(s: &[u8]) -> Option<f64> {
    if s.is_empty() || c_isspace(s[0]) {
        return None;
    }
    let (neg, lit) = scan_float(s)?;
    let sign = if neg { -1.0 } else { 1.0 };
    match lit {
        FloatLit::Inf => Some(sign * f64::INFINITY),
        FloatLit::Hex { int, frac, exp } => {
            let (q, exp2, sticky) = hex_parts(int, frac, exp);
            if q == 0 {
                return Some(sign * 0.0);
            }
            match round_bits(q, exp2, sticky, F64_PREC, F64_EMIN, F64_EMAX) {
                Rounded::Zero | Rounded::Inf => None,
                r => Some(f64_from_rounded(neg, r)),
            }
        }
        FloatLit::Dec { int, frac, .. } => {
            // The literal is plain ASCII in the syntax Rust also accepts and
            // Rust's parser is correctly rounded for any input length.
            let text = std::str::from_utf8(s).ok()?;
            let v: f64 = text.parse().ok()?;
            if v.is_infinite() {
                return None;
            }
            if v == 0.0 && int.iter().chain(frac.iter()).any(|&c| c != b'0') {
                return None;
            }
            Some(v)
        }
    }
}

/// Write `"%.17g"` of a finite, non-NaN `v` (C semantics, incl. "-0").
fn write_g17(out: &mut Vec<u8>, v: f64) {
    if v.is_sign_negative() {
        out.push(b'-');
    }
    let a = v.abs();
    if a == 0.0 {
        out.push(b'0');
        return;
    }
    // Rust's exact formatting rounds the exact binary value half-to-even,
    // like glibc's printf.
    let mut buf = [0u8; 48];
    let len = {
        let mut cur = std::io::Cursor::new(&mut buf[..]);
        write!(cur, "{:.16e}", a).expect("buffer large enough");
        cur.position() as usize
    };
    let text = &buf[..len];
    // text = "D.DDDDDDDDDDDDDDDDe<exp>"
    let epos = text.iter().position(|&c| c == b'e').expect("exponent");
    let mut digits = [0u8; 17];
    digits[0] = text[0];
    digits[1..].copy_from_slice(&text[2..epos]);
    let exp: i32 = std::str::from_utf8(&text[epos + 1..])
        .expect("ascii")
        .parse()
        .expect("exponent");
    let ndig = 17 - digits.iter().rev().take_while(|&&c| c == b'0').count();
    if !(-4..17).contains(&exp) {
        out.push(digits[0]);
        if ndig > 1 {
            out.push(b'.');
            out.extend_from_slice(&digits[1..ndig]);
        }
        out.push(b'e');
        out.push(if exp < 0 { b'-' } else { b'+' });
        let ae = exp.unsigned_abs();
        if ae < 10 {
            out.push(b'0');
        }
        write_u64(out, u64::from(ae));
    } else if exp >= 0 {
        let int_len = exp as usize + 1;
        out.extend_from_slice(&digits[..int_len]);
        if ndig > int_len {
            out.push(b'.');
            out.extend_from_slice(&digits[int_len..ndig]);
        }
    } else {
        out.extend_from_slice(b"0.");
        for _ in 0..(-exp - 1) {
            out.push(b'0');
        }
        out.extend_from_slice(&digits[..ndig]);
    }
}

/// Append a double the way Redis 7.0 replies with one (`addReplyDouble`:
/// `"%.17g"`, infinities as `inf` / `-inf`). So `1.5`, `0.10000000000000001`,
/// `1e+17`, `1.5e-05`, `-0`, `3` (no ".0"). NaN (never produced by Redis
/// commands) prints like glibc: `nan` / `-nan`.
pub fn write_f64(out: &mut Vec<u8>, v: f64) {
    if v.is_nan() {
        out.extend_from_slice(if v.is_sign_negative() {
            b"-nan"
        } else {
            b"nan"
        });
    } else if v.is_infinite() {
        out.extend_from_slice(if v > 0.0 { b"inf" } else { b"-inf" });
    } else {
        write_g17(out, v);
    }
}

/// [`write_f64`] into a new `String`.
pub fn fmt_f64(v: f64) -> String {
    let mut out = Vec::with_capacity(24);
    write_f64(&mut out, v);
    String::from_utf8(out).expect("ascii")
}

/// Redis `double2ll`: the value as an i64 if it is integral and within
/// +-2^62 (where the conversion is certainly safe).
fn double2ll(d: f64) -> Option<i64> {
    const LIM: f64 = 4611686018427387904.0; // (double)(LLONG_MAX / 2)
    if !(-LIM..=LIM).contains(&d) {
        return None;
    }
    let ll = d as i64;
    if ll as f64 == d {
        Some(ll)
    } else {
        None
    }
}

/// Redis `d2string` (used to store sorted set scores in listpacks and a few
/// other places): `nan`, `inf`, `-inf`, `0`, `-0`, integers within +-2^62
/// printed exactly as integers, everything else `"%.17g"`.
pub fn d2string(v: f64) -> String {
    let mut out = Vec::with_capacity(24);
    if v.is_nan() {
        out.extend_from_slice(b"nan");
    } else if v.is_infinite() {
        out.extend_from_slice(if v < 0.0 { b"-inf" } else { b"inf" });
    } else if v == 0.0 {
        out.extend_from_slice(if v.is_sign_negative() { b"-0" } else { b"0" });
    } else if let Some(ll) = double2ll(v) {
        write_i64(&mut out, ll);
    } else {
        write_g17(&mut out, v);
    }
    String::from_utf8(out).expect("ascii")
}

// ===========================================================================
// 80-bit extended precision (x87 long double)
// ===========================================================================

/// Maximum accepted length + 1 of a long double string (MAX_LONG_DOUBLE_CHARS).
const MAX_LONG_DOUBLE_CHARS: usize = 5 * 1024;

/// A software x87 80-bit extended precision float: sign, 15-bit biased
/// exponent and a 64-bit mantissa with an explicit integer bit, rounded to
/// nearest-even. Stored in the hardware memory layout.
#[derive(Clone, Copy, Debug)]
pub struct LongDouble {
    /// Sign bit (0x8000) and biased exponent (bias 16383).
    se: u16,
    mant: u64,
}

enum LdClass {
    Nan,
    Inf,
    /// value = m * 2^e (m == 0 for zero).
    Finite {
        m: u64,
        e: i64,
    },
}

impl LongDouble {
    pub const ZERO: LongDouble = LongDouble { se: 0, mant: 0 };
    pub const INFINITY: LongDouble = LongDouble {
        se: 0x7fff,
        mant: 1 << 63,
    };
    pub const NEG_INFINITY: LongDouble = LongDouble {
        se: 0xffff,
        mant: 1 << 63,
    };
    pub const NAN: LongDouble = LongDouble {
        se: 0x7fff,
        mant: 0xc000_0000_0000_0000,
    };

    /// Raw 80-bit representation: (sign + biased exponent, mantissa).
    pub fn to_bits(self) -> (u16, u64) {
        (self.se, self.mant)
    }

    pub fn from_bits(se: u16, mant: u64) -> LongDouble {
        LongDouble { se, mant }
    }

    pub fn is_sign_negative(self) -> bool {
        self.se & 0x8000 != 0
    }

    fn class(self) -> LdClass {
        let ex = self.se & 0x7fff;
        if ex == 0x7fff {
            if self.mant & !(1u64 << 63) == 0 {
                LdClass::Inf
            } else {
                LdClass::Nan
            }
        } else if ex == 0 {
            LdClass::Finite {
                m: self.mant,
                e: LD_EMIN,
            }
        } else {
            LdClass::Finite {
                m: self.mant,
                e: i64::from(ex) - 16446,
            }
        }
    }

    pub fn is_nan(self) -> bool {
        matches!(self.class(), LdClass::Nan)
    }

    pub fn is_infinite(self) -> bool {
        matches!(self.class(), LdClass::Inf)
    }

    pub fn is_finite(self) -> bool {
        matches!(self.class(), LdClass::Finite { .. })
    }

    pub fn is_zero(self) -> bool {
        matches!(self.class(), LdClass::Finite { m: 0, .. })
    }

    fn from_rounded(neg: bool, r: Rounded) -> LongDouble {
        let sign: u16 = if neg { 0x8000 } else { 0 };
        match r {
            Rounded::Zero => LongDouble { se: sign, mant: 0 },
            Rounded::Inf => LongDouble {
                se: sign | 0x7fff,
                mant: 1 << 63,
            },
            Rounded::Finite { m, e } => {
                let ex = if m < (1 << 63) { 0 } else { (e + 16446) as u16 };
                LongDouble {
                    se: sign | ex,
                    mant: m,
                }
            }
        }
    }

    /// Exact conversion from a double.
    pub fn from_f64(v: f64) -> LongDouble {
        let neg = v.is_sign_negative();
        if v.is_nan() {
            return LongDouble {
                se: LongDouble::NAN.se | if neg { 0x8000 } else { 0 },
                mant: LongDouble::NAN.mant,
            };
        }
        if v.is_infinite() {
            return if neg {
                LongDouble::NEG_INFINITY
            } else {
                LongDouble::INFINITY
            };
        }
        let bits = v.to_bits();
        let ex = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        let (m, e) = if ex == 0 {
            (frac, -1074)
        } else {
            (frac | (1 << 52), ex - 1075)
        };
        LongDouble::from_rounded(
            neg,
            round_bits(u128::from(m), e, false, LD_PREC, LD_EMIN, LD_EMAX),
        )
    }

    /// Exact conversion from an integer (like C's `(long double)ll`).
    pub fn from_i64(v: i64) -> LongDouble {
        LongDouble::from_rounded(
            v < 0,
            round_bits(
                u128::from(v.unsigned_abs()),
                0,
                false,
                LD_PREC,
                LD_EMIN,
                LD_EMAX,
            ),
        )
    }

    /// Conversion to double, rounded to nearest-even (like C's `(double)ld`).
    pub fn to_f64(self) -> f64 {
        let neg = self.is_sign_negative();
        match self.class() {
            LdClass::Nan => {
                if neg {
                    -f64::NAN
                } else {
                    f64::NAN
                }
            }
            LdClass::Inf => {
                if neg {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                }
            }
            LdClass::Finite { m, e } => f64_from_rounded(
                neg,
                round_bits(u128::from(m), e, false, F64_PREC, F64_EMIN, F64_EMAX),
            ),
        }
    }

    /// Parse exactly what Redis's `string2ld` accepts (INCRBYFLOAT,
    /// HINCRBYFLOAT): a whole C `strtold` literal shorter than 5120 bytes, no
    /// leading whitespace, no NaN, no overflow to infinity, no non-zero value
    /// underflowing to zero. `inf`/`infinity` (any case, optional sign) are
    /// accepted. Hex floats are accepted. Correctly rounded to 64 bits.
    pub fn parse(s: &[u8]) -> Option<LongDouble> {
        if s.is_empty() || s.len() >= MAX_LONG_DOUBLE_CHARS || c_isspace(s[0]) {
            return None;
        }
        let (neg, lit) = scan_float(s)?;
        let zero = LongDouble {
            se: if neg { 0x8000 } else { 0 },
            mant: 0,
        };
        let (q, exp2, sticky) = match lit {
            FloatLit::Inf => {
                return Some(if neg {
                    LongDouble::NEG_INFINITY
                } else {
                    LongDouble::INFINITY
                })
            }
            FloatLit::Hex { int, frac, exp } => {
                let (q, exp2, sticky) = hex_parts(int, frac, exp);
                if q == 0 {
                    return Some(zero);
                }
                (q, exp2, sticky)
            }
            FloatLit::Dec { int, frac, exp } => match decimal_parts(int, frac, exp) {
                DecParts::Zero => return Some(zero),
                DecParts::Huge | DecParts::Tiny => return None,
                DecParts::Val { q, exp2, sticky } => (q, exp2, sticky),
            },
        };
        match round_bits(q, exp2, sticky, LD_PREC, LD_EMIN, LD_EMAX) {
            Rounded::Zero | Rounded::Inf => None,
            r => Some(LongDouble::from_rounded(neg, r)),
        }
    }

    /// IEEE addition in 80-bit precision, round to nearest-even.
    #[allow(clippy::should_implement_trait)]
    pub fn add(self, other: LongDouble) -> LongDouble {
        let (na, nb) = (self.is_sign_negative(), other.is_sign_negative());
        let (ma, ea, mb, eb) = match (self.class(), other.class()) {
            (LdClass::Nan, _) => return self,
            (_, LdClass::Nan) => return other,
            (LdClass::Inf, LdClass::Inf) => {
                return if na == nb { self } else { LongDouble::NAN };
            }
            (LdClass::Inf, _) => return self,
            (_, LdClass::Inf) => return other,
            (LdClass::Finite { m: ma, e: ea }, LdClass::Finite { m: mb, e: eb }) => {
                (ma, ea, mb, eb)
            }
        };
        if ma == 0 && mb == 0 {
            return LongDouble {
                se: if na && nb { 0x8000 } else { 0 },
                mant: 0,
            };
        }
        if ma == 0 {
            return other;
        }
        if mb == 0 {
            return self;
        }
        // Let `a` be the operand with the larger exponent.
        let (ma, ea, na, mb, eb, nb) = if ea >= eb {
            (ma, ea, na, mb, eb, nb)
        } else {
            (mb, eb, nb, ma, ea, na)
        };
        const G: u32 = 62; // guard bits
        let a = u128::from(ma) << G;
        let d = (ea - eb) as u64;
        let (b, sticky) = if d <= u64::from(G) {
            (u128::from(mb) << (G - d as u32), false)
        } else if d < 128 {
            let full = u128::from(mb) << G;
            (full >> d, full & ((1u128 << d) - 1) != 0)
        } else {
            (0, true)
        };
        let exp2 = ea - i64::from(G);
        let (neg, r, sticky) = if na == nb {
            (na, a + b, sticky)
        } else if sticky {
            // b was truncated: a - b_exact lies strictly between
            // a - b - 1 and a - b.
            (na, a - b - 1, true)
        } else if a > b {
            (na, a - b, false)
        } else if b > a {
            (nb, b - a, false)
        } else {
            return LongDouble::ZERO;
        };
        LongDouble::from_rounded(neg, round_bits(r, exp2, sticky, LD_PREC, LD_EMIN, LD_EMAX))
    }

    /// Format exactly like Redis's `ld2string(..., LD_STR_HUMAN)`: `inf` /
    /// `-inf`, otherwise glibc's `"%.17Lf"` (exact binary value rounded
    /// half-to-even at 17 decimals, every integer digit printed even for
    /// huge values), then trailing zeros and a trailing `.` removed, and a
    /// resulting `-0` turned into `0`.
    pub fn to_human_string(self) -> String {
        let neg = self.is_sign_negative();
        let (m, e) = match self.class() {
            LdClass::Nan => return if neg { "-nan".into() } else { "nan".into() },
            LdClass::Inf => return if neg { "-inf".into() } else { "inf".into() },
            LdClass::Finite { m, e } => (m, e),
        };
        let mut out = String::new();
        if neg {
            out.push('-');
        }
        if m == 0 {
            return "0".into();
        }
        if e >= 0 {
            // An integer: no fractional digits survive the trimming.
            if e < 64 {
                out.push_str(&(u128::from(m) << e).to_string());
            } else {
                let mut x = big::Big::from_u128(u128::from(m));
                x.shl(e as u64);
                out.push_str(&x.to_decimal());
            }
            return out;
        }
        const SCALE: u128 = 100_000_000_000_000_000; // 10^17
        let x = u128::from(m) * SCALE; // < 2^121
        let k = (-e) as u32;
        let q = if k >= 122 {
            0 // x < 2^121 <= half of 2^k
        } else {
            let q = x >> k;
            let rem = x & ((1u128 << k) - 1);
            let half = 1u128 << (k - 1);
            if rem > half || (rem == half && q & 1 == 1) {
                q + 1
            } else {
                q
            }
        };
        let int = q / SCALE;
        let frac = q % SCALE;
        out.push_str(&int.to_string());
        if frac != 0 {
            let f = format!("{:017}", frac);
            out.push('.');
            out.push_str(f.trim_end_matches('0'));
        }
        if out == "-0" {
            return "0".into();
        }
        out
    }
}

impl std::fmt::Display for LongDouble {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_human_string())
    }
}

// ===========================================================================
// Minimal unsigned bignum for exact conversions
// ===========================================================================

mod big {
    use std::cmp::Ordering;

    /// Little-endian base 2^64, no high zero limbs.
    #[derive(Clone, Debug)]
    pub struct Big {
        limbs: Vec<u64>,
    }

    impl Big {
        pub fn from_u128(v: u128) -> Big {
            let mut b = Big {
                limbs: vec![v as u64, (v >> 64) as u64],
            };
            b.trim();
            b
        }

        fn trim(&mut self) {
            while self.limbs.last() == Some(&0) {
                self.limbs.pop();
            }
        }

        pub fn is_zero(&self) -> bool {
            self.limbs.is_empty()
        }

        pub fn bit_len(&self) -> u64 {
            match self.limbs.last() {
                None => 0,
                Some(&top) => {
                    (self.limbs.len() as u64 - 1) * 64 + u64::from(64 - top.leading_zeros())
                }
            }
        }

        pub fn mul_small(&mut self, m: u64) {
            let mut carry: u128 = 0;
            for l in self.limbs.iter_mut() {
                let t = u128::from(*l) * u128::from(m) + carry;
                *l = t as u64;
                carry = t >> 64;
            }
            if carry != 0 {
                self.limbs.push(carry as u64);
            }
            self.trim();
        }

        pub fn add_small(&mut self, a: u64) {
            let mut carry = a;
            for l in self.limbs.iter_mut() {
                if carry == 0 {
                    return;
                }
                let (s, o) = l.overflowing_add(carry);
                *l = s;
                carry = u64::from(o);
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }

        /// From ASCII decimal digits.
        pub fn from_decimal(digits: &[u8]) -> Big {
            let mut b = Big { limbs: Vec::new() };
            for chunk in digits.chunks(19) {
                let mut v: u64 = 0;
                for &c in chunk {
                    v = v * 10 + u64::from(c - b'0');
                }
                b.mul_small(10u64.pow(chunk.len() as u32));
                b.add_small(v);
            }
            b
        }

        pub fn mul_pow10(&mut self, mut n: u64) {
            while n > 0 {
                let k = n.min(19);
                self.mul_small(10u64.pow(k as u32));
                n -= k;
            }
        }

        pub fn pow5(mut n: u64) -> Big {
            let mut b = Big { limbs: vec![1] };
            while n > 0 {
                let k = n.min(27);
                b.mul_small(5u64.pow(k as u32));
                n -= k;
            }
            b
        }

        pub fn shl(&mut self, bits: u64) {
            if self.is_zero() {
                return;
            }
            let words = (bits / 64) as usize;
            let off = (bits % 64) as u32;
            if off != 0 {
                let mut carry = 0u64;
                for l in self.limbs.iter_mut() {
                    let nl = (*l << off) | carry;
                    carry = *l >> (64 - off);
                    *l = nl;
                }
                if carry != 0 {
                    self.limbs.push(carry);
                }
            }
            if words > 0 {
                self.limbs.splice(0..0, vec![0u64; words]);
            }
        }

        pub fn shr1(&mut self) {
            let n = self.limbs.len();
            for i in 0..n {
                let hi = if i + 1 < n {
                    self.limbs[i + 1] << 63
                } else {
                    0
                };
                self.limbs[i] = (self.limbs[i] >> 1) | hi;
            }
            self.trim();
        }

        pub fn cmp(&self, o: &Big) -> Ordering {
            if self.limbs.len() != o.limbs.len() {
                return self.limbs.len().cmp(&o.limbs.len());
            }
            for i in (0..self.limbs.len()).rev() {
                match self.limbs[i].cmp(&o.limbs[i]) {
                    Ordering::Equal => {}
                    ord => return ord,
                }
            }
            Ordering::Equal
        }

        /// self -= o (requires self >= o).
        pub fn sub_assign(&mut self, o: &Big) {
            let mut borrow = false;
            for i in 0..self.limbs.len() {
                let b = o.limbs.get(i).copied().unwrap_or(0);
                let (d1, o1) = self.limbs[i].overflowing_sub(b);
                let (d2, o2) = d1.overflowing_sub(u64::from(borrow));
                self.limbs[i] = d2;
                borrow = o1 || o2;
            }
            debug_assert!(!borrow);
            self.trim();
        }

        /// self /= d, returning the remainder.
        pub fn divmod_small(&mut self, d: u64) -> u64 {
            let mut rem: u128 = 0;
            for l in self.limbs.iter_mut().rev() {
                let cur = (rem << 64) | u128::from(*l);
                *l = (cur / u128::from(d)) as u64;
                rem = cur % u128::from(d);
            }
            self.trim();
            rem as u64
        }

        pub fn to_decimal(&self) -> String {
            const CHUNK: u64 = 10_000_000_000_000_000_000; // 10^19
            if self.is_zero() {
                return "0".into();
            }
            let mut x = self.clone();
            let mut parts = Vec::new();
            while !x.is_zero() {
                parts.push(x.divmod_small(CHUNK));
            }
            let mut s = parts.pop().expect("non-zero").to_string();
            for p in parts.iter().rev() {
                s.push_str(&format!("{:019}", p));
            }
            s
        }

        fn low_bits_nonzero(&self, n: u64) -> bool {
            let words = (n / 64) as usize;
            let off = n % 64;
            if self.limbs.iter().take(words).any(|&l| l != 0) {
                return true;
            }
            off != 0 && words < self.limbs.len() && self.limbs[words] & ((1u64 << off) - 1) != 0
        }

        /// The top (up to) 128 bits: self = q * 2^shift + rest, with sticky
        /// telling whether rest != 0.
        pub fn top128(&self) -> (u128, u64, bool) {
            let bl = self.bit_len();
            let w = |j: usize| u128::from(self.limbs.get(j).copied().unwrap_or(0));
            if bl <= 128 {
                return (w(0) | (w(1) << 64), 0, false);
            }
            let shift = bl - 128;
            let i = (shift / 64) as usize;
            let off = (shift % 64) as u32;
            let q = if off == 0 {
                w(i) | (w(i + 1) << 64)
            } else {
                (w(i) >> off) | (w(i + 1) << (64 - off)) | (w(i + 2) << (128 - off))
            };
            (q, shift, self.low_bits_nonzero(shift))
        }
    }

    /// floor(num / den) for a quotient known to be < 2^128, plus whether the
    /// remainder is non-zero.
    pub fn div_to_u128(mut num: Big, den: Big) -> (u128, bool) {
        let mut d = den;
        d.shl(127);
        let mut q: u128 = 0;
        for i in (0..128).rev() {
            if num.cmp(&d) != Ordering::Less {
                num.sub_assign(&d);
                q |= 1u128 << i;
            }
            d.shr1();
        }
        (q, !num.is_zero())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_i64_matches_string2ll() {
        // Checked against redis-server 7.0.15 with INCRBY.
        let cases: &[(&str, Option<i64>)] = &[
            ("1", Some(1)),
            ("0", Some(0)),
            ("-1", Some(-1)),
            ("123456", Some(123456)),
            ("9223372036854775807", Some(i64::MAX)),
            ("-9223372036854775808", Some(i64::MIN)),
            ("9223372036854775808", None),
            ("-9223372036854775809", None),
            ("18446744073709551615", None),
            ("18446744073709551616", None),
            ("99999999999999999999", None),
            ("012345678901234567890", None),
            ("+1", None),
            (" 1", None),
            ("1 ", None),
            ("01", None),
            ("00", None),
            ("-0", None),
            ("-", None),
            ("", None),
            ("1a", None),
            ("1.0", None),
            ("0x10", None),
            ("--1", None),
        ];
        for &(s, want) in cases {
            assert_eq!(parse_i64(s.as_bytes()), want, "{:?}", s);
        }
        assert_eq!(parse_i64(b"1\0"), None);
    }

    #[test]
    fn parse_u64_matches_string2ull() {
        // Checked against redis-server 7.0.15 with XADD explicit IDs.
        let cases: &[(&[u8], Option<u64>)] = &[
            (b"5", Some(5)),
            (b"0", Some(0)),
            (b"05", Some(5)),
            (b"+5", Some(5)),
            (b" 5", Some(5)),
            (b"\t\n5", Some(5)),
            (b"18446744073709551615", Some(u64::MAX)),
            (b"9223372036854775808", Some(1 << 63)),
            (b"18446744073709551616", None),
            (b"-1", None),
            (b" -1", Some(u64::MAX)),
            (b"-18446744073709551615", Some(1)),
            (b"-18446744073709551616", None),
            (b"", None),
            (b" ", None),
            (b"+", None),
            (b"5 ", None),
            (b"0x5", None),
            (b"5a", None),
            (b"7\0garbage", Some(7)),
        ];
        for &(s, want) in cases {
            assert_eq!(parse_u64(s), want, "{:?}", s);
        }
    }

    #[test]
    fn memtoull_matches_config() {
        // Checked against redis-server 7.0.15 with CONFIG SET maxmemory.
        let cases: &[(&str, Option<u64>)] = &[
            ("1k", Some(1000)),
            ("1kb", Some(1024)),
            ("1K", Some(1000)),
            ("1KB", Some(1024)),
            ("1Kb", Some(1024)),
            ("1m", Some(1_000_000)),
            ("1mb", Some(1 << 20)),
            ("1g", Some(1_000_000_000)),
            ("1gb", Some(1 << 30)),
            ("5GB", Some(5 << 30)),
            ("1b", Some(1)),
            ("1B", Some(1)),
            ("100", Some(100)),
            ("01k", Some(1000)),
            ("", Some(0)),
            ("k", Some(0)),
            ("kb", Some(0)),
            ("18446744073709551615", Some(u64::MAX)),
            // strtoull saturates, the unit multiplication wraps.
            ("18446744073709551616", Some(u64::MAX)),
            ("99999999999999999999999", Some(u64::MAX)),
            ("17179869184gb", Some(0)),
            ("-1", None),
            ("-1k", None),
            (" 1", None),
            ("1 ", None),
            ("+1", None),
            ("1t", None),
            ("1kbb", None),
            ("0x10", None),
            ("1.5k", None),
        ];
        for &(s, want) in cases {
            assert_eq!(memtoull(s.as_bytes()), want, "{:?}", s);
        }
        assert_eq!(memtoll("1gb"), Some(1 << 30));
        assert_eq!(memtoll("18446744073709551615"), Some(-1));
        assert_eq!(memtoll("-100"), None);
        let long = "1".repeat(128);
        assert_eq!(memtoull(long.as_bytes()), None);
        assert_eq!(memtoull(&long.as_bytes()[..127]), Some(u64::MAX));
    }

    #[test]
    fn integer_formatting() {
        assert_eq!(&i64_to_bytes(0)[..], b"0");
        assert_eq!(&i64_to_bytes(-42)[..], b"-42");
        assert_eq!(&i64_to_bytes(i64::MIN)[..], b"-9223372036854775808");
        assert_eq!(&u64_to_bytes(u64::MAX)[..], b"18446744073709551615");
        let mut v = b"x".to_vec();
        write_i64(&mut v, 123);
        write_u64(&mut v, 7);
        assert_eq!(v, b"x1237");
    }

    /// string2ld results from glibc (x86-64 strtold + "%.17Lf"):
    /// (input, Some((sign_exp, mantissa, (double) bits, LD_STR_HUMAN string))).
    #[allow(clippy::type_complexity)]
    const LD_PARSE_CASES: &[(&str, Option<(u16, u64, u64, &str)>)] = &[
        (
            "10.5",
            Some((0x4002, 0xa800000000000000, 0x4025000000000000, "10.5")),
        ),
        (
            "0.1",
            Some((0x3ffb, 0xcccccccccccccccd, 0x3fb999999999999a, "0.1")),
        ),
        (
            "-0.1",
            Some((0xbffb, 0xcccccccccccccccd, 0xbfb999999999999a, "-0.1")),
        ),
        (
            "1",
            Some((0x3fff, 0x8000000000000000, 0x3ff0000000000000, "1")),
        ),
        (
            "+1",
            Some((0x3fff, 0x8000000000000000, 0x3ff0000000000000, "1")),
        ),
        (
            "01",
            Some((0x3fff, 0x8000000000000000, 0x3ff0000000000000, "1")),
        ),
        (
            "-0",
            Some((0x8000, 0x0000000000000000, 0x8000000000000000, "0")),
        ),
        (
            "0",
            Some((0x0000, 0x0000000000000000, 0x0000000000000000, "0")),
        ),
        (
            ".5",
            Some((0x3ffe, 0x8000000000000000, 0x3fe0000000000000, "0.5")),
        ),
        (
            "5.",
            Some((0x4001, 0xa000000000000000, 0x4014000000000000, "5")),
        ),
        (".", None),
        ("", None),
        (" 1", None),
        ("1 ", None),
        ("1e", None),
        ("1e+", None),
        (
            "1e10",
            Some((
                0x4020,
                0x9502f90000000000,
                0x4202a05f20000000,
                "10000000000",
            )),
        ),
        (
            "1E+10",
            Some((
                0x4020,
                0x9502f90000000000,
                0x4202a05f20000000,
                "10000000000",
            )),
        ),
        (
            "1e-400",
            Some((0x3ace, 0x95fe7e07c91efafa, 0x0000000000000000, "0")),
        ),
        ("1e5000", None),
        ("-1e5000", None),
        (
            "1e-4950",
            Some((0x0000, 0x0000000000000003, 0x0000000000000000, "0")),
        ),
        ("1e-4951", None),
        ("1e-5000", None),
        (
            "0e-99999",
            Some((0x0000, 0x0000000000000000, 0x0000000000000000, "0")),
        ),
        (
            "0e99999",
            Some((0x0000, 0x0000000000000000, 0x0000000000000000, "0")),
        ),
        (
            "inf",
            Some((0x7fff, 0x8000000000000000, 0x7ff0000000000000, "inf")),
        ),
        (
            "-inf",
            Some((0xffff, 0x8000000000000000, 0xfff0000000000000, "-inf")),
        ),
        (
            "+Infinity",
            Some((0x7fff, 0x8000000000000000, 0x7ff0000000000000, "inf")),
        ),
        ("infin", None),
        ("nan", None),
        ("-nan", None),
        ("NaN", None),
        (
            "0x10",
            Some((0x4003, 0x8000000000000000, 0x4030000000000000, "16")),
        ),
        (
            "0x1.8p1",
            Some((0x4000, 0xc000000000000000, 0x4008000000000000, "3")),
        ),
        (
            "0X.8",
            Some((0x3ffe, 0x8000000000000000, 0x3fe0000000000000, "0.5")),
        ),
        ("0x", None),
        ("0x1p", None),
        (
            "0x1p-16445",
            Some((0x0000, 0x0000000000000001, 0x0000000000000000, "0")),
        ),
        ("0x1p-16446", None),
        (
            "0x1.8p-16446",
            Some((0x0000, 0x0000000000000001, 0x0000000000000000, "0")),
        ),
        ("0x1.ffffffffffffffffp16383", None),
        ("0x1p16384", None),
        ("1.18973149535723176509e+4932", None),
        (
            "3.6451995318824746025e-4951",
            Some((0x0000, 0x0000000000000001, 0x0000000000000000, "0")),
        ),
        ("1.8225997659412373012e-4951", None),
        (
            "1.8225997659412373013e-4951",
            Some((0x0000, 0x0000000000000001, 0x0000000000000000, "0")),
        ),
        (
            "1.23456789012345678901234",
            Some((
                0x3fff,
                0x9e06521462cfdb8d,
                0x3ff3c0ca428c59fb,
                "1.23456789012345679",
            )),
        ),
        (
            "123456789012345678901234567890",
            Some((
                0x405f,
                0xc77487fb61b9f077,
                0x45f8ee90ff6c373e,
                "123456789012345678899921813504",
            )),
        ),
        (
            "18446744073709551615",
            Some((
                0x403e,
                0xffffffffffffffff,
                0x43f0000000000000,
                "18446744073709551615",
            )),
        ),
        (
            "18446744073709551617",
            Some((
                0x403f,
                0x8000000000000000,
                0x43f0000000000000,
                "18446744073709551616",
            )),
        ),
        (
            "36893488147419103231",
            Some((
                0x4040,
                0x8000000000000000,
                0x4400000000000000,
                "36893488147419103232",
            )),
        ),
        (
            "5e-18",
            Some((0x3fc5, 0xb877aa3236a4b449, 0x3c570ef54646d497, "0")),
        ),
        (
            "6e-18",
            Some((
                0x3fc5,
                0xdd5c65d5db2c0b8b,
                0x3c5bab8cbabb6581,
                "0.00000000000000001",
            )),
        ),
        (
            "-5e-18",
            Some((0xbfc5, 0xb877aa3236a4b449, 0xbc570ef54646d497, "0")),
        ),
        (
            "1e-17",
            Some((
                0x3fc6,
                0xb877aa3236a4b449,
                0x3c670ef54646d497,
                "0.00000000000000001",
            )),
        ),
        (
            "-1e-17",
            Some((
                0xbfc6,
                0xb877aa3236a4b449,
                0xbc670ef54646d497,
                "-0.00000000000000001",
            )),
        ),
        (
            "0.000000000000000015",
            Some((
                0x3fc7,
                0x8a59bfa5a8fb8737,
                0x3c714b37f4b51f71,
                "0.00000000000000002",
            )),
        ),
        (
            "0.000000000000000025",
            Some((
                0x3fc7,
                0xe69594bec44de15b,
                0x3c7cd2b297d889bc,
                "0.00000000000000002",
            )),
        ),
        (
            "3.14159265358979323846264338327950288",
            Some((
                0x4000,
                0xc90fdaa22168c235,
                0x400921fb54442d18,
                "3.14159265358979324",
            )),
        ),
        (
            "99999999999999999999.99999999999999999",
            Some((
                0x4041,
                0xad78ebc5ac620000,
                0x4415af1d78b58c40,
                "100000000000000000000",
            )),
        ),
        (
            "1e20",
            Some((
                0x4041,
                0xad78ebc5ac620000,
                0x4415af1d78b58c40,
                "100000000000000000000",
            )),
        ),
        (
            "1e-5",
            Some((0x3fee, 0xa7c5ac471b478423, 0x3ee4f8b588e368f1, "0.00001")),
        ),
        (
            "0.30000000000000000001",
            Some((0x3ffd, 0x999999999999999a, 0x3fd3333333333333, "0.3")),
        ),
        (
            "1.5e-3",
            Some((0x3ff5, 0xc49ba5e353f7ced9, 0x3f589374bc6a7efa, "0.0015")),
        ),
        ("1_0", None),
        ("1,5", None),
        ("--1", None),
        ("\x0b1", None),
        (
            "-6129327.0740",
            Some((
                0xc015,
                0xbb0d5e25e353f7cf,
                0xc15761abc4bc6a7f,
                "-6129327.07400000000006912",
            )),
        ),
        (
            "-676964881354.56693",
            Some((
                0xc026,
                0x9d9e4053ca912253,
                0xc263b3c80a795224,
                "-676964881354.56692999601364136",
            )),
        ),
        (
            "0067319744801971226.979350753359748",
            Some((
                0x4036,
                0xef2af3834a9c1afb,
                0x436de55e70695383,
                "67319744801971226.98046875",
            )),
        ),
        (
            "-0x6A34E.eefa82d992c7f7a6e96P+75",
            Some((
                0xc05c,
                0xd469dddf505b3259,
                0xc5ca8d3bbbea0b66,
                "-16434701763897902591392088064",
            )),
        ),
        (
            "1862680251.522019383E-102",
            Some((0x3eca, 0xf8aa92ebb4728b40, 0x2caf15525d768e51, "0")),
        ),
        (
            "-0X0C41AeF5.e6b9f545dp60",
            Some((
                0xc056,
                0xc41aef5e6b9f545d,
                0xc568835debcd73eb,
                "-237076657748562392360419328",
            )),
        ),
        (
            "-0XDDd57ad12F587B",
            Some((
                0xc036,
                0xddd57ad12f587b00,
                0xc36bbaaf5a25eb0f,
                "-62440693325322363",
            )),
        ),
        (
            "+12386612379867118868.e-4129",
            Some((0x0aaa, 0x91717345cbdea05e, 0x0000000000000000, "0")),
        ),
        (
            "905670271715594e-330",
            Some((0x3be8, 0xaed1587bfa986549, 0x000000000aed1588, "0")),
        ),
        (
            "65901174428104021469184",
            Some((
                0x404a,
                0xdf48283d6f9649f6,
                0x44abe90507adf2c9,
                "65901174428104021467136",
            )),
        ),
        (
            "79172033015230424984",
            Some((
                0x4041,
                0x89577211ca49dcf3,
                0x44112aee4239493c,
                "79172033015230424984",
            )),
        ),
        (
            "0X286744605fb51",
            Some((
                0x4030,
                0xa19d11817ed44000,
                0x430433a2302fda88,
                "710783902546769",
            )),
        ),
        (
            "+88798.019429",
            Some((
                0x400f,
                0xad6f027ca643cc08,
                0x40f5ade04f94c87a,
                "88798.01942900000000236",
            )),
        ),
        (
            "-4973233105404850783250.354e-4109",
            Some((0x8af5, 0x9a92593f108eaf81, 0x8000000000000000, "0")),
        ),
        (
            "981426079400.4641773382",
            Some((
                0x4026,
                0xe4818d86a876d453,
                0x426c9031b0d50edb,
                "981426079400.46417731046676636",
            )),
        ),
        (
            "953067920127.93975",
            Some((
                0x4026,
                0xdde7465afff09375,
                0x426bbce8cb5ffe12,
                "953067920127.93975001573562622",
            )),
        ),
        (
            "+76422863882.2408448444531",
            Some((
                0x4023,
                0x8e5942e051ed4010,
                0x4231cb285c0a3da8,
                "76422863882.24084484577178955",
            )),
        ),
        (
            "5218.3",
            Some((
                0x400b,
                0xa312666666666666,
                0x40b4624ccccccccd,
                "5218.29999999999999982",
            )),
        ),
        (
            "+0x5dD9f489D415718C124.04b8aff6f91bc",
            Some((
                0x4049,
                0xbbb3e913a82ae318,
                0x4497767d2275055c,
                "27700040451192350359552",
            )),
        ),
        (
            "51738024761893",
            Some((
                0x402c,
                0xbc38ca5968940000,
                0x42c787194b2d1280,
                "51738024761893",
            )),
        ),
        (
            "975691025150429406724096",
            Some((
                0x404e,
                0xce9c510355b66108,
                0x44e9d38a206ab6cc,
                "975691025150429406691328",
            )),
        ),
        (
            "2.2",
            Some((0x4000, 0x8ccccccccccccccd, 0x400199999999999a, "2.2")),
        ),
        (
            "560156965251",
            Some((
                0x4026,
                0x826bf4f983000000,
                0x42604d7e9f306000,
                "560156965251",
            )),
        ),
        (
            "475e-4943",
            Some((0x0000, 0x0000000308b2ca08, 0x0000000000000000, "0")),
        ),
        (
            "-7618786544876",
            Some((
                0xc029,
                0xddbc62199d800000,
                0xc29bb78c4333b000,
                "-7618786544876",
            )),
        ),
    ];

    /// long double sums from glibc: (a, b, Some((sign_exp, mantissa, human))), None = NaN.
    #[allow(clippy::type_complexity)]
    const LD_ADD_CASES: &[(&str, &str, Option<(u16, u64, &str)>)] = &[
        ("10.5", "0.1", Some((0x4002, 0xa99999999999999a, "10.6"))),
        ("0.1", "0.2", Some((0x3ffd, 0x999999999999999a, "0.3"))),
        ("1", "-1", Some((0x0000, 0x0000000000000000, "0"))),
        ("-0", "-0", Some((0x8000, 0x0000000000000000, "0"))),
        ("-0", "0", Some((0x0000, 0x0000000000000000, "0"))),
        ("0", "-0", Some((0x0000, 0x0000000000000000, "0"))),
        (
            "1.1e4932",
            "1.1e4932",
            Some((0x7fff, 0x8000000000000000, "inf")),
        ),
        ("inf", "-inf", None),
        ("inf", "1", Some((0x7fff, 0x8000000000000000, "inf"))),
        ("-inf", "-1e300", Some((0xffff, 0x8000000000000000, "-inf"))),
        (
            "1e20",
            "1",
            Some((0x4041, 0xad78ebc5ac620000, "100000000000000000000")),
        ),
        (
            "1e20",
            "0.1",
            Some((0x4041, 0xad78ebc5ac620000, "100000000000000000000")),
        ),
        (
            "18446744073709551615",
            "1",
            Some((0x403f, 0x8000000000000000, "18446744073709551616")),
        ),
        (
            "9223372036854775807",
            "1",
            Some((0x403e, 0x8000000000000000, "9223372036854775808")),
        ),
        (
            "-9223372036854775808",
            "-1",
            Some((0xc03e, 0x8000000000000001, "-9223372036854775809")),
        ),
        ("0.1", "-0.1", Some((0x0000, 0x0000000000000000, "0"))),
        ("3.0", "-2.9", Some((0x3ffb, 0xccccccccccccccc0, "0.1"))),
        ("1", "1e-30", Some((0x3fff, 0x8000000000000000, "1"))),
        ("1", "-1e-30", Some((0x3fff, 0x8000000000000000, "1"))),
        (
            "0x1p-16445",
            "0x1p-16445",
            Some((0x0000, 0x0000000000000002, "0")),
        ),
        (
            "0x1p-16445",
            "-0x1p-16445",
            Some((0x0000, 0x0000000000000000, "0")),
        ),
        (
            "0x1p-16382",
            "-0x1p-16445",
            Some((0x0000, 0x7fffffffffffffff, "0")),
        ),
        (
            "0x8000000000000001p0",
            "-1",
            Some((0x403e, 0x8000000000000000, "9223372036854775808")),
        ),
        (
            "0x8000000000000000p0",
            "-0x1p-1",
            Some((0x403d, 0xffffffffffffffff, "9223372036854775807.5")),
        ),
        (
            "0x8000000000000000p0",
            "0x1p-1",
            Some((0x403e, 0x8000000000000000, "9223372036854775808")),
        ),
        (
            "0x8000000000000001p0",
            "0x1p-1",
            Some((0x403e, 0x8000000000000002, "9223372036854775810")),
        ),
        (
            "0xffffffffffffffffp0",
            "0x1p-1",
            Some((0x403f, 0x8000000000000000, "18446744073709551616")),
        ),
        (
            "0xffffffffffffffffp0",
            "0x1p-2",
            Some((0x403e, 0xffffffffffffffff, "18446744073709551615")),
        ),
        (
            "5.0e3",
            "-1.5e-7",
            Some((0x400b, 0x9c3fffffebde0a0c, "4999.99999985000000002")),
        ),
        (
            "12345.678",
            "-12345.677",
            Some((0x3ff5, 0x83126e978d800000, "0.00100000000000033")),
        ),
        ("1.5", "2.25", Some((0x4000, 0xf000000000000000, "3.75"))),
        ("100", "-100.5", Some((0xbffe, 0x8000000000000000, "-0.5"))),
        (
            "-0x8b4f13cea0eE74a46.59b761e8eefbdd2p-16439",
            "-0.1",
            Some((0xbffb, 0xcccccccccccccccd, "-0.1")),
        ),
        (
            ".96657626e-145",
            "-1e-17",
            Some((0xbfc6, 0xb877aa3236a4b449, "-0.00000000000000001")),
        ),
        (
            "79445173704.83955",
            "-11465908",
            Some((0x4023, 0x93f4f188a6b765fe, "79433707796.83955000340938568")),
        ),
        (
            "+4766049653.60730",
            "-7614780950991.9744887960",
            Some((
                0xc029,
                0xdd7b07848b4bc003,
                "-7610014901338.36718893051147461",
            )),
        ),
        (
            "71.43282",
            "-9049837.2798e-310",
            Some((0x4005, 0x8edd9a95421c0443, "71.43282")),
        ),
        (
            "30.2350",
            "-0113927023332.e23",
            Some((
                0xc070,
                0x8c6d07a7a71570ab,
                "-11392702333200000000225586546999296",
            )),
        ),
        (
            "3.0e-5",
            "976391558899429447.9610114966e-4014",
            Some((0x3fef, 0xfba8826aa8eb4635, "0.00003")),
        ),
        (
            "-5",
            "63.68960",
            Some((0x4004, 0xeac226809d495183, "58.6896")),
        ),
        (
            "-0x1DC1Cb.dc11d8b",
            "+282406905664011064.45756717526202",
            Some((0x4038, 0xfad3e56786ae5b26, "282406905662060908.59375")),
        ),
        (
            ".999098499148286910e-382",
            "640320473298844103694477e-4957",
            Some((0x3b0a, 0x81fb5bb2749945d4, "0")),
        ),
        (
            "-5.86437791993261348642320351931545019397162832319736480712890625",
            "+74142",
            Some((0x400f, 0x90cc115c107740a1, "74136.1356220800673853")),
        ),
        (
            "-85682376183872666.8343605546709720e+142",
            "85682376183872666.8343605546709720e+142",
            Some((0x0000, 0x0000000000000000, "0")),
        ),
        (
            "-78544230.8032280577e-320",
            "78544230.8032280577e-320",
            Some((0x0000, 0x0000000000000000, "0")),
        ),
        ("1", "-9.6", Some((0xc002, 0x899999999999999a, "-8.6"))),
        (
            "-93.e313",
            "93.e313",
            Some((0x0000, 0x0000000000000000, "0")),
        ),
        (
            "+67556823.5",
            "-416824381485417033e-324",
            Some((0x4019, 0x80dabaf000000000, "67556823.5")),
        ),
        (
            "+8696857505010.82083834557",
            "-8696857505010.82083834557",
            Some((0x0000, 0x0000000000000000, "0")),
        ),
        (
            "9522691.38419",
            "-9522691.38419",
            Some((0x0000, 0x0000000000000000, "0")),
        ),
        (
            "-32952860366184446516.54256892991070548490e197",
            "+32952860366184446516.54256892991070548490e197",
            Some((0x0000, 0x0000000000000000, "0")),
        ),
        (
            "7327363326898002270522",
            "-1269.17328010078292",
            Some((0x4047, 0xc69bcbf5e3b5f08b, "7327363326898002269696")),
        ),
        (
            "-4388791962748489.922617043590",
            "1509628154696571327.0",
            Some((0x403b, 0xa71d79cd6d7a9ba9, "1505239362733822837.125")),
        ),
        (
            "-664653173408",
            "734.0283",
            Some((
                0xc026,
                0x9ac06a8fc1f8c155,
                "-664653172673.97170001268386841",
            )),
        ),
        (
            "767470",
            "1e20",
            Some((0x4041, 0xad78ebc5ac6376be, "100000000000000767472")),
        ),
        (
            "+2293551270.39e+121",
            "-2293551270.39e+121",
            Some((0x0000, 0x0000000000000000, "0")),
        ),
        (
            "-0.1",
            "20336762886525.63807363163281",
            Some((
                0x402b,
                0x93f82c38cbec4df9,
                "20336762886525.53807258605957031",
            )),
        ),
    ];

    /// string2d + "%.17g" from glibc: (input, Some((bits, reply string))).
    #[allow(clippy::type_complexity)]
    const F64_CASES: &[(&str, Option<(u64, &str)>)] = &[
        ("1", Some((0x3ff0000000000000, "1"))),
        ("+1", Some((0x3ff0000000000000, "1"))),
        (" 1", None),
        ("1 ", None),
        ("01", Some((0x3ff0000000000000, "1"))),
        ("-0", Some((0x8000000000000000, "-0"))),
        (".5", Some((0x3fe0000000000000, "0.5"))),
        ("5.", Some((0x4014000000000000, "5"))),
        (".", None),
        ("1e10", Some((0x4202a05f20000000, "10000000000"))),
        ("1E10", Some((0x4202a05f20000000, "10000000000"))),
        ("1e", None),
        ("1e+", None),
        ("1e+5", Some((0x40f86a0000000000, "100000"))),
        ("inf", Some((0x7ff0000000000000, "inf"))),
        ("-inf", Some((0xfff0000000000000, "-inf"))),
        ("+inf", Some((0x7ff0000000000000, "inf"))),
        ("Inf", Some((0x7ff0000000000000, "inf"))),
        ("INFINITY", Some((0x7ff0000000000000, "inf"))),
        ("infinity", Some((0x7ff0000000000000, "inf"))),
        ("infin", None),
        ("nan", None),
        ("NaN", None),
        ("-nan", None),
        ("nan(1)", None),
        ("", None),
        ("0x10", Some((0x4030000000000000, "16"))),
        ("0x1p3", Some((0x4020000000000000, "8"))),
        ("0x1.8p1", Some((0x4008000000000000, "3"))),
        ("0X.8", Some((0x3fe0000000000000, "0.5"))),
        ("0x", None),
        ("0x1p", None),
        (
            "0x1p-1074",
            Some((0x0000000000000001, "4.9406564584124654e-324")),
        ),
        ("0x1p-1075", None),
        (
            "0x1.8p-1075",
            Some((0x0000000000000001, "4.9406564584124654e-324")),
        ),
        ("0x1.fffffffffffff8p1023", None),
        (
            "0x1.fffffffffffff7p1023",
            Some((0x7fefffffffffffff, "1.7976931348623157e+308")),
        ),
        ("1e400", None),
        ("-1e400", None),
        ("1e-400", None),
        ("0e-400", Some((0x0000000000000000, "0"))),
        (
            "1e-320",
            Some((0x00000000000007e8, "9.9998886718268301e-321")),
        ),
        ("2e-324", None),
        (
            "2.4703282292062328e-324",
            Some((0x0000000000000001, "4.9406564584124654e-324")),
        ),
        ("2.4703282292062327e-324", None),
        (
            "3e-324",
            Some((0x0000000000000001, "4.9406564584124654e-324")),
        ),
        ("0.1", Some((0x3fb999999999999a, "0.10000000000000001"))),
        ("10.5", Some((0x4025000000000000, "10.5"))),
        (
            "1125899906842624.25",
            Some((0x4310000000000001, "1125899906842624.2")),
        ),
        (
            "1152921504606846976",
            Some((0x43b0000000000000, "1.152921504606847e+18")),
        ),
        (
            "123456789012345678",
            Some((0x437b69b4ba630f35, "1.2345678901234568e+17")),
        ),
        ("1e17", Some((0x4376345785d8a000, "1e+17"))),
        ("1e16", Some((0x4341c37937e08000, "10000000000000000"))),
        ("1e15", Some((0x430c6bf526340000, "1000000000000000"))),
        ("0.0001", Some((0x3f1a36e2eb1c432d, "0.0001"))),
        (
            "0.00001",
            Some((0x3ee4f8b588e368f1, "1.0000000000000001e-05")),
        ),
        ("1.5e-5", Some((0x3eef75104d551d69, "1.5e-05"))),
        (
            "-1.5e300",
            Some((0xfe41eb2d66005835, "-1.5000000000000001e+300")),
        ),
        ("1 2", None),
        ("1_0", None),
        ("1,5", None),
        ("0.1e1", Some((0x3ff0000000000000, "1"))),
        ("3.0", Some((0x4008000000000000, "3"))),
        ("100", Some((0x4059000000000000, "100"))),
        ("1e21", Some((0x444b1ae4d6e2ef50, "1e+21"))),
        (
            "4.9406564584124654e-324",
            Some((0x0000000000000001, "4.9406564584124654e-324")),
        ),
        (
            "2.2250738585072014e-308",
            Some((0x0010000000000000, "2.2250738585072014e-308")),
        ),
        (
            "1.7976931348623157e308",
            Some((0x7fefffffffffffff, "1.7976931348623157e+308")),
        ),
        (
            "1.7976931348623158e308",
            Some((0x7fefffffffffffff, "1.7976931348623157e+308")),
        ),
        ("1.7976931348623159e308", None),
        (
            "9007199254740993",
            Some((0x4340000000000000, "9007199254740992")),
        ),
        (
            "0.30000000000000004",
            Some((0x3fd3333333333334, "0.30000000000000004")),
        ),
        ("123.456", Some((0x405edd2f1a9fbe77, "123.456"))),
        (
            "-0.000123456",
            Some((0xbf202e7ef70994dd, "-0.00012345600000000001")),
        ),
        ("99999999999999999", Some((0x4376345785d8a000, "1e+17"))),
        (
            "9999999999999999",
            Some((0x4341c37937e08000, "10000000000000000")),
        ),
        (
            "12345678901234567890",
            Some((0x43e56a95319d63e1, "1.2345678901234567e+19")),
        ),
        ("1e-5", Some((0x3ee4f8b588e368f1, "1.0000000000000001e-05"))),
        ("0.001", Some((0x3f50624dd2f1a9fc, "0.001"))),
        (
            "1.0000000000000002",
            Some((0x3ff0000000000001, "1.0000000000000002")),
        ),
    ];

    #[test]
    fn parse_f64_and_fmt_f64_match_glibc() {
        for &(s, want) in F64_CASES {
            let got = parse_f64(s.as_bytes());
            match want {
                None => assert_eq!(got, None, "{:?}", s),
                Some((bits, text)) => {
                    let v = got.unwrap_or_else(|| panic!("{:?} should parse", s));
                    assert_eq!(v.to_bits(), bits, "{:?}", s);
                    assert_eq!(fmt_f64(v), text, "{:?}", s);
                }
            }
        }
        assert_eq!(parse_f64(b"1\0"), None);
        assert_eq!(parse_f64(b"\x0b1"), None);
    }

    #[test]
    fn fmt_f64_shapes() {
        assert_eq!(fmt_f64(0.0), "0");
        assert_eq!(fmt_f64(-0.0), "-0");
        assert_eq!(fmt_f64(3.0), "3");
        assert_eq!(fmt_f64(-2.5), "-2.5");
        assert_eq!(fmt_f64(f64::INFINITY), "inf");
        assert_eq!(fmt_f64(f64::NEG_INFINITY), "-inf");
        assert_eq!(fmt_f64(f64::NAN), "nan");
        assert_eq!(fmt_f64(1e16), "10000000000000000");
        assert_eq!(fmt_f64(1e17), "1e+17");
        assert_eq!(fmt_f64(-1e17), "-1e+17");
        assert_eq!(fmt_f64(9223372036854775808.0), "9.2233720368547758e+18");
        assert_eq!(fmt_f64(0.0001), "0.0001");
        assert_eq!(fmt_f64(0.00001), "1.0000000000000001e-05");
        assert_eq!(fmt_f64(1e100), "1e+100");
        assert_eq!(fmt_f64(1.5e-300), "1.5000000000000001e-300");
        assert_eq!(fmt_f64(f64::MIN_POSITIVE), "2.2250738585072014e-308");
        assert_eq!(fmt_f64(5e-324), "4.9406564584124654e-324");
        // Tie at the 17th digit rounds half to even, like glibc.
        assert_eq!(fmt_f64(1125899906842624.0 + 0.25), "1125899906842624.2");
        assert_eq!(fmt_f64(1125899906842624.0 + 0.75), "1125899906842624.8");
        // Rounding that bumps the exponent.
        assert_eq!(fmt_f64(99999999999999999.0), "1e+17");
        let mut out = b"$".to_vec();
        write_f64(&mut out, 1.5);
        assert_eq!(out, b"$1.5");
    }

    #[test]
    fn d2string_shapes() {
        assert_eq!(d2string(0.0), "0");
        assert_eq!(d2string(-0.0), "-0");
        assert_eq!(d2string(f64::NAN), "nan");
        assert_eq!(d2string(f64::INFINITY), "inf");
        assert_eq!(d2string(f64::NEG_INFINITY), "-inf");
        assert_eq!(d2string(1.5), "1.5");
        assert_eq!(d2string(0.1), "0.10000000000000001");
        assert_eq!(d2string(1e17), "100000000000000000");
        assert_eq!(d2string(-1e17), "-100000000000000000");
        assert_eq!(d2string(1152921504606846976.0), "1152921504606846976");
        assert_eq!(d2string(4611686018427387904.0), "4611686018427387904");
        assert_eq!(d2string(-4611686018427387904.0), "-4611686018427387904");
        assert_eq!(d2string(9223372036854775808.0), "9.2233720368547758e+18");
        assert_eq!(d2string(1e300), "1.0000000000000001e+300");
    }

    fn ld(s: &str) -> LongDouble {
        LongDouble::parse(s.as_bytes()).unwrap_or_else(|| panic!("{:?} should parse", s))
    }

    #[test]
    fn long_double_parse_matches_glibc() {
        for &(s, want) in LD_PARSE_CASES {
            let got = LongDouble::parse(s.as_bytes());
            match want {
                None => assert!(got.is_none(), "{:?} should be rejected", s),
                Some((se, mant, dbits, human)) => {
                    let v = got.unwrap_or_else(|| panic!("{:?} should parse", s));
                    assert_eq!(v.to_bits(), (se, mant), "{:?}", s);
                    assert_eq!(v.to_f64().to_bits(), dbits, "{:?}", s);
                    assert_eq!(v.to_human_string(), human, "{:?}", s);
                }
            }
        }
    }

    #[test]
    fn long_double_add_matches_glibc() {
        for &(a, b, want) in LD_ADD_CASES {
            let z = ld(a).add(ld(b));
            match want {
                None => assert!(z.is_nan(), "{} + {}", a, b),
                Some((se, mant, human)) => {
                    assert_eq!(z.to_bits(), (se, mant), "{} + {}", a, b);
                    assert_eq!(z.to_human_string(), human, "{} + {}", a, b);
                }
            }
        }
    }

    #[test]
    fn long_double_huge_values_print_every_digit() {
        // (input, length, first 40 chars, last 40 chars) from glibc "%.17Lf".
        let cases = [
            (
                "1e4000",
                4000,
                "9999999999999999999965463873099623784932",
                "1956972190272729951206648276349901340672",
            ),
            (
                "1.18973149535723176502e+4932",
                4933,
                "1189731495357231765021263853030970205169",
                "8849149662444156604419552086811989770240",
            ),
            (
                "-0x1p16383",
                4933,
                "-594865747678615882542879663314003565381",
                "7839858684971576230223513645334982033408",
            ),
        ];
        for (s, len, head, tail) in cases {
            let h = ld(s).to_human_string();
            assert_eq!(h.len(), len, "{}", s);
            assert!(h.starts_with(head), "{}", s);
            assert!(h.ends_with(tail), "{}", s);
        }
        let h = ld("1e4000").add(ld("1e4000")).to_human_string();
        assert_eq!(h.len(), 4001);
        assert!(h.starts_with("1999999999999999999993092774619924756986"));
        assert!(h.ends_with("3913944380545459902413296552699802681344"));
    }

    #[test]
    fn long_double_parse_limits() {
        // string2ld rejects inputs of MAX_LONG_DOUBLE_CHARS (5120) bytes or more.
        let mut s = "1.".to_string();
        s.push_str(&"0".repeat(5117));
        assert_eq!(s.len(), 5119);
        assert_eq!(ld(&s).to_human_string(), "1");
        s.push('0');
        assert!(LongDouble::parse(s.as_bytes()).is_none());
        // Embedded NUL: strtold stops there, so the length check fails.
        assert!(LongDouble::parse(b"1\0").is_none());
        assert!(ld("inf").is_infinite());
        assert!(!ld("inf").is_finite());
        assert!(ld("-0").is_zero() && ld("-0").is_sign_negative());
    }

    #[test]
    fn incrbyfloat_sequences() {
        // Checked against redis-server 7.0.15 INCRBYFLOAT.
        let mut v = LongDouble::ZERO;
        let want = [
            "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1",
        ];
        for w in want {
            v = v.add(ld("0.1"));
            assert_eq!(v.to_human_string(), w);
        }
        assert_eq!(ld("10.5").add(ld("0.1")).to_human_string(), "10.6");
        assert_eq!(ld("5.0e3").add(ld("2.0e2")).to_human_string(), "5200");
        assert_eq!(
            LongDouble::ZERO.add(ld("1.1e-7")).to_human_string(),
            "0.00000011"
        );
        assert_eq!(ld("1").add(ld("-1")).to_human_string(), "0");
        assert_eq!(ld("-0").add(ld("0")).to_human_string(), "0");
        assert!(ld("inf").add(ld("1")).is_infinite());
        assert!(ld("inf").add(ld("-inf")).is_nan());
        assert!(ld("1.1e4932").add(ld("1.1e4932")).is_infinite());
        // The f64 result would differ: 10.5 + 0.1 = 10.6 only in 80 bits.
        assert_eq!(
            LongDouble::from_f64(10.5 + 0.1).to_human_string(),
            "10.59999999999999964"
        );
    }

    #[test]
    fn long_double_conversions() {
        for v in [
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            1e300,
            -1e-300,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
        ] {
            let l = LongDouble::from_f64(v);
            assert_eq!(l.to_f64().to_bits(), v.to_bits(), "{}", v);
        }
        assert!(LongDouble::from_f64(f64::NAN).is_nan());
        assert!(LongDouble::from_f64(f64::INFINITY).to_f64().is_infinite());
        assert_eq!(LongDouble::from_f64(1.0).to_bits(), (0x3fff, 1 << 63));
        assert_eq!(LongDouble::from_f64(5e-324).to_bits(), (0x3bcd, 1 << 63));
        assert_eq!(
            LongDouble::from_i64(i64::MIN).to_human_string(),
            "-9223372036854775808"
        );
        assert_eq!(
            LongDouble::from_i64(i64::MAX).to_human_string(),
            "9223372036854775807"
        );
        assert_eq!(LongDouble::from_i64(0).to_bits(), (0, 0));
        assert_eq!(LongDouble::from_i64(-7).to_bits(), ld("-7").to_bits());
        // Values beyond the double range become infinity / zero.
        assert_eq!(ld("1e4000").to_f64(), f64::INFINITY);
        assert_eq!(ld("-1e-400").to_f64().to_bits(), (-0.0f64).to_bits());
        assert_eq!(format!("{}", ld("2.5")), "2.5");
    }

    /// Tiny deterministic PRNG (xorshift64*), so the test needs no crates.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// The exact bignum decimal conversion (used for long doubles) agrees
    /// with Rust's correctly rounded f64 parser when rounding to 53 bits.
    #[test]
    fn decimal_conversion_agrees_with_std_for_doubles() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for _ in 0..20_000 {
            let nd = 1 + rng.below(30) as usize;
            let digits: String = (0..nd)
                .map(|_| (b'0' + rng.below(10) as u8) as char)
                .collect();
            let exp = rng.below(700) as i64 - 350;
            let text = format!("{}e{}", digits, exp);
            let want: f64 = text.parse().unwrap();
            let got = match decimal_parts(digits.as_bytes(), b"", exp) {
                DecParts::Zero => 0.0,
                DecParts::Huge => f64::INFINITY,
                DecParts::Tiny => 0.0,
                DecParts::Val { q, exp2, sticky } => f64_from_rounded(
                    false,
                    round_bits(q, exp2, sticky, F64_PREC, F64_EMIN, F64_EMAX),
                ),
            };
            assert_eq!(got.to_bits(), want.to_bits(), "{}", text);
        }
    }

    /// Exact ties between two long doubles round to even, for both parsing
    /// and addition.
    #[test]
    fn long_double_round_half_even() {
        // 2^64 + 1 is exactly between 2^64 and 2^64 + 2 (spacing 2): even.
        assert_eq!(ld("18446744073709551617").to_bits(), (0x403f, 1 << 63));
        // 2^64 + 3 lies between 2^64 + 2 and 2^64 + 4: rounds to ...4 (even).
        assert_eq!(
            ld("18446744073709551619").to_bits(),
            (0x403f, (1 << 63) + 2)
        );
        let big = ld("0x8000000000000000p0"); // 2^63, spacing 1
        assert_eq!(big.add(ld("0.5")).to_bits(), (0x403e, 1 << 63));
        assert_eq!(big.add(ld("1.5")).to_bits(), (0x403e, (1 << 63) + 2));
        assert_eq!(
            big.add(ld("0.5000000001")).to_bits(),
            (0x403e, (1 << 63) + 1)
        );
    }
}
