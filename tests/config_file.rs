//! The respite-server binary as an operator starts it: a config file plus command-line
//! overrides, Redis's log lines, fatal config errors (exit code 1), and clean shutdown by
//! SHUTDOWN or SIGTERM.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_respite-server");

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let dir =
            std::env::temp_dir().join(format!("respite-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until `path` contains `needle`, returning the file's text.
fn wait_for_text(path: &Path, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if text.contains(needle) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "{needle:?} never appeared in {}: {text}",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn wait_exit(child: &mut Child) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the server did not exit");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Sends one inline command and reads one line-terminated reply (simple replies only).
fn command(port: u16, line: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(format!("{line}\r\n").as_bytes()).unwrap();
    let mut reader = BufReader::new(stream);
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    if let Some(len) = first.strip_prefix('$') {
        let len: usize = len.trim().parse().unwrap();
        let mut body = vec![0u8; len + 2];
        reader.read_exact(&mut body).unwrap();
        return String::from_utf8_lossy(&body[..len]).into_owned();
    }
    if let Some(n) = first.strip_prefix('*') {
        let mut items = Vec::new();
        for _ in 0..n.trim().parse::<usize>().unwrap() {
            let mut len = String::new();
            reader.read_line(&mut len).unwrap();
            let len: usize = len[1..].trim().parse().unwrap();
            let mut body = vec![0u8; len + 2];
            reader.read_exact(&mut body).unwrap();
            items.push(String::from_utf8_lossy(&body[..len]).into_owned());
        }
        return items.join(" ");
    }
    first.trim_end().to_string()
}

/// Redis's log line prefix: `pid:R dd Mon yyyy hh:mm:ss.mmm L `.
fn is_redis_log_line(line: &str, pid: u32) -> bool {
    let Some(rest) = line.strip_prefix(&format!("{pid}:")) else {
        return false;
    };
    let parts: Vec<&str> = rest.splitn(7, ' ').collect();
    parts.len() == 7
        && matches!(parts[0], "C" | "M" | "S")
        && parts[1].len() == 2
        && parts[2].len() == 3
        && parts[3].len() == 4
        && parts[4].len() == 12
        && matches!(parts[5], "." | "-" | "*" | "#")
}

#[test]
fn starts_from_a_config_file_with_overrides_and_stops_on_sigterm() {
    let dir = TempDir::new("conf");
    let port = free_port();
    let logfile = dir.path().join("server.log");
    let pidfile = dir.path().join("server.pid");
    let conf = dir.path().join("respite.conf");
    std::fs::write(
        &conf,
        format!(
            "# a comment\nport 1\nbind 127.0.0.1\nsave \"\"\ndir {}\nlogfile {}\npidfile {}\nloglevel verbose\nhz 20\n",
            dir.path().display(),
            logfile.display(),
            pidfile.display()
        ),
    )
    .unwrap();
    let mut child = Command::new(BIN)
        .arg(&conf)
        .args(["--port", &port.to_string(), "--maxclients", "123"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    let log = wait_for_text(&logfile, "Ready to accept connections");
    assert!(log.contains("Configuration loaded"), "{log}");
    for line in log.lines().filter(|l| !l.trim().is_empty()) {
        assert!(
            is_redis_log_line(line, pid),
            "not a Redis log line: {line:?}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(&pidfile).unwrap(),
        format!("{pid}\n")
    );

    // The file's settings, with the command line winning.
    assert_eq!(command(port, "CONFIG GET port"), format!("port {port}"));
    assert_eq!(command(port, "CONFIG GET maxclients"), "maxclients 123");
    assert_eq!(command(port, "CONFIG GET hz"), "hz 20");
    let info = command(port, "INFO server");
    assert!(
        info.contains(&format!("config_file:{}\r\n", conf.display())),
        "{info}"
    );
    assert!(info.contains(&format!("process_id:{pid}\r\n")));

    // loglevel verbose shows client-level events (the protocol error below).
    let _ = command(port, "*1\r\n$x");
    wait_for_text(
        &logfile,
        " - Protocol error (invalid bulk length) from client: id=",
    );

    let status = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let status = wait_exit(&mut child);
    assert_eq!(status.code(), Some(0));
    let log = std::fs::read_to_string(&logfile).unwrap();
    assert!(
        log.contains(" # Received SIGTERM scheduling shutdown...\n"),
        "{log}"
    );
    assert!(log.contains(" # User requested shutdown...\n"));
    assert!(log.contains(" * Removing the pid file.\n"));
    assert!(log.contains(" # Redis is now ready to exit, bye bye...\n"));
    assert!(!pidfile.exists());
}

#[test]
fn shutdown_command_stops_the_process() {
    let port = free_port();
    let mut child = Command::new(BIN)
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--always-show-logo",
            "yes",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server never listened");
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(b"SHUTDOWN NOSAVE\r\n").unwrap();
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    assert!(
        reply.is_empty(),
        "SHUTDOWN does not reply: {:?}",
        String::from_utf8_lossy(&reply)
    );
    assert_eq!(wait_exit(&mut child).code(), Some(0));
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    // The banner carries the PID (the Redis test harness looks for it), then the usual lines.
    assert!(out.contains(&format!(" PID: {pid}\n")), "{out}");
    assert!(out.contains(&format!(" Port: {port}\n")));
    assert!(out.contains("Ready to accept connections"));
    assert!(out.contains("Redis is now ready to exit, bye bye..."));
}

#[test]
fn bad_directive_exits_with_code_1_naming_the_line() {
    let dir = TempDir::new("bad");
    let conf = dir.path().join("bad.conf");
    std::fs::write(&conf, "port 1234\nfoo bar\n").unwrap();
    let out = Command::new(BIN).arg(&conf).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr,
        "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 2\n>>> 'foo bar'\n\
         Bad directive or wrong number of arguments\n"
    );
    // A bad value given on the command line is reported the same way.
    let out = Command::new(BIN)
        .args(["--port", "notanumber"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***"));
}

#[test]
fn daemonize_is_refused_with_a_clear_message() {
    let out = Command::new(BIN)
        .args(["--daemonize", "yes", "--port", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("does not support 'daemonize yes'"),
        "{stderr}"
    );
}

#[test]
fn cluster_mode_is_refused_with_a_clear_message() {
    let out = Command::new(BIN)
        .args([
            "--cluster-enabled",
            "yes",
            "--port",
            "0",
            "--bind",
            "127.0.0.1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("does not support Redis Cluster yet"),
        "{stderr}"
    );
}

#[test]
fn port_in_use_fails_like_redis() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let out = Command::new(BIN)
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "# Warning: Could not create server TCP listening socket 127.0.0.1:{port}: bind: Address already in use\n"
        )),
        "{stdout}"
    );
    assert!(stdout.contains(&format!(
        "# Failed listening on port {port} (TCP), aborting.\n"
    )));
}

#[test]
fn version_and_help() {
    let out = Command::new(BIN).arg("--version").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout)
        .starts_with("Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 "));
    let out = Command::new(BIN).arg("-h").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout)
        .starts_with("Usage: respite-server [/path/to/redis.conf] [options] [-]"));
}
