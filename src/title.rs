//! Real-world job titles: a role with an optional seniority word and an
//! optional NHS Agenda for Change pay band.

use core::fmt;
use core::str::FromStr;

use crate::lookup::role_for_key;
use crate::normalize::{KEY_CAP, Key, Mode, for_each_hyphen, normalize, normalize_into};
use crate::{Role, TitleError};

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
    /// Trainee.
    Trainee,
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
            Seniority::Trainee => "Trainee",
            Seniority::Junior => "Junior",
            Seniority::Associate => "Associate",
            Seniority::Senior => "Senior",
            Seniority::Lead => "Lead",
            Seniority::Principal => "Principal",
        }
    }

    /// Reads one normalised word (lower case, dots already dropped).
    fn from_word(word: &[u8]) -> Option<Seniority> {
        Some(match word {
            b"apprentice" => Seniority::Apprentice,
            b"trainee" => Seniority::Trainee,
            b"junior" | b"jr" | b"jnr" => Seniority::Junior,
            b"associate" => Seniority::Associate,
            b"senior" | b"sr" | b"snr" => Seniority::Senior,
            b"lead" => Seniority::Lead,
            b"principal" => Seniority::Principal,
            _ => return None,
        })
    }

    /// Parses a seniority word on its own, with or without a dot, any case.
    ///
    /// # Errors
    ///
    /// [`TitleError::Unknown`] for anything that is not a single level word,
    /// or the error the text gets from the normaliser.
    ///
    /// ```
    /// use digital_health_roles::{Seniority, TitleError};
    ///
    /// assert_eq!(Seniority::from_name("JR."), Ok(Seniority::Junior));
    /// assert_eq!(Seniority::from_name("Head"), Err(TitleError::Unknown));
    /// ```
    pub fn from_name(text: &str) -> Result<Seniority, TitleError> {
        let key = normalize(text, Mode::Name)?;
        key.bytes()
            .and_then(Seniority::from_word)
            .ok_or(TitleError::Unknown)
    }
}

/// An NHS Agenda for Change pay band, ordered from lowest to highest.
///
/// ```
/// use digital_health_roles::Band;
///
/// assert_eq!(Band::Band8A.to_string(), "Band 8a");
/// assert!(Band::Band7 < Band::Band8A && Band::Band8D < Band::Band9);
/// assert_eq!("band 8B".parse(), Ok(Band::Band8B));
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
pub enum Band {
    /// Band 1.
    Band1,
    /// Band 2.
    Band2,
    /// Band 3.
    Band3,
    /// Band 4.
    Band4,
    /// Band 5.
    Band5,
    /// Band 6.
    Band6,
    /// Band 7.
    Band7,
    /// Band 8a.
    Band8A,
    /// Band 8b.
    Band8B,
    /// Band 8c.
    Band8C,
    /// Band 8d.
    Band8D,
    /// Band 9.
    Band9,
}

impl Band {
    /// Every band, from lowest to highest.
    ///
    /// ```
    /// assert_eq!(digital_health_roles::Band::ALL.len(), 12);
    /// ```
    pub const ALL: &'static [Band] = <Band as strum::VariantArray>::VARIANTS;

