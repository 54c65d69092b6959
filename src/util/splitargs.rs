//! Argument splitting with the exact semantics of Redis's `sdssplitargs()`
//! (inline commands, redis.conf lines, CONFIG REWRITE input...).

#[inline]
fn c_isspace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

#[inline]
fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Split a line into arguments like Redis's `sdssplitargs`.
///
/// * Arguments are separated by whitespace. Leading blanks are any C
///   `isspace` byte (incl. `\v`, `\f`), but an unquoted token only ends at
///   space, `\t`, `\r`, `\n` (so `a\x0bb` is one token).
/// * `"double quotes"` support `\n \r \t \b \a`, `\xHH` (two hex digits) and
///   `\<any>` for that byte (`\\`, `\"`, ...).
/// * `'single quotes'` only support `\'`; other backslashes are literal.
/// * A quote may start in the middle of a token (`ab"c d"` is `abc d`), but a
///   closing quote must be followed by whitespace or the end of the input.
/// * Unbalanced quotes or a quote followed by a non-space -> `None`.
/// * Empty / all-blank input -> `Some(vec![])`.
///
/// The input is treated as a C string: it ends at the first NUL byte.
pub fn split_args(line: &[u8]) -> Option<Vec<Vec<u8>>> {
    let line = match line.iter().position(|&c| c == 0) {
        Some(n) => &line[..n],
        None => line,
    };
    // Byte at i, NUL past the end.
    let at = |i: usize| -> u8 { line.get(i).copied().unwrap_or(0) };
    let mut args = Vec::new();
    let mut p = 0usize;
    loop {
        while p < line.len() && c_isspace(line[p]) {
            p += 1;
        }
        if p >= line.len() {
            return Some(args);
        }
        let mut cur = Vec::new();
        let mut inq = false;
        let mut insq = false;
        loop {
            let c = at(p);
            if inq {
                if c == b'\\' && at(p + 1) == b'x' {
                    if let (Some(h), Some(l)) = (hex_val(at(p + 2)), hex_val(at(p + 3))) {
                        cur.push(h * 16 + l);
                        p += 4;
                        continue;
                    }
                }
                if c == b'\\' && at(p + 1) != 0 {
                    p += 1;
                    cur.push(match at(p) {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'b' => 0x08,
                        b'a' => 0x07,
                        other => other,
                    });
                } else if c == b'"' {
                    let next = at(p + 1);
                    if next != 0 && !c_isspace(next) {
                        return None;
                    }
                    p += 1;
                    break;
                } else if c == 0 {
                    return None; // unterminated quotes
                } else {
                    cur.push(c);
                }
            } else if insq {
                if c == b'\\' && at(p + 1) == b'\'' {
                    p += 1;
                    cur.push(b'\'');
                } else if c == b'\'' {
                    let next = at(p + 1);
                    if next != 0 && !c_isspace(next) {
                        return None;
                    }
                    p += 1;
                    break;
                } else if c == 0 {
                    return None; // unterminated quotes
                } else {
                    cur.push(c);
                }
            } else {
                match c {
                    b' ' | b'\n' | b'\r' | b'\t' => {
                        p += 1;
                        break;
                    }
                    0 => break,
                    b'"' => inq = true,
                    b'\'' => insq = true,
                    _ => cur.push(c),
                }
            }
            p += 1;
        }
        args.push(cur);
    }
}

#[cfg(test)]
mod tests {
    use super::split_args;

    fn ok(line: &[u8]) -> Vec<Vec<u8>> {
        split_args(line).unwrap_or_else(|| panic!("expected Some for {:?}", line))
    }

    fn v(items: &[&[u8]]) -> Vec<Vec<u8>> {
        items.iter().map(|s| s.to_vec()).collect()
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(ok(b""), Vec::<Vec<u8>>::new());
        assert_eq!(ok(b"   "), Vec::<Vec<u8>>::new());
        assert_eq!(ok(b" \t\r\n\x0b\x0c "), Vec::<Vec<u8>>::new());
    }

