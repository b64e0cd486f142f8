//! The scanner: text to a packing in one pass, and the policy for when a
//! failed lookup must be retried exactly.
//!
//! Plain text is packed by a fast scanner; everything else goes through the
//! normaliser in `normalize.rs` and is packed from its output. The scanner
//! cuts two corners, both safe for lookups:
//! - it skips the respelling rules. No table key holds a word the rules
//!   respell (the generator checks), so a key that still has one matches
//!   nothing;
//! - it lets the ASCII punctuation at and above `0` (`:` to `@`, `[` to
//!   `` ` `` but `_`, `{` to DEL) into words, with bit 0x20 set, as it sets it
//!   to lower-case a letter. That bit never turns such a byte into a letter or
//!   digit, and every key and every word the title parser looks for is
//!   letters and digits only, so such a word matches nothing either.
//!
//! So a lookup that succeeds on the fast packing is the answer, and one that
//! fails is retried on the exact packing when either corner was cut
//! ([`with_fallback`]), which also gives the exact error.

use super::{MARK, Packed, packed_word};
use crate::index::fold;
use crate::normalize::{Mode, RESPELLINGS, is_separator, normalize};
use crate::{MAX_TITLE_LEN, TitleError};

/// Packs `input` for a lookup, perhaps cutting the corners the module
/// documentation describes.
pub(crate) fn pack(input: &str, mode: Mode) -> Result<Packed, TitleError> {
    let mut packed = Packed::new();
    pack_into(input, mode, &mut packed)?;
    Ok(packed)
}

/// [`pack`] into a packing the caller owns: hot paths never copy one.
#[inline(always)]
fn pack_into(input: &str, mode: Mode, out: &mut Packed) -> Result<(), TitleError> {
    let bytes = input.as_bytes();
    if bytes.len() > MAX_TITLE_LEN {
        return Err(TitleError::too_long(bytes.len()));
    }
    if scan_plain(bytes, mode, out) {
        return Ok(());
    }
    *out = pack_general(input, mode)?;
    Ok(())
}

/// Packs `input` with every rule applied.
#[inline(never)]
pub(crate) fn pack_general(input: &str, mode: Mode) -> Result<Packed, TitleError> {
    let key = normalize(input, mode)?;
    Ok(match key.bytes() {
        Some(bytes) => Packed::from_key(bytes),
        None => {
            let mut packed = Packed::new();
            packed.overflowed = true;
            packed
        }
    })
}

/// Packs `input` exactly, taking the fast path when it cut no corner.
pub(crate) fn pack_exact(input: &str, mode: Mode) -> Result<Packed, TitleError> {
    let packed = pack(input, mode)?;
    if packed.needs_exact(input) {
        return pack_general(input, mode);
    }
    Ok(packed)
}

/// Runs `lookup` on the fast packing of `input` and, when that fails and the
/// fast path cut a corner, once more on the exact packing.
#[inline(always)]
pub(crate) fn with_fallback<T>(
    input: &str,
    mode: Mode,
    lookup: impl Fn(&Packed) -> Result<T, TitleError>,
) -> Result<T, TitleError> {
    let mut packed = Packed::new();
    pack_into(input, mode, &mut packed)?;
    match lookup(&packed) {
        Err(_) if packed.needs_exact(input) => lookup(&pack_general(input, mode)?),
        result => result,
    }
}

/// The fast path, for the common text: ASCII letters, digits and separators
/// (and, in a title, brackets and commas; and the punctuation the module
/// documentation describes). Returns `false`, having perhaps written part of
/// a packing, for anything else, which the general path then handles from
/// the start: other characters, empty text, and text too long to be a key.
#[inline(always)]
fn scan_plain(bytes: &[u8], mode: Mode, out: &mut Packed) -> bool {
    // Counters in locals, not in `out`: the chunk stores could alias them.
    let mut offset: usize = 0;
    let mut len: usize = 0;
    let mut words: usize = 0;
    let mut folded: u64 = 0;
    let mut band_word = false;
    loop {
        // Separators: usually one or two bytes, so a byte at a time.
        while let Some(&byte) = bytes.get(offset) {
            if !is_separator(byte) {
                break;
            }
            offset = offset.wrapping_add(1);
        }
        if offset >= bytes.len() {
            break;
        }
        let Some(start) = out.starts.get_mut(words) else {
            return false;
        };
        // `len` is at most `CHUNK_CAP`, far below 256.
        *start = len as u8;
        words = words.wrapping_add(1);
        let (mut chunk, mut count) = word_prefix(load8(bytes, offset));
        if count == 0 {
            // In a title, `(`, `)` and `,` are words of their own.
            match bytes.get(offset) {
                Some(&mark @ (b'(' | b')' | b',')) if mode == Mode::Parsed => {
                    chunk = u64::from(mark);
                    count = 1;
                }
                _ => return false,
            }
        }
        chunk |= MARK;
        if mode == Mode::Parsed {
            band_word |= chunk & 0xFFFF_FFFF == BAND_PREFIX;
        }
        loop {
            let Some(slot) = out.chunks.get_mut(len) else {
                return false;
            };
            *slot = chunk;
            folded = fold(folded, chunk);
            len = len.wrapping_add(1);
            offset = offset.wrapping_add(count);
            if count < 8 {
                break;
            }
            (chunk, count) = word_prefix(load8(bytes, offset));
            if count == 0 {
                break;
            }
        }
    }
    if let Some(end) = out.starts.get_mut(words) {
        *end = len as u8;
    }
    out.len = len;
    out.words = words;
    out.folded = folded;
    out.band_word = band_word;
    words > 0
}