    /// The band as NHS job adverts write it: `"Band 8a"`.
    ///
    /// ```
    /// assert_eq!(digital_health_roles::Band::Band9.name(), "Band 9");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Band::Band1 => "Band 1",
            Band::Band2 => "Band 2",
            Band::Band3 => "Band 3",
            Band::Band4 => "Band 4",
            Band::Band5 => "Band 5",
            Band::Band6 => "Band 6",
            Band::Band7 => "Band 7",
            Band::Band8A => "Band 8a",
            Band::Band8B => "Band 8b",
            Band::Band8C => "Band 8c",
            Band::Band8D => "Band 8d",
            Band::Band9 => "Band 9",
        }
    }

    fn from_code(code: &[u8]) -> Option<Band> {
        Some(match code {
            b"1" => Band::Band1,
            b"2" => Band::Band2,
            b"3" => Band::Band3,
            b"4" => Band::Band4,
            b"5" => Band::Band5,
            b"6" => Band::Band6,
            b"7" => Band::Band7,
            b"8a" => Band::Band8A,
            b"8b" => Band::Band8B,
            b"8c" => Band::Band8C,
            b"8d" => Band::Band8D,
            b"9" => Band::Band9,
            _ => return None,
        })
    }

    /// Parses a band on its own: `"Band 7"`, `"band7"`, `"AfC Band 8b"`.
    ///
    /// # Errors
    ///
    /// [`TitleError::InvalidBand`] for a band that does not exist (`Band 0`,
    /// `Band 10`, `Band 8e`), [`TitleError::Unknown`] for text that is not a
    /// band at all.
    ///
    /// ```
    /// use digital_health_roles::{Band, TitleError};
    ///
    /// assert_eq!(Band::from_name("AfC Band 7"), Ok(Band::Band7));
    /// assert_eq!(Band::from_name("Band 8e"), Err(TitleError::InvalidBand));
    /// ```
    pub fn from_name(text: &str) -> Result<Band, TitleError> {
        let key = normalize(text, Mode::Title)?;
        let words = Words::split(key.bytes().ok_or(TitleError::Unknown)?);
        band_phrase(words.as_slice()).unwrap_or(Err(TitleError::Unknown))
    }
}

/// A job title as people write it: a [`Role`], perhaps a [`Seniority`], perhaps a [`Band`].
///
/// `Display` writes the one canonical form, which parses back to the same
/// value:
///
/// ```
/// use digital_health_roles::{Band, JobTitle, Role, Seniority};
///
/// let title = JobTitle::new(Role::ClinicalSafetyOfficer)
///     .with_seniority(Seniority::Senior)
///     .with_band(Band::Band7);
/// assert_eq!(title.to_string(), "Senior Clinical Safety Officer (Band 7)");
/// assert_eq!(title.to_string().parse(), Ok(title));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JobTitle {
    role: Role,
    seniority: Option<Seniority>,
    band: Option<Band>,
}

impl JobTitle {
    /// A title that is just the role.
    ///
    /// ```
    /// use digital_health_roles::{JobTitle, Role};
    ///
    /// assert_eq!(JobTitle::new(Role::DataAnalyst).to_string(), "Data Analyst");
    /// ```
    #[must_use]
    pub const fn new(role: Role) -> JobTitle {
        JobTitle {
            role,
            seniority: None,
            band: None,
        }
    }

    /// The same title at the given seniority.
    ///
    /// ```
    /// use digital_health_roles::{JobTitle, Role, Seniority};
    ///
    /// let title = JobTitle::new(Role::DeliveryLead).with_seniority(Seniority::Lead);
    /// assert_eq!(title.to_string(), "Lead Delivery Lead");
    /// ```
    #[must_use]
    pub const fn with_seniority(self, seniority: Seniority) -> JobTitle {
        JobTitle {
            seniority: Some(seniority),
            ..self
        }
    }

    /// The same title on the given pay band.
    ///
    /// ```
    /// use digital_health_roles::{Band, JobTitle, Role};
    ///
    /// let title = JobTitle::new(Role::DataAnalyst).with_band(Band::Band6);
    /// assert_eq!(title.to_string(), "Data Analyst (Band 6)");
    /// ```
    #[must_use]
    pub const fn with_band(self, band: Band) -> JobTitle {
        JobTitle {
            band: Some(band),
            ..self
        }
    }

