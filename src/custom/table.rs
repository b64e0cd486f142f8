//! A small open-addressing hash table for the keys an organisation adds at
//! runtime. Keys are the same packed chunks the built-in perfect hashes
//! take, hashed with the same function, so a probe costs about what a
//! built-in one does: no hasher state, no allocation, usually one slot.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::index::{Chunk, fold_all, hash, same_chunks};

/// The table's seed: any constant; the keys are the caller's, not an
/// attacker's choice at lookup time, and a miss costs a probe or two.
const SEED: u64 = 0x0005_EED0_FA11_A5E5;

/// Keyed by chunks of type `C`: eight-byte chunks of words and titles, or
/// four-byte chunks of phrases' word ids.
#[derive(Clone)]
pub(crate) struct Table<T, C = u64> {
    /// A power of two in length, at most half full; `None` is a free slot.
    slots: Vec<Option<(Box<[C]>, T)>>,
    len: usize,
}

impl<T, C: Chunk> Table<T, C> {
    pub(crate) const fn new() -> Table<T, C> {
        Table {
            slots: Vec::new(),
            len: 0,
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slot where `key` is, or where it would go.
    fn find(&self, key: &[C]) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut at = (hash(fold_all(key), SEED) >> 32) as usize & mask;
        // Never full (at most half), so the walk ends at a free slot.
        loop {
            match self.slots.get(at)? {
                Some((stored, _)) if !same_chunks(stored, key) => at = at.wrapping_add(1) & mask,
                _ => return Some(at),
            }
        }
    }

    #[inline]
    pub(crate) fn get(&self, key: &[C]) -> Option<&T> {
        if self.len == 0 {
            return None;
        }
        let (_, value) = self.slots.get(self.find(key)?)?.as_ref()?;
        Some(value)
    }

    pub(crate) fn get_mut(&mut self, key: &[C]) -> Option<&mut T> {
        let at = self.find(key)?;
        let (_, value) = self.slots.get_mut(at)?.as_mut()?;
        Some(value)
    }

    /// Inserts `value` under `key`, which must not be present yet.
    pub(crate) fn insert(&mut self, key: &[C], value: T) {
        if self.len.saturating_add(1).saturating_mul(2) > self.slots.len() {
            self.grow();
        }
        if let Some(at) = self.find(key) {
            if let Some(slot) = self.slots.get_mut(at) {
                if slot.is_none() {
                    self.len = self.len.saturating_add(1);
                }
                *slot = Some((key.into(), value));
            }
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len().saturating_mul(2).max(16);
        let old = core::mem::replace(&mut self.slots, (0..size).map(|_| None).collect());
        self.len = 0;
        for (key, value) in old.into_iter().flatten() {
            if let Some(at) = self.find(&key) {
                if let Some(slot) = self.slots.get_mut(at) {
                    *slot = Some((key, value));
                    self.len = self.len.saturating_add(1);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn finds_what_was_inserted_and_nothing_else() {
        let mut table = Table::new();
        assert_eq!(table.get(&[1]), None);
        for key in 1..1000u64 {
            table.insert(&[key, key.wrapping_mul(7)], key);
        }
        for key in 1..1000u64 {
            assert_eq!(table.get(&[key, key.wrapping_mul(7)]), Some(&key));
            assert_eq!(table.get(&[key]), None);
            assert_eq!(table.get(&[key, 0]), None);
        }
        *table.get_mut(&[5, 35]).unwrap() = 0;
        assert_eq!(table.get(&[5, 35]), Some(&0));
    }
}
