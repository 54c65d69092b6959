//! Exact re-implementations of Redis 7.0's string and number helpers:
//! glob matching (`stringmatchlen`), number parsing/formatting (`string2ll`,
//! `string2d`, `string2ld`, `ld2string`, `%.17g` replies, `memtoull`) and
//! argument splitting (`sdssplitargs`).

pub mod counter;
pub mod glob;
pub mod hdr;
pub mod inline;
pub mod numbers;
pub mod repr;
pub mod sha1;
pub mod splitargs;

pub use glob::glob_match;
pub use numbers::{
    d2string, fmt_f64, i64_to_bytes, memtoll, memtoull, parse_f64, parse_i64, parse_u64,
    u64_to_bytes, write_f64, write_i64, write_u64, LongDouble,
};
pub use splitargs::split_args;
