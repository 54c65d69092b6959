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
        return Err(LoadError::Corrupt(format!("unknown value type {value_type}")));
    }
    reader.read_value(value_type, limits)
}
