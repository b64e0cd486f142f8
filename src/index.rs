//! A compile-time perfect hash index with a cheap hash, for the role lookups
//! that services run on every request.
//!
//! It is a two-level hash-and-displace table in the spirit of phf's (keys
//! fall into buckets; each bucket has a pilot, found at generation time, that
//! sends its keys to free slots), with a different hash. phf hashes with
//! SipHash-1-3 (128-bit output), which alone costs about as
//! much as the whole naive lower-case-and-`HashMap` lookup; see the README's
//! performance section for the numbers. Keys here are packed words (see
//! `packed.rs`), already eight-byte chunks, so an xor-rotate fold of the
//! chunks and two multiplies are enough to tell them apart. The generator
//! (`codegen::keys`, a test) proves that every key lands in its own slot.
//!
//! A lookup is: fold the key (done while packing it), hash, pick its
//! bucket's pilot, mix, read one slot, compare one key. One probe,
//! whatever the number of roles.

/// A perfect hash index from normalised keys to values.
pub(crate) struct PackedIndex<T: 'static> {
    /// Chosen by the generator so that no two keys share a full hash.
    pub(crate) seed: u64,
    /// One pilot per bucket, chosen by the generator so that the bucket's
    /// keys land in free slots. The length is a power of two. A byte each:
    /// buckets average two keys, so a free pair of slots turns up within a
    /// few dozen tries, and a seed whose bucket needs more is passed over.
    pub(crate) pilots: &'static [u8],
    /// For each slot, the entry that lives there, or `EMPTY`.
    pub(crate) slots: &'static [u16],
    /// Each key in the normaliser's form, the same key packed, and its
    /// value, in key order.
    pub(crate) entries: &'static [(&'static [u8], &'static [u64], T)],
}

/// A slot with no entry.
pub(crate) const EMPTY: u16 = u16::MAX;

/// Folds a packed key's chunks into one word. Lookups fold as they pack,
/// so the index takes the folded key rather than folding again.
#[inline(always)]
pub(crate) const fn fold(folded: u64, chunk: u64) -> u64 {
    folded.rotate_left(23) ^ chunk
}

/// A chunk of a packed key: eight bytes of a word or title, or two word ids
/// of a phrase. Folded as eight bytes either way.
pub(crate) trait Chunk: Copy + Eq + 'static {
    fn wide(self) -> u64;
}

impl Chunk for u64 {
    #[inline(always)]
    fn wide(self) -> u64 {
        self
    }
}

impl Chunk for u32 {
    #[inline(always)]
    fn wide(self) -> u64 {
        u64::from(self)
    }
}

/// Folds every chunk of a packed key.
#[inline]
pub(crate) fn fold_all<C: Chunk>(chunks: &[C]) -> u64 {
    chunks
        .iter()
        .fold(0, |folded, &chunk| fold(folded, chunk.wide()))
}

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xD6E8_FEB8_6659_FD93;

/// Hashes a folded key: a multiply, an xor-shift and a multiply, so every
/// input bit reaches the high bits, which [`bucket`] and [`slot`] read.
#[inline]
pub(crate) const fn hash(folded: u64, seed: u64) -> u64 {
    let value = (folded ^ seed).wrapping_mul(K1);
    (value ^ (value >> 29)).wrapping_mul(K2)
}

/// The bucket a hash falls in, for a power-of-two number of buckets.
#[inline]
pub(crate) const fn bucket(hash: u64, buckets: usize) -> usize {
    (hash >> 32) as usize & buckets.wrapping_sub(1)
}

/// The slot a hash lands in, given its bucket's pilot: the high bits of one
/// more multiply, scaled to the number of slots by a multiply and a shift
/// (Lemire's reduction), so that a table may have any number of slots, not
/// only a power of two.
#[inline]
pub(crate) const fn slot(hash: u64, pilot: u8, slots: usize) -> usize {
    let mixed = (hash ^ (pilot as u64).wrapping_mul(K1)).wrapping_mul(K2);
    ((mixed >> 32).wrapping_mul(slots as u64) >> 32) as usize
}

/// Equality of two packed keys, inlined: keys are a few chunks, and a call
/// into the C library's `memcmp` costs more than this.
#[inline]
pub(crate) fn same_chunks<C: Chunk>(a: &[C], b: &[C]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl<T: Copy> PackedIndex<T> {
    /// The value stored under a packed key.
    #[inline]
    pub(crate) fn get(&self, chunks: &[u64]) -> Option<T> {
        self.get_folded(fold_all(chunks), chunks)
    }

    /// The value stored under a packed key, given the key's fold.
    #[inline]
    pub(crate) fn get_folded(&self, folded: u64, chunks: &[u64]) -> Option<T> {
        let hash = hash(folded, self.seed);
        let pilot = *self.pilots.get(bucket(hash, self.pilots.len()))?;
        let entry = *self.slots.get(slot(hash, pilot, self.slots.len()))?;
        let &(_, stored, value) = self.entries.get(usize::from(entry))?;
        same_chunks(stored, chunks).then_some(value)
    }

    /// Every key, in the normaliser's form, and its value, in key order.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&'static [u8], T)> + '_ {
        self.entries.iter().map(|&(key, _, value)| (key, value))
    }

    /// Every packed key, in key order.
    #[cfg(test)]
    pub(crate) fn packed_keys(&self) -> impl Iterator<Item = &'static [u64]> + '_ {
        self.entries.iter().map(|&(_, packed, _)| packed)
    }
}

