//! The value classes: small, frozen and hashable, like frozen dataclasses.
//! `Role` and `Family` objects are made once per interpreter and shared, so
//! `roles()`, `Role.family` and the results of lookups hand out the same
//! objects and cost no allocation.

use digital_health_roles as dhr;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple, PyType};

use crate::text::{char_index, title_error};

/// A Python string literal for `text`, as `repr` writes one.
pub(crate) fn py_repr(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_graphic() && c != '\'' && c != '\\' || c == ' ')
    {
        format!("'{text}'")
    } else {
        format!("{text:?}")
    }
}

fn optional_repr(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_owned(), py_repr)
}

/// The index of a role in `Role::ALL` (the enum's declaration order).
pub(crate) fn role_index(role: dhr::Role) -> usize {
    dhr::Role::ALL
        .iter()
        .position(|&r| r == role)
        .unwrap_or_default()
}

/// The index of a family in `Family::ALL`.
pub(crate) fn family_index(family: dhr::Family) -> usize {
    dhr::Family::ALL
        .iter()
        .position(|&f| f == family)
        .unwrap_or_default()
}

static ROLES: PyOnceLock<Vec<Py<Role>>> = PyOnceLock::new();
static FAMILIES: PyOnceLock<Vec<Py<Family>>> = PyOnceLock::new();

/// The shared `Role` object of a role.
pub(crate) fn role_object(py: Python<'_>, role: dhr::Role) -> PyResult<Bound<'_, Role>> {
    let all = ROLES.get_or_try_init(py, || {
        dhr::Role::ALL
            .iter()
            .map(|&role| Py::new(py, Role(role)))
            .collect::<PyResult<Vec<_>>>()
    })?;
    match all.get(role_index(role)) {
        Some(object) => Ok(object.bind(py).clone()),
        None => Bound::new(py, Role(role)),
    }
}

/// The shared `Family` object of a family.
pub(crate) fn family_object(py: Python<'_>, family: dhr::Family) -> PyResult<Bound<'_, Family>> {
    let all = FAMILIES.get_or_try_init(py, || {
        dhr::Family::ALL
            .iter()
            .map(|&family| Py::new(py, Family(family)))
            .collect::<PyResult<Vec<_>>>()
    })?;
    match all.get(family_index(family)) {
        Some(object) => Ok(object.bind(py).clone()),
        None => Bound::new(py, Family(family)),
    }
}

/// A new list of the objects `items` makes, stopping at the first error.
pub(crate) fn list_of<'py, T: pyo3::PyTypeInfo>(
    py: Python<'py>,
    items: impl Iterator<Item = PyResult<Bound<'py, T>>>,
) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, items.collect::<PyResult<Vec<_>>>()?)
}

/// One of the 49 roles. `Role("ux-designer")` looks a role up by its id.
#[pyclass(frozen, eq, hash, ord, module = "digital_health_roles", name = "Role")]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Role(pub(crate) dhr::Role);

#[pymethods]
impl Role {
    #[new]
    fn new(id: &str) -> PyResult<Role> {
        dhr::Role::from_id(id)
            .map(Role)
            .ok_or_else(|| PyValueError::new_err(format!("no role has the id {}", py_repr(id))))
    }

    #[classattr]
    fn __match_args__() -> (&'static str, &'static str, &'static str) {
        ("id", "title", "family")
    }

    /// The stable wire id: "clinical-safety-officer".
    #[getter]
    fn id(&self) -> &'static str {
        self.0.id()
    }

    /// The canonical title: "Clinical Safety Officer".
    #[getter]
    fn title(&self) -> &'static str {
        self.0.title()
    }

    /// The role's family.
    #[getter]
    fn family<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, Family>> {
        family_object(py, self.0.family())
    }

    /// Other names the role is known by, in normalised words.
    #[getter]
    fn aliases<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.0.aliases())
    }

    fn __repr__(&self) -> String {
        format!(
            "Role(id={}, title={})",
            py_repr(self.0.id()),
            py_repr(self.0.title())
        )
    }

    fn __str__(&self) -> &'static str {
        self.0.title()
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> (Bound<'py, PyType>, (&'static str,)) {
        (py.get_type::<Role>(), (self.0.id(),))
    }
}

