//! `serde` support (feature `serde`).
//!
//! [`Role`] and [`Family`] serialize as their stable id and deserialize
//! leniently, by the rules of [`Role::from_title`] and [`Family::from_name`],
//! from borrowed or owned strings without allocating. A title that does not
//! validate becomes a deserialization error whose message says why, which a
//! web framework turns into a 4xx response.
//!
//! ```
//! use digital_health_roles::Role;
//!
//! #[derive(serde::Deserialize, Debug)]
//! struct Request {
//!     title: Role,
//! }
//!
//! let ok: Request = serde_json::from_str(r#"{"title": "clinical SAFETY officer"}"#).unwrap();
//! assert_eq!(ok.title, Role::ClinicalSafetyOfficer);
//! assert_eq!(serde_json::to_string(&ok.title).unwrap(), r#""clinical-safety-officer""#);
//!
//! let err = serde_json::from_str::<Request>(r#"{"title": "Nurse"}"#).unwrap_err();
//! assert!(err.to_string().starts_with(
//!     r#"invalid job title "Nurse": not a role or family of the SFIA digital health taxonomy"#
//! ));
//! ```
//!
//! To put titles rather than ids on the wire, use [`title`] (for a `Role`)
//! or [`name`] (for a `Family`) with `#[serde(with = "...")]`.

use core::fmt;

use ::serde::de::{self, Deserializer, Visitor};
use ::serde::ser::{SerializeStruct, Serializer};
use ::serde::{Deserialize, Serialize};

use crate::{
    BandRange, Classification, Evidence, Family, JobTitle, MatchKind, Part, Role, TitleError,
    parse_title,
};

/// Inputs longer than this are not echoed back in error messages, so that a
/// hostile megabyte does not travel into logs and response bodies.
const ECHO_LIMIT: usize = 64;

/// An error message naming the input (when short) and what was wrong.
struct Rejection<'a> {
    what: &'static str,
    input: &'a str,
    error: TitleError,
}

impl fmt::Display for Rejection<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.input.len() <= ECHO_LIMIT {
            write!(f, "invalid {} {:?}: {}", self.what, self.input, self.error)
        } else {
            write!(f, "invalid {}: {}", self.what, self.error)
        }
    }
}

/// A visitor that parses a string with `parse`, borrowing it when it can.
struct TextVisitor<T> {
    what: &'static str,
    expecting: &'static str,
    parse: fn(&str) -> Result<T, TitleError>,
}

impl<T> Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, input: &str) -> Result<T, E> {
        (self.parse)(input).map_err(|error| {
            E::custom(Rejection {
                what: self.what,
                input,
                error,
            })
        })
    }

    fn visit_bytes<E: de::Error>(self, input: &[u8]) -> Result<T, E> {
        match core::str::from_utf8(input) {
            Ok(text) => self.visit_str(text),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(input), &self)),
        }
    }
}

pub(crate) fn deserialize_with<'de, D, T>(
    deserializer: D,
    what: &'static str,
    expecting: &'static str,
    parse: fn(&str) -> Result<T, TitleError>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(TextVisitor {
        what,
        expecting,
        parse,
    })
}

const ROLE_EXPECTING: &str = "a digital health role id, title or alias";
const FAMILY_EXPECTING: &str = "a digital health family id, name or alias";

impl Serialize for Role {
    /// Serializes the stable id, such as `"clinical-safety-officer"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Role {
    /// Accepts an id, title or alias, by the rules of [`Role::from_title`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_with(deserializer, "job title", ROLE_EXPECTING, Role::from_title)
    }
}

impl Serialize for Family {
    /// Serializes the stable id, such as `"clinical-safety"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Family {
    /// Accepts an id, name or alias, by the rules of [`Family::from_name`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_with(
            deserializer,
            "role family",
            FAMILY_EXPECTING,
            Family::from_name,
        )
    }
}

impl Serialize for BandRange {
    /// Serializes the band or range as `JobTitle` writes it: `"Band 8a-8b"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for BandRange {
    /// Accepts a band or range by the rules of [`BandRange::from_name`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_with(
            deserializer,
            "pay band",
            "a pay band or range, such as \"Band 7\" or \"Band 8a-8b\"",
            BandRange::from_name,
        )
    }
}

impl Serialize for MatchKind {
    /// Serializes [`MatchKind::name`]: `"exact"`, `"qualified"`, `"family"`,
    /// `"ambiguous"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl Serialize for Part {
    /// Serializes [`Part::name`]: `"role"`, `"set-aside"`, ...
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl Serialize for Evidence {
    /// `{"part": "role", "start": 7, "end": 19}`: byte offsets into the input.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Evidence", 3)?;
        state.serialize_field("part", &self.part())?;
        state.serialize_field("start", &self.range().start)?;
        state.serialize_field("end", &self.range().end)?;
        state.end()
    }
}

