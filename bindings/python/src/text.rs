//! Python strings in, `TitleError` out, and the byte offsets of the Rust
//! library turned into the `str` indices Python code slices with.

use std::borrow::Cow;

use digital_health_roles as dhr;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyType};

create_exception!(
    digital_health_roles,
    TitleError,
    PyValueError,
    "Why a text is not a valid role, family or job title.\n\n\
     `kind` is a stable, machine-readable name (\"empty\", \"too-long\", \
     \"invalid-character\", \"unsupported-character\", \"invalid-band\", \
     \"missing-role\", \"duplicate-seniority\", \"not-a-band\", \"not-a-level\", \
     \"unknown\"); the message is written for the person who typed the title. \
     For a bad character, `character` is that character and `index` its \
     position in the str (the message counts UTF-8 bytes, as the Rust \
     library does); both are None otherwise."
);

/// The exception type, with `character` and `index` defaulting to None on
/// the class so that only errors about a character set them.
pub(crate) fn title_error_type(py: Python<'_>) -> PyResult<Bound<'_, PyType>> {
    let ty = py.get_type::<TitleError>();
    ty.setattr("character", py.None())?;
    ty.setattr("index", py.None())?;
    Ok(ty)
}

/// The text of a title. A str holding a lone surrogate (which no UTF-8 text
/// can) is refused as the library refuses an invalid character.
pub(crate) fn read_title<'a>(
    py: Python<'_>,
    title: &'a Bound<'_, PyString>,
) -> PyResult<Cow<'a, str>> {
    match title.to_str() {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(_) => Err(surrogate_error(py, title)),
    }
}

/// The first lone surrogate in a str that is not valid Unicode text: its
/// code point and its index.
pub(crate) fn find_surrogate(title: &Bound<'_, PyString>) -> (u32, usize) {
    let mut index = 0;
    if let Ok(chars) = title.call_method1("encode", ("utf-32-le", "surrogatepass")) {
        if let Ok(bytes) = chars.extract::<Vec<u8>>() {
            for unit in bytes.chunks_exact(4) {
                let code = u32::from_le_bytes([unit[0], unit[1], unit[2], unit[3]]);
                if (0xD800..=0xDFFF).contains(&code) {
                    return (code, index);
                }
                index += 1;
            }
        }
    }
    (0xFFFD, 0)
}

fn surrogate_error(py: Python<'_>, title: &Bound<'_, PyString>) -> PyErr {
    let (code, index) = find_surrogate(title);
    let character = title.as_any().get_item(index).ok();
    new_error(
        py,
        "invalid-character",
        &surrogate_message(code, index),
        character,
        Some(index),
    )
}

/// The message for a lone surrogate: it has no UTF-8 bytes, so unlike the
/// library's messages it gives the str index.
pub(crate) fn surrogate_message(code: u32, index: usize) -> String {
    format!(
        "the title contains the lone surrogate U+{code:04X} at index {index}, which is not a character"
    )
}

/// The `str` index of a byte offset into `text`.
pub(crate) fn char_index(text: &str, offset: usize) -> usize {
    if text.is_ascii() {
        return offset;
    }
    match text.get(..offset) {
        Some(before) => before.chars().count(),
        None => text
            .char_indices()
            .take_while(|&(at, _)| at < offset)
            .count(),
    }
}

/// The Python exception for a library error about `text`.
pub(crate) fn title_error(py: Python<'_>, text: &str, error: dhr::TitleError) -> PyErr {
    let (character, index) = match error {
        dhr::TitleError::InvalidCharacter { character, offset }
        | dhr::TitleError::UnsupportedCharacter { character, offset } => {
            let character = PyString::new(py, character.encode_utf8(&mut [0; 4])).into_any();
            (Some(character), Some(char_index(text, usize::from(offset))))
        }
        _ => (None, None),
    };
    new_error(py, error.kind(), &error.to_string(), character, index)
}

fn new_error(
    py: Python<'_>,
    kind: &str,
    message: &str,
    character: Option<Bound<'_, PyAny>>,
    index: Option<usize>,
) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let value = py.get_type::<TitleError>().call1((message,))?;
        value.setattr("kind", kind)?;
        if let Some(character) = character {
            value.setattr("character", character)?;
        }
        if let Some(index) = index {
            value.setattr("index", index)?;
        }
        Ok(PyErr::from_value(value))
    };
    build().unwrap_or_else(|error| error)
}
