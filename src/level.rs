//! Seniority levels: the level words of job titles, written once in
//! `vocabulary::LEVEL_WORDS`.

use crate::TitleError;
use crate::normalize::Mode;
use crate::packed::{packed_word, with_fallback};
use crate::title::short_word;
use crate::vocabulary::LEVEL_WORDS;

/// A seniority level, from the level words of the UK government Digital and
/// Data capability framework, ordered from junior to senior.
///
/// ```
/// use digital_health_roles::Seniority;
///
/// assert!(Seniority::Junior < Seniority::Senior);
/// assert!(Seniority::Lead < Seniority::Principal);
/// assert_eq!(Seniority::Senior.to_string(), "Senior");
/// assert_eq!("Snr.".parse(), Ok(Seniority::Senior));
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumCount,
    strum::EnumIter,
    strum::VariantArray,
)]
#[non_exhaustive]
pub enum Seniority {
    /// Apprentice.
    Apprentice,
    /// Intern.
    Intern,
    /// Trainee.
    Trainee,
    /// Graduate.
    Graduate,
    /// Junior; also written `Jr` or `Jnr`.
    Junior,
    /// Associate.
    Associate,
    /// Senior; also written `Sr` or `Snr`.
    Senior,
    /// Lead.
    Lead,
    /// Principal.
    Principal,
}

impl Seniority {
    /// Every level, from junior to senior.
    ///
    /// ```
    /// use digital_health_roles::Seniority;
    ///
    /// assert_eq!(Seniority::ALL.first(), Some(&Seniority::Apprentice));
    /// assert_eq!(Seniority::ALL.last(), Some(&Seniority::Principal));
    /// ```
    pub const ALL: &'static [Seniority] = <Seniority as strum::VariantArray>::VARIANTS;

    /// The level's word, capitalised: `"Senior"`.
    ///
    /// ```
    /// assert_eq!(digital_health_roles::Seniority::Lead.name(), "Lead");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Seniority::Apprentice => "Apprentice",
            Seniority::Intern => "Intern",
            Seniority::Trainee => "Trainee",
            Seniority::Graduate => "Graduate",
            Seniority::Junior => "Junior",
            Seniority::Associate => "Associate",
            Seniority::Senior => "Senior",
            Seniority::Lead => "Lead",
            Seniority::Principal => "Principal",
        }
    }

    /// Reads one packed word.
    pub(crate) fn from_word(word: &[u64]) -> Option<Seniority> {
        /// Every level word packed, from the one list in `vocabulary.rs`.
        #[allow(
            clippy::indexing_slicing,
            clippy::arithmetic_side_effects,
            reason = "evaluated at compile time, where an out-of-bounds index or an overflow fails the build"
        )]
        const PACKED: [([u64; 2], Seniority); LEVEL_WORDS.len()] = {
            let mut packed = [([0; 2], Seniority::Apprentice); LEVEL_WORDS.len()];
            let mut index = 0;
            while index < LEVEL_WORDS.len() {
                let (word, level) = LEVEL_WORDS[index];
                packed[index] = (packed_word(word), level);
                index += 1;
            }
            packed
        };
        let word = short_word(word)?;
        PACKED
            .iter()
            .find(|(packed, _)| *packed == word)
            .map(|&(_, level)| level)
    }

    /// Parses a seniority word on its own, with or without a dot, any case.
    ///
    /// # Errors
    ///
    /// [`TitleError::NotALevel`] for anything that is not a single level word,
    /// or the error the text gets from the normaliser.
    ///
    /// ```
    /// use digital_health_roles::{Seniority, TitleError};
    ///
    /// assert_eq!(Seniority::from_name("JR."), Ok(Seniority::Junior));
    /// assert_eq!(Seniority::from_name("Head"), Err(TitleError::NotALevel));
    /// ```
    pub fn from_name(text: &str) -> Result<Seniority, TitleError> {
        with_fallback(text, Mode::Name, |packed| {
            (packed.word_count() == 1)
                .then(|| packed.chunks().and_then(Seniority::from_word))
                .flatten()
                .ok_or(TitleError::NotALevel)
        })
    }
}

crate::text_traits!(Seniority, from_name, name);
