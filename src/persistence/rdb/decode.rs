//! Parsing values the way Redis 7.0's rdbLoadObject does, including the encoding it picks for
//! the loaded value under the current configuration.

use super::{container, intset, kind, listpack, ziplist, Item};
use crate::config::Config;
use crate::db::Value;
use crate::types::hash::{Hash, ListpackLimits};
use crate::types::list::{End, List};
use crate::types::set::Set;
use crate::types::string::Str;
use crate::types::zset::{self, AddFlags, AddOutcome, ZSet};
use crate::util::numbers::parse_f64;
use bytes::Bytes;
use std::fmt;
use std::io::{self, Read};

/// Why a value could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// A collection with no elements: Redis refuses to create such a key.
    EmptyKey,
    /// Malformed data, with what was wrong.
    Corrupt(String),
    /// The source failed (or ended early).
    Io(io::Error),
}

impl From<io::Error> for LoadError {
    fn from(e: io::Error) -> LoadError {
        LoadError::Io(e)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::EmptyKey => write!(f, "empty keys are not allowed"),
            LoadError::Corrupt(why) => write!(f, "corrupt data: {why}"),
            LoadError::Io(e) => write!(f, "read error: {e}"),
        }
    }
}

fn corrupt<T>(why: impl Into<String>) -> Result<T, LoadError> {
    Err(LoadError::Corrupt(why.into()))
}

/// The encoding thresholds a loaded value is converted with (from the configuration).
#[derive(Debug, Clone, Copy)]
pub struct LoadLimits {
    /// `list-max-listpack-size`.
    pub list_fill: i64,
    pub hash: ListpackLimits,
    pub set_max_intset_entries: usize,
    pub zset: zset::Limits,
}

impl LoadLimits {
    pub fn from_config(config: &Config) -> LoadLimits {
        LoadLimits {
            list_fill: config.list_max_listpack_size,
            hash: ListpackLimits {
                max_entries: config.hash_max_listpack_entries,
                max_value: config.hash_max_listpack_value,
            },
            set_max_intset_entries: config.set_max_intset_entries,
            zset: zset::Limits {
                max_listpack_entries: config.zset_max_listpack_entries,
                max_listpack_value: config.zset_max_listpack_value,
            },
        }
    }
}

impl Default for LoadLimits {
    /// Redis's default thresholds.
    fn default() -> Self {
        LoadLimits {
            list_fill: crate::types::list::DEFAULT_FILL,
            hash: ListpackLimits::DEFAULT,
            set_max_intset_entries: 512,
            zset: zset::Limits {
                max_listpack_entries: 128,
                max_listpack_value: 64,
            },
        }
    }
}

/// A length as RDB stores it, or the tag of a specially encoded string.
enum Length {
    Plain(u64),
    /// 0..=2: an 8, 16 or 32-bit integer follows; 3: an LZF-compressed string follows.
    Encoded(u8),
}

/// Reads RDB data from `src`.
pub struct Reader<R> {
    src: R,
}

impl<R: Read> Reader<R> {
    pub fn new(src: R) -> Reader<R> {
        Reader { src }
    }

    pub fn into_inner(self) -> R {
        self.src
    }

    pub fn read_u8(&mut self) -> Result<u8, LoadError> {
        let mut b = [0u8; 1];
        self.src.read_exact(&mut b)?;
        Ok(b[0])
    }

    fn read_array<const N: usize>(&mut self) -> Result<[u8; N], LoadError> {
        let mut b = [0u8; N];
        self.src.read_exact(&mut b)?;
        Ok(b)
    }

    /// `n` bytes. Memory grows with the data actually read, so a corrupt length cannot make
    /// it allocate more than the source holds.
    pub fn read_bytes(&mut self, n: u64) -> Result<Vec<u8>, LoadError> {
        let mut out = Vec::with_capacity(n.min(1 << 16) as usize);
        (&mut self.src).take(n).read_to_end(&mut out)?;
        if (out.len() as u64) < n {
            return Err(io::Error::from(io::ErrorKind::UnexpectedEof).into());
        }
        Ok(out)
    }

