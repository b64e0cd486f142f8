//! The one normaliser every lenient lookup goes through.
//!
//! It turns free text into the shape of an id (`"  Clinical   SAFETY officer "`
//! becomes `clinical-safety-officer`) in a single pass over the input, writing
//! into a fixed buffer on the stack. Because every id is already in that shape,
//! the lookup tables' keys are simply the ids plus the normalised aliases.

use crate::{MAX_TITLE_LEN, TitleError};

/// Room for the longest key plus seniority and band words. Nothing valid comes
/// close: the longest id is 36 bytes. Text that does not fit cannot match, so
/// the buffer marks itself overflowed instead of growing.
pub(crate) const KEY_CAP: usize = 96;

/// How punctuation that is not part of the matching rules is treated.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Role and family names: other punctuation stays inside its word, so the
    /// key can never match and the lookup fails cleanly.
    Name,
    /// Real-world titles: `(`, `)` and `,` become words of their own, so the
    /// title parser can find a pay band written in parentheses or after a comma.
    Title,
}

/// A normalised key: lower-case ASCII words joined by `-`.
///
/// The buffer past `len` is always zero, so the key can be hashed eight bytes
/// at a time without looking at its length first.
pub(crate) struct Key {
    buf: [u8; KEY_CAP],
    len: usize,
    overflowed: bool,
}

impl Key {
    /// An empty key, ready for [`normalize_into`].
    #[inline]
    pub(crate) const fn new() -> Key {
        Key {
            buf: [0; KEY_CAP],
            len: 0,
            overflowed: false,
        }
    }

    /// A copy of `bytes` as a key (used for the role part of a longer title).
    pub(crate) fn from_bytes(bytes: &[u8]) -> Key {
        let mut key = Key::new();
        match key.buf.get_mut(..bytes.len()) {
            Some(prefix) => {
                prefix.copy_from_slice(bytes);
                key.len = bytes.len();
            }
            None => key.overflowed = true,
        }
        key
    }

    /// The key zero-padded to whole eight-byte words, as the index hashes
    /// it, or `None` when the text did not fit.
    #[inline]
    pub(crate) fn padded(&self) -> Option<&[u8]> {
        if self.overflowed {
            None
        } else {
            self.buf.get(..self.len.div_ceil(8).wrapping_mul(8))
        }
    }

    /// The key's bytes, or `None` when the text did not fit and so cannot be
    /// a key of any table.
    #[inline]
    pub(crate) fn bytes(&self) -> Option<&[u8]> {
        if self.overflowed {
            None
        } else {
            self.buf.get(..self.len)
        }
    }
}

/// Writes a key. Kept apart from [`Key`] so that its counters live in
/// registers while the loop runs, not in the returned value's memory.
struct Writer<'b> {
    buf: &'b mut [u8; KEY_CAP],
    len: usize,
    word_start: usize,
    previous_word_start: usize,
    in_word: bool,
    overflowed: bool,
}

