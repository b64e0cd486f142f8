//! Prints the taxonomy as a tree: families, then their roles, with ids.
//!
//! ```text
//! cargo run --example taxonomy
//! ```

use digital_health_roles::{Family, Role, SOURCE};

fn main() {
    println!(
        "{SOURCE}: {} families, {} roles",
        Family::ALL.len(),
        Role::ALL.len()
    );
    for (family_index, family) in Family::ALL.iter().enumerate() {
        let last_family = family_index + 1 == Family::ALL.len();
        let (branch, stem) = if last_family {
            ("└──", "    ")
        } else {
            ("├──", "│   ")
        };
        println!("{branch} {family} [{}]", family.id());
        for (role_index, role) in family.roles().iter().enumerate() {
            let twig = if role_index + 1 == family.roles().len() {
                "└──"
            } else {
                "├──"
            };
            println!("{stem}{twig} {role} [{}]", role.id());
        }
    }
}
