//! Organisation aliases and terms at runtime: what the builder refuses,
//! what the lookups find, the files, and that no built-in title changes.
#![cfg(feature = "alloc")]

use digital_health_roles::{
    Band, Family, MatchKind, Role, Seniority, TitleError, Vocabulary, VocabularyErrorKind,
    classify, parse_title, suggest,
};
use proptest::prelude::*;

fn local() -> Vocabulary {
    let mut builder = Vocabulary::builder();
    builder
        .alias("EPR Analyst", Role::HealthInformationOfficer)
        .unwrap()
        .alias("Lead Developer", Role::SoftwareDeveloper)
        .unwrap()
        .alias("Caldicott Support Officer", Role::DataProtectionOfficer)
        .unwrap()
        .term("Caldicott Lead", Family::InformationGovernance)
        .unwrap()
        .term("Cerner Build Analyst", Family::SoftwareDevelopment)
        .unwrap();
    builder.build()
}

fn kind_of(
    result: Result<impl Sized, digital_health_roles::VocabularyError>,
) -> VocabularyErrorKind {
    match result {
        Ok(_) => panic!("the entry was accepted"),
        Err(error) => error.kind().clone(),
    }
}

#[test]
fn built_in_keys_and_readings_are_refused_naming_both() {
    let mut builder = Vocabulary::builder();
    for (alias, builtin) in [
        ("Data Analyst", "role Data Analyst"),
        ("data-analyst", "role Data Analyst"),
        ("DPO", "role Data Protection Officer"),
        (
            "Health ICT Support Specialist",
            "role Health IT Support Specialist",
        ),
        (
            "Senior Data Analyst",
            "role Data Analyst (read as \"Senior Data Analyst\")",
        ),
        (
            "Data Analyst Junior",
            "role Data Analyst (read as \"Junior Data Analyst\")",
        ),
        (
            "Network Engineer",
            "term \"network engineer\" of IT operations",
        ),
    ] {
        let error = builder
            .alias(alias, Role::QualityAssuranceTester)
            .unwrap_err();
        assert_eq!(
            error.kind(),
            &VocabularyErrorKind::CollidesWithBuiltin {
                entry: alias.into(),
                builtin: builtin.into()
            },
            "{alias}"
        );
        assert!(error.to_string().contains(alias) && error.to_string().contains(builtin));
        assert!(
            builder
                .term(alias, Family::QualityAssuranceTesting)
                .is_err(),
            "{alias}"
        );
    }
    assert!(builder.build().is_empty());
}

#[test]
fn entries_that_read_alike_are_refused_naming_both() {
    let mut builder = Vocabulary::builder();
    builder
        .alias("EPR Analyst", Role::HealthInformationOfficer)
        .unwrap();
    for (again, target) in [
        ("epr-analyst", true),
        ("  EPR   analyst ", false),
        ("E.P.R. Analyst", true),
    ] {
        let error = if target {
            builder.alias(again, Role::DataAnalyst).unwrap_err()
        } else {
            builder.term(again, Family::DataAndAnalytics).unwrap_err()
        };
        assert_eq!(
            error.kind(),
            &VocabularyErrorKind::CollidesWithEntry {
                entry: again.into(),
                other: "EPR Analyst".into(),
                other_line: None
            }
        );
    }
    let error =
        Vocabulary::from_csv("alias,role\nEPR Analyst,data-analyst\n\nepr analyst,qa-tester\n")
            .unwrap_err();
    assert_eq!(error.line(), Some(4));
    assert_eq!(
        error.to_string(),
        "line 4: \"epr analyst\" is the same title as the earlier \"EPR Analyst\" on line 2"
    );
}

