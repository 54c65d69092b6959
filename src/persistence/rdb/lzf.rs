//! LZF, the compression of long strings in DUMP payloads and RDB files.
//!
//! The compressed format is a sequence of runs, each introduced by a control byte:
//! * `000LLLLL` then L+1 literal bytes (1..=32);
//! * `LLLooooo oooooooo`: copy L+2 bytes (L = 1..=6) from `o`+1 bytes back (13-bit offset);
//! * `111ooooo LLLLLLLL oooooooo`: copy L+9 bytes from `o`+1 back.
//!
//! Decompression is defined by the format alone. Compression is not: to give byte-identical
//! payloads, [`compress`] makes the choices Redis's bundled liblzf makes in its default build
//! (a 2^16-slot table of last positions indexed by a hash of the next three bytes, greedy
//! matches of up to 264 bytes within 8 KB, the two positions before the end of each match
//! re-hashed, position 0 never referenced).

const HASH_BITS: u32 = 16;
const MAX_LITERAL: usize = 32;
const MAX_OFFSET: usize = 1 << 13;
const MAX_MATCH: usize = (1 << 8) + (1 << 3);

/// The table slot for the three bytes ending the window `h` (liblzf's "very fast" hash). The
/// window keeps the last four bytes read, as a wrapping 32-bit accumulator does.
fn slot(h: u32) -> usize {
    ((h >> (24 - HASH_BITS)).wrapping_sub(h.wrapping_mul(5)) & ((1 << HASH_BITS) - 1)) as usize
}

/// Compresses `input` into at most `max_out` bytes; None when it does not fit (or either is
/// empty), as Redis then stores the string uncompressed.
pub fn compress(input: &[u8], max_out: usize) -> Option<Vec<u8>> {
    if input.is_empty() || max_out == 0 {
        return None;
    }
    let n = input.len();
    // Slot -> last position + 1 (0 = empty).
    let mut table = vec![0u32; 1 << HASH_BITS];
    let mut out: Vec<u8> = Vec::with_capacity(max_out + 1);
    // `out[run]` is the control byte of the literal run being collected.
    let mut lit = 0usize;
    out.push(0);
    let mut ip = 0usize;
    let at = |i: usize| input[i] as u32;
    if n >= 3 {
        let mut h = (at(0) << 8) | at(1);
        while ip < n - 2 {
            h = (h << 8) | at(ip + 2);
            let s = slot(h);
            let candidate = table[s] as usize;
            table[s] = ip as u32 + 1;
            let found = candidate > 1 && {
                let r = candidate - 1;
                ip - r - 1 < MAX_OFFSET && input[r..r + 3] == input[ip..ip + 3]
            };
            if !found {
                if out.len() >= max_out {
                    return None;
                }
                lit += 1;
                out.push(input[ip]);
                ip += 1;
                if lit == MAX_LITERAL {
                    let run = out.len() - lit - 1;
                    out[run] = (lit - 1) as u8;
                    lit = 0;
                    out.push(0);
                }
                continue;
            }
            let r = candidate - 1;
            let off = ip - r - 1;
            let maxlen = (n - ip - 2).min(MAX_MATCH);
            // The room check liblzf makes before emitting a back reference.
            if out.len() + 4 >= max_out && out.len() - usize::from(lit == 0) + 4 >= max_out {
                return None;
            }
            // Close the literal run, or drop its unused control byte.
            if lit == 0 {
                out.pop();
            } else {
                let run = out.len() - lit - 1;
                out[run] = (lit - 1) as u8;
            }
            let len = match_length(input, r, ip, maxlen) - 2;
            if len < 7 {
                out.push(((off >> 8) + (len << 5)) as u8);
            } else {
                out.push(((off >> 8) + (7 << 5)) as u8);
                out.push((len - 7) as u8);
            }
            out.push(off as u8);
            lit = 0;
            out.push(0);
            ip += len + 2;
            if ip >= n - 2 {
                break;
            }
            // Hash the two positions just before the new one.
            ip -= 2;
            h = (at(ip) << 8) | at(ip + 1);
            for _ in 0..2 {
                h = (h << 8) | at(ip + 2);
                table[slot(h)] = ip as u32 + 1;
                ip += 1;
            }
        }
    }
    if out.len() + 3 > max_out {
        return None;
    }
    while ip < n {
        lit += 1;
        out.push(input[ip]);
        ip += 1;
        if lit == MAX_LITERAL {
            let run = out.len() - lit - 1;
            out[run] = (lit - 1) as u8;
            lit = 0;
            out.push(0);
        }
    }
    if lit == 0 {
        out.pop();
    } else {
        let run = out.len() - lit - 1;
        out[run] = (lit - 1) as u8;
    }
    Some(out)
}