    fn read_length(&mut self) -> Result<Length, LoadError> {
        let first = self.read_u8()?;
        Ok(match first >> 6 {
            0 => Length::Plain((first & 0x3F) as u64),
            1 => Length::Plain((((first & 0x3F) as u64) << 8) | self.read_u8()? as u64),
            3 => Length::Encoded(first & 0x3F),
            _ => match first {
                0x80 => Length::Plain(u32::from_be_bytes(self.read_array()?) as u64),
                0x81 => Length::Plain(u64::from_be_bytes(self.read_array()?)),
                _ => return corrupt(format!("unknown length encoding {first:#x}")),
            },
        })
    }

    /// A length (element counts, sizes).
    pub fn read_len(&mut self) -> Result<u64, LoadError> {
        match self.read_length()? {
            Length::Plain(n) => Ok(n),
            Length::Encoded(_) => corrupt("a string encoding where a length was expected"),
        }
    }

    /// A string in any of its forms: plain, integer (returned in decimal) or LZF-compressed.
    pub fn read_string(&mut self) -> Result<Vec<u8>, LoadError> {
        match self.read_length()? {
            Length::Plain(n) => self.read_bytes(n),
            Length::Encoded(0) => Ok(decimal(self.read_u8()? as i8 as i64)),
            Length::Encoded(1) => Ok(decimal(i16::from_le_bytes(self.read_array()?) as i64)),
            Length::Encoded(2) => Ok(decimal(i32::from_le_bytes(self.read_array()?) as i64)),
            Length::Encoded(3) => {
                let compressed_len = self.read_len()?;
                let len = self.read_len()?;
                let compressed = self.read_bytes(compressed_len)?;
                let Ok(len) = usize::try_from(len) else {
                    return corrupt("LZF string too long");
                };
                match super::lzf::decompress(&compressed, len) {
                    Some(s) => Ok(s),
                    None => corrupt("invalid LZF compressed string"),
                }
            }
            Length::Encoded(t) => corrupt(format!("unknown string encoding {t}")),
        }
    }

    /// A double in binary form (RDB 8 and later).
    pub fn read_binary_double(&mut self) -> Result<f64, LoadError> {
        Ok(f64::from_le_bytes(self.read_array()?))
    }

    /// A double as text (sorted sets of RDB 7 and before): a length byte, with 253, 254 and
    /// 255 meaning NaN, +inf and -inf.
    pub fn read_text_double(&mut self) -> Result<f64, LoadError> {
        match self.read_u8()? {
            253 => Ok(f64::NAN),
            254 => Ok(f64::INFINITY),
            255 => Ok(f64::NEG_INFINITY),
            len => {
                let text = self.read_bytes(len as u64)?;
                match parse_f64(&text) {
                    Some(d) => Ok(d),
                    None => corrupt("invalid double"),
                }
            }
        }
    }

    /// Unix time in milliseconds, little endian.
    pub fn read_ms_time(&mut self) -> Result<i64, LoadError> {
        Ok(i64::from_le_bytes(self.read_array()?))
    }

