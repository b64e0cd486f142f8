//! `parse_title`: real-world job titles with seniority words and NHS pay bands.

use digital_health_roles::{Band, JobTitle, Role, Seniority, TitleError, parse_title};

fn parsed(text: &str) -> (Role, Option<Seniority>, Option<Band>) {
    let title = parse_title(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    (title.role(), title.seniority(), title.band())
}

#[test]
fn plain_titles_parse_like_from_title() {
    for &role in Role::ALL {
        assert_eq!(parsed(role.title()), (role, None, None));
        assert_eq!(parsed(role.id()), (role, None, None));
        for alias in role.aliases() {
            assert_eq!(parsed(alias), (role, None, None));
        }
    }
    assert_eq!(
        parsed("  clinical SAFETY officer "),
        (Role::ClinicalSafetyOfficer, None, None)
    );
    assert_eq!(
        parsed("Learning & Development Coordinator"),
        (Role::LearningAndDevelopmentCoordinator, None, None)
    );
}

#[test]
fn every_seniority_word_is_read() {
    use Seniority::*;
    for (word, level) in [
        ("Apprentice", Apprentice),
        ("Trainee", Trainee),
        ("Junior", Junior),
        ("Jr", Junior),
        ("Jr.", Junior),
        ("JNR", Junior),
        ("jnr.", Junior),
        ("Associate", Associate),
        ("Senior", Senior),
        ("Sr", Senior),
        ("sr.", Senior),
        ("Snr", Senior),
        ("SNR.", Senior),
        ("Lead", Lead),
        ("Principal", Principal),
    ] {
        let text = format!("{word} Data Analyst");
        assert_eq!(
            parsed(&text),
            (Role::DataAnalyst, Some(level), None),
            "{text}"
        );
        assert_eq!(word.parse::<Seniority>(), Ok(level));
    }
    assert!(Seniority::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn a_trailing_lead_belongs_to_the_title() {
    assert_eq!(parsed("Delivery Lead"), (Role::DeliveryLead, None, None));
    assert_eq!(
        parsed("Lead Delivery Lead"),
        (Role::DeliveryLead, Some(Seniority::Lead), None)
    );
    assert_eq!(
        parsed("Senior Digital Transformation Lead"),
        (
            Role::DigitalTransformationLead,
            Some(Seniority::Senior),
            None
        )
    );
    assert_eq!(
        parsed("Lead Data Analyst"),
        (Role::DataAnalyst, Some(Seniority::Lead), None)
    );
}

#[test]
fn bands_are_read_in_every_written_form() {
    let cso = Role::ClinicalSafetyOfficer;
    for text in [
        "Clinical Safety Officer (Band 7)",
        "Clinical Safety Officer Band 7",
        "Clinical Safety Officer band7",
        "Clinical Safety Officer, Band 7",
        "Clinical Safety Officer - Band 7",
        "Clinical Safety Officer \u{2013} Band 7",
        "Clinical Safety Officer (AfC Band 7)",
        "Clinical Safety Officer, AfC Band 7",
        "Clinical Safety Officer AFC band 7",
        "Band 7 Clinical Safety Officer",
        "Band 7, Clinical Safety Officer",
        "Band 7 - Clinical Safety Officer",
        "(Band 7) Clinical Safety Officer",
        "AfC Band 7 Clinical Safety Officer",
        "clinical-safety-officer-band-7",
    ] {
        assert_eq!(parsed(text), (cso, None, Some(Band::Band7)), "{text:?}");
    }
    assert_eq!(
        parsed("Senior Information Governance Manager, Band 8B"),
        (
            Role::InformationGovernanceManager,
            Some(Seniority::Senior),
            Some(Band::Band8B)
        )
    );
    assert_eq!(
        parsed("Principal Health Data Scientist - Band 8b"),
        (
            Role::HealthDataScientist,
            Some(Seniority::Principal),
            Some(Band::Band8B)
        )
    );
    assert_eq!(
        parsed("Snr Clinical Safety Officer (Band 7)"),
        (cso, Some(Seniority::Senior), Some(Band::Band7))
    );
    assert_eq!(
        parsed("Data Analyst, Band 6"),
        (Role::DataAnalyst, None, Some(Band::Band6))
    );
}

#[test]
fn every_band_is_known() {
    use Band::*;
    for (code, band) in [
        ("1", Band1),
        ("2", Band2),
        ("3", Band3),
        ("4", Band4),
        ("5", Band5),
        ("6", Band6),
        ("7", Band7),
        ("8a", Band8A),
        ("8B", Band8B),
        ("8c", Band8C),
        ("8D", Band8D),
        ("9", Band9),
    ] {
        let text = format!("Data Analyst (Band {code})");
        assert_eq!(parsed(&text).2, Some(band), "{text}");
        assert_eq!(format!("Band {code}").parse::<Band>(), Ok(band));
        assert_eq!(format!("band{code}").parse::<Band>(), Ok(band));
    }
    assert_eq!(Band8A.to_string(), "Band 8a");
    assert!(Band::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn bands_that_do_not_exist_are_refused() {
    for text in [
        "Data Analyst Band 0",
        "Data Analyst Band 10",
        "Data Analyst Band 8e",
        "Data Analyst Band 8",
        "Data Analyst (Band 8e)",
        "Band 0 Data Analyst",
        "Data Analyst, band",
        "Data Analyst band11",
    ] {
        assert_eq!(parse_title(text), Err(TitleError::InvalidBand), "{text:?}");
    }
    assert_eq!("Band 10".parse::<Band>(), Err(TitleError::InvalidBand));
    // Not a band at all, and the error says so (not "not a role").
    assert_eq!("Grade 7".parse::<Band>(), Err(TitleError::NotABand));
}

#[test]
fn seniority_or_band_without_a_role_is_refused() {
    for text in [
        "Senior",
        "Band 7",
        "(Band 7)",
        "Senior Band 7",
        "Snr.",
        "Lead, Band 6",
        "Jr (Band 3)",
    ] {
        assert_eq!(parse_title(text), Err(TitleError::MissingRole), "{text:?}");
    }
}

#[test]
fn two_seniority_words_are_refused() {
    for text in [
        "Senior Senior Data Analyst",
        "Senior Lead Data Analyst",
        "Jr Junior Data Analyst",
    ] {
        assert_eq!(
            parse_title(text),
            Err(TitleError::DuplicateSeniority),
            "{text:?}"
        );
    }
}

#[test]
fn the_role_part_gets_from_title_errors() {
    assert_eq!(parse_title("Senior Nurse"), Err(TitleError::Unknown));
    assert_eq!(parse_title("Nurse (Band 5)"), Err(TitleError::Unknown));
    assert_eq!(
        parse_title("Senior Data Analysts"),
        Err(TitleError::Unknown)
    );
    assert_eq!(
        parse_title("Data Analyst (Cardiology)"),
        Err(TitleError::Unknown)
    );
    // A level after the role is a level ("Software Developer Trainee").
    assert_eq!(
        parse_title("Data Analyst Senior"),
        Ok(JobTitle::new(Role::DataAnalyst).with_seniority(Seniority::Senior))
    );
    assert_eq!(
        parse_title("Data Analyst Band 7 Band 7"),
        Err(TitleError::Unknown)
    );
    assert_eq!(parse_title(""), Err(TitleError::Empty));
    assert_eq!(
        parse_title(&"x".repeat(257)),
        Err(TitleError::TooLong { len: 257 })
    );
    assert_eq!(
        parse_title("Senior\u{200B} Data Analyst"),
        Err(TitleError::InvalidCharacter {
            character: '\u{200B}',
            offset: 6
        })
    );
    assert_eq!(
        parse_title("Senior D\u{0430}ta Analyst"),
        Err(TitleError::UnsupportedCharacter {
            character: '\u{0430}',
            offset: 8
        })
    );
    // Punctuation inside a word and a DEL get the same answers whichever
    // way the text is read.
    assert_eq!(
        parse_title("Senior Data Analyst (Band 7\u{7f})"),
        Err(TitleError::InvalidCharacter {
            character: '\u{7f}',
            offset: 27
        })
    );
    assert_eq!(
        parse_title("Senior Data Analyst (Band 7@)"),
        Err(TitleError::InvalidBand)
    );
    assert_eq!(parse_title("Senior Data@Analyst"), Err(TitleError::Unknown));
    assert_eq!(
        parse_title("Senior Cyber Defense Specialist, Band 7"),
        Ok(JobTitle::new(Role::CyberDefenceSpecialist)
            .with_seniority(Seniority::Senior)
            .with_band(Band::Band7))
    );
}

#[test]
fn display_is_canonical_and_parses_back() {
    for &role in Role::ALL {
        for &seniority in Seniority::ALL {
            for &band in Band::ALL {
                for title in [
                    JobTitle::new(role),
                    JobTitle::new(role).with_seniority(seniority),
                    JobTitle::new(role).with_band(band),
                    JobTitle::new(role)
                        .with_seniority(seniority)
                        .with_band(band),
                ] {
                    let text = title.to_string();
                    assert_eq!(text.parse::<JobTitle>(), Ok(title), "{text}");
                }
            }
        }
    }
    let title = parse_title("snr. clinical safety officer, afc band 7").unwrap();
    assert_eq!(title.to_string(), "Senior Clinical Safety Officer (Band 7)");
    assert_eq!(JobTitle::from(Role::QaManager).to_string(), "QA Manager");
    assert_eq!(
        JobTitle::try_from("QA Manager"),
        Ok(JobTitle::new(Role::QaManager))
    );
}

#[test]
fn job_titles_hash_and_compare_by_value() {
    use std::collections::HashSet;
    let set: HashSet<JobTitle> = [
        "Senior Data Analyst",
        "Snr Data Analyst",
        "Sr. data analyst",
    ]
    .into_iter()
    .map(|t| parse_title(t).unwrap())
    .collect();
    assert_eq!(set.len(), 1);
}

#[test]
fn many_level_words_are_read_whole() {
    // Every count of level words, before or after the role, gives the same
    // kind of answer, up to the longest title within the cap.
    let forms: [fn(usize) -> String; 2] = [
        |count| format!("{}Data Analyst", "Lead ".repeat(count)),
        |count| format!("Data Analyst{}", " Sr".repeat(count)),
    ];
    for form in forms {
        for text in (2..).map(form).take_while(|text| text.len() <= 256) {
            assert_eq!(
                parse_title(&text),
                Err(TitleError::DuplicateSeniority),
                "{text:?}"
            );
        }
    }
}

#[test]
fn bands_and_ranges_parse_back_from_what_they_and_job_titles_write() {
    use digital_health_roles::BandRange;
    for &low in Band::ALL {
        // As itself, and in the brackets JobTitle writes after a title.
        assert_eq!(low.to_string().parse::<Band>(), Ok(low));
        assert_eq!(format!("({low})").parse::<Band>(), Ok(low));
        for &high in Band::ALL {
            let Some(range) = BandRange::new(low, high) else {
                assert_eq!(
                    format!("Band {}-{}", &low.name()[5..], &high.name()[5..]).parse::<BandRange>(),
                    Err(TitleError::InvalidBand)
                );
                continue;
            };
            assert_eq!(range.to_string().parse::<BandRange>(), Ok(range), "{range}");
            let title = JobTitle::new(Role::DataAnalyst).with_bands(range);
            assert_eq!(title.to_string().parse::<JobTitle>(), Ok(title), "{title}");
        }
    }
}
