//! [`Role`]: lookups and standard traits. The enum and its accessors are
//! written by the table in `taxonomy.rs`.

use crate::{Role, TitleError, lookup};

impl Role {
    /// Every role, in the order SFIA lists them (family by family).
    ///
    /// ```
    /// use digital_health_roles::Role;
    ///
    /// assert_eq!(Role::ALL.len(), 49);
    /// assert_eq!(Role::ALL[0], Role::PatientDataCoordinator);
    /// assert_eq!(Role::ALL[48], Role::HealthInterfaceDesigner);
    /// ```
    pub const ALL: &'static [Role] = <Role as strum::VariantArray>::VARIANTS;

    /// Finds the role a title names, leniently but never by guessing.
    ///
    /// The title must equal a role's title, id or alias once both are
    /// normalised: ASCII case, surrounding and repeated whitespace, `-`, `_`,
    /// dashes, dots and apostrophes do not matter, `&` reads as `and`,
    /// `Information Technology` as `IT`, and US spellings (`Defense`,
    /// `Centered`) and `Cybersecurity` are accepted. Seniority words, pay
    /// bands, plurals and partial titles are not: see
    /// [`parse_title`](crate::parse_title) for real-world titles and
    /// [`suggest`](crate::suggest) for typos.
    ///
    /// Allocates nothing.
    ///
    /// # Errors
    ///
    /// [`TitleError`] says why the text is not a role: empty, over
    /// [`MAX_TITLE_LEN`](crate::MAX_TITLE_LEN), an invisible or foreign
    /// character, or simply [`TitleError::Unknown`].
    ///
    /// ```
    /// use digital_health_roles::{Role, TitleError};
    ///
    /// assert_eq!(Role::from_title("Clinical Safety Officer"), Ok(Role::ClinicalSafetyOfficer));
    /// assert_eq!(Role::from_title("  clinical SAFETY\tofficer "), Ok(Role::ClinicalSafetyOfficer));
    /// assert_eq!(Role::from_title("Learning & Development Coordinator"),
    ///            Ok(Role::LearningAndDevelopmentCoordinator));
    /// assert_eq!(Role::from_title("QA tester"), Ok(Role::QualityAssuranceTester));
    /// assert_eq!(Role::from_title("health-it-consultant"), Ok(Role::HealthItConsultant));
    /// assert_eq!(Role::from_title("Senior Data Analyst"), Err(TitleError::Unknown));
    /// ```
    #[inline(always)]
    pub fn from_title(title: &str) -> Result<Role, TitleError> {
        lookup::role_from_title(title)
    }

    /// Finds the role with exactly this id, and nothing else: no case
    /// folding, no titles, no aliases. Use it where the text came from this
    /// crate (a database column, a wire format).
    ///
    /// ```
    /// use digital_health_roles::Role;
    ///
    /// assert_eq!(Role::from_id("clinical-safety-officer"), Some(Role::ClinicalSafetyOfficer));
    /// assert_eq!(Role::from_id("Clinical Safety Officer"), None);
    /// assert_eq!(Role::from_id("qa-tester"), None); // an alias, not an id
    /// ```
    #[must_use]
    pub fn from_id(id: &str) -> Option<Role> {
        Role::from_exact_id(id)
    }
}

crate::text_traits!(Role, from_title, title);
