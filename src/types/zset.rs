//! Sorted set values. (listpack/skiplist encodings arrive with the sorted set commands.)

use bytes::Bytes;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct ZSet {
    pub scores: BTreeMap<Bytes, f64>,
}

impl ZSet {
    pub fn len(&self) -> usize {
        self.scores.len()
    }
    pub fn is_empty(&self) -> bool {
        self.scores.is_empty()
    }
    pub fn encoding_name(&self) -> &'static str {
        "skiplist"
    }
}
