//! INFO: the server's state as `# Section` blocks of `field:value` lines, with Redis 7.0's
//! sections, field names and order, so that redis-cli, redis_exporter and dashboards read
//! Respite as they read redis-server. Fields Respite has no counterpart for (forks, defrag,
//! jemalloc internals) show the value an idle redis-server shows.

use crate::server::client::{client_flags, KIND_REPLICA};
use crate::server::memory::{self, bytes_to_human};
use crate::server::{clock, Server, REDIS_VERSION, RESPITE_VERSION};
use bytes::Bytes;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::OnceLock;

/// The sections plain `INFO` (and `INFO default`) prints.
const DEFAULT_SECTIONS: &[&str] = &[
    "server",
    "clients",
    "memory",
    "persistence",
    "stats",
    "replication",
    "cpu",
    "module_list",
    "errorstats",
    "cluster",
    "keyspace",
];

/// Which sections a request asked for.
pub struct Selection {
    names: HashSet<String>,
    /// `all`: every section of this file.
    all: bool,
    /// `everything`: `all` plus the modules' own sections (none in Respite).
    everything: bool,
}

impl Selection {
    /// INFO's arguments: section names (any case), `default`, `all`, `everything`.
    pub fn parse(args: &[Bytes]) -> Selection {
        let mut sel = Selection {
            names: HashSet::new(),
            all: false,
            everything: false,
        };
        if args.is_empty() {
            sel.names
                .extend(DEFAULT_SECTIONS.iter().map(|s| s.to_string()));
        }
        for arg in args {
            let name = String::from_utf8_lossy(arg).to_lowercase();
            match name.as_str() {
                "default" => sel
                    .names
                    .extend(DEFAULT_SECTIONS.iter().map(|s| s.to_string())),
                "all" => sel.all = true,
                "everything" => {
                    sel.all = true;
                    sel.everything = true;
                }
                _ => {
                    sel.names.insert(name);
                }
            }
        }
        sel
    }

    fn wants(&self, section: &str) -> bool {
        self.all || self.names.contains(section)
    }
}

/// The INFO text for `sel`.
pub fn info_text(server: &Server, sel: &Selection) -> String {
    let mut out = String::with_capacity(4096);
    // (name as selected, writer) in Redis's order.
    type Writer = fn(&Server, &mut String);
    let sections: &[(&str, Writer)] = &[
        ("server", server_section),
        ("clients", clients_section),
        ("memory", memory_section),
        ("persistence", persistence_section),
        ("stats", stats_section),
        ("replication", replication_section),
        ("cpu", cpu_section),
        ("module_list", modules_section),
        ("commandstats", commandstats_section),
        ("errorstats", errorstats_section),
        ("latencystats", latencystats_section),
        ("cluster", cluster_section),
        ("keyspace", keyspace_section),
    ];
    for (name, write) in sections {
        let wanted = sel.wants(name)
            || (*name == "module_list" && (sel.names.contains("modules") || sel.everything));
        if !wanted {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\r\n");
        }
        write(server, &mut out);
    }
    out
}

/// Appends `name:value\r\n`.
macro_rules! field {
    ($out:expr, $name:expr, $value:expr) => {{
        let _ = write!($out, "{}:{}\r\n", $name, $value);
    }};
}

/// Redis's uname-based `os:` value.
fn os_name() -> &'static str {
    static OS: OnceLock<String> = OnceLock::new();
    OS.get_or_init(|| {
        let read = |p: &str| {
            std::fs::read_to_string(p)
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        let sysname = read("/proc/sys/kernel/ostype");
        let sysname = if sysname.is_empty() {
            std::env::consts::OS.to_string()
        } else {
            sysname
        };
        format!(
            "{} {} {}",
            sysname,
            read("/proc/sys/kernel/osrelease"),
            std::env::consts::ARCH
        )
    })
}

/// A stable build id for this Respite version (Redis hashes its build's facts the same way).
fn build_id() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in format!("respite-{RESPITE_VERSION}").bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:x}")
}

/// The replication id this server's history is known by (INFO master_replid).
pub fn master_replid() -> &'static str {
    static REPLID: OnceLock<String> = OnceLock::new();
    REPLID.get_or_init(|| crate::server::random_hex(40))
}

