//! HyperLogLog sketches, byte for byte in Redis's string representation, so a value written by
//! Redis counts the same here and the other way round.
//!
//! Layout (every multi-byte integer little endian):
//!
//! ```text
//! +------+----------+-----------+----------------------+----------------------------+
//! | HYLL | encoding | 3 × 0x00  | cached cardinality   | registers                  |
//! | 4 B  | 1 B      | (unused)  | 8 B, MSB = "invalid" | dense: 12288 B / sparse: … |
//! +------+----------+-----------+----------------------+----------------------------+
//! ```
//!
//! There are 16384 registers (the low 14 bits of an element's MurmurHash64A pick one); each
//! holds the longest run of zeros (plus one) seen in the remaining 50 bits.
//!
//! - Dense: 6 bits per register, packed from the least significant bit of each byte upwards.
//! - Sparse: run-length opcodes — `00xxxxxx` ZERO (1..64 zero registers), `01xxxxxx yyyyyyyy`
//!   XZERO (1..16384 zero registers), `1vvvvvxx` VAL (1..4 registers holding 1..32).
//!   A sketch starts sparse and is promoted to dense when a register needs a value above 32
//!   or when the sparse bytes would exceed `hll-sparse-max-bytes`.
//!
//! Updates follow Redis's algorithm step for step (where a run is split, how adjacent VAL
//! opcodes are merged afterwards), because the bytes themselves are visible through GET.
//! Redis strings always carry a NUL after their last byte and Redis reads it when an opcode is
//! cut short; `byte_at` reproduces that, so corrupt input yields Redis's answers, never a panic.

/// Number of registers (2^14).
pub const REGISTERS: usize = 1 << INDEX_BITS;
/// Size of the header in front of the registers.
pub const HEADER_LEN: usize = 16;
/// Exact length of a dense sketch: the header plus 16384 six-bit registers.
pub const DENSE_LEN: usize = HEADER_LEN + (REGISTERS * REGISTER_BITS).div_ceil(8);

const INDEX_BITS: u32 = 14;
/// Hash bits left after the register index; a run is at most `RUN_BITS + 1` long.
const RUN_BITS: usize = 64 - INDEX_BITS as usize;
const REGISTER_BITS: usize = 6;
const REGISTER_MASK: u32 = (1 << REGISTER_BITS) - 1;
const MAGIC: &[u8; 4] = b"HYLL";
const ENCODING_DENSE: u8 = 0;
const ENCODING_SPARSE: u8 = 1;
/// Offset of the encoding byte in the header.
const ENCODING_AT: usize = 4;
/// Offset of the cached cardinality in the header; bit 7 of its last byte marks it stale.
const CARD_AT: usize = 8;
const CARD_STALE_BIT: u8 = 0x80;
/// The seed Redis hashes elements with.
const HASH_SEED: u64 = 0xadc8_3b19;
/// 0.5 / ln(2): the estimator's bias constant for an infinite number of registers.
const ALPHA_INF: f64 = 0.721_347_520_444_481_7;

const SPARSE_XZERO_BIT: u8 = 0x40;
const SPARSE_VAL_BIT: u8 = 0x80;
const SPARSE_VAL_MAX_VALUE: u8 = 32;
const SPARSE_VAL_MAX_LEN: usize = 4;
const SPARSE_ZERO_MAX_LEN: usize = 64;
const SPARSE_XZERO_MAX_LEN: usize = 16384;
/// How many opcodes the post-update pass looks at when merging adjacent VAL opcodes.
const MERGE_SCAN_OPCODES: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Dense,
    Sparse,
}

impl Encoding {
    /// The name PFDEBUG ENCODING reports.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Dense => "dense",
            Encoding::Sparse => "sparse",
        }
    }
}

/// The sparse opcodes do not add up to exactly 16384 registers (Redis's INVALIDOBJ).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Corrupt;

