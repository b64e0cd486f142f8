//! Lookup cost, measured against what a user would write instead, in the
//! same run. Every benchmark runs over all the roles (one input each); criterion reports the
//! time per lookup (throughput is one element per input). `scripts/bench-ratios.py`
//! turns a run into the ratio table in the README.
//!
//! ```text
//! cargo bench --bench lookup
//! python3 scripts/bench-ratios.py
//! ```

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use digital_health_roles::{Role, classify, parse_title, suggest};

/// The baselines: what a user might write without this crate. One row per
/// role, checked against the crate at start-up so the rows cannot drift.
macro_rules! baselines {
    ($($variant:ident => $title:literal,)+) => {
        /// The floor: a hand-written exact `match` on the canonical titles.
        fn exact_match(title: &str) -> Option<Role> {
            match title {
                $($title => Some(Role::$variant),)+
                _ => None,
            }
        }

        /// A plain compile-time perfect hash of the exact titles.
        static EXACT_PHF: phf::Map<&'static str, Role> = phf::phf_map! {
            $($title => Role::$variant,)+
        };

        /// strum's `EnumString`, case-insensitive.
        #[derive(strum::EnumString, Clone, Copy)]
        #[strum(ascii_case_insensitive)]
        enum StrumRole {
            $(#[strum(serialize = $title)] $variant,)+
        }

        impl StrumRole {
            fn role(self) -> Role {
                match self {
                    $(StrumRole::$variant => Role::$variant,)+
                }
            }
        }

        const ROWS: &[(Role, &str)] = &[$((Role::$variant, $title),)+];
    };
}

baselines! {
    PatientDataCoordinator => "Patient Data Coordinator",
    PatientSupportSpecialist => "Patient Support Specialist",
    HealthInformationOfficer => "Health Information Officer",
    DataProtectionOfficer => "Data Protection Officer",
    InformationGovernanceManager => "Information Governance Manager",
    ComplianceSpecialist => "Compliance Specialist",
    ClinicalSafetyOfficer => "Clinical Safety Officer",
    ClinicalRiskManager => "Clinical Risk Manager",
    HealthSafetyComplianceOfficer => "Health Safety Compliance Officer",
    CyberSecurityAnalyst => "Cyber Security Analyst",
    InformationSecurityManager => "Information Security Manager",
    CyberDefenceSpecialist => "Cyber Defence Specialist",
    ClinicalInformaticsSpecialist => "Clinical Informatics Specialist",
    HealthItConsultant => "Health IT Consultant",
    ClinicalDataAnalyst => "Clinical Data Analyst",
    Bioinformatician => "Bioinformatician",
    BioinformaticsScientist => "Bioinformatics Scientist",
    GenomicDataAnalyst => "Genomic Data Analyst",
    ComputationalBiologist => "Computational Biologist",
    ChiefDigitalOfficer => "Chief Digital Officer",
    DigitalHealthDirector => "Digital Health Director",
    DigitalTransformationLead => "Digital Transformation Lead",
    DigitalHealthTrainer => "Digital Health Trainer",
    LearningAndDevelopmentCoordinator => "Learning and Development Coordinator",
    EducationalTechnologist => "Educational Technologist",
    KnowledgeManager => "Knowledge Manager",
    HealthInformationLibrarian => "Health Information Librarian",
    ClinicalKnowledgeSpecialist => "Clinical Knowledge Specialist",
    SolutionArchitect => "Solution Architect",
    HealthItArchitect => "Health IT Architect",
    SystemsDesigner => "Systems Designer",
    DataAnalyst => "Data Analyst",
    HealthDataScientist => "Health Data Scientist",
    DataGovernanceManager => "Data Governance Manager",
    ItOperationsManager => "IT Operations Manager",
    HealthItSupportSpecialist => "Health IT Support Specialist",
    SystemsAdministrator => "Systems Administrator",
    ProductManager => "Product Manager",
    DeliveryLead => "Delivery Lead",
    DigitalHealthProjectManager => "Digital Health Project Manager",
    QualityAssuranceTester => "Quality Assurance Tester",
    HealthSoftwareTester => "Health Software Tester",
    QaManager => "QA Manager",
    SoftwareDeveloper => "Software Developer",
    HealthItProgrammer => "Health IT Programmer",
    ApplicationDeveloper => "Application Developer",
    UxDesigner => "UX Designer",
    UserExperienceResearcher => "User Experience Researcher",
    HealthInterfaceDesigner => "Health Interface Designer",
}