fn server_section(server: &Server, out: &mut String) {
    let config = server.config.read();
    let now_us = clock::now_us();
    let uptime = server.started.elapsed().as_secs();
    let port = server.local_addr.lock().map_or(config.port, |a| a.port());
    out.push_str("# Server\r\n");
    field!(out, "redis_version", REDIS_VERSION);
    field!(out, "redis_git_sha1", "00000000");
    field!(out, "redis_git_dirty", 0);
    field!(out, "redis_build_id", build_id());
    field!(
        out,
        "redis_mode",
        if config.cluster_enabled {
            "cluster"
        } else {
            "standalone"
        }
    );
    field!(out, "os", os_name());
    field!(out, "arch_bits", usize::BITS);
    field!(out, "monotonic_clock", "POSIX clock_gettime");
    field!(out, "multiplexing_api", "epoll");
    field!(out, "atomicvar_api", "c11-builtin");
    field!(out, "gcc_version", "0.0.0");
    field!(out, "process_id", std::process::id());
    field!(out, "process_supervised", "no");
    field!(out, "run_id", server.run_id);
    field!(out, "tcp_port", port);
    field!(out, "server_time_usec", now_us);
    field!(out, "uptime_in_seconds", uptime);
    field!(out, "uptime_in_days", uptime / 86400);
    field!(out, "hz", config.hz);
    field!(out, "configured_hz", config.hz);
    field!(out, "lru_clock", clock::lru_clock());
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    field!(out, "executable", exe);
    let config_file = config
        .config_file()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    field!(out, "config_file", config_file);
    field!(out, "io_threads_active", 0);
    field!(out, "respite_version", RESPITE_VERSION);
}

fn clients_section(server: &Server, out: &mut String) {
    let clients = server.clients.all();
    let connected = clients
        .iter()
        .filter(|c| c.kind.load(Relaxed) != KIND_REPLICA)
        .count();
    let max_in = clients
        .iter()
        .map(|c| c.qbuf.load(Relaxed))
        .max()
        .unwrap_or(0);
    let max_out = clients
        .iter()
        .map(|c| c.omem.load(Relaxed))
        .max()
        .unwrap_or(0);
    let blocked = clients
        .iter()
        .filter(|c| c.has_flag(client_flags::BLOCKED))
        .count();
    let in_timeout_table = clients
        .iter()
        .filter(|c| c.has_flag(client_flags::BLOCKED) && !c.has_flag(client_flags::POSTPONED))
        .count();
    let tracking = clients
        .iter()
        .filter(|c| c.has_flag(client_flags::TRACKING))
        .count();
    out.push_str("# Clients\r\n");
    field!(out, "connected_clients", connected);
    field!(out, "cluster_connections", 0);
    field!(out, "maxclients", server.hot.maxclients.load(Relaxed));
    field!(out, "client_recent_max_input_buffer", max_in);
    field!(out, "client_recent_max_output_buffer", max_out);
    field!(out, "blocked_clients", blocked);
    field!(out, "tracking_clients", tracking);
    field!(out, "clients_in_timeout_table", in_timeout_table);
}

