//! Redis 7.0's key specifications and command tips: facts about each command that COMMAND INFO
//! reports (key specs, tips) and COMMAND GETKEYSANDFLAGS uses (the access flags of each key).
//!
//! The command table (`table.rs`) says where keys are for dispatch; this table adds what Redis
//! documents about them: how a client finds them (begin_search / find_keys) and what the command
//! does to them (RO/RW/OW/RM, access/update/insert/delete). Rows are sorted by full command name
//! (`container|sub` for subcommands) so lookups can binary-search.

use bytes::Bytes;

/// Key-spec flags, named as COMMAND INFO names them.
pub mod kflags {
    pub const RO: u32 = 1 << 0;
    pub const RW: u32 = 1 << 1;
    pub const OW: u32 = 1 << 2;
    pub const RM: u32 = 1 << 3;
    pub const ACCESS: u32 = 1 << 4;
    pub const UPDATE: u32 = 1 << 5;
    pub const INSERT: u32 = 1 << 6;
    pub const DELETE: u32 = 1 << 7;
    pub const NOT_KEY: u32 = 1 << 8;
    pub const INCOMPLETE: u32 = 1 << 9;
    pub const VARIABLE_FLAGS: u32 = 1 << 10;

    /// (flag, name) in the order Redis lists them.
    pub const NAMES: &[(u32, &str)] = &[
        (RO, "RO"),
        (RW, "RW"),
        (OW, "OW"),
        (RM, "RM"),
        (ACCESS, "access"),
        (UPDATE, "update"),
        (INSERT, "insert"),
        (DELETE, "delete"),
        (NOT_KEY, "not_key"),
        (INCOMPLETE, "incomplete"),
        (VARIABLE_FLAGS, "variable_flags"),
    ];

    /// The names of the flags set in `flags`, in Redis's order.
    pub fn names(flags: u32) -> Vec<&'static str> {
        NAMES
            .iter()
            .filter(|(f, _)| flags & f != 0)
            .map(|(_, n)| *n)
            .collect()
    }
}

/// Where the search for a spec's keys begins.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Begin {
    /// At a fixed argument index.
    Index(i32),
    /// Just after a keyword, searched from `startfrom` (negative: backwards from the end).
    Keyword(&'static str, i32),
    Unknown,
}

/// How the keys are found once the search began.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Find {
    /// `Range(lastkey, keystep, limit)`: `lastkey` relative to the first key (negative: from the
    /// end of argv); `limit` > 0 splits the remaining arguments (lastkey -1 only).
    Range(i32, i32, i32),
    /// `Keynum(keynumidx, firstkey, keystep)`: the number of keys is at `begin + keynumidx`,
    /// the first key at `begin + firstkey`.
    Keynum(i32, i32, i32),
    Unknown,
}

#[derive(Clone, Copy, Debug)]
pub struct KeySpecDoc {
    pub flags: u32,
    pub begin: Begin,
    pub find: Find,
}

const fn spec(flags: u32, begin: Begin, find: Find) -> KeySpecDoc {
    KeySpecDoc { flags, begin, find }
}

impl KeySpecDoc {
    /// Redis's key-spec search over `argv` (argv[0] is the command name): the key positions,
    /// or `None` when the spec cannot tell (unknown search, a bad numkeys, out of bounds).
    /// `Some(vec![])` when a keyword is absent.
    pub fn positions(&self, argv: &[Bytes]) -> Option<Vec<usize>> {
        let argc = argv.len() as i64;
        let first: i64 = match self.begin {
            Begin::Index(pos) => pos as i64,
            Begin::Keyword(keyword, startfrom) => {
                // Like Redis, the search stops before the last argument (forwards) or before
                // argv[1] (backwards): a keyword there could not be followed by a key.
                let is_keyword =
                    |i: &i64| argv[*i as usize].eq_ignore_ascii_case(keyword.as_bytes());
                let found = if startfrom > 0 {
                    (startfrom as i64..argc - 1).find(is_keyword)
                } else {
                    (2..=(argc + startfrom as i64).min(argc - 1))
                        .rev()
                        .find(is_keyword)
                };
                match found {
                    Some(i) => i + 1,
                    None => return Some(Vec::new()),
                }
            }
            Begin::Unknown => return None,
        };
        let (first, last, step) = match self.find {
            Find::Range(lastkey, step, limit) => {
                let last = if lastkey >= 0 {
                    first + lastkey as i64
                } else if limit == 0 {
                    argc + lastkey as i64
                } else {
                    first + ((argc - first) / limit as i64 + lastkey as i64)
                };
                (first, last, step as i64)
            }
            Find::Keynum(keynumidx, firstkey, step) => {
                let at = first + keynumidx as i64;
                if at >= argc {
                    return None;
                }
                let numkeys =
                    crate::util::numbers::parse_i64(&argv[at as usize]).filter(|n| *n >= 0)?;
                let first = first + firstkey as i64;
                (first, first + numkeys - 1, step as i64)
            }
            Find::Unknown => return None,
        };
        // Out of bounds (or no keys at all, numkeys 0): Redis leaves such calls to the command's
        // own key finder.
        if last >= argc || last < first || first >= argc {
            return None;
        }
        Some(
            (first..=last)
                .step_by(step.max(1) as usize)
                .map(|i| i as usize)
                .collect(),
        )
    }
}

