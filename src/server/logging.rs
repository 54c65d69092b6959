//! The server log in redis-server's format:
//! `12345:M 25 Nov 2026 13:12:20.723 * Ready to accept connections`
//! (pid, role — `C` while starting, `M` master, `S` replica —, time in ms, a level mark —
//! `.` debug, `-` verbose, `*` notice, `#` warning — and the message), written to stdout or
//! appended to `logfile`, filtered by `loglevel` (changeable with CONFIG SET).
//!
//! Code logs with `tracing`'s macros: `warn!`/`error!` are Redis's warnings, `info!` notices,
//! `debug!` verbose and `trace!` debug messages.

use std::fmt;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering::Relaxed};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::fmt::format::{FormatEvent, FormatFields, Writer};
use tracing_subscriber::fmt::{FmtContext, MakeWriter};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::Layer;

/// Redis's verbosity levels, lowest first.
const DEBUG: u8 = 0;
const VERBOSE: u8 = 1;
const NOTICE: u8 = 2;
const WARNING: u8 = 3;

static VERBOSITY: AtomicU8 = AtomicU8::new(NOTICE);
static ROLE: AtomicU8 = AtomicU8::new(b'C');

fn level_of(level: &Level) -> u8 {
    match *level {
        Level::ERROR | Level::WARN => WARNING,
        Level::INFO => NOTICE,
        Level::DEBUG => VERBOSE,
        Level::TRACE => DEBUG,
    }
}

/// Applies `loglevel` (`debug`, `verbose`, `notice`, `warning`).
pub fn set_level(name: &str) {
    let level = match name {
        "debug" => DEBUG,
        "verbose" => VERBOSE,
        "warning" => WARNING,
        _ => NOTICE,
    };
    VERBOSITY.store(level, Relaxed);
}

/// The role letter of the following lines: `M` once the server is initialized, `S` for a
/// replica.
pub fn set_role(role: u8) {
    ROLE.store(role, Relaxed);
}

/// `25 Nov 2026 13:12:20.723` for a unix time in ms (UTC).
pub fn format_time(unix_ms: i64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = unix_ms.div_euclid(1000);
    let ms = unix_ms.rem_euclid(1000);
    let days = secs.div_euclid(86400);
    let sod = secs.rem_euclid(86400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{:02} {} {} {:02}:{:02}:{:02}.{:03}",
        day,
        MONTHS[(month - 1) as usize],
        year,
        sod / 3600,
        sod % 3600 / 60,
        sod % 60,
        ms
    )
}

/// The prefix of every log line: `pid:R date time.ms L `.
pub fn line_prefix(unix_ms: i64, level: &Level) -> String {
    let mark = match level_of(level) {
        DEBUG => '.',
        VERBOSE => '-',
        NOTICE => '*',
        _ => '#',
    };
    format!(
        "{}:{} {} {} ",
        std::process::id(),
        ROLE.load(Relaxed) as char,
        format_time(unix_ms),
        mark
    )
}

struct RedisFormat;

impl<S, N> FormatEvent<S, N> for RedisFormat
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        writer.write_str(&line_prefix(
            super::clock::now_ms(),
            event.metadata().level(),
        ))?;
        ctx.field_format().format_fields(writer.by_ref(), event)?;
        writeln!(writer)
    }
}

/// Where lines go: stdout, or the log file opened for each line in append mode (as Redis
/// does, so the file can be rotated under a running server).
struct LogWriter {
    file: Option<PathBuf>,
}

enum LineWriter {
    Stdout(std::io::Stdout),
    File(Option<std::fs::File>),
}

impl Write for LineWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            LineWriter::Stdout(out) => out.write(buf),
            LineWriter::File(Some(f)) => f.write(buf),
            LineWriter::File(None) => Ok(buf.len()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            LineWriter::Stdout(out) => out.flush(),
            LineWriter::File(Some(f)) => f.flush(),
            LineWriter::File(None) => Ok(()),
        }
    }
}

impl<'a> MakeWriter<'a> for LogWriter {
    type Writer = LineWriter;

    fn make_writer(&'a self) -> LineWriter {
        match &self.file {
            None => LineWriter::Stdout(std::io::stdout()),
            Some(path) => LineWriter::File(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .ok(),
            ),
        }
    }
}

/// Installs the process-wide logger: `logfile` ("" = stdout) and `loglevel`.
pub fn init(logfile: &str, loglevel: &str) {
    set_level(loglevel);
    let file = (!logfile.is_empty()).then(|| PathBuf::from(logfile));
    let layer = tracing_subscriber::fmt::layer()
        .event_format(RedisFormat)
        .with_writer(LogWriter { file })
        .with_filter(tracing_subscriber::filter::filter_fn(|meta| {
            level_of(meta.level()) >= VERBOSITY.load(Relaxed)
        }));
    let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry().with(layer));
}

/// Writes text as is, without the line prefix (Redis's raw log mode, used for the banner).
pub fn raw(logfile: &str, text: &str) {
    if logfile.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    } else if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(logfile)
    {
        let _ = f.write_all(text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redis_time_format() {
        assert_eq!(format_time(0), "01 Jan 1970 00:00:00.000");
        // 2026-11-25 13:12:20.723 UTC
        assert_eq!(format_time(1_795_612_340_723), "25 Nov 2026 13:12:20.723");
        assert_eq!(format_time(951_782_400_000), "29 Feb 2000 00:00:00.000");
    }

    #[test]
    fn prefix_marks() {
        let p = line_prefix(0, &Level::WARN);
        assert!(p.starts_with(&format!("{}:", std::process::id())));
        assert!(p.ends_with(" 01 Jan 1970 00:00:00.000 # "));
        assert!(line_prefix(0, &Level::INFO).ends_with(" * "));
        assert!(line_prefix(0, &Level::DEBUG).ends_with(" - "));
        assert!(line_prefix(0, &Level::TRACE).ends_with(" . "));
    }
}