/// The first chunk of each word the rules respell, packed: a word whose
/// first chunk is one of these may be respelled.
#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "evaluated at compile time, where an out-of-bounds index or an overflow fails the build"
)]
pub(super) const RESPELLED: [u64; RESPELLINGS.len()] = {
    let mut chunks = [0; RESPELLINGS.len()];
    let mut index = 0;
    while index < RESPELLINGS.len() {
        let word = RESPELLINGS[index].word;
        let first = match word.split_first_chunk::<8>() {
            Some((first, _)) => first.as_slice(),
            None => word,
        };
        chunks[index] = packed_word(first)[0];
        index += 1;
    }
    chunks
};

/// The first four bytes of a packed word that starts "band".
const BAND_PREFIX: u64 = packed_word(b"band")[0];

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// For eight input bytes: how many come before the first that cannot be in
/// a word (anything below `0`, `_`, and bytes of 0x80 and above), and those
/// bytes with bit 0x20 set and the rest zero. Bit 0x20 lower-cases a letter
/// and leaves a digit as it is.
#[inline(always)]
fn word_prefix(word: u64) -> (u64, usize) {
    // Each test adds to the low seven bits of every byte at once; no sum
    // reaches 0x100, so no byte carries into the next.
    let seven_bits = word & !HIGH_BITS;
    let at_least_zero = seven_bits.wrapping_add(ONES.wrapping_mul(0x80 - 0x30));
    let not_underscore =
        (seven_bits ^ ONES.wrapping_mul(0x5F)).wrapping_add(ONES.wrapping_mul(0x7F));
    let stops = !(at_least_zero & not_underscore & !word) & HIGH_BITS;
    // The lanes before the first stop: moved to the low bit of its lane, the
    // first stop bit less one sets every bit below it, and every bit when
    // there is no stop at all.
    let kept = ((stops & stops.wrapping_neg()) >> 7).wrapping_sub(1);
    let count = stops.trailing_zeros() / 8;
    ((word | ONES.wrapping_mul(0x20)) & kept, count as usize)
}

/// Whether `bytes` holds punctuation that [`word_prefix`] lets into words
/// without its being a letter or digit.
pub(super) fn has_punctuation(bytes: &[u8]) -> bool {
    // The bytes 0x3A..=0x40, 0x5B..=0x5E, 0x60 and 0x7B..=0x7F, eight at a
    // time: the high bit of `at_least(n)` says a byte is `n` or more.
    let mut found = 0;
    let mut offset: usize = 0;
    while offset < bytes.len() {
        let word = load8(bytes, offset);
        let seven_bits = word & !HIGH_BITS;
        let at_least =
            |low: u64| seven_bits.wrapping_add(ONES.wrapping_mul(0x80u64.wrapping_sub(low)));
        found |= ((at_least(0x3A) & !at_least(0x41))
            | (at_least(0x5B) & !at_least(0x5F))
            | (at_least(0x60) & !at_least(0x61))
            | at_least(0x7B))
            & !word;
        offset = offset.wrapping_add(8);
    }
    found & HIGH_BITS != 0
}

/// The eight bytes of `bytes` from `offset` as a little-endian word, with
/// zeros past the end.
#[inline(always)]
fn load8(bytes: &[u8], offset: usize) -> u64 {
    let end = offset.wrapping_add(8);
    if let Some(chunk) = bytes.get(offset..end).and_then(<[u8]>::first_chunk::<8>) {
        return u64::from_le_bytes(*chunk);
    }
    // Within the last eight bytes: read those and shift off the ones before
    // `offset`.
    if let Some(last) = bytes.last_chunk::<8>() {
        let before = offset.wrapping_add(8).wrapping_sub(bytes.len());
        return u32::try_from(before.wrapping_mul(8))
            .ok()
            .and_then(|shift| u64::from_le_bytes(*last).checked_shr(shift))
            .unwrap_or(0);
    }
    load_short(bytes, offset)
}

