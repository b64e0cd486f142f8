//! The lenient matching rules of `Role::from_title` and `Family::from_name`:
//! what they accept, what they refuse by design, and the errors they give.

use digital_health_roles::{Family, MAX_TITLE_LEN, Role, TitleError};

fn role(title: &str) -> Result<Role, TitleError> {
    Role::from_title(title)
}

#[test]
fn every_title_id_and_alias_resolves_to_its_own_role() {
    for &r in Role::ALL {
        assert_eq!(role(r.title()), Ok(r));
        assert_eq!(role(r.id()), Ok(r));
        assert_eq!(role(&r.title().to_uppercase()), Ok(r));
        assert_eq!(role(&r.title().to_lowercase()), Ok(r));
        assert_eq!(role(&r.id().replace('-', "_")), Ok(r));
        assert_eq!(Role::from_id(r.id()), Some(r));
        assert_eq!(r.title().parse::<Role>(), Ok(r));
        assert_eq!(Role::try_from(r.id()), Ok(r));
        for alias in r.aliases() {
            assert_eq!(role(alias), Ok(r), "alias {alias:?}");
            assert_eq!(role(&alias.to_lowercase()), Ok(r), "alias {alias:?}");
        }
    }
}

#[test]
fn every_family_name_id_and_alias_resolves_to_its_own_family() {
    for &f in Family::ALL {
        assert_eq!(Family::from_name(f.name()), Ok(f));
        assert_eq!(Family::from_name(f.id()), Ok(f));
        assert_eq!(Family::from_name(&f.name().to_uppercase()), Ok(f));
        assert_eq!(Family::from_id(f.id()), Some(f));
        assert_eq!(f.name().parse::<Family>(), Ok(f));
        assert_eq!(Family::try_from(f.name()), Ok(f));
        for alias in f.aliases() {
            assert_eq!(Family::from_name(alias), Ok(f), "alias {alias:?}");
        }
    }
}

#[test]
fn required_aliases_are_listed_and_resolve() {
    for (alias, expected) in [
        ("QA Tester", Role::QualityAssuranceTester),
        ("Quality Assurance Manager", Role::QaManager),
        ("User Experience Designer", Role::UxDesigner),
        ("UX Researcher", Role::UserExperienceResearcher),
        ("DPO", Role::DataProtectionOfficer),
        ("System Administrator", Role::SystemsAdministrator),
    ] {
        assert!(expected.aliases().contains(&alias), "{alias} is not listed");
        assert_eq!(role(alias), Ok(expected));
    }
    assert_eq!(
        Family::from_name("Digital leadership roles"),
        Ok(Family::DigitalLeadership)
    );
    assert_eq!(
        Family::from_name("QAT"),
        Ok(Family::QualityAssuranceTesting)
    );
}

#[test]
fn case_and_whitespace_do_not_matter() {
    let r = Role::ClinicalSafetyOfficer;
    for text in [
        "  Clinical   SAFETY officer ",
        "clinical safety officer",
        "\tClinical\nSafety\r\nOfficer",
        "Clinical\u{00A0}Safety\u{2003}Officer",
        "Clinical \u{3000} Safety Officer",
    ] {
        assert_eq!(role(text), Ok(r), "{text:?}");
    }
}

#[test]
fn hyphens_underscores_and_dashes_separate_words() {
    let r = Role::InformationGovernanceManager;
    for text in [
        "information-governance-manager",
        "Information_Governance_Manager",
        "Information - Governance -- Manager",
        "Information\u{2010}Governance\u{2011}Manager",
        "Information\u{2012}Governance\u{2013}Manager",
        "Information\u{2014}Governance\u{2015}Manager",
        "-information-governance-manager-",
    ] {
        assert_eq!(role(text), Ok(r), "{text:?}");
    }
}

#[test]
fn dots_and_apostrophes_are_dropped() {
    assert_eq!(role("Health I.T. Consultant"), Ok(Role::HealthItConsultant));
    assert_eq!(role("Q.A. Manager"), Ok(Role::QaManager));
    assert_eq!(role("U.X. Designer"), Ok(Role::UxDesigner));
    assert_eq!(role("D.P.O."), Ok(Role::DataProtectionOfficer));
    assert_eq!(role("Data Analyst."), Ok(Role::DataAnalyst));
    assert_eq!(role("Data Analyst'"), Ok(Role::DataAnalyst));
    assert_eq!(role("Data Analyst\u{2019}"), Ok(Role::DataAnalyst));
}