impl Writer<'_> {
    #[inline(always)]
    fn push_byte(&mut self, byte: u8) {
        match self.buf.get_mut(self.len) {
            Some(slot) => {
                *slot = byte;
                self.len = self.len.wrapping_add(1);
            }
            None => self.overflowed = true,
        }
    }

    #[inline(always)]
    fn push_letter(&mut self, byte: u8) {
        if !self.in_word {
            if self.len > 0 {
                self.push_byte(b'-');
            }
            self.previous_word_start = self.word_start;
            self.word_start = self.len;
            self.in_word = true;
        }
        self.push_byte(byte);
    }

    #[inline(always)]
    fn end_word(&mut self) {
        if self.in_word {
            self.in_word = false;
            self.respell_last_word();
        }
    }

    /// Everything but letters, digits and ASCII separators: rare in titles.
    /// Returns the offset past the character. Inlined like the rest: were
    /// `self` to escape into a call, its counters would live in memory.
    #[inline(always)]
    fn push_other(
        &mut self,
        input: &str,
        offset: usize,
        class: u8,
        mode: Mode,
    ) -> Result<usize, TitleError> {
        let next = offset.wrapping_add(1);
        let byte = input.as_bytes().get(offset).copied().unwrap_or_default();
        match class {
            DROPPED => {}
            AMPERSAND => self.push_word(b"and"),
            BRACKET if mode == Mode::Title => self.push_word(&[byte]),
            CONTROL => {
                let character = char::from(byte);
                return Err(TitleError::InvalidCharacter { character, offset });
            }
            NON_ASCII => {
                let character = input.get(offset..).and_then(|rest| rest.chars().next());
                let Some(character) = character else {
                    return Err(TitleError::Unknown);
                };
                if character.is_whitespace() || matches!(character, '\u{2010}'..='\u{2015}') {
                    self.end_word();
                } else if matches!(character, '\u{2018}' | '\u{2019}') {
                    // An apostrophe: dropped.
                } else if is_invisible(character) {
                    return Err(TitleError::InvalidCharacter { character, offset });
                } else {
                    return Err(TitleError::UnsupportedCharacter { character, offset });
                }
                return Ok(offset.wrapping_add(character.len_utf8()));
            }
            // Other ASCII punctuation stays in its word, so the key cannot match.
            _ => self.push_letter(byte),
        }
        Ok(next)
    }

    #[inline(always)]
    fn push_word(&mut self, word: &[u8]) {
        self.end_word();
        for &byte in word {
            self.push_letter(byte);
        }
        self.end_word();
    }

    /// Replaces the word just finished with the spelling the keys use.
    #[inline(always)]
    fn respell_last_word(&mut self) {
        let Some(word) = self.buf.get(self.word_start..self.len) else {
            return;
        };
        let (start, replacement): (usize, &[u8]) = match word {
            b"cybersecurity" => (self.word_start, b"cyber-security"),
            b"defense" => (self.word_start, b"defence"),
            b"center" => (self.word_start, b"centre"),
            b"centered" => (self.word_start, b"centred"),
            b"technology" if self.previous_word_is(b"information") => {
                (self.previous_word_start, b"it")
            }
            _ => return,
        };
        let old_len = self.len;
        self.len = start;
        self.word_start = start;
        for &byte in replacement {
            self.push_byte(byte);
        }
        // Keep the promise that the buffer is zero past the key.
        if let Some(tail) = self.buf.get_mut(self.len..old_len) {
            tail.fill(0);
        }
    }

    #[inline(always)]
    fn previous_word_is(&self, expected: &[u8]) -> bool {
        // The previous word ends one separator byte before the current word.
        let end = self.word_start.saturating_sub(1);
        self.word_start > self.previous_word_start
            && self.buf.get(self.previous_word_start..end) == Some(expected)
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Sets the high bit of each byte of `word` that lies in `low..=high`.
/// Bytes of 0x80 and above are never in range. No lane carries into the next:
/// every sum below stays under 0x100.
#[inline]
const fn bytes_in_range(word: u64, low: u8, high: u8) -> u64 {
    let seven_bits = word & !HIGH_BITS;
    let at_least_low = seven_bits.wrapping_add(ONES.wrapping_mul(0x80u64.wrapping_sub(low as u64)));
    let above_high = seven_bits.wrapping_add(ONES.wrapping_mul(0x7Fu64.wrapping_sub(high as u64)));
    at_least_low & !above_high & !word & HIGH_BITS
}

/// For eight input bytes: the bytes lower-cased, with everything from the
/// first byte that is not an ASCII letter or digit on set to zero, and how
/// many bytes came before it.
#[inline]
fn lower_alphanumeric_prefix(word: u64) -> ([u8; 8], usize) {
    // `bytes_in_range` with its constants worked out: this runs for every
    // eight bytes of every title, and the folded form is half the work.
    let lower = word | ONES.wrapping_mul(0x20);
    let seven_bits = lower & !HIGH_BITS;
    let letters = seven_bits.wrapping_add(ONES.wrapping_mul(0x80 - 0x61))
        & !seven_bits.wrapping_add(ONES.wrapping_mul(0x7F - 0x7A))
        & !lower
        & HIGH_BITS;
    let seven_bits = word & !HIGH_BITS;
    let digits = seven_bits.wrapping_add(ONES.wrapping_mul(0x80 - 0x30))
        & !seven_bits.wrapping_add(ONES.wrapping_mul(0x7F - 0x39))
        & !word
        & HIGH_BITS;
    let stops = !(letters | digits) & HIGH_BITS;
    let count = stops.trailing_zeros() / 8;
    // Bit 0x20 lower-cases a letter; the high bit of a letter lane, moved
    // down two places, is exactly that bit.
    let lowered = word | (letters >> 2);
    let kept = u64::MAX
        .checked_shr(64u32.wrapping_sub(count.wrapping_mul(8)))
        .unwrap_or(0);
    ((lowered & kept).to_le_bytes(), count as usize)
}

/// The fast path, for the common text: ASCII letters, digits and separators
/// only, no word that the rules respell, and a key that fits with room to
/// spare. Returns the key's length, or `None` for anything else, which the
/// general path then handles from the start. It moves eight bytes at a time
/// through runs of letters and does no per-word bookkeeping.
#[inline(always)]
fn normalize_plain(bytes: &[u8], mode: Mode, buf: &mut [u8; KEY_CAP]) -> Option<usize> {
    // The first eight letters of each word the general path may respell.
    const RESPELLED: [u64; 4] = [
        u64::from_le_bytes(*b"cybersec"),
        u64::from_le_bytes(*b"defense\0"),
        u64::from_le_bytes(*b"center\0\0"),
        u64::from_le_bytes(*b"technolo"),
    ];
    const CENTERED: u64 = u64::from_le_bytes(*b"centered");
    let mut offset = 0;
    let mut len = 0;
    loop {
        // Separators: usually one or two bytes, so a byte at a time.
        while let Some(&byte) = bytes.get(offset) {
            if !matches!(byte, b' ' | b'\t'..=b'\r' | b'-' | b'_') {
                break;
            }
            offset = offset.wrapping_add(1);
        }
        if offset >= bytes.len() {
            return (len > 0).then_some(len);
        }
        if len > 0 {
            *buf.get_mut(len)? = b'-';
            len = len.wrapping_add(1);
        }
        // In a title, `(`, `)` and `,` are words of their own.
        if let Some(&mark @ (b'(' | b')' | b',')) = bytes.get(offset) {
            if mode != Mode::Title {
                return None;
            }
            *buf.get_mut(len)? = mark;
            len = len.wrapping_add(1);
            offset = offset.wrapping_add(1);
            continue;
        }
        let start = len;
        loop {
            let (lowered, count) = lower_alphanumeric_prefix(load8(bytes, offset));
            *buf.get_mut(len..)?.first_chunk_mut::<8>()? = lowered;
            len = len.wrapping_add(count);
            offset = offset.wrapping_add(count);
            if count < 8 {
                break;
            }
        }
        let first = u64::from_le_bytes(*buf.get(start..)?.first_chunk::<8>()?);
        // No letters here means a character the fast path does not handle.
        let [cyber, defense, center, technology] = RESPELLED;
        let respelled = (first == cyber)
            | (first == defense)
            | (first == center)
            | (first == technology)
            | (first == CENTERED);
        if len == start || respelled {
            return None;
        }
    }
}

/// Calls `found` with the offset of every `-` in `key`, eight bytes at a time.
pub(crate) fn for_each_hyphen(key: &[u8], mut found: impl FnMut(usize)) {
    let mut base: usize = 0;
    while base < key.len() {
        // Past the end of the key the word holds zeros, never a hyphen.
        let mut hyphens = bytes_in_range(load8(key, base), b'-', b'-');
        while hyphens != 0 {
            found(base.wrapping_add((hyphens.trailing_zeros() / 8) as usize));
            hyphens &= hyphens.wrapping_sub(1);
        }
        base = base.wrapping_add(8);
    }
}

/// The eight bytes of `bytes` from `offset` as a little-endian word, with
/// zeros past the end.
#[inline(always)]
fn load8(bytes: &[u8], offset: usize) -> u64 {
    match bytes.get(offset..).and_then(<[u8]>::first_chunk::<8>) {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => load_tail(bytes, offset),
    }
}

/// [`load8`] within the last eight bytes of the input: reads those eight
/// bytes and shifts off the ones before `offset`.
#[inline(never)]
fn load_tail(bytes: &[u8], offset: usize) -> u64 {
    if let Some(start) = bytes.len().checked_sub(8) {
        if let Some(last) = bytes.get(start..).and_then(<[u8]>::first_chunk::<8>) {
            let shift = offset.saturating_sub(start).saturating_mul(8);
            return u32::try_from(shift)
                .ok()
                .and_then(|shift| u64::from_le_bytes(*last).checked_shr(shift))
                .unwrap_or(0);
        }
    }
    bytes
        .get(offset..)
        .unwrap_or_default()
        .iter()
        .take(8)
        .rev()
        .fold(0, |word, &byte| word << 8 | u64::from(byte))
}

/// A control character, or an invisible formatting character (Unicode
/// category Cf), that is not whitespace. The Cf list is short and stable, so
/// it is spelled out rather than pulled in from a Unicode tables crate.
pub(crate) fn is_invisible(character: char) -> bool {
    character.is_control()
        || matches!(
            u32::from(character),
            0x00AD
                | 0x0600..=0x0605
                | 0x061C
                | 0x06DD
                | 0x070F
                | 0x0890..=0x0891
                | 0x08E2
                | 0x180E
                | 0x200B..=0x200F
                | 0x202A..=0x202E
                | 0x2060..=0x2064
                | 0x2066..=0x206F
                | 0xFEFF
                | 0xFFF9..=0xFFFB
                | 0x110BD
                | 0x110CD
                | 0x13430..=0x1343F
                | 0x1BCA0..=0x1BCA3
                | 0x1D173..=0x1D17A
                | 0xE0001
                | 0xE0020..=0xE007F
        )
}

// What the normaliser does with each ASCII byte: one table load tells the
// common cases (letters and digits, separators) from the rare ones. ASCII
// punctuation not listed here keeps its own value and stays in its word.
const SPACE: u8 = 0;
const HYPHEN: u8 = 1; // must stay the highest separator class
const DROPPED: u8 = 2;
const AMPERSAND: u8 = 3;
const BRACKET: u8 = 4;
const CONTROL: u8 = 5;
const NON_ASCII: u8 = 6;
const ALPHANUMERIC: u8 = 7;

#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an out-of-bounds index fails the build"
)]
static CLASSES: [u8; 256] = {
    let mut classes = [NON_ASCII; 256];
    let mut byte: u8 = 0;
    while byte < 0x80 {
        let class = match byte {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => SPACE,
            b'-' | b'_' => HYPHEN,
            b'.' | b'\'' => DROPPED,
            b'&' => AMPERSAND,
            b'(' | b')' | b',' => BRACKET,
            0x00..=0x1F | 0x7F => CONTROL,
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => ALPHANUMERIC,
            _ => byte,
        };
        classes[byte as usize] = class;
        byte += 1;
    }
    classes
};