    /// The role.
    ///
    /// ```
    /// use digital_health_roles::{parse_title, Role};
    ///
    /// assert_eq!(parse_title("Snr Data Analyst")?.role(), Role::DataAnalyst);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn role(&self) -> Role {
        self.role
    }

    /// The seniority word, if the title had one.
    ///
    /// ```
    /// use digital_health_roles::{parse_title, Seniority};
    ///
    /// assert_eq!(parse_title("Snr Data Analyst")?.seniority(), Some(Seniority::Senior));
    /// assert_eq!(parse_title("Data Analyst")?.seniority(), None);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn seniority(&self) -> Option<Seniority> {
        self.seniority
    }

    /// The pay band, if the title had one.
    ///
    /// ```
    /// use digital_health_roles::{parse_title, Band};
    ///
    /// assert_eq!(parse_title("Data Analyst, Band 6")?.band(), Some(Band::Band6));
    /// assert_eq!(parse_title("Data Analyst")?.band(), None);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn band(&self) -> Option<Band> {
        self.band
    }
}

impl From<Role> for JobTitle {
    fn from(role: Role) -> JobTitle {
        JobTitle::new(role)
    }
}

impl fmt::Display for JobTitle {
    /// `"Senior Clinical Safety Officer (Band 7)"`: seniority, title, band.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(seniority) = self.seniority {
            write!(f, "{} ", seniority.name())?;
        }
        f.write_str(self.role.title())?;
        if let Some(band) = self.band {
            write!(f, " ({})", band.name())?;
        }
        Ok(())
    }
}

impl FromStr for JobTitle {
    type Err = TitleError;

    /// The same as [`parse_title`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_title(s)
    }
}

impl TryFrom<&str> for JobTitle {
    type Error = TitleError;

    /// The same as [`parse_title`].
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        parse_title(value)
    }
}

crate::text_traits!(Seniority, from_name, name);
crate::text_traits!(Band, from_name, name);

/// Parses a job title as people write it: an optional seniority word, a
/// role, and an optional NHS pay band.
///
/// - The role part follows exactly the rules of [`Role::from_title`].
/// - A seniority word ([`Seniority`], or `Jr`, `Jnr`, `Sr`, `Snr`), at most
///   one, comes first. A title that itself ends in "Lead" keeps it: `Delivery
///   Lead` has no seniority, `Lead Delivery Lead` is a Lead Delivery Lead.
/// - A pay band ([`Band`]) is written `Band 7`, `band7` or `AfC Band 8b`,
///   before or after the role, after a comma or a dash, or in parentheses.
///
/// Allocates nothing; the same length and character checks as
/// [`Role::from_title`] come first.
///
/// # Errors
///
/// Everything [`Role::from_title`] returns for the role part, and:
/// [`TitleError::InvalidBand`] for a band that does not exist,
/// [`TitleError::MissingRole`] for a seniority word or band with no role,
/// [`TitleError::DuplicateSeniority`] for two seniority words.
///
/// ```
/// use digital_health_roles::{parse_title, Band, Role, Seniority, TitleError};
///
/// let title = parse_title("Snr Clinical Safety Officer (Band 7)")?;
/// assert_eq!(title.role(), Role::ClinicalSafetyOfficer);
/// assert_eq!(title.seniority(), Some(Seniority::Senior));
/// assert_eq!(title.band(), Some(Band::Band7));
///
/// let title = parse_title("Principal Health Data Scientist - Band 8b")?;
/// assert_eq!((title.seniority(), title.band()), (Some(Seniority::Principal), Some(Band::Band8B)));
///
/// assert_eq!(parse_title("Delivery Lead")?.seniority(), None);
/// assert_eq!(parse_title("Data Analyst, Band 10"), Err(TitleError::InvalidBand));
/// assert_eq!(parse_title("Senior"), Err(TitleError::MissingRole));
/// assert_eq!(parse_title("Senior Nurse"), Err(TitleError::Unknown));
/// # Ok::<(), TitleError>(())
/// ```
pub fn parse_title(title: &str) -> Result<JobTitle, TitleError> {
    if let Some(role) = Role::from_exact_title(title) {
        return Ok(JobTitle::new(role));
    }
    let mut key = Key::new();
    normalize_into(title, Mode::Title, &mut key)?;
    let bytes = key.bytes().ok_or(TitleError::Unknown)?;
    let parts = Parts::of(bytes)?;
    let role = role_for_key;
    // A title that is a role as written wins, so a role whose title begins
    // with a level word is never split.
    if let Some(role) = role(parts.with_seniority) {
        return Ok(JobTitle {
            role,
            seniority: None,
            band: parts.band,
        });
    }
    let seniority = parts.seniority.ok_or(TitleError::Unknown)?;
    Ok(JobTitle {
        role: role(parts.role).ok_or(TitleError::Unknown)?,
        seniority: Some(seniority),
        band: parts.band,
    })
}