fn memory_section(server: &Server, out: &mut String) {
    // The breakdown MEMORY STATS reports (server::memory).
    let m = memory::MemoryOverhead::compute(server, memory::keyspace_overheads(server));
    let (used, peak, rss) = (m.total_allocated, m.peak_allocated, m.rss);
    let system = memory::total_system_memory();
    let (maxmemory, policy) = {
        let c = server.config.read();
        (c.maxmemory, c.maxmemory_policy.clone())
    };
    let (lazy_pending, lazy_freed) = crate::db::lazyfree::counters();
    out.push_str("# Memory\r\n");
    field!(out, "used_memory", used);
    field!(out, "used_memory_human", bytes_to_human(used as u64));
    field!(out, "used_memory_rss", rss);
    field!(out, "used_memory_rss_human", bytes_to_human(rss as u64));
    field!(out, "used_memory_peak", peak);
    field!(out, "used_memory_peak_human", bytes_to_human(peak as u64));
    field!(out, "used_memory_peak_perc", format!("{:.2}%", m.peak_perc));
    field!(out, "used_memory_overhead", m.overhead_total);
    field!(out, "used_memory_startup", m.startup_allocated);
    field!(out, "used_memory_dataset", m.dataset);
    field!(
        out,
        "used_memory_dataset_perc",
        format!("{:.2}%", m.dataset_perc)
    );
    field!(out, "allocator_allocated", m.allocator_allocated);
    field!(out, "allocator_active", m.allocator_active);
    field!(out, "allocator_resident", m.allocator_resident);
    field!(out, "total_system_memory", system);
    field!(
        out,
        "total_system_memory_human",
        bytes_to_human(system as u64)
    );
    // No scripting engine's memory to report.
    field!(out, "used_memory_lua", 0);
    field!(out, "used_memory_vm_eval", 0);
    field!(out, "used_memory_lua_human", "0B");
    field!(out, "used_memory_scripts_eval", 0);
    field!(out, "number_of_cached_scripts", 0);
    field!(out, "number_of_functions", 0);
    field!(out, "number_of_libraries", 0);
    field!(out, "used_memory_vm_functions", 0);
    field!(out, "used_memory_vm_total", 0);
    field!(out, "used_memory_vm_total_human", "0B");
    field!(out, "used_memory_functions", 0);
    field!(out, "used_memory_scripts", 0);
    field!(out, "used_memory_scripts_human", "0B");
    field!(out, "maxmemory", maxmemory);
    field!(out, "maxmemory_human", bytes_to_human(maxmemory));
    field!(out, "maxmemory_policy", policy);
    field!(
        out,
        "allocator_frag_ratio",
        format!("{:.2}", m.allocator_frag)
    );
    field!(out, "allocator_frag_bytes", m.allocator_frag_bytes);
    field!(
        out,
        "allocator_rss_ratio",
        format!("{:.2}", m.allocator_rss)
    );
    field!(out, "allocator_rss_bytes", m.allocator_rss_bytes);
    field!(out, "rss_overhead_ratio", format!("{:.2}", m.rss_extra));
    field!(out, "rss_overhead_bytes", m.rss_extra_bytes);
    field!(
        out,
        "mem_fragmentation_ratio",
        format!("{:.2}", m.total_frag)
    );
    field!(out, "mem_fragmentation_bytes", m.total_frag_bytes);
    field!(out, "mem_not_counted_for_evict", 0);
    field!(out, "mem_replication_backlog", 0);
    field!(out, "mem_total_replication_buffers", 0);
    field!(out, "mem_clients_slaves", m.clients_slaves);
    field!(out, "mem_clients_normal", m.clients_normal);
    field!(out, "mem_cluster_links", 0);
    field!(out, "mem_aof_buffer", 0);
    field!(out, "mem_allocator", memory::ALLOCATOR_NAME);
    field!(out, "active_defrag_running", 0);
    field!(out, "lazyfree_pending_objects", lazy_pending);
    field!(out, "lazyfreed_objects", lazy_freed);
}

fn persistence_section(server: &Server, out: &mut String) {
    out.push_str("# Persistence\r\n");
    for (name, value) in [
        ("loading", "0"),
        ("async_loading", "0"),
        ("current_cow_peak", "0"),
        ("current_cow_size", "0"),
        ("current_cow_size_age", "0"),
        ("current_fork_perc", "0.00"),
        ("current_save_keys_processed", "0"),
        ("current_save_keys_total", "0"),
    ] {
        field!(out, name, value);
    }
    field!(
        out,
        "rdb_changes_since_last_save",
        server.dirty.load(Relaxed)
    );
    field!(out, "rdb_bgsave_in_progress", 0);
    field!(out, "rdb_last_save_time", server.lastsave.load(Relaxed));
    for (name, value) in [
        ("rdb_last_bgsave_status", "ok"),
        ("rdb_last_bgsave_time_sec", "-1"),
        ("rdb_current_bgsave_time_sec", "-1"),
        ("rdb_saves", "0"),
        ("rdb_last_cow_size", "0"),
        ("rdb_last_load_keys_expired", "0"),
        ("rdb_last_load_keys_loaded", "0"),
        // Respite writes no AOF yet.
        ("aof_enabled", "0"),
        ("aof_rewrite_in_progress", "0"),
        ("aof_rewrite_scheduled", "0"),
        ("aof_last_rewrite_time_sec", "-1"),
        ("aof_current_rewrite_time_sec", "-1"),
        ("aof_last_bgrewrite_status", "ok"),
        ("aof_rewrites", "0"),
        ("aof_rewrites_consecutive_failures", "0"),
        ("aof_last_write_status", "ok"),
        ("aof_last_cow_size", "0"),
        ("module_fork_in_progress", "0"),
        ("module_fork_last_cow_size", "0"),
    ] {
        field!(out, name, value);
    }
}

