//! The taxonomy's facts, checked against the SFIA page's table as written in
//! the project's specification: names, ids, order and membership.

use std::collections::HashSet;

use digital_health_roles::{Family, Role};
use strum::EnumCount;

/// (role title, role id).
type Roles = &'static [(&'static str, &'static str)];

/// (family name, family id, roles) in the page's order.
const EXPECTED: &[(&str, &str, Roles)] = &[
    (
        "Patient services",
        "patient-services",
        &[
            ("Patient Data Coordinator", "patient-data-coordinator"),
            ("Patient Support Specialist", "patient-support-specialist"),
            ("Health Information Officer", "health-information-officer"),
        ],
    ),
    (
        "Information governance",
        "information-governance",
        &[
            ("Data Protection Officer", "data-protection-officer"),
            (
                "Information Governance Manager",
                "information-governance-manager",
            ),
            ("Compliance Specialist", "compliance-specialist"),
        ],
    ),
    (
        "Clinical safety",
        "clinical-safety",
        &[
            ("Clinical Safety Officer", "clinical-safety-officer"),
            ("Clinical Risk Manager", "clinical-risk-manager"),
            (
                "Health Safety Compliance Officer",
                "health-safety-compliance-officer",
            ),
        ],
    ),
    (
        "Cyber security",
        "cyber-security",
        &[
            ("Cyber Security Analyst", "cyber-security-analyst"),
            (
                "Information Security Manager",
                "information-security-manager",
            ),
            ("Cyber Defence Specialist", "cyber-defence-specialist"),
        ],
    ),
    (
        "Clinical informatics",
        "clinical-informatics",
        &[
            (
                "Clinical Informatics Specialist",
                "clinical-informatics-specialist",
            ),
            ("Health IT Consultant", "health-it-consultant"),
            ("Clinical Data Analyst", "clinical-data-analyst"),
        ],
    ),
    (
        "Bioinformatics",
        "bioinformatics",
        &[
            ("Bioinformatician", "bioinformatician"),
            ("Bioinformatics Scientist", "bioinformatics-scientist"),
            ("Genomic Data Analyst", "genomic-data-analyst"),
            ("Computational Biologist", "computational-biologist"),
        ],
    ),
    (
        "Digital leadership",
        "digital-leadership",
        &[
            ("Chief Digital Officer", "chief-digital-officer"),
            ("Digital Health Director", "digital-health-director"),
            ("Digital Transformation Lead", "digital-transformation-lead"),
        ],
    ),
    (
        "Learning and development",
        "learning-and-development",
        &[
            ("Digital Health Trainer", "digital-health-trainer"),
            (
                "Learning and Development Coordinator",
                "learning-and-development-coordinator",
            ),
            ("Educational Technologist", "educational-technologist"),
        ],
    ),
    (
        "Knowledge management",
        "knowledge-management",
        &[
            ("Knowledge Manager", "knowledge-manager"),
            (
                "Health Information Librarian",
                "health-information-librarian",
            ),
            (
                "Clinical Knowledge Specialist",
                "clinical-knowledge-specialist",
            ),
        ],
    ),
    (
        "Architecture",
        "architecture",
        &[
            ("Solution Architect", "solution-architect"),
            ("Health IT Architect", "health-it-architect"),
            ("Systems Designer", "systems-designer"),
        ],
    ),
    (
        "Data and analytics",
        "data-and-analytics",
        &[
            ("Data Analyst", "data-analyst"),
            ("Health Data Scientist", "health-data-scientist"),
            ("Data Governance Manager", "data-governance-manager"),
        ],
    ),
    (
        "IT operations",
        "it-operations",
        &[
            ("IT Operations Manager", "it-operations-manager"),
            (
                "Health IT Support Specialist",
                "health-it-support-specialist",
            ),
            ("Systems Administrator", "systems-administrator"),
        ],
    ),
    (
        "Product and delivery",
        "product-and-delivery",
        &[
            ("Product Manager", "product-manager"),
            ("Delivery Lead", "delivery-lead"),
            (
                "Digital Health Project Manager",
                "digital-health-project-manager",
            ),
        ],
    ),
    (
        "Quality assurance testing",
        "quality-assurance-testing",
        &[
            ("Quality Assurance Tester", "quality-assurance-tester"),
            ("Health Software Tester", "health-software-tester"),
            ("QA Manager", "qa-manager"),
        ],
    ),
    (
        "Software development",
        "software-development",
        &[
            ("Software Developer", "software-developer"),
            ("Health IT Programmer", "health-it-programmer"),
            ("Application Developer", "application-developer"),
        ],
    ),
    (
        "User centred design",
        "user-centred-design",
        &[
            ("UX Designer", "ux-designer"),
            ("User Experience Researcher", "user-experience-researcher"),
            ("Health Interface Designer", "health-interface-designer"),
        ],
    ),
];