/// One of the 16 role families. `Family("clinical-safety")` looks a family
/// up by its id.
#[pyclass(
    frozen,
    eq,
    hash,
    ord,
    module = "digital_health_roles",
    name = "Family"
)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Family(pub(crate) dhr::Family);

#[pymethods]
impl Family {
    #[new]
    fn new(id: &str) -> PyResult<Family> {
        dhr::Family::from_id(id)
            .map(Family)
            .ok_or_else(|| PyValueError::new_err(format!("no family has the id {}", py_repr(id))))
    }

    #[classattr]
    fn __match_args__() -> (&'static str, &'static str) {
        ("id", "name")
    }

    /// The stable wire id: "clinical-safety".
    #[getter]
    fn id(&self) -> &'static str {
        self.0.id()
    }

    /// The name as SFIA writes it: "Clinical safety".
    #[getter]
    fn name(&self) -> &'static str {
        self.0.name()
    }

    /// One sentence on what the family does.
    #[getter]
    fn summary(&self) -> &'static str {
        self.0.summary()
    }

    /// The family's roles, in the taxonomy's order.
    #[getter]
    fn roles<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list_of(py, self.0.roles().iter().map(|&role| role_object(py, role)))
    }

    /// Other names the family is known by, in normalised words.
    #[getter]
    fn aliases<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.0.aliases())
    }

    fn __repr__(&self) -> String {
        format!(
            "Family(id={}, name={})",
            py_repr(self.0.id()),
            py_repr(self.0.name())
        )
    }

    fn __str__(&self) -> &'static str {
        self.0.name()
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> (Bound<'py, PyType>, (&'static str,)) {
        (py.get_type::<Family>(), (self.0.id(),))
    }
}

/// The canonical text of a band or range of bands: "Band 7", "Band 8a-8b".
fn band_text(bands: Option<dhr::BandRange>) -> Option<String> {
    bands.map(|bands| bands.to_string())
}

/// A job title as `parse_title` reads it: a role, a seniority word and a
/// band or range of bands. `str()` gives its canonical text.
///
/// `JobTitle(role, seniority=None, band=None)` builds one, reading the
/// seniority ("Snr") and band ("Band 8a-b") as the title grammar does.
#[pyclass(frozen, eq, hash, module = "digital_health_roles", name = "JobTitle")]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct JobTitle(pub(crate) dhr::JobTitle);

impl From<dhr::JobTitle> for JobTitle {
    fn from(title: dhr::JobTitle) -> JobTitle {
        JobTitle(title)
    }
}

#[pymethods]
impl JobTitle {
    #[new]
    #[pyo3(signature = (role, seniority = None, band = None))]
    fn new(
        py: Python<'_>,
        role: &Bound<'_, Role>,
        seniority: Option<&str>,
        band: Option<&str>,
    ) -> PyResult<JobTitle> {
        let mut title = dhr::JobTitle::new(role.get().0);
        if let Some(text) = seniority {
            let level =
                dhr::Seniority::from_name(text).map_err(|error| title_error(py, text, error))?;
            title = title.with_seniority(level);
        }
        if let Some(text) = band {
            let bands =
                dhr::BandRange::from_name(text).map_err(|error| title_error(py, text, error))?;
            title = title.with_bands(bands);
        }
        Ok(JobTitle(title))
    }

    #[classattr]
    fn __match_args__() -> (&'static str, &'static str, &'static str) {
        ("role", "seniority", "band")
    }

    /// The role.
    #[getter]
    fn role<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, Role>> {
        role_object(py, self.0.role())
    }

    /// The seniority level's name ("Senior" for "Snr"), or None.
    #[getter]
    fn seniority(&self) -> Option<&'static str> {
        self.0.seniority().map(|level| level.name())
    }

    /// The band or range of bands in canonical text ("Band 7",
    /// "Band 8a-8b"), or None.
    #[getter]
    fn band(&self) -> Option<String> {
        band_text(self.0.bands())
    }

    fn __repr__(&self) -> String {
        format!(
            "JobTitle(role={}, seniority={}, band={})",
            Role(self.0.role()).__repr__(),
            optional_repr(self.seniority()),
            optional_repr(self.band().as_deref())
        )
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(
        Bound<'py, PyType>,
        (Bound<'py, Role>, Option<&'static str>, Option<String>),
    )> {
        Ok((
            py.get_type::<JobTitle>(),
            (self.role(py)?, self.seniority(), self.band()),
        ))
    }
}

