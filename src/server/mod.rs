//! The server: shared state, the listener, and start-up/shut-down.

pub mod blocking;
pub mod client;
pub mod clock;
pub mod connection;
pub mod cron;
pub mod dispatch;
pub mod latency;
pub mod logging;
pub mod memory;
pub mod propagate;
pub mod slowlog;
pub mod stats;
pub mod tracking;

use crate::commands::CommandTable;
use crate::config::Config;
use crate::db::Keyspace;
use client::Clients;
use parking_lot::{Mutex, RwLock};
use stats::Stats;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::Notify;

/// The version clients see (INFO redis_version, HELLO): the Redis release Respite matches.
pub const REDIS_VERSION: &str = "7.0.15";
/// Respite's own version.
pub const RESPITE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Config values read on every request, mirrored out of the config lock.
#[derive(Default)]
pub struct HotConfig {
    pub proto_max_bulk_len: AtomicI64,
    pub client_query_buffer_limit: AtomicI64,
    pub requirepass_set: AtomicBool,
    pub slowlog_log_slower_than: AtomicI64,
    pub maxclients: AtomicU64,
    pub timeout: AtomicU64,
    pub slowlog_max_len: AtomicU64,
    pub latency_monitor_threshold: AtomicU64,
    /// `latency-tracking`: per-command latency histograms for INFO latencystats.
    pub latency_tracking: AtomicBool,
    /// `notify-keyspace-events` as class bits (crate::config::NOTIFY_*).
    pub notify_flags: std::sync::atomic::AtomicU32,
}

impl HotConfig {
    pub fn load(&self, c: &Config) {
        self.notify_flags.store(c.keyspace_events_flags(), Relaxed);
        self.proto_max_bulk_len.store(c.proto_max_bulk_len, Relaxed);
        self.client_query_buffer_limit
            .store(c.client_query_buffer_limit, Relaxed);
        self.requirepass_set.store(c.requirepass.is_some(), Relaxed);
        self.slowlog_log_slower_than
            .store(c.slowlog_log_slower_than, Relaxed);
        self.maxclients.store(c.maxclients as u64, Relaxed);
        self.timeout.store(c.timeout, Relaxed);
        self.slowlog_max_len.store(c.slowlog_max_len, Relaxed);
        self.latency_monitor_threshold
            .store(c.latency_monitor_threshold, Relaxed);
        self.latency_tracking.store(c.latency_tracking, Relaxed);
    }
}

pub struct Server {
    pub config: RwLock<Config>,
    pub hot: HotConfig,
    pub keyspace: Keyspace,
    pub commands: &'static CommandTable,
    pub clients: Clients,
    pub stats: Stats,
    pub started: Instant,
    pub start_unix_ms: i64,
    pub run_id: String,
    /// Address the listener is bound to (the real port when configured with port 0).
    pub local_addr: Mutex<Option<SocketAddr>>,
    /// Number of changes since the last save (INFO rdb_changes_since_last_save).
    pub dirty: crate::util::counter::Counter,
    pub lastsave: AtomicI64,
    /// DEBUG SET-ACTIVE-EXPIRE.
    pub active_expire_enabled: AtomicBool,
    pub shutdown_requested: AtomicBool,
    pub shutdown: Notify,
    /// The ordered stream of write effects (AOF, replicas).
    pub propagation: propagate::Propagation,
    pub pubsub: crate::pubsub::PubSub,
    /// Client-side caching: who may have cached which key.
    pub tracking: tracking::Tracking,
    /// SLOWLOG: commands slower than slowlog-log-slower-than.
    pub slowlog: slowlog::Slowlog,
    /// LATENCY: per-event latency spikes above latency-monitor-threshold.
    pub latency: latency::LatencyMonitor,
    /// The replication id (INFO master_replid); DEBUG CHANGE-REPL-ID draws a new one.
    pub replid: Mutex<String>,
    /// DEBUG SET-SKIP-CHECKSUM-VALIDATION: RESTORE (and RDB loading) skip payload checksums.
    pub skip_checksum_validation: AtomicBool,
    /// A listener bound by CONFIG SET port/bind, for the accept loop to switch to.
    pub new_listener: Mutex<Option<std::net::TcpListener>>,
    pub rebind: Notify,
    /// Clients blocked in BLPOP & co, by the keys they wait on.
    pub blocking: blocking::Blocking,
}

