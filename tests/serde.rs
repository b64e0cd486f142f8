//! serde: ids on the wire, lenient input, clear errors (feature `serde`).
#![cfg(feature = "serde")]

use digital_health_roles::{Family, Role};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Person {
    role: Role,
    family: Family,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct ByTitle {
    #[serde(with = "digital_health_roles::serde::title")]
    role: Role,
    #[serde(with = "digital_health_roles::serde::name")]
    family: Family,
}

#[test]
fn every_role_and_family_round_trips_as_its_id() {
    for &role in Role::ALL {
        let json = serde_json::to_string(&role).unwrap();
        assert_eq!(json, format!("\"{}\"", role.id()));
        assert_eq!(serde_json::from_str::<Role>(&json).unwrap(), role);
    }
    for &family in Family::ALL {
        let json = serde_json::to_string(&family).unwrap();
        assert_eq!(json, format!("\"{}\"", family.id()));
        assert_eq!(serde_json::from_str::<Family>(&json).unwrap(), family);
    }
}

#[test]
fn with_modules_round_trip_by_title_and_name() {
    for &role in Role::ALL {
        let value = ByTitle {
            role,
            family: role.family(),
        };
        let json = serde_json::to_string(&value).unwrap();
        assert_eq!(
            json,
            format!(
                r#"{{"role":"{}","family":"{}"}}"#,
                role.title(),
                role.family().name()
            )
        );
        assert_eq!(serde_json::from_str::<ByTitle>(&json).unwrap(), value);
    }
}

#[test]
fn deserializes_leniently_from_borrowed_and_owned_input() {
    let json = r#"{"role": "  clinical SAFETY officer ", "family": "Data & Analytics"}"#;
    let expected = Person {
        role: Role::ClinicalSafetyOfficer,
        family: Family::DataAndAnalytics,
    };
    assert_eq!(serde_json::from_str::<Person>(json).unwrap(), expected);
    // From a reader, serde_json hands over owned or scratch strings, not borrowed ones.
    assert_eq!(
        serde_json::from_reader::<_, Person>(json.as_bytes()).unwrap(),
        expected
    );
    let value = serde_json::json!({"role": "QA Tester", "family": "QAT"});
    assert_eq!(
        serde_json::from_value::<Person>(value).unwrap(),
        Person {
            role: Role::QualityAssuranceTester,
            family: Family::QualityAssuranceTesting
        }
    );
    // Escapes force serde_json to unescape into an owned buffer.
    assert_eq!(
        serde_json::from_str::<Role>(r#""UX\u0020Designer""#).unwrap(),
        Role::UxDesigner
    );
}

#[test]
fn errors_say_what_was_wrong() {
    let error = serde_json::from_str::<Person>(r#"{"role": "Nurse", "family": "it-operations"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(
            r#"invalid job title "Nurse": not a role or family of the SFIA digital health taxonomy"#
        ),
        "{error}"
    );
    let error = serde_json::from_str::<Role>(r#""""#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(r#"invalid job title "": the title is empty"#),
        "{error}"
    );
    let error = serde_json::from_str::<Role>(r#""Data\u200bAnalyst""#)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("invisible or control character U+200B at byte 4"),
        "{error}"
    );
    let error = serde_json::from_str::<Family>(r#""Nursing""#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(r#"invalid role family "Nursing""#),
        "{error}"
    );

    // A long input is not echoed back.
    let long = format!("\"{}\"", "a".repeat(100_000));
    let error = serde_json::from_str::<Role>(&long).unwrap_err().to_string();
    assert!(
        error.starts_with("invalid job title: the title is 100000 bytes long"),
        "{error}"
    );
    assert!(error.len() < 200);

    // Wrong JSON types get serde's own message naming what was expected.
    let error = serde_json::from_str::<Role>("42").unwrap_err().to_string();
    assert!(
        error.contains("a digital health role id, title or alias"),
        "{error}"
    );
    let error = serde_json::from_str::<Role>("null")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("a digital health role id, title or alias"),
        "{error}"
    );
    let error = serde_json::from_str::<Family>("[]")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("a digital health family id, name or alias"),
        "{error}"
    );
}

#[test]
fn job_titles_round_trip_as_their_canonical_text() {
    use digital_health_roles::{Band, JobTitle, Seniority};
    let title = JobTitle::new(Role::ClinicalSafetyOfficer)
        .with_seniority(Seniority::Senior)
        .with_band(Band::Band7);
    let json = serde_json::to_string(&title).unwrap();
    assert_eq!(json, r#""Senior Clinical Safety Officer (Band 7)""#);
    assert_eq!(serde_json::from_str::<JobTitle>(&json).unwrap(), title);
    assert_eq!(
        serde_json::from_str::<JobTitle>(r#""snr clinical safety officer, afc band 7""#).unwrap(),
        title
    );
    for &role in Role::ALL {
        let title = JobTitle::new(role).with_band(Band::Band8A);
        let json = serde_json::to_string(&title).unwrap();
        assert_eq!(serde_json::from_str::<JobTitle>(&json).unwrap(), title);
    }
    let error = serde_json::from_str::<JobTitle>(r#""Data Analyst (Band 10)""#).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("not an NHS Agenda for Change pay band"),
        "{error}"
    );
}
