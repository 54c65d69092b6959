//! Configuration, handled exactly like redis-server 7.0.15 handles it.
//!
//! * [`Config::from_args`]: redis-server's command line (config file path,
//!   `-` for stdin, `--name value...` overrides) and config file syntax,
//!   with `include`, aliases, deprecated directives and Redis's exact fatal
//!   error report ([`ConfigError`]).
//! * [`Config::get`] / [`Config::set`]: CONFIG GET and CONFIG SET, with
//!   Redis's value formatting, globbing and error strings. SET is atomic.
//! * [`Config::rewrite`]: CONFIG REWRITE (see `rewrite.rs`).
//!
//! Every directive redis-server knows is declared once in `table.rs`. The
//! directives Respite acts on (and a few more that are handy to read) live
//! in typed public fields; the value of every other directive is stored
//! internally and is still validated, gettable, settable and rewritten.
//!
//! Paths: redis-server `chdir`s while it reads a `dir` directive, so later
//! relative `include`s and the `logfile` check are relative to that new
//! directory. The parser follows the same rules without touching the process
//! working directory: it tracks the directory `dir` would have moved to.
//! [`Config::dir`] is always absolute; the server should `chdir` to it at
//! start-up, and again whenever CONFIG SET reports `dir` as changed.

pub mod rewrite;
pub mod table;

use crate::util::glob::glob_match;
use crate::util::numbers::{memtoull, parse_f64, parse_i64};
use crate::util::splitargs::split_args;
use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use table::{
    Directive, EnumNames, Kind, NumFmt, Special, StrCheck, DENY_LOADING, DIRECTIVES, HIDDEN,
    IMMUTABLE, PROTECTED, VOLATILE,
};

/// The Redis version printed in fatal config errors.
pub const REDIS_VERSION: &str = "7.0.15";

// Keyspace notification classes (bits of `Config::keyspace_events_flags`),
// with the letter that enables each one in `notify-keyspace-events`.
/// `K`: publish on `__keyspace@<db>__:<key>` channels.
pub const NOTIFY_KEYSPACE: u32 = 1 << 0;
/// `E`: publish on `__keyevent@<db>__:<event>` channels.
pub const NOTIFY_KEYEVENT: u32 = 1 << 1;
/// `g`: generic commands (DEL, EXPIRE, RENAME, ...).
pub const NOTIFY_GENERIC: u32 = 1 << 2;
/// `$`: string commands.
pub const NOTIFY_STRING: u32 = 1 << 3;
/// `l`: list commands.
pub const NOTIFY_LIST: u32 = 1 << 4;
/// `s`: set commands.
pub const NOTIFY_SET: u32 = 1 << 5;
/// `h`: hash commands.
pub const NOTIFY_HASH: u32 = 1 << 6;
/// `z`: sorted set commands.
pub const NOTIFY_ZSET: u32 = 1 << 7;
/// `x`: expired events (a key reached its TTL and was deleted).
pub const NOTIFY_EXPIRED: u32 = 1 << 8;
/// `e`: evicted events (a key was evicted for maxmemory).
pub const NOTIFY_EVICTED: u32 = 1 << 9;
/// `t`: stream commands.
pub const NOTIFY_STREAM: u32 = 1 << 10;
/// `m`: key-miss events (not part of `A`).
pub const NOTIFY_KEY_MISS: u32 = 1 << 11;
/// Module-only "key loaded" events (no letter).
pub const NOTIFY_LOADED: u32 = 1 << 12;
/// `d`: module key type events.
pub const NOTIFY_MODULE: u32 = 1 << 13;
/// `n`: new key events (not part of `A`).
pub const NOTIFY_NEW: u32 = 1 << 14;
/// `A`: alias for `g$lshzxetd`.
pub const NOTIFY_ALL: u32 = NOTIFY_GENERIC
    | NOTIFY_STRING
    | NOTIFY_LIST
    | NOTIFY_SET
    | NOTIFY_HASH
    | NOTIFY_ZSET
    | NOTIFY_EXPIRED
    | NOTIFY_EVICTED
    | NOTIFY_STREAM
    | NOTIFY_MODULE;

/// Parses `notify-keyspace-events` class letters; `None` on an unknown letter.
pub fn keyspace_events_from_str(classes: &[u8]) -> Option<u32> {
    let mut flags = 0;
    for &c in classes {
        flags |= match c {
            b'A' => NOTIFY_ALL,
            b'g' => NOTIFY_GENERIC,
            b'$' => NOTIFY_STRING,
            b'l' => NOTIFY_LIST,
            b's' => NOTIFY_SET,
            b'h' => NOTIFY_HASH,
            b'z' => NOTIFY_ZSET,
            b'x' => NOTIFY_EXPIRED,
            b'e' => NOTIFY_EVICTED,
            b'K' => NOTIFY_KEYSPACE,
            b'E' => NOTIFY_KEYEVENT,
            b't' => NOTIFY_STREAM,
            b'm' => NOTIFY_KEY_MISS,
            b'd' => NOTIFY_MODULE,
            b'n' => NOTIFY_NEW,
            _ => return None,
        };
    }
    Some(flags)
}

/// Prints notification flags the way Redis does (`AKE`, `g$xKm`, ...).
pub fn keyspace_events_to_string(flags: u32) -> String {
    let mut s = String::new();
    if flags & NOTIFY_ALL == NOTIFY_ALL {
        s.push('A');
    } else {
        for (bit, c) in [
            (NOTIFY_GENERIC, 'g'),
            (NOTIFY_STRING, '$'),
            (NOTIFY_LIST, 'l'),
            (NOTIFY_SET, 's'),
            (NOTIFY_HASH, 'h'),
            (NOTIFY_ZSET, 'z'),
            (NOTIFY_EXPIRED, 'x'),
            (NOTIFY_EVICTED, 'e'),
            (NOTIFY_STREAM, 't'),
            (NOTIFY_MODULE, 'd'),
            (NOTIFY_NEW, 'n'),
        ] {
            if flags & bit != 0 {
                s.push(c);
            }
        }
    }
    for (bit, c) in [
        (NOTIFY_KEYSPACE, 'K'),
        (NOTIFY_KEYEVENT, 'E'),
        (NOTIFY_KEY_MISS, 'm'),
    ] {
        if flags & bit != 0 {
            s.push(c);
        }
    }
    s
}

/// One client class of `client-output-buffer-limit`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClientBufferLimit {
    /// Disconnect as soon as the output buffer exceeds this (0: no limit).
    pub hard_limit_bytes: u64,
    /// Disconnect when above this for `soft_limit_seconds` (0: no limit).
    pub soft_limit_bytes: u64,
    pub soft_limit_seconds: u64,
}

/// `client-output-buffer-limit` for the three client classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientOutputBufferLimits {
    pub normal: ClientBufferLimit,
    /// Also called `slave` (CONFIG GET prints `slave`).
    pub replica: ClientBufferLimit,
    pub pubsub: ClientBufferLimit,
}

impl Default for ClientOutputBufferLimits {
    fn default() -> Self {
        ClientOutputBufferLimits {
            normal: ClientBufferLimit::default(),
            replica: ClientBufferLimit {
                hard_limit_bytes: 256 << 20,
                soft_limit_bytes: 64 << 20,
                soft_limit_seconds: 60,
            },
            pubsub: ClientBufferLimit {
                hard_limit_bytes: 32 << 20,
                soft_limit_bytes: 8 << 20,
                soft_limit_seconds: 60,
            },
        }
    }
}

impl ClientOutputBufferLimits {
    /// The classes in Redis's order, with the names CONFIG GET prints.
    pub fn classes(&self) -> [(&'static str, ClientBufferLimit); 3] {
        [
            ("normal", self.normal),
            ("slave", self.replica),
            ("pubsub", self.pubsub),
        ]
    }
}

/// The server's configuration: typed fields for the directives Respite acts
/// on (and a few more), plus the stored values of every other directive.
///
/// String directives whose "unset" state is NULL in Redis (pidfile,
/// unixsocket, masteruser, ...) use `""` for unset, exactly as CONFIG GET
/// shows them.
#[derive(Clone, Debug)]
pub struct Config {
    pub bind: Vec<String>,
    pub port: u16,
    pub protected_mode: bool,
    /// `None` when no password is required.
    pub requirepass: Option<Vec<u8>>,
    pub databases: usize,
    /// Absolute working directory (redis-server's `getcwd()`).
    pub dir: String,
    pub dbfilename: String,
    /// Empty: log to stdout.
    pub logfile: String,
    /// `debug`, `verbose`, `notice` or `warning`.
    pub loglevel: String,
    /// Client idle timeout in seconds (0: never).
    pub timeout: u64,
    pub tcp_keepalive: u64,
    pub maxclients: usize,
    /// Already clamped to [1, 500] like Redis does.
    pub hz: u32,
    pub dynamic_hz: bool,
    pub proto_max_bulk_len: i64,
    pub client_query_buffer_limit: i64,
    /// `(seconds, changes)` pairs; empty when saving is disabled.
    pub save: Vec<(u64, u64)>,
    pub appendonly: bool,
    /// `always`, `everysec` or `no`.
    pub appendfsync: String,
    pub appenddirname: String,
    pub appendfilename: String,
    /// Bytes, 0 for no limit.
    pub maxmemory: u64,
    /// `volatile-lru`, ..., `noeviction`.
    pub maxmemory_policy: String,
    pub maxmemory_samples: u32,
    pub maxmemory_eviction_tenacity: u32,
    /// Bytes, or a percentage of maxmemory when negative (`-10` is `10%`).
    pub maxmemory_clients: i64,
    /// Normalized like Redis prints it (`AKE`); see [`Config::keyspace_events_flags`].
    pub notify_keyspace_events: String,
    /// The classes behind `notify_keyspace_events`.
    notify_flags: u32,
    pub slowlog_log_slower_than: i64,
    pub slowlog_max_len: u64,
    pub latency_monitor_threshold: u64,
    pub latency_tracking: bool,
    pub latency_tracking_info_percentiles: Vec<f64>,
    pub io_threads: u32,
    pub cluster_enabled: bool,
    pub hash_max_listpack_entries: usize,
    pub hash_max_listpack_value: usize,
    pub set_max_intset_entries: usize,
    /// Not a directive in Redis 7.0 (added in 7.2): fixed to 7.2's default.
    pub set_max_listpack_entries: usize,
    /// Not a directive in Redis 7.0 (added in 7.2): fixed to 7.2's default.
    pub set_max_listpack_value: usize,
    pub zset_max_listpack_entries: usize,
    pub zset_max_listpack_value: usize,
    pub list_max_listpack_size: i64,
    pub list_compress_depth: i64,
    pub stream_node_max_bytes: usize,
    pub stream_node_max_entries: i64,
    pub hll_sparse_max_bytes: usize,
    pub activerehashing: bool,
    pub lazyfree_lazy_eviction: bool,
    pub lazyfree_lazy_expire: bool,
    pub lazyfree_lazy_server_del: bool,
    pub lazyfree_lazy_user_del: bool,
    pub lazyfree_lazy_user_flush: bool,
    pub daemonize: bool,
    /// Empty: no pidfile configured.
    pub pidfile: String,
    /// Empty: no unix socket.
    pub unixsocket: String,
    pub unixsocketperm: u32,
    pub tcp_backlog: u32,
    pub supervised: String,
    /// `no`, `yes` or `local`.
    pub enable_debug_command: String,
    pub enable_protected_configs: String,
    pub enable_module_command: String,
    pub client_output_buffer_limit: ClientOutputBufferLimits,
    pub active_expire_effort: u32,
    pub lfu_log_factor: u32,
    pub lfu_decay_time: u32,
    pub busy_reply_threshold: i64,
    pub tracking_table_max_keys: usize,
    pub acllog_max_len: u64,
    pub aclfile: String,
    pub acl_pubsub_default: String,
    /// `None`, or the master's `(host, port)`.
    pub replicaof: Option<(String, u16)>,
    pub masterauth: Option<Vec<u8>>,
    pub masteruser: String,
    pub replica_read_only: bool,
    pub replica_serve_stale_data: bool,
    pub repl_backlog_size: i64,
    pub min_replicas_to_write: u32,
    pub min_replicas_max_lag: u32,
    pub rdbcompression: bool,
    pub rdbchecksum: bool,
    pub stop_writes_on_bgsave_error: bool,
    pub aof_use_rdb_preamble: bool,
    pub aof_load_truncated: bool,
    pub aof_timestamp_enabled: bool,
    pub auto_aof_rewrite_percentage: u32,
    pub auto_aof_rewrite_min_size: i64,
    pub no_appendfsync_on_rewrite: bool,
    pub shutdown_timeout: u32,
    pub shutdown_on_sigint: String,
    pub shutdown_on_sigterm: String,
    pub oom_score_adj: String,
    pub oom_score_adj_values: [i32; 3],
    pub sanitize_dump_payload: String,
    pub always_show_logo: bool,
    pub set_proc_title: bool,
    pub proc_title_template: String,
    pub syslog_enabled: bool,
    pub syslog_ident: String,
    pub syslog_facility: String,

    /// `rename-command <from> <to>` lines, in order (stored, not acted on).
    pub rename_commands: Vec<(String, String)>,
    /// Arguments of each `user` line (after the word `user`), stored for the
    /// ACL layer.
    pub users: Vec<Vec<String>>,
    /// Arguments of each `loadmodule` line: path, then module arguments
    /// (stored, not acted on).
    pub loadmodules: Vec<Vec<String>>,
    /// Module configs (`module.name value...`) queued for modules.
    pub module_configs: Vec<(String, String)>,

