//! The declarative table of every directive redis-server 7.0.15 knows.
//!
//! One row per directive: its canonical name, its alias (if any), its flags
//! (immutable, sensitive, hidden, ...), its kind (with bounds, enum names,
//! default value) and whether Respite acts on it yet. Directives that Respite
//! does not act on are still parsed, validated, gettable, settable (when
//! mutable) and rewritten, exactly like redis-server does.
//!
//! The facts (names, aliases, bounds, defaults, flags, enum names and their
//! order) follow redis-server 7.0.15 built with TLS support; the order of the
//! rows is the order in which redis-server declares them.

/// Cannot be changed with CONFIG SET.
pub const IMMUTABLE: u32 = 1 << 0;
/// The value is a secret: CONFIG SET arguments must be redacted from logs,
/// SLOWLOG and MONITOR.
pub const SENSITIVE: u32 = 1 << 1;
/// Not matched by CONFIG GET glob patterns (only by its exact name).
pub const HIDDEN: u32 = 1 << 2;
/// CONFIG SET only allowed when `enable-protected-configs` permits it.
pub const PROTECTED: u32 = 1 << 3;
/// CONFIG SET refused with -LOADING while the dataset is being loaded.
pub const DENY_LOADING: u32 = 1 << 4;
/// Takes several arguments (in the file), or a space separated list (CONFIG SET).
pub const MULTI_ARG: u32 = 1 << 5;
/// Included in the config dump of redis-server's crash report.
pub const DEBUG: u32 = 1 << 6;
/// Setting the same value again still counts as a change.
pub const VOLATILE: u32 = 1 << 7;

const INT_MAX: i64 = i32::MAX as i64;
const INT_MIN: i64 = i32::MIN as i64;
const UINT_MAX: i64 = u32::MAX as i64;
const I64_MAX: i64 = i64::MAX;
/// `ULLONG_MAX` stored in a signed 64-bit slot (Redis keeps every numeric
/// bound as a `long long`).
const U64_MAX_AS_I64: i64 = -1;

/// How a numeric directive is parsed, printed and rewritten.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumFmt {
    /// A plain integer (`string2ll`).
    Integer,
    /// A memory size (`1gb`, `100mb`, `5k`...), printed in bytes.
    Memory,
    /// A memory size or a percentage (`10%`, stored negated).
    MemoryPercent,
    /// An octal number (`unixsocketperm 700`).
    Octal,
}

/// Extra validation of string directives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrCheck {
    None,
    /// No `/` or `\`.
    DbFilename,
    /// Not empty, no `/` or `\`.
    AofFilename,
    /// Not empty, no `/` or `\`.
    AofDirname,
    /// Less than 256 characters of `[A-Za-z0-9.-]`.
    Hostname,
    /// A valid proc title template.
    ProcTitle,
}

/// Extra validation of boolean directives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolCheck {
    None,
    /// redis-server built with jemalloc accepts `activedefrag yes`.
    ActiveDefrag,
}

/// Directives with their own syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    /// Working directory (chdir).
    Dir,
    /// `save <seconds> <changes> [...]` or `save ""`.
    Save,
    /// `<class> <hard> <soft> <seconds>` groups.
    ClientOutputBufferLimit,
    /// Three integers in [-2000, 2000].
    OomScoreAdjValues,
    /// Class letters (`KEA`, `Ex`...).
    NotifyKeyspaceEvents,
    /// Up to 16 addresses, or `""`.
    Bind,
    /// `<host> <port>` or `no one`.
    ReplicaOf,
    /// Percentiles in [0, 100], or `""`.
    LatencyTrackingInfoPercentiles,
}

