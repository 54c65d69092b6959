//! DUMP payloads: a value's type byte and body in RDB form, then the RDB version (u16 LE) and
//! a CRC-64 (u64 LE) of everything before it.

use super::{crc64, kind, LoadError, LoadLimits, Reader, SaveOptions, Writer, RDB_VERSION};
use crate::db::Value;

/// The DUMP payload of `value`.
pub fn dump(value: &Value, options: SaveOptions) -> Vec<u8> {
    let mut w = Writer::new(Vec::new(), options);
    w.write_value_type(value)
        .and_then(|_| w.write_value(value))
        .expect("writing to memory cannot fail");
    let mut out = w.into_inner();
    out.extend_from_slice(&RDB_VERSION.to_le_bytes());
    let crc = crc64::checksum(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// Whether the footer of `payload` is acceptable: an RDB version this server reads and, when
/// `check_crc`, a matching checksum.
pub fn verify(payload: &[u8], check_crc: bool) -> bool {
    let Some(body_len) = payload.len().checked_sub(10) else {
        return false;
    };
    let version = u16::from_le_bytes([payload[body_len], payload[body_len + 1]]);
    if version > RDB_VERSION {
        return false;
    }
    if !check_crc {
        return true;
    }
    let stored = u64::from_le_bytes(payload[body_len + 2..].try_into().expect("8 bytes"));
    crc64::checksum(&payload[..body_len + 2]) == stored
}

/// The value in a (verified) payload. Parsing runs over the whole payload, footer included, as
/// Redis's does: a value that ends early may read into the footer, and trailing bytes are
/// ignored.
pub fn load(payload: &[u8], limits: &LoadLimits) -> Result<Value, LoadError> {
    let mut reader = Reader::new(payload);
    let value_type = reader.read_u8()?;
    if !kind::is_value_type(value_type) {
        return Err(LoadError::Corrupt(format!(
            "unknown value type {value_type}"
        )));
    }
    reader.read_value(value_type, limits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{hash::Hash, list::List, set::Set, string::Str, zset::ZSet};
    use bytes::Bytes;
    use rand::rngs::SmallRng;
    use rand::{Rng, SeedableRng};

    fn samples() -> Vec<Value> {
        let limits = LoadLimits::default();
        let words: Vec<String> = (0..300)
            .map(|i| format!("w{i}-{}", "q".repeat(i % 70)))
            .collect();
        let nums: Vec<String> = (0..300).map(|i| (i * 7919 - 100_000).to_string()).collect();
        vec![
            Value::String(Str::from_bytes(Bytes::from(
                "hello world, hello world, hello world",
            ))),
            Value::String(Str::Int(-123456789012)),
            Value::List(Box::new(List::from_values(-2, words.iter().chain(&nums)))),
            Value::Set(Set::from_members(
                nums.iter().map(|n| n.as_bytes()).take(50),
                512,
            )),
            Value::Set(Set::from_members(words.iter().map(|w| w.as_bytes()), 512)),
            Value::Hash(Hash::from_pairs(
                words
                    .iter()
                    .zip(&nums)
                    .map(|(a, b)| (a.as_bytes(), b.as_bytes()))
                    .take(20),
                limits.hash,
            )),
            Value::Hash(Hash::from_pairs(
                words
                    .iter()
                    .zip(&nums)
                    .map(|(a, b)| (a.as_bytes(), b.as_bytes())),
                limits.hash,
            )),
            Value::ZSet(ZSet::from_pairs(
                (0..20)
                    .map(|i| (words[i].clone().into_bytes(), i as f64 / 3.0))
                    .collect(),
                limits.zset,
            )),
            Value::ZSet(ZSet::from_pairs(
                (0..200)
                    .map(|i| (words[i].clone().into_bytes(), i as f64 / 3.0))
                    .collect(),
                limits.zset,
            )),
        ]
    }

    #[test]
    fn values_survive_a_round_trip() {
        for value in samples() {
            let p = dump(&value, SaveOptions::default());
            assert!(verify(&p, true));
            let back = load(&p, &LoadLimits::default()).expect("loads");
            assert_eq!(back.encoding_name(), value.encoding_name());
            assert_eq!(dump(&back, SaveOptions::default()).len(), p.len());
        }
    }

    /// Damaged payloads (bytes flipped, cut short) must be refused or loaded, never panic.
    #[test]
    fn damaged_payloads_never_panic() {
        let mut rng = SmallRng::seed_from_u64(99);
        let limits = LoadLimits::default();
        for value in samples() {
            let p = dump(
                &value,
                SaveOptions {
                    compress: rng.gen(),
                    list_compress_depth: 0,
                },
            );
            for _ in 0..300 {
                let mut bad = p.clone();
                for _ in 0..rng.gen_range(1..4) {
                    let i = rng.gen_range(0..bad.len());
                    bad[i] = rng.gen();
                }
                if rng.gen_bool(0.3) {
                    bad.truncate(rng.gen_range(0..bad.len()));
                }
                let _ = load(&bad, &limits);
            }
        }
        for _ in 0..2000 {
            let len = rng.gen_range(0..64);
            let noise: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
            let _ = load(&noise, &limits);
        }
    }
}
