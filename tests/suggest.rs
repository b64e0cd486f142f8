//! `suggest`: did-you-mean for typos, with precision and recall measured on a
//! table of misspelled titles and titles outside the taxonomy.

use digital_health_roles::{MAX_TITLE_LEN, Role, suggest};

/// Misspelled, plural or near-miss titles, with the role they mean.
const TYPOS: &[(&str, Role)] = &[
    ("Clinical Safety Oficer", Role::ClinicalSafetyOfficer),
    ("Clinical Saftey Officer", Role::ClinicalSafetyOfficer),
    ("Clincal Safety Officer", Role::ClinicalSafetyOfficer),
    ("Clinical Safety Officers", Role::ClinicalSafetyOfficer),
    ("Bioinformatitian", Role::Bioinformatician),
    ("Bioinformatican", Role::Bioinformatician),
    ("Bioinformaticians", Role::Bioinformatician),
    (
        "Informaton Governance Manager",
        Role::InformationGovernanceManager,
    ),
    (
        "Information Governence Manager",
        Role::InformationGovernanceManager,
    ),
    ("Data Anaylst", Role::DataAnalyst),
    ("Data Analyts", Role::DataAnalyst),
    ("Data Analysts", Role::DataAnalyst),
    ("Dta Analyst", Role::DataAnalyst),
    ("Health Data Scientists", Role::HealthDataScientist),
    ("Health Data Scientsit", Role::HealthDataScientist),
    ("Solutions Architect", Role::SolutionArchitect),
    ("Solution Architects", Role::SolutionArchitect),
    ("Soluton Architect", Role::SolutionArchitect),
    ("Patient Data Co-ordinator", Role::PatientDataCoordinator),
    ("Patient Data Cordinator", Role::PatientDataCoordinator),
    ("Patient Suport Specialist", Role::PatientSupportSpecialist),
    ("Data Protection Oficer", Role::DataProtectionOfficer),
    ("Complience Specialist", Role::ComplianceSpecialist),
    ("Clinical Risk Manger", Role::ClinicalRiskManager),
    ("Cyber Security Analysts", Role::CyberSecurityAnalyst),
    (
        "Information Secuirty Manager",
        Role::InformationSecurityManager,
    ),
    ("Cyber Defence Specalist", Role::CyberDefenceSpecialist),
    (
        "Clinical Informatics Specialists",
        Role::ClinicalInformaticsSpecialist,
    ),
    ("Health IT Consultnat", Role::HealthItConsultant),
    ("Genomics Data Analyst", Role::GenomicDataAnalyst),
    ("Computational Biologists", Role::ComputationalBiologist),
    ("Chief Digtal Officer", Role::ChiefDigitalOfficer),
    ("Digital Health Directer", Role::DigitalHealthDirector),
    (
        "Digital Transformation Leads",
        Role::DigitalTransformationLead,
    ),
    (
        "Learning and Developement Coordinator",
        Role::LearningAndDevelopmentCoordinator,
    ),
    ("Educational Technologists", Role::EducationalTechnologist),
    ("Knowledge Manger", Role::KnowledgeManager),
    (
        "Health Information Librarien",
        Role::HealthInformationLibrarian,
    ),
    ("Systems Administator", Role::SystemsAdministrator),
    ("Systems Administrators", Role::SystemsAdministrator),
    ("Product Managers", Role::ProductManager),
    ("Delivery Leed", Role::DeliveryLead),
    ("Quality Assurence Tester", Role::QualityAssuranceTester),
    ("Health Sofware Tester", Role::HealthSoftwareTester),
    ("Software Developers", Role::SoftwareDeveloper),
    ("Aplication Developer", Role::ApplicationDeveloper),
    ("UX Designers", Role::UxDesigner),
    ("User Experiance Researcher", Role::UserExperienceResearcher),
    ("Health Interface Desginer", Role::HealthInterfaceDesigner),
    // Typos inside real-world titles with seniority words and bands.
    (
        "Snr Clinical Safety Oficer (Band 7)",
        Role::ClinicalSafetyOfficer,
    ),
    ("Senior Data Anaylst, Band 6", Role::DataAnalyst),
    (
        "Principal Health Data Scientsit - Band 8b",
        Role::HealthDataScientist,
    ),
    ("Lead Solutions Architect", Role::SolutionArchitect),
];

