//! Real-world job titles: a role with an optional seniority word and an
//! optional NHS Agenda for Change pay band.

use core::fmt;
use core::str::FromStr;

use crate::keys::SENIORITY_BEGINS_A_KEY;
use crate::lookup::role_of_chunks;
use crate::normalize::Mode;
use crate::packed::{MARK, Packed, packed_word, with_fallback};
use crate::{Band, BandRange, Role, Seniority, TitleError};

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
    band: Option<BandRange>,
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
            band: Some(BandRange::single(band)),
            ..self
        }
    }

    /// The same title on the given range of pay bands.
    ///
    /// ```
    /// use digital_health_roles::{Band, BandRange, JobTitle, Role};
    ///
    /// let bands = BandRange::new(Band::Band8A, Band::Band8B).unwrap();
    /// let title = JobTitle::new(Role::DataAnalyst).with_bands(bands);
    /// assert_eq!(title.to_string(), "Data Analyst (Band 8a-8b)");
    /// ```
    #[must_use]
    pub const fn with_bands(self, bands: BandRange) -> JobTitle {
        JobTitle {
            band: Some(bands),
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
    ///
    /// A title with a range of bands ("Band 8a-8b") has no one band: see
    /// [`JobTitle::bands`].
    #[must_use]
    pub const fn band(&self) -> Option<Band> {
        match self.band {
            Some(bands) if bands.is_single() => Some(bands.low()),
            _ => None,
        }
    }

    /// The pay band or range of bands, if the title had one.
    ///
    /// ```
    /// use digital_health_roles::{parse_title, Band};
    ///
    /// let bands = parse_title("Data Analyst, Band 7-8a")?.bands().unwrap();
    /// assert_eq!((bands.low(), bands.high()), (Band::Band7, Band::Band8A));
    /// assert_eq!(parse_title("Data Analyst, Band 6")?.bands().map(|b| b.low()), Some(Band::Band6));
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn bands(&self) -> Option<BandRange> {
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
        if let Some(bands) = self.band {
            write!(f, " ({bands})")?;
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
    match with_fallback(title, Mode::Parsed, parse_packed) {
        Ok(title) => Ok(title),
        Err(_) => parse_by_grammar(title),
    }
}

/// The packed reader alone, for the differential test against the grammar.
#[cfg(test)]
pub(crate) fn parse_packed_only(title: &str) -> Result<JobTitle, TitleError> {
    with_fallback(title, Mode::Parsed, parse_packed)
}

/// The whole grammar, for what the packed reader does not accept: it
/// decides every title the packed reader refuses, errors included.
#[cold]
#[inline(never)]
pub(crate) fn parse_by_grammar(title: &str) -> Result<JobTitle, TitleError> {
    crate::grammar::read(title).map(|reading| reading.job_title())
}

pub(crate) fn parse_packed(packed: &Packed) -> Result<JobTitle, TitleError> {
    let parts = Parts::of(packed)?;
    // A title that is a role as written wins, so a role whose title begins
    // with a level word is never split. Without a level word the two are
    // the same words, and while no key begins with one there is no such role.
    if parts.seniority.is_none() || SENIORITY_BEGINS_A_KEY {
        if let Some(role) = role_of_chunks(parts.with_seniority.chunks()) {
            return Ok(JobTitle {
                role,
                seniority: None,
                band: parts.band.map(BandRange::single),
            });
        }
    }
    let seniority = parts.seniority.ok_or(TitleError::Unknown)?;
    Ok(JobTitle {
        role: role_of_chunks(parts.role.chunks()).ok_or(TitleError::Unknown)?,
        seniority: Some(seniority),
        band: parts.band.map(BandRange::single),
    })
}

/// A word of at most two chunks as a pair, the second zero for a one-chunk
/// word, so it can be matched against [`packed_word`] constants.
pub(crate) fn short_word(word: &[u64]) -> Option<[u64; 2]> {
    match *word {
        [first] => Some([first, 0]),
        [first, second] => Some([first, second]),
        _ => None,
    }
}

/// Whether a packed word is `expected`.
fn is(word: &[u64], expected: [u64; 2]) -> bool {
    short_word(word) == Some(expected)
}

const OPEN: [u64; 2] = packed_word(b"(");
const CLOSE: [u64; 2] = packed_word(b")");
const COMMA: [u64; 2] = packed_word(b",");
const AFC: [u64; 2] = packed_word(b"afc");
const BAND: [u64; 2] = packed_word(b"band");

/// A run of consecutive words of a packed title.
#[derive(Clone, Copy)]
pub(crate) struct WordSlice<'p> {
    packed: &'p Packed,
    start: usize,
    end: usize,
}

impl<'p> WordSlice<'p> {
    pub(crate) fn all(packed: &'p Packed) -> WordSlice<'p> {
        WordSlice {
            packed,
            start: 0,
            end: packed.word_count(),
        }
    }

    fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    fn word(self, index: usize) -> &'p [u64] {
        if index < self.len() {
            self.packed.word(self.start.wrapping_add(index))
        } else {
            &[]
        }
    }

    fn last_word(self) -> &'p [u64] {
        self.word(self.len().saturating_sub(1))
    }

    fn range(self, start: usize, end: usize) -> WordSlice<'p> {
        let end = end.min(self.len());
        WordSlice {
            packed: self.packed,
            start: self.start.saturating_add(start.min(end)),
            end: self.start.saturating_add(end),
        }
    }

    fn drop_first(self, count: usize) -> WordSlice<'p> {
        self.range(count, self.len())
    }

    fn drop_last(self, count: usize) -> WordSlice<'p> {
        self.range(0, self.len().saturating_sub(count))
    }

    /// The words' chunks, which lie next to each other.
    pub(crate) fn chunks(self) -> &'p [u64] {
        self.packed.word_chunks(self.start, self.end)
    }

    /// The words in the normaliser's form, joined by `-`.
    pub(crate) fn write_text(self, out: &mut [u8; crate::packed::TEXT_CAP]) -> &[u8] {
        self.packed.write_text(self.start, self.end, out)
    }

    fn position(self, expected: [u64; 2]) -> Option<usize> {
        (0..self.len()).find(|&index| is(self.word(index), expected))
    }

    fn last_position(self, expected: [u64; 2]) -> Option<usize> {
        (0..self.len())
            .rev()
            .find(|&index| is(self.word(index), expected))
    }
}

