//! Every lookup path allocates nothing, on good and bad input alike. Proven
//! with a global allocator that counts the allocations of the current thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;
use std::hint::black_box;

use digital_health_roles::{
    Band, BandRange, Family, JobTitle, Role, Seniority, classify, parse_title, suggest,
};

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: defers every call to `System`; only counts on the way through.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller upholds `GlobalAlloc::dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Runs `work` and returns how many allocations it made on this thread.
fn allocations_in(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    work();
    ALLOCATIONS.with(Cell::get) - before
}

/// A `fmt::Write` into a fixed buffer, so formatting an error allocates nothing.
struct StackText {
    buf: [u8; 512],
    len: usize,
}

impl Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.buf
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Good, messy and bad inputs; built before counting starts.
fn inputs() -> Vec<String> {
    let mut inputs: Vec<String> = Role::ALL
        .iter()
        .flat_map(|r| {
            [
                r.title().to_string(),
                r.id().to_string(),
                format!("  {}  ", r.title().to_uppercase()),
            ]
        })
        .chain(
            Role::ALL
                .iter()
                .flat_map(|r| r.aliases().iter().map(|a| a.to_string())),
        )
        .chain(
            Family::ALL
                .iter()
                .flat_map(|f| [f.name().to_string(), f.id().to_string()]),
        )
        .collect();
    inputs.extend(
        [
            "",
            "   ",
            "Nurse Practitioner",
            "Clinical Safety Officers",
            "Data Analyst II",
            "Learning & Development Coordinator",
            "Health Information Technology Architect",
            "Cybersecurity Analyst",
            "Data\u{200B}Analyst",
            "D\u{0430}ta Analyst",
            "Data\0Analyst",
            "Senior Clinical Safety Officer (Band 7)",
            "Data Analyst, Band 6",
            "Clinical Safety Oficer",
            "Snr Clinical Safety Oficer (Band 7)",
            "Principal Health Data Scientist - Band 8b",
            "Lead Delivery Lead",
            "Senior Senior Data Analyst",
            "Data Analyst Band 10",
            "Band 7",
            "Senior",
            "Data Anaylst",
            // Failed fast lookups retried on the exact packing.
            "Cyber Defense Specialist",
            "Senior Cyber Defense Specialist (Band 7)",
            "Data@Analyst",
            "Data Analyst\u{7f}",
            "Senior Data Analyst, Band 7`",
            // Every kind of classification, and the grammar's forms.
            "Information Governance Manager (IGM)",
            "Software Developer Trainee",
            "UX Designer (Junior)",
            "Data Analyst - Agenda for Change Band 7",
            "Data Analyst, Band 8a-b",
            "Band 4: Data Analyst",
            "Senior Data Analyst, Band 6, Performance Team, County Hospital",
            "Paediatric Clinical Safety Officer",
            "Software Developer - Fixed Term 12 months",
            "2 x Data Analysts (Internal Applicants Only)",
            "Digital Programme Manager",
            "Network Engineer | Band 6 | IT Services",
            "Clinical Safety and Information Governance Lead",
            "Deputy Chief Digital Officer",
            "Finance Data Analyst",
            "Physiotherapist",
            "Fire Safety Officer",
            "Data Analyst Band 8b-8a",
            // The rules for clinical posts, general jobs, digital areas,
            // leaders and marks of free text.
            "Digital Specialist Midwife",
            "Lead Nurse - Digital",
            "IT Specialist (Information Security)",
            "Information Technology Specialist (SYSADMIN)",
            "Information Technology Specialist-Application Software (APPSW)",
            "Programme Manager - Digital",
            "Deputy Director, Office of Information Technology",
            "\u{201C}Data Analyst\u{201D} \u{2022} \u{A3}35,000",
            // Terms of another stretch that compete, and are marked.
            "Network Engineer (Information Security)",
            "Learning and Development (L&D) Coordinator",
            "UX/UI Designer",
            "PACS System Administrator",
            // Job nouns of many trades: alone, beside a technology, in a
            // general job's specialty, and narrowed to another trade.
            "Senior Developer Band 7",
            "Java Developer",
            "IT Specialist (Developer)",
            "Cigar Tester",
            "Data Base Administrator",
            // Slashes between job nouns, "or" and "and" before shared
            // words, and the job noun first.
            "Solutions Architect/Engineer",
            "Application Software Developer/Engineer II",
            "Clinical or Nursing Informatics Specialist",
            "Quality Assurance and Testing Manager",
            "Knowledge and Library Services Manager",
            "Senior Manager, Information Governance (Band 8a)",
            // Context written straight after a title.
            "Data Analyst (Maternity Cover)",
            "Data Analyst x2 22.5 hours Permanent",
            "Data Analyst G7 Level 4 Apprentice",
            "Interim Product Manager",
            // Pay series, listed portfolios, compounds at a slash, marker
            // terms before a specialty, other trades' quality work and
            // goods, the languages C++ and C#.
            "Program Analyst (UX/UI Designer)",
            "Program Analyst (Data Analyst Team Lead)",
            "Director of Strategy, Digital and Transformation",
            "Executive Assistant - Director of Strategy, Digital and Transformation",
            "Analyst/Programmer",
            "EPR Information Officer",
            "EPR Go-Live Support",
            "Quality Assurance Manager - Pathology",
            "Product Manager (Medical Devices)",
            "C++ Developer",
            "Senior C# .NET Developer",
            "UI and UX Designer",
            // A service's running, its delivery lead, short forms and
            // pathology's record systems.
            "Operational Delivery Lead - Mental Health",
            "Delivery Lead, Digital Operations",
            "Service Delivery Lead - IT",
            "Clinical Informatics Spec 3",
            "QA Mgr",
            "LIMS QA Manager - Pathology",
            "Cancer Network Administrator",
            "Senior Manager, Data Governance - Band 8a",
            "Network Engineer - Clatterbridge Cancer Centre NHS Foundation Trust",
            "Manager, Quality Assurance (Pharmacy)",
            "Quality Assurance Manager - Neonatal Screening",
            "Network Technician - Primary Schools",
            "Head of Information and Records Management",
            "Deputy Director of Information, Barts Health NHS Trust",
            "Service Director of Information Governance",
            // A role parted by a word that narrows it, or not; bare "AI";
            // a director over a job named in general.
            "IT Technical Operations Manager (Data and Information)",
            "Solutions Technical Architect",
            "Product Technical Manager",
            "Police AI - Co-pilot Developers",
            "Director, IT Services",
            "Business Development Manager - Digital Health",
            // A head's area, IM&T, cancer services' quality posts.
            "Head of Data Protection",
            "Head of Digital Programmes",
            "Deputy Head of IM&T, NHS Fife",
            "Head of IT (Infrastructure)",
            "Director of ICT Service Delivery",
            "Deputy Director - Data Policy and Digital Oversight",
            "IM & T Project Manager",
            "Cancer Quality Assurance Manager",
            "Senior Data Engineer (GCP)",
            "Learning & Development Co-ordinator",
            // A clinician's directorship, one portfolio or two; a care
            // post's band; another trade's job and the digital words
            // that restore the role; the family's terms beside a quality
            // post.
            "Medical Director for Digital, Band 9",
            "Clinical Director, eHealth",
            "Medical Director / CIO",
            "Clinical Director - Digital (Dental)",
            "Lead Nurse - Digital (Band 7)",
            "Health System Administrator (Associate Director) - VA Palo Alto Health Care System",
            "eHealth Systems Administrator",
            "Compliance Specialist (Information Governance) - Biochemistry",
            "Quality Assurance Manager - Pathology Testing",
            // Roles other trades share beside another trade's word, a
            // place, a code or a digital area; the safety of medicines; a
            // duty beside another job; an organisation's own alias beside
            // a specialty (read through the vocabulary below).
            "Delivery Lead - Elective Recovery",
            "Mortgage Product Manager",
            "Delivery Lead - London",
            "Patient Data Coordinator - Electronic Patient Record",
            "Systems Administrator II (IC3)",
            "Network System Designer",
            "Clinical Safety Officer - Pharmacovigilance",
            "Director of Operations & SIRO",
            "Chief Operating Officer (SIRO)",
            "EMR Pharmacist",
            "Paediatric EPR Analyst, County Hospital",
            // A plural read from its word's entry, a job noun of many trades
            // beside another trade's word, the post's own acronym, a
            // systems designer's trade before it, a portfolio of other
            // trades' subjects.
            "2 x Data Analysts",
            "Test Engineer - Manufacturing",
            "Delivery Lead (DL), NHS England",
            "Product Manager (MRI)",
            "Signalling Systems Designer",
            "Director of Housing, Digital and Customer Services",
            // A general digital job's security specialty, another trade's
            // goods after a comma, a role among posts of its family.
            "IT Specialist (Security)",
            "Tester, Compressed Gases",
            "Information Governance Manager / Deputy Data Protection Officer",
        ]
        .map(String::from),
    );
    inputs.push("x".repeat(300));
    inputs.push("word ".repeat(50));
    // The longest titles within the cap: every token buffer is read whole.
    inputs.push("a ".repeat(128));
    inputs.push(",".repeat(256));
    inputs.push(format!("{} Data Analyst", "x ".repeat(120)));
    inputs.push(format!(
        "{} IT Technical Operations Manager",
        "x ".repeat(110)
    ));
    inputs.push("y".repeat(1 << 20));
    inputs
}

