//! The shared cases file, `tests/data/cases.json`: what every front door
//! (this crate, the WebAssembly package, the Python module) must answer. The
//! bindings' test suites read the same file, so a change of behaviour shows
//! up in all three at once.

use digital_health_roles::{Classification, Role, classify, parse_title, suggest};
use serde_json::Value;

fn cases() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/cases.json"
    ))
    .expect("tests/data/cases.json is readable");
    serde_json::from_str(&text).expect("tests/data/cases.json is JSON")
}

fn list<'a>(cases: &'a Value, name: &str) -> &'a [Value] {
    let list = cases[name]
        .as_array()
        .unwrap_or_else(|| panic!("cases.json has no {name} list"));
    assert!(
        list.len() >= 3,
        "the {name} list is too short to test anything"
    );
    list
}

fn text<'a>(case: &'a Value, field: &str) -> Option<&'a str> {
    match &case[field] {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => panic!("{field} is not a string or null in {case}: {other}"),
    }
}

fn input(case: &Value) -> &str {
    text(case, "input").expect("every case has an input")
}

#[test]
fn parse_title_answers_every_case() {
    let cases = cases();
    for case in list(&cases, "parse_title") {
        let got = parse_title(input(case));
        match (text(case, "error"), got) {
            (Some(kind), Err(e)) => assert_eq!(e.kind(), kind, "{case}"),
            (Some(kind), Ok(t)) => panic!("{case}: expected error {kind}, got {t}"),
            (None, Err(e)) => panic!("{case}: expected a title, got {e}"),
            (None, Ok(t)) => {
                assert_eq!(Some(t.role().id()), text(case, "role"), "{case}");
                assert_eq!(Some(t.role().title()), text(case, "title"), "{case}");
                assert_eq!(Some(t.role().family().id()), text(case, "family"), "{case}");
                assert_eq!(
                    t.seniority().map(|s| s.name()),
                    text(case, "seniority"),
                    "{case}"
                );
                assert_eq!(
                    t.bands().map(|b| b.to_string()).as_deref(),
                    text(case, "band"),
                    "{case}"
                );
            }
        }
    }
}

#[test]
fn classify_answers_every_case() {
    let cases = cases();
    for case in list(&cases, "classify") {
        let got = classify(input(case));
        match (text(case, "error"), got) {
            (Some(kind), Err(e)) => assert_eq!(e.kind(), kind, "{case}"),
            (Some(kind), Ok(c)) => panic!("{case}: expected error {kind}, got {c:?}"),
            (None, Err(e)) => panic!("{case}: expected a classification, got {e}"),
            (None, Ok(c)) => {
                assert_eq!(Some(c.kind().name()), text(case, "match"), "{case}");
                assert_eq!(c.role().map(Role::id), text(case, "role"), "{case}");
                assert_eq!(c.family().map(|f| f.id()), text(case, "family"), "{case}");
                assert_eq!(
                    c.seniority().map(|s| s.name()),
                    text(case, "seniority"),
                    "{case}"
                );
                assert_eq!(
                    c.bands().map(|b| b.to_string()).as_deref(),
                    text(case, "band"),
                    "{case}"
                );
                let want: Vec<&str> = case["candidates"]
                    .as_array()
                    .map(|c| c.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let got: Vec<&str> = if c.kind() == digital_health_roles::MatchKind::Ambiguous {
                    Classification::candidates(&c).map(|f| f.id()).collect()
                } else {
                    Vec::new()
                };
                assert_eq!(got, want, "{case}");
            }
        }
    }
}

#[test]
fn suggest_answers_every_case() {
    let cases = cases();
    for case in list(&cases, "suggest") {
        let first = suggest(input(case)).next().map(Role::id);
        assert_eq!(first, text(case, "first"), "{case}");
    }
}