/// What a string must look like to be used as a HyperLogLog (Redis's isHLLObjectOrReply):
/// at least a header, the magic, a known encoding, and the exact length when dense. The
/// sparse opcodes are only checked when they are walked.
pub fn encoding_of(value: &[u8]) -> Option<Encoding> {
    if value.len() < HEADER_LEN || &value[..4] != MAGIC {
        return None;
    }
    match value[ENCODING_AT] {
        ENCODING_DENSE if value.len() == DENSE_LEN => Some(Encoding::Dense),
        ENCODING_SPARSE => Some(Encoding::Sparse),
        _ => None,
    }
}

/// An empty sketch as PFADD creates it: sparse, one XZERO covering every register, cached
/// cardinality 0 (valid).
pub fn new_sparse() -> Vec<u8> {
    let mut hll = Vec::with_capacity(HEADER_LEN + 2 * REGISTERS.div_ceil(SPARSE_XZERO_MAX_LEN));
    hll.extend_from_slice(MAGIC);
    hll.push(ENCODING_SPARSE);
    hll.extend_from_slice(&[0; HEADER_LEN - 5]);
    let mut left = REGISTERS;
    while left > 0 {
        let run = left.min(SPARSE_XZERO_MAX_LEN);
        hll.extend_from_slice(&xzero_op(run));
        left -= run;
    }
    hll
}

