//! Persistence formats. `rdb` is Redis's RDB serialization: the value format DUMP/RESTORE use
//! today, and the building blocks (lengths, strings, checksums, opcodes) of RDB files.

pub mod rdb;