fn stats_section(server: &Server, out: &mut String) {
    use crate::pubsub::Kind;
    let st = &server.stats;
    fn get(c: &impl crate::util::counter::ReadCount) -> u64 {
        c.count()
    }
    let (ops, input_kbps, output_kbps) = {
        let samples = st.ops_samples.lock();
        (
            samples.ops_per_sec(),
            samples.input_kbps(),
            samples.output_kbps(),
        )
    };
    out.push_str("# Stats\r\n");
    field!(
        out,
        "total_connections_received",
        get(&st.total_connections_received)
    );
    field!(
        out,
        "total_commands_processed",
        get(&st.total_commands_processed)
    );
    field!(out, "instantaneous_ops_per_sec", ops);
    field!(out, "total_net_input_bytes", get(&st.net_input_bytes));
    field!(out, "total_net_output_bytes", get(&st.net_output_bytes));
    field!(out, "total_net_repl_input_bytes", 0);
    field!(out, "total_net_repl_output_bytes", 0);
    field!(out, "instantaneous_input_kbps", format!("{input_kbps:.2}"));
    field!(
        out,
        "instantaneous_output_kbps",
        format!("{output_kbps:.2}")
    );
    field!(out, "instantaneous_input_repl_kbps", "0.00");
    field!(out, "instantaneous_output_repl_kbps", "0.00");
    field!(out, "rejected_connections", get(&st.rejected_connections));
    field!(out, "sync_full", 0);
    field!(out, "sync_partial_ok", 0);
    field!(out, "sync_partial_err", 0);
    field!(out, "expired_keys", get(&st.expired_keys));
    field!(
        out,
        "expired_stale_perc",
        format!("{:.2}", get(&st.expired_stale_perc) as f64 / 100.0)
    );
    field!(
        out,
        "expired_time_cap_reached_count",
        get(&st.expired_time_cap_reached_count)
    );
    field!(
        out,
        "expire_cycle_cpu_milliseconds",
        get(&st.expire_cycle_time_us) / 1000
    );
    field!(out, "evicted_keys", get(&st.evicted_keys));
    field!(out, "evicted_clients", 0);
    field!(out, "total_eviction_exceeded_time", 0);
    field!(out, "current_eviction_exceeded_time", 0);
    field!(out, "keyspace_hits", get(&st.keyspace_hits));
    field!(out, "keyspace_misses", get(&st.keyspace_misses));
    field!(out, "pubsub_channels", server.pubsub.len(Kind::Channel));
    field!(out, "pubsub_patterns", server.pubsub.len(Kind::Pattern));
    field!(out, "pubsubshard_channels", server.pubsub.len(Kind::Shard));
    for name in [
        "latest_fork_usec",
        "total_forks",
        "migrate_cached_sockets",
        "slave_expires_tracked_keys",
        "active_defrag_hits",
        "active_defrag_misses",
        "active_defrag_key_hits",
        "active_defrag_key_misses",
        "total_active_defrag_time",
        "current_active_defrag_time",
    ] {
        field!(out, name, 0);
    }
    let (tracking_keys, tracking_items, tracking_prefixes) = server.tracking.totals();
    field!(out, "tracking_total_keys", tracking_keys);
    field!(out, "tracking_total_items", tracking_items);
    field!(out, "tracking_total_prefixes", tracking_prefixes);
    field!(
        out,
        "unexpected_error_replies",
        get(&st.unexpected_error_replies)
    );
    field!(out, "total_error_replies", get(&st.total_error_replies));
    field!(out, "dump_payload_sanitizations", 0);
    field!(out, "total_reads_processed", get(&st.total_reads_processed));
    field!(
        out,
        "total_writes_processed",
        get(&st.total_writes_processed)
    );
    field!(out, "io_threaded_reads_processed", 0);
    field!(out, "io_threaded_writes_processed", 0);
    field!(out, "reply_buffer_shrinks", 0);
    field!(out, "reply_buffer_expands", 0);
}

fn replication_section(server: &Server, out: &mut String) {
    let backlog_size = server.config.read().repl_backlog_size;
    out.push_str("# Replication\r\n");
    field!(out, "role", "master");
    field!(out, "connected_slaves", 0);
    field!(out, "master_failover_state", "no-failover");
    field!(out, "master_replid", master_replid());
    field!(
        out,
        "master_replid2",
        "0000000000000000000000000000000000000000"
    );
    field!(out, "master_repl_offset", server.propagation.offset());
    field!(out, "second_repl_offset", -1);
    field!(out, "repl_backlog_active", 0);
    field!(out, "repl_backlog_size", backlog_size);
    field!(out, "repl_backlog_first_byte_offset", 0);
    field!(out, "repl_backlog_histlen", 0);
}