    /// A value of type `value_type` (see [`kind`]), in the encoding Redis would give it under
    /// `limits`.
    pub fn read_value(&mut self, value_type: u8, limits: &LoadLimits) -> Result<Value, LoadError> {
        match value_type {
            kind::STRING => Ok(Value::String(Str::from_bytes(Bytes::from(
                self.read_string()?,
            )))),
            kind::LIST => self.read_linked_list(limits),
            kind::LIST_ZIPLIST => {
                let blob = self.read_string()?;
                let items = ziplist::parse(&blob).ok_or_else(|| bad("list ziplist"))?;
                let mut list = List::new(limits.list_fill);
                for item in items {
                    item.with_bytes(|b| list.push(End::Tail, b));
                }
                non_empty(Value::List(Box::new(list)))
            }
            kind::LIST_QUICKLIST | kind::LIST_QUICKLIST_2 => {
                self.read_quicklist(value_type == kind::LIST_QUICKLIST_2, limits)
            }
            kind::SET => self.read_set(limits),
            kind::SET_INTSET => {
                let blob = self.read_string()?;
                let ints = intset::decode(&blob).ok_or_else(|| bad("intset"))?;
                let too_many = ints.len() > limits.set_max_intset_entries;
                let mut set = Set::from_intset(ints);
                if too_many {
                    set.convert_to_table();
                }
                Ok(Value::Set(set))
            }
            kind::ZSET | kind::ZSET_2 => self.read_zset(value_type == kind::ZSET_2, limits),
            kind::ZSET_ZIPLIST | kind::ZSET_LISTPACK => {
                let blob = self.read_string()?;
                let items = if value_type == kind::ZSET_LISTPACK {
                    listpack::parse(&blob)
                } else {
                    ziplist::parse(&blob)
                };
                let items = items.ok_or_else(|| bad("sorted set listpack"))?;
                compact_zset(&items, limits)
            }
            kind::HASH => self.read_hash(limits),
            kind::HASH_ZIPLIST | kind::HASH_LISTPACK => {
                let blob = self.read_string()?;
                let items = if value_type == kind::HASH_LISTPACK {
                    listpack::parse(&blob)
                } else {
                    ziplist::parse(&blob)
                };
                let items = items.ok_or_else(|| bad("hash listpack"))?;
                if !items.len().is_multiple_of(2) {
                    return corrupt("hash listpack with an odd number of entries");
                }
                // Only the count decides (Redis does not scan lengths when loading these).
                let compact = ListpackLimits {
                    max_entries: limits.hash.max_entries,
                    max_value: usize::MAX,
                };
                let mut hash = Hash::new();
                for pair in items.chunks_exact(2) {
                    let (field, value) = (pair[0].to_vec(), pair[1].to_vec());
                    if !hash.set(&field, &value, compact) {
                        return corrupt("duplicate hash field");
                    }
                }
                non_empty(Value::Hash(hash))
            }
            kind::HASH_ZIPMAP => {
                let blob = self.read_string()?;
                let pairs = ziplist::parse_zipmap(&blob).ok_or_else(|| bad("hash zipmap"))?;
                let mut hash = Hash::new();
                for (field, value) in pairs {
                    if !hash.set(field, value, limits.hash) {
                        return corrupt("duplicate hash field");
                    }
                }
                Ok(Value::Hash(hash))
            }
            kind::MODULE | kind::MODULE_2 => corrupt("module values are not supported"),
            kind::STREAM_LISTPACKS | kind::STREAM_LISTPACKS_2 => {
                corrupt("streams are not supported")
            }
            other => corrupt(format!("unknown value type {other}")),
        }
    }

    /// A count that must not be 0.
    fn read_count(&mut self) -> Result<u64, LoadError> {
        match self.read_len()? {
            0 => Err(LoadError::EmptyKey),
            n => Ok(n),
        }
    }

    /// The list type of Redis before 3.2: each element as a string.
    fn read_linked_list(&mut self, limits: &LoadLimits) -> Result<Value, LoadError> {
        let len = self.read_count()?;
        let mut list = List::new(limits.list_fill);
        for _ in 0..len {
            list.push(End::Tail, &self.read_string()?);
        }
        Ok(Value::List(Box::new(list)))
    }

    /// Quicklists: node count, then per node (version 2) its container and its listpack or
    /// plain element, or (version 1) a ziplist. Nodes are kept as they are; empty ones skipped.
    fn read_quicklist(&mut self, v2: bool, limits: &LoadLimits) -> Result<Value, LoadError> {
        let nodes = self.read_count()?;
        let mut list = List::new(limits.list_fill);
        for _ in 0..nodes {
            let node_container = if v2 {
                self.read_len()?
            } else {
                container::PACKED
            };
            if node_container != container::PLAIN && node_container != container::PACKED {
                return corrupt("unknown quicklist node container");
            }
            let data = self.read_string()?;
            if data.is_empty() {
                return corrupt("empty quicklist node");
            }
            if node_container == container::PLAIN {
                list.append_node([data], true);
                continue;
            }
            let items = if v2 {
                listpack::parse(&data)
            } else {
                ziplist::parse(&data)
            };
            let items = items.ok_or_else(|| bad("quicklist node"))?;
            list.append_node(items.iter().map(Item::to_vec), false);
        }
        non_empty(Value::List(Box::new(list)))
    }