    #[test]
    fn plain_tokens() {
        assert_eq!(ok(b"set foo bar"), v(&[b"set", b"foo", b"bar"]));
        assert_eq!(ok(b"  set   foo\tbar\r\n"), v(&[b"set", b"foo", b"bar"]));
        assert_eq!(ok(b"a\nb\rc"), v(&[b"a", b"b", b"c"]));
        // \v and \f are skipped as leading blanks but do not end a token.
        assert_eq!(ok(b"\x0ba\x0bb c\x0c"), v(&[b"a\x0bb", b"c\x0c"]));
        // Backslashes are literal outside quotes.
        assert_eq!(ok(b"a\\nb \\"), v(&[b"a\\nb", b"\\"]));
        // Non-ASCII bytes pass through.
        assert_eq!(ok(b"\xff\xfe x"), v(&[b"\xff\xfe", b"x"]));
    }

    #[test]
    fn double_quotes() {
        assert_eq!(ok(b"\"hello world\""), v(&[b"hello world"]));
        assert_eq!(ok(b"\"\""), v(&[b""]));
        assert_eq!(ok(b"a \"\" b"), v(&[b"a", b"", b"b"]));
        assert_eq!(
            ok(b"\"\\n\\r\\t\\b\\a\\\\\\\"\\z\""),
            v(&[b"\n\r\t\x08\x07\\\"z"])
        );
        assert_eq!(ok(b"\"\\x41\\x6a\\x6A\\xff\\x00\""), v(&[b"Ajj\xff\x00"]));
        // Invalid hex escapes: "\x" is just 'x'.
        assert_eq!(ok(b"\"\\xg1\""), v(&[b"xg1"]));
        assert_eq!(ok(b"\"\\x4\""), v(&[b"x4"]));
        assert_eq!(ok(b"\"\\x\""), v(&[b"x"]));
        // Single quote inside double quotes is literal.
        assert_eq!(ok(b"\"it's\""), v(&[b"it's"]));
        // Quote starting mid-token.
        assert_eq!(ok(b"ab\"c d\" e"), v(&[b"abc d", b"e"]));
        // Closing quote followed by any isspace byte, incl. \v.
        assert_eq!(ok(b"\"a\"\x0bb"), v(&[b"a", b"b"]));
        assert_eq!(ok(b"\"a\"\tb\n"), v(&[b"a", b"b"]));
    }

    #[test]
    fn single_quotes() {
        assert_eq!(ok(b"'hello world'"), v(&[b"hello world"]));
        assert_eq!(ok(b"''"), v(&[b""]));
        assert_eq!(ok(b"'it\\'s'"), v(&[b"it's"]));
        assert_eq!(ok(b"'a\\nb'"), v(&[b"a\\nb"]));
        // `\\'` is a literal backslash then an escaped quote: unterminated.
        assert_eq!(split_args(b"'a\\\\'"), None);
        assert_eq!(ok(b"'\\x41'"), v(&[b"\\x41"]));
        assert_eq!(ok(b"'say \"hi\"'"), v(&[b"say \"hi\""]));
        assert_eq!(ok(b"x'y z'"), v(&[b"xy z"]));
    }

    #[test]
    fn errors() {
        assert_eq!(split_args(b"\"abc"), None);
        assert_eq!(split_args(b"'abc"), None);
        assert_eq!(split_args(b"\"abc\"def"), None);
        assert_eq!(split_args(b"'abc'def"), None);
        assert_eq!(split_args(b"\"a\"\"b\""), None);
        assert_eq!(split_args(b"set k \"v"), None);
        // Escaped closing quote leaves the string unterminated.
        assert_eq!(split_args(b"\"abc\\\""), None);
        assert_eq!(split_args(b"'abc\\'"), None);
        // Backslash as the very last byte inside quotes.
        assert_eq!(split_args(b"\"abc\\"), None);
        assert_eq!(split_args(b"\""), None);
        assert_eq!(split_args(b"'"), None);
    }

    #[test]
    fn nul_terminates() {
        assert_eq!(ok(b"a b\0c d"), v(&[b"a", b"b"]));
        assert_eq!(ok(b"\0abc"), Vec::<Vec<u8>>::new());
        assert_eq!(split_args(b"\"ab\0c\""), None);
        // An escaped NUL via \x00 is fine.
        assert_eq!(ok(b"\"\\x00\""), v(&[b"\x00"]));
    }
}