#[test]
fn entries_that_are_not_plain_titles_are_refused() {
    let mut builder = Vocabulary::builder();
    for bad in [
        "",
        "   ",
        "EPR\u{7}Analyst",
        "EPR Аnalyst",
        &"x".repeat(300),
    ] {
        assert!(
            matches!(
                kind_of(builder.alias(bad, Role::DataAnalyst)),
                VocabularyErrorKind::Invalid { .. }
            ),
            "{bad:?}"
        );
    }
    for bad in [
        "EPR Analyst (Temp)",
        "EPR, Analyst",
        "EPR Analyst Band 6",
        "EPR Analysts",
        "EPR Analyst's",
        "Senior Lead",
        "Supercalifragilisticexpialidocious-Extraordinaire Analyst",
        "a b c d e f g h i j k l m n o p q",
        // Words the title grammar reads as a band, grade, count or context.
        "Data Band 6 Analyst",
        "5 Clinical",
        "6 UX",
        "8a Analyst",
        "Wibble Analyst 12",
        "in",
        "to",
        "of",
        "and",
        "&",
        "the",
        "NHS",
        "AfC",
        "Agenda for Change",
        "II",
        "2",
        "Senior Senior Analyst",
        "Wibble Analyst!",
        "Wibble+Analyst",
        "Wibble@Analyst",
        "\"Wibble Analyst\"",
    ] {
        assert!(
            matches!(
                kind_of(builder.alias(bad, Role::DataAnalyst)),
                VocabularyErrorKind::NotPlainWords { .. }
            ),
            "{bad:?}"
        );
    }
    assert!(builder.build().is_empty());
}

/// An entry that the grammar would read as a built-in role once a title
/// puts a level or a band beside it is refused: the fast path and the
/// grammar must never disagree on a built-in title.
#[test]
fn entries_that_join_a_band_or_level_around_a_role_are_refused() {
    let mut builder = Vocabulary::builder();
    for alias in [
        "Data Analyst NHS",
        "Data Analyst AfC",
        "Senior Data Analyst Lead",
    ] {
        let error = builder
            .alias(alias, Role::QualityAssuranceTester)
            .unwrap_err();
        assert!(
            matches!(
                error.kind(),
                VocabularyErrorKind::CollidesWithBuiltin { .. }
                    | VocabularyErrorKind::NotPlainWords { .. }
            ),
            "{alias}: {error}"
        );
    }
    let vocabulary = builder.build();
    for title in [
        "Data Analyst NHS Band 6",
        "Data Analyst NHS AfC Band 6",
        "Senior Data Analyst NHS - Band 6",
    ] {
        assert_eq!(vocabulary.parse_title(title), parse_title(title), "{title}");
    }
}

/// Another spelling of a level word is the same entry.
#[test]
fn level_spellings_are_one_entry() {
    let mut builder = Vocabulary::builder();
    builder.alias("Senior Wibbler", Role::DataAnalyst).unwrap();
    let error = builder
        .alias("Snr Wibbler", Role::QualityAssuranceTester)
        .unwrap_err();
    assert!(
        matches!(error.kind(), VocabularyErrorKind::CollidesWithEntry { .. }),
        "{error}"
    );
    let vocabulary = builder.build();
    for title in ["Snr. Wibbler", "Sr Wibbler", "senior wibbler (Band 6)"] {
        assert_eq!(
            vocabulary.parse_title(title).map(|t| t.role()),
            Ok(Role::DataAnalyst),
            "{title}"
        );
        assert_eq!(
            vocabulary.classify(title).map(|c| c.role()),
            Ok(Some(Role::DataAnalyst)),
            "{title}"
        );
    }
}

