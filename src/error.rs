//! The one error type every lookup returns.

use crate::MAX_TITLE_LEN;

/// Why a piece of text is not a valid role, family or job title.
///
/// The error is `Copy` and holds no `String`, so producing one allocates
/// nothing. Its `Display` message is written for the person who typed the
/// title, and is safe to return in an HTTP 4xx body.
///
/// It is eight bytes, and so is `Result<Role, TitleError>`: a lookup's whole
/// answer travels in one register, and a valid title costs no more than a
/// hand-written `match`. That is why offsets are `u16` (a title is at most
/// [`MAX_TITLE_LEN`] bytes, so any offset fits; `usize::from(offset)` indexes
/// the input) and an oversized input's length is a `u32`.
///
/// The enum is `#[non_exhaustive]`: later releases may tell more cases apart.
///
/// ```
/// use digital_health_roles::{Role, TitleError};
///
/// assert_eq!(Role::from_title("   "), Err(TitleError::Empty));
/// assert_eq!(Role::from_title("Nurse Practitioner"), Err(TitleError::Unknown));
/// assert_eq!(
///     Role::from_title("Data\u{200B}Analyst"),
///     Err(TitleError::InvalidCharacter { character: '\u{200B}', offset: 4 })
/// );
/// assert_eq!(
///     TitleError::Unknown.to_string(),
///     "not a role or family of the SFIA digital health taxonomy"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum TitleError {
    /// The text is empty or holds only whitespace.
    #[error("the title is empty")]
    Empty,

    /// The text is longer than [`MAX_TITLE_LEN`] bytes. It is rejected before
    /// any other work, so an oversized input costs almost nothing.
    #[error("the title is {len} bytes long; the limit is {MAX_TITLE_LEN} bytes")]
    TooLong {
        /// The length of the input, in bytes, or `u32::MAX` for input of
        /// 4 GiB or more.
        len: u32,
    },

    /// A control or invisible formatting character that is not whitespace:
    /// NUL, zero-width space, a bidirectional control, a byte order mark...
    /// Such characters hide what a title really says, so they are refused
    /// rather than skipped.
    #[error(
        "the title contains the invisible or control character U+{code:04X} at byte {offset}",
        code = u32::from(*character)
    )]
    InvalidCharacter {
        /// The offending character.
        character: char,
        /// Its byte offset in the input.
        offset: u16,
    },

    /// A visible character outside the Latin alphabet and the punctuation
    /// titles use, such as a Cyrillic `а` that looks like a Latin `a`. The
    /// taxonomy is matched in ASCII letters, so look-alikes never validate and
    /// this error points at the character that stopped them.
    #[error(
        "the title contains '{character}' (U+{code:04X}) at byte {offset}, \
         which is not a Latin letter, digit or title punctuation",
        code = u32::from(*character)
    )]
    UnsupportedCharacter {
        /// The offending character.
        character: char,
        /// Its byte offset in the input.
        offset: u16,
    },

    /// A pay band that the NHS Agenda for Change does not have: `Band 0`,
    /// `Band 10`, `Band 8e`, or `Band` with no number.
    #[error(
        "not an NHS Agenda for Change pay band: bands run from 1 to 9, \
         with band 8 split into 8a, 8b, 8c and 8d"
    )]
    InvalidBand,

    /// A seniority word or pay band with no role: `Senior`, `Band 7`.
    #[error("the title has a seniority word or pay band but no role")]
    MissingRole,

    /// More than one seniority word: `Senior Senior Data Analyst`.
    #[error("the title has more than one seniority word; at most one may lead it")]
    DuplicateSeniority,

    /// Text given as a pay band (to [`Band::from_name`](crate::Band::from_name)
    /// or [`BandRange::from_name`](crate::BandRange::from_name)) that is no
    /// band phrase at all: `Grade 7`.
    #[error("not an NHS pay band: write a band as \"Band 7\", \"Band 8a\" or \"Band 8a-8b\"")]
    NotABand,

    /// Text given as a level (to [`Seniority::from_name`](crate::Seniority::from_name))
    /// that is no level word: `Head`.
    #[error("not a seniority level such as \"Junior\", \"Senior\" or \"Principal\"")]
    NotALevel,

    /// Well formed, but not a role or family of the taxonomy, even after
    /// the lenient matching rules.
    #[error("not a role or family of the SFIA digital health taxonomy")]
    Unknown,
}

impl TitleError {
    /// A stable, machine-readable name for the kind of error, the same for
    /// every error of that variant whatever its fields: what JSON answers,
    /// the bindings and logs carry so that callers can branch without
    /// parsing the message.
    ///
    /// ```
    /// use digital_health_roles::{TitleError, parse_title};
    ///
    /// assert_eq!(parse_title("").unwrap_err().kind(), "empty");
    /// assert_eq!(parse_title("Band 12 Data Analyst").unwrap_err().kind(), "invalid-band");
    /// assert_eq!(TitleError::Unknown.kind(), "unknown");
    /// ```
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        match self {
            TitleError::Empty => "empty",
            TitleError::TooLong { .. } => "too-long",
            TitleError::InvalidCharacter { .. } => "invalid-character",
            TitleError::UnsupportedCharacter { .. } => "unsupported-character",
            TitleError::InvalidBand => "invalid-band",
            TitleError::MissingRole => "missing-role",
            TitleError::DuplicateSeniority => "duplicate-seniority",
            TitleError::NotABand => "not-a-band",
            TitleError::NotALevel => "not-a-level",
            TitleError::Unknown => "unknown",
        }
    }

    /// [`TitleError::TooLong`] for input of `len` bytes.
    pub(crate) fn too_long(len: usize) -> TitleError {
        TitleError::TooLong {
            len: u32::try_from(len).unwrap_or(u32::MAX),
        }
    }

    /// A title's byte offset, which fits: titles are at most `MAX_TITLE_LEN`
    /// bytes, checked before any character is looked at.
    pub(crate) fn offset(offset: usize) -> u16 {
        u16::try_from(offset).unwrap_or(u16::MAX)
    }
}

// The size is a promise the documentation makes: see the type's docs.
const _: () = assert!(core::mem::size_of::<Result<crate::Role, TitleError>>() == 8);
const _: () = assert!(MAX_TITLE_LEN <= u16::MAX as usize);
