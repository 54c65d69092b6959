//! Error replies shared by many commands, worded exactly as Redis words them.

use crate::protocol::Reply;

pub fn syntax() -> Reply {
    Reply::error("ERR syntax error")
}
pub fn not_integer() -> Reply {
    Reply::error("ERR value is not an integer or out of range")
}
pub fn not_float() -> Reply {
    Reply::error("ERR value is not a valid float")
}
pub fn wrong_type() -> Reply {
    Reply::error(crate::db::value::WRONGTYPE)
}
pub fn no_such_key() -> Reply {
    Reply::error("ERR no such key")
}
pub fn overflow() -> Reply {
    Reply::error("ERR increment or decrement would overflow")
}
pub fn out_of_range(what: &str) -> Reply {
    Reply::error(format!("ERR {what} is out of range"))
}
pub fn wrong_arity(full_name: &str) -> Reply {
    Reply::error(format!(
        "ERR wrong number of arguments for '{full_name}' command"
    ))
}
/// `ERR unknown subcommand 'x'. Try CONFIG HELP.` (`container` as the client typed it).
pub fn unknown_subcommand(sub: &[u8], container: &[u8]) -> Reply {
    let mut text = b"ERR unknown subcommand '".to_vec();
    text.extend_from_slice(c_str(sub, 128));
    text.extend_from_slice(b"'. Try ");
    text.extend_from_slice(&c_str(container, usize::MAX).to_ascii_uppercase());
    text.extend_from_slice(b" HELP.");
    Reply::ErrorBytes(bytes::Bytes::from(text))
}

/// An argument as C's `%.*s` prints it: at most `max` bytes, stopping at the first NUL.
pub fn c_str(arg: &[u8], max: usize) -> &[u8] {
    let arg = &arg[..arg.len().min(max)];
    match arg.iter().position(|&b| b == 0) {
        Some(nul) => &arg[..nul],
        None => arg,
    }
}

/// Lossy text of at most `max` bytes of an argument, for error messages (Redis's `%.128s`).
pub fn truncate(arg: &[u8], max: usize) -> String {
    String::from_utf8_lossy(&arg[..arg.len().min(max)]).into_owned()
}
