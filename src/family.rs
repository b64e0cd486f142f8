//! [`Family`]: lookups and standard traits. The enum and its accessors are
//! written by the table in `taxonomy.rs`.

use crate::{Family, TitleError, lookup};

impl Family {
    /// Every family, in the order SFIA lists them.
    ///
    /// ```
    /// use digital_health_roles::Family;
    ///
    /// assert_eq!(Family::ALL.len(), 16);
    /// assert_eq!(Family::ALL[0], Family::PatientServices);
    /// assert_eq!(Family::ALL[15], Family::UserCentredDesign);
    /// ```
    pub const ALL: &'static [Family] = <Family as strum::VariantArray>::VARIANTS;

    /// Finds the family a name refers to, by the same lenient rules as
    /// [`Role::from_title`](crate::Role::from_title): name, id or alias.
    /// Allocates nothing.
    ///
    /// # Errors
    ///
    /// [`TitleError`] says why the text is not a family.
    ///
    /// ```
    /// use digital_health_roles::{Family, TitleError};
    ///
    /// assert_eq!(Family::from_name("Data & Analytics"), Ok(Family::DataAndAnalytics));
    /// assert_eq!(Family::from_name("user-centered design"), Ok(Family::UserCentredDesign));
    /// assert_eq!(Family::from_name("Digital leadership roles"), Ok(Family::DigitalLeadership));
    /// assert_eq!(Family::from_name("QAT"), Ok(Family::QualityAssuranceTesting));
    /// assert_eq!(Family::from_name("Nursing"), Err(TitleError::Unknown));
    /// ```
    pub fn from_name(name: &str) -> Result<Family, TitleError> {
        lookup::family_from_name(name)
    }

    /// Finds the family with exactly this id, and nothing else.
    ///
    /// ```
    /// use digital_health_roles::Family;
    ///
    /// assert_eq!(Family::from_id("it-operations"), Some(Family::ItOperations));
    /// assert_eq!(Family::from_id("IT operations"), None);
    /// ```
    #[must_use]
    pub fn from_id(id: &str) -> Option<Family> {
        Family::from_exact_id(id)
    }
}

crate::text_traits!(Family, from_name, name);
