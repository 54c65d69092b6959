//! Glob-style pattern matching with the exact semantics of Redis 7.0's
//! `stringmatchlen()` (used by KEYS, SCAN MATCH, PSUBSCRIBE, CONFIG GET, ...).
//!
//! Supported syntax:
//! * `*` matches any sequence of bytes (but, as in Redis, a `*` is only tried
//!   against non-empty remainders of the subject: `glob_match(b"**", b"")` is
//!   false; callers such as KEYS special-case the single `*` pattern).
//! * `?` matches exactly one byte.
//! * `[abc]`, `[^abc]`, `[a-z]` (reversed ranges like `[z-a]` work too),
//!   `\x` inside a class matches `x` literally (always case-sensitively).
//!   An unterminated class runs to the end of the pattern.
//! * `\x` matches `x` literally; a trailing backslash matches a backslash.
//!
//! Byte comparisons follow C with a signed `char` (x86-64): inside a range,
//! bytes >= 0x80 compare as negative numbers. Case folding only affects ASCII.
//!
//! Backtracking: Redis guards against exponential blow-up by aborting the
//! whole match as soon as the innermost `*` has tried every position without
//! success (a match starting later cannot help an earlier `*`). That makes
//! the recursive algorithm equivalent to the classic iterative one that only
//! remembers the most recent `*`, which is what is implemented here (no
//! recursion, so arbitrary patterns cannot overflow the stack). Worst case
//! running time is O(pattern_len * string_len).

/// Byte at `i`, or NUL past the end (Redis patterns are NUL-terminated sds
/// strings, and `stringmatchlen` occasionally peeks one byte past the end).
#[inline]
fn at(p: &[u8], i: usize) -> u8 {
    if i < p.len() {
        p[i]
    } else {
        0
    }
}

#[inline]
fn fold(c: u8, nocase: bool) -> u8 {
    if nocase {
        c.to_ascii_lowercase()
    } else {
        c
    }
}

/// Result of matching one bracket class at `pattern[pi]` (which is `[`)
/// against the byte `c`. Returns (matched, index of the last pattern byte
/// consumed by the class: its `]`, or the last byte of the pattern).
fn match_class(pattern: &[u8], mut pi: usize, c: u8, nocase: bool) -> (bool, usize) {
    let plen = pattern.len();
    // Skip '['.
    pi += 1;
    let negate = at(pattern, pi) == b'^';
    if negate {
        pi += 1;
    }
    let mut matched = false;
    loop {
        let rem = plen.saturating_sub(pi);
        let b = at(pattern, pi);
        if b == b'\\' && rem >= 2 {
            pi += 1;
            if pattern[pi] == c {
                matched = true;
            }
        } else if b == b']' && rem > 0 {
            break;
        } else if rem == 0 {
            // Unterminated class: the class ends with the pattern. Point at
            // the last consumed byte so the caller's "advance by one" lands
            // exactly on the end.
            pi -= 1;
            break;
        } else if rem >= 3 && pattern[pi + 1] == b'-' {
            // Signed char semantics, as in C on x86-64.
            let mut start = pattern[pi] as i8 as i32;
            let mut end = pattern[pi + 2] as i8 as i32;
            let mut ch = c as i8 as i32;
            if start > end {
                std::mem::swap(&mut start, &mut end);
            }
            if nocase {
                start = lower_i32(start);
                end = lower_i32(end);
                ch = lower_i32(ch);
            }
            pi += 2;
            if ch >= start && ch <= end {
                matched = true;
            }
        } else if fold(pattern[pi], nocase) == fold(c, nocase) {
            matched = true;
        }
        pi += 1;
    }
    (matched != negate, pi)
}

