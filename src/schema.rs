//! JSON Schemas of what serde writes (features `schemars` and `utoipa`).
//!
//! Each schema is written once, as JSON, and handed to schemars as a
//! `JsonSchema` and to utoipa as a `ToSchema`, so the two cannot disagree.
//! Ids go on the wire as a string enum, with each role's title (each
//! family's name) beside it in `x-enumNames`, in the same order.
//!
//! ```
//! # #[cfg(feature = "schemars")] {
//! let schema = serde_json::to_value(schemars::schema_for!(digital_health_roles::Role)).unwrap();
//! assert_eq!(schema["enum"][6], "clinical-safety-officer");
//! assert_eq!(schema["x-enumNames"][6], "Clinical Safety Officer");
//! # }
//! ```

use std::string::String;
use std::vec::Vec;

use serde_json::{Value, json};

use crate::{
    Band, BandRange, Classification, Evidence, Family, JobTitle, MatchKind, Part, Role, Seniority,
};

/// Ids as a string enum, with each one's label beside it in `x-enumNames`.
fn ids(description: &str, ids: Vec<&str>, labels: Vec<&str>) -> Value {
    json!({
        "type": "string",
        "description": description,
        "enum": ids,
        "x-enumNames": labels,
    })
}

fn role() -> Value {
    ids(
        "A role of the SFIA digital health taxonomy, by its stable id; x-enumNames gives each title.",
        Role::ALL.iter().map(|r| r.id()).collect(),
        Role::ALL.iter().map(|r| r.title()).collect(),
    )
}

fn family() -> Value {
    ids(
        "A family of the SFIA digital health taxonomy, by its stable id; x-enumNames gives each name.",
        Family::ALL.iter().map(|f| f.id()).collect(),
        Family::ALL.iter().map(|f| f.name()).collect(),
    )
}

/// A band code as `Band::name` writes it after "Band ".
fn code_pattern() -> String {
    let codes: Vec<&str> = Band::ALL
        .iter()
        .filter_map(|band| band.name().strip_prefix("Band "))
        .collect();
    codes.join("|")
}

fn band_range() -> Value {
    let code = code_pattern();
    json!({
        "type": "string",
        "description": "An NHS Agenda for Change pay band or range of bands.",
        "pattern": format!("^Band ({code})(-({code}))?$"),
        "examples": ["Band 7", "Band 8a-8b"],
    })
}

fn job_title() -> Value {
    json!({
        "type": "string",
        "description": "A job title in its canonical form: seniority, role title, band.",
        "examples": ["Senior Clinical Safety Officer (Band 7)"],
    })
}

fn match_kind() -> Value {
    let kinds = MatchKind::ALL;
    json!({
        "type": "string",
        "description": "How a title matched.",
        "enum": kinds.iter().map(|k| k.name()).collect::<Vec<_>>(),
    })
}

fn part() -> Value {
    let parts = Part::ALL;
    json!({
        "type": "string",
        "description": "What a piece of the input was to the answer.",
        "enum": parts.iter().map(|p| p.name()).collect::<Vec<_>>(),
    })
}

fn evidence() -> Value {
    json!({
        "type": "object",
        "description": "A piece of the input, by byte offsets, and what it was to the answer.",
        "required": ["part", "start", "end"],
        "additionalProperties": false,
        "properties": {
            "part": part(),
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
        },
    })
}

fn nullable(schema: Value) -> Value {
    json!({"anyOf": [schema, {"type": "null"}]})
}

fn classification() -> Value {
    json!({
        "type": "object",
        "description": "What classify found: a role, a family, or the families that compete, with the evidence.",
        "required": ["match", "role", "family", "candidates", "seniority", "band", "term", "evidence"],
        "additionalProperties": false,
        "properties": {
            "match": match_kind(),
            "role": nullable(role()),
            "family": nullable(family()),
            "candidates": {"type": "array", "items": family()},
            "seniority": nullable(json!({
                "type": "string",
                "enum": Seniority::ALL.iter().map(|s| s.name()).collect::<Vec<_>>(),
            })),
            "band": nullable(band_range()),
            "term": nullable(json!({"type": "string"})),
            "evidence": {"type": "array", "items": evidence()},
        },
    })
}

/// Implements both schema traits for a type from one JSON schema.
macro_rules! schema {
    ($($ty:ident => $schema:ident,)+) => {
        $(
            #[cfg(feature = "schemars")]
            impl schemars::JsonSchema for $ty {
                fn schema_name() -> std::borrow::Cow<'static, str> {
                    stringify!($ty).into()
                }

                fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                    schemars::Schema::try_from($schema()).unwrap_or_default()
                }
            }

            #[cfg(feature = "utoipa")]
            impl utoipa::PartialSchema for $ty {
                fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                    utoipa::openapi::RefOr::T(
                        serde_json::from_value($schema())
                            .unwrap_or_else(|_| utoipa::openapi::schema::Object::new().into()),
                    )
                }
            }

            #[cfg(feature = "utoipa")]
            impl utoipa::ToSchema for $ty {
                fn name() -> std::borrow::Cow<'static, str> {
                    stringify!($ty).into()
                }
            }
        )+
    };
}

schema! {
    Role => role,
    Family => family,
    JobTitle => job_title,
    BandRange => band_range,
    MatchKind => match_kind,
    Part => part,
    Evidence => evidence,
    Classification => classification,
}
