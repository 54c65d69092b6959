//! CONFIG and its subcommands (the configuration itself lives in `crate::config`).

use super::flags::*;
use super::{CmdResult, Command, Ctx};
use crate::protocol::Reply;
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[Command::container("config", CONFIG)];

static CONFIG: &[Command] = &[
    Command::new("get", -3, ADMIN | NOSCRIPT | LOADING | STALE, config_get)
        .doc("server", "2.0.0", "Returns the effective values of configuration parameters.")
        .complexity("O(N) when N is the number of configuration parameters provided")
        .syntax("parameter [parameter ...]"),
    Command::new("set", -4, ADMIN | NOSCRIPT | LOADING | STALE, config_set)
        .doc("server", "2.0.0", "Sets configuration parameters in-flight.")
        .complexity("O(N) when N is the number of configuration parameters provided")
        .syntax("parameter value [parameter value ...]"),
];

fn config_get(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let patterns: Vec<&[u8]> = argv[2..].iter().map(|a| &a[..]).collect();
    let pairs = ctx.server.config.read().get(&patterns);
    Ok(Reply::Map(pairs.into_iter().map(|(k, v)| (Reply::bulk(k), Reply::bulk(v))).collect()))
}

fn config_set(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    if argv.len() % 2 != 0 {
        return Err(super::errors::wrong_arity("config|set"));
    }
    let pairs: Vec<(&[u8], &[u8])> = argv[2..].chunks(2).map(|p| (&p[0][..], &p[1][..])).collect();
    let changed = ctx.server.config.write().set(&pairs).map_err(Reply::error)?;
    if !changed.is_empty() {
        ctx.server.config_changed();
    }
    Ok(Reply::Ok)
}
