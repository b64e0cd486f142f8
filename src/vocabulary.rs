//! The words `classify` knows beyond the role titles: family terms, each with
//! its source, and the small word lists of the title grammar.
//!
//! This is data, written once. The generator (`codegen.rs`, a test) turns it
//! and the taxonomy table into the word and phrase tables of
//! `word_table.rs`, and refuses a term that collides with a role key, a term
//! written twice, or a term without a source.

use crate::{Family, Seniority};

/// How much a family term proves on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strength {
    /// The phrase alone makes a title a digital job of the family: "network
    /// engineer", "penetration tester".
    Strong,
    /// Other trades use the phrase too ("project manager", "trainer"): it
    /// counts only when a digital marker word is in the same title.
    Weak,
}

/// A word or phrase of job titles that belongs to one family, or to two
/// when `also` is set (a shared term, which makes the answer ambiguous).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Term {
    pub(crate) text: &'static str,
    pub(crate) family: Family,
    pub(crate) also: Option<Family>,
    pub(crate) strength: Strength,
    /// Where the phrase is documented as this family's.
    pub(crate) source: &'static str,
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
    ($($strength:ident $family:ident $(+ $also:ident)? $text:literal $source:ident;)*) => {
        &[$(Term {
            text: $text,
            family: Family::$family,
            also: terms!(@also $($also)?),
            strength: Strength::$strength,
            source: $source,
        },)*]
    };
    (@also) => { None };
    (@also $also:ident) => { Some(Family::$also) };
}

/// Every family term. Longer phrases win over the shorter phrases inside
/// them, so "data architect" (data) is not read as "architect".
pub(crate) static TERMS: &[Term] = terms! {
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
    Strong CyberSecurity "information assurance" DDAT_SEC;
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
    Strong ClinicalInformatics "application analyst" NHS_ADS;
    Strong ClinicalInformatics "application specialist" NHS_ADS;
    Strong ClinicalInformatics "chief medical information officer" NHS_HI;
    Strong ClinicalInformatics + ItOperations "pacs" NHS_ADS;
    Strong ClinicalInformatics "clinical informatics" SFIA;
    Strong ClinicalInformatics "clinical informatician" NHS_HI;
    Strong ClinicalInformatics "nursing informatics" NHS_HI;
    Strong ClinicalInformatics "nurse informatician" NHS_HI;
    Strong ClinicalInformatics "informatics nurse" NHS_HI;
    Strong ClinicalInformatics "informatics pharmacist" NHS_HI;
    Strong ClinicalInformatics "pharmacy informatics" NHS_HI;
    Strong ClinicalInformatics "chief clinical information officer" NHS_HI;
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
    Strong Bioinformatics "bioinformaticist" ONET;
    Strong Bioinformatics "bioinformatics" NHS_GEN;
    Strong Bioinformatics "genomic data" NHS_GEN;
    Strong Bioinformatics "computational biology" NHS_GEN;
    Strong Bioinformatics "genome informatics" NHS_GEN;
    // Digital leadership
    Strong DigitalLeadership "chief digital information officer" DDAT_CDD;
    Strong DigitalLeadership "director of im and t" NHS_HI;
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
    Strong DigitalLeadership "director of it" DDAT_CDD;
    Strong DigitalLeadership "it director" DDAT_CDD;
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
    Strong Architecture "architect" DDAT_ARCH;
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
    Strong DataAndAnalytics "data architect" DDAT_DATA;
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
    Strong ItOperations "it services" DDAT_ITOPS;
    Strong ItOperations "it officer" NHS_ADS;
    Strong ItOperations "it specialist" ONET;
    Strong ItOperations "im and t" NHS_HI;
    Strong ItOperations "network administrator" ESCO;
    Strong ItOperations "lan administrator" ONET;
    Strong ItOperations "computer support specialist" ONET;
    Strong ItOperations "desktop analyst" NHS_ADS;
    Strong ItOperations "information systems" ONET;
    Strong ItOperations "network engineer" DDAT_ITOPS;
    Strong ItOperations "network manager" DDAT_ITOPS;
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
    Strong ItOperations "it technician" ESCO;
    Strong ItOperations "it engineer" ESCO;
    Strong ItOperations "it service manager" DDAT_ITOPS;
    Strong ItOperations "it service management" DDAT_ITOPS;
    Strong ItOperations "it manager" DDAT_ITOPS;
    Strong ItOperations "it operations" SFIA;
    Weak ItOperations "incident manager" DDAT_ITOPS;
    Weak ItOperations "problem manager" DDAT_ITOPS;
    Weak ItOperations "change manager" DDAT_ITOPS;
    Weak ItOperations "release manager" DDAT_ITOPS;
    Strong ItOperations "change and release manager" DDAT_ITOPS;
    Strong ItOperations "configuration manager" DDAT_ITOPS;
    Strong ItOperations "service transition" DDAT_ITOPS;
    Strong ItOperations "systems engineer" ESCO;
    Strong ItOperations "database administrator" ESCO;
    Strong ItOperations "dba" ESCO;
    Strong ItOperations "cloud engineer" ESCO;
    Strong ItOperations "platform engineer" DDAT_ITOPS;
    Strong ItOperations "telecoms" DDAT_ITOPS;
    Strong ItOperations "telecommunications" DDAT_ITOPS;
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
    Strong QualityAssuranceTesting "test engineer" DDAT_QAT;
    Strong QualityAssuranceTesting "test manager" DDAT_QAT;
    Strong QualityAssuranceTesting "test lead" DDAT_QAT;
    Strong QualityAssuranceTesting "tester" DDAT_QAT;
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
    // Software development
    Strong SoftwareDevelopment "software engineer" DDAT_SD;
    Strong SoftwareDevelopment "developer" DDAT_SD;
    Strong SoftwareDevelopment "programmer" DDAT_SD;
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
    Strong UserCentredDesign "graphic designer" DDAT_UCD;
    Strong UserCentredDesign "design lead" DDAT_UCD;
    Strong UserCentredDesign "accessibility" DDAT_UCD;
    Strong UserCentredDesign "technical writer" DDAT_UCD;
    Strong UserCentredDesign "web designer" ESCO;
    Strong UserCentredDesign "digital interface designer" ONET;
};

