//! The data types a key can hold, each with its compact and big encodings.
//! Commands live in `crate::commands`; these modules hold only the data structures.

pub mod geohash;
pub mod hash;
pub mod hll;
pub mod list;
pub mod set;
pub mod string;
pub mod zset;