/// Normalises `input` into a key, or says why it cannot be a title at all.
///
/// The rules: ASCII case is ignored; runs of whitespace, `-`, `_` and the
/// Unicode dashes U+2010..U+2015 separate words; `.` and apostrophes are
/// dropped; `&` is the word `and`; `information technology` is `it`; and
/// `cybersecurity`, `defense`, `center` and `centered` take the spellings
/// the taxonomy uses. One pass over the bytes; ASCII never decodes a `char`.
pub(crate) fn normalize(input: &str, mode: Mode) -> Result<Key, TitleError> {
    let mut key = Key::new();
    normalize_into(input, mode, &mut key)?;
    Ok(key)
}

/// [`normalize`] into a key the caller owns, so that the hot paths never
/// copy the buffer around.
#[inline]
pub(crate) fn normalize_into(input: &str, mode: Mode, out: &mut Key) -> Result<(), TitleError> {
    let bytes = input.as_bytes();
    if bytes.len() > MAX_TITLE_LEN {
        return Err(TitleError::TooLong { len: bytes.len() });
    }
    if let Some(len) = normalize_plain(bytes, mode, &mut out.buf) {
        out.len = len;
        out.overflowed = false;
        return Ok(());
    }
    // The general path starts from a clean buffer: the fast path may have
    // written part of a key before it gave up.
    *out = Key::new();
    normalize_general(input, mode, out)
}