    /// Values of the directives without a typed field.
    others: BTreeMap<&'static str, Value>,
    /// Absolute path of the loaded config file.
    config_file: Option<PathBuf>,
}

/// A directive's value, in the representation the table's kind implies.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Bool(bool),
    Int(i64),
    /// `None` is Redis's NULL string.
    Str(Option<Vec<u8>>),
    Enum(i32),
    Dir(String),
    Save(Vec<(u64, u64)>),
    Obuf(ClientOutputBufferLimits),
    Oom([i32; 3]),
    Notify(u32),
    Bind(Vec<String>),
    ReplicaOf(Option<(String, u16)>),
    Percentiles(Vec<f64>),
}

/// Integer types usable as typed fields.
trait IntField: Copy {
    fn to_i64(self) -> i64;
    fn from_i64(v: i64) -> Self;
}

macro_rules! int_field {
    ($($t:ty),*) => {$(
        impl IntField for $t {
            fn to_i64(self) -> i64 {
                self as i64
            }
            fn from_i64(v: i64) -> Self {
                v as $t
            }
        }
    )*};
}
int_field!(u16, u32, u64, usize, i64);

/// Conversions between typed fields and [`Value`]s.
mod conv {
    use super::{enum_from_args, enum_name, enum_value, ClientOutputBufferLimits, IntField, Value};
    use crate::config::table::{Directive, Kind};

    fn lossy(b: Option<Vec<u8>>) -> String {
        String::from_utf8_lossy(&b.unwrap_or_default()).into_owned()
    }

    pub(super) mod boolean {
        use super::*;
        pub fn get(f: &bool, _: &Directive) -> Value {
            Value::Bool(*f)
        }
        pub fn put(v: Value, _: &Directive) -> bool {
            matches!(v, Value::Bool(true))
        }
    }
    pub(super) mod int {
        use super::*;
        pub fn get<T: IntField>(f: &T, _: &Directive) -> Value {
            Value::Int(f.to_i64())
        }
        pub fn put<T: IntField>(v: Value, _: &Directive) -> T {
            match v {
                Value::Int(i) => T::from_i64(i),
                _ => T::from_i64(0),
            }
        }
    }
    pub(super) mod string {
        use super::*;
        pub fn get(f: &str, d: &Directive) -> Value {
            let null = matches!(
                d.kind,
                Kind::Str {
                    empty_is_null: true,
                    ..
                }
            ) && f.is_empty();
            Value::Str(if null {
                None
            } else {
                Some(f.as_bytes().to_vec())
            })
        }
        pub fn put(v: Value, _: &Directive) -> String {
            match v {
                Value::Str(s) => lossy(s),
                _ => String::new(),
            }
        }
    }
    pub(super) mod bytes {
        use super::*;
        pub fn get(f: &Option<Vec<u8>>, _: &Directive) -> Value {
            Value::Str(f.clone())
        }
        pub fn put(v: Value, _: &Directive) -> Option<Vec<u8>> {
            match v {
                Value::Str(s) => s,
                _ => None,
            }
        }
    }
    pub(super) mod enumeration {
        use super::*;
        pub fn get(f: &str, d: &Directive) -> Value {
            match d.kind {
                Kind::Enum { names, default } => {
                    let words: Vec<Vec<u8>> = f.split(' ').map(|w| w.as_bytes().to_vec()).collect();
                    Value::Enum(
                        enum_from_args(names, &words, d.multi_arg())
                            .or_else(|| enum_value(names, default.as_bytes()))
                            .unwrap_or(0),
                    )
                }
                _ => Value::Enum(0),
            }
        }
        pub fn put(v: Value, d: &Directive) -> String {
            match (v, d.kind) {
                (Value::Enum(v), Kind::Enum { names, .. }) => enum_name(names, v, d.multi_arg()),
                _ => String::new(),
            }
        }
    }
    pub(super) mod dir {
        use super::*;
        pub fn get(f: &str, _: &Directive) -> Value {
            Value::Dir(f.to_string())
        }
        pub fn put(v: Value, _: &Directive) -> String {
            match v {
                Value::Dir(s) => s,
                _ => String::new(),
            }
        }
    }
    pub(super) mod save {
        use super::*;
        pub fn get(f: &[(u64, u64)], _: &Directive) -> Value {
            Value::Save(f.to_vec())
        }
        pub fn put(v: Value, _: &Directive) -> Vec<(u64, u64)> {
            match v {
                Value::Save(s) => s,
                _ => Vec::new(),
            }
        }
    }
    pub(super) mod obuf {
        use super::*;
        pub fn get(f: &ClientOutputBufferLimits, _: &Directive) -> Value {
            Value::Obuf(*f)
        }
        pub fn put(v: Value, _: &Directive) -> ClientOutputBufferLimits {
            match v {
                Value::Obuf(o) => o,
                _ => ClientOutputBufferLimits::default(),
            }
        }
    }
    pub(super) mod oom {
        use super::*;
        pub fn get(f: &[i32; 3], _: &Directive) -> Value {
            Value::Oom(*f)
        }
        pub fn put(v: Value, _: &Directive) -> [i32; 3] {
            match v {
                Value::Oom(o) => o,
                _ => [0, 200, 800],
            }
        }
    }
    pub(super) mod bind {
        use super::*;
        pub fn get(f: &[String], _: &Directive) -> Value {
            Value::Bind(f.to_vec())
        }
        pub fn put(v: Value, _: &Directive) -> Vec<String> {
            match v {
                Value::Bind(b) => b,
                _ => Vec::new(),
            }
        }
    }
    pub(super) mod replicaof {
        use super::*;
        pub fn get(f: &Option<(String, u16)>, _: &Directive) -> Value {
            Value::ReplicaOf(f.clone())
        }
        pub fn put(v: Value, _: &Directive) -> Option<(String, u16)> {
            match v {
                Value::ReplicaOf(r) => r,
                _ => None,
            }
        }
    }
    pub(super) mod percentiles {
        use super::*;
        pub fn get(f: &[f64], _: &Directive) -> Value {
            Value::Percentiles(f.to_vec())
        }
        pub fn put(v: Value, _: &Directive) -> Vec<f64> {
            match v {
                Value::Percentiles(p) => p,
                _ => Vec::new(),
            }
        }
    }
}

/// Declares which directives are stored in which typed field.
macro_rules! typed_fields {
    ($($name:literal => $field:ident : $conv:ident),* $(,)?) => {
        impl Config {
            fn typed_get(&self, d: &Directive) -> Option<Value> {
                match d.name {
                    $($name => Some(conv::$conv::get(&self.$field, d)),)*
                    _ => None,
                }
            }

            /// Stores `v` in its typed field, or gives it back.
            fn typed_put(&mut self, d: &Directive, v: Value) -> Option<Value> {
                match d.name {
                    $($name => {
                        self.$field = conv::$conv::put(v, d);
                        None
                    })*
                    _ => Some(v),
                }
            }

            #[cfg(test)]
            const TYPED_NAMES: &'static [&'static str] = &[$($name),*];
        }
    };
}

typed_fields! {
    "bind" => bind: bind,
    "port" => port: int,
    "protected-mode" => protected_mode: boolean,
    "requirepass" => requirepass: bytes,
    "databases" => databases: int,
    "dir" => dir: dir,
    "dbfilename" => dbfilename: string,
    "logfile" => logfile: string,
    "loglevel" => loglevel: enumeration,
    "timeout" => timeout: int,
    "tcp-keepalive" => tcp_keepalive: int,
    "maxclients" => maxclients: int,
    "hz" => hz: int,
    "dynamic-hz" => dynamic_hz: boolean,
    "proto-max-bulk-len" => proto_max_bulk_len: int,
    "client-query-buffer-limit" => client_query_buffer_limit: int,
    "save" => save: save,
    "appendonly" => appendonly: boolean,
    "appendfsync" => appendfsync: enumeration,
    "appenddirname" => appenddirname: string,
    "appendfilename" => appendfilename: string,
    "maxmemory" => maxmemory: int,
    "maxmemory-policy" => maxmemory_policy: enumeration,
    "maxmemory-samples" => maxmemory_samples: int,
    "maxmemory-eviction-tenacity" => maxmemory_eviction_tenacity: int,
    "maxmemory-clients" => maxmemory_clients: int,
    "slowlog-log-slower-than" => slowlog_log_slower_than: int,
    "slowlog-max-len" => slowlog_max_len: int,
    "latency-monitor-threshold" => latency_monitor_threshold: int,
    "latency-tracking" => latency_tracking: boolean,
    "latency-tracking-info-percentiles" => latency_tracking_info_percentiles: percentiles,
    "io-threads" => io_threads: int,
    "cluster-enabled" => cluster_enabled: boolean,
    "hash-max-listpack-entries" => hash_max_listpack_entries: int,
    "hash-max-listpack-value" => hash_max_listpack_value: int,
    "set-max-intset-entries" => set_max_intset_entries: int,
    "zset-max-listpack-entries" => zset_max_listpack_entries: int,
    "zset-max-listpack-value" => zset_max_listpack_value: int,
    "list-max-listpack-size" => list_max_listpack_size: int,
    "list-compress-depth" => list_compress_depth: int,
    "stream-node-max-bytes" => stream_node_max_bytes: int,
    "stream-node-max-entries" => stream_node_max_entries: int,
    "hll-sparse-max-bytes" => hll_sparse_max_bytes: int,
    "activerehashing" => activerehashing: boolean,
    "lazyfree-lazy-eviction" => lazyfree_lazy_eviction: boolean,
    "lazyfree-lazy-expire" => lazyfree_lazy_expire: boolean,
    "lazyfree-lazy-server-del" => lazyfree_lazy_server_del: boolean,
    "lazyfree-lazy-user-del" => lazyfree_lazy_user_del: boolean,
    "lazyfree-lazy-user-flush" => lazyfree_lazy_user_flush: boolean,
    "daemonize" => daemonize: boolean,
    "pidfile" => pidfile: string,
    "unixsocket" => unixsocket: string,
    "unixsocketperm" => unixsocketperm: int,
    "tcp-backlog" => tcp_backlog: int,
    "supervised" => supervised: enumeration,
    "enable-debug-command" => enable_debug_command: enumeration,
    "enable-protected-configs" => enable_protected_configs: enumeration,
    "enable-module-command" => enable_module_command: enumeration,
    "client-output-buffer-limit" => client_output_buffer_limit: obuf,
    "active-expire-effort" => active_expire_effort: int,
    "lfu-log-factor" => lfu_log_factor: int,
    "lfu-decay-time" => lfu_decay_time: int,
    "busy-reply-threshold" => busy_reply_threshold: int,
    "tracking-table-max-keys" => tracking_table_max_keys: int,
    "acllog-max-len" => acllog_max_len: int,
    "aclfile" => aclfile: string,
    "acl-pubsub-default" => acl_pubsub_default: enumeration,
    "replicaof" => replicaof: replicaof,
    "masterauth" => masterauth: bytes,
    "masteruser" => masteruser: string,
    "replica-read-only" => replica_read_only: boolean,
    "replica-serve-stale-data" => replica_serve_stale_data: boolean,
    "repl-backlog-size" => repl_backlog_size: int,
    "min-replicas-to-write" => min_replicas_to_write: int,
    "min-replicas-max-lag" => min_replicas_max_lag: int,
    "rdbcompression" => rdbcompression: boolean,
    "rdbchecksum" => rdbchecksum: boolean,
    "stop-writes-on-bgsave-error" => stop_writes_on_bgsave_error: boolean,
    "aof-use-rdb-preamble" => aof_use_rdb_preamble: boolean,
    "aof-load-truncated" => aof_load_truncated: boolean,
    "aof-timestamp-enabled" => aof_timestamp_enabled: boolean,
    "auto-aof-rewrite-percentage" => auto_aof_rewrite_percentage: int,
    "auto-aof-rewrite-min-size" => auto_aof_rewrite_min_size: int,
    "no-appendfsync-on-rewrite" => no_appendfsync_on_rewrite: boolean,
    "shutdown-timeout" => shutdown_timeout: int,
    "shutdown-on-sigint" => shutdown_on_sigint: enumeration,
    "shutdown-on-sigterm" => shutdown_on_sigterm: enumeration,
    "oom-score-adj" => oom_score_adj: enumeration,
    "oom-score-adj-values" => oom_score_adj_values: oom,
    "sanitize-dump-payload" => sanitize_dump_payload: enumeration,
    "always-show-logo" => always_show_logo: boolean,
    "set-proc-title" => set_proc_title: boolean,
    "proc-title-template" => proc_title_template: string,
    "syslog-enabled" => syslog_enabled: boolean,
    "syslog-ident" => syslog_ident: string,
    "syslog-facility" => syslog_facility: enumeration,
}

/// Why the configuration could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    kind: ConfigErrorKind,
    /// 1-based line number and the (trimmed) line, when Redis reports them.
    line: Option<(usize, String)>,
    reason: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigErrorKind {
    /// redis-server's "*** FATAL CONFIG FILE ERROR ***" report (on stderr).
    Fatal,
    /// A config file (or include) could not be opened: redis-server logs
    /// the message as a warning, then exits with status 1.
    CannotOpen,
}

impl ConfigError {
    fn at(line_no: usize, line: &[u8], reason: impl Into<String>) -> ConfigError {
        ConfigError {
            kind: ConfigErrorKind::Fatal,
            line: Some((line_no, String::from_utf8_lossy(line).into_owned())),
            reason: reason.into(),
        }
    }

    fn fatal(reason: impl Into<String>) -> ConfigError {
        ConfigError {
            kind: ConfigErrorKind::Fatal,
            line: None,
            reason: reason.into(),
        }
    }

    fn cannot_open(path: &str, err: &std::io::Error) -> ConfigError {
        ConfigError {
            kind: ConfigErrorKind::CannotOpen,
            line: None,
            reason: format!(
                "Fatal error, can't open config file '{}': {}",
                path,
                strerror(err)
            ),
        }
    }

    pub fn kind(&self) -> ConfigErrorKind {
        self.kind
    }

    /// The 1-based line number Redis reports, if any.
    pub fn line_number(&self) -> Option<usize> {
        self.line.as_ref().map(|(n, _)| *n)
    }

