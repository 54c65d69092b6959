//! Hash values. (Compact listpack encoding arrives with the hash commands.)

use crate::db::dict::Dict;
use bytes::Bytes;

#[derive(Debug, Clone, Default)]
pub struct Hash {
    pub fields: Dict<Bytes, Bytes>,
}

impl Hash {
    pub fn len(&self) -> usize {
        self.fields.len()
    }
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
    pub fn encoding_name(&self) -> &'static str {
        "hashtable"
    }
}
