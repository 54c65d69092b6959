//! The slow log: the most recent commands that ran for at least `slowlog-log-slower-than`
//! microseconds, newest first, at most `slowlog-max-len` of them (SLOWLOG GET/LEN/RESET).

use bytes::Bytes;
use parking_lot::Mutex;
use std::collections::VecDeque;

/// Redis keeps at most this many arguments of a command; the last kept one says how many more
/// there were.
const MAX_ARGC: usize = 32;
/// ... and at most this many bytes of each argument.
const MAX_ARG_LEN: usize = 128;

pub struct SlowlogEntry {
    pub id: u64,
    /// Unix time in seconds when the command finished.
    pub time: i64,
    pub duration_us: u64,
    pub argv: Vec<Bytes>,
    /// `ip:port` of the client.
    pub peer: String,
    pub client_name: Bytes,
}

#[derive(Default)]
pub struct Slowlog {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    /// Newest first.
    entries: VecDeque<SlowlogEntry>,
    next_id: u64,
}

/// What the dispatcher knows about a finished command, for the slow log.
pub struct Sample<'a> {
    pub argv: &'a [Bytes],
    /// Argument indexes to log as `(redacted)` (passwords in CONFIG SET, AUTH, MIGRATE...).
    pub redacted: &'a [usize],
    pub duration_us: u64,
    pub peer: &'a str,
    pub client_name: Option<Bytes>,
}

impl Slowlog {
    /// Logs the command if it was slow enough, then trims to `max_len` (as Redis does, a
    /// lowered `slowlog-max-len` takes effect at the next push). `slower_than` < 0 disables.
    pub fn push_if_needed(&self, sample: Sample, slower_than: i64, max_len: usize, now_secs: i64) {
        if slower_than < 0 {
            return;
        }
        let mut inner = self.inner.lock();
        if sample.duration_us as i64 >= slower_than {
            let id = inner.next_id;
            inner.next_id += 1;
            inner.entries.push_front(SlowlogEntry {
                id,
                time: now_secs,
                duration_us: sample.duration_us,
                argv: logged_argv(sample.argv, sample.redacted),
                peer: sample.peer.to_string(),
                client_name: sample.client_name.unwrap_or_default(),
            });
        }
        inner.entries.truncate(max_len);
    }

    pub fn len(&self) -> usize {
        self.inner.lock().entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keeps only the newest `max_len` entries.
    pub fn truncate(&self, max_len: usize) {
        self.inner.lock().entries.truncate(max_len);
    }

    /// Drops every entry (ids keep counting up, as in Redis).
    pub fn reset(&self) {
        self.inner.lock().entries.clear();
    }

    /// Calls `f` with the newest `count` entries.
    pub fn with_newest<R>(
        &self,
        count: usize,
        f: impl FnOnce(&mut dyn Iterator<Item = &SlowlogEntry>) -> R,
    ) -> R {
        let inner = self.inner.lock();
        f(&mut inner.entries.iter().take(count))
    }
}

/// The arguments as the slow log keeps them: at most 32, each at most 128 bytes, with notes
/// saying what was cut, and redacted secrets.
fn logged_argv(argv: &[Bytes], redacted: &[usize]) -> Vec<Bytes> {
    let kept = argv.len().min(MAX_ARGC);
    let mut out = Vec::with_capacity(kept);
    for (i, arg) in argv.iter().take(kept).enumerate() {
        if kept != argv.len() && i == kept - 1 {
            out.push(Bytes::from(format!(
                "... ({} more arguments)",
                argv.len() - kept + 1
            )));
        } else if redacted.contains(&i) {
            out.push(Bytes::from_static(b"(redacted)"));
        } else if arg.len() > MAX_ARG_LEN {
            let mut cut = arg[..MAX_ARG_LEN].to_vec();
            cut.extend_from_slice(
                format!("... ({} more bytes)", arg.len() - MAX_ARG_LEN).as_bytes(),
            );
            out.push(Bytes::from(cut));
        } else {
            out.push(arg.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(n: usize) -> Vec<Bytes> {
        (0..n).map(|i| Bytes::from(i.to_string())).collect()
    }

    #[test]
    fn trims_long_commands_like_redis() {
        let logged = logged_argv(&args(34), &[]);
        assert_eq!(logged.len(), 32);
        assert_eq!(logged[30], Bytes::from("30"));
        assert_eq!(logged[31], Bytes::from("... (3 more arguments)"));
        let long = vec![Bytes::from("set"), Bytes::from(vec![b'A'; 129])];
        let logged = logged_argv(&long, &[]);
        assert_eq!(logged[1].len(), 128 + "... (1 more bytes)".len());
        assert!(logged[1].ends_with(b"A... (1 more bytes)"));
    }

    #[test]
    fn keeps_newest_first_and_trims() {
        let log = Slowlog::default();
        let argv = args(2);
        for d in [5, 50, 500] {
            let s = Sample {
                argv: &argv,
                redacted: &[1],
                duration_us: d,
                peer: "1.2.3.4:5",
                client_name: None,
            };
            log.push_if_needed(s, 10, 2, 100);
        }
        assert_eq!(log.len(), 2);
        let ids: Vec<u64> = log.with_newest(10, |it| it.map(|e| e.id).collect());
        assert_eq!(ids, vec![1, 0]);
        log.with_newest(1, |it| {
            assert_eq!(it.next().unwrap().argv[1], Bytes::from("(redacted)"))
        });
        log.push_if_needed(
            Sample {
                argv: &argv,
                redacted: &[],
                duration_us: 1,
                peer: "",
                client_name: None,
            },
            -1,
            2,
            0,
        );
        assert_eq!(log.len(), 2);
    }
}