#[test]
fn lookups_allocate_nothing() {
    let inputs = inputs();
    let mut text = StackText {
        buf: [0; 512],
        len: 0,
    };
    let count = allocations_in(|| {
        for input in &inputs {
            let input = input.as_str();
            if let Err(error) = black_box(Role::from_title(black_box(input))) {
                text.len = 0;
                write!(text, "{error}").expect("fits");
            }
            if let Err(error) = black_box(Family::from_name(black_box(input))) {
                text.len = 0;
                write!(text, "{error}").expect("fits");
            }
            black_box(Role::from_id(black_box(input)));
            black_box(Family::from_id(black_box(input)));
            black_box(input.parse::<Role>().ok());
            black_box(input.parse::<Family>().ok());
            black_box(Role::try_from(input).ok());
            match black_box(parse_title(black_box(input))) {
                Ok(title) => {
                    text.len = 0;
                    write!(text, "{title}").expect("fits");
                }
                Err(error) => {
                    text.len = 0;
                    write!(text, "{error}").expect("fits");
                }
            }
            black_box(input.parse::<JobTitle>().ok());
            black_box(input.parse::<Seniority>().ok());
            black_box(input.parse::<Band>().ok());
            black_box(input.parse::<BandRange>().ok());
            match black_box(classify(black_box(input))) {
                Ok(found) => {
                    text.len = 0;
                    write!(
                        text,
                        "{} {:?} {:?}",
                        found.kind(),
                        found.role(),
                        found.family()
                    )
                    .expect("fits");
                    for evidence in found.evidence() {
                        black_box(&input[evidence.range()]);
                    }
                    for family in found.candidates() {
                        black_box(family);
                    }
                    black_box((found.term(), found.term_source(), found.bands()));
                    text.len = 0;
                    if let Some(term) = found.term_text() {
                        write!(text, "{term}").expect("fits");
                    }
                }
                Err(error) => {
                    text.len = 0;
                    write!(text, "{error}").expect("fits");
                }
            }
            for role in suggest(black_box(input)) {
                black_box(role);
            }
            if let Ok(role) = Role::from_title(input) {
                text.len = 0;
                write!(text, "{role} {:>30}", role.family()).expect("fits");
            }
        }
    });
    assert_eq!(count, 0, "lookups allocated {count} times");
}