    /// The offending line as Redis prints it (trimmed), if any.
    pub fn line(&self) -> Option<&str> {
        self.line.as_ref().map(|(_, l)| l.as_str())
    }

    /// The reason alone (`argument must be 'yes' or 'no'`, ...).
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ConfigErrorKind::CannotOpen => f.write_str(&self.reason),
            ConfigErrorKind::Fatal => {
                write!(
                    f,
                    "\n*** FATAL CONFIG FILE ERROR (Redis {}) ***\n",
                    REDIS_VERSION
                )?;
                if let Some((n, line)) = &self.line {
                    write!(
                        f,
                        "Reading the configuration file, at line {}\n>>> '{}'\n",
                        n, line
                    )?;
                }
                f.write_str(&self.reason)
            }
        }
    }
}

impl std::error::Error for ConfigError {}

/// Who runs CONFIG SET, for the checks that depend on it.
#[derive(Clone, Copy, Debug, Default)]
pub struct SetContext {
    /// The client is local (unix socket or loopback): allowed to set
    /// protected configs when `enable-protected-configs` is `local`.
    pub client_is_local: bool,
    /// The server is loading its dataset (DENY_LOADING directives refused).
    pub loading: bool,
}

/// Parser state shared by a whole load (a file and its includes).
struct LoadState {
    /// Mirrors redis-server's `reading_config_file` flag (which an `include`
    /// resets when it finishes: later `save` lines then replace each other).
    reading_file: bool,
    /// The first `save` line of the load replaces the default save points.
    save_loaded: bool,
    /// The working directory redis-server would be in (it chdirs on `dir`).
    cwd: PathBuf,
}

impl LoadState {
    fn new(cwd: PathBuf) -> LoadState {
        LoadState {
            reading_file: false,
            save_loaded: false,
            cwd,
        }
    }
}

impl Default for Config {
    /// redis-server 7.0.15's defaults (`dir` is the current directory).
    fn default() -> Config {
        let mut c = Config {
            bind: Vec::new(),
            port: 0,
            protected_mode: false,
            requirepass: None,
            databases: 0,
            dir: String::new(),
            dbfilename: String::new(),
            logfile: String::new(),
            loglevel: String::new(),
            timeout: 0,
            tcp_keepalive: 0,
            maxclients: 0,
            hz: 0,
            dynamic_hz: false,
            proto_max_bulk_len: 0,
            client_query_buffer_limit: 0,
            save: Vec::new(),
            appendonly: false,
            appendfsync: String::new(),
            appenddirname: String::new(),
            appendfilename: String::new(),
            maxmemory: 0,
            maxmemory_policy: String::new(),
            maxmemory_samples: 0,
            maxmemory_eviction_tenacity: 0,
            maxmemory_clients: 0,
            notify_keyspace_events: String::new(),
            notify_flags: 0,
            slowlog_log_slower_than: 0,
            slowlog_max_len: 0,
            latency_monitor_threshold: 0,
            latency_tracking: false,
            latency_tracking_info_percentiles: Vec::new(),
            io_threads: 0,
            cluster_enabled: false,
            hash_max_listpack_entries: 0,
            hash_max_listpack_value: 0,
            set_max_intset_entries: 0,
            set_max_listpack_entries: 128,
            set_max_listpack_value: 64,
            zset_max_listpack_entries: 0,
            zset_max_listpack_value: 0,
            list_max_listpack_size: 0,
            list_compress_depth: 0,
            stream_node_max_bytes: 0,
            stream_node_max_entries: 0,
            hll_sparse_max_bytes: 0,
            activerehashing: false,
            lazyfree_lazy_eviction: false,
            lazyfree_lazy_expire: false,
            lazyfree_lazy_server_del: false,
            lazyfree_lazy_user_del: false,
            lazyfree_lazy_user_flush: false,
            daemonize: false,
            pidfile: String::new(),
            unixsocket: String::new(),
            unixsocketperm: 0,
            tcp_backlog: 0,
            supervised: String::new(),
            enable_debug_command: String::new(),
            enable_protected_configs: String::new(),
            enable_module_command: String::new(),
            client_output_buffer_limit: ClientOutputBufferLimits::default(),
            active_expire_effort: 0,
            lfu_log_factor: 0,
            lfu_decay_time: 0,
            busy_reply_threshold: 0,
            tracking_table_max_keys: 0,
            acllog_max_len: 0,
            aclfile: String::new(),
            acl_pubsub_default: String::new(),
            replicaof: None,
            masterauth: None,
            masteruser: String::new(),
            replica_read_only: false,
            replica_serve_stale_data: false,
            repl_backlog_size: 0,
            min_replicas_to_write: 0,
            min_replicas_max_lag: 0,
            rdbcompression: false,
            rdbchecksum: false,
            stop_writes_on_bgsave_error: false,
            aof_use_rdb_preamble: false,
            aof_load_truncated: false,
            aof_timestamp_enabled: false,
            auto_aof_rewrite_percentage: 0,
            auto_aof_rewrite_min_size: 0,
            no_appendfsync_on_rewrite: false,
            shutdown_timeout: 0,
            shutdown_on_sigint: String::new(),
            shutdown_on_sigterm: String::new(),
            oom_score_adj: String::new(),
            oom_score_adj_values: [0; 3],
            sanitize_dump_payload: String::new(),
            always_show_logo: false,
            set_proc_title: false,
            proc_title_template: String::new(),
            syslog_enabled: false,
            syslog_ident: String::new(),
            syslog_facility: String::new(),
            rename_commands: Vec::new(),
            users: Vec::new(),
            loadmodules: Vec::new(),
            module_configs: Vec::new(),
            others: BTreeMap::new(),
            config_file: None,
        };
        for d in DIRECTIVES {
            c.store(d, default_value(d));
        }
        c
    }
}

/// The value a directive has before any configuration is read.
fn default_value(d: &Directive) -> Value {
    match d.kind {
        Kind::Bool { default, .. } => Value::Bool(default),
        Kind::Int { default, .. } => Value::Int(default),
        Kind::Str { default, .. } => Value::Str(default.map(|s| s.as_bytes().to_vec())),
        Kind::Enum { names, default } => {
            Value::Enum(enum_value(names, default.as_bytes()).unwrap_or(0))
        }
        Kind::Special(s) => match s {
            Special::Dir => Value::Dir(
                std::env::current_dir()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
            Special::Save => Value::Save(vec![(3600, 1), (300, 100), (60, 10000)]),
            Special::ClientOutputBufferLimit => Value::Obuf(ClientOutputBufferLimits::default()),
            Special::OomScoreAdjValues => Value::Oom([0, 200, 800]),
            Special::NotifyKeyspaceEvents => Value::Notify(0),
            Special::Bind => Value::Bind(vec!["*".to_string(), "-::*".to_string()]),
            Special::ReplicaOf => Value::ReplicaOf(None),
            Special::LatencyTrackingInfoPercentiles => Value::Percentiles(vec![50.0, 99.0, 99.9]),
        },
    }
}

/// The list of directives Respite accepts but does not act on yet.
pub fn not_acted_on() -> Vec<&'static str> {
    DIRECTIVES
        .iter()
        .filter(|d| !d.acted_on)
        .map(|d| d.name)
        .chain(["rename-command", "user", "loadmodule", "sentinel"])
        .collect()
}

impl Config {
    // ----------------------------------------------------------------------
    // Loading
    // ----------------------------------------------------------------------

    /// redis-server's command line, without the program name: an optional
    /// config file path first (any first argument not starting with `-`),
    /// then `--name value...` overrides (several words per directive,
    /// `--save ""` and a bare `--save` disable saving). A lone `-` as the
    /// first or last argument reads more configuration from stdin. With no
    /// arguments at all the defaults are used.
    ///
    /// `--help`, `--version`, `--test-memory`, ... must be handled by the
    /// caller first (redis-server does so before parsing the config).
    pub fn from_args(args: &[String]) -> Result<Config, ConfigError> {
        Self::from_args_with_stdin(args, &mut std::io::stdin().lock())
    }

    /// [`Config::from_args`], reading `-` from `stdin`.
    pub fn from_args_with_stdin(
        args: &[String],
        stdin: &mut dyn Read,
    ) -> Result<Config, ConfigError> {
        if args.is_empty() {
            return Ok(Config::default());
        }
        let cwd = std::env::current_dir().unwrap_or_default();
        let (config_file, rest) = if args[0].starts_with('-') {
            (None, args)
        } else {
            (Some(absolute_path(&args[0], &cwd)), &args[1..])
        };
        // A lone "-" reads stdin only as the very first or last argument.
        let first_is_option_pos = config_file.is_none();
        let (options, from_stdin) = build_options(rest, first_is_option_pos);

        let mut text = Vec::new();
        if let Some(path) = &config_file {
            text = read_config_source(path.to_string_lossy().as_ref(), &cwd)?;
        }
        if from_stdin {
            tracing::warn!("Reading config from stdin");
            let mut buf = Vec::new();
            let _ = stdin.read_to_end(&mut buf);
            text.extend_from_slice(&buf);
        }
        text.push(b'\n');
        text.extend_from_slice(&options);

        let mut cfg = Config {
            config_file,
            ..Config::default()
        };
        let mut st = LoadState::new(cwd);
        cfg.load_text(&text, &mut st)?;
        Ok(cfg)
    }

    /// Loads configuration text as if it were a config file, followed by
    /// command-line style `overrides` (`["--port", "7000", "--save", ""]`),
    /// like `redis-server <file> <overrides...>` minus the file name (so
    /// there is no config file for CONFIG REWRITE).
    pub fn from_file_text(text: &str, overrides: &[String]) -> Result<Config, ConfigError> {
        let cwd = std::env::current_dir().unwrap_or_default();
        let (options, _) = build_options(overrides, false);
        let mut all = text.as_bytes().to_vec();
        all.push(b'\n');
        all.extend_from_slice(&options);
        let mut cfg = Config::default();
        let mut st = LoadState::new(cwd);
        cfg.load_text(&all, &mut st)?;
        Ok(cfg)
    }

    /// Absolute path of the loaded config file (CONFIG REWRITE, INFO's
    /// `config_file`).
    pub fn config_file(&self) -> Option<&Path> {
        self.config_file.as_deref()
    }

    /// Parses configuration text (one file, its includes parsed recursively).
    fn load_text(&mut self, text: &[u8], st: &mut LoadState) -> Result<(), ConfigError> {
        st.reading_file = true;
        for (i, raw) in text.split(|&c| c == b'\n').enumerate() {
            let line_no = i + 1;
            let line = trim(raw, b" \t\r\n");
            if line.is_empty() || line[0] == b'#' {
                continue;
            }
            let err = |reason: &str| ConfigError::at(line_no, line, reason);
            let Some(mut argv) = split_args(line) else {
                return Err(err("Unbalanced quotes in configuration line"));
            };
            if argv.is_empty() {
                continue;
            }
            argv[0].make_ascii_lowercase();
            let argc = argv.len();

            if let Some((idx, _)) = table::lookup(&argv[0]) {
                let d = &DIRECTIVES[idx];
                if !d.multi_arg() && argc != 2 {
                    return Err(err("wrong number of arguments"));
                }
                let args = if d.multi_arg() && argc == 2 && !argv[1].is_empty() {
                    // "--save '900 1 300 10'" style: one word holding several.
                    split_args(&argv[1]).unwrap_or_default()
                } else {
                    argv[1..].to_vec()
                };
                self.apply(d, &args, st).map_err(|e| err(&e))?;
                continue;
            }
            if table::DEPRECATED_DIRECTIVES
                .iter()
                .any(|(name, n)| name.as_bytes() == argv[0].as_slice() && *n == argc)
            {
                continue;
            }

            let name = String::from_utf8_lossy(&argv[0]).into_owned();
            let word = |j: usize| String::from_utf8_lossy(&argv[j]).into_owned();
            if name == "include" && argc == 2 {
                let included = read_config_source(&word(1), &st.cwd)?;
                self.load_text(&included, st)?;
            } else if name == "rename-command" && argc == 3 {
                self.rename_commands.push((word(1), word(2)));
            } else if name == "user" && argc >= 2 {
                self.users.push((1..argc).map(word).collect());
            } else if name == "loadmodule" && argc >= 2 {
                self.loadmodules.push((1..argc).map(word).collect());
            } else if name.contains('.') {
                if argc < 2 {
                    return Err(err("Module config specified without value"));
                }
                let value = (1..argc).map(word).collect::<Vec<_>>().join(" ");
                match self.module_configs.iter_mut().find(|(n, _)| *n == name) {
                    Some(slot) => slot.1 = value,
                    None => self.module_configs.push((name, value)),
                }
            } else if name == "sentinel" {
                // A bare "sentinel" selects sentinel mode (the server's job);
                // sentinel directives need sentinel mode, which Respite lacks.
                if argc != 1 {
                    return Err(err("sentinel directive while not in sentinel mode"));
                }
            } else {
                return Err(err("Bad directive or wrong number of arguments"));
            }
        }

        if !self.logfile.is_empty() {
            let path = st.cwd.join(&self.logfile);
            if let Err(e) = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(path)
            {
                return Err(ConfigError::fatal(format!(
                    "Can't open the log file: {}",
                    strerror(&e)
                )));
            }
        }
        if self.cluster_enabled && self.replicaof.is_some() {
            return Err(ConfigError::fatal(
                "replicaof directive not allowed in cluster mode",
            ));
        }
        self.hz = self.hz.clamp(1, 500);
        st.reading_file = false;
        Ok(())
    }

    // ----------------------------------------------------------------------
    // Values
    // ----------------------------------------------------------------------

    fn store(&mut self, d: &'static Directive, v: Value) {
        if let Value::Notify(flags) = v {
            // The printed form can hide classes (`n` next to `A`).
            self.notify_flags = flags;
            self.notify_keyspace_events = keyspace_events_to_string(flags);
            return;
        }
        if let Some(v) = self.typed_put(d, v) {
            self.others.insert(d.name, v);
        }
    }

