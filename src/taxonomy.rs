//! The taxonomy itself: every family and role, written exactly once.
//!
//! The `taxonomy!` macro turns the table at the bottom of this file into the
//! [`Family`] and [`Role`] enums and their `const` accessors, so that a name, an
//! id, an alias or a family membership cannot drift between two copies. The
//! lookup tables in `keys.rs` and `word_table.rs` are derived from this table
//! by the generators in `codegen/`: their keys are the normalised forms of
//! what is written here, and the perfect hashes over them are searched for
//! when they are generated.
//!
//! Adding a role is one row (see the README's "Adding a role"). Ids are the
//! stable wire identifiers: never rename or reuse one.

macro_rules! taxonomy {
    ($(
        $family:ident $family_name:literal $family_id:literal {
            summary: $summary:literal,
            aliases: [$($family_alias:literal),* $(,)?],
            roles: [$(
                $role:ident $title:literal $role_id:literal [$($alias:literal),* $(,)?]
            ),+ $(,)?] $(,)?
        }
    )+) => {
        /// A broad family of digital health roles, in the order SFIA lists them.
        ///
        /// The enum is `#[non_exhaustive]`: SFIA may add families, and doing so is
        /// a minor release of this crate. Match with a wildcard arm.
        ///
        /// ```
        /// use digital_health_roles::{Family, Role};
        ///
        /// let family = Family::ClinicalSafety;
        /// assert_eq!(family.name(), "Clinical safety");
        /// assert_eq!(family.id(), "clinical-safety");
        /// assert!(family.roles().contains(&Role::ClinicalSafetyOfficer));
        /// assert_eq!(Family::ALL.len(), 16);
        /// ```
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            strum::EnumCount, strum::EnumIter, strum::VariantArray,
        )]
        #[non_exhaustive]
        pub enum Family {
            $(
                #[doc = concat!("*", $family_name, "* (id `", $family_id, "`): ", $summary)]
                $family,
            )+
        }

        /// An example role of the SFIA digital health taxonomy, in page order.
        ///
        /// The enum is `#[non_exhaustive]`: SFIA calls these "example roles", and
        /// adding one is a minor release of this crate. Match with a wildcard arm.
        ///
        /// ```
        /// use digital_health_roles::{Family, Role};
        ///
        /// let role = Role::HealthItConsultant;
        /// assert_eq!(role.title(), "Health IT Consultant");
        /// assert_eq!(role.id(), "health-it-consultant");
        /// assert_eq!(role.family(), Family::ClinicalInformatics);
        /// assert_eq!(Role::ALL.len(), 49);
        /// ```
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            strum::EnumCount, strum::EnumIter, strum::VariantArray,
        )]
        #[non_exhaustive]
        pub enum Role {
            $($(
                #[doc = concat!(
                    "*", $title, "* (id `", $role_id, "`), in the [",
                    $family_name, "](Family::", stringify!($family), ") family.",
                )]
                $role,
            )+)+
        }

        impl Family {
            /// The family's name as SFIA writes it: `"Patient services"`.
            ///
            /// ```
            /// use digital_health_roles::Family;
            ///
            /// assert_eq!(Family::UserCentredDesign.name(), "User centred design");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Family::$family => $family_name,)+
                }
            }

            /// The family's stable wire id, lower-case kebab case: `"patient-services"`.
            ///
            /// Ids are never renamed or reused, so store and exchange these.
            ///
            /// ```
            /// use digital_health_roles::Family;
            ///
            /// assert_eq!(Family::ItOperations.id(), "it-operations");
            /// ```
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self {
                    $(Family::$family => $family_id,)+
                }
            }

            /// One or two sentences on what the family's roles do.
            ///
            /// ```
            /// use digital_health_roles::Family;
            ///
            /// assert!(Family::CyberSecurity.summary().ends_with('.'));
            /// ```
            #[must_use]
            pub const fn summary(self) -> &'static str {
                match self {
                    $(Family::$family => $summary,)+
                }
            }

            /// The family's roles, in the order SFIA lists them.
            ///
            /// ```
            /// use digital_health_roles::{Family, Role};
            ///
            /// assert_eq!(
            ///     Family::Bioinformatics.roles(),
            ///     &[
            ///         Role::Bioinformatician,
            ///         Role::BioinformaticsScientist,
            ///         Role::GenomicDataAnalyst,
            ///         Role::ComputationalBiologist,
            ///     ]
            /// );
            /// ```
            #[must_use]
            pub const fn roles(self) -> &'static [Role] {
                match self {
                    $(Family::$family => &[$(Role::$role),+],)+
                }
            }

            /// Other names [`Family::from_name`] accepts for this family.
            ///
            /// ```
            /// use digital_health_roles::Family;
            ///
            /// assert!(Family::DigitalLeadership.aliases().contains(&"Digital leadership roles"));
            /// assert!(Family::QualityAssuranceTesting.aliases().contains(&"QAT"));
            /// ```
            #[must_use]
            pub const fn aliases(self) -> &'static [&'static str] {
                match self {
                    $(Family::$family => &[$($family_alias),*],)+
                }
            }
        }

        impl Role {
            /// The role's title as SFIA writes it: `"Clinical Safety Officer"`.
            ///
            /// ```
            /// use digital_health_roles::Role;
            ///
            /// assert_eq!(Role::QaManager.title(), "QA Manager");
            /// ```
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self {
                    $($(Role::$role => $title,)+)+
                }
            }

            /// The role's stable wire id, lower-case kebab case: `"clinical-safety-officer"`.
            ///
            /// Ids are never renamed or reused, so store and exchange these.
            ///
            /// ```
            /// use digital_health_roles::Role;
            ///
            /// assert_eq!(Role::UxDesigner.id(), "ux-designer");
            /// ```
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self {
                    $($(Role::$role => $role_id,)+)+
                }
            }

            /// The family the role belongs to.
            ///
            /// ```
            /// use digital_health_roles::{Family, Role};
            ///
            /// assert_eq!(Role::GenomicDataAnalyst.family(), Family::Bioinformatics);
            /// assert_eq!(Role::DataAnalyst.family(), Family::DataAndAnalytics);
            /// ```
            #[must_use]
            pub const fn family(self) -> Family {
                match self {
                    $($(Role::$role => Family::$family,)+)+
                }
            }

            /// Other titles [`Role::from_title`] accepts for this role: short forms
            /// and common variants. Case, spacing, punctuation and spelling variants
            /// are handled by the matching rules and are not listed here.
            ///
            /// ```
            /// use digital_health_roles::Role;
            ///
            /// assert_eq!(Role::QualityAssuranceTester.aliases(), &["QA Tester"]);
            /// assert!(Role::ClinicalSafetyOfficer.aliases().is_empty());
            /// ```
            #[must_use]
            pub const fn aliases(self) -> &'static [&'static str] {
                match self {
                    $($(Role::$role => &[$($alias),*],)+)+
                }
            }

            /// The role whose title is exactly `title`, byte for byte: the fast path
            /// for input that is already canonical.
            #[inline(always)]
            pub(crate) fn from_exact_title(title: &str) -> Option<Role> {
                match title {
                    $($($title => Some(Role::$role),)+)+
                    _ => None,
                }
            }

            /// The role whose id is exactly `id`.
            #[inline]
            pub(crate) fn from_exact_id(id: &str) -> Option<Role> {
                match id {
                    $($($role_id => Some(Role::$role),)+)+
                    _ => None,
                }
            }
        }

        impl Family {
            /// The family whose name is exactly `name`, byte for byte.
            #[inline]
            pub(crate) fn from_exact_name(name: &str) -> Option<Family> {
                match name {
                    $($family_name => Some(Family::$family),)+
                    _ => None,
                }
            }

            /// The family whose id is exactly `id`.
            #[inline]
            pub(crate) fn from_exact_id(id: &str) -> Option<Family> {
                match id {
                    $($family_id => Some(Family::$family),)+
                    _ => None,
                }
            }
        }
    };
}