/// [`load8`] for text shorter than eight bytes.
#[inline(never)]
fn load_short(bytes: &[u8], offset: usize) -> u64 {
    bytes
        .get(offset..)
        .unwrap_or_default()
        .iter()
        .rev()
        .fold(0, |word, &byte| word << 8 | u64::from(byte))
}

#[cfg(test)]
mod tests {
    use super::super::{CHUNK_CAP, TEXT_CAP};
    use super::*;
    use std::string::String;
    use std::vec::Vec;

    fn general(text: &str, mode: Mode) -> Option<Vec<u64>> {
        pack_general(text, mode)
            .ok()
            .and_then(|packed| packed.chunks().map(<[u64]>::to_vec))
    }

    fn fast(text: &str, mode: Mode) -> Option<Vec<u64>> {
        let mut packed = Packed::new();
        scan_plain(text.as_bytes(), mode, &mut packed)
            .then(|| packed.chunks().map(<[u64]>::to_vec))
            .flatten()
    }

    #[test]
    fn words_pack_into_marked_chunks() {
        let packed = Packed::from_key(b"bioinformatics-it-x");
        assert_eq!(
            packed.chunks(),
            Some(
                &[
                    u64::from_le_bytes(*b"bioinfor") | MARK,
                    u64::from_le_bytes(*b"matics\0\0"),
                    u64::from_le_bytes(*b"it\0\0\0\0\0\0") | MARK,
                    u64::from_le_bytes(*b"x\0\0\0\0\0\0\0") | MARK,
                ][..]
            )
        );
        assert_eq!(packed.word_count(), 3);
        assert_eq!(packed.word_chunks(1, 3).len(), 2);
        // A word split at a chunk boundary is not the word.
        assert_ne!(
            Packed::from_key(b"bioinfor-matician").chunks(),
            Packed::from_key(b"bioinformatician").chunks()
        );
        assert_eq!(
            packed_word(b"bioinformatics"),
            [packed.chunks().unwrap()[0], packed.chunks().unwrap()[1]]
        );
    }

    #[test]
    fn text_round_trips() {
        for key in [
            "clinical-safety-officer",
            "a",
            "bioinformatician-x-(-band-8a-)",
            "abcdefgh-abcdefghabcdefgh",
        ] {
            let packed = Packed::from_key(key.as_bytes());
            let mut out = [0; TEXT_CAP];
            let words = packed.word_count();
            assert_eq!(packed.write_text(0, words, &mut out), key.as_bytes());
        }
        let packed = Packed::from_key(b"senior-data-analyst-band-7");
        let mut out = [0; TEXT_CAP];
        assert_eq!(packed.write_text(1, 3, &mut out), b"data-analyst");
    }

    #[test]
    fn too_many_words_or_chunks_overflow() {
        let many: String = (0..17).map(|_| "a-").collect();
        assert!(Packed::from_key(many.as_bytes()).overflowed());
        assert!(Packed::from_key("abcdefgh".repeat(17).as_bytes()).overflowed());
        let fits: String = (0..16).map(|_| "a-").collect();
        assert!(!Packed::from_key(fits.as_bytes()).overflowed());
        assert_eq!(fast(&"a ".repeat(17), Mode::Lookup), None);
        assert!(pack(&"a ".repeat(17), Mode::Lookup).is_ok_and(|p| p.overflowed()));
    }

    #[test]
    fn runs_stop_at_the_first_byte_that_cannot_be_in_a_word() {
        for (input, lowered, count) in [
            (*b"ClinICAL", *b"clinical", 8),
            (*b"Data Ana", *b"data\0\0\0\0", 4),
            (*b" Analyst", [0; 8], 0),
            (*b"a9Z@[`{_", *b"a9z`{`{\0", 7),
            (*b"09AZaz.-", *b"09azaz\0\0", 6),
            (*b"abcdefg\t", *b"abcdefg\0", 7),
            ([b'a', 0xC3, 0xA9, b'b', 0, 0, 0, 0], *b"a\0\0\0\0\0\0\0", 1),
        ] {
            assert_eq!(
                word_prefix(u64::from_le_bytes(input)),
                (u64::from_le_bytes(lowered), count)
            );
        }
        // Every byte value, alone at the front of a run.
        for byte in 0..=255u8 {
            let (lowered, count) = word_prefix(u64::from_le_bytes([
                byte, b'x', b'x', b'x', b'x', b'x', b'x', b'x',
            ]));
            let in_word = (0x30..0x80).contains(&byte) && byte != b'_';
            assert_eq!(count == 8, in_word, "{byte:#x}");
            assert_eq!(
                in_word && !byte.is_ascii_alphanumeric(),
                has_punctuation(&[byte])
            );
            if in_word {
                assert_eq!(lowered as u8, byte | 0x20);
                // Setting the bit never makes a letter or digit of anything else.
                assert_eq!(
                    (byte | 0x20).is_ascii_alphanumeric(),
                    byte.is_ascii_alphanumeric()
                );
                if byte.is_ascii_alphanumeric() {
                    assert_eq!(lowered as u8, byte.to_ascii_lowercase());
                }
            } else {
                assert_eq!(lowered, 0);
            }
        }
    }