/// Length of the match between positions `r` and `ip` (their first three bytes are known to
/// be equal), scanning the way liblzf does: sixteen bytes unconditionally when more than
/// sixteen may match, then byte by byte up to `maxlen`.
fn match_length(input: &[u8], r: usize, ip: usize, maxlen: usize) -> usize {
    let mut len = 2;
    if maxlen > 16 {
        for _ in 0..16 {
            len += 1;
            if input[r + len] != input[ip + len] {
                return len;
            }
        }
    }
    loop {
        len += 1;
        if len >= maxlen || input[r + len] != input[ip + len] {
            return len;
        }
    }
}

/// Decompresses `input`, which must expand to exactly `expected_len` bytes.
pub fn decompress(input: &[u8], expected_len: usize) -> Option<Vec<u8>> {
    // No input expands more than 88-fold (264 bytes from a 3-byte back reference): a corrupt
    // length cannot make this allocate much more than the data could fill.
    let mut out: Vec<u8> = Vec::with_capacity(expected_len.min(input.len().saturating_mul(88)));
    let mut ip = 0;
    while ip < input.len() {
        let ctrl = input[ip] as usize;
        ip += 1;
        if ctrl < 32 {
            let count = ctrl + 1;
            if out.len() + count > expected_len || ip + count > input.len() {
                return None;
            }
            out.extend_from_slice(&input[ip..ip + count]);
            ip += count;
        } else {
            let mut len = ctrl >> 5;
            if len == 7 {
                len += *input.get(ip)? as usize;
                ip += 1;
            }
            let low = *input.get(ip)? as usize;
            ip += 1;
            let back = ((ctrl & 0x1f) << 8) + low + 1;
            let len = len + 2;
            if out.len() + len > expected_len || back > out.len() {
                return None;
            }
            // Byte by byte: the source may overlap what is being written.
            let start = out.len() - back;
            for k in 0..len {
                let b = out[start + k];
                out.push(b);
            }
        }
    }
    (out.len() == expected_len).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let samples: Vec<Vec<u8>> = vec![
            b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".to_vec(),
            b"hello world hello world hello world hello world!".to_vec(),
            (0..5000u32).map(|i| (i % 7) as u8 + b'a').collect(),
            (0..5000u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect(),
            (0..100_000u32).map(|i| ((i / 3) % 50) as u8).collect(),
        ];
        for s in samples {
            if let Some(c) = compress(&s, s.len() + 64) {
                assert_eq!(decompress(&c, s.len()).as_deref(), Some(&s[..]));
                assert!(decompress(&c, s.len() + 1).is_none());
            }
        }
        assert!(compress(b"abcdefghijklmnopqrstuvwxyz", 22).is_none());
    }

    #[test]
    fn corrupt_input_is_refused() {
        assert!(
            decompress(&[0x05, b'a'], 6).is_none(),
            "literal run past the input"
        );
        assert!(
            decompress(&[0x20, 0x00], 3).is_none(),
            "back reference before the start"
        );
        assert!(
            decompress(&[0x00, b'a', 0xe0], 20).is_none(),
            "truncated long reference"
        );
    }
}
