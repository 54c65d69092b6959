//! `respite-server [config-file] [--directive value ...]`, as redis-server is started.

use respite::config::Config;
use respite::server;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-v" || a == "--version") {
        println!(
            "Redis server v={} sha=00000000:0 malloc=libc bits=64 build=respite-{} respite={}",
            server::REDIS_VERSION,
            server::RESPITE_VERSION,
            server::RESPITE_VERSION
        );
        return;
    }
    if args.iter().any(|a| a == "-h" || a == "--help") {
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
        return;
    }
    let config = match Config::from_args(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    tracing_subscriber::fmt().with_target(false).init();
    let port = config.port;
    let handle = match server::spawn(config) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("Failed listening on port {port} (tcp), aborting: {e}");
            std::process::exit(1);
        }
    };
    println!("Server initialized. PID: {}", std::process::id());
    println!("Ready to accept connections tcp on port {}", handle.port());
    handle.wait();
}
