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
