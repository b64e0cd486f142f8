//! `classify`: never panics, gives `parse_title`'s answer as an exact match
//! and its error where it finds nothing, and shows evidence for whatever it
//! gives.
#![no_main]

use digital_health_roles::{MatchKind, Part, classify, parse_title};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = classify(text);
    match (parse_title(text), &found) {
        (Ok(title), Ok(found)) => {
            assert_eq!(found.kind(), MatchKind::Exact);
            assert_eq!(found.role(), Some(title.role()));
            assert_eq!((found.seniority(), found.bands()), (title.seniority(), title.bands()));
        }
        (Ok(title), Err(error)) => panic!("{text:?}: parse_title {title:?}, classify {error:?}"),
        (Err(error), Err(other)) => assert_eq!(&error, other),
        (Err(_), Ok(found)) => assert_ne!(found.kind(), MatchKind::Exact),
    }
    let Ok(found) = found else { return };
    let mut end = 0;
    for evidence in found.evidence() {
        let range = evidence.range();
        assert!(range.start >= end && range.start < range.end, "{text:?}");
        assert!(text.get(range.clone()).is_some(), "{text:?}: {range:?}");
        end = range.end;
    }
    let has = |part| found.evidence().iter().any(|e| e.part() == part);
    if let Some(role) = found.role() {
        assert_eq!(found.family(), Some(role.family()));
        assert!(has(Part::Role), "{text:?}");
        let piece = found.evidence().iter().find(|e| e.part() == Part::Role).unwrap();
        assert_eq!(classify(&text[piece.range()]).ok().and_then(|c| c.role()), Some(role), "{text:?}");
    } else {
        assert!(has(Part::Term) || has(Part::Role), "{text:?}");
    }
    if found.kind() == MatchKind::Ambiguous {
        assert!(found.family().is_none() && found.candidates().count() >= 2);
    }
});