/// Titles outside the taxonomy: any suggestion for these would be wrong.
const OUTSIDE: &[&str] = &[
    "Nurse Practitioner",
    "Porter",
    "Chief Executive",
    "Radiographer",
    "zzzzzzzz",
    "Staff Nurse",
    "Consultant Cardiologist",
    "Pharmacist",
    "Healthcare Assistant",
    "Physiotherapist",
    "Receptionist",
    "Medical Secretary",
    "Ward Manager",
    "Paramedic",
    "General Practitioner",
    "Finance Director",
    "Estates Officer",
    "Senior Nurse (Band 6)",
    "Chief Nursing Officer",
    "HR Business Partner",
    // One or two letters away from a role, but a different real job.
    "Project Manager",
    "UI Designer",
    "Data Scientist",
    "Security Analyst",
    "Systems Analyst",
];

#[test]
fn typos_find_their_role_first_and_outsiders_find_nothing() {
    let mut first_right = 0;
    let mut any_wrong_first = Vec::new();
    for (typo, expected) in TYPOS {
        let found: Vec<Role> = suggest(typo).collect();
        match found.first() {
            Some(role) if role == expected => first_right += 1,
            _ => any_wrong_first.push((*typo, found)),
        }
    }
    let mut false_alarms = Vec::new();
    for title in OUTSIDE {
        let found: Vec<Role> = suggest(title).collect();
        if !found.is_empty() {
            false_alarms.push((*title, found));
        }
    }
    let suggested = first_right
        + any_wrong_first
            .iter()
            .filter(|(_, f)| !f.is_empty())
            .count()
        + false_alarms.len();
    let precision = first_right as f64 / suggested.max(1) as f64;
    let recall = first_right as f64 / TYPOS.len() as f64;
    println!(
        "suggest: {} typos, {} outside; top-1 recall {:.3}, precision {:.3}",
        TYPOS.len(),
        OUTSIDE.len(),
        recall,
        precision
    );
    assert!(TYPOS.len() >= 40 && OUTSIDE.len() >= 15);
    assert!(
        any_wrong_first.is_empty(),
        "wrong or missing: {any_wrong_first:?}"
    );
    assert!(
        false_alarms.is_empty(),
        "suggested for outsiders: {false_alarms:?}"
    );
}

#[test]
fn transposed_letters_rank_the_nearest_role_first() {
    let found: Vec<Role> = suggest("Data Anaylst").collect();
    assert_eq!(found.first(), Some(&Role::DataAnalyst));
    assert!(!found.contains(&Role::ClinicalDataAnalyst));
}

#[test]
fn at_most_three_best_first_each_role_once() {
    for &role in Role::ALL {
        let found: Vec<Role> = suggest(role.title()).collect();
        assert_eq!(
            found.first(),
            Some(&role),
            "a valid title suggests itself first"
        );
        assert!(found.len() <= 3);
        let mut unique = found.clone();
        unique.dedup();
        assert_eq!(unique.len(), found.len());
    }
    let suggestions = suggest("Health IT Programer");
    assert_eq!(suggestions.len(), suggestions.clone().count());
}

#[test]
fn bad_input_yields_nothing() {
    for text in [
        "",
        "   ",
        "Data\0Analyst",
        "D\u{0430}ta Analyst",
        "Data Analyst (Band 10)",
        "Senior",
    ] {
        assert_eq!(suggest(text).count(), 0, "{text:?}");
    }
    assert_eq!(suggest(&"Data Analyst ".repeat(MAX_TITLE_LEN)).count(), 0);
    assert_eq!(suggest(&"a".repeat(1 << 20)).count(), 0);
    assert_eq!(suggest("DPA").count(), 0, "short texts must match exactly");
    assert_eq!(
        suggest("DPO").collect::<Vec<_>>(),
        [Role::DataProtectionOfficer]
    );
}