    fn value(&self, d: &Directive) -> Value {
        if matches!(d.kind, Kind::Special(Special::NotifyKeyspaceEvents)) {
            return Value::Notify(self.keyspace_events_flags());
        }
        self.typed_get(d)
            .or_else(|| self.others.get(d.name).cloned())
            .unwrap_or_else(|| default_value(d))
    }

    /// Validates `args` for `d` and stores the result. Returns whether this
    /// counts as a change (Redis then runs the directive's apply hook).
    fn apply(
        &mut self,
        d: &'static Directive,
        args: &[Vec<u8>],
        st: &mut LoadState,
    ) -> Result<bool, String> {
        let old = self.value(d);
        let new = self.parse_value(d, &old, args, st)?;
        let changed = match d.kind {
            Kind::Special(Special::OomScoreAdjValues) => new != old,
            Kind::Special(_) => true,
            _ => new != old || d.is(VOLATILE),
        };
        self.store(d, new);
        Ok(changed)
    }

    /// The new value of `d` from its arguments, or Redis's error reason.
    fn parse_value(
        &self,
        d: &Directive,
        old: &Value,
        args: &[Vec<u8>],
        st: &mut LoadState,
    ) -> Result<Value, String> {
        let arg0 = args.first().map(Vec::as_slice).unwrap_or_default();
        match d.kind {
            // activedefrag: the reference build (jemalloc) accepts `yes`.
            Kind::Bool { .. } => {
                let v = if arg0.eq_ignore_ascii_case(b"yes") {
                    true
                } else if arg0.eq_ignore_ascii_case(b"no") {
                    false
                } else {
                    return Err("argument must be 'yes' or 'no'".into());
                };
                Ok(Value::Bool(v))
            }
            Kind::Int {
                min,
                max,
                unsigned,
                fmt,
                ..
            } => {
                let v = parse_number(arg0, fmt)?;
                check_bounds(v, min, max, unsigned, fmt)?;
                Ok(Value::Int(v))
            }
            Kind::Str {
                empty_is_null,
                check,
                binary,
                ..
            } => {
                let mut s = arg0.to_vec();
                if !binary {
                    // A C string: it ends at the first NUL.
                    if let Some(n) = s.iter().position(|&c| c == 0) {
                        s.truncate(n);
                    }
                }
                self.check_string(check, &s)?;
                Ok(Value::Str(if empty_is_null && s.is_empty() {
                    None
                } else {
                    Some(s)
                }))
            }
            Kind::Enum { names, .. } => {
                let bitflags = d.multi_arg();
                let Some(v) = enum_from_args(names, args, bitflags) else {
                    let list = names.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
                    let mut msg = format!("argument(s) must be one of the following: {}", list);
                    // Redis formats this into a 256 byte buffer.
                    msg.truncate(255);
                    return Err(msg);
                };
                if bitflags && v & 1 != 0 && v & 2 != 0 {
                    return Err(
                        "shutdown options SAVE and NOSAVE can't be used simultaneously".into(),
                    );
                }
                Ok(Value::Enum(v))
            }
            Kind::Special(s) => self.parse_special(s, old, args, st),
        }
    }

    fn check_string(&self, check: StrCheck, s: &[u8]) -> Result<(), String> {
        let is_base_name = !s.contains(&b'/') && !s.contains(&b'\\');
        match check {
            StrCheck::None => Ok(()),
            StrCheck::DbFilename if !is_base_name => {
                Err("dbfilename can't be a path, just a filename".into())
            }
            StrCheck::AofFilename if s.is_empty() => Err("appendfilename can't be empty".into()),
            StrCheck::AofFilename if !is_base_name => {
                Err("appendfilename can't be a path, just a filename".into())
            }
            StrCheck::AofDirname if s.is_empty() => Err("appenddirname can't be empty".into()),
            StrCheck::AofDirname if !is_base_name => {
                Err("appenddirname can't be a path, just a dirname".into())
            }
            StrCheck::Hostname if s.len() >= 256 => {
                Err("Hostnames must be less than 256 characters".into())
            }
            StrCheck::Hostname
                if !s
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'.') =>
            {
                Err("Hostnames may only contain alphanumeric characters, hyphens or dots".into())
            }
            StrCheck::ProcTitle if !self.valid_proc_title_template(s) => {
                Err("template format is invalid or contains unknown variables".into())
            }
            _ => Ok(()),
        }
    }

    /// Expands a proc-title template with an empty title: it must only use
    /// known variables and not expand to blanks.
    fn valid_proc_title_template(&self, t: &[u8]) -> bool {
        let mut out: Vec<u8> = Vec::new();
        let mut p = 0;
        while p < t.len() {
            let Some(open) = t[p..].iter().position(|&c| c == b'{').map(|o| p + o) else {
                out.extend_from_slice(&t[p..]);
                break;
            };
            out.extend_from_slice(&t[p..open]);
            let var_start = open + 1;
            if var_start >= t.len() {
                return false;
            }
            if t[var_start] == b'{' {
                out.push(b'{');
                p = var_start + 1;
                continue;
            }
            let Some(close) = t[var_start..]
                .iter()
                .position(|&c| c == b'}')
                .map(|o| var_start + o)
            else {
                return false;
            };
            let value: String = match &t[var_start..close] {
                b"title" => String::new(),
                b"listen-addr" => {
                    if self.port != 0 || self.int_of("tls-port") != 0 {
                        let port = if self.port != 0 {
                            i64::from(self.port)
                        } else {
                            self.int_of("tls-port")
                        };
                        format!(
                            "{}:{}",
                            self.bind.first().map(String::as_str).unwrap_or("*"),
                            port
                        )
                    } else {
                        format!("unixsocket:{}", self.unixsocket)
                    }
                }
                b"server-mode" => {
                    if self.cluster_enabled {
                        "[cluster]".into()
                    } else {
                        String::new()
                    }
                }
                b"config-file" => self
                    .config_file
                    .as_ref()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "-".into()),
                b"port" => self.port.to_string(),
                b"tls-port" => self.int_of("tls-port").to_string(),
                b"unixsocket" => self.unixsocket.clone(),
                _ => return false,
            };
            out.extend_from_slice(value.as_bytes());
            p = close + 1;
        }
        !trim(&out, b" ").is_empty()
    }

    fn int_of(&self, name: &str) -> i64 {
        match table::directive(name.as_bytes()).map(|d| self.value(d)) {
            Some(Value::Int(v)) => v,
            _ => 0,
        }
    }

    fn parse_special(
        &self,
        s: Special,
        old: &Value,
        args: &[Vec<u8>],
        st: &mut LoadState,
    ) -> Result<Value, String> {
        let wrong_args = || Err("wrong number of arguments".to_string());
        match s {
            Special::Dir => {
                if args.len() != 1 {
                    return wrong_args();
                }
                let dir = change_dir(&st.cwd, &args[0])?;
                st.cwd = PathBuf::from(&dir);
                Ok(Value::Dir(dir))
            }
            Special::Save => {
                // `save ""` empties the save points wherever it appears (Redis resets them
                // before anything else), so `--save ""` after a file's save lines disables saving.
                let clear = args.len() == 1 && args[0].is_empty();
                let args: &[Vec<u8>] = if clear { &[] } else { args };
                if !args.len().is_multiple_of(2) {
                    return Err("Invalid save parameters".into());
                }
                let mut points = Vec::new();
                for pair in args.chunks(2) {
                    let (seconds, ok1) = c_strtoll(&pair[0], 10);
                    let (changes, ok2) = c_strtoll(&pair[1], 10);
                    if !ok1 || !ok2 || seconds < 1 || changes < 0 {
                        return Err("Invalid save parameters".into());
                    }
                    // Redis keeps `changes` in an int.
                    points.push((seconds as u64, (changes as i32).max(0) as u64));
                }
                // CONFIG SET replaces the save points. In a config file the
                // first save line replaces the defaults and the next ones add
                // to it (until an include finishes, see LoadState).
                let replace = if clear || !st.reading_file {
                    true
                } else if !st.save_loaded {
                    st.save_loaded = true;
                    true
                } else {
                    false
                };
                let mut all = match (replace, old) {
                    (false, Value::Save(prev)) => prev.clone(),
                    _ => Vec::new(),
                };
                all.extend(points);
                Ok(Value::Save(all))
            }
            Special::ClientOutputBufferLimit => {
                if !args.len().is_multiple_of(4) {
                    return Err("Wrong number of arguments in buffer limit configuration.".into());
                }
                let mut limits = match old {
                    Value::Obuf(o) => *o,
                    _ => ClientOutputBufferLimits::default(),
                };
                let mut updates = Vec::new();
                for group in args.chunks(4) {
                    let class = &group[0];
                    let slot = if class.eq_ignore_ascii_case(b"normal") {
                        0
                    } else if class.eq_ignore_ascii_case(b"slave")
                        || class.eq_ignore_ascii_case(b"replica")
                    {
                        1
                    } else if class.eq_ignore_ascii_case(b"pubsub") {
                        2
                    } else {
                        return Err(
                            "Invalid client class specified in buffer limit configuration.".into(),
                        );
                    };
                    let hard = memtoull(&group[1]);
                    let soft = memtoull(&group[2]);
                    let (secs, ok) = c_strtoll(&group[3], 10);
                    // Redis keeps the seconds in an int.
                    let secs = secs as i32;
                    let (Some(hard), Some(soft), true) = (hard, soft, ok && secs >= 0) else {
                        return Err("Error in hard, soft or soft_seconds setting in buffer limit configuration.".into());
                    };
                    let limit = ClientBufferLimit {
                        hard_limit_bytes: hard,
                        soft_limit_bytes: soft,
                        soft_limit_seconds: secs as u64,
                    };
                    updates.push((slot, limit));
                }
                for (slot, limit) in updates {
                    match slot {
                        0 => limits.normal = limit,
                        1 => limits.replica = limit,
                        _ => limits.pubsub = limit,
                    }
                }
                Ok(Value::Obuf(limits))
            }
            Special::OomScoreAdjValues => {
                if args.len() != 3 {
                    return wrong_args();
                }
                let mut values = [0i32; 3];
                for (slot, a) in values.iter_mut().zip(args) {
                    let (v, ok) = c_strtoll(a, 10);
                    if !ok || !(-2000..=2000).contains(&v) {
                        return Err("Invalid oom-score-adj-values, elements must be between -2000 and 2000.".into());
                    }
                    *slot = v as i32;
                }
                Ok(Value::Oom(values))
            }
            Special::NotifyKeyspaceEvents => {
                if args.len() != 1 {
                    return wrong_args();
                }
                // A C string: it ends at the first NUL.
                let s = args[0].split(|&c| c == 0).next().unwrap_or_default();
                match keyspace_events_from_str(s) {
                    Some(flags) => Ok(Value::Notify(flags)),
                    None => Err("Invalid event class character. Use 'Ag$lshzxeKEtmdn'.".into()),
                }
            }
            Special::Bind => {
                if args.len() > 16 {
                    return Err("Too many bind addresses specified.".into());
                }
                if args.len() == 1 && args[0].is_empty() {
                    return Ok(Value::Bind(Vec::new()));
                }
                Ok(Value::Bind(
                    args.iter()
                        .map(|a| String::from_utf8_lossy(a).into_owned())
                        .collect(),
                ))
            }
            Special::ReplicaOf => {
                if args.len() != 2 {
                    return wrong_args();
                }
                if args[0].eq_ignore_ascii_case(b"no") && args[1].eq_ignore_ascii_case(b"one") {
                    return Ok(Value::ReplicaOf(None));
                }
                let (port, ok) = c_strtoll(&args[1], 10);
                if !ok || !(0..=65535).contains(&port) {
                    return Err("Invalid master port".into());
                }
                Ok(Value::ReplicaOf(Some((
                    String::from_utf8_lossy(&args[0]).into_owned(),
                    port as u16,
                ))))
            }
            Special::LatencyTrackingInfoPercentiles => {
                if args.len() == 1 && args[0].is_empty() {
                    return Ok(Value::Percentiles(Vec::new()));
                }
                let mut out = Vec::with_capacity(args.len());
                for a in args {
                    let Some(p) = parse_f64(a) else {
                        return Err("Invalid latency-tracking-info-percentiles parameters".into());
                    };
                    if !(0.0..=100.0).contains(&p) {
                        return Err(
                            "latency-tracking-info-percentiles parameters should sit between [0.0,100.0]".into()
                        );
                    }
                    out.push(p);
                }
                Ok(Value::Percentiles(out))
            }
        }
    }

    /// A directive's value formatted like CONFIG GET prints it.
    fn format_value(&self, d: &Directive) -> String {
        match (self.value(d), d.kind) {
            (Value::Bool(b), _) => (if b { "yes" } else { "no" }).to_string(),
            (Value::Int(v), Kind::Int { fmt, .. }) => match fmt {
                NumFmt::Integer => v.to_string(),
                NumFmt::Memory => (v as u64).to_string(),
                NumFmt::MemoryPercent if v < 0 => format!("{}%", v.unsigned_abs()),
                NumFmt::MemoryPercent => (v as u64).to_string(),
                NumFmt::Octal => format!("{:o}", v as u64),
            },
            (Value::Int(v), _) => v.to_string(),
            (Value::Str(s), _) => String::from_utf8_lossy(&s.unwrap_or_default()).into_owned(),
            (Value::Enum(v), Kind::Enum { names, .. }) => enum_name(names, v, d.multi_arg()),
            (Value::Enum(v), _) => v.to_string(),
            (Value::Dir(s), _) => s,
            (Value::Save(points), _) => points
                .iter()
                .map(|(s, c)| format!("{} {}", s, c))
                .collect::<Vec<_>>()
                .join(" "),
            (Value::Obuf(o), _) => o
                .classes()
                .iter()
                .map(|(name, l)| {
                    format!(
                        "{} {} {} {}",
                        name, l.hard_limit_bytes, l.soft_limit_bytes, l.soft_limit_seconds
                    )
                })
                .collect::<Vec<_>>()
                .join(" "),
            (Value::Oom(v), _) => format!("{} {} {}", v[0], v[1], v[2]),
            (Value::Notify(flags), _) => keyspace_events_to_string(flags),
            (Value::Bind(addrs), _) => addrs.join(" "),
            (Value::ReplicaOf(r), _) => r.map(|(h, p)| format!("{} {}", h, p)).unwrap_or_default(),
            (Value::Percentiles(p), _) => p
                .iter()
                .map(|v| format_percentile(*v))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    // ----------------------------------------------------------------------
    // CONFIG GET / CONFIG SET
    // ----------------------------------------------------------------------

    /// CONFIG GET pattern [pattern ...]: `(name, value)` pairs as
    /// redis-server returns them. A pattern without glob characters is
    /// looked up exactly (any case, hidden directives included) and echoed
    /// back as typed; glob patterns match canonical names and aliases (case
    /// insensitively, hidden directives excluded). Each name appears once.
    /// Redis returns the pairs in its hash table order (which varies from
    /// run to run); this returns them in pattern order, then table order.
    pub fn get(&self, patterns: &[&[u8]]) -> Vec<(String, String)> {
        let mut matches: Vec<(String, &'static Directive)> = Vec::new();
        let seen = |m: &Vec<(String, &Directive)>, name: &[u8]| {
            m.iter()
                .any(|(n, _)| n.as_bytes().eq_ignore_ascii_case(name))
        };
        for &pat in patterns {
            if !pat.iter().any(|c| matches!(c, b'[' | b'*' | b'?')) {
                if seen(&matches, pat) {
                    continue;
                }
                if let Some(d) = table::directive(pat) {
                    matches.push((String::from_utf8_lossy(pat).into_owned(), d));
                }
                continue;
            }
            for d in DIRECTIVES.iter().filter(|d| !d.is(HIDDEN)) {
                for name in std::iter::once(d.name).chain(d.alias) {
                    if !seen(&matches, name.as_bytes()) && glob_match(pat, name.as_bytes(), true) {
                        matches.push((name.to_string(), d));
                    }
                }
            }
        }
        matches
            .into_iter()
            .map(|(name, d)| (name, self.format_value(d)))
            .collect()
    }

    /// The CONFIG GET value of one directive (canonical name or alias).
    pub fn get_one(&self, name: &str) -> Option<String> {
        table::directive(name.as_bytes()).map(|d| self.format_value(d))
    }

    /// CONFIG SET name value [name value ...] from a client that is not
    /// local, while not loading: see [`Config::set_with`].
    pub fn set(&mut self, pairs: &[(&[u8], &[u8])]) -> Result<Vec<&'static str>, String> {
        self.set_with(pairs, SetContext::default())
    }

    /// CONFIG SET, validated and atomic (all pairs applied or none), with
    /// redis-server 7.0's exact error strings (`ERR ...`, or `LOADING ...`).
    /// Returns the canonical names of the directives whose value changed,
    /// in argument order, so the server can react (chdir to `dir`, re-bind,
    /// resize, ...). If the server fails to apply a change (port in use...)
    /// it should restore a clone taken before the call and reply with
    /// [`Config::apply_error`].
    ///
    /// An odd number of arguments is the caller's `ERR syntax error`.
    pub fn set_with(
        &mut self,
        pairs: &[(&[u8], &[u8])],
        ctx: SetContext,
    ) -> Result<Vec<&'static str>, String> {
        let mut unknown: Option<String> = None;
        let mut failure: Option<(String, &str)> = None;
        let mut invalid = false;
        let mut deny_loading = false;
        let mut chosen: Vec<(usize, bool)> = Vec::with_capacity(pairs.len());
        for (name, _) in pairs {
            let Some((idx, via_alias)) = table::lookup(name) else {
                if !invalid {
                    unknown = Some(String::from_utf8_lossy(name).into_owned());
                    invalid = true;
                }
                continue;
            };
            if invalid {
                continue;
            }
            let d = &DIRECTIVES[idx];
            if d.is(IMMUTABLE) || (d.is(PROTECTED) && !self.protected_allowed(ctx.client_is_local))
            {
                let why = if d.is(IMMUTABLE) {
                    "can't set immutable config"
                } else {
                    "can't set protected config"
                };
                failure = Some((String::from_utf8_lossy(name).into_owned(), why));
                invalid = true;
                continue;
            }
            if ctx.loading && d.is(DENY_LOADING) {
                deny_loading = true;
                invalid = true;
                continue;
            }
            // The same entry twice (a name and its alias are distinct entries).
            if chosen.contains(&(idx, via_alias)) {
                failure = Some((
                    String::from_utf8_lossy(name).into_owned(),
                    "duplicate parameter",
                ));
                invalid = true;
            }
            chosen.push((idx, via_alias));
        }
        if invalid {
            return Err(if deny_loading {
                "LOADING Redis is loading the dataset in memory".to_string()
            } else if let Some(name) = unknown {
                format!(
                    "ERR Unknown option or number of arguments for CONFIG SET - '{}'",
                    name
                )
            } else {
                let (name, why) = failure.unwrap_or_default();
                format!(
                    "ERR CONFIG SET failed (possibly related to argument '{}') - {}",
                    name, why
                )
            });
        }

        let mut new = self.clone();
        let mut st = LoadState::new(PathBuf::from(&self.dir));
        let mut changed: Vec<&'static str> = Vec::new();
        for (&(idx, via_alias), (_, value)) in chosen.iter().zip(pairs) {
            let d = &DIRECTIVES[idx];
            let args: Vec<Vec<u8>> = if !d.multi_arg() {
                vec![value.to_vec()]
            } else if value.is_empty() {
                Vec::new()
            } else {
                value.split(|&c| c == b' ').map(<[u8]>::to_vec).collect()
            };
            match new.apply(d, &args, &mut st) {
                Ok(true) => {
                    if !changed.contains(&d.name) {
                        changed.push(d.name);
                    }
                }
                Ok(false) => {}
                Err(why) => {
                    let name = if via_alias {
                        d.alias.unwrap_or(d.name)
                    } else {
                        d.name
                    };
                    return Err(format!(
                        "ERR CONFIG SET failed (possibly related to argument '{}') - {}",
                        name, why
                    ));
                }
            }
        }
        // Redis accepts any hz but caps it when applying it.
        new.hz = new.hz.clamp(1, 500);
        *self = new;
        Ok(changed)
    }

    /// The CONFIG SET error for a change the server failed to apply
    /// (e.g. "Unable to listen on this port. Check server logs.").
    pub fn apply_error(name: &str, reason: &str) -> String {
        format!(
            "ERR CONFIG SET failed (possibly related to argument '{}') - {}",
            name, reason
        )
    }

    fn protected_allowed(&self, client_is_local: bool) -> bool {
        match self.enable_protected_configs.as_str() {
            "yes" => true,
            "local" => client_is_local,
            _ => false,
        }
    }

    /// Whether DEBUG is allowed for a client (`enable-debug-command`).
    pub fn debug_command_allowed(&self, client_is_local: bool) -> bool {
        match self.enable_debug_command.as_str() {
            "yes" => true,
            "local" => client_is_local,
            _ => false,
        }
    }

    /// The `notify-keyspace-events` classes as `NOTIFY_*` bits. (The
    /// printed string can hide a class: Redis prints `AKEmn` as `AKEm`, yet
    /// `n` stays enabled.) If `notify_keyspace_events` was assigned directly,
    /// the classes come from that string.
    pub fn keyspace_events_flags(&self) -> u32 {
        if keyspace_events_to_string(self.notify_flags) == self.notify_keyspace_events {
            self.notify_flags
        } else {
            keyspace_events_from_str(self.notify_keyspace_events.as_bytes()).unwrap_or(0)
        }
    }
}

