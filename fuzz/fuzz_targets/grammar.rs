//! `parse_title` against the plain reference implementation of the README's
//! title grammar that `tests/grammar.rs` uses: the same answer, error kind
//! included, on any text.
#![no_main]

#[path = "../../tests/reference/mod.rs"]
#[allow(dead_code)]
mod reference;

use digital_health_roles::parse_title;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    assert_eq!(parse_title(text), reference::reference(text), "{text:?}");
});
