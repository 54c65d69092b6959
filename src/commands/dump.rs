//! DUMP and RESTORE: a value to and from its serialized form (Redis's RDB value format with a
//! version and checksum footer, see `crate::persistence::rdb::payload`).

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::{DANGEROUS, KEYSPACE};
use super::{CmdResult, Command, Ctx};
use crate::config::NOTIFY_GENERIC;
use crate::db::lazyfree;
use crate::persistence::rdb::{payload, LoadLimits, SaveOptions};
use crate::protocol::Reply;
use crate::server::clock::{lru_clock, now_ms, LRU_CLOCK_MAX};
use bytes::Bytes;
use std::sync::atomic::Ordering::Relaxed;

pub static COMMANDS: &[Command] = &[
    Command::new("dump", 2, READONLY, dump)
        .keys(1, 1, 1)
        .acl(KEYSPACE)
        .doc("generic", "2.6.0", "Encodes a key's value in the binary format that RESTORE accepts.")
        .complexity("O(1) to access the key and additional O(N*M) to serialize it, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1).")
        .syntax("key"),
    Command::new("restore", -4, WRITE | DENYOOM, restore)
        .keys(1, 1, 1)
        .acl(KEYSPACE | DANGEROUS)
        .doc("generic", "2.6.0", "Builds a key from a value encoded by DUMP.")
        .complexity("O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).")
        .syntax("key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]"),
];

/// DUMP key: the payload, or a null for a missing key.
fn dump(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let options = {
        let config = ctx.server.config.read();
        SaveOptions {
            compress: config.rdbcompression,
            list_compress_depth: config.list_compress_depth.max(0) as usize,
        }
    };
    match ctx.lookup_read(&argv[1]) {
        Some(entry) => Ok(Reply::Bulk(Bytes::from(payload::dump(
            &entry.value,
            options,
        )))),
        None => Ok(Reply::Nil),
    }
}

/// RESTORE's options after the payload.
#[derive(Default)]
struct RestoreOptions {
    replace: bool,
    absttl: bool,
    /// IDLETIME seconds.
    idle: Option<i64>,
    /// FREQ frequency.
    freq: Option<i64>,
}

impl RestoreOptions {
    /// Redis's rules: IDLETIME and FREQ exclude each other (the second one is a syntax error),
    /// values are checked as they are met.
    fn parse(options: &[Bytes]) -> Result<RestoreOptions, Reply> {
        let mut o = RestoreOptions::default();
        let mut i = 0;
        while i < options.len() {
            let has_value = i + 1 < options.len();
            let arg = &options[i];
            if args::is(arg, "REPLACE") {
                o.replace = true;
            } else if args::is(arg, "ABSTTL") {
                o.absttl = true;
            } else if args::is(arg, "IDLETIME") && has_value && o.freq.is_none() {
                let idle = args::int(&options[i + 1])?;
                if idle < 0 {
                    return Err(Reply::error("ERR Invalid IDLETIME value, must be >= 0"));
                }
                o.idle = Some(idle);
                i += 1;
            } else if args::is(arg, "FREQ") && has_value && o.idle.is_none() {
                let freq = args::int(&options[i + 1])?;
                if !(0..=255).contains(&freq) {
                    return Err(Reply::error(
                        "ERR Invalid FREQ value, must be >= 0 and <= 255",
                    ));
                }
                o.freq = Some(freq);
                i += 1;
            } else {
                return Err(errors::syntax());
            }
            i += 1;
        }
        Ok(o)
    }
}

/// RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]
fn restore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let key = &argv[1];
    let options = RestoreOptions::parse(&argv[4..])?;
    if !options.replace && ctx.lookup_write(key).is_some() {
        return Err(Reply::error("BUSYKEY Target key name already exists."));
    }
    let mut ttl = args::int(&argv[2])?;
    if ttl < 0 {
        return Err(Reply::error("ERR Invalid TTL value, must be >= 0"));
    }
    let check_crc = !ctx.server.skip_checksum_validation.load(Relaxed);
    if !payload::verify(&argv[3], check_crc) {
        return Err(Reply::error(
            "ERR DUMP payload version or checksum are wrong",
        ));
    }
    let (limits, replica, lfu) = {
        let config = ctx.server.config.read();
        (
            LoadLimits::from_config(&config),
            config.replicaof.is_some(),
            config.maxmemory_policy.ends_with("-lfu"),
        )
    };
    let value =
        payload::load(&argv[3], &limits).map_err(|_| Reply::error("ERR Bad data format"))?;

    let deleted = options.replace && replace_existing(ctx, key);
    if ttl != 0 && !options.absttl {
        ttl = ttl.wrapping_add(ctx.now_ms); // wraps like Redis's addition
    }
    // A deadline already past (on a master): the key is not created; a replaced one is gone.
    if ttl != 0 && ttl <= ctx.now_ms && !replica {
        if deleted {
            ctx.propagate_as(vec![Bytes::from_static(b"DEL"), key.clone()]);
            ctx.written(key, NOTIFY_GENERIC, "del");
        }
        return Ok(Reply::Ok);
    }
    ctx.add(key, value);
    if ttl != 0 {
        ctx.set_expire(key, ttl);
        if !options.absttl {
            // Replicas and the AOF get the absolute deadline.
            let mut effect = argv.to_vec();
            effect[2] = Bytes::from(ttl.to_string());
            effect.push(Bytes::from_static(b"ABSTTL"));
            ctx.propagate_as(effect);
        }
    }
    set_access_data(ctx, key, &options, lfu);
    ctx.written(key, NOTIFY_GENERIC, "restore");
    Ok(Reply::Ok)
}

/// Removes the key RESTORE ... REPLACE overwrites (freed in the background under
/// `lazyfree-lazy-server-del`, as Redis's dbDelete does); false when there was none.
fn replace_existing(ctx: &mut Ctx, key: &[u8]) -> bool {
    if ctx.lookup(key).is_none() {
        return false;
    }
    let lazy = ctx.server.config.read().lazyfree_lazy_server_del;
    match ctx.shard(key).remove(key) {
        Some(old) => {
            lazyfree::drop_entry(old, lazy);
            true
        }
        None => false,
    }
}

/// FREQ sets the LFU counter under an LFU policy; IDLETIME the LRU clock otherwise (Redis's
/// objectSetLRUOrLFU). The other option is ignored.
fn set_access_data(ctx: &mut Ctx, key: &[u8], options: &RestoreOptions, lfu: bool) {
    let lru = match (lfu, options.freq, options.idle) {
        (true, Some(freq), _) => {
            let minutes = ((now_ms() / 60_000) & 0xffff) as u32;
            (minutes << 8) | freq as u32
        }
        (false, _, Some(idle)) => {
            let mut at = lru_clock() as i64 - idle;
            if at < 0 {
                at += LRU_CLOCK_MAX as i64; // the clock wraps
            }
            // Stored in 24 bits, as Redis's object header does.
            (at as u64 & LRU_CLOCK_MAX as u64) as u32
        }
        _ => return,
    };
    if let Some(entry) = ctx.shard(key).keys.get_mut(key) {
        entry.lru = lru;
    }
}
