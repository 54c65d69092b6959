//! List values. (Compact listpack/quicklist encodings arrive with the list commands.)

use bytes::Bytes;
use std::collections::VecDeque;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct List {
    pub items: VecDeque<Bytes>,
}

impl List {
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn encoding_name(&self) -> &'static str {
        "quicklist"
    }
}
