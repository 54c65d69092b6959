//! Redis 7.0's RDB format (version 10), as far as values go.
//!
//! * [`Writer`] serializes values exactly as Redis 7.0 does for the same value in the same
//!   encoding (lengths, strings with integer and LZF forms, listpacks, intsets, binary doubles).
//! * [`Reader`] parses every value form an RDB 10 payload may hold for the types Respite has,
//!   including the older ziplist, zipmap and linked-list forms, validating compact blobs fully
//!   (a payload can never make the server panic), and picks the encoding Redis would pick.
//! * [`payload`] wraps a value the way DUMP does (version and CRC-64 footer) and unwraps it for
//!   RESTORE.
//!
//! The compact blob formats live in their own modules: [`listpack`], [`ziplist`] (and zipmap),
//! [`intset`]; [`lzf`] and [`crc64`] are the compression and checksum. The opcodes of whole RDB
//! files are listed in [`opcode`] for the file loader and saver built on these pieces.

pub mod crc64;
mod decode;
mod encode;
pub mod intset;
pub mod listpack;
pub mod lzf;
pub mod payload;
pub mod ziplist;

pub use decode::{LoadError, LoadLimits, Reader};
pub use encode::{value_type, SaveOptions, Writer};

/// The RDB version Redis 7.0 writes (and the newest it reads).
pub const RDB_VERSION: u16 = 10;

/// Value type bytes.
pub mod kind {
    pub const STRING: u8 = 0;
    /// A linked list of strings (before Redis 3.2).
    pub const LIST: u8 = 1;
    pub const SET: u8 = 2;
    /// A sorted set with scores as strings (before RDB 8).
    pub const ZSET: u8 = 3;
    pub const HASH: u8 = 4;
    /// A sorted set with binary double scores.
    pub const ZSET_2: u8 = 5;
    pub const MODULE: u8 = 6;
    pub const MODULE_2: u8 = 7;
    pub const HASH_ZIPMAP: u8 = 9;
    pub const LIST_ZIPLIST: u8 = 10;
    pub const SET_INTSET: u8 = 11;
    pub const ZSET_ZIPLIST: u8 = 12;
    pub const HASH_ZIPLIST: u8 = 13;
    /// A quicklist of ziplists (Redis 3.2 to 6.2).
    pub const LIST_QUICKLIST: u8 = 14;
    pub const STREAM_LISTPACKS: u8 = 15;
    pub const HASH_LISTPACK: u8 = 16;
    pub const ZSET_LISTPACK: u8 = 17;
    /// A quicklist of listpacks and plain nodes (Redis 7.0).
    pub const LIST_QUICKLIST_2: u8 = 18;
    pub const STREAM_LISTPACKS_2: u8 = 19;

    /// Whether `t` names a value type (Redis's rdbIsObjectType).
    pub fn is_value_type(t: u8) -> bool {
        t <= 7 || (9..=19).contains(&t)
    }
}

/// Opcodes of RDB files (between values).
pub mod opcode {
    pub const FUNCTION2: u8 = 245;
    pub const FUNCTION: u8 = 246;
    pub const MODULE_AUX: u8 = 247;
    pub const IDLE: u8 = 248;
    pub const FREQ: u8 = 249;
    pub const AUX: u8 = 250;
    pub const RESIZEDB: u8 = 251;
    pub const EXPIRETIME_MS: u8 = 252;
    pub const EXPIRETIME: u8 = 253;
    pub const SELECTDB: u8 = 254;
    pub const EOF: u8 = 255;
}

/// Quicklist node containers, as LIST_QUICKLIST_2 tags each node.
pub mod container {
    /// A node holding one element as is.
    pub const PLAIN: u64 = 1;
    /// A node holding a listpack.
    pub const PACKED: u64 = 2;
}

/// One element of a compact blob (listpack, ziplist, intset): strings that read as integers
/// are stored as integers there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item<'a> {
    Str(&'a [u8]),
    Int(i64),
}

impl Item<'_> {
    /// Calls `f` with the element's bytes (integers in decimal).
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match *self {
            Item::Str(s) => f(s),
            Item::Int(n) => f(itoa::Buffer::new().format(n).as_bytes()),
        }
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.with_bytes(|b| b.to_vec())
    }
}

/// A little-endian two's complement integer of 1 to 8 bytes, sign-extended.
fn le_signed(bytes: &[u8]) -> i64 {
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    let unused = 64 - 8 * bytes.len() as u32;
    (i64::from_le_bytes(buf) << unused) >> unused
}
