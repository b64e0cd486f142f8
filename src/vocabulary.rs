//! The words `classify` knows beyond the role titles: family terms, each with
//! its source, and the small word lists of the title grammar.
//!
//! This is data, written once. The generator (`codegen.rs`, a test) turns it
//! and the taxonomy table into the word and phrase tables of
//! `word_table.rs`, and refuses a term that collides with a role key, a term
//! written twice, or a term without a source.

use crate::Family;
use crate::word_table::{TERM_STARTS, TERM_TEXT};

/// How much a family term proves on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strength {
    /// The phrase alone makes a title a digital job of the family: "network
    /// engineer", "penetration tester".
    Strong,
    /// Other trades use the phrase too ("project manager", "trainer"): it
    /// counts only when a digital marker word is in the same title.
    Weak,
    /// A job noun of many trades that alone names the digital job
    /// ("Developer", "Senior Tester"): it counts with nothing beside it but
    /// level words, or beside a digital marker word ("Java Developer"), but
    /// not narrowed by another word ("Cigar Tester", "Photographic
    /// Developer").
    Alone,
    /// A digital job named only in general ("IT Specialist", "IT
    /// Officer"): it counts alone, but a specialty in brackets or after a
    /// dash names the job instead ("IT Specialist (Information Security)").
    Generic,
}

/// A word or phrase of job titles that belongs to one family, or to two
/// when `also` is set (a shared term, which makes the answer ambiguous).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Term {
    /// Where the term's text lies in [`TERM_TEXT`]: an offset and a length
    /// rather than a `&str` each, which would take eight to sixteen bytes a
    /// term.
    start: u16,
    len: u8,
    pub(crate) family: Family,
    pub(crate) also: Option<Family>,
    pub(crate) strength: Strength,
}

// The sources, named once. Each row below names the role or occupation.
const SFIA: &str = "SFIA 9, Broad families of roles in digital health";
const DDAT_ARCH: &str =
    "UK government Digital and Data capability framework, architecture role family";
const DDAT_CDD: &str =
    "UK government Digital and Data capability framework, chief digital and data role family";
const DDAT_DATA: &str = "UK government Digital and Data capability framework, data role family";
const DDAT_ITOPS: &str =
    "UK government Digital and Data capability framework, IT operations role family";
const DDAT_PD: &str =
    "UK government Digital and Data capability framework, product and delivery role family";
const DDAT_QAT: &str =
    "UK government Digital and Data capability framework, quality assurance testing role family";
const DDAT_SD: &str =
    "UK government Digital and Data capability framework, software development role family";
const DDAT_UCD: &str =
    "UK government Digital and Data capability framework, user-centred design role family";
const DDAT_SEC: &str =
    "UK government Security profession / Digital and Data framework, cyber security roles";
const ESCO: &str = "ESCO v1.2, ICT occupations (ISCO-08 groups 133, 25, 35)";
const ONET: &str = "O*NET-SOC 2019, computer and mathematical occupations (15-12xx, 15-2051)";
const NHS_HI: &str = "NHS Health Careers, health informatics roles";
const NHS_KLS: &str = "NHS Health Careers, knowledge and library services roles";
const NHS_GEN: &str = "NHS Health Careers, genomics and bioinformatics roles";
const NHS_ADS: &str = "NHS Jobs adverts (digital, informatics and IT posts)";

macro_rules! terms {
    ($($strength:ident $family:ident $(+ $also:ident)? $text:literal $source:expr;)*) => {
        /// Every term as written, in order; read at compile time, and by the
        /// generator, which lays their text out in `TERM_TEXT`.
        pub(crate) const ROWS: &[(&str, Family, Option<Family>, Strength)] = &[$(
            ($text, Family::$family, terms!(@also $($also)?), Strength::$strength),
        )*];

        /// Every family term. Longer phrases win over the shorter phrases
        /// inside them, so "data architect" (data) is not read as "architect".
        pub(crate) static TERMS: [Term; ROWS.len()] = terms(ROWS, TERM_STARTS);

        /// Where each term of [`TERMS`] is documented as its family's, by
        /// index. A table apart, so a build that never asks for a source
        /// (the WebAssembly package) leaves their text out.
        pub(crate) static TERM_SOURCES: &[&str] = &[$($source,)*];
    };
    (@also) => { None };
    (@also $also:ident) => { Some(Family::$also) };
}

/// The terms with where each lies in [`TERM_TEXT`], worked out by the
/// compiler: an index out of range here is a build error, not a panic.
/// The generator writes the text and the offsets (`word_table.rs`), so that
/// a term found inside a longer one ("clinical coding" in "clinical coding
/// manager") takes no bytes of its own; until it has run after a term was
/// added, a term past the end of `starts` reads from offset 0 and the
/// generator's test fails.
#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation
)]
const fn terms<const N: usize>(
    rows: &[(&str, Family, Option<Family>, Strength)],
    starts: &[u16],
) -> [Term; N] {
    let mut out = [Term {
        start: 0,
        len: 0,
        family: Family::PatientServices,
        also: None,
        strength: Strength::Strong,
    }; N];
    let mut index = 0;
    while index < N {
        let (text, family, also, strength) = rows[index];
        assert!(text.len() <= u8::MAX as usize, "a term of over 255 bytes");
        out[index] = Term {
            start: if index < starts.len() {
                starts[index]
            } else {
                0
            },
            len: text.len() as u8,
            family,
            also,
            strength,
        };
        index += 1;
    }
    out
}

impl Term {
    /// The term as written in the vocabulary: "network engineer".
    pub(crate) fn text(&self) -> &'static str {
        let start = usize::from(self.start);
        TERM_TEXT
            .get(start..start.saturating_add(usize::from(self.len)))
            .unwrap_or_default()
    }
}

