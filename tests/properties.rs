//! Property tests over generated strings and generated variations of real
//! titles: no panics, the matching rules hold, nothing crosses to another role.

use digital_health_roles::{
    Band, BandRange, Family, JobTitle, MatchKind, Part, Role, Seniority, TitleError, classify,
    parse_title, suggest,
};
use proptest::prelude::*;
use proptest::sample::select;

fn any_role() -> impl Strategy<Value = Role> {
    select(Role::ALL)
}

fn any_family() -> impl Strategy<Value = Family> {
    select(Family::ALL)
}

fn any_job_title() -> impl Strategy<Value = JobTitle> {
    (
        any_role(),
        proptest::option::of(select(Seniority::ALL)),
        proptest::option::of(select(Band::ALL)),
    )
        .prop_map(|(role, seniority, band)| {
            let title = JobTitle::new(role);
            let title = seniority.map_or(title, |s| title.with_seniority(s));
            band.map_or(title, |b| title.with_band(b))
        })
}

/// Text that looks like titles: letters, spaces, the punctuation the rules
/// treat specially, and a few troublemakers.
fn title_like() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[A-Za-z .,()&'_\\-\u{2013}\u{2019}\u{00A0}\u{200B}\u{0430}0-9]{0,60}",
    )
    .expect("valid regex")
}

/// Titles built from the pieces real adverts use: levels, role titles and
/// family words, bands in every spelling, brackets, commas, dashes, context
/// and noise.
fn real_title_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        select(Role::ALL).prop_map(|r| r.title().to_string()),
        select(
            Role::ALL
                .iter()
                .flat_map(|r| r.aliases())
                .copied()
                .collect::<Vec<_>>()
        )
        .prop_map(String::from),
        select(
            &[
                "Senior",
                "Snr",
                "Lead",
                "Graduate",
                "Trainee",
                "Intern",
                "Junior",
                "Principal",
                "Head of",
                "Deputy",
                "Assistant",
                "Band 7",
                "Band 8a-8b",
                "AfC 8a",
                "Agenda for Change Band 6",
                "NHS Band 5",
                "Band 6/7",
                "Band 10",
                "Band",
                "band7",
                "(",
                ")",
                ",",
                " - ",
                "/",
                ":",
                "|",
                "*",
                "x 2",
                "2",
                "II",
                "in",
                "at",
                "Cardiology",
                "County Hospital",
                "Fixed Term",
                "Network Engineer",
                "Test Analyst",
                "Digital",
                "Programme Manager",
                "SOC",
                "Analyst",
                "Developers",
                "Safety",
                "Security",
                "Officer",
                "Patient",
                "Nurse",
                "Finance",
                "Healthcare",
                "ICT",
                "Apps",
                "(IGM)",
                "(DPO)",
                "eHealth",
                "Cybersecurity",
                "(UXR)",
                "Information",
                "Technology",
                "&",
                "and",
                // The words of the rules for clinical posts, general jobs,
                // digital areas, leaders, inner acronyms and marks.
                "Midwife",
                "Clinical",
                "Maternity",
                "EPR",
                "IT",
                "IT Specialist",
                "Director",
                "Specialist",
                "PACS",
                "(QA)",
                "(L&D)",
                "UX/UI",
                "Designer",
                // The job nouns of many trades and what names their trade.
                "Developer",
                "Tester",
                "Java",
                "Game",
                "Band 6",
                "Cigar",
                "!",
                // The words of the rules for slashes and "or".
                "/",
                "or",
                "Engineer",
                "Architect",
                "Solutions",
                "Quality Assurance",
                "\u{201C}",
                "\u{00A3}35k",
            ][..]
        )
        .prop_map(String::from),
    ];
    proptest::collection::vec(piece, 1..7).prop_map(|pieces| pieces.join(" "))
}

/// Spellings of one word separator that the rules treat as a single space.
const SEPARATORS: &[&str] = &[
    " ", "  ", "\t", "\n", "-", "_", " - ", "\u{2013}", "\u{2014}", "\u{00A0}", "\u{3000}", " _ ",
];

