//! Writes the taxonomy as data files for code that is not Rust:
//! `data/taxonomy.json`, `data/taxonomy.csv` and `data/taxonomy.schema.json`,
//! and fails when the committed copies are stale. The JSON also carries a
//! fingerprint of everything that decides an answer (roles, aliases,
//! respellings, family terms), so that a change to any of them without a
//! new `TAXONOMY_VERSION` fails here.

use std::string::{String, ToString};
use std::vec::Vec;
use std::{format, vec};

use serde_json::{Value, json};

use super::check_current;
use crate::normalize::RESPELLINGS;
use crate::vocabulary::TERMS;
use crate::{Family, Role, SFIA_VERSION, SOURCE, TAXONOMY_VERSION};

/// FNV-1a over everything that decides an answer.
fn fingerprint() -> String {
    let mut text = String::new();
    for family in Family::ALL {
        text.push_str(&format!(
            "{}|{}|{:?}\n",
            family.id(),
            family.name(),
            family.aliases()
        ));
    }
    for role in Role::ALL {
        text.push_str(&format!(
            "{}|{}|{}|{:?}\n",
            role.id(),
            role.title(),
            role.family().id(),
            role.aliases()
        ));
    }
    for rule in &RESPELLINGS {
        text.push_str(&format!(
            "{:?}|{:?}|{:?}\n",
            rule.word, rule.becomes, rule.after
        ));
    }
    for (term, row) in TERMS.iter().zip(crate::vocabulary::ROWS) {
        text.push_str(&format!(
            "{}|{}|{}|{:?}\n",
            row.0,
            term.family.id(),
            term.also.map_or("", Family::id),
            term.strength
        ));
    }
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

fn json() -> Value {
    json!({
        "taxonomy_version": TAXONOMY_VERSION,
        "sfia_version": SFIA_VERSION,
        "source": SOURCE,
        "fingerprint": fingerprint(),
        "families": Family::ALL.iter().map(|family| json!({
            "id": family.id(),
            "name": family.name(),
            "summary": family.summary(),
            "aliases": family.aliases(),
            "roles": family.roles().iter().map(|role| role.id()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "roles": Role::ALL.iter().map(|role| json!({
            "id": role.id(),
            "title": role.title(),
            "family": role.family().id(),
            "aliases": role.aliases(),
        })).collect::<Vec<_>>(),
    })
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '|']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn csv() -> String {
    // Plain CSV with a header: the data's version is a column, not a
    // comment line that strict readers would choke on.
    let mut out = String::from("kind,id,name,family,aliases,taxonomy_version\n");
    for family in Family::ALL {
        out.push_str(&format!(
            "family,{},{},,{},{TAXONOMY_VERSION}\n",
            family.id(),
            csv_field(family.name()),
            csv_field(&family.aliases().join("|"))
        ));
    }
    for role in Role::ALL {
        out.push_str(&format!(
            "role,{},{},{},{},{TAXONOMY_VERSION}\n",
            role.id(),
            csv_field(role.title()),
            role.family().id(),
            csv_field(&role.aliases().join("|"))
        ));
    }
    out
}

fn schema() -> Value {
    let family_ids: Vec<&str> = Family::ALL.iter().map(|f| f.id()).collect();
    let role_ids: Vec<&str> = Role::ALL.iter().map(|r| r.id()).collect();
    let strings = json!({"type": "array", "items": {"type": "string"}});
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "digital-health-roles taxonomy",
        "description": format!("The SFIA digital health taxonomy as data, version {TAXONOMY_VERSION}"),
        "type": "object",
        "required": ["taxonomy_version", "sfia_version", "source", "fingerprint", "families", "roles"],
        "additionalProperties": false,
        "properties": {
            "taxonomy_version": {"type": "integer", "minimum": 1},
            "sfia_version": {"type": "integer"},
            "source": {"type": "string"},
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
            "families": {"type": "array", "items": {
                "type": "object",
                "required": ["id", "name", "summary", "aliases", "roles"],
                "additionalProperties": false,
                "properties": {
                    "id": {"enum": family_ids},
                    "name": {"type": "string"},
                    "summary": {"type": "string"},
                    "aliases": strings,
                    "roles": {"type": "array", "items": {"enum": role_ids}},
                },
            }},
            "roles": {"type": "array", "items": {
                "type": "object",
                "required": ["id", "title", "family", "aliases"],
                "additionalProperties": false,
                "properties": {
                    "id": {"enum": role_ids},
                    "title": {"type": "string"},
                    "family": {"enum": family_ids},
                    "aliases": strings,
                },
            }},
        },
    })
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("JSON");
    text.push('\n');
    text
}

#[test]
fn data_files_are_current_and_the_version_follows_the_data() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/taxonomy.json");
    if let Ok(committed) = std::fs::read_to_string(path) {
        let committed: Value = serde_json::from_str(&committed).expect("committed JSON");
        if committed["fingerprint"] != json!(fingerprint()) {
            assert_ne!(
                committed["taxonomy_version"],
                json!(TAXONOMY_VERSION),
                "the roles, aliases, respellings or terms changed: bump TAXONOMY_VERSION in src/lib.rs"
            );
        }
    }
    let _ = std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
    let mut stale = vec![];
    for (file, text) in [
        ("data/taxonomy.json", pretty(&json())),
        ("data/taxonomy.csv", csv()),
        ("data/taxonomy.schema.json", pretty(&schema())),
    ] {
        if std::panic::catch_unwind(|| check_current(file, &text)).is_err() {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} were stale and have been regenerated: commit them"
    );
}

#[test]
fn the_csv_lists_every_role_once() {
    let csv = csv();
    for role in Role::ALL {
        assert_eq!(
            csv.matches(&format!("role,{},", role.id())).count(),
            1,
            "{role:?}"
        );
    }
}
