//! What can be wrong with an organisation's aliases and terms.

use alloc::string::String;
use core::fmt;

use crate::TitleError;

/// Why a [`VocabularyBuilder`](crate::VocabularyBuilder) refused an alias,
/// a term or a file, and on which line of the file, when it came from one.
///
/// ```
/// use digital_health_roles::{Role, Vocabulary, VocabularyErrorKind};
///
/// let error = Vocabulary::from_csv("alias,role\nEPR Analyst,data-analyst\nDPO,data-analyst\n")
///     .unwrap_err();
/// assert_eq!(error.line(), Some(3));
/// assert!(matches!(error.kind(), VocabularyErrorKind::CollidesWithBuiltin { .. }));
/// assert_eq!(
///     error.to_string(),
///     "line 3: \"DPO\" is already the built-in role Data Protection Officer"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VocabularyError {
    line: Option<usize>,
    kind: VocabularyErrorKind,
}

impl VocabularyError {
    pub(crate) fn new(kind: VocabularyErrorKind) -> VocabularyError {
        VocabularyError { line: None, kind }
    }

    pub(crate) fn at(mut self, line: Option<usize>) -> VocabularyError {
        if self.line.is_none() {
            self.line = line;
        }
        self
    }

    /// The line of the file the error is on, counting from 1; `None` for an
    /// entry added in code.
    #[must_use]
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What is wrong.
    #[must_use]
    pub fn kind(&self) -> &VocabularyErrorKind {
        &self.kind
    }
}

impl fmt::Display for VocabularyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.kind),
            None => fmt::Display::fmt(&self.kind, f),
        }
    }
}

impl core::error::Error for VocabularyError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match &self.kind {
            VocabularyErrorKind::Invalid { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// What is wrong with an alias, a term or a file; see [`VocabularyError`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VocabularyErrorKind {
    /// The entry is no text a title lookup can read: empty, too long, or
    /// with a character lookups refuse.
    #[error("{entry:?} cannot be read as a title: {error}")]
    Invalid {
        /// The alias or term as given.
        entry: String,
        /// Why a lookup would refuse it.
        error: TitleError,
    },
    /// The entry is not a plain run of words: it has brackets or other
    /// punctuation, a pay band, a plural, a word over 32 letters, more than
    /// sixteen words, or only seniority words.
    #[error("{entry:?} is not a plain job title: {reason}")]
    NotPlainWords {
        /// The alias or term as given.
        entry: String,
        /// What is in the way.
        reason: &'static str,
    },
    /// The entry already means something built in: a role's title, id or
    /// alias, a family term, or a title that `parse_title` reads as a role
    /// already. Built-in keys never change meaning.
    #[error("{entry:?} is already the built-in {builtin}")]
    CollidesWithBuiltin {
        /// The alias or term as given.
        entry: String,
        /// What it is built in as, e.g. `role Data Analyst (read as
        /// "Senior Data Analyst")`.
        builtin: String,
    },
    /// The entry reads the same as one added before it.
    #[error("{entry:?} is the same title as the earlier {other:?}{}", on_line(*other_line))]
    CollidesWithEntry {
        /// The alias or term as given.
        entry: String,
        /// The earlier alias or term it matches.
        other: String,
        /// The line the earlier one is on, when it came from a file.
        other_line: Option<usize>,
    },
    /// The role named is none of the taxonomy's.
    #[error("{name:?} is not a role of the taxonomy (give its id or title)")]
    UnknownRole {
        /// The role as given.
        name: String,
    },
    /// The family named is none of the taxonomy's.
    #[error("{name:?} is not a family of the taxonomy (give its id or name)")]
    UnknownFamily {
        /// The family as given.
        name: String,
    },
    /// The file is not in the expected shape.
    #[error("{message}")]
    Syntax {
        /// What was expected.
        message: String,
    },
    /// The file could not be read (see [`Vocabulary::from_path`](crate::Vocabulary::from_path)).
    #[error("cannot read the file: {reason}")]
    Unreadable {
        /// What reading it ran into.
        reason: String,
    },
    /// More aliases and terms than one vocabulary holds (about 60,000
    /// distinct new words).
    #[error("too many aliases and terms for one vocabulary")]
    TooMany,
}

fn on_line(line: Option<usize>) -> String {
    match line {
        Some(line) => alloc::format!(" on line {line}"),
        None => String::new(),
    }
}