/// Words that make a title a digital job when they stand beside a weak
/// term: "Digital Programme Manager", "EPR Project Manager".
#[cfg(test)]
pub(crate) static MARKERS: &[&str] = &[
    "digital",
    "it",
    "ict",
    "data",
    "informatics",
    "technology",
    "technical",
    "systems",
    "system",
    "epr",
    "ehr",
    "software",
    "cyber",
    "online",
    "telehealth",
    "application",
    "applications",
    "analytics",
];

/// Words that change the job when they stand before a role: a "Deputy
/// Chief Digital Officer" is not the Chief Digital Officer, and an
/// "Assistant Data Analyst" is not the analyst. The role's family stays.
#[cfg(test)]
pub(crate) static CHANGES_JOB: &[&str] =
    &["head", "deputy", "assistant", "director", "chief", "vice"];

/// Words that put the job in another trade when they qualify a role or a
/// term: a "Finance Data Analyst" or an "Estates Project Manager" is no
/// digital job. Nothing is answered for such a title.
#[cfg(test)]
pub(crate) static OTHER_TRADES: &[&str] = &[
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
];

/// Words that introduce context after a role: "Data Analyst in Cardiology",
/// "Software Developer at County Hospital", "Data Analyst x 2".
#[cfg(test)]
pub(crate) static CONTEXT_WORDS: &[&str] = &["in", "at", "for", "within", "x", "with"];

/// Every level word and its level: the one list that both title parsers read.
pub(crate) const LEVEL_WORDS: [(&[u8], Seniority); 13] = [
    (b"apprentice", Seniority::Apprentice),
    (b"intern", Seniority::Intern),
    (b"trainee", Seniority::Trainee),
    (b"graduate", Seniority::Graduate),
    (b"junior", Seniority::Junior),
    (b"jr", Seniority::Junior),
    (b"jnr", Seniority::Junior),
    (b"associate", Seniority::Associate),
    (b"senior", Seniority::Senior),
    (b"sr", Seniority::Senior),
    (b"snr", Seniority::Senior),
    (b"lead", Seniority::Lead),
    (b"principal", Seniority::Principal),
];

/// Grades written after a title in O*NET and US adverts: "Software
/// Developer II". Digits are grades too.
#[cfg(test)]
pub(crate) static GRADE_WORDS: &[&str] = &["i", "ii", "iii", "iv", "v"];

/// The words of band phrases: "band", the prefixes, and the codes.
#[cfg(test)]
pub(crate) static BAND_WORDS: &[&str] = &[
    "band", "afc", "agenda", "for", "change", "nhs", "to", "a", "b", "c", "d",
];