/// MurmurHash2, 64-bit version (MurmurHash64A), reading 8-byte blocks little endian as Redis
/// does on every architecture.
pub fn murmurhash64a(data: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let mut h = seed ^ (data.len() as u64).wrapping_mul(M);
    let mut blocks = data.chunks_exact(8);
    for block in &mut blocks {
        let mut k = u64::from_le_bytes(block.try_into().expect("8-byte block"));
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate() {
            h ^= u64::from(b) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

/// The register an element falls into and the value it proposes for it: the position of the
/// first 1 bit in the hash above the index bits (1 when that bit is set, at most 51).
pub fn register_and_run(element: &[u8]) -> (usize, u8) {
    let hash = murmurhash64a(element, HASH_SEED);
    let index = (hash as usize) & (REGISTERS - 1);
    // The guard bit ends the run after RUN_BITS zeros.
    let rest = (hash >> INDEX_BITS) | (1u64 << RUN_BITS);
    (index, rest.trailing_zeros() as u8 + 1)
}

/// The cached cardinality, when the sketch has not changed since it was computed.
pub fn cached_cardinality(hll: &[u8]) -> Option<u64> {
    if hll[CARD_AT + 7] & CARD_STALE_BIT != 0 {
        return None;
    }
    Some(u64::from_le_bytes(
        hll[CARD_AT..CARD_AT + 8].try_into().expect("8 bytes"),
    ))
}

pub fn store_cardinality(hll: &mut [u8], card: u64) {
    hll[CARD_AT..CARD_AT + 8].copy_from_slice(&card.to_le_bytes());
}

pub fn invalidate_cache(hll: &mut [u8]) {
    hll[CARD_AT + 7] |= CARD_STALE_BIT;
}

/// Encoding of a sketch already checked with `encoding_of`.
fn encoding(hll: &[u8]) -> Encoding {
    if hll[ENCODING_AT] == ENCODING_DENSE {
        Encoding::Dense
    } else {
        Encoding::Sparse
    }
}

/// Adds an element; true when a register grew (the estimate may have changed). Does not touch
/// the cached cardinality: callers invalidate it once after a batch, as PFADD does.
pub fn add(hll: &mut Vec<u8>, element: &[u8], sparse_max_bytes: usize) -> Result<bool, Corrupt> {
    let (index, run) = register_and_run(element);
    set_register(hll, index, run, sparse_max_bytes)
}

/// Raises register `index` to `value` if it is lower; true when it changed. A sparse sketch
/// may be promoted to dense on the way.
pub fn set_register(
    hll: &mut Vec<u8>,
    index: usize,
    value: u8,
    sparse_max_bytes: usize,
) -> Result<bool, Corrupt> {
    match encoding(hll) {
        Encoding::Dense => Ok(dense_raise(&mut hll[HEADER_LEN..], index, value)),
        Encoding::Sparse => sparse_raise(hll, index, value, sparse_max_bytes),
    }
}

/// Converts a sparse sketch to dense; Ok(false) when it already was dense. The header (magic,
/// cached cardinality) is kept.
pub fn to_dense(hll: &mut Vec<u8>) -> Result<bool, Corrupt> {
    if encoding(hll) == Encoding::Dense {
        return Ok(false);
    }
    let mut dense = vec![0u8; DENSE_LEN];
    dense[..HEADER_LEN].copy_from_slice(&hll[..HEADER_LEN]);
    dense[ENCODING_AT] = ENCODING_DENSE;
    let registers = &mut dense[HEADER_LEN..];
    for_each_run(hll, |first, run, value| {
        if value != 0 {
            for i in first..first + run {
                dense_write(registers, i, value);
            }
        }
    })?;
    *hll = dense;
    Ok(true)
}

/// The estimated cardinality (not using or updating the cache). A sparse sketch whose opcodes
/// do not cover exactly 16384 registers is corrupt.
pub fn count(hll: &[u8]) -> Result<u64, Corrupt> {
    let mut histogram = [0u64; 64];
    match encoding(hll) {
        Encoding::Dense => {
            let registers = &hll[HEADER_LEN..];
            for i in 0..REGISTERS {
                histogram[dense_read(registers, i) as usize] += 1;
            }
        }
        Encoding::Sparse => {
            for_each_run(hll, |_, run, value| histogram[value as usize] += run as u64)?
        }
    }
    Ok(estimate(&histogram))
}

/// One byte per register: the union of several sketches (PFCOUNT with many keys, PFMERGE).
pub struct Registers(Vec<u8>);

impl Default for Registers {
    fn default() -> Self {
        Registers(vec![0; REGISTERS])
    }
}

impl Registers {
    /// Raises every register to the sketch's value for it.
    pub fn merge(&mut self, hll: &[u8]) -> Result<(), Corrupt> {
        let max = &mut self.0;
        match encoding(hll) {
            Encoding::Dense => {
                let registers = &hll[HEADER_LEN..];
                for (i, m) in max.iter_mut().enumerate() {
                    *m = (*m).max(dense_read(registers, i));
                }
            }
            Encoding::Sparse => for_each_run(hll, |first, run, value| {
                for m in &mut max[first..first + run] {
                    *m = (*m).max(value);
                }
            })?,
        }
        Ok(())
    }

    pub fn count(&self) -> u64 {
        let mut histogram = [0u64; 64];
        for &r in &self.0 {
            histogram[r as usize & 63] += 1;
        }
        estimate(&histogram)
    }

    /// (register, value) of every non-zero register, ascending.
    pub fn nonzero(&self) -> impl Iterator<Item = (usize, u8)> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter(|(_, &v)| v != 0)
            .map(|(i, &v)| (i, v))
    }
}

/// Every register of a dense sketch, in order (PFDEBUG GETREG).
pub fn dense_registers(hll: &[u8]) -> impl Iterator<Item = u8> + '_ {
    let registers = &hll[HEADER_LEN..];
    (0..REGISTERS).map(move |i| dense_read(registers, i))
}

/// The sparse opcodes as PFDEBUG DECODE prints them: `Z:16384`, `z:12`, `v:3,2`, ...
pub fn decode_sparse(hll: &[u8]) -> String {
    let mut parts = Vec::new();
    for op in SparseOps::new(hll) {
        parts.push(match op {
            Op::Zero(run) => format!("z:{run}"),
            Op::XZero(run) => format!("Z:{run}"),
            Op::Val(value, run) => format!("v:{value},{run}"),
        });
    }
    parts.join(" ")
}

/// Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog
/// sketches", arXiv:1702.01284) over the histogram of register values, evaluated in the same
/// order as Redis so the results agree to the last bit.
fn estimate(histogram: &[u64; 64]) -> u64 {
    let m = REGISTERS as f64;
    let mut z = m * tau((m - histogram[RUN_BITS + 1] as f64) / m);
    for j in (1..=RUN_BITS).rev() {
        z += histogram[j] as f64;
        z *= 0.5;
    }
    z += m * sigma(histogram[0] as f64 / m);
    (ALPHA_INF * m * m / z).round() as i64 as u64
}

/// σ(x) = x + Σ x^(2^k) 2^(k-1), summed until it stops changing.
fn sigma(mut x: f64) -> f64 {
    if x == 1.0 {
        return f64::INFINITY;
    }
    let mut y = 1.0;
    let mut z = x;
    loop {
        x *= x;
        let before = z;
        z += x * y;
        y += y;
        if z == before {
            return z;
        }
    }
}

/// τ(x) = (1 - x - Σ (1 - x^(2^-k))² 2^-k) / 3, summed until it stops changing.
fn tau(mut x: f64) -> f64 {
    if x == 0.0 || x == 1.0 {
        return 0.0;
    }
    let mut y = 1.0;
    let mut z = 1.0 - x;
    loop {
        x = x.sqrt();
        let before = z;
        y *= 0.5;
        let d = 1.0 - x;
        z -= d * d * y;
        if z == before {
            return z / 3.0;
        }
    }
}

// ----- dense registers -----

/// Register `i` of the packed 6-bit array. The byte after the array reads as 0 (Redis's NUL).
fn dense_read(registers: &[u8], i: usize) -> u8 {
    let byte = i * REGISTER_BITS / 8;
    let shift = (i * REGISTER_BITS) & 7;
    let lo = u32::from(registers[byte]);
    let hi = u32::from(registers.get(byte + 1).copied().unwrap_or(0));
    (((lo >> shift) | (hi << (8 - shift))) & REGISTER_MASK) as u8
}

fn dense_write(registers: &mut [u8], i: usize, value: u8) {
    let byte = i * REGISTER_BITS / 8;
    let shift = (i * REGISTER_BITS) & 7;
    let v = u32::from(value);
    registers[byte] &= !(REGISTER_MASK << shift) as u8;
    registers[byte] |= (v << shift) as u8;
    if let Some(next) = registers.get_mut(byte + 1) {
        *next &= !(REGISTER_MASK >> (8 - shift)) as u8;
        *next |= (v >> (8 - shift)) as u8;
    }
}

fn dense_raise(registers: &mut [u8], i: usize, value: u8) -> bool {
    if value > dense_read(registers, i) {
        dense_write(registers, i, value);
        true
    } else {
        false
    }
}

// ----- sparse opcodes -----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// A run of 1..64 zero registers (1 byte).
    Zero(usize),
    /// A run of 1..16384 zero registers (2 bytes).
    XZero(usize),
    /// (value 1..32, run 1..4) (1 byte).
    Val(u8, usize),
}