/// A title split into its parts; the role is not yet looked up.
pub(crate) struct Parts<'p> {
    /// The role words, after the seniority word if there was one.
    pub(crate) role: WordSlice<'p>,
    /// The role words with the seniority word still in front.
    pub(crate) with_seniority: WordSlice<'p>,
    pub(crate) seniority: Option<Seniority>,
    pub(crate) band: Option<Band>,
}

impl<'p> Parts<'p> {
    pub(crate) fn of(packed: &'p Packed) -> Result<Parts<'p>, TitleError> {
        if packed.overflowed() {
            return Err(TitleError::Unknown);
        }
        let all = WordSlice::all(packed);
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
            role,
            with_seniority: rest,
            seniority,
            band,
        })
    }
}

/// Reads a whole run of words as a band: `band 7`, `band7`, `afc band 8a`.
/// `None` when the words are not a band phrase at all, `Some(Err)` when they
/// are one but name no band.
fn band_phrase(words: WordSlice<'_>) -> Option<Result<Band, TitleError>> {
    let words = if is(words.word(0), AFC) && words.len() > 1 {
        words.drop_first(1)
    } else {
        words
    };
    // The code as a little-endian number, and whether more chunks follow.
    let (code, longer) = match (words.len(), words.word(0)) {
        (1, word @ [first, rest @ ..]) if starts_band(word) => (first >> 32, !rest.is_empty()),
        (2, first) if is(first, BAND) => match words.word(1) {
            [code, rest @ ..] => (code ^ MARK, !rest.is_empty()),
            [] => return None,
        },
        _ => return None,
    };
    let leading = code & 0xFF;
    if leading != 0 && !(u64::from(b'0')..=u64::from(b'9')).contains(&leading) {
        // "bandage" and the like are words, not bands.
        return None;
    }
    let band = if longer { None } else { Band::from_code(code) };
    Some(band.ok_or(TitleError::InvalidBand))
}

/// Whether a word starts with the four bytes "band".
fn starts_band(word: &[u64]) -> bool {
    word.first()
        .is_some_and(|first| first & 0xFFFF_FFFF == BAND[0])
}

/// Finds a band at the end of the title, or failing that at its start, and
/// returns the other words.
fn strip_band(words: WordSlice<'_>) -> Result<Option<(WordSlice<'_>, Band)>, TitleError> {
    // Every band phrase has a word that starts "band": most titles have none.
    if !words.packed.has_band_word() {
        return Ok(None);
    }
    // "... (band 7)"
    if is(words.last_word(), CLOSE) {
        if let Some(open) = words.last_position(OPEN) {
            let inner = words.range(open.saturating_add(1), words.len().saturating_sub(1));
            if let Some(band) = band_phrase(inner) {
                return Ok(Some((words.range(0, open), band?)));
            }
        }
    }
    // "(band 7) ..."
    if is(words.word(0), OPEN) {
        if let Some(close) = words.position(CLOSE) {
            if let Some(band) = band_phrase(words.range(1, close)) {
                let rest = words.drop_first(close.saturating_add(1));
                let rest = if is(rest.word(0), COMMA) {
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
                let rest = if is(rest.last_word(), COMMA) {
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
                let rest = if is(rest.word(0), COMMA) {
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

// A parsed title and its error travel in one register too (see `TitleError`).
const _: () = assert!(core::mem::size_of::<Result<JobTitle, TitleError>>() == 8);