/// An entry's new words are known to phrase lookups alone: a title that
/// holds one outside any entry reads as it does without the vocabulary.
#[test]
fn new_words_outside_an_entry_change_nothing() {
    let mut builder = Vocabulary::builder();
    builder
        .alias("Tier 12 Support Analyst", Role::HealthItSupportSpecialist)
        .unwrap();
    builder
        .alias("Wibble Trainer", Role::DigitalHealthTrainer)
        .unwrap();
    builder
        .alias("Office 365 Trainer", Role::DigitalHealthTrainer)
        .unwrap();
    let vocabulary = builder.build();
    for title in [
        "Software Developer 12",
        "Data Analyst Band 12",
        "Data Analyst Wibble Hospital",
        "Wibble Data Analyst",
        "Tier 12 Data Analyst",
        "Office 365 Administrator",
    ] {
        assert_eq!(vocabulary.parse_title(title), parse_title(title), "{title}");
        assert_eq!(vocabulary.classify(title), classify(title), "{title}");
    }
    assert_eq!(
        vocabulary
            .parse_title("Senior Office 365 Trainer")
            .map(|t| t.role()),
        Ok(Role::DigitalHealthTrainer)
    );
    assert_eq!(
        vocabulary
            .classify("Office 365 Trainer, Band 5, County Hospital")
            .map(|c| (c.kind(), c.role())),
        Ok((MatchKind::Qualified, Some(Role::DigitalHealthTrainer)))
    );
}

#[test]
fn aliases_are_read_with_the_matching_rules() {
    let vocabulary = local();
    let title = vocabulary.parse_title("Snr EPR Analyst (Band 6)").unwrap();
    assert_eq!(
        (title.role(), title.seniority(), title.band()),
        (
            Role::HealthInformationOfficer,
            Some(Seniority::Senior),
            Some(Band::Band6)
        )
    );
    for text in [
        "epr analyst",
        "EPR-ANALYST",
        "EPR Analyst - Band 8a-8b",
        "EPR Analyst (Junior)",
    ] {
        assert_eq!(
            vocabulary.parse_title(text).unwrap().role(),
            Role::HealthInformationOfficer,
            "{text}"
        );
    }
    // An alias that begins with a level word is tried whole first.
    assert_eq!(
        vocabulary
            .parse_title("Lead Developer")
            .unwrap()
            .seniority(),
        None
    );
    let senior = vocabulary.parse_title("Senior Lead Developer").unwrap();
    assert_eq!(
        (senior.role(), senior.seniority()),
        (Role::SoftwareDeveloper, Some(Seniority::Senior))
    );
    assert_eq!(
        vocabulary.role_from_title("caldicott support officer"),
        Ok(Role::DataProtectionOfficer)
    );
    assert_eq!(
        vocabulary.parse_title("EPR Analyst Trainer"),
        Err(TitleError::Unknown)
    );
    assert_eq!(
        vocabulary.parse_title("Senior"),
        Err(TitleError::MissingRole)
    );
    // Without the vocabulary these are unknown.
    assert_eq!(parse_title("EPR Analyst"), Err(TitleError::Unknown));
}

#[test]
fn classify_reads_aliases_and_terms_by_the_same_rules() {
    let vocabulary = local();
    let found = vocabulary.classify("EPR Analyst").unwrap();
    assert_eq!(
        (found.kind(), found.role()),
        (MatchKind::Exact, Some(Role::HealthInformationOfficer))
    );
    let found = vocabulary
        .classify("Paediatric EPR Analyst - Fixed Term, County Hospital")
        .unwrap();
    assert_eq!(
        (found.kind(), found.role()),
        (MatchKind::Qualified, Some(Role::HealthInformationOfficer))
    );
    let found = vocabulary.classify("Caldicott Lead").unwrap();
    assert_eq!(
        (found.kind(), found.family(), found.term()),
        (MatchKind::Family, Some(Family::InformationGovernance), None)
    );
    let evidence = found
        .evidence()
        .iter()
        .find(|e| e.part() == digital_health_roles::Part::Term)
        .unwrap();
    assert_eq!(evidence.range(), 0.."Caldicott Lead".len());
    // Built-in precision guards hold for the organisation's entries too.
    let found = vocabulary
        .classify("Head of EPR Analyst Team")
        .map(|c| (c.kind(), c.role()));
    assert_ne!(
        found.ok().and_then(|(_, role)| role),
        Some(Role::HealthInformationOfficer)
    );
    assert_eq!(
        vocabulary
            .classify("Finance Officer, Caldicott Lead team")
            .map(|c| c.family()),
        Err(TitleError::Unknown)
    );
    // A term of one family beside a term of another: both are candidates.
    let found = vocabulary
        .classify("Cerner Build Analyst and Network Engineer")
        .unwrap();
    assert_eq!(found.kind(), MatchKind::Ambiguous);
    assert_eq!(
        found.candidates().collect::<Vec<_>>(),
        [Family::ItOperations, Family::SoftwareDevelopment]
    );
    assert_eq!(
        classify("Caldicott Support Officer")
            .ok()
            .and_then(|c| c.role()),
        None
    );
}

