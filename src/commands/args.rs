//! Argument parsing shared by the handlers, with Redis's error replies.

use super::errors;
use crate::protocol::Reply;

/// Case-insensitive comparison of an argument with an (upper- or lower-case) keyword.
pub fn is(arg: &[u8], keyword: &str) -> bool {
    arg.eq_ignore_ascii_case(keyword.as_bytes())
}

/// An integer argument, or `ERR value is not an integer or out of range`.
pub fn int(arg: &[u8]) -> Result<i64, Reply> {
    crate::util::numbers::parse_i64(arg).ok_or_else(errors::not_integer)
}

/// An integer argument with a custom error message (`ERR <msg>`).
pub fn int_or(arg: &[u8], msg: &'static str) -> Result<i64, Reply> {
    crate::util::numbers::parse_i64(arg).ok_or_else(|| Reply::error(format!("ERR {msg}")))
}

/// A non-negative integer argument (`ERR value is out of range, must be positive` otherwise).
pub fn positive(arg: &[u8]) -> Result<i64, Reply> {
    let n = int(arg)?;
    if n < 0 {
        return Err(Reply::error("ERR value is out of range, must be positive"));
    }
    Ok(n)
}

/// A float argument, or `ERR value is not a valid float`.
pub fn float(arg: &[u8]) -> Result<f64, Reply> {
    crate::util::numbers::parse_f64(arg).ok_or_else(errors::not_float)
}

/// Text of an argument for messages.
pub fn text(arg: &[u8]) -> String {
    String::from_utf8_lossy(arg).into_owned()
}

/// A SCAN-family cursor, read like Redis reads it (C `strtoul`): decimal digits with an optional
/// sign (`-1` wraps around to 2^64-1), nothing after them (the text ends at a NUL byte, as a C
/// string would), no leading whitespace, no overflow; the empty string is cursor 0.
/// Otherwise `ERR invalid cursor`.
pub fn scan_cursor(arg: &[u8]) -> Result<u64, Reply> {
    let invalid = || Reply::error("ERR invalid cursor");
    let text = arg.split(|&b| b == 0).next().unwrap_or_default();
    let (negative, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if text.is_empty() {
        return Ok(0);
    }
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(invalid());
    }
    let mut v: u64 = 0;
    for &d in digits {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d - b'0')))
            .ok_or_else(invalid)?;
    }
    Ok(if negative { v.wrapping_neg() } else { v })
}

/// The options after the cursor of SCAN, HSCAN, SSCAN and ZSCAN.
pub struct ScanOptions<'a> {
    /// COUNT: how much work one call should do (default 10).
    pub count: usize,
    /// MATCH pattern; None when absent or `*` (which matches everything).
    pub pattern: Option<&'a [u8]>,
    /// TYPE (SCAN only).
    pub type_name: Option<&'a [u8]>,
    /// NOVALUES (HSCAN only, a Redis 7.4 addition): fields without their values.
    pub novalues: bool,
}

impl<'a> ScanOptions<'a> {
    /// Parses `opts` (the arguments after the cursor). `allow_type` / `allow_novalues` enable
    /// the command-specific options; anything else is `ERR syntax error`, as is a COUNT below 1.
    pub fn parse(
        opts: &'a [bytes::Bytes],
        allow_type: bool,
        allow_novalues: bool,
    ) -> Result<Self, Reply> {
        let mut o = ScanOptions {
            count: 10,
            pattern: None,
            type_name: None,
            novalues: false,
        };
        let mut i = 0;
        while i < opts.len() {
            let has_value = i + 1 < opts.len();
            if is(&opts[i], "COUNT") && has_value {
                let n = int(&opts[i + 1])?;
                if n < 1 {
                    return Err(errors::syntax());
                }
                o.count = n as usize;
                i += 2;
            } else if is(&opts[i], "MATCH") && has_value {
                o.pattern = Some(&opts[i + 1][..]).filter(|p| *p != b"*");
                i += 2;
            } else if is(&opts[i], "TYPE") && allow_type && has_value {
                o.type_name = Some(&opts[i + 1]);
                i += 2;
            } else if is(&opts[i], "NOVALUES") && allow_novalues {
                o.novalues = true;
                i += 1;
            } else {
                return Err(errors::syntax());
            }
        }
        Ok(o)
    }

    /// Whether `name` passes the MATCH filter.
    pub fn matches(&self, name: &[u8]) -> bool {
        self.pattern
            .is_none_or(|p| crate::util::glob::glob_match(p, name, false))
    }
}
