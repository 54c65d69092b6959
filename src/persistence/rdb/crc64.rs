//! CRC-64/Jones, the checksum of DUMP payloads and RDB files.
//!
//! Parameters (as Redis uses them): polynomial 0xad93d23594c935a9, reflected input and output,
//! initial value 0, no final xor. The check value of "123456789" is 0xe9c6d914c4b8d9ca.
//! Computed a byte at a time through eight tables at once ("slicing by 8").

use std::sync::OnceLock;

/// The polynomial with its bits reversed, as the reflected algorithm uses it.
const POLY_REFLECTED: u64 = 0xad93d23594c935a9u64.reverse_bits();

fn tables() -> &'static [[u64; 256]; 8] {
    static TABLES: OnceLock<Box<[[u64; 256]; 8]>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Box::new([[0u64; 256]; 8]);
        for i in 0..256 {
            let mut crc = i as u64;
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ POLY_REFLECTED
                } else {
                    crc >> 1
                };
            }
            t[0][i] = crc;
        }
        for i in 0..256 {
            for k in 1..8 {
                let prev = t[k - 1][i];
                t[k][i] = (prev >> 8) ^ t[0][(prev & 0xff) as usize];
            }
        }
        t
    })
}

/// Continues the checksum `crc` over `data` (start with 0).
pub fn update(mut crc: u64, data: &[u8]) -> u64 {
    let t = tables();
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let v = crc ^ u64::from_le_bytes(c.try_into().expect("8 bytes"));
        crc = t[7][(v & 0xff) as usize]
            ^ t[6][((v >> 8) & 0xff) as usize]
            ^ t[5][((v >> 16) & 0xff) as usize]
            ^ t[4][((v >> 24) & 0xff) as usize]
            ^ t[3][((v >> 32) & 0xff) as usize]
            ^ t[2][((v >> 40) & 0xff) as usize]
            ^ t[1][((v >> 48) & 0xff) as usize]
            ^ t[0][(v >> 56) as usize];
    }
    for &b in chunks.remainder() {
        crc = t[0][((crc ^ b as u64) & 0xff) as usize] ^ (crc >> 8);
    }
    crc
}

/// The checksum of `data`.
pub fn checksum(data: &[u8]) -> u64 {
    update(0, data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_values() {
        assert_eq!(checksum(b"123456789"), 0xe9c6d914c4b8d9ca);
        assert_eq!(checksum(b""), 0);
        let lorem =
            b"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor \
            incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud \
            exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure \
            dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. \
            Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt \
            mollit anim id est laborum.\0";
        assert_eq!(checksum(lorem), 0xc7794709e69683b3);
        // Split anywhere, the running checksum is the same.
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 31 % 251) as u8).collect();
        let whole = checksum(&data);
        for cut in [0, 1, 7, 8, 9, 500, 999, 1000] {
            assert_eq!(update(update(0, &data[..cut]), &data[cut..]), whole);
        }
        let bitwise = data.iter().fold(0u64, |mut crc, &b| {
            crc ^= b as u64;
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ POLY_REFLECTED
                } else {
                    crc >> 1
                };
            }
            crc
        });
        assert_eq!(whole, bitwise);
    }
}
