//! The JSON Schemas (features `schemars` and `utoipa`) describe exactly what
//! serde writes: every id is in them, and serde's output of every value
//! validates against them.
#![cfg(all(feature = "schemars", feature = "utoipa"))]

use digital_health_roles::{
    Band, BandRange, Classification, Family, JobTitle, Role, Seniority, classify,
};
use serde_json::{Value, json};

fn schemars_of<T: schemars::JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

fn utoipa_of<T: utoipa::PartialSchema>() -> Value {
    serde_json::to_value(T::schema()).unwrap()
}

/// Checks that `value` validates against both schemas of `T`.
fn valid<T: schemars::JsonSchema + utoipa::PartialSchema>(value: &Value) {
    for schema in [schemars_of::<T>(), utoipa_of::<T>()] {
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{value} against {schema}: {errors:?}");
    }
}

/// Checks that `value` does not validate against either schema of `T`.
fn invalid<T: schemars::JsonSchema + utoipa::PartialSchema>(value: &Value) {
    for schema in [schemars_of::<T>(), utoipa_of::<T>()] {
        let validator = jsonschema::validator_for(&schema).unwrap();
        assert!(!validator.is_valid(value), "{value} passed {schema}");
    }
}

/// The strings of an array field of a schema.
fn strings<'a>(schema: &'a Value, field: &str) -> Vec<&'a str> {
    schema[field]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn every_id_is_in_the_schemas_with_its_title() {
    let role_ids: Vec<&str> = Role::ALL.iter().map(|r| r.id()).collect();
    let titles: Vec<&str> = Role::ALL.iter().map(|r| r.title()).collect();
    let family_ids: Vec<&str> = Family::ALL.iter().map(|f| f.id()).collect();
    let names: Vec<&str> = Family::ALL.iter().map(|f| f.name()).collect();
    for (schema, ids, labels) in [
        (schemars_of::<Role>(), &role_ids, &titles),
        (utoipa_of::<Role>(), &role_ids, &titles),
        (schemars_of::<Family>(), &family_ids, &names),
        (utoipa_of::<Family>(), &family_ids, &names),
    ] {
        assert_eq!(&strings(&schema, "enum"), ids);
        assert_eq!(&strings(&schema, "x-enumNames"), labels);
    }
}

#[test]
fn what_serde_writes_validates() {
    for &role in Role::ALL {
        valid::<Role>(&serde_json::to_value(role).unwrap());
        for &level in Seniority::ALL {
            let title = JobTitle::new(role)
                .with_seniority(level)
                .with_band(Band::Band8A);
            valid::<JobTitle>(&serde_json::to_value(title).unwrap());
        }
    }
    for &family in Family::ALL {
        valid::<Family>(&serde_json::to_value(family).unwrap());
    }
    for &low in Band::ALL {
        for &high in Band::ALL {
            if let Some(range) = BandRange::new(low, high) {
                valid::<BandRange>(&serde_json::to_value(range).unwrap());
            }
        }
    }
    // Every classification of the development set's real titles.
    let data = include_str!("data/real_titles.tsv");
    let mut checked = 0;
    for line in data.lines().skip(1) {
        let title = line.split('\t').next().unwrap();
        if let Ok(found) = classify(title) {
            valid::<Classification>(&serde_json::to_value(found).unwrap());
            checked += 1;
        }
    }
    assert!(checked > 300, "{checked}");
}

#[test]
fn the_schemas_refuse_what_serde_never_writes() {
    invalid::<Role>(&json!("nurse"));
    invalid::<Role>(&json!("Clinical Safety Officer"));
    invalid::<Family>(&json!(7));
    invalid::<BandRange>(&json!("Band 10"));
    invalid::<BandRange>(&json!("Band 8"));
    invalid::<Classification>(&json!({"match": "exact"}));
}