impl Op {
    fn run(self) -> usize {
        match self {
            Op::Zero(run) | Op::XZero(run) | Op::Val(_, run) => run,
        }
    }

    fn len(self) -> usize {
        if matches!(self, Op::XZero(_)) {
            2
        } else {
            1
        }
    }
}

/// The byte at `pos`; one past the end reads as 0 like the NUL terminating a Redis string.
fn byte_at(bytes: &[u8], pos: usize) -> u8 {
    bytes.get(pos).copied().unwrap_or(0)
}

fn op_at(bytes: &[u8], pos: usize) -> Op {
    let b = bytes[pos];
    if b & SPARSE_VAL_BIT != 0 {
        Op::Val(((b >> 2) & 0x1f) + 1, usize::from(b & 0x3) + 1)
    } else if b & SPARSE_XZERO_BIT != 0 {
        Op::XZero(((usize::from(b & 0x3f) << 8) | usize::from(byte_at(bytes, pos + 1))) + 1)
    } else {
        Op::Zero(usize::from(b & 0x3f) + 1)
    }
}

fn val_op(value: u8, run: usize) -> u8 {
    SPARSE_VAL_BIT | ((value - 1) << 2) | (run - 1) as u8
}

fn xzero_op(run: usize) -> [u8; 2] {
    let n = run - 1;
    [SPARSE_XZERO_BIT | (n >> 8) as u8, (n & 0xff) as u8]
}

