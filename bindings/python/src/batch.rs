//! `validate_many`: a column of titles in, columns of answers out, with the
//! GIL released while the Rust library does the work.
//!
//! Three phases: the titles are copied out of their Python strings into one
//! buffer (with the GIL held; an oversized or unencodable title is answered
//! on the spot, since that costs one comparison), the buffer is read with
//! the GIL released, and the columns are built from shared strings, so that
//! a cell costs a reference count rather than an allocation.

use std::collections::HashMap;

use digital_health_roles as dhr;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};

use crate::types::{family_index, role_index};

/// The answer for one title.
#[derive(Clone, Copy)]
struct Outcome {
    valid: bool,
    /// None when `classify` found nothing ("none").
    kind: Option<dhr::MatchKind>,
    role: Option<dhr::Role>,
    family: Option<dhr::Family>,
    /// For an ambiguous match, the competing families as bits of their
    /// index in `Family::ALL`.
    candidates: u32,
    seniority: Option<dhr::Seniority>,
    bands: Option<dhr::BandRange>,
    error: Option<&'static str>,
    suggestions: [Option<dhr::Role>; 3],
}

impl Outcome {
    const NOTHING: Outcome = Outcome {
        valid: false,
        kind: None,
        role: None,
        family: None,
        candidates: 0,
        seniority: None,
        bands: None,
        error: None,
        suggestions: [None; 3],
    };

    /// What `parse_title` says, and for a title it refuses, what `classify`
    /// and (when asked) `suggest` say: the fields of the validate example's
    /// JSON lines.
    fn of(text: &str, suggestions: bool) -> Outcome {
        match dhr::parse_title(text) {
            Ok(title) => Outcome {
                valid: true,
                kind: Some(dhr::MatchKind::Exact),
                role: Some(title.role()),
                family: Some(title.role().family()),
                seniority: title.seniority(),
                bands: title.bands(),
                ..Outcome::NOTHING
            },
            Err(error) => {
                let mut outcome = Outcome {
                    error: Some(error.kind()),
                    ..Outcome::NOTHING
                };
                if let Ok(found) = dhr::classify(text) {
                    outcome.kind = Some(found.kind());
                    outcome.role = found.role();
                    outcome.family = found.family();
                    outcome.seniority = found.seniority();
                    outcome.bands = found.bands();
                    if found.kind() == dhr::MatchKind::Ambiguous {
                        outcome.candidates = found
                            .candidates()
                            .fold(0, |bits, family| bits | 1 << family_index(family));
                    }
                }
                if suggestions {
                    for (slot, role) in outcome.suggestions.iter_mut().zip(dhr::suggest(text)) {
                        *slot = Some(role);
                    }
                }
                outcome
            }
        }
    }

    /// A str holding a lone surrogate: no text at all, refused as an
    /// invalid character (as `parse_title` and `classify` refuse it).
    const UNENCODABLE: Outcome = Outcome {
        error: Some("invalid-character"),
        ..Outcome::NOTHING
    };
}

/// A title waiting to be read: where it lies in the buffer, or its answer
/// already.
enum Pending {
    Span(usize, usize),
    Done(Outcome),
}

/// The strings the columns are made of, made once per interpreter.
struct Names {
    role_ids: Vec<Py<PyString>>,
    role_titles: Vec<Py<PyString>>,
    family_ids: Vec<Py<PyString>>,
    seniorities: Vec<(dhr::Seniority, Py<PyString>)>,
    kinds: Vec<(dhr::MatchKind, Py<PyString>)>,
    none: Py<PyString>,
}

static NAMES: PyOnceLock<Names> = PyOnceLock::new();

impl Names {
    fn get(py: Python<'_>) -> &Names {
        NAMES.get_or_init(py, || {
            let text = |s: &str| PyString::intern(py, s).unbind();
            Names {
                role_ids: dhr::Role::ALL.iter().map(|r| text(r.id())).collect(),
                role_titles: dhr::Role::ALL.iter().map(|r| text(r.title())).collect(),
                family_ids: dhr::Family::ALL.iter().map(|f| text(f.id())).collect(),
                seniorities: dhr::Seniority::ALL
                    .iter()
                    .map(|&s| (s, text(s.name())))
                    .collect(),
                kinds: dhr::MatchKind::ALL
                    .iter()
                    .map(|&k| (k, text(k.name())))
                    .collect(),
                none: text("none"),
            }
        })
    }

    fn role_id<'py>(
        &self,
        py: Python<'py>,
        role: Option<dhr::Role>,
    ) -> Option<Bound<'py, PyString>> {
        role.and_then(|role| self.role_ids.get(role_index(role)))
            .map(|s| s.bind(py).clone())
    }

    fn role_title<'py>(
        &self,
        py: Python<'py>,
        role: Option<dhr::Role>,
    ) -> Option<Bound<'py, PyString>> {
        role.and_then(|role| self.role_titles.get(role_index(role)))
            .map(|s| s.bind(py).clone())
    }

    fn family_id<'py>(
        &self,
        py: Python<'py>,
        family: Option<dhr::Family>,
    ) -> Option<Bound<'py, PyString>> {
        family
            .and_then(|family| self.family_ids.get(family_index(family)))
            .map(|s| s.bind(py).clone())
    }

    fn seniority<'py>(
        &self,
        py: Python<'py>,
        level: Option<dhr::Seniority>,
    ) -> Option<Bound<'py, PyString>> {
        let level = level?;
        match self.seniorities.iter().find(|(s, _)| *s == level) {
            Some((_, name)) => Some(name.bind(py).clone()),
            None => Some(PyString::new(py, level.name())),
        }
    }

    fn kind<'py>(&self, py: Python<'py>, kind: Option<dhr::MatchKind>) -> Bound<'py, PyString> {
        let Some(kind) = kind else {
            return self.none.bind(py).clone();
        };
        match self.kinds.iter().find(|(k, _)| *k == kind) {
            Some((_, name)) => name.bind(py).clone(),
            None => PyString::new(py, kind.name()),
        }
    }
}