#[test]
fn suggest_includes_the_aliases() {
    let vocabulary = local();
    assert_eq!(
        vocabulary.suggest("EPR Anaylst").collect::<Vec<_>>(),
        [Role::HealthInformationOfficer]
    );
    assert_eq!(
        vocabulary.suggest("Data Anaylst").collect::<Vec<_>>(),
        suggest("Data Anaylst").collect::<Vec<_>>()
    );
}

#[test]
fn files_load_and_name_the_line_of_a_mistake() {
    let csv = include_str!("data/vocabulary.csv");
    let from_csv = Vocabulary::from_csv(csv).unwrap();
    let json = include_str!("data/vocabulary.json");
    let from_json = Vocabulary::from_json(json).unwrap();
    assert!(from_csv.aliases().len() >= 3);
    assert_eq!(
        from_csv.aliases().collect::<Vec<_>>(),
        from_json.aliases().collect::<Vec<_>>()
    );
    assert_eq!(
        from_csv.terms().collect::<Vec<_>>(),
        from_json.terms().collect::<Vec<_>>()
    );

    let error = Vocabulary::from_csv("alias,role\nEPR Analyst,data-analyst\nWard Clerk,nurse\n")
        .unwrap_err();
    assert_eq!(
        (error.line(), error.kind()),
        (
            Some(3),
            &VocabularyErrorKind::UnknownRole {
                name: "nurse".into()
            }
        )
    );
    let error = Vocabulary::from_csv("term,family\nCaldicott Lead,Governance\n").unwrap_err();
    assert_eq!(error.line(), Some(2));
    assert!(matches!(
        error.kind(),
        VocabularyErrorKind::UnknownFamily { .. }
    ));
    let error = Vocabulary::from_json("{\n \"aliases\": {\n  \"EPR Analyst\": \"data-analyst\",\n  \"Data Analyst\": \"qa-tester\"\n }\n}").unwrap_err();
    assert_eq!(error.line(), Some(4));
    assert!(matches!(
        error.kind(),
        VocabularyErrorKind::CollidesWithBuiltin { .. }
    ));
}

/// Words to build aliases from: built-in words, level words, and new ones.
const WORDS: &[&str] = &[
    "data",
    "analyst",
    "epr",
    "senior",
    "lead",
    "clinical",
    "safety",
    "officer",
    "cerner",
    "build",
    "caldicott",
    "guardian",
    "systems",
    "trainer",
    "support",
    "digital",
    "health",
    "manager",
    "junior",
    "ux",
    "designer",
    "head",
    "of",
    "it",
    "principal",
    "wibble",
    "informatics",
    "da",
    "dpo",
    "uxd",
    "temp",
    "afc",
    "nhs",
    "ict",
    "admin",
    "graduate",
];

fn alias() -> impl Strategy<Value = String> {
    let keys: Vec<&'static str> = Role::ALL.iter().map(|role| role.title()).collect();
    prop_oneof![
        prop::collection::vec(prop::sample::select(WORDS), 1..5).prop_map(|words| words.join(" ")),
        // A built-in title with words before or after it: the entries most
        // likely to meet a built-in reading.
        (
            prop::collection::vec(prop::sample::select(WORDS), 0..3),
            prop::sample::select(keys),
            prop::collection::vec(prop::sample::select(WORDS), 0..3),
        )
            .prop_map(|(before, key, after)| {
                before
                    .into_iter()
                    .chain([key])
                    .chain(after)
                    .collect::<Vec<_>>()
                    .join(" ")
            }),
    ]
}