/// The opcode(s) for a run of zero registers: ZERO when it fits in one byte, else XZERO.
fn push_zero_run(out: &mut Vec<u8>, run: usize) {
    if run > SPARSE_ZERO_MAX_LEN {
        out.extend_from_slice(&xzero_op(run));
    } else {
        out.push((run - 1) as u8);
    }
}

/// Walks the opcodes after the header.
struct SparseOps<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> SparseOps<'a> {
    fn new(hll: &'a [u8]) -> Self {
        SparseOps {
            bytes: hll,
            pos: HEADER_LEN,
        }
    }
}

impl Iterator for SparseOps<'_> {
    type Item = Op;
    fn next(&mut self) -> Option<Op> {
        if self.pos >= self.bytes.len() {
            return None;
        }
        let op = op_at(self.bytes, self.pos);
        self.pos += op.len();
        Some(op)
    }
}

/// Calls `f(first register, run length, value)` for every opcode of a sparse sketch, checking
/// first that no opcode reaches past the last register and that they cover all of them (the
/// checks redis-server 7.0.15 as shipped applies, which include the CVE-2025-32023 fix: a
/// trailing opcode after the 16384th register is corrupt too).
fn for_each_run(hll: &[u8], mut f: impl FnMut(usize, usize, u8)) -> Result<(), Corrupt> {
    let mut index = 0;
    for op in SparseOps::new(hll) {
        let run = op.run();
        if index + run > REGISTERS {
            return Err(Corrupt);
        }
        let value = match op {
            Op::Val(value, _) => value,
            Op::Zero(_) | Op::XZero(_) => 0,
        };
        f(index, run, value);
        index += run;
    }
    if index != REGISTERS {
        return Err(Corrupt);
    }
    Ok(())
}

/// Raises register `index` of a sparse sketch to `value`, editing the opcodes in place the way
/// Redis does: the opcode covering the register is replaced by up to three (zeros or old value
/// before, the new VAL, zeros or old value after), then adjacent equal VALs are merged.
fn sparse_raise(
    hll: &mut Vec<u8>,
    index: usize,
    value: u8,
    sparse_max_bytes: usize,
) -> Result<bool, Corrupt> {
    if value > SPARSE_VAL_MAX_VALUE {
        return promote_and_raise(hll, index, value);
    }
    // Find the opcode covering `index`, the first register it covers, and the opcode before it.
    let mut pos = HEADER_LEN;
    let mut first = 0;
    let mut prev = None;
    let op = loop {
        if pos >= hll.len() {
            return Err(Corrupt);
        }
        let op = op_at(hll, pos);
        if index < first + op.run() {
            break op;
        }
        prev = Some(pos);
        pos += op.len();
        first += op.run();
    };
    let last = first + op.run() - 1;

    // The trivial cases: a single-register VAL or ZERO becomes a single-register VAL.
    match op {
        Op::Val(old, _) if old >= value => return Ok(false),
        Op::Val(_, 1) | Op::Zero(1) => {
            hll[pos] = val_op(value, 1);
            merge_adjacent_vals(hll, prev.unwrap_or(HEADER_LEN));
            return Ok(true);
        }
        _ => {}
    }

    let mut seq = Vec::with_capacity(5);
    match op {
        Op::Zero(_) | Op::XZero(_) => {
            if index != first {
                push_zero_run(&mut seq, index - first);
            }
            seq.push(val_op(value, 1));
            if index != last {
                push_zero_run(&mut seq, last - index);
            }
        }
        Op::Val(old, _) => {
            if index != first {
                seq.push(val_op(old, index - first));
            }
            seq.push(val_op(value, 1));
            if index != last {
                seq.push(val_op(old, last - index));
            }
        }
    }
    let new_len = hll.len() + seq.len() - op.len();
    if seq.len() > op.len() && new_len > sparse_max_bytes {
        return promote_and_raise(hll, index, value);
    }
    // An XZERO cut short by the end of the string (corrupt input) "ends" one byte past it, so
    // the result is one byte shorter than the sequence written, exactly as in Redis.
    let replaced_end = (pos + op.len()).min(hll.len());
    hll.splice(pos..replaced_end, seq);
    hll.truncate(new_len);
    merge_adjacent_vals(hll, prev.unwrap_or(HEADER_LEN));
    Ok(true)
}