taxonomy! {
    PatientServices "Patient services" "patient-services" {
        summary: "Keeps the patient-facing side of digital care working: accurate patient \
                  records, and clear digital routes between patients and the people who treat them.",
        aliases: [],
        roles: [
            PatientDataCoordinator "Patient Data Coordinator" "patient-data-coordinator" [],
            PatientSupportSpecialist "Patient Support Specialist" "patient-support-specialist" [],
            // "Health Records and Information Officer": the HRIO cadre of
            // Kenya's health workforce, its health information officers
            // (Human Resources for Health, 2018, 16:41, table 1).
            HealthInformationOfficer "Health Information Officer" "health-information-officer" ["Health Records and Information Officer"],
        ],
    }
    InformationGovernance "Information governance" "information-governance" {
        summary: "Makes sure health data is handled lawfully and stays trustworthy, and that \
                  every process that touches it meets data protection rules.",
        aliases: ["IG"],
        roles: [
            // "Data Privacy Officer": O*NET-SOC 15-1243.00 alternate titles.
            DataProtectionOfficer "Data Protection Officer" "data-protection-officer" ["DPO", "Data Privacy Officer"],
            InformationGovernanceManager "Information Governance Manager" "information-governance-manager" ["IG Manager"],
            ComplianceSpecialist "Compliance Specialist" "compliance-specialist" [],
        ],
    }
    ClinicalSafety "Clinical safety" "clinical-safety" {
        summary: "Judges and manages the risk that a digital system harms a patient, \
                  working to the safety standards that govern health IT.",
        aliases: [],
        roles: [
            ClinicalSafetyOfficer "Clinical Safety Officer" "clinical-safety-officer" [],
            ClinicalRiskManager "Clinical Risk Manager" "clinical-risk-manager" [],
            HealthSafetyComplianceOfficer "Health Safety Compliance Officer" "health-safety-compliance-officer" [],
        ],
    }
    CyberSecurity "Cyber security" "cyber-security" {
        summary: "Defends health systems, and the sensitive records they hold, against attack, \
                  misuse and access by people who should not have it.",
        aliases: [],
        roles: [
            CyberSecurityAnalyst "Cyber Security Analyst" "cyber-security-analyst" [],
            // "Computer Security Manager": O*NET-SOC 11-3021.00 alternate titles.
            // "Information Systems Security Manager": a work role of the NIST
            // NICE Workforce Framework, the ISSM of United States federal and
            // state posts (Maryland DoIT class specification 004733); US
            // federal adverts write it "Information System Security Manager"
            // too (hiring.fm, an independent agency's ISSM post).
            InformationSecurityManager "Information Security Manager" "information-security-manager" ["Computer Security Manager", "Information Systems Security Manager", "Information System Security Manager"],
            CyberDefenceSpecialist "Cyber Defence Specialist" "cyber-defence-specialist" [],
        ],
    }
    ClinicalInformatics "Clinical informatics" "clinical-informatics" {
        summary: "Stands between clinical practice and technology, choosing and shaping \
                  digital tools so that care is delivered better.",
        aliases: [],
        roles: [
            ClinicalInformaticsSpecialist "Clinical Informatics Specialist" "clinical-informatics-specialist" [],
            HealthItConsultant "Health IT Consultant" "health-it-consultant" [],
            ClinicalDataAnalyst "Clinical Data Analyst" "clinical-data-analyst" [],
        ],
    }
    Bioinformatics "Bioinformatics" "bioinformatics" {
        summary: "Applies computing and data science to biological and genomic data, \
                  turning it into findings that inform research and care.",
        aliases: [],
        roles: [
            Bioinformatician "Bioinformatician" "bioinformatician" [],
            BioinformaticsScientist "Bioinformatics Scientist" "bioinformatics-scientist" [],
            // "Genomics Data Analyst": job listings name the post so as often
            // as "Genomic" (Strand Life Sciences, Bengaluru; career guides of
            // the life sciences), and the plain Data Analyst it is not.
            GenomicDataAnalyst "Genomic Data Analyst" "genomic-data-analyst" ["Genomics Data Analyst"],
            ComputationalBiologist "Computational Biologist" "computational-biologist" [],
        ],
    }
    DigitalLeadership "Digital leadership" "digital-leadership" {
        summary: "Sets the digital strategy of a health organisation and keeps its digital \
                  programmes pointed at the organisation's wider aims.",
        aliases: ["Digital leadership roles"],
        roles: [
            ChiefDigitalOfficer "Chief Digital Officer" "chief-digital-officer" [],
            DigitalHealthDirector "Digital Health Director" "digital-health-director" [],
            // "Leader" for "Lead": Digital Transformation Leader (careers
            // guides; NHS Leadership Academy programme titles).
            // "Digital and Transformation Lead": the primary care network
            // post of NHS England's Additional Roles Reimbursement Scheme
            // (Network Contract DES, 2023/24), written "DTL" as the role is.
            DigitalTransformationLead "Digital Transformation Lead" "digital-transformation-lead" ["Digital Transformation Leader", "Digital and Transformation Lead"],
        ],
    }
    LearningAndDevelopment "Learning and development" "learning-and-development" {
        summary: "Builds the digital skills of the health workforce, planning and running \
                  the training that lets staff use digital tools with confidence.",
        aliases: [],
        roles: [
            DigitalHealthTrainer "Digital Health Trainer" "digital-health-trainer" [],
            LearningAndDevelopmentCoordinator "Learning and Development Coordinator" "learning-and-development-coordinator" [],
            EducationalTechnologist "Educational Technologist" "educational-technologist" [],
        ],
    }
    KnowledgeManagement "Knowledge management" "knowledge-management" {
        summary: "Curates health knowledge and information so that staff can find the \
                  evidence they need at the moment they need it.",
        aliases: [],
        roles: [
            KnowledgeManager "Knowledge Manager" "knowledge-manager" [],
            // "Healthcare Librarian": NHS Jobs advert titles of NHS knowledge and
            // library services (healthcare is respelled health).
            HealthInformationLibrarian "Health Information Librarian" "health-information-librarian" ["Health Librarian"],
            ClinicalKnowledgeSpecialist "Clinical Knowledge Specialist" "clinical-knowledge-specialist" [],
        ],
    }
    Architecture "Architecture" "architecture" {
        summary: "Designs how the parts of a digital health estate fit together, so that \
                  separate systems behave as one coherent whole.",
        aliases: [],
        roles: [
            SolutionArchitect "Solution Architect" "solution-architect" [],
            HealthItArchitect "Health IT Architect" "health-it-architect" [],
            SystemsDesigner "Systems Designer" "systems-designer" ["System Designer"],
        ],
    }
    DataAndAnalytics "Data and analytics" "data-and-analytics" {
        summary: "Collects, analyses and governs health data, and turns it into evidence \
                  that decisions can rest on.",
        aliases: [],
        roles: [
            DataAnalyst "Data Analyst" "data-analyst" [],
            HealthDataScientist "Health Data Scientist" "health-data-scientist" [],
            DataGovernanceManager "Data Governance Manager" "data-governance-manager" [],
        ],
    }
    ItOperations "IT operations" "it-operations" {
        summary: "Runs and supports the infrastructure and IT services that health \
                  organisations rely on every day.",
        aliases: [],
        roles: [
            // "Computer Operations Manager": O*NET-SOC 11-3021.00 alternate titles.
            ItOperationsManager "IT Operations Manager" "it-operations-manager" ["Computer Operations Manager"],
            HealthItSupportSpecialist "Health IT Support Specialist" "health-it-support-specialist" [],
            SystemsAdministrator "Systems Administrator" "systems-administrator" ["System Administrator", "Sysadmin"],
        ],
    }
    ProductAndDelivery "Product and delivery" "product-and-delivery" {
        summary: "Takes digital health products and services from an idea to live use, \
                  and steers them for the rest of their life.",
        aliases: [],
        roles: [
            ProductManager "Product Manager" "product-manager" [],
            DeliveryLead "Delivery Lead" "delivery-lead" [],
            DigitalHealthProjectManager "Digital Health Project Manager" "digital-health-project-manager" [],
        ],
    }
    QualityAssuranceTesting "Quality assurance testing" "quality-assurance-testing" {
        summary: "Tests digital health software to show that it does what it should and \
                  is dependable enough to use in care.",
        aliases: ["QAT"],
        roles: [
            QualityAssuranceTester "Quality Assurance Tester" "quality-assurance-tester" ["QA Tester"],
            HealthSoftwareTester "Health Software Tester" "health-software-tester" [],
            QaManager "QA Manager" "qa-manager" ["Quality Assurance Manager"],
        ],
    }
    SoftwareDevelopment "Software development" "software-development" {
        summary: "Designs, writes and maintains the software that health providers and \
                  their patients use.",
        aliases: [],
        roles: [
            // "Software Programmer": O*NET-SOC 15-1251.00 alternate titles.
            SoftwareDeveloper "Software Developer" "software-developer" ["Software Programmer"],
            HealthItProgrammer "Health IT Programmer" "health-it-programmer" [],
            ApplicationDeveloper "Application Developer" "application-developer" [],
        ],
    }
    UserCentredDesign "User centred design" "user-centred-design" {
        summary: "Finds out what patients and staff need and designs digital health \
                  services that they find simple to use.",
        aliases: ["UCD"],
        roles: [
            // "UX UI Designer": the UX/UI Designer of adverts (NHS Jobs;
            // USAJOBS Program Analyst (UX/UI Designer)).
            UxDesigner "UX Designer" "ux-designer" ["User Experience Designer", "UX UI Designer"],
            UserExperienceResearcher "User Experience Researcher" "user-experience-researcher" ["UX Researcher"],
            HealthInterfaceDesigner "Health Interface Designer" "health-interface-designer" [],
        ],
    }
}