/// Builds the text redis-server appends to the config for command-line
/// options: `--name` starts a new line, other words are quoted values.
/// Returns the text and whether a lone `-` asked for stdin.
/// `first_is_argv1`: `args[0]` is redis-server's first argument (there was
/// no config file), where a lone `-` also means stdin.
fn build_options(args: &[String], first_is_argv1: bool) -> (Vec<u8>, bool) {
    let mut options: Vec<u8> = Vec::new();
    let mut from_stdin = false;
    let mut handled_last = true;
    let n = args.len();
    for (j, a) in args.iter().enumerate() {
        let is_last = j + 1 == n;
        let next_is_option = !is_last && args[j + 1].starts_with("--");
        if a == "-" && ((j == 0 && first_is_argv1) || is_last) {
            from_stdin = true;
        } else if handled_last && a.starts_with("--") {
            if !options.is_empty() {
                options.push(b'\n');
            }
            options.extend_from_slice(&a.as_bytes()[2..]);
            options.push(b' ');
            let words = split_args(a.as_bytes()).map(|w| w.len());
            if words == Some(1) {
                // Only a name: its values follow as separate arguments.
                handled_last = false;
                let is_save = a.eq_ignore_ascii_case("--save");
                let is_sentinel = a.eq_ignore_ascii_case("--sentinel");
                if is_save && next_is_option {
                    options.extend_from_slice(b"\"\"");
                    handled_last = true;
                } else if is_save && is_last {
                    options.extend_from_slice(b"\"\"");
                } else if is_sentinel && next_is_option {
                    handled_last = true;
                }
            } else {
                // "--port 6380" in one argument.
                handled_last = true;
            }
        } else {
            options.extend_from_slice(&repr(a.as_bytes()));
            options.push(b' ');
            handled_last = true;
        }
    }
    (options, from_stdin)
}

/// redis-server's `getAbsolutePath`: joins a relative path to the cwd,
/// folding leading `../` components.
fn absolute_path(name: &str, cwd: &Path) -> PathBuf {
    let rel = std::str::from_utf8(trim(name.as_bytes(), b" \r\n\t"))
        .unwrap_or(name)
        .to_string();
    if rel.starts_with('/') {
        return PathBuf::from(rel);
    }
    let mut abs = cwd.to_string_lossy().into_owned();
    if !abs.ends_with('/') {
        abs.push('/');
    }
    let mut rel = rel.as_str();
    while let Some(rest) = rel.strip_prefix("../") {
        rel = rest;
        if abs.len() > 1 {
            let without_slash = &abs[..abs.len() - 1];
            let cut = without_slash.rfind('/').map(|i| i + 1).unwrap_or(0);
            abs.truncate(cut);
        }
    }
    abs.push_str(rel);
    PathBuf::from(abs)
}

/// Reads a config file (relative paths against `cwd`), or every file a
/// wildcard pattern matches (none is fine), concatenated.
fn read_config_source(name: &str, cwd: &Path) -> Result<Vec<u8>, ConfigError> {
    let read = |display: &str, path: &Path| -> Result<Vec<u8>, ConfigError> {
        let mut f = std::fs::File::open(path).map_err(|e| ConfigError::cannot_open(display, &e))?;
        let mut buf = Vec::new();
        // Like fgets, a read error (a directory...) just ends the input.
        let _ = f.read_to_end(&mut buf);
        Ok(buf)
    };
    if name.contains(['*', '?', '[']) {
        let mut text = Vec::new();
        for path in fs_glob(name, cwd) {
            text.extend(read(&path, &cwd.join(&path))?);
        }
        Ok(text)
    } else {
        read(name, &cwd.join(name))
    }
}

/// A small glob(3): wildcards in any path component, sorted results, and
/// leading dots only matched explicitly.
fn fs_glob(pattern: &str, cwd: &Path) -> Vec<String> {
    let absolute = pattern.starts_with('/');
    let mut found: Vec<String> = vec![if absolute {
        "/".to_string()
    } else {
        String::new()
    }];
    let comps: Vec<&str> = pattern.split('/').filter(|c| !c.is_empty()).collect();
    for (i, comp) in comps.iter().enumerate() {
        let last = i + 1 == comps.len();
        let mut next = Vec::new();
        for base in &found {
            let join = |name: &str| {
                if base.is_empty() || base.ends_with('/') {
                    format!("{}{}", base, name)
                } else {
                    format!("{}/{}", base, name)
                }
            };
            if !comp.contains(['*', '?', '[']) {
                let candidate = join(comp);
                let p = cwd.join(&candidate);
                if (last && p.exists()) || (!last && p.is_dir()) {
                    next.push(candidate);
                }
                continue;
            }
            let dir = cwd.join(if base.is_empty() { "." } else { base.as_str() });
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            let mut names: Vec<String> = entries
                .filter_map(|e| e.ok())
                .filter(|e| last || e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.') || comp.starts_with('.'))
                .filter(|n| glob_match(comp.as_bytes(), n.as_bytes(), false))
                .collect();
            names.sort();
            next.extend(names.iter().map(|n| join(n)));
        }
        found = next;
    }
    if comps.is_empty() {
        return Vec::new();
    }
    found.sort();
    found
}

/// redis-server's `chdir` for `dir`: the new absolute working directory.
fn change_dir(cwd: &Path, arg: &[u8]) -> Result<String, String> {
    let arg =
        String::from_utf8_lossy(arg.split(|&c| c == 0).next().unwrap_or_default()).into_owned();
    if arg.is_empty() {
        return Err("No such file or directory".into());
    }
    let path = std::fs::canonicalize(cwd.join(&arg)).map_err(|e| strerror(&e))?;
    if !path.is_dir() {
        return Err("Not a directory".into());
    }
    Ok(path.to_string_lossy().into_owned())
}

/// The C library message of an I/O error, without Rust's " (os error N)".
fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) if e.raw_os_error().is_some() => s[..i].to_string(),
        _ => s,
    }
}