    #[test]
    fn loads_pad_with_zeros_past_the_end() {
        let text = b"abcdefghij";
        assert_eq!(load8(text, 0), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(load8(text, 3), u64::from_le_bytes(*b"defghij\0"));
        assert_eq!(load8(text, 9), u64::from_le_bytes(*b"j\0\0\0\0\0\0\0"));
        assert_eq!(load8(text, 10), 0);
        assert_eq!(load8(b"abc", 1), u64::from_le_bytes(*b"bc\0\0\0\0\0\0"));
        assert_eq!(load8(b"abc", 3), 0);
    }

    #[test]
    fn the_fast_path_declines_what_it_cannot_do() {
        for text in [
            "",
            "  ",
            "-_-",
            "Data.Analyst",
            "R&D",
            "Caf\u{e9}",
            "a\0b",
            "x(y)",
            "a\u{a0}b",
        ] {
            assert_eq!(fast(text, Mode::Lookup), None, "{text:?}");
        }
        assert_eq!(fast("x(y)", Mode::Parsed), general("x(y)", Mode::Parsed));
        assert_eq!(
            fast("ABCDEFGH", Mode::Lookup),
            general("abcdefgh", Mode::Lookup)
        );
    }

    #[test]
    fn the_exact_packing_is_needed_only_where_a_corner_was_cut() {
        let check = |text: &str, expected: bool| {
            let packed = pack(text, Mode::Lookup).unwrap();
            assert_eq!(packed.needs_exact(text), expected, "{text}");
        };
        check("Cyber Defense Specialist", true);
        check("Cybersecurity Analyst", true);
        check("Information Technology", true);
        check("User Centered Design", true);
        check("Data@Analyst", true);
        check("Data Analyst\u{7f}", true);
        // Every rule's word, wherever it stands, and whatever its case.
        for rule in &RESPELLINGS {
            let word = core::str::from_utf8(rule.word).unwrap();
            check(word, true);
            check(&std::format!("Senior {} Lead", word.to_uppercase()), true);
        }
        check("Clinical Safety Officer", false);
        check("Data Analyst 2", false);
        // The general path has done everything already.
        check("Cyber Defense Specialist.", false);
        assert_eq!(
            pack_exact("Cyber Defense Specialist", Mode::Lookup)
                .unwrap()
                .chunks(),
            Packed::from_key(b"cyber-defence-specialist").chunks()
        );
        assert_eq!(
            pack_exact("Data@Analyst", Mode::Lookup).unwrap().chunks(),
            Packed::from_key(b"data@analyst").chunks()
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]

        #[test]
        fn the_fast_path_agrees_with_the_general_path(
            text in "[A-Za-z0-9 \t_(),@\\[`{~\\-]{0,100}|(Cyber ?security|Defen[cs]e|Cent(er|re)(ed)?|Information Technology|[a-z]{1,17}|Band 7|\\(|\\)|,| |_|-){0,18}"
        ) {
            for mode in [Mode::Lookup, Mode::Parsed] {
                let mut packed = Packed::new();
                if scan_plain(text.as_bytes(), mode, &mut packed) {
                    let general = pack_general(&text, mode).expect("plain text packs");
                    if packed.needs_exact(&text) {
                        // Only a cut corner can make them differ.
                        continue;
                    }
                    proptest::prop_assert_eq!(packed.chunks(), general.chunks());
                    proptest::prop_assert_eq!(packed.word_count(), general.word_count());
                } else {
                    proptest::prop_assert!(
                        general(&text, mode).is_none()
                            || !text.bytes().all(|b| b.is_ascii_alphanumeric() || b" \t_-".contains(&b))
                            || text.split([' ', '\t', '_', '-']).filter(|w| !w.is_empty()).count() > 16
                            || text.split([' ', '\t', '_', '-']).map(|w| w.len().div_ceil(8)).sum::<usize>() > CHUNK_CAP
                    );
                }
            }
        }
    }
}
