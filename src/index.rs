//! A compile-time perfect hash index with a cheap hash, for the role lookups
//! that services run on every request.
//!
//! It is a two-level hash-and-displace table in the spirit of phf's (keys
//! fall into buckets; each bucket has a pilot, found at generation time, that
//! sends its keys to free slots), with a different hash. phf hashes with
//! SipHash-1-3 (128-bit output), which alone costs about as
//! much as the whole naive lower-case-and-`HashMap` lookup; see the README's
//! performance section for the numbers. Keys here are already normalised and
//! short, so an xor-rotate fold of their eight-byte words and a
//! multiply-xorshift finish are enough to tell them apart. The generator
//! (`lookup::codegen`, a test) proves that every key lands in its own slot.
//!
//! A lookup is: fold the key, pick its bucket's pilot, mix, read one slot,
//! compare one key. Constant cost, whatever the number of roles.

/// A perfect hash index from normalised keys to values.
pub(crate) struct Index<T: 'static> {
    /// Chosen by the generator so that no two keys share a full hash.
    pub(crate) seed: u64,
    /// One pilot per bucket, chosen by the generator so that the bucket's
    /// keys land in free slots. The length is a power of two.
    pub(crate) pilots: &'static [u16],
    /// For each slot, the entry that lives there, or `EMPTY`. The length is a
    /// power of two.
    pub(crate) slots: &'static [u16],
    /// The keys, zero-padded to whole eight-byte words, and their values, in
    /// key order.
    pub(crate) entries: &'static [(&'static [u8], T)],
}

/// A slot with no entry.
pub(crate) const EMPTY: u16 = u16::MAX;

/// Hashes a normalised key, zero-padded to whole eight-byte words.
#[inline]
pub(crate) fn hash(padded: &[u8], seed: u64) -> u64 {
    let mut folded = seed;
    for chunk in padded.chunks_exact(8) {
        folded = folded.rotate_left(23) ^ chunk.try_into().map_or(0, u64::from_le_bytes);
    }
    mix(folded)
}

/// A multiply-xorshift finaliser: every input bit reaches every output bit.
#[inline]
const fn mix(mut value: u64) -> u64 {
    value ^= value >> 32;
    value = value.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    value ^= value >> 32;
    value = value.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    value ^ (value >> 32)
}

/// The bucket a hash falls in, for a power-of-two number of buckets.
#[inline]
pub(crate) const fn bucket(hash: u64, buckets: usize) -> usize {
    (hash >> 40) as usize & buckets.wrapping_sub(1)
}

/// The slot a hash lands in, given its bucket's pilot.
#[inline]
pub(crate) const fn slot(hash: u64, pilot: u16, slots: usize) -> usize {
    mix(hash ^ (pilot as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)) as usize & slots.wrapping_sub(1)
}

/// Equality of two zero-padded keys, a word at a time and inlined: keys are
/// short, and a call into the C library's `memcmp` costs more than this.
#[inline]
fn same_words(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && a.chunks_exact(8)
            .zip(b.chunks_exact(8))
            .fold(0, |differ, (x, y)| {
                differ
                    | (x.try_into().map_or(1, u64::from_le_bytes)
                        ^ y.try_into().map_or(0, u64::from_le_bytes))
            })
            == 0
}

impl<T: Copy> Index<T> {
    /// The value stored under `padded`, a key zero-padded to whole words.
    #[inline]
    pub(crate) fn get(&self, padded: &[u8]) -> Option<T> {
        let hash = hash(padded, self.seed);
        let pilot = *self.pilots.get(bucket(hash, self.pilots.len()))?;
        let entry = *self.slots.get(slot(hash, pilot, self.slots.len()))?;
        let &(stored, value) = self.entries.get(usize::from(entry))?;
        same_words(stored, padded).then_some(value)
    }

    /// Every key (without its padding) and its value, in key order.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&'static [u8], T)> + '_ {
        self.entries
            .iter()
            .map(|&(padded, value)| (unpadded(padded), value))
    }
}

/// A padded key without its trailing zero bytes.
fn unpadded(padded: &[u8]) -> &[u8] {
    let len = padded
        .iter()
        .rposition(|&byte| byte != 0)
        .map_or(0, |last| last.wrapping_add(1));
    padded.get(..len).unwrap_or_default()
}

/// `key` zero-padded to whole eight-byte words, as the index stores it.
#[cfg(test)]
pub(crate) fn pad(key: &[u8]) -> std::vec::Vec<u8> {
    let mut padded = key.to_vec();
    padded.resize(key.len().div_ceil(8) * 8, 0);
    padded
}

/// Builds an index: used by the generator that writes `keys.rs`.
#[cfg(test)]
pub(crate) mod build {
    use super::{EMPTY, bucket, hash, pad, slot};
    use std::vec;
    use std::vec::Vec;

    /// The parts of an index over `keys`, ready to be written out.
    pub(crate) struct Built {
        pub(crate) seed: u64,
        pub(crate) pilots: Vec<u16>,
        pub(crate) slots: Vec<u16>,
    }

    /// Finds a seed and pilots that give every key its own slot. Buckets
    /// average two keys and slots are at least twice the keys, so a pilot is
    /// found within a few tries; the search is deterministic.
    pub(crate) fn build(keys: &[&[u8]]) -> Built {
        let slot_count = (keys.len() * 2).next_power_of_two().max(2);
        let bucket_count = (keys.len() / 2).next_power_of_two().max(1);
        'seeds: for seed in 0..1000u64 {
            let hashes: Vec<u64> = keys.iter().map(|key| hash(&pad(key), seed)).collect();
            let mut sorted = hashes.clone();
            sorted.sort_unstable();
            if sorted.windows(2).any(|pair| pair[0] == pair[1]) {
                continue;
            }
            let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
            for (entry, &h) in hashes.iter().enumerate() {
                buckets[bucket(h, bucket_count)].push(entry);
            }
            let mut order: Vec<usize> = (0..bucket_count).collect();
            order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
            let mut pilots = vec![0u16; bucket_count];
            let mut slots = vec![EMPTY; slot_count];
            for b in order {
                let found = (0..=u16::MAX - 1).find(|&pilot| {
                    let mut taken: Vec<usize> = Vec::new();
                    buckets[b].iter().all(|&entry| {
                        let s = slot(hashes[entry], pilot, slot_count);
                        let free = slots[s] == EMPTY && !taken.contains(&s);
                        taken.push(s);
                        free
                    })
                });
                let Some(pilot) = found else { continue 'seeds };
                pilots[b] = pilot;
                for &entry in &buckets[b] {
                    slots[slot(hashes[entry], pilot, slot_count)] =
                        u16::try_from(entry).expect("fewer than 65535 keys");
                }
            }
            return Built {
                seed,
                pilots,
                slots,
            };
        }
        panic!("no seed separates these keys: two keys hash alike; strengthen index::hash");
    }
}