fn trim<'a>(mut s: &'a [u8], set: &[u8]) -> &'a [u8] {
    while let [first, rest @ ..] = s {
        if !set.contains(first) {
            break;
        }
        s = rest;
    }
    while let [rest @ .., last] = s {
        if !set.contains(last) {
            break;
        }
        s = rest;
    }
    s
}

/// C `strtoll(s, &end, base)` on a C string, plus whether the whole string
/// was consumed (`*end == '\0'`). Leading whitespace and a sign are
/// accepted, out of range values saturate, no digits consumes nothing.
fn c_strtoll(s: &[u8], base: u32) -> (i64, bool) {
    let s = s.split(|&c| c == 0).next().unwrap_or_default();
    let mut i = 0;
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
        i += 1;
    }
    let mut neg = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        neg = s[i] == b'-';
        i += 1;
    }
    let digits_start = i;
    let mut v: i128 = 0;
    while i < s.len() {
        let Some(d) = (s[i] as char).to_digit(base) else {
            break;
        };
        v = (v * i128::from(base) + i128::from(d)).min(i128::from(u64::MAX) + 1);
        i += 1;
    }
    if i == digits_start {
        // No number: end points at the start of the string.
        return (0, s.is_empty());
    }
    let v = if neg { -v } else { v };
    let v = v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
    (v, i == s.len())
}

/// Parses a numeric directive's argument; Redis's error reasons.
fn parse_number(s: &[u8], fmt: NumFmt) -> Result<i64, String> {
    if matches!(fmt, NumFmt::Memory | NumFmt::MemoryPercent) {
        if let Some(v) = memtoull(s) {
            return Ok(v as i64);
        }
    }
    if fmt == NumFmt::MemoryPercent && s.len() > 1 && s.ends_with(b"%") {
        if let Some(v) = parse_i64(&s[..s.len() - 1]) {
            if v >= 0 {
                // Percentages are stored negated.
                return Ok(-v);
            }
        }
    }
    if fmt == NumFmt::Octal {
        let (v, ok) = c_strtoll(s, 8);
        let overflow = v == i64::MAX || v == i64::MIN;
        if ok && !overflow {
            return Ok(v);
        }
    }
    if fmt == NumFmt::Integer {
        if let Some(v) = parse_i64(s) {
            return Ok(v);
        }
    }
    Err(match fmt {
        NumFmt::MemoryPercent => "argument must be a memory or percent value",
        NumFmt::Memory => "argument must be a memory value",
        NumFmt::Octal => "argument couldn't be parsed as an octal number",
        NumFmt::Integer => "argument couldn't be parsed into an integer",
    }
    .to_string())
}

fn check_bounds(v: i64, min: i64, max: i64, unsigned: bool, fmt: NumFmt) -> Result<(), String> {
    if unsigned {
        let (u, lo, hi) = (v as u64, min as u64, max as u64);
        if u > hi || u < lo {
            return Err(if fmt == NumFmt::Octal {
                format!("argument must be between {:o} and {:o} inclusive", lo, hi)
            } else {
                format!("argument must be between {} and {} inclusive", lo, hi)
            });
        }
    } else if fmt == NumFmt::MemoryPercent && v < 0 {
        if v < min {
            return Err(format!(
                "percentage argument must be less or equal to {}",
                -min
            ));
        }
    } else if v > max || v < min {
        return Err(format!(
            "argument must be between {} and {} inclusive",
            min, max
        ));
    }
    Ok(())
}

/// The value of an enum name (case-insensitive).
fn enum_value(names: &EnumNames, name: &[u8]) -> Option<i32> {
    names
        .iter()
        .find(|(n, _)| n.as_bytes().eq_ignore_ascii_case(name))
        .map(|(_, v)| *v)
}

/// Enum value from arguments: one name, or for bit flags one or more names
/// OR-ed together.
fn enum_from_args(names: &EnumNames, args: &[Vec<u8>], bitflags: bool) -> Option<i32> {
    if args.is_empty() || (!bitflags && args.len() != 1) {
        return None;
    }
    let mut v = 0;
    for a in args {
        let a = a.split(|&c| c == 0).next().unwrap_or_default();
        let mut matched = false;
        for (n, val) in names {
            if n.as_bytes().eq_ignore_ascii_case(a) {
                v |= *val;
                matched = true;
            }
        }
        if !matched {
            return None;
        }
    }
    Some(v)
}

/// The name(s) of an enum value, like Redis prints them (`unknown` if none).
fn enum_name(names: &EnumNames, value: i32, bitflags: bool) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut unmatched = value;
    for (n, v) in names {
        if *v == value {
            return n.to_string();
        }
        if bitflags && *v != 0 && *v == (unmatched & *v) {
            out.push(n);
            unmatched &= !*v;
        }
    }
    if out.is_empty() || unmatched != 0 {
        return "unknown".to_string();
    }
    out.join(" ")
}