/// A built-in title as people write it: a key, maybe a level and a band.
fn builtin_title() -> impl Strategy<Value = String> {
    let keys: Vec<&'static str> = Role::ALL
        .iter()
        .flat_map(|role| {
            core::iter::once(role.title())
                .chain(core::iter::once(role.id()))
                .chain(role.aliases().iter().copied())
        })
        .collect();
    (
        prop::sample::select(keys),
        prop::option::of(prop::sample::select(vec![
            "Senior",
            "Lead",
            "Junior",
            "Principal",
            "Graduate",
        ])),
        prop::option::of(prop::sample::select(vec![
            " (Band 7)",
            " - Band 8a",
            ", Band 6",
            " Band 5",
            " (DA)",
            " (UXD)",
            " (DPO)",
            " Senior",
            " (Junior)",
            " AfC 8a",
            " Band 8a-b",
            " NHS Band 6",
            " Temp",
            ", Temp",
        ])),
        any::<bool>(),
    )
        .prop_map(|(key, level, band, lower)| {
            let text = format!(
                "{}{key}{}",
                level.map(|l| format!("{l} ")).unwrap_or_default(),
                band.unwrap_or_default()
            );
            if lower { text.to_lowercase() } else { text }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// However many aliases and terms an organisation adds, every title the
    /// built-in tables read is read the same.
    #[test]
    fn user_entries_never_change_a_built_in_reading(
        aliases in prop::collection::vec((alias(), 0..Role::ALL.len()), 0..12),
        terms in prop::collection::vec((alias(), 0..Family::ALL.len()), 0..6),
        titles in prop::collection::vec(prop_oneof![builtin_title(), alias(), ".{0,40}"], 1..16),
    ) {
        let mut builder = Vocabulary::builder();
        let mut accepted = Vec::new();
        for (text, role) in &aliases {
            if builder.alias(text, Role::ALL[*role]).is_ok() {
                accepted.push(text.clone());
            }
        }
        for (text, family) in &terms {
            if builder.term(text, Family::ALL[*family]).is_ok() {
                accepted.push(text.clone());
            }
        }
        let vocabulary = builder.build();
        // The accepted entries themselves beside levels, bands and acronyms,
        // where an entry could meet a built-in reading ("Data Analyst NHS"
        // in "Data Analyst NHS Band 6").
        let around: Vec<String> = accepted
            .iter()
            .flat_map(|entry| {
                [
                    format!("{entry} Band 6"),
                    format!("{entry} NHS Band 6"),
                    format!("{entry} AfC 8a"),
                    format!("Senior {entry} (Band 7)"),
                    format!("{entry} Senior"),
                    format!("{entry} (Junior)"),
                    format!("{entry} (DA)"),
                    format!("{entry} - Band 8a-b"),
                    format!("Band 5 {entry}"),
                ]
            })
            .collect();
        let keys = Role::ALL.iter().flat_map(|r| [r.title(), r.id()].into_iter().chain(r.aliases().iter().copied()));
        for title in titles.iter().chain(&around).map(String::as_str).chain(keys) {
            if let Ok(role) = Role::from_title(title) {
                prop_assert_eq!(vocabulary.role_from_title(title), Ok(role), "{}", title);
            }
            if let Ok(parsed) = parse_title(title) {
                prop_assert_eq!(vocabulary.parse_title(title), Ok(parsed), "{}", title);
                let found = vocabulary.classify(title).unwrap();
                prop_assert_eq!((found.kind(), found.role()), (MatchKind::Exact, Some(parsed.role())), "{}", title);
            }
            // Bad input gets the same error either way.
            if let Err(error) = parse_title(title) {
                if !matches!(error, TitleError::Unknown | TitleError::MissingRole | TitleError::DuplicateSeniority) {
                    prop_assert_eq!(vocabulary.parse_title(title), Err(error), "{}", title);
                    prop_assert_eq!(vocabulary.classify(title).err(), Some(error), "{}", title);
                }
            }
        }
    }

    /// An accepted alias is found again, whole, with a level and a band.
    #[test]
    fn an_accepted_alias_is_found(text in alias(), role in 0..Role::ALL.len()) {
        let mut builder = Vocabulary::builder();
        let role = Role::ALL[role];
        if builder.alias(&text, role).is_ok() {
            let vocabulary = builder.build();
            prop_assert_eq!(vocabulary.role_from_title(&text), Ok(role));
            prop_assert_eq!(vocabulary.parse_title(&text).map(|t| t.role()), Ok(role));
            let banded = format!("{text} (Band 6)");
            prop_assert_eq!(vocabulary.parse_title(&banded).map(|t| (t.role(), t.band())), Ok((role, Some(Band::Band6))));
            prop_assert_eq!(vocabulary.classify(&text).map(|c| (c.kind(), c.role())), Ok((MatchKind::Exact, Some(role))));
        }
    }
}

/// A file is read as JSON when its name ends in `.json` (any case), else as
/// CSV, and its mistakes keep their lines.
#[cfg(feature = "std")]
#[test]
fn a_file_is_read_by_its_extension() {
    let dir = std::env::temp_dir().join(format!("dhr-vocabulary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("local.CSV");
    std::fs::write(&csv, include_str!("data/vocabulary.csv")).unwrap();
    let json = dir.join("local.JSON");
    std::fs::write(&json, include_str!("data/vocabulary.json")).unwrap();
    let from_csv = Vocabulary::from_path(&csv).unwrap();
    let from_json = Vocabulary::from_path(&json).unwrap();
    assert_eq!(
        from_csv.aliases().collect::<Vec<_>>(),
        from_json.aliases().collect::<Vec<_>>()
    );
    // CSV read as JSON would fail on its first byte; JSON read as CSV on its header.
    let swapped = dir.join("local.json");
    std::fs::write(&swapped, include_str!("data/vocabulary.csv")).unwrap();
    assert_eq!(Vocabulary::from_path(&swapped).unwrap_err().line(), Some(1));
    std::fs::write(&csv, "alias,role\nEPR Analyst,nurse\n").unwrap();
    assert_eq!(Vocabulary::from_path(&csv).unwrap_err().line(), Some(2));
    std::fs::write(&csv, [0xFF, 0xFE]).unwrap();
    assert!(matches!(
        Vocabulary::from_path(&csv).unwrap_err().kind(),
        VocabularyErrorKind::Unreadable { .. }
    ));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// An organisation's alias parted by a word that only narrows the job is
/// its role, as a built-in role is ("IT Technical Operations Manager"):
/// the built-in table of role word pairs does not know the alias's words.
#[test]
fn an_alias_parted_by_a_narrowing_word_is_its_role() {
    let found = local()
        .classify("Caldicott Technical Support Officer")
        .unwrap();
    assert_eq!(
        (found.role(), found.kind()),
        (Some(Role::DataProtectionOfficer), MatchKind::Qualified)
    );
    assert_eq!(
        classify("Caldicott Technical Support Officer")
            .ok()
            .and_then(|c| c.role()),
        None
    );
}

/// An organisation's own alias of a role whose name other trades share is
/// its own title: a specialty beside it leaves the role, where beside the
/// built-in title it makes another trade's post.
#[test]
fn an_own_alias_of_a_shared_role_keeps_its_specialty() {
    let vocabulary = Vocabulary::from_csv(
        "alias,role\nRecords Data Lead,delivery-lead\nSite0 Support Specialist,patient-support-specialist\n",
    )
    .unwrap();
    let found = vocabulary
        .classify("Records Data Lead - Elective Recovery")
        .unwrap();
    assert_eq!(found.role(), Some(Role::DeliveryLead));
    // A word the built-in tables do not know, the alias's own.
    let found = vocabulary
        .classify("Paediatric Site0 Support Specialist")
        .unwrap();
    assert_eq!(found.role(), Some(Role::PatientSupportSpecialist));
    assert_eq!(
        vocabulary.classify("Delivery Lead - Elective Recovery"),
        Err(TitleError::Unknown)
    );
}