    fn read_set(&mut self, limits: &LoadLimits) -> Result<Value, LoadError> {
        let len = self.read_count()?;
        let mut set = Set::new();
        for _ in 0..len {
            if !set.add(&self.read_string()?, limits.set_max_intset_entries) {
                return corrupt("duplicate set member");
            }
        }
        Ok(Value::Set(set))
    }

    /// Members with binary (or, before RDB 8, text) scores. Inserting one by one ends in the
    /// encoding Redis picks after loading: listpack when the count and the longest member fit.
    fn read_zset(&mut self, binary: bool, limits: &LoadLimits) -> Result<Value, LoadError> {
        let len = self.read_count()?;
        let mut z = ZSet::new();
        for _ in 0..len {
            let member = self.read_string()?;
            let score = if binary {
                self.read_binary_double()?
            } else {
                self.read_text_double()?
            };
            if score.is_nan() {
                return corrupt("sorted set with a NaN score");
            }
            if !matches!(
                z.add(score, &member, AddFlags::default(), limits.zset),
                AddOutcome::Added(_)
            ) {
                return corrupt("duplicate sorted set member");
            }
        }
        Ok(Value::ZSet(z))
    }

    fn read_hash(&mut self, limits: &LoadLimits) -> Result<Value, LoadError> {
        let len = self.read_count()?;
        let mut hash = Hash::new();
        for _ in 0..len {
            let field = self.read_string()?;
            let value = self.read_string()?;
            if !hash.set(&field, &value, limits.hash) {
                return corrupt("duplicate hash field");
            }
        }
        Ok(Value::Hash(hash))
    }
}

/// A sorted set from a listpack or ziplist of member, score, ...: kept compact when the count
/// allows (Redis does not scan member lengths when loading these).
fn compact_zset(items: &[Item], limits: &LoadLimits) -> Result<Value, LoadError> {
    if !items.len().is_multiple_of(2) {
        return corrupt("sorted set listpack with an odd number of entries");
    }
    let mut pairs = Vec::with_capacity(items.len() / 2);
    for pair in items.chunks_exact(2) {
        let score = match pair[1] {
            Item::Int(n) => n as f64,
            Item::Str(s) => match parse_f64(s) {
                Some(d) => d,
                None => return corrupt("invalid score in a sorted set listpack"),
            },
        };
        pairs.push((pair[0].to_vec(), score));
    }
    if pairs.is_empty() {
        return Err(LoadError::EmptyKey);
    }
    let mut members: Vec<&[u8]> = pairs.iter().map(|(m, _)| &m[..]).collect();
    members.sort_unstable();
    if members.windows(2).any(|w| w[0] == w[1]) {
        return corrupt("duplicate sorted set member");
    }
    let compact = zset::Limits {
        max_listpack_entries: limits.zset.max_listpack_entries,
        max_listpack_value: usize::MAX,
    };
    Ok(Value::ZSet(ZSet::from_pairs(pairs, compact)))
}

fn decimal(n: i64) -> Vec<u8> {
    itoa::Buffer::new().format(n).as_bytes().to_vec()
}

fn bad(what: &str) -> LoadError {
    LoadError::Corrupt(format!("{what} integrity check failed"))
}

fn non_empty(value: Value) -> Result<Value, LoadError> {
    let empty = match &value {
        Value::List(l) => l.is_empty(),
        Value::Hash(h) => h.is_empty(),
        Value::Set(s) => s.is_empty(),
        Value::ZSet(z) => z.is_empty(),
        Value::String(_) => false,
    };
    if empty {
        Err(LoadError::EmptyKey)
    } else {
        Ok(value)
    }
}
