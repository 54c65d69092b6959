//! `respite-server [config-file] [--directive value ...]`, started as redis-server is: the same
//! command line, the same log lines, SIGTERM/SIGINT shut it down cleanly.

use respite::commands::server::{shutdown_server, ShutdownFlags};
use respite::config::Config;
use respite::server::{self, logging, Server};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

fn print_usage() {
    println!("Usage: respite-server [/path/to/redis.conf] [options] [-]");
    println!("       respite-server - (read config from stdin)");
    println!("       respite-server -v or --version");
    println!("       respite-server -h or --help");
    println!();
    println!("Examples:");
    println!("       respite-server (run the server with default config)");
    println!("       respite-server /etc/redis/6379.conf");
    println!("       respite-server --port 7777");
    println!("       respite-server /etc/myredis.conf --loglevel verbose");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "-v" || a == "--version") {
        println!(
            "Redis server v={} sha=00000000:0 malloc=jemalloc-5.3.0 bits={} build=respite-{} respite={}",
            server::REDIS_VERSION,
            usize::BITS,
            server::RESPITE_VERSION,
            server::RESPITE_VERSION
        );
        return;
    }
    // Hidden: the README's command table (scripts/gen-command-list.sh).
    if args.first().is_some_and(|a| a == "--list-commands") {
        print!("{}", respite::commands::docs::command_list_markdown());
        return;
    }
    if args.first().is_some_and(|a| a == "-h" || a == "--help") {
        print_usage();
        return;
    }
    let config = match Config::from_args(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    if config.cluster_enabled {
        eprintln!(
            "Respite does not support Redis Cluster yet: 'cluster-enabled yes' cannot be used. \
             Set 'cluster-enabled no' (the default) to run a standalone server."
        );
        std::process::exit(1);
    }
    if config.daemonize {
        eprintln!(
            "Respite does not support 'daemonize yes': it always runs in the foreground. \
             Run it under a supervisor (systemd, a container runtime, ...) or in the background \
             with '&', and set 'daemonize no'."
        );
        std::process::exit(1);
    }
    logging::init(&config.logfile, &config.loglevel);
    let pid = std::process::id();
    tracing::warn!("oO0OoO0OoO0Oo Respite is starting oO0OoO0OoO0Oo");
    tracing::warn!(
        "Respite version={}, Redis version={}, bits={}, commit=00000000, modified=0, pid={}, just started",
        server::RESPITE_VERSION,
        server::REDIS_VERSION,
        usize::BITS,
        pid
    );
    match config.config_file() {
        Some(_) => tracing::warn!("Configuration loaded"),
        None => tracing::warn!(
            "Warning: no config file specified, using the default config. In order to specify a config file use {} /path/to/redis.conf",
            std::env::args().next().unwrap_or_else(|| "respite-server".into())
        ),
    }
    if let Err(e) = std::env::set_current_dir(&config.dir) {
        tracing::warn!("Can't chdir to '{}': {}", config.dir, os_error_text(&e));
        std::process::exit(1);
    }
    logging::set_role(b'M');
    let (logfile, port, show_logo) = (config.logfile.clone(), config.port, config.always_show_logo);
    let pidfile = config.pidfile.clone();
    let mode = if config.cluster_enabled {
        "cluster"
    } else {
        "standalone"
    };
    let bind = config.bind.first().cloned().unwrap_or_else(|| "*".into());
    let handle = match server::spawn(config) {
        Ok(h) => h,
        Err(e) => {
            tracing::warn!(
                "Warning: Could not create server TCP listening socket {}:{}: bind: {}",
                bind,
                port,
                os_error_text(&e)
            );
            tracing::warn!("Failed listening on port {port} (TCP), aborting.");
            std::process::exit(1);
        }
    };
    let port = handle.port();
    if show_logo || (logfile.is_empty() && is_tty_stdout()) {
        logging::raw(&logfile, &banner(mode, port, pid));
    } else {
        tracing::info!("Running mode={mode}, port={port}.");
    }
    if !pidfile.is_empty() {
        if let Err(e) = std::fs::write(&pidfile, format!("{pid}\n")) {
            tracing::warn!("Failed to write PID file: {}", os_error_text(&e));
        }
    }
    tracing::warn!("Server initialized");
    tracing::info!("Ready to accept connections");
    let server = handle.server.clone();
    wait_for_signals(&server);
    handle.wait();
}

/// The start-up banner: what Redis shows as its ASCII-art logo (the test harness and scripts
/// look for its ` PID: ` line).
fn banner(mode: &str, port: u16, pid: u32) -> String {
    format!(
        "\n    Respite {} (Redis {} compatible) {} bit\n    Running in {} mode\n    Port: {}\n    PID: {}\n\n",
        server::RESPITE_VERSION,
        server::REDIS_VERSION,
        usize::BITS,
        mode,
        port,
        pid
    )
}

fn is_tty_stdout() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
}

/// An io::Error as strerror() words it, without Rust's " (os error N)" suffix.
fn os_error_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Serves SIGTERM and SIGINT until the server stops: each starts the shutdown sequence with
/// the `shutdown-on-sigterm` / `shutdown-on-sigint` behaviour; a second SIGINT while shutting
/// down exits at once, as Redis does.
fn wait_for_signals(server: &Arc<Server>) {
    use tokio::signal::unix::{signal, SignalKind};
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(_) => return,
    };
    rt.block_on(async {
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            return;
        };
        let mut shutting_down = false;
        loop {
            let name = tokio::select! {
                _ = term.recv() => "SIGTERM",
                _ = int.recv() => "SIGINT",
                _ = tokio::time::sleep(Duration::from_millis(50)) => {
                    if server.shutdown_requested.load(Relaxed) {
                        return;
                    }
                    continue;
                }
            };
            if shutting_down && name == "SIGINT" {
                tracing::warn!("You insist... exiting now.");
                std::process::exit(1);
            }
            shutting_down = true;
            tracing::warn!("Received {name} scheduling shutdown...");
            let behaviour = {
                let config = server.config.read();
                if name == "SIGTERM" {
                    config.shutdown_on_sigterm.clone()
                } else {
                    config.shutdown_on_sigint.clone()
                }
            };
            if shutdown_server(server, ShutdownFlags::from_config(&behaviour)).is_ok() {
                return;
            }
        }
    });
}
