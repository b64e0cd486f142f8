//! The generators: tests that write the tables derived from the taxonomy
//! and the vocabulary, and fail when the committed copy is stale (as
//! chrono-tz's `tests/codegen.rs` does; these are unit tests because they
//! read the crate's private tables). No build script: the generated files
//! are committed, readable in a review and on docs.rs.
//!
//! Adding or renaming a role, an alias, a respelling or a term is one row in
//! its table; the next `cargo test` rewrites `src/keys.rs` and
//! `src/word_table.rs` and says so, and the one after passes. Generated
//! tables name no variant (`Role::ALL[6]`), so a rename never breaks the
//! build before the generators run.

use std::string::{String, ToString};

mod data;
pub(crate) mod keys;
pub(crate) mod words;

/// The crate's documentation on docs.rs is the README without its
/// performance section, whose numbers belong to one machine and one day.
#[test]
fn crate_docs_are_the_readme_without_its_numbers() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("read README.md");
    let mut out = String::new();
    let mut skipping = false;
    for line in readme.lines() {
        if line.starts_with("## ") {
            skipping = line == "## Performance";
            if skipping {
                out.push_str("## Performance\n\nMeasured numbers, and how to reproduce them, are in the README's\nperformance section in the crate's repository.\n\n");
            }
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    check_current("src/crate_docs.md", &out);
}

/// Writes a built perfect hash's `seed`, `pilots` and `slots` fields.
pub(crate) fn render_hash(out: &mut String, built: &crate::index::build::Built) {
    render_pilots(out, built);
    let slots = built.slots.iter().map(|&slot| {
        if slot == crate::index::EMPTY {
            "EMPTY".into()
        } else {
            slot.to_string()
        }
    });
    render_list(out, "slots", slots.collect());
}

/// Writes an index's seed and pilots, for the indexes that keep their
/// entries in slot order and need no slot table.
pub(crate) fn render_pilots(out: &mut String, built: &crate::index::build::Built) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "    seed: {},", built.seed);
    render_list(
        out,
        "pilots",
        built.pilots.iter().map(u8::to_string).collect(),
    );
}

/// Writes a field that is a list of numbers, sixteen to a line.
pub(crate) fn render_list(out: &mut String, field: &str, items: std::vec::Vec<String>) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "    {field}: &[");
    for line in items.chunks(16) {
        let _ = writeln!(out, "        {},", line.join(", "));
    }
    out.push_str("    ],\n");
}

/// `Role::ALL[6]` for the role at index 6 of `all`.
pub(crate) fn index_expr<T: PartialEq>(ty: &str, all: &[T], value: &T) -> String {
    let index = all
        .iter()
        .position(|candidate| candidate == value)
        .expect("every value is in ALL");
    std::format!("{ty}::ALL[{index}]")
}

/// Fails, after rewriting it, when the committed file at `path` (from the
/// crate root) is not what the generator writes now.
pub(crate) fn check_current(path: &str, expected: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != expected {
        std::fs::write(&path, expected).expect("write the generated file");
        panic!(
            "{} was stale and has been regenerated: rebuild and commit it",
            path.display()
        );
    }
}