/// The most words a key can hold: every word is a byte and a separator.
const MAX_WORDS: usize = KEY_CAP.div_ceil(2);

/// The byte ranges of a key's words.
#[derive(Clone, Copy)]
struct Word {
    // Keys are at most `KEY_CAP` (96) bytes, so a byte holds each bound and
    // the word table stays small enough to set up on every call.
    start: u8,
    end: u8,
}

struct Words<'k> {
    key: &'k [u8],
    words: [Word; MAX_WORDS],
    count: usize,
}

impl<'k> Words<'k> {
    fn split(key: &'k [u8]) -> Words<'k> {
        let mut words = Words {
            key,
            words: [Word { start: 0, end: 0 }; MAX_WORDS],
            count: 0,
        };
        let byte = |at: usize| u8::try_from(at).unwrap_or(u8::MAX);
        let mut start: usize = 0;
        let mut push = |end: usize| {
            if let Some(slot) = words.words.get_mut(words.count) {
                *slot = Word {
                    start: byte(start),
                    end: byte(end),
                };
                words.count = words.count.saturating_add(1);
            }
            start = end.saturating_add(1);
        };
        for_each_hyphen(key, &mut push);
        push(key.len());
        words
    }

    fn as_slice(&self) -> WordSlice<'k, '_> {
        WordSlice {
            key: self.key,
            words: self.words.get(..self.count).unwrap_or_default(),
        }
    }
}

/// A run of consecutive words of a key.
#[derive(Clone, Copy)]
struct WordSlice<'k, 'w> {
    key: &'k [u8],
    words: &'w [Word],
}

impl<'k, 'w> WordSlice<'k, 'w> {
    fn len(self) -> usize {
        self.words.len()
    }

    fn word(self, index: usize) -> &'k [u8] {
        self.words
            .get(index)
            .and_then(|word| self.key.get(usize::from(word.start)..usize::from(word.end)))
            .unwrap_or_default()
    }

    fn last_word(self) -> &'k [u8] {
        self.word(self.len().saturating_sub(1))
    }

    fn range(self, start: usize, end: usize) -> WordSlice<'k, 'w> {
        WordSlice {
            key: self.key,
            words: self.words.get(start..end).unwrap_or_default(),
        }
    }

    fn drop_first(self, count: usize) -> WordSlice<'k, 'w> {
        self.range(count.min(self.len()), self.len())
    }

    fn drop_last(self, count: usize) -> WordSlice<'k, 'w> {
        self.range(0, self.len().saturating_sub(count))
    }

    /// The words as one key: they are contiguous in the key they came from.
    fn text(self) -> &'k [u8] {
        match (self.words.first(), self.words.last()) {
            (Some(first), Some(last)) => self
                .key
                .get(usize::from(first.start)..usize::from(last.end))
                .unwrap_or_default(),
            _ => &[],
        }
    }

    fn position(self, word: &[u8]) -> Option<usize> {
        (0..self.len()).find(|&index| self.word(index) == word)
    }

    fn last_position(self, word: &[u8]) -> Option<usize> {
        (0..self.len())
            .rev()
            .find(|&index| self.word(index) == word)
    }
}

