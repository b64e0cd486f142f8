//! Lookups from text to a validated [`Role`] or [`Family`].
//!
//! Every lenient lookup is: the exact-title fast path, then one pass over the
//! text that packs its words into a stack buffer, then one probe of a
//! compile-time perfect hash table. Nothing allocates.
//!
//! Roles, the hot path of a validating service, go through [`PackedIndex`], a
//! perfect hash with a cheap hash function; families go through a `phf::Map`,
//! which needs no tuning and is fast enough for a lookup nobody runs in a
//! loop. Both tables are generated from the taxonomy by the test below.

use crate::keys::{FAMILY_KEYS, ROLE_INDEX};
use crate::normalize::{Mode, normalize};
use crate::packed::{Packed, with_fallback};
use crate::{Family, Role, TitleError};

/// The role that packed words name.
#[inline]
pub(crate) fn role_of_chunks(chunks: &[u64]) -> Option<Role> {
    ROLE_INDEX.get(chunks)
}

/// The role a whole packed title names.
#[inline]
fn role_of_packing(packed: &Packed) -> Result<Role, TitleError> {
    packed
        .chunks()
        .and_then(|chunks| ROLE_INDEX.get_folded(packed.folded(), chunks))
        .ok_or(TitleError::Unknown)
}

/// Every normalised key and the role it names.
pub(crate) fn role_keys() -> impl Iterator<Item = (&'static [u8], Role)> {
    ROLE_INDEX.entries()
}

#[inline(always)]
pub(crate) fn role_from_title(title: &str) -> Result<Role, TitleError> {
    match Role::from_exact_title(title) {
        Some(role) => Ok(role),
        None => role_from_messy_title(title),
    }
}

/// Everything but the exact-title fast path, kept out of line so that the
/// fast path inlines into its caller as a plain `match`.
#[inline(never)]
fn role_from_messy_title(title: &str) -> Result<Role, TitleError> {
    with_fallback(title, Mode::Lookup, role_of_packing)
}

pub(crate) fn family_from_name(name: &str) -> Result<Family, TitleError> {
    if let Some(family) = Family::from_exact_name(name) {
        return Ok(family);
    }
    let key = normalize(name, Mode::Lookup)?;
    key.bytes()
        .and_then(|bytes| FAMILY_KEYS.get(bytes).copied())
        .ok_or(TitleError::Unknown)
}
