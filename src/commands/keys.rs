//! Generic key commands.

use super::flags::*;
use super::table::acl::KEYSPACE;
use super::{CmdResult, Command, Ctx};
use crate::config::NOTIFY_GENERIC;
use crate::protocol::Reply;
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[
    Command::new("del", -2, WRITE, del)
        .keys(1, -1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Deletes one or more keys.")
        .complexity("O(N) where N is the number of keys that will be removed.")
        .syntax("key [key ...]"),
    Command::new("exists", -2, READONLY | FAST, exists)
        .keys(1, -1, 1)
        .acl(KEYSPACE)
        .doc("generic", "1.0.0", "Determines whether one or more keys exist.")
        .complexity("O(N) where N is the number of keys to check.")
        .syntax("key [key ...]"),
];

fn del(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let mut n = 0;
    for key in &argv[1..] {
        if ctx.delete(key) {
            ctx.written(key, NOTIFY_GENERIC, "del");
            n += 1;
        }
    }
    Ok(Reply::Int(n))
}

fn exists(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let n = argv[1..].iter().filter(|k| ctx.exists(k)).count();
    Ok(Reply::from(n))
}