#[test]
fn ampersand_reads_as_and() {
    assert_eq!(
        role("Learning & Development Coordinator"),
        Ok(Role::LearningAndDevelopmentCoordinator)
    );
    assert_eq!(
        role("Learning&Development Coordinator"),
        Ok(Role::LearningAndDevelopmentCoordinator)
    );
    assert_eq!(
        Family::from_name("Data & Analytics"),
        Ok(Family::DataAndAnalytics)
    );
    assert_eq!(
        Family::from_name("Product & Delivery"),
        Ok(Family::ProductAndDelivery)
    );
}

#[test]
fn information_technology_reads_as_it() {
    assert_eq!(
        role("Health Information Technology Architect"),
        Ok(Role::HealthItArchitect)
    );
    assert_eq!(
        role("Health Information Technology Consultant"),
        Ok(Role::HealthItConsultant)
    );
    assert_eq!(
        role("Information Technology Operations Manager"),
        Ok(Role::ItOperationsManager)
    );
    assert_eq!(
        Family::from_name("Information Technology Operations"),
        Ok(Family::ItOperations)
    );
    // "Information" alone stays itself.
    assert_eq!(
        role("Health Information Officer"),
        Ok(Role::HealthInformationOfficer)
    );
}

#[test]
fn spelling_variants_are_accepted() {
    assert_eq!(
        role("Cybersecurity Analyst"),
        Ok(Role::CyberSecurityAnalyst)
    );
    assert_eq!(
        role("CyberSecurity Analyst"),
        Ok(Role::CyberSecurityAnalyst)
    );
    assert_eq!(
        role("Cyber-Security Analyst"),
        Ok(Role::CyberSecurityAnalyst)
    );
    assert_eq!(
        role("Cyber Defense Specialist"),
        Ok(Role::CyberDefenceSpecialist)
    );
    assert_eq!(
        Family::from_name("Cybersecurity"),
        Ok(Family::CyberSecurity)
    );
    assert_eq!(
        Family::from_name("User Centered Design"),
        Ok(Family::UserCentredDesign)
    );
    assert_eq!(
        Family::from_name("user-centered-design"),
        Ok(Family::UserCentredDesign)
    );
    assert_eq!(
        Family::from_name("User Center Design"),
        Err(TitleError::Unknown)
    );
}

#[test]
fn not_accepted_by_design() {
    for text in [
        "Senior Data Analyst",
        "Clinical Safety Officers",
        "Data Analyst II",
        "Data Analyst 2",
        "Data Data Analyst",
        "Data Analyst Analyst",
        "Data",
        "Analyst",
        "Safety Officer",
        "CDO",
        "Chief Data Officer",
        "Software Engineer",
        "Data Analyst (Band 6)",
        "Data-Analyst-Band-6",
        "UX/UI Designer",
        "Health I T Consultant",
        "Clinical Safety Officer Clinical Safety Officer",
    ] {
        assert_eq!(role(text), Err(TitleError::Unknown), "{text:?}");
    }
    assert_eq!(
        Family::from_name("Digital leadership role"),
        Err(TitleError::Unknown)
    );
    assert_eq!(
        Family::from_name("Clinical Safety Officer"),
        Err(TitleError::Unknown)
    );
    assert_eq!(role("Clinical safety"), Err(TitleError::Unknown));
}

#[test]
fn near_neighbours_never_cross() {
    assert_eq!(role("data analyst"), Ok(Role::DataAnalyst));
    assert_eq!(role("clinical data analyst"), Ok(Role::ClinicalDataAnalyst));
    assert_eq!(role("genomic data analyst"), Ok(Role::GenomicDataAnalyst));
    assert_eq!(
        role("compliance specialist"),
        Ok(Role::ComplianceSpecialist)
    );
    assert_eq!(
        role("health safety compliance officer"),
        Ok(Role::HealthSafetyComplianceOfficer)
    );
}