impl Server {
    pub fn new(config: Config) -> Arc<Server> {
        let hot = HotConfig::default();
        hot.load(&config);
        let keyspace = Keyspace::new(config.databases, Keyspace::default_shard_count());
        let now = clock::now_ms();
        let blocking = blocking::Blocking::new(keyspace.shard_count());
        Arc::new(Server {
            config: RwLock::new(config),
            hot,
            keyspace,
            commands: Box::leak(Box::new(CommandTable::new())),
            clients: Clients::default(),
            stats: Stats::default(),
            started: Instant::now(),
            start_unix_ms: now,
            run_id: random_hex(40),
            local_addr: Mutex::new(None),
            dirty: crate::util::counter::Counter::default(),
            lastsave: AtomicI64::new(now / 1000),
            active_expire_enabled: AtomicBool::new(true),
            shutdown_requested: AtomicBool::new(false),
            shutdown: Notify::new(),
            propagation: propagate::Propagation::default(),
            pubsub: crate::pubsub::PubSub::default(),
            tracking: tracking::Tracking::default(),
            slowlog: slowlog::Slowlog::default(),
            latency: latency::LatencyMonitor::default(),
            replid: Mutex::new(random_hex(40)),
            skip_checksum_validation: AtomicBool::new(false),
            new_listener: Mutex::new(None),
            rebind: Notify::new(),
            blocking,
        })
    }

    /// Re-reads the hot copies after CONFIG SET.
    pub fn config_changed(&self) {
        let config = self.config.read();
        self.hot.load(&config);
        logging::set_level(&config.loglevel);
    }

    pub fn request_shutdown(&self) {
        self.shutdown_requested.store(true, Relaxed);
        self.shutdown.notify_waiters();
        self.shutdown.notify_one();
    }
}

/// Deletes a key whose deadline has passed — the one path both lazy expiry (a command finding
/// the key) and active expiry (the cron) take: counts it, tells WATCHers and tracking clients,
/// publishes the `expired` keyspace event and propagates a DEL. Under `lazyfree-lazy-expire`
/// the value is freed in the background and UNLINK is propagated instead, as Redis does. The
/// caller holds the key's shard lock. This is active expiry's form: the DEL is fed on its own.
pub fn delete_expired_key(
    server: &Server,
    shard: &mut crate::db::Shard,
    db: usize,
    key: &[u8],
) -> bool {
    if !delete_expired_key_for(server, shard, db, key, None) {
        return false;
    }
    let del = bytes::Bytes::from_static(expired_key_deletion(server));
    server
        .propagation
        .feed(db, &[del, bytes::Bytes::copy_from_slice(key)]);
    true
}

/// The command that propagates an expired key's deletion: UNLINK under
/// `lazyfree-lazy-expire`, else DEL.
pub fn expired_key_deletion(server: &Server) -> &'static [u8] {
    if server.config.read().lazyfree_lazy_expire {
        b"UNLINK"
    } else {
        b"DEL"
    }
}

/// `delete_expired_key` for a key a command of client `current` found (lazy expiry), without
/// the propagation: the command propagates the DEL with its own effects (`Ctx::expired`), in one
/// MULTI/EXEC block when there are several, as Redis 7.0 does. A NOLOOP tracking client is not
/// told about keys that expire under its own command.
pub fn delete_expired_key_for(
    server: &Server,
    shard: &mut crate::db::Shard,
    db: usize,
    key: &[u8],
    current: Option<u64>,
) -> bool {
    let Some((key, entry)) = shard.dbs[db].remove_entry(key) else {
        return false;
    };
    let lazy = server.config.read().lazyfree_lazy_expire;
    crate::db::lazyfree::drop_entry(entry, lazy);
    shard.touch_watched(db, &key);
    server.stats.expired_keys.fetch_add(1, Relaxed);
    server.notify_keyspace_event(crate::config::NOTIFY_EXPIRED, "expired", &key, db);
    if server.tracking.is_active() {
        let cause = tracking::Cause {
            current,
            writer: None,
        };
        server.tracking.invalidate(server, &key, cause, None);
    }
    true
}

impl Server {
    /// Publishes a keyspace notification if `notify-keyspace-events` enables its class.
    pub fn notify_keyspace_event(&self, class: u32, event: &str, key: &[u8], db: usize) {
        use crate::config::{NOTIFY_KEYEVENT, NOTIFY_KEYSPACE};
        let flags = self.hot.notify_flags.load(Relaxed);
        if flags & class == 0 {
            return;
        }
        if flags & NOTIFY_KEYSPACE != 0 {
            let mut channel = format!("__keyspace@{db}__:").into_bytes();
            channel.extend_from_slice(key);
            self.publish(
                &bytes::Bytes::from(channel),
                &bytes::Bytes::copy_from_slice(event.as_bytes()),
            );
        }
        if flags & NOTIFY_KEYEVENT != 0 {
            let channel = format!("__keyevent@{db}__:{event}");
            self.publish(
                &bytes::Bytes::from(channel),
                &bytes::Bytes::copy_from_slice(key),
            );
        }
    }

    /// PUBLISH: delivers a message to channel and pattern subscribers, returns the count.
    pub fn publish(&self, channel: &bytes::Bytes, message: &bytes::Bytes) -> usize {
        self.pubsub.publish(channel, message, self)
    }
}