/// The general path: every rule, every character.
#[inline(never)]
fn normalize_general(input: &str, mode: Mode, out: &mut Key) -> Result<(), TitleError> {
    let bytes = input.as_bytes();
    let mut key = Writer {
        buf: &mut out.buf,
        len: 0,
        word_start: 0,
        previous_word_start: 0,
        in_word: false,
        overflowed: false,
    };
    let mut offset = 0;
    while let Some(&byte) = bytes.get(offset) {
        let class = CLASSES.get(usize::from(byte)).copied().unwrap_or(NON_ASCII);
        // A byte at a time: plain text never gets here (see `normalize_plain`).
        offset = if class == ALPHANUMERIC {
            key.push_letter(byte.to_ascii_lowercase());
            offset.wrapping_add(1)
        } else if class <= HYPHEN {
            key.end_word();
            offset.wrapping_add(1)
        } else {
            key.push_other(input, offset, class, mode)?
        };
    }
    key.end_word();
    let (len, overflowed) = (key.len, key.overflowed);
    if len == 0 && !overflowed {
        return Err(if input.chars().all(char::is_whitespace) {
            TitleError::Empty
        } else {
            TitleError::Unknown
        });
    }
    out.len = len;
    out.overflowed = overflowed;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(input: &str) -> Result<&'static str, TitleError> {
        let key = normalize(input, Mode::Name)?;
        let bytes = key.bytes().expect("fits");
        let text = core::str::from_utf8(bytes).expect("ascii");
        Ok(std::string::String::from(text).leak())
    }

    #[test]
    fn folds_case_space_and_separators_into_the_id_shape() {
        assert_eq!(
            key("  Clinical   SAFETY officer "),
            Ok("clinical-safety-officer")
        );
        assert_eq!(
            key("Information_Governance-Manager"),
            Ok("information-governance-manager")
        );
        assert_eq!(key("Data\u{2013}Analyst"), Ok("data-analyst"));
        assert_eq!(key("Data\u{00A0}\t\nAnalyst"), Ok("data-analyst"));
        assert_eq!(key("-data--analyst-"), Ok("data-analyst"));
    }

    #[test]
    fn drops_dots_and_apostrophes() {
        assert_eq!(key("Health I.T. Consultant"), Ok("health-it-consultant"));
        assert_eq!(key("O'Brien\u{2019}s"), Ok("obriens"));
    }

    #[test]
    fn respells_words() {
        assert_eq!(
            key("Learning & Development"),
            Ok("learning-and-development")
        );
        assert_eq!(key("R&D"), Ok("r-and-d"));
        assert_eq!(key("Cybersecurity Analyst"), Ok("cyber-security-analyst"));
        assert_eq!(key("Cyber Defense"), Ok("cyber-defence"));
        assert_eq!(key("User Centered Design"), Ok("user-centred-design"));
        assert_eq!(key("Center"), Ok("centre"));
        assert_eq!(
            key("Health Information Technology Architect"),
            Ok("health-it-architect")
        );
        assert_eq!(key("Information Technology"), Ok("it"));
        // "technology" alone, or after another word, is left as it is.
        assert_eq!(key("Health Technology"), Ok("health-technology"));
        assert_eq!(key("Technology"), Ok("technology"));
        assert_eq!(key("Informationtechnology"), Ok("informationtechnology"));
    }

    #[test]
    fn respelling_keeps_the_padding_zero() {
        for (text, padded) in [
            ("Information Technology", &b"it\0\0\0\0\0\0"[..]),
            (
                "Health Information Technology Architect",
                b"health-it-architect\0\0\0\0\0",
            ),
            ("Cyber Defense Centered", b"cyber-defence-centred\0\0\0"),
        ] {
            let key = normalize(text, Mode::Name).expect("valid");
            assert_eq!(key.padded(), Some(padded), "{text}");
        }
    }

    #[test]
    fn title_mode_splits_band_punctuation() {
        let key = normalize("Officer (Band 7),x", Mode::Title).expect("valid");
        assert_eq!(key.bytes(), Some(&b"officer-(-band-7-)-,-x"[..]));
        let key = normalize("Officer (Band 7)", Mode::Name).expect("valid");
        assert_eq!(key.bytes(), Some(&b"officer-(band-7)"[..]));
    }

    #[test]
    fn eight_byte_runs_stop_at_the_first_non_alphanumeric() {
        for (input, lowered, count) in [
            (*b"ClinICAL", *b"clinical", 8),
            (*b"Data Ana", *b"data\0\0\0\0", 4),
            (*b" Analyst", [0; 8], 0),
            (*b"a9Z@[`{/", *b"a9z\0\0\0\0\0", 3),
            (*b"09AZaz:-", *b"09azaz\0\0", 6),
            ([b'a', 0xC3, 0xA9, b'b', 0, 0, 0, 0], *b"a\0\0\0\0\0\0\0", 1),
        ] {
            assert_eq!(
                lower_alphanumeric_prefix(u64::from_le_bytes(input)),
                (lowered, count)
            );
        }
        // Every byte value, alone at the front of a run.
        for byte in 0..=255u8 {
            let (lowered, count) = lower_alphanumeric_prefix(u64::from_le_bytes([
                byte, b'x', b'x', b'x', b'x', b'x', b'x', b'x',
            ]));
            assert_eq!(count == 8, byte.is_ascii_alphanumeric(), "{byte:#x}");
            if byte.is_ascii_alphanumeric() {
                assert_eq!(lowered[0], byte.to_ascii_lowercase());
            }
        }
    }

    #[test]
    fn long_and_short_runs_match_a_plain_lower_casing() {
        for text in [
            "A",
            "ab",
            "Abcdefg",
            "Abcdefgh",
            "ABCDEFGHI",
            "Bioinformaticians Q",
            "x y",
            "BIOINFORMATICIAN",
        ] {
            let expected = text.to_lowercase().replace(' ', "-");
            assert_eq!(key(text), Ok(expected.leak() as &str));
        }
    }

    #[test]
    fn empty_and_punctuation_only() {
        assert_eq!(key(""), Err(TitleError::Empty));
        assert_eq!(key(" \t\u{3000}\n"), Err(TitleError::Empty));
        assert_eq!(key("..."), Err(TitleError::Unknown));
        assert_eq!(key("-"), Err(TitleError::Unknown));
    }

    #[test]
    fn refuses_invisible_and_foreign_characters_with_their_offset() {
        assert_eq!(
            key("Data\0Analyst"),
            Err(TitleError::InvalidCharacter {
                character: '\0',
                offset: 4
            })
        );
        assert_eq!(
            key("ab\u{202E}"),
            Err(TitleError::InvalidCharacter {
                character: '\u{202E}',
                offset: 2
            })
        );
        assert_eq!(
            key("D\u{0430}ta"),
            Err(TitleError::UnsupportedCharacter {
                character: '\u{0430}',
                offset: 1
            })
        );
    }

    #[test]
    fn overlong_words_overflow_instead_of_growing() {
        let long = "a".repeat(200);
        let key = normalize(&long, Mode::Name).expect("well formed");
        assert_eq!(key.bytes(), None);
        assert_eq!(
            normalize(&"a".repeat(MAX_TITLE_LEN + 1), Mode::Name).err(),
            Some(TitleError::TooLong {
                len: MAX_TITLE_LEN + 1
            })
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]

        #[test]
        fn normalising_is_idempotent(text in "[A-Za-z0-9 .,()&'_\\-\u{2013}\u{2019}\u{00A0}]{0,120}|\\PC{0,40}") {
            for mode in [Mode::Name, Mode::Title] {
                if let Ok(first) = normalize(&text, mode) {
                    if let Some(bytes) = first.bytes() {
                        let once = core::str::from_utf8(bytes).expect("keys are ASCII");
                        let twice = normalize(once, mode).expect("a key normalises");
                        proptest::prop_assert_eq!(twice.bytes(), Some(bytes));
                    }
                }
            }
        }

        #[test]
        fn the_fast_path_agrees_with_the_general_path(
            text in "[A-Za-z0-9 \t_(),\\-]{0,100}|(Cyber ?security|Defen[cs]e|Cent(er|re)(ed)?|Information Technology|[a-z]{1,9}|Band 7|\\(|\\)|,| |_|-){0,8}"
        ) {
            for mode in [Mode::Name, Mode::Title] {
                let mut fast = Key::new();
                if let Some(len) = normalize_plain(text.as_bytes(), mode, &mut fast.buf) {
                    fast.len = len;
                    let mut general = Key::new();
                    normalize_general(&text, mode, &mut general).expect("plain text normalises");
                    proptest::prop_assert_eq!(fast.padded(), general.padded());
                }
            }
        }

        #[test]
        fn the_key_is_zero_padded(text in "[A-Za-z &.\\-]{0,120}") {
            if let Ok(key) = normalize(&text, Mode::Name) {
                if let Some(padded) = key.padded() {
                    let bytes = key.bytes().expect("fits");
                    proptest::prop_assert!(padded.starts_with(bytes));
                    proptest::prop_assert!(padded[bytes.len()..].iter().all(|&b| b == 0));
                    proptest::prop_assert_eq!(padded.len() % 8, 0);
                }
            }
        }
    }
}