/// A variation of `title` that the matching rules must accept as the same
/// role: case, separators, surrounding space, dots and apostrophes, `&`,
/// "Information Technology" and the US spellings.
fn variation(title: &'static str) -> impl Strategy<Value = String> {
    let words: Vec<&'static str> = title.split(' ').collect();
    let count = words.len();
    (
        proptest::collection::vec(any::<bool>(), 64),
        proptest::collection::vec(select(SEPARATORS), count),
        select(&["", " ", "  ", "\t", "\u{00A0}"][..]),
        select(&["", " ", "\n", "\u{2003}"][..]),
        proptest::collection::vec(0usize..4, count),
        any::<bool>(),
    )
        .prop_map(
            move |(upper, separators, leading, trailing, marks, respell)| {
                let mut out = String::from(leading);
                for (i, word) in words.iter().enumerate() {
                    if i > 0 {
                        out.push_str(separators[i]);
                    }
                    let word = match (*word, respell) {
                        ("and", true) => "&".to_string(),
                        ("IT", true) => "Information Technology".to_string(),
                        ("Defence", true) => "Defense".to_string(),
                        ("centred", true) => "centered".to_string(),
                        (w, _) => w.to_string(),
                    };
                    for (j, c) in word.chars().enumerate() {
                        let c = if upper[(i * 7 + j) % 64] {
                            c.to_ascii_uppercase()
                        } else {
                            c.to_ascii_lowercase()
                        };
                        out.push(c);
                        // Dots and apostrophes are dropped wherever they stand.
                        if j == 0 {
                            match marks[i] {
                                1 => out.push('.'),
                                2 => out.push('\''),
                                3 => out.push('\u{2019}'),
                                _ => {}
                            }
                        }
                    }
                }
                out.push_str(trailing);
                out
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_entry_point_panics_on_any_string(text in any::<String>()) {
        let _ = Role::from_title(&text);
        let _ = Family::from_name(&text);
        let _ = Role::from_id(&text);
        let _ = Family::from_id(&text);
        let _ = parse_title(&text);
        let _ = suggest(&text).count();
        let _ = text.parse::<Role>();
        let _ = text.parse::<Family>();
        let _ = text.parse::<JobTitle>();
        let _ = text.parse::<Band>();
        let _ = text.parse::<BandRange>();
        let _ = text.parse::<Seniority>();
        let _ = classify(&text);
    }

    #[test]
    fn no_entry_point_panics_on_title_like_text(text in title_like()) {
        let role = Role::from_title(&text);
        let _ = Family::from_name(&text);
        let parsed = parse_title(&text);
        let suggestions: Vec<Role> = suggest(&text).collect();
        prop_assert!(suggestions.len() <= 3);
        if let Ok(role) = role {
            prop_assert_eq!(parsed, Ok(JobTitle::new(role)));
            prop_assert_eq!(suggestions.first(), Some(&role));
        }
    }

    #[test]
    fn classify_agrees_with_parse_title_and_shows_its_evidence(text in real_title_like()) {
        let parsed = parse_title(&text);
        let found = classify(&text);
        match (&parsed, &found) {
            // Whatever parse_title accepts is an exact match with the same parts.
            (Ok(title), _) => {
                let found = found.expect("an exact title classifies");
                prop_assert_eq!(found.kind(), MatchKind::Exact);
                prop_assert_eq!(found.role(), Some(title.role()));
                prop_assert_eq!(found.seniority(), title.seniority());
                prop_assert_eq!(found.bands(), title.bands());
            }
            // Bad input gets parse_title's error.
            (Err(error), Err(other)) => prop_assert_eq!(error, other),
            (Err(_), Ok(found)) => {
                prop_assert_ne!(found.kind(), MatchKind::Exact);
                let error = parsed.err();
                prop_assert!(
                    !matches!(error, Some(TitleError::Empty | TitleError::TooLong { .. }
                        | TitleError::InvalidCharacter { .. } | TitleError::UnsupportedCharacter { .. })),
                    "{:?} classified despite {:?}", text, error
                );
            }
        }
        if let Ok(found) = found {
            // A role or family is never given without evidence for it.
            let decided = |part| found.evidence().iter().any(|e| e.part() == part);
            match found.kind() {
                MatchKind::Exact | MatchKind::Qualified => prop_assert!(decided(Part::Role)),
                _ => prop_assert!(decided(Part::Term) || decided(Part::Role)),
            }
            if let Some(role) = found.role() {
                prop_assert_eq!(found.family(), Some(role.family()));
                // The role's words are in the input: the piece classifies
                // to the same role on its own.
                let piece = found.evidence().iter().find(|e| e.part() == Part::Role).expect("checked");
                prop_assert_eq!(classify(&text[piece.range()]).ok().and_then(|c| c.role()), Some(role));
            }
            // Evidence lies inside the input, in order, without overlap.
            let mut end = 0;
            for evidence in found.evidence() {
                prop_assert!(evidence.range().start >= end && evidence.range().end <= text.len());
                prop_assert!(text.get(evidence.range()).is_some());
                end = evidence.range().end;
            }
            prop_assert_eq!(found.family().is_some(), found.kind() != MatchKind::Ambiguous);
            prop_assert!(found.kind() != MatchKind::Ambiguous || found.candidates().count() >= 2);
        }
    }

    #[test]
    fn allowed_variations_resolve_to_the_same_role(
        (role, text) in any_role().prop_flat_map(|role| (Just(role), variation(role.title())))
    ) {
        prop_assert_eq!(Role::from_title(&text), Ok(role), "{:?}", text);
        prop_assert_eq!(parse_title(&text).map(|t| t.role()), Ok(role), "{:?}", text);
    }

    #[test]
    fn allowed_variations_of_family_names_resolve(
        (family, text) in any_family().prop_flat_map(|f| (Just(f), variation(f.name())))
    ) {
        prop_assert_eq!(Family::from_name(&text), Ok(family), "{:?}", text);
    }

    #[test]
    fn an_inserted_letter_never_gives_another_role(
        role in any_role(),
        position in any::<proptest::sample::Index>(),
        letter in proptest::char::range('a', 'z'),
    ) {
        let mut text: Vec<char> = role.title().chars().collect();
        text.insert(position.index(text.len() + 1), letter);
        let text: String = text.into_iter().collect();
        match Role::from_title(&text) {
            Ok(found) => prop_assert_eq!(found, role, "{:?}", text),
            Err(error) => prop_assert_eq!(error, TitleError::Unknown),
        }
    }

    #[test]
    fn an_invisible_character_is_always_refused(
        role in any_role(),
        position in any::<proptest::sample::Index>(),
        invisible in select(&['\0', '\u{7}', '\u{1B}', '\u{7F}', '\u{AD}', '\u{200B}', '\u{200D}', '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{E0041}'][..]),
    ) {
        let title = role.title();
        let offset = position.index(title.len() + 1);
        let text = format!("{}{}{}", &title[..offset], invisible, &title[offset..]);
        prop_assert_eq!(
            Role::from_title(&text),
            Err(TitleError::InvalidCharacter { character: invisible, offset: u16::try_from(offset).unwrap() })
        );
        prop_assert!(parse_title(&text).is_err());
    }

    #[test]
    fn a_look_alike_letter_is_always_refused(
        role in any_role(),
        position in any::<proptest::sample::Index>(),
    ) {
        // Cyrillic and Greek letters that render like Latin ones.
        let look_alike = |c: char| match c {
            'a' => Some('\u{0430}'), 'e' => Some('\u{0435}'), 'o' => Some('\u{043E}'),
            'p' => Some('\u{0440}'), 'c' => Some('\u{0441}'), 'y' => Some('\u{0443}'),
            'A' => Some('\u{0391}'), 'C' => Some('\u{0421}'), 'D' => Some('\u{0414}'),
            'H' => Some('\u{041D}'), 'I' => Some('\u{0399}'), 'T' => Some('\u{0422}'),
            'S' => Some('\u{0405}'), 'P' => Some('\u{0420}'), 'i' => Some('\u{0456}'),
            _ => None,
        };
        let title = role.title();
        let candidates: Vec<usize> = title.char_indices().filter(|(_, c)| look_alike(*c).is_some()).map(|(i, _)| i).collect();
        prop_assume!(!candidates.is_empty());
        let offset = candidates[position.index(candidates.len())];
        let original = title[offset..].chars().next().unwrap();
        let replacement = look_alike(original).unwrap();
        let text = format!("{}{}{}", &title[..offset], replacement, &title[offset + 1..]);
        prop_assert_eq!(
            Role::from_title(&text),
            Err(TitleError::UnsupportedCharacter { character: replacement, offset: u16::try_from(offset).unwrap() })
        );
    }

    #[test]
    fn display_then_parse_gives_back_the_value(role in any_role(), family in any_family(), title in any_job_title()) {
        prop_assert_eq!(role.to_string().parse::<Role>(), Ok(role));
        prop_assert_eq!(family.to_string().parse::<Family>(), Ok(family));
        prop_assert_eq!(title.to_string().parse::<JobTitle>(), Ok(title));
    }
}

#[cfg(feature = "serde")]
proptest! {
    #[test]
    fn serde_round_trips(role in any_role(), family in any_family(), title in any_job_title()) {
        let json = serde_json::to_string(&(role, family, title)).unwrap();
        prop_assert_eq!(serde_json::from_str::<(Role, Family, JobTitle)>(&json).unwrap(), (role, family, title));
    }

    #[test]
    fn serde_never_panics_on_any_string(text in any::<String>()) {
        let json = serde_json::to_string(&text).unwrap();
        let _ = serde_json::from_str::<Role>(&json);
        let _ = serde_json::from_str::<Family>(&json);
        let _ = serde_json::from_str::<JobTitle>(&json);
    }
}
