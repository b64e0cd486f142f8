//! The README documents the taxonomy and the aliases; keep it from drifting.

use digital_health_roles::{Family, Role};

const README: &str = include_str!("../README.md");

#[test]
fn readme_lists_every_family_and_role_with_its_id() {
    for family in Family::ALL {
        let entry = format!("| {} (`{}`) |", family.name(), family.id());
        assert!(README.contains(&entry), "README lacks {entry}");
    }
    for role in Role::ALL {
        let entry = format!("{} (`{}`)", role.title(), role.id());
        assert!(README.contains(&entry), "README lacks {entry}");
    }
}

#[test]
fn readme_documents_every_alias() {
    let alias_rows: Vec<&str> = README.lines().filter(|l| l.starts_with("| ")).collect();
    for role in Role::ALL {
        for alias in role.aliases() {
            assert!(
                alias_rows
                    .iter()
                    .any(|row| row.contains(alias)
                        && row.ends_with(&format!("| {} |", role.title()))),
                "README's alias table lacks {alias} -> {}",
                role.title()
            );
        }
    }
    for family in Family::ALL {
        for alias in family.aliases() {
            let target = format!("| the {} family |", family.name());
            assert!(
                alias_rows
                    .iter()
                    .any(|row| row.contains(alias) && row.ends_with(&target)),
                "README's alias table lacks {alias} -> {}",
                family.name()
            );
        }
    }
}
