//! `Vocabulary`: the file readers never panic, and no set of aliases and
//! terms changes how a built-in title reads. The input's last line is the
//! title; each line before it is an alias (to a role chosen by its length),
//! or a term when it starts with `#`.
#![no_main]

use digital_health_roles::{Family, MatchKind, Role, Vocabulary, classify, parse_title};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = Vocabulary::from_csv(text);
    let _ = Vocabulary::from_json(text);
    let (entries, title) = text.rsplit_once('\n').unwrap_or(("", text));
    let mut builder = Vocabulary::builder();
    for line in entries.lines() {
        let _accepted_or_refused = match line.strip_prefix('#') {
            Some(term) => builder
                .term(term, Family::ALL[term.len() % Family::ALL.len()])
                .map(|_| ()),
            None => builder
                .alias(line, Role::ALL[line.len() % Role::ALL.len()])
                .map(|_| ()),
        };
    }
    let vocabulary = builder.build();
    let own = vocabulary.parse_title(title);
    let found = vocabulary.classify(title);
    let _ = vocabulary.suggest(title).count();
    if let Ok(role) = Role::from_title(title) {
        assert_eq!(vocabulary.role_from_title(title), Ok(role), "{text:?}");
    }
    match parse_title(title) {
        Ok(builtin) => {
            assert_eq!(own, Ok(builtin), "{text:?}");
            let found = found.unwrap();
            assert_eq!((found.kind(), found.role()), (MatchKind::Exact, Some(builtin.role())), "{text:?}");
        }
        Err(error) => {
            if let Ok(found) = &found {
                if found.kind() == MatchKind::Exact {
                    assert_eq!(own.map(|t| t.role()).ok(), found.role(), "{text:?}");
                }
            } else if classify(title).is_err() {
                // Bad input is refused alike.
                let bad = |e: &digital_health_roles::TitleError| {
                    !matches!(e.kind(), "unknown" | "missing-role" | "duplicate-seniority" | "invalid-band")
                };
                if bad(&error) {
                    assert_eq!(own, Err(error), "{text:?}");
                }
            }
        }
    }
});