/// After an update: merges adjacent VAL opcodes with the same value while their runs fit in
/// one opcode, looking at a few opcodes from the one before the updated one. Leaves the
/// cached cardinality marked stale.
fn merge_adjacent_vals(hll: &mut Vec<u8>, start: usize) {
    let mut pos = start;
    let mut budget = MERGE_SCAN_OPCODES;
    while pos < hll.len() && budget > 0 {
        budget -= 1;
        match op_at(hll, pos) {
            Op::XZero(_) => pos += 2,
            Op::Zero(_) => pos += 1,
            Op::Val(v1, run1) => {
                if pos + 1 < hll.len() {
                    if let Op::Val(v2, run2) = op_at(hll, pos + 1) {
                        if v1 == v2 && run1 + run2 <= SPARSE_VAL_MAX_LEN {
                            hll[pos + 1] = val_op(v1, run1 + run2);
                            hll.remove(pos);
                            // Stay here: the merged opcode may merge with the next one too.
                            continue;
                        }
                    }
                }
                pos += 1;
            }
        }
    }
    invalidate_cache(hll);
}

fn promote_and_raise(hll: &mut Vec<u8>, index: usize, value: u8) -> Result<bool, Corrupt> {
    to_dense(hll)?;
    // The register was below `value` (that is why the sparse form had to change), so this
    // always raises it.
    dense_raise(&mut hll[HEADER_LEN..], index, value);
    Ok(true)
}