/// The naive way: trim, lower-case into a new `String`, look up in a
/// `HashMap<String, Role>` keyed by lower-cased titles.
struct Naive(HashMap<String, Role>);

impl Naive {
    fn new() -> Naive {
        Naive(
            ROWS.iter()
                .map(|(role, title)| (title.to_lowercase(), *role))
                .collect(),
        )
    }

    fn get(&self, title: &str) -> Option<Role> {
        self.0.get(&title.trim().to_lowercase()).copied()
    }
}

/// A messy but valid form of each title. Even-numbered roles get only what
/// trimming and lower-casing undo ("  CLINICAL SAFETY officer "); odd ones
/// also get repeated spaces, tabs and underscores inside
/// ("  clinical SAFETY\t officer_"), which the naive way cannot undo.
fn messy(index: usize, title: &str) -> String {
    let inside = index % 2 == 1;
    let mut out = String::from("  ");
    for (i, word) in title.split(' ').enumerate() {
        if i > 0 {
            out.push_str(if inside {
                ["   ", "\t ", "_"][i % 3]
            } else {
                " "
            });
        }
        out.push_str(&if i % 2 == 0 {
            word.to_uppercase()
        } else {
            word.to_lowercase()
        });
    }
    out.push_str(if inside { "_ " } else { " " });
    out
}

fn check_rows() {
    assert_eq!(ROWS.len(), Role::ALL.len());
    for ((role, title), expected) in ROWS.iter().zip(Role::ALL) {
        assert_eq!((role, *title), (expected, expected.title()));
    }
}

fn run_each<T>(inputs: &[String], f: impl Fn(&str) -> T) {
    for input in inputs {
        black_box(f(black_box(input.as_str())));
    }
}