/// A title split into its parts; the role is not yet looked up.
pub(crate) struct Parts<'k> {
    /// The role words, after the seniority word if there was one.
    pub(crate) role: &'k [u8],
    /// The role words with the seniority word still in front.
    pub(crate) with_seniority: &'k [u8],
    pub(crate) seniority: Option<Seniority>,
    pub(crate) band: Option<Band>,
}

impl<'k> Parts<'k> {
    pub(crate) fn of(key: &'k [u8]) -> Result<Parts<'k>, TitleError> {
        let split = Words::split(key);
        let all = split.as_slice();
        let (rest, band) = match strip_band(all)? {
            Some((rest, band)) => (rest, Some(band)),
            None => (all, None),
        };
        let seniority = Seniority::from_word(rest.word(0));
        let role = match seniority {
            Some(_) => rest.drop_first(1),
            None => rest,
        };
        if role.len() == 0 {
            return Err(TitleError::MissingRole);
        }
        if seniority.is_some() && Seniority::from_word(role.word(0)).is_some() {
            return Err(TitleError::DuplicateSeniority);
        }
        Ok(Parts {
            role: role.text(),
            with_seniority: rest.text(),
            seniority,
            band,
        })
    }
}

/// Reads a whole run of words as a band: `band 7`, `band7`, `afc band 8a`.
/// `None` when the words are not a band phrase at all, `Some(Err)` when they
/// are one but name no band.
fn band_phrase(words: WordSlice<'_, '_>) -> Option<Result<Band, TitleError>> {
    let words = if words.word(0) == b"afc" && words.len() > 1 {
        words.drop_first(1)
    } else {
        words
    };
    let code = match words.len() {
        1 => words.word(0).strip_prefix(b"band")?,
        2 if words.word(0) == b"band" => words.word(1),
        _ => return None,
    };
    if !code.is_empty() && !code.first().is_some_and(u8::is_ascii_digit) {
        // "bandage" and the like are words, not bands.
        return None;
    }
    Some(Band::from_code(code).ok_or(TitleError::InvalidBand))
}

/// Finds a band at the end of the title, or failing that at its start, and
/// returns the other words.
fn strip_band<'k, 'w>(
    words: WordSlice<'k, 'w>,
) -> Result<Option<(WordSlice<'k, 'w>, Band)>, TitleError> {
    // "... (band 7)"
    if words.last_word() == b")" {
        if let Some(open) = words.last_position(b"(") {
            let inner = words.range(open.saturating_add(1), words.len().saturating_sub(1));
            if let Some(band) = band_phrase(inner) {
                return Ok(Some((words.range(0, open), band?)));
            }
        }
    }
    // "(band 7) ..."
    if words.word(0) == b"(" {
        if let Some(close) = words.position(b")") {
            if let Some(band) = band_phrase(words.range(1, close)) {
                let rest = words.drop_first(close.saturating_add(1));
                let rest = if rest.word(0) == b"," {
                    rest.drop_first(1)
                } else {
                    rest
                };
                return Ok(Some((rest, band?)));
            }
        }
    }
    // "..., band 7", "... - band 7", "... band 7"; the longest phrase first.
    for length in (1..=3).rev() {
        let tail = words.drop_first(words.len().saturating_sub(length));
        if tail.len() == length {
            if let Some(band) = band_phrase(tail) {
                let rest = words.drop_last(length);
                let rest = if rest.last_word() == b"," {
                    rest.drop_last(1)
                } else {
                    rest
                };
                return Ok(Some((rest, band?)));
            }
        }
    }
    // "band 7 ...", "band 7, ..."
    for length in (1..=3).rev() {
        let head = words.range(0, length.min(words.len()));
        if head.len() == length {
            if let Some(band) = band_phrase(head) {
                let rest = words.drop_first(length);
                let rest = if rest.word(0) == b"," {
                    rest.drop_first(1)
                } else {
                    rest
                };
                return Ok(Some((rest, band?)));
            }
        }
    }
    Ok(None)
}