#[inline]
fn lower_i32(c: i32) -> i32 {
    if (b'A' as i32..=b'Z' as i32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// Match `string` against the glob `pattern`, exactly like Redis 7.0's
/// `stringmatchlen(pattern, plen, string, slen, nocase)`.
pub fn glob_match(pattern: &[u8], string: &[u8], nocase: bool) -> bool {
    let plen = pattern.len();
    let slen = string.len();
    let mut p = 0usize;
    let mut s = 0usize;
    // Most recent '*': (pattern index just after it, string index where the
    // current attempt for the rest of the pattern started).
    let mut star: Option<(usize, usize)> = None;

    'outer: loop {
        // One "segment" attempt: equivalent to one recursive call of the C
        // implementation. `false` means this attempt failed (backtrack).
        let ok = 'attempt: {
            while p < plen && s < slen {
                match pattern[p] {
                    b'*' => {
                        while p + 1 < plen && pattern[p + 1] == b'*' {
                            p += 1;
                        }
                        if p + 1 == plen {
                            return true;
                        }
                        // Every earlier '*' can no longer matter (see module
                        // docs): only remember this one.
                        star = Some((p + 1, s));
                        p += 1;
                        continue 'outer;
                    }
                    b'?' => {
                        s += 1;
                    }
                    b'[' => {
                        let (m, end) = match_class(pattern, p, string[s], nocase);
                        if !m {
                            break 'attempt false;
                        }
                        p = end;
                        s += 1;
                    }
                    b => {
                        let lit = if b == b'\\' && plen - p >= 2 {
                            p += 1;
                            pattern[p]
                        } else {
                            b
                        };
                        if fold(lit, nocase) != fold(string[s], nocase) {
                            break 'attempt false;
                        }
                        s += 1;
                    }
                }
                p += 1;
                if s == slen {
                    while p < plen && pattern[p] == b'*' {
                        p += 1;
                    }
                    break;
                }
            }
            p == plen && s == slen
        };
        if ok {
            return true;
        }
        // Backtrack to the most recent '*', letting it swallow one more byte.
        match star {
            Some((sp, start)) => {
                let next = start + 1;
                if next >= slen {
                    // The innermost '*' exhausted the subject: Redis gives up
                    // on the whole match (skipLongerMatches).
                    return false;
                }
                star = Some((sp, next));
                p = sp;
                s = next;
            }
            None => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    fn m(p: &str, s: &str) -> bool {
        glob_match(p.as_bytes(), s.as_bytes(), false)
    }
    fn mi(p: &str, s: &str) -> bool {
        glob_match(p.as_bytes(), s.as_bytes(), true)
    }

    /// (pattern, subject, result) triples checked against redis-server
    /// 7.0.15 with `SET subject` + `KEYS pattern`.
    const KEYS_CASES: &[(&[u8], &[u8], bool)] = &[
        (b"h?llo", b"hello", true),
        (b"h?llo", b"hallo", true),
        (b"h?llo", b"hllo", false),
        (b"h?llo", b"heello", false),
        (b"h*llo", b"hllo", true),
        (b"h*llo", b"heeeello", true),
        (b"h*llo", b"hello", true),
        (b"h*llo", b"hellox", false),
        (b"h[ae]llo", b"hello", true),
        (b"h[ae]llo", b"hallo", true),
        (b"h[ae]llo", b"hillo", false),
        (b"h[^e]llo", b"hallo", true),
        (b"h[^e]llo", b"hbllo", true),
        (b"h[^e]llo", b"hello", false),
        (b"h[a-b]llo", b"hallo", true),
        (b"h[a-b]llo", b"hbllo", true),
        (b"h[a-b]llo", b"hcllo", false),
        (b"h[b-a]llo", b"hallo", true),
        (b"h[b-a]llo", b"hbllo", true),
        (b"h[b-a]llo", b"hcllo", false),
        (b"**", b"", false),
        (b"**", b"a", true),
        (b"a*", b"a", true),
        (b"a*", b"ab", true),
        (b"a*", b"b", false),
        (b"*a", b"a", true),
        (b"*a", b"ba", true),
        (b"*a", b"ab", false),
        (b"a**b", b"ab", true),
        (b"a**b", b"axxb", true),
        (b"a**b", b"axxbc", false),
        (b"?", b"", false),
        (b"?", b"a", true),
        (b"?", b"ab", false),
        (b"", b"", true),
        (b"", b"a", false),
        (b"a\\*b", b"a*b", true),
        (b"a\\*b", b"axb", false),
        (b"a\\*b", b"a\\*b", false),
        (b"a\\", b"a\\", true),
        (b"a\\", b"a", false),
        (b"\\", b"\\", true),
        (b"\\", b"", false),
        (b"a\\?", b"a?", true),
        (b"a\\?", b"ab", false),
        (b"[", b"[", false),
        (b"[", b"a", false),
        (b"[", b"", false),
        (b"a[", b"a", false),
        (b"a[", b"a[", false),
        (b"a[", b"ab", false),
        (b"[^", b"a", true),
        (b"[^", b"^", true),
        (b"[^", b"", false),
        (b"[^", b"ab", false),
        (b"[^]", b"a", true),
        (b"[^]", b"]", true),
        (b"[^]", b"^", true),
        (b"[]", b"]", false),
        (b"[]", b"[", false),
        (b"[]", b"a", false),
        (b"[]]", b"]", false),
        (b"[]]", b"]]", false),
        (b"[a-]", b"a", true),
        (b"[a-]", b"-", false),
        (b"[a-]", b"]", true),
        (b"[a-]", b"^", true),
        (b"[a-]", b"b", false),
        (b"[a-]x", b"ax", false),
        (b"[a-]x", b"a", true),
        (b"[a-]x", b"]", true),
        (b"[a-]x", b"^x", false),
        (b"[-a]", b"-", true),
        (b"[-a]", b"a", true),
        (b"[-a]", b"b", false),
        (b"[\\]]", b"]", true),
        (b"[\\]]", b"\\", false),
        (b"[\\\\]", b"\\", true),
        (b"[\\\\]", b"]", false),
        (b"[a\\", b"a", true),
        (b"[a\\", b"\\", true),
        (b"[a\\", b"b", false),
        (b"[abc", b"a", true),
        (b"[abc", b"c", true),
        (b"[abc", b"d", false),
        (b"[a-c", b"b", true),
        (b"[a-c", b"d", false),
        (b"x[*]", b"x*", true),
        (b"x[*]", b"xa", false),
        (b"[?]", b"?", true),
        (b"[?]", b"a", false),
        (b"*[", b"a", false),
        (b"*[", b"[", false),
        (b"*[", b"a[", false),
        (b"a*b*c", b"abc", true),
        (b"a*b*c", b"aXbXc", true),
        (b"a*b*c", b"acb", false),
        (b"a*b*c", b"abcc", true),
        (b"a*b*c", b"abcd", false),
        (b"*?*?", b"a", false),
        (b"*?*?", b"ab", true),
        (b"*?*?", b"abc", true),
        (b"[A-z]", b"_", true),
        (b"[A-z]", b"a", true),
        (b"[A-z]", b"Z", true),
        (b"[A-z]", b"@", false),
        (b"[\x80-\xff]", b"\x80", true),
        (b"[\x80-\xff]", b"\xff", true),
        (b"[\x80-\xff]", b"a", false),
        (b"[a-\xff]", b"\xff", true),
        (b"[a-\xff]", b"\x00", true),
        (b"[a-\xff]", b"a", true),
        (b"[a-\xff]", b"b", false),
        (b"[a-\xff]", b"\x80", false),
        (b"[^a-\xff]", b"b", true),
        (b"[^a-\xff]", b"\xfe", true),
        (b"[^a-\xff]", b"a", false),
        (b"[^a-\xff]", b"\xff", false),
    ];

    #[test]
    fn matches_redis_keys() {
        for &(p, s, want) in KEYS_CASES {
            assert_eq!(
                glob_match(p, s, false),
                want,
                "pattern {:?} subject {:?}",
                p,
                s
            );
        }
    }

    #[test]
    fn basic() {
        assert!(m("", ""));
        assert!(m("abc", "abc"));
        assert!(!m("abc", "abcd"));
        assert!(!m("abcd", "abc"));
        assert!(m("a*", "abc"));
        assert!(m("*c", "abc"));
        assert!(m("*b*", "abc"));
        assert!(m("a?c", "abc"));
        assert!(!m("a?c", "ac"));
        assert!(m("user:*:name", "user:1000:name"));
        assert!(!m("user:*:name", "user:1000:email"));
        assert!(m("*", "anything"));
        // A lone '*' only matches non-empty subjects in stringmatchlen
        // itself (KEYS/SCAN special-case the "*" pattern).
        assert!(!m("*", ""));
        assert!(!m("***", ""));
        assert!(m("a***", "a"));
        assert!(m("a*b*", "ab"));
    }

    #[test]
    fn classes_and_escapes() {
        assert!(m("[abc]", "b"));
        assert!(!m("[abc]", "d"));
        assert!(m("[^abc]", "d"));
        assert!(!m("[^abc]", "a"));
        assert!(m("[0-9][0-9]", "42"));
        assert!(m("[9-0]", "5"));
        assert!(m("[a\\-z]", "-")); // escaped '-' is literal
        assert!(!m("[a\\-z]", "m"));
        assert!(m("\\[a]", "[a]"));
        assert!(m("[\\*]", "*"));
        assert!(m("*\\", "x\\"));
        assert!(m("\\a", "a"));
    }

    #[test]
    fn nocase() {
        // Checked with COMMAND LIST FILTERBY PATTERN (nocase matching).
        assert!(mi("GET", "get"));
        assert!(mi("G?T", "get"));
        assert!(!mi("[Z-a]et", "get"));
        assert!(!mi("[a-Z]et", "get"));
        assert!(mi("g[A-E]t", "get"));
        // Escapes inside a class compare case-sensitively.
        assert!(!mi("[\\G]et", "get"));
        assert!(mi("[\\g]et", "get"));
        assert!(!mi("[^G]et", "get"));
        assert!(mi("[^G]et", "set"));
        assert!(mi("CONFIG|G*", "config|get"));
        assert!(mi("Config|[f-h]ET", "config|get"));
        assert!(mi("SET[E-Z]*", "setex"));
        assert!(!mi("SET[E-Z]*", "setbit"));
        // Escapes outside classes fold case.
        assert!(mi("\\A", "a"));
        // Only ASCII folds.
        assert!(!glob_match(b"\xc0", b"\xe0", true));
        assert!(!m("GET", "get"));
    }

    #[test]
    fn no_exponential_backtracking() {
        let subject = vec![b'a'; 100_000];
        let pattern = b"*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b";
        let t = std::time::Instant::now();
        assert!(!glob_match(pattern, &subject, false));
        assert!(t.elapsed() < std::time::Duration::from_secs(5));
        let mut ok = subject.clone();
        ok.push(b'b');
        assert!(glob_match(pattern, &ok, false));
        // Huge patterns cannot overflow the stack (no recursion).
        let mut p = Vec::new();
        for _ in 0..200_000 {
            p.extend_from_slice(b"*a");
        }
        assert!(glob_match(&p, &vec![b'a'; 200_000], false));
        assert!(!glob_match(&p, &vec![b'a'; 199_999], false));
    }

    #[test]
    fn classic_backtracking_shapes() {
        assert!(m("*ab*ab*", "xxabyyabzz"));
        assert!(!m("*ab*ab*", "xxabyyazz"));
        assert!(m("*aab", "aaaab"));
        assert!(m("a*a*a", "aaa"));
        assert!(!m("a*a*a", "aa"));
        assert!(m("*?a", "ba"));
        assert!(!m("*?a", "a"));
        assert!(m("*[ab]c", "xxbc"));
        assert!(m("?*?", "ab"));
        assert!(!m("?*?", "a"));
    }
}
