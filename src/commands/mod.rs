//! Every command: the table that describes them and one module per family with the handlers.

pub mod ctx;
pub mod docs;
pub mod errors;
pub mod keyspecs;
pub mod table;

pub mod args;

pub mod bitmaps;
pub mod client;
pub mod config_cmd;
pub mod connection;
pub mod debug;
pub mod dump;
pub mod geo;
pub mod hashes;
pub mod hll;
pub mod info;
pub mod introspection;
pub mod keys;
pub mod lists;
pub mod memory;
pub mod observability;
pub mod pubsub;
pub mod server;
pub mod sets;
pub mod sort;
pub mod strings;
pub mod tracking;
pub mod tx;
pub mod zsets;

pub use ctx::Ctx;
pub use table::{acl, flags, CmdResult, Command, Handler, KeySpec};

use crate::util::counter::Counter;
// Command names are looked up on every request: ahash rather than the default SipHash.
type HashMap<K, V> = std::collections::HashMap<K, V, ahash::RandomState>;
use std::sync::atomic::Ordering::Relaxed;

/// Every family's commands, in the order README and COMMAND list them.
pub fn families() -> Vec<&'static [Command]> {
    vec![
        connection::COMMANDS,
        strings::COMMANDS,
        bitmaps::COMMANDS,
        keys::COMMANDS,
        dump::COMMANDS,
        hashes::COMMANDS,
        lists::COMMANDS,
        sets::COMMANDS,
        zsets::COMMANDS,
        geo::COMMANDS,
        hll::COMMANDS,
        sort::COMMANDS,
        tx::COMMANDS,
        pubsub::COMMANDS,
        server::COMMANDS,
        client::COMMANDS,
        config_cmd::COMMANDS,
        introspection::COMMANDS,
        observability::COMMANDS,
        debug::COMMANDS,
        memory::COMMANDS,
    ]
}

/// INFO commandstats counters of one command or subcommand.
#[derive(Default)]
pub struct CommandStats {
    pub calls: Counter,
    pub usec: Counter,
    pub rejected_calls: Counter,
    pub failed_calls: Counter,
    /// Latency distribution (INFO latencystats), recorded while `latency-tracking` is on.
    pub latency: crate::util::hdr::LatencyHistogram,
}

impl CommandStats {
    pub fn reset(&self) {
        for c in [
            &self.calls,
            &self.usec,
            &self.rejected_calls,
            &self.failed_calls,
        ] {
            c.store(0, Relaxed);
        }
        self.latency.reset();
    }
}

/// A command as the server knows it at run time: its static description plus counters.
pub struct CommandEntry {
    pub cmd: &'static Command,
    /// `get`, or `config|get` for a subcommand.
    pub full_name: String,
    pub stats: CommandStats,
    pub subcommands: HashMap<&'static str, CommandEntry>,
    pub is_subcommand: bool,
}

impl CommandEntry {
    fn new(cmd: &'static Command, parent: Option<&str>) -> CommandEntry {
        let full_name = match parent {
            Some(p) => format!("{p}|{}", cmd.name),
            None => cmd.name.to_string(),
        };
        let subcommands = cmd
            .subcommands
            .iter()
            .map(|s| (s.name, CommandEntry::new(s, Some(&full_name))))
            .collect();
        CommandEntry {
            cmd,
            full_name,
            stats: CommandStats::default(),
            subcommands,
            is_subcommand: parent.is_some(),
        }
    }

    /// Case-insensitive subcommand lookup.
    pub fn subcommand(&self, name: &[u8]) -> Option<&CommandEntry> {
        with_lowercase(name, |n| self.subcommands.get(n))
    }

    /// Subcommands sorted by name, for stable COMMAND output.
    pub fn sorted_subcommands(&self) -> Vec<&CommandEntry> {
        let mut subs: Vec<_> = self.subcommands.values().collect();
        subs.sort_by_key(|s| s.cmd.name);
        subs
    }
}

/// Runs `f` with the lower-cased form of `name` (no allocation for ordinary names).
fn with_lowercase<R>(name: &[u8], f: impl FnOnce(&str) -> Option<R>) -> Option<R> {
    let mut buf = [0u8; 64];
    if name.len() > buf.len() {
        return None; // no command name is that long
    }
    for (d, s) in buf.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    f(std::str::from_utf8(&buf[..name.len()]).ok()?)
}

pub struct CommandTable {
    by_name: HashMap<&'static str, CommandEntry>,
}

impl Default for CommandTable {
    fn default() -> Self {
        Self::new()
    }
}

impl CommandTable {
    pub fn new() -> CommandTable {
        let mut by_name = HashMap::default();
        for family in families() {
            for cmd in family {
                let old = by_name.insert(cmd.name, CommandEntry::new(cmd, None));
                assert!(old.is_none(), "command {} declared twice", cmd.name);
            }
        }
        CommandTable { by_name }
    }

    pub fn get(&self, name: &[u8]) -> Option<&CommandEntry> {
        with_lowercase(name, |n| self.by_name.get(n))
    }

    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    /// Every top-level command, sorted by name.
    pub fn sorted(&self) -> Vec<&CommandEntry> {
        let mut all: Vec<_> = self.by_name.values().collect();
        all.sort_by_key(|e| e.cmd.name);
        all
    }

    /// Every command and subcommand (for commandstats and CONFIG RESETSTAT).
    pub fn all_entries(&self) -> Vec<&CommandEntry> {
        let mut out = Vec::new();
        for e in self.sorted() {
            out.push(e);
            out.extend(e.sorted_subcommands());
        }
        out
    }
}
