//! Respite: a Redis-compatible in-memory data server.
//!
//! The data path, top to bottom: `server::connection` (socket, framing) → `server::dispatch`
//! (the command table and every cross-cutting check) → `commands::*` (a handler per command,
//! grouped by data type) → `db` (the sharded keyspace) → `protocol::reply` (encoding).

pub mod commands;
pub mod config;
pub mod db;
pub mod persistence;
pub mod protocol;
pub mod pubsub;
pub mod server;
pub mod types;
pub mod util;
