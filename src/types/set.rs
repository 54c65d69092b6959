//! Set values. (intset/listpack encodings arrive with the set commands.)

use crate::db::dict::Dict;
use bytes::Bytes;

#[derive(Debug, Clone, Default)]
pub struct Set {
    pub members: Dict<Bytes, ()>,
}

impl Set {
    pub fn len(&self) -> usize {
        self.members.len()
    }
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
    pub fn encoding_name(&self) -> &'static str {
        "hashtable"
    }
}