fn cpu_section(_server: &Server, out: &mut String) {
    let cpu = memory::cpu_times();
    out.push_str("# CPU\r\n");
    field!(out, "used_cpu_sys", format!("{:.6}", cpu.sys));
    field!(out, "used_cpu_user", format!("{:.6}", cpu.user));
    field!(
        out,
        "used_cpu_sys_children",
        format!("{:.6}", cpu.sys_children)
    );
    field!(
        out,
        "used_cpu_user_children",
        format!("{:.6}", cpu.user_children)
    );
    field!(
        out,
        "used_cpu_sys_main_thread",
        format!("{:.6}", cpu.sys_thread)
    );
    field!(
        out,
        "used_cpu_user_main_thread",
        format!("{:.6}", cpu.user_thread)
    );
}

fn modules_section(_server: &Server, out: &mut String) {
    out.push_str("# Modules\r\n");
}

/// Replaces the characters that would break the `name:value` line format (Redis's
/// getSafeInfoString).
fn safe_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if matches!(c, '#' | ':' | '\n' | '\r') {
                '_'
            } else {
                c
            }
        })
        .collect()
}

fn commandstats_section(server: &Server, out: &mut String) {
    out.push_str("# Commandstats\r\n");
    for entry in server.commands.all_entries() {
        let s = &entry.stats;
        let (calls, usec) = (s.calls.load(Relaxed), s.usec.load(Relaxed));
        let (rejected, failed) = (s.rejected_calls.load(Relaxed), s.failed_calls.load(Relaxed));
        if calls == 0 && rejected == 0 && failed == 0 {
            continue;
        }
        // Redis divides in single precision.
        let per_call = if calls == 0 {
            0.0
        } else {
            usec as f32 / calls as f32
        };
        let _ = write!(
            out,
            "cmdstat_{}:calls={calls},usec={usec},usec_per_call={per_call:.2},rejected_calls={rejected},failed_calls={failed}\r\n",
            safe_name(&entry.full_name)
        );
    }
}

fn errorstats_section(server: &Server, out: &mut String) {
    out.push_str("# Errorstats\r\n");
    for (code, count) in server.stats.errors.lock().iter() {
        let _ = write!(out, "errorstat_{}:count={count}\r\n", safe_name(code));
    }
}

fn latencystats_section(server: &Server, out: &mut String) {
    out.push_str("# Latencystats\r\n");
    let percentiles = {
        let config = server.config.read();
        if !config.latency_tracking {
            return;
        }
        config.latency_tracking_info_percentiles.clone()
    };
    for entry in server.commands.all_entries() {
        let histogram = &entry.stats.latency;
        if histogram.count() == 0 {
            continue;
        }
        let _ = write!(
            out,
            "latency_percentiles_usec_{}:",
            safe_name(&entry.full_name)
        );
        for (i, p) in percentiles.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            // `p50`, `p99.9`: the percentile as %f with trailing zeros trimmed.
            let label = format!("{p:.6}");
            let label = label.trim_end_matches('0').trim_end_matches('.');
            let _ = write!(
                out,
                "p{label}={:.3}",
                histogram.value_at_percentile(*p) as f64 / 1000.0
            );
        }
        out.push_str("\r\n");
    }
}

fn cluster_section(server: &Server, out: &mut String) {
    out.push_str("# Cluster\r\n");
    field!(
        out,
        "cluster_enabled",
        server.config.read().cluster_enabled as u8
    );
}

fn keyspace_section(server: &Server, out: &mut String) {
    out.push_str("# Keyspace\r\n");
    let now = clock::now_ms();
    for db in 0..server.keyspace.databases() {
        let info = server.keyspace.db_info(db, now);
        if info.keys > 0 || info.expires > 0 {
            let _ = write!(
                out,
                "db{db}:keys={},expires={},avg_ttl={}\r\n",
                info.keys, info.expires, info.avg_ttl
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(args: &[&str]) -> Selection {
        Selection::parse(
            &args
                .iter()
                .map(|a| Bytes::copy_from_slice(a.as_bytes()))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn selection_rules() {
        let default = sel(&[]);
        assert!(
            default.wants("server") && default.wants("keyspace") && !default.wants("commandstats")
        );
        let all = sel(&["all"]);
        assert!(all.wants("commandstats") && all.wants("latencystats") && !all.everything);
        assert!(sel(&["everything"]).everything);
        let some = sel(&["CPU", "commandSTATS"]);
        assert!(some.wants("cpu") && some.wants("commandstats") && !some.wants("server"));
        assert!(sel(&["default", "cpu"]).wants("memory"));
    }

    #[test]
    fn safe_names() {
        assert_eq!(safe_name("config|get"), "config|get");
        assert_eq!(safe_name("a:b#c\r\n"), "a_b_c__");
    }
}