#[test]
fn families_match_the_page_in_order() {
    assert_eq!(Family::ALL.len(), EXPECTED.len());
    assert_eq!(Family::COUNT, 16);
    for (family, (name, id, _)) in Family::ALL.iter().zip(EXPECTED) {
        assert_eq!(family.name(), *name);
        assert_eq!(family.id(), *id);
        assert_eq!(family.to_string(), *name);
    }
}

#[test]
fn roles_match_the_page_in_order_and_family() {
    let expected_roles: Vec<(&str, &str, &str)> = EXPECTED
        .iter()
        .flat_map(|(_, family_id, roles)| roles.iter().map(move |(t, id)| (*t, *id, *family_id)))
        .collect();
    assert_eq!(Role::ALL.len(), 49);
    assert_eq!(Role::COUNT, 49);
    assert_eq!(Role::ALL.len(), expected_roles.len());
    for (role, (title, id, family_id)) in Role::ALL.iter().zip(&expected_roles) {
        assert_eq!(role.title(), *title);
        assert_eq!(role.id(), *id);
        assert_eq!(role.family().id(), *family_id, "{title}");
        assert_eq!(role.to_string(), *title);
    }
}

#[test]
fn each_family_lists_the_page_roles_in_order() {
    // Against the page's own lists, not against `Role::ALL`, which the same
    // table writes.
    for (family, (_, _, roles)) in Family::ALL.iter().zip(EXPECTED) {
        let ids: Vec<&str> = family.roles().iter().map(|r| r.id()).collect();
        let expected: Vec<&str> = roles.iter().map(|(_, id)| *id).collect();
        assert_eq!(ids, expected, "{family:?}");
    }
}

#[test]
fn the_naming_rule_examples_hold() {
    assert_eq!(Role::HealthItConsultant.id(), "health-it-consultant");
    assert_eq!(Role::QaManager.id(), "qa-manager");
    assert_eq!(Role::UxDesigner.id(), "ux-designer");
    assert_eq!(
        Role::LearningAndDevelopmentCoordinator.id(),
        "learning-and-development-coordinator"
    );
    assert_eq!(
        format!("{:?}", Role::HealthItConsultant),
        "HealthItConsultant"
    );
}

#[test]
fn near_neighbours_are_distinct_roles_in_their_own_families() {
    assert_eq!(Role::DataAnalyst.family(), Family::DataAndAnalytics);
    assert_eq!(
        Role::ClinicalDataAnalyst.family(),
        Family::ClinicalInformatics
    );
    assert_eq!(Role::GenomicDataAnalyst.family(), Family::Bioinformatics);
    assert_eq!(
        Role::ComplianceSpecialist.family(),
        Family::InformationGovernance
    );
    assert_eq!(
        Role::HealthSafetyComplianceOfficer.family(),
        Family::ClinicalSafety
    );
}

#[test]
fn ids_titles_and_names_are_unique() {
    let ids: HashSet<_> = Role::ALL.iter().map(|r| r.id()).collect();
    let titles: HashSet<_> = Role::ALL.iter().map(|r| r.title()).collect();
    assert_eq!(ids.len(), 49);
    assert_eq!(titles.len(), 49);
    let names: HashSet<_> = Family::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(names.len(), 16);
}

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn summaries_are_one_or_two_sentences_in_our_own_words() {
    let page: HashSet<u64> = include_str!("data/source-page-shingles.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| u64::from_str_radix(line, 16).expect("hex"))
        .collect();
    // The check can fail: a phrase from the page is found.
    assert!(page.contains(&fnv1a("roles in this family support patient")));
    for family in Family::ALL {
        let summary = family.summary();
        let sentences = summary.matches(". ").count() + 1;
        assert!(
            summary.ends_with('.') && (1..=2).contains(&sentences),
            "{family:?}"
        );
        let words: Vec<String> = summary
            .split_whitespace()
            .map(|w| {
                w.to_lowercase()
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect()
            })
            .filter(|w: &String| !w.is_empty())
            .collect();
        for window in words.windows(6) {
            let phrase = window.join(" ");
            assert!(
                !page.contains(&fnv1a(&phrase)),
                "{family:?} copies {phrase:?}"
            );
        }
    }
}

#[test]
fn source_names_the_edition() {
    assert_eq!(digital_health_roles::SFIA_VERSION, 9);
    assert!(digital_health_roles::SOURCE.contains("digital health"));
}
