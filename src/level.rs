//! Seniority levels: each level's variant, name and words written once, in
//! the table at the end of this file.

use crate::TitleError;
use crate::normalize::Mode;
use crate::packed::{packed_word, with_fallback};
use crate::title::short_word;

/// Writes the `Seniority` enum, its names and `LEVEL_WORDS` from one table,
/// in the style of `taxonomy!`.
macro_rules! levels {
    ($($level:ident $name:literal [$($word:literal),+ $(,)?],)+) => {
        /// A seniority level, from the level words of the UK government
        /// Digital and Data capability framework and of NHS adverts, ordered
        /// from junior to senior.
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
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            strum::EnumCount, strum::EnumIter, strum::VariantArray,
        )]
        #[non_exhaustive]
        pub enum Seniority {
            $(
                #[doc = concat!($name, ": written ", $("`", $word, "` "),+)]
                $level,
            )+
        }

        impl Seniority {
            /// The level's word, capitalised: `"Senior"`.
            ///
            /// ```
            /// assert_eq!(digital_health_roles::Seniority::Lead.name(), "Lead");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Seniority::$level => $name,)+
                }
            }
        }

        /// Every level word, lower-case, and its level: the one list that
        /// both title readers and the word-table generator read.
        pub(crate) const LEVEL_WORDS: &[(&[u8], Seniority)] = &[
            $($((concat!($word).as_bytes(), Seniority::$level),)+)+
        ];
    };
}

levels! {
    Apprentice "Apprentice" ["apprentice"],
    Intern "Intern" ["intern"],
    Trainee "Trainee" ["trainee"],
    Graduate "Graduate" ["graduate"],
    Junior "Junior" ["junior", "jr", "jnr"],
    Associate "Associate" ["associate"],
    Senior "Senior" ["senior", "sr", "snr"],
    Lead "Lead" ["lead"],
    Principal "Principal" ["principal"],
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

    /// Reads one packed word.
    pub(crate) fn from_word(word: &[u64]) -> Option<Seniority> {
        /// Every level word packed, from `LEVEL_WORDS`.
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
        with_fallback(text, Mode::Lookup, |packed| {
            (packed.word_count() == 1)
                .then(|| packed.chunks().and_then(Seniority::from_word))
                .flatten()
                .ok_or(TitleError::NotALevel)
        })
    }
}

crate::text_traits!(Seniority, from_name, name);
