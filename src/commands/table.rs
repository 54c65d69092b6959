//! The declarative command table: what every command is, in one place.
//!
//! Each family module (`strings`, `keys`, ...) exports a `COMMANDS` slice of [`Command`]s built
//! with the const builder below. Dispatch, arity errors, COMMAND INFO/DOCS/GETKEYS, commandstats,
//! MULTI queueing, ACL categories and cluster slot checks all read this table.

use super::ctx::Ctx;
use crate::protocol::Reply;
use bytes::Bytes;

/// A command's implementation: `Err` carries an error reply so handlers can use `?`.
pub type Handler = fn(&mut Ctx, &[Bytes]) -> CmdResult;
pub type CmdResult = Result<Reply, Reply>;

/// Command flags, named as COMMAND INFO names them.
pub mod flags {
    pub const WRITE: u64 = 1 << 0;
    pub const READONLY: u64 = 1 << 1;
    pub const DENYOOM: u64 = 1 << 2;
    pub const ADMIN: u64 = 1 << 4;
    pub const PUBSUB: u64 = 1 << 5;
    pub const NOSCRIPT: u64 = 1 << 6;
    pub const BLOCKING: u64 = 1 << 8;
    pub const LOADING: u64 = 1 << 9;
    pub const STALE: u64 = 1 << 10;
    pub const SKIP_MONITOR: u64 = 1 << 11;
    pub const SKIP_SLOWLOG: u64 = 1 << 12;
    pub const ASKING: u64 = 1 << 13;
    pub const FAST: u64 = 1 << 14;
    pub const NO_AUTH: u64 = 1 << 15;
    pub const MAY_REPLICATE: u64 = 1 << 16;
    pub const SENTINEL: u64 = 1 << 17;
    pub const NO_MANDATORY_KEYS: u64 = 1 << 19;
    pub const NO_ASYNC_LOADING: u64 = 1 << 23;
    pub const NO_MULTI: u64 = 1 << 24;
    pub const ALLOW_BUSY: u64 = 1 << 26;
    /// Respite's own: the command reads or writes keys it cannot name up front (KEYS, SCAN,
    /// FLUSHDB, SWAPDB, RANDOMKEY, SORT ... BY/GET), so the dispatcher locks every shard.
    pub const ALL_SHARDS: u64 = 1 << 40;

    /// (flag, name) in the order COMMAND INFO lists them.
    pub const NAMES: &[(u64, &str)] = &[
        (WRITE, "write"),
        (READONLY, "readonly"),
        (DENYOOM, "denyoom"),
        (ADMIN, "admin"),
        (PUBSUB, "pubsub"),
        (NOSCRIPT, "noscript"),
        (BLOCKING, "blocking"),
        (LOADING, "loading"),
        (STALE, "stale"),
        (SKIP_MONITOR, "skip_monitor"),
        (SKIP_SLOWLOG, "skip_slowlog"),
        (ASKING, "asking"),
        (FAST, "fast"),
        (NO_AUTH, "no_auth"),
        (MAY_REPLICATE, "may_replicate"),
        (NO_MANDATORY_KEYS, "no_mandatory_keys"),
        (NO_ASYNC_LOADING, "no_async_loading"),
        (NO_MULTI, "no_multi"),
        (ALLOW_BUSY, "allow_busy"),
    ];
}

/// ACL categories. `@read @write @fast @slow @admin @dangerous @pubsub @blocking` are implied by
/// the flags, as in Redis; a command's entry names only the others.
pub mod acl {
    pub const KEYSPACE: u64 = 1 << 0;
    pub const READ: u64 = 1 << 1;
    pub const WRITE: u64 = 1 << 2;
    pub const SET: u64 = 1 << 3;
    pub const SORTEDSET: u64 = 1 << 4;
    pub const LIST: u64 = 1 << 5;
    pub const HASH: u64 = 1 << 6;
    pub const STRING: u64 = 1 << 7;
    pub const BITMAP: u64 = 1 << 8;
    pub const HYPERLOGLOG: u64 = 1 << 9;
    pub const GEO: u64 = 1 << 10;
    pub const STREAM: u64 = 1 << 11;
    pub const PUBSUB: u64 = 1 << 12;
    pub const ADMIN: u64 = 1 << 13;
    pub const FAST: u64 = 1 << 14;
    pub const SLOW: u64 = 1 << 15;
    pub const BLOCKING: u64 = 1 << 16;
    pub const DANGEROUS: u64 = 1 << 17;
    pub const CONNECTION: u64 = 1 << 18;
    pub const TRANSACTION: u64 = 1 << 19;
    pub const SCRIPTING: u64 = 1 << 20;

    pub const NAMES: &[(u64, &str)] = &[
        (KEYSPACE, "keyspace"),
        (READ, "read"),
        (WRITE, "write"),
        (SET, "set"),
        (SORTEDSET, "sortedset"),
        (LIST, "list"),
        (HASH, "hash"),
        (STRING, "string"),
        (BITMAP, "bitmap"),
        (HYPERLOGLOG, "hyperloglog"),
        (GEO, "geo"),
        (STREAM, "stream"),
        (PUBSUB, "pubsub"),
        (ADMIN, "admin"),
        (FAST, "fast"),
        (SLOW, "slow"),
        (BLOCKING, "blocking"),
        (DANGEROUS, "dangerous"),
        (CONNECTION, "connection"),
        (TRANSACTION, "transaction"),
        (SCRIPTING, "scripting"),
    ];
}