use kflags::*;
use Begin::{Index, Keyword};
use Find::{Keynum, Range};

/// The key specs and tips of a command by its full name (`get`, `config|get`).
pub fn lookup(full_name: &str) -> (&'static [KeySpecDoc], &'static [&'static str]) {
    match FACTS.binary_search_by(|(name, _, _)| (*name).cmp(full_name)) {
        Ok(i) => (FACTS[i].1, FACTS[i].2),
        Err(_) => (&[], &[]),
    }
}

/// (full name, key specs, tips), sorted by name.
#[rustfmt::skip]
static FACTS: &[(&str, &[KeySpecDoc], &[&str])] = &[
    ("append", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("bitcount", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("bitfield", &[spec(RW | UPDATE | ACCESS | VARIABLE_FLAGS, Index(1), Range(0, 1, 0))], &[]),
    ("bitfield_ro", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("bitop", &[spec(OW | UPDATE, Index(2), Range(0, 1, 0)), spec(RO | ACCESS, Index(3), Range(-1, 1, 0))], &[]),
    ("bitpos", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("blmove", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0)), spec(RW | INSERT, Index(2), Range(0, 1, 0))], &[]),
    ("blmpop", &[spec(RW | ACCESS | DELETE, Index(2), Keynum(0, 1, 1))], &[]),
    ("blpop", &[spec(RW | ACCESS | DELETE, Index(1), Range(-2, 1, 0))], &[]),
    ("brpop", &[spec(RW | ACCESS | DELETE, Index(1), Range(-2, 1, 0))], &[]),
    ("brpoplpush", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0)), spec(RW | INSERT, Index(2), Range(0, 1, 0))], &[]),
    ("bzmpop", &[spec(RW | ACCESS | DELETE, Index(2), Keynum(0, 1, 1))], &[]),
    ("bzpopmax", &[spec(RW | ACCESS | DELETE, Index(1), Range(-2, 1, 0))], &[]),
    ("bzpopmin", &[spec(RW | ACCESS | DELETE, Index(1), Range(-2, 1, 0))], &[]),
    ("client|info", &[], &["nondeterministic_output"]),
    ("client|list", &[], &["nondeterministic_output"]),
    ("cluster|bumpepoch", &[], &["nondeterministic_output"]),
    ("cluster|count-failure-reports", &[], &["nondeterministic_output"]),
    ("cluster|getkeysinslot", &[], &["nondeterministic_output"]),
    ("cluster|info", &[], &["nondeterministic_output"]),
    ("cluster|links", &[], &["nondeterministic_output"]),
    ("cluster|nodes", &[], &["nondeterministic_output"]),
    ("cluster|replicas", &[], &["nondeterministic_output"]),
    ("cluster|shards", &[], &["nondeterministic_output"]),
    ("cluster|slaves", &[], &["nondeterministic_output"]),
    ("cluster|slots", &[], &["nondeterministic_output"]),
    ("command", &[], &["nondeterministic_output_order"]),
    ("command|docs", &[], &["nondeterministic_output_order"]),
    ("command|info", &[], &["nondeterministic_output_order"]),
    ("command|list", &[], &["nondeterministic_output_order"]),
    ("config|set", &[], &["request_policy:all_nodes", "response_policy:all_succeeded"]),
    ("copy", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0)), spec(OW | UPDATE, Index(2), Range(0, 1, 0))], &[]),
    ("dbsize", &[], &["request_policy:all_shards", "response_policy:agg_sum"]),
    ("decr", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("decrby", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("del", &[spec(RM | DELETE, Index(1), Range(-1, 1, 0))], &["request_policy:multi_shard", "response_policy:agg_sum"]),
    ("dump", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("eval", &[spec(RW | ACCESS | UPDATE, Index(2), Keynum(0, 1, 1))], &[]),
    ("eval_ro", &[spec(RO | ACCESS, Index(2), Keynum(0, 1, 1))], &[]),
    ("evalsha", &[spec(RW | ACCESS | UPDATE, Index(2), Keynum(0, 1, 1))], &[]),
    ("evalsha_ro", &[spec(RO | ACCESS, Index(2), Keynum(0, 1, 1))], &[]),
    ("exists", &[spec(RO, Index(1), Range(-1, 1, 0))], &["request_policy:multi_shard", "response_policy:agg_sum"]),
    ("expire", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("expireat", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("expiretime", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("fcall", &[spec(RW | ACCESS | UPDATE, Index(2), Keynum(0, 1, 1))], &[]),
    ("fcall_ro", &[spec(RO | ACCESS, Index(2), Keynum(0, 1, 1))], &[]),
    ("flushall", &[], &["request_policy:all_shards", "response_policy:all_succeeded"]),
    ("flushdb", &[], &["request_policy:all_shards", "response_policy:all_succeeded"]),
    ("function|delete", &[], &["request_policy:all_shards", "response_policy:all_succeeded"]),
    ("function|flush", &[], &["request_policy:all_shards", "response_policy:all_succeeded"]),
    ("function|kill", &[], &["request_policy:all_shards", "response_policy:one_succeeded"]),
    ("function|list", &[], &["nondeterministic_output_order"]),
    ("function|load", &[], &["request_policy:all_shards", "response_policy:all_succeeded"]),
    ("function|restore", &[], &["request_policy:all_shards", "response_policy:all_succeeded"]),
    ("function|stats", &[], &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"]),
    ("geoadd", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("geodist", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("geohash", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("geopos", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("georadius", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0)), spec(OW | UPDATE, Keyword("STORE", 6), Range(0, 1, 0)), spec(OW | UPDATE, Keyword("STOREDIST", 6), Range(0, 1, 0))], &[]),
    ("georadius_ro", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("georadiusbymember", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0)), spec(OW | UPDATE, Keyword("STORE", 5), Range(0, 1, 0)), spec(OW | UPDATE, Keyword("STOREDIST", 5), Range(0, 1, 0))], &[]),
    ("georadiusbymember_ro", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("geosearch", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("geosearchstore", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Range(0, 1, 0))], &[]),
    ("get", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("getbit", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("getdel", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("getex", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("getrange", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("getset", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("hdel", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("hexists", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("hget", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("hgetall", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output_order"]),
    ("hincrby", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("hincrbyfloat", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("hkeys", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output_order"]),
    ("hlen", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("hmget", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("hmset", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("hrandfield", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("hscan", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("hset", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("hsetnx", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("hstrlen", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("hvals", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output_order"]),
    ("incr", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("incrby", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("incrbyfloat", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("info", &[], &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"]),
    ("keys", &[], &["request_policy:all_shards", "nondeterministic_output_order"]),
    ("lastsave", &[], &["nondeterministic_output"]),
    ("latency|doctor", &[], &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"]),
    ("latency|graph", &[], &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"]),
    ("latency|histogram", &[], &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"]),
    ("latency|history", &[], &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"]),
    ("latency|latest", &[], &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"]),
    ("latency|reset", &[], &["request_policy:all_nodes", "response_policy:all_succeeded"]),
    ("lcs", &[spec(RO | ACCESS, Index(1), Range(1, 1, 0))], &[]),
    ("lindex", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("linsert", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("llen", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("lmove", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0)), spec(RW | INSERT, Index(2), Range(0, 1, 0))], &[]),
    ("lmpop", &[spec(RW | ACCESS | DELETE, Index(1), Keynum(0, 1, 1))], &[]),
    ("lpop", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("lpos", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("lpush", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("lpushx", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("lrange", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("lrem", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("lset", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("ltrim", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("memory|doctor", &[], &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"]),
    ("memory|malloc-stats", &[], &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"]),
    ("memory|purge", &[], &["request_policy:all_shards", "response_policy:all_succeeded"]),
    ("memory|stats", &[], &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"]),
    ("memory|usage", &[spec(RO, Index(2), Range(0, 1, 0))], &[]),
    ("mget", &[spec(RO | ACCESS, Index(1), Range(-1, 1, 0))], &["request_policy:multi_shard"]),
    ("migrate", &[spec(RW | ACCESS | DELETE, Index(3), Range(0, 1, 0)), spec(RW | ACCESS | DELETE | INCOMPLETE, Keyword("KEYS", -2), Range(-1, 1, 0))], &["nondeterministic_output"]),
    ("module|list", &[], &["nondeterministic_output_order"]),
    ("move", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("mset", &[spec(OW | UPDATE, Index(1), Range(-1, 2, 0))], &["request_policy:multi_shard", "response_policy:all_succeeded"]),
    ("msetnx", &[spec(OW | INSERT, Index(1), Range(-1, 2, 0))], &["request_policy:multi_shard", "response_policy:agg_min"]),
    ("object|encoding", &[spec(RO, Index(2), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("object|freq", &[spec(RO, Index(2), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("object|idletime", &[spec(RO, Index(2), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("object|refcount", &[spec(RO, Index(2), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("persist", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("pexpire", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("pexpireat", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("pexpiretime", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("pfadd", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("pfcount", &[spec(RW | ACCESS, Index(1), Range(-1, 1, 0))], &[]),
    ("pfdebug", &[spec(RW | ACCESS, Index(2), Range(0, 1, 0))], &[]),
    ("pfmerge", &[spec(RW | ACCESS | INSERT, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Range(-1, 1, 0))], &[]),
    ("ping", &[], &["request_policy:all_shards", "response_policy:all_succeeded"]),
    ("psetex", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("pttl", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("randomkey", &[], &["request_policy:all_shards", "nondeterministic_output"]),
    ("rename", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0)), spec(OW | UPDATE, Index(2), Range(0, 1, 0))], &[]),
    ("renamenx", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0)), spec(OW | INSERT, Index(2), Range(0, 1, 0))], &[]),
    ("restore", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("restore-asking", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("rpop", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("rpoplpush", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0)), spec(RW | INSERT, Index(2), Range(0, 1, 0))], &[]),
    ("rpush", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("rpushx", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("sadd", &[spec(RW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("scan", &[], &["nondeterministic_output", "request_policy:special"]),
    ("scard", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("script|exists", &[], &["request_policy:all_shards", "response_policy:agg_logical_and"]),
    ("script|flush", &[], &["request_policy:all_nodes", "response_policy:all_succeeded"]),
    ("script|kill", &[], &["request_policy:all_shards", "response_policy:one_succeeded"]),
    ("script|load", &[], &["request_policy:all_nodes", "response_policy:all_succeeded"]),
    ("sdiff", &[spec(RO | ACCESS, Index(1), Range(-1, 1, 0))], &["nondeterministic_output_order"]),
    ("sdiffstore", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Range(-1, 1, 0))], &[]),
    ("set", &[spec(RW | ACCESS | UPDATE | VARIABLE_FLAGS, Index(1), Range(0, 1, 0))], &[]),
    ("setbit", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("setex", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("setnx", &[spec(OW | INSERT, Index(1), Range(0, 1, 0))], &[]),
    ("setrange", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("sinter", &[spec(RO | ACCESS, Index(1), Range(-1, 1, 0))], &["nondeterministic_output_order"]),
    ("sintercard", &[spec(RO | ACCESS, Index(1), Keynum(0, 1, 1))], &[]),
    ("sinterstore", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Range(-1, 1, 0))], &[]),
    ("sismember", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("slowlog|get", &[], &["request_policy:all_nodes", "nondeterministic_output"]),
    ("slowlog|len", &[], &["request_policy:all_nodes", "response_policy:agg_sum", "nondeterministic_output"]),
    ("slowlog|reset", &[], &["request_policy:all_nodes", "response_policy:all_succeeded"]),
    ("smembers", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output_order"]),
    ("smismember", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("smove", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0)), spec(RW | INSERT, Index(2), Range(0, 1, 0))], &[]),
    ("sort", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Begin::Unknown, Find::Unknown), spec(OW | UPDATE, Begin::Unknown, Find::Unknown)], &[]),
    ("sort_ro", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Begin::Unknown, Find::Unknown)], &[]),
    ("spop", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("spublish", &[spec(NOT_KEY, Index(1), Range(0, 1, 0))], &[]),
    ("srandmember", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("srem", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("sscan", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("ssubscribe", &[spec(NOT_KEY, Index(1), Range(-1, 1, 0))], &[]),
    ("strlen", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("substr", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("sunion", &[spec(RO | ACCESS, Index(1), Range(-1, 1, 0))], &["nondeterministic_output_order"]),
    ("sunionstore", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Range(-1, 1, 0))], &[]),
    ("sunsubscribe", &[spec(NOT_KEY, Index(1), Range(-1, 1, 0))], &[]),
    ("time", &[], &["nondeterministic_output"]),
    ("touch", &[spec(RO, Index(1), Range(-1, 1, 0))], &["request_policy:multi_shard", "response_policy:agg_sum"]),
    ("ttl", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("type", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("unlink", &[spec(RM | DELETE, Index(1), Range(-1, 1, 0))], &["request_policy:multi_shard", "response_policy:agg_sum"]),
    ("wait", &[], &["request_policy:all_shards", "response_policy:agg_min"]),
    ("watch", &[spec(RO, Index(1), Range(-1, 1, 0))], &[]),
    ("xack", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("xadd", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("xautoclaim", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("xclaim", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("xdel", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("xgroup|create", &[spec(RW | INSERT, Index(2), Range(0, 1, 0))], &[]),
    ("xgroup|createconsumer", &[spec(RW | INSERT, Index(2), Range(0, 1, 0))], &[]),
    ("xgroup|delconsumer", &[spec(RW | DELETE, Index(2), Range(0, 1, 0))], &[]),
    ("xgroup|destroy", &[spec(RW | DELETE, Index(2), Range(0, 1, 0))], &[]),
    ("xgroup|setid", &[spec(RW | UPDATE, Index(2), Range(0, 1, 0))], &[]),
    ("xinfo|consumers", &[spec(RO | ACCESS, Index(2), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("xinfo|groups", &[spec(RO | ACCESS, Index(2), Range(0, 1, 0))], &[]),
    ("xinfo|stream", &[spec(RO | ACCESS, Index(2), Range(0, 1, 0))], &[]),
    ("xlen", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("xpending", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("xrange", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("xread", &[spec(RO | ACCESS, Keyword("STREAMS", 1), Range(-1, 1, 2))], &[]),
    ("xreadgroup", &[spec(RO | ACCESS, Keyword("STREAMS", 4), Range(-1, 1, 2))], &[]),
    ("xrevrange", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("xsetid", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("xtrim", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("zadd", &[spec(RW | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("zcard", &[spec(RO, Index(1), Range(0, 1, 0))], &[]),
    ("zcount", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zdiff", &[spec(RO | ACCESS, Index(1), Keynum(0, 1, 1))], &[]),
    ("zdiffstore", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Keynum(0, 1, 1))], &[]),
    ("zincrby", &[spec(RW | ACCESS | UPDATE, Index(1), Range(0, 1, 0))], &[]),
    ("zinter", &[spec(RO | ACCESS, Index(1), Keynum(0, 1, 1))], &[]),
    ("zintercard", &[spec(RO | ACCESS, Index(1), Keynum(0, 1, 1))], &[]),
    ("zinterstore", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Keynum(0, 1, 1))], &[]),
    ("zlexcount", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zmpop", &[spec(RW | ACCESS | DELETE, Index(1), Keynum(0, 1, 1))], &[]),
    ("zmscore", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zpopmax", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("zpopmin", &[spec(RW | ACCESS | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("zrandmember", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("zrange", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zrangebylex", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zrangebyscore", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zrangestore", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Range(0, 1, 0))], &[]),
    ("zrank", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zrem", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("zremrangebylex", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("zremrangebyrank", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("zremrangebyscore", &[spec(RW | DELETE, Index(1), Range(0, 1, 0))], &[]),
    ("zrevrange", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zrevrangebylex", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zrevrangebyscore", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zrevrank", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zscan", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &["nondeterministic_output"]),
    ("zscore", &[spec(RO | ACCESS, Index(1), Range(0, 1, 0))], &[]),
    ("zunion", &[spec(RO | ACCESS, Index(1), Keynum(0, 1, 1))], &[]),
    ("zunionstore", &[spec(OW | UPDATE, Index(1), Range(0, 1, 0)), spec(RO | ACCESS, Index(2), Keynum(0, 1, 1))], &[]),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(args: &[&str]) -> Vec<Bytes> {
        args.iter()
            .map(|a| Bytes::copy_from_slice(a.as_bytes()))
            .collect()
    }

    #[test]
    fn facts_are_sorted_for_binary_search() {
        assert!(FACTS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn searches_like_redis() {
        let (mset, _) = lookup("mset");
        assert_eq!(
            mset[0].positions(&argv(&["mset", "a", "1", "b", "2"])),
            Some(vec![1, 3])
        );
        let (zu, _) = lookup("zunionstore");
        assert_eq!(
            zu[1].positions(&argv(&["zunionstore", "d", "2", "a", "b"])),
            Some(vec![3, 4])
        );
        assert_eq!(
            zu[1].positions(&argv(&["zunionstore", "d", "x", "a"])),
            None
        );
        let (xread, _) = lookup("xread");
        assert_eq!(
            xread[0].positions(&argv(&[
                "xread", "count", "1", "streams", "a", "b", "0", "0"
            ])),
            Some(vec![4, 5])
        );
        let (sort, _) = lookup("sort");
        assert_eq!(sort[1].positions(&argv(&["sort", "k"])), None);
    }
}
