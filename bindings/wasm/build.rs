//! Writes the TypeScript unions of the taxonomy's names (`$OUT_DIR/names.d.ts`)
//! from the library itself; `src/lib.rs` puts them in the package's `.d.ts`,
//! so the types can never drift from the data.

use std::fmt::Write as _;

use digital_health_roles::{Family, MatchKind, Part, Role, Seniority};

fn union<'a>(out: &mut String, doc: &str, name: &str, items: impl Iterator<Item = &'a str>) {
    let items: Vec<String> = items.map(|item| format!("\n  | {item:?}")).collect();
    let _ = write!(
        out,
        "/** {doc} */\nexport type {name} ={};\n\n",
        items.concat()
    );
}

fn main() {
    let mut out = String::new();
    union(
        &mut out,
        "The stable id of a role: store and exchange these.",
        "RoleId",
        Role::ALL.iter().map(|role| role.id()),
    );
    union(
        &mut out,
        "The stable id of a role family: store and exchange these.",
        "FamilyId",
        Family::ALL.iter().map(|family| family.id()),
    );
    union(
        &mut out,
        "A seniority level, from junior to senior.",
        "Seniority",
        Seniority::ALL.iter().map(|level| level.name()),
    );
    union(
        &mut out,
        "How `classify` matched a title, from the closest match to the loosest.",
        "MatchKind",
        MatchKind::ALL.iter().map(|kind| kind.name()),
    );
    union(
        &mut out,
        "What a piece of the input was to a classification.",
        "Part",
        Part::ALL.iter().map(|part| part.name()),
    );
    let dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("names.d.ts"), out)
        .expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
}