/// A perfect hash table of short keys of a few chunks: the word and phrase
/// tables of `classify`, which it probes a dozen times a title. The keys are
/// stored end to end with where each ends, so a key takes the chunks it has
/// and no padding (most are one chunk; padding every key to four made these
/// tables most of the WebAssembly package's size). The entries lie in slot
/// order, an empty slot as an empty key, so a probe reads the entry at its
/// slot with no table of slots between (one dependent load less, and two
/// bytes a slot less than a slot table). The phrase table's chunks are four
/// bytes, two word ids, since most phrases are of one or two words.
pub(crate) struct ShortIndex<C: 'static, T: 'static> {
    pub(crate) seed: u64,
    pub(crate) pilots: &'static [u8],
    /// Every slot's key chunks, one slot after another.
    pub(crate) chunks: &'static [C],
    /// Where each slot's key ends in `chunks`; it starts where the slot
    /// before it ends. The length is the number of slots.
    pub(crate) ends: &'static [u16],
    /// Each slot's value; an empty slot's is never read.
    pub(crate) values: &'static [T],
}

impl<C: Chunk, T: Copy> ShortIndex<C, T> {
    /// The value stored under `key`.
    #[inline]
    pub(crate) fn get(&self, key: &[C]) -> Option<T> {
        let hash = hash(fold_all(key), self.seed);
        let pilot = *self.pilots.get(bucket(hash, self.pilots.len()))?;
        let entry = slot(hash, pilot, self.ends.len());
        same_chunks(self.stored(entry)?, key).then_some(*self.values.get(entry)?)
    }
}

impl<C, T> ShortIndex<C, T> {
    /// The key stored at `slot`, `None` past the end. Its start is where
    /// the slot before ends.
    #[inline]
    fn stored(&self, slot: usize) -> Option<&'static [C]> {
        let end = usize::from(*self.ends.get(slot)?);
        let start = match slot.checked_sub(1) {
            Some(before) => usize::from(*self.ends.get(before)?),
            None => 0,
        };
        self.chunks.get(start..end)
    }

    /// The key stored at `slot`: empty for an empty slot or one past the
    /// end.
    pub(crate) fn key_at(&self, slot: usize) -> &'static [C] {
        self.stored(slot).unwrap_or_default()
    }
}

/// Builds an index: used by the generators that write `keys.rs` and
/// `word_table.rs`.
#[cfg(test)]
pub(crate) mod build {
    use super::{EMPTY, bucket, fold_all, hash, slot};
    use std::vec;
    use std::vec::Vec;

    /// The parts of an index over `keys`, ready to be written out.
    pub(crate) struct Built {
        pub(crate) seed: u64,
        pub(crate) pilots: Vec<u8>,
        pub(crate) slots: Vec<u16>,
    }

    /// Finds a seed and pilots that give every key its own slot. Buckets
    /// average two keys and slots are at least twice the keys, so a pilot is
    /// found within a few tries; the search is deterministic.
    pub(crate) fn build(keys: &[&[u64]]) -> Built {
        build_with_slots(keys, (keys.len() * 2).next_power_of_two().max(2), 1000)
            .expect("no seed separates these keys: two keys hash alike; strengthen index::hash")
    }

    /// [`build`] with as few slots as a byte's pilots allow, for the large
    /// tables of `classify`: every slot costs four bytes of the WebAssembly
    /// package, and a power of two would leave up to half of them empty.
    /// Starts a thirty-second over the keys and adds a sixty-fourth until
    /// some seed places every key.
    /// Gives up, as [`build`] does, when even twice the keys' slots place
    /// none: two keys then hash alike.
    pub(crate) fn build_dense(keys: &[&[u64]]) -> Built {
        let step = keys.len() / 64 + 1;
        (keys.len() + keys.len() / 32 + 1..=keys.len() * 2 + 2)
            .step_by(step)
            .find_map(|slot_count| build_with_slots(keys, slot_count, 20))
            .expect("no seed separates these keys: two keys hash alike; strengthen index::hash")
    }

    fn build_with_slots(keys: &[&[u64]], slot_count: usize, seeds: u64) -> Option<Built> {
        let bucket_count = (keys.len() / 2).next_power_of_two().max(1);
        'seeds: for seed in 0..seeds {
            let hashes: Vec<u64> = keys.iter().map(|key| hash(fold_all(key), seed)).collect();
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
            let mut pilots = vec![0u8; bucket_count];
            let mut slots = vec![EMPTY; slot_count];
            for b in order {
                let found = (0..=u8::MAX).find(|&pilot| {
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
            return Some(Built {
                seed,
                pilots,
                slots,
            });
        }
        None
    }
}
