//! CLIENT and its subcommands.

use super::flags::*;
use super::table::acl::CONNECTION;
use super::{CmdResult, Command, Ctx};
use crate::protocol::Reply;
use bytes::Bytes;

pub static COMMANDS: &[Command] = &[Command::container("client", CLIENT)];

static CLIENT: &[Command] = &[
    Command::new("id", 2, NOSCRIPT | LOADING | STALE, client_id)
        .acl(CONNECTION)
        .doc("connection", "5.0.0", "Returns the unique client ID of the connection.")
        .complexity("O(1)"),
    Command::new("setname", 3, NOSCRIPT | LOADING | STALE, client_setname)
        .acl(CONNECTION)
        .doc("connection", "2.6.9", "Sets the connection name.")
        .complexity("O(1)")
        .syntax("connection-name"),
    Command::new("getname", 2, NOSCRIPT | LOADING | STALE, client_getname)
        .acl(CONNECTION)
        .doc("connection", "2.6.9", "Returns the name of the connection.")
        .complexity("O(1)"),
];

fn client_id(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::Int(ctx.client.id() as i64))
}

/// Validates and sets a connection name (CLIENT SETNAME, HELLO SETNAME).
pub fn set_client_name(ctx: &mut Ctx, name: &Bytes) -> Result<(), Reply> {
    if name.iter().any(|&b| b <= b' ' || b > b'~') {
        return Err(Reply::error("ERR Client names cannot contain spaces, newlines or special characters."));
    }
    *ctx.client.handle.name.lock() = if name.is_empty() { None } else { Some(name.clone()) };
    Ok(())
}

fn client_setname(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    set_client_name(ctx, &argv[2])?;
    Ok(Reply::Ok)
}

fn client_getname(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::opt_bulk(ctx.client.handle.name.lock().clone()))
}