/// A vocabulary allocates when it is built, and never when it is asked.
#[cfg(feature = "alloc")]
#[test]
fn lookups_through_a_vocabulary_allocate_nothing() {
    let vocabulary =
        digital_health_roles::Vocabulary::from_csv(include_str!("data/vocabulary.csv"))
            .expect("the test vocabulary loads");
    let mut inputs = inputs();
    inputs.extend(
        [
            "EPR Analyst",
            "Senior EPR Analyst (Band 6)",
            "Lead Developer",
            "Senior Lead Developer - Band 7",
            "Paediatric EPR Analyst, County Hospital",
            "Cerner Trainer x 2",
        ]
        .map(String::from),
    );
    let count = allocations_in(|| {
        for input in &inputs {
            let input = input.as_str();
            black_box(vocabulary.role_from_title(black_box(input)).ok());
            black_box(vocabulary.parse_title(black_box(input)).ok());
            if let Ok(found) = black_box(vocabulary.classify(black_box(input))) {
                black_box((
                    found.kind(),
                    found.role(),
                    found.family(),
                    found.evidence().len(),
                ));
            }
            for role in vocabulary.suggest(black_box(input)) {
                black_box(role);
            }
        }
    });
    assert_eq!(
        count, 0,
        "lookups through a vocabulary allocated {count} times"
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_deserialize_of_borrowed_input_allocates_nothing() {
    let documents: Vec<String> = Role::ALL
        .iter()
        .flat_map(|r| {
            [
                format!("{:?}", r.id()),
                format!("{:?}", r.title().to_lowercase()),
            ]
        })
        .collect();
    let families: Vec<String> = Family::ALL
        .iter()
        .map(|f| format!("{:?}", f.name()))
        .collect();
    let titles: Vec<String> = [
        "Snr Clinical Safety Officer (Band 7)",
        "Data Analyst, Band 6",
    ]
    .iter()
    .map(|t| format!("{t:?}"))
    .collect();
    let count = allocations_in(|| {
        for document in &documents {
            black_box(serde_json::from_str::<Role>(black_box(document)).expect("valid"));
        }
        for document in &titles {
            black_box(serde_json::from_str::<JobTitle>(black_box(document)).expect("valid"));
        }
        for document in &families {
            black_box(serde_json::from_str::<Family>(black_box(document)).expect("valid"));
        }
    });
    assert_eq!(count, 0, "deserializing allocated {count} times");
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the proof above: were counting broken, zero would mean nothing.
    let count = allocations_in(|| {
        black_box(String::from("clinical safety officer").to_uppercase());
    });
    assert!(count >= 1);
}