/// Validates a column of titles at once, with the GIL released while the
/// titles are read. Returns a dict of equal-length lists, one a column, in
/// the order of the input.
#[pyfunction]
#[pyo3(signature = (titles, /, *, suggestions = false))]
pub(crate) fn validate_many<'py>(
    py: Python<'py>,
    titles: &Bound<'py, PyAny>,
    suggestions: bool,
) -> PyResult<Bound<'py, PyDict>> {
    if titles.is_instance_of::<PyString>() || titles.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "validate_many takes an iterable of str (a list, a pandas or Polars column, ...), \
             not a single string; for one title call parse_title or classify",
        ));
    }
    let mut buffer = String::new();
    let mut pending = Vec::with_capacity(titles.len().unwrap_or(0));
    for (index, item) in titles.try_iter()?.enumerate() {
        let item = item?;
        let Ok(title) = item.cast::<PyString>() else {
            let type_name = item.get_type().name()?;
            return Err(PyTypeError::new_err(format!(
                "validate_many: item {index} is {type_name}, not str"
            )));
        };
        pending.push(match title.to_str() {
            Ok(text) if text.len() <= dhr::MAX_TITLE_LEN => {
                let start = buffer.len();
                buffer.push_str(text);
                Pending::Span(start, buffer.len())
            }
            // Refused by its length at once, whatever it holds.
            Ok(text) => Pending::Done(Outcome::of(text, suggestions)),
            Err(_) => Pending::Done(Outcome::UNENCODABLE),
        });
    }

    let outcomes: Vec<Outcome> = py.detach(|| {
        pending
            .iter()
            .map(|item| match *item {
                Pending::Span(start, end) => {
                    Outcome::of(buffer.get(start..end).unwrap_or_default(), suggestions)
                }
                Pending::Done(outcome) => outcome,
            })
            .collect()
    });
    drop(pending);
    drop(buffer);

    columns(py, &outcomes, suggestions)
}

fn columns<'py>(
    py: Python<'py>,
    outcomes: &[Outcome],
    suggestions: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let names = Names::get(py);
    let mut bands: HashMap<dhr::BandRange, Bound<'py, PyString>> = HashMap::new();
    let mut band = |range: Option<dhr::BandRange>| {
        range.map(|range| {
            bands
                .entry(range)
                .or_insert_with(|| PyString::new(py, &range.to_string()))
                .clone()
        })
    };
    let mut errors: Vec<(&'static str, Bound<'py, PyString>)> = Vec::new();
    let mut error = |kind: Option<&'static str>| {
        let kind = kind?;
        if let Some((_, name)) = errors.iter().find(|(k, _)| *k == kind) {
            return Some(name.clone());
        }
        let name = PyString::intern(py, kind);
        errors.push((kind, name.clone()));
        Some(name)
    };

    let all = outcomes.iter();
    let columns = PyDict::new(py);
    columns.set_item("valid", PyList::new(py, all.clone().map(|o| o.valid))?)?;
    columns.set_item(
        "match",
        PyList::new(py, all.clone().map(|o| names.kind(py, o.kind)))?,
    )?;
    columns.set_item(
        "role",
        PyList::new(py, all.clone().map(|o| names.role_id(py, o.role)))?,
    )?;
    columns.set_item(
        "role_title",
        PyList::new(py, all.clone().map(|o| names.role_title(py, o.role)))?,
    )?;
    columns.set_item(
        "family",
        PyList::new(py, all.clone().map(|o| names.family_id(py, o.family)))?,
    )?;
    let candidates = all
        .clone()
        .map(|o| {
            if o.kind != Some(dhr::MatchKind::Ambiguous) {
                return Ok(None);
            }
            PyList::new(
                py,
                (0..dhr::Family::ALL.len())
                    .filter(|index| o.candidates >> index & 1 == 1)
                    .filter_map(|index| names.family_ids.get(index))
                    .map(|id| id.bind(py).clone()),
            )
            .map(Some)
        })
        .collect::<PyResult<Vec<_>>>()?;
    columns.set_item("candidates", PyList::new(py, candidates)?)?;
    columns.set_item(
        "seniority",
        PyList::new(py, all.clone().map(|o| names.seniority(py, o.seniority)))?,
    )?;
    let band_column: Vec<_> = all.clone().map(|o| band(o.bands)).collect();
    columns.set_item("band", PyList::new(py, band_column)?)?;
    let error_column: Vec<_> = all.clone().map(|o| error(o.error)).collect();
    columns.set_item("error", PyList::new(py, error_column)?)?;
    if suggestions {
        let column = all
            .map(|o| {
                if o.valid {
                    return Ok(None);
                }
                PyList::new(
                    py,
                    o.suggestions
                        .iter()
                        .flatten()
                        .filter_map(|&role| names.role_id(py, Some(role))),
                )
                .map(Some)
            })
            .collect::<PyResult<Vec<_>>>()?;
        columns.set_item("suggestions", PyList::new(py, column)?)?;
    }
    Ok(columns)
}