#[test]
fn from_id_is_strict() {
    assert_eq!(Role::from_id("data-analyst"), Some(Role::DataAnalyst));
    for text in [
        "Data Analyst",
        "DATA-ANALYST",
        " data-analyst",
        "data_analyst",
        "qa-tester",
        "dpo",
        "",
    ] {
        assert_eq!(Role::from_id(text), None, "{text:?}");
    }
    assert_eq!(Family::from_id("Patient services"), None);
    assert_eq!(Family::from_id("qat"), None);
}

#[test]
fn bad_input_gets_a_typed_error() {
    assert_eq!(role(""), Err(TitleError::Empty));
    assert_eq!(role(" \t\n "), Err(TitleError::Empty));
    assert_eq!(role("\u{00A0}\u{2003}"), Err(TitleError::Empty));
    assert_eq!(role("...."), Err(TitleError::Unknown));
    assert_eq!(Family::from_name(""), Err(TitleError::Empty));

    let over = "a".repeat(MAX_TITLE_LEN + 1);
    assert_eq!(
        role(&over),
        Err(TitleError::TooLong {
            len: u32::try_from(MAX_TITLE_LEN + 1).unwrap()
        })
    );
    let huge = "\0".repeat(1 << 20);
    assert_eq!(role(&huge), Err(TitleError::TooLong { len: 1 << 20 }));

    for (text, character, offset) in [
        ("\0Data Analyst", '\0', 0),
        ("Data\u{7}Analyst", '\u{7}', 4),
        ("Data\u{7F}Analyst", '\u{7F}', 4),
        ("Data\u{200B}Analyst", '\u{200B}', 4),
        ("Data Analyst\u{FEFF}", '\u{FEFF}', 12),
        ("\u{FEFF}Data Analyst", '\u{FEFF}', 0),
        ("Data\u{00AD}Analyst", '\u{00AD}', 4),
        ("Data\u{2060}Analyst", '\u{2060}', 4),
    ] {
        assert_eq!(
            role(text),
            Err(TitleError::InvalidCharacter { character, offset }),
            "{text:?}"
        );
    }
    for bidi in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
        let text = format!("Data {bidi}Analyst");
        assert_eq!(
            role(&text),
            Err(TitleError::InvalidCharacter {
                character: bidi,
                offset: 5
            })
        );
    }
}

#[test]
fn look_alike_letters_never_validate() {
    for (text, character, offset) in [
        ("D\u{0430}ta Analyst", '\u{0430}', 1), // Cyrillic a
        ("Data An\u{0430}lyst", '\u{0430}', 7), // Cyrillic a
        ("\u{0421}linical Safety Officer", '\u{0421}', 0), // Cyrillic Es
        ("Data Analyst \u{039F}", '\u{039F}', 13), // Greek Omicron
        ("\u{FF24}ata Analyst", '\u{FF24}', 0), // full-width D
        ("Dat\u{0061}\u{0301} Analyst", '\u{0301}', 4), // combining acute
    ] {
        assert_eq!(
            role(text),
            Err(TitleError::UnsupportedCharacter { character, offset }),
            "{text:?}"
        );
    }
}

#[test]
fn error_messages_are_clear() {
    assert_eq!(TitleError::Empty.to_string(), "the title is empty");
    assert_eq!(
        TitleError::TooLong { len: 300 }.to_string(),
        "the title is 300 bytes long; the limit is 256 bytes"
    );
    assert_eq!(
        TitleError::InvalidCharacter {
            character: '\u{200B}',
            offset: 4
        }
        .to_string(),
        "the title contains the invisible or control character U+200B at byte 4"
    );
    assert_eq!(
        TitleError::UnsupportedCharacter {
            character: '\u{0430}',
            offset: 1
        }
        .to_string(),
        "the title contains '\u{0430}' (U+0430) at byte 1, which is not a Latin letter, digit or title punctuation"
    );
    let error: &dyn core::error::Error = &TitleError::Unknown;
    assert!(error.source().is_none());
}

#[test]
fn display_pads() {
    assert_eq!(format!("[{:>14}]", Role::DataAnalyst), "[  Data Analyst]");
    assert_eq!(
        format!("[{:<14}]", Family::Architecture),
        "[Architecture  ]"
    );
    let title: &str = Role::DataAnalyst.into();
    assert_eq!(title, "Data Analyst");
}
