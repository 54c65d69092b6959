//! Redis's `sdscatrepr`: how MONITOR, CONFIG REWRITE and log lines quote arbitrary bytes.

/// Appends `s` double-quoted, with `\\ \" \n \r \t \a \b` escaped and every other byte
/// outside printable ASCII written as `\xhh`.
pub fn cat_repr(out: &mut Vec<u8>, s: &[u8]) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    for &c in s {
        match c {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'"' => out.extend_from_slice(b"\\\""),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x07 => out.extend_from_slice(b"\\a"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x20..=0x7e => out.push(c),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'x',
                    HEX[(c >> 4) as usize],
                    HEX[(c & 15) as usize],
                ]);
            }
        }
    }
    out.push(b'"');
}

/// `cat_repr` into a new buffer.
pub fn repr(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    cat_repr(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::repr;

    #[test]
    fn escapes_like_sdscatrepr() {
        assert_eq!(repr(b"set"), b"\"set\"");
        assert_eq!(repr(b"a\"b\\c"), b"\"a\\\"b\\\\c\"");
        assert_eq!(repr(b"\r\n\t\x07\x08"), b"\"\\r\\n\\t\\a\\b\"");
        assert_eq!(repr(b"\x00\xff~ "), b"\"\\x00\\xff~ \"");
    }
}