/// `%f` with trailing zeros (and a trailing dot) removed.
fn format_percentile(v: f64) -> String {
    let s = format!("{:.6}", v);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Redis's `sdscatrepr`: a double-quoted string with C escapes.
fn repr(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
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
            _ => out.extend_from_slice(format!("\\x{:02x}", c).as_bytes()),
        }
    }
    out.push(b'"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// `CONFIG GET *` of redis-server 7.0.15 (TLS build) started with
    /// `--port 27111 --bind 127.0.0.1 --save '' --appendonly no --logfile ...`,
    /// sorted, minus `dir` and `logfile`.
    const REDIS_GET_ALL: &str = r#"
acl-pubsub-default resetchannels
aclfile 
acllog-max-len 128
active-defrag-cycle-max 25
active-defrag-cycle-min 1
active-defrag-ignore-bytes 104857600
active-defrag-max-scan-fields 1000
active-defrag-threshold-lower 10
active-defrag-threshold-upper 100
active-expire-effort 1
activedefrag no
activerehashing yes
always-show-logo no
aof-disable-auto-gc no
aof-load-truncated yes
aof-rewrite-incremental-fsync yes
aof-timestamp-enabled no
aof-use-rdb-preamble yes
aof_rewrite_cpulist 
appenddirname appendonlydir
appendfilename appendonly.aof
appendfsync everysec
appendonly no
auto-aof-rewrite-min-size 67108864
auto-aof-rewrite-percentage 100
bgsave_cpulist 
bind 127.0.0.1
bind-source-addr 
bio_cpulist 
busy-reply-threshold 5000
client-output-buffer-limit normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60
client-query-buffer-limit 1073741824
cluster-allow-pubsubshard-when-down yes
cluster-allow-reads-when-down no
cluster-allow-replica-migration yes
cluster-announce-bus-port 0
cluster-announce-hostname 
cluster-announce-ip 
cluster-announce-port 0
cluster-announce-tls-port 0
cluster-config-file nodes.conf
cluster-enabled no
cluster-link-sendbuf-limit 0
cluster-migration-barrier 1
cluster-node-timeout 15000
cluster-port 0
cluster-preferred-endpoint-type ip
cluster-replica-no-failover no
cluster-replica-validity-factor 10
cluster-require-full-coverage yes
cluster-slave-no-failover no
cluster-slave-validity-factor 10
crash-log-enabled yes
crash-memcheck-enabled yes
daemonize no
databases 16
dbfilename dump.rdb
disable-thp yes
dynamic-hz yes
enable-debug-command no
enable-module-command no
enable-protected-configs no
hash-max-listpack-entries 512
hash-max-listpack-value 64
hash-max-ziplist-entries 512
hash-max-ziplist-value 64
hll-sparse-max-bytes 3000
hz 10
ignore-warnings 
io-threads 1
io-threads-do-reads no
jemalloc-bg-thread yes
latency-monitor-threshold 0
latency-tracking yes
latency-tracking-info-percentiles 50 99 99.9
lazyfree-lazy-eviction no
lazyfree-lazy-expire no
lazyfree-lazy-server-del no
lazyfree-lazy-user-del no
lazyfree-lazy-user-flush no
lfu-decay-time 1
lfu-log-factor 10
list-compress-depth 0
list-max-listpack-size -2
list-max-ziplist-size -2
loglevel notice
lua-time-limit 5000
masterauth 
masteruser 
maxclients 10000
maxmemory 0
maxmemory-clients 0
maxmemory-eviction-tenacity 10
maxmemory-policy noeviction
maxmemory-samples 5
min-replicas-max-lag 10
min-replicas-to-write 0
min-slaves-max-lag 10
min-slaves-to-write 0
no-appendfsync-on-rewrite no
notify-keyspace-events 
oom-score-adj no
oom-score-adj-values 0 200 800
pidfile 
port 27111
proc-title-template {title} {listen-addr} {server-mode}
propagation-error-behavior ignore
protected-mode yes
proto-max-bulk-len 536870912
rdb-del-sync-files no
rdb-save-incremental-fsync yes
rdbchecksum yes
rdbcompression yes
repl-backlog-size 1048576
repl-backlog-ttl 3600
repl-disable-tcp-nodelay no
repl-diskless-load disabled
repl-diskless-sync yes
repl-diskless-sync-delay 5
repl-diskless-sync-max-replicas 0
repl-ping-replica-period 10
repl-ping-slave-period 10
repl-timeout 60
replica-announce-ip 
replica-announce-port 0
replica-announced yes
replica-ignore-disk-write-errors no
replica-ignore-maxmemory yes
replica-lazy-flush no
replica-priority 100
replica-read-only yes
replica-serve-stale-data yes
replicaof 
requirepass 
sanitize-dump-payload no
save 
server_cpulist 
set-max-intset-entries 512
set-proc-title yes
shutdown-on-sigint default
shutdown-on-sigterm default
shutdown-timeout 10
slave-announce-ip 
slave-announce-port 0
slave-ignore-maxmemory yes
slave-lazy-flush no
slave-priority 100
slave-read-only yes
slave-serve-stale-data yes
slaveof 
slowlog-log-slower-than 10000
slowlog-max-len 128
socket-mark-id 0
stop-writes-on-bgsave-error yes
stream-node-max-bytes 4096
stream-node-max-entries 100
supervised no
syslog-enabled no
syslog-facility local0
syslog-ident redis
tcp-backlog 511
tcp-keepalive 300
timeout 0
tls-auth-clients yes
tls-ca-cert-dir 
tls-ca-cert-file 
tls-cert-file 
tls-ciphers 
tls-ciphersuites 
tls-client-cert-file 
tls-client-key-file 
tls-client-key-file-pass 
tls-cluster no
tls-dh-params-file 
tls-key-file 
tls-key-file-pass 
tls-port 0
tls-prefer-server-ciphers no
tls-protocols 
tls-replication no
tls-session-cache-size 20480
tls-session-cache-timeout 300
tls-session-caching yes
tracking-table-max-keys 1000000
unixsocket 
unixsocketperm 0
zset-max-listpack-entries 128
zset-max-listpack-value 64
zset-max-ziplist-entries 128
zset-max-ziplist-value 64
"#;

    /// A fresh directory under the system temp dir.
    fn temp_dir(tag: &str) -> PathBuf {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "respite-config-{}-{}-{}",
            tag,
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn get1(c: &Config, name: &str) -> String {
        c.get_one(name).unwrap()
    }

    fn set(c: &mut Config, pairs: &[(&str, &str)]) -> Result<Vec<&'static str>, String> {
        let pairs: Vec<(&[u8], &[u8])> = pairs
            .iter()
            .map(|(k, v)| (k.as_bytes(), v.as_bytes()))
            .collect();
        c.set(&pairs)
    }

    fn text_err(text: &str, overrides: &[&str]) -> ConfigError {
        Config::from_file_text(text, &args(overrides)).unwrap_err()
    }

    #[test]
    fn defaults_match_redis_config_get_all() {
        let dir = temp_dir("defaults");
        let log = dir.join("log.txt");
        let c = Config::from_file_text(
            "",
            &args(&[
                "--port",
                "27111",
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--logfile",
                log.to_str().unwrap(),
            ]),
        )
        .unwrap();
        let mut mine: Vec<String> = c
            .get(&[b"*"])
            .into_iter()
            .filter(|(k, _)| k != "dir" && k != "logfile")
            .map(|(k, v)| format!("{} {}", k, v))
            .collect();
        mine.sort();
        let redis: Vec<String> = REDIS_GET_ALL
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        assert_eq!(mine, redis);
        // Every name redis-server returns exists in the table, and vice versa.
        let names: std::collections::BTreeSet<&str> = table::visible_names().collect();
        let redis_names: std::collections::BTreeSet<&str> = REDIS_GET_ALL
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.split(' ').next().unwrap())
            .collect();
        let mut expected = redis_names.clone();
        expected.extend(["dir", "logfile"]);
        assert_eq!(names, expected);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn plain_defaults() {
        let c = Config::default();
        assert_eq!(c.bind, vec!["*", "-::*"]);
        assert_eq!(c.port, 6379);
        assert_eq!(c.save, vec![(3600, 1), (300, 100), (60, 10000)]);
        assert_eq!(get1(&c, "save"), "3600 1 300 100 60 10000");
        assert_eq!(get1(&c, "bind"), "* -::*");
        assert_eq!(c.databases, 16);
        assert_eq!(c.loglevel, "notice");
        assert_eq!(c.maxmemory_policy, "noeviction");
        assert_eq!(c.appendfsync, "everysec");
        assert_eq!(c.hz, 10);
        assert_eq!(c.requirepass, None);
        assert_eq!(c.proto_max_bulk_len, 512 << 20);
        assert_eq!(c.client_query_buffer_limit, 1 << 30);
        assert_eq!(c.list_max_listpack_size, -2);
        assert_eq!(c.enable_debug_command, "no");
        assert_eq!(c.shutdown_on_sigint, "default");
        assert_eq!(
            c.client_output_buffer_limit.replica.hard_limit_bytes,
            256 << 20
        );
        assert_eq!(c.latency_tracking_info_percentiles, vec![50.0, 99.0, 99.9]);
        assert_eq!(c.dir, std::env::current_dir().unwrap().to_string_lossy());
        assert!(c.config_file().is_none());
        // Every typed field name is a directive.
        for name in Config::TYPED_NAMES {
            assert!(table::directive(name.as_bytes()).is_some(), "{}", name);
        }
        assert!(not_acted_on().contains(&"rename-command"));
        assert!(not_acted_on().contains(&"tls-port"));
        assert!(!not_acted_on().contains(&"maxclients"));
        assert!(
            not_acted_on().contains(&"maxmemory"),
            "maxmemory is not enforced yet"
        );
    }

    #[test]
    fn parse_sample_file_with_comments_quotes_and_includes() {
        let dir = temp_dir("sample");
        let inc = dir.join("inc.conf");
        std::fs::write(&inc, "maxmemory 5mb\nsave 100 1\n").unwrap();
        std::fs::create_dir(dir.join("conf.d")).unwrap();
        std::fs::write(dir.join("conf.d/b.conf"), "timeout 7\n").unwrap();
        std::fs::write(dir.join("conf.d/a.conf"), "timeout 3\ntcp-keepalive 9\n").unwrap();
        std::fs::write(dir.join("conf.d/.hidden.conf"), "timeout 99\n").unwrap();
        let main = dir.join("main.conf");
        let text = format!(
            "# A comment\n\
             \n   \t# indented comment\n\
             PORT 7000\r\n\
             requirepass \"p a\\x41ss\"\n\
             dbfilename 'my dump.rdb'\n\
             save 900 1\n\
             save \"300 10\"\n\
             include {inc}\n\
             save 60 5\n\
             include {glob}\n\
             include {none}\n\
             slave-read-only no\n\
             hash-max-ziplist-entries 100\n\
             list-max-ziplist-entries 512\n\
             maxmemory-policy ALLKEYS-LRU\n\
             notify-keyspace-events \"Kx$\"\n\
             client-output-buffer-limit replica 1gb 512mb 30\n\
             bind 127.0.0.1 ::1\n\
             rename-command CONFIG \"\"\n\
             user alice on >pw ~* +@all\n\
             loadmodule /x/mod.so a b\n\
             mymod.opt 1 2\n\
             sentinel\n\
             shutdown-on-sigterm \"now force\"\n\
             dir {dir}\n\
             dir .\n",
            inc = inc.display(),
            glob = dir.join("conf.d/*.conf").display(),
            none = dir.join("nothing/*.conf").display(),
            dir = dir.display(),
        );
        std::fs::write(&main, &text).unwrap();
        let c = Config::from_args(&args(&[main.to_str().unwrap(), "--port", "7001"])).unwrap();
        assert_eq!(c.port, 7001);
        assert_eq!(c.config_file(), Some(main.as_path()));
        assert_eq!(c.requirepass.as_deref(), Some(&b"p aAss"[..]));
        assert_eq!(c.dbfilename, "my dump.rdb");
        // The include resets Redis's "reading a file" flag: later save lines
        // replace each other.
        assert_eq!(c.save, vec![(60, 5)]);
        assert_eq!(c.maxmemory, 5 << 20);
        assert_eq!(c.timeout, 7);
        assert_eq!(c.tcp_keepalive, 9);
        assert!(!c.replica_read_only);
        assert_eq!(c.hash_max_listpack_entries, 100);
        assert_eq!(c.maxmemory_policy, "allkeys-lru");
        assert_eq!(c.notify_keyspace_events, "$xK");
        assert_eq!(
            c.keyspace_events_flags(),
            NOTIFY_KEYSPACE | NOTIFY_EXPIRED | NOTIFY_STRING
        );
        assert_eq!(
            c.client_output_buffer_limit.replica.hard_limit_bytes,
            1 << 30
        );
        assert_eq!(c.client_output_buffer_limit.replica.soft_limit_seconds, 30);
        assert_eq!(c.bind, vec!["127.0.0.1", "::1"]);
        assert_eq!(
            c.rename_commands,
            vec![("CONFIG".to_string(), String::new())]
        );
        assert_eq!(c.users, vec![args(&["alice", "on", ">pw", "~*", "+@all"])]);
        assert_eq!(c.loadmodules, vec![args(&["/x/mod.so", "a", "b"])]);
        assert_eq!(
            c.module_configs,
            vec![("mymod.opt".to_string(), "1 2".to_string())]
        );
        assert_eq!(c.shutdown_on_sigterm, "now force");
        assert_eq!(get1(&c, "shutdown-on-sigterm"), "now force");
        let canonical = std::fs::canonicalize(&dir).unwrap();
        assert_eq!(c.dir, canonical.to_string_lossy());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn relative_include_follows_dir() {
        let dir = temp_dir("reldir");
        std::fs::create_dir(dir.join("sub")).unwrap();
        std::fs::write(dir.join("sub/inc.conf"), "port 1234\n").unwrap();
        let c = Config::from_file_text(
            &format!("dir {}\ndir sub\ninclude inc.conf\n", dir.display()),
            &[],
        )
        .unwrap();
        assert_eq!(c.port, 1234);
        assert!(c.dir.ends_with("/sub"));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn fatal_error_format() {
        let e = text_err("port 1\n# c\n\n  port abc  \n", &[]);
        assert_eq!(e.kind(), ConfigErrorKind::Fatal);
        assert_eq!(e.line_number(), Some(4));
        assert_eq!(
            e.to_string(),
            "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 4\n\
             >>> 'port abc'\nargument couldn't be parsed into an integer"
        );
    }

    #[test]
    fn every_file_error_path() {
        let cases: &[(&str, &str)] = &[
            ("foo bar", "Bad directive or wrong number of arguments"),
            ("port 1 2", "wrong number of arguments"),
            ("port", "wrong number of arguments"),
            ("maxmemory \"abc", "Unbalanced quotes in configuration line"),
            ("maxmemory \"abc\"x", "Unbalanced quotes in configuration line"),
            ("daemonize maybe", "argument must be 'yes' or 'no'"),
            ("timeout 01", "argument couldn't be parsed into an integer"),
            ("timeout -1", "argument must be between 0 and 2147483647 inclusive"),
            ("port 65536", "argument must be between 0 and 65535 inclusive"),
            ("maxclients 0", "argument must be between 1 and 4294967295 inclusive"),
            ("slowlog-log-slower-than -2", "argument must be between -1 and 9223372036854775807 inclusive"),
            ("maxmemory 10q", "argument must be a memory value"),
            ("maxmemory -1", "argument must be a memory value"),
            ("proto-max-bulk-len 1k", "argument must be between 1048576 and 9223372036854775807 inclusive"),
            ("maxmemory-clients 101%", "percentage argument must be less or equal to 100"),
            ("maxmemory-clients x", "argument must be a memory or percent value"),
            ("unixsocketperm 999", "argument couldn't be parsed as an octal number"),
            ("unixsocketperm 1000", "argument must be between 0 and 777 inclusive"),
            (
                "maxmemory-policy lru",
                "argument(s) must be one of the following: volatile-lru, volatile-lfu, volatile-random, \
                 volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction",
            ),
            (
                "shutdown-on-sigint save nosave",
                "shutdown options SAVE and NOSAVE can't be used simultaneously",
            ),
            ("loglevel", "wrong number of arguments"),
            ("save 10", "Invalid save parameters"),
            ("save 0 1", "Invalid save parameters"),
            ("save 10 x", "Invalid save parameters"),
            ("client-output-buffer-limit normal 1 2", "Wrong number of arguments in buffer limit configuration."),
            ("client-output-buffer-limit master 1 2 3", "Invalid client class specified in buffer limit configuration."),
            (
                "client-output-buffer-limit normal 1 2 -3",
                "Error in hard, soft or soft_seconds setting in buffer limit configuration.",
            ),
            ("client-output-buffer-limit \"\"", "Wrong number of arguments in buffer limit configuration."),
            ("oom-score-adj-values 1 2", "wrong number of arguments"),
            ("oom-score-adj-values 0 0 2001", "Invalid oom-score-adj-values, elements must be between -2000 and 2000."),
            ("notify-keyspace-events Q", "Invalid event class character. Use 'Ag$lshzxeKEtmdn'."),
            ("bind 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17", "Too many bind addresses specified."),
            ("replicaof h", "wrong number of arguments"),
            ("replicaof h 70000", "Invalid master port"),
            ("latency-tracking-info-percentiles x", "Invalid latency-tracking-info-percentiles parameters"),
            (
                "latency-tracking-info-percentiles 101",
                "latency-tracking-info-percentiles parameters should sit between [0.0,100.0]",
            ),
            ("dir /nonexistent-respite-dir", "No such file or directory"),
            ("dir /etc/passwd", "Not a directory"),
            ("dbfilename a/b", "dbfilename can't be a path, just a filename"),
            ("appendfilename \"\"", "appendfilename can't be empty"),
            ("appenddirname a\\\\b", "appenddirname can't be a path, just a dirname"),
            ("cluster-announce-hostname a_b", "Hostnames may only contain alphanumeric characters, hyphens or dots"),
            ("proc-title-template {title}", "template format is invalid or contains unknown variables"),
            ("proc-title-template {nope}", "template format is invalid or contains unknown variables"),
            ("mod.cfg", "Module config specified without value"),
            ("sentinel monitor x", "sentinel directive while not in sentinel mode"),
            ("include", "Bad directive or wrong number of arguments"),
            ("rename-command a", "Bad directive or wrong number of arguments"),
            ("list-max-ziplist-entries 5 6", "Bad directive or wrong number of arguments"),
        ];
        for (line, reason) in cases {
            let e = text_err(&format!("# first\n{}\n", line), &[]);
            assert_eq!(
                (e.reason(), e.line_number()),
                (*reason, Some(2)),
                "{}",
                line
            );
            assert_eq!(e.line(), Some(*line));
        }
        // Errors found after the last line carry no line.
        let e = text_err("logfile /nonexistent-respite-dir/x.log\n", &[]);
        assert_eq!(
            e.reason(),
            "Can't open the log file: No such file or directory"
        );
        assert_eq!(e.line_number(), None);
        assert_eq!(e.to_string(), "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nCan't open the log file: No such file or directory");
        let e = text_err("cluster-enabled yes\nreplicaof h 1\n", &[]);
        assert_eq!(
            e.reason(),
            "replicaof directive not allowed in cluster mode"
        );
        // Missing files.
        let e = text_err("include /nonexistent-respite.conf\n", &[]);
        assert_eq!(e.kind(), ConfigErrorKind::CannotOpen);
        assert_eq!(
            e.to_string(),
            "Fatal error, can't open config file '/nonexistent-respite.conf': No such file or directory"
        );
        let e = Config::from_args(&args(&["/nonexistent-respite.conf"])).unwrap_err();
        assert_eq!(e.kind(), ConfigErrorKind::CannotOpen);
        // Errors inside an include report the included file's line.
        let dir = temp_dir("incerr");
        let inc = dir.join("bad.conf");
        std::fs::write(&inc, "port 1\nhz x\n").unwrap();
        let e = text_err(&format!("port 2\n\ninclude {}\n", inc.display()), &[]);
        assert_eq!((e.line_number(), e.line()), (Some(2), Some("hz x")));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn accepted_odd_forms() {
        // Deprecated directives with the right arity are ignored.
        let c = Config::from_file_text(
            "list-max-ziplist-value 64\nlua-replicate-commands yes\n",
            &[],
        )
        .unwrap();
        assert_eq!(c.port, 6379);
        // hz is clamped after loading.
        assert_eq!(Config::from_file_text("hz 0", &[]).unwrap().hz, 1);
        assert_eq!(Config::from_file_text("hz 100000", &[]).unwrap().hz, 500);
        let c = Config::from_file_text(
            "maxmemory \"\"\nmaxmemory-clients 10%\nunixsocketperm 700\nsave 10 1 20 2\nbind \"\"\n\
             oom-score-adj relative\nreplicaof no one\ncluster-enabled yes\nactivedefrag yes\n",
            &[],
        )
        .unwrap();
        assert_eq!(c.maxmemory, 0);
        assert_eq!(c.maxmemory_clients, -10);
        assert_eq!(get1(&c, "maxmemory-clients"), "10%");
        assert_eq!(c.unixsocketperm, 0o700);
        assert_eq!(get1(&c, "unixsocketperm"), "700");
        assert_eq!(c.save, vec![(10, 1), (20, 2)]);
        assert!(c.bind.is_empty());
        assert_eq!(get1(&c, "oom-score-adj"), "yes");
        assert!(c.cluster_enabled);
        assert_eq!(c.replicaof, None);
        let c = Config::from_file_text("replicaof 10.0.0.1 6380", &[]).unwrap();
        assert_eq!(c.replicaof, Some(("10.0.0.1".to_string(), 6380)));
        assert_eq!(get1(&c, "slaveof"), "10.0.0.1 6380");
    }

    #[test]
    fn command_line_overrides() {
        // No config file: the options start at line 2.
        let e = Config::from_args(&args(&["--port", "abc"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 2\n\
             >>> 'port \"abc\"'\nargument couldn't be parsed into an integer"
        );
        let e = Config::from_args(&args(&["--foo", "bar"])).unwrap_err();
        assert_eq!(
            (e.line(), e.reason()),
            (
                Some("foo \"bar\""),
                "Bad directive or wrong number of arguments"
            )
        );
        // After a file: file lines, the newline Redis adds, then options.
        let e = Config::from_file_text(
            "port 1\n# c\nsave 10 1\nbind 127.0.0.1\n",
            &args(&["--daemonize", "maybe"]),
        )
        .unwrap_err();
        assert_eq!(
            (e.line_number(), e.line()),
            (Some(6), Some("daemonize \"maybe\""))
        );
        // A bare --save means save "".
        let e = Config::from_args(&args(&["--save", "--port", "abc"])).unwrap_err();
        assert_eq!(e.line_number(), Some(3));
        let c = Config::from_args(&args(&["--save", "--port", "7000"])).unwrap();
        assert!(c.save.is_empty());
        assert_eq!(c.port, 7000);
        assert!(Config::from_args(&args(&["--port", "7000", "--save"]))
            .unwrap()
            .save
            .is_empty());
        assert!(Config::from_args(&args(&["--save", ""]))
            .unwrap()
            .save
            .is_empty());
        // Several words per directive, quoting preserved, "--name value" in one word.
        let c = Config::from_args(&args(&[
            "--save",
            "900",
            "1",
            "--save",
            "60 10",
            "--requirepass",
            "a b\"c",
            "--port 7002",
            "--bind",
            "::1",
            "127.0.0.1",
        ]))
        .unwrap();
        assert_eq!(c.save, vec![(900, 1), (60, 10)]);
        assert_eq!(c.requirepass.as_deref(), Some(&b"a b\"c"[..]));
        assert_eq!(c.port, 7002);
        assert_eq!(c.bind, vec!["::1", "127.0.0.1"]);
        // A lone "-" first or last reads stdin; elsewhere it is a value.
        let mut stdin: &[u8] = b"port 1\n# x\nport abc\n";
        let e = Config::from_args_with_stdin(&args(&["-", "--port", "5"]), &mut stdin).unwrap_err();
        assert_eq!(e.line_number(), Some(3));
        let mut stdin: &[u8] = b"port 1234\n";
        let c = Config::from_args_with_stdin(&args(&["--hz", "5", "-"]), &mut stdin).unwrap();
        assert_eq!((c.port, c.hz), (1234, 5));
        let mut stdin: &[u8] = b"port 1234\n";
        let c = Config::from_args_with_stdin(&args(&["-"]), &mut stdin).unwrap();
        assert_eq!(c.port, 1234);
        let mut stdin: &[u8] = b"";
        let e = Config::from_args_with_stdin(&args(&["--port", "-", "--hz", "5"]), &mut stdin)
            .unwrap_err();
        assert_eq!(e.line(), Some("port \"-\""));
        // No arguments: defaults, no file.
        assert!(Config::from_args(&[]).unwrap().config_file().is_none());
    }

    #[test]
    fn config_file_path_is_made_absolute() {
        let cwd = PathBuf::from("/a/b/c");
        assert_eq!(
            absolute_path("x.conf", &cwd),
            PathBuf::from("/a/b/c/x.conf")
        );
        assert_eq!(
            absolute_path("../../x.conf", &cwd),
            PathBuf::from("/a/x.conf")
        );
        assert_eq!(
            absolute_path(" /etc/r.conf\n", &cwd),
            PathBuf::from("/etc/r.conf")
        );
        assert_eq!(absolute_path("../x", Path::new("/")), PathBuf::from("/x"));
    }

    #[test]
    fn get_globs_aliases_and_case() {
        let c = Config::default();
        let names = |pats: &[&str]| -> Vec<String> {
            let pats: Vec<&[u8]> = pats.iter().map(|p| p.as_bytes()).collect();
            let mut v: Vec<String> = c.get(&pats).into_iter().map(|(k, _)| k).collect();
            v.sort();
            v
        };
        assert_eq!(
            c.get(&[b"PORT"]),
            vec![("PORT".to_string(), "6379".to_string())]
        );
        assert_eq!(names(&["port", "PORT"]), vec!["port"]);
        assert_eq!(names(&["Port", "p?rt"]), vec!["Port"]);
        assert_eq!(names(&["slave-read*"]), vec!["slave-read-only"]);
        assert_eq!(
            names(&["*read-only"]),
            vec!["replica-read-only", "slave-read-only"]
        );
        assert_eq!(
            names(&["*max-*-entries*"]),
            vec![
                "hash-max-listpack-entries",
                "hash-max-ziplist-entries",
                "set-max-intset-entries",
                "zset-max-listpack-entries",
                "zset-max-ziplist-entries",
            ]
        );
        assert_eq!(
            names(&["SLAVEOF", "replicaof"]),
            vec!["SLAVEOF", "replicaof"]
        );
        // Hidden directives: exact names only.
        assert_eq!(
            c.get(&[b"key-load-delay"]),
            vec![("key-load-delay".to_string(), "0".to_string())]
        );
        assert!(c.get(&[b"key-load*"]).is_empty());
        assert!(c.get(&[b"nonexistent"]).is_empty());
        assert_eq!(names(&["hz", "*"]).len(), 192);
        assert_eq!(names(&["[ab]ind"]), vec!["bind"]);
        assert_eq!(
            get1(&c, "client-output-buffer-limit"),
            "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60"
        );
        assert_eq!(get1(&c, "lua-time-limit"), "5000");
    }

    #[test]
    fn set_errors_match_redis() {
        let mut c = Config::default();
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("foo", "bar")], "ERR Unknown option or number of arguments for CONFIG SET - 'foo'"),
            (
                &[("maxmemory-policy", "bad")],
                "ERR CONFIG SET failed (possibly related to argument 'maxmemory-policy') - argument(s) must be one \
                 of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, \
                 allkeys-lfu, allkeys-random, noeviction",
            ),
            (
                &[("daemonize", "yes")],
                "ERR CONFIG SET failed (possibly related to argument 'daemonize') - can't set immutable config",
            ),
            (&[("Port", "1"), ("PORT", "2")], "ERR CONFIG SET failed (possibly related to argument 'PORT') - duplicate parameter"),
            (&[("dir", "/tmp")], "ERR CONFIG SET failed (possibly related to argument 'dir') - can't set protected config"),
            (&[("foo", "bar"), ("daemonize", "yes")], "ERR Unknown option or number of arguments for CONFIG SET - 'foo'"),
            (
                &[("daemonize", "yes"), ("foo", "bar")],
                "ERR CONFIG SET failed (possibly related to argument 'daemonize') - can't set immutable config",
            ),
            (
                &[("SLAVE-READ-ONLY", "bad")],
                "ERR CONFIG SET failed (possibly related to argument 'slave-read-only') - argument must be 'yes' or 'no'",
            ),
            (
                &[("timeout", " 5")],
                "ERR CONFIG SET failed (possibly related to argument 'timeout') - argument couldn't be parsed into an integer",
            ),
            (
                &[("save", "10 5  20 3")],
                "ERR CONFIG SET failed (possibly related to argument 'save') - Invalid save parameters",
            ),
            (
                &[("shutdown-on-sigint", "")],
                "ERR CONFIG SET failed (possibly related to argument 'shutdown-on-sigint') - argument(s) must be \
                 one of the following: default, save, nosave, now, force",
            ),
            (
                &[("hash-max-listpack-value", "9223372036854775808")],
                "ERR CONFIG SET failed (possibly related to argument 'hash-max-listpack-value') - argument must be \
                 between 0 and 9223372036854775807 inclusive",
            ),
            (
                &[("maxmemory-clients", "-5")],
                "ERR CONFIG SET failed (possibly related to argument 'maxmemory-clients') - argument must be a memory \
                 or percent value",
            ),
            (
                &[("oom-score-adj-values", "0 200")],
                "ERR CONFIG SET failed (possibly related to argument 'oom-score-adj-values') - wrong number of arguments",
            ),
        ];
        for (pairs, msg) in cases {
            assert_eq!(set(&mut c, pairs).unwrap_err(), *msg);
        }
        let pairs: &[(&[u8], &[u8])] = &[(b"appendonly", b"yes"), (b"foo", b"x")];
        let loading = SetContext {
            client_is_local: false,
            loading: true,
        };
        assert_eq!(
            c.set_with(pairs, loading).unwrap_err(),
            "LOADING Redis is loading the dataset in memory"
        );
        assert_eq!(
            c.set_with(&[(b"appendonly", b"yes")], loading).unwrap_err(),
            "LOADING Redis is loading the dataset in memory"
        );
        assert!(!c.appendonly);
    }

    #[test]
    fn set_values_and_changes() {
        let mut c = Config::default();
        assert_eq!(
            set(&mut c, &[("maxmemory", "10gb"), ("hz", "1000")]).unwrap(),
            vec!["maxmemory", "hz"]
        );
        assert_eq!(c.maxmemory, 10 << 30);
        assert_eq!((c.hz, get1(&c, "hz")), (500, "500".to_string()));
        // Same value again: no change reported.
        assert_eq!(
            set(&mut c, &[("maxmemory", "10gb")]).unwrap(),
            Vec::<&str>::new()
        );
        // A name and its alias are different entries (no duplicate error).
        set(
            &mut c,
            &[("replica-read-only", "yes"), ("slave-read-only", "no")],
        )
        .unwrap();
        assert!(!c.replica_read_only);
        set(&mut c, &[("save", "3600 1 300 100")]).unwrap();
        assert_eq!(get1(&c, "save"), "3600 1 300 100");
        set(&mut c, &[("save", "")]).unwrap();
        assert!(c.save.is_empty());
        set(&mut c, &[("save", "3600 ")]).unwrap();
        assert_eq!(get1(&c, "save"), "3600 0");
        set(&mut c, &[("notify-keyspace-events", "KEA")]).unwrap();
        assert_eq!(c.notify_keyspace_events, "AKE");
        assert_eq!(
            c.keyspace_events_flags(),
            NOTIFY_ALL | NOTIFY_KEYSPACE | NOTIFY_KEYEVENT
        );
        set(&mut c, &[("notify-keyspace-events", "AKEmn")]).unwrap();
        assert_eq!(get1(&c, "notify-keyspace-events"), "AKEm");
        assert_eq!(c.keyspace_events_flags() & NOTIFY_NEW, NOTIFY_NEW);
        set(
            &mut c,
            &[(
                "client-output-buffer-limit",
                "normal 1mb 2mb 3 replica 1k 2K 30",
            )],
        )
        .unwrap();
        assert_eq!(
            get1(&c, "client-output-buffer-limit"),
            "normal 1048576 2097152 3 slave 1000 2000 30 pubsub 33554432 8388608 60"
        );
        set(&mut c, &[("shutdown-on-sigint", "nosave now force")]).unwrap();
        assert_eq!(get1(&c, "shutdown-on-sigint"), "nosave now force");
        set(&mut c, &[("shutdown-on-sigint", "force default")]).unwrap();
        assert_eq!(c.shutdown_on_sigint, "force");
        set(
            &mut c,
            &[("latency-tracking-info-percentiles", "50 99.99 100")],
        )
        .unwrap();
        assert_eq!(
            get1(&c, "latency-tracking-info-percentiles"),
            "50 99.99 100"
        );
        set(
            &mut c,
            &[
                ("requirepass", "secret"),
                ("loglevel", "WARNING"),
                ("maxmemory-clients", "10%"),
            ],
        )
        .unwrap();
        assert_eq!(c.requirepass.as_deref(), Some(&b"secret"[..]));
        assert_eq!(c.loglevel, "warning");
        assert_eq!(c.maxmemory_clients, -10);
        set(&mut c, &[("requirepass", "")]).unwrap();
        assert_eq!(c.requirepass, None);
        set(&mut c, &[("maxmemory", "99999999999999999999")]).unwrap();
        assert_eq!(get1(&c, "maxmemory"), "18446744073709551615");
        set(&mut c, &[("bind", "127.0.0.1 ::1")]).unwrap();
        assert_eq!(c.bind, vec!["127.0.0.1", "::1"]);
    }

    #[test]
    fn set_is_atomic() {
        let mut c = Config::default();
        let before = c.get(&[b"*"]);
        let err = set(
            &mut c,
            &[
                ("maxmemory", "1mb"),
                ("timeout", "30"),
                ("save", "1 1"),
                ("port", "70000"),
            ],
        )
        .unwrap_err();
        assert_eq!(err, "ERR CONFIG SET failed (possibly related to argument 'port') - argument must be between 0 and 65535 inclusive");
        assert_eq!(c.get(&[b"*"]), before);
        assert_eq!((c.maxmemory, c.timeout), (0, 0));
        assert_eq!(c.save.len(), 3);
    }

    #[test]
    fn protected_configs() {
        let mut c = Config::from_file_text("enable-protected-configs local", &[]).unwrap();
        let dir = temp_dir("protected");
        let d = dir.to_str().unwrap();
        let pairs: &[(&[u8], &[u8])] = &[(b"dir", d.as_bytes())];
        assert!(c.set(pairs).is_err());
        let local = SetContext {
            client_is_local: true,
            loading: false,
        };
        assert_eq!(c.set_with(pairs, local).unwrap(), vec!["dir"]);
        assert_eq!(
            c.dir,
            std::fs::canonicalize(&dir).unwrap().to_string_lossy()
        );
        assert_eq!(
            c.set_with(&[(b"dir", b"nope-respite")], local).unwrap_err(),
            "ERR CONFIG SET failed (possibly related to argument 'dir') - No such file or directory"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn keyspace_event_strings() {
        assert_eq!(keyspace_events_from_str(b"Q"), None);
        assert_eq!(keyspace_events_from_str(b""), Some(0));
        let f = keyspace_events_from_str(b"gx$Km").unwrap();
        assert_eq!(keyspace_events_to_string(f), "g$xKm");
        assert_eq!(
            keyspace_events_to_string(keyspace_events_from_str(b"g$lshzxetd").unwrap()),
            "A"
        );
        assert_eq!(NOTIFY_ALL & (NOTIFY_KEY_MISS | NOTIFY_NEW), 0);
    }

    #[test]
    fn strtoll_like_c() {
        assert_eq!(c_strtoll(b"", 10), (0, true));
        assert_eq!(c_strtoll(b" 5", 10), (5, true));
        assert_eq!(c_strtoll(b"+5", 10), (5, true));
        assert_eq!(c_strtoll(b"-", 10), (0, false));
        assert_eq!(c_strtoll(b"5x", 10), (5, false));
        assert_eq!(c_strtoll(b"99999999999999999999", 10), (i64::MAX, true));
        assert_eq!(c_strtoll(b"777", 8), (511, true));
    }
}
