//! NHS Agenda for Change pay bands, each written once in the table below,
//! and ranges of them.

use core::fmt;
use core::str::FromStr;

use crate::TitleError;
use crate::packed::{MARK, packed_word};

/// Writes the `Band` enum, its names and `BAND_CODES` from one table, in the
/// style of `taxonomy!`.
macro_rules! bands {
    ($($band:ident $code:literal,)+) => {
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
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            strum::EnumCount, strum::EnumIter, strum::VariantArray,
        )]
        #[non_exhaustive]
        pub enum Band {
            $(
                #[doc = concat!("Band ", $code, ".")]
                $band,
            )+
        }

        impl Band {
            /// The band as NHS job adverts write it: `"Band 8a"`.
            ///
            /// ```
            /// assert_eq!(digital_health_roles::Band::Band9.name(), "Band 9");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Band::$band => concat!("Band ", $code),)+
                }
            }
        }

        /// Every band's code as titles write it after "band": the one list
        /// that both title readers and the word-table generator read.
        pub(crate) const BAND_CODES: &[(&[u8], Band)] = &[
            $((concat!($code).as_bytes(), Band::$band),)+
        ];
    };
}

bands! {
    Band1 "1",
    Band2 "2",
    Band3 "3",
    Band4 "4",
    Band5 "5",
    Band6 "6",
    Band7 "7",
    Band8A "8a",
    Band8B "8b",
    Band8C "8c",
    Band8D "8d",
    Band9 "9",
}

impl Band {
    /// Every band, from lowest to highest.
    ///
    /// ```
    /// assert_eq!(digital_health_roles::Band::ALL.len(), 12);
    /// ```
    pub const ALL: &'static [Band] = <Band as strum::VariantArray>::VARIANTS;

    /// Reads the code after the word "band": up to eight bytes, as a
    /// little-endian number.
    pub(crate) fn from_code(code: u64) -> Option<Band> {
        /// Every code packed, from `BAND_CODES`.
        #[allow(
            clippy::indexing_slicing,
            clippy::arithmetic_side_effects,
            reason = "evaluated at compile time, where an out-of-bounds index or an overflow fails the build"
        )]
        const CODES: [(u64, Band); BAND_CODES.len()] = {
            let mut codes = [(0, Band::Band1); BAND_CODES.len()];
            let mut index = 0;
            while index < BAND_CODES.len() {
                let (code, band) = BAND_CODES[index];
                codes[index] = (packed_word(code)[0] ^ MARK, band);
                index += 1;
            }
            codes
        };
        CODES
            .iter()
            .find(|&&(known, _)| known == code)
            .map(|&(_, band)| band)
    }

    /// Parses a band on its own: `"Band 7"`, `"band7"`, `"AfC Band 8b"`,
    /// `"NHS Band 6"`, `"Agenda for Change 8a"`, and the form
    /// [`JobTitle`](crate::JobTitle) writes after a title, `"(Band 7)"`.
    ///
    /// # Errors
    ///
    /// [`TitleError::InvalidBand`] for a band that does not exist (`Band 0`,
    /// `Band 10`, `Band 8e`) or for a range of bands, which
    /// [`BandRange::from_name`] reads; [`TitleError::NotABand`] for text that
    /// is not a band at all.
    ///
    /// ```
    /// use digital_health_roles::{Band, TitleError};
    ///
    /// assert_eq!(Band::from_name("AfC Band 7"), Ok(Band::Band7));
    /// assert_eq!(Band::from_name("(Band 7)"), Ok(Band::Band7));
    /// assert_eq!(Band::from_name("Band 8e"), Err(TitleError::InvalidBand));
    /// assert_eq!(Band::from_name("Grade 7"), Err(TitleError::NotABand));
    /// ```
    pub fn from_name(text: &str) -> Result<Band, TitleError> {
        let range = crate::grammar::band_from_text(text)?;
        if range.is_single() {
            Ok(range.low())
        } else {
            Err(TitleError::InvalidBand)
        }
    }
}

