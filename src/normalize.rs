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
pub(crate) struct Key {
    buf: [u8; KEY_CAP],
    len: usize,
    word_start: usize,
    previous_word_start: usize,
    in_word: bool,
    overflowed: bool,
}

impl Key {
    const fn new() -> Self {
        Key {
            buf: [0; KEY_CAP],
            len: 0,
            word_start: 0,
            previous_word_start: 0,
            in_word: false,
            overflowed: false,
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

    #[inline]
    fn push_byte(&mut self, byte: u8) {
        match self.buf.get_mut(self.len) {
            Some(slot) => {
                *slot = byte;
                self.len = self.len.saturating_add(1);
            }
            None => self.overflowed = true,
        }
    }

    #[inline]
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

    #[inline]
    fn end_word(&mut self) {
        if self.in_word {
            self.in_word = false;
            self.respell_last_word();
        }
    }

    fn push_word(&mut self, word: &[u8]) {
        self.end_word();
        for &byte in word {
            self.push_letter(byte);
        }
        self.end_word();
    }

    /// Replaces the word just finished with the spelling the keys use.
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
        self.len = start;
        self.word_start = start;
        for &byte in replacement {
            self.push_byte(byte);
        }
    }

    fn previous_word_is(&self, expected: &[u8]) -> bool {
        // The previous word ends one separator byte before the current word.
        let end = self.word_start.saturating_sub(1);
        self.word_start > self.previous_word_start
            && self.buf.get(self.previous_word_start..end) == Some(expected)
    }
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

/// Normalises `input` into a key, or says why it cannot be a title at all.
///
/// The rules: ASCII case is ignored; runs of whitespace, `-`, `_` and the
/// Unicode dashes U+2010..U+2015 separate words; `.` and apostrophes are
/// dropped; `&` is the word `and`; `information technology` is `it`; and
/// `cybersecurity`, `defense`, `center` and `centered` take the spellings
/// the taxonomy uses.
pub(crate) fn normalize(input: &str, mode: Mode) -> Result<Key, TitleError> {
    if input.len() > MAX_TITLE_LEN {
        return Err(TitleError::TooLong { len: input.len() });
    }
    let mut key = Key::new();
    let mut seen_text = false;
    for (offset, character) in input.char_indices() {
        if character.is_ascii() {
            // ASCII always fits in a byte.
            let byte = character as u8;
            match byte {
                b'a'..=b'z' | b'0'..=b'9' => key.push_letter(byte),
                b'A'..=b'Z' => key.push_letter(byte.to_ascii_lowercase()),
                b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => key.end_word(),
                b'-' | b'_' => {
                    seen_text = true;
                    key.end_word();
                }
                b'.' | b'\'' => seen_text = true,
                b'&' => key.push_word(b"and"),
                b'(' | b')' | b',' if mode == Mode::Title => key.push_word(&[byte]),
                0x00..=0x1F | 0x7F => {
                    return Err(TitleError::InvalidCharacter { character, offset });
                }
                _ => key.push_letter(byte),
            }
        } else if character.is_whitespace() {
            key.end_word();
        } else if matches!(character, '\u{2010}'..='\u{2015}') {
            seen_text = true;
            key.end_word();
        } else if matches!(character, '\u{2018}' | '\u{2019}') {
            seen_text = true;
        } else if is_invisible(character) {
            return Err(TitleError::InvalidCharacter { character, offset });
        } else {
            return Err(TitleError::UnsupportedCharacter { character, offset });
        }
    }
    key.end_word();
    if key.len == 0 && !key.overflowed {
        return Err(if seen_text {
            TitleError::Unknown
        } else {
            TitleError::Empty
        });
    }
    Ok(key)
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
    fn title_mode_splits_band_punctuation() {
        let key = normalize("Officer (Band 7),x", Mode::Title).expect("valid");
        assert_eq!(key.bytes(), Some(&b"officer-(-band-7-)-,-x"[..]));
        let key = normalize("Officer (Band 7)", Mode::Name).expect("valid");
        assert_eq!(key.bytes(), Some(&b"officer-(band-7)"[..]));
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
}