/// The candidates of a classification as a sequence, without allocating.
struct Candidates<'a>(&'a Classification);

impl Serialize for Candidates<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.candidates())
    }
}

impl Serialize for Classification {
    /// An object: `match` (the kind), `role` and `family` (ids or `null`),
    /// `candidates` (family ids), `seniority`, `band`, `term` and `evidence`.
    ///
    /// ```
    /// let found = digital_health_roles::classify("Network Engineer, Band 6")?;
    /// assert_eq!(
    ///     serde_json::to_value(found).unwrap(),
    ///     serde_json::json!({
    ///         "match": "family", "role": null, "family": "it-operations",
    ///         "candidates": ["it-operations"], "seniority": null, "band": "Band 6",
    ///         "term": "network engineer",
    ///         "evidence": [
    ///             {"part": "term", "start": 0, "end": 16},
    ///             {"part": "band", "start": 18, "end": 24},
    ///         ],
    ///     })
    /// );
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Classification", 8)?;
        state.serialize_field("match", &self.kind())?;
        state.serialize_field("role", &self.role())?;
        state.serialize_field("family", &self.family())?;
        state.serialize_field("candidates", &Candidates(self))?;
        state.serialize_field("seniority", &self.seniority().map(|s| s.name()))?;
        state.serialize_field("band", &self.bands())?;
        state.serialize_field("term", &self.term())?;
        state.serialize_field("evidence", self.evidence())?;
        state.end()
    }
}

impl Serialize for JobTitle {
    /// Serializes the canonical text, such as `"Senior Clinical Safety Officer (Band 7)"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for JobTitle {
    /// Accepts a title as people write it, by the rules of [`parse_title`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_with(
            deserializer,
            "job title",
            "a job title, such as \"Senior Clinical Safety Officer (Band 7)\"",
            parse_title,
        )
    }
}

/// Serializes a [`Role`] as its title instead of its id; deserializes as
/// leniently as the default. Use with `#[serde(with = "digital_health_roles::serde::title")]`.
///
/// ```
/// use digital_health_roles::Role;
///
/// #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
/// struct Person {
///     #[serde(with = "digital_health_roles::serde::title")]
///     role: Role,
/// }
///
/// let json = serde_json::to_string(&Person { role: Role::UxDesigner }).unwrap();
/// assert_eq!(json, r#"{"role":"UX Designer"}"#);
/// assert_eq!(serde_json::from_str::<Person>(&json).unwrap().role, Role::UxDesigner);
/// ```
pub mod title {
    use super::{Deserializer, ROLE_EXPECTING, Role, Serializer, deserialize_with};

    /// Serializes the role's title.
    ///
    /// # Errors
    ///
    /// Whatever the serializer returns.
    pub fn serialize<S: Serializer>(role: &Role, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(role.title())
    }

    /// Deserializes an id, title or alias, by the rules of [`Role::from_title`].
    ///
    /// # Errors
    ///
    /// A message saying why the text is not a role.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Role, D::Error> {
        deserialize_with(deserializer, "job title", ROLE_EXPECTING, Role::from_title)
    }
}

/// Serializes a [`Family`] as its name instead of its id; deserializes as
/// leniently as the default. Use with `#[serde(with = "digital_health_roles::serde::name")]`.
///
/// ```
/// use digital_health_roles::Family;
///
/// #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
/// struct Team {
///     #[serde(with = "digital_health_roles::serde::name")]
///     family: Family,
/// }
///
/// let json = serde_json::to_string(&Team { family: Family::ItOperations }).unwrap();
/// assert_eq!(json, r#"{"family":"IT operations"}"#);
/// assert_eq!(serde_json::from_str::<Team>(&json).unwrap().family, Family::ItOperations);
/// ```
pub mod name {
    use super::{Deserializer, FAMILY_EXPECTING, Family, Serializer, deserialize_with};

    /// Serializes the family's name.
    ///
    /// # Errors
    ///
    /// Whatever the serializer returns.
    pub fn serialize<S: Serializer>(family: &Family, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(family.name())
    }

    /// Deserializes an id, name or alias, by the rules of [`Family::from_name`].
    ///
    /// # Errors
    ///
    /// A message saying why the text is not a family.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Family, D::Error> {
        deserialize_with(
            deserializer,
            "role family",
            FAMILY_EXPECTING,
            Family::from_name,
        )
    }
}