/// A pay band or a range of pay bands, as NHS adverts write "Band 8a-8b" or
/// "Band 6/7" for a post that may be filled at either band.
///
/// The low end is never above the high end; a single band is a range whose
/// ends are equal. `Display` writes `"Band 7"` or `"Band 8a-8b"`, and parses
/// back to the same value.
///
/// ```
/// use digital_health_roles::{Band, BandRange, TitleError};
///
/// let range: BandRange = "Band 8a-b".parse()?;
/// assert_eq!((range.low(), range.high()), (Band::Band8A, Band::Band8B));
/// assert_eq!(range.to_string(), "Band 8a-8b");
/// assert_eq!("AfC 6/7".parse::<BandRange>()?.to_string(), "Band 6-7");
/// assert_eq!("Band 7-6".parse::<BandRange>(), Err(TitleError::InvalidBand));
/// assert!(BandRange::new(Band::Band7, Band::Band6).is_none());
/// # Ok::<(), TitleError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BandRange {
    low: Band,
    high: Band,
}

impl BandRange {
    /// The bands from `low` to `high`, or `None` when `low` is above `high`.
    ///
    /// ```
    /// use digital_health_roles::{Band, BandRange};
    ///
    /// assert!(BandRange::new(Band::Band6, Band::Band7).is_some());
    /// assert!(BandRange::new(Band::Band9, Band::Band1).is_none());
    /// ```
    #[must_use]
    pub const fn new(low: Band, high: Band) -> Option<BandRange> {
        if low as u8 <= high as u8 {
            Some(BandRange { low, high })
        } else {
            None
        }
    }

    /// One band.
    ///
    /// ```
    /// use digital_health_roles::{Band, BandRange};
    ///
    /// assert!(BandRange::single(Band::Band5).is_single());
    /// ```
    #[must_use]
    pub const fn single(band: Band) -> BandRange {
        BandRange {
            low: band,
            high: band,
        }
    }

    /// The lowest band of the range.
    ///
    /// ```
    /// use digital_health_roles::{Band, BandRange};
    ///
    /// assert_eq!(BandRange::single(Band::Band5).low(), Band::Band5);
    /// ```
    #[must_use]
    pub const fn low(self) -> Band {
        self.low
    }

    /// The highest band of the range.
    ///
    /// ```
    /// use digital_health_roles::{Band, BandRange};
    ///
    /// assert_eq!(BandRange::single(Band::Band5).high(), Band::Band5);
    /// ```
    #[must_use]
    pub const fn high(self) -> Band {
        self.high
    }

    /// Whether the range is one band.
    ///
    /// ```
    /// use digital_health_roles::{Band, BandRange};
    ///
    /// assert!(!BandRange::new(Band::Band6, Band::Band7).unwrap().is_single());
    /// ```
    #[must_use]
    pub const fn is_single(self) -> bool {
        self.low as u8 == self.high as u8
    }

    /// Whether `band` lies in the range.
    ///
    /// ```
    /// use digital_health_roles::{Band, BandRange};
    ///
    /// let range = BandRange::new(Band::Band7, Band::Band8B).unwrap();
    /// assert!(range.contains(Band::Band8A) && !range.contains(Band::Band8C));
    /// ```
    #[must_use]
    pub fn contains(self, band: Band) -> bool {
        self.low <= band && band <= self.high
    }

    /// Parses a band or a range on its own: `"Band 7"`, `"Band 8a-8b"`,
    /// `"AfC 6/7"`, `"Agenda for Change Band 7 to 8a"`.
    ///
    /// # Errors
    ///
    /// [`TitleError::InvalidBand`] for a band or range that does not exist
    /// (ends out of order or not real bands), [`TitleError::NotABand`] for
    /// text that is no band phrase, or the error the text's characters get.
    ///
    /// ```
    /// use digital_health_roles::{BandRange, TitleError};
    ///
    /// assert_eq!(BandRange::from_name("Band 8a-8a"), Err(TitleError::InvalidBand));
    /// assert_eq!(BandRange::from_name("Grade 7"), Err(TitleError::NotABand));
    /// ```
    pub fn from_name(text: &str) -> Result<BandRange, TitleError> {
        crate::grammar::band_from_text(text)
    }
}

impl fmt::Display for BandRange {
    /// `"Band 7"` or `"Band 8a-8b"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_single() {
            f.pad(self.low.name())
        } else {
            let high = self.high.name();
            let code = high.strip_prefix("Band ").unwrap_or(high);
            write!(f, "{}-{code}", self.low.name())
        }
    }
}

impl FromStr for BandRange {
    type Err = TitleError;

    /// The same as [`BandRange::from_name`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        BandRange::from_name(s)
    }
}

crate::text_traits!(Band, from_name, name);
