#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

#[cfg(test)]
extern crate std;

mod error;
mod family;
mod keys;
mod lookup;
mod normalize;
mod role;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
mod suggest;
mod taxonomy;
mod text_traits;
mod title;

pub use error::TitleError;
pub use suggest::{Suggestions, suggest};
pub use taxonomy::{Family, Role};
pub use title::{Band, JobTitle, Seniority, parse_title};

use text_traits::text_traits;

/// The longest input, in bytes, that any lookup will look at.
///
/// Longer input is refused with [`TitleError::TooLong`] before any other work,
/// so a hostile 1 MiB string costs one comparison. The longest title in the
/// taxonomy is well under 64 bytes; 256 leaves room for seniority words, pay
/// bands and generous spacing.
///
/// ```
/// use digital_health_roles::{MAX_TITLE_LEN, Role, TitleError};
///
/// let huge = "a".repeat(1 << 20);
/// assert_eq!(Role::from_title(&huge), Err(TitleError::TooLong { len: 1 << 20 }));
/// assert_eq!(MAX_TITLE_LEN, 256);
/// ```
pub const MAX_TITLE_LEN: usize = 256;

/// Where the taxonomy comes from, so a service can report which edition it
/// validates against.
///
/// ```
/// assert!(digital_health_roles::SOURCE.starts_with("SFIA 9"));
/// ```
pub const SOURCE: &str = "SFIA 9, Broad families of roles in digital health";

/// The SFIA edition the taxonomy follows.
///
/// ```
/// assert_eq!(digital_health_roles::SFIA_VERSION, 9);
/// ```
pub const SFIA_VERSION: u8 = 9;