pub fn random_hex(len: usize) -> String {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    (0..len)
        .map(|_| char::from_digit(rng.gen_range(0..16), 16).unwrap())
        .collect()
}

/// A running server: its address, and a way to stop it (used by main and by tests).
pub struct ServerHandle {
    pub server: Arc<Server>,
    pub addr: SocketAddr,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ServerHandle {
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Blocks until the server has stopped (SHUTDOWN, a signal, or `stop`).
    pub fn wait(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    pub fn stop(mut self) {
        self.server.request_shutdown();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        if let Some(t) = self.thread.take() {
            self.server.request_shutdown();
            let _ = t.join();
        }
    }
}

/// Binds the listening socket `config` asks for (its first bind address).
pub fn bind_listener(config: &Config) -> std::io::Result<std::net::TcpListener> {
    let bind = config
        .bind
        .first()
        .cloned()
        .unwrap_or_else(|| "0.0.0.0".to_string());
    // Redis's "*" and "-" prefixes (optional address) map onto the wildcard address.
    let host = match bind.trim_start_matches('-') {
        "*" => "0.0.0.0".to_string(),
        "::*" => "::".to_string(),
        h => h.to_string(),
    };
    let listener = std::net::TcpListener::bind((host.as_str(), config.port))?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// Binds the configured address and serves on a runtime of its own thread pool.
pub fn spawn(config: Config) -> std::io::Result<ServerHandle> {
    let listener = bind_listener(&config)?;
    let addr = listener.local_addr()?;
    // `io-threads` event loops (Redis's default of 1 is best when clients share the cores).
    let workers = (config.io_threads as usize).max(1);
    let server = Server::new(config);
    *server.local_addr.lock() = Some(addr);
    let srv = server.clone();
    let thread = std::thread::Builder::new()
        .name("respite-main".into())
        .spawn(move || {
            let loops = event_loops(&srv, workers);
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("tokio runtime");
            rt.block_on(serve(
                srv.clone(),
                listener,
                loops.iter().map(|(h, _)| h.clone()).collect(),
            ));
            rt.shutdown_timeout(std::time::Duration::from_millis(100));
            srv.request_shutdown();
            for (_, thread) in loops {
                let _ = thread.join();
            }
        })?;
    Ok(ServerHandle {
        server,
        addr,
        thread: Some(thread),
    })
}

/// One single-threaded event loop per core. Each connection lives on one loop for its whole
/// life (thread-per-core, like N Redis event loops sharing one keyspace): no task migrates
/// between threads and wake-ups stay on the loop's own epoll, which is cheaper than a
/// work-stealing scheduler for this kind of short, I/O-bound work.
fn event_loops(
    server: &Arc<Server>,
    n: usize,
) -> Vec<(tokio::runtime::Handle, std::thread::JoinHandle<()>)> {
    (0..n)
        .map(|i| {
            let (tx, rx) = std::sync::mpsc::channel();
            let server = server.clone();
            let thread = std::thread::Builder::new()
                .name(format!("respite-io-{i}"))
                .spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .expect("tokio runtime");
                    let _ = tx.send(rt.handle().clone());
                    rt.block_on(async {
                        while !server.shutdown_requested.load(Relaxed) {
                            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                        }
                    });
                    rt.shutdown_timeout(std::time::Duration::from_millis(100));
                })
                .expect("event loop thread");
            (rx.recv().expect("event loop started"), thread)
        })
        .collect()
}

async fn serve(
    server: Arc<Server>,
    listener: std::net::TcpListener,
    loops: Vec<tokio::runtime::Handle>,
) {
    let mut listener = tokio::net::TcpListener::from_std(listener).expect("listener");
    memory::mark_startup();
    tokio::spawn(cron::run(server.clone()));
    let mut next_loop = 0usize;
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    // Admission and counting happen in the connection task (maxclients,
                    // protected mode), as Redis counts only the connections it accepts.
                    // Hand the connection to the event loops in turn.
                    let std_stream = stream.into_std();
                    let target = &loops[next_loop % loops.len()];
                    next_loop = next_loop.wrapping_add(1);
                    let server = server.clone();
                    target.spawn(async move {
                        if let Ok(stream) = std_stream.and_then(tokio::net::TcpStream::from_std) {
                            connection::handle(server, stream, peer).await;
                        }
                    });
                }
                Err(e) => {
                    tracing::warn!("Accepting client connection: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                }
            },
            _ = server.shutdown.notified() => break,
            // CONFIG SET port/bind: the old socket closes when it is replaced.
            _ = server.rebind.notified() => {
                if let Some(new) = server.new_listener.lock().take() {
                    *server.local_addr.lock() = new.local_addr().ok();
                    listener = tokio::net::TcpListener::from_std(new).expect("listener");
                }
            }
        }
        if server.shutdown_requested.load(Relaxed) {
            break;
        }
    }
    // Closing the listener and dropping the runtime ends every connection task.
}