/// What `classify` found in free text: how it matched, the role or family,
/// the competing families, seniority, band, the deciding term and the
/// evidence. Made only by `classify`.
#[pyclass(
    frozen,
    eq,
    hash,
    module = "digital_health_roles",
    name = "Classification"
)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Classification {
    inner: dhr::Classification,
    input: String,
}

impl Classification {
    pub(crate) fn new(inner: dhr::Classification, input: String) -> Classification {
        Classification { inner, input }
    }
}

#[pymethods]
impl Classification {
    #[classattr]
    fn __match_args__() -> (&'static str, &'static str, &'static str) {
        ("match", "role", "family")
    }

    /// How the title matched: "exact", "qualified", "family" or "ambiguous".
    #[getter(r#match)]
    fn kind(&self) -> &'static str {
        self.inner.kind().name()
    }

    /// The role, for exact and qualified matches.
    #[getter]
    fn role<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, Role>>> {
        self.inner
            .role()
            .map(|role| role_object(py, role))
            .transpose()
    }

    /// The family, for exact, qualified and family matches.
    #[getter]
    fn family<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, Family>>> {
        self.inner
            .family()
            .map(|family| family_object(py, family))
            .transpose()
    }

    /// The families that compete in an ambiguous match, in the taxonomy's
    /// order; for any other match, the one family.
    #[getter]
    fn candidates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list_of(
            py,
            self.inner
                .candidates()
                .map(|family| family_object(py, family)),
        )
    }

    /// The seniority level's name, or None.
    #[getter]
    fn seniority(&self) -> Option<&'static str> {
        self.inner.seniority().map(|level| level.name())
    }

    /// The band or range of bands in canonical text, or None.
    #[getter]
    fn band(&self) -> Option<String> {
        band_text(self.inner.bands())
    }

    /// The vocabulary phrase that decided a family match, in normalised
    /// words ("digital programme manager"), or None.
    #[getter]
    fn term(&self) -> Option<&'static str> {
        self.inner.term()
    }

    /// Where the deciding term is documented as its family's, or None.
    #[getter]
    fn term_source(&self) -> Option<&'static str> {
        self.inner.term_source()
    }

    /// The text that was classified.
    #[getter]
    fn input(&self) -> &str {
        &self.input
    }

    /// What each piece of the input was to the answer: (part, start, end),
    /// with part one of "role", "qualifier", "term", "seniority", "band",
    /// "set-aside", and `input[start:end]` the piece.
    #[getter]
    fn evidence<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let pieces = self.inner.evidence().iter().map(|piece| {
            let range = piece.range();
            PyTuple::new(
                py,
                [
                    PyString::new(py, piece.part().name()).into_any(),
                    char_index(&self.input, range.start)
                        .into_pyobject(py)?
                        .into_any(),
                    char_index(&self.input, range.end)
                        .into_pyobject(py)?
                        .into_any(),
                ],
            )
        });
        PyList::new(py, pieces.collect::<PyResult<Vec<_>>>()?)
    }

    fn __repr__(&self) -> String {
        let role = self
            .inner
            .role()
            .map_or_else(|| "None".to_owned(), |role| Role(role).__repr__());
        let family = self
            .inner
            .family()
            .map_or_else(|| "None".to_owned(), |family| Family(family).__repr__());
        let candidates: Vec<String> = self
            .inner
            .candidates()
            .map(|family| Family(family).__repr__())
            .collect();
        format!(
            "Classification(match={}, role={role}, family={family}, candidates=[{}], \
             seniority={}, band={}, term={})",
            py_repr(self.kind()),
            candidates.join(", "),
            optional_repr(self.seniority()),
            optional_repr(self.band().as_deref()),
            optional_repr(self.term()),
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let classify = py
            .import("digital_health_roles._native")?
            .getattr("classify")?;
        Ok((classify, (self.input.clone(),)))
    }
}