terms! {
    // Patient services
    Strong PatientServices "health records" NHS_HI;
    Strong PatientServices "medical records" NHS_HI;
    Strong PatientServices "patient records" NHS_HI;
    Strong PatientServices "clinical records" NHS_HI;
    Strong PatientServices "coding manager" NHS_HI;
    Strong PatientServices "clinical coding manager" NHS_HI;
    Strong PatientServices "medical summariser" NHS_ADS;
    Strong PatientServices "cancer registrar" NHS_HI;
    Strong PatientServices "health information technician" ONET;
    Strong PatientServices "health information clerk" ONET;
    Strong PatientServices "health information administrator" ONET;
    Strong PatientServices "health information specialist" ONET;
    Strong PatientServices "patient data" SFIA;
    Strong PatientServices "health records manager" NHS_HI;
    Strong PatientServices "health records officer" NHS_HI;
    Strong PatientServices "medical records manager" NHS_HI;
    Strong PatientServices "patient records manager" NHS_HI;
    Strong PatientServices "clinical coder" NHS_HI;
    Strong PatientServices "clinical coding" NHS_HI;
    Strong PatientServices "clinical coding auditor" NHS_HI;
    Strong PatientServices "patient access systems" NHS_ADS;
    // Information governance
    Strong InformationGovernance "information governance" SFIA;
    Strong InformationGovernance "data protection" SFIA;
    Strong InformationGovernance "ig" SFIA;
    Strong InformationGovernance "caldicott" NHS_HI;
    Strong InformationGovernance "freedom of information" NHS_HI;
    Strong InformationGovernance "foi" NHS_HI;
    Strong InformationGovernance "information asset owner" NHS_HI;
    Strong InformationGovernance "information asset administrator" NHS_HI;
    Strong InformationGovernance "senior information risk owner" NHS_HI;
    Strong InformationGovernance "siro" NHS_HI;
    Strong InformationGovernance "senior information risk officer" "NHS Digital, records and document management policy, rights and responsibilities (the SIRO written 'Senior Information Risk Officer')";
    Strong InformationGovernance "records manager" NHS_HI;
    Strong InformationGovernance "records management" NHS_HI;
    Strong InformationGovernance "information rights" NHS_ADS;
    Strong InformationGovernance "subject access" NHS_ADS;
    Strong InformationGovernance "privacy officer" ESCO;
    // Clinical safety
    Weak ClinicalSafety "clinical safety" SFIA;
    Weak ClinicalSafety "clinical risk" SFIA;
    Strong ClinicalSafety "dcb0129" NHS_ADS;
    Strong ClinicalSafety "dcb0160" NHS_ADS;
    // Cyber security
    Strong CyberSecurity "computer security" ONET;
    Strong CyberSecurity "data security" ESCO;
    // Security work to the government's security profession, the
    // governance of records to many NHS trusts (information assurance
    // teams under the Data Security and Protection Toolkit).
    Strong CyberSecurity + InformationGovernance "information assurance" "UK government Security profession / Digital and Data framework, cyber security roles; NHS trust information assurance teams (IG and records, Data Security and Protection Toolkit)";
    Strong CyberSecurity "cyber" SFIA;
    Strong CyberSecurity "information security" SFIA;
    Strong CyberSecurity "infosec" ESCO;
    Strong CyberSecurity "it security" ESCO;
    Strong CyberSecurity "network security" ESCO;
    Strong CyberSecurity "security analyst" DDAT_SEC;
    Strong CyberSecurity "security engineer" DDAT_SEC;
    Strong CyberSecurity "security operations" DDAT_SEC;
    Strong CyberSecurity "soc" DDAT_SEC;
    Strong CyberSecurity "penetration tester" ESCO;
    Strong CyberSecurity "ethical hacker" ESCO;
    Strong CyberSecurity "threat intelligence" DDAT_SEC;
    Strong CyberSecurity "vulnerability" DDAT_SEC;
    Strong CyberSecurity "incident responder" DDAT_SEC;
    Strong CyberSecurity "ciso" ESCO;
    Strong CyberSecurity "cyber security" SFIA;
    Strong CyberSecurity "information security analyst" ONET;
    Strong CyberSecurity "chief information security officer" ESCO;
    // Clinical informatics
    Strong ClinicalInformatics "informaticist" NHS_HI;
    Strong ClinicalInformatics "clinical application" NHS_ADS;
    // An NHS application analyst supports the trust's clinical systems,
    // an O*NET one the IT department's applications: the readers of the
    // development set label the bare post with both families.
    Strong ClinicalInformatics + ItOperations "application analyst" NHS_ADS;
    Strong ClinicalInformatics "application specialist" NHS_ADS;
    Strong ClinicalInformatics "chief medical information officer" NHS_HI;
    Strong ClinicalInformatics + ItOperations "pacs" NHS_ADS;
    Strong ClinicalInformatics + ItOperations "lims" "Laboratory information management systems, pathology's record systems: LIMS administrator and LIMS specialist posts (Clarkston Consulting, Hiring the right LIMS administrator; Clinisys, What does a LIMS specialist do, 2024; Ministry of Health and Wellness of Jamaica, terms of reference for a LIMS IT administrator), kept by NHS pathology networks' IT (htn.co.uk, South 4 Pathology Partnership picks laboratory information management system, 2021), as PACS is by imaging's";
    Strong ClinicalInformatics "clinical informatics" SFIA;
    Strong ClinicalInformatics "clinical informatician" NHS_HI;
    Strong ClinicalInformatics "nursing informatics" NHS_HI;
    Strong ClinicalInformatics "nurse informatician" NHS_HI;
    Strong ClinicalInformatics "informatics nurse" NHS_HI;
    Strong ClinicalInformatics "informatics pharmacist" NHS_HI;
    Strong ClinicalInformatics "pharmacy informatics" NHS_HI;
    Strong ClinicalInformatics "chief clinical information officer" NHS_HI;
    Strong ClinicalInformatics "clinical chief information officer" "East Lancashire Hospitals NHS Trust news, its 'Clinical Chief Information Officer' (elht.nhs.uk/news-and-media/news/impressive): the chief clinical information officer's title in another order";
    Strong ClinicalInformatics "cclio" NHS_HI;
    Strong ClinicalInformatics "ccio" NHS_HI;
    Strong ClinicalInformatics "chief nursing information officer" NHS_HI;
    Strong ClinicalInformatics "cnio" NHS_HI;
    Strong ClinicalInformatics "clinical systems" NHS_ADS;
    Strong ClinicalInformatics "clinical system" NHS_ADS;
    Strong ClinicalInformatics "epr" NHS_ADS;
    Strong ClinicalInformatics "ehr" NHS_ADS;
    Strong ClinicalInformatics "electronic patient record" NHS_ADS;
    Strong ClinicalInformatics "electronic health record" NHS_ADS;
    Strong ClinicalInformatics "health informatics" NHS_HI;
    // Bioinformatics
    Strong Bioinformatics "bioinformatics" NHS_GEN;
    Strong Bioinformatics "genomic data" NHS_GEN;
    Strong Bioinformatics "computational biology" NHS_GEN;
    Strong Bioinformatics "genome informatics" NHS_GEN;
    // Digital leadership
    Strong DigitalLeadership "chief digital information officer" DDAT_CDD;
    Strong DigitalLeadership "director of technology" DDAT_CDD;
    Strong DigitalLeadership "chief information officer" DDAT_CDD;
    Strong DigitalLeadership "cio" DDAT_CDD;
    Strong DigitalLeadership "chief technology officer" DDAT_CDD;
    Strong DigitalLeadership "cto" DDAT_CDD;
    Strong DigitalLeadership "chief data officer" DDAT_CDD;
    Strong DigitalLeadership "chief digital and information officer" DDAT_CDD;
    Strong DigitalLeadership "cdio" DDAT_CDD;
    Strong DigitalLeadership "director of digital" DDAT_CDD;
    Strong DigitalLeadership "digital director" DDAT_CDD;
    Strong DigitalLeadership "head of digital" DDAT_CDD;
    Strong DigitalLeadership "it director" DDAT_CDD;
    // "IM&T", the NHS's information management and technology, is read
    // as one word, "imandt" (see `LINKED_PAIRS`): a digital marker of its
    // own, like "EPR", and the department's name, which names the job only
    // in general, as "IT Manager" does ("director IM&T" leads it).
    Strong ItOperations "director of imandt" NHS_HI;
    // A strategic health authority's chief information and knowledge
    // officer led its informatics.
    Strong DigitalLeadership "chief information and knowledge officer" "North West NPfIT board minutes, SHA Chief Information and Knowledge Officer (https://docslib.org/doc/7332294/north-west-npfit-board-minutes)";
    Strong DigitalLeadership "chief information and innovation officer" "Becker's Hospital Review, on why health systems do not compete with Epic for talent: a health system's 'Chief Information and Innovation Officer' (beckershospitalreview.com/ehrs/why-health-systems-dont-compete-with-epic-for-talent.html)";
    // Clinical terminology (SNOMED CT and its kin) is clinical informatics'
    // work: its terminologists and implementers.
    Strong ClinicalInformatics "clinical terminology" "A summary of clinical terminology jobs and their educational scope, 'Clinical Terminology Technical Implementer' (docsbay.net/summary-of-clinical-terminology-jobs-and-educational-scope)";
    Strong ClinicalInformatics "clinical terminologist" "A summary of clinical terminology jobs and their educational scope, 'Senior Clinical Terminologist' (docsbay.net/summary-of-clinical-terminology-jobs-and-educational-scope)";
    Strong DigitalLeadership "director of informatics" NHS_HI;
    Strong DigitalLeadership "digital transformation" SFIA;
    // Learning and development
    Strong LearningAndDevelopment "instructional designer" ESCO;
    Strong LearningAndDevelopment "learning technologist" NHS_HI;
    Strong LearningAndDevelopment "e learning" NHS_HI;
    Strong LearningAndDevelopment "elearning" NHS_HI;
    Strong LearningAndDevelopment "digital skills" NHS_HI;
    Strong LearningAndDevelopment "digital learning" NHS_HI;
    Strong LearningAndDevelopment "it trainer" NHS_HI;
    Strong LearningAndDevelopment "systems trainer" NHS_ADS;
    Strong LearningAndDevelopment "epr trainer" NHS_ADS;
    Strong LearningAndDevelopment "clinical systems trainer" NHS_ADS;
    Weak LearningAndDevelopment "trainer" NHS_HI;
    Weak LearningAndDevelopment "training officer" NHS_HI;
    Weak LearningAndDevelopment "training manager" NHS_HI;
    Strong LearningAndDevelopment "learning and development" SFIA;
    // Knowledge management
    Strong KnowledgeManagement "knowledge management" SFIA;
    Strong KnowledgeManagement "clinical librarian" NHS_KLS;
    Strong KnowledgeManagement "librarian" NHS_KLS;
    Strong KnowledgeManagement "library" NHS_KLS;
    Strong KnowledgeManagement "knowledge specialist" NHS_KLS;
    Strong KnowledgeManagement "evidence specialist" NHS_KLS;
    Strong KnowledgeManagement "knowledge and library" NHS_KLS;
    Strong KnowledgeManagement "knowledge officer" NHS_KLS;
    // Architecture
    Strong QualityAssuranceTesting "test architect" DDAT_QAT;
    Weak Architecture "architect" DDAT_ARCH;
    Strong Architecture "enterprise architect" DDAT_ARCH;
    Strong Architecture "technical architect" DDAT_ARCH;
    Strong Architecture "security architect" DDAT_ARCH;
    Strong Architecture "network architect" DDAT_ARCH;
    Strong Architecture "infrastructure architect" DDAT_ARCH;
    Strong Architecture "business architect" DDAT_ARCH;
    Strong Architecture "integration architect" DDAT_ARCH;
    Strong Architecture "cloud architect" ESCO;
    Strong Architecture "systems architect" ESCO;
    Strong Architecture "architecture" DDAT_ARCH;
    // Data and analytics
    Strong DataAndAnalytics "data engineering" DDAT_DATA;
    Strong DataAndAnalytics "data engineer" DDAT_DATA;
    Strong DataAndAnalytics "data scientist" DDAT_DATA;
    Strong DataAndAnalytics "data science" DDAT_DATA;
    Strong Architecture "data architect" DDAT_ARCH;
    Strong DataAndAnalytics "performance analyst" DDAT_DATA;
    Strong DataAndAnalytics "analytics" DDAT_DATA;
    Strong DataAndAnalytics "information analyst" NHS_HI;
    Strong DataAndAnalytics "business intelligence" DDAT_DATA;
    Strong DataAndAnalytics "bi" DDAT_DATA;
    Strong DataAndAnalytics "bi developer" DDAT_DATA;
    Strong DataAndAnalytics "data manager" DDAT_DATA;
    Strong DataAndAnalytics "data quality" DDAT_DATA;
    Strong DataAndAnalytics "data governance" DDAT_DATA;
    Strong DataAndAnalytics "data warehouse" ESCO;
    Strong DataAndAnalytics "statistician" DDAT_DATA;
    Strong DataAndAnalytics "machine learning" DDAT_DATA;
    Strong DataAndAnalytics "ml engineer" DDAT_DATA;
    Strong DataAndAnalytics "ai engineer" DDAT_DATA;
    Strong DataAndAnalytics "reporting analyst" NHS_HI;
    Strong DataAndAnalytics "informatics analyst" NHS_HI;
    Strong DataAndAnalytics "data analysis" DDAT_DATA;
    Strong DataAndAnalytics "data and analytics" SFIA;
    Strong DataAndAnalytics "data officer" NHS_ADS;
    // IT operations
    Generic ItOperations "it services" DDAT_ITOPS;
    Generic ItOperations "it officer" NHS_ADS;
    Generic ItOperations "it specialist" ONET;
    Strong ItOperations "network administrator" ESCO;
    Strong ItOperations "lan administrator" ONET;
    Strong ItOperations "computer support specialist" ONET;
    Strong ItOperations "desktop analyst" NHS_ADS;
    Generic ItOperations "imandt" NHS_HI;
    Strong DigitalLeadership "imandt director" "NHS Scotland eHealth committee minutes, 'IM&T Director' (sample 14 of tests/data/real_titles.tsv): the IT director";
    Strong ItOperations "imandt service manager" "NHS national job profiles for Information Technology (NHS Employers), IM&T Service Manager (http://docplayer.net/8053985-National-profiles-for-information-technology-contents-profile-title-afc-banding-page.html): the IT service manager";
    Strong ItOperations "information systems" ONET;
    Strong ItOperations "network engineer" DDAT_ITOPS;
    Weak ItOperations "network manager" DDAT_ITOPS;
    Strong ItOperations "network analyst" DDAT_ITOPS;
    Strong ItOperations "infrastructure engineer" DDAT_ITOPS;
    Strong ItOperations "infrastructure manager" DDAT_ITOPS;
    Strong ItOperations "site reliability engineer" DDAT_ITOPS;
    Strong ItOperations "sre" DDAT_ITOPS;
    Strong ItOperations "service desk" DDAT_ITOPS;
    Strong ItOperations "servicedesk" DDAT_ITOPS;
    Strong ItOperations "help desk" ESCO;
    Strong ItOperations "helpdesk" ESCO;
    Strong ItOperations "it support" DDAT_ITOPS;
    Strong ItOperations "desktop support" ESCO;
    Strong ItOperations "user support specialist" ONET;
    Strong ItOperations "technical support" ESCO;
    Strong ItOperations "end user computing" DDAT_ITOPS;
    Generic ItOperations "it technician" ESCO;
    Generic ItOperations "it engineer" ESCO;
    Strong ItOperations "it service manager" DDAT_ITOPS;
    Strong ItOperations "it service management" DDAT_ITOPS;
    Generic ItOperations "it manager" DDAT_ITOPS;
    Strong ItOperations "it operations" SFIA;
    Weak ItOperations "incident manager" DDAT_ITOPS;
    Strong ItOperations "problem manager" DDAT_ITOPS;
    Weak ItOperations "change manager" DDAT_ITOPS;
    Weak ItOperations "release manager" DDAT_ITOPS;
    Strong ItOperations "change and release manager" DDAT_ITOPS;
    Strong ItOperations "configuration manager" DDAT_ITOPS;
    Strong ItOperations "service transition" DDAT_ITOPS;
    Strong ItOperations "systems engineer" ESCO;
    // The singular counts alone or beside a technology only: "System
    // Engineer", but not a "Control System Engineer".
    Alone ItOperations "system engineer" ESCO;
    Strong ItOperations "database administrator" ESCO;
    Strong ItOperations "dba" ESCO;
    Strong ItOperations "cloud engineer" ESCO;
    Strong ItOperations "platform engineer" DDAT_ITOPS;
    Strong ItOperations "telecoms" DDAT_ITOPS;
    Strong ItOperations "telecommunications" DDAT_ITOPS;
    Strong ItOperations "telecommunication" DDAT_ITOPS;
    Strong ItOperations "telephony" DDAT_ITOPS;
    Strong ItOperations "application support" DDAT_ITOPS;
    Strong ItOperations "application operations" DDAT_ITOPS;
    Strong ItOperations "it asset" DDAT_ITOPS;
    Strong ItOperations "it procurement" DDAT_ITOPS;
    Strong ItOperations "command and control" DDAT_ITOPS;
    // Product and delivery
    Strong ProductAndDelivery "head of product" DDAT_PD;
    Strong ProductAndDelivery "delivery management" DDAT_PD;
    Strong ProductAndDelivery "business systems analyst" ONET;
    Strong ProductAndDelivery "business change analyst" DDAT_PD;
    Strong ProductAndDelivery "product owner" DDAT_PD;
    Strong ProductAndDelivery "delivery manager" DDAT_PD;
    Strong ProductAndDelivery "agile delivery manager" DDAT_PD;
    Strong ProductAndDelivery "scrum master" DDAT_PD;
    Strong ProductAndDelivery "business analyst" DDAT_PD;
    Strong ProductAndDelivery "service owner" DDAT_PD;
    Strong ProductAndDelivery "programme delivery manager" DDAT_PD;
    Strong ProductAndDelivery "project delivery manager" DDAT_PD;
    Strong ProductAndDelivery "digital programme manager" DDAT_PD;
    Strong ProductAndDelivery "digital project manager" DDAT_PD;
    Weak ProductAndDelivery "programme manager" DDAT_PD;
    Weak ProductAndDelivery "project manager" DDAT_PD;
    Weak ProductAndDelivery "project officer" DDAT_PD;
    Weak ProductAndDelivery "project support officer" DDAT_PD;
    Weak ProductAndDelivery "programme support officer" DDAT_PD;
    Weak ProductAndDelivery "project lead" DDAT_PD;
    Weak ProductAndDelivery "programme lead" DDAT_PD;
    Weak ProductAndDelivery "project coordinator" DDAT_PD;
    Weak ProductAndDelivery "portfolio manager" DDAT_PD;
    Weak ProductAndDelivery "pmo" DDAT_PD;
    Weak ProductAndDelivery "implementation manager" NHS_ADS;
    Weak ProductAndDelivery "implementation lead" NHS_ADS;
    // Quality assurance testing
    Strong QualityAssuranceTesting "test analyst" DDAT_QAT;
    Alone QualityAssuranceTesting "test engineer" DDAT_QAT;
    Strong QualityAssuranceTesting "test manager" DDAT_QAT;
    Strong QualityAssuranceTesting "test lead" DDAT_QAT;
    Alone QualityAssuranceTesting "tester" DDAT_QAT;
    Strong QualityAssuranceTesting "software tester" DDAT_QAT;
    Strong QualityAssuranceTesting "qa analyst" DDAT_QAT;
    Strong QualityAssuranceTesting "qa engineer" DDAT_QAT;
    Strong QualityAssuranceTesting "quality assurance analyst" DDAT_QAT;
    Strong QualityAssuranceTesting "quality assurance engineer" DDAT_QAT;
    Strong QualityAssuranceTesting "test automation" DDAT_QAT;
    Strong QualityAssuranceTesting "automation tester" DDAT_QAT;
    Strong QualityAssuranceTesting "performance tester" DDAT_QAT;
    Strong QualityAssuranceTesting "accessibility tester" DDAT_QAT;
    Strong QualityAssuranceTesting "sdet" DDAT_QAT;
    Strong QualityAssuranceTesting "developer in test" DDAT_QAT;
    Strong QualityAssuranceTesting "software developer in test" DDAT_QAT;
    Strong QualityAssuranceTesting "software development engineer in test" "UK government Digital and Data framework, quality assurance testing role family (test engineer, software developer in test); Civil Service Jobs advert 477918, Senior Software Development Engineer in Test (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql)";
    // Software development
    Strong SoftwareDevelopment "software engineer" DDAT_SD;
    Alone SoftwareDevelopment "developer" DDAT_SD;
    Alone SoftwareDevelopment "programmer" DDAT_SD;
    Strong SoftwareDevelopment "frontend developer" DDAT_SD;
    Strong SoftwareDevelopment "front end developer" DDAT_SD;
    Strong SoftwareDevelopment "backend developer" DDAT_SD;
    Strong SoftwareDevelopment "back end developer" DDAT_SD;
    Strong SoftwareDevelopment "full stack developer" DDAT_SD;
    Strong SoftwareDevelopment "web developer" DDAT_SD;
    Strong SoftwareDevelopment "devops" DDAT_SD;
    Strong SoftwareDevelopment "devops engineer" DDAT_SD;
    Strong SoftwareDevelopment "software development" DDAT_SD;
    Weak SoftwareDevelopment "development manager" DDAT_SD;
    Strong SoftwareDevelopment "integration engineer" DDAT_SD;
    Strong SoftwareDevelopment "integration developer" DDAT_SD;
    Strong SoftwareDevelopment "interface developer" DDAT_SD;
    Strong SoftwareDevelopment "mobile developer" ESCO;
    // User centred design
    Strong UserCentredDesign "ux architect" DDAT_UCD;
    Strong UserCentredDesign "usability" ONET;
    Strong UserCentredDesign "human computer interaction" ESCO;
    Strong UserCentredDesign "human computer interface" ONET;
    Weak LearningAndDevelopment "training lead" NHS_ADS;
    Strong ItOperations "infrastructure analyst" NHS_ADS;
    Strong ItOperations "server engineer" NHS_ADS;
    // The head of IT, of IM&T or of information systems: IT operations',
    // unless the title is the head post alone (see `WHOLE_FUNCTION_HEADS`).
    Strong ItOperations "head of it" "NHS Jobs adverts; a trust's ITIL and PRINCE2 policy, author 'Head of IT' (https://pdfslide.us/documents/1-introduction-web-view-itil-2007-projects-in-controlled-environments-prince.html)";
    Strong ItOperations "head of information systems" "a trust's registration authority and smartcards policy, 'Head of Information Systems' (https://fdocuments.us/document/registration-authority-ra-smartcards-policy-smartcard-issued-during-the-registration.html)";
    Strong ItOperations "head of imandt" "NHS job descriptions, 'Head of IM&T' and 'Deputy Head of IM&T' as the post a job reports to (sample 13 of tests/data/real_titles.tsv)";
    Strong SoftwareDevelopment "integration analyst" NHS_ADS;
    Strong SoftwareDevelopment "interface analyst" NHS_ADS;
    Strong DataAndAnalytics "report writer" NHS_HI;
    Strong ProductAndDelivery "pmo analyst" DDAT_PD;
    Strong DataAndAnalytics "data steward" NHS_ADS;
    Strong DataAndAnalytics "ai system designer" DDAT_DATA;
    // Bare "AI" names a unit, a programme or a product as often as the
    // work ("Justice AI Unit", "AI Industry Opportunities Advisor", "Police
    // AI - Co-pilot Developers" in Civil Service Jobs adverts, github
    // Deekshith666/civil-service-jobs-scraper data/export_dump.sql): it
    // counts beside a digital word only. Its jobs are terms of their own.
    Weak DataAndAnalytics "ai" DDAT_DATA;
    Weak DataAndAnalytics "artificial intelligence" DDAT_DATA;
    Strong DataAndAnalytics "ai specialist" "O*NET-SOC 15-1299.00 Computer Occupations, All Other, and 15-1221.00 Computer and Information Research Scientists, alternate titles (Artificial Intelligence Specialist (AI Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "artificial intelligence specialist" "O*NET-SOC 15-1299.00 Computer Occupations, All Other, and 15-1221.00 Computer and Information Research Scientists, alternate titles (Artificial Intelligence Specialist (AI Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "health intelligence" NHS_HI;
    Strong CyberSecurity "threat hunter" DDAT_SEC;
    Strong ClinicalSafety "clinical safety engineer" NHS_ADS;
    Weak ProductAndDelivery "program manager" ONET;
    // Rows gathered from the frameworks' own role and occupation lists, each
    // with the page or data file it comes from.
    Strong Architecture "application architect" "ESCO v1.2 occupation 'software architect' ISCO 2512.3 (http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "chief data architect" "DDaT Capability Framework: Data architect / level Chief data architect (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong Architecture "data warehouse architect" "ESCO v1.2 occupation 'data warehouse designer' ISCO 2521.5 (http://data.europa.eu/esco/occupation/1562c7a3-c7d9-419d-b9b6-db26610bcf84; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "database architect" "ESCO v1.2 occupation 'database designer' ISCO 2521.2 (http://data.europa.eu/esco/occupation/8d9ec84d-cf2d-4179-87bc-335cda54a427; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "enterprise architecture manager" "ESCO v1.2 occupation 'enterprise architect' ISCO 2511.6 (http://data.europa.eu/esco/occupation/2bef94db-0088-4507-982a-2ca717529adb; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "information systems architect" "ESCO v1.2 occupation 'ICT system architect' ISCO 2511.14 (http://data.europa.eu/esco/occupation/e1c72b5f-4c5c-487c-a6df-e84b64a51dae; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "it network architect" "ESCO v1.2 occupation 'ICT network architect' ISCO 2523.2 (http://data.europa.eu/esco/occupation/e0b544dd-b621-4126-a55e-054af25c6ea0; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "it security architect" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "it system architect" "ESCO v1.2 occupation 'ICT system architect' ISCO 2511.14 (http://data.europa.eu/esco/occupation/e1c72b5f-4c5c-487c-a6df-e84b64a51dae; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "it systems architect" "ESCO v1.2 occupation 'ICT system architect' ISCO 2511.14 (http://data.europa.eu/esco/occupation/e1c72b5f-4c5c-487c-a6df-e84b64a51dae; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Architecture "network systems consultant" "O*NET-SOC 15-1241.00 (formerly 15-1143.00) Computer Network Architects, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1143.00; https://www.onetonline.org/link/summary/15-1143.00)";
    Strong Architecture "networking systems and distributed systems engineer" "O*NET-SOC 15-1241.00 (formerly 15-1143.00) Computer Network Architects, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1143.00; https://www.onetonline.org/link/summary/15-1143.00)";
    Strong Architecture "software architect" "ESCO v1.2 occupation 'software architect' ISCO 2512.3 (http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong Bioinformatics "bioinformatics analyst" "ESCO occupation 'bioinformatics scientist' ISCO 2131.3 (http://data.europa.eu/esco/occupation/68d973df-bf10-4bf7-9a1b-fbd9f604b9db; seen via ESCO occupation viewer (autoped.services.aiod.ieat.ro) + alt titles listed at https://jinn.careers/wiki/bioinformatics-scientist/)";
    Strong Bioinformatics "bioinformatics engineer" "ISCB/EMBL-EBI bioinformatics competency personas (Welch et al. 2014, PLoS Comput Biol, doi:10.1371/journal.pcbi.1003496, Figures 2-4)";
    Strong Bioinformatics "scientific database curator" "O*NET-SOC 19-1029.01 Bioinformatics Scientists, Sample of reported job titles (https://www.onetonline.org/link/summary/19-1029.01)";
    Strong ClinicalInformatics "chief nurse information officer" "RCNi Nursing Jobs, 'Could you be a chief nurse information officer?' (https://www.rcninursingjobs.co.uk/article/could-you-be-a-chief-nurse-information-officer-/)";
    Strong ClinicalInformatics "chief nursing informatics officer" "OHSU DMICE, ONC University-Based Training job roles (http://www.ohsu.edu/xd/education/schools/school-of-medicine/departments/clinical-departments/dmice/educational-programs/onc-job-roles.cfm)";
    Strong ClinicalInformatics "chief research information officer" "BMJ Health & Care Informatics 25(2):88, CIO leadership team and the Chief Research Information Officer (https://informatics.bmj.com/content/25/2/88)";
    Strong ClinicalInformatics "clinical informatics analyst" "COACH (Canada's Health Informatics Association) Health Informatics Professional (HIP) Role Profiles, contents list (seen at http://businessdocbox.com/Human_Resources/95083500-Hip-role-profiles-health-informatics-professional-role-profiles.html)";
    Strong ClinicalInformatics "clinical informatics coordinator" "COACH (Canada's Health Informatics Association) Health Informatics Professional (HIP) Role Profiles, contents list (seen at http://businessdocbox.com/Human_Resources/95083500-Hip-role-profiles-health-informatics-professional-role-profiles.html)";
    Strong ClinicalInformatics "clinical informatics director" "ESCO v1.2 occupation 'clinical informatics manager' ISCO 1342.1 (http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ClinicalInformatics "clinical informatics manager" "ESCO v1.2 occupation 'clinical informatics manager' ISCO 1342.1 (http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ClinicalInformatics "clinical informatics supervisor" "ESCO v1.2 occupation 'clinical informatics manager' ISCO 1342.1 (http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ClinicalInformatics "clinical information systems manager" "ESCO v1.2 occupation 'clinical informatics manager' ISCO 1342.1 (http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ClinicalInformatics "cmio" "Digital Health (EHI) CCIO Handbook 2015, ch.2 'CCIOs - who, what, why, where, when?' (https://digitalhealth.net/eshots/CCIO/2015/Handbook/chap2.html)";
    Strong ClinicalInformatics "digital nurse" "RCNi Nursing Jobs, 'Could you be a chief nurse information officer?' (https://www.rcninursingjobs.co.uk/article/could-you-be-a-chief-nurse-information-officer-/)";
    Strong ClinicalInformatics "director of clinical informatics" "ESCO v1.2 occupation 'clinical informatics manager' ISCO 1342.1 (http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ClinicalInformatics "health informatics director" "ESCO v1.2 occupation 'clinical informatics manager' ISCO 1342.1 (http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ClinicalInformatics "health informatics manager" "ESCO v1.2 occupation 'clinical informatics manager' ISCO 1342.1 (http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ClinicalInformatics "pacs administrator" "We Can Do Together (health and care careers), Health Informatics: clinical informatics roles (https://wecandotogether.org.uk/careers-information/health-informatics/)";
    Strong ClinicalInformatics "pathology it systems manager" "ESCO v1.2 occupation 'clinical informatics manager' ISCO 1342.1 (http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ClinicalInformatics "pathology links manager" "We Can Do Together (health and care careers), Health Informatics: clinical informatics roles (https://wecandotogether.org.uk/careers-information/health-informatics/)";
    Strong ClinicalInformatics "practice workflow and information management redesign specialist" "US ONC 12 health IT workforce roles (listing seen at https://healthitanswers.net/onc-workforce-development-program-part-2 and https://www.usfhealthonline.com/resources/education/the-role-of-the-onc-in-developing-the-health-it-workforce/)";
    Strong CyberSecurity "chief it security officer" "ESCO v1.2 occupation 'chief ICT security officer' ISCO 2529.1 (http://data.europa.eu/esco/occupation/276ba420-ef09-4a0e-b215-2c2e2f80ad28; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cloud security engineer" "ESCO v1.2 occupation 'cloud engineer' ISCO 2512.1 (http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "computer security coordinator" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "computer security specialist" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "computer systems security analyst" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "cyber defender" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber incident handler" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber incident responder" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber risk manager" "ESCO v1.2 occupation 'cybersecurity risk manager' ISCO 2529.8 (http://data.europa.eu/esco/occupation/7754d570-9519-48c2-b1c9-8e165f8bca0f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber security developer" "ESCO v1.2 occupation 'ICT security technician' ISCO 3512.3 (http://data.europa.eu/esco/occupation/a44a1dc5-be08-4840-8bd5-770c4ac1ca6d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber security engineer" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "cyber security programme director" "ESCO v1.2 occupation 'chief ICT security officer' ISCO 2529.1 (http://data.europa.eu/esco/occupation/276ba420-ef09-4a0e-b215-2c2e2f80ad28; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber security risk manager" "ESCO v1.2 occupation 'cybersecurity risk manager' ISCO 2529.8 (http://data.europa.eu/esco/occupation/7754d570-9519-48c2-b1c9-8e165f8bca0f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber security siem manager" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber security specialist" "ESCO v1.2 occupation 'cybersecurity risk manager' ISCO 2529.8 (http://data.europa.eu/esco/occupation/7754d570-9519-48c2-b1c9-8e165f8bca0f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "cyber security technologist" "IfATE apprenticeship standard 'Cyber security technologist', typical job titles (listing seen at https://training.iprotech.net/cyber-security-technologist/)";
    Strong CyberSecurity "data security administrator" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Sample of reported job titles (https://www.onetonline.org/link/summary/15-1212.00; listing seen at effortlesshr.com/job-descriptions/information-security-analysts-15-1122.00)";
    Strong CyberSecurity "data security analyst" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity + SoftwareDevelopment "devsecops engineer" "ESCO v1.2 occupation 'ICT security technician' ISCO 3512.3 (http://data.europa.eu/esco/occupation/a44a1dc5-be08-4840-8bd5-770c4ac1ca6d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1); UK government Digital and Data framework, software development role family (DevOps engineer): DevSecOps is DevOps engineering with security built in";
    Strong CyberSecurity "forensics and incident response analyst" "IfATE apprenticeship standard 'Cyber security technologist', typical job titles (listing seen at https://training.iprotech.net/cyber-security-technologist/)";
    Strong CyberSecurity "head of information security" "ESCO v1.2 occupation 'chief ICT security officer' ISCO 2529.1 (http://data.europa.eu/esco/occupation/276ba420-ef09-4a0e-b215-2c2e2f80ad28; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "head of it security" "ESCO v1.2 occupation 'chief ICT security officer' ISCO 2529.1 (http://data.europa.eu/esco/occupation/276ba420-ef09-4a0e-b215-2c2e2f80ad28; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "incident response engineer" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "information assurance analyst" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "information assurance engineer" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "information security administrator" "ESCO v1.2 occupation 'ICT security administrator' ISCO 2529.6 (http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "information security assurance and threat analyst" "IfATE apprenticeship standard 'Cyber security technologist', typical job titles (listing seen at https://training.iprotech.net/cyber-security-technologist/)";
    Strong CyberSecurity "information security auditor" "IfATE apprenticeship standard 'Cyber security technologist', typical job titles (listing seen at https://training.iprotech.net/cyber-security-technologist/)";
    Strong CyberSecurity "information security director" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "information security engineer" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "information security officer" "ESCO v1.2 occupation 'chief ICT security officer' ISCO 2529.1 (http://data.europa.eu/esco/occupation/276ba420-ef09-4a0e-b215-2c2e2f80ad28; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "information security risk analyst" "ESCO v1.2 occupation 'cybersecurity risk manager' ISCO 2529.8 (http://data.europa.eu/esco/occupation/7754d570-9519-48c2-b1c9-8e165f8bca0f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "information security specialist" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Sample of reported job titles (https://www.onetonline.org/link/summary/15-1212.00; listing seen at effortlesshr.com/job-descriptions/information-security-analysts-15-1122.00)";
    Strong CyberSecurity "information systems security analyst" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Sample of reported job titles (https://www.onetonline.org/link/summary/15-1212.00; listing seen at effortlesshr.com/job-descriptions/information-security-analysts-15-1122.00)";
    Strong CyberSecurity "information systems security officer" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Sample of reported job titles (https://www.onetonline.org/link/summary/15-1212.00; listing seen at effortlesshr.com/job-descriptions/information-security-analysts-15-1122.00)";
    Strong CyberSecurity "information systems security specialist" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Alternate Titles (listing seen at https://tampabayintern.com/resources/view/125)";
    Strong CyberSecurity "it security administrator" "ESCO v1.2 occupation 'ICT security administrator' ISCO 2529.6 (http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "it security advisor" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "it security analyst" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Sample of reported job titles (https://www.onetonline.org/link/summary/15-1212.00; listing seen at effortlesshr.com/job-descriptions/information-security-analysts-15-1122.00)";
    Strong CyberSecurity "it security consultant" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "it security engineer" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "it security expert" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "it security manager" "ESCO v1.2 occupation 'cybersecurity risk manager' ISCO 2529.8 (http://data.europa.eu/esco/occupation/7754d570-9519-48c2-b1c9-8e165f8bca0f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "it security officer" "ESCO v1.2 occupation 'ICT security technician' ISCO 3512.3 (http://data.europa.eu/esco/occupation/a44a1dc5-be08-4840-8bd5-770c4ac1ca6d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "it security technician" "ESCO v1.2 occupation 'ICT security technician' ISCO 3512.3 (http://data.europa.eu/esco/occupation/a44a1dc5-be08-4840-8bd5-770c4ac1ca6d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "it security tester" "ESCO occupation 'ethical hacker' ISCO 2529.4 (http://data.europa.eu/esco/occupation/76ef0a87-6afe-4560-b5d0-9a086abe45c5; seen via ESCO occupation viewer (autoped.services.aiod.ieat.ro) + alt titles listed at https://jinn.careers/wiki/ethical-hacker/)";
    Strong CyberSecurity "network security administrator" "ESCO v1.2 occupation 'ICT security administrator' ISCO 2529.6 (http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "network security analyst" "O*NET-SOC 15-1122.00 Information Security Analysts (now 15-1212.00), Sample of reported job titles (https://www.onetonline.org/link/summary/15-1212.00; listing seen at effortlesshr.com/job-descriptions/information-security-analysts-15-1122.00)";
    Strong CyberSecurity "network security tester" "ESCO occupation 'ethical hacker' ISCO 2529.4 (http://data.europa.eu/esco/occupation/76ef0a87-6afe-4560-b5d0-9a086abe45c5; seen via ESCO occupation viewer (autoped.services.aiod.ieat.ro) + alt titles listed at https://jinn.careers/wiki/ethical-hacker/)";
    Strong CyberSecurity "security operation analyst" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "security operations centre analyst" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "soc analyst" "ESCO v1.2 occupation 'cyber incident responder' ISCO 2529.7 (http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "system security administrator" "ESCO v1.2 occupation 'ICT security administrator' ISCO 2529.6 (http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong CyberSecurity "system security tester" "ESCO occupation 'ethical hacker' ISCO 2529.4 (http://data.europa.eu/esco/occupation/76ef0a87-6afe-4560-b5d0-9a086abe45c5; seen via ESCO occupation viewer (autoped.services.aiod.ieat.ro) + alt titles listed at https://jinn.careers/wiki/ethical-hacker/)";
    Strong CyberSecurity "vulnerability analyst" "ESCO occupation 'ethical hacker' ISCO 2529.4 (http://data.europa.eu/esco/occupation/76ef0a87-6afe-4560-b5d0-9a086abe45c5; seen via ESCO occupation viewer (autoped.services.aiod.ieat.ro) + alt titles listed at https://jinn.careers/wiki/ethical-hacker/)";
    Strong CyberSecurity "vulnerability manager" "Government Security Profession career framework, cyber security operations role 'Vulnerability management' (https://www.gov.scot/publications/cyber-security-operations/pages/vulnerability-management/)";
    Weak CyberSecurity "governance and compliance analyst" "IfATE apprenticeship standard 'Cyber security technologist', typical job titles (listing seen at https://training.iprotech.net/cyber-security-technologist/)";
    Strong DataAndAnalytics "analytics consultant" "O*NET-SOC 15-2051.00 Data Scientists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-2051-00; https://www.onetonline.org/link/summary/15-2051.00)";
    Strong DataAndAnalytics "analytics engineer" "DDaT Capability Framework: Data roles / Analytics engineer (https://ddat-capability-framework.service.gov.uk)";
    Strong DataAndAnalytics "artificial intelligence engineer" "ESCO v1.2 occupation 'artificial intelligence engineer' ISCO 2511.11 (http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "business intelligence analyst" "ESCO v1.2 occupation 'business intelligence manager' ISCO 2421.3 (http://data.europa.eu/esco/occupation/207d7b18-6540-432e-8aa6-785ed434572f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "business intelligence consultant" "ESCO v1.2 occupation 'business intelligence manager' ISCO 2421.3 (http://data.europa.eu/esco/occupation/207d7b18-6540-432e-8aa6-785ed434572f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "business intelligence manager" "ESCO v1.2 occupation 'business intelligence manager' ISCO 2421.3 (http://data.europa.eu/esco/occupation/207d7b18-6540-432e-8aa6-785ed434572f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "business intelligence specialist" "ESCO v1.2 occupation 'business intelligence manager' ISCO 2421.3 (http://data.europa.eu/esco/occupation/207d7b18-6540-432e-8aa6-785ed434572f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "data analytics manager" "O*NET-SOC 15-2051.00 Data Scientists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-2051-00; https://www.onetonline.org/link/summary/15-2051.00)";
    Strong DataAndAnalytics "data analytics scientist" "O*NET-SOC 15-2051.00 Data Scientists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-2051-00; https://www.onetonline.org/link/summary/15-2051.00)";
    Strong DataAndAnalytics "data analytics specialist" "O*NET-SOC 15-2051.00 Data Scientists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-2051-00; https://www.onetonline.org/link/summary/15-2051.00)";
    Strong DataAndAnalytics "data and ai ethicist" "DDaT Capability Framework: Data and artificial intelligence (AI) ethicist / level Data and AI ethicist (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong DataAndAnalytics "data consultant" "O*NET-SOC 15-2051.00 Data Scientists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-2051-00; https://www.onetonline.org/link/summary/15-2051.00)";
    Strong DataAndAnalytics "data ethicist" "DDaT Capability Framework: Data roles / Data ethicist (https://ddat-capability-framework.service.gov.uk)";
    Strong DataAndAnalytics "data quality specialist" "ESCO v1.2 occupation 'data quality specialist' ISCO 2519.1 (http://data.europa.eu/esco/occupation/7086d0ca-1e77-4690-89c9-7ed1a0478fa3; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "data support analyst" "IfATE apprenticeship standard 'Data technician' (Level 3), typical job titles (listing seen at https://tcpartnership.ac.uk/apprenticeships/apprenticeships/data-technician-level-3)";
    Strong DataAndAnalytics "data warehouse analyst" "ESCO v1.2 occupation 'data analyst' ISCO 2511.3 (http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "data warehouse designer" "ESCO v1.2 occupation 'data warehouse designer' ISCO 2521.5 (http://data.europa.eu/esco/occupation/1562c7a3-c7d9-419d-b9b6-db26610bcf84; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "data warehouse developer" "ESCO v1.2 occupation 'data warehouse designer' ISCO 2521.5 (http://data.europa.eu/esco/occupation/1562c7a3-c7d9-419d-b9b6-db26610bcf84; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "database analyst" "O*NET-SOC 15-1242.00 (formerly 15-1141.00/15-1061.00) Database Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1242.00; https://www.onetcodeconnector.org/ccreport/15-1141.00)";
    Strong DataAndAnalytics + SoftwareDevelopment "database developer" "ESCO v1.2 occupation 'database developer' ISCO 2521.3 (http://data.europa.eu/esco/occupation/b11e1742-5e28-4270-b081-b0193d85ee7d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics + SoftwareDevelopment "database programmer" "ESCO v1.2 occupation 'database developer' ISCO 2521.3 (http://data.europa.eu/esco/occupation/b11e1742-5e28-4270-b081-b0193d85ee7d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "digital evaluator" "DDaT Capability Framework: Data roles / Digital evaluator (https://ddat-capability-framework.service.gov.uk)";
    Strong DataAndAnalytics "head of analytics engineering" "DDaT Capability Framework: Analytics engineer / level Head of analytics engineering (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong DataAndAnalytics "head of data and ai ethics" "DDaT Capability Framework: Data and artificial intelligence (AI) ethicist / level Head of data and AI ethics (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong DataAndAnalytics "head of data engineering" "DDaT Capability Framework: Data engineer / level Head of data engineering (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong DataAndAnalytics "head of data governance" "DDaT Capability Framework: Data governance manager / level Head of data governance (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong DataAndAnalytics "head of data science" "DDaT Capability Framework: Data scientist / level Head of data science (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong DataAndAnalytics "head of digital evaluation" "DDaT Capability Framework: Digital evaluator / level Head of digital evaluation (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong DataAndAnalytics "head of performance analysis" "DDaT Capability Framework: Performance analyst / level Head of performance analysis (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong DataAndAnalytics "machine learning engineer" "DDaT Capability Framework: Data roles / Machine learning engineer (https://ddat-capability-framework.service.gov.uk)";
    Strong DataAndAnalytics "research data scientist" "ESCO v1.2 occupation 'data scientist' ISCO 2511.4 (http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DataAndAnalytics "statistics analyst" "ESCO v1.2 occupation 'statistician' ISCO 2120.6 (http://data.europa.eu/esco/occupation/ac8b3cd1-a127-4e6a-8208-5cfcf7111955; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak DataAndAnalytics "data integrity officer" "ESCO v1.2 occupation 'data quality specialist' ISCO 2519.1 (http://data.europa.eu/esco/occupation/7086d0ca-1e77-4690-89c9-7ed1a0478fa3; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak DataAndAnalytics "data quality officer" "ESCO v1.2 occupation 'data quality specialist' ISCO 2519.1 (http://data.europa.eu/esco/occupation/7086d0ca-1e77-4690-89c9-7ed1a0478fa3; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong DigitalLeadership "chief informatics officer" "OHSU DMICE, ONC University-Based Training job roles (http://www.ohsu.edu/xd/education/schools/school-of-medicine/departments/clinical-departments/dmice/educational-programs/onc-job-roles.cfm)";
    Strong DigitalLeadership "computing services director" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, Sample of reported job titles (https://www.onetonline.org/link/summary/11-3021.00)";
    Strong DigitalLeadership "digital health program director" "COACH (Canada's Health Informatics Association) Health Informatics Professional (HIP) Role Profiles, contents list (seen at http://businessdocbox.com/Human_Resources/95083500-Hip-role-profiles-health-informatics-professional-role-profiles.html)";
    Strong DigitalLeadership "digital health strategist" "COACH (Canada's Health Informatics Association) Health Informatics Professional (HIP) Role Profiles, contents list (seen at http://businessdocbox.com/Human_Resources/95083500-Hip-role-profiles-health-informatics-professional-role-profiles.html)";
    Strong DigitalLeadership "information systems director" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, Sample of reported job titles (https://www.onetonline.org/link/summary/11-3021.00)";
    Strong DigitalLeadership "management information systems director" "O*NET-SOC 15-1242.00 (formerly 15-1141.00/15-1061.00) Database Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1242.00; https://www.onetcodeconnector.org/ccreport/15-1141.00)";
    Strong InformationGovernance "caldicott guardian" "NHS Digital, Data Security and Protection Toolkit: Key roles and the DPO (2018) (seen at https://www.scribd.com/document/654541222/Key-Roles-and-DPO-Guide)";
    Strong InformationGovernance "data compliance officer" "ESCO v1.2 occupation 'data protection officer' ISCO 2619.4 (http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong InformationGovernance "data protection advisor" "ESCO v1.2 occupation 'data protection officer' ISCO 2619.4 (http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong InformationGovernance "data protection and security officer" "ESCO v1.2 occupation 'data protection officer' ISCO 2619.4 (http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong InformationGovernance "data protection specialist" "ESCO v1.2 occupation 'data protection officer' ISCO 2619.4 (http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong InformationGovernance "data security and protection lead" "Digital Care Hub, Data Security and Protection Responsibilities (DSPT roles for care providers) (https://www.digitalcarehub.co.uk/resource/data-security-and-protection-responsibilities/)";
    Strong InformationGovernance "health information privacy and security specialist" "US ONC 12 health IT workforce roles (listing seen at https://healthitanswers.net/onc-workforce-development-program-part-2 and https://www.usfhealthonline.com/resources/education/the-role-of-the-onc-in-developing-the-health-it-workforce/)";
    Strong InformationGovernance "ig lead" "NHS Digital, Data Security and Protection Toolkit: Key roles and the DPO (2018) (seen at https://www.scribd.com/document/654541222/Key-Roles-and-DPO-Guide)";
    Strong InformationGovernance "information governance lead" "NHS Digital, Data Security and Protection Toolkit: Key roles and the DPO (2018) (seen at https://www.scribd.com/document/654541222/Key-Roles-and-DPO-Guide)";
    Weak InformationGovernance "records management specialist" "ASPE, Nationwide Health Information Network (NHIN) Workforce Study, Table I types of personnel (https://aspe.hhs.gov/report/nationwide-health-information-network-nhin-workforce-study-final-report/table-i-types-personnel-identified)";
    Strong ItOperations "application lifecycle manager" "ESCO v1.2 occupation 'ICT change and configuration manager' ISCO 2519.3 (http://data.europa.eu/esco/occupation/3b1ea27c-781c-41eb-821f-214285260dd2; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "application operations engineer" "DDaT Capability Framework: IT operations roles / Application operations engineer (https://ddat-capability-framework.service.gov.uk)";
    Strong ItOperations "application support engineer" "O*NET-SOC 15-1232.00 Computer User Support Specialists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-1232-00)";
    Strong ItOperations "change and release analyst" "DDaT Capability Framework: Change and release manager / level Change and release analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "cloud infrastructure engineer" "ESCO v1.2 occupation 'cloud engineer' ISCO 2512.1 (http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "cloud network engineer" "ESCO v1.2 occupation 'cloud engineer' ISCO 2512.1 (http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "cloud support specialist" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-1231-00)";
    Strong ItOperations "command and control centre manager" "DDaT Capability Framework: IT operations roles / Command and control centre manager (https://ddat-capability-framework.service.gov.uk)";
    Strong ItOperations "computer network analyst" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-1231-00)";
    Strong ItOperations "computer network specialist" "O*NET-SOC 15-1231.00 (formerly 15-1152.00) Computer Network Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1152.00)";
    Strong ItOperations "computer network support specialist" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-1231-00)";
    Strong ItOperations "computer technician" "O*NET-SOC 15-1232.00 Computer User Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1232.00)";
    Strong ItOperations "configuration analyst" "DDaT Capability Framework: Change and release manager / level Configuration analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "database administration manager" "O*NET-SOC 15-1242.00 (formerly 15-1141.00/15-1061.00) Database Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1242.00; https://www.onetcodeconnector.org/ccreport/15-1141.00)";
    // O*NET lists the database engineer under both the administrators and
    // the architects of databases (15-1243.00 Database Architects,
    // alternate titles), whose readers label it data: a shared term.
    Strong ItOperations + DataAndAnalytics "database engineer" "O*NET-SOC 15-1242.00 (formerly 15-1141.00/15-1061.00) Database Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1242.00; https://www.onetcodeconnector.org/ccreport/15-1141.00); O*NET-SOC 15-1243.00 Database Architects, alternate titles (Database Engineer)";
    Strong ItOperations "desktop specialist" "ASPE, Nationwide Health Information Network (NHIN) Workforce Study, Table I types of personnel (https://aspe.hhs.gov/report/nationwide-health-information-network-nhin-workforce-study-final-report/table-i-types-personnel-identified)";
    Strong ItOperations "desktop support technician" "O*NET-SOC 15-1232.00 Computer User Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1232.00)";
    Strong ItOperations "end user computing engineer" "DDaT Capability Framework: IT operations roles / End user computing engineer (https://ddat-capability-framework.service.gov.uk)";
    Strong ItOperations "head of it service management" "DDaT Capability Framework: IT service manager / level Head of IT service management (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "head of service desk" "DDaT Capability Framework: Service desk manager / level Head of service desk (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "help desk analyst" "O*NET-SOC 15-1232.00 Computer User Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1232.00)";
    Strong ItOperations "help desk technician" "O*NET-SOC 15-1232.00 Computer User Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1232.00)";
    Strong ItOperations "information systems manager" "O*NET-SOC 15-1242.00 (formerly 15-1141.00/15-1061.00) Database Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1242.00; https://www.onetcodeconnector.org/ccreport/15-1141.00)";
    Strong ItOperations "information systems supervisor" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, Sample of reported job titles (https://www.onetonline.org/link/summary/11-3021.00)";
    Strong ItOperations "information systems technician" "ESCO v1.2 occupation 'ICT technician' ISCO 3512.4 (http://data.europa.eu/esco/occupation/3e7bf729-4442-4b9f-ad5e-83111963795c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "infrastructure operations engineer" "DDaT Capability Framework: IT operations roles / Infrastructure operations engineer (https://ddat-capability-framework.service.gov.uk)";
    Strong ItOperations "it change and configuration manager" "ESCO v1.2 occupation 'ICT change and configuration manager' ISCO 2519.3 (http://data.europa.eu/esco/occupation/3b1ea27c-781c-41eb-821f-214285260dd2; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it help desk advisor" "ESCO v1.2 occupation 'ICT help desk agent' ISCO 3512.1 (http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it help desk agent" "ESCO v1.2 occupation 'ICT help desk agent' ISCO 3512.1 (http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it help desk manager" "ESCO v1.2 occupation 'ICT help desk manager' ISCO 3512.2 (http://data.europa.eu/esco/occupation/1242d99a-47f1-4a62-b884-33746db8a6ca; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it helpdesk agent" "ESCO v1.2 occupation 'ICT help desk agent' ISCO 3512.1 (http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it helpdesk manager" "ESCO v1.2 occupation 'ICT help desk manager' ISCO 3512.2 (http://data.europa.eu/esco/occupation/1242d99a-47f1-4a62-b884-33746db8a6ca; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it network engineer" "ESCO v1.2 occupation 'ICT network engineer' ISCO 2523.3 (http://data.europa.eu/esco/occupation/cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it service analyst" "DDaT Capability Framework: IT service manager / level IT service analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "it service desk agent" "ESCO v1.2 occupation 'ICT help desk agent' ISCO 3512.1 (http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it service desk manager" "ESCO v1.2 occupation 'ICT help desk manager' ISCO 3512.2 (http://data.europa.eu/esco/occupation/1242d99a-47f1-4a62-b884-33746db8a6ca; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it support engineer" "NHS Scotland Careers, Information and Communication Technology (ICT) staff (https://careers.nhs.scot/careers/explore-our-careers/business-and-administration/information-and-communication-technology-ict-staff/)";
    Strong ItOperations "it support specialist" "O*NET-SOC 15-1232.00 Computer User Support Specialists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-1232-00)";
    Strong ItOperations "it support technician" "ESCO v1.2 occupation 'ICT help desk agent' ISCO 3512.1 (http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "it tech" "O*NET-SOC 15-1232.00 Computer User Support Specialists, reported titles (listing seen at https://singulariki.ryanjhunter.workers.dev/roles/role-15-1232-00)";
    Strong ItOperations "lan specialist" "O*NET-SOC 15-1244.00 (formerly 15-1142.00/15-1071.00) Network and Computer Systems Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1244.00; https://www.onetonline.org/link/summary/15-1142.00)";
    Strong ItOperations "local area network administrator" "O*NET-SOC 15-1244.00 (formerly 15-1142.00/15-1071.00) Network and Computer Systems Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1244.00; https://www.onetonline.org/link/summary/15-1142.00)";
    Strong ItOperations "local area network specialist" "O*NET-SOC 15-1244.00 (formerly 15-1142.00/15-1071.00) Network and Computer Systems Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1244.00; https://www.onetonline.org/link/summary/15-1142.00)";
    Strong ItOperations "network and security engineer" "O*NET-SOC 15-1241.00 (formerly 15-1143.00) Computer Network Architects, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1143.00; https://www.onetonline.org/link/summary/15-1143.00)";
    Strong ItOperations "network configurator" "ESCO v1.2 occupation 'ICT network engineer' ISCO 2523.3 (http://data.europa.eu/esco/occupation/cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    // Weak: an NHS network co-ordinator coordinates a clinical, staff or
    // primary care network ("Cancer Network Co-ordinator", "Staff Network
    // Co-ordinator"; NHS England, operational delivery networks), and
    // "Co-ordinator" reads as "Coordinator".
    Weak ItOperations "network coordinator" "O*NET-SOC 15-1244.00 (formerly 15-1142.00/15-1071.00) Network and Computer Systems Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1244.00; https://www.onetonline.org/link/summary/15-1142.00)";
    Strong ItOperations "network specialist" "O*NET-SOC 15-1231.00 (formerly 15-1152.00) Computer Network Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1152.00)";
    Strong ItOperations "network support specialist" "O*NET-SOC 15-1231.00 (formerly 15-1152.00) Computer Network Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1152.00)";
    Strong ItOperations "network technical analyst" "O*NET-SOC 15-1231.00 (formerly 15-1152.00) Computer Network Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1152.00)";
    Strong ItOperations "network technician" "O*NET-SOC 15-1231.00 (formerly 15-1152.00) Computer Network Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1152.00)";
    Strong ItOperations "networks engineer" "ESCO v1.2 occupation 'ICT network engineer' ISCO 2523.3 (http://data.europa.eu/esco/occupation/cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "personal computer network analyst" "O*NET-SOC 15-1231.00 (formerly 15-1152.00) Computer Network Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1152.00)";
    Strong ItOperations "problem analyst" "DDaT Capability Framework: Problem manager / level Problem analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "server administrator" "ESCO v1.2 occupation 'ICT system administrator' ISCO 2522.1 (http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "service acceptance analyst" "DDaT Capability Framework: Service transition manager / level Service acceptance analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "service desk analyst" "DDaT Capability Framework: Service desk manager / level Service desk analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "service desk manager" "DDaT Capability Framework: IT operations roles / Service desk manager (https://ddat-capability-framework.service.gov.uk)";
    Strong ItOperations "service desk operator" "NHS Health Careers, Information and communication technology roles (https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/information-and-communication-technology)";
    Strong ItOperations "service readiness analyst" "DDaT Capability Framework: Service transition manager / level Service readiness analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ItOperations "service transition manager" "DDaT Capability Framework: IT operations roles / Service transition manager (https://ddat-capability-framework.service.gov.uk)";
    Strong ItOperations "software support manager" "ESCO v1.2 occupation 'ICT help desk manager' ISCO 3512.2 (http://data.europa.eu/esco/occupation/1242d99a-47f1-4a62-b884-33746db8a6ca; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "system and network administrator" "ESCO v1.2 occupation 'ICT system administrator' ISCO 2522.1 (http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "systems and networks manager" "ESCO v1.2 occupation 'ICT operations manager' ISCO 1330.5 (http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "technical support manager" "ESCO v1.2 occupation 'ICT help desk manager' ISCO 3512.2 (http://data.europa.eu/esco/occupation/1242d99a-47f1-4a62-b884-33746db8a6ca; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ItOperations "technical support specialist" "O*NET-SOC 15-1232.00 Computer User Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1232.00)";
    Strong ItOperations "telecommunications analyst" "O*NET-SOC 15-1241.00 (formerly 15-1143.00) Computer Network Architects, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1143.00; https://www.onetonline.org/link/summary/15-1143.00)";
    Strong ItOperations "telecommunications engineer" "O*NET-SOC 15-1241.00 (formerly 15-1143.00) Computer Network Architects, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1143.00; https://www.onetonline.org/link/summary/15-1143.00)";
    Weak ItOperations "business relationship manager" "DDaT Capability Framework: IT operations roles / Business relationship manager (https://ddat-capability-framework.service.gov.uk)";
    Weak ItOperations "database coordinator" "O*NET-SOC 15-1242.00 (formerly 15-1141.00/15-1061.00) Database Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1242.00; https://www.onetcodeconnector.org/ccreport/15-1141.00)";
    Weak ItOperations "database manager" "ESCO v1.2 occupation 'database administrator' ISCO 2521.1 (http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak ItOperations "head of business relationship management" "DDaT Capability Framework: Business relationship manager / level Head of business relationship management (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Weak ItOperations "head of command and control" "DDaT Capability Framework: Command and control centre manager / level Head of command and control (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Weak ItOperations "implementation support specialist" "US ONC Health IT Workforce Roles (HRSA archive: https://cybercemetery.unt.edu/archive/oilspill/20120915090157/http://www.hrsa.gov/healthit/workforce/oncroles.html)";
    Strong ItOperations "major incident manager" "DDaT Capability Framework: Incident manager / level Major incident manager (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Weak ItOperations "operational control manager" "DDaT Capability Framework: Command and control centre manager / level Operational control manager (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Weak ItOperations "operations analyst" "DDaT Capability Framework: Command and control centre manager / level Operations analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Weak ItOperations "support specialist" "O*NET-SOC 15-1232.00 Computer User Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1232.00)";
    Weak ItOperations "systems manager" "O*NET-SOC 15-1242.00 (formerly 15-1141.00/15-1061.00) Database Administrators, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1242.00; https://www.onetcodeconnector.org/ccreport/15-1141.00)";
    Weak ItOperations "systems specialist" "O*NET-SOC 15-1231.00 (formerly 15-1152.00) Computer Network Support Specialists, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1152.00)";
    Weak ItOperations "technical analyst" "ASPE, Nationwide Health Information Network (NHIN) Workforce Study, Table I types of personnel (https://aspe.hhs.gov/report/nationwide-health-information-network-nhin-workforce-study-final-report/table-i-types-personnel-identified)";
    Weak ItOperations "technical services manager" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, Sample of reported job titles (https://www.onetonline.org/link/summary/11-3021.00)";
    Strong KnowledgeManagement "catalogue librarian" "ESCO occupation 'librarian' ISCO group 2622 (http://data.europa.eu/esco/occupation/60f7eb23-a7ea-4cbe-98a5-1248291f62d5; seen via ESCO portal page https://ec.europa.eu/esco/portal/occupation)";
    Strong KnowledgeManagement "chief knowledge officer" "NHS England Knowledge and Library Services welcome pack (https://library.nhs.uk/kls-welcome-pack-introduction/)";
    Strong KnowledgeManagement "electronic resources librarian" "ESCO occupation 'librarian' ISCO group 2622 (http://data.europa.eu/esco/occupation/60f7eb23-a7ea-4cbe-98a5-1248291f62d5; seen via ESCO portal page https://ec.europa.eu/esco/portal/occupation)";
    Strong KnowledgeManagement "knowledge and library specialist" "NHS England Knowledge and Library Services welcome pack (https://library.nhs.uk/kls-welcome-pack-introduction/)";
    Strong KnowledgeManagement "library and knowledge services manager" "NHS Health Careers, Library, knowledge and information services roles (https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/libraries-and-knowledge-management)";
    Strong KnowledgeManagement "library assistant" "ESCO occupation 'librarian' ISCO group 2622 (http://data.europa.eu/esco/occupation/60f7eb23-a7ea-4cbe-98a5-1248291f62d5; seen via ESCO portal page https://ec.europa.eu/esco/portal/occupation)";
    Strong KnowledgeManagement "library associate" "ESCO occupation 'librarian' ISCO group 2622 (http://data.europa.eu/esco/occupation/60f7eb23-a7ea-4cbe-98a5-1248291f62d5; seen via ESCO portal page https://ec.europa.eu/esco/portal/occupation)";
    Strong KnowledgeManagement "library supervisor" "ESCO occupation 'librarian' ISCO group 2622 (http://data.europa.eu/esco/occupation/60f7eb23-a7ea-4cbe-98a5-1248291f62d5; seen via ESCO portal page https://ec.europa.eu/esco/portal/occupation)";
    Strong KnowledgeManagement "library technical assistant" "ESCO occupation 'librarian' ISCO group 2622 (http://data.europa.eu/esco/occupation/60f7eb23-a7ea-4cbe-98a5-1248291f62d5; seen via ESCO portal page https://ec.europa.eu/esco/portal/occupation)";
    Strong KnowledgeManagement "outreach librarian" "NHS Health Careers, Library, knowledge and information services roles (https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/libraries-and-knowledge-management)";
    Strong KnowledgeManagement "public health and commissioning librarian" "NHS Health Careers, Library, knowledge and information services roles (https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/libraries-and-knowledge-management)";
    Weak KnowledgeManagement "literature researcher" "ESCO occupation 'librarian' ISCO group 2622 (http://data.europa.eu/esco/occupation/60f7eb23-a7ea-4cbe-98a5-1248291f62d5; seen via ESCO portal page https://ec.europa.eu/esco/portal/occupation)";
    Strong LearningAndDevelopment "digital learning designer" "IfATE apprenticeship standard ST0974 'Digital learning designer' (Level 5) (https://www.instituteforapprenticeships.org/apprenticeship-standards/digital-learning-designer-v1-0)";
    Strong LearningAndDevelopment "digital learning technologist" "ALT Annual Survey 2021 job-title responses (as reported at https://mattcornock.co.uk/edtech/early-career-learning-technologists-professional-development-what-is-the-role-of-a-learning-technologist/)";
    Strong LearningAndDevelopment "e learning author" "ESCO v1.2 occupation 'technical communicator' ISCO 2641.4.4 (http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong LearningAndDevelopment "it educator" "ANZSCO 223211 ICT Trainer (unit group 2232 ICT Trainers; specialisation and alternative title) (seen at https://www.cdrwriteraustralia.com/anzsco-codes/ict-trainer-223211)";
    Strong LearningAndDevelopment "software trainer" "ANZSCO 223211 ICT Trainer (unit group 2232 ICT Trainers; specialisation and alternative title) (seen at https://www.cdrwriteraustralia.com/anzsco-codes/ict-trainer-223211)";
    Weak LearningAndDevelopment "corporate trainer" "ESCO v1.2 occupation 'corporate trainer' ISCO 2424.2 (http://data.europa.eu/esco/occupation/0ba06640-e0ac-4911-9e43-289a8e41651e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak LearningAndDevelopment "corporate training manager" "ESCO v1.2 occupation 'corporate training manager' ISCO 1212.4 (http://data.europa.eu/esco/occupation/a14e96a7-6c4d-4d69-8c6f-7ccadf77bac5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak LearningAndDevelopment "learning and development manager" "ESCO v1.2 occupation 'corporate training manager' ISCO 1212.4 (http://data.europa.eu/esco/occupation/a14e96a7-6c4d-4d69-8c6f-7ccadf77bac5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak LearningAndDevelopment "learning manager" "ESCO v1.2 occupation 'corporate training manager' ISCO 1212.4 (http://data.europa.eu/esco/occupation/a14e96a7-6c4d-4d69-8c6f-7ccadf77bac5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak LearningAndDevelopment "training and development coordinator" "ESCO v1.2 occupation 'corporate training manager' ISCO 1212.4 (http://data.europa.eu/esco/occupation/a14e96a7-6c4d-4d69-8c6f-7ccadf77bac5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak LearningAndDevelopment "training and development manager" "ESCO v1.2 occupation 'corporate training manager' ISCO 1212.4 (http://data.europa.eu/esco/occupation/a14e96a7-6c4d-4d69-8c6f-7ccadf77bac5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak LearningAndDevelopment "training coordinator" "ESCO v1.2 occupation 'corporate training manager' ISCO 1212.4 (http://data.europa.eu/esco/occupation/a14e96a7-6c4d-4d69-8c6f-7ccadf77bac5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak LearningAndDevelopment "workplace training specialist" "ESCO v1.2 occupation 'corporate trainer' ISCO 2424.2 (http://data.europa.eu/esco/occupation/0ba06640-e0ac-4911-9e43-289a8e41651e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "accredited clinical coder" "ESCO v1.2 occupation 'clinical coder' ISCO 3252.1.1 (http://data.europa.eu/esco/occupation/6219f0ef-6414-4d01-9221-41ac25dcb409; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "clinical coding expert" "ESCO v1.2 occupation 'clinical coder' ISCO 3252.1.1 (http://data.europa.eu/esco/occupation/6219f0ef-6414-4d01-9221-41ac25dcb409; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "clinical coding officer" "ESCO v1.2 occupation 'clinical coder' ISCO 3252.1.1 (http://data.europa.eu/esco/occupation/6219f0ef-6414-4d01-9221-41ac25dcb409; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "clinical records administrator" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "clinical records officer" "NHS Careers (now Health Careers), Health records staff (http://www.nhscareers.nhs.uk/explore-by-career/wider-healthcare-team/careers-in-the-wider-healthcare-team/administration/health-records-staff/)";
    Strong PatientServices "clinical records technician" "ESCO v1.2 occupation 'clinical coder' ISCO 3252.1.1 (http://data.europa.eu/esco/occupation/6219f0ef-6414-4d01-9221-41ac25dcb409; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "diagnostic coder" "ESCO v1.2 occupation 'clinical coder' ISCO 3252.1.1 (http://data.europa.eu/esco/occupation/6219f0ef-6414-4d01-9221-41ac25dcb409; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "health information management and exchange specialist" "US ONC 12 health IT workforce roles (listing seen at https://healthitanswers.net/onc-workforce-development-program-part-2 and https://www.usfhealthonline.com/resources/education/the-role-of-the-onc-in-developing-the-health-it-workforce/)";
    Strong PatientServices "health records assistant" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "health records clerk" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "health records service manager" "NHS Careers (now Health Careers), Health records staff (http://www.nhscareers.nhs.uk/explore-by-career/wider-healthcare-team/careers-in-the-wider-healthcare-team/administration/health-records-staff/)";
    Strong PatientServices "health records staff" "NHS Careers (now Health Careers), Health records staff (http://www.nhscareers.nhs.uk/explore-by-career/wider-healthcare-team/careers-in-the-wider-healthcare-team/administration/health-records-staff/)";
    Strong PatientServices "health records supervisor" "ESCO v1.2 occupation 'medical records manager' ISCO 3252.2 (http://data.europa.eu/esco/occupation/983c2816-a339-4817-97f4-151a9ff3e64d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical coder" "ESCO v1.2 occupation 'clinical coder' ISCO 3252.1.1 (http://data.europa.eu/esco/occupation/6219f0ef-6414-4d01-9221-41ac25dcb409; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical coding officer" "ESCO v1.2 occupation 'clinical coder' ISCO 3252.1.1 (http://data.europa.eu/esco/occupation/6219f0ef-6414-4d01-9221-41ac25dcb409; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical note summariser" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical records analyst" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians (now 29-2072.00 Medical Records Specialists), Sample of reported job titles (https://www.onetonline.org/link/summary/29-2071.00)";
    Strong PatientServices "medical records assistant" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical records clerk" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical records coordinator" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians (now 29-2072.00 Medical Records Specialists), Sample of reported job titles (https://www.onetonline.org/link/summary/29-2071.00)";
    Strong PatientServices "medical records director" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians (now 29-2072.00 Medical Records Specialists), Sample of reported job titles (https://www.onetonline.org/link/summary/29-2071.00)";
    Strong PatientServices "medical records filing clerk" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical records officer" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical records staff" "NHS Careers (now Health Careers), Health records staff (http://www.nhscareers.nhs.uk/explore-by-career/wider-healthcare-team/careers-in-the-wider-healthcare-team/administration/health-records-staff/)";
    Strong PatientServices "medical records supervisor" "ESCO v1.2 occupation 'medical records manager' ISCO 3252.2 (http://data.europa.eu/esco/occupation/983c2816-a339-4817-97f4-151a9ff3e64d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "medical records technician" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians (now 29-2072.00 Medical Records Specialists), Sample of reported job titles (https://www.onetonline.org/link/summary/29-2071.00)";
    Strong PatientServices "patients records assistant" "ESCO v1.2 occupation 'medical records clerk' ISCO 3252.1 (http://data.europa.eu/esco/occupation/14eb2c85-fce5-40b6-bcd0-46ac99994b0d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong PatientServices "registered health information technician" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians (now 29-2072.00 Medical Records Specialists), Sample of reported job titles (https://www.onetonline.org/link/summary/29-2071.00)";
    Strong PatientServices "rhit" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians (now 29-2072.00 Medical Records Specialists), Sample of reported job titles (https://www.onetonline.org/link/summary/29-2071.00)";
    Weak PatientServices "admissions clerk" "NHS Careers (now Health Careers), Health records staff (http://www.nhscareers.nhs.uk/explore-by-career/wider-healthcare-team/careers-in-the-wider-healthcare-team/administration/health-records-staff/)";
    Strong PatientServices "patient administration team leader" "NHS Health Careers, Health records and patient administration roles (https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/health-records-and-patient-administration)";
    Strong PatientServices "patient administrative team leader" "NHS Health Careers, Health records and patient administration roles (https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/health-records-and-patient-administration)";
    Weak PatientServices "patient services manager" "NHS Careers (now Health Careers), Health records staff (http://www.nhscareers.nhs.uk/explore-by-career/wider-healthcare-team/careers-in-the-wider-healthcare-team/administration/health-records-staff/)";
    Strong PatientServices "waiting list coordinator" "NHS Health Careers, Health records and patient administration roles (https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/health-records-and-patient-administration)";
    Weak PatientServices "ward clerk" "NHS Careers (now Health Careers), Health records staff (http://www.nhscareers.nhs.uk/explore-by-career/wider-healthcare-team/careers-in-the-wider-healthcare-team/administration/health-records-staff/)";
    Strong ProductAndDelivery "agile coach" "DDaT Capability Framework: Product and delivery roles / Agile coach (https://ddat-capability-framework.service.gov.uk)";
    Strong ProductAndDelivery "computer analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1211.00)";
    Strong ProductAndDelivery "computer systems analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1211.00)";
    Strong ProductAndDelivery "computer systems consultant" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1211.00)";
    Strong ProductAndDelivery "data processing systems analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (newer list as mirrored at https://boostt.org/occupations/Computer%20Systems%20Analysts?occupation_id=15-1211.00)";
    Strong ProductAndDelivery "digital portfolio analyst" "DDaT Capability Framework: Digital portfolio manager / level Digital portfolio analyst (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ProductAndDelivery "digital portfolio manager" "DDaT Capability Framework: Product and delivery roles / Digital portfolio manager (https://ddat-capability-framework.service.gov.uk)";
    Strong ProductAndDelivery "head of business analysis" "DDaT Capability Framework: Business analyst / level Head of business analysis (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong ProductAndDelivery "information systems analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1211.00)";
    Generic ProductAndDelivery "it analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1211.00)";
    Strong ProductAndDelivery "it business analysis manager" "ESCO v1.2 occupation 'ICT business analysis manager' ISCO 2511.8 (http://data.europa.eu/esco/occupation/4b3201cb-ffc5-4f61-9fc3-5c0f0038fa5f; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ProductAndDelivery "it business analyst" "ESCO v1.2 occupation 'ICT business analyst' ISCO 2511.9 (http://data.europa.eu/esco/occupation/fe0fa514-b48d-4a53-9757-a283c0baacf0; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ProductAndDelivery "it project manager" "ESCO v1.2 occupation 'ICT project manager' ISCO 1330.7 (http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ProductAndDelivery "it systems analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (newer list as mirrored at https://boostt.org/occupations/Computer%20Systems%20Analysts?occupation_id=15-1211.00)";
    Strong ProductAndDelivery "requirement engineer" "ESCO v1.2 occupation 'ICT business analyst' ISCO 2511.9 (http://data.europa.eu/esco/occupation/fe0fa514-b48d-4a53-9757-a283c0baacf0; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong ProductAndDelivery "system analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1211.00)";
    Strong ProductAndDelivery "systems analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1211.00)";
    Strong ProductAndDelivery "web project manager" "ESCO v1.2 occupation 'ICT project manager' ISCO 1330.7 (http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak ProductAndDelivery "change management specialist" "ASPE, Nationwide Health Information Network (NHIN) Workforce Study, Table I types of personnel (https://aspe.hhs.gov/report/nationwide-health-information-network-nhin-workforce-study-final-report/table-i-types-personnel-identified)";
    Weak ProductAndDelivery "head of delivery management" "DDaT Capability Framework: Delivery manager / level Head of (Agile) delivery management (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Weak ProductAndDelivery "head of portfolio" "DDaT Capability Framework: Digital portfolio manager / level Head of portfolio (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Weak ProductAndDelivery "implementation coordinator" "ASPE, Nationwide Health Information Network (NHIN) Workforce Study, Table I types of personnel (https://aspe.hhs.gov/report/nationwide-health-information-network-nhin-workforce-study-final-report/table-i-types-personnel-identified)";
    Weak ProductAndDelivery "it consultant" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (newer list as mirrored at https://boostt.org/occupations/Computer%20Systems%20Analysts?occupation_id=15-1211.00)";
    Weak ProductAndDelivery "program director" "ESCO v1.2 occupation 'programme manager' ISCO 1213.4 (http://data.europa.eu/esco/occupation/c94f3565-d987-431f-a46b-6f4e018e0bd7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak ProductAndDelivery "programme director" "ESCO v1.2 occupation 'programme manager' ISCO 1213.4 (http://data.europa.eu/esco/occupation/c94f3565-d987-431f-a46b-6f4e018e0bd7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak ProductAndDelivery "project director" "ESCO v1.2 occupation 'project manager' ISCO 1219.6 (http://data.europa.eu/esco/occupation/bea99fea-0383-4c63-b944-70d4799de2c5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak ProductAndDelivery "project leader" "ESCO v1.2 occupation 'project manager' ISCO 1219.6 (http://data.europa.eu/esco/occupation/bea99fea-0383-4c63-b944-70d4799de2c5; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak ProductAndDelivery "projects portfolio manager" "ESCO v1.2 occupation 'programme manager' ISCO 1213.4 (http://data.europa.eu/esco/occupation/c94f3565-d987-431f-a46b-6f4e018e0bd7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak ProductAndDelivery "service manager" "GOV.UK Digital and technology skills guidance: Product management, relevant roles (https://www.gov.uk/guidance/digital-and-technology-skills/product-management)";
    Strong QualityAssuranceTesting "application tester" "ESCO v1.2 occupation 'software tester' ISCO 2519.7 (http://data.europa.eu/esco/occupation/106f79e4-6264-45f1-9e7a-297435cd684b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong QualityAssuranceTesting "head of test" "DDaT Capability Framework: Test manager / level Head of test (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong QualityAssuranceTesting "it accessibility tester" "ESCO v1.2 occupation 'ICT accessibility tester' ISCO 2519.7.2 (http://data.europa.eu/esco/occupation/50af07f0-7a75-424e-a66d-5a9deea10f4c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong QualityAssuranceTesting "it quality manager" "ESCO v1.2 occupation 'ICT quality assurance manager' ISCO 2519.5 (http://data.europa.eu/esco/occupation/a28dff76-74df-46ee-929f-d1fffbb63cd7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong QualityAssuranceTesting "it test analyst" "ESCO v1.2 occupation 'ICT test analyst' ISCO 2519.6 (http://data.europa.eu/esco/occupation/0ab5c12c-c1c1-4772-8345-aa287d0e391d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong QualityAssuranceTesting "it test manager" "ESCO v1.2 occupation 'ICT quality assurance manager' ISCO 2519.5 (http://data.europa.eu/esco/occupation/a28dff76-74df-46ee-929f-d1fffbb63cd7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong QualityAssuranceTesting "product assurance engineer" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1253.00)";
    Strong QualityAssuranceTesting "qat analyst" "DDaT Capability Framework (2020 version), role 'Quality assurance testing (QAT) analyst' and level 'Tester (QAT)' (https://www.gov.uk/government/publications/tester-qat-skills-they-need/tester-qat-skills-they-need; https://ddat-capability-framework.service.gov.uk/role/quality-assurance-testing-qat-analyst)";
    Strong QualityAssuranceTesting "quality assurance test analyst" "DDaT Capability Framework: Quality assurance testing (QAT) roles / Quality assurance test analyst (https://ddat-capability-framework.service.gov.uk)";
    Strong QualityAssuranceTesting "software quality assurance analyst" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1253.00)";
    Strong QualityAssuranceTesting "software quality assurance engineer" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1253.00)";
    Strong QualityAssuranceTesting "software quality engineer" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1253.00)";
    Strong QualityAssuranceTesting "software test engineer" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1253.00)";
    Strong QualityAssuranceTesting "software testing specialist" "ESCO v1.2 occupation 'software tester' ISCO 2519.7 (http://data.europa.eu/esco/occupation/106f79e4-6264-45f1-9e7a-297435cd684b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong QualityAssuranceTesting "software testing" "Digital Health and Care Wales, Q&A with its 'Software Testing Manager' (dhcw.nhs.wales/news/in-depth/analysing-examining-verifying-q-a-with-rob-murray-our-software-testing-manager/)";
    Strong QualityAssuranceTesting "sqa analyst" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1253.00)";
    Strong QualityAssuranceTesting "sqa engineer" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1253.00)";
    Strong QualityAssuranceTesting "test designer" "ESCO v1.2 occupation 'ICT test analyst' ISCO 2519.6 (http://data.europa.eu/esco/occupation/0ab5c12c-c1c1-4772-8345-aa287d0e391d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong QualityAssuranceTesting "unit tester" "ESCO v1.2 occupation 'software tester' ISCO 2519.7 (http://data.europa.eu/esco/occupation/106f79e4-6264-45f1-9e7a-297435cd684b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong QualityAssuranceTesting "usability tester" "ESCO v1.2 occupation 'ICT accessibility tester' ISCO 2519.7.2 (http://data.europa.eu/esco/occupation/50af07f0-7a75-424e-a66d-5a9deea10f4c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak QualityAssuranceTesting "qa director" "O*NET-SOC 15-1199.01 Software Quality Assurance Engineers and Testers (now 15-1253.00), Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1199.01)";
    Weak QualityAssuranceTesting "quality assurance director" "O*NET-SOC 15-1199.01 Software Quality Assurance Engineers and Testers (now 15-1253.00), Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1199.01)";
    Weak QualityAssuranceTesting "quality assurance practice manager" "O*NET-SOC 15-1199.01 Software Quality Assurance Engineers and Testers (now 15-1253.00), Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1199.01)";
    Weak QualityAssuranceTesting "quality assurance specialist" "ASPE, Nationwide Health Information Network (NHIN) Workforce Study, Table I types of personnel (https://aspe.hhs.gov/report/nationwide-health-information-network-nhin-workforce-study-final-report/table-i-types-personnel-identified)";
    Weak QualityAssuranceTesting "quality engineer" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1253.00)";
    Strong SoftwareDevelopment "analyst programmer" "O*NET-SOC 15-1251.00 Computer Programmers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1251.00)";
    Strong SoftwareDevelopment "application designer" "ESCO v1.2 occupation 'ICT application developer' ISCO 2514.2 (http://data.europa.eu/esco/occupation/bd272aee-adc9-4a06-a15c-a73b4b4a46a7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "application development director" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, Sample of reported job titles (https://www.onetonline.org/link/summary/11-3021.00)";
    Strong SoftwareDevelopment "application engineer" "ESCO v1.2 occupation 'software developer' ISCO 2512.4 (http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "application integration engineer" "O*NET-SOC 15-1252.00 Software Developers, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1252.00)";
    Strong SoftwareDevelopment "application programmer" "ESCO v1.2 occupation 'software developer' ISCO 2512.4 (http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "application programmer analyst" "O*NET-SOC 15-1251.00 Computer Programmers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1251.00)";
    Strong SoftwareDevelopment "application software engineer" "ESCO v1.2 occupation 'ICT application developer' ISCO 2514.2 (http://data.europa.eu/esco/occupation/bd272aee-adc9-4a06-a15c-a73b4b4a46a7; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "cloud automation engineer" "ESCO v1.2 occupation 'cloud DevOps engineer' ISCO 2512.7 (http://data.europa.eu/esco/occupation/cc867bee-ab5c-427f-9244-f7a204d9574b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "cloud developer" "ESCO v1.2 occupation 'cloud engineer' ISCO 2512.1 (http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "cloud devops engineer" "ESCO v1.2 occupation 'cloud DevOps engineer' ISCO 2512.7 (http://data.europa.eu/esco/occupation/cc867bee-ab5c-427f-9244-f7a204d9574b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "cloud software engineer" "ESCO v1.2 occupation 'cloud engineer' ISCO 2512.1 (http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "computer programmer" "O*NET-SOC 15-1251.00 Computer Programmers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1251.00)";
    Strong SoftwareDevelopment "computer programmer analyst" "O*NET-SOC 15-1251.00 Computer Programmers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1251.00)";
    Strong SoftwareDevelopment "devops analyst" "ESCO v1.2 occupation 'cloud DevOps engineer' ISCO 2512.7 (http://data.europa.eu/esco/occupation/cc867bee-ab5c-427f-9244-f7a204d9574b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "devops consultant" "ESCO v1.2 occupation 'cloud DevOps engineer' ISCO 2512.7 (http://data.europa.eu/esco/occupation/cc867bee-ab5c-427f-9244-f7a204d9574b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "devops specialist" "ESCO v1.2 occupation 'cloud DevOps engineer' ISCO 2512.7 (http://data.europa.eu/esco/occupation/cc867bee-ab5c-427f-9244-f7a204d9574b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "director of application development" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, Sample of reported job titles (https://www.onetonline.org/link/summary/11-3021.00)";
    Strong SoftwareDevelopment "head of frontend development" "DDaT Capability Framework: Frontend developer / level Head of frontend development (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong SoftwareDevelopment "internet programmer" "O*NET-SOC 15-1251.00 Computer Programmers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1251.00)";
    Strong SoftwareDevelopment "it integration engineer" "ESCO v1.2 occupation 'integration engineer' ISCO 2511.17 (http://data.europa.eu/esco/occupation/07e60525-1aad-4099-aaf3-2c7014c92212; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "it interface builder" "ASPE, Nationwide Health Information Network (NHIN) Workforce Study, Table I types of personnel (https://aspe.hhs.gov/report/nationwide-health-information-network-nhin-workforce-study-final-report/table-i-types-personnel-identified)";
    Strong SoftwareDevelopment "java developer" "O*NET-SOC 15-1251.00 Computer Programmers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1251.00)";
    Strong SoftwareDevelopment "programmer analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (newer list as mirrored at https://boostt.org/occupations/Computer%20Systems%20Analysts?occupation_id=15-1211.00)";
    Strong SoftwareDevelopment "site reliability devops engineer" "ESCO v1.2 occupation 'cloud DevOps engineer' ISCO 2512.7 (http://data.europa.eu/esco/occupation/cc867bee-ab5c-427f-9244-f7a204d9574b; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "software analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, Sample of reported job titles (newer list as mirrored at https://boostt.org/occupations/Computer%20Systems%20Analysts?occupation_id=15-1211.00)";
    Strong SoftwareDevelopment "software development engineer" "O*NET-SOC 15-1252.00 Software Developers, Sample of reported job titles (https://www.onetonline.org/link/summary/15-1252.00)";
    Strong SoftwareDevelopment "solution developer" "ESCO v1.2 occupation 'software developer' ISCO 2512.4 (http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "system integration engineer" "ESCO v1.2 occupation 'integration engineer' ISCO 2511.17 (http://data.europa.eu/esco/occupation/07e60525-1aad-4099-aaf3-2c7014c92212; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "system programmer" "O*NET-SOC 15-1241.00 (formerly 15-1143.00) Computer Network Architects, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1143.00; https://www.onetonline.org/link/summary/15-1143.00)";
    Strong SoftwareDevelopment "ui developer" "ESCO v1.2 occupation 'user interface developer' ISCO 2512.5 (http://data.europa.eu/esco/occupation/866c7813-2c03-47d7-9bdc-192cfbace57c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "ui programmer" "ESCO v1.2 occupation 'user interface developer' ISCO 2512.5 (http://data.europa.eu/esco/occupation/866c7813-2c03-47d7-9bdc-192cfbace57c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "user interface developer" "ESCO v1.2 occupation 'user interface developer' ISCO 2512.5 (http://data.europa.eu/esco/occupation/866c7813-2c03-47d7-9bdc-192cfbace57c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "user interface engineer" "ESCO v1.2 occupation 'user interface developer' ISCO 2512.5 (http://data.europa.eu/esco/occupation/866c7813-2c03-47d7-9bdc-192cfbace57c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "web application programmer" "O*NET-SOC 15-1251.00 Computer Programmers, Sample of Reported Job Titles (https://www.onetcodeconnector.org/ccreport/15-1251.00)";
    Strong SoftwareDevelopment "web engineer" "ESCO v1.2 occupation 'web developer' ISCO 2513.5 (http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong SoftwareDevelopment "web programmer" "ESCO v1.2 occupation 'web developer' ISCO 2513.5 (http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak SoftwareDevelopment "technical consultant" "O*NET-SOC 15-1132.00 Software Developers, Applications (now 15-1252.00), Sample of reported job titles (listing seen at confessionsoftheprofessions.com/onet-insights-software-developers-applications)";
    Strong UserCentredDesign "accessibility designer" "ESCO v1.2 occupation 'user interface designer' ISCO 2513.3 (http://data.europa.eu/esco/occupation/96e20037-0a25-4bf6-a25e-808d1605d890; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "accessibility specialist" "DDaT Capability Framework: User-centred design roles / Accessibility specialist (https://ddat-capability-framework.service.gov.uk)";
    Strong UserCentredDesign "api writer" "ESCO v1.2 occupation 'technical communicator' ISCO 2641.4.4 (http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "head of accessibility" "DDaT Capability Framework: Accessibility specialist / level Head of accessibility (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong UserCentredDesign "head of content design" "DDaT Capability Framework: Content designer / level Head of content design (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong UserCentredDesign "head of interaction design" "DDaT Capability Framework: Interaction designer / level Head of interaction design (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong UserCentredDesign "head of service design" "DDaT Capability Framework: Service designer / level Head of service design (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong UserCentredDesign "head of user research" "DDaT Capability Framework: User researcher / level Head of user research (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong UserCentredDesign "information architect" "ESCO v1.2 occupation 'technical communicator' ISCO 2641.4.4 (http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "technical author" "ESCO v1.2 occupation 'technical communicator' ISCO 2641.4.4 (http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "technical communicator" "ESCO v1.2 occupation 'technical communicator' ISCO 2641.4.4 (http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "technical documentation specialist" "ESCO v1.2 occupation 'technical communicator' ISCO 2641.4.4 (http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "usability analyst" "ESCO v1.2 occupation 'user experience analyst' ISCO 2511.19 (http://data.europa.eu/esco/occupation/faed411a-f920-4100-86a8-b877928b429c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "usability expert" "ESCO v1.2 occupation 'technical communicator' ISCO 2641.4.4 (http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "user experience analyst" "ESCO v1.2 occupation 'user experience analyst' ISCO 2511.19 (http://data.europa.eu/esco/occupation/faed411a-f920-4100-86a8-b877928b429c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "user experience officer" "ESCO v1.2 occupation 'user experience analyst' ISCO 2511.19 (http://data.europa.eu/esco/occupation/faed411a-f920-4100-86a8-b877928b429c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "user interface designer" "ESCO v1.2 occupation 'user interface designer' ISCO 2513.3 (http://data.europa.eu/esco/occupation/96e20037-0a25-4bf6-a25e-808d1605d890; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "web content manager" "ESCO v1.2 occupation 'web content manager' ISCO 2513.4 (http://data.europa.eu/esco/occupation/a74f6c51-37e5-423e-aa5b-044e98663027; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Strong UserCentredDesign "web content specialist" "ESCO v1.2 occupation 'web content manager' ISCO 2513.4 (http://data.europa.eu/esco/occupation/a74f6c51-37e5-423e-aa5b-044e98663027; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak UserCentredDesign "documentation specialist" "ESCO v1.2 occupation 'technical communicator' ISCO 2641.4.4 (http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1)";
    Weak UserCentredDesign "head of graphic design" "DDaT Capability Framework: Graphic designer / level Head of graphic design (https://ddat-capability-framework.service.gov.uk; level list via github roles-skills/roles-skills research/pcf-role-levels.tsv)";
    Strong UserCentredDesign "user researcher" DDAT_UCD;
    Strong UserCentredDesign "user research" DDAT_UCD;
    Strong UserCentredDesign "service designer" DDAT_UCD;
    Strong UserCentredDesign "interaction designer" DDAT_UCD;
    Strong UserCentredDesign "content designer" DDAT_UCD;
    Strong UserCentredDesign "content strategist" DDAT_UCD;
    Strong UserCentredDesign "ux" DDAT_UCD;
    Strong UserCentredDesign "ui designer" DDAT_UCD;
    Strong UserCentredDesign "user experience" DDAT_UCD;
    Strong UserCentredDesign "user centred design" SFIA;
    Strong UserCentredDesign "product designer" DDAT_UCD;
    // Most graphic designers work in print, marketing and publishing; the
    // framework's is a digital service's ("Digital Graphic Designer").
    Weak UserCentredDesign "graphic designer" DDAT_UCD;
    Strong UserCentredDesign "design lead" DDAT_UCD;
    Strong UserCentredDesign "accessibility" DDAT_UCD;
    Strong UserCentredDesign "technical writer" DDAT_UCD;
    Strong UserCentredDesign "web designer" ESCO;
    Strong UserCentredDesign "digital interface designer" ONET;

    // From a second sample of real titles (council, government, NHS and
    // North American adverts), 2026-11-27: phrases that recur across posts,
    // each documented as the family's job where it is cited.
    Strong ClinicalInformatics "chief medical informatics officer" "AMIA, Chief Medical Informatics Officer (CMIO) role (https://amia.org/careers-certifications); the NHS names the same post Chief Clinical Information Officer";
    Strong ClinicalInformatics "nurse informatics" NHS_HI;
    Strong ClinicalInformatics "digital midwife" "NHS England, digital midwife posts of the maternity digital programme (NHS Jobs adverts: Digital Midwife, Digital Specialist Midwife)";
    Strong ItOperations "systems administration" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators (https://www.onetonline.org/link/summary/15-1244.00)";
    Strong ItOperations "first line support" DDAT_ITOPS;
    Strong ItOperations "1st line support" DDAT_ITOPS;
    Strong ItOperations "second line support" DDAT_ITOPS;
    Strong ItOperations "2nd line support" DDAT_ITOPS;
    Strong ItOperations "infrastructure specialist" DDAT_ITOPS;
    Strong ItOperations "infrastructure operations" DDAT_ITOPS;
    Strong ItOperations "network infrastructure" DDAT_ITOPS;
    Strong QualityAssuranceTesting "software qa" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers (https://www.onetonline.org/link/summary/15-1253.00)";
    Strong QualityAssuranceTesting "qa automation engineer" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers (https://www.onetonline.org/link/summary/15-1253.00)";
    Strong QualityAssuranceTesting "quality assurance and testing" DDAT_QAT;
    Strong SoftwareDevelopment "application development" "O*NET-SOC 15-1252.00 Software Developers (https://www.onetonline.org/link/summary/15-1252.00)";
    Strong UserCentredDesign "design researcher" DDAT_UCD;
    Strong LearningAndDevelopment "learning technology" "Association for Learning Technology (ALT), learning technology roles (https://www.alt.ac.uk)";
    Strong DataAndAnalytics "statistical analyst" "O*NET-SOC 15-2041.00 Statisticians (https://www.onetonline.org/link/summary/15-2041.00)";
    Strong DataAndAnalytics "gis analyst" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians (https://www.onetonline.org/link/summary/15-1299.02)";
    Strong DataAndAnalytics "geographic information systems" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians (https://www.onetonline.org/link/summary/15-1299.02)";
    Strong PatientServices "health record" NHS_HI;
    // From a third sample (framework role lists and job-title pages),
    // phrases named by two or more sources each.
    Strong DataAndAnalytics "head of data" "UK government Digital and Data capability framework, data role family, head of data level (https://ddat-capability-framework.service.gov.uk/role/data-engineer); DfE digital role list (github.com/DFE-Digital/survey-service, app/data/roles.js)";
    Strong ProductAndDelivery "head of delivery" "UK government Digital and Data capability framework, delivery manager, head of delivery level (https://ddat-capability-framework.service.gov.uk/role/delivery-manager); DfE digital role list";
    Strong DigitalLeadership "head of technology" "DfE digital role list (github.com/DFE-Digital/survey-service); Royal Borough of Greenwich, Head of Technology job description";
    Strong ProductAndDelivery "product management" "UK government Digital and Data capability framework, product manager (https://ddat-capability-framework.service.gov.uk/role/product-manager); DfE digital role list (Product Management Apprentice)";
    Generic ItOperations "computer specialist" "O*NET-SOC 15-1232.00 Computer User Support Specialists and 15-1122 alternate titles (https://www.onetonline.org/link/summary/15-1232.00)";
    Generic ItOperations "it assistant" "O*NET-SOC 15-1152 (now 15-1232) Computer User Support Specialists, reported job titles (Senior IT Assistant)";
    Strong UserCentredDesign "visual designer" "18F (US General Services Administration), Visual Designer job description; UX job-title lists";
    Strong CyberSecurity "security expert" "ESCO v1.2 occupation 'ICT security technician' alternative label 'ICT technical security expert'; O*NET-SOC 15-1122 alternate title 'Database Security Expert'";
    // From a fourth sample (framework role lists, careers guides and
    // job-title pages), each phrase with the page that names it.
    Strong ClinicalInformatics "informatician" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (Public Health Informatician); Australian careers guide, health information manager (Health Informatician) (https://www.gooduniversitiesguide.com.au/career/view/health-information-manager)";
    Strong ItOperations "linux administrator" "DevOps School role blueprints (Junior Linux Administrator); O*NET-SOC 15-1244.00 Network and Computer Systems Administrators";
    Weak ItOperations "disaster recovery" "ESCO v1.2 occupation 'ICT disaster recovery analyst' ISCO 2529 (https://esco.ec.europa.eu)";
    Strong LearningAndDevelopment "instructional technologist" "Educational technologist role descriptions (instructional technologist); ESCO v1.2 'instructional designer'";
    Weak CyberSecurity "protective monitoring" "UK government Security profession, protective monitoring analyst roles (Tier 1 Protective Monitoring Analyst advert, Manchester)";
    Weak UserCentredDesign "interface designer" "ESCO v1.2 occupation 'user interface designer' ISCO 2513.3, alternative label 'interface designer'";
    Alone QualityAssuranceTesting "qa lead" "Software testing role lists (QA Lead); UK government Digital and Data capability framework, QAT lead level";
    Strong PatientServices "health information manager" "Australian careers guide, health information manager (https://www.gooduniversitiesguide.com.au/career/view/health-information-manager); O*NET-SOC 29-9021.00 Health Information Technologists and Medical Registrars";
    Strong LearningAndDevelopment "systems educator" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (Clinical Systems Educator)";
    Strong LearningAndDevelopment "clinical systems educator" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (Clinical Systems Educator)";
    Strong Bioinformatics "genomics data scientist" "Bioinformatics scientist occupation aliases (genomics data scientist), O*NET-SOC 19-1029.01 Bioinformatics Scientists";
    Strong PatientServices + InformationGovernance "access to records" "NHS trust job descriptions, Access to Records Clerk (whatdotheyknow.com request 524759) and Access to Health Records Officer: subject access requests for patient records";
    // US federal IT specialist titles name their specialty in brackets,
    // by the Office of Personnel Management's 2210 series codes.
    Strong SoftwareDevelopment "application software" "US OPM 2210 series parenthetical specialty 'Application Software (APPSW)' (USAJOBS: IT Specialist (Application Software), IT Specialist (APPSW))";
    Strong SoftwareDevelopment "appsw" "US OPM 2210 series parenthetical specialty 'Application Software (APPSW)' (USAJOBS and USA Staffing: IT SPECIALIST (APPSW), LEAD IT SPECIALIST (APPSW))";
    Strong Architecture "entarch" "US OPM 2210 series parenthetical specialty 'Enterprise Architecture (ENTARCH)' (USAJOBS: Information Technology Specialist (ENTARCH))";
    // Systems analysis is the product family's analysts' work and the
    // architects' (the readers of the first nine samples and of the O*NET
    // sweep label it with both): a shared term, so the answer names both.
    Strong ProductAndDelivery + Architecture "sysanalysis" "US OPM 2210 series parenthetical specialty 'Systems Analysis (SYSANALYSIS)' (USAJOBS: IT Specialist (SYSANALYSIS))";
    Strong ProductAndDelivery + Architecture "systems analysis" "US OPM 2210 series parenthetical specialty 'Systems Analysis (SYSANALYSIS)' (USAJOBS: IT Specialist (System Analysis)); O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Systems Analysis Specialist)";
    Strong ProductAndDelivery + Architecture "system analysis" "US OPM 2210 series parenthetical specialty 'Systems Analysis (SYSANALYSIS)' (USAJOBS: IT Specialist (System Analysis))";
    Strong PatientServices "medical record" "USAJOBS, Veterans Health Administration: Medical Record Administrator (US OPM 0669 series, Medical Records Administration)";
    Strong UserCentredDesign "human centred designer" "USAJOBS, GSA Technology Transformation Services: (Senior) Human-Centered Designer";
    Strong UserCentredDesign "human centred design" "USAJOBS: Human Centered Design Specialist; UK government Digital and Data capability framework, user-centred design role family";
    Alone ItOperations "storage administrator" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators; careers page, Sr. Storage Administrator";
    Strong LearningAndDevelopment "instructional systems specialist" "US OPM 1750 series Instructional Systems (USAJOBS: Instructional Systems Specialist, Supervisory Instructional Systems Specialist)";
    Strong ItOperations "registration authority" "NHS Jobs adverts, Registration Authority Agent and Registration Authority Team posts (NHS smartcard registration, Nottinghamshire Healthcare NHS Foundation Trust)";
    Strong SoftwareDevelopment "computer scientist" "US OPM 1550 Computer Science series (USAJOBS: Computer Scientist, GS-1550-13); O*NET-SOC 15-1221.00 Computer and Information Research Scientists";
    Strong DataAndAnalytics + Bioinformatics "biostatistician" "O*NET-SOC 15-2041.01 Biostatisticians; genomics research adverts (Biostatistician): statistics of biological and health data";
    Strong ItOperations "systems access" "NHS Jobs adverts, Systems Access Administration Officer (Band 3): user accounts and smartcard access to clinical systems";
    Weak ItOperations "support analyst" "O*NET-SOC 15-1232.00 Computer User Support Specialists, reported titles (Support Analyst); NHS Jobs adverts (Systems Support Analyst, Application Support Analyst)";
    // From a sixth sample (O*NET, ESCO, NHS profiles and adverts).
    Weak PatientServices "coding specialist" "O*NET-SOC 29-2072.00 Medical Records Specialists (formerly 29-2071.00), alternate titles (Certified Coding Specialist)";
    Strong LearningAndDevelopment "blended learning" "ESCO v1.2 occupation 'ICT trainer', alternative label 'blended learning trainer' (http://data.europa.eu/esco/occupation/9e657046-67ce-4e16-ab2e-ddb918638910)";
    Strong LearningAndDevelopment "it instructor" "ESCO v1.2 occupation 'ICT trainer', alternative label 'ICT instructor' (http://data.europa.eu/esco/occupation/9e657046-67ce-4e16-ab2e-ddb918638910)";
    Strong ItOperations "system configurator" "ESCO v1.2 occupation 'system configurator', alternative label 'ICT system configurator' (http://data.europa.eu/esco/occupation/98c3d8f8-e3a8-49b7-9e58-236f25a6f6a0)";
    Strong LearningAndDevelopment "instructional technology" "O*NET-SOC 25-9011.00 Audio-Visual and Multimedia Collections Specialists, reported titles (Instructional Technology Specialist)";
    Strong CyberSecurity "information systems security" "US NIST SP 800-37 roles, Information System Security Manager and Officer (USAJOBS: Information System Security Manager); O*NET-SOC 15-1212.00 Information Security Analysts, reported titles (Information Systems Security Officer)";
    Strong CyberSecurity "information system security" "US NIST SP 800-37 roles (USAJOBS: Information System Security Manager, Information System Security Officer)";
    Strong ItOperations "system operations" "US state IT job families and adverts (System Operations Manager); O*NET-SOC 15-1244.00 Network and Computer Systems Administrators";
    Strong ItOperations "web operations" "UK government Digital and Data capability framework, IT operations role family (web operations engineer); USAJOBS, GSA Web Operations";
    Strong ItOperations "systems operations" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators, reported titles (Systems Operations Manager); US state IT job families (System Operations Manager)";
    Strong ClinicalInformatics "nursing information officer" "RCN and NHS England chief nursing information officer network, nursing information officers (O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles)";
    Strong ClinicalInformatics "midwifery information officer" "NHS England, Chief Nursing and Midwifery Information Officer (CNMIO) posts";
    Strong CyberSecurity "cyberspace" "US Air Force specialty 1B4X1 Cyber Defense Operations, Defensive Cyberspace Operator; NICE Cybersecurity Workforce Framework";
    Strong SoftwareDevelopment "software engineering" "Digital Health and Care Wales, Head of Software Engineering; UK government Digital and Data capability framework, software development role family (software engineering)";
    Strong PatientServices + InformationGovernance "access to health" "NHS Jobs adverts, Access to Health Clerical Officer and Access to Health Records posts (jobs.nhs.uk C9439-2526-0490): requests for patients' records";
    // From a seventh sample (O*NET alternate titles, ESCO, the Digital and
    // Data framework, NHS Health Careers), each with the occupation that
    // lists it.
    Strong ItOperations "data centre" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers and 15-1299.00 Computer Occupations, All Other, alternate titles (Data Center Manager, Data Center Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "virtualization" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators, alternate titles (Virtualization Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "virtualisation" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators, alternate titles (Virtualization Engineer, in the British spelling) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "voip" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (VoIP Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "noc engineer" "O*NET-SOC 15-1241.00 Computer Network Architects, alternate titles (NOC Engineer (Network Operations Center Engineer)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "wireless engineer" "O*NET-SOC 15-1241.00 Computer Network Architects, alternate titles (Wireless Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "workstation support" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Work Station Support Specialist) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "work station support" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Work Station Support Specialist) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "pc support" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (PC Support Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "web administrator" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Web Administrator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "windows administrator" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators, alternate titles (Windows Administrator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "data recovery" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Data Recovery Specialist) (O*NET database file Alternate Titles.txt)";
    Generic ItOperations "it coordinator" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, alternate titles (Information Technology Coordinator (IT Coordinator)) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "intrusion detection" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Intrusion Detection Analyst) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "malware" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, alternate titles (Malware Analyst) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "bug bounty" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, alternate titles (Bug Bounty Hunter) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "white hat hacker" "O*NET-SOC 15-1251.00 Computer Programmers, alternate titles (White Hat Hacker) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "web security" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Web Security Manager) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "application security" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators, alternate titles (Application Security Administrator) (O*NET database file Alternate Titles.txt)";
    Strong Architecture "network designer" "O*NET-SOC 15-1241.00 Computer Network Architects, alternate titles (Network Designer) (O*NET database file Alternate Titles.txt)";
    Strong Bioinformatics "computational geneticist" "O*NET-SOC 19-1029.03 Geneticists, alternate titles (Computational Geneticist) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "health information coder" "O*NET-SOC 29-2072.00 Medical Records Specialists (formerly 29-2071.00), alternate titles (Health Information Coder) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "health information management" "O*NET-SOC 29-2072.00 Medical Records Specialists (formerly 29-2071.00), alternate titles (Health Information Management Technician) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "etl developer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (ETL Developer (Extract-Transform-Load Developer): loading data into warehouses) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "tableau developer" "O*NET-SOC 15-1254.00 Web Developers, alternate titles (Tableau Developer: reports in a business intelligence tool) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "information systems educator" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (RN Clinical Information Systems Educator) (O*NET database file Alternate Titles.txt)";
    Strong QualityAssuranceTesting "quality assurance testing" SFIA;
    Strong ItOperations "it resilience" "ESCO v1.2 occupation 'ICT disaster recovery analyst', alternative label 'ICT resilience analyst' (http://data.europa.eu/esco/occupation/102e75c8-3b47-4964-9b47-30a980aed25c)";
    // ESCO's database designer designs databases' architecture; O*NET
    // lists it under the database architects, whose readers label it data:
    // a shared term.
    Strong Architecture + DataAndAnalytics "database designer" "ESCO v1.2 occupation 'database designer' ISCO 2521.2 (http://data.europa.eu/esco/occupation/8d9ec84d-cf2d-4179-87bc-335cda54a427; via github roles-skills/roles-skills data/sources/esco/occupations.tsv, ESCO v1.2.1); O*NET-SOC 15-1243.00 Database Architects, alternate titles (Database Designer)";
    Strong Architecture "data model designer" "ESCO v1.2 occupation 'database designer', alternative label 'data model designer' (http://data.europa.eu/esco/occupation/8d9ec84d-cf2d-4179-87bc-335cda54a427)";
    // A sweep of O*NET's alternate titles for the computer, data and
    // health information occupations: the phrases its titles share.
    Strong ItOperations "computer operator" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Computer Operator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "computer operations" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Computer Operations Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "computer support" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Computer Support Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "computer hardware" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Computer Hardware Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "computer system technician" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Computer System Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "computer technologist" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Computer Technologist) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "computer networker" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Computer Networker) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "computer technical specialist" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Computer Technical Specialist) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "microcomputer" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Microcomputer Support Specialist) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "desktop technician" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Desktop Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "networking engineer" "O*NET-SOC 15-1241.00 Computer Network Architects, alternate titles (Networking Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "networking specialist" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Networking Specialist) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "networking administrator" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators, alternate titles (Networking Administrator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "internetworking" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Internetworking Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "internetwork" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators, alternate titles (Internetwork Expert (CCIE)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "webmaster" "O*NET-SOC 15-1254.00 Web Developers, alternate titles (Webmaster) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "website administrator" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Website Administrator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "web site administrator" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Web Site Administrator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "web technician" "O*NET-SOC 15-1254.00 Web Developers, alternate titles (Web Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "sharepoint administrator" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (SharePoint Administrator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "systems integrator" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Systems Integrator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "systems support" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Systems Support Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "operating systems" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Operating Systems Specialist) (O*NET database file Alternate Titles.txt)";
    // The leader of an IT team: named in general, as the IT manager is.
    // Not "IT Lead", which a clinician's post shares ("IT Lead Nurse").
    Generic ItOperations "it team leader" "An NHS first-line user support job description, 'ICT Team Leader' (docsbay.net/first-line-user-support)";
    Generic ItOperations "it team lead" "An NHS first-line user support job description, 'ICT Team Leader' (docsbay.net/first-line-user-support), in the short form of 'team leader'";
    // Health data policy is information governance's: the data policy
    // teams of NHSX and NHS England sit with the national IG panel.
    Strong InformationGovernance "data policy" "NHSX Health and Care Information Governance Panel minutes, 2019-10-10 ('Deputy Director, Data Policy') and 2020-01-28 ('Data Policy Advisor'); NHS England Data Saves Lives public engagement steering group minutes, March 2025 ('Data Policy Lead', 'Senior Policy Advisor - Data Policy')";
    // One team's two duties, run from information governance: NHS Fife's
    // "Information Governance & Security Manager" owns its IG and internet
    // policies, and a trust's network security policy names its
    // "Information Governance & Security Officer".
    Strong InformationGovernance "information governance and security" "NHS Fife general policies (internet policy, email policy), 'Information Governance & Security Manager' (www.nhsfife.org/about-us/policies-and-procedures/general-policies/internet-policy/); an NHS network security policy, 'Information Governance & Security Officer' (1library.net/document/y8gdrx52-network-security-policy.html)";
    Generic ItOperations "it supervisor" "O*NET-SOC 15-1299.09 Information Technology Project Managers, alternate titles (IT Supervisor (Information Technology Supervisor)) (O*NET database file Alternate Titles.txt)";
    Generic ItOperations "it associate" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Information Technology Associate (IT Associate)) (O*NET database file Alternate Titles.txt)";
    Generic ItOperations "it administrator" "O*NET-SOC 15-1299.05 Information Security Engineers, alternate titles (IT Administrator (Information Technology Administrator)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "internet technology" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, alternate titles (Internet Technology Manager) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "edi analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (EDI Analyst (Electronic Data Exchange Analyst)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "electronic data processing" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (EDP System Engineer (Electronic Data Processing System Engineer)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "data communications" "O*NET-SOC 15-1241.00 Computer Network Architects, alternate titles (Data Communications Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "office automation" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Office Automation Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "software installer" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Software Installer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "tech support" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Customer Service Tech Support) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "customer support analyst" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Customer Support Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "data storage" "O*NET-SOC 15-1242.00 Database Administrators, alternate titles (Data Storage Specialist) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "blue team" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Blue Team Member) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "digital forensic" "O*NET-SOC 15-1299.06 Digital Forensics Analysts, alternate titles (Digital Forensic Analyst) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "digital forensics" "O*NET-SOC 15-1299.06 Digital Forensics Analysts, alternate titles (Digital Forensic Analyst) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "digital investigator" "O*NET-SOC 15-1299.06 Digital Forensics Analysts, alternate titles (Digital Investigator) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "exploitation analyst" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Exploitation Analyst) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "cryptologist" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Cryptologist) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "cryptological" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Cryptological Technician) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "source code auditor" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Source Code Auditor) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "threat monitoring" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Threat Monitoring Analyst) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "systems security" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Systems Security Specialist) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "internet security" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Internet Security Specialist) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "iot security" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Internet of Things Security Specialist (IoT Security Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "security tester" "O*NET-SOC 15-1299.04 Penetration Testers, alternate titles (Security Tester) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "communications security" "O*NET-SOC 15-1299.05 Information Security Engineers, alternate titles (Communications Security Manager (COMSEC Manager)) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "comsec" "O*NET-SOC 15-1299.05 Information Security Engineers, alternate titles (Communications Security Manager (COMSEC Manager)) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "data processing systems security" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Automatic Data Processing Systems Security Specialist (ADP Systems Security)) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data miner" "O*NET-SOC 15-1242.00 Database Administrators, alternate titles (Data Miner) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data mining" "O*NET-SOC 15-2051.00 Data Scientists, alternate titles (Data Mining Analyst) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data modeler" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Data Modeler) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data modeller" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Data Modeler) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data modeling" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Data Modeling Specialist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data modelling" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Data Modeling Specialist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "database modeler" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Database Modeler) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data warehousing" "O*NET-SOC 15-1243.01 Data Warehousing Specialists, alternate titles (Data Warehousing Specialist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data integration" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Data Integration Specialist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data management" "O*NET-SOC 15-1243.01 Data Warehousing Specialists, alternate titles (Data Management Specialist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data administrator" "O*NET-SOC 15-1242.00 Database Administrators, alternate titles (Data Administrator) (O*NET database file Alternate Titles.txt)";
    // ESCO alternative labels the sweep found no term for.
    Strong SoftwareDevelopment "database development specialist" "ESCO v1.2 occupation 'database integrator', alternative label 'database development specialist' (http://data.europa.eu/esco/occupation/3d190639-90f8-4402-b1b3-a104a17e0d67; via github MohamedGouaouri/esco occupations_en.csv)";
    // An NHS trust's information and performance team reports its
    // activity and performance: its heads are data posts. Not "performance
    // and information", which would take "information" from a "Head of
    // Performance and Information Governance".
    // The head of an NHS trust's information department runs its reporting
    // and analysis: a data post to the readers of three samples. Only
    // alone (see `INFORMATION_HEADS`).
    Strong DataAndAnalytics "head of information" "NHS trust information governance group minutes and information strategies, 'Head of Information' and 'Deputy Director of Information' (samples 12 and 13 of tests/data/real_titles.tsv); NHS England, 'Director of Information' (sample 15)";
    Strong DataAndAnalytics "director of information" "NHS trust information strategies, 'Deputy Director of Information' (sample 13 of tests/data/real_titles.tsv); NHS England, 'Director of Information' (sample 15)";
    Strong DataAndAnalytics "information and performance" "A trust's information governance group minutes, 'Head of Information & Performance' (dokumen.tips/documents/minutes-of-the-information-governance-management-action-jt-ah-and-jm-to-consider.html)";
    Alone DataAndAnalytics "data technician" "O*NET-SOC 15-2099.01 Bioinformatics Technicians, alternate titles (Data Technician) (O*NET database file Alternate Titles.txt)";
    Alone DataAndAnalytics "data specialist" "O*NET-SOC 15-2041.00 Statisticians, alternate titles (Data Specialist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "database specialist" "O*NET-SOC 15-1242.00 Database Administrators, alternate titles (Database Specialist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "database technician" "O*NET-SOC 15-1242.00 Database Administrators, alternate titles (Database Technician) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "database consultant" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Database Consultant) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "database management" "O*NET-SOC 15-1242.00 Database Administrators, alternate titles (Database Management System Specialist (DBMS Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "geospatial" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians, alternate titles (Geospatial Analyst) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "gis specialist" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians, alternate titles (Geographical Information System Specialist (GIS Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "gis technician" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians, alternate titles (Geographical Information System Technician (GIS Technician)) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "geographical information system" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians, alternate titles (Geographical Information System Specialist (GIS Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "biometrician" "O*NET-SOC 15-2041.00 Statisticians, alternate titles (Biometrician) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "demographer" "O*NET-SOC 15-2041.00 Statisticians, alternate titles (Demographer) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "statistical consultant" "O*NET-SOC 15-2041.00 Statisticians, alternate titles (Statistical Consultant) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "statistical scientist" "O*NET-SOC 15-2041.01 Biostatisticians, alternate titles (Statistical Scientist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "quantitative researcher" "O*NET-SOC 15-2051.00 Data Scientists, alternate titles (Quantitative Researcher) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "reports analyst" "O*NET-SOC 15-2051.01 Business Intelligence Analysts, alternate titles (Reports Analyst) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "computational linguist" "O*NET-SOC 15-1221.00 Computer and Information Research Scientists, alternate titles (Computational Linguist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "biostatistical" "O*NET-SOC 15-2041.01 Biostatisticians, alternate titles (Biostatistical Consultant) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "biostatistics" "O*NET-SOC 15-2051.02 Clinical Data Managers, alternate titles (Clinical Biostatistics Director) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "blockchain" "O*NET-SOC 15-1299.07 Blockchain Engineers, alternate titles (Blockchain Engineer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "firmware" "O*NET-SOC 15-1299.07 Blockchain Engineers, alternate titles (Firmware Engineer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "embedded engineer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Embedded Engineer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "game engineer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Game Engineer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "gameplay engineer" "O*NET-SOC 15-1255.01 Video Game Designers, alternate titles (Gameplay Engineer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "software designer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Software Designer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "software design" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Software Design Engineer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "software manager" "O*NET-SOC 15-1244.00 Network and Computer Systems Administrators, alternate titles (Software Manager) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "systems software" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Systems Software Specialist) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "computer programming" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, alternate titles (Computer Programming Manager) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "web development" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Web Development Manager) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "algorithm engineer" "O*NET-SOC 15-1299.07 Blockchain Engineers, alternate titles (Algorithm Engineer) (O*NET database file Alternate Titles.txt)";
    Strong UserCentredDesign "website designer" "O*NET-SOC 15-1254.00 Web Developers, alternate titles (Web Site Designer) (O*NET database file Alternate Titles.txt)";
    Strong UserCentredDesign "web site designer" "O*NET-SOC 15-1254.00 Web Developers, alternate titles (Web Site Designer) (O*NET database file Alternate Titles.txt)";
    Strong UserCentredDesign "internet site designer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Internet Site Designer) (O*NET database file Alternate Titles.txt)";
    Strong UserCentredDesign "web design" "O*NET-SOC 15-1254.00 Web Developers, alternate titles (Web Design Specialist) (O*NET database file Alternate Titles.txt)";
    Strong UserCentredDesign "digital designer" "O*NET-SOC 15-1255.00 Web and Digital Interface Designers, alternate titles (Digital Designer) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "website project manager" "O*NET-SOC 15-1299.09 Information Technology Project Managers, alternate titles (Website Project Manager) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "web site project manager" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Web Site Project Manager) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "internet project manager" "O*NET-SOC 15-1299.09 Information Technology Project Managers, alternate titles (Internet Project Manager) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "e business" "O*NET-SOC 15-1299.09 Information Technology Project Managers, alternate titles (E-Business Project Manager) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "web manager" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Web Manager) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "website manager" "O*NET-SOC 15-1254.00 Web Developers, alternate titles (Website Manager) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "web site manager" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Web Site Manager) (O*NET database file Alternate Titles.txt)";
    Strong KnowledgeManagement "document management" "O*NET-SOC 15-1299.03 Document Management Specialists, alternate titles (Document Management Specialist) (O*NET database file Alternate Titles.txt)";
    Strong KnowledgeManagement "records and information management" "O*NET-SOC 15-1299.03 Document Management Specialists, alternate titles (Records and Information Management Specialist (RIM Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong KnowledgeManagement "enterprise content management" "O*NET-SOC 15-1299.03 Document Management Specialists, alternate titles (ECM Consultant (Enterprise Content Management Consultant)) (O*NET database file Alternate Titles.txt)";
    Strong KnowledgeManagement "document imaging" "O*NET-SOC 15-1299.03 Document Management Specialists, alternate titles (Document Imaging Specialist) (O*NET database file Alternate Titles.txt)";
    Strong KnowledgeManagement "electronic content" "O*NET-SOC 15-1299.03 Document Management Specialists, alternate titles (Electronic Content Manager) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "instructional design" "O*NET-SOC 25-9031.00 Instructional Coordinators, alternate titles (Instructional Design Specialist) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "learning design" "O*NET-SOC 25-9031.00 Instructional Coordinators, alternate titles (Learning Design Specialist) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "computer instructor" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Computer Instructor) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "computer technology instructor" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (Computer Technology Instructor) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "medical coding" "O*NET-SOC 29-2072.00 Medical Records Specialists, alternate titles (Medical Coding Specialist) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "billing coder" "O*NET-SOC 29-2072.00 Medical Records Specialists, alternate titles (Medical Billing Coder) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "biller coder" "O*NET-SOC 29-2072.00 Medical Records Specialists, alternate titles (Medical Biller Coder) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "insurance coder" "O*NET-SOC 29-2072.00 Medical Records Specialists, alternate titles (Insurance Coder) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "tumor registrar" "O*NET-SOC 29-9021.00 Health Information Technologists and Medical Registrars, alternate titles (Tumor Registrar) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "tumour registrar" "O*NET-SOC 29-9021.00 Health Information Technologists and Medical Registrars, alternate titles (Tumor Registrar) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "clinical documentation" "O*NET-SOC 15-2041.00 Statisticians, alternate titles (Clinical Documentation Consultant) (O*NET database file Alternate Titles.txt)";
    Strong Bioinformatics "microarray" "O*NET-SOC 19-1029.01 Bioinformatics Scientists, alternate titles (Microarray Analyst) (O*NET database file Alternate Titles.txt)";
    Strong Bioinformatics "molecular modeler" "O*NET-SOC 19-1029.01 Bioinformatics Scientists, alternate titles (Molecular Modeler) (O*NET database file Alternate Titles.txt)";
    Strong Bioinformatics "statistical genetic" "O*NET-SOC 19-1029.01 Bioinformatics Scientists, alternate titles (Statistical Genetic Analyst) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity + InformationGovernance "it auditor" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (IT Auditor (Information Technology Auditor)) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "instructional systems" "O*NET-SOC 25-9031.00 Instructional Coordinators, alternate titles (Instructional Systems Designer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "operating system designer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Operating System Designer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "computer language" "O*NET-SOC 15-1251.00 Computer Programmers, alternate titles (Computer Language Coder) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "courseware" "O*NET-SOC 25-9031.00 Instructional Coordinators, alternate titles (Courseware Developer) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "course developer" "O*NET-SOC 25-9031.00 Instructional Coordinators, alternate titles (Course Developer) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data visualization" "O*NET-SOC 15-2051.00 Data Scientists, alternate titles (Data Visualization Developer) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data visualisation" "O*NET-SOC 15-2051.00 Data Scientists, alternate titles (Data Visualization Developer) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "statistical programmer" "O*NET-SOC 15-2041.00 Statisticians, alternate titles (Statistical Programmer) (O*NET database file Alternate Titles.txt)";
    Strong KnowledgeManagement "knowledge architect" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Knowledge Architect) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "public key infrastructure" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Public Key Infrastructure Analyst (PKI Analyst)) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "pki" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Public Key Infrastructure Analyst (PKI Analyst)) (O*NET database file Alternate Titles.txt)";
    Strong QualityAssuranceTesting "manual tester" "Software testing role lists (Manual Tester, https://webso.be/?p=325); UK government Digital and Data capability framework, quality assurance testing role family (manual testing)";
    // A sweep of ESCO's ICT occupations and their alternative labels.
    Strong ItOperations "telecom" "ESCO v1.2 occupation 'telecommunications technician', alternative label 'telecom technician' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "statistics" "ESCO v1.2 occupation 'statistical assistant', alternative label 'statistics assistant' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong LearningAndDevelopment "digital literacy" "ESCO v1.2 occupation 'digital literacy teacher', alternative label 'digital literacy instructor' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong LearningAndDevelopment "computer literacy" "ESCO v1.2 occupation 'digital literacy teacher', alternative label 'computer literacy teacher' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong CyberSecurity "computer forensics" "ESCO v1.2 occupation 'ICT forensics expert', alternative label 'computer forensics expert' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong CyberSecurity "information forensics" "ESCO v1.2 occupation 'ICT forensics expert', alternative label 'information forensics expert' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong CyberSecurity "it forensics" "ESCO v1.2 occupation 'ICT forensics expert', alternative label 'ICT forensics expert' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong KnowledgeManagement "knowledge engineer" "ESCO v1.2 occupation 'knowledge engineer', alternative label 'knowledge engineer' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong KnowledgeManagement "documentalist" "ESCO v1.2 occupation 'ICT documentation manager', alternative label 'documentalist' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong KnowledgeManagement "digital archivist" "ESCO v1.2 occupation 'digital archivist', alternative label 'digital archivist' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong KnowledgeManagement "documentation manager" "ESCO v1.2 occupation 'ICT documentation manager', alternative label 'documentation manager' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong QualityAssuranceTesting "integration tester" "ESCO v1.2 occupation 'ICT system tester', alternative label 'integration tester' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong QualityAssuranceTesting "compatibility tester" "ESCO v1.2 occupation 'ICT system tester', alternative label 'compatibility tester' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong QualityAssuranceTesting "module tester" "ESCO v1.2 occupation 'ICT system tester', alternative label 'module tester' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "application configurator" "ESCO v1.2 occupation 'ICT application configurator', alternative label 'application configurator' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "database configurator" "ESCO v1.2 occupation 'ICT system configurator', alternative label 'database configurator' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ProductAndDelivery "requirements analyst" "ESCO v1.2 occupation 'ICT business analyst', alternative label 'software requirements analyst' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "programming analyst" "ESCO v1.2 occupation 'software analyst', alternative label 'programming analyst' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "data integrator" "ESCO v1.2 occupation 'database integrator', alternative label 'data integrator' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "database integrator" "ESCO v1.2 occupation 'database integrator', alternative label 'database integrator' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "embedded system designer" "ESCO v1.2 occupation 'embedded system designer', alternative label 'embedded system designer' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "embedded systems designer" "ESCO v1.2 occupation 'embedded system designer', alternative label 'embedded systems designer' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ClinicalInformatics "clinical information systems" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (Nursing Information Systems Coordinator, RN Clinical Information Systems Coordinator); ESCO v1.2 label 'clinical information systems supervisor'";
    Strong LearningAndDevelopment "clinical information systems educator" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (RN Clinical Information Systems Educator) (O*NET database file Alternate Titles.txt)";
    Strong ClinicalInformatics "nursing information systems" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (Nursing Information Systems Coordinator) (O*NET database file Alternate Titles.txt)";
    Strong Architecture + SoftwareDevelopment "intelligent system designer" "ESCO v1.2 occupation 'intelligent systems designer' (ESCO occupations_en.csv, github MohamedGouaouri/esco): designs artificial intelligence systems, between architecture and software development";
    Strong Architecture + SoftwareDevelopment "intelligent systems designer" "ESCO v1.2 occupation 'intelligent systems designer' (ESCO occupations_en.csv, github MohamedGouaouri/esco): designs artificial intelligence systems, between architecture and software development";
    // From an eighth sample (NHS Jobs adverts, 2026).
    Strong ProductAndDelivery "digital change" "NHS Jobs advert G9907-26-0065, Digital Change Lead (https://www.jobs.nhs.uk/candidate/jobadvert/G9907-26-0065); business change in the Digital and Data framework's product and delivery roles";
    Strong ItOperations "digital infrastructure" "NHS Jobs advert C8120-26-0042, Digital Infrastructure Lead (https://www.jobs.nhs.uk/candidate/jobadvert/C8120-26-0042)";
    Strong ItOperations "system configuration" "NHS Jobs advert C9798-2406-1, Digital System Configuration Specialist (https://www.jobs.nhs.uk/candidate/jobadvert/C9798-2406-1); ESCO v1.2 occupation 'system configurator'";
    Strong ItOperations "systems configuration" "NHS Jobs advert C9798-2406-1, Digital System Configuration Specialist (https://www.jobs.nhs.uk/candidate/jobadvert/C9798-2406-1); ESCO v1.2 occupation 'system configurator'";
    Strong ProductAndDelivery "epr change" "NHS Jobs adverts, EPR Change Manager, EPR Change Analyst and EPR Change Support Officer (2026, as kept in github lloydampadu/nhs-job-tracker data/jobs.json): business change for an electronic patient record";
    Strong SoftwareDevelopment "information systems developer" "NHS Jobs advert, Information Systems Developer (2026, as kept in github lloydampadu/nhs-job-tracker data/jobs.json); O*NET-SOC 15-1252.00 Software Developers";
    // Narrowed after two independent reviews: the longer phrases of jobs
    // whose shorter forms other trades share (NHS clinical networks, service
    // users, red team nurses, statistical process control), the few that
    // stay weak, and the testing phrases of quality assurance titles.
    Strong ItOperations "network operations analyst" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Operations Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "network operations centre" "O*NET-SOC 15-1241.00 Computer Network Architects, alternate titles (NOC Engineer (Network Operations Center Engineer)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "network support technician" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Support Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "network support engineer" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Support Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "network control analyst" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Control Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "user support analyst" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (User Support Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "user support technician" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (User Support Technician) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "red team member" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Red Team Member) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "certified hacker" "O*NET-SOC 15-1299.04 Penetration Testers, alternate titles (Certified Hacker) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "statistical assistant" "ESCO v1.2 occupation 'statistical assistant' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "statistical research" "ESCO v1.2 occupation 'statistician', alternative labels 'statistical research analyst', 'statistical research scientist' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "statistical researcher" "ESCO v1.2 occupation 'statistician', alternative label 'statistical researcher' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong Architecture "system integration consultant" "ESCO v1.2 occupation 'ICT system integration consultant' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong Architecture "systems integration consultant" "ESCO v1.2 occupation 'ICT system integration consultant', alternative label 'systems integration consultant' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong Architecture "application integration consultant" "ESCO v1.2 occupation 'ICT system integration consultant', alternative label 'application integration consultant' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "data integrity specialist" "ESCO v1.2 occupation 'data quality specialist', alternative label 'data integrity specialist' (ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong PatientServices "clinical data abstractor" "O*NET-SOC 29-2072.00 Medical Records Specialists, alternate titles (Clinical Data Abstractor) (O*NET database file Alternate Titles.txt)";
    Strong ClinicalInformatics "clinical data specialist" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians, alternate titles (Clinical Data Specialist), as mirrored at https://tampabayintern.com/resources/view/531";
    Strong QualityAssuranceTesting "uat" "UK government Digital and Data capability framework, quality assurance testing role family (user acceptance testing); NHS Jobs adverts (UAT Tester)";
    Strong QualityAssuranceTesting "functional tester" "Software testing role lists (Functional Tester); ESCO v1.2 occupation 'ICT system tester'";
    Strong QualityAssuranceTesting "regression tester" "Software testing role lists (Regression Tester); ESCO v1.2 occupation 'ICT system tester'";
    Strong QualityAssuranceTesting "automation test" "Software testing role lists (Automation Test Engineer, Automation Test Analyst); UK government Digital and Data capability framework, QAT (test automation)";
    Strong QualityAssuranceTesting "performance test" "UK government Digital and Data capability framework, quality assurance testing role family (performance testing); Software testing role lists (Performance Test Engineer)";
    Weak ItOperations "network support" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Support Technician, Network Support Administrator) (O*NET database file Alternate Titles.txt)";
    Weak ItOperations "network operations" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Operations Analyst, Network Operations Specialist) (O*NET database file Alternate Titles.txt)";
    Weak ItOperations "network services" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Services Specialist) (O*NET database file Alternate Titles.txt)";
    Weak ItOperations "user support" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (User Support Analyst, User Support Technician) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "red team lead" "UK government Security profession and NICE framework offensive security roles (red team lead); O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Red Team Member) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "red team operator" "UK government Security profession and NICE framework offensive security roles (red team operator); O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Red Team Member) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "statistical officer" "UK Government Statistician Group grades (Assistant Statistician, Statistical Officer, Higher Statistical Officer, Senior Statistical Officer; Office for National Statistics)";
    Strong QualityAssuranceTesting "user acceptance test" "UK government Digital and Data capability framework, quality assurance testing role family (user acceptance testing)";
    Strong QualityAssuranceTesting "user acceptance testing" "UK government Digital and Data capability framework, quality assurance testing role family (user acceptance testing)";
    Strong QualityAssuranceTesting "user acceptance tester" "UK government Digital and Data capability framework, quality assurance testing role family (user acceptance testing); NHS Jobs adverts (User Acceptance Tester)";
    // Patient pathway and waiting-list administration: labelled patient
    // services by the readers of three samples, and listed with health
    // records and patient administration by NHS Health Careers.
    Strong PatientServices "pathway tracker" "NHS Jobs advert C9365-23-0514, Elective Patient Pathway Tracker; NHS Health Careers, Health records and patient administration roles (https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/health-records-and-patient-administration)";
    Strong PatientServices "cancer tracker" "NHS Scotland, Golden Jubilee National Hospital, Cancer Tracker / Waiting List Co-ordinator (https://docest.com/doc/248463/golden-jubilee-national-hospital-s1)";
    Strong PatientServices "waiting list administration" "NHS Scotland job pack, Waiting List Administration Coordinator - Oral Health (careersdocbox.com 75627230); NHS Health Careers, Health records and patient administration roles";
    // The titles of O*NET's computer, data, instruction and records
    // occupations and of ESCO's ICT occupations that the sweeps of both
    // (tests/data/onet_sweep.tsv, esco_sweep.tsv) found no term for, each in
    // the family its reader gave it. Titles whose words other trades share
    // ("Support Engineer", "Document Controller", "Security Specialist") and
    // those whose readers disagree stay out.
    Strong Architecture "computer systems design analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Computer Systems Design Analyst) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "database design analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Database Design Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "data processing systems project planner" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Data Processing Systems Project Planner) (O*NET database file Alternate Titles.txt)";
    Strong ClinicalInformatics "informatics resource nurse" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (Informatics Resource Nurse) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "ai security specialist" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (AI Security Specialist (Artificial Intelligence Security Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "artificial intelligence security specialist" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (AI Security Specialist (Artificial Intelligence Security Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "iiot security specialist" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Industrial Internet of Things Security Specialist (IIoT Security Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "industrial internet of things security specialist" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Industrial Internet of Things Security Specialist (IIoT Security Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "programming languages researcher" "O*NET-SOC 15-1221.00 Computer and Information Research Scientists, alternate titles (Programming Languages Researcher) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "programming methodology researcher" "O*NET-SOC 15-1221.00 Computer and Information Research Scientists, alternate titles (Programming Methodology Researcher) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "personal computer installation engineer" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (PC Installation Engineer (Personal Computer Installation Engineer)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "personal computer systems coordinator" "O*NET-SOC 15-1232.00 Computer User Support Specialists, alternate titles (PC Systems Coordinator (Personal Computer Systems Coordinator)) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "database software technician" "O*NET-SOC 15-1242.00 Database Administrators, alternate titles (Database Software Technician) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "cisco certified network professional" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Cisco Certified Network Professional (CCNP)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "certified novell engineer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Certified Novell Engineer (CNE)) (O*NET database file Alternate Titles.txt)";
    Weak SoftwareDevelopment "business programmer" "O*NET-SOC 15-1251.00 Computer Programmers, alternate titles (Business Programmer) (O*NET database file Alternate Titles.txt)";
    Weak SoftwareDevelopment "engineering programmer" "O*NET-SOC 15-1251.00 Computer Programmers, alternate titles (Engineering Programmer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "engineering and scientific programmer" "O*NET-SOC 15-1251.00 Computer Programmers, alternate titles (Engineering and Scientific Programmer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "object oriented programmer" "O*NET-SOC 15-1251.00 Computer Programmers, alternate titles (Object-Oriented Programmer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "electronic commerce programmer" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (E-Commerce Programmer (Electronic Commerce Programmer)) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "mobile device developer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Mobile Device Developer) (O*NET database file Alternate Titles.txt)";
    Weak SoftwareDevelopment "simulation developer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Simulation Developer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "software writer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Software Writer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "lotus notes developer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Lotus Notes Developer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "application integrator" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Application Integrator) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "secure software assessor" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Secure Software Assessor) (O*NET database file Alternate Titles.txt)";
    Weak QualityAssuranceTesting "beta tester" "O*NET-SOC 15-1251.00 Computer Programmers, alternate titles (Beta Tester) (O*NET database file Alternate Titles.txt)";
    Strong QualityAssuranceTesting "software quality assurance technician" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, alternate titles (Software Quality Assurance Technician (SQA Technician)) (O*NET database file Alternate Titles.txt)";
    Weak QualityAssuranceTesting "sqa technician" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, alternate titles (Software Quality Assurance Technician (SQA Technician)) (O*NET database file Alternate Titles.txt)";
    Strong QualityAssuranceTesting "software quality control specialist" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, alternate titles (Software Quality Control Specialist (Software QC Specialist)) (O*NET database file Alternate Titles.txt)";
    Strong QualityAssuranceTesting "software qc specialist" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, alternate titles (Software Quality Control Specialist (Software QC Specialist)) (O*NET database file Alternate Titles.txt)";
    Weak QualityAssuranceTesting "system testing and evaluation specialist" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, alternate titles (System Testing and Evaluation Specialist) (O*NET database file Alternate Titles.txt)";
    Weak QualityAssuranceTesting "certified tester" "O*NET-SOC 15-1299.04 Penetration Testers, alternate titles (Certified Tester) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "security application tester" "O*NET-SOC 15-1299.04 Penetration Testers, alternate titles (Security Application Tester) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "security assessment tester" "O*NET-SOC 15-1299.04 Penetration Testers, alternate titles (Security Assessment Tester) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "security automation tester" "O*NET-SOC 15-1299.04 Penetration Testers, alternate titles (Security Automation Tester) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "security consulting tester" "O*NET-SOC 15-1299.04 Penetration Testers, alternate titles (Security Consulting Tester) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "programming development project manager" "O*NET-SOC 15-1299.09 Information Technology Project Managers, alternate titles (Programming Development Project Manager) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "cloud product director" "O*NET-SOC 15-1299.09 Information Technology Project Managers, alternate titles (Cloud Product Director) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "interactive media project manager" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, alternate titles (Interactive Media Project Manager) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "information support project manager" "O*NET-SOC 11-3021.00 Computer and Information Systems Managers, alternate titles (Information Support Project Manager) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "quantitative methodologist" "O*NET-SOC 15-2041.00 Statisticians, alternate titles (Quantitative Methodologist) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "statistical engineer" "O*NET-SOC 15-2041.00 Statisticians, alternate titles (Statistical Engineer) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data analytic scientist" "O*NET-SOC 15-2051.00 Data Scientists, alternate titles (Data Analytic Scientist) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "business systems consultant" "O*NET-SOC 15-2051.01 Business Intelligence Analysts, alternate titles (Business Systems Consultant) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "technology infusion specialist" "O*NET-SOC 25-9031.00 Instructional Coordinators, alternate titles (Technology Infusion Specialist) (O*NET database file Alternate Titles.txt)";
    Strong LearningAndDevelopment "learning development specialist" "O*NET-SOC 25-9031.00 Instructional Coordinators, alternate titles (Learning Development Specialist) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "medical bill coder" "O*NET-SOC 29-2072.00 Medical Records Specialists, alternate titles (Medical Bill Coder) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "medical insurance coding specialist" "O*NET-SOC 29-2072.00 Medical Records Specialists, alternate titles (Medical Insurance Coding Specialist) (O*NET database file Alternate Titles.txt)";
    Strong PatientServices "health services information specialist" "O*NET-SOC 29-2072.00 Medical Records Specialists, alternate titles (Health Services Information Specialist) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "it capacity planner" "ESCO v1.2 occupation 'ICT capacity planner', alternative label 'ICT capacity planner', 'IT capacity planner' (http://data.europa.eu/esco/occupation/4543bf7b-8ffb-4ade-88b9-58da34366f04; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "it capability planner" "ESCO v1.2 occupation 'ICT capacity planner', alternative label 'IT capability planner' (http://data.europa.eu/esco/occupation/4543bf7b-8ffb-4ade-88b9-58da34366f04; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "it capability manager" "ESCO v1.2 occupation 'ICT capacity planner', alternative label 'ICT capability manager' (http://data.europa.eu/esco/occupation/4543bf7b-8ffb-4ade-88b9-58da34366f04; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "it performance manager" "ESCO v1.2 occupation 'ICT capacity planner', alternative label 'ICT performance manager' (http://data.europa.eu/esco/occupation/4543bf7b-8ffb-4ade-88b9-58da34366f04; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong LearningAndDevelopment "digital literacy teacher" "ESCO v1.2 occupation 'digital literacy teacher', alternative label 'digital literacy teacher' (http://data.europa.eu/esco/occupation/4588cd69-e6a5-4668-94c7-f02a3d86a649; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong LearningAndDevelopment "computer literacy teacher" "ESCO v1.2 occupation 'digital literacy teacher', alternative label 'computer literacy teacher' (http://data.europa.eu/esco/occupation/4588cd69-e6a5-4668-94c7-f02a3d86a649; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong LearningAndDevelopment "digital literacy lecturer" "ESCO v1.2 occupation 'digital literacy teacher', alternative label 'digital literacy lecturer' (http://data.europa.eu/esco/occupation/4588cd69-e6a5-4668-94c7-f02a3d86a649; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong LearningAndDevelopment "teacher of digital literacy" "ESCO v1.2 occupation 'digital literacy teacher', alternative label 'teacher of digital literacy' (http://data.europa.eu/esco/occupation/4588cd69-e6a5-4668-94c7-f02a3d86a649; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Weak LearningAndDevelopment "distance learning trainer" "ESCO v1.2 occupation 'ICT trainer', alternative label 'distance-learning trainer' (http://data.europa.eu/esco/occupation/9e657046-67ce-4e16-ab2e-ddb918638910; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ProductAndDelivery "it commercial analysis manager" "ESCO v1.2 occupation 'ICT business analysis manager', alternative label 'ICT commercial analysis manager', 'IT commercial analysis manager' (http://data.europa.eu/esco/occupation/4b3201cb-ffc5-4f61-9fc3-5c0f0038fa5f; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong InformationGovernance "it audit manager" "ESCO v1.2 occupation 'ICT auditor manager', alternative label 'ICT audit manager', 'IT audit manager', 'information technology audit manager' (http://data.europa.eu/esco/occupation/76a1a76c-b014-4600-8901-56cb936de7ed; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong KnowledgeManagement "it information manager" "ESCO v1.2 occupation 'ICT information and knowledge manager', alternative label 'ICT information manager', 'IT information manager' (http://data.europa.eu/esco/occupation/810e5e67-acd5-499a-b307-cf5bea330859; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ProductAndDelivery "it projects manager" "ESCO v1.2 occupation 'ICT project manager', alternative label 'IT projects manager' (http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ProductAndDelivery "web projects manager" "ESCO v1.2 occupation 'ICT project manager', alternative label 'web projects manager' (http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong Architecture "database design engineer" "ESCO v1.2 occupation 'database designer', alternative label 'database design engineer' (http://data.europa.eu/esco/occupation/8d9ec84d-cf2d-4179-87bc-335cda54a427; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "database design specialist" "ESCO v1.2 occupation 'database developer', alternative label 'database design specialist' (http://data.europa.eu/esco/occupation/b11e1742-5e28-4270-b081-b0193d85ee7d; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "database development engineer" "ESCO v1.2 occupation 'database developer', alternative label 'database development engineer' (http://data.europa.eu/esco/occupation/b11e1742-5e28-4270-b081-b0193d85ee7d; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "database coder" "ESCO v1.2 occupation 'database developer', alternative label 'database coder' (http://data.europa.eu/esco/occupation/b11e1742-5e28-4270-b081-b0193d85ee7d; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong QualityAssuranceTesting "it principal testing manager" "ESCO v1.2 occupation 'ICT quality assurance manager', alternative label 'ICT principal testing manager' (http://data.europa.eu/esco/occupation/a28dff76-74df-46ee-929f-d1fffbb63cd7; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "statistical scholar" "ESCO v1.2 occupation 'statistician', alternative label 'statistical scholar' (http://data.europa.eu/esco/occupation/ac8b3cd1-a127-4e6a-8208-5cfcf7111955; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "statistical science researcher" "ESCO v1.2 occupation 'statistician', alternative label 'statistical science researcher' (http://data.europa.eu/esco/occupation/ac8b3cd1-a127-4e6a-8208-5cfcf7111955; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "statistic research scientist" "ESCO v1.2 occupation 'statistician', alternative label 'statistic research scientist' (http://data.europa.eu/esco/occupation/ac8b3cd1-a127-4e6a-8208-5cfcf7111955; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "statistic research associate" "ESCO v1.2 occupation 'statistician', alternative label 'statistic research associate' (http://data.europa.eu/esco/occupation/ac8b3cd1-a127-4e6a-8208-5cfcf7111955; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "statistical report compiler" "ESCO v1.2 occupation 'statistical assistant', alternative label 'statistical report compiler' (http://data.europa.eu/esco/occupation/d2e63d7e-2605-4af1-bb7d-b1ed9ad08825; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "network maintenance professional" "ESCO v1.2 occupation 'ICT network technician', alternative label 'network maintenance professional' (http://data.europa.eu/esco/occupation/64c7d461-152c-477f-a8e2-c2c537e9d617; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "telecommunications maintenance technician" "ESCO v1.2 occupation 'telecommunications equipment maintainer', alternative label 'telecommunications maintenance technician' (http://data.europa.eu/esco/occupation/d07e6a57-a339-4cfd-bf22-a951713148a3; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "telecoms equipment maintenance technician" "ESCO v1.2 occupation 'telecommunications equipment maintainer', alternative label 'telecoms equipment maintenance technician' (http://data.europa.eu/esco/occupation/d07e6a57-a339-4cfd-bf22-a951713148a3; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "telecoms equipment maintenance engineer" "ESCO v1.2 occupation 'telecommunications equipment maintainer', alternative label 'telecoms equipment maintenance engineer' (http://data.europa.eu/esco/occupation/d07e6a57-a339-4cfd-bf22-a951713148a3; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ItOperations "it data processing manager" "ESCO v1.2 occupation 'ICT operations manager', alternative label 'ICT data processing manager', 'IT data processing manager' (http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "semantic technologies engineer" "ESCO v1.2 occupation 'ICT intelligent systems designer', alternative label 'semantic technologies engineer' (http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ProductAndDelivery "software requirement analyst" "ESCO v1.2 occupation 'software analyst', alternative label 'software requirement analyst' (http://data.europa.eu/esco/occupation/04ba4d6c-957d-417f-bf63-5b9e015a9f86; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    // Longer titles of the sweeps whose shorter phrase is another family's:
    // the qualifier names the family ("Network Systems Analyst" is IT
    // operations', where "Systems Analyst" is product and delivery's).
    Strong ItOperations "network systems analyst" "O*NET-SOC 15-1241.00 Computer Network Architects, alternate titles (Network Systems Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ClinicalInformatics "health systems analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Health Systems Analyst) (O*NET database file Alternate Titles.txt)";
    Strong KnowledgeManagement "record systems analyst" "O*NET-SOC 15-1299.03 Document Management Specialists, alternate titles (Record Systems Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "network application specialist" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Applications Specialist) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "software application specialist" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Software Applications Specialist) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "software systems engineer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Software Systems Engineer) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "software computer specialist" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (Software Computer Specialist) (O*NET database file Alternate Titles.txt)";
    Strong Architecture "information systems planner" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Information Systems Planner (IS Planner)) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "it performance analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (IT Performance Analyst (Information Technology Performance Analyst)) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "planning management it specialist" "O*NET-SOC 15-1299.09 Information Technology Project Managers, alternate titles (Planning Management IT Specialist) (O*NET database file Alternate Titles.txt)";
    Strong ProductAndDelivery "project management it specialist" "O*NET-SOC 15-1299.09 Information Technology Project Managers, alternate titles (Project Management IT Specialist) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "soa developer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (SOA Developer (Service Oriented Architecture Developer)) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "service oriented architecture developer" "O*NET-SOC 15-1252.00 Software Developers, alternate titles (SOA Developer (Service Oriented Architecture Developer)) (O*NET database file Alternate Titles.txt)";
    Strong SoftwareDevelopment "mobile application specialist" "ESCO v1.2 occupation 'mobile application developer', alternative label 'mobile app specialist' (http://data.europa.eu/esco/occupation/2ed56c3f-61d6-4f7e-9ef8-8849eb102e4c; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "intelligent systems engineer" "ESCO v1.2 occupation 'ICT intelligent systems designer', alternative label 'intelligent systems engineer' (http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DigitalLeadership "chief analytics officer" "ESCO v1.2 occupation 'chief data officer', alternative label 'chief analytics officer' (http://data.europa.eu/esco/occupation/e297ec12-4712-40a4-ad98-ba004cacb205; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong ProductAndDelivery "it business analysis director" "ESCO v1.2 occupation 'ICT business analysis manager', alternative label 'IT business analysis director' (http://data.europa.eu/esco/occupation/4b3201cb-ffc5-4f61-9fc3-5c0f0038fa5f; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong DataAndAnalytics "data storage analyst" "ESCO v1.2 occupation 'data analyst', alternative label 'data storage analyst' (http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    Strong SoftwareDevelopment "codebase engineer" "O*NET-SOC 15-1299.07 Blockchain Engineers, alternate titles (Codebase Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "websphere administrator" "O*NET-SOC 15-1254.00 Web Developers, alternate titles (Websphere Administrator) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "web technologies administrator" "O*NET-SOC 15-1299.01 Web Administrators, alternate titles (Web Technologies Administrator) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "datastage developer" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (DataStage Developer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "system and networks administrator" "ESCO v1.2 occupation 'ICT system administrator', alternative label 'system and networks administrator' (http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300; ESCO occupations_en.csv, github MohamedGouaouri/esco)";
    // Clinical coders' credentials, and the compliance and privacy of the
    // United States' health privacy law, whose officers are information
    // governance's ("HIPAA" alone is in any health post's title).
    Strong PatientServices "certified professional coder" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians, alternate titles (Certified Professional Coder (CPC), Certified Coding Specialist), as mirrored at https://tampabayintern.com/resources/view/531";
    Strong PatientServices "certified coding specialist" "O*NET-SOC 29-2071.00 Medical Records and Health Information Technicians, alternate titles (Certified Coding Specialist), as mirrored at https://tampabayintern.com/resources/view/531";
    Strong InformationGovernance "hipaa compliance" "HIPAA, the United States' Health Insurance Portability and Accountability Act, whose privacy and security rules a HIPAA compliance or privacy officer keeps (oneguyconsulting.com, HIPAA compliance officer guide)";
    Strong InformationGovernance "hipaa privacy" "HIPAA, the United States' Health Insurance Portability and Accountability Act, whose privacy and security rules a HIPAA compliance or privacy officer keeps (oneguyconsulting.com, HIPAA compliance officer guide)";
    // The United Kingdom's data protection law and the NHS's Data Security
    // and Protection Toolkit, whose leads and officers are information
    // governance's ("GDPR Compliance Specialist", "DSPT Lead").
    Strong InformationGovernance "gdpr" "UK GDPR, the United Kingdom General Data Protection Regulation (Information Commissioner's Office guide to the UK GDPR); NHS Jobs adverts (GDPR Officer, GDPR Compliance Lead)";
    Strong InformationGovernance "dspt" "NHS England, Data Security and Protection Toolkit (DSPT), the annual information governance assessment of NHS organisations; NHS Jobs adverts (DSPT Lead)";
    // The two disciplines of one designer, joined by "and" as a slash joins
    // them ("UI/UX Designer"): with them, "UI and UX Designer" is the UX
    // Designer, as "Quality Assurance and Testing Manager" is the QA Manager.
    Strong UserCentredDesign "user interface and user experience" "O*NET-SOC 15-1255.00 Web and Digital Interface Designers, alternate titles (User Interface and User Experience Designer (UI/UX Designer)) (O*NET database file Alternate Titles.txt)";
    Strong UserCentredDesign "user experience and user interface" "O*NET-SOC 15-1255.00 Web and Digital Interface Designers, alternate titles (User Interface and User Experience Designer (UI/UX Designer)), the same pair the other way round";
    Strong UserCentredDesign "ui and ux" "O*NET-SOC 15-1255.00 Web and Digital Interface Designers, alternate titles (UI/UX Designer), the pair joined by and";
    Strong UserCentredDesign "ux and ui" "O*NET-SOC 15-1255.00 Web and Digital Interface Designers, alternate titles (UI/UX Designer), the pair joined by and; NHS Jobs adverts (UX/UI Designer)";
    // Automation and low-code development in NHS digital teams.
    Strong SoftwareDevelopment "automation developer" "NHS Jobs advert C8192-26-0360, Automation Developer (https://www.jobs.nhs.uk/candidate/jobadvert/C8192-26-0360, as kept in github lloydampadu/nhs-job-tracker data/jobs.json); University Hospitals Plymouth NHS Trust's lead automation developer (UKAuthority, Adopting automation for better citizen outcomes): robotic process automation";
    Strong SoftwareDevelopment "power platform developer" "NHS Jobs advert C9120-26-0057, Junior Power Platform Developer (https://www.jobs.nhs.uk/candidate/jobadvert/C9120-26-0057, as kept in github lloydampadu/nhs-job-tracker data/jobs.json)";
    Strong QualityAssuranceTesting "quality assurance automation engineer" "O*NET-SOC 15-1253.00 Software Quality Assurance Analysts and Testers, alternate titles (Quality Assurance Automation Engineer (QA Automation Engineer)) (O*NET database file Alternate Titles.txt)";
    // Sample ten (2026-11-27): US hospital and UK civil-service titles that
    // named their family with no term to read it.
    Strong ClinicalInformatics + ProductAndDelivery "application systems analyst" "Dignity Health careers listing, App Systems Analyst II - Radiology, App Systems Analyst III - CPOE, App Systems Analyst III - Laboratory (github astockwell/dh-careers-java static/js/data.js): the hospital's clinical application (EHR module) analysts; O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Applications Systems Analyst), a systems analyst of product and delivery";
    Weak ItOperations "service delivery manager" "European e-Competence Framework 3.0, competence C.3 Service Delivery, in area C Run (CEN CWA 16458 profiles: service manager); SFIA 9 skill ITMG, technical service delivery management";
    Weak ItOperations "service delivery lead" "European e-Competence Framework 3.0, competence C.3 Service Delivery, in area C Run; SFIA 9 skill ITMG, technical service delivery management: the service delivery manager's post by its other name (a review found \"Service Delivery Lead (Community Nursing)\" read as the agile Delivery Lead)";
    Strong DataAndAnalytics "gis manager" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians; Civil Service Jobs advert 480507, GIS Manager (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql)";
    Strong LearningAndDevelopment "learning designer" "IfATE apprenticeship standard ST0974 Digital learning designer; Civil Service Jobs advert 477190, Learning Designer (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql)";
    Weak KnowledgeManagement "documentation archivist" "ESCO v1.2 occupation 'big data archive librarian', alternative labels (documentation archivist, digital documentation archivist) (http://data.europa.eu/esco/occupation/4e4a1aa1-ca53-406e-9ca6-889d4621a0ed; via github MohamedGouaouri/esco occupations_en.csv)";
    // O*NET alternate titles that the sweep (tests/data/onet_sweep.tsv)
    // found no term for, each of one digital occupation. A review found
    // the network, information, learning and archive posts other trades'
    // as often (clinical and health-plan networks, rail and highways asset
    // information, schools): those count only beside a digital word; the
    // network developer, communications engineer and hardware installation
    // coordinator are left out (charities' networks, rail and radio, door
    // hardware).
    Weak ItOperations "network management specialist" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Management Specialist) (O*NET database file Alternate Titles.txt)";
    Weak ItOperations "network operations specialist" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Operations Specialist) (O*NET database file Alternate Titles.txt)";
    Weak ItOperations "network services specialist" "O*NET-SOC 15-1231.00 Computer Network Support Specialists, alternate titles (Network Services Specialist) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "voice engineer" "O*NET-SOC 15-1241.01 Telecommunications Engineering Specialists, alternate titles (Voice Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "messaging engineer" "O*NET-SOC 15-1241.01 Telecommunications Engineering Specialists, alternate titles (Messaging Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "computer equipment analyst" "O*NET-SOC 15-1211.00 Computer Systems Analysts, alternate titles (Computer Equipment Analyst) (O*NET database file Alternate Titles.txt)";
    Weak DataAndAnalytics "information engineer" "O*NET-SOC 15-1243.00 Database Architects, alternate titles (Information Engineer) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data economist" "O*NET-SOC 15-2051.00 Data Scientists, alternate titles (Data Economist) (O*NET database file Alternate Titles.txt)";
    // A twelfth sample's titles (Civil Service Jobs adverts; NHS Health
    // Informatics Career Framework), read by three readers.
    Strong CyberSecurity "communication security" "Civil Service Jobs advert 465678, Lead Communication Security Manager (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql); the singular of O*NET-SOC 15-1299.05's Communications Security Manager (COMSEC Manager)";
    Strong ItOperations "service asset and configuration" "ITIL service asset and configuration management; Civil Service Jobs advert 478288, IT Service Asset & Configuration Lead (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql)";
    Strong DataAndAnalytics "data exploitation" "Civil Service Jobs advert 473849, Data Exploitation Officer - Army (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql): the defence term for data analysis";
    Generic ItOperations "it business manager" "NHS Health Informatics Career Framework, IT business managers (http://www.docstoc.com/docs/23661439/Health-Informatics-Career-Framework)";
    Generic ItOperations "it contract manager" "Civil Service Jobs advert 478122, IT Contract Manager (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql)";
    Strong ProductAndDelivery + DataAndAnalytics "business process analyst" "O*NET-SOC 15-2051.01 Business Intelligence Analysts, alternate titles (Business Process Analyst) (O*NET database file Alternate Titles.txt), a data occupation; the O*NET sweep's reader and the Digital and Data framework's business analyst, of product and delivery: both are offered";
    // An IT customer service manager runs the IT service desk, not a
    // digital service (the product family's service manager); a digital
    // or technical customer service manager is a contact centre's.
    Strong ItOperations "it customer service manager" "Civil Service Jobs advert 477533, IT Customer Service Manager (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql): the IT service desk's manager";
    Weak LearningAndDevelopment "learning consultant" "O*NET-SOC 25-9031.00 Instructional Coordinators, alternate titles (Learning Consultant) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "operational researcher" "O*NET-SOC 15-2031.00 Operations Research Analysts; Civil Service Jobs advert 479288, Operational Researcher (SEO) (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql): the Government Operational Research Service, an analysis profession";
    Strong DataAndAnalytics "operations research analyst" "O*NET-SOC 15-2031.00 Operations Research Analysts (https://www.onetonline.org/link/summary/15-2031.00)";
    Strong DataAndAnalytics "operational research analyst" "O*NET-SOC 15-2031.00 Operations Research Analysts; the Government Operational Research Service, whose analysts' posts are advertised as Operational Research Analyst (Civil Service Jobs; a review found the British form read as nothing)";
    Strong ProductAndDelivery "business solution analyst" "Dignity Health careers listing, IT Business Solutions Analyst IV (github astockwell/dh-careers-java static/js/data.js); UK government Digital and Data framework, product and delivery role family (business analyst)";
    // The sixteenth sample's terms.
    Strong DataAndAnalytics "operations research scientist" "Providence Health Care (Vancouver) careers posting, Operations Research Scientist (providencehealthcare.org/careers/postings/operations-research-scientist); O*NET-SOC 15-2031.00 Operations Research Analysts";
    // The development set's and the O*NET sweep's misses, each term a job
    // of one family wherever it is written.
    Strong SoftwareDevelopment "frontend engineer" "UK government Digital and Data framework, software development role family (frontend developer); O*NET-SOC 15-1254.00 Web Developers, alternate titles (Front End Engineer)";
    Strong SoftwareDevelopment "front end engineer" "UK government Digital and Data framework, software development role family (frontend developer); O*NET-SOC 15-1254.00 Web Developers, alternate titles (Front End Engineer)";
    Strong SoftwareDevelopment "backend engineer" "UK government Digital and Data framework, software development role family (backend developer); O*NET-SOC 15-1252.00 Software Developers, alternate titles (Back End Engineer)";
    Strong SoftwareDevelopment "back end engineer" "UK government Digital and Data framework, software development role family (backend developer); O*NET-SOC 15-1252.00 Software Developers, alternate titles (Back End Engineer)";
    Strong SoftwareDevelopment "full stack engineer" "UK government Digital and Data framework, software development role family (full stack developer); O*NET-SOC 15-1252.00 Software Developers, alternate titles (Full Stack Engineer)";
    // A tech lead leads a development team's technical work, but a US
    // hospital's is its lead technician ("Tech Lead - Dialysis"): a digital
    // word must stand beside it. A "technical lead" is as often an
    // engineering or a laboratory post, and is left.
    Weak SoftwareDevelopment "tech lead" "dxw, 'Advice to my future tech lead self' (dxw.com, 2026); UK government Digital and Data framework, software development role family (lead developer)";
    Weak SoftwareDevelopment "interoperability engineer" "RemoteWLB/remote-jobs, Interoperability Engineer (Innovaccer, 2024-10); NHS England interoperability standards work (HL7 FHIR): an integration engineer of health records";
    Strong SoftwareDevelopment "application programming" "UCSF job templates, Applications Programming Manager 1 and 2 (hr.ucsf.edu/job-templates)";
    // Alone, a storage engineer or administrator keeps a data centre's
    // storage; another word beside it names another trade's ("Battery
    // Storage Engineer", "Cold Storage Engineer").
    Alone ItOperations "storage engineer" "O*NET-SOC 15-1243.01 Data Warehousing Specialists, alternate titles (Storage Engineer) (O*NET database file Alternate Titles.txt)";
    Strong ItOperations "smartcard administrator" "NHS England Care Identity Service, registration authority: smartcards and their local administrators (digital.nhs.uk, 'What is a registration authority')";
    Strong ItOperations "endpoint manager" "NHS Fife mobile device management policy, eHealth Endpoint Manager (nhsfife.org)";
    // Decision support in NHS finance and performance teams is reporting
    // and costing work; a clinical decision support system is a clinical
    // system, the longer phrase of clinical informatics.
    Strong DataAndAnalytics "decision support analyst" "O*NET-SOC 15-2051.01 Business Intelligence Analysts, alternate titles (Decision Support Analyst) (O*NET database file Alternate Titles.txt)";
    Strong DataAndAnalytics "data strategy" "NHS England Data Saves Lives, data strategy advisory panel minutes, October 2023 (transform.england.nhs.uk): Head of Data Strategy";
    // An NHS performance and information team is its reporting and
    // business intelligence service.
    Strong DataAndAnalytics "director of performance and information" "NHS Kirklees information strategy (2010), Director of Performance and Information (issuu.com/nhskirklees)";
    Strong CyberSecurity "iam analyst" "RemoteWLB/remote-jobs, IAM Analyst (Privia Health, 2024-03): identity and access management";
    Weak CyberSecurity "security compliance analyst" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Security Compliance Analyst) (O*NET database file Alternate Titles.txt)";
    Strong CyberSecurity "it risk" "SOC 2018 15-1212 Information Security Analysts, illustrative example IT Risk Specialist";
    Weak CyberSecurity "threat operations" "NHS England cyber sessions podcast, principal of threat operations (digital.nhs.uk, 'Cyber threats are relentless')";
    Weak CyberSecurity "security administrator" "O*NET-SOC 15-1212.00 Information Security Analysts, alternate titles (Security Administrator) (O*NET database file Alternate Titles.txt)";
    Strong InformationGovernance "information compliance" "Information assurance appendix, Information Compliance Officer (docslib.org/doc/12792314); UK public bodies' information compliance (FOI and data protection) teams";
    Strong InformationGovernance "national data guardian" "NHS England Data Saves Lives advisory panel minutes, December 2022: the Office of the National Data Guardian (transform.england.nhs.uk)";
    Strong InformationGovernance "information access" "UK government FOI team structure, Information Access Manager (Grade 7) (gov.uk/government/publications/foi-team-structure)";
    Strong InformationGovernance "publication scheme" "Freedom of information publication scheme guide, Publication Scheme Co-ordinator (businessdocbox.com/Human_Resources/75029213)";
    Strong InformationGovernance "data sharing" "NHSX Health and Care Information Governance Panel minutes, 28 January 2020: Data Sharing Privacy Specialist (nhsx.nhs.uk)";
    Strong KnowledgeManagement "knowledge systems" "Thames Valley and Wessex library managers' meeting minutes, January 2016, Knowledge Systems Manager (paperzz.com/doc/7184821)";
    Strong KnowledgeManagement "knowledge service" "NHS Improving Quality blog, 11 December 2015: Director of the NHS National Knowledge Service (nhsiq.wordpress.com)";
    Strong KnowledgeManagement "knowledge services" "NHS Health Careers, library and knowledge services roles (Head of Knowledge Services, Knowledge Services Manager)";
    Strong KnowledgeManagement "intranet manager" "NHS Jobs advert C9209-26-0198, Digital Services Intranet Manager (github lloydampadu/nhs-job-tracker data/jobs.json)";
    Weak LearningAndDevelopment "skills development" "North West Informatics Skills Development Network, Informatics Skills Development Manager (docsbay.net)";
    Alone ProductAndDelivery "platform owner" "Civil Service Jobs advert 479738, Associate Platform Owner, HMRC (github Deekshith666/civil-service-jobs-scraper data/export_dump.sql)";
    Weak ProductAndDelivery "product lead" "Matt Edgar, 'Levelling up: two and a half years into my work at NHS Digital' (blog.mattedgar.com, 2019): product lead";
    Weak ClinicalInformatics "clinical analyst" "O*NET-SOC 15-1211.01 Health Informatics Specialists, alternate titles (Clinical Analyst) (O*NET database file Alternate Titles.txt)";
    Strong ClinicalInformatics "clinical optimization" "Epic clinical optimisation posts, Clinical Optimization Specialist (cvremotesolutions.com/?p=1111)";
    Strong PatientServices "release of information" "Release of Information Clerk job description (careertrend.com): the health information management office that releases patients' records";
    Strong PatientServices "coding auditor" "NHS England clinical coding audit programme, Approved Clinical Coding Auditor; NHS Health Careers, clinical coding roles";
    Strong DigitalLeadership "digital health lead" "NHS Dumfries and Galloway information security policy, eHealth Lead (vdocuments.mx)";
    // The testing family's own acronym, and a kind of software testing,
    // written beside a tester's title ("Tester (QAT)", "Test Engineer
    // (Performance Testing)").
    Strong QualityAssuranceTesting "qat" "UK government Digital and Data framework, quality assurance testing (QAT) role family";
    Weak QualityAssuranceTesting "performance testing" "ISTQB performance testing specialist syllabus; UK government Digital and Data framework, quality assurance testing role family (test engineer)";
    // The eighteenth sample's misses, from its sources (measured before
    // any change for it).
    Strong ItOperations "unix engineer" "Civil Service Jobs search results, UNIX Engineer (github heathd/civil_service_jobs spec/fixtures/result_page1.html)";
    // A design system is a service's shared library of interface parts: a
    // "Design System Designer" designs it, and is no systems designer.
    Strong UserCentredDesign "design system" "cmonies/healthcare-jobs src/data/jobs.json, Principal Design System Designer; GOV.UK Design System (UK government Digital and Data framework, user-centred design role family)";
    Strong DigitalLeadership "chief it officer" "George Washington University career paths, information technology: Deputy Chief Information Technology Officer (careerpath.gwu.edu/information-technology)";
    // The analysts of the Epic and Oracle Health (Cerner) record systems
    // build and support them for clinical services, as EPR analysts do.
    // The NHS's shared care records join a region's records of health and
    // social care: "Developer - Shared Care Record".
    Strong ClinicalInformatics "shared care record" "NHS England, Shared Care Records programme (a shared care record for every integrated care system)";
    // "Tech" for technology or technician: the University of California's
    // communications and network technology job series.
    Strong ItOperations "network tech" "UCSF job templates, Comm & Network Tech Analyst 1-3, Supervisor 1-2, Manager 1 (hr.ucsf.edu/job-templates)";
    // Electronic prescribing and medicines administration (ePMA), the NHS's
    // hospital prescribing systems: "Clinical Safety Officer, Electronic
    // Prescribing and Medicines Administration".
    Strong ClinicalInformatics "electronic prescribing" "NHS England, electronic prescribing and medicines administration (ePMA) systems in NHS trusts";
    Strong ClinicalInformatics "epma" "NHS England, electronic prescribing and medicines administration (ePMA) systems in NHS trusts";
    Strong ClinicalInformatics "epic analyst" "Epic application analyst posts of US health systems (Dignity Health careers listing, App Systems Analyst - ClinDoc; github astockwell/dh-careers-java static/js/data.js); NHS EPR analyst posts";
    Strong LearningAndDevelopment "digital educator" "NHS Jobs digital adverts, 2026 Q2: Clinical Digital Educator (github ufuomaok/five-pillars-tracker reports/2026-Q2/data.csv)";
    Weak QualityAssuranceTesting "testing engineer" "NHS Jobs digital adverts, 2026 Q2: Digital Testing Engineer (github ufuomaok/five-pillars-tracker reports/2026-Q2/data.csv); the test engineer of the Digital and Data framework";
    Strong ClinicalInformatics "cerner analyst" "Oracle Health (Cerner) application analyst posts of US health systems; NHS EPR analyst posts (Hive EPR Analyst, Manchester University NHS Foundation Trust)";
    Weak DigitalLeadership "general manager" "NHS Scotland eHealth committee minute, 13 February 2009, General Manager eHealth (docsbay.net/doc/611200)";
    Alone DigitalLeadership "head of tech" "NHS Digital feature 'Everything is clinical' (digital.nhs.uk/features/everything-is-clinical): head of tech";
    // Terms of the development set's misses, a job of one family wherever
    // they are written: the records of an organisation's information
    // (information governance), and the geographic information systems of
    // mapping analysts (data), which "Systems Analyst" of product and
    // delivery read before.
    Strong DataAndAnalytics "geographic information system" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians (https://www.onetonline.org/link/summary/15-1299.02)";
    Strong DataAndAnalytics "geographical information systems" "O*NET-SOC 15-1299.02 Geographic Information Systems Technologists and Technicians (https://www.onetonline.org/link/summary/15-1299.02)";
    Strong InformationGovernance "records and information manager" "O*NET database file Alternate Titles.txt (Records and Information Manager)";
}

/// Words of the quality work of other trades: laboratories and pathology
/// (accredited to ISO 15189), pharmacy quality assurance, the NHS screening
/// quality assurance service, blood transfusion, medical physics,
/// manufacturing, research, and the quality of education and nursing (NHS
/// Jobs adverts: "Quality Assurance Manager - Pathology", "Quality
/// Assurance Pharmacist", "Education Quality Assurance Manager"), and
/// customs. A quality assurance answer (the QA Manager or Tester, a weak
/// term of testing) or the Compliance Specialist, for a title that holds
/// one of them outside the role or term and no other word the tables know
/// but levels, grades, places and links, is that trade's quality work, and
/// nothing is answered.
#[cfg(test)]
pub(crate) static QUALITY_TRADES: &[&str] = &[
    "pathology",
    "laboratory",
    "laboratories",
    "lab",
    "labs",
    "pharmacy",
    "radiology",
    "radiotherapy",
    "screening",
    "transfusion",
    "blood",
    "physics",
    "microbiology",
    "haematology",
    "biochemistry",
    "histopathology",
    "cytology",
    "education",
    "nursing",
    "clinical",
    "medical",
    "research",
    "manufacturing",
    "production",
    "medicines",
    "drugs",
    // Customs, whose compliance specialists are import and export posts
    // (ESCO's "customs compliance specialist in china and glassware").
    "customs",
    // More of the NHS's laboratory, imaging and medicines services, and
    // the regulators and suppliers of quality (an independent review's
    // cases: "QA Manager - Immunology", "Supplier Quality Assurance
    // Manager").
    "immunology",
    "virology",
    "histology",
    "genetics",
    "nuclear",
    "mammography",
    "imaging",
    "endoscopy",
    "dental",
    "audiology",
    "medicine",
    "supplier",
    "nhsbt",
    "mhra",
    "ukas",
    // Cancer services' quality assurance (the NHS's cancer screening and
    // peer review QA): "Cancer Quality Assurance Manager" (an NHS advert,
    // https://jobijoba.co.uk/detail/92/1bd15f2c213abbac365cd9ed1744ccc5).
    "cancer",
    "oncology",
    // Good Clinical Practice, clinical research's quality regime ("GCP
    // Quality Assurance Manager"). Only quality posts yield to it: a
    // "Senior Data Engineer (GCP)" (Civil Service Jobs advert, github
    // Deekshith666/civil-service-jobs-scraper data/export_dump.sql) works
    // on Google Cloud Platform.
    "gcp",
];

/// Words that may stand inside a role's own words and only narrow it, as
/// they narrow any digital job: "IT Technical Operations Manager" (Civil
/// Service Jobs advert, github Deekshith666/civil-service-jobs-scraper
/// data/export_dump.sql; a US advert's "IT Technical Operations Manager
/// (Retail)"), "Digital Health Solutions Project Manager (Lab Informatics)"
/// (a US advert title of the development set). With the role's words on
/// both sides of one of them, the title is the role (see `role_around` in
/// `classify`). Not "Systems", which binds to a neighbour into a job of
/// its own as often ("Health Information Systems Officer", "Data Systems
/// Analyst", "QA Systems Manager": an independent review's cases), nor
/// "Software" or "Technology" (a "Systems Software Designer" designs
/// systems software); "Digital" only with a real title that needs it.
#[cfg(test)]
pub(crate) static INSIDE_ROLE_WORDS: &[&str] = &["technical", "solution"];

/// Roles whose names other trades' posts in health care share more often
/// than not, so that any word narrowing them to a specialty, a service or
/// a trade makes the post another trade's, unless a digital word or a role
/// or term of a digital family stands beside it: NHS governance's "Clinical
/// Risk Manager - Obstetrics", a workplace's "Health Safety Compliance
/// Officer - Warehouse", a pharmaceutical company's "Patient Support
/// Specialist - Reimbursement", a trust's "Learning and Development
/// Coordinator - Mandatory Training" (an independent review's cases, with
/// the kinds of post found at public sources: pharmaceutical patient
/// support programmes, NHS clinical risk posts).
pub(crate) static NARROWED_ROLES: &[crate::Role] = &[
    crate::Role::ClinicalRiskManager,
    crate::Role::HealthSafetyComplianceOfficer,
    crate::Role::PatientSupportSpecialist,
    crate::Role::LearningAndDevelopmentCoordinator,
];

/// Roles whose names other trades' posts share too, but whose digital
/// posts carry a team's, a programme's or a product's name beside them as
/// often ("Senior Product Manager - Platform", "Delivery Lead - GP
/// Connect", "Knowledge Manager - Public Health"): only a stretch after a
/// dash or a bracket that names a trade or a service alone makes the post
/// another trade's ("Product Manager - Mortgages", "QA Manager - Care
/// Homes", "Delivery Lead - Elective Recovery", "Knowledge Manager -
/// Litigation", "Systems Designer - Rail Signalling"; an independent
/// review's cases, with the kinds of post found at public sources: law
/// firms' knowledge managers, game and signalling systems designers), and
/// for the goods', the quality posts', the delivery's and the systems
/// designers' names the words just before them too ("Mortgage Product
/// Manager", "Signalling Systems Designer"). A systems
/// administrator's and a digital health trainer's words beside them are
/// their technology and their learners as often ("Systems Administrator -
/// Windows", "Digital Health Trainer - Primary Care"), and no rule of
/// words tells them apart. See `NARROWED_ROLES` for the roles that any
/// such word narrows.
pub(crate) static MARKED_ROLES: &[crate::Role] = &[
    crate::Role::ProductManager,
    crate::Role::QaManager,
    crate::Role::ComplianceSpecialist,
    crate::Role::DeliveryLead,
    crate::Role::KnowledgeManager,
    crate::Role::HealthInformationOfficer,
    crate::Role::PatientDataCoordinator,
    crate::Role::ClinicalKnowledgeSpecialist,
    crate::Role::SystemsDesigner,
];

/// Words of other trades that narrow a job noun of many trades (see
/// `Strength::Alone`: "Developer", "Tester", "Test Engineer", "Programmer")
/// after a dash or in brackets: making, building, energy, transport,
/// property and the screen, with `UTILITY_NETWORKS` (the generator reads
/// both; aerospace, automotive and construction are `OTHER_TRADES`, which
/// leave nothing anywhere). Not the clinical departments, whose digital
/// posts name them as often ("Developer - Pathology", "Tester -
/// Radiology"). An independent review's cases: "Test Engineer -
/// Manufacturing", "Programmer - Laser Cutting", "Developer - Housing",
/// "Test Engineer - Substations".
#[cfg(test)]
pub(crate) static ALONE_TRADES: &[&str] = &[
    "manufacturing",
    "production",
    "customs",
    "nuclear",
    "supplier",
    "fmcg",
    "goods",
    "textiles",
    "instruments",
    "equipment",
    "consumables",
    "implants",
    "catheters",
    "wheelchairs",
    "ppe",
    "laser",
    "lasers",
    "gases",
    "drugs",
    "alcohol",
    "hearing",
    "housing",
    "property",
    "electronics",
    "hardware",
    "battery",
    // Battery energy storage systems and warehouses keep other things than
    // data ("Storage Engineer - BESS", "Storage Administrator
    // (Warehouse)").
    "bess",
    "warehouse",
    "vehicle",
    "vehicles",
    "engines",
    "turbines",
    "welding",
    "cinema",
    "broadcasting",
    "music",
    "film",
    "substations",
    "lifts",
    "hydrogen",
];

/// Words of the safety of medicines, devices and patients' care, whose
/// safety officers are no clinical safety officers of health IT systems:
/// pharmacovigilance and drug safety (industry's clinical safety officers
/// and physicians), vaccines and clinical trials, infection control,
/// falls and ligature risks on wards, and radiation, lasers and medical
/// gases (an independent review's cases: "Clinical Safety Officer -
/// Pharmacovigilance", "Drug Safety Clinical Safety Officer"). Beside a
/// digital word or a term of clinical safety the officer stays the role.
#[cfg(test)]
pub(crate) static SAFETY_TRADES: &[&str] = &[
    // Medicines' safety in a ward or a practice: "Clinical Safety Officer -
    // Medicines Optimisation" (an independent review's case).
    "medicines",
    "medication",
    "pharmacovigilance",
    "pv",
    "drug",
    "drugs",
    "vaccine",
    "vaccines",
    "trial",
    "trials",
    "cro",
    "biotech",
    "infection",
    "falls",
    "ligature",
    "radiation",
    "laser",
    "lasers",
    "gases",
];

/// Duties that a board member or a clinician holds beside their own job:
/// the Caldicott Guardian, the senior information risk owner (SIRO) and
/// the information asset owners of the NHS Data Security and Protection
/// Toolkit's key roles. Alone, or with a job noun only inside their own
/// words ("Deputy Caldicott Guardian", "Caldicott Guardian Support
/// Officer"), they are information governance posts; joined to another
/// job by "and", a slash, a comma or a bracket ("Director of Operations &
/// SIRO", "General Practitioner & Caldicott Guardian", "Chief Operating
/// Officer (SIRO)"), the title is that job's, as the development set's
/// readers label it, and nothing is answered.
#[cfg(test)]
pub(crate) static DUTY_TERMS: &[&str] = &[
    "caldicott guardian",
    "caldicott",
    "senior information risk owner",
    "senior information risk officer",
    "siro",
    "information asset owner",
];

/// Heads of a whole IT function: alone, or with nothing around them but
/// levels, grades, bands, organisations and places ("Head of IT", "Deputy
/// Head of IM&T", "Head of Information Systems", "Director of IM&T"), they
/// lead the function, as the "Head of Technology" and the "Director of IT"
/// do: most readers of two samples of NHS trust documents and job
/// descriptions put them in digital leadership. With a specialty ("Head of
/// IT (Infrastructure)", "Head of IT - Service Desk", "Deputy Director of
/// IM&T - IT Services") they run a part of it, in IT operations, as "Head
/// of IT Services" does.
#[cfg(test)]
pub(crate) static WHOLE_FUNCTION_HEADS: &[&str] = &[
    "head of it",
    "head of imandt",
    "head of information systems",
    "director of imandt",
];

/// Heads of an NHS trust's information department: "Head of Information",
/// "Deputy Director of Information". They name the job only with nothing
/// in their stretch but levels and words such as "Deputy", and elsewhere
/// only bands, grades or an NHS employer: "Head of Information and Records
/// Management" is information governance's, "Director of Information &
/// Technology" digital leadership's, and the term gives way to them; a
/// "Head of Information - Press" or a "Director of Information Services"
/// (a US hospital's IT) is no such head. Narrowed, or overlapped by a
/// longer term ("Director of Information Governance"), the term yields,
/// as a "head of" term does.
#[cfg(test)]
pub(crate) static INFORMATION_HEADS: &[&str] = &["head of information", "director of information"];

/// Organisation words that name a unit within an organisation rather than
/// the organisation: a stretch such as "(Corporate and Provider Services)"
/// is a head's specialty, where "Surrey and Sussex Healthcare NHS Trust"
/// is the employer (see `WHOLE_FUNCTION_HEADS`).
#[cfg(test)]
pub(crate) static UNIT_WORDS: &[&str] = &[
    "service",
    "services",
    "team",
    "department",
    "directorate",
    "unit",
    "group",
    "partnership",
    "practice",
    "centre",
];

/// Words of a part of digital work, which narrow a director's or chief's
/// digital subject to that part: "Director of ICT Service Delivery" and
/// "Director of Cloud Engineering & Digital Operations" run IT operations,
/// "Director of Insight and Data Platforms" data and analytics, and a
/// "Deputy Director - Data Policy and Digital Oversight" and "Director
/// Digital Inclusion and Skills" make policy (their readers' labels, in
/// samples 11, 14 and the first nine of the development set). A board-level
/// word and a digital word with one of these beside them are not digital
/// leadership; the words are no term, so nothing is answered.
#[cfg(test)]
pub(crate) static FUNCTION_WORDS: &[&str] = &[
    "delivery",
    "operations",
    "engineering",
    "platforms",
    "platform",
    "insight",
    "policy",
    "oversight",
    "inclusion",
    // An NHS trust's performance and informatics directorate reports on
    // the trust's performance: a data post to its readers (sample 15).
    "performance",
    // Digital art is an art director's subject, not the leadership of
    // digital work (O*NET-SOC 27-1011.00 Art Directors, alternate title
    // Digital Art Director; the sixteenth sample's readers). Only here:
    // a fertility service's "ART Data Analyst" is the Data Analyst.
    "art",
];

/// Words of a service's day-to-day running rather than of a digital
/// product's delivery: "Operational Delivery Manager" (HM Land Registry)
/// and "Operational Delivery Lead" run a service, and an NHS "Operational
/// Delivery Network" is a clinical network (Civil Service Jobs adverts in
/// github Deekshith666/civil-service-jobs-scraper data/export_dump.sql;
/// NHS England, operational delivery networks). The Delivery Lead, or a
/// plain delivery term of product and delivery, with one of them outside
/// it and no digital marker word outside it, is that service's, whatever
/// else the title says of the service, and nothing is answered.
#[cfg(test)]
pub(crate) static OPERATIONS_TRADES: &[&str] = &["operational", "operations"];

/// The words that name a network, which may be a computer network or
/// one of the NHS's networks of services and people (see
/// `NETWORK_TRADES`).
#[cfg(test)]
pub(crate) static NETWORK_WORDS: &[&str] = &["network", "networks"];

/// Words that make a network one of services or people, not of computers:
/// the NHS's clinical networks (cancer alliances; the operational delivery
/// networks, ODNs, of neonatal, critical, trauma, burns and paediatric
/// care; stroke, cardiac, renal and kidney, vascular and maternity
/// networks), its primary care networks (PCNs) of GP practices, and social
/// networks (the networks of gas and water are other trades' already, see
/// `OTHER_TRADES`). Their posts carry the word: "London Neonatal Network
/// Director" (Evelina London, staff profile), "Primary Care Network
/// Administrator" and "Primary Care Network Manager" (THC Primary Care,
/// guides to PCN posts), "Network Administrator" of Greater Manchester's
/// major trauma network (gmccmt.org.uk), ESCO's "social networks" label.
/// A term of a network with one of them outside it, and no digital marker
/// word anywhere in the title, is no computer network's post, and nothing
/// is answered; "IT Network Administrator - Cancer Centre" keeps its
/// family, and a word in an employer's name counts for nothing. Not
/// "critical", whose critical care networks share it with "Critical
/// National Infrastructure", nor "staff" ("Staff Network Engineer" is a
/// level). Beside a quality post or goods, these words name the service
/// and keep nothing (see `other_quality` in `classify`).
#[cfg(test)]
pub(crate) static NETWORK_TRADES: &[&str] = &[
    "cancer",
    "neonatal",
    "perinatal",
    "maternity",
    "paediatric",
    "pediatric",
    "kidney",
    "stroke",
    "cardiac",
    "trauma",
    "burns",
    "renal",
    "vascular",
    "clinical",
    "primary",
    "care",
    "pcn",
    "pcns",
    "odn",
    "odns",
    "operational",
    "alliance",
    "social",
];

/// The networks of utilities and transport, whose network technicians and
/// administrators run power lines, heat mains, railways and roads (O*NET-SOC
/// 49-9051.00 Electrical Power-Line Installers and Repairers; UK heat
/// network and Network Rail adverts): "Electricity Network Technician" and
/// "Rail Network Technician" were IT operations. Networks of another trade,
/// as `NETWORK_TRADES` are, and trades that narrow a job noun of many
/// trades, as `ALONE_TRADES` are ("Test Engineer - Rail"): the generator
/// reads them into both lists. Not "power" (Power BI) nor "fibre" and
/// "cable", whose networks are as often the computers', nor "marine" (the
/// Marine Corps' network administrators run computers); not in
/// `OTHER_TRADES`, since a "Network Rail Data Analyst" is the analyst.
#[cfg(test)]
pub(crate) static UTILITY_NETWORKS: &[&str] = &[
    "electricity",
    "heat",
    "highways",
    "rail",
    "railway",
    "railways",
];

/// Words that name digital work as the subject of a post, beside a word of
/// another trade's quality posts or goods: "Product Manager - Radiology
/// PACS" manages the imaging system, "Product Manager, NHS AI Lab" an AI
/// service, and they keep the role as a digital marker would. Unlike the
/// markers, they make no weak term count and name no director's
/// portfolio. Each names a digital job of the frameworks: PACS, the
/// picture archiving and communication systems of NHS imaging (NHS Health
/// Careers, "PACS manager"); AI (the NHS AI Lab, NHSX, 2019; ESCO
/// "artificial intelligence engineer"); the Internet of Things (ESCO
/// "industrial internet of things security specialist"); cloud, platform
/// and integration engineering (UK government Digital and Data capability
/// framework: infrastructure and platform engineers; ESCO "ICT system
/// integration consultant", "cloud engineer"); APIs (NHS England's API
/// catalogue and its API management posts); telephony (the telephony
/// engineers of NHS IT services); cyber security; mobile applications
/// (ESCO "mobile application developer"); machine learning, business
/// intelligence, user experience and DevOps (the Digital and Data
/// framework's machine learning engineer, business intelligence and user
/// experience posts, and DevOps engineer); firmware (ESCO "embedded
/// systems software developer"); bioinformatics (the SFIA page's family);
/// agile delivery (the Digital and Data framework's agile delivery
/// manager); and user interfaces (ESCO "user interface designer"). An
/// independent review found each beside a medical device or a laboratory
/// in a digital product manager's title ("Product Manager - DevOps,
/// Medical Devices", "Product Manager - Laboratory Bioinformatics",
/// "Product Manager - Medical Devices Agile"). They keep the product
/// manager only: beside a quality post they name the trade's own things as
/// often ("QA Manager - API Manufacturing", the active pharmaceutical
/// ingredients; "Mobile Breast Screening Units").
#[cfg(test)]
pub(crate) static DIGITAL_SUBJECTS: &[&str] = &[
    "pacs",
    "ai",
    "iot",
    "cloud",
    "platform",
    "integration",
    "api",
    "apis",
    "telephony",
    "cyber",
    "mobile",
    "ml",
    "bi",
    "ux",
    "devops",
    "firmware",
    "bioinformatics",
    "agile",
    "ui",
];

/// Words of physical goods, whose product managers manage products made
/// and sold, not digital services: NHS Supply Chain's category and product
/// management of medical devices, consumables and equipment, and the
/// product managers of device and pharmaceutical firms ("Product Manager -
/// Surgical Instruments", "Product Manager (Medical Devices)"). The Product
/// Manager with one of them outside the role, and no other word the tables
/// know outside it but levels, grades, places and links, is that trade's,
/// and nothing is answered.
#[cfg(test)]
pub(crate) static GOODS_TRADES: &[&str] = &[
    "medical",
    "surgical",
    "instruments",
    "instrument",
    "devices",
    "device",
    "orthopaedic",
    "orthopaedics",
    "wound",
    "implants",
    "implant",
    "consumables",
    "equipment",
    "supply",
    "category",
    "medicines",
    "drugs",
    "dressings",
    "pharmacy",
    "laboratory",
    "lab",
    "pathology",
    "radiology",
    // More devices, supplies, medicines and consumer goods (an independent
    // review's cases: "Product Manager - Hearing Aids", "Product Manager -
    // Vaccines", "FMCG Product Manager").
    "consumable",
    "dressing",
    "medicine",
    "drug",
    "labs",
    "catheters",
    "hearing",
    "wheelchairs",
    "ppe",
    "vaccines",
    "fmcg",
    "goods",
    "textiles",
];

/// Subjects of a leader's portfolio that the other tables do not hold:
/// known words, so that a portfolio listed over commas is read only when
/// every subject is a word the tables know ("Director of Strategy,
/// Digital and Transformation"; not "Director of Retail, Digital and
/// Marketing"). From NHS board titles (Director of Strategy, Innovation
/// and Partnerships; Director of People and Workforce; Director of
/// Improvement).
#[cfg(test)]
pub(crate) static PORTFOLIO_SUBJECTS: &[&str] = &[
    "strategy",
    "innovation",
    "partnerships",
    "improvement",
    "people",
    "workforce",
];

/// The titles of pay series that name a post only by its grade of work,
/// in any trade: a United States federal post carries its series' title and
/// names the job in brackets ("Program Analyst (UX/UI Designer)"). Alone
/// they name nothing; before a bracket or dash that holds a role, they let
/// the role stand, as a job named in general does ("IT Specialist
/// (SYSADMIN)"). Management and Program Analysis, GS-0343 (OPM position
/// classification flysheet TS-98, titles Management Analyst, Program
/// Analyst, Management and Program Analyst; the Department of Commerce's
/// position description library writes "Management and/or Program
/// Analyst"). Not the VA's Health System Specialist (GS-0671), whose
/// "System" is a digital marker word to the other rules.
#[cfg(test)]
pub(crate) static SERIES_TITLES: &[&str] = &[
    "program analyst",
    "management analyst",
    "management and program analyst",
    "management program analyst",
];

/// Jobs of other trades whose titles hold a role's words: read as one
/// phrase, so that the role inside them is not, and never counted, so that
/// nothing is answered. The United States Department of Veterans Affairs
/// names its medical centre directors and their associate and assistant
/// directors by the Health System Administration series, GS-0670 (OPM
/// handbook of occupational groups and families; VA vacancy notices for
/// "Health System Administrator (Associate Director)" and "Health Systems
/// Administrator"): they run hospitals, not computer systems.
#[cfg(test)]
pub(crate) static OTHER_TRADE_JOBS: &[&str] = &[
    "health system administrator",
    "health systems administrator",
];

/// Terms that end with a role's words but name another job, so that the
/// term, not the role, is read: an "AI System Designer" designs AI
/// systems (a data role of the Digital and Data framework), not the
/// architecture family's systems.
#[cfg(test)]
pub(crate) static OTHER_JOBS: &[&str] = &[
    // A service's delivery lead runs a service (see the term).
    "service delivery lead",
    "ai system designer",
    "operating system designer",
    "embedded system designer",
    "embedded systems designer",
    "intelligent system designer",
    "intelligent systems designer",
];

/// Words that make a title a digital job when they stand beside a weak
/// term: "Digital Programme Manager", "EPR Project Manager".
#[cfg(test)]
pub(crate) static MARKERS: &[&str] = &[
    "digital",
    "it",
    "data",
    "informatics",
    "technology",
    "technical",
    "systems",
    "system",
    "epr",
    "ehr",
    // The electronic medical record, as US health systems name the EHR
    // ("EMR Analyst", "EMR Trainer"; O*NET 15-1211.01 alternate titles).
    "emr",
    "software",
    "online",
    "telehealth",
    "application",
    "analytics",
    "computer",
    // Technologies and record systems that name only digital work ("Java
    // Trainer", "Epic Project Manager", "Database Project Manager"); the
    // rest of `TECH_WORDS` ("Net", "Server", "Game") name other trades'
    // work too and count for the job nouns of many trades alone.
    "java",
    "javascript",
    "python",
    "php",
    "sql",
    "oracle",
    "database",
    "sharepoint",
    "salesforce",
    "epic",
    "cerner",
    "systmone",
    // The NHS's record systems by name: EMIS Web and TPP's SystmOne in
    // general practice (publictechnology.net, "NHS evaluates 70 bidders for
    // GP IT framework", 2019); Lorenzo and Nervecentre (East and North
    // Hertfordshire NHS Trust, Lorenzo roll-out news, 2017), Meditech and
    // Allscripts (digitalhealth.net, "Morecambe Bay sticks with CSC's
    // Lorenzo", 2016): "EMIS Trainer", "Lorenzo Trainer".
    "emis",
    "tpp",
    "lorenzo",
    "nervecentre",
    "meditech",
    "allscripts",
    // Pathology's record systems: a laboratory information management
    // system (LIMS) and Clinisys WinPath, the LIMS of many NHS pathology
    // networks (Clinisys, "Single LIMS set to unify pathology services at
    // Barts Health NHS Trust", 2016; htn.co.uk, "South 4 Pathology
    // Partnership picks laboratory information management system", 2021):
    // "Pathology LIMS Test Analyst", "WinPath Trainer".
    "lims",
    "winpath",
    // "DDaT", the UK government's Digital, Data and Technology profession
    // (the Digital and Data capability framework's former name):
    // "Delivery Manager (Operations) - DDaT".
    "ddat",
    // "IM&T", read as one word (see `Tokens::read`).
    "imandt",
    // C++ and C#, which the reader spells "cpp" and "csharp" (ESCO v1.2
    // skills 'C++' and 'C#', computer programming; O*NET-SOC 15-1252.00
    // Software Developers, alternate titles: C++ Developer).
    "cpp",
    "csharp",
    "hl7",
    "fhir",
    "html",
    "xml",
    "cobol",
    "mainframe",
    "aws",
    "azure",
    "hadoop",
    "linux",
    "unix",
    "etl",
    "blockchain",
    "typescript",
    "kotlin",
    "ssrs",
    "dotnet",
    "aspnet",
    "nodejs",
    "reactjs",
    "angularjs",
    "jquery",
    "wordpress",
    "powerapps",
    "qlik",
    "tableau",
    "web",
    "website",
    "internet",
    "intranet",
];

/// Words that name the trade of a job noun other trades share ("Game
/// Tester", "Systems Developer", ".NET Developer") but name other trades'
/// work too ("Net Zero", "Restaurant Server", "Game Warden"): they count
/// for those nouns (`Strength::Alone`) only. The digital markers (`MARKERS`,
/// but "technical", whose medical-technical test engineers are engineers)
/// count for those nouns too. From the O*NET alternate titles of 15-1251 to
/// 15-1254 and NHS adverts.
#[cfg(test)]
pub(crate) static TECH_WORDS: &[&str] = &[
    // NHS.UK, the NHS website, written as one word once its dot is dropped
    // ("NHS.UK Product Manager", NHS Digital's product posts).
    "nhsuk",
    // Platforms and digital work that NHS and health IT adverts name beside
    // a role ("Knowledge Manager - Citrix", "Delivery Lead - Digitisation",
    // "Clinical Risk Manager - Interoperability"; an independent review's
    // cases of digital posts a rule of other trades' words lost). Not
    // "Windows", whose product managers sell glazing as often.
    "microsoft",
    "citrix",
    "vmware",
    "servicenow",
    "telemedicine",
    "digitisation",
    "digitalisation",
    "interoperability",
    "healthtech",
    "snomed",
    // A web portal: "Developer - Patient Portal"; a customer (or patient)
    // relationship management system: "Senior Product Manager - Patient
    // CRM" (a health-tech company's advert).
    "portal",
    "crm",
    "net",
    "android",
    "ios",
    "game",
    "games",
    "embedded",
    "server",
    "sre",
    "ruby",
    "fullstack",
    "react",
    "angular",
    "swift",
    "flutter",
    "dynamics",
    "vbnet",
    "sas",
];

/// Words that change the job when they stand before a role: a "Deputy
/// Chief Digital Officer" is not the Chief Digital Officer, and an
/// "Assistant Data Analyst" is not the analyst. The role's family stays.
#[cfg(test)]
pub(crate) static CHANGES_JOB: &[&str] =
    &["head", "deputy", "assistant", "director", "chief", "vice"];

/// Words that put the job in another trade when they stand anywhere in the
/// title outside the roles and terms found: a "Finance Data Analyst", an
/// "Estates Project Manager", a "Maternity Delivery Lead" or a "Health and
/// Safety Compliance Specialist" is no digital job, though "Clinical Safety
/// Officer" (where "safety" is part of the role) is. Nothing is answered
/// for such a title.
#[cfg(test)]
pub(crate) static OTHER_TRADES: &[&str] = &[
    // Contract negotiation ("Negotiations Team Lead - Telecoms", a
    // regulator's commercial post; Civil Service Jobs).
    "negotiations",
    "negotiation",
    "negotiator",
    "finance",
    "financial",
    "estates",
    "facilities",
    "payroll",
    "procurement",
    "fire",
    "catering",
    "housekeeping",
    "hr",
    "maintenance",
    "building",
    "construction",
    "capital",
    "environmental",
    "food",
    "safety",
    "security",
    "maternity",
    "midwifery",
    "midwife",
    "obstetric",
    "theatres",
    "ward",
    "porter",
    "porters",
    "pharmaceutical",
    "recruiter",
    "lecturer",
    "teacher",
    "professor",
    "interviewer",
    "student",
    "volunteer",
    "cleaner",
    "driver",
    "chef",
    "cook",
    "physiotherapist",
    "psychologist",
    "surgeon",
    "matron",
    "guard",
    "counsellor",
    "receptionist",
    "secretary",
    "tutor",
    "buyer",
    // Engineering and making trades whose testers, product managers and
    // test engineers are no software jobs (ESCO and O*NET occupations:
    // leather goods product manager, printed circuit board tester, flight
    // systems test engineer).
    "circuit",
    "leather",
    "textile",
    "footwear",
    "garment",
    "furniture",
    // Other trades that O*NET lists beside computer jobs (Curriculum
    // Developer, GPS Analyst Technician).
    "curriculum",
    "positioning",
    // Trades whose product managers, testers, developers and network
    // engineers ESCO lists (tourism product manager, water network
    // technician, biomedical systems developer, international trade
    // compliance specialist).
    "tourism",
    "insurance",
    "water",
    "gas",
    "photonic",
    "photonics",
    "trade",
    "electrician",
    // Engineering trades whose test engineers test aircraft, vehicles and
    // medical devices, and sellers and product managers of consumer goods
    // (ESCO occupations; an independent review's cases).
    // The quality posts of medicine manufacture, clinical research and
    // sterile services, whose quality assurance managers and compliance
    // specialists are no testers: aseptic and radiopharmacy units,
    // decontamination (two independent reviews' cases; NHS sterile services
    // and aseptic units), and the GxP regimes (GMP, GLP). "GCP" is a
    // quality word only (`QUALITY_TRADES`): it is Google's cloud to a data
    // engineer.
    "gmp",
    "glp",
    "gxp",
    "pharma",
    "pharmaceuticals",
    "radiopharmacy",
    "aseptic",
    "sterile",
    "decontamination",
    "sterilisation",
    "flight",
    "aerospace",
    "aircraft",
    "avionics",
    "automotive",
    "biomedical",
    "sales",
    "fashion",
    "cosmetics",
    "beverage",
    "mechanical",
    // Building services, whose systems designers design a building's
    // heating, power and water (O*NET-SOC 17-3011.00 Architectural and
    // Civil Drafters and 49-9021.00 Heating, Air Conditioning, and
    // Refrigeration Mechanics; NHS estates adverts for electrical and
    // mechanical engineers): an independent review's "HVAC Systems
    // Designer" and "Electrical Systems Designer" were the Systems
    // Designer.
    "hvac",
    "electrical",
    "plumbing",
    "drainage",
    "sprinkler",
    // Veterinary, animal and plant health, whose records officers and
    // coders are no health information posts (an independent review's
    // cases: "Animal Health Records and Information Officer", "Certified
    // Professional Coder, Veterinary"); CNC machining, whose engineering
    // programmers and analyst programmers program machine tools.
    // The drawing offices of buildings ("architecture draughtsperson", a
    // reader's sample) and CNC machining, whose engineering programmers and
    // analyst programmers program machine tools; accountants and
    // paralegals, whose title before a bracket names their own job
    // ("Accountant (Data Analyst)"; an independent review's cases).
    "draughtsperson",
    "draughtsman",
    "draftsman",
    "draftsperson",
    "cnc",
    "accountant",
    "paralegal",
    // Communications as public relations ("EPR Communications Manager",
    // NHS Jobs advert C9362-26-0364); telecommunications is its own word.
    "communications",
    // The outside plant of telecommunications and power, whose line and
    // cable workers build networks rather than run computer systems
    // ("Telecommunications Linesworker", "Telecommunications Cable
    // Jointer": the UK SOC 2010 coding index and the O*NET titles an
    // all-trades review read).
    "linesworker",
    "lineworker",
    "lineman",
    "linesman",
    "jointer",
];

/// Words that introduce context after a role: "Data Analyst in Cardiology",
/// "Software Developer at County Hospital", "Data Analyst x 2".
#[cfg(test)]
pub(crate) static CONTEXT_WORDS: &[&str] = &[
    "in", "at", "for", "within", "x", "with",
    // The end of a fixed-term post ("Data Analyst till 31.03.28", NHS
    // Jobs advert C9389-26-0506).
    "until", "till",
    // How a post is held, before a title ("Interim Estates & Projects
    // Manager", NHS Jobs; acting and locum posts): no narrowing of it.
    "interim", "acting", "locum",
];

/// Words of the post rather than the job, read one by one after a title as
/// grades are (class `GRADE`): hours and whole-time equivalents ("Data
/// Analyst 22.5 hours", "Band 6 Data Analyst 1.0 WTE"), the leave a post
/// covers (see `POST_PAIRS`) and contract terms ("Data Analyst Band 6
/// Permanent", "Developer Part Time", "Fixed Term"), from NHS Jobs advert
/// titles. Unlike "in" or "at" they open no phrase: any other word after
/// them still counts, so "Product Manager Fixed Income" and "Data Analyst
/// Cover Supervisor" are no role.
#[cfg(test)]
pub(crate) static POST_WORDS: &[&str] = &[
    "hours",
    "hrs",
    "wte",
    "cover",
    "leave",
    "permanent",
    "temporary",
    "fixed",
    "term",
    "secondment",
    "ftc",
    "perm",
    "hybrid",
    "remote",
    "part",
    "time",
    "working",
    "contract",
    "months",
    "month",
    "years",
    "year",
    // An advert's notes on the post ("Patient Data Coordinator (2 posts)",
    // "- Internal Applicants Only", "(Re-advert)", "(REF: 1234)", "- Bank",
    // "(Closing date 12/03)", "up to £45,000", "Full Time"; NHS Jobs and
    // trust advert titles): context, which must not read as a specialty
    // where a role's name is shared with other trades (see
    // `NARROWED_ROLES` and `MARKED_ROLES`).
    "post",
    "posts",
    "internal",
    "applicants",
    "only",
    "ref",
    "bank",
    "re",
    "advert",
    "advertised",
    "advertisement",
    "readvert",
    // "Developer - Secondment Opportunity", "Lead Solutions Architect -
    // Apprenticeship" (Civil Service Jobs).
    "opportunity",
    "apprenticeship",
    "closing",
    "date",
    "full",
    "up",
    // Where the post is worked ("Application Developer II (remote /
    // telecommute / virtual option)", University of California titles).
    "telecommute",
    "virtual",
    "option",
];

/// Two words with a link between them that read as one word: "IM&T" (and
/// "IM and T"), the NHS's information management and technology, is the
/// word "imandt", a digital marker and a term of its own, as "EPR" is
/// (NHS Health Careers, health informatics roles; "IM&T Trainer", "IM&T
/// Project Manager" and "Head of IM&T" in NHS job descriptions and trust
/// documents of the development set). `(first, link, second, one word)`.
#[cfg(test)]
pub(crate) static LINKED_PAIRS: &[(&str, &str, &str, &str)] = &[("im", "and", "t", "imandt")];

/// Pairs of words that read as their second, a word of the post: "Maternity
/// Cover" and "Maternity Leave" are the leave a fixed-term post covers
/// ("Data Analyst (Maternity Cover)", "Senior Developer - Maternity Leave
/// Cover", NHS Jobs advert titles), not the maternity service whose word
/// would make the job another trade's.
#[cfg(test)]
pub(crate) static POST_PAIRS: &[(&str, &str)] = &[
    ("maternity", "cover"),
    ("maternity", "leave"),
    ("parental", "leave"),
];

/// Words that head a board-level post. With a digital marker word in the
/// same stretch and no other term, they make the post one of Digital
/// leadership: "Chief People and Digital Officer", "Director General for
/// Technology" (the chief digital and data role family of the UK government
/// Digital and Data capability framework). Not "President": a US health
/// system's vice president of IT is one, but so are a bank's middle grade
/// ("Vice President, IT Audit") and a students' union's elected officers
/// (an independent review's cases).
#[cfg(test)]
pub(crate) static LEADER_WORDS: &[&str] = &["director", "chief"];

/// Words of the clinical professions and of the services they work in.
/// Where no family term decides, a post of one of these over digital work
/// (a word of `CARE_MARKERS` in the same stretch, or a bracket or dash of
/// such words alone) is a clinical informatics one: the digital midwives,
/// digital nurses and EPR pharmacists of NHS adverts ("Digital Specialist
/// Midwife", "Lead Nurse - Digital"). The professions (`CARE_HEADS`) head
/// such a post themselves; the services ("Clinical", "Maternity") only with
/// a lead's or adviser's word ("Digital Clinical Lead"), so a "Clinical
/// Support Worker - Digital" stays a support worker.
#[cfg(test)]
pub(crate) static CARE_WORDS: &[&str] = &[
    "nurse",
    "nursing",
    "midwife",
    "midwifery",
    "maternity",
    "pharmacist",
    "pharmacy",
    "doctor",
    "physician",
    "clinician",
    "clinical",
];

/// The words that make a clinical post a digital one (see `CARE_WORDS`):
/// narrower than `MARKERS`, whose "data", "systems" and "IT" also name
/// the research nurses and IT-skilled staff of clinical posts. A bracket or
/// dash of these alone is a clinical post's digital area ("Lead Nurse -
/// Digital"); for other posts "IT" and "Technology" count there too (see
/// `area_start` in `classify`).
#[cfg(test)]
pub(crate) static CARE_MARKERS: &[&str] = &["digital", "informatics", "epr", "ehr", "emr"];

/// Nouns that name a job of their own, in any trade: after a role they
/// make it another job ("Data Analyst Supervisor" is the family's, not the
/// role), and before a role or in an earlier stretch they leave the role's
/// family but not the role ("Team Leader - Software Developers"). The nouns
/// of other trades ("Recruiter", "Secretary", "Lecturer") are in
/// `OTHER_TRADES` instead, and leave nothing.
#[cfg(test)]
pub(crate) static JOB_WORDS: &[&str] = &[
    "manager",
    "supervisor",
    "officer",
    "assistant",
    "coordinator",
    "co",
    "ordinator",
    "administrator",
    "director",
    "head",
    "technician",
    "specialist",
    "consultant",
    "adviser",
    "advisor",
    "partner",
    "clerk",
    "lead",
    "leader",
    "owner",
    "champion",
    "facilitator",
    "practitioner",
    "worker",
    "support",
    "assessor",
    "auditor",
    "trainer",
    "educator",
    "instructor",
    "controller",
    "planner",
    "scientist",
    "engineer",
    "analyst",
    "developer",
    "designer",
    "architect",
    "tester",
    "researcher",
    "librarian",
    "programmer",
    "mentor",
    "reviewer",
    "fellow",
    "handler",
    "coach",
    "operator",
    "inspector",
    "investigator",
    "advocate",
    "representative",
    "ambassador",
    "leader",
    "administrator",
    "officer",
    "nurse",
    "doctor",
    "pharmacist",
    "therapist",
];

/// Organisation words: unknown words after a role are its employer or
/// place only when one of these ends them ("Data Analyst, County Hospital
/// NHS Trust"); otherwise they may name another job ("Data Analyst
/// Recruiter").
#[cfg(test)]
pub(crate) static ORG_WORDS: &[&str] = &[
    "nhs",
    "trust",
    "trusts",
    "ccg",
    "icb",
    "ics",
    // A commissioning support unit ("CSU Data Analyst").
    "csu",
    "hospital",
    "hospitals",
    "foundation",
    "university",
    "council",
    "board",
    "service",
    "services",
    "team",
    "department",
    "directorate",
    "unit",
    "england",
    "scotland",
    "wales",
    "group",
    "partnership",
    "practice",
    "surgery",
    "centre",
    "limited",
    "ltd",
    "plc",
    "agency",
    "authority",
];

/// Where a post is, or how far it reaches: the largest cities of the four
/// nations (ONS, Major Towns and Cities, December 2015; NISRA settlements)
/// and two regions NHS and civil-service adverts name ("Product Manager -
/// London", "Delivery Lead - Leeds or Remote"). A place narrows no job, as
/// a level or an employer does not (beside a role whose name other trades
/// share, see `NARROWED_ROLES` and `MARKED_ROLES`); it names no employer
/// either ("London Kidney Network" is a network of services).
#[cfg(test)]
pub(crate) static PLACE_WORDS: &[&str] = &[
    "london",
    "birmingham",
    "manchester",
    "leeds",
    "liverpool",
    "bristol",
    "sheffield",
    "newcastle",
    "cardiff",
    "edinburgh",
    "glasgow",
    "belfast",
    "midlands",
    "yorkshire",
    // The reach of a post rather than a trade ("International Product
    // Manager", "Global QA Manager").
    "international",
    "global",
    "regional",
];

/// Words that make the job someone else's, or not the job: "PA to the
/// Data Protection Officer", "Non-Clinical Safety Officer", "Former Data
/// Analyst". Before a role or term they leave nothing to answer.
#[cfg(test)]
pub(crate) static NOT_THE_JOB_WORDS: &[&str] =
    &["to", "non", "not", "former", "ex", "retired", "pa", "ea"];

/// Grades written after a title in O*NET and US adverts: "Software
/// Developer II", and the levels of apprenticeships and grades in UK
/// adverts: "Data Analyst Level 4 Apprentice", "Data Analyst Grade 7" (a
/// civil service grade). Digits, and codes of one letter and digits ("G7",
/// "B6"), are grades too. "Intermediate" is the step between junior and
/// senior on engineering ladders ("Intermediate Developer",
/// sourcecontribute.com's software engineer title ladder; "Systems
/// Administrator - Intermediate - UNIX", salary.com): not a `Seniority`,
/// which `parse_title` reports, but no narrowing of the job either.
#[cfg(test)]
pub(crate) static GRADE_WORDS: &[&str] = &[
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    // The Texas state classification plan runs its series to VI and beyond
    // ("Systems Administrator VI", the twentieth sample).
    "vi",
    "vii",
    "viii",
    "level",
    "grade",
    "intermediate",
];

/// The words of band phrases: "band", the prefixes, and the codes.
#[cfg(test)]
pub(crate) static BAND_WORDS: &[&str] = &[
    "band", "afc", "agenda", "for", "change", "nhs", "to", "a", "b", "c", "d",
];