/// PFSELFTEST: checks the dense register packing with random values, then that sparse and
/// dense sketches fed the same 10 million elements agree and stay within six standard errors
/// of the true count at every power of ten. Returns Redis's TESTFAILED message on failure.
pub fn self_test(sparse_max_bytes: usize) -> Result<(), String> {
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::SmallRng::from_entropy();
    let mut dense = vec![0u8; DENSE_LEN];
    dense[..4].copy_from_slice(MAGIC);
    let mut expected = vec![0u8; REGISTERS];
    for _ in 0..1000 {
        let mut random_bits = 0u64;
        for (i, e) in expected.iter_mut().enumerate() {
            // Ten 6-bit values per 64 random bits.
            if i % 10 == 0 {
                random_bits = rng.gen();
            }
            *e = (random_bits & u64::from(REGISTER_MASK)) as u8;
            random_bits >>= REGISTER_BITS;
            dense_write(&mut dense[HEADER_LEN..], i, *e);
        }
        for (i, &e) in expected.iter().enumerate() {
            let got = dense_read(&dense[HEADER_LEN..], i);
            if got != e {
                return Err(format!(
                    "TESTFAILED Register {i} should be {e} but is {got}"
                ));
            }
        }
    }

    dense[HEADER_LEN..].fill(0);
    let mut sparse = new_sparse();
    let max_error = 1.04 / (REGISTERS as f64).sqrt();
    let seed: u64 = rng.gen();
    let mut checkpoint: u64 = 1;
    for j in 1..=10_000_000u64 {
        let element = (j ^ seed).to_le_bytes();
        let (index, run) = register_and_run(&element);
        dense_raise(&mut dense[HEADER_LEN..], index, run);
        set_register(&mut sparse, index, run, sparse_max_bytes)
            .map_err(|_| "TESTFAILED corrupt sparse HLL".to_string())?;
        if j != checkpoint {
            continue;
        }
        if (j as usize) < sparse_max_bytes / 2 && encoding(&sparse) != Encoding::Sparse {
            return Err("TESTFAILED sparse encoding not used".into());
        }
        let dense_count = count(&dense).expect("dense sketches are never corrupt");
        if count(&sparse).ok() != Some(dense_count) {
            return Err("TESTFAILED dense/sparse disagree".into());
        }
        let abs_error = (checkpoint as i64 - dense_count as i64).unsigned_abs();
        // Ten elements can collide often enough to exceed the bound by chance.
        let allowed = if j == 10 {
            1
        } else {
            (max_error * 6.0 * checkpoint as f64).ceil() as u64
        };
        if abs_error > allowed {
            return Err(format!(
                "TESTFAILED Too big error. card:{checkpoint} abserr:{abs_error}"
            ));
        }
        checkpoint *= 10;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_sketch_layout() {
        let hll = new_sparse();
        assert_eq!(hll, b"HYLL\x01\0\0\0\0\0\0\0\0\0\0\0\x7f\xff");
        assert_eq!(encoding_of(&hll), Some(Encoding::Sparse));
        assert_eq!(decode_sparse(&hll), "Z:16384");
        assert_eq!(count(&hll), Ok(0));
        assert_eq!(cached_cardinality(&hll), Some(0));
    }

    #[test]
    fn registers_match_redis() {
        // (register, value) redis-server 7.0 reports (PFDEBUG DECODE) after adding one element:
        // covers the empty input, every tail length and a full 8-byte block.
        let cases: [(&[u8], usize, u8); 6] = [
            (b"", 5938, 2),
            (b"a", 12711, 2),
            (b"hello", 9216, 1),
            (b"foobar", 1910, 4),
            (b"12345678", 10579, 3),
            (b"abcdefghijklmnopq", 4271, 1),
        ];
        for (element, register, value) in cases {
            assert_eq!(register_and_run(element), (register, value), "{element:?}");
        }
    }

    #[test]
    fn dense_packing_round_trips() {
        let mut regs = vec![0u8; DENSE_LEN - HEADER_LEN];
        for i in 0..REGISTERS {
            dense_write(&mut regs, i, (i % 64) as u8);
        }
        for i in 0..REGISTERS {
            assert_eq!(dense_read(&regs, i), (i % 64) as u8);
        }
    }

    #[test]
    fn sparse_and_dense_agree() {
        let mut sparse = new_sparse();
        let mut dense = new_sparse();
        to_dense(&mut dense).unwrap();
        for i in 0..2000 {
            let e = format!("element:{i}");
            add(&mut sparse, e.as_bytes(), 3000).unwrap();
            add(&mut dense, e.as_bytes(), 3000).unwrap();
            if i % 97 == 0 {
                assert_eq!(count(&sparse), count(&dense));
            }
        }
        assert_eq!(count(&sparse), count(&dense));
        let mut converted = sparse.clone();
        if to_dense(&mut converted).unwrap() {
            assert_eq!(converted[HEADER_LEN..], dense[HEADER_LEN..]);
        }
    }

    #[test]
    fn values_above_32_force_the_dense_encoding() {
        let mut hll = new_sparse();
        assert_eq!(set_register(&mut hll, 5, 32, 3000), Ok(true));
        assert_eq!(encoding(&hll), Encoding::Sparse);
        assert_eq!(decode_sparse(&hll), "z:5 v:32,1 Z:16378");
        assert_eq!(set_register(&mut hll, 9, 33, 3000), Ok(true));
        assert_eq!(encoding(&hll), Encoding::Dense);
        let registers: Vec<u8> = dense_registers(&hll).collect();
        assert_eq!(
            (
                registers[5],
                registers[9],
                registers.iter().filter(|&&r| r != 0).count()
            ),
            (32, 33, 2)
        );
    }

    #[test]
    fn adjacent_equal_values_merge() {
        let mut hll = new_sparse();
        for i in [10, 12, 11, 13, 14] {
            set_register(&mut hll, i, 3, 3000).unwrap();
        }
        assert_eq!(decode_sparse(&hll), "z:10 v:3,4 v:3,1 Z:16369");
    }

    #[test]
    fn truncated_opcodes_are_corrupt_not_panics() {
        let mut hll = new_sparse();
        hll.pop(); // XZERO cut in half
        assert!(count(&hll).is_err());
        let _ = add(&mut hll, b"x", 3000);
        let mut empty = new_sparse();
        empty.truncate(HEADER_LEN);
        assert_eq!(add(&mut empty, b"x", 3000), Err(Corrupt));
    }
}