fn bench(c: &mut Criterion) {
    check_rows();
    let canonical: Vec<String> = Role::ALL.iter().map(|r| r.title().to_string()).collect();
    let messy: Vec<String> = canonical
        .iter()
        .enumerate()
        .map(|(i, t)| messy(i, t))
        .collect();
    let ids: Vec<String> = Role::ALL.iter().map(|r| r.id().to_string()).collect();
    let misses: Vec<String> = [
        "Nurse Practitioner",
        "Clinical Safety Officers",
        "Data Analyst II",
        "Senior Data Analyst",
        "Chief Data Officer",
        "Software Engineer",
        "Porter",
    ]
    .iter()
    .cycle()
    .take(Role::ALL.len())
    .map(|s| s.to_string())
    .collect();
    let real_world: Vec<String> = Role::ALL
        .iter()
        .enumerate()
        .map(|(i, r)| match i % 4 {
            0 => format!("Snr {} (Band 7)", r.title()),
            1 => format!("{}, Band 8b", r.title().to_lowercase()),
            2 => format!("Principal {} - Band 8a", r.title()),
            _ => format!("Lead {}", r.title()),
        })
        .collect();
    // Free text of every kind classify answers: exact and qualified roles,
    // families, competing families and other trades.
    let free_text: Vec<String> = Role::ALL
        .iter()
        .enumerate()
        .map(|(i, r)| match i % 7 {
            0 => format!("Paediatric {}", r.title()),
            1 => format!("Senior {}, Band 6, Performance Team", r.title()),
            2 => format!("Snr {} (Band 7)", r.title()),
            3 => [
                "Network Engineer",
                "Digital Programme Manager",
                "SOC Analyst",
            ][i % 3]
                .to_string(),
            4 => "Test Analyst - Fixed Term (Band 5)".to_string(),
            5 => [
                "Physiotherapist",
                "Ward Manager, Band 7",
                "Fire Safety Officer",
            ][i % 3]
                .to_string(),
            _ => "Information Governance and Cyber Security Lead".to_string(),
        })
        .collect();
    let typos: Vec<String> = Role::ALL
        .iter()
        .map(|r| {
            // Swap two letters in the middle of the title.
            let mut bytes = r.title().as_bytes().to_vec();
            let middle = bytes.len() / 2;
            bytes.swap(middle, middle + 1);
            String::from_utf8(bytes).expect("ASCII titles")
        })
        .collect();
    #[cfg(feature = "serde")]
    let json: Vec<String> = messy.iter().map(|t| format!("{t:?}")).collect();
    let mut huge = "clinical safety officer ".repeat(1 << 16);
    huge.truncate(1 << 20);
    let huge = vec![huge];
    let naive = Naive::new();

    let resolved = messy.iter().filter(|t| naive.get(t).is_some()).count();
    let all = Role::ALL.len();
    assert_eq!(
        messy.iter().filter(|t| Role::from_title(t).is_ok()).count(),
        all
    );
    eprintln!("messy forms resolved: crate {all}/{all}, naive {resolved}/{all}");

    let mut group = c.benchmark_group("canonical");
    group.throughput(Throughput::Elements(Role::ALL.len() as u64));
    group.bench_function("exact_match", |b| {
        b.iter(|| run_each(&canonical, exact_match))
    });
    group.bench_function("phf_exact", |b| {
        b.iter(|| run_each(&canonical, |t| EXACT_PHF.get(t).copied()))
    });
    group.bench_function("from_title", |b| {
        b.iter(|| run_each(&canonical, Role::from_title))
    });
    group.bench_function("from_title_ok", |b| {
        b.iter(|| run_each(&canonical, |t| Role::from_title(t).ok()))
    });
    group.bench_function("naive_hashmap", |b| {
        b.iter(|| run_each(&canonical, |t| naive.get(t)))
    });
    group.bench_function("strum_enumstring", |b| {
        b.iter(|| run_each(&canonical, |t| t.parse::<StrumRole>().map(StrumRole::role)))
    });
    group.finish();

    let mut group = c.benchmark_group("messy");
    group.throughput(Throughput::Elements(Role::ALL.len() as u64));
    group.bench_function("from_title", |b| {
        b.iter(|| run_each(&messy, Role::from_title))
    });
    group.bench_function("naive_hashmap", |b| {
        b.iter(|| run_each(&messy, |t| naive.get(t)))
    });
    group.bench_function("strum_enumstring", |b| {
        b.iter(|| run_each(&messy, |t| t.parse::<StrumRole>().map(StrumRole::role)))
    });
    group.finish();

    let mut group = c.benchmark_group("other");
    group.throughput(Throughput::Elements(Role::ALL.len() as u64));
    group.bench_function("from_title_miss", |b| {
        b.iter(|| run_each(&misses, Role::from_title))
    });
    group.bench_function("parse_title", |b| {
        b.iter(|| run_each(&real_world, parse_title))
    });
    group.bench_function("suggest", |b| {
        b.iter(|| run_each(&typos, |t| suggest(t).next()))
    });
    group.bench_function("classify", |b| b.iter(|| run_each(&free_text, classify)));
    group.bench_function("classify_messy", |b| b.iter(|| run_each(&messy, classify)));
    group.bench_function("from_id", |b| b.iter(|| run_each(&ids, Role::from_id)));
    #[cfg(feature = "serde")]
    group.bench_function("serde_json_role", |b| {
        b.iter(|| run_each(&json, |t| serde_json::from_str::<Role>(t).ok()))
    });
    group.finish();

    // An organisation's vocabulary: one alias per role, a new word before
    // the role's title ("Site7 Data Analyst"), and a term per family. The
    // same titles are looked up with and without it, and the aliases in the
    // same shapes as the built-in titles they stand beside.
    let mut builder = digital_health_roles::Vocabulary::builder();
    // An alias has as many words as the role's title, its first word new:
    // "Site31 Analyst" for the Data Analyst.
    let alias = |i: usize, title: &str| match title.split_once(' ') {
        Some((_, rest)) => format!("Site{i} {rest}"),
        None => format!("Site{i}"),
    };
    for (i, role) in Role::ALL.iter().enumerate() {
        builder
            .alias(&alias(i, role.title()), *role)
            .expect("the bench aliases are new");
    }
    for (i, family) in digital_health_roles::Family::ALL.iter().enumerate() {
        builder
            .term(&format!("Trustpost{i} Coordinator"), *family)
            .expect("the bench terms are new");
    }
    let vocabulary = builder.build();
    // The same shapes around a built-in title and around an alias.
    let shaped = |shape: &dyn Fn(usize, &str) -> String| -> (Vec<String>, Vec<String>) {
        Role::ALL
            .iter()
            .enumerate()
            .map(|(i, r)| (shape(i, r.title()), shape(i, &alias(i, r.title()))))
            .unzip()
    };
    let (messy_shape, messy_local) = shaped(&|i, title| self::messy(i, title));
    let (real_world_shape, real_world_local) = shaped(&|i, title| match i % 4 {
        0 => format!("Snr {title} (Band 7)"),
        1 => format!("{}, Band 8b", title.to_lowercase()),
        2 => format!("Principal {title} - Band 8a"),
        _ => format!("Lead {title}"),
    });
    let (free_text_shape, free_text_local) = shaped(&|i, title| match i % 3 {
        0 => format!("Paediatric {title}"),
        1 => format!("{title} - Fixed Term 12 months"),
        _ => format!("Senior {title}, Band 6, County Hospital"),
    });
    for title in messy_local
        .iter()
        .chain(&real_world_local)
        .chain(&free_text_local)
    {
        assert!(
            vocabulary.classify(title).is_ok_and(|c| c.role().is_some()),
            "{title}"
        );
    }
    let mut group = c.benchmark_group("vocabulary");
    group.throughput(Throughput::Elements(Role::ALL.len() as u64));
    group.bench_function("parse_title_builtin", |b| {
        b.iter(|| run_each(&real_world_shape, parse_title))
    });
    group.bench_function("parse_title_builtin_through", |b| {
        b.iter(|| run_each(&real_world_shape, |t| vocabulary.parse_title(t)))
    });
    group.bench_function("parse_title_alias", |b| {
        b.iter(|| run_each(&real_world_local, |t| vocabulary.parse_title(t)))
    });
    group.bench_function("from_title_builtin", |b| {
        b.iter(|| run_each(&messy_shape, Role::from_title))
    });
    group.bench_function("from_title_alias", |b| {
        b.iter(|| run_each(&messy_local, |t| vocabulary.role_from_title(t)))
    });
    group.bench_function("classify_builtin", |b| {
        b.iter(|| run_each(&free_text_shape, classify))
    });
    group.bench_function("classify_builtin_through", |b| {
        b.iter(|| run_each(&free_text_shape, |t| vocabulary.classify(t)))
    });
    group.bench_function("classify_alias", |b| {
        b.iter(|| run_each(&free_text_local, |t| vocabulary.classify(t)))
    });
    group.bench_function("suggest_builtin", |b| b.iter(|| run_each(&typos, suggest)));
    group.bench_function("suggest_through", |b| {
        b.iter(|| run_each(&typos, |t| vocabulary.suggest(t)))
    });
    group.finish();

    let mut group = c.benchmark_group("huge");
    group.throughput(Throughput::Elements(1));
    group.bench_function("from_title", |b| {
        b.iter(|| run_each(&huge, Role::from_title))
    });
    group.bench_function("parse_title", |b| b.iter(|| run_each(&huge, parse_title)));
    group.bench_function("classify", |b| b.iter(|| run_each(&huge, classify)));
    group.bench_function("suggest", |b| {
        b.iter(|| run_each(&huge, |t| suggest(t).next()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