/// Where a command's keys are. `first/last/step` are Redis's legacy triple (COMMAND INFO;
/// `last` < 0 counts from the end); `find` replaces it for commands whose keys move
/// (ZUNIONSTORE's numkeys, SORT's STORE, EVAL, ...).
/// Finds the argument positions of a command's keys when a fixed range cannot describe them.
pub type FindKeys = fn(&[Bytes]) -> Vec<usize>;

#[derive(Clone, Copy)]
pub struct KeySpec {
    pub first: i32,
    pub last: i32,
    pub step: i32,
    pub find: Option<FindKeys>,
}

impl KeySpec {
    pub const NONE: KeySpec = KeySpec {
        first: 0,
        last: 0,
        step: 0,
        find: None,
    };

    /// Argument positions of the keys in `argv` (argv[0] is the command name).
    /// The position of the command's one key, for a command that names exactly one key by
    /// position (GET, SET, INCR, ...): the common case, served without building `positions`.
    #[inline]
    pub fn single_key(&self, argv: &[Bytes]) -> Option<usize> {
        let first = self.first as usize;
        (self.find.is_none() && self.first > 0 && self.first == self.last && first < argv.len())
            .then_some(first)
    }

    pub fn positions(&self, argv: &[Bytes]) -> Vec<usize> {
        if let Some(find) = self.find {
            return find(argv);
        }
        if self.first == 0 {
            return Vec::new();
        }
        let argc = argv.len() as i32;
        let last = if self.last < 0 {
            argc + self.last
        } else {
            self.last.min(argc - 1)
        };
        let mut out = Vec::new();
        let mut i = self.first;
        while i <= last && i < argc {
            out.push(i as usize);
            i += self.step.max(1);
        }
        out
    }
}

pub struct Command {
    /// Lower-case name; for a subcommand, the part after the container's name.
    pub name: &'static str,
    /// Number of arguments including the name; negative means "at least -arity".
    pub arity: i32,
    pub flags: u64,
    /// ACL categories beyond those the flags imply.
    pub acl: u64,
    pub keys: KeySpec,
    pub handler: Option<Handler>,
    pub subcommands: &'static [Command],
    /// Documentation group as COMMAND DOCS names it (string, generic, server, ...).
    pub group: &'static str,
    pub since: &'static str,
    pub summary: &'static str,
    pub complexity: &'static str,
    /// Argument syntax as written in the command reference, e.g.
    /// `key value [NX | XX] [GET] [EX seconds | PX milliseconds | KEEPTTL]`.
    pub syntax: &'static str,
}

impl Command {
    pub const fn new(name: &'static str, arity: i32, flags: u64, handler: Handler) -> Command {
        Command {
            name,
            arity,
            flags,
            acl: 0,
            keys: KeySpec::NONE,
            handler: Some(handler),
            subcommands: &[],
            group: "generic",
            since: "1.0.0",
            summary: "",
            complexity: "",
            syntax: "",
        }
    }

    /// A container such as CONFIG or CLIENT whose work is done by its subcommands.
    pub const fn container(name: &'static str, subcommands: &'static [Command]) -> Command {
        let mut c = Command::new(name, -2, 0, |_, _| Ok(Reply::None));
        c.handler = None;
        c.subcommands = subcommands;
        c
    }

    pub const fn keys(mut self, first: i32, last: i32, step: i32) -> Command {
        self.keys = KeySpec {
            first,
            last,
            step,
            find: None,
        };
        self
    }

    /// Keys found by a function (sets the movablekeys behaviour); the legacy triple is kept
    /// for COMMAND INFO.
    pub const fn find_keys(mut self, first: i32, last: i32, step: i32, find: FindKeys) -> Command {
        self.keys = KeySpec {
            first,
            last,
            step,
            find: Some(find),
        };
        self
    }

    pub const fn acl(mut self, categories: u64) -> Command {
        self.acl = categories;
        self
    }

    pub const fn doc(
        mut self,
        group: &'static str,
        since: &'static str,
        summary: &'static str,
    ) -> Command {
        self.group = group;
        self.since = since;
        self.summary = summary;
        self
    }

    pub const fn complexity(mut self, complexity: &'static str) -> Command {
        self.complexity = complexity;
        self
    }

    pub const fn syntax(mut self, syntax: &'static str) -> Command {
        self.syntax = syntax;
        self
    }

    pub fn has(&self, flag: u64) -> bool {
        self.flags & flag != 0
    }

    pub fn movable_keys(&self) -> bool {
        self.keys.find.is_some()
    }

    /// Every ACL category: the declared ones plus those implied by the flags (Redis's
    /// setImplicitACLCategories).
    pub fn acl_categories(&self) -> u64 {
        let mut cats = self.acl;
        if self.has(flags::WRITE) {
            cats |= acl::WRITE;
        }
        if self.has(flags::READONLY) && cats & acl::SCRIPTING == 0 {
            cats |= acl::READ;
        }
        if self.has(flags::ADMIN) {
            cats |= acl::ADMIN | acl::DANGEROUS;
        }
        if self.has(flags::PUBSUB) {
            cats |= acl::PUBSUB;
        }
        if self.has(flags::FAST) {
            cats |= acl::FAST;
        }
        if self.has(flags::BLOCKING) {
            cats |= acl::BLOCKING;
        }
        if cats & acl::FAST == 0 {
            cats |= acl::SLOW;
        }
        cats
    }
}
