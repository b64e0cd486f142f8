//! Python bindings for `digital-health-roles`: the native module
//! `digital_health_roles._native`, re-exported by the pure-Python package
//! `digital_health_roles` (see `python/digital_health_roles/__init__.py`).
//!
//! - `types.rs`: the frozen, hashable value classes `Role`, `Family`,
//!   `JobTitle` and `Classification`.
//! - `text.rs`: reading Python strings, byte offsets to `str` indices, and
//!   the `TitleError` exception.
//! - `batch.rs`: `validate_many`, which releases the GIL while the Rust
//!   work runs.

use digital_health_roles as dhr;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

mod batch;
mod text;
mod types;

use text::read_title;
use types::{Classification, Family, JobTitle, Role};

/// Reads a job title as written: a role, with at most one seniority word
/// and an NHS Agenda for Change band or range of bands.
///
/// Raises `TitleError` when the title is not one of the roles.
#[pyfunction]
fn parse_title(py: Python<'_>, title: &Bound<'_, PyString>) -> PyResult<JobTitle> {
    let text = read_title(py, title)?;
    dhr::parse_title(&text)
        .map(JobTitle::from)
        .map_err(|error| text::title_error(py, &text, error))
}

/// Says what job free text names: a role (exact or qualified), a family, or
/// the families that compete (ambiguous), with the evidence.
///
/// Raises `TitleError` (kind "unknown") when the text is no digital, data or
/// technology job, and parse_title's errors for bad input.
#[pyfunction]
fn classify(py: Python<'_>, title: &Bound<'_, PyString>) -> PyResult<Classification> {
    let text = read_title(py, title)?;
    match dhr::classify(&text) {
        Ok(found) => Ok(Classification::new(found, text.into_owned())),
        Err(error) => Err(text::title_error(py, &text, error)),
    }
}

/// Up to three roles close to a title that did not validate, best first;
/// an empty list when nothing is close.
#[pyfunction]
fn suggest<'py>(py: Python<'py>, title: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    // A title that is not text at all has nothing close to it.
    let roles: Vec<dhr::Role> = match title.to_str() {
        Ok(text) => dhr::suggest(text).collect(),
        Err(_) => Vec::new(),
    };
    types::list_of(
        py,
        roles.into_iter().map(|role| types::role_object(py, role)),
    )
}

/// The 49 roles, in the taxonomy's order.
#[pyfunction]
fn roles(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    types::list_of(
        py,
        dhr::Role::ALL
            .iter()
            .map(|&role| types::role_object(py, role)),
    )
}

/// The 16 families, in the taxonomy's order.
#[pyfunction]
fn families(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    types::list_of(
        py,
        dhr::Family::ALL
            .iter()
            .map(|&family| types::family_object(py, family)),
    )
}

#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Role>()?;
    m.add_class::<Family>()?;
    m.add_class::<JobTitle>()?;
    m.add_class::<Classification>()?;
    m.add("TitleError", text::title_error_type(py)?)?;
    m.add_function(wrap_pyfunction!(parse_title, m)?)?;
    m.add_function(wrap_pyfunction!(classify, m)?)?;
    m.add_function(wrap_pyfunction!(suggest, m)?)?;
    m.add_function(wrap_pyfunction!(roles, m)?)?;
    m.add_function(wrap_pyfunction!(families, m)?)?;
    m.add_function(wrap_pyfunction!(batch::validate_many, m)?)?;
    m.add("MAX_TITLE_LEN", dhr::MAX_TITLE_LEN)?;
    m.add("SOURCE", dhr::SOURCE)?;
    m.add("SFIA_VERSION", dhr::SFIA_VERSION)?;
    m.add("TAXONOMY_VERSION", dhr::TAXONOMY_VERSION)?;
    m.add(
        "SENIORITIES",
        PyTuple::new(py, dhr::Seniority::ALL.iter().map(|s| s.name()))?,
    )?;
    m.add(
        "BANDS",
        PyTuple::new(py, dhr::Band::ALL.iter().map(|b| b.name()))?,
    )?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