/// The names of an enum directive, in redis-server's order, with their
/// values (names sharing a value are synonyms: the first one is printed).
pub type EnumNames = [(&'static str, i32)];

#[derive(Clone, Copy, Debug)]
pub enum Kind {
    Bool {
        default: bool,
        check: BoolCheck,
    },
    Int {
        min: i64,
        max: i64,
        default: i64,
        /// Bounds are compared as unsigned (`unsigned int`, `size_t`,
        /// `unsigned long long` directives).
        unsigned: bool,
        fmt: NumFmt,
    },
    Str {
        /// `None`: NULL by default (printed as "", not rewritten).
        default: Option<&'static str>,
        /// An empty value means NULL.
        empty_is_null: bool,
        check: StrCheck,
        /// Binary safe (Redis `sds` directives); others are C strings.
        binary: bool,
    },
    Enum {
        names: &'static EnumNames,
        default: &'static str,
    },
    Special(Special),
}

#[derive(Clone, Copy, Debug)]
pub struct Directive {
    pub name: &'static str,
    pub alias: Option<&'static str>,
    pub flags: u32,
    pub kind: Kind,
    /// Whether Respite acts on the value (otherwise it is only stored).
    pub acted_on: bool,
}

impl Directive {
    pub const fn acted(mut self) -> Directive {
        self.acted_on = true;
        self
    }
    pub fn is(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
    pub fn multi_arg(&self) -> bool {
        self.is(MULTI_ARG)
    }
}

const fn d(name: &'static str, alias: Option<&'static str>, flags: u32, kind: Kind) -> Directive {
    Directive {
        name,
        alias,
        flags,
        kind,
        acted_on: false,
    }
}

const fn boolean(default: bool) -> Kind {
    Kind::Bool {
        default,
        check: BoolCheck::None,
    }
}

const fn int(min: i64, max: i64, default: i64, fmt: NumFmt) -> Kind {
    Kind::Int {
        min,
        max,
        default,
        unsigned: false,
        fmt,
    }
}

const fn uint(min: i64, max: i64, default: i64, fmt: NumFmt) -> Kind {
    Kind::Int {
        min,
        max,
        default,
        unsigned: true,
        fmt,
    }
}

const fn string(default: Option<&'static str>, empty_is_null: bool, check: StrCheck) -> Kind {
    Kind::Str {
        default,
        empty_is_null,
        check,
        binary: false,
    }
}

const fn sds() -> Kind {
    Kind::Str {
        default: None,
        empty_is_null: true,
        check: StrCheck::None,
        binary: true,
    }
}

const fn enumeration(names: &'static EnumNames, default: &'static str) -> Kind {
    Kind::Enum { names, default }
}

pub static MAXMEMORY_POLICY_ENUM: [(&str, i32); 8] = [
    ("volatile-lru", 0),
    ("volatile-lfu", 1),
    ("volatile-random", 2),
    ("volatile-ttl", 3),
    ("allkeys-lru", 4),
    ("allkeys-lfu", 5),
    ("allkeys-random", 6),
    ("noeviction", 7),
];
pub static SYSLOG_FACILITY_ENUM: [(&str, i32); 9] = [
    ("user", 0),
    ("local0", 1),
    ("local1", 2),
    ("local2", 3),
    ("local3", 4),
    ("local4", 5),
    ("local5", 6),
    ("local6", 7),
    ("local7", 8),
];
pub static LOGLEVEL_ENUM: [(&str, i32); 4] =
    [("debug", 0), ("verbose", 1), ("notice", 2), ("warning", 3)];
pub static SUPERVISED_MODE_ENUM: [(&str, i32); 4] =
    [("upstart", 3), ("systemd", 2), ("auto", 1), ("no", 0)];
pub static AOF_FSYNC_ENUM: [(&str, i32); 3] = [("everysec", 2), ("always", 1), ("no", 0)];
/// Bit flags (`shutdown-on-sigint nosave now`).
pub static SHUTDOWN_ON_SIG_ENUM: [(&str, i32); 5] = [
    ("default", 0),
    ("save", 1),
    ("nosave", 2),
    ("now", 4),
    ("force", 8),
];
pub static REPL_DISKLESS_LOAD_ENUM: [(&str, i32); 3] =
    [("disabled", 0), ("on-empty-db", 1), ("swapdb", 2)];
pub static TLS_AUTH_CLIENTS_ENUM: [(&str, i32); 3] = [("no", 0), ("yes", 1), ("optional", 2)];
/// `yes` and `relative` are synonyms (printed as `yes`).
pub static OOM_SCORE_ADJ_ENUM: [(&str, i32); 4] =
    [("no", 0), ("yes", 1), ("relative", 1), ("absolute", 2)];
pub static ACL_PUBSUB_DEFAULT_ENUM: [(&str, i32); 2] = [("allchannels", 1), ("resetchannels", 0)];
pub static SANITIZE_DUMP_PAYLOAD_ENUM: [(&str, i32); 3] = [("no", 0), ("yes", 1), ("clients", 2)];
pub static PROTECTED_ACTION_ENUM: [(&str, i32); 3] = [("no", 0), ("yes", 1), ("local", 2)];
pub static CLUSTER_PREFERRED_ENDPOINT_TYPE_ENUM: [(&str, i32); 3] =
    [("ip", 0), ("hostname", 1), ("unknown-endpoint", 2)];
pub static PROPAGATION_ERROR_BEHAVIOR_ENUM: [(&str, i32); 3] =
    [("ignore", 0), ("panic", 1), ("panic-on-replicas", 2)];

/// Every directive redis-server 7.0.15 registers, in its declaration order.
#[rustfmt::skip]
pub static DIRECTIVES: &[Directive] = &[
    d("rdbchecksum", None, IMMUTABLE, boolean(true)),
    d("daemonize", None, IMMUTABLE, boolean(false)).acted(),
    d("io-threads-do-reads", None, DEBUG | IMMUTABLE, boolean(false)),
    d("always-show-logo", None, IMMUTABLE, boolean(false)).acted(),
    d("protected-mode", None, 0, boolean(true)).acted(),
    d("rdbcompression", None, 0, boolean(true)),
    d("rdb-del-sync-files", None, 0, boolean(false)),
    d("activerehashing", None, 0, boolean(true)),
    d("stop-writes-on-bgsave-error", None, 0, boolean(true)),
    d("set-proc-title", None, IMMUTABLE, boolean(true)),
    d("dynamic-hz", None, 0, boolean(true)),
    d("lazyfree-lazy-eviction", None, DEBUG, boolean(false)),
    d("lazyfree-lazy-expire", None, DEBUG, boolean(false)).acted(),
    d("lazyfree-lazy-server-del", None, DEBUG, boolean(false)),
    d("lazyfree-lazy-user-del", None, DEBUG, boolean(false)).acted(),
    d("lazyfree-lazy-user-flush", None, DEBUG, boolean(false)),
    d("repl-disable-tcp-nodelay", None, 0, boolean(false)),
    d("repl-diskless-sync", None, DEBUG, boolean(true)),
    d("aof-rewrite-incremental-fsync", None, 0, boolean(true)),
    d("no-appendfsync-on-rewrite", None, 0, boolean(false)),
    d("cluster-require-full-coverage", None, 0, boolean(true)),
    d("rdb-save-incremental-fsync", None, 0, boolean(true)),
    d("aof-load-truncated", None, 0, boolean(true)),
    d("aof-use-rdb-preamble", None, 0, boolean(true)),
    d("aof-timestamp-enabled", None, 0, boolean(false)),
    d("cluster-replica-no-failover", Some("cluster-slave-no-failover"), 0, boolean(false)),
    d("replica-lazy-flush", Some("slave-lazy-flush"), 0, boolean(false)),
    d("replica-serve-stale-data", Some("slave-serve-stale-data"), 0, boolean(true)),
    d("replica-read-only", Some("slave-read-only"), DEBUG, boolean(true)),
    d("replica-ignore-maxmemory", Some("slave-ignore-maxmemory"), 0, boolean(true)),
    d("jemalloc-bg-thread", None, 0, boolean(true)),
    d("activedefrag", None, DEBUG, Kind::Bool { default: false, check: BoolCheck::ActiveDefrag }),
    d("syslog-enabled", None, IMMUTABLE, boolean(false)),
    d("cluster-enabled", None, IMMUTABLE, boolean(false)).acted(),
    d("appendonly", None, DENY_LOADING, boolean(false)),
    d("cluster-allow-reads-when-down", None, 0, boolean(false)),
    d("cluster-allow-pubsubshard-when-down", None, 0, boolean(true)),
    d("crash-log-enabled", None, 0, boolean(true)),
    d("crash-memcheck-enabled", None, 0, boolean(true)),
    d("use-exit-on-panic", None, HIDDEN, boolean(false)),
    d("disable-thp", None, IMMUTABLE, boolean(true)),
    d("cluster-allow-replica-migration", None, 0, boolean(true)),
    d("replica-announced", None, 0, boolean(true)),
    d("latency-tracking", None, 0, boolean(true)).acted(),
    d("aof-disable-auto-gc", None, 0, boolean(false)),
    d("replica-ignore-disk-write-errors", None, 0, boolean(false)),
    d("aclfile", None, IMMUTABLE, string(Some(""), false, StrCheck::None)),
    d("unixsocket", None, IMMUTABLE, string(None, true, StrCheck::None)),
    d("pidfile", None, IMMUTABLE, string(None, true, StrCheck::None)).acted(),
    d("replica-announce-ip", Some("slave-announce-ip"), 0, string(None, true, StrCheck::None)),
    d("masteruser", None, SENSITIVE, string(None, true, StrCheck::None)),
    d("cluster-announce-ip", None, 0, string(None, true, StrCheck::None)),
    d("cluster-config-file", None, IMMUTABLE, string(Some("nodes.conf"), false, StrCheck::None)),
    d("cluster-announce-hostname", None, 0, string(None, true, StrCheck::Hostname)),
    d("syslog-ident", None, IMMUTABLE, string(Some("redis"), false, StrCheck::None)),
    d("dbfilename", None, PROTECTED, string(Some("dump.rdb"), false, StrCheck::DbFilename)),
    d("appendfilename", None, IMMUTABLE, string(Some("appendonly.aof"), false, StrCheck::AofFilename)),
    d("appenddirname", None, IMMUTABLE, string(Some("appendonlydir"), false, StrCheck::AofDirname)),
    d("server_cpulist", None, IMMUTABLE, string(None, true, StrCheck::None)),
    d("bio_cpulist", None, IMMUTABLE, string(None, true, StrCheck::None)),
    d("aof_rewrite_cpulist", None, IMMUTABLE, string(None, true, StrCheck::None)),
    d("bgsave_cpulist", None, IMMUTABLE, string(None, true, StrCheck::None)),
    d("ignore-warnings", None, 0, string(Some(""), false, StrCheck::None)),
    d("proc-title-template", None, 0, string(Some("{title} {listen-addr} {server-mode}"), false, StrCheck::ProcTitle)),
    d("bind-source-addr", None, 0, string(None, true, StrCheck::None)),
    d("logfile", None, IMMUTABLE, string(Some(""), false, StrCheck::None)).acted(),
    d("masterauth", None, SENSITIVE, sds()),
    d("requirepass", None, SENSITIVE, sds()).acted(),
    d("supervised", None, IMMUTABLE, enumeration(&SUPERVISED_MODE_ENUM, "no")),
    d("syslog-facility", None, IMMUTABLE, enumeration(&SYSLOG_FACILITY_ENUM, "local0")),
    d("repl-diskless-load", None, DEBUG | DENY_LOADING, enumeration(&REPL_DISKLESS_LOAD_ENUM, "disabled")),
    d("loglevel", None, 0, enumeration(&LOGLEVEL_ENUM, "notice")).acted(),
    d("maxmemory-policy", None, 0, enumeration(&MAXMEMORY_POLICY_ENUM, "noeviction")),
    d("appendfsync", None, 0, enumeration(&AOF_FSYNC_ENUM, "everysec")),
    d("oom-score-adj", None, 0, enumeration(&OOM_SCORE_ADJ_ENUM, "no")),
    d("acl-pubsub-default", None, 0, enumeration(&ACL_PUBSUB_DEFAULT_ENUM, "resetchannels")),
    d("sanitize-dump-payload", None, DEBUG, enumeration(&SANITIZE_DUMP_PAYLOAD_ENUM, "no")),
    d("enable-protected-configs", None, IMMUTABLE, enumeration(&PROTECTED_ACTION_ENUM, "no")),
    d("enable-debug-command", None, IMMUTABLE, enumeration(&PROTECTED_ACTION_ENUM, "no")).acted(),
    d("enable-module-command", None, IMMUTABLE, enumeration(&PROTECTED_ACTION_ENUM, "no")),
    d("cluster-preferred-endpoint-type", None, 0, enumeration(&CLUSTER_PREFERRED_ENDPOINT_TYPE_ENUM, "ip")),
    d("propagation-error-behavior", None, 0, enumeration(&PROPAGATION_ERROR_BEHAVIOR_ENUM, "ignore")),
    d("shutdown-on-sigint", None, MULTI_ARG, enumeration(&SHUTDOWN_ON_SIG_ENUM, "default")).acted(),
    d("shutdown-on-sigterm", None, MULTI_ARG, enumeration(&SHUTDOWN_ON_SIG_ENUM, "default")).acted(),
    d("databases", None, IMMUTABLE, int(1, INT_MAX, 16, NumFmt::Integer)).acted(),
    d("port", None, 0, int(0, 65535, 6379, NumFmt::Integer)).acted(),
    d("io-threads", None, DEBUG | IMMUTABLE, int(1, 128, 1, NumFmt::Integer)).acted(),
    d("auto-aof-rewrite-percentage", None, 0, int(0, INT_MAX, 100, NumFmt::Integer)),
    d("cluster-replica-validity-factor", Some("cluster-slave-validity-factor"), 0, int(0, INT_MAX, 10, NumFmt::Integer)),
    d("list-max-listpack-size", Some("list-max-ziplist-size"), 0, int(INT_MIN, INT_MAX, -2, NumFmt::Integer)).acted(),
    d("tcp-keepalive", None, 0, int(0, INT_MAX, 300, NumFmt::Integer)),
    d("cluster-migration-barrier", None, 0, int(0, INT_MAX, 1, NumFmt::Integer)),
    d("active-defrag-cycle-min", None, 0, int(1, 99, 1, NumFmt::Integer)),
    d("active-defrag-cycle-max", None, 0, int(1, 99, 25, NumFmt::Integer)),
    d("active-defrag-threshold-lower", None, 0, int(0, 1000, 10, NumFmt::Integer)),
    d("active-defrag-threshold-upper", None, 0, int(0, 1000, 100, NumFmt::Integer)),
    d("lfu-log-factor", None, 0, int(0, INT_MAX, 10, NumFmt::Integer)),
    d("lfu-decay-time", None, 0, int(0, INT_MAX, 1, NumFmt::Integer)),
    d("replica-priority", Some("slave-priority"), 0, int(0, INT_MAX, 100, NumFmt::Integer)),
    d("repl-diskless-sync-delay", None, 0, int(0, INT_MAX, 5, NumFmt::Integer)),
    d("maxmemory-samples", None, 0, int(1, INT_MAX, 5, NumFmt::Integer)),
    d("maxmemory-eviction-tenacity", None, 0, int(0, 100, 10, NumFmt::Integer)),
    d("timeout", None, 0, int(0, INT_MAX, 0, NumFmt::Integer)).acted(),
    d("replica-announce-port", Some("slave-announce-port"), 0, int(0, 65535, 0, NumFmt::Integer)),
    d("tcp-backlog", None, IMMUTABLE, int(0, INT_MAX, 511, NumFmt::Integer)),
    d("cluster-port", None, IMMUTABLE, int(0, 65535, 0, NumFmt::Integer)),
    d("cluster-announce-bus-port", None, 0, int(0, 65535, 0, NumFmt::Integer)),
    d("cluster-announce-port", None, 0, int(0, 65535, 0, NumFmt::Integer)),
    d("cluster-announce-tls-port", None, 0, int(0, 65535, 0, NumFmt::Integer)),
    d("repl-timeout", None, 0, int(1, INT_MAX, 60, NumFmt::Integer)),
    d("repl-ping-replica-period", Some("repl-ping-slave-period"), 0, int(1, INT_MAX, 10, NumFmt::Integer)),
    d("list-compress-depth", None, DEBUG, int(0, INT_MAX, 0, NumFmt::Integer)),
    d("rdb-key-save-delay", None, HIDDEN, int(INT_MIN, INT_MAX, 0, NumFmt::Integer)),
    d("key-load-delay", None, HIDDEN, int(INT_MIN, INT_MAX, 0, NumFmt::Integer)),
    d("active-expire-effort", None, 0, int(1, 10, 1, NumFmt::Integer)),
    d("hz", None, 0, int(0, INT_MAX, 10, NumFmt::Integer)).acted(),
    d("min-replicas-to-write", Some("min-slaves-to-write"), 0, int(0, INT_MAX, 0, NumFmt::Integer)),
    d("min-replicas-max-lag", Some("min-slaves-max-lag"), 0, int(0, INT_MAX, 10, NumFmt::Integer)),
    d("watchdog-period", None, HIDDEN, int(0, INT_MAX, 0, NumFmt::Integer)),
    d("shutdown-timeout", None, 0, int(0, INT_MAX, 10, NumFmt::Integer)),
    d("repl-diskless-sync-max-replicas", None, 0, int(0, INT_MAX, 0, NumFmt::Integer)),
    d("maxclients", None, 0, uint(1, UINT_MAX, 10000, NumFmt::Integer)).acted(),
    d("unixsocketperm", None, IMMUTABLE, uint(0, 0o777, 0, NumFmt::Octal)),
    d("socket-mark-id", None, IMMUTABLE, uint(0, UINT_MAX, 0, NumFmt::Integer)),
    d("active-defrag-max-scan-fields", None, 0, int(1, I64_MAX, 1000, NumFmt::Integer)),
    d("slowlog-max-len", None, 0, int(0, I64_MAX, 128, NumFmt::Integer)).acted(),
    d("acllog-max-len", None, 0, int(0, I64_MAX, 128, NumFmt::Integer)),
    d("busy-reply-threshold", Some("lua-time-limit"), 0, int(0, I64_MAX, 5000, NumFmt::Integer)),
    d("cluster-node-timeout", None, 0, int(0, I64_MAX, 15000, NumFmt::Integer)),
    d("slowlog-log-slower-than", None, 0, int(-1, I64_MAX, 10000, NumFmt::Integer)).acted(),
    d("latency-monitor-threshold", None, 0, int(0, I64_MAX, 0, NumFmt::Integer)).acted(),
    d("proto-max-bulk-len", None, DEBUG, int(1048576, I64_MAX, 536870912, NumFmt::Memory)).acted(),
    d("stream-node-max-entries", None, 0, int(0, I64_MAX, 100, NumFmt::Integer)),
    d("repl-backlog-size", None, 0, int(1, I64_MAX, 1048576, NumFmt::Memory)),
    d("maxmemory", None, 0, uint(0, U64_MAX_AS_I64, 0, NumFmt::Memory)),
    d("cluster-link-sendbuf-limit", None, 0, uint(0, U64_MAX_AS_I64, 0, NumFmt::Memory)),
    d("hash-max-listpack-entries", Some("hash-max-ziplist-entries"), 0, uint(0, I64_MAX, 512, NumFmt::Integer)).acted(),
    d("set-max-intset-entries", None, 0, uint(0, I64_MAX, 512, NumFmt::Integer)).acted(),
    d("zset-max-listpack-entries", Some("zset-max-ziplist-entries"), 0, uint(0, I64_MAX, 128, NumFmt::Integer)).acted(),
    d("active-defrag-ignore-bytes", None, 0, uint(1, I64_MAX, 104857600, NumFmt::Memory)),
    d("hash-max-listpack-value", Some("hash-max-ziplist-value"), 0, uint(0, I64_MAX, 64, NumFmt::Memory)).acted(),
    d("stream-node-max-bytes", None, 0, uint(0, I64_MAX, 4096, NumFmt::Memory)),
    d("zset-max-listpack-value", Some("zset-max-ziplist-value"), 0, uint(0, I64_MAX, 64, NumFmt::Memory)).acted(),
    d("hll-sparse-max-bytes", None, 0, uint(0, I64_MAX, 3000, NumFmt::Memory)).acted(),
    d("tracking-table-max-keys", None, 0, uint(0, I64_MAX, 1000000, NumFmt::Integer)).acted(),
    d("client-query-buffer-limit", None, DEBUG, uint(1048576, I64_MAX, 1073741824, NumFmt::Memory)).acted(),
    d("maxmemory-clients", None, 0, int(-100, I64_MAX, 0, NumFmt::MemoryPercent)),
    d("repl-backlog-ttl", None, 0, int(0, I64_MAX, 3600, NumFmt::Integer)),
    d("auto-aof-rewrite-min-size", None, 0, int(0, I64_MAX, 67108864, NumFmt::Memory)),
    d("loading-process-events-interval-bytes", None, HIDDEN, int(1024, INT_MAX, 2097152, NumFmt::Integer)),
    d("tls-port", None, 0, int(0, 65535, 0, NumFmt::Integer)),
    d("tls-session-cache-size", None, 0, int(0, INT_MAX, 20480, NumFmt::Integer)),
    d("tls-session-cache-timeout", None, 0, int(0, INT_MAX, 300, NumFmt::Integer)),
    d("tls-cluster", None, 0, boolean(false)),
    d("tls-replication", None, 0, boolean(false)),
    d("tls-auth-clients", None, 0, enumeration(&TLS_AUTH_CLIENTS_ENUM, "yes")),
    d("tls-prefer-server-ciphers", None, 0, boolean(false)),
    d("tls-session-caching", None, 0, boolean(true)),
    d("tls-cert-file", None, VOLATILE, string(None, true, StrCheck::None)),
    d("tls-key-file", None, VOLATILE, string(None, true, StrCheck::None)),
    d("tls-key-file-pass", None, 0, string(None, true, StrCheck::None)),
    d("tls-client-cert-file", None, VOLATILE, string(None, true, StrCheck::None)),
    d("tls-client-key-file", None, VOLATILE, string(None, true, StrCheck::None)),
    d("tls-client-key-file-pass", None, 0, string(None, true, StrCheck::None)),
    d("tls-dh-params-file", None, VOLATILE, string(None, true, StrCheck::None)),
    d("tls-ca-cert-file", None, VOLATILE, string(None, true, StrCheck::None)),
    d("tls-ca-cert-dir", None, VOLATILE, string(None, true, StrCheck::None)),
    d("tls-protocols", None, 0, string(None, true, StrCheck::None)),
    d("tls-ciphers", None, 0, string(None, true, StrCheck::None)),
    d("tls-ciphersuites", None, 0, string(None, true, StrCheck::None)),
    d("dir", None, PROTECTED | DENY_LOADING, Kind::Special(Special::Dir)).acted(),
    d("save", None, MULTI_ARG, Kind::Special(Special::Save)),
    d("client-output-buffer-limit", None, MULTI_ARG, Kind::Special(Special::ClientOutputBufferLimit)).acted(),
    d("oom-score-adj-values", None, MULTI_ARG, Kind::Special(Special::OomScoreAdjValues)),
    d("notify-keyspace-events", None, 0, Kind::Special(Special::NotifyKeyspaceEvents)).acted(),
    d("bind", None, MULTI_ARG, Kind::Special(Special::Bind)).acted(),
    d("replicaof", Some("slaveof"), IMMUTABLE | MULTI_ARG, Kind::Special(Special::ReplicaOf)),
    d("latency-tracking-info-percentiles", None, MULTI_ARG, Kind::Special(Special::LatencyTrackingInfoPercentiles)),
];

/// Directives only understood in a config file (not by CONFIG GET/SET).
/// `include` is acted on by the parser; the others are stored only.
pub static FILE_ONLY_DIRECTIVES: &[&str] = &[
    "include",
    "rename-command",
    "user",
    "loadmodule",
    "sentinel",
];

/// Directives removed from Redis that a 7.0 config file may still contain:
/// silently ignored when they have exactly the given number of words
/// (directive name included).
pub static DEPRECATED_DIRECTIVES: &[(&str, usize)] = &[
    ("list-max-ziplist-entries", 2),
    ("list-max-ziplist-value", 2),
    ("lua-replicate-commands", 2),
];

/// Finds a directive by its name or alias (ASCII case-insensitive).
/// Returns its index in [`DIRECTIVES`] and whether the alias matched.
pub fn lookup(name: &[u8]) -> Option<(usize, bool)> {
    DIRECTIVES.iter().enumerate().find_map(|(i, d)| {
        if d.name.as_bytes().eq_ignore_ascii_case(name) {
            Some((i, false))
        } else if d
            .alias
            .is_some_and(|a| a.as_bytes().eq_ignore_ascii_case(name))
        {
            Some((i, true))
        } else {
            None
        }
    })
}

/// The directive called `name` (canonical name or alias, any case).
pub fn directive(name: &[u8]) -> Option<&'static Directive> {
    lookup(name).map(|(i, _)| &DIRECTIVES[i])
}

/// Whether CONFIG SET arguments for `name` must be redacted (requirepass,
/// masterauth, masteruser).
pub fn is_sensitive(name: &[u8]) -> bool {
    directive(name).is_some_and(|d| d.is(SENSITIVE))
}

/// Every name CONFIG GET can match with a pattern (canonical names and
/// aliases, hidden directives excluded), in table order.
pub fn visible_names() -> impl Iterator<Item = &'static str> {
    DIRECTIVES
        .iter()
        .filter(|d| !d.is(HIDDEN))
        .flat_map(|d| std::iter::once(d.name).chain(d.alias))
}
